"""us / chart: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.us.chart import (
        Usa06010Response,
        Usa06011Response,
        Usa06012Response,
        Usa06013Response,
        Usa06014Response,
        Usa06015Response,
        Usa06016Response,
    )


class UsChart(SyncGroup):
    """us / chart TRs (sync)."""

    def usa06010(
        self,
        *,
        stex_tp: codes.UsExchange | str,
        stk_cd: str,
        tic_scope: int | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06010Response:
        """usa06010 미국주식 틱 차트 (US Stock Tick Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06010, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · required
            tic_scope: 틱범위 · int · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06010.
        """
        answer = self._call(
            e.USA06010,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06010Response", answer)

    us_stock_tick_chart = usa06010

    def usa06011(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        tic_scope: int | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06011Response:
        """usa06011 미국주식 분 차트 (US Stock Minute Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06011, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            tic_scope: XX분봉 · int · minutes · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06011Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06011).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06011.
        """
        answer = self._call(
            e.USA06011,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06011Response", answer)

    us_stock_minute_chart = usa06011

    def usa06012(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06012Response:
        """usa06012 미국주식 일 차트 (US Stock Daily Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06012, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06012Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06012.
        """
        answer = self._call(
            e.USA06012,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06012Response", answer)

    us_stock_daily_chart = usa06012

    def usa06013(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06013Response:
        """usa06013 미국주식 주 차트 (US Stock Weekly Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06013, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06013Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06013).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06013.
        """
        answer = self._call(
            e.USA06013,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06013Response", answer)

    us_stock_weekly_chart = usa06013

    def usa06014(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06014Response:
        """usa06014 미국주식 월 차트 (US Stock Monthly Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06014, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06014Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06014).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06014.
        """
        answer = self._call(
            e.USA06014,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06014Response", answer)

    us_stock_monthly_chart = usa06014

    def usa06015(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06015Response:
        """usa06015 미국주식 년 차트 (US Stock Yearly Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06015, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06015Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06015).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06015.
        """
        answer = self._call(
            e.USA06015,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06015Response", answer)

    us_stock_yearly_chart = usa06015

    def usa06016(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06016Response:
        """usa06016 미국주식 분기 차트 (US Stock Quarterly Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06016, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06016Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06016).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06016.
        """
        answer = self._call(
            e.USA06016,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06016Response", answer)

    us_stock_quarterly_chart = usa06016


class AsyncUsChart(AsyncGroup):
    """us / chart TRs (async)."""

    async def usa06010(
        self,
        *,
        stex_tp: codes.UsExchange | str,
        stk_cd: str,
        tic_scope: int | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06010Response:
        """usa06010 미국주식 틱 차트 (US Stock Tick Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06010, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · required
            tic_scope: 틱범위 · int · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06010.
        """
        answer = await self._call(
            e.USA06010,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06010Response", answer)

    us_stock_tick_chart = usa06010

    async def usa06011(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        tic_scope: int | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06011Response:
        """usa06011 미국주식 분 차트 (US Stock Minute Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06011, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            tic_scope: XX분봉 · int · minutes · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06011Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06011).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06011.
        """
        answer = await self._call(
            e.USA06011,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06011Response", answer)

    us_stock_minute_chart = usa06011

    async def usa06012(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06012Response:
        """usa06012 미국주식 일 차트 (US Stock Daily Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06012, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06012Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06012.
        """
        answer = await self._call(
            e.USA06012,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06012Response", answer)

    us_stock_daily_chart = usa06012

    async def usa06013(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06013Response:
        """usa06013 미국주식 주 차트 (US Stock Weekly Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06013, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06013Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06013).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06013.
        """
        answer = await self._call(
            e.USA06013,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06013Response", answer)

    us_stock_weekly_chart = usa06013

    async def usa06014(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06014Response:
        """usa06014 미국주식 월 차트 (US Stock Monthly Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06014, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06014Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06014).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06014.
        """
        answer = await self._call(
            e.USA06014,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06014Response", answer)

    us_stock_monthly_chart = usa06014

    async def usa06015(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06015Response:
        """usa06015 미국주식 년 차트 (US Stock Yearly Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06015, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06015Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06015).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06015.
        """
        answer = await self._call(
            e.USA06015,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06015Response", answer)

    us_stock_yearly_chart = usa06015

    async def usa06016(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str | None = None,
        strt_dt: datetime.date | str | None = None,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        exrt_appl_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa06016Response:
        """usa06016 미국주식 분기 차트 (US Stock Quarterly Chart).

        POST /api/us/chart · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa06016, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            strt_dt: 시작일자 · date · YYYYMMDD · optional
            upd_stkpc_tp: 수정주가구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용
            exrt_appl_tp: 환율적용구분 · code · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Usa06016Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-chart/#usa06016).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa06016.
        """
        answer = await self._call(
            e.USA06016,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
                "exrt_appl_tp": exrt_appl_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa06016Response", answer)

    us_stock_quarterly_chart = usa06016
