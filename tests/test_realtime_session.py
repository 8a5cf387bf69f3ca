"""The WebSocket session against the simulator: PING echo, reconnection that restores every
subscription, malformed frames, a slow consumer, the sync wrapper, condition search."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from typing import Any

from kiwoom_sdk import AsyncKiwoom, Kiwoom, Retry, errors, realtime
from kiwoom_sdk._session import RealtimeSession
from kiwoom_sdk.sim import Faults, Simulator, Timing, running

ITEMS = ["005930", "000660", "035420", "035720", "005380", "051910", "006400", "068270", "105560", "055550"]
QUICK = Timing(stream_interval=0.02, ping_interval=0.2, ping_timeout=0.3)


def _session(sim: Simulator, work: Callable[[RealtimeSession], Awaitable[Any]], **options: Any) -> Any:
    async def main() -> Any:
        async with (
            AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
            client.realtime(**options) as live,
        ):
            live._backoff = Retry(base=0.05, cap=0.2)  # reconnect quickly in tests
            return await work(live)

    return asyncio.run(main())


async def _collect(live: RealtimeSession, seconds: float) -> list[realtime.Event]:
    events: list[realtime.Event] = []

    async def read() -> None:
        async for event in live:
            events.append(event)

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(read(), seconds)
    return events


def test_pings_are_echoed_so_the_session_stays_up() -> None:
    async def work(live: RealtimeSession) -> tuple[int, int]:
        await live.register(["005930"], ["0B"])
        events = await _collect(live, 1.2)  # six PING intervals
        return len(events), live.reconnects

    with running(seed=31, timing=QUICK) as sim:
        count, reconnects = _session(sim, work)
    assert count > 20 and reconnects == 0


def test_drops_are_survived_and_every_subscription_is_restored() -> None:
    """After every reconnect (not only the last) all ten items flow again."""

    async def work(live: RealtimeSession) -> tuple[dict[int, set[str]], int, int]:
        await live.register(ITEMS, ["0B"])
        by_connection: dict[int, set[str]] = {}

        async def read() -> None:
            async for event in live:
                if isinstance(event, realtime.RealtimeEvent):
                    by_connection.setdefault(live.logins, set()).add(event.item)

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(read(), 2.4)  # about six drops
        return by_connection, live.logins, live.reconnects

    faults = Faults(ws_drop_every_seconds=0.4)
    with running(seed=32, timing=QUICK, faults=faults) as sim:
        by_connection, logins, reconnects = _session(sim, work)
    finished = [n for n in sorted(by_connection) if n < logins]  # connections that ran their whole course
    assert len(finished) >= 3
    assert all(by_connection[n] == set(ITEMS) for n in finished)
    assert 3 <= reconnects <= 10 and logins == reconnects + 1  # one LOGIN per connection: no storm


def test_malformed_frames_are_counted_and_skipped() -> None:
    async def work(live: RealtimeSession) -> tuple[int, int]:
        await live.register(["005930"], ["0B"])
        events = await _collect(live, 1.0)
        return sum(isinstance(e, realtime.StockTrade) for e in events), live.malformed

    with running(seed=33, timing=QUICK, faults=Faults(malformed_fraction=0.2)) as sim:
        good, malformed = _session(sim, work)
    assert good > 10 and malformed > 0


def test_a_slow_consumer_keeps_memory_bounded_and_counts_drops() -> None:
    async def work(live: RealtimeSession) -> tuple[int, int]:
        await live.register(ITEMS, ["0B"])
        await asyncio.sleep(1.0)  # nobody reads
        return live._queue.qsize(), live.dropped

    with running(seed=34, timing=QUICK) as sim:
        size, dropped = _session(sim, work, queue_size=20)
    assert size <= 20 and dropped > 0


def test_condition_search_lists_searches_and_pushes() -> None:
    async def work(live: RealtimeSession) -> list[realtime.Event]:
        await live.send({"trnm": "CNSRLST"})
        await live.send({"trnm": "CNSRREQ", "seq": "1", "search_type": "1", "stex_tp": "K"})
        return await _collect(live, 0.5)

    with running(seed=35, timing=QUICK) as sim:
        events = _session(sim, work)
    answers = [e.trnm for e in events if isinstance(e, realtime.SystemMessage)]
    assert answers[:2] == ["CNSRLST", "CNSRREQ"]
    assert any(isinstance(e, realtime.ConditionSearchRealtime) and e.item_code for e in events)


def test_the_sync_session_runs_in_the_background() -> None:
    with (
        running(seed=36, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
        client.realtime() as live,
    ):
        live.register(["005930"], ["0B", "0D"])
        seen: set[str] = set()
        deadline = time.monotonic() + 2
        while seen != {"0B", "0D"} and time.monotonic() < deadline:
            event = live.get(timeout=0.5)
            if isinstance(event, realtime.RealtimeEvent):
                seen.add(event.type)
    assert seen == {"0B", "0D"}


def test_a_slow_sync_consumer_keeps_memory_bounded_and_counts_drops() -> None:
    with (
        running(seed=37, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
        client.realtime(queue_size=20) as live,
    ):
        live.register(ITEMS, ["0B"])
        time.sleep(1.0)  # nobody reads
        size, dropped = live._events.qsize(), live.dropped
        newest = [live.get(timeout=0.5) for _ in range(size)]
    assert size <= 20 and dropped > 0
    assert all(isinstance(event, realtime.RealtimeEvent) for event in newest)


def test_us_items_are_registered_with_their_exchange_and_restored_after_a_drop() -> None:
    """A US REG carries each item as {"jmcode", "stex_tp"} (the guide's example), which the simulator requires; the
    three ways to write one register the same item, and a reconnect registers them again in that form."""

    async def work(live: RealtimeSession) -> tuple[set[str], set[tuple[str, Any]], int]:
        await live.register([realtime.UsItem("AAPL", "ND"), ("MSFT", "ND"), "NY:BRK.B"], ["FE"])
        events = await _collect(live, 1.5)
        return (
            {e.item for e in events if isinstance(e, realtime.UsRealtimeTradePrice)},
            live.groups["1"],
            live.reconnects,
        )

    with running(seed=33, timing=QUICK, faults=Faults(ws_drop_every_seconds=0.6)) as sim:
        items, groups, reconnects = _session(sim, work, section="us")
    assert items == {"AAPL", "MSFT", "BRK.B"} and reconnects >= 1
    assert groups == {
        ("FE", realtime.UsItem(code, exchange)) for code, exchange in [("AAPL", "ND"), ("MSFT", "ND"), ("BRK.B", "NY")]
    }


def test_a_us_item_without_its_exchange_is_refused_before_anything_is_sent() -> None:
    with running(seed=34, timing=QUICK) as sim:

        async def work(live: RealtimeSession) -> tuple[list[str], list[Any]]:
            refused = []
            for items in (["AAPL"], [("AAPL", "XX")], ["ND:"], [("AAPL",)], "ND:AAPL"):
                try:
                    await live.register(items, ["FE"])  # type: ignore[arg-type]
                except ValueError as error:
                    refused.append(str(error))
            return refused, [session.groups for session in sim.state.sessions]

        refused, registered = _session(sim, work, section="us")
    assert len(refused) == 5 and "a US item names its exchange (ND NASDAQ, NY NYSE, NA AMEX)" in refused[0]
    assert "UsItem('AAPL', 'ND')" in refused[0] and "'ND:AAPL'" in refused[0] and "one string" in refused[4]
    assert registered == [{}]  # the server's session holds no registration: no REG reached it


def test_a_us_registration_of_plain_codes_is_refused_by_the_simulator_as_the_guide_writes_it() -> None:
    async def work(live: RealtimeSession) -> str:
        plain = {"trnm": "REG", "grp_no": "1", "refresh": "1", "data": [{"item": ["AAPL"], "type": ["FE"]}]}
        try:
            await live._exchange(plain)
        except errors.InputFormatInvalid as error:
            return str(error)
        return "accepted"

    with running(seed=35, timing=QUICK) as sim:
        answer = _session(sim, work, section="us")
    assert "jmcode" in answer and "stex_tp" in answer, answer
