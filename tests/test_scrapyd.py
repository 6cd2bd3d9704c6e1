"""Audits on a Scrapyd cluster (oit/scrapyd.py) against real Scrapyd processes on loopback.

Two Scrapyd nodes are started by the test, each in a folder of its own (Scrapyd reads
``scrapyd.conf`` from its working directory) on 127.0.0.1 and a free port. The sample
sites are audited through ``oit audit --scrapyd`` and must get the same findings as
the local audit of the same sites; a node killed while it runs jobs has them crawled
again on the other node, and nothing it never finished is reported ``missing``.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, TODAY, run_oit
from tests.ports import bound_socket, candidate_port

pytestmark = pytest.mark.slow

CONF = """[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
items_dir = items
eggs_dir = eggs
logs_dir = logs
dbs_dir = dbs
max_proc = 2
poll_interval = 0.2
jobs_to_keep = 100
"""


class ScrapydNode:
    """One ``scrapyd`` process in its own folder and process group (so its crawls die with it)."""

    def __init__(self, folder: Path, auth: tuple[str, str] | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.auth = auth
        self.headers = (
            {"Authorization": "Basic " + base64.b64encode(":".join(auth).encode()).decode()}
            if auth
            else {}
        )
        self.log = (folder / "scrapyd.out").open("wb")
        self._spawn(candidate_port())

    def _spawn(self, port: int) -> None:
        self.port = port
        conf = CONF.format(port=self.port)
        if self.auth:
            conf += f"username = {self.auth[0]}\npassword = {self.auth[1]}\n"
        (self.folder / "scrapyd.conf").write_text(conf, encoding="utf-8")
        # the egg is extracted per version under OIT_EGG_CACHE (default: the system temp dir)
        env = {
            **os.environ,
            "PYTHAINLP_OFFLINE": "1",
            "OIT_EGG_CACHE": str(self.folder.parent / "eggs"),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scrapyd"],
            cwd=self.folder,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.url = f"http://{':'.join(self.auth) + '@' if self.auth else ''}127.0.0.1:{self.port}"
        self.plain_url = f"http://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 20, tries: int = 5) -> None:
        """Up and answering; a node that lost its port to another process starts again on a fresh one."""
        for _ in range(tries):
            if self._answers(timeout):
                return
            self.kill(keep_log=True)
            self._spawn(candidate_port())
        raise RuntimeError(f"scrapyd in {self.folder} did not start")

    def _answers(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                request = urllib.request.Request(
                    f"{self.plain_url}/daemonstatus.json", headers=self.headers
                )
                with urllib.request.urlopen(request, timeout=1) as r:
                    if json.load(r).get("status") == "ok":
                        return True
            except OSError:
                time.sleep(0.1)
        return False

    def kill(self, keep_log: bool = False) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        if not keep_log:
            self.log.close()


@pytest.fixture(scope="module")
def nodes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ScrapydNode]]:
    base = tmp_path_factory.mktemp("scrapyd")
    # the second node asks for a password (Scrapyd's basic auth), given in its URL
    started = [ScrapydNode(base / "node1"), ScrapydNode(base / "node2", auth=("oit", "s3cret"))]
    try:
        for node in started:
            node.wait_ready()
        yield started
    finally:
        for node in started:
            node.kill()


def _statuses(db: Path, run_id: int | None = None) -> dict[str, dict[tuple[str, str], str]]:
    from crawler.store import open_db

    with open_db(db, readonly=True) as store:
        run = store.run(run_id) if run_id else store.latest_run("audit")
        out: dict[str, dict[tuple[str, str], str]] = {}
        for row in store.findings(run["id"]):
            out.setdefault(row["agency_id"], {})[(row["code"], row["part"])] = row["status"]
        return out


def _crawls(db: Path, run_id: int | None = None) -> dict[str, dict]:
    from crawler.store import open_db

    with open_db(db, readonly=True) as store:
        run = store.run(run_id) if run_id else store.latest_run("audit")
        return {c["agency_id"]: c for c in store.crawls(run["id"])}


@pytest.mark.integration
def test_scrapyd_audit_matches_local_audit(
    nodes: list[ScrapydNode], audited: dict[str, Path], tmp_path: Path
) -> None:
    db = tmp_path / "cluster.db"
    result = run_oit(
        "audit",
        str(audited["csv"]),
        "--db",
        str(db),
        "--as-of",
        TODAY.isoformat(),
        "--scrapyd",
        ",".join(n.url for n in nodes),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    local, cluster = _statuses(audited["db"]), _statuses(db)
    assert set(cluster) == set(local) == {"a01", "a02", "a03", "a04", "a05"}
    for agency_id in local:
        assert cluster[agency_id] == local[agency_id], agency_id
    crawls = _crawls(db)
    assert crawls["a04"]["status"] == "failed"  # answers 503: not_checked, not missing
    assert {c["status"] for k, c in crawls.items() if k != "a04"} <= {"ok", "partial"}
    local_crawls = _crawls(audited["db"])
    for agency_id, crawl in crawls.items():
        assert crawl["pages"] == local_crawls[agency_id]["pages"], agency_id
    # the jobs were spread over both nodes: each node's items folder holds some
    for node in nodes:
        assert list((node.folder / "items" / "oit_watch" / "agency").glob("*.jl")), node.url


@pytest.mark.integration
def test_one_process_two_processes_and_scrapyd_find_the_same(
    nodes: list[ScrapydNode], demo_sites: object, tmp_path: Path
) -> None:
    """Every finding (status, dates, reasons, evidence) of the sample sites, the same whichever way
    they are crawled: 1 local process, 2 local processes, two Scrapyd nodes."""
    from crawler.records import Agency
    from crawler.store import open_db
    from oit.audit import run_audit
    from oit.scrapyd import run_audit_scrapyd

    agencies = [Agency(a["id"], a["name"], a["url"]) for a in demo_sites.agencies]  # type: ignore[attr-defined]
    runs = {
        "1 process": (
            tmp_path / "one.db",
            run_audit(agencies, tmp_path / "one.db", TODAY, jobs=4, workers=1),
        ),
        "2 processes": (
            tmp_path / "two.db",
            run_audit(agencies, tmp_path / "two.db", TODAY, jobs=4, workers=2),
        ),
        "scrapyd": (
            tmp_path / "nodes.db",
            run_audit_scrapyd(
                agencies,
                tmp_path / "nodes.db",
                TODAY,
                [n.url for n in nodes],
                per_node=2,
                poll_seconds=0.2,
            ),
        ),
    }
    found = {}
    for way, (db, run_id) in runs.items():
        with open_db(db, readonly=True) as store:
            found[way] = sorted(
                tuple(sorted((k, v) for k, v in f.items() if k != "run_id"))
                for f in store.findings(run_id)
            )
    assert len(found["1 process"]) >= 11 * len(agencies)
    assert found["2 processes"] == found["1 process"]
    assert found["scrapyd"] == found["1 process"]


@pytest.mark.integration
def test_dead_node_jobs_are_retried_elsewhere(
    nodes: list[ScrapydNode], demo_sites: object, audited: dict[str, Path], tmp_path: Path
) -> None:
    from oit.agencies import load_agencies
    from oit.scrapyd import run_audit_scrapyd

    victim = ScrapydNode(tmp_path / "victim")
    victim.wait_ready()
    agencies, _ = load_agencies(audited["csv"])
    events: list[dict] = []

    def progress(event: dict) -> None:
        events.append(event)
        if event.get("event") == "scheduled" and event["node"] == victim.url:
            victim.kill()  # dies with a job accepted and its crawl process running or queued

    db = tmp_path / "retry.db"
    try:
        run_id = run_audit_scrapyd(
            agencies,
            db,
            TODAY,
            [victim.url, nodes[0].url],
            per_node=2,
            poll_seconds=0.2,
            progress=progress,
        )
    finally:
        victim.kill()
    on_victim = {
        e["agency"] for e in events if e.get("event") == "scheduled" and e["node"] == victim.url
    }
    assert on_victim, "a job went to the victim node first"
    assert any(e.get("event") == "node_down" and e["node"] == victim.url for e in events)
    for agency_id in on_victim:
        nodes_tried = [
            e["node"] for e in events if e.get("event") == "scheduled" and e["agency"] == agency_id
        ]
        assert nodes_tried[-1] == nodes[0].url
    assert _statuses(db, run_id) == _statuses(audited["db"])
    done = [e for e in events if e.get("event") == "crawl_done"]
    assert sorted(e["agency"] for e in done) == ["a01", "a02", "a03", "a04", "a05"]


@pytest.mark.integration
def test_unreachable_cluster_is_one_line_error(tmp_path: Path, audited: dict[str, Path]) -> None:
    with bound_socket() as sock:  # bound, never listening: refused, and no one else can take it
        dead = sock.getsockname()[1]
        result = run_oit(
            "audit",
            str(audited["csv"]),
            "--db",
            str(tmp_path / "x.db"),
            "--scrapyd",
            f"http://127.0.0.1:{dead}",
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr.startswith("oit: error: no Scrapyd node reachable")
    assert "Traceback" not in result.stderr


def test_egg_holds_the_project_and_pages_round_trip() -> None:
    import io
    import zipfile

    from crawler.pagelines import page_from_json, page_to_json
    from crawler.records import FetchedPage
    from crawler.spiders.agency import AgencySpider  # noqa: F401 (importable for `scrapy list`)
    from oit.scrapyd import build_egg

    version, egg = build_egg()
    names = zipfile.ZipFile(io.BytesIO(egg)).namelist()
    assert "crawler/spiders/agency.py" in names and "checklist/items/oit-2569.toml" in names
    assert not any("__pycache__" in n or "/demo/sites/" in n for n in names)
    assert not any(n.startswith("oit/") for n in names)  # the engine alone runs on a node
    assert build_egg()[0] == version  # same code, same version: nothing redeployed
    from checklist.extract import extract_page

    html = "<html><head><title>ข่าว</title></head><body><h1>ข่าวประชาสัมพันธ์</h1><a href='/x'>x</a></body></html>"
    content = extract_page(html, "http://127.0.0.1/")
    page = FetchedPage(
        url="http://127.0.0.1/",
        kind="html",
        status=200,
        content=content,
        headers=(("Last-Modified", "Tue, 24 Nov 2026 10:00:00 GMT"),),
        meta_dates=(("2026-11-24", "pdf-meta"),),
        size=123,
    )
    assert page_from_json(json.loads(json.dumps(page_to_json(page)))) == page


def test_root_scrapy_cfg_names_the_settings() -> None:
    text = (ROOT / "scrapy.cfg").read_text(encoding="utf-8")
    assert "default = crawler.settings" in text


@pytest.mark.integration
def test_crawl_that_never_completes_is_not_checked_never_missing(
    nodes: list[ScrapydNode], audited: dict[str, Path], tmp_path: Path
) -> None:
    """Jobs that end without an outcome (here: the outcome is never logged) are tried on
    the other node, then recorded failed: every item not_checked, none missing."""
    from oit.agencies import load_agencies
    from oit.scrapyd import run_audit_scrapyd

    agencies = [a for a in load_agencies(audited["csv"])[0] if a.id in ("a01", "a02")]
    events: list[dict] = []
    db = tmp_path / "broken.db"
    run_id = run_audit_scrapyd(
        agencies,
        db,
        TODAY,
        [n.url for n in nodes],
        per_node=2,
        max_attempts=2,
        poll_seconds=0.2,
        progress=events.append,
        settings={"OIT_LOG_OUTCOME": False},
    )
    for agency in agencies:
        tried = [
            e["node"] for e in events if e.get("event") == "scheduled" and e["agency"] == agency.id
        ]
        assert len(tried) == 2 and len(set(tried)) == 2  # the second try on the other node
    crawls = _crawls(db, run_id)
    assert {c["status"] for c in crawls.values()} == {"failed"}
    statuses = _statuses(db, run_id)
    assert {s for agency in statuses.values() for s in agency.values()} == {"not_checked"}


def test_one_job_per_host_in_the_whole_cluster() -> None:
    """Agencies sharing a host never crawl at once, even on different nodes (2 requests per host)."""
    from crawler.records import Agency
    from oit.scrapyd import Task
    from tests.fake_scrapyd import idle_dispatcher

    dispatcher, nodes = idle_dispatcher()
    urls = [
        "http://shared.go.th/a/",
        "https://www.shared.go.th/b/",
        "http://other.go.th/",
        "http://shared.go.th/c/",
    ]
    dispatcher.queue.extend(Task(n, Agency(f"x{n}", f"x{n}", url)) for n, url in enumerate(urls))
    dispatcher._fill(nodes)
    running = [t.agency.id for n in nodes for t in n.jobs.values()]
    assert sorted(running) == ["x0", "x2"]  # one of the three on shared.go.th, and the other site
    assert [t.agency.id for t in dispatcher.queue] == ["x1", "x3"]  # waiting their turn, in order
    nodes[0].jobs.clear(), nodes[1].jobs.clear()  # both finished
    dispatcher._fill(nodes)
    assert [t.agency.id for n in nodes for t in n.jobs.values()] == ["x1"]
