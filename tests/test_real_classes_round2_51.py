"""Failure classes of item 5.1 (parts) on the real-site corpus (issue 15), round two of match12, as
small cases of our own markup and wording."""

from __future__ import annotations

from tests.classify import parts as _parts

STAFF_URL = "http://a.go.th/staff.php"
CONTACT_URL = "http://a.go.th/reach.php"


def _staff(post: str) -> str:
    return ("<h3>ข้อมูลครูและบุคลากร โรงเรียนบ้านตัวอย่าง</h3><table>"
            "<tr><th>ลำดับ</th><th>ชื่อ-นามสกุล/ตำแหน่ง</th></tr>"
            f"<tr><td>1</td><td><p>นาย สมหมาย ทดลองดี</p><p>{post}</p><p>ประเภท: ข้าราชการครู</p></td></tr>"
            "<tr><td>2</td><td><p>นาง ศรีสุดา ตัวอย่าง</p><p>ตำแหน่ง: ครู</p><p>ประเภท: ข้าราชการครู</p></td></tr>"
            "</table>")


def test_a_staff_card_that_labels_the_directors_post_is_the_executives() -> None:
    # Failure class: a school's staff directory, with no executives heading, lists the director first as
    # a name over "ตำแหน่ง: ผู้อำนวยการโรงเรียน" (typed "ตำหน่ง" or "ตำเเหน่ง" on real pages).
    for label in ("ตำแหน่ง: ", "ตำหน่ง: ", "ตำเเหน่ง : ", ""):
        assert "5.1/executives" in _parts(_staff(label + "ผู้อำนวยการโรงเรียนบ้านตัวอย่าง"), STAFF_URL), label
    # Teachers alone, or the head of a subject group, are no executives.
    assert "5.1/executives" not in _parts(_staff("ตำแหน่ง: ครูชำนาญการ"), STAFF_URL)
    assert "5.1/executives" not in _parts(_staff("ตำแหน่ง: หัวหน้าหมวดวิชาภาษาไทย"), STAFF_URL)


def test_an_invitation_over_the_postal_address_is_the_contact() -> None:
    # Failure class: a school's contact page gives no phone: "สามารถติดต่อสอบถามได้ที่" (typed
    # "ติต่อ…ใด้ที่") over the whole postal address, then a social-media link.
    address = "<p>โรงเรียนบ้านตัวอย่าง หมู่ที่ 4 ตำบลนาดี อำเภอเมือง จังหวัดตัวอย่าง 40000</p><p>Facebook</p>"
    for invite in ("สามารถติดต่อสอบถามได้ที่", "สามารถติต่อสอบถามใด้ที่", "ติดต่อสอบถาม"):
        assert "5.1/contact" in _parts(f"<h3>{invite}</h3>" + address, CONTACT_URL), invite
    # A venue in a story, or an address with no postcode, is not the agency's contact.
    story = ("<h3>กิจกรรมวันเด็ก</h3><p>จัดงานวันเด็กแห่งชาติให้นักเรียนและผู้ปกครองได้ร่วมสนุกกันทั้งวัน</p>"
             "<p>ณ ศาลาประชาคม หมู่ที่ 4 ตำบลนาดี อำเภอเมือง จังหวัดตัวอย่าง 40000</p>")
    assert "5.1/contact" not in _parts(story, "http://a.go.th/news.php")
    no_code = address.replace(" 40000", "")
    assert "5.1/contact" not in _parts("<h3>สามารถติดต่อสอบถามได้ที่</h3>" + no_code, CONTACT_URL)
