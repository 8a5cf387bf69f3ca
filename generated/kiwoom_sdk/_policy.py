"""How calls behave under pressure, decided without I/O for both clients: the shared rate limiter,
the backoff schedule, which failures are retried, and the token cache.

Rules:
- Queries are retried (with exponential backoff and jitter, up to `Retry.attempts`) on rate-limit
  answers (1700/1701/1702, HTTP 429), server errors (5xx, 1999) and transport failures; an error
  whose message makes it an input or environment error (errors.yaml refine: 1999 "not offered on
  mock") and a refusal (RequestRefused / OrderRefused) are not retried.
- Orders are never retried once the request may have reached the server: a timeout, a dropped
  connection or a 5xx after sending raises OrderStateUnknown. Only a failure to connect (nothing
  was sent) or an explicit refusal before processing (an expired token) is safe to repeat.
- An auth failure (8005 and its forms) re-issues the token once and retries once, orders included:
  the server refused the call before acting on it.
- A call that gives up while it waits for the rate limiter gives its place back (`RateLimiter.release`): a burst
  of calls cancelled before sending leaves no debt that delays the next order.
- Every policy argument is checked where it is given (`ArgumentInvalid`, a ValueError): a rate of
  -1 or a Retry of -3 attempts is refused, never read as "no limit" or "no tries".
"""

from __future__ import annotations

import datetime
import math
import random
import threading
import time
from dataclasses import dataclass, field

from ._endpoint import Endpoint
from ._exceptions import ArgumentInvalid, KiwoomError, OrderStateUnknown, TransportFailed
from .errors import REISSUE_TOKEN_CODES, AuthError, RateLimitError, ServerError

TokenKey = tuple[str, str, str, str]  # environment, server, app key, sha256 of the secret key


def check_number(name: str, value: object, *, minimum: float = 0.0, above: bool = False) -> float:
    """`value` as a float if it is a finite real number (not a bool) >= `minimum` (> when `above`);
    else ArgumentInvalid naming `name` and the allowed range."""
    allowed = f"must be a finite number {'>' if above else '>='} {minimum:g}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ArgumentInvalid(name, value, allowed)
    number = float(value)
    if not math.isfinite(number) or number < minimum or (above and number == minimum):
        raise ArgumentInvalid(name, value, allowed)
    return number


def check_timeout(seconds: object) -> float:
    """A client's `timeout` in seconds as a float: a finite number > 0 (0 is no timeout nobody means), else
    ArgumentInvalid naming `timeout`. The library's and the `kiwoom` command's rule."""
    return check_number("timeout", seconds, above=True)


def check_count(name: str, value: object, *, minimum: int = 1, none: str = "") -> int | None:
    """`value` if it is a whole number (int, not bool) >= `minimum`, or None when `none` says what
    None means; else ArgumentInvalid naming `name`."""
    if value is None and none:
        return None
    allowed = f"must be a whole number >= {minimum}" + (f", or None ({none})" if none else "")
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ArgumentInvalid(name, value, allowed)
    return value


@dataclass(frozen=True)
class Retry:
    """Backoff for retried queries: delay = min(cap, base * 2**attempt), times a jitter in [0.5, 1].

    `attempts` (tries in all, the first included) is a whole number >= 1; `base` and `cap` are
    seconds, finite and >= 0. Anything else raises ArgumentInvalid (a ValueError) here."""

    attempts: int = 5
    base: float = 0.2
    cap: float = 5.0

    def __post_init__(self) -> None:
        check_count("Retry.attempts", self.attempts)
        check_number("Retry.base", self.base)
        check_number("Retry.cap", self.cap)

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Seconds to wait before retry number `attempt` (0 for the first retry), `rng` drawing the jitter."""
        return float(min(self.cap, self.base * 2.0**attempt) * rng.uniform(0.5, 1.0))


@dataclass
class RateLimiter:
    """A token bucket: `rate` calls a second on average, `burst` at once. Thread-safe; callers are
    told how long to wait, so the sync client sleeps and the async one awaits the same bucket."""

    rate: float
    burst: float
    _tokens: float = field(init=False)
    _stamp: float = field(init=False, default_factory=time.monotonic)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        check_number("rate", self.rate, above=True)
        check_number("burst", self.burst, minimum=1.0)
        self._tokens = self.burst

    def reserve(self) -> float:
        """Take one call's place in the bucket; return the seconds to wait before making it."""
        with self._lock:
            now = time.monotonic()
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            self._tokens -= 1
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def release(self) -> None:
        """Give back a place `reserve` took for a call that gave up waiting (cancelled, interrupted, its client
        closed) and sent nothing: nobody after it waits for a place nobody used."""
        with self._lock:
            self._tokens = min(self.burst, self._tokens + 1)


# Kiwoom publishes no numbers, so the defaults are conservative: 5 calls a second, bursts of 5.
DEFAULT_RATES = {"mock": (5.0, 5.0), "real": (5.0, 5.0)}
_limiters: dict[TokenKey, RateLimiter] = {}
_limiters_lock = threading.Lock()


def shared_limiter(key: TokenKey, rate: float | None, burst: float | None) -> RateLimiter:
    """One bucket per environment, server and key pair (`Core.token_key`), shared by every client in
    the process. `rate` (calls a second, > 0) and `burst` (calls at once, >= 1) are finite numbers;
    None means the environment's default. Anything else raises ArgumentInvalid."""
    default_rate, default_burst = DEFAULT_RATES.get(key[0], DEFAULT_RATES["mock"])
    wanted = (
        default_rate if rate is None else check_number("rate", rate, above=True),
        default_burst if burst is None else check_number("burst", burst, minimum=1.0),
    )
    with _limiters_lock:
        limiter = _limiters.get(key)
        if limiter is None or (limiter.rate, limiter.burst) != wanted:
            limiter = _limiters[key] = RateLimiter(*wanted)
        return limiter


@dataclass(frozen=True, repr=False)
class Token:
    value: str
    expires_at: datetime.datetime  # aware; Kiwoom states expires_dt in Korean time
    issued_at: datetime.datetime

    def fresh(self, now: datetime.datetime) -> bool:
        """Still usable for a while: refreshed ahead of expiry by a tenth of its life, at most 5 minutes."""
        margin = min(datetime.timedelta(minutes=5), (self.expires_at - self.issued_at) / 10)
        return now + margin < self.expires_at

    def __repr__(self) -> str:
        return f"Token(expires_at={self.expires_at.isoformat()})"


class TokenCache:
    """Tokens by environment, server, app key and a digest of the secret key (`Core.token_key`),
    shared by every client in the process, so a sync and an async client of the same keys do not
    each issue their own, and a client with a wrong secret key never borrows another's token."""

    def __init__(self) -> None:
        self._tokens: dict[TokenKey, Token] = {}
        self.issued = 0  # how many tokens this process issued (for tests and metrics)

    def get(self, key: TokenKey) -> Token | None:
        token = self._tokens.get(key)
        return token if token is not None and token.fresh(now()) else None

    def put(self, key: TokenKey, token: Token) -> None:
        self._tokens[key] = token
        self.issued += 1

    def drop(self, key: TokenKey, value: str | None = None) -> Token | None:
        """Forget the key's token (only if it is still `value`, when given); return what was dropped."""
        token = self._tokens.get(key)
        if token is not None and (value is None or token.value == value):
            return self._tokens.pop(key)
        return None

    def clear(self) -> None:
        """Forget every token (after pointing the clients of a process at another server, say)."""
        self._tokens.clear()


TOKENS = TokenCache()


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def auth_failure(error: KiwoomError) -> bool:
    return isinstance(error, AuthError) and error.returned_code in REISSUE_TOKEN_CODES


def may_retry(error: BaseException, order: bool) -> bool:
    """May a call that failed with `error` be sent again as it is (`order`: the call is an order)? Never an order;
    a query after a rate limit (RateLimitError), a server error (ServerError) or a transport failure
    (TransportFailed, RealtimeTimeout among them); nothing else. The client's retries and the `retryable` of the
    `kiwoom` command's and the MCP server's error envelopes follow this one rule."""
    if order:
        return False
    return isinstance(error, (RateLimitError, ServerError, TransportFailed))


def retryable(endpoint: Endpoint, error: KiwoomError) -> bool:
    """May this failed call of `endpoint` be sent again as it is? (`may_retry`)"""
    return may_retry(error, endpoint.order)


def final_error(endpoint: Endpoint, error: KiwoomError) -> KiwoomError:
    """The error to raise when a call gives up: a server failure after an order was sent leaves
    the order's state unknown, and the caller must be told so."""
    if endpoint.order and isinstance(error, ServerError):
        return OrderStateUnknown(endpoint.api_id, f"{type(error).__name__}: {error.message}", look_up=endpoint.look_up)
    return error


def transport_error(endpoint: Endpoint, kind: str, sent: bool) -> KiwoomError:
    """What a failed exchange means for this call (`kind`: the failure in httpx's words, `sent`: may the request
    have reached the server?): for an order that may have been sent, an unknown state; otherwise a failure a
    query may retry."""
    if endpoint.order and sent:
        return OrderStateUnknown(endpoint.api_id, f"{kind}: no answer", look_up=endpoint.look_up)
    when = "after the request may have been sent" if sent else "before anything was sent"
    return TransportFailed(f"{kind} {when}", api_id=endpoint.api_id)
