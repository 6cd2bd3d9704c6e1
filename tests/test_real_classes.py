"""Failure classes found on real agency pages, as small cases written for OIT Watch (not copies)."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher
from tests.classify import items as _items


def test_duty_description_is_not_the_reports_it_names() -> None:
    # Failure class: "งาน…มีหน้าที่จัดทำรายงาน…" counted as 5.5 (monitoring) and 5.6 (annual report).
    html = (
        "<h2>กองยุทธศาสตร์และงบประมาณ</h2>"
        "<p>งานวิเคราะห์นโยบายและแผน มีหน้าที่จัดทำรายงานผลการดำเนินงานประจำปี</p>"
        "<ul><li>- รายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่น</li><li>- การติดตามและประเมินผลแผนพัฒนา</li>"
        "<li>งานพัสดุ มีหน้าที่เกี่ยวกับการจัดซื้อจัดจ้างของเทศบาล</li></ul>"
    )
    assert _items(html) & {"5.5", "5.6", "5.7"} == set()


def test_one_duty_phrase_in_a_faq_answer_does_not_make_a_duty_page() -> None:
    # (Real labels, issue 15: a static FAQ is no opinion channel, so the page is nothing at all;
    # it used to assert 5.10.)
    html = (
        "<h2>คำถามที่พบบ่อย</h2><p>ศูนย์บริการคืออะไร มีหน้าที่อย่างไร?</p>"
        "<p>ศูนย์บริการรับเรื่องและให้คำปรึกษาแก่ประชาชนทุกวันทำการ</p>"
    )
    assert _items(html) == set()


def test_words_that_name_an_item_only_as_a_whole_title() -> None:
    # Real wording the phrase list did not know: a page titled just "ติดต่อ" with an address and
    # phone; "ติดต่อ" inside a sentence ("ติดต่อสอบถามได้ที่…") is not a contact page.
    contact = (
        "<div>ที่อยู่: เลขที่ 9 หมู่ 2 ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 10000</div>"
        "<div>โทรศัพท์ 0 4400 0000</div>"
    )
    assert "5.1" in _items(contact, "http://a.go.th/contact.php", title="ติดต่อ")
    news = "<h2>ประชุมประจำเดือน</h2><p>ติดต่อสอบถามได้ที่งานธุรการ โทร 0 4400 0000 ในวันเวลาราชการ</p>"
    assert "5.1" not in _items(news)


def test_vocabulary_from_real_pages() -> None:
    sop = "<h2>แนวทางการปฏิบัติงาน</h2><p>แนวทางการปฏิบัติงานด้านการเงินและบัญชี ฉบับปรับปรุง 2567 (PDF)</p>"
    assert _items(sop) == {"5.8"}
    box = "<h2>กล่องความคิดเห็น</h2><p>ท่านสามารถส่งความเห็นถึงหน่วยงานได้ตลอด 24 ชั่วโมงผ่านแบบฟอร์มนี้</p>"
    assert _items(box) == {"5.10"}
    board = "<h2>กระทู้</h2><p>หัวข้อกระทู้ล่าสุดจากประชาชน จำนวนผู้ตอบ 3 คน</p>"
    assert _items(board) == {"5.10"}


def test_a_regulation_date_quoted_in_a_news_teaser_is_not_the_news_date() -> None:
    # Failure class: "ตามระเบียบ … ว่าด้วย … ลงวันที่ <old date>" in a news teaser was taken as the
    # news item's own (labelled) date.
    import datetime as dt

    from checklist import dates as datelib

    text = (
        "ประชาสัมพันธ์ ตามระเบียบกระทรวงมหาดไทย ว่าด้วยการรับสมัครสมาชิก ลงวันที่ 12 มกราคม 2566 "
        "เทศบาลจึงขอเชิญชวนผู้สนใจสมัคร ภายในวันที่ 18 มกราคม 2568"
    )
    found = datelib.find_dates(text)
    assert [d.kind for d in found] == ["cited", "day"]
    choice = datelib.choose_date(found, dt.date(2025, 6, 1))
    assert choice is not None and choice.date == dt.date(2025, 1, 18)
    letter = "อ้างถึงหนังสือ ที่ มท 0808.2/ว 1234 ลงวันที่ 3 มีนาคม 2567"
    assert datelib.choose_date(datelib.find_dates(letter), dt.date(2025, 6, 1)) is None
    # A list row's own "ลงวันที่" stays its date.
    row = "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนน ลงวันที่ 5 มกราคม 2568"
    assert datelib.choose_date(datelib.find_dates(row), dt.date(2025, 6, 1)).date == dt.date(
        2025, 1, 5
    )


def test_one_criterion_table_on_its_own_page_is_a_hub() -> None:
    # Failure class: an ITA page holding one MOIT table — bare criterion numbers ("9.1") on their
    # own lines, criterion text quoted in each row, a document linked from the row. The quoted
    # criterion text is never evidence of the page; the linked documents are, by the row's text.
    from checklist.match import default_matcher

    rows = "".join(
        f"<tr><td>9.{n}</td><td>{text}</td><td><a href='https://files.example.go.th/{n}.pdf'>ดาวน์โหลด</a></td></tr>"
        for n, text in (
            (1, "มีช่องทางการร้องเรียนการปฏิบัติงานของเจ้าหน้าที่"),
            (2, "มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะ"),
            (3, "มีบันทึกข้อความที่ผู้บริหารลงนามรับทราบรายงาน"),
        )
    )
    page = extract_page(f"<table>{rows}</table>", "http://a.go.th/ita/moit9.php")
    doc = docview_from_page(page)
    outlinks = [link.text for link in page.links]
    matcher = default_matcher()
    assert matcher.is_hub(doc, outlinks)
    texts = {link.url.rsplit("/", 1)[-1]: link.text for link in page.links}
    assert "ร้องเรียน" in texts["1.pdf"]  # the row's text stands in for "ดาวน์โหลด"
    from checklist.model import DocView

    def codes(name: str) -> set[str]:
        target = DocView(
            url=f"https://files.example.go.th/{name}",
            title=texts[name],
            link_texts=(texts[name],),
            kind="offsite",
        )
        return {hit.code for hit in matcher.classify(target)}

    assert codes("1.pdf") == {"5.11"}
    assert codes("3.pdf") == set()  # "ผู้บริหารลงนาม" is a role in a sentence, not executives' data


def test_hub_row_codes_under_every_numbering_scheme() -> None:
    from checklist.match import _OCODE_START

    for code in (
        "o12 แผนการจัดซื้อจัดจ้าง",
        "MOIT 4 แผนจัดซื้อ",
        "EB11 รายงาน",
        "OIT 5 ข้อมูล",
        "ตัวชี้วัดย่อยที่ 9.1",
        "9.1",
        "4.1.2 ",
    ):
        assert _OCODE_START.match(code), code
    for text in ("2568 แผน", "12 มกราคม 2568", "1. บทนำ"):
        assert not _OCODE_START.match(text), text


def test_a_heading_over_an_empty_box_is_not_evidence_on_a_full_page() -> None:
    # Failure class: a home page's "ข่าวประชาสัมพันธ์" box whose rows a script or database fills,
    # empty in the page; the welcome text elsewhere on the page is not the box's body.
    html = (
        "<h2>ข่าวประชาสัมพันธ์</h2><h2>ยินดีต้อนรับสู่เว็บไซต์</h2>"
        "<p>ยินดีต้อนรับสู่เว็บไซต์ของเรือนจำ ท่านสามารถเรียนรู้ข้อมูลเพิ่มเติมได้จากเว็บไซต์นี้</p>"
    )
    assert "5.2" not in _items(html)
    # A section heading over a sub-heading and its text has that text as its body.
    nested = (
        "<h2>ข่าวประชาสัมพันธ์</h2><h3>อบรมอาสาสมัครป้องกันภัย</h3>"
        "<p>วันที่ 12 มกราคม 2569 จัดอบรม อปพร. ณ หอประชุม มีผู้เข้าร่วม 80 คน</p>"
    )
    assert "5.2" in _items(nested)


def test_off_site_files_are_named_by_their_card_or_row() -> None:
    # Failure class: "เปิดไฟล์ใน Google Drive" / "ดูวิดีโอบน YouTube" links said nothing, so the
    # Drive file under the card's title was not evidence and the item was reported missing.
    html = (
        '<div class="card"><h5>แผนการจัดซื้อจัดจ้าง ประจำปี 2568</h5>'
        '<a href="https://drive.google.com/file/d/abc/view">เปิดไฟล์ใน Google Drive</a></div>'
        '<ul><li>รายงานผลการดำเนินงานประจำปี 2567 <a href="https://youtu.be/x">ดูวิดีโอบน YouTube</a></li></ul>'
    )
    texts = {link.url: link.text for link in extract_page(html, "http://a.go.th/").links}
    assert texts["https://drive.google.com/file/d/abc/view"].startswith(
        "แผนการจัดซื้อจัดจ้าง ประจำปี 2568"
    )
    assert texts["https://youtu.be/x"].startswith("รายงานผลการดำเนินงานประจำปี 2567")


def test_another_agencys_news_is_not_this_agencys_news() -> None:
    # Failure class: a box of another agency's news (links to its website) counted as 5.2.
    import datetime as dt

    from checklist.evaluate import candidates
    from checklist.model import SitePage

    box = (
        "<h2>หน้าหลัก</h2><p>ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลตัวอย่าง ศูนย์รวมข้อมูลบริการประชาชน</p>"
        "<ul><li><a href='https://www.other-agency.go.th/news/15'>ข่าวประชาสัมพันธ์ กรมตัวอย่าง: ประชุมใหญ่</a></li>"
        "<li><a href='https://drive.google.com/file/d/n1'>ข่าวประชาสัมพันธ์ เทศบาล ฉบับมกราคม</a></li></ul>"
    )
    page = SitePage(
        url="http://a.go.th/",
        kind="html",
        content=extract_page(box, "http://a.go.th/"),
        fetched_on=dt.date(2025, 6, 1),
    )
    found, _ = candidates([page], default_matcher(), dt.date(2025, 6, 1))
    news = {c.doc.url for c in found for h in c.hits if h.code == "5.2"}
    assert "https://www.other-agency.go.th/news/15" not in news
    assert "https://drive.google.com/file/d/n1" in news


def test_site_map_is_neither_evidence_nor_a_hub() -> None:
    # Failure class: a "ผังเว็บไซต์" page listing every menu entry under section headings
    # (ติดต่อเรา, กิจกรรมและข่าวสาร, ถาม-ตอบ) counted as evidence, or as an ITA hub.
    from checklist.match import default_matcher

    html = (
        "<h1>ผังเว็บไซต์</h1><h3>ข้อมูลพื้นฐาน</h3><ul><li><a href='/s'>โครงสร้างองค์กร</a></li>"
        "<li><a href='/e'>คณะผู้บริหาร</a></li></ul><h3>กิจกรรมและข่าวสาร</h3><ul>"
        "<li><a href='/n'>ข่าวประชาสัมพันธ์</a></li><li><a href='/p'>ประกาศจัดซื้อจัดจ้าง</a></li></ul>"
        "<h3>ติดต่อเรา</h3><p>ที่ทำการเทศบาลตำบลตัวอย่าง หมู่ 1 ตำบลตัวอย่าง</p>"
    )
    page = extract_page(html, "http://a.go.th/sitemap.php")
    doc = docview_from_page(page)
    assert default_matcher().classify(doc) == []
    assert not default_matcher().is_hub(doc, [link.text for link in page.links])


def test_rejections_are_typed_with_thai_and_english_reasons() -> None:
    from checklist.match import REJECTION_TH, Rejection, default_matcher

    page = extract_page("<div>ข่าวประชาสัมพันธ์</div>", "http://a.go.th/news.php")
    found = default_matcher().rejections(docview_from_page(page))
    assert found and all(isinstance(r, Rejection) for r in found)
    news = next(r for r in found if r.code == "5.2")
    assert news.reason_en in REJECTION_TH and news.reason_th == REJECTION_TH[news.reason_en]


def test_every_rejection_reason_has_thai() -> None:
    import inspect
    import re

    from checklist import match

    reasons = re.findall(r'return False, "([^"]+)"', inspect.getsource(match.Matcher._decide))
    assert reasons and set(reasons) <= set(match.REJECTION_TH)


def test_links_named_only_by_their_month_take_the_rows_text() -> None:
    # Failure class: monthly สขร.1 files linked as "เดือน กรกฎาคม 2567" in a criterion row.
    html = (
        "<table><tr><td>5.1.2</td><td>แบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร. 1) "
        "<a href='/f/1.pdf'>เดือน กรกฎาคม 2567</a></td></tr></table>"
    )
    link = extract_page(html, "http://a.go.th/").links[0]
    assert "สขร" in link.text


def test_tip_off_channel_wording() -> None:
    html = (
        "<h2>ช่องทางแจ้งเรื่องทุจริตหน่วยงานภาครัฐ</h2>"
        "<p>กรอกแบบฟอร์มเพื่อแจ้งเหตุที่พบเห็น เจ้าหน้าที่จะติดต่อกลับภายในสามวันทำการ</p>"
    )
    assert _items(html) == {"5.11"}


def test_news_item_that_never_says_news() -> None:
    # Failure class: a news item's own page (headline, date, paragraph) never says "ข่าว"; its URL
    # says it is a news item. An empty detail template at the same URL stays not evidence.
    article = (
        "<h2>เทศบาลจัดกิจกรรมวันเด็กแห่งชาติ</h2><p>วันที่ 11 มกราคม 2568</p>"
        "<p>เทศบาลตำบลตัวอย่างจัดกิจกรรมวันเด็กแห่งชาติ ณ สนามกีฬากลาง มีเด็กและผู้ปกครองร่วมงานกว่า "
        "500 คน พร้อมการแสดงของนักเรียน เกมส์ และของรางวัลจากหน่วยงานในพื้นที่</p>"
    )
    assert _items(article, "http://a.go.th/news_detail.php?id=12") == {"5.2"}
    assert _items(article, "http://a.go.th/page.php?id=12") == set()
    empty = "<h2></h2><p>วันที่</p><p>จำนวนผู้เข้าชม ครั้ง</p>"
    assert _items(empty, "http://a.go.th/news_detail.php?id=12") == set()


def test_rows_linking_to_nowhere_and_criterion_tables_are_not_evidence() -> None:
    # Failure class: a list of policy titles whose links all go to "#" (no document behind them).
    dead = (
        "<h2>แผนงาน</h2><ul><li><a href='#'>แผนยุทธศาสตร์การพัฒนาโรงพยาบาล ปี 2566-2570</a></li>"
        "<li><a href='#'>แผนปฏิบัติราชการประจำปี 2567 ของโรงพยาบาลตัวอย่าง</a></li></ul>"
    )
    assert _items(dead) == set()
    # Failure class: a criterion table quoting what the ITA asks for, its links all empty.
    rows = "".join(
        f"<tr><td>21.{n}</td><td>{t}</td><td><a href=''></a></td></tr>"
        for n, t in (
            (1, "เจตนารมณ์การป้องกันและแก้ไขปัญหาการล่วงละเมิดทางเพศ"),
            (2, "ประกาศเจตจำนงสุจริตของผู้บริหาร"),
            (3, "เจตนารมณ์ No Gift Policy ของผู้บริหารสูงสุด"),
        )
    )
    assert _items(f"<table>{rows}</table>") == set()


def test_a_page_with_nothing_on_it_is_not_evidence_by_its_link_text() -> None:
    # Failure class: "ข่าวสาร ดูทั้งหมด" pointing to a list page whose rows a database fills: the
    # saved page holds only its heading. An image-only chart under its heading stays evidence.
    from checklist.match import default_matcher

    empty = docview_from_page(
        extract_page("<h2>ข่าวสาร</h2>", "http://a.go.th/news.php"), link_texts=("ข่าวสาร ดูทั้งหมด",)
    )
    assert default_matcher().classify(empty) == []
    chart = docview_from_page(
        extract_page("<h2>แผนผัง</h2><img src='/u/chart2568.png'>", "http://a.go.th/s.php"),
        link_texts=("โครงสร้างองค์กร",),
    )
    assert [h.code for h in default_matcher().classify(chart)] == ["5.1"]


def test_a_message_form_under_a_channel_title_is_the_channel() -> None:
    # Failure class: "กระทู้ถาม - ตอบ" over a form to post a question: the form is the channel.
    form = (
        "<div>กระทู้ถาม - ตอบ</div><form><label>หัวข้อคำถาม</label><input name='t'>"
        "<label>รายละเอียด</label><textarea name='d'></textarea></form>"
    )
    assert _items(form) == {"5.10"}
    assert _items("<div>กระทู้ถาม - ตอบ</div>") == set()


def test_complaint_handling_manual_is_an_operating_manual() -> None:
    html = "<h2>คู่มือปฏิบัติการการดำเนินงานเรื่องร้องเรียน</h2><iframe src='/files/manual.pdf'></iframe>"
    assert "5.8" in _items(html)


def test_template_source_and_empty_values_are_not_content() -> None:
    # Failure class: PHP/Blade views saved without their data: template code lines, image and file
    # URLs whose value is missing ("pic/", "{{ $img }}", "files/.pdf"), placeholder images.
    html = (
        "<h2>ข่าวสารกิจกรรม</h2><p>@php $img = explode(',', $news->images); @endphp</p>"
        "<img src='/pic/'><img src=\"/{{ asset('files') }}/{{ $img[0] }}\"><img src='/pic/image-default.png'>"
        "<a href='/files/.pdf'>ดาวน์โหลด</a>"
    )
    assert _items(html, "http://a.go.th/events.php") == set()


def test_head_of_agency_title_over_a_name_is_executives() -> None:
    # Real wording: a home-page box "ผู้บัญชาการ" (or "ผู้อำนวยการ") over the head's photo and name.
    html = (
        "<h3>ผู้บัญชาการ</h3><img src='/img/commander.jpg'><p>นายสมชาย ใจดี</p>"
        "<p>ผู้บัญชาการเรือนจำอำเภอตัวอย่าง</p>"
    )
    assert _items(html) == {"5.1"}
    assert _items("<p>ผู้อำนวยการโรงเรียนเป็นประธานเปิดงานกีฬาสีประจำปีของโรงเรียน</p>") == set()


def test_contact_page_that_is_a_map() -> None:
    html = (
        "<h2>แผนที่เรือนจำอำเภอตัวอย่าง</h2>"
        "<iframe src='https://www.google.com/maps/embed?pb=!1m18'></iframe>"
    )
    assert _items(html, "http://a.go.th/contact.php", title="ติดต่อ") == {"5.1"}


def test_inspect_of_a_saved_file_uses_the_saved_pages_beside_it(tmp_path) -> None:
    # Failure class: a lone saved page cannot tell its template from its content, so a footer box
    # "ติดต่อเรา" (no footer class) on every page made every page 5.1 evidence.
    import datetime as dt

    from oit.inspect_page import inspect

    footer = "<div><h3>ติดต่อเรา</h3><p>ศาลากลางจังหวัดตัวอย่าง ถนนราชดำเนิน โทร 0 7400 0000</p></div>"
    for n in range(4):
        (tmp_path / f"page{n}.html").write_text(
            f"<html><body><h2>กิจกรรมที่ {n}</h2><p>รายละเอียดกิจกรรมของหน่วยงานครั้งที่ {n} ณ หอประชุม</p>"
            f"{footer}</body></html>",
            encoding="utf-8",
        )
    out = inspect(str(tmp_path / "page0.html"), "http://a.go.th/page0.html", dt.date(2025, 6, 1))
    assert "5.1" not in {i["code"] for i in out["items"]}
    assert any("ติดต่อเรา" in line for line in out["ignored_as_chrome"])
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "p.html").write_text(
        (tmp_path / "page0.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    out = inspect(str(alone / "p.html"), "http://a.go.th/page0.html", dt.date(2025, 6, 1))
    assert "5.1" in {i["code"] for i in out["items"]}  # nothing to compare with: taken as content


def test_an_embedded_widget_is_not_named_by_the_box_around_it() -> None:
    # Failure class: a Facebook page plugin <iframe> in a box that also says "แจ้งเรื่องร้องเรียน"
    # took the box's text and became complaint-channel evidence.
    html = (
        "<div><h4>ติดต่อ แจ้งเรื่องร้องเรียน ได้ที่เพจ</h4>"
        "<iframe src='https://www.facebook.com/plugins/page.php?href=x'></iframe></div>"
    )
    link = extract_page(html, "http://a.go.th/").links[0]
    assert link.text == ""


def test_a_label_line_needs_support_in_its_own_box() -> None:
    # Failure class: a home page's "รายละเอียดข่าวประชาสัมพันธ์" box (rows come from a database)
    # counted as news because the welcome box and the photos elsewhere on the page are full.
    html = (
        "<h2>ยินดีต้อนรับ</h2><p>ยินดีต้อนรับสู่เว็บไซต์ของเรือนจำ ท่านสามารถเรียนรู้ข้อมูลเพิ่มเติมได้จากเว็บไซต์นี้</p>"
        "<img src='/img/commander.jpg'><h2>ข่าวสารหน่วยงาน</h2><p>รายละเอียดข่าวประชาสัมพันธ์</p>"
        "<h2>ยอดผู้ต้องขัง</h2><p>ชาย 0 หญิง 0</p>"
    )
    assert "5.2" not in _items(html)


def test_a_menu_link_to_an_off_site_complaint_system_is_the_channel() -> None:
    # Failure class: the only way to complain was the menu entry "แนะนำ ร้องเรียน ติชม" to the
    # agency's complaint system on another website: the item was reported missing.
    import datetime as dt

    from checklist.evaluate import candidates
    from checklist.model import SitePage

    menu = (
        "<nav><a href='https://complaint.example.go.th/form'>แนะนำ ร้องเรียน ติชม</a>"
        "<a href='https://other.example.go.th/news'>ข่าวประชาสัมพันธ์</a><a href='/about'>เกี่ยวกับเรา</a></nav>"
    )
    pages = [
        SitePage(
            url=f"http://a.go.th/p{n}",
            kind="html",
            fetched_on=dt.date(2025, 6, 1),
            content=extract_page(f"{menu}<p>หน้า {n} ของเว็บไซต์</p>", f"http://a.go.th/p{n}"),
        )
        for n in range(3)
    ]
    found, _ = candidates(pages, default_matcher(), dt.date(2025, 6, 1))
    hits = {(c.doc.url, h.code) for c in found for h in c.hits}
    assert ("https://complaint.example.go.th/form", "5.11") in hits
    assert not any(code == "5.2" for _, code in hits)  # a menu never names news, on or off site


def test_an_image_only_page_is_named_by_the_menu_entry_pointing_to_it() -> None:
    # Failure class: "โครงสร้างองค์กร" in the menu points to a page holding only the chart image:
    # nothing on the site names that page except the menu.
    import datetime as dt

    from checklist.evaluate import candidates
    from checklist.model import SitePage

    menu = "<nav><a href='http://a.go.th/org'>โครงสร้างองค์กร</a><a href='http://a.go.th/news'>ข่าวสาร</a></nav>"
    day = dt.date(2025, 6, 1)
    pages = [
        SitePage(
            url=f"http://a.go.th/p{n}",
            kind="html",
            fetched_on=day,
            content=extract_page(
                f"{menu}<p>เรื่องที่ {n} ของหน่วยงานตัวอย่าง</p>", f"http://a.go.th/p{n}"
            ),
        )
        for n in range(3)
    ]
    pages.append(
        SitePage(
            url="http://a.go.th/org",
            kind="html",
            fetched_on=day,
            content=extract_page(f"{menu}<img src='/u/chart-2568.jpg'>", "http://a.go.th/org"),
        )
    )
    pages.append(
        SitePage(
            url="http://a.go.th/news",
            kind="html",
            fetched_on=day,
            content=extract_page(f"{menu}<div></div>", "http://a.go.th/news"),
        )
    )
    found, _ = candidates(pages, default_matcher(), day)
    hits = {(c.doc.url, h.code) for c in found for h in c.hits}
    assert ("http://a.go.th/org", "5.1") in hits
    assert not any(url == "http://a.go.th/news" for url, _ in hits)  # nothing on it: still nothing
