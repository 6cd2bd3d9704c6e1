"""Inline SVG charts for the HTML report: compliance per item across agencies, and the trend over runs.

Every segment carries its status symbol and count besides its colour, so a
black-and-white print still reads. No scripts, no external resources.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from checklist.statuses import BEST_FIRST, STATUS_LOOKS
from reports.labels import (
    SHORT_TITLES,
    status_en,
    status_symbol,
    status_th,
    thai_date,
)

WIDTH = 720


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def _legend(y: int) -> str:
    out = []
    for i, status in enumerate(BEST_FIRST):
        x = i * WIDTH // len(BEST_FIRST)
        label = f"{status_symbol(status)} {status_th(status)}"
        out.append(f'<rect x="{x}" y="{y - 11}" width="14" height="14" rx="2" fill="{STATUS_LOOKS[status].fill}"/>'
                   f'<text x="{x + 19}" y="{y}" font-size="12">{escape(label)}</text>')  # fmt: skip
    return "".join(out)


def _segments(x0: float, y: float, length: float, height: float, counts: dict[str, int],
              title: str, horizontal: bool = True) -> str:  # fmt: skip
    """A stacked bar: one rect per status, its symbol and count inside when it fits."""
    total = sum(counts.values())
    out, pos = [], x0
    for status in BEST_FIRST:
        n = counts.get(status, 0)
        if not n or not total:
            continue
        size = length * n / total
        tip = f"{title} · {status_th(status)} / {status_en(status)}: {n}"
        if horizontal:
            rect = (f'<rect x="{pos:.1f}" y="{y:.1f}" width="{size:.1f}" height="{height:.1f}" '
                    f'fill="{STATUS_LOOKS[status].fill}"><title>{escape(tip)}</title></rect>')  # fmt: skip
            cx, cy, fits = pos + size / 2, y + height / 2 + 4, size >= 30
        else:
            top = pos - size
            rect = (f'<rect x="{y:.1f}" y="{top:.1f}" width="{height:.1f}" height="{size:.1f}" '
                    f'fill="{STATUS_LOOKS[status].fill}"><title>{escape(tip)}</title></rect>')  # fmt: skip
            cx, cy, fits = y + height / 2, top + size / 2 + 4, size >= 16
        out.append(rect)
        if fits:
            out.append(f'<text x="{cx:.1f}" y="{cy:.1f}" font-size="11" font-weight="700" '
                       f'text-anchor="middle" fill="{STATUS_LOOKS[status].on_fill}">'
                       f"{escape(status_symbol(status))} {n}</text>")  # fmt: skip
        pos = pos + size if horizontal else pos - size
    return "".join(out)


def items_chart(per_item: dict[str, dict[str, int]]) -> str:
    """Horizontal stacked bars, one per item: how many agencies are in each status."""
    bar_x, row_h, bar_h, top = 200, 28, 20, 28
    bar_w = WIDTH - bar_x - 24
    codes = list(per_item)
    height = top + row_h * len(codes) + 40
    out = [f'<svg viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart-items-t">'
           '<title id="chart-items-t">สถานะรายข้อของทุกหน่วยงาน / status of each item across agencies'
           "</title>"]  # fmt: skip
    for i in range(5):  # gridlines at 0, 25, 50, 75, 100 %
        x = bar_x + bar_w * i / 4
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{top + row_h * len(codes)}" '
                   f'stroke="#ccc" stroke-width="1"/><text x="{x:.1f}" y="{top - 10}" font-size="11" '
                   f'text-anchor="middle" fill="#555">{25 * i}%</text>')  # fmt: skip
    for r, code in enumerate(codes):
        y = top + r * row_h
        th = SHORT_TITLES.get(code, ("", ""))[0]
        out.append(f'<text x="0" y="{y + bar_h - 5}" font-size="13"><tspan font-weight="700">'
                   f"{escape(code)}</tspan> {escape(th)}</text>")  # fmt: skip
        out.append(_segments(bar_x, y, bar_w, bar_h, per_item[code], f"{code} {th}"))
    out.append(_legend(height - 12))
    out.append("</svg>")
    return "".join(out)


def trend_chart(points: Sequence[Any]) -> str:
    """100 % stacked columns, one per run (oldest left), the share up to date above each."""
    height, top, bottom, left = 280, 34, 236, 46
    slot = (WIDTH - left - 10) / max(len(points), 1)
    col = min(84.0, slot * 0.6)
    plot_h = bottom - top
    out = [f'<svg viewBox="0 0 {WIDTH} {height + 24}" role="img" aria-labelledby="chart-trend-t">'
           '<title id="chart-trend-t">สัดส่วนสถานะในแต่ละรอบการตรวจ / share of each status per audit run'
           "</title>"]  # fmt: skip
    for i in range(5):
        y = bottom - plot_h * i / 4
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - 10}" y2="{y:.1f}" stroke="#ccc"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
                   f'fill="#555">{25 * i}%</text>')  # fmt: skip
    for i, point in enumerate(points):
        x = left + slot * i + (slot - col) / 2
        label = f"รอบ #{point.run_id}"
        out.append(_segments(bottom, x, plot_h, col, point.counts, label, horizontal=False))
        cx = x + col / 2
        out.append(f'<text x="{cx:.1f}" y="{top - 8}" font-size="13" font-weight="700" '
                   f'text-anchor="middle">✔ {_pct(point.counts.get("ok", 0), point.total)}</text>'
                   f'<text x="{cx:.1f}" y="{bottom + 17}" font-size="12" text-anchor="middle">'
                   f"{escape(thai_date(point.as_of) or point.started_at[:10])}</text>"
                   f'<text x="{cx:.1f}" y="{bottom + 32}" font-size="11" text-anchor="middle" '
                   f'fill="#555">{escape(label)} · {point.agencies} หน่วยงาน</text>')  # fmt: skip
    out.append(_legend(height + 16))
    out.append("</svg>")
    return "".join(out)


def trend_table(points: Sequence[Any]) -> str:
    """Per item, the share up to date in each run, with the change from the run before."""
    codes: list[str] = []
    for point in points:
        codes += [c for c in point.items if c not in codes]
    head = "".join(f'<th class="num">{escape(thai_date(p.as_of) or p.started_at[:10])}'
                   f'<div class="en">#{p.run_id}</div></th>' for p in points)  # fmt: skip
    rows = []
    for code in codes:
        cells, before = [], None
        for point in points:
            item = point.items.get(code)
            if not item:
                cells.append('<td class="num">–</td>')
                before = None
                continue
            total = sum(item.values())
            share = item.get("ok", 0) / total if total else 0.0
            arrow = ""
            if before is not None and abs(share - before) >= 0.005:
                arrow = " ▲" if share > before else " ▼"
            cells.append(f'<td class="num">{round(100 * share)}%{arrow}</td>')
            before = share
        th = SHORT_TITLES.get(code, ("", ""))[0]
        rows.append(f"<tr><th>{escape(code)} <span class=\"en\">{escape(th)}</span></th>"
                    f"{''.join(cells)}</tr>")  # fmt: skip
    return (f'<div class="wrap"><table class="trend"><thead><tr><th>ข้อ <span class="en">item'
            f"</span></th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")  # fmt: skip
