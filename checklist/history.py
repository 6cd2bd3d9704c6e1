"""History rules between audits, pure: the statuses one item had in successive runs
(:func:`settle`, :func:`transitions`, with flap suppression), which runs retention deletes
(:func:`runs_to_prune`), and which auditor override is in force on a day
(:func:`effective_overrides`, :func:`override_states`). Plain lists and records in, no store,
no clock: ``oit/history.py`` reads the store and calls these.

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
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from checklist.statuses import COMPLIANCE, STATUS_LOOKS, Status

NOT_CHECKED = Status.NOT_CHECKED
SEVERITY = COMPLIANCE  # best to worst; the index is the severity

# The change an item made is named after the status it changed to.
CHANGE_KINDS = {
    Status.OK: "fixed",
    Status.UNDATED: "became_undated",
    Status.STALE: "became_stale",
    Status.MISSING: "newly_missing",
}
LABELS = {
    "fixed": ("แก้ไขแล้ว", "fixed"),
    "became_undated": ("กลายเป็นไม่ระบุวันที่", "became undated"),
    "became_stale": ("กลายเป็นไม่เป็นปัจจุบัน", "became stale"),
    "newly_missing": ("ไม่พบ (ใหม่)", "newly missing"),
    NOT_CHECKED: (STATUS_LOOKS[NOT_CHECKED].th, STATUS_LOOKS[NOT_CHECKED].en),
    "pending": ("รอยืนยัน", "unconfirmed"),
}


@dataclass(frozen=True, slots=True)
class Transition:
    """What happened to one item between a base run and a target run.

    ``kind``: a change (``fixed``, ``became_stale``, ``became_undated``,
    ``newly_missing``), ``not_checked`` (the target run could not check it) or
    ``pending`` (a new status not yet held for ``stable`` runs). ``before`` and
    ``after`` are the settled statuses at the base and the target run (``after``
    of a not-checked item is its last known status); ``status`` is the machine's
    raw status in the target run; ``held`` how many runs in a row it has had it.
    """

    kind: str
    before: str | None
    after: str | None
    status: str
    held: int
    newly: bool = True  # not_checked: was it checked at the base run or after?

    @property
    def direction(self) -> str | None:
        if self.kind not in CHANGE_KINDS.values():
            return None
        if self.before is None:
            return "worse"  # first verdict on the item, and it is not ok
        return "worse" if SEVERITY.index(self.after) > SEVERITY.index(self.before) else "better"


def settle(statuses: Sequence[str | None], stable: int = 1) -> str | None:
    """The compliance status after these runs, with flap suppression.

    ``None`` (item absent from a run) and ``not_checked`` are skipped. The first
    status seen is taken as is; after that, a different status replaces the
    current one only once it has been seen ``stable`` times in a row.
    """
    if stable < 1:
        raise ValueError("stable must be at least 1")
    state: str | None = None
    candidate: str | None = None
    streak = 0
    for status in statuses:
        if status not in SEVERITY:
            continue
        if state is None or status == state:
            state, candidate, streak = status, None, 0
            continue
        streak = streak + 1 if status == candidate else 1
        candidate = status
        if streak >= stable:
            state, candidate, streak = status, None, 0
    return state


def _held(statuses: Sequence[str | None], status: str) -> int:
    """Runs in a row, up to the last, with ``status`` (for a compliance status, not-checked runs are skipped)."""
    count = 0
    for s in reversed(statuses):
        if s == status:
            count += 1
        elif status == NOT_CHECKED or s in SEVERITY:
            break
    return count


def transitions(
    statuses: Sequence[str | None], base: int, stable: int = 1
) -> tuple[Transition, ...]:
    """What to report for one item whose statuses over successive runs are ``statuses``.

    The last entry is the target run, ``base`` the index of the run compared
    against. Returns zero, one or two transitions: a change of the settled
    status, and/or that the target run could not check the item, or that its new
    status is still pending confirmation.
    """
    if not 0 <= base < len(statuses) - 1:
        raise ValueError("base must index a run before the last")
    raw = statuses[-1]
    if raw is None:
        return ()
    before = settle(statuses[: base + 1], stable)
    after = settle(statuses, stable)
    found: list[Transition] = []
    if after is not None and after != before and not (before is None and after == "ok"):
        found.append(
            Transition(CHANGE_KINDS[Status(after)], before, after, raw, _held(statuses, after))
        )
    if raw == NOT_CHECKED:
        newly = not all(s == NOT_CHECKED for s in statuses[base:])
        found.append(Transition(NOT_CHECKED, before, after, raw, _held(statuses, raw), newly))
    elif raw != after:
        found.append(Transition("pending", before, after, raw, _held(statuses, raw)))
    return tuple(found)


def runs_to_prune(runs: Sequence[dict[str, Any]], keep: int) -> list[int]:
    """Ids of the runs that retention deletes: all but the last ``keep`` of each kind and the pinned.

    A run still ``running`` is never deleted (an audit may be writing it).
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for run in sorted(runs, key=lambda r: r["id"]):
        if run["status"] != "running":
            by_kind[run["kind"]].append(run)
    return sorted(
        run["id"]
        for kind_runs in by_kind.values()
        for run in kind_runs[:-keep]
        if not run.get("pinned")
    )


def override_json(record: dict[str, Any]) -> dict[str, Any]:
    """An override as reports show it beside the machine's status."""
    return {
        "id": record["id"],
        "status": record["status"],
        "reason": record["reason"],
        "by": record["by"],
        "at": record["at"],
        "from": record["valid_from"],
        "until": record["until"],
    }


def _applies(record: dict[str, Any], as_of: str, revoked_from: dict[int, str]) -> bool:
    if record["action"] != "set" or record["valid_from"] > as_of:
        return False
    if record["until"] and as_of > record["until"]:
        return False
    revoked = revoked_from.get(record["id"])
    return not (revoked and revoked <= as_of)


def effective_overrides(
    records: Iterable[dict[str, Any]], as_of: dt.date
) -> dict[tuple[str, str, str], dict[str, Any]]:
    """The override in force for each (agency, code, part) on ``as_of``; the latest recorded wins.

    A verdict applies from its ``valid_from`` day to its ``until`` day (if any);
    a revocation ends it from the revocation's own ``valid_from`` day, so older
    reports keep showing what was in force then.
    """
    day = as_of.isoformat()
    records = sorted(records, key=lambda r: r["id"])
    revoked_from = {r["revokes"]: r["valid_from"] for r in records if r["action"] == "revoke"}
    return {
        (r["agency_id"], r["code"], r["part"]): override_json(r)
        for r in records
        if _applies(r, day, revoked_from)
    }


def override_states(records: Sequence[dict[str, Any]], today: dt.date) -> dict[int, str]:
    """State of each record on ``today``: active, superseded, revoked, expired, future, or revocation."""
    active = {o["id"] for o in effective_overrides(records, today).values()}
    revoked = {r["revokes"] for r in records if r["action"] == "revoke"}
    day = today.isoformat()

    def state(r: dict[str, Any]) -> str:
        if r["action"] == "revoke":
            return "revocation"
        if r["id"] in active:
            return "active"
        if r["id"] in revoked:
            return "revoked"
        if r["valid_from"] > day:
            return "future"
        if r["until"] and r["until"] < day:
            return "expired"
        return "superseded"

    return {r["id"]: state(r) for r in records}
