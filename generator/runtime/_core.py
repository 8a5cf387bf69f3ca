"""The part of a call that does no I/O, shared by the sync and the async client: configuration,
building the HTTP request from validated arguments, and turning the answer into a typed
response or the right error."""

from __future__ import annotations

import datetime
import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Any, Literal
from urllib.parse import urlsplit

import orjson
from pydantic import ValidationError

from ._endpoint import SECRET_FIELDS, Endpoint
from ._exceptions import (
    ArgumentInvalid,
    KiwoomError,
    MissingCredentials,
    MockUnsupported,
    OrderStateUnknown,
    ResponseInvalid,
    excerpt,
)
from ._models import KiwoomResponse
from ._policy import Token, TokenKey, check_timeout, now
from ._protocol import CONTENT_TYPE, ITEM_SUFFIXES
from ._values import KST, to_datetime
from .errors import (
    EMBEDDED_CODES,
    ERRORS_BY_CODE,
    NO_DATA,
    NO_DATA_RETURN_CODES,
    REFINEMENTS,
    REFUSAL_CODE,
    REFUSAL_RETURN_CODE,
    OrderRefused,
    RateLimitError,
    RequestRefused,
    ServerError,
)

Env = Literal["mock", "real"]
RESPONSE_KEPT = 4096  # bytes of an unreadable answer an error keeps in `response`


def _redact(secret: str) -> str:
    return f"{secret[:4]}…" if len(secret) > 8 else "…"


@dataclass(frozen=True, repr=False)
class Config:
    """Where and as whom to call. Production needs `env="real"` said out loud; the default is mock."""

    appkey: str
    secretkey: str
    env: Env
    base_url: str
    ws_url: str
    timeout: float = 10.0

    @classmethod
    def create(
        cls,
        appkey: str | None,
        secretkey: str | None,
        env: Env,
        base_url: str | None,
        ws_url: str | None,
        timeout: float,
        hosts: Mapping[str, tuple[str, str]],
    ) -> Config:
        """The configuration, every argument checked (ArgumentInvalid, a ValueError, naming it):
        `env` one of `hosts`; keys strings or None (then KIWOOM_APPKEY / KIWOOM_SECRETKEY);
        `base_url` http(s)://, `ws_url` ws(s)://, or None for the environment's hosts; `timeout`
        seconds, finite and > 0.

        A URL naming Kiwoom's own host of another environment is refused (`env` decides whether orders
        are real, and what the client asks before sending one), and so is a `ws_url` without a `base_url`
        (`unpaired_websocket`). `ws_url` None with a `base_url` is that host's WebSocket URL: Kiwoom's own
        for one of its hosts, else the same host and port with ws(s):// (a simulator or a proxy serves both),
        so a token never goes to a host not named."""
        if not isinstance(env, str) or env not in hosts:
            raise ArgumentInvalid("env", env, f"must be one of {', '.join(map(repr, sorted(hosts)))}")
        for name, value in (("appkey", appkey), ("secretkey", secretkey)):
            if value is not None and not isinstance(value, str):
                raise ArgumentInvalid(name, value, "must be a string, or None to read the environment", secret=True)
        _check_url("base_url", base_url, ("http", "https"))
        _check_url("ws_url", ws_url, ("ws", "wss"))
        seconds = check_timeout(timeout)
        for name, url in (("base_url", base_url), ("ws_url", ws_url)):
            owner = kiwoom_env_of(url, hosts)
            if owner is not None and owner != env:
                raise ArgumentInvalid(
                    name,
                    url,
                    f"is Kiwoom's {owner} host while env is {env!r}: pass env={owner!r} (kiwoom --env {owner}) to use it",
                )
        unpaired = unpaired_websocket(base_url, ws_url, env)
        if unpaired:
            raise ArgumentInvalid("ws_url", ws_url, unpaired)
        key = appkey if appkey is not None else os.environ.get("KIWOOM_APPKEY", "")
        secret = secretkey if secretkey is not None else os.environ.get("KIWOOM_SECRETKEY", "")
        rest, websocket = hosts[env]
        if base_url is not None and ws_url is None and kiwoom_env_of(base_url, hosts) is None:
            ws_url = _websocket_url_of(base_url)
        return cls(key, secret, env, (base_url or rest).rstrip("/"), (ws_url or websocket).rstrip("/"), seconds)

    def __repr__(self) -> str:
        return (
            f"Config(env={self.env!r}, base_url={self.base_url!r}, ws_url={self.ws_url!r}, "
            f"appkey={_redact(self.appkey)!r}, secretkey='…', timeout={self.timeout})"
        )


def unpaired_websocket(
    base_url: str | None, ws_url: str | None, env: str, names: tuple[str, str] = ("base_url", "ws_url")
) -> str | None:
    """Why a WebSocket URL given without its REST URL is refused (None when it is not): the REST calls, the token
    request among them, would go to Kiwoom's own host of `env`, and that token to another host, maybe a server of
    the other environment. The one rule of the library (`Config.create`), the command line and the MCP server
    (`cli/_settings.target`), each naming the pair as its caller wrote it (`names`: REST, WebSocket)."""
    if ws_url is None or base_url is not None:
        return None
    rest, websocket = names
    return (
        f"{websocket} is given but {rest} is not: give both (a simulator's or a proxy's), or neither for Kiwoom's"
        f" {env} hosts; the token of Kiwoom's host is not sent to another"
    )


def kiwoom_env_of(url: str | None, hosts: Mapping[str, tuple[str, str]]) -> str | None:
    """The environment whose Kiwoom host `url` names (REST or WebSocket), or None for any other host. A host is
    compared as DNS resolves it: in any case, and fully qualified or not (`api.kiwoom.com.` is `api.kiwoom.com`)."""
    host = hostname_of(url) if url else None
    return next((env for env, urls in hosts.items() if host in {hostname_of(u) for u in urls}), None)


def hostname_of(url: str) -> str | None:
    """The host a URL names as DNS resolves it: lower case, a trailing dot dropped; None when it names none."""
    host = urlsplit(url).hostname  # lower case
    return host.removesuffix(".") if host else host


def _websocket_url_of(base_url: str) -> str:
    """The REST base URL with ws(s):// for http(s)://: the same host and port."""
    scheme, rest = base_url.split("://", 1)
    return ("wss" if scheme.lower() == "https" else "ws") + "://" + rest


def _check_url(name: str, url: str | None, schemes: tuple[str, ...]) -> None:
    if url is not None and not _usable_url(url, schemes):
        allowed = " or ".join(f"{scheme}://" for scheme in schemes)
        raise ArgumentInvalid(name, url, f"must be a URL starting with {allowed} and naming a host, or None")


def _usable_url(url: object, schemes: tuple[str, ...]) -> bool:
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port out of range or not a number raises ValueError
    except ValueError:
        return False
    return parts.scheme.lower() in schemes and bool(parts.hostname)


@dataclass(frozen=True)
class OrderInDoubt:
    """An order whose answer never reached the caller: it may or may not stand. Look it up with the
    TRs of `look_up` before sending it again.

    `request` is the order's JSON body as sent (code, quantity, price, ...; it holds no credentials),
    `at` an aware UTC time (when the client gave up on the answer), `why` what happened:
    'cancelled', 'KeyboardInterrupt', 'ReadTimeout: no answer', 'unreadable answer: ...'; `look_up`
    the ids of the query TRs that show whether such an order stands (its spec's: ('ka10075',
    'ka10076') for a stock order, ('kt50075', 'kt50031') for a gold spot order, ...); `sent_at` an aware
    UTC time taken before the request could leave: if the order stands, the server took it between
    `sent_at` and `at` (the window to look for it in the look-ups' order times). None only in a record
    made by hand."""

    api_id: str
    request: Mapping[str, Any]
    at: datetime.datetime
    why: str
    look_up: tuple[str, ...] = ()
    sent_at: datetime.datetime | None = None


@dataclass(frozen=True)
class Outgoing:
    """One HTTP request, ready for any transport."""

    url: str
    headers: dict[str, str]
    content: bytes
    endpoint: Endpoint

    def authorized(self, token: str) -> Outgoing:
        return Outgoing(self.url, {**self.headers, "authorization": f"Bearer {token}"}, self.content, self.endpoint)

    def __repr__(self) -> str:  # never shows the authorization header
        return f"Outgoing({self.endpoint.api_id} {self.url})"

    def in_doubt(self, why: str, sent_at: datetime.datetime) -> OrderInDoubt:
        """The record of this request as an order in doubt (its body, credentials left out), sent no earlier than
        `sent_at`."""
        body = orjson.loads(self.content) if self.content else {}
        kept = {name: value for name, value in body.items() if name not in SECRET_FIELDS}
        return OrderInDoubt(self.endpoint.api_id, MappingProxyType(kept), now(), why, self.endpoint.look_up, sent_at)


@dataclass
class Core:
    config: Config

    def outgoing(
        self,
        endpoint: Endpoint,
        params: dict[str, Any],
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Outgoing:
        """The request for these arguments, validated against the spec (RequestInvalid if not) and,
        on the mock server, against what it serves (MockUnsupported); `cont_yn` and `next_key` by
        `check_paging`."""
        check_paging(endpoint, cont_yn, next_key)
        body = endpoint.validate(params)
        if self.config.env == "mock":
            mock_check(endpoint, body)
        headers = {"content-type": CONTENT_TYPE, "api-id": endpoint.api_id}
        if cont_yn:
            headers["cont-yn"] = "Y"
        if next_key:
            headers["next-key"] = next_key
        return Outgoing(self.config.base_url + endpoint.path, headers, orjson.dumps(body), endpoint)

    def incoming(self, endpoint: Endpoint, status: int, headers: Mapping[str, str], content: bytes) -> KiwoomResponse:
        """The typed response, or the error the answer carries (see `error_for`). A query answered
        "no data" (errors.yaml no_data) is a response of its TR, its list fields as sent (empty or absent when
        there are no rows; the mock server words an answer with rows so too, recorded 015). The
        continuation headers (cont-yn, next-key) of a TR that does not page are not kept: its answer has no
        next page, so `pages()` reads an order once, whatever headers came with it.
        An answer that cannot be read (not a JSON object, or not the TR's response), a redirect (never
        followed: a request goes to its URL only) and, for an order, an answer without `return_code` (it does
        not say whether the order was accepted) raise ResponseInvalid, or for an order OrderStateUnknown: the
        order may stand all the same."""
        if 300 <= status < 400:
            where = excerpt(headers.get("location") or "")
            raise _unreadable(endpoint, status, content, f"a redirect (to {where}), not followed")
        try:
            body = orjson.loads(content) if content else {}
        except orjson.JSONDecodeError:
            body = None
        if not isinstance(body, dict):
            if status >= 400:
                raise _status_error(status, endpoint, content)
            raise _unreadable(endpoint, status, content, "not a JSON object")
        shown, content = _without_credentials(body, content)  # what an error may quote and keep
        if endpoint.order and status < 400 and body.get("return_code") in (None, ""):
            raise _unreadable(endpoint, status, content, "no return_code: it does not say the order was accepted")
        return_code = _return_code(body)
        message = str(body.get("return_msg") or body.get("msg1") or "")
        failed = status >= 400 or return_code != 0
        empty = status < 400 and not endpoint.order and no_data(return_code, message)
        if failed and not empty:
            raise error_for(
                message or f"HTTP {status}",
                api_id=endpoint.api_id,
                return_code=return_code,
                status=status,
                order=endpoint.order,
                response=shown,
            )
        try:
            response = endpoint.response_model.model_validate(body)
        except ValidationError as invalid:
            first = invalid.errors(include_url=False)[0]
            where = ".".join(map(str, first["loc"])) or "the body"
            why = f"not a {endpoint.response_class}: {where}: {first['msg']}"
            raise _unreadable(endpoint, status, content, why) from None
        kept = ("api-id", "cont-yn", "next-key") if endpoint.paging else ("api-id",)  # no next page of an order
        response._headers = {name: headers[name] for name in kept if headers.get(name) is not None}
        return response

    def token_params(self) -> dict[str, Any]:
        if not (self.config.appkey and self.config.secretkey):
            raise MissingCredentials(
                "no app key or secret key: pass appkey= and secretkey=, or set KIWOOM_APPKEY and KIWOOM_SECRETKEY",
                api_id="au10001",
            )
        # grant_type is the one value the spec fixes it to: the request model's default fills it in
        return {"appkey": self.config.appkey, "secretkey": self.config.secretkey}

    def revoke_params(self, token: str) -> dict[str, Any]:
        return {"appkey": self.config.appkey, "secretkey": self.config.secretkey, "token": token}

    def accept_token(self, response: KiwoomResponse) -> Token:
        raw = response.raw
        expires = to_datetime(str(raw.get("expires_dt", "")))
        if not isinstance(expires, datetime.datetime) or not raw.get("token"):
            raise ResponseInvalid("au10001 answered without a token or expires_dt", api_id="au10001")
        return Token(str(raw["token"]), expires.replace(tzinfo=KST), now())

    @cached_property
    def token_key(self) -> TokenKey:
        """What a token (and the rate limiter) is shared by: environment, server, app key, and the
        SHA-256 of the secret key (never the key itself), so wrong keys never borrow a good token."""
        digest = hashlib.sha256(self.config.secretkey.encode()).hexdigest()
        return (self.config.env, self.config.base_url, self.config.appkey, digest)


# What a header value can be sent as, unchanged: printable ASCII, spaces inside only (RFC 9110 field-value).
_HEADER_TEXT = re.compile("(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?")


def check_paging(endpoint: Endpoint, cont_yn: object, next_key: object) -> None:
    """`cont_yn` and `next_key` as every way of calling a TR takes them (its method, `call`, `pages`); ArgumentInvalid
    for anything else, before anything is sent: `cont_yn` True or False (a truthy "N" would ask for the next page);
    `next_key` None or the previous page's key, text of printable ASCII with no space around it (it goes out as an
    HTTP header: a line break, a control character or a character of another script there would fail on the way, as
    a TypeError, a UnicodeEncodeError or a transport failure "after the request may have been sent"); neither for a
    TR that does not page."""
    if not isinstance(cont_yn, bool):
        raise ArgumentInvalid("cont_yn", cont_yn, "must be True or False")
    if next_key is not None and not (isinstance(next_key, str) and _HEADER_TEXT.fullmatch(next_key)):
        raise ArgumentInvalid(
            "next_key", next_key, "must be the next_key of the previous page (printable ASCII text), or None"
        )
    if (cont_yn or next_key) and not endpoint.paging:
        name, value = ("cont_yn", cont_yn) if cont_yn else ("next_key", next_key)
        raise ArgumentInvalid(name, value, f"{endpoint.api_id} does not page: call it without cont_yn and next_key")


def _without_credentials(body: dict[str, Any], content: bytes) -> tuple[dict[str, Any], bytes]:
    """An answer as an error may quote and keep it: a credential it carries (au10001's token) blanked out."""
    if SECRET_FIELDS.isdisjoint(body):
        return body, content
    shown = {name: "…" if name in SECRET_FIELDS and value else value for name, value in body.items()}
    return shown, orjson.dumps(shown)


def mock_check(endpoint: Endpoint, body: dict[str, Any]) -> None:
    """MockUnsupported for a validated `body` the mock server does not serve: a TR it lacks, an exchange other than
    KRX (NXT / SOR, by field or by an item code's suffix). `Kiwoom.call` checks it before sending on the mock env;
    the command line and the MCP server before a preview offers to send what would be refused."""
    if not endpoint.mock_supported:
        raise MockUnsupported(
            "the mock server does not serve this TR; use the real environment (env='real'; kiwoom --env real)",
            api_id=endpoint.api_id,
        )
    others = " / ".join(ITEM_SUFFIXES.values())  # NXT / SOR
    for name, refused in endpoint.mock_refused:
        if str(body.get(name, "")) in refused:
            raise MockUnsupported(
                f"{name}={excerpt(body[name])}: the mock server trades on KRX only (no {others})",
                api_id=endpoint.api_id,
            )
    code = str(body.get("stk_cd", ""))
    if code.endswith(tuple(ITEM_SUFFIXES)):
        raise MockUnsupported(
            f"stk_cd={excerpt(code)}: the mock server trades on KRX only (no {others})", api_id=endpoint.api_id
        )


def _return_code(body: dict[str, Any]) -> int:
    try:
        return int(body.get("return_code") or 0)
    except (TypeError, ValueError):
        return 0


def no_data(return_code: int, message: str) -> bool:
    """Does this answer to a query say that there are no rows (errors.yaml no_data)?"""
    return return_code in NO_DATA_RETURN_CODES and NO_DATA.search(message) is not None


def error_for(
    message: str,
    *,
    api_id: str,
    return_code: int,
    status: int = 200,
    order: bool = False,
    response: Any = None,
) -> KiwoomError:
    """The error an answer carries, by what its message says first (errors.yaml):
    - the code: embedded in return_msg ("[8005:...]", "[CODE=8005, MESSAGE=...]", "[2000](RC4058:...)"),
      else return_code; the broker's reason code and reason when the message has them;
    - the class: a refinement whose pattern the message matches (1999 "모의투자에서는 해당업무가 제공되지
      않습니다" is ServiceNotOfferedOnMock), else the code's class, a refusal (return_code 20) as
      RequestRefused, or OrderRefused for an order; for a code the spec does not know, the class of
      return_code if it is known, else of the HTTP status (429: RateLimitError, 5xx: ServerError), else
      KiwoomError itself, still carrying the code."""
    code, reason_code, reason = return_code, None, None
    for pattern in EMBEDDED_CODES:
        found = pattern.search(message)
        if found is not None:
            groups = found.groupdict()
            code, reason_code, reason = int(groups["code"]), groups.get("reason_code"), groups.get("reason")
            break
    known = ERRORS_BY_CODE.get(code)
    if known is None and return_code == REFUSAL_RETURN_CODE:  # a refusal, whatever code it names
        code = REFUSAL_CODE if code == return_code else code
        known = RequestRefused
    cls = next((c for codes, p, c in REFINEMENTS if code in codes and p.search(message)), None)
    if cls is None and known is not None and issubclass(known, RequestRefused):
        cls = OrderRefused if order else RequestRefused
    if cls is None:
        cls = known or ERRORS_BY_CODE.get(return_code) or _status_class(status)
    return cls(
        message,
        api_id=api_id,
        code=code or None,
        response=response,
        reason_code=reason_code.strip() if reason_code else None,
        reason=reason.strip() if reason else None,
    )


def _status_class(status: int) -> type[KiwoomError]:
    if status == 429:
        return RateLimitError
    return ServerError if status >= 500 else KiwoomError


def _status_error(status: int, endpoint: Endpoint, content: bytes) -> KiwoomError:
    kept = content[:RESPONSE_KEPT]
    return _status_class(status)(f"HTTP {status}: {excerpt(content)}", api_id=endpoint.api_id, response=kept)


def _unreadable(endpoint: Endpoint, status: int, content: bytes, why: str) -> KiwoomError:
    """An answer that cannot be read: to an order, an unknown state (the order may stand)."""
    said = f"HTTP {status}, {why}: {excerpt(content)}"
    if endpoint.order:
        return OrderStateUnknown(
            endpoint.api_id, f"unreadable answer: {said}", look_up=endpoint.look_up, response=content[:RESPONSE_KEPT]
        )
    return ResponseInvalid(said, api_id=endpoint.api_id, response=content[:RESPONSE_KEPT])
