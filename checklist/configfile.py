"""One reader for the project's TOML config files: the checklist's items files
(``definitions.py``, also guidance and crosswalk), the freshness policy (``freshness.py``) and
the schedule config (``oit/schedule.py``). It lives in ``checklist``, the bottom layer, so that
every layer above may use it.

Every problem is one line, Thai then English, naming the file, and the line and column of a
TOML syntax error the way editors and compilers do (``policy.toml:4:17: ...``). A table is
described by data: key -> check, where a check is a small function that returns ``None`` or
the problem (``"ต้องเป็นข้อความ / must be a non-empty string"``); :func:`table_problem` walks such a table and
reports unknown keys, because a typo (``term =``) would otherwise be silently ignored.

>>> table_problem({"cron": "@daily", "cronn": 1}, {"cron": text})
"ไม่รู้จักคีย์ 'cronn' / unknown key 'cronn' (known: cron)"
>>> whole_number(1, 64)(0)
'ต้องเป็นจำนวนเต็ม 1–64 / must be a whole number from 1 to 64, got 0'
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "Check",
    "ConfigError",
    "flag",
    "is_table",
    "missing_key",
    "one_of",
    "read_toml",
    "strings",
    "table_problem",
    "text",
    "unknown_key",
    "whole_number",
]

Check = Callable[[Any], str | None]  # None when the value is fine, else the problem
_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")  # tomllib's position suffix (3.11-3.13)


class ConfigError(ValueError):
    """A config file that cannot be used; the message is one line naming the file and the problem."""


def read_toml(
    path: str | Path, error: type[ConfigError] = ConfigError, kind: str = "config"
) -> dict[str, Any]:
    """The TOML document at ``path``; ``error`` (one line, naming the file) when it is missing,
    unreadable, not UTF-8 or not TOML. ``kind`` names the file for the user ("policy")."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise error(f"{path}: ไม่พบไฟล์ / no such {kind} file") from None
    except OSError as exc:
        reason = exc.strerror or exc
        raise error(f"{path}: อ่านไฟล์ไม่ได้ / cannot read {kind} file ({reason})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise error(f"{path}: ไม่ใช่ UTF-8 / not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = str(path)
        if at := _AT.search(message):
            where += f":{at.group(1)}:{at.group(2)}"
            message = message[: at.start()]
        raise error(f"{where}: TOML ไม่ถูกต้อง / invalid TOML: {message}") from None


# --------------------------------------------------------------------------- checks


def text(value: Any) -> str | None:
    ok = isinstance(value, str) and value.strip()
    return None if ok else "ต้องเป็นข้อความ / must be a non-empty string"


def strings(value: Any) -> str | None:
    ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    return None if ok else "ต้องเป็นรายการข้อความ / must be a list of non-empty strings"


def flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else "ต้องเป็น true หรือ false / must be true or false"


def is_table(value: Any) -> str | None:
    return None if isinstance(value, Mapping) else "ต้องเป็นตาราง / must be a table"


def whole_number(low: int, high: int, unit: tuple[str, str] = ("", "")) -> Check:
    """A whole number from ``low`` to ``high`` (not a bool: TOML's ``true`` is not 1); ``unit``
    names what it counts, Thai and English (``("เดือน", "months")``)."""
    th = f"ต้องเป็นจำนวนเต็ม {low}–{high}{' ' + unit[0] if unit[0] else ''}"
    en = f"must be a whole number{' of ' + unit[1] if unit[1] else ''} from {low} to {high}"

    def check(value: Any) -> str | None:
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return None if ok else f"{th} / {en}, got {value!r}"

    return check


def one_of(*choices: str) -> Check:
    th, en = (f" {word} ".join(repr(c) for c in choices) for word in ("หรือ", "or"))

    def check(value: Any) -> str | None:
        return None if value in choices else f"ต้องเป็น {th} / must be {en}, got {value!r}"

    return check


# --------------------------------------------------------------------------- tables


def unknown_key(table: Mapping[str, Any], known: Iterable[str]) -> str | None:
    """The problem with the first key of ``table`` that is not ``known``."""
    names = tuple(known)
    for key in table:
        if key not in names:
            return f"ไม่รู้จักคีย์ {key!r} / unknown key {key!r} (known: {', '.join(names)})"
    return None


def missing_key(table: Mapping[str, Any], required: Iterable[str]) -> str | None:
    """The problem with the first ``required`` key that ``table`` lacks."""
    for key in required:
        if key not in table:
            return f"ขาดคีย์ {key!r} / missing {key!r}"
    return None


def table_problem(
    table: Mapping[str, Any], checks: Mapping[str, Check], required: Collection[str] = ()
) -> str | None:
    """The first problem of ``table``: an unknown key, a missing required key, or a value its
    check refuses (``"crawl_jobs ต้องเป็น... / must be ..."``); ``None`` when all is well."""
    if problem := unknown_key(table, checks) or missing_key(table, required):
        return problem
    for key, value in table.items():
        if problem := checks[key](value):
            return f"{key} {problem}"
    return None
