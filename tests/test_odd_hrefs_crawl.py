"""A page holding an href that is no address ("http://[link]/" left by a template) is still
read, and its other links followed: one such link used to make the whole page "unreadable",
and on a home page that blanked the site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crawler.records import Agency
from crawler.store import open_db
from oit.audit import run_audit
from tests.sites import Reply, Site, html

pytestmark = pytest.mark.integration  # a loopback server and a crawl process

HOME = html(
    "หน้าแรก",
    '<h1>เทศบาลตำบลทดสอบ</h1><ul><li><a href="http://[link]/">เว็บลิงก์</a></li>'
    '<li><a href="/news.html">ข่าวประชาสัมพันธ์</a></li></ul>',
)
NEWS = html("ข่าว", "<h1>ข่าวประชาสัมพันธ์</h1><p>ประชุมประจำเดือน 20 พฤศจิกายน 2569</p>")


def test_a_home_page_with_an_href_that_is_no_address_is_read_and_followed(tmp_path: Path) -> None:
    with Site({"/": Reply(body=HOME), "/news.html": Reply(body=NEWS)}) as site:
        origin = site.url.rstrip("/")
        run_id = run_audit(
            [Agency(id="t1", name="ทดสอบ", url=site.url)],
            tmp_path / "audit.db",
            dt.date(2026, 11, 25),
            jobs=1,
        )
    with open_db(tmp_path / "audit.db") as store:
        (crawl,) = store.crawls(run_id)
        pages = {p["url"].removeprefix(origin): p for p in store.pages(crawl["id"])}
    assert crawl["status"] == "ok"
    assert pages["/"]["kind"] == "html" and pages["/"]["error"] is None
    assert pages["/news.html"]["kind"] == "html"
