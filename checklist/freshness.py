"""Freshness policy (data in policy.toml) and the judgement of one item's evidence.

Rules:

* Age rule (default, the measure's "ทุก ๓ เดือน"): the newest attributed date
  must not be older than ``cutoff(as_of, max_age_months)``, which is ``as_of``
  minus that many calendar months with the day clamped to the month's end
  (2026-05-31 minus 3 months -> 2026-02-28). A date ON the cutoff is ``ok``,
  a day before it is ``stale``.
* Fiscal-year rule (per item, optional): ``fiscal_year = "current"`` is met
  by a day date inside the current Thai fiscal year of ``as_of`` (and not
  after ``as_of``) or by a period (FoundDate) lying inside that fiscal year;
  ``"previous"`` is met by a period lying inside FY-1 or later (up to the
  current FY's end), or by a day date on/after the start of the current FY
  (published after FY-1 ended). Periods longer than one fiscal year (a
  five-year plan) therefore never satisfy a fiscal-year rule.
* An item rule with neither field set uses the policy's ``max_age_months``;
  with only ``fiscal_year`` it is judged by fiscal year alone; with both,
  both must hold.
* ``undated``: evidence exists but no date at all is usable (dates after
  ``as_of`` are ignored), and for fiscal-year rules no period either.
  ``stale``: dated, but the rule is not met.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from checklist import configfile
from checklist.configfile import ConfigError
from checklist.model import FoundDate
from checklist.statuses import Status
from checklist.thai import fiscal_year_of, fiscal_year_range

__all__ = [
    "ITEM_CODES",
    "Judgement",
    "ItemRule",
    "Policy",
    "PolicyError",
    "cutoff",
    "judge",
    "load_policy",
]

ITEM_CODES = tuple(f"5.{i}" for i in range(1, 12))
FISCAL_YEAR_RULES = ("current", "previous")
DEFAULT_POLICY_PATH = Path(__file__).with_name("policy.toml")
_MAX_MONTHS = 120


class PolicyError(ConfigError):
    """A policy file that cannot be used; the message is one line naming the problem."""


@dataclass(frozen=True)
class ItemRule:
    max_age_months: int | None = None
    fiscal_year: str | None = None  # "current" | "previous"


@dataclass(frozen=True)
class Policy:
    max_age_months: int = 3
    items: Mapping[str, ItemRule] = field(default_factory=lambda: MappingProxyType({}))

    def rule_for(self, code: str) -> ItemRule:
        """The effective rule of item ``code`` (the default age limit filled in when nothing is set)."""
        rule = self.items.get(code, ItemRule())
        if rule.max_age_months is None and rule.fiscal_year is None:
            return ItemRule(max_age_months=self.max_age_months)
        return rule

    def as_dict(self) -> dict[str, Any]:
        """For the report JSON: the default limit, plus item rules that differ from it."""
        out: dict[str, Any] = {"max_age_months": self.max_age_months}
        differ = {
            code: {
                k: v
                for k, v in (("max_age_months", r.max_age_months), ("fiscal_year", r.fiscal_year))
                if v is not None
            }
            for code, r in sorted(self.items.items())
            if self.rule_for(code) != ItemRule(max_age_months=self.max_age_months)
        }
        if differ:
            out["items"] = differ
        return out


@dataclass(frozen=True)
class Judgement:
    status: str  # ok | stale | undated
    last_updated: dt.date | None
    reason: str


def cutoff(as_of: dt.date, months: int) -> dt.date:
    """``as_of`` minus ``months`` calendar months, the day clamped to the end of the month."""
    idx = as_of.year * 12 + as_of.month - 1 - months
    year, month = divmod(idx, 12)
    month += 1
    return dt.date(year, month, min(as_of.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------- loading


_months = configfile.whole_number(1, _MAX_MONTHS, ("เดือน", "months"))
_fiscal_year = configfile.one_of(*FISCAL_YEAR_RULES)
_ITEM_RULE: dict[str, configfile.Check] = {"max_age_months": _months, "fiscal_year": _fiscal_year}


def policy_from_dict(data: Mapping[str, Any], origin: str = "policy") -> Policy:
    """Validate parsed policy data (the TOML document as a dict)."""
    top = {"max_age_months": _months, "items": _items_table}
    if problem := configfile.table_problem(data, top):
        raise PolicyError(f"{origin}: {problem}")
    items: dict[str, ItemRule] = {}
    for code, raw in data.get("items", {}).items():
        where = f"{origin}: items.{code!r}"
        if code not in ITEM_CODES:
            raise PolicyError(
                f"{where} is not an item code (expected 5.1 ... 5.11, quoted in TOML)"
            )
        if not isinstance(raw, Mapping):
            raise PolicyError(f"{where} must be a table")
        if problem := configfile.unknown_key(raw, _ITEM_RULE):
            raise PolicyError(f"{where}: {problem}")
        for key, value in raw.items():  # every key known: one check each
            if problem := _ITEM_RULE[key](value):
                raise PolicyError(f"{where}.{key} {problem}")
        items[code] = ItemRule(
            max_age_months=raw.get("max_age_months"), fiscal_year=raw.get("fiscal_year")
        )
    return Policy(max_age_months=data.get("max_age_months", 3), items=MappingProxyType(items))


def _items_table(value: Any) -> str | None:
    return None if isinstance(value, Mapping) else 'must be a table of [items."5.x"] tables'


def load_policy(path: str | Path | None = None) -> Policy:
    """Read a policy file; ``None`` reads the packaged default. Raises PolicyError for a broken file."""
    file = Path(path) if path is not None else DEFAULT_POLICY_PATH
    return policy_from_dict(configfile.read_toml(file, PolicyError, "policy"), str(file))


# --------------------------------------------------------------------------- judging


def _inside(p: FoundDate, start: dt.date, end: dt.date) -> bool:
    return start <= p.date and p.last_day <= end


def _fiscal_check(
    rule: str, days: Sequence[dt.date], periods: Sequence[FoundDate], as_of: dt.date
) -> tuple[bool, str]:
    current = fiscal_year_of(as_of)
    cur_start, cur_end = fiscal_year_range(current)
    if rule == "current":
        target, (lo, hi) = current, (cur_start, cur_end)
        day_ok = [d for d in days if cur_start <= d <= as_of]
    else:
        target, lo, hi = current - 1, fiscal_year_range(current - 1)[0], cur_end
        day_ok = [d for d in days if cur_start <= d <= as_of]
    covering = [p for p in periods if _inside(p, lo, hi)]
    if covering:
        return True, f"'{covering[0].text}' covers FY{target} ({rule})"
    if day_ok:
        return (
            True,
            f"dated {max(day_ok).isoformat()} in FY{current}, counts for FY{target} ({rule})",
        )
    return False, f"nothing covers FY{target} ({rule} fiscal year)"


def judge(
    code: str,
    dates: Sequence[dt.date | None],
    periods: Sequence[FoundDate],
    as_of: dt.date,
    policy: Policy,
) -> Judgement:
    """Status of item ``code`` from its evidence's attributed dates and the periods it covers."""
    rule = policy.rule_for(code)
    days = [d for d in dates if d is not None and d <= as_of]
    future = sum(1 for d in dates if d is not None and d > as_of)
    last = max(days, default=None)
    if last is None and (rule.fiscal_year is None or not periods):
        why = f"only dates after as_of ({future})" if future else "no date found on the evidence"
        return Judgement(Status.UNDATED, None, why)
    reasons: list[str] = []
    ok = True
    if rule.max_age_months is not None:
        limit = cutoff(as_of, rule.max_age_months)
        if last is None:
            ok = False
            reasons.append(f"no dated evidence for the {rule.max_age_months}-month rule")
        elif last >= limit:
            reasons.append(
                f"newest {last.isoformat()} is on/after cutoff {limit.isoformat()} ({rule.max_age_months} months)"
            )
        else:
            ok = False
            reasons.append(
                f"newest {last.isoformat()} is before cutoff {limit.isoformat()} ({rule.max_age_months} months)"
            )
    if rule.fiscal_year is not None:
        fy_ok, why = _fiscal_check(rule.fiscal_year, days, periods, as_of)
        ok = ok and fy_ok
        reasons.append(why)
    return Judgement(Status.OK if ok else Status.STALE, last, "; ".join(reasons))
