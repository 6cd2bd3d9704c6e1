"""Failure class of 5.1/executives from the real-site corpus (issue 15): a template's header bar
"คณะผู้บริหาร…" over the vision text, or a personnel statistics page, names the executives but shows
no person under the title. The executives are people: names, posts. Our own markup and wording."""

from __future__ import annotations

from checklist.chrome import docview_from_page, find_chrome
from checklist.extract import extract_page
from checklist.match import default_matcher


def _page(body: str, url: str):
    return extract_page(f"<html><body>{body}</body></html>", url)


def _parts(body: str, url: str = "http://h.go.th/inner.php") -> set[str]:
    return {
        f"{h.code}/{h.part}"
        for h in default_matcher().classify(docview_from_page(_page(body, url)))
    }


def test_an_executives_title_over_no_person_is_not_the_executives() -> None:
    leftover = (
        "<p>คณะผู้บริหารโรงพยาบาลตัวอย่าง</p>"
        "<p>โรงพยาบาลชุมชนที่มีคุณภาพ ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข และทำงานเป็นทีม</p>"
    )
    assert "5.1/executives" not in _parts(leftover)
    bar = (
        "<h1>Inner Page</h1><p>โรงพยาบาลตัวอย่าง อ.เมือง จ.ตัวอย่าง</p><p>info@example.go.th 055-000000</p>"
        "<p>คณะผู้บริหารโรงพยาบาลตัวอย่าง</p><h2>วิสัยทัศน์ /พันธกิจ</h2><h3>วิสัยทัศน์</h3>"
        "<p>โรงพยาบาลชุมชนที่มีคุณภาพ ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข และทำงานเป็นทีม</p>"
    )
    assert "5.1/executives" not in _parts(bar)


def test_executives_with_names_under_the_title_stay() -> None:
    cards = (
        "<p>คณะผู้บริหารโรงพยาบาลตัวอย่าง</p><p>นายแพทย์สมชาย ตัวอย่างดี</p>"
        "<p>ผู้อำนวยการโรงพยาบาลตัวอย่าง ปฏิบัติหน้าที่ตั้งแต่ปีสองพันห้าร้อยหกสิบ</p>"
    )
    assert "5.1/executives" in _parts(cards)


def test_cards_the_site_repeats_count_at_the_executives_url() -> None:
    # The cards are on every page (chrome); the executives page (by its URL) keeps them as its body.
    cards = "<div><h4>นางสาวมาลี ทดลองดี</h4><span>ผู้อำนวยการโรงเรียน</span></div>"
    pages = [_page(f"<h1>ฝ่ายบริหารโรงเรียนตัวอย่าง</h1>{cards}", "http://s.ac.th/executive.html")]
    pages += [
        _page(
            f"<h1>ข่าวที่ {n}</h1><p>กิจกรรมของนักเรียนครั้งที่ {n}</p>{cards}",
            f"http://s.ac.th/news{n}.html",
        )
        for n in range(5)
    ]
    doc = docview_from_page(pages[0], find_chrome(pages))
    assert "5.1/executives" in {f"{h.code}/{h.part}" for h in default_matcher().classify(doc)}
