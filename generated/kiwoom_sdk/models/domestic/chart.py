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
    TimeValue,
)
from kiwoom_sdk._value_types import (
    AmountOrQuantityOrBlank,
    DecimalBy100Value,
    InvestorQuantityUnitOrBlank,
    InvestorTradeTypeOrBlank,
    MarketTypeOrBlank,
    MinuteChartIntervalOrBlank,
    PriceBy100Value,
    PriceChangeSignValue,
    TickChartIntervalOrBlank,
    UsApplyFlagOrBlank,
)


class Ka10060Request(KiwoomRequest):
    """
    ka10060 종목별투자자기관별차트요청 (Investor/Institution Chart by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateArgument, Field(description="일자", max_length=8)]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank, Field(description="금액수량구분")]
    trde_tp: Annotated[InvestorTradeTypeOrBlank, Field(description="매매구분")]
    unit_tp: Annotated[InvestorQuantityUnitOrBlank, Field(description="단위구분")]


class Ka10060StkInvsrOrgnChartItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
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


class Ka10064OpmrInvsrTrdeChartItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    frgnr_invsr: Annotated[
        IntValue | None, Field(description="외국인투자자 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    orgn: Annotated[
        IntValue | None, Field(description="기관계 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    invtrt: Annotated[
        IntValue | None, Field(description="투신 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    insrnc: Annotated[
        IntValue | None, Field(description="보험 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    bank: Annotated[
        IntValue | None, Field(description="은행 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    penfnd_etc: Annotated[
        IntValue | None, Field(description="연기금등 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    etc_corp: Annotated[
        IntValue | None, Field(description="기타법인 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None
    natn: Annotated[
        IntValue | None, Field(description="국가 · KRW_million when amt_qty_tp=1, shares when amt_qty_tp=2")
    ] = None


class Ka10064Request(KiwoomRequest):
    """
    ka10064 장중투자자별매매차트요청 (Intraday Investor Trading Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[MarketTypeOrBlank, Field(description="시장구분")]
    amt_qty_tp: Annotated[AmountOrQuantityOrBlank, Field(description="금액수량구분")]
    trde_tp: Annotated[InvestorTradeTypeOrBlank, Field(description="매매구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10064Response(KiwoomResponse):
    """
    ka10064 장중투자자별매매차트요청 (Intraday Investor Trading Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10064
    """

    opmr_invsr_trde_chart: Annotated[
        list[Ka10064OpmrInvsrTrdeChartItem], Field(description="장중투자자별매매차트", validate_default=True)
    ] = []


class Ka10079Request(KiwoomRequest):
    """
    ka10079 주식틱차트조회요청 (Stock Tick Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tic_scope: Annotated[TickChartIntervalOrBlank, Field(description="틱범위")]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka10079StkTicChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비 기호")] = None


class Ka10080Request(KiwoomRequest):
    """
    ka10080 주식분봉차트조회요청 (Stock Minute Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tic_scope: Annotated[MinuteChartIntervalOrBlank, Field(description="틱범위")]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]
    base_dt: Annotated[DateArgument | None, Field(description="기준일자", max_length=8)] = None


class Ka10080StkMinPoleChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가(종가) · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비 기호")] = None


class Ka10081Request(KiwoomRequest):
    """
    ka10081 주식일봉차트조회요청 (Stock Daily Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka10081StkDtPoleChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="거래회전율 · percent")] = None


class Ka10082Request(KiwoomRequest):
    """
    ka10082 주식주봉차트조회요청 (Stock Weekly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka10082StkStkPoleChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="거래회전율 · percent")] = None


class Ka10083Request(KiwoomRequest):
    """
    ka10083 주식월봉차트조회요청 (Stock Monthly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka10083StkMthPoleChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    trde_tern_rt: Annotated[DecimalValue | None, Field(description="거래회전율 · percent")] = None


class Ka10094Request(KiwoomRequest):
    """
    ka10094 주식년봉차트조회요청 (Stock Yearly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka10094StkYrPoleChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None


class Ka20004IndsTicChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceBy100Value | None, Field(description="현재가 · index_points")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · thousand_shares")] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    open_pric: Annotated[PriceBy100Value | None, Field(description="시가 · index_points")] = None
    high_pric: Annotated[PriceBy100Value | None, Field(description="고가 · index_points")] = None
    low_pric: Annotated[PriceBy100Value | None, Field(description="저가 · index_points")] = None
    pred_pre: Annotated[DecimalBy100Value | None, Field(description="전일대비 · index_points")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비 기호")] = None


class Ka20004Request(KiwoomRequest):
    """
    ka20004 업종틱차트조회요청 (Sector Tick Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=3)]
    tic_scope: Annotated[TickChartIntervalOrBlank, Field(description="틱범위")]


class Ka20004Response(KiwoomResponse):
    """
    ka20004 업종틱차트조회요청 (Sector Tick Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20004
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_tic_chart_qry: Annotated[
        list[Ka20004IndsTicChartQryItem], Field(description="업종틱차트조회", validate_default=True)
    ] = []


class Ka20005IndsMinPoleQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceBy100Value | None, Field(description="현재가 · index_points")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량")] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    open_pric: Annotated[PriceBy100Value | None, Field(description="시가 · index_points")] = None
    high_pric: Annotated[PriceBy100Value | None, Field(description="고가 · index_points")] = None
    low_pric: Annotated[PriceBy100Value | None, Field(description="저가 · index_points")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    pred_pre: Annotated[DecimalBy100Value | None, Field(description="전일대비 · index_points")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비 기호")] = None


class Ka20005Request(KiwoomRequest):
    """
    ka20005 업종분봉조회요청 (Sector Minute Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=3)]
    tic_scope: Annotated[MinuteChartIntervalOrBlank, Field(description="틱범위")]
    base_dt: Annotated[DateArgument | None, Field(description="기준일자", max_length=8)] = None


class Ka20005Response(KiwoomResponse):
    """
    ka20005 업종분봉조회요청 (Sector Minute Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20005
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_min_pole_qry: Annotated[
        list[Ka20005IndsMinPoleQryItem], Field(description="업종분봉조회", validate_default=True)
    ] = []


class Ka20006IndsDtPoleQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceBy100Value | None, Field(description="현재가 · index_points")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · thousand_shares")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    open_pric: Annotated[PriceBy100Value | None, Field(description="시가 · index_points")] = None
    high_pric: Annotated[PriceBy100Value | None, Field(description="고가 · index_points")] = None
    low_pric: Annotated[PriceBy100Value | None, Field(description="저가 · index_points")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None


class Ka20006Request(KiwoomRequest):
    """
    ka20006 업종일봉조회요청 (Sector Daily Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=3)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]


class Ka20006Response(KiwoomResponse):
    """
    ka20006 업종일봉조회요청 (Sector Daily Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20006
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_dt_pole_qry: Annotated[
        list[Ka20006IndsDtPoleQryItem], Field(description="업종일봉조회", validate_default=True)
    ] = []


class Ka20007IndsStkPoleQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceBy100Value | None, Field(description="현재가 · index_points")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · thousand_shares")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    open_pric: Annotated[PriceBy100Value | None, Field(description="시가 · index_points")] = None
    high_pric: Annotated[PriceBy100Value | None, Field(description="고가 · index_points")] = None
    low_pric: Annotated[PriceBy100Value | None, Field(description="저가 · index_points")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None


class Ka20007Request(KiwoomRequest):
    """
    ka20007 업종주봉조회요청 (Sector Weekly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=8)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]


class Ka20007Response(KiwoomResponse):
    """
    ka20007 업종주봉조회요청 (Sector Weekly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20007
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_stk_pole_qry: Annotated[
        list[Ka20007IndsStkPoleQryItem], Field(description="업종주봉조회", validate_default=True)
    ] = []


class Ka20008IndsMthPoleQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceBy100Value | None, Field(description="현재가 · index_points")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · thousand_shares")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    open_pric: Annotated[PriceBy100Value | None, Field(description="시가 · index_points")] = None
    high_pric: Annotated[PriceBy100Value | None, Field(description="고가 · index_points")] = None
    low_pric: Annotated[PriceBy100Value | None, Field(description="저가 · index_points")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None


class Ka20008Request(KiwoomRequest):
    """
    ka20008 업종월봉조회요청 (Sector Monthly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=3)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]


class Ka20008Response(KiwoomResponse):
    """
    ka20008 업종월봉조회요청 (Sector Monthly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20008
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_mth_pole_qry: Annotated[
        list[Ka20008IndsMthPoleQryItem], Field(description="업종월봉조회", validate_default=True)
    ] = []


class Ka20019IndsYrPoleQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceBy100Value | None, Field(description="현재가 · index_points")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · thousand_shares")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    open_pric: Annotated[PriceBy100Value | None, Field(description="시가 · index_points")] = None
    high_pric: Annotated[PriceBy100Value | None, Field(description="고가 · index_points")] = None
    low_pric: Annotated[PriceBy100Value | None, Field(description="저가 · index_points")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None


class Ka20019Request(KiwoomRequest):
    """
    ka20019 업종년봉조회요청 (Sector Yearly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=3)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]


class Ka20019Response(KiwoomResponse):
    """
    ka20019 업종년봉조회요청 (Sector Yearly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20019
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_yr_pole_qry: Annotated[
        list[Ka20019IndsYrPoleQryItem], Field(description="업종년봉조회", validate_default=True)
    ] = []


class Ka50079GdsTicChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · grams")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    dt: Annotated[DateTimeValue | None, Field(description="일자")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None


class Ka50079Request(KiwoomRequest):
    """
    ka50079 금현물틱차트조회요청 (Gold Spot Tick Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tic_scope: Annotated[TickChartIntervalOrBlank, Field(description="틱범위")]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka50079Response(KiwoomResponse):
    """
    ka50079 금현물틱차트조회요청 (Gold Spot Tick Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50079
    """

    gds_tic_chart_qry: Annotated[
        list[Ka50079GdsTicChartQryItem], Field(description="금현물틱차트조회", validate_default=True)
    ] = []


class Ka50080GdsMinChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · grams")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · grams")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    dt: Annotated[DateTimeValue | None, Field(description="일자")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None


class Ka50080Request(KiwoomRequest):
    """
    ka50080 금현물분봉차트조회요청 (Gold Spot Minute Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tic_scope: Annotated[MinuteChartIntervalOrBlank, Field(description="틱범위")]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank | None, Field(description="수정주가구분")] = None


class Ka50080Response(KiwoomResponse):
    """
    ka50080 금현물분봉차트조회요청 (Gold Spot Minute Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50080
    """

    gds_min_chart_qry: Annotated[
        list[Ka50080GdsMinChartQryItem], Field(description="금현물분봉차트조회", validate_default=True)
    ] = []


class Ka50081GdsDayChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적 거래량 · grams")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적 거래대금 · KRW_million")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None


class Ka50081Request(KiwoomRequest):
    """
    ka50081 금현물일봉차트조회요청 (Gold Spot Daily Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka50081Response(KiwoomResponse):
    """
    ka50081 금현물일봉차트조회요청 (Gold Spot Daily Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50081
    """

    gds_day_chart_qry: Annotated[
        list[Ka50081GdsDayChartQryItem], Field(description="금현물일봉차트조회", validate_default=True)
    ] = []


class Ka50082GdsWeekChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적 거래량 · grams")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적 거래대금 · KRW_million")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    dt: Annotated[DateTimeValue | None, Field(description="일자")] = None


class Ka50082Request(KiwoomRequest):
    """
    ka50082 금현물주봉차트조회요청 (Gold Spot Weekly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka50082Response(KiwoomResponse):
    """
    ka50082 금현물주봉차트조회요청 (Gold Spot Weekly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50082
    """

    gds_week_chart_qry: Annotated[
        list[Ka50082GdsWeekChartQryItem], Field(description="금현물일봉차트조회", validate_default=True)
    ] = []


class Ka50083GdsMonthChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적 거래량 · grams")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적 거래대금 · KRW")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    dt: Annotated[DateTimeValue | None, Field(description="일자")] = None


class Ka50083Request(KiwoomRequest):
    """
    ka50083 금현물월봉차트조회요청 (Gold Spot Monthly Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]
    upd_stkpc_tp: Annotated[UsApplyFlagOrBlank, Field(description="수정주가구분")]


class Ka50083Response(KiwoomResponse):
    """
    ka50083 금현물월봉차트조회요청 (Gold Spot Monthly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50083
    """

    gds_month_chart_qry: Annotated[
        list[Ka50083GdsMonthChartQryItem], Field(description="금현물일봉차트조회", validate_default=True)
    ] = []


class Ka50091GdsTicChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일 대비(원) · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량(체결량) · grams")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    dt: Annotated[DateTimeValue | None, Field(description="일자")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None


class Ka50091Request(KiwoomRequest):
    """
    ka50091 금현물당일틱차트조회요청 (Gold Spot Intraday Tick Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tic_scope: Annotated[TickChartIntervalOrBlank, Field(description="틱범위")]


class Ka50091Response(KiwoomResponse):
    """
    ka50091 금현물당일틱차트조회요청 (Gold Spot Intraday Tick Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50091
    """

    gds_tic_chart_qry: Annotated[
        list[Ka50091GdsTicChartQryItem], Field(description="금현물일봉차트조회", validate_default=True)
    ] = []


class Ka50092GdsMinChartQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일 대비(원) · KRW")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적 거래량 · grams")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적 거래대금 · KRW_million")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량(체결량) · grams")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None
    cntr_tm: Annotated[DateTimeValue | None, Field(description="체결시간")] = None
    dt: Annotated[DateTimeValue | None, Field(description="일자")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None


class Ka50092Request(KiwoomRequest):
    """
    ka50092 금현물당일분봉차트조회요청 (Gold Spot Intraday Minute Chart): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]
    tic_scope: Annotated[MinuteChartIntervalOrBlank, Field(description="틱범위")]


class Ka50092Response(KiwoomResponse):
    """
    ka50092 금현물당일분봉차트조회요청 (Gold Spot Intraday Minute Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50092
    """

    gds_min_chart_qry: Annotated[
        list[Ka50092GdsMinChartQryItem], Field(description="금현물일봉차트조회", validate_default=True)
    ] = []


class Ka10060Response(KiwoomResponse):
    """
    ka10060 종목별투자자기관별차트요청 (Investor/Institution Chart by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10060
    """

    stk_invsr_orgn_chart: Annotated[
        list[Ka10060StkInvsrOrgnChartItem], Field(description="종목별투자자기관별차트", validate_default=True)
    ] = []


class Ka10079Response(KiwoomResponse):
    """
    ka10079 주식틱차트조회요청 (Stock Tick Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10079
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    last_tic_cnt: Annotated[IntValue | None, Field(description="마지막틱갯수 · count")] = None
    stk_tic_chart_qry: Annotated[
        list[Ka10079StkTicChartQryItem], Field(description="주식틱차트조회", validate_default=True)
    ] = []


class Ka10080Response(KiwoomResponse):
    """
    ka10080 주식분봉차트조회요청 (Stock Minute Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10080
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_min_pole_chart_qry: Annotated[
        list[Ka10080StkMinPoleChartQryItem], Field(description="주식분봉차트조회", validate_default=True)
    ] = []


class Ka10081Response(KiwoomResponse):
    """
    ka10081 주식일봉차트조회요청 (Stock Daily Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10081
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_dt_pole_chart_qry: Annotated[
        list[Ka10081StkDtPoleChartQryItem], Field(description="주식일봉차트조회", validate_default=True)
    ] = []


class Ka10082Response(KiwoomResponse):
    """
    ka10082 주식주봉차트조회요청 (Stock Weekly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10082
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_stk_pole_chart_qry: Annotated[
        list[Ka10082StkStkPoleChartQryItem], Field(description="주식주봉차트조회", validate_default=True)
    ] = []


class Ka10083Response(KiwoomResponse):
    """
    ka10083 주식월봉차트조회요청 (Stock Monthly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10083
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_mth_pole_chart_qry: Annotated[
        list[Ka10083StkMthPoleChartQryItem], Field(description="주식월봉차트조회", validate_default=True)
    ] = []


class Ka10094Response(KiwoomResponse):
    """
    ka10094 주식년봉차트조회요청 (Stock Yearly Chart): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10094
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_yr_pole_chart_qry: Annotated[
        list[Ka10094StkYrPoleChartQryItem], Field(description="주식년봉차트조회", validate_default=True)
    ] = []
