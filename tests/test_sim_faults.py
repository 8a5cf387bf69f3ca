"""Every fault the simulator injects, seen on the wire with raw httpx / websockets, so that each test
shows what the server sends rather than what a client library makes of it; and bad input, which
must get Kiwoom-style JSON errors without ever taking the server down."""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import websockets
from kiwoom_sdk.sim import Faults, Simulator, Timing, running

KST = datetime.timezone(datetime.timedelta(hours=9))
STKINFO = "/api/dostk/stkinfo"
ORDER_PATH = "/api/dostk/ordr"
ACCOUNT_PATH = "/api/dostk/acnt"
WS_PATH = "/api/dostk/websocket"
QUOTE = {"stk_cd": "005930"}
MARKET_BUY = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "ord_uv": "", "trde_tp": "3", "cond_uv": ""}
REG_0B = {"trnm": "REG", "grp_no": "1", "refresh": "1", "data": [{"item": ["005930"], "type": ["0B"]}]}


@dataclass
class Wire:
    """A simulator with a token, spoken to over one keep-alive httpx connection."""

    sim: Simulator
    http: httpx.Client
    token: str

    def post(
        self, api_id: str, body: Any = QUOTE, path: str = STKINFO, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        base = {"content-type": "application/json;charset=UTF-8", "api-id": api_id}
        if self.token:
            base["authorization"] = f"Bearer {self.token}"
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return self.http.post(self.sim.url + path, content=content, headers={**base, **(headers or {})})

    def query(self) -> httpx.Response:
        return self.post("ka10001")

    def order(self) -> httpx.Response:
        return self.post("kt10000", MARKET_BUY, ORDER_PATH)


def issue(sim: Simulator, http: httpx.Client) -> httpx.Response:
    appkey, secretkey = sim.keys
    body = {"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey}
    return http.post(sim.url + "/oauth2/token", json=body, headers={"api-id": "au10001"})


@pytest.fixture
def wire(request: pytest.FixtureRequest) -> Iterator[Wire]:
    """A fresh simulator for each test, with the faults and timing the test is marked with."""
    options: dict[str, Any] = getattr(request, "param", {})
    with running(seed=7, **options) as sim, httpx.Client(timeout=5) as http:
        yield Wire(sim, http, issue(sim, http).json()["token"])


def faults(**settings: Any) -> pytest.MarkDecorator:
    """Parametrize the `wire` fixture with these faults (and, with `timing=`, a Timing)."""
    timing = settings.pop("timing", None)
    options = {"faults": Faults(**settings), **({"timing": timing} if timing else {})}
    return pytest.mark.parametrize("wire", [options], indirect=True, ids=[",".join(sorted(options))])


def guide_text(sim: Simulator, code: int) -> str:
    """The guide's message for a code, up to its first placeholder."""
    return sim.state.catalog.errors[str(code)].split("{?}")[0].strip()


def assert_kiwoom_error(answer: httpx.Response, codes: tuple[int, ...]) -> dict[str, Any]:
    """An error answer as Kiwoom sends one: an HTTP error status and a JSON body with code and message."""
    assert answer.status_code >= 400, answer.text
    assert answer.headers["content-type"].startswith("application/json"), answer.text
    body: dict[str, Any] = answer.json()
    assert body["return_code"] in codes and body["return_msg"], body
    assert "{?}" not in body["return_msg"], body  # the guide's placeholders are filled in
    return body


# --- REST faults ---------------------------------------------------------------------------------------


@faults(rate_limit_per_second=5)
def test_a_burst_past_the_rate_gets_1700_then_the_window_reopens(wire: Wire) -> None:
    # A burst is twenty queries within the one-second window: on a machine too busy to send them in time, another
    # once the window is empty (what the server counts is then a different question, not a failure).
    for _ in range(5):
        started = time.monotonic()
        answers = [wire.query() for _ in range(20)]
        if time.monotonic() - started < 0.9:
            break
        time.sleep(1.0)
    else:
        raise AssertionError("twenty queries took 0.9 s or more, five times")
    refused = [a for a in answers if a.status_code == 429]
    assert sum(a.status_code == 200 for a in answers) == 5 and len(refused) == 15
    for answer in refused:
        body = assert_kiwoom_error(answer, (5,))  # the server's form (recorded 020): the guide's code in brackets
        assert f"[1700:{guide_text(wire.sim, 1700)}" in body["return_msg"] and "ka10001" in body["return_msg"]
    time.sleep(1.0)
    assert wire.query().json()["return_code"] == 0


@faults(rate_limit_fraction=0.3)
def test_a_fraction_of_queries_is_rate_limited_but_never_an_order(wire: Wire) -> None:
    codes = [wire.query().json()["return_code"] for _ in range(100)]
    assert set(codes) <= {0, 5}  # 5: refused past the rate, "[1700:...]" in return_msg (recorded 020)
    assert 15 <= codes.count(5) <= 45, codes.count(5)
    orders = [wire.order() for _ in range(20)]
    assert all(a.status_code == 200 and a.json()["return_code"] == 0 for a in orders), [a.text for a in orders]


@faults(server_error_fraction=0.5)
def test_server_errors_are_kiwoom_json_and_the_server_keeps_serving(wire: Wire) -> None:
    answers = [wire.query() for _ in range(40)]
    failed = [a for a in answers if a.status_code == 500]
    assert 5 <= len(failed) <= 35, len(failed)
    for answer in failed:
        body = assert_kiwoom_error(answer, (1999,))
        assert body["return_msg"].startswith(guide_text(wire.sim, 1999))
    assert all(a.json()["return_code"] == 0 for a in answers if a.status_code == 200)
    assert any(wire.query().status_code == 200 for _ in range(20))


@faults(slow_seconds=0.3)
def test_slow_answers_take_at_least_the_delay(wire: Wire) -> None:
    started = time.perf_counter()
    answer = wire.query()
    assert time.perf_counter() - started >= 0.3 and answer.json()["return_code"] == 0


def test_a_simulator_that_stops_sends_at_once_the_answers_it_holds_back() -> None:
    """Stopping does not wait out Faults.slow_seconds (aiohttp waits for the answers in progress): the order a slow
    simulator placed is answered as it stops, so that a test leaving a slow answer behind does not wait for it."""
    answers: list[httpx.Response] = []
    with httpx.Client(timeout=30) as http:
        with running(seed=7) as sim:
            wire = Wire(sim, http, issue(sim, http).json()["token"])
            sim.state.faults.slow_seconds = 600
            sender = threading.Thread(target=lambda: answers.append(wire.order()), daemon=True)
            sender.start()
            while not sim.state.account.orders and sender.is_alive():
                time.sleep(0.02)
        sender.join(timeout=30)
    [answer] = answers
    assert answer.status_code == 200 and answer.json()["return_code"] == 0, answer.text


@faults(token_ttl_seconds=1)
def test_a_short_lived_token_expires_and_its_expiry_is_in_korean_time(
    wire: Wire, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")  # the server shares this process: a machine far from Korea
    time.tzset()
    try:
        issued = issue(wire.sim, wire.http).json()
    finally:
        monkeypatch.undo()
        time.tzset()
    expires = datetime.datetime.strptime(issued["expires_dt"], "%Y%m%d%H%M%S").replace(tzinfo=KST)
    expected = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=1)
    assert abs((expires - expected).total_seconds()) <= 1.5, (issued["expires_dt"], expected.astimezone(KST))
    wire.token = issued["token"]
    assert wire.query().json()["return_code"] == 0
    time.sleep(1.2)
    assert_kiwoom_error(wire.query(), (8005,))


@faults(drop_after_order_accept=1)
def test_a_dropped_order_answer_still_places_the_order(wire: Wire) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        wire.order()
    assert len(wire.sim.state.account.orders) == 1  # the order stands though its answer never came
    with httpx.Client(timeout=5) as fresh:
        wire.http = fresh
        balance = wire.post("kt00018", {"qry_tp": "1", "dmst_stex_tp": "KRX"}, ACCOUNT_PATH).json()
        holdings = {row["stk_cd"].lstrip("A"): int(row["rmnd_qty"]) for row in balance["acnt_evlt_remn_indv_tot"]}
        assert holdings.get("005930") == 1, balance
        second = wire.order()
    assert second.status_code == 200 and second.json()["return_code"] == 0 and second.json()["ord_no"]
    assert len(wire.sim.state.account.orders) == 2


# --- WebSocket faults ----------------------------------------------------------------------------------


@dataclass
class Heard:
    frames: list[str | bytes]
    seconds: float  # from connecting to the close, or to the last frame read
    closed: bool
    reason: str


async def listen(sim: Simulator, token: str, messages: list[Any], *, count: int, timeout: float = 3.0) -> Heard:
    """The raw frames the server sends after LOGIN and `messages`, until `count` frames or the close."""
    frames: list[str | bytes] = []
    started = time.perf_counter()
    async with websockets.connect(sim.ws_url + WS_PATH) as ws:
        for message in [{"trnm": "LOGIN", "token": token}, *messages]:
            await ws.send(message if isinstance(message, str | bytes) else json.dumps(message))
        try:
            while len(frames) < count:
                frames.append(await asyncio.wait_for(ws.recv(), timeout))
        except (websockets.ConnectionClosed, TimeoutError):
            pass  # closed by the server, or silent for `timeout`: `closed` tells which
        closed = ws.close_code is not None
        return Heard(frames, time.perf_counter() - started, closed, ws.close_reason or "")


@faults(ws_drop_every_seconds=0.5, timing=Timing(stream_interval=10))
def test_a_session_is_dropped_after_its_time(wire: Wire) -> None:
    heard = asyncio.run(listen(wire.sim, wire.token, [], count=5))
    assert [json.loads(f)["trnm"] for f in heard.frames] == ["LOGIN"]
    assert heard.closed and 0.4 <= heard.seconds <= 2.0 and "dropped" in heard.reason, heard


@faults(ws_drop_after_frames=3, timing=Timing(stream_interval=0.02))
def test_a_session_is_dropped_after_its_frames(wire: Wire) -> None:
    heard = asyncio.run(listen(wire.sim, wire.token, [REG_0B], count=20))
    assert heard.closed and len(heard.frames) == 3, heard
    assert [json.loads(f)["trnm"] for f in heard.frames] == ["LOGIN", "REG", "REAL"]


@pytest.mark.parametrize("fraction", [1.0, 0.0])
def test_malformed_real_frames(fraction: float) -> None:
    options: dict[str, Any] = {"faults": Faults(malformed_fraction=fraction), "timing": Timing(stream_interval=0.01)}
    with running(seed=7, **options) as sim, httpx.Client() as http:
        heard = asyncio.run(listen(sim, issue(sim, http).json()["token"], [REG_0B], count=7))
    answers, real = heard.frames[:2], heard.frames[2:]
    assert [json.loads(f)["trnm"] for f in answers] == ["LOGIN", "REG"] and len(real) == 5
    for frame in real:
        if fraction:
            with pytest.raises(ValueError):
                json.loads(frame)
        else:
            assert json.loads(frame)["trnm"] == "REAL"


# --- bad input -----------------------------------------------------------------------------------------

JSON_TYPE = "application/json;charset=UTF-8"
BAD_REQUESTS = {
    "malformed JSON": ("POST", STKINFO, b'{"stk_cd": ', JSON_TYPE, (1517,)),
    "wrong content type": ("POST", STKINFO, b'{"stk_cd": "005930"}', "text/plain", (1512,)),
    "no content type": ("POST", STKINFO, b'{"stk_cd": "005930"}', "", (1512,)),
    "a 100 KB body": ("POST", STKINFO, b'{"stk_cd": "' + b"0" * 100_000 + b'"}', JSON_TYPE, (1517,)),
    "unknown path": ("POST", "/api/nowhere", b'{"stk_cd": "005930"}', JSON_TYPE, (1504,)),
    "GET instead of POST": ("GET", STKINFO, b"", JSON_TYPE, (1517,)),
    "a JSON list": ("POST", STKINFO, b"[1, 2]", JSON_TYPE, (1517,)),
    "a JSON string": ("POST", STKINFO, b'"005930"', JSON_TYPE, (1517,)),
    "JSON null": ("POST", STKINFO, b"null", JSON_TYPE, (1517,)),
    "non-UTF-8 bytes": ("POST", STKINFO, b'{"stk_cd": "\xff\xfe005930"}', JSON_TYPE, (1517,)),
    "deeply nested JSON": ("POST", STKINFO, b"[" * 20_000 + b"]" * 20_000, JSON_TYPE, (1517,)),
    "a field of the wrong type": ("POST", STKINFO, b'{"stk_cd": {"a": [1]}}', JSON_TYPE, (1517,)),
    "GET on the WebSocket path": ("GET", WS_PATH, b"", JSON_TYPE, (1517,)),
    "POST on the WebSocket path": ("POST", WS_PATH, b'{"stk_cd": "005930"}', JSON_TYPE, (1504,)),
}


@pytest.fixture(scope="module")
def shared() -> Iterator[Wire]:
    with running(seed=7) as sim, httpx.Client(timeout=5) as http:
        yield Wire(sim, http, issue(sim, http).json()["token"])


@pytest.mark.parametrize("case", sorted(BAD_REQUESTS))
def test_bad_input_gets_a_kiwoom_error_and_the_server_keeps_serving(shared: Wire, case: str) -> None:
    method, path, body, content_type, codes = BAD_REQUESTS[case]
    headers = {"api-id": "ka10001", "authorization": f"Bearer {shared.token}"}
    if content_type:
        headers["content-type"] = content_type
    answer = shared.http.request(method, shared.sim.url + path, content=body, headers=headers)
    assert_kiwoom_error(answer, codes)
    assert shared.query().json()["return_code"] == 0


BAD_MESSAGES: list[Any] = [
    "{not json",
    b"\x00\x01binary",
    [1, 2],
    {"trnm": "REG", "grp_no": "1", "data": 5},
    {"trnm": "REG", "grp_no": "1", "data": [{"item": "005930", "type": "0B"}]},
    {"trnm": "REG", "grp_no": ["1"], "data": [{"item": [["005930"]], "type": [{"x": 1}]}]},
    {"trnm": "REMOVE", "grp_no": "1", "data": "all"},
    {"trnm": "CNSRREQ", "seq": {"a": 1}},
    {"trnm": "NOPE"},
]


def test_bad_websocket_messages_get_errors_and_the_session_keeps_serving(shared: Wire) -> None:
    """Each bad message gets an error answer (binary frames are ignored); then a good REG still works."""
    heard = asyncio.run(listen(shared.sim, shared.token, [*BAD_MESSAGES, REG_0B], count=len(BAD_MESSAGES) + 1))
    answers = [json.loads(f) for f in heard.frames]
    assert answers[0] == {"trnm": "LOGIN", "return_code": 0, "return_msg": "", "sor_yn": "Y"}  # 024's form
    assert not heard.closed, heard
    errors = answers[1:-1]
    assert all(a["return_code"] != 0 and "{?}" not in a["return_msg"] for a in errors), errors
    assert answers[-1]["trnm"] == "REG" and answers[-1]["return_code"] == 0, answers
