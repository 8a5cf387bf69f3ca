"""Property tests: whatever the server sends, parsing raises nothing but the documented errors."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from kiwoom_sdk import realtime
from kiwoom_sdk._values import (
    to_clock_time,
    to_date,
    to_datetime,
    to_decimal,
    to_flag,
    to_int,
    to_price,
    to_text,
    to_time,
)
from kiwoom_sdk.models.domestic.chart import Ka10081Response

CONVERTERS = (to_text, to_int, to_price, to_decimal, to_date, to_time, to_clock_time, to_datetime, to_flag)
NUMERIC = st.from_regex(r"\A[+-]{0,2}[0-9]{0,12}(\.[0-9]{0,4})?\Z")
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300)
@given(st.one_of(st.text(), NUMERIC))
def test_value_converters_never_raise(text: str) -> None:
    for convert in CONVERTERS:
        value = convert(text)
        assert value is None or value == text or not isinstance(value, str) or convert is to_text


@settings(max_examples=300)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200)))
def test_arbitrary_frames_decode_or_raise_the_documented_error(frame: bytes | str) -> None:
    try:
        realtime.decode(frame)
    except realtime.RealtimeDecodeError as error:
        assert error.raw == frame


@settings(max_examples=300)
@given(JSON)
def test_arbitrary_json_frames_decode_or_raise_the_documented_error(body: Any) -> None:
    frame = orjson.dumps(body)
    try:
        events = realtime.decode(frame)
    except realtime.RealtimeDecodeError as error:
        assert error.raw == frame
        return
    for event in events:
        if isinstance(event, realtime.RealtimeEvent):
            event.as_dict()  # every typed attribute reads without raising


@settings(max_examples=200)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "stk_dt_pole_chart_qry": st.lists(
                st.dictionaries(st.sampled_from(["cur_prc", "dt", "trde_qty", "pred_pre", "new"]), st.text(max_size=10))
            ),
            "stk_cd": st.text(max_size=10),
            "return_code": st.integers(0, 0),
        },
    )
)
def test_responses_parse_whatever_the_values(body: dict[str, Any]) -> None:
    response = Ka10081Response.model_validate(body)
    assert response.raw == body


@given(st.from_regex(r"\A[+-]{0,2}[0-9]{1,12}\Z"))
def test_signed_numbers_read_by_their_last_sign_and_prices_keep_the_first(text: str) -> None:
    signs = text[: len(text) - len(text.lstrip("+-"))]
    digits = int(text.lstrip("+-"))
    assert to_int(text) == (-digits if signs.endswith("-") else digits)
    price = to_price(text)
    if digits == 0:  # a zero, whatever its signs, is no price
        assert price is None
    else:
        assert price == digits and getattr(price, "direction", None) == {"+": 1, "-": -1}.get(signs[:1], 0)


@given(st.from_regex(r"\A[+-]?[0-9]{1,6}\.[0-9]{1,4}\Z"))
def test_decimals_read_exactly(text: str) -> None:
    assert to_decimal(text) == Decimal(text)
    assert to_decimal(text, scale=100) == Decimal(text) / 100
