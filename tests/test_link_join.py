"""checklist.extract joins an href to the page as urljoin does, whatever it caches by."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

from hypothesis import given, settings
from hypothesis import strategies as st

from checklist.extract import _SKIP_SCHEMES, _absolute, join_base


def _reference(base: str, href: str) -> str | None:
    """The join before any cache: urljoin on the page's own base."""
    href = href.strip()
    if not href or href.lower().startswith(_SKIP_SCHEMES):
        return None
    try:
        url = urldefrag(urljoin(base, href))[0]
    except ValueError:  # "http://[link]": no link (not a page the extraction cannot read)
        return None
    return url if url.startswith(("http://", "https://")) else None


def _ours(base: str, href: str) -> str | None:
    return _absolute(base, href)


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


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(_BASES), st.lists(st.sampled_from(_PIECES), max_size=6).map("".join))
def test_joined_to_what_urljoin_reads_of_the_base_an_href_gives_the_same_url(
    base: str, href: str
) -> None:
    # crawler.spiders.agency.link_rows joins raw hrefs (not stripped) this way.
    for raw in (href, f" {href}", f"{href}\n"):
        try:
            expected = urljoin(base, raw)
        except ValueError:
            continue
        assert urljoin(join_base(base, raw), raw) == expected


def test_an_href_urljoin_cannot_read_is_no_link_and_the_page_is_still_read() -> None:
    from checklist.extract import extract_page

    html = (
        '<html><body><table><tr><td>O1 โครงสร้าง <a href="http://[link]/o1.pdf">คลิก</a></td>'
        '</tr></table><p>ข่าว <a href="/news.html">ข่าวประชาสัมพันธ์</a></p></body></html>'
    )
    content = extract_page(html, "http://a.go.th/")
    assert [link.url for link in content.links] == ["http://a.go.th/news.html"]
    assert "O1 โครงสร้าง" in " ".join(block.text for block in content.blocks)


def test_a_base_href_that_is_no_address_leaves_the_page_its_own_base() -> None:
    from checklist.extract import extract_page

    for base in ("http://[link]/", "http://[::1", "//[a]/"):
        html = f'<html><head><base href="{base}"></head><body><a href="x.html">x</a></body></html>'
        content = extract_page(html, "http://a.go.th/dir/page.php")
        assert [link.url for link in content.links] == ["http://a.go.th/dir/x.html"]
