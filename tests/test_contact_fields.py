"""The agency's contact details set out as fields in the body of a page not titled contact
(an about page's data sheet: "ที่อยู่ : …", "โทรศัพท์ : …") are 5.1/contact (issue 15). A news
story that mentions an address and a phone in running text is not. Our own markup and wording."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import contact_fields, default_matcher

URL = "http://127.0.0.1:9/pages/about.php"


def _parts(html: str) -> set[tuple[str, str]]:
    page = extract_page(html, URL)
    return {(h.code, h.part) for h in default_matcher().classify(docview_from_page(page))}


ABOUT = (
    "<html><body><h1>รู้จักโรงเรียน</h1><h3>ข้อมูลทั่วไป :</h3>"
    "<p>ชื่อสถานศึกษา : โรงเรียนบ้านหนองตัวอย่าง</p><p>คติพจน์ : รู้รักสามัคคี</p>"
    "<p>ที่อยู่ : 88 หมู่ 7 ถนนสายเก่า ต.หนองตัวอย่าง อ.เมือง จ.ขอนแก่น 40000</p>"
    "<p>โทรศัพท์ : 043-123456</p><p>อีเมล : office@example.ac.th</p>"
    "<h3>ปรัชญา :</h3><p>การศึกษาสร้างคน คนสร้างชาติ ชุมชนเข้มแข็งด้วยความรู้คู่คุณธรรม</p></body></html>"
)


def test_contact_fields_in_an_about_page_are_contact_evidence() -> None:
    assert ("5.1", "contact") in _parts(ABOUT)


def test_an_address_in_running_text_is_not_a_contact_sheet() -> None:
    story = (
        "ผู้อำนวยการนำคณะครูเยี่ยมบ้านนักเรียน ที่อยู่ 12 หมู่ 3 ต.หนองตัวอย่าง จ.ขอนแก่น 40000 "
        "ผู้ปกครองสอบถามเพิ่มเติมได้ที่ 043-123456"
    )
    assert not contact_fields(story)
    assert not contact_fields("ที่อยู่ : 88 หมู่ 7 จ.ขอนแก่น 40000\nคติพจน์ : รู้รักสามัคคี\nปรัชญา : การศึกษา")


def test_a_data_sheet_without_colons_is_contact_evidence() -> None:
    # Failure class seen on a saved school site: the history and map pages open with the school's
    # data sheet "ตั้งอยู่ เลขที่ … รหัสไปรษณีย์ 57000", "โทรศัพท์ 0-5300-1234", no colons.
    sheet = (
        "ตั้งอยู่ เลขที่ 99 หมู่ 4 ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง รหัสไปรษณีย์ 57000\n"
        "โทรศัพท์ 0-5300-1234 โทรสาร 0-5300-1235\nE-Mail office@example.ac.th"
    )
    assert contact_fields(sheet)
    # Running text that starts with the same words is still no field.
    assert not contact_fields("ตั้งอยู่ริมแม่น้ำ ห่างจากตัวเมือง 57000 เมตร\nโทรศัพท์มาสอบถามได้ทุกวัน")


def test_a_data_sheet_is_not_dated_by_the_history_around_it() -> None:
    # Failure class: the history page that opens with the school's data sheet also tells that the
    # school was founded "เมื่อวันที่ 27 กรกฎาคม 2536" and became a science school on 25 November
    # 2553: those days are history, not the date of the address and phone; they made 5.1 `stale`.
    import datetime as dt

    from checklist.definitions import load_checklist
    from checklist.evaluate import CrawlState, evaluate_site
    from checklist.freshness import load_policy
    from checklist.model import SitePage

    day = dt.date(2025, 6, 1)
    html = (
        "<html><body><h1>ประวัติโรงเรียน</h1><h3>ข้อมูลพื้นฐาน</h3>"
        "<p>ตั้งอยู่ เลขที่ 99 หมู่ 4 ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง รหัสไปรษณีย์ 57000</p>"
        "<p>โทรศัพท์ 0-5300-1234 โทรสาร 0-5300-1235</p>"
        "<h3>ประวัติโดยย่อ</h3><p>โรงเรียนได้รับประกาศจัดตั้งเมื่อวันที่ 27 กรกฎาคม 2536 "
        "และรับนักเรียนรุ่นแรกในปีการศึกษาถัดมา จำนวนสองห้องเรียน</p>"
        "<p>ต่อมาได้เป็นโรงเรียนวิทยาศาสตร์ภูมิภาค ตามมติคณะรัฐมนตรี เมื่อวันพฤหัสบดีที่ 25 พฤศจิกายน "
        "พ.ศ. 2553 เพื่อเพิ่มโอกาสทางการศึกษาแก่นักเรียนในภูมิภาค</p></body></html>"
    )
    url = "http://127.0.0.1:9/history.php"
    page = SitePage(url=url, kind="html", content=extract_page(html, url), fetched_on=day)
    found = evaluate_site(
        [page], CrawlState("ok"), load_checklist(), default_matcher(), load_policy(), day
    )
    contact = next(f for f in found.parts["5.1"] if f.part == "contact")
    evidence = next(e for e in contact.evidence if e.url == url)
    assert evidence.date is None
