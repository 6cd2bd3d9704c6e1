"""Coverage per item: an unread checklist page leaves only its own items ``not_checked``.

Unit tests of crawler.coverage and the evaluation's use of it, then whole loopback
sites crawled for real: one with a failing page, an image-only export, a gallery and
a page built by JavaScript (browser off: unread for its item only; browser on:
rendered and judged like any page), one whose home page leads nowhere.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from checklist.definitions import load_checklist
from checklist.evaluate import CrawlState, evaluate_site
from checklist.freshness import load_policy
from checklist.match import default_matcher
from crawler import render
from crawler.coverage import crawl_outcome
from crawler.evaluation import crawl_state
from crawler.records import Agency
from crawler.spiders.agency import link_rows
from crawler.store import open_db
from oit.audit import run_audit
from tests import fixtures_javascript as pages
from tests.sites import Reply, Site, html, th_date

AS_OF = dt.date(2026, 11, 25)
BASE = {"oit/home": "ok", "oit/home_links": 6, "oit/relevant/scheduled": 6, "oit/relevant/done": 6}
SETTINGS = {
    "DOWNLOAD_TIMEOUT": 3,
    "RETRY_TIMES": 1,
    "OIT_RETRY_BACKOFF": 0.1,
    "AUTOTHROTTLE_START_DELAY": 0.05,
}
ALL = {item.code for item in load_checklist().items}


# -- unit: coverage and verdicts ------------------------------------------------------
def test_unread_pages_are_counted_per_item_and_keep_the_crawl_partial() -> None:
    stats = {
        **BASE,
        "oit/relevant/failed": 1,
        "oit/failed/server-error": 1,
        "oit/unread/5.7/server-error": 1,
        "oit/unread/5.11/javascript": 1,
        "oit/relevant/javascript": 1,
    }
    outcome = crawl_outcome(stats, "finished", 6)
    assert outcome.status == "partial"
    assert outcome.coverage["site_reasons"] == []
    assert set(outcome.coverage["unread_items"]) == {"5.7", "5.11"}
    assert "server error" in outcome.coverage["unread_items"]["5.7"]
    assert "JavaScript" in outcome.coverage["unread_items"]["5.11"]


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ({"oit/unread/*/timeout": 1}, "ITA/OIT page"),
        ({"oit/unread/?/blocked": 1}, "unknown item"),
        ({"oit/home_links": 0}, "no links to follow"),
        ({"oit/needs_javascript": True}, "could not be rendered"),
        ({"oit/relevant/done": 4}, "never answered"),
        ({"oit/relevant/failed": 2}, "not read"),  # counted, not attributed (an older spider)
    ],
)
def test_cuts_that_concern_every_item_are_site_reasons(extra: dict, words: str) -> None:
    outcome = crawl_outcome({**BASE, **extra}, "finished", 6)
    assert outcome.status == "partial"
    assert any(words in r for r in outcome.coverage["site_reasons"]), outcome.coverage[
        "site_reasons"
    ]


def test_a_home_page_without_links_but_with_content_is_a_one_page_site() -> None:
    outcome = crawl_outcome({**BASE, "oit/home_links": 0, "oit/home_text": 900}, "finished", 1)
    assert outcome.status == "ok"


def test_a_rendered_home_page_is_not_a_javascript_cut() -> None:
    outcome = crawl_outcome(
        {**BASE, "oit/needs_javascript": True, "oit/home_rendered": True, "oit/render/done": 1},
        "finished",
        6,
    )
    assert outcome.status == "ok" and outcome.coverage["rendered"] == 1


def test_time_budget_and_home_failure_still_concern_every_item() -> None:
    cut = crawl_outcome({**BASE, "oit/unread/5.7/budget": 2}, "closespider_timeout", 6)
    assert cut.coverage["site_reasons"] and crawl_state(_row(cut)).unread is None
    failed = crawl_outcome({"oit/home": "dns"}, "finished", 0)
    assert failed.status == "failed" and crawl_state(_row(failed)).status == "failed"


def _row(outcome) -> dict:  # noqa: ANN001 - a CrawlOutcome as the store keeps it
    return {
        "status": outcome.status,
        "reason": outcome.reason,
        "coverage": json.dumps(outcome.coverage, ensure_ascii=False),
    }


def test_partial_crawl_with_per_item_cuts_concludes_the_other_items() -> None:
    stats = {**BASE, "oit/relevant/failed": 1, "oit/unread/5.7/server-error": 1}
    state = crawl_state(_row(crawl_outcome(stats, "finished", 6)))
    assert state.status == "partial" and set(state.unread or {}) == {"5.7"}
    found = evaluate_site([], state, load_checklist(), default_matcher(), load_policy(), AS_OF)
    statuses = {f.code: f.status for f in found.items}
    assert statuses["5.7"] == "not_checked"
    assert all("server error" in part.reason for part in found.parts["5.7"])
    assert {s for code, s in statuses.items() if code != "5.7"} == {"missing"}
    # Without per-item coverage (an old crawl row), a partial crawl concludes nothing.
    old = evaluate_site(
        [], CrawlState("partial", "cut"), load_checklist(), default_matcher(), load_policy(), AS_OF
    )
    assert {f.status for f in old.items} == {"not_checked"}


def test_hub_links_are_attributed_by_the_row_around_them() -> None:
    body = (
        "<table><tr><td>o10</td><td>แผนการจัดซื้อจัดจ้าง ประจำปี 2569</td>"
        "<td><a href='/doc/77'>คลิก</a></td></tr>"
        "<tr><td>o25</td><td>ช่องทางการร้องเรียน</td><td><a href='/doc/78'>คลิก</a></td></tr></table>"
    )
    response = HtmlResponse(
        "http://x.test/ita.html", body=html("ITA", body).encode(), encoding="utf-8"
    )
    rows = link_rows(response)
    assert "แผนการจัดซื้อจัดจ้าง" in rows["http://x.test/doc/77"]
    assert "ร้องเรียน" in rows["http://x.test/doc/78"]


# -- whole sites on loopback ----------------------------------------------------------
def _routes() -> dict[str, Reply]:
    menu = "".join(
        f"<li><a href='/{path}'>{text}</a></li>"
        for path, text in (
            ("news.html", "ข่าวประชาสัมพันธ์"),
            ("procurement.html", "แผนการจัดซื้อจัดจ้าง"),
            ("complaint.html", "ช่องทางการร้องเรียน"),
            ("structure.html", "โครงสร้างหน่วยงาน"),
            ("gallery.html", "ภาพกิจกรรม"),
        )
    )
    home = html(
        "เทศบาลตำบลทดสอบ",
        f"<nav><ul>{menu}</ul></nav><h1>เทศบาลตำบลทดสอบ</h1><p>ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลทดสอบ</p>",
    )
    news = html(
        "ข่าวประชาสัมพันธ์",
        "<h1>ข่าวประชาสัมพันธ์</h1><p>เทศบาลจัดประชุมประจำเดือน "
        f"วันที่ {th_date(AS_OF - dt.timedelta(days=5))}</p>",
    )
    return {
        "/": Reply(body=home),
        "/news.html": Reply(body=news),
        "/procurement.html": Reply(500, "error"),
        "/complaint.html": Reply(
            body=pages.SPA_SHELL.replace("/static/js/main.5e1f3c.js", "/static/js/complaint.js")
        ),
        "/static/js/complaint.js": Reply(
            body=pages.COMPLAINT_APP, content_type="application/javascript"
        ),
        "/structure.html": Reply(body=pages.IMAGE_EXPORT),
        "/gallery.html": Reply(body=pages.GALLERY),
    }


def _audit(
    tmp: Path, routes: dict[str, Reply], settings: dict, paths: list[str] | None = None
) -> tuple[dict, dict[str, dict], list[dict]]:
    with Site(routes) as site:
        db = tmp / "coverage.db"
        run_id = run_audit(
            [Agency(id="t", name="t", url=site.url)],
            db,
            AS_OF,
            jobs=1,
            settings={**SETTINGS, **settings},
        )
        if paths is not None:
            paths += site.paths()
    with open_db(db) as store:
        crawl = store.crawls(run_id)[0]
        rows = store.findings(run_id)
    findings = {r["code"]: r for r in rows if r["part"] == "main"}
    return crawl, findings, [r for r in rows if r["part"] != "main"]


@pytest.fixture(scope="module")
def without_browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict, dict, list]]:
    yield _audit(tmp_path_factory.mktemp("nobrowser"), _routes(), {"OIT_RENDER_JAVASCRIPT": False})


@pytest.mark.integration
def test_one_unreadable_page_leaves_only_its_items_unconcluded(without_browser) -> None:  # noqa: ANN001
    crawl, findings, parts = without_browser
    coverage = json.loads(crawl["coverage"])
    assert crawl["status"] == "partial" and coverage["site_reasons"] == []
    assert set(coverage["unread_items"]) == {"5.7", "5.11"}
    assert findings["5.7"]["status"] == "not_checked"
    assert all("server error" in r["reason"] for r in parts if r["code"] == "5.7")
    assert (
        findings["5.11"]["status"] == "not_checked" and "JavaScript" in findings["5.11"]["reason"]
    )
    assert findings["5.2"]["status"] == "ok"
    # The image-only export and the gallery are read as (empty) pages: nothing else is unconcluded.
    rest = {code: f["status"] for code, f in findings.items() if code not in ("5.2", "5.7", "5.11")}
    assert "not_checked" not in rest.values() and "missing" in rest.values(), rest


@pytest.mark.integration
def test_a_home_page_that_leads_nowhere_concludes_nothing(tmp_path: Path) -> None:
    crawl, findings, _ = _audit(
        tmp_path, {"/": Reply(body=pages.IMAGE_EXPORT)}, {"OIT_RENDER_JAVASCRIPT": False}
    )
    assert crawl["status"] == "partial" and "no links" in crawl["reason"]
    assert {f["status"] for f in findings.values()} == {"not_checked"}
    assert set(findings) == ALL


@pytest.mark.integration
def test_a_page_that_needs_javascript_is_rendered_by_chromium_and_judged(tmp_path: Path) -> None:
    if render.find_chromium() is None:
        pytest.skip(
            "no system Chromium (/usr/bin/chromium) or scrapy-playwright: nothing to render with"
        )
    routes = _routes()
    routes["/complaint.html"] = Reply(
        body=routes["/complaint.html"]
        .data()
        .decode()
        .replace("<div id='root'>", "<img src='/static/banner.jpg'><div id='root'>")
    )
    paths: list[str] = []
    crawl, findings, _ = _audit(tmp_path, routes, {}, paths)
    coverage = json.loads(crawl["coverage"])
    assert coverage["rendered"] >= 1, coverage
    # The browser loaded the page's script, but no picture: text is all the audit reads.
    assert "/static/js/complaint.js" in paths and "/static/banner.jpg" not in paths
    assert paths.count("/complaint.html") == 2  # once by Scrapy, once by the browser
    assert set(coverage["unread_items"]) == {"5.7"}  # the failing page only
    assert findings["5.11"]["status"] in ("ok", "undated", "stale"), findings["5.11"]
    assert "complaint.html" in findings["5.11"]["evidence"]
    assert findings["5.7"]["status"] == "not_checked"
