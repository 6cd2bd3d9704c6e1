"""Item statuses over the recent runs, for the report's trend chart. Pure.

The report dict holds one run; the trend counts the findings each earlier run
stored (judged as of that run's own ``as_of``, machine statuses, no overrides).
oit/report.py reads those rows from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checklist.model import MAIN
from checklist.statuses import BEST_FIRST


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One run: items per status over all its agencies, and per item code."""

    run_id: int
    as_of: str  # YYYY-MM-DD the run was judged as of ('' when unknown)
    started_at: str
    agencies: int
    counts: dict[str, int]
    items: dict[str, dict[str, int]]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, status: str = "ok") -> float:
        return self.counts.get(status, 0) / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "as_of": self.as_of,
            "started_at": self.started_at,
            "agencies": self.agencies,
            "counts": self.counts,
            "items": self.items,
        }


def _code_key(code: str) -> tuple[tuple[int, str], ...]:
    """'5.10' after '5.9'."""
    return tuple((int(p), "") if p.isdigit() else (0, p) for p in code.split("."))


def trend_point(run: dict[str, Any], rows: list[dict[str, Any]]) -> TrendPoint:
    """One run's point from its stored finding rows (agency_id, code, part, status)."""
    counts: dict[str, int] = dict.fromkeys(BEST_FIRST, 0)
    items: dict[str, dict[str, int]] = {}
    agencies = set()
    for row in rows:
        if row["part"] != MAIN or row["status"] not in counts:
            continue  # the item rows; parts are already rolled up into them
        agencies.add(row["agency_id"])
        counts[row["status"]] += 1
        items.setdefault(row["code"], dict.fromkeys(BEST_FIRST, 0))[row["status"]] += 1
    ordered = dict(sorted(items.items(), key=lambda kv: _code_key(kv[0])))
    return TrendPoint(
        run["id"],
        run.get("as_of") or "",
        run.get("started_at") or "",
        len(agencies),
        counts,
        ordered,
    )
