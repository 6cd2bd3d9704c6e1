"""The ``oit`` command line. Each command parses its arguments, calls one library function, prints.

User errors end with one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from oit.commands.guide import guide_options, sheet_list, write_guide_files
from oit.commands.options import as_of_option, db_option
from oit.commands.options import db_path as _db
from reports.formats import FORMATS

# Sites wait on latency, not on the CPU: with the realistic network profile (bench/network.py,
# median 600 ms an answer) 32 sites per crawl process kept 2 processes at ~200 MB each and gave
# 1,110 agencies/hour on 2 cores; a site takes minutes, so 4 at a time would cap an audit near 60 an hour.
JOBS_PER_WORKER = 32
JOBS_PER_NODE = 16  # a Scrapyd job is a process of its own (~100 MB)

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")  # pythainlp helpers otherwise try the network

EXIT_USAGE = 2
EXIT_FAILURE = 1


class UserError(click.ClickException):
    """A one-line message for the user (Thai / English)."""

    exit_code = EXIT_FAILURE


def _known_errors() -> tuple[type[BaseException], ...]:
    from checklist.configfile import ConfigError  # the items file, the policy, the schedule
    from crawler.store import StoreError
    from oit.agencies import AgencyFileError
    from oit.audit import AuditError
    from oit.inspect_page import InspectError
    from oit.report import ReportError

    return (
        AgencyFileError,
        StoreError,
        ReportError,
        AuditError,
        ConfigError,
        InspectError,
    )


def _progress_printer(total: int) -> Callable[[dict[str, Any]], None]:
    """Progress bars on a terminal, one plain line per finished site when piped."""
    from reports.progress import ProgressDisplay

    return ProgressDisplay(total)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="oit-watch")
def cli() -> None:
    """OIT Watch: audit Thai agency websites for the OIT disclosure checklist 5.1–5.11.

    ตรวจเว็บไซต์หน่วยงานตามมาตรการเผยแพร่ข้อมูลต่อสาธารณะ ข้อ 5.1–5.11 และเกณฑ์ปรับปรุงทุก 3 เดือน
    """


@cli.command()
@click.option(
    "--out",
    "out_dir",
    default="oit-demo",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for report.html, report.json and the demo database.",
)
@as_of_option
def demo(out_dir: str, as_of: dt.date) -> None:
    """Audit the bundled sample sites on 127.0.0.1 and write oit-demo/report.{html,json}.

    Example: oit demo
    """
    from oit.demo_run import run_demo

    report, paths = run_demo(Path(out_dir), as_of, progress=_progress_printer(5))
    from reports.terminal import print_report

    print_report(report)
    for path in paths:
        click.echo(f"wrote {path}")


@cli.command()
@click.argument("url")
@as_of_option
@click.option("--json", "as_json", is_flag=True, help="Print the report JSON.")
@db_option
@click.option("--no-robots", is_flag=True, help="Ignore robots.txt (only for your own site).")
@guide_options
def check(
    url: str, as_of: dt.date, as_json: bool, db_path: str | None, no_robots: bool, **guide: Any
) -> None:
    """Self-check one agency site: crawl it, print the 5.1–5.11 table, the due list and guidance.

    Example: oit check https://www.example.go.th/ --as-of 2026-11-25 --ics due.ics --sheet ita.xlsx
    """
    sheet_list(
        as_of, guide["sheet_path"], guide["sheet_year"], guide["sheet_sector"]
    )  # before crawling
    from crawler.records import Agency
    from crawler.store import open_db
    from oit.agencies import normalize_url
    from oit.audit import run_audit
    from oit.report import report_json, report_records

    try:
        target = normalize_url(url)
    except ValueError:  # the user's own words back, not the scheme normalize_url may have added
        raise UserError(
            f"ที่อยู่เว็บไซต์ไม่ถูกต้อง / not a valid website address: {url!r} "
            "(เช่น / e.g. https://www.example.go.th/)"
        ) from None
    agency = Agency(id="self-check", name=target, url=target)
    settings = {"ROBOTSTXT_OBEY": False} if no_robots else None
    progress = None if as_json else _progress_printer(1)
    run_id = run_audit(
        [agency], _db(db_path), as_of, kind="check", progress=progress, settings=settings
    )
    with open_db(_db(db_path)) as store:
        report = report_records(store, as_of, run_id=run_id)
    if as_json:
        click.echo(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        from reports.guide import guide_text
        from reports.terminal import print_report

        print_report(report)
        click.echo(guide_text(report))
    for line in write_guide_files(report, report.agencies[0], **guide):
        click.echo(line, err=as_json)


@cli.command()
@click.argument("agencies_csv", metavar="AGENCIES.csv")
@db_option
@as_of_option
@click.option(
    "--jobs",
    default=None,
    type=click.IntRange(1, 512),
    metavar="N",
    help=f"Agencies crawled at the same time (default: {JOBS_PER_WORKER} per crawl process; "
    f"with --scrapyd, {JOBS_PER_NODE} per node).",
)
@click.option(
    "--workers",
    default=None,
    type=click.IntRange(1, 64),
    metavar="N",
    help="Crawl processes sharing --jobs (default: one per CPU core, more added while "
    'agencies wait and CPU and memory are free; see README "Scaling").',
)
@click.option(
    "--resume",
    is_flag=True,
    help="Continue the last interrupted audit: crawl only its unfinished agencies.",
)
@click.option(
    "--scrapyd",
    "scrapyd_nodes",
    metavar="URL[,URL...]",
    help='Crawl on these Scrapyd nodes (README "Scaling"); --jobs is then per node.',
)
def audit(
    agencies_csv: str,
    db_path: str | None,
    as_of: dt.date,
    jobs: int | None,
    workers: int | None,
    resume: bool,
    scrapyd_nodes: str | None,
) -> None:
    """Crawl every agency in the CSV (id,name,url[,province,type]) and store the results.

    Example: oit audit agencies.csv --db audit.db --as-of 2026-11-25
    """
    from oit.agencies import load_agencies
    from oit.audit import run_audit

    agencies, problems = load_agencies(agencies_csv)
    for problem in problems:
        click.echo(f"oit: skipped {agencies_csv} {problem}", err=True)
    if not agencies:
        raise UserError(f"no usable agency rows in {agencies_csv} / ไม่มีรายการหน่วยงานที่ใช้ได้")
    if scrapyd_nodes and resume:
        raise UserError("--resume does not work with --scrapyd / ใช้ --resume กับ --scrapyd ไม่ได้")
    if scrapyd_nodes:
        from oit.scrapyd import run_audit_scrapyd

        run_id = run_audit_scrapyd(
            agencies,
            _db(db_path),
            as_of,
            scrapyd_nodes.split(","),
            per_node=jobs or JOBS_PER_NODE,
            progress=_progress_printer(len(agencies)),
        )
    else:
        grow = jobs is None and workers is None  # the defaults adapt; given numbers are kept
        workers = workers or os.cpu_count() or 1
        run_id = run_audit(
            agencies,
            _db(db_path),
            as_of,
            jobs=jobs or JOBS_PER_WORKER * workers,
            resume=resume,
            workers=workers,
            grow=grow,
            progress=_progress_printer(len(agencies)),
        )
    click.echo(f"run {run_id}: {len(agencies)} agencies audited, stored in {_db(db_path)}")


@cli.command()
@db_option
@as_of_option
@click.option(
    "--format", "fmt", type=click.Choice([*FORMATS, "table"]), default="table", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
@click.option("--run", "run_id", type=int, help="Report this run (default: the latest audit).")
@click.option(
    "--checklist",
    "edition",
    metavar="VERSION",
    help="Judge with this checklist edition, e.g. 2569.1 (default: the one the run was audited with).",
)
def report(
    db_path: str | None,
    as_of: dt.date,
    fmt: str,
    output: str | None,
    run_id: int | None,
    edition: str | None,
) -> None:
    """Build a report from the database without crawling.

    Example: oit report --db audit.db --as-of 2026-11-25 --format html -o report.html
    """
    from crawler.store import open_db
    from oit.report import report_records, trend
    from reports.formats import render

    path = _db(db_path)
    with open_db(path, readonly=True) as store:
        data = report_records(store, as_of, run_id=run_id, checklist=edition)
        points = (
            trend(store, data.run.id)
            if data.run and fmt != "table" and FORMATS[fmt].trend
            else None
        )
    if fmt == "table":
        from reports.terminal import print_report

        print_report(data)
        return
    content = render(data, fmt, trend=points)
    if output:
        try:
            Path(output).write_bytes(content)
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror} / เขียนไฟล์ไม่ได้") from None
        click.echo(f"wrote {output}", err=True)
    elif not FORMATS[fmt].terminal:
        raise UserError(f"{fmt} needs -o FILE / ต้องระบุไฟล์ด้วย -o")
    else:
        sys.stdout.buffer.write(content)


@cli.command()
@click.argument("target", metavar="URL_OR_FILE")
@click.option("--url", help="The URL a saved file was fetched from (for URL dates and links).")
@click.option("--json", "as_json", is_flag=True, help="Print the page JSON.")
@as_of_option
def inspect(target: str, url: str | None, as_json: bool, as_of: dt.date) -> None:
    """Explain one page: items it is evidence for, matched terms, every date and its source.

    Example: oit inspect saved-page.html --url https://www.example.go.th/news/12
    """
    from oit.inspect_page import inspect as inspect_page

    data = inspect_page(target, url, as_of)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{data['url']}\n  title: {data['title']}")
    click.echo("  hub page (ITA/OIT index): yes" if data["hub"] else "", nl=bool(data["hub"]))
    click.echo("  items / ข้อที่พบ:")
    for item in data["items"] or [{"code": "—", "part": "", "terms": [], "where": []}]:
        part = f" ({item['part']})" if item["part"] not in ("", "main") else ""
        click.echo(
            f"    {item['code']}{part}: {', '.join(item['terms'])} [{', '.join(item['where'])}]"
        )
    if data.get("rejected"):
        click.echo("  named but not taken / พบคำแต่ไม่นับเป็นหลักฐาน:")
        for miss in data["rejected"]:
            part = f" ({miss['part']})" if miss["part"] not in ("", "main") else ""
            click.echo(f"    {miss['code']}{part}: {miss['reason']}")
    click.echo("  dates / วันที่ที่พบ:")
    for d in data["dates"]:
        span = f"{d['date']}..{d['end']}" if d.get("end") else d["date"]
        label = f"  [{d['label']}]" if d.get("label") else ""
        click.echo(f"    {span:<22} {d['source']:<11} {d['text']}{label}")
    click.echo(f"  page date / วันที่ของหน้า: {data['page_date'] or '—'} ({data['page_date_reason']})")
    if data["ignored_as_chrome"]:
        click.echo(f"  ignored as menu/header/footer: {len(data['ignored_as_chrome'])} blocks")


def _register_command_modules() -> None:
    """Commands of other features live in ``oit/commands/*.py``, each exporting ``COMMANDS``."""
    import importlib
    import pkgutil

    from oit import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"oit.commands.{info.name}")
        for command in getattr(module, "COMMANDS", ()):
            cli.add_command(command)


_register_command_modules()


def main(argv: list[str] | None = None) -> None:
    """Console entry point: known errors become one line on stderr."""
    try:
        cli.main(args=argv, prog_name="oit", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("oit: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"oit: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code if exc.exit_code else EXIT_USAGE)
    except _known_errors() as exc:
        click.echo(f"oit: error: {exc}", err=True)
        sys.exit(EXIT_FAILURE)
    except KeyboardInterrupt:
        click.echo("oit: interrupted", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except OSError as exc:
        click.echo(f"oit: error: {exc}", err=True)
        sys.exit(EXIT_FAILURE)


if __name__ == "__main__":
    main()
