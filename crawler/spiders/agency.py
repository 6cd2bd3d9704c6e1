"""One generic spider for every agency site, driven by an :class:`Agency` record.

It decides only what to fetch next: checklist-looking links first (the
matcher's link score is the request priority), a bounded share of the rest,
nothing off-site. Reading a response is :mod:`crawler.responses`; storing it is a
pipeline; how the crawl ended is :mod:`crawler.extensions`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from checklist.match import default_matcher
from crawler import responses, urls
from crawler.records import Agency, FetchedPage

RELEVANT = "oit/relevant"
MAX_QUERIES_PER_PATH = 30  # calendars and filters: distinct query strings per path


class AgencySpider(scrapy.Spider):
    name = "agency"

    def __init__(self, agency: Agency, **kwargs: Any) -> None:
        super().__init__(name=f"agency-{agency.id}", **kwargs)
        self.agency = agency
        self.budget = agency.budget
        self.matcher = default_matcher()
        self.seen: set[str] = set()
        self.queries: Counter[str] = Counter()
        self.scheduled = 0
        self.explored = 0

    async def start(self) -> Any:
        yield self._request(self.agency.url, depth=0, score=100.0, home=True)

    def _request(
        self, url: str, depth: int, score: float, home: bool = False, link_text: str = ""
    ) -> scrapy.Request:
        self.seen.add(urls.canonical(url))
        self.scheduled += 1
        relevant = score > 0
        if relevant:
            self.crawler.stats.inc_value(f"{RELEVANT}/scheduled")
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            dont_filter=True,  # deduplicated by self.seen; redirects keep their budget count
            priority=int(score * 10) - depth if relevant else -10 * (depth + 1),
            meta={
                "depth": depth,
                "home": home,
                "relevant": relevant,
                "link_text": link_text,
                "download_slot": urls.site_key(url),
                "handle_httpstatus_all": True,
            },
        )

    def parse(self, response: Response) -> Iterator[Any]:
        page = responses.read_response(response, self.budget)
        yield from self._record(response.request.meta, page)
        if page.content is None or page.error:
            return
        depth = response.meta.get("depth", 0)
        for link in page.content.links:
            request = self._follow(link.url, link.text, depth + 1)
            if request is not None:
                yield request

    def failed(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        error, detail = responses.classify_failure(failure)
        page = FetchedPage(url=request.url, kind="error", error=error, detail=detail,
                           depth=request.meta.get("depth", 0))  # fmt: skip
        yield from self._record(request.meta, page)

    def _record(self, meta: dict[str, Any], page: FetchedPage) -> Iterator[FetchedPage]:
        stats = self.crawler.stats
        if meta.get("home"):
            stats.set_value("oit/home", page.error or "ok")
            stats.set_value("oit/home_detail", page.detail)
            if page.content is not None and page.content.needs_javascript:
                stats.set_value("oit/needs_javascript", True)
        if meta.get("relevant"):
            stats.inc_value(f"{RELEVANT}/done")
            if page.error and page.error in responses.TRANSIENT_ERRORS:
                stats.inc_value(f"{RELEVANT}/failed")
        stats.inc_value("oit/bytes", page.size)
        yield page

    def _follow(self, url: str, text: str, depth: int) -> scrapy.Request | None:
        """A request for ``url`` if it is in scope and within budget; counts what the budget cut."""
        if not urls.same_site(url, self.agency.url) or urls.extension(url) in urls.SKIP_EXTENSIONS:
            return None
        ext = urls.extension(url)
        if ext in urls.DOCUMENT_EXTENSIONS and ext not in urls.READ_EXTENSIONS:
            return None  # recorded from its link text by the evaluation
        key = urls.canonical(url)
        if key in self.seen:
            return None
        score = self.matcher.link_score(text, url)
        stats = self.crawler.stats
        trap = urls.looks_like_trap(key)
        if trap is None and "?" in key:
            self.queries[urls.path_key(key)] += 1
            if self.queries[urls.path_key(key)] > MAX_QUERIES_PER_PATH and score <= 0:
                trap = "query-explosion"
        if trap:
            stats.inc_value(f"oit/trap/{trap}")
            self.seen.add(key)
            return None
        over_budget = (
            self.scheduled >= self.budget.max_pages
            or depth > self.budget.max_depth
            or (stats.get_value("oit/bytes", 0) or 0) >= self.budget.max_bytes
        )
        if score > 0 and over_budget:
            stats.inc_value(f"{RELEVANT}/skipped")
            self.seen.add(key)
            return None
        if score <= 0:
            if over_budget or self.explored >= self.budget.explore_share * self.budget.max_pages:
                stats.inc_value("oit/explore/skipped")
                return None
            self.explored += 1
        return self._request(key, depth=depth, score=score, link_text=text)
