"""The simulator as a server: start it in an event loop, or in a background thread for tests."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from typing import Any, TypedDict, Unpack

from aiohttp import web

from .._protocol import CONTENT_TYPE
from . import rest, websocket
from .faults import Faults
from .market import TODAY
from .state import Catalog, Env, State
from .timing import Timing

MAX_BODY = 64 * 1024  # Kiwoom's requests are small; a larger body is refused with an error answer


class SimulatorOptions(TypedDict, total=False):
    """The keyword arguments of `Simulator(...)`, which `running(...)` passes on (see `Simulator.__init__`)."""

    seed: int
    env: Env
    faults: Faults | None
    timing: Timing | None
    pages: int
    today: datetime.date
    market_open: bool
    recorded: bool | Collection[str]


class Simulator:
    """A Kiwoom-compatible REST + WebSocket server on loopback.

    >>> async with Simulator(seed=1) as sim:      # or: with running(seed=1) as sim:
    ...     client = Kiwoom(*sim.keys, base_url=sim.url)
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        env: Env = "mock",
        faults: Faults | None = None,
        timing: Timing | None = None,
        pages: int = 3,
        today: datetime.date = TODAY,
        market_open: bool = True,
        recorded: bool | Collection[str] = False,
    ) -> None:
        """A simulator, not yet listening (`start`, `async with` or `running(...)` serves it).

        Args:
            seed: makes every answer, market walk and realtime frame deterministic.
            env: "mock" (answers and refusals of Kiwoom's mock server, its keys) or "real" (the real server's).
            faults: the faults to inject (`Faults`; None: none).
            timing: PING interval and timeout, stream interval and entries per frame (`Timing`; None: defaults).
            pages: how many pages a paging TR answers (each page's next-key leads to the next).
            today: the simulated trading day (the last trading day up to it).
            market_open: whether its regular session is under way (closed: after 15:30, when the mock server
                refuses orders with RC4058).
            recorded: answer the queries that have a recorded answer (specs/recorded) with it: True for all of
                them, or a collection of file names.
        """
        self.state = State(Catalog.load(), env, seed, faults or Faults(), pages, today, market_open, recorded)
        self.timing = timing or Timing()
        self._runner: web.AppRunner | None = None
        self.url = ""

    def __repr__(self) -> str:
        where = f"url={self.url!r}" if self.url else "not started"
        return f"Simulator({where}, env={self.state.env!r}, seed={self.state.seed})"

    @property
    def keys(self) -> tuple[str, str]:
        """The appkey and secretkey this simulator accepts."""
        return self.state.keys[self.state.env]

    @property
    def market_open(self) -> bool:
        """The simulated session: True while it runs; set it False to close the market (and True to reopen it)."""
        return self.state.market.is_open

    @market_open.setter
    def market_open(self, value: bool) -> None:
        self.state.market.is_open = value

    def answer(self, api_id: str, request: dict[str, Any], rows: int = rest.ROWS) -> dict[str, Any]:
        """The body this simulator answers a query with (`request`: its JSON body), with `rows` rows to each list,
        made without a request over the wire: for tests and benchmarks of large answers (a daily chart of 600
        trading days). The first page, return_code 0."""
        answer, _ = rest.synthesized(self.state, api_id, request, rows=rows)
        return {**answer, "return_code": 0, "return_msg": rest.OK_MESSAGE}

    @property
    def ws_url(self) -> str:
        """The WebSocket URL of the running simulator (`url` with ws://); "" before `start`."""
        return self.url.replace("http://", "ws://", 1)

    def app(self) -> web.Application:
        """The aiohttp application that serves this simulator's REST and WebSocket paths (`start` runs it)."""
        app = web.Application(client_max_size=MAX_BODY, middlewares=[_canned])
        app[rest.STATE] = self.state
        app[rest.STOPPING] = asyncio.Event()
        app[websocket.TIMING] = self.timing
        for path in self.state.catalog.websocket_paths.values():
            app.router.add_get(path, websocket.handle)
        app.router.add_route("*", "/{tail:.*}", rest.handle)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0, *, allow_remote: bool = False) -> str:
        """Listen on `host`:`port` (0: a free port) and return the base URL, also kept in `url`. ValueError for a
        host that is not loopback unless `allow_remote`; OSError when the address cannot be listened on."""
        if not allow_remote and not ipaddress.ip_address(host).is_loopback:
            raise ValueError(f"the simulator serves loopback only; {host} needs allow_remote=True")
        self._runner = web.AppRunner(self.app(), access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = self._runner.addresses[0]
        self.url = f"http://{bound[0]}:{bound[1]}"
        return self.url

    async def stop(self) -> None:
        """Close every WebSocket session, send at once the answers Faults.slow_seconds holds back (whoever still
        waits for one), and stop listening; stopping again does nothing."""
        if self._runner is not None:
            for session in list(self.state.sessions):
                await session.ws.close()
            self._runner.app[rest.STOPPING].set()
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Simulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


@web.middleware
async def _canned(request: web.Request, handler: Any) -> web.StreamResponse:
    """Faults.canned: the next call of an api-id gets the answer queued for it, as it is."""
    api_id = request.headers.get("api-id", "")
    queued = request.app[rest.STATE].faults.canned.get(api_id) if api_id else None
    if not queued:
        response: web.StreamResponse = await handler(request)
        return response
    status, body = queued.pop(0)
    return web.Response(
        body=json.dumps(body, ensure_ascii=False).encode(),
        status=status,
        headers={"content-type": CONTENT_TYPE, "api-id": api_id},
    )


@contextmanager
def running(**options: Unpack[SimulatorOptions]) -> Iterator[Simulator]:
    """A simulator serving from a background thread, for synchronous code and tests: `with running(seed=1) as sim:`
    (the arguments of `Simulator`); stopped at the end of the block."""
    simulator = Simulator(**options)
    loop = asyncio.new_event_loop()
    started = threading.Event()
    failure: list[BaseException] = []

    def serve() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(simulator.start())
        except BaseException as error:  # reported to the caller below
            failure.append(error)
            started.set()
            return
        started.set()
        loop.run_forever()
        loop.run_until_complete(simulator.stop())
        loop.close()

    thread = threading.Thread(target=serve, name="kiwoom-sim", daemon=True)
    thread.start()
    started.wait()
    if failure:
        raise failure[0]
    try:
        yield simulator
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
