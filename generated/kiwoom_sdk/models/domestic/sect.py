# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    DateArgument,
    DateValue,
    DecimalValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
    TimeValue,
)
from kiwoom_sdk._value_types import (
    AmountOrQuantityZeroBasedOrBlank,
    CompositeIndexCodeOrBlank,
    DecimalBy100Value,
    ExchangeTypeOrBlank,
    IndustryMarketTypeOrBlank,
    KospiOrKosdaqBinaryOrBlank,
    PriceBy100Value,
    PriceChangeSignValue,
)


class Ka10010Request(KiwoomRequest):
    """
    ka10010 업종프로그램요청 (Sector Program Trading): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=20)]


class Ka10010Response(KiwoomResponse):
    """
    ka10010 업종프로그램요청 (Sector Program Trading): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka10010
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dfrt_trst_sell_qty: Annotated[IntValue | None, Field(description="차익위탁매도수량")] = None
    dfrt_trst_sell_amt: Annotated[IntValue | None, Field(description="차익위탁매도금액")] = None
    dfrt_trst_buy_qty: Annotated[IntValue | None, Field(description="차익위탁매수수량")] = None
    dfrt_trst_buy_amt: Annotated[IntValue | None, Field(description="차익위탁매수금액")] = None
    dfrt_trst_netprps_qty: Annotated[IntValue | None, Field(description="차익위탁순매수수량")] = None
    dfrt_trst_netprps_amt: Annotated[IntValue | None, Field(description="차익위탁순매수금액")] = None
    ndiffpro_trst_sell_qty: Annotated[IntValue | None, Field(description="비차익위탁매도수량")] = None
    ndiffpro_trst_sell_amt: Annotated[IntValue | None, Field(description="비차익위탁매도금액")] = None
    ndiffpro_trst_buy_qty: Annotated[IntValue | None, Field(description="비차익위탁매수수량")] = None
    ndiffpro_trst_buy_amt: Annotated[IntValue | None, Field(description="비차익위탁매수금액")] = None
    ndiffpro_trst_netprps_qty: Annotated[IntValue | None, Field(description="비차익위탁순매수수량")] = None
    ndiffpro_trst_netprps_amt: Annotated[IntValue | None, Field(description="비차익위탁순매수금액")] = None
    all_dfrt_trst_sell_qty: Annotated[IntValue | None, Field(description="전체차익위탁매도수량")] = None
    all_dfrt_trst_sell_amt: Annotated[IntValue | None, Field(description="전체차익위탁매도금액")] = None
    all_dfrt_trst_buy_qty: Annotated[IntValue | None, Field(description="전체차익위탁매수수량")] = None
    all_dfrt_trst_buy_amt: Annotated[IntValue | None, Field(description="전체차익위탁매수금액")] = None
    all_dfrt_trst_netprps_qty: Annotated[IntValue | None, Field(description="전체차익위탁순매수수량")] = None
    all_dfrt_trst_netprps_amt: Annotated[IntValue | None, Field(description="전체차익위탁순매수금액")] = None


class Ka10051IndsNetprpsItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_nm: Annotated[TextValue | None, Field(description="업종명")] = None
    cur_prc: Annotated[PriceBy100Value | None, Field(description="현재가 · index_points")] = None
    pre_smbol: Annotated[PriceChangeSignValue | None, Field(description="대비부호")] = None
    pred_pre: Annotated[DecimalBy100Value | None, Field(description="전일대비 · index_points")] = None
    flu_rt: Annotated[DecimalBy100Value | None, Field(description="등락율 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sc_netprps: Annotated[
        IntValue | None,
        Field(description="증권순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    insrnc_netprps: Annotated[
        IntValue | None,
        Field(description="보험순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    invtrt_netprps: Annotated[
        IntValue | None,
        Field(description="투신순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    bank_netprps: Annotated[
        IntValue | None,
        Field(description="은행순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    jnsinkm_netprps: Annotated[
        IntValue | None,
        Field(description="종신금순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    endw_netprps: Annotated[
        IntValue | None,
        Field(description="기금순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    etc_corp_netprps: Annotated[
        IntValue | None,
        Field(description="기타법인순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    ind_netprps: Annotated[
        IntValue | None,
        Field(description="개인순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    frgnr_netprps: Annotated[
        IntValue | None,
        Field(description="외국인순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    native_trmt_frgnr_netprps: Annotated[
        IntValue | None,
        Field(
            description="내국인대우외국인순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"
        ),
    ] = None
    natn_netprps: Annotated[
        IntValue | None,
        Field(description="국가순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    samo_fund_netprps: Annotated[
        IntValue | None,
        Field(description="사모펀드순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None
    orgn_netprps: Annotated[
        IntValue | None,
        Field(description="기관계순매수 · KRW_100million when amt_qty_tp=0, thousand_shares when amt_qty_tp=1"),
    ] = None


class Ka10051Request(KiwoomRequest):
    """
    ka10051 업종별투자자순매수요청 (Sector Investor Net Buy): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[KospiOrKosdaqBinaryOrBlank, Field(description="시장구분")]
    amt_qty_tp: Annotated[AmountOrQuantityZeroBasedOrBlank, Field(description="금액수량구분")]
    base_dt: Annotated[DateArgument | None, Field(description="기준일자", max_length=8)] = None
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10051Response(KiwoomResponse):
    """
    ka10051 업종별투자자순매수요청 (Sector Investor Net Buy): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka10051
    """

    inds_netprps: Annotated[list[Ka10051IndsNetprpsItem], Field(description="업종별순매수", validate_default=True)] = []


class Ka20001IndsCurPrcTmItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tm_n: Annotated[TimeValue | None, Field(description="시간n")] = None
    cur_prc_n: Annotated[PriceValue | None, Field(description="현재가n · index_points")] = None
    pred_pre_sig_n: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호n")] = None
    pred_pre_n: Annotated[DecimalValue | None, Field(description="전일대비n · index_points")] = None
    flu_rt_n: Annotated[DecimalValue | None, Field(description="등락률n · percent")] = None
    trde_qty_n: Annotated[IntValue | None, Field(description="거래량n · thousand_shares")] = None
    acc_trde_qty_n: Annotated[IntValue | None, Field(description="누적거래량n · thousand_shares")] = None
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None


class Ka20001Request(KiwoomRequest):
    """
    ka20001 업종현재가요청 (Sector Current Price): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[IndustryMarketTypeOrBlank, Field(description="시장구분")]
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=3)]


class Ka20001Response(KiwoomResponse):
    """
    ka20001 업종현재가요청 (Sector Current Price): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · index_points")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · index_points")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · thousand_shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    trde_frmatn_stk_num: Annotated[IntValue | None, Field(description="거래형성종목수 · items")] = None
    trde_frmatn_rt: Annotated[DecimalValue | None, Field(description="거래형성비율 · percent")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · index_points")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · index_points")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · index_points")] = None
    upl: Annotated[IntValue | None, Field(description="상한 · items")] = None
    rising: Annotated[IntValue | None, Field(description="상승 · items")] = None
    stdns: Annotated[IntValue | None, Field(description="보합 · items")] = None
    fall: Annotated[IntValue | None, Field(description="하락 · items")] = None
    lst: Annotated[IntValue | None, Field(description="하한 · items")] = None
    n52wk_hgst_pric: Annotated[
        PriceValue | None, Field(alias="52wk_hgst_pric", description="52주최고가 · index_points")
    ] = None
    n52wk_hgst_pric_dt: Annotated[DateValue | None, Field(alias="52wk_hgst_pric_dt", description="52주최고가일")] = None
    n52wk_hgst_pric_pre_rt: Annotated[
        DecimalValue | None, Field(alias="52wk_hgst_pric_pre_rt", description="52주최고가대비율 · percent")
    ] = None
    n52wk_lwst_pric: Annotated[
        PriceValue | None, Field(alias="52wk_lwst_pric", description="52주최저가 · index_points")
    ] = None
    n52wk_lwst_pric_dt: Annotated[DateValue | None, Field(alias="52wk_lwst_pric_dt", description="52주최저가일")] = None
    n52wk_lwst_pric_pre_rt: Annotated[
        DecimalValue | None, Field(alias="52wk_lwst_pric_pre_rt", description="52주최저가대비율 · percent")
    ] = None
    inds_cur_prc_tm: Annotated[
        list[Ka20001IndsCurPrcTmItem], Field(description="업종현재가_시간별", validate_default=True)
    ] = []


class Ka20002IndsStkpcItem(KiwoomModel):
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
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · KRW")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · KRW")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · KRW")] = None


class Ka20002Request(KiwoomRequest):
    """
    ka20002 업종별주가요청 (Stock Prices by Sector): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[IndustryMarketTypeOrBlank, Field(description="시장구분")]
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=3)]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka20002Response(KiwoomResponse):
    """
    ka20002 업종별주가요청 (Stock Prices by Sector): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20002
    """

    inds_stkpc: Annotated[list[Ka20002IndsStkpcItem], Field(description="업종별주가", validate_default=True)] = []


class Ka20003AllIndsIdexItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · index_points")] = None
    pre_sig: Annotated[PriceChangeSignValue | None, Field(description="대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · index_points")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · thousand_shares")] = None
    wght: Annotated[DecimalValue | None, Field(description="비중 · percent")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    upl: Annotated[IntValue | None, Field(description="상한 · items")] = None
    rising: Annotated[IntValue | None, Field(description="상승 · items")] = None
    stdns: Annotated[IntValue | None, Field(description="보합 · items")] = None
    fall: Annotated[IntValue | None, Field(description="하락 · items")] = None
    lst: Annotated[IntValue | None, Field(description="하한 · items")] = None
    flo_stk_num: Annotated[IntValue | None, Field(description="상장종목수 · items")] = None


class Ka20003Request(KiwoomRequest):
    """
    ka20003 전업종지수요청 (All Sector Indices): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[CompositeIndexCodeOrBlank, Field(description="업종코드")]


class Ka20003Response(KiwoomResponse):
    """
    ka20003 전업종지수요청 (All Sector Indices): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20003
    """

    all_inds_idex: Annotated[list[Ka20003AllIndsIdexItem], Field(description="전업종지수", validate_default=True)] = []


class Ka20009IndsCurPrcDalyReptItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt_n: Annotated[DateValue | None, Field(description="일자n")] = None
    cur_prc_n: Annotated[PriceValue | None, Field(description="현재가n · index_points")] = None
    pred_pre_sig_n: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호n")] = None
    pred_pre_n: Annotated[DecimalValue | None, Field(description="전일대비n · index_points")] = None
    flu_rt_n: Annotated[DecimalValue | None, Field(description="등락률n · percent")] = None
    acc_trde_qty_n: Annotated[IntValue | None, Field(description="누적거래량n · thousand_shares")] = None


class Ka20009Request(KiwoomRequest):
    """
    ka20009 업종현재가일별요청 (Sector Current Price Daily): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mrkt_tp: Annotated[IndustryMarketTypeOrBlank, Field(description="시장구분")]
    inds_cd: Annotated[TextArgument, Field(description="업종코드", max_length=3)]


class Ka20009Response(KiwoomResponse):
    """
    ka20009 업종현재가일별요청 (Sector Current Price Daily): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20009
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · index_points")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · index_points")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    trde_qty: Annotated[IntValue | None, Field(description="거래량 · thousand_shares")] = None
    trde_prica: Annotated[IntValue | None, Field(description="거래대금 · KRW_million")] = None
    trde_frmatn_stk_num: Annotated[IntValue | None, Field(description="거래형성종목수 · items")] = None
    trde_frmatn_rt: Annotated[DecimalValue | None, Field(description="거래형성비율 · percent")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · index_points")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · index_points")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · index_points")] = None
    upl: Annotated[IntValue | None, Field(description="상한 · items")] = None
    rising: Annotated[IntValue | None, Field(description="상승 · items")] = None
    stdns: Annotated[IntValue | None, Field(description="보합 · items")] = None
    fall: Annotated[IntValue | None, Field(description="하락 · items")] = None
    lst: Annotated[IntValue | None, Field(description="하한 · items")] = None
    n52wk_hgst_pric: Annotated[
        PriceValue | None, Field(alias="52wk_hgst_pric", description="52주최고가 · index_points")
    ] = None
    n52wk_hgst_pric_dt: Annotated[DateValue | None, Field(alias="52wk_hgst_pric_dt", description="52주최고가일")] = None
    n52wk_hgst_pric_pre_rt: Annotated[
        DecimalValue | None, Field(alias="52wk_hgst_pric_pre_rt", description="52주최고가대비율 · percent")
    ] = None
    n52wk_lwst_pric: Annotated[
        PriceValue | None, Field(alias="52wk_lwst_pric", description="52주최저가 · index_points")
    ] = None
    n52wk_lwst_pric_dt: Annotated[DateValue | None, Field(alias="52wk_lwst_pric_dt", description="52주최저가일")] = None
    n52wk_lwst_pric_pre_rt: Annotated[
        DecimalValue | None, Field(alias="52wk_lwst_pric_pre_rt", description="52주최저가대비율 · percent")
    ] = None
    inds_cur_prc_daly_rept: Annotated[
        list[Ka20009IndsCurPrcDalyReptItem], Field(description="업종현재가_일별반복", validate_default=True)
    ] = []
