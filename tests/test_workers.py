"""Several crawl processes: the same findings as one, and a host never split between processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.audit import run_audit, shards
from crawler.records import Agency
from crawler.store import open_db
from tests.conftest import TODAY


def _crawls(urls: list[str]) -> list[tuple[int, Agency]]:
    return [(n, Agency(f"x{n}", f"x{n}", url)) for n, url in enumerate(urls, 1)]


def test_shards_keep_a_host_together_and_balance_the_rest() -> None:
    crawls = _crawls(["http://a.go.th/", "https://www.a.go.th/x/", "http://b.go.th/", "http://c.go.th/",
                      "http://d.go.th/", "http://a.go.th:8080/"])  # fmt: skip
    parts = shards(crawls, 2)
    assert len(parts) == 2 and sorted(c[0] for p in parts for c in p) == [1, 2, 3, 4, 5, 6]
    home_of = {c[0]: n for n, p in enumerate(parts) for c in p}
    assert home_of[1] == home_of[2]  # http/https and www. are one site: one process
    assert sorted(len(p) for p in parts) == [3, 3]


def test_shards_never_exceed_the_workers_or_the_sites() -> None:
    crawls = _crawls(["http://a.go.th/", "http://a.go.th/sub/", "http://b.go.th/"])
    assert len(shards(crawls, 8)) == 2  # two sites: two processes at most
    assert [len(p) for p in shards(crawls, 1)] == [3]
    assert shards([], 4) == []


@pytest.mark.integration
def test_two_processes_find_what_one_finds(demo_sites, tmp_path: Path) -> None:
    agencies = [Agency(a["id"], a["name"], a["url"]) for a in demo_sites.agencies]
    assert len(shards(_crawls([a.url for a in agencies]), 2)) == 2  # the demo sites differ by port
    results = {}
    for workers in (1, 2):
        events: list[dict] = []
        db = tmp_path / f"w{workers}.db"
        run_id = run_audit(agencies, db, TODAY, jobs=4, workers=workers, progress=events.append)
        with open_db(db) as store:
            findings = sorted((f["agency_id"], f["code"], f["part"], f["status"], f["last_updated"])
                              for f in store.findings(run_id))  # fmt: skip
            crawls = sorted((c["agency_id"], c["status"], c["pages"]) for c in store.crawls(run_id))
            results[workers] = (findings, crawls)
        done = [e for e in events if e.get("event") == "crawl_done"]
        assert len(done) == len(agencies), events[-3:]
    assert results[1] == results[2]
