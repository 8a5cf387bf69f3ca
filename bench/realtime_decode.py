"""Realtime decode: what a tick costs to decode and to read, against orjson.loads, a typed msgspec decoder and the
usual pydantic model.

Frames in the real format, per type: a stream of FRAMES frames from the simulator (a REG of ITEMS items, one entry
an item a frame), whose values follow its market (prices on the tick grid with their direction, volumes that grow, the
seconds of the day), in the forms recorded from Kiwoom's server; values that repeat from frame to frame (an item's
open price, an unchanged best ask) repeat as they do in a real stream. The recorded 0B frame (specs/recorded) and
the guide's examples of 0D and FE are read too, for the check of values. Per type:
- lazy decode: `realtime.decode(frame)`, converting nothing, against `orjson.loads` (target <= 1.5);
- full read: decode, then read every typed attribute, against `orjson.loads` (which types nothing), against a typed
  msgspec decode of the frame into the same Python values (target <= 1.5) and against json.loads + a pydantic model
  with one typed field per FID, the way peers decode ticks (target: ours at least 2x faster);
- floor: decode, then the cheapest straight-line Python that makes the same values from the stream's strings, with
  no check and no fallback (right only for the values it is checked on): the least a full read can cost while it
  makes these objects, and so the most that any reader of them can gain on the pydantic anchor;
- one field: decode, then read one price, which is what a reader of one field pays;
- columnar: `frames.decode_to_polars` of a batch of BATCH frames of the same stream (its first FRAMES frames and the
  ones that follow), every typed FID into a typed polars column (prices absolute beside their directions), checked
  equal to `frames.to_polars` of the SDK's events, against the pydantic anchor (target: ours at least 2x faster); a
  batch has a fixed cost of a few milliseconds (a polars expression per column), which a batch of this size spreads. A full read into one Python object per value cannot get there
  (the floor's line shows how much any such reader can gain); a column of values can.
- columnar, a minority: `frames.decode_to_polars` of a batch of MIXED_FRAMES frames streamed with every domestic
  market-data type registered for the ten items (each type a fifteenth of the entries), into the frame of one type,
  checked equal to and timed against `realtime.decode` of every message + `frames.to_polars` of the events (target:
  ours no slower, ratio <= 1.1: it runs that same code after a scan of the batch's first 64 KB, so the ratio is 1 within
  the noise of a run; pyarrow's read of such a batch was 1.9-2.8).
The anchors must produce the SDK's values: before any timing, every typed field they read is checked equal to ours
in type and repr (a Price with its direction, a Decimal with its exponent, None for a blank, a zero price or a zero
time).
"""

from __future__ import annotations

import asyncio
import datetime
import json
import operator
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import aiohttp
import msgspec
import orjson
import yaml
from polars.testing import assert_frame_equal
from pydantic import BaseModel, Field, PlainValidator, create_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

from kiwoom_sdk import frames as data_frames  # noqa: E402
from kiwoom_sdk import realtime  # noqa: E402
from kiwoom_sdk._realtime import Typed  # noqa: E402
from kiwoom_sdk._values import (  # noqa: E402
    DecimalPrice,
    DirectedRate,
    Price,
    forget,
    to_clock_time,
    to_code,
    to_date,
    to_decimal,
    to_directed_rate,
    to_int,
    to_price,
    to_text,
    to_time,
)

from .simulator import Server, serving  # noqa: E402
from .timing import interleaved, ratio_line  # noqa: E402

ROUNDS = 11
SIGNS = {"+": 1, "-": -1}
FRAMES = 200  # per type, of one entry per item
BATCH = 1_000  # frames of the columnar read's batch: the stream's first FRAMES and the frames that follow them
MIXED_FRAMES = 40  # frames of the mixed batch: each holds an entry of every domestic market-data type for every item
DOMESTIC = ("005930", "000660", "035420", "035720", "005380", "051910", "006400", "068270", "105560", "055550")
US = tuple(  # a US REG names each item's exchange (ND NASDAQ, NY NYSE)
    {"jmcode": code, "stex_tp": "NY" if code in ("BRK.B", "SOXL") else "ND"}
    for code in ("AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "BRK.B", "SOXL", "QQQ")
)


@dataclass(frozen=True)
class Case:
    source: str  # a recorded frame or a spec with an example frame
    one_field: str  # the price a reader of one field reads
    items: tuple[Any, ...]  # as a REG carries them
    path: str  # the WebSocket endpoint of its section


CASES = {
    "0B": Case("specs/recorded/031-0B-005930.json", "current_price", DOMESTIC, "/api/dostk/websocket"),
    "0D": Case(
        "specs/domestic/realtime/0D-stock_order_book_volume.yaml", "ask_price_1", DOMESTIC, "/api/dostk/websocket"
    ),
    "FE": Case("specs/us/realtime/FE-us_realtime_trade_price.yaml", "current_price", US, "/api/us/websocket"),
}


def _frame(source: str) -> bytes:
    """The captured frame of a recorded case, or the first REAL frame among a spec's examples."""
    path = ROOT / source
    if path.suffix == ".json":
        return orjson.dumps(json.loads(path.read_text(encoding="utf-8"))["payload"])
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return next(orjson.dumps(e["body"]) for e in spec["examples"] if e["part"] == "response" and "data" in e["body"])


def _streamed(type_id: str, case: Case) -> list[bytes]:
    """BATCH frames of one type as the simulator streams them (in its own process), one entry an item a frame."""
    return _stream([type_id], case, BATCH)


def _stream(types: list[str], case: Case, count: int) -> list[bytes]:
    """`count` frames of the types as the simulator streams them (in its own process), one entry a (type, item) a
    frame."""

    async def collect(server: Server) -> list[bytes]:
        frames: list[bytes] = []
        async with (
            aiohttp.ClientSession() as session,
            session.ws_connect(server.ws_url + case.path, max_msg_size=1 << 24) as ws,
        ):
            await ws.send_str(json.dumps({"trnm": realtime.SESSION_TRNMS.login, "token": server.token}))
            data = [{"item": list(case.items), "type": types}]
            reg = realtime.REGISTRATION
            await ws.send_str(json.dumps({"trnm": reg.register, "grp_no": "1", "refresh": reg.keep, "data": data}))
            async for message in ws:
                if orjson.loads(message.data).get("trnm") == realtime.PUSH_TRNM:
                    frames.append(message.data.encode() if isinstance(message.data, str) else message.data)
                    if len(frames) == count:
                        break
        return frames

    with serving("--stream-interval", "0", "--entries-per-frame", "1") as server:
        return asyncio.run(collect(server))


# ---- how a user of msgspec or pydantic gets the SDK's values from Kiwoom's strings -------------------------------


def _text(raw: str) -> str | None:
    return raw if raw.strip() else None


def _int(raw: str) -> int | None:
    return int(raw) if raw.strip() else None


def _directed(raw: str) -> tuple[int, str]:
    direction = SIGNS.get(raw[:1], 0)
    return direction, raw[1:] if direction else raw


def _price(raw: str) -> Price | DecimalPrice | None:
    if not raw.strip():
        return None
    direction, digits = _directed(raw)
    price = Price(int(digits), direction) if digits.isdigit() else DecimalPrice(digits, direction)
    return price or None  # a zero ("-0": an empty level of a book) is no price


def _directed_rate(raw: str) -> DirectedRate | None:
    if not raw.strip():
        return None
    direction, digits = _directed(raw)
    return DirectedRate(digits, direction)


def _time(raw: str) -> datetime.time | None:
    return datetime.time.fromisoformat(raw) if raw.strip("0 ") else None  # "000000": no time yet


def _clock_time(raw: str) -> datetime.time | None:
    return datetime.time.fromisoformat(raw) if raw.strip() else None  # "000000": midnight (kind clock_time)


def _date(raw: str) -> datetime.date | None:
    return datetime.date.fromisoformat(raw) if raw.strip("0 ") else None


def _code(enum: type[Enum]) -> Callable[[str], Any]:
    members = {member.value: member for member in enum}
    return lambda raw: members.get(raw, raw) if raw.strip() else None  # an unknown code stays as sent


def _scaled(scale: int) -> Callable[[str], Decimal | None]:
    return lambda raw: Decimal(raw) / scale if raw.strip() else None


def _typed(cls: type[realtime.RealtimeEvent], attribute: str) -> Typed[Any]:
    typed: Typed[Any] = getattr(cls, attribute)
    return typed


def _converter(typed: Typed[Any]) -> Callable[[str], Any] | None:
    """The anchors' conversion of a FID that the SDK reads with `typed`; None for a decimal, which msgspec and
    pydantic read themselves."""
    convert, arguments = typed.convert, typed.arguments
    if convert is to_code:
        return _code(arguments[0])
    if arguments:
        return _scaled(arguments[0])
    simple: dict[Any, Callable[[str], Any] | None] = {
        to_text: _text,
        to_int: _int,
        to_price: _price,
        to_directed_rate: _directed_rate,
        to_time: _time,
        to_clock_time: _clock_time,
        to_date: _date,
        to_decimal: None,
    }
    return simple[convert]


class _AnyValue(type):
    """msgspec checks that its dec_hook returns an instance of the declared type: the markers below declare "what the
    hook returns" (an int, a time, a member or the raw code...), so every value passes."""

    def __instancecheck__(cls, instance: object) -> bool:
        return True


def _by_first(family: Callable[[Any, int], Any], zero: Any) -> dict[str, type]:
    """The class of a value of a family (Price, DecimalPrice, DirectedRate) by the first character of its raw
    string: its direction sign, or a digit."""
    return {
        **dict.fromkeys("0123456789", type(family(zero, 0))),
        "+": type(family(zero, 1)),
        "-": type(family(zero, -1)),
    }


_FLOOR_NAMES = {
    "_int": int,
    "_decimal": Decimal,
    "_new_int": int.__new__,
    "_new_decimal": Decimal.__new__,
    "_price": _by_first(Price, 0),
    "_decimal_price": _by_first(DecimalPrice, "0"),
    "_rate": _by_first(DirectedRate, "0"),
    "to_time": to_time,
    "to_clock_time": to_clock_time,
    "to_date": to_date,
}


_REMEMBERING = {to_time: "to_time", to_clock_time: "to_clock_time", to_date: "to_date"}  # their names above


def _floor(cls: type[realtime.RealtimeEvent]) -> Callable[[dict[str, str]], dict[str, Any]]:
    """The least that making the SDK's values of a type's FIDs can cost in Python: one straight-line function (no
    call per value but the constructors, no check, no fallback) with the cheapest expression for the shapes a stream
    sends ("+60700", "-0.24", "+198.5000"). It is only right for such values, which is why the bench checks it
    against the SDK on the stream it times; the SDK's read must also take whatever else the server might send."""
    names: dict[str, Any] = dict(_FLOOR_NAMES)
    lines = []
    for fid, attribute in cls.FIDS.items():
        typed, raw = _typed(cls, attribute), f"v[{fid!r}]"
        convert, arguments = typed.convert, typed.arguments
        sign_free = 'r.lstrip("+-")'
        if convert is to_int:
            expression = f"_int({raw})"
        elif convert is to_price:
            expression = (
                f'(_new_decimal(_decimal_price[r[0]], {sign_free}) if "." in (r := {raw})'
                f" else _new_int(_price[r[0]], {sign_free})) or None"
            )
        elif convert is to_decimal:
            expression = f"_decimal({raw})" + (f" / {arguments[0]}" if arguments else "")
        elif convert is to_directed_rate and not arguments:
            expression = f"_new_decimal(_rate[(r := {raw})[0]], {sign_free})"
        elif convert in (to_time, to_clock_time, to_date):
            expression = f"{_REMEMBERING[convert]}({raw})"  # they remember: a lookup
        elif convert is to_code:
            names[f"_code{fid}"] = {member.value: member for member in arguments[0]}
            expression = f"_code{fid}[{raw}]"
        elif convert is to_text:
            expression = f"{raw} or None"
        else:
            raise NotImplementedError(f"{cls.TYPE} FID {fid}: no floor for {convert.__name__}")
        lines.append(f"        {attribute!r}: {expression},")
    source = "\n".join(["def floor(v):", "    return {", *lines, "    }"])
    exec(source, names)  # a function made of the expressions above: no loop, no call per FID
    floor: Callable[[dict[str, str]], dict[str, Any]] = names["floor"]
    return floor


def _msgspec_decoder(cls: type[realtime.RealtimeEvent]) -> msgspec.json.Decoder[Any]:
    """A typed msgspec decoder of the type's frames: a decimal as msgspec's Decimal, every other FID through the
    dec_hook, which msgspec calls with the declared type and the string."""
    hooks: dict[type, Callable[[str], Any]] = {}
    fields: list[tuple[str, Any, Any]] = []
    for fid, attribute in cls.FIDS.items():
        convert = _converter(_typed(cls, attribute))
        declared: Any = Decimal
        if convert is not None:
            declared = _AnyValue(f"{attribute}_value", (), {})
            hooks[declared] = convert
        fields.append((attribute, declared | None, msgspec.field(default=None, name=fid)))
    values = msgspec.defstruct(f"{cls.__name__}Values", fields)
    entry = msgspec.defstruct(
        f"{cls.__name__}Entry", [("type", str), ("values", values), ("name", str, ""), ("item", str, "")]
    )
    frame = msgspec.defstruct(f"{cls.__name__}Frame", [("trnm", str), ("data", list[entry])])  # type: ignore[valid-type]
    return msgspec.json.Decoder(frame, dec_hook=lambda declared, raw: hooks[declared](raw))


def _pydantic_model(cls: type[realtime.RealtimeEvent]) -> type[BaseModel]:
    """How peers decode: a pydantic model with one aliased field per FID, typed (int and Decimal by pydantic)."""
    fields: dict[str, Any] = {}
    for fid, attribute in cls.FIDS.items():
        typed = _typed(cls, attribute)
        convert = _converter(typed)
        annotation: Any = Decimal | None
        if typed.convert is to_int:
            annotation = int | None
        elif convert is not None:
            annotation = Annotated[Any, PlainValidator(convert)]
        fields[attribute] = (annotation, Field(default=None, alias=fid))
    values = create_model(f"{cls.__name__}Values", **fields)
    entry = create_model(f"{cls.__name__}Entry", type=(str, ...), name=(str, ""), item=(str, ""), values=(values, ...))
    return create_model(f"{cls.__name__}Frame", trnm=(str, ...), data=(list[entry], ...))  # type: ignore[valid-type]


def _measure(type_id: str, case: Case) -> list[str]:
    cls = realtime.REGISTRY[type_id]
    batch = _streamed(type_id, case)
    checked = [_frame(case.source), *batch[:FRAMES]]
    frames = checked[1:]
    every = operator.attrgetter(*cls.FIDS.values())
    one = operator.attrgetter(case.one_field)
    decoder = _msgspec_decoder(cls)
    model = _pydantic_model(cls)
    decode = realtime.decode

    def full(frame: bytes) -> list[Any]:
        return [every(event) for event in decode(frame)]

    def typed_msgspec(frame: bytes) -> list[Any]:
        return [every(entry.values) for entry in decoder.decode(frame).data]

    def pydantic_per_fid(frame: bytes) -> list[Any]:
        return [every(entry.values) for entry in model.model_validate(json.loads(frame)).data]  # type: ignore[attr-defined]

    def shown_frame(read: Callable[[bytes], list[Any]], frame: bytes) -> list[list[tuple[type, str]]]:
        return [[(type(value), repr(value)) for value in values] for values in read(frame)]

    def shown(read: Callable[[bytes], list[Any]]) -> list[list[tuple[type, str]]]:
        return [shown for frame in checked for shown in shown_frame(read, frame)]

    floor = _floor(cls)
    floor_values = operator.itemgetter(*cls.FIDS.values())

    def unchecked_floor(frame: bytes) -> list[Any]:
        return [floor_values(floor(event.values)) for event in decode(frame)]  # type: ignore[union-attr]

    expected = shown(full)
    for name, read in (("typed msgspec", typed_msgspec), ("pydantic per-FID", pydantic_per_fid)):
        for place, (want, got) in enumerate(zip(expected, shown(read), strict=True)):
            if got != want:
                wrong = [(a, b) for a, b in zip(got, want, strict=True) if a != b]
                raise AssertionError(f"{type_id}: {name} reads other values than the SDK in entry {place}: {wrong[:3]}")
    for frame in frames:  # the floor is right for the stream's own values (not for every frame of `checked`)
        if shown_frame(unchecked_floor, frame) != shown_frame(full, frame):
            raise AssertionError(f"{type_id}: the floor reads other values than the SDK")
    entries = sum(len(decode(frame)) for frame in frames)

    def columnar() -> None:
        data_frames.decode_to_polars(batch, cls, directions=True)

    events = [event for frame in batch for event in decode(frame)]
    sdk_frame = data_frames.to_polars(events, cls, directions=True)
    assert_frame_equal(data_frames.decode_to_polars(batch, cls, directions=True), sdk_frame, check_exact=True)

    def each(work: Callable[[bytes], object]) -> Callable[[], None]:
        """The work on every frame in turn, each result dropped before the next, as a consumer of a stream does."""

        def run() -> None:
            forget()  # a pass finds only what the stream itself repeats, nothing remembered from an earlier pass
            for frame in frames:
                work(frame)

        return run

    seconds = interleaved(
        {
            "orjson": each(orjson.loads),
            "lazy": each(decode),
            "full": each(full),
            "one": each(lambda frame: [one(event) for event in decode(frame)]),
            "msgspec": each(typed_msgspec),
            "pydantic": each(pydantic_per_fid),
            "floor": each(unchecked_floor),
            "columnar": columnar,
        },
        1,
        ROUNDS,
    )
    per_entry = {name: value / entries for name, value in seconds.items()}
    per_entry["columnar"] = seconds["columnar"] / len(events)
    label = f"  {type_id} {cls.__name__} ({len(cls.FIDS)} FIDs)"
    return [
        ratio_line(f"{label} lazy decode", per_entry["lazy"], "orjson.loads", per_entry["orjson"], "target <= 1.5"),
        ratio_line(f"{label} full read", per_entry["full"], "orjson.loads", per_entry["orjson"], "no target"),
        ratio_line(f"{label} full read", per_entry["full"], "typed msgspec", per_entry["msgspec"], "target <= 1.5"),
        ratio_line(
            f"{label} json.loads + pydantic per-FID model",
            per_entry["pydantic"],
            "full read",
            per_entry["full"],
            "target >= 2: met by the columnar read below; a value per object is bounded by the floor",
        ),
        ratio_line(
            f"{label} floor: decode + unchecked straight-line values",
            per_entry["floor"],
            "full read",
            per_entry["full"],
            "the least a read can cost",
        ),
        ratio_line(
            f"{label} json.loads + pydantic per-FID model",
            per_entry["pydantic"],
            "floor",
            per_entry["floor"],
            "the most any reader of these values can gain on pydantic",
        ),
        ratio_line(
            f"{label} json.loads + pydantic per-FID model",
            per_entry["pydantic"],
            f"frames.decode_to_polars of {BATCH} frames",
            per_entry["columnar"],
            "target >= 2",
        ),
        ratio_line(
            f"{label} decode + read {case.one_field}",
            per_entry["one"],
            "orjson.loads",
            per_entry["orjson"],
            "no target",
        ),
    ]


def _minority(type_ids: tuple[str, ...]) -> list[str]:
    """decode_to_polars of a batch where each type is a minority, against decode + to_polars, for each type given."""
    section = CASES[type_ids[0]]
    types = sorted(c.TYPE for c in realtime.REGISTRY.values() if c.SECTION == "domestic" and c.REGISTERED == "codes")
    batch = _stream(types, section, MIXED_FRAMES)
    entries = sum(len(realtime.decode(frame)) for frame in batch)
    lines = []
    for type_id in type_ids:
        cls = realtime.REGISTRY[type_id]

        def columnar(cls: type[realtime.RealtimeEvent] = cls) -> None:
            data_frames.decode_to_polars(batch, cls, directions=True)

        def decoded(cls: type[realtime.RealtimeEvent] = cls) -> None:
            events = [event for frame in batch for event in realtime.decode(frame)]
            data_frames.to_polars(events, cls, directions=True)

        events = [event for frame in batch for event in realtime.decode(frame)]
        ours = data_frames.decode_to_polars(batch, cls, directions=True)
        assert_frame_equal(ours, data_frames.to_polars(events, cls, directions=True), check_exact=True)
        seconds = interleaved({"columnar": columnar, "decoded": decoded}, 1, ROUNDS)
        label = f"  {type_id} {cls.__name__} decode_to_polars, {len(ours)} of {entries} entries ({len(types)} types)"
        lines.append(
            ratio_line(
                label,
                seconds["columnar"],
                "realtime.decode + to_polars",
                seconds["decoded"],
                "target <= 1.1: the same work",
            )
        )
    return lines


def run() -> list[str]:
    lines = [
        f"Realtime decode (per entry, over {FRAMES} streamed frames of one entry per item, best of {ROUNDS} interleaved rounds; every anchor's values checked"
        " equal to ours; lower is better)"
    ]
    for type_id, case in CASES.items():
        lines.extend(_measure(type_id, case))
    lines.append(
        f"Realtime decode_to_polars of one type's minority of a mixed batch ({MIXED_FRAMES} frames; best of {ROUNDS}"
        " interleaved rounds; checked equal to decode + to_polars; lower is better)"
    )
    lines.extend(_minority(("0B", "0D")))
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
