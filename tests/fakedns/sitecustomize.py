"""Tests only: a fake resolver for names ending in ``.test``, in every Python process started with
this folder on PYTHONPATH and ``OIT_FAKE_DNS`` naming a JSON file {name: [answers of call 1,
answers of call 2, ...]} (the last list answers every later call). Each lookup is appended to
``<file>.calls`` as "name pid", so answers can change between calls across processes (a DNS
rebinding server) and a test can see who asked. No real DNS query is ever made for these names.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket

_real_getaddrinfo = socket.getaddrinfo


def answers(spec_path: str, name: str) -> list[str] | None:
    """This call's answers for ``name`` (None: not a fake name)."""
    name = name.lower().rstrip(".")
    if not name.endswith(".test"):
        return None
    with open(spec_path, encoding="utf-8") as fh:
        entry = json.load(fh).get(name)
    with open(spec_path + ".calls", "a+", encoding="utf-8") as log:
        fcntl.flock(log, fcntl.LOCK_EX)
        log.seek(0)
        done = sum(1 for line in log if line.split(" ")[0] == name)
        log.write(f"{name} {os.getpid()}\n")
    if not entry:
        return []
    return entry[min(done, len(entry) - 1)]


def lookups(spec_path: str) -> list[tuple[str, int]]:
    try:
        with open(spec_path + ".calls", encoding="utf-8") as log:
            return [(n, int(p)) for n, p in (line.split() for line in log if line.strip())]
    except FileNotFoundError:
        return []


def fake_getaddrinfo(spec_path: str):  # noqa: ANN201
    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002, ANN001, ANN202
        found = answers(spec_path, host) if isinstance(host, str) else None
        if found is None:
            return _real_getaddrinfo(host, port, family, type, proto, flags)
        if not found:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        port_number = int(port) if isinstance(port, (int, str)) and str(port).isdigit() else 0
        result = []
        for address in found:
            v6 = ":" in address
            if family not in (0, socket.AF_INET6 if v6 else socket.AF_INET):
                continue
            sockaddr = (address, port_number, 0, 0) if v6 else (address, port_number)
            result.append(
                (socket.AF_INET6 if v6 else socket.AF_INET, socket.SOCK_STREAM, 6, "", sockaddr)
            )
        return result

    return getaddrinfo


def fake_gethostbyname(spec_path: str):  # noqa: ANN201
    real = socket.gethostbyname

    def gethostbyname(host):  # noqa: ANN001, ANN202
        found = answers(spec_path, host)
        if found is None:
            return real(host)
        v4 = [a for a in found if ":" not in a]
        if not v4:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return v4[0]

    return gethostbyname


if os.environ.get("OIT_FAKE_DNS"):
    socket.getaddrinfo = fake_getaddrinfo(os.environ["OIT_FAKE_DNS"])
    socket.gethostbyname = fake_gethostbyname(os.environ["OIT_FAKE_DNS"])
