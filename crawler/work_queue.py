"""One queue of agencies for several crawl processes: the next agency goes to whichever asks.

With fixed shares, the process whose sites are slow or huge finishes alone while the other
sits idle. Here each crawl process asks for an agency whenever one of its slots is free
(``{"event": "next", "done": CRAWL_ID}`` on its stdout, see crawler.worker) and the audit's
process answers on its stdin with the next agency, or ``null`` when there is none left.

Politeness stays exact: a server (a site, or sites sharing an address, see crawler.servers)
belongs to one process while any of its agencies crawls there, and its other agencies go
only to that process until they are all done; that process holds every request to the
server under one 2-slot limit (crawler.middlewares.HostConcurrencyMiddleware). An ask that
only another process's servers could answer waits until one of those crawls ends.

:class:`WorkQueue` is plain bookkeeping under a lock: each call returns the answers to send
(``Answer``), and the caller writes them to the processes' stdin.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crawler.records import Agency
from crawler.servers import Servers


@dataclass(frozen=True)
class Entry:
    crawl_id: int
    agency: Agency
    server: str


@dataclass(frozen=True)
class Answer:
    """What to send to process ``worker``: an agency to crawl, or None (nothing left)."""

    worker: int
    entry: Entry | None


@dataclass
class _Owner:
    worker: int
    crawling: int = 0


@dataclass
class WorkQueue:
    crawls: Sequence[tuple[int, Agency]]
    servers: Servers = field(default_factory=Servers)

    def __post_init__(self) -> None:
        self._waiting: list[Entry] = [
            Entry(cid, a, self.servers.of(a.url)) for cid, a in self.crawls
        ]
        self._owners: dict[str, _Owner] = {}
        self._held: dict[
            int, dict[int, Entry]
        ] = {}  # process -> crawl id -> entry, handed out, not done
        self._asks: deque[int] = (
            deque()
        )  # processes waiting for an answer, one per free slot, in order
        self._lock = threading.Lock()

    def ask(self, worker: int, done: int | None = None) -> list[Answer]:
        """Process ``worker`` has a free slot (after finishing crawl ``done``, if given)."""
        with self._lock:
            if done is not None:
                self._release(worker, done)
            self._asks.append(worker)
            return self._serve()

    def drop(self, worker: int) -> list[Entry]:
        """Process ``worker`` ended: forget its asks, free its servers; returns what it held."""
        with self._lock:
            self._asks = deque(w for w in self._asks if w != worker)
            held = list(self._held.pop(worker, {}).values())
            for server in [s for s, o in self._owners.items() if o.worker == worker]:
                del self._owners[server]
            return held

    def put_back(self, entries: Iterable[Entry]) -> list[Answer]:
        """Agencies a dead process never started: first in line again."""
        with self._lock:
            self._waiting[:0] = list(entries)
            return self._serve()

    def waiting(self) -> int:
        """Agencies not handed out yet."""
        with self._lock:
            return len(self._waiting)

    def held(self, worker: int) -> list[Entry]:
        with self._lock:
            return list(self._held.get(worker, {}).values())

    def _release(self, worker: int, crawl_id: int) -> None:
        entry = self._held.get(worker, {}).pop(crawl_id, None)
        owner = self._owners.get(entry.server) if entry else None
        if entry and owner and owner.worker == worker:
            owner.crawling -= 1
            if owner.crawling <= 0:
                del self._owners[entry.server]

    def _pick(self, worker: int) -> int | None:
        """Index of the first agency on a server nobody crawls; else of one on a server this
        process crawls already (it shares that server's 2 slots); else None."""
        own = None
        for index, entry in enumerate(self._waiting):
            owner = self._owners.get(entry.server)
            if owner is None:
                return index
            if owner.worker == worker and own is None:
                own = index
        return own

    def _serve(self) -> list[Answer]:
        answers: list[Answer] = []
        parked: deque[int] = deque()
        while self._asks:
            worker = self._asks.popleft()
            if not self._waiting:
                answers.append(Answer(worker, None))
                continue
            index = self._pick(worker)
            if index is None:  # only other processes' servers are left: wait for one to free
                parked.append(worker)
                continue
            entry = self._waiting.pop(index)
            self._owners.setdefault(entry.server, _Owner(worker)).crawling += 1
            self._held.setdefault(worker, {})[entry.crawl_id] = entry
            answers.append(Answer(worker, entry))
        self._asks = parked
        return answers
