"""Scrapy responses and failures to :class:`FetchedPage` records. Pure functions of their input."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from twisted.internet import error as net
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from checklist.extract import extract_page
from checklist.pdftext import extract_pdf
from crawler.records import Budget, FetchedPage

KEPT_HEADERS = ("last-modified", "content-type", "server", "content-length")
# Failures that say nothing about the agency's content: a page that failed so is
# not evidence of absence.
TRANSIENT_ERRORS = frozenset(
    {"dns", "refused", "timeout", "tls", "blocked", "server-error", "connection", "robots",
     "too-large", "offsite-redirect", "internal-address"}
)  # fmt: skip
# (exception types, error class) checked in order.
_FAILURES: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((net.DNSLookupError,), "dns"),
    ((net.ConnectionRefusedError,), "refused"),
    ((net.TimeoutError, net.TCPTimedOutError), "timeout"),
    ((net.SSLError,), "tls"),
    ((net.ConnectionLost, net.ConnectionDone, ResponseFailed, ResponseNeverReceived), "connection"),
    ((IgnoreRequest,), "ignored"),
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
    detail = f"{type(exc).__name__}: {exc}".strip()[:300]
    if isinstance(exc, IgnoreRequest):
        text = str(exc).lower()
        if "robots" in text or "forbidden by robots" in text:
            return "robots", "forbidden by robots.txt"
        for marker in ("internal-address", "offsite-redirect", "too-large"):
            if marker in text:
                return marker, detail
    if "SSL" in type(exc).__name__ or "ssl" in detail.lower() or "certificate" in detail.lower():
        return "tls", detail
    for types, name in _FAILURES:
        if isinstance(exc, types):
            return name, detail
    if "maxsize" in detail.lower() or "cancelled" in detail.lower():
        return "too-large", detail
    return "other", detail


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
            kind="pdf", title=pdf.title, text=pdf.text, meta_dates=pdf.meta_dates,
            detail=pdf.error or "", **base,
        )  # fmt: skip
    if isinstance(response, TextResponse) and ("html" in content_type or not content_type):
        content = extract_page(response.text, response.url)
        return FetchedPage(kind="html", title=content.title, content=content, **base)
    return FetchedPage(kind="other", detail=content_type, **base)
