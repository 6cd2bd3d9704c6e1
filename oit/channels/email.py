"""The e-mail channel: the changes as a Thai/English text body with the JSON attached, sent
through SMTP (stdlib ``smtplib``). The login, when needed, comes from $OIT_SMTP_USER /
$OIT_SMTP_PASSWORD, never from a config file."""

from __future__ import annotations

import os
import re
import smtplib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from oit.alerts import (
    Delivery,
    Setting,
    diff_json,
    diff_text,
    parse_host_port,
    reason,
    strings,
    subject,
)

ADDRESS = r"^[^@\s]+@[^@\s]+$"


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = "localhost"
    port: int = 25
    sender: str = "oit-watch@localhost"
    starttls: bool = False
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> SmtpSettings:
        host, port = parse_host_port(options.get("smtp") or "localhost:25")
        return cls(
            host,
            port,
            options.get("from") or cls.sender,
            bool(options.get("starttls")),
            os.environ.get("OIT_SMTP_USER"),
            os.environ.get("OIT_SMTP_PASSWORD"),
        )


def _host_port(value: Any) -> str | None:
    try:
        parse_host_port(value if isinstance(value, str) else "")
    except ValueError as exc:
        return str(exc)
    return None


def _address(value: Any) -> str | None:
    return (
        None if isinstance(value, str) and re.match(ADDRESS, value) else "must be an e-mail address"
    )


def _is_flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def send_email(diff: dict[str, Any], to: Sequence[str], smtp: SmtpSettings) -> Delivery:
    """Mail the changes (text body, JSON attached) to ``to`` through ``smtp``."""
    target = f"email:{','.join(to)}"
    message = EmailMessage()
    message["Subject"] = subject(diff)
    message["From"] = smtp.sender
    message["To"] = ", ".join(to)
    message.set_content(diff_text(diff))
    message.add_attachment(
        diff_json(diff).encode("utf-8"),
        maintype="application",
        subtype="json",
        filename=f"oit-changes-run-{diff['target']['id']}.json",
    )
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
            if smtp.starttls:
                client.starttls()
            if smtp.user:
                client.login(smtp.user, smtp.password or "")
            refused = client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        return Delivery(target, False, f"{smtp.host}:{smtp.port}: {reason(exc)}")
    if refused:
        return Delivery(target, False, f"refused: {', '.join(sorted(refused))}")
    return Delivery(target, True, f"{smtp.host}:{smtp.port}")


class Email:
    name = "email"
    metavar = "TO"
    help = "Mail the changes to TO (repeatable)."
    settings = (
        Setting("smtp", "SMTP server.", "localhost:25", "OIT_SMTP", "HOST:PORT", _host_port),
        Setting(
            "from", "Sender address.", "oit-watch@localhost", "OIT_MAIL_FROM", "ADDR", _address
        ),
        Setting(
            "starttls",
            "Use STARTTLS; login with $OIT_SMTP_USER / $OIT_SMTP_PASSWORD when set.",
            False,
            check=_is_flag,
        ),
    )
    check_targets = staticmethod(strings(ADDRESS, "e-mail addresses"))

    def send(
        self, diff: dict[str, Any], targets: Sequence[str], options: Mapping[str, Any]
    ) -> list[Delivery]:
        # every address in one message: one delivery for the channel
        return [send_email(diff, targets, SmtpSettings.from_options(options))] if targets else []
