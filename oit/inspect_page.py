"""``oit inspect``: explain one page — which items it is evidence for, and every date on it."""

from __future__ import annotations

import datetime as dt
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from checklist import dates as datelib
from checklist.chrome import Chrome, chrome_blocks, docview_from_page, find_chrome, shared_chrome
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import DocView, FoundDate, PageContent
from checklist.pdftext import extract_pdf
from checklist.rejections import matcher_reason
from crawler.middlewares import thai_encoding
from crawler.settings import USER_AGENT

MAX_BYTES = 16 * 1024 * 1024


class InspectError(Exception):
    """The page cannot be read; the message is for the user."""


def _decode(body: bytes, declared: str) -> str:
    encoding = thai_encoding(body, declared.lower()) or declared or "utf-8"
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def fetch(target: str) -> tuple[bytes, str, str]:
    """(body, content type, charset) of a URL or a local file."""
    if target.startswith(("http://", "https://")):
        request = urllib.request.Request(target, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310 - http(s) only
                body = response.read(MAX_BYTES)
                ctype = response.headers.get_content_type() or ""
                charset = response.headers.get_content_charset() or ""
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise InspectError(f"cannot fetch {target}: {getattr(exc, 'reason', exc)}") from None
        return body, ctype, charset
    path = Path(target)
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise InspectError(f"cannot read {target}: {exc.strerror or exc}") from None
    ctype = "application/pdf" if body[:5] == b"%PDF-" else "text/html"
    return body, ctype, ""


def _shared_with_home(content: PageContent, target: str) -> Chrome:
    """Chrome for a lone page: what it shares with its site's home page (menus, header clock, footer).

    One page cannot show what repeats across a site; its home page nearly always
    carries the same template, so blocks and links found on both are template.
    """
    parts = urlsplit(target)
    home = f"{parts.scheme}://{parts.netloc}/"
    if not target.startswith(("http://", "https://")) or target.rstrip("/") == home.rstrip("/"):
        return Chrome()
    try:
        body, _, charset = fetch(home)
    except InspectError:
        return Chrome()
    return shared_chrome(content, extract_page(_decode(body, charset), home))


SIBLINGS = 40  # saved pages beside a saved file read as its site's template context
_PAGE_SUFFIXES = (".html", ".htm", ".php", ".shtml", ".asp", ".aspx", ".jsp")


def _shared_with_siblings(content: PageContent, target: str) -> Chrome | None:
    """Chrome for a saved file from the saved pages beside it (a saved copy of a site), or None.

    What repeats across them is the site's template, exactly as in a crawl; with fewer than
    two siblings there is nothing to compare with.
    """
    path = Path(target)
    try:
        siblings = sorted(
            p
            for p in path.parent.iterdir()
            if p.is_file() and p.suffix.lower() in _PAGE_SUFFIXES and p.resolve() != path.resolve()
        )
    except OSError:
        return None
    pages = [content]
    for sibling in siblings[:SIBLINGS]:
        try:
            body = sibling.read_bytes()[:MAX_BYTES]
        except OSError:
            continue
        pages.append(extract_page(_decode(body, ""), sibling.resolve().as_uri()))
    return find_chrome(pages) if len(pages) >= 3 else None


def _date_json(found: FoundDate) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "date": found.date.isoformat(),
        "text": found.text,
        "source": found.source,
    }
    if found.kind != "day":
        entry["kind"] = found.kind
        if found.end:
            entry["end"] = found.end.isoformat()
    if found.label:
        entry["label"] = found.label
    return entry


def inspect(target: str, url: str | None, as_of: dt.date) -> dict[str, Any]:
    """Page JSON (shared/contract.md) for a URL or a saved file, with explanations added."""
    body, ctype, charset = fetch(target)
    page_url = url or (target if "://" in target else Path(target).resolve().as_uri())
    matcher = default_matcher()
    found: list[FoundDate] = []
    ignored: list[str] = []
    if "pdf" in ctype:
        pdf = extract_pdf(body)
        doc = DocView(url=page_url, title=pdf.title, content=pdf.text, kind="pdf")
        found += datelib.find_dates(pdf.text, "pdf")
        found += [d for raw, src in pdf.meta_dates if (d := datelib.parse_date_value(raw, src))]
    else:
        content = extract_page(_decode(body, charset), page_url)
        chrome = _shared_with_home(content, target)
        if not target.startswith(("http://", "https://")):
            chrome = _shared_with_siblings(content, target) or chrome
        doc = docview_from_page(content, chrome)
        found += datelib.find_dates(doc.content, "text")
        found += [d for raw, src in content.meta_dates if (d := datelib.parse_date_value(raw, src))]
        ignored = [
            f"{b.region if b.region != 'main' else 'repeated'}: {b.text[:80]}"
            for b in chrome_blocks(content, chrome)
        ]
    for text in (doc.title, *doc.headings):
        found += datelib.find_dates(text, "title")
    found += datelib.dates_in_url(page_url)
    hits = matcher.classify(doc)
    choice = datelib.choose_date(found, as_of)
    explained = matcher.explain(doc)
    return {
        "url": page_url,
        "title": doc.title,
        "items": [
            {"code": h.code, "part": h.part, "terms": list(h.terms), "where": list(h.where)}
            for h in hits
        ],
        "dates": [_date_json(d) for d in found],
        "page_date": choice.date.isoformat() if choice else None,
        "page_date_source": choice.source if choice else None,
        "page_date_reason": choice.reason if choice else "no content date found",
        "hub": matcher.is_hub(doc, []),
        "ignored_as_chrome": ignored,
        "explain": explained,
        # items the page names but is not evidence for, with why in English and Thai
        "rejected": [
            {"code": e["code"], "part": e["part"], "reason": matcher_reason(e["reason"])}
            for e in explained
            if not e["accepted"]
        ],
    }
