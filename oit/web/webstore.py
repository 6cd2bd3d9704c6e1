"""The web app's own database: accounts, login sessions and self-checks (SQLite, WAL).

It is a file of its own, ``<audit db stem>.web.db`` beside the audit database,
because offices share the audit database (datasette, copies by e-mail): password
hashes and session tokens must not travel with it. Accounts and sessions that an
older version kept in the audit database are moved here the first time either
is opened (:func:`move_accounts_out`), and wiped from the audit file.

Self-checks live here too, so a check and its report survive a server restart;
one that was queued or running when the server stopped is marked failed.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.store import now_iso

_SCHEMA = """
create table if not exists users (
    name text primary key, password_hash text not null, role text not null,
    disabled integer not null default 0, created_at text, updated_at text);
create table if not exists sessions (
    token_hash text primary key, user text not null references users(name) on delete cascade,
    csrf text not null, created_at text, expires_at text not null);
create index if not exists sessions_user on sessions(user);
create table if not exists checks (
    id text primary key, url text not null, as_of text not null, state text not null,
    created real not null, client text not null default '', pages integer not null default 0,
    last_url text, items_found text not null default '[]', report text, error text);
create index if not exists checks_created on checks(created);
"""


def web_db_path(audit_db: Path) -> Path:
    """``audit.db`` → ``audit.web.db`` (beside it)."""
    return audit_db.with_name(f"{audit_db.stem}.web.db")


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str
    disabled: bool
    created_at: str | None
    updated_at: str | None


@dataclass(frozen=True)
class Session:
    """A live login session, with its user's current role."""

    user: str
    role: str
    csrf: str
    expires_at: str


class WebStore:
    """One connection, shared by the app's threads under a lock (the app is small)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():  # password hashes: readable by the app's user only
            path.touch(mode=0o600)
        self._conn = sqlite3.connect(
            str(path), timeout=30, isolation_level=None, check_same_thread=False
        )
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._conn.execute("pragma journal_mode = wal")
        self._conn.execute("pragma foreign_keys = on")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> WebStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("begin immediate")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("rollback")
                raise
            self._conn.execute("commit")

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # -- accounts ----------------------------------------------------------
    def set_user(self, name: str, password_hash: str, role: str) -> bool:
        """Create an account or set its password hash and role; True when it is new.
        A changed password or role ends the user's sessions (they log in again)."""
        with self._tx() as db:
            old = db.execute(
                "select password_hash, role from users where name = ?", (name,)
            ).fetchone()
            now = now_iso()
            if old is None:
                db.execute(
                    "insert into users (name, password_hash, role, created_at, updated_at) "
                    "values (?, ?, ?, ?, ?)",
                    (name, password_hash, role, now, now),
                )
                return True
            db.execute(
                "update users set password_hash = ?, role = ?, updated_at = ? where name = ?",
                (password_hash, role, now, name),
            )
            if old["role"] != role or old["password_hash"] != password_hash:
                db.execute("delete from sessions where user = ?", (name,))
        return False

    def rehash(self, name: str, password_hash: str) -> None:
        """Same password, stronger hash parameters: sessions stay."""
        with self._tx() as db:
            db.execute("update users set password_hash = ? where name = ?", (password_hash, name))

    def user(self, name: str) -> User | None:
        rows = self._rows("select * from users where name = ?", (name,))
        return _user(rows[0]) if rows else None

    def users(self) -> list[User]:
        return [_user(r) for r in self._rows("select * from users order by name")]

    def set_disabled(self, name: str, disabled: bool) -> bool:
        """Disable (ending every session) or enable an account; False when there is none."""
        with self._tx() as db:
            changed = db.execute(
                "update users set disabled = ?, updated_at = ? where name = ?",
                (int(disabled), now_iso(), name),
            ).rowcount
            if disabled:
                db.execute("delete from sessions where user = ?", (name,))
        return bool(changed)

    def remove_user(self, name: str) -> bool:
        with self._tx() as db:
            db.execute("delete from sessions where user = ?", (name,))
            return bool(db.execute("delete from users where name = ?", (name,)).rowcount)

    # -- sessions ----------------------------------------------------------
    def add_session(self, token_hash: str, user: str, csrf: str, expires_at: str) -> None:
        """A login session; only the SHA-256 of its cookie token is stored."""
        with self._tx() as db:
            db.execute("delete from sessions where expires_at < ?", (now_iso(),))
            db.execute(
                "insert into sessions (token_hash, user, csrf, created_at, expires_at) "
                "values (?, ?, ?, ?, ?)",
                (token_hash, user, csrf, now_iso(), expires_at),
            )

    def session(self, token_hash: str) -> Session | None:
        """The unexpired session with this token hash, of an enabled account."""
        rows = self._rows(
            "select s.user, u.role, s.csrf, s.expires_at from sessions s join users u on u.name = s.user "
            "where s.token_hash = ? and s.expires_at >= ? and u.disabled = 0",
            (token_hash, now_iso()),
        )
        return Session(**dict(rows[0])) if rows else None

    def delete_session(self, token_hash: str) -> None:
        with self._tx() as db:
            db.execute("delete from sessions where token_hash = ?", (token_hash,))

    def sessions_of(self, name: str) -> int:
        return int(self._rows("select count(*) from sessions where user = ?", (name,))[0][0])

    # -- self-checks -------------------------------------------------------
    def save_check(self, row: dict[str, Any]) -> None:
        data = {
            **row,
            "items_found": json.dumps(list(row.get("items_found") or ())),
            "report": json.dumps(row["report"], ensure_ascii=False) if row.get("report") else None,
        }
        columns = ", ".join(data)
        with self._tx() as db:
            db.execute(
                f"insert or replace into checks ({columns}) values ({', '.join('?' * len(data))})",
                tuple(data.values()),
            )

    def checks(self) -> list[dict[str, Any]]:
        rows = self._rows("select * from checks order by created")
        return [
            {
                **dict(r),
                "items_found": tuple(json.loads(r["items_found"])),
                "report": json.loads(r["report"]) if r["report"] else None,
            }
            for r in rows
        ]

    def forget_checks(self, keep_ids: set[str]) -> None:
        with self._tx() as db:
            for (check_id,) in db.execute("select id from checks").fetchall():
                if check_id not in keep_ids:
                    db.execute("delete from checks where id = ?", (check_id,))


def _user(row: sqlite3.Row) -> User:
    return User(
        name=row["name"],
        role=row["role"],
        password_hash=row["password_hash"],
        disabled=bool(row["disabled"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def move_accounts_out(audit_db: Path, web: WebStore) -> int:
    """Move users and sessions an older version kept in the audit database into ``web``;
    the audit file's copies are wiped (secure_delete, then the WAL checkpointed and the file
    vacuumed when no one else has it open). Returns how many accounts were moved."""
    if not audit_db.exists():
        return 0
    conn = sqlite3.connect(str(audit_db), timeout=30, isolation_level=None)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        if "users" not in tables:
            return 0
        users = conn.execute(
            "select name, password_hash, role, created_at, updated_at from users"
        ).fetchall()
        sessions = (
            conn.execute(
                "select token_hash, user, csrf, created_at, expires_at from sessions"
            ).fetchall()
            if "sessions" in tables
            else []
        )
        with web._tx() as db:
            db.executemany(
                "insert or ignore into users (name, password_hash, role, created_at, updated_at) "
                "values (?, ?, ?, ?, ?)",
                users,
            )
            db.executemany(
                "insert or ignore into sessions (token_hash, user, csrf, created_at, expires_at) "
                "values (?, ?, ?, ?, ?)",
                sessions,
            )
        conn.execute("pragma secure_delete = on")
        conn.execute("begin immediate")
        if "sessions" in tables:
            conn.execute("delete from sessions")
            conn.execute("drop table sessions")
        conn.execute("delete from users")
        conn.execute("drop table users")
        conn.execute("commit")
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute("pragma wal_checkpoint(truncate)")
            conn.execute("vacuum")
        return len(users)
    finally:
        conn.close()


def open_web_store(audit_db: Path, path: Path | None = None) -> WebStore:
    """The web database for ``audit_db`` (default: beside it), accounts moved in from it."""
    web = WebStore(path or web_db_path(audit_db))
    move_accounts_out(audit_db, web)
    return web
