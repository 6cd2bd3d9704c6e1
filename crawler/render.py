"""Rendering the pages that need JavaScript: scrapy-playwright on the system Chromium.

Only a page whose markup says a script builds it (:mod:`crawler.javascript`) is asked
for again through the browser (README "Pages that need JavaScript"); every other
request goes through Scrapy's own downloader, which the playwright handler falls back
to. The browser is the system's Chromium (``/usr/bin/chromium``, or ``OIT_CHROMIUM``):
browser builds are never downloaded. Without it, or without scrapy-playwright, nothing
is rendered and such pages count as unread for the checklist items they stand for.

The browser fetches what a page loads by itself, outside the crawler's scope guard,
so :func:`abort_request` lets through only the page's own site (documents, data
requests), scripts from named hosts (CDNs), and nothing at an internal IP address
other than the agency's own. That filter does not see redirect hops nor what a name
resolves to; in a public-only crawl (a stranger's web self-check) the browser is
therefore also launched with resolver rules (:func:`public_only_launch`): each host
the crawl's guard passed maps to its vetted address and every other name or IP
address, redirects and script navigations included, to "not found". The browser
makes no DNS query of its own and can reach nothing the guard did not vet.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import re
import shutil
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from crawler import urls

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
HANDLER = "crawler.download_handler.BrowserOnDemandHandler"  # Scrapy's; scrapy-playwright on demand
MAX_RENDERS = 40  # pages rendered per site crawl; beyond, they count as unread
_DATA = frozenset({"document", "xhr", "fetch"})
_LOADED = _DATA | {"script"}  # images, fonts, styles, media: not needed to read the text
# Site keys of the agencies crawled by this process (one browser per crawl, one process
# for several crawls): a rendered page may load from these sites.
_SITES: set[str] = set()


def find_chromium() -> str | None:
    """The system Chromium to drive, or None when there is none (or no scrapy-playwright)."""
    if importlib.util.find_spec("scrapy_playwright") is None:
        return None
    wanted = os.environ.get("OIT_CHROMIUM")
    for path in (wanted,) if wanted else CHROMIUM_PATHS:
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    found = shutil.which("chromium")
    return found if found and not wanted else None


def launch_options(path: str) -> dict[str, Any]:
    # Chromium refuses to run as root with its sandbox on (containers, CI).
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    return {"executable_path": path, "headless": True, "args": ["--no-sandbox"] if root else []}


# Switches a public-only launch sets itself (a value given elsewhere is dropped).
PUBLIC_ONLY_SWITCHES = (
    "--host-resolver-rules",
    "--proxy",
    "--no-proxy-server",
    "--webrtc-ip-handling-policy",
)
# A host name the rules may carry: anything else (a comma, a space) could add a rule.
_RULE_HOST = re.compile(r"^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$")


def resolver_rules(hosts: Iterable[Any]) -> str:
    """Chromium ``--host-resolver-rules`` for ``hosts`` (netguard.Vetted: host, addresses):
    each maps to its first vetted address (IPv4 first, as the crawler connects), every other
    host, IP literals included, is not found. Rules are matched in order; the first wins."""
    rules = []
    for vetted in hosts:
        addresses = sorted(vetted.addresses, key=lambda a: ipaddress.ip_address(a).version)
        if not addresses:
            continue
        literal = urls.ip_literal(vetted.host)
        if literal is not None:  # canonical, as the browser spells it; IPv6 without brackets
            host = str(literal)
        elif _RULE_HOST.match(vetted.host):
            host = vetted.host
        else:
            continue
        address = ipaddress.ip_address(addresses[0])
        rules.append(f"MAP {host} {f'[{address}]' if address.version == 6 else address}")
    return ", ".join([*rules, "MAP * ~NOTFOUND"])


def public_only_launch(options: dict[str, Any], hosts: Iterable[Any]) -> dict[str, Any]:
    """``options`` for the browser of a public-only crawl: it may connect only to ``hosts``
    at their vetted addresses, through no proxy (a proxy would resolve names itself), and
    WebRTC sends no UDP (STUN to an IP literal goes around the resolver)."""
    args = [a for a in options.get("args", []) if not a.startswith(PUBLIC_ONLY_SWITCHES)]
    keep = {k: v for k, v in options.items() if k not in ("args", "proxy")}
    return {
        **keep,
        "args": [
            *args,
            "--no-proxy-server",
            "--webrtc-ip-handling-policy=disable_non_proxied_udp",
            f"--host-resolver-rules={resolver_rules(hosts)}",
        ],
    }


def allow_site(url: str) -> None:
    """Let rendered pages load from the site of ``url`` (the agency's home page)."""
    _SITES.add(urls.site_key(url))


def abort_request(request: Any) -> bool:
    """True for a browser request a rendered page may not make (PLAYWRIGHT_ABORT_REQUEST)."""
    return not request_allowed(request.url, request.resource_type)


def request_allowed(url: str, resource_type: str, sites: set[str] | None = None) -> bool:
    sites = _SITES if sites is None else sites
    if resource_type not in _LOADED or urlsplit(url).scheme not in ("http", "https"):
        return False
    key = urls.site_key(url)
    if key in sites:
        return True
    host = (urlsplit(url).hostname or "").lower()
    literal = urls.ip_literal(host)
    if literal is not None and urls.is_internal_address(host):
        return False
    if resource_type == "script":
        return True  # bundles from CDNs
    # Data from the agency's own subdomains (api.<site>), never from elsewhere.
    return any(host.endswith("." + site.split(":")[0]) for site in sites)


def render_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """The meta of the same request again, through the browser."""
    keep = {k: v for k, v in meta.items() if not k.startswith(("download_", "redirect_", "retry_"))}
    return {
        **keep,
        "download_slot": meta.get("download_slot"),
        "playwright": True,
        "playwright_page_goto_kwargs": {"wait_until": "networkidle"},
        "rendered": True,
    }
