"""Dated entries linked to nowhere (issue 15, classes seen on sites labelled blind).

A news card or notice row with a real title and its own day is a published entry even when
its link is ``href="#"`` or empty (the copy lacks the detail page); a placeholder card without
a date, a download card with no file behind it and a menu label stay not content. Markup and
wording are ours, reproducing the structures seen.
"""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher

URL = "http://127.0.0.1:9/index.php"
CARD_TITLE = "เทศบาลจัดกิจกรรมปลูกต้นไม้เฉลิมพระเกียรติริมคลองสาธารณะ"
NOTICE = "ประกาศรับสมัครบุคคลเพื่อจ้างเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ"


def _main(page) -> set[str]:
    return {b.text for b in page.blocks if b.region == "main"}


def _codes(page) -> set[str]:
    return {h.code for h in default_matcher().classify(docview_from_page(page))}


def _cards(date: str, n: int = 3) -> str:
    card = (
        "<div class='slide'><a class='news-card' href='#'><div class='pic'></div>"
        f"<p class='title'>{CARD_TITLE}</p><p class='date'>{date}</p></a></div>"
    )
    return card * n


def _home(cards: str) -> str:
    return (
        "<html><head><title>เทศบาลตำบลตัวอย่าง</title></head><body>"
        "<section><h2>ติดตามความเคลื่อนไหว</h2><p>อัพเดทข่าวสารและกิจกรรมของเทศบาลได้ที่นี่</p>"
        f"{cards}</section></body></html>"
    )


def test_a_dated_card_linked_to_nowhere_is_content_and_news() -> None:
    page = extract_page(_home(_cards("4 มีนาคม 2567")), URL)
    main = " ".join(_main(page))
    assert CARD_TITLE in main and "4 มีนาคม 2567" in main
    assert "5.2" in _codes(page)


def test_the_same_card_without_a_date_stays_a_placeholder() -> None:
    page = extract_page(_home(_cards("")), URL)
    assert CARD_TITLE not in " ".join(_main(page))
    assert "5.2" not in _codes(page)


def test_a_notice_dated_beside_its_dead_title_is_content() -> None:
    html = (
        "<html><body><h2>ประกาศจัดซื้อจัดจ้าง</h2>"
        f"<div class='info'><div class='when'>12.01.2567</div><a class='h4' href='#'>{NOTICE}</a>"
        "<table><tr><td>ไฟล์แนบ</td><td><a href='#'><img src='pdf.png' alt='PDF'></a></td></tr></table>"
        "</div></body></html>"
    )
    assert NOTICE in _main(extract_page(html, URL))


def test_a_dated_download_card_with_no_file_stays_not_content() -> None:
    title = "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 ของสำนักงาน"
    html = (
        "<html><body><h1>เอกสารเผยแพร่</h1><div class='doc'><a href=''>"
        f"<div class='title'>{title}</div><div class='date'>10.10.2566</div>"
        "<div class='kind'>ชนิดไฟล์ .pdf</div><div class='get'>ดาวน์โหลด</div></a></div></body></html>"
    )
    assert title not in " ".join(_main(extract_page(html, URL)))


def test_an_unclosed_dropdown_does_not_swallow_a_list_of_dated_notices() -> None:
    # The menu's last dropdown is never closed: the body's notices list ends up inside it.
    rows = "".join(
        f"<div><a href=''><small>{NOTICE}</small><span>วันที่ {d} มกราคม 2567</span></a></div>"
        for d in (3, 9, 15)
    )
    html = (
        "<html><body><nav class='navbar'><ul class='navbar-nav'>"
        "<li class='nav-item'><a href='/'>หน้าแรก</a></li>"
        "<li class='nav-item dropdown'><a href='#'>บริการ</a><div class='dropdown-menu'>"
        "<a href='/a.php'>ระบบสารบรรณ</a><a href='/b.php'>ระบบจองห้องประชุม</a>"
        f"<section class='notices'><h5>ประกาศเทศบาล</h5><div class='list'>{rows}</div></section>"
        "</body></html>"
    )
    page = extract_page(html, URL)
    assert any(NOTICE in text for text in _main(page))
    assert "ระบบสารบรรณ" not in _main(page)  # the menu itself is still menu


def test_a_drop_cap_joins_its_heading() -> None:
    html = (
        "<html><body><div class='head'><div class='cap'>ข่</div><h1>าวประชาสัมพันธ์</h1>"
        "<p>เรื่องเล่าจากพื้นที่ทุกสัปดาห์</p></div></body></html>"
    )
    page = extract_page(html, URL)
    headings = [b.text for b in page.blocks if b.tag == "h1"]
    assert headings == ["ข่าวประชาสัมพันธ์"]


def test_an_abbreviation_inside_another_is_not_the_procurement_summary() -> None:
    m = default_matcher()
    assert not any(code == "5.7" for code, _, _ in m.scan("สขรส.\nกองคลัง"))
    assert any(code == "5.7" for code, _, _ in m.scan("แบบ สขร.1 ประจำเดือนมกราคม"))


def test_a_problem_report_form_is_a_complaint_channel() -> None:
    html = (
        "<html><body><h2>พื้นที่สมาชิก</h2><p>จัดการบัญชีและติดตามคำขอของท่าน</p>"
        "<h3>แบบฟอร์มแจ้งปัญหา</h3><form><label>ชื่อ *</label><input name='n'>"
        "<label>หัวข้อเรื่อง *</label><input name='s'><label>รายละเอียด</label><textarea name='m'></textarea>"
        "<p>แนบภาพประกอบได้เฉพาะไฟล์ .jpg .png หรือ .pdf รวมกันไม่เกิน 10 MB ต่อหนึ่งเรื่อง</p>"
        "<button>ส่งเรื่อง</button></form></body></html>"
    )
    assert "5.11" in _codes(extract_page(html, "http://127.0.0.1:9/member-ticket.php"))


def test_a_section_title_bar_named_header_is_content() -> None:
    # "x-header" and "x-banner" boxes inside a section title it (the page's h1, an executive's name).
    html = (
        "<html><body><div class='site-header'><a href='/'>หน้าแรก</a></div>"
        "<section class='about'><div class='x-header'><div class='cap'>ผู้</div><h1>บริหารสำนักงาน</h1></div>"
        "<div class='x-banner'><h3>นางสาวตัวอย่าง ใจดี</h3><p>ผู้อำนวยการสำนักงาน</p></div>"
        "<p>โทรศัพท์ 02-123-4567</p></section></body></html>"
    )
    page = extract_page(html, URL)
    main = _main(page)
    assert "ผู้บริหารสำนักงาน" in main and "นางสาวตัวอย่าง ใจดี" in main
    assert "หน้าแรก" not in main
    assert ("5.1", "executives") in {
        (h.code, h.part) for h in default_matcher().classify(docview_from_page(page))
    }


def test_a_dated_read_more_teaser_stays_not_content() -> None:
    # "อ่านต่อ" promises a detail page the copy lacks: the card is a teaser, not the entry.
    page = extract_page(_home(_cards("4 มีนาคม 2567</p><p class='more'>อ่านต่อ")), URL)
    assert CARD_TITLE not in " ".join(_main(page))
