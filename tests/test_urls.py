from __future__ import annotations

from crawler import urls


def test_canonical_drops_sessions_fragments_and_sorts_query() -> None:
    assert (
        urls.canonical("HTTP://Www.A.go.th:80/news.php?b=2&PHPSESSID=x&a=1#top")
        == "http://www.a.go.th/news.php?a=1&b=2"
    )
    assert urls.canonical("http://a.go.th/x;jsessionid=ABC?id=3") == "http://a.go.th/x?id=3"


def test_same_site_ignores_scheme_and_www_but_not_port() -> None:
    assert urls.same_site("https://www.a.go.th/x", "http://a.go.th/")
    assert not urls.same_site("http://127.0.0.1:8001/", "http://127.0.0.1:8002/")
    assert not urls.same_site("http://evil.test/", "http://a.go.th/")


def test_traps_and_document_types() -> None:
    assert urls.looks_like_trap("http://a.go.th/a/b/a/b/a/b/a/") == "repeated-path-segments"
    assert urls.looks_like_trap("http://a.go.th/news/2569/10/") is None
    assert urls.extension("http://a.go.th/files/%E0%B9%81%E0%B8%9C%E0%B8%99.PDF") == ".pdf"
    assert urls.is_external_evidence("https://drive.google.com/file/d/1/view")


def test_internal_addresses() -> None:
    for host in ("127.0.0.1", "10.1.2.3", "169.254.169.254", "[::1]", "192.168.1.1", "0.0.0.0"):
        assert urls.is_internal_address(host), host
    assert not urls.is_internal_address("8.8.8.8")


def test_entry_patterns_group_list_entries_only() -> None:
    assert (
        urls.entry_pattern("http://a.go.th/gallery/album-12.html") == "a.go.th/gallery/album-#.html"
    )
    assert (
        urls.entry_pattern("http://a.go.th/gallery/album-7.html") == "a.go.th/gallery/album-#.html"
    )
    assert urls.entry_pattern("http://a.go.th/2026/11/24/a-slug/") == "a.go.th/#/#/#/*/"
    assert urls.entry_pattern("http://a.go.th/news.php?id=5&cat=2") == "a.go.th/news.php?cat=#&id=#"
    assert urls.entry_pattern("http://a.go.th/news.php?cat=x") is None  # no number: a menu page
    assert urls.entry_pattern("http://a.go.th/structure.html") is None


def test_page_numbers_of_pagers_but_not_of_list_links() -> None:
    assert urls.page_number("http://a.go.th/news.php?page=3", "หน้า 1 2 3 4 5") == 3
    assert urls.page_number("http://a.go.th/blog/page/4/", "ถัดไป »") == 4
    assert urls.page_number("http://a.go.th/news.php?page=1", "ข่าวทั้งหมด") is None
    assert urls.page_number("http://a.go.th/news.php?id=3", "3") is None


def test_scope_on_a_shared_host_is_the_agency_prefix() -> None:
    home = "https://sites.google.com/view/bansuan/home"
    assert urls.in_scope("https://sites.google.com/view/bansuan/ita", home)
    assert not urls.in_scope("https://sites.google.com/view/other/ita", home)
    assert not urls.in_scope("https://sites.google.com/view/bansuan2/ita", home)
    assert urls.in_scope("https://sites.google.com/view/bansuan", home)
    assert urls.in_scope("https://www.a.go.th/x", "http://a.go.th/")


def test_aspnet_cookieless_session_in_path_is_dropped() -> None:
    assert (
        urls.canonical("http://a.go.th/(S(abcdefghijklmnopqrstuvwx))/page.aspx?id=1")
        == "http://a.go.th/page.aspx?id=1"
    )
