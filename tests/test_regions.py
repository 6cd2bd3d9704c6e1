"""Layout regions on broken and misleading real-world markup (regression cases written for OIT Watch)."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher


def _regions(html: str) -> dict[str, str]:
    return {b.text: b.region for b in extract_page(html, "http://a.go.th/x").blocks}


def _items(html: str, url: str = "http://a.go.th/page.php") -> set[str]:
    doc = docview_from_page(extract_page(html, url))
    return {hit.code for hit in default_matcher().classify(doc)}


LONG = "เทศบาลขอแจ้งกำหนดการจัดซื้อวัสดุสำนักงาน " * 60  # well over a menu's worth of non-link text


def test_unclosed_navbar_does_not_swallow_the_body() -> None:
    # Failure class: <div class="navbar"> never closed; the parser puts the whole page in it.
    html = (
        '<div class="navbar"><ul><li><a href="/a">หน้าแรก</a></li><li><a href="/b">ติดต่อเรา</a></li></ul>'
        f"<h2>แผนการจัดซื้อจัดจ้าง ประจำปี 2568</h2><p>{LONG}</p>"
    )
    regions = _regions(html)
    assert regions["หน้าแรก"] == "nav"
    assert regions["แผนการจัดซื้อจัดจ้าง ประจำปี 2568"] == "main"
    assert "5.7" in _items(html)


def test_unclosed_header_holding_the_content_container_is_not_a_header() -> None:
    html = (
        '<div id="header"><img alt="logo"><span>เทศบาลตำบลตัวอย่าง</span>'
        '<div id="content"><h1>คู่มือการปฏิบัติงาน</h1><p>คู่มือการปฏิบัติงานด้านการเงิน</p></div>'
        '<div class="footer">ที่อยู่ 99 หมู่ 1</div>'
    )
    regions = _regions(html)
    assert regions["คู่มือการปฏิบัติงาน"] == "main"
    assert regions["ที่อยู่ 99 หมู่ 1"] == "footer"


def test_a_real_menu_stays_a_menu() -> None:
    html = (
        '<div class="mainmenu"><ul>'
        + "".join(f'<li><a href="/m{i}">เมนู {i}</a></li>' for i in range(80))
        + '</ul></div><div class="content"><p>เนื้อหา</p></div>'
    )
    regions = _regions(html)
    assert regions["เมนู 5"] == "nav"
    assert regions["เนื้อหา"] == "main"


def test_component_class_names_are_not_layout_regions() -> None:
    # Failure class: misleading CMS class names. "card-header" titles a box of content,
    # "elementor-widget-…" is a page builder's content, "border-bottom" is a style.
    html = (
        '<div class="card"><div class="card-header"><h3>รายงานผลการดำเนินงานประจำปี 2567</h3></div>'
        '<div class="card-body border-bottom"><p>รายงานฉบับสมบูรณ์ ดาวน์โหลดได้ที่นี่</p></div></div>'
        '<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
        "<p>ช่องทางการร้องเรียน โทร 0 4400 0000</p></div></div>"
        '<div class="site-header">ส่วนหัว</div><ul class="main-menu"><li>เมนูหลัก</li></ul>'
        '<div class="widget widget_text">กล่องด้านข้าง</div>'
    )
    regions = _regions(html)
    assert regions["รายงานผลการดำเนินงานประจำปี 2567"] == "main"
    assert regions["รายงานฉบับสมบูรณ์ ดาวน์โหลดได้ที่นี่"] == "main"
    assert regions["ช่องทางการร้องเรียน โทร 0 4400 0000"] == "main"
    assert regions["ส่วนหัว"] == "header"
    assert regions["เมนูหลัก"] == "nav"
    assert regions["กล่องด้านข้าง"] == "aside"


def test_tab_buttons_are_controls_not_evidence() -> None:
    # Failure class: a tab button "จัดซื้อจัดจ้าง" whose pane is filled by a script counted as
    # procurement evidence on a page about something else.
    html = (
        "<h2>ยินดีต้อนรับสู่เทศบาลตำบลตัวอย่าง</h2><p>เทศบาลตำบลตัวอย่างตั้งอยู่ริมแม่น้ำ มีประชากรหนึ่งหมื่นคน</p>"
        '<div class="tab"><button class="tablinks" onclick="openTab(event, \'egp\')">จัดซื้อจัดจ้าง</button>'
        '<button class="tablinks" onclick="openTab(event, \'news\')">ข่าวประชาสัมพันธ์</button></div>'
        '<ul><li role="tab"><a href="#t3" data-toggle="tab">ประกาศประกวดราคา</a></li>'
        '<li><span onclick="show(4)">คู่มือการปฏิบัติงาน</span></li></ul><div id="egp"></div>'
    )
    regions = _regions(html)
    for control in ("จัดซื้อจัดจ้าง", "ข่าวประชาสัมพันธ์", "ประกาศประกวดราคา", "คู่มือการปฏิบัติงาน"):
        assert regions[control] == "nav", control
    assert _items(html) == set()


def test_breadcrumb_with_a_dead_link_still_names_the_page() -> None:
    regions = _regions(
        '<div class="path"><a href="/">หน้าแรก</a> › <a href="#">โครงสร้างองค์กร</a></div>'
    )
    assert regions["หน้าแรก › โครงสร้างองค์กร"] == "main"


def test_label_over_an_empty_list_template_is_not_evidence() -> None:
    # Failure class: a CMS list page whose rows come from a database; the saved page holds only
    # its breadcrumb and title ("ข่าวประชาสัมพันธ์", "แผนการดำเนินงานประจำปี") and no rows.
    empty = (
        '<div class="path"><a href="/">หน้าแรก</a></div><div>ข่าวประชาสัมพันธ์</div>'
        '<div class="row"><div>แผนการดำเนินงานประจำปี</div></div>'
    )
    assert _items(empty) == set()
    # With rows (text beside the term) or a document under the title, it is evidence.
    rows = empty + "<p>แผนการดำเนินงานประจำปี 2568 ของกองช่าง ฉบับปรับปรุงครั้งที่ 2 เพิ่มโครงการถนน</p>"
    assert "5.4" in _items(rows)
    pdf = empty + '<iframe src="/files/plan-2568.pdf"></iframe>'
    assert "5.4" in _items(pdf)


def test_page_title_in_a_breadcrumbs_section_over_an_embedded_pdf_is_evidence() -> None:
    # Failure class: Bootstrap templates put the page's own <h2> in <section class="breadcrumbs">,
    # and the document is an <iframe> PDF, so there is no body text at all.
    html = (
        '<section class="breadcrumbs"><div class="container"><h2>มาตรฐานขั้นตอนการให้บริการ</h2></div></section>'
        '<section class="inner-page"><iframe src="/files/service.pdf#toolbar=1"></iframe></section>'
    )
    assert _regions(html)["มาตรฐานขั้นตอนการให้บริการ"] == "main"
    assert _items(html) == {"5.9"}


def test_image_only_chart_under_its_heading_is_evidence_but_a_logo_is_not() -> None:
    chart = '<h2>โครงสร้างองค์กร</h2><img src="/uploads/2567/org-chart.jpg" alt="">'
    assert _items(chart) == {"5.1"}
    logo = '<h2>โครงสร้างองค์กร</h2><img src="/images/logo.png" alt="ตราเทศบาล">'
    assert _items(logo) == set()


def test_elements_inside_removed_invisible_elements_do_not_crash() -> None:
    page = extract_page(
        "<noscript><form><textarea></textarea></form></noscript><p>เนื้อหา</p>", "http://a.go.th/"
    )
    assert page.forms == 0 and [b.text for b in page.blocks] == ["เนื้อหา"]


def test_a_boxs_header_class_is_not_the_site_header() -> None:
    # Failure class: <div class="box-news"><div class="header">จดหมายข่าว ...</div> — the news box's
    # title bar took the site-header region and the home page's news box was not content.
    html = (
        '<div class="header"><img alt="logo">โรงเรียนตัวอย่าง</div>'
        '<div class="box-news"><div class="header"><a href="/nl.html">ดูทั้งหมด</a> จดหมายข่าว</div>'
        "<p>ฉบับที่ 5/2564 ประจำเดือนสิงหาคม</p></div>"
    )
    regions = _regions(html)
    assert regions["โรงเรียนตัวอย่าง"] == "header"
    assert regions["ดูทั้งหมด จดหมายข่าว"] == "main"
