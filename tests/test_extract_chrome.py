from __future__ import annotations

from checklist.chrome import docview_from_page, find_chrome
from checklist.extract import extract_page
from crawler.middlewares import thai_encoding

TEMPLATE = """<html><head><title>{title}</title></head><body>
<div class="top">วันพุธที่ 25 พฤศจิกายน 2569</div>
<table><tr><td><a href="/plan">แผนการจัดซื้อจัดจ้าง</a> <a href="/news">ข่าวประชาสัมพันธ์</a></td></tr></table>
<div id="body"><h2>{title}</h2><p>{body}</p></div></body></html>"""


def _page(n: int, title: str, body: str):
    return extract_page(TEMPLATE.format(title=title, body=body), f"http://a.go.th/p{n}")


def test_repeated_blocks_and_links_are_chrome_even_without_landmarks() -> None:
    pages = [_page(i, f"เรื่องที่ {i}", f"เนื้อหา {i}") for i in range(5)]
    chrome = find_chrome(pages)
    doc = docview_from_page(pages[0], chrome)
    assert "แผนการจัดซื้อจัดจ้าง" not in doc.content
    assert "25 พฤศจิกายน" not in doc.content
    assert "เนื้อหา 0" in doc.content
    assert doc.headings == ("เรื่องที่ 0",)


def test_landmarks_and_cms_classes_are_regions() -> None:
    page = extract_page(
        '<div id="mainmenu"><a href="/a">โครงสร้าง</a></div><aside>ปฏิทิน</aside>'
        '<footer>© 2569</footer><div class="content"><p>ประกาศ</p></div>',
        "http://a.go.th/",
    )
    regions = {b.text: b.region for b in page.blocks}
    assert regions == {"โครงสร้าง": "nav", "ปฏิทิน": "aside", "© 2569": "footer", "ประกาศ": "main"}


def test_thai_encoding_fixes_lying_or_missing_charsets() -> None:
    body = ("<html><body>" + "ประกาศเทศบาลตำบล" * 3 + "</body></html>").encode("cp874")
    assert thai_encoding(body, "") == "cp874"
    assert thai_encoding(body, "iso-8859-1") == "cp874"
    assert thai_encoding("ประกาศ".encode(), "tis-620") == "utf-8"
    assert thai_encoding(body, "shift_jis") is None


def test_normalize_is_idempotent_on_marks_split_by_invisible_characters() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from checklist.thai import normalize

    @given(st.text(alphabet="กขาุู่้ํ๑\u200b\u200c\ufeff เ", max_size=30))
    def check(text: str) -> None:
        once = normalize(text)
        assert normalize(once) == once

    check()
    assert normalize("่\u200bุ") == normalize("ุ่")
    assert normalize(normalize("ํา่่")) == normalize("ํา่่")


def test_article_header_and_footer_are_content() -> None:
    page = extract_page(
        "<header class='site-header'>เทศบาล</header><article><header class='entry-header'>"
        "<h1>ข่าวประชาสัมพันธ์</h1></header><p>เนื้อหา</p><footer class='entry-footer'>"
        "หมวดหมู่: ข่าวประชาสัมพันธ์</footer></article>",
        "http://a.go.th/",
    )
    regions = {b.text: b.region for b in page.blocks}
    assert regions["ข่าวประชาสัมพันธ์"] == "main"
    assert regions["หมวดหมู่: ข่าวประชาสัมพันธ์"] == "main"
    assert regions["เทศบาล"] == "header"
