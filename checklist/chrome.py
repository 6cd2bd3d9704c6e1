"""Site chrome: what repeats across a site's pages (menus, sidebars, footers, header clocks).

The markup names some regions (:mod:`checklist.extract`); repetition finds the
rest. A block or link seen on many pages of the same site is template, not
content, so it never counts as evidence and its dates are not content dates.

Headings and other blocks are counted apart: a menu entry "ข่าวประชาสัมพันธ์"
on every page does not make the news page's own heading of the same words
template (only a heading that itself repeats, a sidebar box title, is).
A page is never compared with itself: the same page fetched under two URLs
(``/`` and ``/index.php``) counts once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .extract import TEMPLATE_HOLE
from .model import Block, DocView, PageContent
from .thai import normalize

_IMAGE = "\x00img"  # link-text key of an image in Chrome.links
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "caption"})
# Something is template when it is on at least CHROME_MIN_PAGES pages and at least
# CHROME_SHARE of the site's (distinct) pages. Pinned by tests/test_chrome_rule.py.
CHROME_MIN_PAGES = 3
CHROME_SHARE = 0.4
# A content image on this many distinct pages is the template's stock picture, whatever the share.
STOCK_IMAGE_PAGES = 3


def _is_heading(tag: str) -> bool:
    return tag in HEADING_TAGS


@dataclass(frozen=True, slots=True)
class Chrome:
    """Normalised texts and (url, text) links that are template on this site.

    ``blocks`` holds repeated non-heading block texts, ``headings`` repeated heading texts.
    """

    blocks: frozenset[str] = frozenset()
    links: frozenset[tuple[str, str]] = frozenset()
    headings: frozenset[str] = frozenset()

    def is_chrome_block(self, text: str, region: str, tag: str = "p") -> bool:
        if region != "main":
            return True
        return normalize(text) in (self.headings if _is_heading(tag) else self.blocks)

    def is_chrome_link(self, url: str, text: str, region: str) -> bool:
        return region != "main" or (url, normalize(text)) in self.links


def repeated_share(count: int, pages: int) -> bool:
    """True when something seen on ``count`` of ``pages`` pages is template.

    Three pages at least (two news items may share a sentence) and 40 % of the
    site, so a small demo site and a 2,000-page municipal site are judged alike.
    """
    return pages >= CHROME_MIN_PAGES and count >= CHROME_MIN_PAGES and count >= CHROME_SHARE * pages


def _keys(page: PageContent) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """(block texts, heading texts, links) of the main region of ``page``, normalised.

    Only main-region text is counted: menus are chrome by their region already.
    """
    blocks: set[str] = set()
    headings: set[str] = set()
    for b in page.blocks:
        if b.region == "main":
            (headings if _is_heading(b.tag) else blocks).add(normalize(b.text))
    links = {(link.url, normalize(link.text)) for link in page.links if link.region == "main"}
    links |= {(img.url, _IMAGE) for img in page.images if img.region == "main"}
    return blocks, headings, links


def _fingerprint(page: PageContent) -> tuple[tuple[str, str, str], ...]:
    return tuple((b.text, b.region, b.tag) for b in page.blocks)


def distinct_pages(pages: Iterable[PageContent]) -> list[PageContent]:
    """``pages`` without repeats of the same page under another URL (same blocks)."""
    seen: set[tuple[tuple[str, str, str], ...]] = set()
    out = []
    for page in pages:
        key = _fingerprint(page)
        if key and key in seen:
            continue
        seen.add(key)
        out.append(page)
    return out


def find_chrome(pages: Sequence[PageContent]) -> Chrome:
    """Blocks and links that repeat across ``pages`` (HTML pages of one site)."""
    block_counts: Counter[str] = Counter()
    heading_counts: Counter[str] = Counter()
    link_counts: Counter[tuple[str, str]] = Counter()
    distinct = distinct_pages(pages)
    for page in distinct:
        blocks, headings, links = _keys(page)
        block_counts.update(blocks)
        heading_counts.update(headings)
        link_counts.update(links)
    total = len(distinct)
    return Chrome(
        blocks=frozenset(t for t, n in block_counts.items() if repeated_share(n, total)),
        links=frozenset(
            k
            for k, n in link_counts.items()
            if repeated_share(n, total)
            # the same content image under several pages' own titles is a stock picture
            or (k[1] == _IMAGE and n >= STOCK_IMAGE_PAGES)
        ),
        headings=frozenset(t for t, n in heading_counts.items() if repeated_share(n, total)),
    )


def shared_chrome(page: PageContent, other: PageContent) -> Chrome:
    """Chrome for a lone page: what it shares with one other page of its site (its home page).

    Nothing when ``other`` is the same page (``oit inspect`` of a home page by its own URL).
    """
    if _fingerprint(page) == _fingerprint(other):
        return Chrome()
    blocks, headings, links = _keys(page)
    o_blocks, o_headings, o_links = _keys(other)
    shared_blocks = blocks & o_blocks
    # A home page has section headings ("ข่าวประชาสัมพันธ์") over its own teasers: a shared
    # heading is template only when what follows it on this page is shared too (a sidebar box).
    main = [b for b in page.blocks if b.region == "main"]
    shared_headings = {
        normalize(b.text)
        for i, b in enumerate(main)
        if _is_heading(b.tag)
        and normalize(b.text) in o_headings
        and (i + 1 == len(main) or normalize(main[i + 1].text) in shared_blocks)
    }
    return Chrome(
        blocks=frozenset(shared_blocks),
        links=frozenset(links & o_links),
        headings=frozenset(shared_headings),
    )


def chrome_blocks(page: PageContent, chrome: Chrome) -> list[Block]:
    """The page's blocks that are template (named regions and repeated text)."""
    return [b for b in page.blocks if chrome.is_chrome_block(b.text, b.region, b.tag)]


def main_blocks(page: PageContent, chrome: Chrome) -> tuple[list[tuple[str, str]], str]:
    """(text, tag) of the page's own content, in order; and its main-region text that is chrome
    only by repetition across the site (not by its region): a card block several pages copy,
    kept apart so a page the part is named for can still show it, never content by itself.
    Each block is judged once."""
    own: list[tuple[str, str]] = []
    repeated: list[str] = []
    for b in page.blocks:
        if not chrome.is_chrome_block(b.text, b.region, b.tag):
            own.append((b.text, b.tag))
        elif b.region == "main":
            repeated.append(b.text)
    return own, "\n".join(repeated)


_DOC_SUFFIXES = (
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".ppt",
    ".pptx",
    ".zip",
    ".rar",
    ".jpg",
    ".jpeg",
    ".png",
)
_DOC_HOSTS = (
    "drive.google.com",
    "docs.google.com",
    "onedrive.live.com",
    "1drv.ms",
    "youtube.com",
    "youtu.be",
    "gprocurement.go.th",
    "facebook.com",
    "dropbox.com",
    "google.com/maps",
    "maps.google",
    "goo.gl/maps",
    "fliphtml5.com",
    "anyflip.com",
    "canva.com",
)


def is_document_url(url: str) -> bool:
    """A file, or a page on a file/video/e-GP host (Drive, YouTube, Facebook, e-GP).

    A file name that is only an extension ("files/.pdf") is a template's empty value, not a file.
    """
    if TEMPLATE_HOLE.search(url):
        return False
    low = url.lower().split("?", 1)[0]
    name = low.rsplit("/", 1)[-1]
    if low.endswith(_DOC_SUFFIXES):
        return bool(name.rsplit(".", 1)[0])
    return any(host in low for host in _DOC_HOSTS)


def docview_from_page(
    page: PageContent,
    chrome: Chrome = Chrome(),  # noqa: B008 - frozen, immutable default
    link_texts: Iterable[str] = (),
) -> DocView:
    """The matcher's view of an HTML page: title, headings, main content, inbound link texts."""
    content, repeated = main_blocks(page, chrome)
    images = [img for img in page.images if not chrome.is_chrome_link(img.url, _IMAGE, img.region)]
    return DocView(
        url=page.url,
        title=page.title,
        headings=tuple(text for text, tag in content if tag in HEADING_TAGS),
        heading_levels=tuple(
            int(tag[1]) if tag[0] == "h" else 6 for _, tag in content if tag in HEADING_TAGS
        ),
        content="\n".join(text for text, _ in content),
        link_texts=tuple(link_texts),
        kind="html",
        forms=page.forms,
        repeated=repeated,
        # A link with no text at all (a template's empty row) shows nothing; an embedded PDF does.
        # (menus first: most links are the template's, and is_document_url is the dearer test)
        documents=sum(
            1
            for link in page.links
            if not chrome.is_chrome_link(link.url, link.text, link.region)
            and is_document_url(link.url)
            and (link.text or link.url.lower().endswith(".pdf"))
        )
        + len(images)
        + sum(1 for url in page.embeds if not chrome.is_chrome_link(url, "", "main")),
        image_names=tuple(f"{img.text} {_file_words(img.url)}".strip() for img in images),
    )


def _file_words(url: str) -> str:
    """The words of a file's name: ".../content/web-board_1.png" -> "web board 1"."""
    name = url.split("?", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return " ".join(w for w in re.split(r"[-_.\s]+", name) if w)
