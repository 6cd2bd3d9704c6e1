"""The one status vocabulary (checklist/statuses.py) and the one set of rules for website text
and URLs (reports/untrusted.py): complete, consistent, and what every layer reads."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from checklist.statuses import (
    BEST_FIRST,
    COMPLIANCE,
    CRAWL_LOOKS,
    CRAWL_STATUSES,
    STATUS_LOOKS,
    STATUSES,
    WORST_FIRST,
    CrawlStatus,
    Status,
    crawl_look,
    look,
)
from reports.untrusted import html_text, safe_href, terminal_text, xml_text

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_STATUSES = ("ok", "stale", "undated", "missing", "not_checked")  # shared/contract.md
HEX = re.compile(r"^#(?:[0-9a-f]{3}|[0-9a-f]{6})$")


def test_statuses_are_the_contracts_in_its_order() -> None:
    assert STATUSES == CONTRACT_STATUSES
    assert CRAWL_STATUSES == ("ok", "partial", "failed")
    assert json.dumps({Status.OK: Status.MISSING}) == '{"ok": "missing"}'  # a member is its string


@pytest.mark.parametrize("order", [BEST_FIRST, WORST_FIRST])
def test_every_order_holds_every_status_once(order: tuple[Status, ...]) -> None:
    assert sorted(order) == sorted(Status)


def test_orders_agree_on_compliance() -> None:
    # Good to bad for people, worst first for the roll-up: the same ranking of verdicts on evidence.
    assert COMPLIANCE == ("ok", "undated", "stale", "missing")
    assert [s for s in WORST_FIRST if s in COMPLIANCE] == list(reversed(COMPLIANCE))
    assert BEST_FIRST[-1] == WORST_FIRST[1] == Status.NOT_CHECKED


def test_every_status_and_crawl_status_has_words_symbol_and_colours() -> None:
    assert set(STATUS_LOOKS) == set(Status) and set(CRAWL_LOOKS) == set(CrawlStatus)
    for status, seen in STATUS_LOOKS.items():
        assert seen.th and seen.en and seen.symbol and seen.terminal, status
        assert all(HEX.match(c) for c in (seen.ink, seen.paper, seen.fill, seen.on_fill)), status
    assert len({s.symbol for s in STATUS_LOOKS.values()}) == len(
        Status
    )  # told apart without colour
    assert look("stale").th == "ไม่เป็นปัจจุบัน" and look("stale") is STATUS_LOOKS["stale"]  # type: ignore[index]
    with pytest.raises(ValueError):
        look("fine")
    assert crawl_look("partial").th == "ไม่ครบถ้วน"  # type: ignore[union-attr]
    assert crawl_look("running") is None


def _contrast(fg: str, bg: str) -> float:
    def lum(colour: str) -> float:
        h = colour.lstrip("#")
        h = "".join(c * 2 for c in h) if len(h) == 3 else h
        rgb = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("status", list(Status))
def test_status_colours_are_readable(status: Status) -> None:
    seen = STATUS_LOOKS[status]
    assert _contrast(seen.ink, seen.paper) >= 4.5
    assert _contrast(seen.on_fill, seen.fill) >= 2.5  # bold chart labels on the bar


# --------------------------------------------------------------------------- written once

VOCABULARY_LITERALS = [
    # A table of every status, in any order, or a word or colour of the table.
    re.compile(
        r"""["'](?:ok|stale|undated|missing|not_checked)["']\s*:\s*\(?["']"""
    ),  # a status -> words/colour map
    re.compile(
        r"""\(\s*["'](?:ok|stale|undated|missing|not_checked)["'](?:\s*,\s*["'](?:ok|stale|undated|missing|not_checked)["']){3,}"""
    ),  # a tuple of them
    re.compile(r"\"เป็นปัจจุบัน\"|\"ตรวจไม่ได้\"|\"ครบถ้วน\"|\"ไม่ครบถ้วน\""),
]


def _source_files() -> list[Path]:
    return [
        p
        for pkg in ("checklist", "crawler", "reports", "oit", "corpus")
        for p in (ROOT / pkg).rglob("*.py")
        if "demo/sites" not in p.as_posix()
    ]


def test_the_status_vocabulary_is_written_once() -> None:
    home = ROOT / "checklist" / "statuses.py"
    copies = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in _source_files()
        if p != home
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if any(r.search(line) for r in VOCABULARY_LITERALS)
    ]
    assert copies == []


def test_control_filters_and_safe_href_are_defined_once() -> None:
    defined: dict[str, list[str]] = {}
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "safe_href":
                defined.setdefault("safe_href", []).append(str(path.relative_to(ROOT)))
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "\x1f" in node.value
            ):
                defined.setdefault("control class", []).append(str(path.relative_to(ROOT)))
    assert defined == {
        "safe_href": ["reports/untrusted.py"],
        "control class": ["reports/untrusted.py"],
    }


# --------------------------------------------------------------------------- untrusted text and URLs


@pytest.mark.parametrize(
    "url",
    [
        "http://example.go.th/a",
        "https://example.go.th/a?x=1&y=2",
        " HTTPS://Example.go.th/ ",
        "http://[::1]:8080/x",
    ],
)
def test_safe_href_keeps_absolute_http_urls(url: str) -> None:
    assert safe_href(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "file:///etc/passwd",
        "ftp://example.go.th/",
        "http:foo",
        "https:///path-only",
        "//example.go.th/x",
        "/relative",
        "",
        "   ",
        None,
        42,
        "http://[::1/unbalanced",
    ],
)
def test_safe_href_refuses_everything_else(url: object) -> None:
    assert safe_href(url) is None


def test_each_output_drops_what_it_cannot_take() -> None:
    raw = "a\x00b\tc\nd\x1b[31me\x85f\u202eg\u2066h\x7fi"
    assert xml_text(raw) == "ab\tc\nd[31me\x85f\u202eg\u2066hi"  # XML: C0 (but white space) and DEL
    assert html_text(raw) == "ab\tc\nd[31mefghi"  # HTML: every control and bidi override
    assert terminal_text(raw) == "a b c d [31me f g h i"  # one terminal line: all become spaces
    assert xml_text(None) == html_text(None) == terminal_text(None) == ""
