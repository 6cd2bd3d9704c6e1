"""Crawler traps are stopped without losing real pages, and every trapped crawl ends with a status.

A loopback site with an endless calendar (query and path forms), a session id in
every link, a relative-link bug that repeats path segments, a query-string
explosion of sort/filter parameters, and a checklist link that redirects in a loop.
"""

from __future__ import annotations

import itertools
import json
import secrets
from collections.abc import Iterator

import pytest

from crawler.records import Agency
from crawler.store import open_db
from oit.audit import run_audit
from tests.conftest import TODAY
from tests.sites import Reply, Site, html

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser

MENU = (
    '<a href="/structure.html">โครงสร้างหน่วยงาน</a> <a href="/complaint.html">ช่องทางการร้องเรียน</a> '
    '<a href="/calendar.php?ym=2026-11">ปฏิทินกิจกรรม</a> <a href="/events/2026/11/">กิจกรรม</a> '
    '<a href="/docs/">เอกสารเผยแพร่</a> <a href="/list.php">รายการทั้งหมด</a>'
)


def _session(path: str, query: str) -> Reply:
    sid = secrets.token_hex(8)  # a new session id in every link of every answer
    links = (
        f'<a href="/news.php?PHPSESSID={sid}">ข่าวประชาสัมพันธ์</a> '
        f'<a href="/board.php;jsessionid={sid.upper()}?id=1">กระดานข่าว</a>'
    )
    return Reply(
        body=html("หน้าแรก", f'<div class="menu">{MENU}</div><div id="content">{links}</div>')
    )


def _calendar(path: str, query: str) -> Reply:
    year, month = (int(x) for x in query.split("=")[1].split("-"))
    nxt = f"{year + month // 12}-{month % 12 + 1:02d}"
    prv = f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
    return Reply(
        body=html(
            "ปฏิทิน", f'<a href="/calendar.php?ym={prv}">«</a> <a href="/calendar.php?ym={nxt}">»</a>'
        )
    )


def _events(path: str, query: str) -> Reply | None:
    parts = [p for p in path.split("/") if p]
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    year, month = int(parts[1]), int(parts[2])
    nxt = f"/events/{year + month // 12}/{month % 12 + 1:02d}/"
    return Reply(body=html("กิจกรรม", f'<a href="{nxt}">เดือนถัดไป</a>'))


def _docs(path: str, query: str) -> Reply | None:
    if not path.startswith("/docs/"):
        return None
    return Reply(
        body=html("เอกสาร", '<a href="docs/">เอกสารเผยแพร่</a> <a href="manual.html">คู่มือ</a>')
    )


SORTS = [
    f"sort={s}&dir={d}&view={v}"
    for s, d, v in itertools.product(
        ["name", "date", "size", "type"], ["asc", "desc"], ["list", "grid", "table"]
    )
]


def _list(path: str, query: str) -> Reply:
    links = " ".join(
        f'<a href="/list.php?{q}&amp;filter={query[-3:] or "x"}">{q}</a>' for q in SORTS
    )
    return Reply(body=html("รายการ", links))


def _fallback(path: str, query: str) -> Reply | None:
    for prefix, fn in (
        ("/calendar.php", _calendar),
        ("/events/", _events),
        ("/docs/", _docs),
        ("/list.php", _list),
    ):
        if path.startswith(prefix):
            return fn(path, query)
    if path in ("/structure.html", "/complaint.html", "/news.php", "/board.php"):
        return Reply(body=html("หน้า", f"<h1>{path}</h1><p>ข้อมูล ณ วันที่ 1 พฤศจิกายน 2569</p>"))
    return None


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    traps = Site({"/": _session}, fallback=_fallback).start()
    looping = Site(
        {
            "/": Reply(
                body=html(
                    "หน้าแรก",
                    '<a href="/news.html">ข่าวประชาสัมพันธ์</a>'
                    '<a href="/complaint.html">ช่องทางการร้องเรียน</a>',
                )
            ),
            "/news.html": Reply(302, headers=(("Location", "/news.html?r=1"),)),
            "/news.html?r=1": Reply(302, headers=(("Location", "/news.html"),)),
            "/complaint.html": Reply(body=html("ร้องเรียน", "<h1>ช่องทางการร้องเรียน</h1>")),
        }
    ).start()
    db = tmp_path_factory.mktemp("traps") / "traps.db"
    run_id = run_audit(
        [Agency("traps", "traps", traps.url), Agency("loop", "loop", looping.url)],
        db,
        TODAY,
        jobs=2,
        settings={"AUTOTHROTTLE_ENABLED": False},
    )
    with open_db(db) as store:
        crawls = {c["agency_id"]: c for c in store.crawls(run_id)}
        pages = {k: [p["url"] for p in store.pages(c["id"])] for k, c in crawls.items()}
    yield {"crawls": crawls, "pages": pages, "traps": traps, "looping": looping}
    traps.stop()
    looping.stop()


def test_traps_are_bounded_and_real_pages_kept(crawled: dict) -> None:
    paths = crawled["traps"].paths()
    assert len(paths) <= 70, len(paths)
    for real in ("/structure.html", "/complaint.html", "/docs/manual.html"):
        assert real in paths, real
    assert sum(p.startswith("/calendar.php") for p in paths) <= 6
    assert sum(p.startswith("/events/") for p in paths) <= 6
    assert not any(p.startswith("/docs/docs/docs/") for p in paths)
    assert sum(p.startswith("/list.php") for p in paths) <= 32


def test_session_ids_do_not_multiply_pages(crawled: dict) -> None:
    paths = crawled["traps"].paths()
    assert sum(p.startswith("/news.php") for p in paths) == 1
    assert sum(p.startswith("/board.php") for p in paths) == 1
    stored = crawled["pages"]["traps"]
    assert not any("PHPSESSID" in u or "jsessionid" in u for u in stored)


def test_trapped_crawl_ends_ok_with_the_traps_recorded(crawled: dict) -> None:
    crawl = crawled["crawls"]["traps"]
    coverage = json.loads(crawl["coverage"])
    assert crawl["status"] == "ok", crawl["reason"]
    assert coverage["traps"].get("query-explosion", 0) > 0
    assert coverage["capped"].get("entries", 0) > 0  # calendar months beyond the first few


def test_redirect_loop_on_a_checklist_link_is_partial(crawled: dict) -> None:
    crawl = crawled["crawls"]["loop"]
    assert crawl["status"] == "partial"
    assert "redirect-loop 1" in crawl["reason"]
    assert len(crawled["looping"].paths()) <= 15  # bounded by REDIRECT_MAX_TIMES
