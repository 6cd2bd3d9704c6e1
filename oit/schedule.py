"""Scheduled audits: the TOML config, its validation, the lock, one job run, the scheduler.

The library behind ``oit schedule``. A job audits one agencies CSV into one
database, then writes its reports. Both steps run as child processes
(``python -m oit.cli audit`` / ``report``): Twisted's reactor cannot be
restarted in one process, and a crashing audit must not take the scheduler
down with it.

Safety rules, the same for the crontab lines of :func:`crontab_lines` (each runs
``oit schedule --run-now JOB``, i.e. :func:`run_job`):

- a job never overlaps itself: ``flock`` on ``<db>.<job>.lock``, taken without
  waiting; when it is held the run is skipped and logged. The kernel drops the
  lock when its process dies, so a killed run never blocks the next one;
- jobs on the same database run one after the other: ``flock`` on
  ``<db>.lock``, waited for (an audit marks any run still "running" in its
  database as interrupted, so two audits of one database must not overlap);
- a failed job is logged with its reason and simply runs again at its next slot.

After the reports, a job can send the changes its run brought (``alerts``,
oit/alerts.py) and apply retention (``keep_runs``, ``oit.history.prune``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import functools
import json
import logging
import logging.handlers
import os
import re
import shlex
import shutil
import signal
import string
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

from checklist import configfile
from checklist.configfile import ConfigError
from reports import clock

__all__ = [
    "Alerts",
    "FileLock",
    "Job",
    "JobResult",
    "ReportTarget",
    "ScheduleConfig",
    "ScheduleError",
    "build_scheduler",
    "cron_trigger",
    "crontab_lines",
    "describe",
    "last_started",
    "load_config",
    "missed_slot",
    "next_runs",
    "run_job",
    "serve",
    "setup_logging",
]

DEFAULT_TIMEZONE = clock.DEFAULT_TIMEZONE
DEFAULT_CRAWL_JOBS: int | None = None  # None: oit audit's own default (measured for real latency)
DEFAULT_MISFIRE_GRACE_MINUTES = 24 * 60  # a quarterly audit a day late beats one a quarter late
LOG_NAME = "oit-schedule.log"
PLACEHOLDERS = ("date", "run", "job")
LOCK_POLL_SECONDS = 0.5
EXIT_SKIPPED = 75  # EX_TEMPFAIL: the job is already running; try again later
_RUN_LINE = re.compile(r"^run (\d+):", re.MULTILINE)  # what `oit audit` prints on success
_JOB_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


class ScheduleError(ConfigError):
    """A broken schedule config; the message is one line naming the file, the job and the problem."""


# --------------------------------------------------------------------------- config


@dataclass(frozen=True)
class ReportTarget:
    """One report file a job writes; ``path`` is absolute and may hold {date} {run} {job}."""

    format: str
    path: str

    def render(self, job: str, as_of: dt.date, run_id: int) -> Path:
        return Path(self.path.format(date=as_of.isoformat(), run=run_id, job=job))


@dataclass(frozen=True)
class Alerts:
    """Where a job sends the changes its run brought: targets per channel (oit/channels),
    the channels' settings by key (``smtp``, ``from``...), flap suppression, and whether to
    send when nothing changed. ``alerts.email`` reads the targets of the channel ``email``.
    """

    targets: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict, hash=False)
    options: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False)
    stable: int = 1
    always: bool = False

    def __getattr__(self, name: str) -> tuple[str, ...]:
        from oit.channels import CHANNELS

        if name in {c.name for c in CHANNELS}:
            return self.targets.get(name, ())
        raise AttributeError(name)

    def all_targets(self) -> list[str]:
        return [t for targets in self.targets.values() for t in targets]


@dataclass(frozen=True)
class Job:
    """One scheduled job: audit ``agencies`` into ``db`` when ``cron`` fires, then report."""

    name: str
    agencies: Path
    cron: str
    db: Path
    timezone: str = DEFAULT_TIMEZONE
    crawl_jobs: int | None = DEFAULT_CRAWL_JOBS
    reports: tuple[ReportTarget, ...] = ()
    keep_runs: int | None = None
    misfire_grace_minutes: int = DEFAULT_MISFIRE_GRACE_MINUTES
    timeout_minutes: int | None = None
    alerts: Alerts | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def trigger(self) -> BaseTrigger:
        return cron_trigger(self.cron, self.tz)

    @property
    def job_lock(self) -> Path:
        """Held for the whole run: a second run of the same job is skipped."""
        return self.db.with_name(f"{self.db.name}.{self.name}.lock")

    @property
    def db_lock(self) -> Path:
        """Held while the database is written: other jobs on it wait their turn."""
        return self.db.with_name(f"{self.db.name}.lock")


@dataclass(frozen=True)
class ScheduleConfig:
    path: Path
    log_file: Path
    jobs: tuple[Job, ...]

    def job(self, name: str) -> Job:
        for job in self.jobs:
            if job.name == name:
                return job
        known = ", ".join(j.name for j in self.jobs)
        raise ScheduleError(f"{self.path}: ไม่มีงานชื่อ / no job named {name!r} (jobs: {known})")


_positive = functools.partial(configfile.whole_number, 1)
_text = configfile.text


def _timezone(value: Any) -> str | None:
    if _text(value):
        return _text(value)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {value!r} (e.g. {DEFAULT_TIMEZONE!r})"
    return None


def _reports(value: Any) -> str | None:
    return None if isinstance(value, list) else "must be a list of {format, path} tables"


# key -> check; a check returns None or the problem. Top-level keys are defaults for every job.
JOB_KEYS: dict[str, Callable[[Any], str | None]] = {
    "agencies": _text,
    "cron": _text,
    "db": _text,
    "timezone": _timezone,
    "crawl_jobs": _positive(64),
    "reports": _reports,
    "keep_runs": _positive(10_000),
    "misfire_grace_minutes": _positive(60 * 24 * 31),
    "timeout_minutes": _positive(60 * 24 * 7),
    "alerts": configfile.is_table,
}
# [jobs.NAME.alerts]: each channel's targets and settings (oit/channels), then these
ALERT_KEYS: dict[str, Callable[[Any], str | None]] = {
    "stable": _positive(50),
    "always": configfile.flag,
}
REQUIRED_JOB_KEYS = ("agencies", "cron")
DEFAULTABLE_KEYS = (
    "db",
    "timezone",
    "crawl_jobs",
    "keep_runs",
    "misfire_grace_minutes",
    "timeout_minutes",
)
TOP_KEYS = ("log_file", "jobs", *DEFAULTABLE_KEYS)


def load_config(path: str | Path) -> ScheduleConfig:
    """Read and validate a schedule TOML; relative paths count from the config's folder."""
    path = Path(path).absolute()
    raw = configfile.read_toml(path, ScheduleError, "schedule config")
    base = path.parent

    def fail(problem: str, job: str | None = None) -> ScheduleError:
        where = f"job {job!r}: " if job else ""
        return ScheduleError(f"{path}: {where}{problem}")

    if problem := configfile.unknown_key(raw, TOP_KEYS):
        raise fail(problem)
    defaults = {k: raw[k] for k in DEFAULTABLE_KEYS if k in raw}
    if problem := configfile.table_problem(defaults, JOB_KEYS):
        raise fail(problem)
    tables = raw.get("jobs")
    if not isinstance(tables, dict) or not tables:
        raise fail("no jobs: add a [jobs.NAME] table / ไม่มีงาน")

    jobs = tuple(_job(name, table, defaults, base, fail) for name, table in tables.items())
    log_value = raw.get("log_file")
    if log_value is not None and _text(log_value):
        raise fail(f"log_file {_text(log_value)}")
    log_file = _path(base, log_value) if log_value else jobs[0].db.parent / LOG_NAME
    return ScheduleConfig(path=path, log_file=log_file, jobs=jobs)


def _job(
    name: str, table: Any, defaults: dict[str, Any], base: Path, fail: Callable[..., ScheduleError]
) -> Job:
    if not _JOB_NAME.match(name):
        raise fail("job names use letters, digits, '-' and '_' only", name)
    if not isinstance(table, dict):
        raise fail("must be a table [jobs.NAME]", name)
    if problem := configfile.unknown_key(table, JOB_KEYS):
        raise fail(problem, name)
    values = {**defaults, **table}
    if problem := configfile.table_problem(values, JOB_KEYS, REQUIRED_JOB_KEYS):
        raise fail(problem, name)
    try:
        cron_trigger(values["cron"], ZoneInfo(values.get("timezone", DEFAULT_TIMEZONE)))
    except ValueError as exc:
        raise fail(f"cron {values['cron']!r}: {exc}", name) from None
    if "db" in values:
        db = _path(base, values["db"])
    else:
        from crawler.store import default_db_path

        db = default_db_path()
    reports = tuple(
        _report_target(i, entry, base, name, fail)
        for i, entry in enumerate(values.get("reports", []), start=1)
    )
    paths = [r.path for r in reports]
    if len(set(paths)) != len(paths):
        raise fail("two reports write the same path", name)
    alerts = _alerts(values["alerts"], name, fail) if "alerts" in values else None
    values.update(
        name=name,
        agencies=_path(base, values["agencies"]),
        db=db.absolute(),
        reports=reports,
        alerts=alerts,
    )
    return Job(**values)


def _alerts(table: dict[str, Any], job: str, fail: Callable[..., ScheduleError]) -> Alerts:
    from oit.channels import CHANNELS, names, settings

    channels = {c.name: c for c in CHANNELS}
    options = {s.key: s.initial() for s in settings()}
    checks = {**{s.key: s.check for s in settings()}, **ALERT_KEYS}
    known = [*channels, *checks]
    targets: dict[str, tuple[str, ...]] = {}
    common: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise fail(f"alerts: unknown key {key!r} (known: {', '.join(known)})", job)
        check = channels[key].check_targets if key in channels else checks[key]
        if check and (problem := check(value)):
            raise fail(f"alerts.{key} {problem}", job)
        if key in channels:
            targets[key] = tuple(value)
        elif key in ALERT_KEYS:
            common[key] = value
        else:
            options[key] = value
    if not any(targets.values()):
        raise fail(f"alerts needs {names()} / ต้องระบุปลายทางการแจ้งเตือน", job)
    return Alerts(targets=targets, options=options, **common)


def _report_target(
    index: int, entry: Any, base: Path, job: str, fail: Callable[..., ScheduleError]
) -> ReportTarget:
    where = f"reports[{index}]"
    if not isinstance(entry, dict) or set(entry) != {"format", "path"}:
        raise fail(f"{where} must be a table with 'format' and 'path' only", job)
    from reports.formats import FORMATS

    fmt, given = entry["format"], entry["path"]
    if fmt not in FORMATS:
        raise fail(f"{where}: format {fmt!r} is not one of {', '.join(FORMATS)}", job)
    if _text(given):
        raise fail(f"{where}: path {_text(given)}", job)
    path = str(_path(base, given))  # checked whole: a brace in a folder name would break .format
    try:
        parsed = [
            (f, spec, conv) for _, f, spec, conv in string.Formatter().parse(path) if f is not None
        ]
    except ValueError as exc:
        raise fail(f"{where}: path {given!r}: {exc}", job) from None
    if any(spec or conv for _, spec, conv in parsed):
        raise fail(f"{where}: path {given!r}: placeholders take no format spec", job)
    fields = {f for f, _, _ in parsed}
    if unknown := fields - set(PLACEHOLDERS):
        names = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        raise fail(
            f"{where}: path {given!r}: unknown placeholder {{{sorted(unknown)[0]}}} (use {names})",
            job,
        )
    return ReportTarget(format=fmt, path=path)


def _path(base: Path, value: str) -> Path:
    return (base / Path(value).expanduser()).absolute()


# --------------------------------------------------------------------------- cron expressions

CRON_ALIASES = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # cron numbering: 0 (and 7) = Sunday
# (name, lowest, highest, names) in crontab order
_FIELDS = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, _MONTHS),
    ("day of week", 0, 7, _WEEKDAYS),
)
_ITEM = re.compile(r"^(?:(?P<star>\*)|(?P<a>\w+)(?:-(?P<b>\w+))?)(?:/(?P<step>\d+))?$")


def _expand(field: str, spec: tuple[str, int, int, tuple[str, ...]]) -> set[int]:
    """The values a crontab field selects, or ValueError naming the problem."""
    name, low, high, names = spec

    def value(token: str) -> int:
        if token.isdigit():
            number = int(token)
        elif token.lower() in names:
            number = names.index(token.lower()) + (1 if names is _MONTHS else 0)
        else:
            raise ValueError(f"{name}: {token!r} is not a value")
        if not low <= number <= high:
            raise ValueError(f"{name}: {number} is outside {low}-{high}")
        return number

    selected: set[int] = set()
    for item in field.split(","):
        match = _ITEM.match(item)
        if not match:
            raise ValueError(f"{name}: {item!r} is not cron syntax")
        if match["star"]:
            first, last = low, high
        else:
            first = value(match["a"])
            last = value(match["b"]) if match["b"] else first
            if match["step"] and not match["b"]:
                raise ValueError(f"{name}: a step needs a range or '*' ({item!r})")
        step = int(match["step"] or 1)
        if step < 1 or first > last:
            raise ValueError(f"{name}: {item!r} selects nothing")
        selected.update(range(first, last + 1, step))
    return selected


def cron_trigger(expr: str, tz: ZoneInfo) -> BaseTrigger:
    """An APScheduler trigger that fires exactly when cron would fire ``expr``.

    Two differences of ``CronTrigger.from_crontab`` are corrected: it counts
    weekdays from Monday (cron: 0 = Sunday), and it ANDs day-of-month with
    day-of-week where cron ORs them when both are restricted.
    """
    expr = CRON_ALIASES.get(expr.strip().lower(), expr.strip())
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError(f"needs 5 fields (minute hour day month weekday), got {len(fields)}")
    for field, spec in zip(fields, _FIELDS, strict=True):
        _expand(field, spec)  # validates every field the way cron reads it
    minute, hour, dom, month, dow = fields
    month = month.lower()
    if not dow.startswith("*") or "/" in dow:
        days = sorted({d % 7 for d in _expand(dow, _FIELDS[4])})
        dow = ",".join(_WEEKDAYS[d] for d in days)

    def make(day: str, weekday: str) -> CronTrigger:
        return CronTrigger.from_crontab(f"{minute} {hour} {day} {month} {weekday}", timezone=tz)

    if dom.startswith("*") or fields[4].startswith("*"):
        return make(dom, dow)
    return OrTrigger([make(dom, "*"), make("*", dow)])


def next_runs(job: Job, count: int = 3, now: dt.datetime | None = None) -> list[dt.datetime]:
    """The job's next ``count`` fire times after ``now``, in its time zone."""
    trigger, moment = job.trigger, now or dt.datetime.now(job.tz)
    times: list[dt.datetime] = []
    previous = None
    while len(times) < count:
        nxt = trigger.get_next_fire_time(previous, moment)
        if nxt is None:
            break
        times.append(nxt)
        previous, moment = nxt, nxt + dt.timedelta(seconds=1)
    return times


# --------------------------------------------------------------------------- the lock


class FileLock:
    """An exclusive ``flock`` on a file: the kernel drops it when the holder dies.

    The file is never deleted (deleting a lock file others wait on breaks the
    lock); while held it names its holder, and afterwards it keeps the last
    holder's start time (see :func:`last_started`). ``flock(1)`` on the same file
    takes the same lock.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, note: dict[str, Any] | None = None) -> bool:
        """Take the lock without waiting; ``False`` when another process or run holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        if note is not None:
            os.ftruncate(fd, 0)
            os.write(fd, (json.dumps({"pid": os.getpid(), **note}) + "\n").encode())
        self._fd = fd
        return True

    def wait(self, stop: threading.Event, note: dict[str, Any] | None = None) -> bool:
        """Take the lock, polling so a stopping scheduler is not stuck; ``False`` if stopped."""
        while not self.acquire(note):
            if stop.wait(LOCK_POLL_SECONDS):
                return False
        return True

    def holder(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8").strip() or "unknown"
        except OSError:
            return "unknown"

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


@contextmanager
def _held(lock: FileLock) -> Iterator[FileLock]:
    try:
        yield lock
    finally:
        lock.release()


def last_started(job: Job) -> dt.datetime | None:
    """When the job last started a run (from its lock file), or ``None``."""
    try:
        note = json.loads(job.job_lock.read_text(encoding="utf-8"))
        return dt.datetime.fromisoformat(note["started_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def missed_slot(job: Job, now: dt.datetime) -> dt.datetime | None:
    """A slot within the misfire grace that passed while no scheduler ran, or ``None``.

    The in-memory job store forgets slots missed while the scheduler was down
    (a reboot on audit night); a job that has run before and whose latest slot
    is within ``misfire_grace_minutes`` runs once on start. A brand-new job
    waits for its first slot.
    """
    last = last_started(job)
    if last is None or last.tzinfo is None:
        return None
    trigger, latest = job.trigger, None
    slot = trigger.get_next_fire_time(None, now - dt.timedelta(minutes=job.misfire_grace_minutes))
    while slot is not None and slot < now:  # the latest slot of the grace window
        latest, slot = slot, trigger.get_next_fire_time(slot, slot + dt.timedelta(seconds=1))
    return latest if latest is not None and last < latest else None


# --------------------------------------------------------------------------- running one job


@dataclass(frozen=True)
class JobResult:
    job: str
    status: str  # done | skipped | failed
    as_of: dt.date
    run_id: int | None = None
    outputs: tuple[Path, ...] = ()
    reason: str = ""


class _StepFailed(Exception):
    pass


_children: set[subprocess.Popen[str]] = set()
_children_lock = threading.Lock()
_stopping = threading.Event()


def _child_env() -> dict[str, str]:
    env = dict(os.environ, PYTHAINLP_OFFLINE="1")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _kill(proc: subprocess.Popen[str]) -> None:
    """Stop a step and its crawl worker: they share a process group of their own."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def terminate_children() -> None:
    """Stop every running step (the scheduler is shutting down)."""
    _stopping.set()
    with _children_lock:
        running = list(_children)
    for proc in running:
        _kill(proc)


def _step(args: list[str], log: logging.Logger, job: Job, level: int = logging.INFO) -> str:
    """Run ``oit ARGS`` as a child process; its output goes to the log at ``level``; returns it."""
    if _stopping.is_set():
        raise _StepFailed("scheduler is stopping / กำลังหยุดตัวจัดตาราง")
    command = [sys.executable, "-m", "oit.cli", *args]
    try:  # a session of its own: a timeout or shutdown stops the step and its crawl worker
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=_child_env(),
            start_new_session=True,
        )
    except OSError as exc:
        raise _StepFailed(f"cannot start oit {args[0]}: {exc}") from None
    with _children_lock:
        _children.add(proc)
    timed_out = threading.Event()
    timer = None
    if job.timeout_minutes:
        timer = threading.Timer(job.timeout_minutes * 60, lambda: (timed_out.set(), _kill(proc)))
        timer.daemon = True
        timer.start()
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.rstrip()
            if line:
                lines.append(line)
                log.log(level, "[%s] %s", job.name, line)
        code = proc.wait()
    except BaseException:
        _kill(proc)
        raise
    finally:
        if timer:
            timer.cancel()
        with _children_lock:
            _children.discard(proc)
    if code != 0:
        errors = [ln for ln in lines if ln.startswith("oit: ")] or lines or [""]
        detail = errors[-1].removeprefix("oit: error: ") or f"exit status {code}"
        if timed_out.is_set():
            detail = f"stopped after timeout_minutes = {job.timeout_minutes} / เกินเวลาที่กำหนด"
        elif code < 0:
            detail = f"stopped by signal {-code} / ถูกหยุด"
        raise _StepFailed(f"oit {args[0]}: {detail}")
    return "\n".join(lines)


def _audit(job: Job, as_of: dt.date, log: logging.Logger) -> int:
    jobs = ["--jobs", str(job.crawl_jobs)] if job.crawl_jobs else []
    output = _step(
        ["audit", str(job.agencies), "--db", str(job.db), "--as-of", as_of.isoformat(), *jobs],
        log,
        job,
    )
    match = _RUN_LINE.search(output)
    if not match:
        raise _StepFailed("oit audit printed no run id")
    return int(match[1])


def _write_report(
    job: Job, target: ReportTarget, run_id: int, as_of: dt.date, log: logging.Logger
) -> Path:
    """Write one report; a partial file never replaces a good one."""
    path = target.render(job.name, as_of, run_id)
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _step(
            [
                "report",
                "--db",
                str(job.db),
                "--run",
                str(run_id),
                "--as-of",
                as_of.isoformat(),
                "--format",
                target.format,
                "-o",
                str(partial),
            ],
            log,
            job,
            logging.DEBUG,
        )  # its "wrote <partial file>" would mislead; the final path is logged
        os.replace(partial, path)
    except OSError as exc:
        raise _StepFailed(f"cannot write {path}: {exc.strerror}") from None
    finally:
        partial.unlink(missing_ok=True)
    return path


def run_job(job: Job, log: logging.Logger, *, now: dt.datetime | None = None) -> JobResult:
    """Run one job once: audit, every report, alerts, retention. Never raises for a failed step.

    ``now`` (default: the clock) fixes the audit's ``as_of`` day, in the job's
    time zone. Returns ``skipped`` when a run of the same job still holds its
    lock, ``failed`` with the reason when a step failed.
    """
    started = (now or dt.datetime.now(job.tz)).astimezone(job.tz)
    as_of = started.date()
    job_lock, db_lock = FileLock(job.job_lock), FileLock(job.db_lock)
    try:
        if not job_lock.acquire({"job": job.name, "started_at": started.isoformat()}):
            reason = (
                f"previous run still running (lock {job.job_lock} held; "
                f"last started by {job_lock.holder()})"
            )
            log.warning("job %s skipped / ข้ามรอบนี้: %s", job.name, reason)
            return JobResult(job.name, "skipped", as_of, reason=reason)
    except OSError as exc:
        return _failed(job, as_of, log, f"cannot create lock {job.job_lock}: {exc.strerror}")
    with _held(job_lock):
        log.info(
            "job %s started / เริ่มงาน: as of %s, agencies %s, db %s",
            job.name,
            as_of,
            job.agencies,
            job.db,
        )
        if not db_lock.acquire({"job": job.name}):
            log.info("job %s waits for the database / รอฐานข้อมูล: %s", job.name, db_lock.holder())
            if not db_lock.wait(_stopping, {"job": job.name}):
                return _failed(job, as_of, log, "scheduler stopped while waiting for the database")
        with _held(db_lock):
            try:
                run_id = _audit(job, as_of, log)
            except _StepFailed as exc:
                return _failed(job, as_of, log, str(exc))
            outputs, problems = [], []
            for target in job.reports:
                try:
                    outputs.append(_write_report(job, target, run_id, as_of, log))
                except _StepFailed as exc:
                    problems.append(str(exc))
            # alerts before retention: the changes need the run before this one
            for step, wanted in ((_send_alerts, job.alerts), (_prune, job.keep_runs)):
                if wanted and (problem := _in_process(step, job, run_id, log)):
                    problems.append(problem)
    if problems:
        return _failed(job, as_of, log, "; ".join(problems), run_id, tuple(outputs))
    log.info(
        "job %s done / เสร็จ: run %s, %d report(s): %s",
        job.name,
        run_id,
        len(outputs),
        ", ".join(map(str, outputs)) or "-",
    )
    return JobResult(job.name, "done", as_of, run_id, tuple(outputs))


def _in_process(
    step: Callable[[Job, int, logging.Logger], str | None],
    job: Job,
    run_id: int,
    log: logging.Logger,
) -> str | None:
    """Run an in-process step (no Twisted there); any error becomes the job's failure reason."""
    try:
        return step(job, run_id, log)
    except Exception as exc:  # the store, SMTP, HTTP...: the run itself is kept either way
        return f"{step.__name__.strip('_').replace('_', ' ')}: {type(exc).__name__}: {exc}"


def _send_alerts(job: Job, run_id: int, log: logging.Logger) -> str | None:
    """Send the changes this run brought, like ``oit alert --run RUN``; the problem or None."""
    from crawler.store import open_db
    from oit.channels import send_alerts
    from oit.history import HistoryError, diff_for_run, has_news

    alerts = job.alerts
    assert alerts is not None
    try:
        with open_db(job.db, readonly=True) as store:
            changes = diff_for_run(store, run_id, alerts.stable)
    except HistoryError as exc:  # the first run of its kind: nothing to compare yet
        log.info("job %s: no alert / ไม่แจ้งเตือน: %s", job.name, exc)
        return None
    if not (has_news(changes) or alerts.always):
        log.info("job %s: no changes, nothing sent / ไม่มีการเปลี่ยนแปลง", job.name)
        return None
    failed = []
    for delivery in send_alerts(changes, alerts.targets, alerts.options):
        if delivery.ok:
            log.info(
                "job %s: alert sent / ส่งแจ้งเตือนแล้ว: %s (%s)",
                job.name,
                delivery.target,
                delivery.detail,
            )
        else:
            failed.append(f"alert not sent to {delivery.target}: {delivery.detail}")
    return "; ".join(failed) or None


def _prune(job: Job, run_id: int, log: logging.Logger) -> str | None:
    """Retention, like ``oit prune``: keep the database's last ``keep_runs`` runs of each kind."""
    from crawler.store import open_db
    from oit.history import prune

    assert job.keep_runs is not None
    with open_db(job.db) as store:
        result = prune(store, job.keep_runs)
    log.info(
        "job %s: kept the last %d runs / เก็บ %d รอบล่าสุด: deleted runs %s",
        job.name,
        job.keep_runs,
        job.keep_runs,
        list(result.deleted) or "none",
    )
    if result.integrity and result.integrity != "ok":
        return f"prune: integrity check says {result.integrity!r}"
    return None


def _failed(
    job: Job,
    as_of: dt.date,
    log: logging.Logger,
    reason: str,
    run_id: int | None = None,
    outputs: tuple[Path, ...] = (),
) -> JobResult:
    log.error("job %s failed / ล้มเหลว: %s (next try at its next slot)", job.name, reason)
    return JobResult(job.name, "failed", as_of, run_id, outputs, reason)


# --------------------------------------------------------------------------- the scheduler


def setup_logging(log_file: Path, stream: Any = None) -> logging.Logger:
    """Log to ``log_file`` and stdout, with timestamps; replaces earlier handlers of ours."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    formatter = logging.Formatter(
        "%(asctime)s %(levelname)s %(message)s", datefmt="%Y-%m-%dT%H:%M:%S%z"
    )
    handlers: list[logging.Handler] = [  # Watched: reopens the file after logrotate moves it
        logging.handlers.WatchedFileHandler(log_file, encoding="utf-8"),
        logging.StreamHandler(stream or sys.stdout),
    ]
    for handler in handlers:
        handler.setFormatter(formatter)
    for name, level in (("oit.schedule", logging.INFO), ("apscheduler", logging.WARNING)):
        logger = logging.getLogger(name)
        for old in list(logger.handlers):
            logger.removeHandler(old)
            old.close()
        for handler in handlers:
            logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = False
    return logging.getLogger("oit.schedule")


def _scheduled(job: Job, log: logging.Logger) -> None:
    """The APScheduler job: nothing escapes, so one bad run never stops the scheduler."""
    try:
        run_job(job, log)
    except Exception as exc:  # a bug of ours, not the audit: log it, keep the scheduler alive
        log.exception(
            "job %s failed / ล้มเหลว: unexpected %s: %s", job.name, type(exc).__name__, exc
        )


def build_scheduler(
    config: ScheduleConfig,
    log: logging.Logger,
    scheduler: BaseScheduler,
    *,
    now: dt.datetime | None = None,
    trigger_for: Callable[[Job], BaseTrigger] | None = None,
) -> BaseScheduler:
    """Add every job of ``config`` to ``scheduler`` (not started).

    One instance per job, missed slots coalesced into one run, a run up to
    ``misfire_grace_minutes`` late still runs. ``trigger_for`` replaces the
    cron triggers (tests drive the scheduler with short intervals).
    """
    for job in config.jobs:
        options: dict[str, Any] = {}
        slot = missed_slot(job, now or dt.datetime.now(job.tz)) if trigger_for is None else None
        if slot is not None:
            log.warning(
                "job %s missed its slot %s while the scheduler was not running; "
                "running it now / รันรอบที่พลาดทันที",
                job.name,
                slot.isoformat(),
            )
            options["next_run_time"] = now or dt.datetime.now(job.tz)
        scheduler.add_job(
            _scheduled,
            trigger_for(job) if trigger_for else job.trigger,
            args=[job, log],
            id=job.name,
            name=job.name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=job.misfire_grace_minutes * 60,
            replace_existing=True,
            **options,
        )
    return scheduler


def serve(config: ScheduleConfig, log: logging.Logger) -> None:
    """Run the jobs until SIGTERM or Ctrl-C (BlockingScheduler); running steps are stopped."""
    from apscheduler.schedulers.blocking import BlockingScheduler

    _stopping.clear()
    scheduler = build_scheduler(config, log, BlockingScheduler(timezone=config.jobs[0].tz))
    log.info("oit schedule started / เริ่มตัวจัดตาราง: %s, log %s", config.path, config.log_file)
    for line in describe(config):
        log.info("%s", line)

    def stop(signum: int, frame: Any) -> None:
        log.info("stopping on signal %d / กำลังหยุด", signum)
        _stopping.set()
        scheduler.shutdown(wait=False)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        scheduler.start()
    except KeyboardInterrupt:
        _stopping.set()
    finally:
        signal.signal(signal.SIGTERM, previous)
        terminate_children()
        log.info("oit schedule stopped / หยุดแล้ว")


# --------------------------------------------------------------------------- describing


def describe(config: ScheduleConfig, now: dt.datetime | None = None, count: int = 3) -> list[str]:
    """Human lines per job: timing, inputs, outputs and the next ``count`` runs."""
    lines = []
    for job in config.jobs:
        upcoming = ", ".join(t.strftime("%Y-%m-%d %H:%M %Z") for t in next_runs(job, count, now))
        lines += [
            f"{job.name}: cron {job.cron!r} ({job.timezone})",
            f"  รอบถัดไป / next runs: {upcoming or '-'}",
            f"  agencies {job.agencies}"
            + ("" if job.agencies.is_file() else "  (ยังไม่มีไฟล์ / file not found yet)"),
            f"  db {job.db}, crawl_jobs {job.crawl_jobs or 'default'}",
        ]
        lines += [f"  report {r.format} -> {r.path}" for r in job.reports] or ["  no reports"]
        if job.keep_runs:
            lines.append(
                f"  keep_runs {job.keep_runs}: keeps the database's last {job.keep_runs} "
                "runs of each kind (pinned runs too)"
            )
        if job.alerts:
            to = job.alerts.all_targets()
            lines.append(f"  alerts -> {', '.join(to)} (stable {job.alerts.stable})")
    return lines


# --------------------------------------------------------------------------- crontab


def _oit_command() -> str:
    """The absolute ``oit`` next to this interpreter, else ``python -m oit.cli``."""
    beside = Path(sys.executable).parent / "oit"
    if beside.is_file():
        return shlex.quote(str(beside))
    found = shutil.which("oit")
    if found:
        return shlex.quote(str(Path(found).absolute()))
    return f"{shlex.quote(sys.executable)} -m oit.cli"


# Debian's cron (3.0pl1) refuses a crontab with a command over 1000 bytes (MAX_COMMAND);
# cronie and busybox allow more. Stay under the smallest, newline included.
CRON_MAX_COMMAND = 999


def crontab_lines(config: ScheduleConfig) -> list[str]:
    """Crontab lines equivalent to the schedule: one short ``oit schedule --run-now JOB`` per job.

    The run itself holds the job and database locks, writes the reports, sends
    alerts, applies retention and logs to ``log_file`` exactly as the
    scheduler does, so the crontab line stays short enough for every cron
    (:data:`CRON_MAX_COMMAND`). stdout (the log, also in the file) is dropped;
    stderr, one line when a run could not start or failed, is left to cron to
    mail or log. ``ScheduleError`` when a path makes a line too long.
    """
    oit = _oit_command()
    config_arg = shlex.quote(str(config.path))
    lines = [
        f"# OIT Watch: crontab for {config.path} (oit schedule --print-cron)",
        f"# Each run logs to {config.log_file} (the folder is created when missing).",
        "# CRON_TZ is read by cronie; Debian's cron reads the times in the system time zone.",
    ]
    current_tz = None
    for job in config.jobs:
        command = f"{oit} schedule --run-now {job.name} --config {config_arg} >/dev/null"
        command = command.replace("%", "\\%")  # cron: a bare % ends the command
        if len(command.encode()) > CRON_MAX_COMMAND:
            raise ScheduleError(
                f"{config.path}: job {job.name!r}: the crontab command is "
                f"{len(command.encode())} bytes, over cron's limit of "
                f"{CRON_MAX_COMMAND}: use shorter paths / เส้นทางยาวเกินไป"
            )
        lines.append(f"# job {job.name}")
        if job.timezone != current_tz:
            lines.append(f"CRON_TZ={job.timezone}")
            current_tz = job.timezone
        lines.append(f"{job.cron} {command}")
    return lines
