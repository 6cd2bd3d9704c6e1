"""Ports for servers the tests start, without the bind-release-bind race.

Binding port 0, closing the socket and handing the number to a server lets another process take
the port in between. Where the server can take an open socket we pass it one; where it is a
child process that binds by itself we retry on a fresh port when it could not bind.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def bound_socket() -> socket.socket:
    """A TCP socket bound to a free loopback port, kept open until a server takes it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def candidate_port() -> int:
    """A port that was free a moment ago: only for child processes, and only under ``retry_bind``."""
    with bound_socket() as sock:
        return sock.getsockname()[1]


def retry_bind(start: Callable[[int], T], started: Callable[[T], bool], tries: int = 5) -> T:
    """``start(port)`` on fresh ports until ``started`` says the server is up (it lost no race)."""
    for _ in range(tries):
        server = start(candidate_port())
        if started(server):
            return server
    raise RuntimeError(f"no server could bind a loopback port in {tries} tries")
