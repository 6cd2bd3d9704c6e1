"""The crawl process evaluates an agency from the pages it just stored, kept in memory, and
without explaining near misses: the same pages and the same findings rows as from the store."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from checklist.extract import extract_page
from crawler.evaluation import Rules, _Unexplained, crawl_findings, evaluate_crawl, finding_rows
from crawler.pipelines import KEPT, StorePipeline, take_pages
from crawler.records import Agency, CrawlOutcome, FetchedPage
from crawler.store import _page_content_to_json, open_db
from tests.conftest import TODAY

AGENCY = Agency(id="m01", name="เทศบาลทดสอบ", url="http://m.go.th/")
HOME = """<title>หน้าแรก</title><nav><a href='/news'>ข่าวประชาสัมพันธ์</a>
<a href='/ita'>ITA การเปิดเผยข้อมูลสาธารณะ</a></nav>
<h1>เทศบาลทดสอบ</h1><p>ที่อยู่ 1 ถนนทดสอบ โทรศัพท์ 0 2123 4567</p>"""
NEWS = """<title>ข่าวประชาสัมพันธ์</title><h1>ข่าวประชาสัมพันธ์</h1>
<ul><li><a href='/news/1'>ประชุมประจำเดือน</a> 3 พฤศจิกายน 2569</li></ul>"""
ITA = """<title>ITA</title><h1>การเปิดเผยข้อมูลสาธารณะ</h1>
<table><tr><td>O1 โครงสร้าง</td><td><a href='/o1.pdf'>คลิก</a></td></tr>
<tr><td>O10 แผนการใช้จ่ายงบประมาณประจำปี</td><td><a href='/o10'>ดาวน์โหลด</a></td></tr></table>"""
# Pages that name an item under a heading over nothing: turned away, near misses a report explains.
PLAN = "<title>แผนดำเนินงานประจำปี</title><h1>แผนดำเนินงานประจำปี</h1>"
MANUAL = "<title>คู่มือการปฏิบัติงาน</title><h1>คู่มือการปฏิบัติงาน</h1><p>อยู่ระหว่างจัดทำ</p>"


def _page(path: str, html: str, **extra: object) -> FetchedPage:
    url = AGENCY.url.rstrip("/") + path
    return FetchedPage(url=url, kind="html", status=200, content=extract_page(html, url), **extra)  # type: ignore[arg-type]


def _crawl(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "m.db"
    with open_db(db) as store:
        store.upsert_agencies([AGENCY])
        run = store.start_run("audit", dt.date(2026, 11, 25), "v")
        return db, store.start_crawl(run, AGENCY)


def test_kept_pages_are_the_stored_pages_in_store_order(tmp_path: Path) -> None:
    db, crawl_id = _crawl(tmp_path)
    pipeline = StorePipeline(str(db), crawl_id, keep=True)
    pipeline.open_spider()
    first = _page("/", HOME, headers=(("last-modified", "Wed, 21 Oct 2026 07:28:00 GMT"),))
    for page in (
        first,
        _page("/news", NEWS),
        _page("/ita", ITA),
        FetchedPage(url="http://m.go.th/gone", kind="error", error="http-404", status=404),
        _page("/", HOME + "<p>อีกครั้ง</p>"),
    ):  # stored again: same place, new values
        pipeline.process_item(page)
    pipeline.close_spider()
    kept = take_pages(crawl_id)
    assert crawl_id not in KEPT and take_pages(crawl_id) is None  # taken once
    with open_db(db) as store:
        stored = store.site_pages(crawl_id)
    assert kept == stored and [p.url for p in kept][:2] == [
        "http://m.go.th/",
        "http://m.go.th/news",
    ]
    assert "อีกครั้ง" in kept[0].text and kept[0].last_modified is None and kept[0].fetched_on


def test_a_resumed_crawl_is_not_kept(tmp_path: Path) -> None:
    db, crawl_id = _crawl(tmp_path)
    with open_db(db) as store:  # an earlier process stored a page of this crawl
        store.save_page(crawl_id, _page("/", HOME))
    pipeline = StorePipeline(str(db), crawl_id, keep=True)
    pipeline.open_spider()
    pipeline.process_item(_page("/news", NEWS))
    pipeline.close_spider()
    assert take_pages(crawl_id) is None  # the evaluation reads both pages from the store


def test_findings_rows_are_the_same_with_kept_pages_and_without_explaining(tmp_path: Path) -> None:
    db, crawl_id = _crawl(tmp_path)
    pipeline = StorePipeline(str(db), crawl_id, keep=True)
    pipeline.open_spider()
    for page in (
        _page("/", HOME),
        _page("/news", NEWS),
        _page("/ita", ITA),
        _page("/plan", PLAN),
        _page("/manual", MANUAL),
    ):
        pipeline.process_item(page)
    pipeline.close_spider()
    kept = take_pages(crawl_id)
    rules = Rules.default()
    with open_db(db) as store:
        store.finish_crawl(crawl_id, CrawlOutcome("ok", 5, 5))
        crawl = store.crawl(crawl_id)
        full = evaluate_crawl(
            store, crawl, TODAY, rules
        )  # near misses explained, read from the store
        rows = crawl_findings(store, crawl, TODAY, rules, kept)
        quick = evaluate_crawl(
            store, crawl, TODAY, replace(rules, matcher=_Unexplained(rules.matcher)), kept
        )
    assert any(f.rejected for f in full.items) and not any(f.rejected for f in quick.items)
    assert rows == finding_rows(AGENCY.id, full, TODAY)
    assert {r["status"] for r in rows} >= {"missing"}


def test_content_json_is_what_asdict_gives() -> None:
    from dataclasses import asdict

    content = extract_page(ITA + "<img src='/chart.png' alt='แผนผังองค์กร'>", AGENCY.url)
    assert json.loads(_page_content_to_json(content) or "") == json.loads(
        json.dumps(asdict(content))
    )
    assert _page_content_to_json(content) == json.dumps(asdict(content), ensure_ascii=False)
