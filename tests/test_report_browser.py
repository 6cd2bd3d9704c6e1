"""The HTML report in a real browser (headless Chromium): DOM, console, print and screenshots.

Chromium is a system package (Debian: ``apt-get install -y chromium``). Without it
these tests are skipped on a developer machine and fail in CI (``CI`` set).
Screenshots and the printed PDF are kept under ``test-artifacts/`` for people to look at.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import lxml.html
import pypdfium2
import pytest

from crawler.store import open_db
from oit.report import build_report, trend
from reports.html import render_html
from tests.conftest import ROOT, TODAY
from tests.test_reports import SCRIPT, make_report

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser

ARTIFACTS = ROOT / "test-artifacts"
EXPECTED = json.loads((ROOT / "oit/demo/expected.json").read_text(encoding="utf-8"))
CONSOLE = re.compile(r":CONSOLE[:(\]]|Uncaught")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",
    "--disable-default-apps",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
]


def _chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


def _thai_font() -> bool:
    """A font with Thai glyphs, without which screenshots and the printed PDF hold no Thai text."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return True  # cannot tell; the PDF assertions will
    return bool(
        subprocess.run(
            [fc_list, ":lang=th", "family"], capture_output=True, text=True
        ).stdout.strip()
    )


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = _chromium_binary()
    missing = []
    if binary is None:
        missing.append("headless Chromium (Debian: apt-get install -y chromium)")
    if not _thai_font():
        missing.append("a Thai font (Debian: apt-get install -y fonts-thai-tlwg)")
    if missing:
        message = "not installed: " + "; ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(f"{message} — CI must run the browser tests")
        pytest.skip(message)
    assert binary is not None
    return binary


def _run(binary: str, jobs: list[tuple[list[str], Path]]) -> list[subprocess.CompletedProcess[str]]:
    """Run several headless Chromium jobs at once (each with its own profile): [(flags, file)]."""

    def one(job: tuple[list[str], Path]) -> subprocess.CompletedProcess[str]:
        flags, page = job
        with tempfile.TemporaryDirectory(prefix="oit-chromium-") as profile:
            return subprocess.run(
                [binary, *FLAGS, f"--user-data-dir={profile}", *flags, page.as_uri()],
                capture_output=True,
                text=True,
                timeout=120,
            )

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        return list(pool.map(one, jobs))


def _console(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if CONSOLE.search(line)]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def _with_history(store: Any, run_id: int, target: Path) -> list[Any]:
    """The real run's findings preceded by two earlier quarters in which fewer items were ok,
    in a database of their own: a trend of three runs for the chart."""
    rows = [{k: v for k, v in row.items() if k != "run_id"} for row in store.findings(run_id)]
    with open_db(target) as history:
        for days, every in ((182, 2), (91, 4)):
            run = history.start_run("audit", TODAY - dt.timedelta(days=days), "2569.1")
            older = [
                {**r, "status": "stale" if r["status"] == "ok" and i % every == 0 else r["status"]}
                for i, r in enumerate(rows)
            ]
            history.save_findings(run, older)
            history.finish_run(run)
        last = history.start_run("audit", TODAY, "2569.1")
        history.save_findings(last, rows)
        history.finish_run(last)
        return trend(history, last)


@pytest.fixture(scope="module")
def demo_html(
    audited: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict, list, Path]:
    work = tmp_path_factory.mktemp("browser")
    with open_db(audited["db"], readonly=True) as store:
        report = build_report(store, TODAY, run_id=1)
        points = _with_history(store, 1, work / "history.db")
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "report-demo.html"
    page.write_text(render_html(report, points), encoding="utf-8")
    return report, points, page


def test_demo_report_renders_in_chromium(
    chromium: str, demo_html: tuple[dict, list, Path], tmp_path: Path
) -> None:
    report, points, page = demo_html
    control = tmp_path / "control.html"  # proves console messages are caught at all
    control.write_text("<!DOCTYPE html><p>x</p><script>console.error('control-error')</script>")
    desktop, phone, pdf = (
        ARTIFACTS / "report-desktop.png",
        ARTIFACTS / "report-phone.png",
        ARTIFACTS / "report.pdf",
    )
    for old in (desktop, phone, pdf):
        old.unlink(missing_ok=True)
    dom, shot, small, printed, check = _run(
        chromium,
        [
            (["--dump-dom"], page),
            ([f"--screenshot={desktop}", "--window-size=1280,2400"], page),
            ([f"--screenshot={phone}", "--window-size=390,2400"], page),
            ([f"--print-to-pdf={pdf}", "--no-pdf-header-footer"], page),
            (["--dump-dom"], control),
        ],
    )
    for result in (dom, shot, small, printed):
        assert result.returncode == 0, result.stderr[-2000:]
        assert _console(result) == [], "console messages from the report page"
    assert any("control-error" in line for line in _console(check)), check.stderr[-2000:]

    # The DOM as Chromium built it: Thai text first, every agency, every status cell.
    doc = lxml.html.fromstring(dom.stdout)
    assert doc.xpath("//script") == []
    assert doc.xpath("string(//h1)") == "รายงานการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ 5.1–5.11"
    assert doc.get("lang") == "th"
    names = [
        re.sub(r"\s+", " ", n.text_content())
        for n in doc.xpath("//table[@class='grid']//td[@class='name']/a")
    ]
    assert sorted(names) == sorted(a["name"] for a in report["agencies"])
    assert len(names) == len(EXPECTED["agencies"])
    cells = doc.xpath("//table[@class='grid']//td[contains(@class,'c st-')]")
    assert len(cells) == len(report["agencies"]) * 11
    a02 = doc.xpath("//section[@id='a-a02']")[0].text_content()
    assert "ไม่พบ" in a02 and "ไม่เป็นปัจจุบัน" in a02 and "ไม่ระบุวันที่" in a02
    a04 = doc.xpath("//section[@id='a-a04']//div[@class='why']")[0].text_content()
    assert "HTTP 503" in a04
    share = round(100 * points[-1].counts["ok"] / points[-1].total)
    assert f"✔ {share}%" in doc.xpath("string(//section[@id='charts']//figure[2])")

    # Screenshots exist at the requested sizes (look at them: test-artifacts/).
    assert _png_size(desktop) == (1280, 2400) and _png_size(phone) == (390, 2400)
    assert desktop.stat().st_size > 50_000

    # Printed: the text people see on paper, each agency starting its own page.
    with pypdfium2.PdfDocument(str(pdf)) as document:
        texts = [
            re.sub(r"\s+", "", document[i].get_textpage().get_text_range())
            for i in range(len(document))
        ]
    assert texts[0].startswith("รายงานการตรวจการเปิดเผยข้อมูลสาธารณะ")
    for agency in report["agencies"]:
        starts = [i for i, t in enumerate(texts) if t.startswith(agency["name"] + agency["id"])]
        assert starts, f"{agency['id']} does not start a printed page"
    assert any("เซิร์ฟเวอร์ขัดข้อง" in t for t in texts)


def test_hostile_titles_stay_text_in_chromium(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render_html(make_report()), encoding="utf-8")
    (dom,) = _run(chromium, [(["--dump-dom"], page)])
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert _console(dom) == []  # an injected script or handler would trip the CSP and log here
    doc = lxml.html.fromstring(dom.stdout)
    assert doc.xpath("//script") == [] and doc.xpath("//@*[starts-with(name(), 'on')]") == []
    evidence = [li.text_content() for li in doc.xpath("//section[@id='a-b01']//ul[@class='ev']/li")]
    assert any(SCRIPT in text for text in evidence)
    assert all(h.startswith(("#", "http://", "https://")) for h in doc.xpath("//a/@href"))
