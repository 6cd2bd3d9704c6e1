"""The report as data (``oit-report/1``, see shared/contract.md), built from the database. Read-only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from checklist.model import Evidence, Finding
from checklist.statuses import CRAWL_STATUSES, EXPLAINED, STATUSES
from crawler.evaluation import Rules, evaluate_crawl
from crawler.history import MAIN, effective_overrides
from crawler.store import Store, now_iso

SCHEMA = "oit-report/1"


class ReportError(Exception):
    """Nothing to report (no audit yet, unknown run); the message is for the user."""


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
        "status": finding.status,
        "last_updated": _iso(finding.last_updated),
        "title_th": titles[0],
        "title_en": titles[1],
        "reason": bilingual(finding.reason),
        "evidence": [evidence_json(e) for e in finding.evidence],
    }
    if finding.status in EXPLAINED:  # shared/contract.md: near misses, best first ([] = none came close)
        entry["rejected"] = [{"url": r.url, "title": r.title, "reason": r.reason} for r in finding.rejected]
    return entry


def agency_json(store: Store, crawl: dict[str, Any], agency: dict[str, Any], as_of: dt.date,
                rules: Rules) -> dict[str, Any]:  # fmt: skip
    evaluation = evaluate_crawl(store, crawl, as_of, rules)
    items = []
    for finding in evaluation.items:
        item = rules.checklist.item(finding.code)
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


def build_report(store: Store, as_of: dt.date, run_id: int | None = None,
                 rules: Rules | None = None) -> dict[str, Any]:  # fmt: skip
    """The report of ``run_id`` (default: the latest finished audit) judged as of ``as_of``."""
    rules = rules or Rules.default()
    if run_id is None:
        run = store.latest_run("audit") or store.latest_run(None)
        if run is None:
            raise ReportError("no finished audit in the database yet / ยังไม่มีผลการตรวจในฐานข้อมูล")
    else:
        run = store.run(run_id)
        if run is None:
            raise ReportError(f"no run {run_id} in the database / ไม่พบรอบการตรวจ {run_id}")
    crawls = store.crawls(run["id"])
    agencies = store.agencies(c["agency_id"] for c in crawls)
    report = {
        "schema": SCHEMA,
        "generated_at": now_iso(),
        "as_of": as_of.isoformat(),
        "policy": {"max_age_months": rules.policy.max_age_months},
        "checklist_version": rules.checklist.version,
        "run": {k: run[k] for k in ("id", "kind", "started_at", "finished_at", "status")},
        "agencies": [
            agency_json(store, crawl, agencies.get(crawl["agency_id"], {"id": crawl["agency_id"]}),
                        as_of, rules)
            for crawl in crawls
        ],  # fmt: skip
    }
    attach_overrides(report, store, as_of)
    return report


def attach_overrides(report: dict[str, Any], store: Store, as_of: dt.date) -> None:
    """Put the auditor overrides in force on ``as_of`` beside the machine's status (``override``)."""
    in_force = effective_overrides(store.overrides(), as_of)
    for agency in report["agencies"] if in_force else ():
        for item in agency["items"]:
            for entry, key in [(item, MAIN), *((p, p["key"]) for p in item.get("parts", []))]:
                override = in_force.get((agency["id"], item["code"], key))
                if override:
                    entry["override"] = override
