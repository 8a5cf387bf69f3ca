"""Ctrl-C and SIGTERM around an order the command sends: they interrupt it until its outcome is known, then wait
until that outcome is written.

Until the order's answer arrives (or its call ends some other way), SIGINT raises KeyboardInterrupt and SIGTERM
`Terminated` (a KeyboardInterrupt), so that an order that may have left is reported in doubt (exit 7 and its record)
instead of dying with the process, unreported. From the moment the answer is read, a signal is held: the result
(the order number the server gave, or its refusal, or the record of an order in doubt) is written first, then the
command says on stderr which signal came and ends with the outcome's exit status. A trader never loses the record of a
placed order to an interrupt that came a few milliseconds late; SIGKILL still ends the command at once.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any


class Terminated(KeyboardInterrupt):
    """SIGTERM (a wrapper's `timeout`, a supervisor stopping the command) while an order is being sent."""


class OrderOutcome:
    """The signals of one order's call (`api_id`): `hook` is the client's hook (the order's `response` event says its
    answer has arrived), `kept()` the span from sending to the written result."""

    def __init__(self, api_id: str) -> None:
        self.api_id = api_id
        self.settled = False  # the answer arrived, or the call was interrupted: the outcome is on its way out
        self.held: list[str] = []

    def hook(self, event: str, details: dict[str, Any]) -> None:
        if event == "response" and details.get("api_id") == self.api_id:
            self.settled = True

    def _signalled(self, signum: int, frame: object) -> None:
        if self.settled:
            self.held.append(signal.Signals(signum).name)
            return
        self.settled = True  # the interrupt ends the call; the record of its order is written before any other
        raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()

    @contextlib.contextmanager
    def kept(self) -> Iterator[None]:
        """SIGINT and SIGTERM as the module says, from the sending of the order until the block ends (its outcome
        written); then the handlers of before, and a line on stderr for each signal held."""
        if threading.current_thread() is not threading.main_thread():  # only the main thread can handle signals
            yield
            return
        before = {sent: signal.signal(sent, self._signalled) for sent in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
            self.settled = True
            sys.stdout.flush()  # the outcome reaches its reader before the signal is given up
        finally:
            for sent, handler in before.items():
                signal.signal(sent, handler)
            for name in dict.fromkeys(self.held):
                sys.stderr.write(
                    f"kiwoom: {name} came once the outcome of {self.api_id} was known: it was written first\n"
                )
