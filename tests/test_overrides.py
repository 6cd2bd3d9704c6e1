"""Auditor overrides (beside the machine's status in JSON and HTML reports, an append-only trail)
and retention (``oit pin``, ``oit prune``)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from checklist.history import effective_overrides, runs_to_prune
from crawler.records import FetchedPage
from crawler.store import open_db
from tests.conftest import TODAY, run_oit
from tests.test_history import seed_run

THAI_MONTHS = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
REASON = "ประกาศเจตจำนงสุจริตอยู่ในไฟล์ PDF หน้าแรก ระบบอ่านไม่ได้"
AUDITOR = "นางสาวสมหญิง ผู้ตรวจ"
BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.fixture()
def db(audited: dict[str, Path], tmp_path: Path) -> Path:
    """A private copy of the shared audit of the sample sites (as of TODAY)."""
    copy = tmp_path / "audit.db"
    with sqlite3.connect(audited["db"]) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return copy


def oit_ok(*args: str) -> str:
    result = run_oit(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def report(db: Path, as_of: dt.date) -> dict[str, Any]:
    return json.loads(
        oit_ok("report", "--db", str(db), "--as-of", as_of.isoformat(), "--format", "json")
    )


def entry(rep: dict, agency: str, code: str, part: str | None = None) -> dict[str, Any]:
    item = next(
        i for a in rep["agencies"] if a["id"] == agency for i in a["items"] if i["code"] == code
    )
    return item if part is None else next(p for p in item["parts"] if p["key"] == part)


def overridden(rep: dict) -> set[tuple]:
    found = set()
    for a in rep["agencies"]:
        for item in a["items"]:
            found |= {(a["id"], item["code"], None)} if "override" in item else set()
            found |= {
                (a["id"], item["code"], p["key"]) for p in item.get("parts", []) if "override" in p
            }
    return found


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.mark.integration
def test_override_is_shown_beside_the_machine_status(db: Path, tmp_path: Path) -> None:
    out = oit_ok(
        "override",
        "a02",
        "5.3",
        "--status",
        "ok",
        "--reason",
        REASON,
        "--by",
        AUDITOR,
        "--from",
        day(0),
        "--db",
        str(db),
    )
    assert out.startswith("override 1: a02 5.3 → ok")
    oit_ok(
        "override",
        "a05",
        "5.7",
        "--part",
        "summary",
        "--status",
        "ok",
        "--reason",
        "สขร.1 อยู่ในบอร์ด",
        "--by",
        "สมชาย",
        "--from",
        day(0),
        "--until",
        day(30),
        "--db",
        str(db),
    )
    rep = report(db, TODAY)
    a02 = entry(rep, "a02", "5.3")
    assert a02["status"] == "missing"  # the machine's own verdict is unchanged
    assert a02["override"]["status"] == "ok" and a02["override"]["reason"] == REASON
    assert a02["override"]["by"] == AUDITOR and a02["override"]["at"].endswith("Z")
    assert {k: a02["override"][k] for k in ("id", "from", "until")} == {
        "id": 1,
        "from": day(0),
        "until": None,
    }
    part = entry(rep, "a05", "5.7", "summary")
    assert part["status"] == "stale" and part["override"]["status"] == "ok"
    assert "override" not in entry(
        rep, "a05", "5.7"
    )  # a part's override is the part's, not the item's
    assert overridden(rep) == {("a02", "5.3", None), ("a05", "5.7", "summary")}
    # only reports whose as_of is within [from, until]
    assert overridden(report(db, TODAY - dt.timedelta(days=1))) == set()
    assert overridden(report(db, TODAY + dt.timedelta(days=31))) == {("a02", "5.3", None)}
    html_path = tmp_path / "report.html"
    oit_ok("report", "--db", str(db), "--as-of", day(0), "--format", "html", "-o", str(html_path))
    html = html_path.read_text(encoding="utf-8")
    # the report prints the moment in Thai time, whatever the host's zone (tests run at any hour)
    at = dt.datetime.fromisoformat(a02["override"]["at"].replace("Z", "+00:00")).astimezone(BANGKOK)
    when = (at.date().isoformat(), f"{at.day} {THAI_MONTHS[at.month - 1]} {at.year + 543}")
    near = html[
        max(0, html.index(REASON) - 800) : html.index(REASON) + 800
    ]  # the override's own block
    assert AUDITOR in near and any(w in near for w in when), near  # why, who, when


@pytest.mark.integration
def test_revoking_is_a_new_record_and_the_trail_keeps_everything(db: Path) -> None:
    oit_ok(
        "override",
        "a02",
        "5.8",
        "--status",
        "ok",
        "--reason",
        "มีวันที่ในเล่ม",
        "--by",
        "ก",
        "--from",
        day(0),
        "--db",
        str(db),
    )
    oit_ok(
        "override",
        "a02",
        "5.8",
        "--status",
        "stale",
        "--reason",
        "ฉบับเก่า",
        "--by",
        "ข",
        "--from",
        day(2),
        "--db",
        str(db),
    )
    assert entry(report(db, TODAY), "a02", "5.8")["override"]["by"] == "ก"
    assert (
        entry(report(db, TODAY + dt.timedelta(days=2)), "a02", "5.8")["override"]["by"] == "ข"
    )  # latest wins
    out = oit_ok(
        "override-revoke",
        "2",
        "--reason",
        "บันทึกผิดหน่วยงาน",
        "--by",
        "ข",
        "--from",
        day(5),
        "--db",
        str(db),
    )
    assert "override 2 revoked" in out
    assert entry(report(db, TODAY + dt.timedelta(days=4)), "a02", "5.8")["override"]["id"] == 2
    # from the revocation on, the earlier verdict (never revoked) is in force again
    assert entry(report(db, TODAY + dt.timedelta(days=5)), "a02", "5.8")["override"]["id"] == 1
    trail = json.loads(oit_ok("overrides", "--db", str(db), "--agency", "a02", "--json"))
    assert [(o["id"], o["action"], o["by"], o["revokes"]) for o in trail] == [
        (1, "set", "ก", None),
        (2, "set", "ข", None),
        (3, "revoke", "ข", 2),
    ]
    assert trail[2]["reason"] == "บันทึกผิดหน่วยงาน" and all(o["at"] for o in trail)
    assert (
        oit_ok("overrides", "--db", str(db), "--agency", "a01").strip()
        == "ไม่มีการแก้ไขผลโดยผู้ตรวจ / no overrides"
    )
    text = oit_ok("overrides", "--db", str(db))
    assert "#3" in text and "revokes #2" in text and "มีวันที่ในเล่ม" in text
    again = run_oit("override-revoke", "2", "--reason", "x", "--by", "y", "--db", str(db))
    assert again.returncode == 1 and "already revoked" in again.stderr
    with sqlite3.connect(db) as conn:  # nothing was deleted or rewritten
        assert conn.execute("select count(*) from overrides").fetchone()[0] == 3


def test_pure_effective_overrides() -> None:
    def rec(
        id_: int,
        action: str = "set",
        start: str = "2026-01-01",
        until: str | None = None,
        revokes: int | None = None,
    ) -> dict[str, Any]:
        return {
            "id": id_,
            "agency_id": "a",
            "code": "5.1",
            "part": "main",
            "action": action,
            "status": "ok",
            "reason": "r",
            "by": "b",
            "at": "t",
            "valid_from": start,
            "until": until,
            "revokes": revokes,
        }

    records = [
        rec(1),
        rec(2, start="2026-03-01", until="2026-03-31"),
        rec(3, "revoke", "2026-06-01", revokes=1),
    ]
    in_force = {
        d: effective_overrides(records, dt.date.fromisoformat(d)).get(("a", "5.1", "main"))
        for d in ("2025-12-31", "2026-02-01", "2026-03-15", "2026-04-01", "2026-06-01")
    }
    assert {d: o and o["id"] for d, o in in_force.items()} == {
        "2025-12-31": None,
        "2026-02-01": 1,
        "2026-03-15": 2,
        "2026-04-01": 1,
        "2026-06-01": None,
    }


@pytest.mark.integration
def test_override_user_errors(db: Path) -> None:
    base = ("--reason", "เหตุผล", "--by", "ผู้ตรวจ", "--db", str(db))
    cases = [
        (
            (
                "override",
                "a02",
                "5.3",
                "--status",
                "ok",
                "--reason",
                "   ",
                "--by",
                "x",
                "--db",
                str(db),
            ),
            "empty",
        ),
        (("override", "a02", "5.3", "--status", "fine", *base), "fine"),
        (("override", "zz", "5.3", "--status", "ok", *base), "unknown agency"),
        (("override", "a02", "5.12", "--status", "ok", *base), "unknown item"),
        (("override", "a02", "5.1", "--part", "budget", "--status", "ok", *base), "no part"),
        (("override", "a02", "5.3", "--part", "structure", "--status", "ok", *base), "no part"),
        (
            (
                "override",
                "a02",
                "5.3",
                "--status",
                "ok",
                "--from",
                day(5),
                "--until",
                day(1),
                *base,
            ),
            "before",
        ),
        (("override", "a02", "5.3", "--status", "ok", "--by", "x", "--db", str(db)), "--reason"),
        (("override-revoke", "42", *base), "no override 42"),
    ]
    for args, message in cases:
        result = run_oit(*args)
        assert result.returncode != 0, args
        assert result.stderr.startswith("oit: error:") and message in result.stderr, (
            args,
            result.stderr,
        )
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from overrides").fetchone()[0] == 0


@pytest.mark.integration
def test_overrides_appear_in_history_and_diff(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with open_db(db) as store:
        seed_run(store, {"a": {}}, as_of=TODAY)
        seed_run(store, {"a": {"5.3": "missing"}}, as_of=TODAY + dt.timedelta(days=90))
    oit_ok(
        "override",
        "a",
        "5.3",
        "--status",
        "ok",
        "--reason",
        "อยู่ใน PDF",
        "--by",
        "ค",
        "--from",
        day(0),
        "--db",
        str(db),
    )
    diff = json.loads(oit_ok("diff", "--db", str(db), "--json"))
    [change] = diff["changes"]
    assert (change["code"], change["change"]) == ("5.3", "newly_missing")
    assert change["override"]["status"] == "ok" and change["override"]["by"] == "ค"
    history = json.loads(oit_ok("history", "a", "--db", str(db), "--json"))
    item = next(i for i in history["items"] if i["code"] == "5.3")
    assert [c["status"] for c in item["history"]] == ["ok", "missing"]
    assert item["override"]["reason"] == "อยู่ใน PDF"
    assert [o["state"] for o in history["overrides"]] == ["active"]


# --------------------------------------------------------------------------- retention


def test_runs_to_prune_keeps_the_last_of_each_kind_pinned_and_running() -> None:
    runs = [
        {"id": i, "kind": k, "status": s, "pinned": p}
        for i, k, s, p in [
            (1, "audit", "done", 0),
            (2, "audit", "done", 1),
            (3, "check", "done", 0),
            (4, "audit", "interrupted", 0),
            (5, "audit", "done", 0),
            (6, "check", "done", 0),
            (7, "audit", "running", 0),
        ]
    ]
    assert runs_to_prune(runs, keep=1) == [1, 3, 4]
    assert runs_to_prune(runs, keep=2) == [1]
    with pytest.raises(ValueError):
        runs_to_prune(runs, keep=0)


def _counts(db: Path) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "runs": [r[0] for r in conn.execute("select id from runs order by id")],
            "orphans": one(
                "select count(*) from pages where crawl_id not in (select id from crawls)"
            )
            + one("select count(*) from crawls where run_id not in (select id from runs)")
            + one("select count(*) from findings where run_id not in (select id from runs)"),
            "pages": one("select count(*) from pages"),
            "overrides": one("select count(*) from overrides"),
            "integrity": one("pragma integrity_check"),
        }


@pytest.mark.integration
def test_prune_keeps_pinned_runs_and_overrides(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    with open_db(db) as store:
        for n in range(5):
            seed_run(
                store,
                {"a": {"5.2": "stale" if n % 2 else "ok"}, "b": {}},
                as_of=TODAY + dt.timedelta(days=30 * n),
            )
        seed_run(store, {"self": {}}, kind="check")  # run 6: a self-check, kept by its own count
        for crawl in store.db["crawls"].rows:
            store.save_page(
                crawl["id"],
                FetchedPage(
                    url=f"http://x/{crawl['id']}", kind="html", status=200, text="ข่าว " * 2000
                ),
            )
        running = store.start_run("audit", TODAY, "test")  # an audit writing right now
    oit_ok("override", "a", "5.2", "--status", "ok", "--reason", "ร", "--by", "ผ", "--db", str(db))
    assert "pinned" in oit_ok("pin", "2", "--note", "ไตรมาส 1/2570", "--db", str(db))
    dry = oit_ok("prune", "--keep", "2", "--dry-run", "--db", str(db))
    assert "would delete 2 runs (1, 3)" in dry and _counts(db)["pages"] == 11
    out = oit_ok("prune", "--keep", "2", "--db", str(db))
    assert "deleted 2 runs (1, 3): 4 crawls, 4 pages, 44 findings" in out and "integrity ok" in out
    after = _counts(db)
    assert after == {
        "runs": [2, 4, 5, 6, running],
        "orphans": 0,
        "pages": 7,
        "overrides": 1,
        "integrity": "ok",
    }
    with sqlite3.connect(db) as conn:
        assert conn.execute("select pinned, note from runs where id = 2").fetchone() == (
            1,
            "ไตรมาส 1/2570",
        )
    # what is left still works: the diff of the last two audits, the pinned run's report
    diff = json.loads(oit_ok("diff", "--db", str(db), "--json"))
    assert (diff["base"]["id"], diff["target"]["id"]) == (4, 5)
    assert [c["change"] for c in diff["changes"]] == ["fixed"]
    history = json.loads(oit_ok("history", "a", "--db", str(db), "--json"))
    assert [r["id"] for r in history["runs"]] == [2, 4, 5] and history["runs"][0]["pinned"] is True
    # unpinned, the old quarterly run goes at the next prune
    assert "unpinned" in oit_ok("pin", "2", "--unpin", "--db", str(db))
    oit_ok("prune", "--keep", "2", "--db", str(db))
    assert _counts(db)["runs"] == [4, 5, 6, running]
    for args in (
        ("pin", "99", "--db", str(db)),
        ("prune", "--keep", "0", "--db", str(db)),
        ("prune", "--keep", "1", "--db", str(tmp_path / "none.db")),
    ):
        result = run_oit(*args)
        assert result.returncode != 0 and result.stderr.startswith("oit: error:"), result.stderr
