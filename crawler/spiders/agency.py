"""One generic spider for every agency site, driven by an :class:`Agency` record.

It decides only what to fetch next (README "Focused crawling"):

- checklist-looking links first: the matcher's link score is the request priority;
  every link of an ITA/OIT hub page is followed, whatever its text;
- list entries are sampled, not crawled: links whose URLs share a numbered pattern
  (``album-12.html``, ``news.php?id=247``, ``/2026/11/24/slug/``) and mean the same
  checklist thing by their text form one group, of which only the first
  ``list_entries`` (newest first when the link text or URL carries a date) are
  followed; pagination of a list is followed for its first ``list_pages`` pages.
  Entries not followed still count as evidence by their link text (the evaluation
  reads link targets it never fetched), so this loses no checklist item;
- unrelated links get at most ``explore_share`` of the page budget;
- nothing off-site: off-site evidence (Google Drive, Facebook, e-GP ...) and Word or
  Excel files are recorded from their links by the evaluation, never requested.

The setting ``OIT_FOCUS = False`` turns all of it off but the scope and the path
traps (every link in page order, no priorities, caps, explore share or query-string
limit): the naive full crawl the benchmark compares against.

Reading a response is :mod:`crawler.responses`; storing it is a pipeline; how the
crawl ended is :mod:`crawler.coverage`, from the ``oit/...`` stats kept here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response
from scrapy.utils.response import get_base_url

from checklist import dates as datelib
from checklist.extract import join_base
from checklist.match import default_matcher
from checklist.model import PageContent
from checklist.thai import normalize
from crawler import render, responses, urls
from crawler.records import Agency, Budget, FetchedPage

RELEVANT = "oit/relevant"
UNREAD = "oit/unread"  # oit/unread/<item code>/<why>: checklist pages not read, per item
EVERY_ITEM = "*"  # an ITA/OIT hub page: candidate page of every item
UNKNOWN_ITEM = "?"  # a checklist-looking page whose item could not be told
HUB_LINK_SCORE = 3.0  # matcher.link_score of a link that names the ITA/OIT assessment
MAX_QUERIES_PER_PATH = 30  # calendars and filters: distinct query strings per path, unrelated links
MAX_QUERIES_PER_PATH_RELEVANT = (
    100  # the same for checklist-looking links (a cut counts against coverage)
)
HUB_CHILD_SCORE = 1.5  # a hub page's links are checklist links, even when they say only "คลิก"
HUB_ITEMS = 4  # a page whose own links name this many checklist items is a hub
HUB_OCODES = 5  # ... or that lists this many O-codes (O1, O2, ...)
CHROME_PAGES = 2  # a link seen on this many pages already is menu, not the page's own
_OCODE = re.compile(r"^\s*(?:o|moit)\s?\.?\s?\d{1,2}\b", re.I)
# A text that can open with an O-code once normalised: its first character that is neither a
# space nor one normalize() removes is o or m (no other character becomes one under NFC and
# lower-casing). Most texts are not normalised for _OCODE at all.
_MAY_OPEN_WITH_OCODE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]*[oOmM]")
_MENU_REGIONS = frozenset({"nav", "header", "footer"})
_ROW_TAGS = frozenset({"tr", "li", "dd", "p"})  # the element around a hub link whose text names it
# Failures on the home page worth one more try under another address (see _home_alternative).
_HOME_RETRY_HTTP = frozenset({"refused", "tls", "connection"})


@dataclass(slots=True)
class _Link:
    """One distinct link target of a page, with everything the request policy needs."""

    key: str
    order: int
    region: str
    texts: list[str] = field(default_factory=list)
    score: float = 0.0
    pattern: str | None = None
    page_number: int | None = None
    signature: frozenset[tuple[str, str]] = frozenset()
    newest: int = 0  # ordinal of the newest date in its texts or URL, 0 when none
    row: str = ""  # on a hub page: the text of the table row or list item around the link


# What _describe finds for a link: score, URL pattern, page number, signature, newest date.
_Description = tuple[float, str | None, int | None, frozenset[tuple[str, str]], int]


class AgencySpider(scrapy.Spider):
    name = "agency"

    def __init__(self, agency: Agency | None = None, agency_json: str = "", **kwargs: Any) -> None:
        # `scrapy crawl agency -a agency_json=...` (Scrapyd, oit.scrapyd) passes the agency as JSON.
        agency = agency or agency_from_json(agency_json)
        super().__init__(name=f"agency-{agency.id}", **kwargs)
        self.agency = agency
        self.home_url = agency.url  # may change once if the home page answers elsewhere
        self.budget = agency.budget
        self.matcher = default_matcher()
        self.seen: set[str] = set()
        self.answered: set[str] = set()
        self.explore_keys: set[str] = set()
        self.upgraded: set[str] = set()
        self.queries: Counter[str] = Counter()
        self.entries: Counter[tuple[str, frozenset[tuple[str, str]]]] = Counter()
        self.list_pages: Counter[str] = Counter()
        self.capped: set[str] = set()
        self.link_pages: Counter[str] = Counter()
        self.home_links: set[str] = set()
        self.upgraded_items: dict[str, tuple[str, ...]] = {}
        self.link_keys: dict[tuple[str, str], str | None] = {}  # (url, home) -> _link_key
        self.row_keys: dict[tuple[str, str], str] = {}  # (join base, href) -> link_rows target
        self.described: dict[tuple[str, tuple[str, ...]], _Description] = {}  # by (link key, texts)
        self.scheduled = 0
        self.explored = 0
        self.renders = 0

    @property
    def focus(self) -> bool:
        return self.settings.getbool("OIT_FOCUS", True)

    @property
    def can_render(self) -> bool:
        """A browser is configured (crawler.render) and this crawl may still use it."""
        settings = self.settings
        handler = str((settings.getdict("DOWNLOAD_HANDLERS") or {}).get("http") or "")
        return (
            settings.getbool("OIT_RENDER_JAVASCRIPT", True)
            and handler == render.HANDLER
            and self.renders < settings.getint("OIT_MAX_RENDERS", render.MAX_RENDERS)
        )

    async def start(self) -> Any:
        self.crawler.stats.set_value("oit/focus", self.focus)
        render.allow_site(self.agency.url)
        yield self._request(self.agency.url, depth=0, score=100.0, home=True)

    # -- requests ------------------------------------------------------------
    def _request(
        self,
        url: str,
        depth: int,
        score: float,
        home: bool = False,
        link_text: str = "",
        items: tuple[str, ...] = (),
        **meta: Any,
    ) -> scrapy.Request:
        key = urls.canonical(url)
        self.seen.add(key)
        self.scheduled += 1
        relevant = score > 0
        if relevant:
            self.crawler.stats.inc_value(f"{RELEVANT}/scheduled")
        else:
            self.explore_keys.add(key)
        if not self.focus:
            priority = 0
        elif relevant:
            priority = int(score * 10) - depth
        else:
            priority = -10 * (depth + 1)
        extra: dict[str, Any] = {}
        if urls.extension(url) in urls.READ_EXTENSIONS:
            extra["download_maxsize"] = self.budget.max_pdf_bytes
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            dont_filter=True,  # deduplicated by self.seen; redirects keep their budget count
            priority=priority,
            meta={
                "depth": depth,
                "home": home,
                "relevant": relevant,
                "score": score,
                "key": key,
                "link_text": link_text,
                "items": items,  # checklist items this page may be evidence for (coverage)
                "download_slot": urls.site_key(url),
                # 4xx/5xx reach the callback and are recorded; 3xx are still followed.
                "handle_httpstatus_list": list(range(400, 600)),
                **extra,
                **meta,
            },
        )

    # -- responses -----------------------------------------------------------
    def parse(self, response: Response) -> list[Any]:
        # Whole, before Scrapy handles any of it: the links a page admits are decided (and marked
        # seen) at once, so handling its outputs one at a time (CONCURRENT_ITEMS) cannot let
        # another page's links in between.
        return list(self._parse(response))

    def _parse(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        if meta.get("rendered") and not urls.in_scope(response.url, self.home_url):
            # The browser follows redirects by itself: what it ended on off the site is not read.
            yield from self._unrendered(meta, "offsite-redirect")
            return
        try:
            page = responses.read_response(response, self.budget)
        except Exception as exc:  # a page our own parsing cannot read is not the agency's fault
            page = FetchedPage(
                url=response.url,
                kind="error",
                error="unreadable",
                detail=f"{type(exc).__name__}: {exc}"[:300],
                depth=meta.get("depth", 0),
            )
        if meta.get("home"):
            self._check_certificate(response)
            if not urls.same_site(response.url, self.home_url):
                self.home_url = response.url  # never happens through ScopeMiddleware; defensive
        if (
            page.content is not None
            and page.content.needs_javascript
            and not page.error
            and not meta.get("rendered")
            and self.can_render
        ):
            # Once more through the browser; the page is recorded when that answers.
            self.renders += 1
            self.crawler.stats.inc_value("oit/render/requested")
            if meta.get("home"):
                self.crawler.stats.set_value("oit/needs_javascript", True)
            yield response.request.replace(
                url=response.url, dont_filter=True, meta=render.render_meta({**meta, "plain": page})
            )
            return
        yield from self._record(meta, page)
        if page.content is None or page.error:
            return
        self.seen.add(urls.canonical(response.url))  # the target of a redirect
        yield from self._follow_links(page.content, meta, response)

    def failed(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        meta = request.meta
        error, detail = responses.classify_failure(failure)
        if meta.get("rendered") and meta.get("plain") is not None:
            yield from self._unrendered(meta, error)
            return
        original = (meta.get("redirect_urls") or [request.url])[0]
        depth = meta.get("depth", 0)
        if error == "offsite-redirect" and not meta.get("home"):
            # An on-site link that redirects off-site (to Facebook, Drive ...): the link is
            # evidence by its text, as an off-site link would be.
            page = FetchedPage(
                url=original,
                kind="redirect",
                final_url=request.url,
                depth=depth,
                detail=f"redirects off-site to {request.url}"[:300],
            )
            yield from self._record(meta, page)
            return
        first = meta.get("fallback")
        if meta.get("home") and not first and self.settings.getbool("OIT_HOME_FALLBACK", True):
            alternative = _home_alternative(original, error)
            if alternative:
                self._note(
                    f"home page {original} failed ({error}), tried {alternative} / "
                    "หน้าแรกใช้งานไม่ได้ ลองที่อยู่อื่นแทน"
                )
                self.home_url = alternative
                self.crawler.stats.inc_value(f"{RELEVANT}/done")  # answered, by its replacement
                yield self._request(
                    alternative, depth=0, score=100.0, home=True, fallback=(original, error, detail)
                )
                return
        if first:  # the agency's own address failed first: that is the error to report
            self.home_url = first[0]
            detail = f"{first[2]}; also tried {original}: {detail}"[:600]
            original, error = first[0], first[1]
        page = responses.failure_page(original, error, detail, depth, home=bool(meta.get("home")))
        yield from self._record(meta, page)

    def _unrendered(self, meta: dict[str, Any], error: str) -> Iterator[Any]:
        """The browser failed: the page stays as it was read without it, unrendered."""
        self.crawler.stats.inc_value(f"oit/render/failed/{error}")
        plain: FetchedPage = meta["plain"]
        yield from self._record({**meta, "rendered": False}, plain)
        if plain.content is not None:
            yield from self._follow_links(plain.content, meta)

    def _record(self, meta: dict[str, Any], page: FetchedPage) -> Iterator[FetchedPage]:
        stats = self.crawler.stats
        key = meta.get("key") or urls.canonical(page.url)
        self.answered.add(key)
        if meta.get("home"):
            stats.set_value("oit/home", page.error or "ok")
            stats.set_value("oit/home_detail", page.detail)
            stats.set_value("oit/home_url", page.final_url or page.url)
        # A page rendered by the browser is judged like any page, whatever it shows.
        needs_js = (
            page.content is not None and page.content.needs_javascript and not meta.get("rendered")
        )
        if meta.get("rendered"):
            stats.inc_value("oit/render/done")
            if meta.get("home"):
                stats.set_value("oit/home_rendered", True)
        if needs_js and meta.get("home"):
            stats.set_value("oit/needs_javascript", True)
        if meta.get("relevant") or key in self.upgraded:
            stats.inc_value(f"{RELEVANT}/done")
            items = meta.get("items") or self.upgraded_items.get(key, ())
            if page.error and page.error in responses.TRANSIENT_ERRORS:
                stats.inc_value(f"{RELEVANT}/failed")
                stats.inc_value(f"oit/failed/{page.error}")
                self._unread(items, page.error)
            if needs_js and not meta.get("home"):
                stats.inc_value(f"{RELEVANT}/javascript")
                self._unread(items, "javascript")
        stats.inc_value("oit/bytes", page.size)
        yield page

    def _unread(self, items: tuple[str, ...], kind: str) -> None:
        """A checklist page not read (failed, blocked, not rendered, cut): counted per item
        it may be evidence for, so that only those items are ``not_checked`` (crawler.coverage)."""
        for code in items or (UNKNOWN_ITEM,):
            self.crawler.stats.inc_value(f"{UNREAD}/{code}/{kind}")

    def _items(self, link: _Link) -> tuple[str, ...]:
        """The checklist items a link's page may be evidence for: named by its text, the row
        around it on a hub, or its URL. An ITA/OIT hub link naming none stands for every item."""
        texts = [*link.texts, link.row] if link.row else link.texts
        codes = {code for text in texts for code, _, _ in self.matcher.scan(text)}
        url_parts = getattr(self.matcher, "_url_parts", None)  # checklist.match: URL hints
        if url_parts is not None:
            codes.update(code for code, _ in url_parts(link.key))
        if codes:
            return tuple(sorted(codes))
        return (EVERY_ITEM,) if link.score >= HUB_LINK_SCORE else ()

    # -- links -----------------------------------------------------------------
    def _follow_links(
        self, content: PageContent, meta: dict[str, Any], response: Response | None = None
    ) -> Iterator[scrapy.Request]:
        depth = meta.get("depth", 0) + 1
        links = self._links_of(content)
        if meta.get("home"):
            self.crawler.stats.set_value("oit/home_links", len(links))
            self.crawler.stats.set_value(
                "oit/home_text", sum(len(b.text) for b in content.blocks if b.region == "main")
            )
        fresh = [link for link in links.values() if self._fresh(link.key)]
        hub = bool(fresh) and self.focus and self._is_hub(content, links, meta)
        if hub:
            self.crawler.stats.inc_value("oit/hub_pages")
            wanted = {link.key for link in fresh}
            rows = link_rows(response, wanted, self.row_keys) if response is not None else {}
            for link in fresh:
                link.row = rows.get(link.key, "")
        for link in fresh:
            self._describe(link)
        ordered = sorted(fresh, key=lambda x: (x.pattern or "", -x.newest, x.order))
        family = urls.entry_pattern(meta.get("key") or content.url)
        for link in ordered:
            if hub and link.region not in _MENU_REGIONS:
                link.score = max(link.score, HUB_CHILD_SCORE)
            exempt = hub or link.region in _MENU_REGIONS
            request = self._admit(
                link, depth, exempt, sibling=family is not None and link.pattern == family
            )
            if request is not None:
                yield request
        for key in links:
            self.link_pages[key] += 1
        if meta.get("home"):
            self.home_links.update(links)

    def _links_of(self, content: PageContent) -> dict[str, _Link]:
        """The page's in-scope links worth a request, one per target, with their texts merged."""
        found: dict[str, _Link] = {}
        for order, link in enumerate(content.links):
            key = self._link_key(link.url)
            if key is None:
                continue
            entry = found.get(key)
            if entry is None:
                entry = found[key] = _Link(key=key, order=order, region=link.region)
            elif entry.region in _MENU_REGIONS and link.region not in _MENU_REGIONS:
                entry.region = link.region
            if link.text and link.text not in entry.texts:
                entry.texts.append(link.text)
        return found

    def _link_key(self, url: str) -> str | None:
        """The canonical key of a link worth a request, None for one off the site or never
        fetched; kept per URL, as the same menu links come back on every page."""
        cache_key = (url, self.home_url)  # the scope follows the home page if it moves
        if cache_key in self.link_keys:
            return self.link_keys[cache_key]
        key: str | None = None
        if urls.in_scope(url, self.home_url):
            ext = urls.extension(url)
            # Word, Excel ... are recorded from their link text by the evaluation.
            if not (
                ext in urls.SKIP_EXTENSIONS
                or (ext in urls.DOCUMENT_EXTENSIONS and ext not in urls.READ_EXTENSIONS)
            ):
                key = urls.canonical(url)
        self.link_keys[cache_key] = key
        return key

    def _fresh(self, key: str) -> bool:
        """Not asked for yet, or asked for as unrelated and not answered (may turn relevant)."""
        return key not in self.seen or (
            key in self.explore_keys and key not in self.answered and key not in self.upgraded
        )

    def _describe(self, entry: _Link) -> None:
        """Score, URL pattern, page number, checklist meaning and newest date of one link."""
        texts = tuple(entry.texts or [""])
        found = self.described.get((entry.key, texts))
        if found is None:  # a menu or sidebar link is described again on every page until answered
            found = self.described[(entry.key, texts)] = self._description(entry.key, texts)
        entry.score, entry.pattern, entry.page_number, entry.signature, entry.newest = found

    def _description(self, key: str, texts: tuple[str, ...]) -> _Description:
        score = max(self.matcher.link_score(text, key) for text in texts)
        pattern = urls.entry_pattern(key) if self.focus else None
        if pattern is None:
            return score, None, None, frozenset(), 0
        signature = frozenset(
            (code, part) for text in texts for code, part, _ in self.matcher.scan(text)
        )
        days = [d.date for text in texts for d in datelib.find_dates(text)]
        days += [d.date for d in datelib.dates_in_url(key)]
        return (
            score,
            pattern,
            urls.page_number(key, texts[0]),
            signature,
            max(days).toordinal() if days else 0,
        )

    def _is_hub(self, content: PageContent, links: dict[str, _Link], meta: dict[str, Any]) -> bool:
        """An ITA/OIT hub or a page listing many checklist items: its own links (not the
        menu's) name several items, or it lists O-codes, or a hub link led here."""
        if meta.get("score", 0) >= 3 and not meta.get("home"):
            return True
        own = [
            link
            for link in links.values()
            if link.region not in _MENU_REGIONS
            and link.key not in self.home_links
            and self.link_pages[link.key] < CHROME_PAGES
        ]
        items = {
            code for link in own for text in link.texts for code, _, _ in self.matcher.scan(text)
        }
        if len(items) >= HUB_ITEMS:
            return True
        texts = [text for link in own for text in link.texts]
        texts += [b.text for b in content.blocks if b.region == "main"]
        lines = [normalize(text) for text in texts if _MAY_OPEN_WITH_OCODE.match(text)]
        return sum(1 for line in lines if _OCODE.match(line)) >= HUB_OCODES

    def _admit(
        self, link: _Link, depth: int, exempt: bool, sibling: bool = False
    ) -> scrapy.Request | None:
        """A request for ``link`` if the policy and the budget allow it; counts what they cut."""
        stats = self.crawler.stats
        key, score = link.key, link.score
        if key in self.seen:
            if score > 0 and self._fresh(key):
                self.upgraded.add(key)  # asked for as unrelated, turns out checklist-looking
                self.upgraded_items[key] = self._items(link)
                stats.inc_value(f"{RELEVANT}/scheduled")
            return None
        if self.focus and link.pattern and self._capped(link, exempt, sibling):
            if key not in self.capped:
                self.capped.add(key)
                kind = "pages" if link.page_number is not None else "entries"
                stats.inc_value(f"oit/capped/{kind}")
            return None
        trap = urls.looks_like_trap(key)
        if trap is None and "?" in key and self.focus:
            path = urls.path_key(key)
            self.queries[path] += 1
            limit = MAX_QUERIES_PER_PATH_RELEVANT if score > 0 else MAX_QUERIES_PER_PATH
            if self.queries[path] > limit:
                trap = "query-explosion"
        if trap:
            stats.inc_value(f"oit/trap/{trap}")
            if score > 0 and trap == "query-explosion":
                stats.inc_value(f"{RELEVANT}/trapped")
                self._unread(self._items(link), "trap")
            self.seen.add(key)
            return None
        over_budget = (
            self.scheduled >= self.budget.max_pages
            or depth > self.budget.max_depth
            or (stats.get_value("oit/bytes", 0) or 0) >= self.budget.max_bytes
        )
        if score > 0 and over_budget:
            stats.inc_value(f"{RELEVANT}/skipped")
            self._unread(self._items(link), "budget")
            self.seen.add(key)
            return None
        if score <= 0:
            explore_cap = self.budget.explore_share * self.budget.max_pages
            if over_budget or (self.focus and self.explored >= explore_cap):
                stats.inc_value("oit/explore/skipped")
                return None
            self.explored += 1
        if link.pattern:
            if link.page_number is not None:
                self.list_pages[link.pattern] += 1
            else:
                self.entries[(link.pattern, link.signature)] += 1
        text = link.texts[0] if link.texts else ""
        items = self._items(link) if score > 0 else ()
        return self._request(key, depth=depth, score=score, link_text=text, items=items)

    def _capped(self, link: _Link, exempt: bool, sibling: bool) -> bool:
        """True when ``link`` is one list entry or list page too many (see the module docstring).

        ``sibling``: the link leaves an entry for another entry of the same list ("ถัดไป »"
        from one album to the next); without checklist words of its own it is not followed,
        or a chain of entries would walk the whole archive one page at a time.
        """
        if link.page_number is not None:
            if link.page_number <= 1:
                return True  # "1" in a pager is the list page already read
            return self.list_pages[link.pattern or ""] >= self.budget.list_pages - 1
        if exempt:
            return False
        if sibling and not link.signature:
            return True
        return self.entries[(link.pattern or "", link.signature)] >= self.budget.list_entries

    # -- notes -----------------------------------------------------------------
    def _note(self, text: str) -> None:
        notes = list(self.crawler.stats.get_value("oit/notes", []) or [])
        if text not in notes:
            self.crawler.stats.set_value("oit/notes", [*notes, text])

    def _check_certificate(self, response: Response) -> None:
        """Scrapy does not verify certificates, so a site with a broken one is still read;
        what is wrong with it is recorded for the agency (see README "Politeness")."""
        certificate = getattr(response, "certificate", None)
        if certificate is None:
            return
        try:
            problems = certificate_problems(
                certificate.original.to_cryptography(), urlsplit(response.url).hostname or ""
            )
        except Exception:  # noqa: BLE001 - an unreadable certificate is itself a problem
            problems = ["unreadable certificate"]
        if problems:
            self.crawler.stats.set_value("oit/tls_problem", ", ".join(problems))


def certificate_problems(cert: Any, host: str) -> list[str]:
    """What a browser would reject in ``cert`` (a cryptography x509 certificate) for ``host``."""
    import datetime as dt
    import ipaddress

    problems = []
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        problems.append("expired")
    if cert.not_valid_before_utc > now:
        problems.append("not yet valid")
    if cert.issuer == cert.subject:
        problems.append("self-signed")
    # Host-name matching (wildcards, IP addresses; no common-name fallback, as in browsers)
    # is service-identity's, the library Twisted itself verifies names with.
    from service_identity import CertificateError, VerificationError
    from service_identity.cryptography import (
        verify_certificate_hostname,
        verify_certificate_ip_address,
    )

    try:
        try:
            verify_certificate_ip_address(cert, ipaddress.ip_address(host))
        except ValueError:
            verify_certificate_hostname(cert, host)
        matches = True
    except (CertificateError, VerificationError):
        matches = False
    if not matches:
        problems.append("name mismatch")
    return problems


def link_rows(
    response: Response,
    wanted: Collection[str] | None = None,
    joined: dict[tuple[str, str], str] | None = None,
) -> dict[str, str]:
    """Canonical link target -> text of the table row or list item holding the link, for a
    hub page whose links say only "คลิก" or "ดาวน์โหลด" beside the item's name.

    Read from the response's own lxml tree (Scrapy parses it once, on first use) by walking
    it, not by an XPath query per link: the same rows as ``//a[@href]`` and
    ``ancestor::*[self::tr or self::li or self::dd or self::p][1]//text()``, at a fraction of the CPU.
    ``wanted``: only these targets' rows (the links not followed yet; a row's text is the
    costly part). ``joined``: (what urljoin reads of the base, href) -> target, kept by the
    caller across a site's pages.
    """
    rows: dict[str, str] = {}
    if not isinstance(response, scrapy.http.TextResponse):
        return rows
    try:
        root = response.selector.root
    except ValueError:  # not HTML, or a <base href> that is no address ("http://[link]/")
        return rows
    base = get_base_url(response)  # what response.urljoin joins to, found once
    keys = {} if joined is None else joined  # a hub repeats its links, a site its menus
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if href is None:
            continue
        reads = join_base(base, href)  # the same absolute or root-relative href on every page
        key = keys.get((reads, href))
        if key is None:
            try:
                key = urls.canonical(urljoin(reads, href))
            except ValueError:  # "http://[link]": no target (the extraction keeps no link either)
                key = ""
            keys[(reads, href)] = key
        if not key or key in rows or (wanted is not None and key not in wanted):
            continue  # the first row holding a target names it
        row = next((el for el in anchor.iterancestors() if el.tag in _ROW_TAGS), None)
        if row is not None:
            rows[key] = " ".join(" ".join(row.itertext()).split())[:500]
    return rows


def agency_from_json(text: str) -> Agency:
    """The :class:`Agency` of ``json.dumps(dataclasses.asdict(agency))``."""
    data = json.loads(text)
    return Agency(**{**data, "budget": Budget(**(data.get("budget") or {}))})


def _home_alternative(url: str, error: str) -> str | None:
    """Another address for a home page that failed: http for a broken https, the other of
    ``www.``/bare host for a name that does not resolve. None when there is none to try."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if error in _HOME_RETRY_HTTP and parts.scheme == "https":
        netloc = parts.netloc if parts.port not in (None, 443) else host
        return urlunsplit(("http", netloc, parts.path, parts.query, ""))
    if error == "dns" and host.count(".") >= 1 and not _is_ip(host):
        other = host[4:] if host.startswith("www.") else f"www.{host}"
        netloc = other + (f":{parts.port}" if parts.port else "")
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    return None


def _is_ip(host: str) -> bool:
    return bool(re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host))
