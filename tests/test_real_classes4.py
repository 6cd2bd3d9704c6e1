"""Failure classes of items 5.2-5.11 on the real-site corpus (issue 15), round four, as small
cases of our own markup and wording."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher
from tests.classify import items as _items


def test_a_complaint_status_lookup_is_not_the_channel() -> None:
    # Failure class: a CMS's "follow your complaint" page (enter the complaint number, see its
    # status) at a URL with "complain" in it: every line names complaints, none files one.
    lookup = (
        "<p>ติดตามสถานะเรื่องร้องเรียนของท่าน</p>"
        "<form><p>โปรดระบุเลขที่เรื่องร้องเรียน 10 หลักที่ได้รับทางอีเมล</p><input name='no'></form>"
        "<h4>ไม่พบเลขที่เรื่องร้องเรียนที่ท่านค้นหา</h4>"
        "<p>ผู้ใช้ทั่วไปติดตามเรื่องร้องเรียนได้โดยไม่ต้องลงชื่อเข้าใช้ระบบ</p>"
        "<p><a href='/complain/new'>แจ้งเรื่องร้องเรียนใหม่</a></p>"
        "<h5>ขั้นตอนการดำเนินการ</h5><p>สถานะ: รอเจ้าหน้าที่รับเรื่อง</p>"
    )
    assert "5.11" not in _items(lookup, "http://a.go.th/front/track_complain")
    # The channel itself, which offers the lookup as one of its lines, stays evidence.
    channel = (
        "<h3>ช่องทางแจ้งเรื่องร้องเรียน</h3>"
        "<p>ท่านสามารถแจ้งเรื่องร้องเรียนได้ที่สำนักปลัด โทร 0 7561 2345 หรือทางแบบฟอร์มด้านล่าง</p>"
        "<form><textarea name='detail'></textarea></form>"
        "<p><a href='/complain/track'>ติดตามสถานะเรื่องร้องเรียน</a></p>"
    )
    assert "5.11" in _items(channel, "http://a.go.th/front/complain")


EVENT = (
    "<h2>อบรมเชิงปฏิบัติการการใช้ระบบสารบรรณอิเล็กทรอนิกส์ ประจำปี 2568</h2>"
    "<p>วันที่ 14 มกราคม 2568 เวลา 09:00 - 16:00 น. ณ ห้องประชุมชั้น 3 อาคารอำนวยการ</p>"
    "<p>ผู้รับผิดชอบ กลุ่มงานบริหารทั่วไป โทร 0 2345 6789 ต่อ 12</p>"
    "<h4>แผนที่</h4><p>ถนนราชดำเนินกลาง แขวงบวรนิเวศ เขตพระนคร กรุงเทพมหานคร</p>"
)


def test_a_bare_widget_title_closing_a_page_labels_nothing() -> None:
    # Failure class: an event page whose last line is a side widget's title ("ภาพกิจกรรมล่าสุด")
    # over rows the template left empty: the title names news, nothing under it is news.
    assert "5.2" not in _items(EVENT + "<p>ภาพกิจกรรมล่าสุด</p>")
    # A document's name as the last line is still its label.
    plan = (
        "<h2>วิสัยทัศน์</h2><p>มุ่งพัฒนาระบบบริการให้ทันสมัย โปร่งใส และตรวจสอบได้ทุกขั้นตอน</p>"
        "<h2>ยุทธศาสตร์</h2><p>ประเด็นที่ 1: ยกระดับการให้บริการประชาชนด้วยเทคโนโลยีดิจิทัลอย่างทั่วถึง</p>"
        "<p>ดาวน์โหลด</p><p>แผนยุทธศาสตร์สำนักงานพัฒนาชุมชนจังหวัด 5 ปี (พ.ศ. 2566 - 2570) <a href='#'>คลิก</a></p>"
    )
    assert "5.1" in _items(plan)


def test_a_breadcrumbs_parent_section_is_not_the_page() -> None:
    # Failure class: a recruitment page whose breadcrumb runs through the news section
    # ("หน้าหลัก / ข่าวสารกิจกรรม / ข่าวรับสมัครงาน"): the parent crumb named news on a page of job rows.
    jobs = (
        "<p>หน้าหลัก / ข่าวสารกิจกรรม / ประกาศรับสมัครบุคลากร</p>"
        "<h2>ประกาศรับสมัครบุคลากร</h2>"
        "<h4>พนักงานขับรถยนต์</h4><p>จำนวน 1 อัตรา รับสมัครตั้งแต่ 2-16 มิถุนายน 2568 วุฒิ ม.3 ขึ้นไป</p>"
        "<h4>ครูพี่เลี้ยงศูนย์พัฒนาเด็กเล็ก</h4><p>จำนวน 2 อัตรา ยื่นใบสมัครด้วยตนเองที่งานบุคคล</p>"
    )
    assert "5.2" not in _items(jobs, "http://a.go.th/jobs.html")
    # The last crumb is the page itself.
    news = (
        "<p>หน้าหลัก / ข่าวประชาสัมพันธ์</p>"
        "<p><a href='/n/8'>นายกเทศมนตรีลงพื้นที่ตรวจเยี่ยมจุดบริการประชาชนช่วงเทศกาลสงกรานต์</a> 12 เม.ย. 2568</p>"
        "<p><a href='/n/7'>ประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น ณ ศาลาประชาคมหมู่ที่ 5</a> 3 เม.ย. 2568</p>"
    )
    assert "5.2" in _items(news, "http://a.go.th/news.html")


def test_the_analysis_of_procurement_results_is_the_summary() -> None:
    # Vocabulary from a district health office's EB rows: "ผลการวิเคราะห์การจัดซื้อจัดจ้าง" (the words of
    # "การวิเคราะห์ผลการจัดซื้อจัดจ้าง" in the other order) names the results summary.
    page = (
        "<h3>EB 6 (1) การวิเคราะห์ผลการดำเนินงานด้านพัสดุ</h3>"
        "<p>มีหนังสือรายงานผู้บังคับบัญชาเพื่อพิจารณาและขออนุญาตนำไปเผยแพร่ผ่านเว็บไซต์</p>"
        "<p><a href='/f/eb6-analysis.pdf'>ผลการวิเคราะห์การจัดซื้อจัดจ้าง ปีงบประมาณ 2567</a></p>"
    )
    page_ = extract_page(f"<html><body>{page}</body></html>", "http://a.go.th/eb6.php")
    hits = {(h.code, h.part) for h in default_matcher().classify(docview_from_page(page_))}
    assert ("5.7", "summary") in hits


def test_guideline_slash_manual_row_labels_the_manual() -> None:
    # Failure class: an EB row "แนวทาง/คู่มือการปฏิบัติงาน/…" over its PDF: "แนวทาง" joined by a slash to
    # the manual's name is one more word of the label, not a sentence mentioning a manual.
    page = (
        "<h3>EB 3 (1) ขั้นตอนการทำงานตามภารกิจหลักและระยะเวลาที่ใช้</h3>"
        "<p>หนังสือสั่งการให้ถือปฏิบัติและการขออนุญาตเผยแพร่บนเว็บไซต์ของหน่วยงาน</p>"
        "<p><a href='/f/eb3-manual.pdf'>แนวทาง/คู่มือการปฏิบัติงาน/คู่มือกำหนดมาตรฐานงานบริการสุขภาพ</a></p>"
    )
    assert "5.8" in _items(page, "http://a.go.th/eb3.php")
    # A sentence about writing a manual is still a mention.
    duty = (
        "<h3>ภารกิจของกลุ่มงาน</h3><p>กลุ่มงานพัฒนาคุณภาพมีภารกิจประสานหน่วยบริการในเครือข่ายทั้งอำเภอ "
        "และส่งเสริมให้ทุกหน่วยจัดทำคู่มือการปฏิบัติงานของตนเองให้ครบถ้วนภายในปีงบประมาณนี้</p>"
    )
    assert "5.8" not in _items(duty, "http://a.go.th/unit.php")


def test_a_photo_archive_album_is_news() -> None:
    # Vocabulary: a state enterprise files its activity albums under "คลังภาพ" (photo archive).
    album = (
        "<h2>คลังภาพ สำนักงาน</h2><p>ภาพบรรยากาศการทำงานและกิจกรรมเพื่อสังคมของสำนักงาน</p>"
        "<h3>มอบทุนการศึกษาแก่นักเรียนในพื้นที่รอบนิคม ประจำปี 2567</h3>"
        "<p>ผู้อำนวยการสำนักงานเป็นประธานมอบทุนการศึกษาจำนวน 40 ทุน ให้แก่นักเรียนโรงเรียนในชุมชนโดยรอบ</p>"
        "<p><img src='/album/1.jpg'><img src='/album/2.jpg'></p>"
    )
    assert "5.2" in _items(album, "http://a.go.th/photo-detail.php")


def test_lines_under_a_quick_links_title_are_the_menu() -> None:
    # Failure class: a staff page whose bottom box "ลิ้งด่วน" lists "> กิจกรรม", "> ติดต่อเรา" outside any
    # footer element: the site's sections, not the page's news or contacts.
    staff = (
        "<h2>บุคลากรแผนกวิชาช่างยนต์</h2>"
        "<h4>นายสมศักดิ์ ใจดี</h4><p>ครูชำนาญการพิเศษ หัวหน้าแผนกวิชาช่างยนต์ โทร 081-234-5678</p>"
        "<h4>นางสาวมาลี ศรีสุข</h4><p>ครูผู้ช่วย สอนวิชางานเครื่องยนต์เล็กและงานจักรยานยนต์</p>"
        "<h2>ลิ้งด่วน</h2><ul><li>&gt; หน้าแรก</li><li>&gt; หน่วยงาน</li><li>&gt; กิจกรรม</li>"
        "<li>&gt; ติดต่อเรา</li></ul><p>Copyright 2025 by Example Technical College, all rights reserved</p>"
    )
    assert "5.2" not in _items(staff, "http://a.ac.th/kru_auto.php")
    # The same words under the page's own heading still label it.
    news = (
        "<h2>กิจกรรม</h2><p><a href='/a/3'>นักศึกษาแผนกช่างยนต์ออกหน่วยบริการซ่อมรถจักรยานยนต์ฟรีให้ชุมชน</a> "
        "5 ก.พ. 2568</p><p><a href='/a/2'>พิธีไหว้ครูประจำปีการศึกษา 2567 ณ หอประชุมวิทยาลัย</a> 13 มิ.ย. 2567</p>"
    )
    assert "5.2" in _items(news, "http://a.ac.th/activity.php")


HOME_CARDS = (
    "<h3>ประชาสัมพันธ์</h3>"
    "<p>ประกาศ วิทยาลัยการอาชีพตัวอย่าง</p><p>แผนปฏิบัติราชการ ประจำปีงบประมาณ 2569</p>"
    "<p>ประกาศ วิทยาลัยการอาชีพตัวอย่าง</p><p>รับสมัครนักศึกษาใหม่ ระดับ ปวช. และ ปวส. ปีการศึกษา 2569</p>"
    "<h3>ข่าวกิจกรรม</h3><p>นักศึกษาแผนกช่างไฟฟ้าออกให้บริการซ่อมเครื่องใช้ไฟฟ้าฟรีแก่ชุมชนรอบวิทยาลัย</p>"
    "<p>12 กุมภาพันธ์ 2568</p>"
)


def test_a_home_page_card_is_not_the_plan_it_points_to() -> None:
    # Failure class: a college home page's announcement card "แผนปฏิบัติราชการ ประจำปี…" (a button to the
    # PDF): the home page is not the action plan; its link is followed to the plan.
    for home in ("http://a.ac.th/", "http://a.ac.th/index.php"):
        assert "5.4" not in _items(HOME_CARDS, home), home
    # The same card on a page of its own is the plan's label.
    assert "5.4" in _items(HOME_CARDS, "http://a.ac.th/plan.php")


STORY_UNDATED = (
    "<h2>ผู้ว่าการลงนามความร่วมมือพัฒนาระบบน้ำรีไซเคิลในเขตประกอบการอุตสาหกรรม</h2>"
    "<p>{counter}</p>"
    "<p>ผู้ว่าการเปิดเผยว่า ได้ลงนามบันทึกความร่วมมือกับภาคเอกชนเพื่อพัฒนาระบบนำน้ำเสียที่ผ่านการบำบัด"
    "กลับมาใช้ใหม่ในเขตประกอบการอุตสาหกรรมสามแห่ง ลดการใช้น้ำดิบได้ราวร้อยละสามสิบต่อปี</p>"
)


def test_an_undated_post_with_a_read_counter_at_a_news_url_is_news() -> None:
    # Failure class: a news detail page that prints a read counter ("ยอดการเปิดอ่าน 9,120 ครั้ง") where
    # others print a date: its own story at a news URL is a news item.
    page = STORY_UNDATED.format(counter="ยอดการเปิดอ่าน 9,120 ครั้ง")
    assert "5.2" in _items(page, "http://a.or.th/news-detail.php")
    # Without the counter (or at a URL of no news) nothing says it is a published post.
    assert "5.2" not in _items(STORY_UNDATED.format(counter=""), "http://a.or.th/news-detail.php")
    assert "5.2" not in _items(page, "http://a.or.th/ebook-detail.php")
