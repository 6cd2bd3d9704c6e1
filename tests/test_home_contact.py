"""Lead's label policy (issue 15): the agency's own contact block (an address with a phone or an
e-mail) repeated in the footer of every page is contact information on the HOME page only; on
the other pages it is chrome. Our own markup and wording."""

from __future__ import annotations

import datetime as dt

from checklist.evaluate import candidates
from checklist.extract import extract_page
from checklist.match import contact_block, default_matcher
from checklist.model import SitePage

DAY = dt.date(2025, 6, 1)
MENU = (
    "<nav><a href='/'>หน้าแรก</a><a href='/news.php'>ข่าวสาร</a>"
    "<a href='/about.php'>เกี่ยวกับเรา</a></nav>"
)
FOOTER = (
    "<footer><p>โรงพยาบาลบ้านตัวอย่าง</p>"
    "<p>เลขที่ 99 หมู่ 4 ตำบลท่าทดลอง อำเภอเมือง จังหวัดตัวอย่าง 50000</p>"
    "<p>โทรศัพท์ 0-5300-1234 โทรสาร 0-5300-1235</p></footer>"
)
BODIES = {
    "": "<h1>ยินดีต้อนรับ</h1><p>โรงพยาบาลชุมชนขนาดสามสิบเตียง ให้บริการประชาชนในอำเภอเมือง</p>",
    "news.php": "<h1>ข่าวกิจกรรม</h1><p>ออกหน่วยบริการตรวจสุขภาพผู้สูงอายุในหมู่บ้านตัวอย่าง</p>",
    "about.php": "<h1>ประวัติโรงพยาบาล</h1><p>เปิดให้บริการครั้งแรกเมื่อปีพุทธศักราชสองพันห้าร้อยสามสิบ</p>",
    "clinic.php": "<h1>ตารางคลินิกพิเศษ</h1><p>คลินิกเบาหวานทุกวันอังคาร คลินิกความดันทุกวันพฤหัสบดี</p>",
    "doctor.php": "<h1>แพทย์ประจำ</h1><p>แพทย์เวชปฏิบัติทั่วไปสามท่าน ทันตแพทย์หนึ่งท่าน</p>",
}


def _contact_pages(base: str, footer: str = FOOTER, home: str | None = None) -> set[str]:
    pages = [
        SitePage(
            url=base + path,
            kind="html",
            fetched_on=DAY,
            content=extract_page(f"<html><body>{MENU}{body}{footer}</body></html>", base + path),
        )
        for path, body in BODIES.items()
    ]
    found, _ = candidates(pages, default_matcher(), DAY, home=home)
    return {c.doc.url for c in found if any((h.code, h.part) == ("5.1", "contact") for h in c.hits)}


def test_the_footer_contact_block_is_contact_evidence_on_the_home_page_only() -> None:
    # The root URL is the home page: it gets the repeated block, the other pages do not.
    assert _contact_pages("http://h.go.th/") == {"http://h.go.th/"}
    # A home page that is not the root (the crawl started from it) gets it when the caller says so.
    assert _contact_pages("http://h.go.th/web/", home="http://h.go.th/web/news.php") == {
        "http://h.go.th/web/news.php"
    }
    # Without a home page known, no page of a sub-folder site is credited.
    assert _contact_pages("http://h.go.th/web/") == set()


def test_a_footer_without_a_way_to_reach_the_agency_gives_no_contact() -> None:
    # An address alone (no phone, no e-mail), or a copyright line, is no contact block.
    bare = "<footer><p>เลขที่ 99 หมู่ 4 ตำบลท่าทดลอง อำเภอเมือง จังหวัดตัวอย่าง 50000</p></footer>"
    assert _contact_pages("http://h.go.th/", footer=bare) == set()
    assert (
        _contact_pages("http://h.go.th/", footer="<footer><p>สงวนลิขสิทธิ์ 2568</p></footer>") == set()
    )


def test_contact_block_shapes() -> None:
    # A contact title over the numbers, where the footer gives no address.
    assert contact_block(["ลิงก์ด่วน", "ติดต่อเรา", "044-111-222", "044-111-223", "โซเชียลมีเดีย"])
    # An address in words (no postcode) with an e-mail.
    assert contact_block(
        ["สำนักงานตัวอย่าง ถนนพหลโยธิน แขวงทดลอง เขตตัวอย่าง", "อีเมล info@example.go.th"]
    )
    # Phones with no address and no contact title: a hotline banner, not the agency's contact block.
    assert not contact_block(["สายด่วนฉุกเฉิน 081-000-1111", "เปิดบริการตลอด 24 ชั่วโมง"])
    # An address far from any phone (another section of the page) is not one block.
    assert not contact_block(
        ["ตำบลท่าทดลอง อำเภอเมือง จังหวัดตัวอย่าง 50000", *["ข่าว"] * 20, "โทร 0-5300-1234"]
    )


def test_the_home_pages_news_date_does_not_date_its_footer_contact_block() -> None:
    from checklist.definitions import load_checklist
    from checklist.evaluate import CrawlState, evaluate_site
    from checklist.freshness import load_policy

    news = "<h1>ข่าวประชาสัมพันธ์</h1><p>ประชุมคณะกรรมการบริหาร เมื่อวันที่ 5 มกราคม 2560</p>"
    pages = [
        SitePage(
            url="http://h.go.th/" + path,
            kind="html",
            fetched_on=DAY,
            content=extract_page(
                f"<html><body>{MENU}{news if not path else body}{FOOTER}</body></html>",
                "http://h.go.th/" + path,
            ),
        )
        for path, body in BODIES.items()
    ]
    found = evaluate_site(
        pages, CrawlState("ok"), load_checklist(), default_matcher(), load_policy(), DAY
    )
    contact = next(f for f in found.parts["5.1"] if f.part == "contact")
    assert [e.url for e in contact.evidence] == ["http://h.go.th/"]
    assert contact.evidence[0].date is None and contact.status == "undated"
