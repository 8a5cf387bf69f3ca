"""What `kiwoom stream` and `kiwoom conditions` do once click has parsed them: commands over one realtime WebSocket
session of the library."""

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
    from .._realtime import RealtimeEvent
    from .._registration import section_of
    from .._session import registration
    from ._app import fail
    from ._settings import command_client, target

    output = given or ("table" if sys.stdout.isatty() else "jsonl")
    try:
        section = section or section_of(types)
        registration(section, items, types)
        where = target(common)
    except (KiwoomError, CliFailure) as refused:
        fail(refused, False)
    seen = 0
    try:
        with contextlib.ExitStack() as stack:
            show = stack.enter_context(_live_table()) if output == "table" else None
            with command_client(where, common) as client, client.realtime(section) as live:
                sys.stderr.write(f"kiwoom: streaming {','.join(types)} from {where.env} at {where.ws_url}\n")
                live.register(items, types)
                for event in live:
                    if not isinstance(event, RealtimeEvent):  # LOGIN, PING, REG answers: the session's own business
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


CONDITION_WAIT = 15.0  # seconds to wait for the answer of a condition search
CONDITION_PAGES = 100  # pages of a condition search read at most: a server that keeps saying "more" cannot loop


def run_conditions(seq: str | None, stex_tp: str, given: str | None, common: dict[str, Any]) -> None:
    """`kiwoom conditions`: the list of condition searches (CNSRLST), or one search's items now (CNSRREQ)."""
    from .._exceptions import KiwoomError
    from ._app import fail
    from ._settings import target

    output = given or default_format()
    if seq is None:
        message, api_id = {"trnm": "CNSRLST"}, "ka10171"
    else:
        message, api_id = {"trnm": "CNSRREQ", "seq": seq, "search_type": "0", "stex_tp": stex_tp}, "ka10172"
    try:
        where = target(common)
        body = _condition_answer(message, api_id, where, common)
    except (KiwoomError, CliFailure) as error:
        fail(error, output == "json")
    rows = (
        _condition_list(body, output) if seq is None else [answer_row(row) for row in _typed_rows(body, api_id, output)]
    )
    envelope = {
        "ok": True,
        "api_id": api_id,
        "env": where.env,
        "ws_url": where.ws_url,
        "return_code": body.get("return_code"),
        "data": {"conditions" if seq is None else "items": rows},
    }
    write_result(output, envelope, [], f"{api_id} ({len(rows)} rows)")


def _condition_list(body: dict[str, Any], output: str) -> list[dict[str, Any]]:
    """The conditions of a CNSRLST answer as objects, each [seq, name] array named by the spec's fields
    (`realtime.answer_entries`); an answer of other members is the server's fault, reported as such."""
    from .._exceptions import ResponseInvalid
    from ..realtime import answer_entries
    from ._app import fail

    try:
        return [entry._asdict() for entry in answer_entries(body)]
    except ValueError as error:
        fail(ResponseInvalid(str(error), api_id="ka10171"), output == "json")


def _typed_rows(body: dict[str, Any], api_id: str, output: str) -> list[Any]:
    """A condition search's items, typed by the spec (`realtime.answer_rows`); an answer whose rows are no objects
    is the server's fault, reported as such."""
    from .._exceptions import ResponseInvalid
    from ..realtime import answer_rows
    from ._app import fail

    try:
        return answer_rows(body)
    except ValueError as error:
        fail(ResponseInvalid(str(error), api_id=api_id), output == "json")


def _condition_answer(message: dict[str, Any], api_id: str, where: Target, common: dict[str, Any]) -> dict[str, Any]:
    """The answer to a CNSRLST / CNSRREQ; of a condition search, every page (cont_yn "Y" and next_key, as a paged
    TR), their rows merged into the last page's answer."""
    from ._settings import command_client

    with command_client(where, common) as client, client.realtime("domestic") as live:
        body = _answer(live, message, api_id)
        rows = list(body.get("data") or [])
        for _ in range(CONDITION_PAGES - 1):
            key = str(body.get("next_key") or "").strip()
            if message["trnm"] != "CNSRREQ" or body.get("cont_yn") != "Y" or not key:
                return {**body, "data": rows}
            body = _answer(live, {**message, "cont_yn": "Y", "next_key": key}, api_id)
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
