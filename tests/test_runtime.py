"""The client runtime against the simulator's faults, over loopback: retries and backoff, token
refresh, order safety, paging, errors and secrets."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import Counter
from typing import Any

import pytest
from kiwoom_sdk import AsyncKiwoom, Kiwoom, KiwoomError, OrderStateUnknown, Retry, TransportFailed, errors, merged
from kiwoom_sdk._transport import ASYNC_TRANSPORTS
from kiwoom_sdk.models.domestic.chart import Ka10081Response
from kiwoom_sdk.sim import Faults, Simulator, running

FAST = Retry(attempts=10, base=0.005, cap=0.05)  # the schedule of the default policy, scaled down for tests
ORDER: dict[str, Any] = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": 1, "trde_tp": "3"}
TRANSPORTS = pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)  # every async test runs over each of them


class Events:
    """A hook that counts what the client reports."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        self.details: list[tuple[str, dict[str, Any]]] = []
        self.lock = threading.Lock()

    def __call__(self, event: str, details: dict[str, Any]) -> None:
        with self.lock:
            self.seen[event] += 1
            self.details.append((event, details))


def _client(sim: Simulator, **options: Any) -> Kiwoom:
    options = {"rate": 1000.0, "burst": 100.0, "retry": FAST, **options}
    return Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, **options)


def _issued(sim: Simulator) -> int:
    return len(sim.state.tokens)


def test_a_storm_of_1700_answers_loses_no_query() -> None:
    events = Events()
    with running(seed=11, faults=Faults(rate_limit_fraction=0.3)) as sim, _client(sim, hook=events) as client:
        answers = [client.ka10001(stk_cd="005930") for _ in range(200)]
    assert len(answers) == 200 and all(a.return_code == 0 for a in answers)
    retries = [d for e, d in events.details if e == "retry"]
    assert retries and all(d["code"] == 1700 for d in retries)  # refused about 30 % of the time, retried
    assert len(retries) > 30
    first_delays = [d["delay"] for d in retries if d["attempt"] == 1]
    later_delays = [d["delay"] for d in retries if d["attempt"] >= 3]
    assert later_delays and min(later_delays) > max(first_delays)  # the backoff grows


def test_orders_are_never_retried_on_a_refusal() -> None:
    with running(seed=12, faults=Faults(rate_limit_per_second=1)) as sim, _client(sim) as client:
        client.token()
        client.kt10000(**ORDER)
        with pytest.raises(errors.RateLimitError):
            client.kt10000(**ORDER)
        assert len(sim.state.account.orders) == 1


def test_an_order_whose_answer_is_lost_raises_state_unknown_and_is_sent_once() -> None:
    with running(seed=13, faults=Faults(drop_after_order_accept=1)) as sim, _client(sim) as client:
        with pytest.raises(OrderStateUnknown) as caught:
            client.kt10000(**ORDER)
        assert "ka10075" in str(caught.value) and caught.value.api_id == "kt10000"
        assert len(sim.state.account.orders) == 1  # the server holds exactly one order
        assert client.kt10000(**ORDER).return_code == 0  # the next connection is answered


def test_a_server_error_after_an_order_is_state_unknown_and_queries_retry() -> None:
    with running(seed=14, faults=Faults(server_error_fraction=1.0)) as sim, _client(sim) as client:
        with pytest.raises(OrderStateUnknown):
            client.kt10000(**ORDER)
        with pytest.raises(errors.ServerError):
            client.ka10001(stk_cd="005930")  # retried, then given up: every answer is a 500
        assert sim.state.requests >= 1 + FAST.attempts


def test_tokens_expiring_every_two_seconds_with_eight_callers() -> None:
    """No call fails, and each expiry costs one token, not one per caller. (expires_dt has whole
    seconds, so a 2 s token lives between 1 and 2 s as the client sees it.)"""
    failures: list[BaseException] = []
    with running(seed=15, faults=Faults(token_ttl_seconds=2.0)) as sim, _client(sim) as client:

        def work() -> None:
            deadline = time.monotonic() + 4.0
            while time.monotonic() < deadline:
                try:
                    client.ka10001(stk_cd="005930")
                except BaseException as error:
                    failures.append(error)
                time.sleep(0.01)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        issued = _issued(sim)
    assert not failures
    assert 2 <= issued <= 5  # one per lifetime of 1-2 s over 4 s, never one per caller


def test_a_token_refused_with_8005_is_issued_again_once() -> None:
    with running(seed=16) as sim, _client(sim) as client:
        token = client.token()
        sim.state.tokens[token].revoked = True  # revoked behind the client's back
        assert client.ka10001(stk_cd="005930").return_code == 0
        assert _issued(sim) == 2 and client.token() != token


def test_auth_errors_that_persist_are_raised_after_one_reissue() -> None:
    with (
        running(seed=17) as sim,
        Kiwoom("wrong-key", "wrong-secret", base_url=sim.url, retry=FAST) as client,
        pytest.raises(errors.AppKeyVerificationFailed),
    ):
        client.ka10001(stk_cd="005930")


def test_pages_follow_next_key_and_merge() -> None:
    with running(seed=18) as sim, _client(sim) as client:
        pages = list(client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1"))
        assert len(pages) == 3 and [p.cont_yn for p in pages] == [True, True, False]
        capped = list(client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", max_pages=2))
        assert len(capped) == 2
        rows = merged(pages).stk_dt_pole_chart_qry
        assert len(rows) == sum(len(p.stk_dt_pole_chart_qry) for p in pages)


CHART: dict[str, Any] = {"stk_cd": "005930", "base_dt": "20260223", "upd_stkpc_tp": "1"}


def _days(pages: list[Ka10081Response]) -> list[list[object]]:
    return [[row.dt for row in page.stk_dt_pole_chart_qry] for page in pages]


def test_pages_given_a_next_key_start_at_that_page_and_read_on() -> None:
    with running(seed=18) as sim, _client(sim) as client:
        every = list(client.pages(client.ka10081, **CHART))
        sent = sim.state.requests
        resumed = list(client.pages(client.ka10081, **CHART, cont_yn=True, next_key=every[0].next_key))
        assert _days(resumed) == _days(every[1:]) and len(every) == 3
        assert sim.state.requests - sent == 2  # no page asked for twice
        capped = list(client.pages(client.ka10081, **CHART, max_pages=1, cont_yn=True, next_key=every[1].next_key))
        assert _days(capped) == _days(every[2:])


def _async_client(sim: Simulator, transport: str, **options: Any) -> AsyncKiwoom:
    options = {"rate": 1000.0, "burst": 100.0, "retry": FAST, **options}
    return AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, transport=transport, **options)


@TRANSPORTS
def test_async_pages_and_a_shared_token(transport: str) -> None:
    async def session(sim: Simulator) -> tuple[int, int]:
        async with _async_client(sim, transport) as client:
            results = await asyncio.gather(*(client.ka10001(stk_cd="005930") for _ in range(8)))
            pages = [
                p async for p in client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1")
            ]
            return len(results), len(pages)

    with running(seed=19) as sim:
        assert asyncio.run(session(sim)) == (8, 3)
        assert _issued(sim) == 1  # eight concurrent first calls issued one token


@TRANSPORTS
def test_async_pages_given_a_next_key_start_at_that_page_and_read_on(transport: str) -> None:
    async def session(sim: Simulator) -> tuple[list[Ka10081Response], list[Ka10081Response]]:
        async with _async_client(sim, transport) as client:
            every = [page async for page in client.pages(client.ka10081, **CHART)]
            key = every[0].next_key
            return every, [page async for page in client.pages(client.ka10081, **CHART, cont_yn=True, next_key=key)]

    with running(seed=19) as sim:
        every, resumed = asyncio.run(session(sim))
        assert len(every) == 3 and _days(resumed) == _days(every[1:])


def test_the_rate_limiter_spaces_calls() -> None:
    with running(seed=20) as sim, _client(sim, rate=20.0, burst=2.0) as client:
        client.token()  # one call of the bucket
        started = time.perf_counter()
        for _ in range(6):
            client.ka10001(stk_cd="005930")
        assert time.perf_counter() - started >= 0.2  # 2 at once, then one every 50 ms


def test_secrets_never_reach_logs_errors_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with running(seed=21, faults=Faults(rate_limit_fraction=0.3)) as sim, _client(sim, revoke_on_close=True) as client:
        token = client.token()
        for _ in range(10):
            client.ka10001(stk_cd="005930")
        list(client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1"))
        for call in (
            lambda: client.kt10000(dmst_stex_tp="KRX", stk_cd="005930", ord_qty=1, trde_tp="99"),
            lambda: client.kt10002(dmst_stex_tp="KRX", orig_ord_no="9999999", stk_cd="005930", mdfy_qty=1, mdfy_uv=1),
        ):
            try:
                call()
            except KiwoomError as error:
                texts += [str(error), repr(error), repr(error.response)]
        texts += [repr(client), str(client), repr(client.config), repr(client._session.core)]
        appkey, secretkey = sim.keys
    texts += [record.getMessage() for record in caplog.records]
    assert caplog.records and len(texts) > 8
    for text in texts:
        for secret in (token, appkey, secretkey):
            assert secret not in text, text


# ---- the async client, over each of its transports -------------------------------------------------------------


@TRANSPORTS
def test_an_async_storm_of_1700_answers_loses_no_query(transport: str) -> None:
    events = Events()

    async def session(sim: Simulator) -> list[Any]:
        async with _async_client(sim, transport, hook=events) as client:
            return await asyncio.gather(*(client.ka10001(stk_cd="005930") for _ in range(60)))

    with running(seed=61, faults=Faults(rate_limit_fraction=0.3)) as sim:
        answers = asyncio.run(session(sim))
    assert len(answers) == 60 and all(a.return_code == 0 for a in answers)
    retries = [d for e, d in events.details if e == "retry"]
    assert len(retries) > 5 and all(d["code"] == 1700 for d in retries)


@TRANSPORTS
def test_an_async_order_whose_answer_is_lost_is_state_unknown_and_sent_once(transport: str) -> None:
    async def session(sim: Simulator) -> tuple[OrderStateUnknown, int]:
        async with _async_client(sim, transport) as client:
            with pytest.raises(OrderStateUnknown) as caught:
                await client.kt10000(**ORDER)
            placed = len(sim.state.account.orders)  # the server holds exactly one order
            assert (await client.kt10000(**ORDER)).return_code == 0  # the next connection is answered
            assert [record.why for record in client.orders_in_doubt] == ["RemoteProtocolError: no answer"]
            return caught.value, placed

    with running(seed=62, faults=Faults(drop_after_order_accept=1)) as sim:
        error, placed = asyncio.run(session(sim))
    assert placed == 1 and "ka10075" in str(error) and error.api_id == "kt10000"


@TRANSPORTS
def test_an_async_server_error_after_an_order_is_state_unknown_and_queries_retry(transport: str) -> None:
    async def session(sim: Simulator) -> None:
        async with _async_client(sim, transport) as client:
            with pytest.raises(OrderStateUnknown):
                await client.kt10000(**ORDER)
            with pytest.raises(errors.ServerError):
                await client.ka10001(stk_cd="005930")  # retried, then given up: every answer is a 500

    with running(seed=63, faults=Faults(server_error_fraction=1.0)) as sim:
        asyncio.run(session(sim))
        assert sim.state.requests >= 1 + FAST.attempts


@TRANSPORTS
def test_an_async_token_refused_with_8005_is_issued_again_once(transport: str) -> None:
    async def session(sim: Simulator) -> tuple[str, str]:
        async with _async_client(sim, transport) as client:
            token = await client.token()
            sim.state.tokens[token].revoked = True  # revoked behind the client's back
            assert (await client.ka10001(stk_cd="005930")).return_code == 0
            return token, await client.token()

    with running(seed=64) as sim:
        first, second = asyncio.run(session(sim))
        assert _issued(sim) == 2 and first != second


@TRANSPORTS
def test_the_rate_limiter_spaces_async_calls(transport: str) -> None:
    async def session(sim: Simulator) -> float:
        async with _async_client(sim, transport, rate=20.0, burst=2.0) as client:
            await client.token()  # one call of the bucket
            started = time.perf_counter()
            await asyncio.gather(*(client.ka10001(stk_cd="005930") for _ in range(6)))
            return time.perf_counter() - started

    with running(seed=65) as sim:
        assert asyncio.run(session(sim)) >= 0.2  # 2 at once, then one every 50 ms


@TRANSPORTS
def test_a_server_that_does_not_listen_is_a_transport_failure_and_no_order_is_in_doubt(transport: str) -> None:
    """Nothing can have been sent when the connection is refused: a query is retried and then fails with
    TransportFailed, an order fails the same way (not OrderStateUnknown) and is not kept in doubt."""
    events = Events()

    async def session(sim: Simulator) -> tuple[TransportFailed, TransportFailed, int]:
        async with _async_client(sim, transport, hook=events) as client:
            with pytest.raises(TransportFailed) as query:
                await client.ka10001(stk_cd="005930")
            with pytest.raises(TransportFailed) as order:
                await client.kt10000(**ORDER)
            return query.value, order.value, len(client.orders_in_doubt)

    async def issue(sim: Simulator) -> None:
        async with _async_client(sim, transport) as client:
            await client.token()  # cached for the process

    with running(seed=66) as sim:
        asyncio.run(issue(sim))
    query, order, in_doubt = asyncio.run(session(sim))  # the simulator is gone: its port refuses connections
    assert not isinstance(order, OrderStateUnknown) and in_doubt == 0
    assert "ConnectError before anything was sent" in str(order) and "ConnectError" in str(query)
    assert [event for event, _ in events.details].count("retry") == FAST.attempts - 1  # the query only
