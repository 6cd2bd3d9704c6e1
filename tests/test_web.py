"""The web app (``oit serve``) over real HTTP on loopback: self-checks through the API, the URL
and rate limits, login, CSRF and overrides, and the dashboard. Browser tests: test_web_browser.py.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from tests.conftest import ROOT, TODAY
from tests.oit_server import oit_serve
from tests.ports import bound_socket

pytestmark = pytest.mark.integration  # loopback servers, subprocesses or a browser

EXPECTED = json.loads((ROOT / "oit/demo/expected.json").read_text(encoding="utf-8"))
CODES = [f"5.{n}" for n in range(1, 12)]
STATUSES = {"ok", "stale", "undated", "missing", "not_checked"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Client:
    """Plain HTTP to the app (no redirects followed), keeping cookies like a browser."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.set_cookie_headers: list[str] = []

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        form: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        headers = dict(headers or {})
        data: bytes | None = None
        if form is not None:
            data = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    self.set_cookie_headers.append(value)
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";")[0].strip('"')
            return response.status, {k.lower(): v for k, v in response.getheaders()}, text
        finally:
            conn.close()

    def json(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> tuple[int, Any]:
        status, _, text = self.request(method, path, body, headers)
        return status, json.loads(text)


@contextmanager
def running_app(db: Path, **settings: Any) -> Iterator[int]:
    """The real app under uvicorn in a thread on 127.0.0.1; yields its port."""
    import uvicorn

    from oit.web.app import Settings, serve_app
    from oit.web.limits import uvicorn_options

    app = serve_app(Settings(db_path=db, **settings))
    sock = bound_socket()  # held open from bind to serve: no other process can take the port
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **uvicorn_options())
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)


def copy_db(source: Path, target: Path) -> Path:
    """A private copy of the shared audit database (overrides written here must not leak)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture()
def web_db(audited: dict[str, Path], tmp_path: Path) -> Path:
    return copy_db(audited["db"], tmp_path / "web.db")


def add_user(
    db: Path, name: str, password: str, role: str = "auditor"
) -> subprocess.CompletedProcess[str]:
    """``oit user add`` as an admin would run it, password on stdin."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "oit.cli",
            "user",
            "add",
            name,
            "--db",
            str(db),
            "--password-stdin",
            "--role",
            role,
        ],
        input=password + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHAINLP_OFFLINE": "1"},
    )


def login(client: Client, name: str, password: str) -> int:
    status, _, html = client.request("GET", "/login")
    assert status == 200
    token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    status, _, _ = client.request(
        "POST",
        "/login",
        form={"name": name, "password": password, "csrf": token, "next": "/dashboard"},
    )
    return status


def assert_contract_report(report: dict[str, Any]) -> None:
    assert report["schema"] == "oit-report/1"
    assert DAY.match(report["as_of"]) and report["generated_at"].endswith("Z")
    assert report["policy"]["max_age_months"] == 3
    for agency in report["agencies"]:
        assert {"id", "name", "url", "crawl", "items"} <= set(agency)
        assert agency["crawl"]["status"] in ("ok", "partial", "failed")
        assert [i["code"] for i in agency["items"]] == CODES
        for item in agency["items"]:
            assert item["status"] in STATUSES
            assert item["last_updated"] is None or DAY.match(item["last_updated"])
            for e in item["evidence"]:
                assert e["url"].startswith(("http://", "https://"))
                assert e["date"] is None or DAY.match(e["date"])


# --------------------------------------------------------------------------- self-check


def wait_done(
    client: Client, check_id: str, timeout: float = 60
) -> tuple[dict[str, Any], list[str]]:
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, data = client.json("GET", f"/api/checks/{check_id}")
        assert status == 200
        seen.append(data["state"])
        if data["state"] in ("done", "failed"):
            return data, seen
        time.sleep(0.3)
    raise AssertionError(f"check still {seen[-1]} after {timeout}s")


def test_self_check_of_a_sample_site_through_the_api(tmp_path: Path, demo_sites: Any) -> None:
    url = demo_sites.url("a01")
    with running_app(tmp_path / "web.db", allow_loopback=True) as port:
        client = Client(port)
        status, data = client.json("POST", "/api/checks", {"url": url, "as_of": TODAY.isoformat()})
        assert status == 202, data
        check_id = data["id"]
        result, seen = wait_done(client, check_id)
        assert result["state"] == "done", result
        assert set(seen) <= {"queued", "running", "done"}
        assert result["pages"] > 5 and set(result["items_found"]) <= set(CODES)
        report = result["report"]
        assert_contract_report(report)
        assert report["as_of"] == TODAY.isoformat()
        (agency,) = report["agencies"]
        assert agency["url"] == url and agency["crawl"]["status"] == "ok"
        expected = {code: e["status"] for code, e in EXPECTED["agencies"]["a01"]["items"].items()}
        assert {i["code"]: i["status"] for i in agency["items"]} == expected
        # the page for people: the same report as HTML, evidence links included
        status, headers, html = client.request("GET", f"/checks/{check_id}")
        assert status == 200 and "5.11" in html and url in html
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        status, data = client.json("GET", "/api/checks/no-such-check")
        assert status == 404 and "error" in data
    # the scratch database of the check is gone; nothing was written to the app's database
    from crawler.store import open_db

    with open_db(tmp_path / "web.db") as store:
        assert store.runs(status=None) == []


def test_bad_urls_are_refused_with_400(tmp_path: Path) -> None:
    with running_app(tmp_path / "web.db", allow_loopback=True, checks_per_window=50) as port:
        client = Client(port)
        for bad in (
            "ftp://example.go.th/",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "",
            42,
            "http://10.0.0.7/",
            "http://[::ffff:192.168.1.1]/",
            "http://169.254.169.254/",
        ):
            status, data = client.json("POST", "/api/checks", {"url": bad})
            assert status == 400 and data["error"], (bad, data)
        status, data = client.json("POST", "/api/checks", ["not", "an", "object"])
        assert status == 400
        status, _, _ = client.request("POST", "/api/checks", form={"url": "https://example.go.th/"})
        assert status == 400  # not JSON
        status, data = client.json(
            "POST",
            "/api/checks",
            {"url": "https://example.go.th/"},
            headers={"Origin": "https://evil.example"},
        )
        assert status == 403


def test_serve_command_refuses_loopback_and_limits_rate(tmp_path: Path, demo_sites: Any) -> None:
    """The real ``oit serve`` (no --allow-loopback): loopback is internal; the 6th request is 429."""

    with oit_serve(tmp_path / "s.db") as served:
        client = Client(served.port)
        status, _, html = client.request("GET", "/")
        assert status == 200 and "ตรวจเว็บไซต์" in html
        status, data = client.json("POST", "/api/checks", {"url": demo_sites.url("a01")})
        assert status == 400 and "public" in data["error"]
        for _ in range(4):  # 5 per 10 minutes, refused ones count too
            assert client.json("POST", "/api/checks", {"url": "http://127.0.0.1:9/"})[0] == 400
        status, headers, text = client.request(
            "POST", "/api/checks", {"url": "http://127.0.0.1:9/"}
        )
        assert status == 429 and int(headers["retry-after"]) > 0 and "error" in json.loads(text)
        # errors never leak server paths or tracebacks
        status, _, text = client.request("GET", "/dashboard/agency/nope")
        assert status == 404 and "Traceback" not in text and str(tmp_path) not in text
        status, data = client.json("GET", "/api/report")
        assert (
            status == 404
            and "ยังไม่มีผลการตรวจ" in data["error"]
            and str(tmp_path) not in data["error"]
        )


# --------------------------------------------------------------------------- accounts and overrides


def test_user_add_command(tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    done = add_user(db, "somchai", "ยาวพอแล้วนะ123")
    assert done.returncode == 0 and "added" in done.stdout, done.stderr
    short = add_user(db, "somchai", "short")
    assert (
        short.returncode != 0
        and short.stderr.startswith("oit: error:")
        and "Traceback" not in short.stderr
    )
    from oit.web.auth import authenticate
    from oit.web.webstore import open_web_store

    with open_web_store(db) as store:
        row = store.user("somchai")
        assert (
            row is not None
            and row.password_hash.startswith("$argon2id$")
            and "ยาว" not in row.password_hash
        )
        assert authenticate(store, "somchai", "ยาวพอแล้วนะ123") is not None
        assert authenticate(store, "somchai", "wrong-password") is None
        assert authenticate(store, "nobody", "ยาวพอแล้วนะ123") is None


def test_override_needs_login_and_csrf_then_shows_on_the_dashboard(web_db: Path) -> None:
    assert add_user(web_db, "alice", "correct horse battery").returncode == 0
    assert add_user(web_db, "victor", "viewer password 1", role="viewer").returncode == 0
    body = {
        "agency": "a02",
        "item": "5.3",
        "status": "ok",
        "reason": "ประกาศเจตจำนงอยู่ในไฟล์ PDF หน้า 2 / in the PDF",
    }
    with running_app(web_db) as port:
        anonymous = Client(port)
        status, data = anonymous.json("POST", "/api/overrides", body)
        assert status == 401 and data["error"]
        assert login(anonymous, "alice", "wrong password!") == 401

        auditor = Client(port)
        assert login(auditor, "alice", "correct horse battery") == 303
        cookie = next(c for c in auditor.set_cookie_headers if c.startswith("oit_session="))
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
        # logged in, but no CSRF token (or a wrong one): refused, nothing recorded
        assert auditor.json("POST", "/api/overrides", body)[0] == 403
        assert auditor.json("POST", "/api/overrides", body, {"X-CSRF-Token": "guess"})[0] == 403
        status, _, _ = auditor.request(
            "POST",
            "/dashboard/agency/a02/overrides",
            form={"item": "5.3", "status": "ok", "reason": "x"},
        )
        assert status == 403
        report = anonymous.json("GET", "/api/report")[1]
        assert not any("override" in i for a in report["agencies"] for i in a["items"])

        status, session = auditor.json("GET", "/api/session")
        assert session["user"] == "alice" and session["role"] == "auditor"
        token = {"X-CSRF-Token": session["csrf"]}
        status, data = auditor.json("POST", "/api/overrides", {**body, "reason": "  "}, token)
        assert status == 400  # a reason is required
        status, data = auditor.json("POST", "/api/overrides", body, token)
        assert status == 201, data
        assert data["override"]["by"] == "alice" and data["override"]["status"] == "ok"

        # another session's token does not work for this one
        viewer = Client(port)
        assert login(viewer, "victor", "viewer password 1") == 303
        viewer_token = {"X-CSRF-Token": viewer.json("GET", "/api/session")[1]["csrf"]}
        assert viewer.json("POST", "/api/overrides", body, token)[0] == 403
        assert (
            viewer.json("POST", "/api/overrides", body, viewer_token)[0] == 403
        )  # viewers only look

        # the HTML form with the session's token
        status, _, html = auditor.request("GET", "/dashboard/agency/a02")
        csrf = re.search(r'name="csrf" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
        status, headers, _ = auditor.request(
            "POST",
            "/dashboard/agency/a02/overrides",
            form={
                "csrf": csrf,
                "item": "5.7:summary",
                "status": "ok",
                "reason": "สรุปผลอยู่ในหน้า e-GP",
            },
        )
        assert status == 303 and headers["location"].startswith("/dashboard/agency/a02")

        status, report = anonymous.json("GET", "/api/report")
        a02 = next(a for a in report["agencies"] if a["id"] == "a02")
        item = next(i for i in a02["items"] if i["code"] == "5.3")
        assert item["status"] == "missing"  # the machine's own status stays
        assert item["override"]["status"] == "ok" and item["override"]["by"] == "alice"
        summary = next(
            p
            for i in a02["items"]
            if i["code"] == "5.7"
            for p in i["parts"]
            if p["key"] == "summary"
        )
        assert summary["override"]["reason"] == "สรุปผลอยู่ในหน้า e-GP"

        status, _, dashboard = anonymous.request("GET", "/dashboard")
        assert status == 200 and "ประกาศเจตจำนงอยู่ในไฟล์ PDF หน้า 2" in dashboard
        status, _, page = anonymous.request("GET", "/dashboard/agency/a02")
        assert "ประกาศเจตจำนงอยู่ในไฟล์ PDF หน้า 2" in page and "alice" in page
        assert 'id="override-form"' not in page  # only auditors get the form


def test_unexpected_errors_are_one_generic_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import oit.web.app as web_app

    def explode(*args: Any) -> None:
        raise RuntimeError(f"disk error in {tmp_path}/secret.db")

    monkeypatch.setattr(web_app, "_province_report", explode)
    with running_app(tmp_path / "web.db") as port:
        client = Client(port)
        for path in ("/api/report", "/dashboard"):
            status, _, text = client.request("GET", path)
            assert status == 500 and "internal error" in text
            assert (
                "secret.db" not in text and "Traceback" not in text and "RuntimeError" not in text
            )
