"""Bounded requests for ``oit serve``: body size per route, body and header read time, connections.

The numbers are the README's ("Web app: limits"); its reverse-proxy example sets the same.
A body over its route's limit is refused with 413 before it is read when its
Content-Length says so, else as soon as the bytes read pass the limit; either way the
connection is closed, so the rest is never read.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]

HEADER_TIMEOUT_S = 10.0  # a request's headers must arrive within this (slow-header connections)
BODY_TIMEOUT_S = 15.0  # and its body within this
KEEP_ALIVE_S = 5
MAX_CONNECTIONS = 200  # open connections and requests in progress; more are answered 503
DEFAULT_BODY = 1024  # routes not listed below (GET pages) take no real body


@dataclass(frozen=True)
class BodyLimit:
    method: str
    path: re.Pattern[str]
    max_bytes: int


ROUTE_LIMITS = (
    BodyLimit("POST", re.compile(r"/login"), 4096),
    BodyLimit("POST", re.compile(r"/logout"), 2048),
    BodyLimit("POST", re.compile(r"/checks"), 4096),
    BodyLimit("POST", re.compile(r"/api/checks"), 4096),
    BodyLimit("POST", re.compile(r"/api/overrides"), 16384),
    BodyLimit("POST", re.compile(r"/dashboard/agency/[^/]+/overrides"), 16384),
)
MAX_REASON = 2000  # characters of an override's reason (a few KB in UTF-8)


def body_limit(method: str, path: str) -> int:
    return next(
        (r.max_bytes for r in ROUTE_LIMITS if r.method == method and r.path.fullmatch(path)),
        DEFAULT_BODY,
    )


class _Abort(BaseException):
    """Raised into the app from receive(): a BaseException, so no handler of the app turns it
    into a 500; :class:`LimitedBodies` answers instead."""

    def __init__(self, status: int) -> None:
        self.status = status


_MESSAGES = {
    413: "request body too large / ข้อมูลที่ส่งมามีขนาดใหญ่เกินไป",
    408: "request body too slow / ส่งข้อมูลช้าเกินไป",
}


class LimitedBodies:
    """ASGI middleware: each route's body limit and the body read time (outermost)."""

    def __init__(self, app: ASGIApp, timeout: float = BODY_TIMEOUT_S) -> None:
        self.app = app
        self.timeout = timeout

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["method"], scope["path"])
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _refuse(scope, send, 413)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                raise _Abort(408) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _Abort(413)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _Abort as abort:
            if not started:
                await _refuse(scope, send, abort.status)


async def _refuse(scope: Scope, send: Callable[[Message], Awaitable[None]], status: int) -> None:
    """A short answer that closes the connection (the unread body is never read)."""
    message = _MESSAGES[status]
    if scope["path"].startswith("/api/"):
        body, kind = (
            json.dumps({"error": message}, ensure_ascii=False).encode(),
            b"application/json",
        )
    else:
        body, kind = (
            f"<!DOCTYPE html><meta charset=utf-8><p>{message}</p>".encode(),
            b"text/html; charset=utf-8",
        )
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", kind),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class HeaderTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request headers take longer than
    ``HEADER_TIMEOUT_S`` (uvicorn waits for them forever: slow-header connections pile up)."""

    header_timeout = HEADER_TIMEOUT_S
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state is not h11.IDLE:  # the headers are in
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request on this connection gets the same time

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def uvicorn_options() -> dict[str, Any]:
    """What ``oit serve`` (and the tests) give uvicorn."""
    return {
        "http": HeaderTimeoutProtocol,
        "limit_concurrency": MAX_CONNECTIONS,
        "timeout_keep_alive": KEEP_ALIVE_S,
        "h11_max_incomplete_event_size": 16 * 1024,
    }
