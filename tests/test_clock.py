"""One clock: "today" is the Bangkok date whatever the host's zone and hour."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from reports import clock
from reports.labels import thai_datetime
from tests.conftest import run_oit

UTC = dt.UTC


@pytest.mark.parametrize(
    ("utc_moment", "bangkok_day"),
    [
        (dt.datetime(2026, 12, 6, 16, 59, tzinfo=UTC), dt.date(2026, 12, 6)),  # 23:59 in Bangkok
        (dt.datetime(2026, 12, 6, 17, 0, tzinfo=UTC), dt.date(2026, 12, 7)),  # midnight in Bangkok
        (dt.datetime(2026, 12, 6, 23, 30, tzinfo=UTC), dt.date(2026, 12, 7)),  # the evening window
        (
            dt.datetime(2026, 9, 30, 17, 0, tzinfo=UTC),
            dt.date(2026, 10, 1),
        ),  # a new fiscal year in Bangkok
    ],
)
def test_today_is_the_bangkok_date(
    monkeypatch: pytest.MonkeyPatch, utc_moment: dt.datetime, bangkok_day: dt.date
) -> None:
    monkeypatch.delenv(clock.TIMEZONE_ENV, raising=False)
    assert clock.today(utc_moment) == bangkok_day


def test_the_zone_is_configured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    moment = dt.datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
    monkeypatch.setenv(clock.TIMEZONE_ENV, "UTC")
    assert clock.today(moment) == dt.date(2026, 12, 6)
    monkeypatch.setenv(
        clock.TIMEZONE_ENV, "Not/AZone"
    )  # a typo falls back to Bangkok, never crashes
    assert clock.today(moment) == dt.date(2026, 12, 7)


def test_times_are_shown_in_thai_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.TIMEZONE_ENV, raising=False)
    assert thai_datetime("2026-12-06T20:54:00Z") == "7 ธ.ค. 2569 03:54 น."


@pytest.mark.integration
def test_cli_default_as_of_is_the_bangkok_date(tmp_path: Path) -> None:
    """``--as-of`` left out: the audit and the report judge as of the Bangkok date, not the host's."""
    env = {k: v for k, v in os.environ.items() if k != clock.TIMEZONE_ENV}
    csv = tmp_path / "agencies.csv"
    csv.write_text(
        "id,name,url\nx1,ทดสอบ,http://127.0.0.1:9/\n", encoding="utf-8"
    )  # refused at once
    db = str(tmp_path / "audit.db")
    days = {clock.today(dt.datetime.now(UTC)).isoformat()}
    assert (
        run_oit("audit", str(csv), "--db", db, env={**env, "TZ": "America/Los_Angeles"}).returncode
        == 0
    )
    for host_tz in ("UTC", "Pacific/Kiritimati", "America/Los_Angeles"):
        result = run_oit("report", "--db", db, "--format", "json", env={**env, "TZ": host_tz})
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        days.add(clock.today(dt.datetime.now(UTC)).isoformat())  # a run across Bangkok midnight
        assert report["as_of"] in days, (host_tz, report["as_of"], days)
    with sqlite3.connect(db) as con:  # the audit stored the Bangkok day as its own as_of
        assert con.execute("SELECT as_of FROM runs").fetchone()[0] in days
