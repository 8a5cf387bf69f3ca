# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    DateArgument,
    DateValue,
    DecimalArgument,
    DecimalValue,
    DirectedRateValue,
    FlagValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
    TimeValue,
    WholeArgument,
)
from kiwoom_sdk._value_types import (
    AmountOrQuantityOrBlank,
    CloseOrDateSortOrBlank,
    ComparePriceBasisOrBlank,
    CreditConditionOrBlank,
    CreditLimitExceededTextValue,
    CreditLoanMarketTypeOrBlank,
    CreditStockGradeOrBlank,
    CurrentPriceEntryInclusionOrBlank,
    CycleDaysOrBlank,
    DecimalBy100Value,
    ExchangeTypeOrBlank,
    ExecutionDayTypeOrBlank,
    HighLowOrCloseBasisOrBlank,
    HighOrLowOrBlank,
    IncludeFlagOrBlank,
    IncludeLimitPriceOrBlank,
    IndustryMarketTypeWithKrx100OrBlank,
    IndustryMarketTypeWithKrx100Value,
    InvestmentCautionStatusValue,
    InvestorQuantityUnitOrBlank,
    InvestorTradeTypeOrBlank,
    InvestorTypeOrBlank,
    KospiOrKosdaqOrBlank,
    LoanOrStockLoanOrBlank,
    MarketSecurityTypeOrBlank,
    MarketSecurityTypeValue,
    MarketSessionOrBlank,
    MarketTypeOrBlank,
    MarketTypeOrStockOrBlank,
    MarketTypeWithKospi200OrBlank,
    MinutesOrDaysAgoOrBlank,
    NetBuyBrokerPeriodOrBlank,
    NetBuyOnlyOrBlank,
    NetSellBuyOrBlank,
    NewHighOrLowOrBlank,
    NxtAvailableValue,
    OpenChangeStockConditionOrBlank,
    OpenChangeVolumeConditionOrBlank,
    PriceChangeSignValue,
    PriceConditionStandardOrBlank,
    ProgramMarketCodeOrBlank,
    ProgramNetTradeTopOrBlank,
    ProximityRateOrBlank,
    QueryPeriodModeOrBlank,
    QueryRankIntervalOrBlank,
    RankChangeSymbolValue,
    StockConditionOrBlank,
    SupplyZoneCycleDaysOrBlank,
    SurgeOrPlungeOrBlank,
    TickOrMinuteOrBlank,
    TimePointOrBlank,
    TopOrBottomOrBlank,
    TradePriceConditionOrBlank,
    TradingValueConditionOrBlank,
    UpperLowerLimitSortOrBlank,
    UpperLowerLimitStockConditionOrBlank,
    UpperLowerLimitTypeOrBlank,
    UseFlagOrBlank,
    ValuationRankTypeOrBlank,
    ViTriggerDirectionOrBlank,
    ViTriggerTypeOrBlank,
    VolumeFilterOrBlank,
    VolumeSurgeFilterOrBlank,
)


class Ka00198ItemInqRankItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    bigd_rank: Annotated[IntValue | None, Field(description="빅데이터 순위")] = None
    rank_chg: Annotated[IntValue | None, Field(description="순위 등락")] = None
    rank_chg_sign: Annotated[RankChangeSymbolValue | None, Field(description="순위 등락 부호")] = None
    past_curr_prc: Annotated[PriceValue | None, Field(description="과거 현재가 · KRW")] = None
    base_comp_sign: Annotated[PriceChangeSignValue | None, Field(description="기준가 대비 부호")] = None
    base_comp_chgr: Annotated[DecimalValue | None, Field(description="기준가 대비 등락율 · percent")] = None
    prev_base_sign: Annotated[PriceChangeSignValue | None, Field(description="직전 기준 대비 부호")] = None
    prev_base_chgr: Annotated[DecimalValue | None, Field(description="직전 기준 대비 등락율 · percent")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None


class Ka00198Request(KiwoomRequest):
    """
    ka00198 실시간종목조회순위 (Real-Time Most Viewed Stock Ranking): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[QueryRankIntervalOrBlank, Field(description="구분")]


class Ka00198Response(KiwoomResponse):
    """
    ka00198 실시간종목조회순위 (Real-Time Most Viewed Stock Ranking): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka00198
    """

    item_inq_rank: Annotated[
        list[Ka00198ItemInqRankItem], Field(description="실시간종목조회순위", validate_default=True)
    ] = []


class Ka10001Request(KiwoomRequest):
    """
    ka10001 주식기본정보요청 (Stock Basic Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10001Response(KiwoomResponse):
    """
    ka10001 주식기본정보요청 (Stock Basic Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    setl_mm: Annotated[TextValue | None, Field(description="결산월")] = None
    fav: Annotated[PriceValue | None, Field(description="액면가 · KRW")] = None
    cap: Annotated[IntValue | None, Field(description="자본금 · KRW_100million")] = None
    flo_stk: Annotated[IntValue | None, Field(description="상장주식 · thousand_shares")] = None
    crd_rt: Annotated[DecimalValue | None, Field(description="신용비율 · percent")] = None
    oyr_hgst: Annotated[PriceValue | None, Field(description="연중최고 · KRW")] = None
    oyr_lwst: Annotated[PriceValue | None, Field(description="연중최저 · KRW")] = None
    mac: Annotated[IntValue | None, Field(description="시가총액 · KRW_100million")] = None
    mac_wght: Annotated[DecimalValue | None, Field(description="시가총액비중")] = None
    for_exh_rt: Annotated[DecimalValue | None, Field(description="외인소진률 · percent")] = None
    repl_pric: Annotated[PriceValue | None, Field(description="대용가 · KRW")] = None
    per: Annotated[DecimalValue | None, Field(description="PER")] = None
    eps: Annotated[IntValue | None, Field(description="EPS · KRW")] = None
    roe: Annotated[DecimalValue | None, Field(description="ROE · percent")] = None
    pbr: Annotated[DecimalValue | None, Field(description="PBR")] = None
    ev: Annotated[DecimalValue | None, Field(description="EV")] = None
    bps: Annotated[IntValue | None, Field(description="BPS · KRW")] = None
    sale_amt: Annotated[IntValue | None, Field(description="매출액 · KRW_100million")] = None
    bus_pro: Annotated[IntValue | None, Field(description="영업이익 · KRW_100million")] = None
    cup_nga: Annotated[IntValue | None, Field(description="당기순이익 · KRW_100million")] = None
    n250hgst: Annotated[PriceValue | None, Field(alias="250hgst", description="250최고 · KRW")] = None
    n250lwst: Annotated[PriceValue | None, Field(alias="250lwst", description="250최저 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    upl_pric: Annotated[PriceValue | None, Field(description="상한가 · KRW")] = None
    lst_pric: Annotated[PriceValue | None, Field(description="하한가 · KRW")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · KRW")] = None
    exp_cntr_pric: Annotated[PriceValue | None, Field(description="예상체결가 · KRW")] = None
    exp_cntr_qty: Annotated[IntValue | None, Field(description="예상체결수량 · shares")] = None
    n250hgst_pric_dt: Annotated[DateValue | None, Field(alias="250hgst_pric_dt", description="250최고가일")] = None
    n250hgst_pric_pre_rt: Annotated[
        DecimalValue | None, Field(alias="250hgst_pric_pre_rt", description="250최고가대비율 · percent")
    ] = None
    n250lwst_pric_dt: Annotated[DateValue | None, Field(alias="250lwst_pric_dt", description="250최저가일")] = None
    n250lwst_pric_pre_rt: Annotated[
        DecimalValue | None, Field(alias="250lwst_pric_pre_rt", description="250최저가대비율 · percent")
    ] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_pre: Annotated[DirectedRateValue | None, Field(description="거래대비 · percent")] = None
    fav_unit: Annotated[TextValue | None, Field(description="액면가단위")] = None
    dstr_stk: Annotated[IntValue | None, Field(description="유통주식 · thousand_shares")] = None
    dstr_rt: Annotated[DecimalValue | None, Field(description="유통비율 · percent")] = None


class Ka10002Request(KiwoomRequest):
    """
    ka10002 주식거래원요청 (Stock Broker (Member) Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10002Response(KiwoomResponse):
    """
    ka10002 주식거래원요청 (Stock Broker (Member) Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10002
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    flu_smbol: Annotated[PriceChangeSignValue | None, Field(description="등락부호")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    sel_trde_ori_nm_1: Annotated[TextValue | None, Field(description="매도거래원명1")] = None
    sel_trde_ori_1: Annotated[TextValue | None, Field(description="매도거래원1")] = None
    sel_trde_qty_1: Annotated[IntValue | None, Field(description="매도거래량1 · shares")] = None
    buy_trde_ori_nm_1: Annotated[TextValue | None, Field(description="매수거래원명1")] = None
    buy_trde_ori_1: Annotated[TextValue | None, Field(description="매수거래원1")] = None
    buy_trde_qty_1: Annotated[IntValue | None, Field(description="매수거래량1 · shares")] = None
    sel_trde_ori_nm_2: Annotated[TextValue | None, Field(description="매도거래원명2")] = None
    sel_trde_ori_2: Annotated[TextValue | None, Field(description="매도거래원2")] = None
    sel_trde_qty_2: Annotated[IntValue | None, Field(description="매도거래량2 · shares")] = None
    buy_trde_ori_nm_2: Annotated[TextValue | None, Field(description="매수거래원명2")] = None
    buy_trde_ori_2: Annotated[TextValue | None, Field(description="매수거래원2")] = None
    buy_trde_qty_2: Annotated[IntValue | None, Field(description="매수거래량2 · shares")] = None
    sel_trde_ori_nm_3: Annotated[TextValue | None, Field(description="매도거래원명3")] = None
    sel_trde_ori_3: Annotated[TextValue | None, Field(description="매도거래원3")] = None
    sel_trde_qty_3: Annotated[IntValue | None, Field(description="매도거래량3 · shares")] = None
    buy_trde_ori_nm_3: Annotated[TextValue | None, Field(description="매수거래원명3")] = None
    buy_trde_ori_3: Annotated[TextValue | None, Field(description="매수거래원3")] = None
    buy_trde_qty_3: Annotated[IntValue | None, Field(description="매수거래량3 · shares")] = None
    sel_trde_ori_nm_4: Annotated[TextValue | None, Field(description="매도거래원명4")] = None
    sel_trde_ori_4: Annotated[TextValue | None, Field(description="매도거래원4")] = None
    sel_trde_qty_4: Annotated[IntValue | None, Field(description="매도거래량4 · shares")] = None
    buy_trde_ori_nm_4: Annotated[TextValue | None, Field(description="매수거래원명4")] = None
    buy_trde_ori_4: Annotated[TextValue | None, Field(description="매수거래원4")] = None
    buy_trde_qty_4: Annotated[IntValue | None, Field(description="매수거래량4 · shares")] = None
    sel_trde_ori_nm_5: Annotated[TextValue | None, Field(description="매도거래원명5")] = None
    sel_trde_ori_5: Annotated[TextValue | None, Field(description="매도거래원5")] = None
    sel_trde_qty_5: Annotated[IntValue | None, Field(description="매도거래량5 · shares")] = None
    buy_trde_ori_nm_5: Annotated[TextValue | None, Field(description="매수거래원명5")] = None
    buy_trde_ori_5: Annotated[TextValue | None, Field(description="매수거래원5")] = None
    buy_trde_qty_5: Annotated[IntValue | None, Field(description="매수거래량5 · shares")] = None


class Ka10003CntrInfrItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pre_rt: Annotated[DecimalValue | None, Field(description="대비율 · percent")] = None
    pri_sel_bid_unit: Annotated[PriceValue | None, Field(description="우선매도호가단위 · KRW")] = None
    pri_buy_bid_unit: Annotated[PriceValue | None, Field(description="우선매수호가단위 · KRW")] = None
    cntr_trde_qty: Annotated[IntValue | None, Field(description="체결거래량 · shares")] = None
    sign: Annotated[PriceChangeSignValue | None, Field(description="sign")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · KRW")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka10003Request(KiwoomRequest):
    """
    ka10003 체결정보요청 (Trade Execution Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10003Response(KiwoomResponse):
    """
    ka10003 체결정보요청 (Trade Execution Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10003
    """

    cntr_infr: Annotated[list[Ka10003CntrInfrItem], Field(description="체결정보", validate_default=True)] = []


class Ka10013CrdTrdeTrendItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    new: Annotated[IntValue | None, Field(description="신규 · KRW_million when qry_tp=1, shares when qry_tp=2")] = None
    rpya: Annotated[IntValue | None, Field(description="상환 · KRW_million when qry_tp=1")] = None
    remn: Annotated[IntValue | None, Field(description="잔고 · KRW_million when qry_tp=1")] = None
    amt: Annotated[IntValue | None, Field(description="금액 · KRW_million")] = None
    pre: Annotated[IntValue | None, Field(description="대비 · KRW_million when qry_tp=1, shares when qry_tp=2")] = None
    shr_rt: Annotated[DecimalValue | None, Field(description="공여율 · percent")] = None
    remn_rt: Annotated[DecimalValue | None, Field(description="잔고율 · percent")] = None


class Ka10013Request(KiwoomRequest):
    """
    ka10013 신용매매동향요청 (Credit Trading Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    dt: Annotated[DateArgument, Field(description="일자", max_length=8)]
    qry_tp: Annotated[LoanOrStockLoanOrBlank, Field(description="조회구분")]


class Ka10013Response(KiwoomResponse):
    """
    ka10013 신용매매동향요청 (Credit Trading Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10013
    """

    crd_trde_trend: Annotated[
        list[Ka10013CrdTrdeTrendItem], Field(description="신용매매동향", validate_default=True)
    ] = []


class Ka10015DalyTrdeDtlItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    bf_mkrt_trde_qty: Annotated[IntValue | None, Field(description="장전거래량 · shares")] = None
    bf_mkrt_trde_wght: Annotated[DecimalValue | None, Field(description="장전거래비중 · percent")] = None
    opmr_trde_qty: Annotated[IntValue | None, Field(description="장중거래량 · shares")] = None
    opmr_trde_wght: Annotated[DecimalValue | None, Field(description="장중거래비중 · percent")] = None
    af_mkrt_trde_qty: Annotated[IntValue | None, Field(description="장후거래량 · shares")] = None
    af_mkrt_trde_wght: Annotated[DecimalValue | None, Field(description="장후거래비중 · percent")] = None
    tot_3: Annotated[IntValue | None, Field(description="합계3 · shares")] = None
    prid_trde_qty: Annotated[IntValue | None, Field(description="기간중거래량 · shares")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    for_poss: Annotated[DecimalValue | None, Field(description="외인보유 · percent")] = None
    for_wght: Annotated[DecimalValue | None, Field(description="외인비중 · percent")] = None
    for_netprps: Annotated[IntValue | None, Field(description="외인순매수")] = None
    orgn_netprps: Annotated[IntValue | None, Field(description="기관순매수")] = None
    ind_netprps: Annotated[IntValue | None, Field(description="개인순매수")] = None
    frgn: Annotated[IntValue | None, Field(description="외국계")] = None
    crd_remn_rt: Annotated[DecimalValue | None, Field(description="신용잔고율 · percent")] = None
    prm: Annotated[IntValue | None, Field(description="프로그램")] = None
    bf_mkrt_trde_prica: Annotated[IntValue | None, Field(description="장전거래대금 · KRW_million")] = None
    bf_mkrt_trde_prica_wght: Annotated[DecimalValue | None, Field(description="장전거래대금비중 · percent")] = None
    opmr_trde_prica: Annotated[IntValue | None, Field(description="장중거래대금 · KRW_million")] = None
    opmr_trde_prica_wght: Annotated[DecimalValue | None, Field(description="장중거래대금비중 · percent")] = None
    af_mkrt_trde_prica: Annotated[IntValue | None, Field(description="장후거래대금 · KRW_million")] = None
    af_mkrt_trde_prica_wght: Annotated[DecimalValue | None, Field(description="장후거래대금비중 · percent")] = None


class Ka10015Request(KiwoomRequest):
    """
    ka10015 일별거래상세요청 (Daily Trade Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]


class Ka10015Response(KiwoomResponse):
    """
    ka10015 일별거래상세요청 (Daily Trade Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10015
    """

    daly_trde_dtl: Annotated[
        list[Ka10015DalyTrdeDtlItem], Field(description="일별거래상세", validate_default=True)
    ] = []


class Ka10016NtlPricItem(KiwoomModel):
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
    pred_trde_qty_pre_rt: Annotated[DecimalValue | None, Field(description="전일거래량대비율 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None


class Ka10016Request(KiwoomRequest):
    """
    ka10016 신고저가요청 (New High/Low Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    ntl_tp: Annotated[NewHighOrLowOrBlank, Field(description="신고저구분")]
    high_low_close_tp: Annotated[HighLowOrCloseBasisOrBlank, Field(description="고저종구분")]
    stk_cnd: Annotated[StockConditionOrBlank, Field(description="종목조건")]
    trde_qty_tp: Annotated[VolumeFilterOrBlank, Field(description="거래량구분")]
    crd_cnd: Annotated[CreditConditionOrBlank, Field(description="신용조건")]
    updown_incls: Annotated[IncludeFlagOrBlank, Field(description="상하한포함")]
    dt: Annotated[WholeArgument, Field(description="기간", max_length=3)]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10016Response(KiwoomResponse):
    """
    ka10016 신고저가요청 (New High/Low Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10016
    """

    ntl_pric: Annotated[list[Ka10016NtlPricItem], Field(description="신고저가", validate_default=True)] = []


class Ka10017Request(KiwoomRequest):
    """
    ka10017 상하한가요청 (Upper/Lower Limit Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    updown_tp: Annotated[UpperLowerLimitTypeOrBlank, Field(description="상하한구분")]
    sort_tp: Annotated[UpperLowerLimitSortOrBlank, Field(description="정렬구분")]
    stk_cnd: Annotated[UpperLowerLimitStockConditionOrBlank, Field(description="종목조건")]
    trde_qty_tp: Annotated[VolumeFilterOrBlank, Field(description="거래량구분")]
    crd_cnd: Annotated[CreditConditionOrBlank, Field(description="신용조건")]
    trde_gold_tp: Annotated[TradePriceConditionOrBlank, Field(description="매매금구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10017UpdownPricItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_infr: Annotated[TextValue | None, Field(description="종목정보")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None
    cnt: Annotated[IntValue | None, Field(description="횟수")] = None


class Ka10018HighLowPricAlaccItem(KiwoomModel):
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
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    tdy_high_pric: Annotated[PriceValue | None, Field(description="당일고가 · KRW")] = None
    tdy_low_pric: Annotated[PriceValue | None, Field(description="당일저가 · KRW")] = None


class Ka10018Request(KiwoomRequest):
    """
    ka10018 고저가근접요청 (Stocks Near High/Low): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    high_low_tp: Annotated[HighOrLowOrBlank, Field(description="고저구분")]
    alacc_rt: Annotated[ProximityRateOrBlank, Field(description="근접율")]
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    trde_qty_tp: Annotated[VolumeFilterOrBlank, Field(description="거래량구분")]
    stk_cnd: Annotated[StockConditionOrBlank, Field(description="종목조건")]
    crd_cnd: Annotated[CreditConditionOrBlank, Field(description="신용조건")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10018Response(KiwoomResponse):
    """
    ka10018 고저가근접요청 (Stocks Near High/Low): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10018
    """

    high_low_pric_alacc: Annotated[
        list[Ka10018HighLowPricAlaccItem], Field(description="고저가근접", validate_default=True)
    ] = []


class Ka10019PricJmpfluItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_cls: Annotated[TextValue | None, Field(description="종목분류")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · KRW")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    base_pre: Annotated[IntValue | None, Field(description="기준대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    jmp_rt: Annotated[DecimalValue | None, Field(description="급등률 · percent")] = None


class Ka10019Request(KiwoomRequest):
    """
    ka10019 가격급등락요청 (Price Surge/Plunge Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeWithKospi200OrBlank, Field(description="시장구분")]
    flu_tp: Annotated[SurgeOrPlungeOrBlank, Field(description="등락구분")]
    tm_tp: Annotated[MinutesOrDaysAgoOrBlank, Field(description="시간구분")]
    tm: Annotated[WholeArgument, Field(description="시간", max_length=2)]
    trde_qty_tp: Annotated[VolumeFilterOrBlank, Field(description="거래량구분")]
    stk_cnd: Annotated[StockConditionOrBlank, Field(description="종목조건")]
    crd_cnd: Annotated[CreditConditionOrBlank, Field(description="신용조건")]
    pric_cnd: Annotated[TradePriceConditionOrBlank, Field(description="가격조건")]
    updown_incls: Annotated[IncludeFlagOrBlank, Field(description="상하한포함")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10019Response(KiwoomResponse):
    """
    ka10019 가격급등락요청 (Price Surge/Plunge Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10019
    """

    pric_jmpflu: Annotated[list[Ka10019PricJmpfluItem], Field(description="가격급등락", validate_default=True)] = []


class Ka10024Request(KiwoomRequest):
    """
    ka10024 거래량갱신요청 (Trading Volume Record Renewal): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    cycle_tp: Annotated[CycleDaysOrBlank, Field(description="주기구분")]
    trde_qty_tp: Annotated[VolumeSurgeFilterOrBlank, Field(description="거래량구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10024TrdeQtyUpdtItem(KiwoomModel):
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
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None


class Ka10025PrpsCnctrItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    now_trde_qty: Annotated[IntValue | None, Field(description="현재거래량 · shares")] = None
    pric_strt: Annotated[PriceValue | None, Field(description="가격대시작 · KRW")] = None
    pric_end: Annotated[PriceValue | None, Field(description="가격대끝 · KRW")] = None
    prps_qty: Annotated[IntValue | None, Field(description="매물량 · shares")] = None
    prps_rt: Annotated[DecimalValue | None, Field(description="매물비 · percent")] = None


class Ka10025Request(KiwoomRequest):
    """
    ka10025 매물대집중요청 (Volume Profile (Supply Zone) Concentration): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    prps_cnctr_rt: Annotated[DecimalArgument, Field(description="매물집중비율", max_length=3)]
    cur_prc_entry: Annotated[CurrentPriceEntryInclusionOrBlank, Field(description="현재가진입")]
    prpscnt: Annotated[WholeArgument, Field(description="매물대수", max_length=2)]
    cycle_tp: Annotated[SupplyZoneCycleDaysOrBlank, Field(description="주기구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10025Response(KiwoomResponse):
    """
    ka10025 매물대집중요청 (Volume Profile (Supply Zone) Concentration): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10025
    """

    prps_cnctr: Annotated[list[Ka10025PrpsCnctrItem], Field(description="매물대집중", validate_default=True)] = []


class Ka10026HighLowPerItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    per: Annotated[DecimalValue | None, Field(description="PER")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    now_trde_qty: Annotated[IntValue | None, Field(description="현재거래량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None


class Ka10026Request(KiwoomRequest):
    """
    ka10026 고저PER요청 (High/Low PER Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    pertp: Annotated[ValuationRankTypeOrBlank, Field(description="PER구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10026Response(KiwoomResponse):
    """
    ka10026 고저PER요청 (High/Low PER Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10026
    """

    high_low_per: Annotated[list[Ka10026HighLowPerItem], Field(description="고저PER", validate_default=True)] = []


class Ka10028OpenPricPreFluRtItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    open_pric_pre: Annotated[DecimalValue | None, Field(description="시가대비 · percent")] = None
    now_trde_qty: Annotated[IntValue | None, Field(description="현재거래량 · shares")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None


class Ka10028Request(KiwoomRequest):
    """
    ka10028 시가대비등락률요청 (Change Rate vs Open Price): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sort_tp: Annotated[ComparePriceBasisOrBlank, Field(description="정렬구분")]
    trde_qty_cnd: Annotated[OpenChangeVolumeConditionOrBlank, Field(description="거래량조건")]
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    updown_incls: Annotated[IncludeLimitPriceOrBlank, Field(description="상하한포함")]
    stk_cnd: Annotated[OpenChangeStockConditionOrBlank, Field(description="종목조건")]
    crd_cnd: Annotated[CreditConditionOrBlank, Field(description="신용조건")]
    trde_prica_cnd: Annotated[TradingValueConditionOrBlank, Field(description="거래대금조건")]
    flu_cnd: Annotated[TopOrBottomOrBlank, Field(description="등락조건")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10028Response(KiwoomResponse):
    """
    ka10028 시가대비등락률요청 (Change Rate vs Open Price): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10028
    """

    open_pric_pre_flu_rt: Annotated[
        list[Ka10028OpenPricPreFluRtItem], Field(description="시가대비등락률", validate_default=True)
    ] = []


class Ka10043Request(KiwoomRequest):
    """
    ka10043 거래원매물대분석요청 (Broker Volume Profile Analysis): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]
    qry_dt_tp: Annotated[QueryPeriodModeOrBlank, Field(description="조회기간구분")]
    pot_tp: Annotated[TimePointOrBlank, Field(description="시점구분")]
    dt: Annotated[NetBuyBrokerPeriodOrBlank, Field(description="기간")]
    sort_base: Annotated[CloseOrDateSortOrBlank, Field(description="정렬기준")]
    mmcm_cd: Annotated[TextArgument, Field(description="회원사코드", max_length=3)]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10043TrdeOriPrpsAnlyItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    sel_qty: Annotated[IntValue | None, Field(description="매도량 · shares")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수량 · shares")] = None
    netprps_qty: Annotated[IntValue | None, Field(description="순매수수량 · shares")] = None
    trde_qty_sum: Annotated[IntValue | None, Field(description="거래량합 · shares")] = None
    trde_wght: Annotated[DecimalValue | None, Field(description="거래비중 · percent")] = None


class Ka10052Request(KiwoomRequest):
    """
    ka10052 거래원순간거래량요청 (Broker Instant Trading Volume): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mmcm_cd: Annotated[TextArgument, Field(description="회원사코드", max_length=3)]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=20)] = None
    mrkt_tp: Annotated[MarketTypeOrStockOrBlank, Field(description="시장구분")]
    qty_tp: Annotated[WholeArgument, Field(description="수량구분", max_length=3)]
    pric_tp: Annotated[PriceConditionStandardOrBlank, Field(description="가격구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10052TrdeOriMontTrdeQtyItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    trde_ori_nm: Annotated[TextValue | None, Field(description="거래원명")] = None
    tp: Annotated[TextValue | None, Field(description="구분")] = None
    mont_trde_qty: Annotated[IntValue | None, Field(description="순간거래량 · shares")] = None
    acc_netprps: Annotated[IntValue | None, Field(description="누적순매수 · shares")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None


class Ka10054MotnStkItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    motn_pric: Annotated[PriceValue | None, Field(description="발동가격 · KRW")] = None
    dynm_dispty_rt: Annotated[DecimalValue | None, Field(description="동적괴리율 · percent")] = None
    trde_cntr_proc_time: Annotated[TimeValue | None, Field(description="매매체결처리시각")] = None
    virelis_time: Annotated[TimeValue | None, Field(description="VI해제시각")] = None
    viaplc_tp: Annotated[TextValue | None, Field(description="VI적용구분")] = None
    dynm_stdpc: Annotated[PriceValue | None, Field(description="동적기준가격 · KRW")] = None
    static_stdpc: Annotated[PriceValue | None, Field(description="정적기준가격 · KRW")] = None
    static_dispty_rt: Annotated[DecimalValue | None, Field(description="정적괴리율 · percent")] = None
    open_pric_pre_flu_rt: Annotated[DecimalValue | None, Field(description="시가대비등락률 · percent")] = None
    vimotn_cnt: Annotated[IntValue | None, Field(description="VI발동횟수 · count")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka10054Request(KiwoomRequest):
    """
    ka10054 변동성완화장치발동종목요청 (VI (Volatility Interruption) Triggered Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    bf_mkrt_tp: Annotated[MarketSessionOrBlank, Field(description="장전구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=20)] = None
    motn_tp: Annotated[ViTriggerTypeOrBlank, Field(description="발동구분")]
    skip_stk: Annotated[TextArgument, Field(description="제외종목", max_length=9)]
    trde_qty_tp: Annotated[UseFlagOrBlank, Field(description="거래량구분")]
    min_trde_qty: Annotated[WholeArgument, Field(description="최소거래량", max_length=12)]
    max_trde_qty: Annotated[WholeArgument, Field(description="최대거래량", max_length=12)]
    trde_prica_tp: Annotated[UseFlagOrBlank, Field(description="거래대금구분")]
    min_trde_prica: Annotated[WholeArgument, Field(description="최소거래대금", max_length=10)]
    max_trde_prica: Annotated[WholeArgument, Field(description="최대거래대금", max_length=10)]
    motn_drc: Annotated[ViTriggerDirectionOrBlank, Field(description="발동방향")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10054Response(KiwoomResponse):
    """
    ka10054 변동성완화장치발동종목요청 (VI (Volatility Interruption) Triggered Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10054
    """

    motn_stk: Annotated[list[Ka10054MotnStkItem], Field(description="발동종목", validate_default=True)] = []


class Ka10055Request(KiwoomRequest):
    """
    ka10055 당일전일체결량요청 (Today/Previous Day Execution Volume): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tdy_pred: Annotated[ExecutionDayTypeOrBlank, Field(description="당일전일")]


class Ka10055TdyPredCntrQtyItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · KRW_million")] = None


class Ka10058InvsrDalyTrdeStkItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    netslmt_qty: Annotated[IntValue | None, Field(description="순매도수량 · shares")] = None
    netslmt_amt: Annotated[IntValue | None, Field(description="순매도금액 · KRW")] = None
    prsm_avg_pric: Annotated[PriceValue | None, Field(description="추정평균가 · KRW")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    avg_pric_pre: Annotated[IntValue | None, Field(description="평균가대비 · KRW")] = None
    pre_rt: Annotated[DecimalValue | None, Field(description="대비율 · percent")] = None
    dt_trde_qty: Annotated[IntValue | None, Field(description="기간거래량 · shares")] = None


class Ka10058Request(KiwoomRequest):
    """
    ka10058 투자자별일별매매종목요청 (Daily Trading Stocks by Investor): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]
    trde_tp: Annotated[NetSellBuyOrBlank, Field(description="매매구분")]
    mrkt_tp: Annotated[KospiOrKosdaqOrBlank, Field(description="시장구분")]
    invsr_tp: Annotated[InvestorTypeOrBlank, Field(description="투자자구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10058Response(KiwoomResponse):
    """
    ka10058 투자자별일별매매종목요청 (Daily Trading Stocks by Investor): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10058
    """

    invsr_daly_trde_stk: Annotated[
        list[Ka10058InvsrDalyTrdeStkItem], Field(description="투자자별일별매매종목", validate_default=True)
    ] = []


class Ka10059Request(KiwoomRequest):
    """
    ka10059 종목별투자자기관별요청 (Investor/Institution Trading by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateArgument, Field(description="일자", max_length=8)]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank, Field(description="금액수량구분")]
    trde_tp: Annotated[InvestorTradeTypeOrBlank, Field(description="매매구분")]
    unit_tp: Annotated[InvestorQuantityUnitOrBlank, Field(description="단위구분")]


class Ka10059StkInvsrOrgnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalBy100Value | None, Field(description="등락율 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · KRW_million")] = None
    ind_invsr: Annotated[
        IntValue | None, Field(description="개인투자자 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    frgnr_invsr: Annotated[
        IntValue | None, Field(description="외국인투자자 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    orgn: Annotated[
        IntValue | None, Field(description="기관계 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    fnnc_invt: Annotated[
        IntValue | None, Field(description="금융투자 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    insrnc: Annotated[
        IntValue | None, Field(description="보험 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    invtrt: Annotated[
        IntValue | None, Field(description="투신 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    etc_fnnc: Annotated[
        IntValue | None, Field(description="기타금융 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    bank: Annotated[
        IntValue | None, Field(description="은행 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    penfnd_etc: Annotated[
        IntValue | None, Field(description="연기금등 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    samo_fund: Annotated[
        IntValue | None, Field(description="사모펀드 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    natn: Annotated[
        IntValue | None, Field(description="국가 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    etc_corp: Annotated[
        IntValue | None, Field(description="기타법인 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    natfor: Annotated[
        IntValue | None, Field(description="내외국인 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None


class Ka10061Request(KiwoomRequest):
    """
    ka10061 종목별투자자기관별합계요청 (Investor/Institution Totals by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank, Field(description="금액수량구분")]
    trde_tp: Annotated[NetBuyOnlyOrBlank, Field(description="매매구분")]
    unit_tp: Annotated[InvestorQuantityUnitOrBlank, Field(description="단위구분")]


class Ka10061StkInvsrOrgnTotItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ind_invsr: Annotated[
        IntValue | None, Field(description="개인투자자 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    frgnr_invsr: Annotated[
        IntValue | None, Field(description="외국인투자자 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    orgn: Annotated[
        IntValue | None, Field(description="기관계 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    fnnc_invt: Annotated[
        IntValue | None, Field(description="금융투자 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    insrnc: Annotated[
        IntValue | None, Field(description="보험 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    invtrt: Annotated[
        IntValue | None, Field(description="투신 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    etc_fnnc: Annotated[
        IntValue | None, Field(description="기타금융 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    bank: Annotated[
        IntValue | None, Field(description="은행 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    penfnd_etc: Annotated[
        IntValue | None, Field(description="연기금등 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    samo_fund: Annotated[
        IntValue | None, Field(description="사모펀드 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    natn: Annotated[
        IntValue | None, Field(description="국가 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    etc_corp: Annotated[
        IntValue | None, Field(description="기타법인 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    natfor: Annotated[
        IntValue | None, Field(description="내외국인 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None


class Ka10084Request(KiwoomRequest):
    """
    ka10084 당일전일체결요청 (Today/Previous Day Executions): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tdy_pred: Annotated[ExecutionDayTypeOrBlank, Field(description="당일전일")]
    tic_min: Annotated[TickOrMinuteOrBlank, Field(description="틱분")]
    tm: Annotated[TextArgument | None, Field(description="시간", max_length=4, pattern="^([0-9]{4})?$")] = None


class Ka10084TdyPredCntrItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pre_rt: Annotated[DecimalValue | None, Field(description="대비율 · percent")] = None
    pri_sel_bid_unit: Annotated[PriceValue | None, Field(description="우선매도호가단위 · KRW")] = None
    pri_buy_bid_unit: Annotated[PriceValue | None, Field(description="우선매수호가단위 · KRW")] = None
    cntr_trde_qty: Annotated[IntValue | None, Field(description="체결거래량 · shares")] = None
    sign: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · KRW_million")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka10095AtnStkInfrItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    pred_trde_qty_pre: Annotated[DirectedRateValue | None, Field(description="전일거래량대비 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    sel_1th_bid: Annotated[PriceValue | None, Field(description="매도1차호가 · KRW")] = None
    sel_2th_bid: Annotated[PriceValue | None, Field(description="매도2차호가 · KRW")] = None
    sel_3th_bid: Annotated[PriceValue | None, Field(description="매도3차호가 · KRW")] = None
    sel_4th_bid: Annotated[PriceValue | None, Field(description="매도4차호가 · KRW")] = None
    sel_5th_bid: Annotated[PriceValue | None, Field(description="매도5차호가 · KRW")] = None
    buy_1th_bid: Annotated[PriceValue | None, Field(description="매수1차호가 · KRW")] = None
    buy_2th_bid: Annotated[PriceValue | None, Field(description="매수2차호가 · KRW")] = None
    buy_3th_bid: Annotated[PriceValue | None, Field(description="매수3차호가 · KRW")] = None
    buy_4th_bid: Annotated[PriceValue | None, Field(description="매수4차호가 · KRW")] = None
    buy_5th_bid: Annotated[PriceValue | None, Field(description="매수5차호가 · KRW")] = None
    upl_pric: Annotated[PriceValue | None, Field(description="상한가 · KRW")] = None
    lst_pric: Annotated[PriceValue | None, Field(description="하한가 · KRW")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    cntr_tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    exp_cntr_pric: Annotated[PriceValue | None, Field(description="예상체결가 · KRW")] = None
    exp_cntr_qty: Annotated[IntValue | None, Field(description="예상체결량 · shares")] = None
    cap: Annotated[IntValue | None, Field(description="자본금 · KRW_100million")] = None
    fav: Annotated[PriceValue | None, Field(description="액면가 · KRW")] = None
    mac: Annotated[IntValue | None, Field(description="시가총액 · KRW_100million")] = None
    stkcnt: Annotated[IntValue | None, Field(description="주식수 · thousand_shares")] = None
    bid_tm: Annotated[TimeValue | None, Field(description="호가시간")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    pri_sel_req: Annotated[IntValue | None, Field(description="우선매도잔량 · shares")] = None
    pri_buy_req: Annotated[IntValue | None, Field(description="우선매수잔량 · shares")] = None
    pri_sel_cnt: Annotated[IntValue | None, Field(description="우선매도건수 · count")] = None
    pri_buy_cnt: Annotated[IntValue | None, Field(description="우선매수건수 · count")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="총매도잔량 · shares")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="총매수잔량 · shares")] = None
    tot_sel_cnt: Annotated[IntValue | None, Field(description="총매도건수")] = None
    tot_buy_cnt: Annotated[IntValue | None, Field(description="총매수건수 · count")] = None
    prty: Annotated[DecimalValue | None, Field(description="패리티 · percent")] = None
    gear: Annotated[DecimalValue | None, Field(description="기어링")] = None
    pl_qutr: Annotated[DecimalValue | None, Field(description="손익분기 · percent")] = None
    cap_support: Annotated[DecimalValue | None, Field(description="자본지지 · percent")] = None
    elwexec_pric: Annotated[PriceValue | None, Field(description="ELW행사가 · KRW")] = None
    cnvt_rt: Annotated[DecimalValue | None, Field(description="전환비율")] = None
    elwexpr_dt: Annotated[DateValue | None, Field(description="ELW만기일")] = None
    cntr_engg: Annotated[IntValue | None, Field(description="미결제약정 · contracts")] = None
    cntr_pred_pre: Annotated[IntValue | None, Field(description="미결제전일대비")] = None
    theory_pric: Annotated[PriceValue | None, Field(description="이론가")] = None
    innr_vltl: Annotated[DecimalValue | None, Field(description="내재변동성")] = None
    delta: Annotated[DecimalValue | None, Field(description="델타")] = None
    gam: Annotated[DecimalValue | None, Field(description="감마")] = None
    theta: Annotated[DecimalValue | None, Field(description="쎄타")] = None
    vega: Annotated[DecimalValue | None, Field(description="베가")] = None
    law: Annotated[DecimalValue | None, Field(description="로")] = None


class Ka10095Request(KiwoomRequest):
    """
    ka10095 지정종목 정보요청 (Specified Stocks Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10095Response(KiwoomResponse):
    """
    ka10095 지정종목 정보요청 (Specified Stocks Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10095
    """

    atn_stk_infr: Annotated[list[Ka10095AtnStkInfrItem], Field(description="관심종목정보", validate_default=True)] = []


class Ka10099ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    code: Annotated[TextValue | None, Field(description="종목코드")] = None
    name: Annotated[TextValue | None, Field(description="종목명")] = None
    listCount: Annotated[IntValue | None, Field(description="상장주식수 · shares")] = None
    auditInfo: Annotated[TextValue | None, Field(description="감리구분")] = None
    regDay: Annotated[DateValue | None, Field(description="상장일")] = None
    lastPrice: Annotated[PriceValue | None, Field(description="전일종가 · KRW")] = None
    state: Annotated[TextValue | None, Field(description="종목상태")] = None
    marketCode: Annotated[MarketSecurityTypeValue | None, Field(description="시장구분코드")] = None
    marketName: Annotated[TextValue | None, Field(description="시장명")] = None
    upName: Annotated[TextValue | None, Field(description="업종명")] = None
    upSizeName: Annotated[TextValue | None, Field(description="회사크기분류")] = None
    orderWarning: Annotated[InvestmentCautionStatusValue | None, Field(description="투자유의종목여부")] = None
    companyClassName: Annotated[TextValue | None, Field(description="회사분류")] = None
    nxtEnable: Annotated[NxtAvailableValue | None, Field(description="NXT가능여부")] = None


class Ka10099Request(KiwoomRequest):
    """
    ka10099 종목정보 리스트 (Stock List): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketSecurityTypeOrBlank, Field(description="시장구분")]


class Ka10099Response(KiwoomResponse):
    """
    ka10099 종목정보 리스트 (Stock List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10099
    """

    list_: Annotated[list[Ka10099ListItem], Field(alias="list", description="종목리스트", validate_default=True)] = []


class Ka10100Request(KiwoomRequest):
    """
    ka10100 종목정보 조회 (Stock Info Lookup): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10100Response(KiwoomResponse):
    """
    ka10100 종목정보 조회 (Stock Info Lookup): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10100
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    code: Annotated[TextValue | None, Field(description="종목코드")] = None
    name: Annotated[TextValue | None, Field(description="종목명")] = None
    listCount: Annotated[IntValue | None, Field(description="상장주식수 · shares")] = None
    auditInfo: Annotated[TextValue | None, Field(description="감리구분")] = None
    regDay: Annotated[DateValue | None, Field(description="상장일")] = None
    lastPrice: Annotated[PriceValue | None, Field(description="전일종가 · KRW")] = None
    state: Annotated[TextValue | None, Field(description="종목상태")] = None
    marketCode: Annotated[MarketSecurityTypeValue | None, Field(description="시장구분코드")] = None
    marketName: Annotated[TextValue | None, Field(description="시장명")] = None
    upName: Annotated[TextValue | None, Field(description="업종명")] = None
    upSizeName: Annotated[TextValue | None, Field(description="회사크기분류")] = None
    companyClassName: Annotated[TextValue | None, Field(description="회사분류")] = None
    orderWarning: Annotated[InvestmentCautionStatusValue | None, Field(description="투자유의종목여부")] = None
    nxtEnable: Annotated[NxtAvailableValue | None, Field(description="NXT가능여부")] = None


class Ka10101ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    marketCode: Annotated[IndustryMarketTypeWithKrx100Value | None, Field(description="시장구분코드")] = None
    code: Annotated[TextValue | None, Field(description="코드")] = None
    name: Annotated[TextValue | None, Field(description="업종명")] = None
    group: Annotated[TextValue | None, Field(description="그룹")] = None


class Ka10101Request(KiwoomRequest):
    """
    ka10101 업종코드 리스트 (Sector Code List): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[IndustryMarketTypeWithKrx100OrBlank, Field(description="시장구분")]


class Ka10101Response(KiwoomResponse):
    """
    ka10101 업종코드 리스트 (Sector Code List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10101
    """

    list_: Annotated[
        list[Ka10101ListItem], Field(alias="list", description="업종코드리스트", validate_default=True)
    ] = []


class Ka10102ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    code: Annotated[TextValue | None, Field(description="코드")] = None
    name: Annotated[TextValue | None, Field(description="업종명")] = None
    gb: Annotated[TextValue | None, Field(description="구분")] = None


class Ka10102Request(KiwoomRequest):
    """
    ka10102 회원사 리스트 (Member Firm (Broker) List): the request body.
    """


class Ka10102Response(KiwoomResponse):
    """
    ka10102 회원사 리스트 (Member Firm (Broker) List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10102
    """

    list_: Annotated[
        list[Ka10102ListItem], Field(alias="list", description="회원사코드리스트", validate_default=True)
    ] = []


class Ka90003PrmNetprpsUpper50Item(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    flu_sig: Annotated[PriceChangeSignValue | None, Field(description="등락기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    prm_sell_amt: Annotated[IntValue | None, Field(description="프로그램매도금액 · KRW_million")] = None
    prm_buy_amt: Annotated[IntValue | None, Field(description="프로그램매수금액 · KRW_million")] = None
    prm_netprps_amt: Annotated[IntValue | None, Field(description="프로그램순매수금액 · KRW_million")] = None


class Ka90003Request(KiwoomRequest):
    """
    ka90003 프로그램순매수상위50요청 (Top 50 Program Net Buy): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    trde_upper_tp: Annotated[ProgramNetTradeTopOrBlank, Field(description="매매상위구분")]
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank, Field(description="금액수량구분")]
    mrkt_tp: Annotated[ProgramMarketCodeOrBlank, Field(description="시장구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90003Response(KiwoomResponse):
    """
    ka90003 프로그램순매수상위50요청 (Top 50 Program Net Buy): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka90003
    """

    prm_netprps_upper_50: Annotated[
        list[Ka90003PrmNetprpsUpper50Item], Field(description="프로그램순매수상위50", validate_default=True)
    ] = []


class Ka90004Request(KiwoomRequest):
    """
    ka90004 종목별프로그램매매현황요청 (Program Trading Status by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateArgument, Field(description="일자", max_length=8)]
    mrkt_tp: Annotated[ProgramMarketCodeOrBlank, Field(description="시장구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90004StkPrmTrdePrstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    flu_sig: Annotated[PriceChangeSignValue | None, Field(description="등락기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    buy_cntr_qty: Annotated[IntValue | None, Field(description="매수체결수량 · thousand_shares")] = None
    buy_cntr_amt: Annotated[IntValue | None, Field(description="매수체결금액 · KRW_million")] = None
    sel_cntr_qty: Annotated[IntValue | None, Field(description="매도체결수량 · thousand_shares")] = None
    sel_cntr_amt: Annotated[IntValue | None, Field(description="매도체결금액 · KRW_million")] = None
    netprps_prica: Annotated[IntValue | None, Field(description="순매수대금 · KRW_million")] = None
    all_trde_rt: Annotated[DecimalValue | None, Field(description="전체거래비율 · percent")] = None


class Kt20016CrdLoanPosStkItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    crd_assr_rt: Annotated[DecimalValue | None, Field(description="신용보증금율 · percent")] = None
    repl_pric: Annotated[PriceValue | None, Field(description="대용가 · KRW")] = None
    pred_close_pric: Annotated[PriceValue | None, Field(description="전일종가 · KRW")] = None
    crd_limit_over_yn: Annotated[FlagValue | None, Field(description="신용한도초과여부")] = None
    crd_limit_over_txt: Annotated[CreditLimitExceededTextValue | None, Field(description="신용한도초과")] = None


class Kt20016Request(KiwoomRequest):
    """
    kt20016 신용융자 가능종목요청 (Credit Loan Eligible Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crd_stk_grde_tp: Annotated[CreditStockGradeOrBlank | None, Field(description="신용종목등급구분")] = None
    mrkt_deal_tp: Annotated[CreditLoanMarketTypeOrBlank, Field(description="시장거래구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None


class Kt20016Response(KiwoomResponse):
    """
    kt20016 신용융자 가능종목요청 (Credit Loan Eligible Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#kt20016
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crd_loan_able: Annotated[TextValue | None, Field(description="신용융자가능여부")] = None
    crd_loan_pos_stk: Annotated[
        list[Kt20016CrdLoanPosStkItem], Field(description="신용융자가능종목", validate_default=True)
    ] = []


class Kt20017Request(KiwoomRequest):
    """
    kt20017 신용융자 가능문의 (Credit Loan Availability Inquiry): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]


class Kt20017Response(KiwoomResponse):
    """
    kt20017 신용융자 가능문의 (Credit Loan Availability Inquiry): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#kt20017
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crd_alow_yn: Annotated[TextValue | None, Field(description="신용가능여부")] = None


class Ka10017Response(KiwoomResponse):
    """
    ka10017 상하한가요청 (Upper/Lower Limit Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10017
    """

    updown_pric: Annotated[list[Ka10017UpdownPricItem], Field(description="상하한가", validate_default=True)] = []


class Ka10024Response(KiwoomResponse):
    """
    ka10024 거래량갱신요청 (Trading Volume Record Renewal): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10024
    """

    trde_qty_updt: Annotated[list[Ka10024TrdeQtyUpdtItem], Field(description="거래량갱신", validate_default=True)] = []


class Ka10043Response(KiwoomResponse):
    """
    ka10043 거래원매물대분석요청 (Broker Volume Profile Analysis): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10043
    """

    trde_ori_prps_anly: Annotated[
        list[Ka10043TrdeOriPrpsAnlyItem], Field(description="거래원매물대분석", validate_default=True)
    ] = []


class Ka10052Response(KiwoomResponse):
    """
    ka10052 거래원순간거래량요청 (Broker Instant Trading Volume): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10052
    """

    trde_ori_mont_trde_qty: Annotated[
        list[Ka10052TrdeOriMontTrdeQtyItem], Field(description="거래원순간거래량", validate_default=True)
    ] = []


class Ka10055Response(KiwoomResponse):
    """
    ka10055 당일전일체결량요청 (Today/Previous Day Execution Volume): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10055
    """

    tdy_pred_cntr_qty: Annotated[
        list[Ka10055TdyPredCntrQtyItem], Field(description="당일전일체결량", validate_default=True)
    ] = []


class Ka10059Response(KiwoomResponse):
    """
    ka10059 종목별투자자기관별요청 (Investor/Institution Trading by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10059
    """

    stk_invsr_orgn: Annotated[
        list[Ka10059StkInvsrOrgnItem], Field(description="종목별투자자기관별", validate_default=True)
    ] = []


class Ka10061Response(KiwoomResponse):
    """
    ka10061 종목별투자자기관별합계요청 (Investor/Institution Totals by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10061
    """

    stk_invsr_orgn_tot: Annotated[
        list[Ka10061StkInvsrOrgnTotItem], Field(description="종목별투자자기관별합계", validate_default=True)
    ] = []


class Ka10084Response(KiwoomResponse):
    """
    ka10084 당일전일체결요청 (Today/Previous Day Executions): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10084
    """

    tdy_pred_cntr: Annotated[
        list[Ka10084TdyPredCntrItem], Field(description="당일전일체결", validate_default=True)
    ] = []


class Ka90004Response(KiwoomResponse):
    """
    ka90004 종목별프로그램매매현황요청 (Program Trading Status by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka90004
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_1: Annotated[IntValue | None, Field(description="매수체결수량합계 · thousand_shares")] = None
    tot_2: Annotated[IntValue | None, Field(description="매수체결금액합계 · KRW_million")] = None
    tot_3: Annotated[IntValue | None, Field(description="매도체결수량합계 · thousand_shares")] = None
    tot_4: Annotated[IntValue | None, Field(description="매도체결금액합계 · KRW_million")] = None
    tot_5: Annotated[IntValue | None, Field(description="순매수대금합계 · KRW_million")] = None
    tot_6: Annotated[IntValue | None, Field(description="합계6")] = None
    stk_prm_trde_prst: Annotated[
        list[Ka90004StkPrmTrdePrstItem], Field(description="종목별프로그램매매현황", validate_default=True)
    ] = []
