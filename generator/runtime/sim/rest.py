"""The simulator's REST side: routing by URL and api-id, OAuth, validation against the specs,
answers from the guide's examples or synthesized by kind and set by the simulated market
(quotes.py), or as recorded from Kiwoom (recorded mode); continuation paging; orders."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime
import json
import logging
import random
import time
from typing import Any

from aiohttp import web

from .._digits import ascii_digits
from .._endpoints import ENDPOINTS
from .._exceptions import RequestInvalid
from .._protocol import CONTENT_TYPE
from .._values import KST
from . import synth
from .account import ORDER_TRS, SimOrderError
from .faults import chance
from .market import is_us
from .quotes import Quoter
from .state import Catalog, State, Token

STATE: web.AppKey[State] = web.AppKey("state", State)
STOPPING: web.AppKey[asyncio.Event] = web.AppKey("stopping", asyncio.Event)  # set as the simulator stops
OK_MESSAGE = "정상적으로 처리되었습니다"
OAUTH = ("au10001", "au10002")
ROWS = 5  # list rows per page
STATUS_BY_CODE = {1700: 429, 1999: 500, 8030: 403, 8031: 403, 8104: 403}
LOG = logging.getLogger("kiwoom_sdk.sim")


class KiwoomAnswer(Exception):
    """An error answer: the code, its message and the HTTP status it travels with."""

    def __init__(self, code: int, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = (
            status or STATUS_BY_CODE.get(code) or (401 if 8000 <= code < 8100 or 1513 <= code <= 1516 else 400)
        )


def _json(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        body=json.dumps(body, ensure_ascii=False).encode(),
        status=status,
        headers={"content-type": CONTENT_TYPE, **(headers or {})},
    )


def error_response(answer: KiwoomAnswer, catalog: Catalog, api_id: str = "") -> web.Response:
    headers = {"api-id": api_id} if api_id else {}
    return _json(catalog.error_body(answer.code, answer.message), answer.status, headers)


def invalid(state: State, parameter: str, reason: str, status: int | None = None) -> KiwoomAnswer:
    """1517 (입력 값 형식이 올바르지 않습니다) naming the parameter and the reason, as the guide's message does."""
    return KiwoomAnswer(1517, state.catalog.message(1517, parameter, reason), status)


async def handle(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    state.requests += 1
    api_id = request.headers.get("api-id", "")
    try:
        response = await _answer(request, state, api_id)
    except KiwoomAnswer as answer:
        response = error_response(answer, state.catalog, api_id)
    except Exception as error:  # a request nothing foresaw: Kiwoom's 1999, never aiohttp's plain-text 500
        LOG.exception("simulator: unexpected error answering %s %s", request.method, request.path)
        unforeseen = KiwoomAnswer(1999, state.catalog.message(1999, type(error).__name__))
        response = error_response(unforeseen, state.catalog, api_id)
    if state.faults.slow_seconds:  # processed (an order placed), then answered late, or at once as the simulator stops
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(request.app[STOPPING].wait(), state.faults.slow_seconds)
    return response


def _served_path(request: web.Request, state: State, api_id: str) -> str:
    """The URL a request is for: its path, or the URL of a TR's pseudo-path `<URL>/<api-id>` of
    openapi-tools.json (one operation per TR, for tools), which names the same api-id as the header."""
    url, _, suffix = request.path.rpartition("/")
    api = state.catalog.apis.get(suffix)
    if request.path in state.catalog.paths or api is None or api["path"] != url:
        return request.path
    if api_id and api_id != suffix:
        raise KiwoomAnswer(1504, state.catalog.message(1504, api_id, request.path))
    return url


async def _answer(request: web.Request, state: State, api_id: str) -> web.StreamResponse:
    catalog = state.catalog
    path = _served_path(request, state, api_id)
    if path not in catalog.paths:
        raise KiwoomAnswer(1504, catalog.message(1504, api_id or "-", request.path), 404)
    if request.method != "POST":
        raise invalid(state, "method", f"{request.method} is not served; Kiwoom's API takes POST", 405)
    if not api_id:
        raise KiwoomAnswer(1501, catalog.message(1501))
    api = catalog.apis.get(api_id)
    if api is None:
        raise KiwoomAnswer(1505, catalog.message(1505, api_id))
    if api["path"] != path:
        raise KiwoomAnswer(1504, catalog.message(1504, api_id, request.path))
    if "application/json" not in request.headers.get("content-type", ""):
        raise KiwoomAnswer(1512, catalog.message(1512) + " (content-type must be application/json)")
    _faults(state, api_id, api)
    body = await _body(request, state)
    if api_id == "au10001":
        return _issue(state, body)
    if api_id == "au10002":
        return _revoke(state, body)
    _authorize(request, state)
    if state.env == "mock" and not api["mock_supported"]:
        raise KiwoomAnswer(8104, catalog.message(8104))
    wire = _validate(state, api_id, body)
    if api["order"]:
        return await _order(request, state, api_id, wire)
    return _query(request, state, api_id, api, wire)


def _faults(state: State, api_id: str, api: dict[str, Any]) -> None:
    if api_id in OAUTH:
        return
    if chance(state.rng, state.faults.server_error_fraction):
        raise KiwoomAnswer(1999, state.catalog.message(1999, "simulated server error (fault injection)"), 500)
    limiter = state.limiter
    limited = limiter is not None and not limiter.allow()
    if limited or (not api["order"] and chance(state.rng, state.faults.rate_limit_fraction)):
        rate = f"{limiter.per_second:g}" if limiter is not None else "1"  # "유량=5" as the server words it
        raise KiwoomAnswer(1700, state.catalog.message(1700, rate, api_id))


async def _body(request: web.Request, state: State) -> dict[str, Any]:
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge as too_large:
        raise invalid(state, "body", f"too large: {too_large.text}", 413) from too_large
    try:
        body = json.loads(raw or b"{}")
    except (ValueError, RecursionError) as bad:  # UnicodeDecodeError is a ValueError; deep nesting recurses
        raise invalid(state, "body", "not JSON") from bad
    if not isinstance(body, dict):
        raise invalid(state, "body", "not a JSON object")
    return body


def _issue(state: State, body: dict[str, Any]) -> web.Response:
    pair = (str(body.get("appkey", "")), str(body.get("secretkey", "")))
    grant_type = body.get("grant_type")
    if grant_type != state.catalog.fixed("au10001", "grant_type"):
        code = 8012 if grant_type else 8011  # another value, or none
        raise KiwoomAnswer(code, state.catalog.message(code))
    if not all(pair):
        raise KiwoomAnswer(8020, state.catalog.message(8020))
    if pair != state.keys[state.env]:
        other = [env for env, keys in state.keys.items() if keys == pair]
        if other:
            raise KiwoomAnswer(8030, state.catalog.message(8030))
        raise KiwoomAnswer(8001, state.catalog.message(8001))
    token = mint(state, state.env)
    expires = datetime.datetime.fromtimestamp(token.expires_at, KST).strftime("%Y%m%d%H%M%S")
    answer = {"expires_dt": expires, "token_type": "bearer", "token": token.value}
    return _json({**answer, "return_code": 0, "return_msg": OK_MESSAGE}, headers={"api-id": "au10001"})


def mint(state: State, env: str, ttl: float | None = None) -> Token:
    """A new token for an environment (tests use it to mint a token of the other one)."""
    value = f"SIM{state.rng.getrandbits(160):040x}"
    token = Token(value, "real" if env == "real" else "mock", time.time() + (ttl or state.token_ttl()))
    state.tokens[value] = token
    return token


def _revoke(state: State, body: dict[str, Any]) -> web.Response:
    if (str(body.get("appkey", "")), str(body.get("secretkey", ""))) != state.keys[state.env]:
        raise KiwoomAnswer(8001, state.catalog.message(8001))
    token = state.tokens.get(str(body.get("token", "")))
    if token is None:
        if not body.get("token"):
            raise KiwoomAnswer(8016, state.catalog.message(8016))
        raise KiwoomAnswer(8015, state.catalog.message(8015, "unknown token"))
    token.revoked = True
    return _json({"return_code": 0, "return_msg": OK_MESSAGE}, headers={"api-id": "au10002"})


def check_token(state: State, value: str) -> None:
    """Raise the guide's error for a token that is unknown, revoked, expired or of the other env."""
    token = state.tokens.get(value)
    if token is None or token.revoked or token.expires_at <= time.time():
        raise KiwoomAnswer(8005, state.catalog.message(8005))
    if token.env != state.env:
        raise KiwoomAnswer(8031, state.catalog.message(8031))


def _authorize(request: web.Request, state: State) -> None:
    header = request.headers.get("authorization")
    if header is None:
        raise KiwoomAnswer(1513, state.catalog.message(1513))
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer":
        raise KiwoomAnswer(1514, state.catalog.message(1514))
    if not value.strip():
        raise KiwoomAnswer(1516, state.catalog.message(1516))
    check_token(state, value.strip())


def _validate(state: State, api_id: str, body: dict[str, Any]) -> dict[str, Any]:
    # On the wire every value is a string, as the documents say and the client sends (it leaves out what it does not
    # give): null, a number or a list is refused before the models, which take numbers from Python callers.
    others = sorted(name for name, value in body.items() if not isinstance(value, str))
    if others:
        raise KiwoomAnswer(1517, state.catalog.message(1517, ",".join(others), "a value is a string"))
    try:
        return ENDPOINTS[api_id].validate(body, grids=False)  # off-grid prices: the account refuses as Kiwoom does
    except RequestInvalid as invalid:
        missing = [p.field for p in invalid.problems if p.rule == "required"]
        if missing:
            raise KiwoomAnswer(1511, state.catalog.message(1511, ",".join(missing))) from invalid
        fields = ",".join(dict.fromkeys(p.field for p in invalid.problems))
        detail = "; ".join(str(p) for p in invalid.problems)
        raise KiwoomAnswer(1517, state.catalog.message(1517, fields, detail)) from invalid


async def _order(request: web.Request, state: State, api_id: str, body: dict[str, Any]) -> web.StreamResponse:
    try:
        answer = state.account.order(api_id, body)
    except SimOrderError as refused:
        return _json({"return_code": refused.code, "return_msg": refused.message}, headers={"api-id": api_id})
    state.orders_accepted += 1
    dropped = state.faults.drop_after_order_accept
    if state.orders_accepted <= dropped and request.transport is not None:
        request.transport.abort()  # the order stands, the answer never arrives
        return web.Response()
    if state.orders_accepted <= dropped + state.faults.garble_after_order_accept:  # it stands, answered unreadably
        garbled = b'{"return_code":0,"ord_no"\x00\xff'
        return web.Response(body=garbled, headers={"content-type": CONTENT_TYPE, "api-id": api_id})
    message = _accepted(state, api_id, answer)
    return _json({**answer, "return_code": 0, "return_msg": message}, headers={"api-id": api_id})


def _accepted(state: State, api_id: str, answer: dict[str, Any]) -> str:
    """The acceptance message: "KRX 매수주문이 완료되었습니다." (recorded, real server), "모의투자 매수주문완료"
    (observed on the mock server); modify and cancel worded alike by analogy."""
    tr = ORDER_TRS.get(api_id)
    if tr is None:
        return f"[{api_id}] 주문이 완료되었습니다"
    word = {"buy": "매수", "sell": "매도", "modify": "정정", "cancel": "취소"}[tr.action]
    if state.env == "mock":
        return f"모의투자 {word}주문완료"
    exchange = answer.get("dmst_stex_tp") or "KRX"
    return f"{exchange} {word}주문이 완료되었습니다."


def _query(request: web.Request, state: State, api_id: str, api: dict[str, Any], body: dict[str, Any]) -> web.Response:
    page, cursor = _page(request, state, api_id) if api["paging"] else (1, None)
    headers = {"api-id": api_id}
    recorded = state.recordings.get(api_id)
    if recorded is not None:  # as Kiwoom answered once, its own return_code and return_msg included; one page
        if api["paging"]:
            headers.update({"cont-yn": "N", "next-key": ""})
        return _json(copy.deepcopy(recorded), headers=headers)
    answer = state.account.answer(api_id, body)
    pages = 1 if answer is not None else state.pages  # the account's own lists fit one page
    following = None
    if answer is None:
        answer, following = synthesized(state, api_id, body, page, cursor, ROWS)
    if api["paging"]:
        more = page < pages
        headers["cont-yn"] = "Y" if more else "N"
        headers["next-key"] = f"{api_id}-{page + 1:04d}" + (f"-{following}" if following else "") if more else ""
    return _json({**answer, "return_code": 0, "return_msg": OK_MESSAGE}, headers=headers)


def synthesized(
    state: State, api_id: str, body: dict[str, Any], page: int = 1, cursor: str | None = None, rows: int = ROWS
) -> tuple[dict[str, Any], str | None]:
    """A query's answer as the simulator makes it (without return_code and return_msg), `rows` rows to each list,
    and the cursor of its next page: the guide's example on a first page, else values synthesized by kind; those
    the market decides set from the market."""
    api = state.catalog.apis[api_id]
    rng = random.Random(f"{state.seed}:{api_id}:{page}")
    example = api.get("example")
    domestic = api["section"] == "domestic"
    quoter = Quoter(state.market, api_id, api, body, state.catalog.unit_factors) if domestic else None
    if page == 1 and example is not None and not (quoter and quoter.quotes_item):
        answer = {k: v for k, v in copy.deepcopy(example).items() if k not in ("return_code", "return_msg")}
        synth.replace(answer, api["response"], api.get("odd_values", []), rng)
    else:  # the guide's example of a quote is some other day's item (ka10001's is even shifted by fields)
        answer = synth.body(api["response"], rng, rows, padded=api_id.startswith("kt"))
    if quoter is not None:
        return answer, quoter.fill(answer, cursor, rows)
    _us_quote(state, body, answer)
    return answer, None


def _us_quote(state: State, request: dict[str, Any], answer: dict[str, Any]) -> None:
    """Where a US query names one item, its top-level code, name and price follow the simulated market."""
    code = str(request.get("stk_cd", "")).split("_")[0]
    if not is_us(code) or not isinstance(answer.get("cur_prc", answer.get("stk_nm")), str):
        return
    price = state.market.price(code)
    answer.update(stk_cd=code, stk_nm=state.market.name(code))
    if "cur_prc" in answer:
        answer["cur_prc"] = f"{state.market.sign(code, price)}{price}"


def _page(request: web.Request, state: State, api_id: str) -> tuple[int, str | None]:
    """(1, None) for a first request; for a continuation, the page its next-key names and the position (a date or
    a moment) where a series goes on, which the key carries: ka10081-0002-20260216."""
    if request.headers.get("cont-yn", "N").upper() != "Y":
        return 1, None
    key = request.headers.get("next-key", "")
    parts = key.split("-")
    prefix, number, cursor = (*parts, "")[:3] if len(parts) in (2, 3) else ("", "", "")
    valid = ascii_digits(number) and 2 <= int(number) <= state.pages and (not cursor or _moment(cursor))
    if prefix != api_id or not valid:
        raise invalid(state, "next-key", f"{key!r} was not issued for {api_id}")
    return int(number), cursor or None


def _moment(text: str) -> bool:
    """A date (YYYYMMDD) or a moment (YYYYMMDDHHMMSS)."""
    try:
        datetime.datetime.strptime(text, "%Y%m%d%H%M%S" if len(text) == 14 else "%Y%m%d")
    except ValueError:
        return False
    return len(text) in (8, 14)
