"""End to end: the real CLI audits the sample sites on loopback, then reports; JSON checked against the contract."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from tests.conftest import TODAY, run_oit

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "oit" / "demo" / "expected.json").read_text(encoding="utf-8"))
CODES = [f"5.{n}" for n in range(1, 12)]
STATUSES = {"ok", "stale", "undated", "missing", "not_checked"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def report(audited: dict[str, Path]) -> dict:
    out = audited["dir"] / "report.json"
    result = run_oit(
        "report",
        "--db",
        str(audited["db"]),
        "--as-of",
        TODAY.isoformat(),
        "--format",
        "json",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_report_follows_the_contract(report: dict) -> None:
    assert report["schema"] == "oit-report/1"
    assert report["as_of"] == TODAY.isoformat()
    assert report["policy"] == {"max_age_months": 3}
    assert {a["id"] for a in report["agencies"]} == set(EXPECTED["agencies"])
    for agency in report["agencies"]:
        assert agency["crawl"]["status"] in {"ok", "partial", "failed"}
        assert [i["code"] for i in agency["items"]] == CODES
        for item in agency["items"]:
            assert item["status"] in STATUSES
            assert item["last_updated"] is None or ISO.match(item["last_updated"])
            for evidence in item["evidence"]:
                assert set(evidence) >= {"url", "title", "date", "date_source"}
                assert evidence["url"].startswith("http")
                assert evidence["date"] is None or ISO.match(evidence["date"])
                assert (evidence["date"] is None) == (evidence["date_source"] is None)
            if item["status"] in ("ok", "stale", "undated"):
                assert item["evidence"], item
            if item["status"] in ("missing", "not_checked"):
                assert item["evidence"] == []


def test_planted_statuses_come_out(report: dict) -> None:
    """Every item and part of every sample agency has the status planted in expected.json."""
    got = {}
    for agency in report["agencies"]:
        for item in agency["items"]:
            got[(agency["id"], item["code"], "")] = item["status"]
            for part in item.get("parts", []):
                got[(agency["id"], item["code"], part["key"])] = part["status"]
    wrong = []
    for agency_id, agency in EXPECTED["agencies"].items():
        for code, want in agency["items"].items():
            if got[(agency_id, code, "")] != want["status"]:
                wrong.append((agency_id, code, got[(agency_id, code, "")], want["status"]))
            for key, part in want.get("parts", {}).items():
                if got[(agency_id, code, key)] != part["status"]:
                    wrong.append(
                        (agency_id, code, key, got[(agency_id, code, key)], part["status"])
                    )
    assert wrong == []


def test_failed_site_is_not_checked_never_missing(report: dict) -> None:
    a04 = next(a for a in report["agencies"] if a["id"] == "a04")
    assert a04["crawl"]["status"] == "failed"
    assert a04["crawl"]["error"] == "server-error"
    assert {i["status"] for i in a04["items"]} == {"not_checked"}
    assert all(i["reason"] for i in a04["items"])


def test_stale_item_carries_its_old_date_and_source(report: dict) -> None:
    a02 = next(a for a in report["agencies"] if a["id"] == "a02")
    stale = next(i for i in a02["items"] if i["code"] == "5.5")
    assert stale["status"] == "stale"
    cutoff = dt.date(2026, 8, 25)
    assert dt.date.fromisoformat(stale["last_updated"]) < cutoff
    assert stale["evidence"][0]["date_source"] == "text"


def test_header_clock_does_not_make_stale_item_fresh(report: dict) -> None:
    """a02 shows today's date in its header and 'ข้อมูล ณ วันที่ <today>' in its footer on every page."""
    a02 = next(a for a in report["agencies"] if a["id"] == "a02")
    for item in a02["items"]:
        for evidence in item["evidence"]:
            if item["code"] in ("5.5", "5.8"):
                assert evidence["date"] != TODAY.isoformat()


def test_other_as_of_reevaluates_without_recrawl(audited: dict[str, Path]) -> None:
    later = "2027-06-30"  # every date on the sites is now over 3 months old
    result = run_oit("report", "--db", str(audited["db"]), "--as-of", later, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    a01 = next(a for a in data["agencies"] if a["id"] == "a01")
    assert a01["items"][1]["status"] == "stale"  # 5.2 news: fresh in November, stale next June


def test_html_report_escapes_and_is_thai_first(audited: dict[str, Path]) -> None:
    out = audited["dir"] / "report.html"
    result = run_oit(
        "report",
        "--db",
        str(audited["db"]),
        "--as-of",
        TODAY.isoformat(),
        "--format",
        "html",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "รายงานการตรวจการเปิดเผยข้อมูลสาธารณะ" in html
    assert "เทศบาลตำบลบ้านสวน" in html
    assert "<script" not in html
    assert "http://" not in html.split("<body>")[0]  # nothing external in <head>


def test_second_audit_adds_a_run_and_keeps_the_first(audited: dict[str, Path], demo_sites) -> None:
    result = run_oit(
        "audit",
        str(audited["csv"]),
        "--db",
        str(audited["db"]),
        "--as-of",
        TODAY.isoformat(),
        "--jobs",
        "2",
    )
    assert result.returncode == 0, result.stderr
    first = run_oit(
        "report",
        "--db",
        str(audited["db"]),
        "--run",
        "1",
        "--format",
        "json",
        "--as-of",
        TODAY.isoformat(),
    )
    assert first.returncode == 0 and json.loads(first.stdout)["run"]["id"] == 1
    latest = run_oit("report", "--db", str(audited["db"]), "--format", "json")
    assert json.loads(latest.stdout)["run"]["id"] == 2


def test_demo_writes_both_files_and_prints_the_table(tmp_path: Path) -> None:
    result = run_oit("demo", "--out", str(tmp_path / "oit-demo"), "--as-of", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    assert "5.11" in result.stdout and "a04" in result.stdout
    data = json.loads((tmp_path / "oit-demo" / "report.json").read_text(encoding="utf-8"))
    assert len(data["agencies"]) == len(EXPECTED["agencies"])
    assert (tmp_path / "oit-demo" / "report.html").stat().st_size > 10_000
