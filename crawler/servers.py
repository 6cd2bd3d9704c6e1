"""Which agencies share a server: politeness per address, not per host name.

Several agencies often sit on one hosting provider's address (name-based virtual hosts), so
"at most 2 requests in flight per host" must hold per address. Before an audit shares its
agencies out, each site's host is resolved once (in threads, under one deadline; a lookup that
fails or is late leaves the site on its own, keyed by its name), and sites that share an
address form one *server*: its agencies crawl in the same process, share their request slots
there (``OIT_SERVERS``, read by :class:`crawler.middlewares.HostConcurrencyMiddleware`), and
on Scrapyd are never in two jobs at once.

An address counts with its port when the port is not 80 or 443 (as :func:`crawler.urls.site_key`
does for names): http and https of one server are one server, while loopback test sites on
one address and different ports stay apart.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from crawler import urls

Resolve = Callable[[str], list[str]]
LOOKUP_THREADS = 32
# One deadline for all lookups: long enough for a slow resolver, and for a country at 32 at once.
LOOKUP_SECONDS = 10.0
LOOKUP_SECONDS_PER_HOST = 0.01


def _system_resolve(host: str) -> list[str]:
    from crawler.netguard import system_resolve

    return system_resolve(host)


@dataclass(frozen=True)
class Servers:
    """Each site (:func:`crawler.urls.site_key`) to its server's key; a site not listed is its own."""

    by_site: Mapping[str, str] = field(default_factory=dict)

    def of(self, url: str) -> str:
        site = urls.site_key(url) or url
        return self.by_site.get(site, site)

    def only(self, agency_urls: Iterable[str]) -> dict[str, str]:
        """The part of the table that concerns ``agency_urls`` (what one crawl process needs)."""
        sites = {urls.site_key(u) for u in agency_urls}
        return {site: key for site, key in self.by_site.items() if site in sites}


def resolve_all(
    hosts: Iterable[str], resolve: Resolve = _system_resolve, timeout: float | None = None
) -> dict[str, list[str]]:
    """The addresses of each host, looked up ``LOOKUP_THREADS`` at a time; a host whose lookup
    failed or did not end before the deadline is left out. Threads still waiting on a slow
    resolver are daemons: they never hold the audit up."""
    todo = list(dict.fromkeys(h for h in hosts if h))
    found: dict[str, list[str]] = {}
    for host in todo:
        literal = urls.ip_literal(host)
        if literal is not None:
            found[host] = [str(literal)]
    work: queue.Queue[str] = queue.Queue()
    for host in todo:
        if host not in found:
            work.put(host)
    pending = work.qsize()
    if not pending:
        return found
    lock = threading.Lock()
    finished = threading.Semaphore(0)

    def lookup() -> None:
        while True:
            try:
                host = work.get_nowait()
            except queue.Empty:
                return
            try:
                addresses = resolve(host)
            except Exception:  # noqa: BLE001 - a failed lookup: the site stays on its own
                addresses = []
            if addresses:
                with lock:
                    found[host] = list(addresses)
            finished.release()

    for _ in range(min(LOOKUP_THREADS, pending)):
        threading.Thread(target=lookup, daemon=True, name="oit-lookup").start()
    deadline = time.monotonic() + (
        timeout if timeout is not None else LOOKUP_SECONDS + LOOKUP_SECONDS_PER_HOST * pending
    )
    for _ in range(pending):
        if not finished.acquire(timeout=max(0.0, deadline - time.monotonic())):
            break
    with lock:
        return dict(found)


def _endpoint(address: str, port: int | None) -> str:
    host = f"[{address}]" if ":" in address else address
    return f"{host}:{port}" if port and port not in (80, 443) else host


def locate_servers(
    agency_urls: Iterable[str], resolve: Resolve = _system_resolve, timeout: float | None = None
) -> Servers:
    """Group the sites of ``agency_urls`` by the addresses their hosts resolve to.

    Sites that share any address are one server (transitively); its key is its smallest
    address. Nothing is looked up for a single site: there is nothing to share."""
    first_url: dict[str, str] = {}
    for url in agency_urls:
        first_url.setdefault(urls.site_key(url) or url, url)
    if len(first_url) < 2:
        return Servers()
    hosts = {site: (urlsplit(url).hostname or "").lower() for site, url in first_url.items()}
    addresses = resolve_all(hosts.values(), resolve, timeout)
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for site, url in first_url.items():
        for address in addresses.get(hosts[site], []):
            parent[root("site " + site)] = root("addr " + _endpoint(address, urlsplit(url).port))
    members: dict[str, list[str]] = {}
    for node in list(parent):
        members.setdefault(root(node), []).append(node)
    by_site: dict[str, str] = {}
    for nodes in members.values():
        ends = sorted(n.removeprefix("addr ") for n in nodes if n.startswith("addr "))
        for node in nodes:
            if node.startswith("site ") and ends:
                by_site[node.removeprefix("site ")] = "server " + ends[0]
    return Servers(by_site)
