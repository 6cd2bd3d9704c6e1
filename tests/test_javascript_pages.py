"""Which pages need JavaScript (crawler.javascript), and what a rendered page may load (crawler.render)."""

from __future__ import annotations

import pytest

from checklist.extract import extract_page
from crawler import render
from crawler.javascript import javascript_reason
from tests import fixtures_javascript as pages


def reason(markup: str) -> str | None:
    return javascript_reason(markup, extract_page(markup, "http://x.test/page.html"))


@pytest.mark.parametrize(
    "markup",
    [pages.IMAGE_EXPORT, pages.EMPTY_TEMPLATE, pages.GALLERY],
    ids=["image-export", "empty-template", "gallery"],
)
def test_a_page_that_shows_nothing_is_an_empty_page_not_a_script_page(markup: str) -> None:
    assert reason(markup) is None


def test_a_server_rendered_page_with_a_noscript_banner_and_ajax_counter_is_ordinary() -> None:
    assert reason(pages.SERVER_PAGE) is None


@pytest.mark.parametrize(
    ("markup", "why"),
    [
        (pages.SPA_SHELL, "noscript"),
        (pages.VUE_SHELL, "noscript"),
        (pages.SCRIPT_FILL, "script-fill"),
    ],
    ids=["react-shell", "vue-shell-thai-noscript", "script-fill"],
)
def test_script_built_pages_need_javascript(markup: str, why: str) -> None:
    assert reason(markup) == why


def test_an_empty_app_root_beside_a_bundle_needs_javascript_without_noscript() -> None:
    shell = (
        "<html><head><title>x</title><script type='module' src='/assets/app.js'></script></head>"
        '<body><div id="__next"></div></body></html>'
    )
    assert reason(shell) == "app-root"
    # The same root with content in it, or without a bundle, is not a shell.
    assert (
        reason(shell.replace('<div id="__next"></div>', '<div id="__next"><p>ประกาศ</p></div>'))
        is None
    )
    assert reason(shell.replace("<script type='module' src='/assets/app.js'></script>", "")) is None


def test_a_noscript_message_on_a_page_with_content_does_not_count() -> None:
    body = "<p>" + "ข่าวกิจกรรมของเทศบาล " * 20 + "</p>"
    assert (
        reason(pages.SPA_SHELL.replace("<div id='root'></div>", f"<div id='root'>{body}</div>"))
        is None
    )


def test_rendered_pages_load_only_the_site_scripts_and_its_own_data() -> None:
    sites = {"agency.go.th", "127.0.0.1:8080"}
    allowed = render.request_allowed
    assert allowed("https://www.agency.go.th/news", "document", sites)
    assert allowed("https://api.agency.go.th/v1/news", "xhr", sites)
    assert allowed("https://cdn.jsdelivr.net/npm/vue.js", "script", sites)
    assert allowed("http://127.0.0.1:8080/api", "fetch", sites)  # the agency's own loopback (tests)
    assert not allowed("https://tracker.example.com/collect", "xhr", sites)
    assert not allowed("https://other.go.th/", "document", sites)
    assert not allowed("http://169.254.169.254/latest/meta-data/", "script", sites)
    assert not allowed("http://127.0.0.1:8000/viewRules", "fetch", sites)  # another local port
    assert not allowed("https://www.agency.go.th/banner.jpg", "image", sites)  # text only
    assert not allowed("file:///etc/passwd", "document", sites)


def test_render_meta_asks_the_browser_once_and_keeps_the_crawl_meta() -> None:
    meta = render.render_meta(
        {
            "depth": 2,
            "key": "k",
            "items": ("5.11",),
            "redirect_urls": ["a"],
            "download_slot": "s",
            "download_latency": 1.0,
        }
    )
    assert meta["playwright"] is True and meta["rendered"] is True
    assert meta["items"] == ("5.11",) and meta["depth"] == 2 and meta["download_slot"] == "s"
    assert "redirect_urls" not in meta and "download_latency" not in meta


def test_chromium_is_taken_from_the_system_only(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("OIT_CHROMIUM", str(tmp_path / "absent"))
    assert render.find_chromium() is None  # asked for one that is not there: none, no fallback
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("OIT_CHROMIUM", str(fake))
    assert render.find_chromium() == str(fake)
    assert render.launch_options(str(fake))["executable_path"] == str(fake)


def test_a_view_without_body_that_opens_with_a_style_is_read_not_empty() -> None:
    from scrapy.http import HtmlResponse

    from crawler.records import Budget
    from crawler.responses import read_response

    response = HtmlResponse("http://x.test/", body=pages.BODYLESS_VIEW.encode(), encoding="utf-8")
    page = read_response(response, Budget())
    assert page.content is not None and not page.content.needs_javascript
    assert any("ให้บริการสุขภาพ" in b.text for b in page.content.blocks)
    assert [link.text for link in page.content.links] == ["ข่าวประชาสัมพันธ์"]


def test_a_page_whose_menus_are_empty_custom_elements_of_its_own_script_needs_javascript() -> None:
    # Seen on a real university office's site: a page with text of its own, whose top menu, section
    # menus and footer are custom elements that the site's js/components.js fills. Our own markup.
    page = (
        "<html><head><title>สำนักวิทยบริการ</title><script src='js/components.js'></script></head>"
        "<body><top-menu></top-menu><main><h1>ข่าวประชาสัมพันธ์</h1><p>"
        + "สำนักวิทยบริการเปิดให้บริการห้องสมุดในวันเสาร์และวันอาทิตย์ตลอดภาคเรียน " * 5
        + "</p><a href='#'>ข่าวทั้งหมด</a></main><page-footer></page-footer></body></html>"
    )
    assert reason(page) == "custom-elements"
    # The same page with its menu in the markup is navigable without scripts.
    menu = "".join(f"<a href='/p{i}.php'>หน้า {i}</a>" for i in range(8))
    assert reason(page.replace("<top-menu></top-menu>", f"<nav>{menu}</nav>")) is None
    # Web components from a library on a CDN (icons) do not build the site's navigation.
    library = page.replace("js/components.js", "https://cdn.example.com/ionicons.js")
    assert reason(library) is None
    # An inline script defining the elements builds it as well.
    inline = library.replace(
        "</head>",
        "<script>customElements.define('top-menu', class extends HTMLElement {})</script></head>",
    )
    assert reason(inline) == "custom-elements"
