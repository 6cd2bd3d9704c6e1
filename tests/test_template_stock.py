"""Unfilled templates whose stock content is the only thing under a heading (issue 15, point 4).

Failure class seen on a saved foundation site: every page of its template opens with a title and
the same "Lorem ipsum" subtitle, then an image; the structure page ("โครงสร้างการจัดแบ่งส่วนงาน")
and the complaint page had nothing else. The repeated subtitle was taken out as chrome, so the
page looked like a title over an image (an image-only chart) and became evidence.
Markup and wording here are our own.
"""

from __future__ import annotations

import datetime as dt

from checklist.evaluate import candidates
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import SitePage

BASE = "http://127.0.0.1:9/"
DAY = dt.date(2026, 5, 24)
FILLER = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>"


def _page(path: str, title: str, body: str, subtitle: str = FILLER) -> SitePage:
    html = (
        f"<html><head><title>{title}</title></head><body><main><h2>{title}</h2>{subtitle}"
        f"{body}</main></body></html>"
    )
    url = BASE + path
    return SitePage(url=url, kind="html", content=extract_page(html, url), fetched_on=DAY)


def _hits(pages: list[SitePage], path: str) -> set[str]:
    found, _ = candidates(pages, default_matcher(), DAY)
    return {h.code for c in found if c.doc.url == BASE + path for h in c.hits}


def _site(structure: SitePage) -> list[SitePage]:
    others = [
        _page(f"page{n}.php", f"หน้าที่ {n}", f"<p>เนื้อหาเฉพาะของหน้าที่ {n} " * 8 + "</p>")
        for n in range(1, 5)
    ]
    return [structure, *others]


CHART = '<img src="/files/media/chart-2567.jpg" alt="">'


def test_a_title_over_the_templates_filler_and_an_image_is_not_a_chart() -> None:
    page = _page("structure.php", "โครงสร้างการจัดแบ่งส่วนงาน", CHART)
    assert "5.1" not in _hits(_site(page), "structure.php")


def test_the_same_chart_page_without_the_filler_is_a_chart() -> None:
    # Control: the site's other pages carry the filler, this page's own subtitle is real text.
    page = _page(
        "structure.php",
        "โครงสร้างการจัดแบ่งส่วนงาน",
        CHART,
        subtitle="<p>แผนภูมิโครงสร้างของมูลนิธิ</p>",
    )
    assert "5.1" in _hits(_site(page), "structure.php")


def test_a_stock_picture_named_for_another_item_is_no_chart() -> None:
    # Failure class seen on a saved department site: the structure page of a theme shows the
    # webboard page's picture ("webboard.png", alt "Webboard") under "โครงสร้างการแบ่งส่วนราชการ…".
    stock = '<img src="/assets/img/content/webboard.png" alt="Webboard">'
    page = _page("orgchart.php", "โครงสร้างการแบ่งส่วนราชการของกรม", stock, subtitle="")
    assert "5.1" not in _hits(_site(page), "orgchart.php")
    # Its own chart picture, or one named for the structure, is the structure.
    for chart in (CHART, '<img src="/files/orgchart-2567.png" alt="โครงสร้างองค์กร">'):
        page = _page("orgchart.php", "โครงสร้างการแบ่งส่วนราชการของกรม", chart, subtitle="")
        assert "5.1" in _hits(_site(page), "orgchart.php")
