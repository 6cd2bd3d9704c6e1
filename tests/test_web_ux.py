"""The web app as an office uses it: report downloads from the dashboard, Thai dates and one
override choice per item or part on the agency page, Buddhist-era as_of."""

from __future__ import annotations

import http.client
import io
import json
import re
from pathlib import Path

import lxml.html
import openpyxl
import pytest

from crawler.store import open_db
from oit.history import record_override
from reports.formats import read_csv
from reports.labels import thai_datetime
from tests.conftest import TODAY
from tests.test_web import copy_db, running_app

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser

ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")
ISO_MOMENT = re.compile(r"\d\d:\d\d:\d\dZ|T\d\d:\d\d")


@pytest.fixture()
def web_db(audited: dict[str, Path], tmp_path: Path) -> Path:
    return copy_db(audited["db"], tmp_path / "web.db")


def _get(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_dashboard_offers_the_report_in_four_formats(web_db: Path) -> None:
    day = TODAY.isoformat()
    with running_app(web_db) as port:
        status, _, body = _get(port, f"/dashboard?as_of={day}")
        assert status == 200
        doc = lxml.html.fromstring(body.decode("utf-8"))
        links = {
            a.get("data-format"): a.get("href") for a in doc.xpath('//div[@id="downloads"]//a')
        }
        assert set(links) == {"xlsx", "csv", "json", "html"}
        files = {}
        for fmt, href in links.items():
            status, headers, data = _get(port, href)
            assert status == 200, (fmt, data[:200])
            assert (
                headers["content-disposition"] == f'attachment; filename="oit-report-{day}.{fmt}"'
            )
            files[fmt] = (headers["content-type"], data)
        report = json.loads(files["json"][1])
        assert report["as_of"] == day and len(report["agencies"]) == 5
        book = openpyxl.load_workbook(io.BytesIO(files["xlsx"][1]))
        assert len(book.sheetnames) >= 3 and files["xlsx"][0].startswith("application/vnd.openxml")
        csv_rows = read_csv(files["csv"][1])  # the spreadsheet CSV: UTF-16, tab-separated
        assert csv_rows[0][0] == "agency_id" and len(csv_rows) > 55
        html = files["html"][1].decode("utf-8")
        assert (
            html.startswith("<!DOCTYPE html>")
            and "@media print" in html
            and 'id="downloads"' not in html
        )
        # A Buddhist-era as_of is read as its CE day; an impossible one is refused.
        be = f"{TODAY.year + 543}-{TODAY.month:02d}-{TODAY.day:02d}"
        status, _, data = _get(port, f"/dashboard/report.json?as_of={be}")
        assert status == 200 and json.loads(data)["as_of"] == day
        assert _get(port, "/dashboard/report.json?as_of=3112-11-25")[0] == 400
        assert _get(port, "/dashboard/report.exe")[0] == 404


def test_agency_page_shows_thai_dates_and_one_choice_per_item_or_part(web_db: Path) -> None:
    with open_db(web_db) as store:
        record_override(store, "a02", "5.3", "ok", "อยู่ในไฟล์ PDF", "ผู้ตรวจ")
        at = store.overrides("a02")[-1]["at"]
    from oit.web.app import _override_choices

    values = [value for value, _ in _override_choices()]
    assert "5.3" in values and "5.3:main" not in values  # an item without parts: one choice
    assert {"5.1", "5.1:structure", "5.7", "5.7:plan"} <= set(values)
    assert len(values) == len(set(values))
    with running_app(web_db) as port:
        status, _, body = _get(port, f"/dashboard/agency/a02?as_of={TODAY.isoformat()}")
    assert status == 200
    doc = lxml.html.fromstring(body.decode("utf-8"))
    for table in ("items", "trail"):
        text = doc.get_element_by_id(table).text_content()
        # Dates people read are Thai (evidence titles and URLs aside, which come from the site).
        cells = " ".join(
            td.text_content() for td in doc.get_element_by_id(table).xpath(".//td[not(.//a)]")
        )
        assert not ISO_DAY.search(cells), cells
        assert not ISO_MOMENT.search(text)
    assert thai_datetime(at) in doc.get_element_by_id("trail").text_content()  # Thai time, "น."
    assert str(TODAY.year + 543) in doc.get_element_by_id("items").text_content()
    # The missing item names the page it turned away.
    row = doc.xpath('//tr[@data-code="5.3"]')[0]
    assert row.xpath(
        './/div[contains(@class, "rej")]//a'
    )  # the report's rejected rows (report/_fragments.html)
