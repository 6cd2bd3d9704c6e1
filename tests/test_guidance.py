"""Guidance for agencies that check themselves: what to publish, due dates (.ics), the ITA
crosswalk and submission sheet (XLSX/CSV), in ``oit check`` / ``oit guide`` and the web app.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from checklist.crosswalk import load_crosswalk
from checklist.definitions import load_checklist
from checklist.due import due_dates, due_soon, stale_from
from checklist.freshness import cutoff, load_policy, policy_from_dict
from checklist.guidance import advice_for, load_guidance
from reports.guide import agency_guide, guide_text
from reports.html import render_html
from reports.ics import render_ics
from reports.model import Agency
from reports.submission import OUTSIDE, submission_csv, submission_rows, submission_xlsx
from tests.conftest import TODAY, run_oit
from tests.test_web import Client, running_app, wait_done

AS_OF = dt.date(2026, 11, 25)


def _entry(status: str, dates: list[str | None], **extra: Any) -> dict[str, Any]:
    evidence = [
        {
            "url": f"https://example.go.th/{i}",
            "title": f"page {i}",
            "date": d,
            "date_source": "text",
        }
        for i, d in enumerate(dates)
    ]
    days = [d for d in dates if d]
    return {
        "status": status,
        "last_updated": max(days) if days else None,
        "title_th": "t",
        "title_en": "t",
        "reason": "",
        "evidence": evidence,
        **extra,
    }


def _agency() -> dict[str, Any]:
    """A report agency: ok, stale, missing (with rejected candidates), undated, and parts."""
    items = []
    for code in load_checklist().codes:
        items.append({"code": code, **_entry("ok", ["2026-10-01"])})
    by = {i["code"]: i for i in items}
    by["5.2"].update(_entry("ok", ["2026-09-10", "2026-08-01"]))  # due 2026-12-11: within 30 days
    by["5.5"].update(_entry("stale", ["2026-04-04"]))  # stale since 2026-07-05
    by["5.3"].update(
        _entry(
            "missing",
            [],
            rejected=[
                {
                    "url": "https://example.go.th/ita/o34",
                    "title": "เจตจำนงสุจริต",
                    "reason": "heading only: no body under it / มีแต่หัวข้อ ไม่มีเนื้อหา",
                }
            ],
        )
    )
    by["5.8"].update(_entry("undated", [None]))
    by["5.1"]["parts"] = [
        {"key": p.key, **_entry("ok", ["2026-10-01"])} for p in load_checklist().item("5.1").parts
    ]
    by["5.1"]["parts"][0].update(_entry("ok", ["2026-08-30"]))  # structure: due 2026-12-01
    by["5.7"]["parts"] = [
        {"key": p.key, **_entry("ok", ["2026-10-01"])} for p in load_checklist().item("5.7").parts
    ]
    by["5.7"]["parts"][2].update(
        _entry("missing", [])
    )  # summary: missing, no `rejected` (older report)
    return {
        "id": "x1",
        "name": "เทศบาลตำบลทดสอบ",
        "url": "https://example.go.th/",
        "crawl": {"status": "ok", "pages": 10, "finished_at": None, "error": None, "reason": ""},
        "items": items,
    }


def _report(agency: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema": "oit-report/1",
        "generated_at": "2026-11-25T08:00:00Z",
        "as_of": AS_OF.isoformat(),
        "policy": {"max_age_months": 3},
        "agencies": [agency],
    }


# --------------------------------------------------------------------------- data files


def test_guidance_covers_every_item_and_part_of_the_checklist() -> None:
    checklist, guidance = load_checklist(), load_guidance()
    keys = {
        i.code if i.part_keys == ("main",) else f"{i.code}:{p}"
        for i in checklist.items
        for p in i.part_keys
    }
    assert set(guidance.entries) == keys
    assert guidance.checklist_version == checklist.version
    for w in guidance.entries.values():
        assert re.search("[ก-๙]", w.asks_th) and re.search("[ก-๙]", w.places_th)
        assert w.asks_en and w.places_en and w.when_en  # English second
        assert w.titles


def test_crosswalk_names_real_items_and_a_source_for_every_list() -> None:
    checklist = load_checklist()
    valid = set(checklist.codes) | {
        f"{i.code}:{p}" for i in checklist.items for p in i.part_keys if p != "main"
    }
    crosswalk = load_crosswalk()
    assert {o.sector for o in crosswalk.lists} == {
        "local",
        "central",
        "hospital",
        "school",
        "college",
    }
    for olist in crosswalk.lists:
        assert olist.source and olist.note_th and olist.note_en
        os_ = [r.o for r in olist.rows]
        assert len(os_) == len(set(os_)), (olist.year, olist.sector)
        for row in olist.rows:
            assert set(row.codes) <= valid, (olist.year, olist.sector, row.o)
        if not olist.complete or not all(r.sure for r in olist.rows):
            assert olist.unsure
    # a list that is a stand-in says so
    assert not crosswalk.find(2569, "local").complete
    assert crosswalk.pick(None, "local", 2570).year == 2569
    assert crosswalk.pick(None, "local", 2565).year == 2564


# --------------------------------------------------------------------------- due dates


def test_due_day_is_the_first_day_the_policy_calls_the_evidence_stale() -> None:
    policy = load_policy()
    for last in (
        dt.date(2026, 5, 31),
        dt.date(2026, 8, 30),
        dt.date(2026, 2, 28),
        dt.date(2024, 2, 29),
    ):
        due = stale_from("5.2", [last], policy, last)
        assert due is not None
        assert cutoff(due, 3) > last >= cutoff(due - dt.timedelta(days=1), 3)
    assert stale_from("5.2", [dt.date(2026, 5, 31)], policy, dt.date(2026, 5, 31)) == dt.date(
        2026, 9, 1
    )
    # a fiscal-year rule: evidence of FY2570 stays current until the FY ends
    fy = policy_from_dict({"items": {"5.4": {"fiscal_year": "current"}}})
    assert stale_from("5.4", [dt.date(2026, 10, 3)], fy, AS_OF) == dt.date(2027, 10, 1)


def test_due_list_and_30_day_window() -> None:
    dues = due_dates(Agency.from_json(_agency()), AS_OF, load_policy())
    by = {d.key: d for d in dues}
    assert by["5.2"].due == dt.date(2026, 12, 11) and by["5.2"].url == "https://example.go.th/0"
    assert by["5.5"].due == dt.date(2026, 7, 5) and by["5.5"].overdue(AS_OF)
    assert by["5.1:structure"].due == dt.date(2026, 12, 1)
    assert (
        "5.3" not in by and "5.8" not in by and "5.1" not in by
    )  # missing, undated, item with parts
    soon = {d.key for d in due_soon(dues, AS_OF)}
    assert soon == {"5.5", "5.1:structure", "5.2"}
    assert [d.due for d in dues] == sorted(d.due for d in dues)


def test_ics_parses_and_holds_one_event_per_due_item() -> None:
    agency = _agency()
    dues = due_dates(Agency.from_json(agency), AS_OF, load_policy())
    cal = Calendar.from_ical(render_ics(agency, dues, AS_OF))
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(dues) > 3
    got = {str(e.get("summary")).split()[1]: e for e in events}
    assert set(got) == {d.key for d in dues}
    five_two = got["5.2"]
    assert five_two.decoded("dtstart") == dt.date(2026, 12, 11)
    assert str(five_two.get("url")) == "https://example.go.th/0"
    assert "ข่าวประชาสัมพันธ์" in str(five_two.get("description"))
    assert len({str(e.get("uid")) for e in events}) == len(events)


# --------------------------------------------------------------------------- guidance and sheet


def test_advice_for_items_that_are_not_ok_with_rejected_candidates() -> None:
    advice = {a.key: a for a in advice_for(Agency.from_json(_agency()))}
    assert set(advice) == {"5.3", "5.5", "5.8", "5.7:summary"}
    assert advice["5.3"].rejected and "heading only" in advice["5.3"].rejected[0].reason
    assert advice["5.7:summary"].rejected is None  # the report does not say: degrade, do not invent
    assert "สขร" in advice["5.7:summary"].wording.asks_th
    text = guide_text(_report(_agency()))
    assert text.index("due within 30 days") < text.index("guidance")
    assert "https://example.go.th/ita/o34" in text and "heading only" in text
    assert "เลยกำหนดแล้ว" in text and "overdue by 143 days" in text


def test_submission_sheet_has_one_row_per_o_item(tmp_path: Path) -> None:
    agency = _agency()
    olist = load_crosswalk().find(2569, "college")
    rows = submission_rows(agency, olist)
    assert [r.o for r in rows] == [f"O{i}" for i in range(1, 24)]
    by = {r.o: r for r in rows}
    assert by["O9"].status == "ok" and by["O9"].url.startswith("https://example.go.th/")  # 5.2 news
    assert by["O14"].status == OUTSIDE and by["O14"].url == ""  # E-Service: not in 5.1–5.11
    assert by["O11"].status == "missing"  # 5.7 summary
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(submission_xlsx(agency, olist, AS_OF.isoformat()))
    book = openpyxl.load_workbook(path)
    sheet = book["ITA"]
    data = list(sheet.iter_rows(values_only=True))
    assert len(data) == 1 + len(olist.rows)
    assert [r[0] for r in data[1:]] == [r.o for r in olist.rows]
    assert "about" in book.sheetnames
    rows_csv = list(csv.reader(io.StringIO(submission_csv(agency, olist).decode("utf-8-sig"))))
    assert len(rows_csv) == 1 + len(olist.rows) and rows_csv[1][0] == "O1"


def test_html_report_puts_the_due_list_in_the_agency_section() -> None:
    html = render_html(_report(_agency()))
    section = html[html.index('id="a-x1"') :]
    due = section.index("due within 30 days")
    assert due < section.index('<table class="items"')
    assert "2026-12-11" in section[due : section.index('<table class="items"')]


# --------------------------------------------------------------------------- CLI and web on loopback


@pytest.mark.integration
def test_oit_check_prints_guidance_and_due_list_and_writes_files(
    tmp_path: Path, demo_sites: Any
) -> None:
    url = demo_sites.url("a02")
    ics, sheet = tmp_path / "due.ics", tmp_path / "ita.xlsx"
    result = run_oit(
        "check",
        url,
        "--as-of",
        TODAY.isoformat(),
        "--db",
        str(tmp_path / "c.db"),
        "--ics",
        str(ics),
        "--sheet",
        str(sheet),
        "--year",
        "2569",
        "--sector",
        "local",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "due within 30 days" in out and "5.5" in out[out.index("due within 30 days") :]
    guidance = out[out.index("guidance: what to publish") :]
    assert "5.3" in guidance and "เจตจำนงสุจริต" in guidance  # a02: 5.3 missing
    assert "ชื่อที่ใช้ได้ / titles" in guidance and "5.8" in guidance
    assert "ไม่แน่ใจ / unsure" in out  # the LAO 2569 list is a stand-in and says so
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert events and all(str(e.get("url")).startswith(url) for e in events if e.get("url"))
    rows = list(openpyxl.load_workbook(sheet)["ITA"].iter_rows(values_only=True))
    assert len(rows) == 1 + len(load_crosswalk().find(2569, "local").rows)
    # bad sheet options fail before crawling, in one line
    bad = run_oit("check", url, "--sheet", str(tmp_path / "x.pdf"))
    assert bad.returncode != 0 and "xlsx" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.integration
def test_web_self_check_result_has_guidance_and_downloads(tmp_path: Path, demo_sites: Any) -> None:
    url = demo_sites.url("a02")
    with running_app(tmp_path / "web.db", allow_loopback=True) as port:
        client = Client(port)
        status, data = client.json("POST", "/api/checks", {"url": url, "as_of": TODAY.isoformat()})
        assert status == 202, data
        check_id = data["id"]
        result, _ = wait_done(client, check_id)
        assert result["state"] == "done"
        status, _, html = client.request("GET", f"/checks/{check_id}")
        assert status == 200
        assert 'id="guidance"' in html and 'data-key="5.3"' in html and "ต้องเผยแพร่" in html
        assert html.index('id="due"') < html.index('id="overview"') < html.index('id="guidance"')
        assert (
            "0/1" not in html and '<section class="agency"' not in html
        )  # not the province template
        files = f"/checks/{check_id}/files/"
        status, headers, body = client.request("GET", files + "due.ics")
        assert status == 200 and headers["content-type"].startswith("text/calendar")
        assert "attachment" in headers["content-disposition"]
        assert len(list(Calendar.from_ical(body).walk("VEVENT"))) > 0
        status, _, body = client.request("GET", files + "report.json")
        assert status == 200 and '"oit-report/1"' in body
        status, headers, body = client.request("GET", files + "report.html")
        assert status == 200 and "inline" in headers["content-disposition"] and "5.11" in body
        status, _, body = client.request("GET", files + "ita-sheet.csv?list=2569-college")
        assert status == 200 and body.count("\r\n") == 1 + 23
        status, _, _ = client.request("GET", files + "ita-sheet.csv?list=2570-moon")
        assert status == 400
        status, _, _ = client.request("GET", files + "passwd")
        assert status == 404
        status, _, _ = client.request("GET", "/checks/nope/files/due.ics")
        assert status == 404


@pytest.mark.parametrize("name", ["report.xlsx", "ita-sheet.xlsx"])
def test_xlsx_downloads_open(tmp_path: Path, name: str) -> None:
    from oit.web.selfcheck import download

    check = {"id": "c", "report": _report(_agency())}
    file = download(check, name, load_policy(), "2569-central")
    path = tmp_path / name
    path.write_bytes(file.content)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames
    if name == "ita-sheet.xlsx":
        assert book["ITA"].max_row == 1 + len(load_crosswalk().find(2569, "central").rows)
    assert agency_guide(check["report"], check["report"]["agencies"][0]).soon


def test_not_checked_items_get_no_advice_but_a_note() -> None:
    agency = _agency()
    for item in agency["items"]:
        item.update(status="not_checked", evidence=[], last_updated=None)
        for part in item.get("parts") or []:
            part.update(status="not_checked", evidence=[], last_updated=None)
    guide = agency_guide(_report(agency), agency)
    assert guide.advice == [] and guide.dues == [] and guide.not_checked == 18
    assert "18 items not checked" in guide_text(_report(agency))


@settings(max_examples=60, deadline=None)
@given(last=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), months=st.integers(1, 24))
def test_due_day_agrees_with_judge_for_any_limit(last: dt.date, months: int) -> None:
    from checklist.freshness import judge

    policy = policy_from_dict({"max_age_months": months})
    due = stale_from("5.9", [last], policy, last)
    assert due is not None and due > last
    assert judge("5.9", [last], (), due - dt.timedelta(days=1), policy).status == "ok"
    assert judge("5.9", [last], (), due, policy).status == "stale"
