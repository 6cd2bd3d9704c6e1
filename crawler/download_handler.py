"""The crawl's HTTP(S) download handler: Scrapy's own, and the browser only when a page asks.

Scrapy imports the class of every configured download handler when each crawler starts,
and builds a non-lazy one (scrapy-playwright's) at once. Most agency sites need no
browser, so this handler is Scrapy's HTTP/1.1 handler, built on the first request, and
imports and builds the scrapy-playwright handler (:mod:`crawler.render_handler`, which
launches the browser itself on its first page) only for the first request that asks for
rendering (``meta["playwright"]``, :func:`crawler.render.render_meta`).
"""

from __future__ import annotations

from typing import Any

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler


class BrowserOnDemandHandler(HTTP11DownloadHandler):
    lazy = True  # built by Scrapy on the crawl's first request

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler=crawler)
        self._browser: Any = None

    def _browser_handler(self) -> Any:
        if self._browser is None:
            from crawler.render_handler import LazyPlaywrightHandler  # imports Playwright

            self._browser = LazyPlaywrightHandler.from_crawler(self._crawler)
        return self._browser

    async def download_request(self, request: Any) -> Any:
        if request.meta.get("playwright"):
            return await self._browser_handler().download_request(request)
        return await super().download_request(request)

    async def close(self) -> None:
        await super().close()
        if self._browser is not None:
            await self._browser.close()
