"""The report as one self-contained HTML file: Thai first, English second, no external resources.

Everything that comes from a website (titles, link texts, URLs) is escaped here.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any
from urllib.parse import urlsplit

from checklist.thai import ce_to_be
from reports.build import CRAWL_LABELS, STATUS_LABELS

THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
               "พ.ย.", "ธ.ค.")  # fmt: skip

CSS = """
:root{--ok:#1b7f3b;--stale:#b26a00;--undated:#0b6a8a;--missing:#b3261e;--not_checked:#666}
*{box-sizing:border-box}body{font-family:"Noto Sans Thai","Sarabun","Tahoma",sans-serif;
margin:0 auto;max-width:1200px;padding:1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #ddd}
.en{color:#555;font-size:.9em}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.grid td.s{text-align:center;font-weight:bold;white-space:nowrap}
.s-ok{background:#e3f4e8;color:var(--ok)}.s-stale{background:#fff1d6;color:var(--stale)}
.s-undated{background:#e0f2f8;color:var(--undated)}.s-missing{background:#fde7e6;color:var(--missing)}
.s-not_checked{background:#eee;color:var(--not_checked)}.wrap{overflow-x:auto}
.ev{font-size:.9em;margin:0;padding-left:1.1rem}.ev a{word-break:break-all}
.legend span{display:inline-block;margin:.1rem .4rem .1rem 0;padding:0 .4rem;border-radius:3px}
.muted{color:#666;font-size:.9em}
@media print{body{max-width:none;font-size:10pt}a{color:#000}.noprint{display:none}
h2{page-break-before:always}h2:first-of-type{page-break-before:avoid}}
@media (max-width:600px){th,td{padding:.2rem;font-size:.85em}}
"""


def thai_date(iso: str | None) -> str:
    """'2026-05-14' -> '14 พ.ค. 2569 (2026-05-14)'."""
    if not iso:
        return "—"
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {THAI_MONTHS[day.month - 1]} {ce_to_be(day.year)} ({iso})"


def _status(status: str) -> str:
    th, en, symbol = STATUS_LABELS[status]
    return f'<span class="s-{status}">{symbol} {escape(th)} <span class="en">{escape(en)}</span></span>'


def _safe_href(url: str) -> str:
    return escape(url) if urlsplit(url).scheme in ("http", "https", "file") else "#"


def _evidence(evidence: list[dict[str, Any]]) -> str:
    if not evidence:
        return ""
    rows = []
    for e in evidence[:5]:
        date = thai_date(e["date"]) if e["date"] else "ไม่ระบุวันที่ / undated"
        source = f' <span class="muted">[{escape(e["date_source"] or "-")}]</span>'
        rows.append(f'<li><a href="{_safe_href(e["url"])}" rel="noopener noreferrer">'
                    f'{escape(e["title"] or e["url"])}</a> — {escape(date)}{source}</li>')  # fmt: skip
    more = f'<li class="muted">+{len(evidence) - 5}</li>' if len(evidence) > 5 else ""
    return f'<ul class="ev">{"".join(rows)}{more}</ul>'


def _grid(report: dict[str, Any]) -> str:
    agencies = report["agencies"]
    codes = [i["code"] for i in agencies[0]["items"]] if agencies else []
    head = "".join(f"<th>{escape(c)}</th>" for c in codes)
    rows = []
    for a in agencies:
        cells = "".join(
            f'<td class="s s-{i["status"]}" title="{escape(STATUS_LABELS[i["status"]][1])}">'
            f'{STATUS_LABELS[i["status"]][2]}</td>'
            for i in a["items"]
        )
        rows.append(f'<tr><td><a href="#a-{escape(a["id"])}">{escape(a["name"])}</a>'
                    f'<div class="muted">{escape(a.get("province") or "")} '
                    f'{escape(a.get("type") or "")}</div></td>{cells}</tr>')  # fmt: skip
    return (f'<div class="wrap"><table class="grid"><tr><th>หน่วยงาน <span class="en">Agency'
            f'</span></th>{head}</tr>{"".join(rows)}</table></div>')  # fmt: skip


def _counts(report: dict[str, Any]) -> str:
    totals = {s: 0 for s in STATUS_LABELS}
    for a in report["agencies"]:
        for item in a["items"]:
            totals[item["status"]] += 1
    return '<p class="legend">' + " ".join(
        f'<span class="s-{s}">{STATUS_LABELS[s][2]} {escape(STATUS_LABELS[s][0])} '
        f'/ {escape(STATUS_LABELS[s][1])}: <b>{n}</b></span>'
        for s, n in totals.items()
    ) + "</p>"


def _agency(a: dict[str, Any]) -> str:
    crawl = a["crawl"]
    crawl_line = (f'{escape(CRAWL_LABELS.get(crawl["status"], crawl["status"]))} '
                  f'<span class="en">{escape(crawl["status"])}</span> · {crawl["pages"]} หน้า/pages')  # fmt: skip
    if crawl.get("reason"):
        crawl_line += f' · <span class="muted">{escape(crawl["reason"])}</span>'
    rows = []
    for item in a["items"]:
        rows.append(_item_row(item["code"], item))
        for part in item.get("parts", []):
            rows.append(_item_row(f'{item["code"]} · {part["key"]}', part, sub=True))
    return (
        f'<h2 id="a-{escape(a["id"])}">{escape(a["name"])} <span class="en">({escape(a["id"])})</span></h2>'
        f'<p><a href="{_safe_href(a["url"])}">{escape(a["url"])}</a><br>'
        f'การเก็บข้อมูล <span class="en">crawl</span>: {crawl_line}</p>'
        '<div class="wrap"><table><tr><th>ข้อ <span class="en">item</span></th>'
        '<th>สถานะ <span class="en">status</span></th>'
        '<th>ปรับปรุงล่าสุด <span class="en">last updated</span></th>'
        '<th>หลักฐาน <span class="en">evidence</span></th></tr>'
        f'{"".join(rows)}</table></div>'
    )


def _item_row(label: str, item: dict[str, Any], sub: bool = False) -> str:
    title = f'{escape(item.get("title_th", ""))}<div class="en">{escape(item.get("title_en", ""))}</div>'
    reason = ""
    if item["status"] in ("not_checked", "missing", "stale") and item.get("reason"):
        reason = f'<div class="muted">{escape(item["reason"])}</div>'
    override = ""
    if item.get("override"):
        o = item["override"]
        override = (f'<div><b>ผู้ตรวจแก้ไข / override:</b> {_status(o["status"])} — '
                    f'{escape(o.get("reason", ""))} ({escape(o.get("by", ""))}, {escape(o.get("at", ""))})</div>')  # fmt: skip
    style = ' style="padding-left:1.5rem"' if sub else ""
    return (f'<tr><td{style}><b>{escape(label)}</b> {title}</td><td>{_status(item["status"])}'
            f'{reason}{override}</td><td>{escape(thai_date(item["last_updated"]))}</td>'
            f'<td>{_evidence(item["evidence"])}</td></tr>')  # fmt: skip


def render_html(report: dict[str, Any]) -> str:
    """The whole report as a self-contained HTML document."""
    agencies = "".join(_agency(a) for a in report["agencies"])
    return (
        '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>รายงานการเปิดเผยข้อมูลสาธารณะ (OIT) — {escape(report["as_of"])}</title>'
        f"<style>{CSS}</style></head><body>"
        "<h1>รายงานการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ 5.1–5.11</h1>"
        '<p class="en">OIT public-disclosure audit report, items 5.1–5.11</p>'
        f'<p>ณ วันที่ <span class="en">as of</span>: <b>{escape(thai_date(report["as_of"]))}</b> · '
        f'เกณฑ์ความเป็นปัจจุบัน <span class="en">freshness limit</span>: '
        f'{report["policy"]["max_age_months"]} เดือน/months · '
        f'สร้างเมื่อ <span class="en">generated</span>: {escape(report["generated_at"])}</p>'
        f"{_counts(report)}{_grid(report)}{agencies}"
        '<p class="muted">OIT Watch — สถานะ "ตรวจไม่ได้" หมายถึงเก็บข้อมูลไม่ครบ จึงสรุปว่าไม่มีไม่ได้ / '
        '"not checked" means the crawl was incomplete, so absence cannot be concluded.</p>'
        "</body></html>"
    )
