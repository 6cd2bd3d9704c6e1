"""Loading and validating checklist files."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from checklist.definitions import ITEMS_DIR, ChecklistError, load_checklist

DEFAULT = ITEMS_DIR / "oit-2569.toml"

MINIMAL = """
version = "t.1"
fiscal_year = 2570
source = "test"
hub_markers = ["ita"]

[[items]]
code = "5.1"
title_th = "ก"
title_en = "a"
official = "ก"
[[items.parts]]
key = "main"
title_th = "ก"
title_en = "a"
terms = ["โครงสร้าง"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "oit-2570.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_is_newest_and_cached():
    cl = load_checklist()
    assert cl is load_checklist()
    assert cl.fiscal_year == 2569 and cl.version.startswith("2569")
    assert cl.codes == tuple(f"5.{n}" for n in range(1, 12))


def test_parts_follow_the_measure():
    cl = load_checklist()
    assert cl.item("5.1").part_keys == (
        "structure",
        "executives",
        "authority",
        "plan",
        "contact",
        "laws",
    )
    assert cl.item("5.7").part_keys == ("plan", "announcements", "summary")
    for code in cl.codes:
        if code not in ("5.1", "5.7"):
            assert cl.item(code).part_keys == ("main",)
    assert "ita" in cl.hub_markers
    assert "แผนปฏิบัติการป้องกันการทุจริต" not in cl.item("5.4").parts[0].terms
    assert "ไม่มีการจัดซื้อจัดจ้าง" in cl.item("5.7").part("summary").statements


def test_by_name_and_path():
    assert load_checklist("oit-2569").version == load_checklist(DEFAULT).version
    assert load_checklist("2569").fiscal_year == 2569


def test_minimal_file(tmp_path):
    cl = load_checklist(write(tmp_path, MINIMAL))
    assert cl.codes == ("5.1",) and cl.item("5.1").part("main").terms == ("โครงสร้าง",)
    with pytest.raises(KeyError):
        cl.item("5.2")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda s: s.replace('terms = ["โครงสร้าง"]', "terms = []"), "terms: is empty"),
        (lambda s: s.replace('terms = ["โครงสร้าง"]', 'term = ["x"]'), "unknown key 'term'"),
        (lambda s: s.replace('code = "5.1"\n', ""), "missing 'code'"),
        (lambda s: s.replace('code = "5.1"', 'code = "five"'), "code must look like"),
        (lambda s: s + s[s.index("[[items]]") :], "duplicate code '5.1'"),
        (
            lambda s: s.replace('version = "t.1"', 'version = "t.1"\ncolour = 1'),
            "unknown key 'colour'",
        ),
        (lambda s: s.replace("fiscal_year = 2570", "fiscal_year = 2026"), "Buddhist-era"),
        (
            lambda s: s.replace('hub_markers = ["ita"]', 'hub_markers = "ita"'),
            "list of non-empty strings",
        ),
    ],
)
def test_validation_errors_name_file_and_problem(tmp_path, edit, message):
    path = write(tmp_path, edit(MINIMAL))
    with pytest.raises(ChecklistError) as err:
        load_checklist(path)
    text = str(err.value)
    assert str(path) in text and message in text and "\n" not in text


def test_toml_syntax_error_has_line(tmp_path):
    path = write(tmp_path, MINIMAL.replace('source = "test"', 'source = "test'))
    with pytest.raises(ChecklistError) as err:
        load_checklist(path)
    # file:line:column, as editors and compilers write it
    assert str(err.value).startswith(f"{path}:4:15: TOML ไม่ถูกต้อง / invalid TOML: ")


def test_unknown_name_lists_available():
    with pytest.raises(ChecklistError, match="available: .*oit-2569"):
        load_checklist("oit-1999")


def test_shipped_file_parses_with_tomllib_and_has_no_empty_part():
    data = tomllib.loads(DEFAULT.read_text(encoding="utf-8"))
    for item in data["items"]:
        assert item["official"]
        for part in item["parts"]:
            assert part["terms"]
