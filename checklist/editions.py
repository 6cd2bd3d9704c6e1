"""Checklist editions: the items file of one fiscal year (its codes, Thai/English titles, terms)
bundled with the freshness policy that judges it, under the ``version`` the items file declares.

A run stores the version it was audited with (``runs.checklist_version``); re-judging the run
(``oit report``) takes that edition back, so new rules never silently re-judge old runs.

Adding a fiscal year's checklist is one place: ``checklist/items/oit-<year>.toml``. It gets
the shared ``checklist/policy.toml`` unless ``checklist/policy-<year>.toml`` exists beside it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .definitions import Checklist, ChecklistError, available_checklists, load_checklist
from .freshness import DEFAULT_POLICY_PATH, Policy, load_policy


@dataclass(frozen=True, slots=True)
class Edition:
    version: str
    checklist: Checklist
    policy: Policy
    items_path: Path
    policy_path: Path


def policy_path_for(checklist: Checklist, directory: Path = DEFAULT_POLICY_PATH.parent) -> Path:
    """``policy-<fiscal year>.toml`` when the edition has its own, else the shared policy.toml."""
    own = directory / f"policy-{checklist.fiscal_year}.toml"
    return own if own.is_file() else DEFAULT_POLICY_PATH


@functools.cache
def _edition(path: Path) -> Edition:
    checklist = load_checklist(path)
    policy_path = policy_path_for(checklist)
    return Edition(checklist.version, checklist, load_policy(policy_path), path, policy_path)


def editions() -> list[Edition]:
    """Every edition shipped in checklist/items, oldest fiscal year first."""
    return [_edition(path) for path in available_checklists()]


def newest() -> Edition:
    found = editions()
    if not found:
        raise ChecklistError("ไม่พบชุดเกณฑ์ / no checklist edition in checklist/items")
    return found[-1]


def find_edition(version: str | None = None) -> Edition:
    """The edition ``version`` (its declared version such as ``"2569.1"``, or its file name
    ``"oit-2569"`` / ``"2569"``); ``None``: the newest. ChecklistError, one line, when unknown."""
    if version is None:
        return newest()
    for edition in editions():
        if version in (
            edition.version,
            edition.items_path.stem,
            edition.items_path.stem.removeprefix("oit-"),
        ):
            return edition
    known = ", ".join(e.version for e in editions()) or "-"
    raise ChecklistError(
        f"ไม่รู้จักชุดเกณฑ์ / unknown checklist edition {version!r} (มี / available: {known})"
    )


def is_known(version: str) -> bool:
    try:
        find_edition(version)
    except ChecklistError:
        return False
    return True
