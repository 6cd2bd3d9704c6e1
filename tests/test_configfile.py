"""The one config reader (checklist/configfile.py) behind the items file, the freshness policy and
the schedule config: a broken file of each kind is one line naming the file (and the line of a
syntax error), raised as that kind's own error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checklist import configfile
from checklist.configfile import ConfigError
from checklist.definitions import ChecklistError, load_checklist
from checklist.freshness import PolicyError, load_policy
from oit.schedule import ScheduleError, load_config
from tests.conftest import run_oit

# kind -> (file name, loader, its error, a valid document)
KINDS: dict[str, tuple[str, Callable[[Path], Any], type[ConfigError], str]] = {
    "checklist": (
        "oit-2570.toml",
        load_checklist,
        ChecklistError,
        'version = "t.1"\nfiscal_year = 2570\nsource = "s"\nhub_markers = ["ita"]\n'
        '[[items]]\ncode = "5.1"\ntitle_th = "ก"\ntitle_en = "a"\nofficial = "ก"\n'
        '[[items.parts]]\nkey = "main"\ntitle_th = "ก"\ntitle_en = "a"\nterms = ["ข"]\n',
    ),
    "policy": ("policy.toml", load_policy, PolicyError, 'max_age_months = 3\n[items."5.6"]\n'),
    "schedule": (
        "schedule.toml",
        load_config,
        ScheduleError,
        '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\n',
    ),
}


def _one_line(kind: str, path: Path) -> str:
    _, load, error, _ = KINDS[kind]
    with pytest.raises(error) as caught:
        load(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path)), message
    return message


@pytest.mark.parametrize("kind", KINDS)
def test_valid_file_loads(tmp_path: Path, kind: str) -> None:
    name, load, _, good = KINDS[kind]
    path = tmp_path / name
    path.write_text(good, encoding="utf-8")
    assert load(path) is not None


@pytest.mark.parametrize("kind", KINDS)
def test_syntax_error_names_file_line_and_column(tmp_path: Path, kind: str) -> None:
    name, _, _, good = KINDS[kind]
    path = tmp_path / name
    # line 2 gets an unterminated string
    lines = good.splitlines()
    path.write_text("\n".join([lines[0], 'broken = "x', *lines[1:]]), encoding="utf-8")
    assert _one_line(kind, path).startswith(f"{path}:2:12: TOML ไม่ถูกต้อง / invalid TOML: ")


@pytest.mark.parametrize("kind", KINDS)
def test_missing_unreadable_and_not_utf8(tmp_path: Path, kind: str) -> None:
    name, _, _, good = KINDS[kind]
    assert "ไม่พบไฟล์ / no such" in _one_line(kind, tmp_path / name)
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    assert "อ่านไฟล์ไม่ได้ / cannot read" in _one_line(kind, folder)
    latin = tmp_path / f"latin-{name}"
    latin.write_bytes(good.encode("utf-8") + b'note = "caf\xe9"\n')
    assert "ไม่ใช่ UTF-8 / not UTF-8 (invalid continuation byte at byte" in _one_line(kind, latin)


@pytest.mark.parametrize(
    ("kind", "extra", "problem"),
    [
        ("checklist", "colour = 1", "unknown key 'colour' (known: version, fiscal_year,"),
        ("policy", "max_age = 3", "unknown key 'max_age' (known: max_age_months, items)"),
        ("schedule", "crom = 1", "unknown key 'crom' (known: log_file, jobs,"),
    ],
)
def test_unknown_top_level_key(tmp_path: Path, kind: str, extra: str, problem: str) -> None:
    name, _, _, good = KINDS[kind]
    path = tmp_path / name
    path.write_text(f"{extra}\n{good}", encoding="utf-8")
    assert problem in _one_line(kind, path)


def test_typed_checks() -> None:
    months = configfile.whole_number(1, 120, ("เดือน", "months"))
    assert months(3) is None
    assert months(True) == (
        "ต้องเป็นจำนวนเต็ม 1–120 เดือน / must be a whole number of months from 1 to 120, got True"
    )
    assert months(0) and months("3") and months(3.0)
    assert configfile.one_of("current", "previous")("last") == (
        "ต้องเป็น 'current' หรือ 'previous' / must be 'current' or 'previous', got 'last'"
    )
    assert configfile.strings(["a"]) is None and configfile.strings(["a", " "])
    assert configfile.text(" x ") is None and configfile.text("  ") and configfile.text(1)
    assert configfile.flag(False) is None and configfile.flag(0)
    assert configfile.is_table({}) is None and configfile.is_table([])
    checks = {"a": configfile.text, "b": configfile.flag}
    assert configfile.table_problem({"a": "x"}, checks) is None
    assert configfile.table_problem({"a": "x"}, checks, required=("b",)) == (
        "ขาดคีย์ 'b' / missing 'b'"
    )
    assert configfile.table_problem({"a": "", "b": 1}, checks) == (
        "a ต้องเป็นข้อความ / must be a non-empty string"
    )
    assert configfile.table_problem({"c": 1}, checks) == (
        "ไม่รู้จักคีย์ 'c' / unknown key 'c' (known: a, b)"
    )


@pytest.mark.integration
def test_schedule_syntax_error_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "schedule.toml"
    path.write_text('[jobs.q]\nagencies = "a.csv"\ncron = \n', encoding="utf-8")
    result = run_oit("schedule", "--config", str(path), "--list")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert (
        lines[0].startswith("oit: error: ")
        and f"{path}:3:8: TOML ไม่ถูกต้อง / invalid TOML" in lines[0]
    )
    assert "Traceback" not in result.stderr
