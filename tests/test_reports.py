"""Report outputs: HTML, CSV, XLSX, JSON, the terminal table, the trend and the progress display.

Most tests use a report built by hand (``make_report``) with hostile page titles
and an auditor override; the XLSX/CSV tests also run the real CLI on the shared
demo audit.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import lxml.html
import openpyxl
import pytest
from rich.console import Console

from checklist.definitions import load_checklist
from crawler.store import memory_db
from oit.report import trend
from reports.formats import ROW_HEADER, inert, read_csv, render
from reports.html import render_html
from reports.progress import ProgressDisplay
from reports.terminal import print_report
from tests.conftest import TODAY, run_oit

EXPECTED = json.loads(
    (Path(__file__).resolve().parent.parent / "oit/demo/expected.json").read_text(encoding="utf-8")
)
SCRIPT = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://evil")'
SYMBOLS = {"ok": "✔", "stale": "⚠", "undated": "?", "missing": "✘", "not_checked": "–"}
THAI_STATUS = {
    "ok": "เป็นปัจจุบัน",
    "stale": "ไม่เป็นปัจจุบัน",
    "undated": "ไม่ระบุวันที่",
    "missing": "ไม่พบ",
    "not_checked": "ตรวจไม่ได้",
}


def _evidence(
    url: str, title: str, date: str | None, source: str | None = "text"
) -> dict[str, Any]:
    return {
        "url": url,
        "title": title,
        "date": date,
        "date_source": source if date else None,
        "terms": ["ข่าวประชาสัมพันธ์"],
        "where": ["heading"],
    }


def _entry(
    status: str, titles: tuple[str, str], evidence: list[dict[str, Any]], reason: str = ""
) -> dict[str, Any]:
    dates = [e["date"] for e in evidence if e["date"]]
    return {
        "status": status,
        "last_updated": max(dates) if dates else None,
        "title_th": titles[0],
        "title_en": titles[1],
        "reason": reason,
        "evidence": evidence,
    }


def make_report() -> dict[str, Any]:
    """Two agencies in two provinces: b01 answered (with hostile titles and an override), b02 failed."""
    checklist = load_checklist()
    base = "https://www.example.go.th/"
    statuses = {"5.2": "stale", "5.3": "missing", "5.8": "undated"}
    hostile = [
        _evidence(base + "news/1", SCRIPT, "2026-05-14", "pdf"),
        _evidence("javascript:alert(1)//", FORMULA, "2026-05-01", "link"),
        _evidence(
            base + "news/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7",
            "+SUM(A1)\x1b[2J[bold]x[/bold]",
            None,
        ),
    ]
    items_b01, items_b02 = [], []
    for item in checklist.items:
        status = statuses.get(item.code, "ok")
        if item.code == "5.2":
            evidence = hostile
        elif status == "missing":
            evidence = []
        elif status == "undated":
            evidence = [_evidence(base + "manual.pdf", "คู่มือการปฏิบัติงาน", None)]
        else:
            evidence = [
                _evidence(base + f"i{item.code}.html", f"หน้า {item.title_th}", "2026-11-02")
            ]
        reason = {
            "stale": "newest 2026-05-14 is before cutoff 2026-08-25 (3 months)",
            "missing": "no evidence found on a complete crawl / ไม่พบหลักฐาน",
        }.get(status, "")
        one = {
            "code": item.code,
            **_entry(status, (item.title_th, item.title_en), evidence, reason),
        }
        failed = {
            "code": item.code,
            **_entry(
                "not_checked", (item.title_th, item.title_en), [], "blocked by robots.txt / ถูกปิดกั้น"
            ),
        }
        if len(item.parts) > 1:
            one["parts"] = [
                {"key": p.key, **_entry(status, (p.title_th, p.title_en), evidence, reason)}
                for p in item.parts
            ]
            failed["parts"] = [
                {
                    "key": p.key,
                    **_entry(
                        "not_checked",
                        (p.title_th, p.title_en),
                        [],
                        "blocked by robots.txt / ถูกปิดกั้น",
                    ),
                }
                for p in item.parts
            ]
        items_b01.append(one)
        items_b02.append(failed)
    items_b01[2]["override"] = {
        "id": 1,
        "status": "ok",
        "reason": "พบประกาศเจตจำนงที่ " + SCRIPT,
        "by": "สมชาย ใจดี",
        "at": "2026-11-24T03:00:00Z",
        "from": "2026-11-24",
        "until": None,
    }
    items_b01[6]["parts"][2]["override"] = {
        "id": 2,
        "status": "stale",
        "reason": "สรุปผลเป็นของปีก่อน",
        "by": "สมหญิง",
        "at": "2026-11-24T04:00:00Z",
        "from": "2026-11-24",
        "until": "2027-03-31",
    }
    return {
        "schema": "oit-report/1",
        "generated_at": "2026-11-25T01:00:00Z",
        "as_of": "2026-11-25",
        "policy": {"max_age_months": 3},
        "checklist_version": checklist.version,
        "run": {
            "id": 7,
            "kind": "audit",
            "started_at": "2026-11-25T00:00:00Z",
            "finished_at": "2026-11-25T00:30:00Z",
            "status": "done",
        },
        "agencies": [
            {
                "id": "b01",
                "name": "เทศบาลตำบลทดสอบ",
                "url": base,
                "province": "ขอนแก่น",
                "type": "เทศบาล",
                "items": items_b01,
                "crawl": {
                    "status": "ok",
                    "finished_at": "2026-11-25T00:10:00Z",
                    "pages": 42,
                    "error": None,
                    "reason": "",
                },
            },
            {
                "id": "b02 x",
                "name": "อบต.ปิดกั้น",
                "url": "http://blocked.go.th/",
                "province": "มหาสารคาม",
                "type": "อบต.",
                "items": items_b02,
                "crawl": {
                    "status": "failed",
                    "finished_at": "2026-11-25T00:11:00Z",
                    "pages": 0,
                    "error": "robots",
                    "reason": "blocked by robots.txt / ถูกปิดกั้น",
                },
            },
        ],
    }


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return make_report()


@pytest.fixture(scope="module")
def page(report: dict[str, Any]) -> Any:
    return lxml.html.fromstring(render_html(report))


def _text(node: Any) -> str:
    return re.sub(r"\s+", " ", node.text_content()).strip()


# --------------------------------------------------------------------------- HTML


def test_html_is_self_contained(report: dict[str, Any]) -> None:
    html = render_html(report)
    doc = lxml.html.fromstring(html)
    assert doc.xpath("//script | //link | //img | //iframe | //object | //embed") == []
    assert not doc.xpath("//@src") and "@import" not in html and "url(" not in html
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]
    assert len(doc.xpath("//style")) == 1 and "@media print" in doc.xpath("//style")[0].text
    assert doc.xpath("//meta[@name='viewport']")


def test_hostile_titles_are_text_and_only_http_links(report: dict[str, Any], page: Any) -> None:
    html = render_html(report)
    assert SCRIPT not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\x1b" not in html
    items = page.xpath("//section[@id='a-b01']//ul[@class='ev']/li")
    texts = [_text(li) for li in items]
    assert any(SCRIPT in t for t in texts)  # shown as text, exactly
    assert any(FORMULA in t for t in texts)
    hrefs = page.xpath("//a/@href")
    assert hrefs and all(h.startswith(("#", "http://", "https://")) for h in hrefs)
    assert not any("javascript" in h.lower() for h in hrefs)
    # The javascript: evidence keeps its title, but as plain text, not a link.
    span = page.xpath(f"//li/span[normalize-space(.)='{FORMULA}']")
    assert span and span[0].getparent().tag == "li"
    # Percent-encoded Thai slugs are shown decoded.
    assert "https://www.example.go.th/news/ข่าว" in html


def test_overview_grid_has_symbol_and_colour_per_status(report: dict[str, Any], page: Any) -> None:
    rows = page.xpath("//table[@class='grid']/tbody/tr[not(@class='group')]")
    assert len(rows) == 2
    b01 = {"5.2": "stale", "5.3": "ok", "5.7": "stale", "5.8": "undated"}  # after overrides
    for agency, row in zip(report["agencies"], rows, strict=True):
        cells = row.xpath("td[contains(@class,'c ')]")
        assert len(cells) == 11
        for item, cell in zip(agency["items"], cells, strict=True):
            shown = b01.get(item["code"], "ok") if agency["id"] == "b01" else "not_checked"
            assert f"st-{shown}" in cell.get("class")
            assert _text(cell).startswith(SYMBOLS[shown])
    b01 = rows[0].xpath("td[contains(@class,'c ')]")
    assert _text(b01[1]) == "⚠" and _text(b01[7]) == "?"
    assert _text(b01[2]) == "✔✎"  # 5.3: machine says missing, the auditor says ok
    assert _text(b01[6]) == "⚠✎" and "st-stale" in b01[6].get("class")  # 5.7: a part overridden
    groups = [_text(g) for g in page.xpath("//table[@class='grid']//tr[@class='group']")]
    assert groups[0].startswith("จังหวัดขอนแก่น · เทศบาล") and groups[1].startswith("จังหวัดมหาสารคาม")


def test_counts_per_status(page: Any) -> None:
    tiles = {
        t.get("class").split("st-")[1]: _text(t)
        for t in page.xpath("//div[contains(@class,'tile ')]")
    }
    # b01: 5.2 stale, 5.8 undated, 5.3 missing overridden to ok, 5.7 a part overridden to stale
    # -> 8 ok; b02: 11 not checked.
    assert tiles["ok"].startswith("✔ 8 ") and tiles["stale"].startswith("⚠ 2 ")
    assert tiles["undated"].startswith("? 1 ") and tiles["missing"].startswith("✘ 0 ")
    assert tiles["not_checked"].startswith("– 11 ")
    total = page.xpath("//table[@class='groups']/tbody/tr")[-1]
    assert [_text(td) for td in total.xpath("td")][2:] == ["2", "8", "1", "2", "0", "11", "36%"]


def test_agency_section_details(page: Any) -> None:
    b01 = page.xpath("//section[@id='a-b01']")[0]
    rows = b01.xpath(".//table[@class='items']/tbody/tr")
    assert len(rows) == 11 + 6 + 3  # items, 5.1's six parts, 5.7's three
    assert len(b01.xpath(".//tr[@class='part']")) == 9
    news = b01.xpath(".//tr[@id='a-b01-5-2']")[0]
    text = _text(news)
    assert "ไม่เป็นปัจจุบัน" in text and "stale" in text
    assert "14 พ.ค. 2569" in text and "2026-05-14" in text  # Thai BE and ISO
    assert "ข้อความใน PDF" in text and "ข้อความลิงก์" in text  # where each date came from
    assert "before cutoff 2026-08-25" in text
    override = _text(b01.xpath(".//tr[@id='a-b01-5-3']")[0])
    for expected in (
        "ผู้ตรวจแก้ไขผล",
        "ไม่พบ",
        "เป็นปัจจุบัน",
        "สมชาย ใจดี",
        "24 พ.ย. 2569 10:00 น.",
        "พบประกาศเจตจำนงที่ " + SCRIPT,
        "มีผล in force 24 พ.ย. 2569 – …",
    ):
        assert expected in override
    procurement = _text(b01.xpath(".//tr[@id='a-b01-5-7']")[0])
    assert "ไม่เป็นปัจจุบัน" in procurement and "ตามส่วนย่อยที่ผู้ตรวจแก้ไข" in procurement
    part = _text(b01.xpath(".//tr[@id='a-b01-5-7']/following-sibling::tr[3]")[0])
    assert part.startswith("↳ summary") and "สมหญิง" in part and "31 มี.ค. 2570" in part
    b02 = page.xpath("//section[@id='a-b02_20x']")[0]  # an id with a space still makes an anchor
    assert "blocked by robots.txt" in _text(b02.xpath(".//div[@class='why']")[0])
    assert all("ตรวจไม่ได้" in _text(td) for td in b02.xpath(".//tr/td[3]"))


def test_html_trend_chart_from_the_store() -> None:
    store = memory_db()
    shares = []
    for n, ok in enumerate((3, 7, 10), start=1):
        run = store.start_run("audit", TODAY - dt.timedelta(days=91 * (3 - n)), "2569.1")
        store.save_findings(run, _rows(ok))
        store.finish_run(run)
        shares.append(round(100 * ok / 11))
    points = trend(store, 3)
    html = render_html(make_report(), points)
    doc = lxml.html.fromstring(html)
    svg = doc.xpath("//figure[2]//svg")[0]
    labels = [
        t.text_content() for t in svg.xpath(".//text") if re.fullmatch(r"✔ \d+%", t.text_content())
    ]
    assert labels == [f"✔ {s}%" for s in shares]
    assert "27 พ.ค. 2569" in _text(svg)  # the oldest run's as_of, Thai BE
    rows = {
        _text(tr.xpath("th")[0]).split()[0]: [_text(td) for td in tr.xpath("td")]
        for tr in doc.xpath("//table[@class='trend']/tbody/tr")
    }
    assert rows["5.1"] == ["100%", "100%", "100%"]
    assert rows["5.4"] == ["0%", "100% ▲", "100%"] and rows["5.11"] == ["0%", "0%", "0%"]


def test_html_without_trend_has_no_trend_figure(page: Any) -> None:
    assert len(page.xpath("//section[@id='charts']//figure")) == 1
    bars = page.xpath("//section[@id='charts']//svg//rect/title")
    assert any(t.text == "5.2 ข่าวประชาสัมพันธ์ · ไม่เป็นปัจจุบัน / stale: 1" for t in bars)


# --------------------------------------------------------------------------- trend


def _rows(ok: int, agency: str = "x1") -> list[dict[str, Any]]:
    codes = [f"5.{i}" for i in range(1, 12)]
    rows = [
        {
            "agency_id": agency,
            "code": c,
            "part": "main",
            "status": "ok" if i < ok else "stale",
            "last_updated": None,
            "reason": "",
            "evidence": "[]",
            "as_of": TODAY.isoformat(),
        }
        for i, c in enumerate(codes)
    ]
    rows.append({**rows[0], "part": "structure", "status": "missing"})  # parts are not counted
    return rows


def test_trend_reads_runs_up_to_the_report_run() -> None:
    store = memory_db()
    for n in range(1, 9):
        run = store.start_run("check" if n == 4 else "audit", TODAY, "2569.1")
        store.save_findings(run, _rows(n, "x1") + _rows(11, "x2"))
        store.finish_run(run)
    points = trend(store, 7, n=6)
    assert [p.run_id for p in points] == [1, 2, 3, 5, 6, 7]  # same kind only, oldest first
    last = points[-1]
    assert last.agencies == 2 and last.total == 22
    assert last.counts == {"ok": 18, "undated": 0, "stale": 4, "missing": 0, "not_checked": 0}
    assert list(last.items)[-2:] == ["5.10", "5.11"]
    assert last.items["5.11"] == {"ok": 1, "undated": 0, "stale": 1, "missing": 0, "not_checked": 0}
    assert trend(store, 99) == [] and trend(store, 7, n=2)[0].run_id == 6


# --------------------------------------------------------------------------- CSV, XLSX, JSON


def test_csv_has_bom_thai_and_inert_cells(report: dict[str, Any]) -> None:
    data = render(report, "csv")
    assert data.startswith(b"\xff\xfe")  # UTF-16LE BOM: what LibreOffice's import dialog sniffs
    text = data.decode("utf-16")
    raw = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    assert text.count('"') >= 2 * sum(
        len(r) for r in raw
    )  # every field quoted: ';' never splits one
    table = read_csv(data)
    assert table[0] == ROW_HEADER
    assert len(table) == 1 + 2 * (11 + 9)
    news = next(r for r in table if r[0] == "b01" and r[5] == "5.2")
    named = dict(zip(ROW_HEADER, news, strict=True))
    assert named["evidence_title"] == SCRIPT and named["status_th"] == "ไม่เป็นปัจจุบัน"
    assert named["last_updated_th"] == "14 พ.ค. 2569" and named["last_updated"] == "2026-05-14"
    assert [r[5] for r in table[1:] if r[0] == "b01" and not r[6]] == [
        f"5.{i}" for i in range(1, 12)
    ]
    cells = [c for r in raw[1:] for c in r]
    assert not any(
        c.startswith(("=", "+", "-", "@", "\t", "\r", "'")) for c in cells
    )  # no apostrophe
    # what a spreadsheet would make a number, is text: codes, numeric ids (not counts, not ISO dates)
    assert {r[5] for r in raw[1:]} == {f"\u200b5.{i}" for i in range(1, 12)}
    assert all(r[23].isdigit() for r in raw[1:]) and "2026-05-14" in {r[10] for r in raw[1:]}
    override = next(r for r in table if r[0] == "b01" and r[5] == "5.3")
    assert dict(zip(ROW_HEADER, override, strict=True))["final_status"] == "ok"
    assert inert(FORMULA) == "\u200b" + FORMULA and inert("＝1+1").startswith("\u200b")
    assert inert("5.10") == "\u200b5.10" and inert("001") == "\u200b001" and inert(3) == 3
    assert inert("2026-05-14") == "2026-05-14" and inert("เทศบาล 5") == "เทศบาล 5"


def test_xlsx_sheets_fonts_and_inert_cells(report: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(render(report, "xlsx"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["สรุป summary", "รายข้อ items", "หลักฐาน evidence", "เกี่ยวกับ about"]
    evidence = book["หลักฐาน evidence"]
    titles = {c.value: c for c in evidence["G"][1:]}
    for hostile in (SCRIPT, FORMULA, "+SUM(A1)[2J[bold]x[/bold]"):  # control characters dropped
        assert hostile in titles
    assert titles["+SUM(A1)[2J[bold]x[/bold]"].quotePrefix
    formula = titles[FORMULA]
    assert formula.data_type == "s" and formula.quotePrefix  # text, never a formula
    assert titles[SCRIPT].font.name == "Tahoma"
    summary = book["สรุป summary"]
    assert summary["B2"].value == "เทศบาลตำบลทดสอบ" and summary["I2"].value == "✔ เป็นปัจจุบัน ✎"
    assert summary["I2"].comment is not None and "สมชาย" in summary["I2"].comment.text
    assert summary["M2"].value == "⚠ ไม่เป็นปัจจุบัน ✎" and "5.7·summary" in summary["M2"].comment.text


@pytest.mark.integration
def test_xlsx_and_csv_of_the_demo_audit_through_the_cli(audited: dict[str, Path]) -> None:
    out = audited["dir"] / "report.xlsx"
    result = run_oit(
        "report",
        "--db",
        str(audited["db"]),
        "--run",
        "1",
        "--as-of",
        TODAY.isoformat(),
        "--format",
        "xlsx",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    summary, items = book["สรุป summary"], book["รายข้อ items"]
    assert summary.freeze_panes == "C2" and items.freeze_panes == "A2"
    assert book["หลักฐาน evidence"].freeze_panes == "A2"
    assert summary.auto_filter.ref and items.auto_filter.ref
    header = [c.value for c in summary[1]]
    assert header[:2] == ["รหัส / id", "หน่วยงาน / agency"] and header[6:17] == [
        f"5.{i}" for i in range(1, 12)
    ]
    assert [c.value for c in items[1]][:3] == [
        "รหัส / agency_id",
        "หน่วยงาน / agency",
        "จังหวัด / province",
    ]
    by_id = {row[0].value: row for row in summary.iter_rows(min_row=2)}
    assert set(by_id) == set(EXPECTED["agencies"])
    for planted in EXPECTED["planted"]:
        if planted["code"] == "*" or planted.get("part"):
            continue
        cell = by_id[planted["agency"]][6 + int(planted["code"].split(".")[1]) - 1]
        status = planted["status"]
        assert cell.value == f"{SYMBOLS[status]} {THAI_STATUS[status]}"
        assert cell.fill.fgColor.rgb.endswith(
            {"missing": "FDE3E1", "stale": "FFECCC", "undated": "DCF0F7"}[status]
        )
    assert all(c.value == "– ตรวจไม่ได้" for c in by_id["a04"][6:17])
    assert summary.column_dimensions["B"].width >= 20  # Thai agency names are readable

    out = audited["dir"] / "report.csv"
    result = run_oit(
        "report",
        "--db",
        str(audited["db"]),
        "--run",
        "1",
        "--as-of",
        TODAY.isoformat(),
        "--format",
        "csv",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    header, *table = read_csv(out.read_bytes())
    rows = [dict(zip(header, r, strict=True)) for r in table]
    missing = next(
        r for r in rows if r["agency_id"] == "a02" and r["code"] == "5.3" and not r["part"]
    )
    assert missing["status"] == "missing" and missing["status_th"] == "ไม่พบ"


def test_json_is_the_report(report: dict[str, Any]) -> None:
    assert json.loads(render(report, "json")) == report
    with pytest.raises(ValueError):
        render(report, "pdf")


# --------------------------------------------------------------------------- terminal


def _terminal(report: dict[str, Any], **kwargs: Any) -> str:
    buffer = io.StringIO()
    print_report(
        report,
        Console(file=buffer, width=200, force_terminal=True, color_system="standard"),
        **kwargs,
    )
    return buffer.getvalue()


def test_terminal_table_symbols_legend_and_crawl_reason(report: dict[str, Any]) -> None:
    hostile = json.loads(json.dumps(report))
    hostile["agencies"][1]["crawl"]["reason"] = "blocked by robots.txt \x1b[2J[red]boom[/red]"
    out = _terminal(hostile)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b[2J" not in out  # website text cannot drive the terminal...
    assert "[red]boom[/red]" in plain  # ...nor rich markup
    assert "เทศบาลตำบลทดสอบ (b01)" in plain and "ขอนแก่น · เทศบาล" in plain
    assert "⚠ ไม่เป็นปัจจุบัน stale" in plain and "✎ ผู้ตรวจแก้ไข" in plain  # the legend
    assert "b02 x: ล้มเหลว failed — blocked by robots.txt" in plain
    assert "\x1b[1;31m✘" in out  # colour as well as symbols
    assert "https://www.example.go.th/news/1" not in plain  # no detail list for an audit


def test_terminal_detail_for_one_site(report: dict[str, Any]) -> None:
    single = {
        **report,
        "agencies": report["agencies"][:1],
        "run": {**report["run"], "kind": "check"},
    }
    plain = re.sub(r"\x1b\[[0-9;]*m", "", _terminal(single))
    assert "https://www.example.go.th/news/1" in plain  # the newest evidence of 5.2
    assert "14 พ.ค. 2569" in plain and "2026-05-14" in plain
    assert "newest 2026-05-14 is before cutoff" in plain
    assert "สมชาย ใจดี" in plain and "machine: missing" in plain
    assert plain.count("↳") == 9  # the parts of 5.1 and 5.7


# --------------------------------------------------------------------------- progress

EVENTS = [
    {"event": "page", "agency": "a01", "pages": 1, "url": "http://127.0.0.1/", "error": None},
    {
        "event": "page",
        "agency": "a02",
        "pages": 1,
        "url": "http://127.0.0.1/x\x1b[2J",
        "error": None,
    },
    {"event": "crawl_done", "agency": "a01", "status": "ok", "pages": 1, "reason": ""},
    {
        "event": "crawl_done",
        "agency": "a02",
        "status": "failed",
        "pages": 1,
        "reason": "server error (5xx) / เซิร์ฟเวอร์ขัดข้อง — HTTP 503",
    },
]


def test_progress_plain_lines_when_not_a_terminal() -> None:
    buffer = io.StringIO()
    display = ProgressDisplay(2, Console(file=buffer, force_terminal=False, width=200))
    assert not display.live
    for event in EVENTS:
        display(event)
    display({"event": "worker_failed", "detail": "Traceback: boom"})
    assert buffer.getvalue().splitlines() == [
        "[1/2] ✔ a01: ครบถ้วน ok, 1 pages",
        "[2/2] ✘ a02: ล้มเหลว failed, 1 pages — server error (5xx) / เซิร์ฟเวอร์ขัดข้อง — HTTP 503",
        "crawl process failed / กระบวนการเก็บข้อมูลล้มเหลว: Traceback: boom",
    ]


def test_progress_bars_on_a_terminal_stop_when_every_site_is_done() -> None:
    buffer = io.StringIO()
    display = ProgressDisplay(2, Console(file=buffer, force_terminal=True, width=120))
    assert display.live and display.progress is not None
    for event in EVENTS[:2]:
        display(event)
    assert set(display.tasks) == {"a01", "a02"}
    for event in EVENTS[2:]:
        display(event)
    assert display.progress is None and display.tasks == {}  # stopped by itself
    out = buffer.getvalue()
    assert "\x1b[2J" not in out and "a02: ล้มเหลว failed" in out
    assert display.lines[0] == "[1/2] ✔ a01: ครบถ้วน ok, 1 pages"


def test_progress_shows_scrapyd_node_and_retry_events() -> None:
    buffer = io.StringIO()
    display = ProgressDisplay(1, Console(file=buffer, force_terminal=False, width=200))
    display({"event": "node_down", "node": "http://127.0.0.1:6801", "detail": "refused"})
    display({"event": "retry", "agency": "a01", "detail": "no outcome", "attempt": 2})
    display({"event": "scheduled", "agency": "a01", "node": "http://127.0.0.1:6802"})
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("node down") and "127.0.0.1:6801 — refused" in lines[0]
    assert lines[1].startswith("crawl again on another node") and "a01 — no outcome" in lines[1]
