"""URL rules of a crawl: what is the agency's own site, what is a document, what is a trap.

Pure functions, tested without Scrapy.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from checklist import platforms

# Query parameters that only carry a session: dropping them stops one page
# being fetched once per visitor session.
SESSION_PARAMS = frozenset(
    {
        "phpsessid",
        "sid",
        "sessionid",
        "session_id",
        "jsessionid",
        "cfid",
        "cftoken",
        "s",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "fbclid",
        "gclid",
    }
)
# File types fetched and read; others are recorded from their link only.
READ_EXTENSIONS = frozenset({".pdf"})
DOCUMENT_EXTENSIONS = frozenset(
    {
        ".pdf",
        ".doc",
        ".docx",
        ".xls",
        ".xlsx",
        ".ppt",
        ".pptx",
        ".odt",
        ".ods",
        ".rtf",
        ".zip",
        ".rar",
        ".7z",
        ".csv",
        ".txt",
    }
)
SKIP_EXTENSIONS = frozenset(
    {
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".bmp",
        ".svg",
        ".ico",
        ".mp4",
        ".mp3",
        ".avi",
        ".mov",
        ".wmv",
        ".flv",
        ".css",
        ".js",
        ".woff",
        ".woff2",
        ".ttf",
        ".exe",
        ".apk",
        ".iso",
    }
)
# Hosts whose links are evidence by their text but are never crawled.
EXTERNAL_EVIDENCE_HOSTS = (
    "drive.google.com",
    "docs.google.com",
    "sites.google.com",
    "facebook.com",
    "fb.com",
    "youtube.com",
    "youtu.be",
    "line.me",
    "fliphtml5.com",
    "pubhtml5.com",
    "anyflip.com",
    "gprocurement.go.th",
    "process3.gprocurement.go.th",
)
# Session ids carried in the path: ";jsessionid=..." (Java) and "/(S(...))/" (ASP.NET cookieless).
_SESSION_PATH = re.compile(r";jsessionid=[^/?#]*|/\([A-Z]\([A-Za-z0-9]{16,}\)\)(?=/)", re.I)
_MAX_REPEAT_SEGMENTS = 2
# Hosts shared by many owners: an agency site there is the path under its own prefix.
# (host -> path segments of one site's prefix; checklist/platforms/)
SHARED_HOSTS = platforms.SHARED_HOSTS
_DIGITS = re.compile(r"\d+")
# List pagination: the page number's parameter, or /page/N in the path.
PAGE_PARAMS = platforms.PAGE_PARAMS
_PAGE_PATH = platforms.PAGE_PATH
# What a pager's text is made of (the extractor gives a short link the text around it:
# "หน้า 1 2 3 ... 10"): page words, numbers and arrows.
_PAGER_WORDS = re.compile(
    r"หน้าถัดไป|ถัดไป|ต่อไป|ก่อนหน้า|หน้าก่อน|ย้อนกลับ|หน้าแรก|หน้าสุดท้าย|"
    r"หน้า|จาก|next|prev(?:ious)?|last|first|older|newer|page|of|\d+",
    re.I,
)
_PAGER_DECOR = re.compile(r"[\s\[\]()|.:…«»<>‹›/,-]+")


def extension(url: str) -> str:
    path = unquote(urlsplit(url).path).lower()
    dot = path.rfind(".")
    return path[dot:] if dot > path.rfind("/") else ""


@lru_cache(maxsize=1 << 16)  # the same menu links come back on every page of a site
def canonical(url: str) -> str:
    """Scheme and host lower-cased, session parameters and fragments dropped, query sorted."""
    parts = urlsplit(_SESSION_PATH.sub("", url))
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in SESSION_PARAMS
    ]
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


def in_scope(url: str, home: str) -> bool:
    """The agency's own site: http(s), same host and port; under the home's own prefix on a
    shared host. (``file://`` or ``ftp://`` on the agency's host is never its site.)"""
    if urlsplit(url).scheme.lower() not in ("http", "https") or not same_site(url, home):
        return False
    host = (urlsplit(home).hostname or "").lower()
    if host not in SHARED_HOSTS:
        return True
    prefix = "/".join(urlsplit(home).path.split("/")[: SHARED_HOSTS[host] + 1])  # /view/<name>
    path = urlsplit(url).path
    # /view/bansuan2 is another agency than /view/bansuan: compare whole segments.
    return path == prefix or path.startswith(prefix.rstrip("/") + "/")


def entry_pattern(url: str) -> str | None:
    """The URL's pattern when it looks like one entry of a list (a number in its path or
    query): digits become ``#``, path segments after the first numbered one become ``*``.
    None for URLs without numbers (menu pages, slugs), which are never grouped.

    >>> entry_pattern("http://a.go.th/gallery/album-12.html")
    'a.go.th/gallery/album-#.html'
    >>> entry_pattern("http://a.go.th/2026/11/24/meeting-report/")
    'a.go.th/#/#/#/*/'
    >>> entry_pattern("http://a.go.th/news.php?cat=2&id=247")
    'a.go.th/news.php?cat=#&id=#'
    >>> entry_pattern("http://a.go.th/structure.html") is None
    True
    """
    parts = urlsplit(url)
    segments, numbered = [], False
    for segment in parts.path.split("/"):
        shape = _DIGITS.sub("#", segment)
        if numbered and segment and re.fullmatch(r"[#._-]*", shape) is None:
            segments.append("*")  # a slug after the number: /news/123/<title>
            continue
        digits = _DIGITS.search(segment) is not None
        segments.append(shape)
        numbered = numbered or digits
    query = parse_qsl(parts.query, keep_blank_values=True)
    if not numbered and not any(_DIGITS.search(v) for _, v in query):
        return None
    pairs = "&".join(f"{k}={_DIGITS.sub('#', v)}" for k, v in sorted(query))
    return f"{parts.netloc.lower()}{'/'.join(segments)}" + (f"?{pairs}" if pairs else "")


def page_number(url: str, text: str) -> int | None:
    """The page number of a pagination link (``?page=3``, ``/page/3``, text "3" or "ถัดไป"), else None.

    A link is pagination when its URL carries a page number and its text is only numbers,
    arrows and page words (a "ข่าวทั้งหมด" link to ``?page=1`` is a list link, not a pager).
    """
    parts = urlsplit(url)
    number = None
    for key, value in parse_qsl(parts.query):
        if key.lower() in PAGE_PARAMS and value.isdigit():
            number = int(value)
    match = _PAGE_PATH.search(unquote(parts.path))
    if match:
        number = int(match[1])
    if number is None:
        return None
    label = _PAGER_DECOR.sub("", _PAGER_WORDS.sub("", text))
    return number if not label else None


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


# NAT64 (RFC 6052): an IPv6 address carrying an IPv4 one in its last 32 bits.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
# Spellings of IPv4 that ipaddress refuses but resolvers accept: 2130706433, 0x7f.1, 0177.0.0.1.
_NUMERIC_HOST = re.compile(r"^(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}$", re.I)


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address ``host`` spells, without any DNS lookup (also 2130706433, 0x7f.0.0.1), or None."""
    host = host.strip("[]").split("%")[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _NUMERIC_HOST.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _internal_ip(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if address.version == 6:  # an IPv4 address wrapped in IPv6 is judged as itself
        mapped = address.ipv4_mapped or address.sixtofour  # type: ignore[union-attr]
        if mapped is None and address in _NAT64:
            mapped = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        address = mapped or address
    return (
        not address.is_global
        or address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_reserved
        or address.is_unspecified
        or address.is_multicast
    )


def is_internal_address(host: str) -> bool:
    """True for loopback, private, link-local, shared (100.64/10), reserved, multicast or
    unspecified addresses (IP literal in any spelling, or any address the name resolves to)."""
    literal = ip_literal(host)
    if literal is not None:
        return _internal_ip(literal)
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False  # unresolvable: the download fails and is recorded as dns
    return any(_internal_ip(ipaddress.ip_address(info[4][0].split("%")[0])) for info in infos)
