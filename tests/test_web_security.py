"""The self-check page is not a door into the network (issue #17), all on loopback:

1. DNS rebinding: a name that answers a "public" address to the check and 127.0.0.1 to the
   crawler never gets the crawler to the internal service (tests/fakedns/sitecustomize.py fakes
   the resolver in this process and in the crawl processes; no real DNS);
2. bodies are bounded (a 300 MB body is refused unread, server memory stays flat), slow
   headers are cut off;
3. a few addresses cannot shut the queue for everyone; stalled crawls are stopped; no crawl
   outlives the server.

Plus the guard pinned (several answers with a later internal one, 6to4/NAT64 unwrapping, IPv6
literals), sessions and accounts, and the web database apart from the audit database.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, TODAY
from tests.fakedns import sitecustomize as fakedns
from tests.oit_server import oit_serve
from tests.ports import candidate_port as free_port
from tests.test_web import Client, add_user, login, running_app, wait_done

FAKEDNS_DIR = str(Path(fakedns.__file__).parent)
PUBLIC = "127.0.0.2"  # stands in for a public server (Settings.public_addresses, tests only)
INTERNAL = "127.0.0.1"  # the "internal service" no stranger's check may reach


# --------------------------------------------------------------------------- sites on loopback


class Site:
    """An HTTP server on ``address:port`` answering from ``pages`` ({path: (status, headers, body)}),
    recording every request path it gets."""

    def __init__(
        self,
        address: str,
        port: int,
        pages: dict[str, tuple[int, dict[str, str], str]],
        default: tuple[int, dict[str, str], str] | None = None,
    ) -> None:
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                site.hits.append(self.path)
                status, headers, body = pages.get(
                    self.path.split("?")[0], default or (404, {}, "not found")
                )
                data = body.encode("utf-8")
                self.send_response(status)
                for key, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((address, port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def twin_port() -> int:
    """A port free on both 127.0.0.1 and 127.0.0.2."""
    for _ in range(50):
        port = free_port()
        with socket.socket() as s:
            try:
                s.bind((PUBLIC, port))
                return port
            except OSError:
                continue
    raise AssertionError("no port free on both addresses")


@contextmanager
def rebinding_sites() -> Iterator[tuple[int, Site, Site]]:
    """A public-looking agency site on 127.0.0.2 and an internal service on 127.0.0.1, same port.
    The agency site's home links within its own host (all fine), redirects to the internal
    address, links to a www. variant whose name also answers the internal address, and to it."""
    port = twin_port()
    home = f"""<html><head><title>เทศบาลทดสอบ</title></head><body>
    <a href="/about">เกี่ยวกับเรา</a> <a href="/go">ข่าว</a> <a href="/go-literal">ข้อมูล</a>
    <a href="http://www.rebind.test:{port}/www-page">ติดต่อ</a>
    <a href="http://{INTERNAL}:{port}/direct">direct</a></body></html>"""
    public = Site(
        PUBLIC,
        port,
        {
            "/": (200, {}, home),
            "/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\nAllow: /\n"),
            "/about": (200, {}, "<html><body><h1>โครงสร้าง</h1></body></html>"),
            "/go": (302, {"Location": f"http://rebind.test:{port}/moved"}, ""),
            "/go-literal": (302, {"Location": f"http://{INTERNAL}:{port}/redirected"}, ""),
            "/moved": (200, {}, "<html><body>ข่าวประชาสัมพันธ์</body></html>"),
        },
    )
    internal = Site(
        INTERNAL,
        port,
        {},
        default=(
            200,
            {},
            "<html><head><title>SECRET-INTERNAL</title></head>"
            "<body><a href='/admin'>admin</a></body></html>",
        ),
    )
    try:
        yield port, public, internal
    finally:
        public.close()
        internal.close()


@pytest.fixture()
def fake_dns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Fake answers for *.test names here and in every crawl process; returns a setter."""
    spec = tmp_path / "dns.json"
    spec.write_text("{}", encoding="utf-8")
    monkeypatch.setenv("OIT_FAKE_DNS", str(spec))
    monkeypatch.setenv("PYTHONPATH", FAKEDNS_DIR + os.pathsep + os.environ.get("PYTHONPATH", ""))
    monkeypatch.setattr(socket, "getaddrinfo", fakedns.fake_getaddrinfo(str(spec)))
    monkeypatch.setattr(socket, "gethostbyname", fakedns.fake_gethostbyname(str(spec)))

    class Dns:
        path = spec

        def set(self, answers: dict[str, list[list[str]]]) -> None:
            spec.write_text(json.dumps(answers), encoding="utf-8")

        def lookups(self) -> list[tuple[str, int]]:
            return fakedns.lookups(str(spec))

    yield Dns()


# --------------------------------------------------------------------------- 1. DNS rebinding


@pytest.mark.integration
def test_rebinding_name_reaches_the_internal_service_without_the_guard(
    fake_dns: Any, tmp_path: Path
) -> None:
    """The attack is real: a crawl with today's CLI rules (intranet rule, resolver of the system)
    of a name that answers 127.0.0.1 to the crawler fetches the internal service. This is what a
    web self-check did before it was pinned, and the control that the test below can fail."""
    from crawler.records import Agency, Budget
    from oit.audit import run_audit

    with rebinding_sites() as (port, public, internal):
        fake_dns.set({"rebind.test": [[PUBLIC], [INTERNAL]]})
        assert (
            socket.getaddrinfo("rebind.test", None)[0][4][0] == PUBLIC
        )  # what a check would have seen
        agency = Agency(
            id="x",
            name="x",
            url=f"http://rebind.test:{port}/",
            budget=Budget(max_pages=5, max_depth=1, max_seconds=20),
        )
        run_audit([agency], tmp_path / "cli.db", TODAY, jobs=1)
        assert internal.hits, "the crawler should have reached the internal service (CLI rules)"
        assert not public.hits


@pytest.mark.integration
def test_rebinding_is_refused_and_nothing_is_fetched_from_the_internal_address(
    fake_dns: Any, tmp_path: Path
) -> None:
    with rebinding_sites() as (port, public, internal):
        fake_dns.set(
            {"rebind.test": [[PUBLIC], [INTERNAL]], "www.rebind.test": [[PUBLIC, INTERNAL]]}
        )  # a later answer is internal
        db = tmp_path / "web.db"
        with running_app(db, public_addresses=(PUBLIC,), checks_per_window=50) as app_port:
            client = Client(app_port)
            status, data = client.json(
                "POST",
                "/api/checks",
                {"url": f"http://rebind.test:{port}/", "as_of": TODAY.isoformat()},
            )
            assert status == 202, data
            result, _ = wait_done(client, data["id"], timeout=90)
        assert result["state"] == "done", result
        # nothing reached the internal service: not the home page, robots.txt, the redirect to
        # 127.0.0.1, the www. name that also answers 127.0.0.1, nor the direct link
        assert internal.hits == []
        assert {"/robots.txt", "/", "/about", "/moved"} <= set(public.hits), public.hits
        assert "SECRET-INTERNAL" not in json.dumps(result["report"])
        # the name was looked up once, by the web check; the crawl process used its answer
        lookups = fake_dns.lookups()
        assert [pid for name, pid in lookups if name == "rebind.test"] == [os.getpid()]
        www = [pid for name, pid in lookups if name == "www.rebind.test"]
        assert len(www) == 1 and www[0] != os.getpid()  # vetted once in the crawl, refused

        # the check and its report survive a restart of the server
        with running_app(db, public_addresses=(PUBLIC,)) as app_port:
            status, again = Client(app_port).json("GET", f"/api/checks/{data['id']}")
        assert status == 200 and again["state"] == "done" and again["report"] == result["report"]


def test_guard_judges_every_address_a_name_answers(fake_dns: Any) -> None:
    """Not only the first answer: a name whose later address is internal is refused."""
    from crawler.netguard import Guard
    from crawler.urls import is_internal_address
    from oit.web.checks import TargetError, check_target

    fake_dns.set(
        {
            "multi.test": [["93.184.216.34", "2606:4700::1111", "10.0.0.7"]],
            "v6.test": [["93.184.216.34", "fd00::1"]],
            "fine.test": [["93.184.216.34", "2606:4700::1"]],
        }
    )
    assert is_internal_address("multi.test") and is_internal_address("v6.test")
    assert not is_internal_address("fine.test")
    assert Guard().vet("multi.test").refused == "internal-address"
    assert Guard().vet("fine.test").refused is None
    for name in ("multi.test", "v6.test"):
        with pytest.raises(TargetError, match="public internet"):
            check_target(f"https://{name}/")
    target = check_target("https://fine.test/")
    assert target.host == "fine.test" and target.addresses == ("93.184.216.34", "2606:4700::1")
    with pytest.raises(TargetError, match="not found"):
        check_target("https://nowhere.test/")


@pytest.mark.parametrize(
    ("address", "internal"),
    [
        ("2002:7f00:1::", True),  # 6to4 of 127.0.0.1
        ("2002:a9fe:a9fe::1", True),  # 6to4 of 169.254.169.254
        ("2002:808:808::", False),  # 6to4 of 8.8.8.8
        ("64:ff9b::7f00:1", True),  # NAT64 of 127.0.0.1
        ("64:ff9b::a00:7", True),  # NAT64 of 10.0.0.7
        ("64:ff9b::808:808", False),  # NAT64 of 8.8.8.8
        ("::ffff:127.0.0.1", True),
        ("2606:4700::1111", False),
        ("::1", True),
        ("fe80::1", True),
    ],
)
def test_ipv4_inside_ipv6_is_judged_as_itself(address: str, internal: bool) -> None:
    from crawler.netguard import Guard
    from crawler.urls import is_internal_address

    assert is_internal_address(address) is internal
    assert is_internal_address(f"[{address}]") is internal
    assert (Guard().vet(address).refused == "internal-address") is internal


def test_ipv6_literals_parse_public_allowed_internal_refused() -> None:
    from oit.web.checks import TargetError, check_target

    target = check_target("http://[2606:4700::1111]:8080/a")
    assert target.url == "http://[2606:4700::1111]:8080/a" and target.addresses == (
        "2606:4700::1111",
    )
    assert check_target("[2606:4700:0:0::1111]").url == "https://[2606:4700::1111]/"
    for bad in (
        "http://[::1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        "http://[fd00::1]/",
        "http://[::ffff:10.0.0.1]/",
    ):
        with pytest.raises(TargetError, match="public internet"):
            check_target(bad)
    with pytest.raises(TargetError):
        check_target("http://[zz]/")


# --------------------------------------------------------------------------- 2. bounded requests


def _rss_kb(pid: int) -> int:
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", text).group(1))  # type: ignore[union-attr]


def _stream(port: int, head: bytes, chunks: Iterator[bytes]) -> tuple[bytes, int]:
    """Send ``head`` then ``chunks`` until the server stops reading; (its answer, bytes of body sent)."""
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head)
        sock.settimeout(0.5)
        answer = b""
        for chunk in chunks:
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError, TimeoutError):
                break
            sent += len(chunk)
        sock.settimeout(10)
        try:
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                answer += data
        except (ConnectionResetError, TimeoutError):
            pass
    return answer, sent


def _body(total: int, size: int = 65536, chunked: bool = False) -> Iterator[bytes]:
    block = b"x" * size
    for _ in range(total // size):
        yield b"%x\r\n%s\r\n" % (size, block) if chunked else block


@pytest.mark.integration
def test_a_300_mb_body_is_refused_unread_and_memory_stays_flat(tmp_path: Path) -> None:
    total = 300 * 1024 * 1024
    with oit_serve(tmp_path / "s.db") as served:
        port, proc = served.port, served.proc
        before = _rss_kb(proc.pid)
        for path in ("/api/checks", "/login", "/api/overrides", "/checks"):
            head = (
                f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                f"Content-Length: {total}\r\n\r\n"
            ).encode()
            answer, sent = _stream(port, head, _body(total))
            assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
            assert sent < 32 * 1024 * 1024, f"{path}: the server kept reading ({sent} bytes)"
        # no Content-Length: read up to the route's limit, then refused
        head = (
            b"POST /api/checks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        answer, sent = _stream(port, head, _body(total, chunked=True))
        assert answer.startswith(b"HTTP/1.1 413") and sent < 32 * 1024 * 1024, answer[:200]
        after = _rss_kb(proc.pid)
        assert after - before < 40_000, f"server memory grew from {before} kB to {after} kB"
        # the server still answers everyone else
        status, data = Client(port).json("POST", "/api/checks", {"url": "http://127.0.0.1:9/"})
        assert status == 400 and "public" in data["error"]


@pytest.mark.integration
def test_small_limits_per_route_and_a_long_reason_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "web.db"
    assert add_user(db, "alice", "correct horse battery").returncode == 0
    with running_app(db) as port:
        client = Client(port)
        status, data = client.json(
            "POST", "/api/checks", {"url": "https://example.go.th/" + "a" * 5000}
        )
        assert status == 413 and data["error"]
        assert login(client, "alice", "correct horse battery") == 303
        token = {"X-CSRF-Token": client.json("GET", "/api/session")[1]["csrf"]}
        body = {"agency": "a02", "item": "5.3", "status": "ok"}
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        head = (
            f"POST /api/overrides HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Cookie: {cookie}\r\nX-CSRF-Token: {token['X-CSRF-Token']}\r\n"
            f"Content-Length: {2_000_100}\r\n\r\n"
        ).encode()  # a 2 MB reason
        answer, sent = _stream(port, head, _body(2_000_100))
        assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
        status, data = client.json("POST", "/api/overrides", {**body, "reason": "x" * 3000}, token)
        assert status == 400 and "too long" in data["error"]
        status, _, text = client.request(
            "POST", "/login", form={"name": "a", "password": "p" * 10_000}
        )
        assert status == 413 and "Traceback" not in text


@pytest.mark.integration
def test_slow_headers_are_cut_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from oit.web import limits

    monkeypatch.setattr(limits.HeaderTimeoutProtocol, "header_timeout", 1.0)
    with running_app(tmp_path / "web.db") as port:
        slow = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(40)]
        for sock in slow:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")  # never finished
        time.sleep(1.5)
        for sock in slow:
            with contextlib.suppress(ConnectionResetError):
                assert sock.recv(100) == b""  # closed by the server
            sock.close()
        assert Client(port).request("GET", "/")[0] == 200


# --------------------------------------------------------------------------- 3. a fair queue


@contextmanager
def silent_site() -> Iterator[str]:
    """A site that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    finally:
        sock.close()


@pytest.mark.integration
def test_six_addresses_cannot_shut_out_a_seventh(tmp_path: Path) -> None:
    with (
        silent_site() as url,
        running_app(
            tmp_path / "web.db", allow_loopback=True, checks_per_window=50, concurrency=1
        ) as port,
    ):
        client = Client(port)

        def ask(address: str) -> tuple[int, dict[str, Any], dict[str, str]]:
            status, headers, text = client.request(
                "POST", "/api/checks", {"url": url}, headers={"X-Forwarded-For": address}
            )
            return status, json.loads(text), headers

        attackers = [f"198.51.100.{n}" for n in range(1, 7)]
        for address in attackers:
            first = ask(address)
            assert first[0] == 202
            for _ in range(4):  # more from the same address: refused, told when and which check
                status, data, headers = ask(address)
                assert status == 429 and data["id"] == first[1]["id"], data
                assert data["retry_after"] > 0 and headers["retry-after"] == str(
                    data["retry_after"]
                )
                assert "นาที" in data["error"] and "min" in data["error"]
        # one IPv6 /64 is one client, however many addresses it uses
        assert ask("2001:db8:1:2::1")[0] == 202
        for n in range(2, 8):
            assert ask(f"2001:db8:1:2::{n:x}")[0] == 429
        assert ask("2001:db8:1:3::1")[0] == 202  # another /64
        status, data, _ = ask("203.0.113.7")  # the seventh address gets its check
        assert status == 202, data
        # the page for people says when to try again
        person = Client(port)
        _, _, form = person.request("GET", "/", headers={"X-Forwarded-For": "203.0.113.7"})
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
        status, headers, html = person.request(
            "POST",
            "/checks",
            headers={"X-Forwarded-For": "203.0.113.7"},
            form={"url": url, "csrf": csrf},
        )
        assert status == 429 and int(headers["retry-after"]) > 0
        assert re.search(r"ลองใหม่ในอีกประมาณ \d+ นาที", html) and "try again in about" in html


def test_hourly_cap_for_everyone_and_a_share_per_client(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oit.web.checks import CheckManager, Refused, Target

    now = [1000.0]
    manager = CheckManager(tmp_path, per_hour=20, clock=lambda: now[0])
    monkeypatch.setattr(manager, "_run", lambda check: setattr(check, "state", "done"))
    target = Target("http://198.51.100.1/", "198.51.100.1", ("198.51.100.1",))
    try:
        for _ in range(2):  # a client's share: a tenth of the hour
            manager.submit(target, TODAY, "a")
            time.sleep(0.05)
        with pytest.raises(Refused) as share:
            manager.submit(target, TODAY, "a")
        assert share.value.status == 429 and 3500 < share.value.retry_after <= 3601
        for n in range(18):
            manager.submit(target, TODAY, f"c{n}")
        with pytest.raises(Refused) as cap:
            manager.submit(target, TODAY, "late")
        assert (
            cap.value.status == 503
            and cap.value.retry_after > 3000
            and "ชั่วโมง" in cap.value.message
        )
        now[0] += 3601  # an hour later
        assert manager.submit(target, TODAY, "late").state in ("queued", "running", "done")
    finally:
        manager.shutdown()


@pytest.mark.integration
def test_a_stalled_check_is_stopped_and_no_crawl_outlives_the_server(tmp_path: Path) -> None:
    from oit.web.checks import STALLED, CheckManager, check_target

    procs: list[subprocess.Popen[str]] = []
    work = tmp_path / "work"
    work.mkdir()
    with silent_site() as url:
        manager = CheckManager(work, concurrency=2, allow_loopback=True, stall_s=3)
        original = manager._register

        def register(check: Any) -> Any:
            hook = original(check)
            return lambda proc: (procs.append(proc), hook(proc))

        manager._register = register  # type: ignore[method-assign]
        stalled = manager.submit(check_target(url, allow_loopback=True), TODAY, "a")
        deadline = time.monotonic() + 60
        while stalled.state not in ("done", "failed"):
            assert time.monotonic() < deadline, stalled
            time.sleep(0.2)
        assert stalled.state == "failed" and stalled.error == STALLED
        assert time.monotonic() - (deadline - 60) < 30  # not the 2 minutes of its budget

        manager.stall_s = 600
        running = manager.submit(check_target(url, allow_loopback=True), TODAY, "b")
        while not (running.state == "running" and len(procs) >= 2):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        manager.shutdown()
    assert all(p.poll() is not None for p in procs), "a crawl process outlived the server"
    assert running.state == "failed"
    assert list(work.iterdir()) == []  # scratch databases and lock files removed


@pytest.mark.integration
def test_shutdown_removes_the_scratch_folder(tmp_path: Path) -> None:
    import tempfile

    # one a killed server left behind (its pid is gone), with a stranger's scratch database
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    left = Path(tempfile.mkdtemp(prefix="oit-web-"))
    (left / "owner.pid").write_text(dead.stdout.strip())
    (left / "check-x.db").write_bytes(b"scratch")
    before = set(Path(tempfile.gettempdir()).glob("oit-web-*"))
    with running_app(tmp_path / "web.db"):
        created = set(Path(tempfile.gettempdir()).glob("oit-web-*")) - before
        assert len(created) == 1 and not left.exists()
    assert not any(p.exists() for p in created)


# --------------------------------------------------------------------------- sessions and accounts


def _user_cmd(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oit.cli", "user", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHAINLP_OFFLINE": "1"},
    )


@pytest.mark.integration
def test_logout_password_role_disable_and_remove_end_sessions(tmp_path: Path) -> None:
    db = tmp_path / "web.db"
    assert add_user(db, "alice", "correct horse battery").returncode == 0
    assert add_user(db, "bob", "another good one").returncode == 0
    with running_app(db) as port:

        def logged_in(client: Client) -> str | None:
            return client.json("GET", "/api/session")[1]["user"]

        # logout without any CSRF token still ends the server session: the old cookie is dead
        a = Client(port)
        assert login(a, "alice", "correct horse battery") == 303
        cookie = dict(a.cookies)
        assert a.request("POST", "/logout", form={})[0] == 303
        stolen = Client(port)
        stolen.cookies = cookie
        assert logged_in(stolen) is None

        # a new password ends every session of that user (not of others)
        a, b = Client(port), Client(port)
        assert (
            login(a, "alice", "correct horse battery") == 303
            and login(b, "bob", "another good one") == 303
        )
        assert add_user(db, "alice", "a brand new password").returncode == 0
        assert logged_in(a) is None and logged_in(b) == "bob"
        assert login(a, "alice", "correct horse battery") == 401
        # a role change too
        assert login(a, "alice", "a brand new password") == 303
        assert add_user(db, "alice", "a brand new password", role="viewer").returncode == 0
        assert logged_in(a) is None

        listing = _user_cmd(db, "list")
        assert listing.returncode == 0 and re.search(r"alice\s+viewer\s+active", listing.stdout), (
            listing.stdout
        )
        assert re.search(r"bob\s+auditor\s+active\s+1", listing.stdout)
        assert _user_cmd(db, "disable", "bob").returncode == 0
        assert logged_in(b) is None and login(Client(port), "bob", "another good one") == 401
        assert re.search(r"bob\s+auditor\s+disabled", _user_cmd(db, "list").stdout)
        assert _user_cmd(db, "enable", "bob").returncode == 0
        assert login(Client(port), "bob", "another good one") == 303
        assert _user_cmd(db, "remove", "bob").returncode == 0
        assert login(Client(port), "bob", "another good one") == 401
        missing = _user_cmd(db, "remove", "bob")
        assert (
            missing.returncode != 0
            and "no such account" in missing.stderr
            and "Traceback" not in missing.stderr
        )
        assert "bob" not in _user_cmd(db, "list").stdout


@pytest.mark.integration
def test_the_audit_database_holds_no_credentials(tmp_path: Path) -> None:
    """Accounts and sessions live in <db stem>.web.db; an old audit database's are moved out."""
    from crawler.store import open_db
    from oit.web.webstore import open_web_store, web_db_path

    db = tmp_path / "audit.db"
    assert add_user(db, "alice", "correct horse battery").returncode == 0
    with running_app(db) as port:
        assert login(Client(port), "alice", "correct horse battery") == 303
    web = web_db_path(db)
    assert web == tmp_path / "audit.web.db"

    def raw(path: Path) -> bytes:
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())

    assert b"$argon2id$" in raw(web)
    assert b"$argon2id$" not in raw(db)
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master")}
    assert not {"users", "sessions"} & tables

    # an audit database of an older version, with an account and a session in it
    old = tmp_path / "old.db"
    with open_db(old):
        pass
    with sqlite3.connect(old) as conn:
        conn.executescript("""
            create table users (name text primary key, password_hash text not null, role text not null,
                                created_at text, updated_at text);
            create table sessions (token_hash text primary key, user text not null references users(name),
                                   csrf text not null, created_at text, expires_at text not null);""")
        from oit.web.auth import _hasher

        conn.execute(
            "insert into users values ('somchai', ?, 'auditor', '2026-01-01', '2026-01-01')",
            [_hasher.hash("old password 123")],
        )
        conn.execute(
            "insert into sessions values ('feedbeefcafe0123', 'somchai', 'csrf0token', '', '2999-01-01')"
        )
    assert b"$argon2id$" in raw(old)
    with open_web_store(old) as store:
        user = store.user("somchai")
        assert user is not None and user.role == "auditor"
        assert store.sessions_of("somchai") == 1
    assert b"$argon2id$" not in raw(old) and b"feedbeefcafe0123" not in raw(old)
    from oit.web.auth import authenticate
    from oit.web.webstore import WebStore

    with WebStore(web_db_path(old)) as store:
        assert authenticate(store, "somchai", "old password 123") is not None


@pytest.mark.integration
def test_a_crawl_exits_when_the_server_is_killed(tmp_path: Path) -> None:
    """SIGKILL cannot stop a server's children: the check's crawl notices it is orphaned."""
    import signal

    with silent_site() as url, oit_serve(tmp_path / "k.db", "--allow-loopback") as served:
        server, port = served.proc, served.port
        try:
            deadline = time.monotonic() + 30
            status, data = Client(port).json("POST", "/api/checks", {"url": url})
            assert status == 202, data
            children: list[int] = []
            while not children:
                assert time.monotonic() < deadline, "no crawl process started"
                tasks = Path(f"/proc/{server.pid}/task")
                children = [
                    int(c) for t in tasks.iterdir() for c in (t / "children").read_text().split()
                ]
                time.sleep(0.2)
            time.sleep(3)  # the crawl is running (its reactor too)
        finally:
            server.send_signal(signal.SIGKILL)
            server.wait(10)
        deadline = time.monotonic() + 15
        while any(
            Path(f"/proc/{pid}").exists()
            and "zombie" not in Path(f"/proc/{pid}/status").read_text()
            for pid in children
        ):
            assert time.monotonic() < deadline, "a crawl process outlived the killed server"
            time.sleep(0.2)
