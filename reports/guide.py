"""The self-check guidance for people: the due list and, per item that is not ok, what to
publish, where, and what the check saw — as terminal text (``oit check``) and as the
records the web page and the HTML report render.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checklist.due import Due, due_dates, due_soon
from checklist.freshness import Policy, PolicyError, load_policy, policy_from_dict
from checklist.guidance import Advice, Guidance, advice_for, entries_of, load_guidance
from reports.labels import status_en, status_th, thai_date
from reports.model import Agency, Report, as_agency, as_report
from reports.terminal import clean

SHOWN_PAGES = 3  # found / passed-over pages per advice in text; the web page shows them all


@dataclass(frozen=True, slots=True)
class AgencyGuide:
    as_of: dt.date
    dues: list[Due]  # every dated item or part, soonest first
    soon: list[Due]  # overdue, or stale within 30 days
    advice: list[Advice]
    guidance: Guidance
    rejected_known: bool  # the report carries `rejected` (the evaluation says what it passed over)
    not_checked: int  # items and parts the crawl could not judge


def report_policy(report: Report) -> Policy:
    """The policy the report was judged by (its ``policy`` block), else the packaged default."""
    policy = {} if report.max_age_months is None else {"max_age_months": report.max_age_months}
    try:
        return policy_from_dict(policy, "report policy")
    except PolicyError:
        return load_policy()


def agency_guide(
    report: Report | Mapping[str, Any],
    agency: Agency | Mapping[str, Any],
    policy: Policy | None = None,
) -> AgencyGuide:
    report, agency = as_report(report), as_agency(agency)
    as_of = dt.date.fromisoformat(report.as_of)
    dues = due_dates(agency, as_of, policy or report_policy(report))
    advice = advice_for(agency)
    return AgencyGuide(
        as_of=as_of,
        dues=dues,
        soon=due_soon(dues, as_of),
        advice=advice,
        guidance=load_guidance(),
        rejected_known=any(a.rejected is not None for a in advice),
        not_checked=sum(1 for _, e, _ in entries_of(agency) if e.status == "not_checked"),
    )


def when_text(due: Due, as_of: dt.date) -> tuple[str, str]:
    """('เลยกำหนดแล้ว 12 วัน', 'overdue by 12 days') or ('อีก 5 วัน', 'in 5 days')."""
    days = due.days_left(as_of)
    if days <= 0:
        return f"เลยกำหนดแล้ว {-days} วัน", f"overdue by {-days} days"
    return f"อีก {days} วัน", f"in {days} days"


# --------------------------------------------------------------------------- terminal text


def due_lines(guide: AgencyGuide) -> list[str]:
    head = "ถึงกำหนดปรับปรุงภายใน 30 วัน / due within 30 days"
    if not guide.soon:
        later = guide.dues[0] if guide.dues else None
        tail = f" (ถัดไป / next: {later.key} {later.due.isoformat()})" if later else ""
        return [f"{head}: ไม่มี / none{tail}"]
    lines = [f"{head}:"]
    for d in guide.soon:
        th, en = when_text(d, guide.as_of)
        lines.append(f"  {d.key:<18} {clean(d.title_th)}")
        lines.append(
            f"  {'':<18} ข้อมูลล่าสุด {thai_date(d.last_updated.isoformat())} → "
            f"ไม่เป็นปัจจุบัน {thai_date(d.due.isoformat())} ({d.due.isoformat()}, {th} / {en})"
        )
        if d.url:
            lines.append(f"  {'':<18} {clean(d.url)}")
    return lines


def advice_lines(guide: AgencyGuide) -> list[str]:
    lines = []
    if guide.not_checked:
        lines.append(
            f"ตรวจไม่ได้ {guide.not_checked} ข้อ เพราะเก็บข้อมูลไม่ครบ: แก้ปัญหาการเข้าถึงเว็บไซต์แล้วตรวจใหม่ / "
            f"{guide.not_checked} items not checked (crawl incomplete): fix access and check again"
        )
    if not guide.advice:
        return lines or ["คำแนะนำ / guidance: ทุกข้อเป็นปัจจุบัน / every item is up to date"]
    lines.append("คำแนะนำ: สิ่งที่ต้องเผยแพร่ / guidance: what to publish")
    for a in guide.advice:
        w = a.wording
        lines.append(
            f"● {a.key} {clean(a.title_th)} — {status_th(a.status)} / {status_en(a.status)}"
        )
        lines.append(f"    ต้องเผยแพร่: {w.asks_th}")
        lines.append(f"    asks for: {w.asks_en}")
        lines.append(f"    ชื่อที่ใช้ได้ / titles: {' · '.join(w.titles)}")
        lines.append(f"    มักอยู่ที่: {w.places_th}")
        lines.append(f"    where: {w.places_en}")
        lines.append(f"    วันที่ / dates: {w.when_th} / {w.when_en}")
        for p in a.found[:SHOWN_PAGES]:
            lines.append(
                f"    พบ / found: {clean(p.title) or '—'} {clean(p.url)} ({p.date or 'ไม่ระบุวันที่ / undated'})"
            )
        if a.status == "stale" and a.reason:
            lines.append(f"    เหตุผล / why: {clean(a.reason)}")
        if a.rejected is None:
            continue
        if not a.rejected:
            lines.append("    ไม่มีหน้าที่ใกล้เคียง / nothing came close")
        for p in a.rejected[:SHOWN_PAGES]:
            lines.append(
                f"    ไม่นับ / not counted: {clean(p.title) or '—'} {clean(p.url)} — {clean(p.reason)}"
            )
    if not guide.rejected_known:
        lines.append("  (รายงานนี้ไม่มีรายการหน้าที่ไม่นับ / this report does not list pages passed over)")
    lines.append(f"  {guide.guidance.general_th}")
    lines.append(f"  {guide.guidance.general_en}")
    return lines


def guide_text(report: Report | Mapping[str, Any], policy: Policy | None = None) -> str:
    """Due list and guidance of every agency of the report, as plain text."""
    report = as_report(report)
    out = []
    for agency in report.agencies:
        guide = agency_guide(report, agency, policy)
        if len(report.agencies) > 1:
            out.append(f"== {clean(agency.name)} ({clean(agency.id)})")
        out += due_lines(guide) + [""] + advice_lines(guide) + [""]
    return "\n".join(out)
