"""Failure classes of items 5.2 and 5.6-5.11 on the real-site corpus (issue 15), as small cases
of our own markup and wording."""

from __future__ import annotations

from checklist.extract import extract_page
from checklist.match import default_matcher
from tests.classify import items as _items

STORY = (
    "<p>วันที่ 4 มีนาคม 2567 คณะกรรมการบริหารเห็นชอบแผนวางสายสื่อสารลงดินในเขตอุตสาหกรรมทั้งสามแห่ง "
    "เพื่อรองรับเมืองอัจฉริยะ คาดว่าจะเริ่มดำเนินการได้ภายในสองปีข้างหน้า</p>"
)


def test_a_procurement_title_over_other_content_is_a_copied_template() -> None:
    # Failure class: a template page titled "ประกาศจัดซื้อจัดจ้าง" whose cards are a news story, a
    # job-notice list, or a marketing sentence: nothing under the title is bought or hired.
    assert "5.7" not in _items("<h2>ประกาศจัดซื้อจัดจ้าง</h2>" + STORY * 2)
    jobs = (
        "<h2>ประกาศจัดซื้อจัดจ้าง</h2><p>ข้อมูลข่าวรับสมัครงานของสำนักงาน</p>"
        "<p>ชื่องาน ตำแหน่ง ประเภทงาน วันที่ประกาศ จำนวนผู้เยี่ยมชม</p>"
    )
    assert "5.7" not in _items(jobs)
    # The same title over real notices is evidence.
    notices = (
        "<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul>"
        "<li><a href='/n/1'>ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุงานบ้านงานครัว จำนวน 12 รายการ</a></li>"
        "<li><a href='/n/2'>ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4</a></li></ul>"
    )
    assert "5.7" in _items(notices)
    # A title over scanned notices only (images, no words) still stands.
    scans = "<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><img src='/up/notice-0312.jpg'></p>"
    assert "5.7" in _items(scans)


def test_lines_under_a_procurement_measure_are_its_text_not_notices() -> None:
    # Failure class: "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง" (also misspelt มาตรา-การ) over its
    # clauses "การจัดหาพัสดุต้อง…": the measure's sentences start with procurement words.
    clauses = "".join(
        f"<li>การจัดหาพัสดุต้อง{x}</li>"
        for x in (
            "ดำเนินการอย่างเปิดเผยและเป็นธรรม",
            "มีแผนการจัดซื้อจ้างและประกาศตามระเบียบ",
            "ให้ผู้เสนอราคาแข่งขันอย่างเท่าเทียม",
            "คำนึงถึงความคุ้มค่าและตรวจสอบได้",
        )
    )
    for spelling in ("มาตรการ", "มาตราการ"):
        page = f"<h3>{spelling}ส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง</h3><ul>{clauses}</ul>"
        assert "5.7" not in _items(page), spelling


def test_checkbox_and_radio_labels_are_options_not_titles() -> None:
    # Failure class: a search filter or newsletter form whose checkboxes are the site's sections
    # ("ข่าวประชาสัมพันธ์", "ถาม-ตอบ"): each option named an item on a page that publishes nothing.
    boxes = (
        "<form><p>เลือกประเภทเนื้อหาที่ต้องการค้นหา</p>"
        "<label><input type='checkbox'><span>ข่าวประชาสัมพันธ์</span></label>"
        "<label><input type='checkbox'><span>กระดานถาม-ตอบ</span></label>"
        "<div class='set'><input type='radio' name='t'><label>ภาพกิจกรรม</label></div>"
        "<input type='checkbox' id='c9'><label for='c9'>เอกสารเผยแพร่ทั้งหมดของหน่วยงานในปีนี้</label>"
        "</form>"
    )
    page = extract_page(f"<html><body>{boxes}</body></html>", "http://a.go.th/search.php")
    regions = {b.text: b.region for b in page.blocks}
    assert regions["ข่าวประชาสัมพันธ์"] == "form" and regions["ภาพกิจกรรม"] == "form"
    assert regions["เอกสารเผยแพร่ทั้งหมดของหน่วยงานในปีนี้"] == "form"
    assert regions["เลือกประเภทเนื้อหาที่ต้องการค้นหา"] == "main"
    assert not {"5.2", "5.10"} & _items(boxes, "http://a.go.th/search.php")
    # A label that is not a choice (a text field's name) stays content.
    plain = extract_page(
        "<html><body><label>ชื่อผู้ติดต่อ</label><input type='text'></body></html>", "http://a.go.th/"
    )
    assert plain.blocks[0].region == "main"


def test_a_breakpoint_utility_class_names_no_region() -> None:
    # Failure class: <section class="section-01 lg-bottom"> (padding at the bottom on large screens)
    # was read as the site's footer, and the whole contact form with it.
    html = (
        "<html><body><section class='section-01 lg-bottom'><h2>แบบฟอร์มติดต่อ</h2>"
        "<p>หากมีข้อสงสัยกรุณากรอกแบบฟอร์มด้านล่างนี้</p></section>"
        "<div class='bottom'><p>สงวนลิขสิทธิ์ 2567</p></div></body></html>"
    )
    regions = {b.text: b.region for b in extract_page(html, "http://a.go.th/").blocks}
    assert regions["หากมีข้อสงสัยกรุณากรอกแบบฟอร์มด้านล่างนี้"] == "main"
    assert regions["สงวนลิขสิทธิ์ 2567"] == "footer"


def test_a_message_box_after_a_file_input_is_still_the_pages_form() -> None:
    # Failure class: a contact form with an attachment field before its message box: the upload
    # draft rule hid the <textarea>, so the form no longer counted as a channel (5.10).
    form = (
        "<h2>ติดต่อเรา</h2><p>หากมีคำถาม คำติชม คำแนะนำ กรุณากรอกแบบฟอร์ม</p><form>"
        "<label>แนบไฟล์</label><input type='file'><label>ข้อความ</label><textarea></textarea></form>"
    )
    page = extract_page(f"<html><body>{form}</body></html>", "http://a.go.th/contact.php")
    assert page.forms == 1
    assert "5.10" in _items(form, "http://a.go.th/contact.php")


def test_a_job_application_form_is_no_opinion_channel() -> None:
    # Failure class: an e-application form (position, photograph, a box about oneself) at a
    # "contact-…" URL counted as a message form to the agency.
    form = (
        "<h2>ใบสมัครงานออนไลน์</h2><form><label>ตำแหน่งที่สมัคร</label><input type='text'>"
        "<label>ประวัติการทำงาน</label><textarea></textarea></form>"
    )
    assert "5.10" not in _items(form, "http://a.go.th/contact-job-register.php")
    message = (
        "<h2>ติดต่อเรา</h2><form><label>ชื่อ</label><input type='text'>"
        "<label>ข้อความถึงหน่วยงาน</label><textarea></textarea></form>"
    )
    assert "5.10" in _items(message, "http://a.go.th/contact.php")


def test_a_search_results_page_names_other_pages() -> None:
    # Failure class: a search page's result rows carry their section ("ประเภท: ข่าวประชาสัมพันธ์")
    # over another page's teaser: the results are other pages, not this one's content.
    results = (
        "<p>ผลลัพธ์การค้นหา 12 รายการ</p><div class='row'><p>ประเภท</p><p>ข่าวประชาสัมพันธ์</p>"
        "<p>12 มีนาคม 2567</p><p>รองอธิบดีลงพื้นที่ตรวจติดตามโครงการก่อสร้างเขื่อนป้องกันตลิ่ง"
        "ริมแม่น้ำในเขตอำเภอเมืองร่วมกับผู้นำชุมชนและเจ้าหน้าที่ในพื้นที่</p></div>"
    )
    assert "5.2" not in _items(results)
    # The same row on a news listing (no search) is evidence.
    assert "5.2" in _items(results.replace("ผลลัพธ์การค้นหา 12 รายการ", "รายการล่าสุด"))


def test_a_dated_article_at_a_news_url_is_news_even_with_an_empty_related_box() -> None:
    # Failure class: a news item's page ends with "ข่าวประชาสัมพันธ์เกี่ยวข้อง" over teasers that
    # repeat on the site's other pages (chrome): the heading had no body left and its mention
    # vetoed the dated-article rule, so the site's only news item made 5.2 missing.
    article = (
        "<h2>กรมจัดประชุมวิชาการประจำปีเรื่องการเฝ้าระวังโรคติดต่อในชุมชน</h2>"
        "<p>วันนี้ (11 มีนาคม 2567) ที่ห้องประชุมใหญ่ อธิบดีเป็นประธานเปิดการประชุมวิชาการประจำปี "
        "มีผู้เข้าร่วมจากหน่วยงานในสังกัดกว่าสามร้อยคน เพื่อแลกเปลี่ยนผลการเฝ้าระวังโรคในชุมชน</p>"
        "<h2>ข่าวประชาสัมพันธ์เกี่ยวข้อง</h2>"
    )
    assert "5.2" in _items(article, "http://a.go.th/news-detail.php")
    # The same text at a URL that is not news is not taken for news by its date alone.
    assert "5.2" not in _items(
        article.replace("<h2>ข่าวประชาสัมพันธ์เกี่ยวข้อง</h2>", ""), "http://a.go.th/about.php"
    )


def test_a_tab_pane_that_holds_only_its_own_id_is_a_placeholder() -> None:
    # Failure class: a home page's news tabs whose unfilled panes read "news-03", "news-04" (the
    # UI kit prints the pane's id): the word "news" made the home page news evidence.
    panes = (
        "<div class='tab-content'><div class='tab-pane' id='news-03'>news-03</div>"
        "<div class='tab-pane' id='news-04'>news-04</div></div>"
        "<p>ยินดีต้อนรับสู่เว็บไซต์ของกรม ติดตามบริการตรวจวิเคราะห์และงานวิจัยได้ที่นี่ทุกวันทำการ</p>"
    )
    page = extract_page(f"<html><body>{panes}</body></html>", "http://a.go.th/")
    assert [b.region for b in page.blocks if b.text.startswith("news")] == ["nav", "nav"]
    assert "5.2" not in _items(panes)
    # A box that holds text of its own besides its id stays content.
    own = extract_page(
        "<html><body><div id='intro'>intro ของหน่วยงาน</div></body></html>", "http://a.go.th/"
    )
    assert own.blocks[0].region == "main"


def test_a_category_widget_with_counts_names_other_pages() -> None:
    # Failure class: a detail page's sidebar "ประเภท / รายการ" lists the site's categories with
    # their counts ("ข่าวประกวดราคา 3", "ข่าวประชาสัมพันธ์ 108"): other pages, not this one.
    widget = (
        "<div class='cats'><div class='row'><p>ข่าวประชาสัมพันธ์</p><p>108</p></div>"
        "<div class='row'><p>คู่มือการปฏิบัติงาน</p><p>11</p></div>"
        "<div class='row'><p>อบรมสัมมนา</p><p>50</p></div></div>"
    )
    page = extract_page(f"<html><body>{widget}</body></html>", "http://a.go.th/detail.php")
    assert {b.region for b in page.blocks} == {"aside"}
    # A statistics table of name and number per row stays content (complaints per month).
    table = (
        "<table><tr><td>ตุลาคม 2567</td><td>3</td></tr><tr><td>พฤศจิกายน 2567</td><td>0</td></tr>"
        "<tr><td>ธันวาคม 2567</td><td>1</td></tr></table>"
    )
    assert {
        b.region
        for b in extract_page(f"<html><body>{table}</body></html>", "http://a.go.th/").blocks
    } == {"main"}


def test_a_whole_page_included_into_the_content_keeps_its_footer_a_footer() -> None:
    # Failure class: a PHP page includes another complete page inside its <main>; the included
    # page's <footer id="footer"> ("Quick Links: ข่าวล่าสุด, ติดต่อเรา") counted as content,
    # because a footer inside <main> was taken for an article's own footer.
    html = (
        "<html><body><main id='main'><h2>วิสัยทัศน์</h2><p>บริการสุขภาพที่ประชาชนไว้วางใจ</p>"
        "<footer id='footer'><h6>Quick Links</h6><ul><li><a href='/n'>ข่าวล่าสุด</a></li></ul></footer>"
        "</main></body></html>"
    )
    regions = {b.text: b.region for b in extract_page(html, "http://a.go.th/").blocks}
    assert regions["ข่าวล่าสุด"] == "footer"
    # An article's own footer (its category line) stays the article's.
    article = (
        "<html><body><main><article><h1>ข่าวกิจกรรม</h1><p>ข้อความ</p>"
        "<footer class='entry-footer'>หมวดหมู่ ข่าวประชาสัมพันธ์</footer></article></main></body></html>"
    )
    assert extract_page(article, "http://a.go.th/").blocks[-1].region == "main"


def test_the_founding_of_a_complaint_centre_is_its_history_not_its_channel() -> None:
    # Failure class: "วีดีโอจัดตั้งศูนย์ดำรงธรรม" (a video of the centre's founding) over a paragraph
    # about the ministry's process: a heading about the founding named the complaint channel.
    page = (
        "<h2>วีดีโอก่อตั้งศูนย์รับเรื่องร้องเรียนของจังหวัด</h2><iframe src='https://www.youtube.com/embed/x1'></iframe>"
        "<p>กระทรวงได้ปรับปรุงขั้นตอนการทำงานของหน่วยงานในภูมิภาคให้รวดเร็วและโปร่งใสยิ่งขึ้นตั้งแต่ปีที่ผ่านมา</p>"
    )
    assert "5.11" not in _items(page)
    assert "5.11" in _items(
        page.replace("วีดีโอก่อตั้งศูนย์รับเรื่องร้องเรียนของจังหวัด", "ศูนย์รับเรื่องร้องเรียนของจังหวัด")
    )


def test_a_complaint_hotline_line_is_the_channel() -> None:
    # Failure class: "ช่องทางการให้บริการ" listing walk-in, a hotline and an app, where the hotline
    # line says "บริการสายด่วน 1567 เพื่อรับเรื่องราวร้องเรียน" in a sentence: the complaint word after
    # "เพื่อ" read as a passing mention, so the province's complaint centre had no channel.
    page = (
        "<h2>ช่องทางการให้บริการ</h2><p>ติดต่อด้วยตนเองได้ที่ศาลากลางจังหวัดทุกวันทำการ</p>"
        "<p>บริการสายด่วน 1234 เพื่อรับเรื่องราวร้องเรียน/ร้องทุกข์ ได้ตลอดเวลา</p>"
    )
    assert "5.11" in _items(page)
    # The same sentence without a number to call stays a passing mention.
    assert "5.11" not in _items(page.replace("บริการสายด่วน 1234 ", "เจ้าหน้าที่พร้อม"))


def test_a_newsletter_sign_up_form_publishes_no_news() -> None:
    # Failure class: "แบบฟอร์มสมัครรับข่าวสาร" over an e-mail box and topic descriptions: the
    # heading's "ข่าวสาร" named news on a page that only signs visitors up.
    page = (
        "<h2>แบบฟอร์มสมัครรับข่าวสาร</h2><p>กรุณากรอกอีเมลที่ต้องการรับข่าวสารจากสำนักงานทุกสัปดาห์</p>"
        "<form><input type='email'><button>สมัคร</button></form>"
    )
    assert "5.2" not in _items(page)
    assert "5.2" in _items(page.replace("แบบฟอร์มสมัครรับข่าวสาร", "ข่าวสารประจำสัปดาห์"))


def test_a_sub_criterion_link_is_named_by_its_parent_criterion_row() -> None:
    # Failure class: a MOIT table whose parent row "11.1 …เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม…"
    # has no link and whose sub-rows 11.1.1, 11.1.2 link the project's PDF under texts that name no
    # item ("บันทึกข้อความ…", "โครงการ / กิจกรรม"): the participation evidence (5.10) went unnamed.
    table = (
        "<table><tr><td>11.1</td><td>มีหลักฐานการจัดโครงการที่เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วม"
        "ในการดำเนินงาน ตั้งแต่วันที่ 1 ตุลาคม 2566 ถึงวันที่ 31 มีนาคม 2567</td></tr>"
        "<tr><td>11.1.1</td><td><a href='https://x.go.th/f/p.pdf'>บันทึกข้อความอนุมัติโครงการ</a></td></tr>"
        "<tr><td>11.2</td><td><a href='https://x.go.th/f/q.pdf'>รายงานการประชุม</a></td></tr></table>"
    )
    links = extract_page(f"<html><body>{table}</body></html>", "http://a.go.th/tb-11.php").links
    named = {link.url.rsplit("/", 1)[-1]: link.text for link in links}
    assert "มีส่วนร่วม" in named["p.pdf"] and "บันทึกข้อความ" in named["p.pdf"]
    assert "2566" not in named["p.pdf"]  # the criterion's period is not the document's date
    assert named["q.pdf"] == "รายงานการประชุม"  # a parent row's own link keeps its own text
    from checklist.model import DocView

    doc = DocView(
        url="https://x.go.th/f/p.pdf",
        title=named["p.pdf"],
        link_texts=(named["p.pdf"],),
        kind="offsite",
    )
    assert "5.10" in {h.code for h in default_matcher().classify(doc)}


def test_clauses_under_a_measure_heading_are_its_text() -> None:
    # Failure class: "มาตรการตรวจสอบการใช้ดุลพินิจ" over clauses, one of which starts "เปิดโอกาสให้ผู้มีส่วนได้เสีย
    # …มีส่วนร่วม": the clause of a measure is a promise, not the agency's participation channel (5.10).
    page = (
        "<h3>มาตรการตรวจสอบการใช้ดุลพินิจของสำนักงาน</h3>"
        "<p>เปิดโอกาสให้ผู้มีส่วนได้เสียและผู้รับบริการมีส่วนร่วมในการแสดงความคิดเห็นต่อการดำเนินงาน</p>"
        "<p>ส่งเสริมให้นำเทคโนโลยีสารสนเทศมาใช้ในการจัดเก็บและประมวลผลข้อมูลอย่างเป็นระบบ</p>"
    )
    assert "5.10" not in _items(page)
    assert "5.10" in _items(
        page.replace("มาตรการตรวจสอบการใช้ดุลพินิจของสำนักงาน", "กิจกรรมของสำนักงานปีนี้")
    )


def test_two_channel_names_on_one_line_are_two_labels() -> None:
    # Failure class: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต / ช่องทางรับฟังความคิดเห็น" over phone numbers:
    # the complaint word (a 5.10 exclusion) vetoed the opinion channel named after the slash.
    page = (
        "<h2>ติดต่อหน่วยงาน</h2><p>ช่องทางแจ้งเรื่องร้องเรียนการทุจริต / ช่องทางรับฟังความคิดเห็น</p>"
        "<p>โทรศัพท์ 02 253 0561 ศูนย์บริการข้อมูล 02 207 2700 ทุกวันทำการ</p>"
    )
    assert {"5.10", "5.11"} <= _items(page)
    # Without the slash the complaint word still vetoes the opinion wording in its own name.
    assert "5.10" not in _items(page.replace("การทุจริต / ช่องทางรับฟังความคิดเห็น", "และรับฟังความคิดเห็น"))
