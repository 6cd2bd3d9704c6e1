"""Thai text normalisation and calendar helpers shared by every matcher and extractor.

Everything that compares Thai text goes through :func:`normalize` first, so the
matcher, the date extractor and the chrome detector agree on what "the same
text" is.

>>> normalize("แผน\u200bการจัดซื้อ  ปี ๒๕๖๙")
'แผนการจัดซื้อ ปี 2569'
>>> fiscal_year_range(2569)
(datetime.date(2025, 10, 1), datetime.date(2026, 9, 30))
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

__all__ = [
    "BE_OFFSET",
    "be_to_ce",
    "ce_to_be",
    "fiscal_year_of",
    "fiscal_year_range",
    "normalize",
    "thai_digits_to_arabic",
]

BE_OFFSET = 543

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# Zero-width and invisible characters that Thai CMS editors leave between words.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")
# Typing-order variants that render identically (pythainlp.util.normalize covers
# more, but it is slow on long pages; these are the ones seen on agency sites).
_REORDER = (
    ("\u0e4d\u0e32", "\u0e33"),  # nikhahit + sara aa -> sara am
    ("\u0e33\u0e48", "\u0e48\u0e33"),  # sara am typed before mai ek
    ("\u0e33\u0e49", "\u0e49\u0e33"),  # sara am typed before mai tho
    ("เเ", "แ"),  # two sara e typed for sara ae
)
_DUP_MARKS = re.compile(r"([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1+")


def thai_digits_to_arabic(text: str) -> str:
    """Replace Thai digits ๐–๙ with 0–9."""
    return text.translate(_THAI_DIGITS)


def normalize(text: str) -> str:
    """NFC, no invisible characters, Arabic digits, one space between words, lower-case Latin.

    The result keeps every visible Thai character, so offsets of a match can be
    shown to a person as the matched text.
    """
    if not text:
        return ""
    # Short texts (menu entries, link texts, footer lines) repeat on every page of a
    # site: they are normalised once. Long ones are not kept, so memory stays bounded.
    return _normalize_short(text) if len(text) <= _CACHED_LENGTH else _normalize(text)


_CACHED_LENGTH = 300
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_THAI_DIGIT_RE = re.compile("[\u0e50-\u0e59]")


def _normalize(text: str) -> str:
    # Invisible characters go first: NFC must see the marks they separated as neighbours,
    # so that normalize() is idempotent. (str.translate walks Thai text character by
    # character in Python's slow path: a regex search first is several times faster.)
    if _INVISIBLE_RE.search(text):
        text = text.translate(_INVISIBLE)
    text = unicodedata.normalize("NFC", text)
    if _THAI_DIGIT_RE.search(text):
        text = text.translate(_THAI_DIGITS)
    for _ in range(4):  # a fix can expose another (ํา่่ -> ่ำ่ -> ่ำ); stop when stable
        fixed = text
        for wrong, right in _REORDER:
            if wrong in fixed:
                fixed = fixed.replace(wrong, right)
        fixed = _DUP_MARKS.sub(r"\1", fixed)
        if fixed == text:
            break
        text = unicodedata.normalize("NFC", fixed)
    return _SPACES.sub(" ", text).strip().lower()


_normalize_short = functools.lru_cache(maxsize=16384)(_normalize)


def be_to_ce(year: int) -> int:
    """Buddhist-era year to Common-era year (2569 -> 2026)."""
    return year - BE_OFFSET


def ce_to_be(year: int) -> int:
    """Common-era year to Buddhist-era year (2026 -> 2569)."""
    return year + BE_OFFSET


def fiscal_year_range(fy_be: int) -> tuple[dt.date, dt.date]:
    """First and last day of Thai fiscal year ``fy_be`` (BE): 1 Oct of the year before to 30 Sep."""
    ce = be_to_ce(fy_be)
    return dt.date(ce - 1, 10, 1), dt.date(ce, 9, 30)


def fiscal_year_of(day: dt.date) -> int:
    """The Thai fiscal year (BE) that ``day`` falls in."""
    return ce_to_be(day.year + 1 if day.month >= 10 else day.year)
