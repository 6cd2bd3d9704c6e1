"""HTML to :class:`PageContent`: visible text split into blocks with their layout region, links, dates in markup.

Pure: a string in, a record out. The crawler calls it on every page; ``oit inspect``
and the evaluation set call it on saved files.

The region (``main``, ``nav``, ``header``, ``footer``, ``aside``) comes from the
markup: HTML5 elements and the ids/classes old Thai CMS templates use. What the
markup does not reveal, repetition across a site's pages does (see
:mod:`checklist.chrome`).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urldefrag, urljoin, urlsplit

from pythainlp.util.date import thai_full_months

from . import platforms
from .dates import find_dates
from .model import Block, Link, PageContent
from .soup import Comment, Document, Tag, Text
from .soup import parse as _soup

# Elements whose text is never visible content.
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "select"})
_BLOCK_TAGS = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "li",
        "td",
        "th",
        "dt",
        "dd",
        "div",
        "section",
        "article",
        "blockquote",
        "pre",
        "caption",
        "figcaption",
        "tr",
        "table",
        "ul",
        "ol",
        "form",
        "body",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "label",
        "button",
        "option",
        "address",
    }
)
# HTML5 landmark elements and ARIA roles that say what a region is.
_REGION_TAGS = {"nav": "nav", "header": "header", "footer": "footer", "aside": "aside"}
_REGION_ROLES = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "menubar": "nav",
    "menu": "nav",
}
# id/class words of the CMS families' templates (checklist/platforms/: WordPress, Joomla, the Thai
# vendor CMSs, hand-built), read per class token split at "-"/"_": "site-header" and "main-menu"
# mark regions; "content", "main-content" name the page's own content.
_REGION_WORDS = platforms.REGION_WORDS
_MAIN_WORDS = platforms.MAIN_WORDS
# A token starting with a component or utility name is about that component, not the page
# layout: "card-header" and "panel-heading" title a box of content, "elementor-widget-…" holds
# a page builder's content, "border-bottom" is a style.
_COMPONENT_PREFIXES = platforms.COMPONENT_PREFIXES
_COMPONENT_DEPTH = 3
# Style prefixes in _COMPONENT_PREFIXES that do not make a box ("text-center", "border-top").
_LAYOUT_PREFIXES = platforms.LAYOUT_PREFIXES
_TOKEN_PARTS = re.compile(r"[-_]+")
# Containers that hold the page's own content: a "menu" or "header" element that contains one
# of these (or the footer) is an unclosed element that swallowed the body, not a region.
_CONTENT_IDS = platforms.CONTENT_IDS
# Menus and headers are mostly link text; this much non-link text inside one is a swallowed body.
_REGION_TEXT_MAX = {"nav": 1500, "header": 1500, "aside": 4000, "footer": 4000}
_BODY_SECTIONS = ("section", "article")
# Image file names of decoration, not of content (an organisation chart, a scanned notice).
_DECORATION = re.compile(
    r"(?i)logo|icon|banner|bullet|arrow|spacer|blank|loading|button|btn|bg[-_.]|"
    r"default|placeholder|no[-_]?image|no[-_]?photo|dummy|"
    r"background|line[-_.]|divider|flag|social|facebook|line\.png|youtube|twitter"
)
# Placeholder image services a template shows until real images are added.
_PLACEHOLDER_HOST = re.compile(
    r"(?i)//[^/]*(?:placehold|dummyimage|picsum|lorempixel|fakeimg|placekitten)"
)
# Template source left in a URL ("<?php echo $row['img'] ?>", "{{ $new->id }}"): a value the copy lacks.
TEMPLATE_HOLE = re.compile(r"<\?|\?>|\{\{|\}\}|\{%|%7B%7B|%3C%3F|\$[A-Za-z_]", re.I)
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#", "line:", "fb:")
_META_DATE_NAMES = frozenset(
    {
        "article:modified_time",
        "article:published_time",
        "og:updated_time",
        "date",
        "dc.date",
        "dc.date.modified",
        "dc.date.issued",
        "dcterms.modified",
        "dcterms.created",
        "last-modified",
        "lastmod",
        "pubdate",
        "publishdate",
        "modified",
        "revised",
    }
)
_JSONLD_KEYS = ("dateModified", "datePublished", "dateCreated", "uploadDate")
_SPACE = re.compile(r"\s+")
# Link texts that say nothing about the target ("คลิก", "ดาวน์โหลด", an O-code, a file
# icon): hub tables put the item's name in the row, so the row's text stands in.
_GENERIC_LINK = re.compile(
    r"^(?:คลิก(?:ที่นี่)?|ดาวน์โหลด(?:เอกสาร|ไฟล์)?|download|อ่านต่อ|อ่านเพิ่มเติม|รายละเอียด|"
    r"ดูรายละเอียด|ดู|เปิด|ไฟล์(?:แนบ)?|เอกสาร(?:แนบ)?|ลิงก์|ลิงค์|link|pdf|here|click(?: here)?|"
    r"more|view|read more|(?:o|moit|oit|eb)\s?\d{1,2}|\d{1,3}|\W*)$",
    re.I,
)
# Words of links that only say "open the file" ("เปิดไฟล์ใน Google Drive", "คลิกเพื่อดาวน์โหลด",
# "ดูวิดีโอบน YouTube"): longest first, stripped from the front until nothing is left.
_GENERIC_WORDS = tuple(
    sorted(
        {
            "คลิก",
            "คลิ๊ก",
            "ที่นี่",
            "ที่",
            "นี่",
            "เพื่อ",
            "ดู",
            "เปิด",
            "ดาวน์โหลด",
            "ดาวโหลด",
            "ไฟล์",
            "เอกสาร",
            "แนบ",
            "ใน",
            "จาก",
            "บน",
            "ผ่าน",
            "รายละเอียด",
            "อ่าน",
            "ต่อ",
            "เพิ่มเติม",
            "ทั้งหมด",
            "ฉบับเต็ม",
            "วิดีโอ",
            "วีดีโอ",
            "คลิป",
            "ชม",
            "ลิงก์",
            "ลิงค์",
            "หน้า",
            "เว็บไซต์",
            "ได้",
            "google",
            "drive",
            "docs",
            "sheets",
            "onedrive",
            "dropbox",
            "youtube",
            "facebook",
            "pdf",
            "word",
            "excel",
            "doc",
            "docx",
            "xls",
            "xlsx",
            "here",
            "click",
            "to",
            "download",
            "view",
            "open",
            "file",
            "files",
            "link",
            "more",
            "read",
            "in",
            "on",
            "the",
            "see",
            "details",
            # A link named only by its period ("เดือน กรกฎาคม 2567", "ไตรมาสที่ 2") names no item.
            "เดือน",
            "ไตรมาส",
            "ปีงบประมาณ",
            "งบประมาณ",
            "ปี",
            "พศ",
            "รอบ",
            "ประจำ",
            "ครั้ง",
            *thai_full_months,
            "มค",
            "กพ",
            "มีค",
            "เมย",
            "พค",
            "มิย",
            "กค",
            "สค",
            "กย",
            "ตค",
            "พย",
            "ธค",
        },
        key=len,
        reverse=True,
    )
)
# Alternatives are tried in order, so a match is the first (longest) word ``rest`` starts with.
_GENERIC_WORD = re.compile("|".join(map(re.escape, _GENERIC_WORDS)))
_NOT_WORD = re.compile(
    r"[\s\d_\-\u2010-\u2015.,:;!?()\[\]{}'\"/\\|•·*>«»]+"
)  # keeps Thai vowel marks
_ROW_TAGS = ("tr", "li", "dd", "dt", "p")
_LINK_TAGS = frozenset({"a", "area", "iframe", "embed", "object"})
_ROW_MAX = 300
# A hub row's code and where its criterion text starts ("O13 คู่มือ… – แสดงคู่มือ…").
# An ITA hub row's code ("O13", "MOIT 5", "EB1", "ita 2"): also the first form checklist.match's
# row codes accept.
HUB_ROW_CODE = r"(?:o|moit|oit|eb|ita)\s?\.?\s?\d{1,2}\b"
_HUB_ROW_CODE = re.compile(rf"^\s*{HUB_ROW_CODE}", re.I)
_CRITERION_START = re.compile(r"\s[–—-]\s|^[–—-]|\s(?=แสดง|มีข้อมูล|มีการ)|^(?=แสดง)")
_ROW_TITLE_MAX = 150
_PLACEHOLDER_ROWS = 3  # hub rows linking one target by a generic text: a stand-in, not a document
_ROW_PARENTS = (
    3  # containers above a generic link searched for its row text when no row tag holds it
)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _class_region(tag: Tag) -> str | None:
    """The region an element's id/class tokens name, or None (also None when a token says content)."""
    return _tokens_region(str(tag.get("id", "")), tuple(tag.get("class", ())))


@lru_cache(maxsize=8192)  # a site's templates repeat the same ids and classes on every page
def _tokens_region(ident: str, classes: tuple[str, ...]) -> str | None:
    tokens = [ident, *classes]
    found = None
    for token in tokens:
        parts = [p for p in _TOKEN_PARTS.split(token.lower()) if p]
        if not parts:
            continue
        region = next(
            (name for words, name in _REGION_WORDS if any(p in words for p in parts)), None
        )
        if region is None:
            if any(p in _MAIN_WORDS for p in parts):
                return None  # "content", "main-content": the page's own content
            continue
        if parts[0] not in _COMPONENT_PREFIXES and found is None:
            found = region
    return found


class _Layout:
    """The region each element marks, computed once per document.

    A region element (menu, header, sidebar) that contains the page's content container,
    its footer, a dated entry (a notice's title linked to nowhere), or more non-link text than
    a menu holds is an unclosed element that
    swallowed the body: it marks nothing itself, and only its children before the
    first content-like one (a heading, a content container, a long text) keep its region.
    """

    def __init__(self, elements: list[Tag]):
        # ``elements``: every element of the document in document order (soup.find_all(True)).
        self._dated: dict[int, bool] = {}  # link -> _dated_entry(link), asked again by _in_control
        text: dict[int, int] = {}
        entries: list[Tag] = []
        for el in reversed(elements):  # children before their parents
            if el.name == "a":
                text[id(el)] = 0
                if _dead_link(el) and self.dated_entry(el):
                    entries.append(el)
                continue
            total = 0  # (every child element's text is known: children come first)
            for c in el.contents:
                total += len(c.text.strip()) if c.name is None else text[id(c)]
            text[id(el)] = total
        holds_content: set[int] = set()
        for el in filter(_is_content_marker, elements):
            for parent in el.parents:
                if id(parent) in holds_content:
                    break
                holds_content.add(id(parent))
        # A dated entry linked to nowhere is a notice's title, not a menu entry: an unclosed menu
        # ends before the box that holds one.
        holds_entry = {id(p) for a in entries for p in a.parents}
        # A menu never holds a <section> or an <article>: a navbar with one inside is an unclosed
        # dropdown that swallowed the page's body (a short body stays under the text limit).
        sections = [el for el in elements if el.name in _BODY_SECTIONS]
        holds_section = {id(p) for el in sections for p in (el, *el.parents)}
        self.region: dict[int, str | None] = {}
        swallowing = holds_content | holds_entry  # what a region element may not hold
        swallowing_nav = swallowing | holds_section
        for el in elements:
            if id(el) in self.region:
                continue  # inherited from a swallowing parent
            region = _static_region(el)
            if region is None or region == "footer":
                self.region[id(el)] = region
                continue
            limit = _REGION_TEXT_MAX[region]
            swallows = swallowing_nav if region == "nav" else swallowing
            if id(el) not in swallows and text[id(el)] <= limit:
                self.region[id(el)] = region
                continue
            self.region[id(el)] = None
            for child in el.children:
                if not isinstance(child, Tag):
                    continue
                if (
                    id(child) in swallows
                    or text[id(child)] > limit
                    or child.name in _HEADING_BLOCKS
                    or _is_content_marker(child)
                ):
                    break
                self.region[id(child)] = region

        self._mark_upload_drafts(elements)
        self._mark_choice_options(elements)
        self._mark_count_lists(elements)

    def _mark_upload_drafts(self, elements: list[Tag]) -> None:
        """What a form shows after its file input is the visitor's chosen files (or a UI kit's
        sample chips): a draft, never the agency's content. The form's own title and labels,
        before the input, stay content (a complaint form is evidence of a channel)."""
        order = {id(el): i for i, el in enumerate(elements)}
        for upload in (
            el
            for el in elements
            if el.name == "input" and str(el.get("type", "")).lower() == "file"
        ):
            form = upload.find_parent("form")
            if form is None:
                continue
            start = order[id(upload)]
            for el in form.find_all(True):
                if order.get(id(el), -1) > start and self.region.get(id(el)) is None:
                    self.region[id(el)] = "form"

    def _mark_count_lists(self, elements: list[Tag]) -> None:
        """A box of rows that are each a name and a bare number ("ข่าวประชาสัมพันธ์ | 108") is a
        category widget counting the site's other pages, not this page's content. Table rows are
        left alone: a statistics table (complaints per month) is content."""
        for box in elements:
            if box.name in ("table", "tbody", "thead", "tr") or len(box.contents) < COUNT_ROWS:
                continue  # (fewer children than a count list has rows)
            rows = [c for c in box.children if isinstance(c, Tag)]
            if len(rows) < COUNT_ROWS:
                continue  # fewer rows than a count list has: no row needs reading
            counted = [r for r in rows if _count_row(r)]
            if len(counted) >= COUNT_ROWS and len(counted) * 2 >= len(rows):
                for el in (box, *box.find_all(True)):
                    if self.region.get(id(el)) is None:
                        self.region[id(el)] = "aside"

    def _mark_choice_options(self, elements: list[Tag]) -> None:
        """The label of a checkbox or radio button is an option a visitor picks (a search filter's
        "ข่าวประชาสัมพันธ์", a newsletter's topics), not a title of the page's content."""
        labels = {str(el.get("for")): el for el in elements if el.name == "label" and el.get("for")}
        for box in elements:
            if box.name != "input" or str(box.get("type", "")).lower() not in _CHOICE_INPUTS:
                continue
            sibling = box.find_next_sibling(True)
            for label in (
                box.find_parent("label"),
                labels.get(str(box.get("id", ""))),
                sibling if isinstance(sibling, Tag) and sibling.name == "label" else None,
            ):
                if label is None:
                    continue
                for el in (label, *label.find_all(True)):
                    if self.region.get(id(el)) is None:
                        self.region[id(el)] = "form"

    def dated_entry(self, link: Tag) -> bool:
        """_dated_entry(link), read once per page (the tree is not changed meanwhile)."""
        key = id(link)
        found = self._dated.get(key)
        if found is None:
            found = self._dated[key] = _dated_entry(link)
        return found

    def of(self, tag: Tag) -> str | None:
        key = id(tag)
        return self.region[key] if key in self.region else _static_region(tag)


COUNT_ROWS = 3
_COUNT = re.compile(r"^\(?\d[\d,]*\)?$")


def _count_row(row: Tag) -> bool:
    """A row of two elements: a short name, then a bare number."""
    if row.name in ("tr", "td", "th"):
        return False
    cells = [c for c in row.children if isinstance(c, Tag)]
    if len(cells) != 2:
        return False
    count = _clean(cells[1].get_text(" "))
    if not _COUNT.match(count):
        return False  # the usual answer, without reading the name
    name = _clean(cells[0].get_text(" "))
    return 0 < len(name) <= 60 and not _COUNT.match(name)


def _is_content_marker(tag: Tag) -> bool:
    if tag.name in ("main", "footer"):
        return True
    if "id" not in tag.attrs and "class" not in tag.attrs:
        return _BARE_MARKER  # most elements: the answer for no id and no class
    tokens = {str(tag.get("id", "")).lower(), *(str(c).lower() for c in tag.get("class", []))}
    return bool(tokens & _CONTENT_IDS) or bool(tokens & {"footer", "site-footer"})


def _in_component(tag: Tag) -> bool:
    """True when one of the nearest ancestors is a component (box, card, panel...) by its class."""
    for parent in list(tag.parents)[:_COMPONENT_DEPTH]:
        for token in parent.get("class", []) if isinstance(parent, Tag) else ():
            parts = [p for p in _TOKEN_PARTS.split(str(token).lower()) if p]
            if parts and parts[0] in _COMPONENT_PREFIXES and parts[0] not in _LAYOUT_PREFIXES:
                return True
    return False


def _static_region(tag: Tag) -> str | None:
    """The region ``tag`` itself marks (element, role, id/class words), or None."""
    if not tag.attrs and tag.name not in _REGION_TAGS and _BARE_REGION is None:
        return None  # most elements: no landmark name, role, id or class
    region = _REGION_TAGS.get(tag.name or "")
    if region is None:
        region = _REGION_ROLES.get(str(tag.get("role", "")).lower())
    if region is None and tag.name not in ("body", "html", "main", "article"):
        region = _class_region(tag)
        if region in ("header", "footer") and _in_component(tag):
            region = None  # <div class="header"> of a news box titles the box, it is not the site's header
    if (
        region in ("header", "footer")
        and tag.find_parent(("article", "main")) is not None
        and str(tag.get("id", "")).lower() not in _SITE_IDS
    ):
        region = (
            None  # an article's own header holds its headline, its footer its category and date
        )
    if region == "header" and _in_body_container(tag):
        region = None  # <section class="layout-body"><div class="default-header"><h1>: the page's own title
    if region == "header" and tag.name != "header" and _titles_a_section(tag):
        region = None  # <section><div class="x-header"><h1>: the section's own title bar
    return region


# What an element without id, class and role marks, by the rules above (computed once).
_BARE_MARKER = "" in _CONTENT_IDS
_BARE_REGION = _tokens_region("", ())

# ids a page gives its own masthead and footer once: inside <main> too (a whole page included
# into another one's content by a PHP include) they are the site's, not an article's.
_SITE_IDS = platforms.SITE_IDS
_BODY_WORDS = frozenset({"body"})
_BODY_DEPTH = 4


def _titles_a_section(tag: Tag) -> bool:
    """A header-named box (not a <header>) holding a heading inside a <section> that is itself no
    region: the title bar of that section ("ss-header" over the page's h1, "ss-banner" over an
    executive's name), not the site's masthead."""
    section = tag.find_parent("section")
    if section is None or tag.find(list(_HEADING_BLOCKS)) is None:
        return False
    return _class_region(section) is None and section.find_parent(["header", "nav"]) is None


def _in_body_container(tag: Tag) -> bool:
    """True when a near ancestor's class names the page body ("layout-body", "page-body"): a header
    inside it is the page's title bar, not the site's header."""
    for parent in list(tag.parents)[:_BODY_DEPTH]:
        for token in parent.get("class", []) if isinstance(parent, Tag) else ():
            if _BODY_WORDS & set(_TOKEN_PARTS.split(str(token).lower())):
                return True
    return False


def _own_region(tag: Tag, layout: _Layout | None = None) -> str | None:
    return layout.of(tag) if layout is not None else _static_region(tag)


def _region_of(tag: Tag, cache: dict[int, str], layout: _Layout | None = None) -> str:
    """The layout region of ``tag``: its own landmark, else its nearest ancestor's.

    A loop, not recursion: broken pages nest thousands of unclosed ``<div>``s.
    """
    chain: list[Tag] = []
    node: Tag = tag
    while True:
        if id(node) in cache:
            region = cache[id(node)]
            break
        chain.append(node)
        own = _own_region(node, layout)
        if own is not None:
            region = own
            break
        if not isinstance(node.parent, Tag):
            region = "main"
            break
        node = node.parent
    for visited in chain:
        cache[id(visited)] = region
    return region


_HEADING_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CHOICE_INPUTS = frozenset({"checkbox", "radio"})
_DEAD_ROW_BLOCKS = frozenset({"li", "td", "tr", "dd", "dt"})
_CONTROL_ROLES = frozenset({"tab", "tablist", "button"})
_TOGGLES = frozenset({"tab", "pill", "tabs", "pills"})
_SHOWN = frozenset({"active", "current", "selected", "show"})
_PANE_CLASS = re.compile(r"(?i)^tab-(?:content|pane)s?$")


def _is_control(el: Tag, in_heading: bool) -> bool:
    """A button, a tab, or an element only a script makes do anything: a control, not content.

    A plain link to nowhere is judged by _in_control: a heading keeps it (a title linked to itself),
    other text linked to nowhere is not content (a template's sample row, a card's "อ่านต่อ").
    """
    if el.name == "button" or str(el.get("role", "")).lower() in _CONTROL_ROLES:
        return True
    toggle = str(el.get("data-toggle") or el.get("data-bs-toggle") or "").lower()
    if toggle in _TOGGLES:
        return True
    if _tab_link(el):
        return True
    if el.name in ("a", "li", "span", "div") and el.get("onclick") and not in_heading:
        href = str(el.get("href") or "").strip().lower()  # a script opens a tab or a pop-up
        return href in ("", "#") or href.startswith("javascript:")
    return False


def _tab_link(el: Tag) -> bool:
    """A tab that shows nothing here: a link to nowhere that its class names a tab
    (``<a class="tab" href="#">``), not the active one, on a page with no tab panes. Its
    script opens another page; its label names that page, not this one's content. Where
    the page holds the panes, the labels title content that is on it."""
    if el.name != "a" or not _is_tab(el) or not _dead_link(el) or _is_shown(el):
        return False
    document = list(el.parents)[-1]
    return (
        document.find_class(_PANE_CLASS) is None and document.find_attr("role", "tabpanel") is None
    )


def _is_tab(el: Tag) -> bool:
    return bool({str(c).lower() for c in el.get("class", [])} & _TOGGLES)


def _is_shown(el: Tag) -> bool:
    classes = {str(c).lower() for c in el.get("class", [])}
    return bool(classes & _SHOWN) or str(el.get("aria-selected", "")).lower() == "true"


_DEAD_TITLE_MIN = 40  # a document's title, longer than a breadcrumb's or a menu's label


def _titled(el: Tag) -> bool:
    return len(_clean(el.get_text(" "))) >= _DEAD_TITLE_MIN


def _dead_link(el: Tag) -> bool:
    href = str(el.get("href") or "").strip().lower()
    return el.name == "a" and (href in ("", "#") or href.startswith("javascript:"))


def _row_without_document(block: Tag) -> bool:
    """A table row whose links all go nowhere ('#', empty, a script): a title over a download
    link that leads to no document (a template's listing); its text names nothing that is there."""
    row = (
        block
        if block.name == "tr"
        else block.find_parent("tr")
        if block.name in ("td", "th")
        else None
    )
    if row is None:
        return False
    links = row.find_all("a")
    return bool(links) and all(_dead_link(a) for a in links)


_DOWNLOAD_WORDS = re.compile(
    r"(?i)^(?:คลิก)?\s*(?:ดาวน์โหลด|ดาวโหลด|download)(?:เอกสาร|ไฟล์)?$|^(?:pdf|ไฟล์แนบ|เอกสารแนบ)$"
)


def _dead_downloads(soup: Document) -> set[int]:
    """Boxes that hold a download link to nowhere and no live link: a document's title with no
    document behind it (a template's "มาตรการ… [ดาวน์โหลด]" card)."""
    boxes: set[int] = set()
    for a in soup.find_all("a"):
        if not _dead_link(a) or not (
            a.has_attr("download") or _DOWNLOAD_WORDS.match(_clean(a.get_text(" ")))
        ):
            continue
        # The row or card around it: the widest ancestor with no live link and a row's length of text.
        box, node = None, a.parent
        while (
            isinstance(node, Tag)
            and node.name not in ("body", "html", "main")
            and all(_dead_link(x) for x in node.find_all("a"))
            and len(_clean(node.get_text(" "))) <= _ROW_MAX
        ):
            box, node = node, node.parent
        if box is not None:
            boxes.add(id(box))
    return boxes


def _names_itself(el: Tag) -> bool:
    """A box whose whole text is its own id (``<div id="news-03">news-03</div>``): a UI kit's
    placeholder for content never filled in."""
    ident = str(el.get("id") or "").strip().lower()
    return bool(ident) and _clean(el.get_text(" ")).lower() == ident


def _in_dead_card(block: Tag, in_heading: bool, dated: Callable[[Tag], bool]) -> bool:
    """A heading, or a document-long text, inside a link to nowhere: the title of a "อ่านต่อ" card
    that would open another page (a teaser tile, a template's sample row), not this page's
    content. Tabs are judged by _tab_link; an accordion's toggle titles the panel held here."""
    card = block.find_parent("a")
    if (
        card is None
        or not _dead_link(card)
        or _is_tab(card)
        or _toggles_a_panel(card)
        or dated(card)
    ):
        return False
    return in_heading or _titled(card)


_ENTRY_TITLE_MIN = 15  # a notice's or a news item's title, longer than a menu label beside a date
_ENTRY_MAX = 600  # one card or list entry, not a whole section wrapped in a link
_READ_MORE = re.compile(r"(?i)อ่านต่อ|อ่านเพิ่มเติม|read\s*more")
_FILE_ENTRY = re.compile(r"(?i)ดาวน์โหลด|ดาวโหลด|download|ชนิดไฟล์|ขนาดไฟล์|\.(?:pdf|docx?|xlsx?)\b")


def _dated_entry(link: Tag) -> bool:
    """A card or list entry with a title and its own day, inside a link to nowhere: a published
    news item or notice whose detail page the copy lacks (the template never linked it), still
    content. A placeholder card, a tab or a menu label carries no date of its own."""
    text = _clean(link.get_text(" "))
    if len(_NOT_WORD.sub("", text)) < _ENTRY_TITLE_MIN:
        # Too short a title even with its dates kept (the test below removes them): a menu
        # label, answered without looking for a date around it.
        return False
    if len(text) > _ENTRY_MAX or _FILE_ENTRY.search(text) or _READ_MORE.search(text):
        # A download card's content is its file, a "อ่านต่อ" teaser's its detail page: neither is here.
        return False
    days = [d for d in find_dates(text) if d.kind == "day"]
    entry = link.parent
    # The date may stand beside the title in the entry's box ("<div class=date>…</div><a href=#>title</a>"):
    # the nearest box that holds a date and no other titled link.
    while not days and isinstance(entry, Tag) and entry.name not in ("body", "html", "main"):
        box = _clean(entry.get_text(" "))
        if len(box) > _ENTRY_MAX or any(
            a is not link and _clean(a.get_text(" ")) for a in entry.find_all("a")
        ):
            return False
        days = [d for d in find_dates(box) if d.kind == "day"]
        entry = entry.parent
    if not days:
        return False
    rest = text
    for d in days:
        rest = rest.replace(d.text, " ")
    return len(_NOT_WORD.sub("", rest)) >= _ENTRY_TITLE_MIN


def _toggles_a_panel(el: Tag) -> bool:
    return any(
        el.get(attr) for attr in ("data-toggle", "data-bs-toggle", "aria-controls", "data-target")
    )


def _in_control(
    parent: Tag, block: Tag, dead_boxes: set[int], dated: Callable[[Tag], bool]
) -> bool:
    """``dated``: _dated_entry, answered once per link of the page (_Layout.dated_entry)."""
    in_heading = block.name in _HEADING_BLOCKS
    # A list or table row that is only a link to nowhere lists a document that is not there.
    in_row = block.name in _DEAD_ROW_BLOCKS
    if in_row and _row_without_document(block):
        return True
    if dead_boxes and (id(block) in dead_boxes or any(id(p) in dead_boxes for p in block.parents)):
        return True
    if block.find_parent("a") is not None and _tab_link(block.find_parent("a")):
        return True  # a tab's label set in a heading inside the tab link
    if _names_itself(parent) or _in_dead_card(block, in_heading, dated):
        return True
    node: Tag | None = parent
    while isinstance(node, Tag):
        # Text that is a link to nowhere names nothing here (a sample row, a card's "อ่านต่อ", a category
        # entry a template never linked); a heading linked to nowhere still titles what follows it.
        if _is_control(node, in_heading) or (
            (not in_heading or _titled(node))
            and _dead_link(node)
            and not _toggles_a_panel(node)
            and not dated(node)
        ):
            return True
        if node is block:
            return False
        node = node.parent
    return False


# One letter (with its marks) set apart, and how the heading it begins must go on: Thai after
# Thai, a lower-case word after a capital ("N" over "ews & Update").
_DROP_CAPS = (
    (re.compile(r"^[\u0e01-\u0e4e]{1,3}$"), re.compile(r"^[\u0e01-\u0e4e]")),
    (re.compile(r"^[A-Z]$"), re.compile(r"^[a-z]")),
)


def _join_drop_caps(blocks: list[Block]) -> list[Block]:
    """A heading whose first letter a design sets in its own box ("<div class=cap>ข่</div><h1>าว…</h1>"):
    the letter belongs to the heading, or the heading reads as a word nobody wrote."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and block.tag in _HEADING_BLOCKS
            and any(
                cap.match(prev.text) and goes_on.match(block.text) for cap, goes_on in _DROP_CAPS
            )
        ):
            # A heading that already starts with the letter repeats it ("โ" over "โครงสร้าง…").
            text = block.text if block.text.startswith(prev.text) else prev.text + block.text
            out[-1] = Block(text=text, region=block.region, tag=block.tag)
        else:
            out.append(block)
    return out


def _block_of(node: Tag) -> Tag:
    while node.name not in _BLOCK_TAGS and isinstance(node.parent, Tag):
        node = node.parent
    return node


def _is_generic(text: str) -> bool:
    """True when a link text says nothing about its target (an O-code, "คลิก", "เปิดไฟล์ใน Google Drive")."""
    if _GENERIC_LINK.match(text):
        return True
    rest = _NOT_WORD.sub("", text.lower())
    while rest:
        word = _GENERIC_WORD.match(rest)  # the first of _GENERIC_WORDS that ``rest`` starts with
        if word is None:
            return False
        rest = rest[word.end() :]
    return True


_SUB_CODE = re.compile(r"^(\d{1,2}\.\d{1,2})\.\d{1,2}$")


def _parent_criterion(a: Tag) -> str:
    """For a link in a criterion table's sub-row (first cell "11.1.2"), the text of the parent
    row ("11.1 ...") above it in the same table, or ""."""
    row = a.find_parent("tr")
    if row is None:
        return ""
    first = row.find(("td", "th"))
    m = _SUB_CODE.match(_clean(first.get_text(" "))) if isinstance(first, Tag) else None
    if m is None:
        return ""
    for previous in row.find_previous_siblings("tr"):
        cell = previous.find(("td", "th"))
        if isinstance(cell, Tag) and _clean(cell.get_text(" ")) == m.group(1):
            text = _clean(" ".join(c.get_text(" ") for c in previous.find_all(("td", "th"))[1:]))
            # The criterion's period ("ตั้งแต่วันที่ 1 ตุลาคม ...") is what the ITA asks for, not the
            # document's date: only the words that name the criterion are kept.
            for found in find_dates(text):
                text = text.replace(found.text, " ")
            text = _clean(text)
            return text if len(text) <= _ROW_MAX else ""
    return ""


# A link that names only its period ("เดือน กรกฎาคม 2567", "ไตรมาส 2", "ปีงบประมาณ 2568"): the words
# left once its dates are removed.
_PERIOD_WORDS = re.compile(
    r"เดือน|ประจำ|ไตรมาส(?:ที่)?|ปีงบประมาณ|ปีงบ|ปี|พ\.?\s?ศ\.?|รอบ|ครั้งที่|งวดที่|ที่|[\d\s\-–/.,:()]"
)


def _period_only(text: str) -> bool:
    rest = text
    for found in find_dates(text):
        rest = rest.replace(found.text, " ")
    return bool(text.strip()) and not _PERIOD_WORDS.sub("", rest)


def _lead_text(a: Tag) -> str:
    """The text of the cell or line holding ``a`` before its first link ("แบบ สขร.1" over the links
    "เดือน ก.ค. 2567", "เดือน ส.ค. 2567"), without the criterion's period, or ""."""
    cell = a.find_parent(("td", "th", "li", "p", "dd"))
    if not isinstance(cell, Tag):
        return ""
    words: list[str] = []
    for node in cell.descendants:
        if isinstance(node, Tag) and node.name == "a":
            break
        if isinstance(node, Text) and not isinstance(node, Comment):
            words.append(node.text)
    lead = _clean(" ".join(words))
    for found in find_dates(lead):
        lead = lead.replace(found.text, " ")
    lead = _clean(lead)
    return lead if len(lead) <= _ROW_MAX else ""


def _link_text(a: Tag) -> str:
    text = _clean(a.get_text(" "))
    if not text:
        img = a.find("img")
        text = _clean(str(a.get("title") or (img.get("alt") if isinstance(img, Tag) else "") or ""))
    if a.name in ("iframe", "embed", "object"):
        return text  # shown inside the page, not a row's link: the box around it is not its name
    if _period_only(text):
        # Monthly files listed under their document's name: the name is the cell's text before them.
        lead = _lead_text(a)
        if lead:
            return f"{lead} {text}"
    parent_row = _parent_criterion(a)
    if parent_row:
        # A sub-criterion's link ("11.1.2 โครงการ / กิจกรรม") is evidence of its parent criterion, whose
        # row (11.1, often unlinked) names what the document is for.
        return f"{text} {parent_row}" if text else parent_row
    if _is_generic(text):
        # Hub tables and document cards put the item's name in the row or card: its text stands in
        # (a card only for a link that says something, such as "เปิดไฟล์ใน Google Drive").
        row = a.find_parent(_ROW_TAGS)
        candidates = (
            [row] if isinstance(row, Tag) else list(a.parents)[:_ROW_PARENTS] if text else []
        )
        for container in candidates:
            if not isinstance(container, Tag) or container.name in ("body", "html"):
                break
            row_text = _clean(container.get_text(" "))
            if len(row_text) > _ROW_MAX:
                break
            if row_text != text:
                return row_text
    return text


def _without_placeholders(links: list[Link], unnamed_rows: dict[str, set[str]]) -> list[Link]:
    """One file a hub links from many rows by "รายละเอียด" alone is a stand-in the template points
    every row to (a blank sheet under o9-o23): the rows' titles do not name it."""
    stand_ins = {url for url, rows in unnamed_rows.items() if len(rows) >= _PLACEHOLDER_ROWS}
    if not stand_ins:
        return links
    return [
        Link(url=link.url, text="", region=link.region) if link.url in stand_ins else link
        for link in links
    ]


def _hub_row_title(a: Tag) -> str:
    """The item title of the ITA hub row holding ``a``: the row's cells from its code ("O13",
    "MOIT 5", "EB1") up to the criterion text ("– แสดงคู่มือ…") or the cell of the link, or ""."""
    row = a.find_parent("tr")
    if not isinstance(row, Tag):
        return ""
    # The row's cell that holds the link (identity: an equal-looking link in an earlier cell is another).
    holder = next((p for p in a.parents if p.parent is row), a)
    words: list[str] = []
    for cell in row.find_all(("td", "th"), recursive=False):
        if cell is holder:
            break
        text = _clean(cell.get_text(" "))
        cut = _CRITERION_START.search(text)
        words.append(text[: cut.start()] if cut else text)
        if cut:
            break
    title = _clean(" ".join(words))
    if _HUB_ROW_CODE.match(title) and len(title) <= _ROW_TITLE_MAX:
        return title
    return _table_criterion(row)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _table_criterion(row: Tag) -> str:
    """The coded criterion a table of documents stands under ("EB 1 (1) ผู้มีส่วนได้ส่วนเสีย…
    มาร่วมแสดงความคิดเห็น…" over rows "บันทึกข้อความ…" that link their PDFs by an icon): its
    caption, or the nearest heading before it with no other table between. The rows name only
    the document; the criterion names what it is evidence for. Without the criterion's period."""
    table = row.find_parent("table")
    if not isinstance(table, Tag):
        return ""
    caption = table.find("caption")
    heading = caption if isinstance(caption, Tag) else table.find_previous(_HEADINGS)
    if not isinstance(heading, Tag) or heading.find_next("table") is not table:
        return ""
    text = _clean(heading.get_text(" "))
    for found in find_dates(text):
        text = text.replace(found.text, " ")
    text = _clean(text)
    return text if _HUB_ROW_CODE.match(text) and len(text) <= _ROW_MAX else ""


# An absolute http(s) href with a host: urljoin reads nothing of the base but its scheme; a
# root-relative one ("/news/1"): nothing but its scheme and host. So the same menu link on
# every page of a site is joined once per crawl, not once per page. (urljoin drops tabs and
# newlines before it splits: an href where that could change its reading takes the general path.)
_ABSOLUTE_HREF = re.compile(r"(?i)^https?://[^/?#\t\r\n]")
_ROOT_HREF = re.compile(r"^/(?![/\t\r\n])")


def _document_base(url: str, href: str) -> str:
    """The base a ``<base href>`` sets; the page's own URL when the href is no address (as in
    browsers: "http://[link]/" left by a template used to lose the whole page)."""
    try:
        return urljoin(url, href)
    except ValueError:
        return url


def join_base(base: str, href: str) -> str:
    """What ``urljoin(base, href)`` reads of ``base``: its scheme alone for an absolute http(s)
    href, its scheme and host for a root-relative one, else all of it. Joined to this, an
    href gives the same URL as joined to ``base``, and the same menu link on every page of a
    site has one join to remember."""
    if base.startswith(("http://", "https://")):
        if _ABSOLUTE_HREF.match(href):
            return base[: base.index(":")] + "://"
        if _ROOT_HREF.match(href):
            return _origin(base)
    return base


def _absolute(base: str, href: str) -> str | None:
    href = href.strip()
    return _joined(join_base(base, href), href)


@lru_cache(maxsize=1024)
def _origin(base: str) -> str:
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}/"


@lru_cache(maxsize=4096)  # a page links many targets twice or more (menu, body, footer)
def _joined(base: str, href: str) -> str | None:
    if not href or href.lower().startswith(_SKIP_SCHEMES):
        return None
    try:
        url = urldefrag(urljoin(base, href))[0]
    except ValueError:  # "http://[link]" left by a template: no address (it used to lose the page)
        return None
    return url if url.startswith(("http://", "https://")) else None


def _jsonld_dates(raw: str) -> list[str]:
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.extend(str(node[k]) for k in _JSONLD_KEYS if isinstance(node.get(k), str))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


# Elements that belong in <head>; anything else found there is page content the parser misplaced.
_HEAD_TAGS = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})


def _parse(html: str) -> Document:
    """The page's tree, with content libxml2 put in <head> moved back into a body.

    A document without ``<body>`` that opens with head elements (``<title>``, ``<style>``) and
    then an HTML5 element (``<section>``, ``<main>``, ``<header>``) is read as all head, which
    is never content; from the first element that is not a head element on, it is the body.
    """
    soup = _soup(html)
    head = soup.head
    if head is None:
        return soup
    stray = next(
        (c for c in head.children if isinstance(c, Tag) and c.name not in _HEAD_TAGS), None
    )
    if stray is None:
        return soup
    moved = [stray, *stray.find_next_siblings()]
    body = soup.body
    if body is None:
        body = soup.new_tag("body")
        head.insert_after(body)
    for position, node in enumerate(moved):
        body.insert(position, node.extract())
    soup.renumber()
    return soup


def extract_page(html: str, url: str) -> PageContent:
    """Split an HTML page into blocks and links, each with its layout region.

    >>> page = extract_page('<nav><a href="/n">ข่าว</a></nav><p>สวัสดี</p>', "http://x.test/")
    >>> [(b.text, b.region) for b in page.blocks]
    [('ข่าว', 'nav'), ('สวัสดี', 'main')]
    >>> page.links[0].url, page.links[0].region
    ('http://x.test/n', 'nav')
    """
    soup = _parse(html)
    # One walk over the parsed tree per stage instead of one find_all per element kind: the
    # crawler reads every page through here, and each find_all walks the whole tree again.
    # Each list below holds what the find_all named beside it would return, in document order.
    base_tag = title_tag = None  # find("base", href=True), find("title")
    metas: list[Tag] = []  # find_all("meta")
    jsonld: list[Tag] = []  # find_all("script", type="application/ld+json")
    times: list[Tag] = []  # find_all("time")
    invisible: list[Tag] = []  # find_all(_INVISIBLE_TAGS)
    script_count = 0  # len(find_all("script"))
    for node in soup.find_all(True):
        name = node.name
        if name in _INVISIBLE_TAGS:
            invisible.append(node)
        if name == "meta":
            metas.append(node)
        elif name == "script":
            script_count += 1
            if node.get("type") == "application/ld+json":
                jsonld.append(node)
        elif name == "time":
            times.append(node)
        elif name == "title" and title_tag is None:
            title_tag = node
        elif name == "base" and base_tag is None and node.get("href") is not None:
            base_tag = node
    base = _document_base(url, str(base_tag["href"])) if isinstance(base_tag, Tag) else url
    title = _clean(title_tag.get_text(" ")) if isinstance(title_tag, Tag) else ""

    meta_dates: list[tuple[str, str]] = []
    for meta in metas:
        name = str(meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _META_DATE_NAMES and meta.get("content"):
            meta_dates.append((str(meta["content"]), "meta"))
    for script in jsonld:
        meta_dates.extend((value, "jsonld") for value in _jsonld_dates(script.get_text()))
    for time_tag in times:
        value = time_tag.get("datetime") or time_tag.get_text(" ")
        if value:
            meta_dates.append((_clean(str(value)), "time"))

    for tag in invisible:
        soup.remove(tag)
    # What is left, in document order: comments (removed before anything reads the text),
    # elements (find_all(True)) and the other strings (find_all(string=True)).
    nodes = soup.span()
    elements: list[Tag] = [n for n in nodes if n.name is not None]
    comments: list[Comment] = [n for n in nodes if n.__class__ is Comment]
    strings: list[Text] = [n for n in nodes if n.name is None and n.__class__ is not Comment]
    for comment in comments:
        soup.remove(comment)

    regions: dict[int, str] = {}
    layout = _Layout(elements)
    dead_boxes = _dead_downloads(soup)
    order: list[Tag] = []
    texts: dict[int, list[str]] = {}
    controls: dict[int, bool] = {}  # block -> all its text is in buttons, tabs, dead links
    # Strings of one element share its block and its verdict: both are asked once per element.
    seen: dict[int, tuple[Tag, bool | None]] = {}  # element -> (its block, _in_control or None)
    for node in strings:
        if not node.text.strip():
            continue
        parent = node.parent
        if not isinstance(parent, Tag):
            continue
        known = seen.get(id(parent))
        block, in_control = known if known is not None else (_block_of(parent), None)
        key = id(block)
        if key not in texts:
            texts[key] = []
            order.append(block)
            controls[key] = True
        texts[key].append(node.text)
        if controls[key]:
            if in_control is None:
                in_control = _in_control(parent, block, dead_boxes, layout.dated_entry)
            controls[key] = in_control
        seen[id(parent)] = (block, in_control)
    blocks = []
    for block in order:
        text = _clean(" ".join(texts[id(block)]))
        if text:
            region = "nav" if controls[id(block)] else _region_of(block, regions, layout)
            blocks.append(Block(text=text, region=region, tag=block.name or "p"))
    blocks = _join_drop_caps(blocks)

    links = []
    embeds = []
    unnamed_rows: dict[str, set[str]] = defaultdict(
        set
    )  # target -> hub rows linking it as "รายละเอียด"
    for a in (el for el in elements if el.name in _LINK_TAGS):
        href = a.get("href") or a.get("src") or a.get("data")
        target = _absolute(base, str(href)) if href else None
        if target:
            region = _region_of(a, regions, layout)
            text = _link_text(a)
            row = _hub_row_title(a)
            links.append(Link(url=target, text=text, region=region, row=row if row != text else ""))
            if row and _is_generic(_clean(a.get_text(" "))):
                unnamed_rows[target].add(row)
            if (
                a.name in ("iframe", "embed", "object")
                and region == "main"
                and not TEMPLATE_HOLE.search(target)
            ):
                embeds.append(target)
    links = _without_placeholders(links, unnamed_rows)

    images = []
    for img in (el for el in elements if el.name == "img"):
        src = img.get("src") or img.get("data-src")
        target = _absolute(base, str(src)) if src else None
        name = target.split("?", 1)[0].rsplit("/", 1)[-1] if target else ""
        # No file name ("pic/" once the template's value is gone) is no image.
        if (
            name
            and not _DECORATION.search(name)
            and not TEMPLATE_HOLE.search(target or "")
            and not _PLACEHOLDER_HOST.search(target or "")
            and img.find_parent("a") is None
        ):
            images.append(
                Link(
                    url=target,
                    text=_clean(str(img.get("alt") or "")),
                    region=_region_of(img, regions, layout),
                )
            )

    # A message box after a file input is in the form's draft region, and still the page's own form.
    forms = sum(
        1
        for t in elements
        if t.name == "textarea" and _region_of(t, regions, layout) in ("main", "form")
    )
    # A poll's title is the text just before its form ("แบบสอบถามความพึงพอใจ" over the choices),
    # wherever the layout put the box (a home page's footer row).
    polls = tuple(
        title
        for i, t in enumerate(elements)
        if t.name == "form" and _is_poll(t) and (title := _text_before(elements, i))
    )
    main_chars = sum(len(b.text) for b in blocks if b.region == "main")
    needs_js = script_count >= 3 and len(links) < 3 and main_chars < 200
    # The tree is garbage from here, and its nodes link to each other (parent, children), so
    # only the cyclic collector could free them: the crawl process's most frequent collections.
    # Unlinked, each node is freed at once.
    soup.release()
    return PageContent(
        url=url,
        title=title,
        blocks=tuple(blocks),
        links=tuple(links),
        meta_dates=tuple(meta_dates),
        needs_javascript=needs_js,
        images=tuple(images),
        forms=forms,
        polls=polls,
        embeds=tuple(embeds),
    )


def _is_poll(form: Tag) -> bool:
    """A form that sends the agency a visitor's choice: posted (a search form is a GET), with one
    set of at least two radio buttons and a way to send it (a satisfaction poll: ดีมาก/ดี/พอใช้ + ส่ง)."""
    if str(form.get("method") or "get").lower() != "post":
        return False
    inputs = [
        (str(i.get("type") or "").lower(), str(i.get("name") or "")) for i in form.find_all("input")
    ]
    radios = Counter(name for kind, name in inputs if kind == "radio")
    sends = any(kind in ("submit", "image") for kind, _ in inputs) or any(
        str(b.get("type") or "submit").lower() == "submit" for b in form.find_all("button")
    )
    return sends and any(n >= 2 for n in radios.values())


def _text_before(elements: list[Tag], index: int, reach: int = 12) -> str:
    """The nearest text of its own in the ``reach`` elements before ``elements[index]``."""
    for el in reversed(elements[max(0, index - reach) : index]):
        own = " ".join(
            s.text for s in el.children if isinstance(s, Text) and not isinstance(s, Comment)
        )
        if text := _clean(own):
            return text
    return ""
