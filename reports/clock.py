"""The product's one clock: "today" is the date in Thai time, wherever the host's clock is set.

Reports print Thai time and ITA deadlines are Thai days, so an audit started at 01:00 in Bangkok
(18:00 UTC the day before) belongs to the Bangkok day. ``OIT_TIMEZONE`` changes the zone once for
every command (an IANA name; the default is Asia/Bangkok). The evaluation never reads it (it
takes ``as_of`` as a parameter, and ``checklist/`` reads no clock at all); it lives in ``reports``,
the lowest layer that may read the time, so the crawl, the reports and the web app read one zone.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "Asia/Bangkok"
TIMEZONE_ENV = "OIT_TIMEZONE"


@cache
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # A typo in the environment must not stop an audit: fall back to the documented zone.
        return ZoneInfo(DEFAULT_TIMEZONE)


def zone() -> ZoneInfo:
    """The product's time zone (``$OIT_TIMEZONE``, default Asia/Bangkok)."""
    return _zone(os.environ.get(TIMEZONE_ENV) or DEFAULT_TIMEZONE)


def now() -> dt.datetime:
    """The current moment in the product's time zone (aware)."""
    return dt.datetime.now(zone())


def today(at: dt.datetime | None = None) -> dt.date:
    """Today's date in the product's time zone — the default ``as_of`` everywhere.

    ``at`` (an aware moment) is for callers that already hold "now", and for tests.
    """
    return (at.astimezone(zone()) if at else now()).date()
