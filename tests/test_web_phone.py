"""The web app's own pages on a 390 px phone (headless system Chromium): the self-check result,
the dashboard and an agency page never scroll sideways, and nothing on them is cut off: an
element wider than the screen sits in a box that scrolls sideways and says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from crawler.store import open_db
from tests.conftest import TODAY
from tests.test_history import seed_run
from tests.test_web import copy_db, running_app
from tests.test_web_browser import ARTIFACTS, browser_page  # noqa: F401  (the fixture)

# Elements whose right edge passes the screen and no ancestor scrolls sideways: cut off.
# Boxes that scroll sideways and overflow: they must be preceded by a visible scroll hint.
MEASURE = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = el => { for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll') return a; } return null; };
  const cut = [], unsaid = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
    if (r.right > width + 1 && !scrolls(el)) cut.push(el.tagName + '.' + el.className + ' ' + (el.id || '')
                                                    + ' ' + Math.round(r.right));
  }
  for (const box of document.body.querySelectorAll('*')) {
    const o = getComputedStyle(box).overflowX;
    if ((o === 'auto' || o === 'scroll') && box.scrollWidth > box.clientWidth + 1) {
      const hint = box.previousElementSibling;
      if (!(hint && hint.classList.contains('scroll-hint') && hint.offsetParent !== null))
        unsaid.push(box.tagName + '.' + box.className + ' ' + (box.id || ''));
    }
  }
  return {page: document.documentElement.scrollWidth, width, cut, unsaid};
}"""


def _check(page: Any, url: str, shot: str) -> None:
    page.goto(url)
    found = page.evaluate(MEASURE)
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)
    assert found["page"] <= found["width"], f"{url} scrolls sideways on a phone: {found}"
    assert found["cut"] == [], f"{url}: cut off on a phone: {found['cut']}"
    assert found["unsaid"] == [], f"{url}: scrolls sideways without saying so: {found['unsaid']}"


@pytest.mark.integration
def test_web_pages_fit_a_390px_phone(
    browser_page: Any,  # noqa: F811
    audited: dict[str, Path],
    tmp_path: Path,  # noqa: F811
    demo_sites: Any,
) -> None:
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    ARTIFACTS.mkdir(exist_ok=True)
    db = copy_db(audited["db"], tmp_path / "web.db")
    with running_app(db, allow_loopback=True) as port:
        base = f"http://127.0.0.1:{port}"
        _check(page, f"{base}/dashboard", "phone-web-dashboard.png")
        with open_db(db) as store:  # two years of quarterly audits: a history wider than a phone
            for quarter in range(1, 9):
                seed_run(
                    store,
                    {"a02": {"5.3": "missing"}},
                    as_of=TODAY - dt.timedelta(days=91 * quarter),
                )
        _check(page, f"{base}/dashboard/agency/a02", "phone-web-agency.png")
        _check(page, f"{base}/", "phone-web-home.png")
        page.fill("#url", demo_sites.url("a02"))
        page.fill("#as_of", TODAY.isoformat())
        page.click("#start")
        page.wait_for_url("**/checks/*")
        page.wait_for_selector("#guidance", timeout=60_000)
        _check(page, page.url, "phone-web-self-check.png")
