"""Downloader middlewares: stay on the agency's site, read Thai legacy encodings right, back off politely.

- ScopeMiddleware refuses every request (redirects and meta refreshes included)
  that leaves the agency's site or reaches an internal address.
- ThaiEncodingMiddleware decodes TIS-620 / windows-874 pages whose charset is
  missing or lies (a ``utf-8`` or ``iso-8859-1`` header on cp874 bytes).
- BackoffMiddleware waits before a retry (exponential, and ``Retry-After`` of a
  429/503 when it is short) and gives up at once on a long ``Retry-After``.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response, TextResponse

from crawler import urls
from crawler.responses import looks_like_html

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_UTF8 = frozenset({"utf-8", "utf8"})
# Declared charsets that, on a Thai site, may hide TIS-620 / windows-874 bytes.
_SUSPECT = frozenset(
    {
        "",
        "iso-8859-1",
        "latin-1",
        "latin1",
        "windows-1252",
        "cp1252",
        "ascii",
        "us-ascii",
        "tis-620",
        "tis620",
        "iso-8859-11",
        "windows-874",
        "cp874",
        "x-windows-874",
        "utf-8",
        "utf8",
    }
)
_THAI_FAMILY = frozenset(
    {"tis-620", "tis620", "iso-8859-11", "windows-874", "cp874", "x-windows-874"}
)
# Thai letters, vowels and tone marks in windows-874 (0xA1-0xFB); Thai words are runs of them.
_THAI_RUN = re.compile(rb"[\xa1-\xfb]{2,}")
_HIGH = re.compile(rb"[\x80-\xff]")


class ScopeMiddleware:
    """Refuses requests (redirects included) that leave the agency's site or reach internal addresses.

    An agency whose own URL is on loopback or a private network (tests, the demo,
    an intranet) may be crawled there; a public agency's site may not send the
    crawler to internal addresses (loopback, private, link-local such as
    169.254.169.254, in any spelling). An IP literal is refused before the scope
    check, so the refusal is recorded as ``internal-address``; a host name of the
    site is resolved once (in a thread: a slow DNS server must not stall the other
    crawls of the process) and refused when any of its addresses is internal.
    Nothing refused here is ever connected to.

    ``OIT_PUBLIC_HOSTS`` (tests only) lists hosts to treat as public, so a loopback
    test site can stand in for a public agency.
    """

    def __init__(self, public_hosts: Iterable[str] = ()) -> None:
        self.public_hosts = frozenset(h.lower() for h in public_hosts)
        self._internal: dict[str, bool] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> ScopeMiddleware:
        middleware = cls(crawler.settings.getlist("OIT_PUBLIC_HOSTS"))
        middleware.crawler = crawler
        return middleware

    def internal(self, host: str) -> bool:
        host = host.lower()
        if host in self.public_hosts:
            return False
        if host not in self._internal:
            self._internal[host] = urls.is_internal_address(host)
        return self._internal[host]

    def refusal(self, url: str, home: str, agency_url: str) -> str | None:
        """Why ``url`` may not be requested by the crawl of ``agency_url`` (now at ``home``), or None."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            return "offsite-redirect: non-http scheme"
        host = parts.hostname or ""
        if not self.internal(urlsplit(agency_url).hostname or ""):
            in_site = urls.same_site(url, home)
            if (in_site or urls.ip_literal(host) is not None) and self.internal(host):
                return f"internal-address: {url}"
        if parts.path == "/robots.txt" and urls.same_site(url, home):
            return None
        if not urls.in_scope(url, home):
            return f"offsite-redirect: {url}"
        return None

    async def process_request(self, request: Request, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        agency = getattr(spider, "agency", None)
        if agency is None:
            return None
        home = getattr(spider, "home_url", agency.url)
        # Resolve the names refusal() may need in a thread, once per host.
        hosts = {(urlsplit(agency.url).hostname or "").lower()}
        if urls.same_site(request.url, home):
            hosts.add((urlsplit(request.url).hostname or "").lower())
        unknown = [
            h
            for h in hosts
            if h
            and h not in self._internal
            and h not in self.public_hosts
            and urls.ip_literal(h) is None
        ]
        if unknown:
            from scrapy.utils.defer import maybe_deferred_to_future
            from twisted.internet import threads

            for host in unknown:
                self._internal[host] = await maybe_deferred_to_future(
                    threads.deferToThread(urls.is_internal_address, host)
                )
        refusal = self.refusal(request.url, home, agency.url)
        if refusal:
            raise IgnoreRequest(refusal)
        return None


def _declared(response: Response) -> str:
    header = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
    if "charset=" in header:
        return header.split("charset=")[-1].split(";")[0].strip(" \"'")
    match = _META_CHARSET.search(response.body[:4096])
    return match.group(1).decode("ascii", "replace").lower() if match else ""


def _mostly_utf8(body: bytes) -> bool:
    """Valid UTF-8, or UTF-8 with a few stray bytes (a template glued to a broken snippet)."""
    try:
        body.decode("utf-8")
        return True
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good >= 20 * bad


def _looks_cp874(body: bytes) -> bool:
    """Most high bytes stand in runs of windows-874 Thai letters (Latin-1 accents stand alone)."""
    sample = body[:200_000]
    high = len(_HIGH.findall(sample))
    in_runs = sum(len(run) for run in _THAI_RUN.findall(sample))
    return high > 0 and in_runs >= 2 and in_runs >= 0.6 * high


def thai_encoding(body: bytes, declared: str) -> str | None:
    """The encoding to use instead of the declared one, or None to keep it.

    UTF-8 that decodes is UTF-8 whatever the header says; bytes that are not UTF-8
    and read as Thai in windows-874 are windows-874 (a superset of TIS-620), even
    under a ``utf-8`` or ``iso-8859-1`` label; a TIS-620 label becomes cp874.
    """
    if declared not in _SUSPECT:
        return None
    has_high = _HIGH.search(body) is not None
    if has_high and _mostly_utf8(body):
        return "utf-8" if declared not in _UTF8 else None
    if has_high and _looks_cp874(body):
        return "cp874" if declared not in ("cp874", "windows-874", "x-windows-874") else None
    if declared in _THAI_FAMILY:
        return "cp874"
    return None


class ThaiEncodingMiddleware:
    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        if type(response) is Response and looks_like_html(response.body):
            # No usable Content-Type: Scrapy made a binary response of an HTML page.
            response = response.replace(cls=HtmlResponse)
        if not isinstance(response, TextResponse):
            return response
        encoding = thai_encoding(response.body, _declared(response))
        return response.replace(encoding=encoding) if encoding else response


def _retry_after(value: bytes | None) -> float | None:
    """Seconds of a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class BackoffMiddleware:
    """Waits before each retry: ``OIT_RETRY_BACKOFF`` × 2^(n-1) seconds, or the server's
    ``Retry-After`` when that is longer and at most ``OIT_RETRY_AFTER_MAX``; a longer
    ``Retry-After`` (a site down for maintenance) is not waited for: no retry.

    Placed after RetryMiddleware (550) so it sees responses first and retried
    requests last.
    """

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffMiddleware:
        settings = crawler.settings
        return cls(
            settings.getfloat("OIT_RETRY_BACKOFF", 1.0),
            settings.getfloat("OIT_RETRY_AFTER_MAX", 30.0),
        )

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        if response.status in (429, 503):
            wait = _retry_after(response.headers.get("Retry-After"))
            if wait is not None and wait > self.cap:
                request.meta["dont_retry"] = True
            elif wait is not None:
                request.meta["oit_retry_after"] = wait
        return response

    async def process_request(self, request: Request, spider: Any = None) -> None:
        tries = int(request.meta.get("retry_times", 0) or 0)
        if tries <= 0:
            return None
        delay = max(self.base * 2 ** (tries - 1), float(request.meta.get("oit_retry_after", 0)))
        if delay > 0:
            from scrapy.utils.defer import maybe_deferred_to_future
            from twisted.internet import reactor, task

            await maybe_deferred_to_future(
                task.deferLater(reactor, min(delay, self.cap), lambda: None)
            )
        return None


class HostConcurrencyMiddleware:
    """At most ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests in flight per download slot (host:port),
    counted over every crawler of the process.

    Scrapy's own per-slot limit is not enforced under the asyncio reactor when several
    requests reach a slot in the same loop tick (the slot counts a transfer only once
    its coroutine starts), so a site could get every queued request at once; measured
    here with 5 at once for a limit of 2. This middleware, last before the download
    handler, holds each request until its slot has room, and frees it on the response
    or the failure (it is the first to see either).

    The slot is the request's server when ``OIT_SERVERS`` maps its site to one (sites that
    share an address, see crawler.servers): virtual hosts of one hosting provider share its 2.
    """

    HELD = "oit_slot_held"
    # One table per crawl process, not per crawler: several agencies on one host (a shared
    # hosting account, a ministry's sub-sites) are crawled by crawlers of their own in the
    # same process, and the host must still see at most ``limit`` requests from all of them.
    # Every agency of a site, or of sites on one address, crawls in the same process
    # (crawler.work_queue).
    _process_slots: dict[tuple[str, int], Any] = {}

    def __init__(self, limit: int, servers: dict[str, str] | None = None) -> None:
        self.limit = max(1, limit)
        self.servers = servers or {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> HostConcurrencyMiddleware:
        return cls(
            crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2),
            crawler.settings.getdict("OIT_SERVERS"),
        )

    def _slot(self, key: str) -> Any:
        from twisted.internet.defer import DeferredSemaphore

        slots = HostConcurrencyMiddleware._process_slots
        if (key, self.limit) not in slots:
            slots[(key, self.limit)] = DeferredSemaphore(self.limit)
        return slots[(key, self.limit)]

    async def process_request(self, request: Request, spider: Any = None) -> None:
        from scrapy.utils.defer import maybe_deferred_to_future

        parts = urlsplit(request.url)
        key = request.meta.get("download_slot") or urls.site_key(request.url) or parts.netloc
        key = self.servers.get(key, key)
        await maybe_deferred_to_future(self._slot(key).acquire())
        request.meta[self.HELD] = key  # the downloader rewrites download_slot: keep our key
        return None

    def _release(self, request: Request) -> None:
        key = request.meta.pop(self.HELD, None)
        if key is not None:
            self._slot(key).release()

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        self._release(request)
        return None
