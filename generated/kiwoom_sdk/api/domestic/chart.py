"""domestic / chart: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.chart import (
        Ka10060Response,
        Ka10064Response,
        Ka10079Response,
        Ka10080Response,
        Ka10081Response,
        Ka10082Response,
        Ka10083Response,
        Ka10094Response,
        Ka20004Response,
        Ka20005Response,
        Ka20006Response,
        Ka20007Response,
        Ka20008Response,
        Ka20019Response,
        Ka50079Response,
        Ka50080Response,
        Ka50081Response,
        Ka50082Response,
        Ka50083Response,
        Ka50091Response,
        Ka50092Response,
    )


class DomesticChart(SyncGroup):
    """domestic / chart TRs (sync)."""

    def ka10060(
        self,
        *,
        dt: datetime.date | str,
        stk_cd: str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.InvestorTradeType | str,
        unit_tp: codes.InvestorQuantityUnit | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10060Response:
        """ka10060 종목별투자자기관별차트요청 (Investor/Institution Chart by Stock).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10060, ...)` with this method's arguments, typed as here.

        Args:
            dt: 일자 · date · YYYYMMDD · max 8 · required
            stk_cd: 종목코드 · text · max 20 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.InvestorTradeType: 0 순매수, 1 매수, 2 매도
            unit_tp: 단위구분 · code · max 4 · required · codes.InvestorQuantityUnit: 1000 천주, 1 단주

        Returns:
            Ka10060Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10060).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10060.
        """
        answer = self._call(
            e.KA10060,
            {
                "dt": dt,
                "stk_cd": stk_cd,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "unit_tp": unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10060Response", answer)

    investor_institution_chart = ka10060

    def ka10064(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.InvestorTradeType | str,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10064Response:
        """ka10064 장중투자자별매매차트요청 (Intraday Investor Trading Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10064, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.InvestorTradeType: 0 순매수, 1 매수, 2 매도
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10064Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10064).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10064.
        """
        answer = self._call(
            e.KA10064,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10064Response", answer)

    intraday_investor_trading_chart = ka10064

    def ka10079(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.TickChartInterval | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10079Response:
        """ka10079 주식틱차트조회요청 (Stock Tick Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10079, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10079Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10079).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10079.
        """
        answer = self._call(
            e.KA10079,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10079Response", answer)

    stock_tick_chart = ka10079

    def ka10080(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.MinuteChartInterval | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10080Response:
        """ka10080 주식분봉차트조회요청 (Stock Minute Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10080, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.MinuteChartInterval: 1 1분, 3 3분, 5 5분, 10 10분, 15 15분, 30 30분, 45 45분, 60 60분
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10080Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10080).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10080.
        """
        answer = self._call(
            e.KA10080,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10080Response", answer)

    stock_minute_chart = ka10080

    def ka10081(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10081Response:
        """ka10081 주식일봉차트조회요청 (Stock Daily Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10081, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10081Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10081).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10081.
        """
        answer = self._call(
            e.KA10081,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10081Response", answer)

    stock_daily_chart = ka10081

    def ka10082(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10082Response:
        """ka10082 주식주봉차트조회요청 (Stock Weekly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10082, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10082Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10082).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10082.
        """
        answer = self._call(
            e.KA10082,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10082Response", answer)

    stock_weekly_chart = ka10082

    def ka10083(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10083Response:
        """ka10083 주식월봉차트조회요청 (Stock Monthly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10083, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10083Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10083).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10083.
        """
        answer = self._call(
            e.KA10083,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10083Response", answer)

    stock_monthly_chart = ka10083

    def ka10094(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10094Response:
        """ka10094 주식년봉차트조회요청 (Stock Yearly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10094, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10094Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10094).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10094.
        """
        answer = self._call(
            e.KA10094,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10094Response", answer)

    stock_yearly_chart = ka10094

    def ka20004(
        self,
        *,
        inds_cd: str,
        tic_scope: codes.TickChartInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20004Response:
        """ka20004 업종틱차트조회요청 (Sector Tick Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20004, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱

        Returns:
            Ka20004Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20004.
        """
        answer = self._call(
            e.KA20004,
            {
                "inds_cd": inds_cd,
                "tic_scope": tic_scope,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20004Response", answer)

    sector_tick_chart = ka20004

    def ka20005(
        self,
        *,
        inds_cd: str,
        tic_scope: codes.MinuteChartInterval | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20005Response:
        """ka20005 업종분봉조회요청 (Sector Minute Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20005, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.MinuteChartInterval: 1 1분, 3 3분, 5 5분, 10 10분, 15 15분, 30 30분, 45 45분, 60 60분
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka20005Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20005.
        """
        answer = self._call(
            e.KA20005,
            {
                "inds_cd": inds_cd,
                "tic_scope": tic_scope,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20005Response", answer)

    sector_minute_chart = ka20005

    def ka20006(
        self,
        *,
        inds_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20006Response:
        """ka20006 업종일봉조회요청 (Sector Daily Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20006, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka20006Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20006.
        """
        answer = self._call(
            e.KA20006,
            {
                "inds_cd": inds_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20006Response", answer)

    sector_daily_chart = ka20006

    def ka20007(
        self,
        *,
        inds_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20007Response:
        """ka20007 업종주봉조회요청 (Sector Weekly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20007, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 8 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka20007Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20007.
        """
        answer = self._call(
            e.KA20007,
            {
                "inds_cd": inds_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20007Response", answer)

    sector_weekly_chart = ka20007

    def ka20008(
        self,
        *,
        inds_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20008Response:
        """ka20008 업종월봉조회요청 (Sector Monthly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20008, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka20008Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20008.
        """
        answer = self._call(
            e.KA20008,
            {
                "inds_cd": inds_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20008Response", answer)

    sector_monthly_chart = ka20008

    def ka20019(
        self,
        *,
        inds_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20019Response:
        """ka20019 업종년봉조회요청 (Sector Yearly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20019, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka20019Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20019).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20019.
        """
        answer = self._call(
            e.KA20019,
            {
                "inds_cd": inds_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20019Response", answer)

    sector_yearly_chart = ka20019

    def ka50079(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.TickChartInterval | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50079Response:
        """ka50079 금현물틱차트조회요청 (Gold Spot Tick Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50079, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50079Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50079).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50079.
        """
        answer = self._call(
            e.KA50079,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50079Response", answer)

    gold_tick_chart = ka50079

    def ka50080(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.MinuteChartInterval | str,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50080Response:
        """ka50080 금현물분봉차트조회요청 (Gold Spot Minute Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50080, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 3 · required · codes.MinuteChartInterval: 1 1분, 3 3분, 5 5분, 10 10분, 15 15분, 30 30분, 45 45분, 60 60분
            upd_stkpc_tp: 수정주가구분 · code · max 1 · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50080Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50080).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50080.
        """
        answer = self._call(
            e.KA50080,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50080Response", answer)

    gold_minute_chart = ka50080

    def ka50081(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50081Response:
        """ka50081 금현물일봉차트조회요청 (Gold Spot Daily Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50081, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50081Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50081).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50081.
        """
        answer = self._call(
            e.KA50081,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50081Response", answer)

    gold_daily_chart = ka50081

    def ka50082(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50082Response:
        """ka50082 금현물주봉차트조회요청 (Gold Spot Weekly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50082, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50082Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50082).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50082.
        """
        answer = self._call(
            e.KA50082,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50082Response", answer)

    gold_weekly_chart = ka50082

    def ka50083(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50083Response:
        """ka50083 금현물월봉차트조회요청 (Gold Spot Monthly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50083, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50083Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50083).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50083.
        """
        answer = self._call(
            e.KA50083,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50083Response", answer)

    gold_monthly_chart = ka50083

    def ka50091(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.TickChartInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50091Response:
        """ka50091 금현물당일틱차트조회요청 (Gold Spot Intraday Tick Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50091, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱

        Returns:
            Ka50091Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50091).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50091.
        """
        answer = self._call(
            e.KA50091,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50091Response", answer)

    gold_today_tick_chart = ka50091

    def ka50092(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.MinuteChartInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50092Response:
        """ka50092 금현물당일분봉차트조회요청 (Gold Spot Intraday Minute Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50092, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.MinuteChartInterval: 1 1분, 3 3분, 5 5분, 10 10분, 15 15분, 30 30분, 45 45분, 60 60분

        Returns:
            Ka50092Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50092).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50092.
        """
        answer = self._call(
            e.KA50092,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50092Response", answer)

    gold_today_minute_chart = ka50092


class AsyncDomesticChart(AsyncGroup):
    """domestic / chart TRs (async)."""

    async def ka10060(
        self,
        *,
        dt: datetime.date | str,
        stk_cd: str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.InvestorTradeType | str,
        unit_tp: codes.InvestorQuantityUnit | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10060Response:
        """ka10060 종목별투자자기관별차트요청 (Investor/Institution Chart by Stock).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10060, ...)` with this method's arguments, typed as here.

        Args:
            dt: 일자 · date · YYYYMMDD · max 8 · required
            stk_cd: 종목코드 · text · max 20 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.InvestorTradeType: 0 순매수, 1 매수, 2 매도
            unit_tp: 단위구분 · code · max 4 · required · codes.InvestorQuantityUnit: 1000 천주, 1 단주

        Returns:
            Ka10060Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10060).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10060.
        """
        answer = await self._call(
            e.KA10060,
            {
                "dt": dt,
                "stk_cd": stk_cd,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "unit_tp": unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10060Response", answer)

    investor_institution_chart = ka10060

    async def ka10064(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.InvestorTradeType | str,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10064Response:
        """ka10064 장중투자자별매매차트요청 (Intraday Investor Trading Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10064, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.InvestorTradeType: 0 순매수, 1 매수, 2 매도
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10064Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10064).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10064.
        """
        answer = await self._call(
            e.KA10064,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10064Response", answer)

    intraday_investor_trading_chart = ka10064

    async def ka10079(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.TickChartInterval | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10079Response:
        """ka10079 주식틱차트조회요청 (Stock Tick Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10079, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10079Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10079).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10079.
        """
        answer = await self._call(
            e.KA10079,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10079Response", answer)

    stock_tick_chart = ka10079

    async def ka10080(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.MinuteChartInterval | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10080Response:
        """ka10080 주식분봉차트조회요청 (Stock Minute Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10080, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.MinuteChartInterval: 1 1분, 3 3분, 5 5분, 10 10분, 15 15분, 30 30분, 45 45분, 60 60분
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10080Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10080).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10080.
        """
        answer = await self._call(
            e.KA10080,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10080Response", answer)

    stock_minute_chart = ka10080

    async def ka10081(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10081Response:
        """ka10081 주식일봉차트조회요청 (Stock Daily Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10081, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10081Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10081).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10081.
        """
        answer = await self._call(
            e.KA10081,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10081Response", answer)

    stock_daily_chart = ka10081

    async def ka10082(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10082Response:
        """ka10082 주식주봉차트조회요청 (Stock Weekly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10082, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10082Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10082).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10082.
        """
        answer = await self._call(
            e.KA10082,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10082Response", answer)

    stock_weekly_chart = ka10082

    async def ka10083(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10083Response:
        """ka10083 주식월봉차트조회요청 (Stock Monthly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10083, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10083Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10083).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10083.
        """
        answer = await self._call(
            e.KA10083,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10083Response", answer)

    stock_monthly_chart = ka10083

    async def ka10094(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10094Response:
        """ka10094 주식년봉차트조회요청 (Stock Yearly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10094, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka10094Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10094).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10094.
        """
        answer = await self._call(
            e.KA10094,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10094Response", answer)

    stock_yearly_chart = ka10094

    async def ka20004(
        self,
        *,
        inds_cd: str,
        tic_scope: codes.TickChartInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20004Response:
        """ka20004 업종틱차트조회요청 (Sector Tick Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20004, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱

        Returns:
            Ka20004Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20004.
        """
        answer = await self._call(
            e.KA20004,
            {
                "inds_cd": inds_cd,
                "tic_scope": tic_scope,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20004Response", answer)

    sector_tick_chart = ka20004

    async def ka20005(
        self,
        *,
        inds_cd: str,
        tic_scope: codes.MinuteChartInterval | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20005Response:
        """ka20005 업종분봉조회요청 (Sector Minute Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20005, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.MinuteChartInterval: 1 1분, 3 3분, 5 5분, 10 10분, 15 15분, 30 30분, 45 45분, 60 60분
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka20005Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20005.
        """
        answer = await self._call(
            e.KA20005,
            {
                "inds_cd": inds_cd,
                "tic_scope": tic_scope,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20005Response", answer)

    sector_minute_chart = ka20005

    async def ka20006(
        self,
        *,
        inds_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20006Response:
        """ka20006 업종일봉조회요청 (Sector Daily Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20006, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka20006Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20006.
        """
        answer = await self._call(
            e.KA20006,
            {
                "inds_cd": inds_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20006Response", answer)

    sector_daily_chart = ka20006

    async def ka20007(
        self,
        *,
        inds_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20007Response:
        """ka20007 업종주봉조회요청 (Sector Weekly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20007, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 8 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka20007Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20007.
        """
        answer = await self._call(
            e.KA20007,
            {
                "inds_cd": inds_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20007Response", answer)

    sector_weekly_chart = ka20007

    async def ka20008(
        self,
        *,
        inds_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20008Response:
        """ka20008 업종월봉조회요청 (Sector Monthly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20008, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka20008Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20008.
        """
        answer = await self._call(
            e.KA20008,
            {
                "inds_cd": inds_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20008Response", answer)

    sector_monthly_chart = ka20008

    async def ka20019(
        self,
        *,
        inds_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka20019Response:
        """ka20019 업종년봉조회요청 (Sector Yearly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka20019, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · max 3 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka20019Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka20019).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka20019.
        """
        answer = await self._call(
            e.KA20019,
            {
                "inds_cd": inds_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka20019Response", answer)

    sector_yearly_chart = ka20019

    async def ka50079(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.TickChartInterval | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50079Response:
        """ka50079 금현물틱차트조회요청 (Gold Spot Tick Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50079, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50079Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50079).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50079.
        """
        answer = await self._call(
            e.KA50079,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50079Response", answer)

    gold_tick_chart = ka50079

    async def ka50080(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.MinuteChartInterval | str,
        upd_stkpc_tp: codes.UsApplyFlag | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50080Response:
        """ka50080 금현물분봉차트조회요청 (Gold Spot Minute Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50080, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 3 · required · codes.MinuteChartInterval: 1 1분, 3 3분, 5 5분, 10 10분, 15 15분, 30 30분, 45 45분, 60 60분
            upd_stkpc_tp: 수정주가구분 · code · max 1 · optional · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50080Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50080).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50080.
        """
        answer = await self._call(
            e.KA50080,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50080Response", answer)

    gold_minute_chart = ka50080

    async def ka50081(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50081Response:
        """ka50081 금현물일봉차트조회요청 (Gold Spot Daily Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50081, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50081Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50081).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50081.
        """
        answer = await self._call(
            e.KA50081,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50081Response", answer)

    gold_daily_chart = ka50081

    async def ka50082(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50082Response:
        """ka50082 금현물주봉차트조회요청 (Gold Spot Weekly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50082, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50082Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50082).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50082.
        """
        answer = await self._call(
            e.KA50082,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50082Response", answer)

    gold_weekly_chart = ka50082

    async def ka50083(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        upd_stkpc_tp: codes.UsApplyFlag | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50083Response:
        """ka50083 금현물월봉차트조회요청 (Gold Spot Monthly Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50083, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required
            upd_stkpc_tp: 수정주가구분 · code · max 1 · required · codes.UsApplyFlag: 0 미적용, 1 적용

        Returns:
            Ka50083Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50083).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50083.
        """
        answer = await self._call(
            e.KA50083,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
                "upd_stkpc_tp": upd_stkpc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50083Response", answer)

    gold_monthly_chart = ka50083

    async def ka50091(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.TickChartInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50091Response:
        """ka50091 금현물당일틱차트조회요청 (Gold Spot Intraday Tick Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50091, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱

        Returns:
            Ka50091Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50091).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50091.
        """
        answer = await self._call(
            e.KA50091,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50091Response", answer)

    gold_today_tick_chart = ka50091

    async def ka50092(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.MinuteChartInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50092Response:
        """ka50092 금현물당일분봉차트조회요청 (Gold Spot Intraday Minute Chart).

        POST /api/dostk/chart · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50092, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.MinuteChartInterval: 1 1분, 3 3분, 5 5분, 10 10분, 15 15분, 30 30분, 45 45분, 60 60분

        Returns:
            Ka50092Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka50092).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50092.
        """
        answer = await self._call(
            e.KA50092,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50092Response", answer)

    gold_today_minute_chart = ka50092
