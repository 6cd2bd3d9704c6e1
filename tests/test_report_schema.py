"""The report JSON of the contract (shared/contract.md) as a JSON Schema kept in the repo, checked
against reports the product really writes."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import jsonschema
import pytest

from reports.schema_check import validate
from tests.conftest import TODAY, run_oit


@pytest.fixture(scope="module")
def report(audited: dict[str, Path]) -> dict:
    result = run_oit(
        "report", "--db", str(audited["db"]), "--as-of", TODAY.isoformat(), "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.integration
def test_the_audit_report_follows_the_schema(report: dict) -> None:
    validate(report)
    statuses = {i["status"] for a in report["agencies"] for i in a["items"]}
    assert {"ok", "missing", "not_checked"} <= statuses  # the sample sites exercise the verdicts


@pytest.mark.integration
def test_the_schema_refuses_what_the_contract_forbids(report: dict) -> None:
    broken = []
    for change in (
        lambda r: r["agencies"][0]["items"].pop(),  # all eleven items, exactly
        lambda r: r["agencies"][0]["items"][0].update(status="fine"),
        lambda r: r["agencies"][0]["crawl"].update(status="done"),
        lambda r: r.update(as_of="25/11/2026"),
        lambda r: next(
            i for a in r["agencies"] for i in a["items"] if i["status"] == "missing"
        ).pop("rejected"),  # a missing item explains itself
    ):
        bad = copy.deepcopy(report)
        change(bad)
        with pytest.raises(jsonschema.ValidationError):
            validate(bad)
        broken.append(change)
    assert len(broken) == 5


@pytest.mark.integration
def test_the_demo_report_follows_the_schema(tmp_path: Path) -> None:
    result = run_oit("demo", cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    validate(json.loads((tmp_path / "oit-demo/report.json").read_text(encoding="utf-8")))


def test_every_report_the_tests_make_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    # conftest sets OIT_CHECK_SCHEMA for the whole session (and the `oit` runs inherit it):
    # oit.report.build_report hands each report through reports.schema_check.checked.
    from reports.schema_check import ENV, checked

    assert os.environ.get(ENV) == "1"
    with pytest.raises(jsonschema.ValidationError):
        checked({"schema": "oit-report/1"})
    monkeypatch.delenv(ENV)
    assert checked({"schema": "oit-report/1"}) == {"schema": "oit-report/1"}  # users: no check
