"""Several crawl processes: the same findings as one, and a host never split between processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler import urls
from crawler.evaluation import Rules, crawl_findings
from crawler.records import Agency
from crawler.store import open_db
from oit.audit import evaluation_plan, run_audit
from tests.conftest import TODAY


def _crawls(urls: list[str]) -> list[tuple[int, Agency]]:
    return [(n, Agency(f"x{n}", f"x{n}", url)) for n, url in enumerate(urls, 1)]


def _rows(findings: list[dict]) -> list[tuple]:
    """Every finding, evidence and reasons included, without its run, in a fixed order."""
    return sorted(tuple(sorted((k, v) for k, v in f.items() if k != "run_id")) for f in findings)


def test_only_rules_a_crawl_process_can_build_again_are_sent_to_it() -> None:
    rules = Rules.default()
    assert evaluation_plan(TODAY, rules) == {"as_of": "2026-11-25", "recipe": ""}
    assert evaluation_plan(TODAY, Rules(rules.checklist, rules.matcher, rules.policy)) is None


@pytest.mark.integration
def test_two_processes_find_what_one_finds(
    demo_sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1 and 2 crawl processes store the same findings, every field; each crawl process evaluated its
    own agencies (the audit's own process evaluated none), exactly as the audit's process would."""
    import oit.audit

    evaluated_here: list[int] = []

    def counted(store, crawl, as_of, rules):  # noqa: ANN001, ANN202
        evaluated_here.append(crawl["id"])
        return crawl_findings(store, crawl, as_of, rules)

    monkeypatch.setattr(oit.audit, "crawl_findings", counted)
    agencies = [Agency(a["id"], a["name"], a["url"]) for a in demo_sites.agencies]
    assert len({urls.site_key(a.url) for a in agencies}) == len(
        agencies
    )  # the demo sites differ by port
    results = {}
    for workers in (1, 2):
        events: list[dict] = []
        db = tmp_path / f"w{workers}.db"
        run_id = run_audit(agencies, db, TODAY, jobs=4, workers=workers, progress=events.append)
        with open_db(db) as store:
            crawls = sorted((c["agency_id"], c["status"], c["pages"]) for c in store.crawls(run_id))
            results[workers] = (_rows(store.findings(run_id)), crawls)
            again = [
                row
                for c in store.crawls(run_id)
                for row in crawl_findings(store, c, TODAY, Rules.default())
            ]
            assert _rows(again) == results[workers][0]
        done = [e for e in events if e.get("event") == "crawl_done"]
        assert len(done) == len(agencies), events[-3:]
        assert not [
            e for e in events if e.get("event") == "findings"
        ]  # kept, not shown as progress
    assert evaluated_here == []
    # On a mismatch, name the rows that differ (seen once under heavy load, not reproduced).
    only_1 = sorted(set(results[1][0]) - set(results[2][0]))
    only_2 = sorted(set(results[2][0]) - set(results[1][0]))
    assert (only_1, only_2) == ([], []), (only_1, only_2)
    assert results[1] == results[2] and len(results[1][0]) >= 11 * len(agencies)


@pytest.mark.integration
def test_the_audit_evaluates_what_its_crawl_processes_could_not(demo_sites, tmp_path: Path) -> None:
    rules = Rules.default()
    broken = Rules(rules.checklist, rules.matcher, rules.policy, recipe=str(tmp_path / "gone.toml"))
    agencies = [Agency(a["id"], a["name"], a["url"]) for a in demo_sites.agencies[:2]]
    good = run_audit(agencies, tmp_path / "good.db", TODAY, jobs=2, workers=2)
    fallback = run_audit(agencies, tmp_path / "fallback.db", TODAY, jobs=2, workers=2, rules=broken)
    with open_db(tmp_path / "good.db") as a, open_db(tmp_path / "fallback.db") as b:
        assert _rows(b.findings(fallback)) == _rows(a.findings(good)) and a.findings(good)
