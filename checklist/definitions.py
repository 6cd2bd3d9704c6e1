"""The disclosure checklist as data: items, parts and the wordings that name them.

The checklist lives in ``checklist/items/oit-<year>.toml`` so an auditor can add a
wording or a new fiscal year without touching code. :func:`load_checklist` reads
and validates one file; without an argument it picks the newest year.

>>> cl = load_checklist()
>>> cl.codes[:3], cl.item("5.7").part_keys
(('5.1', '5.2', '5.3'), ('plan', 'announcements', 'summary'))
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from checklist import configfile
from checklist.configfile import ConfigError

__all__ = [
    "ITEMS_DIR",
    "Checklist",
    "ChecklistError",
    "Item",
    "Part",
    "available_checklists",
    "load_checklist",
]

ITEMS_DIR = Path(__file__).with_name("items")
Fail = Callable[[str], NoReturn]  # raises ChecklistError naming the file
_FILE_YEAR = re.compile(r"oit-(\d{4})(?:[-_.][\w.-]*)?\.toml$")
_CODE = re.compile(r"^\d+\.\d+$")
_PART_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class ChecklistError(ConfigError):
    """A checklist file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Part:
    """One thing an item asks for (5.1 has six, 5.7 three, the others one: ``main``)."""

    key: str
    title_th: str
    title_en: str
    terms: tuple[str, ...]
    url_hints: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    statements: tuple[str, ...] = ()  # "nothing to report" sentences: evidence anywhere
    combos: tuple[tuple[str, ...], ...] = ()  # all words of one combo in one line name the part
    whole: tuple[
        str, ...
    ] = ()  # words that name the part only as a whole title/heading/line ("ติดต่อ")
    articles: bool = False  # a dated article at a URL with the part's hint is evidence (news items)
    # Words the text under a heading or label of the part must hold on a web page (procurement rows
    # say ซื้อ/จ้าง): a title over other content (news cards, job notices) is a copied template.
    body: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
    code: str
    title_th: str
    title_en: str
    official: str
    parts: tuple[Part, ...]
    # A short name for charts and narrow columns (Thai, English); the full title when not given.
    short_th: str = ""
    short_en: str = ""

    @property
    def short(self) -> tuple[str, str]:
        return self.short_th or self.title_th, self.short_en or self.title_en

    @property
    def part_keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.parts)

    def part(self, key: str) -> Part:
        for p in self.parts:
            if p.key == key:
                return p
        raise KeyError(f"{self.code} has no part {key!r}")


@dataclass(frozen=True, slots=True)
class Checklist:
    version: str
    fiscal_year: int
    source: str
    items: tuple[Item, ...]
    hub_markers: tuple[str, ...]
    empty_markers: tuple[str, ...] = ()
    label_prefixes: tuple[str, ...] = ()
    agency_prefixes: tuple[str, ...] = ()
    mention_words: tuple[str, ...] = ()
    duty_markers: tuple[str, ...] = ()  # a line with one of these describes a unit's duties
    sitemap_markers: tuple[
        str, ...
    ] = ()  # a page titled so lists the site's pages: names, not evidence
    path: str = ""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.items)

    def item(self, code: str) -> Item:
        for i in self.items:
            if i.code == code:
                return i
        raise KeyError(f"checklist {self.version} has no item {code!r}")


# Allowed keys per table, with whether they are required. Unknown keys are errors:
# a typo such as "term =" would otherwise silently drop every wording of a part.
_TOP = {
    "version": True,
    "fiscal_year": True,
    "source": True,
    "hub_markers": True,
    "items": True,
    "empty_markers": False,
    "label_prefixes": False,
    "agency_prefixes": False,
    "mention_words": False,
    "duty_markers": False,
    "sitemap_markers": False,
}
_ITEM = {
    "code": True,
    "title_th": True,
    "title_en": True,
    "official": True,
    "parts": True,
    "short_th": False,
    "short_en": False,
}
_PART = {
    "key": True,
    "title_th": True,
    "title_en": True,
    "terms": True,
    "url_hints": False,
    "exclude": False,
    "statements": False,
    "combos": False,
    "whole": False,
    "articles": False,
    "body": False,
}


def _check_keys(table: Mapping[str, Any], spec: dict[str, bool], where: str, fail: Fail) -> None:
    required = [key for key, needed in spec.items() if needed]
    if problem := configfile.unknown_key(table, spec) or configfile.missing_key(table, required):
        fail(f"{where}: {problem}")


def _strings(value: Any, where: str, fail: Fail, *, allow_empty: bool = True) -> tuple[str, ...]:
    if problem := configfile.strings(value):
        fail(f"{where}: {problem}")
    if not value and not allow_empty:
        fail(f"{where}: is empty")
    return tuple(v.strip() for v in value)


def _text(value: Any, where: str, fail: Fail) -> str:
    if problem := configfile.text(value):
        fail(f"{where}: {problem}")
    return value.strip()


def _parse(data: Mapping[str, Any], name: str) -> Checklist:
    def fail(msg: str) -> NoReturn:
        raise ChecklistError(f"{name}: {msg}")

    _check_keys(data, _TOP, "top level", fail)
    if not isinstance(data["fiscal_year"], int) or not 2500 <= data["fiscal_year"] <= 2700:
        fail("fiscal_year: must be a Buddhist-era year such as 2569")
    raw_items = data["items"]
    if not isinstance(raw_items, list) or not raw_items:
        fail("items: must be a non-empty array of [[items]] tables")
    items: list[Item] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_items, 1):
        code = raw.get("code") if isinstance(raw, dict) else None
        where = f"item {code}" if isinstance(code, str) else f"item #{n}"
        if not isinstance(raw, dict):
            fail(f"{where}: must be a table")
        _check_keys(raw, _ITEM, where, fail)
        if not isinstance(code, str) or not _CODE.match(code):
            fail(f"{where}: code must look like '5.1'")
        if code in seen:
            fail(f"{where}: duplicate code {code!r}")
        seen.add(code)
        parts: list[Part] = []
        keys: set[str] = set()
        if not isinstance(raw["parts"], list) or not raw["parts"]:
            fail(f"{where}: parts must be a non-empty array of [[items.parts]] tables")
        for praw in raw["parts"]:
            key = praw.get("key") if isinstance(praw, dict) else None
            pwhere = f"{where} part {key or '?'}"
            if not isinstance(praw, dict):
                fail(f"{pwhere}: must be a table")
            _check_keys(praw, _PART, pwhere, fail)
            if not isinstance(key, str) or not _PART_KEY.match(key):
                fail(f"{pwhere}: key must be a lower-case identifier")
            if key in keys:
                fail(f"{pwhere}: duplicate part key {key!r}")
            keys.add(key)
            combos = praw.get("combos", [])
            if not isinstance(combos, list):
                fail(f"{pwhere}: combos must be an array of arrays")
            parts.append(
                Part(
                    key=key,
                    title_th=_text(praw["title_th"], f"{pwhere}.title_th", fail),
                    title_en=_text(praw["title_en"], f"{pwhere}.title_en", fail),
                    terms=_strings(praw["terms"], f"{pwhere}.terms", fail, allow_empty=False),
                    url_hints=_strings(praw.get("url_hints", []), f"{pwhere}.url_hints", fail),
                    exclude=_strings(praw.get("exclude", []), f"{pwhere}.exclude", fail),
                    whole=_strings(praw.get("whole", []), f"{pwhere}.whole", fail),
                    articles=bool(praw.get("articles", False)),
                    body=_strings(praw.get("body", []), f"{pwhere}.body", fail),
                    statements=_strings(praw.get("statements", []), f"{pwhere}.statements", fail),
                    combos=tuple(
                        _strings(c, f"{pwhere}.combos", fail, allow_empty=False) for c in combos
                    ),
                )
            )
        items.append(
            Item(
                code=code,
                title_th=_text(raw["title_th"], f"{where}.title_th", fail),
                title_en=_text(raw["title_en"], f"{where}.title_en", fail),
                official=_text(raw["official"], f"{where}.official", fail),
                parts=tuple(parts),
                short_th=_text(raw["short_th"], f"{where}.short_th", fail)
                if "short_th" in raw
                else "",
                short_en=_text(raw["short_en"], f"{where}.short_en", fail)
                if "short_en" in raw
                else "",
            )
        )
    return Checklist(
        version=_text(str(data["version"]), "version", fail),
        fiscal_year=data["fiscal_year"],
        source=_text(data["source"], "source", fail),
        items=tuple(items),
        hub_markers=_strings(data["hub_markers"], "hub_markers", fail, allow_empty=False),
        empty_markers=_strings(data.get("empty_markers", []), "empty_markers", fail),
        label_prefixes=_strings(data.get("label_prefixes", []), "label_prefixes", fail),
        agency_prefixes=_strings(data.get("agency_prefixes", []), "agency_prefixes", fail),
        mention_words=_strings(data.get("mention_words", []), "mention_words", fail),
        duty_markers=_strings(data.get("duty_markers", []), "duty_markers", fail),
        sitemap_markers=_strings(data.get("sitemap_markers", []), "sitemap_markers", fail),
        path=name,
    )


def available_checklists(directory: Path = ITEMS_DIR) -> list[Path]:
    """Checklist files in ``directory``, oldest fiscal year first."""
    years = {
        p: int(m.group(1)) for p in directory.glob("oit-*.toml") if (m := _FILE_YEAR.search(p.name))
    }
    return sorted(years, key=lambda p: (years[p], p.name))


def _resolve(name_or_path: str | Path | None) -> Path:
    if name_or_path is None:
        files = available_checklists()
        if not files:
            raise ChecklistError(f"{ITEMS_DIR}: no oit-<year>.toml checklist found")
        return files[-1]
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists() or len(path.parts) > 1:
        return path
    # A bare name: "oit-2569", "2569" or "oit-2569.toml".
    stem = str(name_or_path).removesuffix(".toml")
    for candidate in (f"{stem}.toml", f"oit-{stem}.toml"):
        if (ITEMS_DIR / candidate).exists():
            return ITEMS_DIR / candidate
    names = ", ".join(p.stem for p in available_checklists()) or "none"
    raise ChecklistError(f"{name_or_path}: no such checklist (available: {names})")


def read_toml(path: Path) -> dict[str, Any]:
    """A data file of the checklist (items, guidance, crosswalk) as a dict; ChecklistError, one
    line naming the file, when it cannot be read, is not UTF-8 or is not TOML."""
    return configfile.read_toml(path, ChecklistError, "checklist")


def _load(path: Path) -> Checklist:
    return _parse(read_toml(path), str(path))


@functools.cache
def _default() -> Checklist:
    return _load(_resolve(None))


def load_checklist(name_or_path: str | Path | None = None) -> Checklist:
    """Read and validate a checklist; ``None`` gives the newest year's (cached).

    ``name_or_path`` is a file path, or a name in ``checklist/items`` such as
    ``"oit-2569"`` or ``"2569"``. Raises :class:`ChecklistError` with a one-line message.
    """
    if name_or_path is None:
        return _default()
    return _load(_resolve(name_or_path))
