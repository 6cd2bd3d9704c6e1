"""Audits: record a run, crawl its agencies in a child process, evaluate, store the findings.

The library behind ``oit audit``, ``oit check`` and ``oit demo`` (and the
scheduler and web app): the CLI only parses arguments and prints.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from crawler.evaluation import Rules, crawl_findings
from crawler.headroom import CpuSampler, GrowthRule
from crawler.records import Agency, CrawlOutcome
from crawler.servers import locate_servers
from crawler.store import Store, open_db
from crawler.work_queue import Answer, Entry, WorkQueue
from crawler.worker import entry_line, spec_for

ProgressFn = Callable[[dict[str, Any]], None]
# Findings rows that crawl processes evaluated, by crawl id (see crawler.worker).
Found = dict[int, list[dict[str, Any]]]
_FINDINGS_LINE = '{"event": "findings"'
_NEXT_LINE = '{"event": "next"'


# Told of each crawl process as it starts, in the thread running the audit: the web app
# stops a stalled self-check's crawl, and every crawl when it shuts down.
on_crawl_process: contextvars.ContextVar[Callable[[subprocess.Popen[str]], None] | None] = (
    contextvars.ContextVar("on_crawl_process", default=None)
)


class AuditError(Exception):
    """The audit could not run at all; the message is for the user."""


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHAINLP_OFFLINE", "1")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def evaluation_plan(as_of: dt.date, rules: Rules) -> dict[str, str] | None:
    """What a crawl process needs to evaluate its own agencies as ``rules`` would (see
    crawler.worker), or None for rules it cannot build again (those put together by hand)."""
    return None if rules.recipe is None else {"as_of": as_of.isoformat(), "recipe": rules.recipe}


def crawl_in_subprocess(
    db_path: str,
    crawls: Sequence[tuple[int, Agency]],
    jobs: int,
    progress: ProgressFn | None = None,
    settings: dict[str, Any] | None = None,
    evaluate: dict[str, str] | None = None,
    found: Found | None = None,
) -> int:
    """Run the crawl worker for ``crawls``; forwards its progress events; returns its exit code.

    With ``evaluate`` (:func:`evaluation_plan`) the worker evaluates each agency after its crawl
    and the findings rows it sends are put in ``found``."""
    spec = spec_for(
        db_path,
        list(crawls),
        jobs,
        progress=True,
        settings=settings,
        evaluate=evaluate if found is not None else None,
    )
    with _spec_file(spec) as spec_path:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.worker", spec_path],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_worker_env(),
        )
        hook = on_crawl_process.get()
        if hook is not None:
            hook(proc)
        tail = _drain(proc.stderr)
        assert proc.stdout is not None
        for line in proc.stdout:
            _take_line(line, progress, found)
        code = proc.wait()
        tail.join()
    if code != 0 and progress:
        progress({"event": "worker_failed", "detail": (tail.last or f"exit {code}")[:300]})
    return code


def _take_line(line: str, progress: ProgressFn | None, found: Found | None) -> None:
    """One line of a crawl process's stdout: findings rows into ``found``, or a progress event."""
    if found is not None and line.startswith(_FINDINGS_LINE):
        with contextlib.suppress(ValueError, KeyError, TypeError):
            event = json.loads(line)
            found[int(event["crawl_id"])] = list(event["rows"])
    elif progress and line.startswith("{"):
        with contextlib.suppress(ValueError):
            progress(json.loads(line))


@contextlib.contextmanager
def _spec_file(spec: dict[str, Any]) -> Iterator[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(spec, fh, ensure_ascii=False)
    try:
        yield fh.name
    finally:
        os.unlink(fh.name)


class _Tail(threading.Thread):
    """Reads a pipe to its end (a full stderr pipe would stall the process); keeps the last line."""

    def __init__(self, pipe: Any) -> None:
        super().__init__(daemon=True)
        self.pipe, self.last = pipe, ""

    def run(self) -> None:
        for line in self.pipe or ():
            if line.strip():
                self.last = line.strip()


def _drain(pipe: Any) -> _Tail:
    tail = _Tail(pipe)
    tail.start()
    return tail


def run_audit(
    agencies: Sequence[Agency],
    db_path: str | Path,
    as_of: dt.date,
    *,
    jobs: int = 4,
    kind: str = "audit",
    progress: ProgressFn | None = None,
    settings: dict[str, Any] | None = None,
    rules: Rules | None = None,
    resume: bool = False,
    workers: int = 1,
    grow: bool = False,
) -> int:
    """Crawl ``agencies`` as one new run, store pages and findings; returns the run id.

    ``jobs`` agencies crawl at once in all; ``workers`` crawl processes share them, each
    taking the next agency from one queue when a slot is free (crawler.work_queue), so a
    machine's cores all parse pages and no process idles while another has a backlog.
    With ``grow`` (``oit audit`` without ``--jobs``/``--workers``) processes are added while
    the machine has CPU and memory to spare (crawler.headroom).

    With ``resume=True`` no new run is started: the latest interrupted run of ``kind``
    is continued instead (see :func:`resume_run`); ``agencies`` then only supplies
    the per-agency budgets of the CSV.

    A crawl that its process left unfinished is crawled again once in a new process
    (so a crash caused by one site does not cost the others their crawl); one left
    unfinished again is recorded as failed, so its items are ``not_checked``, never
    ``missing``.
    """
    rules = rules or Rules.default()
    if resume:
        return resume_run(
            db_path,
            as_of,
            agencies=agencies,
            jobs=jobs,
            kind=kind,
            progress=progress,
            settings=settings,
            rules=rules,
            workers=workers,
            grow=grow,
        )
    with open_db(db_path) as store:
        store.mark_interrupted_runs()
        store.upsert_agencies(agencies)
        run_id = store.start_run(kind, as_of, rules.checklist.version)
        crawls = [(store.start_crawl(run_id, agency), agency) for agency in agencies]
    return _crawl_and_finish(
        db_path, run_id, crawls, as_of, rules, jobs, workers, progress, settings, grow
    )


def _crawl_and_finish(
    db_path: str | Path,
    run_id: int,
    crawls: Sequence[tuple[int, Agency]],
    as_of: dt.date,
    rules: Rules,
    jobs: int,
    workers: int,
    progress: ProgressFn | None,
    settings: dict[str, Any] | None,
    grow: bool,
) -> int:
    """Crawl (and evaluate in the crawl processes) then finish the run: a new audit and a resumed one alike."""
    found: Found = {}
    _crawl_in_processes(
        str(db_path),
        run_id,
        crawls,
        jobs,
        workers,
        progress,
        settings,
        evaluation_plan(as_of, rules),
        found,
        grow,
    )
    _finish(db_path, run_id, as_of, rules, found)
    return run_id


def _crawl_in_processes(
    db_path: str,
    run_id: int,
    crawls: Sequence[tuple[int, Agency]],
    jobs: int,
    workers: int,
    progress: ProgressFn | None,
    settings: dict[str, Any] | None,
    evaluate: dict[str, str] | None = None,
    found: Found | None = None,
    grow: bool = False,
) -> None:
    """Crawl in ``workers`` child processes at the same time, fed from one queue
    (crawler.work_queue), ``jobs`` shared out; one process is given the whole list. With
    ``grow``, a process of as many slots is added while agencies wait and the machine has
    CPU and memory to spare (crawler.headroom).
    Each process also evaluates its own agencies (``evaluate``, into ``found``): both the
    crawl and the evaluation use every core."""
    servers = locate_servers(agency.url for _, agency in crawls)
    table = servers.only(agency.url for _, agency in crawls)
    settings = {**(settings or {}), "OIT_SERVERS": table} if table else settings
    limit = len({servers.of(agency.url) for _, agency in crawls})  # no more processes than servers
    processes = min(workers, limit)
    if processes <= 1 and (not grow or limit <= 1):
        _crawl_until_done(db_path, run_id, crawls, jobs, progress, settings, evaluate, found)
        return
    lock = threading.Lock()

    def report(event: dict[str, Any]) -> None:
        with lock:  # progress sinks print and count: one event at a time
            progress(event)  # type: ignore[misc]

    work = WorkQueue(crawls, servers)
    per_process = max(1, -(-jobs // processes))
    feeder = _Feeder(
        db_path, run_id, work, per_process, report if progress else None, settings, evaluate, found
    )
    failures: list[BaseException] = []

    def run() -> None:
        try:
            feeder.run_slot()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            failures.append(exc)

    def start() -> None:
        threads.append(threading.Thread(target=run, daemon=True))
        threads[-1].start()

    threads: list[threading.Thread] = []
    for _ in range(processes):
        start()
    rule, sampler = GrowthRule(), CpuSampler() if grow else None
    while any(t.is_alive() for t in threads):
        next(t for t in threads if t.is_alive()).join(rule.interval_seconds if sampler else None)
        headroom = sampler.sample() if sampler else None
        if (
            headroom
            and len(threads) < limit
            and not failures
            and rule.grow(headroom, len(threads), os.cpu_count() or 1, work.waiting(), per_process)
        ):
            start()
            if progress:
                report(
                    {
                        "event": "process_added",
                        "processes": len(threads),
                        "idle_cpu": round(headroom.idle_cpu, 2),
                        "available_mb": round(headroom.available_mb),
                    }
                )
    if failures:
        raise failures[0]


class _Feeder:
    """Runs queue-fed crawl processes (one per thread calling :meth:`run_slot`) and answers
    their asks from the shared :class:`~crawler.work_queue.WorkQueue`."""

    def __init__(
        self,
        db_path: str,
        run_id: int,
        work: WorkQueue,
        jobs: int,
        progress: ProgressFn | None,
        settings: dict[str, Any] | None,
        evaluate: dict[str, str] | None,
        found: Found | None,
    ) -> None:
        self.db_path, self.run_id, self.work, self.jobs = db_path, run_id, work, jobs
        self.progress, self.settings, self.evaluate, self.found = (
            progress,
            settings,
            evaluate,
            found,
        )
        self._stdin: dict[int, Any] = {}
        self._write = threading.Lock()
        self._ids = iter(range(1, 1 << 30))
        self._ids_lock = threading.Lock()

    def send(self, answers: list[Answer]) -> None:
        with self._write:
            for answer in answers:
                pipe = self._stdin.get(answer.worker)
                line = (
                    "null"
                    if answer.entry is None
                    else entry_line(answer.entry.crawl_id, answer.entry.agency)
                )
                try:
                    pipe.write(line + "\n")
                    pipe.flush()
                except (OSError, ValueError, AttributeError):
                    pass  # that process is gone: what it was handed is in its held list

    def run_slot(self) -> None:
        """One process after another in this slot: a process that crashed is replaced, after
        each site it was crawling is crawled again alone (as :func:`_crawl_until_done` does)."""
        while True:
            with self._ids_lock:
                worker = next(self._ids)
            code, finished_any = self._run_process(worker)
            held = self.work.drop(worker)
            if code == 0 or -code in _USER_SIGNALS:
                return
            by_id = {e.crawl_id: e for e in held}
            with open_db(self.db_path) as store:
                rows = [c for c in store.crawls(self.run_id) if c["id"] in by_id]
            suspects = [by_id[c["id"]] for c in rows if c["status"] == "running"]
            waiting = [by_id[c["id"]] for c in rows if c["status"] == "pending"]
            for entry in suspects:
                if self._alone(entry):
                    return
            self.send(self.work.put_back(waiting))
            if not suspects and not finished_any:
                return  # the process fails before any site: another one would too

    def _alone(self, entry: Entry) -> bool:
        """Crawl ``entry`` in a process of its own; True when the user stopped it."""
        crawls = [(entry.crawl_id, entry.agency)]
        code = crawl_in_subprocess(
            self.db_path, crawls, 1, self.progress, self.settings, self.evaluate, self.found
        )
        if code != 0 and -code in _USER_SIGNALS:
            return True
        if code != 0:
            _record_crash(self.db_path, entry.crawl_id)
        return False

    def _run_process(self, worker: int) -> tuple[int, bool]:
        spec = spec_for(
            self.db_path,
            [],
            self.jobs,
            progress=True,
            settings=self.settings,
            evaluate=self.evaluate if self.found is not None else None,
            queue=True,
        )
        finished_any = False
        with _spec_file(spec) as spec_path:
            proc = subprocess.Popen(
                [sys.executable, "-m", "crawler.worker", spec_path],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env=_worker_env(),
            )
            with self._write:
                self._stdin[worker] = proc.stdin
            hook = on_crawl_process.get()
            if hook is not None:
                hook(proc)
            tail = _drain(proc.stderr)
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith(_NEXT_LINE):
                    with contextlib.suppress(ValueError, KeyError, TypeError):
                        done = json.loads(line)["done"]
                        finished_any = finished_any or done is not None
                        self.send(self.work.ask(worker, None if done is None else int(done)))
                else:
                    _take_line(line, self.progress, self.found)
            code = proc.wait()
            tail.join()
            with self._write:
                self._stdin.pop(worker, None)
            with contextlib.suppress(OSError):
                proc.stdin.close()  # type: ignore[union-attr]
        if code != 0 and self.progress:
            self.progress({"event": "worker_failed", "detail": (tail.last or f"exit {code}")[:300]})
        return code, finished_any


# Signals by which a user stops a crawl: not a crash, nothing to retry.
_USER_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
# Close reasons that mean the crawl was stopped from outside, not that the site was read.
_STOPPED = ("shutdown", "cancelled")


def unfinished(crawl: dict[str, Any]) -> bool:
    """True for a crawl a resume must do again: never started, cut off while running,
    stopped by an interrupt, or left behind by a crawl process that died."""
    if crawl["status"] in ("pending", "running") or crawl.get("error") == "worker":
        return True
    try:
        coverage = json.loads(crawl.get("coverage") or "{}")
    except ValueError:
        return True
    return coverage.get("close_reason") in _STOPPED


def resume_run(
    db_path: str | Path,
    as_of: dt.date | None = None,
    *,
    agencies: Sequence[Agency] = (),
    jobs: int = 4,
    kind: str = "audit",
    progress: ProgressFn | None = None,
    settings: dict[str, Any] | None = None,
    rules: Rules | None = None,
    workers: int = 1,
    grow: bool = False,
) -> int:
    """Continue the latest interrupted run of ``kind``: crawl again only its agencies
    whose crawl did not finish (each site from its home page: one site's crawl is
    bounded by its time budget, so redoing it costs little and its coverage stays
    exact), keep the finished ones as they are, then evaluate the whole run.

    ``as_of`` defaults to the run's own. ``agencies`` (e.g. the same CSV) give the
    budgets; agencies not in it are crawled with the default budget.
    """
    rules = rules or Rules.default()
    with open_db(db_path) as store:
        store.mark_interrupted_runs()
        runs = store.runs(kind=kind, status="interrupted")
        if not runs:
            raise AuditError("no interrupted audit to resume / ไม่มีการตรวจที่ค้างอยู่ให้ทำต่อ")
        run = runs[-1]
        run_id = int(run["id"])
        as_of = as_of or dt.date.fromisoformat(run["as_of"])
        given = {a.id: a for a in agencies}
        stored = store.agencies()
        crawls = []
        for crawl in store.crawls(run_id):
            if not unfinished(crawl):
                continue
            row = stored.get(crawl["agency_id"], {})
            agency = given.get(crawl["agency_id"]) or Agency(
                id=crawl["agency_id"],
                name=row.get("name") or crawl["agency_id"],
                url=crawl["url"],
                province=row.get("province") or "",
                type=row.get("type") or "",
            )
            crawls.append((int(crawl["id"]), agency))
        store.finish_run(run_id, "running")
    if progress:
        progress({"event": "resume", "run": run_id, "crawls": len(crawls)})
    return _crawl_and_finish(
        db_path, run_id, crawls, as_of, rules, jobs, workers, progress, settings, grow
    )


def _crawl_until_done(
    db_path: str,
    run_id: int,
    crawls: Sequence[tuple[int, Agency]],
    jobs: int,
    progress: ProgressFn | None,
    settings: dict[str, Any] | None,
    evaluate: dict[str, str] | None = None,
    found: Found | None = None,
) -> None:
    """Crawl in a child process. If the process crashes, each site it was crawling is crawled
    again in a process of its own (a site that crashes that one too is recorded as failed),
    and the sites it never started are crawled as a new batch: one bad site costs only its
    own crawl. A process stopped by the user (SIGINT, SIGTERM, SIGHUP) is not retried."""
    if not crawls:
        return
    code = crawl_in_subprocess(db_path, crawls, jobs, progress, settings, evaluate, found)
    if code == 0 or -code in _USER_SIGNALS:
        return
    by_id = dict(crawls)
    with open_db(db_path) as store:
        rows = [c for c in store.crawls(run_id) if c["id"] in by_id]
    suspects = [(c["id"], by_id[c["id"]]) for c in rows if c["status"] == "running"]
    waiting = [(c["id"], by_id[c["id"]]) for c in rows if c["status"] == "pending"]
    if not suspects:
        return  # the process fails before any site: retrying will not help
    for crawl_id, agency in suspects:
        alone = crawl_in_subprocess(
            db_path, [(crawl_id, agency)], 1, progress, settings, evaluate, found
        )
        if alone != 0 and -alone in _USER_SIGNALS:
            return
        if alone != 0:
            _record_crash(db_path, crawl_id)
    _crawl_until_done(db_path, run_id, waiting, jobs, progress, settings, evaluate, found)


def _record_crash(db_path: str, crawl_id: int) -> None:
    with open_db(db_path) as store:
        if store.crawl(crawl_id)["status"] in ("pending", "running"):
            store.finish_crawl(
                crawl_id,
                CrawlOutcome(
                    "failed",
                    store.page_count(crawl_id),
                    0,
                    error="crash",
                    reason="this site crashed the crawl process / "
                    "เว็บไซต์นี้ทำให้กระบวนการเก็บข้อมูลหยุดทำงาน",
                ),
            )


def _finish(
    db_path: str | Path, run_id: int, as_of: dt.date, rules: Rules, found: Found | None = None
) -> None:
    with open_db(db_path) as store:
        for crawl in store.crawls(run_id):
            if crawl["status"] in ("pending", "running"):
                store.finish_crawl(
                    crawl["id"],
                    CrawlOutcome(
                        "failed",
                        store.page_count(crawl["id"]),
                        0,
                        error="worker",
                        reason="crawl process ended before this site finished / "
                        "กระบวนการเก็บข้อมูลหยุดก่อนเสร็จ",
                    ),
                )
        save_findings(store, run_id, as_of, rules, found)
        store.finish_run(run_id, "done")


def save_findings(
    store: Store, run_id: int, as_of: dt.date, rules: Rules, found: Found | None = None
) -> None:
    """Evaluate every crawl of ``run_id`` and keep the findings for history and diffs.

    ``found``: rows a crawl process already evaluated for a finished crawl (the same rows,
    from the same pages and rules); every other crawl is evaluated here."""
    rows = []
    for crawl in store.crawls(run_id):
        known = (found or {}).get(crawl["id"])
        rows += known if known is not None else crawl_findings(store, crawl, as_of, rules)
    store.save_findings(run_id, rows)
