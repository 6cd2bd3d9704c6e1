"""Glue between the store and the checklist: evaluate a stored crawl as of a day.

Evaluation always reads stored pages, never the network, so another ``as_of`` or
another checklist version re-evaluates an old audit without re-crawling.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from checklist.definitions import Checklist, load_checklist
from checklist.evaluate import CrawlState, SiteEvaluation, evaluate_site
from checklist.freshness import Policy, load_policy
from checklist.match import Matcher, default_matcher
from checklist.model import SitePage
from crawler.store import Store

# A crawl row still in these states belongs to a process that died.
_UNFINISHED = {
    "pending": "crawl never started / ไม่ได้เริ่มเก็บข้อมูล",
    "running": "crawl did not finish / การเก็บข้อมูลไม่เสร็จสมบูรณ์",
}


@dataclass(frozen=True, slots=True)
class Rules:
    checklist: Checklist
    matcher: Matcher
    policy: Policy
    # How another process builds the same rules (the policy file given to :meth:`default`, "" for
    # the packaged one), so a crawl process can evaluate its own agencies; None: built by hand.
    recipe: str | None = field(default=None, compare=False)

    @classmethod
    def default(cls, policy_path: str | None = None) -> Rules:
        recipe = str(Path(policy_path).resolve()) if policy_path else ""
        return cls(load_checklist(), default_matcher(), load_policy(policy_path), recipe)


def crawl_state(crawl: dict[str, Any]) -> CrawlState:
    status = crawl["status"]
    if status in _UNFINISHED:
        return CrawlState("failed", _UNFINISHED[status])
    return CrawlState(status, crawl.get("reason") or "", unread_items(crawl))


def unread_items(crawl: dict[str, Any]) -> dict[str, str] | None:
    """Items ``not_checked`` by a partial crawl whose cuts are per item (crawler.coverage), or
    None when a cut concerns every item (or the crawl predates per-item coverage)."""
    try:
        coverage = json.loads(crawl.get("coverage") or "{}")
    except (TypeError, ValueError):
        return None
    if not isinstance(coverage, dict) or coverage.get("site_reasons", ["?"]):
        return None
    unread = coverage.get("unread_items") or {}
    return {str(code): str(why) for code, why in unread.items()}


def evaluate_crawl(
    store: Store,
    crawl: dict[str, Any],
    as_of: dt.date,
    rules: Rules,
    pages: Sequence[SitePage] | None = None,
) -> SiteEvaluation:
    """``pages``: the crawl's stored pages when the caller holds them (the crawl process that
    stored them), else read from ``store``."""
    if crawl["status"] in _UNFINISHED:
        pages = []
    elif pages is None:
        pages = store.site_pages(crawl["id"])
    return evaluate_site(
        pages,
        crawl_state(crawl),
        rules.checklist,
        rules.matcher,
        rules.policy,
        as_of,
        crawl.get("url"),
    )


def finding_rows(
    agency_id: str, evaluation: SiteEvaluation, as_of: dt.date
) -> list[dict[str, Any]]:
    """Rows for the findings table: one per item and one per part."""
    findings = list(evaluation.items) + [p for parts in evaluation.parts.values() for p in parts]
    return [
        {
            "agency_id": agency_id,
            "code": f.code,
            "part": f.part,
            "status": f.status,
            "last_updated": f.last_updated.isoformat() if f.last_updated else None,
            "reason": f.reason,
            "evidence": json.dumps(
                [
                    {
                        "url": e.url,
                        "title": e.title,
                        "date": e.date.isoformat() if e.date else None,
                        "date_source": e.date_source,
                    }
                    for e in f.evidence
                ],
                ensure_ascii=False,
            ),
            "as_of": as_of.isoformat(),
        }
        for f in findings
    ]


class _Unexplained:
    """A matcher that explains nothing: findings rows do not keep why pages were turned away
    (``Finding.rejected``, what reports show), and explaining every near miss again cost a
    quarter of an agency's evaluation. Everything else is the wrapped matcher's."""

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher

    def __getattr__(self, name: str) -> Any:
        return getattr(self._matcher, name)

    def explain(self, doc: Any) -> list[dict[str, Any]]:
        return []


def crawl_findings(
    store: Store,
    crawl: dict[str, Any],
    as_of: dt.date,
    rules: Rules,
    pages: Sequence[SitePage] | None = None,
) -> list[dict[str, Any]]:
    """The findings rows of one stored crawl (what :func:`oit.audit.save_findings` keeps)."""
    rows_rules = replace(rules, matcher=cast(Matcher, _Unexplained(rules.matcher)))
    return finding_rows(
        crawl["agency_id"], evaluate_crawl(store, crawl, as_of, rows_rules, pages), as_of
    )
