"""Report formats are one table (reports.formats.FORMATS) that `oit report --format`, the
scheduler, the dashboard's downloads and the self-check's files all read (unit tier)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oit.cli import report as report_command
from oit.schedule import ScheduleError, load_config
from oit.web.selfcheck import FILES
from reports.formats import FORMATS, downloads, read_csv, render
from tests.test_reports import make_report


def test_every_reader_offers_exactly_the_registry() -> None:
    names = list(FORMATS)
    assert names == ["json", "html", "csv", "xlsx"]  # the contract's `oit report --format` list
    choice = next(p for p in report_command.params if p.name == "fmt")
    assert list(choice.type.choices) == [*names, "table"]  # type: ignore[attr-defined]
    assert [f.name for f in downloads()] == ["xlsx", "csv", "json", "html"]  # the dashboard's bar
    assert {n: m for n, m in FILES.items() if n.startswith("report.")} == {
        f"report{f.suffix}": f.media_type for f in FORMATS.values()
    }


def test_each_writer_makes_what_its_row_says() -> None:
    report = make_report()
    out = {name: render(report, name) for name in FORMATS}
    assert json.loads(out["json"]) == report
    assert out["html"].startswith(b"<!DOCTYPE html>")
    assert out["csv"].startswith(b"\xff\xfe") and "charset=utf-16" in FORMATS["csv"].media_type
    assert read_csv(out["csv"])[0][0] == "agency_id"
    assert out["xlsx"].startswith(b"PK") and not FORMATS["xlsx"].terminal
    with pytest.raises(ValueError, match="unknown format pdf"):
        render(report, "pdf")


def test_the_scheduler_takes_the_registry_names(tmp_path: Path) -> None:
    def config(fmt: str) -> Path:
        path = tmp_path / "s.toml"
        path.write_text(
            f'[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\ndb = "x.db"\n'
            f'reports = [{{format = "{fmt}", path = "r"}}]\n',
            encoding="utf-8",
        )
        return path

    for name in FORMATS:
        assert load_config(config(name)).jobs[0].reports[0].format == name
    with pytest.raises(ScheduleError, match="format 'pdf' is not one of json, html, csv, xlsx"):
        load_config(config("pdf"))
