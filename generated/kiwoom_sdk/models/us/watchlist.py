# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import TextArgument, TextValue
from kiwoom_sdk._value_types import ProcessResultValue, UsExchangeValue


class Usa20200NofiItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    gcod: Annotated[TextValue | None, Field(description="그룹코드")] = None
    name: Annotated[TextValue | None, Field(description="그룹명")] = None


class Usa20200Request(KiwoomRequest):
    """
    usa20200 미국주식 관심종목 그룹 리스트 조회 (US Watchlist Group List): the request body.
    """


class Usa20200Response(KiwoomResponse):
    """
    usa20200 미국주식 관심종목 그룹 리스트 조회 (US Watchlist Group List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-watchlist/#usa20200
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rtcd: Annotated[ProcessResultValue | None, Field(description="처리결과")] = None
    nofi: Annotated[list[Usa20200NofiItem], Field(description="그룹갯수", validate_default=True)] = []


class Usa20201NofjItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cod2: Annotated[TextValue | None, Field(description="종목코드")] = None
    bgb: Annotated[TextValue | None, Field(description="북마크 구분")] = None
    bgb_clr: Annotated[TextValue | None, Field(description="북마크 컬러")] = None
    memo: Annotated[TextValue | None, Field(description="메모")] = None
    memo_opt: Annotated[TextValue | None, Field(description="메모옵션")] = None
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None


class Usa20201Request(KiwoomRequest):
    """
    usa20201 미국주식 관심종목 그룹 상세 조회 (US Watchlist Group Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    arn_grp_id: Annotated[TextArgument | None, Field(description="그룹SEQ", max_length=3)] = None


class Usa20201Response(KiwoomResponse):
    """
    usa20201 미국주식 관심종목 그룹 상세 조회 (US Watchlist Group Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-watchlist/#usa20201
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rtcd: Annotated[ProcessResultValue | None, Field(description="처리 결과")] = None
    nofj: Annotated[list[Usa20201NofjItem], Field(description="종목 갯수", validate_default=True)] = []
