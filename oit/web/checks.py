"""Self-checks started from the web: which URLs are allowed, how often a client may ask,
and the crawls themselves (a small budget, a few at once, the rest queued; kept in the web
database). A check's crawl is public only and connects only to the addresses vetted here
(crawler/netguard.py).

Each check crawls into a scratch database of its own, deleted once its report is
built: a stranger's check never writes to the province's audit database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import logging
import secrets
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.evaluation import Rules, evaluate_crawl
from crawler.netguard import Guard, Resolve, crawl_settings, system_resolve
from crawler.records import Agency, Budget
from crawler.store import open_db
from oit.agencies import normalize_url
from oit.audit import on_crawl_process, run_audit
from oit.report import build_report
from oit.web.webstore import WebStore

log = logging.getLogger("oit.web")

# A public form crawls sites chosen by strangers: small budgets (README "oit serve").
CHECK_BUDGET = Budget(
    max_pages=120, max_depth=4, max_seconds=120, max_bytes=30_000_000, max_pdf_bytes=5_000_000
)
PROGRESS_EVERY_S = 1.5  # re-evaluate the pages fetched so far at most this often


class TargetError(ValueError):
    """A URL the self-check refuses; the message is for the user (Thai / English)."""


@dataclass(frozen=True)
class Target:
    """A URL to check and the addresses its host was vetted at: the crawl connects only to these."""

    url: str
    host: str
    addresses: tuple[str, ...]


def check_target(
    raw: Any,
    allow_loopback: bool = False,
    public: Iterable[str] = (),
    resolve: Resolve = system_resolve,
) -> Target:
    """The URL to crawl and its vetted addresses, or TargetError: only http(s) to hosts whose
    every address is public (loopback too with ``allow_loopback``, for tests and demos;
    ``public``: addresses to treat as public, tests only). The name is resolved here, once."""
    if not isinstance(raw, str) or not raw.strip():
        raise TargetError("enter the address of the website / กรุณาระบุที่อยู่เว็บไซต์")
    if "://" in raw and not raw.strip().lower().startswith(("http://", "https://")):
        raise TargetError("only http:// and https:// addresses / ใช้ได้เฉพาะ http:// หรือ https://")
    try:
        url = normalize_url(raw)
    except ValueError:
        raise TargetError("not a valid http(s) address / ที่อยู่เว็บไซต์ไม่ถูกต้อง") from None
    host = (urlsplit(url).hostname or "").lower()
    verdict = Guard(public=public, allow_loopback=allow_loopback, resolve=resolve).vet(host)
    if verdict.refused == "dns":
        raise TargetError(f"host not found: {host} / ไม่พบชื่อโดเมนนี้")
    if verdict.refused:
        raise TargetError(
            "this address is not on the public internet / ตรวจได้เฉพาะเว็บไซต์ที่เข้าถึงได้จากอินเทอร์เน็ต"
        )
    return Target(url, host, verdict.addresses)


def client_key(address: str) -> str:
    """Who a client is for the limits: its IPv4 address, or its IPv6 /64 (one subscriber's
    network hands out a whole /64, so a new address there is not a new client)."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def wait_text(seconds: int) -> str:
    minutes = max(1, -(-seconds // 60))
    return f"try again in about {minutes} min / กรุณาลองใหม่ในอีกประมาณ {minutes} นาที"


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key (a sliding window, in memory)."""

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> int:
        """Count one event; 0 when allowed, else the seconds until the next one would be."""
        now = self.clock()
        with self._lock:
            if len(self._hits) > 10_000:  # forget idle clients
                self._hits = {
                    k: q for k, q in self._hits.items() if q and q[-1] > now - self.window
                }
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
    client: str = ""  # client_key of who asked (never shown)
    pages: int = 0
    last_url: str | None = None
    items_found: tuple[str, ...] = ()
    report: dict[str, Any] | None = None
    error: str | None = None
    started: float | None = None  # monotonic, when its crawl began
    progressed: float | None = None  # monotonic, the last page fetched (or the start)
    stopped: str | None = None  # why the manager stopped its crawl
    host: str = ""
    addresses: tuple[str, ...] = ()

    def json(self, queue_position: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "as_of": self.as_of.isoformat(),
            "state": self.state,
            "pages": self.pages,
            "last_url": self.last_url,
            "items_found": list(self.items_found),
        }
        if queue_position is not None:
            data["queue_position"] = queue_position
        if self.report is not None:
            data["report"] = self.report
        if self.error:
            data["error"] = self.error
        return data

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "as_of": self.as_of.isoformat(),
            "state": self.state,
            "created": self.created,
            "pages": self.pages,
            "last_url": self.last_url,  # not the client's IP
            "items_found": self.items_found,
            "report": self.report,
            "error": self.error,
        }


@dataclass(frozen=True)
class Refused(Exception):
    """A check not started: HTTP status, message for the user, seconds until it may be asked again,
    and the id of the client's own check in progress when that is the reason."""

    status: int
    message: str
    retry_after: int
    check_id: str | None = None


RESTARTED = "the server restarted during this check, please run it again / ระบบเริ่มใหม่ระหว่างการตรวจ กรุณาตรวจอีกครั้ง"
FAILED = "the check could not be completed / ตรวจไม่สำเร็จ กรุณาลองใหม่ภายหลัง"
STALLED = "the website did not answer in time / เว็บไซต์ไม่ตอบสนองภายในเวลาที่กำหนด"
STALL_S = 60.0  # a running check with no page for this long is stopped (a site that never answers)
DEADLINE_GRACE_S = 30.0  # past its budget's max_seconds, a crawl is stopped whatever it is doing


class CheckManager:
    """Runs self-checks in threads (``concurrency`` at once), each crawl in a child process.

    Fair to everyone (README "Web app"): one queued or running check per client
    (client_key: an IPv4 address, an IPv6 /64); at most ``per_hour`` checks started
    per hour in all, of which one client gets at most a tenth; a crawl that stalls
    or overruns its budget is stopped. Checks are kept in the web database (``store``)
    so they survive a restart.
    """

    def __init__(
        self,
        workdir: Path,
        concurrency: int = 2,
        max_queued: int = 20,
        budget: Budget = CHECK_BUDGET,
        keep: int = 200,
        *,
        store: WebStore | None = None,
        per_hour: int = 120,
        allow_loopback: bool = False,
        public: Iterable[str] = (),
        stall_s: float = STALL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.workdir = workdir
        self.budget = budget
        self.concurrency = concurrency
        self.max_queued = max_queued
        self.keep = keep
        self.store = store
        self.per_hour = per_hour
        self.allow_loopback = allow_loopback
        self.public = tuple(public)
        self.stall_s = stall_s
        self.clock = clock
        self.rules = Rules.default()
        self._checks: dict[str, Check] = {}
        self._started: deque[tuple[float, str]] = (
            deque()
        )  # (clock, client) of the last hour's checks
        self._procs: dict[str, list[subprocess.Popen[str]]] = {}
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="oit-check")
        self._load()
        self._watchdog = threading.Thread(
            target=self._watch, name="oit-check-watchdog", daemon=True
        )
        self._watchdog.start()

    # -- asking for a check ------------------------------------------------
    def submit(self, target: Target | str, as_of: dt.date, client: str = "") -> Check:
        """Queue a check of ``target`` for ``client`` (a client_key), or raise Refused."""
        if isinstance(target, str):  # a URL already vetted by the caller
            target = Target(target, (urlsplit(target).hostname or "").lower(), ())
        now = self.clock()
        with self._lock:
            if self._closing.is_set():
                raise Refused(503, "the server is stopping / ระบบกำลังปิด กรุณาลองใหม่", 60)
            mine = next(
                (
                    c
                    for c in self._checks.values()
                    if c.client == client and client and c.state in ("queued", "running")
                ),
                None,
            )
            if mine is not None:
                wait = self._estimate(mine)
                raise Refused(
                    429,
                    "you have a check in progress already; one at a time / "
                    f"มีรายการตรวจของท่านอยู่ในคิวแล้ว ตรวจได้ครั้งละหนึ่งรายการ ({wait_text(wait)})",
                    wait,
                    mine.id,
                )
            while self._started and self._started[0][0] <= now - 3600:
                self._started.popleft()
            if len(self._started) >= self.per_hour:
                wait = max(1, int(self._started[0][0] + 3600 - now) + 1)
                raise Refused(
                    503,
                    f"the hourly limit of checks is reached / ครบจำนวนการตรวจต่อชั่วโมงแล้ว "
                    f"({wait_text(wait)})",
                    wait,
                )
            share = max(1, self.per_hour // 10)
            mine_hour = [t for t, c in self._started if c == client and client]
            if len(mine_hour) >= share:
                wait = max(1, int(mine_hour[0] + 3600 - now) + 1)
                raise Refused(
                    429, f"too many checks this hour / ขอตรวจบ่อยเกินไป ({wait_text(wait)})", wait
                )
            queued = [c for c in self._checks.values() if c.state == "queued"]
            if len(queued) >= self.max_queued:
                wait = self._estimate(queued[-1])
                raise Refused(
                    503, f"the server is busy / ระบบมีงานตรวจมากเกินไป ({wait_text(wait)})", wait
                )
            check = Check(
                id=secrets.token_urlsafe(12),
                url=target.url,
                as_of=as_of,
                client=client,
                host=target.host,
                addresses=target.addresses,
            )
            self._checks[check.id] = check
            self._started.append((now, client))
            self._forget_old()
        self._save(check)
        self._pool.submit(self._run, check)
        return check

    def _estimate(self, check: Check) -> int:
        """Seconds until ``check`` should be over (its budget, and the queue ahead of it)."""
        budget = self.budget.max_seconds + DEADLINE_GRACE_S
        if check.state == "running" and check.started is not None:
            return max(5, int(check.started + budget - self.clock()))
        ahead = sum(
            1 for c in self._checks.values() if c.state == "queued" and c.created < check.created
        )
        return int(budget * (1 + ahead // self.concurrency + 1))

    def get(self, check_id: str) -> Check | None:
        return self._checks.get(check_id)

    def queue_position(self, check: Check) -> int | None:
        if check.state != "queued":
            return None
        with self._lock:
            return 1 + sum(
                1
                for c in self._checks.values()
                if c.state == "queued" and c.created < check.created
            )

    # -- stopping ----------------------------------------------------------
    def shutdown(self, timeout: float = 15.0) -> None:
        """Stop every crawl (no crawl process outlives the server) and wait for their threads."""
        self._closing.set()
        with self._lock:
            for check in self._checks.values():
                if check.state in ("queued", "running"):
                    check.stopped = RESTARTED
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._stop_all()
        deadline = time.monotonic() + timeout
        while self._alive() and time.monotonic() < deadline:
            self._stop_all()
            time.sleep(0.1)
        self._pool.shutdown(wait=True)
        for check in list(self._checks.values()):
            if check.state in ("queued", "running"):
                check.state, check.error = "failed", RESTARTED
                self._save(check)

    def _alive(self) -> bool:
        with self._lock:
            return any(p.poll() is None for ps in self._procs.values() for p in ps)

    def _stop_all(self) -> None:
        with self._lock:
            procs = [p for ps in self._procs.values() for p in ps]
        for proc in procs:
            _stop(proc)

    def _watch(self) -> None:
        """Stop crawls that stall (no page for ``stall_s``) or overrun their budget."""
        while not self._closing.wait(1.0):
            now = self.clock()
            for check in list(self._checks.values()):
                if check.state != "running" or check.started is None:
                    continue
                if check.stopped:  # SIGKILL if SIGTERM was not enough
                    for proc in list(self._procs.get(check.id, ())):
                        _stop(proc)
                    continue
                overdue = now - check.started > self.budget.max_seconds + DEADLINE_GRACE_S
                stalled = now - (check.progressed or check.started) > self.stall_s
                if overdue or stalled:
                    log.warning(
                        "self-check %s of %s stopped: %s",
                        check.id,
                        check.url,
                        "over budget" if overdue else "stalled",
                    )
                    check.stopped = STALLED
                    for proc in list(self._procs.get(check.id, ())):
                        _stop(proc)

    # -- persistence -------------------------------------------------------
    def _load(self) -> None:
        if self.store is None:
            return
        for row in self.store.checks():
            check = Check(
                id=row["id"],
                url=row["url"],
                as_of=dt.date.fromisoformat(row["as_of"]),
                state=row["state"],
                created=row["created"],
                client=row["client"],
                pages=row["pages"],
                last_url=row["last_url"],
                items_found=row["items_found"],
                report=row["report"],
                error=row["error"],
            )
            if check.state in ("queued", "running"):
                check.state, check.error = "failed", RESTARTED
                self._save(check)
            self._checks[check.id] = check

    def _save(self, check: Check) -> None:
        if self.store is not None:
            try:
                self.store.save_check(check.row())
            except Exception:  # a full disk must not fail the check itself
                log.exception("could not save self-check %s", check.id)

    def _forget_old(self) -> None:
        finished = [c for c in self._checks.values() if c.state in ("done", "failed")]
        excess = max(0, len(self._checks) - self.keep)
        for check in sorted(finished, key=lambda c: c.created)[:excess]:
            del self._checks[check.id]
        if excess and self.store is not None:
            self.store.forget_checks(set(self._checks))

    # -- running -----------------------------------------------------------
    def _crawl_settings(self, check: Check) -> dict[str, Any]:
        pins = {check.host: list(check.addresses)} if check.host and check.addresses else {}
        return crawl_settings(pins, self.public, self.allow_loopback)

    def _register(self, check: Check) -> Callable[[subprocess.Popen[str]], None]:
        def hook(proc: subprocess.Popen[str]) -> None:
            with self._lock:
                self._procs.setdefault(check.id, []).append(proc)
            if check.stopped:  # a crawl started again after the check was stopped
                _stop(proc)

        return hook

    def _run(self, check: Check) -> None:
        if self._closing.is_set():
            return
        check.state, check.started = "running", self.clock()
        check.progressed = check.started
        self._save(check)
        db = self.workdir / f"check-{check.id}.db"
        agency = Agency(
            id="self-check", name=check.host or check.url, url=check.url, budget=self.budget
        )
        token = on_crawl_process.set(self._register(check))
        try:
            run_id = run_audit(
                [agency],
                db,
                check.as_of,
                jobs=1,
                kind="check",
                progress=self._progress(check, db),
                rules=self.rules,
                settings=self._crawl_settings(check),
            )
            if check.stopped and check.pages == 0 or check.stopped == RESTARTED:
                raise _Stopped(check.stopped)
            with open_db(db) as store:
                check.report = build_report(store, check.as_of, run_id=run_id, rules=self.rules)
            check.state = "done"
        except _Stopped as stop:
            check.error, check.state = str(stop), "failed"
        except Exception:  # the message stays in the server log, never in a response
            log.exception("self-check %s of %s failed", check.id, check.url)
            check.error, check.state = FAILED, "failed"
        finally:
            on_crawl_process.reset(token)
            with self._lock:
                self._procs.pop(check.id, None)
            for suffix in ("", "-wal", "-shm", "-journal", ".migrate.lock"):
                with contextlib.suppress(OSError):
                    Path(f"{db}{suffix}").unlink()
            self._save(check)

    def _progress(self, check: Check, db: Path) -> Callable[[dict[str, Any]], None]:
        last = [0.0]

        def on_event(event: dict[str, Any]) -> None:
            if event.get("event") != "page":
                return
            check.pages = int(event.get("pages") or check.pages + 1)
            check.last_url = event.get("url")
            check.progressed = self.clock()
            if time.monotonic() - last[0] >= PROGRESS_EVERY_S:
                last[0] = time.monotonic()
                check.items_found = self._items_so_far(db, check.as_of)
                self._save(check)

        return on_event

    def _items_so_far(self, db: Path, as_of: dt.date) -> tuple[str, ...]:
        """Items with evidence among the pages fetched so far (a crawl in progress reads as partial)."""
        try:
            with open_db(db) as store:
                crawls = [c for r in store.runs(status=None) for c in store.crawls(r["id"])]
                if not crawls:
                    return ()
                evaluation = evaluate_crawl(
                    store, {**crawls[-1], "status": "partial"}, as_of, self.rules
                )
        except Exception:  # progress is best effort; the final report is what counts
            log.debug("progress evaluation failed", exc_info=True)
            return ()
        return tuple(item.code for item in evaluation.items if item.evidence)


class _Stopped(Exception):
    pass


def _stop(proc: subprocess.Popen[str]) -> None:
    """SIGTERM (Scrapy closes the spider), SIGKILL when that was not enough 5 s later."""
    if proc.poll() is not None:
        return
    started = getattr(proc, "_oit_term", None)
    if started is None:
        proc._oit_term = time.monotonic()  # type: ignore[attr-defined]
        with contextlib.suppress(OSError):
            proc.terminate()
    elif time.monotonic() - started > 5:
        with contextlib.suppress(OSError):
            proc.kill()
