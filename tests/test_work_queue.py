"""The shared queue of agencies (crawler/work_queue.py): whichever process asks gets the next one,
and a server's agencies never crawl in two processes at once."""

from __future__ import annotations

import json
import queue
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from crawler.headroom import GrowthRule, Headroom
from crawler.records import Agency, CrawlOutcome
from crawler.servers import Servers
from crawler.store import open_db
from crawler.work_queue import Answer, WorkQueue
from oit import audit as audit_module
from oit.audit import _Feeder, run_audit
from tests.conftest import TODAY


def _queue(urls: list[str], servers: Servers | None = None) -> WorkQueue:
    return WorkQueue(
        [(n, Agency(f"x{n}", f"x{n}", url)) for n, url in enumerate(urls, 1)], servers or Servers()
    )


def _given(answers: list[Answer]) -> list[tuple[int, int | None]]:
    return [(a.worker, a.entry.crawl_id if a.entry else None) for a in answers]


def test_the_next_agency_goes_to_whichever_process_asks() -> None:
    work = _queue(["http://a.go.th/", "http://b.go.th/", "http://c.go.th/", "http://d.go.th/"])
    assert _given(work.ask(1)) == [(1, 1)]
    assert _given(work.ask(2)) == [(2, 2)]
    # process 1 is quick: it gets the rest while process 2 still crawls its slow site
    assert _given(work.ask(1, done=1)) == [(1, 3)]
    assert _given(work.ask(1, done=3)) == [(1, 4)]
    assert _given(work.ask(1, done=4)) == [(1, None)]  # nothing left: that process may stop
    assert _given(work.ask(2, done=2)) == [(2, None)]


def test_a_server_stays_with_one_process_while_its_agencies_crawl() -> None:
    servers = Servers({"a.go.th": "server 203.0.113.5", "b.go.th": "server 203.0.113.5"})
    work = _queue(
        ["http://a.go.th/", "http://b.go.th/", "http://www.a.go.th/x/", "http://c.go.th/"], servers
    )
    assert _given(work.ask(1)) == [(1, 1)]
    # b shares a's address, www.a is a's site: only process 1 may take them; process 2 gets c
    assert _given(work.ask(2)) == [(2, 4)]
    assert _given(work.ask(2, done=4)) == []  # waits: only process 1's server is left
    assert _given(work.ask(1)) == [
        (1, 2)
    ]  # a second slot of process 1 shares the server's 2 requests
    assert _given(work.ask(1, done=1)) == [(1, 3)]
    assert _given(work.ask(1, done=2)) == [
        (2, None),
        (1, None),
    ]  # queue empty: both asks answered, in order


def test_the_server_is_free_again_once_its_agencies_are_done() -> None:
    work = _queue(["http://a.go.th/", "http://a.go.th/sub/", "http://c.go.th/"])
    assert _given(work.ask(1)) == [(1, 1)]
    assert _given(work.ask(2)) == [(2, 3)]
    assert _given(work.ask(2, done=3)) == []
    # the parked ask is answered first: the other process gets a's second agency
    assert _given(work.ask(1, done=1)) == [(2, 2), (1, None)]


def test_a_dead_process_frees_its_servers_and_its_unstarted_agencies_come_back() -> None:
    work = _queue(
        ["http://a.go.th/", "http://a.go.th/sub/", "http://a.go.th/other/", "http://c.go.th/"]
    )
    assert _given(work.ask(1) + work.ask(2)) == [(1, 1), (2, 4)]
    assert _given(work.ask(1)) == [
        (1, 2)
    ]  # a server nobody crawls comes first, else one of its own
    assert _given(work.ask(2, done=4)) == []  # a's agencies are process 1's
    held = work.drop(1)
    assert sorted(e.crawl_id for e in held) == [1, 2] and work.held(1) == []
    assert _given(work.put_back([e for e in held if e.crawl_id == 2])) == [(2, 2)]


def test_never_two_processes_on_one_server_whatever_the_order() -> None:
    """Random asks and completions by 3 processes over 40 agencies on 6 servers: at every step
    each server's crawling agencies are in one process, and every agency is handed out once."""
    rng = random.Random(7)
    urls = [f"http://s{rng.randrange(6)}.go.th/{n}/" for n in range(40)]
    work = _queue(urls)
    running: dict[int, set[int]] = {1: set(), 2: set(), 3: set()}
    handed: list[int] = []
    asks = {w: 2 for w in running}  # two slots each
    pending = [(w, None) for w in running for _ in range(2)]
    while pending or any(running.values()):
        if pending and (not any(running.values()) or rng.random() < 0.5):
            worker, done = pending.pop(rng.randrange(len(pending)))
            answers = work.ask(worker, done)
        else:
            worker = rng.choice([w for w, r in running.items() if r])
            crawl_id = rng.choice(sorted(running[worker]))
            running[worker].discard(crawl_id)
            pending.append((worker, crawl_id))
            continue
        for answer in answers:
            if answer.entry is not None:
                running[answer.worker].add(answer.entry.crawl_id)
                handed.append(answer.entry.crawl_id)
            else:
                asks[answer.worker] -= 1
        owners: dict[str, set[int]] = {}
        for w, ids in running.items():
            for crawl_id in ids:
                owners.setdefault(urls[crawl_id - 1].split("/")[2], set()).add(w)
        assert all(len(ws) == 1 for ws in owners.values()), owners
    assert sorted(handed) == list(range(1, 41))
    assert asks == {1: 0, 2: 0, 3: 0}  # every slot was told to stop


class _Pipe:
    """A queue-fed crawl process's stdin, in the test: the lines the audit sends it."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def write(self, text: str) -> None:
        self.lines.put(text)

    def flush(self) -> None:
        pass


def _stand_in(
    crawled: list[str], seconds: float = 0.0
) -> Callable[[_Feeder, int], tuple[int, bool]]:
    """A crawl process speaking the queue's protocol, crawling one site at a time (``seconds``
    each); a site named 'bad' kills it."""

    def fake_process(self: _Feeder, worker: int) -> tuple[int, bool]:
        pipe = _Pipe()
        with self._write:
            self._stdin[worker] = pipe
        asked, finished = self.jobs, False
        for _ in range(self.jobs):
            self.send(self.work.ask(worker))
        while asked:
            line = pipe.lines.get(timeout=10).strip()
            asked -= 1
            if line == "null":
                continue
            entry = json.loads(line)
            with open_db(self.db_path) as store:
                store.mark_crawl_running(entry["crawl_id"])
                if entry["agency"]["id"] == "bad":
                    return -signal.SIGSEGV, finished
                time.sleep(seconds)
                store.finish_crawl(entry["crawl_id"], CrawlOutcome("ok", 1, 1))
            crawled.append(entry["agency"]["id"])
            finished = True
            asked += 1
            self.send(self.work.ask(worker, done=entry["crawl_id"]))
        return 0, finished

    return fake_process


def test_a_site_that_crashes_a_queue_fed_process_costs_only_its_own_crawl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two stand-in crawl processes speaking the queue's protocol; 'bad' kills the process it runs
    in. Its crawl is tried alone and recorded failed; what the dead process held but never
    started goes back to the queue; every other agency is crawled once, by some process."""
    crawled: list[str] = []
    alone: list[str] = []

    def fake_alone(
        db_path, crawls, jobs, progress=None, settings=None, evaluate=None, found=None
    ) -> int:  # noqa: ANN001
        ((crawl_id, agency),) = crawls
        alone.append(agency.id)
        if agency.id == "bad":
            return -signal.SIGSEGV
        with open_db(db_path) as store:
            store.finish_crawl(crawl_id, CrawlOutcome("ok", 1, 1))
        return 0

    monkeypatch.setattr(_Feeder, "_run_process", _stand_in(crawled))
    monkeypatch.setattr(audit_module, "crawl_in_subprocess", fake_alone)
    monkeypatch.setattr(audit_module, "locate_servers", lambda urls: Servers())
    ids = ["a", "b", "bad", "c", "d", "e", "f", "g"]
    agencies = [Agency(i, i, f"http://{i}.go.th/") for i in ids]
    run_id = run_audit(agencies, tmp_path / "crash.db", TODAY, jobs=4, workers=2)
    with open_db(tmp_path / "crash.db") as store:
        crawls = {c["agency_id"]: c for c in store.crawls(run_id)}
    assert {k: c["status"] for k, c in crawls.items()} == {
        i: "failed" if i == "bad" else "ok" for i in ids
    }
    assert crawls["bad"]["error"] == "crash"
    assert alone == ["bad"]  # the stand-in crawls one site at a time: 'bad' alone was running
    assert sorted(crawled) == sorted(set(ids) - {"bad"})  # each once: the held ones came back


def test_processes_are_added_while_agencies_wait_and_the_machine_idles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """grow=True (oit audit's defaults): with idle CPU and free memory reported, more processes than
    asked are started while a backlog waits; each agency is still crawled exactly once."""
    crawled: list[str] = []
    events: list[dict] = []
    monkeypatch.setattr(_Feeder, "_run_process", _stand_in(crawled, seconds=0.05))
    monkeypatch.setattr(audit_module, "locate_servers", lambda urls: Servers())
    monkeypatch.setattr(audit_module, "GrowthRule", lambda: GrowthRule(interval_seconds=0.05))
    monkeypatch.setattr(audit_module.CpuSampler, "sample", lambda self: Headroom(0.9, 8000))
    monkeypatch.setattr(audit_module.os, "cpu_count", lambda: 2)
    ids = [f"s{n:02d}" for n in range(40)]
    agencies = [Agency(i, i, f"http://{i}.go.th/") for i in ids]
    run_audit(
        agencies, tmp_path / "grow.db", TODAY, jobs=2, workers=2, grow=True, progress=events.append
    )
    added = [e["processes"] for e in events if e.get("event") == "process_added"]
    assert (
        added and added == list(range(3, 3 + len(added))) and max(added) <= 8
    )  # 4 per core at most
    assert sorted(crawled) == ids
    events.clear(), crawled.clear()
    run_audit(agencies, tmp_path / "fixed.db", TODAY, jobs=2, workers=2, progress=events.append)
    assert not [e for e in events if e.get("event") == "process_added"] and sorted(crawled) == ids
