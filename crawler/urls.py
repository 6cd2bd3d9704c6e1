"""URL rules of a crawl: what is the agency's own site, what is a document, what is a trap.

Pure functions, tested without Scrapy.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that only carry a session: dropping them stops one page
# being fetched once per visitor session.
SESSION_PARAMS = frozenset(
    {"phpsessid", "sid", "sessionid", "session_id", "jsessionid", "cfid", "cftoken", "s",
     "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid"}
)  # fmt: skip
# File types fetched and read; others are recorded from their link only.
READ_EXTENSIONS = frozenset({".pdf"})
DOCUMENT_EXTENSIONS = frozenset(
    {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".rtf",
     ".zip", ".rar", ".7z", ".csv", ".txt"}
)  # fmt: skip
SKIP_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".ico", ".mp4", ".mp3", ".avi",
     ".mov", ".wmv", ".flv", ".css", ".js", ".woff", ".woff2", ".ttf", ".exe", ".apk", ".iso"}
)  # fmt: skip
# Hosts whose links are evidence by their text but are never crawled.
EXTERNAL_EVIDENCE_HOSTS = (
    "drive.google.com", "docs.google.com", "sites.google.com", "facebook.com", "fb.com",
    "youtube.com", "youtu.be", "line.me", "fliphtml5.com", "pubhtml5.com", "anyflip.com",
    "gprocurement.go.th", "process3.gprocurement.go.th",
)  # fmt: skip
_SESSION_PATH = re.compile(r";jsessionid=[^/?#]*", re.I)
_MAX_REPEAT_SEGMENTS = 2


def extension(url: str) -> str:
    path = unquote(urlsplit(url).path).lower()
    dot = path.rfind(".")
    return path[dot:] if dot > path.rfind("/") else ""


def canonical(url: str) -> str:
    """Scheme and host lower-cased, session parameters and fragments dropped, query sorted."""
    parts = urlsplit(_SESSION_PATH.sub("", url))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in SESSION_PARAMS]  # fmt: skip
    netloc = parts.netloc.lower()
    if parts.scheme == "http" and netloc.endswith(":80"):
        netloc = netloc[:-3]
    elif parts.scheme == "https" and netloc.endswith(":443"):
        netloc = netloc[:-4]
    return urlunsplit(
        (parts.scheme.lower(), netloc, parts.path or "/", urlencode(sorted(query)), "")
    )


def site_key(url: str) -> str:
    """Host and port without ``www.``: http/https and www variants are the same site."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port
    return f"{host}:{port}" if port and port not in (80, 443) else host


def same_site(url: str, home: str) -> bool:
    return site_key(url) == site_key(home)


def is_external_evidence(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in EXTERNAL_EVIDENCE_HOSTS)


def looks_like_trap(url: str) -> str | None:
    """Why ``url`` looks like a crawler trap (repeated path segments, very long URL), or None."""
    parts = urlsplit(url)
    if len(url) > 600:
        return "url-too-long"
    segments = [s for s in parts.path.split("/") if s]
    for seg in set(segments):
        if segments.count(seg) > _MAX_REPEAT_SEGMENTS:
            return "repeated-path-segments"
    return None


def path_key(url: str) -> str:
    """The URL without its query: counts distinct queries per path (calendars, filters)."""
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}"


def is_internal_address(host: str) -> bool:
    """True for loopback, private, link-local, reserved or unspecified addresses (IP literal or resolved)."""
    try:
        addresses = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None)
        except (OSError, UnicodeError):
            return False  # unresolvable: the download fails and is recorded as dns
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    return any(
        a.is_loopback or a.is_private or a.is_link_local or a.is_reserved or a.is_unspecified
        or a.is_multicast
        for a in addresses
    )  # fmt: skip
