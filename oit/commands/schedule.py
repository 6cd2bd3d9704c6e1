"""``oit schedule``: run audits and reports on a schedule (APScheduler), or print the crontab."""

from __future__ import annotations

import signal
from typing import Any

import click


class ScheduleCommandError(click.ClickException):
    """One line on stderr (``oit: error: ...``); ``exit_code`` says why for cron and systemd."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _to_syslog(message: str) -> None:
    """Also tell syslog: under cron, stderr is lost when no mailer is installed."""
    import syslog

    syslog.openlog("oit-schedule", syslog.LOG_PID, syslog.LOG_USER)
    syslog.syslog(syslog.LOG_ERR, message)
    syslog.closelog()


def _stop_on_sigterm(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)  # unwinds run_job, which stops its child processes


@click.command("schedule")
@click.option(
    "--config",
    "config_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Schedule file (TOML): jobs with agencies CSV, cron timing, database, reports.",
)
@click.option("--list", "show_list", is_flag=True, help="Show each job and its next 3 runs.")
@click.option("--print-cron", is_flag=True, help="Print the equivalent crontab lines.")
@click.option("--run-now", "run_now", metavar="JOB", help="Run one job once, in the foreground.")
def schedule(config_path: str, show_list: bool, print_cron: bool, run_now: str | None) -> None:
    """Run scheduled audits and reports until stopped (SIGTERM or Ctrl-C).

    ตรวจและออกรายงานตามตารางเวลา. Exit status is non-zero only when the tool
    failed (a broken config, a job that could not run), never because agencies
    are non-compliant; 75 when --run-now finds the job already running.

    Example: oit schedule --config schedule.toml --list
    """
    from oit import schedule as lib

    if sum(map(bool, (show_list, print_cron, run_now))) > 1:
        raise click.UsageError("use one of --list, --print-cron, --run-now / เลือกได้อย่างเดียว")
    try:
        config = lib.load_config(config_path)
        if run_now:
            config.job(run_now)  # an unknown name is a config error, before any log is opened
    except lib.ScheduleError as exc:
        message = f"ตั้งค่าตารางงานไม่ถูกต้อง / bad schedule: {exc}"
        if run_now:  # a cron run: no log file to write this to
            _to_syslog(message)
        raise ScheduleCommandError(message) from None
    if show_list:
        click.echo("\n".join(lib.describe(config)))
        return
    if print_cron:
        try:
            click.echo("\n".join(lib.crontab_lines(config)))
        except lib.ScheduleError as exc:
            raise ScheduleCommandError(str(exc)) from None
        return
    try:
        log = lib.setup_logging(config.log_file)
    except OSError as exc:
        message = f"cannot write log {config.log_file}: {exc.strerror} / เขียนไฟล์บันทึกไม่ได้"
        if run_now:
            _to_syslog(message)
        raise ScheduleCommandError(message) from None
    if run_now:
        previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
        try:
            result = lib.run_job(config.job(run_now), log)
        finally:
            signal.signal(signal.SIGTERM, previous)
        if result.status == "skipped":
            raise ScheduleCommandError(
                f"job {run_now} is already running / งานนี้กำลังทำงานอยู่: {result.reason}",
                lib.EXIT_SKIPPED,
            )
        if result.status == "failed":
            raise ScheduleCommandError(f"job {run_now} failed / งานล้มเหลว: {result.reason}")
        return
    lib.serve(config, log)


COMMANDS = [schedule]
