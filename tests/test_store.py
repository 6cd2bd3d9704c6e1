from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from checklist.extract import extract_page
from crawler.records import Agency, CrawlOutcome, FetchedPage
from crawler.store import StoreError, open_db

AGENCY = Agency(id="a01", name="เทศบาล", url="http://a.go.th/")


def test_pages_round_trip_and_runs_accumulate(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    content = extract_page("<title>t</title><nav><a href='/m'>เมนู</a></nav><p>ข่าว</p>", AGENCY.url)
    with open_db(db) as store:
        store.upsert_agencies([AGENCY])
        for _ in range(2):
            run = store.start_run("audit", dt.date(2026, 11, 25), "2569.1")
            crawl = store.start_crawl(run, AGENCY)
            store.save_page(
                crawl,
                FetchedPage(
                    url=AGENCY.url,
                    kind="html",
                    status=200,
                    content=content,
                    headers=(("last-modified", "Wed, 21 Oct 2026 07:28:00 GMT"),),
                ),
            )
            store.finish_crawl(crawl, CrawlOutcome("ok", 1, 1))
            store.finish_run(run)
        assert [r["id"] for r in store.runs()] == [1, 2]
        pages = store.site_pages(crawl)
        assert pages[0].content == content
        assert pages[0].last_modified.startswith("Wed")
    conn = sqlite3.connect(db)
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_interrupted_runs_are_marked(tmp_path: Path) -> None:
    with open_db(tmp_path / "x.db") as store:
        live = store.start_run("audit", dt.date(2026, 11, 25), "v")
        dead = store.start_run("audit", dt.date(2026, 11, 25), "v")
        store.db.execute("update runs set pid = 2147483000 where id = ?", [dead])  # no such process
        assert store.mark_interrupted_runs() == 1
        assert store.run(dead)["status"] == "interrupted"
        assert store.run(live)["status"] == "running"  # another audit still writing: left alone
        assert store.latest_run("audit") is None


def test_unwritable_path_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open database"):
        open_db(blocker / "sub" / "x.db")


def _old_database(path: Path) -> None:
    """A database as the releases before m020 left it: HTML pages with their text only in JSON."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from crawler import store

    old = Migrations("oit-watch")
    for migration in store.migrations._migrations:
        if migration.name != "m020_readable_audit":
            old(name=migration.name)(migration.fn)
    db = Database(path)
    old.apply(db)
    content = extract_page(
        "<title>t</title><h1>ข่าวประชาสัมพันธ์</h1><p>ประกาศ ๓ ต.ค. ๒๕๖๙</p>", AGENCY.url
    )
    db["agencies"].insert({"id": AGENCY.id, "name": AGENCY.name, "url": AGENCY.url})
    db["runs"].insert(
        {"id": 1, "kind": "audit", "started_at": "2026-11-25T01:00:00Z", "status": "done"}
    )
    db["crawls"].insert({"id": 1, "run_id": 1, "agency_id": AGENCY.id, "status": "ok"})
    db["pages"].insert(
        {
            "crawl_id": 1,
            "url": AGENCY.url,
            "kind": "html",
            "content": store._page_content_to_json(content),
        }
    )
    db["pages"].insert(
        {"crawl_id": 1, "url": AGENCY.url + "x.pdf", "kind": "pdf", "text": "แผนปฏิบัติการ"}
    )
    db["findings"].insert(
        {"run_id": 1, "agency_id": AGENCY.id, "code": "5.2", "part": "", "status": "ok"}
    )
    db.close()


def test_audit_tables_link_to_agencies_and_pages_hold_their_text(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    _old_database(old)
    assert (
        sqlite3.connect(old).execute("select count(*) from pages where text is null").fetchone()[0]
        == 1
    )
    with open_db(old) as store:  # the migration: foreign keys added, text filled, rows kept
        assert store.crawl(1)["agency_id"] == "a01" and len(store.findings(1)) == 1
    conn = sqlite3.connect(old)
    for table in ("crawls", "findings"):
        keys = {
            (row[3], row[2], row[4]) for row in conn.execute(f"pragma foreign_key_list({table})")
        }
        assert ("agency_id", "agencies", "id") in keys and ("run_id", "runs", "id") in keys
    texts = dict(conn.execute("select kind, text from pages"))
    assert texts == {"html": "ข่าวประชาสัมพันธ์\nประกาศ ๓ ต.ค. ๒๕๖๙", "pdf": "แผนปฏิบัติการ"}
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"

    with open_db(tmp_path / "new.db") as store:  # a page saved now carries its text
        store.upsert_agencies([AGENCY])
        run = store.start_run("audit", dt.date(2026, 11, 25), "2569.1")
        crawl = store.start_crawl(run, AGENCY)
        content = extract_page(
            "<title>t</title><nav><a href='/m'>เมนู</a></nav><p>ข่าว</p>", AGENCY.url
        )
        store.save_page(
            crawl, FetchedPage(url=AGENCY.url, kind="html", status=200, content=content)
        )
        [row] = store.pages(crawl)
        assert row["text"] == "\n".join(b.text for b in content.blocks) and "ข่าว" in row["text"]
