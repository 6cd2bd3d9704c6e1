"""Progress of an audit on stderr: rich bars on a terminal, plain lines when piped (cron, logs).

A :class:`ProgressDisplay` is the ``progress`` callback of ``oit.audit.run_audit``;
it reads the worker's events:

- ``{"event": "page", "agency", "pages", "url", "error"}`` — one page fetched
- ``{"event": "crawl_done", "agency", "status", "pages", "reason"}`` — one site finished
- ``{"event": "worker_failed", "detail"}`` — the crawl process died
- ``{"event": "node_down" | "node_up" | "retry", "node" | "agency", "detail"}`` — Scrapyd audits

On a terminal: one bar for the sites, one line per site being crawled (pages so
far, the last URL), and a permanent line per finished site. The display stops by
itself when every site is done or the worker fails (and at exit, whatever happens).
"""

from __future__ import annotations

import atexit
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from reports.labels import crawl_style, crawl_symbol, crawl_th
from reports.terminal import clean


def _clean(value: Any, limit: int = 0) -> str:
    """Terminal-safe website text (reports.terminal.clean), cut from the left to ``limit``."""
    text = clean(value)
    return text if not limit or len(text) <= limit else "…" + text[-(limit - 1) :]


# Events of a Scrapyd audit worth a line: (label, style).
_CLUSTER_EVENTS = {
    "node_down": (
        "node down, its jobs move to other nodes / เครื่องหยุดตอบ ย้ายงานไปเครื่องอื่น",
        "yellow",
    ),
    "node_up": ("node back / เครื่องกลับมาแล้ว", "green"),
    "retry": ("crawl again on another node / เก็บข้อมูลใหม่บนเครื่องอื่น", "yellow"),
}


class ProgressDisplay:
    """Callable progress sink for ``run_audit(progress=...)``."""

    def __init__(
        self, total: int, console: Console | None = None, *, live: bool | None = None
    ) -> None:
        self.total = total
        self.console = console or Console(stderr=True)
        self.live = self.console.is_terminal if live is None else live
        self.done = 0
        self.pages = 0
        self.tasks: dict[str, TaskID] = {}
        self.progress: Progress | None = None
        self.lines: list[str] = []  # what was printed, for tests and logs
        if self.live:
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(bar_width=24),
                MofNCompleteColumn(),
                TextColumn("[dim]{task.fields[detail]}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self.overall = self.progress.add_task("เว็บไซต์ / sites", total=total, detail="")
            self.progress.start()
            atexit.register(self.close)

    # -- events -----------------------------------------------------------------
    def __call__(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "page":
            self._page(event)
        elif kind == "crawl_done":
            self._crawl_done(event)
        elif kind in _CLUSTER_EVENTS:  # Scrapyd audits (oit/scrapyd.py)
            label, style = _CLUSTER_EVENTS[kind]
            who = _clean(event.get("agency") or event.get("node"), 60)
            detail = f" — {_clean(event.get('detail'))}" if event.get("detail") else ""
            self._say(Text(f"{label}: {who}{detail}", style=style))
        elif kind == "worker_failed":
            self._say(
                Text(
                    f"crawl process failed / กระบวนการเก็บข้อมูลล้มเหลว: {_clean(event.get('detail'))}",
                    style="bold red",
                )
            )
            self.close()

    def _page(self, event: dict[str, Any]) -> None:
        self.pages += 1
        if self.progress is None:
            return
        agency = _clean(event.get("agency"), 24) or "?"
        detail = f"{event.get('pages', 0)} หน้า · {_clean(event.get('url'), 60)}"
        if agency not in self.tasks:
            self.tasks[agency] = self.progress.add_task(f"  {agency}", total=None, detail=detail)
        else:
            self.progress.update(self.tasks[agency], detail=detail)
        self.progress.update(self.overall, detail=f"{self.pages} หน้า / pages")

    def _crawl_done(self, event: dict[str, Any]) -> None:
        self.done += 1
        status = str(event.get("status") or "")
        agency = _clean(event.get("agency"), 24) or "?"
        line = Text(f"[{self.done}/{self.total}] ")
        line.append(
            f"{crawl_symbol(status, '·')} {agency}: {crawl_th(status)} {status}",
            style=crawl_style(status),
        )
        line.append(f", {event.get('pages', 0)} pages")
        if event.get("reason"):
            line.append(f" — {_clean(event['reason'])}", style="dim")
        self._say(line)
        if self.progress is not None:
            task = self.tasks.pop(agency, None)
            if task is not None:
                self.progress.remove_task(task)
            self.progress.advance(self.overall)
        if self.done >= self.total:
            self.close()

    def _say(self, line: Text) -> None:
        self.lines.append(line.plain)
        if self.progress is not None:
            self.progress.console.print(line)  # above the bars, stays after they go
        else:
            self.console.print(line, highlight=False, soft_wrap=True)

    # -- lifetime -----------------------------------------------------------------
    def close(self) -> None:
        """Stop the live display (idempotent); later events print plain lines."""
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def __enter__(self) -> ProgressDisplay:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def progress_display(total: int) -> ProgressDisplay:
    """The ``progress`` callback for an audit of ``total`` sites (what the CLI passes to run_audit)."""
    return ProgressDisplay(total)
