"""Matcher behaviour on the traps real agency sites set (domain.md)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checklist.chrome import Chrome, docview_from_page, find_chrome
from checklist.extract import extract_page
from checklist.match import Matcher, _fold_map, default_matcher, fold
from checklist.model import DocView
from checklist.thai import normalize

M = default_matcher()


def codes(doc: DocView) -> set[str]:
    return {h.code for h in M.classify(doc)}


def parts(doc: DocView) -> set[tuple[str, str]]:
    return {(h.code, h.part) for h in M.classify(doc)}


def scanned(text: str) -> set[tuple[str, str]]:
    return {(c, p) for c, p, _ in M.scan(text)}


# ---------------------------------------------------------------- scan
def test_scan_finds_official_wording_and_parts():
    found = scanned("แผนการจัดซื้อจัดจ้างประจำปี\nสรุปผลการจัดซื้อจัดจ้าง\nโครงสร้างองค์กร")
    assert {("5.7", "plan"), ("5.7", "summary"), ("5.1", "structure")} <= found
    assert ("5.7", "announcements") not in found  # จัดซื้อจัดจ้าง inside a longer term


def test_exclusions():
    assert ("5.4", "main") not in scanned("แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569")
    assert ("5.2", "main") not in scanned("ข่าวจัดซื้อจัดจ้าง")
    assert ("5.7", "announcements") in scanned("ข่าวจัดซื้อจัดจ้าง")
    assert ("5.2", "main") not in scanned("ศูนย์ข้อมูลข่าวสาร")
    assert not any(c == "5.11" for c, _ in scanned("การป้องกันการทุจริต"))
    assert ("5.3", "main") not in scanned("ท่านคิดว่าผู้บริหารซื่อสัตย์สุจริตหรือไม่ ○ สุจริต ○ ไม่สุจริต")
    assert ("5.1", "structure") not in scanned("จ้างซ่อมแซมโครงสร้างหลังคา")
    assert ("5.1", "laws") not in scanned("ข้อบัญญัติงบประมาณรายจ่ายประจำปี 2569")
    assert ("5.4", "main") in scanned("ข้อบัญญัติงบประมาณรายจ่ายประจำปี 2569")


def test_six_month_report_is_monitoring_not_annual_report():
    found = scanned("รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2569")
    assert ("5.5", "main") in found and ("5.6", "main") not in found
    assert ("5.6", "main") in scanned("รายงานผลการดำเนินงานประจำปี 2568")


def test_normalisation_variants():
    assert ("5.7", "plan") in scanned("แผน\u200bการจัด\u200bซื้อจัดจ้าง ปี ๒๕๖๙")
    assert ("5.1", "laws") in scanned("กฏหมายที่เกี่ยวข้อง")
    assert ("5.11", "main") in scanned("ศุนย์ดำรงธรรม")
    assert ("5.2", "main") in scanned("ข่าว ประชาสัมพันธ์")
    assert ("5.10", "main") in scanned("กระดาน ถาม - ตอบ")
    assert ("5.7", "summary") in scanned("แบบ สขร.1 เดือน ต.ค. 68")
    assert ("5.11", "main") in scanned("COMPLAINTS")


def test_latin_terms_are_whole_words():
    assert not scanned("capital digital")  # no "ita"
    assert M.link_score("capital", "https://x.go.th/capital") == 0


@given(st.text(alphabet="กขฏฎาุูศนย์ ข่าว-–\u200bํ๑", max_size=40))
def test_fold_map_agrees_with_fold(text):
    raw = normalize(text)
    folded, index = _fold_map(raw)
    assert folded == fold(raw)
    assert len(index) == len(folded) and index == sorted(index)


# ---------------------------------------------------------------- classify
def test_menu_only_keyword_never_yields_evidence():
    menu = "".join(
        f'<li><a href="/p{i}">{t}</a></li>'
        for i, t in enumerate(
            ["แผนการจัดซื้อจัดจ้าง", "ข่าวประชาสัมพันธ์", "คู่มือการปฏิบัติงาน", "ร้องเรียน", "ITA 2569"]
        )
    )
    pages = [
        extract_page(
            f'<div class="leftmenu"><ul>{menu}</ul></div><h1>หน้า {n}</h1><p>เนื้อหา {n} ยาวพอสมควรสำหรับทดสอบ</p>',
            f"http://t.go.th/p{n}",
        )
        for n in range(4)
    ]  # the left menu is not marked up: only repetition reveals it
    chrome = find_chrome(pages)
    for page in pages:
        assert codes(docview_from_page(page, chrome)) == set()


def test_heading_without_body_is_not_evidence():
    assert (
        codes(DocView(url="http://t/x", headings=("ข่าวประชาสัมพันธ์",), content="ข่าวประชาสัมพันธ์"))
        == set()
    )
    empty = DocView(
        url="http://t/x", headings=("คู่มือการปฏิบัติงาน",), content="คู่มือการปฏิบัติงาน\nไม่พบข้อมูล"
    )
    assert codes(empty) == set()
    # On real pages a bare row title over nothing is an empty list template; the row of a real
    # manual links its file (documents=1) or says more than a few words.
    row = DocView(
        url="http://t/x",
        headings=("คู่มือการปฏิบัติงาน",),
        content="คู่มือการปฏิบัติงาน\nคู่มือการปฏิบัติงาน งานจัดเก็บรายได้ (PDF 2 MB)",
    )
    assert codes(row) == set()
    full = DocView(
        url="http://t/x",
        headings=("คู่มือการปฏิบัติงาน",),
        documents=1,
        content="คู่มือการปฏิบัติงาน\nคู่มือการปฏิบัติงาน งานจัดเก็บรายได้ (PDF 2 MB)",
    )
    assert codes(full) == {"5.8"}
    said = DocView(
        url="http://t/x",
        headings=("คู่มือการปฏิบัติงาน",),
        content="คู่มือการปฏิบัติงาน\nคู่มือการปฏิบัติงานด้านการจัดเก็บรายได้ของกองคลัง ฉบับปรับปรุงใหม่",
    )
    assert codes(said) == {"5.8"}


def test_title_alone_never_classifies():
    doc = DocView(
        url="http://t/news/1",
        title="ติดต่อเรา",
        headings=("มอบเงินช่วยเหลือผู้ประสบภัย",),
        content="มอบเงินช่วยเหลือผู้ประสบภัย\nวันที่ 5 ม.ค. 69 นายก อบต. มอบเงินแก่ผู้ประสบภัย 25 ครัวเรือน",
    )
    assert codes(doc) == set()
    reasons = {e["part"]: e["reason"] for e in M.explain(doc)}
    assert "title" in reasons["contact"]


def test_hub_link_to_pdf_or_offsite_is_evidence():
    pdf = DocView(
        url="https://t.go.th/uploads/ita2569/x.pdf",
        kind="pdf",
        link_texts=("O11 แผนการจัดซื้อจัดจ้าง ประจำปี 2569",),
    )
    assert parts(pdf) == {("5.7", "plan")}
    [hit] = M.classify(pdf)
    assert hit.where == ("link",) and "แผนการจัดซื้อจัดจ้าง" in hit.terms
    drive = DocView(
        url="https://drive.google.com/file/d/abc/view",
        kind="offsite",
        link_texts=("O12 รายงานผลการดำเนินงานประจำปี 2568",),
    )
    assert codes(drive) == {"5.6"}
    assert (
        codes(DocView(url="https://drive.google.com/x", kind="offsite", link_texts=("คลิก",)))
        == set()
    )


def test_document_file_name_decides_only_without_text():
    bare = DocView(
        url="https://t.go.th/files/sorkhor1-2569-03.pdf", kind="pdf", link_texts=("ดาวน์โหลด",)
    )
    assert parts(bare) == {("5.7", "summary")}
    html = DocView(
        url="https://t.go.th/sorkhor",
        headings=("ประชุมสภา",),
        content="ประชุมสภา\nสมัยสามัญที่ 1 วันที่ 3 ก.พ. 69 ณ ห้องประชุม",
    )
    assert codes(html) == set()


def test_duty_page_mentions_are_not_evidence():
    doc = DocView(
        url="http://t/duty",
        headings=("กองคลัง",),
        content="\n".join(
            [
                "กองคลัง",
                "จัดทำแผนการจัดซื้อจัดจ้างและดำเนินการจัดซื้อจัดจ้างตามระเบียบ",
                "รับเรื่องร้องเรียน ร้องทุกข์ และประสานการแก้ไข",
                "จัดทำรายงานผลการติดตามการใช้จ่ายงบประมาณประจำปี",
            ]
        ),
    )
    assert codes(doc) == set()


def test_nothing_to_report_statement_is_evidence():
    doc = DocView(
        url="http://t/skr", content="ในเดือนมกราคม 2569 อบต.หนองบัว ไม่มีการจัดซื้อจัดจ้าง จึงประกาศให้ทราบ"
    )
    assert parts(doc) == {("5.7", "summary")}
    doc = DocView(url="http://t/c", content="ไตรมาสที่ 1 ปีงบประมาณ 2569 ไม่มีเรื่องร้องเรียน")
    assert codes(doc) == {"5.11"}
    criterion = DocView(url="http://t/g", content="กรณีไม่มีเรื่องร้องเรียนให้เผยแพร่ว่าไม่มีเรื่องร้องเรียน")
    assert codes(criterion) == set()


def test_label_lines_with_prefixes():
    doc = DocView(
        url="http://t/p",
        headings=("ประกาศเทศบาลตำบลนาเวง เรื่อง แผนการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๙",),
        content="ประกาศเทศบาลตำบลนาเวง เรื่อง แผนการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๙\nรายละเอียดตามเอกสารแนบ 3 รายการ",
        documents=1,
    )  # the attachment is linked, as on real pages
    assert parts(doc) == {("5.7", "plan")}
    news = DocView(
        url="http://t/n",
        headings=("อบต.หนองแวง ประชุมประชาคม เพื่อรับฟังความคิดเห็นการจัดทำแผนพัฒนาท้องถิ่น",),
        content="วันที่ 10 ก.พ. 2569 ณ ศาลาประชาคม มีประชาชนเข้าร่วม 120 คน",
    )
    assert ("5.1", "plan") not in parts(news)


def test_page_listing_many_items_is_not_evidence():
    lines = [
        "5.1 โครงสร้างหน่วยงาน ข้อมูลผู้บริหาร",
        "5.2 ข่าวประชาสัมพันธ์",
        "5.3 เจตจำนงสุจริตของผู้บริหาร",
        "5.8 คู่มือหรือมาตรฐานการปฏิบัติงาน",
        "5.11 ช่องทางการร้องเรียน",
    ]
    assert codes(DocView(url="http://t/m", content="\n".join(lines))) == set()


# ---------------------------------------------------------------- hubs and links
HUB_ROWS = [
    ("O1", "โครงสร้าง"),
    ("O7", "ข่าวประชาสัมพันธ์"),
    ("O10", "แผนดำเนินงานประจำปี"),
    ("O21", "แผนการจัดซื้อจัดจ้าง"),
    ("O13", "คู่มือการปฏิบัติงาน"),
    ("O30", "ช่องทางแจ้งเรื่องร้องเรียน"),
]


def test_hub_detection():
    links = [f"{o} {t}" for o, t in HUB_ROWS]
    hub = DocView(
        url="http://t/ita2569",
        title="ITA 2569",
        headings=("การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569",),
        content="\n".join(links),
    )
    assert M.is_hub(hub, links)
    # The same links as an undetected menu on an ordinary page: "ITA" only as a link text.
    menu = [t for _, t in HUB_ROWS] + ["ITA 2569"]
    page = DocView(
        url="http://t/news",
        headings=("ข่าวประชาสัมพันธ์",),
        content="\n".join(["ข่าวประชาสัมพันธ์", *menu]),
    )
    assert not M.is_hub(page, menu)
    assert not M.is_hub(DocView(url="http://t/x", title="ITA 2569", content="ITA 2569"), ["หน้าแรก"])


def test_link_score_ordering():
    hub = M.link_score("ITA ประจำปีงบประมาณ 2569", "https://t.go.th/ita2569")
    item = M.link_score("O11 แผนการจัดซื้อจัดจ้าง", "https://drive.google.com/x")
    hinted = M.link_score("ดาวน์โหลด", "https://t.go.th/files/sorkhor1.pdf")
    nothing = M.link_score("หน้าแรก", "https://t.go.th/")
    assert hub > item > hinted > nothing == 0
    assert M.link_score("แผนการจัดซื้อจัดจ้าง", "https://t.go.th/index.php?_mod=cHVyY2hhc2U") > item


def test_matcher_from_custom_checklist(tmp_path):
    from checklist.definitions import load_checklist

    text = tmp_path / "x.toml"
    text.write_text(
        'version="x"\nfiscal_year=2570\nsource="s"\nhub_markers=["ita"]\n[[items]]\ncode="9.1"\n'
        'title_th="ก"\ntitle_en="a"\nofficial="ก"\n[[items.parts]]\nkey="main"\ntitle_th="ก"\n'
        'title_en="a"\nterms=["ทดสอบพิเศษ"]\n',
        encoding="utf-8",
    )
    m = Matcher(load_checklist(text))
    assert m.scan("หัวข้อ ทดสอบพิเศษ") == [("9.1", "main", "ทดสอบพิเศษ")]
    assert (
        m.classify(DocView(url="http://t/x", kind="pdf", link_texts=("ทดสอบพิเศษ",)))[0].code
        == "9.1"
    )


def test_structural_chrome_only_for_single_pages():
    html = (
        '<nav><a href="/n">ข่าวประชาสัมพันธ์</a><a href="/c">ร้องเรียน</a></nav>'
        "<main><h1>ติดต่อเรา</h1><p>99 หมู่ 1 ตำบลธาตุนาเวง โทร 042-000000</p></main>"
    )
    doc = docview_from_page(extract_page(html, "http://t/contact"), Chrome())
    assert parts(doc) == {("5.1", "contact")}


@given(st.text(alphabet="กขฏาุูศนย์ ข่าว-\u200b๑", max_size=40), st.integers(0, 40))
def test_raw_offset_matches_exact_map(text, pos):
    from checklist.match import _raw_offset

    raw = normalize(text)
    folded, index = _fold_map(raw)
    if pos < len(folded):
        assert _raw_offset(raw, pos) == index[pos]
