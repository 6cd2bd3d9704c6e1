"""The self-check result for one agency: what the page shows (items, due list, guidance) and
the files it offers (.ics, ITA submission sheet, the report as XLSX/CSV/JSON/HTML).

Kept out of app.py: the app only routes here. Everything is computed from the
check's report JSON (the contract shape), so the page and the CLI say the same.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from checklist.crosswalk import CrosswalkError, OList, load_crosswalk
from checklist.freshness import Policy
from checklist.thai import fiscal_year_of
from reports.formats import FORMATS, XLSX_MEDIA_TYPE, downloads, render
from reports.guide import agency_guide, when_text
from reports.ics import render_ics
from reports.model import Agency, Report
from reports.submission import OUTSIDE_LABELS, submission_csv, submission_rows, submission_xlsx

DEFAULT_SECTOR = "local"


class FileError(ValueError):
    """A download that cannot be made (unknown name, year or sector); the message is for the user."""


@dataclass(frozen=True, slots=True)
class Download:
    content: bytes
    media_type: str
    filename: str
    inline: bool = False


# name -> media type: our own files, then the report in every format of the registry
FILES = {
    "due.ics": "text/calendar; charset=utf-8",
    "ita-sheet.xlsx": XLSX_MEDIA_TYPE,
    "ita-sheet.csv": "text/csv; charset=utf-8",
    **{f"report{f.suffix}": f.media_type for f in FORMATS.values()},
}


def _stem(agency: Agency, as_of: str) -> str:
    host = urlsplit(agency.url or "").hostname or "site"
    return "oit-" + re.sub(r"[^A-Za-z0-9.-]", "_", host)[:60] + f"-{as_of}"


def sheet_list(as_of: dt.date, value: str | None) -> OList:
    """The O-item list named "YEAR-SECTOR" (from the page's selector), default: newest local list."""
    crosswalk = load_crosswalk()
    if not value:
        return crosswalk.pick(None, DEFAULT_SECTOR, fiscal_year_of(as_of))
    year, _, sector = value.partition("-")
    try:
        return crosswalk.find(int(year), sector)
    except (ValueError, CrosswalkError):
        raise FileError(
            f"unknown O-item list {value[:20]!r}; there are: {crosswalk.choices()} / "
            "ไม่มีรายการ O ชุดนี้"
        ) from None


def result_context(
    check: dict[str, Any], policy: Policy, list_value: str | None = None
) -> dict[str, Any]:
    """What check_result.html needs for a finished check (``check`` is Check.json())."""
    report = Report.from_json(check["report"])
    (agency,) = report.agencies
    guide = agency_guide(report, agency, policy)
    as_of = guide.as_of
    try:
        chosen = sheet_list(as_of, list_value)
    except FileError:
        chosen = sheet_list(as_of, None)
    crosswalk = load_crosswalk()
    return {
        "check": check,
        "report": report,
        "agency": agency,
        "guide": guide,
        "soon": [(d, *when_text(d, as_of)) for d in guide.soon],
        "next_due": next((d for d in guide.dues if d not in guide.soon), None),
        "lists": [(f"{o.year}-{o.sector}", o, crosswalk.sector(o.sector)) for o in crosswalk.lists],
        "chosen": chosen,
        "chosen_value": f"{chosen.year}-{chosen.sector}",
        "sheet_rows": submission_rows(agency, chosen),
        "outside": OUTSIDE_LABELS,
        "report_formats": downloads(),
    }


def download(
    check: dict[str, Any], name: str, policy: Policy, list_value: str | None = None
) -> Download:
    """The file ``name`` of a finished check; FileError for an unknown name or list."""
    if name not in FILES:
        raise FileError(f"no such file {name[:40]!r} / ไม่มีไฟล์นี้")
    report = Report.from_json(check["report"])
    (agency,) = report.agencies
    as_of = dt.date.fromisoformat(report.as_of)
    stem = _stem(agency, report.as_of)
    media = FILES[name]
    if name == "due.ics":
        guide = agency_guide(report, agency, policy)
        return Download(render_ics(agency, guide.dues, as_of), media, f"{stem}-due.ics")
    if name.startswith("ita-sheet."):
        olist = sheet_list(as_of, list_value)
        content = (
            submission_xlsx(agency, olist, report.as_of)
            if name.endswith(".xlsx")
            else submission_csv(agency, olist)
        )
        return Download(
            content, media, f"{stem}-ita-{olist.year}-{olist.sector}.{name.rsplit('.', 1)[1]}"
        )
    (fmt,) = [f for f in FORMATS.values() if name == f"report{f.suffix}"]
    return Download(render(report, fmt.name), media, f"{stem}{fmt.suffix}", inline=fmt.inline)
