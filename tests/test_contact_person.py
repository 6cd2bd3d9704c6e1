"""Failure class of 5.1/contact from the real-site corpus (issue 15): a contact title over one
named person's phone (a job's recruiter, the CIO's card) is that person's contact, not the
agency's. Our own markup and wording."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher


def _parts(body: str, url: str = "http://a.go.th/page.php") -> set[str]:
    doc = docview_from_page(extract_page(f"<html><body>{body}</body></html>", url))
    return {f"{h.code}/{h.part}" for h in default_matcher().classify(doc)}


def test_a_named_persons_contact_is_not_the_agency_contact() -> None:
    # A job notice closes with the recruiter to call.
    job = (
        "<h1>รับสมัครพนักงาน</h1><p>ตำแหน่งวิศวกรโครงการ จำนวนสองอัตรา ปฏิบัติงานที่สำนักงานใหญ่</p>"
        "<h3>ติดต่อ</h3><p>คุณมาลัย ตัวอย่างดี หัวหน้างานบุคคล กองทรัพยากรบุคคล</p>"
        "<p>โทรศัพท์ 02-000-1234 jobs@example.go.th</p>"
    )
    assert "5.1/contact" not in _parts(job)
    # The CIO's card: name, post, then "ข้อมูลการติดต่อ" with the CIO's own numbers.
    cio = (
        "<h2>ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง</h2><p>นายสมพงษ์ ทดลองดี</p><p>รองอธิบดีกรมตัวอย่าง</p>"
        "<h3>ข้อมูลการติดต่อ</h3><p>โทรศัพท์</p><p>0-2000-1000 ต่อ 123</p><p>sompong@example.go.th</p>"
    )
    assert "5.1/contact" not in _parts(cio)


def test_the_agency_contact_page_stays_contact() -> None:
    page = (
        "<h1>ติดต่อเรา</h1><p>สำนักงานเทศบาลตำบลตัวอย่าง</p>"
        "<p>เลขที่ 1 หมู่ 2 ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 30000</p><p>โทรศัพท์ 0-4400-1234</p>"
    )
    assert "5.1/contact" in _parts(page)
    # A mayor's name ("นายกเทศมนตรี" is a post, not a person's title) above the contact title does not make it personal.
    mayor = (
        "<p>นายกเทศมนตรีตำบลตัวอย่าง</p><h2>ติดต่อเรา</h2>"
        "<p>เลขที่ 1 หมู่ 2 ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 30000</p><p>โทรศัพท์ 0-4400-1234</p>"
    )
    assert "5.1/contact" in _parts(mayor)
    # At a URL that names contact, the page is the contact page even when it opens with a person.
    named = (
        "<h3>ติดต่อ</h3><p>นางสาวสุดา ตัวอย่าง เจ้าหน้าที่ธุรการ</p>"
        "<p>โทรศัพท์ 0-4400-1234 ที่อยู่ ตำบลตัวอย่าง อำเภอเมือง 30000</p>"
    )
    assert "5.1/contact" in _parts(named, "http://a.go.th/contact.php")
