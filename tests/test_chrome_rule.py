"""The "repeated across pages" chrome rule, pinned: thresholds, headings vs menus, no self-comparison."""

from __future__ import annotations

import pytest

from checklist.chrome import (
    CHROME_MIN_PAGES,
    CHROME_SHARE,
    docview_from_page,
    find_chrome,
    repeated_share,
    shared_chrome,
)
from checklist.extract import extract_page

# A left column of plain links in a layout table (no nav class), as old CMS templates write it.
PAGE = """<html><head><title>{title}</title></head><body><table><tr>
<td><ul><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/plan">แผนการจัดซื้อจัดจ้าง</a></li>
<li><a href="/contact">ติดต่อเรา</a></li></ul></td>
<td><h2>{title}</h2><p>{body}</p></td></tr></table></body></html>"""


def _site(n_pages: int, shared: int) -> list:
    """``n_pages`` pages, the first ``shared`` of which carry the sentence 'ประโยคซ้ำ'."""
    pages = []
    for i in range(n_pages):
        extra = "<p>ประโยคซ้ำของแม่แบบเว็บไซต์</p>" if i < shared else ""
        html = f"<html><body><h2>หน้า {i}</h2><p>เนื้อหาเฉพาะหน้า {i}</p>{extra}</body></html>"
        pages.append(extract_page(html, f"http://a.go.th/p{i}"))
    return pages


@pytest.mark.parametrize(
    ("count", "pages", "expected"),
    [
        (3, 3, True),  # the minimum: three pages, all of them
        (2, 2, False),  # two pages never make a template (two news items may share a sentence)
        (2, 3, False),
        (4, 10, True),  # 40 % exactly
        (3, 10, False),  # 30 %
        (39, 100, False),
        (40, 100, True),
        (3, 8, False),  # 37.5 %
        (800, 2000, True),
        (799, 2000, False),
    ],
)
def test_repeated_share_thresholds(count: int, pages: int, expected: bool) -> None:
    assert repeated_share(count, pages) is expected


def test_threshold_constants() -> None:
    # Changing these changes what counts as content on every site: measure on real sites first
    # (the corpus evaluation), then change this test. Measured on the real-site corpus (8 sites,
    # ~250 labelled pages, 2026-12-06): shares 0.2-0.4 give the same page scores (fp 35, fn 30);
    # 0.5 and above leave menus and templates as content (fp 59); min pages 2-5 make no difference.
    assert (CHROME_MIN_PAGES, CHROME_SHARE) == (3, 0.4)


@pytest.mark.parametrize(
    ("n_pages", "shared", "chrome"), [(10, 4, True), (10, 3, False), (3, 3, True), (2, 2, False)]
)
def test_find_chrome_applies_the_thresholds(n_pages: int, shared: int, chrome: bool) -> None:
    pages = _site(n_pages, shared)
    found = find_chrome(pages)
    assert ("ประโยคซ้ำของแม่แบบเว็บไซต์" in found.blocks) is chrome
    doc = docview_from_page(pages[0], found)
    assert ("ประโยคซ้ำของแม่แบบเว็บไซต์" in doc.content) is not chrome
    assert "เนื้อหาเฉพาะหน้า 0" in doc.content


def test_same_page_under_two_urls_counts_once() -> None:
    # Failure class: the home page fetched as / and /index.php (and /index.php?lang=th) counted
    # three times, so its whole content passed the three-page minimum on a small site.
    home = "<html><body><h2>ยินดีต้อนรับ</h2><p>ข่าวประชาสัมพันธ์ล่าสุดของเทศบาล</p></body></html>"
    pages = [
        extract_page(home, u)
        for u in ("http://a.go.th/", "http://a.go.th/index.php", "http://a.go.th/index.php?lang=th")
    ]
    pages += _site(2, 0)
    assert find_chrome(pages).blocks == frozenset()


def test_page_heading_is_not_chrome_because_a_menu_uses_the_same_words() -> None:
    # Failure class: a menu entry "ข่าวประชาสัมพันธ์" on every page removed the news page's own
    # heading of the same words, so the news page was not evidence.
    pages = [
        extract_page(PAGE.format(title=f"เรื่อง {i}", body=f"เนื้อหา {i}"), f"http://a.go.th/p{i}")
        for i in range(5)
    ]
    news = extract_page(
        PAGE.format(title="ข่าวประชาสัมพันธ์", body="ประชุมประจำเดือน ๑๒ ม.ค. ๒๕๖๘"),
        "http://a.go.th/news",
    )
    chrome = find_chrome([*pages, news])
    assert "ข่าวประชาสัมพันธ์" in chrome.blocks  # the menu entry is template
    doc = docview_from_page(news, chrome)
    assert doc.headings == ("ข่าวประชาสัมพันธ์",)
    assert "ติดต่อเรา" not in doc.content


def test_repeated_heading_with_repeated_box_is_chrome() -> None:
    box = "<h3>ลิงก์หน่วยงาน</h3><p>กรมส่งเสริมการปกครองท้องถิ่น</p>"
    pages = [
        extract_page(
            f"<html><body>{box}<h2>หน้า {i}</h2><p>เนื้อหา {i}</p></body></html>",
            f"http://a.go.th/p{i}",
        )
        for i in range(4)
    ]
    doc = docview_from_page(pages[0], find_chrome(pages))
    assert doc.headings == ("หน้า 0",)


def test_a_page_is_never_compared_with_itself() -> None:
    # Failure class: `oit inspect` of a home page by its own URL (/index.php vs /) took every
    # block as shared with the home page and found nothing.
    html = PAGE.format(title="ข่าวประชาสัมพันธ์", body="ประชุมประจำเดือน")
    page = extract_page(html, "http://a.go.th/index.php")
    home = extract_page(html, "http://a.go.th/")
    doc = docview_from_page(page, shared_chrome(page, home))
    assert "ประชุมประจำเดือน" in doc.content
    assert "ติดต่อเรา" in doc.content


def test_lone_page_keeps_a_heading_the_home_page_also_has() -> None:
    # The home page's section heading "ข่าวประชาสัมพันธ์" over its own teasers does not make the
    # news page's heading template; the shared menu still is.
    home = extract_page(
        PAGE.format(title="ข่าวประชาสัมพันธ์", body="ข่าวเด่นวันนี้ ๓ รายการ"), "http://a.go.th/"
    )
    news = extract_page(
        PAGE.format(title="ข่าวประชาสัมพันธ์", body="ประชุมประจำเดือน ๑๒ ม.ค. ๒๕๖๘"),
        "http://a.go.th/news.php",
    )
    doc = docview_from_page(news, shared_chrome(news, home))
    assert doc.headings == ("ข่าวประชาสัมพันธ์",)
    assert "แผนการจัดซื้อจัดจ้าง" not in doc.content
