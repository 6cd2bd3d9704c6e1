"""Failure classes of item 5.1 (parts) on the real-site corpus (issue 15), round five, as small
cases of our own markup and wording."""

from __future__ import annotations

from tests.classify import page
from tests.classify import parts as _parts


def test_duties_quoted_from_the_regulation_in_one_paragraph_are_the_authority() -> None:
    # Failure class: a district office's duties page: its title misspelt ("ภาระกิจ"), the regulation's
    # sentence "…ได้กำหนดบทบาทหน้าที่ของสำนักงาน…ไว้ดังนี้" and the numbered duties run together in
    # one paragraph. No term stood as a label, and the duty-list shape wanted one duty a line.
    duties = (
        "<p>ภาระกิจ/หน้าที่</p>"
        "<p>ตามกฎกระทรวงแบ่งส่วนราชการ พ.ศ. 2560 ได้กำหนดบทบาทหน้าที่ของสำนักงานสาธารณสุขอำเภอตัวอย่างไว้ดังนี้</p>"
        "<p>1.จัดทำแผนด้านสุขภาพระดับอำเภอ 2.ให้บริการด้านการแพทย์และสาธารณสุขในพื้นที่ "
        "3.กำกับและสนับสนุนหน่วยบริการสาธารณสุขในเขตอำเภอ</p>"
    )
    assert "5.1/authority" in _parts(duties)
    # One numbered duty is not a list; a sentence that is not the duties' opening is no shape either.
    one = duties.replace(" 2.ให้บริการ", " ให้บริการ").replace(" 3.กำกับ", " กำกับ")
    assert "5.1/authority" not in _parts(one.replace("<p>ภาระกิจ/หน้าที่</p>", ""))
    meeting = (
        "<p>ที่ประชุมได้กำหนดวาระการประชุมไว้ดังนี้</p>"
        "<p>1.รับรองรายงานการประชุมครั้งที่แล้ว 2.เรื่องเพื่อทราบ 3.เรื่องอื่น ๆ</p>"
    )
    assert "5.1/authority" not in _parts(meeting)


def test_numbered_sections_under_one_part_are_not_a_criterion_table() -> None:
    # Failure class: a school's duties page numbers its four duties "2.1" … "2.4", each number on a
    # line of its own: read as criterion codes, the page became a criterion table and its own
    # heading stood for nothing.
    duties = "".join(
        f"<div><span>2.{n}</span><h4>{title}</h4><p>{text}</p></div>"
        for n, title, text in (
            (1, "ขยายโอกาสทางการศึกษา", "จัดการศึกษาให้ผู้ที่พลาดโอกาสได้เรียนต่อในระดับที่สูงขึ้น"),
            (2, "ส่งเสริมทักษะอาชีพ", "ฝึกทักษะการประกอบอาชีพที่นำไปใช้ในชีวิตประจำวันได้จริง"),
            (3, "บริการการเรียนรู้ในชุมชน", "จัดกิจกรรมการเรียนรู้ตลอดชีวิตให้ประชาชนในเขตเทศบาล"),
            (4, "ดูแลผู้เรียน", "ติดตามและช่วยเหลือผู้เรียนให้สำเร็จการศึกษาตามหลักสูตร"),
        )
    )
    page_html = (
        "<h2>อำนาจหน้าที่</h2><h3>อำนาจหน้าที่ของศูนย์การเรียน</h3>"
        "<p>ศูนย์การเรียนจัดการศึกษานอกระบบให้ประชาชนในเขตเทศบาลอย่างทั่วถึง โดยมีภารกิจดังนี้</p>" + duties
    )
    assert "5.1/authority" in _parts(page_html, "http://a.go.th/about.html")
    # Bare numbers over rows that quote several parts' criteria are still a criterion table: its
    # quoted wording is not the agency's structure or executives.
    criteria = "".join(
        f"<p>1.{n}</p><p>{text}</p>"
        for n, text in (
            (1, "ข้อมูลผู้บริหาร แสดงรายนามผู้บริหาร ประกอบด้วย รูปถ่าย ชื่อ-นามสกุล ตำแหน่ง"),
            (2, "โครงสร้างหน่วยงาน แสดงแผนผังการแบ่งส่วนราชการภายในของหน่วยงาน"),
            (3, "อำนาจหน้าที่ แสดงหน้าที่และอำนาจของหน่วยงานตามที่กฎหมายกำหนด"),
        )
    )
    assert not {"5.1/executives", "5.1/structure", "5.1/authority"} & _parts(criteria)


def _directory(rows: tuple[tuple[str, str, str], ...]) -> str:
    body = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>{rank}</td><td>{post}</td></tr>"
        for n, (name, rank, post) in enumerate(rows, 1)
    )
    return (
        "<h2>ทำเนียบบุคลากร</h2><table><tr><th>ลำดับ</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th>"
        f"<th>ตำแหน่งทางบริหาร</th></tr>{body}</table>"
    )


def test_a_staff_directory_headed_by_the_district_health_officer_shows_the_executive() -> None:
    # Failure class: a district health office's staff table: name | rank | administrative post, the
    # first row's post "สาธารณสุขอำเภอ" (the office's head), two lines after the name.
    headed = _directory(
        (
            ("นายสมพงษ์ ทองดี", "เจ้าพนักงานสาธารณสุขอาวุโส", "สาธารณสุขอำเภอ"),
            ("นางสาวพรทิพย์ ใจงาม", "นักวิชาการสาธารณสุขชำนาญการ", "ผู้ช่วยสาธารณสุขอำเภอ"),
            ("นายวิชัย สุขใจ", "พนักงานขับรถยนต์", ""),
        )
    )
    assert "5.1/executives" in _parts(headed, "http://a.go.th/staff")
    # Assistants and staff only: nobody heads the agency on this page.
    staff = _directory(
        (
            ("นางสาวพรทิพย์ ใจงาม", "นักวิชาการสาธารณสุขชำนาญการ", "ผู้ช่วยสาธารณสุขอำเภอ"),
            ("นายวิชัย สุขใจ", "พนักงานขับรถยนต์", ""),
            ("นางมาลี ศรีสุข", "เจ้าพนักงานการเงินและบัญชี", ""),
        )
    )
    assert "5.1/executives" not in _parts(staff, "http://a.go.th/staff")
    # Other heads by the agency's kind: a district's chief officer over his name.
    chief = (
        "<h3>นายอำเภอตัวอย่าง</h3><p>นายประเสริฐ มั่นคง</p>"
        "<p>ที่ว่าการอำเภอตัวอย่างให้บริการประชาชนทุกวันทำการ ตั้งแต่เวลาแปดนาฬิกาครึ่ง</p>"
    )
    assert "5.1/executives" in _parts(chief)


def test_a_duties_title_over_the_agencys_name_alone_is_not_the_authority() -> None:
    # Failure class: a template's "อำนาจหน้าที่" page whose only line under the title is the agency's
    # name (the subtitle every page of the template prints): no duty stands there.
    empty = "<h2>อำนาจหน้าที่</h2><p>สำนักงานพิพิธภัณฑ์การเกษตรแห่งชาติ (องค์การมหาชน)</p>"
    assert "5.1/authority" not in _parts(empty, "http://a.or.th/views/authority/")
    # The same title over the agency's duties is the authority.
    full = empty + "<p>จัดแสดงและเผยแพร่ความรู้ด้านการเกษตรแก่ประชาชน ส่งเสริมการเรียนรู้ตามแนวพระราชดำริ</p>"
    assert "5.1/authority" in _parts(full, "http://a.or.th/views/authority/")
    # A page that is only a picture of the duties, reached by a link that names them, keeps its picture
    # as the body (the words are in the image).
    from checklist.chrome import docview_from_page
    from checklist.match import default_matcher

    picture = page(
        "<div class='slider'><img src='/assets/duties-1.jpg'><img src='/assets/duties-2.jpg'></div>"
        "<p>Website made with a page builder</p>",
        "http://a.go.th/page1.html",
    )
    doc = docview_from_page(picture, link_texts=("บทบาทภารกิจ",))
    assert ("5.1", "authority") in {(h.code, h.part) for h in default_matcher().classify(doc)}


def test_one_topics_desk_is_not_the_agencys_contact() -> None:
    # Failure class: an ethics page lists its documents, then "ช่องทางการติดต่อสอบถาม ให้คำปรึกษาทางจริยธรรม"
    # with the ethics desk's phone and e-mail: one topic's desk, not the agency's address.
    ethics = (
        "<h2>จริยธรรม</h2><table><tr><td>ประมวลจริยธรรมเจ้าหน้าที่ของรัฐ พ.ศ. 2564</td>"
        "<td><a href='/files/ethics.pdf'>โหลด</a></td></tr></table>"
        "<p>ช่องทางการติดต่อสอบถาม ให้คำปรึกษา ตอบคำถามทางจริยธรรม</p>"
        "<p>โทรศัพท์ 0-2345-6789 , E-mail : ethics.desk@example.or.th</p>"
    )
    assert "5.1/contact" not in _parts(ethics, "http://a.or.th/views/ethics/")
    # The agency's own contact line with the same data stays contact.
    agency = (
        "<h2>ติดต่อเรา</h2><p>ช่องทางการติดต่อสอบถาม</p><p>เลขที่ 99 ถนนพหลโยธิน ตำบลคลองหนึ่ง "
        "อำเภอคลองหลวง จังหวัดปทุมธานี 12120</p><p>โทรศัพท์ 0-2345-6789 , E-mail : info@example.or.th</p>"
    )
    assert "5.1/contact" in _parts(agency, "http://a.or.th/contact/")


def test_a_schools_curriculum_structure_is_not_the_organisation_structure() -> None:
    # Failure class (schools, colleges): "โครงสร้างหลักสูตร", "โครงสร้างรายวิชา", a pay scale's
    # "โครงสร้างเงินเดือน" begin with the bare structure word and were taken for the organisation chart.
    curriculum = (
        "<h2>โครงสร้างหลักสูตรสถานศึกษา ปีการศึกษา 2568</h2>"
        "<p>กลุ่มสาระการเรียนรู้ภาษาไทย 200 ชั่วโมงต่อปี คณิตศาสตร์ 200 ชั่วโมงต่อปี</p>"
        "<p><a href='/files/curriculum-2568.pdf'>ดาวน์โหลดโครงสร้างรายวิชา</a></p>"
    )
    assert "5.1/structure" not in _parts(curriculum, "http://a.ac.th/academic.php")
    pay = "<h3>โครงสร้างเงินเดือนพนักงานราชการ</h3><p>อัตราเงินเดือนขั้นต่ำและขั้นสูงตามกลุ่มงาน ปรับตามมติคณะรัฐมนตรี</p>"
    assert "5.1/structure" not in _parts(pay)
    chart = (
        "<h2>โครงสร้างการบริหารงานสถานศึกษา</h2><p>ผู้อำนวยการ กำกับฝ่ายบริหารทรัพยากร ฝ่ายวิชาการ "
        "ฝ่ายพัฒนากิจการนักเรียน และฝ่ายแผนงานและความร่วมมือ</p>"
    )
    assert "5.1/structure" in _parts(chart)


def test_menu_titles_of_the_parts_as_sites_write_them() -> None:
    # Wording found on the corpus's sites: a menu's "กฎหมาย / ระเบียบ", "ข้อมูลติดต่อ", "การแบ่งส่วนราชการ",
    # a school's "แผนพัฒนาคุณภาพการศึกษา", "ภารกิจและหน้าที่", "ผู้บริหารสำนักงาน" as the document's name.
    from checklist.match import default_matcher
    from checklist.model import DocView

    def named(text: str) -> set[str]:
        doc = DocView(
            url="https://drive.example.com/file/1", title=text, link_texts=(text,), kind="offsite"
        )
        return {f"{h.code}/{h.part}" for h in default_matcher().classify(doc)}

    assert "5.1/laws" in named("กฎหมาย / ระเบียบ")
    assert "5.1/laws" in named("กฎ ระเบียบ ข้อบังคับ")
    assert "5.1/contact" in named("ข้อมูลติดต่อ")
    assert "5.1/structure" in named("การแบ่งส่วนราชการ")
    assert "5.1/plan" in named("แผนพัฒนาคุณภาพการศึกษา พ.ศ. 2566-2570")
    assert "5.1/authority" in named("ภารกิจและหน้าที่")
    assert "5.1/executives" in named("ผู้บริหารสำนักงาน")
    # Inside a sentence the same words cite a rule or a division, they do not title a part.
    sentence = (
        "<h2>ข่าวกิจกรรม</h2><p>เจ้าหน้าที่ทุกคนต้องปฏิบัติตามกฎ ระเบียบ และข้อบังคับของทางราชการอย่างเคร่งครัด "
        "ตามการแบ่งส่วนราชการที่กำหนดไว้ในกฎกระทรวง</p>"
    )
    assert not {"5.1/laws", "5.1/structure"} & _parts(sentence)
