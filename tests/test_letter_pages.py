"""A Thai official letter published as a page is the agency's news item (issue 15, 5.2).

Failure class seen on a saved school site: the news item's page is the school network's letter
inviting the heads of schools to a meeting ("ที่ ศธ …", its day, "เรื่อง ขอเชิญประชุม", "เรียน …",
"ขอแสดงความนับถือ", then the agenda); it never says "ข่าว", so it was nothing.
Markup and wording here are our own.
"""

from __future__ import annotations

from tests.classify import items

LETTER = (
    "<main><h3>ประชุมครูและบุคลากร กลุ่มโรงเรียนตัวอย่าง</h3>"
    "<p>ที่ ศธ 09999.001/45</p><p>โรงเรียนบ้านตัวอย่าง ตำบลหนองตัวอย่าง</p>"
    "<p>{day}</p><p>เรื่อง ขอเชิญประชุมประจำภาคเรียน</p>"
    "<p>เรียน ผู้อำนวยการโรงเรียนในกลุ่มเครือข่ายทุกโรงเรียน</p>"
    "<p>ด้วยกลุ่มโรงเรียนเครือข่ายจะจัดประชุมครูและบุคลากรเพื่อชี้แจงแนวทางการจัดการเรียนการสอน</p>"
    "<p>จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุมโดยพร้อมเพรียงกัน</p>"
    "<p>{close}</p><p>(นายตัวอย่าง ใจดี)</p><p>ประธานกลุ่มโรงเรียนเครือข่าย</p></main>"
)


def test_a_dated_letter_page_is_news() -> None:
    page = LETTER.format(day="12 มกราคม 2567", close="ขอแสดงความนับถือ")
    assert "5.2" in items(page, "http://a.ac.th/message.php")


def test_a_blank_letter_form_or_a_request_form_is_not() -> None:
    # A letter template without its day (a form to fill in) publishes nothing.
    blank = LETTER.format(
        day="วันที่ ...... เดือน .............. พ.ศ. ........", close="ขอแสดงความนับถือ"
    )
    assert "5.2" not in items(blank, "http://a.ac.th/form.php")
    # "เรื่อง"/"เรียน" fields of a petition form without the letter's closing are no letter.
    form = LETTER.format(day="12 มกราคม 2567", close="ลงชื่อผู้ยื่นคำร้อง")
    assert "5.2" not in items(form, "http://a.ac.th/form.php")
