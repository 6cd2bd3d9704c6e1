"""Thai-aware date extraction: every date in a text, and the one date that belongs to a piece of evidence.

No date library reads Buddhist-era years, so this is a table-driven regex
extractor. Conventions (see /work/shared/domain.md, "Thai dates"):

* Era is decided by value: a 4-digit year >= 2400 is BE (minus 543), anything
  else is CE; two-digit years are BE 25xx ("ม.ค. 69" = January 2026), also in
  numeric forms ("15.01.69"). Years outside 2000-2100 CE are dropped.
* Numeric dates are day-first (15/01/2569); day and month are swapped only
  when the month field is > 12 and the day field is not.
* ``FoundDate.position`` and ``FoundDate.text`` refer to the string passed in:
  ``text[fd.position:fd.position + len(fd.text)] == fd.text``. The text is
  folded (Thai digits -> Arabic) length-preservingly before matching, so the
  position is also valid in the folded text; only zero-width characters are
  dropped, and then positions are mapped back to the original.
* ``kind``: ``day``; ``month`` (month and year, no day: ``date`` = 1st,
  ``end`` = last day); ``period`` (explicit range, fiscal year, quarter,
  half-year round, multi-year plan period). A period is never a day.
* Not dates, dropped: bare years (so law years "พ.ร.บ. ... พ.ศ. 2560",
  "© 2569", "ปีการศึกษา 2569" never produce anything; there is no ``year``
  kind), number/year pairs without a month ("เลขที่ 12/2567",
  "ภาคเรียนที่ 1/2569"), phone numbers, prices, times, versions, invalid days,
  day-month without a year (unless the start of a range whose end has one),
  quarters/rounds with no fiscal year nearby, and year ranges after
  copyright / academic-year / tenure words.
* Times with a UTC offset (ISO, HTTP, PDF dates) are converted to Thai time
  (UTC+7) before the date is taken; times without an offset are taken as is.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import email.utils
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from checklist import platforms
from checklist.model import FoundDate
from checklist.thai import fiscal_year_range

__all__ = ["DateChoice", "choose_date", "dates_in_url", "find_dates", "parse_date_value"]

MIN_YEAR, MAX_YEAR = 2000, 2100
THAI_TZ = dt.timezone(dt.timedelta(hours=7))

# --------------------------------------------------------------------------- tables

# month -> (full names incl. misspellings seen on agency sites, colloquial short
# names, abbreviation letter groups written "a.b.")
_TH_MONTHS: tuple[
    tuple[int, tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]], ...
] = (
    (1, ("มกราคม",), ("มกรา",), (("ม", "ค"),)),
    (2, ("กุมภาพันธ์", "กุมภาพันธุ์", "กุมภาพันธ", "กุมภาพนธ์"), ("กุมภา",), (("ก", "พ"),)),
    (3, ("มีนาคม",), ("มีนา",), (("มี", "ค"),)),
    (4, ("เมษายน",), ("เมษา",), (("เม", "ย"),)),
    (5, ("พฤษภาคม", "พฤศภาคม"), ("พฤษภา",), (("พ", "ค"),)),
    (6, ("มิถุนายน", "มิถุยายน"), ("มิถุนา",), (("มิ", "ย"), ("ม", "ย"))),  # "ม.ย." is a common slip
    (7, ("กรกฎาคม", "กรกฏาคม"), ("กรกฎา", "กรกฏา"), (("ก", "ค"),)),
    (8, ("สิงหาคม",), ("สิงหา",), (("ส", "ค"),)),
    (9, ("กันยายน",), ("กันยา",), (("ก", "ย"),)),
    (10, ("ตุลาคม",), ("ตุลา",), (("ต", "ค"),)),
    (11, ("พฤศจิกายน", "พฤษจิกายน", "พฤศจิกายม"), ("พฤศจิกา", "พฤษจิกา"), (("พ", "ย"),)),
    (12, ("ธันวาคม",), ("ธันวา",), (("ธ", "ค"),)),
)
_EN_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

# Phrases that introduce a content date, as (label reported, pattern). Order
# matters where two start at the same place ("ลงวันที่" before "ลง").
_WD = r"วัน[ก-๛]{0,12}?ที่"  # วันที่ / วันพุธที่
_LABELS: tuple[tuple[str, str], ...] = (
    ("ประกาศ ณ วันที่", rf"ประกาศ\s*ณ\s*{_WD}"),
    ("ข้อมูล ณ วันที่", rf"ข้อมูล\s*ณ\s*{_WD}"),
    ("ณ วันที่", rf"(?<![ก-๛])ณ\s*{_WD}"),
    ("ลงวันที่", rf"ลง\s*{_WD}"),
    ("ปรับปรุงล่าสุด", rf"ปรับปรุง(?:ข้อมูล)?\s*ล่าสุด(?:\s*(?:เมื่อ|{_WD}))?"),
    ("ปรับปรุงเมื่อ", rf"ปรับปรุง(?:ข้อมูล)?\s*เมื่อ(?:\s*{_WD})?"),
    ("อัปเดตล่าสุด", rf"อั[ปพ]เด[ตท]\s*ล่าสุด(?:\s*(?:เมื่อ|{_WD}))?"),
    ("แก้ไขล่าสุด", rf"แก้ไข\s*ล่าสุด(?:\s*(?:เมื่อ|{_WD}))?"),
    ("วันที่โพสต์", r"วันที่\s*โพสต์"),
    ("โพสต์เมื่อ", rf"โพสต์\s*เมื่อ(?:\s*{_WD})?"),
    ("เผยแพร่เมื่อ", rf"เผยแพร่\s*เมื่อ(?:\s*{_WD})?"),
    ("วันที่เผยแพร่", r"วันที่\s*เผยแพร่"),
    ("วันที่ประกาศ", r"วันที่\s*ประกาศ"),
    ("วันที่:", rf"{_WD}\s*[:：]"),
    ("ลง", r"(?<![ก-๛])ลง"),
    ("Last updated", r"(?i:last\s+(?:updated|modified)(?:\s+on)?)"),
    ("Posted on", r"(?i:(?<![a-z])posted(?:\s+on)?)"),
    ("Published", r"(?i:(?<![a-z])published(?:\s+on)?)"),
    ("Updated", r"(?i:(?<![a-z])updated(?:\s+on)?)"),
)
_LABEL_WINDOW = 48

# Words right before a match that make it something other than a date.
_VERSION_BEFORE = re.compile(r"(?i:\bv|\bver\.?|\bversion|เวอร์ชั่?น|รุ่น)\s*\Z")
_NOT_PERIOD_BEFORE = re.compile(
    r"(?i:©|\(c\)|copyright|สงวนลิขสิทธิ์|ลิขสิทธิ์|ปีการศึกษา|ภาคเรียน|ภาคการศึกษา|"
    r"วาระ|ดำรงตำแหน่ง|ดํารงตําแหน่ง|ก่อตั้ง)[^\n]{0,24}\Z"
)
# File-name words that make a lone BE year in a URL a fiscal year (conservative).
_URL_FY_WORDS = re.compile(
    r"(?i:plan|report|budget|annual|แผน|รายงาน|งบประมาณ|ประจำปี|ผลการดำเนินงาน)"
)

# Invisible characters CMS editors leave inside words; dropped before matching.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_FOLD = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_FOLD_DROP = str.maketrans(dict.fromkeys(map(ord, _INVISIBLE)))
_INVISIBLE_RE = re.compile(f"[{''.join(_INVISIBLE)}]")

# --------------------------------------------------------------------------- regex


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def _thai_month_pattern() -> tuple[str, dict[str, int]]:
    lookup: dict[str, int] = {}
    full: list[str] = []
    short: list[str] = []
    abbrev: list[str] = []
    for month, names, colloquial, groups in _TH_MONTHS:
        for name in names:
            lookup[name] = month
            full.append(re.escape(name))
        for name in colloquial:
            lookup[name] = month
            short.append(re.escape(name))
        for a, b in groups:
            lookup[a + b] = month
            # "ม.ค." / "ม.ค" / "ม. ค." / "มค": a dotted form may lose its last dot, but then
            # must not run into a Thai word ("ต.คลองหนึ่ง" is a sub-district, not October).
            abbrev.append(rf"{a}\.\s?{b}(?:\.|(?![ก-๛]))")
            abbrev.append(rf"{a}{b}(?![ก-๛])")
    # Abbreviations must not be the tail of a Thai word, except right after "เดือน".
    pattern = (
        f"(?:{_alt(full)})"
        f"|(?:{_alt(short)})(?![ก-๛])"
        f"|(?:(?<=เดือน)|(?<![ก-๛.]))(?:{'|'.join(abbrev)})"
    )
    return pattern, lookup


_M_TH, _TH_LOOKUP = _thai_month_pattern()
_EN_LOOKUP = {name: i for i, full in enumerate(_EN_MONTHS, 1) for name in (full, full[:3])}
_EN_LOOKUP["sept"] = 9
_M_EN = rf"\b(?i:{_alt(_EN_LOOKUP)})\b"
# Without a day, an English month must be capitalised ("may 2026" is usually not May).
_M_EN_CAP = (
    r"\b(?:" + _alt([w.title() for w in _EN_LOOKUP] + [w.upper() for w in _EN_LOOKUP]) + r")\b"
)

_ERA = r"(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)"
_YSEP = rf"\s*,?\s*(?:(?:{_ERA}|ปี(?:\s*{_ERA})?)\s*)?"
_Y = r"\d{4}|\d{2}"
_YEND = r"(?!\d|[:.]\d)"
_NUM_LEFT = r"(?<![0-9A-Za-z.,/])(?<!\d:)"
_NUM_RIGHT = r"(?!\d|[.:/\-]\d)"
# Range connector. No line break before it: "15 ม.ค. 2569\n- 20 ม.ค. 2569" is a bulleted list.
_CONN = r"[ \t\u00a0]*(?:[-–—~]|จนถึง|ถึง|to|until)\s*(?:วันที่\s*|เดือน\s*)?"
_FY_WORD = r"(?:ประจ(?:ำ|ํา)\s*)?ปี\s*งบ(?:ประมาณ)?\s*(?:ฯ\s*)?"
_FY_TAIL = rf"(?:\s*(?:/\s*|{_FY_WORD}|ปี\s*|{_ERA}\s*)(?:{_ERA}\s*)?(?P<GROUP>{_Y}){_YEND})?"

# Alternatives are grouped by their first character behind a lookahead, so the
# scanner rejects most positions with one test instead of trying every form.
_DIGIT_FORMS = (
    # ISO and other year-first dates: 2026-01-15, 2026-01-15T10:00:00+07:00, 2569/01/15
    rf"(?<!-)(?P<iy>\d{{4}})(?P<isep>[-/.])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})"
    rf"(?P<itime>[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+\-]\d{{2}}:?\d{{2}})?)?{_NUM_RIGHT}",
    # plan periods and other year ranges: 2566-2570
    rf"(?P<ry1>\d{{4}})\s*[-–—]\s*(?:{_ERA}\s*)?(?P<ry2>\d{{4}}){_NUM_RIGHT}",
    # day-first numerals: 15/01/2569, 15-01-2026, 15.01.69
    rf"(?P<nd>\d{{1,2}})(?P<nsep>[/.\-])(?P<nm>\d{{1,2}})(?P=nsep)(?P<ny>{_Y}){_NUM_RIGHT}",
    # a date badge: the day over "month.year" (Buddhist era), "04" above "09.2563"; or
    # "09.2563" as a line of its own
    rf"(?:(?P<bd>\d{{1,2}})\s+)?(?P<bm>0[1-9]|1[0-2])\.(?P<by>25\d\d){_NUM_RIGHT}",
    # Thai day month [year], with a day range "1-15 มกราคม 2569"
    rf"(?:(?P<td0>\d{{1,2}})\s*[-–—]\s*)?(?P<td>\d{{1,2}})(?!\d)\s*(?:เดือน\s*)?"
    rf"(?P<tm>{_M_TH})(?:{_YSEP}(?P<ty>{_Y}){_YEND})?",
    # English day first: 20 April 2018, 3rd of March 2025
    rf"(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?(?P<em>{_M_EN})\.?,?\s*(?P<ey>\d{{4}})(?!\d)",
)
_WORD_FORMS = (
    # fiscal-year labels: ประจำปีงบประมาณ พ.ศ. 2569, ปีงบ 69, FY2026, ปีงบประมาณ 2566-2570
    rf"(?:{_FY_WORD}|ประจ(?:ำ|ํา)ปี\s*|(?<![A-Za-z])(?i:fiscal\s+year|fy)\s*)(?:{_ERA}\s*)?"
    rf"(?P<fy1>{_Y})(?:\s*[-–—]\s*(?:{_ERA}\s*)?(?P<fy2>{_Y}))?{_YEND}",
    # quarters: ไตรมาสที่ 2 ปีงบประมาณ 2569, ไตรมาส 2/2569
    r"ไตรมาส\s*(?:ที่\s*)?(?P<q>[1-4])(?!\d)" + _FY_TAIL.replace("GROUP", "qy"),
    # half-year and other rounds: รอบ 6 เดือน (แรก|หลัง), ครึ่งปีแรก
    r"(?:รอบ\s*(?P<rn>3|6|9|12)\s*เดือน\s*(?P<rh>แรก|หลัง)?|ครึ่งปี\s*(?P<half>แรก|หลัง))"
    + _FY_TAIL.replace("GROUP", "ry"),
    # plan periods with the era first: (พ.ศ. 2566-2570)
    rf"{_ERA}\s*(?P<ery1>\d{{4}})\s*[-–—]\s*(?:{_ERA}\s*)?(?P<ery2>\d{{4}}){_NUM_RIGHT}",
    # Thai month ranges (ต.ค. 2568 - มี.ค. 2569, ตุลาคม - ธันวาคม 2568) and month year (ต.ค. 67)
    rf"(?P<mr1>{_M_TH})(?:(?:{_YSEP}(?P<mry1>{_Y}){_YEND})?{_CONN}(?P<mr2>{_M_TH}){_YSEP}(?P<mry2>{_Y}){_YEND}"
    rf"|{_YSEP}(?P<my>{_Y}){_YEND})",
    # English month first: April 20, 2018, Apr. 20 2018; April 2018
    rf"(?P<em2>{_M_EN})\.?\s*(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<ey2>\d{{4}})(?!\d)",
    rf"(?P<em3>{_M_EN_CAP})\.?,?\s+(?P<ey3>\d{{4}})(?!\d)",
)
_FIRST_LETTERS = (
    "".join(
        sorted(
            {
                n[0]
                for _, full, short, groups in _TH_MONTHS
                for n in (*full, *short, *(a for a, _ in groups))
            }
        )
    )
    + "ปไรคพFfJjMmAaSsOoNnDd"
)
_MASTER = re.compile(
    rf"(?=\d){_NUM_LEFT}(?:{'|'.join(_DIGIT_FORMS)})"
    rf"|(?=[{_FIRST_LETTERS}])(?:{'|'.join(_WORD_FORMS)})"
)
_CONN_GAP = re.compile(_CONN)
# A day that starts an open range ("9 พ.ย. 2556 – ปัจจุบัน") or ends a range whose start is outside the
# years read ("1 พ.ค. 2538 – 31 พ.ค. 2543"): a term of office on a roll of past heads, not a day of news.
_RANGE_WORD = r"[ \t\u00a0]*(?:[-–—~]|จนถึง|ถึง)[ \t\u00a0]*"
_OPEN_END = re.compile(rf"{_RANGE_WORD}(?:(?i:present)|ปัจจุบัน)")
# Also the end of "ตั้งแต่วันที่ … ถึงวันที่ <day>" whose start was left blank or unread (an ITA criterion's
# reporting window quoted in a row): the bound of a period, not a day.
_RANGE_END_BEFORE = re.compile(
    rf"(?:\d{{4}}{_RANGE_WORD}|ตั้งแต่[^\n]{{0,30}}?(?:ถึง|จนถึง)[ \t\u00a0]*)(?:วันที่\s*)?\Z"
)
# Cheap filters before the label regex: the character a label (or its
# "วันที่"/weekday tail) can end with, and the characters labels start with.
_LABEL_LAST_CHARS = frozenset("่ดอ์ศงyYdDnN")
_LABEL_RE = re.compile(
    "(?=[ปขณลอแวโเLlPpUu])(?:"
    + "|".join(f"(?P<L{i}>{p})" for i, (_, p) in enumerate(_LABELS))
    + ")"
    r"\s*[:：]?\s*(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s*)?(?:วัน[ก-๛]{0,12}?ที่\s*[:：]?\s*)?\Z"
)

# --------------------------------------------------------------------------- helpers


def _fold(text: str) -> tuple[str, list[int]]:
    """Thai digits -> Arabic (same length) and zero-width characters dropped.

    Returns the folded text and, per dropped character, its original index
    minus its rank: a folded index ``f`` maps back to ``f + bisect_right(shifts, f)``.
    """
    folded = text.translate(_FOLD)
    if not _INVISIBLE.intersection(folded):
        return folded, []
    shifts = [m.start() - rank for rank, m in enumerate(_INVISIBLE_RE.finditer(folded))]
    return folded.translate(_FOLD_DROP), shifts


def _unfold(index: int, shifts: list[int]) -> int:
    return index + bisect.bisect_right(shifts, index) if shifts else index


def _year(token: str | None) -> int | None:
    """CE year of a year token, era decided by value; None outside 2000-2100."""
    if not token:
        return None
    y = int(token)
    if len(token) == 2:
        y += 2500  # two-digit years on Thai pages are BE 25xx
    if y >= 2400:
        y -= 543
    return y if MIN_YEAR <= y <= MAX_YEAR else None


def _day(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _fy_month(fy_be: int, offset: int) -> tuple[int, int]:
    """(CE year, month) of the month ``offset`` (0 = October) of fiscal year ``fy_be``."""
    start = fiscal_year_range(fy_be)[0]
    idx = start.year * 12 + start.month - 1 + offset
    return idx // 12, idx % 12 + 1


def _fy_be(token: str | None) -> int | None:
    """Fiscal year (BE) named by a year token; CE values (FY2026) are converted."""
    ce = _year(token)
    return None if ce is None else ce + 543


def _fy_slice(fy_be: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    y1, m1 = _fy_month(fy_be, first)
    y2, m2 = _fy_month(fy_be, last)
    return dt.date(y1, m1, 1), _month_end(y2, m2)


def _th_month(s: str) -> int:
    return _TH_LOOKUP[re.sub(r"[.\s]", "", s)]


def _en_month(s: str) -> int:
    return _EN_LOOKUP[s.lower()]


def _local_date(when: dt.datetime) -> dt.date:
    return when.astimezone(THAI_TZ).date() if when.tzinfo else when.date()


@dataclass(slots=True)
class _Cand:
    start: int
    stop: int
    kind: str  # day | month | period | partial (day+month, no year) | quarter (needs a FY)
    date: dt.date | None = None
    end: dt.date | None = None
    day_month: tuple[int, int] | None = None  # partial
    span: tuple[int, int] | None = None  # quarter: month offsets in the FY
    fy: int | None = None  # fiscal-year labels: the FY (BE) they name


# --------------------------------------------------------------------------- matching


def _from_match(m: re.Match[str], text: str) -> _Cand | None:
    g = m.groupdict()
    s, e = m.span()
    if g["iy"]:
        if _VERSION_BEFORE.search(text, max(0, s - 12), s):
            return None
        y = _year(g["iy"])
        if y is None or len(g["iy"]) != 4:
            return None
        if g["itime"]:
            try:
                when = dt.datetime.fromisoformat(
                    f"{y:04d}-{int(g['im']):02d}-{int(g['id']):02d}T{g['itime'][1:]}"
                )
                return _Cand(s, e, "day", _local_date(when))
            except ValueError:
                pass
        iso_day = _day(y, int(g["im"]), int(g["id"]))
        return _Cand(s, e, "day", iso_day) if iso_day else None
    if g["fy1"]:
        fy1, fy2 = _fy_be(g["fy1"]), _fy_be(g["fy2"]) if g["fy2"] else None
        if fy1 is None or (g["fy2"] and (fy2 is None or not 0 < fy2 - fy1 <= 10)):
            return None
        return _Cand(
            s,
            e,
            "period",
            fiscal_year_range(fy1)[0],
            fiscal_year_range(fy2 or fy1)[1],
            fy=fy1 if not fy2 else None,
        )
    if g["q"]:
        q = int(g["q"])
        return _quarter(s, e, (3 * (q - 1), 3 * q - 1), g["qy"])
    if g["rn"] or g["half"]:
        n = int(g["rn"] or 6)
        second = (g["rh"] or g["half"]) == "หลัง"
        return _quarter(s, e, (12 - n, 11) if second else (0, n - 1), g["ry"])
    if g["ry1"] or g["ery1"]:
        if _NOT_PERIOD_BEFORE.search(text, max(0, s - 40), s):
            return None
        return _year_range(s, e, g["ry1"] or g["ery1"], g["ry2"] or g["ery2"])
    if g["nd"]:
        if _VERSION_BEFORE.search(text, max(0, s - 12), s):
            return None
        d, mo = int(g["nd"]), int(g["nm"])
        if mo > 12 >= d:  # unambiguous month-first (English CMS chrome)
            d, mo = mo, d
        day = _day(_year(g["ny"]), mo, d)
        return _Cand(s, e, "day", day) if day else None
    if g["bm"]:
        y, mo = _year(g["by"]), int(g["bm"])
        if y is None or _VERSION_BEFORE.search(text, max(0, s - 12), s):
            return None
        # A badge stands on lines of its own: "ข้อ 3 09.2563" is no date.
        alone = (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n")
        if not alone:
            return None
        if g["bd"]:
            day = _day(y, mo, int(g["bd"]))
            return _Cand(s, e, "day", day) if day else None
        return _Cand(s, e, "month", dt.date(y, mo, 1), _month_end(y, mo))
    if g["td"]:
        mo, d = _th_month(g["tm"]), int(g["td"])
        if g["ty"] is None:
            # no year: kept only as the start of a range ("1 ต.ค. – 31 ธ.ค. 2568"), else dropped
            if g["td0"]:
                return None
            return _Cand(s, e, "partial", day_month=(d, mo)) if 1 <= d <= 31 else None
        y = _year(g["ty"])
        day = _day(y, mo, d)
        if day is None:
            return None
        if g["td0"]:
            first = _day(y, mo, int(g["td0"]))
            return _Cand(s, e, "period", first, day) if first and first < day else None
        return _Cand(s, e, "day", day)
    if g["mr1"]:
        m1 = _th_month(g["mr1"])
        if g["my"]:  # month and year, no day
            y = _year(g["my"])
            return _Cand(s, e, "month", dt.date(y, m1, 1), _month_end(y, m1)) if y else None
        m2, y2 = _th_month(g["mr2"]), _year(g["mry2"])
        if y2 is None:
            return None
        y1 = _year(g["mry1"]) if g["mry1"] else (y2 if m1 <= m2 else y2 - 1)
        if y1 is None or (y1, m1) >= (y2, m2) or y2 - y1 > 10:
            return None
        return _Cand(s, e, "period", dt.date(y1, m1, 1), _month_end(y2, m2))
    if g["em"] or g["em2"]:
        mo = _en_month(g["em"] or g["em2"])
        day = _day(_year(g["ey"] or g["ey2"]), mo, int(g["ed"] or g["ed2"]))
        return _Cand(s, e, "day", day) if day else None
    if g["em3"]:
        y = _year(g["ey3"])
        if y is None:
            return None
        mo = _en_month(g["em3"])
        return _Cand(s, e, "month", dt.date(y, mo, 1), _month_end(y, mo))
    return None


def _year_range(s: int, e: int, first: str, last: str) -> _Cand | None:
    y1, y2 = int(first), int(last)
    if (
        (y1 >= 2400) != (y2 >= 2400)
        or not 0 < y2 - y1 <= 10
        or _year(first) is None
        or _year(last) is None
    ):
        return None
    if y1 >= 2400:  # BE plan periods follow fiscal years
        return _Cand(s, e, "period", fiscal_year_range(y1)[0], fiscal_year_range(y2)[1])
    return _Cand(s, e, "period", dt.date(y1, 1, 1), dt.date(y2, 12, 31))


def _quarter(s: int, e: int, span: tuple[int, int], year: str | None) -> _Cand | None:
    if year is None:
        return _Cand(s, e, "quarter", span=span)  # resolved later against a nearby FY label
    fy = _fy_be(year)
    if fy is None:
        return None
    first, last = _fy_slice(fy, *span)
    return _Cand(s, e, "period", first, last)


def _merge_ranges(cands: list[_Cand], text: str) -> list[_Cand]:
    """Join "<day> – <day>" pairs into one period; a year-less start borrows the end's year."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            a.kind in ("day", "partial")
            and b is not None
            and b.kind == "day"
            and b.date is not None
        ):
            gap = text[a.stop : b.start]
            if _CONN_GAP.fullmatch(gap):
                first = a.date
                if a.kind == "partial" and a.day_month:
                    d, m = a.day_month
                    first = _day(
                        b.date.year if (m, d) <= (b.date.month, b.date.day) else b.date.year - 1,
                        m,
                        d,
                    )
                if first and first < b.date and (b.date - first).days <= 3660:
                    out.append(_Cand(a.start, b.stop, "period", first, b.date))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _resolve_quarters(cands: list[_Cand]) -> list[_Cand]:
    """A quarter or round without its own year takes the nearest fiscal-year label (within 80 chars)."""
    labels = [c for c in cands if c.fy is not None]
    starts = [c.start for c in labels]
    out: list[_Cand] = []
    for c in cands:
        if c.kind != "quarter":
            out.append(c)
            continue
        i = bisect.bisect_left(starts, c.stop)
        near = []
        if i < len(labels) and labels[i].start - c.stop <= 80:
            near.append((labels[i].start - c.stop, labels[i]))
        if i > 0 and 0 <= c.start - labels[i - 1].stop <= 80:
            near.append((c.start - labels[i - 1].stop, labels[i - 1]))
        if near and c.span is not None:
            fy = min(near, key=lambda t: t[0])[1].fy
            assert fy is not None
            first, last = _fy_slice(fy, *c.span)
            out.append(_Cand(c.start, c.stop, "period", first, last))
    return out


def _label_before(text: str, start: int) -> str | None:
    tail = text[max(0, start - 16) : start].rstrip(" \t\n\u00a0:：,")
    if not tail or tail[-1] not in _LABEL_LAST_CHARS:
        return None
    m = _LABEL_RE.search(text, max(0, start - _LABEL_WINDOW), start)
    if not m:
        return None
    for i, (name, _) in enumerate(_LABELS):
        if m.group(f"L{i}"):
            return name
    return None


# A date a page quotes from another document or from history, not its own ("cited"):
# "ตามระเบียบ … ว่าด้วย … ลงวันที่ 12 ม.ค. 2566", "อ้างถึงหนังสือ ที่ มท 0808/ว 1 ลงวันที่ …",
# "จัดตั้งเมื่อวันที่ 1 มกราคม 2500". Looked for in the same line, shortly before the date.
_CITED_WINDOW = 120
_CITED_ALWAYS = re.compile(
    r"อ้างถึง|อาศัยอำนาจ|ว่าด้วย|พระราชบัญญัติ|พ\.ร\.บ|พระราชกฤษฎีกา|ราชกิจจานุเบกษา|กฎกระทรวง|"
    r"มีผลใช้บังคับ|ใช้บังคับตั้งแต่|ก่อตั้ง|จัดตั้ง|ยกฐานะ|เปลี่ยนแปลงฐานะ|เปลี่ยนฐานะ|ยกระดับ|"
    r"ประวัติความเป็นมา|รัฐธรรมนูญ|"
    # a person's profile: birth and appointment dates are biography, not the page's date
    r"ปีเกิด|วันเกิด|เกิดวันที่|เกิดเมื่อ|ได้รับการแต่งตั้ง|"
    # a narrative of what another body issued: "ด้วยคณะรักษาความสงบแห่งชาติได้มีประกาศฉบับที่ 96/2557 ประกาศ ณ วันที่ …"
    r"ได้มีประกาศ|ได้มีคำสั่ง"
)
# With "ลงวันที่" (the quoting form) these also mark a citation.
_CITED_WITH_LONG = re.compile(
    r"ตาม|ระเบียบ|หนังสือ|คำสั่ง|มติ|ประกาศ(?:คณะ|กระทรวง|กรม|จังหวัด|สำนักงาน|คสช)|ที่\s*[ก-๙]{1,6}\.?\s*[\d.]+\s*/"
)


def _cited(text: str, start: int, label: str | None, previous_stop: int) -> bool:
    """True when the date at ``start`` is quoted; the clause ends at the date before it."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _CITED_WINDOW, previous_stop) : start]
    if _CITED_ALWAYS.search(before):
        return True
    return label in ("ลงวันที่", "ลง") and bool(_CITED_WITH_LONG.search(before))


def find_dates(text: str, source: str = "text") -> list[FoundDate]:
    """Every date, month and period in ``text``, in order of position (see module docstring)."""
    if not text or not _DIGIT.search(text):
        return []  # every form has a digit (a day, a year, a quarter): a text without one has no date
    # Short texts (link texts, menu and footer lines) repeat on every page of a site.
    if len(text) <= _CACHED_LENGTH:
        return list(_find_dates_short(text, source))
    return _find_dates(text, source)


_CACHED_LENGTH = 300
_DIGIT = re.compile(r"\d")  # any script's digits: Thai ones are folded to Arabic for the forms


def _find_dates(text: str, source: str) -> list[FoundDate]:
    folded, shifts = _fold(text)
    cands = [c for m in _MASTER.finditer(folded) if (c := _from_match(m, folded)) is not None]
    cands = _resolve_quarters(_merge_ranges(cands, folded))
    found: list[FoundDate] = []
    previous_stop = 0
    for c in cands:
        if c.kind not in ("day", "month", "period") or c.date is None:
            continue
        if c.kind != "period" and (
            _OPEN_END.match(folded, c.stop)
            or _RANGE_END_BEFORE.search(folded, max(0, c.start - 48), c.start)
        ):
            continue  # a term of office ("… – ปัจจุบัน", "2538 – 31 พ.ค. 2543"): history, not the page's date
        start, stop = _unfold(c.start, shifts), _unfold(c.stop - 1, shifts) + 1
        label = _label_before(folded, c.start)
        kind = c.kind
        if kind == "day" and _cited(folded, c.start, label, previous_stop):
            kind = "cited"
        previous_stop = c.stop
        found.append(
            FoundDate(
                date=c.date,
                text=text[start:stop],
                source=source,
                kind=kind,
                end=c.end,
                label=label,
                position=start,
            )
        )
    return found


@functools.lru_cache(maxsize=16384)
def _find_dates_short(text: str, source: str) -> tuple[FoundDate, ...]:
    return tuple(_find_dates(text, source))


# --------------------------------------------------------------------------- single values

_ISO_VALUE = re.compile(
    r"(?P<y>\d{4})-?(?P<m>\d{2})(?:-?(?P<d>\d{2}))?"
    r"(?:[T ](?P<time>\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?)\s*(?P<tz>Z|[+\-]\d{2}(?::?\d{2})?)?)?"
)
_PDF_VALUE = re.compile(
    r"D:(?P<y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?(?P<H>\d{2})?(?P<M>\d{2})?(?P<S>\d{2})?"
    r"(?P<z>Z|[+\-])?(?P<zh>\d{2})?'?(?P<zm>\d{2})?'?"
)


def _iso_value(value: str) -> tuple[dt.date, str] | None:
    m = _ISO_VALUE.fullmatch(value)
    if not m:
        return None
    y = _year(m["y"])
    if y is None:
        return None
    if m["d"] is None:
        mo = int(m["m"])
        return (dt.date(y, mo, 1), "month") if 1 <= mo <= 12 else None
    day = _day(y, int(m["m"]), int(m["d"]))
    if day is None:
        return None
    if m["time"] and m["tz"]:
        tz = m["tz"] if m["tz"] == "Z" else m["tz"].replace(":", "").ljust(5, "0")
        digits = m["time"].replace(":", "").split(".")[0].split(",")[0].ljust(6, "0")
        try:
            when = dt.datetime.strptime(
                f"{day.isoformat()} {digits} {tz.replace('Z', '+0000')}", "%Y-%m-%d %H%M%S %z"
            )
        except ValueError:
            return day, "day"
        return _local_date(when), "day"
    return day, "day"


def _pdf_value(value: str) -> dt.date | None:
    m = _PDF_VALUE.match(value)
    if not m:
        return None
    y = _year(m["y"])
    day = _day(y, int(m["m"] or 1), int(m["d"] or 1))
    if day is None:
        return None
    if m["z"] and m["H"]:
        offset = dt.timedelta(0)
        if m["z"] != "Z":
            sign = 1 if m["z"] == "+" else -1
            offset = sign * dt.timedelta(hours=int(m["zh"] or 0), minutes=int(m["zm"] or 0))
        try:
            when = dt.datetime(
                day.year,
                day.month,
                day.day,
                int(m["H"]),
                int(m["M"] or 0),
                int(m["S"] or 0),
                tzinfo=dt.timezone(offset),
            )
        except ValueError:
            return day
        return _local_date(when)
    return day


def parse_date_value(value: str, source: str) -> FoundDate | None:
    """One machine-written date: ISO 8601, RFC 2822 (HTTP), PDF ``D:...``; else Thai text."""
    raw = (value or "").strip()
    if not raw:
        return None
    if raw.startswith("D:"):
        day = _pdf_value(raw)
        return FoundDate(day, raw, source) if day else None
    iso = _iso_value(raw.translate(_FOLD))
    if iso:
        day, kind = iso
        return FoundDate(
            day, raw, source, kind, _month_end(day.year, day.month) if kind == "month" else None
        )
    if re.match(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", raw):
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            when = None
        if when is not None and MIN_YEAR <= when.year <= MAX_YEAR:
            return FoundDate(_local_date(when), raw, source)
    found = find_dates(raw, source)
    return found[0] if found else None


# --------------------------------------------------------------------------- URLs

# Date shapes of the CMS families' URLs (checklist/platforms/): permalinks, upload folders, file names.
_URL_YMD = platforms.URL_DAYS
_URL_YM = platforms.URL_MONTHS
_URL_COMPACT = platforms.URL_COMPACT_DAYS
_URL_BE_YEAR = re.compile(r"(?<![0-9])(?P<y>25\d\d)(?![0-9])")


def _matches(shapes: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Match[str]]:
    return (m for shape in shapes for m in shape.finditer(text))


def dates_in_url(url: str) -> list[FoundDate]:
    """Dates in the percent-decoded path and query of ``url``; positions refer to that decoded string."""
    parts = urlsplit(url)
    path = unquote(parts.path) + ("?" + unquote(parts.query) if parts.query else "")
    path = path.translate(_FOLD)
    found: list[FoundDate] = []

    def add(fd: FoundDate) -> None:
        if not any((f.date, f.kind, f.end) == (fd.date, fd.kind, fd.end) for f in found):
            found.append(fd)

    taken: list[tuple[int, int]] = []
    for m in _matches(_URL_YMD, path):
        day = _day(_year(m["y"]), int(m["m"]), int(m["d"]))
        if day and len(m["y"]) == 4:
            add(FoundDate(day, m.group(), "url", position=m.start()))
            taken.append(m.span())
    for m in _matches(_URL_YM, path):
        y, mo = _year(m["y"]), int(m["m"])
        if y and 1 <= mo <= 12 and not any(a <= m.start() + 1 < b for a, b in taken):
            add(
                FoundDate(
                    dt.date(y, mo, 1),
                    m.group()[1:],
                    "url",
                    "month",
                    _month_end(y, mo),
                    position=m.start() + 1,
                )
            )
    for m in _matches(_URL_COMPACT, path):
        day = _day(_year(m["y"]), int(m["m"]), int(m["d"]))
        if day:
            add(FoundDate(day, m.group(), "url", position=m.start()))
    spaced = path.replace("/", " ")
    for variant in (spaced, re.sub(r"[-_+]", " ", spaced)):
        for fd in find_dates(variant, "url"):
            add(
                FoundDate(
                    fd.date,
                    path[fd.position : fd.position + len(fd.text)],
                    "url",
                    fd.kind,
                    fd.end,
                    None,
                    fd.position,
                )
            )
    name_start = path.rfind("/") + 1
    name = path[name_start:].split("?")[0]
    if not found and _URL_FY_WORDS.search(name):  # only when nothing else dates the URL
        years = _URL_BE_YEAR.findall(name)
        if len(years) == 1 and _year(years[0]):
            start, end = fiscal_year_range(int(years[0]))
            add(
                FoundDate(
                    start, years[0], "url", "period", end, None, name_start + name.find(years[0])
                )
            )
    return sorted(found, key=lambda f: f.position)


# --------------------------------------------------------------------------- choosing


@dataclass(frozen=True, slots=True)
class DateChoice:
    date: dt.date
    source: str
    text: str
    reason: str


# Strongest first; a source not listed ranks just above http-header.
_TIERS: tuple[tuple[str, ...], ...] = (
    ("meta", "jsonld", "time"),
    ("text",),
    ("pdf",),
    ("title",),
    ("link",),
    ("url",),
)
_UNLABELLED_SOURCES = frozenset({"url", "pdf-meta", "http-header"})
# A PDF's CreationDate/ModDate is the day a scanner or converter wrote the file, which nobody
# reading the document sees: a scanned order of years ago re-saved last week, a plan exported
# on the day it was uploaded. On the real-site corpus every item these alone dated is labelled
# undated, so they never date evidence (the document's printed date, source "pdf", does).
FILE_STAMPS = frozenset({"pdf-meta"})


def _effective(fd: FoundDate, as_of: dt.date) -> dt.date | None:
    """The day a candidate stands for: a day itself; a month its last day, or as_of while it runs."""
    if fd.kind == "day":
        return fd.date
    if fd.kind == "month":
        if fd.date > as_of:
            return None
        return min(fd.last_day, as_of)
    return None


def choose_date(
    candidates: Sequence[FoundDate], as_of: dt.date, chrome: frozenset[dt.date] = frozenset()
) -> DateChoice | None:
    """The date of one piece of evidence's own content, or None.

    Only days and months count (a month stands for its last day, or ``as_of``
    while the month is still running); periods never. Dropped: dates after
    ``as_of`` and dates in ``chrome``. Preference: labelled content dates
    (newest) > meta/jsonld/time > newest text date (on a list page the newest
    entry dates the list) > pdf text > title > link text > url > http-header.
    A PDF's metadata stamp (``FILE_STAMPS``) never dates it.
    """
    usable: list[tuple[dt.date, FoundDate]] = []
    future = in_chrome = 0
    cited = stamps = 0
    for fd in candidates:
        if fd.kind == "cited":  # a date quoted from another document never dates this one
            cited += 1
            continue
        if fd.source in FILE_STAMPS:
            stamps += 1
            continue
        day = _effective(fd, as_of)
        if day is None:
            future += fd.kind in ("day", "month")
            continue
        if day > as_of:
            future += 1
        elif day in chrome or fd.date in chrome:
            in_chrome += 1
        else:
            usable.append((day, fd))
    note = ", ".join(
        f"{n} {what} dropped"
        for n, what in (
            (future, "future"),
            (in_chrome, "site-chrome"),
            (cited, "cited"),
            (stamps, "file-stamp"),
        )
        if n
    )
    suffix = f" ({note})" if note else ""
    if not usable:
        return None
    labelled = [(d, fd) for d, fd in usable if fd.label and fd.source not in _UNLABELLED_SOURCES]
    if labelled:
        day, fd = max(labelled, key=lambda t: t[0])
        return DateChoice(day, fd.source, fd.text, f"labelled '{fd.label}' in {fd.source}{suffix}")
    ranked = {src: i for i, tier in enumerate(_TIERS) for src in tier}
    best_rank = min(
        ranked.get(fd.source, len(_TIERS)) + (fd.source == "http-header") for _, fd in usable
    )
    tier = [
        (d, fd)
        for d, fd in usable
        if ranked.get(fd.source, len(_TIERS)) + (fd.source == "http-header") == best_rank
    ]
    day, fd = max(tier, key=lambda t: t[0])
    sources = sorted({f.source for _, f in tier})
    where = "/".join(sources)
    what = f"newest of {len(tier)} dates in {where}" if len(tier) > 1 else f"only date in {where}"
    if fd.source == "http-header":
        what += " (server clock, weakest)"
    return DateChoice(day, fd.source, fd.text, what + suffix)
