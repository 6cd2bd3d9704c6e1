"""The report as a table in the terminal (rich): agencies × items 5.1–5.11, a symbol per status."""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from reports.build import STATUS_LABELS

STYLES = {"ok": "green", "stale": "yellow", "undated": "cyan", "missing": "red",
          "not_checked": "dim"}  # fmt: skip


def summary_table(report: dict[str, Any]) -> Table:
    codes = [item["code"] for item in report["agencies"][0]["items"]] if report["agencies"] else []
    table = Table(title=f"OIT Watch — ณ วันที่ / as of {report['as_of']}", show_lines=False)
    table.add_column("หน่วยงาน / agency", overflow="fold", max_width=36)
    table.add_column("เก็บข้อมูล / crawl")
    for code in codes:
        table.add_column(code, justify="center")
    for agency in report["agencies"]:
        cells = []
        for item in agency["items"]:
            symbol = STATUS_LABELS[item["status"]][2]
            cells.append(f"[{STYLES[item['status']]}]{symbol}[/]")
        crawl = agency["crawl"]
        table.add_row(f"{agency['name']} ({agency['id']})",
                      f"{crawl['status']} · {crawl['pages']} pages", *cells)  # fmt: skip
    return table


def legend() -> str:
    return "  ".join(f"{sym} {th} / {en}" for th, en, sym in STATUS_LABELS.values())


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    # Piped output (cron mails, logs) gets a wide table rather than rich's 80 columns.
    console = console or (Console() if sys.stdout.isatty() else Console(width=160))
    console.print(summary_table(report))
    console.print(legend())
    for agency in report["agencies"]:
        if agency["crawl"]["status"] != "ok" and agency["crawl"]["reason"]:
            console.print(f"[dim]{agency['id']}: {agency['crawl']['reason']}[/]")
