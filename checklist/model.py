"""Records passed between the stages. All frozen: a stage never edits another's output."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .rejections import Rejection

# Where a date was found, strongest first. Reports show the source so a person
# knows how much to trust the date.
DATE_SOURCES = (
    "text",  # visible main content of an HTML page
    "meta",  # <meta> tags (article:modified_time, DC.date, ...)
    "jsonld",  # JSON-LD dateModified / datePublished
    "time",  # <time datetime=...>
    "pdf",  # text of a PDF
    "pdf-meta",  # PDF document information (ModDate / CreationDate)
    "title",  # page title or heading
    "link",  # the text of a link pointing to the document
    "url",  # the URL path or file name
    "http-header",  # Last-Modified: weakest, often the server's clock
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """One date found somewhere, with where it came from.

    ``kind`` is ``day`` for a calendar day, ``month`` for a month without a day
    (``date`` is the 1st, ``end`` the last day), ``period`` for a fiscal year,
    quarter, half-year round or explicit range (``date`` .. ``end``).
    """

    date: dt.date
    text: str
    source: str
    kind: str = "day"
    end: dt.date | None = None
    label: str | None = None  # the phrase that introduced it, e.g. "ประกาศ ณ วันที่"
    position: int = 0  # character offset in the text it was found in

    @property
    def last_day(self) -> dt.date:
        return self.end or self.date


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of visible text of a page, with the region of the layout it sits in.

    ``region`` is ``main`` unless the markup says otherwise (``nav``, ``header``,
    ``footer``, ``aside``); ``tag`` is the element that held it (``h1``, ``p``, ``li``, ...).
    """

    text: str
    region: str = "main"
    tag: str = "p"


@dataclass(frozen=True, slots=True)
class Link:
    url: str  # absolute, fragment removed
    text: str
    region: str = "main"
    # The title of the ITA hub row the link sits in ("O13 คู่มือหรือมาตรฐานการให้บริการ"), when the
    # row names the item and the link text names only the file ("คู่มือนักเรียน นักศึกษา").
    row: str = ""


@dataclass(frozen=True, slots=True)
class PageContent:
    """What an HTML page says, split into blocks and links; produced by :mod:`checklist.extract`."""

    url: str
    title: str
    blocks: tuple[Block, ...]
    links: tuple[Link, ...]
    meta_dates: tuple[tuple[str, str], ...] = ()  # (raw value, source: meta|jsonld|time)
    needs_javascript: bool = False
    images: tuple[Link, ...] = ()  # <img> that are not decoration: url, alt text, region
    forms: int = (
        0  # message forms (a <textarea>) in the main region: a channel to write to the agency
    )
    polls: tuple[
        str, ...
    ] = ()  # titles of opinion polls: forms posting a choice (ดีมาก/ดี/พอใช้ + ส่ง)
    embeds: tuple[
        str, ...
    ] = ()  # URLs shown inside the page's main region (<iframe>, <embed>, <object>)


@dataclass(frozen=True, slots=True)
class DocView:
    """One candidate piece of evidence as the matcher sees it.

    ``content`` is main content only (chrome removed) or a document's text;
    ``link_texts`` are the texts of links pointing here from content (not
    menus) anywhere on the site. ``kind``: html | pdf | document | offsite.
    """

    url: str
    title: str = ""
    headings: tuple[str, ...] = ()
    content: str = ""
    link_texts: tuple[str, ...] = ()
    kind: str = "html"
    documents: int = 0  # files/embeds the page's own content links to (a PDF under a title line)
    heading_levels: tuple[int, ...] = ()  # 1-6 per heading (h1-h6; caption 6); empty = unknown
    forms: int = (
        0  # message forms on the page (what stands under a "กระทู้ถาม-ตอบ" or complaint title)
    )
    repeated: str = (
        ""  # main-region text of the page that the site repeats on many pages (see chrome)
    )
    # alt text and file name of each content image counted in ``documents``
    image_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """A checklist item (and part) that a DocView is evidence for, with why."""

    code: str
    part: str
    terms: tuple[str, ...]
    where: tuple[str, ...]  # title | heading | content | link | url


@dataclass(frozen=True, slots=True)
class Evidence:
    url: str
    title: str
    date: dt.date | None
    date_source: str | None
    terms: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    periods: tuple[FoundDate, ...] = field(default=())  # fiscal years / rounds the document covers


@dataclass(frozen=True, slots=True)
class SitePage:
    """One fetched URL of a site as the evaluation needs it (read back from the store)."""

    url: str
    kind: str  # html | pdf | other | error
    title: str = ""
    content: PageContent | None = None
    text: str = ""  # document text
    meta_dates: tuple[tuple[str, str], ...] = ()  # (raw value, source)
    last_modified: str | None = None
    error: str | None = None
    fetched_on: dt.date | None = None


MAIN = "main"  # the part key of a whole item (findings and overrides)


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on one item or part, with its evidence (newest first)."""

    code: str
    part: str  # "main" for items without parts
    status: str  # ok | stale | undated | missing | not_checked
    last_updated: dt.date | None
    evidence: tuple[Evidence, ...]
    reason: str = ""
    # missing/undated: pages that looked like evidence and were not taken, best first
    rejected: tuple[Rejection, ...] = ()
