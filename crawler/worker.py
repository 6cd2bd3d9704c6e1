"""The crawl process: ``python -m crawler.worker SPEC.json`` crawls the agencies a spec lists.

Crawls always run in a child process of their own: Twisted's reactor cannot be
restarted, so a scheduler, a web app or a test suite that audits twice must not
run Scrapy in its own process. Several agencies crawl at once (``jobs``), each
with its own Scrapy crawler, budget and stats, so one slow site does not stall
the others.

With an ``evaluate`` entry in the spec (``as_of`` and the rules' recipe), each agency is
also evaluated as soon as its crawl is over, in this process, and its findings rows are
printed as one ``{"event": "findings", ...}`` line: the parent stays the only writer of
findings, and the evaluation of several crawl processes runs on several cores.

With ``"queue": true`` the spec lists no agencies: the process asks the audit's process for
one whenever a slot is free (``{"event": "next", "done": CRAWL_ID or null}`` on stdout) and
reads the answer, an agency or ``null``, as one JSON line on stdin (crawler.work_queue).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crawler.records import Agency, Budget

PROFILE_ENV = "OIT_WORKER_PROFILE"  # path prefix: each crawl process writes PREFIX.<pid>.prof


def spec_for(
    db_path: str,
    crawls: list[tuple[int, Agency]],
    jobs: int,
    progress: bool = True,
    settings: dict[str, Any] | None = None,
    evaluate: dict[str, str] | None = None,
    queue: bool = False,
) -> dict[str, Any]:
    """The JSON-able description of one crawl batch, read back by :func:`main`; with ``queue``
    the agencies come one at a time on stdin instead of ``crawls``."""
    return {
        "queue": queue,
        "db": db_path,
        "jobs": jobs,
        "progress": progress,
        "settings": settings or {},
        "crawls": [{"crawl_id": cid, "agency": asdict(agency)} for cid, agency in crawls],
        "evaluate": evaluate,
    }


def _evaluator(spec: dict[str, Any]) -> Callable[[int], None] | None:
    """Evaluates one finished crawl and prints its findings rows; None when the spec asks for none.

    The rules and the database connection are made at the first finished crawl, not before the
    first request: the crawl starts as soon as Scrapy is ready."""
    plan = spec.get("evaluate")
    if not plan:
        return None
    made: list[Any] = []  # [rules, as_of, store] once made; [None] when they cannot be

    def tools() -> list[Any]:
        if not made:
            from crawler.evaluation import Rules
            from crawler.store import open_db

            try:  # one connection: each query sees the latest commit
                made.extend(
                    [
                        Rules.default(plan["recipe"] or None),
                        dt.date.fromisoformat(plan["as_of"]),
                        open_db(spec["db"], readonly=True),
                    ]
                )
            except Exception:  # noqa: BLE001 - then the parent evaluates every agency, as it can
                traceback.print_exc(file=sys.stderr)
                made[:] = [None]
        return made

    def evaluate(crawl_id: int) -> None:
        from crawler.evaluation import crawl_findings
        from crawler.pipelines import take_pages

        pages = take_pages(crawl_id)  # kept by the store pipeline: not read back
        rules, *rest = tools()
        if rules is None:
            return
        as_of, store = rest
        try:
            crawl = store.crawl(crawl_id)
            if crawl["status"] in ("pending", "running"):
                return  # not over (a crawl that failed to start): the parent judges it
            rows = crawl_findings(store, crawl, as_of, rules, pages)
        except Exception:  # noqa: BLE001 - the parent evaluates what it is not sent
            traceback.print_exc(file=sys.stderr)
            return
        line = json.dumps(
            {"event": "findings", "crawl_id": crawl_id, "rows": rows}, ensure_ascii=False
        )
        print(line, file=sys.stdout, flush=True)

    return evaluate


def _forget_pages(failure: Any, crawl_id: int) -> Any:
    """A crawl that failed is not evaluated here: drop the pages kept for it, pass the failure on."""
    from crawler.pipelines import take_pages

    take_pages(crawl_id)
    return failure


def entry_line(crawl_id: int, agency: Agency) -> str:
    """One agency for a queue-fed crawl process (its stdin)."""
    return json.dumps({"crawl_id": crawl_id, "agency": asdict(agency)}, ensure_ascii=False)


def _agency(data: dict[str, Any]) -> Agency:
    return Agency(**{**data, "budget": Budget(**data.get("budget", {}))})


# Each page's BeautifulSoup tree is thousands of objects in reference cycles, garbage once the
# page is read: with Python's default thresholds the cyclic collector ran ~2,250 times in a
# 20-agency crawl process, 16 of them full collections over everything the process holds
# (~17 % of its CPU). What start-up made (modules, Scrapy, the settings) lives as long as the
# process and is frozen out of the collections; the young generation is collected per 10,000
# new objects (a few pages' trees), not 700.
GC_THRESHOLDS = (10_000, 10, 10)


def _tune_collector() -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _quiet_scrapy_debug(log_level: str | int) -> None:
    """Scrapy sets its loggers to DEBUG, so every response and item made a log record that no
    handler here prints (no root handler is installed: warnings and errors reach stderr through
    logging's last resort; each crawler's log counter takes ``LOG_LEVEL`` and above). Records
    below both are not made at all."""
    level = logging.getLevelName(log_level) if isinstance(log_level, str) else log_level
    if isinstance(level, int):
        logging.getLogger("scrapy").setLevel(min(level, logging.WARNING))


def run_spec(spec: dict[str, Any]) -> None:
    """Crawl every agency of ``spec``, at most ``jobs`` at a time, then return."""
    from scrapy.crawler import Crawler, CrawlerProcess
    from scrapy.settings import Settings
    from scrapy.utils.reactor import install_reactor
    from twisted.internet import defer

    base = Settings()
    base.setmodule("crawler.settings", priority="project")
    base.update(spec.get("settings") or {}, priority="cmdline")
    base.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    # Each crawler gets settings of its own, so the reactor is installed here, once,
    # before anything imports twisted.internet.reactor.
    install_reactor(base["TWISTED_REACTOR"], base["ASYNCIO_EVENT_LOOP"])
    process = CrawlerProcess(base)
    _quiet_scrapy_debug(base["LOG_LEVEL"])
    from twisted.internet import reactor

    from crawler.spiders.agency import AgencySpider

    semaphore = defer.DeferredSemaphore(max(1, int(spec.get("jobs", 4))))
    evaluate = _evaluator(spec)
    _tune_collector()

    def crawl(entry: dict[str, Any]) -> defer.Deferred:
        agency = _agency(entry["agency"])
        # Every per-crawl key is set again for each agency, and the Crawler takes its own (deep)
        # copy when it is made, just below: the base settings are not copied a second time.
        base.setdict(
            {
                "OIT_DB": spec["db"],
                "OIT_CRAWL_ID": entry["crawl_id"],
                "OIT_AGENCY_ID": agency.id,
                "OIT_PROGRESS": spec.get("progress", False),
                "CLOSESPIDER_TIMEOUT": agency.budget.max_seconds,
                "OIT_KEEP_PAGES": evaluate is not None,  # for the evaluation below
            },
            priority="cmdline",
        )
        done = process.crawl(Crawler(AgencySpider, base), agency=agency)
        if evaluate is not None:  # in the reactor's thread: this core's CPU, as a page's parsing
            done.addCallbacks(
                lambda _: evaluate(entry["crawl_id"]),
                _forget_pages,
                errbackArgs=(entry["crawl_id"],),
            )
        return done

    def failed(value: Any) -> None:
        print(f"crawl failed: {value.getErrorMessage()}", file=sys.stderr, flush=True)

    if spec.get("queue"):
        _run_queue(max(1, int(spec.get("jobs", 4))), crawl, failed, reactor)
    else:
        batch = defer.DeferredList(
            [semaphore.run(crawl, entry) for entry in spec["crawls"]], consumeErrors=True
        )

        def finished(results: list[tuple[bool, Any]]) -> None:
            for ok, value in results:
                if not ok:
                    failed(value)
            reactor.callLater(0, reactor.stop)  # type: ignore[attr-defined]

        batch.addCallback(finished)
    process.start(stop_after_crawl=False)


def _run_queue(
    slots: int, crawl: Callable[[dict[str, Any]], Any], failed: Callable[[Any], None], reactor: Any
) -> None:
    """Ask for an agency per free slot; crawl each one answered; stop once every ask got
    ``null`` and nothing crawls (or when stdin closes: the audit's process is gone)."""
    import threading

    state = {"asked": 0, "crawling": 0}

    def ask(done: int | None) -> None:
        state["asked"] += 1
        print(json.dumps({"event": "next", "done": done}), file=sys.stdout, flush=True)

    def stop_if_idle() -> None:
        if state["asked"] == 0 and state["crawling"] == 0 and reactor.running:
            reactor.stop()

    def ended(result: Any, crawl_id: int) -> None:
        if hasattr(result, "getErrorMessage"):
            failed(result)
        state["crawling"] -= 1
        ask(crawl_id)  # frees this crawl's server in the queue, and this slot

    def answer(line: str) -> None:
        state["asked"] -= 1
        entry = json.loads(line) if line.strip() else None
        if entry is None:
            stop_if_idle()
            return
        state["crawling"] += 1
        crawl(entry).addBoth(ended, int(entry["crawl_id"]))

    def read_stdin() -> None:  # a thread: the reactor must not block on the pipe
        for line in sys.stdin:
            reactor.callFromThread(answer, line)
        reactor.callFromThread(lambda: reactor.running and reactor.stop())

    for _ in range(slots):
        ask(None)
    threading.Thread(target=read_stdin, daemon=True, name="oit-queue").start()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m crawler.worker SPEC.json", file=sys.stderr)
        return 2
    spec = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    profile = os.environ.get(PROFILE_ENV)
    if not profile:
        run_spec(spec)
        return 0
    import cProfile

    with cProfile.Profile() as profiler:  # bench/crawl_cpu.py --profile: where the crawl's CPU goes
        run_spec(spec)
    profiler.dump_stats(f"{profile}.{os.getpid()}.prof")
    return 0


if __name__ == "__main__":
    sys.exit(main())
