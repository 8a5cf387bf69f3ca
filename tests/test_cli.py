"""The `kiwoom` command as a subprocess against the simulator: output formats, paging, describe, search, orders
behind --confirm, errors with their exit codes and JSON envelopes, profiles, and a stream ended by SIGINT."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kiwoom_sdk.sim import Faults, Simulator, running
from kiwoom_sdk.sim.websocket import CONDITION_ITEMS, CONDITION_PAGE

from tests.cli_support import KIWOOM, cli_env, envelope, kiwoom

BUY = ("call", "kt10000", "--dmst-stex-tp", "KRX", "--stk-cd", "005930", "--ord-qty", "1", "--trde-tp", "3")
DAILY = ("call", "ka10081", "--stk-cd", "005930", "--base-dt", "20260105", "--upd-stkpc-tp", "1")


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with running() as simulator:
        yield simulator


def test_query_as_json_envelope(sim: Simulator) -> None:
    result = kiwoom("call", "ka10001", "--stk-cd", "005930", "--format", "json", sim=sim)
    assert result.returncode == 0, result.stderr
    answer = envelope(result)
    assert answer["ok"] is True and answer["sent"] is True and answer["api_id"] == "ka10001"
    assert (answer["env"], answer["base_url"]) == ("mock", sim.url)  # where it went
    assert answer["data"]["stk_cd"] == "005930"
    assert isinstance(answer["data"]["cur_prc"], int)  # typed by kind, not the wire's signed text


def test_json_is_the_default_when_piped_and_aliases_work(sim: Simulator) -> None:
    result = kiwoom("call", "stock-basic-info", "--stk_cd", "005930", sim=sim)
    assert result.returncode == 0, result.stderr
    assert envelope(result)["data"]["stk_cd"] == "005930"


def test_query_as_table(sim: Simulator) -> None:
    result = kiwoom("call", "ka10001", "--stk-cd", "005930", "--format", "table", sim=sim)
    assert result.returncode == 0, result.stderr
    assert "종목코드" in result.stdout and "005930" in result.stdout and "cur_prc" in result.stdout


def test_list_rows_as_jsonl_and_csv(sim: Simulator) -> None:
    lines = kiwoom(*DAILY, "--format", "jsonl", sim=sim)
    assert lines.returncode == 0, lines.stderr
    rows = [json.loads(line) for line in lines.stdout.splitlines()]
    assert len(rows) > 1 and all("dt" in row and "cur_prc" in row for row in rows)
    table = kiwoom(*DAILY, "--format", "csv", sim=sim)
    assert table.returncode == 0, table.stderr
    records = list(csv.DictReader(io.StringIO(table.stdout)))
    assert [r["dt"] for r in records] == [row["dt"] for row in rows]
    assert records[0]["cur_prc"] == str(rows[0]["cur_prc"])


def test_all_pages_follows_next_key(sim: Simulator) -> None:
    one = envelope(kiwoom(*DAILY, "--format", "json", sim=sim))
    assert one["pages"] == 1 and one["cont_yn"] is True
    two = envelope(kiwoom(*DAILY, "--format", "json", "--max-pages", "2", sim=sim))
    assert two["pages"] == 2
    rows = two["data"]["stk_dt_pole_chart_qry"]
    first = one["data"]["stk_dt_pole_chart_qry"]
    assert rows[: len(first)] == first and len(rows) > len(first)
    dates = [row["dt"] for row in rows]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) == len(dates)  # pages continue, no repeats
    piped = kiwoom(*DAILY, "--format", "json", "--all-pages", sim=sim)
    assert piped.stderr == ""  # no progress line where stderr is not a terminal (test_cli_terminal.py: where it is)
    every = envelope(piped)
    assert every["cont_yn"] is False and every["pages"] > 2
    assert every["data"]["stk_dt_pole_chart_qry"][: len(rows)] == rows


def test_describe_names_fields_codes_and_rules() -> None:
    result = kiwoom("describe", "kt10000", "--format", "table")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "주식 매수주문 (Stock Buy Order)" in text
    assert "--ord-qty (ord_qty): 주문수량 · int · max 12 · unit shares · required" in text
    assert "3=시장가" in text  # the trade type codes
    assert "ord_qty: at least 1" in text and "order: yes" in text
    assert envelope(kiwoom("describe", "buy_order", "--format", "json"))["data"]["id"] == "kt10000"


def test_search_in_korean_and_english() -> None:
    korean = envelope(kiwoom("search", "일봉", "--format", "json"))["data"]
    assert "ka10081" in [api["id"] for api in korean]
    english = envelope(kiwoom("search", "daily", "chart", "--format", "json"))["data"]
    assert english[0]["id"] in {api["id"] for api in korean}
    by_field = envelope(kiwoom("search", "ord_uv", "--format", "json"))["data"]
    assert "kt10000" in [api["id"] for api in by_field]


def test_tr_help_gives_korean_names_kinds_units_and_codes() -> None:
    result = kiwoom("call", "kt10000", "--help")
    assert result.returncode == 0, result.stderr
    assert "--ord-qty, --ord_qty" in result.stdout and "주문수량" in result.stdout and "unit shares" in result.stdout
    assert "3=시장가" in result.stdout and "--confirm" in result.stdout


def test_order_without_confirm_sends_nothing(sim: Simulator) -> None:
    before_orders, before_requests = sim.state.orders_accepted, sim.state.requests
    result = kiwoom(*BUY, "--format", "json", sim=sim)
    assert result.returncode == 0, result.stderr
    answer = envelope(result)
    assert answer["sent"] is False
    assert answer["request"] == {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "trde_tp": "3"}
    assert (sim.state.orders_accepted, sim.state.requests) == (before_orders, before_requests)


def test_order_with_confirm_sends_one(sim: Simulator) -> None:
    before = sim.state.orders_accepted
    result = kiwoom(*BUY, "--confirm", "--format", "json", sim=sim)
    assert result.returncode == 0, result.stderr
    answer = envelope(result)
    assert answer["sent"] is True and answer["data"]["ord_no"]
    assert sim.state.orders_accepted == before + 1


def test_real_order_without_a_terminal_needs_yes(sim: Simulator) -> None:
    before = sim.state.requests
    result = kiwoom(*BUY, "--confirm", "--env", "real", "--format", "json", sim=sim)
    assert result.returncode == 9
    assert envelope(result)["error"]["class"] == "Declined"
    assert sim.state.requests == before


@pytest.mark.parametrize(
    "url",
    [
        "KIWOOM_BASE_URL=https://api.kiwoom.com",
        "KIWOOM_WS_URL=wss://api.kiwoom.com:10000",
        "KIWOOM_BASE_URL=https://api.kiwoom.com.",  # the same host, fully qualified
    ],
)
def test_an_order_to_kiwooms_real_host_is_refused_while_env_is_mock(url: str, sim: Simulator) -> None:
    """A URL left in the shell cannot send a real order under the mock environment's name and safeguards."""
    name, value = url.split("=", 1)
    result = kiwoom(*BUY, "--confirm", "--format", "json", env=cli_env(sim, **{name: value}))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "Kiwoom's real host while env is 'mock'" in result.stderr and "env='real'" in result.stderr
    assert envelope(result)["error"]["class"] == "ArgumentInvalid"


def test_invalid_value_names_option_korean_name_and_rule(sim: Simulator) -> None:
    before = sim.state.requests
    result = kiwoom("call", "kt10000", "--dmst-stex-tp", "KRX", "--stk-cd", "005930", "--ord-qty", "0",
                    "--trde-tp", "0", "--ord-uv", "70001", "--format", "json", sim=sim)  # fmt: skip
    assert result.returncode == 2
    error = envelope(result)["error"]
    assert error["class"] == "RequestInvalid" and error["retryable"] is False and error["code"] is None
    assert {p["option"]: p["rule"] for p in error["problems"]} == {"--ord-qty": "minimum", "--ord-uv": "tick"}
    assert result.stderr.count("\n") == 1 and "--ord-qty (주문수량): minimum" in result.stderr
    assert sim.state.requests == before


@pytest.mark.parametrize(
    ("args", "error_class"),
    [
        (("call", "ka99999"), "UnknownTR"),
        (("call", "ka10001", "--stk-cd", "005930", "--bogus", "1"), "UsageError"),
        (("call", "ka10001", "--stk-cd", "005930", "--format", "xml"), "UsageError"),
        (("call", "ka10001", "--stk-cd", "005930", "--timeout", "0"), "UsageError"),  # the library's rule: > 0
        (("conditions", "abc"), "UsageError"),  # a condition's number is digits; refused before connecting
    ],
)
def test_bad_input_exits_2_with_one_line(args: tuple[str, ...], error_class: str, sim: Simulator) -> None:
    before = sim.state.requests
    result = kiwoom(*args, sim=sim)
    assert result.returncode == 2
    assert result.stderr.startswith("kiwoom: ") and result.stderr.count("\n") == 1
    assert envelope(result)["error"]["class"] == error_class
    assert sim.state.requests == before


def test_server_refusal_has_its_code_class_and_exit_code() -> None:
    with running(market_open=False) as closed:  # the mock server refuses orders once the market has closed
        result = kiwoom(*BUY, "--confirm", "--format", "json", sim=closed)
        assert closed.state.orders_accepted == 0
    assert result.returncode == 4, result.stderr
    error = envelope(result)["error"]
    assert error["class"] == "OrderRefused" and error["code"] == 2000 and error["retryable"] is False
    assert error["reason_code"] == "RC4058"


def test_missing_credentials_exit_3_naming_the_profile(sim: Simulator, tmp_path: Path) -> None:
    env = cli_env(None, KIWOOM_BASE_URL=sim.url, KIWOOM_CONFIG_DIR=str(tmp_path))
    result = kiwoom("call", "ka10001", "--stk-cd", "005930", "--profile", "nope", "--format", "json", env=env)
    assert result.returncode == 3
    error = envelope(result)["error"]
    assert error["class"] == "MissingCredentials" and "profile 'nope'" in error["message"]


def test_secrets_never_printed(sim: Simulator) -> None:
    appkey, secretkey = sim.keys
    outputs = [
        kiwoom("call", "ka10001", "--stk-cd", "005930", "--format", "json", sim=sim),
        kiwoom("auth", "status", "--format", "json", sim=sim),
    ]
    for result in outputs:
        assert secretkey not in result.stdout + result.stderr
        assert appkey not in result.stdout + result.stderr


def test_auth_profile_in_a_0600_file_without_keyring(sim: Simulator, tmp_path: Path) -> None:
    appkey, secretkey = sim.keys
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path), KIWOOM_BASE_URL=sim.url)
    login = subprocess.run([*KIWOOM, "auth", "login", "--profile", "sim"], input=f"{appkey}\n{secretkey}\n",
                           env=env, capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert login.returncode == 0, login.stderr
    stored = tmp_path / "credentials.json"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert secretkey not in login.stdout + login.stderr
    status = envelope(kiwoom("auth", "status", "--profile", "sim", "--format", "json", env=env))["data"]
    assert status["found"] is True and status["source"] == "file:sim" and status["env"] == "mock"
    call = kiwoom("call", "ka10001", "--stk-cd", "005930", "--profile", "sim", "--format", "json", env=env)
    assert call.returncode == 0 and envelope(call)["ok"] is True
    logout = kiwoom("auth", "logout", "--profile", "sim", env=env)
    assert logout.returncode == 0 and "removed" in logout.stderr
    assert envelope(kiwoom("auth", "status", "--profile", "sim", "--format", "json", env=env))["data"]["found"] is False


def test_a_key_no_request_could_carry_is_refused_where_it_comes_from(sim: Simulator, tmp_path: Path) -> None:
    """A key with a control character or spaces around it (a line ending pasted with it) would be refused by the
    token request as a field `--appkey` that no command has: it is refused where it comes from instead, the variable
    or the profile named and the key never shown (exit 3, CredentialsUnreadable), and `kiwoom auth login` does not
    save it (exit 2). Nothing reaches the server."""
    appkey, secretkey = sim.keys
    before = sim.state.requests
    pasted = kiwoom(*CONNECTING["call"], env=cli_env(sim, KIWOOM_APPKEY=appkey + "\r"))
    assert pasted.returncode == 3 and pasted.stderr.count("\n") == 1, pasted.stderr
    error = envelope(pasted)["error"]
    assert error["class"] == "CredentialsUnreadable" and "KIWOOM_APPKEY: a control or invisible" in error["message"]
    spaced = kiwoom("auth", "status", "--format", "json", env=cli_env(sim, KIWOOM_SECRETKEY=f" {secretkey}"))
    assert spaced.returncode == 3 and "KIWOOM_SECRETKEY: spaces around" in envelope(spaced)["error"]["message"]
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path), KIWOOM_BASE_URL=sim.url)
    login = subprocess.run([*KIWOOM, "auth", "login", "--profile", "tab"], input=f"{appkey}\tx\n{secretkey}\n",
                           env=env, capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert login.returncode == 2 and "the app key: a control or invisible" in login.stderr, login.stderr
    assert not (tmp_path / "credentials.json").exists()
    _saved(tmp_path, tab=((appkey, secretkey + "\n"), "mock"))
    saved = kiwoom(*CONNECTING["stream"], "--profile", "tab", env=env)
    assert saved.returncode == 3 and "(profile 'tab') cannot be read (its secret key: a control" in saved.stderr
    for result in (pasted, spaced, login, saved):
        shown = result.stdout + result.stderr
        assert "--appkey" not in shown and "--secretkey" not in shown and appkey not in shown
        assert secretkey not in shown
    assert sim.state.requests == before


def test_stream_ends_cleanly_on_sigint(sim: Simulator) -> None:
    process = subprocess.Popen([*KIWOOM, "stream", "0B", "005930", "--format", "jsonl"], env=cli_env(sim),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert process.stdout is not None
        events: list[dict[str, Any]] = [json.loads(process.stdout.readline()) for _ in range(2)]
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
    assert all(event["type"] == "0B" and event["item"] == "005930" for event in events), events
    assert process.returncode == 130
    assert "Traceback" not in err and "stopped after" in err


def test_order_in_doubt_says_what_to_check() -> None:
    with running(faults=Faults(drop_after_order_accept=1)) as dropping:  # the order stands, its answer is lost
        env = cli_env(dropping)
        result = kiwoom(*BUY, "--confirm", "--format", "json", env=env)
        assert dropping.state.orders_accepted == 1
    assert result.returncode == 7, result.stderr
    error = envelope(result)["error"]
    assert error["class"] == "OrderStateUnknown" and error["retryable"] is False
    assert "order in doubt: kt10000" in result.stderr and "kiwoom call ka10075" in result.stderr
    in_doubt = error["in_doubt"]  # what was sent, for a script that reads only the envelope
    assert in_doubt["api_id"] == "kt10000" and in_doubt["request"]["stk_cd"] == "005930"
    assert in_doubt["why"].startswith("RemoteProtocolError") and in_doubt["at"].endswith("+00:00")
    assert _journal(Path(env["KIWOOM_CONFIG_DIR"])) == []  # the record was written: the order journal keeps nothing


@pytest.mark.parametrize(("sent", "why"), [(signal.SIGINT, "KeyboardInterrupt"), (signal.SIGTERM, "Terminated")])
def test_an_order_interrupted_after_it_was_sent_is_in_doubt_not_merely_interrupted(
    sent: signal.Signals, why: str
) -> None:
    """Ctrl-C, or the SIGTERM of a wrapper (`timeout`, a supervisor), while the order's answer is on its way and
    stays away (a hung server): the signal waits a bounded while for the answer, then stops the call: exit 7 and the
    envelope of an order in doubt with what was sent, never a bare 130 or a silent death that says nothing of the
    order."""
    with running(seed=73, faults=Faults(slow_seconds=5.0)) as slow:  # placed at once, answered 5 s later
        env = cli_env(slow)
        process = subprocess.Popen([*KIWOOM, *BUY, "--confirm", "--format", "json"], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        try:
            while not slow.state.account.orders and process.poll() is None:
                time.sleep(0.02)
            process.send_signal(sent)
            out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
        assert len(slow.state.account.orders) == 1
    assert process.returncode == 7, err
    [line] = out.splitlines()
    error = json.loads(line)["error"]
    assert error["class"] == "OrderStateUnknown" and error["retryable"] is False
    assert error["in_doubt"]["why"] == why and error["in_doubt"]["request"]["stk_cd"] == "005930"
    assert "order in doubt: kt10000" in err and "kiwoom call ka10075" in err and "Traceback" not in err
    assert f"kiwoom: {sent.name}: waiting up to 2 s for the answer of kt10000" in err
    assert _journal(Path(env["KIWOOM_CONFIG_DIR"])) == []  # the record was written: the order journal keeps nothing


LATE_SIGNAL = Path(__file__).resolve().parent / "late_signal"  # its sitecustomize strikes (its docstring)


@pytest.mark.parametrize("at", ["handed", "answer", "output"])
@pytest.mark.parametrize("sent", ["SIGINT", "SIGTERM"])
def test_an_interrupt_after_a_placed_orders_answer_arrived_never_loses_that_answer(at: str, sent: str) -> None:
    """Ctrl-C or SIGTERM the moment httpx hands the placed order's answer over (before the runtime's `response`
    event), as it is parsed, or as its result is being written: the answer is written first (exit 0, the envelope with the order number the server gave), and the interrupt is said
    on stderr; never a bare 130, a silent death, nor an order in doubt whose number was in hand."""
    with running(seed=74) as sim:
        env = cli_env(sim, KIWOOM_TEST_SIGNAL=sent, KIWOOM_TEST_SIGNAL_AT=at)
        env["PYTHONPATH"] = os.pathsep.join((str(LATE_SIGNAL), env["PYTHONPATH"]))
        result = kiwoom(*BUY, "--confirm", "--format", "json", env=env)
        [placed] = sim.state.account.orders
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    answer = envelope(result)
    assert answer["ok"] is True and answer["sent"] is True and answer["data"]["ord_no"] == placed
    assert (
        f"kiwoom: {sent} came once the outcome of kt10000 was known" in result.stderr
        and "Traceback" not in result.stderr
    )


@pytest.mark.parametrize("output", ["json", "table"])
def test_a_placed_orders_answer_goes_to_stderr_when_stdout_is_closed(output: str) -> None:
    """stdout's reader gone before the answer is written (`kiwoom call ... --confirm | head -0`): the order stands, so
    its answer (the order number) goes to stderr as one JSON line instead of nowhere; exit 141 as for any output
    dropped."""
    read, write = os.pipe()
    os.close(read)  # every write to stdout fails (EPIPE)
    try:
        with running(seed=75) as sim:
            result = subprocess.run([*KIWOOM, *BUY, "--confirm", "--format", output], env=cli_env(sim), stdout=write,
                                    stderr=subprocess.PIPE, text=True, timeout=120, check=False)  # fmt: skip
            [placed] = sim.state.account.orders
    finally:
        os.close(write)
    assert result.returncode == 141, result.stderr
    [line] = [line for line in result.stderr.splitlines() if "stdout is closed" in line]
    answer = json.loads(line.split(": ", 3)[3])  # kiwoom: stdout is closed: kt10000 was answered: {...}
    assert answer["ok"] is True and answer["api_id"] == "kt10000" and answer["data"]["ord_no"] == placed


def test_conditions_list_and_run(sim: Simulator) -> None:
    listed = kiwoom("conditions", "--format", "json", sim=sim)
    assert listed.returncode == 0, listed.stderr
    conditions = envelope(listed)["data"]["conditions"]
    assert conditions and all(set(row) == {"seq", "name"} for row in conditions)
    found = kiwoom("conditions", conditions[0]["seq"], "--format", "json", sim=sim)
    assert found.returncode == 0, found.stderr
    items = envelope(found)["data"]["items"]
    assert items and all(row["item_code"] == "A" + row["code"] for row in items)  # FID 9001, typed by name


def test_us_conditions_list_and_run(sim: Simulator) -> None:
    """--section us: the US list (usa20280, GCNSRLST) and a US search's items (usa20281, GCNSRREQ), typed by its rows'
    class: no market letter, each with its exchange, every page."""
    listed = kiwoom("conditions", "--section", "us", "--format", "json", sim=sim)
    assert listed.returncode == 0, listed.stderr
    assert envelope(listed)["api_id"] == "usa20280"
    conditions = envelope(listed)["data"]["conditions"]
    assert conditions and all(set(row) == {"seq", "name"} for row in conditions)
    found = kiwoom("conditions", conditions[1]["seq"], "--section", "us", "--format", "json", sim=sim)
    assert found.returncode == 0, found.stderr
    assert envelope(found)["api_id"] == "usa20281"
    items = envelope(found)["data"]["items"]
    assert len(items) == CONDITION_ITEMS and len({row["item_code"] for row in items}) == CONDITION_ITEMS
    assert all(row["stex_tp"] in ("ND", "NY", "NA") and "code" not in row for row in items), items
    assert all(isinstance(row["current_price"], int | float | str) for row in items)


def test_conditions_watch_prints_a_searchs_pushes_typed(sim: Simulator) -> None:
    """--watch: a realtime condition search, each push printed as `kiwoom stream` prints an event (a US one, S2, with
    its item's exchange); a search the server refuses is its error; --watch without SEQ is a usage error."""
    us = kiwoom("conditions", "--section", "us", "2", "--watch", "--count", "3", "--format", "jsonl", sim=sim)
    assert us.returncode == 0, us.stderr
    rows = [json.loads(line) for line in us.stdout.splitlines()]
    assert len(rows) == 3 and all(row["type"] == "S2" and row["stexTp"] in ("ND", "NY", "NA") for row in rows), rows
    for row in rows:
        values = row["values"]
        assert values["serial_no"] == "2" and values["item_code"] == row["item"], row
        assert values["insert_delete_type"] in ("I", "D") and len(values["trade_time"]) == 8  # "HH:MM:SS"
    domestic = kiwoom("conditions", "1", "--watch", "--count", "1", "--format", "jsonl", sim=sim)
    assert domestic.returncode == 0 and json.loads(domestic.stdout)["type"] == "02", domestic.stderr
    refused = kiwoom("conditions", "--section", "us", "77", "--watch", "--count", "1", sim=sim)
    assert refused.returncode == 4 and "no condition '77'" in refused.stderr, refused.stderr
    assert kiwoom("conditions", "--watch", sim=sim).returncode == 2


def test_conditions_reads_every_page_of_a_search(sim: Simulator) -> None:
    """A condition search answers in pages (cont_yn "Y", next_key) like a paged TR: every page's items, each once."""
    found = kiwoom("conditions", "1", "--format", "json", sim=sim)
    assert found.returncode == 0, found.stderr
    codes = [row["code"] for row in envelope(found)["data"]["items"]]
    assert CONDITION_ITEMS > CONDITION_PAGE  # the search pages
    assert len(codes) == CONDITION_ITEMS and len(set(codes)) == len(codes), codes


def test_a_streamed_event_keeps_the_fids_the_spec_does_not_list() -> None:
    """`kiwoom stream` and the MCP snapshot print each event's typed FIDs, and as sent those the spec does not list
    (a FID the server added, every FID of a type the spec lacks), never dropping them."""
    from kiwoom_sdk import realtime
    from kiwoom_sdk.cli._output import event_row

    entries = [
        {"type": "0B", "name": "주식체결", "item": "005930", "values": {"10": "+60700", "99999": "new"}},
        {"type": "ZZ", "name": "?", "item": "005930", "values": {"10": "+60700"}},
        {"type": "0B", "name": "주식체결", "item": "005930", "values": {"10": "+60700"}},
    ]
    rows = [event_row(event) for event in realtime.decode(json.dumps({"trnm": "REAL", "data": entries}))]
    assert rows[0]["values"]["current_price"] == 60700 and rows[0]["unknown_values"] == {"99999": "new"}
    assert rows[1]["values"] == {} and rows[1]["unknown_values"] == {"10": "+60700"}
    assert "unknown_values" not in rows[2]


def test_a_connection_that_fails_is_one_line_and_exit_6(sim: Simulator) -> None:
    env = cli_env(sim, KIWOOM_BASE_URL="http://127.0.0.1:1", KIWOOM_WS_URL="ws://127.0.0.1:1")  # nothing listens
    result = kiwoom("call", "ka10001", "--stk-cd", "005930", "--format", "json", env=env)
    assert result.returncode == 6, result.stderr
    error = envelope(result)["error"]
    assert error["class"] == "TransportFailed" and error["retryable"] is True
    assert "Traceback" not in result.stderr


def test_stream_of_us_items_names_their_exchange(sim: Simulator) -> None:
    """The types say the section: FE streams from the US socket without --section."""
    streamed = kiwoom("stream", "FE", "ND:AAPL,NY:BRK.B", "--count", "4", "--format", "jsonl", sim=sim)
    assert streamed.returncode == 0, streamed.stderr
    events = [json.loads(line) for line in streamed.stdout.splitlines()]
    assert len(events) == 4 and {event["item"] for event in events} <= {"AAPL", "BRK.B"}
    assert all(event["type"] == "FE" for event in events)
    plain = kiwoom("stream", "FE", "AAPL", "--section", "us", "--count", "1", sim=sim)
    assert plain.returncode == 2 and plain.stdout == "", plain.stderr
    assert "a US item names its exchange" in plain.stderr and "'ND:AAPL'" in plain.stderr
    assert "Traceback" not in plain.stderr


def test_stream_refuses_mixed_sections_and_junk_items_before_connecting(sim: Simulator) -> None:
    refused = {
        "types of one section at a time, not domestic 0B and us FE": ("0B,FE", "005930"),
        "FE is a us type": ("FE", "ND:NVDA", "--section", "domestic"),
        "no item given: 0B register item codes": ("0B", ""),
        "an empty item": ("0B", ","),
    }
    for expected, args in refused.items():
        result = kiwoom("stream", *args, "--count", "1", sim=sim)
        assert result.returncode == 2 and result.stdout == "", (args, result.stderr)
        assert result.stderr.count("\n") == 1 and expected in result.stderr, (args, result.stderr)


def _saved(directory: Path, **profiles: tuple[tuple[str, str], str]) -> Path:
    """Profiles saved as `kiwoom auth login` saves them without a keyring: name -> ((appkey, secretkey), env)."""
    entries = {name: {"appkey": a, "secretkey": s, "env": env} for name, ((a, s), env) in profiles.items()}
    (directory / "credentials.json").write_text(json.dumps(entries), encoding="utf-8")
    return directory


CONNECTING = {  # every command that connects, each refused before it sends anything
    "call": ("call", "ka10001", "--stk-cd", "005930", "--format", "json"),
    "order": (*BUY, "--confirm", "--yes", "--format", "json"),
    "conditions": ("conditions", "--format", "json"),
    "stream": ("stream", "0B", "005930", "--count", "1", "--format", "jsonl"),
}


@pytest.fixture(scope="module")
def real() -> Iterator[Simulator]:
    """A simulator of the real server (`--env real` with its URL)."""
    with running(env="real") as simulator:
        yield simulator


@pytest.mark.parametrize(
    ("command", "saved_for", "flag"),
    [(command, "mock", ("--env", "real")) for command in sorted(CONNECTING)] + [("order", "real", ())],
)
def test_a_profile_is_refused_under_the_other_env(
    command: str, saved_for: str, flag: tuple[str, ...], sim: Simulator, real: Simulator, tmp_path: Path
) -> None:
    """A profile keeps the env it was saved for: a mock one never sends its keys to the real host, a real one never
    to the mock host (with `--env real` unsaid), and the one line names the profile, its env and the flag."""
    server, said = (real, "--env real") if flag else (sim, "--env mock (mock is the default)")
    profile = (server.state.keys[saved_for], saved_for)  # type: ignore[index]
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(_saved(tmp_path, default=profile)), KIWOOM_BASE_URL=server.url)
    before = server.state.requests
    result = kiwoom(*CONNECTING[command], *flag, env=env)
    assert server.state.requests == before  # not even a token
    assert result.returncode == 3 and result.stderr.count("\n") == 1, result.stderr
    assert f"profile 'default' was saved for env {saved_for!r}, and this command runs with {said}" in result.stderr
    if command != "stream":  # stream's stdout holds events only
        assert envelope(result)["error"]["class"] == "ProfileEnvMismatch"


@pytest.mark.parametrize(
    ("given", "args"),
    [("KIWOOM_APPKEY", CONNECTING["call"]), ("KIWOOM_SECRETKEY", ("auth", "status", "--format", "json"))],
)
def test_half_a_key_pair_in_the_environment_is_refused_naming_the_other(
    given: str, args: tuple[str, ...], sim: Simulator, tmp_path: Path
) -> None:
    """One key in the environment is not mixed with, nor silently replaced by, a saved profile's pair."""
    profile = _saved(tmp_path, default=(sim.keys, "mock"))
    missing = ({"KIWOOM_APPKEY", "KIWOOM_SECRETKEY"} - {given}).pop()
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(profile), KIWOOM_BASE_URL=sim.url, **{given: "SET-BY-THE-USER"})
    before = sim.state.requests
    result = kiwoom(*args, env=env)
    assert result.returncode == 3 and result.stderr.count("\n") == 1, result.stderr
    assert f"{given} is set but {missing} is not" in result.stderr
    assert envelope(result)["error"]["class"] == "CredentialsConflict"
    assert sim.state.requests == before


def test_keys_come_from_one_place_the_profile_flag_first(sim: Simulator, tmp_path: Path) -> None:
    """`--profile` beats KIWOOM_APPKEY / KIWOOM_SECRETKEY, which beat KIWOOM_PROFILE: with both of the environment's
    set, which one was meant is not guessed."""
    profile = _saved(tmp_path, sim=(sim.keys, "mock"))
    wrong = {"KIWOOM_APPKEY": "WRONG-APPKEY", "KIWOOM_SECRETKEY": "WRONG-SECRETKEY"}
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(profile), KIWOOM_BASE_URL=sim.url, **wrong)
    flagged = kiwoom(*CONNECTING["call"], "--profile", "sim", env=env)
    assert flagged.returncode == 0, flagged.stderr
    status = envelope(kiwoom("auth", "status", "--profile", "sim", "--format", "json", env=env))["data"]
    assert status["source"] == "file:sim" and status["env"] == "mock"
    other = kiwoom("auth", "status", "--profile", "sim", "--env", "real", "--format", "json", env=env)
    assert other.returncode == 3 and envelope(other)["error"]["class"] == "ProfileEnvMismatch"
    ambiguous = kiwoom(*CONNECTING["call"], env={**env, "KIWOOM_PROFILE": "sim"})
    assert ambiguous.returncode == 3 and envelope(ambiguous)["error"]["class"] == "CredentialsConflict"
    assert "KIWOOM_PROFILE=sim" in ambiguous.stderr


def test_a_preview_and_a_sent_order_name_their_host(real: Simulator) -> None:
    preview = envelope(kiwoom(*BUY, "--env", "real", "--format", "json", sim=real))
    assert preview["sent"] is False and preview["env"] == "real" and preview["base_url"] == real.url
    assert f"to {real.url}" in preview["message"]
    shown = kiwoom(*BUY, "--env", "real", "--format", "table", sim=real)
    assert f"on real at {real.url} (not Kiwoom's own host):" in shown.stdout
    before = real.state.orders_accepted
    sent = kiwoom(*BUY, "--env", "real", "--confirm", "--yes", "--format", "json", sim=real)
    assert sent.returncode == 0, sent.stderr
    assert envelope(sent)["base_url"] == real.url and real.state.orders_accepted == before + 1
    assert sent.stderr == f"kiwoom: sending kt10000 to real at {real.url} (not Kiwoom's own host)\n"


def test_the_url_pair_comes_from_one_place(sim: Simulator) -> None:
    """`--base-url` takes its own host's WebSocket, not a KIWOOM_WS_URL left in the shell; KIWOOM_WS_URL alone would
    send the token of Kiwoom's host elsewhere, and is refused."""
    stray = cli_env(sim, KIWOOM_BASE_URL="http://127.0.0.1:1", KIWOOM_WS_URL="ws://127.0.0.1:1")  # nothing listens
    streamed = kiwoom(*CONNECTING["stream"], "--base-url", sim.url, env=stray)
    assert streamed.returncode == 0, streamed.stderr
    assert json.loads(streamed.stdout)["type"] == "0B"
    assert f"from mock at {sim.ws_url}" in streamed.stderr
    alone = {key: value for key, value in cli_env(sim).items() if key != "KIWOOM_BASE_URL"}
    refused = kiwoom(*CONNECTING["call"], env=alone)
    assert refused.returncode == 2 and "KIWOOM_WS_URL is given but KIWOOM_BASE_URL is not: give both" in refused.stderr


def _journal(store: Path) -> list[dict[str, Any]]:
    """The entries of the order journal under the config directory `store`."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in (store / "orders").glob("*.json")]


def test_an_order_whose_command_was_killed_is_told_by_the_next_order_once_then_orders_go(tmp_path: Path) -> None:
    """`kiwoom call kt10000 --confirm` killed (SIGKILL: nothing of it runs) once its order was placed and its answer
    read, before the outcome was written: the order journal's entry, written before the order went, stays; an order
    sent meanwhile by another command goes (a live command's entry is its own), a query never looks; the next order
    sends nothing and prints the order in doubt (exit 10, `error.in_doubt`), once; the one after goes."""
    store = tmp_path / "config"
    held = tmp_path / "held"  # there while the command is stalled with the placed order's answer in hand
    with running(seed=81) as sim:
        env = cli_env(sim, KIWOOM_CONFIG_DIR=str(store))
        stalled = {**env, "KIWOOM_TEST_SIGNAL_AT": "handed", "KIWOOM_TEST_HOLD": str(held)}
        stalled["PYTHONPATH"] = os.pathsep.join((str(LATE_SIGNAL), stalled["PYTHONPATH"]))
        process = subprocess.Popen([*KIWOOM, *BUY, "--confirm", "--format", "json"], env=stalled,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        try:
            while not held.exists() and process.poll() is None:
                time.sleep(0.02)
            [first] = sim.state.account.orders
            [entry] = _journal(store)
            assert entry["pid"] == process.pid and entry["state"] == "sending"
            meanwhile = kiwoom(*BUY, "--confirm", "--format", "json", env=env)
            assert meanwhile.returncode == 0, meanwhile.stderr
            os.kill(process.pid, signal.SIGKILL)
            process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            held.unlink(missing_ok=True)
        assert _journal(store) == [entry]
        query = kiwoom(*DAILY, "--format", "json", env=env)
        assert query.returncode == 0, query.stderr
        told = kiwoom(*BUY, "--confirm", "--format", "json", env=env)
        assert sim.state.orders_accepted == 2  # the killed command's and the one sent meanwhile: none since
        sent = kiwoom(*BUY, "--confirm", "--format", "json", env=env)
        assert sim.state.orders_accepted == 3
    assert told.returncode == 10, told.stderr
    error = envelope(told)["error"]
    assert error["class"] == "OrderUntold" and error["exit_code"] == 10 and error["retryable"] is False
    assert "nothing was sent" in error["message"] and error["untold"] == []
    [record] = error["in_doubt"]
    assert record["api_id"] == "kt10000" and record["request"]["stk_cd"] == "005930"
    assert record["look_up"] == ["ka10075", "ka10076"] and record["sent_at"] <= record["at"]
    assert record["why"] == "the kiwoom call that sent it ended before its outcome was told"
    assert "order in doubt: kt10000" in told.stderr and "kiwoom call ka10075" in told.stderr
    assert sent.returncode == 0, sent.stderr
    assert envelope(sent)["data"]["ord_no"] != first
    assert list((store / "orders").iterdir()) == []


@pytest.mark.parametrize("output", ["json", "table"])
def test_an_order_whose_outcome_was_written_leaves_no_journal_entry(output: str, tmp_path: Path) -> None:
    """A placed order, and a refused one (the mock market closed), once written: nothing left to tell."""
    store = tmp_path / "config"
    with running(seed=82, market_open=False) as closed:  # the mock server refuses orders once the market has closed
        refused = kiwoom(*BUY, "--confirm", "--format", output, env=cli_env(closed, KIWOOM_CONFIG_DIR=str(store)))
    with running(seed=82) as sim:
        placed = kiwoom(*BUY, "--confirm", "--format", output, env=cli_env(sim, KIWOOM_CONFIG_DIR=str(store)))
        assert sim.state.orders_accepted == 1
    assert (refused.returncode, placed.returncode) == (4, 0), refused.stderr + placed.stderr
    assert list((store / "orders").iterdir()) == []


def test_an_order_is_not_sent_when_the_order_journal_cannot_be_written(sim: Simulator, tmp_path: Path) -> None:
    """The journal's directory cannot be made (a file is in its place): the order is refused before anything is sent,
    with one line naming the journal (exit 11); a query does not use the journal and goes."""
    store = tmp_path / "config"
    store.mkdir()
    (store / "orders").write_text("not a directory", encoding="utf-8")
    env = cli_env(sim, KIWOOM_CONFIG_DIR=str(store))
    before = sim.state.requests
    result = kiwoom(*BUY, "--confirm", "--format", "json", env=env)
    assert sim.state.requests == before
    assert result.returncode == 11, result.stderr
    error = envelope(result)["error"]
    assert error["class"] == "JournalUnusable" and "nothing was sent" in error["message"]
    assert str(store / "orders") in result.stderr
    assert kiwoom(*DAILY, "--format", "json", env=env).returncode == 0
