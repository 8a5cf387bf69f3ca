"""The base of every error the SDK raises; generated subclasses add one class per Kiwoom code."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from ._core import OrderInDoubt

EXCERPT = 200  # characters of a user's value or a server's answer shown in a message
MESSAGE_LIMIT = 2_000  # characters of any error message; the rest is cut, its length stated


def excerpt(value: object, limit: int = EXCERPT) -> str:
    """`repr(value)` (bytes decoded as UTF-8 text first), cut to `limit` characters with an ellipsis
    and the whole length when longer: how a message shows a value it did not choose."""
    if isinstance(value, bytes | bytearray):
        length, text = len(value), repr(bytes(value[: limit * 4]).decode("utf-8", "replace"))
    elif isinstance(value, str):
        length, text = len(value), repr(value[: limit + 1])
    else:
        text = repr(value)
        length = len(text)
    return text if len(text) <= limit else f"{text[:limit]}… ({length:,} characters in all)"


def bounded(message: str, limit: int = MESSAGE_LIMIT) -> str:
    """The message itself when short, else its first `limit` characters and its length."""
    return message if len(message) <= limit else f"{message[:limit]}… (message cut: {len(message):,} characters)"


def rebuilt(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    """An error of `cls` with `args` (its message as shown), its __init__ not run: unpickling and copying restore
    its attributes next. Rebuilding with its own constructor would take the message for its arguments."""
    return cls.__new__(cls, *args)


class KiwoomError(Exception):
    """An error answer from Kiwoom: the API id, the code and the message, never credentials.

    `returned_code` is the code (embedded in return_msg, or return_code). `reason_code` is the broker's
    own code when the message carries one, `reason` the text that comes with the embedded code
    ("[2000](RC4058:모의투자 장종료)": 'RC4058', '모의투자 장종료'); None otherwise.
    """

    code: ClassVar[int | None] = None
    error_class: ClassVar[str] = ""
    note: ClassVar[str] = ""  # what the caller should know beyond the message (shown in str())

    def __init__(
        self,
        message: str,
        *,
        api_id: str | None = None,
        code: int | None = None,
        response: Any = None,
        reason_code: str | None = None,
        reason: str | None = None,
    ) -> None:
        message = bounded(message)
        self.api_id = api_id
        self.message = message
        self.response = response
        self.returned_code: int | None = code if code is not None else type(self).code
        self.reason_code = reason_code
        self.reason = reason
        where = f"{api_id}: " if api_id else ""
        number = f"[{self.returned_code}] " if self.returned_code is not None else ""
        note = f" ({self.note})" if self.note else ""
        super().__init__(f"{where}{number}{message}{note}")

    def __reduce__(self) -> tuple[Any, ...]:
        return rebuilt, (type(self), self.args), self.__dict__  # pickle and copy keep the error as it is


class RequestInvalid(KiwoomError, ValueError):
    """A request that breaks its spec, refused before anything is sent.

    `problems` lists each broken rule: the field, its Korean name and what is wrong.
    """

    def __init__(self, api_id: str, name_ko: str, problems: list[FieldProblem]) -> None:
        self.problems = problems
        listed = "; ".join(str(p) for p in problems)
        super().__init__(f"{name_ko}: invalid request: {listed}", api_id=api_id)


class FieldProblem:
    """One broken rule of a request field."""

    def __init__(self, field: str, ko: str, rule: str, detail: str) -> None:
        self.field = field
        self.ko = ko
        self.rule = rule  # required, max_length, code, const, type, unknown_field, item_code or conditional
        self.detail = bounded(detail, EXCERPT * 2)

    def __str__(self) -> str:
        named = f"{self.field} ({self.ko})" if self.ko else self.field
        return f"{named}: {self.detail}"

    def __repr__(self) -> str:
        return f"FieldProblem({self.field!r}, rule={self.rule!r}, detail={self.detail!r})"


class ResponseInvalid(KiwoomError):
    """A response that is not Kiwoom's JSON envelope (not JSON, or not an object)."""


class TransportFailed(KiwoomError):
    """The connection failed (refused, reset, timed out) before an answer arrived."""


def look_it_up(look_up: tuple[str, ...]) -> str:
    """What to do about an order in doubt: look it up with the query TRs its spec names (`look_up`: the ids of
    the TRs that show whether such an order stands, e.g. ('kt50075', 'kt50031') for a gold spot order)."""
    named = " / ".join(look_up) if look_up else "the account's open-orders and fills TRs"
    return f"look it up ({named}) before sending it again"


class OrderStateUnknown(KiwoomError):
    """An order was sent, or may have been, but its answer never reached the caller (a lost or
    timed-out connection, a 5xx, an unreadable answer): it may or may not stand.

    Never send it again blindly: look it up first with the query TRs that show whether such an
    order stands. `look_up` holds their ids, the spec's own for this order (a stock order's open
    orders and fills, a gold spot order's, a US order's, ...), and the message names them.
    The client also keeps the order in `client.orders_in_doubt`; `record` is that entry
    (`OrderInDoubt`: api_id, request, at, why, look_up, sent_at), and `response` the answer as received when
    one came (bytes, cut to 4 KiB)."""

    def __init__(self, api_id: str, cause: str, *, look_up: tuple[str, ...] = (), response: Any = None) -> None:
        self.cause = cause
        self.look_up = look_up
        self.record: OrderInDoubt | None = None  # the entry the client kept, once it has kept it
        super().__init__(
            f"order state unknown ({cause}) after the order may have reached the server; "
            f"{look_it_up(look_up)}; see client.orders_in_doubt",
            api_id=api_id,
            response=response,
        )


class ArgumentInvalid(KiwoomError, ValueError):
    """An argument of the client itself (not of a TR) that makes no sense: a rate, burst, retry
    policy, timeout, environment, page cap, realtime section or queue size, refused where it is
    given. The message names the argument, what was given (cut short) and what is allowed."""

    def __init__(self, name: str, given: object, allowed: str, *, secret: bool = False) -> None:
        self.argument = name
        shown = f"(a {type(given).__name__}, not shown)" if secret else excerpt(given)
        super().__init__(f"{name}={shown}: {allowed}")


class ClientClosed(KiwoomError, RuntimeError):
    """The client was closed (`close()`, `aclose()` or the end of its `with` block); make a new one."""


class WrongEventLoop(KiwoomError, RuntimeError):
    """An `AsyncKiwoom` used from an event loop other than the one it first ran in: its connections
    and locks belong to that loop. Make one client per event loop (for instance inside the
    coroutine given to `asyncio.run`)."""


class MockUnsupported(KiwoomError):
    """A call the mock server does not serve (NXT / SOR, or a TR it lacks), refused before sending."""


class MissingCredentials(KiwoomError):
    """No app key or secret key was given (arguments or KIWOOM_APPKEY / KIWOOM_SECRETKEY)."""


class SessionEnded(KiwoomError):
    """The server ended the realtime session with a SYSTEM notice after which the session must not
    reconnect on its own. `notice_code` ('R10001') and `message` are the notice's."""

    notice: ClassVar[str] = ""

    def __init__(self, notice_code: str, message: str) -> None:
        self.notice_code = notice_code
        super().__init__(
            f"the server ended the realtime session: {notice_code} {message}; it was not reconnected", api_id="SYSTEM"
        )


class RealtimeTimeout(TransportFailed):
    """A realtime deadline passed: LOGIN (or the WebSocket handshake) or a REG / REMOVE was not answered in
    time, or the feed was silent (no frame, no PING) for longer than the liveness deadline."""


class RealtimeGaveUp(KiwoomError):
    """The realtime session stopped reconnecting: `len(causes)` connections in a row failed before anything
    arrived on them (no REAL frame, no PING). `causes` are their failures, oldest first; the last one is
    chained as `__cause__`."""

    def __init__(self, causes: list[str]) -> None:
        self.causes = causes
        counted = Counter(causes)
        listed = "; ".join(f"{cause} (x{count})" if count > 1 else cause for cause, count in counted.items())
        super().__init__(f"gave up after {len(causes)} failed connections in a row: {listed}")
