"""An iCalendar file of the days on which an agency's items go stale (RFC 5545, via icalendar).

One all-day event per dated item or part, on the day its evidence stops counting,
with the evidence page as the event's URL and what to publish in its description.
A webmaster imports it into any calendar and is reminded a week before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

from icalendar import Alarm, Calendar, Event

from checklist.due import Due
from checklist.guidance import load_guidance
from reports.model import Agency, as_agency

PRODID = "-//OIT Watch//due dates//TH"


def _uid(agency_id: str, due: Due) -> str:
    digest = hashlib.sha1(f"{agency_id}|{due.key}|{due.due}".encode()).hexdigest()[:16]
    return f"{digest}@oit-watch"


def render_ics(agency: Agency | Mapping[str, Any], dues: list[Due], as_of: dt.date) -> bytes:
    """The calendar for one report agency: one VEVENT per entry of ``dues``."""
    agency = as_agency(agency)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"OIT: {agency.name or agency.id}")
    stamp = dt.datetime.combine(as_of, dt.time(0, 0), tzinfo=dt.UTC)
    guidance = load_guidance()
    for due in dues:
        wording = guidance.entries.get(due.key)
        event = Event()
        event.add("uid", _uid(agency.id, due))
        event.add("dtstamp", stamp)
        event.add("dtstart", due.due)
        event.add("dtend", due.due + dt.timedelta(days=1))
        event.add("summary", f"OIT {due.key} {due.title_th}: ถึงกำหนดปรับปรุง / update due")
        lines = [
            f"{agency.name} {agency.url}",
            f"{due.key} {due.title_th} / {due.title_en}",
            f"ข้อมูลล่าสุด / newest date: {due.last_updated.isoformat()}",
            f"ไม่เป็นปัจจุบันตั้งแต่ / stale from: {due.due.isoformat()}",
        ]
        if wording:
            lines += [f"ต้องเผยแพร่ / publish: {wording.asks_th}", wording.asks_en]
        if due.url:
            lines.append(f"หน้าที่ต้องปรับปรุง / page to update: {due.url}")
            event.add("url", due.url)
        event.add("description", "\n".join(lines))
        event.add("categories", ["OIT", due.code])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"OIT {due.key}: update due in 7 days / อีก 7 วันถึงกำหนด")
        alarm.add("trigger", dt.timedelta(days=-7))
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
