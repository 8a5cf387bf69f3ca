"""The realtime session cannot hang or loop, against the simulator over loopback: LOGIN never answered,
a feed that stalls with its socket open, frames larger than `max_size` (1009), REG answers waited for
(refusals raised, never replayed), large registrations split, connection failures as `TransportFailed`,
no thread left behind by a failed sync session, and no access token in any log record."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import socket
import ssl
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
import websockets
from kiwoom_sdk import (
    ArgumentInvalid,
    AsyncKiwoom,
    Kiwoom,
    KiwoomError,
    RealtimeGaveUp,
    RealtimeTimeout,
    Retry,
    TransportFailed,
    errors,
    realtime,
)
from kiwoom_sdk._session import RealtimeSession
from kiwoom_sdk.sim import Faults, Simulator, Timing, running

from tests.waiting import until

# Five PING intervals: a loaded CI machine (three pytest runs on two cores) has held a loopback feed
# silent for 0.6 s, which renewed a healthy connection.
LIVENESS = 1.0
QUICK = Timing(stream_interval=0.02, ping_interval=0.2, ping_timeout=LIVENESS)
QUIET = Timing(stream_interval=0.02, ping_interval=30, ping_timeout=30)  # no PING within a test
FAST_BACKOFF = Retry(base=0.05, cap=0.1)
ITEMS = ["005930", "000660", "035420", "035720", "005380", "051910", "006400", "068270", "105560", "055550"]


def _client(sim: Simulator, **options: Any) -> AsyncKiwoom:
    return AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=options.pop("ws_url", sim.ws_url), rate=1000, burst=100)


def _run(sim: Simulator, work: Callable[[RealtimeSession], Awaitable[Any]], **options: Any) -> Any:
    async def main() -> Any:
        async with _client(sim) as client, client.realtime(reconnect=FAST_BACKOFF, **options) as live:
            return await work(live)

    return asyncio.run(main())


async def _read(
    live: RealtimeSession, seconds: float, until: Callable[[list[tuple[float, realtime.Event]]], bool] | None = None
) -> tuple[list[tuple[float, realtime.Event]], BaseException | None]:
    """(monotonic time, event) for `seconds`, until `until(events so far)` holds after an event, or until
    iterating raises (the error is returned). A test that waits for something to happen gives `until` and a
    generous `seconds`, so a slow machine makes it slower, not red."""
    events: list[tuple[float, realtime.Event]] = []

    async def read() -> None:
        async for event in live:
            events.append((time.monotonic(), event))
            if until is not None and until(events):
                return

    try:
        await asyncio.wait_for(read(), seconds)
    except TimeoutError:
        return events, None
    except KiwoomError as error:
        return events, error
    return events, None


def _logged_in(sim: Simulator) -> list[Any]:
    return [session for session in sim.state.sessions if session.logged_in]


def _dead_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# --- LOGIN never answered --------------------------------------------------------------------------


def test_a_login_never_answered_raises_a_typed_timeout_within_the_deadline() -> None:
    async def main(sim: Simulator) -> float:
        async with _client(sim) as client:
            started = time.monotonic()
            with pytest.raises(RealtimeTimeout) as caught:
                async with client.realtime(login_timeout=0.4):
                    pass
            elapsed = time.monotonic() - started
        assert caught.value.api_id == "LOGIN" and "0.4 s" in str(caught.value)
        assert isinstance(caught.value, TransportFailed)  # callers that catch connection failures catch it too
        return elapsed

    with running(seed=90, timing=QUICK, faults=Faults(ws_login_silences=1)) as sim:
        elapsed = asyncio.run(main(sim))
        silences_left = sim.state.faults.ws_login_silences
    assert silences_left == 0  # the server took the LOGIN and never answered
    assert 0.4 <= elapsed < 3.0


def test_a_login_unanswered_on_every_reconnect_gives_up_instead_of_looping(caplog: pytest.LogCaptureFixture) -> None:
    faults = Faults(ws_drop_every_seconds=0.3)

    async def work(live: RealtimeSession) -> tuple[list[tuple[float, realtime.Event]], BaseException | None]:
        await live.register(["005930"], ["0B"])
        sim_faults.ws_login_silences = 100  # from the first drop on, no LOGIN is answered
        return await _read(live, 10.0)

    caplog.set_level(logging.WARNING, logger="kiwoom_sdk.realtime")
    with running(seed=91, timing=QUICK, faults=faults) as sim:
        sim_faults = sim.state.faults
        started = time.monotonic()
        events, error = _run(sim, work, login_timeout=0.2, give_up_after=3)
        elapsed = time.monotonic() - started
    assert isinstance(error, RealtimeGaveUp) and len(error.causes) == 3
    assert all("LOGIN" in cause and "no answer within 0.2 s" in cause for cause in error.causes), error.causes
    assert isinstance(error.__cause__, RealtimeTimeout)
    assert any(isinstance(event, realtime.StockTrade) for _, event in events)  # it streamed before
    reconnects = [
        r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "reconnect" in r.getMessage()
    ]
    assert len(reconnects) == 3 and "closed" in reconnects[0]  # the drop of a connection that streamed: not counted
    assert all("no answer within 0.2 s" in message for message in reconnects[1:])
    assert elapsed < 8.0  # a deadline, not a loop


# --- liveness ---------------------------------------------------------------------------------------


def test_a_stalled_feed_is_renewed_within_the_liveness_deadline(caplog: pytest.LogCaptureFixture) -> None:
    faults = Faults(ws_stalls=1, ws_stall_after_seconds=0.4)

    async def work(live: RealtimeSession) -> tuple[list[tuple[float, realtime.Event]], int, int]:
        await live.register(["005930"], ["0B"])
        reconnected: list[int] = []  # how many events had come when the feed was renewed

        def streaming_again(events: list[tuple[float, realtime.Event]]) -> bool:
            if live.reconnects and not reconnected:
                reconnected.append(len(events))
            return bool(reconnected) and len(events) - reconnected[0] >= 15

        events, error = await _read(live, 20.0, until=streaming_again)
        assert error is None
        return events, live.logins, live.reconnects

    caplog.set_level(logging.WARNING, logger="kiwoom_sdk.realtime")
    with running(seed=92, timing=QUICK, faults=faults) as sim:
        events, logins, reconnects = _run(sim, work, liveness=LIVENESS)
        left = sim.state.faults.ws_stalls
    assert left == 0 and logins == 2 and reconnects == 1
    trades = [at for at, event in events if isinstance(event, realtime.StockTrade)]
    gaps = [later - earlier for earlier, later in itertools.pairwise(trades)]
    gap = max(gaps)
    assert LIVENESS <= gap < LIVENESS + 2.0  # the silence, then trades again within the deadline (and a backoff)
    assert len(trades) - gaps.index(gap) > 10  # the registration was replayed: it streams on
    [warning] = [r.getMessage() for r in caplog.records if "reconnect" in r.getMessage()]
    assert f"no frame and no PING for {LIVENESS} s" in warning


def test_pings_alone_keep_a_quiet_session_alive() -> None:
    """Nothing registered, nothing streamed: the server's PINGs are the sign of life."""

    async def work(live: RealtimeSession) -> int:
        await _read(live, LIVENESS + 0.8)
        return live.reconnects

    with running(seed=93, timing=QUICK) as sim:
        reconnects = _run(sim, work, liveness=LIVENESS)
    assert reconnects == 0


# --- large registrations and frames -----------------------------------------------------------------


def test_3000_items_of_0b_and_0d_register_in_messages_of_100_and_stream_without_a_loop() -> None:
    items = [f"{100000 + 7 * n:06d}" for n in range(3000)]

    async def work(live: RealtimeSession) -> tuple[set[tuple[str, str]], int, set[tuple[str, str]], int, int]:
        await live.register(items, ["0B", "0D"])
        [server] = _logged_in(sim)
        registered = set(server.groups["1"])
        answers, streamed = 0, set()

        async def read() -> None:  # until one frame (~9 MB: over the old 4 MiB limit) carried every pair
            nonlocal answers
            async for event in live:
                if isinstance(event, realtime.RealtimeEvent):
                    streamed.add((event.type, event.item))
                    if len(streamed) == len(registered):
                        return
                elif event.trnm == "REG" and event.ok:
                    answers += 1

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(read(), 60)
        return registered, answers, streamed, live.reconnects, live.dropped

    with running(seed=94, timing=Timing(stream_interval=1.5)) as sim:  # few frames to build while it registers
        # a loaded machine builds the ~9 MB frames slowly: the answers to the 30 REG may take more than the default 10 s
        registered, answers, streamed, reconnects, dropped = _run(sim, work, queue_size=50_000, answer_timeout=60)
    assert registered == {(t, item) for t in ("0B", "0D") for item in items}
    assert answers == 30  # 3,000 items in REGs of 100, each answered
    assert streamed == registered
    assert reconnects == 0 and dropped == 0


def test_frames_over_max_size_close_with_1009_and_the_session_gives_up(caplog: pytest.LogCaptureFixture) -> None:
    async def work(live: RealtimeSession) -> tuple[BaseException | None, int, int]:
        await live.register(ITEMS, ["0D"])  # one frame: ten order books, far over 8 KiB
        _, error = await _read(live, 10.0)
        return error, live.logins, live.reconnects

    caplog.set_level(logging.WARNING, logger="kiwoom_sdk.realtime")
    with running(seed=95, timing=QUIET) as sim:
        error, logins, reconnects = _run(sim, work, max_size=8192, give_up_after=4)
    assert isinstance(error, RealtimeGaveUp) and logins == 4 and reconnects == 3
    assert all("closed 1009" in cause and "max_size=8192" in cause for cause in error.causes), error.causes
    assert isinstance(error.__cause__, TransportFailed)
    assert isinstance(error.__cause__.__cause__, websockets.ConnectionClosed)
    warnings = [
        r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "reconnect" in r.getMessage()
    ]
    assert len(warnings) == 3 and all("1009" in w for w in warnings)


def test_the_sync_session_raises_the_give_up_too() -> None:
    with (
        running(seed=96, timing=QUIET) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
        client.realtime(max_size=8192, give_up_after=2, reconnect=FAST_BACKOFF) as live,
    ):
        live.register(ITEMS, ["0D"])
        with pytest.raises(RealtimeGaveUp):
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                live.get(timeout=0.5)
        assert live.session.reconnects == 1


def test_a_registration_is_split_and_a_replacing_one_replaces_with_its_first_message_only() -> None:
    async def work(live: RealtimeSession) -> tuple[set[tuple[str, str]], set[tuple[str, str]], int]:
        await live.register(["000001", "000002"], ["0B"])
        await live.register(ITEMS[:7], ["0B"], refresh=False)  # three messages of at most three items
        [server] = _logged_in(sim)
        replaced = set(server.groups["1"])
        await live.remove(ITEMS[:5], ["0B"])
        events, _ = await _read(live, 0.2)
        answers = sum(isinstance(e, realtime.SystemMessage) and e.trnm in ("REG", "REMOVE") for _, e in events)
        return replaced, set(server.groups["1"]), answers

    with running(seed=97, timing=QUIET) as sim:
        replaced, after_remove, answers = _run(sim, work, items_per_reg=3)
    assert replaced == {("0B", item) for item in ITEMS[:7]}  # the two earlier items are gone
    assert after_remove == {("0B", item) for item in ITEMS[5:7]}
    assert answers == 1 + 3 + 2  # REG, REG x3, REMOVE x2: one answer per message


# --- REG answers ------------------------------------------------------------------------------------


def test_a_refused_reg_raises_and_is_not_replayed_after_a_reconnect(caplog: pytest.LogCaptureFixture) -> None:
    faults = Faults(ws_drop_every_seconds=1.5)

    async def work(live: RealtimeSession) -> tuple[list[BaseException], set[tuple[str, str]], dict[str, Any], int]:
        await live.register(["005930"], ["0B"])
        refused: list[BaseException] = []
        for items, types in ((["000660_NX"], ["0B"]), (["000660"], ["ZZ"])):
            with contextlib.suppress(KiwoomError):
                try:
                    await live.register(items, types)
                except KiwoomError as error:
                    refused.append(error)
                    raise
        # the drop's gap over: the replay was answered (its answers among the events), before the next drop
        await until(lambda: bool(live.gaps) and live.gaps[0].restored_at is not None)
        [server] = _logged_in(sim)
        events, _ = await _read(live, 0.2)  # every event so far
        refusals = sum(isinstance(e, realtime.SystemMessage) and e.trnm == "REG" and not e.ok for _, e in events)
        return refused, set(server.groups["1"]), dict(live.groups), refusals

    caplog.set_level(logging.WARNING, logger="kiwoom_sdk.realtime")
    with running(seed=98, timing=QUIET, faults=faults) as sim:
        refused, on_server, on_client, refusals = _run(sim, work)
    nxt, unknown = refused
    assert isinstance(nxt, errors.NotSupportedOnMock) and nxt.api_id == "REG" and nxt.returned_code == 8104
    assert isinstance(unknown, ArgumentInvalid) and "ZZ" in str(unknown)  # refused before it was sent
    assert on_server == {("0B", "005930")} == on_client["1"]  # after the reconnect: only what was accepted
    assert refusals == 1  # the server's one above, not one more from a replay
    assert not any("refused on a reconnect" in r.getMessage() for r in caplog.records)


def test_a_registration_refused_on_a_reconnect_is_dropped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    faults = Faults(ws_drop_every_seconds=0.5)

    async def work(live: RealtimeSession) -> tuple[list[realtime.Event], dict[str, set[tuple[str, Any]]], int]:
        await live.register(["005930"], ["0B"])
        await live.register(["000660"], ["0D"])
        sim_faults.ws_reg_refusals = 1  # the first REG of the replay (0B, by type order) is refused
        third: list[int] = []  # how many events had come when the third connection logged in

        def twenty_on_the_third(events: list[tuple[float, realtime.Event]]) -> bool:
            if live.logins >= 3 and not third:
                third.append(len(events))
            return bool(third) and len(events) - third[0] >= 20

        events, _ = await _read(live, 20.0, until=twenty_on_the_third)
        return [event for _, event in events], dict(live.groups), live.logins

    caplog.set_level(logging.WARNING, logger="kiwoom_sdk.realtime")
    with running(seed=99, timing=QUICK, faults=faults) as sim:
        sim_faults = sim.state.faults
        events, groups, logins = _run(sim, work)
    assert logins >= 3 and groups == {"1": {("0D", "000660")}}
    refusals = [e for e in events if isinstance(e, realtime.SystemMessage) and e.trnm == "REG" and not e.ok]
    assert len(refusals) == 1 and refusals[0].return_code == 1  # handed on, once: not replayed again
    [warning] = [r.getMessage() for r in caplog.records if "refused on a reconnect" in r.getMessage()]
    assert "0B" in warning
    last = events[-20:]
    assert any(isinstance(e, realtime.StockOrderBookVolume) for e in last)
    assert not any(isinstance(e, realtime.StockTrade) for e in last)


def test_a_refusal_in_the_guides_form_and_bad_arguments_raise() -> None:
    async def work(live: RealtimeSession) -> None:
        sim.state.faults.ws_reg_refusals = 1
        with pytest.raises(KiwoomError) as caught:
            await live.register(["005930"], ["0B"])
        assert caught.value.api_id == "REG" and caught.value.returned_code == 1 and live.groups == {}
        with pytest.raises(ValueError, match="list of strings"):
            await live.register("005930", ["0B"])  # a str is a Sequence[str]: it would register "0", "0", "5", ...
        with pytest.raises(ValueError, match="register"):
            await live.send({"trnm": "REG", "grp_no": "1", "data": []})
        await live.register(["005930"], ["0B"])
        assert live.groups == {"1": {("0B", "005930")}}

    with running(seed=100, timing=QUIET) as sim:
        _run(sim, work)


def test_an_unanswered_reg_raises_a_timeout_and_the_connection_is_renewed() -> None:
    faults = Faults(ws_stalls=1, ws_stall_after_seconds=0.05)

    async def work(live: RealtimeSession) -> tuple[int, int, dict[str, set[tuple[str, Any]]]]:
        await until(lambda: any(session.stalled for session in sim.state.sessions))  # the server sends nothing more
        with pytest.raises(RealtimeTimeout, match=r"no answer within 0\.3 s"):
            await live.register(["005930"], ["0B"])
        await live.register(["000660"], ["0B"])  # on the next connection
        return live.logins, live.reconnects, dict(live.groups)

    with running(seed=101, timing=QUIET, faults=faults) as sim:
        logins, reconnects, groups = _run(sim, work, answer_timeout=0.3)
    assert logins == 2 and reconnects == 1 and groups == {"1": {("0B", "000660")}}


def test_use_after_close_raises_a_typed_error() -> None:
    async def main(sim: Simulator) -> None:
        async with _client(sim) as client:
            live = client.realtime()
            async with live:
                await live.register(["005930"], ["0B"])
            with pytest.raises(TransportFailed, match="not open"):
                await live.register(["000660"], ["0B"])
            with pytest.raises(TransportFailed, match="open a new one"):
                await live.connect()

    with running(seed=102, timing=QUIET) as sim:
        asyncio.run(main(sim))
        with Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client:
            live = client.realtime()
            with pytest.raises(TransportFailed, match="not open"):
                live.register(["005930"], ["0B"])  # never entered
            with live:
                live.register(["005930"], ["0B"])
            with pytest.raises(TransportFailed, match="not open"):
                live.register(["000660"], ["0B"])
            with pytest.raises(TransportFailed, match="open a new one"), live:
                pass
            live.close()  # again: nothing to do


def test_a_session_whose_opening_is_cancelled_does_not_go_on_in_the_background() -> None:
    """`async with asyncio.timeout(...)` around `async with client.realtime()`, or the opening task cancelled: the
    session stops there, and does not log in later, unseen, holding the app key's one connection."""

    async def main(sim: Simulator) -> tuple[bool, list[bool]]:
        async with _client(sim) as client:
            live = client.realtime()
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.05), live:  # the token's answer takes 0.3 s
                    pass
            await asyncio.sleep(0.6)  # long enough for a LOGIN that went on
            assert live._task is not None
            return live._task.done(), [session.logged_in for session in sim.state.sessions]

    with running(seed=104, timing=QUIET, faults=Faults(slow_seconds=0.3)) as sim:
        done, logged_in = asyncio.run(main(sim))
    assert done and logged_in == []


# --- connection failures and threads -----------------------------------------------------------------


def test_a_refused_connection_is_transport_failed_chained_from_the_cause() -> None:
    async def main(sim: Simulator, ws_url: str) -> TransportFailed:
        async with AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=ws_url, rate=1000, burst=100) as client:
            with pytest.raises(TransportFailed) as caught:
                async with client.realtime():
                    pass
        return caught.value

    with running(seed=103, timing=QUIET) as sim:
        refused = asyncio.run(main(sim, f"ws://127.0.0.1:{_dead_port()}"))
        status = asyncio.run(main(sim, sim.ws_url + "/nowhere"))  # an HTTP answer, not a WebSocket
        tls = asyncio.run(main(sim, sim.ws_url.replace("ws://", "wss://")))  # TLS to a plain HTTP server
    assert isinstance(refused.__cause__, ConnectionRefusedError) and "ConnectionRefusedError" in str(refused)
    assert isinstance(tls.__cause__, ssl.SSLError)
    assert isinstance(status.__cause__, websockets.InvalidHandshake) and "/nowhere/api/dostk/websocket" in str(status)


def test_failed_sync_sessions_leave_no_thread_behind() -> None:
    def attempt(client: Kiwoom, **options: Any) -> KiwoomError:
        with pytest.raises(KiwoomError) as caught, client.realtime(**options):
            pass
        return caught.value

    with running(seed=104, timing=QUICK, faults=Faults(ws_login_silences=3)) as sim:
        before = set(threading.enumerate())
        dead = f"ws://localhost:{_dead_port()}"  # a name: resolved in the loop's executor threads
        with Kiwoom(*sim.keys, base_url=sim.url, ws_url=dead, rate=1000, burst=100) as client:
            failures = [attempt(client) for _ in range(5)]
        with Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client:
            failures += [attempt(client, login_timeout=0.2) for _ in range(3)]
            with client.realtime() as live:  # and one that worked, closed the ordinary way
                live.register(["005930"], ["0B"])
        after = set(threading.enumerate())
    assert [type(f) for f in failures] == [TransportFailed] * 5 + [RealtimeTimeout] * 3
    assert after == before, sorted(t.name for t in after - before)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"login_timeout": 0}, "login_timeout"),
        ({"login_timeout": float("nan")}, "login_timeout"),
        ({"answer_timeout": -1}, "answer_timeout"),
        ({"liveness": 0}, "liveness"),
        ({"max_size": 0}, "max_size"),
        ({"max_size": 1.5}, "max_size"),
        ({"items_per_reg": 0}, "items_per_reg"),
        ({"give_up_after": True}, "give_up_after"),
        ({"queue_size": 0}, "queue_size"),
        ({"reconnect": 3}, "reconnect"),
        ({"section": "usx"}, "section"),
    ],
)
def test_bad_options_are_refused_at_construction(options: dict[str, Any], message: str) -> None:
    before = threading.active_count()
    with (
        Kiwoom("key", "secret", base_url="http://127.0.0.1:9", rate=1000, burst=100) as client,
        pytest.raises(ValueError, match=message),
    ):
        client.realtime(**options)
    assert threading.active_count() == before

    async def main() -> None:
        async with AsyncKiwoom("key", "secret", base_url="http://127.0.0.1:9", rate=1000, burst=100) as client:
            with pytest.raises(ValueError, match=message):
                client.realtime(**options)

    asyncio.run(main())


# --- secrets -----------------------------------------------------------------------------------------


class _Everything(logging.Handler):
    """Every record of every logger, as rendered (message, arguments, traceback)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, str]] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        rendered = self.format(record)
        self.records.append((record.name, f"{rendered} {record.args!r} {record.msg!r}"))


@contextlib.contextmanager
def _every_logger_at_debug() -> Iterator[_Everything]:
    handler = _Everything()
    loggers = [logging.getLogger(), *(logging.getLogger(name) for name in list(logging.root.manager.loggerDict))]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        if logger is logging.getLogger() or not logger.propagate:
            logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger, level, disabled in saved:
            logger.setLevel(level)
            logger.disabled = disabled
            logger.removeHandler(handler)


def test_no_log_record_of_any_logger_carries_a_token() -> None:
    """LOGIN (refused once, so two tokens), REG, frames, PINGs and reconnects, every logger at DEBUG."""
    faults = Faults(ws_drop_every_seconds=0.4, ws_login_refusals=1)

    async def work(live: RealtimeSession) -> int:
        await live.register(ITEMS[:3], ["0B", "0D"])
        await _read(live, 20.0, until=lambda _: live.reconnects >= 2)
        return live.reconnects

    with _every_logger_at_debug() as captured, running(seed=105, timing=QUICK, faults=faults) as sim:
        reconnects = _run(sim, work)
        tokens = list(sim.state.tokens)
    assert reconnects >= 2 and len(tokens) == 2
    logins = [text for name, text in captured.records if name.startswith("websockets") and '"token"' in text]
    assert len(logins) >= 3 and all('"token":"<token>"' in text for text in logins)  # logged, redacted
    pieces = {token[start : start + 12] for token in tokens for start in range(len(token) - 11)}
    leaked = [(name, text[:200]) for name, text in captured.records if any(piece in text for piece in pieces)]
    assert leaked == []
