"""The WebSocket session: LOGIN with the client's token, PING echoed, REG / REMOVE, and typed
events from `realtime.decode`.

This is the plain session; reconnecting, re-registering and bounded queues build on it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Self

import orjson
import websockets

from ._realtime import Event, RealtimeDecodeError, SystemMessage
from .errors import error_class_for

if TYPE_CHECKING:
    from ._client import AsyncSession

log = logging.getLogger("kiwoom_sdk.realtime")
PATHS = {"domestic": "/api/dostk/websocket", "us": "/api/us/websocket"}


class RealtimeSession:
    """`async with client.realtime() as session:` then `await session.register([...], ["0B"])`
    and `async for event in session:`. PINGs are answered here and never reach the caller."""

    def __init__(self, http: AsyncSession, ws_url: str, section: str = "domestic") -> None:
        self._http = http
        self.url = ws_url.rstrip("/") + PATHS[section]
        self._ws: Any = None
        self.malformed = 0  # frames that could not be decoded; each is logged once and skipped

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def connect(self) -> None:
        token = await self._http.token()
        self._ws = await websockets.connect(self.url, max_size=1 << 22, ping_interval=None)
        await self._send({"trnm": "LOGIN", "token": token})
        answer = await self._next_system("LOGIN")
        if not answer.ok:
            code = answer.return_code or 0
            raise error_class_for(code)(answer.return_msg or "LOGIN refused", api_id="LOGIN", code=code)

    async def register(self, items: list[str], types: list[str], grp_no: str = "1", refresh: bool = True) -> None:
        """REG: `refresh=True` keeps the group's earlier registrations, False replaces them."""
        data = [{"item": items, "type": types}]
        await self._send({"trnm": "REG", "grp_no": grp_no, "refresh": "1" if refresh else "0", "data": data})

    async def remove(self, items: list[str], types: list[str], grp_no: str = "1") -> None:
        await self._send({"trnm": "REMOVE", "grp_no": grp_no, "data": [{"item": items, "type": types}]})

    async def send(self, message: dict[str, Any]) -> None:
        """Any other message (condition search: CNSRLST, CNSRREQ, CNSRCLR)."""
        await self._send(message)

    async def _send(self, message: dict[str, Any]) -> None:
        await self._ws.send(orjson.dumps(message).decode())

    async def _next_system(self, trnm: str) -> SystemMessage:
        async for event in self:
            if isinstance(event, SystemMessage) and event.trnm == trnm:
                return event
        raise ConnectionError(f"the server closed the session before answering {trnm}")

    async def __aiter__(self) -> AsyncIterator[Event]:
        from . import realtime  # the generated registry of event classes

        async for frame in self._ws:
            try:
                events = realtime.decode(frame)
            except RealtimeDecodeError as error:
                self.malformed += 1
                log.warning("skipped a malformed frame (%s): %.200r", error, error.raw)
                continue
            for event in events:
                if isinstance(event, SystemMessage) and event.trnm == "PING":
                    await self._ws.send(frame if isinstance(frame, str) else frame.decode())
                    continue
                yield event

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()
            self._ws = None
