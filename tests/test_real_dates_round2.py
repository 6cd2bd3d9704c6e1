"""Issue 15, round 2 (dates of the page, not of what it quotes): an item found in one box of a
portal page takes the date of that box, not the newest news elsewhere on the page. Pattern seen
on a ministry department's home page (news box dated this month, a procurement box of old
notices, an undated survey link); our own markup and wording."""

from __future__ import annotations

import datetime as dt

from checklist.evaluate import CrawlState, candidates, evaluate_site
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import DocView, SitePage
from checklist.sections import evidence_spans

DAY = dt.date(2025, 8, 20)
BASE = "http://dept.example.go.th/"
MENU = (
    "<nav><a href='/'>หน้าแรก</a><a href='/about.php'>เกี่ยวกับเรา</a>"
    "<a href='/staff.php'>บุคลากร</a></nav>"
)
HOME = """
<h1>ข่าวประชาสัมพันธ์</h1>
<div><p>12 สิงหาคม 2568</p><p>กรมตัวอย่างจัดอบรมการดูแลสุขภาพผู้สูงวัยในชุมชน</p></div>
<div><p>14 สิงหาคม 2568</p><p>กรมตัวอย่างลงพื้นที่ตรวจคุณภาพน้ำดื่มในโรงเรียน</p></div>
<h2>ร่วมแสดงความคิดเห็น</h2>
<p><a href='https://forms.example.com/s/1'>แบบสำรวจความพึงพอใจต่อการให้บริการของกรมตัวอย่าง</a></p>
<h2>สื่อเผยแพร่</h2>
<p>03.02.2567</p>
<p><a href='/buy/1.php'>ประกาศประกวดราคาซื้อวัสดุสำนักงาน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a></p>
<p>03.02.2567</p>
<p><a href='/buy/2.php'>ประกาศประกวดราคาจ้างซ่อมแซมอาคารสำนักงาน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a></p>
<h1>ข่าวจากหน่วยงานอื่น</h1>
<p>เครือข่ายความร่วมมือด้านสาธารณสุขระดับภูมิภาค</p>
"""
OTHER = {
    "about.php": "<h1>ประวัติกรม</h1><p>ก่อตั้งขึ้นเพื่อส่งเสริมสุขภาพของประชาชนทุกช่วงวัย</p>",
    "staff.php": "<h1>บุคลากร</h1><p>นักวิชาการสาธารณสุข นักโภชนาการ และเจ้าหน้าที่ธุรการ</p>",
}


def _page(path: str, body: str) -> SitePage:
    html = f"<html><head><title>กรมตัวอย่าง</title></head><body>{MENU}{body}</body></html>"
    return SitePage(
        url=BASE + path, kind="html", fetched_on=DAY, content=extract_page(html, BASE + path)
    )


def _site() -> list[SitePage]:
    return [_page("", HOME), *(_page(p, b) for p, b in OTHER.items())]


def _home_evidence(code: str, part: str = "main"):
    from checklist.definitions import load_checklist
    from checklist.freshness import load_policy

    found = evaluate_site(
        _site(), CrawlState("ok"), load_checklist(), default_matcher(), load_policy(), DAY
    )
    findings = found.parts.get(code) or tuple(f for f in found.items if f.code == code)
    finding = next(f for f in findings if f.part == part)
    return finding, next(e for e in finding.evidence if e.url == BASE)


def test_the_home_page_is_evidence_for_the_boxes_it_holds() -> None:
    found, _ = candidates(_site(), default_matcher(), DAY, home=BASE)
    home = next(c for c in found if c.doc.url == BASE)
    assert {(h.code, h.part) for h in home.hits} >= {
        ("5.2", "main"),
        ("5.7", "announcements"),
        ("5.10", "main"),
    }


def test_a_box_without_a_date_leaves_its_item_undated_whatever_the_news_beside_it() -> None:
    finding, evidence = _home_evidence("5.10")
    assert evidence.date is None
    assert finding.status == "undated"


def test_a_box_of_old_notices_takes_their_date_not_the_newest_news() -> None:
    finding, evidence = _home_evidence("5.7", "announcements")
    assert evidence.date == dt.date(2024, 2, 3)
    assert finding.status == "stale"


def test_the_news_box_keeps_the_dates_of_its_entries() -> None:
    finding, evidence = _home_evidence("5.2")
    assert evidence.date == dt.date(2025, 8, 14)
    assert finding.status == "ok"


def test_a_word_in_a_heading_spans_the_sub_headings_below_it() -> None:
    doc = DocView(
        url=BASE + "news.php",
        headings=("ข่าวประชาสัมพันธ์", "อบรมผู้สูงวัย", "ตรวจน้ำดื่ม", "ลิงก์"),
        heading_levels=(1, 3, 3, 1),
        content="ข่าวประชาสัมพันธ์\nอบรมผู้สูงวัย\n12 สิงหาคม 2568\nตรวจน้ำดื่ม\n14 สิงหาคม 2568\nลิงก์\nอื่น ๆ",
    )
    spans = evidence_spans(doc, ("ข่าวประชาสัมพันธ์",), ("heading",))
    assert spans is not None and len(spans) == 1
    start, stop = spans[0]
    assert (
        doc.content[start:stop].startswith("ข่าวประชาสัมพันธ์")
        and "14 สิงหาคม 2568" in doc.content[start:stop]
    )
    assert "ลิงก์" not in doc.content[start:stop]


def test_a_page_named_for_the_item_counts_as_a_whole() -> None:
    doc = DocView(
        url=BASE + "buy.php",
        title="ประกาศจัดซื้อจัดจ้าง",
        headings=("ประกาศ", "ปี 2568"),
        heading_levels=(1, 2),
        content="ประกาศ\nประกาศประกวดราคา\nปี 2568\n1 มีนาคม 2568",
    )
    assert evidence_spans(doc, ("ประกาศประกวดราคา",), ("content", "title")) is None
    # A page of one heading is one box: the whole page.
    single = DocView(
        url=BASE + "x.php",
        headings=("ประกาศ",),
        heading_levels=(1,),
        content="ประกาศ\nประกาศประกวดราคา",
    )
    assert evidence_spans(single, ("ประกาศประกวดราคา",), ("content",)) is None


def test_a_pdf_file_stamp_never_dates_it() -> None:
    # Scanned ITA documents: no printed date, a CreationDate of the day they were scanned.
    from checklist.dates import choose_date, parse_date_value

    stamp = parse_date_value("D:20180822101500+07'00'", "pdf-meta")
    assert stamp is not None and stamp.date == dt.date(2018, 8, 22)
    assert choose_date([stamp], DAY) is None
    printed = parse_date_value("2018-06-01", "pdf")
    assert printed is not None
    choice = choose_date([stamp, printed], DAY)
    assert (
        choice is not None
        and choice.date == dt.date(2018, 6, 1)
        and "1 file-stamp dropped" in choice.reason
    )


def test_an_upload_folder_date_on_another_website_is_not_this_agencys_date() -> None:
    # A procurement row links a file kept on another college's website (and a law through a document
    # viewer wrapping a ministry's upload): their /uploads/YYYY/MM/ folders are when THOSE sites stored
    # them. The same folder on the agency's own host dates its own upload.
    rows = (
        "<h1>แผนการจัดซื้อจัดจ้าง</h1><ul>"
        "<li><a href='https://other-college.example.ac.th/wp-content/uploads/2024/10/plan.pdf'>"
        "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568</a></li>"
        f"<li><a href='{BASE}wp-content/uploads/2025/07/plan-own.pdf'>"
        "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568 (ฉบับปรับปรุง)</a></li></ul>"
    )
    found, clock = candidates(
        [_page("", HOME), _page("buy.php", rows), *(_page(p, b) for p, b in OTHER.items())],
        default_matcher(),
        DAY,
        home=BASE,
    )
    by_url = {c.doc.url: c for c in found}
    other = by_url["https://other-college.example.ac.th/wp-content/uploads/2024/10/plan.pdf"]
    own = by_url[f"{BASE}wp-content/uploads/2025/07/plan-own.pdf"]
    assert not [d for d in other.dates if d.source == "url"]
    assert [d.date for d in own.dates if d.source == "url"] == [dt.date(2025, 7, 1)]


def test_a_law_text_carries_the_laws_dates_not_the_agencys() -> None:
    # A college's law page links regulation PDFs; their text says when the regulation was signed.
    from checklist.evaluate import Candidate, _evidence
    from checklist.model import FoundDate, Hit

    law = DocView(
        url=BASE + "uploads/law/regulation.pdf",
        kind="pdf",
        title="ระเบียบว่าด้วยการเงิน",
        content="ระเบียบกระทรวงการคลัง ว่าด้วยการเบิกเงิน ประกาศ ณ วันที่ 5 กุมภาพันธ์ 2562",
    )
    signed = FoundDate(dt.date(2019, 2, 5), "5 กุมภาพันธ์ 2562", "pdf", label="ประกาศ ณ วันที่")
    hits = (
        Hit("5.1", "laws", ("ระเบียบ",), ("content",)),
        Hit("5.1", "executives", ("หัวหน้าส่วนราชการ",), ("content",)),
    )
    candidate = Candidate(law, (signed,), hits)
    assert all(_evidence(candidate, h, DAY, frozenset()).date is None for h in hits)
    # The same date on an agency's own notice (not a law text) dates it.
    notice = Candidate(law, (signed,), hits[1:])
    assert _evidence(notice, hits[1], DAY, frozenset()).date == dt.date(2019, 2, 5)


def test_a_contact_tile_on_the_home_page_takes_none_of_its_dates() -> None:
    from checklist.evaluate import Candidate, _evidence
    from checklist.model import FoundDate, Hit

    home = DocView(
        url=BASE, content="ข่าว\n12 สิงหาคม 2568\nบริการออนไลน์\nติดต่อเรา\nสถิติ (ข้อมูล ณ 24-7-2567)"
    )
    dated = (FoundDate(dt.date(2024, 7, 24), "24-7-2567", "text", label="ข้อมูล ณ วันที่", position=40),)
    contact = Hit("5.1", "contact", ("ติดต่อเรา",), ("content",))
    assert (
        _evidence(Candidate(home, dated, (contact,)), contact, DAY, frozenset(), home=BASE).date
        is None
    )
    # On a page of its own the contact part keeps its labelled date.
    page = replace_url(home, BASE + "contact.php")
    assert _evidence(
        Candidate(page, dated, (contact,)), contact, DAY, frozenset(), home=BASE
    ).date == dt.date(2024, 7, 24)


def replace_url(doc: DocView, url: str) -> DocView:
    from dataclasses import replace

    return replace(doc, url=url)


def test_terms_of_office_on_a_roll_of_past_heads_are_not_the_pages_date() -> None:
    # A district health office's roll of directors: each row a term, the last one "to the present";
    # the first starts before the years the reader takes.
    from checklist.dates import choose_date, find_dates

    roll = (
        "ทำเนียบผู้บริหาร\nนายหนึ่ง ตัวอย่าง\n1 มีนาคม 2537 - 30 เมษายน 2544\n"
        "นายสอง ตัวอย่าง\n1 พฤษภาคม 2544 - 31 ตุลาคม 2550\nนางสาม ตัวอย่าง\n1 พฤศจิกายน 2550 - ปัจจุบัน"
    )
    found = find_dates(roll)
    assert [d.kind for d in found] == ["period"]
    assert choose_date(found, DAY) is None
    # A news day after a line with a year is still a day.
    assert [d.kind for d in find_dates("ปี 2567\n15 มกราคม 2568 ประชุมประจำเดือน")] == ["day"]


def test_the_end_of_a_quoted_reporting_window_is_not_a_day() -> None:
    # An ITA row quotes its criterion's window with the start left blank.
    from checklist.dates import find_dates

    assert find_dates("กิจกรรมที่ดำเนินการ ตั้งแต่วันที่ ถึงวันที่30 กันยายน 2567") == []
    window = find_dates("กิจกรรมที่ดำเนินการ ตั้งแต่วันที่ 1 ตุลาคม 2566 ถึงวันที่ 30 กันยายน 2567")
    assert [d.kind for d in window] == ["period"]
