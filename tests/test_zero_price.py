"""A price of zero, whatever its sign, is no price (specs/kinds.yaml, kind price; erratum server-zero-price-no-level):
an empty level of an order book (recorded 035-0D: "-0" beside a size of "0"), a market order's limit, the stop price
of an order without one (recorded 016-ka10076: "0"), in every reader: the converters one value and many values at
a time, a realtime event, a response model, and the columnar readers with their direction columns."""

from __future__ import annotations

import json
from typing import Any

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from kiwoom_sdk import frames, realtime
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._values import Price, to_price, to_prices, to_scaled_price

from .conftest import SPECS

ZEROS = st.builds(
    "{}{}{}".format,
    st.sampled_from(["", "+", "-", "--", "+-", " "]),
    st.sampled_from(["0", "00", "0000000000"]),
    st.sampled_from(["", ".0", ".0000", " "]),
)
PRICES = st.builds("{}{}".format, st.sampled_from(["", "+", "-"]), st.integers(1, 10**9).map(str))


def _recorded(name: str) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((SPECS / "recorded" / name).read_text(encoding="utf-8"))["payload"]
    return payload


@given(ZEROS)
def test_a_zero_price_of_any_sign_is_no_price(raw: str) -> None:
    assert to_price(raw) is None
    assert to_price(raw, decimals=True) is None
    assert to_scaled_price(raw, 100) is None


@given(st.lists(ZEROS | PRICES, min_size=1, max_size=12))
def test_many_prices_at_once_read_a_zero_as_no_price(raws: list[str]) -> None:
    values = to_prices(raws)
    assert [repr(value) for value in values] == [repr(to_price(raw)) for raw in raws]
    assert [value is None for value in values] == [raw.strip(" +-").strip("0.") == "" for raw in raws]


RECORDED_0D = json.dumps(_recorded("035-0D-005380_NX-aftermarket.json"))
EMPTY_LEVELS = [f"{side}_price_{level}" for side in ("ask", "bid") for level in range(4, 11)]


def test_an_empty_level_of_the_recorded_order_book_has_no_price() -> None:
    (book,) = realtime.decode(RECORDED_0D)
    assert isinstance(book, realtime.StockOrderBookVolume)
    assert [getattr(book, name) for name in EMPTY_LEVELS] == [None] * len(EMPTY_LEVELS)
    assert repr(book.ask_price_1) == "Price(-425000)" and repr(book.bid_price_3) == "Price(-423500)"


@pytest.mark.parametrize("decimals", ["decimal", "float"])
def test_an_empty_level_is_null_with_no_direction_in_a_column(decimals: frames.Decimals) -> None:
    events = realtime.decode(RECORDED_0D)
    for frame in (
        frames.decode_to_polars([RECORDED_0D], realtime.StockOrderBookVolume, decimals=decimals, directions=True),
        frames.to_polars(events, realtime.StockOrderBookVolume, decimals=decimals, directions=True),
    ):
        row = frame.row(0, named=True)
        assert [row[name] for name in EMPTY_LEVELS] == [None] * len(EMPTY_LEVELS)
        assert [row[f"{name}_direction"] for name in EMPTY_LEVELS] == [None] * len(EMPTY_LEVELS)
        assert (row["ask_price_1"], row["ask_price_1_direction"]) == (425000, -1)


def test_the_stop_price_of_an_order_without_one_is_no_price() -> None:
    answer = ENDPOINTS["ka10076"].response_model.model_validate(_recorded("016-ka10076-mock-filled-row.json"))
    (row,) = answer.cntr  # type: ignore[attr-defined]
    assert row.stop_pric is None and row.cntr_pric == Price(250250)
    assert frames.to_polars(answer).row(0, named=True)["stop_pric"] is None


def test_the_decimals_of_a_zero_set_no_column_scale() -> None:
    values = {"41": "-0.00", "42": "+425500"}
    message = json.dumps({"trnm": "REAL", "data": [{"type": "0D", "name": "", "item": "005930", "values": values}]})
    for frame in (
        frames.decode_to_polars([message], realtime.StockOrderBookVolume, directions=True),
        frames.to_polars(realtime.decode(message), realtime.StockOrderBookVolume, directions=True),
    ):
        assert frame["ask_price_2"].dtype == frame["ask_price_1"].dtype == pl.Decimal(38, 0)
        assert frame.select("ask_price_1", "ask_price_1_direction", "ask_price_2").row(0) == (None, None, 425500)
