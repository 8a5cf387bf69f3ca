"""us / sect: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.us.sect import (
        Usa23000Response,
        Usa23100Response,
    )


class UsSect(SyncGroup):
    """us / sect TRs (sync)."""

    def usa23000(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23000Response:
        """usa23000 미국주식 업종별 기간별 수익률 조회 (US Sector Return by Period).

        POST /api/us/sect · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23000, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종 코드 · text · optional

        Returns:
            Usa23000Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-sect/#usa23000).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23000.
        """
        answer = self._call(
            e.USA23000,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23000Response", answer)

    us_sector_period_return = usa23000

    def usa23100(
        self,
        *,
        stex_tp: codes.UsSectorExchange | str | None = None,
        sort_tp: codes.UsSectorChangeRateSort | str | None = None,
        inds_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23100Response:
        """usa23100 미국주식 업종별 등락률 상위/하위 조회 (US Sector Top/Bottom Change Rate).

        POST /api/us/sect · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23100, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsSectorExchange: 0 전체, 1 NY(NYSE), 2 NA(AMEX), 3 ND(NASDAQ)
            sort_tp: 정렬기준구분 · code · optional · codes.UsSectorChangeRateSort: 1 등락율상위, 2 등락율하위
            inds_cd: 업종코드 · text · optional

        Returns:
            Usa23100Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-sect/#usa23100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23100.
        """
        answer = self._call(
            e.USA23100,
            {
                "stex_tp": stex_tp,
                "sort_tp": sort_tp,
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23100Response", answer)

    us_sector_change_rate_ranking = usa23100


class AsyncUsSect(AsyncGroup):
    """us / sect TRs (async)."""

    async def usa23000(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23000Response:
        """usa23000 미국주식 업종별 기간별 수익률 조회 (US Sector Return by Period).

        POST /api/us/sect · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23000, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종 코드 · text · optional

        Returns:
            Usa23000Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-sect/#usa23000).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23000.
        """
        answer = await self._call(
            e.USA23000,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23000Response", answer)

    us_sector_period_return = usa23000

    async def usa23100(
        self,
        *,
        stex_tp: codes.UsSectorExchange | str | None = None,
        sort_tp: codes.UsSectorChangeRateSort | str | None = None,
        inds_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23100Response:
        """usa23100 미국주식 업종별 등락률 상위/하위 조회 (US Sector Top/Bottom Change Rate).

        POST /api/us/sect · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23100, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsSectorExchange: 0 전체, 1 NY(NYSE), 2 NA(AMEX), 3 ND(NASDAQ)
            sort_tp: 정렬기준구분 · code · optional · codes.UsSectorChangeRateSort: 1 등락율상위, 2 등락율하위
            inds_cd: 업종코드 · text · optional

        Returns:
            Usa23100Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-sect/#usa23100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23100.
        """
        answer = await self._call(
            e.USA23100,
            {
                "stex_tp": stex_tp,
                "sort_tp": sort_tp,
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23100Response", answer)

    us_sector_change_rate_ranking = usa23100
