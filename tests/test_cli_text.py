"""The `kiwoom` command as a new user meets it: output on a stream that cannot encode Korean (an ASCII locale, a
legacy console), and what it says of input it cannot take."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kiwoom_sdk import (
    ArgumentInvalid,
    FieldProblem,
    KiwoomError,
    OrderStateUnknown,
    RealtimeGaveUp,
    RequestInvalid,
)
from kiwoom_sdk._exceptions import SessionEnded
from kiwoom_sdk.sim import Simulator, running

from tests.cli_support import KIWOOM, cli_env, kiwoom, registered

BUY = ("call", "kt10000", "--dmst-stex-tp", "KRX", "--stk-cd", "005930", "--ord-qty", "1", "--trde-tp", "3")
NAME_KO = "주식기본정보요청"  # ka10001's Korean name: in every output of it


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with running() as simulator:
        yield simulator


def narrow(sim: Simulator | None, encoding: str) -> dict[str, str]:
    """The environment of a `kiwoom` whose stdout and stderr write `encoding` only (strictly, as an ASCII locale or a
    legacy console does), not UTF-8."""
    return cli_env(sim, PYTHONIOENCODING=f"{encoding}:strict", LANG="C", LC_ALL="C")


def escaped(text: str) -> str:
    """`text` as a stream that cannot encode it shows it: each character it cannot write as a backslash escape."""
    return text.encode("ascii", "backslashreplace").decode("ascii")


# Every output of the command that holds Korean text: each format of call, describe, search, an order's preview, an
# error refused before sending, conditions.
JSON_RUNS = [
    ("call", "ka10001", "--stk-cd", "005930", "--format", "json"),
    ("describe", "ka10001", "--format", "json"),
    ("search", "현재가", "--format", "json"),
    ("search", "현재가", "--format", "jsonl"),
    ("call", "ka10001", "--stk-cd", "005930", "--format", "jsonl"),
    (*BUY, "--format", "json"),
    ("call", "ka10001", "--stk-cd", "", "--format", "json"),  # the error envelope names the field in Korean
    ("conditions", "--format", "json"),
    ("conditions", "--format", "jsonl"),
]
TEXT_RUNS = [
    ("call", "ka10001", "--stk-cd", "005930", "--format", "table"),
    ("call", "ka10001", "--stk-cd", "005930", "--format", "csv"),
    ("describe", "ka10001", "--format", "table"),
    ("search", "현재가", "--format", "table"),
    ("search", "현재가", "--format", "csv"),
    (*BUY, "--format", "table"),
    ("conditions", "--format", "table"),
    ("conditions", "--format", "csv"),
    ("call", "ka10001", "--help"),
]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("args", JSON_RUNS, ids=" ".join)
def test_json_on_a_stream_that_cannot_write_korean_is_escaped_json(
    args: tuple[str, ...], encoding: str, sim: Simulator
) -> None:
    wide = kiwoom(*args, sim=sim)
    narrowed = kiwoom(*args, env=narrow(sim, encoding))
    assert narrowed.returncode == wide.returncode, narrowed.stderr
    assert narrowed.stdout.isascii() and "Traceback" not in narrowed.stderr, narrowed.stderr
    parsed = [json.loads(line) for line in narrowed.stdout.splitlines()]
    expected = [json.loads(line) for line in wide.stdout.splitlines()]
    assert parsed == expected and parsed  # the same values: \u escapes, not a lossy replacement


@pytest.mark.parametrize("args", TEXT_RUNS, ids=" ".join)
def test_text_on_a_stream_that_cannot_write_korean_is_escaped_text(args: tuple[str, ...], sim: Simulator) -> None:
    wide = kiwoom(*args, sim=sim)
    result = kiwoom(*args, env=narrow(sim, "ascii"))
    assert result.returncode == 0, result.stderr
    assert result.stdout and "Traceback" not in result.stderr and "UnicodeEncodeError" not in result.stderr
    if "--help" in args:  # click writes its help in UTF-8 whatever the locale
        assert result.stdout == wide.stdout
        return
    assert result.stdout.isascii()
    if "table" in args and args[0] in ("call", "conditions") and "kt10000" not in args:  # rich tables
        assert "\\u" in result.stdout and "+--" in result.stdout  # drawn in ASCII, each Korean name escaped
    else:  # the same text, each character the stream cannot write escaped
        assert result.stdout == escaped(wide.stdout)
    if "csv" in args:
        assert list(csv.reader(io.StringIO(result.stdout)))[1]  # still CSV: a header and rows


def test_messages_on_a_stderr_that_cannot_write_korean_are_escaped(sim: Simulator) -> None:
    result = kiwoom("call", "ka10001", "--stk-cd", "", "--format", "table", env=narrow(sim, "ascii"))
    assert result.returncode == 2
    assert result.stderr == f"kiwoom: --stk-cd ({escaped('종목코드')}): required: must not be blank\n"


def test_a_stream_of_events_on_a_stream_that_cannot_write_korean(sim: Simulator) -> None:
    result = kiwoom("stream", "0B", "005930", "--count", "2", "--format", "jsonl", env=narrow(sim, "ascii"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["type"] == "0B" and not rows[0]["name"].isascii()
    table = kiwoom("stream", "0B", "005930", "--count", "2", "--format", "table", env=narrow(sim, "ascii"))
    assert table.returncode == 0 and table.stdout.isascii() and "005930" in table.stdout, table.stderr


def test_korean_arguments_undecodable_in_the_locale_are_read_as_utf8(sim: Simulator) -> None:
    """An ASCII locale without Python's UTF-8 mode hands the command a Korean word typed in UTF-8 as undecodable
    bytes: it is still the word typed, not a word that matches nothing."""
    wide = kiwoom("search", "현재가", "--format", "json")
    result = kiwoom("search", "현재가", "--format", "json", env={**narrow(None, "ascii"), "PYTHONUTF8": "0"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(wide.stdout) and json.loads(result.stdout)["total"] > 0


def test_stream_of_types_that_take_no_items_needs_no_items_argument(sim: Simulator) -> None:
    """`kiwoom stream 00` (the account's orders and fills, registered with the empty item) as README writes it: no
    `""` for ITEMS; an order sent meanwhile is its event."""
    process = subprocess.Popen(
        [*KIWOOM, "stream", "00", "--count", "1", "--format", "jsonl"],
        env=cli_env(sim),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        assert process.stderr.readline().startswith("kiwoom: streaming 00"), process.communicate(timeout=30)
        assert registered(sim, "00")  # said once its REG is answered: an order placed from now on is its event
        assert kiwoom(*BUY, "--confirm", sim=sim).returncode == 0
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert json.loads(out)["type"] == "00"


def test_a_refused_registration_never_says_streaming(sim: Simulator) -> None:
    sim.state.faults.ws_reg_refusals = 1
    result = kiwoom("stream", "0B", "005930", "--count", "1", "--format", "jsonl", sim=sim)
    assert result.returncode != 0 and result.stdout == ""
    assert "streaming" not in result.stderr and "REG" in result.stderr, result.stderr


def test_stream_of_types_that_take_items_without_items_is_bad_input() -> None:
    result = kiwoom("stream", "0B")
    assert result.returncode == 2 and "no item given: 0B register item codes" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (("call", "ka1001"), "ka10001"),  # a digit left out
        (("describe", "ka10O01"), "ka10001"),  # a letter O for a zero
        (("call", "ka1000l", "--stk-cd", "005930"), "ka10001"),  # a letter l for a one
        (("describe", "ka01001"), "ka10001"),  # two digits swapped
        (("call", "stock-basic-inf"), "stock_basic_info"),
    ],
)
def test_a_mistyped_tr_suggests_the_nearest_first(args: tuple[str, ...], meant: str) -> None:
    result = kiwoom(*args, "--format", "table")
    assert result.returncode == 2
    assert result.stderr.startswith(f"kiwoom: unknown TR {args[1]!r}: did you mean {meant!r}"), result.stderr
    assert result.stderr.rstrip().endswith("`kiwoom search WORDS` finds TRs")


def _every_error_class() -> list[type[KiwoomError]]:
    """Every error class the library raises: KiwoomError and its subclasses, of every module of the package."""
    import kiwoom_sdk._session  # the realtime errors
    import kiwoom_sdk.errors  # noqa: F401  # one class per Kiwoom code

    found: list[type[KiwoomError]] = []
    pending: list[type[KiwoomError]] = [KiwoomError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending += cls.__subclasses__()
    return sorted(set(found), key=lambda cls: cls.__name__)


def _instance(cls: type[KiwoomError]) -> KiwoomError:
    """An error of `cls` as the library makes one (each constructor takes its own arguments)."""
    special: dict[type[KiwoomError], Any] = {
        RequestInvalid: lambda: RequestInvalid(
            "ka10001", "주식기본정보요청", [FieldProblem("stk_cd", "종목코드", "required", "blank")]
        ),
        OrderStateUnknown: lambda: OrderStateUnknown("kt10000", "timed out", look_up=("kt00007",)),
        ArgumentInvalid: lambda: ArgumentInvalid("rate", -1, "must be > 0"),
        RealtimeGaveUp: lambda: RealtimeGaveUp(["refused"]),
    }
    for base in cls.__mro__:
        if base in special:
            made = special[base]()
            made.__class__ = cls
            return made  # type: ignore[no-any-return]
        if base is SessionEnded:
            return cls("R10001", "ended")  # type: ignore[call-arg]
    return cls("refused", api_id="ka10001")


@pytest.mark.parametrize("cls", _every_error_class(), ids=lambda cls: cls.__name__)
def test_the_envelopes_retryable_is_the_librarys_retry_rule(cls: type[KiwoomError]) -> None:
    """What `kiwoom` (and the MCP server) tells a caller of an error's `retryable` is what the client itself does
    with it: retried for a query, never for an order."""
    from kiwoom_sdk._endpoints import ENDPOINTS
    from kiwoom_sdk._policy import retryable as client_retries
    from kiwoom_sdk.cli._errors import envelope

    error = _instance(cls)
    for api_id, order in (("ka10001", False), ("kt10000", True)):
        assert envelope(error, order)["error"]["retryable"] is client_retries(ENDPOINTS[api_id], error), (cls, order)


@pytest.mark.parametrize(
    "digits",
    ["００５９３０", "٠٠٥٩٣٠", "۰۰۵۹۳۰", "00593²", "𝟎𝟎𝟓𝟗𝟑𝟎"],
    ids=["full-width", "arabic-indic", "persian", "superscript", "mathematical"],
)
def test_an_item_code_in_other_digits_is_refused_before_sending(digits: str, sim: Simulator) -> None:
    """Python's str.isdigit takes these for digits; Kiwoom does not: refused as bad input, naming the option, before
    anything is sent (one rule, `_digits`, for every request value)."""
    before = sim.state.requests
    result = kiwoom("call", "ka10001", "--stk-cd", digits, "--format", "json", sim=sim)
    assert result.returncode == 2, result.stdout
    [problem] = json.loads(result.stdout)["error"]["problems"]
    assert problem["option"] == "--stk-cd" and "digits are written 0-9" in problem["detail"]
    assert sim.state.requests == before


def test_an_argument_of_bytes_no_encoding_reads_is_bad_input_not_a_bug(sim: Simulator) -> None:
    """A byte that is not UTF-8 (`$'\\xff'`) reaches Python as a lone surrogate, which no JSON body can carry: refused
    naming the option, exit 2, nothing sent; it was a TypeError of the JSON encoder, exit 1."""
    before = sim.state.requests
    result = kiwoom("call", "ka10001", "--stk-cd", os.fsdecode(b"0059\xff"), "--format", "json", sim=sim)
    assert result.returncode == 2, result.stdout
    [problem] = json.loads(result.stdout)["error"]["problems"]
    assert problem["option"] == "--stk-cd" and "lone surrogate" in problem["detail"]
    assert sim.state.requests == before


@pytest.mark.parametrize(
    "damage",
    ["{bad", "[1, 2]", '{"default": 5}', '{"default": {"appkey": "k"}}', "\udcff", "directory"],
    ids=["not-json", "a-list", "a-number", "half-a-profile", "not-utf8", "a-directory"],
)
def test_a_damaged_credentials_file_is_exit_3_naming_it(damage: str, sim: Simulator, tmp_path: Path) -> None:
    """A credentials file that cannot be read is a credentials problem (exit 3, one line naming the file and what to
    do), not a bug (exit 1: a JSON, attribute or type error) nor a server failure (exit 6: an OSError)."""
    stored = tmp_path / "credentials.json"
    if damage == "directory":
        stored.mkdir()
    else:
        stored.write_bytes(os.fsencode(damage))
    env = {k: v for k, v in cli_env(sim, KIWOOM_CONFIG_DIR=str(tmp_path)).items() if not k.endswith("KEY")}
    before = sim.state.requests
    for args in (("call", "ka10001", "--stk-cd", "005930", "--format", "json"), ("auth", "status")):
        result = kiwoom(*args, env=env)
        assert result.returncode == 3, (args, result.stderr)
        assert result.stderr.startswith(f"kiwoom: the saved credentials in {stored}"), result.stderr
        assert "kiwoom auth login" in result.stderr and "Traceback" not in result.stderr
    logout = kiwoom("auth", "logout", env=env)
    if damage.startswith('{"default"'):  # the file is whole: the damaged profile is removed, as the message says
        assert logout.returncode == 0 and kiwoom("auth", "status", env=env).returncode == 0, logout.stderr
    else:
        assert logout.returncode == 3 and logout.stderr.startswith(f"kiwoom: the saved credentials in {stored}")
    assert sim.state.requests == before


def test_a_profile_that_cannot_be_saved_is_exit_3_naming_the_file(tmp_path: Path) -> None:
    """`kiwoom auth login` where the credentials file cannot be written (its directory is a file) says so, exit 3;
    it was exit 6, a "server error", with the OSError's class."""
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(blocked / "kiwoom"))
    result = subprocess.run(
        [*KIWOOM, "auth", "login"], input="KEY\nSECRET\n", env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3, result.stderr
    assert result.stderr.startswith(f"kiwoom: the credentials file {blocked / 'kiwoom' / 'credentials.json'} cannot")
    assert "KEY" not in result.stderr + result.stdout and "SECRET" not in result.stderr + result.stdout


@pytest.mark.parametrize("item", ["ND:NVDA１", "ND: NVDA", "ND:NV\u200bDA", "ND:" + os.fsdecode(b"NVD\xff")])
def test_a_us_item_code_is_held_to_the_rule_of_request_text(item: str) -> None:
    """A US item's code was sent as given, whatever it held (a full-width digit, a space, a zero-width space, a byte
    no encoding reads): refused before connecting, naming it, as a domestic code or a REST value would be."""
    result = kiwoom("stream", "FE", item, "--base-url", "http://127.0.0.1:9")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("kiwoom: items=") and "a US item's code" in result.stderr, result.stderr


def test_korean_on_a_c_locale_without_utf8_mode_is_escaped(sim: Simulator) -> None:
    """The C locale without Python's UTF-8 mode: stdout is ASCII with surrogateescape, which fails on Korean as
    strict does; the command escapes it all the same."""
    env = {**cli_env(sim), "LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"}
    env.pop("PYTHONIOENCODING")
    for args in (("describe", "ka10001", "--format", "table"), ("describe", "ka10001", "--format", "json")):
        result = kiwoom(*args, env=env)
        assert result.returncode == 0 and result.stdout.isascii(), result.stderr
        assert escaped(NAME_KO) in result.stdout or NAME_KO in json.loads(result.stdout)["data"]["name_ko"]
