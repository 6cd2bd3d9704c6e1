"""An event's own page at an "event" URL is the agency's activity news (issue 15, 5.2).

Failure class seen on a saved department site: "…_Event_inside.php" holds a conference's title, its
dates and a paragraph about it, without the word "ข่าว"; the URL hints knew "activity" and
"calendar" but not "event". Markup and wording here are our own.
"""

from __future__ import annotations

from tests.classify import items

EVENT = (
    "<main><h1>การประชุมวิชาการสุขภาพชุมชน ครั้งที่ 4</h1>"
    "<p>จัดขึ้นวันที่ 12 มีนาคม 2567 ณ หอประชุมของกรม</p>"
    "<p>"
    + "การประชุมปีนี้เปิดให้ผู้สนใจลงทะเบียนเข้าร่วมฟังการบรรยายและแลกเปลี่ยนประสบการณ์การดูแลสุขภาพ " * 2
    + "</p></main>"
)


def test_a_dated_event_page_at_an_event_url_is_news() -> None:
    assert "5.2" in items(EVENT, "http://a.go.th/00_Main_Event_inside.php")
    assert "5.2" in items(EVENT, "http://a.go.th/events/12")


def test_the_same_text_at_another_url_or_a_word_containing_event_is_not() -> None:
    assert "5.2" not in items(EVENT, "http://a.go.th/about.php")
    assert "5.2" not in items(EVENT, "http://a.go.th/prevention.php")
