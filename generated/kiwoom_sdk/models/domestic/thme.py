# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DecimalValue, IntValue, PriceValue, TextArgument, TextValue, WholeArgument
from kiwoom_sdk._value_types import (
    ExchangeTypeOrBlank,
    PriceChangeSignValue,
    ThemeReturnRankTypeOrBlank,
    ThemeSearchTypeOrBlank,
)


class Ka90001Request(KiwoomRequest):
    """
    ka90001 테마그룹별요청 (Theme Groups): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[ThemeSearchTypeOrBlank, Field(description="검색구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=6)] = None
    date_tp: Annotated[WholeArgument, Field(description="날짜구분", max_length=2)]
    thema_nm: Annotated[TextArgument | None, Field(description="테마명", max_length=50)] = None
    flu_pl_amt_tp: Annotated[ThemeReturnRankTypeOrBlank, Field(description="등락수익구분")]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90001ThemaGrpItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    thema_grp_cd: Annotated[TextValue | None, Field(description="테마그룹코드")] = None
    thema_nm: Annotated[TextValue | None, Field(description="테마명")] = None
    stk_num: Annotated[IntValue | None, Field(description="종목수 · items")] = None
    flu_sig: Annotated[PriceChangeSignValue | None, Field(description="등락기호")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    rising_stk_num: Annotated[IntValue | None, Field(description="상승종목수 · items")] = None
    fall_stk_num: Annotated[IntValue | None, Field(description="하락종목수 · items")] = None
    dt_prft_rt: Annotated[DecimalValue | None, Field(description="기간수익률 · percent")] = None
    main_stk: Annotated[TextValue | None, Field(description="주요종목")] = None


class Ka90002Request(KiwoomRequest):
    """
    ka90002 테마구성종목요청 (Theme Constituent Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    date_tp: Annotated[WholeArgument | None, Field(description="날짜구분", max_length=1)] = None
    thema_grp_cd: Annotated[TextArgument, Field(description="테마그룹코드", max_length=6)]
    stex_tp: Annotated[ExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka90002ThemaCompStkItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    flu_sig: Annotated[PriceChangeSignValue | None, Field(description="등락기호")] = None
    pred_pre: Annotated[IntValue | None, Field(description="전일대비 · KRW")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락율 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    sel_req: Annotated[IntValue | None, Field(description="매도잔량 · shares")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    buy_req: Annotated[IntValue | None, Field(description="매수잔량 · shares")] = None
    dt_prft_rt_n: Annotated[DecimalValue | None, Field(description="기간수익률n · percent")] = None


class Ka90001Response(KiwoomResponse):
    """
    ka90001 테마그룹별요청 (Theme Groups): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-thme/#ka90001
    """

    thema_grp: Annotated[list[Ka90001ThemaGrpItem], Field(description="테마그룹별", validate_default=True)] = []


class Ka90002Response(KiwoomResponse):
    """
    ka90002 테마구성종목요청 (Theme Constituent Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-thme/#ka90002
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    dt_prft_rt: Annotated[DecimalValue | None, Field(description="기간수익률 · percent")] = None
    thema_comp_stk: Annotated[
        list[Ka90002ThemaCompStkItem], Field(description="테마구성종목", validate_default=True)
    ] = []
