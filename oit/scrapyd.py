"""Audits on a Scrapyd cluster: the crawls run on Scrapyd nodes, the findings here.

``run_audit_scrapyd`` (behind ``oit audit AGENCIES.csv --scrapyd URL[,URL...]``):

1. builds an egg of the ``crawler``, ``oit`` and ``checklist`` packages (its settings module
   extracts it once per version, then is ``crawler.settings``) and deploys it to every
   node (``addversion.json``); the version is a hash of the code, so every job of a
   run uses the same code;
2. records the run and one crawl per agency in the central SQLite database, then
   schedules one job per agency (``schedule.json``: spider ``agency`` with the agency
   as JSON in ``agency_json``, its time budget as ``CLOSESPIDER_TIMEOUT``), keeping
   at most ``per_node`` jobs outstanding on each node;
3. nodes never write to the central database: each job's pages come back through
   Scrapyd's items feed (``items_dir``; one JSON line per page, written by
   :class:`PageLinesExporter`) and its outcome as the JSON line that
   :class:`crawler.extensions.CrawlOutcomeExtension` logs at close when it has no
   database (``OIT_LOG_OUTCOME``); both are fetched over HTTP when the job is
   finished and loaded with ``Store.save_page`` and ``Store.finish_crawl``;
4. a job that finished without an outcome (the crawl process died), one that ran
   past its deadline, and the jobs of a node that stopped answering are crawled
   again on another node; a crawl that never completed on any is recorded
   ``failed`` (its items ``not_checked``, never ``missing``);
5. the run is evaluated exactly as a local audit (:func:`oit.audit.save_findings`); each
   crawl as soon as its results are loaded, while the others still crawl.

Nodes need the project's dependencies installed (``pip install 'oit-watch[cluster]'``);
the egg carries the code. A node URL may carry Scrapyd's basic-auth login
(``http://user:password@host:6800``); the password is never shown or stored.
Node configuration: README "Scaling".
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from scrapy.exporters import JsonLinesItemExporter

from crawler import __version__
from crawler.extensions import OUTCOME_LOG_PREFIX
from crawler.records import Agency, CrawlOutcome, FetchedPage
from crawler.servers import Servers, locate_servers
from crawler.store import Store, open_db, page_content_from_json
from oit.audit import AuditError, save_findings

PROJECT = "oit_watch"
SPIDER = "agency"
ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("checklist", "crawler", "oit")
_SKIP_PARTS = frozenset({"__pycache__", "sites"})  # the demo's sample sites are not needed on nodes
ProgressFn = Callable[[dict[str, Any]], None]


class ClusterError(AuditError):
    """The cluster cannot be used at all (no node reachable, deploy refused); for the user."""


# --------------------------------------------------------------------------- pages as JSON lines


def page_to_json(page: FetchedPage) -> dict[str, Any]:
    data = {f.name: getattr(page, f.name) for f in fields(FetchedPage)}
    data["content"] = asdict(page.content) if page.content is not None else None
    data["meta_dates"] = [list(m) for m in page.meta_dates]
    data["headers"] = [list(h) for h in page.headers]
    return data


def page_from_json(data: dict[str, Any]) -> FetchedPage:
    known = {f.name for f in fields(FetchedPage)}
    values = {k: v for k, v in data.items() if k in known}
    content = data.get("content")
    values["content"] = page_content_from_json(json.dumps(content)) if content else None
    values["meta_dates"] = tuple(tuple(m) for m in data.get("meta_dates") or ())
    values["headers"] = tuple(tuple(h) for h in data.get("headers") or ())
    return FetchedPage(**values)


class PageLinesExporter(JsonLinesItemExporter):
    """Scrapyd's items feed (format ``jsonlines``): ``{"page": {...}}`` per fetched page,
    in the shape :func:`page_from_json` reads back."""

    def export_item(self, item: Any) -> None:
        if not isinstance(item, FetchedPage):
            return super().export_item(item)
        line = json.dumps({"page": page_to_json(item)}, ensure_ascii=False) + "\n"
        self.file.write(line.encode("utf-8"))
        return None


# Settings of every job: how its results come back.
JOB_SETTINGS = {
    "FEED_EXPORTERS": json.dumps({"jsonlines": "oit.scrapyd.PageLinesExporter"}),
    "OIT_LOG_OUTCOME": "True",
    "LOG_LEVEL": "INFO",  # the outcome line is logged at INFO
}


# --------------------------------------------------------------------------- the egg

# The egg's settings module. Scrapyd imports eggs as zip archives, from which the
# checklist's data files (TOML read through pathlib) cannot be read: like pkg_resources'
# egg cache, it extracts the egg once per version and imports the packages from there,
# so every job runs exactly the deployed code. Then it is crawler.settings.
_BOOT = "oit_watch_egg"
_BOOT_SOURCE = '''"""Scrapyd settings module of the oit-watch egg (generated by oit.scrapyd)."""
import os
import shutil
import sys
import tempfile
import zipfile

_cache = os.environ.get("OIT_EGG_CACHE") or os.path.join(tempfile.gettempdir(), "oit-watch-eggs")
_target = os.path.join(_cache, "@VERSION@")
if not os.path.isdir(_target):
    _tmp = f"{_target}.{os.getpid()}.tmp"
    with zipfile.ZipFile(__loader__.archive) as _egg:
        _egg.extractall(_tmp)
    try:
        os.rename(_tmp, _target)
    except OSError:  # another job extracted it first
        shutil.rmtree(_tmp, ignore_errors=True)
sys.path.insert(0, _target)
for _name in [m for m in sys.modules if m.split(".")[0] in ("crawler", "checklist", "oit")]:
    del sys.modules[_name]
from crawler.settings import *  # noqa: E402,F403
'''


def build_egg(root: Path = ROOT) -> tuple[str, bytes]:
    """(version, egg bytes): the ``crawler``, ``oit`` and ``checklist`` packages with their data
    files, and the ``scrapy`` entry point naming ``crawler.settings``. The version is
    the package version and a hash of the content, so unchanged code is not redeployed."""
    files: list[tuple[str, bytes]] = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*")):
            rel = path.relative_to(root)
            if path.is_file() and not _SKIP_PARTS & set(rel.parts) and path.suffix != ".pyc":
                files.append((rel.as_posix(), path.read_bytes()))
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode() + b"\0" + data)
    version = f"{__version__}-{digest.hexdigest()[:12]}"
    meta = {
        "EGG-INFO/PKG-INFO": f"Metadata-Version: 1.1\nName: {PROJECT}\nVersion: {__version__}\n",
        "EGG-INFO/entry_points.txt": f"[scrapy]\nsettings = {_BOOT}\n",
        "EGG-INFO/top_level.txt": "\n".join((*PACKAGES, _BOOT)) + "\n",
        "EGG-INFO/not-zip-safe": "\n",
        f"{_BOOT}.py": _BOOT_SOURCE.replace("@VERSION@", version),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as egg:
        for name, text in meta.items():
            egg.writestr(name, text)
        for name, data in files:
            egg.writestr(name, data)
    return version, buffer.getvalue()


# --------------------------------------------------------------------------- HTTP


class NodeDown(Exception):
    """The node did not answer (connection refused, timeout, 5xx)."""


# Basic-auth headers per host:port, from node URLs written http://user:password@host:port
# (Scrapyd's username/password); the URLs kept, shown and stored carry no password.
_AUTH: dict[str, str] = {}


def _node_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ClusterError(f"{url!r} is not a Scrapyd URL (http://host:port) / URL ไม่ถูกต้อง")
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    if parts.username is not None:
        token = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        _AUTH[netloc] = "Basic " + base64.b64encode(token.encode()).decode()
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def _call(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
          timeout: float = 30.0, raw: bool = False) -> Any:  # fmt: skip
    headers = dict(headers or {})
    auth = _AUTH.get(urllib.parse.urlsplit(url).netloc)
    if auth:
        headers["Authorization"] = auth
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 404 and raw:
            return None
        if exc.code >= 500:
            raise NodeDown(f"{url}: HTTP {exc.code}") from None
        raise ClusterError(f"{url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise NodeDown(f"{url}: {getattr(exc, 'reason', exc)}") from None
    if raw:
        return body
    answer = json.loads(body)
    if answer.get("status") == "error":
        raise ClusterError(f"{url}: {answer.get('message', '').strip()[:300]}")
    return answer


def _multipart(fields_: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields_.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                  f"{value}\r\n".encode())  # fmt: skip
    for name, (filename, data) in files.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                  f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode())  # fmt: skip
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


@dataclass
class Node:
    url: str
    jobs: dict[str, Task] = field(default_factory=dict)  # job id -> task
    down_since: float | None = None
    checked_at: float = 0.0

    def endpoint(self, name: str, **query: str) -> str:
        suffix = f"?{urllib.parse.urlencode(query)}" if query else ""
        return f"{self.url.rstrip('/')}/{name}{suffix}"

    def deploy(self, version: str, egg: bytes) -> None:
        body, ctype = _multipart({"project": PROJECT, "version": version},
                                 {"egg": (f"{PROJECT}-{version}.egg", egg)})  # fmt: skip
        _call(self.endpoint("addversion.json"), body, {"Content-Type": ctype}, timeout=120)

    def schedule(self, agency: Agency, version: str, settings: dict[str, Any]) -> str:
        pairs = [("project", PROJECT), ("spider", SPIDER), ("_version", version),
                 ("agency_json", json.dumps(asdict(agency), ensure_ascii=False))]  # fmt: skip
        pairs += [("setting", f"{k}={v}") for k, v in settings.items()]
        answer = _call(self.endpoint("schedule.json"), urllib.parse.urlencode(pairs).encode())
        return str(answer["jobid"])

    def cancel(self, job: str) -> None:
        data = urllib.parse.urlencode({"project": PROJECT, "job": job}).encode()
        with contextlib.suppress(NodeDown, ClusterError):  # best effort: its results are ignored
            _call(self.endpoint("cancel.json"), data, timeout=10)


@dataclass
class Task:
    crawl_id: int
    agency: Agency
    attempts: int = 0
    tried: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    deadline: float = 0.0
    server: str = ""  # crawler.servers: agencies of one server never crawl at once

    @property
    def server_key(self) -> str:
        return self.server or Servers().of(self.agency.url)


# --------------------------------------------------------------------------- the audit


def run_audit_scrapyd(
    agencies: Sequence[Agency],
    db_path: str | Path,
    as_of: dt.date,
    nodes: Sequence[str],
    *,
    per_node: int = 4,
    max_attempts: int = 3,
    poll_seconds: float = 1.0,
    grace_seconds: float = 120.0,
    down_seconds: float = 60.0,
    settings: dict[str, Any] | None = None,
    progress: ProgressFn | None = None,
    rules: Any = None,
) -> int:
    """Crawl ``agencies`` on the Scrapyd ``nodes`` as one new run; returns the run id.

    ``per_node``: jobs outstanding on a node at once (set it to the node's ``max_proc``).
    A job is given up after ``max_attempts`` tries (on other nodes when there are),
    after its time budget plus ``grace_seconds``, and when every node has been
    unreachable for ``down_seconds``.
    """
    from crawler.evaluation import Rules, crawl_findings

    rules = rules or Rules.default()
    cluster = [Node(url) for url in dict.fromkeys(_node_url(u) for u in nodes if u.strip())]
    if not cluster:
        raise ClusterError("no Scrapyd node given / ไม่ได้ระบุเครื่อง Scrapyd")
    version, egg = build_egg()
    _deploy(cluster, version, egg, progress)
    with open_db(db_path) as store:
        store.mark_interrupted_runs()
        store.upsert_agencies(agencies)
        run_id = store.start_run("audit", as_of, rules.checklist.version)
        servers = locate_servers(agency.url for agency in agencies)
        tasks = [Task(store.start_crawl(run_id, agency), agency, server=servers.of(agency.url))
                 for agency in agencies]  # fmt: skip
        dispatcher = _Dispatcher(store, cluster, (version, egg), settings or {}, per_node,
                                 max_attempts, poll_seconds, grace_seconds, down_seconds,
                                 progress)  # fmt: skip
        dispatcher.evaluate = lambda crawl_id: crawl_findings(store, store.crawl(crawl_id), as_of, rules)
        dispatcher.run(tasks)
        save_findings(store, run_id, as_of, rules, dispatcher.found)
        store.finish_run(run_id, "done")
    return run_id


def _deploy(cluster: list[Node], version: str, egg: bytes, progress: ProgressFn | None) -> None:
    """Deploy to every node at once (each runs ``scrapy list`` on the egg, seconds)."""

    def deploy(node: Node) -> str | None:
        try:
            node.deploy(version, egg)
        except NodeDown as exc:
            return str(exc)
        return None

    problems = []
    with ThreadPoolExecutor(max_workers=min(16, len(cluster))) as pool:
        for node, problem in zip(cluster, pool.map(deploy, cluster), strict=True):
            if problem is None:
                continue
            node.down_since = node.checked_at = time.monotonic()
            problems.append((node, problem))
    if all(node.down_since is not None for node in cluster):
        # One line for the user, not a progress line per node before it.
        raise ClusterError("no Scrapyd node reachable / ติดต่อเครื่อง Scrapyd ไม่ได้: "
                           + "; ".join(problem for _, problem in problems))  # fmt: skip
    for node, problem in problems:
        if progress:
            progress({"event": "node_down", "node": node.url, "detail": problem})


class _Dispatcher:
    def __init__(self, store: Store, cluster: list[Node], egg: tuple[str, bytes], settings: dict[str, Any],
                 per_node: int, max_attempts: int, poll: float, grace: float, down: float,
                 progress: ProgressFn | None) -> None:  # fmt: skip
        self.store, self.cluster = store, cluster
        self.version, self.egg = egg
        self.settings = {**JOB_SETTINGS, **{k: _setting(v) for k, v in settings.items()}}
        self.per_node, self.max_attempts = per_node, max_attempts
        self.poll, self.grace, self.down = poll, grace, down
        self.progress = progress
        self.queue: deque[Task] = deque()
        # Findings rows of each crawl, evaluated as its results come in (the collector waits on
        # the nodes meanwhile), so the run's evaluation is not all left for after the last crawl.
        self.evaluate: Callable[[int], list[dict[str, Any]]] | None = None
        self.found: dict[int, list[dict[str, Any]]] = {}

    def emit(self, **event: Any) -> None:
        if self.progress:
            self.progress(event)

    def run(self, tasks: Iterable[Task]) -> None:
        self.queue.extend(tasks)
        try:
            self._loop()
        except BaseException:  # interrupted: leave nothing crawling for a run that is over
            for node in self.cluster:
                for job in list(node.jobs):
                    node.cancel(job)
            raise

    def _loop(self) -> None:
        while self.queue or any(node.jobs for node in self.cluster):
            self._revive()
            live = [n for n in self.cluster if n.down_since is None]
            if not live and self._all_down_for() >= self.down:
                while self.queue:
                    self._give_up(self.queue.popleft(), "no Scrapyd node reachable")
                break
            self._fill(live)
            time.sleep(self.poll)
            for node in live:
                if node.jobs and node.down_since is None:
                    self._check(node)

    # -- scheduling ---------------------------------------------------------------
    def _fill(self, live: list[Node]) -> None:
        # One job per server at a time in the whole cluster: a job enforces 2 requests in flight per
        # host, so agencies sharing a host or an address (a hosting provider, a ministry's
        # sub-sites) crawl one after another instead of 2 requests each at once from several nodes.
        busy = {t.server_key for n in self.cluster for t in n.jobs.values()}
        waiting = len(self.queue)
        for _ in range(waiting):
            if not self.queue:
                break
            task = self.queue.popleft()
            node = None if task.server_key in busy else self._pick(task, live)
            if node is None:
                self.queue.append(task)
                continue
            settings = {**self.settings, "CLOSESPIDER_TIMEOUT": task.agency.budget.max_seconds}
            try:
                job = node.schedule(task.agency, self.version, settings)
            except (NodeDown, ClusterError) as exc:  # refused (e.g. restarted without its eggs): redeploy later
                self.queue.appendleft(task)
                self._node_down(node, str(exc))
                continue
            if not task.attempts:
                self.store.mark_crawl_running(task.crawl_id)
            task.attempts += 1
            task.tried.append(node.url)
            task.deadline = time.monotonic() + task.agency.budget.max_seconds + self.grace
            node.jobs[job] = task
            busy.add(task.server_key)
            self.emit(event="scheduled", agency=task.agency.id, node=node.url, job=job,
                      attempt=task.attempts)  # fmt: skip

    def _pick(self, task: Task, live: list[Node]) -> Node | None:
        """A live node with room, one this crawl has not failed on first, the least busy."""
        free = [n for n in live if n.down_since is None and len(n.jobs) < self.per_node]
        if not free:
            return None
        fresh = [n for n in free if n.url not in task.tried] or free
        return min(fresh, key=lambda n: (n.url in task.tried, len(n.jobs)))

    # -- results --------------------------------------------------------------------
    def _check(self, node: Node) -> None:
        try:
            listing = _call(node.endpoint("listjobs.json", project=PROJECT), timeout=30)
        except (NodeDown, ClusterError) as exc:
            self._node_down(node, str(exc))
            return
        finished = {j["id"]: j for j in listing.get("finished", [])}
        known = {j["id"] for key in ("pending", "running") for j in listing.get(key, [])}
        now = time.monotonic()
        for job, task in list(node.jobs.items()):
            if node.down_since is not None:
                break  # went down while collecting: _node_down re-queued the rest
            if job in finished:
                del node.jobs[job]
                self._collect(node, job, task, finished[job])
            elif job not in known:  # the node restarted between two polls: the job is gone
                del node.jobs[job]
                self._retry(task, f"{node.url}: job {job} lost (Scrapyd restarted?)")
            elif now > task.deadline:
                del node.jobs[job]
                node.cancel(job)
                self._retry(task, f"{node.url}: job {job} ran past its deadline")

    def _collect(self, node: Node, job: str, task: Task, info: dict[str, Any]) -> None:
        base = node.url.rstrip("/")
        log_url = base + (info.get("log_url") or f"/logs/{PROJECT}/{SPIDER}/{job}.log")
        items_url = base + (info.get("items_url") or f"/items/{PROJECT}/{SPIDER}/{job}.jl")
        try:
            log = _call(log_url, raw=True, timeout=60)
            outcome = _outcome_from_log(log or b"")
            items = _call(items_url, raw=True, timeout=300) if outcome else None
            pages = [page_from_json(json.loads(line)["page"])
                     for line in (items or b"").splitlines() if line.strip()]  # fmt: skip
        except NodeDown as exc:
            self._node_down(node, str(exc))
            self._retry(task, str(exc))
            return
        except (ClusterError, ValueError, KeyError, TypeError) as exc:
            self._retry(task, f"{node.url}: job {job} results unreadable: {exc}"[:300])
            return
        if outcome is None:
            self._retry(task, f"{node.url}: job {job} ended without a crawl outcome")
            return
        if len(pages) < outcome.pages:  # items file gone or cut (jobs_to_keep, disk full)
            self._retry(task, f"{node.url}: job {job} items incomplete ({len(pages)} of {outcome.pages})")
            return
        for page in pages:
            self.store.save_page(task.crawl_id, page)
        count = self.store.page_count(task.crawl_id)
        outcome = CrawlOutcome(**{**asdict(outcome), "pages": count})
        self.store.finish_crawl(task.crawl_id, outcome)
        self.emit(event="crawl_done", agency=task.agency.id, status=outcome.status, pages=count,
                  reason=outcome.reason, node=node.url)  # fmt: skip
        if self.evaluate is not None:
            with contextlib.suppress(Exception):  # evaluated again at the end, where a problem shows
                self.found[task.crawl_id] = self.evaluate(task.crawl_id)

    def _retry(self, task: Task, error: str) -> None:
        task.errors.append(error)
        self.emit(event="retry", agency=task.agency.id, detail=error, attempt=task.attempts)
        if task.attempts >= self.max_attempts:
            self._give_up(task, "; ".join(task.errors))
        else:
            self.queue.appendleft(task)

    def _give_up(self, task: Task, detail: str) -> None:
        reason = ("the crawl did not complete on any Scrapyd node / "
                  "การเก็บข้อมูลไม่สำเร็จบนเครื่อง Scrapyd ใด") + f" — {detail}"[:600]  # fmt: skip
        outcome = CrawlOutcome("failed", self.store.page_count(task.crawl_id), 0, error="cluster",
                               reason=reason)  # fmt: skip
        self.store.finish_crawl(task.crawl_id, outcome)
        self.emit(event="crawl_done", agency=task.agency.id, status="failed", pages=outcome.pages,
                  reason=reason)  # fmt: skip

    # -- nodes ------------------------------------------------------------------------
    def _node_down(self, node: Node, detail: str) -> None:
        """The node stopped answering: its outstanding jobs are crawled elsewhere."""
        if node.down_since is None:
            node.down_since = node.checked_at = time.monotonic()
            self.emit(event="node_down", node=node.url, detail=detail)
        for job, task in list(node.jobs.items()):
            del node.jobs[job]
            self._retry(task, f"{node.url} down: {detail}")

    def _revive(self) -> None:
        """Ask nodes that were down again, every 10 s."""
        now = time.monotonic()
        for node in self.cluster:
            if node.down_since is None or now - node.checked_at < 10:
                continue
            node.checked_at = now
            try:
                _call(node.endpoint("daemonstatus.json"), timeout=5)
                node.deploy(self.version, self.egg)
            except (NodeDown, ClusterError):
                continue
            node.down_since = None
            self.emit(event="node_up", node=node.url)

    def _all_down_for(self) -> float:
        since = [n.down_since for n in self.cluster if n.down_since is not None]
        return time.monotonic() - max(since) if len(since) == len(self.cluster) else 0.0


def _setting(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _outcome_from_log(log: bytes) -> CrawlOutcome | None:
    """The crawl outcome logged at close (the last one, if the log holds several)."""
    marker = OUTCOME_LOG_PREFIX.encode()
    for line in reversed(log.splitlines()):
        at = line.find(marker)
        if at >= 0:
            try:
                data = json.loads(line[at + len(marker):].decode("utf-8"))
                return CrawlOutcome(**data)
            except (ValueError, TypeError):
                return None
    return None
