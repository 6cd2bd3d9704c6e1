"""The faster page reading finds what the plain formulations it replaced find (bench/crawl_cpu.py)."""

from __future__ import annotations

import random

from scrapy.http import HtmlResponse, Request

from checklist.extract import _GENERIC_WORDS, _NOT_WORD, _is_generic
from crawler import urls
from crawler.spiders.agency import link_rows

HUB = """<html><head><base href="/oit/"></head><body>
<table><tr><td>O1</td><td>โครงสร้าง<!-- old --><b>หน่วยงาน</b> พ.ศ. 2569</td>
<td><a href="o1.pdf">คลิก</a> ไฟล์</td></tr>
<tr><td>O2 <span>ข้อมูล<i>ผู้บริหาร</i></span></td><td><a href="o2.html#top">ดาวน์โหลด</a></td></tr></table>
<ul><li>แผนพัฒนา <ul><li>ย่อย <a href="/plan?b=2&amp;a=1">ดู</a></li></ul> <a href="/plan-all">ทั้งหมด</a></li></ul>
<dl><dt>คู่มือ</dt><dd>คู่มือประชาชน <a href="manual.html">เปิด</a></dd></dl>
<p>ช่องทาง<script>var x = 1;</script>ร้องเรียน <a href="complaint.html">คลิก</a></p>
<div><a href="outside.html">ไม่มีแถว</a></div><a name="anchor-only">ไม่มี href</a>
<table><tr><td>O9 <a href="http://[link]/o9.pdf">คลิก</a></td></tr></table>
<table><tr><td><a href="o1.pdf">ซ้ำ</a></td></tr></table>
</body></html>"""


def _xpath_rows(response: HtmlResponse) -> dict[str, str]:
    """link_rows as first written: one XPath query per link (two parses' worth of CPU)."""
    rows: dict[str, str] = {}
    for anchor in response.xpath("//a[@href]"):
        row = anchor.xpath("ancestor::*[self::tr or self::li or self::dd or self::p][1]")
        if not row:
            continue
        text = " ".join(" ".join(row[0].xpath(".//text()").getall()).split())[:500]
        try:
            target = urls.canonical(response.urljoin(anchor.attrib.get("href", "")))
        except ValueError:  # "http://[link]": no target (the first formulation lost the page)
            continue
        rows.setdefault(target, text)
    return rows


def _response() -> HtmlResponse:
    url = "http://a.go.th/index.php"
    return HtmlResponse(url, body=HUB.encode(), encoding="utf-8", request=Request(url))


def test_link_rows_match_the_xpath_formulation() -> None:
    rows = link_rows(_response())
    assert rows == _xpath_rows(_response())
    # The nearest row wins, comments are not text, the first row of a repeated target stays.
    assert rows["http://a.go.th/oit/o1.pdf"] == "O1 โครงสร้าง หน่วยงาน พ.ศ. 2569 คลิก ไฟล์"
    assert rows["http://a.go.th/plan?a=1&b=2"] == "ย่อย ดู"
    assert rows["http://a.go.th/plan-all"].startswith("แผนพัฒนา ย่อย ดู ทั้งหมด")
    assert rows["http://a.go.th/oit/manual.html"] == "คู่มือประชาชน เปิด"
    assert "http://a.go.th/oit/outside.html" not in rows
    assert not any("[link]" in key for key in rows) and "" not in rows


def test_link_rows_of_wanted_targets_are_the_full_rows_of_those_targets() -> None:
    full = link_rows(_response())
    joined: dict[tuple[str, str], str] = {}
    for wanted in ([], list(full)[:1], list(full)[1:3], ["http://a.go.th/oit/outside.html"], full):
        rows = link_rows(_response(), set(wanted), joined)  # the same cache across pages
        assert rows == {key: text for key, text in full.items() if key in wanted}
    assert joined[("http://a.go.th/oit/", "o2.html#top")] == "http://a.go.th/oit/o2.html"


def _generic_by_loop(text: str) -> bool:
    """_is_generic's word stripping as first written: each step tries every word in turn."""
    from checklist.extract import _GENERIC_LINK

    if _GENERIC_LINK.match(text):
        return True
    rest = _NOT_WORD.sub("", text.lower())
    while rest:
        for word in _GENERIC_WORDS:
            if rest.startswith(word):
                rest = rest[len(word) :]
                break
        else:
            return False
    return True


def test_generic_link_words_by_regex_match_the_loop() -> None:
    pieces = [*_GENERIC_WORDS, "ข่าว", "โครงสร้าง", "o1", "12", " ", "-", "คลิ", "ดาว", "x", "ั"]
    rng = random.Random(21)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(20_000)]
    texts += ["เปิดไฟล์ใน Google Drive", "คลิกเพื่อดาวน์โหลด", "ดาวน์โหลดแผนพัฒนา", "เดือน กรกฎาคม 2567"]
    assert [_is_generic(t) for t in texts] == [_generic_by_loop(t) for t in texts]
    assert _is_generic("เปิดไฟล์ใน Google Drive") and not _is_generic("ดาวน์โหลดแผนพัฒนา")


def test_texts_skipped_by_the_ocode_precheck_never_open_with_an_o_code() -> None:
    from checklist.thai import normalize
    from crawler.spiders.agency import _MAY_OPEN_WITH_OCODE, _OCODE

    heads = ["", " ", "\u00a0", "\u200b", "\ufeff \u00ad", "\t\n", "\u3000"]
    codes = ["O1", "o 12", "O.๑๒", "MOIT 3", "moit๕", "Ｏ1", "Ｍoit 2", "O\u03011", "ｏ1", "0 1"]
    tails = ["", " โครงสร้าง", ".pdf", "ข้อมูล"]
    rng = random.Random(7)
    alphabet = "oOmMiItT .๑1\u200b\u00a0\u0301กขค่้"
    texts = [h + c + t for h in heads for c in codes for t in tails]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    opened = 0
    for text in texts:
        if _OCODE.match(normalize(text)):
            opened += 1
            assert _MAY_OPEN_WITH_OCODE.match(text), text
    assert opened > 100  # the check saw real O-codes, not only texts without one


def test_a_hub_whose_base_href_is_no_address_has_no_rows_and_no_error() -> None:
    url = "http://a.go.th/dir/index.php"
    body = '<html><head><base href="http://[link]/"></head><body><ul><li>O1 <a href="o1.pdf">คลิก</a></li></ul>'
    response = HtmlResponse(url, body=body.encode(), encoding="utf-8", request=Request(url))
    assert link_rows(response) == {}  # its links are still followed by their own texts
