"""The REST client under misuse, against the simulator over loopback: orders whose answer never
reaches the caller are kept and logged, hooks cannot change a result, no secret reaches any log
record, every argument of the client is checked where it is given, and errors stay in the SDK's
hierarchy with bounded messages."""

from __future__ import annotations

import asyncio
import logging
import math
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import aiohttp
import httpx
import pytest
from kiwoom_sdk import (
    ArgumentInvalid,
    AsyncKiwoom,
    ClientClosed,
    Kiwoom,
    KiwoomError,
    OrderInDoubt,
    OrderStateUnknown,
    RequestInvalid,
    ResponseInvalid,
    Retry,
    WrongEventLoop,
    errors,
)
from kiwoom_sdk._transport import ASYNC_TRANSPORTS, wire_tracing
from kiwoom_sdk.sim import Faults, Simulator, running

FAST = Retry(attempts=4, base=0.005, cap=0.05)
TRANSPORTS = pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)  # every async test runs over each of them
ORDER: dict[str, Any] = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": 1, "trde_tp": "3"}
# Seconds the simulator holds an answer back (the order placed at once): far past any timeout or cancellation a test
# makes meanwhile, however slow the machine; nobody waits it out, as a stopping simulator sends what it holds back.
SLOW = 600.0
# Seconds it holds an answer that a test awaits: past the 0.2 s a test waits for something else meanwhile.
HOLDING = 1.5


def _client(sim: Simulator, **options: Any) -> Kiwoom:
    options = {"rate": 1000.0, "burst": 100.0, "retry": FAST, **options}
    return Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, **options)


def _async_client(sim: Simulator, transport: str, **options: Any) -> AsyncKiwoom:
    options = {"rate": 1000.0, "burst": 100.0, "retry": FAST, **options}
    return AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, transport=transport, **options)


def _orders_placed(sim: Simulator, within: float = 30.0) -> int:
    """How many orders the simulator holds once one is placed (the request read: a slow simulator places it before
    it holds the answer back), or after `within` seconds without one: generous, so a loaded machine is slower, not
    red."""
    deadline = time.monotonic() + within
    while not sim.state.account.orders and time.monotonic() < deadline:
        time.sleep(0.02)
    return len(sim.state.account.orders)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "kiwoom_sdk" and r.levelno == logging.WARNING]


def _assert_kept(record: OrderInDoubt, why: str) -> None:
    assert record.api_id == "kt10000"
    assert dict(record.request) == {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "trde_tp": "3"}
    assert why in record.why, record.why
    assert record.at.tzinfo is not None


def _assert_logged(caplog: pytest.LogCaptureFixture, why: str) -> None:
    [warning] = [r for r in _warnings(caplog) if "order state unknown" in r.getMessage()]
    text = warning.getMessage()
    assert "kt10000" in text and "'stk_cd': '005930'" in text and why in text and "ka10075" in text


# --- orders are never lost from view -------------------------------------------------------------


def _eventually(condition: Callable[[], bool], within: float = 30.0) -> bool:
    """Whether `condition()` holds, waiting for it (a generous deadline: a loaded machine is slower, not red)."""
    deadline = time.monotonic() + within
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return condition()


@TRANSPORTS
@pytest.mark.parametrize("after", [0.01, 0.1, 0.5])
def test_an_async_order_cancelled_after_sending_is_kept_and_logged(
    after: float, transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    """`asyncio.wait_for` gives up on the order `after` seconds after it was sent (the clock starts
    at the hook's request event, just before the request is written)."""
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")

    async def session(sim: Simulator) -> tuple[BaseException, list[OrderInDoubt]]:
        sent = asyncio.Event()

        def hook(event: str, details: dict[str, Any]) -> None:
            if event == "request" and details["api_id"] == "kt10000":
                sent.set()

        async with _async_client(sim, transport, hook=hook) as client:
            await client.token()
            sim.state.faults.slow_seconds = SLOW
            order = asyncio.ensure_future(client.kt10000(**ORDER))
            await sent.wait()
            with pytest.raises(TimeoutError) as caught:
                await asyncio.wait_for(order, after)
            return caught.value, list(client.orders_in_doubt)

    with running(seed=31) as sim:
        timeout, kept = asyncio.run(session(sim))
        assert _eventually(lambda: sim.state.requests == 2)  # the token, then the order: it reached the server
        if after >= 0.1:  # time enough for the server to read it: it stands, though the caller saw a TimeoutError
            assert _orders_placed(sim) == 1
    [record] = kept
    _assert_kept(record, "cancelled")
    _assert_logged(caplog, "cancelled")
    cancelled = timeout.__cause__
    assert isinstance(cancelled, asyncio.CancelledError)  # the cancellation itself went on, with a note
    assert any("orders_in_doubt" in note and "kt10000" in note for note in getattr(cancelled, "__notes__", []))


@TRANSPORTS
def test_an_order_cancelled_before_sending_is_not_in_doubt(transport: str, caplog: pytest.LogCaptureFixture) -> None:
    """Waiting for the rate limiter nothing was sent: no doubt, no record, no warning."""
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")

    async def session(sim: Simulator) -> list[OrderInDoubt]:
        async with _async_client(sim, transport, rate=0.01, burst=1) as client:
            await client.token()  # takes the bucket's only call: the order waits 100 seconds
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(client.kt10000(**ORDER), 0.2)
            return list(client.orders_in_doubt)

    with running(seed=32) as sim:
        assert asyncio.run(session(sim)) == []
        assert sim.state.requests == 1 and not sim.state.account.orders
    assert not _warnings(caplog)


@TRANSPORTS
def test_calls_that_gave_up_waiting_for_the_rate_limiter_give_their_place_back(transport: str) -> None:
    """Twenty calls cancelled while they waited for their turn sent nothing, and leave no debt behind: the next
    order waits for the bucket as it is, not twenty turns for places nobody used."""

    async def session(sim: Simulator) -> float:
        async with _async_client(sim, transport, rate=0.01, burst=1) as client:  # a turn: 100 s
            await client.token()  # takes the bucket's one place
            for _ in range(20):
                with pytest.raises(TimeoutError):
                    await asyncio.wait_for(client.ka10001(stk_cd="005930"), 0.01)
            return client._session.limiter.reserve()  # the wait the next call would be told

    with running(seed=49) as sim:
        wait = asyncio.run(session(sim))
        assert sim.state.requests == 1  # the token alone
    assert wait <= 100.0  # at most the one place the token took (owing twenty places: about 2000 seconds)


def test_sync_calls_interrupted_while_waiting_for_the_rate_limiter_give_their_place_back() -> None:
    main = threading.main_thread().ident
    assert main is not None
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with running(seed=50) as sim, _client(sim, rate=0.01, burst=1) as client:  # a turn: 100 s
            client.token()
            for _ in range(10):
                timer = threading.Timer(0.05, signal.pthread_kill, (main, signal.SIGINT))
                timer.start()
                with pytest.raises(KeyboardInterrupt):
                    client.ka10001(stk_cd="005930")
                timer.join()
            wait = client._session.limiter.reserve()
            assert sim.state.requests == 1
    finally:
        signal.signal(signal.SIGINT, previous)
    assert wait <= 100.0  # at most the one place the token took


def _one_connection(transport: str) -> httpx.AsyncClient | aiohttp.ClientSession:
    """An HTTP client of the transport's library that holds at most one connection (and tells how far a request
    got, as the client's own do)."""
    if transport == "httpx":
        return httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1), trace_configs=[wire_tracing()])


@TRANSPORTS
def test_an_order_cancelled_while_waiting_for_a_connection_is_not_in_doubt(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    """One connection, held by a slow query: the order waits for it and is cancelled before a byte
    of it is written (the transport's trace never reached its headers), so it is not in doubt."""
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")

    async def session(sim: Simulator) -> list[OrderInDoubt]:
        async with _async_client(sim, transport, http=_one_connection(transport)) as client:
            await client.token()
            sim.state.faults.slow_seconds = HOLDING  # awaited below
            query = asyncio.ensure_future(client.ka10001(stk_cd="005930"))
            while sim.state.requests < 2:  # the token, then the query: it holds the only connection
                await asyncio.sleep(0.01)
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(client.kt10000(**ORDER), 0.2)
            assert (await query).return_code == 0
            return list(client.orders_in_doubt)

    with running(seed=52) as sim:
        assert asyncio.run(session(sim)) == []
        assert sim.state.requests == 2 and not sim.state.account.orders  # the token and the query only
    assert not _warnings(caplog)


@TRANSPORTS
def test_a_cancelled_query_is_not_an_order_in_doubt(transport: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")

    async def session(sim: Simulator) -> list[OrderInDoubt]:
        async with _async_client(sim, transport) as client:
            await client.token()
            sim.state.faults.slow_seconds = SLOW
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(client.ka10001(stk_cd="005930"), 0.1)
            return list(client.orders_in_doubt)

    with running(seed=33) as sim:
        assert asyncio.run(session(sim)) == []
    assert not _warnings(caplog)


@contextmanager
def _sigint_after_sending(delay: float) -> Iterator[Callable[[str, dict[str, Any]], None]]:
    """A hook that, once the order is about to be sent, has a real SIGINT (Ctrl-C) delivered to
    the main thread `delay` seconds later, while it waits for the answer."""
    timers: list[threading.Timer] = []
    main = threading.main_thread().ident
    assert main is not None and threading.current_thread() is threading.main_thread()

    def hook(event: str, details: dict[str, Any]) -> None:
        if event == "request" and details["api_id"] == "kt10000":
            timer = threading.Timer(delay, signal.pthread_kill, (main, signal.SIGINT))
            timers.append(timer)
            timer.start()

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield hook
    finally:
        for timer in timers:
            timer.join()
        signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("after", [0.01, 0.1, 0.5])
def test_a_sync_order_interrupted_after_sending_is_kept_and_logged(
    after: float, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")
    with _sigint_after_sending(after) as hook, running(seed=34) as sim, _client(sim, hook=hook) as client:
        client.token()
        sim.state.faults.slow_seconds = SLOW
        with pytest.raises(KeyboardInterrupt) as caught:
            client.kt10000(**ORDER)
        [record] = client.orders_in_doubt
        assert _eventually(lambda: sim.state.requests == 2)  # the token, then the order: it reached the server
        if after >= 0.1:  # read by the server in time, the order stands (at 10 ms it may or may not)
            assert _orders_placed(sim) == 1
    _assert_kept(record, "KeyboardInterrupt")
    _assert_logged(caplog, "KeyboardInterrupt")
    assert any("orders_in_doubt" in note for note in getattr(caught.value, "__notes__", []))


def test_a_sync_order_timed_out_after_sending_is_state_unknown_and_kept(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")
    with running(seed=35) as sim, _client(sim, timeout=0.3) as client:
        client.token()
        sim.state.faults.slow_seconds = SLOW
        with pytest.raises(OrderStateUnknown) as caught:
            client.kt10000(**ORDER)
        assert _orders_placed(sim) == 1
        [record] = client.orders_in_doubt
    _assert_kept(record, "ReadTimeout")
    _assert_logged(caplog, "ReadTimeout")
    assert caught.value.record is record and "ka10075" in str(caught.value)


@TRANSPORTS
def test_an_async_order_timed_out_after_sending_is_state_unknown_and_kept(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")

    async def session(sim: Simulator) -> tuple[OrderStateUnknown, list[OrderInDoubt]]:
        async with _async_client(sim, transport, timeout=0.3) as client:
            await client.token()
            sim.state.faults.slow_seconds = SLOW
            with pytest.raises(OrderStateUnknown) as caught:
                await client.kt10000(**ORDER)
            return caught.value, list(client.orders_in_doubt)

    with running(seed=36) as sim:
        error, [record] = asyncio.run(session(sim))
        assert _orders_placed(sim) == 1
    _assert_kept(record, "ReadTimeout")
    assert error.record is record
    _assert_logged(caplog, "ReadTimeout")


@pytest.mark.parametrize(
    ("faults", "why"),
    [
        (Faults(drop_after_order_accept=1), "RemoteProtocolError"),
        (Faults(garble_after_order_accept=1), "unreadable answer: HTTP 200, not a JSON object"),
    ],
)
def test_an_order_whose_answer_is_lost_or_unreadable_is_kept_once(
    faults: Faults, why: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The order stands on the server; the caller gets OrderStateUnknown (never ResponseInvalid),
    the order is kept and logged once, and the next order is answered normally."""
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")
    with running(seed=37, faults=faults) as sim, _client(sim) as client:
        with pytest.raises(OrderStateUnknown) as caught:
            client.kt10000(**ORDER)
        assert len(sim.state.account.orders) == 1
        assert client.kt10000(**ORDER).return_code == 0
        [record] = client.orders_in_doubt
    _assert_kept(record, why)
    _assert_logged(caplog, why)
    assert caught.value.record is record


def test_a_server_error_to_an_order_is_kept(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")
    with running(seed=38) as sim, _client(sim) as client:
        client.token()
        sim.state.faults.server_error_fraction = 1.0
        with pytest.raises(OrderStateUnknown):
            client.kt10000(**ORDER)
        [record] = client.orders_in_doubt
    _assert_kept(record, "ServerError")
    _assert_logged(caplog, "ServerError")


def test_an_answer_that_is_not_the_response_model_is_state_unknown_for_an_order_and_invalid_for_a_query() -> None:
    """JSON that parses but does not fit the TR's response (a return_code that is no number): for an
    order OrderStateUnknown, for a query ResponseInvalid; never pydantic's own error."""
    bad = (200, {"return_code": "zero", "return_msg": "?", "ord_no": "1"})
    with running(seed=39, faults=Faults(canned={"kt10000": [bad], "ka10001": [bad]})) as sim, _client(sim) as client:
        with pytest.raises(OrderStateUnknown) as order:
            client.kt10000(**ORDER)
        with pytest.raises(ResponseInvalid) as query:
            client.ka10001(stk_cd="005930")
        [record] = client.orders_in_doubt
    assert "not a" in str(order.value) and "return_code" in str(order.value)
    assert record.why.startswith("unreadable answer")
    assert "return_code" in str(query.value) and query.value.api_id == "ka10001"


def test_a_raising_hook_never_replaces_a_result(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk")
    calls: list[str] = []

    def hook(event: str, details: dict[str, Any]) -> None:
        calls.append(event)
        raise RuntimeError(f"hook failed on {event}")

    with running(seed=40, faults=Faults(rate_limit_fraction=0.5)) as sim, _client(sim, hook=hook) as client:
        answer = client.kt10000(**ORDER)
        queries = [client.ka10001(stk_cd="005930") for _ in range(6)]  # with retries: retry events too
        assert answer.return_code == 0 and answer.ord_no  # the order's own answer, intact
        assert len(sim.state.account.orders) == 1 and not client.orders_in_doubt
    assert all(q.return_code == 0 for q in queries)
    assert {"request", "response", "retry"} <= set(calls)
    hook_records = [r for r in _warnings(caplog) if "hook raised" in r.getMessage()]
    assert len(hook_records) == len(calls)  # each failure logged once, with its exception
    assert all(r.exc_info and isinstance(r.exc_info[1], RuntimeError) for r in hook_records)


@TRANSPORTS
def test_a_raising_hook_never_replaces_an_async_result(transport: str) -> None:
    def hook(event: str, details: dict[str, Any]) -> None:
        raise ValueError(event)

    async def session(sim: Simulator) -> Any:
        async with _async_client(sim, transport, hook=hook) as client:
            return await client.kt10000(**ORDER)

    with running(seed=41) as sim:
        assert asyncio.run(session(sim)).return_code == 0
        assert len(sim.state.account.orders) == 1


# --- secrets --------------------------------------------------------------------------------------


class _Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _every_logger_at_debug() -> Iterator[list[logging.LogRecord]]:
    """Every record of every logger at DEBUG: the root's handler sees all that propagates, and each
    logger that exists (httpx, httpcore and theirs included) is set to DEBUG and to propagate."""
    handler = _Everything()
    root = logging.getLogger()
    for name in ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "kiwoom_sdk", "aiohttp"):
        logging.getLogger(name)
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    saved = [(logger, logger.level, logger.propagate, logger.disabled) for logger in loggers]
    root_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.propagate = True
        logger.disabled = False
    try:
        yield handler.records
    finally:
        root.removeHandler(handler)
        root.setLevel(root_level)
        for logger, level, propagate, disabled in saved:
            logger.setLevel(level)
            logger.propagate = propagate
            logger.disabled = disabled


def _texts(record: logging.LogRecord) -> list[str]:
    texts = [record.getMessage(), repr(record.args), str(record.msg)]
    if record.exc_info:
        texts.append(logging.Formatter().formatException(record.exc_info))
    return texts


def test_no_secret_in_any_log_record_at_debug_across_a_rest_session() -> None:
    def hook(event: str, details: dict[str, Any]) -> None:
        if event == "response":
            raise RuntimeError("a hook that fails")

    with _every_logger_at_debug() as records:
        faults = Faults(rate_limit_fraction=0.3, garble_after_order_accept=1)
        with running(seed=42, faults=faults) as sim, _client(sim, revoke_on_close=True, hook=hook) as client:
            token = client.token()
            for _ in range(5):
                client.ka10001(stk_cd="005930")
            list(client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1"))
            with pytest.raises(OrderStateUnknown):  # garbled: logged with the order's body
                client.kt10000(**ORDER)
            client.kt10000(**ORDER)
            with pytest.raises(RequestInvalid):
                client.kt10000(dmst_stex_tp="KRX", stk_cd="005930", ord_qty=1, trde_tp="99")
            appkey, secretkey = sim.keys
        names = {record.name for record in records}
    assert {"httpx", "httpcore.http11", "kiwoom_sdk"} <= names  # the libraries did log, at DEBUG
    assert len(records) > 50
    for record in records:
        for text in _texts(record):
            for secret in (token, appkey, secretkey):
                assert secret not in text, (record.name, text[:300])


@TRANSPORTS
def test_no_secret_in_any_log_record_at_debug_across_an_async_rest_session(transport: str) -> None:
    async def session(sim: Simulator) -> str:
        async with _async_client(sim, transport, revoke_on_close=True) as client:
            token = await client.token()
            for _ in range(5):
                await client.ka10001(stk_cd="005930")
            pages = client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1")
            assert len([page async for page in pages]) == 3
            with pytest.raises(OrderStateUnknown):  # garbled: logged with the order's body
                await client.kt10000(**ORDER)
            await client.kt10000(**ORDER)
            return token

    with _every_logger_at_debug() as records:
        faults = Faults(rate_limit_fraction=0.3, garble_after_order_accept=1)
        with running(seed=53, faults=faults) as sim:
            token = asyncio.run(session(sim))
            appkey, secretkey = sim.keys
        names = {record.name for record in records}
    assert "kiwoom_sdk" in names and len(records) > 20
    for record in records:
        for text in _texts(record):
            for secret in (token, appkey, secretkey):
                assert secret not in text, (record.name, text[:300])


ISSUED = "SIMTOKEN" + "7" * 40  # a token a broken au10001 answer carries


@pytest.mark.parametrize(
    "answer",
    [
        (200, {"token": ISSUED, "expires_dt": "20991231235959", "return_code": "zero", "return_msg": "?"}),
        (200, {"token": ISSUED, "expires_dt": "20991231235959", "return_code": 3, "return_msg": "odd"}),
        (500, {"token": ISSUED, "return_code": 1999, "return_msg": "error"}),
        (200, {"token": ISSUED, "expires_dt": "2099", "return_code": 0, "return_msg": "ok"}),
    ],
    ids=["unreadable", "refused", "server-error", "no-expiry"],
)
def test_a_token_answer_that_fails_never_shows_its_token(answer: tuple[int, dict[str, Any]]) -> None:
    """An au10001 answer that carries a token but cannot be used: the error's message, repr and kept response
    hold no token (nor any key), whatever went wrong."""
    with (
        running(seed=45, faults=Faults(canned={"au10001": [answer]})) as sim,
        _client(sim, retry=Retry(attempts=1)) as client,
        pytest.raises(KiwoomError) as caught,
    ):
        client.ka10001(stk_cd="005930")
    error = caught.value
    for text in (str(error), repr(error), repr(error.response), repr(error.args)):
        for secret in (ISSUED, *sim.keys):
            assert secret not in text, (type(error).__name__, text[:300])


def _waiting_for_its_turn(client: Kiwoom | AsyncKiwoom) -> bool:
    """Whether a call took a place the bucket (of one) did not have, so that it waits for its turn."""
    return client._session.limiter._tokens < -0.5


def test_an_order_waiting_for_the_rate_limiter_when_the_client_closes_is_refused_unsent() -> None:
    """close() while an order waits for its turn: at once (the wait had to run out first), ClientClosed, as for a call
    made after close(), and nothing sent (not the HTTP library's own RuntimeError)."""
    with running(seed=46) as sim:
        client = Kiwoom(*sim.keys, base_url=sim.url, rate=0.01, burst=1.0)
        client.token()  # takes the bucket's one place: the order would wait 100 seconds
        outcome: list[BaseException] = []
        worker = threading.Thread(target=lambda: _failure_of(lambda: client.kt10000(**ORDER), outcome), daemon=True)
        worker.start()
        assert _eventually(lambda: _waiting_for_its_turn(client))
        client.close()
        worker.join(timeout=30)
        assert not worker.is_alive(), "close() left the order waiting for its turn"
        assert len(sim.state.account.orders) == 0
    [error] = outcome
    assert isinstance(error, ClientClosed) and not client.orders_in_doubt


@TRANSPORTS
def test_an_async_order_waiting_for_the_rate_limiter_when_the_client_closes_is_refused_unsent(transport: str) -> None:
    async def session(sim: Simulator) -> tuple[BaseException, int]:
        client = _async_client(sim, transport, rate=0.01, burst=1.0)
        await client.token()  # the order would wait 100 seconds
        order = asyncio.ensure_future(client.kt10000(**ORDER))
        while not _waiting_for_its_turn(client):
            await asyncio.sleep(0.01)
        await client.aclose()
        with pytest.raises(ClientClosed) as caught:
            await asyncio.wait_for(order, 30)  # at once, not at its turn
        return caught.value, len(client.orders_in_doubt)

    with running(seed=47) as sim:
        error, in_doubt = asyncio.run(session(sim))
        assert len(sim.state.account.orders) == 0
    assert isinstance(error, ClientClosed) and in_doubt == 0


BACKOFF = Retry(attempts=2, base=600.0, cap=600.0)  # a retry 5 to 10 minutes after the first 500


def test_a_query_waiting_to_retry_when_the_client_closes_ends_at_once() -> None:
    """close() while a query waits out its retry's backoff: ClientClosed at once, the retry never sent."""
    with running(seed=48) as sim:
        client = Kiwoom(*sim.keys, base_url=sim.url, rate=1000.0, burst=100.0, retry=BACKOFF)
        client.token()
        sim.state.faults.server_error_fraction = 1.0
        outcome: list[BaseException] = []
        worker = threading.Thread(target=lambda: _failure_of(lambda: client.ka10001(stk_cd="005930"), outcome))
        worker.daemon = True
        worker.start()
        assert _eventually(lambda: sim.state.requests == 2)  # the token, then the query's first try
        client.close()
        worker.join(timeout=30)
        assert not worker.is_alive(), "close() left the query waiting to retry"
        assert sim.state.requests == 2
    [error] = outcome
    assert isinstance(error, ClientClosed)


@TRANSPORTS
def test_an_async_query_waiting_to_retry_when_the_client_closes_ends_at_once(transport: str) -> None:
    async def session(sim: Simulator) -> BaseException:
        client = _async_client(sim, transport, retry=BACKOFF)
        await client.token()
        sim.state.faults.server_error_fraction = 1.0
        query = asyncio.ensure_future(client.ka10001(stk_cd="005930"))
        while sim.state.requests < 2:  # the token, then the query's first try
            await asyncio.sleep(0.01)
        await client.aclose()
        with pytest.raises(ClientClosed) as caught:
            await asyncio.wait_for(query, 30)  # at once, not after the backoff
        return caught.value

    with running(seed=49) as sim:
        assert isinstance(asyncio.run(session(sim)), ClientClosed)
        assert sim.state.requests == 2


def _failure_of(call: Callable[[], object], into: list[BaseException]) -> None:
    try:
        call()
    except BaseException as error:
        into.append(error)


def test_a_wrong_secret_key_never_borrows_a_cached_token() -> None:
    with running(seed=43) as sim, _client(sim) as good:
        secretkey = sim.keys[1]
        good.token()
        issued = len(sim.state.tokens)
        with _client_with_secret(sim, "not-" + secretkey) as wrong, pytest.raises(errors.AuthError) as caught:
            wrong.ka10001(stk_cd="005930")
        assert caught.value.returned_code == 8001 and caught.value.api_id == "au10001"
        assert len(sim.state.tokens) == issued  # nothing issued to the wrong pair, nothing borrowed
        assert good.ka10001(stk_cd="005930").return_code == 0
        key = good._session.core.token_key
        assert secretkey not in repr(key) and len(key[-1]) == 64  # a SHA-256 digest, not the key


def _client_with_secret(sim: Simulator, secretkey: str) -> Kiwoom:
    return Kiwoom(sim.keys[0], secretkey, base_url=sim.url, rate=1000, burst=100, retry=FAST)


def test_the_same_keys_share_one_token_and_the_digest_separates_secrets() -> None:
    with running(seed=44) as sim, _client(sim) as first, _client(sim) as second:
        assert first.token() == second.token()
        assert first._session.core.token_key == second._session.core.token_key
        with _client_with_secret(sim, "other") as other:
            assert other._session.core.token_key != first._session.core.token_key
            assert other._session.limiter is not first._session.limiter


# --- argument checks ------------------------------------------------------------------------------

BAD_ARGUMENTS: list[tuple[str, dict[str, Any], str]] = [
    ("rate", {"rate": -1}, "> 0"),
    ("rate", {"rate": 0}, "> 0"),
    ("rate", {"rate": math.nan}, "finite"),
    ("rate", {"rate": math.inf}, "finite"),
    ("rate", {"rate": "5"}, "number"),
    ("rate", {"rate": True}, "number"),
    ("burst", {"burst": 0}, ">= 1"),
    ("burst", {"burst": 0.5}, ">= 1"),
    ("burst", {"burst": -3}, ">= 1"),
    ("burst", {"burst": math.inf}, "finite"),
    ("timeout", {"timeout": 0}, "> 0"),
    ("timeout", {"timeout": -1}, "> 0"),
    ("timeout", {"timeout": math.nan}, "finite"),
    ("timeout", {"timeout": None}, "number"),
    ("timeout", {"timeout": "10"}, "number"),
    ("env", {"env": "prod"}, "'mock', 'real'"),
    ("env", {"env": None}, "'mock', 'real'"),
    ("env", {"env": "MOCK"}, "'mock', 'real'"),
    ("base_url", {"base_url": "localhost:8080"}, "http://"),
    ("base_url", {"base_url": "ftp://127.0.0.1"}, "http://"),
    ("base_url", {"base_url": ""}, "http://"),
    ("base_url", {"base_url": "http://127.0.0.1:99999"}, "http://"),
    ("ws_url", {"ws_url": "http://127.0.0.1"}, "ws://"),
    ("retry", {"retry": 3}, "Retry("),
    ("hook", {"hook": "print"}, "callable"),
    ("appkey", {"appkey": 1234}, "string"),
    ("revoke_on_close", {"revoke_on_close": "yes"}, "True or False"),
    ("transport", {"transport": "requests"}, "'httpx'"),
    ("transport", {"transport": 1}, "'httpx'"),
]


@pytest.mark.parametrize("kind", [Kiwoom, AsyncKiwoom])
@pytest.mark.parametrize(("name", "arguments", "allowed"), BAD_ARGUMENTS)
def test_a_bad_client_argument_is_refused_at_construction(
    kind: type[Kiwoom] | type[AsyncKiwoom], name: str, arguments: dict[str, Any], allowed: str
) -> None:
    arguments = {"appkey": "key", "secretkey": "secret", **arguments}
    with pytest.raises(ArgumentInvalid) as caught:
        kind(**arguments)
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, KiwoomError)
    assert error.argument == name and str(error).startswith(f"{name}=") and allowed in str(error)


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        ({"attempts": -3}, "Retry.attempts"),
        ({"attempts": 0}, "Retry.attempts"),
        ({"attempts": 2.5}, "Retry.attempts"),
        ({"attempts": True}, "Retry.attempts"),
        ({"base": -0.1}, "Retry.base"),
        ({"base": math.nan}, "Retry.base"),
        ({"cap": math.inf}, "Retry.cap"),
        ({"cap": "5"}, "Retry.cap"),
    ],
)
def test_a_nonsense_retry_policy_is_refused(arguments: dict[str, Any], name: str) -> None:
    with pytest.raises(ArgumentInvalid) as caught:
        Retry(**arguments)
    assert caught.value.argument == name and (">= 1" in str(caught.value) or ">= 0" in str(caught.value))


def test_the_wrong_kind_of_http_client_or_transport_is_refused() -> None:
    with httpx.Client() as sync_http, pytest.raises(ArgumentInvalid, match=r"http=.*httpx\.AsyncClient"):
        AsyncKiwoom("key", "secret", http=sync_http)
    with pytest.raises(ArgumentInvalid, match=r"transport='aiohttp'.*'httpx'"):
        Kiwoom("key", "secret", transport="aiohttp")

    async def session() -> None:
        async_http = httpx.AsyncClient()
        with pytest.raises(ArgumentInvalid, match=r"http=.*httpx\.Client"):
            Kiwoom("key", "secret", http=async_http)
        with pytest.raises(ArgumentInvalid, match=r"http=.*aiohttp\.ClientSession"):
            AsyncKiwoom("key", "secret", http=async_http, transport="aiohttp")
        async with aiohttp.ClientSession() as session:
            with pytest.raises(ArgumentInvalid, match=r"http=.*httpx\.AsyncClient"):
                AsyncKiwoom("key", "secret", http=session, transport="httpx")
            chosen = AsyncKiwoom("key", "secret", http=session)  # the library follows the client given
            assert chosen._session.transport.name == "aiohttp"
        await async_http.aclose()

    asyncio.run(session())
    assert AsyncKiwoom("key", "secret")._session.transport.name == ASYNC_TRANSPORTS[0]


def test_none_means_the_default_rate_and_a_good_rate_is_kept() -> None:
    with Kiwoom("key", "secret") as default, Kiwoom("key", "other secret", rate=2.5, burst=3) as chosen:
        assert (default._session.limiter.rate, default._session.limiter.burst) == (5, 5)
        assert (chosen._session.limiter.rate, chosen._session.limiter.burst) == (2.5, 3)


@pytest.mark.parametrize("max_pages", [0, -1, 1.5, True, "2"])
def test_a_bad_page_cap_is_refused_at_the_call_before_any_request(max_pages: Any) -> None:
    chart: dict[str, Any] = {"stk_cd": "005930", "base_dt": "20260223", "upd_stkpc_tp": "1"}

    async def async_pages(client: AsyncKiwoom) -> None:
        with pytest.raises(ArgumentInvalid, match=r"max_pages=.*whole number >= 1"):
            client.pages(client.ka10081, max_pages=max_pages, **chart)

    with running(seed=45) as sim, _client(sim) as client:
        with pytest.raises(ArgumentInvalid, match=r"max_pages=.*whole number >= 1"):
            client.pages(client.ka10081, max_pages=max_pages, **chart)
        asyncio.run(async_pages(_async_client(sim, "aiohttp")))
        with pytest.raises(ArgumentInvalid, match="method"):
            client.pages("ka10081", **chart)  # type: ignore[arg-type]
        assert sim.state.requests == 0


def test_max_pages_one_reads_one_page() -> None:
    with running(seed=46) as sim, _client(sim) as client:
        pages = list(client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", max_pages=1))
        assert len(pages) == 1 and pages[0].cont_yn


@pytest.mark.parametrize(
    ("section", "queue_size", "named"),
    [("usx", 10, "section"), ("", 10, "section"), (None, 10, "section"), ("domestic", 0, "queue_size"),
     ("us", -5, "queue_size"), ("domestic", None, "queue_size"), ("domestic", 2.0, "queue_size")],
)  # fmt: skip
def test_a_bad_realtime_section_or_queue_is_refused_at_the_call(section: Any, queue_size: Any, named: str) -> None:
    async def async_realtime(client: AsyncKiwoom) -> None:
        with pytest.raises(ArgumentInvalid) as caught:
            client.realtime(section, queue_size=queue_size)
        assert caught.value.argument == named

    with running(seed=47) as sim, _client(sim) as client:
        with pytest.raises(ArgumentInvalid) as caught:
            client.realtime(section, queue_size=queue_size)
        assert caught.value.argument == named
        if named == "section":
            assert "'domestic', 'us'" in str(caught.value)
        asyncio.run(async_realtime(_async_client(sim, "aiohttp")))
        assert sim.state.requests == 0 and not sim.state.sessions


# --- errors outside the hierarchy -----------------------------------------------------------------


def test_use_after_close_raises_client_closed() -> None:
    with running(seed=48) as sim:
        client = _client(sim, revoke_on_close=True)
        client.ka10001(stk_cd="005930")
        client.close()
        client.close()  # closing again does nothing (and does not revoke twice)
        for call in (
            lambda: client.ka10001(stk_cd="005930"),
            lambda: client.kt10000(**ORDER),
            client.token,
            client.revoke,
            lambda: client.realtime(),
            lambda: next(iter(client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1"))),
        ):
            with pytest.raises(ClientClosed) as caught:
                call()
            assert isinstance(caught.value, KiwoomError) and "closed" in str(caught.value)
        assert not sim.state.account.orders


@TRANSPORTS
def test_async_use_after_close_raises_client_closed(transport: str) -> None:
    async def session(sim: Simulator) -> None:
        async with _async_client(sim, transport) as client:
            await client.ka10001(stk_cd="005930")
        await client.aclose()
        for call in (lambda: client.ka10001(stk_cd="005930"), client.token, client.revoke):
            with pytest.raises(ClientClosed):
                await call()
        with pytest.raises(ClientClosed):
            client.realtime()

    with running(seed=49) as sim:
        asyncio.run(session(sim))


@TRANSPORTS
def test_an_async_client_used_in_another_event_loop_raises_wrong_event_loop(transport: str) -> None:
    with running(seed=50) as sim:
        client = _async_client(sim, transport)
        assert asyncio.run(client.ka10001(stk_cd="005930")).return_code == 0
        requests = sim.state.requests
        with pytest.raises(WrongEventLoop) as caught:
            asyncio.run(client.ka10001(stk_cd="005930"))
        assert "event loop" in str(caught.value) and "now closed" in str(caught.value)
        assert isinstance(caught.value, KiwoomError) and sim.state.requests == requests
        asyncio.run(client.aclose())  # closing from another loop is allowed: it only marks the client closed
        with pytest.raises(ClientClosed):
            asyncio.run(client.ka10001(stk_cd="005930"))


def test_huge_inputs_and_answers_give_bounded_messages() -> None:
    huge = "9" * 100_000
    answer = (200, {"return_code": 1, "return_msg": "가" * 100_000})
    with running(seed=51, faults=Faults(canned={"ka10001": [answer]})) as sim, _client(sim) as client:
        refused: list[KiwoomError] = []
        for call in (
            lambda: client.ka10001(stk_cd=huge),
            lambda: client.kt10000(dmst_stex_tp="KRX", stk_cd="005930", ord_qty=1, trde_tp=huge),
            lambda: client.ka10001(stk_cd="005930"),  # answered with a 100,000-character message
            lambda: Kiwoom("key", "secret", env=huge),  # type: ignore[arg-type]
            lambda: Kiwoom("key", "secret", base_url="http" + huge),
        ):
            with pytest.raises(KiwoomError) as caught:
                call()
            refused.append(caught.value)
    for error in refused:
        assert len(str(error)) < 3_000 and len(repr(error)) < 3_100, type(error).__name__
        stated = [int(n.replace(",", "")) for n in re.findall(r"([\d,]+) characters", str(error))]
        assert stated and max(stated) >= 100_000, str(error)[:300]  # the length of what was cut is stated


# --- an order in flight when its client closes; identical orders at once ------------------------------------------


def test_an_order_in_flight_when_the_client_closes_is_in_doubt_and_sent_once() -> None:
    """close() from another thread while an order's answer is on its way (the server has placed it): the call ends
    in OrderStateUnknown with its record, never a refusal and never a second sending."""
    with running(seed=91) as sim, _client(sim) as client:
        client.token()
        sim.state.faults = Faults(slow_seconds=HOLDING)  # the sync call ends as its answer comes, after close()

        def close_once_placed() -> None:
            _eventually(lambda: sim.state.orders_accepted == 1)
            client.close()

        closer = threading.Thread(target=close_once_placed)
        closer.start()
        with pytest.raises(OrderStateUnknown) as caught:
            client.kt10000(**ORDER)
        closer.join()
        assert sim.state.orders_accepted == 1 and caught.value.record in client.orders_in_doubt
    assert caught.value.record is not None
    _assert_kept(caught.value.record, "no answer")


@TRANSPORTS
def test_an_async_order_in_flight_when_the_client_closes_is_in_doubt_and_sent_once(transport: str) -> None:
    async def session(sim: Simulator) -> tuple[BaseException, list[OrderInDoubt]]:
        client = _async_client(sim, transport)
        await client.token()
        sim.state.faults = Faults(slow_seconds=SLOW)
        order = asyncio.ensure_future(client.kt10000(**ORDER))
        while sim.state.orders_accepted == 0:
            await asyncio.sleep(0.02)
        await client.aclose()
        with pytest.raises(OrderStateUnknown) as caught:
            await order
        return caught.value, client.orders_in_doubt

    with running(seed=92) as sim:
        error, kept = asyncio.run(session(sim))
        assert sim.state.orders_accepted == 1
    assert isinstance(error, OrderStateUnknown) and error.record is not None and kept == [error.record]
    _assert_kept(error.record, "no answer")


@TRANSPORTS
def test_two_identical_orders_at_once_are_both_sent(transport: str) -> None:
    """No deduplication: two identical orders sent together are two orders, each answered with its own number."""

    async def session(sim: Simulator) -> list[Any]:
        async with _async_client(sim, transport) as client:
            return list(await asyncio.gather(client.kt10000(**ORDER), client.kt10000(**ORDER)))

    with running(seed=93) as sim:
        answers = asyncio.run(session(sim))
        assert sim.state.orders_accepted == 2
    assert len({answer.ord_no for answer in answers}) == 2


def test_two_identical_sync_orders_from_two_threads_are_both_sent() -> None:
    with running(seed=94) as sim, _client(sim) as client:
        answers: list[Any] = []
        threads = [threading.Thread(target=lambda: answers.append(client.kt10000(**ORDER))) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sim.state.orders_accepted == 2
    assert len({answer.ord_no for answer in answers}) == 2
