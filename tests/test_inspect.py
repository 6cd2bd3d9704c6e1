"""`oit inspect`: page JSON per the contract, chrome dates set aside."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import TODAY, run_oit

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser


def _inspect(*args: str) -> dict:
    result = run_oit("inspect", *args, "--json", "--as-of", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_page_json_contract_and_header_clock_is_not_the_page_date(demo_sites) -> None:
    page = _inspect(demo_sites.url("a02") + "monitoring.php")
    assert set(page) >= {"url", "title", "items", "dates", "page_date"}
    assert [i["code"] for i in page["items"]] == ["5.5"]
    assert page["items"][0]["terms"]
    for found in page["dates"]:
        assert set(found) >= {"date", "text", "source"}
    # The header clock and the footer's "ข้อมูล ณ วันที่ <today>" are template, not content.
    assert page["page_date"] == (TODAY - dt.timedelta(days=235)).isoformat()
    assert TODAY.isoformat() not in [d["date"] for d in page["dates"]]
    assert any("repeated" in line or "nav" in line for line in page["ignored_as_chrome"])


def test_saved_file_with_url_and_menu_only_keyword(tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(
        "<html><head><title>ติดต่อเรา</title></head><body>"
        "<nav><a href='/p'>แผนการจัดซื้อจัดจ้าง</a><a href='/c'>ช่องทางการร้องเรียน</a></nav>"
        "<div class='content'><h1>ข่าวประชาสัมพันธ์</h1>"
        "<p>ประกาศ ณ วันที่ ๓ ตุลาคม ๒๕๖๙ เทศบาลจัดกิจกรรมปลูกต้นไม้ร่วมกับชุมชนในเขตเทศบาล</p></div>"
        "</body></html>",
        encoding="utf-8",
    )
    page = _inspect(str(saved), "--url", "https://www.example.go.th/news/12")
    codes = {i["code"] for i in page["items"]}
    assert "5.7" not in codes and "5.11" not in codes  # menu words are not evidence
    assert page["url"] == "https://www.example.go.th/news/12"
    assert page["page_date"] == "2026-10-03"
    assert any(d["text"] == "๓ ตุลาคม ๒๕๖๙" for d in page["dates"])
