"""Every report held to the ``oit-report/1`` JSON Schema (``reports/schema/``) when
``OIT_CHECK_SCHEMA`` is set. The test suite sets it for itself and every ``oit`` it runs, so
no test can make a report the contract forbids; users pay nothing (jsonschema is a test
dependency, imported only then)."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

ENV = "OIT_CHECK_SCHEMA"
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "oit-report-1.schema.json"


@cache
def schema() -> dict[str, Any]:
    """The oit-report/1 JSON Schema kept in the repo."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(report: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``report`` breaks the schema."""
    import jsonschema

    jsonschema.validate(report, schema(), cls=jsonschema.Draft202012Validator)


def checked(report: dict[str, Any]) -> dict[str, Any]:
    """``report`` itself, after validating it when ``$OIT_CHECK_SCHEMA`` asks for it."""
    if os.environ.get(ENV):
        validate(report)
    return report
