"""Quality gate: every item's F1 on tests/eval stays at or above its pinned floor."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import eval_checklist as ev  # noqa: E402


@pytest.fixture(scope="module")
def report():
    return ev.evaluate()


def test_every_item_meets_its_floor(report):
    assert ev.check_baseline(report) == []


def test_floors_cover_every_item_and_are_meaningful():
    floors = json.loads(ev.BASELINE.read_text(encoding="utf-8"))["floors"]
    assert {f"5.{n}" for n in range(1, 12)} <= set(floors)
    assert min(floors[f"5.{n}"] for n in range(1, 12)) >= 0.9


def test_eval_set_size_and_negatives(report):
    labels = json.loads(ev.LABELS.read_text(encoding="utf-8"))["pages"]
    assert len(labels) >= 60
    assert sum(1 for p in labels if not p["with"]) >= 12  # pure negatives / traps
    assert {p["site"] for p in labels if p.get("site")} >= {"a", "b", "c"}


def test_gate_trips_on_lower_score_and_on_fixture_change(report, tmp_path):
    baseline = json.loads(ev.BASELINE.read_text(encoding="utf-8"))
    worse = json.loads(json.dumps(report))
    worse["per"]["5.7"]["f1"] = 0.5
    assert any(p.startswith("5.7:") for p in ev.check_baseline(worse))
    changed = tmp_path / "baseline.json"
    changed.write_text(json.dumps({**baseline, "labels_sha256": "0" * 64}), encoding="utf-8")
    assert any("labels_sha256" in p for p in ev.check_baseline(report, changed))


def test_update_refuses_to_lower_a_floor(report, tmp_path):
    path = tmp_path / "baseline.json"
    shutil.copy(ev.BASELINE, path)
    worse = json.loads(json.dumps(report))
    worse["per"]["5.2"]["f1"] = 0.1
    assert ev.update_baseline(worse, allow_regression=False, baseline_path=path)
    assert json.loads(path.read_text(encoding="utf-8"))["floors"]["5.2"] > 0.1
    assert ev.update_baseline(worse, allow_regression=True, baseline_path=path) == []
    assert json.loads(path.read_text(encoding="utf-8"))["floors"]["5.2"] == 0.1
