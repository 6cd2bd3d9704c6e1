"""Audit a synthetic province (bench/province.py) focused and naive; print throughput, memory, ratios.

Run: ``python bench/run.py --agencies 100 [--latency 50 | --profile realistic] [--jobs N]
[--workers 1,2] [--naive-agencies K]`` (``--agencies 10`` for a quick check). ``--profile
realistic`` serves the sites with the network profile of ``bench/network.py`` (log-normal
latency, median 600 ms, p95 4 s; hanging, dead and failing sites; slow megabyte PDFs;
a few sites with thousands of pages). ``--workers 1,2`` audits the province once per
number of crawl processes and checks that they find the same. Serves N generated agency sites on 127.0.0.1,
audits them through :func:`oit.audit.run_audit` (the real crawl process, default
politeness: 2 requests in flight per host, AutoThrottle, robots.txt), then audits
the first K of them again as a naive full-site crawl (configured as in
``bench/bench_crawl.py``: ``OIT_FOCUS = False`` and a budget that takes every page).

Printed for each mode: wall time (and how much of it the crawl took; the rest is
the evaluation), agencies per hour, requests, pages and bytes per agency, CPU time
and peak resident memory (VmHWM) of the crawl process, then the naive/focused
ratios over the agencies crawled both ways, and whether every agency got the same
status for every item and part in both modes. Exit status 1 when a target is missed
(``--max-minutes``, ``--max-mb``, ``--min-ratio``) or findings differ.

With ``--scrapyd URL[,URL...]`` the focused audit runs on Scrapyd nodes instead
(:func:`oit.scrapyd.run_audit_scrapyd`, ``--jobs`` jobs per node): the
per-node throughput of README "Scaling". The sites must be reachable from the
nodes (loopback: nodes on this machine).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_crawl import NAIVE_BUDGET as _NAIVE  # noqa: E402
from network import PROFILES  # noqa: E402
from province import TODAY, Province  # noqa: E402

from crawler.records import Agency  # noqa: E402
from crawler.store import open_db  # noqa: E402
from oit.audit import run_audit  # noqa: E402
from oit.scrapyd import run_audit_scrapyd  # noqa: E402

# bench_crawl's naive budget without its depth limit: a depth-first walk along "ถัดไป »"
# chains goes deeper than 100 hops, and a naive full crawl must not be cut by depth.
NAIVE_BUDGET = dataclasses.replace(_NAIVE, max_depth=1_000_000)
# One crawl process runs on one core (Python's GIL). Sites wait on latency, so several
# are crawled at once: measured on 2 cores, 40 sites at 50 ms took 59 s with 8 at a time,
# 45 s with 16 (the process then uses ~90 % of its core) and no less with 24.
DEFAULT_JOBS = 16


class PeakMemory:
    """Samples VmHWM/VmRSS of this process's children (the crawl worker) every 0.2 s.

    With ``cmdline`` (Scrapyd mode: one process per job) it samples instead every
    process whose command line holds it, and keeps the peak of their summed VmRSS."""

    def __init__(self, cmdline: str | None = None) -> None:
        self.peak_kb = 0
        self.cmdline = cmdline
        self.cpu: dict[int, float] = {}  # CPU seconds (user + system) of each child, last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _children(self) -> list[int]:
        me = os.getpid()
        pids = []
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                if self.cmdline is not None:
                    wanted = (
                        self.cmdline.encode() in Path(f"/proc/{entry.name}/cmdline").read_bytes()
                    )
                else:
                    stat = Path(f"/proc/{entry.name}/stat").read_text()
                    wanted = int(stat.rsplit(")", 1)[1].split()[1]) == me
            except OSError:
                continue
            if wanted:
                pids.append(int(entry.name))
        return pids

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            total = 0
            for pid in self._children():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    ticks = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[11:13]
                except OSError:
                    continue
                self.cpu[pid] = sum(int(t) for t in ticks) / os.sysconf("SC_CLK_TCK")
                for line in status.splitlines():
                    if self.cmdline is None and line.startswith(("VmHWM:", "VmRSS:")):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                    elif self.cmdline is not None and line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            self.peak_kb = max(self.peak_kb, total)


@dataclass
class Result:
    mode: str
    agencies: int
    seconds: float
    crawl_seconds: float
    cpu_seconds: float
    peak_mb: float
    busiest_cpu: float = 0.0  # CPU of the busiest crawl process (the critical path when CPU-bound)
    own_cpu: float = (
        0.0  # this process: the sites' server threads, progress, the audit's own evaluation
    )
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average at the start and the end
    scrapyd: bool = False
    slots: int = 0  # sites crawled at once (all processes or nodes)
    crawls: dict[str, dict[str, Any]] = field(default_factory=dict)
    statuses: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict)

    def per_agency(self, key: str, ids: list[str] | None = None) -> float:
        ids = ids or list(self.crawls)
        return sum(self.value(i, key) for i in ids) / max(1, len(ids))

    def value(self, agency_id: str, key: str) -> float:
        crawl = self.crawls[agency_id]
        if key == "bytes":
            return float(json.loads(crawl.get("coverage") or "{}").get("bytes", 0))
        return float(crawl.get(key) or 0)


def audit(
    mode: str,
    agencies: list[Agency],
    db: Path,
    jobs: int,
    settings: dict[str, Any],
    scrapyd: list[str] | None = None,
    workers: int = 1,
    grow: bool = False,
) -> Result:
    last_event = [time.monotonic()]

    def progress(event: dict[str, Any]) -> None:
        last_event[0] = time.monotonic()
        if event.get("event") == "process_added":
            print(
                f"  {mode}: process {event['processes']} added (CPU {event['idle_cpu']:.0%} idle, "
                f"{event['available_mb']} MB available)",
                flush=True,
            )
        if event.get("event") == "crawl_done":
            done[0] += 1
            if done[0] % max(1, len(agencies) // 10) == 0:
                print(f"  {mode}: {done[0]}/{len(agencies)} sites crawled", flush=True)

    done = [0]
    load_before = os.getloadavg()[0]
    own_before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with PeakMemory("scrapyd.runner" if scrapyd else None) as memory:
        if scrapyd:
            run_id = run_audit_scrapyd(
                agencies, db, TODAY, scrapyd, per_node=jobs, progress=progress, settings=settings
            )
        else:
            run_id = run_audit(
                agencies,
                db,
                TODAY,
                jobs=jobs,
                progress=progress,
                settings=settings,
                workers=workers,
                grow=grow,
            )
    seconds = time.monotonic() - start
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = cpu.ru_utime + cpu.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime
    # Scrapyd's job processes are not this process's children: their CPU as last sampled
    result = Result(
        mode,
        len(agencies),
        seconds,
        last_event[0] - start,
        sum(memory.cpu.values()) if scrapyd else children,
        memory.peak_kb / 1024,
        max(memory.cpu.values(), default=0.0),
        own.ru_utime + own.ru_stime - own_before.ru_utime - own_before.ru_stime,
        (load_before, os.getloadavg()[0]),
        bool(scrapyd),
        jobs * len(scrapyd or [1]),
    )
    with open_db(db) as store:
        result.crawls = {c["agency_id"]: c for c in store.crawls(run_id)}
        for row in store.findings(run_id):
            result.statuses.setdefault(row["agency_id"], {})[(row["code"], row["part"])] = row[
                "status"
            ]
    return result


def _seconds(crawl: dict[str, Any]) -> float:
    started, finished = (
        dt.datetime.fromisoformat(crawl[k].replace("Z", "+00:00"))
        for k in ("started_at", "finished_at")
    )
    return (finished - started).total_seconds()


def report(result: Result) -> None:
    count = result.agencies
    statuses: dict[str, int] = {}
    for crawl in result.crawls.values():
        statuses[crawl["status"]] = statuses.get(crawl["status"], 0) + 1
    print(
        f"{result.mode}: {count} agencies in {result.seconds:.1f} s (crawl {result.crawl_seconds:.1f} s, "
        f"evaluation {result.seconds - result.crawl_seconds:.1f} s) = "
        f"{count * 3600 / result.seconds:.0f} agencies/hour"
    )
    print(
        f"  per agency: {result.per_agency('requests'):.0f} requests, {result.per_agency('pages'):.0f} pages, "
        f"{result.per_agency('bytes') / 1e6:.2f} MB, {result.cpu_seconds / max(1, count):.2f} s CPU; "
        f"crawl processes: {result.cpu_seconds:.0f} s CPU, peak {result.peak_mb:.0f} MB resident "
        f"({'all job processes together' if result.scrapyd else 'largest process'}); crawls {statuses}"
    )
    times = [
        _seconds(c) for c in result.crawls.values() if c.get("started_at") and c.get("finished_at")
    ]
    if times:  # Little's law: what a long audit (thousands queued, no tail) would sustain
        mean = sum(times) / len(times)
        print(
            f"  a site's crawl: mean {mean:.0f} s, longest {max(times):.0f} s; steady state "
            f"{result.slots} at once / mean = {result.slots * 3600 / mean:.0f} agencies/hour"
        )
    print(
        f"  CPU: busiest crawl process {result.busiest_cpu:.0f} s, this process {result.own_cpu:.0f} s "
        f"(sites' server, progress, evaluation done here); load average {result.load[0]:.1f} -> "
        f"{result.load[1]:.1f} on {os.cpu_count()} cores"
    )


def _start_beside(args: argparse.Namespace, work: Path) -> subprocess.Popen[str]:
    """The naive baseline of the first K sites (the same sites: each is generated from its number
    and the seed), focused then naive, in a bench process of its own, started now."""
    k = args.naive_beside
    command = [
        sys.executable,
        __file__,
        "--agencies",
        str(k),
        "--naive-agencies",
        str(k),
        "--jobs",
        str(k),
        "--seed",
        str(args.seed),
        "--latency",
        str(args.latency),
        "--keep",
        str(work / "beside"),
        "--max-minutes",
        "1000",
        "--max-mb",
        str(args.max_mb),
        "--min-ratio",
        str(args.min_ratio),
    ]
    if args.profile:
        command += ["--profile", args.profile]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=100)
    parser.add_argument(
        "--latency", type=float, default=50.0, help="base latency in ms (answers wait 1-4x)"
    )
    parser.add_argument(
        "--profile",
        choices=sorted(PROFILES),
        help="network profile of bench/network.py instead of --latency",
    )
    parser.add_argument(
        "--jobs", type=int, default=DEFAULT_JOBS, help="sites crawled at once (in all)"
    )
    parser.add_argument(
        "--workers",
        default="1",
        help="crawl processes; a list (1,2) audits once per value and compares",
    )
    parser.add_argument(
        "--grow",
        action="store_true",
        help="add crawl processes while the machine has CPU and memory to spare, as "
        "oit audit does by default (crawler/headroom.py)",
    )
    parser.add_argument(
        "--naive-agencies",
        type=int,
        default=None,
        help="agencies also crawled naively (default: all; 0: skip)",
    )
    parser.add_argument(
        "--naive-jobs", type=int, default=None, help="sites at once, naive (default --jobs)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-minutes", type=float, default=10.0)
    parser.add_argument("--max-mb", type=float, default=300.0)
    parser.add_argument("--min-ratio", type=float, default=5.0)
    parser.add_argument(
        "--scrapyd",
        metavar="URL[,URL...]",
        help="crawl the focused audit on these Scrapyd nodes (--jobs: jobs per node); "
        "memory is then the peak sum over the nodes' job processes on this machine",
    )
    parser.add_argument(
        "--naive-beside",
        type=int,
        default=0,
        metavar="K",
        help="run the naive baseline of the first K sites at the same time, in a second "
        "bench process with its own copy of them (focused and naive of those K): under "
        "real latency a naive full crawl takes ~10 min a site, so it runs beside the "
        "focused audits, under the same load, instead of after them",
    )
    parser.add_argument("--keep", help="folder for the databases (default: a temporary one)")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="oit-bench-province-"))
    work.mkdir(parents=True, exist_ok=True)
    naive_count = (
        args.agencies if args.naive_agencies is None else min(args.naive_agencies, args.agencies)
    )
    profile = PROFILES[args.profile] if args.profile else None
    worker_counts = [int(w) for w in args.workers.split(",")]
    beside = _start_beside(args, work) if args.naive_beside else None
    with Province(args.agencies, TODAY, args.latency, args.seed, profile) as province:
        province.write_csv(work / "province.csv")
        focused = [Agency(id=a["id"], name=a["name"], url=a["url"]) for a in province.agencies]
        network = (
            f"profile {profile.name} (median {profile.median_ms:g} ms, p95 {profile.p95_ms:g} ms)"
            if profile
            else f"latency {args.latency:g}-{4 * args.latency:g} ms per answer"
        )
        print(
            f"province: {args.agencies} sites on 127.0.0.1, {network}, jobs {args.jobs}, "
            f"workers {args.workers}; databases in {work}"
        )
        nodes = args.scrapyd.split(",") if args.scrapyd else None
        by_workers: dict[int, Result] = {}
        for count in [1] if nodes else worker_counts:
            label = (
                "focused" if nodes or len(worker_counts) == 1 else f"focused, {count} process(es)"
            )
            label += ", growing" if args.grow and not nodes else ""
            by_workers[count] = audit(
                label, focused, work / f"focused-{count}.db", args.jobs, {}, nodes, count, args.grow
            )
            report(by_workers[count])
        f_result = by_workers[max(by_workers)]
        if len(by_workers) > 1:
            one = by_workers[min(by_workers)]
            same_w = all(r.statuses == one.statuses for r in by_workers.values())
            print(
                "speed-up: "
                + ", ".join(
                    f"{c} processes {one.seconds / r.seconds:.2f}x"
                    for c, r in sorted(by_workers.items())
                    if c != min(by_workers)
                )
                + f"; same findings across process counts: {'yes' if same_w else 'NO'}"
            )
        n_result = None
        if naive_count:
            naive = [
                Agency(id=a.id, name=a.name, url=a.url, budget=NAIVE_BUDGET)
                for a in focused[:naive_count]
            ]
            n_result = audit(
                "naive",
                naive,
                work / "naive.db",
                args.naive_jobs or args.jobs,
                {"OIT_FOCUS": False},
                None,
                max(worker_counts),
            )
            report(n_result)
    ok = (
        f_result.seconds <= args.max_minutes * 60 * args.agencies / 100
        and f_result.peak_mb <= args.max_mb
    )
    if len(by_workers) > 1:
        ok = ok and all(
            r.statuses == by_workers[1].statuses for r in by_workers.values() if 1 in by_workers
        )
    if n_result is not None:
        ids = list(n_result.crawls)
        answered = [i for i in ids if f_result.crawls[i]["status"] != "failed"]
        ratio = {
            k: n_result.per_agency(k, answered) / max(1.0, f_result.per_agency(k, answered))
            for k in ("requests", "pages", "bytes")
        }
        same = [i for i in ids if f_result.statuses.get(i) == n_result.statuses.get(i)]
        print(
            f"naive/focused over the {len(answered)} reachable sites crawled both ways: "
            f"requests {ratio['requests']:.1f}x, pages {ratio['pages']:.1f}x, bytes {ratio['bytes']:.1f}x; "
            f"time per site {n_result.seconds / len(ids) / (f_result.seconds / args.agencies):.1f}x"
        )
        print(f"same findings (every item and part): {len(same)}/{len(ids)} agencies")
        for agency_id in sorted(set(ids) - set(same)):
            f_st, n_st = f_result.statuses.get(agency_id, {}), n_result.statuses.get(agency_id, {})
            diff = {
                f"{c}/{p}": (f_st.get((c, p)), n_st.get((c, p)))
                for c, p in sorted(set(f_st) | set(n_st))
                if f_st.get((c, p)) != n_st.get((c, p))
            }
            print(f"  {agency_id} (focused, naive): {diff}")
        ok = ok and ratio["requests"] >= args.min_ratio and len(same) == len(ids)
    if beside is not None:
        out, _ = beside.communicate()
        print(
            f"naive baseline beside (first {args.naive_beside} sites, same time, own bench process):"
        )
        print("".join(f"  | {line}\n" for line in out.splitlines()), end="")
        ok = ok and beside.returncode == 0
    print(
        f"targets (100 agencies in {args.max_minutes:g} min, scaled; <= {args.max_mb:g} MB; "
        f">= {args.min_ratio:g}x fewer requests at equal findings): {'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
