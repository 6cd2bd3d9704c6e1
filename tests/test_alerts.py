"""Alerts: the changes of a run sent by email (to an SMTP sink on 127.0.0.1) and to a webhook
(http.server on 127.0.0.1); failures are reported and lose nothing."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import json
import socket
import socketserver
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from crawler.store import open_db
from oit.alerts import parse_host_port
from tests.conftest import TODAY, run_oit
from tests.test_history import seed_run

# --------------------------------------------------------------------------- local servers


class SmtpSink(socketserver.ThreadingTCPServer):
    """Just enough ESMTP (EHLO, AUTH PLAIN, MAIL, RCPT, DATA) to receive what smtplib sends."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpHandler)
        self.messages: list[dict[str, Any]] = []
        self.logins: list[str] = []


class _SmtpHandler(socketserver.StreamRequestHandler):
    server: SmtpSink

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.reply("220 sink ESMTP")
        envelope: dict[str, Any] = {"rcpt": []}
        while line := self.rfile.readline():
            command = line.decode("utf-8", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.reply("250-sink")
                self.reply("250-8BITMIME")
                self.reply("250 AUTH PLAIN")
            elif verb == "AUTH":
                self.server.logins.append(base64.b64decode(command.split()[2]).decode())
                self.reply("235 ok")
            elif verb == "MAIL":
                envelope["from"] = command[10:]
                self.reply("250 ok")
            elif verb == "RCPT":
                envelope["rcpt"].append(command[8:])
                self.reply("250 ok")
            elif verb == "DATA":
                self.reply("354 go on")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                self.server.messages.append({**envelope, "data": data})
                envelope = {"rcpt": []}
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class Hook(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, status: int = 200) -> None:
        super().__init__(("127.0.0.1", 0), _HookHandler)
        self.status = status
        self.bodies: list[dict[str, Any]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hook"


class _HookHandler(BaseHTTPRequestHandler):
    server: Hook

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.bodies.append({"type": self.headers["Content-Type"], "json": json.loads(body)})
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def _serve(server: socketserver.BaseServer) -> Iterator[Any]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture()
def smtp() -> Iterator[SmtpSink]:
    yield from _serve(SmtpSink())


@pytest.fixture()
def hook() -> Iterator[Hook]:
    yield from _serve(Hook())


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- data


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """Two audits: a's 5.3 goes missing and 5.5 is fixed, b's site fails, c does not change."""
    path = tmp_path / "alerts.db"
    with open_db(path) as store:
        seed_run(store, {"a": {"5.5": "stale"}, "b": {}, "c": {}}, as_of=TODAY)
        seed_run(
            store,
            {"a": {"5.3": "missing"}, "b": "failed", "c": {}},
            as_of=TODAY + dt.timedelta(days=91),
        )
    return path


def tables(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            t: conn.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("runs", "crawls", "findings")
        }


# --------------------------------------------------------------------------- tests


@pytest.mark.integration
def test_alert_by_email_and_webhook(db: Path, smtp: SmtpSink, hook: Hook, tmp_path: Path) -> None:
    out = tmp_path / "changes.json"
    result = run_oit(
        "alert",
        "--db",
        str(db),
        "--email",
        "office@province.example",
        "--email",
        "chief@province.example",
        "--smtp",
        f"127.0.0.1:{smtp.server_address[1]}",
        "--from",
        "oit@province.example",
        "--webhook",
        hook.url,
        "-o",
        str(out),
        env={"OIT_SMTP_USER": "oit", "OIT_SMTP_PASSWORD": "s3cret"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("2 changes sent to") == 2
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["schema"] == "oit-diff/1" and saved["target"]["id"] == 2
    assert {(c["agency"], c["code"], c["change"]) for c in saved["changes"]} == {
        ("a", "5.3", "newly_missing"),
        ("a", "5.5", "fixed"),
    }
    assert {r["agency"] for r in saved["not_checked"]} == {"b"} and len(saved["not_checked"]) == 11
    # the email: envelope, subject, Thai text body, the same JSON attached
    [mail] = smtp.messages
    assert mail["from"].strip("<>") == "oit@province.example"
    assert [r.strip("<>") for r in mail["rcpt"]] == [
        "office@province.example",
        "chief@province.example",
    ]
    assert smtp.logins == ["\0oit\0s3cret"]
    message = email.message_from_bytes(mail["data"], policy=email.policy.default)
    assert message["Subject"].startswith("OIT Watch: 2 การเปลี่ยนแปลง / changes")
    body = message.get_body(("plain",)).get_content()
    assert "ไม่พบ (ใหม่) / newly missing" in body and "แก้ไขแล้ว / fixed" in body
    assert "ตรวจไม่ได้" in body and "b หน่วยงาน b" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "oit-changes-run-2.json"
    assert json.loads(attachment.get_content()) == saved
    # the webhook got the same JSON
    [posted] = hook.bodies
    assert posted["type"].startswith("application/json")
    assert (
        posted["json"]["changes"] == saved["changes"]
        and posted["json"]["summary"] == saved["summary"]
    )


@pytest.mark.integration
def test_failed_delivery_is_reported_and_loses_nothing(db: Path, tmp_path: Path) -> None:
    before = tables(db)
    out = tmp_path / "changes.csv"
    with Hook(status=500) as broken:
        thread = threading.Thread(target=broken.serve_forever, daemon=True)
        thread.start()
        try:
            result = run_oit(
                "alert",
                "--db",
                str(db),
                "--email",
                "x@province.example",
                "--smtp",
                f"127.0.0.1:{closed_port()}",
                "--webhook",
                broken.url,
                "-o",
                str(out),
            )
        finally:
            broken.shutdown()
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"wrote {out}"  # the changes were saved before anything was sent
    errors = lines[1:]
    assert len(errors) == 2 and all(
        e.startswith("oit: error: alert not sent to") for e in errors
    ), errors
    assert "HTTP 500" in result.stderr and "Connection refused" in result.stderr
    assert "Traceback" not in result.stderr
    rows = list(
        csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines())
    )  # written before sending
    assert {(r["category"], r["agency"]) for r in rows} == {("changes", "a"), ("not_checked", "b")}
    assert tables(db) == before  # the runs and their findings are all still there
    again = run_oit("diff", "--db", str(db), "--json")
    assert again.returncode == 0 and len(json.loads(again.stdout)["changes"]) == 2


@pytest.mark.integration
def test_no_changes_sends_nothing_unless_always(tmp_path: Path, hook: Hook) -> None:
    path = tmp_path / "calm.db"
    with open_db(path) as store:
        seed_run(store, {"a": {"5.3": "missing"}})
        seed_run(store, {"a": {"5.3": "missing"}})
    quiet = run_oit("alert", "--db", str(path), "--webhook", hook.url)
    assert quiet.returncode == 0 and "nothing sent" in quiet.stdout and hook.bodies == []
    forced = run_oit("alert", "--db", str(path), "--webhook", hook.url, "--always", "--run", "2")
    assert forced.returncode == 0, forced.stderr
    assert [b["json"]["summary"]["changes"] for b in hook.bodies] == [0]


@pytest.mark.integration
def test_alert_user_errors(db: Path) -> None:
    for args, message in (
        (("alert", "--db", str(db)), "--email, --webhook or -o"),
        (("alert", "--db", str(db), "--run", "1", "-o", "x.json"), "nothing to compare"),
        (("alert", "--db", str(db), "--run", "7", "-o", "x.json"), "no finished run 7"),
        (("alert", "--db", str(db), "--smtp", "host:port", "--email", "a@b"), "HOST:PORT"),
    ):
        result = run_oit(*args)
        assert result.returncode != 0 and message in result.stderr, (args, result.stderr)
        assert (
            result.stderr.startswith("oit: error:") and len(result.stderr.strip().splitlines()) == 1
        )


def test_parse_host_port() -> None:
    assert parse_host_port("mail.example.go.th:587") == ("mail.example.go.th", 587)
    assert parse_host_port("mail.example.go.th") == ("mail.example.go.th", 25)
    assert parse_host_port("[::1]:2525") == ("::1", 2525)
    for bad in ("mail:x", "mail:70000", ":25"):
        with pytest.raises(ValueError):
            parse_host_port(bad)
