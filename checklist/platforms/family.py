"""What one CMS / platform family tells the product about its sites: a record, filled in by
one module per family and assembled by the registry (``checklist/platforms/__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Layout regions a class/id word can name, in the order they are tried.
REGIONS = ("nav", "header", "footer", "aside")


@dataclass(frozen=True)
class Family:
    name: str
    title: str  # Thai first, English second
    # Layout: id/class words, read per token part split at "-"/"_" ("site-header" -> "site", "header").
    regions: Mapping[str, frozenset[str]] = field(default_factory=dict)  # region -> words naming it
    main_words: frozenset[str] = frozenset()  # words naming the page's own content ("entry")
    content_ids: frozenset[str] = frozenset()  # whole ids/classes of the page's content container
    site_ids: frozenset[str] = (
        frozenset()
    )  # ids of the site's own masthead/footer, given once a page
    # First token parts naming a component, not the page layout: a box of content ("card-header")…
    box_prefixes: frozenset[str] = frozenset()
    # …or a style or part of one that makes no box ("text-center", "border-bottom").
    style_prefixes: frozenset[str] = frozenset()
    # Lists: the query parameters carrying a page number, and path words before one (/page/3).
    page_params: frozenset[str] = frozenset()
    page_path_words: frozenset[str] = frozenset()
    # Dates in URLs, as regular expressions with named groups y, m (and d):
    url_days: tuple[str, ...] = ()  # y/m/d in the path (permalinks)
    url_months: tuple[str, ...] = ()  # /y/m/ (upload folders, monthly archives)
    url_compact_days: tuple[str, ...] = ()  # yyyymmdd in a file name
    # Hosts shared by many sites: host -> path segments that make one site's prefix.
    shared_hosts: Mapping[str, int] = field(default_factory=dict)
