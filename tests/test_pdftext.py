"""PDF text extraction with pypdfium2, on PDFs generated with fpdf2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fpdf import FPDF

from checklist.dates import find_dates, parse_date_value
from checklist.pdftext import PdfText, extract_pdf

THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")  # Debian fonts-tlwg-garuda
needs_thai_font = pytest.mark.skipif(
    not THAI_FONT.exists(), reason="no Thai TTF (fonts-tlwg-garuda)"
)
ICT = dt.timezone(dt.timedelta(hours=7))


def make_pdf(
    pages: list[str], *, thai: bool = False, title: str | None = None, **kw: object
) -> bytes:
    pdf = FPDF()
    if thai:
        pdf.add_font("Garuda", fname=str(THAI_FONT))
        pdf.set_font("Garuda", size=14)
    else:
        pdf.set_font("Helvetica", size=12)
    if title:
        pdf.set_title(title)
    pdf.set_creation_date(dt.datetime(2025, 10, 14, 9, 30, tzinfo=ICT))
    if "password" in kw:
        pdf.set_encryption(owner_password="owner", user_password=str(kw["password"]))
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@needs_thai_font
def test_thai_text_keeps_tone_marks_and_dates() -> None:
    lines = ["ประกาศ ณ วันที่ ๑๕ มกราคม พ.ศ. ๒๕๖๙", "ผู้ใหญ่บ้าน น้ำท่วม ที่ตั้ง กุมภาพันธ์"]
    out = extract_pdf(make_pdf(lines, thai=True, title="แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569"))
    assert out.error is None
    assert out.pages == 2
    assert out.text.split("\n") == lines
    assert out.title == "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569"
    found = find_dates(out.text, "pdf")
    assert [(f.date, f.label, f.source) for f in found] == [
        (dt.date(2026, 1, 15), "ประกาศ ณ วันที่", "pdf")
    ]


def test_latin_text_title_and_meta_dates() -> None:
    out = extract_pdf(
        make_pdf(
            ["Report dated 2026-01-15", "Page two"], title="Microsoft Word - annual report.docx"
        )
    )
    assert isinstance(out, PdfText)
    assert (out.error, out.pages) == (None, 2)
    assert out.text == "Report dated 2026-01-15\nPage two"
    assert out.title == "annual report.docx"  # word-processor prefix removed
    assert out.meta_dates == (("D:20251014093000+07'00'", "pdf-meta"),)
    fd = parse_date_value(out.meta_dates[0][0], out.meta_dates[0][1])
    assert fd is not None and fd.date == dt.date(2025, 10, 14)


def test_max_pages_limits_text_not_page_count() -> None:
    out = extract_pdf(make_pdf([f"page {i}" for i in range(1, 6)]), max_pages=2)
    assert out.pages == 5
    assert out.text == "page 1\npage 2"
    assert extract_pdf(make_pdf(["a"]), max_pages=0).text == ""


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello world",
        b"<html><body>not a pdf</body></html>",
        b"%PDF-1.7\n garbage \x00\xff" * 3,
    ],
)
def test_broken_input_gives_an_error_not_an_exception(data: bytes) -> None:
    out = extract_pdf(data)
    assert out.error
    assert (out.text, out.pages) == ("", 0)


def test_truncated_pdf() -> None:
    data = make_pdf(["some text"])
    out = extract_pdf(data[: len(data) // 3])
    assert out.error is not None or out.text in ("", "some text")  # pdfium may repair; never raises


def test_encrypted_pdf_needing_a_password() -> None:
    out = extract_pdf(make_pdf(["secret 2026-01-15"], password="user"))
    assert out.error is not None and "PDF" in out.error
    assert out.text == ""


def test_encrypted_pdf_with_owner_password_only_is_read() -> None:
    out = extract_pdf(make_pdf(["open 2026-01-15"], password=""))
    assert out.error is None
    assert out.text == "open 2026-01-15"
