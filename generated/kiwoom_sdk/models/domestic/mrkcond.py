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
    DirectedRateValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
    TimeValue,
)
from kiwoom_sdk._value_types import (
    AmountAndQuantityOrBlank,
    AmountMillionOrQuantityThousandOrBlank,
    AmountOrQuantityOrBlank,
    CheckFlagOrBlank,
    EstimatedUnitPriceTypeOrBlank,
    ExchangeTypeOrBlank,
    GoldSpotStockCodeOrBlank,
    IntradayInvestorOrBlank,
    InvestorTradeTypeOrBlank,
    KospiOrKosdaqBinaryOrBlank,
    KospiOrKosdaqOrBlank,
    MarketTypeOrBlank,
    NetSellBuyOrBlank,
    PriceChangeSignValue,
    ProgramMarketCodeByExchangeOrBlank,
    QuantityOrAmountMillionOrBlank,
    SubscriptionRightTypeOrBlank,
    TickChartIntervalOrBlank,
    TickOrMinuteOrBlank,
)


class Ka10004Request(KiwoomRequest):
    """
    ka10004 주식호가요청 (Stock Order Book): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10004Response(KiwoomResponse):
    """
    ka10004 주식호가요청 (Stock Order Book): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10004
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    bid_req_base_tm: Annotated[TimeValue | None, Field(description="호가잔량기준시간")] = None
    sel_10th_pre_req_pre: Annotated[IntValue | None, Field(description="매도10차선잔량대비 · shares")] = None
    sel_10th_pre_req: Annotated[IntValue | None, Field(description="매도10차선잔량 · shares")] = None
    sel_10th_pre_bid: Annotated[PriceValue | None, Field(description="매도10차선호가 · KRW")] = None
    sel_9th_pre_req_pre: Annotated[IntValue | None, Field(description="매도9차선잔량대비 · shares")] = None
    sel_9th_pre_req: Annotated[IntValue | None, Field(description="매도9차선잔량 · shares")] = None
    sel_9th_pre_bid: Annotated[PriceValue | None, Field(description="매도9차선호가 · KRW")] = None
    sel_8th_pre_req_pre: Annotated[IntValue | None, Field(description="매도8차선잔량대비 · shares")] = None
    sel_8th_pre_req: Annotated[IntValue | None, Field(description="매도8차선잔량 · shares")] = None
    sel_8th_pre_bid: Annotated[PriceValue | None, Field(description="매도8차선호가 · KRW")] = None
    sel_7th_pre_req_pre: Annotated[IntValue | None, Field(description="매도7차선잔량대비 · shares")] = None
    sel_7th_pre_req: Annotated[IntValue | None, Field(description="매도7차선잔량 · shares")] = None
    sel_7th_pre_bid: Annotated[PriceValue | None, Field(description="매도7차선호가 · KRW")] = None
    sel_6th_pre_req_pre: Annotated[IntValue | None, Field(description="매도6차선잔량대비 · shares")] = None
    sel_6th_pre_req: Annotated[IntValue | None, Field(description="매도6차선잔량 · shares")] = None
    sel_6th_pre_bid: Annotated[PriceValue | None, Field(description="매도6차선호가 · KRW")] = None
    sel_5th_pre_req_pre: Annotated[IntValue | None, Field(description="매도5차선잔량대비 · shares")] = None
    sel_5th_pre_req: Annotated[IntValue | None, Field(description="매도5차선잔량 · shares")] = None
    sel_5th_pre_bid: Annotated[PriceValue | None, Field(description="매도5차선호가 · KRW")] = None
    sel_4th_pre_req_pre: Annotated[IntValue | None, Field(description="매도4차선잔량대비 · shares")] = None
    sel_4th_pre_req: Annotated[IntValue | None, Field(description="매도4차선잔량 · shares")] = None
    sel_4th_pre_bid: Annotated[PriceValue | None, Field(description="매도4차선호가 · KRW")] = None
    sel_3th_pre_req_pre: Annotated[IntValue | None, Field(description="매도3차선잔량대비 · shares")] = None
    sel_3th_pre_req: Annotated[IntValue | None, Field(description="매도3차선잔량 · shares")] = None
    sel_3th_pre_bid: Annotated[PriceValue | None, Field(description="매도3차선호가 · KRW")] = None
    sel_2th_pre_req_pre: Annotated[IntValue | None, Field(description="매도2차선잔량대비 · shares")] = None
    sel_2th_pre_req: Annotated[IntValue | None, Field(description="매도2차선잔량 · shares")] = None
    sel_2th_pre_bid: Annotated[PriceValue | None, Field(description="매도2차선호가 · KRW")] = None
    sel_1th_pre_req_pre: Annotated[IntValue | None, Field(description="매도1차선잔량대비 · shares")] = None
    sel_fpr_req: Annotated[IntValue | None, Field(description="매도최우선잔량 · shares")] = None
    sel_fpr_bid: Annotated[PriceValue | None, Field(description="매도최우선호가 · KRW")] = None
    buy_fpr_bid: Annotated[PriceValue | None, Field(description="매수최우선호가 · KRW")] = None
    buy_fpr_req: Annotated[IntValue | None, Field(description="매수최우선잔량 · shares")] = None
    buy_1th_pre_req_pre: Annotated[IntValue | None, Field(description="매수1차선잔량대비 · shares")] = None
    buy_2th_pre_bid: Annotated[PriceValue | None, Field(description="매수2차선호가 · KRW")] = None
    buy_2th_pre_req: Annotated[IntValue | None, Field(description="매수2차선잔량 · shares")] = None
    buy_2th_pre_req_pre: Annotated[IntValue | None, Field(description="매수2차선잔량대비 · shares")] = None
    buy_3th_pre_bid: Annotated[PriceValue | None, Field(description="매수3차선호가 · KRW")] = None
    buy_3th_pre_req: Annotated[IntValue | None, Field(description="매수3차선잔량 · shares")] = None
    buy_3th_pre_req_pre: Annotated[IntValue | None, Field(description="매수3차선잔량대비 · shares")] = None
    buy_4th_pre_bid: Annotated[PriceValue | None, Field(description="매수4차선호가 · KRW")] = None
    buy_4th_pre_req: Annotated[IntValue | None, Field(description="매수4차선잔량 · shares")] = None
    buy_4th_pre_req_pre: Annotated[IntValue | None, Field(description="매수4차선잔량대비 · shares")] = None
    buy_5th_pre_bid: Annotated[PriceValue | None, Field(description="매수5차선호가 · KRW")] = None
    buy_5th_pre_req: Annotated[IntValue | None, Field(description="매수5차선잔량 · shares")] = None
    buy_5th_pre_req_pre: Annotated[IntValue | None, Field(description="매수5차선잔량대비 · shares")] = None
    buy_6th_pre_bid: Annotated[PriceValue | None, Field(description="매수6차선호가 · KRW")] = None
    buy_6th_pre_req: Annotated[IntValue | None, Field(description="매수6차선잔량 · shares")] = None
    buy_6th_pre_req_pre: Annotated[IntValue | None, Field(description="매수6차선잔량대비 · shares")] = None
    buy_7th_pre_bid: Annotated[PriceValue | None, Field(description="매수7차선호가 · KRW")] = None
    buy_7th_pre_req: Annotated[IntValue | None, Field(description="매수7차선잔량 · shares")] = None
    buy_7th_pre_req_pre: Annotated[IntValue | None, Field(description="매수7차선잔량대비 · shares")] = None
    buy_8th_pre_bid: Annotated[PriceValue | None, Field(description="매수8차선호가 · KRW")] = None
    buy_8th_pre_req: Annotated[IntValue | None, Field(description="매수8차선잔량 · shares")] = None
    buy_8th_pre_req_pre: Annotated[IntValue | None, Field(description="매수8차선잔량대비 · shares")] = None
    buy_9th_pre_bid: Annotated[PriceValue | None, Field(description="매수9차선호가 · KRW")] = None
    buy_9th_pre_req: Annotated[IntValue | None, Field(description="매수9차선잔량 · shares")] = None
    buy_9th_pre_req_pre: Annotated[IntValue | None, Field(description="매수9차선잔량대비 · shares")] = None
    buy_10th_pre_bid: Annotated[PriceValue | None, Field(description="매수10차선호가 · KRW")] = None
    buy_10th_pre_req: Annotated[IntValue | None, Field(description="매수10차선잔량 · shares")] = None
    buy_10th_pre_req_pre: Annotated[IntValue | None, Field(description="매수10차선잔량대비 · shares")] = None
    tot_sel_req_jub_pre: Annotated[IntValue | None, Field(description="총매도잔량직전대비 · shares")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="총매도잔량 · shares")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="총매수잔량 · shares")] = None
    tot_buy_req_jub_pre: Annotated[IntValue | None, Field(description="총매수잔량직전대비 · shares")] = None
    ovt_sel_req_pre: Annotated[IntValue | None, Field(description="시간외매도잔량대비 · shares")] = None
    ovt_sel_req: Annotated[IntValue | None, Field(description="시간외매도잔량 · shares")] = None
    ovt_buy_req: Annotated[IntValue | None, Field(description="시간외매수잔량 · shares")] = None
    ovt_buy_req_pre: Annotated[IntValue | None, Field(description="시간외매수잔량대비 · shares")] = None


class Ka10005Request(KiwoomRequest):
    """
    ka10005 주식일주월시분요청 (Stock Daily/Weekly/Monthly/Time Prices): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10005StkDdwkmmItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    date: Annotated[DateValue | None, Field(description="날짜")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pre: Annotated[IntValue | None, Field(description="대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    for_poss: Annotated[DecimalValue | None, Field(description="외인보유 · percent")] = None
    for_wght: Annotated[DecimalValue | None, Field(description="외인비중 · percent")] = None
    for_netprps: Annotated[IntValue | None, Field(description="외인순매수")] = None
    orgn_netprps: Annotated[IntValue | None, Field(description="기관순매수")] = None
    ind_netprps: Annotated[IntValue | None, Field(description="개인순매수")] = None
    frgn: Annotated[IntValue | None, Field(description="외국계 · shares")] = None
    crd_remn_rt: Annotated[DecimalValue | None, Field(description="신용잔고율 · percent")] = None
    prm: Annotated[IntValue | None, Field(description="프로그램 · shares")] = None


class Ka10006Request(KiwoomRequest):
    """
    ka10006 주식시분요청 (Stock Intraday Time/Minute Price): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10006Response(KiwoomResponse):
    """
    ka10006 주식시분요청 (Stock Intraday Time/Minute Price): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10006
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    date: Annotated[DateValue | None, Field(description="날짜")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pre: Annotated[IntValue | None, Field(description="대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None


class Ka10007Request(KiwoomRequest):
    """
    ka10007 시세표성정보요청 (Stock Quote Sheet Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10007Response(KiwoomResponse):
    """
    ka10007 시세표성정보요청 (Stock Quote Sheet Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10007
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    date: Annotated[DateValue | None, Field(description="날짜")] = None
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    pred_close_pric: Annotated[PriceValue | None, Field(description="전일종가 · KRW")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None
    upl_pric: Annotated[PriceValue | None, Field(description="상한가 · KRW")] = None
    lst_pric: Annotated[PriceValue | None, Field(description="하한가 · KRW")] = None
    pred_trde_prica: Annotated[IntValue | None, Field(description="전일거래대금 · KRW_million")] = None
    flo_stkcnt: Annotated[IntValue | None, Field(description="상장주식수 · thousand_shares")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    smbol: Annotated[PriceChangeSignValue | None, Field(description="부호")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    pred_rt: Annotated[DirectedRateValue | None, Field(description="전일비 · percent")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    exp_cntr_pric: Annotated[PriceValue | None, Field(description="예상체결가 · KRW")] = None
    exp_cntr_qty: Annotated[IntValue | None, Field(description="예상체결량 · shares")] = None
    exp_sel_pri_bid: Annotated[PriceValue | None, Field(description="예상매도우선호가 · KRW")] = None
    exp_buy_pri_bid: Annotated[PriceValue | None, Field(description="예상매수우선호가 · KRW")] = None
    trde_strt_dt: Annotated[DateValue | None, Field(description="거래시작일")] = None
    exec_pric: Annotated[PriceValue | None, Field(description="행사가격 · KRW")] = None
    hgst_pric: Annotated[PriceValue | None, Field(description="최고가 · KRW")] = None
    lwst_pric: Annotated[PriceValue | None, Field(description="최저가 · KRW")] = None
    hgst_pric_dt: Annotated[DateValue | None, Field(description="최고가일")] = None
    lwst_pric_dt: Annotated[DateValue | None, Field(description="최저가일")] = None
    sel_1bid: Annotated[PriceValue | None, Field(description="매도1호가 · KRW")] = None
    sel_2bid: Annotated[PriceValue | None, Field(description="매도2호가 · KRW")] = None
    sel_3bid: Annotated[PriceValue | None, Field(description="매도3호가 · KRW")] = None
    sel_4bid: Annotated[PriceValue | None, Field(description="매도4호가 · KRW")] = None
    sel_5bid: Annotated[PriceValue | None, Field(description="매도5호가 · KRW")] = None
    sel_6bid: Annotated[PriceValue | None, Field(description="매도6호가 · KRW")] = None
    sel_7bid: Annotated[PriceValue | None, Field(description="매도7호가 · KRW")] = None
    sel_8bid: Annotated[PriceValue | None, Field(description="매도8호가 · KRW")] = None
    sel_9bid: Annotated[PriceValue | None, Field(description="매도9호가 · KRW")] = None
    sel_10bid: Annotated[PriceValue | None, Field(description="매도10호가 · KRW")] = None
    buy_1bid: Annotated[PriceValue | None, Field(description="매수1호가 · KRW")] = None
    buy_2bid: Annotated[PriceValue | None, Field(description="매수2호가 · KRW")] = None
    buy_3bid: Annotated[PriceValue | None, Field(description="매수3호가 · KRW")] = None
    buy_4bid: Annotated[PriceValue | None, Field(description="매수4호가 · KRW")] = None
    buy_5bid: Annotated[PriceValue | None, Field(description="매수5호가 · KRW")] = None
    buy_6bid: Annotated[PriceValue | None, Field(description="매수6호가 · KRW")] = None
    buy_7bid: Annotated[PriceValue | None, Field(description="매수7호가 · KRW")] = None
    buy_8bid: Annotated[PriceValue | None, Field(description="매수8호가 · KRW")] = None
    buy_9bid: Annotated[PriceValue | None, Field(description="매수9호가 · KRW")] = None
    buy_10bid: Annotated[PriceValue | None, Field(description="매수10호가 · KRW")] = None
    sel_1bid_req: Annotated[IntValue | None, Field(description="매도1호가잔량 · shares")] = None
    sel_2bid_req: Annotated[IntValue | None, Field(description="매도2호가잔량 · shares")] = None
    sel_3bid_req: Annotated[IntValue | None, Field(description="매도3호가잔량 · shares")] = None
    sel_4bid_req: Annotated[IntValue | None, Field(description="매도4호가잔량 · shares")] = None
    sel_5bid_req: Annotated[IntValue | None, Field(description="매도5호가잔량 · shares")] = None
    sel_6bid_req: Annotated[IntValue | None, Field(description="매도6호가잔량 · shares")] = None
    sel_7bid_req: Annotated[IntValue | None, Field(description="매도7호가잔량 · shares")] = None
    sel_8bid_req: Annotated[IntValue | None, Field(description="매도8호가잔량 · shares")] = None
    sel_9bid_req: Annotated[IntValue | None, Field(description="매도9호가잔량 · shares")] = None
    sel_10bid_req: Annotated[IntValue | None, Field(description="매도10호가잔량 · shares")] = None
    buy_1bid_req: Annotated[IntValue | None, Field(description="매수1호가잔량 · shares")] = None
    buy_2bid_req: Annotated[IntValue | None, Field(description="매수2호가잔량 · shares")] = None
    buy_3bid_req: Annotated[IntValue | None, Field(description="매수3호가잔량 · shares")] = None
    buy_4bid_req: Annotated[IntValue | None, Field(description="매수4호가잔량 · shares")] = None
    buy_5bid_req: Annotated[IntValue | None, Field(description="매수5호가잔량 · shares")] = None
    buy_6bid_req: Annotated[IntValue | None, Field(description="매수6호가잔량 · shares")] = None
    buy_7bid_req: Annotated[IntValue | None, Field(description="매수7호가잔량 · shares")] = None
    buy_8bid_req: Annotated[IntValue | None, Field(description="매수8호가잔량 · shares")] = None
    buy_9bid_req: Annotated[IntValue | None, Field(description="매수9호가잔량 · shares")] = None
    buy_10bid_req: Annotated[IntValue | None, Field(description="매수10호가잔량 · shares")] = None
    sel_1bid_jub_pre: Annotated[IntValue | None, Field(description="매도1호가직전대비 · shares")] = None
    sel_2bid_jub_pre: Annotated[IntValue | None, Field(description="매도2호가직전대비 · shares")] = None
    sel_3bid_jub_pre: Annotated[IntValue | None, Field(description="매도3호가직전대비 · shares")] = None
    sel_4bid_jub_pre: Annotated[IntValue | None, Field(description="매도4호가직전대비 · shares")] = None
    sel_5bid_jub_pre: Annotated[IntValue | None, Field(description="매도5호가직전대비 · shares")] = None
    sel_6bid_jub_pre: Annotated[IntValue | None, Field(description="매도6호가직전대비 · shares")] = None
    sel_7bid_jub_pre: Annotated[IntValue | None, Field(description="매도7호가직전대비 · shares")] = None
    sel_8bid_jub_pre: Annotated[IntValue | None, Field(description="매도8호가직전대비 · shares")] = None
    sel_9bid_jub_pre: Annotated[IntValue | None, Field(description="매도9호가직전대비 · shares")] = None
    sel_10bid_jub_pre: Annotated[IntValue | None, Field(description="매도10호가직전대비 · shares")] = None
    buy_1bid_jub_pre: Annotated[IntValue | None, Field(description="매수1호가직전대비 · shares")] = None
    buy_2bid_jub_pre: Annotated[IntValue | None, Field(description="매수2호가직전대비 · shares")] = None
    buy_3bid_jub_pre: Annotated[IntValue | None, Field(description="매수3호가직전대비 · shares")] = None
    buy_4bid_jub_pre: Annotated[IntValue | None, Field(description="매수4호가직전대비 · shares")] = None
    buy_5bid_jub_pre: Annotated[IntValue | None, Field(description="매수5호가직전대비 · shares")] = None
    buy_6bid_jub_pre: Annotated[IntValue | None, Field(description="매수6호가직전대비 · shares")] = None
    buy_7bid_jub_pre: Annotated[IntValue | None, Field(description="매수7호가직전대비 · shares")] = None
    buy_8bid_jub_pre: Annotated[IntValue | None, Field(description="매수8호가직전대비 · shares")] = None
    buy_9bid_jub_pre: Annotated[IntValue | None, Field(description="매수9호가직전대비 · shares")] = None
    buy_10bid_jub_pre: Annotated[IntValue | None, Field(description="매수10호가직전대비 · shares")] = None
    sel_1bid_cnt: Annotated[IntValue | None, Field(description="매도1호가건수 · count")] = None
    sel_2bid_cnt: Annotated[IntValue | None, Field(description="매도2호가건수 · count")] = None
    sel_3bid_cnt: Annotated[IntValue | None, Field(description="매도3호가건수 · count")] = None
    sel_4bid_cnt: Annotated[IntValue | None, Field(description="매도4호가건수 · count")] = None
    sel_5bid_cnt: Annotated[IntValue | None, Field(description="매도5호가건수 · count")] = None
    buy_1bid_cnt: Annotated[IntValue | None, Field(description="매수1호가건수")] = None
    buy_2bid_cnt: Annotated[IntValue | None, Field(description="매수2호가건수")] = None
    buy_3bid_cnt: Annotated[IntValue | None, Field(description="매수3호가건수")] = None
    buy_4bid_cnt: Annotated[IntValue | None, Field(description="매수4호가건수")] = None
    buy_5bid_cnt: Annotated[IntValue | None, Field(description="매수5호가건수")] = None
    lpsel_1bid_req: Annotated[IntValue | None, Field(description="LP매도1호가잔량 · shares")] = None
    lpsel_2bid_req: Annotated[IntValue | None, Field(description="LP매도2호가잔량 · shares")] = None
    lpsel_3bid_req: Annotated[IntValue | None, Field(description="LP매도3호가잔량 · shares")] = None
    lpsel_4bid_req: Annotated[IntValue | None, Field(description="LP매도4호가잔량 · shares")] = None
    lpsel_5bid_req: Annotated[IntValue | None, Field(description="LP매도5호가잔량 · shares")] = None
    lpsel_6bid_req: Annotated[IntValue | None, Field(description="LP매도6호가잔량 · shares")] = None
    lpsel_7bid_req: Annotated[IntValue | None, Field(description="LP매도7호가잔량 · shares")] = None
    lpsel_8bid_req: Annotated[IntValue | None, Field(description="LP매도8호가잔량 · shares")] = None
    lpsel_9bid_req: Annotated[IntValue | None, Field(description="LP매도9호가잔량 · shares")] = None
    lpsel_10bid_req: Annotated[IntValue | None, Field(description="LP매도10호가잔량 · shares")] = None
    lpbuy_1bid_req: Annotated[IntValue | None, Field(description="LP매수1호가잔량 · shares")] = None
    lpbuy_2bid_req: Annotated[IntValue | None, Field(description="LP매수2호가잔량 · shares")] = None
    lpbuy_3bid_req: Annotated[IntValue | None, Field(description="LP매수3호가잔량 · shares")] = None
    lpbuy_4bid_req: Annotated[IntValue | None, Field(description="LP매수4호가잔량 · shares")] = None
    lpbuy_5bid_req: Annotated[IntValue | None, Field(description="LP매수5호가잔량 · shares")] = None
    lpbuy_6bid_req: Annotated[IntValue | None, Field(description="LP매수6호가잔량 · shares")] = None
    lpbuy_7bid_req: Annotated[IntValue | None, Field(description="LP매수7호가잔량 · shares")] = None
    lpbuy_8bid_req: Annotated[IntValue | None, Field(description="LP매수8호가잔량 · shares")] = None
    lpbuy_9bid_req: Annotated[IntValue | None, Field(description="LP매수9호가잔량 · shares")] = None
    lpbuy_10bid_req: Annotated[IntValue | None, Field(description="LP매수10호가잔량 · shares")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="총매수잔량 · shares")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="총매도잔량 · shares")] = None
    tot_buy_cnt: Annotated[IntValue | None, Field(description="총매수건수 · count")] = None
    tot_sel_cnt: Annotated[IntValue | None, Field(description="총매도건수")] = None


class Ka10011NewstkRecvrhtMrprItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    fpr_sel_bid: Annotated[PriceValue | None, Field(description="최우선매도호가 · KRW")] = None
    fpr_buy_bid: Annotated[PriceValue | None, Field(description="최우선매수호가 · KRW")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None


class Ka10011Request(KiwoomRequest):
    """
    ka10011 신주인수권전체시세요청 (Subscription Rights Warrant Prices): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    newstk_recvrht_tp: Annotated[SubscriptionRightTypeOrBlank, Field(description="신주인수권구분")]


class Ka10011Response(KiwoomResponse):
    """
    ka10011 신주인수권전체시세요청 (Subscription Rights Warrant Prices): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10011
    """

    newstk_recvrht_mrpr: Annotated[
        list[Ka10011NewstkRecvrhtMrprItem], Field(description="신주인수권시세", validate_default=True)
    ] = []


class Ka10044DalyOrgnTrdeStkItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    netprps_qty: Annotated[IntValue | None, Field(description="순매수수량 · hundred_shares")] = None
    netprps_amt: Annotated[IntValue | None, Field(description="순매수금액 · KRW_million")] = None
    prsm_avg_pric: Annotated[PriceValue | None, Field(description="추정평균가 · KRW")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    avg_pric_pre: Annotated[IntValue | None, Field(description="평균가대비 · KRW")] = None
    pre_rt: Annotated[DecimalValue | None, Field(description="대비율 · percent")] = None


class Ka10044Request(KiwoomRequest):
    """
    ka10044 일별기관매매종목요청 (Daily Institutional Trading Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]
    trde_tp: Annotated[NetSellBuyOrBlank, Field(description="매매구분")]
    mrkt_tp: Annotated[KospiOrKosdaqOrBlank, Field(description="시장구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10044Response(KiwoomResponse):
    """
    ka10044 일별기관매매종목요청 (Daily Institutional Trading Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10044
    """

    daly_orgn_trde_stk: Annotated[
        list[Ka10044DalyOrgnTrdeStkItem], Field(description="일별기관매매종목", validate_default=True)
    ] = []


class Ka10045Request(KiwoomRequest):
    """
    ka10045 종목별기관매매추이요청 (Institutional Trading Trend by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]
    orgn_prsm_unp_tp: Annotated[EstimatedUnitPriceTypeOrBlank, Field(description="기관추정단가구분")]
    for_prsm_unp_tp: Annotated[EstimatedUnitPriceTypeOrBlank, Field(description="외인추정단가구분")]


class Ka10045StkOrgnTrdeTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    orgn_dt_acc: Annotated[IntValue | None, Field(description="기관기간누적 · shares")] = None
    orgn_daly_nettrde_qty: Annotated[IntValue | None, Field(description="기관일별순매매수량 · shares")] = None
    for_dt_acc: Annotated[IntValue | None, Field(description="외인기간누적 · shares")] = None
    for_daly_nettrde_qty: Annotated[IntValue | None, Field(description="외인일별순매매수량 · shares")] = None
    limit_exh_rt: Annotated[DecimalValue | None, Field(description="한도소진율 · percent")] = None


class Ka10046CntrStrTmItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · KRW_million")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    cntr_str_5min: Annotated[DecimalValue | None, Field(description="체결강도5분 · percent")] = None
    cntr_str_20min: Annotated[DecimalValue | None, Field(description="체결강도20분 · percent")] = None
    cntr_str_60min: Annotated[DecimalValue | None, Field(description="체결강도60분 · percent")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka10046Request(KiwoomRequest):
    """
    ka10046 체결강도추이시간별요청 (Execution Strength Trend by Time): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10046Response(KiwoomResponse):
    """
    ka10046 체결강도추이시간별요청 (Execution Strength Trend by Time): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10046
    """

    cntr_str_tm: Annotated[list[Ka10046CntrStrTmItem], Field(description="체결강도시간별", validate_default=True)] = []


class Ka10047CntrStrDalyItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · KRW_million")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    cntr_str_5min: Annotated[DecimalValue | None, Field(description="체결강도5일 · percent")] = None
    cntr_str_20min: Annotated[DecimalValue | None, Field(description="체결강도20일 · percent")] = None
    cntr_str_60min: Annotated[DecimalValue | None, Field(description="체결강도60일 · percent")] = None


class Ka10047Request(KiwoomRequest):
    """
    ka10047 체결강도추이일별요청 (Execution Strength Trend Daily): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10047Response(KiwoomResponse):
    """
    ka10047 체결강도추이일별요청 (Execution Strength Trend Daily): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10047
    """

    cntr_str_daly: Annotated[
        list[Ka10047CntrStrDalyItem], Field(description="체결강도일별", validate_default=True)
    ] = []


class Ka10063OpmrInvsrTrdeItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    netprps_amt: Annotated[IntValue | None, Field(description="순매수금액 · KRW_million")] = None
    prev_netprps_amt: Annotated[IntValue | None, Field(description="이전순매수금액 · KRW_million")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금액 · KRW_million")] = None
    netprps_amt_irds: Annotated[IntValue | None, Field(description="순매수금액증감 · KRW_million")] = None
    buy_amt_irds: Annotated[IntValue | None, Field(description="매수금액증감 · KRW_million")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금액 · KRW_million")] = None
    sell_amt_irds: Annotated[IntValue | None, Field(description="매도금액증감 · KRW_million")] = None
    netprps_qty: Annotated[IntValue | None, Field(description="순매수수량 · shares")] = None
    prev_pot_netprps_qty: Annotated[IntValue | None, Field(description="이전시점순매수수량 · shares")] = None
    netprps_irds: Annotated[IntValue | None, Field(description="순매수증감 · shares")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · shares")] = None
    buy_qty_irds: Annotated[IntValue | None, Field(description="매수수량증감 · shares")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None
    sell_qty_irds: Annotated[IntValue | None, Field(description="매도수량증감 · shares")] = None


class Ka10063Request(KiwoomRequest):
    """
    ka10063 장중투자자별매매요청 (Intraday Trading by Investor): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    amt_qty_tp: Annotated[AmountAndQuantityOrBlank, Field(description="금액수량구분")]
    invsr: Annotated[IntradayInvestorOrBlank, Field(description="투자자별")]
    frgn_all: Annotated[CheckFlagOrBlank, Field(description="외국계전체")]
    smtm_netprps_tp: Annotated[CheckFlagOrBlank, Field(description="동시순매수구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10063Response(KiwoomResponse):
    """
    ka10063 장중투자자별매매요청 (Intraday Trading by Investor): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10063
    """

    opmr_invsr_trde: Annotated[
        list[Ka10063OpmrInvsrTrdeItem], Field(description="장중투자자별매매", validate_default=True)
    ] = []


class Ka10066OpafInvsrTrdeItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
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


class Ka10066Request(KiwoomRequest):
    """
    ka10066 장마감후투자자별매매요청 (After-Close Trading by Investor): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank, Field(description="금액수량구분")]
    trde_tp: Annotated[InvestorTradeTypeOrBlank, Field(description="매매구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10066Response(KiwoomResponse):
    """
    ka10066 장마감후투자자별매매요청 (After-Close Trading by Investor): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10066
    """

    opaf_invsr_trde: Annotated[
        list[Ka10066OpafInvsrTrdeItem], Field(description="장중투자자별매매차트", validate_default=True)
    ] = []


class Ka10078Request(KiwoomRequest):
    """
    ka10078 증권사별종목매매동향요청 (Broker Stock Trading Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mmcm_cd: Annotated[TextArgument, Field(description="회원사코드", max_length=3)]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]


class Ka10078SecStkTrdeTrendItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    netprps_qty: Annotated[IntValue | None, Field(description="순매수수량 · shares")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · shares")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None


class Ka10086DalyStkpcItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    date: Annotated[DateValue | None, Field(description="날짜")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pred_rt: Annotated[IntValue | None, Field(description="전일비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    amt_mn: Annotated[IntValue | None, Field(description="금액(백만) · KRW_million")] = None
    crd_rt: Annotated[DecimalValue | None, Field(description="신용비 · percent")] = None
    ind: Annotated[IntValue | None, Field(description="개인 · shares when indc_tp=0, KRW_million when indc_tp=1")] = (
        None
    )
    orgn: Annotated[IntValue | None, Field(description="기관 · shares when indc_tp=0, KRW_million when indc_tp=1")] = (
        None
    )
    for_qty: Annotated[
        IntValue | None, Field(description="외인수량 · shares when indc_tp=0, KRW_million when indc_tp=1")
    ] = None
    frgn: Annotated[
        IntValue | None, Field(description="외국계 · shares when indc_tp=0, KRW_million when indc_tp=1")
    ] = None
    prm: Annotated[IntValue | None, Field(description="프로그램 · KRW_million")] = None
    for_rt: Annotated[DecimalValue | None, Field(description="외인비 · percent")] = None
    for_poss: Annotated[DecimalValue | None, Field(description="외인보유 · percent")] = None
    for_wght: Annotated[DecimalValue | None, Field(description="외인비중 · percent")] = None
    for_netprps: Annotated[
        IntValue | None, Field(description="외인순매수 · shares when indc_tp=0, KRW_million when indc_tp=1")
    ] = None
    orgn_netprps: Annotated[
        IntValue | None, Field(description="기관순매수 · shares when indc_tp=0, KRW_million when indc_tp=1")
    ] = None
    ind_netprps: Annotated[
        IntValue | None, Field(description="개인순매수 · shares when indc_tp=0, KRW_million when indc_tp=1")
    ] = None
    crd_remn_rt: Annotated[DecimalValue | None, Field(description="신용잔고율 · percent")] = None


class Ka10086Request(KiwoomRequest):
    """
    ka10086 일별주가요청 (Daily Stock Price): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    qry_dt: Annotated[DateArgument, Field(description="조회일자", max_length=8)]
    indc_tp: Annotated[QuantityOrAmountMillionOrBlank, Field(description="표시구분")]


class Ka10086Response(KiwoomResponse):
    """
    ka10086 일별주가요청 (Daily Stock Price): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10086
    """

    daly_stkpc: Annotated[list[Ka10086DalyStkpcItem], Field(description="일별주가", validate_default=True)] = []


class Ka10087Request(KiwoomRequest):
    """
    ka10087 시간외단일가요청 (After-Hours Single Price): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10087Response(KiwoomResponse):
    """
    ka10087 시간외단일가요청 (After-Hours Single Price): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10087
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    bid_req_base_tm: Annotated[TimeValue | None, Field(description="호가잔량기준시간")] = None
    ovt_sigpric_sel_bid_jub_pre_5: Annotated[
        IntValue | None, Field(description="시간외단일가_매도호가직전대비5 · shares")
    ] = None
    ovt_sigpric_sel_bid_jub_pre_4: Annotated[
        IntValue | None, Field(description="시간외단일가_매도호가직전대비4 · shares")
    ] = None
    ovt_sigpric_sel_bid_jub_pre_3: Annotated[
        IntValue | None, Field(description="시간외단일가_매도호가직전대비3 · shares")
    ] = None
    ovt_sigpric_sel_bid_jub_pre_2: Annotated[
        IntValue | None, Field(description="시간외단일가_매도호가직전대비2 · shares")
    ] = None
    ovt_sigpric_sel_bid_jub_pre_1: Annotated[
        IntValue | None, Field(description="시간외단일가_매도호가직전대비1 · shares")
    ] = None
    ovt_sigpric_sel_bid_qty_5: Annotated[IntValue | None, Field(description="시간외단일가_매도호가수량5 · shares")] = (
        None
    )
    ovt_sigpric_sel_bid_qty_4: Annotated[IntValue | None, Field(description="시간외단일가_매도호가수량4 · shares")] = (
        None
    )
    ovt_sigpric_sel_bid_qty_3: Annotated[IntValue | None, Field(description="시간외단일가_매도호가수량3 · shares")] = (
        None
    )
    ovt_sigpric_sel_bid_qty_2: Annotated[IntValue | None, Field(description="시간외단일가_매도호가수량2 · shares")] = (
        None
    )
    ovt_sigpric_sel_bid_qty_1: Annotated[IntValue | None, Field(description="시간외단일가_매도호가수량1 · shares")] = (
        None
    )
    ovt_sigpric_sel_bid_5: Annotated[PriceValue | None, Field(description="시간외단일가_매도호가5 · KRW")] = None
    ovt_sigpric_sel_bid_4: Annotated[PriceValue | None, Field(description="시간외단일가_매도호가4 · KRW")] = None
    ovt_sigpric_sel_bid_3: Annotated[PriceValue | None, Field(description="시간외단일가_매도호가3 · KRW")] = None
    ovt_sigpric_sel_bid_2: Annotated[PriceValue | None, Field(description="시간외단일가_매도호가2 · KRW")] = None
    ovt_sigpric_sel_bid_1: Annotated[PriceValue | None, Field(description="시간외단일가_매도호가1 · KRW")] = None
    ovt_sigpric_buy_bid_1: Annotated[PriceValue | None, Field(description="시간외단일가_매수호가1 · KRW")] = None
    ovt_sigpric_buy_bid_2: Annotated[PriceValue | None, Field(description="시간외단일가_매수호가2 · KRW")] = None
    ovt_sigpric_buy_bid_3: Annotated[PriceValue | None, Field(description="시간외단일가_매수호가3 · KRW")] = None
    ovt_sigpric_buy_bid_4: Annotated[PriceValue | None, Field(description="시간외단일가_매수호가4 · KRW")] = None
    ovt_sigpric_buy_bid_5: Annotated[PriceValue | None, Field(description="시간외단일가_매수호가5 · KRW")] = None
    ovt_sigpric_buy_bid_qty_1: Annotated[IntValue | None, Field(description="시간외단일가_매수호가수량1 · shares")] = (
        None
    )
    ovt_sigpric_buy_bid_qty_2: Annotated[IntValue | None, Field(description="시간외단일가_매수호가수량2 · shares")] = (
        None
    )
    ovt_sigpric_buy_bid_qty_3: Annotated[IntValue | None, Field(description="시간외단일가_매수호가수량3 · shares")] = (
        None
    )
    ovt_sigpric_buy_bid_qty_4: Annotated[IntValue | None, Field(description="시간외단일가_매수호가수량4 · shares")] = (
        None
    )
    ovt_sigpric_buy_bid_qty_5: Annotated[IntValue | None, Field(description="시간외단일가_매수호가수량5 · shares")] = (
        None
    )
    ovt_sigpric_buy_bid_jub_pre_1: Annotated[
        IntValue | None, Field(description="시간외단일가_매수호가직전대비1 · shares")
    ] = None
    ovt_sigpric_buy_bid_jub_pre_2: Annotated[
        IntValue | None, Field(description="시간외단일가_매수호가직전대비2 · shares")
    ] = None
    ovt_sigpric_buy_bid_jub_pre_3: Annotated[
        IntValue | None, Field(description="시간외단일가_매수호가직전대비3 · shares")
    ] = None
    ovt_sigpric_buy_bid_jub_pre_4: Annotated[
        IntValue | None, Field(description="시간외단일가_매수호가직전대비4 · shares")
    ] = None
    ovt_sigpric_buy_bid_jub_pre_5: Annotated[
        IntValue | None, Field(description="시간외단일가_매수호가직전대비5 · shares")
    ] = None
    ovt_sigpric_sel_bid_tot_req: Annotated[
        IntValue | None, Field(description="시간외단일가_매도호가총잔량 · shares")
    ] = None
    ovt_sigpric_buy_bid_tot_req: Annotated[
        IntValue | None, Field(description="시간외단일가_매수호가총잔량 · shares")
    ] = None
    sel_bid_tot_req_jub_pre: Annotated[IntValue | None, Field(description="매도호가총잔량직전대비 · shares")] = None
    sel_bid_tot_req: Annotated[IntValue | None, Field(description="매도호가총잔량 · shares")] = None
    buy_bid_tot_req: Annotated[IntValue | None, Field(description="매수호가총잔량 · shares")] = None
    buy_bid_tot_req_jub_pre: Annotated[IntValue | None, Field(description="매수호가총잔량직전대비 · shares")] = None
    ovt_sel_bid_tot_req_jub_pre: Annotated[
        IntValue | None, Field(description="시간외매도호가총잔량직전대비 · shares")
    ] = None
    ovt_sel_bid_tot_req: Annotated[IntValue | None, Field(description="시간외매도호가총잔량 · shares")] = None
    ovt_buy_bid_tot_req: Annotated[IntValue | None, Field(description="시간외매수호가총잔량 · shares")] = None
    ovt_buy_bid_tot_req_jub_pre: Annotated[
        IntValue | None, Field(description="시간외매수호가총잔량직전대비 · shares")
    ] = None
    ovt_sigpric_cur_prc: Annotated[PriceValue | None, Field(description="시간외단일가_현재가 · KRW")] = None
    ovt_sigpric_pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="시간외단일가_전일대비기호")] = (
        None
    )
    ovt_sigpric_pred_pre: Annotated[IntValue | None, Field(description="시간외단일가_전일대비 · KRW")] = None
    ovt_sigpric_flu_rt: Annotated[DecimalValue | None, Field(description="시간외단일가_등락률 · percent")] = None
    ovt_sigpric_acc_trde_qty: Annotated[IntValue | None, Field(description="시간외단일가_누적거래량 · shares")] = None


class Ka50010GoldCntrItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일 대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="누적 거래량 · grams")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적 거래대금 · KRW")] = None
    cntr_trde_qty: Annotated[IntValue | None, Field(description="거래량(체결량) · grams")] = None
    tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pri_sel_bid_unit: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    pri_buy_bid_unit: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    trde_pre: Annotated[DirectedRateValue | None, Field(description="전일 거래량 대비 비율 · percent")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="전일 거래량 대비 순간 거래량 비율 · percent")] = (
        None
    )
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None


class Ka50010Request(KiwoomRequest):
    """
    ka50010 금현물체결추이 (Gold Spot Execution Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka50010Response(KiwoomResponse):
    """
    ka50010 금현물체결추이 (Gold Spot Execution Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50010
    """

    gold_cntr: Annotated[list[Ka50010GoldCntrItem], Field(description="금현물체결추이", validate_default=True)] = []


class Ka50012GoldDalyTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일 대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="누적 거래량 · grams")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적 거래대금(백만) · KRW_million")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    orgn_netprps: Annotated[IntValue | None, Field(description="기관 순매수 수량 · thousand_grams")] = None
    for_netprps: Annotated[IntValue | None, Field(description="외국인 순매수 수량 · thousand_grams")] = None
    ind_netprps: Annotated[IntValue | None, Field(description="순매매량(개인) · thousand_grams")] = None


class Ka50012Request(KiwoomRequest):
    """
    ka50012 금현물일별추이 (Gold Spot Daily Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]


class Ka50012Response(KiwoomResponse):
    """
    ka50012 금현물일별추이 (Gold Spot Daily Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50012
    """

    gold_daly_trnsn: Annotated[
        list[Ka50012GoldDalyTrnsnItem], Field(description="금현물일별추이", validate_default=True)
    ] = []


class Ka50087GoldExptExecItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    exp_cntr_pric: Annotated[PriceValue | None, Field(description="예상 체결가 · KRW")] = None
    exp_pred_pre: Annotated[IntValue | None, Field(description="예상 체결가 전일대비 · KRW")] = None
    exp_flu_rt: Annotated[DecimalValue | None, Field(description="예상 체결가 등락율 · percent")] = None
    exp_acc_trde_qty: Annotated[IntValue | None, Field(description="예상 체결 수량(누적)")] = None
    exp_cntr_trde_qty: Annotated[IntValue | None, Field(description="예상 체결 수량")] = None
    exp_tm: Annotated[TimeValue | None, Field(description="예상 체결 시간")] = None
    exp_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="예상 체결가 전일대비기호")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소 구분")] = None


class Ka50087Request(KiwoomRequest):
    """
    ka50087 금현물예상체결 (Gold Spot Expected Execution): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka50087Response(KiwoomResponse):
    """
    ka50087 금현물예상체결 (Gold Spot Expected Execution): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50087
    """

    gold_expt_exec: Annotated[
        list[Ka50087GoldExptExecItem], Field(description="금현물예상체결", validate_default=True)
    ] = []


class Ka50100Request(KiwoomRequest):
    """
    ka50100 금현물 시세정보 (Gold Spot Price Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[GoldSpotStockCodeOrBlank, Field(description="종목코드")]


class Ka50100Response(KiwoomResponse):
    """
    ka50100 금현물 시세정보 (Gold Spot Price Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50100
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · grams")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    pred_rt: Annotated[DirectedRateValue | None, Field(description="전일비 · percent")] = None
    upl_pric: Annotated[PriceValue | None, Field(description="상한가 · KRW")] = None
    lst_pric: Annotated[PriceValue | None, Field(description="하한가 · KRW")] = None
    pred_close_pric: Annotated[PriceValue | None, Field(description="전일종가 · KRW")] = None


class Ka50101GoldBidItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일 대비(원) · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="누적 거래량 · grams")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적 거래대금 · KRW_million")] = None
    cntr_trde_qty: Annotated[IntValue | None, Field(description="거래량(체결량) · grams")] = None
    tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pri_sel_bid_unit: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    pri_buy_bid_unit: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    trde_pre: Annotated[DirectedRateValue | None, Field(description="전일 거래량 대비 비율 · percent")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="전일 거래량 대비 순간 거래량 비율 · percent")] = (
        None
    )
    cntr_str: Annotated[DecimalValue | None, Field(description="체결강도 · percent")] = None
    lpmmcm_nm_1: Annotated[DecimalValue | None, Field(description="K.O 접근도")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka50101Request(KiwoomRequest):
    """
    ka50101 금현물 호가 (Gold Spot Order Book): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tic_scope: Annotated[TickChartIntervalOrBlank, Field(description="틱범위")]


class Ka50101Response(KiwoomResponse):
    """
    ka50101 금현물 호가 (Gold Spot Order Book): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50101
    """

    gold_bid: Annotated[list[Ka50101GoldBidItem], Field(description="금현물호가", validate_default=True)] = []


class Ka90005PrmTrdeTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    dfrt_trde_sel: Annotated[IntValue | None, Field(description="차익거래매도 · KRW_million")] = None
    dfrt_trde_buy: Annotated[IntValue | None, Field(description="차익거래매수 · KRW_million")] = None
    dfrt_trde_netprps: Annotated[IntValue | None, Field(description="차익거래순매수 · KRW_million")] = None
    ndiffpro_trde_sel: Annotated[IntValue | None, Field(description="비차익거래매도 · KRW_million")] = None
    ndiffpro_trde_buy: Annotated[IntValue | None, Field(description="비차익거래매수 · KRW_million")] = None
    ndiffpro_trde_netprps: Annotated[IntValue | None, Field(description="비차익거래순매수 · KRW_million")] = None
    dfrt_trde_sell_qty: Annotated[IntValue | None, Field(description="차익거래매도수량 · thousand_shares")] = None
    dfrt_trde_buy_qty: Annotated[IntValue | None, Field(description="차익거래매수수량 · thousand_shares")] = None
    dfrt_trde_netprps_qty: Annotated[IntValue | None, Field(description="차익거래순매수수량 · thousand_shares")] = None
    ndiffpro_trde_sell_qty: Annotated[IntValue | None, Field(description="비차익거래매도수량 · thousand_shares")] = None
    ndiffpro_trde_buy_qty: Annotated[IntValue | None, Field(description="비차익거래매수수량 · thousand_shares")] = None
    ndiffpro_trde_netprps_qty: Annotated[
        IntValue | None, Field(description="비차익거래순매수수량 · thousand_shares")
    ] = None
    all_sel: Annotated[IntValue | None, Field(description="전체매도 · KRW_million")] = None
    all_buy: Annotated[IntValue | None, Field(description="전체매수 · KRW_million")] = None
    all_netprps: Annotated[IntValue | None, Field(description="전체순매수 · KRW_million")] = None
    kospi200: Annotated[PriceValue | None, Field(description="KOSPI200 · index_points")] = None
    basis: Annotated[DecimalValue | None, Field(description="BASIS · index_points")] = None


class Ka90005Request(KiwoomRequest):
    """
    ka90005 프로그램매매추이요청 시간대별 (Program Trading Trend by Time): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    date: Annotated[DateArgument, Field(description="날짜", max_length=8)]
    amt_qty_tp: Annotated[AmountMillionOrQuantityThousandOrBlank, Field(description="금액수량구분")]
    mrkt_tp: Annotated[ProgramMarketCodeByExchangeOrBlank, Field(description="시장구분")]
    min_tic_tp: Annotated[TickOrMinuteOrBlank, Field(description="분틱구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90005Response(KiwoomResponse):
    """
    ka90005 프로그램매매추이요청 시간대별 (Program Trading Trend by Time): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90005
    """

    prm_trde_trnsn: Annotated[
        list[Ka90005PrmTrdeTrnsnItem], Field(description="프로그램매매추이", validate_default=True)
    ] = []


class Ka90006PrmTrdeDfrtRemnTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    buy_dfrt_trde_qty: Annotated[IntValue | None, Field(description="매수차익거래수량 · thousand_shares")] = None
    buy_dfrt_trde_amt: Annotated[IntValue | None, Field(description="매수차익거래금액 · KRW_million")] = None
    buy_dfrt_trde_irds_amt: Annotated[IntValue | None, Field(description="매수차익거래증감액 · KRW_million")] = None
    sel_dfrt_trde_qty: Annotated[IntValue | None, Field(description="매도차익거래수량 · thousand_shares")] = None
    sel_dfrt_trde_amt: Annotated[IntValue | None, Field(description="매도차익거래금액 · KRW_million")] = None
    sel_dfrt_trde_irds_amt: Annotated[IntValue | None, Field(description="매도차익거래증감액 · KRW_million")] = None


class Ka90006Request(KiwoomRequest):
    """
    ka90006 프로그램매매차익잔고추이요청 (Program Arbitrage Balance Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    date: Annotated[DateArgument, Field(description="날짜", max_length=8)]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90006Response(KiwoomResponse):
    """
    ka90006 프로그램매매차익잔고추이요청 (Program Arbitrage Balance Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90006
    """

    prm_trde_dfrt_remn_trnsn: Annotated[
        list[Ka90006PrmTrdeDfrtRemnTrnsnItem], Field(description="프로그램매매차익잔고추이", validate_default=True)
    ] = []


class Ka90007PrmTrdeAccTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    kospi200: Annotated[PriceValue | None, Field(description="KOSPI200 · index_points")] = None
    basis: Annotated[DecimalValue | None, Field(description="BASIS · index_points")] = None
    dfrt_trde_tdy: Annotated[
        IntValue | None,
        Field(description="차익거래당일 · KRW_million when amt_qty_tp=1, thousand_shares when amt_qty_tp=2"),
    ] = None
    dfrt_trde_acc: Annotated[
        IntValue | None,
        Field(description="차익거래누적 · KRW_million when amt_qty_tp=1, thousand_shares when amt_qty_tp=2"),
    ] = None
    ndiffpro_trde_tdy: Annotated[
        IntValue | None,
        Field(description="비차익거래당일 · KRW_million when amt_qty_tp=1, thousand_shares when amt_qty_tp=2"),
    ] = None
    ndiffpro_trde_acc: Annotated[
        IntValue | None,
        Field(description="비차익거래누적 · KRW_million when amt_qty_tp=1, thousand_shares when amt_qty_tp=2"),
    ] = None
    all_tdy: Annotated[
        IntValue | None,
        Field(description="전체당일 · KRW_million when amt_qty_tp=1, thousand_shares when amt_qty_tp=2"),
    ] = None
    all_acc: Annotated[
        IntValue | None,
        Field(description="전체누적 · KRW_million when amt_qty_tp=1, thousand_shares when amt_qty_tp=2"),
    ] = None


class Ka90007Request(KiwoomRequest):
    """
    ka90007 프로그램매매누적추이요청 (Program Trading Cumulative Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    date: Annotated[DateArgument, Field(description="날짜", max_length=8)]
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank, Field(description="금액수량구분")]
    mrkt_tp: Annotated[KospiOrKosdaqBinaryOrBlank, Field(description="시장구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90007Response(KiwoomResponse):
    """
    ka90007 프로그램매매누적추이요청 (Program Trading Cumulative Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90007
    """

    prm_trde_acc_trnsn: Annotated[
        list[Ka90007PrmTrdeAccTrnsnItem], Field(description="프로그램매매누적추이", validate_default=True)
    ] = []


class Ka90008Request(KiwoomRequest):
    """
    ka90008 종목시간별프로그램매매추이요청 (Stock Program Trading Trend by Time): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank, Field(description="금액수량구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]
    date: Annotated[DateArgument, Field(description="날짜", max_length=8)]


class Ka90008StkTmPrmTrdeTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    prm_sell_amt: Annotated[IntValue | None, Field(description="프로그램매도금액 · KRW_million")] = None
    prm_buy_amt: Annotated[IntValue | None, Field(description="프로그램매수금액 · KRW_million")] = None
    prm_netprps_amt: Annotated[IntValue | None, Field(description="프로그램순매수금액 · KRW_million")] = None
    prm_netprps_amt_irds: Annotated[IntValue | None, Field(description="프로그램순매수금액증감 · KRW_million")] = None
    prm_sell_qty: Annotated[IntValue | None, Field(description="프로그램매도수량 · shares")] = None
    prm_buy_qty: Annotated[IntValue | None, Field(description="프로그램매수수량 · shares")] = None
    prm_netprps_qty: Annotated[IntValue | None, Field(description="프로그램순매수수량 · shares")] = None
    prm_netprps_qty_irds: Annotated[IntValue | None, Field(description="프로그램순매수수량증감 · shares")] = None
    base_pric_tm: Annotated[TimeValue | None, Field(description="기준가시간")] = None
    dbrt_trde_rpy_sum: Annotated[IntValue | None, Field(description="대차거래상환주수합 · shares")] = None
    remn_rcvord_sum: Annotated[IntValue | None, Field(description="잔고수주합 · shares")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka90010PrmTrdeTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    dfrt_trde_sel: Annotated[IntValue | None, Field(description="차익거래매도 · KRW_million")] = None
    dfrt_trde_buy: Annotated[IntValue | None, Field(description="차익거래매수 · KRW_million")] = None
    dfrt_trde_netprps: Annotated[IntValue | None, Field(description="차익거래순매수 · KRW_million")] = None
    ndiffpro_trde_sel: Annotated[IntValue | None, Field(description="비차익거래매도 · KRW_million")] = None
    ndiffpro_trde_buy: Annotated[IntValue | None, Field(description="비차익거래매수 · KRW_million")] = None
    ndiffpro_trde_netprps: Annotated[IntValue | None, Field(description="비차익거래순매수 · KRW_million")] = None
    dfrt_trde_sell_qty: Annotated[IntValue | None, Field(description="차익거래매도수량 · thousand_shares")] = None
    dfrt_trde_buy_qty: Annotated[IntValue | None, Field(description="차익거래매수수량 · thousand_shares")] = None
    dfrt_trde_netprps_qty: Annotated[IntValue | None, Field(description="차익거래순매수수량 · thousand_shares")] = None
    ndiffpro_trde_sell_qty: Annotated[IntValue | None, Field(description="비차익거래매도수량 · thousand_shares")] = None
    ndiffpro_trde_buy_qty: Annotated[IntValue | None, Field(description="비차익거래매수수량 · thousand_shares")] = None
    ndiffpro_trde_netprps_qty: Annotated[
        IntValue | None, Field(description="비차익거래순매수수량 · thousand_shares")
    ] = None
    all_sel: Annotated[IntValue | None, Field(description="전체매도 · KRW_million")] = None
    all_buy: Annotated[IntValue | None, Field(description="전체매수 · KRW_million")] = None
    all_netprps: Annotated[IntValue | None, Field(description="전체순매수 · KRW_million")] = None
    kospi200: Annotated[PriceValue | None, Field(description="KOSPI200 · index_points")] = None
    basis: Annotated[DecimalValue | None, Field(description="BASIS · index_points")] = None


class Ka90010Request(KiwoomRequest):
    """
    ka90010 프로그램매매추이요청 일자별 (Program Trading Trend by Date): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    date: Annotated[DateArgument, Field(description="날짜", max_length=8)]
    amt_qty_tp: Annotated[AmountMillionOrQuantityThousandOrBlank, Field(description="금액수량구분")]
    mrkt_tp: Annotated[ProgramMarketCodeByExchangeOrBlank, Field(description="시장구분")]
    min_tic_tp: Annotated[TickOrMinuteOrBlank, Field(description="분틱구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90010Response(KiwoomResponse):
    """
    ka90010 프로그램매매추이요청 일자별 (Program Trading Trend by Date): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90010
    """

    prm_trde_trnsn: Annotated[
        list[Ka90010PrmTrdeTrnsnItem], Field(description="프로그램매매추이", validate_default=True)
    ] = []


class Ka90013Request(KiwoomRequest):
    """
    ka90013 종목일별프로그램매매추이요청 (Stock Program Trading Trend Daily): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank | None, Field(description="금액수량구분")] = None
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    date: Annotated[DateArgument | None, Field(description="날짜", max_length=8)] = None


class Ka90013StkDalyPrmTrdeTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    prm_sell_amt: Annotated[IntValue | None, Field(description="프로그램매도금액 · KRW_million")] = None
    prm_buy_amt: Annotated[IntValue | None, Field(description="프로그램매수금액 · KRW_million")] = None
    prm_netprps_amt: Annotated[IntValue | None, Field(description="프로그램순매수금액 · KRW_million")] = None
    prm_netprps_amt_irds: Annotated[IntValue | None, Field(description="프로그램순매수금액증감 · KRW_million")] = None
    prm_sell_qty: Annotated[IntValue | None, Field(description="프로그램매도수량 · shares")] = None
    prm_buy_qty: Annotated[IntValue | None, Field(description="프로그램매수수량 · shares")] = None
    prm_netprps_qty: Annotated[IntValue | None, Field(description="프로그램순매수수량 · shares")] = None
    prm_netprps_qty_irds: Annotated[IntValue | None, Field(description="프로그램순매수수량증감 · shares")] = None
    base_pric_tm: Annotated[TimeValue | None, Field(description="기준가시간")] = None
    dbrt_trde_rpy_sum: Annotated[IntValue | None, Field(description="대차거래상환주수합 · shares")] = None
    remn_rcvord_sum: Annotated[IntValue | None, Field(description="잔고수주합 · shares")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka10005Response(KiwoomResponse):
    """
    ka10005 주식일주월시분요청 (Stock Daily/Weekly/Monthly/Time Prices): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10005
    """

    stk_ddwkmm: Annotated[list[Ka10005StkDdwkmmItem], Field(description="주식일주월시분", validate_default=True)] = []


class Ka10045Response(KiwoomResponse):
    """
    ka10045 종목별기관매매추이요청 (Institutional Trading Trend by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10045
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    orgn_prsm_avg_pric: Annotated[PriceValue | None, Field(description="기관추정평균가 · KRW")] = None
    for_prsm_avg_pric: Annotated[PriceValue | None, Field(description="외인추정평균가 · KRW")] = None
    stk_orgn_trde_trnsn: Annotated[
        list[Ka10045StkOrgnTrdeTrnsnItem], Field(description="종목별기관매매추이", validate_default=True)
    ] = []


class Ka10078Response(KiwoomResponse):
    """
    ka10078 증권사별종목매매동향요청 (Broker Stock Trading Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10078
    """

    sec_stk_trde_trend: Annotated[
        list[Ka10078SecStkTrdeTrendItem], Field(description="증권사별종목매매동향", validate_default=True)
    ] = []


class Ka90008Response(KiwoomResponse):
    """
    ka90008 종목시간별프로그램매매추이요청 (Stock Program Trading Trend by Time): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90008
    """

    stk_tm_prm_trde_trnsn: Annotated[
        list[Ka90008StkTmPrmTrdeTrnsnItem], Field(description="종목시간별프로그램매매추이", validate_default=True)
    ] = []


class Ka90013Response(KiwoomResponse):
    """
    ka90013 종목일별프로그램매매추이요청 (Stock Program Trading Trend Daily): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90013
    """

    stk_daly_prm_trde_trnsn: Annotated[
        list[Ka90013StkDalyPrmTrdeTrnsnItem], Field(description="종목일별프로그램매매추이", validate_default=True)
    ] = []
