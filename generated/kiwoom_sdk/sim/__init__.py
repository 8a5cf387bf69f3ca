"""A local Kiwoom-compatible server (REST + WebSocket) built from the same specs as the client.

`python -m kiwoom_sdk.sim` serves it; tests use `Simulator` (async) or `running()` (a background
thread). It validates every request like Kiwoom, answers from the guide's examples or with
values synthesized by kind, pages, keeps an account whose orders fill against a simulated
market, streams realtime frames, and injects faults on request (see `Faults`).
"""

from .faults import Faults
from .server import Simulator, running
from .websocket import Timing

__all__ = ["Faults", "Simulator", "Timing", "running"]
