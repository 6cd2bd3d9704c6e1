"""A crawl's findings do not depend on the order its pages answered in.

Seen once under heavy load: 1 and 2 crawl processes stored different evidence titles for one
item, because two pages name the same off-site target with different texts ("แบบประเมิน…" on
one, "ประเมิน…" on another) and the first text seen became the title. Our own markup."""

from __future__ import annotations

import datetime as dt
import itertools

from checklist.definitions import load_checklist
from checklist.evaluate import CrawlState, evaluate_site
from checklist.extract import extract_page
from checklist.freshness import load_policy
from checklist.match import default_matcher
from checklist.model import SitePage

DAY = dt.date(2026, 12, 1)
BASE = "http://t.go.th/"
MENU = "<nav><a href='/'>หน้าแรก</a><a href='/news.html'>ข่าว</a><a href='/opinion.html'>ความคิดเห็น</a></nav>"
BODIES = {
    "": "<h1>ยินดีต้อนรับ</h1><p><a href='https://forms.gle/Survey1'>ประเมินความพึงพอใจการให้บริการ</a></p>"
    "<p><a href='https://www.facebook.com/t.municipality'>เทศบาลตำบลทดลอง</a></p>",
    "opinion.html": "<h1>ช่องทางการรับฟังความคิดเห็น</h1><p>ประกาศ ณ วันที่ 22 พฤศจิกายน 2569</p>"
    "<p><a href='https://www.facebook.com/t.municipality'>Facebook เทศบาลตำบลทดลอง</a></p>"
    "<p><a href='https://forms.gle/Survey1'>แบบประเมินความพึงพอใจ</a></p>",
    "news.html": "<h1>ข่าวประชาสัมพันธ์</h1><p>ประชุมประจำเดือน 1 พฤศจิกายน 2569</p>",
}


def _findings(pages: list[SitePage]) -> list[tuple]:
    result = evaluate_site(
        pages,
        CrawlState("ok", ""),
        load_checklist(),
        default_matcher(),
        load_policy(),
        DAY,
        home=BASE,
    )
    return [
        (f.code, f.part, f.status, tuple((e.url, e.title, e.date) for e in f.evidence))
        for item in result.items
        for f in (item, *result.parts.get(item.code, ()))
    ]


def test_every_order_of_the_same_pages_gives_the_same_findings() -> None:
    pages = [
        SitePage(
            url=BASE + path,
            kind="html",
            fetched_on=DAY,
            content=extract_page(f"<html><body>{MENU}{body}</body></html>", BASE + path),
        )
        for path, body in BODIES.items()
    ]
    orders = [_findings(list(order)) for order in itertools.permutations(pages)]
    assert all(found == orders[0] for found in orders)
    # The fixture reaches the case: an off-site target named by two different texts is evidence.
    titles = {e[1] for row in orders[0] for e in row[3] if e[0] == "https://forms.gle/Survey1"}
    assert titles, orders[0]
