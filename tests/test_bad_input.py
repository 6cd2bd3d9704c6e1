"""Bad input beyond the basics of test_cli_errors: odd encodings, broken data files, IDNs."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklist.definitions import ChecklistError, load_checklist
from checklist.freshness import PolicyError, load_policy
from oit.agencies import load_agencies
from tests.conftest import TODAY, run_oit


def test_utf16_and_latin1_csvs_read_or_refused_in_one_line(tmp_path: Path) -> None:
    utf16 = tmp_path / "u16.csv"
    utf16.write_text("id,name,url\na,เทศบาล,http://a.go.th\n", encoding="utf-16")
    agencies, problems = load_agencies(utf16)
    assert [a.name for a in agencies] == ["เทศบาล"] and problems == []
    latin = tmp_path / "latin.csv"
    latin.write_bytes("id,name,url\nb,Café,http://b.go.th\n".encode("latin-1"))
    agencies, _ = load_agencies(latin)
    assert agencies[0].url == "http://b.go.th/"


def test_rows_with_thai_domains_blank_lines_and_bad_urls(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text(
        "\ufeffid,name,url\n\n"
        "t,ไทย,http://เทศบาลตำบลตัวอย่าง.ไทย/\n"
        "g,Gopher,gopher://x.go.th/\n"
        "j,Js,javascript:alert(1)\n"
        "s,Space,http://bad host.go.th/\n",
        encoding="utf-8",
    )
    agencies, problems = load_agencies(csv)
    assert [a.id for a in agencies] == ["t"]
    assert agencies[0].url.startswith("http://xn--")
    assert [p.line for p in problems] == [4, 5, 6]


@pytest.mark.integration
def test_csv_that_is_not_text(tmp_path: Path) -> None:
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    result = run_oit(
        "audit", str(binary), "--db", str(tmp_path / "x.db"), "--as-of", TODAY.isoformat()
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("max_age_months = 'three'\n", "max_age_months"),
        ("max_age_months = 3\n[items.\"5.4\"]\nfiscal_year = 'next'\n", "fiscal_year"),
        ('max_age_months = 3\n[items."9.9"]\nmax_age_months = 1\n', "9.9"),
        ("this is = = not toml\n", "policy"),
    ],
)
def test_broken_policy_file_is_one_clear_error(tmp_path: Path, text: str, needle: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as error:
        load_policy(path)
    message = str(error.value)
    assert needle in message and "\n" not in message


def test_broken_checklist_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "oit-2570.toml"
    path.write_text(
        'version = "x"\nfiscal_year = 2570\n[[items]]\ncode = "5.1"\n', encoding="utf-8"
    )
    with pytest.raises(ChecklistError) as error:
        load_checklist(path)
    assert str(path.name) in str(error.value) and "\n" not in str(error.value)
