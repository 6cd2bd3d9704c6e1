"""Self-checks started from the web: which URLs are allowed, how often a client may ask,
and the crawls themselves (a small budget, a few at once, the rest queued; state in memory).

Each check crawls into a scratch database of its own, deleted once its report is
built: a stranger's check never writes to the province's audit database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import logging
import secrets
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.agencies import normalize_url
from crawler.audit import run_audit
from crawler.evaluation import Rules, evaluate_crawl
from crawler.records import Agency, Budget
from crawler.store import open_db
from crawler.urls import is_internal_address
from reports.build import build_report

log = logging.getLogger("oit.web")

# A public form crawls sites chosen by strangers: small budgets (README "oit serve").
CHECK_BUDGET = Budget(max_pages=120, max_depth=4, max_seconds=120, max_bytes=30_000_000,
                      max_pdf_bytes=5_000_000)  # fmt: skip
PROGRESS_EVERY_S = 1.5  # re-evaluate the pages fetched so far at most this often


class TargetError(ValueError):
    """A URL the self-check refuses; the message is for the user (Thai / English)."""


def _addresses(host: str) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        raise TargetError(f"host not found: {host} / ไม่พบชื่อโดเมนนี้") from None
    return sorted({info[4][0].split("%")[0] for info in infos})


def check_target(raw: Any, allow_loopback: bool = False) -> str:
    """The normalised URL to crawl, or TargetError: only http(s) to public addresses
    (loopback too with ``allow_loopback``, for tests and demos)."""
    if not isinstance(raw, str) or not raw.strip():
        raise TargetError("enter the address of the website / กรุณาระบุที่อยู่เว็บไซต์")
    if "://" in raw and not raw.strip().lower().startswith(("http://", "https://")):
        raise TargetError("only http:// and https:// addresses / ใช้ได้เฉพาะ http:// หรือ https://")
    try:
        url = normalize_url(raw)
    except ValueError:
        raise TargetError("not a valid http(s) address / ที่อยู่เว็บไซต์ไม่ถูกต้อง") from None
    host = urlsplit(url).hostname or ""
    for address in _addresses(host):
        loopback = ipaddress.ip_address(address).is_loopback
        if is_internal_address(address) and not (allow_loopback and loopback):
            raise TargetError("this address is not on the public internet / "
                              "ตรวจได้เฉพาะเว็บไซต์ที่เข้าถึงได้จากอินเทอร์เน็ต")  # fmt: skip
    return url


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key (a sliding window, in memory)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> int:
        """Count one event; 0 when allowed, else the seconds until the next one would be."""
        now = self.clock()
        with self._lock:
            if len(self._hits) > 10_000:  # forget idle clients
                self._hits = {k: q for k, q in self._hits.items() if q and q[-1] > now - self.window}
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1, int(hits[0] + self.window - now) + 1)
            hits.append(now)
            return 0


@dataclass
class Check:
    """One self-check's state (mutable: updated by its crawl thread, read by requests)."""

    id: str
    url: str
    as_of: dt.date
    state: str = "queued"  # queued | running | done | failed
    created: float = field(default_factory=time.time)
    pages: int = 0
    last_url: str | None = None
    items_found: tuple[str, ...] = ()
    report: dict[str, Any] | None = None
    error: str | None = None

    def json(self, queue_position: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "url": self.url, "as_of": self.as_of.isoformat(),
                                "state": self.state, "pages": self.pages, "last_url": self.last_url,
                                "items_found": list(self.items_found)}  # fmt: skip
        if queue_position is not None:
            data["queue_position"] = queue_position
        if self.report is not None:
            data["report"] = self.report
        if self.error:
            data["error"] = self.error
        return data


class Busy(Exception):
    """Too many checks waiting already."""


class CheckManager:
    """Runs self-checks in threads (``concurrency`` at once), each crawl in a child process."""

    def __init__(self, workdir: Path, concurrency: int = 2, max_queued: int = 20,
                 budget: Budget = CHECK_BUDGET, keep: int = 200) -> None:  # fmt: skip
        self.workdir = workdir
        self.budget = budget
        self.max_queued = max_queued
        self.keep = keep
        self.rules = Rules.default()
        self._checks: dict[str, Check] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="oit-check")

    def submit(self, url: str, as_of: dt.date) -> Check:
        with self._lock:
            if sum(1 for c in self._checks.values() if c.state == "queued") >= self.max_queued:
                raise Busy
            check = Check(id=secrets.token_urlsafe(12), url=url, as_of=as_of)
            self._checks[check.id] = check
            self._forget_old()
        self._pool.submit(self._run, check)
        return check

    def get(self, check_id: str) -> Check | None:
        return self._checks.get(check_id)

    def queue_position(self, check: Check) -> int | None:
        if check.state != "queued":
            return None
        with self._lock:
            return 1 + sum(1 for c in self._checks.values()
                           if c.state == "queued" and c.created < check.created)  # fmt: skip

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _forget_old(self) -> None:
        finished = [c for c in self._checks.values() if c.state in ("done", "failed")]
        for check in sorted(finished, key=lambda c: c.created)[: max(0, len(self._checks) - self.keep)]:
            del self._checks[check.id]

    def _run(self, check: Check) -> None:
        check.state = "running"
        db = self.workdir / f"check-{check.id}.db"
        host = urlsplit(check.url).hostname or check.url
        agency = Agency(id="self-check", name=host, url=check.url, budget=self.budget)
        try:
            run_id = run_audit([agency], db, check.as_of, jobs=1, kind="check",
                               progress=self._progress(check, db), rules=self.rules)  # fmt: skip
            with open_db(db) as store:
                check.report = build_report(store, check.as_of, run_id=run_id, rules=self.rules)
            check.state = "done"
        except Exception:  # the message stays in the server log, never in a response
            log.exception("self-check %s of %s failed", check.id, check.url)
            check.error = "the check could not be completed / ตรวจไม่สำเร็จ กรุณาลองใหม่ภายหลัง"
            check.state = "failed"
        finally:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{db}{suffix}").unlink()

    def _progress(self, check: Check, db: Path) -> Callable[[dict[str, Any]], None]:
        last = [0.0]

        def on_event(event: dict[str, Any]) -> None:
            if event.get("event") != "page":
                return
            check.pages = int(event.get("pages") or check.pages + 1)
            check.last_url = event.get("url")
            if time.monotonic() - last[0] >= PROGRESS_EVERY_S:
                last[0] = time.monotonic()
                check.items_found = self._items_so_far(db, check.as_of)

        return on_event

    def _items_so_far(self, db: Path, as_of: dt.date) -> tuple[str, ...]:
        """Items with evidence among the pages fetched so far (a crawl in progress reads as partial)."""
        try:
            with open_db(db) as store:
                crawls = [c for r in store.runs(status=None) for c in store.crawls(r["id"])]
                if not crawls:
                    return ()
                evaluation = evaluate_crawl(store, {**crawls[-1], "status": "partial"}, as_of, self.rules)
        except Exception:  # progress is best effort; the final report is what counts
            log.debug("progress evaluation failed", exc_info=True)
            return ()
        return tuple(item.code for item in evaluation.items if item.evidence)
