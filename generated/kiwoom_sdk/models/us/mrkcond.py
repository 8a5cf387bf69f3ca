# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    ClockTimeValue,
    DateArgument,
    DateValue,
    DecimalValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
)
from kiwoom_sdk._value_types import PriceChangeSignValue, UsExchangeChartProfitOrBlank, UsExchangeChartProfitValue


class Usa20100Request(KiwoomRequest):
    """
    usa20100 미국주식 현재가 종목정보 (US Stock Current Price Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa20100Response(KiwoomResponse):
    """
    usa20100 미국주식 현재가 종목정보 (US Stock Current Price Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20100
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    n52wk_hgst_pric: Annotated[PriceValue | None, Field(alias="52wk_hgst_pric", description="52주 최고가 · USD")] = None
    n52wk_hgst_pric_pre_rt: Annotated[
        DecimalValue | None, Field(alias="52wk_hgst_pric_pre_rt", description="52주 최고가 대비율 · percent")
    ] = None
    n52wk_hgst_pric_dt: Annotated[DateValue | None, Field(alias="52wk_hgst_pric_dt", description="52주 최고가일")] = (
        None
    )
    n52wk_lwst_pric: Annotated[PriceValue | None, Field(alias="52wk_lwst_pric", description="52주 최저가 · USD")] = None
    n52wk_lwst_pric_pre_rt: Annotated[
        DecimalValue | None, Field(alias="52wk_lwst_pric_pre_rt", description="52주 최저가 대비율 · percent")
    ] = None
    n52wk_lwst_pric_dt: Annotated[DateValue | None, Field(alias="52wk_lwst_pric_dt", description="52주 최저가일")] = (
        None
    )
    stk_cnt: Annotated[IntValue | None, Field(description="주식수 · shares")] = None
    mac: Annotated[IntValue | None, Field(description="시가총액 · thousand_USD")] = None
    setl_mm: Annotated[TextValue | None, Field(description="결산월")] = None
    lg_inds_cd: Annotated[TextValue | None, Field(description="대업종구분")] = None
    sm_inds_cd: Annotated[TextValue | None, Field(description="소업종구분")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    oyr_hgst: Annotated[PriceValue | None, Field(description="연중최고가 · USD")] = None
    oyr_hgst_dt: Annotated[DateValue | None, Field(description="연중최고가일")] = None
    oyr_hgst_pre_rt: Annotated[DecimalValue | None, Field(description="연중최고가 대비율 · percent")] = None
    oyr_lwst: Annotated[PriceValue | None, Field(description="연중최저가 · USD")] = None
    oyr_lwst_dt: Annotated[DateValue | None, Field(description="연중최저가일")] = None
    oyr_lwst_pre_rt: Annotated[DecimalValue | None, Field(description="연중최저가 대비율 · percent")] = None
    pre_open_pric: Annotated[PriceValue | None, Field(description="전일시가 · USD")] = None
    pre_high_pric: Annotated[PriceValue | None, Field(description="전일고가 · USD")] = None
    pre_low_pric: Annotated[PriceValue | None, Field(description="전일저가 · USD")] = None
    base_close_pric: Annotated[PriceValue | None, Field(description="전일종가 · USD")] = None
    upl_pric: Annotated[PriceValue | None, Field(description="상한가 · USD")] = None
    lst_pric: Annotated[PriceValue | None, Field(description="하한가 · USD")] = None
    trde_qty_unit: Annotated[IntValue | None, Field(description="매매수량단위 · shares")] = None
    uncert_lv: Annotated[TextValue | None, Field(description="불확실성")] = None
    comp_adv_tp: Annotated[TextValue | None, Field(description="경쟁우위")] = None
    curr_unit: Annotated[TextValue | None, Field(description="통화단위")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    fnc_health_lv: Annotated[TextValue | None, Field(description="재무건전성")] = None
    trd_susp_tp: Annotated[TextValue | None, Field(description="거래정지여부")] = None
    base_exrt: Annotated[DecimalValue | None, Field(description="환율 · KRW_per_USD")] = None


class Usa20101Request(KiwoomRequest):
    """
    usa20101 미국주식 현재가 10호가 (US Stock Current 10-Level Order Book): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa20101Response(KiwoomResponse):
    """
    usa20101 미국주식 현재가 10호가 (US Stock Current 10-Level Order Book): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20101
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · thousand_USD")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    bid_tm: Annotated[TextValue | None, Field(description="호가시간")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    fpr_sel_bid: Annotated[PriceValue | None, Field(description="최우선매도호가 · USD")] = None
    fpr_buy_bid: Annotated[PriceValue | None, Field(description="최우선매수호가 · USD")] = None
    pre_trde_rt: Annotated[DecimalValue | None, Field(description="전일거래대비 · percent")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="거래회전율 · percent")] = None
    sel_1bid: Annotated[PriceValue | None, Field(description="매도1호가 · USD")] = None
    sel_2bid: Annotated[PriceValue | None, Field(description="매도2호가 · USD")] = None
    sel_3bid: Annotated[PriceValue | None, Field(description="매도3호가 · USD")] = None
    sel_4bid: Annotated[PriceValue | None, Field(description="매도4호가 · USD")] = None
    sel_5bid: Annotated[PriceValue | None, Field(description="매도5호가 · USD")] = None
    sel_6bid: Annotated[PriceValue | None, Field(description="매도6호가 · USD")] = None
    sel_7bid: Annotated[PriceValue | None, Field(description="매도7호가 · USD")] = None
    sel_8bid: Annotated[PriceValue | None, Field(description="매도8호가 · USD")] = None
    sel_9bid: Annotated[PriceValue | None, Field(description="매도9호가 · USD")] = None
    sel_10bid: Annotated[PriceValue | None, Field(description="매도10호가 · USD")] = None
    buy_1bid: Annotated[PriceValue | None, Field(description="매수1호가 · USD")] = None
    buy_2bid: Annotated[PriceValue | None, Field(description="매수2호가 · USD")] = None
    buy_3bid: Annotated[PriceValue | None, Field(description="매수3호가 · USD")] = None
    buy_4bid: Annotated[PriceValue | None, Field(description="매수4호가 · USD")] = None
    buy_5bid: Annotated[PriceValue | None, Field(description="매수5호가 · USD")] = None
    buy_6bid: Annotated[PriceValue | None, Field(description="매수6호가 · USD")] = None
    buy_7bid: Annotated[PriceValue | None, Field(description="매수7호가 · USD")] = None
    buy_8bid: Annotated[PriceValue | None, Field(description="매수8호가 · USD")] = None
    buy_9bid: Annotated[PriceValue | None, Field(description="매수9호가 · USD")] = None
    buy_10bid: Annotated[PriceValue | None, Field(description="매수10호가 · USD")] = None
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
    buy_1th_pre_req_pre: Annotated[IntValue | None, Field(description="매수1차선잔량대비 · shares")] = None
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
    sel_6bid_cnt: Annotated[IntValue | None, Field(description="매도6호가건수 · count")] = None
    sel_7bid_cnt: Annotated[IntValue | None, Field(description="매도7호가건수 · count")] = None
    sel_8bid_cnt: Annotated[IntValue | None, Field(description="매도8호가건수 · count")] = None
    sel_9bid_cnt: Annotated[IntValue | None, Field(description="매도9호가건수 · count")] = None
    sel_10bid_cnt: Annotated[IntValue | None, Field(description="매도10호가건수 · count")] = None
    buy_1bid_cnt: Annotated[IntValue | None, Field(description="매수1호가건수 · count")] = None
    buy_2bid_cnt: Annotated[IntValue | None, Field(description="매수2호가건수 · count")] = None
    buy_3bid_cnt: Annotated[IntValue | None, Field(description="매수3호가건수 · count")] = None
    buy_4bid_cnt: Annotated[IntValue | None, Field(description="매수4호가건수 · count")] = None
    buy_5bid_cnt: Annotated[IntValue | None, Field(description="매수5호가건수 · count")] = None
    buy_6bid_cnt: Annotated[IntValue | None, Field(description="매수6호가건수 · count")] = None
    buy_7bid_cnt: Annotated[IntValue | None, Field(description="매수7호가건수 · count")] = None
    buy_8bid_cnt: Annotated[IntValue | None, Field(description="매수8호가건수 · count")] = None
    buy_9bid_cnt: Annotated[IntValue | None, Field(description="매수9호가건수 · count")] = None
    buy_10bid_cnt: Annotated[IntValue | None, Field(description="매수10호가건수 · count")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="총매도잔량 · shares")] = None
    sel_bid_tot_req_jub_pre: Annotated[IntValue | None, Field(description="매도호가총잔량직전대비 · shares")] = None
    tot_sel_cnt: Annotated[IntValue | None, Field(description="총매도건수 · count")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="총매수잔량 · shares")] = None
    buy_bid_tot_req_jub_pre: Annotated[IntValue | None, Field(description="매수호가총잔량직전대비 · shares")] = None
    tot_buy_cnt: Annotated[IntValue | None, Field(description="총매수건수 · count")] = None
    netprps_req: Annotated[IntValue | None, Field(description="순매수잔량 · shares")] = None
    netslmt_req: Annotated[IntValue | None, Field(description="순매도잔량 · shares")] = None
    upl_pric: Annotated[PriceValue | None, Field(description="상한가 · USD")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · USD")] = None


class Usa20150Request(KiwoomRequest):
    """
    usa20150 미국주식 상세 체결내역 (US Stock Detailed Executions): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa20150ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가, 종가 · USD")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    cntr_tm: Annotated[ClockTimeValue | None, Field(description="체결시간")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None


class Usa20151Request(KiwoomRequest):
    """
    usa20151 미국주식 일별 체결내역 (US Stock Daily Executions): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]
    base_dt: Annotated[DateArgument | None, Field(description="기준일자")] = None


class Usa20151ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가, 종가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None


class Usa20590Request(KiwoomRequest):
    """
    usa20590 미국주식 일별주가 (US Daily Stock Price): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드")] = None
    base_dt: Annotated[DateArgument | None, Field(description="기준일자")] = None


class Usa20590ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가(종가) · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="누적금액 · USD")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · USD")] = None
    base_open_flu_rt: Annotated[DecimalValue | None, Field(description="기준가대비 시가등락율 · percent")] = None
    base_high_flu_rt: Annotated[DecimalValue | None, Field(description="기준가대비 고가등락율 · percent")] = None
    base_low_flu_rt: Annotated[DecimalValue | None, Field(description="기준가대비 저가등락율 · percent")] = None


class Usa20150Response(KiwoomResponse):
    """
    usa20150 미국주식 상세 체결내역 (US Stock Detailed Executions): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20150
    """

    result_list: Annotated[list[Usa20150ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20151Response(KiwoomResponse):
    """
    usa20151 미국주식 일별 체결내역 (US Stock Daily Executions): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20151
    """

    result_list: Annotated[list[Usa20151ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20590Response(KiwoomResponse):
    """
    usa20590 미국주식 일별주가 (US Daily Stock Price): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20590
    """

    result_list: Annotated[list[Usa20590ResultListItem], Field(description="결과리스트", validate_default=True)] = []
