"""Bad input: one line on stderr, a non-zero exit, no traceback; good rows still run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import TODAY, run_oit

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser


def _one_line_error(result) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("oit: error:")
    return lines[0]


def test_missing_csv(tmp_path: Path) -> None:
    assert "not found" in _one_line_error(run_oit("audit", str(tmp_path / "none.csv")))


def test_csv_without_url_column(tmp_path: Path) -> None:
    bad = tmp_path / "a.csv"
    bad.write_text("id,name,website\na,A,http://a.go.th\n", encoding="utf-8")
    assert "url" in _one_line_error(run_oit("audit", str(bad), "--db", str(tmp_path / "x.db")))


def test_bad_as_of_and_unwritable_db(tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("id,name,url\na,A,http://127.0.0.1:9/\n", encoding="utf-8")
    assert "--as-of" in _one_line_error(run_oit("audit", str(csv), "--as-of", "2026-02-30"))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _one_line_error(run_oit("audit", str(csv), "--db", str(blocker / "x.db")))


def test_malformed_row_is_reported_and_others_audited(tmp_path: Path, demo_sites) -> None:
    good = demo_sites.url("a01")
    csv = tmp_path / "a.csv"
    csv.write_text(f"id,name,url\nbad,Bad,htp:/nope\na01,A,{good}\n", encoding="utf-8")
    db = tmp_path / "x.db"
    result = run_oit("audit", str(csv), "--db", str(db), "--as-of", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    assert "line 2" in result.stderr and "Traceback" not in result.stderr
    report = run_oit("report", "--db", str(db), "--format", "json", "--as-of", TODAY.isoformat())
    assert [a["id"] for a in json.loads(report.stdout)["agencies"]] == ["a01"]


def test_report_without_database_and_bad_inspect_target(tmp_path: Path) -> None:
    assert "database" in _one_line_error(
        run_oit("report", "--db", str(tmp_path / "no.db"), "--format", "json")
    )
    _one_line_error(run_oit("inspect", str(tmp_path / "missing.html")))
    _one_line_error(run_oit("check", "ftp://example.go.th/"))
