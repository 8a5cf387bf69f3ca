"""oauth / oauth: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk.models.oauth import (
        Au10001Response,
        Au10002Response,
    )


class Oauth(SyncGroup):
    """oauth / oauth TRs (sync)."""

    def au10001(
        self,
        *,
        appkey: str,
        secretkey: str,
        grant_type: Literal["client_credentials"] = "client_credentials",
    ) -> Au10001Response:
        """au10001 접근토큰 발급 (Issue Access Token).

        POST /oauth2/token · mock server: yes.

        Args:
            appkey: 앱키 · text · required
            secretkey: 시크릿키 · text · required
            grant_type: grant_type · text · always "client_credentials", the default

        Returns:
            Au10001Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/oauth/#au10001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet au10001.
        """
        answer = self._call(
            e.AU10001,
            {
                "appkey": appkey,
                "secretkey": secretkey,
                "grant_type": grant_type,
            },
        )
        return cast("Au10001Response", answer)

    issue_token = au10001

    def au10002(
        self,
        *,
        appkey: str,
        secretkey: str,
        token: str,
    ) -> Au10002Response:
        """au10002 접근토큰폐기 (Revoke Access Token).

        POST /oauth2/revoke · mock server: yes.

        Args:
            appkey: 앱키 · text · required
            secretkey: 시크릿키 · text · required
            token: 접근토큰 · text · required

        Returns:
            Au10002Response: 0 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/oauth/#au10002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet au10002.
        """
        answer = self._call(
            e.AU10002,
            {
                "appkey": appkey,
                "secretkey": secretkey,
                "token": token,
            },
        )
        return cast("Au10002Response", answer)

    revoke_token = au10002


class AsyncOauth(AsyncGroup):
    """oauth / oauth TRs (async)."""

    async def au10001(
        self,
        *,
        appkey: str,
        secretkey: str,
        grant_type: Literal["client_credentials"] = "client_credentials",
    ) -> Au10001Response:
        """au10001 접근토큰 발급 (Issue Access Token).

        POST /oauth2/token · mock server: yes.

        Args:
            appkey: 앱키 · text · required
            secretkey: 시크릿키 · text · required
            grant_type: grant_type · text · always "client_credentials", the default

        Returns:
            Au10001Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/oauth/#au10001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet au10001.
        """
        answer = await self._call(
            e.AU10001,
            {
                "appkey": appkey,
                "secretkey": secretkey,
                "grant_type": grant_type,
            },
        )
        return cast("Au10001Response", answer)

    issue_token = au10001

    async def au10002(
        self,
        *,
        appkey: str,
        secretkey: str,
        token: str,
    ) -> Au10002Response:
        """au10002 접근토큰폐기 (Revoke Access Token).

        POST /oauth2/revoke · mock server: yes.

        Args:
            appkey: 앱키 · text · required
            secretkey: 시크릿키 · text · required
            token: 접근토큰 · text · required

        Returns:
            Au10002Response: 0 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/oauth/#au10002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet au10002.
        """
        answer = await self._call(
            e.AU10002,
            {
                "appkey": appkey,
                "secretkey": secretkey,
                "token": token,
            },
        )
        return cast("Au10002Response", answer)

    revoke_token = au10002
