"""The CSV and XLSX as spreadsheets read and print them.

The CSV is opened by LibreOffice (``soffice --headless``) with the options its text
import dialog starts with in a fresh profile, read from LibreOffice's own
configuration, so the test follows the installed version. Without LibreOffice those
tests are skipped; the XLSX page setup is checked with openpyxl either way.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from reports.formats import CSV_BOM, PRINTABLE_WIDTH, ROW_HEADER, ZWSP, print_scale, render
from tests.test_reports import FORMULA, make_report

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
# what the import dialog preselects when it sniffs a UTF-16 byte-order mark (RTL_TEXTENCODING_UNICODE)
LO_UNICODE = 65535


def province(agencies: int = 100) -> dict[str, Any]:
    """A report of ``agencies`` agencies with long Thai names (the two of make_report, repeated)."""
    report = make_report()
    two = report["agencies"]
    report["agencies"] = []
    for i in range(agencies):
        agency = copy.deepcopy(two[i % 2])
        agency.update(id=f"a{i:03d}", name=f"องค์การบริหารส่วนตำบลหนองบัวลำภูใหม่ {i}")
        report["agencies"].append(agency)
    return report


def _dialog_defaults() -> dict[str, str]:
    """LibreOffice's CSV import dialog defaults (Office.Calc/Dialogs/CSVImport) as installed."""
    roots = [
        Path(SOFFICE).resolve().parent.parent / "share/registry",
        Path("/usr/lib/libreoffice/share/registry"),
    ]
    for root in roots:
        main = root / "main.xcd"
        if main.is_file():
            text = main.read_text(encoding="utf-8", errors="replace")
            group = text[text.index('oor:name="CSVImport"') :]
            group = group[: group.index("</group>")]
            return dict(re.findall(r'oor:name="(\w+)"[^>]*>\s*<value>([^<]*)</value>', group))
    pytest.skip("LibreOffice's registry (main.xcd) not found")


def _soffice(args: list[str], home: Path) -> None:
    env = {**os.environ, "HOME": str(home)}  # a profile of its own, created fresh
    result = subprocess.run(
        [SOFFICE, "--headless", "--norestore", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr


def _open_csv_as_libreoffice(
    data: bytes, tmp_path: Path, evaluate_formulas: bool | None = None
) -> Any:
    """Open the CSV the way LibreOffice's dialog does by default; the first sheet, via XLSX."""
    defaults = _dialog_defaults()
    separators = "/".join(str(ord(c)) for c in defaults["Separators"])  # ',', ';' and tab
    quote = str(ord(defaults["TextSeparators"]))
    assert data.startswith(CSV_BOM)  # the dialog preselects Unicode for this byte-order mark
    flag = {"true": "true", "false": "false"}
    evaluate = (
        flag[defaults["EvaluateFormulas"]]
        if evaluate_formulas is None
        else str(evaluate_formulas).lower()
    )
    tokens = [
        separators,
        quote,
        str(LO_UNICODE),
        defaults["FromRow"],
        "",
        "0",
        flag[defaults["QuotedFieldAsText"]],
        flag[defaults["DetectSpecialNumbers"]],
        "false",
        "false",
        flag[defaults["RemoveSpace"]],
        "0",
        evaluate,
    ]
    source = tmp_path / "report.csv"
    source.write_bytes(data)
    out = tmp_path / "lo"
    _soffice(
        [
            f"--infilter=Text - txt - csv (StarCalc):{','.join(tokens)}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        tmp_path / "home",
    )
    return openpyxl.load_workbook(out / "report.xlsx").active


@needs_soffice
@pytest.mark.slow
@pytest.mark.parametrize(
    "evaluate_formulas", [None, True], ids=["dialog-defaults", "formulas-on-like-excel"]
)
@pytest.mark.integration
def test_libreoffice_reads_the_csv_right(tmp_path: Path, evaluate_formulas: bool | None) -> None:
    report = make_report()
    sheet = _open_csv_as_libreoffice(render(report, "csv"), tmp_path, evaluate_formulas)
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ROW_HEADER  # encoding detected: no "ï»¿agency_id", no mojibake
    assert len(rows) == 1 + 2 * (11 + 9) and all(len(r) == len(ROW_HEADER) for r in rows)
    col = {name: i for i, name in enumerate(ROW_HEADER)}
    body = rows[1:]
    assert {r[col["agency_name"]] for r in body} == {a["name"] for a in report["agencies"]}
    codes = [r[col["code"]] for r in body if r[col["agency_id"]] == "b01" and not r[col["part"]]]
    assert codes == [ZWSP + f"5.{i}" for i in range(1, 12)]  # text: 5.10 is never 5.1
    cells = list(sheet.iter_rows(min_row=2))
    assert all(r[col["code"]].data_type == "s" for r in cells)
    dates = [r[col["last_updated"]] for r in cells if r[col["last_updated"]].value]
    assert dates and all(c.is_date and c.value.year == 2026 for c in dates)  # dates, shown as dates
    assert all(r[col["evidence_count"]].data_type == "n" for r in cells)  # counts stay numbers
    assert not any(c.data_type == "f" for r in cells for c in r)  # nothing runs as a formula
    shown = [c.value for r in cells for c in r if isinstance(c.value, str)]
    assert not any(v.startswith("'") for v in shown)  # no stray apostrophe


@needs_soffice
@pytest.mark.slow
@pytest.mark.integration
def test_libreoffice_keeps_hostile_cells_text(tmp_path: Path) -> None:
    report = make_report()
    entry = report["agencies"][0]["items"][1]
    entry["evidence"].insert(
        0, {**entry["evidence"][1], "title": FORMULA}
    )  # the top evidence's title
    sheet = _open_csv_as_libreoffice(render(report, "csv"), tmp_path, evaluate_formulas=True)
    title = ROW_HEADER.index("evidence_title")
    [cell] = [
        r[title] for r in sheet.iter_rows(min_row=2) if r[title].value and FORMULA in r[title].value
    ]
    assert cell.data_type == "s" and cell.value == ZWSP + FORMULA


def test_xlsx_page_setup_prints_a_province_summary_one_page_wide(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(render(province(100), "xlsx"))
    book = openpyxl.load_workbook(path)
    for name in ("สรุป summary", "รายข้อ items", "หลักฐาน evidence"):
        ws = book[name]
        setup = ws.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToHeight == 0
        assert ws.print_title_rows == "$1:$1" and ws.print_title_cols == "$A:$B"
        assert 0.3 <= ws.page_margins.left <= 0.75 and 0.3 <= ws.page_margins.top <= 1
        assert ws.print_area and "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        widths = _widths(ws)
        pages_wide = setup.fitToWidth or 1
        if name == "สรุป summary":
            assert pages_wide == 1  # the province on one page wide
            assert ws.print_area.endswith(
                f"$A$1:${openpyxl.utils.get_column_letter(len(widths))}$101"
            )
        else:  # wide detail sheets: as few pages across as keep the print legible
            assert print_scale(widths, pages_wide) >= 0.6
            assert pages_wide == 1 or print_scale(widths, pages_wide - 1) < 0.6
    summary = _widths(book["สรุป summary"])
    assert print_scale(summary, 1) >= 0.45, (sum(summary), PRINTABLE_WIDTH)


def _widths(ws: Any) -> list[float]:
    widths: dict[int, float] = {}
    for dim in ws.column_dimensions.values():
        for c in range(dim.min, dim.max + 1):
            widths[c] = dim.width
    return [widths[c] for c in sorted(widths)]


@needs_soffice
@pytest.mark.slow
@pytest.mark.integration
def test_libreoffice_prints_the_summary_with_titles_on_every_page(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    path = tmp_path / "r.xlsx"
    path.write_bytes(render(province(100), "xlsx"))
    _soffice(
        ["--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)], tmp_path / "home"
    )
    pdf = pdfium.PdfDocument(tmp_path / "pdf/r.pdf")
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    summary = [
        t for t in pages if "summary" in t.splitlines()[0]
    ]  # the page header names the sheet
    assert 1 <= len(summary) <= 3  # 100 agencies × 11 items: one page wide, a few tall
    for text in summary:
        assert "agency" in text and "5.10" in text and "5.11" in text  # header row and every item
        assert re.search(r"a\d{3}", text)  # the agencies' ids (print titles)
    items = [t for t in pages if "items" in t.splitlines()[0]]
    assert items and all("agency_id" in t for t in items)  # the header row repeated
    assert len(pdf) < 200  # 659 pages before the page setup
    pdf.close()


def test_csv_bytes_are_utf16_tab_and_fully_quoted() -> None:
    data = render(make_report(), "csv")
    text = data[len(CSV_BOM) :].decode("utf-16-le")
    first = text.split("\r\n")[0]
    assert first == "\t".join(f'"{h}"' for h in ROW_HEADER)
    assert text.count("\r\n") == 1 + 2 * (11 + 9)  # CRLF rows, as both programs write them
