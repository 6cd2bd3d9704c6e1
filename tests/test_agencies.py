from __future__ import annotations

from pathlib import Path

import pytest

from oit.agencies import AgencyFileError, load_agencies, normalize_url, parse_agencies


def test_reads_ids_names_urls_and_optional_columns() -> None:
    agencies, problems = parse_agencies(
        "id,name,url,province,type\na01,เทศบาลตำบลบ้านสวน,https://www.bansuan.go.th,ขอนแก่น,เทศบาล\n"
    )
    assert problems == []
    assert agencies[0].id == "a01"
    assert agencies[0].url == "https://www.bansuan.go.th/"
    assert agencies[0].province == "ขอนแก่น"


def test_bad_rows_are_reported_with_their_line_and_the_rest_kept() -> None:
    text = (
        "id,name,url\n"
        "a,A,http://a.go.th/\n"
        "b,B,ftp://b.go.th/\n"
        "c,C,not a url\n"
        "\n"
        "a,dup,http://d.go.th/\n"
        "e,E,www.e.go.th\n"
    )
    agencies, problems = parse_agencies(text)
    assert [a.id for a in agencies] == ["a", "e"]
    assert [p.line for p in problems] == [3, 4, 6]
    assert "duplicate id" in str(problems[2])


def test_missing_url_column_is_a_file_error() -> None:
    with pytest.raises(AgencyFileError, match="no 'url' column"):
        parse_agencies("id,name,website\na,A,http://a.go.th\n")


def test_bom_windows_874_and_missing_file(tmp_path: Path) -> None:
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeffid,name,url\na,อบต.,http://a.go.th\n".encode())
    assert load_agencies(bom)[0][0].name == "อบต."
    thai = tmp_path / "cp874.csv"
    thai.write_bytes("id,name,url\na,เทศบาล,http://a.go.th\n".encode("cp874"))
    assert load_agencies(thai)[0][0].name == "เทศบาล"
    with pytest.raises(AgencyFileError, match="file not found"):
        load_agencies(tmp_path / "nope.csv")


def test_idn_urls_become_punycode_and_budget_columns_override() -> None:
    assert normalize_url("http://เทศบาล.ไทย/ita").startswith("http://xn--")
    agencies, problems = parse_agencies("url,max_pages\nhttp://a.go.th,40\nhttp://b.go.th,-1\n")
    assert agencies[0].budget.max_pages == 40
    assert problems and "max_pages" in problems[0].message
