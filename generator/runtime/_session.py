"""The WebSocket session: LOGIN with the client's token, PING echoed, REG / REMOVE, condition
search, typed events from `realtime.decode`, and automatic reconnection.

A background task owns the socket. It reconnects with exponential backoff and jitter when the
connection drops, logs in again and replays every active registration (and realtime condition
search), so a subscriber sees a gap, never a silent end.

Control frames:
- a refused LOGIN (any form: "[8005:...]", or return_code 805004 with "[CODE=8005, MESSAGE=...]")
  raises the auth error of its embedded code; the session drops that token, issues a new one and
  logs in again, once; a second refusal ends the session with that error;
- a SYSTEM frame becomes a `SystemNotice` event (not ok; its code and message). The codes of
  `errors.SESSION_NOTICES` (R10001: another connection took this app key) end the session without
  reconnecting: iterating raises the notice's error (`errors.SessionTakenOver`). After any other
  notice the session goes on, and reconnects if the server closes it.

Events wait in a bounded queue; when the consumer falls behind, the OLDEST events are dropped
(the freshest market data is kept) and `dropped` counts them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
from collections.abc import AsyncIterator, Iterator
from queue import Empty, Full, Queue
from typing import TYPE_CHECKING, Any, Protocol, Self

import orjson
import websockets

from ._core import error_for
from ._exceptions import KiwoomError, SessionEnded
from ._policy import TOKENS, Retry
from ._realtime import Event, RealtimeDecodeError, SystemMessage, SystemNotice
from .errors import SESSION_NOTICES, AuthError

if TYPE_CHECKING:
    from ._client import AsyncSession

log = logging.getLogger("kiwoom_sdk.realtime")
PATHS = {"domestic": "/api/dostk/websocket", "us": "/api/us/websocket"}
RECONNECT = Retry(attempts=1, base=0.2, cap=10.0)  # attempts unused: a session retries until closed
_CLOSED = object()


class RealtimeSession:
    """`async with client.realtime() as live:` then `await live.register([...], ["0B"])` and
    `async for event in live:`. PINGs are answered here and never reach the caller."""

    def __init__(
        self,
        http: AsyncSession,
        ws_url: str,
        section: str = "domestic",
        *,
        queue_size: int = 10_000,
        reconnect: Retry = RECONNECT,
    ) -> None:
        self._http = http
        self.url = ws_url.rstrip("/") + PATHS[section]
        self._queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=queue_size)
        self._backoff = reconnect
        self._rng = random.Random()
        self._ws: Any = None
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._closing = False
        self._failure: BaseException | None = None
        self.groups: dict[str, set[tuple[str, str]]] = {}  # grp_no -> (type, item) registered
        self.conditions: dict[str, dict[str, Any]] = {}  # seq -> CNSRREQ message of a realtime search
        self.dropped = 0  # events dropped because the consumer fell behind
        self.malformed = 0  # frames that could not be decoded; each is logged once and skipped
        self.logins = 0
        self.reconnects = 0

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Connect and log in (raising if the first LOGIN is refused); then keep the session up."""
        self._task = asyncio.create_task(self._run(), name="kiwoom-realtime")
        ready = asyncio.create_task(self._ready.wait())
        await asyncio.wait({ready, self._task}, return_when=asyncio.FIRST_COMPLETED)
        ready.cancel()
        if self._failure is not None:
            raise self._failure

    async def register(self, items: list[str], types: list[str], grp_no: str = "1", refresh: bool = True) -> None:
        """REG: `refresh=True` keeps the group's earlier registrations, False replaces them."""
        pairs = {(t, i) for t in types for i in items}
        self.groups[grp_no] = (self.groups.get(grp_no, set()) | pairs) if refresh else pairs
        await self._send(_reg(grp_no, items, types, refresh))

    async def remove(self, items: list[str], types: list[str], grp_no: str = "1") -> None:
        self.groups[grp_no] = self.groups.get(grp_no, set()) - {(t, i) for t in types for i in items}
        await self._send({"trnm": "REMOVE", "grp_no": grp_no, "data": [{"item": items, "type": types}]})

    async def send(self, message: dict[str, Any]) -> None:
        """Any other message; a realtime condition search (CNSRREQ, search_type 1) is replayed
        after a reconnect until CNSRCLR clears it."""
        trnm, seq = message.get("trnm"), str(message.get("seq", ""))
        if trnm == "CNSRREQ" and str(message.get("search_type")) == "1":
            self.conditions[seq] = message
        elif trnm == "CNSRCLR":
            self.conditions.pop(seq, None)
        await self._send(message)

    async def _send(self, message: dict[str, Any]) -> None:
        await self._ready.wait()
        await self._ws.send(orjson.dumps(message).decode())

    def __aiter__(self) -> AsyncIterator[Event]:
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
        attempt = 0
        while not self._closing:
            try:
                await self._session()
                attempt = 0  # a session that logged in resets the backoff
            except (SessionEnded, AuthError) as error:  # a notice that ends it, or LOGIN refused twice
                self._end(error)
                return
            except (OSError, websockets.WebSocketException, TimeoutError, KiwoomError) as error:
                if self.logins == 0:  # the first connection failed: tell the caller, do not loop
                    self._end(error)
                    return
                log.info("realtime connection lost (%s: %s)", type(error).__name__, error)
            finally:
                self._ready.clear()
            if self._closing:
                break
            delay = self._backoff.delay(attempt, self._rng)
            attempt += 1
            self.reconnects += 1
            log.info("realtime reconnect %d in %.2f s", self.reconnects, delay)
            await asyncio.sleep(delay)
        self._put(_CLOSED)

    def _end(self, error: BaseException) -> None:
        log.warning("realtime session ended: %s", error)
        self._failure = error
        self._put(_CLOSED)

    async def _session(self) -> None:
        """One connection: LOGIN (again once with a new token if refused), replay registrations, then
        read until it closes."""
        refused = False
        while True:
            token = await self._http.token()
            async with websockets.connect(self.url, max_size=1 << 22, ping_interval=None) as ws:
                self._ws = ws
                await ws.send(orjson.dumps({"trnm": "LOGIN", "token": token}).decode())
                try:
                    await self._login_answer(ws)
                except AuthError as error:
                    if refused:
                        raise
                    refused = True
                    TOKENS.drop(self._http.core.token_key, token)  # the next attempt issues a new one
                    log.info("realtime LOGIN refused (%s); logging in again with a new token", type(error).__name__)
                    self._http.emit("token", api_id="LOGIN", reason=error.returned_code)
                    continue
                self.logins += 1
                for grp_no, pairs in sorted(self.groups.items()):
                    for type_id, items in _by_type(pairs).items():
                        await ws.send(orjson.dumps(_reg(grp_no, items, [type_id], True)).decode())
                for message in self.conditions.values():
                    await ws.send(orjson.dumps(message).decode())
                self._ready.set()
                async for frame in ws:
                    await self._receive(ws, frame)
                return

    async def _login_answer(self, ws: Any) -> None:
        async for frame in ws:
            for event in self._decode(frame):
                if isinstance(event, SystemMessage) and event.trnm == "LOGIN":
                    if event.ok:
                        return
                    message = event.return_msg or "LOGIN refused"
                    raise error_for(message, api_id="LOGIN", return_code=event.return_code or 0, response=event.body)
                if isinstance(event, SystemNotice):
                    self._notice(event)
        raise ConnectionError("the server closed the session before answering LOGIN")

    async def _receive(self, ws: Any, frame: str | bytes) -> None:
        for event in self._decode(frame):
            if isinstance(event, SystemMessage) and event.trnm == "PING":
                await ws.send(frame if isinstance(frame, str) else frame.decode())
            elif isinstance(event, SystemNotice):
                self._notice(event)
            else:
                self._put(event)

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
            log.warning("skipped a malformed frame (%s): %.200r", error, error.raw)
            return []

    def _put(self, event: Any) -> None:
        self.dropped += _put_dropping_oldest(self._queue, event)

    async def close(self) -> None:
        self._closing = True
        if self._ws is not None:
            await self._ws.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._put(_CLOSED)


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


def _reg(grp_no: str, items: list[str], types: list[str], refresh: bool) -> dict[str, Any]:
    return {
        "trnm": "REG",
        "grp_no": grp_no,
        "refresh": "1" if refresh else "0",
        "data": [{"item": items, "type": types}],
    }


def _by_type(pairs: set[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for type_id, item in sorted(pairs):
        out.setdefault(type_id, []).append(item)
    return out


class SyncRealtime:
    """The session for synchronous code: it runs in a background thread with its own event loop;
    `for event in live:` blocks for the next event (`get(timeout)` waits at most that long)."""

    def __init__(self, make: Any, queue_size: int = 10_000) -> None:
        self._make = make  # () -> RealtimeSession, called inside the session's thread
        self._events: Queue[Any] = Queue(maxsize=queue_size)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="kiwoom-realtime", daemon=True)
        self._session: RealtimeSession | None = None
        self._pump: Any = None
        self._failure: KiwoomError | None = None
        self._ended = False
        self.dropped = 0

    def __enter__(self) -> Self:
        self._thread.start()
        self._call(self._open())
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def _open(self) -> None:
        self._session = self._make()
        await self._session.connect()
        self._pump = asyncio.ensure_future(self._forward())

    async def _forward(self) -> None:
        assert self._session is not None
        try:
            async for event in self._session:
                self._offer(event)
        except KiwoomError as error:  # the session ended and says why: `get` raises it
            self._failure = error
        finally:
            self._offer(_CLOSED)

    def _offer(self, event: Any) -> None:
        self.dropped += _put_dropping_oldest(self._events, event)

    def _call(self, work: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(work, self._loop).result()

    @property
    def session(self) -> RealtimeSession:
        assert self._session is not None, "use `with client.realtime() as live:`"
        return self._session

    def register(self, items: list[str], types: list[str], grp_no: str = "1", refresh: bool = True) -> None:
        self._call(self.session.register(items, types, grp_no, refresh))

    def remove(self, items: list[str], types: list[str], grp_no: str = "1") -> None:
        self._call(self.session.remove(items, types, grp_no))

    def send(self, message: dict[str, Any]) -> None:
        self._call(self.session.send(message))

    def get(self, timeout: float | None = None) -> Event | None:
        """The next event, or None when `timeout` passed or the session ended; raises the error that
        ended the session (`errors.SessionTakenOver`, a LOGIN refused twice) once its events are read."""
        if not self._ended:
            try:
                event = self._events.get(timeout=timeout)
            except Empty:
                return None
            if event is not _CLOSED:
                return event  # type: ignore[no-any-return]
            self._ended = True
        if self._failure is not None:
            raise self._failure
        return None

    def __iter__(self) -> Iterator[Event]:
        while (event := self.get()) is not None:
            yield event

    async def _shut(self) -> None:
        await self.session.close()
        await self.session._http.aclose()

    def close(self) -> None:
        if self._session is not None and self._loop.is_running():
            self._call(self._shut())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
