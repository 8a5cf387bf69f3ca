"""The simulator's WebSocket side: LOGIN, PING that must be echoed, REG / REMOVE with groups and
refresh, REAL frames with kind-correct values for registered items, account pushes, condition
search (CNSRLST / CNSRREQ / CNSRCLR), and the faults that drop sessions or break frames."""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from . import synth
from .faults import chance
from .rest import STATE, KiwoomAnswer, check_token
from .state import State

ACCOUNT_TYPES = ("00", "04")  # pushed by the account, not streamed
CONDITION_TYPE = "02"  # REAL entries of a realtime condition search
SUFFIXES = ("_NX", "_AL")  # NXT and SOR items; the mock server serves KRX only


@dataclass
class Timing:
    ping_interval: float = 20.0  # seconds between PINGs
    ping_timeout: float = 10.0  # close the session when a PING is not echoed this soon
    stream_interval: float = 0.5  # seconds between REAL frames
    entries_per_frame: int = 1  # REAL entries per registered (type, item) in each frame


@dataclass(eq=False)  # sessions are kept in a set, by identity
class Session:
    ws: web.WebSocketResponse
    state: State
    section: str
    timing: Timing
    logged_in: bool = False
    groups: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    conditions: set[str] = field(default_factory=set)
    outbox: asyncio.Queue[str] = field(default_factory=lambda: asyncio.Queue(maxsize=10000))
    frames_sent: int = 0
    dropped: int = 0
    last_echo: float = field(default_factory=time.monotonic)
    ping_sent: float | None = None

    def wants(self, type_id: str) -> bool:
        return self.logged_in and any(type_id == t for group in self.groups.values() for t, _ in group)

    def send(self, message: dict[str, Any]) -> None:
        self.send_text(json.dumps(message, ensure_ascii=False))

    def send_text(self, text: str) -> None:
        try:
            self.outbox.put_nowait(text)
        except asyncio.QueueFull:
            self.dropped += 1  # a client that does not read loses frames, the server keeps its memory

    def subscriptions(self) -> list[tuple[str, str]]:
        return sorted({pair for group in self.groups.values() for pair in group if pair[0] not in ACCOUNT_TYPES})


async def handle(request: web.Request) -> web.WebSocketResponse:
    state = request.app[STATE]
    timing: Timing = request.app[TIMING]
    section = next(s for s, path in state.catalog.websocket_paths.items() if path == request.path)
    ws = web.WebSocketResponse(max_msg_size=1 << 20)
    await ws.prepare(request)
    session = Session(ws, state, section, timing)
    state.sessions.add(session)
    tasks = [asyncio.create_task(job(session)) for job in (_writer, _pinger, _streamer, _dropper)]
    try:
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            if not await _receive(session, message.data):
                break
    finally:
        state.sessions.discard(session)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await ws.close()
    return ws


TIMING: web.AppKey[Timing] = web.AppKey("timing", Timing)


def _error(trnm: str, code: int, message: str) -> dict[str, Any]:
    return {"trnm": trnm, "return_code": code, "return_msg": message}


async def _receive(session: Session, text: str) -> bool:
    """Handle one client message; False ends the session."""
    catalog = session.state.catalog
    try:
        message = json.loads(text)
    except ValueError:
        session.send(_error("SYSTEM", 1517, catalog.message(1517) + " (not JSON)"))
        return True
    trnm = str(message.get("trnm", "")) if isinstance(message, dict) else ""
    if trnm == "LOGIN":
        try:
            check_token(session.state, str(message.get("token", "")))
        except KiwoomAnswer as refused:
            session.send(_error("LOGIN", refused.code, refused.message))
            await _flush(session)
            return False
        session.logged_in = True
        session.send(_error("LOGIN", 0, ""))
        return True
    if not session.logged_in:
        session.send(_error(trnm or "SYSTEM", 8005, "LOGIN first: " + catalog.message(8005)))
        await _flush(session)
        return False
    if trnm == "PING":
        session.last_echo = time.monotonic()
        session.ping_sent = None
        return True
    handler = HANDLERS.get(trnm)
    if handler is None:
        session.send(_error(trnm or "SYSTEM", 1517, f"{catalog.message(1517)} (unknown trnm {trnm!r})"))
    else:
        handler(session, message)
    return True


async def _flush(session: Session) -> None:
    while not session.outbox.empty():
        await session.ws.send_str(session.outbox.get_nowait())


def _register(session: Session, message: dict[str, Any]) -> None:
    group = str(message.get("grp_no", "1"))
    pairs: set[tuple[str, str]] = set()
    for entry in message.get("data") or []:
        items = entry.get("item") or [""] if isinstance(entry, dict) else [""]
        types = entry.get("type") or [] if isinstance(entry, dict) else []
        pairs |= {(str(t), str(i)) for t in types for i in items}
    unknown = sorted({t for t, _ in pairs if t not in session.state.catalog.realtime})
    if unknown or not pairs:
        session.send(_error("REG", 1517, f"unknown realtime types {unknown}" if unknown else "nothing to register"))
        return
    if session.state.env == "mock" and any(item.endswith(SUFFIXES) for _, item in pairs):
        session.send(_error("REG", 8104, "모의투자는 KRX만 지원합니다 (no _NX / _AL items on the mock server)"))
        return
    if str(message.get("refresh", "1")) == "0":
        session.groups[group] = pairs
    else:
        session.groups.setdefault(group, set()).update(pairs)
    session.send(_error("REG", 0, ""))


def _remove(session: Session, message: dict[str, Any]) -> None:
    group = str(message.get("grp_no", "1"))
    current = session.groups.get(group, set())
    for entry in message.get("data") or []:
        if isinstance(entry, dict):
            items, types = entry.get("item") or [""], entry.get("type") or []
            current -= {(str(t), str(i)) for t in types for i in items}
    if not message.get("data"):
        current.clear()
    session.send(_error("REMOVE", 0, ""))


def _conditions(session: Session, message: dict[str, Any]) -> None:
    session.send(session.state.catalog.conditions)


def _condition_search(session: Session, message: dict[str, Any]) -> None:
    seq = str(message.get("seq", "")).strip()
    listed = {str(row[0]) for row in session.state.catalog.conditions.get("data", [])}
    if seq not in listed:
        session.send(_error("CNSRREQ", 1517, f"no condition {seq!r}"))
        return
    rng = random.Random(f"{session.state.seed}:condition:{seq}")
    codes = rng.sample(["005930", "000660", "035420", "035720", "005380", "051910", "006400"], 4)
    answer: dict[str, Any] = {"trnm": "CNSRREQ", "seq": seq, "return_code": 0, "return_msg": ""}
    if str(message.get("search_type", "0")) == "1":
        session.conditions.add(seq)
        session.send({**answer, "data": [{"jmcode": f"A{code}"} for code in codes]})
        return
    fids = session.state.catalog.realtime["ka10172"]["fids"]
    rows = [{**_values(fids, rng, session.state, code), "9001": f"A{code}"} for code in codes]
    session.send({**answer, "cont_yn": "N", "next_key": "", "data": rows})


def _condition_clear(session: Session, message: dict[str, Any]) -> None:
    seq = str(message.get("seq", "")).strip()
    session.conditions.discard(seq)
    session.send({"trnm": "CNSRCLR", "seq": seq, "return_code": 0, "return_msg": ""})


HANDLERS = {
    "REG": _register,
    "REMOVE": _remove,
    "CNSRLST": _conditions,
    "CNSRREQ": _condition_search,
    "CNSRCLR": _condition_clear,
}


def _values(fids: list[list[Any]], rng: random.Random, state: State, item: str) -> dict[str, str]:
    code = item.split("_")[0]
    price = state.market.price(code) if code else None
    numeric = int(price) if isinstance(price, int) else None
    return {str(fid): synth.fid_value(kind, codes, rng, numeric) for fid, kind, codes in fids}


def real_entries(session: Session, rng: random.Random) -> list[dict[str, Any]]:
    """One REAL entry per registered (type, item), after moving the market."""
    state = session.state
    entries = []
    moved: set[str] = set()
    for type_id, item in session.subscriptions():
        code = item.split("_")[0]
        if code and code not in moved:
            state.market.step(code)
            state.account.on_price(code)
            moved.add(code)
        spec = state.catalog.realtime[type_id]
        for _ in range(session.timing.entries_per_frame):
            values = _values(spec["fids"], rng, state, item)
            entries.append({"type": type_id, "name": spec["name"], "item": item, "values": values})
    for seq in sorted(session.conditions):
        code = rng.choice(["005930", "000660", "035420"])
        values = {"841": seq, "9001": code, "843": rng.choice("ID"), "20": time.strftime("%H%M%S"), "907": "2"}
        entries.append({"type": CONDITION_TYPE, "name": "조건검색", "item": code, "values": values})
    return entries


async def _streamer(session: Session) -> None:
    rng = random.Random(f"{session.state.seed}:stream:{id(session)}")
    while True:
        await asyncio.sleep(session.timing.stream_interval)
        if not session.logged_in:
            continue
        entries = real_entries(session, rng)
        if not entries:
            continue
        if chance(rng, session.state.faults.malformed_fraction):
            session.send_text('{"trnm": "REAL", "data": [{"type": ')  # a frame cut short
        else:
            session.send({"trnm": "REAL", "data": entries})


async def _writer(session: Session) -> None:
    limit = session.state.faults.ws_drop_after_frames
    while True:
        text = await session.outbox.get()
        await session.ws.send_str(text)
        session.frames_sent += 1
        if limit is not None and session.frames_sent >= limit:
            await session.ws.close(message=b"dropped by the simulator (fault injection)")
            return


async def _pinger(session: Session) -> None:
    while True:
        await asyncio.sleep(min(session.timing.ping_interval, session.timing.ping_timeout) / 2)
        now = time.monotonic()
        if session.ping_sent is not None and now - session.ping_sent > session.timing.ping_timeout:
            await session.ws.close(message=b"PING not echoed")
            return
        if session.ping_sent is None and now - session.last_echo >= session.timing.ping_interval:
            session.ping_sent = now
            session.send({"trnm": "PING"})


async def _dropper(session: Session) -> None:
    every = session.state.faults.ws_drop_every_seconds
    if every is None:
        return
    await asyncio.sleep(every)
    await session.ws.close(message=b"dropped by the simulator (fault injection)")
