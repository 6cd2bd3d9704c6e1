"""An upload form's chosen-file list is a draft, not the agency's content (issue 15).

A UI kit's contact page ships sample file chips under its file input ("ประกวดราคา…
(e-bidding).pdf"); they must not make the contact page procurement evidence. The form's own
heading and labels, above the input, stay content: a complaint form is a channel (5.10/5.11)."""

from __future__ import annotations

from checklist.chrome import docview_from_page
from checklist.extract import extract_page
from checklist.match import default_matcher

URL = "http://127.0.0.1:9/contact.php"
PAGE = """<html><head><title>ติดต่อเรา</title></head><body>
<nav><a href="/">หน้าแรก</a></nav>
<div class="container"><form method="post" action="send.php">
  <h2>แบบฟอร์มร้องเรียนร้องทุกข์</h2>
  <label>ชื่อผู้ร้องเรียน</label><input type="text" name="n">
  <label>รายละเอียดเรื่องร้องเรียน</label><textarea name="m"></textarea>
  <div class="drop"><p>ลากไฟล์มาวางที่นี่</p><input type="file" name="f"></div>
  <div class="chip"><p>ประกาศประกวดราคาจ้างก่อสร้างถนน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</p></div>
  <div class="chip"><p>ภาพถ่ายหลักฐาน</p></div>
  <button type="submit">ส่ง</button>
</form></div>
<footer><p>โทร 0 2000 0000</p></footer></body></html>"""


def test_file_chips_after_an_upload_input_are_not_content() -> None:
    page = extract_page(PAGE, URL)
    region = {b.text: b.region for b in page.blocks}
    chip = next(t for t in region if "e-bidding" in t)
    assert region[chip] != "main"
    assert region["แบบฟอร์มร้องเรียนร้องทุกข์"] == "main"
    assert region["รายละเอียดเรื่องร้องเรียน"] == "main"
    codes = {h.code for h in default_matcher().classify(docview_from_page(page))}
    assert "5.7" not in codes, codes


def test_text_after_a_form_without_file_input_stays_content() -> None:
    html = PAGE.replace('<input type="file" name="f">', '<input type="text" name="f">')
    page = extract_page(html, URL)
    region = {b.text: b.region for b in page.blocks}
    chip = next(t for t in region if "e-bidding" in t)
    assert region[chip] == "main"
