"""Freshness policy: cutoff arithmetic, the 3-month rule, per-item overrides, fiscal-year rules, policy files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checklist.freshness import (
    ITEM_CODES,
    ItemRule,
    Judgement,
    Policy,
    PolicyError,
    cutoff,
    judge,
    load_policy,
)
from checklist.model import FoundDate

D = dt.date
DEFAULT = Policy()


@pytest.mark.parametrize(
    ("as_of", "months", "expected"),
    [
        (D(2026, 5, 31), 3, D(2026, 2, 28)),  # clamped to February's end
        (D(2024, 5, 31), 3, D(2024, 2, 29)),  # leap year
        (D(2026, 1, 15), 3, D(2025, 10, 15)),  # across the year boundary
        (D(2026, 3, 31), 1, D(2026, 2, 28)),
        (D(2026, 12, 31), 12, D(2025, 12, 31)),
        (D(2026, 7, 31), 6, D(2026, 1, 31)),
        (D(2026, 8, 30), 6, D(2026, 2, 28)),
    ],
)
def test_cutoff(as_of: dt.date, months: int, expected: dt.date) -> None:
    assert cutoff(as_of, months) == expected


def test_on_the_cutoff_is_ok_one_day_before_is_stale() -> None:
    as_of = D(2026, 5, 31)
    on = judge("5.2", [D(2026, 2, 28)], [], as_of, DEFAULT)
    before = judge("5.2", [D(2026, 2, 27)], [], as_of, DEFAULT)
    assert (on.status, on.last_updated) == ("ok", D(2026, 2, 28))
    assert (before.status, before.last_updated) == ("stale", D(2026, 2, 27))
    assert "2026-02-28" in before.reason


def test_newest_date_decides_and_undated_evidence_is_ignored() -> None:
    j = judge("5.2", [None, D(2025, 1, 1), D(2026, 1, 10), None], [], D(2026, 2, 1), DEFAULT)
    assert j == Judgement("ok", D(2026, 1, 10), j.reason)


def test_undated_is_not_stale() -> None:
    assert judge("5.1", [None, None], [], D(2026, 1, 1), DEFAULT).status == "undated"
    assert judge("5.1", [], [], D(2026, 1, 1), DEFAULT).last_updated is None


def test_future_dates_do_not_count() -> None:
    as_of = D(2026, 1, 1)
    j = judge("5.7", [D(2026, 3, 1)], [], as_of, DEFAULT)
    assert (j.status, j.last_updated) == ("undated", None)
    assert "after as_of" in j.reason
    j = judge("5.7", [D(2026, 3, 1), D(2025, 6, 1)], [], as_of, DEFAULT)
    assert (j.status, j.last_updated) == ("stale", D(2025, 6, 1))


def test_periods_alone_do_not_date_an_age_rule() -> None:
    fy = FoundDate(D(2025, 10, 1), "ปีงบประมาณ 2569", "text", "period", D(2026, 9, 30))
    assert judge("5.4", [None], [fy], D(2026, 1, 1), DEFAULT).status == "undated"


def test_per_item_age_override() -> None:
    policy = Policy(items={"5.6": ItemRule(max_age_months=12)})
    as_of = D(2026, 5, 31)
    assert judge("5.6", [D(2025, 6, 1)], [], as_of, policy).status == "ok"
    assert judge("5.2", [D(2025, 6, 1)], [], as_of, policy).status == "stale"
    assert policy.rule_for("5.2") == ItemRule(max_age_months=3)
    assert Policy(max_age_months=6).rule_for("5.9") == ItemRule(max_age_months=6)


def fy_period(fy_be: int, text: str = "") -> FoundDate:
    ce = fy_be - 543
    return FoundDate(D(ce - 1, 10, 1), text or f"ปีงบประมาณ {fy_be}", "text", "period", D(ce, 9, 30))


CURRENT = Policy(items={"5.4": ItemRule(fiscal_year="current")})
PREVIOUS = Policy(items={"5.6": ItemRule(fiscal_year="previous")})
AS_OF = D(2026, 1, 20)  # fiscal year 2569 (2025-10-01 .. 2026-09-30)


def test_fiscal_year_current_by_period_or_date() -> None:
    assert judge("5.4", [None], [fy_period(2569)], AS_OF, CURRENT).status == "ok"
    assert judge("5.4", [D(2025, 10, 1)], [], AS_OF, CURRENT).status == "ok"  # first day of the FY
    assert judge("5.4", [D(2025, 9, 30)], [], AS_OF, CURRENT).status == "stale"
    assert judge("5.4", [None], [fy_period(2568)], AS_OF, CURRENT).status == "stale"
    quarter = FoundDate(D(2026, 1, 1), "ไตรมาสที่ 2", "text", "period", D(2026, 3, 31))
    assert judge("5.4", [D(2025, 1, 1)], [quarter], AS_OF, CURRENT).status == "ok"


def test_fiscal_year_ignores_age_when_only_fiscal_year_is_set() -> None:
    # dated 2025-10-02: older than 3 months, but inside the current FY
    j = judge("5.4", [D(2025, 10, 2)], [], D(2026, 6, 30), CURRENT)
    assert (j.status, j.last_updated) == ("ok", D(2025, 10, 2))


def test_multi_year_plan_does_not_cover_a_fiscal_year() -> None:
    plan = FoundDate(D(2022, 10, 1), "พ.ศ. 2566-2570", "text", "period", D(2027, 9, 30))
    j = judge("5.4", [None], [plan], AS_OF, CURRENT)
    assert (j.status, j.last_updated) == ("stale", None)


def test_fiscal_year_previous() -> None:
    assert judge("5.6", [None], [fy_period(2568)], AS_OF, PREVIOUS).status == "ok"
    assert judge("5.6", [None], [fy_period(2567)], AS_OF, PREVIOUS).status == "stale"
    # published after FY2568 ended
    assert judge("5.6", [D(2025, 11, 15)], [], AS_OF, PREVIOUS).status == "ok"
    assert judge("5.6", [D(2025, 9, 1)], [], AS_OF, PREVIOUS).status == "stale"
    j = judge("5.6", [None], [], AS_OF, PREVIOUS)
    assert j.status == "undated"


def test_both_rules_must_hold() -> None:
    both = Policy(items={"5.4": ItemRule(max_age_months=3, fiscal_year="current")})
    as_of = D(2026, 6, 30)
    assert judge("5.4", [D(2025, 10, 2)], [], as_of, both).status == "stale"  # in FY, too old
    assert judge("5.4", [D(2026, 5, 1)], [], as_of, both).status == "ok"
    # covers the FY, but nothing is dated for the age rule
    assert judge("5.4", [None], [fy_period(2569)], as_of, both).status == "stale"


# --------------------------------------------------------------------------- policy files


def test_packaged_policy_keeps_three_months_for_every_item() -> None:
    policy = load_policy()
    assert policy.max_age_months == 3
    assert sorted(policy.items, key=lambda c: int(c.split(".")[1])) == list(ITEM_CODES)
    for code in ITEM_CODES:
        assert policy.rule_for(code) == ItemRule(max_age_months=3)
    assert policy.as_dict() == {"max_age_months": 3}


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_custom_policy_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'max_age_months = 6\n[items."5.6"]\nfiscal_year = "previous"\n[items."5.11"]\nmax_age_months = 1\n',
    )
    policy = load_policy(path)
    assert policy.rule_for("5.1") == ItemRule(max_age_months=6)
    assert policy.rule_for("5.6") == ItemRule(fiscal_year="previous")
    assert policy.rule_for("5.11") == ItemRule(max_age_months=1)
    assert policy.as_dict() == {
        "max_age_months": 6,
        "items": {"5.11": {"max_age_months": 1}, "5.6": {"fiscal_year": "previous"}},
    }


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("max_age_months = ", "invalid TOML"),
        ("max_age_months = 0", "max_age_months"),
        ("max_age_months = 'three'", "max_age_months"),
        ("max_age_months = true", "max_age_months"),
        ("max_age = 3", "unknown key 'max_age'"),
        ('[items."5.12"]\nmax_age_months = 3', "not an item code"),
        ("[items.5.1]\nmax_age_months = 3", "not an item code"),  # unquoted: a nested table
        ('[items."5.6"]\nfiscal_year = "last"', "'current' or 'previous'"),
        ('[items."5.6"]\nmax_age_months = -1', "items.'5.6'.max_age_months"),
        ('[items."5.6"]\nfiscal = "current"', "unknown key 'fiscal'"),
        ("items = 3", "items must be a table"),
    ],
)
def test_broken_policy_file(tmp_path: Path, body: str, needle: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    message = str(err.value)
    assert needle in message
    assert str(path) in message
    assert "\n" not in message
    assert isinstance(err.value, ValueError)


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no such policy file"):
        load_policy(tmp_path / "nope.toml")
