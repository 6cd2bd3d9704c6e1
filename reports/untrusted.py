"""Text and URLs that come from crawled websites, made safe for each output. Pure.

Website titles, link texts, URLs and crawl reasons may carry control characters (which
break XML, move a terminal's cursor or ring its bell) and bidi overrides (which reorder
what a reader sees). Each output drops what it cannot take; the character classes are
written here once.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

_C0 = "\x00-\x08\x0b\x0c\x0e-\x1f"  # C0 controls but tab, line feed and carriage return
_LINE_BREAKS = "\t\n\r"
_DEL = "\x7f"
_C1 = "\x80-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"  # embeddings, overrides and isolates

# Characters XML 1.0 forbids (XLSX cells); C1 and bidi are legal there and kept.
XML_ILLEGAL = re.compile(f"[{_C0}{_DEL}]")
# Dropped from HTML: controls and bidi overrides; tabs and line breaks are white space there.
HTML_UNSAFE = re.compile(f"[{_C0}{_DEL}{_C1}{_BIDI}]")
# Replaced in a terminal line: every control, line breaks included, and bidi overrides.
TERMINAL_UNSAFE = re.compile(f"[{_C0}{_LINE_BREAKS}{_DEL}{_C1}{_BIDI}]")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def xml_text(value: Any) -> str:
    """Text a spreadsheet cell can hold."""
    return XML_ILLEGAL.sub("", _text(value))


def html_text(value: Any) -> str:
    """Text for HTML before escaping: controls and bidi overrides dropped."""
    return HTML_UNSAFE.sub("", _text(value))


def terminal_text(value: Any) -> str:
    """Text for one terminal line: controls, line breaks and bidi overrides become spaces."""
    return TERMINAL_UNSAFE.sub(" ", _text(value))


def safe_href(url: Any) -> str | None:
    """The URL, stripped, when it may be a link: an absolute http(s) URL with a host.

    None for anything else (javascript:, data:, file:, ``http:foo``, relative or unparsable
    URLs, non-strings): such a URL stays text. The caller escapes the result for its output.
    """
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None
