"""The wire's constants that specs/api.yaml gives: the content type of every request and answer, the path of each
section's WebSocket, and the exchange suffixes of a domestic item code. A small module: the session, the request core
and the simulator read it.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

CONTENT_TYPE = "application/json;charset=UTF-8"  # specs/api.yaml content_type
WEBSOCKET_PATHS: dict[str, str] = {  # section -> its WebSocket's path (specs/api.yaml websocket_paths)
    "domestic": "/api/dostk/websocket",
    "us": "/api/us/websocket",
}
ITEM_SUFFIXES: dict[str, str] = {  # a domestic item code's suffix -> the exchange it names (a bare code: KRX)
    "_NX": "NXT",
    "_AL": "SOR",
}
