"""Realtime decode: frame bytes -> typed event, against orjson.loads and a pydantic model."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field, create_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

from kiwoom_sdk import realtime  # noqa: E402

from .timing import best_of, ratio_line  # noqa: E402

SAMPLES = {
    "price": "+60700",
    "int": "000123",
    "signed_int": "-000123",
    "decimal": "-0.24",
    "rate": "-0.24",
    "time": "152028",
    "date": "20260223",
    "flag": "Y",
}
PEER_TYPES: dict[str, Any] = {"price": int, "int": int, "signed_int": int, "decimal": float, "rate": float}


def _kinds(cls: type[realtime.RealtimeEvent]) -> dict[str, str]:
    """FID -> value kind, read from the generated attribute docstrings ("FID 10 현재가 (price)")."""
    out = {}
    for fid, name in cls.FIDS.items():
        doc = getattr(cls, name).__doc__ or ""
        out[fid] = doc.rsplit("(", 1)[-1].rstrip(")") if "(" in doc else "text"
    return out


def _frame(cls: type[realtime.RealtimeEvent]) -> bytes:
    """A REAL frame with one entry carrying every FID of the type, each with a value of its kind."""
    values = {fid: SAMPLES.get(kind, "1") for fid, kind in _kinds(cls).items()}
    return orjson.dumps({"trnm": "REAL", "data": [{"type": cls.TYPE, "name": "", "item": "005930", "values": values}]})


def _pydantic_model(cls: type[realtime.RealtimeEvent], typed: bool) -> type[BaseModel]:
    """How peers decode: a pydantic model with one aliased field per FID (as str, or typed)."""
    kinds = _kinds(cls)
    fields: dict[str, Any] = {
        name: ((PEER_TYPES.get(kinds[fid], str) if typed else str) | None, Field(default=None, alias=fid))
        for fid, name in cls.FIDS.items()
    }
    values = create_model(f"{cls.__name__}Values", __config__=ConfigDict(populate_by_name=True), **fields)
    entry = create_model(f"{cls.__name__}Entry", type=(str, ...), name=(str, ""), item=(str, ""), values=(values, ...))
    return create_model(f"{cls.__name__}Frame", trnm=(str, ...), data=(list[entry], ...))  # type: ignore[valid-type]


def _measure(cls: type[realtime.RealtimeEvent]) -> list[str]:
    frame = _frame(cls)
    plain, typed = _pydantic_model(cls, False), _pydantic_model(cls, True)
    number = 20000
    json_only = best_of(lambda: orjson.loads(frame), number)
    ours = best_of(lambda: realtime.decode(frame), number)
    every = best_of(
        lambda: [e.as_dict() for e in realtime.decode(frame) if isinstance(e, realtime.RealtimeEvent)], number // 10
    )
    # The usual peer code: json.loads the frame, then validate the dict into the aliased model.
    peers_usual = best_of(lambda: typed.model_validate(json.loads(frame)), number)
    # pydantic's fastest path, parsing the bytes itself in Rust: a stricter anchor than peers use.
    peers_plain = best_of(lambda: plain.model_validate_json(frame), number)
    peers_typed = best_of(lambda: typed.model_validate_json(frame), number)
    label = f"  {cls.TYPE} ({len(cls.FIDS)} FIDs)"
    return [
        ratio_line(f"{label} decode", ours, "orjson.loads", json_only, "target <= 1.5"),
        ratio_line(
            f"{label} peers' json.loads + pydantic per-FID model (int/float fields)",
            peers_usual,
            "our decode",
            ours,
            "target >= 3",
        ),
        ratio_line(f"{label} pydantic model_validate_json, str fields", peers_plain, "our decode", ours, "no target"),
        ratio_line(
            f"{label} pydantic model_validate_json, int/float fields", peers_typed, "our decode", ours, "no target"
        ),
        ratio_line(f"{label} decode + read every FID typed", every, "orjson.loads", json_only, "no target"),
    ]


def run() -> list[str]:
    lines = ["Realtime decode (best of 7 runs; lower is better)"]
    for cls in (realtime.StockTrade, realtime.StockOrderBookVolume):
        lines.extend(_measure(cls))
    return lines
