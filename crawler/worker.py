"""The crawl process: ``python -m crawler.worker SPEC.json`` crawls the agencies a spec lists.

Crawls always run in a child process of their own: Twisted's reactor cannot be
restarted, so a scheduler, a web app or a test suite that audits twice must not
run Scrapy in its own process. Several agencies crawl at once (``jobs``), each
with its own Scrapy crawler, budget and stats, so one slow site does not stall
the others.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crawler.records import Agency, Budget

PROFILE_ENV = "OIT_WORKER_PROFILE"  # path prefix: each crawl process writes PREFIX.<pid>.prof


def spec_for(db_path: str, crawls: list[tuple[int, Agency]], jobs: int,
             progress: bool = True, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON-able description of one crawl batch, read back by :func:`main`."""
    return {
        "db": db_path,
        "jobs": jobs,
        "progress": progress,
        "settings": settings or {},
        "crawls": [{"crawl_id": cid, "agency": asdict(agency)} for cid, agency in crawls],
    }


def _agency(data: dict[str, Any]) -> Agency:
    return Agency(**{**data, "budget": Budget(**data.get("budget", {}))})


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
    from twisted.internet import reactor

    from crawler.spiders.agency import AgencySpider

    semaphore = defer.DeferredSemaphore(max(1, int(spec.get("jobs", 4))))

    def crawl(entry: dict[str, Any]) -> defer.Deferred:
        agency = _agency(entry["agency"])
        settings = base.copy()
        settings.setdict(
            {
                "OIT_DB": spec["db"],
                "OIT_CRAWL_ID": entry["crawl_id"],
                "OIT_AGENCY_ID": agency.id,
                "OIT_PROGRESS": spec.get("progress", False),
                "CLOSESPIDER_TIMEOUT": agency.budget.max_seconds,
            },
            priority="cmdline",
        )
        return process.crawl(Crawler(AgencySpider, settings), agency=agency)

    batch = defer.DeferredList(
        [semaphore.run(crawl, entry) for entry in spec["crawls"]], consumeErrors=True
    )
    def finished(results: list[tuple[bool, Any]]) -> None:
        for ok, value in results:
            if not ok:
                print(f"crawl failed: {value.getErrorMessage()}", file=sys.stderr, flush=True)
        reactor.callLater(0, reactor.stop)  # type: ignore[attr-defined]

    batch.addCallback(finished)
    process.start(stop_after_crawl=False)


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
