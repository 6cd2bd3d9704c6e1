"""The report as data (``oit-report/1``, see shared/contract.md): the shape of the JSON. Pure.

It takes evaluations and the rows they came from, and gives them the contract's shape;
oit/report.py reads the store, evaluates, and calls it. Renderers (reports.html,
reports.formats, reports.terminal) read the dict this builds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from checklist.definitions import Checklist
from checklist.evaluate import SiteEvaluation
from checklist.model import MAIN, Evidence, Finding
from checklist.statuses import CRAWL_STATUSES, EXPLAINED, STATUSES

SCHEMA = "oit-report/1"
# An override in force, by (agency id, item code, part key or MAIN).
OverrideKey = tuple[str, str, str]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    return {
        "url": evidence.url,
        "title": evidence.title,
        "date": _iso(evidence.date),
        "date_source": evidence.date_source,
        "terms": list(evidence.terms),
        "where": list(evidence.where),
    }


def finding_json(finding: Finding, titles: tuple[str, str]) -> dict[str, Any]:
    from reports.reasons import bilingual  # reports.labels (its dates) imports this module

    entry = {
        "status": str(finding.status),  # plain strings from here on
        "last_updated": _iso(finding.last_updated),
        "title_th": titles[0],
        "title_en": titles[1],
        "reason": bilingual(finding.reason),
        "evidence": [evidence_json(e) for e in finding.evidence],
    }
    if finding.status in EXPLAINED:  # shared/contract.md: near misses, best first ([] = none came close)
        entry["rejected"] = [{"url": r.url, "title": r.title, "reason": r.reason} for r in finding.rejected]
    return entry


def agency_json(evaluation: SiteEvaluation, checklist: Checklist, crawl: Mapping[str, Any],
                agency: Mapping[str, Any]) -> dict[str, Any]:  # fmt: skip
    """One agency of the report: its crawl row and the evaluation of that crawl."""
    items = []
    for finding in evaluation.items:
        item = checklist.item(finding.code)
        entry = {"code": finding.code, **finding_json(finding, (item.title_th, item.title_en))}
        if finding.code in evaluation.parts:
            part_titles = {p.key: (p.title_th, p.title_en) for p in item.parts}
            entry["parts"] = [
                {"key": p.part, **finding_json(p, part_titles[p.part])}
                for p in evaluation.parts[finding.code]
            ]
        items.append(entry)
    status = crawl["status"] if crawl["status"] in CRAWL_STATUSES else "failed"
    return {
        "id": agency["id"],
        "name": agency.get("name") or agency["id"],
        "url": crawl.get("url") or agency.get("url"),
        "province": agency.get("province") or "",
        "type": agency.get("type") or "",
        "crawl": {
            "status": status,
            "finished_at": crawl.get("finished_at"),
            "pages": crawl.get("pages") or 0,
            "error": crawl.get("error") if status != "ok" else None,
            "reason": crawl.get("reason") or "",
        },
        "items": items,
        "summary": {s: sum(1 for i in items if i["status"] == s) for s in STATUSES},
    }


def report_json(run: Mapping[str, Any], as_of: dt.date, generated_at: str, max_age_months: int,
                checklist_version: str, agencies: list[dict[str, Any]]) -> dict[str, Any]:  # fmt: skip
    """The whole report of one run, its agencies already shaped by :func:`agency_json`."""
    return {
        "schema": SCHEMA,
        "generated_at": generated_at,
        "as_of": as_of.isoformat(),
        "policy": {"max_age_months": max_age_months},
        "checklist_version": checklist_version,
        "run": {k: run[k] for k in ("id", "kind", "started_at", "finished_at", "status")},
        "agencies": agencies,
    }


def attach_overrides(report: dict[str, Any], in_force: Mapping[OverrideKey, dict[str, Any]]) -> None:
    """Put the auditor overrides in force beside the machine's status (``override``)."""
    for agency in report["agencies"] if in_force else ():
        for item in agency["items"]:
            for entry, key in [(item, MAIN), *((p, p["key"]) for p in item.get("parts", []))]:
                override = in_force.get((agency["id"], item["code"], key))
                if override:
                    entry["override"] = override
