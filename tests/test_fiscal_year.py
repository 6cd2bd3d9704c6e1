"""The Thai fiscal year starts on 1 October: pinned at its boundary, where a wrong start month shows."""

from __future__ import annotations

import datetime as dt

import pytest

from checklist.freshness import judge, policy_from_dict
from checklist.model import FoundDate
from checklist.thai import fiscal_year_of, fiscal_year_range

D = dt.date


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (D(2025, 9, 30), 2568),
        (D(2025, 10, 1), 2569),
        (D(2026, 9, 30), 2569),
        (D(2026, 10, 1), 2570),
        (D(2026, 10, 31), 2570),
        (D(2026, 11, 1), 2570),
        (D(2026, 1, 1), 2569),
    ],
)
def test_fiscal_year_of_turns_on_1_october(day: dt.date, fy: int) -> None:
    assert fiscal_year_of(day) == fy


def test_fiscal_year_range_is_october_to_september() -> None:
    assert fiscal_year_range(2569) == (D(2025, 10, 1), D(2026, 9, 30))
    start, end = fiscal_year_range(2570)
    assert fiscal_year_of(start) == fiscal_year_of(end) == 2570
    assert fiscal_year_of(start - dt.timedelta(days=1)) == 2569


CURRENT = policy_from_dict({"max_age_months": 3, "items": {"5.4": {"fiscal_year": "current"}}})
PREVIOUS = policy_from_dict({"max_age_months": 3, "items": {"5.6": {"fiscal_year": "previous"}}})


@pytest.mark.parametrize(
    ("published", "as_of", "status"),
    [
        (D(2026, 9, 15), D(2026, 9, 30), "ok"),  # FY2569 plan, judged on FY2569's last day
        (
            D(2026, 9, 15),
            D(2026, 10, 1),
            "stale",
        ),  # FY2570 began: last year's plan no longer counts
        (D(2026, 10, 1), D(2026, 10, 1), "ok"),  # published on the first day of FY2570
        (D(2026, 10, 20), D(2026, 10, 31), "ok"),  # an October date is already the new year
    ],
)
def test_current_fiscal_year_rule_at_the_october_boundary(
    published: dt.date, as_of: dt.date, status: str
) -> None:
    assert judge("5.4", [published], [], as_of, CURRENT).status == status


def test_a_fiscal_year_period_covers_exactly_october_to_september() -> None:
    fy2569 = FoundDate(
        D(2025, 10, 1), "ปีงบประมาณ พ.ศ. 2569", "text", kind="period", end=D(2026, 9, 30)
    )
    assert judge("5.4", [], [fy2569], D(2026, 9, 30), CURRENT).status == "ok"
    assert judge("5.4", [], [fy2569], D(2026, 10, 1), CURRENT).status == "stale"
    # 5.6 asks for the report of the previous fiscal year: FY2568's report counts until FY2570 begins
    fy2568 = FoundDate(
        D(2024, 10, 1), "ปีงบประมาณ พ.ศ. 2568", "text", kind="period", end=D(2025, 9, 30)
    )
    assert judge("5.6", [], [fy2568], D(2026, 9, 30), PREVIOUS).status == "ok"
    assert judge("5.6", [], [fy2568], D(2026, 10, 1), PREVIOUS).status == "stale"
    assert judge("5.6", [], [fy2569], D(2026, 10, 1), PREVIOUS).status == "ok"
