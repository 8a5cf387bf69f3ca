"""frames.decode_to_polars (a batch of raw WebSocket messages) and frames.to_polars of realtime events, which both
read a column at a time: the frame made of the events' typed values one by one, for every realtime type, every option
and whatever the values: streamed by the simulator over a loopback WebSocket, drawn by hypothesis from the shapes
Kiwoom sends and from shapes it does not, inside frames that realtime.decode refuses, and without pyarrow. The
streamed batches are read with no value converted one by one."""

from __future__ import annotations

import asyncio
import datetime
import decimal
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from itertools import product
from typing import Any

import httpx
import polars as pl
import polars.selectors as cs
import pytest
import websockets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kiwoom_sdk import _columnar, frames, realtime
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._values import (
    Price,
    to_clock_time,
    to_code,
    to_date,
    to_decimal,
    to_directed_rate,
    to_flag,
    to_int,
    to_price,
    to_text,
    to_time,
)
from kiwoom_sdk.sim import Timing, running
from polars.testing import assert_frame_equal

OPTIONS = [
    {"decimals": decimals, "codes": codes, "directions": directions}
    for decimals, codes, directions in product(("decimal", "float"), ("value", "label"), (False, True))
]
ITEMS = {
    "domestic": ["005930", "000660"],
    "us": [{"jmcode": "AAPL", "stex_tp": "ND"}, {"jmcode": "BRK.B", "stex_tp": "NY"}],
}
PATHS = {"domestic": "/api/dostk/websocket", "us": "/api/us/websocket"}
REGISTERED = [cls for cls in realtime.REGISTRY.values() if cls.REGISTERED]
ENOUGH = 20  # entries of each market-data type a streamed batch holds at least, however busy the machine


def by_value(
    messages: list[Any], of: type[realtime.RealtimeEvent], events: list[Any] | None = None, **options: Any
) -> pl.DataFrame:
    """What decode_to_polars and to_polars of realtime events promise: the frame of the events realtime.decode makes
    of the messages (`events`, where the caller has them already), made from their typed attributes one by one
    (to_polars' path for rows of any other kind)."""
    events = [e for m in messages for e in realtime.decode(m)] if events is None else events
    settings = {"decimals": "decimal", "codes": "value", "directions": False, "errors": "raise", **options}
    return frames._polars_by_value(of, [e for e in events if type(e) is of], **settings)


def float_texts(frame: pl.DataFrame) -> pl.DataFrame:
    """The float columns of a frame as text, in which -0.0 and 0.0 differ (assert_frame_equal takes them as equal)."""
    return frame.select(cs.float().cast(pl.String))


def outcome(read: Any) -> tuple[str, Any]:
    """The frame a reading gives, or the error it raises (class and message)."""
    try:
        return "frame", read()
    except (ValueError, TypeError) as error:
        return type(error).__name__, str(error)


def decoded(messages: list[Any]) -> list[Any] | None:
    """The events realtime.decode makes of the messages (None where it refuses one), for a test that reads them under
    several options: by_value reads them for each, and to_polars gets fresh ones each time."""
    try:
        return [e for m in messages for e in realtime.decode(m)]
    except realtime.RealtimeDecodeError:
        return None


def assert_same(messages: list[Any], of: type[realtime.RealtimeEvent], **options: Any) -> None:
    """decode_to_polars of the messages, and to_polars of their events, give the frame (or the error) of by_value."""
    assert_same_decoded(messages, of, None, **options)


def assert_same_decoded(
    messages: list[Any], of: type[realtime.RealtimeEvent], events: list[Any] | None, **options: Any
) -> None:
    """assert_same, by_value reading `events` where the caller has decoded the messages (`decoded`)."""
    expected = outcome(lambda: by_value(messages, of, events, **options))
    for read in (
        lambda: frames.decode_to_polars(messages, of, **options),
        lambda: frames.to_polars([e for m in messages for e in realtime.decode(m)], of, **options),
    ):
        assert_same_outcome(outcome(read), expected)


def assert_same_outcome(got: tuple[str, Any], expected: tuple[str, Any]) -> None:
    """Two readings give the same frame (exactly: float columns as text too), or the same error."""
    assert got[0] == expected[0], (got, expected)
    if got[0] == "frame":
        assert_frame_equal(got[1], expected[1], check_exact=True)
        assert_frame_equal(float_texts(got[1]), float_texts(expected[1]))  # -0.0 is not 0.0
    else:
        assert got == expected


# ---- streamed by the simulator -------------------------------------------------------------------------------------


async def _stream(url: str, token: str, section: str, types: list[str], registered: str) -> list[str]:
    items = ITEMS[section] if registered == "codes" else [""]
    messages: list[str] = []
    async with websockets.connect(url + PATHS[section], max_size=1 << 24, max_queue=None) as ws:
        await ws.send(json.dumps({"trnm": "LOGIN", "token": token}))
        reg = {"trnm": "REG", "grp_no": "1", "refresh": "1", "data": [{"item": items, "type": types}]}
        await ws.send(json.dumps(reg))
        loop = asyncio.get_running_loop()
        deadline, cap = loop.time() + 1.0, loop.time() + 30.0
        seen = dict.fromkeys(types if registered == "codes" else (), 0)  # market data streams; the account's on orders
        while loop.time() < deadline or (min(seen.values(), default=ENOUGH) < ENOUGH and loop.time() < cap):
            message = await asyncio.wait_for(ws.recv(), 3)
            assert isinstance(message, str)
            messages.append(message)
            body = json.loads(message)
            for entry in body.get("data") or () if body.get("trnm") == "REAL" else ():
                if entry.get("type") in seen:
                    seen[entry["type"]] += 1
    return messages


@pytest.fixture(scope="module")
def streamed() -> Iterator[dict[str, list[str]]]:
    """The messages of a short session per (section, registered) group of types, PINGs and answers included."""
    with running(seed=7, env="real", timing=Timing(stream_interval=0.01, entries_per_frame=2)) as sim:
        appkey, secretkey = sim.keys
        body = {"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey}
        token = httpx.post(sim.url + "/oauth2/token", json=body, headers={"api-id": "au10001"}).json()["token"]
        batches = {}
        for section, registered in {(cls.SECTION, cls.REGISTERED) for cls in REGISTERED}:
            types = sorted(cls.TYPE for cls in REGISTERED if (section, registered) == (cls.SECTION, cls.REGISTERED))
            batches[f"{section}/{registered}"] = asyncio.run(_stream(sim.ws_url, token, section, types, registered))
        yield batches


def mostly_of(messages: list[str], of: type[realtime.RealtimeEvent]) -> list[str]:
    """The messages with each REAL frame cut to the entries of `of` and as many others (the first ones), in their
    order and written as the simulator writes them: a batch of mixed types that pyarrow reads, `of` being no minority
    of it (`_columnar._mostly_others`), where in a streamed batch each type is one of many."""
    cut = []
    for message in messages:
        body = json.loads(message)
        if body.get("trnm") == "REAL":
            ours = sum(entry["type"] == of.TYPE for entry in body["data"])
            others = [at for at, entry in enumerate(body["data"]) if entry["type"] != of.TYPE][ours:]
            body["data"] = [entry for at, entry in enumerate(body["data"]) if at not in others]
            message = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        cut.append(message)
    return cut


@pytest.mark.parametrize("of", REGISTERED, ids=lambda cls: cls.TYPE)
def test_a_streamed_batch_is_the_frame_of_its_events_under_every_option(
    of: type[realtime.RealtimeEvent], streamed: dict[str, list[str]]
) -> None:
    """Under every option, where pyarrow reads the batch; a streamed batch of every type is decoded (below)."""
    messages = mostly_of(streamed[f"{of.SECTION}/{of.REGISTERED}"], of)
    if of.REGISTERED == "codes":  # market data; the account's types (00, 04) stream on orders only
        assert len(frames.decode_to_polars(messages, of)) > 10
    events = decoded(messages)
    for options in OPTIONS:
        assert_same_decoded(messages, of, events, **options)
    assert_same([m.encode() for m in messages], of)  # bytes as well as str
    assert_same(streamed[f"{of.SECTION}/{of.REGISTERED}"], of, directions=True)


@pytest.mark.parametrize("of", REGISTERED, ids=lambda cls: cls.TYPE)
def test_a_streamed_batch_is_read_a_column_at_a_time(
    of: type[realtime.RealtimeEvent], streamed: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kiwoom's shapes take the fast way: pyarrow reads a batch mostly of `of` (decode a batch of many types), and
    no value is converted one by one."""
    mixed = streamed[f"{of.SECTION}/{of.REGISTERED}"]
    messages = mostly_of(mixed, of)
    assert _columnar.raw_columns(messages, of, realtime.decode) is not None

    def one_by_one(*args: Any) -> None:
        raise AssertionError("a column was converted value by value")

    monkeypatch.setattr(frames, "_Cells", one_by_one)
    monkeypatch.setattr(frames, "_polars_by_value", one_by_one)
    for batch in (messages, mixed):
        frames.decode_to_polars(batch, of, directions=True)
        frames.to_polars([e for m in batch for e in realtime.decode(m)], of, directions=True)


def test_a_batch_mostly_of_other_types_is_decoded_not_parsed_by_pyarrow(
    streamed: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """pyarrow would make a column of every FID of the fourteen other types, filled for every entry: slower than
    decoding each message. Cut to mostly 0B entries, the same stream is parsed by pyarrow; either way, the frame of
    its events."""
    mixed = streamed["domestic/codes"]
    assert len({e.TYPE for e in decoded(mixed) or () if isinstance(e, realtime.RealtimeEvent)}) == 15
    cut = mostly_of(mixed, realtime.StockTrade)
    for batch in (mixed, [m.encode() for m in mixed]):
        assert _columnar.raw_columns(batch, realtime.StockTrade, realtime.decode) is None
        assert_same(batch, realtime.StockTrade, directions=True)
    chunks = chunks_read(monkeypatch)
    for batch in (cut, [m.encode() for m in cut]):
        assert_same(batch, realtime.StockTrade, directions=True)
    assert len(chunks) == 2


def test_without_pyarrow_a_batch_is_decoded_message_by_message(
    streamed: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = streamed["domestic/codes"]
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    assert _columnar.raw_columns(messages, realtime.StockTrade, realtime.decode) is None
    assert_same(messages, realtime.StockTrade, directions=True)


def test_a_us_trade_at_midnight_is_midnight_in_every_frame() -> None:
    """The column form of a clock time reads all zeros as midnight, as to_clock_time does; a domestic limit time of
    all zeros stays null, as to_time gives None."""
    midnight = datetime.time(0, 0)
    entry = {"type": "FE", "name": "", "item": "AAPL", "values": {"20": "000000", "51020": "000000", "10": "+1.5"}}
    messages = [json.dumps({"trnm": "REAL", "data": [entry, {**entry, "values": {"20": "235959"}}]})]
    frame = frames.decode_to_polars(messages, realtime.UsRealtimeTradePrice)
    assert frame["trade_time"].to_list() == [midnight, datetime.time(23, 59, 59)]
    assert frame["local_trade_time"].to_list() == [midnight, None]
    assert_same(messages, realtime.UsRealtimeTradePrice)
    events = [e for m in messages for e in realtime.decode(m)]
    assert list(frames.to_pandas(events, realtime.UsRealtimeTradePrice)["trade_time"]) == [
        midnight,
        datetime.time(23, 59, 59),
    ]
    rows = {"return_code": 0, "return_msg": "", "result_list": [{"ord_time": "00:00:00", "cntr_time": ""}]}
    answer = ENDPOINTS["ust21510"].response_model.model_validate(rows)  # an order at midnight, not yet filled
    assert frames.to_polars(answer)[["ord_time", "cntr_time"]].row(0) == (midnight, None)
    assert list(frames.to_pandas(answer).loc[0, ["ord_time", "cntr_time"]]) == [midnight, None]
    limits = {"type": "0B", "name": "", "item": "005930", "values": {"567": "000000", "20": "102756"}}
    domestic = [json.dumps({"trnm": "REAL", "data": [limits]})]
    assert frames.decode_to_polars(domestic, realtime.StockTrade)["upper_limit_time"].to_list() == [None]
    assert_same(domestic, realtime.StockTrade)


# ---- values of every shape -----------------------------------------------------------------------------------------

ODD = [
    "",
    " ",
    "  12",
    "12 ",
    "+-121",
    "--714",
    "1,507.70",
    "1e3",
    "NaN",
    "Infinity",
    "1_000",
    "١٢٣",
    "１２",
    "12.",
    ".5",
    "0",
    "-0",
    "+0",
    "9" * 19,
    "9" * 25,
    "-9223372036854775808",
    "9223372036854775808",
    "0.000000000000000000001",
    "000000",
    "00000000",
    "235960",
    "240000",
    "20260230",
    "00001231",
    "00010101",
    "14:30:50",
    "2026-06-29",
    "Y",
    "n",
    " Y",
    "x",
    "\x1c",
    "\u3000",
    "\u00a0",
    "한글",
    "2",
    "02",
    " 2",
    "99",
    "-00000130",
    "1.50",
    "+198.5000",
]


def _digits(fewest: int, most: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=fewest, max_size=most)


def signed(fewest: int, most: int) -> st.SearchStrategy[str]:
    """`[+-]?[0-9]{fewest,most}`, drawn as two choices (st.from_regex draws one character at a time, and the draws of
    a batch of every FID took most of a test's time)."""
    return st.tuples(st.sampled_from(["", "+", "-"]), _digits(fewest, most)).map("".join)


# [+-]?[0-9]{1,9}(\.[0-9]{1,4})?
NUMBER = st.tuples(signed(1, 9), st.just("") | _digits(1, 4).map(lambda d: "." + d)).map("".join)
HHMMSS = st.tuples(st.integers(0, 23), st.integers(0, 59), st.integers(0, 59)).map(
    lambda t: "{:02}{:02}{:02}".format(*t)
)
SHAPES: dict[Any, st.SearchStrategy[str]] = {
    to_text: st.text(min_size=1, max_size=6),
    to_int: signed(1, 12),
    to_price: signed(1, 9) | NUMBER,
    to_directed_rate: NUMBER,
    to_time: HHMMSS,
    to_clock_time: HHMMSS | st.just("000000"),
    to_date: st.dates().map(lambda d: d.strftime("%Y%m%d").zfill(8)),
    to_flag: st.sampled_from(["Y", "N", "1", "0"]),
}


def _common(convert: Any, arguments: tuple[Any, ...]) -> st.SearchStrategy[str]:
    """Values of the shapes Kiwoom sends for a converter."""
    if convert is to_code:
        return st.sampled_from([str(member.value) for member in arguments[0]])
    if convert is to_decimal:
        return NUMBER if not arguments else signed(1, 9)
    return SHAPES[convert]


@st.composite
def batches(draw: st.DrawFn) -> tuple[type[realtime.RealtimeEvent], list[Any]]:
    """A batch of messages: REAL frames of a type, some of whose values (and frames) have shapes Kiwoom does not send."""
    of = draw(st.sampled_from(sorted(realtime.REGISTRY.values(), key=lambda cls: cls.TYPE)))
    odd_columns = draw(st.sets(st.sampled_from(sorted(of.FIDS)), max_size=3))
    messages: list[Any] = []
    for _ in range(draw(st.integers(0, 4))):
        entries = []
        for _ in range(draw(st.integers(0, 3))):
            values: dict[str, Any] = {}
            for fid, attribute in of.FIDS.items():
                typed = getattr(of, attribute)
                common = _common(typed.convert, typed.arguments)
                if fid in odd_columns:
                    values[fid] = draw(common | st.sampled_from(ODD) | st.none() | st.integers(-5, 5))
                elif draw(st.integers(0, 20)):  # now and then a FID is not sent
                    values[fid] = draw(common)
            entries.append(
                {"type": draw(st.sampled_from([of.TYPE, of.TYPE, "0A"])), "name": "", "item": "A", "values": values}
            )
        text = json.dumps({"trnm": "REAL", "data": entries}, ensure_ascii=draw(st.booleans()))
        messages.append(text.encode() if draw(st.booleans()) else text)
    extra = draw(
        st.sampled_from(
            [
                None,
                '{"trnm":"PING"}',
                '{"trnm":"LOGIN","return_code":0,"return_msg":""}',
                '{"trnm":"REG","return_code":"x"}',  # decode refuses its return_code
                '{"trnm":"REAL","data":[{"type":"0B","item":"A"}]}',  # an entry without values
                '{"trnm":"REAL","data":[{"type":"0B","item":"A","values":{}}]}{"trnm":"PING"}',  # two texts
                '{"trnm":"REAL","data":[{"type":"0B","item":"A","values":{"10":"1","10":"2"}}]}',  # a repeated key
                '{"trnm":"REAL","data":null}',
                '{"trnm":"REAL","data":[null]}',
                '{"trnm":"REAL",\n"data":[]}',
                "not json",
                "",
                b"\xff",
            ]
        )
    )
    if extra is not None:
        messages.insert(draw(st.integers(0, len(messages))), extra)
    return of, messages


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches(), st.sampled_from(OPTIONS), st.sampled_from(["raise", "coerce"]))
def test_any_batch_gives_the_frame_or_the_error_of_its_events(
    batch: tuple[type[realtime.RealtimeEvent], list[Any]], options: dict[str, Any], errors: str
) -> None:
    of, messages = batch
    assert_same(messages, of, errors=errors, **options)


# a case a type, which xdist spreads over its workers
@pytest.mark.parametrize("of", realtime.REGISTRY.values(), ids=lambda cls: cls.TYPE)
def test_values_of_every_odd_shape_in_every_column_of_every_type(of: type[realtime.RealtimeEvent]) -> None:
    """Each odd value in each FID of each type, beside common values: the column is read value by value."""
    for odd in ODD:
        values = {fid: odd for fid in of.FIDS}
        entries = [{"type": of.TYPE, "item": "A", "values": values}, {"type": of.TYPE, "item": "B", "values": {}}]
        for decimals in ("decimal", "float"):
            message = json.dumps({"trnm": "REAL", "data": entries})
            assert_same([message], of, errors="coerce", directions=True, decimals=decimals)


def test_of_must_be_an_event_class_of_the_realtime_module() -> None:
    for wrong in (realtime.RealtimeEvent, str, "0B", realtime.ConditionSearchRow):
        with pytest.raises(TypeError, match="of= takes a realtime event class"):
            frames.decode_to_polars([], wrong)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="decimals='floats'"):
        frames.decode_to_polars([], realtime.StockTrade, decimals="floats")  # type: ignore[arg-type]


def test_an_empty_batch_has_the_columns_and_dtypes_of_its_type() -> None:
    for of in realtime.REGISTRY.values():
        for options in OPTIONS:
            assert_same([], of, **options)
            assert_same(['{"trnm":"PING"}', '{"trnm":"REAL","data":[]}'], of, **options)


# ---- what pyarrow's parser reads and orjson (realtime.decode's) refuses ---------------------------------------------

_GOOD = json.dumps(
    {"trnm": "REAL", "data": [{"type": "0B", "name": "주식체결", "item": "005930", "values": {"10": "+60700"}}]}
).encode()


def _with_member(json_text: bytes) -> bytes:
    """The good frame with one more top-level member (left out by pyarrow's schema) of the given JSON text."""
    return _GOOD[:-1] + b', "x": ' + json_text + b"}"


REFUSED = {
    "a byte order mark before the JSON": b"\xef\xbb\xbf" + _GOOD,
    "a byte that is not UTF-8 in a member left out": _with_member(b'"\xff"'),
    "a byte that is not UTF-8 in a value": _GOOD.replace(b"+60700", b"+607\xff00"),
    "a byte that is not UTF-8 in the item": _GOOD.replace(b"005930", b"\xc0\xaf"),
    "a surrogate written in UTF-8": _GOOD.replace(b"+60700", b"\xed\xa0\x80"),
    "NaN": _with_member(b"NaN"),
    "Infinity": _with_member(b"Infinity"),
    "-Infinity": _with_member(b"[1, -Infinity]"),
    "a number beyond a double": _with_member(b"1" * 400),
    "a number beyond a double, with an exponent": _with_member(b"1.8e308"),
    "a number beyond a double, with a signed exponent": _with_member(b'{"y": 2E+0400}'),
    "nesting deeper than orjson reads": _with_member(b"[" * 1100 + b"]" * 1100),
    "nesting far deeper (pyarrow guessing its type crashes)": _with_member(b'{"a":' * 20_000 + b"1" + b"}" * 20_000),
    "NaN in an entry": _GOOD.replace(b'"item"', b'"q": NaN, "item"'),
    "a number beyond a double in an unlisted FID": _GOOD.replace(b'"10"', b'"9999": 1e400, "10"'),
}


@pytest.mark.parametrize("frame", REFUSED.values(), ids=REFUSED.keys())
def test_a_frame_that_decode_refuses_fails_the_batch_even_where_pyarrow_reads_it(frame: bytes) -> None:
    with pytest.raises(realtime.RealtimeDecodeError):
        realtime.decode(frame)
    for batch in ([frame], [_GOOD, frame], [frame, _GOOD]):
        assert_same(batch, realtime.StockTrade)
    if frame.startswith(b"\xef\xbb\xbf") or frame.isascii():  # a str that is the same text
        assert_same([frame.decode("utf-8")], realtime.StockTrade)


def test_a_str_message_with_a_lone_surrogate_fails_as_decode_fails() -> None:
    """orjson refuses a str that is no UTF-8 text (RealtimeDecodeError); str.encode raises another error."""
    message = _GOOD.decode().replace("+60700", "\ud800")
    assert_same([message], realtime.StockTrade)
    assert_same([_GOOD, message], realtime.StockTrade)


def test_members_of_other_json_types_that_decode_reads() -> None:
    """A number, true or a list where Kiwoom sends strings, in a member no column reads: decode reads the frame."""
    for member in (b"5", b"1e300", b"true", b"[1, [2]]", b'{"a": 1}', b"null"):
        for frame in (_with_member(member), _GOOD.replace(b'"item"', b'"q": ' + member + b', "item"')):
            assert_same([_GOOD, frame, _GOOD], realtime.StockTrade)
        assert_same([_GOOD.replace(b'"10"', b'"9999": ' + member + b', "10"')], realtime.StockTrade)


def test_those_shapes_inside_strings_read_as_sent() -> None:
    """NaN, a BOM, digits or brackets inside a string are no JSON of their own: both read them as text."""
    values = {"10": "+60700", "302": "NaN Infinity \ufeff" + "1" * 400 + "[" * 1100 + "1.8e308"}
    frame = json.dumps({"trnm": "REAL", "data": [{"type": "0B", "item": "005930", "values": values}]})
    for batch in ([frame], [frame.encode()], [_GOOD, frame]):
        assert_same(batch, realtime.StockTrade)


@pytest.mark.parametrize("item", [5, None, b"A", "A", "\ud800"], ids=repr)
@pytest.mark.parametrize("values", [{"10": "+5"}, {"10": 5}, {}, {"10": "\udfff"}], ids=repr)
@pytest.mark.parametrize("errors", ["raise", "coerce"])
def test_events_made_by_hand_are_the_frame_of_their_typed_values(
    item: Any, values: dict[str, Any], errors: str
) -> None:
    """to_polars of events not made by realtime.decode: an item that is no string (the text column refuses it, as
    a value kept raw), values that are none, and a lone surrogate, which no polars string holds (the columnar read
    failed with UnicodeEncodeError where the frame of the typed values names the price kept raw, or makes it null)."""
    of = realtime.StockTrade
    events = [of("0B", "", item, values), of("0B", "", "B", {"10": "-7", "9999": "x"})]
    settings: dict[str, Any] = {"decimals": "decimal", "codes": "value", "directions": False, "errors": errors}
    expected = outcome(lambda: frames._polars_by_value(of, list(events), **settings))
    got = outcome(lambda: frames.to_polars(events, of, errors=errors))  # type: ignore[arg-type]
    assert got[0] == expected[0], (got, expected)
    if got[0] == "frame":
        assert_frame_equal(got[1], expected[1], check_exact=True)
    else:
        assert got == expected
    if item == "\ud800" and errors == "raise":  # a text no polars string holds fits no column, as a value kept raw
        assert got[0] == "ValueError" and "StockTrade.item, row 0: '\\ud800' holds a lone surrogate" in got[1]
    elif item == "\ud800" and values != {"10": "\udfff"}:
        assert got[1].get_column("item").to_list() == [None, "B"]


def test_a_callers_decimal_context_changes_no_value() -> None:
    """The converters divide a scaled value (FID 851, x100) and apply a sign in a context of their own: a caller's
    `decimal.localcontext(prec=5)` rounded them, so that the frame of a batch depended on where it was read."""
    entries = [{"type": "0B", "item": "A", "values": {"851": "12345678", "12": "--1234567.891"}}]
    messages = [json.dumps({"trnm": "REAL", "data": entries})]
    default = by_value(messages, realtime.StockTrade)
    with decimal.localcontext(prec=5, rounding=decimal.ROUND_DOWN):
        [event] = realtime.decode(messages[0])
        assert event.volume_ratio_vs_prev_day_same_time == Decimal("123456.78")  # type: ignore[union-attr]
        assert event.change_rate == Decimal("-1234567.891")  # type: ignore[union-attr]
        assert_frame_equal(by_value(messages, realtime.StockTrade), default, check_exact=True)
        assert_same(messages, realtime.StockTrade)


def test_the_first_column_with_a_value_that_fits_no_column_names_the_error() -> None:
    """A number beyond polars' 38 digits in a column converted value by value (current_price), and a value kept raw in
    a later column (cumulative_volume): the frame of the typed values named the later column, the columnar read the
    earlier one. Both name the earlier now."""
    entries = [
        {"type": "0B", "item": "A", "values": {"10": "9" * 25, "13": "x"}},
        {"type": "0B", "item": "B", "values": {"10": "0." + "0" * 20 + "1"}},
    ]
    messages = [json.dumps({"trnm": "REAL", "data": entries})]
    assert_same(messages, realtime.StockTrade)
    with pytest.raises(ValueError, match=r"\.current_price, row 0: Decimal\('9{25}'\) needs 46 digits"):
        frames.decode_to_polars(messages, realtime.StockTrade)


# ---- a batch pyarrow reads in many chunks --------------------------------------------------------------------------


def chunks_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The chunks of each table pyarrow's JSON reader gives from now on (of its `data` column)."""
    from pyarrow import json as arrow_json  # type: ignore[import-untyped, unused-ignore]

    read_json = arrow_json.read_json
    chunks: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        table = read_json(*args, **kwargs)
        chunks.append(table.column("data").num_chunks)
        return table

    monkeypatch.setattr(arrow_json, "read_json", counted)
    return chunks


def in_many_chunks(messages: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of twice the longest message: a batch of 2 GB is read in chunks of 256 MB, which no test can allocate."""
    longest = max(len(m.encode() if isinstance(m, str) else m) for m in messages)
    monkeypatch.setattr(_columnar, "CHUNK_BYTES", 2 * longest)


@pytest.mark.parametrize("of", REGISTERED, ids=lambda cls: cls.TYPE)
def test_a_batch_read_in_many_chunks_is_the_frame_of_its_events(
    of: type[realtime.RealtimeEvent], streamed: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No column of the batch is made one array (whose 32-bit offsets stop at 2 GB): each is read chunk by chunk,
    its rows in order, its types mixed and its PINGs and answers between them across the chunks' bounds. (The
    options act on the columns once read, whatever the chunks: every set of them is tried on the batch in one chunk,
    above; two here.)"""
    messages = mostly_of(streamed[f"{of.SECTION}/{of.REGISTERED}"], of)
    in_many_chunks(messages, monkeypatch)
    chunks = chunks_read(monkeypatch)
    assert _columnar.raw_columns(messages, of, realtime.decode) is not None
    assert chunks[-1] > 10
    assert_same(messages, of)
    assert_same([m.encode() for m in messages], of, errors="coerce", decimals="float", codes="label", directions=True)


def _frame_with(**entry: Any) -> str:
    return json.dumps({"trnm": "REAL", "data": [{"type": "0B", "name": "", "item": "005930", **entry}]})


ODD_IN_A_CHUNK = {
    "a value of no shape of its column": _frame_with(values={"10": "1,507", "12": "1e3", "20": "24:00", "25": "9"}),
    "a value of more decimals": _frame_with(values={"10": "+60700.12345", "12": "-0.0000001"}),
    "a value sent as a number": _frame_with(values={"10": 60700}),
    "an entry without values": _frame_with(),
    "an entry whose item is null": _frame_with(item=None, values={"10": "+1"}),
    "an entry without an item": json.dumps({"trnm": "REAL", "data": [{"type": "0B", "values": {"10": "+1"}}]}),
    "an entry that is no object": '{"trnm":"REAL","data":[5]}',
    "a REAL frame without data": '{"trnm":"REAL","data":null}',
    "a frame that decode refuses": REFUSED["NaN"].decode(),
}


@pytest.mark.parametrize("odd", ODD_IN_A_CHUNK.values(), ids=ODD_IN_A_CHUNK.keys())
@pytest.mark.parametrize("where", [0, 0.5, 1], ids=["first chunk", "a middle chunk", "last chunk"])
def test_every_chunk_is_checked_and_measured(
    odd: str, where: float, streamed: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message that makes a column (or the batch) read another way does so in whichever chunk it is."""
    messages = mostly_of(streamed["domestic/codes"], realtime.StockTrade)
    in_many_chunks(messages, monkeypatch)
    messages.insert(int(where * len(messages)), odd)
    events = decoded(messages)
    for options in ({}, {"decimals": "float", "directions": True}):
        for errors in ("raise", "coerce"):
            assert_same_decoded(messages, realtime.StockTrade, events, errors=errors, **options)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches(), st.sampled_from(OPTIONS), st.sampled_from([64, 256, 1024, 4096]))
def test_any_batch_in_chunks_gives_the_frame_or_the_error_of_its_events(
    batch: tuple[type[realtime.RealtimeEvent], list[Any]], options: dict[str, Any], chunk: int
) -> None:
    of, messages = batch
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(_columnar, "CHUNK_BYTES", chunk)
        assert_same(messages, of, errors="coerce", **options)


# ---- an event is read-only -------------------------------------------------------------------------------------


FIELDS = {  # a field of a 0B event, and what a caller might set it to
    "current_price": Price(1, 1),
    "change": 5,
    "trade_time": None,
    "item": "000660",
    "values": {"10": "+1"},
    "type": "0D",
    "name": "x",
    "extra": {},
    "_members": {},
    "__dict__": {},
    "as_dict": None,
}


@pytest.mark.parametrize("read_first", [(), ("current_price",), ("current_price", "change")], ids=len)
def test_a_decoded_event_refuses_every_change_so_its_frame_is_its_values(read_first: tuple[str, ...]) -> None:
    """to_polars reads the events' values a column at a time: a typed attribute set by hand (or `item`, `values`) was
    in the frame of its typed values but not in the frame to_polars gave. Now no field can be set or deleted; a note
    under another name is the caller's and no column."""
    messages = [_GOOD.decode(), json.dumps({"trnm": "REAL", "data": [{"type": "0B", "item": "B", "values": {}}]})]
    events: list[Any] = [e for m in messages for e in realtime.decode(m)]
    for event in events:
        for attribute in read_first:  # read before: kept in the event's __dict__
            getattr(event, attribute)
        for name, value in FIELDS.items():
            before = getattr(event, name, None)
            with pytest.raises(
                AttributeError, match="cannot be set: a realtime event's fields are the data the server"
            ):
                setattr(event, name, value)
            with pytest.raises(AttributeError, match="cannot be deleted: a realtime event's fields are the data"):
                delattr(event, name)
            assert getattr(event, name, None) == before
        event.seen = True
        assert event.seen is True
    for each in OPTIONS:
        options: dict[str, Any] = dict(each)
        settings: dict[str, Any] = {"decimals": "decimal", "codes": "value", "directions": False, "errors": "raise"}
        expected = frames._polars_by_value(realtime.StockTrade, list(events), **{**settings, **options})
        assert_frame_equal(frames.to_polars(events, realtime.StockTrade, **options), expected, check_exact=True)
    assert events[0].current_price == Price(60700, 1)
    assert (events[0].item, events[0].type, events[0].values, dict(events[0].extra)) == (
        "005930",
        "0B",
        {"10": "+60700"},
        {},
    )


def test_an_event_made_of_changed_values_is_the_way_to_change_one() -> None:
    """What the refusal names: an event made by hand of another's members and changed values."""
    [event] = realtime.decode(_GOOD)
    assert isinstance(event, realtime.StockTrade)
    changed = realtime.StockTrade(event.type, event.name, event.item, {**event.values, "10": "-1"}, event.extra)
    assert (changed.current_price, event.current_price) == (Price(1, -1), Price(60700, 1))
    assert_same([_GOOD.decode()], realtime.StockTrade)
    assert_frame_equal(
        frames.to_polars([changed], realtime.StockTrade),
        frames._polars_by_value(realtime.StockTrade, [changed], "decimal", "value", False, "raise"),
        check_exact=True,
    )


class Tagged(str):
    """A str subclass (as numpy.str_ is) that shows where a value came from."""

    def __repr__(self) -> str:
        return f"Tagged({str(self)!r})"


@pytest.mark.parametrize("first", ["account_no", "order_no"])
def test_an_event_made_by_hand_of_str_subclasses_reads_them_as_their_text(first: str) -> None:
    """The first typed attribute read took a str subclass for no string and read its JSON text ('"A1"'), the others
    (read all at once) the subclass itself, which a text column refused as a value kept raw; the columnar read took
    its text. Each is its text now, whichever is read first."""
    of = realtime.OrderExecution
    [account, order] = [fid for fid, name in of.FIDS.items() if name in ("account_no", "order_no")]
    event = of(of.TYPE, "", "A", {account: Tagged("A1"), order: Tagged("O1")})
    getattr(event, first)
    assert (event.account_no, event.order_no) == ("A1", "O1")
    assert {type(event.account_no), type(event.order_no)} == {str}
    fresh: list[Any] = [of(of.TYPE, "", "A", {account: Tagged("A1"), order: Tagged("O1")})]
    assert_frame_equal(
        frames.to_polars(fresh, of), frames._polars_by_value(of, fresh, "decimal", "value", False, "raise")
    )
    assert frames.to_polars(fresh, of).row(0, named=True)["account_no"] == "A1"
