"""CMS / platform families (checklist/platforms/): one module each, joined by the registry, and
each family's data reaching the readers that use it (layout regions, pagers, scope, dates in URLs)."""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import pytest

from checklist import platforms
from checklist.dates import dates_in_url
from checklist.extract import extract_page
from checklist.platforms.family import Family
from crawler import urls

PACKAGE = Path(platforms.__file__).parent


def _regions(html: str) -> dict[str, str]:
    return {b.text: b.region for b in extract_page(html, "http://a.go.th/x").blocks}


def test_every_family_module_is_registered_once() -> None:
    modules = sorted(p.stem for p in PACKAGE.glob("*.py"))
    homes = [
        importlib.import_module(f"checklist.platforms.{name}")
        for name in modules
        if name not in ("__init__", "family")
    ]
    assert [id(m.FAMILY) for m in homes] and sorted(map(id, platforms.FAMILIES)) == sorted(
        id(m.FAMILY) for m in homes
    )
    assert len({f.name for f in platforms.FAMILIES}) == len(platforms.FAMILIES)


def test_the_registry_is_the_union_of_the_families() -> None:
    extra = Family(
        name="x",
        title="x",
        regions={"aside": frozenset({"xwidget"})},
        main_words=frozenset({"xbody"}),
        box_prefixes=frozenset({"xbox"}),
        page_params=frozenset({"xpage"}),
        page_path_words=frozenset({"seite"}),
        url_months=(r"/m(?P<y>\d{4})(?P<m>\d\d)/",),
    )
    tables = platforms.assemble((*platforms.FAMILIES, extra))
    assert dict((r, w) for w, r in tables.region_words)["aside"] == platforms.REGION_WORDS[3][0] | {
        "xwidget"
    }
    assert tables.main_words == platforms.MAIN_WORDS | {"xbody"}
    assert "xbox" in tables.component_prefixes and "xbox" not in tables.layout_prefixes
    assert tables.page_params == platforms.PAGE_PARAMS | {"xpage"}
    assert tables.page_path.search("/news/seite/2") and tables.page_path.search("/news/page/2")
    assert len(tables.url_months) == len(platforms.URL_MONTHS) + 1


@pytest.mark.parametrize(
    "family, message",
    [
        (
            Family(name="a", title="a", regions={"footer": frozenset({"menu"})}),
            "both nav and footer",
        ),
        (Family(name="b", title="b", box_prefixes=frozenset({"text"})), "both a box and a style"),
        (Family(name="c", title="c", shared_hosts={"sites.google.com": 3}), "two site prefixes"),
        (Family(name="d", title="d", regions={"main": frozenset({"x"})}), "unknown regions"),
    ],
)
def test_families_that_disagree_are_refused(family: Family, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        platforms.assemble((*platforms.FAMILIES, family))


def test_wordpress_widgets_pagers_and_dated_paths() -> None:
    regions = _regions(
        '<div id="primary"><h2>ประกาศจัดซื้อจัดจ้าง</h2><p>รายละเอียดประกาศ</p></div>'
        '<div class="widget widget_recent_entries"><p>เรื่องล่าสุดของเว็บไซต์</p></div>'
    )
    assert regions["ประกาศจัดซื้อจัดจ้าง"] == "main"
    assert regions["เรื่องล่าสุดของเว็บไซต์"] == "aside"
    assert urls.page_number("http://a.go.th/?cat=3&paged=2", "2") == 2
    assert urls.page_number("http://a.go.th/category/news/page/5/", "5") == 5
    (month,) = dates_in_url("http://a.go.th/wp-content/uploads/2026/05/plan.pdf")
    assert (month.date, month.kind, month.end) == (
        dt.date(2026, 5, 1),
        "month",
        dt.date(2026, 5, 31),
    )
    (day,) = dates_in_url("http://a.go.th/2026/11/24/meeting-report/")
    assert day.date == dt.date(2026, 11, 24)


def test_joomla_menu_and_start_pager() -> None:
    assert (
        _regions(
            '<div class="moduletable_mainmenu"><a href="/a">หน้าแรกของเว็บ</a></div>'
            "<p>เนื้อหาของหน้านี้</p>"
        )["หน้าแรกของเว็บ"]
        == "nav"
    )
    assert (
        urls.page_number("http://a.go.th/index.php?option=com_content&view=category&start=20", "3")
        == 20
    )


def test_thai_vendor_counters_and_thai_path_pager() -> None:
    regions = _regions('<p>ข่าวประชาสัมพันธ์ประจำเดือน</p><div id="counter"><p>ผู้เข้าชมวันนี้ 120</p></div>')
    assert regions["ผู้เข้าชมวันนี้ 120"] == "aside"
    assert urls.page_number("http://a.go.th/ข่าว/หน้า/2", "2") == 2


def test_google_sites_scope_is_the_site_prefix() -> None:
    home = "https://sites.google.com/view/bansuan/home"
    assert urls.in_scope("https://sites.google.com/view/bansuan/ita/o1", home)
    assert not urls.in_scope(
        "https://sites.google.com/view/other/ita", home
    )  # another owner's site


def test_generic_file_name_dates() -> None:
    (day,) = dates_in_url("http://a.go.th/files/scan_20260514.pdf")
    assert day.date == dt.date(2026, 5, 14)
