"""The `kiwoom` command where a user or a script meets its edges: a reader that goes away before the output is
written (`kiwoom ... | head`), a group named without its command, empty names and blank keys for profiles, and a
`--format` each command either honours or refuses."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest
from kiwoom_sdk.sim import Simulator, running

from tests.cli_support import KIWOOM, cli_env, envelope, kiwoom

DAILY = ("call", "ka10081", "--stk-cd", "005930", "--base-dt", "20260105", "--upd-stkpc-tp", "1")


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with running() as simulator:
        yield simulator


def to_closed_pipe(*args: str, sim: Simulator) -> subprocess.CompletedProcess[str]:
    """`kiwoom ARGS` with stdout a pipe whose reader is already gone (what `| head` leaves behind once it has
    read its lines)."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [*KIWOOM, *args], stdout=write, stderr=subprocess.PIPE, env=cli_env(sim), text=True, timeout=120
        )
    finally:
        os.close(write)


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("call", "ka10001", "--help"),
        ("search", "일봉", "--format", "table"),
        ("describe", "ka10081"),
        ("call", "ka10001", "--stk-cd", "005930"),
        (*DAILY, "--all-pages", "--format", "csv"),
        ("stream", "0B", "005930", "--count", "3"),
    ],
)
def test_a_reader_gone_is_exit_141_without_a_traceback(args: tuple[str, ...], sim: Simulator) -> None:
    result = to_closed_pipe(*args, sim=sim)
    assert result.returncode == 141, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr


def test_an_error_with_its_reader_gone_keeps_its_line_and_exit_code(sim: Simulator) -> None:
    result = to_closed_pipe("call", "ka99999", sim=sim)
    assert result.returncode == 2, result.stderr
    assert result.stderr == "kiwoom: unknown TR 'ka99999': try `kiwoom search WORDS`\n"


@pytest.mark.parametrize("group", [(), ("call",), ("auth",)])
def test_a_group_without_its_command_is_one_short_line(group: tuple[str, ...]) -> None:
    result = kiwoom(*group)
    path = " ".join(("kiwoom", *group))
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"kiwoom: `{path}` needs a command: `{path} --help` lists them\n"
    assert envelope(result)["error"]["class"] == "UsageError"
