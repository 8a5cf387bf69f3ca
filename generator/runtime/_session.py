"""The WebSocket session: LOGIN with the client's token, PING echoed, REG / REMOVE answered, condition
search, typed events from `realtime.decode`, and automatic reconnection within deadlines.

A background task owns the socket. It reconnects with exponential backoff and jitter when the
connection drops, logs in again and replays every registration the server accepted (and every
realtime condition search), so a subscriber sees a gap, never a silent end. Each reconnect is
logged at WARNING with its cause, and each gap is kept in `gaps` (`Gap`: when the connection was lost, when the
next one was logged in with every registration replayed, why), for a reader who fetches the missed span over REST.

Deadlines and limits (keyword arguments of `client.realtime(...)`, all in seconds or bytes):
- `login_timeout` (10): the WebSocket handshake, then LOGIN's answer. A server that does not answer
  raises `RealtimeTimeout` from the first connect; on a reconnect it is one more failed connection.
- `answer_timeout` (10): the answer to each REG / REMOVE; past it `register()` raises `RealtimeTimeout`
  and the connection is renewed (answers carry no id, so a late one must not answer the next REG).
- `liveness` (60; None: no deadline): no frame and no PING for this long and the connection is taken
  for dead and renewed. Kiwoom documents no PING interval; the simulator PINGs every 20 s.
- `max_size` (16 MiB; None: no limit): the largest frame accepted. A larger one closes the
  connection with 1009 (message too big); the simulator's frame for 3,000 items of 0B + 0D is ~9.3 MB.
- `items_per_reg` (100): a registration of more items is sent as several REG messages. The guide
  gives REG's `item` list a length of 100 without saying whether that counts items or characters;
  100 items a message is this project's reading, not a documented limit.
- `give_up_after` (10; None: never): after this many connections in a row failed before anything
  arrived on them (no REAL frame, no PING: a close with 1009, LOGIN unanswered, a silent feed,
  connection refused ...), the session stops and iterating raises `RealtimeGaveUp` naming the causes.
  With the default backoff, ten failures take about a minute.

Answers:
- `register()` / `remove()` wait for the server's answer and raise the error of its code when it
  refuses (`errors.InputFormatInvalid` for 1517, ...); a refused registration is not kept, so it is
  not replayed. A connection lost before the answer sends the message again on the next one.
- a refused LOGIN (any form: "[8005:...]", or return_code 805004 with "[CODE=8005, MESSAGE=...]")
  raises the auth error of its embedded code; the session drops that token, issues a new one and
  logs in again, once; a second refusal ends the session with that error;
- a SYSTEM frame becomes a `SystemNotice` event (not ok; its code and message). The codes of
  `errors.SESSION_NOTICES` (R10001: another connection took this app key) end the session without
  reconnecting: iterating raises the notice's error (`errors.SessionTakenOver`). After any other
  notice the session goes on, and reconnects if the server closes it.
- connection failures (refused, DNS, TLS, a handshake answered with an HTTP status) raise
  `TransportFailed`, chained from the cause; so does a handshake that websockets followed to another host or
  port (a redirect), closed before LOGIN: the token goes to the host given, no other.

Events wait in a bounded queue; when the consumer falls behind, the OLDEST events are dropped
(the freshest market data is kept), `dropped` counts them, and the loss is logged at WARNING: its
first drop, then how many more at most every `DROP_LOG_SECONDS`.

The access token never reaches a log record: websockets logs every frame at DEBUG, so its
connection logger is given the token to blank out of the LOGIN frame.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime
import logging
import random
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from queue import Empty, Full, Queue
from typing import TYPE_CHECKING, Any, Protocol, Self, TypedDict

import orjson

from ._core import error_for, hostname_of
from ._exceptions import ArgumentInvalid, KiwoomError, RealtimeGaveUp, RealtimeTimeout, SessionEnded, TransportFailed
from ._policy import TOKENS, Retry, check_count, check_number
from ._protocol import WEBSOCKET_PATHS
from ._realtime import Event, Gap, LoginAnswer, RealtimeDecodeError, SystemMessage, SystemNotice, UsItem
from ._registration import check_codes, check_group, check_types, us_code_problem, us_exchanges
from ._types import text_problem
from ._values import KST
from .errors import SESSION_NOTICES, AuthError
from .realtime import CONDITION_SEARCHES, REGISTRATION, SESSION_TRNMS, ConditionSearch

if TYPE_CHECKING:
    from ._client import AsyncSession

log = logging.getLogger("kiwoom_sdk.realtime")
RECONNECT = Retry(attempts=1, base=0.2, cap=10.0)  # attempts unused: the breaker decides when to stop
LOGIN_TIMEOUT = 10.0
ANSWER_TIMEOUT = 10.0
LIVENESS = 60.0  # three of the simulator's PING intervals; Kiwoom documents none
MAX_SIZE = 1 << 24
ITEMS_PER_REG = 100
GIVE_UP_AFTER = 10
CLOSE_TIMEOUT = 2.0  # for the closing handshake: a server that does not answer it holds nobody up
ANSWERED = (
    REGISTRATION.register,
    REGISTRATION.remove,
)  # REG, REMOVE: the messages whose answers `register()` / `remove()` wait for
MESSAGE_TOO_BIG = 1009
DROP_LOG_SECONDS = 10.0  # a consumer that keeps falling behind is told this often, not at every event
REDACTED = "<token>"
_CLOSED = object()


Item = str | UsItem  # a registered item: a domestic code ("" for the types that take none) or a US item
Items = Sequence[str | tuple[str, str]]  # what register() / remove() take (see `registration`)


class RealtimeOptions(TypedDict, total=False):
    """The deadlines and limits of `client.realtime(...)`; see the module's docstring."""

    reconnect: Retry
    login_timeout: float
    answer_timeout: float
    liveness: float | None
    max_size: int | None
    items_per_reg: int
    give_up_after: int | None


class _Lost(Exception):
    """The connection ended while a REG / REMOVE waited for its answer."""


class RealtimeSession:
    """`async with client.realtime() as live:` then `await live.register([...], ["0B"])` and
    `async for event in live:`. PINGs are answered here and never reach the caller.

    Iterating yields `realtime.RealtimeEvent`s (one class per type: `realtime.StockTrade`, ...) and
    `realtime.SystemMessage`s (REG answers, condition search, `realtime.SystemNotice`); it ends when the session is
    closed, and raises the error that ended it (`errors.SessionTakenOver`, a LOGIN refused twice, `RealtimeGaveUp`).
    Deadlines and limits (`client.realtime(...)`'s keyword arguments) are in the module's docstring.

    Attributes: `dropped` (events dropped because the consumer fell behind, oldest first), `gaps` (every span
    without a connection since the first login, a `realtime.Gap` each, oldest first), `groups` (grp_no -> the
    (type, item) pairs the server accepted, replayed after a reconnect), `conditions` (seq -> the realtime
    condition searches kept), `malformed` (frames or entries that could not be decoded), `logins`, `reconnects`."""

    def __init__(
        self,
        http: AsyncSession,
        ws_url: str,
        section: str = "domestic",
        *,
        queue_size: int = 10_000,
        reconnect: Retry = RECONNECT,
        login_timeout: float = LOGIN_TIMEOUT,
        answer_timeout: float = ANSWER_TIMEOUT,
        liveness: float | None = LIVENESS,
        max_size: int | None = MAX_SIZE,
        items_per_reg: int = ITEMS_PER_REG,
        give_up_after: int | None = GIVE_UP_AFTER,
    ) -> None:
        """Raises ValueError for an unknown section or a limit that is not a positive number."""
        check_options(
            section,
            queue_size,
            {
                "reconnect": reconnect,
                "login_timeout": login_timeout,
                "answer_timeout": answer_timeout,
                "liveness": liveness,
                "max_size": max_size,
                "items_per_reg": items_per_reg,
                "give_up_after": give_up_after,
            },
        )
        self._http = http
        self.section = section
        self.url = ws_url.rstrip("/") + WEBSOCKET_PATHS[section]
        self._queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=queue_size)
        self._backoff = reconnect
        self._login_timeout = login_timeout
        self._answer_timeout = answer_timeout
        self._liveness = liveness
        self._max_size = max_size
        self._items_per_reg = items_per_reg
        self._give_up_after = give_up_after
        self._rng = random.Random()
        self._ws: Any = None
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._closing = False
        self._failure: BaseException | None = None
        self._pending: deque[tuple[str, asyncio.Future[SystemMessage]]] = deque()  # answers awaited, in order
        self._control = asyncio.Lock()  # one REG / REMOVE in flight: answers match requests by order
        self._alive = False  # something arrived on this connection (a REAL frame or a PING)
        self._down = asyncio.Event()  # set when the logged-in connection ends (its reader stopped)
        self.groups: dict[str, set[tuple[str, Item]]] = {}  # grp_no -> (type, item) the server accepted
        self.conditions: dict[str, dict[str, Any]] = {}  # seq -> CNSRREQ / GCNSRREQ message of a realtime search
        # the section's condition-search trnms ("" for what the specs lack: such a message is sent as any other)
        self._search = CONDITION_SEARCHES.get(section, ConditionSearch("", "", "", "", "", ""))
        self.dropped = 0  # events dropped because the consumer fell behind
        self._drops = _DropLog()
        self.malformed = 0  # frames that could not be decoded (wholly, or some entry); each is logged once
        self.logins = 0
        self.login_answer: LoginAnswer | None = None  # the server's answer to the latest LOGIN it accepted (sor_yn)
        self.reconnects = 0
        self.gaps: list[Gap] = []  # every span without a connection since the first login, oldest first

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    def __repr__(self) -> str:
        if self._task is None:
            state = "not opened"
        else:
            state = "closed" if self._closing else "ended" if self._task.done() else "open"
        registrations = sum(len(pairs) for pairs in self.groups.values())
        return (
            f"RealtimeSession({self.section!r}, {self.url!r}, {state}, registrations={registrations}, "
            f"dropped={self.dropped}, gaps={len(self.gaps)})"
        )

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Connect and log in, then keep the session up. Raises `TransportFailed` (the connection failed),
        `RealtimeTimeout` (no LOGIN answer within `login_timeout`) or the auth error of a LOGIN refused twice;
        a session opens once (`TransportFailed` the second time: open a new one)."""
        if self._task is not None:
            raise TransportFailed("the realtime session was opened before; open a new one")
        self._task = asyncio.create_task(self._run(), name="kiwoom-realtime")
        ready = asyncio.create_task(self._ready.wait())
        try:
            await asyncio.wait({ready, self._task}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # cancelled (a timeout around the opening, Ctrl-C): no session goes on unseen
            self._closing = True
            self._task.cancel()
            raise
        finally:
            ready.cancel()
        if self._failure is not None:
            raise self._failure

    async def register(self, items: Items, types: Sequence[str], grp_no: str = "1", refresh: bool = True) -> None:
        """REG `items` for each of `types` (realtime types of the session's section) in group `grp_no`: codes in a
        domestic session ("005930", "005930_NX", sector "001"; `[]` for the types that take none: 00, 04, 0s, 1h);
        in a US session each item names its exchange, `UsItem("NVDA", "ND")`, a ("NVDA", "ND") pair or "ND:NVDA",
        for every type (the guide's F4 / F5 example registers an item too). `refresh=True` keeps the group's earlier
        registrations, False replaces them. Sent as one REG per `items_per_reg` items, each waiting for its answer.
        Raises `ArgumentInvalid` (a ValueError) before anything is sent for a type of another section or unknown, an
        item of the wrong form (see `registration`), or a `grp_no` that is not text of 1 to 4 letters or digits; the
        error of the answer's code when the server refuses (the items of the messages before it stay registered),
        `RealtimeTimeout` when no answer comes within `answer_timeout`, or the error that ended the session."""
        chosen, types = registration(self.section, items, types)
        grp_no = check_group(grp_no)
        for index, chunk in enumerate(_chunks(chosen, self._items_per_reg)):
            keep = refresh or index > 0  # a replacing registration replaces with its first message only
            await self._exchange(_reg(grp_no, chunk, types, keep))
            pairs = {(t, i) for t in types for i in chunk}
            self.groups[grp_no] = (self.groups.get(grp_no, set()) | pairs) if keep else pairs

    async def remove(self, items: Items, types: Sequence[str], grp_no: str = "1") -> None:
        """REMOVE `items` (as `register` takes them) of `types` from group `grp_no`, waiting for each answer; raises
        like `register`."""
        chosen, types = registration(self.section, items, types)
        grp_no = check_group(grp_no)
        for chunk in _chunks(chosen, self._items_per_reg):
            data = [{"item": _wire(chunk), "type": types}]
            await self._exchange({"trnm": REGISTRATION.remove, "grp_no": grp_no, "data": data})
            self.groups[grp_no] = self.groups.get(grp_no, set()) - {(t, i) for t in types for i in chunk}

    async def send(self, message: Mapping[str, Any]) -> None:
        """Any other message (answers arrive as events). A realtime condition search of the session's section
        (`realtime.CONDITION_SEARCHES`: domestic CNSRREQ, US GCNSRREQ, search_type 1) waits for its answer like
        `register()`: kept and replayed after a reconnect until its CNSRCLR / GCNSRCLR clears it when the server
        accepts it, the error of the answer's code raised (and nothing kept) when it refuses. REG and REMOVE go through
        `register()` / `remove()` (ValueError here), which wait for their answers."""
        trnm, seq = message.get("trnm"), str(message.get("seq", "")).strip()
        if trnm in ANSWERED:
            raise ValueError(f"send {trnm} with register() / remove(), which wait for the answer and replay it")
        realtime = self._search.search_type_realtime
        if trnm and trnm == self._search.search and realtime and str(message.get("search_type")) == realtime:
            await self._exchange(dict(message))
            self.conditions[seq] = dict(message)
            return
        if trnm and trnm == self._search.clear:
            self.conditions.pop(seq, None)
        import websockets

        while True:
            ws, down = await self._connected()
            try:
                await ws.send(orjson.dumps(message).decode())
                return
            except websockets.ConnectionClosed:
                await down.wait()  # then again on the next connection

    async def _exchange(self, message: dict[str, Any]) -> SystemMessage:
        """Send a REG / REMOVE / realtime CNSRREQ and wait for its answer; on a connection lost first, again on the
        next one."""
        async with self._control:
            while True:
                ws, down = await self._connected()
                try:
                    answer = await self._ask(ws, message)
                except _Lost:
                    log.info("realtime %s interrupted by a reconnect; sending it again", message["trnm"])
                    await down.wait()  # the reader saw the end: wait for the next connection, not spin on this one
                    continue
                except RealtimeTimeout:
                    await ws.close()  # a late answer would answer the next message: start a fresh connection
                    raise
                if not answer.ok:
                    raise _refusal(answer)
                return answer

    async def _ask(self, ws: Any, message: dict[str, Any]) -> SystemMessage:
        """Send one REG / REMOVE / realtime CNSRREQ on `ws` and wait for its answer (matched by order: a REG's
        answer carries no id; a CNSRREQ's its seq, when it has one)."""
        import websockets

        answer: asyncio.Future[SystemMessage] = asyncio.get_running_loop().create_future()
        self._pending.append((_awaited(message["trnm"], message.get("seq"), self._search.search), answer))
        try:
            await ws.send(orjson.dumps(message).decode())
        except websockets.ConnectionClosed as closed:
            raise _Lost() from closed
        try:
            async with asyncio.timeout(self._answer_timeout):
                return await asyncio.shield(answer)
        except TimeoutError:
            raise RealtimeTimeout(f"no answer within {self._answer_timeout} s", api_id=message["trnm"]) from None

    async def _connected(self) -> tuple[Any, asyncio.Event]:
        """The logged-in connection, once there is one, and the event set when it ends; raises if the
        session ended or was closed."""
        task = self._task
        if task is not None and not self._ready.is_set() and not task.done():
            ready = asyncio.ensure_future(self._ready.wait())
            try:
                await asyncio.wait({ready, task}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                ready.cancel()
        if task is None or task.done() or self._closing:
            raise self._failure or TransportFailed("the realtime session is not open (closed, or never connected)")
        return self._ws, self._down

    def __aiter__(self) -> AsyncIterator[Event]:
        """The events in order of arrival; `TransportFailed` at once for a session never opened (it would wait
        forever)."""
        if self._task is None:
            raise TransportFailed("the realtime session is not open: use `async with client.realtime() as live:`")
        return self._events()

    async def _events(self) -> AsyncIterator[Event]:
        while True:
            event = await self._queue.get()
            if event is _CLOSED:
                self._put(_CLOSED)  # a later iteration ends (or raises) too
                if self._failure is not None:
                    raise self._failure
                return
            yield event

    async def _run(self) -> None:
        import websockets  # here, not at the module's import: a client that never streams never loads it

        connection_failed = (OSError, TimeoutError, websockets.WebSocketException, KiwoomError)
        attempt = 0
        failures: list[str] = []  # causes of the connections in a row on which nothing arrived
        while not self._closing:
            self._alive = False
            try:
                await self._session()
            except (SessionEnded, AuthError) as error:  # a notice that ends it, or LOGIN refused twice
                self._end(error)
                return
            except connection_failed as error:
                if self._closing:
                    break
                failure = _as_kiwoom(error, self.url)
                if self.logins == 0:  # the first connection failed: tell the caller, do not loop
                    self._end(failure)
                    return
                cause = self._cause(error)
            except Exception as error:  # a bug: end the session with it rather than hang the consumer
                log.exception("realtime session failed")
                self._end(error)
                return
            finally:
                self._ready.clear()
                self._fail_pending()
            if not self.gaps or self.gaps[-1].restored_at is not None:  # a connection that was up is lost
                self.gaps.append(Gap(datetime.datetime.now(KST), None, cause))
            if self._alive:  # frames arrived on it: the next failure starts a new run
                attempt = 0
                failures.clear()
            else:
                failures.append(cause)
            if self._give_up_after is not None and len(failures) >= self._give_up_after:
                gave_up = RealtimeGaveUp(failures)
                gave_up.__cause__ = failure
                self._end(gave_up)
                return
            delay = self._backoff.delay(attempt, self._rng)
            attempt += 1
            self.reconnects += 1
            log.warning("realtime connection lost (%s); reconnect %d in %.2f s", cause, self.reconnects, delay)
            await asyncio.sleep(delay)
        self._put(_CLOSED)

    def _cause(self, error: BaseException) -> str:
        """A failure in a few words (logged, and listed by `RealtimeGaveUp`)."""
        import websockets

        if isinstance(error, websockets.ConnectionClosed):
            code = error.rcvd.code if error.rcvd is not None else error.sent.code if error.sent is not None else 1006
            if code == MESSAGE_TOO_BIG:
                return f"closed {code}: a frame exceeded max_size={self._max_size} bytes (raise it or register fewer items)"
            return f"closed: {error}"
        if isinstance(error, KiwoomError):
            return str(error)
        return f"{type(error).__name__}: {error}"

    def _end(self, error: BaseException) -> None:
        log.warning("realtime session ended: %s", error)
        self._failure = error
        self._fail_pending()
        self._put(_CLOSED)

    async def _session(self) -> None:
        """One connection: LOGIN (again once with a new token if refused), replay what the server accepted,
        then read until it fails (it always does, or is cancelled)."""
        refused = False
        while True:
            token = await self._http.token()
            async with self._connection(token) as ws:
                self._ws = ws
                await ws.send(orjson.dumps({"trnm": SESSION_TRNMS.login, "token": token}).decode())
                try:
                    await self._login_answer(ws)
                except AuthError as error:
                    if refused:
                        raise
                    refused = True
                    TOKENS.drop(self._http.core.token_key, token)  # the next attempt issues a new one
                    log.info("realtime LOGIN refused (%s); logging in again with a new token", type(error).__name__)
                    self._http.emit("token", api_id=SESSION_TRNMS.login, reason=error.returned_code)
                    continue
                self.logins += 1
                down = self._down = asyncio.Event()
                reader = asyncio.create_task(self._read(ws, down), name="kiwoom-realtime-reader")
                try:
                    try:
                        await self._replay(ws)
                    except _Lost:
                        pass  # the reader ended: awaiting it raises why
                    else:
                        if self.gaps and self.gaps[-1].restored_at is None:
                            self.gaps[-1] = dataclasses.replace(self.gaps[-1], restored_at=datetime.datetime.now(KST))
                        self._ready.set()
                    await reader
                finally:
                    reader.cancel()
                    await asyncio.gather(reader, return_exceptions=True)
                return  # not reached: the reader returns only by raising

    @contextlib.asynccontextmanager
    async def _connection(self, token: str) -> AsyncIterator[Any]:
        """An open WebSocket whose log records never carry `token`; a failure to open it raises
        `TransportFailed` (`RealtimeTimeout` past `login_timeout`), chained from the cause."""
        import websockets

        try:
            ws = await websockets.connect(
                self.url,
                max_size=self._max_size,
                ping_interval=None,  # Kiwoom PINGs in its own messages, answered here
                open_timeout=self._login_timeout,
                close_timeout=CLOSE_TIMEOUT,
                logger=_Redacting(logging.getLogger("websockets.client"), token),
            )
        except (OSError, TimeoutError, websockets.WebSocketException) as error:
            raise _as_kiwoom(error, self.url) from error
        reached = _host_reached(ws, self.url)
        if reached != _authority(self.url):
            await ws.close()
            raise TransportFailed(
                f"the realtime connection to {self.url} was redirected to {reached[0]}:{reached[1]}; not followed"
                " (the token goes to the host given, no other)"
            )
        try:
            yield ws
        finally:
            await ws.close()

    async def _login_answer(self, ws: Any) -> None:
        import websockets

        try:
            async with asyncio.timeout(self._login_timeout):
                while True:
                    frame = await ws.recv()
                    for event in self._decode(frame):
                        if isinstance(event, SystemNotice):
                            self._notice(event)
                        elif not isinstance(event, SystemMessage):
                            continue  # nothing streams before LOGIN is answered
                        elif event.trnm == SESSION_TRNMS.ping:
                            await ws.send(frame if isinstance(frame, str) else frame.decode())
                        elif event.trnm == SESSION_TRNMS.login:
                            if event.ok:
                                self.login_answer = event if isinstance(event, LoginAnswer) else None
                                return
                            message = event.return_msg or "LOGIN refused"
                            raise error_for(
                                message,
                                api_id=SESSION_TRNMS.login,
                                return_code=event.return_code or 0,
                                response=event.body,
                            )
        except TimeoutError:
            raise RealtimeTimeout(f"no answer within {self._login_timeout} s", api_id=SESSION_TRNMS.login) from None
        except websockets.ConnectionClosed as closed:
            raise TransportFailed(
                f"the server closed the session before answering ({closed})", api_id=SESSION_TRNMS.login
            ) from closed

    async def _replay(self, ws: Any) -> None:
        """Register again what the server accepted before (one REG per type and `items_per_reg` items), then each
        realtime condition search; one refused now is dropped, with a WARNING (its answer reaches the consumer as an
        event)."""
        for grp_no, pairs in sorted(self.groups.items()):
            for type_id, items in _by_type(pairs).items():
                for chunk in _chunks(items, self._items_per_reg):
                    answer = await self._ask(ws, _reg(grp_no, chunk, [type_id], True))
                    if not answer.ok:
                        log.warning(
                            "realtime REG of %s for %d items refused on a reconnect: %s",
                            type_id,
                            len(chunk),
                            _refusal(answer),
                        )
                        self.groups[grp_no] -= {(type_id, item) for item in chunk}
        for seq, message in list(self.conditions.items()):
            answer = await self._ask(ws, message)
            if not answer.ok:
                log.warning("realtime condition search %s refused on a reconnect: %s", seq, _refusal(answer))
                self.conditions.pop(seq, None)

    async def _read(self, ws: Any, down: asyncio.Event) -> None:
        """Read frames until the connection fails: closed, or silent past the liveness deadline; then
        nothing more is sent on it (`down`)."""
        try:
            while True:
                try:
                    async with asyncio.timeout(self._liveness):
                        frame = await ws.recv()
                except TimeoutError:
                    raise RealtimeTimeout(f"no frame and no PING for {self._liveness} s") from None
                await self._receive(ws, frame)
        finally:
            self._ready.clear()
            self._fail_pending()
            down.set()

    async def _receive(self, ws: Any, frame: str | bytes) -> None:
        for event in self._decode(frame):
            if isinstance(event, SystemNotice):
                self._notice(event)
            elif isinstance(event, SystemMessage):
                if event.trnm == SESSION_TRNMS.ping:
                    self._alive = True
                    await ws.send(frame if isinstance(frame, str) else frame.decode())
                    continue
                if event.trnm in ANSWERED or (event.trnm and event.trnm == self._search.search):
                    self._answered(event)
                self._put(event)
            else:
                self._alive = True
                self._put(event)

    def _answered(self, answer: SystemMessage) -> None:
        if not self._pending:
            return
        search = self._search.search
        awaited = _awaited(answer.trnm, answer.body.get("seq"), search)
        if answer.trnm == search and "seq" not in answer.body and self._pending[0][0].startswith(f"{search} "):
            awaited = self._pending[0][0]  # a refusal without its seq answers the search awaited
        if self._pending[0][0] == awaited:
            _, future = self._pending.popleft()
            if not future.done():
                future.set_result(answer)

    def _fail_pending(self) -> None:
        while self._pending:
            _, future = self._pending.popleft()
            if not future.done():
                future.set_exception(_Lost())
                future.exception()  # retrieved: a waiter that already gave up leaves no warning behind

    def _notice(self, notice: SystemNotice) -> None:
        """Hand a SYSTEM notice to the consumer; raise the error of one that ends the session."""
        log.warning("realtime SYSTEM notice %s: %s", notice.code, notice.message)
        self._put(notice)
        ended = SESSION_NOTICES.get(notice.code)
        if ended is not None:
            raise ended(notice.code, notice.message)

    def _decode(self, frame: str | bytes) -> list[Event]:
        from . import realtime  # the generated registry of event classes

        try:
            return realtime.decode(frame)
        except RealtimeDecodeError as error:
            self.malformed += 1
            skipped = (
                f"skipped what was broken of a frame, kept {len(error.events)} events"
                if error.events
                else "skipped a malformed frame"
            )
            log.warning("%s (%s): %.200r", skipped, error, error.raw)
            return error.events

    def _put(self, event: Any) -> None:
        dropped = _put_dropping_oldest(self._queue, event)
        if dropped:
            self.dropped += dropped
            self._drops.note(dropped, self.dropped)

    async def close(self) -> None:
        """Close the connection and stop reconnecting; iterating ends after the events already queued, and
        `register()` / `send()` raise `TransportFailed`. Closing again does nothing."""
        self._closing = True
        if self._ws is not None:
            await self._ws.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._fail_pending()
        self._put(_CLOSED)


class _Redacting(logging.LoggerAdapter[logging.Logger]):
    """websockets' connection logger with the access token blanked out: at DEBUG it logs every frame,
    the LOGIN frame with the token included. Frames are redacted before they are rendered, since a
    rendered frame shows only its beginning and end (a token cut in two would slip past a search)."""

    def __init__(self, logger: logging.Logger, token: str) -> None:
        super().__init__(logger, {})
        self._token = token
        self._token_bytes = token.encode()

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if self.isEnabledFor(level):
            self.logger.log(level, self._redact(msg), *(self._redact(arg) for arg in args), **kwargs)

    def _redact(self, value: object) -> object:
        from websockets.frames import Frame

        if not self._token:
            return value
        if isinstance(value, Frame):
            if self._token_bytes not in bytes(value.data):
                return value
            return dataclasses.replace(value, data=bytes(value.data).replace(self._token_bytes, REDACTED.encode()))
        if isinstance(value, bytes | bytearray | memoryview):
            return bytes(value).replace(self._token_bytes, REDACTED.encode())
        text = value if isinstance(value, str) else None
        if text is None and isinstance(value, BaseException):
            text = str(value)
        if text is not None and self._token in text:
            return text.replace(self._token, REDACTED)
        return value


def check_options(section: object, queue_size: object, options: Mapping[str, Any]) -> None:
    """ArgumentInvalid (a ValueError) for an unknown section, option, or a deadline / limit that is not a
    positive number (None is allowed where it means "no limit")."""
    if section not in WEBSOCKET_PATHS:
        raise ArgumentInvalid("section", section, f"must be one of {', '.join(map(repr, WEBSOCKET_PATHS))}")
    check_count("queue_size", queue_size)
    whole = {"max_size", "items_per_reg", "give_up_after"}
    unlimited = {"liveness", "max_size", "give_up_after"}
    for name, value in options.items():
        if name == "reconnect":
            if not isinstance(value, Retry):
                raise ArgumentInvalid(name, value, "must be a Retry(attempts=..., base=..., cap=...)")
        elif name not in RealtimeOptions.__annotations__:
            raise ArgumentInvalid(
                name, value, f"is not a realtime option; known: {sorted(RealtimeOptions.__annotations__)}"
            )
        elif value is None and name in unlimited:
            continue
        elif name in whole:
            check_count(name, value)
        else:
            check_number(name, value, above=True)


def registration(section: str, items: Items, types: Sequence[str]) -> tuple[list[Item], list[str]]:
    """The items and types of a REG / REMOVE in a `section` session, checked before anything is sent (the rule is
    `_registration`'s): types of that section only; in a domestic session, item codes of a plausible shape (`[""]`
    for the types that take none); in a US one, items with their exchange, as `UsItem`, a (code, exchange) pair or
    "EXCHANGE:CODE", at least one (the guide documents no US registration without an item). ArgumentInvalid (a
    ValueError) for anything else."""
    if isinstance(items, str | bytes):
        raise ArgumentInvalid("items", items, "a list of strings or US items, not one string")
    checked = check_types(section, types)
    if section != "us":
        return list(check_codes(checked, items)), checked  # type: ignore[arg-type]  # a pair is refused there
    if not items:
        raise ArgumentInvalid("items", items, "a US registration names its items, each with its exchange")
    return [_us_item(item) for item in items], checked


def _us_item(item: object) -> UsItem:
    from .codes import UsExchange

    exchanges = {member.value for member in UsExchange}
    code, exchange = None, None
    if isinstance(item, tuple) and len(item) == 2:
        code, exchange = item
    elif isinstance(item, str) and item.count(":") == 1:
        exchange, code = item.split(":")
    if not (isinstance(code, str) and code.strip() and exchange in exchanges):
        known = us_exchanges()
        example = item if isinstance(item, str) and item and ":" not in item else "NVDA"
        raise ArgumentInvalid(
            "items",
            item,
            f"a US item names its exchange ({known}): UsItem({example!r}, 'ND'), ({example!r}, 'ND') or 'ND:{example}'",
        )
    problem = text_problem(code) or us_code_problem(code)
    if problem is not None:
        raise ArgumentInvalid("items", item, f"a US item's code: {problem}")
    return UsItem(code, exchange)


def _wire(items: list[Item]) -> list[Any]:
    """The items as a REG / REMOVE carries them: a US item as {"jmcode": code, "stex_tp": exchange}."""
    return [{"jmcode": i.code, "stex_tp": i.exchange} if isinstance(i, UsItem) else i for i in items]


def _chunks(items: list[Item], size: int) -> list[list[Item]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _refusal(answer: SystemMessage) -> KiwoomError:
    message = answer.return_msg or f"{answer.trnm} refused"
    return error_for(message, api_id=answer.trnm, return_code=answer.return_code or 0, response=answer.body)


def _authority(url: str, host: str | None = None) -> tuple[str, int]:
    """(host, port) of a WebSocket URL, or of a Host header (`host`) of a request to it: lower case, a trailing dot
    dropped, the scheme's port when none is written."""
    from urllib.parse import urlsplit

    default = 443 if url.lower().startswith("wss") else 80
    named = url if host is None else f"//{host}"
    return hostname_of(named) or "", urlsplit(named).port or default


def _host_reached(ws: Any, url: str) -> tuple[str, int]:
    """Where the handshake for `url` that opened `ws` went in the end (its Host header): websockets follows
    redirects, to any host."""
    return _authority(url, str(ws.request.headers["Host"]))


def _as_kiwoom(error: BaseException, url: str) -> KiwoomError:
    """A connection failure as the SDK's error, chained from it (a KiwoomError stays as it is)."""
    if isinstance(error, KiwoomError):
        return error
    if isinstance(error, TimeoutError):
        failure: KiwoomError = RealtimeTimeout(f"the WebSocket handshake with {url} timed out")
    else:
        failure = TransportFailed(f"the realtime connection to {url} failed ({type(error).__name__}: {error})")
    failure.__cause__ = error
    return failure


class _Queue(Protocol):
    def put_nowait(self, item: Any, /) -> None: ...
    def get_nowait(self) -> Any: ...


def _put_dropping_oldest(queue: _Queue, event: Any) -> int:
    """Put `event` on a bounded queue (asyncio's or a thread queue), dropping the oldest events to make room;
    returns how many were dropped."""
    dropped = 0
    while True:
        try:
            queue.put_nowait(event)
            return dropped
        except (asyncio.QueueFull, Full):
            with contextlib.suppress(asyncio.QueueEmpty, Empty):
                queue.get_nowait()
                dropped += 1


def _awaited(trnm: str, seq: object, search: str) -> str:
    """What an awaited answer is known by: its trnm, and for a condition search (`search`: CNSRREQ, GCNSRREQ) its seq
    (REG answers carry no id), which the guide's answer pads to `realtime.SEQ_LENGTH` ("2  ")."""
    return f"{search} {str(seq).strip()}" if trnm == search else trnm


class _DropLog:
    """Says at WARNING that events are being dropped: at the first drop, then at most every DROP_LOG_SECONDS how
    many more (a consumer that keeps falling behind would otherwise be told at every event)."""

    def __init__(self) -> None:
        self._since = 0  # dropped since the last record
        self._said: float | None = None  # when the last record was written

    def note(self, dropped: int, total: int) -> None:
        self._since += dropped
        now = time.monotonic()
        if self._said is None:
            log.warning(
                "the consumer fell behind: dropped the %d oldest events to make room (dropped counts them)", total
            )
        elif now - self._said >= DROP_LOG_SECONDS:
            log.warning("the consumer is behind: dropped %d more events (%d in all)", self._since, total)
        else:
            return
        self._said, self._since = now, 0


def _reg(grp_no: str, items: list[Item], types: list[str], refresh: bool) -> dict[str, Any]:
    return {
        "trnm": REGISTRATION.register,
        "grp_no": grp_no,
        "refresh": REGISTRATION.keep if refresh else REGISTRATION.replace,
        "data": [{"item": _wire(items), "type": types}],
    }


def _by_type(pairs: set[tuple[str, Item]]) -> dict[str, list[Item]]:
    out: dict[str, list[Item]] = {}
    for type_id, item in sorted(pairs, key=lambda pair: (pair[0], str(pair[1]))):
        out.setdefault(type_id, []).append(item)
    return out


class SyncRealtime:
    """The session for synchronous code: it runs in a background thread with its own event loop;
    `for event in live:` blocks for the next event (`get(timeout)` waits at most that long). A session
    that fails to open (or is closed) leaves no thread behind."""

    def __init__(self, make: Any, queue_size: int = 10_000) -> None:
        self._make = make  # () -> RealtimeSession, called inside the session's thread
        self._events: Queue[Any] = Queue(maxsize=queue_size)
        self._loop: asyncio.AbstractEventLoop | None = None  # made on entering: nothing to close before
        self._thread = threading.Thread(target=self._serve, name="kiwoom-realtime", daemon=True)
        self._session: RealtimeSession | None = None
        self._pump: asyncio.Future[None] | None = None
        self._failure: BaseException | None = None
        self._ended = False
        self._closed = False
        self._dropped = 0  # by the thread's queue; the session's own count the rest
        self._drops = _DropLog()

    def __enter__(self) -> Self:
        if self._loop is not None or self._closed:
            raise TransportFailed("the realtime session was opened before; open a new one")
        self._loop = asyncio.new_event_loop()
        self._thread.start()
        try:
            self._call(self._open())
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._session is not None:
            return f"SyncRealtime({self._session!r})"
        return f"SyncRealtime({'closed' if self._closed else 'not opened'})"

    def _serve(self) -> None:
        """The thread: the loop until `close`, then everything it holds released (the resolver's threads too)."""
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    async def _open(self) -> None:
        self._session = self._make()
        await self._session.connect()
        self._pump = asyncio.ensure_future(self._forward())

    async def _forward(self) -> None:
        assert self._session is not None
        try:
            async for event in self._session:
                self._offer(event)
        except Exception as error:  # the session ended and says why: `get` raises it
            self._failure = error
        finally:
            self._offer(_CLOSED)

    def _offer(self, event: Any) -> None:
        dropped = _put_dropping_oldest(self._events, event)
        if dropped:
            self._dropped += dropped
            self._drops.note(dropped, self.dropped)

    @property
    def dropped(self) -> int:
        """Events dropped because the consumer fell behind: by the thread's queue, and by the session's own (a frame
        of more entries than `queue_size` overflows it before they reach the thread's queue)."""
        return self._dropped + (self._session.dropped if self._session is not None else 0)

    def _call(self, work: Any) -> Any:
        if self._closed or self._loop is None:
            work.close()
            raise TransportFailed("the realtime session is not open (closed, or never entered)")
        return asyncio.run_coroutine_threadsafe(work, self._loop).result()

    @property
    def gaps(self) -> list[Gap]:
        """`RealtimeSession.gaps`: the spans without a connection since the first login, oldest first (a copy)."""
        return list(self.session.gaps)

    @property
    def login_answer(self) -> LoginAnswer | None:
        """`RealtimeSession.login_answer`: the server's answer to the latest LOGIN it accepted (its `sor_yn`)."""
        return self.session.login_answer

    @property
    def session(self) -> RealtimeSession:
        """The `RealtimeSession` this thread runs (its `groups`, `conditions`, counters); `TransportFailed` before
        the `with` block is entered. Call its coroutines through this object's methods, never directly."""
        if self._session is None:
            raise TransportFailed("the realtime session is not open: use `with client.realtime() as live:`")
        return self._session

    def register(self, items: Items, types: Sequence[str], grp_no: str = "1", refresh: bool = True) -> None:
        """`RealtimeSession.register` (US items with their exchange): waits for the server's answers and raises on
        refusal."""
        self._call(self.session.register(items, types, grp_no, refresh))

    def remove(self, items: Items, types: Sequence[str], grp_no: str = "1") -> None:
        """`RealtimeSession.remove`: REMOVE `items` of `types` from group `grp_no`, waiting for the server's answers;
        raises as `register` does."""
        self._call(self.session.remove(items, types, grp_no))

    def send(self, message: Mapping[str, Any]) -> None:
        """`RealtimeSession.send`: any other message (a condition search's CNSRLST / CNSRREQ / CNSRCLR); answers
        arrive as events. A realtime condition search waits for its answer and raises on refusal."""
        self._call(self.session.send(message))

    def get(self, timeout: float | None = None) -> Event | None:
        """The next event, or None when `timeout` passed or the session ended; raises the error that
        ended the session (`errors.SessionTakenOver`, a LOGIN refused twice, `RealtimeGaveUp`) once its
        events are read. `TransportFailed` for a session never entered (it would wait forever)."""
        if self._loop is None:
            raise TransportFailed("the realtime session is not open: use `with client.realtime() as live:`")
        if self._pump is None and self._closed:  # its opening failed (and raised): no event will come
            self._ended = True
        if not self._ended:
            try:
                event = self._events.get(timeout=timeout)
            except Empty:
                return None
            if event is not _CLOSED:
                return event  # type: ignore[no-any-return]
            self._ended = True
            self._offer(_CLOSED)  # a reader waiting in another thread ends too
        if self._failure is not None:
            raise self._failure
        return None

    def __iter__(self) -> Iterator[Event]:
        """The events in order of arrival, each as `get()` returns it, until the session ends."""
        while (event := self.get()) is not None:
            yield event

    async def _shut(self) -> None:
        try:
            if self._session is not None:
                await self._session.close()
                await self._session._http.aclose()
        finally:
            if self._pump is not None:
                self._pump.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._pump

    def close(self) -> None:
        """Close the session and stop its thread (idempotent)."""
        loop = self._loop
        if self._closed or loop is None:
            self._closed = True
            return
        try:
            if self._thread.is_alive():
                asyncio.run_coroutine_threadsafe(self._shut(), loop).result()
        finally:
            self._closed = True
            if self._thread.is_alive():
                loop.call_soon_threadsafe(loop.stop)
                self._thread.join(timeout=5)
