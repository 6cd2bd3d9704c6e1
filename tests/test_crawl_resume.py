"""An interrupted audit resumes: finished sites are kept, unfinished ones crawled again; a site
that crashes the crawl process costs only its own crawl."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.records import Agency, CrawlOutcome
from crawler.store import open_db
from oit import audit as audit_module
from oit.audit import AuditError, run_audit
from tests.conftest import ROOT, TODAY
from tests.sites import Reply, Site, html

HOME = Reply(body=html("หน้าแรก", '<a href="/contact.html">ติดต่อเรา</a>'))
CONTACT = Reply(body=html("ติดต่อ", "<h1>ติดต่อเรา</h1><p>โทร 0 4321 1234</p>"))


def _crawls(db: Path) -> dict[str, dict]:
    """The crawls of the latest run, read without migrating (the audit may be creating the file)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
            conn.row_factory = sqlite3.Row
            rows = conn.execute("select * from crawls where run_id = (select max(id) from runs)")
            return {row["agency_id"]: dict(row) for row in rows}
    except sqlite3.Error:
        return {}


@pytest.mark.integration
def test_killed_audit_resumes_only_its_unfinished_crawls(tmp_path: Path) -> None:
    quick = Site({"/": HOME, "/contact.html": CONTACT}).start()
    routes = {"/": Reply(hang=True), "/contact.html": CONTACT}
    stuck = Site(routes).start()
    csv = tmp_path / "agencies.csv"
    csv.write_text(
        f"id,name,url\nquick,Quick,{quick.url}\nstuck,Stuck,{stuck.url}\n", encoding="utf-8"
    )
    db = tmp_path / "audit.db"
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "oit.cli",
            "audit",
            str(csv),
            "--db",
            str(db),
            "--as-of",
            TODAY.isoformat(),
            "--jobs",
            "2",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            crawls = _crawls(db) if db.exists() else {}
            if crawls.get("quick", {}).get("status") == "ok" and "/" in stuck.paths():
                break
            time.sleep(0.2)
        else:
            pytest.fail("the audit did not get going")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the audit and its crawl process, as a power cut would
        proc.wait(timeout=10)
    before = _crawls(db)
    assert before["stuck"]["status"] == "running"
    quick_requests = len(quick.requests)

    routes["/"] = HOME  # the site answers again
    agencies = [Agency("quick", "Quick", quick.url), Agency("stuck", "Stuck", stuck.url)]
    run_id = run_audit(agencies, db, TODAY, resume=True)
    after = _crawls(db)
    quick.stop()
    stuck.stop()

    assert run_id == before["quick"]["run_id"]  # the same run continued, no new one
    assert after["quick"] == before["quick"]  # the finished crawl is kept as it was
    assert len(quick.requests) == quick_requests  # ... and not fetched again
    assert after["stuck"]["status"] == "ok" and after["stuck"]["pages"] == 2
    with open_db(db) as store:
        assert store.run(run_id)["status"] == "done"
        statuses = {
            (f["agency_id"], f["code"]) for f in store.findings(run_id) if f["part"] == "main"
        }
        assert len(statuses) == 22  # both agencies evaluated
    with pytest.raises(AuditError, match="no interrupted audit"):
        run_audit(agencies, db, TODAY, resume=True)


def test_a_site_that_crashes_the_crawl_process_costs_only_its_own_crawl(
    tmp_path: Path, monkeypatch
) -> None:
    """The recovery loop, with a stand-in crawl process: 'bad' kills any process it runs in."""
    calls: list[tuple[list[str], int]] = []

    def fake_worker(
        db_path, crawls, jobs, progress=None, settings=None, evaluate=None, found=None
    ) -> int:
        ids = [a.id for _, a in crawls]
        calls.append((ids, jobs))
        with open_db(db_path) as store:
            if "bad" in ids:  # the first `jobs` sites were running when 'bad' brought it down
                for crawl_id, _ in crawls[:jobs]:
                    store.mark_crawl_running(crawl_id)
                return -signal.SIGSEGV
            for crawl_id, _ in crawls:
                store.mark_crawl_running(crawl_id)
                store.finish_crawl(crawl_id, CrawlOutcome("ok", 1, 1))
        return 0

    monkeypatch.setattr(audit_module, "crawl_in_subprocess", fake_worker)
    agencies = [Agency(i, i, f"http://127.0.0.1:9/{i}") for i in ("a", "bad", "c", "d")]
    run_id = run_audit(agencies, tmp_path / "crash.db", TODAY, jobs=2)
    with open_db(tmp_path / "crash.db") as store:
        crawls = {c["agency_id"]: c for c in store.crawls(run_id)}
        findings = store.findings(run_id, "bad")
    assert {k: c["status"] for k, c in crawls.items()} == {
        "a": "ok",
        "bad": "failed",
        "c": "ok",
        "d": "ok",
    }
    assert crawls["bad"]["error"] == "crash" and "crashed" in crawls["bad"]["reason"]
    assert {f["status"] for f in findings} == {"not_checked"}
    # the batch, then each site that was running alone, then the sites never started
    assert calls == [(["a", "bad", "c", "d"], 2), (["a"], 1), (["bad"], 1), (["c", "d"], 2)]


def test_unfinished_means_never_done_or_stopped_from_outside() -> None:
    from oit.audit import unfinished

    assert unfinished({"status": "running", "error": None})
    assert unfinished({"status": "failed", "error": "worker"})
    assert unfinished(
        {
            "status": "partial",
            "error": "partial",
            "coverage": json.dumps({"close_reason": "shutdown"}),
        }
    )
    assert not unfinished(
        {
            "status": "partial",
            "error": "partial",
            "coverage": json.dumps({"close_reason": "closespider_timeout"}),
        }
    )
    assert not unfinished({"status": "failed", "error": "crash", "coverage": "{}"})
