"""The report as records (reports.model): made from evaluations and the rows they came from. Pure.

oit/report.py reads the store, evaluates, and calls :func:`report_record`; renderers
(reports.html, reports.formats, reports.terminal, the web app) read the records, and
:meth:`reports.model.Report.to_json` gives the ``oit-report/1`` JSON (shared/contract.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from checklist.definitions import Checklist
from checklist.evaluate import SiteEvaluation
from checklist.model import MAIN, Evidence, Finding
from checklist.statuses import CRAWL_STATUSES, EXPLAINED
from reports.model import (
    SCHEMA,
    Agency,
    Crawl,
    EvidenceRow,
    Item,
    Override,
    Part,
    RejectedRow,
    Report,
    Run,
    with_override,
)

__all__ = [
    "SCHEMA",
    "OverrideKey",
    "agency_record",
    "agency_with_overrides",
    "item_record",
    "part_record",
    "report_record",
    "with_overrides",
]

# An override in force, by (agency id, item code, part key or MAIN).
OverrideKey = tuple[str, str, str]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def evidence_row(evidence: Evidence) -> EvidenceRow:
    return EvidenceRow(
        url=evidence.url,
        title=evidence.title,
        date=_iso(evidence.date),
        date_source=evidence.date_source,
        terms=tuple(evidence.terms),
        where=tuple(evidence.where),
    )


def _verdict(finding: Finding, titles: tuple[str, str]) -> dict[str, Any]:
    """The fields an item and a part share (reports.model.Verdict)."""
    from reports.reasons import bilingual  # reports.labels (its dates) imports this module

    return {
        "status": str(finding.status),  # plain strings from here on
        "last_updated": _iso(finding.last_updated),
        "title_th": titles[0],
        "title_en": titles[1],
        "reason": bilingual(finding.reason),
        "evidence": tuple(evidence_row(e) for e in finding.evidence),
        # shared/contract.md: near misses, best first (() = none came close); None = no such key
        "rejected": tuple(RejectedRow(r.url, r.title, r.reason) for r in finding.rejected)
        if finding.status in EXPLAINED
        else None,
    }


def part_record(finding: Finding, titles: tuple[str, str]) -> Part:
    return Part(key=finding.part, **_verdict(finding, titles))


def item_record(finding: Finding, titles: tuple[str, str], parts: tuple[Part, ...] = ()) -> Item:
    return Item(code=finding.code, parts=parts, **_verdict(finding, titles))


def agency_record(
    evaluation: SiteEvaluation,
    checklist: Checklist,
    crawl: Mapping[str, Any],
    agency: Mapping[str, Any],
) -> Agency:
    """One agency of the report: its crawl row and the evaluation of that crawl."""
    items = []
    for finding in evaluation.items:
        item = checklist.item(finding.code)
        part_titles = {p.key: (p.title_th, p.title_en) for p in item.parts}
        parts = tuple(
            part_record(p, part_titles[p.part]) for p in evaluation.parts.get(finding.code, ())
        )
        items.append(item_record(finding, (item.title_th, item.title_en), parts))
    status = crawl["status"] if crawl["status"] in CRAWL_STATUSES else "failed"
    return Agency(
        id=agency["id"],
        name=agency.get("name") or agency["id"],
        url=crawl.get("url") or agency.get("url"),
        province=agency.get("province") or "",
        type=agency.get("type") or "",
        crawl=Crawl(
            status=status,
            finished_at=crawl.get("finished_at"),
            pages=crawl.get("pages") or 0,
            error=crawl.get("error") if status != "ok" else None,
            reason=crawl.get("reason") or "",
        ),
        items=tuple(items),
    )


def report_record(
    run: Mapping[str, Any],
    as_of: dt.date,
    generated_at: str,
    max_age_months: int,
    checklist_version: str,
    agencies: list[Agency],
) -> Report:
    """The whole report of one run, its agencies already made by :func:`agency_record`."""
    return Report(
        generated_at=generated_at,
        as_of=as_of.isoformat(),
        max_age_months=max_age_months,
        checklist_version=checklist_version,
        run=Run(run["id"], run["kind"], run["started_at"], run["finished_at"], run["status"]),
        agencies=tuple(agencies),
    )


def with_overrides(report: Report, in_force: Mapping[OverrideKey, Mapping[str, Any]]) -> Report:
    """The report with the auditor overrides in force beside the machine's status (``override``)."""
    if not in_force:
        return report
    return replace(
        report, agencies=tuple(agency_with_overrides(a, in_force) for a in report.agencies)
    )


def agency_with_overrides(
    agency: Agency, in_force: Mapping[OverrideKey, Mapping[str, Any]]
) -> Agency:
    """One agency with the overrides in force on its items and parts."""
    items = []
    for item in agency.items:
        for key in [MAIN, *(p.key for p in item.parts)]:
            override = in_force.get((agency.id, item.code, key))
            if override:
                item = with_override(
                    item, None if key == MAIN else key, Override.from_json(override)
                )
        items.append(item)
    return replace(agency, items=tuple(items))
