"""Evidence beyond the first three of an item is folded under "+N more", never dropped (issue #16):
in the HTML report (a file read offline, so no link to another format) and on the agency page."""

from __future__ import annotations

import re
from typing import Any

import lxml.html

from reports.html import render_html
from tests.test_reports import _evidence, make_report


def _five() -> list[dict[str, Any]]:
    return [
        _evidence(f"https://www.example.go.th/news/{n}", f"ข่าวฉบับที่ {n}", f"2026-11-0{n}")
        for n in range(1, 6)
    ]


def _text(node: Any) -> str:
    return re.sub(r"\s+", " ", node.text_content()).strip()


def test_the_report_folds_the_rest_of_the_evidence_under_more() -> None:
    report = make_report()
    item = next(
        i for i in report["agencies"][0]["items"] if "parts" not in i and i["status"] == "ok"
    )
    item["evidence"] = _five()
    page = lxml.html.fromstring(render_html(report))
    more = page.xpath("//li[@class='more']")
    assert len(more) == 1 and "XLSX" not in _text(more[0])
    assert _text(more[0].xpath("./details/summary")[0]) == "+2 รายการ more"
    assert [a.get("href") for a in more[0].xpath(".//a")] == [
        "https://www.example.go.th/news/4",
        "https://www.example.go.th/news/5",
    ]
    shown = more[0].getparent().xpath("./li[not(@class)]//a/@href")
    assert shown == [f"https://www.example.go.th/news/{n}" for n in (1, 2, 3)]


def test_three_pieces_of_evidence_need_no_fold() -> None:
    report = make_report()
    item = next(
        i for i in report["agencies"][0]["items"] if "parts" not in i and i["status"] == "ok"
    )
    item["evidence"] = _five()[:3]
    assert 'class="more"' not in render_html(report)


def test_the_agency_page_folds_the_rest_of_the_evidence_under_more() -> None:
    """The web app's agency page shows evidence with the report's rows (report/_fragments.html)."""
    from oit.web.app import _templates
    from reports.model import Agency

    evidence = _five()
    item = {
        "code": "5.1",
        "title_th": "ข้อมูลพื้นฐาน",
        "title_en": "basic",
        "status": "ok",
        "last_updated": "2026-11-05",
        "evidence": evidence,
        "parts": [],
    }
    html = (
        _templates()
        .get_template("agency.html")
        .render(
            agency={"id": "a01", "name": "เทศบาลทดสอบ", "url": "https://www.example.go.th/"},
            latest=Agency.from_json(
                {"id": "a01", "items": [item], "crawl": {"status": "ok", "pages": 3}}
            ),
            run={"id": 1},
            as_of="2026-11-25",
            crawl_labels={},
            history=[],
            overrides=[],
            form={},
            nonce="n",
            csrf="c",
            session=None,
            path="/",
        )
    )
    cell = lxml.html.fromstring(html).xpath("//tr[@data-code='5.1']/td[4]")[0]
    assert [a.get("href") for a in cell.xpath("./ul[@class='ev']/li[not(@class)]/a")] == [
        e["url"] for e in evidence[:3]
    ]
    fold = cell.xpath("./ul[@class='ev']/li[@class='more']/details")[0]
    assert _text(fold.xpath("./summary")[0]) == "+2 รายการ more"
    assert [a.get("href") for a in fold.xpath(".//a")] == [e["url"] for e in evidence[3:]]
