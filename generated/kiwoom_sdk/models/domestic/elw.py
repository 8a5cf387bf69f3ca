# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    DateArgument,
    DateValue,
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
    DecimalBy100Value,
    DecimalBy1000000Value,
    ElwBrokerPeriodOrBlank,
    ElwChangeRateSortOrBlank,
    ElwNetTradeVolumeFilterOrBlank,
    ElwRemainingQtySortOrBlank,
    ElwRightTypeOrBlank,
    ElwRightTypeSingleDigitOrBlank,
    ElwRightTypeWithoutExOrBlank,
    ElwSearchSortOrBlank,
    ElwSurgeVolumeFilterOrBlank,
    EndedElwFilterOrBlank,
    EndedElwInclusionOrBlank,
    EndedTradingFilterOrBlank,
    MinutesOrDaysAgoOrBlank,
    NetBuySellOrBlank,
    PriceBy100Value,
    PriceChangeSignValue,
    SurgeOrPlungeOrBlank,
)


class Ka10048ElwdalySnstIxItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    iv: Annotated[DecimalBy100Value | None, Field(description="IV")] = None
    delta: Annotated[DecimalBy1000000Value | None, Field(description="델타")] = None
    gam: Annotated[DecimalBy1000000Value | None, Field(description="감마")] = None
    theta: Annotated[DecimalBy1000000Value | None, Field(description="쎄타")] = None
    vega: Annotated[DecimalBy1000000Value | None, Field(description="베가")] = None
    law: Annotated[DecimalBy1000000Value | None, Field(description="로")] = None
    lp: Annotated[DecimalBy100Value | None, Field(description="LP")] = None


class Ka10048Request(KiwoomRequest):
    """
    ka10048 ELW일별민감도지표요청 (ELW Daily Sensitivity Indicators): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10048Response(KiwoomResponse):
    """
    ka10048 ELW일별민감도지표요청 (ELW Daily Sensitivity Indicators): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka10048
    """

    elwdaly_snst_ix: Annotated[
        list[Ka10048ElwdalySnstIxItem], Field(description="ELW일별민감도지표", validate_default=True)
    ] = []


class Ka10050ElwsnstIxArrayItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cntr_tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    elwtheory_pric: Annotated[PriceBy100Value | None, Field(description="ELW이론가")] = None
    iv: Annotated[DecimalBy100Value | None, Field(description="IV")] = None
    delta: Annotated[DecimalBy1000000Value | None, Field(description="델타")] = None
    gam: Annotated[DecimalBy1000000Value | None, Field(description="감마")] = None
    theta: Annotated[DecimalBy1000000Value | None, Field(description="쎄타")] = None
    vega: Annotated[DecimalBy1000000Value | None, Field(description="베가")] = None
    law: Annotated[DecimalBy1000000Value | None, Field(description="로")] = None
    lp: Annotated[DecimalBy100Value | None, Field(description="LP")] = None


class Ka10050Request(KiwoomRequest):
    """
    ka10050 ELW민감도지표요청 (ELW Sensitivity Indicators): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10050Response(KiwoomResponse):
    """
    ka10050 ELW민감도지표요청 (ELW Sensitivity Indicators): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka10050
    """

    elwsnst_ix_array: Annotated[
        list[Ka10050ElwsnstIxArrayItem], Field(description="ELW민감도지표배열", validate_default=True)
    ] = []


class Ka30001ElwpricJmpfluItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    trde_end_elwbase_pric: Annotated[PriceValue | None, Field(description="거래종료ELW기준가 · KRW")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    base_pre: Annotated[IntValue | None, Field(description="기준대비 · KRW")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    jmp_rt: Annotated[DecimalValue | None, Field(description="급등율 · percent")] = None


class Ka30001Request(KiwoomRequest):
    """
    ka30001 ELW가격급등락요청 (ELW Price Surge/Plunge): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    flu_tp: Annotated[SurgeOrPlungeOrBlank, Field(description="등락구분")]
    tm_tp: Annotated[MinutesOrDaysAgoOrBlank, Field(description="시간구분")]
    tm: Annotated[WholeArgument, Field(description="시간", max_length=2)]
    trde_qty_tp: Annotated[ElwSurgeVolumeFilterOrBlank, Field(description="거래량구분")]
    isscomp_cd: Annotated[TextArgument, Field(description="발행사코드", max_length=12)]
    bsis_aset_cd: Annotated[TextArgument, Field(description="기초자산코드", max_length=12)]
    rght_tp: Annotated[ElwRightTypeOrBlank, Field(description="권리구분")]
    lpcd: Annotated[TextArgument, Field(description="LP코드", max_length=12)]
    trde_end_elwskip: Annotated[EndedElwInclusionOrBlank, Field(description="거래종료ELW제외")]


class Ka30001Response(KiwoomResponse):
    """
    ka30001 ELW가격급등락요청 (ELW Price Surge/Plunge): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_pric_tm: Annotated[TextValue | None, Field(description="기준가시간")] = None
    elwpric_jmpflu: Annotated[
        list[Ka30001ElwpricJmpfluItem], Field(description="ELW가격급등락", validate_default=True)
    ] = []


class Ka30002Request(KiwoomRequest):
    """
    ka30002 거래원별ELW순매매상위요청 (Top ELW Net Trading by Broker): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    isscomp_cd: Annotated[TextArgument, Field(description="발행사코드", max_length=3)]
    trde_qty_tp: Annotated[ElwNetTradeVolumeFilterOrBlank, Field(description="거래량구분")]
    trde_tp: Annotated[NetBuySellOrBlank, Field(description="매매구분")]
    dt: Annotated[ElwBrokerPeriodOrBlank, Field(description="기간")]
    trde_end_elwskip: Annotated[EndedElwInclusionOrBlank, Field(description="거래종료ELW제외")]


class Ka30002TrdeOriElwnettrdeUpperItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stkpc_flu: Annotated[IntValue | None, Field(description="주가등락")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    netprps: Annotated[IntValue | None, Field(description="순매수 · shares")] = None
    buy_trde_qty: Annotated[IntValue | None, Field(description="매수거래량 · shares")] = None
    sel_trde_qty: Annotated[IntValue | None, Field(description="매도거래량 · shares")] = None


class Ka30003ElwlppossDalyTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_tp: Annotated[PriceChangeSignValue | None, Field(description="대비구분")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    chg_qty: Annotated[IntValue | None, Field(description="변동수량 · shares")] = None
    lprmnd_qty: Annotated[IntValue | None, Field(description="LP보유수량 · shares")] = None
    wght: Annotated[DecimalValue | None, Field(description="비중 · percent")] = None


class Ka30003Request(KiwoomRequest):
    """
    ka30003 ELWLP보유일별추이요청 (ELW LP Holdings Daily Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    bsis_aset_cd: Annotated[TextArgument, Field(description="기초자산코드", max_length=12)]
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]


class Ka30003Response(KiwoomResponse):
    """
    ka30003 ELWLP보유일별추이요청 (ELW LP Holdings Daily Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30003
    """

    elwlpposs_daly_trnsn: Annotated[
        list[Ka30003ElwlppossDalyTrnsnItem], Field(description="ELWLP보유일별추이", validate_default=True)
    ] = []


class Ka30004ElwdisptyRtItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    isscomp_nm: Annotated[TextValue | None, Field(description="발행사명")] = None
    sqnc: Annotated[TextValue | None, Field(description="회차")] = None
    base_aset_nm: Annotated[TextValue | None, Field(description="기초자산명")] = None
    rght_tp: Annotated[TextValue | None, Field(description="권리구분")] = None
    dispty_rt: Annotated[DecimalBy100Value | None, Field(description="괴리율 · percent")] = None
    basis: Annotated[DecimalValue | None, Field(description="베이시스 · percent")] = None
    srvive_dys: Annotated[IntValue | None, Field(description="잔존일수 · days")] = None
    theory_pric: Annotated[PriceBy100Value | None, Field(description="이론가")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_tp: Annotated[PriceChangeSignValue | None, Field(description="대비구분")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None


class Ka30004Request(KiwoomRequest):
    """
    ka30004 ELW괴리율요청 (ELW Disparity Rate): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    isscomp_cd: Annotated[TextArgument, Field(description="발행사코드", max_length=12)]
    bsis_aset_cd: Annotated[TextArgument, Field(description="기초자산코드", max_length=12)]
    rght_tp: Annotated[ElwRightTypeOrBlank, Field(description="권리구분")]
    lpcd: Annotated[TextArgument, Field(description="LP코드", max_length=12)]
    trde_end_elwskip: Annotated[EndedElwFilterOrBlank, Field(description="거래종료ELW제외")]


class Ka30004Response(KiwoomResponse):
    """
    ka30004 ELW괴리율요청 (ELW Disparity Rate): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30004
    """

    elwdispty_rt: Annotated[list[Ka30004ElwdisptyRtItem], Field(description="ELW괴리율", validate_default=True)] = []


class Ka30005ElwcndQryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    isscomp_nm: Annotated[TextValue | None, Field(description="발행사명")] = None
    sqnc: Annotated[TextValue | None, Field(description="회차")] = None
    base_aset_nm: Annotated[TextValue | None, Field(description="기초자산명")] = None
    rght_tp: Annotated[TextValue | None, Field(description="권리구분")] = None
    expr_dt: Annotated[DateValue | None, Field(description="만기일")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_tp: Annotated[PriceChangeSignValue | None, Field(description="대비구분")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_qty_pre: Annotated[DirectedRateValue | None, Field(description="거래량대비 · percent")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    prty: Annotated[DecimalValue | None, Field(description="패리티 · percent")] = None
    gear_rt: Annotated[DecimalValue | None, Field(description="기어링비율")] = None
    pl_qutr_rt: Annotated[DecimalValue | None, Field(description="손익분기율 · percent")] = None
    cfp: Annotated[DecimalValue | None, Field(description="자본지지점 · percent")] = None
    theory_pric: Annotated[PriceBy100Value | None, Field(description="이론가")] = None
    innr_vltl: Annotated[DecimalBy100Value | None, Field(description="내재변동성")] = None
    delta: Annotated[DecimalBy1000000Value | None, Field(description="델타")] = None
    lvrg: Annotated[DecimalValue | None, Field(description="레버리지")] = None
    exec_pric: Annotated[PriceValue | None, Field(description="행사가격 · KRW")] = None
    cnvt_rt: Annotated[DecimalValue | None, Field(description="전환비율")] = None
    lpposs_rt: Annotated[DecimalValue | None, Field(description="LP보유비율 · percent")] = None
    pl_qutr_pt: Annotated[PriceValue | None, Field(description="손익분기점")] = None
    fin_trde_dt: Annotated[DateValue | None, Field(description="최종거래일")] = None
    flo_dt: Annotated[DateValue | None, Field(description="상장일")] = None
    lpinitlast_suply_dt: Annotated[DateValue | None, Field(description="LP초종공급일")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    srvive_dys: Annotated[IntValue | None, Field(description="잔존일수 · days")] = None
    dispty_rt: Annotated[DecimalValue | None, Field(description="괴리율 · percent")] = None
    lpmmcm_nm: Annotated[TextValue | None, Field(description="LP회원사명")] = None
    lpmmcm_nm_1: Annotated[TextValue | None, Field(description="LP회원사명1")] = None
    lpmmcm_nm_2: Annotated[TextValue | None, Field(description="LP회원사명2")] = None
    xraymont_cntr_qty_arng_trde_tp: Annotated[TextValue | None, Field(description="Xray순간체결량정리매매구분")] = None
    xraymont_cntr_qty_profa_100tp: Annotated[TextValue | None, Field(description="Xray순간체결량증거금100구분")] = None


class Ka30005Request(KiwoomRequest):
    """
    ka30005 ELW조건검색요청 (ELW Condition Search): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    isscomp_cd: Annotated[TextArgument, Field(description="발행사코드", max_length=12)]
    bsis_aset_cd: Annotated[TextArgument, Field(description="기초자산코드", max_length=12)]
    rght_tp: Annotated[ElwRightTypeSingleDigitOrBlank, Field(description="권리구분")]
    lpcd: Annotated[TextArgument, Field(description="LP코드", max_length=12)]
    sort_tp: Annotated[ElwSearchSortOrBlank, Field(description="정렬구분")]


class Ka30005Response(KiwoomResponse):
    """
    ka30005 ELW조건검색요청 (ELW Condition Search): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30005
    """

    elwcnd_qry: Annotated[list[Ka30005ElwcndQryItem], Field(description="ELW조건검색", validate_default=True)] = []


class Ka30009ElwfluRtRankItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None


class Ka30009Request(KiwoomRequest):
    """
    ka30009 ELW등락율순위요청 (ELW Change Rate Ranking): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sort_tp: Annotated[ElwChangeRateSortOrBlank, Field(description="정렬구분")]
    rght_tp: Annotated[ElwRightTypeWithoutExOrBlank, Field(description="권리구분")]
    trde_end_skip: Annotated[EndedTradingFilterOrBlank, Field(description="거래종료제외")]


class Ka30009Response(KiwoomResponse):
    """
    ka30009 ELW등락율순위요청 (ELW Change Rate Ranking): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30009
    """

    elwflu_rt_rank: Annotated[
        list[Ka30009ElwfluRtRankItem], Field(description="ELW등락율순위", validate_default=True)
    ] = []


class Ka30010ElwreqRankItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None
    netprps_req: Annotated[IntValue | None, Field(description="순매수잔량 · shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None


class Ka30010Request(KiwoomRequest):
    """
    ka30010 ELW잔량순위요청 (ELW Remaining Volume Ranking): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sort_tp: Annotated[ElwRemainingQtySortOrBlank, Field(description="정렬구분")]
    rght_tp: Annotated[ElwRightTypeWithoutExOrBlank, Field(description="권리구분")]
    trde_end_skip: Annotated[EndedTradingFilterOrBlank, Field(description="거래종료제외")]


class Ka30010Response(KiwoomResponse):
    """
    ka30010 ELW잔량순위요청 (ELW Remaining Volume Ranking): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30010
    """

    elwreq_rank: Annotated[list[Ka30010ElwreqRankItem], Field(description="ELW잔량순위", validate_default=True)] = []


class Ka30011ElwalaccRtItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    alacc_rt: Annotated[DecimalValue | None, Field(description="근접율 · percent")] = None


class Ka30011Request(KiwoomRequest):
    """
    ka30011 ELW근접율요청 (ELW Proximity Rate): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka30011Response(KiwoomResponse):
    """
    ka30011 ELW근접율요청 (ELW Proximity Rate): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30011
    """

    elwalacc_rt: Annotated[list[Ka30011ElwalaccRtItem], Field(description="ELW근접율", validate_default=True)] = []


class Ka30012Request(KiwoomRequest):
    """
    ka30012 ELW종목상세정보요청 (ELW Detail Info): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka30012Response(KiwoomResponse):
    """
    ka30012 ELW종목상세정보요청 (ELW Detail Info): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30012
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    aset_cd: Annotated[TextValue | None, Field(description="자산코드")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    lpmmcm_nm: Annotated[TextValue | None, Field(description="LP회원사명")] = None
    lpmmcm_nm_1: Annotated[TextValue | None, Field(description="LP회원사명1")] = None
    lpmmcm_nm_2: Annotated[TextValue | None, Field(description="LP회원사명2")] = None
    elwrght_cntn: Annotated[TextValue | None, Field(description="ELW권리내용")] = None
    elwexpr_evlt_pric: Annotated[TextValue | None, Field(description="ELW만기평가가격")] = None
    elwtheory_pric: Annotated[PriceBy100Value | None, Field(description="ELW이론가")] = None
    dispty_rt: Annotated[DecimalValue | None, Field(description="괴리율 · percent")] = None
    elwinnr_vltl: Annotated[DecimalBy100Value | None, Field(description="ELW내재변동성")] = None
    exp_rght_pric: Annotated[PriceValue | None, Field(description="예상권리가")] = None
    elwpl_qutr_rt: Annotated[DecimalValue | None, Field(description="ELW손익분기율 · percent")] = None
    elwexec_pric: Annotated[PriceValue | None, Field(description="ELW행사가")] = None
    elwcnvt_rt: Annotated[DecimalValue | None, Field(description="ELW전환비율")] = None
    elwcmpn_rt: Annotated[DecimalValue | None, Field(description="ELW보상율 · percent")] = None
    elwpric_rising_part_rt: Annotated[DecimalValue | None, Field(description="ELW가격상승참여율 · percent")] = None
    elwrght_type: Annotated[TextValue | None, Field(description="ELW권리유형")] = None
    elwsrvive_dys: Annotated[IntValue | None, Field(description="ELW잔존일수 · days")] = None
    stkcnt: Annotated[IntValue | None, Field(description="상장주식수 · thousand_shares")] = None
    elwlpord_pos: Annotated[TextValue | None, Field(description="ELWLP주문가능")] = None
    lpposs_rt: Annotated[DecimalValue | None, Field(description="LP보유비율 · percent")] = None
    lprmnd_qty: Annotated[IntValue | None, Field(description="LP보유수량 · shares")] = None
    elwspread: Annotated[DecimalValue | None, Field(description="ELW스프레드")] = None
    elwprty: Annotated[DecimalValue | None, Field(description="ELW패리티 · percent")] = None
    elwgear: Annotated[DecimalValue | None, Field(description="ELW기어링")] = None
    elwflo_dt: Annotated[DateValue | None, Field(description="ELW상장일")] = None
    elwfin_trde_dt: Annotated[DateValue | None, Field(description="ELW최종거래일")] = None
    expr_dt: Annotated[DateValue | None, Field(description="만기일")] = None
    exec_dt: Annotated[DateValue | None, Field(description="행사일")] = None
    lpsuply_end_dt: Annotated[DateValue | None, Field(description="LP공급종료일")] = None
    elwpay_dt: Annotated[DateValue | None, Field(description="ELW지급일")] = None
    elwinvt_ix_comput: Annotated[TextValue | None, Field(description="ELW투자지표산출")] = None
    elwpay_agnt: Annotated[TextValue | None, Field(description="ELW지급대리인")] = None
    elwappr_way: Annotated[TextValue | None, Field(description="ELW결재방법")] = None
    elwrght_exec_way: Annotated[TextValue | None, Field(description="ELW권리행사방식")] = None
    elwpblicte_orgn: Annotated[TextValue | None, Field(description="ELW발행기관")] = None
    dcsn_pay_amt: Annotated[DecimalValue | None, Field(description="확정지급액")] = None
    kobarr: Annotated[PriceValue | None, Field(description="KO베리어")] = None
    iv: Annotated[DecimalValue | None, Field(description="IV")] = None
    clsprd_end_elwocr: Annotated[TextValue | None, Field(description="종기종료ELW발생")] = None
    bsis_aset_1: Annotated[TextValue | None, Field(description="기초자산1")] = None
    bsis_aset_comp_rt_1: Annotated[DecimalValue | None, Field(description="기초자산구성비율1 · percent")] = None
    bsis_aset_2: Annotated[TextValue | None, Field(description="기초자산2")] = None
    bsis_aset_comp_rt_2: Annotated[DecimalValue | None, Field(description="기초자산구성비율2 · percent")] = None
    bsis_aset_3: Annotated[TextValue | None, Field(description="기초자산3")] = None
    bsis_aset_comp_rt_3: Annotated[DecimalValue | None, Field(description="기초자산구성비율3 · percent")] = None
    bsis_aset_4: Annotated[TextValue | None, Field(description="기초자산4")] = None
    bsis_aset_comp_rt_4: Annotated[DecimalValue | None, Field(description="기초자산구성비율4 · percent")] = None
    bsis_aset_5: Annotated[TextValue | None, Field(description="기초자산5")] = None
    bsis_aset_comp_rt_5: Annotated[DecimalValue | None, Field(description="기초자산구성비율5 · percent")] = None
    fr_dt: Annotated[DateValue | None, Field(description="평가시작일자")] = None
    to_dt: Annotated[DateValue | None, Field(description="평가종료일자")] = None
    fr_tm: Annotated[TimeValue | None, Field(description="평가시작시간")] = None
    evlt_end_tm: Annotated[TimeValue | None, Field(description="평가종료시간")] = None
    evlt_pric: Annotated[PriceValue | None, Field(description="평가가격")] = None
    evlt_fnsh_yn: Annotated[FlagValue | None, Field(description="평가완료여부")] = None
    all_hgst_pric: Annotated[PriceValue | None, Field(description="전체최고가")] = None
    all_lwst_pric: Annotated[PriceValue | None, Field(description="전체최저가")] = None
    imaf_hgst_pric: Annotated[PriceValue | None, Field(description="직후최고가")] = None
    imaf_lwst_pric: Annotated[PriceValue | None, Field(description="직후최저가")] = None
    sndhalf_mrkt_hgst_pric: Annotated[PriceValue | None, Field(description="후반장최고가")] = None
    sndhalf_mrkt_lwst_pric: Annotated[PriceValue | None, Field(description="후반장최저가")] = None


class Ka30002Response(KiwoomResponse):
    """
    ka30002 거래원별ELW순매매상위요청 (Top ELW Net Trading by Broker): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30002
    """

    trde_ori_elwnettrde_upper: Annotated[
        list[Ka30002TrdeOriElwnettrdeUpperItem], Field(description="거래원별ELW순매매상위", validate_default=True)
    ] = []
