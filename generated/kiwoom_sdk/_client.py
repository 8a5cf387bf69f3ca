"""The sync and async clients' machinery: sessions that do the I/O around the shared core, and
the bases the generated API groups and clients build on."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Self

import httpx

from ._core import Config, Core, Env, Outgoing, Token
from ._endpoint import Endpoint
from ._endpoints import AU10001, AU10002, HOSTS
from ._models import KiwoomResponse
from ._session import RealtimeSession


class SyncSession:
    """Calls over one httpx.Client (connections are reused); issues the token when needed."""

    def __init__(self, config: Config, http: httpx.Client | None = None) -> None:
        self.core = Core(config)
        self.http = http or httpx.Client(timeout=config.timeout)
        self._token: Token | None = None
        self._token_lock = threading.Lock()

    def token(self) -> str:
        with self._token_lock:
            if self.core.needs_token(self._token):
                self._token = self.core.accept_token(self.send(self.core.outgoing(AU10001, self.core.token_params())))
            assert self._token is not None
            return self._token.value

    def send(self, outgoing: Outgoing) -> KiwoomResponse:
        answer = self.http.post(outgoing.url, content=outgoing.content, headers=outgoing.headers)
        return self.core.incoming(outgoing.endpoint, answer.status_code, answer.headers, answer.content)

    def call(
        self, endpoint: Endpoint, params: dict[str, Any], cont_yn: bool = False, next_key: str | None = None
    ) -> Any:
        outgoing = self.core.outgoing(endpoint, params, cont_yn=cont_yn, next_key=next_key)
        return self.send(outgoing.authorized(self.token()))

    def revoke(self) -> None:
        """au10002: revoke the current token (a later call issues a new one)."""
        with self._token_lock:
            token, self._token = self._token, None
        if token is not None:
            self.send(self.core.outgoing(AU10002, self.core.revoke_params(token.value)))

    def close(self) -> None:
        self.http.close()


class AsyncSession:
    """The async twin of SyncSession over one httpx.AsyncClient."""

    def __init__(self, config: Config, http: httpx.AsyncClient | None = None) -> None:
        self.core = Core(config)
        self.http = http or httpx.AsyncClient(timeout=config.timeout)
        self._token: Token | None = None
        self._token_lock = asyncio.Lock()

    async def token(self) -> str:
        async with self._token_lock:
            if self.core.needs_token(self._token):
                issued = await self.send(self.core.outgoing(AU10001, self.core.token_params()))
                self._token = self.core.accept_token(issued)
            return self._token.value if self._token else ""

    async def send(self, outgoing: Outgoing) -> KiwoomResponse:
        answer = await self.http.post(outgoing.url, content=outgoing.content, headers=outgoing.headers)
        return self.core.incoming(outgoing.endpoint, answer.status_code, answer.headers, answer.content)

    async def call(
        self, endpoint: Endpoint, params: dict[str, Any], cont_yn: bool = False, next_key: str | None = None
    ) -> Any:
        outgoing = self.core.outgoing(endpoint, params, cont_yn=cont_yn, next_key=next_key)
        return await self.send(outgoing.authorized(await self.token()))

    async def revoke(self) -> None:
        async with self._token_lock:
            token, self._token = self._token, None
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


class SyncClientBase(SyncGroup):
    def __init__(
        self,
        appkey: str | None = None,
        secretkey: str | None = None,
        *,
        env: Env = "mock",
        base_url: str | None = None,
        ws_url: str | None = None,
        timeout: float = 10.0,
        http: httpx.Client | None = None,
    ) -> None:
        self.config = Config.create(appkey, secretkey, env, base_url, ws_url, timeout, HOSTS)
        self._session = SyncSession(self.config, http)

    def token(self) -> str:
        """The current access token, issued (au10001) when there is none or it is about to expire."""
        return self._session.token()

    def revoke(self) -> None:
        """Revoke the current token with au10002."""
        self._session.revoke()

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.config!r})"


class AsyncClientBase(AsyncGroup):
    def __init__(
        self,
        appkey: str | None = None,
        secretkey: str | None = None,
        *,
        env: Env = "mock",
        base_url: str | None = None,
        ws_url: str | None = None,
        timeout: float = 10.0,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self.config = Config.create(appkey, secretkey, env, base_url, ws_url, timeout, HOSTS)
        self._session = AsyncSession(self.config, http)

    async def token(self) -> str:
        """The current access token, issued (au10001) when there is none or it is about to expire."""
        return await self._session.token()

    async def revoke(self) -> None:
        """Revoke the current token with au10002."""
        await self._session.revoke()

    def realtime(self, section: str = "domestic") -> RealtimeSession:
        """A WebSocket session (`domestic` or `us`) that logs in with this client's token."""
        return RealtimeSession(self._session, self.config.ws_url, section)

    async def aclose(self) -> None:
        await self._session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.config!r})"
