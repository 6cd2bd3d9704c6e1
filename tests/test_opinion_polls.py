"""A satisfaction poll on the agency's own site is an opinion channel (5.10, the label policy).

Seen on five real local-government sites of one vendor's template: the home page's
"แบบสอบถามความพึงพอใจ" box (ดีมาก/ดี/ปานกลาง/พอใช้ + a send button, posted to the site) sits in a
footer row, so its title was never content, and the home page was also reached as "/Home", a
second URL of the same page, which was the copy kept. Our own markup and wording."""

from __future__ import annotations

import datetime as dt

from checklist.evaluate import candidates
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import SitePage

DAY = dt.date(2026, 12, 1)
BASE = "http://t.go.th/"
MENU = "<nav><a href='/'>หน้าแรก</a><a href='/news.php'>ข่าว</a><a href='/about.php'>เกี่ยวกับ</a></nav>"
POLL = (
    "<div class='row bottom'><div class='vote-box'><div class='head'><span>{title}</span></div>"
    "<form method='{method}' action='/home/vote'>"
    "<label><input type='radio' name='v' value='ดีมาก'>ดีมาก</label>"
    "<label><input type='radio' name='v' value='ดี'>ดี</label>"
    "<label><input type='radio' name='v' value='พอใช้'>พอใช้</label>"
    "<button type='submit'>ส่ง</button></form></div></div>"
)
WELCOME = "<main><h1>ยินดีต้อนรับ</h1><p>องค์การบริหารส่วนตำบลทดลอง บริการประชาชนทุกวันทำการ</p></main>"


def _site(poll: str, home_paths: tuple[str, ...] = ("",)) -> list[SitePage]:
    home = f"<html><body>{MENU}{WELCOME}<footer>{poll}</footer></body></html>"
    others = {
        "news.php": "<main><h1>ข่าวกิจกรรม</h1><p>ออกหน่วยบริการประชาชนในหมู่บ้าน</p></main>",
        "about.php": "<main><h1>ประวัติ</h1><p>ตั้งอยู่ริมแม่น้ำ ห่างจากอำเภอสิบกิโลเมตร</p></main>",
    }
    pages = [(path, home) for path in home_paths] + [
        (path, f"<html><body>{MENU}{body}</body></html>") for path, body in others.items()
    ]
    return [
        SitePage(
            url=BASE + path, kind="html", fetched_on=DAY, content=extract_page(html, BASE + path)
        )
        for path, html in pages
    ]


def _opinion_pages(pages: list[SitePage], home: str | None = None) -> set[str]:
    found, _ = candidates(pages, default_matcher(), DAY, home=home)
    return {c.doc.url for c in found if any(h.code == "5.10" for h in c.hits)}


def test_a_satisfaction_poll_in_the_home_pages_footer_is_an_opinion_channel() -> None:
    poll = POLL.format(title="แบบสอบถามความพึงพอใจ", method="post")
    assert _opinion_pages(_site(poll)) == {BASE}


def test_the_home_page_under_a_second_url_keeps_its_poll() -> None:
    # "/Home" is shorter than the view's own path and is the copy kept; both are the home page.
    poll = POLL.format(title="แบบสอบถามความพึงพอใจ", method="post")
    pages = _site(poll, home_paths=("Home", "views/frontend/home.php"))
    assert _opinion_pages(pages, home=BASE + "views/frontend/home.php") == {BASE + "Home"}


def test_a_search_form_or_a_poll_about_something_else_is_not() -> None:
    # A GET form with radio buttons is a search; a poll whose title asks nothing of the agency's
    # service (a quiz) is not the channel.
    search = POLL.format(title="แบบสอบถามความพึงพอใจ", method="get")
    quiz = POLL.format(title="ทายผลฟุตบอลประจำสัปดาห์", method="post")
    assert _opinion_pages(_site(search)) == set()
    assert _opinion_pages(_site(quiz)) == set()
