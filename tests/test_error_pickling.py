"""Errors cross process boundaries (a worker pool, a queue between processes) and get copied: every error the SDK
raises pickles and copies to an equal error of the same class, its message and attributes unchanged."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest
from kiwoom_sdk import errors, realtime
from kiwoom_sdk._core import error_for
from kiwoom_sdk._exceptions import (
    ArgumentInvalid,
    FieldProblem,
    KiwoomError,
    OrderStateUnknown,
    RealtimeGaveUp,
    RealtimeTimeout,
    RequestInvalid,
    TransportFailed,
)


def _decode_error() -> realtime.RealtimeDecodeError:
    try:
        realtime.decode(b'{"trnm": "REAL", "data": [{"type": "0B", "item": "005930", "values": {"10": "+1"}}, {}]}')
    except realtime.RealtimeDecodeError as error:
        return error
    raise AssertionError("decoded a broken frame")


def _errors() -> list[BaseException]:
    return [
        error_for("[8005:Token이 유효하지 않습니다]", api_id="ka10001", return_code=3, response={"return_code": 3}),
        error_for("[2000](RC4058:모의투자 장종료)", api_id="kt10000", return_code=20),
        errors.SessionTakenOver("R10001", "동일한 App key로 접속이 되었습니다"),
        RealtimeGaveUp(["closed 1009: too big", "closed 1009: too big", "LOGIN: no answer within 10 s"]),
        RealtimeTimeout("no answer within 10 s", api_id="REG"),
        TransportFailed("the realtime connection failed"),
        ArgumentInvalid("grp_no", 1, "a group number is text"),
        RequestInvalid(
            "ka10001", "주식기본정보요청", [FieldProblem("stk_cd", "종목코드", "required", "must not be blank")]
        ),
        OrderStateUnknown("kt10000", "ReadTimeout", response=b"partial"),
        KiwoomError("plain", api_id="ka10001", code=1700),
        _decode_error(),
    ]


def _state(error: BaseException) -> tuple[Any, ...]:
    attributes = {name: repr(value) for name, value in vars(error).items()}
    events = [(type(e), e.item, e.values) for e in getattr(error, "events", [])]
    return type(error), str(error), error.args, attributes, events


@pytest.mark.parametrize("error", _errors(), ids=lambda error: type(error).__name__)
def test_an_error_pickles_and_copies_to_the_same_error(error: BaseException) -> None:
    assert _state(pickle.loads(pickle.dumps(error))) == _state(error)
    assert _state(copy.copy(error)) == _state(error)
    assert _state(copy.deepcopy(error)) == _state(error)
