"""Does a page need JavaScript to show its content? Narrowly, from its markup. Pure.

A page that shows nothing (an image-only export, an empty template, a gallery of
pictures with captions) is an *empty page*: it is read, and it is evidence for what
its text says, which may be nothing. Only a page whose own markup says that a
script builds it needs JavaScript (README "Pages that need JavaScript"):

- ``noscript``: a ``<noscript>`` message that JavaScript must be enabled
  ("You need to enable JavaScript to run this app", "กรุณาเปิดใช้งาน JavaScript");
- ``app-root``: an empty application root (``<div id="root"></div>``,
  ``<div id="app">``, ``<app-root>``, ``__next``, ``__nuxt`` ...) beside a script bundle;
- ``script-fill``: an inline script that fetches data (``fetch``, ``$.ajax``,
  ``XMLHttpRequest`` ...) and writes it into the page (``innerHTML``, ``.append(`` ...).

- ``custom-elements``: the page's navigation is an empty custom element
  (``<main-menu></main-menu>``) that a script of the site itself fills (a page of its own,
  with text, whose every menu, section link and footer is written by ``js/components.js``):
  the text is there, the way to the rest of the site is not. Judged by links alone.

and otherwise the page has almost no text of its own (``MAX_TEXT`` characters in
its main region) and few links: a server-rendered page with a noscript banner or an
AJAX visitor counter is an ordinary page.
"""

from __future__ import annotations

import re

from checklist.model import PageContent

MAX_TEXT = 200  # characters of main-region text: more is a page that shows content without scripts
MAX_LINKS = 5  # a page with more links than this is navigable without scripts
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>(.*?)</noscript\s*>", re.I | re.S)
_ENABLE_JS = re.compile(
    r"(enable|turn on|requires?|need|without)\b[^<]{0,60}javascript|javascript\b[^<]{0,40}"
    r"(required|disabled|enabled|must)|เปิด(?:ใช้งาน|ใช้)?\s*(?:javascript|จาวาสคริปต์)|"
    r"(?:javascript|จาวาสคริปต์)[^<]{0,30}(?:ปิด|ไม่ได้เปิด)",
    re.I,
)
# An element that a framework mounts the application into, with nothing inside it.
_APP_ROOT = re.compile(
    r"<(div|main|section)\b[^>]*\b(?:id\s*=\s*[\"']?(?:app|root|__next|__nuxt|q-app|"
    r"svelte|main-app|app-root|react-root|vue-app)[\"'\s>]|ng-app\b|data-reactroot\b)[^>]*>"
    r"\s*(?:<!--.*?-->\s*)*</\1\s*>|<(app-root|ng-view)\b[^>]*>\s*</\2\s*>",
    re.I | re.S,
)
# An empty element of a custom tag (a hyphen in its name, HTML's rule for custom elements).
_EMPTY_CUSTOM = re.compile(r"<([a-z][a-z0-9]*-[a-z0-9-]*)\b[^>]*>\s*</\1\s*>", re.I)
# A script of the site itself (a relative source), or an inline one defining custom elements: a
# library's web components (icons from a CDN) do not build a site's navigation.
_OWN_SCRIPT = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?![a-z][a-z0-9+.-]*:|//)[^\"'\s>]+|customElements\.define\s*\(",
    re.I,
)
_BUNDLE = re.compile(r"<script\b[^>]*\b(?:src\s*=|type\s*=\s*[\"']?module)", re.I)
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.I | re.S)
_FETCHES = re.compile(
    r"\bfetch\s*\(|\$\.(?:ajax|get|getJSON|post)\s*\(|\bXMLHttpRequest\b|\baxios\b|\.load\s*\(\s*['\"]"
)
_WRITES = re.compile(
    r"\.innerHTML\s*[+]?=|\.appendChild\s*\(|\.append\s*\(|\.html\s*\(|"
    r"insertAdjacentHTML|\.prepend\s*\(|\.load\s*\(\s*['\"]"
)


def javascript_reason(html: str, content: PageContent) -> str | None:
    """Why ``html`` (whose extracted content is ``content``) needs JavaScript, or None."""
    if len(content.links) > MAX_LINKS:
        return None
    if _EMPTY_CUSTOM.search(html) and _OWN_SCRIPT.search(html):
        return "custom-elements"
    main_chars = sum(len(b.text) for b in content.blocks if b.region == "main")
    if main_chars >= MAX_TEXT:
        return None
    if any(_ENABLE_JS.search(_strip_tags(m.group(1))) for m in _NOSCRIPT.finditer(html)):
        return "noscript"
    if _APP_ROOT.search(html) and _BUNDLE.search(html):
        return "app-root"
    for m in _INLINE_SCRIPT.finditer(html):
        code = m.group(1)
        if _FETCHES.search(code) and _WRITES.search(code):
            return "script-fill"
    return None


def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text)
