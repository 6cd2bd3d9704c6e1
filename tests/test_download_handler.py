"""The crawl's download handler loads Playwright only for a request that asks for the browser."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import pytest

from crawler import render

# A crawler built from the crawl's settings and its download handlers, as at each crawl's
# start, then one ordinary request's handler: nothing of Playwright is imported.
_START = """
import sys
from scrapy.utils.reactor import install_reactor
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
from scrapy.core.downloader.handlers import DownloadHandlers
from scrapy.utils.test import get_crawler
from crawler import render, settings
handlers = DownloadHandlers(get_crawler(settings_dict={
    **{name: getattr(settings, name) for name in dir(settings) if name.isupper()},
    "DOWNLOAD_HANDLERS": {"http": render.HANDLER, "https": render.HANDLER},
    "TWISTED_REACTOR_ENABLED": True,
}))
assert handlers._get_handler("http") is not None
print(sorted(m for m in sys.modules if "playwright" in m))
"""


@pytest.mark.integration
def test_a_crawl_start_imports_no_playwright() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _START], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "[]"


class _Browser:
    built: list[Any] = []

    def __init__(self, crawler: Any) -> None:
        self.asked: list[str] = []
        self.closed = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> _Browser:
        cls.built.append(cls(crawler))
        return cls.built[-1]

    async def download_request(self, request: Any) -> str:
        self.asked.append(request.url)
        return "rendered"

    async def close(self) -> None:
        self.closed = True


def test_only_a_rendering_request_builds_the_browser_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("scrapy_playwright")
    from scrapy import Request
    from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
    from scrapy.utils.test import get_crawler

    from crawler import download_handler, render_handler

    async def plain(self: Any, request: Any) -> str:
        return "plain"

    async def closed(self: Any) -> None:
        return None

    monkeypatch.setattr(render_handler, "LazyPlaywrightHandler", _Browser)
    # Scrapy's own handler is not exercised here (no reactor in this process).
    monkeypatch.setattr(HTTP11DownloadHandler, "__init__", lambda self, crawler: None)
    monkeypatch.setattr(HTTP11DownloadHandler, "download_request", plain)
    monkeypatch.setattr(HTTP11DownloadHandler, "close", closed)
    _Browser.built.clear()
    handler = download_handler.BrowserOnDemandHandler(crawler := get_crawler())
    handler._crawler = crawler
    page = Request("http://agency.test/")
    shell = Request("http://agency.test/app", meta=render.render_meta({"download_slot": "s"}))

    async def crawl() -> list[str]:
        got = [await handler.download_request(page)]
        assert _Browser.built == []  # no browser for an ordinary page
        got += [await handler.download_request(shell), await handler.download_request(shell)]
        await handler.close()
        return got

    assert asyncio.run(crawl()) == ["plain", "rendered", "rendered"]
    assert len(_Browser.built) == 1  # built once, on the first page that needs it
    assert _Browser.built[0].asked == [shell.url, shell.url] and _Browser.built[0].closed
