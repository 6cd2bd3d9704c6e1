"""The self-check result page in headless Chromium (system /usr/bin/chromium, as in
test_web_browser.py): guidance and due list shown, every download works.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from icalendar import Calendar

from checklist.crosswalk import load_crosswalk
from tests.conftest import TODAY
from tests.test_web import running_app
from tests.test_web_browser import ARTIFACTS, browser_page  # noqa: F401  (the fixture)


def _book(path: str | Path) -> Any:
    """A downloaded workbook (Playwright keeps downloads under names without an extension)."""
    return openpyxl.load_workbook(io.BytesIO(Path(path).read_bytes()))


@pytest.mark.integration
def test_self_check_result_shows_guidance_and_downloads_work(
    browser_page: Any,  # noqa: F811
    tmp_path: Path,
    demo_sites: Any,
) -> None:
    page = browser_page
    url = demo_sites.url("a02")
    ARTIFACTS.mkdir(exist_ok=True)
    with running_app(tmp_path / "web.db", allow_loopback=True) as port:
        page.goto(f"http://127.0.0.1:{port}/")
        page.fill("#url", url)
        page.fill("#as_of", TODAY.isoformat())
        page.click("#start")
        page.wait_for_url("**/checks/*")
        page.wait_for_selector("#guidance", timeout=60_000)
        # guidance: a02's 5.3 is missing, 5.8 undated, 5.5 stale — each says what to publish
        for key in ("5.3", "5.5", "5.8"):
            card = page.locator(f'.advice[data-key="{key}"]')
            assert card.count() == 1
            assert "ต้องเผยแพร่" in card.inner_text() and "titles" in card.inner_text()
        assert "เจตจำนงสุจริต" in page.locator('.advice[data-key="5.3"]').inner_text()
        due = page.inner_text("#due")
        assert "5.5" in due and "2026-07-05" in due  # stale since then
        body = page.inner_text("body")
        assert (
            "0/1" not in body and page.locator("section.agency").count() == 0
        )  # not the province template
        page.screenshot(path=str(ARTIFACTS / "web-self-check-guidance.png"), full_page=True)

        with page.expect_download() as info:
            page.click("#dl-ics")
        events = list(Calendar.from_ical(Path(info.value.path()).read_bytes()).walk("VEVENT"))
        assert events and any("5.5" in str(e.get("summary")) for e in events)

        page.select_option("#list", "2569-college")  # reloads with ?list=…
        page.wait_for_url("**list=2569-college*")
        assert page.locator("#sheet-table tbody tr").count() == 23
        with page.expect_download() as info:
            page.click("#dl-sheet-xlsx")
        assert info.value.suggested_filename.endswith("-ita-2569-college.xlsx")
        sheet = _book(info.value.path())["ITA"]
        assert sheet.max_row == 1 + len(load_crosswalk().find(2569, "college").rows)
        with page.expect_download() as info:
            page.click("#dl-sheet-csv")
        assert Path(info.value.path()).read_text(encoding="utf-8-sig").count("\n") == 24

        for link, check in (
            ("#dl-xlsx", lambda p: _book(p).sheetnames),
            ("#dl-csv", lambda p: "5.11" in Path(p).read_text(encoding="utf-16")),
            ("#dl-json", lambda p: json.loads(Path(p).read_text())["schema"] == "oit-report/1"),
        ):
            with page.expect_download() as info:
                page.click(link)
            assert check(info.value.path()), link

        with page.context.expect_page() as info:
            page.click("#dl-html")
        printable = info.value
        printable.wait_for_load_state()
        assert "5.11" in printable.inner_text("body") and url in printable.content()
