"""A typed client library for the Kiwoom Securities REST / WebSocket API.

Generated from the specs by `python -m generator build`; do not edit.
"""

from . import codes, errors, realtime
from ._exceptions import KiwoomError

__all__ = ["KiwoomError", "codes", "errors", "realtime"]
__version__ = "0.1.0"
