"""What an order's answer must say before the client reports the order placed, and that an order goes to the URL
it was sent to and nowhere else: an answer that does not say whether the order was accepted leaves it in doubt,
and a redirect is never followed (by any transport, nor by a client of the caller's told to follow them)."""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import httpx
import pytest
from aiohttp import web
from kiwoom_sdk import ArgumentInvalid, AsyncKiwoom, Kiwoom, OrderStateUnknown, Retry
from kiwoom_sdk._transport import ASYNC_TRANSPORTS
from kiwoom_sdk.sim import Faults, running

FAST = Retry(attempts=4, base=0.005, cap=0.05)
ORDER: dict[str, Any] = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": 1, "trde_tp": "3"}
TRANSPORTS = pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
KEYS = ("front-appkey", "front-secretkey")


# --- an answer that does not say whether the order was accepted ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [{}, {"return_code": None, "ord_no": "0000001"}, {"ord_no": "0000001", "return_msg": "매수주문완료"}],
    ids=["empty-object", "null-return-code", "no-return-code"],
)
def test_an_order_answered_without_a_return_code_is_in_doubt_and_a_query_is_not(body: dict[str, Any]) -> None:
    """HTTP 200 with no return_code does not say the order was accepted: OrderStateUnknown, kept, never "placed"
    with no order number. A query answered so is still read (a missing return_code is no error there)."""
    canned = {"kt10000": [(200, body)], "ka10001": [(200, body)]}
    with (
        running(seed=71, faults=Faults(canned=canned)) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, rate=1000.0, burst=100.0, retry=FAST) as client,
    ):
        with pytest.raises(OrderStateUnknown) as caught:
            client.kt10000(**ORDER)
        client.ka10001(stk_cd="005930")
        [record] = client.orders_in_doubt
    assert "return_code" in str(caught.value) and caught.value.record is record
    assert record.why.startswith("unreadable answer") and dict(record.request)["stk_cd"] == "005930"
    assert canned == {"kt10000": [], "ka10001": []}  # each answered once (the canned answers are not counted)
    assert sim.state.requests == 1  # beside them, the token alone: the order was not sent again


# --- a front server on loopback: its own token, then an order answered by `behaviour` ---------------------------


@dataclass
class Front:
    """A server in front of nothing: it issues a token, answers an order at its path as `behaviour` says, and an
    order at /moved/<path> as accepted; `orders` counts every order that reached it, wherever."""

    behaviour: str
    url: str = ""
    orders: list[str] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        await request.read()
        if request.headers.get("api-id") == "au10001":
            token = {"token": "FRONT" + "0" * 40, "token_type": "bearer", "expires_dt": "20991231235959"}
            return web.json_response({**token, "return_code": 0, "return_msg": "ok"})
        self.orders.append(f"{request.method} {request.path}")
        if request.path.startswith("/moved/"):
            return web.json_response({"ord_no": "0000009", "return_code": 0, "return_msg": "accepted after a move"})
        if self.behaviour == "continues":  # accepted, with headers that claim a next page
            accepted = {"ord_no": "0000001", "return_code": 0, "return_msg": "accepted"}
            return web.json_response(accepted, headers={"cont-yn": "Y", "next-key": "kt10000-0002"})
        if self.behaviour == "no-content":
            return web.Response(status=204)
        if self.behaviour == "empty":
            return web.Response(status=200, content_type="application/json")
        if self.behaviour == "drop":  # the order read, then the connection closed without an answer
            assert request.transport is not None
            request.transport.close()
            return web.Response()
        if self.behaviour == "401":  # a challenge that an auth flow of the caller's client answers by sending again
            return web.Response(status=401, headers={"www-authenticate": 'Bearer realm="kiwoom"'})
        status = {"307": 307, "308": 308, "302": 302, "303": 303}[self.behaviour]
        return web.Response(status=status, headers={"location": "/moved" + request.path})


@asynccontextmanager
async def front(behaviour: str) -> AsyncIterator[Front]:
    served = Front(behaviour)
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", served.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    served.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        yield served
    finally:
        await runner.cleanup()


BEHAVIOURS = pytest.mark.parametrize("behaviour", ["307", "308", "302", "303", "no-content", "empty"])


def _outcome(call: Any) -> str:
    try:
        answer = call()
    except OrderStateUnknown as unknown:
        assert unknown.record is not None
        return "in doubt"
    return f"placed {answer.ord_no}"


@TRANSPORTS
@BEHAVIOURS
def test_an_async_order_is_sent_once_to_its_url_and_a_redirect_or_empty_answer_leaves_it_in_doubt(
    transport: str, behaviour: str
) -> None:
    async def session() -> tuple[str, list[str]]:
        async with front(behaviour) as served:
            client = AsyncKiwoom(*KEYS, base_url=served.url, transport=transport, rate=1000.0, burst=100.0)
            async with client:
                try:
                    answer = await client.kt10000(**ORDER)
                except OrderStateUnknown as unknown:
                    assert unknown.record is not None and client.orders_in_doubt == [unknown.record]
                    return "in doubt", served.orders
                return f"placed {answer.ord_no}", served.orders

    outcome, orders = asyncio.run(session())
    assert orders == ["POST /api/dostk/ordr"]
    assert outcome == "in doubt"


@BEHAVIOURS
@pytest.mark.parametrize("follows", [False, True], ids=["own-client", "caller-client-following-redirects"])
def test_a_sync_order_is_sent_once_to_its_url_and_a_redirect_or_empty_answer_leaves_it_in_doubt(
    behaviour: str, follows: bool
) -> None:
    """Also over an httpx.Client of the caller's made to follow redirects: an order never follows one."""

    async def session() -> tuple[str, list[str]]:
        async with front(behaviour) as served:

            def order() -> str:
                http = httpx.Client(follow_redirects=True) if follows else None
                with Kiwoom(*KEYS, base_url=served.url, rate=1000.0, burst=100.0, http=http) as client:
                    return _outcome(lambda: client.kt10000(**ORDER))

            return await asyncio.to_thread(order), served.orders

    outcome, orders = asyncio.run(session())
    assert orders == ["POST /api/dostk/ordr"]
    assert outcome == "in doubt"


@pytest.mark.parametrize("behaviour", ["307", "302"])
def test_an_async_order_over_a_caller_httpx_client_following_redirects_is_sent_once(behaviour: str) -> None:
    async def session() -> tuple[str, list[str]]:
        async with front(behaviour) as served:
            http = httpx.AsyncClient(follow_redirects=True)
            async with AsyncKiwoom(*KEYS, base_url=served.url, rate=1000.0, burst=100.0, http=http) as client:
                try:
                    await client.kt10000(**ORDER)
                except OrderStateUnknown:
                    return "in doubt", served.orders
                return "placed", served.orders

    outcome, orders = asyncio.run(session())
    assert orders == ["POST /api/dostk/ordr"]
    assert outcome == "in doubt"


# --- a caller's HTTP client that retries ---------------------------------------------------------------------------


def test_a_retrying_httpx_transport_or_aiohttp_session_sends_an_order_dropped_after_it_was_read_once() -> None:
    """httpx.HTTPTransport(retries=N) retries only connecting (httpcore's _connect: TCP and TLS, before a byte of the
    request is written), and aiohttp sends a request again over a kept-alive connection only for idempotent methods
    (never a POST): an order the server read and then dropped is sent once, and is in doubt."""

    async def session() -> tuple[list[str], list[str]]:
        async with front("drop") as served:

            def sync_order() -> str:
                http = httpx.Client(transport=httpx.HTTPTransport(retries=5))
                with Kiwoom(*KEYS, base_url=served.url, rate=1000.0, burst=100.0, http=http) as client:
                    return _outcome(lambda: client.kt10000(**ORDER))

            outcomes = [await asyncio.to_thread(sync_order)]
            for http in (httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(retries=5)), aiohttp.ClientSession()):
                async with AsyncKiwoom(*KEYS, base_url=served.url, rate=1000.0, burst=100.0, http=http) as client:
                    try:
                        await client.kt10000(**ORDER)
                    except OrderStateUnknown:
                        outcomes.append("in doubt")
            return outcomes, served.orders

    outcomes, orders = asyncio.run(session())
    assert outcomes == ["in doubt"] * 3
    assert orders == ["POST /api/dostk/ordr"] * 3  # once per client


class _ResendingTransport(httpx.BaseTransport):
    """A caller's wrapper of httpx's transport that sends a request again when its answer is lost."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return self.inner.handle_request(request)
        except httpx.TransportError:
            return self.inner.handle_request(request)


class _ResendingAuth(httpx.Auth):
    """A caller's auth flow that answers a 401 by sending the request again (a token refresh, say)."""

    def auth_flow(self, request: httpx.Request) -> Any:
        response = yield request
        if response.status_code == 401:
            yield request


class _AsyncResendingTransport(httpx.AsyncBaseTransport):
    """The async twin of _ResendingTransport."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self.inner.handle_async_request(request)
        except httpx.TransportError:
            return await self.inner.handle_async_request(request)


async def _resending_middleware(request: Any, handler: Any) -> Any:
    """A caller's aiohttp client middleware that sends a request again when its answer is lost."""
    try:
        return await handler(request)
    except aiohttp.ClientError:
        return await handler(request)


@pytest.mark.parametrize(
    ("behaviour", "made", "refused"),
    [
        ("401", lambda: httpx.Client(auth=_ResendingAuth()), "auth"),
        ("401", lambda: httpx.AsyncClient(auth=_ResendingAuth()), "auth"),
    ],
    ids=["httpx-auth", "httpx-async-auth"],
)
def test_a_caller_client_with_an_auth_flow_is_refused_where_it_is_given(
    behaviour: str, made: Any, refused: str
) -> None:
    """An httpx auth flow writes every request's Authorization (the token's) and may answer a 401 by sending the
    request again (this one does), which for an order places it twice: refused where given (ArgumentInvalid naming
    http= and its auth), so nothing goes through it."""

    async def session() -> tuple[str, list[str]]:
        async with front(behaviour) as served:
            http = made()
            kind = Kiwoom if isinstance(http, httpx.Client) else AsyncKiwoom
            try:
                kind(*KEYS, base_url=served.url, rate=1000.0, burst=100.0, http=http)
                outcome = "made"
            except ArgumentInvalid as error:
                outcome = f"refused: {error}"
            finally:
                await http.aclose() if isinstance(http, httpx.AsyncClient) else None
                http.close() if isinstance(http, httpx.Client) else None
            return outcome, served.orders

    outcome, orders = asyncio.run(session())
    assert outcome.startswith("refused: http=") and refused in outcome, (outcome, orders)
    assert orders == []


RESENDING_CLIENTS: dict[str, tuple[Callable[[], Any], str]] = {
    "httpx-transport": (lambda: httpx.Client(transport=_ResendingTransport()), "transport"),
    "httpx-async-mounted-transport": (
        lambda: httpx.AsyncClient(mounts={"http://": _AsyncResendingTransport()}),
        "transport",
    ),
}
if "middlewares" in inspect.signature(aiohttp.ClientSession).parameters:  # aiohttp >= 3.12; none before to refuse
    RESENDING_CLIENTS["aiohttp-middleware"] = (
        lambda: aiohttp.ClientSession(middlewares=(_resending_middleware,)),
        "middlewares",
    )


@pytest.mark.parametrize(("made", "refused"), list(RESENDING_CLIENTS.values()), ids=list(RESENDING_CLIENTS))
def test_a_caller_client_that_could_send_an_order_again_takes_queries_and_refuses_orders_unsent(
    made: Any, refused: str
) -> None:
    """A transport that is not httpx's own or an aiohttp client middleware may send a request again (each of these
    does, on a lost answer: test below), which for an order places it twice. Such a client serves queries (a logging
    wrapper, a test's MockTransport); an order through it is refused before anything is sent (ArgumentInvalid naming
    http=, the order and what may resend), and the simulator sees no order."""

    async def session() -> tuple[str | None, str, int, int]:
        with running(seed=72) as sim:
            http = made()
            try:
                if isinstance(http, httpx.Client):
                    with Kiwoom(*sim.keys, base_url=sim.url, http=http) as client:
                        quoted = (await asyncio.to_thread(client.ka10001, stk_cd="005930")).stk_cd
                        try:
                            outcome = f"placed {(await asyncio.to_thread(client.kt10000, **ORDER)).ord_no}"
                        except ArgumentInvalid as error:
                            outcome = f"refused: {error}"
                else:
                    async with AsyncKiwoom(*sim.keys, base_url=sim.url, http=http) as aclient:
                        quoted = (await aclient.ka10001(stk_cd="005930")).stk_cd
                        try:
                            outcome = f"placed {(await aclient.kt10000(**ORDER)).ord_no}"
                        except ArgumentInvalid as error:
                            outcome = f"refused: {error}"
            finally:
                await http.aclose() if isinstance(http, httpx.AsyncClient) else None
                await http.close() if isinstance(http, aiohttp.ClientSession) else None
                http.close() if isinstance(http, httpx.Client) else None
            return quoted, outcome, sim.state.orders_accepted, sim.state.requests

    quoted, outcome, orders, requests = asyncio.run(session())
    assert quoted == "005930"
    assert outcome.startswith("refused: http=") and "kt10000 is an order and was not sent" in outcome, outcome
    assert refused in outcome
    assert orders == 0 and requests == 2  # the token and the query


# --- continuation headers on an order's answer --------------------------------------------------------------------


def test_an_order_answer_claiming_a_next_page_is_read_once_by_pages() -> None:
    """`pages()` over an order (a TR that does not page) whose answer says cont-yn: Y: one page, the order's answer
    with its number, sent once; never a second call that fails after the order was placed and loses its answer."""

    async def session() -> tuple[list[Any], list[str]]:
        async with front("continues") as served:

            def read() -> list[Any]:
                with Kiwoom(*KEYS, base_url=served.url, rate=1000.0, burst=100.0) as client:
                    return list(client.pages(functools.partial(client.call, "kt10000", ORDER)))

            return await asyncio.to_thread(read), served.orders

    pages, orders = asyncio.run(session())
    assert orders == ["POST /api/dostk/ordr"]
    [page] = pages
    assert page.ord_no == "0000001" and page.cont_yn is False and page.next_key is None


@TRANSPORTS
def test_an_async_order_answer_claiming_a_next_page_is_read_once_by_pages(transport: str) -> None:
    async def session() -> tuple[list[Any], list[str]]:
        async with front("continues") as served:
            client = AsyncKiwoom(*KEYS, base_url=served.url, transport=transport, rate=1000.0, burst=100.0)
            async with client:
                pages = [page async for page in client.pages(functools.partial(client.call, "kt10000", ORDER))]
            return pages, served.orders

    pages, orders = asyncio.run(session())
    assert orders == ["POST /api/dostk/ordr"]
    [page] = pages
    assert page.ord_no == "0000001" and page.cont_yn is False
