"""Why an item has its status, in English and Thai, for the report JSON and every format.

The evaluation words its reasons in English (checklist/freshness.py); people read
Thai first. Each known phrase is a row of a table: a pattern and its Thai, which
may quote the same values (dates shown as Thai dates). Pieces that already carry
Thai (crawl reasons, "no evidence found … / ไม่พบหลักฐาน") are kept as they are;
an unknown English piece stays English rather than being guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reports.labels import status_th, thai_date

_THAI = re.compile(r"[\u0e00-\u0e7f]")
_D = r"(\d{4}-\d{2}-\d{2})"

_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(rf"newest {_D} is on/after cutoff {_D} \((\d+) months\)"),
        lambda m: f"ล่าสุด {thai_date(m[1])} ไม่เก่ากว่าเกณฑ์ {thai_date(m[2])} ({m[3]} เดือน)",
    ),
    (
        re.compile(rf"newest {_D} is before cutoff {_D} \((\d+) months\)"),
        lambda m: f"ล่าสุด {thai_date(m[1])} เก่ากว่าเกณฑ์ {thai_date(m[2])} ({m[3]} เดือน)",
    ),
    (
        re.compile(r"no dated evidence for the (\d+)-month rule"),
        lambda m: f"ไม่มีหลักฐานที่ลงวันที่ สำหรับเกณฑ์ {m[1]} เดือน",
    ),
    (re.compile(r"only dates after as_of \((\d+)\)"), lambda m: f"มีแต่วันที่หลังวันที่ตรวจ ({m[1]})"),
    (re.compile(r"no date found on the evidence"), lambda m: "ไม่พบวันที่ในหลักฐาน"),
    (
        re.compile(r"'(.+)' covers FY(\d{4}) \((\w+)\)"),
        lambda m: f"“{m[1]}” ครอบคลุมปีงบประมาณ {m[2]}",
    ),
    (
        re.compile(rf"dated {_D} in FY(\d{{4}}), counts for FY(\d{{4}}) \((\w+)\)"),
        lambda m: f"ลงวันที่ {thai_date(m[1])} ในปีงบประมาณ {m[2]} นับเป็นของปีงบประมาณ {m[3]}",
    ),
    (
        re.compile(r"nothing covers FY(\d{4}) \((\w+) fiscal year\)"),
        lambda m: f"ไม่มีหลักฐานที่ครอบคลุมปีงบประมาณ {m[1]}",
    ),
    (re.compile(r"crawl failed"), lambda m: "เก็บข้อมูลไม่สำเร็จ"),
    # Roll-up of an item from its parts: "plan: stale; summary: missing".
    (
        re.compile(r"(\w+): (ok|stale|undated|missing|not_checked)"),
        lambda m: f"{m[1]}: {status_th(m[2])}",
    ),
)


def _thai(piece: str) -> str | None:
    for pattern, words in _RULES:
        if m := pattern.fullmatch(piece):
            return words(m)
    return None


def bilingual(reason: str) -> str:
    """``reason`` as "English / Thai" piece by piece ("; " between pieces); Thai pieces unchanged."""
    if not reason:
        return ""
    pieces = []
    for piece in reason.split("; "):
        thai = None if _THAI.search(piece) else _thai(piece)
        pieces.append(f"{piece} / {thai}" if thai else piece)
    return "; ".join(pieces)
