"""The sync and async clients' machinery: sessions that do the I/O around the shared core, and
the bases the generated API groups and clients build on."""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any, ClassVar, Self, TypeVar, Unpack

import httpx

from ._core import Config, Core, Env, Outgoing
from ._endpoint import Endpoint
from ._endpoints import AU10001, AU10002, HOSTS
from ._exceptions import KiwoomError
from ._models import KiwoomResponse
from ._policy import TOKENS, Retry, auth_failure, final_error, retryable, shared_limiter, transport_error
from ._session import RealtimeOptions, RealtimeSession, SyncRealtime, check_options

log = logging.getLogger("kiwoom_sdk")
Hook = Callable[[str, dict[str, Any]], None]  # (event, details): request, response, retry, token
_token_locks: dict[tuple[str, str, str], threading.Lock] = {}
_token_locks_guard = threading.Lock()


def _token_lock(key: tuple[str, str, str]) -> threading.Lock:
    with _token_locks_guard:
        return _token_locks.setdefault(key, threading.Lock())


class _Session:
    """What both sessions share: the core, the policy objects, and what to do after a failure."""

    _http_type: ClassVar[type[Any]]  # httpx.Client or httpx.AsyncClient

    def __init__(
        self,
        config: Config,
        http: Any = None,
        *,
        retry: Retry | None = None,
        rate: float | None = None,
        burst: float | None = None,
        hook: Hook | None = None,
    ) -> None:
        self.core = Core(config)
        self.http = http or self._http_type(timeout=config.timeout)
        self.retry = retry or Retry()
        self.limiter = shared_limiter(config.env, config.base_url, config.appkey, rate, burst)
        self.rng = random.Random()
        self.hook = hook

    def emit(self, event: str, **details: Any) -> None:
        if self.hook is not None:
            self.hook(event, details)

    def next_step(self, outgoing: Outgoing, error: KiwoomError, attempt: int, reissued: bool) -> float | None:
        """-1.0: issue a new token and retry at once; a delay: retry after it; None: give up."""
        endpoint = outgoing.endpoint
        if auth_failure(error) and not reissued:
            self.emit("token", api_id=endpoint.api_id, reason=error.returned_code)
            return -1.0
        if retryable(endpoint, error) and attempt + 1 < self.retry.attempts:
            delay = self.retry.delay(attempt, self.rng)
            log.info("%s: %s; retry %d in %.2f s", endpoint.api_id, type(error).__name__, attempt + 1, delay)
            self.emit("retry", api_id=endpoint.api_id, attempt=attempt + 1, delay=delay, code=error.returned_code)
            return delay
        return None

    def answer(self, outgoing: Outgoing, status: int, headers: Any, content: bytes, started: float) -> KiwoomResponse:
        elapsed = time.perf_counter() - started
        log.debug("%s: HTTP %d in %.3f s", outgoing.endpoint.api_id, status, elapsed)
        self.emit("response", api_id=outgoing.endpoint.api_id, status=status, elapsed=elapsed)
        return self.core.incoming(outgoing.endpoint, status, headers, content)

    def sending(self, outgoing: Outgoing) -> float:
        log.debug("%s: POST %s", outgoing.endpoint.api_id, outgoing.url)
        self.emit("request", api_id=outgoing.endpoint.api_id, url=outgoing.url)
        return time.perf_counter()


class SyncSession(_Session):
    """Calls over one httpx.Client (connections are reused), with the token, limiter and retries."""

    _http_type = httpx.Client
    http: httpx.Client

    def token(self) -> str:
        key = self.core.token_key
        with _token_lock(key):
            token = TOKENS.get(key)
            if token is None:
                token = self.core.accept_token(self.send(self.core.outgoing(AU10001, self.core.token_params())))
                TOKENS.put(key, token)
            return token.value

    def send(self, outgoing: Outgoing) -> KiwoomResponse:
        wait = self.limiter.reserve()
        if wait > 0:
            time.sleep(wait)
        started = self.sending(outgoing)
        try:
            answer = self.http.post(outgoing.url, content=outgoing.content, headers=outgoing.headers)
        except httpx.TransportError as error:
            raise transport_error(outgoing.endpoint, error) from None
        return self.answer(outgoing, answer.status_code, answer.headers, answer.content, started)

    def call(
        self, endpoint: Endpoint, params: dict[str, Any], cont_yn: bool = False, next_key: str | None = None
    ) -> Any:
        outgoing = self.core.outgoing(endpoint, params, cont_yn=cont_yn, next_key=next_key)
        attempt, reissued = 0, False
        while True:
            token = self.token()
            try:
                return self.send(outgoing.authorized(token))
            except KiwoomError as error:
                step = self.next_step(outgoing, error, attempt, reissued)
                if step is None:
                    final = final_error(endpoint, error)
                    if final is error:
                        raise
                    raise final from error
                if step < 0:
                    TOKENS.drop(self.core.token_key, token)
                    reissued = True
                else:
                    attempt += 1
                    time.sleep(step)

    def revoke(self) -> None:
        """au10002: revoke the current token (a later call issues a new one)."""
        token = TOKENS.drop(self.core.token_key)
        if token is not None:
            self.send(self.core.outgoing(AU10002, self.core.revoke_params(token.value)))

    def close(self) -> None:
        self.http.close()


class AsyncSession(_Session):
    """The async twin of SyncSession over one httpx.AsyncClient; the same core and policy."""

    _http_type = httpx.AsyncClient
    http: httpx.AsyncClient

    def __init__(self, config: Config, http: httpx.AsyncClient | None = None, **policy: Any) -> None:
        super().__init__(config, http, **policy)
        self._token_lock = asyncio.Lock()

    async def token(self) -> str:
        key = self.core.token_key
        async with self._token_lock:
            token = TOKENS.get(key)
            if token is None:
                issued = await self.send(self.core.outgoing(AU10001, self.core.token_params()))
                token = self.core.accept_token(issued)
                TOKENS.put(key, token)
            return token.value

    async def send(self, outgoing: Outgoing) -> KiwoomResponse:
        wait = self.limiter.reserve()
        if wait > 0:
            await asyncio.sleep(wait)
        started = self.sending(outgoing)
        try:
            answer = await self.http.post(outgoing.url, content=outgoing.content, headers=outgoing.headers)
        except httpx.TransportError as error:
            raise transport_error(outgoing.endpoint, error) from None
        return self.answer(outgoing, answer.status_code, answer.headers, answer.content, started)

    async def call(
        self, endpoint: Endpoint, params: dict[str, Any], cont_yn: bool = False, next_key: str | None = None
    ) -> Any:
        outgoing = self.core.outgoing(endpoint, params, cont_yn=cont_yn, next_key=next_key)
        attempt, reissued = 0, False
        while True:
            token = await self.token()
            try:
                return await self.send(outgoing.authorized(token))
            except KiwoomError as error:
                step = self.next_step(outgoing, error, attempt, reissued)
                if step is None:
                    final = final_error(endpoint, error)
                    if final is error:
                        raise
                    raise final from error
                if step < 0:
                    TOKENS.drop(self.core.token_key, token)
                    reissued = True
                else:
                    attempt += 1
                    await asyncio.sleep(step)

    async def revoke(self) -> None:
        token = TOKENS.drop(self.core.token_key)
        if token is not None:
            await self.send(self.core.outgoing(AU10002, self.core.revoke_params(token.value)))

    async def aclose(self) -> None:
        await self.http.aclose()


class SyncGroup:
    """Base of the generated sync API groups: each method validates and calls through `_session`."""

    _session: SyncSession

    @classmethod
    def _bound(cls, session: SyncSession) -> Self:
        group = object.__new__(cls)
        group._session = session
        return group

    def _call(
        self, endpoint: Endpoint, params: dict[str, Any], cont_yn: bool = False, next_key: str | None = None
    ) -> Any:
        return self._session.call(endpoint, params, cont_yn, next_key)


class AsyncGroup:
    """Base of the generated async API groups."""

    _session: AsyncSession

    @classmethod
    def _bound(cls, session: AsyncSession) -> Self:
        group = object.__new__(cls)
        group._session = session
        return group

    async def _call(
        self, endpoint: Endpoint, params: dict[str, Any], cont_yn: bool = False, next_key: str | None = None
    ) -> Any:
        return await self._session.call(endpoint, params, cont_yn, next_key)


R = TypeVar("R", bound=KiwoomResponse)


def merged(pages: Iterable[KiwoomResponse]) -> dict[str, list[Any]]:
    """The list fields of several pages, concatenated in page order (field name -> rows)."""
    out: dict[str, list[Any]] = {}
    for page in pages:
        for name in type(page).model_fields:
            value = getattr(page, name)
            if isinstance(value, list):
                out.setdefault(name, []).extend(value)
    return out


class _ClientBase:
    """Configuration shared by both clients; `http` may be an httpx client of the matching kind."""

    _session_type: ClassVar[type[Any]]

    def __init__(
        self,
        appkey: str | None = None,
        secretkey: str | None = None,
        *,
        env: Env = "mock",
        base_url: str | None = None,
        ws_url: str | None = None,
        timeout: float = 10.0,
        retry: Retry | None = None,
        rate: float | None = None,
        burst: float | None = None,
        hook: Hook | None = None,
        revoke_on_close: bool = False,
        http: Any = None,
    ) -> None:
        self.config = Config.create(appkey, secretkey, env, base_url, ws_url, timeout, HOSTS)
        self._session = self._session_type(self.config, http, retry=retry, rate=rate, burst=burst, hook=hook)
        self._revoke_on_close = revoke_on_close

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.config!r})"


class SyncClientBase(_ClientBase, SyncGroup):
    _session_type = SyncSession
    _session: SyncSession

    def token(self) -> str:
        """The current access token, issued (au10001) when there is none or it is about to expire."""
        return self._session.token()

    def revoke(self) -> None:
        """Revoke the current token with au10002."""
        self._session.revoke()

    def realtime(
        self, section: str = "domestic", *, queue_size: int = 10_000, **options: Unpack[RealtimeOptions]
    ) -> SyncRealtime:
        """A WebSocket session for synchronous code (`with client.realtime() as live:`); it runs in a
        background thread and shares this client's token. `options`: deadlines and limits (login_timeout,
        liveness, max_size, items_per_reg, give_up_after, ...: see `RealtimeSession`); ValueError if one is
        not a positive number."""
        check_options(section, queue_size, options)
        config, retry = self.config, self._session.retry

        def make() -> RealtimeSession:
            http = AsyncSession(config, retry=retry)
            return RealtimeSession(http, config.ws_url, section, queue_size=queue_size, **options)

        return SyncRealtime(make, queue_size)

    def pages(self, method: Callable[..., R], /, *, max_pages: int | None = None, **arguments: Any) -> Iterator[R]:
        """Every page of a paging TR: `for page in client.pages(client.ka10081, stk_cd=...)`; follows
        next-key until cont-yn is no longer Y, or `max_pages` pages were read."""
        page = method(**arguments)
        yield page
        count = 1
        while page.cont_yn and (max_pages is None or count < max_pages):
            page = method(**arguments, cont_yn=True, next_key=page.next_key)
            yield page
            count += 1

    def close(self) -> None:
        try:
            if self._revoke_on_close:
                self.revoke()
        finally:
            self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClientBase(_ClientBase, AsyncGroup):
    _session_type = AsyncSession
    _session: AsyncSession

    async def token(self) -> str:
        """The current access token, issued (au10001) when there is none or it is about to expire."""
        return await self._session.token()

    async def revoke(self) -> None:
        """Revoke the current token with au10002."""
        await self._session.revoke()

    async def pages(
        self, method: Callable[..., Awaitable[R]], /, *, max_pages: int | None = None, **arguments: Any
    ) -> AsyncIterator[R]:
        """Every page of a paging TR: `async for page in client.pages(client.ka10081, stk_cd=...)`."""
        page = await method(**arguments)
        yield page
        count = 1
        while page.cont_yn and (max_pages is None or count < max_pages):
            page = await method(**arguments, cont_yn=True, next_key=page.next_key)
            yield page
            count += 1

    def realtime(
        self, section: str = "domestic", *, queue_size: int = 10_000, **options: Unpack[RealtimeOptions]
    ) -> RealtimeSession:
        """A WebSocket session (`domestic` or `us`) that logs in with this client's token and
        reconnects on its own within deadlines (`options`: see `RealtimeSession`)."""
        return RealtimeSession(self._session, self.config.ws_url, section, queue_size=queue_size, **options)

    async def aclose(self) -> None:
        try:
            if self._revoke_on_close:
                await self.revoke()
        finally:
            await self._session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
