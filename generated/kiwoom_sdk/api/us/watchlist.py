"""us / watchlist: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk.models.us.watchlist import (
        Usa20200Response,
        Usa20201Response,
    )


class UsWatchlist(SyncGroup):
    """us / watchlist TRs (sync)."""

    def usa20200(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20200Response:
        """usa20200 미국주식 관심종목 그룹 리스트 조회 (US Watchlist Group List).

        POST /api/us/watchlist · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20200, ...)` with this method's arguments, typed as here.

        Returns:
            Usa20200Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-watchlist/#usa20200).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20200.
        """
        answer = self._call(
            e.USA20200,
            {},
            cont_yn,
            next_key,
        )
        return cast("Usa20200Response", answer)

    us_watchlist_groups = usa20200

    def usa20201(
        self,
        *,
        arn_grp_id: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20201Response:
        """usa20201 미국주식 관심종목 그룹 상세 조회 (US Watchlist Group Detail).

        POST /api/us/watchlist · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20201, ...)` with this method's arguments, typed as here.

        Args:
            arn_grp_id: 그룹SEQ · text · max 3 · optional

        Returns:
            Usa20201Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-watchlist/#usa20201).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20201.
        """
        answer = self._call(
            e.USA20201,
            {
                "arn_grp_id": arn_grp_id,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20201Response", answer)

    us_watchlist_group_detail = usa20201


class AsyncUsWatchlist(AsyncGroup):
    """us / watchlist TRs (async)."""

    async def usa20200(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20200Response:
        """usa20200 미국주식 관심종목 그룹 리스트 조회 (US Watchlist Group List).

        POST /api/us/watchlist · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20200, ...)` with this method's arguments, typed as here.

        Returns:
            Usa20200Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-watchlist/#usa20200).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20200.
        """
        answer = await self._call(
            e.USA20200,
            {},
            cont_yn,
            next_key,
        )
        return cast("Usa20200Response", answer)

    us_watchlist_groups = usa20200

    async def usa20201(
        self,
        *,
        arn_grp_id: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20201Response:
        """usa20201 미국주식 관심종목 그룹 상세 조회 (US Watchlist Group Detail).

        POST /api/us/watchlist · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20201, ...)` with this method's arguments, typed as here.

        Args:
            arn_grp_id: 그룹SEQ · text · max 3 · optional

        Returns:
            Usa20201Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-watchlist/#usa20201).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20201.
        """
        answer = await self._call(
            e.USA20201,
            {
                "arn_grp_id": arn_grp_id,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20201Response", answer)

    us_watchlist_group_detail = usa20201
