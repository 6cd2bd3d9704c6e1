"""Hostile and broken loopback servers for the fault-injection tests (``tests/test_hostile_*.py``).

:class:`RawSite` answers on a raw socket, so it can misbehave in ways an HTTP
library will not: drip one byte a second (slowloris), reset the connection
(RST), stream 50 MB with or without a Content-Length. The bombs are small bodies
that inflate to 1 GB; they are built without compressing a gigabyte (repeated
byte-aligned deflate blocks, repeated gzip members). Everything listens on
127.0.0.0/8 only.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from functools import cache

GIB = 1 << 30
Handler = Callable[[socket.socket], None]


class RawSite:
    """``RawSite({"/": handler, ...})``: each request is answered by ``handler(conn)``
    (404 for unknown paths); ``paths()`` lists the paths asked for."""

    def __init__(self, routes: dict[str, Handler], host: str = "127.0.0.1") -> None:
        self.routes = routes
        self.stop_event = threading.Event()
        self.requests: list[str] = []
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.sock.listen(64)
        self.host, self.port = host, self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def paths(self) -> list[str]:
        return list(self.requests)

    def close(self) -> None:
        self.stop_event.set()
        self.sock.close()

    def _serve(self) -> None:
        while not self.stop_event.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        try:
            head = b""
            while b"\r\n\r\n" not in head and len(head) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            path = head.split(b" ", 2)[1].decode("latin-1") if head.count(b" ") >= 2 else "/"
            self.requests.append(path)
            handler = self.routes.get(path.split("?")[0]) or respond(b"not found", status=404)
            handler(conn)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()


def _head(
    status: int = 200,
    content_type: str | None = "text/html; charset=utf-8",
    length: int | None = None,
    extra: tuple[tuple[str, str], ...] = (),
) -> bytes:
    lines = [f"HTTP/1.1 {status} X", "Connection: close"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines += [f"{k}: {v}" for k, v in extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(
    body: bytes | str,
    status: int = 200,
    content_type: str | None = "text/html; charset=utf-8",
    headers: tuple[tuple[str, str], ...] = (),
) -> Handler:
    data = body.encode("utf-8") if isinstance(body, str) else body

    def handler(conn: socket.socket) -> None:
        conn.sendall(_head(status, content_type, len(data), headers) + data)

    return handler


def drip(stop: threading.Event, every: float = 1.0, limit: float = 60.0) -> Handler:
    """Slowloris: headers promise 100 kB, then one byte a second until the client gives up."""

    def handler(conn: socket.socket) -> None:
        conn.sendall(_head(length=100_000) + b"<")
        end = time.monotonic() + limit
        while not stop.wait(every) and time.monotonic() < end:
            conn.sendall(b"p")

    return handler


def reset(conn: socket.socket) -> None:
    """Answer with a TCP reset: SO_LINGER 0, then close."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def stream(
    total: int, with_length: bool, content_type: str = "text/html; charset=utf-8"
) -> Handler:
    """``total`` bytes of HTML, with or without a Content-Length announcing them."""
    chunk = b"<p>" + b"x" * 65530 + b"</p>"

    def handler(conn: socket.socket) -> None:
        conn.sendall(
            _head(content_type=content_type, length=total if with_length else None)
            + b"<html><body>"
        )
        sent = 0
        while sent < total:
            conn.sendall(chunk)
            sent += len(chunk)

    return handler


@cache
def deflate_bomb(size: int = GIB) -> bytes:
    """Raw deflate of ``size`` zero bytes (~1 kB per MiB): one block, byte-aligned by a full
    flush, repeated (a full flush resets the history, so every later block is identical)."""
    mib = bytes(1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(mib) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(mib) + comp.flush(zlib.Z_FULL_FLUSH)
    return first + block * (size // len(mib) - 1) + comp.flush()


@cache
def gzip_bomb(size: int = GIB) -> bytes:
    """Gzip members of 64 MiB zeros, concatenated (a valid multi-member gzip stream)."""
    member = gzip.compress(bytes(64 << 20), 9)
    return member * (size // (64 << 20))


@cache
def brotli_bomb(size: int = GIB) -> bytes:
    import brotli

    comp = brotli.Compressor(quality=1)
    mib = bytes(1 << 20)
    return b"".join(comp.process(mib) for _ in range(size >> 20)) + comp.finish()


@cache
def zstd_bomb(size: int = GIB) -> bytes:
    try:
        from compression import zstd  # type: ignore[import-not-found]
    except ImportError:
        from backports import zstd
    comp = zstd.ZstdCompressor()
    mib = bytes(1 << 20)
    return b"".join(comp.compress(mib) for _ in range(size >> 20)) + comp.flush()


def check_bombs() -> None:
    """Sanity check of the bomb builders (used by a test): each inflates to what it claims."""
    assert len(zlib.decompressobj(-15).decompress(deflate_bomb(8 << 20))) == 8 << 20
    assert len(gzip.decompress(gzip_bomb(128 << 20))) == 128 << 20
