"""domestic / sect: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.sect import (
        Ka10010Response,
        Ka10051Response,
        Ka20001Response,
        Ka20002Response,
        Ka20003Response,
        Ka20009Response,
    )


class DomesticSect(SyncGroup):
    """domestic / sect TRs (sync)."""

    def ka10010(
        self,
        *,
        stk_cd: str,
    ) -> Ka10010Response:
        """ka10010 업종프로그램요청 (Sector Program Trading).

        POST /api/dostk/sect · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10010Response: 18 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka10010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10010.
        """
        answer = self._call(
            e.KA10010,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10010Response", answer)

    sector_program_trading = ka10010

    def ka10051(
        self,
        *,
        mrkt_tp: codes.KospiOrKosdaqBinary | str,
        amt_qty_tp: codes.AmountOrQuantityZeroBased | str,
        stex_tp: codes.ExchangeType | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10051Response:
        """ka10051 업종별투자자순매수요청 (Sector Investor Net Buy).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10051, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.KospiOrKosdaqBinary: 0 코스피, 1 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantityZeroBased: 0 금액, 1 수량
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10051Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka10051).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10051.
        """
        answer = self._call(
            e.KA10051,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "stex_tp": stex_tp,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10051Response", answer)

    sector_investor_net_buy = ka10051

    def ka20001(
        self,
        *,
        mrkt_tp: codes.IndustryMarketType | str,
        inds_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20001Response:
        """ka20001 업종현재가요청 (Sector Current Price).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20001, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.IndustryMarketType: 0 코스피, 1 코스닥, 2 코스피200
            inds_cd: 업종코드 · text · max 3 · required

        Returns:
            Ka20001Response: 23 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20001.
        """
        answer = self._call(
            e.KA20001,
            {
                "mrkt_tp": mrkt_tp,
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20001Response", answer)

    sector_current_price = ka20001

    def ka20002(
        self,
        *,
        mrkt_tp: codes.IndustryMarketType | str,
        inds_cd: str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20002Response:
        """ka20002 업종별주가요청 (Stock Prices by Sector).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20002, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.IndustryMarketType: 0 코스피, 1 코스닥, 2 코스피200
            inds_cd: 업종코드 · text · max 3 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka20002Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20002.
        """
        answer = self._call(
            e.KA20002,
            {
                "mrkt_tp": mrkt_tp,
                "inds_cd": inds_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20002Response", answer)

    sector_stock_prices = ka20002

    def ka20003(
        self,
        *,
        inds_cd: codes.CompositeIndexCode | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20003Response:
        """ka20003 전업종지수요청 (All Sector Indices).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20003, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · code · max 3 · required · codes.CompositeIndexCode: 001 종합(KOSPI), 101 종합(KOSDAQ)

        Returns:
            Ka20003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20003.
        """
        answer = self._call(
            e.KA20003,
            {
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20003Response", answer)

    all_sector_indices = ka20003

    def ka20009(
        self,
        *,
        mrkt_tp: codes.IndustryMarketType | str,
        inds_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20009Response:
        """ka20009 업종현재가일별요청 (Sector Current Price Daily).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20009, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.IndustryMarketType: 0 코스피, 1 코스닥, 2 코스피200
            inds_cd: 업종코드 · text · max 3 · required

        Returns:
            Ka20009Response: 23 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20009.
        """
        answer = self._call(
            e.KA20009,
            {
                "mrkt_tp": mrkt_tp,
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20009Response", answer)

    sector_current_price_daily = ka20009


class AsyncDomesticSect(AsyncGroup):
    """domestic / sect TRs (async)."""

    async def ka10010(
        self,
        *,
        stk_cd: str,
    ) -> Ka10010Response:
        """ka10010 업종프로그램요청 (Sector Program Trading).

        POST /api/dostk/sect · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10010Response: 18 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka10010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10010.
        """
        answer = await self._call(
            e.KA10010,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10010Response", answer)

    sector_program_trading = ka10010

    async def ka10051(
        self,
        *,
        mrkt_tp: codes.KospiOrKosdaqBinary | str,
        amt_qty_tp: codes.AmountOrQuantityZeroBased | str,
        stex_tp: codes.ExchangeType | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10051Response:
        """ka10051 업종별투자자순매수요청 (Sector Investor Net Buy).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10051, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.KospiOrKosdaqBinary: 0 코스피, 1 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantityZeroBased: 0 금액, 1 수량
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10051Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka10051).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10051.
        """
        answer = await self._call(
            e.KA10051,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "stex_tp": stex_tp,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10051Response", answer)

    sector_investor_net_buy = ka10051

    async def ka20001(
        self,
        *,
        mrkt_tp: codes.IndustryMarketType | str,
        inds_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20001Response:
        """ka20001 업종현재가요청 (Sector Current Price).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20001, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.IndustryMarketType: 0 코스피, 1 코스닥, 2 코스피200
            inds_cd: 업종코드 · text · max 3 · required

        Returns:
            Ka20001Response: 23 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20001.
        """
        answer = await self._call(
            e.KA20001,
            {
                "mrkt_tp": mrkt_tp,
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20001Response", answer)

    sector_current_price = ka20001

    async def ka20002(
        self,
        *,
        mrkt_tp: codes.IndustryMarketType | str,
        inds_cd: str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20002Response:
        """ka20002 업종별주가요청 (Stock Prices by Sector).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20002, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.IndustryMarketType: 0 코스피, 1 코스닥, 2 코스피200
            inds_cd: 업종코드 · text · max 3 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka20002Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20002.
        """
        answer = await self._call(
            e.KA20002,
            {
                "mrkt_tp": mrkt_tp,
                "inds_cd": inds_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20002Response", answer)

    sector_stock_prices = ka20002

    async def ka20003(
        self,
        *,
        inds_cd: codes.CompositeIndexCode | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20003Response:
        """ka20003 전업종지수요청 (All Sector Indices).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20003, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · code · max 3 · required · codes.CompositeIndexCode: 001 종합(KOSPI), 101 종합(KOSDAQ)

        Returns:
            Ka20003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20003.
        """
        answer = await self._call(
            e.KA20003,
            {
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20003Response", answer)

    all_sector_indices = ka20003

    async def ka20009(
        self,
        *,
        mrkt_tp: codes.IndustryMarketType | str,
        inds_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20009Response:
        """ka20009 업종현재가일별요청 (Sector Current Price Daily).

        POST /api/dostk/sect · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20009, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.IndustryMarketType: 0 코스피, 1 코스닥, 2 코스피200
            inds_cd: 업종코드 · text · max 3 · required

        Returns:
            Ka20009Response: 23 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-sect/#ka20009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20009.
        """
        answer = await self._call(
            e.KA20009,
            {
                "mrkt_tp": mrkt_tp,
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20009Response", answer)

    sector_current_price_daily = ka20009
