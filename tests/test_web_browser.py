"""The web app in headless Chromium (Playwright driving the system ``/usr/bin/chromium``; never
``playwright install``): a webmaster's self-check, an auditor's override. Screenshots go to
test-artifacts/ for people to look at. Without Chromium these tests skip on a developer
machine and fail in CI (``CI`` set).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, TODAY
from tests.test_web import add_user, running_app

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser

ARTIFACTS = ROOT / "test-artifacts"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str | None:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture()
def browser_page() -> Iterator[Any]:
    """A fresh headless Chromium profile; fails the test on any console error (CSP included)."""
    binary = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        binary = None
    if binary is None:
        message = "not installed: headless Chromium (apt-get install -y chromium) or playwright"
        if os.environ.get("CI"):
            pytest.fail(message + " — CI must run the browser tests")
        pytest.skip(message)
    errors: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="oit-web-chromium-") as profile,
        sync_playwright() as pw,
    ):
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=binary,
            headless=True,
            args=FLAGS,
            locale="th-TH",
            viewport={"width": 1200, "height": 900},
        )
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        try:
            yield page
        finally:
            context.close()
    assert errors == [], errors


def test_self_check_in_the_browser(browser_page: Any, tmp_path: Path, demo_sites: Any) -> None:
    page = browser_page
    url = demo_sites.url("a02")
    ARTIFACTS.mkdir(exist_ok=True)
    with running_app(tmp_path / "web.db", allow_loopback=True) as port:
        page.goto(f"http://127.0.0.1:{port}/")
        page.fill("#url", url)
        page.fill("#as_of", TODAY.isoformat())
        page.click("#start")
        page.wait_for_url("**/checks/*")
        if page.locator("#progress").count():  # the progress page, until the report replaces it
            page.screenshot(path=str(ARTIFACTS / "web-self-check-progress.png"))
        page.wait_for_selector("#overview", timeout=60_000)
        text = page.inner_text("body")
        assert "5.11" in text and "ไม่พบ" in text  # a02's 5.3 is missing
        evidence = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        assert any(href.startswith(url) for href in evidence)
        page.screenshot(path=str(ARTIFACTS / "web-self-check.png"), full_page=True)


def test_auditor_logs_in_and_records_an_override(
    browser_page: Any, audited: dict[str, Path], tmp_path: Path
) -> None:
    from tests.test_web import copy_db

    page = browser_page
    db = copy_db(audited["db"], tmp_path / "web.db")
    assert add_user(db, "somchai", "รหัสผ่านยาว-2569").returncode == 0
    ARTIFACTS.mkdir(exist_ok=True)
    reason = "ประกาศเจตจำนงสุจริตอยู่ในไฟล์ PDF ของรายงานประจำปี หน้า 2"
    with running_app(db) as port:
        base = f"http://127.0.0.1:{port}"
        page.goto(f"{base}/dashboard/agency/a02")
        assert page.locator("#override-form").count() == 0
        page.click("text=เข้าสู่ระบบ")
        page.fill("#name", "somchai")
        page.fill("#password", "รหัสผ่านยาว-2569")
        page.click("#login")
        page.wait_for_url("**/dashboard/agency/a02")
        page.select_option("#item", "5.3")
        page.select_option("#status", "ok")
        page.fill("#reason", reason)
        page.click("#save-override")
        page.wait_for_url("**/dashboard/agency/a02#overrides")
        row = page.locator("#trail tbody tr").last
        assert reason in row.inner_text() and "somchai" in row.inner_text()
        assert "ผู้ตรวจ" in page.locator('#items tr[data-code="5.3"]').inner_text()
        page.screenshot(path=str(ARTIFACTS / "web-override.png"), full_page=True)
        page.goto(f"{base}/dashboard")
        assert reason in page.inner_text("body")
        page.screenshot(path=str(ARTIFACTS / "web-dashboard.png"))
