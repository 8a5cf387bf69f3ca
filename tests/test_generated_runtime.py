"""The generated package in use: value conversion, realtime decoding, errors."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest
from kiwoom_sdk import codes, errors, realtime
from kiwoom_sdk._values import Price, to_date, to_decimal, to_int, to_price


def test_values_convert_by_kind() -> None:
    assert to_int("000000017598258") == 17598258
    assert to_int("-00000000196888") == -196888
    assert to_int("--714") == -714 and to_int("+-121") == -121
    price = to_price("+60700")
    assert isinstance(price, Price) and price == 60700 and price.direction == 1
    assert to_price("-20800") == 20800 and to_price("-20800").direction == -1  # type: ignore[union-attr]
    assert to_decimal("-0.24") == Decimal("-0.24")
    assert to_decimal("000001500", scale=100) == Decimal("15")
    assert to_date("20260223") == datetime.date(2026, 2, 23)
    assert to_date("00000000") is None and to_int("") is None
    assert to_int("12a") == "12a"  # an unforeseen value stays raw instead of failing


def test_a_real_frame_decodes_into_typed_events() -> None:
    frame = {
        "trnm": "REAL",
        "data": [
            {
                "type": "0B",
                "name": "주식체결",
                "item": "005930",
                "values": {"20": "152028", "10": "-60700", "25": "5", "9999": "new"},
            },
            {"type": "0s", "name": "장시작시간", "item": "", "values": {"215": "3", "20": "090000"}},
            {"type": "ZZ", "name": "미래의 타입", "item": "X", "values": {"1": "a"}},
        ],
    }
    trade, session, future = realtime.decode(json.dumps(frame).encode())
    assert isinstance(trade, realtime.StockTrade)
    assert trade.trade_time == datetime.time(15, 20, 28)
    assert trade.current_price == 60700 and trade.change_sign is codes.PriceChangeSign.FALL
    assert trade.unknown_values == {"9999": "new"}
    assert isinstance(session, realtime.MarketSessionTime)
    assert type(future) is realtime.RealtimeEvent and future.values == {"1": "a"}


def test_unknown_codes_are_kept_raw() -> None:
    [event] = realtime.decode(b'{"trnm":"REAL","data":[{"type":"0B","item":"1","values":{"25":"9"}}]}')
    assert isinstance(event, realtime.StockTrade) and event.change_sign == "9"


@pytest.mark.parametrize("frame", [b"", b"{", b'{"trnm": 1}', b'{"trnm": "LOGIN", "return_code": "x"}'])
def test_malformed_frames_carry_the_raw_frame(frame: bytes) -> None:
    with pytest.raises(realtime.RealtimeDecodeError) as caught:
        realtime.decode(frame)
    assert caught.value.raw == frame


def test_system_messages() -> None:
    [login] = realtime.decode('{"trnm": "LOGIN", "return_code": 0, "return_msg": ""}')
    assert isinstance(login, realtime.SystemMessage) and login.trnm == "LOGIN" and login.ok


def test_error_classes_follow_the_spec_classes() -> None:
    assert issubclass(errors.TokenInvalid, errors.AuthError)
    assert issubclass(errors.ApiRateLimitExceeded, errors.RateLimitError)
    assert errors.error_class_for(8005) is errors.TokenInvalid
    assert errors.error_class_for(4242) is errors.KiwoomError
    assert len(errors.ERRORS_BY_CODE) == 38  # the guide's 37 codes and the refusal, 2000
    assert errors.error_class_for(2000) is errors.RequestRefused
    assert issubclass(errors.OrderRefused, errors.RequestRefused) and issubclass(
        errors.RequestRefused, errors.InputError
    )
    error = errors.TokenInvalid("Token이 유효하지 않습니다", api_id="ka10001")
    # the server's Korean message, then what the code means in English
    assert str(error) == (
        "ka10001: [8005] Token이 유효하지 않습니다 "
        "(The access token is not valid (expired, revoked or unknown); issue a new one)"
    )


def test_every_public_name_loads_and_every_response_is_a_kiwoom_response() -> None:
    import kiwoom_sdk
    from kiwoom_sdk._endpoints import ENDPOINTS

    for name in kiwoom_sdk.__all__:
        assert getattr(kiwoom_sdk, name) is not None, name
    responses = {endpoint.response_model for endpoint in ENDPOINTS.values()}
    assert responses and all(issubclass(model, kiwoom_sdk.KiwoomResponse) for model in responses)
    assert issubclass(kiwoom_sdk.KiwoomResponse, kiwoom_sdk.KiwoomModel)
