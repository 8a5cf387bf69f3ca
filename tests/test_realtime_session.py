"""The WebSocket session against the simulator: PING echo, reconnection that restores every
subscription, malformed frames, a slow consumer, the sync wrapper, condition search."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import pytest
from kiwoom_sdk import ArgumentInvalid, AsyncKiwoom, Kiwoom, Retry, TransportFailed, errors, realtime
from kiwoom_sdk._session import RealtimeSession
from kiwoom_sdk.sim import Faults, Simulator, Timing, running

from tests.test_realtime_deadlines import _dead_port
from tests.waiting import eventually, until

ITEMS = ["005930", "000660", "035420", "035720", "005380", "051910", "006400", "068270", "105560", "055550"]
# The PING timeout leaves room for a loaded CI machine (three pytest runs on two cores), which has held
# a loopback feed for 0.6 s.
QUICK = Timing(stream_interval=0.02, ping_interval=0.2, ping_timeout=0.8)


def _session(sim: Simulator, work: Callable[[RealtimeSession], Awaitable[Any]], **options: Any) -> Any:
    async def main() -> Any:
        async with (
            AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
            client.realtime(**options) as live,
        ):
            live._backoff = Retry(base=0.05, cap=0.2)  # reconnect quickly in tests
            return await work(live)

    return asyncio.run(main())


async def _collect(
    live: RealtimeSession, seconds: float, until: Callable[[list[realtime.Event]], bool] | None = None
) -> list[realtime.Event]:
    """Events for `seconds`, or until `until(events so far)` holds after an event. A test that waits for something
    to happen gives `until` and a generous `seconds`, so a slow machine makes it slower, not red."""
    events: list[realtime.Event] = []

    async def read() -> None:
        async for event in live:
            events.append(event)
            if until is not None and until(events):
                return

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(read(), seconds)
    return events


def _trades(events: list[realtime.Event]) -> int:
    return sum(isinstance(e, realtime.StockTrade) for e in events)


def _a_tick(events: list[realtime.Event]) -> bool:
    return isinstance(events[-1], realtime.RealtimeEvent)


def _streamed(events: list[realtime.Event]) -> set[tuple[str, str]]:
    return {(e.type, e.item) for e in events if isinstance(e, realtime.RealtimeEvent)}


def _us_items(events: list[realtime.Event]) -> set[str]:
    return {e.item for e in events if isinstance(e, realtime.UsRealtimeTradePrice)}


def _pushed_an_item(event: realtime.Event) -> bool:
    return isinstance(event, realtime.ConditionSearchRealtime) and bool(event.item_code)


def _condition_answers(events: list[realtime.Event]) -> int:
    return sum(isinstance(e, realtime.SystemMessage) and e.trnm == "CNSRREQ" for e in events)


def _restored_and_ticking(live: RealtimeSession, gaps: int) -> Callable[[list[realtime.Event]], bool]:
    """Whether the session has had `gaps` gaps, the last one over, and events come again."""
    return lambda events: len(live.gaps) == gaps and live.gaps[-1].restored_at is not None and _a_tick(events)


def test_pings_are_echoed_so_the_session_stays_up() -> None:
    async def work(live: RealtimeSession) -> tuple[int, int]:
        await live.register(["005930"], ["0B"])
        events = await _collect(live, 2.0)  # ten PING intervals: an unechoed one closes at 1.0 s
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
                if live.logins >= 5:  # four connections ran their whole course
                    return

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(read(), 30.0)
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
        events = await _collect(live, 20.0, until=lambda events: _trades(events) > 10 and live.malformed > 0)
        return _trades(events), live.malformed

    with running(seed=33, timing=QUICK, faults=Faults(malformed_fraction=0.2)) as sim:
        good, malformed = _session(sim, work)
    assert good > 10 and malformed > 0


def test_an_entry_without_values_costs_that_entry_not_its_frame() -> None:
    """Every frame carries one broken entry next to good ones: the good ones reach the consumer, the frame is counted
    as malformed (and logged) once."""

    async def work(live: RealtimeSession) -> tuple[int, int]:
        await live.register(["005930", "000660"], ["0B"])
        events = await _collect(live, 20.0, until=lambda events: _trades(events) > 10 and live.malformed > 0)
        return _trades(events), live.malformed

    with running(seed=47, timing=QUICK, faults=Faults(broken_entry_fraction=1.0)) as sim:
        good, malformed = _session(sim, work)
    assert good > 10 and malformed > 0


def test_decoding_a_frame_with_a_broken_entry_raises_with_the_entries_it_read() -> None:
    good = {"type": "0B", "name": "주식체결", "item": "005930", "values": {"10": "+60700"}}
    for broken in ({"type": "0B", "item": "000660"}, {"type": "0B", "values": None}, "0B", None):
        frame = orjson.dumps({"trnm": "REAL", "data": [good, broken, {**good, "item": "000660"}]})
        try:
            realtime.decode(frame)
        except realtime.RealtimeDecodeError as error:
            assert error.raw == frame
            trades = [e for e in error.events if isinstance(e, realtime.StockTrade)]
            assert len(trades) == len(error.events) == 2
            assert [(e.item, e.current_price) for e in trades] == [("005930", 60700), ("000660", 60700)]
        else:
            raise AssertionError(f"decoded a frame with {broken!r}")


def test_a_slow_consumer_keeps_memory_bounded_and_counts_drops(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kiwoom_sdk.realtime")

    async def work(live: RealtimeSession) -> tuple[int, int]:
        await live.register(ITEMS, ["0B"])
        await until(lambda: live.dropped > 0)  # nobody reads
        return live._queue.qsize(), live.dropped

    with running(seed=34, timing=QUICK) as sim:
        size, dropped = _session(sim, work, queue_size=20)
    assert size <= 20 and dropped > 0
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "dropped" in r.getMessage()]
    assert said and "the consumer fell behind" in said[0], said  # the loss is said, not only counted


def test_a_sync_session_counts_every_event_it_dropped() -> None:
    """A frame of more entries than queue_size overflows the session's own queue before the thread's queue sees
    them: those drops are the sync session's too, though its reader keeps up with the thread's queue."""
    with (
        running(seed=48, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
        client.realtime(queue_size=5) as live,
    ):
        live.register(ITEMS, ["0B", "0D"])  # frames of 20 entries
        read = 0
        while read < 40:
            read += live.get(timeout=5) is not None
        dropped = live.dropped
    assert dropped > 0


def test_condition_search_lists_searches_and_pushes() -> None:
    async def work(live: RealtimeSession) -> list[realtime.Event]:
        await live.send({"trnm": "CNSRLST"})
        await live.send({"trnm": "CNSRREQ", "seq": "1", "search_type": "1", "stex_tp": "K"})
        return await _collect(live, 20.0, until=lambda events: _pushed_an_item(events[-1]))

    with running(seed=35, timing=QUICK) as sim:
        events = _session(sim, work)
    answers = [e.trnm for e in events if isinstance(e, realtime.SystemMessage)]
    assert answers[:2] == ["CNSRLST", "CNSRREQ"]
    assert any(_pushed_an_item(e) for e in events)


def test_a_refused_realtime_condition_search_raises_and_is_not_replayed() -> None:
    """Like a refused REG: the search the server refused is not kept, so no reconnect sends it again, and the caller
    learns of the refusal from the call; an accepted one is kept and replayed."""

    async def work(live: RealtimeSession) -> tuple[str, dict[str, Any], list[str]]:
        try:
            await live.send({"trnm": "CNSRREQ", "seq": "99", "search_type": "1", "stex_tp": "K"})
            refusal = "accepted"
        except errors.InputFormatInvalid as error:
            refusal = str(error)
        await live.send({"trnm": "CNSRREQ", "seq": "1", "search_type": "1", "stex_tp": "K"})
        held = dict(live.conditions)
        await live._ws.close()
        events = await _collect(live, 20.0, until=lambda events: _condition_answers(events) >= 3)
        events += await _collect(live, 0.3)  # and no more
        answers = [
            f"{e.body.get('seq', '?').strip()}:{e.return_code}"
            for e in events
            if isinstance(e, realtime.SystemMessage) and e.trnm == "CNSRREQ"
        ]
        return refusal, held, answers

    with running(seed=46, timing=QUICK) as sim:
        refusal, held, answers = _session(sim, work)
    assert "no condition '99'" in refusal, refusal
    assert list(held) == ["1"]
    assert answers == ["?:1517", "1:0", "1:0"], answers  # the refusal once; the accepted search, then its replay


def test_each_gap_in_the_feed_is_kept_with_its_bounds_and_cause() -> None:
    """A reader who keeps ticks must learn what it missed: each lost connection is a Gap, from the loss until the
    next login with its registrations replayed, with the cause; events arrive again after it."""

    async def work(live: RealtimeSession) -> tuple[list[realtime.Gap], list[realtime.Gap], list[Any]]:
        await live.register(["005930"], ["0B"])
        await _collect(live, 20.0, until=_a_tick)
        before = list(live.gaps)
        for lost in (1, 2):
            await live._ws.close()
            await _collect(live, 20.0, until=_restored_and_ticking(live, lost))
        after = await _collect(live, 20.0, until=_a_tick)
        return before, list(live.gaps), [e for e in after if isinstance(e, realtime.RealtimeEvent)]

    with running(seed=49, timing=QUICK) as sim:
        before, gaps, events = _session(sim, work)
    assert before == []
    assert len(gaps) == 2, gaps
    for gap in gaps:
        assert gap.restored_at is not None and gap.lost_at <= gap.restored_at, gap
        assert gap.lost_at.utcoffset() == datetime.timedelta(hours=9)
        assert "closed" in gap.cause, gap
    assert gaps[0].restored_at <= gaps[1].lost_at
    assert events, "no event after the last gap"


def test_a_sync_session_lists_its_gaps() -> None:
    with (
        running(seed=50, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
        client.realtime() as live,
    ):
        live.session._backoff = Retry(base=0.05, cap=0.2)
        live.register(["005930"], ["0B"])
        assert live.gaps == []
        live._call(live.session._ws.close())
        deadline = time.monotonic() + 3
        while not (live.gaps and live.gaps[0].restored_at) and time.monotonic() < deadline:
            live.get(timeout=0.1)
        gaps = live.gaps
    assert len(gaps) == 1 and gaps[0].restored_at is not None, gaps


def test_closing_the_client_closes_the_sessions_it_opened() -> None:
    """A session must not outlive its client: Kiwoom serves one WebSocket per app key, and a sync session kept its
    own connection streaming after client.close(). Both kinds end their iteration and leave the server."""
    with running(seed=51, timing=QUICK) as sim:
        client = Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100)
        live = client.realtime()
        with live:
            live.register(["005930"], ["0B"])
            assert live.get(timeout=20.0) is not None
            client.close()
            deadline = time.monotonic() + 30.0
            while time.monotonic() < deadline and live.get(timeout=0.5) is not None:
                pass  # what was queued, then the end (a session still streaming never gives None)
            eventually(lambda: not sim.state.sessions)  # the server saw the close (or the assertion says so)
            sync_sessions = len(sim.state.sessions)

        async def main() -> int:
            async with AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client:
                live = client.realtime()
                await live.connect()
                await live.register(["005930"], ["0B"])
                await client.aclose()
                await _collect(live, 20.0)  # ends at once when the session closed with its client
            await until(lambda: not sim.state.sessions)  # the server saw the close (or the assertion says so)
            return len(sim.state.sessions)

        async_sessions = asyncio.run(main())
    assert sync_sessions == 0
    assert async_sessions == 0


def test_the_sync_session_runs_in_the_background() -> None:
    with (
        running(seed=36, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
        client.realtime() as live,
    ):
        live.register(["005930"], ["0B", "0D"])
        seen: set[str] = set()
        deadline = time.monotonic() + 30
        while seen != {"0B", "0D"} and time.monotonic() < deadline:
            event = live.get(timeout=0.5)
            if isinstance(event, realtime.RealtimeEvent):
                seen.add(event.type)
    assert seen == {"0B", "0D"}


def test_every_thread_reading_a_sync_session_ends_when_it_is_closed() -> None:
    """Like `async for` in several tasks: each reader of the sync session ends, not only the one that took the end."""
    ended: list[int] = []

    def read(live: Any, reader: int) -> None:
        for _ in live:
            pass
        ended.append(reader)

    with (
        running(seed=45, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
    ):
        live = client.realtime()
        with live:
            live.register(["005930"], ["0B"])
            readers = [threading.Thread(target=read, args=(live, n), daemon=True) for n in range(3)]
            for reader in readers:
                reader.start()
            time.sleep(0.3)  # the readers read, and wait for the next event
        for reader in readers:
            reader.join(timeout=10)
    assert sorted(ended) == [0, 1, 2]


def test_a_slow_sync_consumer_keeps_memory_bounded_and_counts_drops() -> None:
    with (
        running(seed=37, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
        client.realtime(queue_size=20) as live,
    ):
        live.register(ITEMS, ["0B"])
        eventually(lambda: live.dropped > 0)  # nobody reads
        size, dropped = live._events.qsize(), live.dropped
        newest = [live.get(timeout=0.5) for _ in range(size)]
    assert size <= 20 and dropped > 0
    assert all(isinstance(event, realtime.RealtimeEvent) for event in newest)


def test_us_items_are_registered_with_their_exchange_and_restored_after_a_drop() -> None:
    """A US REG carries each item as {"jmcode", "stex_tp"} (the guide's example), which the simulator requires; the
    three ways to write one register the same item, and a reconnect registers them again in that form."""

    async def work(live: RealtimeSession) -> tuple[set[str], set[tuple[str, Any]], int]:
        await live.register([realtime.UsItem("AAPL", "ND"), ("MSFT", "ND"), "NY:BRK.B"], ["FE"])
        events = await _collect(live, 20.0, until=lambda events: len(_us_items(events)) == 3 and live.reconnects >= 1)
        return (
            _us_items(events),
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


def test_a_registration_of_another_sections_types_or_junk_items_is_refused_before_anything_is_sent() -> None:
    """One rule for every REG: types of the session's own section that a REG registers, domestic item codes of a
    plausible shape, no items for the types the guide registers with an empty one (00, 04, 0s, 1h)."""
    wrong: list[tuple[Any, list[str]]] = [
        (["ND:NVDA"], ["FE"]),  # a US type in a domestic session
        (["005930"], ["0B", "FE"]),
        (["005930"], ["ZZ"]),  # unknown: refused here, not by a 1517 from the server
        (["005930"], ["02"]),  # a realtime condition search's pushes: CNSRREQ registers them, not REG
        (["005930"], []),
        ([], ["0B"]),
        ([""], ["0B"]),
        (["", ""], ["0B"]),
        ([" "], ["0B"]),
        (["5930"], ["0B"]),
        (["a b c"], ["0B"]),
        (["%06d"], ["0B"]),
        (["005930", "005930 "], ["0B"]),
        (["005930"], ["00"]),  # the account types take no items
        (["005930"], ["04", "0s"]),
    ]

    async def work(live: RealtimeSession) -> tuple[list[str], list[Any]]:
        refused = []
        for items, types in wrong:
            with contextlib.suppress(ArgumentInvalid):
                await live.register(items, types)
                refused.append(f"accepted {items} {types}")
            with contextlib.suppress(ArgumentInvalid):
                await live.remove(items, types)
                refused.append(f"removal accepted {items} {types}")
        return refused, [dict(session.groups) for session in sim.state.sessions]

    with running(seed=38, timing=QUICK) as sim:
        accepted, on_server = _session(sim, work)
    assert accepted == []
    assert on_server == [{}]  # no REG reached the server


def test_a_refusal_names_the_sessions_types() -> None:
    async def work(live: RealtimeSession) -> list[str]:
        messages = []
        for items, types in ((["ND:NVDA"], ["FE"]), (["5930"], ["0B"]), (["005930"], ["00"])):
            try:
                await live.register(items, types)
            except ArgumentInvalid as error:
                messages.append(str(error))
        return messages

    with running(seed=39, timing=QUICK) as sim:
        other, shape, itemless = _session(sim, work)
    assert "FE is a us type: client.realtime('us') registers it" in other, other
    assert "the domestic types: 00, 04, 0A, 0B" in other, other
    assert "'5930'" in shape and "'005930'" in shape and "_NX" in shape, shape
    assert "00 take no items" in itemless, itemless


def test_a_us_session_refuses_domestic_types() -> None:
    async def work(live: RealtimeSession) -> str:
        try:
            await live.register(["ND:NVDA"], ["0B"])
        except ArgumentInvalid as error:
            return str(error)
        return "accepted"

    with running(seed=40, timing=QUICK) as sim:
        message = _session(sim, work, section="us")
    assert "not realtime types of a us session" in message and "the us types: F4, F5, FE, FT" in message, message


def test_the_item_forms_the_guide_and_the_recordings_show_are_registered_and_streamed() -> None:
    """Stock, ELW, sector and gold codes, exchange suffixes, and the types that take no item next to one that takes
    items: the simulator accepts what the session sends and streams them."""
    forms: list[tuple[list[str], list[str]]] = [
        (["005930", "005930_NX", "000660_AL", "57JBHH"], ["0B"]),
        (["001", "001_AL"], ["0J"]),
        (["MGD"], ["0I"]),
        ([], ["00", "04"]),
        ([""], ["0s"]),
        (["069500"], ["0G", "1h"]),  # 1h rides along on a REG of items
    ]

    async def work(live: RealtimeSession) -> tuple[dict[str, set[tuple[str, Any]]], set[tuple[str, str]]]:
        for items, types in forms:
            await live.register(items, types)
        expected = {("0B", "005930_NX"), ("0J", "001_AL"), ("0I", "MGD")}
        events = await _collect(live, 20.0, until=lambda events: expected <= _streamed(events))
        streamed = _streamed(events)
        return dict(live.groups), streamed

    with running(seed=41, env="real", timing=QUICK) as sim:
        groups, streamed = _session(sim, work)
    assert {("0B", "57JBHH"), ("0J", "001"), ("0I", "MGD"), ("0G", "069500")} <= groups["1"]
    assert {("00", ""), ("04", ""), ("0s", ""), ("1h", "069500")} <= groups["1"]
    assert {("0B", "005930_NX"), ("0J", "001_AL"), ("0I", "MGD")} <= streamed


def test_the_simulator_refuses_what_the_session_refuses() -> None:
    """A client that skips the rule (a raw REG) gets a 1517 from the simulator, as the rule's message says."""
    raw = [
        {"item": ["ND:NVDA"], "type": ["FE"]},
        {"item": ["5930"], "type": ["0B"]},
        {"item": [""], "type": ["0B"]},
        {"item": ["005930"], "type": ["00"]},
    ]

    async def work(live: RealtimeSession) -> list[str]:
        answers = []
        for entry in raw:
            try:
                await live._exchange({"trnm": "REG", "grp_no": "1", "refresh": "1", "data": [entry]})
                answers.append("accepted")
            except errors.InputFormatInvalid as error:
                answers.append(str(error))
        return answers

    with running(seed=42, timing=QUICK) as sim:
        answers = _session(sim, work)
    assert "accepted" not in answers, answers
    assert "FE is a us type" in answers[0] and "not an item code of 0B" in answers[1], answers
    assert "an empty item" in answers[2] and "00 take no items" in answers[3], answers


def test_a_websocket_redirected_to_another_host_never_gets_the_token() -> None:
    """The WebSocket handshake answered with a redirect to another host (websockets follows it): the session refuses
    that connection before LOGIN, so the token goes to no host the client was not given."""
    from aiohttp import web

    heard: list[str] = []

    async def elsewhere(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for message in ws:
            heard.append(str(message.data))
        return ws

    async def main() -> BaseException:
        other_url: list[str] = []

        async def moved(request: web.Request) -> web.Response:
            raise web.HTTPFound(other_url[0] + request.path)

        other, front = web.Application(), web.Application()
        other.router.add_get("/{tail:.*}", elsewhere)
        front.router.add_get("/{tail:.*}", moved)
        runners = [web.AppRunner(app) for app in (other, front)]
        for runner in runners:
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", 0).start()
        other_url.append(f"ws://127.0.0.1:{runners[0].addresses[0][1]}")
        front_ws = f"ws://127.0.0.1:{runners[1].addresses[0][1]}"
        try:
            async with (
                Simulator(seed=48) as sim,
                AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=front_ws, rate=1000, burst=100) as client,
            ):
                try:
                    async with client.realtime(login_timeout=2.0, give_up_after=1):
                        pass
                except errors.KiwoomError as error:
                    return error
                raise AssertionError("the session opened")
        finally:
            for runner in runners:
                await runner.cleanup()

    error = asyncio.run(main())
    assert heard == []  # no LOGIN, no token, reached the other host
    assert "127.0.0.1" in str(error) and "redirect" in str(error), error


def test_a_group_number_that_is_not_the_guides_text_is_refused_before_anything_is_sent() -> None:
    """grp_no is text of at most four characters (the REG request's field, length 4): an int, a blank or a longer
    one is refused like a bad item, so the session never holds a group the server would read otherwise (an int 1
    and "1" are one group there) and a reconnect never trips over a group it cannot replay."""

    async def work(live: RealtimeSession) -> tuple[list[str], dict[str, Any], int]:
        accepted = []
        for grp_no in (1, "", " ", " 1", "12345", "1\n", None):
            with contextlib.suppress(ArgumentInvalid):
                await live.register(["005930"], ["0B"], grp_no=grp_no)  # type: ignore[arg-type]
                accepted.append(f"accepted {grp_no!r}")
            with contextlib.suppress(ArgumentInvalid):
                await live.remove(["005930"], ["0B"], grp_no=grp_no)  # type: ignore[arg-type]
                accepted.append(f"removal accepted {grp_no!r}")
        await live.register(["005930"], ["0B"], grp_no="1")
        await live.register(["000660"], ["0B"], grp_no="9999")
        logins = live.logins
        await live._ws.close()  # the replay of every group held
        streamed: set[str] = set()

        def both_items_again(events: list[realtime.Event]) -> bool:
            if isinstance(events[-1], realtime.RealtimeEvent) and live.logins > logins:
                streamed.add(events[-1].item)
            return len(streamed) == 2

        await _collect(live, 20.0, until=both_items_again)
        return accepted, {grp: sorted(pairs) for grp, pairs in live.groups.items()}, len(streamed)

    with running(seed=43, timing=QUICK) as sim:
        accepted, groups, streamed = _session(sim, work)
    assert accepted == []
    assert groups == {"1": [("0B", "005930")], "9999": [("0B", "000660")]}
    assert streamed == 2


def test_the_simulator_refuses_a_group_number_the_session_refuses() -> None:
    async def work(live: RealtimeSession) -> list[str]:
        answers = []
        for grp_no in (1, "", "12345"):
            for trnm in ("REG", "REMOVE"):
                message = {
                    "trnm": trnm,
                    "grp_no": grp_no,
                    "refresh": "1",
                    "data": [{"item": ["005930"], "type": ["0B"]}],
                }
                try:
                    await live._exchange(message)
                    answers.append(f"{trnm} {grp_no!r} accepted")
                except errors.InputFormatInvalid as error:
                    answers.append(str(error))
        return answers

    with running(seed=44, timing=QUICK) as sim:
        answers = _session(sim, work)
    assert not [answer for answer in answers if "accepted" in answer], answers
    assert all("grp_no" in answer for answer in answers), answers


def test_iterating_a_session_never_opened_raises_instead_of_waiting_forever() -> None:
    """`for event in client.realtime():` without `with` (or `async for` without `async with`) has nothing to wait for:
    it says how to open the session. 10 s only turns the old endless wait into a failure."""

    async def never_opened(sim: Simulator) -> str:
        async with AsyncKiwoom(*sim.keys, base_url=sim.url) as client:
            with pytest.raises(TransportFailed) as caught:
                await asyncio.wait_for(anext(aiter(client.realtime())), 10)
            return str(caught.value)

    with running(seed=61) as sim:
        message = asyncio.run(never_opened(sim))
        assert "async with client.realtime() as live" in message
        with Kiwoom(*sim.keys, base_url=sim.url) as client:
            live = client.realtime()
            outcome: list[BaseException | None] = []
            reader = threading.Thread(target=lambda: outcome.append(_raised(lambda: next(iter(live)))), daemon=True)
            reader.start()
            reader.join(10)
            assert len(outcome) == 1 and isinstance(outcome[0], TransportFailed), outcome
            assert "with client.realtime() as live" in str(outcome[0])
            with pytest.raises(TransportFailed):
                live.get(timeout=0)
        dead = f"ws://127.0.0.1:{_dead_port()}"
        with Kiwoom(*sim.keys, base_url=sim.url, ws_url=dead) as client:
            failed = client.realtime()
            with pytest.raises(TransportFailed), failed:
                pass
            outcome.clear()
            reader = threading.Thread(target=lambda: outcome.append(_raised(failed.get)), daemon=True)
            reader.start()
            reader.join(10)
            assert outcome == [None]  # a session whose opening failed has ended: nothing will come


def _raised(work: Callable[[], object]) -> BaseException | None:
    try:
        work()
    except BaseException as error:
        return error
    return None
