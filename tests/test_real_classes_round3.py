"""Failure classes found on the two sites labelled blind in round three (an อบต. on a CodeIgniter
template, a university office's site), as small cases of our own markup and wording."""

from __future__ import annotations

import datetime as dt

import pytest

from checklist.evaluate import candidates
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import SitePage
from tests.classify import items as _items
from tests.classify import parts as _parts

DAY = dt.date(2024, 3, 1)


def _site_page(url: str, body: str) -> SitePage:
    html = f"<html><body>{body}</body></html>"
    return SitePage(url=url, kind="html", content=extract_page(html, url), fetched_on=DAY)


def _evidence(pages: list[SitePage]) -> dict[str, set[str]]:
    found, _ = candidates(pages, default_matcher(), DAY, home="http://t.go.th/")
    return {c.doc.url: {h.code for h in c.hits} for c in found if c.hits and not c.hub}


HOME = (
    "<h2>ข่าวสาร / กิจกรรม</h2><p><a href='/pages/news'>ดูทั้งหมด</a></p>"
    "<h2>งานจัดซื้อจัดจ้าง</h2><p><a href='/pages/procurement'>ดูทั้งหมด</a></p>"
    "<p>ยินดีต้อนรับสู่เว็บไซต์ขององค์การบริหารส่วนตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง</p>"
)


def _empty_list(title: str) -> str:
    # The list template with its rows left out, and its pager: links to "?page=1" by number.
    return (
        f"<h2>{title}</h2><ul class='pagination'><li><a href='?page=1'>1</a></li>"
        "<li><a href='?page=2'>2</a></li></ul>"
    )


def test_an_empty_lists_pager_is_not_evidence() -> None:
    # Failure class: the news and procurement lists of a template without their rows, reached by the
    # crawl at their plain URLs (judged empty there); their pager links "?page=1" were kept as
    # unfetched documents named by their URL ("news", "procurement") and counted as undated evidence.
    pages = [
        _site_page("http://t.go.th/", HOME),
        _site_page("http://t.go.th/pages/news", _empty_list("ข่าวประชาสัมพันธ์")),
        _site_page("http://t.go.th/pages/procurement", _empty_list("ข่าวจัดซื้อจัดจ้าง")),
    ]
    evidence = _evidence(pages)
    assert not any("page=" in url for url in evidence), evidence
    assert not any(codes & {"5.2", "5.7"} for codes in evidence.values()), evidence


def test_a_link_target_with_a_query_of_its_own_stays_a_candidate() -> None:
    # Only a list's pager is that list: a file served by a script ("download.php?file=…") named by its
    # link text, on a page the crawl did not fetch, is still evidence by that text.
    body = (
        "<h2>เอกสารเผยแพร่</h2><p>เอกสารของหน่วยงานสำหรับประชาชนดาวน์โหลดได้ที่รายการด้านล่างนี้</p>"
        "<p><a href='/download.php?file=manual-2567'>คู่มือการปฏิบัติงาน ประจำปี 2567</a></p>"
        "<p><a href='/docs?page=2'>2</a></p>"
        "<p><a href='/?p=512'>คู่มือการให้บริการประชาชน งานทะเบียนราษฎร</a></p>"
    )
    pages = [_site_page("http://t.go.th/", HOME), _site_page("http://t.go.th/docs", body)]
    evidence = _evidence(pages)
    assert "5.8" in evidence.get("http://t.go.th/download.php?file=manual-2567", set()), evidence
    assert "http://t.go.th/docs?page=2" not in evidence
    # A WordPress post ("?p=512") is a page of its own, not a page of the home page's list.
    assert "5.9" in evidence.get("http://t.go.th/?p=512", set()), evidence


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("สรุปผลการปฏิบัติราชการ ปีงบประมาณ พ.ศ. 2566 (รอบ 12 เดือน)", "5.6/main"),
        ("สรุปผลการปฏิบัติราชการ ปีงบประมาณ พ.ศ. 2567 (รอบ 6 เดือน)", "5.5/main"),
        ("สารประชาสัมพันธ์ ปีที่ 9 ฉบับที่ 2 ประจำเดือน มีนาคม - เมษายน 2567", "5.2/main"),
        ("คู่มือการปฏิบัติการ การให้บริการยืมคืนทรัพยากรสารสนเทศ", "5.8/main"),
        ("คู่มือประกันคุณภาพการปฏิบัติงาน ประจำปี 2566", "5.8/main"),
        ("ระเบียบปฏิบัติสำหรับผู้ใช้บริการห้องคอมพิวเตอร์", "5.9/main"),
        ("แนวปฏิบัติสำหรับผู้ใช้บริการเครือข่ายไร้สาย", "5.9/main"),
        ("ประกาศ - พร.บ. ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์", "5.1/laws"),
        ("ระเบียบ การให้บริการห้องสมุดกลาง", "5.1/laws"),
    ],
)
def test_wording_of_a_university_office(line: str, part: str) -> None:
    # Failure class: titles of documents an office publishes in its own words, each as one row of a
    # list of downloads with a line of explanation over it.
    html = (
        "<h2>เอกสารเผยแพร่</h2><p>สำนักงานเผยแพร่เอกสารของหน่วยงานเพื่อให้บุคลากรและผู้สนใจดาวน์โหลด</p>"
        f"<ul><li><a href='/files/doc-1.pdf'>{line}</a></li></ul>"
    )
    assert part in _parts(html, "http://u.ac.th/documents.php")


def test_a_list_of_strategic_issues_is_the_plan() -> None:
    # Failure class: the office's strategy page: its values, then its strategic issues and strategies.
    page = (
        "<h2>ค่านิยม ยุทธศาสตร์</h2><h3>ประเด็นยุทธศาสตร์</h3>"
        "<p>ยุทธศาสตร์ที่ 1 : พัฒนาระบบเทคโนโลยีสารสนเทศเพื่อสนับสนุนการเรียนการสอน</p>"
        "<p>1.1 ส่งเสริมการใช้สื่อดิจิทัลในการเรียนการสอนของคณะต่าง ๆ</p>"
        "<p>ยุทธศาสตร์ที่ 2 : บริการวิชาการแก่ชุมชนและท้องถิ่นอย่างมีส่วนร่วม</p>"
    )
    assert "5.1/plan" in _parts(page, "http://u.ac.th/strategy.php")
    # A sentence that does the work "according to" the strategic issue names no plan.
    passing = (
        "<h2>งานอนามัยแม่และเด็ก</h2><p>ดำเนินงานตามประเด็นยุทธศาสตร์พัฒนาอนามัยแม่และเด็กตามมาตรฐาน"
        "งานฝากครรภ์คุณภาพ ให้บริการทุกวันพุธ เวลา 08.30 - 12.00 น. ณ อาคารผู้ป่วยนอก</p>"
    )
    assert "5.1/plan" not in _parts(passing, "http://h.go.th/anc.php")


def test_an_it_repair_request_form_is_no_complaint_channel() -> None:
    # Failure class: an office's list of request forms: the network-repair and system-change requests
    # ("แจ้งปัญหา/แก้ไข …") are work orders to the IT unit, not a channel for complaints.
    forms = (
        "<h2>เอกสารแบบฟอร์ม</h2><p>กรุณาส่งแบบฟอร์มกลับมายังสำนักงานผ่านระบบสารบรรณอิเล็กทรอนิกส์</p>"
        "<p><a href='/f/1.pdf'>แบบฟอร์ม - ขอใช้ห้องประชุม ชั้น 4</a></p>"
        "<p><a href='/f/2.pdf'>แบบฟอร์ม - แจ้งปัญหา/แก้ไข และซ่อม ระบบเครือข่าย และคอมพิวเตอร์</a></p>"
    )
    assert "5.11" not in _items(forms, "http://u.ac.th/forms.php")
    # A member area's own "แบบฟอร์มแจ้งปัญหา" to the agency stays a complaint channel.
    ticket = (
        "<h2>แบบฟอร์มแจ้งปัญหา</h2><p>แจ้งปัญหาการใช้บริการของหน่วยงาน เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
        "<form><input name='subject'><textarea name='detail'></textarea><button>ส่ง</button></form>"
    )
    assert "5.11" in _items(ticket, "http://a.go.th/member/ticket.php")


def test_an_ordinance_heading_over_an_empty_list_is_no_law() -> None:
    # Failure class: the home page links each ordinance category ("ข้อบัญญัติการควบคุม…"); the category's
    # page is the list template with its rows left out: the same name without "ข้อบัญญัติ", nothing under it.
    home = (
        "<h2>ข้อบัญญัติ</h2><ul><li><a href='/pages/canon_a'>ข้อบัญญัติการควบคุมกิจการที่เป็นอันตรายต่อสุขภาพ</a></li>"
        "<li><a href='/pages/canon_b'>ข้อบัญญัติตลาด</a></li></ul>"
        "<p>ยินดีต้อนรับสู่เว็บไซต์ขององค์การบริหารส่วนตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง</p>"
    )
    empty = "<div class='pages-head'><span>การควบคุมกิจการที่เป็นอันตรายต่อสุขภาพ</span></div>"
    pages = [_site_page("http://t.go.th/", home), _site_page("http://t.go.th/pages/canon_a", empty)]
    assert "5.1" not in _evidence(pages).get("http://t.go.th/pages/canon_a", set())
    # The same page with the ordinance's text under its heading publishes it.
    full = empty + (
        "<p>ข้อ 1 ข้อบัญญัตินี้ใช้บังคับในเขตองค์การบริหารส่วนตำบลตัวอย่างตั้งแต่วันถัดจากวันประกาศ</p>"
        "<p>ข้อ 2 ให้กิจการตามบัญชีท้ายข้อบัญญัตินี้เป็นกิจการที่ต้องมีการควบคุมภายในท้องถิ่น</p>"
    )
    pages[1] = _site_page("http://t.go.th/pages/canon_a", full)
    assert "5.1" in _evidence(pages).get("http://t.go.th/pages/canon_a", set())


def test_a_link_to_a_missing_file_is_one_address_however_written() -> None:
    # Failure class: links hold a file's Thai path as written ("/เอกสาร/รายงานประจำปี/…"); the crawl
    # stores the address it requested, percent-encoded, with its 404. Taken for two addresses, the link
    # target looked never fetched and its link text made it evidence.
    from urllib.parse import quote

    report = "http://t.go.th/เอกสาร/รายงานประจำปี/report2566.pdf"
    body = (
        "<h2>รายงานของหน่วยงาน</h2><p>รายงานที่หน่วยงานจัดทำและเผยแพร่ให้ประชาชนดาวน์โหลด</p>"
        f"<p><a href='{report}'>รายงานผลการปฏิบัติราชการประจำปี 2566</a></p>"
    )
    gone = SitePage(url=quote(report, safe=":/"), kind="error", error="http-404", fetched_on=DAY)
    pages = [_site_page("http://t.go.th/", HOME), _site_page("http://t.go.th/reports", body), gone]
    evidence = _evidence(pages)
    assert not any("report2566" in url for url in evidence), evidence


SURVEY_REPORT = (
    "รายงานการประเมินผลความพึงพอใจ ปีงบประมาณ 2566\n"
    "บทที่ 1 บทนำ\nการสำรวจความพึงพอใจของผู้ใช้บริการระบบสารสนเทศเพื่อการบริหาร จำนวน 250 คน\n"
    "ขั้นตอนการให้บริการ\nผู้ใช้บริการส่วนใหญ่พึงพอใจในความรวดเร็วของขั้นตอนการให้บริการในระดับมาก\n"
    "ภาคผนวก\nแบบสอบถามความพึงพอใจ\nตอนที่ 1 ข้อมูลทั่วไปของผู้ตอบแบบสอบถาม เพศ อายุ สถานภาพ\n"
)


def test_a_survey_report_is_not_the_channel_it_reports_on() -> None:
    # Failure class: a satisfaction-survey report (a PDF the office lists by its own title): its
    # sections ("ขั้นตอนการให้บริการ") and the questionnaire in its annex are not a service manual or
    # an opinion channel of the site.
    from checklist.model import DocView

    def codes(link_texts: tuple[str, ...]) -> set[str]:
        doc = DocView(
            url="http://u.ac.th/files/mis66.pdf",
            content=SURVEY_REPORT,
            link_texts=link_texts,
            kind="pdf",
        )
        return {h.code for h in default_matcher().classify(doc)}

    named = ("รายงานการประเมินผลความพึงพอใจการให้บริการระบบสารสนเทศเพื่อการบริหาร (MIS) ปีงบประมาณ 2566",)
    assert not codes(named) & {"5.9", "5.10"}
    # Linked without a name of its own ("ดาวน์โหลด"), the file's text is all there is to go by.
    assert "5.10" in codes(("ดาวน์โหลด",))


def test_a_file_name_is_no_evidence_when_the_link_names_the_file() -> None:
    # Failure class: "qa" (quality assurance) in a policy file's path read as a Q&A board; "power" in
    # an energy-saving notice read as authority: the link says what each file is.
    from checklist.model import DocView

    def codes(url: str, text: str) -> set[str]:
        doc = DocView(url=url, title=text, link_texts=(text,), kind="offsite")
        return {h.code for h in default_matcher().classify(doc)}

    assert (
        codes("http://u.ac.th/Document/qa/policy_qa2566.pdf", "นโยบายประกันคุณภาพการศึกษา 2566")
        == set()
    )
    assert (
        codes("http://u.ac.th/Document/power_save.pdf", "ประกาศ มาตรการประหยัดพลังงานของสำนักงาน")
        == set()
    )


def test_a_channels_address_still_names_it_whatever_its_link_says() -> None:
    # Only files are named by their links: a complaint centre's website is known by its address.
    from checklist.model import DocView

    text = "ศูนย์บริการประชาชน สำนักปลัดสำนักนายกรัฐมนตรี"
    doc = DocView(url="https://www.1111.go.th/", title=text, link_texts=(text,), kind="offsite")
    assert "5.11" in {h.code for h in default_matcher().classify(doc)}
