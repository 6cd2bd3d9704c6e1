"""A home page that the browser rendered and that still shows nothing is an empty page, not a
page that "needs JavaScript" (issue 15): the crawl is complete and the items are judged. A home
page that could not be rendered, or a plain page without links, still leaves them unconcluded."""

from __future__ import annotations

from crawler.coverage import crawl_outcome

BASE = {"oit/home": "ok", "oit/relevant/scheduled": 0, "oit/relevant/done": 0}
SCRIPTED = {**BASE, "oit/needs_javascript": True, "oit/home_links": 0, "oit/home_text": 0}


def test_a_rendered_home_page_that_shows_nothing_is_an_empty_page() -> None:
    outcome = crawl_outcome(
        {**SCRIPTED, "oit/home_rendered": True, "oit/render/done": 1}, "finished", 1
    )
    assert outcome.status == "ok"
    assert outcome.coverage["site_reasons"] == []
    assert any("empty page" in n and "หน้าว่าง" in n for n in outcome.coverage["notes"])


def test_a_home_page_that_could_not_be_rendered_stays_unconcluded() -> None:
    outcome = crawl_outcome(SCRIPTED, "finished", 1)
    assert outcome.status == "partial"
    assert any("could not be rendered" in r for r in outcome.coverage["site_reasons"])
    assert outcome.coverage["notes"] == []


def test_a_plain_home_page_without_links_still_hides_the_site() -> None:
    outcome = crawl_outcome({**BASE, "oit/home_links": 0, "oit/home_text": 50}, "finished", 1)
    assert outcome.status == "partial"
    assert any("no links to follow" in r for r in outcome.coverage["site_reasons"])
