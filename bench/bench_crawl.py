"""Requests of the focused crawl against a naive full crawl of the same sites, at equal findings.

Run: ``python bench/bench_crawl.py [--news 400]``. Serves on 127.0.0.1 the demo site
a05 (checklist pages beside 120 photo albums and a 73-month calendar) and a
generated site (every checklist item on its own page beside a news archive of
``--news`` entries, photo albums, a webboard and procurement announcements, all
paginated, entries linked to each other by "ก่อนหน้า / ถัดไป"), then audits both
sites twice through ``run_audit`` (the real crawl process):

- focused: the defaults (``OIT_FOCUS`` on, default budget);
- naive: the same spider with ``OIT_FOCUS = False`` (no priorities, no list
  sampling, no explore share, no query-string limit) and a budget big enough to
  take every page (5,000 pages, depth 100): everything reachable is fetched.

For each site it prints the requests of each crawl (``crawls.requests``: every
HTTP request, robots.txt and retries included), their ratio, the wall time, and
whether every item and part got the same status in both. Exit status 1 when a
status differs or the ratio is under ``--target`` (default 5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.records import Agency, Budget  # noqa: E402
from crawler.store import open_db  # noqa: E402
from oit.audit import run_audit  # noqa: E402
from oit.demo.server import DemoSites  # noqa: E402
from tests.sites import Site, news_site  # noqa: E402

TODAY = dt.date(2026, 11, 25)
NAIVE_BUDGET = Budget(
    max_pages=5000, max_depth=100, max_seconds=1800, max_bytes=2_000_000_000, explore_share=1.0
)


def audit(agencies: list[Agency], db: Path, settings: dict) -> tuple[dict, dict, float]:
    start = time.monotonic()
    run_id = run_audit(agencies, db, TODAY, jobs=len(agencies), settings=settings)
    seconds = time.monotonic() - start
    with open_db(db) as store:
        crawls = {c["agency_id"]: c for c in store.crawls(run_id)}
        statuses: dict[str, dict[tuple[str, str], str]] = {}
        for row in store.findings(run_id):
            statuses.setdefault(row["agency_id"], {})[(row["code"], row["part"])] = row["status"]
    return crawls, statuses, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=int, default=400, help="news entries of the generated site")
    parser.add_argument("--target", type=float, default=5.0, help="minimum ratio naive/focused")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="oit-bench-crawl-"))
    with DemoSites(today=TODAY, ids=["a05"]) as demo, Site(news_site(TODAY, news=args.news)) as gen:
        sites = {"a05": demo.url("a05"), "generated": gen.url}
        focused = [Agency(id=k, name=k, url=u) for k, u in sites.items()]
        naive = [Agency(id=k, name=k, url=u, budget=NAIVE_BUDGET) for k, u in sites.items()]
        f_crawls, f_status, f_secs = audit(focused, work / "focused.db", {})
        n_crawls, n_status, n_secs = audit(naive, work / "naive.db", {"OIT_FOCUS": False})
    print(
        f"{'site':<10} {'naive req':>9} {'focused req':>11} {'ratio':>6} {'same findings':>13}  "
        f"focused crawl"
    )
    ok = True
    total_naive = total_focused = 0
    for key in sites:
        n_req, f_req = n_crawls[key]["requests"], f_crawls[key]["requests"]
        same = f_status[key] == n_status[key]
        diff = {
            k: (f_status[key].get(k), n_status[key].get(k))
            for k in set(f_status[key]) | set(n_status[key])
            if f_status[key].get(k) != n_status[key].get(k)
        }
        ratio = n_req / max(1, f_req)
        ok = ok and same and ratio >= args.target
        total_naive += n_req
        total_focused += f_req
        print(
            f"{key:<10} {n_req:>9} {f_req:>11} {ratio:>5.1f}x {'yes' if same else 'NO':>13}  "
            f"{f_crawls[key]['status']} {f_crawls[key]['reason'] or ''}"
        )
        if diff:
            print(f"  differing statuses (focused, naive): {diff}")
    overall = total_naive / max(1, total_focused)
    print(f"{'total':<10} {total_naive:>9} {total_focused:>11} {overall:>5.1f}x")
    print(
        f"wall time: naive {n_secs:.1f} s, focused {f_secs:.1f} s (both sites at once, with "
        f"crawl-process start-up)"
    )
    print(
        f"target: at least {args.target:g}x fewer requests per site at equal findings: "
        f"{'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
