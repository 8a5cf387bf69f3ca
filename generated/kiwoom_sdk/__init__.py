"""A typed client library for the Kiwoom Securities REST / WebSocket API.

`Kiwoom` / `AsyncKiwoom` call every HTTP TR; `realtime.decode` turns WebSocket frames into typed
events; `errors` has one exception class per Kiwoom code; `frames` makes pandas / polars DataFrames
of responses and realtime events. The clients and the request/response models are imported on first
use, so `import kiwoom_sdk` stays cheap.

The documentation: https://kiwoom-sdk.readthedocs.io/en/latest/

Generated from the specs by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    ArgumentInvalid,
    ClientClosed,
    FieldProblem,
    KiwoomError,
    MissingCredentials,
    MockUnsupported,
    OrderStateUnknown,
    RealtimeGaveUp,
    RealtimeTimeout,
    RequestInvalid,
    ResponseInvalid,
    TransportFailed,
    WrongEventLoop,
)

if TYPE_CHECKING:
    from . import codes, errors, frames, realtime
    from ._client import merged
    from ._core import OrderInDoubt
    from ._models import KiwoomModel, KiwoomResponse
    from ._policy import Retry
    from ._session import RealtimeSession, SyncRealtime
    from ._values import DecimalPrice, DirectedRate, Price
    from .client import AsyncKiwoom, Kiwoom

__all__ = [
    "ArgumentInvalid",
    "AsyncKiwoom",
    "ClientClosed",
    "DecimalPrice",
    "DirectedRate",
    "FieldProblem",
    "Kiwoom",
    "KiwoomError",
    "KiwoomModel",
    "KiwoomResponse",
    "MissingCredentials",
    "MockUnsupported",
    "OrderInDoubt",
    "OrderStateUnknown",
    "Price",
    "RealtimeGaveUp",
    "RealtimeSession",
    "RealtimeTimeout",
    "RequestInvalid",
    "ResponseInvalid",
    "Retry",
    "SyncRealtime",
    "TransportFailed",
    "WrongEventLoop",
    "codes",
    "errors",
    "frames",
    "merged",
    "realtime",
]
__version__ = "0.1.0"
__guide_workbook__ = "2026-07-04"  # the Kiwoom REST API guide workbook the specs follow

# The names loaded on first use, by the module that defines them: the clients and their helpers (they import httpx
# and pydantic), the values of every answer (Price, ...), the realtime sessions (websockets), and the code tables,
# error classes and realtime types (large modules the command line's start does not need).
_LAZY = {
    "AsyncKiwoom": ".client",
    "Kiwoom": ".client",
    "merged": "._client",
    "OrderInDoubt": "._core",
    "KiwoomModel": "._models",  # the bases of every response model and row
    "KiwoomResponse": "._models",
    "Retry": "._policy",
    "RealtimeSession": "._session",  # what client.realtime() gives: AsyncKiwoom's, and Kiwoom's in a thread
    "SyncRealtime": "._session",
    "Price": "._values",  # the values of price fields and FIDs: an int or Decimal with a direction
    "DecimalPrice": "._values",
    "DirectedRate": "._values",
}

if not TYPE_CHECKING:  # hidden from type checkers, which read the imports above: a name not there is an error

    def __getattr__(name: str) -> Any:
        if name in ("codes", "errors", "frames", "realtime"):
            return importlib.import_module(f".{name}", __name__)
        if name in _LAZY:
            return getattr(importlib.import_module(_LAZY[name], __name__), name)
        raise AttributeError(f"module 'kiwoom_sdk' has no attribute {name!r}")


def __dir__() -> list[str]:
    """Every public name, also those not loaded yet (a REPL completes from this)."""
    return sorted(set(globals()) | set(__all__))
