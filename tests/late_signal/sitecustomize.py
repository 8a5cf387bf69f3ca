"""Loaded by a `kiwoom` subprocess whose PYTHONPATH starts with this folder (tests/test_cli.py, tests/test_mcp.py): at
the worst moment for an order, KIWOOM_TEST_SIGNAL_AT, it sends the process the signal KIWOOM_TEST_SIGNAL (SIGINT or
SIGTERM), or holds it while the file KIWOOM_TEST_HOLD names exists (written there at that moment, for the test to
remove when it is done; time.sleep meanwhile: an event loop stalls with it, as a loaded machine stalls it):

- `handed`: as httpx hands the answer of an accepted buy order (the simulator's `매수주문완료`), read in full, to the
  runtime's transport, before the runtime's `response` event;
- `answer`: as the client parses the answer of an accepted buy order, read in full;
- `output`: as the command begins to write its result on stdout;
- `result`: as the MCP server makes the result of an accepted buy order, it fails (RuntimeError, as a bug would).

The signal goes to the process itself (os.kill), so it arrives there, at that point, on every run."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

SIGNAL = os.environ.get("KIWOOM_TEST_SIGNAL")
HOLD = os.environ.get("KIWOOM_TEST_HOLD")
HELD_AT_MOST = 60.0  # seconds: a test that never lets go fails on its own deadline, not on a process held forever
AT = os.environ.get("KIWOOM_TEST_SIGNAL_AT")
ACCEPTED = "매수주문완료".encode()


def _strike() -> None:
    global SIGNAL, HOLD
    if HOLD:
        held, HOLD = Path(HOLD), None  # once
        held.write_text("held", encoding="utf-8")
        deadline = time.monotonic() + HELD_AT_MOST
        while held.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    if SIGNAL:
        sent, SIGNAL = getattr(signal, SIGNAL), None  # once
        os.kill(os.getpid(), sent)


if AT == "answer":
    import orjson

    _loads = orjson.loads

    def _struck_loads(content: Any) -> Any:
        if isinstance(content, bytes | bytearray | memoryview) and ACCEPTED in bytes(content):
            _strike()
        return _loads(content)

    orjson.loads = _struck_loads

elif AT == "handed":
    import httpx

    _post = httpx.Client.post

    def _struck_post(self: httpx.Client, *args: Any, **kwargs: Any) -> httpx.Response:
        answer = _post(self, *args, **kwargs)
        if ACCEPTED in answer.content:
            _strike()
        return answer

    httpx.Client.post = _struck_post  # type: ignore[method-assign]

elif AT == "result":
    from kiwoom_sdk.cli import _output

    _page_data = _output.page_data

    def _failing_page_data(pages: list[Any]) -> dict[str, Any]:
        if any("매수주문완료" in str(page.return_msg) for page in pages):
            raise RuntimeError("struck as the result was made")
        return _page_data(pages)

    _output.page_data = _failing_page_data

elif AT == "output":

    class _StruckStdout:
        def __init__(self, stream: Any) -> None:
            self._stream = stream

        def write(self, text: str) -> int:
            _strike()
            return int(self._stream.write(text))

        def __getattr__(self, name: str) -> Any:
            return getattr(self._stream, name)

    sys.stdout = _StruckStdout(sys.stdout)
