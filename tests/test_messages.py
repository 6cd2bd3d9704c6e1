"""Messages in the user's terms, Thai and English: a bad URL, a domain that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.coverage import crawl_outcome
from tests.conftest import run_oit


@pytest.mark.integration
def test_check_of_a_non_url_blames_what_the_user_typed(tmp_path: Path) -> None:
    result = run_oit("check", "not-a-url", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    assert "'not-a-url'" in line and "https://not-a-url" not in line  # no scheme it invented
    assert "ที่อยู่เว็บไซต์ไม่ถูกต้อง" in line and "not a valid website address" in line


def test_dns_failure_says_domain_not_found_without_twisted_text() -> None:
    stats = {
        "oit/home": "dns",
        "oit/home_url": "https://www.nowhere.example/",
        "oit/home_detail": "DNSLookupError: DNS lookup failed: no results for hostname lookup: "
        "www.nowhere.example.",
    }
    outcome = crawl_outcome(stats, "finished", 0)
    assert outcome.status == "failed" and outcome.error == "dns"
    assert "ไม่พบชื่อโดเมน" in outcome.reason and "domain name not found" in outcome.reason
    assert "www.nowhere.example" in outcome.reason
    assert "DNSLookupError" not in outcome.reason and "hostname lookup" not in outcome.reason
    # Other failures keep their detail (an HTTP status says something).
    other = crawl_outcome(
        {"oit/home": "server-error", "oit/home_detail": "HTTP 503"}, "finished", 0
    )
    assert other.reason.endswith("— HTTP 503")
