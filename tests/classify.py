"""One page of our own markup through extraction and the matcher, as the real-class tests use it."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import PageContent

URL = "http://a.go.th/page.php"


def page(html: str, url: str = URL, title: str = "") -> PageContent:
    return extract_page(f"<html><head><title>{title}</title></head><body>{html}</body></html>", url)


def items(html: str, url: str = URL, title: str = "") -> set[str]:
    """The items the page is evidence for ("5.2")."""
    return {
        hit.code for hit in default_matcher().classify(docview_from_page(page(html, url, title)))
    }


def parts(html: str, url: str = URL, title: str = "") -> set[str]:
    """The items and parts the page is evidence for ("5.1/contact")."""
    return {
        f"{h.code}/{h.part}"
        for h in default_matcher().classify(docview_from_page(page(html, url, title)))
    }
