"""The real ``oit serve`` in a child process on a loopback port, for the tests that need the
command itself (its options, its own memory, a SIGKILL); tests of the app alone run it in a
thread (tests/test_web.py ``running_app``)."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT
from tests.ports import retry_bind

START_SECONDS = 30  # a loaded 2-core machine imports Starlette, Scrapy and friends slowly


@dataclass(frozen=True)
class Served:
    port: int
    proc: subprocess.Popen[bytes]
    log: Path  # the server's stderr: a file, so a chatty server never blocks on a full pipe


def _answers(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", "/")
        conn.getresponse().read()
        return True
    except OSError:
        return False
    finally:
        conn.close()


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(15)


@contextmanager
def oit_serve(db: Path, *options: str) -> Iterator[Served]:
    """``oit serve --db DB OPTIONS`` on a free port, once it answers ``GET /``; stopped on exit.
    A server that lost its port to another process is replaced on a fresh one (retry_bind)."""
    log = db.with_name(f"{db.name}.serve.log")

    def start(port: int) -> Served:
        with log.open("wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "oit.cli", "serve", "--port", str(port), "--db", str(db)]
                + list(options),
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=err,
                env={**os.environ, "PYTHAINLP_OFFLINE": "1"},
            )
        return Served(port, proc, log)

    def started(served: Served) -> bool:
        deadline = time.monotonic() + START_SECONDS
        while served.proc.poll() is None and time.monotonic() < deadline:
            if _answers(served.port):
                return True
            time.sleep(0.1)
        _stop(served.proc)
        return False

    try:
        served = retry_bind(start, started)
    except RuntimeError as exc:
        raise RuntimeError(
            f"{exc}; its last words: {log.read_text(errors='replace')[-500:]}"
        ) from None
    try:
        yield served
    finally:
        _stop(served.proc)
