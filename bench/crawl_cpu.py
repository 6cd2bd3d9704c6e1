"""Crawl CPU per agency and per page on a generated province, and what the crawl stored, for comparison.

Run: ``python bench/crawl_cpu.py --agencies 20 --latency 20 [--dump out.json] [--profile /tmp/crawl]``.
Serves the synthetic province of ``bench/province.py`` (flat loopback profile: at low latency
the crawl is CPU-bound), audits it through :func:`oit.audit.run_audit` (the real crawl
process) and prints the crawl processes' CPU seconds (user + system, from their rusage)
per agency and per stored page, and the peak memory (resident set) of the largest.

``--dump FILE`` writes every finding (status, evidence, dates) and every stored page (kind,
status, title, extracted content, stored text, dates, error), keyed by agency and URL, as
JSON: ``bench/same_crawl.py A.json B.json`` tells whether two audits of the same province
(say, before and after a change to page parsing) stored and found the same.
``--crawl-only``: the crawl processes only crawl (the audit's own process evaluates, and is
not counted), the figure the issue's start was given in.
``--profile PREFIX`` runs each crawl process under cProfile (``PREFIX.<pid>.prof``, read
with ``python -m pstats``); CPU figures are then inflated by the profiler.

Side by side with older code: ``cd /tmp && PYTHONPATH=OLD_CHECKOUT python
/work/main/bench/crawl_cpu.py --agencies 20`` serves this checkout's province (the same sites,
the same bytes) and audits it with the code on ``PYTHONPATH``; code from before the
application moved to ``oit/`` (``crawler.audit``) evaluates in the audit's own process, so
its figure is the crawl alone (compare with ``--crawl-only``), and ``--dump`` is not offered.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: an older checkout given there is audited

from province import TODAY, Province  # noqa: E402

from crawler.records import Agency  # noqa: E402
from crawler.store import open_db  # noqa: E402

try:
    from crawler.evaluation import Rules
    from crawler.worker import PROFILE_ENV
    from oit.audit import run_audit

    OLD_CODE = False
except ImportError:  # the code the issue was filed against (crawler.audit, no oit/)
    from crawler.audit import run_audit  # type: ignore[no-redef]

    OLD_CODE = True

# Page columns that depend on when or in which order the page was fetched, not on what it says.
_PAGE_VOLATILE = frozenset({"id", "crawl_id", "fetched_at"})
_FINDING_VOLATILE = frozenset({"run_id"})


def dump(db: Path, run_id: int) -> dict[str, Any]:
    """Findings and stored pages of ``run_id``, keyed so that two runs compare by agency and URL."""
    out: dict[str, Any] = {"findings": {}, "pages": {}, "crawls": {}}
    origins: dict[str, str] = {}
    with open_db(db) as store:
        for row in store.findings(run_id):
            key = f"{row['agency_id']} {row['code']} {row['part']}"
            out["findings"][key] = {k: v for k, v in row.items() if k not in _FINDING_VOLATILE}
        for crawl in store.crawls(run_id):
            agency = crawl["agency_id"]
            parts = urlsplit(crawl["url"])
            origins[f"{parts.scheme}://{parts.netloc}"] = f"http://{agency}.site"
            out["crawls"][agency] = {
                "status": crawl["status"],
                "pages": crawl["pages"],
                "requests": crawl["requests"],
            }
            for page in store.pages(crawl["id"]):
                out["pages"][f"{agency} {page['url']}"] = {
                    k: v for k, v in page.items() if k not in _PAGE_VOLATILE
                }
    # Each audit serves the sites on new ports: name them by agency so that two audits compare.
    text = json.dumps(out, ensure_ascii=False)
    for origin, name in origins.items():
        text = re.sub(re.escape(origin) + r"(?![0-9])", name, text)
    return json.loads(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=20)
    parser.add_argument(
        "--latency", type=float, default=20.0, help="base latency in ms (answers wait 1-4x)"
    )
    parser.add_argument("--jobs", type=int, default=32)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dump", help="write findings and stored pages as JSON here")
    parser.add_argument("--profile", help="cProfile each crawl process to PREFIX.<pid>.prof")
    parser.add_argument(
        "--crawl-only",
        action="store_true",
        help="the crawl processes do not evaluate (the audit's process does, not counted)",
    )
    args = parser.parse_args(argv)
    if OLD_CODE and (args.dump or args.profile or args.crawl_only or args.workers != 1):
        parser.error(
            "older code (crawler.audit): --dump, --profile, --crawl-only, --workers not offered"
        )
    if args.profile:
        os.environ[PROFILE_ENV] = str(Path(args.profile).resolve())
    work = Path(tempfile.mkdtemp(prefix="oit-bench-cpu-"))
    db = work / "audit.db"
    with Province(args.agencies, TODAY, args.latency, args.seed) as province:
        agencies = [Agency(id=a["id"], name=a["name"], url=a["url"]) for a in province.agencies]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        # This thread's CPU: reading the crawl processes' events and, where the audit's process
        # evaluates (older code, --crawl-only), the evaluation; not the sites' server threads.
        thread_before = time.thread_time()
        if OLD_CODE:
            run_id = run_audit(agencies, db, TODAY, jobs=args.jobs)
        else:
            # Rules put together by hand cannot be rebuilt in a crawl process: the audit evaluates.
            rules = Rules.default()
            by_hand = (
                Rules(rules.checklist, rules.matcher, rules.policy) if args.crawl_only else None
            )
            run_id = run_audit(
                agencies, db, TODAY, jobs=args.jobs, workers=args.workers, rules=by_hand
            )
        seconds = time.monotonic() - start
        thread_cpu = time.thread_time() - thread_before
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if OLD_CODE:
        with open_db(db) as store:
            rows = [p for c in store.crawls(run_id) for p in store.pages(c["id"])]
        pages, html = len(rows), sum(1 for p in rows if p["kind"] == "html")
        result: dict[str, Any] = {}
    else:
        result = dump(db, run_id)
        pages = len(result["pages"])
        html = sum(1 for p in result["pages"].values() if p["kind"] == "html")
    print(f"database: {db}")
    print(
        f"{args.agencies} agencies, {pages} pages ({html} HTML) in {seconds:.1f} s (with evaluation); "
        f"crawl processes{' (crawl only)' if args.crawl_only or OLD_CODE else ' (with evaluation)'}: "
        f"{cpu:.1f} s CPU = {cpu / args.agencies:.2f} s per agency, "
        f"{1000 * cpu / max(1, pages):.1f} ms per page, "
        f"peak memory of the largest crawl process {after.ru_maxrss / 1024:.0f} MB; "
        f"the audit's own thread {thread_cpu:.1f} s CPU = {thread_cpu / args.agencies:.2f} s per agency "
        f"({'evaluation and events' if args.crawl_only or OLD_CODE else 'events'})"
    )
    if args.dump:
        Path(args.dump).write_text(
            json.dumps(result, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8"
        )
        print(f"wrote {args.dump}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
