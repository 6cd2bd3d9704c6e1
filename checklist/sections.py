"""The part of a page that is one item's evidence: the section its matched words stand in.

A home page or portal carries many boxes (news, procurement, a survey link), each under its
own heading. An item found in one box takes its date from that box, not from the newest news
elsewhere on the page. Pure.

A section runs from a heading to the next heading. When the item's word is in the heading
itself, the section runs on over the sub-headings below it (to the next heading of the same
or a higher level), so a list titled "ข่าวประชาสัมพันธ์" keeps the dates of its entries.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import DocView, FoundDate
from .thai import normalize

Span = tuple[int, int]
# Where the whole page is named for the item (its <title>, its URL, a link to it): the page is the
# evidence and every date on it counts.
WHOLE_PAGE_WHERE = frozenset({"title", "url", "link"})
MIN_HEADINGS = 2  # one heading over a page is its title, not a box among boxes


def heading_spans(doc: DocView) -> list[tuple[int, int, int]]:
    """(start, end, level) of each heading line found, in order, in ``doc.content``."""
    found: list[tuple[int, int, int]] = []
    at = 0
    levels = doc.heading_levels or (6,) * len(doc.headings)
    for text, level in zip(doc.headings, levels, strict=False):
        text = text.strip()
        if not text:
            continue
        pos = doc.content.find(text, at)
        while pos != -1 and not _whole_line(doc.content, pos, len(text)):
            pos = doc.content.find(text, pos + 1)
        if pos == -1:
            continue
        found.append((pos, pos + len(text), level))
        at = pos + len(text)
    return found


def _whole_line(content: str, pos: int, length: int) -> bool:
    before = pos == 0 or content[pos - 1] == "\n"
    after = pos + length == len(content) or content[pos + length] == "\n"
    return before and after


def _term_positions(content: str, terms: Sequence[str]) -> list[int]:
    folded = normalize(content).casefold()
    if len(folded) != len(content):  # positions must be valid in the content itself
        folded = content.casefold()
    out: list[int] = []
    for term in terms:
        needle = normalize(term).casefold()
        if not needle:
            continue
        pos = folded.find(needle)
        while pos != -1:
            out.append(pos)
            pos = folded.find(needle, pos + 1)
    return out


def evidence_spans(doc: DocView, terms: Sequence[str], where: Sequence[str]) -> list[Span] | None:
    """The spans of ``doc.content`` that hold the item's words, or None when the whole page counts
    (a page named for the item, a page of fewer than two headings, words not found in the text)."""
    if doc.kind != "html" or WHOLE_PAGE_WHERE & set(where):
        return None
    heads = heading_spans(doc)
    if len(heads) < MIN_HEADINGS:
        return None
    positions = _term_positions(doc.content, terms)
    if not positions:
        return None
    spans: set[Span] = set()
    for pos in positions:
        spans.add(_section_of(pos, heads, len(doc.content)))
    return sorted(spans)


def _section_of(pos: int, heads: list[tuple[int, int, int]], size: int) -> Span:
    index = max((i for i, (start, _, _) in enumerate(heads) if start <= pos), default=-1)
    if index == -1:
        return 0, heads[0][0]
    start, end, level = heads[index]
    if pos < end:  # the word is in the heading: its section spans its sub-headings
        stop = next((s for s, _, lvl in heads[index + 1 :] if lvl <= level), size)
    else:
        stop = heads[index + 1][0] if index + 1 < len(heads) else size
    return start, stop


def dates_within(
    dates: Sequence[FoundDate], doc: DocView, spans: Sequence[Span]
) -> tuple[FoundDate, ...]:
    """The dates of the evidence's sections: text dates inside a span; dates of the page as a whole
    (meta, header, URL, its <title>) stay; a heading's date counts only inside a span."""
    kept = []
    for fd in dates:
        if fd.source == "text":
            if any(start <= fd.position < stop for start, stop in spans):
                kept.append(fd)
        elif fd.source == "title":
            if fd.text in doc.title or any(fd.text in doc.content[a:b] for a, b in spans):
                kept.append(fd)
        else:
            kept.append(fd)
    return tuple(kept)
