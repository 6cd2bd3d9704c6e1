"""The README documents every command, and every command has help text (as sqlite-utils does)."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from oit.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_with_help() -> None:
    missing = [name for name in cli.commands if not re.search(rf"`oit {re.escape(name)}\b", README)]
    assert missing == []
    for name, command in cli.commands.items():
        assert (command.help or "").strip(), name
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)


def test_readme_names_every_checklist_item_and_status() -> None:
    for code in [f"5.{n}" for n in range(1, 12)]:
        assert code in README
    for status in ("ok", "stale", "undated", "missing", "not_checked"):
        assert f"`{status}`" in README
