"""Failure classes of item 5.1 (parts) on the real-site corpus (issue 15), round two of match12, as
small cases of our own markup and wording."""

from __future__ import annotations

from tests.classify import parts as _parts

STAFF_URL = "http://a.go.th/staff.php"
CONTACT_URL = "http://a.go.th/reach.php"


def _staff(post: str) -> str:
    return (
        "<h3>ข้อมูลครูและบุคลากร โรงเรียนบ้านตัวอย่าง</h3><table>"
        "<tr><th>ลำดับ</th><th>ชื่อ-นามสกุล/ตำแหน่ง</th></tr>"
        f"<tr><td>1</td><td><p>นาย สมหมาย ทดลองดี</p><p>{post}</p><p>ประเภท: ข้าราชการครู</p></td></tr>"
        "<tr><td>2</td><td><p>นาง ศรีสุดา ตัวอย่าง</p><p>ตำแหน่ง: ครู</p><p>ประเภท: ข้าราชการครู</p></td></tr>"
        "</table>"
    )


def test_a_staff_card_that_labels_the_directors_post_is_the_executives() -> None:
    # Failure class: a school's staff directory, with no executives heading, lists the director first as
    # a name over "ตำแหน่ง: ผู้อำนวยการโรงเรียน" (typed "ตำหน่ง" or "ตำเเหน่ง" on real pages).
    for label in ("ตำแหน่ง: ", "ตำหน่ง: ", "ตำเเหน่ง : ", ""):
        assert "5.1/executives" in _parts(_staff(label + "ผู้อำนวยการโรงเรียนบ้านตัวอย่าง"), STAFF_URL), (
            label
        )
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
    story = (
        "<h3>กิจกรรมวันเด็ก</h3><p>จัดงานวันเด็กแห่งชาติให้นักเรียนและผู้ปกครองได้ร่วมสนุกกันทั้งวัน</p>"
        "<p>ณ ศาลาประชาคม หมู่ที่ 4 ตำบลนาดี อำเภอเมือง จังหวัดตัวอย่าง 40000</p>"
    )
    assert "5.1/contact" not in _parts(story, "http://a.go.th/news.php")
    no_code = address.replace(" 40000", "")
    assert "5.1/contact" not in _parts("<h3>สามารถติดต่อสอบถามได้ที่</h3>" + no_code, CONTACT_URL)


# A navbar whose dropdown boxes are never closed: the page's sections land inside the menu.
_OPEN_MENU = (
    '<nav class="navbar"><div class="collapse navbar-collapse"><ul class="navbar-nav">'
    '<li class="nav-item dropdown"><a href="#">ข้อมูลทั่วไป</a><div class="dropdown-menu">'
    '<a href="/about.php">ประวัติ</a><a href="/board.php">คณะกรรมการสถานศึกษา</a>'
    '<li class="nav-item dropdown"><a href="#">กิจกรรม</a><div class="dropdown-menu">'
    '<a href="/gallery.php">ภาพกิจกรรม</a>'
)
_SCHOOL_DATA = (
    "<p>ชื่อสถานศึกษา โรงเรียนบ้านตัวอย่าง</p>"
    "<p>ที่อยู่ : เลขที่ 12 หมู่ 3 ตำบลนาดี อำเภอเมือง จังหวัดตัวอย่าง รหัสไปรษณีย์ 40000</p>"
    "<p>โทรศัพท์ : 0-4321-1234 โทรสาร 0-4321-1235</p><p>E-Mail: school@example.ac.th</p>"
)


def test_a_body_swallowed_by_an_unclosed_navbar_dropdown_is_the_pages_content() -> None:
    # Failure class: a school's menu leaves its dropdown boxes open; each page's body (sections with a
    # heading, the director and deputies by role, or the school's address and phone) ended up inside
    # the menu and was read as navigation. A menu never holds a <section>.
    chart = (
        '<section><h3>บุคลากรกลุ่มบริหาร</h3></section><section><div class="org-chart"><ul><li>'
        '<div class="name">นายสมหมาย ทดลองดี</div><div class="role">ผู้อำนวยการโรงเรียน</div>'
        '<ul><li><div class="name">นางศรีสุดา ตัวอย่าง</div><div class="role">รองผู้อำนวยการ</div>'
        "</li></ul></li></ul></div></section>"
    )
    assert "5.1/executives" in _parts(_OPEN_MENU + chart, "http://a.go.th/chart.php")
    data = f"<section><h3>แผนที่โรงเรียน</h3></section><section>{_SCHOOL_DATA}</section>"
    assert "5.1/contact" in _parts(_OPEN_MENU + data, "http://a.go.th/map.php")
    # The same menu closed over no sections stays navigation: its link words are no evidence.
    closed = _OPEN_MENU + "</div></li></ul></div></nav><p>ยินดีต้อนรับสู่เว็บไซต์ของโรงเรียน</p>"
    assert not {p for p in _parts(closed, "http://a.go.th/welcome.php") if p.startswith("5.1")}


def test_a_builders_image_caption_does_not_hide_an_image_only_chart() -> None:
    # Failure class: a page builder's org chart page is one image with the builder's caption left as it
    # came ("Image Description"); the menu's link names the page, so the image is the chart.
    from checklist.match import default_matcher
    from checklist.model import DocView

    def classify(content: str, documents: int) -> set[str]:
        doc = DocView(
            url="http://a.go.th/struct.php",
            title="struct",
            link_texts=("โครงสร้างหน่วยงาน",),
            kind="html",
            content=content,
            documents=documents,
        )
        return {f"{h.code}/{h.part}" for h in default_matcher().classify(doc)}

    assert "5.1/structure" in classify("Image Description", 1)
    assert "5.1/structure" in classify("Photo caption", 1)
    # Without the image the caption is a page of nothing.
    assert "5.1/structure" not in classify("Image Description", 0)


def test_a_heading_over_filler_a_cookie_notice_and_tags_is_not_evidence() -> None:
    # Failure class: a theme's page keeps its demo paragraph ("Lorem ipsum…") under the agency's heading,
    # then the site's cookie notice and a line of hashtags: none of them is the part's content.
    cookie = "<p>เราใช้คุกกี้เพื่อปรับปรุงประสบการณ์ในการเข้าใช้งานเว็บไซต์ของเราให้ดียิ่งขึ้น อ่านนโยบายคุ้มครองข้อมูลส่วนบุคคล</p>"
    demo = (
        "<h2>โครงสร้างการแบ่งส่วนราชการ</h2>"
        "<p>Lorem Ipsum is simply dummy text of the printing and typesetting industry.</p>"
        "<p>#ข่าวเด่น #กิจกรรม #ประชาสัมพันธ์</p>" + cookie
    )
    assert "5.1/structure" not in _parts(demo, "http://a.go.th/units.php")
    # The agency's own text under the same heading, with the same notice, is.
    own = demo.replace(
        "Lorem Ipsum is simply dummy text of the printing and typesetting industry.",
        "สำนักงานแบ่งส่วนราชการออกเป็น กองกลาง กองคลัง กองแผนงาน และศูนย์เทคโนโลยีสารสนเทศ",
    )
    assert "5.1/structure" in _parts(own, "http://a.go.th/units.php")
