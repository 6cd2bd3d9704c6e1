"""The one rendering layer (issue 18): the HTML report comes from reports/templates/, and the web
app draws its status chips and links to crawled pages with the same fragments."""

from __future__ import annotations

from typing import Any

import lxml.html

from oit.web.app import _templates
from reports.html import environment, render_html
from tests.test_reports import make_report

BIDI = "\u202e"  # right-to-left override: reorders what a reader sees
HOSTILE = f"<script>alert(1)</script>{BIDI}\x07"


def _hostile_report() -> dict[str, Any]:
    report = make_report()
    agency = report["agencies"][0]
    agency["name"] = agency["province"] = "ทดสอบ" + HOSTILE
    agency["crawl"]["reason"] = HOSTILE
    item = next(i for i in agency["items"] if not i.get("parts"))
    item["evidence"] = [
        {"url": " javascript:alert(1)", "title": HOSTILE, "date": None, "date_source": None},
        {"url": ' https://a.go.th/x"onmouseover="y ', "title": "ok", "date": None},
    ]
    item["rejected"] = [{"url": "data:text/html,<b>x</b>", "title": None, "reason": HOSTILE}]
    return report


def test_page_text_is_escaped_and_cleaned_everywhere_in_the_report() -> None:
    html = render_html(_hostile_report())
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert BIDI not in html and "\x07" not in html  # dropped from every value, attributes included
    doc = lxml.html.fromstring(html)
    assert not doc.xpath("//script") and not doc.xpath("//*[@onmouseover]")
    hrefs = doc.xpath("//a/@href")
    assert all(h.startswith(("#", "http://", "https://")) for h in hrefs), hrefs
    assert (
        'https://a.go.th/x"onmouseover="y' in hrefs
    )  # stripped by safe_href, quote kept inside the value


def test_the_web_app_and_the_report_draw_the_same_chip_and_link() -> None:
    web = _templates().get_template("report/_fragments.html").module
    report = environment().get_template("_fragments.html").module
    for status in ("ok", "stale", "not_checked"):
        assert str(web.chip(status)) == str(report.chip(status))
        assert f'class="st st-{status}"' in str(web.chip(status))
    for url in ("https://a.go.th/", "javascript:alert(1)", "data:text/html,x", None):
        assert str(web.link(url, "t<b>")) == str(report.link(url, "t<b>"))
    assert str(web.link("javascript:alert(1)", "x")) == "<span>x</span>"
    assert str(web.link(" https://a.go.th/ ", "<b>")) == (
        '<a href="https://a.go.th/" rel="noopener noreferrer nofollow">&lt;b&gt;</a>'
    )


def test_only_the_report_templates_lose_their_line_breaks() -> None:
    # reports/templates/ are laid out on many lines but render as one; the web app's keep theirs.
    assert "\n" not in str(_templates().get_template("report/_fragments.html").module.chip("ok"))
    source = environment().loader.get_source(environment(), "report.html")[0]  # type: ignore[union-attr]
    assert source.count("\n") > 100
    report = make_report()
    html = render_html(report)
    assert html.count("\n") == render_html(report).split("<style>")[1].split("</style>")[0].count(
        "\n"
    )
    assert "\n" in _templates().get_template("empty.html").render(message="x", looks={})


def test_the_web_app_cleans_page_text_as_the_report_does() -> None:
    page = _templates().get_template("empty.html").render(message=HOSTILE, looks={})
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;" in page and BIDI not in page and "\x07" not in page
    )
