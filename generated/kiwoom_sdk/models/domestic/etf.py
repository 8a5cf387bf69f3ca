# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DateValue, DecimalValue, IntValue, PriceValue, TextArgument, TextValue, TimeValue
from kiwoom_sdk._value_types import (
    AllOnlyFilterOrBlank,
    DecimalBy100Value,
    EtfAssetManagerOrBlank,
    EtfReturnPeriodOrBlank,
    EtfTaxableFilterOrBlank,
    EtfTaxationTypeOrBlank,
    ExchangeTypeOrBlank,
    NavVsPreviousCloseOrBlank,
    PriceBy100Value,
    PriceChangeSignValue,
)


class Ka40001EtfprftRtLstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    etfprft_rt: Annotated[DecimalValue | None, Field(description="ETF수익률 · percent")] = None
    cntr_prft_rt: Annotated[DecimalValue | None, Field(description="체결수익률 · percent")] = None
    for_netprps_qty: Annotated[IntValue | None, Field(description="외인순매수수량")] = None
    orgn_netprps_qty: Annotated[IntValue | None, Field(description="기관순매수수량")] = None


class Ka40001Request(KiwoomRequest):
    """
    ka40001 ETF수익율요청 (ETF Return): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]
    etfobjt_idex_cd: Annotated[TextArgument, Field(description="ETF대상지수코드", max_length=3)]
    dt: Annotated[EtfReturnPeriodOrBlank, Field(description="기간")]


class Ka40001Response(KiwoomResponse):
    """
    ka40001 ETF수익율요청 (ETF Return): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40001
    """

    etfprft_rt_lst: Annotated[list[Ka40001EtfprftRtLstItem], Field(description="ETF수익율", validate_default=True)] = []


class Ka40002Request(KiwoomRequest):
    """
    ka40002 ETF종목정보요청 (ETF Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka40002Response(KiwoomResponse):
    """
    ka40002 ETF종목정보요청 (ETF Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40002
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    etfobjt_idex_nm: Annotated[TextValue | None, Field(description="ETF대상지수명")] = None
    wonju_pric: Annotated[PriceValue | None, Field(description="원주가격")] = None
    etftxon_type: Annotated[TextValue | None, Field(description="ETF과세유형")] = None
    etntxon_type: Annotated[TextValue | None, Field(description="ETN과세유형")] = None


class Ka40003EtfdalyTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_dt: Annotated[DateValue | None, Field(description="체결일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pre_rt: Annotated[DecimalValue | None, Field(description="대비율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    nav: Annotated[PriceValue | None, Field(description="NAV · KRW")] = None
    acc_trde_prica: Annotated[IntValue | None, Field(description="누적거래대금 · KRW_million")] = None
    navidex_dispty_rt: Annotated[DecimalValue | None, Field(description="NAV/지수괴리율 · percent")] = None
    navetfdispty_rt: Annotated[DecimalValue | None, Field(description="NAV/ETF괴리율 · percent")] = None
    trace_eor_rt: Annotated[DecimalBy100Value | None, Field(description="추적오차율")] = None
    trace_cur_prc: Annotated[PriceBy100Value | None, Field(description="추적현재가")] = None
    trace_pred_pre: Annotated[DecimalBy100Value | None, Field(description="추적전일대비")] = None
    trace_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="추적대비기호")] = None


class Ka40003Request(KiwoomRequest):
    """
    ka40003 ETF일별추이요청 (ETF Daily Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka40003Response(KiwoomResponse):
    """
    ka40003 ETF일별추이요청 (ETF Daily Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40003
    """

    etfdaly_trnsn: Annotated[
        list[Ka40003EtfdalyTrnsnItem], Field(description="ETF일별추이", validate_default=True)
    ] = []


class Ka40004EtfallMrprItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_cls: Annotated[TextValue | None, Field(description="종목분류")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    pre_rt: Annotated[DecimalValue | None, Field(description="대비율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    nav: Annotated[PriceValue | None, Field(description="NAV · KRW")] = None
    trace_eor_rt: Annotated[DecimalValue | None, Field(description="추적오차율 · percent")] = None
    txbs: Annotated[TextValue | None, Field(description="과표기준")] = None
    dvid_bf_base: Annotated[PriceValue | None, Field(description="배당전기준")] = None
    pred_dvida: Annotated[IntValue | None, Field(description="전일배당금 · KRW")] = None
    trace_idex_nm: Annotated[TextValue | None, Field(description="추적지수명")] = None
    drng: Annotated[DecimalValue | None, Field(description="배수")] = None
    trace_idex_cd: Annotated[TextValue | None, Field(description="추적지수코드")] = None
    trace_idex: Annotated[PriceValue | None, Field(description="추적지수")] = None
    trace_flu_rt: Annotated[DecimalValue | None, Field(description="추적등락율 · percent")] = None


class Ka40004Request(KiwoomRequest):
    """
    ka40004 ETF전체시세요청 (All ETF Prices): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    txon_type: Annotated[EtfTaxationTypeOrBlank, Field(description="과세유형")]
    navpre: Annotated[NavVsPreviousCloseOrBlank, Field(description="NAV대비")]
    mngmcomp: Annotated[EtfAssetManagerOrBlank, Field(description="운용사")]
    txon_yn: Annotated[EtfTaxableFilterOrBlank, Field(description="과세여부")]
    trace_idex: Annotated[AllOnlyFilterOrBlank, Field(description="추적지수")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka40004Response(KiwoomResponse):
    """
    ka40004 ETF전체시세요청 (All ETF Prices): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40004
    """

    etfall_mrpr: Annotated[list[Ka40004EtfallMrprItem], Field(description="ETF전체시세", validate_default=True)] = []


class Ka40006EtftislTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    close_pric: Annotated[PriceValue | None, Field(description="종가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    nav: Annotated[PriceValue | None, Field(description="NAV · KRW")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    navidex: Annotated[DecimalValue | None, Field(description="NAV지수 · percent")] = None
    navetf: Annotated[DecimalValue | None, Field(description="괴리율 · percent")] = None
    trace: Annotated[DecimalValue | None, Field(description="추적오차율 · percent")] = None
    trace_idex: Annotated[PriceBy100Value | None, Field(description="추적지수")] = None
    trace_idex_pred_pre: Annotated[DecimalBy100Value | None, Field(description="추적지수전일대비")] = None
    trace_idex_pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="추적지수전일대비기호")] = None


class Ka40006Request(KiwoomRequest):
    """
    ka40006 ETF시간대별추이요청 (ETF Trend by Time): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka40006Response(KiwoomResponse):
    """
    ka40006 ETF시간대별추이요청 (ETF Trend by Time): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40006
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    etfobjt_idex_nm: Annotated[TextValue | None, Field(description="ETF대상지수명")] = None
    wonju_pric: Annotated[PriceValue | None, Field(description="원주가격")] = None
    etftxon_type: Annotated[TextValue | None, Field(description="ETF과세유형")] = None
    etntxon_type: Annotated[TextValue | None, Field(description="ETN과세유형")] = None
    etftisl_trnsn: Annotated[
        list[Ka40006EtftislTrnsnItem], Field(description="ETF시간대별추이", validate_default=True)
    ] = []


class Ka40007EtftislCntrArrayItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka40007Request(KiwoomRequest):
    """
    ka40007 ETF시간대별체결요청 (ETF Executions by Time): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka40007Response(KiwoomResponse):
    """
    ka40007 ETF시간대별체결요청 (ETF Executions by Time): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40007
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cls: Annotated[TextValue | None, Field(description="종목분류")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    etfobjt_idex_nm: Annotated[TextValue | None, Field(description="ETF대상지수명")] = None
    etfobjt_idex_cd: Annotated[TextValue | None, Field(description="ETF대상지수코드")] = None
    objt_idex_pre_rt: Annotated[DecimalValue | None, Field(description="대상지수대비율")] = None
    wonju_pric: Annotated[PriceValue | None, Field(description="원주가격")] = None
    etftisl_cntr_array: Annotated[
        list[Ka40007EtftislCntrArrayItem], Field(description="ETF시간대별체결배열", validate_default=True)
    ] = []


class Ka40008EtfnetprpsQtyArrayItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc_n: Annotated[PriceValue | None, Field(description="현재가n · KRW")] = None
    pre_sig_n: Annotated[PriceChangeSignValue | None, Field(description="대비기호n")] = None
    pred_pre_n: Annotated[IntValue | None, Field(description="전일대비n · KRW")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    for_netprps_qty: Annotated[IntValue | None, Field(description="외인순매수수량 · shares")] = None
    orgn_netprps_qty: Annotated[IntValue | None, Field(description="기관순매수수량 · shares")] = None


class Ka40008Request(KiwoomRequest):
    """
    ka40008 ETF일자별체결요청 (ETF Executions by Date): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka40008Response(KiwoomResponse):
    """
    ka40008 ETF일자별체결요청 (ETF Executions by Date): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40008
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    etfnetprps_qty_array: Annotated[
        list[Ka40008EtfnetprpsQtyArrayItem], Field(description="ETF순매수수량배열", validate_default=True)
    ] = []


class Ka40009EtfnavarrayItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    nav: Annotated[PriceValue | None, Field(description="NAV · KRW")] = None
    navpred_pre: Annotated[DecimalValue | None, Field(description="NAV전일대비 · KRW")] = None
    navflu_rt: Annotated[DecimalValue | None, Field(description="NAV등락율")] = None
    trace_eor_rt: Annotated[DecimalValue | None, Field(description="추적오차율")] = None
    dispty_rt: Annotated[DecimalValue | None, Field(description="괴리율 · percent")] = None
    stkcnt: Annotated[IntValue | None, Field(description="주식수 · thousand_shares")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · KRW")] = None
    for_rmnd_qty: Annotated[IntValue | None, Field(description="외인보유수량 · shares")] = None
    repl_pric: Annotated[PriceValue | None, Field(description="대용가")] = None
    conv_pric: Annotated[PriceValue | None, Field(description="환산가격")] = None
    drstk: Annotated[DecimalValue | None, Field(description="DR/주")] = None
    wonju_pric: Annotated[PriceValue | None, Field(description="원주가격")] = None


class Ka40009Request(KiwoomRequest):
    """
    ka40009 ETF시간대별NAV현황 (ETF NAV by Time): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka40009Response(KiwoomResponse):
    """
    ka40009 ETF시간대별NAV현황 (ETF NAV by Time): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40009
    """

    etfnavarray: Annotated[list[Ka40009EtfnavarrayItem], Field(description="ETFNAV배열", validate_default=True)] = []


class Ka40010EtftislTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    for_netprps: Annotated[IntValue | None, Field(description="외인순매수 · shares")] = None


class Ka40010Request(KiwoomRequest):
    """
    ka40010 ETF시간대별수급현황 (ETF Supply/Demand by Time): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka40010Response(KiwoomResponse):
    """
    ka40010 ETF시간대별수급현황 (ETF Supply/Demand by Time): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40010
    """

    etftisl_trnsn: Annotated[
        list[Ka40010EtftislTrnsnItem], Field(description="ETF시간대별추이", validate_default=True)
    ] = []
