# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DecimalArgument, DecimalValue, IntValue, TextValue
from kiwoom_sdk._value_types import CurrencyExchangeDirectionOrBlank


class Ust31300Request(KiwoomRequest):
    """
    ust31300 환전 예상 금액 조회 (Currency Exchange Estimate): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    exch_tp: Annotated[CurrencyExchangeDirectionOrBlank, Field(description="환전구분")]
    fc_exmn_amt: Annotated[DecimalArgument | None, Field(description="매도통화기준 환전금액", max_length=12)] = None


class Ust31300Response(KiwoomResponse):
    """
    ust31300 환전 예상 금액 조회 (Currency Exchange Estimate): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31300
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sell_aplc_exrt: Annotated[DecimalValue | None, Field(description="매도적용환율 · KRW_per_USD")] = None
    buy_aplc_exrt: Annotated[DecimalValue | None, Field(description="매수적용환율 · KRW_per_USD")] = None
    aplc_exrt: Annotated[DecimalValue | None, Field(description="적용환율 · KRW_per_USD")] = None
    sell_crnc_entra_prerm: Annotated[
        DecimalValue | None, Field(description="매도통화예수금전잔 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    sell_crnc_ch_uncla_prerm: Annotated[
        DecimalValue | None, Field(description="매도통화현금미수금전잔 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    sell_crnc_etc_loana_prerm: Annotated[
        DecimalValue | None, Field(description="매도통화기타대여금전잔 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    sell_crnc_entra_nowrm: Annotated[
        DecimalValue | None, Field(description="매도통화예수금금잔 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    sell_crnc_ch_uncla_nowrm: Annotated[
        DecimalValue | None, Field(description="매도통화현금미수금금잔 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    sell_crnc_etc_loana_nowrm: Annotated[
        DecimalValue | None, Field(description="매도통화기타대여금금잔 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    sell_crnc_exmn_alow_amt: Annotated[
        DecimalValue | None, Field(description="매도통화환전가능금액 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    buy_crnc_entra_prerm: Annotated[
        DecimalValue | None, Field(description="매수통화예수금전잔 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None
    buy_crnc_ch_uncla_prerm: Annotated[
        DecimalValue | None, Field(description="매수통화현금미수금전잔 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None
    buy_crnc_etc_loana_prerm: Annotated[
        DecimalValue | None, Field(description="매수통화기타대여금전잔 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None
    buy_crnc_entra_nowrm: Annotated[
        DecimalValue | None, Field(description="매수통화예수금금잔 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None
    buy_crnc_ch_uncla_nowrm: Annotated[
        DecimalValue | None, Field(description="매수통화현금미수금금잔 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None
    buy_crnc_etc_loana_nowrm: Annotated[
        DecimalValue | None, Field(description="매수통화기타대여금금잔 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None
    buy_crnc_exmn_alow_amt: Annotated[
        DecimalValue | None, Field(description="매수통화환전가능금액 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None
    krw_uncl_amt: Annotated[IntValue | None, Field(description="원화미수금액 · KRW")] = None
    sell_expc_amt: Annotated[
        DecimalValue | None, Field(description="매도예상금액 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    buy_expc_amt: Annotated[
        DecimalValue | None, Field(description="매수예상금액 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None


class Ust31301Request(KiwoomRequest):
    """
    ust31301 환율 조회 (Exchange Rate Lookup): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    exch_tp: Annotated[CurrencyExchangeDirectionOrBlank, Field(description="환전구분")]


class Ust31301Response(KiwoomResponse):
    """
    ust31301 환율 조회 (Exchange Rate Lookup): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31301
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sell_aplc_exrt: Annotated[DecimalValue | None, Field(description="매도적용환율 · KRW_per_USD")] = None
    buy_aplc_exrt: Annotated[DecimalValue | None, Field(description="매수적용환율 · KRW_per_USD")] = None
    aplc_exrt: Annotated[DecimalValue | None, Field(description="적용환율 · KRW_per_USD")] = None
    exrt_tp_nm: Annotated[TextValue | None, Field(description="환율구분명")] = None
    spcl_bf_exrt: Annotated[DecimalValue | None, Field(description="우대율 적용 전 환율 · KRW_per_USD")] = None
    exrt_spcl_rt: Annotated[DecimalValue | None, Field(description="환율우대율 · percent")] = None


class Ust31302Request(KiwoomRequest):
    """
    ust31302 환전 신청 (Currency Exchange Request): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    exch_tp: Annotated[CurrencyExchangeDirectionOrBlank, Field(description="환전구분")]
    fc_exmn_amt: Annotated[DecimalArgument, Field(description="매도통화기준 환전금액", max_length=12)]


class Ust31302Response(KiwoomResponse):
    """
    ust31302 환전 신청 (Currency Exchange Request): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31302
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sell_aplc_exrt: Annotated[DecimalValue | None, Field(description="매도적용환율 · KRW_per_USD")] = None
    buy_aplc_exrt: Annotated[DecimalValue | None, Field(description="매수적용환율 · KRW_per_USD")] = None
    aplc_exrt: Annotated[DecimalValue | None, Field(description="적용환율 · KRW_per_USD")] = None
    entra_prerm: Annotated[IntValue | None, Field(description="예수금전잔 · KRW")] = None
    ch_uncla_prerm: Annotated[IntValue | None, Field(description="현금미수금전잔 · KRW")] = None
    etc_loana_prerm: Annotated[IntValue | None, Field(description="기타대여금전잔 · KRW")] = None
    entra_nowrm: Annotated[IntValue | None, Field(description="예수금금잔 · KRW")] = None
    ch_uncla_nowrm: Annotated[IntValue | None, Field(description="현금미수금금잔 · KRW")] = None
    etc_loana_nowrm: Annotated[IntValue | None, Field(description="기타대여금금잔 · KRW")] = None
    krw_exmn_alow_amt: Annotated[IntValue | None, Field(description="원화환전가능금액 · KRW")] = None
    ch_uncl_rpym_amt: Annotated[IntValue | None, Field(description="현금미수변제금 · KRW")] = None
    ch_uncl_dlfe: Annotated[IntValue | None, Field(description="현금미수연체료 · KRW")] = None
    etc_loan_npay_rpym_amt: Annotated[IntValue | None, Field(description="기타대여미납변제금 · KRW")] = None
    etc_loan_npay_dlfe: Annotated[IntValue | None, Field(description="기타대여미납연체료 · KRW")] = None
    fc_entra_prerm: Annotated[DecimalValue | None, Field(description="외화예수금전잔 · USD")] = None
    fc_ch_uncla_prerm: Annotated[DecimalValue | None, Field(description="외화현금미수금전잔")] = None
    fc_etc_loana_prerm: Annotated[DecimalValue | None, Field(description="외화기타대여금전잔")] = None
    fc_entra_nowrm: Annotated[DecimalValue | None, Field(description="외화예수금금잔 · USD")] = None
    fc_ch_uncla_nowrm: Annotated[DecimalValue | None, Field(description="외화현금미수금금잔")] = None
    fc_etc_loana_nowrm: Annotated[DecimalValue | None, Field(description="외화기타대여금금잔")] = None
    fc_exmn_alow_amt: Annotated[DecimalValue | None, Field(description="외화환전가능금액 · USD")] = None
    fc_ch_uncl_rpym_amt: Annotated[DecimalValue | None, Field(description="외화현금미수변제금")] = None
    fc_ch_uncl_dlfe: Annotated[DecimalValue | None, Field(description="외화현금미수연체료")] = None
    fc_etc_loan_npay_rpym_amt: Annotated[DecimalValue | None, Field(description="외화기타대여미납변제금")] = None
    fc_etc_loan_npay_dlfe: Annotated[DecimalValue | None, Field(description="외화기타대여미납연체료")] = None
    krw_exmn_amt: Annotated[IntValue | None, Field(description="원화환전금액 · KRW")] = None
    sell_fc_amt: Annotated[
        DecimalValue | None, Field(description="매도외화금액 · KRW when exch_tp=1, USD when exch_tp=2")
    ] = None
    buy_fc_amt: Annotated[
        DecimalValue | None, Field(description="매수외화금액 · USD when exch_tp=1, KRW when exch_tp=2")
    ] = None
