"""What each item and part asks an agency to publish (data in guidance.toml), and the advice
for one agency: every item or part that is not ``ok``, with what was found and what was
passed over (the report's ``rejected`` candidates, when the evaluation gives them).

Pure: reads one agency of a report through the small read-only views below (the report's
records, reports.model, fit them; this layer does not import the one above), returns records.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from checklist.definitions import ChecklistError, read_toml
from checklist.statuses import Status

GUIDANCE_PATH = Path(__file__).with_name("guidance.toml")
_TEXT_FIELDS = ("asks_th", "asks_en", "places_th", "places_en", "when_th", "when_en")


class PageView(Protocol):
    """A page of a report entry: evidence (no reason) or a page passed over (with one)."""

    @property
    def url(self) -> str: ...
    @property
    def title(self) -> str: ...


class EvidenceView(PageView, Protocol):
    @property
    def date(self) -> str | None: ...


class RejectedView(PageView, Protocol):
    @property
    def reason(self) -> str: ...


class VerdictView(Protocol):
    """What an item or a part of one carries in a report (``rejected`` None: the report does not say)."""

    @property
    def status(self) -> str: ...
    @property
    def last_updated(self) -> str | None: ...
    @property
    def title_th(self) -> str: ...
    @property
    def title_en(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def evidence(self) -> Sequence[EvidenceView]: ...
    @property
    def rejected(self) -> Sequence[RejectedView] | None: ...


class PartView(VerdictView, Protocol):
    @property
    def key(self) -> str: ...


class ItemView(VerdictView, Protocol):
    @property
    def code(self) -> str: ...
    @property
    def parts(self) -> Sequence[PartView]: ...


class AgencyView(Protocol):
    @property
    def items(self) -> Sequence[ItemView]: ...


@dataclass(frozen=True, slots=True)
class Wording:
    """What the measure asks for one item or part, and where it usually sits."""

    key: str  # "5.2" or "5.1:structure"
    asks_th: str
    asks_en: str
    titles: tuple[str, ...]
    places_th: str
    places_en: str
    when_th: str
    when_en: str


@dataclass(frozen=True, slots=True)
class Guidance:
    version: str
    checklist_version: str
    general_th: str
    general_en: str
    entries: Mapping[str, Wording]


@dataclass(frozen=True, slots=True)
class Page:
    """A page that was taken as evidence (``reason`` empty) or passed over (``reason`` says why)."""

    url: str
    title: str
    date: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Advice:
    """One item or part that is not ok: what to publish, where, and what the check saw."""

    key: str
    code: str
    part: str  # "main" for items without parts
    status: str
    title_th: str
    title_en: str
    wording: Wording
    found: tuple[Page, ...]  # evidence taken (stale / undated: the dates are the problem)
    rejected: tuple[Page, ...] | None  # None: this report does not say (older evaluation)
    reason: str  # the machine's reason (stale: dates and cutoff)


def entry_key(code: str, part: str) -> str:
    return code if part == "main" else f"{code}:{part}"


@functools.cache
def load_guidance(path: Path = GUIDANCE_PATH) -> Guidance:
    """Read guidance.toml; ChecklistError (one line) for a broken file."""
    data = read_toml(path)
    entries: dict[str, Wording] = {}
    for key, raw in (data.get("entries") or {}).items():
        missing = [f for f in (*_TEXT_FIELDS, "titles") if not raw.get(f)]
        if missing:
            raise ChecklistError(f"{path}: entries.{key!r} lacks {missing[0]}")
        entries[key] = Wording(
            key=key, titles=tuple(raw["titles"]), **{f: str(raw[f]) for f in _TEXT_FIELDS}
        )
    return Guidance(
        version=str(data.get("version", "")),
        checklist_version=str(data.get("checklist_version", "")),
        general_th=str(data.get("general_th", "")),
        general_en=str(data.get("general_en", "")),
        entries=MappingProxyType(entries),
    )


def _found(evidence: Sequence[EvidenceView]) -> tuple[Page, ...]:
    return tuple(Page(url=e.url, title=e.title, date=e.date) for e in evidence if e.url)


def _passed_over(rejected: Sequence[RejectedView]) -> tuple[Page, ...]:
    return tuple(Page(url=r.url, title=r.title, reason=r.reason) for r in rejected if r.url)


def entries_of(agency: AgencyView) -> list[tuple[ItemView, VerdictView, str]]:
    """(item, entry, part key) for every judged unit: an item without parts, or each part."""
    units: list[tuple[ItemView, VerdictView, str]] = []
    for item in agency.items:
        if item.parts:
            units += [(item, p, p.key) for p in item.parts]
        else:
            units.append((item, item, "main"))
    return units


def advice_for(agency: AgencyView, guidance: Guidance | None = None) -> list[Advice]:
    """Advice for each item or part of one report agency that is stale, undated or missing."""
    guidance = guidance or load_guidance()
    out = []
    for item, entry, part in entries_of(agency):
        status = entry.status
        if status in (
            Status.OK,
            Status.NOT_CHECKED,
        ):  # not_checked: the crawl fell short, nothing to advise
            continue
        key = entry_key(item.code, part)
        wording = guidance.entries.get(key)
        if wording is None:  # a checklist newer than the guidance: say nothing rather than guess
            continue
        out.append(
            Advice(
                key=key,
                code=item.code,
                part=part,
                status=status,
                title_th=entry.title_th,
                title_en=entry.title_en,
                wording=wording,
                found=_found(entry.evidence),
                rejected=None if entry.rejected is None else _passed_over(entry.rejected),
                reason=entry.reason,
            )
        )
    return out
