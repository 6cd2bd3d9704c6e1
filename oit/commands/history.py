"""``oit history``, ``oit diff`` and ``oit alert``: an agency over the runs, the changes between
audits, and sending them. Thin: the work is in oit/history.py, oit/alerts.py and the
channels of oit/channels/.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click

from oit.commands.options import date_or_none, db_option
from oit.commands.options import db_path as _db

EXIT_ALERT_FAILED = 1

_date = date_or_none


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


stable_option = click.option(
    "--stable",
    default=1,
    show_default=True,
    type=click.IntRange(1, 50),
    metavar="N",
    help="A new status counts once seen in N checked runs in a row (flap suppression; "
    "use 2-3 for weekly or daily scheduled audits).",
)


# --------------------------------------------------------------------------- history


def _history_table(data: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from checklist.statuses import STATUS_LOOKS

    agency = data["agency"]
    table = Table(title=escape(f"{agency['name']} ({agency['id']}) — ประวัติ / history"))
    table.add_column("ข้อ / item", no_wrap=True)
    for run in data["runs"]:
        pin = " 📌" if run["pinned"] else ""
        table.add_column(f"#{run['id']}{pin}\n{run['as_of']}", no_wrap=True)
    table.add_row(
        "เก็บข้อมูล / crawl",
        *(f"{r['crawl']['status']} · {r['crawl']['pages']}" for r in data["runs"]),
    )
    for item in data["items"]:
        label = item["code"] if item["part"] is None else f"  · {item['part']}"
        cells = [
            f"[{look.terminal}]{look.symbol}[/] {c['last_updated'] or ''}"
            if (look := STATUS_LOOKS.get(c["status"]))
            else ""
            for c in item["history"]
        ]
        table.add_row(label + (" ✎" if item["override"] else ""), *cells)
    console = Console() if sys.stdout.isatty() else Console(width=200)
    console.print(table)
    console.print(
        "  ".join(f"{look.symbol} {look.th} / {look.en}" for look in STATUS_LOOKS.values())
        + "  ✎ ผู้ตรวจแก้ไขผล / auditor override",
        markup=False,
        highlight=False,
    )
    for o in data["overrides"]:
        part = f"·{o['part']}" if o["part"] else ""
        what = f"→ {o['status']}" if o["action"] == "set" else f"ยกเลิก / revokes #{o['revokes']}"
        until = f"..{o['until']}" if o["until"] else ""
        console.print(
            f"  ✎ #{o['id']} [{o['state']}] {o['code']}{part} {what} "
            f"(from {o['from']}{until}) {o['by']}, {o['at']}: {o['reason']}",
            markup=False,
            highlight=False,
        )


@click.command()
@click.argument("agency")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the history as JSON.")
@click.option(
    "--last",
    default=8,
    show_default=True,
    type=click.IntRange(1, 1000),
    metavar="N",
    help="Show the last N runs that crawled the agency.",
)
def history(agency: str, db_path: str | None, as_json: bool, last: int) -> None:
    """An agency's items 5.1–5.11 over the runs: status symbol and last update per run.

    ประวัติสถานะของหน่วยงานในแต่ละรอบการตรวจ

    Example: oit history a01 --db audit.db
    """
    from crawler.store import open_db
    from oit.history import HistoryError, agency_history

    with open_db(_db(db_path), readonly=True) as store:
        try:
            data = agency_history(store, agency, last=last)
        except HistoryError as exc:
            raise _fail(exc) from None
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif not data["runs"]:
        click.echo(f"{agency}: ยังไม่มีผลการตรวจ / no finished run has crawled this agency")
    else:
        _history_table(data)


# --------------------------------------------------------------------------- diff


@click.command()
@db_option
@click.option(
    "--since",
    callback=_date,
    metavar="DATE",
    help="Compare the latest audit with the last audit before DATE (YYYY-MM-DD, by as_of).",
)
@click.option("--runs", "pair", nargs=2, type=int, metavar="A B", help="Compare run A with run B.")
@stable_option
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the changes as CSV.")
def diff(
    db_path: str | None,
    since: dt.date | None,
    pair: tuple[int, int] | None,
    stable: int,
    as_json: bool,
    as_csv: bool,
) -> None:
    """What changed between audits (default: the last two), per agency and item.

    การเปลี่ยนแปลงระหว่างรอบการตรวจ: ไม่พบใหม่, ไม่เป็นปัจจุบัน, แก้ไขแล้ว, ตรวจไม่ได้

    Items a run could not check (crawl failed or blocked) are listed apart and
    never count as fixed or newly missing.

    Example: oit diff --db audit.db --since 2026-09-01
    """
    from crawler.store import open_db
    from oit.alerts import diff_csv, diff_json, diff_text
    from oit.history import HistoryError, diff_runs, select_runs

    if since and pair:
        raise click.UsageError("give --since or --runs, not both / เลือกอย่างใดอย่างหนึ่ง")
    if as_json and as_csv:
        raise click.UsageError("give --json or --csv, not both / เลือกอย่างใดอย่างหนึ่ง")
    with open_db(_db(db_path), readonly=True) as store:
        try:
            base, target = select_runs(store, since=since, pair=pair or None)
            changes = diff_runs(store, base, target, stable)
        except HistoryError as exc:
            raise _fail(exc) from None
    render = diff_json if as_json else diff_csv if as_csv else diff_text
    click.echo(render(changes), nl=False)


# --------------------------------------------------------------------------- alert


def _dest(key: str) -> str:
    return "set_" + key.replace("-", "_")


def _channel_options(command: Any) -> Any:
    """``--NAME TARGET`` (repeatable) for each alert channel, then each channel setting ``--KEY``:
    read from the registry (oit/channels), so a new channel needs no change here."""
    from oit.channels import CHANNELS, settings

    options = [
        click.option(f"--{c.name}", f"to_{c.name}", multiple=True, metavar=c.metavar, help=c.help)
        for c in CHANNELS
    ]
    for s in settings():
        if s.flag:
            options.append(click.option(f"--{s.key}", _dest(s.key), is_flag=True, help=s.help))
        else:
            show = f"${s.env} or {s.default}" if s.env else True
            options.append(
                click.option(
                    f"--{s.key}",
                    _dest(s.key),
                    metavar=s.metavar,
                    default=s.initial,
                    show_default=show,
                    help=s.help,
                )
            )
    for option in reversed(options):
        command = option(command)
    return command


@click.command()
@db_option
@click.option(
    "--run", "run_id", type=int, help="The run whose changes to send (default: the latest audit)."
)
@stable_option
@_channel_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Also write the changes to a file (.csv: CSV, otherwise JSON).",
)
@click.option("--always", is_flag=True, help="Send even when nothing changed.")
def alert(
    db_path: str | None,
    run_id: int | None,
    stable: int,
    output: str | None,
    always: bool,
    **channel_values: Any,
) -> None:
    """Send the changes a run brought (against the run before it) by email and/or webhook.

    แจ้งเตือนการเปลี่ยนแปลงของรอบการตรวจทางอีเมลหรือ webhook

    Nothing is sent when nothing changed (unless --always). A failed delivery is
    reported and exits non-zero; the run and the -o file are kept.

    Example: oit alert --db audit.db --email office@example.go.th --smtp mail.example.go.th:25
    """
    from crawler.store import open_db
    from oit.alerts import write_changes
    from oit.channels import CHANNELS, send_alerts, settings
    from oit.history import HistoryError, diff_for_run, has_news

    targets = {c.name: channel_values[f"to_{c.name}"] for c in CHANNELS}
    options = {s.key: channel_values[_dest(s.key)] for s in settings()}
    if not (any(targets.values()) or output):
        flags = ", ".join(f"--{c.name}" for c in CHANNELS)
        raise click.UsageError(f"give {flags} or -o / ต้องระบุปลายทางการแจ้งเตือน")
    for s in settings():
        if not s.flag and s.check and (problem := s.check(options[s.key])):
            raise click.BadParameter(problem, param_hint=f"--{s.key}")
    with open_db(_db(db_path), readonly=True) as store:
        try:
            changes = diff_for_run(store, run_id, stable)
        except HistoryError as exc:
            raise _fail(exc) from None
    if output:
        try:
            click.echo(f"wrote {write_changes(changes, output)}", err=True)
        except OSError as exc:
            raise click.ClickException(
                f"cannot write {output}: {exc.strerror} / เขียนไฟล์ไม่ได้"
            ) from None
    summary = changes["summary"]
    run = changes["target"]["id"]
    if not (has_news(changes) or always):
        click.echo(f"run {run}: no changes, nothing sent / ไม่มีการเปลี่ยนแปลง ไม่ได้ส่งแจ้งเตือน")
        return
    deliveries = send_alerts(changes, targets, options)
    for d in deliveries:
        if d.ok:
            click.echo(f"run {run}: {summary['changes']} changes sent to {d.target} ({d.detail})")
    failed = [d for d in deliveries if not d.ok]
    for d in failed:
        click.echo(
            f"oit: error: alert not sent to {d.target}: {d.detail} / ส่งแจ้งเตือนไม่สำเร็จ "
            f"(run {run} is kept)",
            err=True,
        )
    if failed:
        sys.exit(EXIT_ALERT_FAILED)


COMMANDS = [history, diff, alert]
