"""Options and argument parsers shared by every command (``--db``, ``--as-of``, dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from crawler import clock


def date_or_none(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value as a date; a clear usage error otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD / วันที่ต้องเป็น YYYY-MM-DD") from None


def date_or_today(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date:
    return date_or_none(ctx, param, value) or clock.today()


def db_path(value: str | None) -> Path:
    """The ``--db`` value, or the documented default location."""
    from crawler.store import default_db_path

    return Path(value) if value else default_db_path()


as_of_option = click.option(
    "--as-of", "as_of", callback=date_or_today, metavar="DATE",
    help="Judge freshness as of this day (YYYY-MM-DD, default today).",
)  # fmt: skip
db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False), default=None,
    help="SQLite database (default: $OIT_DB or ~/.local/share/oit-watch/oit.db).",
)  # fmt: skip
