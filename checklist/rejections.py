"""Pages that looked like evidence for an item and were not taken, with why (Thai and English).

A ``missing`` or ``undated`` verdict is only contestable when the auditor sees
the near misses: the best few candidates and the rule that turned each away.
The rules themselves live in :mod:`checklist.match`; this module only carries
their answers as records, ranks them and words them for people.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MAX_REJECTED = 3

# The matcher's reasons are worded in Thai where the rules are (checklist.match.REJECTION_TH).
# A reason without a Thai wording keeps its English and gets a generic Thai phrase, so a new
# matcher rule never shows up untranslated-and-empty.
GENERIC_TH = "ไม่นับเป็นหลักฐาน"

# Reasons the evaluation itself gives (not the matcher): key -> (English, Thai).
OWN_REASONS = {
    "hub": (
        "ITA/OIT index page: the criteria text it quotes is not evidence, its links are",
        "หน้ารวมลิงก์ ITA/OIT: ข้อความเกณฑ์ในหน้าไม่ใช่หลักฐาน ต้องเป็นเอกสารที่ลิงก์ไป",
    ),
    "broken": (
        "the link names it but its target answers an error ({error})",
        "ลิงก์ระบุชื่อข้อนี้ แต่เปิดไม่ได้ ({error})",
    ),
}

# How much a signal looks like evidence: where the item's words were found.
WHERE_WEIGHT = {"link": 4.0, "heading": 3.0, "title": 2.0, "content": 1.0, "url": 1.0}
OWN_WEIGHT = {"broken": 6.0, "hub": 5.0}  # a dead link or an index naming it: the nearest misses


@dataclass(frozen=True, slots=True)
class Rejection:
    """One page turned away for one item or part; ``score`` orders them, best first."""

    url: str
    title: str
    reason: str  # "English / Thai", as shared/contract.md shows it
    score: float = 0.0


def matcher_reason(english: str) -> str:
    """The matcher's reason in English and Thai."""
    from .match import (
        REJECTION_TH,  # here: checklist.model imports this module, match imports model
    )

    return f"{english} / {REJECTION_TH.get(english, GENERIC_TH)}"


def own_reason(key: str, **values: str) -> str:
    english, thai = OWN_REASONS[key]
    return f"{english.format(**values)} / {thai.format(**values)}"


def signal_score(terms_by_where: dict[str, list[str]], mentions: int = 0) -> float:
    """A near miss with its words in a link or heading looks more like evidence than a passing mention."""
    return sum(
        WHERE_WEIGHT.get(w, 0.5) for w, terms in terms_by_where.items() if terms
    ) + 0.25 * min(mentions, 4)


def best(rejections: Iterable[Rejection], limit: int = MAX_REJECTED) -> tuple[Rejection, ...]:
    """The ``limit`` best, one per URL, highest score first (ties: shorter URL, then URL)."""
    by_url: dict[str, Rejection] = {}
    for r in rejections:
        if r.url not in by_url or r.score > by_url[r.url].score:
            by_url[r.url] = r
    return tuple(sorted(by_url.values(), key=lambda r: (-r.score, len(r.url), r.url))[:limit])
