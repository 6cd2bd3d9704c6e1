"""Alerts: the changes of a run (``oit.history.diff_runs``) as text, JSON or CSV, and the
:class:`Channel` protocol that sends them. The channels themselves (e-mail, webhook) are one
file each in oit/channels/, listed in ``oit.channels.CHANNELS``.

Sending never touches the database: a failed delivery is reported as a
:class:`Delivery` with ``ok=False`` and the run, its findings and any file
already written stay as they are.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from checklist.history import LABELS, NOT_CHECKED
from checklist.statuses import STATUS_LOOKS

CSV_FIELDS = (
    "category",
    "agency",
    "name",
    "code",
    "part",
    "change",
    "direction",
    "from",
    "to",
    "newly",
    "runs",
    "last_updated",
    "crawl_status",
    "crawl_reason",
    "override_status",
    "override_by",
    "override_reason",
)


@dataclass(frozen=True, slots=True)
class Delivery:
    """The outcome of sending to one target, e.g. ``email:a@b.go.th`` or ``webhook:https://…``."""

    target: str
    ok: bool
    detail: str = ""


def parse_host_port(value: str, default_port: int = 25) -> tuple[str, int]:
    """'mail.example.go.th:587' -> ('mail.example.go.th', 587); '[::1]:25' for IPv6."""
    host, sep, port = value.rpartition(":")
    if not sep or (host.count(":") and not host.startswith("[")):
        host, port = value, str(default_port)
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"expected HOST:PORT, got {value!r}")
    return host.strip("[]"), int(port)


# --------------------------------------------------------------------------- rendering


def _symbol(status: str | None) -> str:
    if status is None:
        return "· (ไม่เคยตรวจได้ / never checked)"
    return f"{STATUS_LOOKS[status].symbol} {status}"  # type: ignore[index]  # a Status is its string


def _label(kind: str) -> str:
    th, en = LABELS[kind]
    return f"{th} / {en}"


def _where(row: dict[str, Any]) -> str:
    return row["code"] + (f"·{row['part']}" if row["part"] else "")


def subject(diff: dict[str, Any]) -> str:
    s, target = diff["summary"], diff["target"]
    return (
        f"OIT Watch: {s['changes']} การเปลี่ยนแปลง / changes, {s['newly_not_checked']} "
        f"ตรวจไม่ได้ใหม่ / newly not checked — รอบ / run {target['id']} ({target['as_of']})"
    )


def diff_text(diff: dict[str, Any]) -> str:
    """The changes as plain text, Thai first: changes by agency, then not checked, then pending."""
    base, target, s = diff["base"], diff["target"], diff["summary"]
    lines = [
        f"การเปลี่ยนแปลง / changes: รอบ / run {base['id']} ({base['as_of']}) → "
        f"รอบ / run {target['id']} ({target['as_of']}); ต้องคงอยู่ / must hold {diff['stable']} รอบ / run(s)",
        f"เปลี่ยน {s['changes']} (แย่ลง {s['worse']}, ดีขึ้น {s['better']}) · ตรวจไม่ได้ "
        f"{s['not_checked']} (ใหม่ {s['newly_not_checked']}) · รอยืนยัน {s['pending']}",
        f"changes {s['changes']} (worse {s['worse']}, better {s['better']}) · not checked "
        f"{s['not_checked']} (new {s['newly_not_checked']}) · unconfirmed {s['pending']}",
    ]
    agency = None
    for row in diff["changes"]:
        if row["agency"] != agency:
            agency = row["agency"]
            lines += ["", f"{row['agency']} {row['name']}"]
        override = row.get("override")
        note = f"  [ผู้ตรวจ / override: {override['status']}, {override['by']}]" if override else ""
        lines.append(
            f"  {_where(row):<16} {_label(row['change'])}: {_symbol(row['from'])} → "
            f"{_symbol(row['to'])}{note}"
        )
    if diff["changes"] == []:
        lines += ["", "ไม่มีการเปลี่ยนแปลงสถานะ / no change of status"]
    blocked: dict[str, list[dict[str, Any]]] = {}
    for row in diff[NOT_CHECKED]:
        blocked.setdefault(row["agency"], []).append(row)
    if blocked:
        lines += [
            "",
            "ตรวจไม่ได้ (เก็บข้อมูลไม่สำเร็จหรือถูกปิดกั้น — ไม่นับเป็นการเปลี่ยนแปลง) / "
            "not checked (crawl failed or blocked — not counted as a change):",
        ]
        for agency_id, rows in blocked.items():
            crawl = rows[0]["crawl"]
            new = (
                "ใหม่ / new"
                if any(r["newly"] for r in rows)
                else f"ต่อเนื่อง / still ({rows[0]['runs']} รอบ / runs)"
            )
            why = " ".join(
                x for x in (crawl.get("status"), crawl.get("error"), crawl.get("reason")) if x
            )
            lines.append(f"  {agency_id} {rows[0]['name']}: {len(rows)} ข้อ / items, {new} — {why}")
    if diff["pending"]:
        lines += [
            "",
            f"รอยืนยัน (ต้องคงอยู่ {diff['stable']} รอบ) / unconfirmed (must hold "
            f"{diff['stable']} runs):",
        ]
        for row in diff["pending"]:
            lines.append(
                f"  {row['agency']} {_where(row):<16} {_symbol(row['from'])} → "
                f"{_symbol(row['to'])} ({row['runs']}/{row['needed']})"
            )
    for key, th, en in (
        ("new_agencies", "หน่วยงานใหม่", "new agencies"),
        ("dropped_agencies", "ไม่ได้ตรวจรอบนี้", "not in this run"),
    ):
        if diff[key]:
            lines.append(f"{th} / {en}: {', '.join(diff[key])}")
    return "\n".join(lines) + "\n"


def diff_rows(diff: dict[str, Any]) -> list[dict[str, Any]]:
    """Flat rows (changes, not checked, pending) for CSV."""
    rows = []
    for category in ("changes", NOT_CHECKED, "pending"):
        for row in diff[category]:
            crawl = row.get("crawl") or {}
            override = row.get("override") or {}
            rows.append(
                {
                    "category": category,
                    "agency": row["agency"],
                    "name": row["name"],
                    "code": row["code"],
                    "part": row["part"] or "",
                    "change": row.get("change", category),
                    "direction": row.get("direction") or "",
                    "from": row.get("from") or row.get("last_known") or "",
                    "to": row.get("to") or (NOT_CHECKED if category == NOT_CHECKED else ""),
                    "newly": {True: "yes", False: "no"}.get(row.get("newly"), ""),  # type: ignore[arg-type]
                    "runs": row.get("runs", ""),
                    "last_updated": row.get("last_updated") or "",
                    "crawl_status": crawl.get("status") or "",
                    "crawl_reason": crawl.get("reason") or "",
                    "override_status": override.get("status", ""),
                    "override_by": override.get("by", ""),
                    "override_reason": override.get("reason", ""),
                }
            )
    return rows


def diff_csv(diff: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(diff_rows(diff))
    return out.getvalue()


def diff_json(diff: dict[str, Any]) -> str:
    return json.dumps(diff, ensure_ascii=False, indent=2) + "\n"


def write_changes(diff: dict[str, Any], path: str | Path) -> Path:
    """Write the changes to ``path``: CSV for ``*.csv`` (UTF-8 with BOM, for Excel), JSON otherwise."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        path.write_text(diff_csv(diff), encoding="utf-8-sig")
    else:
        path.write_text(diff_json(diff), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- channels

Check = Callable[[Any], str | None]


@dataclass(frozen=True, slots=True)
class Setting:
    """One option of a channel: ``key`` in ``[jobs.NAME.alerts]`` and ``oit alert --KEY``.

    A ``bool`` default makes it an on/off flag; ``env`` names the variable that replaces
    the default (read when the option is read, never stored in a config file).
    """

    key: str
    help: str
    default: str | bool = False
    env: str | None = None
    metavar: str | None = None
    check: Check | None = None  # the problem with a value, or None (schedule TOML and CLI alike)

    @property
    def flag(self) -> bool:
        return isinstance(self.default, bool)

    def initial(self) -> str | bool:
        if self.env and not self.flag:
            return os.environ.get(self.env, str(self.default))
        return self.default


class Channel(Protocol):
    """A way to send a run's changes. Its targets are ``NAME = [...]`` in ``[jobs.NAME.alerts]``
    and ``oit alert --NAME TARGET`` (repeatable); add one to ``oit.channels.CHANNELS``."""

    name: str
    metavar: str  # what one target looks like in --help, e.g. "TO", "URL"
    help: str
    settings: tuple[Setting, ...]

    def check_targets(self, value: Any) -> str | None:
        """The problem with a schedule's list of targets, or None."""

    def send(
        self, diff: dict[str, Any], targets: Sequence[str], options: Mapping[str, Any]
    ) -> list[Delivery]:
        """Send ``diff`` to ``targets``; ``options`` maps every setting's key to its value.
        Never raises for a failed delivery: it is a :class:`Delivery` with ``ok=False``."""


def strings(pattern: str, what: str) -> Check:
    """A check: a non-empty list of strings matching ``pattern``."""

    def check(value: Any) -> str | None:
        ok = (
            isinstance(value, list)
            and value
            and all(isinstance(v, str) and re.match(pattern, v) for v in value)
        )
        return None if ok else f"must be a list of {what}"

    return check


def reason(exc: BaseException) -> str:
    cause = getattr(exc, "reason", None)
    if isinstance(cause, BaseException):
        exc = cause
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if type(exc).__name__ not in text else text
