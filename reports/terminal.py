"""The report in the terminal (rich): agencies × items 5.1–5.11 with a coloured symbol per status,
a legend, why crawls were incomplete, and for a single site the item-by-item detail.

Text from websites goes into rich ``Text`` objects, never into markup, and loses
control characters (no terminal escape sequences from a page title).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from checklist.statuses import BEST_FIRST, STATUS_LOOKS
from reports.labels import (
    counts,
    crawl_en,
    crawl_style,
    crawl_symbol,
    crawl_th,
    date_source,
    groups,
    short_title,
    status_en,
    status_symbol,
    status_th,
    thai_date,
)
from reports.model import Agency, Crawl, Report, Verdict, as_agency, as_report
from reports.untrusted import terminal_text

# Verdicts stand out in bold; "not checked" stays dim (no verdict).
STYLES: dict[str, str] = {
    s: ("" if look.terminal == "dim" else "bold ") + look.terminal
    for s, look in STATUS_LOOKS.items()
}


def clean(value: Any) -> str:
    """Website text safe for a terminal: control characters and bidi overrides become spaces."""
    return terminal_text(value)


def status_text(status: str, *, words: bool = False, override: bool = False) -> Text:
    label = status_symbol(status)
    if words:
        label += f" {status_th(status)} {status_en(status)}"
    text = Text(label, style=STYLES[status])
    if override:
        text.append(" ✎", style="magenta")
    return text


def _crawl_text(crawl: Crawl) -> Text:
    status = crawl.status
    text = Text(f"{crawl_symbol(status)} {crawl_th(status)}", style=crawl_style(status))
    text.append(f" · {crawl.pages} หน้า", style="dim")
    return text


NARROW = 120  # below this many columns the crawl column folds into the name cell


def summary_table(report: Report, width: int = 160) -> Table:
    """Agencies × items. On a narrow terminal (80 columns) codes stay whole and names readable:
    no padding beside the box's one-space separator, and the crawl state under the agency's name."""
    codes = report.item_codes()
    narrow = width < NARROW
    table = Table(
        title=f"OIT Watch — ณ วันที่ {thai_date(report.as_of)} / as of {report.as_of}",
        box=box.SIMPLE_HEAD,
        header_style="bold",
        padding=(0, 0) if narrow else (0, 1),
    )  #  (the box's own space separates)
    table.add_column(
        "หน่วยงาน / agency",
        overflow="fold",
        max_width=38,
        min_width=14 if narrow else None,
        ratio=1 if narrow else None,
    )
    if not narrow:
        table.add_column("เก็บข้อมูล / crawl", no_wrap=True)
    for code in codes:
        table.add_column(code, justify="center", no_wrap=True, min_width=len(code))
    table.add_column("✔", justify="right", no_wrap=True, min_width=5)
    grouped = groups(report)
    show_groups = any(p or k for p, k, _ in grouped)
    for province, kind, members in grouped:
        if show_groups:
            label = " · ".join(v for v in (clean(province) or "—", clean(kind)) if v)
            table.add_row(Text(label, style="bold blue"), end_section=False)
        for agency in members:
            cells = [status_text(i.shown_status, override=i.overridden) for i in agency.items]
            ok = sum(1 for i in agency.items if i.shown_status == "ok")
            name = Text(clean(agency.name))
            name.append(f" ({clean(agency.id)})", style="dim")
            crawl = [_crawl_text(agency.crawl)]
            if narrow:
                name.append("\n")
                name.append_text(crawl.pop())
            table.add_row(name, *crawl, *cells, f"{ok}/{len(agency.items)}")
    return table


def legend() -> Text:
    text = Text()
    for status in BEST_FIRST:
        text.append_text(status_text(status, words=True))
        text.append("  ")
    text.append("✎ ผู้ตรวจแก้ไข override", style="magenta")
    return text


def totals(report: Report) -> Text:
    entries = report.items()
    text = Text(f"รวม / total {len(entries)} ข้อ: ")
    for status, n in counts(entries).items():
        text.append(f"{status_symbol(status)} {n}  ", style=STYLES[status])
    return text


def crawl_notes(report: Report) -> list[Text]:
    """One line per agency whose crawl was incomplete: why its items may be 'not checked'."""
    lines = []
    for agency in report.agencies:
        crawl = agency.crawl
        if crawl.status == "ok" and not crawl.reason:
            continue
        line = Text(f"{clean(agency.id)}: ", style="bold")
        line.append(
            f"{crawl_th(crawl.status)} {crawl_en(crawl.status)}", style=crawl_style(crawl.status)
        )
        line.append(f" — {clean(crawl.reason or crawl.error or '')}")
        lines.append(line)
    return lines


def _newest(entry: Verdict) -> Text:
    """The newest evidence URL, its date when it is not the item's own, and where the date came from."""
    if not entry.evidence:
        text = Text("—", style="dim")
        for miss in entry.rejected or ():  # the pages turned away, so the verdict can be contested
            text.append(f"\n✗ {clean(miss.url)}", style="underline")
            text.append(f"\n  {clean(miss.reason)}", style="dim")
        return text
    top = entry.evidence[0]
    text = Text(clean(top.url), style="underline")
    when = "ไม่ระบุวันที่ / undated"
    if top.date:
        when = "" if top.date == entry.last_updated else f"{top.date} "
        when += f"[{date_source(top.date_source)[0]} / {clean(top.date_source)}]"
    text.append(f"\n{when}", style="dim")
    if len(entry.evidence) > 1:
        text.append(f" +{len(entry.evidence) - 1}", style="dim")
    return text


def detail_table(agency: Agency | Mapping[str, Any], version: str | None = None) -> Table:
    """Every item (and part) of one agency: status, newest date, newest evidence, why (``version``:
    the checklist edition, for an item's short name when it has no title)."""
    agency = as_agency(agency)
    table = Table(
        title=f"{clean(agency.name)} — {clean(agency.url)}",
        box=box.SIMPLE_HEAD,
        header_style="bold",
        title_justify="left",
    )
    table.add_column("ข้อ / item", no_wrap=True)
    table.add_column("สถานะ / status", no_wrap=True)
    table.add_column("รายการ / title", overflow="fold", max_width=34)
    table.add_column("ล่าสุด / newest", no_wrap=True)
    table.add_column("หลักฐานล่าสุด / newest evidence", overflow="fold")
    for item in agency.items:
        for entry, part in item.units():
            label = f"  ↳ {part}" if part else item.code
            status = entry.shown_status
            title = Text(clean(entry.title_th or short_title(item, version)[0]))
            if status != "ok" and entry.reason and not (entry is item and item.parts):
                title.append(f"\n{clean(entry.reason)}", style="dim")
            if o := entry.override:
                title.append(
                    f"\n✎ {clean(o.by)}: {clean(o.reason)} (เครื่อง / machine: {entry.status})",
                    style="magenta",
                )
            newest = (
                f"{thai_date(entry.last_updated)}\n{entry.last_updated}"
                if entry.last_updated
                else "—"
            )
            table.add_row(
                label,
                status_text(status, words=True, override=entry.override is not None),
                title,
                newest,
                _newest(entry),
            )
    return table


def print_report(
    report: Report | Mapping[str, Any], console: Console | None = None, details: bool | None = None
) -> None:
    """The summary table and legend; with ``details`` (default: a self-check or a single agency)
    every item of every agency with its newest evidence."""
    # Piped output (cron mails, logs) gets a wide table rather than rich's 80 columns.
    # An explicit COLUMNS (a fixed-width console, a narrow pager) is honoured either way.
    if console is None:
        console = (
            Console() if sys.stdout.isatty() or os.environ.get("COLUMNS") else Console(width=160)
        )
    report = as_report(report)
    console.print(summary_table(report, console.width))
    console.print(legend())
    console.print(totals(report))
    for line in crawl_notes(report):
        console.print(line)
    if details is None:
        details = (report.run is not None and report.run.kind == "check") or len(
            report.agencies
        ) == 1
    if details:
        for agency in report.agencies:
            console.print()
            console.print(detail_table(agency, report.checklist_version))
