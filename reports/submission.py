"""The ITA submission sheet: one row per O-item of a fiscal year and sector, with the evidence
URL this check found for it, its date and status (XLSX and CSV).

ITAS (and MOIT, ITA-VEC, ITA Online) asks an agency for one URL per O-item; the
crosswalk (checklist/crosswalk.toml) says which checklist items answer which
O-item. O-items outside 5.1–5.11 stay in the sheet with no URL, so the agency
sees the whole list it must fill.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checklist.crosswalk import OList, load_crosswalk
from checklist.statuses import WORST_FIRST
from reports.formats import _Formats, _Sheet, _status_style, inert, workbook
from reports.labels import status_en, status_th
from reports.model import Agency, Verdict, as_agency

OUTSIDE = "outside"  # an O-item that none of 5.1–5.11 answers
OUTSIDE_LABELS = ("นอกขอบเขตข้อ 5.1–5.11 (กรอกเอง)", "outside 5.1–5.11 (fill in yourself)")
HEADER = [
    "O-item / ข้อ",
    "title / ชื่อรายการ",
    "checklist / ข้อในมาตรการ",
    "evidence URL / ลิงก์หลักฐาน",
    "date / วันที่",
    "status",
    "สถานะ",
    "mapping / ความแน่นอน",
]


@dataclass(frozen=True, slots=True)
class SheetRow:
    o: str
    title: str
    codes: tuple[str, ...]
    url: str
    date: str
    status: str  # a report status, or OUTSIDE
    sure: bool

    def cells(self) -> list[str]:
        th, en = (
            OUTSIDE_LABELS
            if self.status == OUTSIDE
            else (status_th(self.status), status_en(self.status))
        )
        sure = "ตรงตามแหล่งอ้างอิง / as sourced" if self.sure else "ไม่แน่ใจ โปรดตรวจ / unsure, check it"
        return [self.o, self.title, ", ".join(self.codes), self.url, self.date, en, th, sure]


def _units(agency: Agency, code: str) -> list[Verdict]:
    """The report entries a crosswalk code names: "5.4" the item, "5.1:plan" one part."""
    item_code, _, part = code.partition(":")
    item = next((i for i in agency.items if i.code == item_code), None)
    if item is None:
        return []
    if not part:
        return [item]
    return [p for p in item.parts if p.key == part]


def submission_rows(agency: Agency | Mapping[str, Any], olist: OList) -> list[SheetRow]:
    agency = as_agency(agency)
    rows = []
    for o in olist.rows:
        units = [u for code in o.codes for u in _units(agency, code)]
        if not units:
            rows.append(SheetRow(o.o, o.title, o.codes, "", "", OUTSIDE, o.sure))
            continue
        status = min((u.shown_status for u in units), key=WORST_FIRST.index)
        evidence = [e for u in units for e in u.evidence if e.url]
        dated = [e for e in evidence if e.date]
        best = (
            max(dated, key=lambda e: e.date or "") if dated else (evidence[0] if evidence else None)
        )
        rows.append(
            SheetRow(
                o.o,
                o.title,
                o.codes,
                best.url if best else "",
                (best.date if best else None) or "",
                status,
                o.sure,
            )
        )
    return rows


def _about(agency: Agency, olist: OList, as_of: str) -> list[tuple[str, str]]:
    sector = load_crosswalk().sector(olist.sector)
    return [
        ("หน่วยงาน / agency", f"{agency.name} ({agency.url})"),
        ("ปีงบประมาณ / fiscal year", f"พ.ศ. {olist.year}"),
        ("ประเภทหน่วยงาน / sector", f"{sector.th} / {sector.en}"),
        ("ณ วันที่ / as of", as_of),
        (
            "รายการครบ / complete list",
            "ครบ / yes" if olist.complete else "ไม่ครบ / no (only O-items seen in the sources)",
        ),
        ("ข้อควรระวัง / caution", f"{olist.note_th} / {olist.note_en}"),
        ("แหล่งที่มา / source", olist.source),
        (
            "หมายเหตุ / note",
            "ลิงก์มาจากการตรวจอัตโนมัติ ตรวจทุกลิงก์ก่อนกรอกในระบบ ITAS / "
            "URLs come from an automatic check: open each one before entering it in ITAS.",
        ),
    ]


def submission_csv(agency: Agency | Mapping[str, Any], olist: OList) -> bytes:
    """UTF-8 with BOM (Excel opens Thai correctly); header then one row per O-item."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in submission_rows(agency, olist):
        writer.writerow([inert(v) for v in row.cells()])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def submission_xlsx(agency: Agency | Mapping[str, Any], olist: OList, as_of: str) -> bytes:
    """Sheet "ITA": header then one row per O-item; sheet "about": agency, year, source, caveats."""
    agency = as_agency(agency)

    def write(book: Any, formats: _Formats) -> None:
        sheet = _Sheet(book, formats, "ITA", HEADER)
        for row in submission_rows(agency, olist):
            styles: dict[int, dict[str, Any]] = {3: {"link": True}}
            if row.status != OUTSIDE:
                styles[5] = styles[6] = _status_style(row.status)
            if not row.sure:
                styles[7] = {"font_color": "#A11D16"}
            sheet.write(row.cells(), styles)
        sheet.finish(wide={1: 70, 3: 60})
        about = _Sheet(book, formats, "about", ["field / หัวข้อ", "value / ค่า"])
        for pair in _about(agency, olist, as_of):
            about.write(list(pair), {1: {"text_wrap": True}})
        about.finish(wide={1: 100})

    return workbook(write)
