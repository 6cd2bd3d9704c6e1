"""The geometry of the report's inline SVG charts: compliance per item across agencies, and the trend
over runs. reports/templates/_charts.html draws them from these records.

Every segment carries its status symbol and count besides its colour, so a black-and-white print
still reads. No scripts, no external resources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from checklist.statuses import BEST_FIRST, STATUS_LOOKS
from reports.labels import short_titles, status_en, status_symbol, status_th, thai_date

WIDTH = 720


@dataclass(frozen=True)
class Key:
    """One status in a chart's legend."""

    x: int
    y: int
    fill: str
    label: str


@dataclass(frozen=True)
class Segment:
    """One status's part of a stacked bar; ``text`` (symbol and count) only when it fits inside."""

    x: float
    y: float
    width: float
    height: float
    fill: str
    tip: str
    text: str | None
    text_x: float
    text_y: float
    on_fill: str


@dataclass(frozen=True)
class ItemRow:
    y: int
    code: str
    title_th: str
    segments: list[Segment]


@dataclass(frozen=True)
class ItemsChart:
    width: int
    height: int
    bar_x: int
    top: int
    bottom: int
    gridlines: list[tuple[float, int]]  # (x, percent)
    rows: list[ItemRow]
    legend: list[Key]


@dataclass(frozen=True)
class Column:
    x: float  # the column's centre
    segments: list[Segment]
    ok_share: str
    date: str
    label: str
    agencies: int


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    top: int
    bottom: int
    left: int
    gridlines: list[tuple[float, int]]  # (y, percent)
    columns: list[Column]
    legend: list[Key]


@dataclass(frozen=True)
class TrendRow:
    code: str
    title_th: str
    cells: list[str]  # "82%", "90% ▲", or "–" when the run did not judge the item


@dataclass(frozen=True)
class TrendTable:
    runs: list[tuple[str, int]]  # (date, run id), oldest first
    rows: list[TrendRow]


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def _legend(y: int) -> list[Key]:
    return [
        Key(
            i * WIDTH // len(BEST_FIRST),
            y,
            STATUS_LOOKS[s].fill,
            f"{status_symbol(s)} {status_th(s)}",
        )
        for i, s in enumerate(BEST_FIRST)
    ]


def _segments(
    x0: float,
    y: float,
    length: float,
    height: float,
    counts: dict[str, int],
    title: str,
    horizontal: bool = True,
) -> list[Segment]:
    """A stacked bar: one rect per status, its symbol and count inside when it fits."""
    total = sum(counts.values())
    out, pos = [], x0
    for status in BEST_FIRST:
        n = counts.get(status, 0)
        if not n or not total:
            continue
        size = length * n / total
        look = STATUS_LOOKS[status]
        tip = f"{title} · {status_th(status)} / {status_en(status)}: {n}"
        text = f"{status_symbol(status)} {n}"
        if horizontal:
            fits = size >= 30
            out.append(
                Segment(
                    pos,
                    y,
                    size,
                    height,
                    look.fill,
                    tip,
                    text if fits else None,
                    pos + size / 2,
                    y + height / 2 + 4,
                    look.on_fill,
                )
            )
            pos += size
        else:
            top, fits = pos - size, size >= 16
            out.append(
                Segment(
                    y,
                    top,
                    height,
                    size,
                    look.fill,
                    tip,
                    text if fits else None,
                    y + height / 2,
                    top + size / 2 + 4,
                    look.on_fill,
                )
            )
            pos -= size
    return out


def items_chart(per_item: dict[str, dict[str, int]], version: str | None = None) -> ItemsChart:
    """Horizontal stacked bars, one per item: how many agencies are in each status (names from
    the checklist edition ``version``)."""
    shorts = short_titles(version)
    bar_x, row_h, bar_h, top = 200, 28, 20, 28
    bar_w = WIDTH - bar_x - 24
    codes = list(per_item)
    height = top + row_h * len(codes) + 40
    rows = []
    for r, code in enumerate(codes):
        y = top + r * row_h
        th = shorts.get(code, ("", ""))[0]
        rows.append(
            ItemRow(
                y + bar_h - 5,
                code,
                th,
                _segments(bar_x, y, bar_w, bar_h, per_item[code], f"{code} {th}"),
            )
        )
    gridlines = [(bar_x + bar_w * i / 4, 25 * i) for i in range(5)]  # 0, 25, 50, 75, 100 %
    return ItemsChart(
        WIDTH, height, bar_x, top, top + row_h * len(codes), gridlines, rows, _legend(height - 12)
    )


def trend_chart(points: Sequence[Any]) -> TrendChart:
    """100 % stacked columns, one per run (oldest left), the share up to date above each."""
    height, top, bottom, left = 280, 34, 236, 46
    slot = (WIDTH - left - 10) / max(len(points), 1)
    col = min(84.0, slot * 0.6)
    plot_h = bottom - top
    columns = []
    for i, point in enumerate(points):
        x = left + slot * i + (slot - col) / 2
        label = f"รอบ #{point.run_id}"
        columns.append(
            Column(
                x + col / 2,
                _segments(bottom, x, plot_h, col, point.counts, label, horizontal=False),
                _pct(point.counts.get("ok", 0), point.total),
                thai_date(point.as_of) or point.started_at[:10],
                label,
                point.agencies,
            )
        )
    gridlines = [(bottom - plot_h * i / 4, 25 * i) for i in range(5)]
    return TrendChart(WIDTH, height, top, bottom, left, gridlines, columns, _legend(height + 16))


def trend_table(points: Sequence[Any], version: str | None = None) -> TrendTable:
    """Per item, the share up to date in each run, with the change from the run before."""
    shorts = short_titles(version)
    codes: list[str] = []
    for point in points:
        codes += [c for c in point.items if c not in codes]
    rows = []
    for code in codes:
        cells: list[str] = []
        before = None
        for point in points:
            item = point.items.get(code)
            if not item:
                cells.append("–")
                before = None
                continue
            total = sum(item.values())
            share = item.get("ok", 0) / total if total else 0.0
            arrow = ""
            if before is not None and abs(share - before) >= 0.005:
                arrow = " ▲" if share > before else " ▼"
            cells.append(f"{round(100 * share)}%{arrow}")
            before = share
        rows.append(TrendRow(code, shorts.get(code, ("", ""))[0], cells))
    return TrendTable([(thai_date(p.as_of) or p.started_at[:10], p.run_id) for p in points], rows)
