"""Site label files (``corpus/sites/<id>.toml``) as typed records.

One file per saved site: where its bytes come from (repo, commit, root folder), the
correct status of each item 5.1–5.11 as of a stated day, and per-page labels (the
items and parts a page is evidence for, and the page's own date).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checklist.statuses import STATUSES as ALL_STATUSES
from checklist.statuses import Status

ITEM_CODES = tuple(f"5.{n}" for n in range(1, 12))
# A label is the verdict a complete crawl should reach, so never not_checked.
STATUSES = tuple(s.value for s in ALL_STATUSES if s != Status.NOT_CHECKED)
SECTORS = (
    "sao",
    "municipality",
    "pao",
    "hospital",
    "school",
    "college",
    "university",
    "district",
    "province",
    "state-agency",
    "other",
)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SHA = re.compile(r"^[0-9a-f]{40}$")
_CODE = re.compile(r"^5\.(?:[1-9]|1[01])(?:/[a-z_]+)?$")


class LabelError(Exception):
    """A site file is malformed; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class ItemLabel:
    code: str
    status: str  # ok | stale | undated | missing
    evidence: tuple[str, ...] = ()
    newest: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class PageLabel:
    path: str  # relative to the site root, as served
    items: tuple[str, ...]  # "5.2", "5.1/structure", ...; () = evidence for nothing
    date: dt.date | None = None
    note: str = ""

    @property
    def codes(self) -> frozenset[str]:
        """Item codes with parts folded into their item."""
        return frozenset(code.split("/")[0] for code in self.items)


@dataclass(frozen=True, slots=True)
class Site:
    id: str
    name: str
    sector: str
    repo: str
    commit: str
    root: str
    home: str
    as_of: dt.date
    labelled_by: str
    items: dict[str, ItemLabel]
    pages: tuple[PageLabel, ...]
    source: Path

    @property
    def owner_name(self) -> tuple[str, str]:
        owner, name = self.repo.split("/", 1)
        return owner, name


def _date(value: object, where: str) -> dt.date | None:
    if value in ("", None):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise LabelError(f"{where}: not a YYYY-MM-DD date: {value!r}") from None


def load_site(path: Path) -> Site:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LabelError(f"{path}: {exc}") from None
    head = data.get("site") or {}
    where = f"{path.name} [site]"
    for key in ("id", "name", "sector", "repo", "commit", "home", "as_of"):
        if key not in head:
            raise LabelError(f"{where}: missing {key}")
    if not _ID.match(head["id"]):
        raise LabelError(f"{where}: bad id {head['id']!r}")
    if head["sector"] not in SECTORS:
        raise LabelError(f"{where}: unknown sector {head['sector']!r}")
    if not _SHA.match(head["commit"]) or head["repo"].count("/") != 1:
        raise LabelError(f"{where}: repo must be owner/name and commit 40 hex digits")
    items: dict[str, ItemLabel] = {}
    for code in ITEM_CODES:
        raw = (data.get("items") or {}).get(code)
        if raw is None:
            raise LabelError(f'{path.name}: no [items."{code}"] table')
        if raw.get("status") not in STATUSES:
            raise LabelError(f"{path.name} item {code}: status must be one of {STATUSES}")
        items[code] = ItemLabel(
            code,
            raw["status"],
            tuple(raw.get("evidence") or ()),
            _date(raw.get("newest"), f"{path.name} item {code}"),
            raw.get("note", ""),
        )
    pages = []
    seen: set[str] = set()
    for n, raw in enumerate(data.get("pages") or ()):
        where = f"{path.name} pages[{n}]"
        page_path = str(raw.get("path", "")).lstrip("/")
        if page_path in seen:
            raise LabelError(f"{where}: {page_path!r} labelled twice")
        seen.add(page_path)
        codes = tuple(raw.get("items") or ())
        bad = [c for c in codes if not _CODE.match(c)]
        if bad:
            raise LabelError(f"{where}: bad item codes {bad}")
        pages.append(
            PageLabel(page_path, codes, _date(raw.get("date"), where), raw.get("note", ""))
        )
    return Site(
        id=head["id"],
        name=head["name"],
        sector=head["sector"],
        repo=head["repo"],
        commit=head["commit"],
        root=str(head.get("root", "")).strip("/"),
        home=head["home"],
        as_of=_date(head["as_of"], where) or dt.date.today(),
        labelled_by=head.get("labelled_by", ""),
        items=items,
        pages=tuple(pages),
        source=path,
    )


def load_sites(dirs: Iterable[Path], only: Iterable[str] = ()) -> list[Site]:
    """Every site file in ``dirs`` (ids unique across them), or only the ids in ``only``."""
    wanted = set(only)
    sites: dict[str, Site] = {}
    for folder in dirs:
        if not folder.is_dir():
            raise LabelError(f"{folder}: not a folder of site files")
        for path in sorted(folder.glob("*.toml")):
            site = load_site(path)
            if site.id in sites:
                raise LabelError(f"{path}: site id {site.id!r} also in {sites[site.id].source}")
            if not wanted or site.id in wanted:
                sites[site.id] = site
    missing = wanted - set(sites)
    if missing:
        raise LabelError(f"no site file with id {', '.join(sorted(missing))}")
    return list(sites.values())
