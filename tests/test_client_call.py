"""`client.call(api_id, params)`: a TR named at run time behaves like its own method, against the simulator: the same
response class, the same refusals before anything is sent, the same pages, and orders whose answer is lost or
cancelled kept in `orders_in_doubt` without a retry."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Iterator
from typing import Any

import pytest
from kiwoom_sdk import (
    ArgumentInvalid,
    AsyncKiwoom,
    Kiwoom,
    KiwoomError,
    MockUnsupported,
    OrderInDoubt,
    OrderStateUnknown,
    RequestInvalid,
)
from kiwoom_sdk._models import KiwoomResponse  # the static type of call()'s result; not exported (yet)
from kiwoom_sdk.models.domestic.chart import Ka10081Response
from kiwoom_sdk.models.domestic.stkinfo import Ka10001Response
from kiwoom_sdk.sim import Faults, Simulator, running

ORDER: dict[str, Any] = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": 1, "trde_tp": "3"}
DAILY: dict[str, Any] = {"stk_cd": "005930", "base_dt": "20260105", "upd_stkpc_tp": "1"}


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with running(seed=61) as simulator:
        yield simulator


def _client(sim: Simulator) -> Kiwoom:
    return Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000.0, burst=100.0)


@pytest.mark.parametrize("name", ["ka10001", "KA10001", "stock_basic_info"])
def test_call_by_id_or_alias_answers_with_the_trs_response(name: str, sim: Simulator) -> None:
    with _client(sim) as client:
        by_method = client.ka10001(stk_cd="005930")
        called = client.call(name, {"stk_cd": "005930"})
    assert type(called) is Ka10001Response is type(by_method)
    assert called.stk_cd == "005930" and called.stk_nm == by_method.stk_nm
    assert isinstance(called.cur_prc, int)  # typed by kind, as the method's


def _method_refusal(client: Kiwoom, api_id: str, params: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(RequestInvalid) as caught:
        getattr(client, api_id)(**params)
    return [(p.field, p.rule) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("api_id", "params"),
    [
        ("ka10001", {"stk_cd": " "}),
        ("ka10001", {"stk_cd": 5930}),
        ("kt10000", {**ORDER, "ord_qty": 0, "trde_tp": "0", "ord_uv": 70001}),
        ("kt10000", {**ORDER, "trde_tp": "99"}),
    ],
)
def test_call_refuses_what_the_method_refuses(api_id: str, params: dict[str, Any], sim: Simulator) -> None:
    before = sim.state.requests
    with _client(sim) as client:
        expected = _method_refusal(client, api_id, params)
        with pytest.raises(RequestInvalid) as caught:
            client.call(api_id, params)
    assert [(p.field, p.rule) for p in caught.value.problems] == expected
    assert sim.state.requests == before  # not even a token was asked for


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [
        (lambda c: c.call("ka99999"), ArgumentInvalid, "api_id='ka99999'"),
        (lambda c: c.call("stock_basic_inf", {"stk_cd": "005930"}), ArgumentInvalid, "did you mean 'stock_basic_info'"),
        (lambda c: c.call("ka1001", {"stk_cd": "005930"}), ArgumentInvalid, "did you mean 'ka10001' or"),
        (lambda c: c.call("ka10O01", {"stk_cd": "005930"}), ArgumentInvalid, "did you mean 'ka10001' or"),
        (lambda c: c.call("pages"), ArgumentInvalid, "api_id='pages'"),  # a client method, not a TR
        (lambda c: c.call(10001), ArgumentInvalid, "api_id=10001"),
        (lambda c: c.call("ka10001", ["stk_cd", "005930"]), ArgumentInvalid, "params="),
        (lambda c: c.call("ka10001", {"stk_cd": "005930"}, cont_yn=True), ArgumentInvalid, "ka10001 does not page"),
        (lambda c: c.call("ka10081", DAILY, cont_yn="Y"), ArgumentInvalid, "cont_yn='Y'"),
        (lambda c: c.call("ka10001", {"stk_cd": "005930", "bogus": "1"}), RequestInvalid, "bogus"),
        (lambda c: c.call("kt10000", {**ORDER, "dmst_stex_tp": "NXT"}), MockUnsupported, "KRX only"),
    ],
)
def test_call_refuses_bad_arguments_before_sending(
    call: Any, error: type[KiwoomError], named: str, sim: Simulator
) -> None:
    before = sim.state.requests
    with _client(sim) as client, pytest.raises(error) as caught:
        call(client)
    assert named in str(caught.value)
    assert isinstance(caught.value, KiwoomError)
    assert sim.state.requests == before


def test_pages_of_call_are_the_pages_of_the_method(sim: Simulator) -> None:
    with _client(sim) as client:
        by_method = list(client.pages(client.ka10081, **DAILY))
        called = list(client.pages(functools.partial(client.call, "ka10081", DAILY)))
        positional = list(client.pages(client.call, None, "ka10081", DAILY))  # max_pages, then call's own arguments
        second = client.call("ka10081", DAILY, cont_yn=True, next_key=called[0].next_key)
    assert len(called) == len(by_method) > 1
    dates = [_dates(page) for page in called]
    assert dates == [_dates(page) for page in by_method] == [_dates(page) for page in positional]
    assert _dates(second) == dates[1]


def _dates(page: KiwoomResponse) -> list[object]:
    """The days of one page of ka10081 (`call` is typed as the base class: the TR's class is checked here)."""
    assert isinstance(page, Ka10081Response)
    return [row.dt for row in page.stk_dt_pole_chart_qry]


def _assert_kept(record: OrderInDoubt, why: str) -> None:
    assert record.api_id == "kt10000" and why in record.why
    assert dict(record.request) == {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "trde_tp": "3"}


def test_an_order_through_call_whose_answer_is_lost_is_kept_not_retried() -> None:
    with running(seed=62, faults=Faults(drop_after_order_accept=1)) as sim, _client(sim) as client:
        with pytest.raises(OrderStateUnknown) as caught:
            client.call("buy_order", ORDER)
        assert len(sim.state.account.orders) == 1  # it stands, and was sent once
        [record] = client.orders_in_doubt
    _assert_kept(record, "RemoteProtocolError")
    assert caught.value.record is record


def test_an_async_order_through_call_cancelled_after_sending_is_kept() -> None:
    async def session(sim: Simulator) -> tuple[list[OrderInDoubt], str]:
        sent = asyncio.Event()

        def hook(event: str, details: dict[str, Any]) -> None:
            if event == "request" and details["api_id"] == "kt10000":
                sent.set()

        async with AsyncKiwoom(*sim.keys, base_url=sim.url, hook=hook) as client:
            await client.token()
            sim.state.faults.slow_seconds = 600.0  # far past the 0.1 s waited; sent at once as the simulator stops
            order = asyncio.ensure_future(client.call("kt10000", ORDER))
            await sent.wait()
            with pytest.raises(TimeoutError) as caught:
                await asyncio.wait_for(order, 0.1)
            notes = getattr(caught.value.__cause__, "__notes__", [])
            return list(client.orders_in_doubt), " ".join(notes)

    with running(seed=63) as sim:
        kept, notes = asyncio.run(session(sim))
    [record] = kept
    _assert_kept(record, "cancelled")
    assert "orders_in_doubt" in notes


@pytest.mark.parametrize(
    ("paging", "named"),
    [
        ({"cont_yn": "N"}, "cont_yn='N'"),  # truthy: it asked for the next page
        ({"cont_yn": True, "next_key": 2}, "next_key=2"),  # was a TypeError from the HTTP library
        ({"cont_yn": True, "next_key": "ka10081-\uff10\uff10\uff10\uff12"}, "next_key="),  # was a UnicodeEncodeError
        ({"cont_yn": True, "next_key": "ka10081-0002\n"}, "next_key="),  # was a transport failure "may have been sent"
    ],
)
def test_a_trs_own_method_checks_its_paging_arguments_as_call_does(
    paging: dict[str, Any], named: str, sim: Simulator
) -> None:
    before = sim.state.requests
    with _client(sim) as client:
        for call in (client.ka10081, functools.partial(client.call, "ka10081")):
            with pytest.raises(ArgumentInvalid) as caught:
                if isinstance(call, functools.partial):
                    call(DAILY, **paging)
                else:
                    call(**DAILY, **paging)
            assert str(caught.value).startswith(named), caught.value
    assert sim.state.requests == before
