"""The agency sections of the HTML report: near misses shown, problems first, not_checked folded."""

from __future__ import annotations

import lxml.html
import pytest

from reports.html import render_html
from tests.test_reports import make_report

NEAR = {
    "url": "https://www.example.go.th/integrity",
    "title": "เจตจำนงสุจริต <b>x</b>",
    "reason": "heading only: no body under it / มีแต่หัวข้อ ไม่มีเนื้อหา",
}


def _report() -> dict:
    report = make_report()
    items = report["agencies"][0]["items"]
    items[2]["rejected"] = [NEAR]  # 5.3 missing
    items[7]["rejected"] = []  # 5.8 undated: nothing came close
    return report


def _section(doc, agency_id: str):
    return doc.get_element_by_id(f"a-{agency_id}")


def test_rejected_pages_are_shown_with_their_reason_thai_first() -> None:
    doc = lxml.html.fromstring(render_html(_report()))
    row = doc.get_element_by_id("a-b01-5-3")
    near = row.xpath('.//div[@class="rej"]')[0]
    link = near.xpath(".//a")[0]
    assert (
        link.get("href") == NEAR["url"] and link.text_content() == NEAR["title"]
    )  # escaped, not markup
    why = near.xpath('.//span[@class="why-not"]')[0].text_content()
    assert why.index("มีแต่หัวข้อ ไม่มีเนื้อหา") < why.index("heading only")
    assert "no page came close" in doc.get_element_by_id("a-b01-5-8").text_content()
    assert not doc.get_element_by_id("a-b01-5-4").xpath('.//div[contains(@class, "rej")]')


def test_problems_come_first_in_checklist_order() -> None:
    doc = lxml.html.fromstring(render_html(_report()))
    rows = _section(doc, "b01").xpath('.//table[@class="items"]/tbody/tr[contains(@class, "item")]')
    codes = [r.get("id").rsplit("-", 2)[-2] + "." + r.get("id").rsplit("-", 1)[-1] for r in rows]
    # 5.2 stale, 5.7 (a part overridden to stale), 5.8 undated; 5.3 is overridden to ok
    assert codes[:3] == ["5.2", "5.7", "5.8"]
    assert codes[3:] == ["5.1", "5.3", "5.4", "5.5", "5.6", "5.9", "5.10", "5.11"]
    assert "problems first" in _section(doc, "b01").text_content()


def test_identical_not_checked_rows_fold_into_one_line_with_the_reason() -> None:
    doc = lxml.html.fromstring(render_html(_report()))
    section = _section(doc, "b02 x".replace(" ", "_20"))
    rows = section.xpath('.//table[@class="items"]/tbody/tr')
    assert len(rows) == 1
    text = rows[0].text_content()
    assert "5.1, 5.2, 5.3" in text and "5.11" in text and "11 items" in text
    assert "ถูกปิดกั้น" in text and "blocked by robots.txt" in text
    # Links from the overview grid still land on the folded row.
    assert all(doc.get_element_by_id(f"a-b02_20x-5-{n}") is not None for n in range(1, 12))


@pytest.mark.integration
def test_table_at_80_columns_keeps_names_readable_and_codes_whole(audited) -> None:
    from rich.cells import cell_len

    from tests.conftest import run_oit

    result = run_oit(
        "report",
        "--db",
        str(audited["db"]),
        "--as-of",
        "2026-11-25",
        "--format",
        "table",
        env={"COLUMNS": "80"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    header = next(line for line in lines if "5.1 " in line)
    assert (
        all(f" {code}" in header for code in ("5.1", "5.2", "5.9", "5.10", "5.11"))
        and "…" not in header
    )
    for name in ("เทศบาลตำบลบ้านสวน", "เทศบาลตำบลปิดปรับปรุง", "สำนักงานสาธารณสุขอำเภอเมือง"):
        assert name in result.stdout  # whole on one line, not cut to "…"
    assert "…" not in result.stdout


def test_terminal_detail_names_the_pages_not_taken() -> None:
    from rich.console import Console

    from reports.terminal import detail_table

    console = Console(width=200, record=True)
    console.print(detail_table(_report()["agencies"][0]))
    text = console.export_text()
    assert NEAR["url"] in text and "มีแต่หัวข้อ ไม่มีเนื้อหา" in text
