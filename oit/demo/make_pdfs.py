"""Regenerate the PDFs (and placeholder images) committed under ``sites/``.

Run once by a maintainer, never at demo or test time::

    apt-get install -y fonts-tlwg-garuda-ttf      # a Thai TTF, only for this script
    python -m oit.demo.make_pdfs

The fonts are embedded (subset) in the PDFs, so serving and reading them needs
no Thai font. Fresh evidence PDFs carry **no date at all** (neither in the text
nor in the document information): their date comes from the rendered link text
on the page that links to them. The one stale PDF (a05's old สขร.1) carries a
fixed old date in its text and its CreationDate on purpose.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF

from oit.demo.server import _GIF, SITES_DIR

FONT_DIRS = (Path("/usr/share/fonts/truetype/tlwg"), Path("/usr/share/fonts/truetype/thai"))
FONT_NAME = "Garuda.ttf"


def _font() -> Path:
    for d in FONT_DIRS:
        if (d / FONT_NAME).is_file():
            return d / FONT_NAME
    raise SystemExit(f"{FONT_NAME} not found: apt-get install -y fonts-tlwg-garuda-ttf")


def write_pdf(
    path: Path,
    title: str,
    lines: Sequence[str],
    *,
    author: str,
    created: dt.datetime | None = None,
) -> None:
    """A one-page A4 PDF with Thai text; ``created=None`` leaves out every metadata date."""
    pdf = FPDF()
    pdf.add_font("Garuda", "", str(_font()))
    # No text shaping on purpose: with uharfbuzz, fpdf2 maps some shaped clusters
    # (e.g. "น้ำ") to wrong ToUnicode entries and text extraction gets garbage.
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Microsoft Word")  # what real uploads say
    pdf.set_creation_date(created or dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Garuda", size=16)
    pdf.multi_cell(0, 10, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Garuda", size=12)
    for line in lines:
        pdf.multi_cell(0, 8, line or " ", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    if created is None:
        data = _blank_dates(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _blank_dates(data: bytes) -> bytes:
    """Blank out the /CreationDate entry with spaces of the same length (xref offsets stay valid)."""
    return re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", lambda m: b" " * len(m[0]), data)


def main() -> None:
    s = SITES_DIR
    write_pdf(
        s / "a01/files/procurement-plan.pdf",
        "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ\nเทศบาลตำบลบ้านสวน อำเภอเมืองขอนแก่น จังหวัดขอนแก่น",
        [
            "ลำดับ 1  จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3  วงเงิน 498,000 บาท  วิธีเฉพาะเจาะจง  ไตรมาสที่ 1",
            "ลำดับ 2  จ้างก่อสร้างรางระบายน้ำ คสล. หมู่ที่ 7  วงเงิน 2,350,000 บาท  e-bidding  ไตรมาสที่ 1",
            "ลำดับ 3  จัดซื้อวัสดุการแพทย์ ศูนย์พัฒนาเด็กเล็ก  วงเงิน 85,000 บาท  วิธีเฉพาะเจาะจง  ไตรมาสที่ 2",
            "ลำดับ 4  จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน  วงเงิน 2,500,000 บาท  e-bidding  ไตรมาสที่ 3",
            "ลำดับ 5  จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ 1, 5, 9  วงเงิน 300,000 บาท  วิธีเฉพาะเจาะจง  ไตรมาสที่ 2",
            "",
            "เผยแพร่ตามมาตรา 11 แห่งพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ",
            "งานพัสดุ กองคลัง เทศบาลตำบลบ้านสวน โทร 0 4321 1234 ต่อ 203",
        ],
        author="งานพัสดุ กองคลัง",
    )
    for slug, work in (("saraban", "งานสารบรรณ"), ("finance", "งานการเงินและบัญชี")):
        write_pdf(
            s / f"a02/files/manual-{slug}.pdf",
            f"คู่มือการปฏิบัติงาน {work}\nองค์การบริหารส่วนตำบลหนองน้ำ",
            [
                "1. วัตถุประสงค์ของคู่มือ",
                "2. ขอบเขตของงาน",
                "3. ขั้นตอนการปฏิบัติงาน (Flow Chart) และระยะเวลาในแต่ละขั้นตอน",
                "4. ผู้รับผิดชอบและตำแหน่ง",
                "5. กฎหมาย ระเบียบ และเอกสารที่เกี่ยวข้อง",
                "6. แบบฟอร์มที่ใช้",
            ],
            author="สำนักปลัด อบต.หนองน้ำ",
        )
    write_pdf(
        s / "a03/wp-content/uploads/ita/O12-annual-report.pdf",
        "รายงานผลการดำเนินงานประจำปีงบประมาณ\nสำนักงานสาธารณสุขอำเภอเมือง จังหวัดขอนแก่น",
        [
            "ส่วนที่ 1 ผลการดำเนินงานตามแผนปฏิบัติราชการ: ดำเนินการแล้วเสร็จ 31 โครงการ จาก 34 โครงการ",
            "ส่วนที่ 2 ผลการใช้จ่ายงบประมาณ: เบิกจ่ายร้อยละ 96.4 ของงบประมาณที่ได้รับจัดสรร",
            "ส่วนที่ 3 ปัญหา อุปสรรค และข้อเสนอแนะ",
        ],
        author="กลุ่มงานยุทธศาสตร์ สสอ.เมือง",
    )
    write_pdf(
        s / "a05/files/skr1-2568-03.pdf",
        "สรุปผลการดำเนินการจัดซื้อจัดจ้าง (แบบ สขร.1)\nประจำเดือน มีนาคม 2568\nองค์การบริหารส่วนตำบลโคกงาม",
        [
            "1. จัดซื้อวัสดุเชื้อเพลิงและหล่อลื่น  วงเงิน 25,000 บาท  วิธีเฉพาะเจาะจง  ผู้ได้รับคัดเลือก หจก.โคกงามปิโตรเลียม",
            "2. จ้างเหมาถ่ายเอกสาร  วงเงิน 4,800 บาท  วิธีเฉพาะเจาะจง  ผู้ได้รับคัดเลือก ร้านโคกงามก๊อปปี้",
            "",
            "ข้อมูล ณ วันที่ 8 เมษายน 2568",
        ],
        author="งานพัสดุ อบต.โคกงาม",
        created=dt.datetime(2025, 4, 8, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    )
    for site, names in {
        "a01": ("logo", "structure", "mayor", "deputy1", "deputy2", "news-0133-1", "news-0133-2"),
        "a02": ("logo", "structure"),
        "a05": ("logo",),
    }.items():
        for name in names:
            (s / site / "images").mkdir(parents=True, exist_ok=True)
            (s / site / "images" / f"{name}.gif").write_bytes(_GIF)


if __name__ == "__main__":
    main()
