"""``oit user add/list/disable/enable/remove``: accounts of auditors for the web app (``oit serve``).

Thin over oit/web/auth.py; accounts live in the web database beside the audit
database (``audit.db`` → ``audit.web.db``), never in the audit database itself.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from oit.commands.history import _db, db_option

if TYPE_CHECKING:
    from oit.web.webstore import WebStore


@click.group("user")
def user() -> None:
    """Web app accounts. / บัญชีผู้ใช้ของเว็บแอป"""


@contextmanager
def _web(db_path: str | None) -> Iterator[WebStore]:
    from crawler.store import StoreError
    from oit.web.webstore import open_web_store

    try:
        web = open_web_store(_db(db_path))
    except (OSError, StoreError) as exc:
        raise click.ClickException(
            f"cannot open the accounts database: {exc} / เปิดฐานข้อมูลบัญชีไม่ได้"
        ) from None
    try:
        yield web
    finally:
        web.close()


@user.command("add")
@click.argument("name")
@db_option
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from the first line of stdin."
)
@click.option(
    "--role",
    type=click.Choice(["auditor", "viewer"]),
    default="auditor",
    show_default=True,
    help="Auditors record overrides; viewers only look.",
)
def add(name: str, db_path: str | None, password_stdin: bool, role: str) -> None:
    """Create an account (or set a new password or role, which ends its sessions).

    สร้างบัญชีผู้ตรวจ (หรือตั้งรหัสผ่าน/บทบาทใหม่ ซึ่งจะออกจากระบบทุกเครื่อง)

    Example: oit user add somchai --db audit.db
    """
    from oit.web.auth import AccountError, add_user, check_new_account

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt(
            "Password / รหัสผ่าน", hide_input=True, confirmation_prompt="Repeat / ยืนยันรหัสผ่าน"
        )
    try:
        check_new_account(name, password)
        with _web(db_path) as web:
            new = add_user(web, name, password, role)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"{'added' if new else 'updated'} {role} {name} / "
        f"{'เพิ่ม' if new else 'ปรับปรุง'}บัญชี {name} แล้ว"
    )


@user.command("list")
@db_option
def list_users(db_path: str | None) -> None:
    """Accounts, their role and whether they are disabled. / รายชื่อบัญชีผู้ใช้

    Example: oit user list --db audit.db
    """
    with _web(db_path) as web:
        rows = [
            (
                u.name,
                u.role,
                "disabled" if u.disabled else "active",
                web.sessions_of(u.name),
                u.updated_at or "",
            )
            for u in web.users()
        ]
    if not rows:
        click.echo("no accounts / ยังไม่มีบัญชี")
        return
    click.echo(f"{'name':<24} {'role':<8} {'state':<9} {'sessions':>8}  updated")
    for name, role, state, sessions, updated in rows:
        click.echo(f"{name:<24} {role:<8} {state:<9} {sessions:>8}  {updated}")


def _set_disabled(name: str, db_path: str | None, disabled: bool) -> None:
    with _web(db_path) as web:
        if not web.set_disabled(name, disabled):
            raise click.ClickException(f"no such account: {name} / ไม่พบบัญชี {name}")
    click.echo(
        f"{'disabled' if disabled else 'enabled'} {name} / "
        f"{'ระงับ' if disabled else 'เปิดใช้'}บัญชี {name} แล้ว"
    )


@user.command("disable")
@click.argument("name")
@db_option
def disable(name: str, db_path: str | None) -> None:
    """Stop an account logging in and end its sessions (keeps its name in the override trail).

    ระงับบัญชีและออกจากระบบทุกเครื่อง

    Example: oit user disable somchai --db audit.db
    """
    _set_disabled(name, db_path, True)


@user.command("enable")
@click.argument("name")
@db_option
def enable(name: str, db_path: str | None) -> None:
    """Let a disabled account log in again. / เปิดใช้บัญชีที่ถูกระงับ

    Example: oit user enable somchai --db audit.db
    """
    _set_disabled(name, db_path, False)


@user.command("remove")
@click.argument("name")
@db_option
def remove(name: str, db_path: str | None) -> None:
    """Delete an account and its sessions (overrides it recorded keep its name).

    ลบบัญชีและออกจากระบบทุกเครื่อง

    Example: oit user remove somchai --db audit.db
    """
    with _web(db_path) as web:
        if not web.remove_user(name):
            raise click.ClickException(f"no such account: {name} / ไม่พบบัญชี {name}")
    click.echo(f"removed {name} / ลบบัญชี {name} แล้ว")


COMMANDS = [user]
