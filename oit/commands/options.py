"""Options and argument parsers shared by every command (``--db``, ``--as-of``, dates)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import click

from checklist.thai import be_to_ce, thai_digits_to_arabic
from reports import clock

# Thai staff type Buddhist-era years (2569 = 2026 CE): a year above this is BE.
BE_FROM = 2400
# Years an audit date can plausibly name, after a BE year is converted.
PLAUSIBLE_CE = range(1990, 2101)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")  # 25/11/2569, as Thai forms write it


class DateInputError(ValueError):
    """A date a person typed that cannot be used; the message is one line, Thai and English."""


@dataclass(frozen=True, slots=True)
class UserDate:
    """A date as typed and the Gregorian day it means; ``converted`` when the year was BE."""

    text: str
    day: dt.date
    converted: bool = False

    def note(self) -> str:
        """The line echoed when a BE year was converted, so nobody wonders which year was used."""
        return (
            f"ใช้วันที่ {self.day.isoformat()} (ค.ศ.) จาก {self.text} (พ.ศ.) / "
            f"read {self.text} as a Buddhist-era date: {self.day.isoformat()} CE"
        )


def parse_user_date(text: str) -> UserDate:
    """``YYYY-MM-DD`` or ``DD/MM/YYYY``, CE or BE (year > 2400, minus 543), Thai digits allowed."""
    raw = text.strip()
    value = thai_digits_to_arabic(raw)
    if m := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DMY.fullmatch(value):
        day, month, year = (int(g) for g in m.groups())
    else:
        raise DateInputError(
            f"{raw!r} is not a date: use YYYY-MM-DD, e.g. 2026-11-25 or 2569-11-25 "
            "/ วันที่ต้องอยู่ในรูป ปปปป-ดด-วว"
        )
    converted = year > BE_FROM
    ce = be_to_ce(year) if converted else year
    if ce not in PLAUSIBLE_CE:
        raise DateInputError(
            f"ปี {year} ไม่น่าใช่ทั้ง ค.ศ. และ พ.ศ. / year {year} is neither a plausible CE year "
            f"({PLAUSIBLE_CE.start}–{PLAUSIBLE_CE.stop - 1}) nor a Buddhist-era year "
            f"({PLAUSIBLE_CE.start + 543}–{PLAUSIBLE_CE.stop + 542})"
        )
    try:
        return UserDate(raw, dt.date(ce, month, day), converted)
    except ValueError:
        raise DateInputError(f"{raw!r} is not a day of the calendar / ไม่มีวันที่นี้ในปฏิทิน") from None


def date_or_none(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A date option value (CE or BE) as a date; a BE year is echoed on stderr as the CE date used."""
    if value is None:
        return None
    try:
        parsed = parse_user_date(value)
    except DateInputError as exc:
        raise click.BadParameter(str(exc)) from None
    if parsed.converted:
        click.echo(f"oit: {parsed.note()}", err=True)
    return parsed.day


def date_or_today(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date:
    return date_or_none(ctx, param, value) or clock.today()


def db_path(value: str | None) -> Path:
    """The ``--db`` value, or the documented default location."""
    from crawler.store import default_db_path

    return Path(value) if value else default_db_path()


as_of_option = click.option(
    "--as-of",
    "as_of",
    callback=date_or_today,
    metavar="DATE",
    help="Judge freshness as of this day (YYYY-MM-DD, default today; a Buddhist-era year "
    "such as 2569-11-25 is converted to CE and the date used is printed).",
)
db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="SQLite database (default: $OIT_DB or ~/.local/share/oit-watch/oit.db).",
)
