"""Ctrl-C and SIGTERM around an order the command sends: they interrupt it until its request goes, wait a little
for its answer while it is on its way, then wait until its outcome is written.

Before the order's request goes (a token to issue, the rate limiter's wait), SIGINT raises KeyboardInterrupt and
SIGTERM `Terminated` (a KeyboardInterrupt): nothing was sent (exit 130). From the runtime's `request` event (the
request handed to the transport) a signal is held for at most HOLD_SECONDS, said on stderr: an answer that arrives
meanwhile is written as it would have been, so an answer the transport has read is never lost to the few frames
between the transport and the runtime's `response` event. When the bound passes with no answer (a hung server), or
the signal comes again, it interrupts the call: the order is reported in doubt (exit 7 and its record) instead of
dying with the process, unreported. From the `response` event a signal is held until the result (the order number the
server gave, or its refusal, or the record of an order in doubt) is written; then the command says on stderr which
signal came and ends with the outcome's exit status. SIGKILL still ends the command at once (the order journal keeps
the order's entry for the next order to tell: `_call_journal`).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

HOLD_SECONDS = 2.0  # how long a signal that came while the order was on its way waits for its answer


class Terminated(KeyboardInterrupt):
    """SIGTERM (a wrapper's `timeout`, a supervisor stopping the command) while an order is being sent."""


class OrderOutcome:
    """The signals of one order's call (`api_id`): `hook` is the client's hook (the order's `request` event says it is
    on its way, its `response` event that its answer has arrived), `kept()` the span from sending to the written
    result."""

    def __init__(self, api_id: str, hold_seconds: float = HOLD_SECONDS) -> None:
        self.api_id = api_id
        self.hold_seconds = hold_seconds
        self.sending = False  # the request was handed to the transport: a signal waits a little for its answer
        self.settled = False  # the answer arrived, or the call ended: the outcome is on its way out
        self.held: list[str] = []
        self._bound: threading.Timer | None = None

    def hook(self, event: str, details: dict[str, Any]) -> None:
        if details.get("api_id") != self.api_id:
            return
        if event == "request":
            self.sending = True
        elif event == "response":
            self.settle()

    def settle(self) -> None:
        """The call is over (answered, or ended otherwise): any signal from now on waits for the written outcome."""
        self.settled = True
        if self._bound is not None:
            self._bound.cancel()

    def _signalled(self, signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        if self.settled:
            self.held.append(name)
            return
        if self.sending and not self.held:  # the answer may be a few frames away: wait for it, within the bound
            self.held.append(name)
            os.write(  # not sys.stderr: a handler may run in the middle of one of its writes
                2,
                f"kiwoom: {name}: waiting up to {self.hold_seconds:g} s for the answer of {self.api_id} (again to stop"
                " now: the order is then in doubt)\n".encode(),
            )
            self._bound = threading.Timer(
                self.hold_seconds, signal.pthread_kill, (threading.main_thread().ident, signum)
            )
            self._bound.daemon = True
            self._bound.start()
            return
        self.settle()  # the interrupt ends the call; the record of its order is written before any other
        self.held.clear()
        raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()

    @contextlib.contextmanager
    def kept(self) -> Iterator[None]:
        """SIGINT and SIGTERM as the module says, from the sending of the order until the block ends (its outcome
        written; the block calls `settle()` once the call is over); then the handlers of before, and a line on stderr
        for each signal held."""
        if threading.current_thread() is not threading.main_thread():  # only the main thread can handle signals
            yield
            return
        before = {sent: signal.signal(sent, self._signalled) for sent in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
            self.settle()
            sys.stdout.flush()  # the outcome reaches its reader before the signal is given up
        finally:
            self.settle()
            if self._bound is not None:
                self._bound.join()  # cancelled, or its signal already given: none comes once the handlers are restored
            for sent, handler in before.items():
                signal.signal(sent, handler)
            for name in dict.fromkeys(self.held):
                sys.stderr.write(
                    f"kiwoom: {name} came once the outcome of {self.api_id} was known: it was written first\n"
                )
