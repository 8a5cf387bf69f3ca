"""domestic / shsa: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.shsa import (
        Ka10014Response,
    )


class DomesticShsa(SyncGroup):
    """domestic / shsa TRs (sync)."""

    def ka10014(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        tm_tp: codes.DateRangeType | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10014Response:
        """ka10014 공매도추이요청 (Short Selling Trend).

        POST /api/dostk/shsa · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10014, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            tm_tp: 시간구분 · code · max 1 · optional · codes.DateRangeType: 0 시작일, 1 기간

        Returns:
            Ka10014Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-shsa/#ka10014).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10014.
        """
        answer = self._call(
            e.KA10014,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "tm_tp": tm_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10014Response", answer)

    short_selling_trend = ka10014


class AsyncDomesticShsa(AsyncGroup):
    """domestic / shsa TRs (async)."""

    async def ka10014(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        tm_tp: codes.DateRangeType | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10014Response:
        """ka10014 공매도추이요청 (Short Selling Trend).

        POST /api/dostk/shsa · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10014, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            tm_tp: 시간구분 · code · max 1 · optional · codes.DateRangeType: 0 시작일, 1 기간

        Returns:
            Ka10014Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-shsa/#ka10014).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10014.
        """
        answer = await self._call(
            e.KA10014,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "tm_tp": tm_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10014Response", answer)

    short_selling_trend = ka10014
