"""The realtime session's control frames, in the forms Kiwoom's servers send (specs/recorded), against
the simulator over loopback: SYSTEM notices, the R10001 takeover that ends a session, LOGIN refusals
that re-issue the token once."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from kiwoom_sdk import AsyncKiwoom, Kiwoom, Retry, errors, realtime
from kiwoom_sdk._session import RealtimeSession
from kiwoom_sdk.sim import Faults, Simulator, Timing, running

from .conftest import recorded_payload as recorded

QUICK = Timing(stream_interval=0.02, ping_interval=5, ping_timeout=5)


class Seen:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, event: str, details: dict[str, Any]) -> None:
        self.events.append((event, details))


def _client(sim: Simulator, hook: Seen | None = None) -> AsyncKiwoom:
    return AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100, hook=hook)


async def _read(
    live: RealtimeSession, seconds: float, until: Callable[[list[realtime.Event]], bool] | None = None
) -> tuple[list[realtime.Event], BaseException | None]:
    """Events for `seconds`, until `until(events so far)` holds after an event, or until iterating raises (the
    error is returned). A test that waits for something to happen gives `until` and a generous `seconds`, so a
    slow machine makes it slower, not red."""
    events: list[realtime.Event] = []

    async def read() -> None:
        async for event in live:
            events.append(event)
            if until is not None and until(events):
                return

    try:
        await asyncio.wait_for(read(), seconds)
    except TimeoutError:
        return events, None
    except errors.KiwoomError as error:
        return events, error
    return events, None


def _notices(events: list[realtime.Event], code: str) -> int:
    return sum(isinstance(e, realtime.SystemNotice) and e.code == code for e in events)


def _a_trade_after_a_notice(events: list[realtime.Event]) -> bool:
    return isinstance(events[-1], realtime.StockTrade) and any(isinstance(e, realtime.SystemNotice) for e in events)


def _traded_after_a_new_token(sim: Simulator, live: RealtimeSession, events: list[realtime.Event]) -> bool:
    return len(sim.state.tokens) >= 2 and live.logins >= 2 and isinstance(events[-1], realtime.StockTrade)


def _quick(live: RealtimeSession) -> RealtimeSession:
    live._backoff = Retry(base=0.05, cap=0.1)  # reconnect quickly in tests
    return live


# --- the recorded frames, decoded ------------------------------------------------------------------


def test_recorded_control_frames_decode_to_typed_events() -> None:
    [login] = realtime.decode(json.dumps(recorded("024")["payload"]))
    assert type(login) is realtime.LoginAnswer and login.ok and login.body["sor_yn"] == "Y"
    assert login.sor_yn is True  # a Y/N flag, read as the REST answers' sor_yn is
    [notice] = realtime.decode(json.dumps(recorded("026")["payload"]))
    assert isinstance(notice, realtime.SystemNotice) and not notice.ok
    assert (notice.trnm, notice.code, notice.message) == ("SYSTEM", "R10001", recorded("026")["payload"]["message"])
    [refusal] = realtime.decode(json.dumps(recorded("027")["payload"]))
    assert (
        isinstance(refusal, realtime.SystemMessage)
        and refusal.trnm == "LOGIN"
        and not refusal.ok
        and refusal.return_code == 805004
    )
    [ping] = realtime.decode(json.dumps(recorded("029")["payload"]))
    assert isinstance(ping, realtime.SystemMessage) and ping.trnm == "PING" and ping.ok
    [listing] = realtime.decode(json.dumps(recorded("039")["payload"]))
    assert (
        isinstance(listing, realtime.SystemMessage)
        and listing.trnm == "CNSRLST"
        and listing.ok
        and [row[0] for row in listing.body["data"]] == ["0", "1"]
    )


@pytest.mark.parametrize(
    ("sent", "read"), [('"Y"', True), ('"N"', False), ('"n"', False), ('""', None), ('"?"', "?"), ("1", True)]
)
def test_a_login_answers_sor_yn_is_a_flag(sent: str, read: bool | str | None) -> None:
    [login] = realtime.decode(f'{{"trnm": "LOGIN", "return_code": 0, "return_msg": "", "sor_yn": {sent}}}')
    assert isinstance(login, realtime.LoginAnswer) and login.ok
    assert login.sor_yn == read and type(login.sor_yn) is type(read)


def test_a_refused_login_has_no_sor_yn() -> None:
    [refusal] = realtime.decode(json.dumps(recorded("027")["payload"]))
    assert isinstance(refusal, realtime.LoginAnswer) and not refusal.ok and refusal.sor_yn is None


def test_the_session_keeps_the_login_answer_with_its_flag() -> None:
    with (
        running(seed=87, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, rate=1000, burst=100) as client,
        client.realtime() as live,
    ):
        answer = live.login_answer
    assert isinstance(answer, realtime.LoginAnswer) and answer.ok and answer.sor_yn is True  # the simulator's "Y"


def test_a_system_frame_of_any_form_is_a_notice_that_is_not_ok() -> None:
    [coded] = realtime.decode('{"trnm": "SYSTEM", "code": "X77", "message": "새 공지"}')
    [returned] = realtime.decode('{"trnm": "SYSTEM", "return_code": 1999, "return_msg": "예기치 못한 에러"}')
    assert isinstance(coded, realtime.SystemNotice) and (coded.code, coded.message, coded.ok) == (
        "X77",
        "새 공지",
        False,
    )
    assert isinstance(returned, realtime.SystemNotice) and (returned.code, returned.message) == (
        "1999",
        "예기치 못한 에러",
    )
    assert not returned.ok


# --- R10001: another connection took the app key ---------------------------------------------------


def test_r10001_ends_the_session_without_reconnecting_and_says_why() -> None:
    async def main(sim: Simulator) -> tuple[list[realtime.Event], BaseException | None, RealtimeSession, int]:
        async with _client(sim) as first, _client(sim) as second:
            live = _quick(first.realtime())
            await live.connect()
            await live.register(["005930"], ["0B"])
            reader = asyncio.create_task(_read(live, 30.0))  # ends with the takeover's error
            await asyncio.sleep(0.2)
            async with second.realtime() as other:  # the same app key logs in elsewhere
                await other.register(["000660"], ["0B"])
                events, error = await reader
                others, _ = await _read(other, 20.0, until=lambda events: isinstance(events[-1], realtime.StockTrade))
            await asyncio.sleep(0.3)  # time enough for a reconnect that must not happen
            await live.close()
            return events, error, live, sum(isinstance(e, realtime.StockTrade) for e in others)

    with running(seed=80, timing=QUICK) as sim:
        events, error, live, other_trades = asyncio.run(main(sim))
    assert isinstance(error, errors.SessionTakenOver) and error.notice_code == "R10001" and "R10001" in str(error)
    notices = [e for e in events if isinstance(e, realtime.SystemNotice)]
    assert [(n.code, n.ok) for n in notices] == [("R10001", False)]
    assert any(isinstance(e, realtime.StockTrade) for e in events)  # it was streaming before
    assert live.logins == 1 and live.reconnects == 0
    assert other_trades > 0  # the session that took the key over streams on


def test_a_client_given_only_the_simulators_base_url_streams_from_the_simulator() -> None:
    """The WebSocket URL follows the base URL: the token goes to the host it came from, not to Kiwoom's."""
    with (
        running(seed=82, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, rate=1000, burst=100) as client,
        client.realtime() as live,
    ):
        assert client.config.ws_url == sim.ws_url
        live.register(["005930"], ["0B"])
        event = live.get(timeout=5)
        while not isinstance(event, realtime.StockTrade):
            event = live.get(timeout=5)
        assert event.item == "005930"


def test_r10001_ends_the_sync_session_too() -> None:
    with (
        running(seed=81, timing=QUICK) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as client,
        client.realtime() as live,
    ):
        live.register(["005930"], ["0B"])
        assert live.get(timeout=20) is not None

        async def take_over() -> None:
            async with _client(sim) as other, other.realtime():
                await asyncio.sleep(0.2)

        asyncio.run(take_over())
        seen: list[realtime.Event] = []
        with pytest.raises(errors.SessionTakenOver):
            deadline = time.monotonic() + 30  # the error comes at once; a loaded machine is slow, not wrong
            while time.monotonic() < deadline:
                event = live.get(timeout=0.5)
                if event is not None:
                    seen.append(event)
        with pytest.raises(errors.SessionTakenOver):  # and keeps saying so
            live.get(timeout=0.1)
        assert live.session.reconnects == 0
    assert any(isinstance(e, realtime.SystemNotice) and e.code == "R10001" for e in seen)


# --- other notices ----------------------------------------------------------------------------------


def test_an_unknown_system_notice_is_handed_on_and_the_session_goes_on() -> None:
    faults = Faults(ws_notice=("R99999", "처음 보는 공지"), ws_notice_after_seconds=0.1)

    async def main(sim: Simulator) -> tuple[list[realtime.Event], BaseException | None, int]:
        async with _client(sim) as client, client.realtime() as live:
            await live.register(["005930"], ["0B"])
            events, error = await _read(live, 20.0, until=_a_trade_after_a_notice)
            return events, error, live.reconnects

    with running(seed=82, timing=QUICK, faults=faults) as sim:
        events, error, reconnects = asyncio.run(main(sim))
    assert error is None and reconnects == 0
    [notice] = [e for e in events if isinstance(e, realtime.SystemNotice)]
    assert (notice.code, notice.message, notice.ok) == ("R99999", "처음 보는 공지", False)
    after = events[events.index(notice) + 1 :]
    assert any(isinstance(e, realtime.StockTrade) for e in after)  # still streaming


def test_a_disconnect_notice_reconnects_with_backoff() -> None:
    faults = Faults(
        ws_notice=("R10002", "서버 점검으로 연결을 종료합니다"), ws_notice_after_seconds=0.15, ws_notice_closes=True
    )

    async def main(sim: Simulator) -> tuple[list[realtime.Event], BaseException | None, int, int]:
        async with _client(sim) as client, client.realtime() as live:
            _quick(live)
            await live.register(["005930"], ["0B"])
            events, error = await _read(
                live, 20.0, until=lambda events: live.reconnects >= 2 and _notices(events, "R10002") >= 2
            )
            return events, error, live.logins, live.reconnects

    with running(seed=83, timing=QUICK, faults=faults) as sim:
        events, error, logins, reconnects = asyncio.run(main(sim))
    assert error is None and reconnects >= 2 and reconnects <= logins <= reconnects + 1  # one LOGIN per connection
    assert _notices(events, "R10002") >= 2
    # Nothing but trades, the notices and the acknowledgements of the registration on each connection (the
    # read may stop at any of them), and the trades come back after a reconnect.
    restored = [e for e in events if type(e) is realtime.SystemMessage]
    assert all(e.trnm == "REG" and e.ok for e in restored) and len(restored) <= logins  # one a connection
    assert all(isinstance(e, realtime.StockTrade | realtime.SystemNotice | realtime.SystemMessage) for e in events)
    first_notice = next(i for i, e in enumerate(events) if isinstance(e, realtime.SystemNotice))
    assert any(isinstance(e, realtime.StockTrade) for e in events[first_notice + 1 :])


# --- LOGIN refusals ---------------------------------------------------------------------------------


def test_a_refused_login_issues_a_new_token_and_logs_in_again_once() -> None:
    seen = Seen()

    async def main(sim: Simulator) -> tuple[int, int, int]:
        async with _client(sim, seen) as client:
            before = await client.token()
            sim.state.tokens[before].revoked = True  # revoked behind the client's back
            async with client.realtime() as live:
                await live.register(["005930"], ["0B"])
                events, _ = await _read(live, 20.0, until=lambda events: isinstance(events[-1], realtime.StockTrade))
                after = await client.token()
            assert after != before
            return live.logins, sum(isinstance(e, realtime.StockTrade) for e in events), len(sim.state.tokens)

    with running(seed=84, timing=QUICK) as sim:
        logins, trades, issued = asyncio.run(main(sim))
    assert logins == 1 and trades > 0 and issued == 2
    assert [(d["api_id"], d["reason"]) for e, d in seen.events if e == "token"] == [("LOGIN", 8005)]


def test_a_login_refused_twice_raises_the_mapped_auth_error() -> None:
    faults = Faults(ws_login_refusals=5)

    async def main(sim: Simulator) -> None:
        async with _client(sim) as client, client.realtime():
            pass

    with running(seed=85, timing=QUICK, faults=faults) as sim:
        with pytest.raises(errors.TokenInvalid) as caught:
            asyncio.run(main(sim))
        issued, left = len(sim.state.tokens), sim.state.faults.ws_login_refusals
    assert caught.value.returned_code == 8005 and caught.value.api_id == "LOGIN"
    assert "[CODE=8005" in caught.value.message and caught.value.response["return_code"] == 805004
    assert issued == 2 and left == 3  # two LOGINs, one new token: then it gave up


def test_a_login_refused_on_a_reconnect_is_retried_once_and_the_session_resumes() -> None:
    faults = Faults(ws_drop_every_seconds=0.3)

    async def main(sim: Simulator) -> tuple[int, int, BaseException | None]:
        async with _client(sim) as client, client.realtime() as live:
            _quick(live)
            await live.register(["005930"], ["0B"])
            await asyncio.sleep(0.1)
            sim.state.faults.ws_login_refusals = 1  # the next LOGIN, after the drop, is refused once
            events, error = await _read(live, 20.0, until=lambda events: _traded_after_a_new_token(sim, live, events))
            with contextlib.suppress(Exception):
                await live.close()
            return live.logins, sum(isinstance(e, realtime.StockTrade) for e in events[-5:]), error

    with running(seed=86, timing=QUICK, faults=faults) as sim:
        logins, late_trades, error = asyncio.run(main(sim))
        issued = len(sim.state.tokens)
    assert error is None and logins >= 2 and late_trades > 0 and issued == 2
