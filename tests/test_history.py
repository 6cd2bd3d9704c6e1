"""History and changes between audits: the pure flap-suppression core, real audits of loopback
sites that change between runs (``oit diff``, ``oit history``), and readers during a write (WAL)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checklist.history import SEVERITY, settle, transitions
from crawler.records import Agency, CrawlOutcome
from crawler.store import Store, open_db
from tests.conftest import ROOT, TODAY, run_oit

CODES = [f"5.{n}" for n in range(1, 12)]
LATER = TODAY + dt.timedelta(days=25)  # a02's structure page (dated today-70) is stale by then

# --------------------------------------------------------------------------- seeding (shared)


def seed_run(
    store: Store,
    statuses: dict[str, dict[str, str] | str],
    as_of: dt.date = TODAY,
    kind: str = "audit",
) -> int:
    """A finished run whose findings are given directly: agency -> {code: status} (other items ok),
    or agency -> "failed" (crawl failed, every item not_checked). Goes through the Store API only."""
    store.upsert_agencies(
        Agency(id=a, name=f"หน่วยงาน {a}", url=f"http://{a}.example/") for a in statuses
    )
    run = store.start_run(kind, as_of, "test")
    rows = []
    for agency_id, items in statuses.items():
        crawl = store.start_crawl(
            run, Agency(id=agency_id, name=agency_id, url=f"http://{agency_id}.example/")
        )
        failed = items == "failed"
        store.finish_crawl(
            crawl,
            CrawlOutcome(
                "failed" if failed else "ok",
                1,
                1,
                error="server-error" if failed else None,
                reason="HTTP 503" if failed else "",
            ),
        )
        for code in CODES:
            status = "not_checked" if failed else items.get(code, "ok")  # type: ignore[union-attr]
            rows.append(
                {
                    "agency_id": agency_id,
                    "code": code,
                    "part": "main",
                    "status": status,
                    "last_updated": as_of.isoformat() if status in ("ok", "stale") else None,
                    "reason": "",
                    "evidence": "[]",
                    "as_of": as_of.isoformat(),
                }
            )
    store.save_findings(run, rows)
    store.finish_run(run)
    return run


# --------------------------------------------------------------------------- pure core


def kinds(
    statuses: list[str | None], base: int | None = None, stable: int = 1
) -> list[tuple[str, Any, Any]]:
    base = len(statuses) - 2 if base is None else base
    return [(t.kind, t.before, t.after) for t in transitions(statuses, base, stable)]


def test_transitions_name_the_change_by_its_new_status() -> None:
    assert kinds(["ok", "missing"]) == [("newly_missing", "ok", "missing")]
    assert kinds(["ok", "stale"]) == [("became_stale", "ok", "stale")]
    assert kinds(["ok", "undated"]) == [("became_undated", "ok", "undated")]
    assert kinds(["missing", "ok"]) == [("fixed", "missing", "ok")]
    assert kinds(["stale", "stale"]) == []
    assert transitions(["ok", "missing"], 0)[0].direction == "worse"
    assert transitions(["missing", "stale"], 0)[0].direction == "better"


def test_a_failed_crawl_is_never_fixed_nor_newly_missing() -> None:
    # blocked now: reported apart, with the last known status
    assert kinds(["missing", "not_checked"]) == [("not_checked", "missing", "missing")]
    # back after a failed run with the same status as before: no change at all
    assert kinds(["missing", "not_checked", "missing"]) == []
    assert kinds(["ok", "not_checked", "not_checked", "ok"]) == []
    # a real change across a failed run is a change against the last known status
    assert kinds(["ok", "not_checked", "missing"]) == [("newly_missing", "ok", "missing")]
    # never checked before: a first verdict that is not ok is reported, an ok one is not
    assert kinds(["not_checked", "missing"]) == [("newly_missing", None, "missing")]
    assert kinds(["not_checked", "ok"]) == []
    # blocked in the base run and since: "still", not new
    t = transitions(["ok", "not_checked", "not_checked"], 1)[0]
    assert (t.kind, t.newly, t.held) == ("not_checked", False, 2)
    assert transitions(["ok", "ok", "not_checked"], 1)[0].newly is True


def test_flap_suppression_needs_n_runs_in_a_row() -> None:
    assert settle(["ok", "missing", "ok", "missing"], stable=2) == "ok"
    assert settle(["ok", "missing", "missing"], stable=2) == "missing"
    # not-checked runs neither confirm nor break a streak
    assert settle(["ok", "missing", "not_checked", "missing"], stable=2) == "missing"
    assert settle(["ok", "missing", None, "ok", "missing"], stable=2) == "ok"
    # a flap is pending, then counts once, when it held
    assert kinds(["ok", "missing"], stable=2) == [("pending", "ok", "ok")]
    assert kinds(["ok", "missing", "missing"], stable=2) == [("newly_missing", "ok", "missing")]
    assert kinds(["ok", "missing", "missing", "missing"], stable=2) == []
    with pytest.raises(ValueError):
        settle(["ok"], stable=0)


STATUS = st.sampled_from([*SEVERITY, "not_checked", None])


@given(
    st.lists(STATUS, min_size=1, max_size=12),
    st.sampled_from(["not_checked", None]),
    st.integers(1, 4),
)
def test_property_an_unchecked_target_run_is_never_a_change(
    history: list, last: Any, stable: int
) -> None:
    found = transitions([*history, last], len(history) - 1, stable)
    assert all(t.kind == "not_checked" for t in found)
    assert len(found) == (1 if last == "not_checked" else 0)


@given(st.lists(STATUS, max_size=12), st.sampled_from(SEVERITY), st.integers(1, 4))
def test_property_a_status_held_n_times_settles(history: list, status: str, stable: int) -> None:
    assert settle([*history, *[status] * stable], stable) == status
    if stable == 1:  # without suppression the last checked status is the status
        checked = [s for s in history if s in SEVERITY]
        assert settle(history, 1) == (checked[-1] if checked else None)


# --------------------------------------------------------------------------- real audits


def _audit(sites: Path, db: Path, work: Path, as_of: dt.date) -> None:
    from oit.demo.server import DemoSites

    with DemoSites(today=TODAY, sites_dir=sites) as demo:
        csv_path = demo.write_csv(work / "agencies.csv")
        result = run_oit("audit", str(csv_path), "--db", str(db), "--as-of", as_of.isoformat())
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def changing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four audits of a01 and a02 served from a copy that changes between the runs:

    1. as served, as of TODAY: a02 5.3 missing, 5.5 stale, 5.8 undated; a01 all ok.
    2. a01's integrity statement replaced by an "in progress" page, a02 publishes one;
       as of TODAY+25, so a02's structure page (dated TODAY-70) is past 3 months.
    3. a02 answers 503 to everything (crawl failed).
    4. a02 back, a01's statement back.
    """
    from oit.demo.server import SITES_DIR

    work = tmp_path_factory.mktemp("history")
    sites, db = work / "sites", work / "history.db"
    for agency in ("a01", "a02"):
        shutil.copytree(SITES_DIR / agency, sites / agency)
    a01_page, a02_page, a02_spec = (
        sites / "a01/integrity.html",
        sites / "a02/integrity.php",
        sites / "a02/_site.json",
    )
    statement, placeholder, spec = a01_page.read_text(), a02_page.read_text(), a02_spec.read_text()
    _audit(sites, db, work, TODAY)
    a01_page.write_text(placeholder)
    a02_page.write_text(
        statement.replace("เทศบาลตำบลบ้านสวน", "องค์การบริหารส่วนตำบลหนองน้ำ").replace(
            "{{thdigits:-52}}", "{{thdigits:-10}}"
        )
    )
    _audit(sites, db, work, LATER)
    a02_spec.write_text(json.dumps({**json.loads(spec), "fail_status": 503}))
    _audit(sites, db, work, LATER)
    a02_spec.write_text(spec)
    a01_page.write_text(statement)
    _audit(sites, db, work, LATER)
    return db


def oit_json(*args: str) -> Any:
    result = run_oit(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def changes_of(diff: dict) -> set[tuple]:
    return {
        (c["agency"], c["code"], c["part"], c["change"], c["from"], c["to"])
        for c in diff["changes"]
    }


@pytest.mark.integration
def test_diff_of_the_changed_sites(changing: Path) -> None:
    diff = oit_json("diff", "--db", str(changing), "--runs", "1", "2", "--json")
    assert diff["schema"] == "oit-diff/1"
    assert (diff["base"]["as_of"], diff["target"]["as_of"]) == (
        TODAY.isoformat(),
        LATER.isoformat(),
    )
    assert changes_of(diff) == {
        ("a01", "5.3", None, "newly_missing", "ok", "missing"),
        ("a02", "5.3", None, "fixed", "missing", "ok"),
        ("a02", "5.1", None, "became_stale", "ok", "stale"),
        ("a02", "5.1", "structure", "became_stale", "ok", "stale"),
    }
    fixed = next(c for c in diff["changes"] if c["change"] == "fixed")
    assert (
        fixed["direction"] == "better"
        and fixed["last_updated"] == (TODAY - dt.timedelta(days=10)).isoformat()
    )
    assert diff["summary"] == {
        "changes": 4,
        "worse": 3,
        "better": 1,
        "not_checked": 0,
        "newly_not_checked": 0,
        "pending": 0,
    }
    assert diff["not_checked"] == [] and diff["pending"] == []


@pytest.mark.integration
def test_failed_crawl_is_reported_apart_never_as_a_change(changing: Path) -> None:
    blocked = oit_json("diff", "--db", str(changing), "--runs", "2", "3", "--json")
    assert blocked["changes"] == []
    rows = blocked["not_checked"]
    assert len(rows) == 20 and {r["agency"] for r in rows} == {"a02"}
    assert all(r["newly"] and r["crawl"]["status"] == "failed" for r in rows)
    last_known = {(r["code"], r["part"]): r["last_known"] for r in rows}
    assert last_known[("5.3", None)] == "ok" and last_known[("5.5", None)] == "stale"
    # the default: the last two audits; a02 is back with the statuses it had: nothing "fixed"
    back = oit_json("diff", "--db", str(changing), "--json")
    assert (back["base"]["id"], back["target"]["id"]) == (3, 4)
    assert changes_of(back) == {("a01", "5.3", None, "fixed", "missing", "ok")}
    assert back["not_checked"] == []


@pytest.mark.integration
def test_stable_runs_suppress_a_flap(changing: Path) -> None:
    diff = oit_json("diff", "--db", str(changing), "--stable", "2", "--json")
    # a02's changes of run 2 are confirmed by run 4 (run 3, not checked, neither confirms nor breaks)
    assert changes_of(diff) == {
        ("a02", "5.3", None, "fixed", "missing", "ok"),
        ("a02", "5.1", None, "became_stale", "ok", "stale"),
        ("a02", "5.1", "structure", "became_stale", "ok", "stale"),
    }
    # a01 5.3 is ok again for one run only: pending, not a change
    assert [
        (p["agency"], p["code"], p["from"], p["to"], p["runs"], p["needed"])
        for p in diff["pending"]
    ] == [("a01", "5.3", "missing", "ok", 1, 2)]
    confirmed = oit_json(
        "diff", "--db", str(changing), "--runs", "2", "3", "--stable", "2", "--json"
    )
    assert changes_of(confirmed) == {("a01", "5.3", None, "newly_missing", "ok", "missing")}


@pytest.mark.integration
def test_diff_since_a_date(changing: Path) -> None:
    since = oit_json(
        "diff",
        "--db",
        str(changing),
        "--since",
        (TODAY + dt.timedelta(days=1)).isoformat(),
        "--json",
    )
    assert (since["base"]["id"], since["target"]["id"]) == (1, 4)
    assert changes_of(since) == {
        ("a02", "5.3", None, "fixed", "missing", "ok"),
        ("a02", "5.1", None, "became_stale", "ok", "stale"),
        ("a02", "5.1", "structure", "became_stale", "ok", "stale"),
    }


@pytest.mark.integration
def test_diff_as_csv_and_text(changing: Path) -> None:
    result = run_oit("diff", "--db", str(changing), "--runs", "1", "3", "--csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["category"] for r in rows} == {"changes", "not_checked"}
    missing = next(r for r in rows if r["agency"] == "a01" and r["code"] == "5.3")
    assert (missing["change"], missing["from"], missing["to"]) == ("newly_missing", "ok", "missing")
    assert sum(r["category"] == "not_checked" for r in rows) == 20
    text = run_oit("diff", "--db", str(changing), "--runs", "1", "2").stdout
    assert "ไม่พบ (ใหม่) / newly missing" in text and "แก้ไขแล้ว / fixed" in text
    assert "a01 เทศบาลตำบลบ้านสวน" in text


@pytest.mark.integration
def test_history_of_an_agency(changing: Path) -> None:
    data = oit_json("history", "a02", "--db", str(changing), "--json")
    assert [r["id"] for r in data["runs"]] == [1, 2, 3, 4]
    assert [r["as_of"] for r in data["runs"]] == [TODAY.isoformat()] + [LATER.isoformat()] * 3
    assert [r["crawl"]["status"] for r in data["runs"]] == ["ok", "ok", "failed", "ok"]
    items = {(i["code"], i["part"]): i for i in data["items"]}
    assert [c["status"] for c in items[("5.3", None)]["history"]] == [
        "missing",
        "ok",
        "not_checked",
        "ok",
    ]
    assert [c["status"] for c in items[("5.1", "structure")]["history"]] == [
        "ok",
        "stale",
        "not_checked",
        "stale",
    ]
    assert [i["code"] for i in data["items"] if i["part"] is None] == CODES
    last = oit_json("history", "a02", "--db", str(changing), "--json", "--last", "2")
    assert [r["id"] for r in last["runs"]] == [3, 4]
    table = run_oit("history", "a02", "--db", str(changing))
    assert table.returncode == 0, table.stderr
    assert "#4" in table.stdout and LATER.isoformat() in table.stdout and "✘" in table.stdout


@pytest.mark.integration
def test_history_and_diff_user_errors(changing: Path, tmp_path: Path) -> None:
    for args in (
        ("history", "nope", "--db", str(changing)),
        ("diff", "--db", str(changing), "--runs", "4", "1"),
        ("diff", "--db", str(changing), "--runs", "1", "99"),
        ("diff", "--db", str(changing), "--since", "2026-13-01"),
        ("history", "a01", "--db", str(tmp_path / "none.db")),
    ):
        result = run_oit(*args)
        assert result.returncode != 0, args
        assert result.stderr.startswith("oit: error:") and "Traceback" not in result.stderr, (
            result.stderr
        )
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    with open_db(tmp_path / "one.db") as store:
        seed_run(store, {"x": {}})
    result = run_oit("diff", "--db", str(tmp_path / "one.db"))
    assert result.returncode == 1 and "at least two" in result.stderr


# --------------------------------------------------------------------------- readers during a write

WRITER = """
import datetime as dt, sys, time
HOLD = float(sys.argv[2])
from crawler.records import Agency, CrawlOutcome, FetchedPage
from crawler.store import open_db
store = open_db(sys.argv[1])
agency = Agency(id="w", name="writer", url="http://w.example/")
store.upsert_agencies([agency])
for round in range(2):
    with store._tx():  # one long write transaction, as a big audit step would hold
        run = store.start_run("audit", dt.date(2026, 12, 20), "test")
        crawl = store.start_crawl(run, agency)
        for n in range(300):
            store.save_page(crawl, FetchedPage(url=f"http://w.example/{n}", kind="html", status=200,
                                               text="ข่าวประชาสัมพันธ์ " * 200))
        store.finish_crawl(crawl, CrawlOutcome("ok", 300, 300))
        store.save_findings(run, [{"agency_id": "w", "code": f"5.{i}", "part": "main", "status": "ok",
                                   "last_updated": None, "reason": "", "evidence": "[]",
                                   "as_of": "2026-12-20"} for i in range(1, 12)])
        store.finish_run(run)
        print("in-transaction", flush=True)
        time.sleep(HOLD)
    print("committed", flush=True)
"""


WRITE_HOLD = 4.0  # seconds the writer holds each write transaction open


@pytest.mark.integration
def test_readers_are_not_blocked_by_a_writing_audit(changing: Path, tmp_path: Path) -> None:
    """A report being built while another process holds a write transaction: fast, consistent."""
    from oit.history import agency_history
    from oit.report import build_report

    db = tmp_path / "busy.db"
    with sqlite3.connect(changing) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    with open_db(db) as store:  # WAL, migrated
        before = build_report(store, LATER, run_id=4)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(WRITE_HOLD)],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    timings: list[float] = []
    errors: list[BaseException] = []
    seen_runs: set[int] = set()
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            start = time.monotonic()
            try:
                with open_db(db, readonly=True) as store:
                    report = build_report(store, LATER, run_id=4)
                    runs = [r["id"] for r in store.runs()]
                    for run in runs:  # a run is visible with all its findings or not at all
                        assert len(store.findings(run)) in (11, 40), run
                    agency_history(store, "a02")
                assert report["agencies"] == before["agencies"]
            except BaseException as exc:  # noqa: BLE001 (reported by the test below)
                errors.append(exc)
                return
            timings.append(time.monotonic() - start)
            seen_runs.update(runs)

    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "in-transaction", writer.stderr.read()
        reader = threading.Thread(target=read)
        reader.start()
        lines = [writer.stdout.readline().strip() for _ in range(3)]
        stop.set()
        reader.join(timeout=30)
    finally:
        writer.wait(timeout=30)
    assert lines == ["committed", "in-transaction", "committed"]
    assert errors == []
    assert len(timings) >= 3, timings  # reads went on during the two write transactions
    # Without WAL a read waits for the writer's commit (WRITE_HOLD seconds); with it, a read takes
    # a fraction of a second. Half the hold leaves room for a loaded machine and still fails without WAL.
    assert max(timings) < WRITE_HOLD / 2, timings
    assert {5} <= seen_runs  # the first committed write became visible while reading
