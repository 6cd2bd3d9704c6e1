"""The ASGI app of ``oit serve`` (Starlette): pages for people and the JSON API of the contract.

Security choices (README "Web app"):
- forms carry a CSRF token: the session's own when logged in, else a random
  cookie's (double submit) for the login and self-check forms;
- JSON POSTs: ``/api/overrides`` needs the session's token in ``X-CSRF-Token``
  (from ``GET /api/session``); ``/api/checks`` needs ``Content-Type:
  application/json`` and, when the browser sends an ``Origin``, the same origin
  (no CORS is answered, so other sites cannot post JSON here);
- session cookies are HttpOnly and SameSite=Strict (Secure over https);
- every page has a Content-Security-Policy; errors never show paths or tracebacks;
- bodies are bounded per route and read against a clock (oit/web/limits.py);
- accounts, sessions and checks live in the web database, not the audit database
  (oit/web/webstore.py); a self-check connects only to the addresses vetted
  when it was asked for (crawler/netguard.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import secrets
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from checklist.definitions import load_checklist
from checklist.statuses import STATUS_LOOKS, STATUSES
from crawler.store import Store, StoreError, open_db, pid_alive
from oit.history import (
    HistoryError,
    agency_history,
    diff_for_run,
    overrides_trail,
    record_override,
)
from oit.report import (
    ReportError,
    agency_record,
    agency_with_overrides,
    report_json,
    report_records,
    trend,
)
from oit.web import auth
from oit.web.checks import (
    CheckManager,
    RateLimiter,
    Refused,
    TargetError,
    check_target,
    client_key,
    wait_text,
)
from oit.web.limits import MAX_REASON, LimitedBodies
from oit.web.webstore import Session, WebStore, open_web_store
from reports import clock
from reports.formats import FORMATS, downloads, render
from reports.html import FRAGMENTS_PREFIX, render_html, share_fragments
from reports.labels import crawl_th, thai_date, thai_datetime
from reports.model import Agency, Report

log = logging.getLogger("oit.web")

SESSION_COOKIE = "oit_session"
FORM_COOKIE = "oit_form"  # CSRF token of visitors who are not logged in (double submit)
CSRF_HEADER = "x-csrf-token"
OVERRIDE_STATUSES = [s.value for s in STATUSES]
_BODY = re.compile(r"<body[^>]*>", re.I)


@dataclass
class Settings:
    """What ``oit serve`` configures; the limits are per client IP (README: reverse proxy)."""

    db_path: Path
    allow_loopback: bool = False
    checks_per_window: int = 5
    check_window_s: float = 600.0
    logins_per_window: int = 10
    concurrency: int = 2
    max_queued: int = 20
    checks_per_hour: int = 120  # all clients together; one client gets a tenth at most
    workdir: Path | None = None
    web_db_path: Path | None = (
        None  # accounts, sessions, checks; default <db stem>.web.db beside db_path
    )
    public_addresses: tuple[str, ...] = ()  # tests only: addresses the guard treats as public


@cache
def _templates() -> Environment:
    # Our pages, and the fragments shared with the HTML report (status chip, safe link) as "report/…".
    loader = ChoiceLoader(
        [
            PackageLoader("oit.web", "templates"),
            PrefixLoader({FRAGMENTS_PREFIX: PackageLoader("reports", "templates")}),
        ]
    )
    env = Environment(loader=loader, autoescape=select_autoescape(default=True))
    share_fragments(env)
    env.globals["looks"] = STATUS_LOOKS
    # Dates as people read them: "25 พ.ย. 2569"; timestamps in Thai time (Asia/Bangkok).
    env.filters["thai_date"] = lambda iso: thai_date(iso) or "—"
    env.filters["thai_datetime"] = lambda iso: thai_datetime(iso) or "—"
    env.filters["crawl_th"] = crawl_th
    return env


# --------------------------------------------------------------------------- plumbing


def _csp(nonce: str | None = None) -> str:
    script = f"'nonce-{nonce}'" if nonce else "'none'"
    return (
        f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script}; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )


def _secure_headers(response: Response, nonce: str | None = None) -> Response:
    response.headers["Content-Security-Policy"] = _csp(nonce)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def client_ip(request: Request) -> str:
    """The client's address (behind a proxy: from X-Forwarded-For, via uvicorn --proxy-headers)."""
    return request.client.host if request.client else "unknown"


def _open(request: Request) -> Store:
    return open_db(request.app.state.settings.db_path)


def _as_of(value: str | None) -> dt.date:
    if not value:
        return clock.today()
    from oit.commands.options import DateInputError, parse_user_date

    try:  # a Buddhist-era year (2569-11-25) is converted; the report shows the CE day it used
        return parse_user_date(value).day
    except DateInputError as exc:
        raise HTTPException(400, f"as_of: {exc}") from None


def _web(request: Request) -> WebStore:
    return request.app.state.web


def current_user(request: Request) -> Session | None:
    """The logged-in session (user, role, csrf) or None."""
    try:
        return request.state.session
    except AttributeError:  # first call for this request
        pass
    token = request.cookies.get(SESSION_COOKIE)
    session = None
    if token:
        session = _web(request).session(auth.token_hash(token))
    request.state.session = session
    return session


def _form_token(request: Request) -> tuple[str, bool]:
    """The CSRF token for a form on this page, and whether a new form cookie must be set."""
    session = current_user(request)
    if session:
        return session.csrf, False
    token = request.cookies.get(FORM_COOKIE)
    return (token, False) if token else (secrets.token_urlsafe(24), True)


def _csrf_ok(request: Request, given: str | None) -> bool:
    session = current_user(request)
    expected = session.csrf if session else request.cookies.get(FORM_COOKIE)
    return auth.same_token(expected, given)


def _set_cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page of ours, with its script nonce, CSRF token and the logged-in user."""
    nonce = secrets.token_urlsafe(16)
    token, new = _form_token(request)
    html = (
        _templates()
        .get_template(template)
        .render(
            nonce=nonce, csrf=token, session=current_user(request), path=request.url.path, **context
        )
    )
    response = HTMLResponse(html, status_code=status)
    if new:
        _set_cookie(request, response, FORM_COOKIE, token, 12 * 3600)
    return _secure_headers(response, nonce)  # type: ignore[return-value]


def report_page(request: Request, html: str, agencies: Sequence[Agency]) -> HTMLResponse:
    """A report of reports/html.py (self-contained, its own CSP) with our navigation on top."""
    nav = (
        _templates()
        .get_template("_nav.html")
        .render(session=current_user(request), agencies=agencies, path=request.url.path)
    )
    html = _BODY.sub(lambda m: m.group(0) + nav, html, count=1)
    return _secure_headers(HTMLResponse(html))  # type: ignore[return-value]


def _too_many(request: Request, limiter: RateLimiter) -> int:
    return limiter.hit(client_key(client_ip(request)))


# --------------------------------------------------------------------------- self-check


def _start_check(request: Request, url: Any, as_of_text: Any) -> tuple[int, dict[str, Any]]:
    """(status, body) of a request for a self-check: 202 with the id, or an error."""
    state = request.app.state
    wait = _too_many(request, state.check_limiter)
    if wait:
        return 429, {
            "error": f"too many checks / ขอตรวจบ่อยเกินไป ({wait_text(wait)})",
            "retry_after": wait,
        }
    try:
        as_of = _as_of(as_of_text if isinstance(as_of_text, str) else None)
        target = check_target(url, state.settings.allow_loopback, state.settings.public_addresses)
    except (TargetError, HTTPException) as exc:
        return 400, {"error": getattr(exc, "detail", None) or str(exc)}
    try:
        check = state.checks.submit(target, as_of, client_key(client_ip(request)))
    except Refused as refused:
        data: dict[str, Any] = {"error": refused.message, "retry_after": refused.retry_after}
        if refused.check_id:
            data["id"] = refused.check_id  # the client's own check in progress
        return refused.status, data
    return 202, {"id": check.id}


async def api_start_check(request: Request) -> Response:
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        return _error(400, "send JSON: Content-Type application/json / ต้องส่งเป็น JSON")
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        return _error(403, "cross-origin request refused / ไม่รับคำขอจากเว็บไซต์อื่น")
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return _error(400, 'expected {"url": "https://…"} / รูปแบบคำขอไม่ถูกต้อง')
    status, data = await run_in_threadpool(
        _start_check, request, body.get("url"), body.get("as_of")
    )
    return JSONResponse(data, status_code=status, headers=_retry_header(data))


def _retry_header(data: dict[str, Any]) -> dict[str, str] | None:
    return {"Retry-After": str(data["retry_after"])} if "retry_after" in data else None


async def api_check(request: Request) -> Response:
    checks: CheckManager = request.app.state.checks
    check = checks.get(request.path_params["check_id"])
    if check is None:
        return _error(404, "no such check / ไม่พบรายการตรวจนี้")
    return JSONResponse(check.json(checks.queue_position(check)))


async def form_start_check(request: Request) -> Response:
    form = await request.form()
    if not _csrf_ok(request, form.get("csrf")):  # type: ignore[arg-type]
        return page(
            request,
            "index.html",
            403,
            error="the form expired, please try again / แบบฟอร์มหมดอายุ กรุณาลองใหม่",
            url=form.get("url"),
        )
    status, data = await run_in_threadpool(
        _start_check, request, form.get("url"), form.get("as_of")
    )
    if status != 202:
        response = page(request, "index.html", status, error=data["error"], url=form.get("url"))
        response.headers.update(_retry_header(data) or {})
        return response
    return RedirectResponse(f"/checks/{data['id']}", status_code=303)


async def index(request: Request) -> Response:
    return page(request, "index.html", today=clock.today().isoformat())


async def check_page(request: Request) -> Response:
    checks: CheckManager = request.app.state.checks
    check = checks.get(request.path_params["check_id"])
    if check is None:
        raise HTTPException(404)
    if check.state == "done" and check.report is not None:
        from oit.web.selfcheck import result_context  # the one-agency result page

        context = await run_in_threadpool(
            result_context,
            check.json(),
            request.app.state.rules.policy,
            request.query_params.get("list"),
        )
        return page(request, "check_result.html", **context)
    return page(
        request,
        "check.html",
        200 if check.state != "failed" else 500,
        check=check.json(checks.queue_position(check)),
    )


async def check_file(request: Request) -> Response:
    """A download of a finished self-check: .ics, ITA submission sheet, the report (selfcheck.FILES)."""
    from oit.web.selfcheck import FileError, download

    check = request.app.state.checks.get(request.path_params["check_id"])
    if check is None or check.state != "done" or check.report is None:
        raise HTTPException(404)
    try:
        file = await run_in_threadpool(
            download,
            check.json(),
            request.path_params["name"],
            request.app.state.rules.policy,
            request.query_params.get("list"),
        )
    except FileError as exc:
        raise HTTPException(404 if "no such file" in str(exc) else 400, str(exc)) from None
    disposition = "inline" if file.inline else "attachment"
    response = Response(
        file.content,
        media_type=file.media_type,
        headers={"Content-Disposition": f'{disposition}; filename="{file.filename}"'},
    )
    return _secure_headers(response)


# --------------------------------------------------------------------------- reports


def _latest_run(store: Store) -> dict[str, Any] | None:
    return store.latest_run("audit") or store.latest_run(None)


def _province_report(request: Request, as_of: dt.date) -> tuple[Report, str]:
    """The report of the latest audit and its HTML, cached until a new run or override."""
    state = request.app.state
    with _open(request) as store:
        run = _latest_run(store)
        if run is None:
            raise ReportError("no finished audit in the database yet / ยังไม่มีผลการตรวจในฐานข้อมูล")
        key = (run["id"], as_of, len(store.overrides()), clock.today())
        with state.cache_lock:
            if state.cache.get("key") == key:
                return state.cache["report"], state.cache["html"]
        report = report_records(store, as_of, run_id=run["id"])
        html = render_html(report, trend=trend(store, run["id"]))
    with state.cache_lock:
        state.cache.update(key=key, report=report, html=html)
    return report, html


async def api_report(request: Request) -> Response:
    as_of = _as_of(request.query_params.get("as_of"))
    try:
        report, _ = await run_in_threadpool(_province_report, request, as_of)
    except ReportError as exc:
        return _error(404, str(exc))
    return JSONResponse(report_json(report))


async def dashboard(request: Request) -> Response:
    as_of = _as_of(request.query_params.get("as_of"))
    try:
        report, html = await run_in_threadpool(_province_report, request, as_of)
    except ReportError as exc:
        return page(request, "empty.html", 200, message=str(exc))
    bar = (
        _templates()
        .get_template("_downloads.html")
        .render(as_of=as_of.isoformat(), formats=[(f.name, *f.label) for f in downloads()])
    )
    html = _BODY.sub(lambda m: m.group(0) + bar, html, count=1)  # the nav goes above it
    return report_page(request, html, report.agencies)


async def download_report(request: Request) -> Response:
    """The dashboard's report as a file: XLSX, CSV, JSON or the printable HTML."""
    fmt = request.path_params["fmt"]
    if fmt not in {f.name for f in downloads()}:
        raise HTTPException(404)
    as_of = _as_of(request.query_params.get("as_of"))
    try:
        report, html = await run_in_threadpool(_province_report, request, as_of)
    except ReportError as exc:
        return page(request, "empty.html", 404, message=str(exc))
    # the HTML is the page already made for the dashboard (the same render, cached with its trend)
    body = html.encode("utf-8") if fmt == "html" else await run_in_threadpool(render, report, fmt)
    name = f"oit-report-{as_of.isoformat()}{FORMATS[fmt].suffix}"
    response = Response(
        body,
        media_type=FORMATS[fmt].media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
    return _secure_headers(response)


# --------------------------------------------------------------------------- one agency


def _override_choices() -> list[tuple[str, str]]:
    """(value, label) of each item and part an override may target: "5.1" or "5.1:structure".

    An item without parts has one choice: its only part ("main") is the item itself.
    """
    choices = []
    for item in load_checklist().items:
        choices.append((item.code, f"{item.code} {item.title_th}"))
        if len(item.parts) > 1:
            choices += [
                (f"{item.code}:{p.key}", f"{item.code} · {p.title_th} ({p.key})")
                for p in item.parts
            ]
    return choices


def _agency_data(request: Request, agency_id: str, as_of: dt.date) -> dict[str, Any]:
    with _open(request) as store:
        known = store.agencies([agency_id]).get(agency_id)
        if known is None:
            raise HTTPException(404)
        run = _latest_run(store)
        latest = None
        crawl = (
            next((c for c in store.crawls(run["id"]) if c["agency_id"] == agency_id), None)
            if run
            else None
        )
        if crawl is not None:
            latest = agency_with_overrides(
                agency_record(store, crawl, known, as_of, request.app.state.rules), store, as_of
            )
        history = agency_history(store, agency_id, last=8)
        try:
            diff = diff_for_run(store)
            changes = [c for c in diff["changes"] if c["agency"] == agency_id]
            compared = (diff["base"], diff["target"])
        except HistoryError:
            changes, compared = [], None
        trail = overrides_trail(store, agency_id)
    return {
        "agency": known,
        "latest": latest,
        "run": run,
        "history": history,
        "changes": changes,
        "compared": compared,
        "trail": trail,
        "as_of": as_of.isoformat(),
        "choices": _override_choices(),
        "statuses": OVERRIDE_STATUSES,
    }


async def agency_page(
    request: Request,
    error: str | None = None,
    status: int = 200,
    form: dict[str, Any] | None = None,
) -> Response:
    as_of = _as_of(request.query_params.get("as_of"))
    data = await run_in_threadpool(_agency_data, request, request.path_params["agency_id"], as_of)
    return page(request, "agency.html", status, error=error, form=form or {}, **data)


def _save_override(
    request: Request, agency_id: str, fields: dict[str, Any], by: str
) -> dict[str, Any]:
    """Record an override; HistoryError for bad input (the message is for the user)."""
    target = str(fields.get("item") or "")
    code, _, part = target.partition(":")
    reason = fields.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise HistoryError("a reason is required / ต้องระบุเหตุผล")
    if len(reason) > MAX_REASON:
        raise HistoryError(
            f"the reason is too long (at most {MAX_REASON} characters) / "
            f"เหตุผลยาวเกินไป (ไม่เกิน {MAX_REASON} ตัวอักษร)"
        )
    until = fields.get("until") or None
    from oit.commands.options import DateInputError, parse_user_date

    try:  # CE or Buddhist-era, as on the command line
        until_day = parse_user_date(str(until)).day if until else None
    except DateInputError as exc:
        raise HistoryError(f"until: {exc}") from None
    with _open(request) as store:
        return record_override(
            store,
            agency_id,
            code,
            str(fields.get("status") or ""),
            reason,
            by,
            part=part or fields.get("part") or None,
            until=until_day,
        )


def _auditor(request: Request) -> Session | None:
    session = current_user(request)
    return session if session and session.role == "auditor" else None


async def form_override(request: Request) -> Response:
    agency_id = request.path_params["agency_id"]
    form = dict(await request.form())
    session = current_user(request)
    if session is None:
        return RedirectResponse(f"/login?next=/dashboard/agency/{agency_id}", status_code=303)
    if not _csrf_ok(request, form.get("csrf")):
        return await agency_page(
            request, "the form expired, please try again / แบบฟอร์มหมดอายุ", 403, form
        )
    if _auditor(request) is None:
        return await agency_page(
            request, "only auditors may record overrides / เฉพาะผู้ตรวจ", 403, form
        )
    try:
        await run_in_threadpool(_save_override, request, agency_id, form, session.user)
    except HistoryError as exc:
        return await agency_page(request, str(exc), 400, form)
    return RedirectResponse(f"/dashboard/agency/{agency_id}#overrides", status_code=303)


async def api_override(request: Request) -> Response:
    session = current_user(request)
    if session is None:
        return _error(401, "log in as an auditor first / กรุณาเข้าสู่ระบบในฐานะผู้ตรวจ")
    if not auth.same_token(session.csrf, request.headers.get(CSRF_HEADER)):
        return _error(403, "missing or wrong X-CSRF-Token / ไม่มีหรือโทเค็น CSRF ไม่ถูกต้อง")
    if session.role != "auditor":
        return _error(403, "only auditors may record overrides / เฉพาะผู้ตรวจเท่านั้น")
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("agency"), str):
        return _error(400, 'expected {"agency", "item", "status", "reason"} / รูปแบบคำขอไม่ถูกต้อง')
    try:
        row = await run_in_threadpool(_save_override, request, body["agency"], body, session.user)
    except HistoryError as exc:
        return _error(400, str(exc))
    return JSONResponse({"override": row}, status_code=201)


async def api_session(request: Request) -> Response:
    session = current_user(request)
    if session is None:
        return JSONResponse({"user": None})
    return JSONResponse({"user": session.user, "role": session.role, "csrf": session.csrf})


# --------------------------------------------------------------------------- login


def _next_path(value: Any) -> str:
    """Only a local path (never //host or a scheme) after login."""
    text = value if isinstance(value, str) else ""
    return text if text.startswith("/") and not text.startswith(("//", "/\\")) else "/dashboard"


async def login_page(request: Request) -> Response:
    return page(request, "login.html", next=_next_path(request.query_params.get("next")))


async def login(request: Request) -> Response:
    form = await request.form()
    nxt = _next_path(form.get("next"))
    if not _csrf_ok(request, form.get("csrf")):  # type: ignore[arg-type]
        return page(
            request,
            "login.html",
            403,
            next=nxt,
            error="the form expired, please try again / แบบฟอร์มหมดอายุ กรุณาลองใหม่",
        )
    if _too_many(request, request.app.state.login_limiter):
        return page(
            request,
            "login.html",
            429,
            next=nxt,
            error="too many attempts, wait a few minutes / ลองหลายครั้งเกินไป กรุณารอสักครู่",
        )
    name, password = str(form.get("name") or ""), str(form.get("password") or "")

    def start() -> str | None:
        user = auth.authenticate(_web(request), name, password)
        return auth.new_session(_web(request), user.name)[0] if user else None

    token = await run_in_threadpool(start)
    if token is None:
        return page(
            request,
            "login.html",
            401,
            next=nxt,
            error="wrong name or password / ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
        )
    response = RedirectResponse(nxt, status_code=303)
    _set_cookie(request, response, SESSION_COOKIE, token, auth.SESSION_HOURS * 3600)
    return response


async def logout(request: Request) -> Response:
    """Ends the server session of the cookie, CSRF token or not: logging out must always work
    (SameSite=Strict already keeps other sites from logging anyone out)."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        await run_in_threadpool(_web(request).delete_session, auth.token_hash(token))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# --------------------------------------------------------------------------- errors and app


async def http_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 500)
    detail = getattr(exc, "detail", "") if status == 400 else ""
    message = detail or {404: "not found / ไม่พบหน้านี้", 405: "method not allowed"}.get(
        status, "error"
    )
    if request.url.path.startswith("/api/"):
        return _error(status, message)
    return page(request, "empty.html", status, message=message)


async def server_error(request: Request, exc: Exception) -> Response:
    """Any unexpected error: logged with its traceback, answered with one generic line."""
    log.error("error on %s %s", request.method, request.url.path, exc_info=exc)
    message = "internal error / ระบบขัดข้อง กรุณาลองใหม่ภายหลัง"
    if request.url.path.startswith("/api/"):
        return _error(500, message)
    return _secure_headers(
        HTMLResponse(f"<!DOCTYPE html><meta charset=utf-8><p>{message}</p>", 500)
    )


async def store_error(request: Request, exc: Exception) -> Response:
    log.error("database error: %s", exc)
    message = "the database is not available / ฐานข้อมูลใช้งานไม่ได้"
    return (
        _error(503, message)
        if request.url.path.startswith("/api/")
        else page(request, "empty.html", 503, message=message)
    )


def _scratch_folder() -> Path:
    """A new temporary folder for the checks' scratch databases, marked with our pid; those
    a killed server left behind (their pid is gone) are removed first."""
    for old in Path(tempfile.gettempdir()).glob("oit-web-*"):
        try:
            owner = int((old / "owner.pid").read_text())
        except (OSError, ValueError):
            continue  # not ours to judge
        if not pid_alive(owner):
            shutil.rmtree(old, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix="oit-web-"))
    (folder / "owner.pid").write_text(str(os.getpid()))
    return folder


def create_app(settings: Settings) -> Starlette:
    """The app for ``settings``; the databases are created (and migrated) at once.
    Wrap it in :class:`LimitedBodies` to serve it (:func:`serve_app` does)."""
    with open_db(settings.db_path):
        pass
    web = open_web_store(settings.db_path, settings.web_db_path)
    workdir = settings.workdir or _scratch_folder()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        # No crawl outlives the server; its scratch files go with it.
        await run_in_threadpool(app.state.checks.shutdown)
        web.close()
        if settings.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    routes = [
        Route("/", index),
        Route("/checks", form_start_check, methods=["POST"]),
        Route("/checks/{check_id}", check_page),
        Route("/checks/{check_id}/files/{name}", check_file),
        Route("/dashboard", dashboard),
        Route("/dashboard/report.{fmt}", download_report),
        Route("/dashboard/agency/{agency_id}", agency_page),
        Route("/dashboard/agency/{agency_id}/overrides", form_override, methods=["POST"]),
        Route("/login", login_page),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/api/checks", api_start_check, methods=["POST"]),
        Route("/api/checks/{check_id}", api_check),
        Route("/api/report", api_report),
        Route("/api/overrides", api_override, methods=["POST"]),
        Route("/api/session", api_session),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={
            HTTPException: http_error,
            StoreError: store_error,
            Exception: server_error,
        },
    )
    from crawler.evaluation import Rules

    app.state.settings = settings
    app.state.rules = Rules.default()
    app.state.web = web
    app.state.checks = CheckManager(
        workdir,
        settings.concurrency,
        settings.max_queued,
        store=web,
        per_hour=settings.checks_per_hour,
        allow_loopback=settings.allow_loopback,
        public=settings.public_addresses,
    )
    app.state.check_limiter = RateLimiter(settings.checks_per_window, settings.check_window_s)
    app.state.login_limiter = RateLimiter(settings.logins_per_window, 600.0)
    app.state.cache = {}
    app.state.cache_lock = threading.Lock()
    return app


def serve_app(settings: Settings) -> LimitedBodies:
    """The app as ``oit serve`` runs it: every route's body bounded (oit/web/limits.py)."""
    limited = LimitedBodies(create_app(settings))
    limited.state = limited.app.state  # type: ignore[attr-defined]
    return limited
