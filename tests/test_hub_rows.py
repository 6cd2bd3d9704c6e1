"""ITA hub tables: a row's item title names the files its row links (issue 15, point 5).

Failure classes seen on a saved college site (two ITA hubs): one shared Drive folder linked
from seven rows (O12-O18) was named by its first row's file only, so the 6-month monitoring
report (5.5), the service manual (5.9) and the rest were `missing`; a blank sheet the template
links from every row by "รายละเอียด" must not become evidence of all of them; and a page
"อยู่ระหว่างปรับปรุงเว็บไซต์" that menu and hub rows point to is no evidence of what they call it.
Markup and wording here are our own.
"""

from __future__ import annotations

import datetime as dt

from checklist.evaluate import candidates
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import SitePage

BASE = "http://127.0.0.1:9/"
DAY = dt.date(2026, 5, 24)
FOLDER = "https://drive.google.com/drive/folders/shared-folder-1"
SHEET = "https://docs.google.com/spreadsheets/d/blank-sheet-1/edit"


def _row(code: str, title: str, criterion: str, link: str, href: str) -> str:
    return (
        f"<tr><td>{code}</td><td>{title}</td><td>– {criterion}</td>"
        f'<td><a href="{href}">{link}</a></td></tr>'
    )


def _hub(rows: str) -> SitePage:
    html = (
        f"<html><head><title>ITA 2568</title></head><body><main><h1>ITA ประจำปีงบประมาณ 2568</h1>"
        f"<table>{rows}</table></main></body></html>"
    )
    url = BASE + "ita.php"
    return SitePage(
        url=url, kind="html", title="ITA", content=extract_page(html, url), fetched_on=DAY
    )


def _hits(pages: list[SitePage], url: str) -> set[str]:
    found, _ = candidates(pages, default_matcher(), DAY)
    return {h.code for c in found if c.doc.url == url for h in c.hits}


def test_a_folder_under_several_rows_is_named_by_every_row() -> None:
    rows = "".join(
        (
            _row(
                "O12",
                "คู่มือหรือมาตรฐานการปฏิบัติงาน",
                "แสดงคู่มือการปฏิบัติงานของเจ้าหน้าที่",
                "คู่มืองานสารบรรณ",
                FOLDER,
            ),
            _row(
                "O13",
                "คู่มือหรือมาตรฐานการให้บริการ",
                "แสดงคู่มือที่ผู้รับบริการใช้ติดต่อหน่วยงาน",
                "คู่มือผู้ปกครองและนักเรียน",
                FOLDER,
            ),
            _row(
                "O18",
                "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน",
                "แสดงความก้าวหน้าการใช้จ่าย",
                "รายงานการใช้เงิน ครึ่งปีแรก",
                FOLDER,
            ),
        )
    )
    hits = _hits([_hub(rows)], FOLDER)
    assert {"5.5", "5.8", "5.9"} <= hits


def test_a_row_title_names_a_file_whose_own_name_does_not() -> None:
    pdf = BASE + "files/handbook.pdf"
    rows = _row(
        "O13",
        "คู่มือหรือมาตรฐานการให้บริการ",
        "แสดงคู่มือที่ผู้รับบริการใช้ติดต่อหน่วยงาน",
        "คู่มือผู้ปกครองและนักเรียน",
        pdf,
    )
    assert "5.9" in _hits([_hub(rows)], pdf)
    # The criterion text after the dash is not part of the row's title.
    link = next(link for link in _hub(rows).content.links if link.url == pdf)  # type: ignore[union-attr]
    assert link.row == "O13 คู่มือหรือมาตรฐานการให้บริการ"


def test_one_sheet_linked_as_details_from_many_rows_is_a_stand_in() -> None:
    rows = "".join(
        (
            _row("o9", "ข่าวประชาสัมพันธ์", "แสดงข่าวสารของปีงบประมาณปัจจุบัน", "รายละเอียด", SHEET),
            _row("o14", "ช่องทางการรับฟังความคิดเห็น", "แสดงช่องทางออนไลน์", "รายละเอียด", SHEET),
            _row("o20", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "แสดงช่องทางออนไลน์", "รายละเอียด", SHEET),
        )
    )
    assert _hits([_hub(rows)], SHEET) == set()
    # A single row linking its own sheet by "รายละเอียด" still names it by the row.
    one = _row("o20", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "แสดงช่องทางออนไลน์", "รายละเอียด", SHEET)
    assert "5.11" in _hits([_hub(one)], SHEET)


def test_a_page_under_construction_is_no_evidence_of_what_links_call_it() -> None:
    stand_in = BASE + "soon.php"
    rows = "".join(
        (
            _row("o1", "โครงสร้างและอำนาจหน้าที่", "แสดงแผนผังโครงสร้าง", "โครงสร้างการบริหาร", stand_in),
            _row("o4", "ข้อมูลการติดต่อ", "แสดงที่อยู่และหมายเลขโทรศัพท์", "ช่องทางการติดต่อ", stand_in),
        )
    )
    body = (
        "<h1>อยู่ระหว่างปรับปรุงเว็บไซต์</h1><p>ขออภัยในความไม่สะดวก</p>"
        "<p>เว็บไซต์ของวิทยาลัยกำลังปรับปรุงเพื่อเพิ่มประสิทธิภาพในการให้บริการแก่ทุกท่าน</p>"
        "<p>หากต้องการติดต่อเร่งด่วน กรุณาติดต่อผ่านเพจของวิทยาลัย</p>"
    )
    page = SitePage(
        url=stand_in,
        kind="html",
        title="ปรับปรุง",
        fetched_on=DAY,
        content=extract_page(f"<html><body>{body}</body></html>", stand_in),
    )
    assert _hits([_hub(rows), page], stand_in) == set()
