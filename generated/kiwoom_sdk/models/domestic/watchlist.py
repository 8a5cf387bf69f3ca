# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import TextArgument, TextValue
from kiwoom_sdk._value_types import ProcessResultValue


class Ka01300NofiItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    gcod: Annotated[TextValue | None, Field(description="그룹코드")] = None
    name: Annotated[TextValue | None, Field(description="그룹명")] = None


class Ka01300Request(KiwoomRequest):
    """
    ka01300 관심종목 그룹 리스트 조회 (Watchlist Group List): the request body.
    """


class Ka01300Response(KiwoomResponse):
    """
    ka01300 관심종목 그룹 리스트 조회 (Watchlist Group List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-watchlist/#ka01300
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rtcd: Annotated[ProcessResultValue | None, Field(description="처리결과")] = None
    nofi: Annotated[list[Ka01300NofiItem], Field(description="그룹갯수", validate_default=True)] = []


class Ka01301NofjItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cod2: Annotated[TextValue | None, Field(description="종목코드")] = None
    bgb: Annotated[TextValue | None, Field(description="북마크 구분")] = None
    bgb_clr: Annotated[TextValue | None, Field(description="북마크 컬러")] = None


class Ka01301Request(KiwoomRequest):
    """
    ka01301 관심종목 그룹 상세 조회 (Watchlist Group Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    arn_grp_id: Annotated[TextArgument, Field(description="그룹SEQ", max_length=3)]


class Ka01301Response(KiwoomResponse):
    """
    ka01301 관심종목 그룹 상세 조회 (Watchlist Group Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-watchlist/#ka01301
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rtcd: Annotated[ProcessResultValue | None, Field(description="처리 결과")] = None
    nofj: Annotated[list[Ka01301NofjItem], Field(description="종목 갯수", validate_default=True)] = []
