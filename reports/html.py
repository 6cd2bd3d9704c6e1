"""The report as one self-contained HTML page: Thai first, English second, phone and print.

No external CSS, fonts, scripts or images; a Content-Security-Policy forbids them
anyway. Everything that comes from a website (titles, link texts, URLs, crawl
reasons) is escaped here, and only http(s) URLs become links.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from html import escape
from importlib import resources
from typing import Any
from urllib.parse import unquote

from checklist.freshness import cutoff
from checklist.statuses import BEST_FIRST, CRAWL_STATUSES, STATUS_LOOKS, Status
from reports.html_charts import items_chart, trend_chart, trend_table
from reports.labels import (
    counts,
    crawl_en,
    crawl_symbol,
    crawl_th,
    date_source,
    groups,
    item_codes,
    overridden,
    short_title,
    shown_status,
    status_en,
    status_symbol,
    status_th,
    thai_date,
    thai_datetime,
)
from reports.untrusted import html_text, safe_href

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")  # fmt: skip
MAX_EVIDENCE = 3  # per row shown open; the rest are folded under "+N more"
TITLE = "รายงานการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ 5.1–5.11"
# Why an item has its status, in words (the machine reason follows, smaller).
DETAILED = {Status.STALE, Status.NOT_CHECKED}  # their machine reason adds dates or a cause
NOT_CHECKED_WHY = STATUS_LOOKS[Status.NOT_CHECKED].why
# Shown on phones only (report.css): wide tables and charts scroll sideways, and say so.
SCROLL_HINT = ('<p class="scroll-hint">↔ เลื่อนไปทางขวาเพื่อดูทั้งหมด <span class="en">wider than the '
               "screen: swipe sideways to see all</span></p>")  # fmt: skip


STATUS_COLOURS = "  /* STATUS COLOURS: --<status>, --<status>-bg, --<status>-fill from checklist/statuses.py */\n"


@cache
def stylesheet() -> str:
    """report.css with the status colours of the one vocabulary (checklist/statuses.py)."""
    css = resources.files("reports").joinpath("templates/report.css").read_text(encoding="utf-8")
    colours = "".join(f"  --{s}: {look.ink}; --{s}-bg: {look.paper}; --{s}-fill: {look.fill};\n"
                      for s in BEST_FIRST for look in [STATUS_LOOKS[s]])  # fmt: skip
    return css.replace(STATUS_COLOURS, colours)


def esc(value: Any) -> str:
    """Text from anywhere, safe between tags and in quoted attributes (controls and bidi overrides dropped)."""
    return escape(html_text(value), quote=True)


def _link(url: str | None, text: str) -> str:
    href = safe_href(url)  # only http(s) URLs become links; javascript:, data:, file: stay text
    if href is None:
        return f"<span>{esc(text)}</span>"
    return f'<a href="{esc(href)}" rel="noopener noreferrer nofollow">{esc(text)}</a>'


def _anchor(agency_id: str, code: str | None = None) -> str:
    base = "a-" + re.sub(r"[^A-Za-z0-9_-]", lambda m: f"_{ord(m.group()):x}", agency_id)
    return base if code is None else f"{base}-{code.replace('.', '-')}"


def chip(status: str, *, english: bool = True) -> str:
    en = f' <span class="en">{esc(status_en(status))}</span>' if english else ""
    return (f'<span class="st st-{status}">{esc(status_symbol(status))} '
            f"{esc(status_th(status))}{en}</span>")  # fmt: skip


def date_cell(iso: str | None) -> str:
    if not iso:
        return '<span class="muted">—</span>'
    return f'{esc(thai_date(iso))}<div class="en">{esc(iso)}</div>'


# --------------------------------------------------------------------------- header and overview


def _header(report: dict[str, Any]) -> str:
    run = report.get("run") or {}
    months = report["policy"].get("max_age_months")
    limit = ""
    if months:
        day = cutoff(dt.date.fromisoformat(report["as_of"]), int(months)).isoformat()
        limit = (f"{months} เดือน <span class=\"en\">months</span> · ข้อมูลต้องลงวันที่ตั้งแต่ "
                 f"{esc(thai_date(day))} <span class=\"en\">(cutoff {esc(day)})</span>")  # fmt: skip
    provinces = {a.get("province") or "" for a in report["agencies"]}
    where = ""
    if len(provinces) == 1 and "" not in provinces:
        where = f'<p class="sub"><b>จังหวัด{esc(next(iter(provinces)))}</b></p>'
    meta = [
        ("ณ วันที่", "as of", f'{esc(thai_date(report["as_of"]))} <span class="en">'
                              f'{esc(report["as_of"])}</span>'),
        ("เกณฑ์ความเป็นปัจจุบัน", "freshness limit", limit or "—"),
        ("รอบการตรวจ", "audit run",
         f'#{esc(run.get("id", "—"))} · {esc(thai_datetime(run.get("started_at")))}'),
        ("สร้างรายงานเมื่อ", "generated", esc(thai_datetime(report.get("generated_at")))),
        ("หน่วยงาน", "agencies", f'{len(report["agencies"])} · ชุดเกณฑ์ '
                                 f'<span class="en">checklist</span> {esc(report.get("checklist_version", ""))}'),
    ]  # fmt: skip
    cells = "".join(f'<div><b>{th} <span class="en">{en}</span></b>{value}</div>'
                    for th, en, value in meta)  # fmt: skip
    return (f"<header><h1>{TITLE}</h1>"
            '<p class="en sub">OIT public-disclosure audit report, items 5.1–5.11</p>'
            f'{where}<div class="meta">{cells}</div>'
            '<nav class="toc noprint"><a href="#overview">ภาพรวม <span class="en">overview</span></a>'
            '<a href="#charts">กราฟ <span class="en">charts</span></a>'
            '<a href="#agencies">รายหน่วยงาน <span class="en">by agency</span></a></nav></header>')  # fmt: skip


def _tiles(report: dict[str, Any]) -> str:
    entries = [i for a in report["agencies"] for i in a["items"]]
    totals, whole = counts(entries), len(entries)
    tiles = "".join(
        f'<div class="tile st-{s}"><div class="n">{esc(status_symbol(s))} {n}'
        f' <small>{round(100 * n / whole) if whole else 0}%</small></div>'
        f'<div class="l">{esc(status_th(s))}</div><div class="en">{esc(status_en(s))}</div></div>'
        for s, n in totals.items()
    )
    agencies = report["agencies"]
    all_ok = sum(1 for a in agencies if all(shown_status(i) == "ok" for i in a["items"]))
    crawls = {s: sum(1 for a in agencies if a["crawl"]["status"] == s) for s in CRAWL_STATUSES}
    crawl_text = " · ".join(f"{crawl_symbol(s)} {esc(crawl_th(s))} <span class=\"en\">{crawl_en(s)}"
                            f"</span> {n}" for s, n in crawls.items())  # fmt: skip
    changed = sum(1 for i in entries for e in [i, *i.get("parts", [])] if e.get("override"))
    note = (f' · รวมการแก้ไขโดยผู้ตรวจ <span class="en">auditor overrides included</span>: '
            f"{changed} ✎") if changed else ""  # fmt: skip
    return (f'<div class="tiles">{tiles}</div>'
            f'<p>จำนวนข้อทั้งหมด <span class="en">items judged</span>: <b>{whole}</b> '
            f'({len(agencies)} หน่วยงาน × {len(item_codes(report))} ข้อ){note}<br>'
            f'หน่วยงานที่เป็นปัจจุบันครบทุกข้อ <span class="en">agencies with every item up to date'
            f"</span>: <b>{all_ok}</b> / {len(agencies)}<br>"
            f'การเก็บข้อมูล <span class="en">crawls</span>: {crawl_text}</p>')  # fmt: skip


def _grid_cell(agency: dict[str, Any], item: dict[str, Any]) -> str:
    status = shown_status(item)
    th = short_title(item)[0]
    tip = f'{item["code"]} {th}: {status_th(status)} ({status_en(status)})'
    mark = ""
    if overridden(item):
        tip += f' — ผู้ตรวจแก้ไข / override; เครื่องตรวจ / machine: {status_th(item["status"])}'
        mark = "<sup>✎</sup>"
    return (f'<td class="c st-{status}" title="{esc(tip)}"><a href="#{_anchor(agency["id"], item["code"])}"'
            f'>{esc(status_symbol(status))}{mark}</a></td>')  # fmt: skip


def _grid(report: dict[str, Any]) -> str:
    codes = item_codes(report)
    titles = {i["code"]: i for a in report["agencies"] for i in a["items"]}
    head = "".join(f'<th class="code"><abbr title="{esc(titles[c].get("title_th", ""))}">{esc(c)}'
                   "</abbr></th>" for c in codes)  # fmt: skip
    grouped = groups(report)
    show_groups = any(p or k for p, k, _ in grouped)
    rows = []
    for province, kind, members in grouped:
        if show_groups:
            label = (f'จังหวัด{esc(province)}' if province else 'ไม่ระบุจังหวัด <span class="en">no province</span>')
            label += f" · {esc(kind)}" if kind else ""
            rows.append(f'<tr class="group"><th colspan="{len(codes) + 3}">{label} '
                        f'<span class="en">({len(members)} หน่วยงาน / agencies)</span></th></tr>')  # fmt: skip
        for agency in members:
            cells = "".join(_grid_cell(agency, i) for i in agency["items"])
            ok = sum(1 for i in agency["items"] if shown_status(i) == "ok")
            crawl = agency["crawl"]
            rows.append(
                f'<tr><td class="name"><a href="#{_anchor(agency["id"])}">{esc(agency["name"])}</a>'
                f' <span class="en">{esc(agency["id"])}</span></td>'
                f'<td class="crawl" title="{esc(crawl.get("reason") or "")}">'
                f'{crawl_symbol(crawl["status"])} {esc(crawl_th(crawl["status"]))}'
                f'<div class="en">{crawl["pages"]} หน้า / pages</div></td>{cells}'
                f'<td class="num"><b>{ok}</b>/{len(agency["items"])}</td></tr>'
            )  # fmt: skip
    keys = "".join(f'<li><b>{esc(c)}</b> {esc(titles[c].get("title_th", ""))} '
                   f'<span class="en">{esc(titles[c].get("title_en", ""))}</span></li>' for c in codes)  # fmt: skip
    return (
        f'{SCROLL_HINT}<div class="wrap"><table class="grid"><thead><tr>'
        '<th class="name">หน่วยงาน <span class="en">agency</span></th>'
        '<th>เก็บข้อมูล <span class="en">crawl</span></th>'
        f'{head}<th class="num">✔ <span class="en">ok</span></th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
        f'<ul class="keys">{keys}</ul>'
    )


def _legend() -> str:
    rows = "".join(f'<li>{chip(s)} {esc(th)} <span class="en">{esc(en)}</span></li>'
                   for s in BEST_FIRST for th, en in [STATUS_LOOKS[s].meaning])  # fmt: skip
    return (f'<ul class="legend">{rows}<li><b>✎</b> ผู้ตรวจแก้ไขผล '
            '<span class="en">auditor override</span></li></ul>')


def _group_table(report: dict[str, Any]) -> str:
    grouped = groups(report)
    if not any(p or k for p, k, _ in grouped):
        return ""
    head = "".join(f'<th class="num">{esc(status_symbol(s))} <span class="en">{esc(status_en(s))}</span></th>'
                   for s in BEST_FIRST)  # fmt: skip
    rows = []
    everything: list[dict[str, Any]] = []
    for province, kind, members in grouped:
        entries = [i for a in members for i in a["items"]]
        everything += entries
        rows.append(_group_row(esc(province) or "—", esc(kind) or "—", len(members), entries))
    rows.append(_group_row("<b>รวม</b> <span class=\"en\">total</span>", "", len(report["agencies"]),
                           everything))  # fmt: skip
    return ('<h3>สรุปตามจังหวัดและประเภทหน่วยงาน <span class="en">by province and agency type</span></h3>'
            f'{SCROLL_HINT}<div class="wrap"><table class="groups"><thead><tr><th>จังหวัด <span class="en">province'
            '</span></th><th>ประเภท <span class="en">type</span></th><th class="num">หน่วยงาน '
            f'<span class="en">agencies</span></th>{head}<th class="num">✔ %</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')  # fmt: skip


def _group_row(province: str, kind: str, agencies: int, entries: list[dict[str, Any]]) -> str:
    totals = counts(entries)
    cells = "".join(f'<td class="num">{n}</td>' for n in totals.values())
    share = f"{round(100 * totals['ok'] / len(entries))}%" if entries else "–"
    return (f'<tr><td>{province}</td><td>{kind}</td><td class="num">{agencies}</td>{cells}'
            f'<td class="num"><b>{share}</b></td></tr>')


def _charts(report: dict[str, Any], trend: Sequence[Any] | None) -> str:
    per_item: dict[str, dict[str, int]] = {}
    for agency in report["agencies"]:
        for item in agency["items"]:
            per_item.setdefault(item["code"], dict.fromkeys(BEST_FIRST, 0))[shown_status(item)] += 1
    parts = ['<section id="charts"><h2>กราฟ <span class="en">Charts</span></h2>']
    if per_item:
        parts.append('<figure><figcaption>สถานะรายข้อ: จำนวนหน่วยงานในแต่ละสถานะ <span class="en">'
                     'each item: agencies per status</span></figcaption>'
                     f'{SCROLL_HINT}<div class="chart">{items_chart(per_item)}</div></figure>')  # fmt: skip
    if trend:
        note = ""
        if len(trend) < 2:
            note = ('<p class="muted">แนวโน้มจะเห็นได้เมื่อมีผลการตรวจตั้งแต่ 2 รอบ '
                    '<span class="en">a trend needs two or more audit runs</span></p>')
        parts.append(
            '<figure><figcaption>แนวโน้มตามรอบการตรวจ (ล่าสุด '
            f'{len(trend)} รอบ) <span class="en">trend over the last {len(trend)} runs</span>'
            '</figcaption><p class="muted small">สถานะจากการตรวจอัตโนมัติของแต่ละรอบ ณ วันที่ตรวจรอบนั้น '
            'ไม่รวมการแก้ไขโดยผู้ตรวจ <span class="en">machine statuses of each run as of its own '
            f'date, without overrides</span></p>{note}{SCROLL_HINT}<div class="chart">{trend_chart(trend)}</div>'
            f"{trend_table(trend)}</figure>"
        )  # fmt: skip
    parts.append("</section>")
    return "".join(parts)


# --------------------------------------------------------------------------- agencies


def _evidence(evidence: list[dict[str, Any]], limit: int = MAX_EVIDENCE) -> str:
    if not evidence:
        return '<span class="muted">—</span>'
    rows = [_evidence_item(e) for e in evidence[:limit]]
    if len(evidence) > limit:  # the rest folded, not dropped: the file is read offline too
        rest = "".join(_evidence_item(e) for e in evidence[limit:])
        rows.append(f'<li class="more"><details><summary>+{len(evidence) - limit} รายการ '
                    f'<span class="en">more</span></summary><ul class="ev">{rest}</ul></details></li>')  # fmt: skip
    return f'<ul class="ev">{"".join(rows)}</ul>'


def _evidence_item(e: dict[str, Any]) -> str:
    src_th, src_en = date_source(e.get("date_source"))
    if e.get("date"):
        when = (f'<b>{esc(thai_date(e["date"]))}</b> · {esc(e["date"])} · {esc(src_th)} '
                f'<span class="en">{esc(src_en)}</span>')  # fmt: skip
    else:
        when = 'ไม่ระบุวันที่ <span class="en">undated</span>'
    terms = e.get("terms") or []
    matched = (f'<span class="terms">คำที่พบ <span class="en">matched</span>: '
               f'{esc(", ".join(terms[:4]))}</span>') if terms else ""  # fmt: skip
    shown_url = unquote(e.get("url") or "")
    return (f'<li>{_link(e.get("url"), e.get("title") or shown_url)}'
            f'<span class="when">{when}</span><span class="u">{esc(shown_url)}</span>'
            f"{matched}</li>")  # fmt: skip


def bilingual(reason: str) -> str:
    """An "English / Thai" reason shown Thai first, English smaller."""
    english, sep, thai = (reason or "").partition(" / ")
    if not sep:
        return esc(english)
    return f'{esc(thai)} <span class="en">{esc(english)}</span>'


def _rejected(entry: dict[str, Any]) -> str:
    """The pages that looked like evidence and were not taken (missing/undated), with why."""
    if "rejected" not in entry:
        return ""
    if not entry["rejected"]:
        return ('<div class="rej muted">ไม่พบหน้าที่ใกล้เคียง <span class="en">no page came close'
                "</span></div>")  # fmt: skip
    rows = "".join(
        f'<li>{_link(r.get("url"), r.get("title") or unquote(r.get("url") or ""))}'
        f'<span class="why-not">{bilingual(r.get("reason") or "")}</span>'
        f'<span class="u">{esc(unquote(r.get("url") or ""))}</span></li>'
        for r in entry["rejected"]
    )
    return (f'<div class="rej"><b>หน้าที่พบแต่ไม่นับ <span class="en">found but not taken</span>'
            f'</b><ul class="ev">{rows}</ul></div>')  # fmt: skip


def _override(entry: dict[str, Any]) -> str:
    o = entry.get("override")
    if not o:
        if not overridden(entry):
            return ""
        return ('<div class="ovr">✎ ตามส่วนย่อยที่ผู้ตรวจแก้ไข <span class="en">from overridden parts'
                f'</span> · ผลจากเครื่อง <span class="en">machine</span>: <span class="was">'
                f'{chip(entry["status"], english=False)}</span></div>')  # fmt: skip
    period = ""
    if o.get("from") or o.get("until"):
        period = (f' · มีผล <span class="en">in force</span> {esc(thai_date(o.get("from")) or "…")}'
                  f' – {esc(thai_date(o.get("until")) or "…")}')  # fmt: skip
    machine = entry["status"]
    return (
        '<div class="ovr"><b>✎ ผู้ตรวจแก้ไขผล <span class="en">auditor override</span></b><br>'
        f'ผลจากเครื่อง <span class="en">machine</span>: <span class="was">{chip(machine, english=False)}'
        f'</span> → {chip(shown_status(entry), english=False)}<br>'
        f'โดย <span class="en">by</span> {esc(o.get("by"))} · เมื่อ <span class="en">at</span> '
        f'{esc(thai_datetime(o.get("at")) or o.get("at"))}{period}<br>'
        f'เหตุผล <span class="en">reason</span>: {esc(o.get("reason"))}</div>'
    )


def _reason(entry: dict[str, Any], crawl_reason: str, has_parts: bool) -> str:
    status = entry["status"]
    detail = entry.get("reason") or ""
    if status == "ok" or has_parts:
        return ""  # parts below say which part is not ok
    if status == "not_checked" and crawl_reason and detail in ("", crawl_reason):
        return ""  # the crawl box above the table already says why
    th, en = look.why if (look := STATUS_LOOKS.get(status)) else ("", "")  # type: ignore[call-overload]
    machine = ""
    if status in DETAILED and detail and detail != crawl_reason:
        machine = f"<div>{bilingual(detail)}</div>"

    return f'<div class="reason">{esc(th)} <span class="en">{esc(en)}</span>{machine}</div>'


def _row(agency: dict[str, Any], item: dict[str, Any], entry: dict[str, Any], part: bool) -> str:
    crawl_reason = agency["crawl"].get("reason") or ""
    has_parts = bool(entry.get("parts"))
    label = esc(entry["key"]) if part else esc(item["code"])
    row_id = "" if part else f' id="{_anchor(agency["id"], item["code"])}"'
    if has_parts:
        evidence = ('<span class="muted">ดูแยกรายส่วนด้านล่าง <span class="en">see the parts below'
                    "</span></span>")  # fmt: skip
    else:
        evidence = _evidence(entry.get("evidence") or []) + _rejected(entry)
    return (
        f'<tr class="{"part" if part else "item"}"{row_id}><td class="code">'
        f"{'↳ ' if part else ''}{label}</td>"
        f'<td class="title"><b>{esc(entry.get("title_th"))}</b>'
        f'<div class="en">{esc(entry.get("title_en"))}</div></td>'
        f'<td class="status">{chip(shown_status(entry))}'
        f"{_override(entry)}{_reason(entry, crawl_reason, has_parts)}</td>"
        f'<td class="date" data-label="ปรับปรุงล่าสุด / newest date">{date_cell(entry.get("last_updated"))}</td>'
        f'<td class="evidence" data-label="หลักฐาน / evidence">{evidence}</td></tr>'
    )  # fmt: skip


def problems_first(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(items needing attention, items up to date), each in checklist order: what to fix leads."""
    problems = [i for i in items if shown_status(i) != "ok"]
    return problems, [i for i in items if shown_status(i) == "ok"]


def collapsed_not_checked(items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Groups of two or more ``not_checked`` items with the same reason and nothing else to show
    (no evidence, no override): one line each instead of a row per item."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        if (item["status"] == "not_checked" and not overridden(item) and not item.get("evidence")
                and all(p["status"] == "not_checked" for p in item.get("parts", []))):
            # An item with parts rolls their reasons up ("structure: not_checked; …"): its parts' own
            # reason (the crawl's) is the one to compare.
            reasons = {p.get("reason") or "" for p in item.get("parts", [])} or {item.get("reason") or ""}
            if len(reasons) == 1:
                groups.setdefault(reasons.pop(), []).append(item)
    return [members for members in groups.values() if len(members) > 1]


def _collapsed_row(agency: dict[str, Any], items: list[dict[str, Any]]) -> str:
    codes = ", ".join(i["code"] for i in items)
    anchors = "".join(f'<span id="{_anchor(agency["id"], i["code"])}"></span>' for i in items)
    first = (items[0].get("parts") or [items[0]])[0]
    reason = first.get("reason") or agency["crawl"].get("reason") or ""
    return (
        f'<tr class="item folded"><td class="code">{anchors}{esc(codes)}</td>'
        f'<td class="title"><b>{len(items)} ข้อ</b> <span class="en">{len(items)} items</span></td>'
        f'<td class="status">{chip("not_checked")}<div class="reason">'
        f'{esc(NOT_CHECKED_WHY[0])} <span class="en">{esc(NOT_CHECKED_WHY[1])}</span>'
        f"<div>{bilingual(reason)}</div></div></td>"
        '<td class="date" data-label="ปรับปรุงล่าสุด / newest date"><span class="muted">—</span></td>'
        '<td class="evidence" data-label="หลักฐาน / evidence"><span class="muted">—</span></td></tr>'
    )  # fmt: skip


def _agency(agency: dict[str, Any]) -> str:
    crawl = agency["crawl"]
    where = " · ".join(esc(v) for v in (agency.get("province"), agency.get("type")) if v)
    finished = thai_datetime(crawl.get("finished_at"))
    crawl_line = (f'{crawl_symbol(crawl["status"])} {esc(crawl_th(crawl["status"]))} '
                  f'<span class="en">{esc(crawl_en(crawl["status"], crawl["status"]))}</span> · '
                  f'{crawl["pages"]} หน้า <span class="en">pages</span>'
                  + (f' · เสร็จเมื่อ <span class="en">finished</span> {esc(finished)}' if finished else ""))  # fmt: skip
    why = ""
    if crawl["status"] != "ok" or crawl.get("reason"):
        code = f' <span class="en">({esc(crawl["error"])})</span>' if crawl.get("error") else ""
        why = (f'<div class="why"><b>เหตุที่เก็บข้อมูลไม่ครบ <span class="en">why the crawl is '
               f'incomplete</span>:</b> {esc(crawl.get("reason") or "—")}{code}<br>'
               '<span class="muted">ข้อที่ไม่พบหลักฐานจึงเป็น “ตรวจไม่ได้” ไม่ใช่ “ไม่พบ” '
               '<span class="en">items without evidence are “not checked”, not “missing”</span>'
               "</span></div>")  # fmt: skip
    chips = " ".join(f"{chip(s, english=False)} {n}" for s, n in counts(agency["items"]).items() if n)
    rows = []
    problems, fine = problems_first(agency["items"])
    collapsed = collapsed_not_checked(problems)
    rows += [_collapsed_row(agency, same) for same in collapsed]
    folded = {i["code"] for same in collapsed for i in same}
    for item in [i for i in problems if i["code"] not in folded] + fine:
        rows.append(_row(agency, item, item, part=False))
        rows += [_row(agency, item, p, part=True) for p in item.get("parts", [])]
    order_note = ('<p class="muted small">เรียงข้อที่มีปัญหาก่อน แล้วจึงข้อที่เป็นปัจจุบัน '
                  '<span class="en">problems first, then items up to date (checklist order within '
                  "each)</span></p>") if problems and fine else ""  # fmt: skip
    return (
        f'<section class="agency" id="{_anchor(agency["id"])}">'
        f'<h2>{esc(agency["name"])} <span class="en">{esc(agency["id"])}</span></h2>'
        + (f'<p class="sub muted">{where}</p>' if where else "")
        + f'<p class="crawlbox">เว็บไซต์ <span class="en">website</span>: {_link(agency.get("url"), agency.get("url") or "—")}<br>'
        f'การเก็บข้อมูล <span class="en">crawl</span>: {crawl_line}</p>{why}<p>{chips}</p>{order_note}'
        '<div class="wrap"><table class="items"><colgroup><col class="w-code"><col class="w-title">'
        '<col class="w-status"><col class="w-date"><col class="w-ev"></colgroup><thead><tr>'
        '<th>ข้อ <span class="en">item</span></th><th>รายการ <span class="en">title</span></th>'
        '<th>สถานะ <span class="en">status</span></th>'
        '<th>ปรับปรุงล่าสุด <span class="en">newest date</span></th>'
        '<th>หลักฐาน <span class="en">evidence</span></th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
        '<p class="noprint small"><a href="#overview">↑ กลับไปภาพรวม <span class="en">back to the '
        "overview</span></a></p></section>"
    )  # fmt: skip


def render_html(report: dict[str, Any], trend: Sequence[Any] | None = None) -> str:
    """The whole report as one HTML document; ``trend`` is reports.trend.trend(...) when known."""
    agencies = "".join(_with_due(_agency(a), report, a) for a in report["agencies"])
    return (
        '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f'<title>{TITLE} — {esc(thai_date(report["as_of"]))}</title>'
        f"<style>{stylesheet()}</style></head><body>"
        f'{_header(report)}<main><section id="overview"><h2>ภาพรวม <span class="en">Overview</span></h2>'
        f"{_tiles(report)}{_legend()}{_grid(report)}{_group_table(report)}</section>"
        f'{_charts(report, trend)}<div id="agencies">{agencies}</div></main>'
        '<footer class="muted small">OIT Watch · สถานะ “ตรวจไม่ได้” หมายถึงเก็บข้อมูลไม่ครบ '
        "จึงสรุปว่าไม่มีไม่ได้ / “not checked” means the crawl was incomplete, so absence cannot "
        "be concluded. วันที่แสดงเป็นพุทธศักราช ตามด้วย ค.ศ. (ISO) / dates in Buddhist era, then ISO."
        "</footer></body></html>"
    )  # fmt: skip


def _due(report: dict[str, Any], agency: dict[str, Any]) -> str:
    """The agency's "due within 30 days" list (overdue first); empty when nothing is due."""
    from checklist.due import due_dates, due_soon
    from reports.guide import report_policy, when_text

    as_of = dt.date.fromisoformat(report["as_of"])
    rows = []
    for d in due_soon(due_dates(agency, as_of, report_policy(report)), as_of):
        th, en = when_text(d, as_of)
        page = f' · {_link(d.url, "หน้าที่ต้องปรับปรุง")} <span class="en">page</span>' if d.url else ""
        rows.append(f'<li><b>{esc(d.key)}</b> {esc(d.title_th)} · {esc(thai_date(d.last_updated.isoformat()))}'
                    f' → <b>{esc(thai_date(d.due.isoformat()))}</b> <span class="en">{esc(d.due.isoformat())}'
                    f'</span> · {esc(th)} <span class="en">{esc(en)}</span>{page}</li>')  # fmt: skip
    if not rows:
        return ""
    return (f'<div class="why due"><b>ถึงกำหนดปรับปรุงภายใน 30 วัน <span class="en">due within 30 days'
            f'</span></b><ul>{"".join(rows)}</ul></div>')  # fmt: skip


def _with_due(section: str, report: dict[str, Any], agency: dict[str, Any]) -> str:
    """The agency's section with its due list at the top, under its name (an escaped name holds no tag)."""
    return section.replace("</h2>", "</h2>" + _due(report, agency), 1)
