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
            store.save_page(crawl, FetchedPage(url=AGENCY.url, kind="html", status=200, content=content,
                                               headers=(("last-modified", "Wed, 21 Oct 2026 07:28:00 GMT"),)))
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
