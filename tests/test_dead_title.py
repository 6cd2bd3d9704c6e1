"""A document title linked to nowhere (``href="#"``) is a template's sample row, not evidence
(issue 15, item 4). A short ``href="#"`` (a breadcrumb's last step) stays content."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher

URL = "http://127.0.0.1:9/laws.php"
TITLE = "ประกาศประกวดราคาจ้างก่อสร้างอาคารอเนกประสงค์ หมู่ที่ 4 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์"


def _page(href: str):
    html = (
        "<html><head><title>กฎหมายที่เกี่ยวข้อง</title></head><body>"
        "<div class='crumbs'><a href='/'>หน้าแรก</a> <a href='#'>กฎหมาย</a></div>"
        "<h1>กฎหมายที่เกี่ยวข้อง</h1><p>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>"
        f"<div class='card'><span class='icon'></span><a class='title' href='{href}'>{TITLE}</a></div>"
        "</body></html>"
    )
    return extract_page(html, URL)


def _main(page) -> set[str]:
    return {b.text for b in page.blocks if b.region == "main"}


def test_a_long_title_linked_to_nowhere_is_not_content() -> None:
    page = _page("#")
    assert TITLE not in _main(page)
    assert "กฎหมายที่เกี่ยวข้อง" in _main(page)
    assert "หน้าแรก กฎหมาย" in _main(page)  # the breadcrumb's short "#" step stays
    codes = {h.code for h in default_matcher().classify(docview_from_page(page))}
    assert "5.7" not in codes, codes


def test_the_same_title_linked_to_a_document_stays_content() -> None:
    page = _page("/files/bid-12.pdf")
    assert TITLE in _main(page)
