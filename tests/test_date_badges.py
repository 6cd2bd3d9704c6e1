"""Date badges that split the day from "month.year" (issue 15, point 8).

Failure class seen on a saved state-enterprise site: news cards show the day in one box and
"09.2563" (month.Buddhist-era year) in the next, so the cards had no date and news was
`undated` instead of `stale`. Wording here is our own.
"""

from __future__ import annotations

import datetime as dt

from checklist.dates import find_dates


def _found(text: str) -> list[tuple[dt.date | None, str]]:
    return [(d.date, d.kind) for d in find_dates(text)]


def test_a_day_over_month_dot_year_is_that_day() -> None:
    card = "ข่าวสารจากหน่วยงาน\n04\n09.2563\nเปิดโครงการปลูกป่าชายเลน"
    assert _found(card) == [(dt.date(2020, 9, 4), "day")]
    assert _found("17 11.2567") == [(dt.date(2024, 11, 17), "day")]


def test_month_dot_year_on_its_own_line_is_that_month() -> None:
    assert _found("ฉบับประจำเดือน\n03.2566") == [(dt.date(2023, 3, 1), "month")]


def test_numbers_inside_a_sentence_are_not_badges() -> None:
    assert _found("ระยะทาง 12.2564 กิโลเมตร") == []
    assert _found("ข้อ 3 09.2563 ของระเบียบ") == []
    assert _found("v 10.2563") == []
