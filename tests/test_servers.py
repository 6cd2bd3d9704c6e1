"""Politeness per address: agencies on one hosting provider's address share its 2 requests in flight,
in one crawl process, across processes and across Scrapyd nodes (crawler/servers.py)."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.records import Agency
from crawler.servers import Servers, locate_servers, resolve_all
from crawler.store import open_db
from crawler.work_queue import WorkQueue
from oit.audit import run_audit
from tests.conftest import TODAY
from tests.fakedns import sitecustomize as fakedns
from tests.sites import Reply, Site, html

FAKEDNS_DIR = str(Path(fakedns.__file__).parent)
DNS = {
    "a.go.th": ["203.0.113.5"],
    "www.a.go.th": ["203.0.113.5"],
    "b.go.th": ["203.0.113.5"],
    "c.go.th": ["203.0.113.9"],
    "d.go.th": ["203.0.113.9", "2001:db8::7"],
    "e.go.th": ["2001:db8::7"],
    "f.go.th": ["198.51.100.1"],
}


def resolve(host: str) -> list[str]:
    return DNS.get(host, [])


def test_sites_on_one_address_are_one_server() -> None:
    servers = locate_servers(
        [
            "http://a.go.th/",
            "https://www.a.go.th/x/",
            "http://b.go.th/",
            "http://c.go.th/",
            "http://e.go.th/",
            "http://f.go.th/",
            "http://nowhere.go.th/",
            "http://b.go.th:8080/",
        ],
        resolve,
    )
    assert servers.of("http://a.go.th/") == servers.of("https://b.go.th/y") == "server 203.0.113.5"
    # c and e share no address, but each shares one with d: one server once d is audited too
    assert servers.of("http://c.go.th/") != servers.of("http://e.go.th/")
    with_d = locate_servers(["http://c.go.th/", "http://d.go.th/", "http://e.go.th/"], resolve)
    assert (
        len({with_d.of(u) for u in ("http://c.go.th/", "http://d.go.th/", "http://e.go.th/")}) == 1
    )
    assert servers.of("http://f.go.th/") == "server 198.51.100.1"
    assert servers.of("http://nowhere.go.th/") == "nowhere.go.th"  # no answer: its own name
    assert (
        servers.of("http://b.go.th:8080/") == "server 203.0.113.5:8080"
    )  # another port, another server


def test_a_single_site_is_never_looked_up() -> None:
    asked: list[str] = []
    servers = locate_servers(
        ["http://a.go.th/", "https://www.a.go.th/b/"], lambda h: asked.append(h) or []
    )
    assert asked == [] and servers.of("http://a.go.th/") == "a.go.th"


def test_slow_lookups_are_left_out_at_the_deadline() -> None:
    release = threading.Event()

    def slow(host: str) -> list[str]:
        if host == "slow.go.th":
            release.wait(30)
        return resolve(host) or ["192.0.2.1"]

    start = time.monotonic()
    try:
        found = resolve_all(["a.go.th", "slow.go.th", "192.0.2.77"], slow, timeout=0.5)
    finally:
        release.set()
    assert time.monotonic() - start < 5
    assert found == {"a.go.th": ["203.0.113.5"], "192.0.2.77": ["192.0.2.77"]}


def test_the_queue_keeps_a_server_in_one_process() -> None:
    urls = ["http://a.go.th/", "http://b.go.th/", "http://c.go.th/", "http://f.go.th/"]
    crawls = [(n, Agency(f"x{n}", f"x{n}", url)) for n, url in enumerate(urls, 1)]
    servers = locate_servers(urls, resolve)
    work = WorkQueue(crawls, servers)
    given = [a.entry.crawl_id for w in (1, 2, 3) for a in work.ask(w) if a.entry]
    assert given == [1, 3, 4]  # b waits: a, on its address, crawls in process 1
    assert [(a.worker, a.entry.crawl_id) for a in work.ask(2, done=3) if a.entry] == []
    assert [(a.worker, a.entry.crawl_id) for a in work.ask(1, done=1) if a.entry] == [(2, 2)]
    assert servers.only(["http://a.go.th/"]) == {"a.go.th": "server 203.0.113.5"}


def test_scrapyd_never_runs_two_jobs_of_one_server() -> None:
    from oit.scrapyd import Task
    from tests.fake_scrapyd import idle_dispatcher

    dispatcher, nodes = idle_dispatcher()
    urls = ["http://a.go.th/", "http://b.go.th/", "http://f.go.th/", "http://c.go.th/"]
    servers = locate_servers(urls, resolve)
    dispatcher.queue.extend(
        Task(n, Agency(f"x{n}", f"x{n}", url), server=servers.of(url)) for n, url in enumerate(urls)
    )
    dispatcher._fill(nodes)
    assert sorted(t.agency.id for n in nodes for t in n.jobs.values()) == ["x0", "x2", "x3"]
    assert [t.agency.id for t in dispatcher.queue] == ["x1"]  # b waits for a: one address
    for node in nodes:
        node.jobs.clear()
    dispatcher._fill(nodes)
    assert [t.agency.id for n in nodes for t in n.jobs.values()] == ["x1"]


# --------------------------------------------------------------------------- on loopback

SHARED = "127.0.0.23"  # one hosting provider's address, serving several agencies by name
NAMES = ("a", "b", "c", "d")


@pytest.fixture()
def fake_dns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every agency's name answers the shared address, here and in every crawl process."""
    spec = tmp_path / "dns.json"
    spec.write_text(json.dumps({f"{n}.test": [[SHARED]] for n in NAMES}), encoding="utf-8")
    monkeypatch.setenv("OIT_FAKE_DNS", str(spec))
    monkeypatch.setenv("PYTHONPATH", FAKEDNS_DIR + os.pathsep + os.environ.get("PYTHONPATH", ""))
    monkeypatch.setattr(socket, "getaddrinfo", fakedns.fake_getaddrinfo(str(spec)))
    monkeypatch.setattr(socket, "gethostbyname", fakedns.fake_gethostbyname(str(spec)))
    return spec


@pytest.fixture()
def provider() -> Iterator[Site]:
    """One server on the shared address; each agency's pages under its own folder, slow to answer."""
    routes: dict[str, Any] = {
        "/robots.txt": Reply(body="User-agent: *\n", content_type="text/plain")
    }
    for name in NAMES:
        links = "".join(f'<a href="/{name}/p{n}.html">หน้าที่ {n}</a> ' for n in range(10))
        routes[f"/{name}/"] = Reply(body=html("หน้าแรก", links))
        for n in range(10):
            routes[f"/{name}/p{n}.html"] = Reply(body=html("หน้า", f"<h1>หน้าที่ {n}</h1>"), delay=0.2)
    with Site(routes, host=SHARED) as site:
        yield site


def _agencies(site: Site) -> list[Agency]:
    return [Agency(n, n, f"http://{n}.test:{site.port}/{n}/") for n in NAMES]


@pytest.mark.integration
def test_agencies_on_one_address_share_its_two_requests(
    fake_dns: Path, provider: Site, tmp_path: Path
) -> None:
    run_id = run_audit(
        _agencies(provider),
        tmp_path / "shared.db",
        TODAY,
        jobs=8,
        workers=2,
        settings={"AUTOTHROTTLE_ENABLED": False},
    )
    with open_db(tmp_path / "shared.db") as store:
        assert {c["status"] for c in store.crawls(run_id)} == {"ok"}
    fetched = provider.paths()
    assert all(sum(p.startswith(f"/{n}/p") for p in fetched) >= 3 for n in NAMES), fetched
    assert provider.max_active == 2  # four agencies at once on one address, never more than 2


@pytest.mark.integration
def test_without_the_address_the_names_would_overload_it(
    fake_dns: Path, provider: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: keyed by name only (as before), the same audit sends more than 2 at once."""
    monkeypatch.setattr("oit.audit.locate_servers", lambda urls: Servers())
    run_audit(
        _agencies(provider),
        tmp_path / "names.db",
        TODAY,
        jobs=8,
        workers=2,
        settings={"AUTOTHROTTLE_ENABLED": False},
    )
    assert provider.max_active > 2


@pytest.mark.integration
@pytest.mark.slow
def test_scrapyd_nodes_never_crawl_one_address_twice_at_once(
    fake_dns: Path, provider: Site, tmp_path: Path
) -> None:
    """Two Scrapyd nodes, four agencies on one address: one job at a time there, so 2 in flight."""
    from oit.scrapyd import run_audit_scrapyd
    from tests.test_scrapyd import ScrapydNode

    nodes = [
        ScrapydNode(tmp_path / "node1"),
        ScrapydNode(tmp_path / "node2"),
    ]  # inherit the fake DNS
    events: list[dict] = []
    try:
        for node in nodes:
            node.wait_ready()
        run_id = run_audit_scrapyd(
            _agencies(provider),
            tmp_path / "cluster.db",
            TODAY,
            [n.url for n in nodes],
            per_node=2,
            poll_seconds=0.2,
            progress=events.append,
            settings={"AUTOTHROTTLE_ENABLED": False},
        )
    finally:
        for node in nodes:
            node.kill()
    with open_db(tmp_path / "cluster.db") as store:
        assert {c["status"] for c in store.crawls(run_id)} == {"ok"}
    assert len([e for e in events if e.get("event") == "scheduled"]) == len(NAMES)
    assert all(sum(p.startswith(f"/{n}/p") for p in provider.paths()) >= 3 for n in NAMES)
    assert provider.max_active == 2
