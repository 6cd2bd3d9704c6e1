"""Report files: JSON (the contract), HTML, CSV (for spreadsheets, see below), XLSX.

Page titles and URLs come from sites we do not control: a cell that a
spreadsheet would run as a formula (=, +, -, @, tab, CR, and their full-width
forms) is neutralised — in CSV with an invisible leading zero-width space, in
XLSX with Excel's own quote prefix, so the text shows exactly and is never evaluated.

The CSV is made to open right with a double-click, where no one picks import
options. LibreOffice's text import (7.4, a fresh profile) preselects a character
set only for a UTF-16 byte-order mark (a UTF-8 BOM is not sniffed: Thai turns to
mojibake), splits on comma, semicolon and tab, evaluates no formulas and turns
every decimal-looking field into a number (5.10 → 5.1), quoted or not. Excel
opens a UTF-16LE file with a BOM as tab-separated text and also turns 5.10 into
5.1 (and ="5.10" formulas would show as written in LibreOffice). Hence: UTF-16LE
with BOM, tab-separated, every field quoted (a ';' in a title never splits it),
and a zero-width space (U+200B, common in Thai text, invisible in both) before
text that either program would read as a number or a formula — codes stay
"5.10". ISO dates (YYYY-MM-DD) are left to become dates; they show as dates in both.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from checklist.statuses import BEST_FIRST, STATUS_LOOKS
from reports.html import render_html
from reports.labels import (
    counts,
    crawl_th,
    date_source,
    status_en,
    status_symbol,
    status_th,
    thai_date,
    thai_datetime,
)
from reports.model import Item, Report, Verdict, as_report
from reports.untrusted import safe_href, xml_text

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
ROW_HEADER = [
    "agency_id",
    "agency_name",
    "province",
    "type",
    "crawl_status",
    "code",
    "part",
    "title_th",
    "status",
    "status_th",
    "last_updated",
    "evidence_url",
    "evidence_title",
    "evidence_date",
    "date_source",
    "reason",
    "final_status",
    "override_status",
    "override_by",
    "override_at",
    "override_reason",
    "crawl_reason",
    "last_updated_th",
    "evidence_count",
    "override_from",
    "override_until",
]
EVIDENCE_HEADER = [
    "agency_id",
    "agency_name",
    "code",
    "part",
    "status",
    "url",
    "title",
    "date",
    "date_th",
    "date_source",
    "terms",
    "where",
]
FONT = "Tahoma"  # ships with Windows and macOS Excel and has Thai glyphs


ZWSP = "\u200b"  # zero-width space: a cell starting with it is text in Excel and LibreOffice
_NUMBER_LIKE = re.compile(r"^[\s(]*[-+]?[\d.,/: ]*\d[\d.,/: ]*[%)\s]*$")  # 5.10, 001, 1,5, 14/5
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")  # left alone: both show it as a date
CSV_BOM = b"\xff\xfe"  # UTF-16LE, what Excel itself writes as "Unicode text"
CSV_ENCODING = "utf-16"  # reads the BOM
CSV_DELIMITER = "\t"


def inert(value: Any) -> Any:
    """A CSV cell value a spreadsheet shows exactly as text: never run, never made a number."""
    if isinstance(value, str) and (
        value.startswith(_FORMULA_START)
        or (_NUMBER_LIKE.match(value) and not _ISO_DATE.match(value))
    ):
        return ZWSP + value
    return value


def read_csv(data: bytes) -> list[list[str]]:
    """The cells of a CSV written by :func:`render_csv`, as a script reads them (U+200B dropped)."""
    text = data.decode(CSV_ENCODING)
    return [
        [cell.removeprefix(ZWSP) for cell in row]
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=CSV_DELIMITER)
    ]


def _entries(item: Item) -> list[tuple[Verdict, str]]:
    """An item then its parts, each with its part key ('' for the item itself)."""
    return item.units()


def rows(report: Report) -> Iterator[list[Any]]:
    """One row per agency × item (and part), with its newest evidence; columns of ROW_HEADER."""
    for agency in report.agencies:
        crawl = agency.crawl
        for item, entry, part in agency.units():
            top = entry.evidence[0] if entry.evidence else None
            o = entry.override
            yield [
                agency.id,
                agency.name,
                agency.province,
                agency.type,
                crawl.status,
                item.code,
                part,
                entry.title_th,
                entry.status,
                status_th(entry.status),
                entry.last_updated or "",
                top.url if top else "",
                top.title if top else "",
                (top.date if top else None) or "",
                (top.date_source if top else None) or "",
                entry.reason,
                entry.shown_status,
                o.status if o else "",
                o.by if o else "",
                o.at if o else "",
                o.reason if o else "",
                crawl.reason,
                thai_date(entry.last_updated),
                len(entry.evidence),
                (o.valid_from if o else None) or "",
                (o.until if o else None) or "",
            ]


def evidence_rows(report: Report) -> Iterator[list[Any]]:
    """Every evidence of every item and part; columns of EVIDENCE_HEADER."""
    for agency in report.agencies:
        for item, entry, part in agency.units():
            for e in entry.evidence:
                yield [
                    agency.id,
                    agency.name,
                    item.code,
                    part,
                    entry.shown_status,
                    e.url,
                    e.title,
                    e.date or "",
                    thai_date(e.date),
                    e.date_source or "",
                    ", ".join(e.terms),
                    ", ".join(e.where),
                ]


def render_csv(report: Report | Mapping[str, Any]) -> bytes:
    """UTF-16LE with BOM, tab-separated, every field quoted: see the module's docstring."""
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_ALL, lineterminator="\r\n"
    )
    writer.writerow(ROW_HEADER)
    for row in rows(as_report(report)):
        writer.writerow([inert(v) for v in row])
    return CSV_BOM + buffer.getvalue().encode("utf-16-le")


# --------------------------------------------------------------------------- XLSX


def display_width(text: str) -> int:
    """Columns a string takes on screen: Thai vowel and tone marks above/below take none."""
    return sum(
        0 if unicodedata.combining(ch) else (2 if unicodedata.east_asian_width(ch) in "WF" else 1)
        for ch in text
    )


class _Sheet:
    """One worksheet: bilingual header, formats from a shared cache, inert strings, widths."""

    def __init__(self, book: Any, formats: _Formats, name: str, header: Sequence[str]) -> None:
        self.ws = book.add_worksheet(name)
        self.formats = formats
        # headers wrap at spaces, so their longest word sets the width, not the whole title
        self.widths = [max(map(display_width, h.split())) for h in header]
        self.row = 0
        self.ws.set_row(0, 58)  # four lines of a wrapped bilingual header
        for c, title in enumerate(header):
            self.ws.write_string(
                0,
                c,
                title,
                formats.get(bold=True, bg_color="#E6ECF3", border=1, text_wrap=True, valign="top"),
            )

    def write(self, values: Sequence[Any], styles: dict[int, dict[str, Any]] | None = None) -> None:
        self.row += 1
        for c, value in enumerate(values):
            style = dict((styles or {}).get(c, {}))
            if isinstance(value, int | float) and not isinstance(value, bool):
                self.ws.write_number(self.row, c, value, self.formats.get(**style))
                continue
            text = xml_text(value)  # XML forbids most controls in cells
            if text.startswith(_FORMULA_START):
                style["quote_prefix"] = True  # shown as typed, never a formula
            href = safe_href(text) if style.pop("link", False) else None
            if href and len(text) <= 2000:
                self.ws.write_url(
                    self.row,
                    c,
                    text,
                    self.formats.get(font_color="#1F4E79", underline=1, **style),
                    string=text,
                )
            else:
                self.ws.write_string(self.row, c, text, self.formats.get(**style))
            self.widths[c] = max(self.widths[c], min(display_width(text.split("\n")[0]), 60))

    def finish(
        self,
        min_width: int = 6,
        max_width: int = 60,
        wide: dict[int, int] | None = None,
        fixed: dict[int, tuple[int, Any]] | None = None,
        pages_wide: int | None = None,
    ) -> None:
        """Column widths (``fixed``: width and format by column), frozen header, filter, print setup.

        ``pages_wide`` fixes how many pages wide the sheet prints; by default as few as keep
        the print scale at :data:`MIN_PRINT_SCALE` or more.
        """
        final = []
        for c, width in enumerate(self.widths):
            limit = (wide or {}).get(c, max_width)
            width, fmt = (fixed or {}).get(c, (max(min_width, min(width + 2, limit)), None))
            self.ws.set_column(c, c, width, fmt)
            final.append(width)
        self.ws.freeze_panes(1, 0)
        self.ws.autofilter(0, 0, max(self.row, 1), len(self.widths) - 1)
        page_setup(self.ws, self.row, final, pages_wide)


# Offices print these reports: A4 landscape, the header row and the agency columns on every
# page, the sheet's name and page numbers in the header and footer, fitted to the page width.
PAPER_A4 = 9
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6}  # inches
HEADER_MARGIN = 0.25
# A4 landscape less the margins, in column-width units (Calibri 11 '0' = 7 px at 96 dpi)
PRINTABLE_WIDTH = (11.69 - MARGINS["left"] - MARGINS["right"]) * 96 / 7
MIN_PRINT_SCALE = 0.6  # Tahoma 10 at 60 % is about 6 points, still legible
TITLE_COLUMNS = 2  # agency id and name repeated on every page


def print_scale(widths: Sequence[float], pages_wide: int) -> float:
    """The scale a spreadsheet prints at when the columns are fitted to ``pages_wide`` pages."""
    repeated = sum(widths[:TITLE_COLUMNS]) * (pages_wide - 1)
    return min(1.0, PRINTABLE_WIDTH * pages_wide / (sum(widths) + repeated))


def page_setup(
    ws: Any, last_row: int, widths: Sequence[float], pages_wide: int | None = None
) -> int:
    """Print settings of one sheet; returns how many pages wide it prints."""
    if pages_wide is None:
        pages_wide = next(n for n in range(1, 50) if print_scale(widths, n) >= MIN_PRINT_SCALE)
    ws.set_landscape()
    ws.set_paper(PAPER_A4)
    ws.set_margins(**MARGINS)
    ws.fit_to_pages(pages_wide, 0)  # as many pages tall as needed
    ws.repeat_rows(0)  # print titles: the header row ...
    ws.repeat_columns(0, TITLE_COLUMNS - 1)  # ... and the agency on every page
    ws.print_area(0, 0, max(last_row, 1), len(widths) - 1)
    ws.set_header('&L&"Tahoma"&9OIT 5.1–5.11 — &A', {"margin": HEADER_MARGIN})
    ws.set_footer('&L&"Tahoma"&9&F&R&"Tahoma"&9หน้า / page &P / &N', {"margin": HEADER_MARGIN})
    return pages_wide


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
    look = STATUS_LOOKS[status]  # type: ignore[index]  # a Status is its string
    return {"bg_color": look.paper, "font_color": look.ink, "bold": True, **extra}


def _summary_sheet(book: Any, formats: _Formats, report: Report) -> None:
    codes = report.item_codes()
    header = [
        "รหัส / id",
        "หน่วยงาน / agency",
        "จังหวัด / province",
        "ประเภท / type",
        "เก็บข้อมูล / crawl",
        "หน้า / pages",
        *codes,
        *[f"{status_symbol(s)} {status_th(s)} / {status_en(s)}" for s in BEST_FIRST],
        "เหตุที่เก็บข้อมูลไม่ครบ / crawl reason",
    ]
    sheet = _Sheet(book, formats, "สรุป summary", header)
    first_code = 6
    for agency in report.agencies:
        crawl = agency.crawl
        cells = []
        wrap = {"text_wrap": True, "valign": "top"}  # long names and reasons take two lines
        styles: dict[int, dict[str, Any]] = {1: wrap, 4: wrap, len(header) - 1: wrap}
        for c, item in enumerate(agency.items, start=first_code):
            status = item.shown_status
            mark = " ✎" if item.overridden else ""
            cells.append(f"{status_symbol(status)} {status_th(status)}{mark}")
            styles[c] = _status_style(status, align="center")
        totals = counts(agency.items)
        sheet.write(
            [
                agency.id,
                agency.name,
                agency.province,
                agency.type,
                f"{crawl_th(crawl.status)} / {crawl.status}",
                crawl.pages,
                *cells,
                *totals.values(),
                crawl.reason,
            ],
            styles,
        )
        for c, item in enumerate(agency.items, start=first_code):
            notes = [
                f"{item.code}{'·' + part if part else ''}: {o.status} "
                f"(เครื่อง / machine: {e.status}) — {o.by}, {o.at}\n{o.reason}"
                for e, part in _entries(item)
                if (o := e.override)
            ]
            if notes:
                sheet.ws.write_comment(
                    sheet.row,
                    c,
                    "ผู้ตรวจแก้ไข / override\n" + "\n".join(notes),
                    {"x_scale": 2, "y_scale": 1.5},
                )
    # narrow enough that a province (~100 agencies) prints one page wide, A4 landscape
    fixed = {c: (11, None) for c in range(first_code, first_code + len(codes))}  # "⚠ ไม่เป็นปัจจุบัน ✎"
    fixed |= {c: (8, None) for c in range(first_code + len(codes), len(header) - 1)}  # counts
    fixed[4] = (12, None)  # crawl status, wraps at " / "
    fixed[5] = (6, None)  # pages
    fixed[len(header) - 1] = (24, None)  # crawl reason
    sheet.finish(wide={1: 32}, fixed=fixed, pages_wide=1)
    sheet.ws.freeze_panes(1, 2)


def _items_sheet(book: Any, formats: _Formats, report: Report) -> None:
    header = [
        "รหัส / agency_id",
        "หน่วยงาน / agency",
        "จังหวัด / province",
        "ประเภท / type",
        "เก็บข้อมูล / crawl",
        "ข้อ / code",
        "ส่วน / part",
        "รายการ / title",
        "สถานะ / status",
        "สถานะ (ไทย)",
        "ปรับปรุงล่าสุด / last_updated",
        "ปรับปรุงล่าสุด (พ.ศ.)",
        "หลักฐานล่าสุด / evidence URL",
        "ชื่อหลักฐาน / evidence title",
        "วันที่หลักฐาน / evidence date",
        "ที่มาของวันที่ / date source",
        "จำนวนหลักฐาน / evidence count",
        "เหตุผล / reason",
        "สถานะสุดท้าย / final status",
        "ผู้ตรวจแก้ไข / override status",
        "โดย / by",
        "เมื่อ / at",
        "เหตุผลผู้ตรวจ / override reason",
        "มีผลตั้งแต่ / from",
        "ถึง / until",
    ]
    sheet = _Sheet(book, formats, "รายข้อ items", header)
    for r in rows(report):
        named = dict(zip(ROW_HEADER, r, strict=True))
        status, final = named["status"], named["final_status"]
        src = named["date_source"]
        sheet.write(
            [
                named["agency_id"],
                named["agency_name"],
                named["province"],
                named["type"],
                named["crawl_status"],
                named["code"],
                named["part"],
                named["title_th"],
                status,
                f"{status_symbol(status)} {named['status_th']}",
                named["last_updated"],
                named["last_updated_th"],
                named["evidence_url"],
                named["evidence_title"],
                named["evidence_date"],
                f"{date_source(src)[0]} / {src}" if src else "",
                named["evidence_count"],
                named["reason"],
                final,
                named["override_status"],
                named["override_by"],
                named["override_at"],
                named["override_reason"],
                named["override_from"],
                named["override_until"],
            ],
            {
                8: _status_style(status),
                9: _status_style(status),
                12: {"link": True},
                18: _status_style(final),
            },
        )
    sheet.finish(wide={12: 50, 13: 45, 17: 50})


def _evidence_sheet(book: Any, formats: _Formats, report: Report) -> None:
    header = [
        "รหัส / agency_id",
        "หน่วยงาน / agency",
        "ข้อ / code",
        "ส่วน / part",
        "สถานะ / status",
        "URL",
        "ชื่อ / title",
        "วันที่ / date",
        "วันที่ (พ.ศ.)",
        "ที่มาของวันที่ / date source",
        "คำที่พบ / terms",
        "พบที่ / where",
    ]
    sheet = _Sheet(book, formats, "หลักฐาน evidence", header)
    for r in evidence_rows(report):
        sheet.write(r, {4: _status_style(r[4]), 5: {"link": True}})
    sheet.finish(wide={5: 60, 6: 50})


def _about_sheet(book: Any, formats: _Formats, report: Report) -> None:
    ws = book.add_worksheet("เกี่ยวกับ about")
    run = report.run
    months = "" if report.max_age_months is None else report.max_age_months
    lines = [
        ("รายงาน / report", "การตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ 5.1–5.11"),
        ("ณ วันที่ / as of", f"{thai_date(report.as_of)} ({report.as_of})"),
        ("เกณฑ์ / limit", f"{months} เดือน / months"),
        ("รอบการตรวจ / run", f"#{run.id} {run.started_at}" if run else "# "),
        ("สร้างเมื่อ / generated", f"{thai_datetime(report.generated_at)} ({report.generated_at})"),
        ("ชุดเกณฑ์ / checklist", report.checklist_version or ""),
        ("schema", report.schema),
    ] + [(f"{status_symbol(s)} {status_th(s)}", status_en(s)) for s in BEST_FIRST]
    bold = formats.get(bold=True)
    for r, (key, value) in enumerate(lines):
        ws.write_string(r, 0, key, bold)
        ws.write_string(r, 1, value, formats.get())
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 60)


def workbook(write: Callable[[Any, _Formats], None]) -> bytes:
    """The bytes of an in-memory workbook that ``write(book, formats)`` fills. Cells are kept as
    written: page text is untrusted, so never turned into formulas, links or numbers."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    write(book, _Formats(book))
    book.close()
    return buffer.getvalue()


def render_xlsx(report: Report | Mapping[str, Any]) -> bytes:
    report = as_report(report)

    def write(book: Any, formats: _Formats) -> None:
        for sheet in (_summary_sheet, _items_sheet, _evidence_sheet, _about_sheet):
            sheet(book, formats, report)

    return workbook(write)


# --------------------------------------------------------------------------- the registry


@dataclass(frozen=True, slots=True)
class Format:
    """One report format. ``oit report --format``, the scheduler's ``reports = [{format}]``, the
    web dashboard's downloads and the self-check's files all read :data:`FORMATS`: a new format
    is a writer and one line there."""

    name: str
    suffix: str  # of the file it writes, with the dot
    media_type: str  # the HTTP Content-Type of a download
    label: tuple[str, str]  # (Thai, English) on the dashboard's download button
    write: Callable[[Report, Sequence[Any] | None], bytes]  # (report, trend) -> bytes
    trend: bool = False  # draws the runs' trend: callers pass it (one more store read)
    terminal: bool = True  # may be printed to stdout (a binary workbook may not)
    download: int = 0  # place on the dashboard's download bar, 1 first; 0: not offered
    inline: bool = False  # the self-check opens it in the browser (to print) rather than saving it


def _json_bytes(data: Mapping[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _json(report: Report, trend: Sequence[Any] | None = None) -> bytes:
    return _json_bytes(report.to_json())


XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", ".json", "application/json", ("JSON", "data"), _json, download=3),
        Format(
            "html",
            ".html",
            "text/html; charset=utf-8",
            ("HTML สำหรับพิมพ์", "printable"),
            lambda report, trend: render_html(report, trend).encode("utf-8"),
            trend=True,
            download=4,
            inline=True,
        ),
        # the CSV is UTF-16 with a byte-order mark (see the top of this file), and says so
        Format(
            "csv",
            ".csv",
            "text/csv; charset=utf-16",
            ("CSV", "table"),
            lambda report, trend: render_csv(report),
            download=2,
        ),
        Format(
            "xlsx",
            ".xlsx",
            XLSX_MEDIA_TYPE,
            ("Excel (XLSX)", "spreadsheet"),
            lambda report, trend: render_xlsx(report),
            terminal=False,
            download=1,
        ),
    )
}


def downloads() -> list[Format]:
    """The formats the dashboard offers, in the order of its download bar."""
    return sorted((f for f in FORMATS.values() if f.download), key=lambda f: f.download)


def render(
    report: Report | Mapping[str, Any], fmt: str, trend: Sequence[Any] | None = None
) -> bytes:
    """The report in ``fmt`` (a name in :data:`FORMATS`) as bytes; ``trend`` feeds the HTML chart.
    JSON given (a stored self-check, a test's own) is read into the records first."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt}")
    if fmt == "json" and not isinstance(report, Report):
        return _json_bytes(report)  # JSON given is written as given, not re-shaped
    return FORMATS[fmt].write(as_report(report), trend)
