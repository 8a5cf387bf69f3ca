"""The US realtime condition search (usa20290, GCNSRREQ search_type 1) and its pushes (type S2): the guide's example
frame decodes into typed UsConditionSearchRealtime events, the simulator answers GCNSRLST / GCNSRREQ / GCNSRCLR on
the US path and pushes S2 entries, and a US session keeps, replays and clears such a search as a domestic one."""

from __future__ import annotations

import asyncio
import datetime
import json
import pickle
from typing import Any

import pytest
from kiwoom_sdk import AsyncKiwoom, codes, errors, realtime
from kiwoom_sdk._session import RealtimeSession
from kiwoom_sdk.cli._output import event_row
from kiwoom_sdk.sim import Timing, running, stream

from generator.spec import yamlio
from generator.spec.lint import lint
from generator.targets.views import condition_search_views, push_trnm, registration_view, session_trnms

from .conftest import SPECS
from .test_realtime_session import _collect, _session
from .waiting import until

QUICK = Timing(stream_interval=0.02, ping_interval=0.2, ping_timeout=0.8)


def _s2(events: list[realtime.Event]) -> int:
    return sum(isinstance(e, realtime.UsConditionSearchRealtime) for e in events)


def _answers(events: list[realtime.Event], trnm: str) -> int:
    return sum(isinstance(e, realtime.SystemMessage) and e.trnm == trnm for e in events)


def _us_entries(events: list[realtime.Event]) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.item, e.extra.get("stexTp")) for e in events if isinstance(e, realtime.RealtimeEvent)}


def _restored(live: RealtimeSession) -> bool:
    """Whether the session's one gap is over: a new connection logged in and its replay was answered (each answer
    already among the events, as the replay waits for them)."""
    return len(live.gaps) == 1 and live.gaps[-1].restored_at is not None


def _guide_push() -> dict[str, Any]:
    """The 실시간데이터 example of usa20290, as the spec keeps it."""
    spec = yamlio.load(SPECS / "us" / "websocket" / "usa20290.yaml")
    return next(e["body"] for e in spec["examples"] if e.get("label") == "실시간데이터")


def test_the_guides_us_push_decodes_into_typed_s2_events() -> None:
    events = realtime.decode(json.dumps(_guide_push(), ensure_ascii=False))
    assert [type(e) for e in events] == [realtime.UsConditionSearchRealtime] * 2
    coin, sofi = events
    assert isinstance(coin, realtime.UsConditionSearchRealtime) and isinstance(sofi, realtime.UsConditionSearchRealtime)
    assert (coin.type, coin.item, coin.item_code, coin.serial_no) == ("S2", "COIN", "COIN", "2")
    assert coin.insert_delete_type is codes.ConditionInsertDelete("I")
    assert sofi.insert_delete_type is codes.ConditionInsertDelete("D")
    assert coin.trade_time == datetime.time(23, 1, 56)
    assert coin.side is codes.SellBuy("2")
    assert coin.unknown_values == {}
    assert realtime.REGISTRY["S2"] is realtime.UsConditionSearchRealtime
    assert (realtime.UsConditionSearchRealtime.SECTION, realtime.UsConditionSearchRealtime.REGISTERED) == ("us", "")


def test_a_us_entrys_exchange_is_kept_with_the_event() -> None:
    """A US REAL entry names its item's exchange beside its values (stexTp, in the guide's FE / FT / S2 examples):
    the event keeps it (`extra`, as sent; through pickling too), and `kiwoom stream` / the MCP snapshot print it."""
    fe = yamlio.load(SPECS / "us" / "realtime" / "FE-us_realtime_trade_price.yaml")
    frame = next(e["body"] for e in fe["examples"] if e["part"] == "response")
    (trade,) = realtime.decode(json.dumps(frame))
    coin, _ = realtime.decode(json.dumps(_guide_push(), ensure_ascii=False))
    for event in (trade, coin):
        assert isinstance(event, realtime.RealtimeEvent) and dict(event.extra) == {"stexTp": "ND"}
        assert dict(pickle.loads(pickle.dumps(event)).extra) == {"stexTp": "ND"}
        assert event_row(event)["stexTp"] == "ND"
    domestic = {"type": "0B", "name": "주식체결", "item": "005930", "values": {"10": "+60700"}}
    (plain,) = realtime.decode(json.dumps({"trnm": "REAL", "data": [domestic]}))
    assert isinstance(plain, realtime.RealtimeEvent) and dict(plain.extra) == {} and "stexTp" not in event_row(plain)


def _search_type(spec: str) -> str:
    """The one code of a condition search's search_type, as its spec's code table lists it."""
    field = next(f for f in yamlio.load(SPECS / spec)["request"] if f["name"] == "search_type")
    (code,) = yamlio.load(SPECS / "codes" / f"{field['enum']}.yaml")["codes"]
    return str(code["code"])


def test_the_condition_messages_and_the_seq_length_are_the_specs() -> None:
    once, live = _search_type("domestic/websocket/ka10172.yaml"), _search_type("domestic/websocket/ka10173.yaml")
    assert (once, live) == (_search_type("us/websocket/usa20281.yaml"), _search_type("us/websocket/usa20290.yaml"))
    exchanges = _codes("domestic/websocket/ka10172.yaml", "stex_tp")
    assert exchanges == _codes("domestic/websocket/ka10173.yaml", "stex_tp")
    pages = _codes("domestic/websocket/ka10172.yaml", "cont_yn")
    assert pages == _codes("us/websocket/usa20281.yaml", "cont_yn") == ("Y", "N")  # continuation, no_continuation
    us = realtime.ConditionSearch(
        "GCNSRLST", "GCNSRREQ", "GCNSRCLR", "S2", "usa20280", "usa20281", once, live, (), *pages
    )
    domestic = realtime.ConditionSearch(
        "CNSRLST", "CNSRREQ", "CNSRCLR", "02", "ka10171", "ka10172", once, live, exchanges, *pages
    )
    assert {"domestic": domestic, "us": us} == realtime.CONDITION_SEARCHES
    corpus = lint(SPECS).corpus
    (more, _) = corpus.codes["continuation_request"].codes
    more.name = "next"
    with pytest.raises(ValueError, match=r"its cont_yn codes are named \['next', 'no_continuation'\]"):
        condition_search_views(corpus)
    assert (once, live) == ("0", "1")  # the guide's: a search now, a search that keeps pushing
    assert realtime.SEQ_LENGTH == 3  # the request's seq in ka10172 / ka10173 / usa20281 / usa20290


def _codes(spec: str, name: str) -> tuple[str, ...]:
    """The codes of the code table that the request field `name` of a spec names, in the table's order."""
    field = next(f for f in yamlio.load(SPECS / spec)["request"] if f["name"] == name)
    return tuple(str(code["code"]) for code in yamlio.load(SPECS / "codes" / f"{field['enum']}.yaml")["codes"])


def test_a_searchs_exchange_is_its_specs_and_the_build_refuses_searches_that_disagree() -> None:
    """stex_tp: ka10172's and ka10173's code table (K), what `kiwoom conditions` and the MCP server send by default
    and the only values `--exchange` takes; a US search names none. Searches of one section that name different
    exchanges, or a stex_tp without its table, stop the build."""
    from kiwoom_sdk.cli._realtime_commands import condition_request

    (exchange,) = _codes("domestic/websocket/ka10172.yaml", "stex_tp")
    assert realtime.CONDITION_SEARCHES["domestic"].exchanges == (exchange,) and exchange == "K"
    assert realtime.CONDITION_SEARCHES["us"].exchanges == ()
    assert condition_request("1", "domestic")[0]["stex_tp"] == exchange
    assert "stex_tp" not in condition_request("1", "us")[0]
    with pytest.raises(ValueError, match="stex_tp='X': must be one of K"):
        condition_request("1", "domestic", "X")
    corpus = lint(SPECS).corpus
    f = next(f for f in corpus.apis["ka10173"].request if f.name == "stex_tp")
    f.enum = "condition_search_type"
    with pytest.raises(ValueError, match=r"the searches \['ka10172', 'ka10173'\] name their exchanges differently"):
        condition_search_views(corpus)
    f.enum = None
    with pytest.raises(ValueError, match="its stex_tp names no code table"):
        condition_search_views(corpus)


def test_the_registration_messages_and_refresh_codes_are_the_specs() -> None:
    """REG / REMOVE and a REG's refresh codes ("1" keep the group's registrations, "0" replace them): the realtime
    specs' trnm and refresh code tables, by the codes' names, which api.yaml's websocket REG / REMOVE agree with. The
    session's REG / REMOVE and the simulator's answers use them; the build refuses specs that disagree."""
    from kiwoom_sdk import _session
    from kiwoom_sdk.sim import websocket

    actions = dict(zip(("register", "remove"), _codes("domestic/realtime/0B-stock_trade.yaml", "trnm"), strict=True))
    refresh = dict(
        zip(("replace", "keep"), _codes("us/realtime/FE-us_realtime_trade_price.yaml", "refresh"), strict=True)
    )
    assert realtime.REGISTRATION == realtime.Registration(**actions, **refresh) == ("REG", "REMOVE", "1", "0")
    assert _session.ANSWERED == ("REG", "REMOVE") and set(websocket.HANDLERS) == set(_session.ANSWERED)
    assert _session._reg("1", ["005930"], ["0B"], True)["refresh"] == realtime.REGISTRATION.keep
    assert _session._reg("1", ["005930"], ["0B"], False)["refresh"] == realtime.REGISTRATION.replace
    corpus = lint(SPECS).corpus
    assert registration_view(corpus).register == realtime.REGISTRATION.register
    register = next(c for c in corpus.codes["realtime_reg_action"].codes if c.name == "register")
    register.code = "REGISTER"
    with pytest.raises(
        ValueError, match=r"the realtime specs register with trnm REGISTER, but api\.yaml's websocket REG"
    ):
        registration_view(corpus)
    register.code, register.name = "REG", "subscribe"
    with pytest.raises(ValueError, match=r"a REG's trnm codes are named \['remove', 'subscribe'\]"):
        registration_view(corpus)
    register.name = "register"
    f = next(f for f in corpus.apis["FE"].request if f.name == "refresh")
    f.enum = "check_flag"
    with pytest.raises(ValueError, match="the realtime specs' refresh should name one code table, but they name"):
        registration_view(corpus)


def test_the_sessions_own_messages_are_the_specs() -> None:
    """LOGIN, PING and SYSTEM: api.yaml's websocket messages, what the session sends and reads, decode's notices and
    the simulator's (its take-over notice is errors.SessionTakenOver's code); the build refuses a LOGIN answered
    with another trnm, or a message without its trnm."""
    from kiwoom_sdk.sim import websocket

    messages = yamlio.load(SPECS / "api.yaml")["websocket"]
    trnms = tuple(messages[name]["fields"]["trnm"] for name in ("LOGIN", "PING", "SYSTEM"))
    assert realtime.SESSION_TRNMS == trnms == ("LOGIN", "PING", "SYSTEM")
    (notice,) = realtime.decode(json.dumps({"trnm": realtime.SESSION_TRNMS.system, "code": "R1", "message": "m"}))
    assert isinstance(notice, realtime.SystemNotice) and (notice.trnm, notice.code) == ("SYSTEM", "R1")
    assert websocket.TAKEN_OVER in messages["SYSTEM"]["codes"]
    assert errors.SESSION_NOTICES[websocket.TAKEN_OVER] is errors.SessionTakenOver
    corpus = lint(SPECS).corpus
    assert session_trnms(corpus).login == realtime.SESSION_TRNMS.login
    corpus.protocol["websocket"]["LOGIN"]["answer"]["trnm"] = "SIGNIN"
    with pytest.raises(ValueError, match=r"websocket LOGIN sends trnm LOGIN but is answered with \['SIGNIN'\]"):
        session_trnms(corpus)
    del corpus.protocol["websocket"]["PING"]["fields"]["trnm"]
    with pytest.raises(ValueError, match=r"api\.yaml's websocket PING fixes no trnm"):
        session_trnms(corpus)


def test_the_trnm_of_realtime_frames_is_the_specs_and_what_decode_and_the_simulator_use() -> None:
    """REAL: specs/api.yaml's websocket REAL, the const of every push spec that fixes its trnm (ka10173, usa20290);
    the build refuses specs that disagree, rather than pick one."""
    corpus = lint(SPECS).corpus
    assert realtime.PUSH_TRNM == push_trnm(corpus) == "REAL"
    fixed = [f for api in corpus.apis.values() for f in api.push if f.name == "trnm" and f.value.const is not None]
    assert {f.value.const for f in fixed} == {realtime.PUSH_TRNM} and len(fixed) == 2
    entry = {"type": "0B", "name": "주식체결", "item": "005930", "values": {"10": "+60700"}}
    (event,) = realtime.decode(json.dumps({"trnm": realtime.PUSH_TRNM, "data": [entry]}))
    assert isinstance(event, realtime.StockTrade)
    assert stream.FRAME_HEAD.startswith(json.dumps({"trnm": realtime.PUSH_TRNM}, separators=(",", ":"))[:-1].encode())
    fixed[0].value.const = "PUSH"
    with pytest.raises(
        ValueError, match=r"the realtime frames' trnm is REAL \(api.yaml\), but pushes fix it otherwise"
    ):
        push_trnm(corpus)


def test_a_reg_of_a_condition_push_names_the_search_of_its_section() -> None:
    """02 and S2 come of a realtime condition search, never of a REG: the refusal says which message brings them."""
    from kiwoom_sdk import ArgumentInvalid
    from kiwoom_sdk._registration import check_types

    for section, push, search in (("domestic", "02", "CNSRREQ"), ("us", "S2", "GCNSRREQ")):
        with pytest.raises(ArgumentInvalid, match=rf"{push} is no REG's: a realtime condition search \({search}"):
            check_types(section, [push])


def test_a_us_realtime_condition_search_yields_typed_s2_events_and_survives_a_reconnect() -> None:
    async def work(live: RealtimeSession) -> tuple[list[realtime.Event], dict[str, Any], list[realtime.Event]]:
        await live.send({"trnm": "GCNSRLST"})
        await live.send({"trnm": "GCNSRREQ", "seq": "1", "search_type": "1"})  # waits for its answer
        held = dict(live.conditions)
        first = await _collect(live, 20.0, until=lambda events: _s2(events) >= 10)
        await live._ws.close()
        # restored: the replay's answers are in (a second replay of the search would be too), then a push again
        again = await _collect(live, 20.0, until=lambda events: _restored(live) and _s2(events[-1:]) == 1)
        return first, held, again

    with running(seed=71, timing=QUICK) as sim:
        first, held, again = _session(sim, work, section="us")
    assert list(held) == ["1"]
    answers = [e for e in first if isinstance(e, realtime.SystemMessage)]
    assert [a.trnm for a in answers[:2]] == ["GCNSRLST", "GCNSRREQ"], answers
    listed = realtime.answer_entries(answers[0])
    assert [entry.seq for entry in listed][:2] == ["0", "1"]
    found = realtime.UsConditionSearchRow.rows(answers[1])  # the codes it finds now, typed as usa20281's rows
    assert found and all(row.item_code and isinstance(row.stex_tp, codes.UsExchange) for row in found)
    assert [type(row) for row in realtime.answer_rows(answers[1])] == [realtime.UsConditionSearchRow] * len(found)
    pushed = [e for e in first if isinstance(e, realtime.RealtimeEvent)]
    assert pushed and all(isinstance(e, realtime.UsConditionSearchRealtime) for e in pushed)
    for event in pushed:
        assert isinstance(event, realtime.UsConditionSearchRealtime)
        assert event.serial_no == "1" and event.item_code == event.item
        assert isinstance(event.insert_delete_type, codes.ConditionInsertDelete)
        assert isinstance(event.trade_time, datetime.time) and isinstance(event.side, codes.SellBuy)
    assert {row.item_code for row in found} >= {e.item for e in pushed}
    replayed = [e for e in again if isinstance(e, realtime.SystemMessage) and e.trnm == "GCNSRREQ"]
    assert [str(e.body.get("seq")).strip() for e in replayed] == ["1"]  # the search, sent again on the new connection
    assert any(isinstance(e, realtime.UsConditionSearchRealtime) for e in again)


def test_a_cleared_us_search_is_not_replayed_and_a_refused_one_raises() -> None:
    async def work(live: RealtimeSession) -> tuple[str, dict[str, Any], list[str]]:
        try:
            await live.send({"trnm": "GCNSRREQ", "seq": "99", "search_type": "1"})
            refusal = "accepted"
        except errors.InputFormatInvalid as error:
            refusal = str(error)
        await live.send({"trnm": "GCNSRREQ", "seq": "2", "search_type": "1"})
        await live.send({"trnm": "GCNSRCLR", "seq": "2"})
        await _collect(live, 20.0, until=lambda events: _answers(events, "GCNSRCLR") == 1)  # the clear is done
        held = dict(live.conditions)
        await live._ws.close()
        await until(lambda: _restored(live))  # and so its replay, had it any, answered (events or none)
        events = await _collect(live, 0.2)  # what came meanwhile, queued
        return refusal, held, [e.trnm for e in events if isinstance(e, realtime.SystemMessage)]

    with running(seed=72, timing=QUICK) as sim:
        refusal, held, after = _session(sim, work, section="us")
    assert "no condition '99'" in refusal, refusal
    assert held == {}
    assert "GCNSRREQ" not in after


def test_the_simulators_us_push_reads_as_the_guide_writes_it() -> None:
    """On the US path: the answer pads seq as the guide's does, its rows are {jmcode, stex_tp}, each REAL entry is
    {type S2, name, item, stexTp, values} with the FIDs of the spec's push."""
    import websockets

    async def main(sim: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        async with AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url) as client:
            token = await client.token()
        async with websockets.connect(sim.ws_url + "/api/us/websocket") as ws:
            await ws.send(json.dumps({"trnm": "LOGIN", "token": token}))
            await ws.recv()
            await ws.send(json.dumps({"trnm": "GCNSRREQ", "seq": "3", "search_type": "1"}))
            answer, push = None, None
            while answer is None or push is None:
                frame = await ws.recv()
                body = json.loads(frame)
                if body.get("trnm") == "PING":
                    await ws.send(frame)  # or the simulator closes the session
                elif body.get("trnm") == "GCNSRREQ":
                    answer = body
                elif body.get("trnm") == "REAL":
                    push = body
            return answer, push

    with running(seed=73, timing=QUICK) as sim:
        answer, push = asyncio.run(main(sim))
    assert answer["seq"] == "3".ljust(realtime.SEQ_LENGTH) and answer["return_code"] == 0
    assert answer["data"] and all(sorted(row) == ["jmcode", "stex_tp"] for row in answer["data"])
    entry = push["data"][0]
    assert sorted(entry) == ["item", "name", "stexTp", "type", "values"] and entry["type"] == "S2"
    assert entry["stexTp"] in {member.value for member in codes.UsExchange}
    assert sorted(entry["values"]) == sorted(realtime.UsConditionSearchRealtime.FIDS)
    (event,) = realtime.decode(json.dumps({"trnm": "REAL", "data": [entry]}))
    assert isinstance(event, realtime.UsConditionSearchRealtime) and event.serial_no == "3"


@pytest.mark.parametrize("trnm", ["GCNSRLST", "GCNSRREQ", "GCNSRCLR"])
def test_a_us_condition_message_on_the_domestic_path_is_unknown(trnm: str) -> None:
    async def work(live: RealtimeSession) -> list[realtime.Event]:
        await live.send({"trnm": trnm, "seq": "1", "search_type": "0"})
        events = await _collect(live, 20.0, until=lambda events: _answers(events, trnm) >= 1)
        return events + await _collect(live, 0.3)  # and no second answer

    async def main(sim: Any) -> list[realtime.Event]:
        async with (
            AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url) as client,
            client.realtime("domestic") as live,
        ):
            return await work(live)

    with running(seed=74, timing=QUICK) as sim:
        events = asyncio.run(main(sim))
    (answer,) = [e for e in events if isinstance(e, realtime.SystemMessage) and e.trnm == trnm]
    assert answer.return_code == 1517 and "unknown trnm" in str(answer.return_msg)


def test_the_simulators_us_entries_name_their_items_exchange() -> None:
    """As the guide's F4 table and FE / FT examples write a US entry: the item's exchange beside it (stexTp), the one
    its REG named; the session's events keep it."""

    async def work(live: RealtimeSession) -> list[realtime.Event]:
        await live.register([("AAPL", "ND"), "NY:KO"], ["FE", "FT"])
        # each of the four pairs, among a run of entries (an entry of another exchange would be among them)
        return await _collect(live, 20.0, until=lambda events: len(_us_entries(events)) == 4 and len(events) >= 20)

    with running(seed=75, timing=QUICK) as sim:
        events = _session(sim, work, section="us")
    seen = _us_entries(events)
    assert seen == {(t, code, exchange) for t in ("FE", "FT") for code, exchange in (("AAPL", "ND"), ("KO", "NY"))}
