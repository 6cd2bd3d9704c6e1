"""CPU seconds of one agency's evaluation (stored pages -> findings rows), as the crawl process runs it.

Run: ``python bench/eval_cpu.py DB [--rounds 5] [--root TREE] [--profile OUT.prof]``.
``DB``: an audit database (``bench/crawl_cpu.py`` prints where it left one). Every crawl's pages
are read once; then each round evaluates every agency once through
:func:`crawler.evaluation.crawl_findings` (what a crawl process calls right after a crawl)
under ``time.process_time`` and prints the median CPU per agency of the rounds.
``--root TREE`` evaluates with another checkout's code (say, main), so that old and new code
run alternately on the same pages; ``--check`` prints a digest of the rows, equal for equal findings.
Every process-wide cache of the checklist package (normalised texts, dates of short texts...) is
emptied before each agency, so no agency gains from text an earlier round or agency left there
(the province's sites share a generator's wording); ``--warm`` keeps them, as a crawl process does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _clear_caches() -> None:
    """Empty the functools caches of every loaded checklist module (the rules' own, built once
    per process, are ``functools.cache`` without a size: kept)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("checklist."):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_parameters", None)
            if info is not None and info()["maxsize"] is not None:
                value.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--root", default=str(ROOT), help="checkout whose code evaluates")
    parser.add_argument("--profile", help="cProfile the rounds into this file")
    parser.add_argument("--check", action="store_true", help="print a digest of the findings rows")
    parser.add_argument(
        "--warm", action="store_true", help="keep process-wide caches between agencies"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(args.root).resolve()))

    import datetime as dt

    from crawler.evaluation import Rules, crawl_findings
    from crawler.store import open_db

    rules = Rules.default()
    with open_db(args.db, readonly=True) as store:
        run = store.runs()[-1]
        as_of = dt.date.fromisoformat(run["as_of"])
        crawls = [c for c in store.crawls(run["id"]) if c["status"] not in ("pending", "running")]
        pages = {c["id"]: store.site_pages(c["id"]) for c in crawls}
        crawl_findings(store, crawls[0], as_of, rules, pages[crawls[0]["id"]])  # warm the imports
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
        per_round: list[float] = []
        rows: list = []
        for _ in range(args.rounds):
            rows = []
            if profiler:
                profiler.enable()
            spent = 0.0
            for crawl in crawls:
                if not args.warm:
                    _clear_caches()
                start = time.process_time()
                rows += crawl_findings(store, crawl, as_of, rules, pages[crawl["id"]])
                spent += time.process_time() - start
            per_round.append(spent / len(crawls))
            if profiler:
                profiler.disable()
    if profiler:
        profiler.dump_stats(args.profile)
    print(
        f"{args.root}: {len(crawls)} agencies, {sum(map(len, pages.values()))} pages; evaluation CPU "
        f"per agency ({'warm' if args.warm else 'cold'} caches), median of {args.rounds} rounds: {1000 * statistics.median(per_round):.1f} ms "
        f"(rounds: {', '.join(f'{1000 * s:.0f}' for s in per_round)})"
    )
    if args.check:
        text = json.dumps(rows, ensure_ascii=False, sort_keys=True)
        print("findings digest:", hashlib.sha256(text.encode()).hexdigest()[:16])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
