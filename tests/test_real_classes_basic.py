"""Failure classes of item 5.1 (basic information) from the real-site corpus (issue 15),
as small cases of our own markup and wording."""

from __future__ import annotations

from checklist.chrome import docview_from_page, find_chrome
from checklist.match import default_matcher
from tests.classify import page as _page
from tests.classify import parts as _parts


def test_an_executive_card_is_executives_whatever_the_page_calls_it() -> None:
    # Failure class: a home page or a profile page shows the head of the agency as a name over
    # the post ("นายแพทย์… / ผู้อำนวยการโรงพยาบาล…"), with no word such as "ผู้บริหาร".
    card = (
        "<h4>นายแพทย์สมศักดิ์ ตัวอย่างดี</h4><p>ผู้อำนวยการโรงพยาบาลบ้านตัวอย่าง</p>"
        "<h2>ตารางให้บริการคลินิก</h2><p>เปิดบริการผู้ป่วยนอกทุกวันจันทร์ถึงวันศุกร์ เวลาแปดนาฬิกาถึงสี่โมงเย็น</p>"
    )
    assert "5.1/executives" in _parts(card)
    # The post over the name, as a box title does it.
    boxed = "<h2>หัวหน้าสำนักงาน</h2><h3>นางสาวสุดา ทดลองงาน</h3><p>ประสบการณ์ทำงานกว่ายี่สิบปีในงานบริการประชาชน</p>"
    assert "5.1/executives" in _parts(boxed)
    # A deputy alone (a CIO or spokesperson page) is not the executives' list.
    deputy = "<h4>นายวิชัย ทดสอบ</h4><p>รองอธิบดีกรมตัวอย่าง</p><p>ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของกรม</p>"
    assert "5.1/executives" not in _parts(deputy)
    # A name in a news sentence is not a card.
    news = "<p>นายสมชาย ตัวอย่าง ผู้อำนวยการโรงเรียน เป็นประธานเปิดงานกีฬาสีประจำปีของโรงเรียน</p>"
    assert "5.1/executives" not in _parts(news)


def test_executive_cards_the_site_repeats_still_belong_to_the_executives_page() -> None:
    # Failure class: a school template copies the executive cards onto every staff page, so the
    # chrome rule took them as page furniture and the executives page was left with its title only.
    cards = (
        "<div class='card'><h4>นายสมบัติ ตัวอย่าง</h4><span>ผู้อำนวยการชำนาญการพิเศษ</span></div>"
        "<div class='card'><h4>นางสาวมาลี ทดสอบ</h4><span>รองผู้อำนวยการ</span></div>"
    )
    exec_page = _page(f"<h1>ฝ่ายบริหารโรงเรียนบ้านตัวอย่าง</h1>{cards}", "http://s.ac.th/executive.html")
    staff = [
        _page(f"<h1>บุคลากร กลุ่มสาระที่ {n}</h1>{cards}", f"http://s.ac.th/teacher_{n}.html")
        for n in range(5)
    ]
    chrome = find_chrome([exec_page, *staff])
    matcher = default_matcher()
    hits = {f"{h.code}/{h.part}" for h in matcher.classify(docview_from_page(exec_page, chrome))}
    assert "5.1/executives" in hits
    # The staff pages that carry the same copied cards are not the executives page.
    for page in staff:
        assert not matcher.classify(docview_from_page(page, chrome))


def test_a_teaser_tile_linked_to_nowhere_is_not_a_heading_of_the_page() -> None:
    # Failure class: a home page's "about us" tiles (<a href=""><h3>โครงสร้าง หน่วยงาน</h3> อ่านต่อ</a>)
    # name other pages; the tile's heading over "อ่านต่อ" made the home page the structure page.
    tiles = "".join(
        f'<div class="col"><a href="" class="link"><div class="card"><h3>{name}</h3>'
        f'<div class="action">อ่านต่อ <span>expand_circle_right</span></div></div></a></div>'
        for name in ("ประวัติ ความเป็นมา", "โครงสร้าง หน่วยงาน")
    )
    home = f"<h2>บริการของกรม</h2><p>ระบบรับส่งตัวอย่างเพื่อตรวจวิเคราะห์ทางห้องปฏิบัติการออนไลน์</p>{tiles}"
    assert "5.1/structure" not in _parts(home)
    # A heading that holds its own link (a title linked to itself) stays the page's heading.
    own = (
        '<h1><a href="#">โครงสร้างหน่วยงาน</a></h1>'
        "<p>สำนักปลัด กองคลัง กองช่าง และกองการศึกษา ขึ้นตรงต่อปลัดองค์การบริหารส่วนตำบล</p>"
    )
    assert "5.1/structure" in _parts(own)


def test_a_contact_box_titled_contact_slash_inquiries_is_contact() -> None:
    # Vocabulary seen on a real home page: "ติดต่อ/ สอบถามข้อมูล" over e-mails and phones.
    box = (
        "<h2>ติดต่อ/ สอบถามข้อมูล</h2><p>ติดต่อ/สอบถามข้อมูล E-mail : pr@example.go.th</p>"
        "<p>โทรศัพท์ 0-2500-1234 ต่อ 100 มือถือ 081-234-5678</p>"
    )
    assert "5.1/contact" in _parts(box)


def test_contact_as_a_field_label_in_a_directory_is_not_the_agency_contact() -> None:
    # Failure class: a directory of experts or unit heads keys each person's phone with
    # "ติดต่อ :" — a field of a row, not the agency's contact information.
    rows = "".join(
        f"<p>นางสาวตัวอย่าง ที่{n}</p><p>ตำแหน่งผู้ทรงคุณวุฒิด้านการวิจัย</p><p>ติดต่อ :</p><p>0 2000 1000 ต่อ 99{n}</p>"
        for n in range(10, 16)
    )
    assert "5.1/contact" not in _parts(f"<p>ทำเนียบผู้ทรงคุณวุฒิ</p>{rows}")
    # "ติดต่อ" as a title over the agency's data still names contact.
    data = (
        "<h2>ติดต่อ</h2><p>เลขที่ 9 ถนนตัวอย่าง ตำบลในเมือง อำเภอเมือง จังหวัดตัวอย่าง 40000</p>"
        "<p>โทรศัพท์ 0-4300-1234</p>"
    )
    assert "5.1/contact" in _parts(data)


def _site_hits(bodies: dict[str, str]) -> dict[str, set[str]]:
    import datetime as dt

    from checklist.evaluate import candidates
    from checklist.model import SitePage

    day = dt.date(2025, 6, 1)
    pages = [
        SitePage(url=url, kind="html", fetched_on=day, content=_page(body, url))
        for url, body in bodies.items()
    ]
    found, _ = candidates(pages, default_matcher(), day)
    return {c.doc.url: {f"{h.code}/{h.part}" for h in c.hits} for c in found}


def test_an_image_page_with_only_a_builder_caption_is_named_by_its_menu_entry() -> None:
    # Failure class: a page builder's chart page says only "Image Description" and the builder's
    # credit in English; the menu entry "โครงสร้างศูนย์ดำรงธรรม" is its only name (and the agency's
    # name, a complaint centre, does not make the chart a complaint channel).
    menu = (
        "<nav><a href='http://d.go.th/chart.html'>โครงสร้างศูนย์ดำรงธรรม</a>"
        "<a href='http://d.go.th/duty.html'>บทบาทภารกิจ</a><a href='http://d.go.th/'>หน้าแรก</a></nav>"
    )
    bodies = {
        "http://d.go.th/": menu + "<h1>ยินดีต้อนรับ</h1><p>ศูนย์รับเรื่องราวร้องทุกข์ของจังหวัดตัวอย่าง</p>",
        "http://d.go.th/news.html": menu
        + "<h1>กิจกรรม</h1><p>ลงพื้นที่รับฟังปัญหาของประชาชนในอำเภอเมือง</p>",
        "http://d.go.th/chart.html": menu
        + "<img src='/img/chart-2567.jpg'><p>Image Description</p>"
        "<p>The site was built with a page builder</p>",
        "http://d.go.th/duty.html": menu + "<img src='/img/duty-1.jpg'><img src='/img/duty-2.jpg'>",
    }
    hits = _site_hits(bodies)
    assert hits.get("http://d.go.th/chart.html") == {"5.1/structure"}
    assert hits.get("http://d.go.th/duty.html") == {"5.1/authority"}
    # A page with words of its own is not named by the menu.
    bodies["http://d.go.th/chart.html"] = (
        menu + "<img src='/img/chart.jpg'><p>ภาพกิจกรรมวันเด็กแห่งชาติของศูนย์</p>"
    )
    assert "5.1/structure" not in _site_hits(bodies).get("http://d.go.th/chart.html", set())


def test_a_sentence_opening_the_list_of_duties_is_authority() -> None:
    # Failure class: an office page states "สำนักงาน … มีหน้าที่และอำนาจดังต่อไปนี้" over numbered
    # duties; no heading says "อำนาจหน้าที่", so the duties were read as passing mentions.
    page = (
        "<h2>สำนักงานตัวอย่าง</h2><p>ตามพระราชบัญญัติจัดตั้ง กำหนดให้สำนักงานตัวอย่างมีหน้าที่และอำนาจดังต่อไปนี้</p>"
        "<p>1 รับผิดชอบงานธุรการของคณะกรรมการ</p><p>2 ให้คำปรึกษาแก่หน่วยงานของรัฐ</p>"
        "<p>3 ปฏิบัติการอื่นตามที่กฎหมายกำหนด</p>"
    )
    assert "5.1/authority" in _parts(page)
    # The same words inside a sentence that goes on are not the list's opening.
    story = "<p>คณะทำงานที่แต่งตั้งมีหน้าที่ดังนี้ตามคำสั่งเดิมซึ่งประชุมกันเมื่อวานนี้ที่ห้องประชุมใหญ่ของสำนักงาน</p>"
    assert "5.1/authority" not in _parts(story)


def test_a_contact_title_over_a_message_form_only_is_not_contact_information() -> None:
    # Failure class: "ติดต่อเรา" / "แบบฟอร์มติดต่อเรา" over a message form (name, e-mail, message
    # fields and a consent line): a way to write, not the agency's address or phone.
    form = (
        "<h4>ติดต่อเรา</h4><form><label>ชื่อ*</label><input><label>อีเมล*</label><input>"
        "<label>ข้อความ*</label><textarea></textarea>"
        "<label>ฉันได้อ่านและยอมรับนโยบายความเป็นส่วนตัวของเว็บไซต์นี้แล้ว</label></form>"
    )
    assert "5.1/contact" not in _parts(form, "http://a.go.th/contact-us/")
    # The agency's data on the page, even in a box the site repeats on every page, makes it contact.
    data = "<p>เลขที่ 5 ถนนตัวอย่าง ตำบลในเมือง อำเภอเมือง จังหวัดตัวอย่าง 40000 โทรศัพท์ 0-4300-1234</p>"
    pages = [_page(form + data, "http://a.go.th/contact-us/")]
    pages += [
        _page(
            f"<h1>ข่าวที่ {n}</h1><p>รายละเอียดกิจกรรมที่ {n} ของหน่วยงาน</p>{data}", f"http://a.go.th/n{n}"
        )
        for n in range(4)
    ]
    chrome = find_chrome(pages)
    hits = {
        f"{h.code}/{h.part}"
        for h in default_matcher().classify(docview_from_page(pages[0], chrome))
    }
    assert "5.1/contact" in hits


def test_a_contact_url_with_only_the_address_is_contact() -> None:
    # Failure class: a contact page gives the address in its body and the phone in a header bar,
    # under "แบบฟอร์มติดต่อเรา" (a form, which is not contact information by itself).
    page = (
        "<p>กรมตัวอย่าง กระทรวงตัวอย่าง</p><p>99 ถนนตัวอย่าง แขวงตัวอย่าง เขตตัวอย่าง กรุงเทพฯ 10400</p>"
        "<h3>แบบฟอร์มติดต่อเรา</h3><form><label>ชื่อ-นามสกุล *</label><input><textarea></textarea></form>"
    )
    assert "5.1/contact" in _parts(page, "http://a.go.th/contact.php")
    assert "5.1/contact" not in _parts(
        page.replace("99 ถนนตัวอย่าง แขวงตัวอย่าง เขตตัวอย่าง กรุงเทพฯ 10400", ""),
        "http://a.go.th/faq.php",
    )


def test_a_title_bar_inside_the_page_body_is_the_page_title_not_the_site_header() -> None:
    # Failure class: <section class="layout-body"><div class="default-header"><h1>โครงสร้างหน่วยงาน</h1>
    # — the template's page-title bar has "header" in its class, so the page lost its own title.
    html = (
        '<header class="site-header"><a href="/">กรมตัวอย่าง</a></header>'
        '<section class="layout-body"><div class="default-header"><div class="container">'
        '<h1 class="title">โครงสร้างหน่วยงาน</h1></div></div>'
        '<div class="default-body"><ul><li>อธิบดีกรมตัวอย่าง</li><li>สำนักบริหารกลาง</li>'
        "<li>กองแผนงานและวิชาการ ขึ้นตรงต่อรองอธิบดีฝ่ายบริหาร</li></ul></div></section>"
    )
    page = _page(html, "http://a.go.th/organization.php")
    assert ("โครงสร้างหน่วยงาน", "main") in {(b.text, b.region) for b in page.blocks}
    assert "5.1/structure" in _parts(html, "http://a.go.th/organization.php")
    # The site's own header stays the header.
    assert ("กรมตัวอย่าง", "header") in {(b.text, b.region) for b in page.blocks}


def test_a_card_linked_to_nowhere_with_a_document_long_text_is_a_sample_row() -> None:
    # Failure class: a template's list card <a href=""> holding a date, a long title and "อ่านต่อ"
    # (the rows a script would fill); the sample title ("แผนยุทธศาสตร์กรม… พ.ศ. 2562 - 2565") is not there.
    card = (
        '<h1>เอกสารดาวน์โหลด</h1><div class="item"><a href="" class="link"><div class="row">'
        '<div class="date">20.04.2564</div><div class="desc">แผนยุทธศาสตร์กรมตัวอย่าง พ.ศ. 2562 - 2565 ฉบับปรับปรุง</div>'
        '<div class="read-more">อ่านต่อ</div></div></a></div>'
    )
    assert "5.1/plan" not in _parts(card)
    assert "5.1/plan" in _parts(card.replace('href=""', 'href="/files/plan-2562.pdf"'))


def test_a_board_member_by_office_is_not_an_executive_card() -> None:
    # Failure class: a public organisation's board page lists permanent secretaries of ministries
    # as members by office ("ปลัดกระทรวง… กรรมการโดยตำแหน่ง") over a name: a board, not the executives.
    board = (
        "<h2>คณะกรรมการสำนักงาน</h2><p>ปลัดกระทรวงตัวอย่าง กรรมการโดยตำแหน่ง</p><p>นายสมมติ ทดลองดู</p>"
        "<p>ประวัติการศึกษาและการทำงานของกรรมการผู้ทรงคุณวุฒิแต่ละท่าน</p>"
    )
    assert "5.1/executives" not in _parts(board)


def test_an_accordion_entry_titled_with_the_location_is_contact() -> None:
    # Failure class: an FAQ accordion whose entry "แผนที่ตั้งกรม…" (its toggle a link to nowhere
    # that opens the panel below) holds the address and phones; the toggle's title is content here.
    entry = (
        '<div class="card"><div class="card-header"><a href="" data-toggle="collapse" data-target="#c1">'
        '<div class="title">แผนที่ตั้งกรมตัวอย่าง กระทรวงตัวอย่าง ถนนตัวอย่าง</div></a></div>'
        '<div id="c1" class="collapse show"><p>99 ถนนตัวอย่าง ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 11000</p>'
        "<p>ติดต่อสอบถามข้อมูล : 02 000 1000 โทรสาร : 02 000 1001</p></div></div>"
    )
    assert "5.1/contact" in _parts("<h1>คำถามที่พบบ่อย</h1>" + entry, "http://a.go.th/faq.php")
    # A project's location map in a procurement notice is not the agency's contact.
    notice = "<h1>ประกาศ</h1><p>แผนที่ตั้งโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5 ตำบลตัวอย่าง 40000</p>"
    assert "5.1/contact" not in _parts(notice)


def test_an_executive_profile_is_not_dated_by_birth_or_appointment() -> None:
    # Failure class: an executives page gives each person's birth date and the day of appointment
    # ("วัน เดือน ปี ที่ได้รับการแต่งตั้ง… 15 เมษายน 2563"); those are biography, not the page's date.
    from checklist.dates import find_dates

    profile = (
        "วัน เดือน ปีเกิด / อายุ 4 มกราคม 2500 อายุ 65 ปี\n"
        "วัน เดือน ปี ที่ได้รับการแต่งตั้งเป็นกรรมการ 15 เมษายน 2563"
    )
    assert not [d for d in find_dates(profile) if d.kind == "day"]
    assert [d.kind for d in find_dates("ประกาศ ณ วันที่ 15 เมษายน 2563")] == ["day"]


def test_a_plan_monitoring_report_is_not_the_plan() -> None:
    # Vocabulary seen on a real menu: "รายงานการติดตามประเมินผลแผนพัฒนาท้องถิ่น" (no "และ") names
    # the monitoring report, not the development plan.
    assert "5.1/plan" not in _parts(
        "<h1>รายงานการติดตามประเมินผลแผนพัฒนาท้องถิ่น</h1>"
        "<p>ผลการติดตามโครงการตามแผนในรอบปีที่ผ่านมาของเทศบาล</p><a href='/r.pdf'>ไฟล์</a>"
    )
    assert "5.1/plan" in _parts(
        "<h1>แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)</h1>"
        "<p>ยุทธศาสตร์การพัฒนาและโครงการของเทศบาลตลอดห้าปี</p><a href='/p.pdf'>ไฟล์</a>"
    )


def test_the_founding_text_that_states_the_duties_is_authority() -> None:
    # Failure class: a centre's history page quotes its founding notice "… เรื่อง การจัดตั้งศูนย์… เพื่อทำ
    # หน้าที่ในการรับเรื่องร้องเรียน…" — the duties of the agency, though no heading says อำนาจหน้าที่.
    history = (
        "<h3>ความเป็นมา</h3><p>ตามประกาศของคณะรัฐมนตรี เรื่อง การจัดตั้งศูนย์บริการตัวอย่าง เพื่อทำหน้าที่ในการ"
        "รับเรื่องราวร้องทุกข์ ให้คำปรึกษา และประสานการแก้ไขปัญหาของประชาชนในจังหวัด</p>"
    )
    assert "5.1/authority" in _parts(history)
    # Written with a separate nikhahit ("ทําหน้าที่"), as real pages do.
    assert "5.1/authority" in _parts(history.replace("ทำหน้าที่", "ท\u0e4d\u0e32หน้าที่"))
    # A working group set up for a task in a news item is not the agency's duties.
    news = "<p>อำเภอจัดตั้งคณะทำงานเฉพาะกิจ เพื่อทำหน้าที่ดูแลการจราจรในช่วงเทศกาลปีใหม่ที่จะถึงนี้</p>"
    assert "5.1/authority" not in _parts(news)


def test_a_chart_of_unit_boxes_at_a_chart_url_is_structure() -> None:
    # Failure class: an organisation chart drawn as nested boxes of units, with no title at all,
    # on a page whose address says chart.
    units = [
        "อธิบดีกรมตัวอย่าง",
        "สำนักงานเลขานุการกรม",
        "กองแผนงานและวิชาการ",
        "กลุ่มตรวจสอบภายใน",
        "กลุ่มพัฒนาระบบบริหาร",
        "ศูนย์เทคโนโลยีสารสนเทศ",
        "สถาบันวิจัยตัวอย่าง",
        "สำนักมาตรฐานห้องปฏิบัติการ",
    ]
    boxes = "".join(f"<div class='box'><p>{u}</p></div>" for u in units)
    assert "5.1/structure" in _parts(boxes, "http://a.go.th/chart.php")
    # The same units listed on a page about something else are not the chart.
    assert "5.1/structure" not in _parts(boxes, "http://a.go.th/privacy-policy.php")


def test_a_staff_directory_is_not_the_executives_page() -> None:
    # Failure class: "ทำเนียบบุคลากร" (the staff directory: unit names linking to unit pages) was an
    # executives term; with a "personnel" URL it made the directory index the executives page.
    page = (
        "<h2>ข้อมูลเจ้าหน้าที่</h2><p>ประเภท จำนวน</p><p>ฝ่ายบริหารทั่วไป ฝ่ายทัณฑปฏิบัติ ฝ่ายฝึกวิชาชีพ "
        "ฝ่ายควบคุมและรักษาการณ์ ฝ่ายสวัสดิการผู้ต้องขัง</p>"
    )
    assert "5.1/executives" not in _parts(
        page, "http://a.go.th/personnel.php", title="ทำเนียบบุคลากร"
    )


def test_text_linked_to_nowhere_is_not_content_but_a_heading_linked_to_itself_is() -> None:
    # Failure class: a design build's home lists procurement and news entries as short links to '#'
    # ("ประกาศจัดซื้อจัดจ้าง", a category name): entries a template never linked name nothing here.
    dead = (
        "<h2>จัดซื้อจัดจ้าง</h2><div class='row'><div class='col'><a href='#'><span>ประกาศจัดซื้อจัดจ้าง</span></a></div>"
        "<div class='col'><a href='#'><span>ประกาศผลผู้ชนะการเสนอราคา</span></a></div></div>"
    )
    blocks = {(b.text, b.region) for b in _page(dead, "http://a.go.th/").blocks}
    assert ("ประกาศจัดซื้อจัดจ้าง", "main") not in blocks
    assert ("จัดซื้อจัดจ้าง", "main") in blocks  # the heading stays
    live = dead.replace("href='#'", "href='/procurement/1'")
    assert ("ประกาศจัดซื้อจัดจ้าง", "main") in {
        (b.text, b.region) for b in _page(live, "http://a.go.th/").blocks
    }
    # Text beside a dead link in the same paragraph stays content.
    mixed = "<p>ดูรายละเอียดการรับสมัครได้ที่ <a href='#'>ประกาศ</a> ของสำนักงาน</p>"
    assert any(b.region == "main" for b in _page(mixed, "http://a.go.th/").blocks)


def test_a_page_that_only_repeats_the_name_its_links_give_it_is_empty() -> None:
    # Failure class: an ordinance category page of a CMS whose list is empty shows only its own
    # name ("เทศบัญญัติควบคุมการเลี้ยงสัตว์…", respelt from the menu's "เทศบัญญัติการควบคุม…").
    from checklist.model import DocView

    links = ("เทศบัญญัติการควบคุมการเลี้ยงหรือปล่อยสุนัขและแมว",)
    empty = DocView(
        url="http://a.go.th/Pages/canon_dog",
        content="เทศบัญญัติควบคุมการเลี้ยงหรือปล่อยสุนัขและแมว",
        link_texts=links,
    )
    assert "5.1/laws" not in {f"{h.code}/{h.part}" for h in default_matcher().classify(empty)}
    full = DocView(
        url="http://a.go.th/Pages/canon_dog",
        link_texts=links,
        content=links[0] + "\nเทศบัญญัติฉบับนี้ใช้บังคับในเขตเทศบาลตั้งแต่วันประกาศ ผู้เลี้ยงต้องจดทะเบียนสัตว์",
    )
    assert "5.1/laws" in {f"{h.code}/{h.part}" for h in default_matcher().classify(full)}


def test_the_founding_notice_a_history_page_narrates_does_not_date_it() -> None:
    # Failure class: "ด้วย[หน่วยงานอื่น]ได้มีประกาศฉบับที่ 96/2557 ประกาศ ณ วันที่ 18 กรกฎาคม 2557 เรื่อง การจัดตั้ง…"
    # — a notice another body issued, quoted by the history page; the page's own notice keeps its date.
    from checklist.dates import find_dates

    story = (
        "ด้วยคณะกรรมการกลางได้มีประกาศฉบับที่ 12/2557 ประกาศ ณ วันที่ 18 กรกฎาคม 2557 เรื่อง การจัดตั้งศูนย์ตัวอย่าง"
    )
    assert [d.kind for d in find_dates(story)] == ["cited"]
    own = "ประกาศองค์การบริหารส่วนตำบลตัวอย่าง ฉบับที่ 1/2567 ประกาศ ณ วันที่ 5 มกราคม 2567"
    assert [d.kind for d in find_dates(own)] == ["day"]


def test_an_index_of_categories_that_all_hold_nothing_is_not_evidence() -> None:
    # Failure class: "กฎหมายที่เกี่ยวข้อง" lists categories (พระราชบัญญัติ, กฎกระทรวง, …) each dated and
    # linked to a category page whose list is empty: no law is published.
    menu = "<nav><a href='http://m.go.th/laws'>กฎหมายที่เกี่ยวข้อง</a><a href='http://m.go.th/'>หน้าแรก</a></nav>"
    cats = {"act": "พระราชบัญญัติ", "rule": "กฎกระทรวง", "folder": "กฎหมายที่เกี่ยวข้อง (โฟลเดอร์)"}
    rows = "".join(
        f"<div><a href='http://m.go.th/laws/{k}'>{v}</a><a href='http://m.go.th/laws/{k}'>5 มิ.ย. 65</a></div>"
        for k, v in cats.items()
    )
    bodies = {
        "http://m.go.th/": menu + "<h1>ยินดีต้อนรับ</h1><p>เทศบาลตำบลตัวอย่างยินดีต้อนรับทุกท่าน</p>",
        "http://m.go.th/laws": menu + f"<h2>กฎหมายที่เกี่ยวข้อง</h2>{rows}",
    }
    for k, v in cats.items():
        bodies[f"http://m.go.th/laws/{k}"] = menu + f"<h2>{v}</h2>"
    assert "5.1/laws" not in _site_hits(bodies).get("http://m.go.th/laws", set())
    # One category that holds a law keeps the index.
    bodies["http://m.go.th/laws/act"] = menu + (
        "<h2>กฎหมายที่เกี่ยวข้อง หมวดพระราชบัญญัติ</h2><p><a href='/f/act-2496.pdf'>"
        "พระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม</a></p>"
    )
    assert "5.1/laws" in _site_hits(bodies).get("http://m.go.th/laws/act", set())
    assert "5.1/laws" in _site_hits(bodies).get("http://m.go.th/laws", set())


def test_the_head_of_a_teaching_department_heads_a_staff_list_not_the_agency() -> None:
    # Failure class: a college's department pages list their teachers under the department head
    # ("หัวหน้าแผนกวิชา…" over a name); each became executives (5.1) evidence.
    staff = (
        "<h1>ครูประจำแผนกวิชาช่างยนต์</h1><p>หัวหน้าแผนกวิชาช่างยนต์</p><h3>นายสมหมาย ตัวอย่าง</h3>"
        "<p>ตำแหน่ง ครูชำนาญการ โทร 081-234-5678</p><p>ครูผู้สอน</p><h3>นางสาวสายใจ ทดลอง</h3>"
        "<p>ตำแหน่ง ครู สอนวิชางานเครื่องยนต์และงานจักรยานยนต์</p>"
    )
    assert "5.1/executives" not in _parts(staff, "http://c.ac.th/teachers_auto.php")
    # The head of the agency itself still makes the card.
    head = "<h3>นายสมหมาย ตัวอย่าง</h3><p>หัวหน้าสำนักงานสาธารณสุขอำเภอตัวอย่าง</p><p>ประวัติการทำงานและการศึกษาโดยสังเขปของผู้บริหาร</p>"
    assert "5.1/executives" in _parts(head)
