"""checklist.extract joins an href to the page as urljoin does, whatever it caches by."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

from hypothesis import given, settings
from hypothesis import strategies as st

from checklist.extract import _SKIP_SCHEMES, _absolute


def _reference(base: str, href: str) -> str | None:
    """The join before any cache: urljoin on the page's own base."""
    href = href.strip()
    if not href or href.lower().startswith(_SKIP_SCHEMES):
        return None
    try:
        url = urldefrag(urljoin(base, href))[0]
    except ValueError:
        return "ValueError"
    return url if url.startswith(("http://", "https://")) else None


def _ours(base: str, href: str) -> str | None:
    try:
        return _absolute(base, href)
    except ValueError:
        return "ValueError"


_BASES = [
    "http://a.test/x/y.php?id=3",
    "https://a.test:8443/",
    "http://b.test",
    "https://b.test/dir/",
    "http://a.test/x/y.php?id=3#frag",
    "HTTP://A.test/up",
    "ftp://c.test/",
]
_PIECES = [
    "http:",
    "https:",
    "HTTP:",
    "//",
    "/",
    "\t",
    "\n",
    " ",
    "a.test",
    "b.test",
    "..",
    ".",
    "x",
    ";p",
    "?q=1",
    "#f",
    ":80",
    "[",
    "@",
    "\\",
    "%2F",
    "ข่าว",
]


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(_BASES), st.lists(st.sampled_from(_PIECES), max_size=6).map("".join))
def test_the_join_is_urljoins_for_any_href(base: str, href: str) -> None:
    assert _ours(base, href) == _reference(base, href)


def test_menu_links_of_two_pages_of_a_site_join_alike() -> None:
    hrefs = ("/news/1", "https://a.test/news/1", "http://a.test/news/1", "/\t/other.test/")
    # A host that urljoin reads as empty once it drops the tab: the page's own host stands in.
    hrefs += ("https://\t/news/1", "https://\n/news/1", "http://\r/")
    for href in hrefs:
        for base in ("https://a.test/", "https://a.test/dir/page.php?x=1"):
            assert _ours(base, href) == _reference(base, href)
