"""Failure class of 5.1/executives from the real-site corpus (issue 15): a directory of other
units whose table has a column named "ผู้บริหาร" (ลำดับ | สถานบริการ | ผู้บริหาร | โทรศัพท์) is not
the agency's executives page. Our own markup and wording."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher


def _parts(body: str) -> set[str]:
    doc = docview_from_page(
        extract_page(f"<html><body>{body}</body></html>", "http://d.go.th/units.php")
    )
    return {f"{h.code}/{h.part}" for h in default_matcher().classify(doc)}


def test_a_column_named_executive_in_a_directory_is_a_field() -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>สถานีอนามัยบ้านทดลองที่ {n}</td><td>นายสมหวัง ตัวอย่างที่{n}</td>"
        f"<td>053-000-00{n}</td></tr>"
        for n in range(1, 7)
    )
    table = (
        "<h1>ทำเนียบหน่วยบริการในพื้นที่อำเภอตัวอย่าง</h1><table><tr><th>ลำดับ</th><th>หน่วยบริการ</th>"
        f"<th>ผู้บริหาร</th><th>หมายเลขโทรศัพท์</th></tr>{rows}</table>"
    )
    assert "5.1/executives" not in _parts(table)


def test_executives_as_a_title_over_cards_stays() -> None:
    page = (
        "<h2>ผู้บริหาร</h2><p>นายสมหวัง ตัวอย่างดี</p><p>สาธารณสุขอำเภอตัวอย่าง</p>"
        "<p>นางสาวสมใจ ทดลองงาน</p><p>ผู้ช่วยสาธารณสุขอำเภอตัวอย่าง</p>"
    )
    assert "5.1/executives" in _parts(page)
