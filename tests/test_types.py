"""checklist/ ships ``py.typed``, so its annotations are a promise: mypy holds it to them, and
reports/ (the report records and every renderer) with it (configuration in pyproject.toml,
``[tool.mypy]``). In-process: no subprocess, unit tier."""

from __future__ import annotations

import tomllib
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_checklist_ships_its_py_typed_marker() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in data["tool"]["setuptools"]["package-data"]["checklist"]
    assert (ROOT / "checklist" / "py.typed").is_file()


def test_checklist_and_reports_type_check_clean() -> None:
    out, err, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--no-error-summary",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(ROOT / "checklist"),
            str(ROOT / "reports"),
        ]
    )
    assert (status, out, err) == (0, "", "")
