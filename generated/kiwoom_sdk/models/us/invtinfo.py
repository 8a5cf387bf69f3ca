# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DecimalValue, IntValue, PriceValue, TextValue
from kiwoom_sdk._value_types import PriceChangeSignValue, UsExchangeChartProfitValue, UsStockOrEtfOrBlank


class Usa24300Request(KiwoomRequest):
    """
    usa24300 미국주식 리서치(미국주식/ETF) (US Stock/ETF Research): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[UsStockOrEtfOrBlank | None, Field(description="주식/ETF 구분")] = None


class Usa24300ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None


class Usa24300Response(KiwoomResponse):
    """
    usa24300 미국주식 리서치(미국주식/ETF) (US Stock/ETF Research): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-invtinfo/#usa24300
    """

    result_list: Annotated[list[Usa24300ResultListItem], Field(description="결과리스트", validate_default=True)] = []
