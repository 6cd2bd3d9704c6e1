"""Sample agency websites for ``oit demo`` and the end-to-end tests.

The sites live in ``sites/<id>/`` as static files with date placeholders; the
server in :mod:`crawler.demo.server` renders them relative to a given day and
serves each agency on its own loopback port. ``expected.json`` says what a
correct audit of each site reports. See ``README.md`` beside this file.
"""

from __future__ import annotations

from crawler.demo.server import SITES_DIR, DemoSites, render_dates

__all__ = ["SITES_DIR", "DemoSites", "render_dates"]
