"""Connect only to vetted addresses: the guard of crawls a stranger starts (web self-checks).

A name is resolved once per crawl process and judged on *every* address it
answers; the crawl then connects only to those addresses. The web app resolves
the target itself and passes its answers in (``OIT_PINNED_ADDRESSES``), so a
name that answers a public address to the check and 127.0.0.1 to the crawler
(DNS rebinding) is never looked up again. Such a crawl is "public only"
(``OIT_PUBLIC_ONLY``): the intranet rule of :class:`ScopeMiddleware` (an agency
on a private network may be crawled there) never applies to it.

Enforcement is at connect time (:class:`PinnedResolver`, the reactor's resolver,
sees every request: pages, redirects, robots.txt, retries); the scope middleware
only refuses earlier with a readable reason. The browser that renders JavaScript
pages is held to the same answers by its own resolver rules
(:func:`crawler.render.public_only_launch`): every host the guard passed maps to
its vetted address, every other name and address to "not found". Audits from the CLI do not use
this module and keep the rules of crawler/middlewares.py.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from crawler import urls
from crawler.middlewares import ScopeMiddleware

Resolve = Callable[[str], list[str]]


def system_resolve(host: str) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6), scope ids dropped; [] when unknown."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(info[4][0].split("%")[0] for info in infos))


@dataclass(frozen=True)
class Vetted:
    """A host's addresses and, when it may not be connected to, why."""

    host: str
    addresses: tuple[str, ...]
    refused: str | None = None  # "internal-address" | "dns"


class Guard:
    """Judges hosts once each: refused when any address is internal (``allow_loopback``:
    loopback is fine, for tests and demos; ``public``: addresses to treat as public, tests only)."""

    def __init__(
        self,
        pins: Mapping[str, Sequence[str]] | None = None,
        public: Iterable[str] = (),
        allow_loopback: bool = False,
        resolve: Resolve = system_resolve,
    ) -> None:
        self.public = frozenset(str(ipaddress.ip_address(a)) for a in public)
        self.allow_loopback = allow_loopback
        self.resolve = resolve
        self._lock = threading.Lock()
        self._vetted: dict[str, Vetted] = {}
        for host, addresses in (pins or {}).items():
            self._vetted[host.lower()] = self._judge(host.lower(), list(addresses))

    def internal(self, address: str) -> bool:
        ip = ipaddress.ip_address(address)
        if str(ip) in self.public or (self.allow_loopback and ip.is_loopback):
            return False
        return urls._internal_ip(ip)

    def _judge(self, host: str, addresses: list[str]) -> Vetted:
        if not addresses:
            return Vetted(host, (), "dns")
        if any(self.internal(a) for a in addresses):
            return Vetted(host, tuple(addresses), "internal-address")
        return Vetted(host, tuple(addresses))

    def vet(self, host: str) -> Vetted:
        """The verdict on ``host``: an IP literal (any spelling) is itself; a pinned name its
        pins; another name is resolved now, once for this guard's lifetime."""
        host = host.lower().strip("[]")
        with self._lock:
            if host in self._vetted:
                return self._vetted[host]
        literal = urls.ip_literal(host)
        verdict = self._judge(host, [str(literal)] if literal is not None else self.resolve(host))
        with self._lock:
            return self._vetted.setdefault(host, verdict)

    def public_hosts(self) -> list[Vetted]:
        """The hosts judged so far that may be connected to, with their addresses."""
        with self._lock:
            return [v for v in self._vetted.values() if v.refused is None and v.addresses]


def crawl_settings(
    pins: Mapping[str, Sequence[str]], public: Iterable[str] = (), allow_loopback: bool = False
) -> dict[str, Any]:
    """Scrapy settings of a public-only crawl that connects only to ``pins`` for their hosts."""
    from crawler import settings as project

    return {
        "OIT_PUBLIC_ONLY": True,
        "OIT_PINNED_ADDRESSES": {h: list(a) for h, a in pins.items()},
        "OIT_PUBLIC_ADDRESSES": sorted(public),
        "OIT_ALLOW_LOOPBACK": allow_loopback,
        "TWISTED_DNS_RESOLVER": "crawler.netguard.PinnedResolver",
        # A proxy would resolve names itself, out of the guard's reach.
        "HTTPPROXY_ENABLED": False,
        # The browser of a rendered page resolves nothing itself (crawler.render_handler gives
        # it the guard's answers); a remote browser would, so none is used.
        "PLAYWRIGHT_CDP_URL": None,
        "PLAYWRIGHT_CONNECT_URL": None,
        "DOWNLOADER_MIDDLEWARES": {  # a setting given here replaces the project's whole dict
            **project.DOWNLOADER_MIDDLEWARES,
            "crawler.middlewares.ScopeMiddleware": None,
            "crawler.netguard.PublicScopeMiddleware": 50,
            "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": None,
        },
    }


# One guard per crawl process (a check's worker crawls one site with one set of settings),
# shared by the resolver and the middleware: one lookup per name.
_guard: list[Guard] = []


def guard_for(settings: Any) -> Guard:
    if not _guard:
        _guard.append(
            Guard(
                settings.getdict("OIT_PINNED_ADDRESSES"),
                settings.getlist("OIT_PUBLIC_ADDRESSES"),
                settings.getbool("OIT_ALLOW_LOOPBACK"),
            )
        )
    return _guard[0]


try:  # Twisted is only imported inside crawl processes; the web app uses Guard alone.
    from twisted.internet import threads
    from twisted.internet.base import ThreadedResolver
    from twisted.internet.error import DNSLookupError
    from twisted.internet.interfaces import IResolverSimple
    from zope.interface import implementer

    @implementer(IResolverSimple)
    class PinnedResolver(ThreadedResolver):
        """The reactor's resolver in a public-only crawl: every connection to a name goes to
        an address the guard vetted (IPv4: Scrapy's HTTP handler connects over TCP4)."""

        def __init__(self, reactor: Any, guard: Guard) -> None:
            super().__init__(reactor)
            self.guard = guard

        @classmethod
        def from_crawler(cls, crawler: Any, reactor: Any) -> PinnedResolver:
            return cls(reactor, guard_for(crawler.settings))

        def install_on_reactor(self) -> None:
            self.reactor.installResolver(self)
            _exit_with_parent()

        def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Any:  # noqa: N802 (Twisted's name)
            def pick(verdict: Vetted) -> str:
                v4 = [a for a in verdict.addresses if ipaddress.ip_address(a).version == 4]
                if verdict.refused or not v4:
                    raise DNSLookupError(f"{verdict.refused or 'no IPv4 address'}: {name}")
                return v4[0]

            return threads.deferToThreadPool(
                self.reactor, self.reactor.getThreadPool(), self.guard.vet, name
            ).addCallback(pick)

except ImportError:  # pragma: no cover
    pass


def _exit_with_parent() -> None:
    """A stranger's crawl never outlives the web server that started it, even one killed
    with SIGKILL (which cannot stop its children): the crawl exits once it is orphaned."""
    from twisted.internet import task

    parent = os.getppid()

    def orphaned() -> None:
        if os.getppid() != parent:
            os._exit(1)  # nobody is left to read the result

    task.LoopingCall(orphaned).start(1.0, now=False)


class PublicScopeMiddleware(ScopeMiddleware):
    """ScopeMiddleware for a public-only crawl: any host (the site's own included) that is
    or resolves to an internal address is refused, and the intranet rule never applies."""

    guard: Guard

    @classmethod
    def from_crawler(cls, crawler: Any) -> PublicScopeMiddleware:
        middleware = cls()
        middleware.crawler = crawler
        middleware.guard = guard_for(crawler.settings)
        return middleware

    def internal(self, host: str) -> bool:
        return self.guard.vet(host).refused == "internal-address"

    def refusal(self, url: str, home: str, agency_url: str) -> str | None:
        host = urlsplit(url).hostname or ""
        if (
            host
            and (urls.same_site(url, home) or urls.ip_literal(host) is not None)
            and self.internal(host)
        ):
            return f"internal-address: {url}"
        return super().refusal(url, home, agency_url)

    async def process_request(self, request: Any, spider: Any = None) -> None:
        from scrapy.exceptions import IgnoreRequest
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import threads as twisted_threads

        spider = spider or self.crawler.spider
        agency = getattr(spider, "agency", None)
        if agency is None:
            return None
        home = getattr(spider, "home_url", agency.url)
        host = urlsplit(request.url).hostname or ""
        if host and urls.same_site(request.url, home):  # resolve off the reactor thread
            await maybe_deferred_to_future(twisted_threads.deferToThread(self.guard.vet, host))
        refusal = self.refusal(request.url, home, agency.url)
        if refusal:
            raise IgnoreRequest(refusal)
        return None
