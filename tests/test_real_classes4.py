"""Failure classes of items 5.2-5.11 on the real-site corpus (issue 15), round four, as small
cases of our own markup and wording."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher


def _items(html: str, url: str = "http://a.go.th/page.php", title: str = "") -> set[str]:
    page = extract_page(f"<html><head><title>{title}</title></head><body>{html}</body></html>", url)
    return {hit.code for hit in default_matcher().classify(docview_from_page(page))}


def test_a_complaint_status_lookup_is_not_the_channel() -> None:
    # Failure class: a CMS's "follow your complaint" page (enter the complaint number, see its
    # status) at a URL with "complain" in it: every line names complaints, none files one.
    lookup = ("<p>ติดตามสถานะเรื่องร้องเรียนของท่าน</p>"
              "<form><p>โปรดระบุเลขที่เรื่องร้องเรียน 10 หลักที่ได้รับทางอีเมล</p><input name='no'></form>"
              "<h4>ไม่พบเลขที่เรื่องร้องเรียนที่ท่านค้นหา</h4>"
              "<p>ผู้ใช้ทั่วไปติดตามเรื่องร้องเรียนได้โดยไม่ต้องลงชื่อเข้าใช้ระบบ</p>"
              "<p><a href='/complain/new'>แจ้งเรื่องร้องเรียนใหม่</a></p>"
              "<h5>ขั้นตอนการดำเนินการ</h5><p>สถานะ: รอเจ้าหน้าที่รับเรื่อง</p>")
    assert "5.11" not in _items(lookup, "http://a.go.th/front/track_complain")
    # The channel itself, which offers the lookup as one of its lines, stays evidence.
    channel = ("<h3>ช่องทางแจ้งเรื่องร้องเรียน</h3>"
               "<p>ท่านสามารถแจ้งเรื่องร้องเรียนได้ที่สำนักปลัด โทร 0 7561 2345 หรือทางแบบฟอร์มด้านล่าง</p>"
               "<form><textarea name='detail'></textarea></form>"
               "<p><a href='/complain/track'>ติดตามสถานะเรื่องร้องเรียน</a></p>")
    assert "5.11" in _items(channel, "http://a.go.th/front/complain")
