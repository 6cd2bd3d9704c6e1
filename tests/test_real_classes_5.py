"""Failure classes of items 5.2-5.11 on the real-site corpus (issue 15), round five, as small
cases of our own markup and wording."""

from __future__ import annotations

from tests.classify import items as _items


def test_a_photo_gallery_of_activities_is_news() -> None:
    # Failure class: a college's activity page titled "รูปกิจกรรม…" (photos of activities) with
    # dated rows, each a short report and a photo-folder download: the wording is "รูป", not "ภาพ".
    gallery = (
        "<h2>รูปกิจกรรมโรงเรียน</h2><table>"
        "<tr><td>ผู้อำนวยการโรงเรียนนำคณะครูและนักเรียนร่วมพิธีวันไหว้ครู ประจำวันที่ 13 มิถุนายน 2567</td>"
        "<td><a href='https://drive.google.com/drive/folders/abc'>ดาวน์โหลด</a></td></tr>"
        "<tr><td>โครงการปลูกต้นไม้เฉลิมพระเกียรติ ณ บริเวณหน้าอาคารเรียน 2 ประจำวันที่ 28 กรกฎาคม 2567</td>"
        "<td><a href='https://drive.google.com/drive/folders/def'>ดาวน์โหลด</a></td></tr></table>"
    )
    assert "5.2" in _items(gallery, "http://a.ac.th/p/12.html")
    # The words alone in a menu-like line over nothing are still no news.
    assert "5.2" not in _items("<h2>รูปกิจกรรมโรงเรียน</h2>")


def test_pages_of_one_template_differ_by_what_they_show() -> None:
    # Failure class: a design build with one view per page, each the same heading over an image; one
    # view still shows the template's placeholder image, another the agency's scanned document. Taken
    # as one page under two URLs, the placeholder (the shorter URL) stood for both.
    import datetime as dt

    from checklist.evaluate import candidates
    from checklist.extract import extract_page
    from checklist.match import default_matcher
    from checklist.model import SitePage

    day = dt.date(2025, 3, 1)

    def site_page(url: str, image: str) -> SitePage:
        html = (
            f"<html><body><h2>คู่มือการปฏิบัติงานด้านการเงิน</h2><img src='{image}' alt=''></body></html>"
        )
        return SitePage(url=url, kind="html", content=extract_page(html, url), fetched_on=day)

    pages = [
        site_page("http://a.go.th/m1.php", "https://placehold.co/700x1000"),
        site_page(
            "http://a.go.th/manual-finance.php", "http://a.go.th/files/scan-finance-2567.jpg"
        ),
    ]
    found, _ = candidates(pages, default_matcher(), day)
    evidence = {c.doc.url for c in found if any(h.code == "5.8" for h in c.hits)}
    assert evidence == {"http://a.go.th/manual-finance.php"}


def test_a_page_builders_demo_is_no_news() -> None:
    # Failure class: a page left as the page builder's demo block ("Our News" over three dated posts
    # whose text is the builder's own sample copy): the heading names news, nothing is the agency's.
    demo = (
        "<h2>Our News</h2><p>Stay up to date with everything new in Nicepage</p>"
        "<p>Feb 2, 2025</p><h5>Drag and Drop</h5>"
        "<p>Nicepage is a free website builder: pick a block, place it, then edit its text and style.</p>"
        "<p>Feb 1, 2025</p><h5>Looks Good Everywhere</h5>"
        "<p>Every block made with Nicepage adapts itself to phones, tablets and wide desktop screens.</p>"
    )
    assert "5.2" not in _items(demo, "http://a.go.th/p8.html")
    # A real news list that mentions one demo sentence among its own posts stays news.
    news = (
        "<h2>ข่าวประชาสัมพันธ์</h2>"
        "<p>เทศบาลจัดกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออกในชุมชนบ้านหนองบัว ประจำวันที่ 5 มีนาคม 2568</p>"
        "<p>ประชุมสภาเทศบาลสมัยสามัญ สมัยที่ 1 ประจำปี 2568 ณ ห้องประชุมสภาเทศบาล วันที่ 10 กุมภาพันธ์ 2568</p>"
        "<p>มอบถุงยังชีพแก่ผู้ประสบอุทกภัยในพื้นที่หมู่ที่ 3 และหมู่ที่ 7 ตำบลหนองบัว วันที่ 2 มกราคม 2568</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>"
    )
    assert "5.2" in _items(news, "http://a.go.th/p9.html")


POLICY = (
    "<h2>ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)</h2>"
    "<p>สำนักงานขอประกาศเจตนารมณ์ว่าผู้บริหารและเจ้าหน้าที่ทุกคนจะไม่รับของขวัญหรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่</p>"
    "<h4>แนวปฏิบัติ</h4><p>ปฏิเสธของขวัญทุกโอกาส และรายงานผู้บังคับบัญชาเมื่อมีผู้มอบให้โดยไม่อาจปฏิเสธได้</p>"
    "<p>ช่องทางการแจ้งเรื่องร้องเรียน</p>"
)


def test_a_policy_page_pointing_to_the_complaint_channel_is_not_it() -> None:
    # Failure class: a No Gift policy page that closes with "report breaches through our complaint
    # channel" and a button to it: it names the channel, the channel is the page behind the button.
    pointer = POLICY + (
        "<p>หากพบการฝ่าฝืนนโยบายนี้ ท่านสามารถแจ้งผ่านช่องทางร้องเรียนของสำนักงานเพื่อให้มีการตรวจสอบต่อไป</p>"
        "<p><a href='/complain.php'>แจ้งเรื่องร้องเรียน</a></p>"
    )
    found = _items(pointer, "http://a.go.th/nogift.php")
    assert "5.3" in found and "5.11" not in found
    # The same section giving the channel (a phone, an e-mail) is the channel.
    giving = POLICY + "<p>แจ้งเรื่องร้องเรียนได้ที่กลุ่มงานบริหารทั่วไป โทร 0 5371 2345 หรือ complain@a.go.th</p>"
    assert "5.11" in _items(giving, "http://a.go.th/nogift.php")


def test_a_box_title_below_a_slider_does_not_title_the_pages_images() -> None:
    # Failure class: a home page (at a URL that does not say "home") whose first heading is the title
    # of a Q&A box left empty by the template, below the slider's captions; the page's images (the
    # slider's, a journal cover) stood under it as if it titled a scanned document.
    slider = (
        "<p>ติดตามข่าวสารและบริการของสำนักงานได้ที่หน้านี้ ทั้งกิจกรรม ประกาศ และสื่อเผยแพร่</p>"
        "<p>1</p><p>2</p><p>3</p><p>4</p>"
    )
    boxes = (
        "<h3>กระดานถาม-ตอบปัญหาการใช้สิทธิ</h3><p><a href='#'>ดูทั้งหมด</a></p>"
        "<h3>บทความ</h3><p>208</p><img src='/upload/journal-cover-12.jpg' alt=''>"
    )
    assert "5.10" not in _items(slider + boxes, "http://a.go.th/p-01.php")
    # A heading that opens the page, over a scanned document, titles it.
    manual = "<p>หน้าแรก / เอกสาร</p><h2>คู่มือการปฏิบัติงานด้านพัสดุ</h2><img src='/upload/scan-manual-2567.jpg' alt=''>"
    assert "5.8" in _items(manual, "http://a.go.th/p-02.php")


def _table(title: str, columns: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<h2>{title}</h2><table><tr>{head}</tr>{body}</table>"


PROJECTS = [
    ["1", "โครงการอบรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน", "120,500", "98,000", "นางสาวสมศรี ใจดี"],
    ["2", "โครงการคัดกรองเบาหวานและความดันโลหิตสูงในชุมชน", "86,000", "86,000", "นายสมชาย รักงาน"],
    ["3", "โครงการส่งเสริมทันตสุขภาพเด็กปฐมวัย", "45,200", "40,000", "นางมาลี ศรีสุข"],
]


def test_a_table_of_the_years_projects_and_budgets_is_the_annual_plan() -> None:
    # Failure class: a health office's "แผนงานโครงการ" page: a table of the year's projects with the
    # planned budget and the person responsible, none of the plan's usual names on the page.
    plan = _table(
        "แผนงานโครงการ", ["ลำดับ", "โครงการ", "งบตามแผน", "งบโครงการ", "ผู้รับผิดชอบ"], PROJECTS
    )
    assert "5.4" in _items(plan, "http://a.go.th/plan-projects")
    # The same projects with what was spent is the monitoring report, not the plan.
    spent = _table(
        "แผนงานโครงการ", ["ลำดับ", "โครงการ", "งบตามแผน", "เบิกจ่ายแล้ว", "ผู้รับผิดชอบ"], PROJECTS
    )
    assert "5.4" not in _items(spent, "http://a.go.th/plan-projects")
    # A list of projects under another title (a school's clubs and their funds) is no plan.
    clubs = _table("ชมรมนักเรียน", ["ลำดับ", "โครงการ", "งบประมาณ", "งบสมทบ", "ครูที่ปรึกษา"], PROJECTS)
    assert "5.4" not in _items(clubs, "http://a.go.th/clubs")


def test_monthly_files_linked_by_their_month_take_the_documents_name() -> None:
    # Failure class: a table cell names the document once ("แบบสรุปผลการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.1)")
    # and links each month's file by the month alone ("เดือน กรกฎาคม 2567"): a long row left the month
    # naming nothing, a short one named every file by the whole row, every month in it.
    from checklist.extract import extract_page
    from checklist.match import default_matcher
    from checklist.model import DocView

    html = (
        "<table><tr><td>4.2</td><td>แบบสรุปผลการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.1) ไตรมาสที่ 4<br>"
        "<a href='https://files.example.org/p/0701.pdf'>เดือน กรกฎาคม 2567</a><br>"
        "<a href='https://files.example.org/p/0801.pdf'>เดือน สิงหาคม 2567</a></td></tr></table>"
        "<p>ภาพกิจกรรมวันแม่ <a href='/g/12'>ชมภาพทั้งหมด</a></p>"
    )
    links = {
        link.url: link.text
        for link in extract_page(f"<html><body>{html}</body></html>", "http://h.go.th/t5").links
    }
    july = links["https://files.example.org/p/0701.pdf"]
    assert "สขร" in july and "กรกฎาคม 2567" in july  # the month stays: it dates the file
    assert "สิงหาคม" not in july  # and the next file's month does not
    doc = DocView(
        url="https://files.example.org/p/0701.pdf", title=july, link_texts=(july,), kind="offsite"
    )
    assert {(h.code, h.part) for h in default_matcher().classify(doc)} == {("5.7", "summary")}
    # A link that says what it is keeps its own words.
    assert links["http://h.go.th/g/12"] == "ชมภาพทั้งหมด"


def test_a_services_rules_for_its_users_are_its_standard() -> None:
    # Failure class: a museum's visiting page: the rules for visitors using the service and its fees,
    # with none of the manual's usual names ("คู่มือ", "มาตรฐานการให้บริการ").
    visit = (
        "<h2>บริการห้องสมุด</h2><p>ข้อปฏิบัติในการเข้าใช้บริการห้องสมุดประชาชน</p>"
        "<ul><li>แสดงบัตรสมาชิกทุกครั้งก่อนยืมหนังสือ ยืมได้ครั้งละไม่เกิน 5 เล่ม</li>"
        "<li>คืนหนังสือภายใน 14 วัน เกินกำหนดปรับวันละ 2 บาทต่อเล่ม</li>"
        "<li>เปิดบริการวันอังคารถึงวันอาทิตย์ เวลา 08.30 - 18.00 น.</li></ul>"
    )
    assert "5.9" in _items(visit, "http://a.go.th/library.php")
    # The words apart (rules on one line, the service on another) name nothing.
    apart = (
        "<h2>ระเบียบการแต่งกาย</h2><p>ข้อปฏิบัติของนักเรียนในการแต่งกายมาโรงเรียน</p>"
        "<p>นักเรียนที่ต้องการใช้บริการรถรับส่งติดต่อฝ่ายกิจการนักเรียน</p>"
    )
    assert "5.9" not in _items(apart, "http://a.ac.th/dress.php")
