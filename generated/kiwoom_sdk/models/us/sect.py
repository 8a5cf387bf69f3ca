# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DecimalValue, IntValue, PriceValue, TextArgument, TextValue
from kiwoom_sdk._value_types import (
    PriceChangeSignValue,
    UsExchangeChartProfitValue,
    UsExchangeNumNyseAmexNasdaqOrBlank,
    UsSectorChangeRateSortOrBlank,
    UsSectorExchangeOrBlank,
)


class Usa23000Request(KiwoomRequest):
    """
    usa23000 미국주식 업종별 기간별 수익률 조회 (US Sector Return by Period): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종 코드")] = None


class Usa23000ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_nm: Annotated[TextValue | None, Field(description="업종명")] = None
    perf_1d: Annotated[DecimalValue | None, Field(description="1일 수익률")] = None
    perf_5d: Annotated[DecimalValue | None, Field(description="5일 수익률")] = None
    perf_1m: Annotated[DecimalValue | None, Field(description="1개월 수익률")] = None
    perf_3m: Annotated[DecimalValue | None, Field(description="3개월 수익률")] = None
    perf_6m: Annotated[DecimalValue | None, Field(description="6개월 수익률")] = None
    perf_ytd: Annotated[DecimalValue | None, Field(description="연중 수익률")] = None
    perf_1y: Annotated[DecimalValue | None, Field(description="1년 수익률")] = None


class Usa23100Request(KiwoomRequest):
    """
    usa23100 미국주식 업종별 등락률 상위/하위 조회 (US Sector Top/Bottom Change Rate): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsSectorExchangeOrBlank | None, Field(description="거래소 구분")] = None
    sort_tp: Annotated[UsSectorChangeRateSortOrBlank | None, Field(description="정렬기준구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None


class Usa23100ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="한글종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="영문종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · thousand_USD")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    cntr_tm: Annotated[TextValue | None, Field(description="시간")] = None


class Usa23000Response(KiwoomResponse):
    """
    usa23000 미국주식 업종별 기간별 수익률 조회 (US Sector Return by Period): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-sect/#usa23000
    """

    result_list: Annotated[list[Usa23000ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa23100Response(KiwoomResponse):
    """
    usa23100 미국주식 업종별 등락률 상위/하위 조회 (US Sector Top/Bottom Change Rate): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-sect/#usa23100
    """

    result_list: Annotated[list[Usa23100ResultListItem], Field(description="결과리스트", validate_default=True)] = []
