"""Alert channels are a registry (oit/channels): a new channel is one class and one line in
``CHANNELS``; the schedule's [jobs.NAME.alerts] and ``oit alert`` read it (unit tier, no network)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

import oit.channels
from oit.alerts import Delivery, Setting, strings
from oit.channels import CHANNELS, names, send_alerts
from oit.commands.history import _channel_options
from oit.schedule import ScheduleError, load_config


class Pager:
    """A made-up channel: what a contributor would write in oit/channels/pager.py."""

    name = "pager"
    metavar = "NUMBER"
    help = "Page NUMBER (repeatable)."
    settings = (Setting("pager-gateway", "Pager gateway.", "gw.local", "OIT_PAGER_GW", "HOST"),)
    check_targets = staticmethod(strings(r"^\d+$", "numbers"))

    def __init__(self) -> None:
        self.sent: list[tuple[tuple[str, ...], dict[str, Any]]] = []

    def send(
        self, diff: dict[str, Any], targets: Sequence[str], options: Mapping[str, Any]
    ) -> list[Delivery]:
        self.sent.append((tuple(targets), dict(options)))
        return [Delivery(f"pager:{t}", t != "0", options["pager-gateway"]) for t in targets]


@pytest.fixture
def pager(monkeypatch: pytest.MonkeyPatch) -> Pager:
    channel = Pager()
    monkeypatch.setattr(oit.channels, "CHANNELS", (*CHANNELS, channel))
    monkeypatch.delenv("OIT_PAGER_GW", raising=False)
    return channel


def _job_alerts(tmp_path: Path, alerts: str) -> Any:
    path = tmp_path / "schedule.toml"
    path.write_text(
        f'[jobs.q]\nagencies = "a.csv"\ncron = "@daily"\ndb = "x.db"\n[jobs.q.alerts]\n{alerts}',
        encoding="utf-8",
    )
    return load_config(path).jobs[0].alerts


def test_the_registry_holds_email_then_webhook() -> None:
    assert [c.name for c in CHANNELS] == ["email", "webhook"]
    assert names() == "'email' or 'webhook'"
    assert [s.key for s in oit.channels.settings()] == ["smtp", "from", "starttls"]


def test_schedule_reads_a_new_channel_from_the_registry(tmp_path: Path, pager: Pager) -> None:
    alerts = _job_alerts(
        tmp_path, 'pager = ["0811", "0"]\npager-gateway = "gw.example"\nstable = 2\n'
    )
    assert alerts.targets == {"pager": ("0811", "0")} and alerts.pager == ("0811", "0")
    assert (
        alerts.email == ()
        and alerts.stable == 2
        and alerts.options["pager-gateway"] == "gw.example"
    )
    deliveries = send_alerts({"summary": {}}, alerts.targets, alerts.options)
    assert [(d.target, d.ok, d.detail) for d in deliveries] == [
        ("pager:0811", True, "gw.example"),
        ("pager:0", False, "gw.example"),
    ]
    with pytest.raises(ScheduleError, match=r"alerts\.pager must be a list of numbers"):
        _job_alerts(tmp_path, 'pager = ["x"]\n')
    with pytest.raises(ScheduleError, match=r"alerts needs 'email', 'webhook' or 'pager'"):
        _job_alerts(tmp_path, "stable = 2\n")
    with pytest.raises(
        ScheduleError, match=r"known: email, webhook, pager, smtp, from, starttls, pager-gateway"
    ):
        _job_alerts(tmp_path, 'fax = ["1"]\n')


def test_schedule_settings_default_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OIT_SMTP", "mail.example:2525")
    monkeypatch.delenv("OIT_MAIL_FROM", raising=False)
    alerts = _job_alerts(tmp_path, 'email = ["a@b.example"]\n')
    assert alerts.options == {
        "smtp": "mail.example:2525",
        "from": "oit-watch@localhost",
        "starttls": False,
    }
    with pytest.raises(ScheduleError, match=r"alerts\.from must be an e-mail address"):
        _job_alerts(tmp_path, 'email = ["a@b.example"]\nfrom = "nobody"\n')


def test_cli_options_come_from_the_registry(pager: Pager) -> None:
    seen: dict[str, Any] = {}

    @click.command()
    @_channel_options
    def command(**values: Any) -> None:
        seen.update(values)

    runner = CliRunner()
    result = runner.invoke(
        command, ["--pager", "0811", "--pager", "0822", "--email", "a@b.example"]
    )
    assert result.exit_code == 0, result.output
    assert seen["to_pager"] == ("0811", "0822") and seen["to_email"] == ("a@b.example",)
    assert seen["set_pager_gateway"] == "gw.local" and seen["set_starttls"] is False
    help_text = runner.invoke(command, ["--help"]).output
    assert "--pager NUMBER" in help_text and "Page NUMBER (repeatable)." in help_text
