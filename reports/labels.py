"""Words, symbols and dates shared by every report format (HTML, XLSX, CSV, terminal).

Thai first, English second. Pure functions over the report's records (reports.model); no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

from pythainlp.util import thai_strftime

from checklist.editions import find_edition, is_known
from checklist.statuses import BEST_FIRST, STATUS_LOOKS, crawl_look

from . import clock
from .model import Agency, Item, Report, Verdict

# Where a date came from, for people (checklist/dates.py records the key).
DATE_SOURCES = {
    "text": ("ข้อความในหน้า", "page text"),
    "meta": ("เมตาแท็ก", "meta tag"),
    "jsonld": ("ข้อมูล JSON-LD", "JSON-LD"),
    "time": ("แท็ก time", "<time> tag"),
    "pdf": ("ข้อความใน PDF", "PDF text"),
    "pdf-meta": ("ข้อมูลไฟล์ PDF", "PDF metadata"),
    "title": ("ชื่อเอกสาร", "title"),
    "link": ("ข้อความลิงก์", "link text"),
    "url": ("ที่อยู่ URL", "URL"),
    "http-header": ("วันที่แก้ไขจากเซิร์ฟเวอร์", "HTTP Last-Modified"),
}


def status_th(status: str) -> str:
    return STATUS_LOOKS[status].th  # type: ignore[index]  # a Status is its string


def status_en(status: str) -> str:
    return STATUS_LOOKS[status].en  # type: ignore[index]


def status_symbol(status: str) -> str:
    return STATUS_LOOKS[status].symbol  # type: ignore[index]


def crawl_th(status: str) -> str:
    """The crawl status in Thai; the raw status for one that has no words (pending, running)."""
    look = crawl_look(status)
    return look.th if look else status


def crawl_en(status: str, unknown: str = "") -> str:
    look = crawl_look(status)
    return look.en if look else unknown


def crawl_symbol(status: str, unknown: str = "") -> str:
    look = crawl_look(status)
    return look.symbol if look else unknown


def crawl_style(status: str) -> str:
    """The crawl status's rich colour ('' for none)."""
    look = crawl_look(status)
    return look.terminal if look else ""


@cache
def short_titles(version: str | None = None) -> dict[str, tuple[str, str]]:
    """Short item names (Thai, English) for charts and narrow columns, from the checklist edition
    ``version`` (``short_th``/``short_en`` in its items file); the newest edition's when unknown."""
    edition = find_edition(version if version and is_known(version) else None)
    return {item.code: item.short for item in edition.checklist.items}


def short_title(item: Item, version: str | None = None) -> tuple[str, str]:
    """The short name of a report item, else its own titles (an item the edition does not know)."""
    return short_titles(version).get(item.code) or (item.title_th, item.title_en)


def date_source(key: str | None) -> tuple[str, str]:
    if not key:
        return ("ไม่ทราบที่มา", "unknown source")
    return DATE_SOURCES.get(key, (key, key))


def thai_date(iso: str | None) -> str:
    """'2026-05-14' -> '14 พ.ค. 2569'; '' for no date."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return thai_strftime(dt.datetime(day.year, day.month, day.day), "%-d %b %Y")  # BE year


def thai_datetime(iso: str | None) -> str:
    """'2026-11-25T13:36:17Z' -> '25 พ.ย. 2569 20:36 น.' (Thai time)."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(clock.zone())
    return f"{thai_date(local.date().isoformat())} {local:%H:%M} น."


def counts(entries: Sequence[Verdict]) -> dict[str, int]:
    """Items per shown status, best first."""
    result: dict[str, int] = dict.fromkeys(BEST_FIRST, 0)
    for entry in entries:
        result[entry.shown_status] += 1
    return result


def groups(report: Report) -> list[tuple[str, str, list[Agency]]]:
    """Agencies grouped by (province, type) in order of first appearance; one group when none given."""
    order: dict[tuple[str, str], list[Agency]] = {}
    for agency in report.agencies:
        order.setdefault((agency.province, agency.type), []).append(agency)
    by_province: dict[str, list[tuple[str, list[Agency]]]] = {}
    for (province, kind), members in order.items():
        by_province.setdefault(province, []).append((kind, members))
    return [(p, k, m) for p, kinds in by_province.items() for k, m in kinds]
