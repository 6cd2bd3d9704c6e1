"""Alert channels: the registry that ``oit alert`` and the scheduler's ``[jobs.NAME.alerts]``
read. A new channel is one class in one file here (see the ``Channel`` protocol in
oit/alerts.py) and one line in ``CHANNELS``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from oit.alerts import Channel, Delivery, Setting
from oit.channels.email import Email
from oit.channels.webhook import Webhook

# The order is the order of --help, of the schedule's known keys and of the deliveries.
CHANNELS: tuple[Channel, ...] = (
    Email(),
    Webhook(),
)


def settings() -> tuple[Setting, ...]:
    """Every channel's settings, each key once."""
    seen: dict[str, Setting] = {}
    for channel in CHANNELS:
        for setting in channel.settings:
            seen.setdefault(setting.key, setting)
    return tuple(seen.values())


def names(last: str = "or") -> str:
    """'email' or 'webhook' -> "'email' or 'webhook'" for messages."""
    quoted = [f"'{c.name}'" for c in CHANNELS]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} {last} {quoted[-1]}"


def send_alerts(
    diff: dict[str, Any], targets: Mapping[str, Sequence[str]], options: Mapping[str, Any]
) -> list[Delivery]:
    """Send the changes to every target of every channel; one :class:`Delivery` each, failures included."""
    return [d for c in CHANNELS for d in c.send(diff, tuple(targets.get(c.name, ())), options)]
