"""Site chrome: what repeats across a site's pages (menus, sidebars, footers, header clocks).

The markup names some regions (:mod:`checklist.extract`); repetition finds the
rest. A block or link seen on many pages of the same site is template, not
content, so it never counts as evidence and its dates are not content dates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import DocView, PageContent
from .thai import normalize

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "caption"})


@dataclass(frozen=True, slots=True)
class Chrome:
    """Normalised block texts and (url, text) links that are template on this site."""

    blocks: frozenset[str] = frozenset()
    links: frozenset[tuple[str, str]] = frozenset()

    def is_chrome_block(self, text: str, region: str) -> bool:
        return region != "main" or normalize(text) in self.blocks

    def is_chrome_link(self, url: str, text: str, region: str) -> bool:
        return region != "main" or (url, normalize(text)) in self.links


def repeated_share(count: int, pages: int) -> bool:
    """True when something seen on ``count`` of ``pages`` pages is template.

    Three pages at least (two news items may share a sentence) and 40 % of the
    site, so a small demo site and a 2,000-page municipal site are judged alike.
    """
    return pages >= 3 and count >= 3 and count >= 0.4 * pages


def find_chrome(pages: Sequence[PageContent]) -> Chrome:
    """Blocks and links that repeat across ``pages`` (HTML pages of one site)."""
    block_counts: Counter[str] = Counter()
    link_counts: Counter[tuple[str, str]] = Counter()
    # Only main-region text is counted: menus are chrome by their region already, and
    # counting them too would turn a page heading that repeats a menu label into chrome.
    for page in pages:
        block_counts.update({normalize(b.text) for b in page.blocks if b.region == "main"})
        link_counts.update(
            {(link.url, normalize(link.text)) for link in page.links if link.region == "main"}
        )
    total = len(pages)
    return Chrome(
        blocks=frozenset(t for t, n in block_counts.items() if repeated_share(n, total)),
        links=frozenset(k for k, n in link_counts.items() if repeated_share(n, total)),
    )


def main_blocks(page: PageContent, chrome: Chrome) -> list[tuple[str, str]]:
    """(text, tag) of the page's own content, in order."""
    return [(b.text, b.tag) for b in page.blocks if not chrome.is_chrome_block(b.text, b.region)]


def docview_from_page(
    page: PageContent,
    chrome: Chrome = Chrome(),  # noqa: B008 - frozen, immutable default
    link_texts: Iterable[str] = (),
) -> DocView:
    """The matcher's view of an HTML page: title, headings, main content, inbound link texts."""
    content = main_blocks(page, chrome)
    return DocView(
        url=page.url,
        title=page.title,
        headings=tuple(text for text, tag in content if tag in HEADING_TAGS),
        content="\n".join(text for text, _ in content),
        link_texts=tuple(link_texts),
        kind="html",
    )
