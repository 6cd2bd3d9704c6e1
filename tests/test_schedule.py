"""Scheduled audits: config validation, cron semantics, the lock, one job run, the scheduler, crontab.

Real audits run on the loopback sample sites (one site per job, ~3 s each).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from oit import schedule as sch
from tests.conftest import ROOT, TODAY, run_oit

BANGKOK = ZoneInfo("Asia/Bangkok")
AUDIT_NIGHT = dt.datetime(TODAY.year, TODAY.month, TODAY.day, 2, 0, tzinfo=BANGKOK)
EXPECTED = json.loads((ROOT / "oit/demo/expected.json").read_text(encoding="utf-8"))
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} (INFO|WARNING|ERROR) ")


def _csv(demo_sites, folder: Path, agency: str) -> Path:
    path = folder / f"{agency}.csv"
    path.write_text(f"id,name,url\n{agency},{agency},{demo_sites.url(agency)}\n", encoding="utf-8")
    return path


def _config(folder: Path, text: str) -> Path:
    path = folder / "schedule.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _logger(log_file: Path) -> tuple[object, io.StringIO]:
    out = io.StringIO()
    return sch.setup_logging(log_file, stream=out), out


# --------------------------------------------------------------------------- config


BROKEN = [
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "0 2 1 */3"\n',
        "job 'q': cron '0 2 1 */3': needs 5 fields",
    ),
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "0 25 * * *"\n',
        "job 'q': cron '0 25 * * *': hour: 25 is outside 0-23",
    ),
    ('[jobs.q]\nagencies = "a.csv"\ncron = "0 2 L * *"\n', "day of month: 'L' is not a value"),
    ('[jobs.q]\ncron = "0 2 * * *"\n', "job 'q': ขาดคีย์ 'agencies' / missing 'agencies'"),
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\ncrom = 1\n',
        "job 'q': ไม่รู้จักคีย์ 'crom' / unknown key 'crom'",
    ),
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\ncrawl_jobs = 0\n',
        "job 'q': crawl_jobs ต้องเป็นจำนวนเต็ม 1–64 / must be a whole number from 1 to 64",
    ),
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\nkeep_runs = "8"\n',
        "job 'q': keep_runs ต้องเป็นจำนวนเต็ม 1–10000 / must be a whole number",
    ),
    (
        'timezone = "Asia/Bangkokk"\n[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\n',
        "timezone unknown time zone 'Asia/Bangkokk'",
    ),
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\nreports = [{format = "pdf", path = "r.pdf"}]\n',
        "job 'q': reports[1]: format 'pdf' is not one of json, html, csv, xlsx",
    ),
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\nreports = [{format = "html", path = "r-{dat}.html"}]\n',
        "job 'q': reports[1]: path 'r-{dat}.html': unknown placeholder {dat}",
    ),
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\n[jobs.q.alerts]\nsmtp = "m:25"\n',
        "job 'q': alerts needs 'email' or 'webhook'",
    ),
    (
        '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\n[jobs.q.alerts]\nwebhook = ["ftp://x"]\n',
        "job 'q': alerts.webhook must be a list of http(s) URLs",
    ),
    ('db = "x.db"\n', "no jobs"),
    ('[jobs.q]\nagencies = "a.csv"\ncron = ', "invalid TOML"),
]


@pytest.mark.parametrize(("text", "problem"), BROKEN)
def test_broken_config_is_one_line_naming_file_job_and_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = _config(tmp_path, text)
    with pytest.raises(sch.ScheduleError) as caught:
        sch.load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and problem in message, message
    assert "\n" not in message


@pytest.mark.integration
def test_broken_config_through_the_cli(tmp_path: Path) -> None:
    path = _config(tmp_path, BROKEN[0][0])
    for args in ([], ["--list"], ["--print-cron"], ["--run-now", "q"]):
        result = run_oit("schedule", "--config", str(path), *args)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert result.returncode == 1 and len(lines) == 1, result.stderr
        assert lines[0].startswith("oit: error: ") and str(path) in lines[0]
        assert "job 'q': cron" in lines[0] and "Traceback" not in result.stderr
    good = _config(tmp_path, '[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\n')
    result = run_oit("schedule", "--config", str(good), "--run-now", "nope")
    assert result.returncode == 1 and "no job named 'nope' (jobs: q)" in result.stderr


def test_config_defaults_paths_and_example(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        'db = "data/x.db"\ncrawl_jobs = 2\n'
        '[jobs.a]\nagencies = "in/a.csv"\ncron = "@weekly"\n'
        '[jobs.b]\nagencies = "/abs/b.csv"\ncron = "0 3 * * *"\n'
        'db = "other.db"\ntimezone = "UTC"\ncrawl_jobs = 8\n'
        'reports = [{format = "csv", path = "out/{job}-{date}-{run}.csv"}]\n',
    )
    config = sch.load_config(path)
    a, b = config.jobs
    assert (a.db, a.crawl_jobs, a.timezone) == (tmp_path / "data/x.db", 2, "Asia/Bangkok")
    assert a.agencies == tmp_path / "in/a.csv" and b.agencies == Path("/abs/b.csv")
    assert (b.db, b.crawl_jobs, b.timezone) == (tmp_path / "other.db", 8, "UTC")
    assert config.log_file == tmp_path / "data" / sch.LOG_NAME
    assert b.reports[0].render("b", dt.date(2026, 11, 25), 7) == tmp_path / "out/b-2026-11-25-7.csv"
    assert (a.job_lock.name, a.db_lock.name) == ("x.db.a.lock", "x.db.lock")

    example = sch.load_config(ROOT / "docs/schedule.example.toml")
    quarterly = example.job("quarterly")
    assert [j.name for j in example.jobs] == ["quarterly", "monthly"]
    assert quarterly.keep_runs == 8 and quarterly.alerts and quarterly.alerts.email
    assert [r.format for r in quarterly.reports] == ["html", "xlsx", "json"]
    assert [t.isoformat() for t in sch.next_runs(quarterly, 3, AUDIT_NIGHT)] == [
        "2027-01-01T02:00:00+07:00",
        "2027-04-01T02:00:00+07:00",
        "2027-07-01T02:00:00+07:00",
    ]


# --------------------------------------------------------------------------- cron semantics


def _next(expr: str, count: int = 1) -> list[str]:
    start = dt.datetime(2026, 11, 25, 0, 0, tzinfo=BANGKOK)  # a Wednesday
    job = sch.Job(name="t", agencies=Path("a.csv"), cron=expr, db=Path("/tmp/t.db"))
    return [t.strftime("%Y-%m-%d %H:%M %a") for t in sch.next_runs(job, count, start)]


def test_cron_fields_mean_what_crontab_means() -> None:
    # weekdays count from Sunday = 0 (and 7), as in crontab, not from Monday as in APScheduler
    assert _next("0 2 * * 1") == ["2026-11-30 02:00 Mon"]
    assert (
        _next("0 2 * * 0") == _next("0 2 * * 7") == _next("0 2 * * sun") == ["2026-11-29 02:00 Sun"]
    )
    assert _next("0 2 * * 1-5", 4) == [
        "2026-11-25 02:00 Wed",
        "2026-11-26 02:00 Thu",
        "2026-11-27 02:00 Fri",
        "2026-11-30 02:00 Mon",
    ]
    assert _next("0 2 * * */3", 3) == [
        "2026-11-25 02:00 Wed",
        "2026-11-28 02:00 Sat",
        "2026-11-29 02:00 Sun",
    ]
    # both day fields restricted: either matches (cron ORs them)
    assert _next("0 2 1 * 1", 3) == [
        "2026-11-30 02:00 Mon",
        "2026-12-01 02:00 Tue",
        "2026-12-07 02:00 Mon",
    ]
    # a day-of-month starting with '*' is no restriction: both must match
    assert _next("0 2 */10 * 1") == ["2026-12-21 02:00 Mon"]
    assert _next("@monthly") == ["2026-12-01 00:00 Tue"]
    assert _next("0 2 1 */3 *", 2) == ["2027-01-01 02:00 Fri", "2027-04-01 02:00 Thu"]
    assert _next("30 6 15 jan,jul *", 2) == ["2027-01-15 06:30 Fri", "2027-07-15 06:30 Thu"]
    for bad in ("0 2 * * 8", "0 2 5/2 * *", "0 2 * * mon#1", "@reboot", "0 2 3-1 * *"):
        with pytest.raises(ValueError):
            sch.cron_trigger(bad, BANGKOK)


# --------------------------------------------------------------------------- the lock


@pytest.mark.integration
def test_lock_of_a_killed_process_does_not_block(tmp_path: Path) -> None:
    lock_path = tmp_path / "x.db.job.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            f"fd = os.open({str(lock_path)!r}, os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not sch.FileLock(lock_path).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    lock = sch.FileLock(lock_path)
    assert lock.acquire({"job": "job"})
    if shutil.which("flock"):  # cron's flock(1) sees the same lock
        assert subprocess.run(["flock", "-n", str(lock_path), "true"]).returncode == 1
    lock.release()
    assert sch.FileLock(lock_path).acquire()


def test_second_run_is_skipped_while_the_first_holds_the_lock(tmp_path: Path) -> None:
    config = sch.load_config(
        _config(tmp_path, '[jobs.q]\nagencies = "none.csv"\ncron = "@daily"\ndb = "x.db"\n')
    )
    job = config.job("q")
    log, _ = _logger(config.log_file)
    first = sch.FileLock(job.job_lock)
    assert first.acquire({"job": "q", "started_at": AUDIT_NIGHT.isoformat()})
    # run while the lock is still held: a run that waited for it could never return here
    results: list[sch.JobResult] = []
    runner = threading.Thread(target=lambda: results.append(sch.run_job(job, log, now=AUDIT_NIGHT)))
    runner.start()
    runner.join(60)
    held = not runner.is_alive()
    first.release()
    runner.join(60)
    assert held, "the second run waited for the lock instead of skipping"
    result = results[0]
    assert result.status == "skipped"
    assert f'"pid": {os.getpid()}' in result.reason
    text = config.log_file.read_text(encoding="utf-8")
    assert "job q skipped / ข้ามรอบนี้: previous run still running" in text
    assert not job.db.exists()  # nothing ran


@pytest.mark.integration
def test_jobs_on_one_database_take_turns(tmp_path: Path) -> None:
    config = sch.load_config(
        _config(tmp_path, '[jobs.q]\nagencies = "none.csv"\ncron = "@daily"\ndb = "x.db"\n')
    )
    job = config.job("q")
    log, _ = _logger(config.log_file)
    other = sch.FileLock(job.db_lock)
    assert other.acquire({"job": "other"})
    results: list[sch.JobResult] = []
    runner = threading.Thread(target=lambda: results.append(sch.run_job(job, log, now=AUDIT_NIGHT)))
    runner.start()
    deadline = time.monotonic() + 60
    while "waits for the database" not in config.log_file.read_text(encoding="utf-8"):
        assert runner.is_alive() and time.monotonic() < deadline, results
        time.sleep(0.05)
    assert runner.is_alive() and not results  # waiting for the database, not skipped
    other.release()
    runner.join(30)
    assert results and results[0].status == "failed" and "none.csv" in results[0].reason
    text = config.log_file.read_text(encoding="utf-8")
    assert 'waits for the database / รอฐานข้อมูล: {"pid"' in text


def test_missed_slot_runs_once_on_start(tmp_path: Path) -> None:
    config = sch.load_config(
        _config(tmp_path, '[jobs.q]\nagencies = "a.csv"\ncron = "0 2 1 */3 *"\ndb = "x.db"\n')
    )
    job = config.job("q")
    slot = dt.datetime(2027, 1, 1, 2, 0, tzinfo=BANGKOK)
    after_reboot = slot + dt.timedelta(hours=5)
    assert sch.missed_slot(job, after_reboot) is None  # never ran: wait for the first slot

    def ran_at(when: dt.datetime) -> None:
        job.job_lock.write_text(json.dumps({"pid": 1, "job": "q", "started_at": when.isoformat()}))

    ran_at(dt.datetime(2026, 10, 1, 2, 0, tzinfo=BANGKOK))
    assert sch.missed_slot(job, after_reboot) == slot
    assert sch.missed_slot(job, slot + dt.timedelta(days=2)) is None  # past the 24 h grace
    log, _ = _logger(config.log_file)
    scheduler = sch.build_scheduler(config, log, BackgroundScheduler(), now=after_reboot)
    assert scheduler.get_job("q").next_run_time == after_reboot
    assert "missed its slot 2027-01-01T02:00:00+07:00" in config.log_file.read_text(
        encoding="utf-8"
    )
    ran_at(slot + dt.timedelta(seconds=3))
    assert sch.missed_slot(job, after_reboot) is None
    # several slots in the grace window: the latest one counts
    hourly, half_past = dataclasses.replace(job, cron="0 * * * *"), after_reboot.replace(minute=30)
    assert sch.missed_slot(hourly, half_past) == after_reboot  # 07:00, not the first of the window
    ran_at(after_reboot + dt.timedelta(seconds=2))
    assert sch.missed_slot(hourly, half_past) is None


# --------------------------------------------------------------------------- running jobs


class _Webhook(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Webhook.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.integration
def test_job_writes_reports_then_alerts_and_prunes(tmp_path: Path, demo_sites) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Webhook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Webhook.received.clear()
    _csv(demo_sites, tmp_path, "a02")
    config = sch.load_config(
        _config(
            tmp_path,
            f"""
[jobs.q]
agencies = "a02.csv"
cron = "0 2 1 */3 *"
db = "data/oit.db"
crawl_jobs = 1
keep_runs = 1
reports = [
  {{format = "json", path = "reports/{{date}}/oit-{{job}}-{{run}}.json"}},
  {{format = "html", path = "reports/{{date}}/oit.html"}},
  {{format = "csv", path = "reports/{{date}}/oit.csv"}},
  {{format = "xlsx", path = "reports/{{date}}/oit.xlsx"}},
]
[jobs.q.alerts]
webhook = ["http://127.0.0.1:{server.server_address[1]}/hook"]
always = true
""",
        )
    )
    job = config.job("q")
    log, _ = _logger(config.log_file)
    try:
        first = sch.run_job(job, log, now=AUDIT_NIGHT)
        assert (first.status, first.run_id, first.as_of) == ("done", 1, TODAY), first.reason
        folder = tmp_path / "reports" / TODAY.isoformat()
        assert [p.name for p in first.outputs] == [
            "oit-q-1.json",
            "oit.html",
            "oit.csv",
            "oit.xlsx",
        ]
        report = json.loads((folder / "oit-q-1.json").read_text(encoding="utf-8"))
        assert report["as_of"] == TODAY.isoformat()
        [agency] = report["agencies"]
        expected = EXPECTED["agencies"]["a02"]["items"]
        assert {i["code"]: i["status"] for i in agency["items"]} == {
            code: item["status"] for code, item in expected.items()
        }
        assert (folder / "oit.xlsx").read_bytes()[:2] == b"PK"
        assert (
            (folder / "oit.csv").read_bytes().startswith('\ufeff"agency_id"\t'.encode("utf-16-le"))
        )
        assert "<html" in (folder / "oit.html").read_text(encoding="utf-8").lower()
        assert not list(folder.glob(".*partial"))
        assert _Webhook.received == []  # the first run has nothing to compare with

        later = AUDIT_NIGHT + dt.timedelta(days=1)
        second = sch.run_job(dataclasses.replace(job, reports=job.reports[:1]), log, now=later)
        assert (second.status, second.run_id) == ("done", 2), second.reason
        assert second.outputs == (tmp_path / f"reports/{later.date()}/oit-q-2.json",)
    finally:
        server.shutdown()
    [changes] = _Webhook.received
    assert (changes["base"]["id"], changes["target"]["id"]) == (1, 2)
    from crawler.store import open_db

    with open_db(job.db, readonly=True) as store:
        assert [r["id"] for r in store.runs(status=None)] == [2]  # keep_runs = 1
    text = config.log_file.read_text(encoding="utf-8")
    assert "job q: alert sent / ส่งแจ้งเตือนแล้ว: webhook:http://127.0.0.1" in text
    assert "deleted runs [1]" in text
    assert all(STAMP.match(line) for line in text.splitlines() if not line.startswith(" "))


@pytest.mark.integration
def test_scheduler_survives_a_failing_job_and_runs_the_next(tmp_path: Path, demo_sites) -> None:
    _csv(demo_sites, tmp_path, "a01")
    config = sch.load_config(
        _config(
            tmp_path,
            """
[jobs.broken]
agencies = "does-not-exist.csv"
cron = "@hourly"
db = "broken.db"
[jobs.good]
agencies = "a01.csv"
cron = "@hourly"
db = "good.db"
crawl_jobs = 1
reports = [{format = "json", path = "out/good-{run}.json"}]
""",
        )
    )
    log, _ = _logger(config.log_file)
    # "good" fires once at start (a date already due runs: the misfire grace is a day)
    triggers = {
        "broken": IntervalTrigger(seconds=1),
        "good": DateTrigger(run_date=dt.datetime.now(BANGKOK)),
    }
    scheduler = sch.build_scheduler(
        config, log, BackgroundScheduler(), trigger_for=lambda job: triggers[job.name]
    )
    for job in scheduler.get_jobs():
        assert (job.max_instances, job.coalesce, job.misfire_grace_time) == (1, True, 86400)
    scheduler.start()
    report = tmp_path / "out/good-1.json"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = config.log_file.read_text(encoding="utf-8")
            if "job good done" in text and text.count("job broken failed") >= 2:
                break
            time.sleep(0.2)
        assert scheduler.running
    finally:
        scheduler.shutdown(wait=True)
    text = config.log_file.read_text(encoding="utf-8")
    assert text.count("job broken failed / ล้มเหลว: oit audit: file not found: ") >= 2, text
    assert f"job good done / เสร็จ: run 1, 1 report(s): {report}" in text
    assert json.loads(report.read_text(encoding="utf-8"))["agencies"][0]["crawl"]["status"] == "ok"


@pytest.mark.integration
def test_run_now_exit_codes(tmp_path: Path, demo_sites) -> None:
    _csv(demo_sites, tmp_path, "a02")
    path = _config(
        tmp_path,
        """
db = "oit.db"
[jobs.noncompliant]
agencies = "a02.csv"
cron = "0 2 1 */3 *"
crawl_jobs = 1
reports = [{format = "json", path = "r-{run}.json"}]
[jobs.broken]
agencies = "missing.csv"
cron = "0 2 1 */3 *"
""",
    )
    ok = run_oit("schedule", "--config", str(path), "--run-now", "noncompliant")
    assert ok.returncode == 0, (
        ok.stderr
    )  # agencies that are not compliant are no failure of the tool
    statuses = {
        i["status"] for i in json.loads((tmp_path / "r-1.json").read_text())["agencies"][0]["items"]
    }
    assert {"missing", "stale"} <= statuses
    assert "job noncompliant done / เสร็จ: run 1" in ok.stdout
    assert all(STAMP.match(line) for line in ok.stdout.splitlines())

    failed = run_oit("schedule", "--config", str(path), "--run-now", "broken")
    lines = failed.stderr.strip().splitlines()
    assert failed.returncode == 1 and len(lines) == 1 and "Traceback" not in failed.stderr
    assert lines[0].startswith(
        "oit: error: job broken failed / งานล้มเหลว: oit audit: file not found"
    )

    config = sch.load_config(path)
    held = sch.FileLock(config.job("noncompliant").job_lock)
    assert held.acquire({"job": "noncompliant"})
    try:
        busy = run_oit("schedule", "--config", str(path), "--run-now", "noncompliant")
    finally:
        held.release()
    assert busy.returncode == sch.EXIT_SKIPPED and "already running" in busy.stderr


# --------------------------------------------------------------------------- crontab


CRON_ENV = {"PATH": "/usr/bin:/bin", "SHELL": "/bin/sh", "LANG": "C"}  # what cron gives a job


def _crontab_accepts(lines: list[str], folder: Path) -> None:
    """Debian's ``crontab -n`` (dry run) when installed; the documented limit always."""
    for line in lines:  # Debian cron 3.0pl1: MAX_COMMAND 1000 bytes, newline included
        assert len(line.encode()) < 1000, (len(line.encode()), line)
    crontab = shutil.which("crontab")
    if crontab and "-n" in subprocess.run([crontab, "-h"], capture_output=True, text=True).stderr:
        file = folder / "printed.cron"
        file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        check = subprocess.run([crontab, "-n", str(file)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr + check.stdout


@pytest.mark.integration
def test_print_cron_readme_example_fits_every_cron(tmp_path: Path) -> None:
    # the README's example (html + xlsx, retention, alerts) under long paths: over 1,300 bytes before (Debian refused it)
    folder = tmp_path / ("srv-" + "o" * 60) / "oit-watch"
    folder.mkdir(parents=True)
    example = (ROOT / "docs/schedule.example.toml").read_text(encoding="utf-8")
    path = _config(folder, example)
    result = run_oit("schedule", "--config", str(path), "--print-cron")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    _crontab_accepts(lines, tmp_path)
    config = sch.load_config(path)
    entries = [line for line in lines if line[:1].isdigit() or line.startswith("@")]
    assert len(entries) == len(config.jobs)
    for job, entry in zip(config.jobs, entries, strict=True):
        assert entry.startswith(f"{job.cron} ")
        assert entry.endswith(f" schedule --run-now {job.name} --config {path} >/dev/null")

    deep = tmp_path / ("x" * 200) / ("y" * 200) / ("z" * 200) / ("w" * 200) / ("v" * 200)
    deep.mkdir(parents=True)
    too_long = run_oit("schedule", "--config", str(_config(deep, example)), "--print-cron")
    assert too_long.returncode == 1 and len(too_long.stderr.strip().splitlines()) == 1
    assert "over cron's limit of 999: use shorter paths" in too_long.stderr


@pytest.mark.integration
def test_print_cron_lines_run_the_job_under_the_same_locks(tmp_path: Path, demo_sites) -> None:
    _csv(demo_sites, tmp_path, "a01")
    path = _config(
        tmp_path,
        """
log_file = "logs/cron.log"
[jobs.quarterly]
agencies = "a01.csv"
cron = "0 2 1 */3 *"
db = "data/oit.db"
crawl_jobs = 1
keep_runs = 3
reports = [{format = "json", path = "reports/{date}/oit-{run}.json"},
           {format = "csv", path = "reports/{date}/oit.csv"}]
""",
    )
    listed = run_oit("schedule", "--config", str(path), "--list")
    assert listed.returncode == 0, listed.stderr
    [upcoming] = [line for line in listed.stdout.splitlines() if "next runs" in line]
    slots = re.findall(r"\d{4}-(\d\d)-01 02:00 \+07", upcoming)
    assert len(slots) == 3 and set(slots) <= {"01", "04", "07", "10"}, upcoming

    result = run_oit("schedule", "--config", str(path), "--print-cron")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    _crontab_accepts(lines, tmp_path)
    entries = [line for line in lines if line and not line.startswith("#")]
    assert entries[0] == "CRON_TZ=Asia/Bangkok"
    entry = entries[1]
    oit = Path(sys.executable).parent / "oit"
    assert entry == f"0 2 1 */3 * {oit} schedule --run-now quarterly --config {path} >/dev/null"

    command = entry.split(" ", 5)[5].replace("\\%", "%")  # what cron hands to /bin/sh
    job = sch.load_config(path).job("quarterly")
    home = tmp_path / "home"
    home.mkdir()

    def cron_runs() -> subprocess.CompletedProcess[str]:  # cron's bare environment, from $HOME
        return subprocess.run(
            ["/bin/sh", "-c", command],
            cwd=home,
            env={**CRON_ENV, "HOME": str(home)},
            capture_output=True,
            text=True,
            timeout=180,
        )

    assert not job.db.parent.exists() and not (tmp_path / "logs").exists()
    held = sch.FileLock(job.job_lock)
    assert held.acquire({"job": "quarterly"})  # creates data/ for the lock file
    try:  # a run still going: cron's run is skipped at once, with one line for cron's mail
        busy = cron_runs()
    finally:
        held.release()
    assert busy.returncode == sch.EXIT_SKIPPED and "already running" in busy.stderr
    assert not job.db.exists()

    job.job_lock.unlink()
    job.db.parent.rmdir()  # the first scheduled run finds no database folder and makes it
    before = dt.datetime.now(BANGKOK).date().isoformat()
    done = cron_runs()
    after = dt.datetime.now(BANGKOK).date().isoformat()
    # the job names its folder by the Bangkok day it started: the day before the run, or after it
    # if the run crossed Bangkok midnight
    today = before if (tmp_path / f"reports/{before}").exists() else after
    log = (tmp_path / "logs/cron.log").read_text(encoding="utf-8")
    assert done.returncode == 0, done.stderr + log
    assert done.stdout == "" and done.stderr == ""
    assert "job quarterly done / เสร็จ: run 1, 2 report(s)" in log
    report = json.loads((tmp_path / f"reports/{today}/oit-1.json").read_text(encoding="utf-8"))
    assert report["as_of"] == today and report["agencies"][0]["id"] == "a01"
    assert (tmp_path / f"reports/{today}/oit.csv").exists() and job.db.is_file()


@pytest.mark.integration
def test_cron_run_that_cannot_make_its_folders_says_why(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,name,url\na1,a,http://127.0.0.1:9/\n", encoding="utf-8")
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    path = _config(
        tmp_path,
        """
log_file = "logs/oit.log"
[jobs.q]
agencies = "a.csv"
cron = "@daily"
db = "blocker/data/oit.db"
""",
    )
    result = run_oit("schedule", "--config", str(path), "--run-now", "q")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    log = (tmp_path / "logs/oit.log").read_text(encoding="utf-8")
    assert f"job q failed / ล้มเหลว: cannot create lock {tmp_path}/blocker/data/oit.db.q.lock" in log

    path.write_text(path.read_text().replace('"logs/oit.log"', '"blocker/logs/oit.log"'))
    result = run_oit("schedule", "--config", str(path), "--run-now", "q")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"oit: error: cannot write log {tmp_path}/blocker/logs/oit.log: ")


def test_cron_run_that_cannot_log_tells_syslog(tmp_path: Path, monkeypatch) -> None:
    import syslog

    from click.testing import CliRunner

    from oit.cli import cli

    sent: list[tuple[int, str]] = []
    monkeypatch.setattr(
        syslog, "syslog", lambda priority, message: sent.append((priority, message))
    )
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    path = _config(
        tmp_path, 'log_file = "blocker/oit.log"\n[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\n'
    )
    result = CliRunner().invoke(cli, ["schedule", "--config", str(path), "--run-now", "q"])
    assert result.exit_code == 1
    assert sent and sent[0][0] == syslog.LOG_ERR and "cannot write log" in sent[0][1]
    sent.clear()
    removed = CliRunner().invoke(cli, ["schedule", "--config", str(path), "--run-now", "nope"])
    assert (
        removed.exit_code == 1 and "no job named 'nope'" in sent[0][1]
    )  # a cron line for a removed job
