"""A structure page in text: the units and their heads at a URL of the structure part (issue 15).

Failure class seen on a saved school site: "org_chart_manage.php" lays out the director, the
deputies and the school's four administration groups (กลุ่มบริหาร…) with their heads as a chart
of boxes; a text chart needed six distinct units, so the page was executives only.
Markup and wording here are our own.
"""

from __future__ import annotations

from tests.classify import parts

GROUPS = ("กลุ่มบริหารวิชาการ", "กลุ่มบริหารงบประมาณ", "กลุ่มบริหารงานบุคคล", "กลุ่มบริหารทั่วไป")


def _chart(groups: tuple[str, ...]) -> str:
    boxes = "".join(
        f'<div class="box"><p>{g}</p><p>นางสาวตัวอย่าง ใจดี {n}</p><p>หัวหน้า{g}</p></div>'
        for n, g in enumerate(groups, 1)
    )
    return (
        "<main><h2>บุคลากรฝ่ายบริหาร</h2><div class='box'><p>นายตัวอย่าง มีสุข</p>"
        f"<p>ผู้อำนวยการโรงเรียน</p></div>{boxes}</main>"
    )


def test_four_units_with_heads_at_a_chart_url_are_the_structure() -> None:
    assert "5.1/structure" in parts(_chart(GROUPS), "http://a.ac.th/org_chart_manage.php")


def test_the_same_units_elsewhere_or_fewer_are_not() -> None:
    # The shape counts only at a URL of the part; three units are a unit list, not a chart.
    assert "5.1/structure" not in parts(_chart(GROUPS), "http://a.ac.th/teachers.php")
    assert "5.1/structure" not in parts(_chart(GROUPS[:3]), "http://a.ac.th/org_chart_manage.php")
    # One unit repeated in many boxes is still one unit.
    assert "5.1/structure" not in parts(
        _chart(GROUPS[:1] * 6), "http://a.ac.th/org_chart_manage.php"
    )
