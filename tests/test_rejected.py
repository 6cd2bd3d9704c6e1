"""Every missing/undated verdict names the near misses (shared/contract.md ``rejected``)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from checklist.definitions import load_checklist
from checklist.evaluate import CrawlState, evaluate_site
from checklist.extract import extract_page
from checklist.freshness import load_policy
from checklist.match import default_matcher
from checklist.model import SitePage
from checklist.rejections import Rejection, best, matcher_reason
from reports.build import item_record, part_record
from reports.reasons import bilingual

AS_OF = dt.date(2026, 11, 25)
BASE = "http://127.0.0.1:9/"
NAV = '<nav><a href="/">หน้าแรก</a> <a href="/news">ข่าว</a> <a href="/contact">ติดต่อเรา</a></nav>'
FILLER = "<p>" + "องค์การบริหารส่วนตำบลตัวอย่างให้บริการประชาชนในพื้นที่อย่างต่อเนื่อง " * 4 + "</p>"


def _page(path: str, title: str, body: str) -> SitePage:
    html = f"<html><head><title>{title}</title></head><body>{NAV}<main>{body}</main></body></html>"
    url = BASE + path.lstrip("/")
    return SitePage(
        url=url, kind="html", title=title, content=extract_page(html, url), fetched_on=AS_OF
    )


def _site() -> list[SitePage]:
    return [
        _page(
            "/",
            "อบต.ตัวอย่าง",
            "<h1>ยินดีต้อนรับ</h1>" + FILLER + '<p><a href="/files/manual.pdf">คู่มือการปฏิบัติงาน</a></p>',
        ),
        # A heading and nothing under it: the classic empty CMS category.
        _page("/integrity", "เจตจำนงสุจริตของผู้บริหาร", "<h1>เจตจำนงสุจริตของผู้บริหาร</h1>"),
        _page(
            "/news",
            "ข่าวประชาสัมพันธ์",
            "<h1>ข่าวประชาสัมพันธ์</h1><p>ประกาศ ณ วันที่ 20 พฤศจิกายน 2569</p>" + FILLER,
        ),
        _page("/contact", "ติดต่อเรา", "<h1>ติดต่อหน่วยงาน</h1><p>โทร 02 123 4567</p>" + FILLER),
        SitePage(url=BASE + "files/manual.pdf", kind="error", error="http-404", fetched_on=AS_OF),
    ]


def _evaluate():
    return evaluate_site(
        _site(), CrawlState("ok"), load_checklist(), default_matcher(), load_policy(), AS_OF
    )


def test_missing_items_name_the_pages_that_were_turned_away_and_why() -> None:
    items = {f.code: f for f in _evaluate().items}
    integrity = items["5.3"]
    assert integrity.status == "missing"
    assert integrity.rejected[0].url == BASE + "integrity"
    # The matcher's own words (checklist/match.py may reword them), then their Thai.
    english, thai = integrity.rejected[0].reason.split(" / ")
    assert english.isascii() and thai and not thai.isascii()
    manual = items["5.8"]
    assert manual.status in ("missing", "undated")  # whatever the home page's own line counts for
    assert manual.rejected[0].url == BASE + "files/manual.pdf"
    assert "http-404" in manual.rejected[0].reason and "เปิดไม่ได้" in manual.rejected[0].reason
    # Nothing on the site names the annual report: nothing came close, an empty list.
    assert items["5.6"].status == "missing" and items["5.6"].rejected == ()
    # Evidence that was taken is never also listed as rejected, and ok items carry none.
    assert items["5.2"].status != "missing" and items["5.2"].rejected == ()


def test_report_json_carries_rejected_only_on_missing_and_undated() -> None:
    evaluation = _evaluate()
    entries = {f.code: item_record(f, ("th", "en")).to_json() for f in evaluation.items}
    assert entries["5.3"]["rejected"][0] == {
        "url": BASE + "integrity",
        "title": "เจตจำนงสุจริตของผู้บริหาร",
        "reason": entries["5.3"]["rejected"][0]["reason"],
    }
    assert entries["5.6"]["rejected"] == []
    assert all(
        "rejected" not in e for e in entries.values() if e["status"] not in ("missing", "undated")
    )
    for part in evaluation.parts["5.1"]:
        entry = part_record(part, ("th", "en")).to_json()
        assert ("rejected" in entry) == (part.status in ("missing", "undated"))


def test_best_keeps_three_one_per_url_highest_score_first() -> None:
    pool = [
        Rejection(f"{BASE}{n}", "t", "r", score)
        for n, score in (("a", 1.0), ("b", 5.0), ("a", 7.0), ("c", 2.0), ("d", 0.5))
    ]
    assert [r.url for r in best(pool)] == [BASE + "a", BASE + "b", BASE + "c"]


def test_reasons_are_bilingual_and_unknown_matcher_reasons_keep_their_english() -> None:
    from checklist.match import REJECTION_TH

    for english, thai in REJECTION_TH.items():  # one wording per rule, kept beside the rules
        assert matcher_reason(english) == f"{english} / {thai}" and thai != "ไม่นับเป็นหลักฐาน"
    assert matcher_reason("a brand new rule") == "a brand new rule / ไม่นับเป็นหลักฐาน"
    text = bilingual("newest 2026-04-15 is before cutoff 2026-08-25 (3 months)")
    assert text.startswith("newest 2026-04-15 is before cutoff 2026-08-25")
    assert "ล่าสุด 15 เม.ย. 2569 เก่ากว่าเกณฑ์ 25 ส.ค. 2569 (3 เดือน)" in text
    assert bilingual("plan: stale; summary: missing") == (
        "plan: stale / plan: ไม่เป็นปัจจุบัน; summary: missing / summary: ไม่พบ"
    )
    kept = "server error (5xx) / เซิร์ฟเวอร์ขัดข้อง — HTTP 503"
    assert bilingual(kept) == kept


def test_an_item_reason_quotes_the_same_day_as_its_last_updated() -> None:
    # Every part ok: the item's reason comes from its newest part, the day last_updated shows.
    for finding in _evaluate().items:
        if finding.status == "ok" and finding.last_updated:
            assert finding.last_updated.isoformat() in finding.reason, (
                finding.code,
                finding.reason,
            )


PASSING = (
    "<html><head><title>ข่าวประชาสัมพันธ์</title></head><body><h1>ข่าวประชาสัมพันธ์</h1>"
    "<p>วันที่ 3 ตุลาคม 2569 นายกเทศมนตรีมอบนโยบายให้พนักงานทุกคนปฏิบัติงานด้วยความโปร่งใส "
    "ตามที่ได้ประกาศเจตจำนงสุจริตไว้แล้ว และเชิญชวนประชาชนร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล</p>"
    "</body></html>"
)


@pytest.mark.integration
def test_inspect_text_names_what_the_page_mentions_but_is_not_evidence_for(tmp_path) -> None:
    from tests.conftest import run_oit

    page = tmp_path / "news.html"
    page.write_text(PASSING, encoding="utf-8")
    result = run_oit("inspect", str(page))
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "named but not taken / พบคำแต่ไม่นับเป็นหลักฐาน" in text
    line = next(x for x in text.splitlines() if x.strip().startswith("5.3:"))
    assert " / " in line and any("\u0e00" <= ch <= "\u0e7f" for ch in line.split(" / ", 1)[1])
    data = json.loads(run_oit("inspect", str(page), "--json").stdout)
    assert {r["code"] for r in data["rejected"]} >= {"5.3"}
    assert "5.3" not in {i["code"] for i in data["items"]}
