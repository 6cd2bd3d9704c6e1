"""Tab labels that open other pages are controls, not content (issue 15, item 4).

A UI kit's category bar (``<a class="tab" href="#"><h6>…</h6></a>``) sits on every inner
page; its labels ("ประกาศจัดซื้อจัดจ้าง") name other pages. The active tab, and tabs over
panes held on the page itself, title content that is here and stay content."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher

URL = "http://127.0.0.1:9/careers.php"
BAR = """<div class="tabs">
  <a class="tab" href="#"><img src="i1.png" alt=""><h6>ข่าวประชาสัมพันธ์</h6></a>
  <a class="tab" href="#"><img src="i2.png" alt=""><h6>ประกาศจัดซื้อจัดจ้าง</h6></a>
  <a class="tab active" href="#"><img src="i3.png" alt=""><h6>สมัครงาน</h6></a>
</div>"""
BODY = "<div class='detail'><h2>รับสมัครพนักงานราชการ</h2><p>เปิดรับสมัครตำแหน่งนักวิชาการ 2 อัตรา</p></div>"
PANES = (
    "<div class='tab-contents'><div class='tab-content'>"
    "<p>ประกาศประกวดราคาจ้างซ่อมถนนสายหลัก ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์</p></div></div>"
)


def _main(page) -> set[str]:
    return {b.text for b in page.blocks if b.region == "main"}


def _page(inner: str):
    return extract_page(
        f"<html><head><title>สมัครงาน</title></head><body>{inner}</body></html>", URL
    )


def test_inactive_tab_labels_without_panes_are_not_content() -> None:
    page = _page(BAR + BODY)
    texts = _main(page)
    assert "ประกาศจัดซื้อจัดจ้าง" not in texts
    assert "ข่าวประชาสัมพันธ์" not in texts
    assert "สมัครงาน" in texts  # the active tab names this page
    assert "รับสมัครพนักงานราชการ" in texts
    codes = {h.code for h in default_matcher().classify(docview_from_page(page))}
    assert not codes & {"5.2", "5.7"}, codes


def test_tab_labels_over_panes_on_the_page_stay_content() -> None:
    page = _page(BAR + PANES)
    texts = _main(page)
    assert "ประกาศจัดซื้อจัดจ้าง" in texts


def test_a_live_link_styled_as_a_tab_stays_content() -> None:
    page = _page(
        BAR.replace(
            'class="tab" href="#"><img src="i2.png"',
            'class="tab" href="/procurement.php"><img src="i2.png"',
        )
        + BODY
    )
    assert "ประกาศจัดซื้อจัดจ้าง" in _main(page)
