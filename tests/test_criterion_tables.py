"""Tables of documents under a coded ITA criterion (issue 15, point 5).

Failure class seen on a saved district health office site (MOPH "EB" evidence pages): each
criterion is a heading ("EB n (1) …ผู้มีส่วนได้ส่วนเสีย…แสดงความคิดเห็น…") over a table whose rows
name only the document ("บันทึกข้อความขออนุมัติ…", "ภาพถ่ายกิจกรรม") and link its PDF by an icon.
The row names the file, the criterion names what it is evidence for; the one row whose text
quoted the criterion linked a PDF that answers 404, so opinion channels (5.10) were `missing`.
The criterion text itself is never evidence: the page is a hub, its files are the evidence.
Markup and wording here are our own.
"""

from __future__ import annotations

import datetime as dt

from checklist.chrome import docview_from_page, find_chrome
from checklist.evaluate import candidates
from checklist.extract import extract_page
from checklist.match import default_matcher
from checklist.model import SitePage

BASE = "http://127.0.0.1:9/"
DAY = dt.date(2026, 5, 24)
MEMO = BASE + "files/c1/memo.pdf"
PHOTOS = BASE + "files/c1/photos.pdf"
MINUTES = BASE + "files/c1/minutes.pdf"  # answers 404
PLAN = BASE + "files/c2/plan.pdf"
CRITERION = "EB 7 (1) ผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการ แสดงความคิดเห็น ต่อโครงการของหน่วยงาน"
ICON = '<span class="icon icon-download"></span>'


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td>{n}</td><td>{text}</td><td><a href="{href}">{ICON}</a></td></tr>'
        for n, (text, href) in enumerate(rows, 1)
    )
    return f"<table><tr><th>ที่</th><th>ประเด็น</th><th>ไฟล์</th></tr>{body}</table>"


def _page(heading: str, second: str = "EB 7 (2) การจัดทำแผนงานร่วมกับชุมชน") -> SitePage:
    html = (
        "<html><head><title>EB7</title></head><body><main>"
        "<h2>EB7 ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน</h2>"
        f'<div class="box"><div class="box-header"><h3>{heading}</h3></div><div class="box-body">'
        + _table(
            [
                ("บันทึกข้อความขออนุมัติจัดกิจกรรม", MEMO),
                ("รายงานการประชุมที่ผู้มีส่วนได้ส่วนเสียมาร่วมแสดงความคิดเห็น", MINUTES),
                ("ภาพถ่ายประกอบกิจกรรม", PHOTOS),
            ]
        )
        + f"</div></div><h3>{second}</h3>"
        + _table([("แผนงานประจำปีของหน่วยงาน", PLAN)])
        + "</main></body></html>"
    )
    url = BASE + "eb7"
    return SitePage(
        url=url, kind="html", title="EB7", content=extract_page(html, url), fetched_on=DAY
    )


def _pdf(url: str, text: str) -> SitePage:
    return SitePage(url=url, kind="pdf", text=text, fetched_on=DAY)


def _site(heading: str = CRITERION) -> list[SitePage]:
    return [
        _page(heading),
        _pdf(MEMO, "บันทึกข้อความ เรื่อง ขออนุมัติจัดกิจกรรมพบปะชุมชน"),
        _pdf(PHOTOS, "ภาพกิจกรรม"),
        SitePage(url=MINUTES, kind="error", error="http-404", fetched_on=DAY),
        _pdf(PLAN, "แผนงานประจำปี"),
    ]


def _hits(pages: list[SitePage]) -> dict[str, set[str]]:
    found, _ = candidates(pages, default_matcher(), DAY)
    out: dict[str, set[str]] = {}
    for c in found:
        out.setdefault(c.doc.url, set()).update(h.code for h in c.hits)
    return out


def test_icon_links_under_a_coded_criterion_are_named_by_it() -> None:
    links = {link.url: link for link in _page(CRITERION).content.links}  # type: ignore[union-attr]
    assert links[MEMO].text == "1 บันทึกข้อความขออนุมัติจัดกิจกรรม"  # the row names the file
    assert links[MEMO].row == CRITERION  # the criterion names what it is for
    # The second table stands under its own heading, not under the first.
    assert links[PLAN].row == "EB 7 (2) การจัดทำแผนงานร่วมกับชุมชน"


def test_files_under_the_criterion_are_its_evidence_and_a_dead_one_is_not() -> None:
    hits = _hits(_site())
    assert "5.10" in hits.get(MEMO, set())
    assert "5.10" in hits.get(PHOTOS, set())
    assert MINUTES not in hits  # the row quoting the criterion links nothing that answers
    assert "5.10" not in hits.get(PLAN, set())  # another criterion's table


def test_the_criterion_page_is_a_hub_not_evidence_itself() -> None:
    pages = _site()
    found, _ = candidates(pages, default_matcher(), DAY)
    page = next(c for c in found if c.doc.url == BASE + "eb7")
    assert page.hub and not page.hits


def test_an_uncoded_heading_over_a_table_names_no_file() -> None:
    page = _page("เอกสารดาวน์โหลด", second="แบบฟอร์มต่าง ๆ")
    links = {link.url: link for link in page.content.links}  # type: ignore[union-attr]
    assert links[MEMO].row == "" and links[PLAN].row == ""
    assert "5.10" not in _hits([page, _pdf(MEMO, "บันทึกข้อความ")]).get(MEMO, set())


def test_a_heading_with_another_table_between_names_no_file() -> None:
    html = (
        f"<html><body><main><h3>{CRITERION}</h3>"
        + _table([("ตารางเวลาทำการ", BASE + "hours.pdf")])
        + "<p>เอกสารอื่น</p>"
        + _table([("บันทึกข้อความขออนุมัติจัดกิจกรรม", MEMO)])
        + "</main></body></html>"
    )
    content = extract_page(html, BASE + "eb7")
    links = {link.url: link for link in content.links}
    assert links[BASE + "hours.pdf"].row == CRITERION
    assert links[MEMO].row == ""
    # Sanity: the page still reads as content (docview), the criterion is one of its lines.
    doc = docview_from_page(content, find_chrome([content]))
    assert CRITERION.split()[0] in doc.content


def test_a_bundle_linked_under_every_criterion_row_is_named_by_each_row() -> None:
    # Failure class: a quarterly ITA table links one PDF (memo + สขร.1 summary + publication form)
    # from each of its three criterion sentences by the month alone; every row quotes a criterion,
    # so none is the file's name, and keeping only the first (the memo's) lost the summary (5.7).
    bundle = BASE + "files/q4-bundle.pdf"
    months = f'<a href="{bundle}">เดือน กรกฎาคม 2567</a><br><a href="">เดือน สิงหาคม 2567</a>'
    rows = "".join(
        f"<tr><td>4.{n}</td><td>{text}<br>{months}</td></tr>"
        for n, text in enumerate(
            (
                "มีบันทึกข้อความรายงานผู้บริหารรับทราบและขออนุญาตนำขึ้นเว็บไซต์",
                "มีแบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร. 1) ไตรมาสที่ 4",
                "มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะ",
            ),
            1,
        )
    )
    html = f"<html><body><main><h1>การจัดซื้อจัดจ้าง</h1><table>{rows}</table></main></body></html>"
    url = BASE + "tb/q4.php"
    page = SitePage(url=url, kind="html", content=extract_page(html, url), fetched_on=DAY)
    pdf = _pdf(bundle, "บันทึกข้อความ")
    assert "5.7" in _hits([page, pdf]).get(bundle, set())


def test_numbered_criterion_rows_linked_by_their_own_text_make_a_hub() -> None:
    # Failure class seen on a saved hospital site: an ITA page whose rows are links "1.1 ข้อมูล
    # ผู้บริหาร แสดงรายนาม…", "1.5 กฎหมายที่เกี่ยวข้อง…" to PDFs and off-site pages; not taken for
    # a hub, its criterion text was judged as the page's own and its linked law page was lost.
    names = (
        "ข้อมูลผู้บริหาร แสดงรายนามของผู้บริหาร",
        "โครงสร้างหน่วยงาน",
        "หน้าที่และอำนาจของหน่วยงาน",
        "กฎหมายที่เกี่ยวข้องกับการดำเนินงาน",
        "ข่าวประชาสัมพันธ์ที่แสดงข้อมูลข่าวสาร",
        "ช่องทางการรับฟังความคิดเห็น",
    )
    rows = "".join(
        f'<p><a href="{BASE}files/1_{n}.pdf">1.{n} {name}</a></p>'
        for n, name in enumerate(names, 1)
    )
    html = f"<html><head><title>MOIT 2</title></head><body><main>{rows}</main></body></html>"
    url = BASE + "ita/moit2"
    content = extract_page(html, url)
    doc = docview_from_page(content, find_chrome([content]))
    outlinks = [link.text for link in content.links]
    assert default_matcher().is_hub(doc, outlinks)
    # Numbered news titles that name no item are a list, not a hub.
    news = "".join(
        f'<p><a href="{BASE}news/{n}">1.{n} ประชุมประจำเดือนครั้งที่ {n}</a></p>' for n in range(1, 7)
    )
    content = extract_page(f"<html><body><main>{news}</main></body></html>", BASE + "news")
    doc = docview_from_page(content, find_chrome([content]))
    assert not default_matcher().is_hub(doc, [link.text for link in content.links])
