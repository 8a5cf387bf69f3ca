"""The machine contract: exit codes per error class, and the JSON error envelope.

With `--format json` (the default when stdout is not a terminal) a command writes exactly one JSON object to
stdout: `{"ok": true, ...}` with its data, or `{"ok": false, "error": {...}}` with `code` (Kiwoom's code, or
null), `class` (the exception class), `message`, `retryable` (may the same call be sent again as it is) and, for a
request refused before sending, `problems` ([{option, field, ko, rule, detail}]). Nothing else goes to stdout;
messages for people go to stderr.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._core import OrderInDoubt

OK = 0
INTERNAL = 1
USAGE = 2  # bad input (unknown TR, unknown option, a value that fails validation): nothing was sent
AUTH = 3  # credentials missing, ambiguous, of the other env, unreadable, or refused
REFUSED = 4  # the server refused the request (fix it; sending it unchanged does not help)
RATE_LIMITED = 5  # too many requests: retryable after a pause
UNAVAILABLE = 6  # server error, transport failure, unreadable answer (`retryable` says which may be sent again)
ORDER_UNKNOWN = 7  # an order may or may not stand: look it up before sending it again
MOCK_UNSUPPORTED = 8  # the mock server does not serve this call (refused before sending)
DECLINED = 9  # a real order not confirmed at the prompt: nothing was sent
ORDER_UNTOLD = 10  # earlier orders whose outcome was never told (their command ended first): printed, nothing sent
JOURNAL_UNUSABLE = 11  # the order journal cannot be read or written: nothing was sent
INTERRUPTED = 130  # Ctrl-C
STDOUT_CLOSED = 141  # the reader of stdout went away (`| head`): 128 + SIGPIPE, as a shell reports it

EXIT_CODES: dict[int, str] = {
    OK: "success (an order preview without --confirm included: nothing was sent)",
    INTERNAL: "unexpected failure (a bug; the message says what)",
    USAGE: "bad input: unknown TR, unknown option, a value that fails validation; nothing was sent",
    AUTH: "credentials missing, half set, ambiguous, saved for the other env or unreadable, a profile that cannot be"
    " saved, or refused (AuthError, MissingCredentials, CredentialsConflict, ProfileEnvMismatch, CredentialsUnreadable,"
    " CredentialsUnwritable)",
    REFUSED: "the server refused the request (InputError, RequestRefused, OrderRefused, other Kiwoom codes)",
    RATE_LIMITED: "rate limited (RateLimitError): retry after a pause",
    UNAVAILABLE: "server error, transport failure or unreadable answer (ServerError, TransportFailed, ResponseInvalid)",
    ORDER_UNKNOWN: "OrderStateUnknown: the order may or may not stand (its answer lost, or interrupted after it may"
    " have left); look it up with the TRs the message names (`error.in_doubt.look_up`) before sending it again",
    MOCK_UNSUPPORTED: "MockUnsupported: the mock server does not serve this call",
    DECLINED: "a real order was not confirmed at the prompt; nothing was sent",
    INTERRUPTED: "interrupted (Ctrl-C) with no order in doubt",
    STDOUT_CLOSED: "stdout was closed by its reader (`kiwoom ... | head`): the rest of the output was dropped",
}


class CliFailure(Exception):
    """A failure of the command line itself (not of a TR): a message, an exit code and an envelope class."""

    def __init__(self, message: str, exit_code: int = USAGE, error_class: str = "UsageError") -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.error_class = error_class
        self.extra: dict[str, Any] = {}  # more of the envelope's `error` (an OrderUntold's in_doubt and untold)


def exit_code(error: BaseException) -> int:
    """The stable exit code of an error (see EXIT_CODES)."""
    from .. import errors
    from .._exceptions import (
        ArgumentInvalid,
        KiwoomError,
        MissingCredentials,
        MockUnsupported,
        OrderStateUnknown,
        RequestInvalid,
        ResponseInvalid,
        TransportFailed,
    )

    if isinstance(error, CliFailure):
        return error.exit_code
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED
    table: list[tuple[type[BaseException], int]] = [
        (RequestInvalid, USAGE),
        (ArgumentInvalid, USAGE),
        (OrderStateUnknown, ORDER_UNKNOWN),
        (MockUnsupported, MOCK_UNSUPPORTED),
        (MissingCredentials, AUTH),
        (errors.AuthError, AUTH),
        (errors.RateLimitError, RATE_LIMITED),
        (errors.ServerError, UNAVAILABLE),
        (TransportFailed, UNAVAILABLE),
        (ResponseInvalid, UNAVAILABLE),
        (KiwoomError, REFUSED),
        (OSError, UNAVAILABLE),  # a connection that could not be opened (no such host, refused)
    ]
    return next((code for kind, code in table if isinstance(error, kind)), INTERNAL)


def retryable(error: BaseException, order: bool) -> bool:
    """May the same call be sent again as it is? The library's rule (`_policy.may_retry`: the one its client retries
    by), never this command's own: a failure of the command itself (CliFailure) or one the library did not raise is
    not said to be retryable."""
    from .._policy import may_retry

    return may_retry(error, order)


def problems(error: BaseException) -> list[dict[str, str]]:
    """The broken rules of a RequestInvalid, each with the command line option that sets the field."""
    from .._exceptions import RequestInvalid
    from ._catalog import option

    if not isinstance(error, RequestInvalid):
        return []
    return [
        {"option": option(p.field), "field": p.field, "ko": p.ko, "rule": p.rule, "detail": p.detail}
        for p in error.problems
    ]


def one_line(error: BaseException, cli: bool = True) -> str:
    """The message for people: for a refused request, one line naming each option (`cli`; else each field), its
    Korean name and the rule."""
    found = problems(error)
    if found:
        named = "option" if cli else "field"
        return "; ".join(f"{p[named]} ({p['ko'] or p['field']}): {p['rule']}: {p['detail']}" for p in found)
    text = error.message if isinstance(error, CliFailure) else str(error)
    return " ".join(text.split()) or type(error).__name__


def envelope(error: BaseException, order: bool = False, cli: bool = True) -> dict[str, Any]:
    """`{"ok": false, "error": {code, class, message, retryable[, problems][, reason_code, reason][, in_doubt]}}`;
    `cli`: the message names command line options (else the fields, for the MCP server). `in_doubt` is the record of
    an order whose state is unknown (`OrderInDoubt`: api_id, the request as sent, sent_at and at as ISO 8601 UTC (if
    it stands, the server took it between them), why, look_up: the ids of the query TRs that show whether it stands): the process that kept it ends with the command, so the
    envelope carries it. An OrderUntold (CliFailure) carries `in_doubt` (a list of such records) and `untold` (the
    results never told)."""
    from .._exceptions import KiwoomError, OrderStateUnknown

    body: dict[str, Any] = {
        "code": error.returned_code if isinstance(error, KiwoomError) else None,
        "class": error.error_class if isinstance(error, CliFailure) else type(error).__name__,
        "message": one_line(error, cli),
        "retryable": retryable(error, order),
        "exit_code": exit_code(error),
    }
    if isinstance(error, KiwoomError) and error.reason_code:
        body.update(reason_code=error.reason_code, reason=error.reason)
    found = problems(error)
    if found:
        body["problems"] = found
    if isinstance(error, OrderStateUnknown) and error.record is not None:
        body["in_doubt"] = doubt_record(error.record)
    if isinstance(error, CliFailure):
        body.update(error.extra)
    return {"ok": False, "error": body}


def doubt_record(kept: OrderInDoubt) -> dict[str, Any]:
    """An order in doubt as the envelopes carry it: api_id, the request as sent, sent_at and at (ISO 8601 UTC), why,
    look_up."""
    return {
        "api_id": kept.api_id,
        "request": dict(kept.request),
        "sent_at": kept.sent_at.isoformat() if kept.sent_at else None,
        "at": kept.at.isoformat(),
        "why": kept.why,
        "look_up": list(kept.look_up),
    }


class _OneLine(logging.Formatter):
    """A log record as one `kiwoom: ` line: its message, and an exception's class and text instead of a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            message += f" ({type(record.exc_info[1]).__name__}: {record.exc_info[1]})"
        return "kiwoom: " + (" ".join(message.split()) or record.levelname)


def log_lines() -> None:
    """The library's warnings (`kiwoom_sdk` loggers: a realtime reconnect, a SYSTEM notice, a session ended) on
    stderr as `kiwoom: ` lines, one a record, never a traceback; without this, Python's last-resort handler writes
    them bare, and a logged exception with its traceback."""
    logger = logging.getLogger("kiwoom_sdk")
    if any(isinstance(handler.formatter, _OneLine) for handler in logger.handlers):
        return  # a second command in the same process
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_OneLine())
    logger.addHandler(handler)
