# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    ClockTimeValue,
    DateArgument,
    DateValue,
    DecimalArgument,
    DecimalValue,
    DirectedRateValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
)
from kiwoom_sdk._value_types import (
    AllOnlyFilterOrBlank,
    DateUnitOrBlank,
    DecimalBy100Value,
    HighLowLookbackOrBlank,
    KiwoomRankChangeSignValue,
    PriceChangeSignValue,
    RankChangeSymbolValue,
    UsAllOrStockOrBlank,
    UsConsecutiveRiseFallSortOrBlank,
    UsCumulativeChangeSortOrBlank,
    UsDateRiseFallSortOrBlank,
    UsDaysAgoPeriodOrBlank,
    UsDaytimeDisparitySortOrBlank,
    UsExchangeChartProfitValue,
    UsExchangeNumNyseAmexNasdaqOrBlank,
    UsExchangeNumNyseNasdaqAmexOrBlank,
    UsExchangeValue,
    UsHighLowCompareSortOrBlank,
    UsIndexMembershipOrBlank,
    UsKiwoomTopQueryTypeOrBlank,
    UsOpenChangeSortOrBlank,
    UsOrderbookTopSortOrBlank,
    UsPrevDayChangeSortOrBlank,
    UsPreviousDayRankSortOrBlank,
    UsPriceConditionOrBlank,
    UsRealtimeRankPeriodOrBlank,
    UsSecurityTypeLetterOrBlank,
    UsSecurityTypeOrBlank,
    UsStockConditionOrBlank,
    UsStockFilterOrBlank,
    UsTradeRankPeriodUnitOrBlank,
    UsTradingValueConditionOrBlank,
    UsVolumeConditionOrBlank,
    UsVolumeRankSortOrBlank,
)


class Usa01980Request(KiwoomRequest):
    """
    usa01980 미국주식 실시간 종목 조회 순위 (US Real-Time Most Viewed Stock Ranking): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    svc_type: Annotated[UsRealtimeRankPeriodOrBlank | None, Field(description="서비스 유형")] = None


class Usa01980ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="종목순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    sign: Annotated[TextValue | None, Field(description="등락부호")] = None
    chg_val: Annotated[IntValue | None, Field(description="직전대비 순위변화값")] = None
    curr_pric: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    sign_for_gjga: Annotated[TextValue | None, Field(description="기준가대비 부호")] = None
    diff_rate_for_gjga: Annotated[DecimalValue | None, Field(description="기준가대비 등락률 · percent")] = None
    sign_for_prev: Annotated[TextValue | None, Field(description="직전기준대비 부호")] = None
    diff_rate_for_prev: Annotated[DecimalValue | None, Field(description="직전기준대비 등락률 · percent")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None


class Usa01990Request(KiwoomRequest):
    """
    usa01990 미국주식 관심종목 등록 상위 (US Top Watchlist Registrations): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt_unit_tp: Annotated[DateUnitOrBlank | None, Field(description="일,주,월단위구분")] = None
    stk_tp: Annotated[UsSecurityTypeLetterOrBlank | None, Field(description="시장구분")] = None


class Usa01990ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    rank_flu_sig: Annotated[RankChangeSymbolValue | None, Field(description="순위등락부호")] = None
    rank_flu: Annotated[IntValue | None, Field(description="순위등락폭")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일거래량대비")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None


class Usa20510Request(KiwoomRequest):
    """
    usa20510 미국주식 기간별 등락률상위(주식/업종) (US Top Change Rate by Period (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    tm: Annotated[UsDaysAgoPeriodOrBlank | None, Field(description="n일전 구분")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20510ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    stdt_base_pric: Annotated[PriceValue | None, Field(description="시작일기준가 · USD")] = None
    endt_base_pric: Annotated[PriceValue | None, Field(description="종료일기준가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    stdt_trde_qty: Annotated[IntValue | None, Field(description="시작일거래량 · shares")] = None
    endt_trde_qty: Annotated[IntValue | None, Field(description="종료일거래량 · shares")] = None


class Usa20511Request(KiwoomRequest):
    """
    usa20511 미국주식 기간별 등락률상위(ETF) (US Top Change Rate by Period (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF코드2")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    tm: Annotated[UsDaysAgoPeriodOrBlank | None, Field(description="n일전 구분")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20511ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    stdt_base_pric: Annotated[PriceValue | None, Field(description="시작일기준가 · USD")] = None
    endt_base_pric: Annotated[PriceValue | None, Field(description="종료일기준가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    stdt_trde_qty: Annotated[IntValue | None, Field(description="시작일거래량 · shares")] = None
    endt_trde_qty: Annotated[IntValue | None, Field(description="종료일거래량 · shares")] = None


class Usa20512Request(KiwoomRequest):
    """
    usa20512 미국주식 기간별 등락률상위(관심종목) (US Top Change Rate by Period (Watchlist)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드")] = None
    tm: Annotated[UsDaysAgoPeriodOrBlank | None, Field(description="n일전 설정")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20512ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    stdt_base_pric: Annotated[PriceValue | None, Field(description="시작일기준가 · USD")] = None
    endt_base_pric: Annotated[PriceValue | None, Field(description="종료일기준가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    stdt_trde_qty: Annotated[IntValue | None, Field(description="시작일거래량 · shares")] = None
    endt_trde_qty: Annotated[IntValue | None, Field(description="종료일거래량 · shares")] = None


class Usa20530Request(KiwoomRequest):
    """
    usa20530 미국주식 당일 거래량 상위(주식/업종) (US Top Volume Today (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소 구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목 구분")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    qry_tp: Annotated[UsVolumeRankSortOrBlank | None, Field(description="정렬기준 구분")] = None
    stk_cnd: Annotated[UsStockFilterOrBlank | None, Field(description="종목필터 구분")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="검색가격대 구분")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20530ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pred_rt: Annotated[DirectedRateValue | None, Field(description="전일비 · percent")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · thousand_USD")] = None


class Usa20531Request(KiwoomRequest):
    """
    usa20531 미국주식 당일 거래량 상위(ETF) (US Top Volume Today (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소 구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    qry_tp: Annotated[UsVolumeRankSortOrBlank | None, Field(description="정렬기준 구분")] = None
    stk_cnd: Annotated[UsStockFilterOrBlank | None, Field(description="종목필터 구분")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="검색가격대 구분")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20531ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pred_rt: Annotated[DirectedRateValue | None, Field(description="전일비 · percent")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · thousand_USD")] = None


class Usa20540Request(KiwoomRequest):
    """
    usa20540 미국주식 당일 거래대금 상위(주식/업종) (US Top Trading Value Today (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소 구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목 구분")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockFilterOrBlank | None, Field(description="종목필터 구분")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="검색가격대 구분")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20540ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소 구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · thousand_USD")] = None


class Usa20541Request(KiwoomRequest):
    """
    usa20541 미국주식 당일 거래대금 상위(ETF) (US Top Trading Value Today (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소 구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockFilterOrBlank | None, Field(description="종목필터 구분")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="검색가격대 구분")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20541ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소 구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · thousand_USD")] = None


class Usa20550Request(KiwoomRequest):
    """
    usa20550 미국주식 시가총액상위(주식/업종) (US Top Market Cap (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소 구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목 구분")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockFilterOrBlank | None, Field(description="종목필터 구분")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="검색가격대 구분")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20550ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    mac: Annotated[IntValue | None, Field(description="시가총액 · thousand_USD")] = None
    trde_pre_rt: Annotated[DecimalValue | None, Field(description="거래대비율 · percent")] = None
    mac_wght: Annotated[DecimalValue | None, Field(description="시가총액비")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None


class Usa20551Request(KiwoomRequest):
    """
    usa20551 미국주식 시가총액상위(ETF) (US Top Market Cap (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소 구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockFilterOrBlank | None, Field(description="종목필터 구분")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="검색가격대 구분")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20551ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    mac: Annotated[IntValue | None, Field(description="시가총액 · thousand_USD")] = None
    trde_pre_rt: Annotated[DecimalValue | None, Field(description="거래대비율 · percent")] = None
    mac_wght: Annotated[DecimalValue | None, Field(description="시가총액비")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None


class Usa20880Request(KiwoomRequest):
    """
    usa20880 키움 거래 상위 종목(미국주식) (Kiwoom Top Traded US Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[UsKiwoomTopQueryTypeOrBlank | None, Field(description="조회구분")] = None
    dt_unit_tp: Annotated[UsTradeRankPeriodUnitOrBlank | None, Field(description="일,주,월단위구분")] = None


class Usa20880ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    kw_high_rank: Annotated[IntValue | None, Field(description="키움상위순위")] = None
    kw_high_rank_sig: Annotated[KiwoomRankChangeSignValue | None, Field(description="키움상위순위등락부호")] = None
    kw_high_rank_hl: Annotated[IntValue | None, Field(description="키움상위 순위등락폭")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None


class Usa20881Request(KiwoomRequest):
    """
    usa20881 키움 거래 상위 종목(미국 ETF) (Kiwoom Top Traded US ETFs): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[UsKiwoomTopQueryTypeOrBlank | None, Field(description="조회구분")] = None
    dt_unit_tp: Annotated[UsTradeRankPeriodUnitOrBlank | None, Field(description="일,주,월단위구분")] = None


class Usa20881ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    kw_high_rank: Annotated[IntValue | None, Field(description="키움상위순위")] = None
    kw_high_rank_sig: Annotated[KiwoomRankChangeSignValue | None, Field(description="키움상위순위등락부호")] = None
    kw_high_rank_hl: Annotated[IntValue | None, Field(description="키움상위 순위등락폭")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None


class Usa20910Request(KiwoomRequest):
    """
    usa20910 미국주식 전일대비 등락률상위(주식/업종) (US Top Change Rate vs Prev Close (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    inds_cls_tp: Annotated[UsIndexMembershipOrBlank | None, Field(description="미국업종구분")] = None
    sort_tp: Annotated[UsPrevDayChangeSortOrBlank | None, Field(description="정렬기준")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa20910ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    cnt: Annotated[IntValue | None, Field(description="횟수")] = None


class Usa20911Request(KiwoomRequest):
    """
    usa20911 미국주식 전일대비 등락률상위(ETF) (US Top Change Rate vs Prev Close (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    sort_tp: Annotated[UsPrevDayChangeSortOrBlank | None, Field(description="정렬기준")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa20911ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    cnt: Annotated[IntValue | None, Field(description="횟수")] = None


class Usa20920Request(KiwoomRequest):
    """
    usa20920 미국주식 시가대비 등락률상위(주식/업종) (US Top Change Rate vs Open (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    sort_tp: Annotated[UsOpenChangeSortOrBlank | None, Field(description="정렬기준")] = None


class Usa20920ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    open_pric_pre: Annotated[DecimalValue | None, Field(description="시가대비 등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    cntr_tm: Annotated[TextValue | None, Field(description="체결시간")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None


class Usa20921Request(KiwoomRequest):
    """
    usa20921 미국주식 시가대비 등락률상위(ETF) (US Top Change Rate vs Open (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    sort_tp: Annotated[UsOpenChangeSortOrBlank | None, Field(description="정렬기준")] = None


class Usa20921ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    open_pric_pre: Annotated[DecimalValue | None, Field(description="시가대비 등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    cntr_tm: Annotated[TextValue | None, Field(description="체결시간")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None


class Usa20922Request(KiwoomRequest):
    """
    usa20922 미국주식 시가대비 등락률상위(관심종목) (US Top Change Rate vs Open (Watchlist)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="관심종목코드")] = None
    sort_tp: Annotated[UsOpenChangeSortOrBlank | None, Field(description="정렬기준")] = None
    stk_tp: Annotated[UsSecurityTypeOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa20922ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    open_pric_pre: Annotated[DecimalValue | None, Field(description="시가대비 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    cntr_tm: Annotated[TextValue | None, Field(description="시간")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None


class Usa20940Request(KiwoomRequest):
    """
    usa20940 미국주식 누적 등락률 상위(주식/업종) (US Top Cumulative Change Rate (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    sort_tp: Annotated[UsCumulativeChangeSortOrBlank | None, Field(description="정렬기준구분")] = None
    pric_cnd1: Annotated[DecimalArgument | None, Field(description="가격1 구분")] = None
    pric_cnd2: Annotated[DecimalArgument | None, Field(description="가격2 구분")] = None
    base_dt: Annotated[DateArgument | None, Field(description="기준일자")] = None
    stk_cnd: Annotated[AllOnlyFilterOrBlank | None, Field(description="종목조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="검색가격대 구분")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20940ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    hgst_pric: Annotated[PriceValue | None, Field(description="최고가 · USD")] = None
    stk_high_dt: Annotated[DateValue | None, Field(description="종목최고일자")] = None
    lwst_pric: Annotated[PriceValue | None, Field(description="최저가 · USD")] = None
    stk_low_dt: Annotated[DateValue | None, Field(description="종목최저일자")] = None
    acc_flu_rt: Annotated[DecimalValue | None, Field(description="누적등락률 · percent")] = None
    acc_flu_amt: Annotated[DecimalValue | None, Field(description="누적등락폭 · USD")] = None
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None


class Usa20941Request(KiwoomRequest):
    """
    usa20941 미국주식 누적 등락률 상위(ETF) (US Top Cumulative Change Rate (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    sort_tp: Annotated[UsCumulativeChangeSortOrBlank | None, Field(description="정렬기준구분")] = None
    pric_cnd1: Annotated[DecimalArgument | None, Field(description="가격1 구분")] = None
    pric_cnd2: Annotated[DecimalArgument | None, Field(description="가격2 구분")] = None
    base_dt: Annotated[DateArgument | None, Field(description="기준일자")] = None
    stk_cnd: Annotated[AllOnlyFilterOrBlank | None, Field(description="종목조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="검색가격대 구분")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20941ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    hgst_pric: Annotated[PriceValue | None, Field(description="최고가 · USD")] = None
    stk_high_dt: Annotated[DateValue | None, Field(description="종목최고일자")] = None
    lwst_pric: Annotated[PriceValue | None, Field(description="최저가 · USD")] = None
    stk_low_dt: Annotated[DateValue | None, Field(description="종목최저일자")] = None
    acc_flu_rt: Annotated[DecimalValue | None, Field(description="누적등락률 · percent")] = None
    acc_flu_amt: Annotated[DecimalValue | None, Field(description="누적등락폭 · USD")] = None
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None


class Usa20960Request(KiwoomRequest):
    """
    usa20960 미국주식 전일 거래상위(주식/업종) (US Top Trading Previous Day (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목 구분")] = None
    qry_tp: Annotated[UsPreviousDayRankSortOrBlank | None, Field(description="정렬기준구분")] = None


class Usa20960ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None
    pred_rt: Annotated[DirectedRateValue | None, Field(description="전일비 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="당일거래량 · shares")] = None


class Usa20961Request(KiwoomRequest):
    """
    usa20961 미국주식 전일 거래상위(ETF) (US Top Trading Previous Day (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    qry_tp: Annotated[UsPreviousDayRankSortOrBlank | None, Field(description="정렬기준구분")] = None


class Usa20961ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None
    pred_rt: Annotated[DirectedRateValue | None, Field(description="전일비 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="당일거래량 · shares")] = None


class Usa24110Request(KiwoomRequest):
    """
    usa24110 미국주식 최고최저가대비 상승하락(주식/업종) (US Rise/Fall vs Highest/Lowest (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목 구분")] = None
    sort_tp: Annotated[UsHighLowCompareSortOrBlank | None, Field(description="정렬기준구분")] = None
    dt_tp: Annotated[HighLowLookbackOrBlank | None, Field(description="기간구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24110ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    oyr_hgst: Annotated[PriceValue | None, Field(description="연중최고가 · USD")] = None
    oyr_lwst: Annotated[PriceValue | None, Field(description="연중최저가 · USD")] = None
    n52wk_hgst_pric: Annotated[PriceValue | None, Field(alias="52wk_hgst_pric", description="52주 최고가 · USD")] = None
    n52wk_lwst_pric: Annotated[PriceValue | None, Field(alias="52wk_lwst_pric", description="52주 최저가 · USD")] = None
    hl_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="최저가/최고가 대비기호")] = None
    hl_pre: Annotated[DecimalValue | None, Field(description="최저가/최고가대비 · USD")] = None
    pre_flu_rt: Annotated[DecimalValue | None, Field(description="대비등락율 · percent")] = None
    base_dt: Annotated[DateValue | None, Field(description="최고/최저일시")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None


class Usa24111Request(KiwoomRequest):
    """
    usa24111 미국주식 최고최저가대비 상승하락(ETF) (US Rise/Fall vs Highest/Lowest (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    sort_tp: Annotated[UsHighLowCompareSortOrBlank | None, Field(description="정렬기준구분")] = None
    dt_tp: Annotated[HighLowLookbackOrBlank | None, Field(description="기간구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24111ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    oyr_hgst: Annotated[PriceValue | None, Field(description="연중최고가 · USD")] = None
    oyr_lwst: Annotated[PriceValue | None, Field(description="연중최저가 · USD")] = None
    n52wk_hgst_pric: Annotated[PriceValue | None, Field(alias="52wk_hgst_pric", description="52주 최고가 · USD")] = None
    n52wk_lwst_pric: Annotated[PriceValue | None, Field(alias="52wk_lwst_pric", description="52주 최저가 · USD")] = None
    hl_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="최저가/최고가 대비기호")] = None
    hl_pre: Annotated[DecimalValue | None, Field(description="최저가/최고가대비 · USD")] = None
    pre_flu_rt: Annotated[DecimalValue | None, Field(description="대비등락율 · percent")] = None
    base_dt: Annotated[DateValue | None, Field(description="최고/최저일시")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None


class Usa24120Request(KiwoomRequest):
    """
    usa24120 미국주식 특정일자 상승/하락 (주식/업종) (US Rise/Fall on Specific Date (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    base_dt: Annotated[DateArgument | None, Field(description="기간")] = None
    sort_tp: Annotated[UsDateRiseFallSortOrBlank | None, Field(description="정렬기준 구분")] = None


class Usa24120ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    base_dt: Annotated[DateValue | None, Field(description="기준일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · thousand_USD")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None


class Usa24121Request(KiwoomRequest):
    """
    usa24121 미국주식 특정일자 상승/하락(ETF) (US Rise/Fall on Specific Date (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    base_dt: Annotated[DateArgument | None, Field(description="기간")] = None
    sort_tp: Annotated[UsDateRiseFallSortOrBlank | None, Field(description="정렬기준 구분")] = None


class Usa24121ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    base_dt: Annotated[DateValue | None, Field(description="기준일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · thousand_USD")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None


class Usa24150Request(KiwoomRequest):
    """
    usa24150 미국주식 회전율 상위(주식/업종) (US Top Turnover Rate (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24150ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="거래회전율 · percent")] = None
    n2d_avg_tern_rt: Annotated[
        DecimalValue | None, Field(alias="2d_avg_tern_rt", description="2일 평균 회전율 · percent")
    ] = None
    n10d_avg_tern_rt: Annotated[
        DecimalValue | None, Field(alias="10d_avg_tern_rt", description="10일 평균 회전율 · percent")
    ] = None
    n20d_avg_tern_rt: Annotated[
        DecimalValue | None, Field(alias="20d_avg_tern_rt", description="20일 평균 회전율 · percent")
    ] = None


class Usa24151Request(KiwoomRequest):
    """
    usa24151 미국주식 회전율 상위(ETF) (US Top Turnover Rate (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24151ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="거래회전율 · percent")] = None
    n2d_avg_tern_rt: Annotated[
        DecimalValue | None, Field(alias="2d_avg_tern_rt", description="2일 평균 회전율 · percent")
    ] = None
    n10d_avg_tern_rt: Annotated[
        DecimalValue | None, Field(alias="10d_avg_tern_rt", description="10일 평균 회전율 · percent")
    ] = None
    n20d_avg_tern_rt: Annotated[
        DecimalValue | None, Field(alias="20d_avg_tern_rt", description="20일 평균 회전율 · percent")
    ] = None


class Usa24160Request(KiwoomRequest):
    """
    usa24160 미국주식 연속상승/하락 순위(주식/업종) (US Consecutive Rise/Fall Ranking (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    sort_tp: Annotated[UsConsecutiveRiseFallSortOrBlank | None, Field(description="정렬기준")] = None


class Usa24160ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    base_close_pric: Annotated[PriceValue | None, Field(description="기준일종가 · USD")] = None
    base_pre_rt: Annotated[DecimalValue | None, Field(description="기준일대비율 · percent")] = None
    conti_dt: Annotated[IntValue | None, Field(description="연속일수 · days")] = None


class Usa24161Request(KiwoomRequest):
    """
    usa24161 미국주식 연속상승/하락 순위(ETF) (US Consecutive Rise/Fall Ranking (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    sort_tp: Annotated[UsConsecutiveRiseFallSortOrBlank | None, Field(description="정렬기준")] = None


class Usa24161ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    base_close_pric: Annotated[PriceValue | None, Field(description="기준일종가 · USD")] = None
    base_pre_rt: Annotated[DecimalValue | None, Field(description="기준일대비율 · percent")] = None
    conti_dt: Annotated[IntValue | None, Field(description="연속일수 · days")] = None


class Usa24162Request(KiwoomRequest):
    """
    usa24162 미국주식 연속상승/하락 순위(관심종목) (US Consecutive Rise/Fall Ranking (Watchlist)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="관심종목")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    sort_tp: Annotated[UsConsecutiveRiseFallSortOrBlank | None, Field(description="정렬기준")] = None


class Usa24162ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    base_close_pric: Annotated[PriceValue | None, Field(description="기준일종가 · USD")] = None
    base_pre_rt: Annotated[DecimalValue | None, Field(description="기준일대비율 · percent")] = None
    conti_dt: Annotated[IntValue | None, Field(description="연속일수 · days")] = None


class Usa24200Request(KiwoomRequest):
    """
    usa24200 미국주식 호가잔량상위(주식/업종) (US Top Order Book Volume (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    sort_tp: Annotated[UsOrderbookTopSortOrBlank | None, Field(description="정렬기준")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24200ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="매도호가총잔량 · shares")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="매수호가총잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="순매수잔량 · shares")] = None
    buy_rt: Annotated[DecimalBy100Value | None, Field(description="매수비율 · percent")] = None
    sel_req: Annotated[IntValue | None, Field(description="순매도잔량 · shares")] = None
    sel_rt: Annotated[DecimalBy100Value | None, Field(description="매도비율 · percent")] = None
    cntr_tm: Annotated[TextValue | None, Field(description="시간")] = None


class Usa24201Request(KiwoomRequest):
    """
    usa24201 미국주식 호가잔량상위(ETF) (US Top Order Book Volume (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    sort_tp: Annotated[UsOrderbookTopSortOrBlank | None, Field(description="정렬기준")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24201ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="매도호가총잔량 · shares")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="매수호가총잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="순매수잔량 · shares")] = None
    buy_rt: Annotated[DecimalBy100Value | None, Field(description="매수비율 · percent")] = None
    sel_req: Annotated[IntValue | None, Field(description="순매도잔량 · shares")] = None
    sel_rt: Annotated[DecimalBy100Value | None, Field(description="매도비율 · percent")] = None
    cntr_tm: Annotated[TextValue | None, Field(description="시간")] = None


class Usa24290Request(KiwoomRequest):
    """
    usa24290 미국주식 주간거래 괴리율 상위(주식/업종) (US Top Day-Session Disparity (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    inds_cls_tp: Annotated[UsIndexMembershipOrBlank | None, Field(description="해외주식업종분류구분")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    sort_tp: Annotated[UsDaytimeDisparitySortOrBlank | None, Field(description="정렬기준 구분")] = None


class Usa24290ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    reg_close_pric: Annotated[PriceValue | None, Field(description="정규장종가 · USD")] = None
    reg_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="정규장대비기호")] = None
    reg_pre: Annotated[DecimalValue | None, Field(description="정규장대비 · USD")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    dispty_rt: Annotated[DecimalValue | None, Field(description="괴리율 · percent")] = None
    cntr_tm: Annotated[TextValue | None, Field(description="체결시간")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    cnt: Annotated[IntValue | None, Field(description="횟수")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None


class Usa24291Request(KiwoomRequest):
    """
    usa24291 미국주식 주간거래 괴리율 상위(ETF) (US Top Day-Session Disparity (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    sort_tp: Annotated[UsDaytimeDisparitySortOrBlank | None, Field(description="정렬기준 구분")] = None


class Usa24291ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    reg_close_pric: Annotated[PriceValue | None, Field(description="정규장종가 · USD")] = None
    reg_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="정규장대비기호")] = None
    reg_pre: Annotated[DecimalValue | None, Field(description="정규장대비 · USD")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    dispty_rt: Annotated[DecimalValue | None, Field(description="괴리율 · percent")] = None
    cntr_tm: Annotated[TextValue | None, Field(description="체결시간")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    cnt: Annotated[IntValue | None, Field(description="횟수")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None


class Usa01980Response(KiwoomResponse):
    """
    usa01980 미국주식 실시간 종목 조회 순위 (US Real-Time Most Viewed Stock Ranking): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa01980
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_date: Annotated[DateValue | None, Field(description="기준날짜")] = None
    base_time: Annotated[ClockTimeValue | None, Field(description="기준시간")] = None
    result_list: Annotated[list[Usa01980ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa01990Response(KiwoomResponse):
    """
    usa01990 미국주식 관심종목 등록 상위 (US Top Watchlist Registrations): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa01990
    """

    result_list: Annotated[list[Usa01990ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20510Response(KiwoomResponse):
    """
    usa20510 미국주식 기간별 등락률상위(주식/업종) (US Top Change Rate by Period (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20510
    """

    result_list: Annotated[list[Usa20510ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20511Response(KiwoomResponse):
    """
    usa20511 미국주식 기간별 등락률상위(ETF) (US Top Change Rate by Period (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20511
    """

    result_list: Annotated[list[Usa20511ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20512Response(KiwoomResponse):
    """
    usa20512 미국주식 기간별 등락률상위(관심종목) (US Top Change Rate by Period (Watchlist)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20512
    """

    result_list: Annotated[list[Usa20512ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20530Response(KiwoomResponse):
    """
    usa20530 미국주식 당일 거래량 상위(주식/업종) (US Top Volume Today (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20530
    """

    result_list: Annotated[list[Usa20530ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20531Response(KiwoomResponse):
    """
    usa20531 미국주식 당일 거래량 상위(ETF) (US Top Volume Today (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20531
    """

    result_list: Annotated[list[Usa20531ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20540Response(KiwoomResponse):
    """
    usa20540 미국주식 당일 거래대금 상위(주식/업종) (US Top Trading Value Today (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20540
    """

    result_list: Annotated[list[Usa20540ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20541Response(KiwoomResponse):
    """
    usa20541 미국주식 당일 거래대금 상위(ETF) (US Top Trading Value Today (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20541
    """

    result_list: Annotated[list[Usa20541ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20550Response(KiwoomResponse):
    """
    usa20550 미국주식 시가총액상위(주식/업종) (US Top Market Cap (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20550
    """

    result_list: Annotated[list[Usa20550ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20551Response(KiwoomResponse):
    """
    usa20551 미국주식 시가총액상위(ETF) (US Top Market Cap (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20551
    """

    result_list: Annotated[list[Usa20551ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20880Response(KiwoomResponse):
    """
    usa20880 키움 거래 상위 종목(미국주식) (Kiwoom Top Traded US Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20880
    """

    result_list: Annotated[list[Usa20880ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20881Response(KiwoomResponse):
    """
    usa20881 키움 거래 상위 종목(미국 ETF) (Kiwoom Top Traded US ETFs): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20881
    """

    result_list: Annotated[list[Usa20881ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20910Response(KiwoomResponse):
    """
    usa20910 미국주식 전일대비 등락률상위(주식/업종) (US Top Change Rate vs Prev Close (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20910
    """

    result_list: Annotated[list[Usa20910ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20911Response(KiwoomResponse):
    """
    usa20911 미국주식 전일대비 등락률상위(ETF) (US Top Change Rate vs Prev Close (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20911
    """

    result_list: Annotated[list[Usa20911ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20920Response(KiwoomResponse):
    """
    usa20920 미국주식 시가대비 등락률상위(주식/업종) (US Top Change Rate vs Open (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20920
    """

    result_list: Annotated[list[Usa20920ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20921Response(KiwoomResponse):
    """
    usa20921 미국주식 시가대비 등락률상위(ETF) (US Top Change Rate vs Open (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20921
    """

    result_list: Annotated[list[Usa20921ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20922Response(KiwoomResponse):
    """
    usa20922 미국주식 시가대비 등락률상위(관심종목) (US Top Change Rate vs Open (Watchlist)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20922
    """

    result_list: Annotated[list[Usa20922ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20940Response(KiwoomResponse):
    """
    usa20940 미국주식 누적 등락률 상위(주식/업종) (US Top Cumulative Change Rate (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20940
    """

    result_list: Annotated[list[Usa20940ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20941Response(KiwoomResponse):
    """
    usa20941 미국주식 누적 등락률 상위(ETF) (US Top Cumulative Change Rate (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20941
    """

    result_list: Annotated[list[Usa20941ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20960Response(KiwoomResponse):
    """
    usa20960 미국주식 전일 거래상위(주식/업종) (US Top Trading Previous Day (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20960
    """

    result_list: Annotated[list[Usa20960ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20961Response(KiwoomResponse):
    """
    usa20961 미국주식 전일 거래상위(ETF) (US Top Trading Previous Day (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20961
    """

    result_list: Annotated[list[Usa20961ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24110Response(KiwoomResponse):
    """
    usa24110 미국주식 최고최저가대비 상승하락(주식/업종) (US Rise/Fall vs Highest/Lowest (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24110
    """

    result_list: Annotated[list[Usa24110ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24111Response(KiwoomResponse):
    """
    usa24111 미국주식 최고최저가대비 상승하락(ETF) (US Rise/Fall vs Highest/Lowest (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24111
    """

    result_list: Annotated[list[Usa24111ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24120Response(KiwoomResponse):
    """
    usa24120 미국주식 특정일자 상승/하락 (주식/업종) (US Rise/Fall on Specific Date (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24120
    """

    result_list: Annotated[list[Usa24120ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24121Response(KiwoomResponse):
    """
    usa24121 미국주식 특정일자 상승/하락(ETF) (US Rise/Fall on Specific Date (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24121
    """

    result_list: Annotated[list[Usa24121ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24150Response(KiwoomResponse):
    """
    usa24150 미국주식 회전율 상위(주식/업종) (US Top Turnover Rate (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24150
    """

    result_list: Annotated[list[Usa24150ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24151Response(KiwoomResponse):
    """
    usa24151 미국주식 회전율 상위(ETF) (US Top Turnover Rate (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24151
    """

    result_list: Annotated[list[Usa24151ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24160Response(KiwoomResponse):
    """
    usa24160 미국주식 연속상승/하락 순위(주식/업종) (US Consecutive Rise/Fall Ranking (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24160
    """

    result_list: Annotated[list[Usa24160ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24161Response(KiwoomResponse):
    """
    usa24161 미국주식 연속상승/하락 순위(ETF) (US Consecutive Rise/Fall Ranking (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24161
    """

    result_list: Annotated[list[Usa24161ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24162Response(KiwoomResponse):
    """
    usa24162 미국주식 연속상승/하락 순위(관심종목) (US Consecutive Rise/Fall Ranking (Watchlist)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24162
    """

    result_list: Annotated[list[Usa24162ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24200Response(KiwoomResponse):
    """
    usa24200 미국주식 호가잔량상위(주식/업종) (US Top Order Book Volume (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24200
    """

    result_list: Annotated[list[Usa24200ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24201Response(KiwoomResponse):
    """
    usa24201 미국주식 호가잔량상위(ETF) (US Top Order Book Volume (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24201
    """

    result_list: Annotated[list[Usa24201ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24290Response(KiwoomResponse):
    """
    usa24290 미국주식 주간거래 괴리율 상위(주식/업종) (US Top Day-Session Disparity (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24290
    """

    result_list: Annotated[list[Usa24290ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24291Response(KiwoomResponse):
    """
    usa24291 미국주식 주간거래 괴리율 상위(ETF) (US Top Day-Session Disparity (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24291
    """

    result_list: Annotated[list[Usa24291ResultListItem], Field(description="결과리스트", validate_default=True)] = []
