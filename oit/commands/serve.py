"""``oit serve``: the web app (self-check page and province dashboard). Thin over oit/web."""

from __future__ import annotations

import click

from oit.commands.history import _db, db_option


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (keep 127.0.0.1 behind a reverse proxy).",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@db_option
@click.option(
    "--allow-loopback",
    is_flag=True,
    help="Allow self-checks of 127.0.0.0/8 addresses (tests and demos only).",
)
@click.option(
    "--forwarded-allow-ips",
    default="127.0.0.1",
    show_default=True,
    metavar="IPS",
    help="Proxies whose X-Forwarded-For/-Proto are trusted (comma-separated, or '*').",
)
@click.option(
    "--checks-per-10min",
    "checks_limit",
    default=5,
    show_default=True,
    type=click.IntRange(1, 10_000),
    help="Self-checks one client IP may start per 10 minutes.",
)
@click.option(
    "--concurrent-checks",
    default=2,
    show_default=True,
    type=click.IntRange(1, 16),
    help="Self-checks crawled at the same time; the others wait in a queue.",
)
@click.option(
    "--checks-per-hour",
    default=120,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Self-checks started per hour by everyone together (one client gets a tenth at most).",
)
def serve(
    host: str,
    port: int,
    db_path: str | None,
    allow_loopback: bool,
    forwarded_allow_ips: str,
    checks_limit: int,
    concurrent_checks: int,
    checks_per_hour: int,
) -> None:
    """Run the web app: self-check page (/) and province dashboard (/dashboard).

    เปิดเว็บแอป: หน้าตรวจเว็บไซต์ด้วยตนเอง และภาพรวมจังหวัดสำหรับผู้ตรวจ

    Accounts, sessions and self-checks are kept in their own file beside the
    database (audit.db → audit.web.db), never in the audit database itself.

    Example: oit serve --db audit.db --port 8000
    """
    import logging

    import uvicorn

    from oit.web.app import Settings, serve_app
    from oit.web.limits import uvicorn_options

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = serve_app(
        Settings(
            db_path=_db(db_path),
            allow_loopback=allow_loopback,
            checks_per_window=checks_limit,
            concurrency=concurrent_checks,
            checks_per_hour=checks_per_hour,
        )
    )
    click.echo(
        f"OIT Watch web app on http://{host}:{port}/ (database {_db(db_path)}); Ctrl-C to stop",
        err=True,
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        proxy_headers=True,
        forwarded_allow_ips=forwarded_allow_ips,
        server_header=False,
        log_level="info",
        **uvicorn_options(),
    )


COMMANDS = [serve]
