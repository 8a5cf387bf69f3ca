# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DateArgument, DateValue, DecimalValue, IntValue, PriceValue, TextArgument
from kiwoom_sdk._value_types import DateRangeTypeOrBlank, PriceChangeSignValue


class Ka10014Request(KiwoomRequest):
    """
    ka10014 공매도추이요청 (Short Selling Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tm_tp: Annotated[DateRangeTypeOrBlank | None, Field(description="시간구분")] = None
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]


class Ka10014ShrtsTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    shrts_qty: Annotated[IntValue | None, Field(description="공매도량 · shares")] = None
    ovr_shrts_qty: Annotated[IntValue | None, Field(description="누적공매도량 · shares")] = None
    trde_wght: Annotated[DecimalValue | None, Field(description="매매비중 · percent")] = None
    shrts_trde_prica: Annotated[IntValue | None, Field(description="공매도거래대금 · KRW_thousand")] = None
    shrts_avg_pric: Annotated[PriceValue | None, Field(description="공매도평균가 · KRW")] = None


class Ka10014Response(KiwoomResponse):
    """
    ka10014 공매도추이요청 (Short Selling Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-shsa/#ka10014
    """

    shrts_trnsn: Annotated[list[Ka10014ShrtsTrnsnItem], Field(description="공매도추이", validate_default=True)] = []
