"""`kiwoom` on a terminal (a pseudo-terminal, stdout still a pipe) against the simulator: what only a person at a
terminal sees (a progress line while pages are read; a real order asked for at a prompt that names its host; secrets typed at a prompt
that does not echo them) and what a script reading stdout gets: one JSON envelope, nothing else."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiwoom_sdk.cli._app import login
from kiwoom_sdk.sim import Simulator, running

from tests.cli_support import cli_env, on_terminal

BUY = ("call", "kt10000", "--dmst-stex-tp", "KRX", "--stk-cd", "005930", "--ord-qty", "1", "--trde-tp", "3")
ASKED = "[y/N]: "


@pytest.fixture(scope="module")
def real() -> Iterator[Simulator]:
    """A simulator of the real server: `--env real` with its URL in KIWOOM_BASE_URL sends real orders to it."""
    with running(env="real") as simulator:
        yield simulator


def _one_envelope(stdout: str) -> dict[str, object]:
    """The JSON envelope that is all of stdout (not a byte of a prompt or a progress line with it)."""
    assert stdout.startswith("{") and stdout.endswith("}\n"), stdout
    [line] = stdout.splitlines()
    value: dict[str, object] = json.loads(line)
    return value


def test_all_pages_show_progress_on_the_terminal_and_only_json_on_stdout() -> None:
    with running() as sim:
        run = on_terminal("call", "ka10081", "--stk-cd", "005930", "--base-dt", "20260105", "--upd-stkpc-tp", "1",
                          "--all-pages", "--format", "json", env=cli_env(sim))  # fmt: skip
    assert run.returncode == 0, run.screen
    answer = _one_envelope(run.stdout)
    pages = answer["pages"]
    assert isinstance(pages, int) and pages > 1
    assert "ka10081 주식일봉차트조회요청" in run.screen and f"{pages} pages" in run.screen


def test_a_real_order_declined_at_the_prompt_sends_nothing(real: Simulator) -> None:
    before = real.state.requests
    run = on_terminal(
        *BUY, "--env", "real", "--confirm", "--format", "json", env=cli_env(real), answers=[(ASKED, "n\n")]
    )
    assert run.returncode == 9, run.screen
    assert f"send this REAL order to {real.url} (not Kiwoom's own host)? kt10000" in run.screen  # where it would go
    assert "ord_qty=1" in run.screen
    error = _one_envelope(run.stdout)["error"]
    assert isinstance(error, dict) and error["class"] == "Declined"
    assert real.state.requests == before  # not even a token


def test_a_real_order_agreed_at_the_prompt_is_sent_once(real: Simulator) -> None:
    before = real.state.orders_accepted
    run = on_terminal(
        *BUY, "--env", "real", "--confirm", "--format", "json", env=cli_env(real), answers=[(ASKED, "y\n")]
    )
    assert run.returncode == 0, run.screen
    answer = _one_envelope(run.stdout)
    assert answer["sent"] is True and answer["env"] == "real"
    assert real.state.orders_accepted == before + 1


def test_login_reads_secrets_at_a_prompt_that_does_not_echo_them(tmp_path: Path) -> None:
    appkey, secretkey = "PSk3yForAPromptTest0001", "S3cretForAPromptTest0002"
    env = cli_env(None, HOME=str(tmp_path))  # no keyring (KIWOOM_NO_KEYRING): the file under this HOME
    answers = [("app key: ", f"{appkey}\n"), ("secret key: ", f"{secretkey}\n")]
    run = on_terminal("auth", "login", "--profile", "typed", env=env, answers=answers)
    assert run.returncode == 0, run.screen
    assert "app key: " in run.screen and "secret key: " in run.screen
    assert appkey not in run.screen + run.stdout and secretkey not in run.screen + run.stdout
    stored = tmp_path / ".config" / "kiwoom" / "credentials.json"
    assert f"saved in {stored}" in run.screen
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert json.loads(stored.read_text(encoding="utf-8"))["typed"] == {
        "appkey": appkey,
        "secretkey": secretkey,
        "env": "mock",
    }


def test_login_takes_no_secret_on_the_command_line() -> None:
    assert {parameter.name for parameter in login.params} == {"profile", "env"}
