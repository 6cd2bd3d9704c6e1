"""Failure class of 5.1/structure from the real-site corpus (issue 15): an organisation chart
template whose boxes still say "ชื่อฝ่าย / ชื่อแผนก / ชื่อตำแหน่ง" publishes no structure.
Our own markup and wording."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher


def _parts(body: str) -> set[str]:
    doc = docview_from_page(
        extract_page(f"<html><body>{body}</body></html>", "http://m.or.th/org.php")
    )
    return {f"{h.code}/{h.part}" for h in default_matcher().classify(doc)}


def test_an_unfilled_chart_template_is_not_the_structure() -> None:
    boxes = "".join(
        "<div>ชื่อฝ่าย</div>" + "<div>ชื่อแผนก</div>" + "<div>ชื่อตำแหน่ง</div>" * 4 for _ in range(3)
    )
    page = (
        "<h1>โครงสร้างองค์กร สำนักงานพิพิธภัณฑ์ตัวอย่าง</h1><div>ผู้อำนวยการสำนักงานพิพิธภัณฑ์ตัวอย่าง</div>"
        f"<div>นายสมชาย ทดลองใช้งาน</div>{boxes}"
    )
    assert "5.1/structure" not in _parts(page)


def test_a_filled_chart_stays_the_structure() -> None:
    units = "".join(
        f"<div>{u}</div>"
        for u in ("ฝ่ายบริหารทั่วไป", "ฝ่ายนิทรรศการ", "ฝ่ายการศึกษา", "แผนกการเงิน", "แผนกพัสดุ", "แผนกบุคคล")
    )
    page = (
        "<h1>โครงสร้างองค์กร สำนักงานพิพิธภัณฑ์ตัวอย่าง</h1><div>ผู้อำนวยการสำนักงานพิพิธภัณฑ์ตัวอย่าง</div>"
        f"<div>นายสมชาย ทดลองใช้งาน</div>{units}<div>ชื่อตำแหน่ง</div>"
    )
    assert "5.1/structure" in _parts(page)
