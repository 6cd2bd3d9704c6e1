"""The status vocabulary, written once: verdicts and crawl statuses, their orders, Thai and
English words, symbols and colours. Pure data, no I/O.

Every layer reads it here: the evaluation (roll-up order), history (severity), the report JSON
(summary order), every report format (words, symbols, colours), the web app and the CLI. A new
status or a new colour is one row below.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Status(StrEnum):
    """The verdict on an item or a part (shared/contract.md), in the contract's order.

    A ``StrEnum``: each member *is* its string, so stored rows, JSON and plain ``"ok"``
    compare, hash and serialise alike.
    """

    OK = "ok"
    STALE = "stale"
    UNDATED = "undated"
    MISSING = "missing"
    NOT_CHECKED = "not_checked"  # the crawl fell short: no observation of compliance


class CrawlStatus(StrEnum):
    """How far the crawl of one site got (shared/contract.md)."""

    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class StatusLook:
    """How people see a verdict.

    ``meaning``: what the verdict says, for legends; ``why``: the cause in a few words, for
    the row of an item that is not ok. Colours: ``ink`` on ``paper`` for chips and spreadsheet
    cells, ``on_fill`` on ``fill`` for chart bars (bold labels), ``terminal`` a rich colour;
    ``abbrev`` at most five characters for narrow plain-text columns.
    """

    th: str
    en: str
    symbol: str
    meaning: tuple[str, str]
    why: tuple[str, str]
    ink: str
    paper: str
    fill: str
    on_fill: str
    terminal: str
    abbrev: str


@dataclass(frozen=True, slots=True)
class CrawlLook:
    """How people see a crawl status: ``th`` and ``en`` words, a symbol, a rich colour."""

    th: str
    en: str
    symbol: str
    terminal: str


_S = Status
STATUS_LOOKS: Mapping[Status, StatusLook] = MappingProxyType(
    {
        _S.OK: StatusLook(
            "เป็นปัจจุบัน",
            "up to date",
            "✔",
            meaning=(
                "พบหลักฐาน และวันที่ล่าสุดไม่เก่ากว่าเกณฑ์",
                "evidence found, newest date within the limit",
            ),
            why=("", ""),
            ink="#17693a",
            paper="#dff3e6",
            fill="#2e9d55",
            on_fill="#fff",
            terminal="green",
            abbrev="ok",
        ),
        _S.STALE: StatusLook(
            "ไม่เป็นปัจจุบัน",
            "stale",
            "⚠",
            meaning=(
                "พบหลักฐาน แต่วันที่ล่าสุดเก่ากว่าเกณฑ์",
                "evidence found, newest date older than the limit",
            ),
            why=("ข้อมูลล่าสุดเก่ากว่าเกณฑ์", "newest date older than the limit"),
            ink="#7a4a00",
            paper="#ffeccc",
            fill="#e39b21",
            on_fill="#000",
            terminal="yellow",
            abbrev="stale",
        ),
        _S.UNDATED: StatusLook(
            "ไม่ระบุวันที่",
            "undated",
            "?",
            meaning=("พบหลักฐาน แต่ระบุวันที่ไม่ได้", "evidence found, no date could be attributed"),
            why=("พบหลักฐาน แต่ไม่พบวันที่", "evidence found, no date"),
            ink="#0a5c78",
            paper="#dcf0f7",
            fill="#3a9cc0",
            on_fill="#000",
            terminal="cyan",
            abbrev="undat",
        ),
        _S.MISSING: StatusLook(
            "ไม่พบ",
            "missing",
            "✘",
            meaning=("เก็บข้อมูลครบแล้วไม่พบหลักฐาน", "complete crawl, no evidence found"),
            why=("ไม่พบหลักฐาน ทั้งที่เก็บข้อมูลครบ", "no evidence on a complete crawl"),
            ink="#a11d16",
            paper="#fde3e1",
            fill="#d0463c",
            on_fill="#fff",
            terminal="red",
            abbrev="MISS",
        ),
        _S.NOT_CHECKED: StatusLook(
            "ตรวจไม่ได้",
            "not checked",
            "–",
            meaning=(
                "เก็บข้อมูลไม่ครบหรือถูกปิดกั้น จึงสรุปว่าไม่มีไม่ได้",
                "crawl failed, blocked or cut short: absence cannot be concluded",
            ),
            why=("เก็บข้อมูลไม่ครบ จึงสรุปไม่ได้", "crawl incomplete: absence not concluded"),
            ink="#4a4a4a",
            paper="#ececec",
            fill="#9e9e9e",
            on_fill="#000",
            terminal="dim",
            abbrev="n/c",
        ),
    }
)

CRAWL_LOOKS: Mapping[CrawlStatus, CrawlLook] = MappingProxyType(
    {
        CrawlStatus.OK: CrawlLook("ครบถ้วน", "complete", "✔", "green"),
        CrawlStatus.PARTIAL: CrawlLook("ไม่ครบถ้วน", "partial", "◐", "yellow"),
        CrawlStatus.FAILED: CrawlLook("ล้มเหลว", "failed", "✘", "red"),
    }
)

# The contract's order: the report's ``summary`` keys, override choices, error messages.
STATUSES: tuple[Status, ...] = tuple(Status)
# Good to bad, unknown last: legends, counts, stacked bars, trends.
BEST_FIRST: tuple[Status, ...] = (_S.OK, _S.UNDATED, _S.STALE, _S.MISSING, _S.NOT_CHECKED)
# The statuses that observe compliance, best to worst: their index is history's severity
# (a not-checked run neither fixes nor breaks anything).
COMPLIANCE: tuple[Status, ...] = BEST_FIRST[:-1]
# Rolling parts up into an item: the worst part decides, and an unread part (not_checked)
# outranks any verdict on evidence, since the item cannot be called stale, undated or ok.
WORST_FIRST: tuple[Status, ...] = (_S.MISSING, _S.NOT_CHECKED, _S.STALE, _S.UNDATED, _S.OK)
NO_EVIDENCE = frozenset({_S.MISSING, _S.NOT_CHECKED})  # verdicts that found nothing
EXPLAINED = frozenset(
    {_S.MISSING, _S.UNDATED}
)  # verdicts that carry their near misses (``rejected``)
CRAWL_STATUSES: tuple[CrawlStatus, ...] = tuple(CrawlStatus)


def look(status: str) -> StatusLook:
    """The look of a verdict; ValueError for a string that is none."""
    return STATUS_LOOKS[Status(status)]


def crawl_look(status: str) -> CrawlLook | None:
    """The look of a crawl status, None for a row still pending or running."""
    try:
        return CRAWL_LOOKS[CrawlStatus(status)]
    except ValueError:
        return None
