from __future__ import annotations

from crawler.coverage import crawl_outcome


def test_home_failure_is_failed_with_reason() -> None:
    outcome = crawl_outcome({"oit/home": "refused", "oit/home_detail": "Connection refused"},
                            "finished", 1)  # fmt: skip
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
