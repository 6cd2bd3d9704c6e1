"""Report files: JSON (the contract), HTML, CSV (UTF-8 with BOM for Excel), XLSX.

Page titles and URLs come from sites we do not control: a cell that a
spreadsheet would run as a formula (=, +, -, @, tab, CR, and their full-width
forms) is neutralised — in CSV with a leading apostrophe, in XLSX with Excel's
own quote prefix, so the text shows exactly and is never evaluated.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from reports.html import render_html, safe_href
from reports.labels import (
    STATUS_ORDER,
    counts,
    crawl_th,
    date_source,
    item_codes,
    overridden,
    shown_status,
    status_en,
    status_symbol,
    status_th,
    thai_date,
    thai_datetime,
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
ROW_HEADER = ["agency_id", "agency_name", "province", "type", "crawl_status", "code", "part",
              "title_th", "status", "status_th", "last_updated", "evidence_url", "evidence_title",
              "evidence_date", "date_source", "reason", "final_status", "override_status",
              "override_by", "override_at", "override_reason", "crawl_reason",
              "last_updated_th", "evidence_count", "override_from", "override_until"]  # fmt: skip
EVIDENCE_HEADER = ["agency_id", "agency_name", "code", "part", "status", "url", "title", "date",
                   "date_th", "date_source", "terms", "where"]  # fmt: skip
_XML_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed in XLSX cells
FONT = "Tahoma"  # ships with Windows and macOS Excel and has Thai glyphs
COLOURS = {"ok": ("#DFF3E6", "#17693A"), "undated": ("#DCF0F7", "#0A5C78"),
           "stale": ("#FFECCC", "#7A4A00"), "missing": ("#FDE3E1", "#A11D16"),
           "not_checked": ("#ECECEC", "#4A4A4A")}  # fmt: skip


def inert(value: Any) -> Any:
    """A CSV cell value a spreadsheet shows as text, never runs."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _entries(item: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """An item then its parts, each with its part key ('' for the item itself)."""
    return [(item, "")] + [(p, p["key"]) for p in item.get("parts", [])]


def rows(report: dict[str, Any]) -> Iterator[list[Any]]:
    """One row per agency × item (and part), with its newest evidence; columns of ROW_HEADER."""
    for agency in report["agencies"]:
        crawl = agency["crawl"]
        for item in agency["items"]:
            for entry, part in _entries(item):
                top = entry["evidence"][0] if entry["evidence"] else {}
                o = entry.get("override") or {}
                yield [agency["id"], agency["name"], agency.get("province", ""),
                       agency.get("type", ""), crawl["status"], item["code"], part,
                       entry.get("title_th", ""), entry["status"], status_th(entry["status"]),
                       entry["last_updated"] or "", top.get("url", ""), top.get("title", ""),
                       top.get("date") or "", top.get("date_source") or "",
                       entry.get("reason", ""), shown_status(entry), o.get("status", ""),
                       o.get("by", ""), o.get("at", ""), o.get("reason", ""),
                       crawl.get("reason") or "", thai_date(entry["last_updated"]),
                       len(entry["evidence"]), o.get("from") or "", o.get("until") or ""]  # fmt: skip


def evidence_rows(report: dict[str, Any]) -> Iterator[list[Any]]:
    """Every evidence of every item and part; columns of EVIDENCE_HEADER."""
    for agency in report["agencies"]:
        for item in agency["items"]:
            for entry, part in _entries(item):
                for e in entry["evidence"]:
                    yield [agency["id"], agency["name"], item["code"], part, shown_status(entry),
                           e["url"], e.get("title") or "", e.get("date") or "",
                           thai_date(e.get("date")), e.get("date_source") or "",
                           ", ".join(e.get("terms") or []), ", ".join(e.get("where") or [])]  # fmt: skip


def render_csv(report: dict[str, Any]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ROW_HEADER)
    for row in rows(report):
        writer.writerow([inert(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# --------------------------------------------------------------------------- XLSX


def display_width(text: str) -> int:
    """Columns a string takes on screen: Thai vowel and tone marks above/below take none."""
    return sum(0 if unicodedata.combining(ch) else (2 if unicodedata.east_asian_width(ch) in "WF"
                                                    else 1) for ch in text)  # fmt: skip


class _Sheet:
    """One worksheet: bilingual header, formats from a shared cache, inert strings, widths."""

    def __init__(self, book: Any, formats: _Formats, name: str, header: Sequence[str]) -> None:
        self.ws = book.add_worksheet(name)
        self.formats = formats
        self.widths = [display_width(h) for h in header]
        self.row = 0
        self.ws.set_row(0, 30)
        for c, title in enumerate(header):
            self.ws.write_string(0, c, title, formats.get(bold=True, bg_color="#E6ECF3", border=1,
                                                          text_wrap=True, valign="top"))  # fmt: skip

    def write(self, values: Sequence[Any], styles: dict[int, dict[str, Any]] | None = None) -> None:
        self.row += 1
        for c, value in enumerate(values):
            style = dict((styles or {}).get(c, {}))
            if isinstance(value, int | float) and not isinstance(value, bool):
                self.ws.write_number(self.row, c, value, self.formats.get(**style))
                continue
            text = _XML_CONTROL.sub("", "" if value is None else str(value))
            if text.startswith(_FORMULA_START):
                style["quote_prefix"] = True  # shown as typed, never a formula
            href = safe_href(text) if style.pop("link", False) else None
            if href and len(text) <= 2000:
                self.ws.write_url(self.row, c, text, self.formats.get(font_color="#1F4E79",
                                                                      underline=1, **style),
                                  string=text)  # fmt: skip
            else:
                self.ws.write_string(self.row, c, text, self.formats.get(**style))
            self.widths[c] = max(self.widths[c], min(display_width(text.split("\n")[0]), 60))

    def finish(self, min_width: int = 6, max_width: int = 60, wide: dict[int, int] | None = None) -> None:
        for c, width in enumerate(self.widths):
            limit = (wide or {}).get(c, max_width)
            self.ws.set_column(c, c, max(min_width, min(width + 2, limit)))
        self.ws.freeze_panes(1, 0)
        self.ws.autofilter(0, 0, max(self.row, 1), len(self.widths) - 1)


class _Formats:
    """xlsxwriter formats built once per distinct property set, all in a Thai-capable font."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.cache: dict[tuple[tuple[str, Any], ...], Any] = {}

    def get(self, **props: Any) -> Any:
        key = tuple(sorted(props.items()))
        if key not in self.cache:
            self.cache[key] = self.book.add_format({"font_name": FONT, "font_size": 10, **props})
        return self.cache[key]


def _status_style(status: str, **extra: Any) -> dict[str, Any]:
    bg, fg = COLOURS[status]
    return {"bg_color": bg, "font_color": fg, "bold": True, **extra}


def _summary_sheet(book: Any, formats: _Formats, report: dict[str, Any]) -> None:
    codes = item_codes(report)
    header = ["รหัส / id", "หน่วยงาน / agency", "จังหวัด / province", "ประเภท / type",
              "เก็บข้อมูล / crawl", "หน้า / pages", *codes,
              *[f"{status_symbol(s)} {status_th(s)} / {status_en(s)}" for s in STATUS_ORDER],
              "เหตุที่เก็บข้อมูลไม่ครบ / crawl reason"]  # fmt: skip
    sheet = _Sheet(book, formats, "สรุป summary", header)
    first_code = 6
    for agency in report["agencies"]:
        crawl = agency["crawl"]
        cells = []
        styles: dict[int, dict[str, Any]] = {}
        for c, item in enumerate(agency["items"], start=first_code):
            status = shown_status(item)
            mark = " ✎" if overridden(item) else ""
            cells.append(f"{status_symbol(status)} {status_th(status)}{mark}")
            styles[c] = _status_style(status, align="center")
        totals = counts(agency["items"])
        sheet.write([agency["id"], agency["name"], agency.get("province", ""),
                     agency.get("type", ""), f"{crawl_th(crawl['status'])} / {crawl['status']}",
                     crawl["pages"], *cells, *totals.values(), crawl.get("reason") or ""],
                    styles)  # fmt: skip
        for c, item in enumerate(agency["items"], start=first_code):
            notes = [f"{item['code']}{'·' + part if part else ''}: {e['override'].get('status')} "
                     f"(เครื่อง / machine: {e['status']}) — {e['override'].get('by', '')}, "
                     f"{e['override'].get('at', '')}\n{e['override'].get('reason', '')}"
                     for e, part in _entries(item) if e.get("override")]  # fmt: skip
            if notes:
                sheet.ws.write_comment(sheet.row, c, "ผู้ตรวจแก้ไข / override\n" + "\n".join(notes),
                                       {"x_scale": 2, "y_scale": 1.5})  # fmt: skip
    sheet.finish(wide={1: 40, len(header) - 1: 50})
    for c in range(first_code, first_code + len(codes)):
        sheet.ws.set_column(c, c, 15)
    sheet.ws.freeze_panes(1, 2)


def _items_sheet(book: Any, formats: _Formats, report: dict[str, Any]) -> None:
    header = ["รหัส / agency_id", "หน่วยงาน / agency", "จังหวัด / province", "ประเภท / type",
              "เก็บข้อมูล / crawl", "ข้อ / code", "ส่วน / part", "รายการ / title",
              "สถานะ / status", "สถานะ (ไทย)", "ปรับปรุงล่าสุด / last_updated",
              "ปรับปรุงล่าสุด (พ.ศ.)", "หลักฐานล่าสุด / evidence URL", "ชื่อหลักฐาน / evidence title",
              "วันที่หลักฐาน / evidence date", "ที่มาของวันที่ / date source",
              "จำนวนหลักฐาน / evidence count", "เหตุผล / reason", "สถานะสุดท้าย / final status",
              "ผู้ตรวจแก้ไข / override status", "โดย / by", "เมื่อ / at",
              "เหตุผลผู้ตรวจ / override reason", "มีผลตั้งแต่ / from", "ถึง / until"]  # fmt: skip
    sheet = _Sheet(book, formats, "รายข้อ items", header)
    for r in rows(report):
        named = dict(zip(ROW_HEADER, r, strict=True))
        status, final = named["status"], named["final_status"]
        src = named["date_source"]
        sheet.write([named["agency_id"], named["agency_name"], named["province"], named["type"],
                     named["crawl_status"], named["code"], named["part"], named["title_th"],
                     status, f"{status_symbol(status)} {named['status_th']}",
                     named["last_updated"], named["last_updated_th"], named["evidence_url"],
                     named["evidence_title"], named["evidence_date"],
                     f"{date_source(src)[0]} / {src}" if src else "", named["evidence_count"],
                     named["reason"], final, named["override_status"], named["override_by"],
                     named["override_at"], named["override_reason"], named["override_from"],
                     named["override_until"]],
                    {8: _status_style(status), 9: _status_style(status), 12: {"link": True},
                     18: _status_style(final)})  # fmt: skip
    sheet.finish(wide={12: 50, 13: 45, 17: 50})


def _evidence_sheet(book: Any, formats: _Formats, report: dict[str, Any]) -> None:
    header = ["รหัส / agency_id", "หน่วยงาน / agency", "ข้อ / code", "ส่วน / part",
              "สถานะ / status", "URL", "ชื่อ / title", "วันที่ / date", "วันที่ (พ.ศ.)",
              "ที่มาของวันที่ / date source", "คำที่พบ / terms", "พบที่ / where"]  # fmt: skip
    sheet = _Sheet(book, formats, "หลักฐาน evidence", header)
    for r in evidence_rows(report):
        sheet.write(r, {4: _status_style(r[4]), 5: {"link": True}})
    sheet.finish(wide={5: 60, 6: 50})


def _about_sheet(book: Any, formats: _Formats, report: dict[str, Any]) -> None:
    ws = book.add_worksheet("เกี่ยวกับ about")
    run = report.get("run") or {}
    lines = [
        ("รายงาน / report", "การตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ 5.1–5.11"),
        ("ณ วันที่ / as of", f"{thai_date(report['as_of'])} ({report['as_of']})"),
        ("เกณฑ์ / limit", f"{report['policy'].get('max_age_months', '')} เดือน / months"),
        ("รอบการตรวจ / run", f"#{run.get('id', '')} {run.get('started_at', '')}"),
        ("สร้างเมื่อ / generated", f"{thai_datetime(report.get('generated_at'))} "
                                   f"({report.get('generated_at', '')})"),
        ("ชุดเกณฑ์ / checklist", str(report.get("checklist_version", ""))),
        ("schema", str(report.get("schema", ""))),
    ] + [(f"{status_symbol(s)} {status_th(s)}", status_en(s)) for s in STATUS_ORDER]  # fmt: skip
    bold = formats.get(bold=True)
    for r, (key, value) in enumerate(lines):
        ws.write_string(r, 0, key, bold)
        ws.write_string(r, 1, value, formats.get())
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 60)


def render_xlsx(report: dict[str, Any]) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})  # fmt: skip
    formats = _Formats(book)
    _summary_sheet(book, formats, report)
    _items_sheet(book, formats, report)
    _evidence_sheet(book, formats, report)
    _about_sheet(book, formats, report)
    book.close()
    return buffer.getvalue()


def render(report: dict[str, Any], fmt: str, trend: Sequence[Any] | None = None) -> bytes:
    """The report in ``fmt`` (json | html | csv | xlsx) as bytes; ``trend`` feeds the HTML chart."""
    if fmt == "json":
        return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "html":
        return render_html(report, trend).encode("utf-8")
    if fmt == "csv":
        return render_csv(report)
    if fmt == "xlsx":
        return render_xlsx(report)
    raise ValueError(f"unknown format {fmt}")
