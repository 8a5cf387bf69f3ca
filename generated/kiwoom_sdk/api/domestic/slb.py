"""domestic / slb: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.slb import (
        Ka10068Response,
        Ka10069Response,
        Ka20068Response,
        Ka90012Response,
    )


class DomesticSlb(SyncGroup):
    """domestic / slb TRs (sync)."""

    def ka10068(
        self,
        *,
        all_tp: codes.DisplayAll | str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10068Response:
        """ka10068 대차거래추이요청 (Stock Lending Trend).

        POST /api/dostk/slb · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10068, ...)` with this method's arguments, typed as here.

        Args:
            all_tp: 전체구분 · code · max 6 · required · codes.DisplayAll: 1 전체표시
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10068Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka10068).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10068.
        """
        answer = self._call(
            e.KA10068,
            {
                "all_tp": all_tp,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10068Response", answer)

    stock_lending_trend = ka10068

    def ka10069(
        self,
        *,
        strt_dt: datetime.date | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10069Response:
        """ka10069 대차거래상위10종목요청 (Top 10 Stock Lending Stocks).

        POST /api/dostk/slb · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10069, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10069Response: 9 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka10069).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10069.
        """
        answer = self._call(
            e.KA10069,
            {
                "strt_dt": strt_dt,
                "mrkt_tp": mrkt_tp,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10069Response", answer)

    top10_stock_lending = ka10069

    def ka20068(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        all_tp: codes.DisplayInputStockOnly | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20068Response:
        """ka20068 대차거래추이요청(종목별) (Stock Lending Trend by Stock).

        POST /api/dostk/slb · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20068, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            all_tp: 전체구분 · code · max 1 · optional · codes.DisplayInputStockOnly: 0 종목코드 입력종목만 표시

        Returns:
            Ka20068Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka20068).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20068.
        """
        answer = self._call(
            e.KA20068,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "all_tp": all_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20068Response", answer)

    stock_lending_trend_by_stock = ka20068

    def ka90012(
        self,
        *,
        dt: datetime.date | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90012Response:
        """ka90012 대차거래내역요청 (Stock Lending History).

        POST /api/dostk/slb · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90012, ...)` with this method's arguments, typed as here.

        Args:
            dt: 일자 · date · YYYYMMDD · max 8 · required
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥

        Returns:
            Ka90012Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka90012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90012.
        """
        answer = self._call(
            e.KA90012,
            {
                "dt": dt,
                "mrkt_tp": mrkt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90012Response", answer)

    stock_lending_history = ka90012


class AsyncDomesticSlb(AsyncGroup):
    """domestic / slb TRs (async)."""

    async def ka10068(
        self,
        *,
        all_tp: codes.DisplayAll | str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10068Response:
        """ka10068 대차거래추이요청 (Stock Lending Trend).

        POST /api/dostk/slb · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10068, ...)` with this method's arguments, typed as here.

        Args:
            all_tp: 전체구분 · code · max 6 · required · codes.DisplayAll: 1 전체표시
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10068Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka10068).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10068.
        """
        answer = await self._call(
            e.KA10068,
            {
                "all_tp": all_tp,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10068Response", answer)

    stock_lending_trend = ka10068

    async def ka10069(
        self,
        *,
        strt_dt: datetime.date | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10069Response:
        """ka10069 대차거래상위10종목요청 (Top 10 Stock Lending Stocks).

        POST /api/dostk/slb · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10069, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10069Response: 9 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka10069).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10069.
        """
        answer = await self._call(
            e.KA10069,
            {
                "strt_dt": strt_dt,
                "mrkt_tp": mrkt_tp,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10069Response", answer)

    top10_stock_lending = ka10069

    async def ka20068(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        all_tp: codes.DisplayInputStockOnly | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20068Response:
        """ka20068 대차거래추이요청(종목별) (Stock Lending Trend by Stock).

        POST /api/dostk/slb · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20068, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            all_tp: 전체구분 · code · max 1 · optional · codes.DisplayInputStockOnly: 0 종목코드 입력종목만 표시

        Returns:
            Ka20068Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka20068).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20068.
        """
        answer = await self._call(
            e.KA20068,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "all_tp": all_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20068Response", answer)

    stock_lending_trend_by_stock = ka20068

    async def ka90012(
        self,
        *,
        dt: datetime.date | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90012Response:
        """ka90012 대차거래내역요청 (Stock Lending History).

        POST /api/dostk/slb · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90012, ...)` with this method's arguments, typed as here.

        Args:
            dt: 일자 · date · YYYYMMDD · max 8 · required
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥

        Returns:
            Ka90012Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-slb/#ka90012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90012.
        """
        answer = await self._call(
            e.KA90012,
            {
                "dt": dt,
                "mrkt_tp": mrkt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90012Response", answer)

    stock_lending_history = ka90012
