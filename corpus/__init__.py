"""Real-site development corpus: saved copies of real Thai agency websites, labelled.

Labels live in ``corpus/sites/<site_id>.toml`` (format: :mod:`corpus.labels`).
Page bytes are third-party and never in the repository: ``python -m corpus.rebuild``
extracts them from the named public repositories into a cache outside the tree,
``corpus.serve`` serves a cached site on loopback, ``python -m corpus.evaluate``
measures the checklist code importable in the running interpreter against the labels.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SITES_DIR = PACKAGE_DIR / "sites"


def cache_dir(explicit: str | Path | None = None) -> Path:
    """Where extracted sites live: ``--cache``, else $OIT_CORPUS_CACHE, else ~/.cache/oit-watch/corpus."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("OIT_CORPUS_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "oit-watch" / "corpus"


def mirrors_dir() -> Path:
    """Local git mirrors (``<owner>+<name>/…``), tried before cloning from GitHub."""
    return Path(os.environ.get("OIT_CORPUS_MIRRORS", "/work/.mirror"))


def site_dir(cache: Path, site_id: str) -> Path:
    return cache / "sites" / site_id
