# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    DateArgument,
    DecimalValue,
    DirectedRateValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
    TimeValue,
    WholeArgument,
)
from kiwoom_sdk._value_types import (
    AdministrativeIssueInclusionOrBlank,
    AfterHoursStockConditionOrBlank,
    AfterHoursTradingValueOrBlank,
    AfterHoursVolumeConditionOrBlank,
    AmountOrQuantityOrBlank,
    AmountTenMillionOrQuantityThousandOrBlank,
    BaseDateTypeOrBlank,
    BrokerRankPeriodOrBlank,
    BrokerRankVolumeFilterOrBlank,
    BrokerStockRankPeriodOrBlank,
    BuySellRatioTypeOrBlank,
    ChangeRateRankStockConditionOrBlank,
    ChangeRateSortOrBlank,
    CloseOrDateSortOrBlank,
    ConsecutiveNetTradeOrBlank,
    CreditConditionAfterHoursOrBlank,
    CreditConditionOrBlank,
    CreditConditionWithStockLoanOrBlank,
    CreditRatioVolumeFilterOrBlank,
    CreditTypeOrBlank,
    DailyVolumeTopFilterOrBlank,
    ExchangeTypeOrBlank,
    ExpectedExecutionChangeSortOrBlank,
    ExpectedExecutionVolumeConditionOrBlank,
    IncludeLimitPriceOrBlank,
    IncludeUpperLowerLimitOrBlank,
    InstitutionTypeOrBlank,
    KospiOrKosdaqOrBlank,
    MarketOperationTypeOrBlank,
    MarketTypeOrBlank,
    MinPriceConditionOrBlank,
    NetAndGrossSideOrBlank,
    NetBuyBrokerPeriodOrBlank,
    NetBuySellOrBlank,
    NetSellBuyTradeOrBlank,
    NetTradeRankOrderOrBlank,
    NetTradeRankQuantityUnitOrBlank,
    OrderbookSurgeSortOrBlank,
    OrderbookSurgeVolumeFilterOrBlank,
    OrderbookTopSortOrBlank,
    OrderbookTopVolumeFilterOrBlank,
    PreviousDayTop100TypeOrBlank,
    PriceChangeSignValue,
    PriceConditionExtendedOrBlank,
    PriceConditionWithUnder10000OrBlank,
    QuantityOrAmountOrBlank,
    QueryDateInclusionOrBlank,
    QueryPeriodModeOrBlank,
    RankingStockConditionOrBlank,
    RankPeriodOrBlank,
    RemainingOrderSideOrBlank,
    RemainingRatioSurgeVolumeFilterOrBlank,
    TimePointOrBlank,
    TradingValueConditionOrBlank,
    TradingValueFilterOrBlank,
    VolumeConditionOrBlank,
    VolumeSurgeFilterOrBlank,
    VolumeSurgeSortOrBlank,
    VolumeSurgeStockConditionOrBlank,
    VolumeSurgeTimeBasisOrBlank,
    VolumeTopSortOrBlank,
)


class Ka10020BidReqUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="총매도잔량 · shares")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="총매수잔량 · shares")] = None
    netprps_req: Annotated[IntValue | None, Field(description="순매수잔량 · shares")] = None
    buy_rt: Annotated[DecimalValue | None, Field(description="매수비율 · percent")] = None


class Ka10020Request(KiwoomRequest):
    """
    ka10020 호가잔량상위요청 (Top Order Book Volume): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[KospiOrKosdaqOrBlank, Field(description="시장구분")]
    sort_tp: Annotated[OrderbookTopSortOrBlank, Field(description="정렬구분")]
    trde_qty_tp: Annotated[OrderbookTopVolumeFilterOrBlank, Field(description="거래량구분")]
    stk_cnd: Annotated[RankingStockConditionOrBlank, Field(description="종목조건")]
    crd_cnd: Annotated[CreditConditionOrBlank, Field(description="신용조건")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10020Response(KiwoomResponse):
    """
    ka10020 호가잔량상위요청 (Top Order Book Volume): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10020
    """

    bid_req_upper: Annotated[
        list[Ka10020BidReqUpperItem], Field(description="호가잔량상위", validate_default=True)
    ] = []


class Ka10021BidReqSdninItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    int: Annotated[IntValue | None, Field(description="기준량 · shares")] = None
    now: Annotated[IntValue | None, Field(description="현재 · shares")] = None
    sdnin_qty: Annotated[IntValue | None, Field(description="급증수량 · shares")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None
    tot_buy_qty: Annotated[IntValue | None, Field(description="총매수량 · shares")] = None


class Ka10021Request(KiwoomRequest):
    """
    ka10021 호가잔량급증요청 (Order Book Volume Surge): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[KospiOrKosdaqOrBlank, Field(description="시장구분")]
    trde_tp: Annotated[RemainingOrderSideOrBlank, Field(description="매매구분")]
    sort_tp: Annotated[OrderbookSurgeSortOrBlank, Field(description="정렬구분")]
    tm_tp: Annotated[WholeArgument, Field(description="시간구분", max_length=2)]
    trde_qty_tp: Annotated[OrderbookSurgeVolumeFilterOrBlank, Field(description="거래량구분")]
    stk_cnd: Annotated[RankingStockConditionOrBlank, Field(description="종목조건")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10021Response(KiwoomResponse):
    """
    ka10021 호가잔량급증요청 (Order Book Volume Surge): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10021
    """

    bid_req_sdnin: Annotated[
        list[Ka10021BidReqSdninItem], Field(description="호가잔량급증", validate_default=True)
    ] = []


class Ka10022ReqRtSdninItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    int: Annotated[DecimalValue | None, Field(description="기준률 · percent")] = None
    now_rt: Annotated[DecimalValue | None, Field(description="현재비율 · percent")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="총매도잔량 · shares")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="총매수잔량 · shares")] = None


class Ka10022Request(KiwoomRequest):
    """
    ka10022 잔량율급증요청 (Order Book Remaining Ratio Surge): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[KospiOrKosdaqOrBlank, Field(description="시장구분")]
    rt_tp: Annotated[BuySellRatioTypeOrBlank, Field(description="비율구분")]
    tm_tp: Annotated[WholeArgument, Field(description="시간구분", max_length=2)]
    trde_qty_tp: Annotated[RemainingRatioSurgeVolumeFilterOrBlank, Field(description="거래량구분")]
    stk_cnd: Annotated[RankingStockConditionOrBlank, Field(description="종목조건")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10022Response(KiwoomResponse):
    """
    ka10022 잔량율급증요청 (Order Book Remaining Ratio Surge): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10022
    """

    req_rt_sdnin: Annotated[list[Ka10022ReqRtSdninItem], Field(description="잔량율급증", validate_default=True)] = []


class Ka10023Request(KiwoomRequest):
    """
    ka10023 거래량급증요청 (Trading Volume Surge): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    sort_tp: Annotated[VolumeSurgeSortOrBlank, Field(description="정렬구분")]
    tm_tp: Annotated[VolumeSurgeTimeBasisOrBlank, Field(description="시간구분")]
    trde_qty_tp: Annotated[VolumeSurgeFilterOrBlank, Field(description="거래량구분")]
    tm: Annotated[WholeArgument | None, Field(description="시간", max_length=2)] = None
    stk_cnd: Annotated[VolumeSurgeStockConditionOrBlank, Field(description="종목조건")]
    pric_tp: Annotated[MinPriceConditionOrBlank, Field(description="가격구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10023TrdeQtySdninItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    prev_trde_qty: Annotated[IntValue | None, Field(description="이전거래량 · shares")] = None
    now_trde_qty: Annotated[IntValue | None, Field(description="현재거래량 · shares")] = None
    sdnin_qty: Annotated[IntValue | None, Field(description="급증량 · shares")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None


class Ka10027PredPreFluRtUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cls: Annotated[TextValue | None, Field(description="종목분류")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None
    now_trde_qty: Annotated[IntValue | None, Field(description="현재거래량 · shares")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    cnt: Annotated[IntValue | None, Field(description="횟수")] = None


class Ka10027Request(KiwoomRequest):
    """
    ka10027 전일대비등락률상위요청 (Top Change Rate vs Previous Close): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    sort_tp: Annotated[ChangeRateSortOrBlank, Field(description="정렬구분")]
    trde_qty_cnd: Annotated[VolumeConditionOrBlank, Field(description="거래량조건")]
    stk_cnd: Annotated[ChangeRateRankStockConditionOrBlank, Field(description="종목조건")]
    crd_cnd: Annotated[CreditConditionOrBlank, Field(description="신용조건")]
    updown_incls: Annotated[IncludeLimitPriceOrBlank, Field(description="상하한포함")]
    pric_cnd: Annotated[PriceConditionWithUnder10000OrBlank, Field(description="가격조건")]
    trde_prica_cnd: Annotated[TradingValueConditionOrBlank, Field(description="거래대금조건")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10027Response(KiwoomResponse):
    """
    ka10027 전일대비등락률상위요청 (Top Change Rate vs Previous Close): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10027
    """

    pred_pre_flu_rt_upper: Annotated[
        list[Ka10027PredPreFluRtUpperItem], Field(description="전일대비등락률상위", validate_default=True)
    ] = []


class Ka10029ExpCntrFluRtUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    exp_cntr_pric: Annotated[PriceValue | None, Field(description="예상체결가 · KRW")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    exp_cntr_qty: Annotated[IntValue | None, Field(description="예상체결량 · shares")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None


class Ka10029Request(KiwoomRequest):
    """
    ka10029 예상체결등락률상위요청 (Top Expected Execution Change Rate): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    sort_tp: Annotated[ExpectedExecutionChangeSortOrBlank, Field(description="정렬구분")]
    trde_qty_cnd: Annotated[ExpectedExecutionVolumeConditionOrBlank, Field(description="거래량조건")]
    stk_cnd: Annotated[ChangeRateRankStockConditionOrBlank, Field(description="종목조건")]
    crd_cnd: Annotated[CreditConditionWithStockLoanOrBlank, Field(description="신용조건")]
    pric_cnd: Annotated[PriceConditionWithUnder10000OrBlank, Field(description="가격조건")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10029Response(KiwoomResponse):
    """
    ka10029 예상체결등락률상위요청 (Top Expected Execution Change Rate): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10029
    """

    exp_cntr_flu_rt_upper: Annotated[
        list[Ka10029ExpCntrFluRtUpperItem], Field(description="예상체결등락률상위", validate_default=True)
    ] = []


class Ka10030Request(KiwoomRequest):
    """
    ka10030 당일거래량상위요청 (Top Trading Volume Today): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    sort_tp: Annotated[VolumeTopSortOrBlank, Field(description="정렬구분")]
    mang_stk_incls: Annotated[ChangeRateRankStockConditionOrBlank, Field(description="관리종목포함")]
    crd_tp: Annotated[CreditTypeOrBlank, Field(description="신용구분")]
    trde_qty_tp: Annotated[DailyVolumeTopFilterOrBlank, Field(description="거래량구분")]
    pric_tp: Annotated[PriceConditionExtendedOrBlank, Field(description="가격구분")]
    trde_prica_tp: Annotated[TradingValueFilterOrBlank, Field(description="거래대금구분")]
    mrkt_open_tp: Annotated[MarketOperationTypeOrBlank, Field(description="장운영구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10030TdyTrdeQtyUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pred_rt: Annotated[DirectedRateValue | None, Field(description="전일비 · percent")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="거래회전율 · percent")] = None
    trde_amt: Annotated[IntValue | None, Field(description="거래금액 · KRW_million")] = None
    opmr_trde_qty: Annotated[IntValue | None, Field(description="장중거래량 · shares")] = None
    opmr_pred_rt: Annotated[DirectedRateValue | None, Field(description="장중전일비")] = None
    opmr_trde_rt: Annotated[DecimalValue | None, Field(description="장중거래회전율")] = None
    opmr_trde_amt: Annotated[IntValue | None, Field(description="장중거래금액 · KRW_million")] = None
    af_mkrt_trde_qty: Annotated[IntValue | None, Field(description="장후거래량 · shares")] = None
    af_mkrt_pred_rt: Annotated[DirectedRateValue | None, Field(description="장후전일비 · percent")] = None
    af_mkrt_trde_rt: Annotated[DecimalValue | None, Field(description="장후거래회전율 · percent")] = None
    af_mkrt_trde_amt: Annotated[IntValue | None, Field(description="장후거래금액 · KRW_million")] = None
    bf_mkrt_trde_qty: Annotated[IntValue | None, Field(description="장전거래량 · shares")] = None
    bf_mkrt_pred_rt: Annotated[DirectedRateValue | None, Field(description="장전전일비 · percent")] = None
    bf_mkrt_trde_rt: Annotated[DecimalValue | None, Field(description="장전거래회전율 · percent")] = None
    bf_mkrt_trde_amt: Annotated[IntValue | None, Field(description="장전거래금액 · KRW_million")] = None


class Ka10031PredTrdeQtyUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None


class Ka10031Request(KiwoomRequest):
    """
    ka10031 전일거래량상위요청 (Top Trading Volume Previous Day): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    qry_tp: Annotated[PreviousDayTop100TypeOrBlank, Field(description="조회구분")]
    rank_strt: Annotated[WholeArgument, Field(description="순위시작", max_length=3)]
    rank_end: Annotated[WholeArgument, Field(description="순위끝", max_length=3)]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10031Response(KiwoomResponse):
    """
    ka10031 전일거래량상위요청 (Top Trading Volume Previous Day): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10031
    """

    pred_trde_qty_upper: Annotated[
        list[Ka10031PredTrdeQtyUpperItem], Field(description="전일거래량상위", validate_default=True)
    ] = []


class Ka10032Request(KiwoomRequest):
    """
    ka10032 거래대금상위요청 (Top Trading Value): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    mang_stk_incls: Annotated[AdministrativeIssueInclusionOrBlank, Field(description="관리종목포함")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10032TrdePricaUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    now_rank: Annotated[IntValue | None, Field(description="현재순위")] = None
    pred_rank: Annotated[IntValue | None, Field(description="전일순위")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    now_trde_qty: Annotated[IntValue | None, Field(description="현재거래량 · shares")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None


class Ka10033CrdRtUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_infr: Annotated[TextValue | None, Field(description="종목정보")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    crd_rt: Annotated[DecimalValue | None, Field(description="신용비율 · percent")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None
    now_trde_qty: Annotated[IntValue | None, Field(description="현재거래량 · shares")] = None


class Ka10033Request(KiwoomRequest):
    """
    ka10033 신용비율상위요청 (Top Credit Ratio): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    trde_qty_tp: Annotated[CreditRatioVolumeFilterOrBlank, Field(description="거래량구분")]
    stk_cnd: Annotated[RankingStockConditionOrBlank, Field(description="종목조건")]
    updown_incls: Annotated[IncludeUpperLowerLimitOrBlank, Field(description="상하한포함")]
    crd_cnd: Annotated[CreditConditionOrBlank, Field(description="신용조건")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10033Response(KiwoomResponse):
    """
    ka10033 신용비율상위요청 (Top Credit Ratio): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10033
    """

    crd_rt_upper: Annotated[list[Ka10033CrdRtUpperItem], Field(description="신용비율상위", validate_default=True)] = []


class Ka10034ForDtTrdeUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    netprps_qty: Annotated[IntValue | None, Field(description="순매수량 · shares")] = None
    gain_pos_stkcnt: Annotated[IntValue | None, Field(description="취득가능주식수 · shares")] = None


class Ka10034Request(KiwoomRequest):
    """
    ka10034 외인기간별매매상위요청 (Top Foreign Trading by Period): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    trde_tp: Annotated[NetSellBuyTradeOrBlank, Field(description="매매구분")]
    dt: Annotated[RankPeriodOrBlank, Field(description="기간")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10034Response(KiwoomResponse):
    """
    ka10034 외인기간별매매상위요청 (Top Foreign Trading by Period): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10034
    """

    for_dt_trde_upper: Annotated[
        list[Ka10034ForDtTrdeUpperItem], Field(description="외인기간별매매상위", validate_default=True)
    ] = []


class Ka10035ForContNettrdeUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    dm1: Annotated[IntValue | None, Field(description="D-1 · shares")] = None
    dm2: Annotated[IntValue | None, Field(description="D-2 · shares")] = None
    dm3: Annotated[IntValue | None, Field(description="D-3 · shares")] = None
    tot: Annotated[IntValue | None, Field(description="합계 · shares")] = None
    limit_exh_rt: Annotated[DecimalValue | None, Field(description="한도소진율 · percent")] = None
    pred_pre_1: Annotated[IntValue | None, Field(description="전일대비1")] = None
    pred_pre_2: Annotated[IntValue | None, Field(description="전일대비2")] = None
    pred_pre_3: Annotated[IntValue | None, Field(description="전일대비3")] = None


class Ka10035Request(KiwoomRequest):
    """
    ka10035 외인연속순매매상위요청 (Top Foreign Consecutive Net Trading): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    trde_tp: Annotated[ConsecutiveNetTradeOrBlank, Field(description="매매구분")]
    base_dt_tp: Annotated[BaseDateTypeOrBlank, Field(description="기준일구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10035Response(KiwoomResponse):
    """
    ka10035 외인연속순매매상위요청 (Top Foreign Consecutive Net Trading): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10035
    """

    for_cont_nettrde_upper: Annotated[
        list[Ka10035ForContNettrdeUpperItem], Field(description="외인연속순매매상위", validate_default=True)
    ] = []


class Ka10036ForLimitExhRtIncrsUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    poss_stkcnt: Annotated[IntValue | None, Field(description="보유주식수 · shares")] = None
    gain_pos_stkcnt: Annotated[IntValue | None, Field(description="취득가능주식수 · shares")] = None
    base_limit_exh_rt: Annotated[DecimalValue | None, Field(description="기준한도소진율 · percent")] = None
    limit_exh_rt: Annotated[DecimalValue | None, Field(description="한도소진율 · percent")] = None
    exh_rt_incrs: Annotated[DecimalValue | None, Field(description="소진율증가 · percent")] = None


class Ka10036Request(KiwoomRequest):
    """
    ka10036 외인한도소진율증가상위 (Top Foreign Limit Exhaustion Rate Increase): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    dt: Annotated[RankPeriodOrBlank, Field(description="기간")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10036Response(KiwoomResponse):
    """
    ka10036 외인한도소진율증가상위 (Top Foreign Limit Exhaustion Rate Increase): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10036
    """

    for_limit_exh_rt_incrs_upper: Annotated[
        list[Ka10036ForLimitExhRtIncrsUpperItem], Field(description="외인한도소진율증가상위", validate_default=True)
    ] = []


class Ka10037FrgnWicketTrdeUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    sel_trde_qty: Annotated[IntValue | None, Field(description="매도거래량 · shares")] = None
    buy_trde_qty: Annotated[IntValue | None, Field(description="매수거래량 · shares")] = None
    netprps_trde_qty: Annotated[IntValue | None, Field(description="순매수거래량 · shares")] = None
    netprps_prica: Annotated[IntValue | None, Field(description="순매수대금 · KRW_million")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None


class Ka10037Request(KiwoomRequest):
    """
    ka10037 외국계창구매매상위요청 (Top Foreign Broker Desk Trading): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    dt: Annotated[RankPeriodOrBlank, Field(description="기간")]
    trde_tp: Annotated[NetAndGrossSideOrBlank, Field(description="매매구분")]
    sort_tp: Annotated[AmountOrQuantityOrBlank, Field(description="정렬구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10037Response(KiwoomResponse):
    """
    ka10037 외국계창구매매상위요청 (Top Foreign Broker Desk Trading): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10037
    """

    frgn_wicket_trde_upper: Annotated[
        list[Ka10037FrgnWicketTrdeUpperItem], Field(description="외국계창구매매상위", validate_default=True)
    ] = []


class Ka10038Request(KiwoomRequest):
    """
    ka10038 종목별증권사순위요청 (Broker Ranking by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    qry_tp: Annotated[NetTradeRankOrderOrBlank, Field(description="조회구분")]
    dt: Annotated[BrokerStockRankPeriodOrBlank | None, Field(description="기간")] = None


class Ka10038StkSecRankItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mmcm_nm: Annotated[TextValue | None, Field(description="회원사명")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · shares")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None
    acc_netprps_qty: Annotated[IntValue | None, Field(description="누적순매수수량 · shares")] = None


class Ka10039Request(KiwoomRequest):
    """
    ka10039 증권사별매매상위요청 (Top Trading by Broker): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mmcm_cd: Annotated[TextArgument, Field(description="회원사코드", max_length=3)]
    trde_qty_tp: Annotated[BrokerRankVolumeFilterOrBlank, Field(description="거래량구분")]
    trde_tp: Annotated[NetBuySellOrBlank, Field(description="매매구분")]
    dt: Annotated[BrokerRankPeriodOrBlank, Field(description="기간")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10039SecTrdeUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    prid_stkpc_flu: Annotated[IntValue | None, Field(description="기간중주가등락 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    prid_trde_qty: Annotated[IntValue | None, Field(description="기간중거래량 · shares")] = None
    netprps: Annotated[IntValue | None, Field(description="순매수 · shares")] = None
    buy_trde_qty: Annotated[IntValue | None, Field(description="매수거래량 · shares")] = None
    sel_trde_qty: Annotated[IntValue | None, Field(description="매도거래량 · shares")] = None
    netprps_amt: Annotated[IntValue | None, Field(description="순매수금액 · KRW_thousand")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금액 · KRW_thousand")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금액 · KRW_thousand")] = None


class Ka10040Request(KiwoomRequest):
    """
    ka10040 당일주요거래원요청 (Today's Major Brokers): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10040TdyMainTrdeOriItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sel_scesn_tm: Annotated[TimeValue | None, Field(description="매도이탈시간")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None
    sel_upper_scesn_ori: Annotated[TextValue | None, Field(description="매도상위이탈원")] = None
    buy_scesn_tm: Annotated[TimeValue | None, Field(description="매수이탈시간")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량")] = None
    buy_upper_scesn_ori: Annotated[TextValue | None, Field(description="매수상위이탈원")] = None
    qry_dt: Annotated[TextValue | None, Field(description="조회일자")] = None
    qry_tm: Annotated[TextValue | None, Field(description="조회시간")] = None


class Ka10042NetprpsTrdeOriRankItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mmcm_cd: Annotated[TextValue | None, Field(description="회원사코드")] = None
    mmcm_nm: Annotated[TextValue | None, Field(description="회원사명")] = None


class Ka10042Request(KiwoomRequest):
    """
    ka10042 순매수거래원순위요청 (Net Buy Broker Ranking): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    qry_dt_tp: Annotated[QueryPeriodModeOrBlank, Field(description="조회기간구분")]
    pot_tp: Annotated[TimePointOrBlank, Field(description="시점구분")]
    dt: Annotated[NetBuyBrokerPeriodOrBlank | None, Field(description="기간")] = None
    sort_base: Annotated[CloseOrDateSortOrBlank, Field(description="정렬기준")]


class Ka10042Response(KiwoomResponse):
    """
    ka10042 순매수거래원순위요청 (Net Buy Broker Ranking): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10042
    """

    netprps_trde_ori_rank: Annotated[
        list[Ka10042NetprpsTrdeOriRankItem], Field(description="순매수거래원순위", validate_default=True)
    ] = []


class Ka10053Request(KiwoomRequest):
    """
    ka10053 당일상위이탈원요청 (Today's Top Broker Exits): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10053TdyUpperScesnOriItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sel_scesn_tm: Annotated[TimeValue | None, Field(description="매도이탈시간")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None
    sel_upper_scesn_ori: Annotated[TextValue | None, Field(description="매도상위이탈원")] = None
    buy_scesn_tm: Annotated[TimeValue | None, Field(description="매수이탈시간")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · shares")] = None
    buy_upper_scesn_ori: Annotated[TextValue | None, Field(description="매수상위이탈원")] = None
    qry_dt: Annotated[TextValue | None, Field(description="조회일자")] = None
    qry_tm: Annotated[TextValue | None, Field(description="조회시간")] = None


class Ka10062EqlNettrdeRankItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    orgn_nettrde_qty: Annotated[
        IntValue | None, Field(description="기관순매매수량 · shares when unit_tp=1, thousand_shares when unit_tp=1000")
    ] = None
    orgn_nettrde_amt: Annotated[IntValue | None, Field(description="기관순매매금액 · KRW_million")] = None
    orgn_nettrde_avg_pric: Annotated[PriceValue | None, Field(description="기관순매매평균가 · KRW")] = None
    for_nettrde_qty: Annotated[
        IntValue | None, Field(description="외인순매매수량 · shares when unit_tp=1, thousand_shares when unit_tp=1000")
    ] = None
    for_nettrde_amt: Annotated[IntValue | None, Field(description="외인순매매금액 · KRW_million")] = None
    for_nettrde_avg_pric: Annotated[PriceValue | None, Field(description="외인순매매평균가 · KRW")] = None
    nettrde_qty: Annotated[
        IntValue | None, Field(description="순매매수량 · shares when unit_tp=1, thousand_shares when unit_tp=1000")
    ] = None
    nettrde_amt: Annotated[IntValue | None, Field(description="순매매금액 · KRW_million")] = None


class Ka10062Request(KiwoomRequest):
    """
    ka10062 동일순매매순위요청 (Same-Direction Net Trading Ranking): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    trde_tp: Annotated[NetBuySellOrBlank, Field(description="매매구분")]
    sort_cnd: Annotated[QuantityOrAmountOrBlank, Field(description="정렬조건")]
    unit_tp: Annotated[NetTradeRankQuantityUnitOrBlank, Field(description="단위구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10062Response(KiwoomResponse):
    """
    ka10062 동일순매매순위요청 (Same-Direction Net Trading Ranking): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10062
    """

    eql_nettrde_rank: Annotated[
        list[Ka10062EqlNettrdeRankItem], Field(description="동일순매매순위", validate_default=True)
    ] = []


class Ka10065OpmrInvsrTrdeUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    sel_qty: Annotated[
        IntValue | None, Field(description="매도금액/매도량 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    buy_qty: Annotated[
        IntValue | None, Field(description="매수금액/매수량 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    netslmt: Annotated[
        IntValue | None, Field(description="순매수/순매도 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None


class Ka10065Request(KiwoomRequest):
    """
    ka10065 장중투자자별매매상위요청 (Top Intraday Trading by Investor): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    trde_tp: Annotated[NetBuySellOrBlank, Field(description="매매구분")]
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    orgn_tp: Annotated[InstitutionTypeOrBlank, Field(description="기관구분")]
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank | None, Field(description="금액수량구분")] = None


class Ka10065Response(KiwoomResponse):
    """
    ka10065 장중투자자별매매상위요청 (Top Intraday Trading by Investor): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10065
    """

    opmr_invsr_trde_upper: Annotated[
        list[Ka10065OpmrInvsrTrdeUpperItem], Field(description="장중투자자별매매상위", validate_default=True)
    ] = []


class Ka10098OvtSigpricFluRtRankItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_tot_req: Annotated[IntValue | None, Field(description="매도총잔량 · shares")] = None
    buy_tot_req: Annotated[IntValue | None, Field(description="매수총잔량 · shares")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · KRW_million")] = None
    tdy_close_pric: Annotated[PriceValue | None, Field(description="당일종가 · KRW")] = None
    tdy_close_pric_flu_rt: Annotated[DecimalValue | None, Field(description="당일종가등락률 · percent")] = None


class Ka10098Request(KiwoomRequest):
    """
    ka10098 시간외단일가등락율순위요청 (After-Hours Single Price Change Rate Ranking): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    sort_base: Annotated[ChangeRateSortOrBlank, Field(description="정렬기준")]
    stk_cnd: Annotated[AfterHoursStockConditionOrBlank, Field(description="종목조건")]
    trde_qty_cnd: Annotated[AfterHoursVolumeConditionOrBlank, Field(description="거래량조건")]
    crd_cnd: Annotated[CreditConditionAfterHoursOrBlank, Field(description="신용조건")]
    trde_prica: Annotated[AfterHoursTradingValueOrBlank, Field(description="거래대금")]


class Ka10098Response(KiwoomResponse):
    """
    ka10098 시간외단일가등락율순위요청 (After-Hours Single Price Change Rate Ranking): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10098
    """

    ovt_sigpric_flu_rt_rank: Annotated[
        list[Ka10098OvtSigpricFluRtRankItem], Field(description="시간외단일가등락율순위", validate_default=True)
    ] = []


class Ka90009FrgnrOrgnTrdeUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    for_netslmt_stk_cd: Annotated[TextValue | None, Field(description="외인순매도종목코드")] = None
    for_netslmt_stk_nm: Annotated[TextValue | None, Field(description="외인순매도종목명")] = None
    for_netslmt_amt: Annotated[IntValue | None, Field(description="외인순매도금액 · KRW_10million")] = None
    for_netslmt_qty: Annotated[IntValue | None, Field(description="외인순매도수량 · thousand_shares")] = None
    for_netprps_stk_cd: Annotated[TextValue | None, Field(description="외인순매수종목코드")] = None
    for_netprps_stk_nm: Annotated[TextValue | None, Field(description="외인순매수종목명")] = None
    for_netprps_amt: Annotated[IntValue | None, Field(description="외인순매수금액 · KRW_10million")] = None
    for_netprps_qty: Annotated[IntValue | None, Field(description="외인순매수수량 · thousand_shares")] = None
    orgn_netslmt_stk_cd: Annotated[TextValue | None, Field(description="기관순매도종목코드")] = None
    orgn_netslmt_stk_nm: Annotated[TextValue | None, Field(description="기관순매도종목명")] = None
    orgn_netslmt_amt: Annotated[IntValue | None, Field(description="기관순매도금액 · KRW_10million")] = None
    orgn_netslmt_qty: Annotated[IntValue | None, Field(description="기관순매도수량 · thousand_shares")] = None
    orgn_netprps_stk_cd: Annotated[TextValue | None, Field(description="기관순매수종목코드")] = None
    orgn_netprps_stk_nm: Annotated[TextValue | None, Field(description="기관순매수종목명")] = None
    orgn_netprps_amt: Annotated[IntValue | None, Field(description="기관순매수금액 · KRW_10million")] = None
    orgn_netprps_qty: Annotated[IntValue | None, Field(description="기관순매수수량 · thousand_shares")] = None


class Ka90009Request(KiwoomRequest):
    """
    ka90009 외국인기관매매상위요청 (Top Foreign/Institution Trading): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    amt_qty_tp: Annotated[AmountTenMillionOrQuantityThousandOrBlank, Field(description="금액수량구분")]
    qry_dt_tp: Annotated[QueryDateInclusionOrBlank, Field(description="조회일자구분")]
    date: Annotated[DateArgument | None, Field(description="날짜", max_length=8)] = None
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90009Response(KiwoomResponse):
    """
    ka90009 외국인기관매매상위요청 (Top Foreign/Institution Trading): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka90009
    """

    frgnr_orgn_trde_upper: Annotated[
        list[Ka90009FrgnrOrgnTrdeUpperItem], Field(description="외국인기관매매상위", validate_default=True)
    ] = []


class Ka10023Response(KiwoomResponse):
    """
    ka10023 거래량급증요청 (Trading Volume Surge): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10023
    """

    trde_qty_sdnin: Annotated[
        list[Ka10023TrdeQtySdninItem], Field(description="거래량급증", validate_default=True)
    ] = []


class Ka10030Response(KiwoomResponse):
    """
    ka10030 당일거래량상위요청 (Top Trading Volume Today): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10030
    """

    tdy_trde_qty_upper: Annotated[
        list[Ka10030TdyTrdeQtyUpperItem], Field(description="당일거래량상위", validate_default=True)
    ] = []


class Ka10032Response(KiwoomResponse):
    """
    ka10032 거래대금상위요청 (Top Trading Value): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10032
    """

    trde_prica_upper: Annotated[
        list[Ka10032TrdePricaUpperItem], Field(description="거래대금상위", validate_default=True)
    ] = []


class Ka10038Response(KiwoomResponse):
    """
    ka10038 종목별증권사순위요청 (Broker Ranking by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10038
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank_1: Annotated[IntValue | None, Field(description="기간별 누적 매수량 · shares")] = None
    rank_2: Annotated[IntValue | None, Field(description="기간별 누적 매도량 · shares")] = None
    rank_3: Annotated[IntValue | None, Field(description="기간별 누적 순매수 · shares")] = None
    prid_trde_qty: Annotated[IntValue | None, Field(description="기간중거래량 · shares")] = None
    stk_sec_rank: Annotated[
        list[Ka10038StkSecRankItem], Field(description="종목별증권사순위", validate_default=True)
    ] = []


class Ka10039Response(KiwoomResponse):
    """
    ka10039 증권사별매매상위요청 (Top Trading by Broker): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10039
    """

    sec_trde_upper: Annotated[
        list[Ka10039SecTrdeUpperItem], Field(description="증권사별매매상위", validate_default=True)
    ] = []


class Ka10040Response(KiwoomResponse):
    """
    ka10040 당일주요거래원요청 (Today's Major Brokers): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10040
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sel_trde_ori_irds_1: Annotated[IntValue | None, Field(description="매도거래원별증감1 · shares")] = None
    sel_trde_ori_qty_1: Annotated[IntValue | None, Field(description="매도거래원수량1 · shares")] = None
    sel_trde_ori_1: Annotated[TextValue | None, Field(description="매도거래원1")] = None
    sel_trde_ori_cd_1: Annotated[TextValue | None, Field(description="매도거래원코드1")] = None
    buy_trde_ori_1: Annotated[TextValue | None, Field(description="매수거래원1")] = None
    buy_trde_ori_cd_1: Annotated[TextValue | None, Field(description="매수거래원코드1")] = None
    buy_trde_ori_qty_1: Annotated[IntValue | None, Field(description="매수거래원수량1 · shares")] = None
    buy_trde_ori_irds_1: Annotated[IntValue | None, Field(description="매수거래원별증감1 · shares")] = None
    sel_trde_ori_irds_2: Annotated[IntValue | None, Field(description="매도거래원별증감2 · shares")] = None
    sel_trde_ori_qty_2: Annotated[IntValue | None, Field(description="매도거래원수량2 · shares")] = None
    sel_trde_ori_2: Annotated[TextValue | None, Field(description="매도거래원2")] = None
    sel_trde_ori_cd_2: Annotated[TextValue | None, Field(description="매도거래원코드2")] = None
    buy_trde_ori_2: Annotated[TextValue | None, Field(description="매수거래원2")] = None
    buy_trde_ori_cd_2: Annotated[TextValue | None, Field(description="매수거래원코드2")] = None
    buy_trde_ori_qty_2: Annotated[IntValue | None, Field(description="매수거래원수량2 · shares")] = None
    buy_trde_ori_irds_2: Annotated[IntValue | None, Field(description="매수거래원별증감2 · shares")] = None
    sel_trde_ori_irds_3: Annotated[IntValue | None, Field(description="매도거래원별증감3 · shares")] = None
    sel_trde_ori_qty_3: Annotated[IntValue | None, Field(description="매도거래원수량3 · shares")] = None
    sel_trde_ori_3: Annotated[TextValue | None, Field(description="매도거래원3")] = None
    sel_trde_ori_cd_3: Annotated[TextValue | None, Field(description="매도거래원코드3")] = None
    buy_trde_ori_3: Annotated[TextValue | None, Field(description="매수거래원3")] = None
    buy_trde_ori_cd_3: Annotated[TextValue | None, Field(description="매수거래원코드3")] = None
    buy_trde_ori_qty_3: Annotated[IntValue | None, Field(description="매수거래원수량3 · shares")] = None
    buy_trde_ori_irds_3: Annotated[IntValue | None, Field(description="매수거래원별증감3 · shares")] = None
    sel_trde_ori_irds_4: Annotated[IntValue | None, Field(description="매도거래원별증감4 · shares")] = None
    sel_trde_ori_qty_4: Annotated[IntValue | None, Field(description="매도거래원수량4 · shares")] = None
    sel_trde_ori_4: Annotated[TextValue | None, Field(description="매도거래원4")] = None
    sel_trde_ori_cd_4: Annotated[TextValue | None, Field(description="매도거래원코드4")] = None
    buy_trde_ori_4: Annotated[TextValue | None, Field(description="매수거래원4")] = None
    buy_trde_ori_cd_4: Annotated[TextValue | None, Field(description="매수거래원코드4")] = None
    buy_trde_ori_qty_4: Annotated[IntValue | None, Field(description="매수거래원수량4 · shares")] = None
    buy_trde_ori_irds_4: Annotated[IntValue | None, Field(description="매수거래원별증감4 · shares")] = None
    sel_trde_ori_irds_5: Annotated[IntValue | None, Field(description="매도거래원별증감5 · shares")] = None
    sel_trde_ori_qty_5: Annotated[IntValue | None, Field(description="매도거래원수량5 · shares")] = None
    sel_trde_ori_5: Annotated[TextValue | None, Field(description="매도거래원5")] = None
    sel_trde_ori_cd_5: Annotated[TextValue | None, Field(description="매도거래원코드5")] = None
    buy_trde_ori_5: Annotated[TextValue | None, Field(description="매수거래원5")] = None
    buy_trde_ori_cd_5: Annotated[TextValue | None, Field(description="매수거래원코드5")] = None
    buy_trde_ori_qty_5: Annotated[IntValue | None, Field(description="매수거래원수량5 · shares")] = None
    buy_trde_ori_irds_5: Annotated[IntValue | None, Field(description="매수거래원별증감5 · shares")] = None
    frgn_sel_prsm_sum_chang: Annotated[IntValue | None, Field(description="외국계매도추정합변동 · shares")] = None
    frgn_sel_prsm_sum: Annotated[IntValue | None, Field(description="외국계매도추정합 · shares")] = None
    frgn_buy_prsm_sum: Annotated[IntValue | None, Field(description="외국계매수추정합 · shares")] = None
    frgn_buy_prsm_sum_chang: Annotated[IntValue | None, Field(description="외국계매수추정합변동 · shares")] = None
    tdy_main_trde_ori: Annotated[
        list[Ka10040TdyMainTrdeOriItem], Field(description="당일주요거래원", validate_default=True)
    ] = []


class Ka10053Response(KiwoomResponse):
    """
    ka10053 당일상위이탈원요청 (Today's Top Broker Exits): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10053
    """

    tdy_upper_scesn_ori: Annotated[
        list[Ka10053TdyUpperScesnOriItem], Field(description="당일상위이탈원", validate_default=True)
    ] = []
