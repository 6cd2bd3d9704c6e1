"""The report records (reports.model): JSON read into them and written back is the same JSON,
and the statuses people act on come from the records. Unit tier."""

from __future__ import annotations

import json

from reports.model import Report
from tests.test_reports import make_report


def test_a_built_shape_survives_the_records_both_ways() -> None:
    data = make_report()
    for agency in data["agencies"]:  # make_report leaves out what the builder adds
        agency["summary"] = {
            s: sum(1 for i in agency["items"] if i["status"] == s)
            for s in ("ok", "stale", "undated", "missing", "not_checked")
        }
    back = Report.from_json(data).to_json()
    assert json.dumps(back, ensure_ascii=False, sort_keys=True) == json.dumps(
        data, ensure_ascii=False, sort_keys=True
    )


def test_a_part_override_shows_on_its_item_and_rejected_keeps_none_apart_from_empty() -> None:
    data = make_report()
    item = next(i for a in data["agencies"] for i in a["items"] if i.get("parts"))
    item["parts"][0]["override"] = {
        "status": "missing",
        "reason": "r",
        "by": "b",
        "at": "2026-11-25T00:00:00Z",
    }
    record = next(
        i for a in Report.from_json(data).agencies for i in a.items if i.code == item["code"]
    )
    assert record.overridden and record.shown_status == "missing" != record.status
    statuses = {
        i.status: i.rejected for a in Report.from_json(make_report()).agencies for i in a.items
    }
    assert statuses.get("ok") is None
