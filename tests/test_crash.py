"""Crashes and concurrency: a killed audit leaves earlier runs intact and is never reported as
complete; two audits on one database at once both finish, and the database stays sound."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, TODAY, run_oit
from tests.sites import Reply, Site, html

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser

ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHONPATH": str(ROOT)}


def _audit(csv: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
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
        ],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _report(db: Path, *extra: str) -> dict:
    result = run_oit(
        "report", "--db", str(db), "--format", "json", "--as-of", TODAY.isoformat(), *extra
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    data.pop("generated_at")
    return data


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("pragma integrity_check").fetchone()[0]


def test_killed_audit_keeps_earlier_runs_and_is_never_reported_complete(
    tmp_path: Path, demo_sites
) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text(f"id,name,url\na01,A,{demo_sites.url('a01')}\n", encoding="utf-8")
    db = tmp_path / "audit.db"
    assert run_oit("audit", str(csv), "--db", str(db), "--as-of", TODAY.isoformat()).returncode == 0
    before = _report(db, "--run", "1")

    stuck = Site({"/": Reply(hang=True)}).start()  # keeps the second audit busy until killed
    csv2 = tmp_path / "b.csv"
    csv2.write_text(
        f"id,name,url\na01,A,{demo_sites.url('a01')}\nstuck,S,{stuck.url}\n", encoding="utf-8"
    )
    proc = _audit(csv2, db)
    deadline = time.monotonic() + 60
    while "/" not in stuck.paths() and time.monotonic() < deadline:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)  # the audit and its crawl process, as a power cut would
    proc.wait(timeout=10)
    stuck.stop()

    assert _integrity(db) == "ok"
    assert _report(db, "--run", "1") == before  # the earlier run is intact
    latest = _report(db)
    assert latest["run"]["id"] == 1  # the killed run is not the latest complete one
    # A new audit starts cleanly and marks the killed run interrupted.
    assert run_oit("audit", str(csv), "--db", str(db), "--as-of", TODAY.isoformat()).returncode == 0
    with sqlite3.connect(db) as conn:
        statuses = dict(conn.execute("select id, status from runs"))
    assert statuses == {1: "done", 2: "interrupted", 3: "done"}
    assert _report(db)["run"]["id"] == 3
    assert _integrity(db) == "ok"


def test_two_audits_at_once_on_one_database(tmp_path: Path, demo_sites) -> None:
    # (a link: a home page that leads nowhere and shows little is a partial crawl)
    slow = Site(
        {"/": Reply(body=html("หน้าแรก", "<p>สวัสดี</p><a href='/news.html'>ข่าว</a>"), delay=1.0)}
    ).start()
    csv_a = tmp_path / "a.csv"
    csv_a.write_text(
        f"id,name,url\na01,A,{demo_sites.url('a01')}\nslow,S,{slow.url}\n", encoding="utf-8"
    )
    csv_b = tmp_path / "b.csv"
    csv_b.write_text(f"id,name,url\na02,B,{demo_sites.url('a02')}\n", encoding="utf-8")
    db = tmp_path / "audit.db"
    first, second = _audit(csv_a, db), _audit(csv_b, db)
    assert first.wait(timeout=120) == 0, first.stderr.read() if first.stderr else ""
    assert second.wait(timeout=120) == 0, second.stderr.read() if second.stderr else ""
    slow.stop()
    with sqlite3.connect(db) as conn:
        runs = conn.execute("select status from runs order by id").fetchall()
        crawls = conn.execute("select agency_id, status from crawls order by agency_id").fetchall()
    assert runs == [("done",), ("done",)]  # neither marked the other's live run interrupted
    assert crawls == [("a01", "ok"), ("a02", "ok"), ("slow", "ok")]
    assert _integrity(db) == "ok"
