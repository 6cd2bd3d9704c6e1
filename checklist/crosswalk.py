"""The crosswalk (data in crosswalk.toml): items and parts 5.1–5.11 ↔ the O-items of each
fiscal year and sector, with the source of each list and what is unsure about it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from checklist.definitions import ChecklistError, read_toml

CROSSWALK_PATH = Path(__file__).with_name("crosswalk.toml")


class CrosswalkError(ChecklistError):
    """No list for the asked year and sector; the message names the ones there are."""


@dataclass(frozen=True, slots=True)
class ORow:
    o: str  # "O11", "MOIT2"
    title: str
    codes: tuple[str, ...]  # "5.2", "5.1:structure"; empty: not one of 5.1–5.11
    sure: bool


@dataclass(frozen=True, slots=True)
class OList:
    year: int  # Buddhist-era fiscal year
    sector: str
    complete: bool
    source: str
    note_th: str
    note_en: str
    rows: tuple[ORow, ...]

    @property
    def unsure(self) -> bool:
        return not self.complete or not all(r.sure for r in self.rows)


@dataclass(frozen=True, slots=True)
class Sector:
    key: str
    th: str
    en: str


@dataclass(frozen=True, slots=True)
class Crosswalk:
    version: str
    sectors: tuple[Sector, ...]
    lists: tuple[OList, ...]

    def choices(self) -> str:
        return ", ".join(f"{o.year} {o.sector}" for o in self.lists)

    def find(self, year: int, sector: str) -> OList:
        for o in self.lists:
            if o.year == year and o.sector == sector:
                return o
        raise CrosswalkError(
            f"no O-item list for {year} {sector}; there are: {self.choices()} / "
            "ไม่มีรายการ O ของปีและประเภทหน่วยงานนี้"
        )

    def pick(self, year: int | None, sector: str, fiscal_year: int) -> OList:
        """``year``'s list, or (no year given) the newest list of ``sector`` up to ``fiscal_year``."""
        if year is not None:
            return self.find(year, sector)
        mine = sorted((o for o in self.lists if o.sector == sector), key=lambda o: o.year)
        if not mine:
            raise CrosswalkError(
                f"no O-item list for sector {sector!r}; there are: {self.choices()}"
            )
        return next((o for o in reversed(mine) if o.year <= fiscal_year), mine[-1])

    def sector(self, key: str) -> Sector:
        return next((s for s in self.sectors if s.key == key), Sector(key, key, key))


@functools.cache
def load_crosswalk(path: Path = CROSSWALK_PATH) -> Crosswalk:
    data = read_toml(path)
    sectors = tuple(Sector(s["key"], s["th"], s["en"]) for s in data.get("sectors", []))
    keys = {s.key for s in sectors}
    lists = []
    for raw in data.get("lists", []):
        if raw.get("sector") not in keys:
            raise ChecklistError(
                f"{path}: list {raw.get('year')} has unknown sector {raw.get('sector')!r}"
            )
        rows = tuple(
            ORow(str(r["o"]), str(r["title"]), tuple(r.get("codes", ())), bool(r.get("sure")))
            for r in raw["rows"]
        )
        lists.append(
            OList(
                int(raw["year"]),
                str(raw["sector"]),
                bool(raw.get("complete")),
                str(raw["source"]),
                str(raw.get("note_th", "")),
                str(raw.get("note_en", "")),
                rows,
            )
        )
    return Crosswalk(str(data.get("version", "")), sectors, tuple(lists))
