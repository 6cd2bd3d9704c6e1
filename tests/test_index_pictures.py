"""Failure class of 5.1/laws from the real-site corpus (issue 15): a home page lists the
ordinance categories (เทศบัญญัติ…), each linked to an empty category page, beside the theme's
pictures (banners, tab headers). The pictures publish no law: the list is an index of nothing
for laws. Our own markup and wording."""

from __future__ import annotations

import datetime as dt

from checklist.evaluate import candidates
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import SitePage

DAY = dt.date(2025, 6, 1)
MENU = "<nav><a href='http://t.go.th/'>หน้าแรก</a><a href='http://t.go.th/news'>ข่าวสาร</a></nav>"
CATS = {
    "budget": "เทศบัญญัติงบประมาณรายจ่ายประจำปี",
    "market": "เทศบัญญัติว่าด้วยตลาดสด",
    "dogs": "เทศบัญญัติการควบคุมการเลี้ยงสุนัขและแมว",
}


def _hits(extra: str) -> dict[str, set[str]]:
    rows = "".join(
        f"<div><a href='http://t.go.th/canon/{k}'>{v}</a></div>" for k, v in CATS.items()
    )
    bodies = {
        "http://t.go.th/": MENU + extra + rows,
        "http://t.go.th/news": MENU + "<h1>ข่าวสาร</h1><p>กิจกรรมวันเด็กแห่งชาติของเทศบาลตำบลตัวอย่าง</p>",
    }
    for k, v in CATS.items():
        bodies[f"http://t.go.th/canon/{k}"] = MENU + f"<h2>{v}</h2>"
    pages = [
        SitePage(
            url=u,
            kind="html",
            fetched_on=DAY,
            content=extract_page(f"<html><body>{b}</body></html>", u),
        )
        for u, b in bodies.items()
    ]
    found, _ = candidates(pages, default_matcher(), DAY)
    return {c.doc.url: {f"{h.code}/{h.part}" for h in c.hits} for c in found}


def test_theme_pictures_do_not_keep_an_index_of_empty_law_categories() -> None:
    pictures = "".join(f"<img src='/theme/head-{n}.png'>" for n in range(4))
    assert "5.1/laws" not in _hits(pictures).get("http://t.go.th/", set())
    # A file the index links is a law published: the index stays. (Not a budget ordinance: the
    # items file excludes เทศบัญญัติงบประมาณ from 5.1/laws, and a first line that vetoes a part
    # names the page, see test_real_classes4's status lookup.)
    pdf = "<p><a href='/files/canon-2566.pdf'>เทศบัญญัติเรื่องการจัดการสิ่งปฏิกูลและมูลฝอย พ.ศ. 2566</a></p>"
    assert "5.1/laws" in _hits(pictures + pdf).get("http://t.go.th/", set())


def test_the_pager_of_an_index_is_no_row_of_it() -> None:
    # Class: a law index of empty categories with a pager ("1", "ก่อนหน้า", "ถัดไป" -> the same page with
    # ?page=...): the pager's links lead to the list itself, not to a law.
    pager = (
        "<div><a href='http://t.go.th/?page=1'>1</a><a href='http://t.go.th/?page='>ก่อนหน้า</a>"
        "<a href='http://t.go.th/?page='>ถัดไป</a></div>"
    )
    assert "5.1/laws" not in _hits(pager).get("http://t.go.th/", set())
