"""Downloader middlewares: keep the crawl on the agency's site, and read Thai legacy encodings right."""

from __future__ import annotations

import re
from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response

from crawler import urls

_THAI_CP874 = re.compile(rb"[\xa1-\xfb]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
# Declared charsets that, on a Thai site, usually hide TIS-620 / windows-874 bytes.
_SUSPECT = frozenset({"", "iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "ascii",
                      "us-ascii", "tis-620", "tis620", "iso-8859-11", "windows-874", "cp874",
                      "x-windows-874"})  # fmt: skip


class ScopeMiddleware:
    """Refuses requests (redirects included) that leave the agency's site or reach internal addresses.

    An agency whose own URL is on loopback or a private network (tests, the demo,
    an intranet) may be crawled there; a public agency's site may not send the
    crawler to internal addresses.
    """

    def __init__(self) -> None:
        self._internal_home: dict[str, bool] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> ScopeMiddleware:
        middleware = cls()
        middleware.crawler = crawler
        return middleware

    def process_request(self, request: Request, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        agency = getattr(spider, "agency", None)
        if agency is None or request.url.endswith("/robots.txt") and urls.same_site(
            request.url, agency.url
        ):
            return None
        if not request.url.startswith(("http://", "https://")):
            raise IgnoreRequest("offsite-redirect: non-http scheme")
        if not urls.same_site(request.url, agency.url):
            raise IgnoreRequest(f"offsite-redirect: {request.url}")
        home_internal = self._internal_home.get(agency.url)
        if home_internal is None:
            home_internal = urls.is_internal_address(_host(agency.url))
            self._internal_home[agency.url] = home_internal
        if not home_internal and urls.is_internal_address(_host(request.url)):
            raise IgnoreRequest(f"internal-address: {request.url}")
        return None


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""


def _declared(response: Response) -> str:
    header = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
    if "charset=" in header:
        return header.split("charset=")[-1].split(";")[0].strip(" \"'")
    match = _META_CHARSET.search(response.body[:4096])
    return match.group(1).decode("ascii", "replace").lower() if match else ""


def thai_encoding(body: bytes, declared: str) -> str | None:
    """The encoding to use instead of the declared one, or None to keep it.

    UTF-8 that decodes is UTF-8 whatever the header says; undecodable bytes in
    the Thai range of windows-874 are windows-874 (a superset of TIS-620).
    """
    if declared not in _SUSPECT:
        return None
    try:
        body.decode("utf-8")
        return "utf-8" if declared and declared not in ("utf-8", "utf8") else None
    except UnicodeDecodeError:
        pass
    return "cp874" if len(_THAI_CP874.findall(body[:200_000])) >= 8 else None


class ThaiEncodingMiddleware:
    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if not isinstance(response, HtmlResponse):
            return response
        encoding = thai_encoding(response.body, _declared(response))
        return response.replace(encoding=encoding) if encoding else response
