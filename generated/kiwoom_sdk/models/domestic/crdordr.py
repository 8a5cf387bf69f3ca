# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DateArgument, IntValue, TextArgument, TextValue, WholeArgument
from kiwoom_sdk._value_types import (
    CreditDealTypeOrBlank,
    DomesticExchangeWithSorOrBlank,
    DomesticExchangeWithSorValue,
    PriceArgument0,
    TradeTypeOrBlank,
)


class Kt10006Request(KiwoomRequest):
    """
    kt10006 신용 매수주문 (Credit Buy Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dmst_stex_tp: Annotated[DomesticExchangeWithSorOrBlank, Field(description="국내거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    ord_qty: Annotated[WholeArgument, Field(description="주문수량", max_length=12)]
    ord_uv: Annotated[PriceArgument0 | None, Field(description="주문단가", max_length=12)] = None
    trde_tp: Annotated[TradeTypeOrBlank, Field(description="매매구분")]
    cond_uv: Annotated[PriceArgument0 | None, Field(description="조건단가", max_length=12)] = None


class Kt10006Response(KiwoomResponse):
    """
    kt10006 신용 매수주문 (Credit Buy Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10006
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithSorValue | None, Field(description="국내거래소구분")] = None


class Kt10007Request(KiwoomRequest):
    """
    kt10007 신용 매도주문 (Credit Sell Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dmst_stex_tp: Annotated[DomesticExchangeWithSorOrBlank, Field(description="국내거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    ord_qty: Annotated[WholeArgument, Field(description="주문수량", max_length=12)]
    ord_uv: Annotated[PriceArgument0 | None, Field(description="주문단가", max_length=12)] = None
    trde_tp: Annotated[TradeTypeOrBlank, Field(description="매매구분")]
    crd_deal_tp: Annotated[CreditDealTypeOrBlank, Field(description="신용거래구분")]
    crd_loan_dt: Annotated[DateArgument | None, Field(description="대출일", max_length=8)] = None
    cond_uv: Annotated[PriceArgument0 | None, Field(description="조건단가", max_length=12)] = None


class Kt10007Response(KiwoomResponse):
    """
    kt10007 신용 매도주문 (Credit Sell Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10007
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithSorValue | None, Field(description="국내거래소구분")] = None


class Kt10008Request(KiwoomRequest):
    """
    kt10008 신용 정정주문 (Credit Modify Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dmst_stex_tp: Annotated[DomesticExchangeWithSorOrBlank, Field(description="국내거래소구분")]
    orig_ord_no: Annotated[TextArgument, Field(description="원주문번호", max_length=7)]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    mdfy_qty: Annotated[WholeArgument, Field(description="정정수량", max_length=12)]
    mdfy_uv: Annotated[PriceArgument0, Field(description="정정단가", max_length=12)]
    mdfy_cond_uv: Annotated[PriceArgument0 | None, Field(description="정정조건단가", max_length=12)] = None


class Kt10008Response(KiwoomResponse):
    """
    kt10008 신용 정정주문 (Credit Modify Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10008
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    base_orig_ord_no: Annotated[TextValue | None, Field(description="모주문번호")] = None
    mdfy_qty: Annotated[IntValue | None, Field(description="정정수량 · shares")] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithSorValue | None, Field(description="국내거래소구분")] = None


class Kt10009Request(KiwoomRequest):
    """
    kt10009 신용 취소주문 (Credit Cancel Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dmst_stex_tp: Annotated[DomesticExchangeWithSorOrBlank, Field(description="국내거래소구분")]
    orig_ord_no: Annotated[TextArgument, Field(description="원주문번호", max_length=7)]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    cncl_qty: Annotated[WholeArgument, Field(description="취소수량", max_length=12)]


class Kt10009Response(KiwoomResponse):
    """
    kt10009 신용 취소주문 (Credit Cancel Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10009
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    base_orig_ord_no: Annotated[TextValue | None, Field(description="모주문번호")] = None
    cncl_qty: Annotated[IntValue | None, Field(description="취소수량 · shares")] = None
