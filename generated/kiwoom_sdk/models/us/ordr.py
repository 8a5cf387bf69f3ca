# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DecimalValue, FlagValue, IntValue, TextArgument, TextValue, WholeArgument
from kiwoom_sdk._value_types import (
    PriceArgument4,
    UsBuyTradeTypeOrBlank,
    UsExchangeChartProfitOrBlank,
    UsSellTradeTypeOrBlank,
)


class Ust20000Request(KiwoomRequest):
    """
    ust20000 미국주식 매수 주문 (US Stock Buy Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    ord_qty: Annotated[WholeArgument, Field(description="주문수량", max_length=12)]
    ord_uv: Annotated[PriceArgument4 | None, Field(description="주문단가", max_length=12)] = None
    trde_tp: Annotated[UsBuyTradeTypeOrBlank, Field(description="해외매매구분")]


class Ust20000Response(KiwoomResponse):
    """
    ust20000 미국주식 매수 주문 (US Stock Buy Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20000
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_nm: Annotated[TextValue | None, Field(description="계좌명")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    fc_entra: Annotated[DecimalValue | None, Field(description="외화예수금 · USD")] = None
    tdy_rebuy_useda: Annotated[DecimalValue | None, Field(description="금일재매수사용금액 · USD")] = None
    pred_rebuy_useda: Annotated[DecimalValue | None, Field(description="전일재매수사용금액")] = None
    trst_prof_ch: Annotated[DecimalValue | None, Field(description="사용증거금 · USD")] = None


class Ust20001Request(KiwoomRequest):
    """
    ust20001 미국주식 매도 주문 (US Stock Sell Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    ord_qty: Annotated[WholeArgument, Field(description="주문수량", max_length=12)]
    ord_uv: Annotated[PriceArgument4 | None, Field(description="주문단가", max_length=12)] = None
    stop_pric: Annotated[PriceArgument4 | None, Field(description="STOP가격", max_length=12)] = None
    trde_tp: Annotated[UsSellTradeTypeOrBlank, Field(description="매매구분")]


class Ust20001Response(KiwoomResponse):
    """
    ust20001 미국주식 매도 주문 (US Stock Sell Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_nm: Annotated[TextValue | None, Field(description="계좌명")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    poss_qty: Annotated[IntValue | None, Field(description="보유수량 · shares")] = None
    tdy_resel_usedq: Annotated[IntValue | None, Field(description="금일재매도사용수량 · shares")] = None
    pred_resel_usedq: Annotated[IntValue | None, Field(description="전일재매도사용수량 · shares")] = None


class Ust20002Request(KiwoomRequest):
    """
    ust20002 미국주식 정정 주문 (US Stock Modify Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    orig_ord_no: Annotated[TextArgument, Field(description="원주문번호", max_length=9)]
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    mdfy_uv: Annotated[PriceArgument4 | None, Field(description="정정단가", max_length=12)] = None
    stop_pric: Annotated[PriceArgument4 | None, Field(description="STOP가격", max_length=12)] = None


class Ust20002Response(KiwoomResponse):
    """
    ust20002 미국주식 정정 주문 (US Stock Modify Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20002
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_nm: Annotated[TextValue | None, Field(description="계좌명")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    fc_entra: Annotated[DecimalValue | None, Field(description="외화예수금 · USD")] = None
    tdy_rebuy_useda: Annotated[DecimalValue | None, Field(description="금일재매수사용금액 · USD")] = None
    pred_rebuy_useda: Annotated[DecimalValue | None, Field(description="전일재매수사용금액")] = None
    trst_prof_ch: Annotated[DecimalValue | None, Field(description="사용증거금 · USD")] = None
    mdfy_ord_qty: Annotated[IntValue | None, Field(description="정정주문수량 · shares")] = None


class Ust20003Request(KiwoomRequest):
    """
    ust20003 미국주식 취소 주문 (US Stock Cancel Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    orig_ord_no: Annotated[TextArgument, Field(description="원주문번호", max_length=9)]
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]


class Ust20003Response(KiwoomResponse):
    """
    ust20003 미국주식 취소 주문 (US Stock Cancel Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20003
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_nm: Annotated[TextValue | None, Field(description="계좌명")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    cncl_ord_qty: Annotated[IntValue | None, Field(description="취소주문수량 · shares")] = None


class Ust31490Request(KiwoomRequest):
    """
    ust31490 미국주식 주문가능수량(종목/증거금률별) (US Orderable Quantity by Stock/Margin Rate): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    uv: Annotated[PriceArgument4, Field(description="매수가격", max_length=12)]


class Ust31490Response(KiwoomResponse):
    """
    ust31490 미국주식 주문가능수량(종목/증거금률별) (US Orderable Quantity by Stock/Margin Rate): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust31490
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_profa_rt: Annotated[DecimalValue | None, Field(description="종목증거금율 · percent")] = None
    profa_rt: Annotated[DecimalValue | None, Field(description="계좌증거금율 · percent")] = None
    aplc_rt: Annotated[DecimalValue | None, Field(description="적용증거금율 · percent")] = None
    krw_ord_rqst_yn: Annotated[FlagValue | None, Field(description="원화주문신청여부")] = None
    krw_ord_alowa_50: Annotated[DecimalValue | None, Field(description="증거금50%종목 원화주문가능금액")] = None
    krw_ord_alowq_50: Annotated[IntValue | None, Field(description="증거금50%종목 원화주문가능수량 · shares")] = None
    ord_alowa_50: Annotated[DecimalValue | None, Field(description="증거금50%종목 주문가능금액 · USD")] = None
    ord_alowq_50: Annotated[IntValue | None, Field(description="증거금50%종목 주문가능수량 · shares")] = None
    pred_rebuy_alowa_50: Annotated[DecimalValue | None, Field(description="증거금50%종목 전일재사용금액 · USD")] = None
    tdy_rebuy_alowa_50: Annotated[DecimalValue | None, Field(description="증거금50%종목 금일재사용금액 · USD")] = None
    krw_ord_alowa_100: Annotated[DecimalValue | None, Field(description="증거금100%종목원화주문가능금액")] = None
    krw_ord_alowq_100: Annotated[IntValue | None, Field(description="증거금100%종목원화주문가능수량 · shares")] = None
    ord_alowa_100: Annotated[DecimalValue | None, Field(description="증거금100%종목 주문가능금액 · USD")] = None
    ord_alowq_100: Annotated[IntValue | None, Field(description="증거금100%종목 주문가능수량 · shares")] = None
    pred_rebuy_alowa_100: Annotated[DecimalValue | None, Field(description="증거금100%종목 전일재사용금액 · USD")] = (
        None
    )
    tdy_rebuy_alowa_100: Annotated[DecimalValue | None, Field(description="증거금100%종목 금일재사용금액 · USD")] = None
    min_krw_ord_alowa: Annotated[DecimalValue | None, Field(description="미수불가 원화주문가능금액 · USD")] = None
    min_krw_ord_alowq: Annotated[IntValue | None, Field(description="미수불가 원화주문가능수량 · shares")] = None
    min_ord_alowa: Annotated[DecimalValue | None, Field(description="미수불가 주문가능금액 · USD")] = None
    min_ord_alowq: Annotated[IntValue | None, Field(description="미수불가 주문가능수량 · shares")] = None
    min_pred_rebuy_alowa: Annotated[DecimalValue | None, Field(description="미수불가 전일재사용금액 · USD")] = None
    min_tdy_rebuy_alowa: Annotated[DecimalValue | None, Field(description="미수불가 금일재사용금액 · USD")] = None
    krw_entra: Annotated[IntValue | None, Field(description="원화예수금 · KRW")] = None
    fc_entra: Annotated[DecimalValue | None, Field(description="외화예수금 · USD")] = None
    fc_uncl_amt: Annotated[DecimalValue | None, Field(description="외화미수금 · USD")] = None
    ord_alowa: Annotated[DecimalValue | None, Field(description="주문가능현금 · USD")] = None
    krw_ord_set_amt: Annotated[IntValue | None, Field(description="해외원화주문설정금 · KRW")] = None
    krw_ord_evlt_amt: Annotated[DecimalValue | None, Field(description="해외원화주문평가금")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화")] = None
