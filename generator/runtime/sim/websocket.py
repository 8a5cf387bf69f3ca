"""The simulator's WebSocket side: LOGIN, PING that must be echoed, REG / REMOVE with groups and
refresh, REAL frames with kind-correct values for registered items, account pushes, condition
search (domestic CNSRLST / CNSRREQ / CNSRCLR with 02 pushes, US GCNSRLST / GCNSRREQ / GCNSRCLR with S2
pushes: `realtime.CONDITION_SEARCHES`), and the faults that drop sessions, break frames, leave LOGIN
unanswered or stall a feed with its socket open."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import WSMsgType, web

from .._digits import ascii_digits
from .._exceptions import ArgumentInvalid
from .._protocol import ITEM_SUFFIXES
from .._registration import check_codes, check_group, check_types
from ..errors import SessionTakenOver
from ..realtime import CONDITION_SEARCHES, PUSH_TRNM, REGISTRATION, SEQ_LENGTH, SESSION_TRNMS
from . import stream, synth
from .faults import chance
from .rest import STATE, KiwoomAnswer, check_token, error_response, invalid
from .state import Catalog, State
from .timing import Timing

ACCOUNT_TYPES = ("00", "04")  # pushed by the account, not streamed
SUFFIXES = tuple(ITEM_SUFFIXES)  # NXT and SOR items (_NX, _AL); the mock server serves KRX only
OUTBOX_LIMIT = 10000  # frames queued for a session; past it a client that does not read loses frames
STREAM_BACKLOG = 8  # REAL frames queued before the streamer waits for the writer
IDLE_SECONDS = 0.01  # how often a session with nothing to stream looks again
MALFORMED = f'{{"trnm": "{PUSH_TRNM}", "data": [{{"type": '  # a frame cut short (still valid UTF-8)
BROKEN_ENTRY = ',{"type":"0B","name":"주식체결","item":"005930"}'.encode()  # a REAL entry without its values
CONDITION_ITEMS = 4  # the items a condition search finds
CONDITION_PAGE = 2  # rows of a CNSRREQ answer (search_type 0); the rest follow with cont_yn "Y" and next_key
# the SYSTEM notice to a session whose app key another session logged in with (api.yaml: websocket SYSTEM R10001)
TAKEN_OVER = SessionTakenOver.notice
LOG = logging.getLogger("kiwoom_sdk.sim")


@dataclass(eq=False)  # sessions are kept in a set, by identity
class Session:
    ws: web.WebSocketResponse
    state: State
    section: str
    timing: Timing
    logged_in: bool = False
    groups: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    exchanges: dict[str, str] = field(default_factory=dict)  # a registered US item's exchange, by its code
    conditions: set[str] = field(default_factory=set)  # the seqs of the realtime condition searches
    outbox: asyncio.Queue[str | bytes] = field(default_factory=lambda: asyncio.Queue(maxsize=OUTBOX_LIMIT))
    room: asyncio.Event = field(default_factory=asyncio.Event)  # set while the outbox has room for REAL frames
    streamed: list[stream.Stream] = field(default_factory=list)  # the (type, item) pairs REAL frames carry
    live: dict[str, tuple[bool, bool]] = field(default_factory=dict)  # per market code: (TRADE, BOOK) its types need
    frames_sent: int = 0
    dropped: int = 0
    last_echo: float = field(default_factory=time.monotonic)
    logged_in_at: float | None = None
    ping_sent: float | None = None
    stalled: bool = False  # Faults.ws_stalls / ws_login_silences: nothing more is sent, the socket stays open

    def wants(self, type_id: str) -> bool:
        return self.logged_in and any(type_id == t for group in self.groups.values() for t, _ in group)

    def send(self, message: dict[str, Any]) -> None:
        self.send_text(json.dumps(message, ensure_ascii=False))

    def send_text(self, text: str | bytes) -> None:
        """Queue a frame (bytes are UTF-8 JSON, sent as a text frame like str)."""
        try:
            self.outbox.put_nowait(text)
        except asyncio.QueueFull:
            self.dropped += 1  # a client that does not read loses frames, the server keeps its memory

    def subscriptions(self) -> list[tuple[str, str]]:
        return sorted({pair for group in self.groups.values() for pair in group if pair[0] not in ACCOUNT_TYPES})

    def regrouped(self) -> None:
        """After REG / REMOVE: what REAL frames carry, resolved once rather than on every frame."""
        self.streamed = [
            stream.Stream.of(self.state.pool(t), item, self.exchanges.get(item)) for t, item in self.subscriptions()
        ]
        self.live = {}
        for streamed in self.streamed:
            trades, books = self.live.get(streamed.code, (False, False))
            self.live[streamed.code] = (trades or streamed.pool.trades, books or streamed.pool.books)

    async def wait_for_room(self) -> None:
        """Hold the streamer while the client reads slower than it streams: a tick the client could not
        take is skipped rather than queued, and the streamer does not spin while it waits."""
        while self.outbox.qsize() >= STREAM_BACKLOG:
            self.room.clear()
            await self.room.wait()


async def handle(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    timing: Timing = request.app[TIMING]
    section = next(s for s, path in state.catalog.websocket_paths.items() if path == request.path)
    ws = web.WebSocketResponse(max_msg_size=1 << 20, compress=timing.deflate)
    if not ws.can_prepare(request).ok:  # a plain GET: answer like the REST side, not with aiohttp's text
        return error_response(invalid(state, "Upgrade", "this URL serves WebSocket sessions only"), state.catalog)
    await ws.prepare(request)
    session = Session(ws, state, section, timing)
    state.sessions.add(session)
    jobs = (_writer, _pinger, _streamer, _dropper, _notifier, _staller)
    tasks = [asyncio.create_task(job(session)) for job in jobs]
    try:
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            if not await _guarded(session, message.data):
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


async def _guarded(session: Session, text: str) -> bool:
    """`_receive`, with a client message the handlers did not foresee answered with 1999 instead of
    ending the session with a traceback: whatever a client sends, the server keeps serving."""
    try:
        return await _receive(session, text)
    except Exception as error:
        LOG.exception("simulator: unexpected error on a WebSocket message")
        session.send(_error(SESSION_TRNMS.system, 1999, session.state.catalog.message(1999, type(error).__name__)))
        return True


async def _receive(session: Session, text: str) -> bool:
    """Handle one client message; False ends the session."""
    catalog = session.state.catalog
    try:
        message = json.loads(text)
    except (ValueError, RecursionError):
        session.send(_error(SESSION_TRNMS.system, 1517, catalog.message(1517, "message", "not JSON")))
        return True
    trnm = str(message.get("trnm", "")) if isinstance(message, dict) else ""
    if trnm == SESSION_TRNMS.login:
        if session.state.faults.ws_login_silences > 0:  # a server that hangs: no answer, no PING, no close
            session.state.faults.ws_login_silences -= 1
            session.stalled = True
            return True
        try:
            _check_login(session.state, str(message.get("token", "")))
        except KiwoomAnswer as refused:
            session.send(_login_refusal(catalog, refused))
            await _flush(session)
            return False
        await _take_over(session)
        session.logged_in = True
        session.logged_in_at = time.monotonic()
        session.send(dict(catalog.websocket["login_answer"]))
        return True
    if not session.logged_in:
        session.send(_error(trnm or SESSION_TRNMS.system, 8005, "LOGIN first: " + catalog.message(8005)))
        await _flush(session)
        return False
    if trnm == SESSION_TRNMS.ping:
        session.last_echo = time.monotonic()
        session.ping_sent = None
        return True
    handler = HANDLERS.get(trnm) or _condition_handler(session.section, trnm)
    if handler is None:
        session.send(
            _error(trnm or SESSION_TRNMS.system, 1517, catalog.message(1517, "trnm", f"unknown trnm {trnm!r}"))
        )
        return True
    try:
        handler(session, message)
    except KiwoomAnswer as refused:
        session.send(_error(trnm, refused.code, refused.message))
    return True


def _check_login(state: State, token: str) -> None:
    if state.faults.ws_login_refusals > 0:
        state.faults.ws_login_refusals -= 1
        raise KiwoomAnswer(8005, state.catalog.message(8005))
    check_token(state, token)


def _login_refusal(catalog: Catalog, refused: KiwoomAnswer) -> dict[str, Any]:
    """A refused LOGIN as the server sends one: its own return_code, the guide's code inside return_msg."""
    form = dict(catalog.websocket["login_refusal"])
    form["return_msg"] = str(form["return_msg"]).format(code=refused.code, message=refused.message)
    return form


async def _take_over(session: Session) -> None:
    """A LOGIN with an app key that another session holds takes it over: the other session is told
    (SYSTEM R10001) and closed. The simulator serves one app key per environment."""
    notice = {
        "trnm": SESSION_TRNMS.system,
        "code": TAKEN_OVER,
        "message": session.state.catalog.websocket["notices"][TAKEN_OVER],
    }
    for other in [s for s in session.state.sessions if s is not session and s.logged_in]:
        other.logged_in = False
        other.send(notice)
        with contextlib.suppress(ConnectionError):  # that client may be gone already
            await _flush(other)
            await other.ws.close(message=b"taken over by another session with the same app key")


async def _flush(session: Session) -> None:
    while not session.outbox.empty():
        await _send(session.ws, session.outbox.get_nowait())


async def _send(ws: web.WebSocketResponse, message: str | bytes) -> None:
    """A text frame either way: REAL frames are built as UTF-8 bytes, the other answers as str."""
    if isinstance(message, bytes):
        await ws.send_frame(message, WSMsgType.TEXT)
    else:
        await ws.send_str(message)


def _pairs(state: State, message: dict[str, Any], section: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    """The (type, item) pairs of a REG / REMOVE: `data` is a list of {"item": [...], "type": [...]}, each item as
    the section's REG request writes it (`_item`); an item streams as its code. And the exchange of each US item,
    by its code."""
    data = message.get("data") or []
    if not isinstance(data, list) or not all(isinstance(entry, dict) for entry in data):
        raise invalid(state, "data", "a list of objects with item and type lists")
    form = next(rt["item"] for rt in state.catalog.realtime.values() if rt["section"] == section and rt["item"])
    pairs: set[tuple[str, str]] = set()
    exchanges: dict[str, str] = {}
    for entry in data:
        items, types = entry.get("item") or [""], entry.get("type") or []
        if not isinstance(types, list) or not all(isinstance(value, str) for value in types):
            raise invalid(state, "type", "a list of strings")
        if not isinstance(items, list):
            raise invalid(state, "item", "a list")
        read = [_item(state, form, item) for item in items]
        codes = [code for code, _ in read]
        exchanges.update((code, exchange) for code, exchange in read if exchange)
        try:  # the client's rule: types of this section only, domestic items of a plausible shape
            types = check_types(section, types)
            if section == "domestic":
                codes = check_codes(types, codes)
        except ArgumentInvalid as refused:
            raise invalid(state, refused.argument, str(refused)) from None
        pairs |= {(type_id, code) for type_id in types for code in codes}
    return pairs, exchanges


def _item(state: State, form: dict[str, Any], item: Any) -> tuple[str, str | None]:
    """The code of one item of a REG / REMOVE, as the REG request's `item` field (`form`) writes it: a string, or
    an object of its fields (US items: {"jmcode": code, "stex_tp": exchange}), whose first field is the code and
    whose coded fields hold one of their codes ("" is a domestic account type's item; a US one names an item too,
    as the guide's F4 / F5 example does); and its exchange, the value of its coded field (None for a string)."""
    members = form.get("fields")
    if not members and isinstance(item, str):
        return item, None
    if not members:
        raise invalid(state, "item", "a list of strings")
    names = [member["name"] for member in members]
    if not isinstance(item, dict) or sorted(item) != sorted(names):
        raise invalid(state, "item", f"objects of {', '.join(names)}")
    for member in members:
        value = item[member["name"]]
        if not isinstance(value, str) or not value.strip() or value not in member.get("codes", [value]):
            raise invalid(
                state, member["name"], f"one of {', '.join(member['codes'])}" if "codes" in member else "a code"
            )
    exchange = next((str(item[member["name"]]) for member in members[1:] if "codes" in member), None)
    return str(item[names[0]]), exchange


def _group(state: State, message: dict[str, Any]) -> str:
    """The grp_no of a REG / REMOVE, by the client's rule (1517 naming grp_no otherwise)."""
    try:
        return check_group(message.get("grp_no"))
    except ArgumentInvalid as refused:
        raise invalid(state, refused.argument, str(refused)) from None


def _register(session: Session, message: dict[str, Any]) -> None:
    group = _group(session.state, message)
    pairs, exchanges = _pairs(session.state, message, session.section)
    if session.state.faults.ws_reg_refusals > 0:  # the guide: return_code "0:정상, 1:오류"
        session.state.faults.ws_reg_refusals -= 1
        session.send(
            _error(REGISTRATION.register, 1, "실시간 등록 오류 (refused by the simulator: Faults.ws_reg_refusals)")
        )
        return
    unknown = sorted({t for t, _ in pairs if t not in session.state.catalog.realtime})
    if unknown or not pairs:
        reason = f"unknown realtime types {unknown}" if unknown else "nothing to register"
        session.send(_error(REGISTRATION.register, 1517, session.state.catalog.message(1517, "type", reason)))
        return
    if session.state.env == "mock" and any(item.endswith(SUFFIXES) for _, item in pairs):
        session.send(
            _error(REGISTRATION.register, 8104, "모의투자는 KRX만 지원합니다 (no _NX / _AL items on the mock server)")
        )
        return
    session.exchanges.update(exchanges)
    if str(message.get("refresh", REGISTRATION.keep)) == REGISTRATION.replace:
        session.groups[group] = pairs
    else:
        session.groups.setdefault(group, set()).update(pairs)
    session.regrouped()
    session.send(_error(REGISTRATION.register, 0, ""))


def _remove(session: Session, message: dict[str, Any]) -> None:
    group = _group(session.state, message)
    pairs, _ = _pairs(session.state, message, session.section)
    current = session.groups.get(group, set())
    if message.get("data"):
        current -= pairs
    else:
        current.clear()  # a REMOVE without data empties the group
    session.regrouped()
    session.send(_error(REGISTRATION.remove, 0, ""))


@dataclass(frozen=True)
class Found:
    """An item a condition search finds: its code as pushes and REG write it, as a search's answer writes it (a
    domestic stock with its market letter: ka10172's "A005930"), and a US item's exchange (codes.UsExchange)."""

    code: str
    answered: str
    exchange: str | None = None


FOUND = {  # per section, the items condition searches find (CONDITION_ITEMS of them, drawn per condition)
    "domestic": [
        Found(code, f"A{code}") for code in ("005930", "000660", "035420", "035720", "005380", "051910", "006400")
    ],
    "us": [
        Found(code, code, exchange)
        for code, exchange in (
            ("AAPL", "ND"),
            ("NVDA", "ND"),
            ("COIN", "ND"),
            ("SOFI", "ND"),
            ("KO", "NY"),
            ("SPY", "NA"),
        )
    ],
}


def _conditions(session: Session, message: dict[str, Any]) -> None:
    session.send(session.state.catalog.conditions[session.section]["list"])


def _found(session: Session, seq: str) -> tuple[Found, ...]:
    """The items condition `seq` finds, the same for a seed."""
    return _drawn(session.state.seed, session.section, seq)


@functools.cache  # asked again for every push of a realtime search
def _drawn(seed: int, section: str, seq: str) -> tuple[Found, ...]:
    rng = random.Random(f"{seed}:condition:{section}:{seq}")
    return tuple(rng.sample(FOUND[section], CONDITION_ITEMS))


def _condition_search(session: Session, message: dict[str, Any]) -> None:
    trnm = str(message["trnm"])
    seq = str(message.get("seq", "")).strip()
    conditions = session.state.catalog.conditions[session.section]
    listed = {str(row[0]) for row in (conditions["list"] or {}).get("data", [])}
    if seq not in listed:
        session.send(_error(trnm, 1517, session.state.catalog.message(1517, "seq", f"no condition {seq!r}")))
        return
    rng = random.Random(f"{session.state.seed}:condition:{session.section}:{seq}:values")
    found = _found(session, seq)
    # the guide's answer pads seq to the field's length ("2  "): a client matches it as a number, not as sent
    answer: dict[str, Any] = {"trnm": trnm, "seq": seq.ljust(SEQ_LENGTH), "return_code": 0, "return_msg": ""}
    if str(message.get("search_type", "")) == CONDITION_SEARCHES[session.section].search_type_realtime:
        session.conditions.add(seq)
        session.send({**answer, "data": [_exchange({"jmcode": item.answered}, item) for item in found]})
        return
    fids = conditions["rows"]
    rows = [_exchange({**_values(fids, rng, session, item.code), "9001": item.answered}, item) for item in found]
    key = str(message.get("next_key") or "").strip()
    search = CONDITION_SEARCHES[session.section]
    start = int(key) if str(message.get("cont_yn")) == search.next_page and ascii_digits(key) else 0
    end = start + CONDITION_PAGE
    more = end < len(rows)
    cont_yn = search.next_page if more else search.last_page
    page = {"cont_yn": cont_yn, "next_key": str(end) if more else "", "data": rows[start:end]}
    session.send({**answer, **page})


def _exchange(row: dict[str, Any], item: Found, key: str = "stex_tp") -> dict[str, Any]:
    """A row of an answer (a push's entry: key stexTp), with a US item's exchange as the guide's examples write it."""
    return {**row, key: item.exchange} if item.exchange else row


def _condition_clear(session: Session, message: dict[str, Any]) -> None:
    seq = str(message.get("seq", "")).strip()
    session.conditions.discard(seq)
    session.send({"trnm": str(message["trnm"]), "seq": seq, "return_code": 0, "return_msg": ""})


HANDLERS = {REGISTRATION.register: _register, REGISTRATION.remove: _remove}
CONDITION_HANDLERS = {"listing": _conditions, "search": _condition_search, "clear": _condition_clear}


def _condition_handler(section: str, trnm: str) -> Any:
    """The handler of a condition-search message of the session's section (another section's trnm is unknown
    there, as the server's path serves one section)."""
    messages = CONDITION_SEARCHES[section]._asdict() if section in CONDITION_SEARCHES else {}
    return next(
        (CONDITION_HANDLERS[role] for role, name in messages.items() if name == trnm and role in CONDITION_HANDLERS),
        None,
    )


def _values(fids: list[list[Any]], rng: random.Random, session: Session, code: str) -> dict[str, str]:
    """A condition search's row of an item: what the market decides of it now (its price, change, rate, volume, the
    day's open, high and low, its name: as its REAL entries and REST quotes give them), the other FIDs values of
    their kind."""
    values = {str(fid): synth.fid_value(kind, codes, rng, None, scale) for fid, kind, codes, _, _, scale in fids}
    if stream.in_market(code, session.section):
        values |= stream.named_values(session.state.market, code, rng, fids)
    return values


def real_frame(session: Session, rng: random.Random) -> bytes | None:
    """One REAL frame: `entries_per_frame` entries per streamed (type, item), and one per realtime condition
    search (None when nothing is registered). Each item of the market trades once per entry it gets, and its
    k-th entry of every type carries the market as it stood after its k-th trade."""
    per_item = session.timing.entries_per_frame
    snapshots: dict[str, list[stream.Moment]] = {}
    entries: list[bytes] = []
    for streamed in session.streamed:
        code, pool = streamed.code, streamed.pool
        if not code:
            entries.extend(pool.entry(rng, streamed.item, None) for _ in range(per_item))
            continue
        moments = snapshots.get(code)
        if moments is None:
            moments = snapshots[code] = [_trade(session.state, code, rng, *session.live[code]) for _ in range(per_item)]
        entries.extend(pool.entry(rng, streamed.item, moment) for moment in moments)
    entries.extend(orjson.dumps(_condition_entry(session, seq, rng)) for seq in sorted(session.conditions))
    return stream.frame(entries) if entries else None


def _trade(state: State, code: str, rng: random.Random, trades: bool, books: bool) -> stream.Moment:
    """Trade an item once, let its open orders trade, and give the FIDs the market decides as they stand (the
    day's trading and the book's sizes when the item's types have them)."""
    state.market.step(code)
    state.account.on_price(code)
    return stream.Item.of(state.market, code).moment(rng, trades, books)


def _condition_entry(session: Session, seq: str, rng: random.Random) -> dict[str, Any]:
    """A push of realtime condition search `seq`: one of the items it finds entering (I) or leaving (D) it."""
    item = rng.choice(_found(session, seq))
    at = session.state.market.now().strftime("%H%M%S")
    values = {"841": seq, "9001": item.code, "843": rng.choice("ID"), "20": at, "907": "2"}
    push = CONDITION_SEARCHES[session.section].push
    return _exchange({"type": push, "name": "조건검색", "item": item.code, "values": values}, item, stream.EXCHANGE)


async def _streamer(session: Session) -> None:
    """REAL frames every `stream_interval`; at 0 as fast as the client reads, yielding to the event
    loop between frames so that the session's other work (and other sessions) keep running."""
    session.state.streams += 1  # each session streams its own draws, the same for a seed from run to run
    rng = random.Random(f"{session.state.seed}:stream:{session.state.streams}")
    malformed = session.state.faults.malformed_fraction
    broken = session.state.faults.broken_entry_fraction
    idle = max(IDLE_SECONDS - session.timing.stream_interval, 0.0)
    while True:
        await asyncio.sleep(session.timing.stream_interval)
        frame = real_frame(session, rng) if session.logged_in else None
        if frame is None:
            await asyncio.sleep(idle)  # nothing to stream yet: at stream_interval 0, do not spin
            continue
        if chance(rng, malformed):
            session.send_text(MALFORMED)
        elif chance(rng, broken):  # one entry more, without values, among good ones
            session.send_text(frame.removesuffix(stream.FRAME_TAIL) + BROKEN_ENTRY + stream.FRAME_TAIL)
        else:
            session.send_text(frame)
        await session.wait_for_room()


async def _writer(session: Session) -> None:
    limit = session.state.faults.ws_drop_after_frames
    ws, outbox = session.ws, session.outbox
    while True:
        message = await outbox.get()
        if session.stalled:
            await asyncio.Event().wait()  # never set: the socket stays open and silent until the client leaves
        await _send(ws, message)
        session.frames_sent += 1
        if outbox.qsize() < STREAM_BACKLOG:
            session.room.set()
        if limit is not None and session.frames_sent >= limit:
            await ws.close(message=b"dropped by the simulator (fault injection)")
            return


async def _pinger(session: Session) -> None:
    while True:
        await asyncio.sleep(min(session.timing.ping_interval, session.timing.ping_timeout) / 2)
        now = time.monotonic()
        if session.stalled:  # silent: no PING, and no close for a PING the client never saw
            continue
        if session.ping_sent is not None and now - session.ping_sent > session.timing.ping_timeout:
            await session.ws.close(message=b"PING not echoed")
            return
        if session.ping_sent is None and now - session.last_echo >= session.timing.ping_interval:
            session.ping_sent = now
            session.send({"trnm": SESSION_TRNMS.ping})


async def _dropper(session: Session) -> None:
    every = session.state.faults.ws_drop_every_seconds
    if every is None:
        return
    await asyncio.sleep(every)
    await session.ws.close(message=b"dropped by the simulator (fault injection)")


async def _notifier(session: Session) -> None:
    """Faults.ws_notice: a SYSTEM notice to the session after its LOGIN, then, if told, the close."""
    faults = session.state.faults
    if faults.ws_notice is None:
        return
    while session.logged_in_at is None:
        await asyncio.sleep(IDLE_SECONDS)
    await asyncio.sleep(faults.ws_notice_after_seconds)
    code, message = faults.ws_notice
    session.send({"trnm": SESSION_TRNMS.system, "code": code, "message": message})
    if faults.ws_notice_closes:
        await _flush(session)
        await session.ws.close(message=b"closed after a SYSTEM notice (fault injection)")


async def _staller(session: Session) -> None:
    """Faults.ws_stalls: the session goes silent ws_stall_after_seconds after its LOGIN (no REAL frame, no
    PING, no answer), its socket open: a feed that stops without a close."""
    faults = session.state.faults
    if faults.ws_stalls <= 0:
        return
    while session.logged_in_at is None:
        await asyncio.sleep(IDLE_SECONDS)
    await asyncio.sleep(faults.ws_stall_after_seconds)
    if faults.ws_stalls > 0:
        faults.ws_stalls -= 1
        session.stalled = True
