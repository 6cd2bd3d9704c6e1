"""Throughput of the date extractor and the PDF text extractor, relative to baselines in the same process.

Run: ``python bench/bench_dates.py [--mb 5] [--pages 40]``. Prints characters
per second for ``find_dates`` against a plain ``re.findall(r"\\d+")`` pass over
the same text, and pages per second for ``extract_pdf`` against opening each
page with pypdfium2 and doing nothing else. Ratios, not pass/fail: the
absolute figures depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium  # noqa: E402

from checklist.dates import find_dates  # noqa: E402
from checklist.pdftext import extract_pdf  # noqa: E402

SEEDS = Path("/work/shared/seeds")
THAI_FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
MONTHS = (
    "มกราคม",
    "ม.ค.",
    "กุมภาพันธ์",
    "ก.พ.",
    "มีนาคม",
    "มี.ค",
    "เมษายน",
    "เม.ย.",
    "ตุลาคม",
    "ต.ค.",
    "ธันวาคม",
    "ธค",
)
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ROWS = (
    "{d} {m} {y} ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ {n} ราคา {p},000 บาท",
    "ประกาศ ณ วันที่ {d} {m} พ.ศ. {y} เรื่อง รายงานผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือน {m} {y}",
    "ข่าวประชาสัมพันธ์ เทศบาลตำบลตัวอย่าง จัดกิจกรรมวันเด็กแห่งชาติ ณ หอประชุม โทร 0 4412 34{n:02d}",
    "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {y} ไตรมาสที่ {q} ที่ มท 0808.2/ว {p}",
    "ปรับปรุงล่าสุด {d}/{mm:02d}/{y} เวลา 10:{n:02d} น. ผู้เข้าชม {p}{n} ครั้ง",
    "รายงานผลการดำเนินงาน รอบ 6 เดือน (1 ต.ค. {y0} – 31 มี.ค. {y}) แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)",
    "คำสั่งที่ {n}/{y} ลงวันที่ {d} {m} {yy} เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ © {y} สงวนลิขสิทธิ์",
    "Posted on April {d}, 2025 | ปีการศึกษา {y} ภาคเรียนที่ 1/{y} | มือถือ 081-234-56{n:02d}",
)


def corpus(megabytes: float) -> str:
    rnd = random.Random(42)
    parts: list[str] = []
    if SEEDS.is_dir():  # real agency text, when the shared seeds are present
        parts += [
            p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))
        ]
    size, target = sum(map(len, parts)), int(megabytes * 1_000_000)
    while size < target:
        y = rnd.randint(2560, 2570)
        line = rnd.choice(ROWS).format(
            d=rnd.randint(1, 28),
            m=rnd.choice(MONTHS),
            mm=rnd.randint(1, 12),
            y=y,
            y0=y - 1,
            yy=y % 100,
            n=rnd.randint(1, 99),
            p=rnd.randint(100, 9999),
            q=rnd.randint(1, 4),
        )
        if rnd.random() < 0.3:
            line = line.translate(TH)
        parts.append(line)
        size += len(line) + 1
    return "\n".join(parts)


def best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def make_pdf(pages: int) -> tuple[bytes, bool]:
    from fpdf import FPDF

    pdf = FPDF()
    thai = THAI_FONT.exists()
    if thai:
        pdf.add_font("Thai", fname=str(THAI_FONT))
        pdf.set_font("Thai", size=12)
    else:
        pdf.set_font("Helvetica", size=12)
    rnd = random.Random(7)
    for _ in range(pages):
        pdf.add_page()
        for _ in range(30):
            row = (
                rnd.choice(ROWS).format(
                    d=rnd.randint(1, 28),
                    m=rnd.choice(MONTHS),
                    mm=rnd.randint(1, 12),
                    y=2568,
                    y0=2567,
                    yy=68,
                    n=rnd.randint(1, 99),
                    p=rnd.randint(100, 9999),
                    q=rnd.randint(1, 4),
                )
                if thai
                else f"Report {rnd.randint(1, 99)} dated 2025-{rnd.randint(1, 12):02d}-15, page text"
            )
            pdf.multi_cell(0, 6, row, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output()), thai


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of characters")
    ap.add_argument("--pages", type=int, default=40, help="pages of the generated PDF")
    args = ap.parse_args()

    text = corpus(args.mb)
    digits = re.compile(r"\d+")
    t_base = best(lambda: digits.findall(text))
    t_dates = best(lambda: find_dates(text), repeat=2)
    n = len(find_dates(text))
    print(f"corpus: {len(text):,} chars, {n:,} dates/periods found")
    print(f"  baseline re.findall(r'\\d+'): {len(text) / t_base / 1e6:8.2f} M chars/s")
    print(
        f"  find_dates:                  {len(text) / t_dates / 1e6:8.2f} M chars/s "
        f"({t_dates / t_base:.1f}x the baseline's time)"
    )

    data, thai = make_pdf(args.pages)

    def raw_open() -> None:
        doc = pdfium.PdfDocument(data)
        for i in range(len(doc)):
            doc[i].close()
        doc.close()

    t_open = best(raw_open)
    t_pdf = best(lambda: extract_pdf(data, max_pages=args.pages))
    print(
        f"pdf: {args.pages} pages, {len(data):,} bytes, {'Thai (Garuda)' if thai else 'Latin'} text"
    )
    print(f"  baseline pypdfium2 page open: {args.pages / t_open:10.0f} pages/s")
    print(
        f"  extract_pdf:                  {args.pages / t_pdf:10.0f} pages/s "
        f"({t_pdf / t_open:.1f}x the baseline's time, {1000 * t_pdf / args.pages:.2f} ms/page)"
    )


if __name__ == "__main__":
    main()
