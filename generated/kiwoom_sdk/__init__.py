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
    from .client import AsyncKiwoom, Kiwoom

__all__ = [
    "ArgumentInvalid",
    "AsyncKiwoom",
    "ClientClosed",
    "FieldProblem",
    "Kiwoom",
    "KiwoomError",
    "KiwoomModel",
    "KiwoomResponse",
    "MissingCredentials",
    "MockUnsupported",
    "OrderInDoubt",
    "OrderStateUnknown",
    "RealtimeGaveUp",
    "RealtimeTimeout",
    "RequestInvalid",
    "ResponseInvalid",
    "Retry",
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


def __getattr__(name: str) -> Any:
    """The clients and their helpers load on first use (they import httpx and pydantic), and so do the code
    tables, the error classes and the realtime types (large modules the command line's start does not need)."""
    if name in ("codes", "errors", "frames", "realtime"):
        return importlib.import_module(f".{name}", __name__)
    if name in ("Kiwoom", "AsyncKiwoom"):
        from . import client

        return getattr(client, name)
    if name == "Retry":
        from ._policy import Retry

        return Retry
    if name == "OrderInDoubt":
        from ._core import OrderInDoubt

        return OrderInDoubt
    if name in ("KiwoomModel", "KiwoomResponse"):  # the bases of every response model and row
        from . import _models

        return getattr(_models, name)
    if name == "merged":
        from ._client import merged

        return merged
    raise AttributeError(f"module 'kiwoom_sdk' has no attribute {name!r}")
