"""Records of the crawl side: agencies in, fetched pages and crawl outcomes out. No Scrapy here."""

from __future__ import annotations

from dataclasses import dataclass, field

from checklist.model import PageContent


@dataclass(frozen=True, slots=True)
class Budget:
    """Limits of one site's crawl. Defaults are documented in README ("Crawl budgets");
    every field is also an optional column of the agencies CSV (per-agency override)."""

    max_pages: int = 250  # requests scheduled, redirects and retries not counted
    max_depth: int = 5  # link hops from the home page
    max_seconds: int = 600  # wall time of the crawl (Scrapy CLOSESPIDER_TIMEOUT)
    max_bytes: int = 60_000_000  # bytes downloaded
    max_pdf_bytes: int = 15_000_000  # larger PDFs are not downloaded; their link text still counts
    explore_share: float = 0.25  # share of max_pages allowed for links that look unrelated
    list_entries: int = 5  # entries followed per list (same URL pattern, same checklist meaning)
    list_pages: int = 2  # pages of one paginated list followed (the first and the next)


@dataclass(frozen=True, slots=True)
class Agency:
    id: str
    name: str
    url: str
    province: str = ""
    type: str = ""
    budget: Budget = field(default_factory=Budget)


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """One URL the crawler asked for, and what came back (or why nothing did).

    ``kind``: html | pdf | document | other | error. ``error`` names a failure
    class (dns, refused, timeout, tls, blocked, robots, http-4xx, server-error, ...).
    """

    url: str
    kind: str
    status: int | None = None
    final_url: str | None = None
    content_type: str = ""
    title: str = ""
    depth: int = 0
    size: int = 0
    content: PageContent | None = None
    text: str = ""  # document text (PDF)
    meta_dates: tuple[tuple[str, str], ...] = ()  # PDF metadata dates
    headers: tuple[tuple[str, str], ...] = ()  # the few response headers kept (Last-Modified, ...)
    error: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CrawlOutcome:
    """How one site's crawl ended. ``status``: ok | partial | failed."""

    status: str
    pages: int
    requests: int
    error: str | None = None
    reason: str = ""
    coverage: dict[str, object] = field(default_factory=dict)
