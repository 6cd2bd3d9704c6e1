from __future__ import annotations

from crawler.coverage import crawl_outcome


def test_home_failure_is_failed_with_reason() -> None:
    outcome = crawl_outcome(
        {"oit/home": "refused", "oit/home_detail": "Connection refused"}, "finished", 1
    )
    assert outcome.status == "failed"
    assert outcome.error == "refused"
    assert "refused" in outcome.reason


def test_complete_crawl_is_ok() -> None:
    stats = {"oit/home": "ok", "oit/relevant/scheduled": 12, "oit/relevant/done": 12}
    outcome = crawl_outcome(stats, "finished", 30)
    assert outcome.status == "ok"
    assert outcome.coverage["reached"] is True


def test_budget_cut_timeout_and_failed_checklist_pages_are_partial() -> None:
    base = {"oit/home": "ok", "oit/relevant/scheduled": 5, "oit/relevant/done": 5}
    assert crawl_outcome({**base, "oit/relevant/skipped": 3}, "finished", 5).status == "partial"
    assert crawl_outcome(base, "closespider_timeout", 5).status == "partial"
    failed = crawl_outcome({**base, "oit/relevant/failed": 1}, "finished", 5)
    assert failed.status == "partial" and "failed to load" in failed.reason
    assert crawl_outcome({**base, "oit/relevant/done": 3}, "finished", 3).status == "partial"


def test_javascript_trap_cuts_and_notes() -> None:
    base = {"oit/home": "ok", "oit/relevant/scheduled": 5, "oit/relevant/done": 5}
    js = crawl_outcome({**base, "oit/needs_javascript": True}, "finished", 1)
    assert js.status == "partial" and "JavaScript" in js.reason
    trapped = crawl_outcome({**base, "oit/relevant/trapped": 4}, "finished", 5)
    assert trapped.status == "partial" and "trap" in trapped.reason
    capped = crawl_outcome(
        {**base, "oit/capped/entries": 40, "oit/trap/query-explosion": 9}, "finished", 5
    )
    assert capped.status == "ok" and capped.coverage["capped"] == {"entries": 40}
    noted = crawl_outcome({**base, "oit/tls_problem": "self-signed"}, "finished", 5)
    assert noted.status == "ok" and "self-signed" in noted.reason
    failed = crawl_outcome(
        {**base, "oit/relevant/failed": 2, "oit/failed/timeout": 2}, "finished", 5
    )
    assert "timeout 2" in failed.reason and failed.coverage["reasons"]
