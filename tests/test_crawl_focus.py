"""The focused crawl: checklist pages first, list entries sampled, budgets cut honestly, nothing off-site.

One audit (one crawl process) of the demo sites a05 and a01 (the latter also with a
3-page budget) and of generated loopback sites; then assertions on what was fetched
and how each crawl ended.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.records import Agency, Budget
from crawler.store import open_db
from oit.agencies import parse_agencies
from oit.audit import run_audit
from tests.conftest import TODAY
from tests.sites import Reply, Site, html, news_site

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "oit" / "demo" / "expected.json").read_text(encoding="utf-8"))
MENU = '<div class="menu"><a href="/ita.html">ITA การเปิดเผยข้อมูลสาธารณะ (OIT) 2570</a></div>'


def _slow_site() -> Site:
    slugs = [f"{a}{b}" for a in "abcde" for b in "fghijklm"]  # 40 pages, no numbered pattern
    links = "".join(f'<li><a href="/news-{s}.html">ข่าวประชาสัมพันธ์ เรื่อง {s}</a></li>' for s in slugs)
    page = Reply(body=html("ข่าว", "<h1>ข่าวประชาสัมพันธ์</h1><p>ประชุมประจำเดือน</p>"), delay=0.6)
    return Site(
        {"/": Reply(body=html("หน้าแรก", f"<ul>{links}</ul>"))}, fallback=lambda path, query: page
    )


def _deep_site() -> Site:
    return Site(
        {
            "/": Reply(body=html("หน้าแรก", '<a href="/about.html">ข้อมูลพื้นฐาน</a>')),
            "/about.html": Reply(
                body=html("ข้อมูลพื้นฐาน", '<a href="/structure.html">โครงสร้างหน่วยงาน</a>')
            ),
            "/structure.html": Reply(body=html("โครงสร้าง", "<h1>โครงสร้างหน่วยงาน</h1>")),
        }
    )


def _hub_site() -> Site:
    rows = "".join(
        f"<tr><td>O{n}</td><td>ข้อมูลข้อ {n}</td><td><a href='/o.php?id={n}'>คลิก</a></td></tr>"
        for n in range(1, 13)
    )
    hub = html("ITA", f"<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2570</h1><table>{rows}</table>")
    return Site(
        {"/": Reply(body=html("หน้าแรก", MENU)), "/ita.html": Reply(body=hub)},
        fallback=lambda path, query: Reply(body=html("O", f"<h1>{query}</h1><p>เอกสาร</p>")),
    )


def _scope_sites() -> tuple[Site, Site]:
    other = Site({"/": Reply(body=html("other", "<h1>อีกเว็บหนึ่ง</h1>"))}).start()
    body = (
        f'<a href="{other.url}news.html">ข่าวประชาสัมพันธ์ (เว็บอื่น)</a>'
        '<a href="/complaint.html">ช่องทางร้องเรียน</a>'
        '<a href="https://drive.google.com/file/d/1/view">แผนการจัดซื้อจัดจ้าง 2570</a>'
        '<a href="/files/plan.xlsx">แผนปฏิบัติราชการประจำปี 2570 (Excel)</a>'
        '<a href="/files/big.pdf">รายงานผลการปฏิบัติราชการประจำปี 2569</a>'
    )
    big_pdf = b"%PDF-1.4\n" + b"0" * 300_000
    own = Site(
        {
            "/": Reply(body=html("หน้าแรก", body)),
            "/complaint.html": Reply(302, headers=(("Location", f"{other.url}complaint"),)),
            "/files/big.pdf": Reply(body=big_pdf, content_type="application/pdf"),
        }
    )
    return own, other


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory, demo_sites) -> Iterator[dict]:
    tmp = tmp_path_factory.mktemp("focus")
    own, other = _scope_sites()
    sites = {
        "gen": Site(news_site(TODAY, news=150, albums=60, threads=60, procurement=40)),
        "slow": _slow_site(),
        "deep": _deep_site(),
        "hub": _hub_site(),
        "scope": own,
    }
    for site in sites.values():
        site.start()
    agencies = [
        Agency("a05", "a05", demo_sites.url("a05")),
        Agency("a01", "a01", demo_sites.url("a01")),
        Agency("a01-cut", "a01", demo_sites.url("a01"), budget=Budget(max_pages=3)),
        Agency("gen", "gen", sites["gen"].url),
        Agency("slow", "slow", sites["slow"].url, budget=Budget(max_seconds=4)),
        Agency("deep", "deep", sites["deep"].url, budget=Budget(max_depth=1)),
        Agency("hub", "hub", sites["hub"].url),
        Agency("scope", "scope", own.url, budget=Budget(max_pdf_bytes=50_000)),
    ]
    db = tmp / "focus.db"
    run_id = run_audit(
        agencies, db, TODAY, jobs=len(agencies), settings={"AUTOTHROTTLE_ENABLED": False}
    )
    with open_db(db) as store:
        crawls = {c["agency_id"]: c for c in store.crawls(run_id)}
        pages = {k: list(store.pages(c["id"])) for k, c in crawls.items()}
        findings: dict[str, dict[tuple[str, str], dict]] = {}
        for row in store.findings(run_id):
            findings.setdefault(row["agency_id"], {})[(row["code"], row["part"])] = row
    yield {"crawls": crawls, "pages": pages, "findings": findings, "sites": sites, "other": other}
    for site in [*sites.values(), other]:
        site.stop()


def _paths(crawled: dict, agency: str) -> list[str]:
    return ["/" + p["url"].split("/", 3)[-1] for p in crawled["pages"][agency]]


def _coverage(crawled: dict, agency: str) -> dict:
    return json.loads(crawled["crawls"][agency]["coverage"])


@pytest.mark.integration
def test_a05_photo_albums_are_sampled_not_crawled(crawled: dict) -> None:
    paths = _paths(crawled, "a05")
    albums = [p for p in paths if re.search(r"/gallery/album-\d+\.html$", p)]
    gallery_pages = [p for p in paths if p.startswith("/gallery/index.html?page=")]
    calendar = [p for p in paths if p.startswith("/calendar.php")]
    assert 1 <= len(albums) <= 6, albums  # was 120
    assert len(gallery_pages) <= 1, gallery_pages  # the first list page and one more
    assert len(calendar) <= 6, calendar
    assert crawled["crawls"]["a05"]["requests"] <= 45
    coverage = _coverage(crawled, "a05")
    assert coverage["reached"] is True
    assert coverage["capped"]["entries"] >= 20 and coverage["capped"]["pages"] >= 1


@pytest.mark.parametrize("agency", ["a05", "a01"])
@pytest.mark.integration
def test_sampling_keeps_the_planted_statuses(crawled: dict, agency: str) -> None:
    got = crawled["findings"][agency]
    for code, want in EXPECTED["agencies"][agency]["items"].items():
        assert got[(code, "main")]["status"] == want["status"], code
        for part, part_want in want.get("parts", {}).items():
            assert got[(code, part)]["status"] == part_want["status"], (code, part)


@pytest.mark.integration
def test_cut_short_keyword_rich_crawl_is_not_checked_never_missing(crawled: dict) -> None:
    crawl = crawled["crawls"]["a01-cut"]
    assert crawl["status"] == "partial" and "not followed (budget)" in crawl["reason"]
    assert _coverage(crawled, "a01-cut")["relevant_skipped"] > 0
    statuses = {row["status"] for row in crawled["findings"]["a01-cut"].values()}
    assert "missing" not in statuses and "not_checked" in statuses
    assert len(crawled["pages"]["a01-cut"]) <= 3


@pytest.mark.integration
def test_list_entries_followed_are_the_newest(crawled: dict) -> None:
    paths = _paths(crawled, "gen")
    news = sorted(int(p.split("=")[1]) for p in paths if p.startswith("/news.php?id="))
    assert news == [1, 2, 3, 4, 5]  # entries are numbered newest first
    assert [p for p in paths if "page=" in p and p.startswith("/news.php")] == ["/news.php?page=2"]
    assert crawled["crawls"]["gen"]["requests"] <= 60  # the site has over 400 pages
    assert {row["status"] for row in crawled["findings"]["gen"].values()} == {"ok"}


@pytest.mark.integration
def test_time_budget_cut_is_partial(crawled: dict) -> None:
    crawl = crawled["crawls"]["slow"]
    assert crawl["status"] == "partial" and "time budget" in crawl["reason"]
    assert _coverage(crawled, "slow")["close_reason"] == "closespider_timeout"


@pytest.mark.integration
def test_depth_budget_cut_of_a_checklist_link_is_partial(crawled: dict) -> None:
    crawl = crawled["crawls"]["deep"]
    assert crawl["status"] == "partial" and "not followed" in crawl["reason"]
    assert "/structure.html" not in _paths(crawled, "deep")


@pytest.mark.integration
def test_every_link_of_a_hub_is_followed_whatever_its_text(crawled: dict) -> None:
    paths = _paths(crawled, "hub")
    assert {f"/o.php?id={n}" for n in range(1, 13)} <= set(paths)
    assert crawled["crawls"]["hub"]["status"] == "ok"


@pytest.mark.integration
def test_nothing_off_site_is_requested(crawled: dict, demo_sites) -> None:
    assert crawled["other"].paths() == []  # neither the link nor the redirect went there
    for agency, pages in crawled["pages"].items():
        home = crawled["crawls"][agency]["url"]
        for page in pages:
            assert page["url"].startswith(home), page["url"]
    redirect = next(p for p in crawled["pages"]["scope"] if p["url"].endswith("/complaint.html"))
    assert redirect["kind"] == "redirect" and redirect["error"] is None
    assert "/files/plan.xlsx" not in _paths(crawled, "scope")  # recorded from its link only
    assert crawled["crawls"]["scope"]["status"] == "ok"


@pytest.mark.integration
def test_pdf_over_the_size_cap_is_recorded_not_failed(crawled: dict) -> None:
    pdf = next(p for p in crawled["pages"]["scope"] if p["url"].endswith("/files/big.pdf"))
    assert pdf["kind"] == "pdf" and pdf["error"] is None and "size cap" in pdf["detail"]
    assert pdf["size"] < 300_000


def test_budget_columns_in_the_csv_override_the_defaults() -> None:
    agencies, problems = parse_agencies(
        "id,url,max_pages,list_entries,list_pages,explore_share\nx,https://a.go.th/,40,3,1,0.1\n"
    )
    assert problems == []
    assert agencies[0].budget == Budget(
        max_pages=40, list_entries=3, list_pages=1, explore_share=0.1
    )
    assert Budget().max_pages == 250 and Budget().list_entries == 5
