"""domestic / etf: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.etf import (
        Ka40001Response,
        Ka40002Response,
        Ka40003Response,
        Ka40004Response,
        Ka40006Response,
        Ka40007Response,
        Ka40008Response,
        Ka40009Response,
        Ka40010Response,
    )


class DomesticEtf(SyncGroup):
    """domestic / etf TRs (sync)."""

    def ka40001(
        self,
        *,
        stk_cd: str,
        etfobjt_idex_cd: str,
        dt: codes.EtfReturnPeriod | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40001Response:
        """ka40001 ETF수익율요청 (ETF Return).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40001, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required
            etfobjt_idex_cd: ETF대상지수코드 · text · max 3 · required
            dt: 기간 · code · max 1 · required · codes.EtfReturnPeriod: 0 1주, 1 1달, 2 6개월, 3 1년

        Returns:
            Ka40001Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40001.
        """
        answer = self._call(
            e.KA40001,
            {
                "stk_cd": stk_cd,
                "etfobjt_idex_cd": etfobjt_idex_cd,
                "dt": dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40001Response", answer)

    etf_return = ka40001

    def ka40002(
        self,
        *,
        stk_cd: str,
    ) -> Ka40002Response:
        """ka40002 ETF종목정보요청 (ETF Info).

        POST /api/dostk/etf · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40002Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40002.
        """
        answer = self._call(
            e.KA40002,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka40002Response", answer)

    etf_info = ka40002

    def ka40003(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40003Response:
        """ka40003 ETF일별추이요청 (ETF Daily Trend).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40003, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40003.
        """
        answer = self._call(
            e.KA40003,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40003Response", answer)

    etf_daily_trend = ka40003

    def ka40004(
        self,
        *,
        txon_type: codes.EtfTaxationType | str,
        navpre: codes.NavVsPreviousClose | str,
        mngmcomp: codes.EtfAssetManager | str,
        txon_yn: codes.EtfTaxableFilter | str,
        trace_idex: codes.AllOnlyFilter | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40004Response:
        """ka40004 ETF전체시세요청 (All ETF Prices).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40004, ...)` with this method's arguments, typed as here.

        Args:
            txon_type: 과세유형 · code · max 1 · required · codes.EtfTaxationType: 0 전체, 1 비과세, 2 보유기간과세, 3 회사형, 4 외국, 5 비과세해외(보유기간관세)
            navpre: NAV대비 · code · max 1 · required · codes.NavVsPreviousClose: 0 전체, 1 NAV > 전일종가, 2 NAV < 전일종가
            mngmcomp: 운용사 · code · max 4 · required · codes.EtfAssetManager: 0000 전체, 3020 KODEX(삼성), 3027 KOSEF(키움), 3191 TIGER(미래에셋), 3228 KINDEX(한국투자), 3023 KStar(KB), 3022 아리랑(한화), 9999 기타운용사
            txon_yn: 과세여부 · code · max 1 · required · codes.EtfTaxableFilter: 0 전체, 1 과세, 2 비과세
            trace_idex: 추적지수 · code · max 1 · required · codes.AllOnlyFilter: 0 전체
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka40004Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40004.
        """
        answer = self._call(
            e.KA40004,
            {
                "txon_type": txon_type,
                "navpre": navpre,
                "mngmcomp": mngmcomp,
                "txon_yn": txon_yn,
                "trace_idex": trace_idex,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40004Response", answer)

    etf_all_prices = ka40004

    def ka40006(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40006Response:
        """ka40006 ETF시간대별추이요청 (ETF Trend by Time).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40006, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40006Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40006.
        """
        answer = self._call(
            e.KA40006,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40006Response", answer)

    etf_time_trend = ka40006

    def ka40007(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40007Response:
        """ka40007 ETF시간대별체결요청 (ETF Executions by Time).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40007, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40007Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40007.
        """
        answer = self._call(
            e.KA40007,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40007Response", answer)

    etf_time_trades = ka40007

    def ka40008(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40008Response:
        """ka40008 ETF일자별체결요청 (ETF Executions by Date).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40008, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40008Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40008.
        """
        answer = self._call(
            e.KA40008,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40008Response", answer)

    etf_daily_trades = ka40008

    def ka40009(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40009Response:
        """ka40009 ETF시간대별NAV현황 (ETF NAV by Time).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40009, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40009Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40009.
        """
        answer = self._call(
            e.KA40009,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40009Response", answer)

    etf_time_nav = ka40009

    def ka40010(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40010Response:
        """ka40010 ETF시간대별수급현황 (ETF Supply/Demand by Time).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40010, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40010.
        """
        answer = self._call(
            e.KA40010,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40010Response", answer)

    etf_time_supply_demand = ka40010


class AsyncDomesticEtf(AsyncGroup):
    """domestic / etf TRs (async)."""

    async def ka40001(
        self,
        *,
        stk_cd: str,
        etfobjt_idex_cd: str,
        dt: codes.EtfReturnPeriod | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40001Response:
        """ka40001 ETF수익율요청 (ETF Return).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40001, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required
            etfobjt_idex_cd: ETF대상지수코드 · text · max 3 · required
            dt: 기간 · code · max 1 · required · codes.EtfReturnPeriod: 0 1주, 1 1달, 2 6개월, 3 1년

        Returns:
            Ka40001Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40001.
        """
        answer = await self._call(
            e.KA40001,
            {
                "stk_cd": stk_cd,
                "etfobjt_idex_cd": etfobjt_idex_cd,
                "dt": dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40001Response", answer)

    etf_return = ka40001

    async def ka40002(
        self,
        *,
        stk_cd: str,
    ) -> Ka40002Response:
        """ka40002 ETF종목정보요청 (ETF Info).

        POST /api/dostk/etf · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40002Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40002.
        """
        answer = await self._call(
            e.KA40002,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka40002Response", answer)

    etf_info = ka40002

    async def ka40003(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40003Response:
        """ka40003 ETF일별추이요청 (ETF Daily Trend).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40003, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40003.
        """
        answer = await self._call(
            e.KA40003,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40003Response", answer)

    etf_daily_trend = ka40003

    async def ka40004(
        self,
        *,
        txon_type: codes.EtfTaxationType | str,
        navpre: codes.NavVsPreviousClose | str,
        mngmcomp: codes.EtfAssetManager | str,
        txon_yn: codes.EtfTaxableFilter | str,
        trace_idex: codes.AllOnlyFilter | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40004Response:
        """ka40004 ETF전체시세요청 (All ETF Prices).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40004, ...)` with this method's arguments, typed as here.

        Args:
            txon_type: 과세유형 · code · max 1 · required · codes.EtfTaxationType: 0 전체, 1 비과세, 2 보유기간과세, 3 회사형, 4 외국, 5 비과세해외(보유기간관세)
            navpre: NAV대비 · code · max 1 · required · codes.NavVsPreviousClose: 0 전체, 1 NAV > 전일종가, 2 NAV < 전일종가
            mngmcomp: 운용사 · code · max 4 · required · codes.EtfAssetManager: 0000 전체, 3020 KODEX(삼성), 3027 KOSEF(키움), 3191 TIGER(미래에셋), 3228 KINDEX(한국투자), 3023 KStar(KB), 3022 아리랑(한화), 9999 기타운용사
            txon_yn: 과세여부 · code · max 1 · required · codes.EtfTaxableFilter: 0 전체, 1 과세, 2 비과세
            trace_idex: 추적지수 · code · max 1 · required · codes.AllOnlyFilter: 0 전체
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka40004Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40004.
        """
        answer = await self._call(
            e.KA40004,
            {
                "txon_type": txon_type,
                "navpre": navpre,
                "mngmcomp": mngmcomp,
                "txon_yn": txon_yn,
                "trace_idex": trace_idex,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40004Response", answer)

    etf_all_prices = ka40004

    async def ka40006(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40006Response:
        """ka40006 ETF시간대별추이요청 (ETF Trend by Time).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40006, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40006Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40006.
        """
        answer = await self._call(
            e.KA40006,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40006Response", answer)

    etf_time_trend = ka40006

    async def ka40007(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40007Response:
        """ka40007 ETF시간대별체결요청 (ETF Executions by Time).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40007, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40007Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40007.
        """
        answer = await self._call(
            e.KA40007,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40007Response", answer)

    etf_time_trades = ka40007

    async def ka40008(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40008Response:
        """ka40008 ETF일자별체결요청 (ETF Executions by Date).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40008, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40008Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40008.
        """
        answer = await self._call(
            e.KA40008,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40008Response", answer)

    etf_daily_trades = ka40008

    async def ka40009(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40009Response:
        """ka40009 ETF시간대별NAV현황 (ETF NAV by Time).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40009, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40009Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40009.
        """
        answer = await self._call(
            e.KA40009,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40009Response", answer)

    etf_time_nav = ka40009

    async def ka40010(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka40010Response:
        """ka40010 ETF시간대별수급현황 (ETF Supply/Demand by Time).

        POST /api/dostk/etf · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka40010, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka40010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-etf/#ka40010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka40010.
        """
        answer = await self._call(
            e.KA40010,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka40010Response", answer)

    etf_time_supply_demand = ka40010
