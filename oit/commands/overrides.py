"""``oit override``, ``oit override-revoke``, ``oit overrides``, ``oit pin`` and ``oit prune``:
auditor verdicts beside the machine's, and retention. Thin over oit/history.py.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from checklist.statuses import STATUSES
from oit.commands.history import _date, _db, _fail, db_option

OVERRIDE_CHOICES = [s.value for s in STATUSES]  # plain strings: click matches Enum choices by name


def _who(value: str) -> str:
    if not value.strip():
        raise click.BadParameter("must not be empty / ต้องไม่ว่าง")
    return value


reason_option = click.option(
    "--reason",
    required=True,
    help="Why (required, shown in reports).",
    callback=lambda ctx, p, v: _who(v),
)
by_option = click.option(
    "--by",
    "by",
    required=True,
    metavar="NAME",
    help="Who decided.",
    callback=lambda ctx, p, v: _who(v),
)
from_option = click.option(
    "--from",
    "valid_from",
    callback=_date,
    metavar="DATE",
    help="First as_of day it applies to (default: today).",
)
override_from_option = click.option(
    "--from",
    "valid_from",
    callback=_date,
    metavar="DATE",
    help="First as_of day it applies to (default: the as_of day of the latest audit of the agency, "
    "the audit it corrects; today when there is none).",
)


@click.command()
@click.argument("agency")
@click.argument("item", metavar="ITEM")
@click.option(
    "--status", required=True, type=click.Choice(OVERRIDE_CHOICES), help="The auditor's verdict."
)
@reason_option
@by_option
@click.option("--part", help="One part of the item (5.1: structure, executives, …; 5.7: plan, …).")
@click.option("--until", callback=_date, metavar="DATE", help="Last as_of day it applies to.")
@override_from_option
@db_option
def override(
    agency: str,
    item: str,
    status: str,
    reason: str,
    by: str,
    part: str | None,
    until: dt.date | None,
    valid_from: dt.date | None,
    db_path: str | None,
) -> None:
    """Record an auditor's verdict on an item; reports show it beside the machine's status.

    บันทึกผลการพิจารณาของผู้ตรวจ (แสดงคู่กับผลของเครื่อง ไม่แทนที่)

    Example: oit override a02 5.3 --status ok --reason "ประกาศอยู่ในไฟล์ PDF หน้า 2" --by "สมชาย"
    """
    from crawler.store import open_db
    from oit.history import HistoryError, record_override

    with open_db(_db(db_path)) as store:
        try:
            row = record_override(
                store,
                agency,
                item,
                status,
                reason,
                by,
                part=part,
                until=until,
                valid_from=valid_from,
            )
        except HistoryError as exc:
            raise _fail(exc) from None
    what = item + (f"·{row['part']}" if row["part"] != "main" else "")
    until_text = f" until {row['until']}" if row["until"] else ""
    click.echo(
        f"override {row['id']}: {agency} {what} → {status} by {row['by']} "
        f"(from {row['valid_from']}{until_text})"
    )


@click.command("override-revoke")
@click.argument("override_id", metavar="ID", type=int)
@reason_option
@by_option
@from_option
@db_option
def override_revoke(
    override_id: int, reason: str, by: str, valid_from: dt.date | None, db_path: str | None
) -> None:
    """End an override (recorded as a new entry; nothing is deleted).

    ยกเลิกการแก้ไขผลของผู้ตรวจ (บันทึกเป็นรายการใหม่ ไม่ลบของเดิม)

    Example: oit override-revoke 3 --reason "หน่วยงานแก้ไขเว็บไซต์แล้ว" --by "สมชาย"
    """
    from crawler.store import open_db
    from oit.history import HistoryError, revoke_override

    with open_db(_db(db_path)) as store:
        try:
            row = revoke_override(store, override_id, reason, by, valid_from=valid_from)
        except HistoryError as exc:
            raise _fail(exc) from None
    click.echo(
        f"override {override_id} revoked by {row['by']} from {row['valid_from']} "
        f"(entry {row['id']})"
    )


@click.command()
@db_option
@click.option("--agency", help="Only this agency.")
@click.option("--json", "as_json", is_flag=True, help="Print the trail as JSON.")
def overrides(db_path: str | None, agency: str | None, as_json: bool) -> None:
    """The whole trail of auditor overrides and revocations, oldest first, with their state today.

    ประวัติการแก้ไขผลของผู้ตรวจทั้งหมด

    Example: oit overrides --db audit.db --agency a02
    """
    from crawler.store import open_db
    from oit.history import overrides_trail

    with open_db(_db(db_path), readonly=True) as store:
        trail = overrides_trail(store, agency)
    if as_json:
        click.echo(json.dumps(trail, ensure_ascii=False, indent=2))
        return
    if not trail:
        click.echo("ไม่มีการแก้ไขผลโดยผู้ตรวจ / no overrides")
    for o in trail:
        part = f"·{o['part']}" if o["part"] else ""
        what = f"→ {o['status']}" if o["action"] == "set" else f"revokes #{o['revokes']}"
        until = f"..{o['until']}" if o["until"] else ""
        click.echo(
            f"#{o['id']:<4} {o['at']}  {o['agency']} {o['code']}{part} {what} "
            f"[{o['state']}] from {o['from']}{until} — {o['by']}: {o['reason']}"
        )


@click.command()
@click.argument("run_id", metavar="RUN_ID", type=int)
@click.option("--unpin", is_flag=True, help="Remove the pin.")
@click.option("--note", help="A note on the run, e.g. 'ไตรมาส 1/2570'.")
@db_option
def pin(run_id: int, unpin: bool, note: str | None, db_path: str | None) -> None:
    """Pin a run (the official quarterly audit) so that `oit prune` keeps it.

    ปักหมุดรอบการตรวจ (รอบทางการ) ไม่ให้ถูกลบเมื่อ prune

    Example: oit pin 12 --note "ไตรมาส 1/2570"
    """
    from crawler.store import open_db
    from oit.history import HistoryError, set_pin

    with open_db(_db(db_path)) as store:
        try:
            run = set_pin(store, run_id, not unpin, note)
        except HistoryError as exc:
            raise _fail(exc) from None
    state = "pinned / ปักหมุดแล้ว" if run["pinned"] else "unpinned / ยกเลิกหมุดแล้ว"
    click.echo(f"run {run_id} ({run['kind']}, as of {run['as_of']}): {state}")


@click.command()
@click.option(
    "--keep",
    required=True,
    type=click.IntRange(1, None),
    metavar="N",
    help="Keep the last N runs of each kind (audit, check), plus every pinned run.",
)
@click.option("--dry-run", is_flag=True, help="Only say what would be deleted.")
@db_option
def prune(keep: int, dry_run: bool, db_path: str | None) -> None:
    """Delete old runs (their crawls, pages and findings); pinned runs and overrides are kept.

    ลบรอบการตรวจเก่า เก็บไว้ N รอบล่าสุดและรอบที่ปักหมุด

    Example: oit prune --keep 8 --db audit.db
    """
    from crawler.store import open_db
    from oit.history import prune as prune_runs

    path = _db(db_path)
    if not Path(path).exists():
        raise click.ClickException(f"database not found: {path} / ไม่พบฐานข้อมูล")
    with open_db(path) as store:
        result = prune_runs(store, keep, dry_run=dry_run)
    ids = ", ".join(map(str, result.deleted)) or "—"
    kept = f"kept {len(result.kept)} runs (pinned: {', '.join(map(str, result.pinned)) or '—'})"
    if dry_run:
        click.echo(f"would delete {len(result.deleted)} runs ({ids}); {kept}")
        return
    c = result.counts
    vacuum = "vacuumed" if result.vacuumed else "not vacuumed (database busy)"
    click.echo(
        f"deleted {c['runs']} runs ({ids}): {c['crawls']} crawls, {c['pages']} pages, "
        f"{c['findings']} findings; {kept}; {vacuum}; integrity {result.integrity}"
    )
    if result.integrity != "ok":
        raise click.ClickException(f"integrity check: {result.integrity} / ฐานข้อมูลไม่สมบูรณ์")


COMMANDS = [override, override_revoke, overrides, pin, prune]
