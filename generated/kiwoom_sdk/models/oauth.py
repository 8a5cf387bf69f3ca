# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import DateTimeValue, TextArgument, TextValue


class Au10001Request(KiwoomRequest):
    """
    au10001 접근토큰 발급 (Issue Access Token): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    grant_type: Annotated[Literal["client_credentials"], Field(description="grant_type")] = "client_credentials"
    appkey: Annotated[TextArgument, Field(description="앱키")]
    secretkey: Annotated[TextArgument, Field(description="시크릿키")]


class Au10001Response(KiwoomResponse):
    """
    au10001 접근토큰 발급 (Issue Access Token): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/oauth/#au10001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    expires_dt: Annotated[DateTimeValue | None, Field(description="만료일")] = None
    token_type: Annotated[TextValue | None, Field(description="토큰타입")] = None
    token: Annotated[TextValue | None, Field(description="접근토큰")] = None


class Au10002Request(KiwoomRequest):
    """
    au10002 접근토큰폐기 (Revoke Access Token): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    appkey: Annotated[TextArgument, Field(description="앱키")]
    secretkey: Annotated[TextArgument, Field(description="시크릿키")]
    token: Annotated[TextArgument, Field(description="접근토큰")]


class Au10002Response(KiwoomResponse):
    """
    au10002 접근토큰폐기 (Revoke Access Token): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/oauth/#au10002
    """
