"""What `kiwoom stream` and `kiwoom conditions` do once click has parsed them: commands over one realtime WebSocket
session of the library. The MCP server's `condition_search` reads condition searches with the same functions
(`condition_request`, `condition_answer`, `condition_rows`)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ._errors import INTERRUPTED, UNAVAILABLE, CliFailure
from ._output import answer_row, default_format, event_row, json_line, shown, write_result

if TYPE_CHECKING:
    from ._settings import Target


@contextlib.contextmanager
def _live_table() -> Iterator[Callable[[dict[str, Any]], None]]:
    """A rich live table of the latest event of each (type, item), redrawn as events arrive. However the stream
    ends (its count, Ctrl-C, an error) the live display is stopped: the cursor it hid is shown again, the last
    table stays on the screen, and off a terminal, where nothing is redrawn, that last table is what is printed."""
    from rich.live import Live
    from rich.table import Table

    latest: dict[tuple[str, str], dict[str, Any]] = {}

    with Live(auto_refresh=False) as live:

        def show(row: dict[str, Any]) -> None:
            latest[(row["type"], row["item"])] = row
            table = Table("type", "item", "values")
            for (kind, item), entry in sorted(latest.items()):
                listed = list(entry["values"].items())[:8]
                values = "  ".join(f"{name}={value}" for name, value in listed)
                table.add_row(kind, item, shown(values, live.console.file))
            live.update(table, refresh=True)

        yield show


def stream_events(
    types: list[str],
    items: list[str],
    section: str | None,
    count: int | None,
    given: str | None,
    common: dict[str, Any],
) -> None:
    """Print realtime events until Ctrl-C (or `count` events): one JSON object a line, or a live table. The session's
    section is the types' own (`section`, when given, must be it); types and items are checked before connecting."""
    from .._exceptions import KiwoomError
    from .._registration import section_of
    from .._session import registration
    from ._app import fail
    from ._settings import target

    output = given or ("table" if sys.stdout.isatty() else "jsonl")
    try:
        section = section or section_of(types)
        registration(section, items, types)
        where = target(common)
    except (KiwoomError, CliFailure) as refused:
        fail(refused, False)
    _print_events(where, common, section, output, count, ",".join(types), lambda live: live.register(items, types))


def _print_events(
    where: Target,
    common: dict[str, Any],
    section: str,
    output: str,
    count: int | None,
    what: str,
    start: Callable[[Any], None],
) -> None:
    """Open a `section` session, `start` it (a REG, a realtime condition search: it raises the error of a refusal)
    and print its events until Ctrl-C (or `count` events): one JSON object a line (`output` jsonl), or a live table."""
    from .._exceptions import KiwoomError
    from .._realtime import RealtimeEvent
    from ._app import fail
    from ._settings import command_client

    seen = 0
    try:
        with contextlib.ExitStack() as stack:
            show = stack.enter_context(_live_table()) if output == "table" else None
            with command_client(where, common) as client, client.realtime(section) as live:
                start(live)  # answered: an event from here on is the caller's, and a refusal never says streaming
                sys.stderr.write(f"kiwoom: streaming {what} from {where.env} at {where.ws_url}\n")
                for event in live:
                    if not isinstance(event, RealtimeEvent):  # LOGIN, PING, answers: the session's own business
                        continue
                    seen += 1
                    row = event_row(event)
                    if show is None:
                        sys.stdout.write(json_line(row, sys.stdout))
                        sys.stdout.flush()
                    else:
                        show(row)
                    if count is not None and seen >= count:
                        break
    except KeyboardInterrupt:
        sys.stderr.write(f"kiwoom: stopped after {seen} events\n")
        raise SystemExit(INTERRUPTED) from None
    except (KiwoomError, CliFailure) as error:
        fail(error, False)


def watch_condition(
    seq: str, section: str, stex_tp: str | None, count: int | None, given: str | None, common: dict[str, Any]
) -> None:
    """`kiwoom conditions SEQ --watch`: a realtime condition search (search_type 1: CNSRREQ, GCNSRREQ) whose pushes
    (02, S2: an item entering or leaving the condition) are printed as `kiwoom stream` prints events, until Ctrl-C
    or `count` of them. A search the server refuses is the library's error of its code."""
    from .._exceptions import KiwoomError
    from ..realtime import CONDITION_SEARCHES
    from ._app import fail
    from ._settings import target

    output = given or ("table" if sys.stdout.isatty() else "jsonl")
    if output not in ("table", "jsonl"):
        fail(CliFailure(f"--watch prints events: --format table or jsonl, not {output}"), False)
    message, _ = condition_request(seq, section, stex_tp)
    try:
        where = target(common)
    except (KiwoomError, CliFailure) as refused:
        fail(refused, False)
    what = f"condition {seq} ({message['trnm']})"
    realtime = {**message, "search_type": CONDITION_SEARCHES[section].search_type_realtime}
    _print_events(where, common, section, output, count, what, lambda live: live.send(realtime))


CONDITION_WAIT = 15.0  # seconds to wait for the answer of a condition search
CONDITION_PAGES = 100  # pages of a condition search read at most: a server that keeps saying "more" cannot loop


def run_conditions(
    seq: str | None, section: str, stex_tp: str | None, given: str | None, common: dict[str, Any]
) -> None:
    """`kiwoom conditions`: the list of a section's condition searches (CNSRLST, GCNSRLST), or one search's items now
    (CNSRREQ, GCNSRREQ: `realtime.CONDITION_SEARCHES`); a domestic search names its exchange (`stex_tp`)."""
    from .._exceptions import KiwoomError
    from ._app import fail
    from ._settings import command_client, target

    output = given or default_format()
    message, api_id = condition_request(seq, section, stex_tp)
    try:
        where = target(common)
        body = condition_answer(message, api_id, section, lambda: command_client(where, common))
        rows = condition_rows(body, api_id, listing=seq is None)
    except (KiwoomError, CliFailure) as error:
        fail(error, output == "json")
    envelope = {
        "ok": True,
        "api_id": api_id,
        "env": where.env,
        "ws_url": where.ws_url,
        "return_code": body.get("return_code"),
        "data": {"conditions" if seq is None else "items": rows},
    }
    write_result(output, envelope, [], f"{api_id} ({len(rows)} rows)")


def condition_request(seq: str | None, section: str, stex_tp: str | None = None) -> tuple[dict[str, Any], str]:
    """The message of a section's condition list (no `seq`: CNSRLST, GCNSRLST) or one-off search of `seq` (CNSRREQ,
    GCNSRREQ, search_type 0), and the id of its API. A search whose spec names an exchange (the domestic one's
    stex_tp: `ConditionSearch.exchanges`) sends `stex_tp`, by default the first of them (K); another value is
    `ArgumentInvalid`. A search that names none leaves `stex_tp` out."""
    from .._exceptions import ArgumentInvalid
    from ..realtime import CONDITION_SEARCHES

    condition = CONDITION_SEARCHES[section]
    if seq is None:
        return {"trnm": condition.listing}, condition.listing_api
    if condition.exchanges and stex_tp is not None and stex_tp not in condition.exchanges:
        raise ArgumentInvalid("stex_tp", stex_tp, f"must be one of {', '.join(condition.exchanges)}")
    exchange = {"stex_tp": stex_tp or condition.exchanges[0]} if condition.exchanges else {}
    return {
        "trnm": condition.search,
        "seq": seq,
        "search_type": condition.search_type_once,
        **exchange,
    }, condition.search_api


def condition_rows(body: dict[str, Any], api_id: str, listing: bool) -> list[dict[str, Any]]:
    """The rows of a condition list's answer (each [seq, name] array named by the spec's fields:
    `realtime.answer_entries`) or of a search's (its items typed by the spec, `realtime.answer_rows`, as plain JSON);
    ResponseInvalid for an answer of other members, the server's fault."""
    from .._exceptions import ResponseInvalid
    from ..realtime import answer_entries, answer_rows

    try:
        if listing:
            return [entry._asdict() for entry in answer_entries(body)]
        return [answer_row(row) for row in answer_rows(body)]
    except ValueError as error:
        raise ResponseInvalid(str(error), api_id=api_id) from None


def condition_answer(
    message: dict[str, Any], api_id: str, section: str, make_client: Callable[[], Any]
) -> dict[str, Any]:
    """The answer to a list (CNSRLST, GCNSRLST) or a one-off search (CNSRREQ, GCNSRREQ) on a `section` session of a
    sync client (`make_client()`); of a search, every page (cont_yn `ConditionSearch.next_page`, "Y", and next_key, as a paged TR), their rows
    merged into the last page's answer. A refusal raises the library's error of its code; CliFailure when no answer
    comes within CONDITION_WAIT or a search still has more after CONDITION_PAGES pages."""
    from ..realtime import CONDITION_SEARCHES

    condition = CONDITION_SEARCHES[section]
    with make_client() as client, client.realtime(section) as live:
        body = _answer(live, message, api_id)
        rows = list(body.get("data") or [])
        for _ in range(CONDITION_PAGES - 1):
            key = str(body.get("next_key") or "").strip()
            if message["trnm"] != condition.search or body.get("cont_yn") != condition.next_page or not key:
                return {**body, "data": rows}
            body = _answer(live, {**message, "cont_yn": condition.next_page, "next_key": key}, api_id)
            rows += body.get("data") or []
    raise CliFailure(f"{message['trnm']} still had more after {CONDITION_PAGES} pages", UNAVAILABLE, "TooManyPages")


def _answer(live: Any, message: dict[str, Any], api_id: str) -> dict[str, Any]:
    """The answer to one message; a refusal is the library's error of its code (`errors.error_class_for`), as a
    refused TR is."""
    import time

    from .._exceptions import RealtimeTimeout
    from .._realtime import SystemMessage
    from ..errors import error_class_for

    live.send(message)
    deadline = time.monotonic() + CONDITION_WAIT
    while (left := deadline - time.monotonic()) > 0:
        event = live.get(timeout=left)
        if isinstance(event, SystemMessage) and event.trnm == message["trnm"]:
            if event.return_code not in (None, 0):
                code = int(event.return_code)
                refused = f"{message['trnm']} refused: {event.return_msg}"
                raise error_class_for(code)(refused, api_id=api_id, code=code)
            return dict(event.body)
    raise RealtimeTimeout(f"no answer to {message['trnm']} within {CONDITION_WAIT:.0f} s", api_id=api_id)
