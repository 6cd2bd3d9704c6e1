"""``oit user add``: accounts of auditors for the web app (``oit serve``). Thin over crawler/web/auth.py."""

from __future__ import annotations

import sys

import click

from crawler.commands.history import _db, db_option


@click.group("user")
def user() -> None:
    """Web app accounts. / บัญชีผู้ใช้ของเว็บแอป"""


@user.command("add")
@click.argument("name")
@db_option
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.option("--role", type=click.Choice(["auditor", "viewer"]), default="auditor", show_default=True,
              help="Auditors record overrides; viewers only look.")
def add(name: str, db_path: str | None, password_stdin: bool, role: str) -> None:
    """Create an account (or set a new password for an existing one).

    สร้างบัญชีผู้ตรวจ (หรือตั้งรหัสผ่านใหม่)

    Example: oit user add somchai --db audit.db
    """
    from crawler.store import open_db
    from crawler.web.auth import AccountError, add_user, check_new_account

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password / รหัสผ่าน", hide_input=True,
                                confirmation_prompt="Repeat / ยืนยันรหัสผ่าน")  # fmt: skip
    try:
        check_new_account(name, password)
        with open_db(_db(db_path)) as store:
            new = add_user(store, name, password, role)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{'added' if new else 'updated'} {role} {name} / "
               f"{'เพิ่ม' if new else 'ปรับปรุง'}บัญชี {name} แล้ว")  # fmt: skip


COMMANDS = [user]
