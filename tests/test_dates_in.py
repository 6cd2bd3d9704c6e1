"""Dates people type: Buddhist-era years are converted (and said so), implausible years refused;
an override recorded later applies from the audit it corrects."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from oit.commands.options import DateInputError, parse_user_date
from tests.conftest import TODAY, run_oit


@pytest.mark.parametrize(
    ("text", "day", "converted"),
    [
        ("2026-11-25", dt.date(2026, 11, 25), False),
        ("2569-11-25", dt.date(2026, 11, 25), True),
        ("๒๕๖๙-๑๑-๒๕", dt.date(2026, 11, 25), True),
        ("25/11/2569", dt.date(2026, 11, 25), True),
        (" 2569-1-5 ", dt.date(2026, 1, 5), True),
    ],
)
def test_ce_and_be_dates_are_read(text: str, day: dt.date, converted: bool) -> None:
    parsed = parse_user_date(text)
    assert (parsed.day, parsed.converted) == (day, converted)
    if converted:
        assert "2026" in parsed.note() and "พ.ศ." in parsed.note() and "CE" in parsed.note()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("3112-11-25", "3112"),  # 2569 BE typed as if CE and converted twice: centuries away
        ("2300-01-01", "2300"),
        ("1900-01-01", "1900"),
        ("2569-02-30", "calendar"),
        ("tomorrow", "YYYY-MM-DD"),
    ],
)
def test_implausible_dates_are_refused_in_one_line(text: str, words: str) -> None:
    with pytest.raises(DateInputError) as info:
        parse_user_date(text)
    message = str(info.value)
    assert words in message and "\n" not in message
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in message)  # Thai too


@pytest.mark.integration
def test_cli_refuses_a_year_centuries_away(tmp_path: Path) -> None:
    result = run_oit("report", "--db", str(tmp_path / "none.db"), "--as-of", "3112-11-25")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "3112" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.integration
def test_override_recorded_later_shows_on_the_audit_it_corrects(
    audited: dict[str, Path], tmp_path: Path
) -> None:
    db = tmp_path / "audit.db"
    with sqlite3.connect(audited["db"]) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    # Recorded on whatever day the test runs (after the audit day): no --from given.
    made = run_oit(
        "override",
        "a02",
        "5.3",
        "--status",
        "ok",
        "--reason",
        "อยู่ในไฟล์ PDF",
        "--by",
        "ผู้ตรวจ",
        "--db",
        str(db),
    )
    assert made.returncode == 0, made.stderr
    assert f"from {TODAY.isoformat()}" in made.stdout
    be_day = f"{TODAY.year + 543}-{TODAY.month:02d}-{TODAY.day:02d}"
    result = run_oit("report", "--db", str(db), "--as-of", be_day, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert (
        TODAY.isoformat() in result.stderr and "พ.ศ." in result.stderr
    )  # the CE day used, said once
    report = json.loads(result.stdout)
    assert report["as_of"] == TODAY.isoformat()
    a02 = next(a for a in report["agencies"] if a["id"] == "a02")
    item = next(i for i in a02["items"] if i["code"] == "5.3")
    assert item["override"]["status"] == "ok" and item["override"]["from"] == TODAY.isoformat()
    # The day before the audit it is not in force.
    earlier = run_oit(
        "report",
        "--db",
        str(db),
        "--as-of",
        (TODAY - dt.timedelta(days=1)).isoformat(),
        "--format",
        "json",
    )
    a02 = next(a for a in json.loads(earlier.stdout)["agencies"] if a["id"] == "a02")
    assert "override" not in next(i for i in a02["items"] if i["code"] == "5.3")
