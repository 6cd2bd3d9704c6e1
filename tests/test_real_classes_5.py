"""Failure classes of items 5.2-5.11 on the real-site corpus (issue 15), round five, as small
cases of our own markup and wording."""

from __future__ import annotations

from tests.classify import items as _items


def test_a_photo_gallery_of_activities_is_news() -> None:
    # Failure class: a college's activity page titled "รูปกิจกรรม…" (photos of activities) with
    # dated rows, each a short report and a photo-folder download: the wording is "รูป", not "ภาพ".
    gallery = ("<h2>รูปกิจกรรมโรงเรียน</h2><table>"
               "<tr><td>ผู้อำนวยการโรงเรียนนำคณะครูและนักเรียนร่วมพิธีวันไหว้ครู ประจำวันที่ 13 มิถุนายน 2567</td>"
               "<td><a href='https://drive.google.com/drive/folders/abc'>ดาวน์โหลด</a></td></tr>"
               "<tr><td>โครงการปลูกต้นไม้เฉลิมพระเกียรติ ณ บริเวณหน้าอาคารเรียน 2 ประจำวันที่ 28 กรกฎาคม 2567</td>"
               "<td><a href='https://drive.google.com/drive/folders/def'>ดาวน์โหลด</a></td></tr></table>")
    assert "5.2" in _items(gallery, "http://a.ac.th/p/12.html")
    # The words alone in a menu-like line over nothing are still no news.
    assert "5.2" not in _items("<h2>รูปกิจกรรมโรงเรียน</h2>")
