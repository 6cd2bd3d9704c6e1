"""The webhook channel: the changes POSTed as JSON to each URL; any answer but 2xx is a failure."""

from __future__ import annotations

import ipaddress
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from oit.alerts import Delivery, diff_json, reason, strings

USER_AGENT = "OIT-Watch alerts"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def post_webhook(diff: dict[str, Any], url: str, timeout: float = 30.0) -> Delivery:
    """POST the changes as JSON to ``url``; any answer but 2xx is a failure."""
    target = f"webhook:{url}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Delivery(target, False, "not an http(s) URL")
    request = urllib.request.Request(
        url,
        data=diff_json(diff).encode("utf-8"),
        method="POST",
        headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT},
    )
    # Loopback is never sent through a proxy from the environment.
    handlers = [urllib.request.ProxyHandler({})] if _is_loopback(parts.hostname) else []
    try:
        with urllib.request.build_opener(*handlers).open(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        return Delivery(target, False, f"HTTP {exc.code} {exc.reason}")
    except (OSError, ValueError) as exc:
        return Delivery(target, False, reason(exc))
    return Delivery(target, True, f"HTTP {status}")


class Webhook:
    name = "webhook"
    metavar = "URL"
    help = "POST the changes as JSON to URL (repeatable)."
    settings = ()
    check_targets = staticmethod(strings(r"^https?://[^\s/]+", "http(s) URLs"))

    def send(
        self, diff: dict[str, Any], targets: Sequence[str], options: Mapping[str, Any]
    ) -> list[Delivery]:
        return [post_webhook(diff, url) for url in targets]
