"""CMS / platform families, one module each, and the tables the product reads, assembled here.

A new family is one module in this package holding a ``FAMILY`` (see ``family.py``) and one
line in ``FAMILIES``; the layout reader (``checklist/extract.py``), the URL rules
(``crawler/urls.py``) and the dates in URLs (``checklist/dates.py``) read the unions below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from checklist.platforms import generic, google_sites, joomla, thai_vendors, wordpress
from checklist.platforms.family import REGIONS, Family

FAMILIES: tuple[Family, ...] = (
    generic.FAMILY,
    wordpress.FAMILY,
    joomla.FAMILY,
    thai_vendors.FAMILY,
    google_sites.FAMILY,
)


@dataclass(frozen=True)
class Tables:
    """The families' data joined into what the readers look up."""

    region_words: tuple[tuple[frozenset[str], str], ...]  # (words, region) in REGIONS order
    main_words: frozenset[str]
    content_ids: frozenset[str]
    site_ids: frozenset[str]
    component_prefixes: frozenset[str]
    layout_prefixes: frozenset[str]  # component prefixes that make no box
    page_params: frozenset[str]
    page_path: re.Pattern[str]
    shared_hosts: Mapping[str, int]
    url_days: tuple[re.Pattern[str], ...]  # each kind tried in the families' order
    url_months: tuple[re.Pattern[str], ...]
    url_compact_days: tuple[re.Pattern[str], ...]


def assemble(families: Iterable[Family]) -> Tables:
    """Join ``families``; ValueError when two of them disagree (a word naming two regions, a
    prefix both a box and a style, a shared host with two prefixes)."""
    families = tuple(families)

    def union(field: Callable[[Family], Iterable[str]]) -> frozenset[str]:
        return frozenset(word for family in families for word in field(family))

    def shapes(field: Callable[[Family], tuple[str, ...]]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(shape) for family in families for shape in field(family))

    for family in families:
        if unknown := set(family.regions) - set(REGIONS):
            raise ValueError(f"{family.name}: unknown regions {sorted(unknown)}")
    regions = {
        region: frozenset(w for f in families for w in f.regions.get(region, ()))
        for region in REGIONS
    }
    for i, first in enumerate(REGIONS):
        for second in REGIONS[i + 1 :]:
            if both := regions[first] & regions[second]:
                raise ValueError(f"words naming both {first} and {second}: {sorted(both)}")
    boxes, styles = union(lambda f: f.box_prefixes), union(lambda f: f.style_prefixes)
    if both := boxes & styles:
        raise ValueError(f"prefixes both a box and a style: {sorted(both)}")
    hosts: dict[str, int] = {}
    for family in families:
        for host, segments in family.shared_hosts.items():
            if hosts.setdefault(host, segments) != segments:
                raise ValueError(f"{host}: two site prefixes")
    path_words = "|".join(map(re.escape, sorted(union(lambda f: f.page_path_words))))
    return Tables(
        region_words=tuple((regions[region], region) for region in REGIONS),
        main_words=union(lambda f: f.main_words),
        content_ids=union(lambda f: f.content_ids),
        site_ids=union(lambda f: f.site_ids),
        component_prefixes=boxes | styles,
        layout_prefixes=styles,
        page_params=union(lambda f: f.page_params),
        page_path=re.compile(rf"/(?:{path_words})/(\d+)/?$", re.I),
        shared_hosts=hosts,
        url_days=shapes(lambda f: f.url_days),
        url_months=shapes(lambda f: f.url_months),
        url_compact_days=shapes(lambda f: f.url_compact_days),
    )


TABLES = assemble(FAMILIES)
REGION_WORDS = TABLES.region_words
MAIN_WORDS = TABLES.main_words
CONTENT_IDS = TABLES.content_ids
SITE_IDS = TABLES.site_ids
COMPONENT_PREFIXES = TABLES.component_prefixes
LAYOUT_PREFIXES = TABLES.layout_prefixes
PAGE_PARAMS = TABLES.page_params
PAGE_PATH = TABLES.page_path
SHARED_HOSTS = TABLES.shared_hosts
URL_DAYS = TABLES.url_days
URL_MONTHS = TABLES.url_months
URL_COMPACT_DAYS = TABLES.url_compact_days
