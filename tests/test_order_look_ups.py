"""An order in doubt is looked up with the TRs that show whether such an order stands, and those are its own (the
spec's `look_up`): a gold spot order's are kt50075 / kt50031, a US order's ust21050 / ust21510, a currency exchange's
ust21100 / ust21120, never the domestic stock order's ka10075 / ka10076. The library's error and record, the log,
the command line and the MCP server's envelope each name them."""

from __future__ import annotations

import asyncio
import datetime
import logging
from typing import Any

import pytest
from kiwoom_sdk import AsyncKiwoom, Kiwoom, OrderStateUnknown, Retry
from kiwoom_sdk.sim import Faults, Simulator, running

from tests.cli_support import envelope, kiwoom

FAST = Retry(attempts=4, base=0.005, cap=0.05)
# Seconds the simulator holds an order's answer back (placed at once): far past the 0.3 s a test waits for it, however
# slow the machine; nobody waits it out, as a stopping simulator sends what it holds back.
SLOW = 600.0
STOCK = ("ka10075", "ka10076")
# (the order, its arguments as the command line's options take them, its look-ups)
ORDERS: list[tuple[str, dict[str, str], tuple[str, ...]]] = [
    ("kt50000", {"stk_cd": "M04020000", "ord_qty": "1", "ord_uv": "160000", "trde_tp": "00"}, ("kt50075", "kt50031")),
    (
        "ust20000",
        {"stex_tp": "ND", "stk_cd": "NVDA", "ord_qty": "1", "ord_uv": "213.04", "trde_tp": "00"},
        ("ust21050", "ust21510"),
    ),
    ("ust31302", {"exch_tp": "1", "fc_exmn_amt": "100000"}, ("ust21100", "ust21120")),
    (
        "kt10006",
        {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "ord_uv": "70000", "trde_tp": "0"},
        ("ka10075", "kt00007"),
    ),
]
ORDER_CASES = pytest.mark.parametrize(("api_id", "params", "look_up"), ORDERS, ids=[case[0] for case in ORDERS])


def _faults(fault: str, api_id: str) -> Faults:
    """The ways an order's answer is lost: the connection dropped or an answer that cannot be read (the order
    accepted), or an HTTP 500 (before the simulator's account sees it)."""
    if fault == "dropped":
        return Faults(drop_after_order_accept=1)
    if fault == "garbled":
        return Faults(garble_after_order_accept=1)
    return Faults(canned={api_id: [(500, {"return_code": 1, "return_msg": "internal error"})]})


def _named(text: str, look_up: tuple[str, ...]) -> bool:
    """`text` names these look-ups and, unless they are among them, not a stock order's."""
    return all(i in text for i in look_up) and not any(i in text for i in STOCK if i not in look_up)


@ORDER_CASES
@pytest.mark.parametrize("fault", ["dropped", "garbled", "http-500"])
def test_the_error_and_the_record_name_the_orders_own_look_ups(
    api_id: str, params: dict[str, str], look_up: tuple[str, ...], fault: str, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        running(seed=81, faults=_faults(fault, api_id)) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, rate=1000.0, burst=100.0, retry=FAST) as client,
        caplog.at_level(logging.WARNING, logger="kiwoom_sdk"),
    ):
        with pytest.raises(OrderStateUnknown) as caught:
            client.call(api_id, params)
        assert sim.state.orders_accepted == (0 if fault == "http-500" else 1)  # accepted: it stands
        [record] = client.orders_in_doubt
    error = caught.value
    assert _named(str(error), look_up), str(error)
    [warning] = [r.getMessage() for r in caplog.records if "order state unknown" in r.getMessage()]
    assert _named(warning, look_up), warning
    assert error.look_up == look_up and record.look_up == look_up and error.record is record


def test_a_cancelled_orders_note_names_its_own_look_ups() -> None:
    """A gold spot order given up on (`asyncio.wait_for`) after it was sent: the cancellation goes on, its note
    naming the gold look-ups, and the record keeps them."""
    api_id, params, look_up = ORDERS[0]

    async def session(sim: Simulator) -> tuple[BaseException, tuple[str, ...]]:
        sent = asyncio.Event()

        def hook(event: str, details: dict[str, Any]) -> None:
            if event == "request" and details["api_id"] == api_id:
                sent.set()

        async with AsyncKiwoom(*sim.keys, base_url=sim.url, rate=1000.0, burst=100.0, retry=FAST, hook=hook) as client:
            await client.token()
            sim.state.faults.slow_seconds = SLOW
            order = asyncio.ensure_future(client.call(api_id, params))
            await sent.wait()
            with pytest.raises(TimeoutError) as caught:
                await asyncio.wait_for(order, 0.3)
            [record] = client.orders_in_doubt
            return caught.value, record.look_up

    with running(seed=83) as slow:
        timeout, kept = asyncio.run(session(slow))
    notes = getattr(timeout.__cause__, "__notes__", [])
    assert kept == look_up and any(api_id in note and _named(note, look_up) for note in notes), notes


@ORDER_CASES
def test_the_command_line_names_the_orders_own_look_ups(
    api_id: str, params: dict[str, str], look_up: tuple[str, ...]
) -> None:
    options = [item for name, value in params.items() for item in (f"--{name.replace('_', '-')}", value)]
    with running(seed=82, faults=Faults(drop_after_order_accept=1)) as dropping:
        result = kiwoom("call", api_id, *options, "--confirm", "--format", "json", sim=dropping)
        assert dropping.state.orders_accepted == 1
    assert result.returncode == 7, result.stderr
    assert f"order in doubt: {api_id}" in result.stderr and _named(result.stderr, look_up), result.stderr
    assert all(f"kiwoom call {i}" in result.stderr for i in look_up), result.stderr
    error: dict[str, Any] = envelope(result)["error"]
    assert error["class"] == "OrderStateUnknown" and _named(error["message"], look_up), error["message"]
    assert error["in_doubt"]["look_up"] == list(look_up)


def _sending_times(api_id: str, times: list[datetime.datetime]) -> Any:
    """A hook that notes when each request of `api_id` goes to the transport."""

    def hook(event: str, details: dict[str, Any]) -> None:
        if event == "request" and details["api_id"] == api_id:
            times.append(datetime.datetime.now(datetime.UTC))

    return hook


@pytest.mark.parametrize("fault", ["dropped", "garbled", "http-500"])
def test_the_record_gives_the_window_in_which_the_server_took_the_order(fault: str) -> None:
    """To find an order in doubt among the look-ups' rows (their order times), the record bounds when it was taken:
    not before `sent_at` (taken before the request could leave), not after `at`."""
    api_id, params, _ = ORDERS[0]
    times: list[datetime.datetime] = []
    hook = _sending_times(api_id, times)
    with (
        running(seed=84, faults=_faults(fault, api_id)) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, rate=1000.0, burst=100.0, retry=FAST, hook=hook) as client,
        pytest.raises(OrderStateUnknown) as caught,
    ):
        client.call(api_id, params)
    record = caught.value.record
    assert record is not None and record.sent_at is not None and len(times) == 1
    assert record.sent_at.tzinfo is not None and record.sent_at <= times[0] <= record.at


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_cancelled_orders_record_gives_its_window_too(transport: str) -> None:
    api_id, params, _ = ORDERS[0]
    times: list[datetime.datetime] = []
    hook = _sending_times(api_id, times)

    async def session(sim: Simulator) -> Any:
        async with AsyncKiwoom(
            *sim.keys, base_url=sim.url, rate=1000.0, burst=100.0, retry=FAST, hook=hook, transport=transport
        ) as client:
            await client.token()
            sim.state.faults.slow_seconds = SLOW
            order = asyncio.ensure_future(client.call(api_id, params))
            while not times:
                await asyncio.sleep(0.01)
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(order, 0.3)
            [record] = client.orders_in_doubt
            return record

    with running(seed=85) as slow:
        record = asyncio.run(session(slow))
    assert record.why == "cancelled" and record.sent_at is not None and record.sent_at <= times[0] <= record.at


def test_the_command_lines_record_gives_the_window() -> None:
    api_id, params, _ = ORDERS[0]
    options = [item for name, value in params.items() for item in (f"--{name.replace('_', '-')}", value)]
    with running(seed=86, faults=Faults(drop_after_order_accept=1)) as dropping:
        result = kiwoom("call", api_id, *options, "--confirm", "--format", "json", sim=dropping)
    kept: dict[str, Any] = envelope(result)["error"]["in_doubt"]
    sent_at, at = (datetime.datetime.fromisoformat(kept[name]) for name in ("sent_at", "at"))
    assert sent_at.tzinfo is not None and sent_at <= at
