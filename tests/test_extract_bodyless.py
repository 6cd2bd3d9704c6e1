"""A page with no <body> that opens with head elements then HTML5 sections is still read.

libxml2 puts such a document wholly in <head> (never content); extract_page itself must
read it, so that `oit inspect` and every other caller see the page (issue 15)."""

from __future__ import annotations

import pytest

from checklist.extract import extract_page

URL = "http://127.0.0.1:9/structure.php"
SECTION = (
    '<section class="page"><h2>โครงสร้างส่วนราชการ</h2>'
    '<p>กองช่าง กองคลัง สำนักปลัด <a href="/files/chart.pdf">แผนภูมิโครงสร้าง</a></p></section>'
    "<footer><p>ติดต่อ 0 5555 1234</p></footer>"
)


@pytest.mark.parametrize(
    "opening",
    [
        "<title>โครงสร้างหน่วยงาน</title>",
        "<style>.page{margin:0}</style>",
        "\n<title>โครงสร้างหน่วยงาน</title>\n<meta charset='utf-8'><style>p{}</style>\n",
    ],
)
@pytest.mark.parametrize("element", ["section", "main", "header"])
def test_bodyless_page_opening_with_head_elements_keeps_its_content(
    opening: str, element: str
) -> None:
    html = opening + SECTION.replace("section", element)
    page = extract_page(html, URL)
    texts = [b.text for b in page.blocks]
    assert any("โครงสร้างส่วนราชการ" in t for t in texts), texts
    assert any("กองช่าง" in t for t in texts)
    assert [link.url for link in page.links] == ["http://127.0.0.1:9/files/chart.pdf"]
    if "<title>" in opening:
        assert page.title == "โครงสร้างหน่วยงาน"
    # the stylesheet stays out of the content
    assert not any("margin" in t or "p{}" in t for t in texts)


def test_a_page_with_a_body_is_read_as_before() -> None:
    html = (
        "<html><head><title>ข่าว</title><style>p{}</style></head>"
        "<body><main><h1>ข่าวประชาสัมพันธ์</h1><p>ประชุมสภา</p></main></body></html>"
    )
    page = extract_page(html, URL)
    assert page.title == "ข่าว"
    assert [b.text for b in page.blocks] == ["ข่าวประชาสัมพันธ์", "ประชุมสภา"]
