"""Shared fixtures: sample sites on loopback with a frozen 'today', and the real CLI in a subprocess."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
# Every report the tests make, here or in an `oit` they run, is validated against the
# oit-report/1 JSON Schema (reports/schema_check.py): a violation fails the test that made it.
os.environ["OIT_CHECK_SCHEMA"] = "1"

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 25)  # the frozen day: sample-site dates and as_of are counted from it


def run_oit(
    *args: str, cwd: Path | None = None, timeout: int = 240, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real ``oit`` CLI as a user would, in a subprocess."""
    full_env = {**os.environ, "PYTHAINLP_OFFLINE": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "oit.cli", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
    )


@pytest.fixture(scope="session")
def today() -> dt.date:
    return TODAY


@pytest.fixture(scope="session")
def demo_sites() -> Iterator[object]:
    from oit.demo.server import DemoSites

    with DemoSites(today=TODAY) as sites:
        yield sites


@pytest.fixture(scope="session")
def audited(tmp_path_factory: pytest.TempPathFactory, demo_sites: object) -> dict[str, Path]:
    """One real audit of the sample sites through the CLI, shared by the end-to-end tests."""
    work = tmp_path_factory.mktemp("audit")
    csv_path = demo_sites.write_csv(work / "agencies.csv")  # type: ignore[attr-defined]
    db = work / "audit.db"
    result = run_oit("audit", str(csv_path), "--db", str(db), "--as-of", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    return {"db": db, "csv": csv_path, "dir": work, "stderr": Path(work / "stderr.txt")}


# --------------------------------------------------------------------------- the unit tier

UNIT_TIER_HINT = "in the unit tier: mark the test @pytest.mark.integration (README, Tests)"


def _refuse(what: str) -> object:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"{what} {UNIT_TIER_HINT}")

    return refused


def pytest_configure(config: pytest.Config) -> None:
    """``-m "not integration"`` is the fast tier: nothing in it may open a socket (a loopback
    server or a client of one), start a subprocess (the CLI, Chromium, Scrapyd) or a crawl
    process. Whatever tries fails at once with how to fix it, fixtures included."""
    if "not integration" not in (config.option.markexpr or ""):
        return
    import multiprocessing.process
    import socket

    for owner, name, what in [
        (socket.socket, "bind", "a server socket"),
        (socket.socket, "connect", "a network connection"),
        (socket.socket, "connect_ex", "a network connection"),
        (subprocess.Popen, "__init__", "a subprocess"),
        (multiprocessing.process.BaseProcess, "start", "a child process"),
    ]:
        setattr(owner, name, _refuse(what))
