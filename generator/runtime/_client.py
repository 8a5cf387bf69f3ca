"""The sync and async clients' machinery: sessions that do the I/O around the shared core, and
the bases the generated API groups and clients build on."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import functools
import logging
import random
import threading
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any, ClassVar, ParamSpec, Self, TypeVar, Unpack

from ._core import Config, Core, Env, OrderInDoubt, Outgoing, check_paging
from ._endpoint import Endpoint
from ._endpoints import AU10001, AU10002, ENDPOINTS, HOSTS
from ._exceptions import (
    ArgumentInvalid,
    ClientClosed,
    KiwoomError,
    OrderStateUnknown,
    WrongEventLoop,
    excerpt,
    look_it_up,
)
from ._models import KiwoomResponse
from ._nearest import did_you_mean
from ._policy import (
    TOKENS,
    Retry,
    TokenKey,
    auth_failure,
    check_count,
    final_error,
    now,
    retryable,
    shared_limiter,
    transport_error,
)
from ._session import RealtimeOptions, RealtimeSession, SyncRealtime, check_options
from ._transport import (
    AiohttpTransport,
    ExchangeFailed,
    HttpxAsyncTransport,
    HttpxTransport,
    Wire,
    async_transport,
    resending,
    sync_transport,
)

log = logging.getLogger("kiwoom_sdk")
Hook = Callable[[str, dict[str, Any]], None]  # (event, details): request, response, retry, token
_token_locks: dict[TokenKey, threading.Lock] = {}
_token_locks_guard = threading.Lock()


def _token_lock(key: TokenKey) -> threading.Lock:
    with _token_locks_guard:
        return _token_locks.setdefault(key, threading.Lock())


class _Session:
    """What both sessions share: the core, the policy objects, what to do after a failure, and the
    orders whose answer never reached the caller."""

    def __init__(
        self,
        config: Config,
        http: Any = None,
        *,
        transport: str | None = None,
        retry: Retry | None = None,
        rate: float | None = None,
        burst: float | None = None,
        hook: Hook | None = None,
    ) -> None:
        _check_policy(retry, hook)
        self.transport = self._transport(config, transport, http)
        self.http, self.resends = http, resending(http)
        self.core = Core(config)
        self.limiter = shared_limiter(self.core.token_key, rate, burst)
        self.retry = retry or Retry()
        self.rng = random.Random()
        self.hook = hook
        self.orders_in_doubt: list[OrderInDoubt] = []
        self.closed = False
        self.traced = False  # has the transport told (httpcore's trace) how far a request got?

    @staticmethod
    def _transport(config: Config, name: str | None, http: Any) -> Any:
        raise NotImplementedError

    def check_open(self) -> None:
        if self.closed:
            raise ClientClosed("the client is closed (close(), aclose() or the end of its with block); make a new one")

    def check_sendable(self, endpoint: Endpoint) -> None:
        """An order is refused, unsent, over a caller's client that may send a request again (`resending`)."""
        if endpoint.order and self.resends is not None:
            raise ArgumentInvalid("http", self.http, f"{endpoint.api_id} is an order and was not sent: {self.resends}")

    def emit(self, event: str, **details: Any) -> None:
        """Tell the hook; a hook that raises is logged, never allowed to change the call's outcome."""
        if self.hook is None:
            return
        try:
            self.hook(event, details)
        except Exception:
            log.warning(
                "the hook raised on a %r event of %s; ignored", event, details.get("api_id", "-"), exc_info=True
            )

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

    def give_up(self, outgoing: Outgoing, error: KiwoomError, sent_at: datetime.datetime) -> KiwoomError:
        """The error a call ends with; an order whose state is unknown (its last sending begun at `sent_at`) is kept
        and logged first."""
        final = final_error(outgoing.endpoint, error)
        if isinstance(final, OrderStateUnknown):
            final.record = self.doubt(outgoing, final.cause, sent_at)
        return final

    def exchanged(self, wire: Wire) -> None:
        """An exchange completed: from now on, a trace that never reached the request's headers
        means that nothing was sent (a transport that never traces leaves every order in doubt)."""
        self.traced = self.traced or wire.events > 0

    def broken(self, outgoing: Outgoing, error: BaseException, wire: Wire, sent_at: datetime.datetime) -> BaseException:
        """What to raise when the exchange ended in something other than an answer or a transport failure.
        An order that may have left is kept and logged: a cancellation or an interrupt (a
        BaseException) is raised as it is with a note added, any other error as OrderStateUnknown."""
        may_have_left = wire.writing or not self.traced
        if not (outgoing.endpoint.order and may_have_left):
            return error
        endpoint = outgoing.endpoint
        if isinstance(error, Exception):
            return OrderStateUnknown(
                endpoint.api_id, f"{type(error).__name__}: {excerpt(str(error))}", look_up=endpoint.look_up
            )
        why = "cancelled" if isinstance(error, asyncio.CancelledError) else type(error).__name__
        self.doubt(outgoing, why, sent_at)
        error.add_note(
            f"kiwoom_sdk: {endpoint.api_id} was {why} after the order may have reached the server; "
            f"its state is unknown: {look_it_up(endpoint.look_up)} (it is kept in client.orders_in_doubt)"
        )
        return error

    def doubt(self, outgoing: Outgoing, why: str, sent_at: datetime.datetime) -> OrderInDoubt:
        record = outgoing.in_doubt(why, sent_at)
        self.orders_in_doubt.append(record)
        log.warning(
            "%s: order state unknown (%s); the order %s may stand: %s (kept in client.orders_in_doubt)",
            record.api_id,
            why,
            dict(record.request),
            look_it_up(record.look_up),
        )
        return record

    def answer(self, outgoing: Outgoing, status: int, headers: Any, content: bytes, started: float) -> KiwoomResponse:
        elapsed = time.perf_counter() - started
        log.debug("%s: HTTP %d in %.3f s", outgoing.endpoint.api_id, status, elapsed)
        self.emit("response", api_id=outgoing.endpoint.api_id, status=status, elapsed=elapsed)
        return self.core.incoming(outgoing.endpoint, status, headers, content)

    def sending(self, outgoing: Outgoing) -> float:
        log.debug("%s: POST %s", outgoing.endpoint.api_id, outgoing.url)
        self.emit("request", api_id=outgoing.endpoint.api_id, url=outgoing.url)
        return time.perf_counter()


def _check_policy(retry: Any, hook: Any) -> None:
    if retry is not None and not isinstance(retry, Retry):
        raise ArgumentInvalid(
            "retry", retry, "must be a Retry(attempts=..., base=..., cap=...), or None for the default"
        )
    if hook is not None and not callable(hook):
        raise ArgumentInvalid("hook", hook, "must be a callable(event, details), or None")


class SyncSession(_Session):
    """Calls over one httpx.Client (connections are reused), with the token, limiter and retries."""

    transport: HttpxTransport

    @staticmethod
    def _transport(config: Config, name: str | None, http: Any) -> HttpxTransport:
        return sync_transport(config.base_url, config.timeout, name, http)

    def __init__(self, config: Config, http: Any = None, **policy: Any) -> None:
        super().__init__(config, http, **policy)
        self._closing = threading.Event()  # set by close(): a wait for the rate limiter or a retry ends at once

    def token(self) -> str:
        self.check_open()
        key = self.core.token_key
        with _token_lock(key):
            token = TOKENS.get(key)
            if token is None:
                token = self.core.accept_token(self.send(self.core.outgoing(AU10001, self.core.token_params())))
                TOKENS.put(key, token)
            return token.value

    def send(self, outgoing: Outgoing) -> KiwoomResponse:
        self.check_open()
        wait = self.limiter.reserve()
        if wait > 0:
            try:
                self._closing.wait(wait)
                self.check_open()  # closed while it waited: nothing was sent
            except BaseException:
                self.limiter.release()
                raise
        wire = Wire()
        sent_at = now()
        started = self.sending(outgoing)
        try:
            answer = self.transport.post(outgoing.url, outgoing.content, outgoing.headers, wire)
            self.exchanged(wire)
            return self.answer(outgoing, answer.status, answer.headers, answer.content, started)
        except KiwoomError:
            raise
        except ExchangeFailed as failed:
            raise transport_error(outgoing.endpoint, failed.kind, failed.sent) from None
        except BaseException as error:
            raised = self.broken(outgoing, error, wire, sent_at)
            if raised is error:
                raise
            raise raised from error

    def call(
        self, endpoint: Endpoint, params: dict[str, Any], cont_yn: bool = False, next_key: str | None = None
    ) -> Any:
        self.check_open()
        self.check_sendable(endpoint)
        outgoing = self.core.outgoing(endpoint, params, cont_yn=cont_yn, next_key=next_key)
        attempt, reissued = 0, False
        while True:
            token = self.token()
            sent_at = now()  # before the rate limiter's wait: no later than the request could leave
            try:
                return self.send(outgoing.authorized(token))
            except KiwoomError as error:
                step = self.next_step(outgoing, error, attempt, reissued)
                if step is None:
                    final = self.give_up(outgoing, error, sent_at)
                    if final is error:
                        raise
                    raise final from error
                if step < 0:
                    TOKENS.drop(self.core.token_key, token)
                    reissued = True
                else:
                    attempt += 1
                    self._closing.wait(step)  # closed meanwhile: the next round raises ClientClosed

    def revoke(self) -> None:
        """au10002: revoke the current token (a later call issues a new one)."""
        self.check_open()
        token = TOKENS.drop(self.core.token_key)
        if token is not None:
            self.send(self.core.outgoing(AU10002, self.core.revoke_params(token.value)))

    def close(self) -> None:
        self.closed = True
        self._closing.set()
        self.transport.close()


class AsyncSession(_Session):
    """The async twin of SyncSession over one aiohttp.ClientSession (or httpx.AsyncClient: `transport`);
    the same core and policy. It belongs to the event loop it first runs in (its connections and its
    token lock do): a call from another loop raises WrongEventLoop."""

    transport: AiohttpTransport | HttpxAsyncTransport

    @staticmethod
    def _transport(config: Config, name: str | None, http: Any) -> AiohttpTransport | HttpxAsyncTransport:
        return async_transport(config.base_url, config.timeout, name, http)

    def __init__(self, config: Config, http: Any = None, **policy: Any) -> None:
        super().__init__(config, http, **policy)
        self._token_lock = asyncio.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closing = asyncio.Event()  # set by aclose(): a wait for the rate limiter or a retry ends at once

    async def _pause(self, seconds: float) -> None:
        """Sleep `seconds`, or less if aclose() comes first."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    def check_usable(self) -> None:
        """ClientClosed after aclose(); WrongEventLoop from a loop other than the client's own."""
        self.check_open()
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            state = "now closed" if self._loop.is_closed() else "still open"
            raise WrongEventLoop(
                f"this client first ran in another event loop ({state}); its connections and locks belong to "
                "that loop: make one AsyncKiwoom per event loop (e.g. inside the coroutine given to asyncio.run)"
            )

    async def token(self) -> str:
        self.check_usable()
        key = self.core.token_key
        async with self._token_lock:
            token = TOKENS.get(key)
            if token is None:
                issued = await self.send(self.core.outgoing(AU10001, self.core.token_params()))
                token = self.core.accept_token(issued)
                TOKENS.put(key, token)
            return token.value

    async def send(self, outgoing: Outgoing) -> KiwoomResponse:
        self.check_usable()
        wait = self.limiter.reserve()
        if wait > 0:
            try:
                await self._pause(wait)
                self.check_usable()  # closed while it waited: nothing was sent
            except BaseException:
                self.limiter.release()
                raise
        wire = Wire()
        sent_at = now()
        started = self.sending(outgoing)
        try:
            answer = await self.transport.post(outgoing.url, outgoing.content, outgoing.headers, wire)
            self.exchanged(wire)
            return self.answer(outgoing, answer.status, answer.headers, answer.content, started)
        except KiwoomError:
            raise
        except ExchangeFailed as failed:
            raise transport_error(outgoing.endpoint, failed.kind, failed.sent) from None
        except BaseException as error:
            raised = self.broken(outgoing, error, wire, sent_at)
            if raised is error:
                raise
            raise raised from error

    async def call(
        self, endpoint: Endpoint, params: dict[str, Any], cont_yn: bool = False, next_key: str | None = None
    ) -> Any:
        self.check_usable()
        self.check_sendable(endpoint)
        outgoing = self.core.outgoing(endpoint, params, cont_yn=cont_yn, next_key=next_key)
        attempt, reissued = 0, False
        while True:
            token = await self.token()
            sent_at = now()  # before the rate limiter's wait: no later than the request could leave
            try:
                return await self.send(outgoing.authorized(token))
            except KiwoomError as error:
                step = self.next_step(outgoing, error, attempt, reissued)
                if step is None:
                    final = self.give_up(outgoing, error, sent_at)
                    if final is error:
                        raise
                    raise final from error
                if step < 0:
                    TOKENS.drop(self.core.token_key, token)
                    reissued = True
                else:
                    attempt += 1
                    await self._pause(step)  # closed meanwhile: the next round raises ClientClosed

    async def revoke(self) -> None:
        self.check_usable()
        token = TOKENS.drop(self.core.token_key)
        if token is not None:
            await self.send(self.core.outgoing(AU10002, self.core.revoke_params(token.value)))

    async def aclose(self) -> None:
        """Close the connections; from another event loop than the client's, only mark it closed:
        its connections belong to that loop and go with it."""
        self.closed = True
        if self._loop is None or self._loop is asyncio.get_running_loop():
            self._closing.set()
            await self.transport.aclose()


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
# A paged method's own parameters: `pages` takes them typed as the method types them. `max_pages` comes before
# `*args: P.args`, not keyword-only after it: mypy refuses a parameter between P.args and P.kwargs (PEP 612).
P = ParamSpec("P")


def merged(pages: Iterable[R]) -> R:
    """Several pages of one TR as one response of its type: every list field holds the rows of all pages in
    page order, the other fields are the first page's; `raw` holds the concatenated lists too, and `headers`
    are the last page's (its `cont_yn` says whether more pages remain).

    `merged(pages).stk_dt_pole_chart_qry` is typed as the TR's rows (`list[Ka10081StkDtPoleChartQryItem]`),
    and `merged(pages).to_pandas()` makes one frame of them.

    Args:
        pages: the pages of one TR, e.g. `list(client.pages(client.ka10081, ...))`.

    Returns:
        A response of the pages' class.

    Raises:
        ValueError: no pages, or pages of different TRs.
    """
    read = list(pages)
    if not read:
        raise ValueError("merged() needs at least one page")
    first, kind = read[0], type(read[0])
    if others := sorted({type(page).__name__ for page in read if type(page) is not kind}):
        raise ValueError(f"merged() takes the pages of one TR: {kind.__name__} and {', '.join(others)}")
    lists = {name: info for name, info in kind.model_fields.items() if isinstance(getattr(first, name), list)}
    whole = first.model_copy(update={name: [row for page in read for row in getattr(page, name)] for name in lists})
    raw = dict(first.raw)
    for name, info in lists.items():
        wire = info.alias or name
        if wire in raw:
            raw[wire] = [row for page in read for row in page.raw.get(wire) or ()]
    whole._raw = raw
    whole._headers = dict(read[-1].headers)
    return whole


class _ClientBase:
    """Configuration shared by both clients (their constructor's arguments: `help(Kiwoom.__init__)`)."""

    _session_type: ClassVar[type[Any]]
    _session: _Session

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
        transport: str | None = None,
    ) -> None:
        """A client of Kiwoom's mock server unless told `env="real"`. Nothing is sent here: the connections (and,
        for https, the TLS context) are made and the token issued on the first call.

        Args:
            appkey, secretkey: the keys of Kiwoom's Open API (None: KIWOOM_APPKEY / KIWOOM_SECRETKEY; neither:
                `MissingCredentials` on the first call). Never shown in a repr, message or log.
            env: "mock" (the default: Kiwoom's mock-trading server) or "real" (production: real orders).
            base_url: an http(s):// URL that replaces Kiwoom's host of `env` (a simulator, a proxy); None: Kiwoom's.
            ws_url: the ws(s):// URL of the realtime session; None: Kiwoom's of `env`, or `base_url`'s host and port.
                A URL naming Kiwoom's own host of the other environment is refused.
            timeout: seconds, finite and > 0 (default 10): connecting, a free connection included, and each
                silence while an answer is read.
            retry: the backoff of retried queries (`Retry`; None: `Retry()`, 5 attempts); orders are never retried.
            rate, burst: the rate limit shared by every client of this environment, server and key pair: `rate`
                calls a second (> 0), `burst` calls at once (>= 1); None: 5 and 5.
            hook: `hook(event, details)` for each request, response, retry and token event; an exception in it is
                logged at WARNING and changes nothing.
            revoke_on_close: revoke the token (au10002) when the client is closed.
            http: a client of the transport's library made by the caller (an httpx.Client; an
                aiohttp.ClientSession or httpx.AsyncClient), used as it is and closed with this client. An aiohttp
                session of the caller's does not tell how far a request got, so every order of it cut short
                (cancelled, interrupted) is kept in doubt, even one still waiting for a connection. No request is
                sent twice through it: httpx's own transport retries only connecting (`HTTPTransport(retries=N)`:
                the TCP connection and TLS handshake, before a byte of the request is written), and aiohttp sends
                again only an idempotent method (never the POST of every call) over a kept-alive connection that
                closed. An httpx `auth` is refused here (ArgumentInvalid: it would write the token's Authorization,
                and a flow may answer a 401 by sending again). A client with something else that may send a
                request again takes queries, and an order through it is refused before it is sent
                (ArgumentInvalid): an httpx transport, for any URL, other than `httpx.HTTPTransport` /
                `AsyncHTTPTransport` (a wrapper may retry a lost answer; a `MockTransport` of a test too), an
                aiohttp session's client `middlewares`.
            transport: the HTTP library: "httpx" for `Kiwoom`; "aiohttp" (the default) or "httpx" for
                `AsyncKiwoom`, which behave alike (timeouts, retries, order safety).

        Raises:
            ArgumentInvalid: (a ValueError) an argument that makes no sense, named with what is allowed.
        """
        if not isinstance(revoke_on_close, bool):
            raise ArgumentInvalid("revoke_on_close", revoke_on_close, "must be True or False")
        self.config = Config.create(appkey, secretkey, env, base_url, ws_url, timeout, HOSTS)
        self._session = self._session_type(
            self.config, http, transport=transport, retry=retry, rate=rate, burst=burst, hook=hook
        )
        self._revoke_on_close = revoke_on_close
        self._realtime: weakref.WeakSet[Any] = weakref.WeakSet()  # the sessions it opened: closed with it

    @property
    def orders_in_doubt(self) -> list[OrderInDoubt]:
        """Orders whose answer never reached the caller after they may have reached the server
        (cancelled, interrupted, timed out, connection lost, 5xx, unreadable answer), oldest first:
        each may or may not stand. Look each up with the TRs its `look_up` names (its spec's: the query
        TRs that show whether such an order stands) before sending it again, and remove it from this
        list (it is the client's own list) once settled."""
        return self._session.orders_in_doubt

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.config!r}{', closed' if self._session.closed else ''})"


@functools.cache
def _tr_names() -> dict[str, str]:
    """Every name `call` takes -> the TR's id: each id and each English alias."""
    return {name: e.api_id for e in ENDPOINTS.values() for name in (e.api_id, e.alias) if name}


def _endpoint_named(api_id: object) -> Endpoint:
    """The endpoint of a TR named by its id (any case) or alias, or ArgumentInvalid naming the closest names."""
    names = _tr_names()
    if isinstance(api_id, str):
        found = names.get(api_id) or names.get(api_id.strip().lower())
        if found is not None:
            return ENDPOINTS[found]
        close = did_you_mean(api_id, names)
        hint = f"; {close}" if close else ""
    else:
        hint = ""
    raise ArgumentInvalid(
        "api_id", api_id, f"must name an HTTP TR of this client by id or alias ('ka10001', 'stock_basic_info'){hint}"
    )


def _call_arguments(endpoint: Endpoint, params: object, cont_yn: object, next_key: object) -> dict[str, Any]:
    """The arguments of `call` checked as the TR's own method would take them (ArgumentInvalid if not): a mapping
    of field names, paging only for a TR that pages. The values are validated later, with the request."""
    if params is None:
        given: dict[str, Any] = {}
    elif isinstance(params, Mapping) and all(isinstance(name, str) for name in params):
        given = dict(params)
    else:
        raise ArgumentInvalid(
            "params",
            params,
            f"must be a mapping of {endpoint.api_id}'s fields by name ({{'stk_cd': '005930'}}), or None",
        )
    check_paging(endpoint, cont_yn, next_key)
    return given


def _check_pages(method: object, max_pages: object) -> None:
    if not callable(method):
        raise ArgumentInvalid("method", method, "must be a TR method of this client, e.g. client.ka10081")
    check_count("max_pages", max_pages, none="every page")


def _next_page(arguments: dict[str, Any], page: KiwoomResponse) -> dict[str, Any]:
    """The arguments of the page after `page`: the first page's, their continuation replaced (a first page the
    caller asked for with `cont_yn` / `next_key` is not asked for twice)."""
    return {**arguments, "cont_yn": True, "next_key": page.next_key}


class SyncClientBase(_ClientBase, SyncGroup):
    _session_type = SyncSession
    _session: SyncSession

    def token(self) -> str:
        """The current access token, issued (au10001) when there is none or it is about to expire."""
        return self._session.token()

    def revoke(self) -> None:
        """Revoke the current token with au10002."""
        self._session.revoke()

    def call(
        self,
        api_id: str,
        params: Mapping[str, object] | None = None,
        /,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> KiwoomResponse:
        """Call one HTTP TR named at run time: `client.call("ka10001", {"stk_cd": "005930"})`.

        The TR's own method (`client.ka10001(stk_cd=...)`) is the statically typed way; `call` serves code that
        picks the TR from data (a command line, an agent, a configuration) and behaves exactly like that method:
        the same validation before anything is sent (no token is even requested), the same token, rate limit and
        retry policy, and for an order no retry and `orders_in_doubt`.

        Args:
            api_id: the TR's id (`"ka10001"`, any case) or English alias (`"stock_basic_info"`).
            params: the TR's fields by wire name as in the spec (`{"stk_cd": "005930"}`; the Python argument names
                of its method work too); values as its method takes them. None: no fields.
            cont_yn, next_key: the next page of a TR that pages (the previous response's `next_key`);
                `client.pages(functools.partial(client.call, api_id, params))` follows every page.

        Returns:
            The TR's response model (`models.domestic.stkinfo.Ka10001Response` for ka10001), typed as its base
            KiwoomResponse.

        Raises:
            ArgumentInvalid: `api_id` names no TR of this client; `params` is not a mapping of names; paging
                arguments for a TR that does not page.
            RequestInvalid: a field breaks the TR's spec (unknown, missing, of the wrong kind, against a rule).
            MockUnsupported, OrderStateUnknown, errors.OrderRefused, ...: as the TR's own method raises them.
        """
        endpoint = _endpoint_named(api_id)
        arguments = _call_arguments(endpoint, params, cont_yn, next_key)
        response: KiwoomResponse = self._session.call(endpoint, arguments, cont_yn, next_key)
        return response

    def realtime(
        self, section: str = "domestic", *, queue_size: int = 10_000, **options: Unpack[RealtimeOptions]
    ) -> SyncRealtime:
        """A WebSocket session for synchronous code (`with client.realtime() as live:`); it runs in a
        background thread and shares this client's token, rate limit and hook. `section` is
        "domestic" or "us"; `queue_size` (events kept for a slow consumer) a whole number >= 1; `options`:
        deadlines and limits (login_timeout, liveness, max_size, items_per_reg, give_up_after, ...: see
        `RealtimeSession`). ArgumentInvalid for any that makes no sense."""
        check_options(section, queue_size, options)
        self._session.check_open()
        session = self._session
        config, retry, hook = self.config, session.retry, session.hook
        rate, burst = session.limiter.rate, session.limiter.burst

        def make() -> RealtimeSession:
            http = AsyncSession(config, retry=retry, rate=rate, burst=burst, hook=hook)
            return RealtimeSession(http, config.ws_url, section, queue_size=queue_size, **options)

        live = SyncRealtime(make, queue_size)
        self._realtime.add(live)
        return live

    def pages(
        self, method: Callable[P, R], /, max_pages: int | None = None, *args: P.args, **arguments: P.kwargs
    ) -> Iterator[R]:
        """Every page of a paging TR: `for page in client.pages(client.ka10081, stk_cd=...)`, each of the method's
        response type (`Ka10081Response`); follows next-key until cont-yn is no longer Y, or `max_pages` pages (a
        whole number >= 1; None: no cap) were read.

        The TR's arguments are the method's own, typed as in a direct call (a misspelt name or a value of the wrong
        type is a type error); `cont_yn=True, next_key=KEY` (a page's `next_key`) starts at that page. Positional
        arguments after the method go to `max_pages` first: pass the TR's by name. A TR named at run time:
        `client.pages(functools.partial(client.call, "ka10081", params))`.

        Raises:
            ArgumentInvalid: `method` is not callable, or `max_pages` is not a whole number >= 1 or None; checked
                here, before any page is read. The method's own errors are raised as the pages are read.
        """
        _check_pages(method, max_pages)
        return self._pages(method, max_pages, args, arguments)

    def _pages(
        self, method: Callable[..., R], max_pages: int | None, args: tuple[Any, ...], arguments: dict[str, Any]
    ) -> Iterator[R]:
        page = method(*args, **arguments)
        yield page
        count = 1
        while page.cont_yn and (max_pages is None or count < max_pages):
            page = method(*args, **_next_page(arguments, page))
            yield page
            count += 1

    def close(self) -> None:
        """Close the realtime sessions it opened (their iteration ends), revoke the token if `revoke_on_close`, then
        close the connections; later calls raise ClientClosed. Closing again does nothing."""
        if self._session.closed:
            return
        try:
            for live in list(self._realtime):
                live.close()
            if self._revoke_on_close:
                self.revoke()
        finally:
            self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClientBase(_ClientBase, AsyncGroup):
    """The async client belongs to the event loop it first runs in: from another loop its calls
    raise WrongEventLoop (make one client per loop)."""

    _session_type = AsyncSession
    _session: AsyncSession

    async def token(self) -> str:
        """The current access token, issued (au10001) when there is none or it is about to expire."""
        return await self._session.token()

    async def revoke(self) -> None:
        """Revoke the current token with au10002."""
        await self._session.revoke()

    async def call(
        self,
        api_id: str,
        params: Mapping[str, object] | None = None,
        /,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> KiwoomResponse:
        """Call one HTTP TR named at run time: `await client.call("ka10001", {"stk_cd": "005930"})`; the
        arguments, result and errors of the sync client's `call` (`Kiwoom.call`), and like the TR's own method
        a cancelled or interrupted order is kept in `orders_in_doubt`."""
        endpoint = _endpoint_named(api_id)
        arguments = _call_arguments(endpoint, params, cont_yn, next_key)
        response: KiwoomResponse = await self._session.call(endpoint, arguments, cont_yn, next_key)
        return response

    def pages(
        self, method: Callable[P, Awaitable[R]], /, max_pages: int | None = None, *args: P.args, **arguments: P.kwargs
    ) -> AsyncIterator[R]:
        """Every page of a paging TR: `async for page in client.pages(client.ka10081, stk_cd=...)`; the arguments,
        typing, pages and errors of the sync client's `pages` (`Kiwoom.pages`), `max_pages` checked here."""
        _check_pages(method, max_pages)
        return self._pages(method, max_pages, args, arguments)

    async def _pages(
        self,
        method: Callable[..., Awaitable[R]],
        max_pages: int | None,
        args: tuple[Any, ...],
        arguments: dict[str, Any],
    ) -> AsyncIterator[R]:
        page = await method(*args, **arguments)
        yield page
        count = 1
        while page.cont_yn and (max_pages is None or count < max_pages):
            page = await method(*args, **_next_page(arguments, page))
            yield page
            count += 1

    def realtime(
        self, section: str = "domestic", *, queue_size: int = 10_000, **options: Unpack[RealtimeOptions]
    ) -> RealtimeSession:
        """A WebSocket session (`domestic` or `us`) that logs in with this client's token and
        reconnects on its own within deadlines (`options`: see `RealtimeSession`); `queue_size` a whole
        number >= 1."""
        check_options(section, queue_size, options)
        self._session.check_open()
        live = RealtimeSession(self._session, self.config.ws_url, section, queue_size=queue_size, **options)
        self._realtime.add(live)
        return live

    async def aclose(self) -> None:
        """Close the realtime sessions it opened (their iteration ends), revoke the token if `revoke_on_close`, then
        close the connections; later calls raise ClientClosed. Closing again does nothing."""
        if self._session.closed:
            return
        try:
            for live in list(self._realtime):
                await live.close()
            if self._revoke_on_close:
                await self.revoke()
        finally:
            await self._session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
