# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    DateArgument,
    DateTimeValue,
    DateValue,
    DecimalValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
    WholeArgument,
)
from kiwoom_sdk._value_types import UsApplyFlagOrBlank, UsExchangeChartProfitOrBlank, UsExchangeOrBlank


class Usa06010Request(KiwoomRequest):
    """
    usa06010 미국주식 틱 차트 (US Stock Tick Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]
    tic_scope: Annotated[WholeArgument | None, Field(description="틱범위")] = None
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="수정주가구분")] = None
    exrt_appl_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="환율적용구분")] = None


class Usa06010ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[
        PriceValue | None, Field(description="현재가(종가) · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    open_pric: Annotated[
        PriceValue | None, Field(description="시가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    high_pric: Annotated[
        PriceValue | None, Field(description="고가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    low_pric: Annotated[
        PriceValue | None, Field(description="저가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    bus_dt: Annotated[DateValue | None, Field(description="영업일자")] = None
    upd_stkpc_tp: Annotated[TextValue | None, Field(description="수정주가구분")] = None
    upd_rt: Annotated[DecimalValue | None, Field(description="수정비율")] = None


class Usa06011Request(KiwoomRequest):
    """
    usa06011 미국주식 분 차트 (US Stock Minute Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드")] = None
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자")] = None
    tic_scope: Annotated[WholeArgument | None, Field(description="XX분봉")] = None
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="수정주가구분")] = None
    exrt_appl_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="환율적용구분")] = None


class Usa06011ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[
        PriceValue | None, Field(description="현재가(종가) · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    open_pric: Annotated[
        PriceValue | None, Field(description="시가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    high_pric: Annotated[
        PriceValue | None, Field(description="고가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    low_pric: Annotated[
        PriceValue | None, Field(description="저가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    bus_dt: Annotated[DateValue | None, Field(description="영업일자")] = None
    upd_stkpc_tp: Annotated[TextValue | None, Field(description="수정주가구분")] = None
    upd_rt: Annotated[DecimalValue | None, Field(description="수정비율")] = None


class Usa06012Request(KiwoomRequest):
    """
    usa06012 미국주식 일 차트 (US Stock Daily Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드")] = None
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자")] = None
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="수정주가구분")] = None
    exrt_appl_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="환율적용구분")] = None


class Usa06012ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[
        PriceValue | None, Field(description="현재가(종가) · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    pred_pre: Annotated[
        DecimalValue | None, Field(description="전일대비 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[
        IntValue | None, Field(description="누적거래대금 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    open_pric: Annotated[
        PriceValue | None, Field(description="시가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    high_pric: Annotated[
        PriceValue | None, Field(description="고가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    low_pric: Annotated[
        PriceValue | None, Field(description="저가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    upd_stkpc_tp: Annotated[TextValue | None, Field(description="수정주가구분")] = None
    upd_rt: Annotated[DecimalValue | None, Field(description="수정비율")] = None


class Usa06013Request(KiwoomRequest):
    """
    usa06013 미국주식 주 차트 (US Stock Weekly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드")] = None
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자")] = None
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="수정주가구분")] = None
    exrt_appl_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="환율적용구분")] = None


class Usa06013ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[
        PriceValue | None, Field(description="현재가(종가) · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[
        IntValue | None, Field(description="누적거래대금 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    open_pric: Annotated[
        PriceValue | None, Field(description="시가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    high_pric: Annotated[
        PriceValue | None, Field(description="고가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    low_pric: Annotated[
        PriceValue | None, Field(description="저가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    upd_stkpc_tp: Annotated[TextValue | None, Field(description="수정주가구분")] = None
    upd_rt: Annotated[DecimalValue | None, Field(description="수정비율")] = None


class Usa06014Request(KiwoomRequest):
    """
    usa06014 미국주식 월 차트 (US Stock Monthly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드")] = None
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자")] = None
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="수정주가구분")] = None
    exrt_appl_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="환율적용구분")] = None


class Usa06014ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[
        PriceValue | None, Field(description="현재가(종가) · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[
        IntValue | None, Field(description="누적거래대금 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    open_pric: Annotated[
        PriceValue | None, Field(description="시가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    high_pric: Annotated[
        PriceValue | None, Field(description="고가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    low_pric: Annotated[
        PriceValue | None, Field(description="저가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    upd_stkpc_tp: Annotated[TextValue | None, Field(description="수정주가구분")] = None
    upd_rt: Annotated[DecimalValue | None, Field(description="수정비율")] = None


class Usa06015Request(KiwoomRequest):
    """
    usa06015 미국주식 년 차트 (US Stock Yearly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드")] = None
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자")] = None
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="수정주가구분")] = None
    exrt_appl_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="환율적용구분")] = None


class Usa06015ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[
        PriceValue | None, Field(description="현재가(종가) · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[
        IntValue | None, Field(description="누적거래대금 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    open_pric: Annotated[
        PriceValue | None, Field(description="시가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    high_pric: Annotated[
        PriceValue | None, Field(description="고가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    low_pric: Annotated[
        PriceValue | None, Field(description="저가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    upd_stkpc_tp: Annotated[TextValue | None, Field(description="수정주가구분")] = None
    upd_rt: Annotated[DecimalValue | None, Field(description="수정비율")] = None


class Usa06016Request(KiwoomRequest):
    """
    usa06016 미국주식 분기 차트 (US Stock Quarterly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드")] = None
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자")] = None
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="수정주가구분")] = None
    exrt_appl_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="환율적용구분")] = None


class Usa06016ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[
        PriceValue | None, Field(description="현재가(종가) · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[
        IntValue | None, Field(description="누적거래대금 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    open_pric: Annotated[
        PriceValue | None, Field(description="시가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    high_pric: Annotated[
        PriceValue | None, Field(description="고가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    low_pric: Annotated[
        PriceValue | None, Field(description="저가 · USD when exrt_appl_tp=0, KRW when exrt_appl_tp=1")
    ] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    upd_stkpc_tp: Annotated[TextValue | None, Field(description="수정주가구분")] = None
    upd_rt: Annotated[DecimalValue | None, Field(description="수정비율")] = None


class Usa06010Response(KiwoomResponse):
    """
    usa06010 미국주식 틱 차트 (US Stock Tick Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06010
    """

    result_list: Annotated[list[Usa06010ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa06011Response(KiwoomResponse):
    """
    usa06011 미국주식 분 차트 (US Stock Minute Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06011
    """

    result_list: Annotated[list[Usa06011ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa06012Response(KiwoomResponse):
    """
    usa06012 미국주식 일 차트 (US Stock Daily Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06012
    """

    result_list: Annotated[list[Usa06012ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa06013Response(KiwoomResponse):
    """
    usa06013 미국주식 주 차트 (US Stock Weekly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06013
    """

    result_list: Annotated[list[Usa06013ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa06014Response(KiwoomResponse):
    """
    usa06014 미국주식 월 차트 (US Stock Monthly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06014
    """

    result_list: Annotated[list[Usa06014ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa06015Response(KiwoomResponse):
    """
    usa06015 미국주식 년 차트 (US Stock Yearly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06015
    """

    result_list: Annotated[list[Usa06015ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa06016Response(KiwoomResponse):
    """
    usa06016 미국주식 분기 차트 (US Stock Quarterly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06016
    """

    result_list: Annotated[list[Usa06016ResultListItem], Field(description="결과리스트", validate_default=True)] = []
