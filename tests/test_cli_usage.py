"""The `kiwoom` command where a user or a script meets its edges: a reader that goes away before the output is
written (`kiwoom ... | head`), a group named without its command, empty names and blank keys for profiles, and a
`--format` each command either honours or refuses."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import select
import signal
import struct
import subprocess
import termios
from collections.abc import Iterator
from pathlib import Path

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
    assert result.stderr == "kiwoom: unknown TR 'ka99999': `kiwoom search WORDS` finds TRs\n"


@pytest.mark.parametrize("group", [(), ("call",), ("auth",)])
def test_a_group_without_its_command_is_one_short_line(group: tuple[str, ...]) -> None:
    result = kiwoom(*group)
    path = " ".join(("kiwoom", *group))
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"kiwoom: `{path}` needs a command: `{path} --help` lists them\n"
    assert envelope(result)["error"]["class"] == "UsageError"


def test_a_blank_profile_name_is_refused_not_read_as_default(sim: Simulator, tmp_path: Path) -> None:
    """`--profile ""` (an unset shell variable, say) names no profile: refused, never the default one, which
    `auth login` would otherwise overwrite."""
    saved = {"default": {"appkey": sim.keys[0], "secretkey": sim.keys[1], "env": "mock"}}
    (tmp_path / "credentials.json").write_text(json.dumps(saved), encoding="utf-8")
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path), KIWOOM_BASE_URL=sim.url)
    before = sim.state.requests
    for args in (("auth", "login", "--profile", ""), ("auth", "logout", "--profile", ""), ("auth", "status",
                 "--profile", " "), ("call", "ka10001", "--stk-cd", "005930", "--profile", "")):  # fmt: skip
        result = subprocess.run(
            [*KIWOOM, *args], input="NEW-APPKEY\nNEW-SECRETKEY\n", env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.splitlines()[-1] == "kiwoom: --profile: a profile's name is not blank", args
    assert json.loads((tmp_path / "credentials.json").read_text(encoding="utf-8")) == saved
    assert sim.state.requests == before


def test_blank_keys_are_not_saved(tmp_path: Path) -> None:
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path))
    for typed in ("  \nSECRET\n", "APPKEY\n \t \n"):
        result = subprocess.run(
            [*KIWOOM, "auth", "login", "--profile", "p"], input=typed, env=env, capture_output=True, text=True,
            timeout=120,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert result.stderr.splitlines()[-1] == "kiwoom: a blank key is not saved: nothing was saved"
        assert "SECRET" not in result.stderr and "APPKEY" not in result.stderr
    assert not (tmp_path / "credentials.json").exists()


def test_search_writes_its_rows_in_every_format_it_takes() -> None:
    lines = kiwoom("search", "일봉", "--format", "jsonl")
    assert lines.returncode == 0, lines.stderr
    assert [json.loads(line)["id"] for line in lines.stdout.splitlines()][:2] == ["ka10081", "ka20006"]
    table = kiwoom("search", "일봉", "--format", "csv")
    assert table.returncode == 0, table.stderr
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert rows[0]["id"] == "ka10081" and rows[0]["name_ko"] == "주식일봉차트조회요청" and rows[0]["paging"] == "Y"


@pytest.mark.parametrize("args", [("describe", "ka10001"), ("auth", "status")], ids=["describe", "auth-status"])
@pytest.mark.parametrize("output", ["jsonl", "csv"])
def test_a_format_a_command_cannot_write_is_refused(args: tuple[str, ...], output: str, tmp_path: Path) -> None:
    """`--format` offers only what the command writes: not the text of `describe` under the name csv."""
    result = kiwoom(*args, "--format", output, env=cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path)))
    assert result.returncode == 2 and result.stdout == "", result.stdout
    assert result.stderr.startswith("kiwoom: Invalid value for '--format'") and "'table', 'json'" in result.stderr


def test_kiwoom_sim_keeps_the_simulators_exit_codes_under_its_own_name(sim: Simulator) -> None:
    """`kiwoom sim` is the simulator's command line: an address in use is exit 1 (not 0), a bad argument exit 2, and
    each message names the command typed."""
    port = sim.url.rsplit(":", 1)[1]
    in_use = kiwoom("sim", "--port", port)
    assert in_use.returncode == 1, in_use.stderr
    assert in_use.stderr.startswith(f"kiwoom sim: cannot listen on 127.0.0.1 port {port}: "), in_use.stderr
    bad = kiwoom("sim", "--port", "abc")
    assert bad.returncode == 2 and bad.stderr.startswith("kiwoom sim: error: argument --port: "), bad.stderr
    assert kiwoom("sim", "--help").stdout.startswith("usage: kiwoom sim ")


def test_auth_login_reads_piped_keys_quietly_and_says_when_there_are_none(tmp_path: Path) -> None:
    """`printf 'KEY\\nSECRET\\n' | kiwoom auth login`: the keys are read from the pipe without getpass's warning that
    they may be echoed (nothing echoes a pipe); a pipe that ends first is one line and exit 2, not a silent 130."""
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path))

    def login(typed: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*KIWOOM, "auth", "login", "--profile", "piped"], input=typed, env=env, capture_output=True, text=True,
            timeout=120,
        )  # fmt: skip

    for typed, missing in (("", "app key"), ("PIPED-APPKEY\n", "secret key")):
        ended = login(typed)
        assert ended.returncode == 2, ended.stderr
        assert ended.stderr == f"kiwoom: no {missing} on stdin (it ended): nothing was saved\n"
    saved = login("PIPED-APPKEY\nPIPED-SECRETKEY\n")
    assert saved.returncode == 0, saved.stderr
    assert saved.stderr == f"kiwoom: profile 'piped' (mock) saved in {tmp_path / 'credentials.json'}\n"
    stored = json.loads((tmp_path / "credentials.json").read_text(encoding="utf-8"))["piped"]
    assert (stored["appkey"], stored["secretkey"]) == ("PIPED-APPKEY", "PIPED-SECRETKEY")


def test_search_says_how_many_matched_when_it_shows_fewer() -> None:
    """`kiwoom search 미국` matches more TRs than it lists: the envelope says how many (`total`) and stderr says
    how to narrow them, instead of a list that looks complete; a search for no word is refused."""
    wide = kiwoom("search", "미국", "--format", "json")
    answer = envelope(wide)
    assert answer["total"] > len(answer["data"]) == 50, answer.get("total")
    assert wide.stderr == f"kiwoom: 50 of the {answer['total']} TRs that match are shown: add words to narrow them\n"
    narrow = kiwoom("search", "미국", "차트", "--format", "json")
    assert envelope(narrow)["total"] == len(envelope(narrow)["data"]) > 0 and narrow.stderr == ""
    for blank in ("", " "):
        refused = kiwoom("search", blank)
        assert refused.returncode == 2 and refused.stderr == "kiwoom: search: name at least one word\n"


def test_stream_as_a_table_off_a_terminal_prints_the_last_table(sim: Simulator) -> None:
    result = kiwoom("stream", "0B", "005930", "--count", "2", "--format", "table", sim=sim)
    assert result.returncode == 0, result.stderr
    assert "005930" in result.stdout and "0B" in result.stdout and "current_price=" in result.stdout


def test_stream_on_a_terminal_gives_the_cursor_back(sim: Simulator) -> None:
    """The live table hides the cursor while it redraws; when the stream ends the terminal has it back."""
    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 200, 0, 0))
    process = subprocess.Popen(
        [*KIWOOM, "stream", "0B", "005930", "--count", "2"],
        stdin=side, stdout=side, stderr=side, env={**cli_env(sim), "TERM": "xterm-256color"}, start_new_session=True,
    )  # fmt: skip
    os.close(side)
    screen = b""
    try:
        while chunk := _read(main):
            screen += chunk
        assert process.wait(timeout=60) == 0, screen
    finally:
        os.close(main)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    hidden, shown = screen.rfind(b"\x1b[?25l"), screen.rfind(b"\x1b[?25h")
    assert hidden >= 0 and shown > hidden, screen[-300:]
    assert b"005930" in screen[hidden:]


def _read(fd: int) -> bytes:
    ready, _, _ = select.select([fd], [], [], 60)
    assert ready, "no output for 60 s"
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the terminal's other side closed with the process
        return b""


def test_describe_says_which_unit_a_request_field_chooses() -> None:
    """ka10013's `new` is KRW million for loans (qry_tp 1) and shares for stock loans (qry_tp 2): describe says so,
    not only that its unit depends on qry_tp."""
    result = kiwoom("describe", "ka10013", "--format", "table")
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.strip().startswith("new:")]
    assert "unit by qry_tp (1: KRW_million, 2: shares)" in line, line


@pytest.mark.parametrize("confirm", [(), ("--confirm",)], ids=["preview", "confirm"])
def test_an_order_the_mock_server_refuses_is_not_previewed_as_sendable(
    confirm: tuple[str, ...], sim: Simulator
) -> None:
    """An NXT order on the mock server (KRX only) is refused as the library refuses it, exit 8, before the preview
    offers to send it and before anything says it is being sent."""
    before = sim.state.requests
    result = kiwoom(
        "call", "kt10000", "--dmst-stex-tp", "NXT", "--stk-cd", "005930", "--ord-qty", "1", "--trde-tp", "3", *confirm,
        sim=sim,
    )  # fmt: skip
    assert result.returncode == 8, result.stdout + result.stderr
    assert envelope(result)["error"]["class"] == "MockUnsupported"
    assert result.stderr == "kiwoom: kt10000: dmst_stex_tp='NXT': the mock server trades on KRX only (no NXT / SOR)\n"
    assert sim.state.requests == before


@pytest.mark.parametrize("args", [("--count", "0"), ("--format", "csv"), ("--bogus",)])
def test_a_stream_refused_at_parsing_writes_no_envelope_into_its_lines(args: tuple[str, ...]) -> None:
    """`kiwoom stream` writes JSON lines of events, never the JSON envelope: a refusal while its arguments are read is
    the one line on stderr, as its other refusals are (nothing on stdout for a reader of events to take for one)."""
    result = kiwoom("stream", "0B", "005930", *args)
    assert result.returncode == 2 and result.stdout == "", result.stdout
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("kiwoom: ")


def test_the_librarys_warnings_reach_stderr_as_kiwoom_lines(sim: Simulator) -> None:
    """What the library logs while a command runs (a realtime session that could not connect, here) is a
    `kiwoom: ` line like the command's own, one a record, never a bare logging line or a traceback."""
    result = kiwoom(
        "stream", "0B", "005930", "--count", "1", "--base-url", sim.url, "--ws-url", "ws://127.0.0.1:1", sim=sim
    )
    assert result.returncode == 6, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) >= 2 and all(line.startswith("kiwoom: ") for line in lines), lines
    assert any("realtime session ended" in line for line in lines), lines


def test_a_websocket_url_alone_is_refused_whichever_place_it_comes_from(sim: Simulator) -> None:
    """`--ws-url` without `--base-url` would take the token of Kiwoom's own host (the REST URL of the env) to another
    WebSocket host, as KIWOOM_WS_URL alone would: refused the same way, before anything is sent anywhere."""
    without_base = {
        key: value for key, value in cli_env(sim).items() if key not in ("KIWOOM_BASE_URL", "KIWOOM_WS_URL")
    }
    for env in (without_base, cli_env(sim)):  # KIWOOM_BASE_URL is not read once a URL option is given
        for args in (("conditions", "1"), ("stream", "0B", "005930", "--count", "1")):
            result = kiwoom(*args, "--ws-url", sim.ws_url, env=env)
            assert result.returncode == 2, result.stderr
            assert result.stderr.startswith("kiwoom: --ws-url is given but --base-url is not: give both"), result.stderr


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u202e", "\u2028", "\u00ad"])
def test_an_invisible_character_in_a_value_is_refused_like_a_control_character(invisible: str, sim: Simulator) -> None:
    """A zero-width space, a byte-order mark, a bidi override, a line separator or a soft hyphen pasted with an
    item code would be sent as part of it, unseen in the command line and in the error: refused, naming the option,
    before anything is sent."""
    before = sim.state.requests
    result = kiwoom("call", "ka10001", "--stk-cd", f"0059{invisible}30", sim=sim)
    assert result.returncode == 2, result.stdout
    [problem] = envelope(result)["error"]["problems"]
    assert (problem["option"], problem["rule"]) == ("--stk-cd", "kind") and "invisible" in problem["detail"]
    assert sim.state.requests == before


def test_a_condition_search_the_server_refuses_carries_its_code(sim: Simulator) -> None:
    """A refused CNSRREQ is a server refusal like any other: Kiwoom's code and the class of that code in the
    envelope, exit 4."""
    result = kiwoom("conditions", "999", sim=sim)
    assert result.returncode == 4, result.stderr
    error = envelope(result)["error"]
    assert error["code"] == 1517 and error["class"] == "InputFormatInvalid", error
    assert "no condition '999'" in error["message"] and error["retryable"] is False


BUY = ("call", "kt10000", "--dmst-stex-tp", "KRX", "--stk-cd", "005930", "--ord-qty", "1", "--trde-tp", "3")
QUERY = ("call", "ka10001", "--stk-cd", "005930")


@pytest.mark.parametrize(
    ("args", "refused"),
    [
        (("conditions", "--section", "us", "1", "--exchange", "K"), "--exchange has no effect on GCNSRREQ (usa20281)"),
        (("conditions", "--section", "us", "1", "--watch", "--exchange", "K"), "--exchange has no effect on GCNSRREQ"),
        (("conditions", "--exchange", "K"), "--exchange has no effect on CNSRLST (ka10171)"),
        (("conditions", "--section", "us", "--exchange", "K"), "--exchange has no effect on GCNSRLST (usa20280)"),
        (("conditions", "1", "--count", "2"), "--count has no effect without --watch"),
        ((*QUERY, "--base-url", "http://127.0.0.1:1", "--ws-url", "ws://127.0.0.1:1"), "--ws-url has no effect on"),
        ((*BUY, "--confirm", "--ws-url", "ws://127.0.0.1:1"), "--ws-url has no effect on `kiwoom call`"),
        ((*BUY, "--yes"), "--yes has no effect without --confirm"),
        ((*BUY, "--env", "real", "--yes"), "--yes has no effect without --confirm"),
        ((*BUY, "--format", "csv"), "--format csv writes the rows of an answer, and a preview (nothing sent) has none"),
        ((*BUY, "--format", "jsonl"), "--format jsonl writes the rows of an answer"),
        # an option given twice: click would keep the last, and the first would do nothing
        ((*BUY, "--ord-qty", "100", "--confirm"), "--ord-qty is given 2 times: give it once"),
        ((*QUERY, "--stk_cd", "000660"), "--stk-cd is given 2 times (as --stk-cd, --stk_cd): give it once"),
        ((*QUERY, "--env", "mock", "--env=real"), "--env is given 2 times: give it once"),
        (("conditions", "1", "--section", "us", "--section", "domestic"), "--section is given 2 times"),
        (("stream", "0B", "005930", "--count", "1", "--count", "2"), "--count is given 2 times"),
        (("describe", "ka10001", "--format", "json", "--format", "table"), "--format is given 2 times"),
    ],
)
def test_an_option_that_would_do_nothing_is_refused_not_ignored(
    args: tuple[str, ...], refused: str, sim: Simulator
) -> None:
    """An option given where it has no effect (an exchange for a search that names none, a count of pushes with none
    watched, a WebSocket URL for a call that opens none, `--yes` to a preview that asks nothing, rows of an answer
    that never came, the first of an option given twice) is one line and exit 2, before anything is sent: never
    silently dropped, so nobody believes it did what it says."""
    before = sim.state.requests
    result = kiwoom(*args, sim=sim)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(f"kiwoom: {refused}") and result.stderr.count("\n") == 1, result.stderr
    assert sim.state.requests == before


def test_the_exchange_of_a_domestic_search_is_still_taken(sim: Simulator) -> None:
    """--exchange where it means something (a domestic search by SEQ, CNSRREQ's stex_tp) is taken as before."""
    result = kiwoom("conditions", "1", "--exchange", "K", "--format", "json", sim=sim)
    assert result.returncode == 0, result.stderr
    assert envelope(result)["api_id"] == "ka10172" and envelope(result)["data"]["items"]
