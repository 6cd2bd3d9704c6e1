"""The README's steps for a new user, run as written (``sh``, in a fresh folder, loopback only).

The folder gets a ``.venv`` link to the environment running the tests, so
``.venv/bin/oit`` is what a user who followed the install line has. Lines are
taken from the README itself: when the README changes, this runs the new text.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
VENV = Path(sys.executable).parent.parent
pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not (VENV / "bin/oit").is_file(), reason="not run from a virtualenv with oit"
    ),
]


def _blocks() -> list[list[str]]:
    """The README's sh blocks, as lists of command lines (comments after ``#`` kept)."""
    return [
        [line for line in block.splitlines() if line.strip()]
        for block in re.findall(r"```sh\n(.*?)```", README, re.S)
    ]


def _line(start: str) -> str:
    """The one README command line starting with ``start``."""
    found = [line for block in _blocks() for line in block if line.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


def _block(first: str) -> list[str]:
    found = [block for block in _blocks() if block[0].startswith(first)]
    assert len(found) == 1, first
    return found[0]


def _folder(tmp_path: Path) -> Path:
    (tmp_path / ".venv").symlink_to(VENV)
    return tmp_path


def _sh(line: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "HOME": str(cwd)}
    env.pop("OIT_DB", None)
    result = subprocess.run(
        ["/bin/sh", "-ec", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, (line, result.stdout[-2000:], result.stderr[-2000:])
    return result


@pytest.mark.slow
def test_quick_start_demo_and_its_database(tmp_path: Path) -> None:
    work = _folder(tmp_path)
    install = _line("python3 -m venv .venv && .venv/bin/pip install -q -e . && ")
    demo = install.split(" && ")[-1]  # the install steps are the test environment's own
    assert demo == ".venv/bin/oit demo"
    _sh(demo, work)
    for name in ("oit-demo.db", "report.html", "report.json"):
        assert (work / "oit-demo" / name).is_file(), name
    _sh(_line(".venv/bin/oit report --db oit-demo/oit-demo.db"), work)
    book = openpyxl.load_workbook(work / "oit-demo/report.xlsx")
    assert book["สรุป summary"].page_setup.orientation == "landscape"

    share = _block(".venv/bin/sqlite-utils oit.db")  # "Sharing the audit database"
    shutil.copy(work / "oit-demo/oit-demo.db", work / "oit.db")
    _sh(share[0], work)
    copy = sqlite3.connect(work / "oit-share.db")
    assert copy.execute("select count(*) from findings").fetchone()[0] > 0
    keys = {row[2] for row in copy.execute("pragma foreign_key_list(findings)")}
    assert "agencies" in keys
    assert (
        copy.execute("select count(*) from pages where kind = 'html' and text is null").fetchone()[
            0
        ]
        == 0
    )


@pytest.mark.slow
def test_serving_the_sample_sites_for_your_own_audit(tmp_path: Path) -> None:
    work = _folder(tmp_path)
    serve = _line(".venv/bin/python -m oit.demo.server")
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        ["/bin/sh", "-c", f"exec {serve}"],
        cwd=work,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        assert server.stdout is not None
        deadline, lines = time.monotonic() + 60, []
        while time.monotonic() < deadline:
            line = server.stdout.readline()
            lines.append(line)
            if line.startswith("Agencies CSV:") or not line:
                break
        assert lines[-1].startswith("Agencies CSV:"), lines
        urls = re.findall(r"http://127\.0\.0\.1:\d+/", "".join(lines))
        assert len(urls) == 5  # loopback only
        audit, report = _block(".venv/bin/oit audit agencies.csv")
        _sh(audit, work)
        _sh(report, work)
    finally:
        os.killpg(server.pid, signal.SIGINT)  # Ctrl-C
        server.wait(timeout=30)
    assert "เทศบาลตำบลบ้านสวน" in (work / "my-audit.html").read_text(encoding="utf-8")


def test_cron_steps(tmp_path: Path) -> None:
    work = _folder(tmp_path)
    shutil.copy(ROOT / "docs/schedule.example.toml", work / "schedule.toml")
    steps = _block(".venv/bin/oit schedule --config schedule.toml --print-cron")
    assert any("| crontab -" in step for step in steps)  # the README says how to install them
    _sh(steps[0], work)
    lines = (work / "oit.cron").read_text(encoding="utf-8").splitlines()
    assert all(len(line.encode()) < 1000 for line in lines)
    check = shutil.which("crontab")
    if check and "-n" in subprocess.run([check, "-h"], capture_output=True, text=True).stderr:
        _sh(steps[1], work)  # crontab -n: Debian's dry run, changes nothing


def test_scrapyd_in_the_venv() -> None:
    assert "`.venv/bin/scrapyd`" in README
    scrapyd = VENV / "bin/scrapyd"
    if not scrapyd.is_file():
        pytest.skip("the cluster extra (scrapyd) is not installed")
    result = subprocess.run([str(scrapyd), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "scrapyd" in (result.stdout + result.stderr).lower()
