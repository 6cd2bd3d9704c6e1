"""Scrapy responses and failures to :class:`FetchedPage` records. Pure functions of their input."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse

from checklist.extract import extract_page
from checklist.model import PageContent
from checklist.pdftext import extract_pdf
from crawler.javascript import javascript_reason
from crawler.records import Budget, FetchedPage

KEPT_HEADERS = ("last-modified", "content-type", "server", "content-length")
# Failures that say nothing about the agency's content: a checklist page that failed so
# is not evidence of absence (coverage is not reached).
TRANSIENT_ERRORS = frozenset(
    {
        "dns",
        "refused",
        "timeout",
        "tls",
        "blocked",
        "server-error",
        "connection",
        "robots",
        "internal-address",
        "redirect-loop",
        "unreadable",
        "ignored",
        "other",
    }
)
# Exception class names (Scrapy >= 2.14 wraps Twisted's errors in its own) -> error class,
# checked in order along the exception's type hierarchy.
_FAILURE_NAMES = {
    "CannotResolveHostError": "dns",
    "DNSLookupError": "dns",
    "DownloadConnectionRefusedError": "refused",
    "ConnectionRefusedError": "refused",
    "DownloadTimeoutError": "timeout",
    "TimeoutError": "timeout",
    "TCPTimedOutError": "timeout",
    "DownloadCancelledError": "too-large",  # cancelled by DOWNLOAD_MAXSIZE / download_maxsize
    "SSLError": "tls",
    "ResponseDataLossError": "connection",
    "ConnectionLost": "connection",
    "ConnectionDone": "connection",
    "ResponseFailed": "connection",
    "ResponseNeverReceived": "connection",
    "DownloadFailedError": "connection",
    "ConnectError": "connection",
}
_TLS_WORDS = ("ssl", "tls", "certificate", "handshake", "wrong version number")
_IGNORE_MARKERS = (
    ("robots", "robots"),
    ("max redirections", "redirect-loop"),
    ("internal-address", "internal-address"),
    ("offsite-redirect", "offsite-redirect"),
    ("too-large", "too-large"),
    ("download_maxsize", "too-large"),  # a compressed body that inflates past the cap (a "bomb")
)


def http_error(status: int) -> str | None:
    """Error class of an HTTP status, or None for a usable answer."""
    if status in (401, 403, 407, 429, 451):
        return "blocked"
    if status >= 500:
        return "server-error"
    if status >= 400:
        return f"http-{status}"
    if status >= 300:
        return "redirect"
    return None


def classify_failure(failure: Any) -> tuple[str, str]:
    """(error class, one-line detail) of a Twisted failure from a request errback."""
    exc = failure.value
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    response = getattr(exc, "response", None)  # HttpError: a redirect Scrapy would not follow
    if isinstance(exc, IgnoreRequest) and response is not None and 300 <= response.status < 400:
        location = (response.headers.get("Location") or b"").decode("latin-1", "replace")
        return "redirect", f"HTTP {response.status} to {location[:200]!r}, not followed"
    if isinstance(exc, IgnoreRequest):
        text = str(exc).lower()
        for marker, name in _IGNORE_MARKERS:
            if marker in text:
                return name, "forbidden by robots.txt" if name == "robots" else detail
        return "ignored", detail
    lowered = detail.lower()
    if any(word in lowered for word in _TLS_WORDS) or "SSL" in type(exc).__name__:
        return "tls", detail
    if "maxsize" in lowered or "max size" in lowered:
        return "too-large", detail
    for cls in type(exc).__mro__:
        if cls.__name__ in _FAILURE_NAMES:
            return _FAILURE_NAMES[cls.__name__], detail
    return "other", detail


def failure_page(url: str, error: str, detail: str, depth: int, home: bool = False) -> FetchedPage:
    """The record of a request that got no usable response.

    A body cut by the size cap is not an error: the document exists and its link
    text is read by the evaluation, like a Word or Excel file that is never fetched.
    A home page cut so is an error: nothing of the site could be read.
    """
    if error == "too-large" and not home:
        kind = "pdf" if url.lower().split("?")[0].endswith(".pdf") else "document"
        return FetchedPage(
            url=url, kind=kind, depth=depth, detail=f"over size cap, not read ({detail})"
        )
    return FetchedPage(url=url, kind="error", error=error, detail=detail, depth=depth)


def looks_like_html(body: bytes) -> bool:
    """An HTML document whatever its Content-Type says (old servers send none, or text/plain)."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<meta", b"<title", b"<!--"))


def _extract(text: str, url: str) -> PageContent:
    """extract_page (which reads a body-less page of head elements then HTML5 sections itself)."""
    return extract_page(text, url)


def _headers(response: Response) -> tuple[tuple[str, str], ...]:
    kept = []
    for name in KEPT_HEADERS:
        value = response.headers.get(name)
        if value:
            kept.append((name, value.decode("latin-1", errors="replace")))
    return tuple(kept)


def read_response(response: Response, budget: Budget) -> FetchedPage:
    """What one response says: an HTML page's content, a PDF's text, or the HTTP error."""
    meta = response.request.meta if response.request else {}
    base = {
        "url": response.request.url if response.request else response.url,
        "final_url": response.url,
        "status": response.status,
        "depth": meta.get("depth", 0),
        "size": len(response.body),
        "headers": _headers(response),
        "content_type": (response.headers.get("Content-Type") or b"").decode("latin-1")[:100],
    }
    error = http_error(response.status)
    if error:
        return FetchedPage(kind="error", error=error, detail=f"HTTP {response.status}", **base)
    content_type = base["content_type"].lower()
    body = response.body
    if "pdf" in content_type or body[:5] == b"%PDF-":
        if len(body) > budget.max_pdf_bytes:
            return FetchedPage(kind="pdf", error=None, detail="pdf over size cap, not read", **base)
        pdf = extract_pdf(body)
        return FetchedPage(
            kind="pdf",
            title=pdf.title,
            text=pdf.text,
            meta_dates=pdf.meta_dates,
            detail=pdf.error or "",
            **base,
        )
    if isinstance(response, TextResponse) and (
        "html" in content_type or not content_type or looks_like_html(body)
    ):
        content = _extract(response.text, response.url)
        # "Needs JavaScript" is decided here, narrowly (crawler.javascript): a page that
        # shows nothing is an empty page, not a script-built one.
        content = replace(
            content, needs_javascript=javascript_reason(response.text, content) is not None
        )
        return FetchedPage(kind="html", title=content.title, content=content, **base)
    return FetchedPage(kind="other", detail=content_type, **base)
