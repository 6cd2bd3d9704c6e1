"""Sample agency websites for ``oit demo`` and the end-to-end tests.

The sites live in ``sites/<id>/`` as static files with date placeholders; the
server in :mod:`oit.demo.server` renders them relative to a given day and
serves each agency on its own loopback port. ``expected.json`` says what a
correct audit of each site reports. See ``README.md`` beside this file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["EXPECTED_JSON", "SITES_DIR", "DemoSites", "render_dates"]

SITES_DIR = Path(__file__).resolve().parent / "sites"
EXPECTED_JSON = Path(__file__).resolve().parent / "expected.json"


def __getattr__(name: str) -> Any:
    # Lazy, so that ``python -m oit.demo.server`` does not import the module twice.
    if name in ("DemoSites", "render_dates"):
        from oit.demo import server

        return getattr(server, name)
    raise AttributeError(name)
