"""The simulator's WebSocket frames against asyncapi.yaml: a session on each endpoint logs in, registers every
realtime type of its section, runs the condition searches and removes its registrations; every frame the
simulator sends is validated (AsyncAPI's draft-07 schema dialect) against the message it is."""

from __future__ import annotations

import asyncio
import functools
import json
from collections import Counter
from typing import Any

import httpx
import jsonschema
import websockets
import yaml
from kiwoom_sdk import realtime
from kiwoom_sdk._session import _reg as _session_reg
from kiwoom_sdk._session import registration as _session_registration
from kiwoom_sdk.realtime import UsItem
from kiwoom_sdk.sim import Simulator, Timing, running

from tests.conftest import ROOT

EVENTS = yaml.load((ROOT / "generated/asyncapi.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
MESSAGES = EVENTS["components"]["messages"]
REAL = {m["x-kiwoom-realtime-type"]: name for name, m in MESSAGES.items() if "x-kiwoom-realtime-type" in m}  # by type
ITEMS: dict[str, Any] = {
    "domestic": "005930",
    "us": {"jmcode": "AAPL", "stex_tp": "ND"},
}  # a US item: code and exchange
ACCOUNT_TYPES = {"00", "04"}  # registered with an empty item (the US account types F4 / F5 name an item)
# What answers each request, by the trnm the simulator answers with.
ANSWERS = {"LOGIN": "loginAnswer", "REG": "regAnswer", "REMOVE": "removeAnswer", "PING": "ping", "SYSTEM": "system"}
CONDITION_ANSWERS = {
    "CNSRLST": ["ka10171Answer"],
    "CNSRREQ": ["ka10172Answer", "ka10173Answer"],
    "CNSRCLR": ["ka10174Answer"],
    "GCNSRLST": ["usa20280Answer"],
    "GCNSRREQ": ["usa20281Answer", "usa20290Answer"],
    "GCNSRCLR": ["usa20291Answer"],
}


@functools.cache
def _validator(message: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator({**MESSAGES[message]["payload"], "components": EVENTS["components"]})


def _check(payload: Any, message: str) -> list[str]:
    return [f"{message}: {e.message}" for e in _validator(message).iter_errors(payload)]


def _problems(frame: dict[str, Any]) -> list[str]:
    """Why a frame fits none of the messages it could be ([] when it fits)."""
    trnm = frame.get("trnm")
    if trnm == "REAL":
        # the whole frame, which may carry entries of several types, fits the message of each of its types
        return [p for kind in sorted({entry["type"] for entry in frame["data"]}) for p in _check(frame, REAL[kind])]
    if frame.get("return_code") not in (0, None):
        return _check(frame, "error")
    candidates = [ANSWERS[trnm]] if trnm in ANSWERS else CONDITION_ANSWERS[str(trnm)]
    tried = [_check(frame, name) for name in candidates]
    return [] if any(not problems for problems in tried) else [p for problems in tried for p in problems]


def _request_problems(request: dict[str, Any], section: str) -> list[str]:
    """Why a request sent on an endpoint fits none of the messages the document says it may send there."""
    operations = [
        op for key, op in EVENTS["operations"].items() if key.startswith(f"{section}.") and op["action"] == "send"
    ]
    names = [ref["$ref"].rsplit("/", 1)[1] for op in operations for ref in op["messages"]]
    candidates = [n for n in names if MESSAGES[n]["payload"]["properties"]["trnm"].get("const") == request["trnm"]]
    tried = [_check(request, name) for name in candidates]
    if any(not problems for problems in tried):
        return []
    return [f"{request['trnm']}: no message fits", *(problem for problems in tried for problem in problems)]


def _types(section: str) -> list[str]:
    return sorted(kind for kind, name in REAL.items() if name in EVENTS["channels"][section]["messages"])


# The REAL types each section's session must have streamed (its market data and its condition search's push).
WANTED_TYPES = {"domestic": {"0B", "0D", "02"}, "us": {"FE", "FT", "S2"}}
SENT: list[tuple[str, dict[str, Any]]] = []  # (section, request) of every request the sessions sent


async def _session(sim: Simulator, token: str, section: str) -> list[dict[str, Any]]:
    condition = realtime.CONDITION_SEARCHES[section]
    types = [t for t in _types(section) if t != condition.push]  # 02 / S2: the pushes of a realtime condition search
    registrations = [
        {"item": [ITEMS[section]], "type": [t for t in types if t not in ACCOUNT_TYPES]},
        {"item": [""], "type": [t for t in types if t in ACCOUNT_TYPES]},
    ]
    registrations = [entry for entry in registrations if entry["type"]]
    requests: list[dict[str, Any]] = [
        {"trnm": "REG", "grp_no": "1", "refresh": "1", "data": registrations},
    ]
    exchange = {"stex_tp": "K"} if section == "domestic" else {}  # a domestic search names its exchange
    requests += [
        {"trnm": condition.listing},
        {"trnm": condition.search, "seq": "1", "search_type": "0", **exchange},
        {"trnm": condition.search, "seq": "2", "search_type": "1", **exchange},
    ]
    path = EVENTS["channels"][section]["address"]
    frames: list[dict[str, Any]] = []
    async with websockets.connect(sim.ws_url + path, max_size=1 << 24, max_queue=None) as ws:
        await ws.send(json.dumps({"trnm": "LOGIN", "token": token}))
        for request in requests:
            await ws.send(json.dumps(request))
        # a second of the session at least, and on until what the test asserts of it has come (a loaded machine
        # streams less in a second)
        loop = asyncio.get_running_loop()
        deadline, cap = loop.time() + 1.0, loop.time() + 30.0
        wanted = {"LOGIN", "REG", "PING", condition.listing, condition.search, *WANTED_TYPES[section]}
        while loop.time() < deadline or (wanted and loop.time() < cap):
            frame = json.loads(await asyncio.wait_for(ws.recv(), 15))  # generous: a loaded machine is slow, not wrong
            frames.append(frame)
            wanted -= {frame["trnm"], *(entry["type"] for entry in frame.get("data") or () if frame["trnm"] == "REAL")}
            if frame["trnm"] == "PING":
                await ws.send(json.dumps(frame))
        closing: list[dict[str, Any]] = [
            {"trnm": "REMOVE", "grp_no": "1", "data": registrations},
            {"trnm": condition.clear, "seq": "2"},
        ]
        for request in closing:
            await ws.send(json.dumps(request))
        SENT.extend((section, request) for request in [{"trnm": "LOGIN", "token": token}, *requests, *closing])
        while frames[-1]["trnm"] != closing[-1]["trnm"]:
            frames.append(json.loads(await asyncio.wait_for(ws.recv(), 15)))
    return frames


def test_the_sessions_reg_and_remove_keep_the_asyncapi_document() -> None:
    """What `RealtimeSession.register` / `remove` send, for either section and the three ways to write a US item."""
    us = _session_registration("us", [UsItem("AAPL", "ND"), ("MSFT", "ND"), "NY:BRK.B"], ["FE"])
    domestic = _session_registration("domestic", ["005930", "005930_NX"], ["0B"])
    account = _session_registration("domestic", [], ["00", "04"])
    for section, (items, types) in (("domestic", domestic), ("domestic", account), ("us", us)):
        reg = _session_reg("1", items, types, True)
        remove = {"trnm": "REMOVE", "grp_no": "1", "data": reg["data"]}
        assert _request_problems(reg, section) == [] and _request_problems(remove, section) == [], (section, reg)


def test_the_simulators_frames_keep_the_asyncapi_document() -> None:
    timing = Timing(ping_interval=0.5, stream_interval=0.05)
    with running(seed=15, env="real", timing=timing) as sim:
        appkey, secretkey = sim.keys
        body = {"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey}
        token = httpx.post(sim.url + "/oauth2/token", json=body, headers={"api-id": "au10001"}).json()["token"]
        frames = [frame for section in ITEMS for frame in asyncio.run(_session(sim, token, section))]
    assert [p for frame in frames for p in _problems(frame)] == []
    # what the sessions sent is what the document says a client sends (a REMOVE carries no refresh)
    assert {trnm for _, request in SENT for trnm in [request["trnm"]]} >= {
        "LOGIN",
        "REG",
        "REMOVE",
        "CNSRREQ",
        "GCNSRREQ",
    }
    assert [p for section, request in SENT for p in _request_problems(request, section)] == []
    assert _request_problems({"trnm": "REG", "grp_no": "1", "data": []}, "domestic")  # REG needs its refresh
    us_plain = {"trnm": "REG", "grp_no": "1", "refresh": "1", "data": [{"item": ["AAPL"], "type": ["FE"]}]}
    assert _request_problems(us_plain, "us")  # a US item without its exchange
    seen = Counter(frame["trnm"] for frame in frames)
    conditions = {"CNSRLST", "CNSRREQ", "CNSRCLR", "GCNSRLST", "GCNSRREQ", "GCNSRCLR"}
    assert {"LOGIN", "REG", "REMOVE", "PING", "REAL", *conditions} <= set(seen)
    types = {entry["type"] for frame in frames if frame["trnm"] == "REAL" for entry in frame["data"]}
    assert set().union(*WANTED_TYPES.values()) <= types, types
