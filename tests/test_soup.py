"""checklist.soup builds the tree BeautifulSoup(html, "lxml") builds, and answers the extraction's
queries as BeautifulSoup answers them on its tree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from bs4 import Tag as SoupTag

from checklist.soup import Document, Tag, Text, parse

# Our own markup with what a builder could get wrong: list attributes (class, rel, headers),
# namespaced and odd attribute names (xml:lang, xlink:href, "{x}"), comments, whitespace-only
# strings (kept inside <pre>), entities, unclosed and misnested elements, a doctype, the string
# kinds of script/style/template/ruby, a stray end tag, class words split at Unicode whitespace.
PAGE = """<!DOCTYPE html>
<html lang="th" xml:lang="th"><head><title>หน่วยงาน &amp; ข่าว</title>
<meta charset="utf-8"><link rel="stylesheet alternate" href="/s.css">
<script type="application/ld+json">{"dateModified": "2024-01-02"}</script>
<style>p { color: red }</style></head>
<body class=" page  home ">
<!-- เมนู -->
<nav id="main-menu" class="navbar navbar-expand"><ul><li><a href="/a" rel="nofollow noopener">ก</a>
<li><a href="#" class="tab active" data-toggle="tab">ข</a></ul></nav>
<table class="table"><caption>O1 ตาราง</caption><tr><th id="h1">O1</th><td headers="h1 h2"><a href="/o1.pdf">คลิก</a></td></tr>
<tr><td>1.1.2</td><td><p>ไฟล์ <b>แนบ<i>ท้าย</b></i></p></td></tr></table></span>
<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#i"></use></svg>
<div {x}="1" {{ $attributes }} class="">แม่แบบ</div>
<div class="a\u00a0b\u3000c\u2003d\x85e\x0bf\x1cg">ช่องว่างแปลก</div>
<p>   </p><p>
</p><pre>  \n  </pre><textarea>  </textarea>
<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>
<template><p>ไม่แสดง</p></template><noscript><img src="/n.png"></noscript>
<h2>ประกาศ</h2><div role="tabpanel" class="tab-pane fade">เนื้อหา</div>
<div class="footer  site-footer">© 2567<br>โทร 0 2123 4567</div>
</body></html>"""

_KINDS = {
    "NavigableString": "Text",
    "TemplateString": "TemplateText",
    "RubyTextString": "RubyText",
    "RubyParenthesisString": "RubyParenthesis",
}


def _shape(root) -> list[tuple]:
    """Every node in document order: elements with their attributes and number of children,
    strings with their kind and text."""
    out: list[tuple] = []
    for node in root.descendants:
        if isinstance(node, (Tag, SoupTag)):
            attrs = tuple(
                (str(k), v if isinstance(v, str) else tuple(v)) for k, v in node.attrs.items()
            )
            out.append((node.name, attrs, len(node.contents)))
        else:
            kind = type(node).__name__
            out.append((_KINDS.get(kind, kind), str(node)))
    return out


def _same_tree(html: str) -> tuple[Document, BeautifulSoup]:
    ours, theirs = parse(html), BeautifulSoup(html, "lxml")
    assert _shape(ours) == _shape(theirs)
    return ours, theirs


def test_same_tree_as_beautifulsoup():
    ours, _ = _same_tree(PAGE)
    nav = ours.find("nav")
    assert nav is not None and nav["class"] == ["navbar", "navbar-expand"]
    assert ours.find("pre").contents[0].text == "  \n  "  # whitespace kept inside <pre>


@pytest.mark.filterwarnings("ignore:It looks like you're using an HTML parser")
@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "\ufeff<p>x</p>",
        "<!-- only a comment -->",
        "<title>t</title><style>x</style><section><p>มาตรา</p></section>",
        "<p>a<!--x-->b</p></p></div><div><table><tr><td>1<td>2</table>",
        '<?xml version="1.0"?><root><item>x</item></root>',
    ],
)
def test_odd_documents_as_beautifulsoup(html):
    _same_tree(html)


def _key(node) -> object:
    return None if node is None else (node.name, _shape(node))


def test_queries_answer_as_beautifulsoup():
    ours, theirs = _same_tree(PAGE)
    pairs = list(zip(ours.find_all(True), theirs.find_all(True), strict=True))
    assert pairs
    for mine, other in pairs:
        assert mine.get_text(" ") == other.get_text(" ")
        assert mine.get_text() == other.get_text()
        assert [p.name for p in mine.parents] == [p.name for p in other.parents]
        for name in ("a", "tr", ("td", "th"), ["li", "p"], "nav", "table", ("h2", "caption")):
            assert _key(mine.find_parent(name)) == _key(other.find_parent(name))
            assert [_key(t) for t in mine.find_all(name)] == [_key(t) for t in other.find_all(name)]
            assert _key(mine.find(name)) == _key(other.find(name))
            assert [_key(t) for t in mine.find_all(name, recursive=False)] == [
                _key(t) for t in other.find_all(name, recursive=False)
            ]
            assert _key(mine.find_next(name)) == _key(other.find_next(name))
            assert _key(mine.find_previous(name)) == _key(other.find_previous(name))
            assert [_key(t) for t in mine.find_previous_siblings(name)] == [
                _key(t) for t in other.find_previous_siblings(name)
            ]
        assert [_key(t) for t in mine.find_all(True)] == [_key(t) for t in other.find_all(True)]
        assert [_key(t) for t in mine.find_next_siblings()] == [
            _key(t) for t in other.find_next_siblings()
        ]
        assert _key(mine.find_next_sibling(True)) == _key(other.find_next_sibling(True))
    pane = re.compile(r"(?i)^tab-(?:content|pane)s?$")
    assert _key(ours.find_class(pane)) == _key(theirs.find(class_=pane)) != None  # noqa: E711
    assert _key(ours.find_attr("role", "tabpanel")) == _key(theirs.find(attrs={"role": "tabpanel"}))


def test_removing_and_moving_keep_document_order():
    ours, theirs = _same_tree(PAGE)
    for name in ("script", "style", "template", "noscript"):
        for mine, other in zip(ours.find_all(name), theirs.find_all(name), strict=True):
            ours.remove(mine)
            other.decompose()
    assert _shape(ours) == _shape(theirs)
    # A comment removed from between two strings leaves both.
    doc = parse("<p>a<!--x-->b</p>")
    comment = doc.find("p").contents[1]
    doc.remove(comment)
    assert [n.text for n in doc.find("p").descendants if isinstance(n, Text)] == ["a", "b"]
    # Moved nodes are found in their new place once the document is renumbered.
    table = ours.find("table")
    body = ours.body
    assert table is not None and body is not None
    body.insert(0, table.extract())
    ours.renumber()
    other_table = theirs.find("table")
    theirs.body.insert(0, other_table.extract())
    assert _shape(ours) == _shape(theirs)
    assert _key(ours.find("h2").find_previous("caption")) == _key(
        theirs.find("h2").find_previous("caption")
    )


_EVAL_PAGES = sorted(
    p
    for p in (Path(__file__).parent / "eval" / "pages").rglob("*")
    if p.suffix.lower() in (".html", ".htm", ".php") and p.is_file()
)


@pytest.mark.parametrize("path", _EVAL_PAGES, ids=lambda p: p.name)
def test_evaluation_pages_same_tree(path):
    """The evaluation set's pages (whole agency-site pages) give BeautifulSoup's tree, node for node."""
    _same_tree(path.read_text(encoding="utf-8", errors="replace"))


def test_extracted_tree_is_freed_without_the_cyclic_collector():
    """extract_page unlinks the tree (removed parts included) and the parser does not keep it:
    no node of it is left for the cyclic collector, the crawl's most frequent collections."""
    import gc

    from checklist.extract import extract_page

    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        extract_page(PAGE, "http://x.test/")
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, (Tag, Text))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert left == []
