# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DateArgument, DateValue, IntValue, TextArgument, TextValue
from kiwoom_sdk._value_types import (
    DecimalBy100Value,
    DisplayAllOrBlank,
    DisplayInputStockOnlyOrBlank,
    KospiOrKosdaqOrBlank,
)


class Ka10068DbrtTrdeTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    dbrt_trde_cntrcnt: Annotated[IntValue | None, Field(description="대차거래체결주수 · shares")] = None
    dbrt_trde_rpy: Annotated[IntValue | None, Field(description="대차거래상환주수 · shares")] = None
    dbrt_trde_irds: Annotated[IntValue | None, Field(description="대차거래증감 · shares")] = None
    rmnd: Annotated[IntValue | None, Field(description="잔고주수 · shares")] = None
    remn_amt: Annotated[IntValue | None, Field(description="잔고금액 · KRW_million")] = None


class Ka10068Request(KiwoomRequest):
    """
    ka10068 대차거래추이요청 (Stock Lending Trend): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    all_tp: Annotated[DisplayAllOrBlank, Field(description="전체구분")]


class Ka10068Response(KiwoomResponse):
    """
    ka10068 대차거래추이요청 (Stock Lending Trend): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka10068
    """

    dbrt_trde_trnsn: Annotated[
        list[Ka10068DbrtTrdeTrnsnItem], Field(description="대차거래추이", validate_default=True)
    ] = []


class Ka10069DbrtTrdeUpper10stkItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    dbrt_trde_cntrcnt: Annotated[IntValue | None, Field(description="대차거래체결주수 · shares")] = None
    dbrt_trde_rpy: Annotated[IntValue | None, Field(description="대차거래상환주수 · shares")] = None
    rmnd: Annotated[IntValue | None, Field(description="잔고주수 · shares")] = None
    remn_amt: Annotated[IntValue | None, Field(description="잔고금액 · KRW_million")] = None


class Ka10069Request(KiwoomRequest):
    """
    ka10069 대차거래상위10종목요청 (Top 10 Stock Lending Stocks): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    mrkt_tp: Annotated[KospiOrKosdaqOrBlank, Field(description="시장구분")]


class Ka10069Response(KiwoomResponse):
    """
    ka10069 대차거래상위10종목요청 (Top 10 Stock Lending Stocks): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka10069
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dbrt_trde_cntrcnt_sum: Annotated[IntValue | None, Field(description="대차거래체결주수합 · shares")] = None
    dbrt_trde_rpy_sum: Annotated[IntValue | None, Field(description="대차거래상환주수합 · shares")] = None
    rmnd_sum: Annotated[IntValue | None, Field(description="잔고주수합 · shares")] = None
    remn_amt_sum: Annotated[IntValue | None, Field(description="잔고금액합 · KRW_million")] = None
    dbrt_trde_cntrcnt_rt: Annotated[DecimalBy100Value | None, Field(description="대차거래체결주수비율")] = None
    dbrt_trde_rpy_rt: Annotated[DecimalBy100Value | None, Field(description="대차거래상환주수비율")] = None
    rmnd_rt: Annotated[DecimalBy100Value | None, Field(description="잔고주수비율 · percent")] = None
    remn_amt_rt: Annotated[DecimalBy100Value | None, Field(description="잔고금액비율 · percent")] = None
    dbrt_trde_upper_10stk: Annotated[
        list[Ka10069DbrtTrdeUpper10stkItem], Field(description="대차거래상위10종목", validate_default=True)
    ] = []


class Ka20068DbrtTrdeTrnsnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    dbrt_trde_cntrcnt: Annotated[IntValue | None, Field(description="대차거래체결주수 · shares")] = None
    dbrt_trde_rpy: Annotated[IntValue | None, Field(description="대차거래상환주수 · shares")] = None
    dbrt_trde_irds: Annotated[IntValue | None, Field(description="대차거래증감 · shares")] = None
    rmnd: Annotated[IntValue | None, Field(description="잔고주수 · shares")] = None
    remn_amt: Annotated[IntValue | None, Field(description="잔고금액 · KRW_million")] = None


class Ka20068Request(KiwoomRequest):
    """
    ka20068 대차거래추이요청(종목별) (Stock Lending Trend by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    all_tp: Annotated[DisplayInputStockOnlyOrBlank | None, Field(description="전체구분")] = None
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka20068Response(KiwoomResponse):
    """
    ka20068 대차거래추이요청(종목별) (Stock Lending Trend by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka20068
    """

    dbrt_trde_trnsn: Annotated[
        list[Ka20068DbrtTrdeTrnsnItem], Field(description="대차거래추이", validate_default=True)
    ] = []


class Ka90012DbrtTrdePrpsItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    dbrt_trde_cntrcnt: Annotated[IntValue | None, Field(description="대차거래체결주수 · shares")] = None
    dbrt_trde_rpy: Annotated[IntValue | None, Field(description="대차거래상환주수 · shares")] = None
    rmnd: Annotated[IntValue | None, Field(description="잔고주수 · shares")] = None
    remn_amt: Annotated[IntValue | None, Field(description="잔고금액 · KRW_million")] = None


class Ka90012Request(KiwoomRequest):
    """
    ka90012 대차거래내역요청 (Stock Lending History): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateArgument, Field(description="일자", max_length=8)]
    mrkt_tp: Annotated[KospiOrKosdaqOrBlank, Field(description="시장구분")]


class Ka90012Response(KiwoomResponse):
    """
    ka90012 대차거래내역요청 (Stock Lending History): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka90012
    """

    dbrt_trde_prps: Annotated[
        list[Ka90012DbrtTrdePrpsItem], Field(description="대차거래내역", validate_default=True)
    ] = []
