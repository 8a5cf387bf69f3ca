"""Typed values are what they were before realtime events read their FIDs many at once: today's converters, their
many-at-once forms and the typed attributes of realtime events against the previous converters
(tests/previous_values.py), and the value classes (a price's direction now on its class) against the previous ones,
for whatever string the server sends."""

from __future__ import annotations

import copy
import decimal
import inspect
import operator
import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kiwoom_sdk import _values, codes, realtime

from . import previous_values as previous

FAMILIES = ("Price", "DecimalPrice", "DirectedRate")
# What Kiwoom sends and what it might: the usual shapes, their edges, and any short text
EDGES = ["", " ", "0", "-0", "+0", "000000", "00000000", " 0", "1_000", "1,507.70", "--714", "+-121", "+ 5", "٣٤"]
EDGES += ["NaN", "1e3", "Infinity", "240000", "235960", "20260230", "2026-06-29", "5", "2", "  2 ", "+198.5000", "."]
EDGES += ["-+5", "5+", "+5+", "0060700", "-0060700", "1-2", "+.5", "-5.", "1.2.3", "99999999999999999999", "true"]
EDGES += ["+", "-", ",", "1,+5", "+1,5", "+8", "+0"]
SIGNED = st.builds(
    "{}{}{}".format,
    st.sampled_from(["", "+", "-", "--", " "]),
    st.integers(0, 10**12).map(str) | st.sampled_from(["0", "00", "007"]),
    st.sampled_from(["", ".5", ".25", ".0000", " ", "%"]),
)
RAW = st.one_of(
    st.none(),
    st.sampled_from(EDGES),
    SIGNED,
    st.from_regex(r"\A[0-9]{6}\Z|\A[0-9]{8}\Z|\A[0-9]{2}:[0-9]{2}:[0-9]{2}\Z"),
    st.text(max_size=8),
)
SCALES = (None, 100, 1000000)
CODE_TABLES = (codes.PriceChangeSign, codes.SellBuy, codes.MarketOperationEvent, codes.TradingSession)


def shape(value: Any) -> tuple[Any, ...]:
    """What a reader sees of a value: its family (Price for every class of a price), repr, str and direction."""
    family = next((c.__name__ for c in type(value).__mro__ if c.__name__ in FAMILIES), type(value))
    return family, repr(value), str(value), getattr(value, "direction", None)


CONVERTERS: list[tuple[Callable[..., Any], Callable[..., Any], tuple[Any, ...]]] = [
    (_values.to_text, previous.to_text, ()),
    (_values.to_int, previous.to_int, ()),
    (_values.to_price, previous.to_price, ()),
    (_values.to_date, previous.to_date, ()),
    (_values.to_time, previous.to_time, ()),
    (_values.to_clock_time, previous.to_clock_time, ()),
    (_values.to_datetime, previous.to_datetime, ()),
    (_values.to_flag, previous.to_flag, ()),
    *[(_values.to_decimal, previous.to_decimal, (scale,)) for scale in SCALES],
    *[(_values.to_directed_rate, previous.to_directed_rate, (scale,)) for scale in SCALES],
    *[(_values.to_code, previous.to_code, (table,)) for table in CODE_TABLES],
]


BEFORE = {today: before for today, before, _ in CONVERTERS} | {_values.to_scaled_price: previous.to_scaled_price}


@settings(max_examples=400)
@given(RAW)
def test_every_converter_reads_a_string_as_before(raw: str | None) -> None:
    for today, before, arguments in CONVERTERS:
        assert shape(today(raw, *arguments)) == shape(before(raw, *arguments)), (today.__name__, raw, arguments)
    if raw is not None and raw.strip():
        assert shape(_values.to_scaled_price(raw, 100)) == shape(previous.to_scaled_price(raw, 100)), raw


@settings(max_examples=300)
@given(st.lists(RAW, max_size=6))
def test_many_at_once_reads_each_as_alone(raws: list[str | None]) -> None:
    for many, one in ((_values.to_ints, _values.to_int), (_values.to_prices, _values.to_price)):
        assert [shape(v) for v in many(raws)] == [shape(one(raw)) for raw in raws], many.__name__
    assert [shape(v) for v in _values.to_decimals(raws)] == [shape(_values.to_decimal(raw)) for raw in raws]


@settings(max_examples=300)
@given(st.lists(st.from_regex(r"\A[+-]?[0-9]{1,9}(\.[0-9]{1,4})?\Z"), min_size=1, max_size=6))
def test_many_at_once_reads_common_shapes_as_alone(raws: list[str]) -> None:  # the C-speed paths, not the fallbacks
    assert _values.to_ints(raws) == [_values.to_int(raw) for raw in raws]
    assert [shape(v) for v in _values.to_prices(raws)] == [shape(previous.to_price(raw)) for raw in raws]
    assert [shape(v) for v in _values.to_decimals(raws)] == [shape(previous.to_decimal(raw)) for raw in raws]


CONTEXTS = [
    decimal.Context(traps=[]),  # a malformed string is NaN to Decimal() here, where it raised
    decimal.Context(prec=3, rounding=decimal.ROUND_DOWN, Emax=5, Emin=-5, traps=[decimal.Inexact, decimal.Rounded]),
]


@settings(max_examples=200)
@given(st.lists(RAW | st.sampled_from(["1-2", "1..2", "1.2.3", "+", ".", "3", "1.5"]), max_size=6))
def test_many_at_once_reads_each_as_alone_in_any_callers_decimal_context(raws: list[str | None]) -> None:
    """to_decimals and to_prices read a column with Decimal(), which gives NaN for "1-2" (and to_prices a DecimalPrice
    for "3" beside "1..2") in a caller's context that traps nothing, where each value alone stays as sent: a row read
    with its list, or a realtime event, then held another value than a row read alone (or a frame's column)."""
    for context in CONTEXTS:
        with decimal.localcontext(context):
            for many, one in ((_values.to_ints, _values.to_int), (_values.to_prices, _values.to_price)):
                assert [shape(v) for v in many(raws)] == [shape(one(raw)) for raw in raws], many.__name__
            assert [shape(v) for v in _values.to_decimals(raws)] == [shape(_values.to_decimal(raw)) for raw in raws]
        for today, _, arguments in CONVERTERS:
            with decimal.localcontext(context):
                inside = [shape(today(raw, *arguments)) for raw in raws]
            _values.forget()
            assert inside == [shape(today(raw, *arguments)) for raw in raws], (today.__name__, arguments)


# Numbers beyond what int() reads (sys.get_int_max_str_digits) or what Decimal's context holds once computed
OVERSIZED = ["1" * 5000, "+" + "9" * 5000, "-" + "1" * 4301, "--" + "7" * 4400, "1e9999999", "-1E+999999999", "1" * 999]


def test_no_converter_raises_on_a_number_too_big_to_compute() -> None:
    """A converter never raises: a number int() refuses stays the raw string, alone and many at once."""
    for raw in OVERSIZED:
        for today, _, arguments in CONVERTERS:
            today(raw, *arguments)
        _values.to_scaled_price(raw, 100)
        if raw.lstrip("+-").isdecimal() and len(raw) > 4300:
            assert _values.to_int(raw) == raw and _values.to_price(raw) == raw
    assert _values.to_ints(OVERSIZED) == [_values.to_int(raw) for raw in OVERSIZED]
    assert [shape(v) for v in _values.to_prices(OVERSIZED)] == [shape(_values.to_price(raw)) for raw in OVERSIZED]
    assert [shape(v) for v in _values.to_decimals(OVERSIZED)] == [shape(_values.to_decimal(raw)) for raw in OVERSIZED]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["102756", "000000", "240000", "", " ", "10:27:56", "1027"]), max_size=8))
def test_remembered_values_read_as_the_first_time(raws: list[str]) -> None:  # a stream repeats most of its times
    first, again = [_values.to_time(raw) for raw in raws], [_values.to_time(raw) for raw in raws]
    assert [shape(v) for v in first] == [shape(v) for v in again] == [shape(previous.to_time(raw)) for raw in raws]


def test_remembering_starts_over_when_full_and_forgets_when_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_values, "_REMEMBERED", 50)
    _values.forget()  # what earlier tests' streams left (a time seen before is not added, so nothing clears)
    seen = inspect.getclosurevars(_values.to_time).nonlocals["seen"]
    for second in range(1000):
        raw = f"10{second // 60 % 60:02}{second % 60:02}"
        assert shape(_values.to_time(raw)) == shape(previous.to_time(raw))
        assert len(seen) <= 50
    assert _values.to_time("102756") is _values.to_time("102756")  # remembered: the same object
    _values.forget()
    assert len(seen) == 0 and _values.to_time("102756") == previous.to_time("102756")


def test_times_and_dates_read_as_before_on_their_edges() -> None:
    times = [f"{h:02}{m:02}{s:02}" for h in (0, 9, 23, 24, 99) for m in (0, 59, 60) for s in (0, 1, 59, 60)]
    dates = [f"{y:04}{m:02}{d:02}" for y in (0, 1, 2026, 9999) for m in (0, 1, 2, 12, 13) for d in (0, 1, 28, 29, 30)]
    for raw in times:
        assert shape(_values.to_time(raw)) == shape(previous.to_time(raw)), raw
    for raw in dates:
        assert shape(_values.to_date(raw)) == shape(previous.to_date(raw)), raw


TYPES = sorted(realtime.REGISTRY.items())


@settings(max_examples=150)
@given(st.sampled_from(TYPES), st.data())
def test_a_realtime_event_reads_every_fid_as_the_previous_converters(case: tuple[str, Any], data: Any) -> None:
    type_id, cls = case
    values = data.draw(
        st.dictionaries(st.sampled_from(sorted(cls.FIDS)), RAW.filter(lambda raw: raw is not None), max_size=12)
    )
    attributes = list(cls.FIDS.values())
    first = data.draw(st.sampled_from(attributes))  # read alone before the others, as a reader of one field does
    event = realtime.decode(realtime_frame(type_id, values))[0]
    read = {first: getattr(event, first)} | dict(zip(attributes, operator.attrgetter(*attributes)(event), strict=True))
    for fid, attribute in cls.FIDS.items():
        typed = getattr(cls, attribute)
        expected = BEFORE[typed.convert](values.get(fid), *typed.arguments)
        assert shape(read[attribute]) == shape(expected), (type_id, fid, values.get(fid))


RECORDED_0B = orjson.dumps(
    {
        "trnm": "REAL",
        "data": [
            {
                "type": "0B",
                "name": "주식체결",
                "item": "005930",
                "values": {"20": "102756", "10": "-251000", "15": "+8", "13": "10055036", "12": "-1.57", "25": "5"},
            }
        ],
    }
)


def test_an_event_converts_one_fid_on_its_first_read_and_every_fid_on_its_second() -> None:
    [trade] = realtime.decode(RECORDED_0B)
    assert isinstance(trade, realtime.StockTrade) and not vars(trade)  # decoding converts nothing
    trade.values["10"] = "+251500"  # converted when read: what `values` holds then
    assert repr(trade.current_price) == "Price(+251500)" and vars(trade) == {"current_price": trade.current_price}
    assert trade.trade_volume == 8 and len(vars(trade)) == len(realtime.StockTrade.FIDS)  # the second: all
    assert trade.cumulative_volume == 10055036 and trade.change_rate == Decimal("-1.57") and trade.high_price is None
    trade.values["13"] = "1"  # kept: a value is read once
    assert trade.cumulative_volume == 10055036 and trade.as_dict()["cumulative_volume"] == 10055036


def test_an_event_keeps_what_is_set_on_it_and_copies_with_its_values() -> None:
    [trade] = realtime.decode(RECORDED_0B)
    assert isinstance(trade, realtime.StockTrade)
    trade.note = "seen"  # a note of the caller's (its fields are read-only)
    assert trade.trade_time is not None and trade.best_ask is None  # both reads: every FID converted
    assert trade.note == "seen"  # type: ignore[attr-defined]
    for kept in (pickle.loads(pickle.dumps(trade)), copy.copy(trade), copy.deepcopy(trade)):
        assert [shape(v) for v in kept.as_dict().values()] == [shape(v) for v in trade.as_dict().values()]
        assert (kept.type, kept.item, kept.values) == ("0B", "005930", trade.values)


def test_every_event_pickles_with_every_protocol() -> None:
    """As the values do: a typed event, read or not, and one of a type the spec does not list."""
    entries = [
        {"type": "0B", "name": "주식체결", "item": "005930", "values": {"10": "-251000", "20": "102756"}},
        {"type": "ZZ", "name": "?", "item": "005930", "values": {"10": "+1"}},
    ]
    read, unknown = realtime.decode(orjson.dumps({"trnm": "REAL", "data": entries}))
    assert isinstance(read, realtime.StockTrade) and read.current_price == 251000
    [unread] = realtime.decode(orjson.dumps({"trnm": "REAL", "data": entries[:1]}))
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        for event in (read, unread, unknown):
            assert isinstance(event, realtime.RealtimeEvent)
            kept = pickle.loads(pickle.dumps(event, protocol=protocol))
            assert (type(kept), kept.type, kept.name, kept.item, kept.values) == (
                type(event),
                event.type,
                event.name,
                event.item,
                event.values,
            )
            assert [shape(v) for v in kept.as_dict().values()] == [shape(v) for v in event.as_dict().values()]


def test_a_typed_attribute_of_the_class_says_its_fid_kind_and_unit() -> None:
    typed = realtime.StockTrade.current_price
    assert typed.fid == "10" and typed.convert is _values.to_price and typed.__doc__ == "FID 10 현재가 (price, KRW)"
    assert realtime.StockTrade.FIDS[typed.fid] == typed.name == "current_price"
    # a type's own unit where it overrides the FID's (sector volumes are in thousands of shares)
    assert realtime.StockTrade.cumulative_volume.__doc__ == "FID 13 누적거래량 (int, shares)"
    assert realtime.SectorIndex.cumulative_volume.__doc__ == "FID 13 누적거래량 (int, thousand_shares)"
    assert realtime.StockTrade.trade_time.__doc__ == "FID 20 체결시간 (time)"  # no unit
    for event_class in (realtime.StockTrade, realtime.SectorIndex):
        doc = event_class.__doc__ or ""
        assert "reference/domestic-realtime/#0" in doc and "guide workbook 2026-07-04, sheet " in doc


def realtime_frame(type_id: str, values: dict[str, Any]) -> bytes:
    return orjson.dumps({"trnm": "REAL", "data": [{"type": type_id, "name": "", "item": "005930", "values": values}]})


# ---- the value classes --------------------------------------------------------------------------------------------

DIRECTIONS = st.sampled_from([-1, 0, 1])


def behaviour(value: Any) -> list[Any]:
    """Everything a program does with a number, with its result's type."""
    results: list[Any] = [
        value == 7,
        value == int(value) if isinstance(value, int) else value == Decimal(value),
        value < 7,
        value >= 7,
        hash(value),
        str(value),
        repr(value),
        format(value, ","),
        bool(value),
        value.direction,
        isinstance(value, int),
        isinstance(value, Decimal),
    ]
    for result in (value + 1, value - 1, value * 2, value // 3, -value, abs(value), 1 + value, value / 2):
        results.append((type(result).__name__, result))
    return results


@settings(max_examples=200)
@given(st.integers(0, 10**12), DIRECTIONS)
def test_a_price_behaves_as_before(number: int, direction: int) -> None:
    today, before = _values.Price(number, direction), previous.Price(number, direction)
    assert behaviour(today) == behaviour(before)
    for kept in (pickle.loads(pickle.dumps(today)), copy.copy(today), copy.deepcopy(today)):
        assert shape(kept) == shape(today)
    assert isinstance(today, _values.Price) and not hasattr(today, "__dict__")  # no per-value dict


@settings(max_examples=200)
@given(
    st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False),
    DIRECTIONS,
    st.sampled_from(["DecimalPrice", "DirectedRate"]),
)
def test_a_directed_decimal_behaves_as_before(number: Decimal, direction: int, family: str) -> None:
    today, before = getattr(_values, family)(str(number), direction), getattr(previous, family)(str(number), direction)
    assert behaviour(today) == behaviour(before)
    assert isinstance(today, getattr(_values, family)) and today.quantize(Decimal("0.1")) == before.quantize(
        Decimal("0.1")
    )
    for kept in (pickle.loads(pickle.dumps(today)), copy.copy(today), copy.deepcopy(today)):
        assert shape(kept) == shape(today)  # pickling now keeps the direction, which the previous class lost


def test_a_direction_other_than_a_sign_is_refused() -> None:
    for family in (_values.Price, _values.DecimalPrice, _values.DirectedRate):
        with pytest.raises(ValueError, match="direction"):
            family("1", 2)


# Texts Decimal() reads that are no number as Kiwoom writes one (digits, at most one point, signs in front)
NOT_DIGITS = ["NaN", "nan", "-NaN", "sNaN", "+sNaN", "Infinity", "inf", "-Infinity", "1e3", "+1E5", "-2.5e-3"]
NOT_DIGITS += ["1_000", "-1_000.5", "+1_0", " NaN ", "--inf"]


def test_a_number_is_written_in_digits_so_nan_infinity_exponents_and_underscores_stay_as_sent() -> None:
    """Like "1_000" for a whole number: a value Kiwoom would never write as a number stays its raw string, so no
    value compares, hashes or computes as NaN (whose comparison raises, and a signaling one's hash)."""
    converters: list[Callable[[str], Any]] = [
        _values.to_int,
        _values.to_price,
        lambda raw: _values.to_price(raw, True),
        lambda raw: _values.to_scaled_price(raw, 100),
        *[lambda raw, scale=scale: _values.to_decimal(raw, scale) for scale in SCALES],
        *[lambda raw, scale=scale: _values.to_directed_rate(raw, scale) for scale in SCALES],
    ]
    kept = [[convert(raw) for convert in converters] for raw in NOT_DIGITS]
    assert kept == [[raw] * len(converters) for raw in NOT_DIGITS]
    many = (_values.to_ints(NOT_DIGITS), _values.to_prices(NOT_DIGITS), _values.to_decimals(NOT_DIGITS))
    assert many == (NOT_DIGITS, NOT_DIGITS, NOT_DIGITS)
    trade = realtime.StockTrade("0B", "주식체결", "005930", dict.fromkeys(realtime.StockTrade.FIDS, "sNaN"))
    values = trade.as_dict()
    hash(tuple(values.values()))
    assert sorted(map(str, values.values())) == ["sNaN"] * len(values)


@pytest.mark.parametrize(("type_id", "cls"), sorted(realtime.REGISTRY.items()))
def test_a_fid_sent_as_a_json_number_or_anything_but_a_string_reads_as_its_json_text(
    type_id: str, cls: type[realtime.RealtimeEvent]
) -> None:
    """Kiwoom sends FID values as strings; one sent otherwise (60700, 1.5, true, a list) never makes a typed read raise:
    it reads as its JSON text would ("60700" a price), the first read alone and every read at once, and `values`
    keeps it as sent."""
    for sent in (60700, -1.5, 0, True, False, [1], [], {"a": 1}, {}):
        values = dict.fromkeys(cls.FIDS, sent)
        as_text = dict.fromkeys(cls.FIDS, orjson.dumps(sent).decode())
        for first in cls.FIDS.values():
            [event] = realtime.decode(realtime_frame(type_id, values))
            [text] = realtime.decode(realtime_frame(type_id, as_text))
            assert isinstance(event, realtime.RealtimeEvent) and isinstance(text, realtime.RealtimeEvent)
            assert shape(getattr(event, first)) == shape(getattr(text, first)), (type_id, first, sent)
            assert [shape(v) for v in event.as_dict().values()] == [shape(v) for v in text.as_dict().values()]
            assert orjson.dumps(event.values) == orjson.dumps(values)  # kept as sent
