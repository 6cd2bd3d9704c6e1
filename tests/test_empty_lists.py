"""Empty list templates and their pagers (issue 15, point 4).

Failure class seen on a saved municipal site served without its database: every list view
("ข่าวสาร / กิจกรรม", procurement) is a title, a decoration image, empty cards and a pager whose
"1" links "?page=1". The pager's numbers counted as body, and the never-fetched "?page=1" was
taken as a file named by its URL ("activity", "procurement"): news and procurement were `undated`
instead of `missing`. Markup and wording here are our own.
"""

from __future__ import annotations

import datetime as dt

from checklist.evaluate import candidates
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import SitePage
from tests.classify import items

BASE = "http://127.0.0.1:9/"
DAY = dt.date(2026, 5, 24)
PAGER = (
    '<ul class="pagination"><li><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li>'
    "<li>...</li><li>ไปหน้าที่</li></ul>"
)
EMPTY_LIST = (
    '<main><img src="/docs/top-wave-light.png"><div class="pages-head">ข่าวสาร / กิจกรรม</div>'
    '<div class="card"><a href=""><img src=""></a><span class="title"></span></div>'
    f"{PAGER}</main>"
)


def test_a_title_over_an_empty_list_and_its_pager_is_not_news() -> None:
    assert "5.2" not in items(EMPTY_LIST, BASE + "pages/activity")
    # With one real entry the same list is news.
    entry = '<div class="card"><a href="/news/12">ประชุมประจำเดือนพนักงานเทศบาล ครั้งที่ 3/2567</a></div>'
    assert "5.2" in items(EMPTY_LIST.replace("</main>", entry + "</main>"), BASE + "pages/activity")


def test_a_pager_link_never_fetched_is_no_file_named_by_its_url() -> None:
    url = BASE + "pages/activity"
    home = SitePage(
        url=url,
        kind="html",
        content=extract_page(f"<html><body>{EMPTY_LIST}</body></html>", url),
        fetched_on=DAY,
    )
    found, _ = candidates([home], default_matcher(), DAY)
    by_url = {c.doc.url: {h.code for h in c.hits} for c in found}
    assert "5.2" not in by_url.get(url + "?page=1", set())
    assert "5.2" not in by_url.get(url + "?page=2", set())
