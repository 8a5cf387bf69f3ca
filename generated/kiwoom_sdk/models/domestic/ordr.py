# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import IntValue, TextArgument, TextValue, WholeArgument
from kiwoom_sdk._value_types import (
    DomesticExchangeWithSorOrBlank,
    DomesticExchangeWithSorValue,
    GoldTradeTypeOrBlank,
    PriceArgument0,
    TradeTypeOrBlank,
)


class Kt10000Request(KiwoomRequest):
    """
    kt10000 주식 매수주문 (Stock Buy Order): the request body.
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


class Kt10000Response(KiwoomResponse):
    """
    kt10000 주식 매수주문 (Stock Buy Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10000
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithSorValue | None, Field(description="국내거래소구분")] = None


class Kt10001Request(KiwoomRequest):
    """
    kt10001 주식 매도주문 (Stock Sell Order): the request body.
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


class Kt10001Response(KiwoomResponse):
    """
    kt10001 주식 매도주문 (Stock Sell Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithSorValue | None, Field(description="국내거래소구분")] = None


class Kt10002Request(KiwoomRequest):
    """
    kt10002 주식 정정주문 (Stock Modify Order): the request body.
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


class Kt10002Response(KiwoomResponse):
    """
    kt10002 주식 정정주문 (Stock Modify Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10002
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    base_orig_ord_no: Annotated[TextValue | None, Field(description="모주문번호")] = None
    mdfy_qty: Annotated[IntValue | None, Field(description="정정수량 · shares")] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithSorValue | None, Field(description="국내거래소구분")] = None


class Kt10003Request(KiwoomRequest):
    """
    kt10003 주식 취소주문 (Stock Cancel Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dmst_stex_tp: Annotated[DomesticExchangeWithSorOrBlank, Field(description="국내거래소구분")]
    orig_ord_no: Annotated[TextArgument, Field(description="원주문번호", max_length=7)]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    cncl_qty: Annotated[WholeArgument, Field(description="취소수량", max_length=12)]


class Kt10003Response(KiwoomResponse):
    """
    kt10003 주식 취소주문 (Stock Cancel Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10003
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    base_orig_ord_no: Annotated[TextValue | None, Field(description="모주문번호")] = None
    cncl_qty: Annotated[IntValue | None, Field(description="취소수량 · shares")] = None


class Kt50000Request(KiwoomRequest):
    """
    kt50000 금현물 매수주문 (Gold Spot Buy Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    ord_qty: Annotated[WholeArgument, Field(description="주문수량", max_length=12)]
    ord_uv: Annotated[PriceArgument0 | None, Field(description="주문단가", max_length=12)] = None
    trde_tp: Annotated[GoldTradeTypeOrBlank, Field(description="매매구분")]


class Kt50000Response(KiwoomResponse):
    """
    kt50000 금현물 매수주문 (Gold Spot Buy Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50000
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None


class Kt50001Request(KiwoomRequest):
    """
    kt50001 금현물 매도주문 (Gold Spot Sell Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    ord_qty: Annotated[WholeArgument, Field(description="주문수량", max_length=12)]
    ord_uv: Annotated[PriceArgument0 | None, Field(description="주문단가", max_length=12)] = None
    trde_tp: Annotated[GoldTradeTypeOrBlank, Field(description="매매구분")]


class Kt50001Response(KiwoomResponse):
    """
    kt50001 금현물 매도주문 (Gold Spot Sell Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None


class Kt50002Request(KiwoomRequest):
    """
    kt50002 금현물 정정주문 (Gold Spot Modify Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    orig_ord_no: Annotated[TextArgument, Field(description="원주문번호", max_length=7)]
    mdfy_qty: Annotated[WholeArgument, Field(description="정정수량", max_length=12)]
    mdfy_uv: Annotated[PriceArgument0, Field(description="정정단가", max_length=12)]


class Kt50002Response(KiwoomResponse):
    """
    kt50002 금현물 정정주문 (Gold Spot Modify Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50002
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    base_orig_ord_no: Annotated[TextValue | None, Field(description="모주문번호")] = None
    mdfy_qty: Annotated[IntValue | None, Field(description="정정수량 · grams")] = None


class Kt50003Request(KiwoomRequest):
    """
    kt50003 금현물 취소주문 (Gold Spot Cancel Order): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    orig_ord_no: Annotated[TextArgument, Field(description="원주문번호", max_length=7)]
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=12)]
    cncl_qty: Annotated[WholeArgument, Field(description="취소수량", max_length=12)]


class Kt50003Response(KiwoomResponse):
    """
    kt50003 금현물 취소주문 (Gold Spot Cancel Order): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50003
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    base_orig_ord_no: Annotated[TextValue | None, Field(description="모주문번호")] = None
    cncl_qty: Annotated[IntValue | None, Field(description="취소수량 · grams")] = None
