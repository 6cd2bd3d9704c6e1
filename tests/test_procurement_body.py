"""A procurement notice's row says what is bought, even when "ซื้อ" is mistyped (issue 15, 5.7).

Failure class seen on a saved school site: the framed procurement list is one row,
"10 ม.ค. 2562 - ประกวดราคาชื้อครุภัณฑ์คอมพิวเตอร์ … ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (E-Bidding)"
with its notice PDF; "ซื้อ" is typed "ชื้อ", so the row had no body word of procurement and
was taken for a copied template. Markup and wording here are our own.
"""

from __future__ import annotations

from tests.classify import items

ROW = (
    "<p>5 มี.ค. 2567 - ประกวดราคาชื้อ{what} จำนวน 20 ชุด ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) "
    '<a href="/files/notice-12.pdf">ประกาศ</a></p>'
)


def test_a_notice_row_naming_equipment_is_procurement() -> None:
    assert "5.7" in items(ROW.format(what="ครุภัณฑ์คอมพิวเตอร์"), "http://a.ac.th/procurement.html")
    assert "5.7" in items(ROW.format(what="วัสดุการเรียนการสอน"), "http://a.ac.th/procurement.html")
