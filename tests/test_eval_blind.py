"""The blind set (written without reading the matcher's rules) must not regress below what it measured."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import eval_checklist as ev  # noqa: E402

BLIND = Path(__file__).parent / "eval_blind" / "labels.json"
# Measured 0.933 micro F1 on first contact, 0.957 after generic fixes (article headers,
# title+URL agreement, empty categories). Raise when the matcher improves; never tune to it.
MICRO_F1_FLOOR = 0.95
PRECISION_FLOOR = 0.97


def test_blind_set_micro_scores_hold() -> None:
    report = ev.evaluate(BLIND)
    assert report["documents"] >= 150
    assert report["micro"]["f1"] >= MICRO_F1_FLOOR, report["micro"]
    assert report["micro"]["precision"] >= PRECISION_FLOOR, report["micro"]
