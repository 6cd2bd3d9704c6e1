"""The browser that renders JavaScript pages is held to the crawl's vetted addresses (issue #17).

Playwright's request filter (crawler.render.abort_request) never sees a redirect hop, and
Chromium resolves names itself. In a public-only crawl (a web self-check) Chromium is launched
with resolver rules: each host the guard passed maps to its vetted address, every other name or
address is "not found". All on loopback: a public-looking site on 127.0.0.2 (treated as public
the way tests/test_web_security.py does) and an internal service on 127.0.0.1, same port.

Chromium does not use Python's resolver, so the "attacker's DNS" for the browser is a wrapper
around the system Chromium that maps every ``*.test`` name to 127.0.0.1 (rules given later on
the command line, ours, replace it). The control test shows the browser of a CLI audit follows
it to the internal service; the public-only crawl reaches only 127.0.0.2.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from crawler import render
from crawler.netguard import Guard, Vetted, crawl_settings
from tests.conftest import TODAY
from tests.fakedns import sitecustomize as fakedns
from tests.fixtures_javascript import COMPLAINT_APP, SPA_SHELL
from tests.ports import candidate_port

FAKEDNS_DIR = str(Path(fakedns.__file__).parent)
PUBLIC = "127.0.0.2"
INTERNAL = "127.0.0.1"
SETTINGS = {
    "DOWNLOAD_TIMEOUT": 5,
    "RETRY_TIMES": 0,
    "AUTOTHROTTLE_START_DELAY": 0.05,
    "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 8000,
}

WEBRTC = "--webrtc-ip-handling-policy=disable_non_proxied_udp"
Page = tuple[int, dict[str, str], str]


# --------------------------------------------------------------------------- rules (pure)


def test_rules_map_only_the_vetted_hosts_and_refuse_everything_else() -> None:
    rules = render.resolver_rules(
        [
            Vetted("agency.go.th", ("2606:4700::1", "203.0.113.5")),
            Vetted("203.0.113.9", ("203.0.113.9",)),
            Vetted("2130706433", ("127.0.0.2",)),  # a literal, spelled canonically
            Vetted("evil.go.th, MAP * 127.0.0.1", ("203.0.113.5",)),  # injection
            Vetted("empty.go.th", ()),
        ]
    )
    assert rules == (
        "MAP agency.go.th 203.0.113.5, MAP 203.0.113.9 203.0.113.9, "
        "MAP 127.0.0.1 127.0.0.2, MAP * ~NOTFOUND"
    )
    assert render.resolver_rules([]) == "MAP * ~NOTFOUND"
    # IPv6: the address bracketed, a literal host's pattern not (as Chromium matches them)
    assert render.resolver_rules(
        [Vetted("v6.go.th", ("2606:4700::1",)), Vetted("[2606:4700:0::2]", ("2606:4700::2",))]
    ) == ("MAP v6.go.th [2606:4700::1], MAP 2606:4700::2 [2606:4700::2], MAP * ~NOTFOUND")


def test_public_only_launch_drops_proxies_and_keeps_the_rest() -> None:
    options = {
        "executable_path": "/usr/bin/chromium",
        "headless": True,
        "proxy": {"server": "http://p:3128"},
        "args": [
            "--no-sandbox",
            "--proxy-server=http://p:3128",
            "--host-resolver-rules=MAP * 10.0.0.1",
        ],
    }
    launched = render.public_only_launch(options, [Vetted("a.go.th", ("203.0.113.5",))])
    assert launched["executable_path"] == "/usr/bin/chromium" and "proxy" not in launched
    assert launched["args"] == [
        "--no-sandbox",
        "--no-proxy-server",
        WEBRTC,
        "--host-resolver-rules=MAP a.go.th 203.0.113.5, MAP * ~NOTFOUND",
    ]


def test_the_guard_offers_only_hosts_it_passed() -> None:
    guard = Guard({"agency.test": [PUBLIC], "bad.test": [PUBLIC, INTERNAL]}, public=[PUBLIC])
    guard.vet(INTERNAL)
    guard.vet(PUBLIC)
    assert {v.host for v in guard.public_hosts()} == {"agency.test", PUBLIC}


def test_the_handler_launches_a_public_only_browser_with_the_guards_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("scrapy_playwright")
    from scrapy.settings import Settings

    from crawler import netguard
    from crawler.render_handler import LazyPlaywrightHandler

    launched: list[dict[str, Any]] = []

    async def launch(self: Any) -> None:
        launched.append(self.config.launch_options)

    async def download(self: Any, request: Any, spider: Any = None) -> str:
        return "downloaded"

    monkeypatch.setattr(netguard, "_guard", [])
    monkeypatch.setattr(LazyPlaywrightHandler, "_launch", launch)
    monkeypatch.setattr(LazyPlaywrightHandler.__mro__[1], "_download_request", download)
    for public_only in (True, False):
        settings = Settings(
            {
                **crawl_settings({"agency.test": [PUBLIC]}, public=[PUBLIC]),
                "PLAYWRIGHT_LAUNCH_OPTIONS": {"args": ["--no-sandbox"]},
            }
        )
        settings.set("OIT_PUBLIC_ONLY", public_only)
        handler = object.__new__(LazyPlaywrightHandler)
        handler._start_lock, handler._started, handler._settings = asyncio.Lock(), False, settings
        handler.config = SimpleNamespace(
            launch_options=settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")
        )
        assert asyncio.run(handler._download_request(None)) == "downloaded"
        asyncio.run(handler._download_request(None))  # launched once
    assert launched == [
        {
            "args": [
                "--no-sandbox",
                "--no-proxy-server",
                WEBRTC,
                f"--host-resolver-rules=MAP agency.test {PUBLIC}, MAP * ~NOTFOUND",
            ]
        },
        {"args": ["--no-sandbox"]},
    ]  # a CLI audit's browser is as before


# --------------------------------------------------------------------------- a real browser on loopback


class Server:
    """HTTP on ``address:port``: ``pages`` maps a path to a reply, or to a function of how many
    times that path was asked before; every request path is recorded."""

    def __init__(
        self, address: str, port: int, pages: dict[str, Page | Callable[[int], Page]]
    ) -> None:
        self.hits: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?")[0]
                before = server.hits.count(path)
                server.hits.append(path)
                page = pages.get(
                    path,
                    (
                        200,
                        {},
                        "<html><head><title>SECRET-INTERNAL</title></head></html>"
                        if address == INTERNAL
                        else "not found",
                    ),
                )
                status, headers, body = page(before) if callable(page) else page
                data = body.encode("utf-8")
                self.send_response(status if address == INTERNAL or path in pages else 404)
                for key, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer((address, port), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # STUN, on the same port
        self.udp.bind((address, port))
        threading.Thread(target=self._datagrams, daemon=True).start()

    def _datagrams(self) -> None:
        while True:
            try:
                self.udp.recvfrom(4096)
            except OSError:  # closed
                return
            self.hits.append("udp")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.udp.close()


def twin_port() -> int:
    for _ in range(50):
        port = candidate_port()
        with socket.socket() as a, socket.socket() as b:
            try:
                a.bind((INTERNAL, port))
                b.bind((PUBLIC, port))
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
                    u.bind((INTERNAL, port))
                return port
            except OSError:
                continue
    raise AssertionError("no port free on both addresses")


def shell(script: str) -> str:
    """A page that needs JavaScript (crawler.javascript: noscript + empty root) running ``script``."""
    return SPA_SHELL.replace(
        "<script defer src='/static/js/main.5e1f3c.js'></script>", f"<script>{script}</script>"
    )


# WebRTC sends STUN to an IP literal over UDP without asking the resolver.
STUN = (
    "var pc = new RTCPeerConnection({iceServers: [{urls: 'stun:127.0.0.1:PORT'}]});"
    "pc.createDataChannel('x'); pc.createOffer().then(function (o) { return pc.setLocalDescription(o); });"
)


@contextmanager
def sites() -> Iterator[tuple[int, Server, Server]]:
    """The agency (rebind.test, vetted at 127.0.0.2): a JavaScript page that renders fine, and
    three that send the browser elsewhere: an HTTP redirect served only to the browser (the
    second request) to 127.0.0.1, the same to a name, and a script navigation to a name."""
    port = twin_port()
    internal_url = f"http://{INTERNAL}:{port}"
    sub = f"http://www.rebind.test:{port}"

    def to_browser(location: str, name: str) -> Callable[[int], Page]:
        return lambda before: (
            (200, {}, shell("")) if before == 0 else (302, {"Location": location + name}, "")
        )

    home = (
        "<html><head><title>เทศบาลทดสอบ</title></head><body><h1>เทศบาลทดสอบ</h1><nav>"
        "<a href='/complaint.html'>ช่องทางการร้องเรียน</a> <a href='/news.html'>ข่าวประชาสัมพันธ์</a> "
        "<a href='/structure.html'>โครงสร้างหน่วยงาน</a> <a href='/procurement.html'>แผนการจัดซื้อจัดจ้าง</a> "
        "<a href='/contact.html'>ติดต่อเรา</a>"
        "</nav></body></html>"
    )
    public = Server(
        PUBLIC,
        port,
        {
            "/": (200, {}, home),
            "/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\nAllow: /\n"),
            "/complaint.html": (200, {}, shell(COMPLAINT_APP)),
            "/news.html": to_browser(internal_url, "/redirected-literal"),
            "/structure.html": to_browser(sub, "/redirected-name"),
            "/procurement.html": (200, {}, shell(f"location.href = '{sub}/navigated-name';")),
            "/contact.html": (200, {}, shell(STUN.replace("PORT", str(port)))),
        },
    )
    internal = Server(INTERNAL, port, {})
    try:
        yield port, public, internal
    finally:
        public.close()
        internal.close()


@pytest.fixture()
def hostile_dns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every *.test name answers 127.0.0.1 to the browser (a Chromium wrapper) and, to Python in
    the crawl processes, rebind.test answers 127.0.0.2 then 127.0.0.1; www.rebind.test 127.0.0.1."""
    chromium = render.find_chromium()
    if chromium is None:
        pytest.skip(
            "no system Chromium (/usr/bin/chromium) or scrapy-playwright: nothing to render with"
        )
    wrapper = tmp_path / "chromium"
    wrapper.write_text(
        f"#!/bin/sh\nexec {chromium} '--host-resolver-rules=MAP *.test {INTERNAL}' \"$@\"\n"
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("OIT_CHROMIUM", str(wrapper))
    spec = tmp_path / "dns.json"
    spec.write_text(
        json.dumps({"rebind.test": [[PUBLIC], [INTERNAL]], "www.rebind.test": [[INTERNAL]]})
    )
    monkeypatch.setenv("OIT_FAKE_DNS", str(spec))
    monkeypatch.setenv("PYTHONPATH", FAKEDNS_DIR + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return spec


def audit(tmp_path: Path, port: int, settings: dict[str, Any]) -> dict[str, Any]:
    from crawler.records import Agency, Budget
    from crawler.store import open_db
    from oit.audit import run_audit

    agency = Agency(
        id="x",
        name="x",
        url=f"http://rebind.test:{port}/",
        budget=Budget(max_pages=12, max_depth=2, max_seconds=60),
    )
    db = tmp_path / "audit.db"
    run_id = run_audit([agency], db, TODAY, jobs=1, settings={**SETTINGS, **settings})
    with open_db(db) as store:
        return json.loads(store.crawls(run_id)[0]["coverage"])


@pytest.mark.integration
def test_control_a_cli_audits_browser_resolves_names_itself(
    hostile_dns: Path, tmp_path: Path
) -> None:
    """CLI audits render as before, and their browser asks its own resolver: with the hostile
    one it goes to 127.0.0.1. (The Python side is kept public here: rebind.test -> 127.0.0.2.)"""
    hostile_dns.write_text(json.dumps({"rebind.test": [[PUBLIC]]}))
    with sites() as (port, public, internal):
        audit(tmp_path, port, {})
    assert "/" in public.hits
    assert "/complaint.html" in internal.hits, (public.hits, internal.hits)


@pytest.mark.integration
def test_a_public_only_browser_reaches_only_the_vetted_address(
    hostile_dns: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oit.web.checks import check_target

    with sites() as (port, public, internal):
        with monkeypatch.context() as patch:  # the web check's lookup, in this process
            patch.setattr(socket, "getaddrinfo", fakedns.fake_getaddrinfo(str(hostile_dns)))
            target = check_target(f"http://rebind.test:{port}/", public=(PUBLIC,))
        assert target.addresses == (PUBLIC,)
        coverage = audit(
            tmp_path, port, crawl_settings({target.host: list(target.addresses)}, public=(PUBLIC,))
        )
    # nothing reached the internal service: not the rendered pages (the browser's own DNS says
    # 127.0.0.1), not the redirects served to the browser, not the script's navigation
    assert internal.hits == []
    # the browser did render, at the vetted address: the good page twice (Scrapy, then Chromium)
    for path in (
        "/complaint.html",
        "/news.html",
        "/structure.html",
        "/procurement.html",
        "/contact.html",
    ):
        assert public.hits.count(path) == 2, (path, public.hits)
    assert coverage["rendered"] >= 1, coverage
    # the name was looked up once, by the check; the crawl used its answer
    assert [n for n, _ in fakedns.lookups(str(hostile_dns)) if n == "rebind.test"] == [
        "rebind.test"
    ]


@pytest.mark.integration
def test_a_web_self_check_renders_only_at_the_vetted_address(
    hostile_dns: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same through the web app: the check resolves, its crawl and its browser use that answer."""
    from tests.test_web import Client, running_app, wait_done

    monkeypatch.setattr(socket, "getaddrinfo", fakedns.fake_getaddrinfo(str(hostile_dns)))
    with (
        sites() as (port, public, internal),
        running_app(
            tmp_path / "web.db", public_addresses=(PUBLIC,), checks_per_window=50
        ) as app_port,
    ):
        client = Client(app_port)
        status, data = client.json(
            "POST",
            "/api/checks",
            {"url": f"http://rebind.test:{port}/", "as_of": TODAY.isoformat()},
        )
        assert status == 202, data
        result, _ = wait_done(client, data["id"], timeout=120)
    assert result["state"] == "done", result
    assert internal.hits == []
    assert public.hits.count("/complaint.html") == 2, public.hits  # Scrapy, then the browser
    assert "SECRET-INTERNAL" not in json.dumps(result["report"])
