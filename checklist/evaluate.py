"""Evaluate one site's crawled pages against the checklist, as of a given day. Pure.

Stages, in order:
1. chrome: blocks, links and dates that repeat across the site's pages (menus,
   header clocks, footers) are set aside;
2. candidates: every fetched page or document, and every link target that is
   evidence by its link text alone (off-site documents, Word/Excel files), as a
   :class:`DocView`; ITA hub pages are not evidence themselves, their links are;
3. matching: the matcher says which items and parts each candidate is evidence for;
4. dating: each piece of evidence gets the date of its own content, with its source;
5. verdicts: per part, then per item, following the freshness policy and the
   crawl's coverage (a crawl that did not reach coverage never yields ``missing``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urlsplit

from . import dates as datelib
from . import sections
from .chrome import Chrome, docview_from_page, find_chrome, is_document_url, repeated_share
from .definitions import Checklist
from .freshness import Policy, judge
from .match import HOME_CONTACT_TERM, Matcher, contact_block
from .model import MAIN, DocView, Evidence, Finding, FoundDate, Hit, SitePage
from .rejections import OWN_WEIGHT, Rejection, best, matcher_reason, own_reason, signal_score
from .statuses import EXPLAINED, NO_EVIDENCE, WORST_FIRST, CrawlStatus, Status
from .thai import normalize

MAX_EVIDENCE = 12
ROW_TEXTS_OF_ONE_TARGET = 3  # distinct texts one page gives one link target: rows, not its name
# A criterion sentence an ITA table quotes ("มีบันทึกข้อความ…", "5.4.1 มีรายงาน…", "แสดงข้อมูล…"): it says
# what a document should hold. Optional numbering, then "มี"/"แสดง" opening the sentence.
_CRITERION_SENTENCE = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*\)?\s*\d?\s*)?(?:มี|แสดง)")
# Items only the agency's own website (or its files on Drive, YouTube, e-GP...) can show.
OWN_SITE_ITEMS = frozenset({"5.2"})
# Items a menu link to another website can show: the link is the channel.
CHANNEL_ITEMS = frozenset({"5.10", "5.11"})


@dataclass(frozen=True, slots=True)
class CrawlState:
    """What the evaluation needs to know of the crawl: ok | partial | failed, and why.

    ``unread``: for a partial crawl whose cuts are per item (crawler.coverage), the items
    whose candidate pages could not be read (code -> why); the other items may be
    ``missing``. None: the cut concerns every item.
    """

    status: str
    reason: str = ""
    unread: Mapping[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    doc: DocView
    dates: tuple[FoundDate, ...]
    hits: tuple[Hit, ...]
    hub: bool = False
    title: str = ""  # what a person sees as the evidence's name (see _display_title)
    error: str | None = None  # a linked page that answered an error (a near miss, never evidence)


@dataclass(frozen=True, slots=True)
class SiteEvaluation:
    """Item findings (one per code, parts folded in) and part findings (5.1 and 5.7 parts)."""

    items: tuple[Finding, ...]
    parts: dict[str, tuple[Finding, ...]] = field(default_factory=dict)
    candidates: tuple[Candidate, ...] = ()
    chrome_dates: frozenset[dt.date] = frozenset()


@functools.lru_cache(maxsize=8192)  # every page links the menu's targets again
def _key(url: str) -> str:
    # One key for one address however it is written: a crawl stores the percent-encoded URL it
    # requested ("/Document/%E0%B8%A3…/report.pdf"), a page's link holds the Thai letters ("/Document/ร…").
    return unquote(url.split("#", 1)[0]).rstrip("/")


def chrome_dates(pages: Sequence[SitePage]) -> frozenset[dt.date]:
    """The crawl day as most pages of a site show it: header clocks, 'ข้อมูล ณ วันที่ <today>' stamps.

    Only days within a day of the page's fetch count: a site that updated many
    pages on one day shows that day on many pages too, and that is real content.
    """
    html = [p for p in pages if p.content is not None]
    counts: Counter[dt.date] = Counter()
    days_of: dict[str, tuple[dt.date, ...]] = {}  # a block's days: the template's blocks recur
    for page in html:
        days: set[dt.date] = set()
        for block in page.content.blocks:  # type: ignore[union-attr]
            found = days_of.get(block.text)
            if found is None:
                found = days_of[block.text] = tuple(
                    d.date for d in datelib.find_dates(block.text) if d.kind == "day"
                )
            days.update(found)
        if page.fetched_on is not None:
            days = {d for d in days if abs((d - page.fetched_on).days) <= 1}
        counts.update(days)
    return frozenset(day for day, n in counts.items() if repeated_share(n, len(html)))


def _inbound_links(pages: Sequence[SitePage], chrome: Chrome) -> dict[str, list[str]]:
    """Target -> the texts of content links to it. A page that links one document from many rows
    with different texts where the rows quote criterion sentences (an ITA table: one memo under
    each "มี…" sentence) names it by its first text only; the others describe the criteria, not
    the document. Rows that each name a document (one shared Drive folder under "คู่มือ…",
    "ข้อมูลสถิติ…", "รายงาน… รอบ 6 เดือน") all name it."""
    texts: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        if page.content is None:
            continue
        here: dict[str, list[str]] = defaultdict(list)
        rows: dict[str, list[str]] = defaultdict(list)
        for link in page.content.links:
            if link.text and not chrome.is_chrome_link(link.url, link.text, link.region):
                bucket = here[_key(link.url)]
                if link.text not in bucket:
                    bucket.append(link.text)
                if link.row:
                    rows[_key(link.url)].append(link.row)
        for key, found in here.items():
            bucket = texts[key]
            quoted = len(found) >= ROW_TEXTS_OF_ONE_TARGET and any(
                map(_CRITERION_SENTENCE.match, found)
            )
            # When every row quotes a criterion (memo, สขร.1 summary, publication form: one bundle
            # linked under each), no row is the file's name and each claims it: all of them stand.
            if quoted and not all(map(_CRITERION_SENTENCE.match, found)):
                found = found[:1]
            # Each hub row the target sits under names it too (one shared folder under O12-O18).
            for text in [*found, *rows.get(key, ())]:
                if text not in bucket:
                    bucket.append(text)
    return texts


def _all_link_texts(pages: Sequence[SitePage]) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        for link in page.content.links if page.content else ():
            bucket = texts[_key(link.url)]
            if link.text and link.text not in bucket:
                bucket.append(link.text)
    return texts


def _menu_links_off_site(pages: Sequence[SitePage], hosts: set[str | None]) -> dict[str, list[str]]:
    """Texts of menu (chrome) links to other websites: a menu entry "ร้องเรียน" to the agency's
    complaint system elsewhere is that channel (5.10/5.11 only, see CHANNEL_ITEMS)."""
    texts: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        for link in page.content.links if page.content else ():
            if link.text and _host(link.url) not in hosts:
                bucket = texts[_key(link.url)]
                if link.text not in bucket:
                    bucket.append(link.text)
    return texts


@functools.lru_cache(maxsize=8192)  # the menu's links are on every page
def _host(url: str) -> str | None:
    return urlsplit(url).hostname


def _dates_of(
    doc: DocView, page: SitePage | None, own_hosts: set[str | None] | None = None
) -> tuple[FoundDate, ...]:
    """``own_hosts``: the site's hosts, for a link target never fetched. A date in the URL of a file on
    another website ("/wp-content/uploads/2024/10/…" of another college, a viewer wrapping another
    agency's upload) is the day that site stored it, not this agency's publication."""
    found: list[FoundDate] = []
    content_source = "pdf" if doc.kind == "pdf" else "text"
    found += datelib.find_dates(doc.content, content_source)
    for text in (doc.title, *doc.headings):
        found += datelib.find_dates(text, "title")
    for text in doc.link_texts:
        found += datelib.find_dates(text, "link")
    if own_hosts is None or urlsplit(doc.url).hostname in own_hosts:
        found += datelib.dates_in_url(doc.url)
    if page is not None:
        for raw, source in page.meta_dates or (page.content.meta_dates if page.content else ()):
            value = datelib.parse_date_value(raw, source)
            if value is not None:
                found.append(value)
        if page.last_modified:
            value = datelib.parse_date_value(page.last_modified, "http-header")
            if value is not None:
                found.append(value)
    return tuple(found)


def candidates(
    pages: Sequence[SitePage],
    matcher: Matcher,
    as_of: dt.date,
    near: list[Candidate] | None = None,
    home: str | None = None,
) -> tuple[list[Candidate], frozenset[dt.date]]:
    """Every piece of possible evidence on the site, matched and with its dates.

    ``near``, when given, receives what was looked at and matched nothing (pages, and
    linked pages that answered an error): the pool of near misses for ``missing`` items.
    ``home``: the URL the crawl started from (the site's root URL is a home page too).
    """
    # One order whatever order the answers arrived in: the first text naming a link target becomes
    # the evidence's title, so a crawl's findings must not depend on which of two requests in
    # flight answered first (1 vs 2 crawl processes, a loaded machine). Shortest URL first, so "/"
    # wins over "/index.php" when both serve the same page.
    pages = sorted(pages, key=lambda p: (len(p.url), p.url))
    html = [p for p in pages if p.content is not None and not p.error]
    chrome = find_chrome([p.content for p in html])  # type: ignore[misc]
    clock = chrome_dates(html)
    title_counts = Counter(normalize(p.content.title) for p in html)  # type: ignore[union-attr]
    site_titles = {t for t, n in title_counts.items() if repeated_share(n, len(html))}
    inbound = _inbound_links(html, chrome)
    menu_names = _all_link_texts(html)  # menus included
    fetched = {_key(p.url) for p in pages}
    result: list[Candidate] = []
    seen_content: set[tuple[str, int]] = set()
    # The home page under another URL ("/Home" of a framework's route beside the view it serves) is
    # the home page too: whichever of the two is kept as the one piece of evidence.
    home_blocks = {_blocks(p) for p in html if _is_home(p.url, home)}
    for page in pages:
        links = inbound.get(_key(page.url), [])
        if page.error:
            if near is not None and links:
                near.append(
                    Candidate(
                        DocView(
                            url=page.url, title=links[0], link_texts=tuple(links), kind="offsite"
                        ),
                        (),
                        (),
                        error=page.error,
                    )
                )
            continue
        if page.content is not None:
            doc = docview_from_page(page.content, chrome, links)
            if not links and _no_words_of_its_own(doc.content) and doc.documents:
                # A page of images only (a chart, scanned notices) has no words of its own: the menu
                # entry pointing to it is its only name.
                menu = menu_names.get(_key(page.url), [])
                doc = docview_from_page(page.content, chrome, menu)
            if doc.content:
                # The same text and files: the same page under another URL, one piece of evidence. Pages of
                # one template differ only in what they show (a placeholder image, a real chart).
                same = (doc.content, doc.documents)
                if same in seen_content:
                    continue
                seen_content.add(same)
            outlinks = [
                link.text
                for link in page.content.links
                if not chrome.is_chrome_link(link.url, link.text, link.region)
            ]
            if matcher.is_hub(doc, outlinks):
                result.append(Candidate(doc, (), (), hub=True))
                continue
        elif page.kind == "pdf":
            doc = DocView(
                url=page.url,
                title=page.title or (links[0] if links else ""),
                content=page.text,
                link_texts=tuple(links),
                kind="pdf",
            )
        else:
            doc = DocView(
                url=page.url,
                title=links[0] if links else page.title,
                link_texts=tuple(links),
                kind="document",
            )
        hits = tuple(matcher.classify(doc))
        is_home = page.content is not None and (
            _is_home(page.url, home) or _blocks(page) in home_blocks
        )
        if is_home:
            hits = _with_home_contact(hits, page)
        if page.content is not None and page.content.polls:
            hits = _with_poll(hits, page, matcher, is_home, doc)
        if hits:
            result.append(
                Candidate(doc, _dates_of(doc, page), hits, title=_display_title(doc, site_titles))
            )
        elif near is not None:
            near.append(Candidate(doc, (), (), title=_display_title(doc, site_titles)))
    # Link targets never fetched (off-site, Word/Excel files): evidence by their link text.
    hosts = {urlsplit(p.url).hostname for p in pages}
    fetched_pages = {_page_key(url) for url in fetched}
    # The address as the link wrote it (the key is decoded): what the report shows and links to.
    written = {
        _key(link.url): link.url.split("#", 1)[0].rstrip("/")
        for page in reversed(html)
        for link in page.content.links  # type: ignore[union-attr]
    }
    for key, texts in inbound.items():
        if key in fetched or _key(key + "/") in fetched:
            continue
        if _pager_of_fetched(key, hosts, fetched_pages):
            continue
        doc = DocView(
            url=written.get(key, key),
            title=texts[0],
            link_texts=tuple(texts),
            kind="offsite",
        )
        hits = tuple(matcher.classify(doc))
        if urlsplit(key).hostname not in hosts and not is_document_url(key):
            # A page on another agency's website (a news feed box) is that agency's, not this one's.
            hits = tuple(h for h in hits if h.code not in OWN_SITE_ITEMS)
        if hits:
            result.append(Candidate(doc, _dates_of(doc, None, hosts), hits))
    # Channels reached from the menu only: a complaint or opinion system on another website.
    for key, texts in _menu_links_off_site(html, hosts).items():
        if key in inbound or key in fetched:
            continue
        doc = DocView(url=key, title=texts[0], link_texts=tuple(texts), kind="offsite")
        hits = tuple(h for h in matcher.classify(doc) if h.code in CHANNEL_ITEMS)
        if hits:
            result.append(Candidate(doc, _dates_of(doc, None, hosts), hits))
    return _without_indexes_of_nothing(result, html, chrome, fetched), clock


HOME_CONTACT = ("5.1", "contact")


def _is_home(url: str, home: str | None) -> bool:
    return urlsplit(url).path in ("", "/") or (home is not None and _key(url) == _key(home))


def _with_home_contact(hits: tuple[Hit, ...], page: SitePage) -> tuple[Hit, ...]:
    """The home page with the agency's contact block (in its footer or anywhere) is contact evidence,
    though the block repeats on every page (chrome elsewhere)."""
    if any((h.code, h.part) == HOME_CONTACT for h in hits) or page.content is None:
        return hits
    if not contact_block([b.text for b in page.content.blocks]):
        return hits
    return (*hits, Hit(*HOME_CONTACT, terms=(HOME_CONTACT_TERM,), where=("content",)))


POLL_ITEM = "5.10"


def _blocks(page: SitePage) -> tuple[str, ...]:
    return tuple(b.text for b in page.content.blocks) if page.content else ()


def _with_poll(
    hits: tuple[Hit, ...], page: SitePage, matcher: Matcher, home: bool, doc: DocView
) -> tuple[Hit, ...]:
    """A poll on the agency's own site that asks visitors their opinion ("แบบสอบถามความพึงพอใจ":
    ดีมาก/ดี/พอใช้ + ส่ง) is an opinion channel (5.10, the label policy), read from its title. On
    the home page wherever the layout put it (a footer row, repeated on every page: chrome
    elsewhere, credited once); on another page when its title is the page's own content."""
    if any(h.code == POLL_ITEM for h in hits) or page.content is None:
        return hits
    for title in page.content.polls:
        if not home and normalize(title) not in normalize(doc.content):
            continue
        for code, part, term in matcher.scan(title):
            if code == POLL_ITEM:
                return (*hits, Hit(code, part, terms=(term,), where=("content",)))
    return hits


def _page_key(url: str) -> str:
    """The page a URL shows, its query left out: "?page=2", "Previous", "Next" page the same list."""
    return _key(url.split("?", 1)[0])


# A list's pager query ("?page=1", "?start=20"): another page of the same list, never a document.
# Not "?p=123": WordPress names a post so.
_PAGER_QUERY = re.compile(r"(?i)(?:^|&)(?:page|paged|pg|pageno|start|offset)=\d*(?:&|$)")


def _pager_of_fetched(url: str, hosts: set[str | None], fetched_pages: set[str]) -> bool:
    """``url`` pages a list of this site that the crawl fetched under its plain URL: that list was
    judged there, and the pager link's text ("1", "ถัดไป") and its URL ("news") name nothing more."""
    parts = urlsplit(url)
    return (
        parts.hostname in hosts
        and bool(_PAGER_QUERY.search(parts.query))
        and _page_key(url) in fetched_pages
    )


# Parts published as texts (a law, a regulation): a picture beside an index of them publishes none of them.
TEXT_ONLY_PARTS = frozenset({("5.1", "laws")})


def _text_only(hit: Hit) -> bool:
    return (hit.code, hit.part) in TEXT_ONLY_PARTS


INDEX_LINK_SHARE = 0.6  # share of a page's own text that is link text: an index of other pages
INDEX_LINKS_MIN = 3


def _without_indexes_of_nothing(
    found: list[Candidate], html: Sequence[SitePage], chrome: Chrome, fetched: set[str]
) -> list[Candidate]:
    """Drop index pages whose rows all lead to pages of this site that hold no evidence: a list of
    law categories ("พระราชบัญญัติ", "กฎกระทรวง") over empty category pages publishes no law,
    whatever its heading says. An index with a document, or a row leading anywhere else, stays."""
    evidence = {_key(c.doc.url) for c in found if c.hits and not c.hub}
    page_of = {_key(p.url): p for p in html}
    kept = []
    for candidate in found:
        page = page_of.get(_key(candidate.doc.url))
        if page is None or candidate.hub or not candidate.hits:
            kept.append(candidate)
            continue
        rows = [
            link
            for link in page.content.links  # type: ignore[union-attr]
            if link.text
            and not chrome.is_chrome_link(link.url, link.text, link.region)
            and _page_key(link.url) != _page_key(page.url)
        ]
        files = any(is_document_url(link.url) for link in rows) or bool(page.content.embeds)  # type: ignore[union-attr]
        if files or (candidate.doc.documents and not any(_text_only(h) for h in candidate.hits)):
            kept.append(candidate)
            continue
        link_chars = sum(len(link.text) for link in rows)
        own_chars = len(candidate.doc.content) or 1
        index = len(rows) >= INDEX_LINKS_MIN and link_chars >= INDEX_LINK_SHARE * own_chars
        if index and all(
            _key(link.url) in fetched and _key(link.url) not in evidence for link in rows
        ):
            pictured = (
                tuple(h for h in candidate.hits if not _text_only(h))
                if candidate.doc.documents
                else ()
            )
            if pictured:  # pictures: the news beside the rows stays, the law list goes
                kept.append(replace(candidate, hits=pictured))
            continue
        kept.append(candidate)
    return kept


_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
OWN_WORDS_MIN = (
    100  # characters of non-Thai text (a builder's credit, "Image Description") that say nothing
)


def _no_words_of_its_own(content: str) -> bool:
    """Nothing but a page builder's leftovers: no Thai word and a line or two of English
    ("Image Description", "Website was designed with …"). A chart or a scanned notice shown
    as an image says nothing else."""
    text = content.strip()
    return not text or (len(text) < OWN_WORDS_MIN and not _THAI_LETTER.search(text))


def _display_title(doc: DocView, site_titles: set[str]) -> str:
    """The page's <title>, unless the CMS gives every page the same one (the agency's
    name): then its first heading, or the text of a link pointing to it."""
    if doc.title and normalize(doc.title) not in site_titles:
        return doc.title
    return next(iter(doc.headings), "") or next(iter(doc.link_texts), "") or doc.title


# Parts whose documents are another body's texts: a law or regulation the agency republishes carries
# the legislator's dates (enacted, gazetted), never the day the agency published it.
QUOTED_TEXT_PARTS = frozenset({("5.1", "laws")})


def _undated_by_nature(candidate: Candidate, hit: Hit, home: str | None) -> bool:
    # The footer's contact block is the same on every day: the home page's news dates are not its date;
    # neither are they the date of a "ติดต่อเรา" tile among the home page's boxes.
    if hit.terms == (HOME_CONTACT_TERM,):
        return True
    if (
        (hit.code, hit.part) == HOME_CONTACT
        and candidate.doc.kind == "html"
        and (_is_home(candidate.doc.url, home) or not hit.terms)
    ):
        # ...nor are a page's other dates (a history's founding day) the date of the agency's
        # address and phone that page sets out as a data sheet (found by its shape, no title).
        return True
    # A file read as a law text: its dates are the law's, whatever other item it also names.
    return candidate.doc.kind in ("pdf", "document") and any(
        (h.code, h.part) in QUOTED_TEXT_PARTS for h in candidate.hits
    )


def _evidence(
    candidate: Candidate,
    hit: Hit,
    as_of: dt.date,
    clock: frozenset[dt.date],
    home: str | None = None,
) -> Evidence:
    own_dates = () if _undated_by_nature(candidate, hit, home) else candidate.dates
    # A page of many boxes: the item's date is that of the box (section) its words stand in.
    spans = sections.evidence_spans(candidate.doc, hit.terms, hit.where) if own_dates else None
    if spans is not None:
        own_dates = sections.dates_within(own_dates, candidate.doc, spans)
    choice = datelib.choose_date(own_dates, as_of, clock)
    periods = tuple(d for d in own_dates if d.kind == "period" and d.date <= as_of)
    doc = candidate.doc
    return Evidence(
        url=doc.url,
        title=(candidate.title or doc.title or next(iter(doc.link_texts), "") or doc.url)[:300],
        date=choice.date if choice else None,
        date_source=choice.source if choice else None,
        terms=hit.terms,
        where=hit.where,
        periods=periods,
    )


def _sort(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    unique: dict[str, Evidence] = {}
    for item in evidence:
        if item.url not in unique or (item.date or dt.date.min) > (
            unique[item.url].date or dt.date.min
        ):
            unique[item.url] = item
    ordered = sorted(
        unique.values(), key=lambda e: (e.date is not None, e.date or dt.date.min), reverse=True
    )
    return tuple(ordered[:MAX_EVIDENCE])


def _verdict(
    code: str,
    part: str,
    evidence: tuple[Evidence, ...],
    crawl: CrawlState,
    as_of: dt.date,
    policy: Policy,
) -> Finding:
    if crawl.status == CrawlStatus.FAILED:
        return Finding(code, part, Status.NOT_CHECKED, None, (), crawl.reason or "crawl failed")
    if not evidence:
        unread = crawl.unread
        if crawl.status == CrawlStatus.OK or (
            crawl.status == CrawlStatus.PARTIAL and unread is not None and code not in unread
        ):
            return Finding(
                code,
                part,
                Status.MISSING,
                None,
                (),
                "no evidence found on a complete crawl / ไม่พบหลักฐาน",
            )
        return Finding(
            code,
            part,
            Status.NOT_CHECKED,
            None,
            (),
            (unread or {}).get(code) or crawl.reason or "crawl incomplete / เก็บข้อมูลไม่ครบ",
        )
    periods = [p for e in evidence for p in e.periods]
    verdict = judge(code, [e.date for e in evidence], periods, as_of, policy)
    return Finding(code, part, verdict.status, verdict.last_updated, evidence, verdict.reason)


def _title(candidate: Candidate) -> str:
    doc = candidate.doc
    return (candidate.title or doc.title or next(iter(doc.link_texts), "") or doc.url)[:300]


def _misses(candidate: Candidate, matcher: Matcher) -> Iterable[tuple[str, str, str, float]]:
    """(code, part, reason, score) of each item the candidate names but is not evidence for."""
    if candidate.error:
        for hit in matcher.classify(candidate.doc):
            yield (
                hit.code,
                hit.part,
                own_reason("broken", error=candidate.error),
                OWN_WEIGHT["broken"],
            )
        return
    taken = {(h.code, h.part) for h in candidate.hits}
    for entry in matcher.explain(candidate.doc):
        key = (entry["code"], entry["part"])
        score = signal_score(entry.get("terms") or {}, entry.get("content_mentions") or 0)
        if candidate.hub:
            yield *key, own_reason("hub"), OWN_WEIGHT["hub"] + score
        elif not entry["accepted"] and key not in taken:
            yield *key, matcher_reason(entry["reason"]), score


def near_misses(
    pool: Sequence[Candidate], matcher: Matcher, wanted: set[tuple[str, str]]
) -> dict[tuple[str, str], tuple[Rejection, ...]]:
    """The best pages that named each wanted (code, part) and were turned away, with why."""
    found: dict[tuple[str, str], list[Rejection]] = defaultdict(list)
    for candidate in pool:
        for code, part, reason, score in _misses(candidate, matcher):
            if (code, part) in wanted:
                found[(code, part)].append(
                    Rejection(candidate.doc.url, _title(candidate), reason, score)
                )
    return {key: best(values) for key, values in found.items()}


def roll_up(
    code: str, parts: Sequence[Finding], titles: Mapping[str, tuple[str, str]] | None = None
) -> Finding:
    """An item's finding from its parts (README, "Sub-parts").

    ``missing`` means no evidence was found (contract), so an item is ``missing`` only when
    none of its parts has evidence; otherwise the worst status among the parts that have
    evidence decides and the reason names the parts with none. ``titles``: part key ->
    (Thai, English) names for that reason.
    """
    if len(parts) == 1:
        only = parts[0]
        return Finding(
            code, MAIN, only.status, only.last_updated, only.evidence, only.reason, only.rejected
        )
    shown = [f for f in parts if f.status not in NO_EVIDENCE] or list(parts)
    # Among equally bad parts the newest-dated one speaks, so that the item's reason quotes
    # the same day as its last_updated (the newest of its parts).
    worst = min(
        shown,
        key=lambda f: (WORST_FIRST.index(f.status), -(f.last_updated or dt.date.min).toordinal()),
    )
    if not any(f.status not in NO_EVIDENCE for f in parts) and any(
        f.status == Status.NOT_CHECKED for f in parts
    ):
        # nothing found and part of it unread: absence cannot be concluded
        worst = next(f for f in parts if f.status == Status.NOT_CHECKED)
    dated = [f.last_updated for f in parts if f.last_updated]
    reasons = [f"{f.part}: {f.status}" for f in parts if f.status != Status.OK]
    absent = (
        [f.part for f in parts if f.status in NO_EVIDENCE]
        if worst.status not in NO_EVIDENCE
        else []
    )
    if absent:
        names = [(titles or {}).get(p, (p, p)) for p in absent]
        reasons.insert(
            0,
            "ไม่พบหลักฐานของ "
            + ", ".join(th for th, _ in names)
            + " / no evidence for "
            + ", ".join(en for _, en in names),
        )
    return Finding(
        code=code,
        part=MAIN,
        status=worst.status,
        last_updated=max(dated) if dated else None,
        evidence=_sort(e for f in parts for e in f.evidence),
        reason="; ".join(reasons) if reasons else worst.reason,
        rejected=best(r for f in parts for r in f.rejected) if worst.status in EXPLAINED else (),
    )


def evaluate_site(
    pages: Sequence[SitePage],
    crawl: CrawlState,
    checklist: Checklist,
    matcher: Matcher,
    policy: Policy,
    as_of: dt.date,
    home: str | None = None,
) -> SiteEvaluation:
    """Findings for every item (and part) of ``checklist`` on one crawled site (``home``: its start URL)."""
    near: list[Candidate] = []
    found, clock = (
        candidates(pages, matcher, as_of, near, home)
        if crawl.status != CrawlStatus.FAILED
        else ([], frozenset())
    )
    by_part: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for candidate in found:
        for hit in candidate.hits:
            by_part[(hit.code, hit.part)].append(_evidence(candidate, hit, as_of, clock, home))
    verdicts = {
        (item.code, part.key): _verdict(
            item.code, part.key, _sort(by_part.get((item.code, part.key), ())), crawl, as_of, policy
        )
        for item in checklist.items
        for part in item.parts
    }
    explained = {key for key, f in verdicts.items() if f.status in EXPLAINED}
    rejected = near_misses([*found, *near], matcher, explained) if explained else {}
    items, parts = [], {}
    for item in checklist.items:
        part_findings = tuple(
            replace(f, rejected=rejected.get((item.code, part.key), ()))
            if f.status in EXPLAINED
            else f
            for part in item.parts
            for f in [verdicts[(item.code, part.key)]]
        )
        if len(part_findings) > 1:
            parts[item.code] = part_findings
        titles = {part.key: (part.title_th, part.title_en) for part in item.parts}
        items.append(roll_up(item.code, part_findings, titles))
    return SiteEvaluation(tuple(items), parts, tuple(found), clock)
