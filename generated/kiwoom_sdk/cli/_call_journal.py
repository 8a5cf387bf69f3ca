"""`kiwoom call ... --confirm` and the order journal (`_journal`, shared with `kiwoom mcp`): an order's entry is
written before it goes and removed once its outcome is written, so that a command killed in between (SIGKILL, a
crash, a closed terminal's SIGHUP) leaves a record that its order may stand. The next `kiwoom call` of an order (same
env and base URL) that finds the entries of a process that has ended, a command's or an MCP server's, sends nothing:
it prints them (exit ORDER_UNTOLD), once, and the call after that goes."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ._errors import JOURNAL_UNUSABLE, ORDER_UNTOLD, CliFailure

if TYPE_CHECKING:
    from ._interrupts import OrderOutcome
    from ._journal import Entry, Journal
    from ._settings import Target

ENDED = "the kiwoom call that sent it ended before its outcome was told"  # the why of a `sending` entry told


def _unusable(journal: Journal, error: OSError) -> CliFailure:
    return CliFailure(
        f"nothing was sent: the order journal {journal.directory} cannot be read or written"
        f" ({type(error).__name__}: {error.strerror or error}), and an order is kept there until its outcome is"
        " written (KIWOOM_CONFIG_DIR chooses its directory)",
        JOURNAL_UNUSABLE,
        "JournalUnusable",
    )


def order_journal(where: Target) -> Journal:
    from ._journal import Journal

    return Journal(where.env, where.base_url)


def tell_untold(journal: Journal, as_json: bool) -> None:
    """Refuse the order (nothing sent; exit ORDER_UNTOLD) when the journal holds entries of processes that have
    ended: their orders in doubt (`error.in_doubt`) and the results never told (`error.untold`), on stdout as the
    JSON envelope (`as_json`) and on stderr for people; they leave the journal once written. CliFailure
    (JOURNAL_UNUSABLE) when the journal cannot be read."""
    from .._endpoints import ENDPOINTS
    from .._policy import now
    from ._app import fail
    from ._journal import to_tell
    from ._output import json_line

    try:
        claimed = journal.claim()
    except OSError as error:
        raise _unusable(journal, error) from None
    if not claimed.entries:
        return
    in_doubt, untold = to_tell(claimed.entries, now().isoformat())
    for record in in_doubt:
        sys.stderr.write(f"kiwoom: order in doubt: {record['api_id']} {record['request']} ({record['why']})\n")
        calls = " and ".join(f"`kiwoom call {i}` ({ENDPOINTS[i].name_en})" for i in record["look_up"])
        sys.stderr.write(f"kiwoom: look {record['api_id']} up with {calls} before sending it again\n")
    for result in untold:
        sys.stderr.write(f"kiwoom: an order's outcome never told: {json_line(result, sys.stderr)}")
    refused = CliFailure(
        f"nothing was sent: {len(in_doubt) + len(untold)} earlier order(s) of {journal.env} at {journal.base_url}"
        " may stand, and their outcome was never told (the kiwoom call or MCP server that sent them ended first):"
        " look each order in doubt up with the TRs its look_up names and read each result never told (in_doubt and"
        " untold in the JSON envelope, and above) before sending it again; the next call sends",
        ORDER_UNTOLD,
        "OrderUntold",
    )
    refused.extra = {"in_doubt": in_doubt, "untold": untold}
    try:
        fail(refused, as_json)
    finally:
        claimed.done()  # written (a command killed before this line leaves them to the next one: told twice)


def record(journal: Journal, api_id: str, body: dict[str, Any]) -> Entry:
    """The journal's entry of an order about to go; CliFailure (JOURNAL_UNUSABLE, nothing sent) when it cannot be
    written."""
    from ._journal import order_record

    try:
        return journal.open("sending", in_doubt=[order_record(api_id, body, ENDED)])
    except OSError as error:
        raise _unusable(journal, error) from None


@contextlib.contextmanager
def kept_until_told(entry: Entry, outcome: OrderOutcome) -> Iterator[None]:
    """The entry stays while the block sends the order and writes its outcome; it is removed once the outcome is
    written (the block ends, or `_app.fail` wrote the error: SystemExit; or stdout's reader went away and the
    outcome went to stderr) or when the block ends otherwise before the request went (nothing was sent). Any other
    end after the request went (a failure no outcome tells) leaves it, for the next call to tell."""
    from ._app import StdoutClosed

    try:
        yield
    except (SystemExit, BrokenPipeError, StdoutClosed):
        entry.drop()
        raise
    except BaseException:
        if not outcome.sending:
            entry.drop()
        raise
    entry.drop()
