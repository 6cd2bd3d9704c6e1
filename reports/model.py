"""The report as typed records: report → agency → item → part → evidence / rejected / override.

reports.build makes them from evaluations; every renderer (HTML, terminal, CSV/XLSX, the web
app's pages, ics, the submission sheet) reads them. They become the ``oit-report/1`` JSON
(shared/contract.md) only at the edge, in :meth:`Report.to_json`; :meth:`Report.from_json` reads
such JSON back (a stored self-check, a report file, a test's own) into the same records.

Days stay ISO strings (``YYYY-MM-DD``, or None), as the contract writes them: renderers print
them as given and compare them as text. Pure; no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from checklist.statuses import STATUSES, WORST_FIRST

SCHEMA = "oit-report/1"
Json = dict[str, Any]  # the contract's shape, only at the edge


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """A page taken as evidence, with its date and where that date came from."""

    url: str
    title: str = ""
    date: str | None = None
    date_source: str | None = None
    terms: tuple[str, ...] = ()
    where: tuple[str, ...] = ()

    def to_json(self) -> Json:
        return {
            "url": self.url,
            "title": self.title,
            "date": self.date,
            "date_source": self.date_source,
            "terms": list(self.terms),
            "where": list(self.where),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EvidenceRow:
        return cls(
            url=str(data.get("url") or ""),
            title=data.get("title") or "",
            date=data.get("date"),
            date_source=data.get("date_source"),
            terms=tuple(data.get("terms") or ()),
            where=tuple(data.get("where") or ()),
        )


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A page that looked like evidence and was not taken; ``reason`` is "English / Thai"."""

    url: str
    title: str = ""
    reason: str = ""

    def to_json(self) -> Json:
        return {"url": self.url, "title": self.title, "reason": self.reason}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RejectedRow:
        return cls(
            url=str(data.get("url") or ""),
            title=data.get("title") or "",
            reason=data.get("reason") or "",
        )


@dataclass(frozen=True, slots=True)
class Override:
    """An auditor's verdict in force beside the machine's status (checklist.history.override_json)."""

    status: str
    reason: str
    by: str
    at: str
    id: int | None = None
    valid_from: str | None = None
    until: str | None = None

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "status": self.status,
            "reason": self.reason,
            "by": self.by,
            "at": self.at,
            "from": self.valid_from,
            "until": self.until,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Override:
        return cls(
            status=str(data.get("status") or ""),
            reason=data.get("reason") or "",
            by=data.get("by") or "",
            at=data.get("at") or "",
            id=data.get("id"),
            valid_from=data.get("from"),
            until=data.get("until"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """What an item or a part of one carries: the machine's status, its dates and pages, and an
    auditor's override when one is in force. ``rejected`` is None where the contract has no such
    key (statuses other than missing/undated); an empty tuple means nothing came close."""

    status: str
    last_updated: str | None = None
    title_th: str = ""
    title_en: str = ""
    reason: str = ""
    evidence: tuple[EvidenceRow, ...] = ()
    rejected: tuple[RejectedRow, ...] | None = None
    override: Override | None = None

    @property
    def overridden(self) -> bool:
        """It or one of its parts carries an auditor override."""
        return self.override is not None

    @property
    def shown_status(self) -> str:
        """The status people act on: the auditor's override when there is one, else the machine's."""
        if self.override and self.override.status in STATUSES:
            return self.override.status
        return self.status

    def _json(self) -> Json:
        data: Json = {
            "status": self.status,
            "last_updated": self.last_updated,
            "title_th": self.title_th,
            "title_en": self.title_en,
            "reason": self.reason,
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.rejected is not None:
            data["rejected"] = [r.to_json() for r in self.rejected]
        return data

    @staticmethod
    def _fields(data: Mapping[str, Any]) -> Json:
        rejected = data.get("rejected")
        override = data.get("override")
        return {
            "status": str(data.get("status") or ""),
            "last_updated": data.get("last_updated"),
            "title_th": data.get("title_th") or "",
            "title_en": data.get("title_en") or "",
            "reason": data.get("reason") or "",
            "evidence": tuple(EvidenceRow.from_json(e) for e in data.get("evidence") or ()),
            "rejected": None
            if rejected is None
            else tuple(RejectedRow.from_json(r) for r in rejected),
            "override": Override.from_json(override) if override else None,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Part(Verdict):
    """A part of a two-part item (5.1, 5.7), judged on its own."""

    key: str

    def to_json(self) -> Json:
        data = {"key": self.key, **self._json()}
        if self.override:
            data["override"] = self.override.to_json()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Part:
        return cls(key=str(data.get("key") or ""), **cls._fields(data))


@dataclass(frozen=True, slots=True, kw_only=True)
class Item(Verdict):
    """One checklist item of one agency; an item with parts takes its status from them."""

    code: str
    parts: tuple[Part, ...] = ()

    @property
    def overridden(self) -> bool:
        return self.override is not None or any(p.override for p in self.parts)

    @property
    def shown_status(self) -> str:
        """An item whose parts were overridden takes its worst part's shown status (README,
        "Sub-parts"), so a part override shows on the overview too."""
        if self.override and self.override.status in STATUSES:
            return self.override.status
        if any(p.override for p in self.parts):
            return min((p.shown_status for p in self.parts), key=WORST_FIRST.index)
        return self.status

    def units(self) -> list[tuple[Verdict, str]]:
        """The item then its parts, each with its part key ('' for the item itself)."""
        return [(self, ""), *((p, p.key) for p in self.parts)]

    def to_json(self) -> Json:
        data = {"code": self.code, **self._json()}
        if self.parts:
            data["parts"] = [p.to_json() for p in self.parts]
        if self.override:
            data["override"] = self.override.to_json()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Item:
        return cls(
            code=str(data["code"]),
            parts=tuple(Part.from_json(p) for p in data.get("parts") or ()),
            **cls._fields(data),
        )


@dataclass(frozen=True, slots=True)
class Crawl:
    """How the crawl of one agency went (``status``: ok, partial, failed)."""

    status: str
    finished_at: str | None = None
    pages: int = 0
    error: str | None = None
    reason: str = ""

    def to_json(self) -> Json:
        return {
            "status": self.status,
            "finished_at": self.finished_at,
            "pages": self.pages,
            "error": self.error,
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Crawl:
        return cls(
            status=str(data.get("status") or "failed"),
            finished_at=data.get("finished_at"),
            pages=data.get("pages") or 0,
            error=data.get("error"),
            reason=data.get("reason") or "",
        )


@dataclass(frozen=True, slots=True)
class Agency:
    id: str
    name: str
    url: str | None
    crawl: Crawl
    items: tuple[Item, ...] = ()
    province: str = ""
    type: str = ""

    @property
    def summary(self) -> dict[str, int]:
        """Items per machine status, in the vocabulary's order."""
        return {s: sum(1 for i in self.items if i.status == s) for s in STATUSES}

    def units(self) -> Iterator[tuple[Item, Verdict, str]]:
        """(item, item or part, part key '' for the item) in checklist order."""
        for item in self.items:
            for entry, part in item.units():
                yield item, entry, part

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "name": self.name,
            "url": self.url,
            "province": self.province,
            "type": self.type,
            "crawl": self.crawl.to_json(),
            "items": [i.to_json() for i in self.items],
            "summary": self.summary,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Agency:
        return cls(
            id=str(data["id"]),
            name=data.get("name") or str(data["id"]),
            url=data.get("url"),
            crawl=Crawl.from_json(data.get("crawl") or {}),
            items=tuple(Item.from_json(i) for i in data.get("items") or ()),
            province=data.get("province") or "",
            type=data.get("type") or "",
        )


@dataclass(frozen=True, slots=True)
class Run:
    id: int
    kind: str
    started_at: str | None
    finished_at: str | None
    status: str

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "kind": self.kind,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "status": self.status,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Run:
        return cls(
            id=data["id"],
            kind=data.get("kind") or "",
            started_at=data.get("started_at"),
            finished_at=data.get("finished_at"),
            status=data.get("status") or "",
        )


@dataclass(frozen=True, slots=True)
class Report:
    """The report of one run as of one day. ``run`` and ``checklist_version`` are None only in a
    report read from JSON that lacked them."""

    generated_at: str
    as_of: str
    max_age_months: int | None
    agencies: tuple[Agency, ...] = ()
    checklist_version: str | None = None
    run: Run | None = None
    schema: str = field(default=SCHEMA)

    def items(self) -> list[Item]:
        return [i for a in self.agencies for i in a.items]

    def item_codes(self) -> list[str]:
        """The item codes in checklist order (every agency has all of them)."""
        return list(dict.fromkeys(i.code for i in self.items()))

    def to_json(self) -> Json:
        """The ``oit-report/1`` JSON: the one place the records become the contract's shape."""
        data: Json = {
            "schema": self.schema,
            "generated_at": self.generated_at,
            "as_of": self.as_of,
            "policy": {"max_age_months": self.max_age_months},
        }
        if self.checklist_version is not None:
            data["checklist_version"] = self.checklist_version
        if self.run is not None:
            data["run"] = self.run.to_json()
        data["agencies"] = [a.to_json() for a in self.agencies]
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Report:
        run = data.get("run")
        return cls(
            generated_at=data.get("generated_at") or "",
            as_of=str(data["as_of"]),
            max_age_months=(data.get("policy") or {}).get("max_age_months"),
            agencies=tuple(Agency.from_json(a) for a in data.get("agencies") or ()),
            checklist_version=data.get("checklist_version"),
            run=Run.from_json(run) if run else None,
            schema=data.get("schema") or SCHEMA,
        )


def as_report(report: Report | Mapping[str, Any]) -> Report:
    """The records of a report given either way: renderers take a stored or hand-written JSON too."""
    return report if isinstance(report, Report) else Report.from_json(report)


def as_agency(agency: Agency | Mapping[str, Any]) -> Agency:
    return agency if isinstance(agency, Agency) else Agency.from_json(agency)


def with_override(item: Item, part: str | None, override: Override) -> Item:
    """``item`` with ``override`` on itself (``part`` None) or on its part ``part``."""
    if part is None:
        return replace(item, override=override)
    return replace(
        item, parts=tuple(replace(p, override=override) if p.key == part else p for p in item.parts)
    )
