"""The report of a stored run: read the store, evaluate each crawl, and hand the results to
reports/ for their records (reports.build, reports.model) and the trend (reports.trend).
:func:`report_records` is the report renderers read; :func:`build_report` is its ``oit-report/1``
JSON, for the API, ``--format json`` and scripts.

The application layer owns the database and the evaluation; reports/ only shapes and renders
what it is given, so it never imports this package (tests/test_layers.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from checklist.editions import find_edition, is_known, newest
from checklist.history import effective_overrides
from checklist.match import Matcher, default_matcher
from crawler.evaluation import Rules, evaluate_crawl
from crawler.store import Store, now_iso
from reports import build
from reports.model import Agency, Report
from reports.schema_check import checked
from reports.trend import TrendPoint, trend_point


class ReportError(Exception):
    """Nothing to report (no audit yet, unknown run); the message is for the user."""


def agency_record(
    store: Store, crawl: dict[str, Any], agency: dict[str, Any], as_of: dt.date, rules: Rules
) -> Agency:
    """One agency of the report: its stored crawl evaluated as of ``as_of``."""
    return build.agency_record(
        evaluate_crawl(store, crawl, as_of, rules), rules.checklist, crawl, agency
    )


def rules_for_run(run: dict[str, Any], edition: str | None = None) -> Rules:
    """The rules that re-judge ``run``: the checklist edition asked for, else the one the run
    recorded (``checklist_version``). A run whose recorded edition is not shipped (any more)
    is judged by the newest; the report's ``checklist_version`` always names the edition used.
    An unknown ``edition`` asked for is a ChecklistError (one line)."""
    if edition is None:
        recorded = str(run.get("checklist_version") or "")
        edition = recorded if recorded and is_known(recorded) else None
    chosen = find_edition(edition)
    # the newest edition's matcher is built once per process; an older one's when asked for
    matcher = (
        default_matcher() if chosen.items_path == newest().items_path else Matcher(chosen.checklist)
    )
    return Rules(chosen.checklist, matcher, chosen.policy)


def build_report(
    store: Store,
    as_of: dt.date,
    run_id: int | None = None,
    rules: Rules | None = None,
    checklist: str | None = None,
) -> dict[str, Any]:
    """:func:`report_records` as ``oit-report/1`` JSON, checked against the schema."""
    return report_json(report_records(store, as_of, run_id, rules, checklist))


def report_json(report: Report) -> dict[str, Any]:
    """The records as ``oit-report/1`` JSON, checked against the schema (the edge: API, files)."""
    return checked(report.to_json())


def report_records(
    store: Store,
    as_of: dt.date,
    run_id: int | None = None,
    rules: Rules | None = None,
    checklist: str | None = None,
) -> Report:
    """The report of ``run_id`` (default: the latest finished audit) judged as of ``as_of`` with
    ``rules``, else the checklist edition ``checklist``, else the edition the run recorded."""
    if run_id is None:
        run = store.latest_run("audit") or store.latest_run(None)
        if run is None:
            raise ReportError("no finished audit in the database yet / ยังไม่มีผลการตรวจในฐานข้อมูล")
    else:
        run = store.run(run_id)
        if run is None:
            raise ReportError(f"no run {run_id} in the database / ไม่พบรอบการตรวจ {run_id}")
    rules = rules or rules_for_run(run, checklist)
    crawls = store.crawls(run["id"])
    agencies = store.agencies(c["agency_id"] for c in crawls)
    report = build.report_record(
        run,
        as_of,
        now_iso(),
        rules.policy.max_age_months,
        rules.checklist.version,
        [
            agency_record(
                store,
                crawl,
                agencies.get(crawl["agency_id"], {"id": crawl["agency_id"]}),
                as_of,
                rules,
            )
            for crawl in crawls
        ],
    )
    return with_overrides(report, store, as_of)


def with_overrides(report: Report, store: Store, as_of: dt.date) -> Report:
    """The report with the auditor overrides in force on ``as_of`` beside the machine's status."""
    return build.with_overrides(report, effective_overrides(store.overrides(), as_of))


def agency_with_overrides(agency: Agency, store: Store, as_of: dt.date) -> Agency:
    """One agency with the auditor overrides in force on ``as_of``."""
    return build.agency_with_overrides(agency, effective_overrides(store.overrides(), as_of))


def trend(store: Store, upto_run_id: int, n: int = 6) -> list[TrendPoint]:
    """The last ``n`` finished runs of the same kind up to and including ``upto_run_id``, oldest first."""
    upto = store.run(upto_run_id)
    if upto is None:
        return []
    runs = [r for r in store.runs(kind=upto["kind"]) if r["id"] <= upto_run_id]
    if upto["status"] != "done":
        runs.append(upto)  # a report of an interrupted run still shows where it stands
    runs = runs[-n:] if n > 0 else []
    by_run: dict[int, list[dict[str, Any]]] = {run["id"]: [] for run in runs}
    for row in store.findings_over_runs(list(by_run)):  # statuses only, no evidence JSON
        by_run[row["run_id"]].append(row)
    return [trend_point(run, by_run[run["id"]]) for run in runs]
