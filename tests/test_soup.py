"""checklist.soup builds the tree BeautifulSoup's own lxml builder builds, and answers name queries alike."""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from checklist.soup import FastTag, parse

# Our own markup with what a builder shortcut could get wrong: list attributes (class, rel,
# headers), namespaced attributes and elements (svg, xlink, xml:lang), comments, whitespace-only
# strings, entities, unclosed elements, a doctype.
PAGE = """<!DOCTYPE html>
<html lang="th" xml:lang="th"><head><title>หน่วยงาน &amp; ข่าว</title>
<meta charset="utf-8"><link rel="stylesheet alternate" href="/s.css"></head>
<body class=" page  home ">
<!-- เมนู -->
<nav id="main-menu" class="navbar navbar-expand"><ul><li><a href="/a" rel="nofollow noopener">ก</a>
<li><a href="#" class="tab active" data-toggle="tab">ข</a></ul></nav>
<table class="table"><tr><th id="h1">O1</th><td headers="h1 h2"><a href="/o1.pdf">คลิก</a></td></tr>
<tr><td>1.1.2</td><td><p>ไฟล์ <b>แนบ<i>ท้าย</b></i></p></td></tr></table>
<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#i"></use></svg>
<p>   </p><p>
</p><div class="footer  site-footer">© 2567</div>
</body></html>"""


def _shape(soup: BeautifulSoup) -> list[tuple]:
    out: list[tuple] = []
    for node in soup.descendants:
        if isinstance(node, Tag):
            attrs = tuple(
                (k, type(v).__name__, v if isinstance(v, str) else tuple(v))
                for k, v in node.attrs.items()
            )
            out.append((node.name, node.prefix, node.namespace, attrs, len(node.contents)))
        else:
            out.append((type(node).__name__, str(node)))
    return out


def test_same_tree_as_beautifulsoup():
    assert _shape(parse(PAGE)) == _shape(BeautifulSoup(PAGE, "lxml"))
    assert parse(PAGE).find("nav")["class"] == ["navbar", "navbar-expand"]


def test_name_queries_answer_as_beautifulsoup():
    ours, theirs = parse(PAGE), BeautifulSoup(PAGE, "lxml")
    assert isinstance(ours.find("a"), FastTag)
    pairs = list(zip(ours.find_all(True), theirs.find_all(True), strict=True))
    for mine, other in pairs:
        for name in ("a", "tr", ("td", "th"), ["li", "p"], "nav"):
            found, expected = mine.find_parent(name), other.find_parent(name)
            assert (found is None) == (expected is None)
            assert found is None or (found.name, str(found)) == (expected.name, str(expected))
            assert [str(t) for t in mine.find_all(name)] == [str(t) for t in other.find_all(name)]
            assert str(mine.find(name)) == str(other.find(name))
            kids = [str(t) for t in mine.find_all(name, recursive=False)]
            assert kids == [str(t) for t in other.find_all(name, recursive=False)]
    # queries with attributes or strings are BeautifulSoup's own
    assert ours.find("a", href="/o1.pdf").get_text() == "คลิก"
    assert ours.find_all(string="ก") == ["ก"]
    assert isinstance(ours.find_all(string="ก")[0], NavigableString)
