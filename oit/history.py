"""History between audits: an agency's statuses over the runs, the changes between two runs
(with flap suppression), auditor overrides, and retention.

The pure rules (flap suppression, transitions, retention, overrides in force) are
in ``checklist/history.py``; this module reads the store and shapes JSON for the commands (``oit history``, ``oit diff``, ``oit alert``,
``oit override``, ``oit overrides``, ``oit pin``, ``oit prune``).

Rules, from the oversight office's point of view:

- ``not_checked`` (a failed, blocked or cut-short crawl) is no observation of
  compliance. A run where an item could not be checked never makes it
  "fixed" or "newly missing"; it is reported apart, as not checked.
- With ``stable = N`` a new status counts only once it was seen in N checked runs
  in a row (not-checked runs in between neither confirm nor break the streak);
  until then it is "pending". N = 1 (the default) counts every change: each
  quarterly audit is a deliberate event. Scheduled weekly or daily audits should
  use 2 or 3, since a change that holds for a single run is then mostly noise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from checklist.definitions import Checklist, load_checklist
from checklist.history import (  # the pure rules this module applies to the store
    NOT_CHECKED,
    effective_overrides,
    override_states,
    runs_to_prune,
    transitions,
)
from checklist.model import MAIN
from checklist.statuses import BEST_FIRST
from crawler.store import Store, now_iso
from reports import clock


class HistoryError(Exception):
    """Bad input for a history command (unknown run, agency, item...); the message is for the user."""


# --------------------------------------------------------------------------- ordering


def _order(checklist: Checklist) -> dict[tuple[str, str], int]:
    """Checklist order of (code, part): each item, its whole first, then its parts."""
    order: dict[tuple[str, str], int] = {}
    for item in checklist.items:
        order[(item.code, MAIN)] = len(order)
        for key in item.part_keys:
            order.setdefault((item.code, key), len(order))
    return order


def _code_key(code: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in code.split("."))
    except ValueError:
        return (10**6,)


def _sort_key(order: dict[tuple[str, str], int]):
    return lambda key: (order.get(key, 10**6), _code_key(key[0]), key[1])


def _part(part: str) -> str | None:
    return None if part == MAIN else part


def run_json(run: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "kind", "as_of", "started_at", "finished_at", "status", "note")
    return {**{k: run.get(k) for k in keys}, "pinned": bool(run.get("pinned"))}


# --------------------------------------------------------------------------- history


def agency_history(
    store: Store, agency_id: str, last: int | None = None, checklist: Checklist | None = None
) -> dict[str, Any]:
    """An agency's items over the finished runs that crawled it, oldest first (``oit history``)."""
    agency = store.agencies([agency_id]).get(agency_id)
    if agency is None:
        raise HistoryError(f"unknown agency {agency_id!r} / ไม่พบหน่วยงาน {agency_id}")
    runs = store.runs(status="done")
    crawls = {c["run_id"]: c for c in store.crawl_summaries([r["id"] for r in runs], agency_id)}
    runs = [r for r in runs if r["id"] in crawls]
    if last:
        runs = runs[-last:]
    ids = [r["id"] for r in runs]
    index = {run_id: i for i, run_id in enumerate(ids)}
    cells: dict[tuple[str, str], list[dict[str, Any] | None]] = {}
    for row in store.findings_over_runs(ids, agency_id):
        line = cells.setdefault((row["code"], row["part"]), [None] * len(ids))
        line[index[row["run_id"]]] = {"status": row["status"], "last_updated": row["last_updated"]}
    order = _order(checklist or load_checklist())
    trail = overrides_trail(store, agency_id)
    in_force = (
        effective_overrides(store.overrides(agency_id), dt.date.fromisoformat(runs[-1]["as_of"]))
        if runs
        else {}
    )
    return {
        "schema": "oit-history/1",
        "agency": {k: agency.get(k) for k in ("id", "name", "url", "province", "type")},
        "runs": [
            {
                **run_json(r),
                "crawl": {k: crawls[r["id"]][k] for k in ("status", "pages", "error", "reason")},
            }
            for r in runs
        ],
        "items": [
            {
                "code": code,
                "part": _part(part),
                "history": [
                    {"run": ids[i], **(cell or {"status": None, "last_updated": None})}
                    for i, cell in enumerate(cells[(code, part)])
                ],
                "override": in_force.get((agency_id, code, part)),
            }
            for code, part in sorted(cells, key=_sort_key(order))
        ],
        "overrides": trail,
    }


# --------------------------------------------------------------------------- diff


def select_runs(
    store: Store, since: dt.date | None = None, pair: tuple[int, int] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(base, target) runs: the given pair, or since a day, or (default) the last two audits."""
    if pair:
        base, target = (store.run(pair[0]), store.run(pair[1]))
        for run_id, run in zip(pair, (base, target), strict=True):
            if run is None or run["status"] != "done":
                raise HistoryError(f"no finished run {run_id} / ไม่พบรอบการตรวจ {run_id} ที่เสร็จสมบูรณ์")
        if pair[0] >= pair[1]:
            raise HistoryError(
                "the first run must be older than the second / รอบแรกต้องเก่ากว่ารอบที่สอง"
            )
        return base, target  # type: ignore[return-value]
    audits = store.runs(kind="audit")
    if len(audits) < 2:
        raise HistoryError("need at least two finished audits / ต้องมีผลการตรวจอย่างน้อย 2 รอบ")
    target = audits[-1]
    if since is None:
        return audits[-2], target
    earlier = [r for r in audits if (r["as_of"] or "") < since.isoformat()]
    base = earlier[-1] if earlier else audits[0]
    if base["id"] == target["id"]:
        raise HistoryError(f"no audit after {since} / ไม่มีผลการตรวจหลังวันที่ {since}")
    return base, target


def diff_runs(
    store: Store,
    base: dict[str, Any],
    target: dict[str, Any],
    stable: int = 1,
    checklist: Checklist | None = None,
) -> dict[str, Any]:
    """The changes from ``base`` to ``target`` per agency and item (``oit diff``, alerts).

    Every finished run of the target's kind up to the target takes part, so
    that flap suppression and "last known status" see the whole history.
    """
    runs = [r for r in store.runs(kind=target["kind"]) if r["id"] <= target["id"]]
    ids = [r["id"] for r in runs]
    if base["id"] not in ids:
        raise HistoryError(
            f"run {base['id']} is not of kind {target['kind']!r} like run "
            f"{target['id']} / ประเภทรอบไม่ตรงกัน"
        )
    index = {run_id: i for i, run_id in enumerate(ids)}
    series: dict[tuple[str, str, str], list[str | None]] = {}
    target_rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in store.findings_over_runs(ids):
        key = (row["agency_id"], row["code"], row["part"])
        series.setdefault(key, [None] * len(ids))[index[row["run_id"]]] = row["status"]
        if row["run_id"] == target["id"]:
            target_rows[key] = row
    crawls = {
        (c["run_id"], c["agency_id"]): c for c in store.crawl_summaries([base["id"], target["id"]])
    }
    names = {a: row.get("name") or a for a, row in store.agencies().items()}
    in_force = effective_overrides(store.overrides(), dt.date.fromisoformat(target["as_of"]))
    base_index = index[base["id"]]
    item_key = _sort_key(_order(checklist or load_checklist()))
    out: dict[str, list[dict[str, Any]]] = {"changes": [], NOT_CHECKED: [], "pending": []}
    for key in sorted(target_rows, key=lambda k: (k[0], *item_key(k[1:]))):
        agency_id, code, part = key
        common = {
            "agency": agency_id,
            "name": names.get(agency_id, agency_id),
            "code": code,
            "part": _part(part),
        }
        for t in transitions(series[key], base_index, stable):
            if t.kind == NOT_CHECKED:
                crawl = crawls.get((target["id"], agency_id), {})
                out[NOT_CHECKED].append(
                    {
                        **common,
                        "newly": t.newly,
                        "last_known": t.after,
                        "runs": t.held,
                        "crawl": {k: crawl.get(k) for k in ("status", "error", "reason")},
                    }
                )
            elif t.kind == "pending":
                out["pending"].append(
                    {**common, "from": t.after, "to": t.status, "runs": t.held, "needed": stable}
                )
            else:
                out["changes"].append(
                    {
                        **common,
                        "change": t.kind,
                        "direction": t.direction,
                        "from": t.before,
                        "to": t.after,
                        "last_updated": target_rows[key]["last_updated"],
                        "override": in_force.get(key),
                    }
                )
    base_agencies = {a for (run_id, a) in crawls if run_id == base["id"]}
    target_agencies = {a for (run_id, a) in crawls if run_id == target["id"]}
    return {
        "schema": "oit-diff/1",
        "base": run_json(base),
        "target": run_json(target),
        "stable": stable,
        **out,
        "new_agencies": sorted(target_agencies - base_agencies),
        "dropped_agencies": sorted(base_agencies - target_agencies),
        "summary": {
            "changes": len(out["changes"]),
            "worse": sum(1 for c in out["changes"] if c["direction"] == "worse"),
            "better": sum(1 for c in out["changes"] if c["direction"] == "better"),
            "not_checked": len(out[NOT_CHECKED]),
            "newly_not_checked": sum(1 for c in out[NOT_CHECKED] if c["newly"]),
            "pending": len(out["pending"]),
        },
    }


def diff_for_run(store: Store, run_id: int | None = None, stable: int = 1) -> dict[str, Any]:
    """The changes a run brought, against the run of the same kind before it (default: the latest audit)."""
    target = store.run(run_id) if run_id is not None else store.latest_run("audit")
    if target is None or target["status"] != "done":
        what = f"run {run_id}" if run_id is not None else "audit"
        raise HistoryError(f"no finished {what} / ไม่พบรอบการตรวจที่เสร็จสมบูรณ์")
    earlier = [r for r in store.runs(kind=target["kind"]) if r["id"] < target["id"]]
    if not earlier:
        raise HistoryError(
            f"run {target['id']} is the first of its kind: nothing to compare / "
            "ยังไม่มีรอบก่อนหน้าให้เปรียบเทียบ"
        )
    return diff_runs(store, earlier[-1], target, stable)


def has_news(diff: dict[str, Any]) -> bool:
    """Worth an alert: a change, or an item that the latest run newly could not check."""
    return bool(diff["summary"]["changes"] or diff["summary"]["newly_not_checked"])


# --------------------------------------------------------------------------- overrides


def record_override(
    store: Store,
    agency_id: str,
    code: str,
    status: str,
    reason: str,
    by: str,
    part: str | None = None,
    until: dt.date | None = None,
    valid_from: dt.date | None = None,
    checklist: Checklist | None = None,
) -> dict[str, Any]:
    """Record an auditor's verdict on an item (or one part); returns the stored record."""
    checklist = checklist or load_checklist()
    if agency_id not in store.agencies([agency_id]):
        raise HistoryError(f"unknown agency {agency_id!r} / ไม่พบหน่วยงาน {agency_id}")
    if code not in checklist.codes:
        raise HistoryError(
            f"unknown item {code!r}, expected one of {', '.join(checklist.codes)} "
            "/ ไม่มีข้อนี้ในรายการตรวจ"
        )
    keys = checklist.item(code).part_keys
    part = part or MAIN
    if part != MAIN and part not in keys:
        raise HistoryError(
            f"item {code} has no part {part!r} (parts: {', '.join(keys)}) / ไม่มีส่วนย่อยนี้"
        )
    if status not in BEST_FIRST:
        raise HistoryError(f"status must be one of {', '.join(BEST_FIRST)} / สถานะไม่ถูกต้อง")
    start = valid_from or corrected_audit_day(store, agency_id) or clock.today()
    if until and until < start:
        raise HistoryError(f"--until {until} is before {start} / วันสิ้นสุดอยู่ก่อนวันเริ่ม")
    row = {
        "agency_id": agency_id,
        "code": code,
        "part": part,
        "action": "set",
        "status": status,
        "until": until.isoformat() if until else None,
        **_signed(reason, by, start),
    }
    return {"id": store.add_override(row), **row}


def corrected_audit_day(store: Store, agency_id: str) -> dt.date | None:
    """The ``as_of`` of the latest finished audit (else check) that crawled ``agency_id``.

    An override corrects that audit's verdict, so by default it applies from that day:
    recorded today, it still shows on the audit's report built ``--as-of`` the audit day.
    """
    for kind in ("audit", None):
        for run in reversed(store.runs(kind=kind)):
            if any(c["agency_id"] == agency_id for c in store.crawls(run["id"])):
                return dt.date.fromisoformat(run["as_of"])
    return None


def revoke_override(
    store: Store, override_id: int, reason: str, by: str, valid_from: dt.date | None = None
) -> dict[str, Any]:
    """End an override from ``valid_from`` (default today) by appending a revocation."""
    original = store.override(override_id)
    if original is None or original["action"] != "set":
        raise HistoryError(f"no override {override_id} / ไม่พบการแก้ไขผล {override_id}")
    if any(r["revokes"] == override_id for r in store.overrides(original["agency_id"])):
        raise HistoryError(f"override {override_id} is already revoked / ถูกยกเลิกไปแล้ว")
    row = {
        "agency_id": original["agency_id"],
        "code": original["code"],
        "part": original["part"],
        "action": "revoke",
        "status": None,
        "until": None,
        "revokes": override_id,
        **_signed(reason, by, valid_from or clock.today()),
    }
    return {"id": store.add_override(row), **row}


def _signed(reason: str, by: str, valid_from: dt.date) -> dict[str, str]:
    if not reason.strip():
        raise HistoryError("--reason must not be empty / ต้องระบุเหตุผล")
    if not by.strip():
        raise HistoryError("--by must not be empty / ต้องระบุชื่อผู้ตรวจ")
    return {
        "reason": reason.strip(),
        "by": by.strip(),
        "at": now_iso(),
        "valid_from": valid_from.isoformat(),
    }


def overrides_trail(
    store: Store, agency_id: str | None = None, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """Every override record, oldest first, with its state today (``oit overrides``)."""
    records = store.overrides(agency_id)
    states = override_states(records, today or clock.today())
    return [
        {
            "id": r["id"],
            "agency": r["agency_id"],
            "code": r["code"],
            "part": _part(r["part"]),
            "action": r["action"],
            "status": r["status"],
            "reason": r["reason"],
            "by": r["by"],
            "at": r["at"],
            "from": r["valid_from"],
            "until": r["until"],
            "revokes": r["revokes"],
            "state": states[r["id"]],
        }
        for r in records
    ]


# --------------------------------------------------------------------------- retention


@dataclass(frozen=True, slots=True)
class PruneResult:
    deleted: tuple[int, ...]
    kept: tuple[int, ...]
    pinned: tuple[int, ...]
    counts: dict[str, int]
    vacuumed: bool
    integrity: str


def set_pin(
    store: Store, run_id: int, pinned: bool = True, note: str | None = None
) -> dict[str, Any]:
    """Pin a run (an official quarterly audit) so that retention never deletes it."""
    if store.run(run_id) is None:
        raise HistoryError(f"no run {run_id} / ไม่พบรอบการตรวจ {run_id}")
    store.set_pinned(run_id, pinned, note)
    return store.run(run_id)  # type: ignore[return-value]


def prune(store: Store, keep: int, dry_run: bool = False) -> PruneResult:
    """Keep the last ``keep`` runs of each kind and every pinned run; delete the rest's data.

    Overrides are never deleted. The database is vacuumed (when no other process
    holds it) and its integrity checked.
    """
    runs = store.runs(status=None)
    doomed = runs_to_prune(runs, keep)
    kept = tuple(r["id"] for r in runs if r["id"] not in doomed)
    pinned = tuple(r["id"] for r in runs if r.get("pinned"))
    if dry_run:
        return PruneResult(tuple(doomed), kept, pinned, {}, False, "")
    counts = store.delete_runs(doomed)
    vacuumed, integrity = store.compact()
    return PruneResult(tuple(doomed), kept, pinned, counts, vacuumed, integrity)
