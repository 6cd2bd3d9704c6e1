"""More failure classes from the real-site corpus (issue 15), as small cases of our own markup."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher
from tests.classify import items as _items

ARTICLE = (
    "<h1>รองผู้ว่าราชการมอบนโยบายการทำงานแก่เจ้าหน้าที่ใหม่</h1><p>วันที่ 3 มีนาคม 2567</p>"
    "<p>" + "ผู้เข้าร่วมอบรมได้รับฟังแนวทางการทำงานร่วมกับชุมชนและภาคีเครือข่ายในพื้นที่อย่างใกล้ชิด " * 3 + "</p>"
)


def test_a_popular_tags_box_names_other_pages_not_this_one() -> None:
    # Failure class: a "popular tags" cloud on every detail page of a template ("รายงานการจัดซื้อจัดจ้าง"
    # as a tag) made each page procurement (5.7) evidence.
    cloud = (
        '<div class="popular-search-box"><p>แท็กยอดนิยม</p>'
        '<div class="chip"><span>การเลือกตั้ง</span></div>'
        '<div class="chip"><span>รายงานการจัดซื้อจัดจ้าง</span></div></div>'
    )
    assert "5.7" not in _items(ARTICLE + cloud)
    # The page's own tags stay its own: a news item tagged with its category.
    own = '<div class="post-tags"><span class="tag">ข่าวประชาสัมพันธ์</span><span class="tag">ผังเมือง</span></div>'
    assert "5.2" in _items(ARTICLE + own)


def test_titles_over_download_links_to_nowhere_are_not_documents() -> None:
    # Failure class: a procurement table whose rows carry titles and a download icon linking to '#':
    # the documents are not there (a template's listing), so the titles are not 5.7 evidence.
    rows = "".join(
        f"<tr><td>ประกาศประกวดราคาจ้างซ่อมแซมถนนสายที่ {n} ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</td>"
        f'<td>1 มี.ค. 2567</td><td><a href="#"><i class="icon-file"></i> เอกสาร</a></td></tr>'
        for n in range(1, 5)
    )
    dead = f"<h2>ประกาศจัดซื้อจัดจ้าง</h2><table>{rows}</table>"
    assert "5.7" not in _items(dead)
    # The same table with the files behind it is evidence.
    live = dead.replace('href="#"', 'href="/files/notice.pdf"')
    assert "5.7" in _items(live)


def test_a_contact_page_that_never_says_contact_is_known_by_its_url_and_its_data() -> None:
    # Failure class: contact pages titled by the agency's name or a unit ("ส่วนกลาง") give an
    # address, phone and e-mail without the word "ติดต่อ"; the URL says contact.
    data = (
        "<h3>สำนักงานกลาง</h3><p>เลขที่ 12 ถนนตัวอย่าง ตำบลในเมือง อำเภอเมือง จังหวัดตัวอย่าง 40000</p>"
        "<p>โทรศัพท์ 0-4300-1234 โทรสาร 0-4300-1235 อีเมล office@example.go.th</p>"
    )
    assert "5.1" in _items(data, "http://a.go.th/contact.php")
    # The same data elsewhere is not a contact page by itself (a footer-like block in a news item).
    assert "5.1" not in _items(data, "http://a.go.th/news-detail.php")
    # A contact URL over a page with no contact data is not evidence either.
    assert "5.1" not in _items(
        "<h3>สำนักงานกลาง</h3><p>อยู่ระหว่างปรับปรุงข้อมูล</p>", "http://a.go.th/contact.php"
    )


def test_one_document_under_many_criterion_rows_is_named_by_its_first_row_only() -> None:
    # Failure class: an ITA table links one memo PDF from each criterion sentence of its row
    # ("มีภาพกิจกรรมที่ระบุวัน เวลา…"); the sentences say what the memo should hold, not what it is,
    # so the memo became news (5.2) evidence.
    import datetime as dt

    from checklist.evaluate import candidates
    from checklist.model import SitePage

    base = "http://127.0.0.1:9/"
    memo = base + "files/memo-training.pdf"
    rows = "".join(
        f'<tr><td><a href="{memo}">{text}</a></td></tr>'
        for text in (
            "บันทึกข้อความขออนุมัติจัดโครงการอบรมจริยธรรม",
            "มีรายงานผลการอบรมให้ความรู้แก่เจ้าหน้าที่ภายในหน่วยงาน",
            "มีภาพกิจกรรมที่ระบุวัน เวลา และสถานที่จัดกิจกรรม",
        )
    )
    html = f"<html><head><title>o30</title></head><body><main><h1>การอบรม</h1><table>{rows}</table></main></body></html>"
    day = dt.date(2026, 11, 25)
    pages = [
        SitePage(
            url=base + "ita/o30.php",
            kind="html",
            title="o30",
            content=extract_page(html, base + "ita/o30.php"),
            fetched_on=day,
        ),
        SitePage(
            url=memo,
            kind="pdf",
            title="",
            text="บันทึกข้อความ เรื่อง ขออนุมัติจัดโครงการอบรม " * 5,
            fetched_on=day,
        ),
    ]
    near: list = []
    found, _ = candidates(pages, default_matcher(), day, near)
    pdf = next(c for c in [*found, *near] if c.doc.url == memo)
    assert pdf.doc.link_texts == ("บันทึกข้อความขออนุมัติจัดโครงการอบรมจริยธรรม",)
    assert "5.2" not in {h.code for h in pdf.hits}


def test_a_static_faq_is_no_opinion_channel_but_a_question_board_is() -> None:
    # Real labels on five sites: "คำถามที่พบบ่อย"/FAQ lists answers the agency chose; 5.10 asks for a
    # channel where people can ask or comment.
    faq = (
        "<h2>คำถามที่พบบ่อย (FAQ)</h2><p>ถาม: ต้องใช้เอกสารอะไรบ้างในการขออนุญาตก่อสร้างอาคาร</p>"
        "<p>ตอบ: สำเนาบัตรประชาชน สำเนาทะเบียนบ้าน และแบบแปลนที่มีวิศวกรลงนามรับรอง</p>"
    )
    assert "5.10" not in _items(faq, "http://a.go.th/faq.php")
    board = (
        "<h2>กระดานถาม-ตอบ</h2><p>ตั้งกระทู้ถามเจ้าหน้าที่ได้ตลอด 24 ชั่วโมง ตอบภายใน 3 วันทำการ</p>"
        "<form><textarea name='q'></textarea></form>"
    )
    assert "5.10" in _items(board, "http://a.go.th/webboard.php")


def test_a_title_over_a_download_button_to_nowhere_is_not_a_document() -> None:
    # Failure class: a template card "<h6>title</h6><a href='#' download>ดาวน์โหลด</a>" (no file behind
    # it) and a placeholder image (placehold.co) made a page evidence for the title's item.
    card = (
        '<div class="files"><div class="file-row"><h6>แผนปฏิบัติการประจำปี 2567</h6>'
        '<a class="btn" href="#" download>ดาวน์โหลด</a></div></div>'
    )
    html = '<h1>แผนปฏิบัติการ</h1><img src="https://placehold.co/600x800" alt="">' + card
    page = extract_page(f"<html><body><main>{html}</main></body></html>", "http://a.go.th/plan.php")
    assert page.images == ()
    assert not any("2567" in b.text for b in page.blocks if b.region == "main")
    assert "5.4" not in _items(html)
    # With the file behind the button, the card is the document.
    assert "5.4" in _items(html.replace('href="#"', 'href="/files/plan-2567.pdf"'))


def test_a_download_card_to_nowhere_is_empty_however_deep_its_link() -> None:
    # Same class, a CMS download list: title, date and file facts in one card, the buttons several
    # boxes down, their href empty.
    card = (
        '<div class="doc-item"><div class="head"><div class="name">รายงานประจำปี 2566</div>'
        '<div class="date">20.04.2567</div></div><ul><li>ประเภทไฟล์ : .pdf</li><li>ขนาด : 1.2 Mb</li></ul>'
        '<div class="action"><div class="row"><div class="col"><a href="">อ่าน</a></div>'
        '<div class="col"><a href="">ดาวน์โหลด</a></div></div></div></div>'
    )
    html = "<h1>เอกสารเผยแพร่</h1>" + card * 2
    assert "5.6" not in _items(html)
    assert "5.6" in _items(html.replace('href=""', 'href="/files/annual-2566.pdf"'))


def test_a_message_form_on_the_contact_page_is_an_opinion_channel() -> None:
    # Failure class: contact pages whose form takes "คำถาม คำติชม คำแนะนำ" (or just a message) were no
    # 5.10 evidence because the page never names an opinion channel in words.
    form = (
        "<h2>ติดต่อเรา</h2><form><label>ชื่อ - นามสกุล</label><input name='n'><label>อีเมล</label>"
        "<input name='e'><label>ข้อความ</label><textarea name='m'></textarea><button>ส่ง</button></form>"
    )
    assert "5.10" in _items(form, "http://a.go.th/contact.php")
    # Not without the form, and not on a complaint page (its form is the complaint channel).
    assert "5.10" not in _items(
        form.replace("<textarea name='m'></textarea>", ""), "http://a.go.th/contact.php"
    )
    complaint = form.replace("ติดต่อเรา", "แจ้งเรื่องร้องเรียน")
    assert "5.10" not in _items(complaint, "http://a.go.th/contact.php")


def test_a_heading_of_two_whole_words_of_one_item_names_it() -> None:
    # Failure class: a home page's news box titled "ประชาสัมพันธ์/กิจกรรม" over dated activity items
    # was not news: each word names news only as a whole title, and the two were joined by '/'.
    news = (
        "<h2>ประชาสัมพันธ์/กิจกรรม</h2>"
        "<p>กิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ โดยเจ้าหน้าที่และจิตอาสา By:Admin | 2026-10-11</p>"
    )
    assert "5.2" in _items(news)
    # Words of different items joined do not name either as a whole.
    assert "5.2" not in _items(
        "<h2>ประชาสัมพันธ์/ติดต่อ</h2><p>สำนักงานเปิดทำการวันจันทร์ถึงวันศุกร์ เวลา 08.30 น.</p>"
    )


def test_filler_text_is_no_body_under_a_heading() -> None:
    # Failure class: a template page "คู่มือการปฏิบัติงาน" over Lorem Ipsum lines was 5.8 evidence.
    html = (
        "<h2>คู่มือการปฏิบัติงาน</h2><p>Lorem Ipsum is simply dummy text of the printing industry.</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>"
    )
    assert "5.8" not in _items(html)
    assert "5.8" in _items(
        html.replace(
            "Lorem Ipsum is simply dummy text of the printing industry.",
            "คู่มือการปฏิบัติงานด้านการเงิน การคลัง และงานพัสดุ ฉบับปรับปรุงปี 2567",
        )
    )


def test_one_image_on_several_pages_is_a_stock_picture() -> None:
    from checklist.chrome import find_chrome

    def page(path: str, heading: str, image: str) -> object:
        html = (
            f"<html><body><main><h1>{heading}</h1><img src='/media/{image}.jpg' alt=''>"
            "</main></body></html>"
        )
        return extract_page(html, "http://127.0.0.1:9/" + path)

    pages = [
        page(f"p{n}.php", title, "stock-photo-01")
        for n, title in enumerate(["อำนาจหน้าที่", "โครงสร้างหน่วยงาน", "ประวัติความเป็นมา", "วิสัยทัศน์"])
    ]
    pages.append(page("chart.php", "แผนภูมิโครงสร้าง", "org-chart-2567"))
    pages += [
        extract_page(
            f"<html><body><main><h1>ข่าว {n}</h1><p>ข้อความข่าวที่ {n}</p></main></body></html>",
            f"http://127.0.0.1:9/n{n}.php",
        )
        for n in range(6)
    ]
    chrome = find_chrome(pages)
    assert docview_from_page(pages[0], chrome).documents == 0
    assert docview_from_page(pages[4], chrome).documents == 1


def test_contact_field_labels_without_values_are_no_contact_data() -> None:
    # Failure class: a contact template prints its field labels with empty values.
    empty = "<p>ติดต่อเรา</p><p>ตำบล อำเภอ จังหวัด รหัสไปรษณีย์ อีเมล : โทรศัพท์ : โทรสาร : Facebook : www.facebook.com/</p>"
    assert "5.1" not in _items(empty, "http://a.go.th/contact.php")
    full = (
        "<p>ติดต่อเรา</p><p>ตำบลบ้านใหม่ อำเภอเมืองสวรรค์ จังหวัดตัวอย่าง รหัสไปรษณีย์ 40000 "
        "อีเมล : saraban@example.go.th โทรศัพท์ : 0 4300 1234</p>"
    )
    assert "5.1" in _items(full, "http://a.go.th/contact.php")
