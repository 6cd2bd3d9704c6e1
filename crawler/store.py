"""The one module that speaks SQL: runs, crawls, pages and findings in SQLite (sqlite-utils, WAL).

A run is one audit (or self-check). Each agency crawled in it is a crawl; each
URL fetched is a page, stored with its text, links and dates so that another
checklist version or another ``as_of`` re-evaluates without re-crawling.
Nothing is ever overwritten: a new audit is a new run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from checklist.model import Block, Link, PageContent, SitePage

from .records import Agency, CrawlOutcome, FetchedPage

DEFAULT_DB_ENV = "OIT_DB"
BUSY_TIMEOUT_MS = 30_000

migrations = Migrations("oit-watch")


@migrations()
def m001_initial(db: Database) -> None:
    db["agencies"].create(
        {"id": str, "name": str, "url": str, "province": str, "type": str, "updated_at": str},
        pk="id",
    )
    db["runs"].create(
        {
            "id": int,
            "kind": str,  # audit | check
            "started_at": str,
            "finished_at": str,
            "status": str,  # running | done | interrupted
            "as_of": str,
            "checklist_version": str,
            "pinned": int,
            "note": str,
        },
        pk="id",
        not_null={"kind", "started_at", "status"},
        defaults={"pinned": 0},
    )
    db["crawls"].create(
        {
            "id": int,
            "run_id": int,
            "agency_id": str,
            "url": str,
            "started_at": str,
            "finished_at": str,
            "status": str,  # pending | running | ok | partial | failed
            "pages": int,
            "requests": int,
            "error": str,
            "reason": str,
            "coverage": str,  # JSON
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["crawls"].create_index(["run_id", "agency_id"], unique=True)
    db["pages"].create(
        {
            "id": int,
            "crawl_id": int,
            "url": str,
            "final_url": str,
            "kind": str,
            "status": int,
            "content_type": str,
            "title": str,
            "depth": int,
            "size": int,
            "fetched_at": str,
            "content": str,  # JSON PageContent (blocks, links, meta dates)
            "text": str,  # document text
            "meta_dates": str,  # JSON
            "headers": str,  # JSON
            "error": str,
            "detail": str,
        },
        pk="id",
        foreign_keys=[("crawl_id", "crawls", "id")],
    )
    db["pages"].create_index(["crawl_id", "url"], unique=True)
    db["findings"].create(
        {
            "run_id": int,
            "agency_id": str,
            "code": str,
            "part": str,
            "status": str,
            "last_updated": str,
            "reason": str,
            "evidence": str,  # JSON list
            "as_of": str,
        },
        pk=("run_id", "agency_id", "code", "part"),
        foreign_keys=[("run_id", "runs", "id")],
    )


@migrations()
def m002_overrides(db: Database) -> None:
    """Auditor overrides (append-only: a revocation is a new row) and findings by agency (history)."""
    db["overrides"].create(
        {
            "id": int,
            "agency_id": str,
            "code": str,
            "part": str,  # "main" = the whole item
            "action": str,  # set | revoke
            "status": str,  # the auditor's verdict (set only)
            "reason": str,
            "by": str,
            "at": str,  # when it was recorded (UTC)
            "valid_from": str,  # first as_of it applies to (YYYY-MM-DD)
            "until": str,  # last as_of it applies to, or null
            "revokes": int,  # the override a revocation ends
        },
        pk="id",
        not_null={"agency_id", "code", "part", "action", "reason", "by", "at", "valid_from"},
    )
    db["overrides"].create_index(["agency_id", "code", "part"], if_not_exists=True)
    db["findings"].create_index(["agency_id", "run_id"], if_not_exists=True)


@migrations()
def m003_run_owner(db: Database) -> None:
    """Which process runs an audit, so a live audit in another process is never marked interrupted."""
    db["runs"].add_column("pid", int)
    db["runs"].add_column("host", str)


def pid_alive(pid: int | None) -> bool:
    """A process with this pid runs on this machine (ours or another user's)."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class StoreError(Exception):
    """The database cannot be opened or written; the message is for the user."""


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def default_db_path() -> Path:
    """``$OIT_DB``, else ``~/.local/share/oit-watch/oit.db``."""
    if os.environ.get(DEFAULT_DB_ENV):
        return Path(os.environ[DEFAULT_DB_ENV])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "oit-watch" / "oit.db"


def page_text(content: PageContent | None) -> str | None:
    """The visible text of an HTML page, one block a line, for ``pages.text``."""
    if content is None:
        return None
    return "\n".join(block.text for block in content.blocks) or None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _record_fields(value: Any) -> dict[str, Any]:
    """``json.dumps``'s ``default``: a record as the dict of its fields, in order (as
    ``dataclasses.asdict``, without its deep copy); its tuples (as lists) and strings are
    written by json's C encoder itself, without a Python call per leaf."""
    if is_dataclass(value) and not isinstance(value, type):
        return {name: getattr(value, name) for name in _field_names(type(value))}
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _page_content_to_json(content: PageContent | None) -> str | None:
    return json.dumps(content, ensure_ascii=False, default=_record_fields) if content else None


def page_content_from_json(raw: str | None) -> PageContent | None:
    if not raw:
        return None
    data = json.loads(raw)
    return PageContent(
        url=data["url"],
        title=data["title"],
        blocks=tuple(Block(**b) for b in data["blocks"]),
        links=tuple(Link(**link) for link in data["links"]),
        meta_dates=tuple(tuple(m) for m in data.get("meta_dates", ())),  # type: ignore[misc]
        needs_javascript=data.get("needs_javascript", False),
        # images, message forms and embeds are evidence too (an image-only chart, a contact form)
        images=tuple(Link(**img) for img in data.get("images", ())),
        forms=data.get("forms", 0),
        polls=tuple(data.get("polls", ())),
        embeds=tuple(data.get("embeds", ())),
    )


def site_page(row: dict[str, Any], content: PageContent | None) -> SitePage:
    """A stored page row as the evaluation reads it; ``content`` is the row's, decoded (or, in
    the crawl process that stored it, the very PageContent it stored: equal, not re-read)."""
    headers = json.loads(row["headers"]) if row["headers"] else {}
    fetched = row["fetched_at"] or ""
    return SitePage(
        url=row["url"],
        kind=row["kind"],
        title=row["title"] or "",
        content=content,
        text=row["text"] or "",
        meta_dates=tuple(tuple(m) for m in json.loads(row["meta_dates"] or "[]")),
        last_modified=headers.get("last-modified"),
        error=row["error"],
        fetched_on=dt.date.fromisoformat(fetched[:10]) if fetched else None,
    )


@cache
def _save_page_sql(columns: tuple[str, ...]) -> str:
    """One prepared statement instead of sqlite-utils' upsert (a table lookup and two statements
    per page): the same row, and a page stored again keeps its id, as with upsert."""
    return (
        f"insert into pages ({', '.join(columns)}) values ({', '.join('?' for _ in columns)}) "
        "on conflict (crawl_id, url) do update set "
        + ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("crawl_id", "url"))
    )


class Store:
    """A migrated database. Open with :func:`open_db`."""

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        """A write transaction taken at once (BEGIN IMMEDIATE): two writers queue instead of deadlocking."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- agencies and runs -------------------------------------------------
    def upsert_agencies(self, agencies: Iterable[Agency]) -> None:
        rows = [
            {
                "id": a.id,
                "name": a.name,
                "url": a.url,
                "province": a.province,
                "type": a.type,
                "updated_at": now_iso(),
            }
            for a in agencies
        ]
        with self._tx():
            self.db["agencies"].upsert_all(rows, pk="id")

    def start_run(self, kind: str, as_of: dt.date, checklist_version: str) -> int:
        with self._tx():
            table = self.db["runs"].insert(
                {
                    "kind": kind,
                    "started_at": now_iso(),
                    "status": "running",
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "as_of": as_of.isoformat(),
                    "checklist_version": checklist_version,
                }
            )
        return int(table.last_pk)

    def finish_run(self, run_id: int, status: str = "done") -> None:
        with self._tx():
            self.db["runs"].update(run_id, {"status": status, "finished_at": now_iso()})

    def mark_interrupted_runs(self) -> int:
        """Runs left 'running' by a process that is gone are marked interrupted, never complete.

        A run whose process is still alive on this host (another audit writing now)
        is left alone.
        """
        host = socket.gethostname()
        dead = [
            row["id"]
            for row in self.db["runs"].rows_where("status = 'running'")
            if row.get("host") != host or not pid_alive(row.get("pid"))
        ]
        if dead:
            with self._tx():
                self.db.execute(
                    f"update runs set status = 'interrupted' where id in ({','.join('?' * len(dead))})",
                    dead,
                )
        return len(dead)

    def run(self, run_id: int) -> dict[str, Any] | None:
        rows = list(self.db["runs"].rows_where("id = ?", [run_id]))
        return rows[0] if rows else None

    def runs(self, kind: str | None = None, status: str | None = "done") -> list[dict[str, Any]]:
        where, args = [], []
        if kind:
            where.append("kind = ?")
            args.append(kind)
        if status:
            where.append("status = ?")
            args.append(status)
        return list(self.db["runs"].rows_where(" and ".join(where) or None, args, order_by="id"))

    def latest_run(self, kind: str | None = "audit") -> dict[str, Any] | None:
        runs = self.runs(kind=kind)
        return runs[-1] if runs else None

    def agencies(self, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        rows = {row["id"]: row for row in self.db["agencies"].rows}
        return {i: rows[i] for i in ids if i in rows} if ids is not None else rows

    # -- crawls and pages --------------------------------------------------
    def start_crawl(self, run_id: int, agency: Agency) -> int:
        with self._tx():
            table = self.db["crawls"].insert(
                {
                    "run_id": run_id,
                    "agency_id": agency.id,
                    "url": agency.url,
                    "status": "pending",
                    "pages": 0,
                    "requests": 0,
                }
            )
        return int(table.last_pk)

    def mark_crawl_running(self, crawl_id: int) -> None:
        with self._tx():
            self.db["crawls"].update(crawl_id, {"status": "running", "started_at": now_iso()})

    def save_page(self, crawl_id: int, page: FetchedPage) -> dict[str, Any]:
        """Store ``page`` (again: same id, new values); the row stored."""
        row = {
            "crawl_id": crawl_id,
            "url": page.url,
            "final_url": page.final_url,
            "kind": page.kind,
            "status": page.status,
            "content_type": page.content_type,
            "title": page.title,
            "depth": page.depth,
            "size": page.size,
            "fetched_at": now_iso(),
            "content": _page_content_to_json(page.content),
            "text": page.text or page_text(page.content),  # PDF text, or the HTML page's
            "meta_dates": json.dumps(page.meta_dates) if page.meta_dates else None,
            "headers": json.dumps(dict(page.headers), ensure_ascii=False) if page.headers else None,
            "error": page.error,
            "detail": page.detail or None,
        }
        with self._tx():
            self.db.conn.execute(_save_page_sql(tuple(row)), tuple(row.values()))
        return row

    def finish_crawl(self, crawl_id: int, outcome: CrawlOutcome) -> None:
        with self._tx():
            self.db["crawls"].update(
                crawl_id,
                {
                    "status": outcome.status,
                    "finished_at": now_iso(),
                    "pages": outcome.pages,
                    "requests": outcome.requests,
                    "error": outcome.error,
                    "reason": outcome.reason,
                    "coverage": json.dumps(outcome.coverage, ensure_ascii=False),
                },
            )

    def crawl(self, crawl_id: int) -> dict[str, Any]:
        return self.db["crawls"].get(crawl_id)

    def crawls(self, run_id: int) -> list[dict[str, Any]]:
        return list(self.db["crawls"].rows_where("run_id = ?", [run_id], order_by="id"))

    def pages(self, crawl_id: int) -> Iterator[dict[str, Any]]:
        return self.db["pages"].rows_where("crawl_id = ?", [crawl_id], order_by="id")

    def site_pages(self, crawl_id: int) -> list[SitePage]:
        """The pages of one crawl as the evaluation reads them."""
        return [
            site_page(row, page_content_from_json(row["content"])) for row in self.pages(crawl_id)
        ]

    def page_count(self, crawl_id: int) -> int:
        return self.db["pages"].count_where("crawl_id = ?", [crawl_id])

    # -- findings ------------------------------------------------------------
    def save_findings(self, run_id: int, rows: Iterable[dict[str, Any]]) -> None:
        rows = [{"run_id": run_id, **row} for row in rows]
        with self._tx():
            self.db["findings"].upsert_all(rows, pk=("run_id", "agency_id", "code", "part"))

    def findings(self, run_id: int, agency_id: str | None = None) -> list[dict[str, Any]]:
        if agency_id is None:
            return list(self.db["findings"].rows_where("run_id = ?", [run_id]))
        return list(
            self.db["findings"].rows_where("run_id = ? and agency_id = ?", [run_id, agency_id])
        )

    # -- history, overrides, retention (oit/history.py) ----------------
    def findings_over_runs(
        self, run_ids: Sequence[int], agency_id: str | None = None
    ) -> list[dict[str, Any]]:
        """Statuses of the findings of ``run_ids`` without their evidence (history and diffs)."""
        if not run_ids:
            return []
        sql = (
            "select run_id, agency_id, code, part, status, last_updated from findings "
            f"where run_id in ({','.join('?' * len(run_ids))})"
        )
        args: list[Any] = list(run_ids)
        if agency_id is not None:
            sql += " and agency_id = ?"
            args.append(agency_id)
        return [dict(row) for row in self.db.query(sql, args)]

    def crawl_summaries(
        self, run_ids: Sequence[int], agency_id: str | None = None
    ) -> list[dict[str, Any]]:
        """The crawls of ``run_ids`` (status, pages, why) without their coverage details."""
        if not run_ids:
            return []
        sql = (
            "select run_id, agency_id, url, status, pages, error, reason from crawls "
            f"where run_id in ({','.join('?' * len(run_ids))})"
        )
        args: list[Any] = list(run_ids)
        if agency_id is not None:
            sql += " and agency_id = ?"
            args.append(agency_id)
        return [dict(row) for row in self.db.query(sql + " order by run_id", args)]

    def add_override(self, row: dict[str, Any]) -> int:
        """Append one override record (a verdict or a revocation); records are never changed."""
        with self._tx():
            table = self.db["overrides"].insert(row)
        return int(table.last_pk)

    def overrides(self, agency_id: str | None = None) -> list[dict[str, Any]]:
        """The whole trail, oldest first (empty for a database not yet migrated, opened read-only)."""
        if not self.db["overrides"].exists():
            return []
        where, args = ("agency_id = ?", [agency_id]) if agency_id is not None else (None, [])
        return list(self.db["overrides"].rows_where(where, args, order_by="id"))

    def override(self, override_id: int) -> dict[str, Any] | None:
        if not self.db["overrides"].exists():
            return None
        rows = list(self.db["overrides"].rows_where("id = ?", [override_id]))
        return rows[0] if rows else None

    def set_pinned(self, run_id: int, pinned: bool, note: str | None = None) -> None:
        values: dict[str, Any] = {"pinned": int(pinned)}
        if note is not None:
            values["note"] = note
        with self._tx():
            self.db["runs"].update(run_id, values)

    def delete_runs(self, run_ids: Sequence[int]) -> dict[str, int]:
        """Delete runs with their crawls, pages and findings in one transaction; overrides stay."""
        counts = {"runs": 0, "crawls": 0, "pages": 0, "findings": 0}
        if not run_ids:
            return counts
        marks = ",".join("?" * len(run_ids))
        crawls = f"select id from crawls where run_id in ({marks})"
        statements = (
            ("pages", f"delete from pages where crawl_id in ({crawls})"),
            ("findings", f"delete from findings where run_id in ({marks})"),
            ("crawls", f"delete from crawls where run_id in ({marks})"),
            ("runs", f"delete from runs where id in ({marks})"),
        )
        with self._tx():
            for name, sql in statements:
                counts[name] = self.db.execute(sql, list(run_ids)).rowcount
        return counts

    def compact(self) -> tuple[bool, str]:
        """VACUUM (skipped while another process holds the database) and check integrity.

        Returns (vacuumed, integrity_check result: "ok" when the database is consistent).
        """
        try:
            self.db.execute("vacuum")
            vacuumed = True
        except sqlite3.OperationalError:
            vacuumed = False
        with contextlib.suppress(sqlite3.OperationalError):
            self.db.execute("pragma wal_checkpoint(truncate)")
        result = self.db.execute("pragma integrity_check").fetchone()[0]
        return vacuumed, str(result)


def open_db(path: str | Path | None = None, *, readonly: bool = False) -> Store:
    """Open (and create, and migrate) the database at ``path``; WAL so readers never block."""
    target = Path(path) if path else default_db_path()
    if readonly and not target.exists():
        raise StoreError(f"database not found: {target} / ไม่พบฐานข้อมูล")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        db = Database(conn)
        if not readonly:
            _prepare(db, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open database {target}: {exc} / เปิดฐานข้อมูลไม่ได้") from exc
    return Store(db, target)


def _prepare(db: Database, target: Path) -> None:
    """WAL and migrations, one process at a time.

    Switching to WAL and upgrading a migration's read to a write do not wait on
    SQLite's busy timeout, so two audits opening a new database at once would see
    "database is locked": a file lock beside the database serialises this step.
    """
    if db.execute("pragma journal_mode").fetchone()[0] != "wal" or migrations.pending(db):
        with open(f"{target}.migrate.lock", "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                db.enable_wal()
                migrations.apply(db)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)


def memory_db() -> Store:
    db = Database(memory=True)
    migrations.apply(db)
    return Store(db, None)


@migrations()
def m010_users(db: Database) -> None:
    """Web app accounts (argon2 password hashes) and login sessions (oit/web)."""
    db["users"].create(
        {"name": str, "password_hash": str, "role": str, "created_at": str, "updated_at": str},
        pk="name",
        not_null={"password_hash", "role"},
    )
    db["sessions"].create(
        {"token_hash": str, "user": str, "csrf": str, "created_at": str, "expires_at": str},
        pk="token_hash",
        not_null={"user", "csrf", "expires_at"},
        foreign_keys=[("user", "users", "name")],
    )


@migrations()
def m011_accounts_out_of_audit_db(db: Database) -> None:
    """Accounts and sessions live in the web app's own file (oit/web/webstore.py): the
    tables m010 made go when empty; rows an older version stored are moved out by the web app."""
    for table in ("sessions", "users"):
        if db[table].exists() and db[table].count == 0:
            db[table].drop()


@migrations()
def m020_readable_audit(db: Database) -> None:
    """What a SQLite browser or datasette needs to show the audit plainly.

    Foreign keys from crawls and findings to agencies (the agency's name instead of
    a bare id; SQLite does not enforce them here, so self-checks of sites outside the
    agencies table still record), and ``pages.text`` filled for HTML pages stored
    before it was written (their text was only inside the ``content`` JSON).
    """
    for table in ("crawls", "findings"):
        if not any(fk.column == "agency_id" for fk in db[table].foreign_keys):
            db[table].add_foreign_key("agency_id", "agencies", "id", ignore=True)
    last = 0
    while batch := db.execute(  # in batches: a national database holds gigabytes of pages
        "select id, content from pages where id > ? and text is null and content is not null "
        "order by id limit 500",
        [last],
    ).fetchall():
        for page_id, raw in batch:
            db.execute(
                "update pages set text = ? where id = ?",
                [page_text(page_content_from_json(raw)), page_id],
            )
        last = batch[-1][0]
