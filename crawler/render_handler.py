"""The scrapy-playwright download handler, started on the first page that needs it.

scrapy-playwright starts Playwright (a Node.js driver process) when each crawl's engine
starts; most agency sites need no browser at all, so here it starts with the first
request that asks for one (``meta["playwright"]``, see :mod:`crawler.render`). Imported
and built by :mod:`crawler.download_handler` on that request, not at each crawl's start.

In a public-only crawl (``OIT_PUBLIC_ONLY``, a web self-check) the browser is launched
with the guard's answers as its only resolver (:func:`crawler.render.public_only_launch`),
taken when it starts: by then the page to render has been fetched, so its host is vetted.
A host first met after that is not found by the browser (its page stays unrendered).
"""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
from twisted.internet import defer

from crawler import render


class LazyPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._start_lock = asyncio.Lock()
        self._started = False
        self._settings = crawler.settings

    # Both start hooks of the parent (old and new Scrapy API) do nothing here.
    def _engine_started(self) -> defer.Deferred:
        return defer.succeed(None)

    async def _maybe_launch_in_thread(self) -> None:
        return None

    async def _download_request(self, request: Any, spider: Any = None) -> Any:
        async with self._start_lock:
            if not self._started:
                if self._settings.getbool("OIT_PUBLIC_ONLY"):
                    from crawler.netguard import guard_for

                    hosts = guard_for(self._settings).public_hosts()
                    self.config.launch_options = render.public_only_launch(
                        self.config.launch_options, hosts
                    )
                await self._launch()
                self._started = True
        return await super()._download_request(request, spider)
