"""A local Kiwoom-compatible server (REST + WebSocket) built from the same specs as the client.

`python -m kiwoom_sdk.sim` serves it; tests use `Simulator` (async) or `running()` (a background
thread). It validates every request like Kiwoom, answers from the guide's examples or with
values synthesized by kind, pages, keeps an account whose orders fill against a simulated
market, streams realtime frames, and injects faults on request (see `Faults`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .faults import Faults
from .timing import Timing

if TYPE_CHECKING:
    from .server import Simulator, running

__all__ = ["Faults", "Simulator", "Timing", "running"]


def __getattr__(name: str) -> Any:
    """The server's names, imported on first use: `python -m kiwoom_sdk.sim --help` (or a bad argument) answers
    without loading aiohttp and the specs' catalog."""
    if name in ("Simulator", "running"):
        return getattr(importlib.import_module(".server", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
