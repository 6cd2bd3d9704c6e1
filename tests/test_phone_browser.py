"""The report on a 390 px phone in headless Chromium: the page never scrolls sideways, and
every table or chart wider than the screen says that it scrolls."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crawler.store import open_db
from oit.report import build_report, trend
from reports.html import render_html
from tests.conftest import ROOT, TODAY
from tests.test_web_browser import FLAGS, _chromium

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser

ARTIFACTS = ROOT / "test-artifacts"
# For each wide box (grid, group table, chart): its overflow and whether the hint before it shows.
MEASURE = """() => [...document.querySelectorAll('.wrap, .chart')].map(box => {
  const hint = box.previousElementSibling;
  return {cls: box.className, table: box.firstElementChild ? box.firstElementChild.className : "", sw: box.scrollWidth, cw: box.clientWidth, inner: box.firstElementChild ? box.firstElementChild.tagName : '',
          overflows: box.scrollWidth > box.clientWidth + 1,
          hinted: !!(hint && hint.classList.contains('scroll-hint') && hint.offsetParent !== null
                     && hint.getBoundingClientRect().width > 0),
          scrollable: getComputedStyle(box).overflowX === 'auto'};
})"""


def _layout(html: Path, width: int) -> tuple[int, list[dict[str, Any]]]:
    binary = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        binary = None
    if binary is None:
        pytest.skip("not installed: headless Chromium or playwright")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=binary, headless=True, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900}, device_scale_factor=1)
            page.goto(html.as_uri())
            page_width = page.evaluate("() => document.documentElement.scrollWidth")
            boxes = page.evaluate(MEASURE)
            if width < 500:
                ARTIFACTS.mkdir(exist_ok=True)
                page.evaluate("() => document.querySelector('.scroll-hint').scrollIntoView()")
                page.screenshot(path=str(ARTIFACTS / "report-phone-390.png"), full_page=False)
        finally:
            browser.close()
    return page_width, boxes


def test_report_on_a_390px_phone_fits_or_says_it_scrolls(
    audited: dict[str, Path], tmp_path: Path
) -> None:
    with open_db(audited["db"], readonly=True) as store:
        report = build_report(store, TODAY, run_id=1)
        html = render_html(report, trend(store, 1))
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")

    page_width, boxes = _layout(page, 390)
    assert page_width <= 390, "the page itself scrolls sideways on a phone"
    grid = [b for b in boxes if b["inner"] == "TABLE"]
    charts = [b for b in boxes if b["cls"] == "chart"]
    assert grid and charts
    for box in boxes:
        assert box["scrollable"], box
        assert not box["overflows"] or box["hinted"], (
            f"{box} is cut on a phone without saying it scrolls"
        )

    # On a desktop the hints are not shown (nothing needs them).
    _, wide = _layout(page, 1280)
    assert not any(b["hinted"] for b in wide)
