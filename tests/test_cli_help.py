"""Help that helps: every command's help shows an example; usage errors say what to do next."""

from __future__ import annotations

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from textmine.cli import app

COMMANDS = sorted(get_command(app).commands)


def test_the_main_help_shows_an_example():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0 and "Example: textmine tag" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_shows_an_example(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert f"Example: textmine {command}" in " ".join(result.output.split()), result.output


@pytest.mark.parametrize(
    ("args", "advice"),
    [
        (["tag", "/no/such/folder", "-o", "out"], "check the path"),
        (["facts", "/no/such/file.txt"], "check the path"),
        (["compare", "/no/such/out", "-o", "r"], "run `textmine tag"),
        (["eval", "--gold", "/no/such/gold"], "--gold DIR"),
        (["tag", ".", "-o", "out", "--format", "xls"], "parquet, csv or dta"),
    ],
)
def test_usage_errors_say_what_to_do(args, advice, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert advice in " ".join(result.output.replace("│", " ").split()), result.output
