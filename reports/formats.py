"""Report files: JSON (the contract), HTML, CSV (UTF-8 with BOM for Excel), XLSX.

Cells that a spreadsheet would run as a formula (=, +, -, @ ...) are neutralised:
page titles come from sites we do not control.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from reports.build import STATUS_LABELS
from reports.html import render_html

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ROW_HEADER = ["agency_id", "agency_name", "province", "type", "crawl_status", "code", "part",
              "title_th", "status", "status_th", "last_updated", "evidence_url", "evidence_title",
              "evidence_date", "date_source", "reason"]  # fmt: skip


def inert(value: Any) -> Any:
    """A cell value a spreadsheet shows as text, never runs."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def rows(report: dict[str, Any]) -> Iterator[list[Any]]:
    """One row per agency × item (and part), with its newest evidence."""
    for agency in report["agencies"]:
        for item in agency["items"]:
            entries = [(item, "")] + [(p, p["key"]) for p in item.get("parts", [])]
            for entry, part in entries:
                top = entry["evidence"][0] if entry["evidence"] else {}
                yield [agency["id"], agency["name"], agency.get("province", ""),
                       agency.get("type", ""), agency["crawl"]["status"], item["code"], part,
                       entry.get("title_th", ""), entry["status"],
                       STATUS_LABELS[entry["status"]][0], entry["last_updated"] or "",
                       top.get("url", ""), top.get("title", ""), top.get("date") or "",
                       top.get("date_source") or "", entry.get("reason", "")]  # fmt: skip


def render_csv(report: dict[str, Any]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(ROW_HEADER)
    for row in rows(report):
        writer.writerow([inert(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def render_xlsx(report: dict[str, Any]) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False})  # fmt: skip
    bold = book.add_format({"bold": True, "bg_color": "#F3F3F3", "border": 1})
    colours = {"ok": "#E3F4E8", "stale": "#FFF1D6", "undated": "#E0F2F8", "missing": "#FDE7E6",
               "not_checked": "#EEEEEE"}  # fmt: skip
    status_formats = {s: book.add_format({"bg_color": c}) for s, c in colours.items()}

    summary = book.add_worksheet("summary")
    codes = [i["code"] for i in report["agencies"][0]["items"]] if report["agencies"] else []
    header = ["agency_id", "agency_name", "province", "type", "crawl_status", *codes]
    summary.write_row(0, 0, header, bold)
    for r, agency in enumerate(report["agencies"], start=1):
        base = [agency["id"], agency["name"], agency.get("province", ""), agency.get("type", ""),
                agency["crawl"]["status"]]  # fmt: skip
        summary.write_row(r, 0, [inert(v) for v in base])
        for c, item in enumerate(agency["items"], start=len(base)):
            summary.write_string(r, c, item["status"], status_formats[item["status"]])
    summary.freeze_panes(1, 2)
    summary.autofilter(0, 0, max(1, len(report["agencies"])), len(header) - 1)

    items = book.add_worksheet("items")
    items.write_row(0, 0, ROW_HEADER, bold)
    count = 0
    for count, row in enumerate(rows(report), start=1):
        for c, value in enumerate(row):
            fmt = status_formats.get(value) if ROW_HEADER[c] == "status" else None
            items.write_string(count, c, str(inert(value)), fmt)
    items.freeze_panes(1, 0)
    items.autofilter(0, 0, max(1, count), len(ROW_HEADER) - 1)

    evidence = book.add_worksheet("evidence")
    ev_header = ["agency_id", "code", "part", "url", "title", "date", "date_source"]
    evidence.write_row(0, 0, ev_header, bold)
    r = 0
    for agency in report["agencies"]:
        for item in agency["items"]:
            for entry, part in [(item, "")] + [(p, p["key"]) for p in item.get("parts", [])]:
                for e in entry["evidence"]:
                    r += 1
                    values = [agency["id"], item["code"], part, e["url"], e["title"],
                              e["date"] or "", e["date_source"] or ""]  # fmt: skip
                    for c, value in enumerate(values):
                        evidence.write_string(r, c, str(inert(value)))
    evidence.freeze_panes(1, 0)
    evidence.autofilter(0, 0, max(1, r), len(ev_header) - 1)
    book.close()
    return buffer.getvalue()


def render(report: dict[str, Any], fmt: str) -> bytes:
    """The report in ``fmt`` (json | html | csv | xlsx) as bytes."""
    if fmt == "json":
        return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "html":
        return render_html(report).encode("utf-8")
    if fmt == "csv":
        return render_csv(report)
    if fmt == "xlsx":
        return render_xlsx(report)
    raise ValueError(f"unknown format {fmt}")
