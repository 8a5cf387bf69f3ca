"""us / mrkcond: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.us.mrkcond import (
        Usa20100Response,
        Usa20101Response,
        Usa20150Response,
        Usa20151Response,
        Usa20590Response,
    )


class UsMrkcond(SyncGroup):
    """us / mrkcond TRs (sync)."""

    def usa20100(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
    ) -> Usa20100Response:
        """usa20100 미국주식 현재가 종목정보 (US Stock Current Price Info).

        POST /api/us/mrkcond · mock server: yes.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · required

        Returns:
            Usa20100Response: 42 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20100.
        """
        answer = self._call(
            e.USA20100,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
        )
        return cast("Usa20100Response", answer)

    us_current_price_info = usa20100

    def usa20101(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
    ) -> Usa20101Response:
        """usa20101 미국주식 현재가 10호가 (US Stock Current 10-Level Order Book).

        POST /api/us/mrkcond · mock server: yes.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · required

        Returns:
            Usa20101Response: 110 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20101.
        """
        answer = self._call(
            e.USA20101,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
        )
        return cast("Usa20101Response", answer)

    us_current_order_book = usa20101

    def usa20150(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20150Response:
        """usa20150 미국주식 상세 체결내역 (US Stock Detailed Executions).

        POST /api/us/mrkcond · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20150, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · required

        Returns:
            Usa20150Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20150).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20150.
        """
        answer = self._call(
            e.USA20150,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20150Response", answer)

    us_trade_details = usa20150

    def usa20151(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20151Response:
        """usa20151 미국주식 일별 체결내역 (US Stock Daily Executions).

        POST /api/us/mrkcond · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20151, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · required
            base_dt: 기준일자 · date · YYYYMMDD · optional

        Returns:
            Usa20151Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20151).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20151.
        """
        answer = self._call(
            e.USA20151,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20151Response", answer)

    us_daily_trades = usa20151

    def usa20590(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        stk_cd: str | None = None,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20590Response:
        """usa20590 미국주식 일별주가 (US Daily Stock Price).

        POST /api/us/mrkcond · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20590, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            base_dt: 기준일자 · date · optional

        Returns:
            Usa20590Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20590).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20590.
        """
        answer = self._call(
            e.USA20590,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20590Response", answer)

    us_daily_stock_price = usa20590


class AsyncUsMrkcond(AsyncGroup):
    """us / mrkcond TRs (async)."""

    async def usa20100(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
    ) -> Usa20100Response:
        """usa20100 미국주식 현재가 종목정보 (US Stock Current Price Info).

        POST /api/us/mrkcond · mock server: yes.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · required

        Returns:
            Usa20100Response: 42 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20100.
        """
        answer = await self._call(
            e.USA20100,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
        )
        return cast("Usa20100Response", answer)

    us_current_price_info = usa20100

    async def usa20101(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
    ) -> Usa20101Response:
        """usa20101 미국주식 현재가 10호가 (US Stock Current 10-Level Order Book).

        POST /api/us/mrkcond · mock server: yes.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · required

        Returns:
            Usa20101Response: 110 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20101.
        """
        answer = await self._call(
            e.USA20101,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
        )
        return cast("Usa20101Response", answer)

    us_current_order_book = usa20101

    async def usa20150(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20150Response:
        """usa20150 미국주식 상세 체결내역 (US Stock Detailed Executions).

        POST /api/us/mrkcond · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20150, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · required

        Returns:
            Usa20150Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20150).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20150.
        """
        answer = await self._call(
            e.USA20150,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20150Response", answer)

    us_trade_details = usa20150

    async def usa20151(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20151Response:
        """usa20151 미국주식 일별 체결내역 (US Stock Daily Executions).

        POST /api/us/mrkcond · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20151, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · required
            base_dt: 기준일자 · date · YYYYMMDD · optional

        Returns:
            Usa20151Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20151).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20151.
        """
        answer = await self._call(
            e.USA20151,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20151Response", answer)

    us_daily_trades = usa20151

    async def usa20590(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        stk_cd: str | None = None,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20590Response:
        """usa20590 미국주식 일별주가 (US Daily Stock Price).

        POST /api/us/mrkcond · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20590, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · optional
            base_dt: 기준일자 · date · optional

        Returns:
            Usa20590Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-mrkcond/#usa20590).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20590.
        """
        answer = await self._call(
            e.USA20590,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20590Response", answer)

    us_daily_stock_price = usa20590
