"""An item with parts is `missing` only when none of its parts has evidence (contract: missing = no evidence)."""

from __future__ import annotations

import datetime as dt

from checklist.evaluate import roll_up
from checklist.model import Evidence, Finding

TITLES = {
    "structure": ("โครงสร้างหน่วยงาน", "structure"),
    "contact": ("ข้อมูลการติดต่อ", "contact"),
    "laws": ("กฎหมายที่เกี่ยวข้อง", "laws"),
}


def _part(key: str, status: str, day: dt.date | None = None) -> Finding:
    evidence = (
        ()
        if status in ("missing", "not_checked")
        else (
            Evidence(
                url=f"http://127.0.0.1:9/{key}",
                title=key,
                date=day,
                date_source="text" if day else None,
            ),
        )
    )
    return Finding("5.1", key, status, day, evidence, f"{key} {status}")


def test_a_missing_part_does_not_hide_the_evidence_of_the_others() -> None:
    parts = (
        _part("structure", "ok", dt.date(2026, 10, 1)),
        _part("contact", "undated"),
        _part("laws", "missing"),
    )
    item = roll_up("5.1", parts, TITLES)
    # the worst status among the parts that have evidence
    assert item.status == "undated"
    assert item.last_updated == dt.date(2026, 10, 1)
    assert {e.url for e in item.evidence} == {
        "http://127.0.0.1:9/structure",
        "http://127.0.0.1:9/contact",
    }
    # the reason names the parts with no evidence, in Thai and English
    assert "กฎหมายที่เกี่ยวข้อง" in item.reason and "no evidence for laws" in item.reason
    assert "โครงสร้าง" not in item.reason.split(";")[0]
    # the part keeps its own verdict
    assert parts[2].status == "missing"


def test_stale_part_with_evidence_beats_undated_and_ok() -> None:
    parts = (
        _part("structure", "stale", dt.date(2025, 1, 1)),
        _part("contact", "ok", dt.date(2026, 11, 1)),
        _part("laws", "missing"),
    )
    assert roll_up("5.1", parts, TITLES).status == "stale"


def test_no_part_with_evidence_is_missing_and_unread_parts_make_it_not_checked() -> None:
    none = (_part("structure", "missing"), _part("contact", "missing"), _part("laws", "missing"))
    assert roll_up("5.1", none, TITLES).status == "missing"
    cut = (_part("structure", "missing"), _part("contact", "not_checked"), _part("laws", "missing"))
    assert roll_up("5.1", cut, TITLES).status == "not_checked"
    # one readable part with evidence still speaks for the item
    some = (_part("structure", "ok", dt.date(2026, 11, 1)), _part("contact", "not_checked"))
    item = roll_up("5.1", some, TITLES)
    assert item.status == "ok" and "contact" in item.reason
