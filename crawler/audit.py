"""Audits: record a run, crawl its agencies in a child process, evaluate, store the findings.

The library behind ``oit audit``, ``oit check`` and ``oit demo`` (and the
scheduler and web app): the CLI only parses arguments and prints.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from crawler.evaluation import Rules, evaluate_crawl, finding_rows
from crawler.records import Agency, CrawlOutcome
from crawler.store import Store, open_db
from crawler.worker import spec_for

ProgressFn = Callable[[dict[str, Any]], None]


class AuditError(Exception):
    """The audit could not run at all; the message is for the user."""


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHAINLP_OFFLINE", "1")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def crawl_in_subprocess(db_path: str, crawls: Sequence[tuple[int, Agency]], jobs: int,
                        progress: ProgressFn | None = None,
                        settings: dict[str, Any] | None = None) -> int:  # fmt: skip
    """Run the crawl worker for ``crawls``; forwards its progress events; returns its exit code."""
    spec = spec_for(db_path, list(crawls), jobs, progress=True, settings=settings)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(spec, fh, ensure_ascii=False)
        spec_path = fh.name
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.worker", spec_path],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_worker_env(),
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if progress and line.startswith("{"):
                with contextlib.suppress(ValueError):
                    progress(json.loads(line))
        stderr = proc.stderr.read() if proc.stderr else ""
        code = proc.wait()
        if code != 0 and progress:
            last = stderr.strip().splitlines()[-1:] or [f"exit {code}"]
            progress({"event": "worker_failed", "detail": last[0][:300]})
        return code
    finally:
        os.unlink(spec_path)


def run_audit(
    agencies: Sequence[Agency],
    db_path: str | Path,
    as_of: dt.date,
    *,
    jobs: int = 4,
    kind: str = "audit",
    progress: ProgressFn | None = None,
    settings: dict[str, Any] | None = None,
    rules: Rules | None = None,
) -> int:
    """Crawl ``agencies`` as one new run, store pages and findings; returns the run id.

    A crawl that its process left unfinished is recorded as failed, so its
    items are ``not_checked``, never ``missing``.
    """
    rules = rules or Rules.default()
    with open_db(db_path) as store:
        store.mark_interrupted_runs()
        store.upsert_agencies(agencies)
        run_id = store.start_run(kind, as_of, rules.checklist.version)
        crawls = [(store.start_crawl(run_id, agency), agency) for agency in agencies]
    crawl_in_subprocess(str(db_path), crawls, jobs, progress, settings)
    with open_db(db_path) as store:
        for crawl in store.crawls(run_id):
            if crawl["status"] in ("pending", "running"):
                store.finish_crawl(
                    crawl["id"],
                    CrawlOutcome("failed", store.page_count(crawl["id"]), 0, error="worker",
                                 reason="crawl process ended before this site finished / "
                                        "กระบวนการเก็บข้อมูลหยุดก่อนเสร็จ"),
                )  # fmt: skip
        save_findings(store, run_id, as_of, rules)
        store.finish_run(run_id, "done")
    return run_id


def save_findings(store: Store, run_id: int, as_of: dt.date, rules: Rules) -> None:
    """Evaluate every crawl of ``run_id`` and keep the findings for history and diffs."""
    rows = []
    for crawl in store.crawls(run_id):
        evaluation = evaluate_crawl(store, crawl, as_of, rules)
        rows += finding_rows(crawl["agency_id"], evaluation, as_of)
    store.save_findings(run_id, rows)


def open_for_report(db_path: str | Path) -> Store:
    return open_db(db_path, readonly=True)
