# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DateArgument, DateValue, DecimalValue, IntValue, PriceValue, TextArgument, TextValue
from kiwoom_sdk._value_types import (
    AmountOrQuantityZeroBasedOrBlank,
    ConsecutiveTradePeriodOrBlank,
    ExchangeTypeOrBlank,
    KospiOrKosdaqOrBlank,
    NetSellBuyTypeOrBlank,
    StockOrSectorOrBlank,
)


class Ka10008Request(KiwoomRequest):
    """
    ka10008 주식외국인종목별매매동향 (Foreign Trading Trend by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10008StkFrgnrItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    chg_qty: Annotated[IntValue | None, Field(description="변동수량 · shares")] = None
    poss_stkcnt: Annotated[IntValue | None, Field(description="보유주식수 · shares")] = None
    wght: Annotated[DecimalValue | None, Field(description="비중 · percent")] = None
    gain_pos_stkcnt: Annotated[IntValue | None, Field(description="취득가능주식수 · shares")] = None
    frgnr_limit: Annotated[IntValue | None, Field(description="외국인한도 · shares")] = None
    frgnr_limit_irds: Annotated[IntValue | None, Field(description="외국인한도증감")] = None
    limit_exh_rt: Annotated[DecimalValue | None, Field(description="한도소진률 · percent")] = None


class Ka10131OrgnFrgnrContTrdePrstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    prid_stkpc_flu_rt: Annotated[DecimalValue | None, Field(description="기간중주가등락률 · percent")] = None
    orgn_nettrde_amt: Annotated[IntValue | None, Field(description="기관순매매금액 · KRW_million")] = None
    orgn_nettrde_qty: Annotated[IntValue | None, Field(description="기관순매매량 · shares")] = None
    orgn_cont_netprps_dys: Annotated[IntValue | None, Field(description="기관계연속순매수일수 · days")] = None
    orgn_cont_netprps_qty: Annotated[IntValue | None, Field(description="기관계연속순매수량 · shares")] = None
    orgn_cont_netprps_amt: Annotated[IntValue | None, Field(description="기관계연속순매수금액 · KRW_million")] = None
    frgnr_nettrde_qty: Annotated[IntValue | None, Field(description="외국인순매매량 · shares")] = None
    frgnr_nettrde_amt: Annotated[IntValue | None, Field(description="외국인순매매액 · KRW_million")] = None
    frgnr_cont_netprps_dys: Annotated[IntValue | None, Field(description="외국인연속순매수일수 · days")] = None
    frgnr_cont_netprps_qty: Annotated[IntValue | None, Field(description="외국인연속순매수량 · shares")] = None
    frgnr_cont_netprps_amt: Annotated[IntValue | None, Field(description="외국인연속순매수금액 · KRW_million")] = None
    nettrde_qty: Annotated[IntValue | None, Field(description="순매매량 · shares")] = None
    nettrde_amt: Annotated[IntValue | None, Field(description="순매매액 · KRW_million")] = None
    tot_cont_netprps_dys: Annotated[IntValue | None, Field(description="합계연속순매수일수 · days")] = None
    tot_cont_nettrde_qty: Annotated[IntValue | None, Field(description="합계연속순매매수량 · shares")] = None
    tot_cont_netprps_amt: Annotated[IntValue | None, Field(description="합계연속순매수금액 · KRW_million")] = None


class Ka10131Request(KiwoomRequest):
    """
    ka10131 기관외국인연속매매현황요청 (Institution/Foreign Consecutive Trading): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[ConsecutiveTradePeriodOrBlank, Field(description="기간")]
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    mrkt_tp: Annotated[KospiOrKosdaqOrBlank, Field(description="장구분")]
    netslmt_tp: Annotated[NetSellBuyTypeOrBlank, Field(description="순매도수구분")]
    stk_inds_tp: Annotated[StockOrSectorOrBlank, Field(description="종목업종구분")]
    amt_qty_tp: Annotated[AmountOrQuantityZeroBasedOrBlank, Field(description="금액수량구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10131Response(KiwoomResponse):
    """
    ka10131 기관외국인연속매매현황요청 (Institution/Foreign Consecutive Trading): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka10131
    """

    orgn_frgnr_cont_trde_prst: Annotated[
        list[Ka10131OrgnFrgnrContTrdePrstItem], Field(description="기관외국인연속매매현황", validate_default=True)
    ] = []


class Ka52301InveTradStatItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    all_dfrt_trst_sell_qty: Annotated[IntValue | None, Field(description="투자자별 매도 수량(천) · thousand_grams")] = (
        None
    )
    sell_qty_irds: Annotated[IntValue | None, Field(description="투자자별 매도 수량 증감(천) · thousand_grams")] = None
    all_dfrt_trst_sell_amt: Annotated[IntValue | None, Field(description="투자자별 매도 금액(억) · KRW_100million")] = (
        None
    )
    sell_amt_irds: Annotated[IntValue | None, Field(description="투자자별 매도 금액 증감(억) · KRW_100million")] = None
    all_dfrt_trst_buy_qty: Annotated[IntValue | None, Field(description="투자자별 매수 수량(천) · thousand_grams")] = (
        None
    )
    buy_qty_irds: Annotated[IntValue | None, Field(description="투자자별 매수 수량 증감(천) · thousand_grams")] = None
    all_dfrt_trst_buy_amt: Annotated[IntValue | None, Field(description="투자자별 매수 금액(억) · KRW_100million")] = (
        None
    )
    buy_amt_irds: Annotated[IntValue | None, Field(description="투자자별 매수 금액 증감(억) · KRW_100million")] = None
    all_dfrt_trst_netprps_qty: Annotated[
        IntValue | None, Field(description="투자자별 순매수 수량(천) · thousand_grams")
    ] = None
    netprps_qty_irds: Annotated[
        IntValue | None, Field(description="투자자별 순매수 수량 증감(천) · thousand_grams")
    ] = None
    all_dfrt_trst_netprps_amt: Annotated[
        IntValue | None, Field(description="투자자별 순매수 금액(억) · KRW_100million")
    ] = None
    netprps_amt_irds: Annotated[
        IntValue | None, Field(description="투자자별 순매수 금액 증감(억) · KRW_100million")
    ] = None
    sell_uv: Annotated[PriceValue | None, Field(description="투자자별 매도 단가")] = None
    buy_uv: Annotated[PriceValue | None, Field(description="투자자별 매수 단가")] = None
    stk_nm: Annotated[TextValue | None, Field(description="투자자 구분명")] = None
    acc_netprps_amt: Annotated[IntValue | None, Field(description="누적 순매수 금액(억) · KRW_100million")] = None
    acc_netprps_qty: Annotated[IntValue | None, Field(description="누적 순매수 수량(천) · thousand_grams")] = None
    stk_cd: Annotated[TextValue | None, Field(description="투자자 코드")] = None


class Ka52301Request(KiwoomRequest):
    """
    ka52301 금현물투자자현황 (Gold Spot Investor Status): the request body.
    """


class Ka52301Response(KiwoomResponse):
    """
    ka52301 금현물투자자현황 (Gold Spot Investor Status): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka52301
    """

    inve_trad_stat: Annotated[
        list[Ka52301InveTradStatItem], Field(description="금현물투자자현황", validate_default=True)
    ] = []


class Ka10008Response(KiwoomResponse):
    """
    ka10008 주식외국인종목별매매동향 (Foreign Trading Trend by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka10008
    """

    stk_frgnr: Annotated[list[Ka10008StkFrgnrItem], Field(description="주식외국인", validate_default=True)] = []
