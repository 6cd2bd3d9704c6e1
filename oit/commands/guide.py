"""``oit guide``: for one agency of the database, what to publish, what is due within 30 days,
and (options shared with ``oit check``) the due dates as an iCalendar file and the ITA
submission sheet. Thin: the work is in reports/guide.py, reports/ics.py, reports/submission.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from checklist.crosswalk import OList
from oit.commands.options import as_of_option, db_option
from oit.commands.options import db_path as _db
from reports.model import Agency, Report

SECTORS = ("local", "central", "hospital", "school", "college")


def guide_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--ics, --sheet, --year, --sector (``oit check`` and ``oit guide``)."""
    options = [
        click.option(
            "--ics",
            "ics_path",
            type=click.Path(dir_okay=False),
            metavar="FILE",
            help="Write the due dates as an iCalendar file (one event per dated item).",
        ),
        click.option(
            "--sheet",
            "sheet_path",
            type=click.Path(dir_okay=False),
            metavar="FILE",
            help="Write the ITA submission sheet (FILE.xlsx or FILE.csv): one row per O-item.",
        ),
        click.option(
            "--year",
            "sheet_year",
            type=int,
            metavar="BE",
            help="Fiscal year of the O-item list, Buddhist era (default: the newest up to as-of).",
        ),
        click.option(
            "--sector",
            "sheet_sector",
            type=click.Choice(SECTORS),
            default="local",
            show_default=True,
            help="Which O-item list: the agency's sector.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _write(path: str, content: bytes) -> None:
    try:
        Path(path).write_bytes(content)
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror} / เขียนไฟล์ไม่ได้") from None


def sheet_list(
    as_of: dt.date, sheet_path: str | None, sheet_year: int | None, sheet_sector: str
) -> OList | None:
    """The O-item list the sheet will use; a one-line error for a bad file name, year or sector.

    Called before crawling, so a typo does not cost a whole crawl.
    """
    from checklist.crosswalk import CrosswalkError, load_crosswalk
    from checklist.thai import fiscal_year_of

    if not sheet_path:
        return None
    if Path(sheet_path).suffix.lower() not in (".xlsx", ".csv"):
        raise click.ClickException(
            "--sheet FILE must end in .xlsx or .csv / ไฟล์ต้องเป็น .xlsx หรือ .csv"
        )
    try:
        return load_crosswalk().pick(sheet_year, sheet_sector, fiscal_year_of(as_of))
    except CrosswalkError as exc:
        raise click.ClickException(str(exc)) from None


def write_guide_files(
    report: Report,
    agency: Agency,
    ics_path: str | None,
    sheet_path: str | None,
    sheet_year: int | None,
    sheet_sector: str,
) -> list[str]:
    """Write the requested files; returns the lines to print (what was written, and caveats)."""
    from reports.guide import agency_guide
    from reports.ics import render_ics
    from reports.submission import submission_csv, submission_xlsx

    as_of = dt.date.fromisoformat(report.as_of)
    said = []
    olist = sheet_list(as_of, sheet_path, sheet_year, sheet_sector)
    if sheet_path and olist:
        content = (
            submission_xlsx(agency, olist, as_of.isoformat())
            if sheet_path.lower().endswith(".xlsx")
            else submission_csv(agency, olist)
        )
        _write(sheet_path, content)
        said.append(
            f"wrote {sheet_path}: ITA {olist.year} {olist.sector}, {len(olist.rows)} O-items"
        )
        unsure = sum(1 for r in olist.rows if not r.sure)
        label = "ไม่แน่ใจ / unsure" if not olist.complete else "หมายเหตุ / note"
        said.append(
            f"  {label}: {olist.note_th} / {olist.note_en}"
            + (f" ({unsure} O-items marked unsure / ไม่แน่ใจ {unsure} ข้อ)" if unsure else "")
        )
    if ics_path:
        guide = agency_guide(report, agency)
        _write(ics_path, render_ics(agency, guide.dues, as_of))
        said.append(f"wrote {ics_path}: {len(guide.dues)} due dates")
    return said


@click.command("guide")
@click.argument("agency_id", metavar="AGENCY", required=False)
@db_option
@as_of_option
@guide_options
def guide(
    agency_id: str | None,
    db_path: str | None,
    as_of: dt.date,
    ics_path: str | None,
    sheet_path: str | None,
    sheet_year: int | None,
    sheet_sector: str,
) -> None:
    """What to publish and what is due for an agency of the latest audit (default: the only one).

    Example: oit guide a02 --db audit.db --ics a02.ics --sheet a02.xlsx --year 2569 --sector local
    """
    from crawler.store import open_db
    from oit.report import report_records
    from reports.guide import guide_text

    sheet_list(as_of, sheet_path, sheet_year, sheet_sector)
    with open_db(_db(db_path), readonly=True) as store:
        report = report_records(store, as_of)
    agencies = report.agencies
    if agency_id is not None:
        agencies = tuple(a for a in agencies if a.id == agency_id)
    if not agencies:
        raise click.ClickException(f"no agency {agency_id!r} in the latest audit / ไม่พบหน่วยงานนี้")
    if len(agencies) > 1 and (ics_path or sheet_path):
        raise click.ClickException("name one AGENCY for --ics / --sheet / ระบุหน่วยงานหนึ่งแห่ง")
    click.echo(guide_text(dataclasses.replace(report, agencies=agencies)))
    for line in write_guide_files(
        report, agencies[0], ics_path, sheet_path, sheet_year, sheet_sector
    ):
        click.echo(line)


COMMANDS = [guide]
