"""The HTTP transports under the clients' sessions: one POST out, its answer back, and how far a request got.

A session hands a transport the URL, headers and body of one call and gets an `Answer` (status, headers, body),
or an `ExchangeFailed` that says what went wrong in httpx's words ('ConnectError', 'ReadTimeout',
'RemoteProtocolError', ...) and whether the request may have reached the server: the order-safety rules
(`_policy`) read only that, whatever library carried the call. A `Wire` records what the transport tells of a
request while it is under way (has the writing of its headers begun?), so that a call cut short by a
cancellation or an interrupt is known to be in doubt or not.

- `HttpxTransport`: the sync client's, over one httpx.Client.
- `AiohttpTransport`: `AsyncKiwoom`'s default, over one aiohttp.ClientSession (the faster under concurrent calls:
  `make bench`).
- `HttpxAsyncTransport`: over one httpx.AsyncClient (`AsyncKiwoom(transport="httpx")`).

No transport follows a redirect, whatever the client it was given was told: a redirected order would be sent
again, to a URL nobody chose. A redirect is answered as it is (the session reads it as no answer).

Nor does any send a request twice. httpx's own transport retries only connecting (`HTTPTransport(retries=N)`:
httpcore's `_connect`, the TCP connection and TLS handshake, before a byte of the request is written), and aiohttp
sends a request again over a kept-alive connection only for an idempotent method (never the POST of every Kiwoom
call). A client given by the caller that could send one again (`resending`) takes queries, and an order through it
is refused before it is sent.

Each imports its library and builds its client on the first call, not before: a client that is made and never used
costs nothing (httpx and aiohttp each take tens of milliseconds to import, and `AsyncKiwoom` over aiohttp never
imports httpx), an aiohttp session belongs to the event loop it is made in, and a TLS context (tens of milliseconds
to load the trusted certificates) is built only for an https:// server. A client given by the caller (`http=`) is
used as it is.
"""

from __future__ import annotations

import ssl
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._exceptions import ArgumentInvalid

if TYPE_CHECKING:
    import aiohttp
    import httpx

KEEPALIVE_SECONDS = 5.0  # how long an idle connection is kept (httpx's default, for both libraries)


@dataclass(frozen=True)
class Answer:
    """An HTTP answer as read: its status, its headers (looked up by lower-case name) and its body."""

    status: int
    headers: Mapping[str, str]
    content: bytes


class ExchangeFailed(Exception):
    """The exchange failed before an answer was read (connection refused, timed out, dropped, not HTTP); the
    session turns it into `TransportFailed` or, for an order that may have been sent, `OrderStateUnknown`.

    `kind` names the failure as httpx does ('ConnectError', 'ConnectTimeout', 'PoolTimeout', 'ReadTimeout',
    'RemoteProtocolError', 'ReadError', ...; another library's own class name where httpx has none); `sent`
    is False only when nothing can have reached the server (no connection was had)."""

    def __init__(self, kind: str, *, sent: bool) -> None:
        super().__init__(kind)
        self.kind = kind
        self.sent = sent


class Wire:
    """What the transport told of one request: how many of its events it reported, and whether the writing of
    the request's headers began. Before that (waiting for a connection, connecting) nothing was sent."""

    def __init__(self) -> None:
        self.events = 0
        self.writing = False

    def trace(self, name: str, info: dict[str, Any]) -> None:
        """httpcore's trace callback (the `trace` extension of an httpx request)."""
        self.events += 1
        self.writing = self.writing or "send_request_headers" in name

    async def atrace(self, name: str, info: dict[str, Any]) -> None:
        self.trace(name, info)


# ---- httpx ------------------------------------------------------------------------------------------------------


def _httpx_failure(error: httpx.RequestError) -> ExchangeFailed:
    """httpx's failure as an ExchangeFailed; besides the transport's own errors httpx raises a few once the answer
    is on its way (an undecodable body: DecodingError), which may follow a request that was sent."""
    import httpx

    not_sent = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # nothing reached the server
    return ExchangeFailed(type(error).__name__, sent=not isinstance(error, not_sent))


def _tls(base_url: str) -> ssl.SSLContext | bool:
    """What httpx is given as `verify`: True (its default: the trusted certificates, loaded when the client is
    made) for an https:// server; for plain http, where TLS is never spoken, a context that trusts nothing,
    which costs nothing to make and would refuse any certificate if it were ever used."""
    if base_url.lower().startswith("https://"):
        return True
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class HttpxTransport:
    """Calls over one httpx.Client, made on the first call (thread-safe) unless one was given."""

    name = "httpx"

    def __init__(self, base_url: str, timeout: float, client: httpx.Client | None = None) -> None:
        self._base_url, self._timeout = base_url, timeout
        self._client = client
        self._lock = threading.Lock()

    def _opened(self) -> httpx.Client:
        import httpx

        with self._lock:
            if self._client is None:
                self._client = httpx.Client(timeout=self._timeout, verify=_tls(self._base_url))
            return self._client

    def post(self, url: str, content: bytes, headers: dict[str, str], wire: Wire) -> Answer:
        import httpx

        client = self._client or self._opened()
        try:
            answer = client.post(
                url, content=content, headers=headers, follow_redirects=False, extensions={"trace": wire.trace}
            )
        except httpx.RequestError as error:
            raise _httpx_failure(error) from None
        return Answer(answer.status_code, answer.headers, answer.content)

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()


class HttpxAsyncTransport:
    """Calls over one httpx.AsyncClient, made on the first call unless one was given."""

    name = "httpx"

    def __init__(self, base_url: str, timeout: float, client: httpx.AsyncClient | None = None) -> None:
        self._base_url, self._timeout = base_url, timeout
        self._client = client

    async def post(self, url: str, content: bytes, headers: dict[str, str], wire: Wire) -> Answer:
        import httpx

        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self._timeout, verify=_tls(self._base_url))
        try:
            answer = await self._client.post(
                url, content=content, headers=headers, follow_redirects=False, extensions={"trace": wire.atrace}
            )
        except httpx.RequestError as error:
            raise _httpx_failure(error) from None
        return Answer(answer.status_code, answer.headers, answer.content)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()


# ---- aiohttp ----------------------------------------------------------------------------------------------------


async def _request_started(session: Any, context: Any, params: Any) -> None:
    context.trace_request_ctx.events += 1


async def _headers_sent(session: Any, context: Any, params: Any) -> None:
    wire: Wire = context.trace_request_ctx
    wire.events += 1
    wire.writing = True


def wire_tracing() -> aiohttp.TraceConfig:
    """The aiohttp trace that tells a `Wire` how far its request got (the sessions this module makes have it)."""
    import aiohttp

    config = aiohttp.TraceConfig()
    config.on_request_start.append(_request_started)
    config.on_request_headers_sent.append(_headers_sent)
    return config


def _aiohttp_failure(error: Exception) -> ExchangeFailed:
    """aiohttp's failure in httpx's words. A connect timeout (`ClientTimeout.connect` covers the wait for a free
    connection too) and a refused connection sent nothing; any other failure may follow a request that was sent."""
    import aiohttp

    named: tuple[tuple[type[BaseException], str, bool], ...] = (
        (aiohttp.ConnectionTimeoutError, "ConnectTimeout", False),
        (aiohttp.ClientConnectorError, "ConnectError", False),
        (aiohttp.ServerTimeoutError, "ReadTimeout", True),
        (aiohttp.ServerDisconnectedError, "RemoteProtocolError", True),
        (aiohttp.ClientResponseError, "RemoteProtocolError", True),
        (aiohttp.ClientPayloadError, "ReadError", True),
        (aiohttp.ClientOSError, "ReadError", True),
    )
    kind, sent = next(
        ((kind, sent) for cls, kind, sent in named if isinstance(error, cls)), (type(error).__name__, True)
    )
    return ExchangeFailed(kind, sent=sent)


class AiohttpTransport:
    """Calls over one aiohttp.ClientSession, made on the first call in the session's event loop unless one was
    given. Its timeouts are those of httpx's single `timeout`: connecting (a free connection included), and the
    silence of the socket while the answer is read; nothing bounds a whole call that keeps moving. Like httpx it
    takes a proxy from the environment (HTTPS_PROXY, NO_PROXY, ...), read once for the server (aiohttp's own
    `trust_env` would read ~/.netrc in a thread on every call)."""

    name = "aiohttp"

    def __init__(self, base_url: str, timeout: float, client: aiohttp.ClientSession | None = None) -> None:
        self._base_url, self._timeout = base_url, timeout
        self._client = client
        self._proxy: dict[str, Any] = {}

    def _opened(self) -> aiohttp.ClientSession:
        import aiohttp
        from aiohttp.helpers import get_env_proxy_for_url
        from yarl import URL

        try:
            proxy, proxy_auth = get_env_proxy_for_url(URL(self._base_url))
        except LookupError:  # none for this server
            pass
        else:
            self._proxy = {"proxy": proxy, "proxy_auth": proxy_auth}
        timeout = aiohttp.ClientTimeout(
            total=None, connect=self._timeout, sock_connect=self._timeout, sock_read=self._timeout
        )
        tls = self._base_url.lower().startswith("https://")
        connector = aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS, ssl=True if tls else _tls(""))
        return aiohttp.ClientSession(connector=connector, timeout=timeout, trace_configs=[wire_tracing()])

    async def post(self, url: str, content: bytes, headers: dict[str, str], wire: Wire) -> Answer:
        import aiohttp

        if self._client is None:
            self._client = self._opened()
        try:
            async with self._client.post(
                url, data=content, headers=headers, allow_redirects=False, trace_request_ctx=wire, **self._proxy
            ) as answer:
                return Answer(answer.status, answer.headers, await answer.read())
        except (TimeoutError, aiohttp.ClientError) as error:
            raise _aiohttp_failure(error) from None

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()


# ---- choosing ---------------------------------------------------------------------------------------------------

ASYNC_TRANSPORTS = ("aiohttp", "httpx")  # AsyncKiwoom's, the default first


def resending(http: Any) -> str | None:
    """What in a caller's HTTP client (an httpx client or an aiohttp session) may send a request again, which for an
    order would place it twice; None when nothing may. httpx: a transport, for any URL, other than httpx's own (a
    wrapper may retry what its inner transport failed to answer); aiohttp: a client middleware (it may call its
    handler twice). Queries go through such a client; an order is refused before it is sent (`_client`)."""
    httpx = sys.modules.get("httpx")
    if httpx is not None and isinstance(http, httpx.Client | httpx.AsyncClient):
        own = (httpx.HTTPTransport, httpx.AsyncHTTPTransport)
        mounted = getattr(http, "_mounts", {}).values()
        for transport in (getattr(http, "_transport", None), *mounted):
            if transport is not None and type(transport) not in own:
                return (
                    f"its transport {type(transport).__name__} is not httpx's own, and may send a request again (an"
                    " order twice): orders need httpx.HTTPTransport / AsyncHTTPTransport, whose retries= retry only"
                    " connecting, before anything is sent"
                )
    middlewares = getattr(http, "_middlewares", ())  # aiohttp >= 3.12
    if middlewares:
        return "its middlewares may send a request again (an order twice): orders need a session without them"
    return None


def _check_auth(http: object) -> None:
    """An httpx auth flow would write every request's Authorization (the token's), and may answer a 401 by sending
    the request again (an order twice): refused where it is given."""
    auth = getattr(http, "auth", None)
    httpx = sys.modules.get("httpx")
    if httpx is not None and isinstance(http, httpx.Client | httpx.AsyncClient) and auth is not None:
        raise ArgumentInvalid(
            "http",
            http,
            f"its auth ({type(auth).__name__}) would write the request's Authorization (the token's) or may send a"
            " request again (an order twice): leave it out",
        )


def sync_transport(base_url: str, timeout: float, name: object, http: object) -> HttpxTransport:
    """The sync client's transport: httpx (`name` None or "httpx"), over `http` if it is an httpx.Client without an
    auth flow (`_check_auth`)."""
    if name not in (None, "httpx"):
        raise ArgumentInvalid("transport", name, "must be 'httpx' (the sync client's only transport), or None")
    httpx = sys.modules.get("httpx")  # never imported: `http` cannot be one of its clients
    if http is not None and (httpx is None or not isinstance(http, httpx.Client)):
        raise ArgumentInvalid("http", http, "must be an httpx.Client (this client's kind), or None")
    _check_auth(http)
    return HttpxTransport(base_url, timeout, http)


HTTP_CLIENTS = {"aiohttp": "an aiohttp.ClientSession", "httpx": "an httpx.AsyncClient"}


def async_transport(
    base_url: str, timeout: float, name: object, http: object
) -> AiohttpTransport | HttpxAsyncTransport:
    """The async client's transport: `name` (one of ASYNC_TRANSPORTS; None: the kind of `http`, else the
    default), over `http` if it is a client of that kind (an httpx.AsyncClient or an aiohttp.ClientSession) without an
    auth flow (`_check_auth`)."""
    if name is not None and name not in ASYNC_TRANSPORTS:
        allowed = " or ".join(map(repr, ASYNC_TRANSPORTS))
        raise ArgumentInvalid("transport", name, f"must be {allowed}, or None for {ASYNC_TRANSPORTS[0]!r}")
    given = _kind_of(http)
    kind = name or given or ASYNC_TRANSPORTS[0]
    if http is not None and given != kind:
        wanted = (
            HTTP_CLIENTS[kind] if name else " or ".join(HTTP_CLIENTS[k] for k in sorted(HTTP_CLIENTS, reverse=True))
        )
        raise ArgumentInvalid("http", http, f"must be {wanted} (this client's kind), or None")
    _check_auth(http)
    if kind == "aiohttp":
        return AiohttpTransport(base_url, timeout, http)  # type: ignore[arg-type]
    return HttpxAsyncTransport(base_url, timeout, http)  # type: ignore[arg-type]


def _kind_of(http: object) -> str | None:
    """The transport an HTTP client given as `http` belongs to, if it is one."""
    httpx = sys.modules.get("httpx")  # never imported: `http` cannot be one of its clients
    if httpx is not None and isinstance(http, httpx.AsyncClient):
        return "httpx"
    aiohttp = sys.modules.get("aiohttp")  # never imported: `http` cannot be one of its sessions
    if aiohttp is not None and isinstance(http, aiohttp.ClientSession):
        return "aiohttp"
    return None
