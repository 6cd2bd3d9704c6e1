"""When each dated item or part goes stale under the freshness policy.

The day is found by asking :func:`checklist.freshness.judge` itself (the policy's
own rule, whatever it is: months, fiscal year, both), so this module never
re-states the rule: it searches for the first day on which the same evidence
would no longer be ``ok``. Judged from the report (checklist.guidance's views), which keeps each
evidence date but not the periods a document covers; with the default policy
(age rule only) periods do not matter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checklist.freshness import Policy, judge
from checklist.guidance import AgencyView, VerdictView, entries_of, entry_key
from checklist.statuses import Status

HORIZON_DAYS = 3 * 366  # no rule keeps evidence fresh longer than this
SOON_DAYS = 30


@dataclass(frozen=True, slots=True)
class Due:
    """One dated item or part and the day its evidence stops counting."""

    key: str
    code: str
    part: str
    title_th: str
    title_en: str
    status: str  # ok | stale (machine status)
    last_updated: dt.date
    due: dt.date  # first day on which it is stale
    url: str | None  # the newest evidence: the page to update

    def days_left(self, as_of: dt.date) -> int:
        return (self.due - as_of).days

    def overdue(self, as_of: dt.date) -> bool:
        return self.due <= as_of


def stale_from(
    code: str,
    dates: list[dt.date],
    policy: Policy,
    start: dt.date,
    horizon_days: int = HORIZON_DAYS,
) -> dt.date | None:
    """First day on/after ``start`` on which ``judge`` no longer says ``ok``; None within the horizon.

    Binary search: once evidence goes stale by age or leaves its fiscal year it stays stale.
    """

    def ok(day: dt.date) -> bool:
        return judge(code, [d for d in dates if d <= day], (), day, policy).status == Status.OK

    if not ok(start):
        return start
    lo, hi = 0, horizon_days  # ok at start+lo; search the first failing offset
    if ok(start + dt.timedelta(days=hi)):
        return None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if ok(start + dt.timedelta(days=mid)) else (lo, mid)
    return start + dt.timedelta(days=hi)


def _dates(entry: VerdictView) -> list[dt.date]:
    days = {entry.last_updated} | {e.date for e in entry.evidence}
    out = []
    for text in filter(None, days):
        try:
            out.append(dt.date.fromisoformat(str(text)))
        except ValueError:
            continue
    return out


def _newest_url(entry: VerdictView) -> str | None:
    evidence = [e for e in entry.evidence if e.url]
    dated = [e for e in evidence if e.date]
    best = max(dated, key=lambda e: e.date or "") if dated else (evidence[0] if evidence else None)
    return best.url if best else None


def due_dates(agency: AgencyView, as_of: dt.date, policy: Policy) -> list[Due]:
    """Every dated item or part of one report agency with its stale day, soonest first."""
    out = []
    for item, entry, part in entries_of(agency):
        status = entry.status
        dates = [d for d in _dates(entry) if d <= as_of]
        if status not in (Status.OK, Status.STALE) or not dates:
            continue
        last = max(dates)
        # ok: search forward from as_of; stale: from the newest date, to say since when.
        day = stale_from(item.code, dates, policy, as_of if status == Status.OK else last)
        if day is None:
            continue
        out.append(
            Due(
                key=entry_key(item.code, part),
                code=item.code,
                part=part,
                title_th=entry.title_th,
                title_en=entry.title_en,
                status=status,
                last_updated=last,
                due=day,
                url=_newest_url(entry),
            )
        )
    return sorted(out, key=lambda d: (d.due, d.key))


def due_soon(dues: list[Due], as_of: dt.date, days: int = SOON_DAYS) -> list[Due]:
    """Overdue items and those that go stale within ``days`` of ``as_of``."""
    limit = as_of + dt.timedelta(days=days)
    return [d for d in dues if d.due <= limit]
