"""domestic / watchlist: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk.models.domestic.watchlist import (
        Ka01300Response,
        Ka01301Response,
    )


class DomesticWatchlist(SyncGroup):
    """domestic / watchlist TRs (sync)."""

    def ka01300(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka01300Response:
        """ka01300 관심종목 그룹 리스트 조회 (Watchlist Group List).

        POST /api/dostk/watchlist · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka01300, ...)` with this method's arguments, typed as here.

        Returns:
            Ka01300Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-watchlist/#ka01300).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka01300.
        """
        answer = self._call(
            e.KA01300,
            {},
            cont_yn,
            next_key,
        )
        return cast("Ka01300Response", answer)

    watchlist_groups = ka01300

    def ka01301(
        self,
        *,
        arn_grp_id: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka01301Response:
        """ka01301 관심종목 그룹 상세 조회 (Watchlist Group Detail).

        POST /api/dostk/watchlist · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka01301, ...)` with this method's arguments, typed as here.

        Args:
            arn_grp_id: 그룹SEQ · text · max 3 · required

        Returns:
            Ka01301Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-watchlist/#ka01301).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka01301.
        """
        answer = self._call(
            e.KA01301,
            {
                "arn_grp_id": arn_grp_id,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka01301Response", answer)

    watchlist_group_detail = ka01301


class AsyncDomesticWatchlist(AsyncGroup):
    """domestic / watchlist TRs (async)."""

    async def ka01300(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka01300Response:
        """ka01300 관심종목 그룹 리스트 조회 (Watchlist Group List).

        POST /api/dostk/watchlist · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka01300, ...)` with this method's arguments, typed as here.

        Returns:
            Ka01300Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-watchlist/#ka01300).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka01300.
        """
        answer = await self._call(
            e.KA01300,
            {},
            cont_yn,
            next_key,
        )
        return cast("Ka01300Response", answer)

    watchlist_groups = ka01300

    async def ka01301(
        self,
        *,
        arn_grp_id: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka01301Response:
        """ka01301 관심종목 그룹 상세 조회 (Watchlist Group Detail).

        POST /api/dostk/watchlist · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka01301, ...)` with this method's arguments, typed as here.

        Args:
            arn_grp_id: 그룹SEQ · text · max 3 · required

        Returns:
            Ka01301Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-watchlist/#ka01301).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka01301.
        """
        answer = await self._call(
            e.KA01301,
            {
                "arn_grp_id": arn_grp_id,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka01301Response", answer)

    watchlist_group_detail = ka01301
