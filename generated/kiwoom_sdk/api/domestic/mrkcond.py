"""domestic / mrkcond: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.mrkcond import (
        Ka10004Response,
        Ka10005Response,
        Ka10006Response,
        Ka10007Response,
        Ka10011Response,
        Ka10044Response,
        Ka10045Response,
        Ka10046Response,
        Ka10047Response,
        Ka10063Response,
        Ka10066Response,
        Ka10078Response,
        Ka10086Response,
        Ka10087Response,
        Ka50010Response,
        Ka50012Response,
        Ka50087Response,
        Ka50100Response,
        Ka50101Response,
        Ka90005Response,
        Ka90006Response,
        Ka90007Response,
        Ka90008Response,
        Ka90010Response,
        Ka90013Response,
    )


class DomesticMrkcond(SyncGroup):
    """domestic / mrkcond TRs (sync)."""

    def ka10004(
        self,
        *,
        stk_cd: str,
    ) -> Ka10004Response:
        """ka10004 주식호가요청 (Stock Order Book).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10004Response: 69 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10004.
        """
        answer = self._call(
            e.KA10004,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10004Response", answer)

    stock_order_book = ka10004

    def ka10005(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10005Response:
        """ka10005 주식일주월시분요청 (Stock Daily/Weekly/Monthly/Time Prices).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10005, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10005Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10005.
        """
        answer = self._call(
            e.KA10005,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10005Response", answer)

    stock_daily_weekly_monthly = ka10005

    def ka10006(
        self,
        *,
        stk_cd: str,
    ) -> Ka10006Response:
        """ka10006 주식시분요청 (Stock Intraday Time/Minute Price).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10006Response: 10 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10006.
        """
        answer = self._call(
            e.KA10006,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10006Response", answer)

    stock_intraday_price = ka10006

    def ka10007(
        self,
        *,
        stk_cd: str,
    ) -> Ka10007Response:
        """ka10007 시세표성정보요청 (Stock Quote Sheet Info).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10007Response: 124 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10007.
        """
        answer = self._call(
            e.KA10007,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10007Response", answer)

    stock_quote_sheet = ka10007

    def ka10011(
        self,
        *,
        newstk_recvrht_tp: codes.SubscriptionRightType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10011Response:
        """ka10011 신주인수권전체시세요청 (Subscription Rights Warrant Prices).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10011, ...)` with this method's arguments, typed as here.

        Args:
            newstk_recvrht_tp: 신주인수권구분 · code · max 2 · required · codes.SubscriptionRightType: 00 전체, 05 신주인수권증권, 07 신주인수권증서

        Returns:
            Ka10011Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10011).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10011.
        """
        answer = self._call(
            e.KA10011,
            {
                "newstk_recvrht_tp": newstk_recvrht_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10011Response", answer)

    rights_warrant_prices = ka10011

    def ka10044(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        trde_tp: codes.NetSellBuy | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10044Response:
        """ka10044 일별기관매매종목요청 (Daily Institutional Trading Stocks).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10044, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            trde_tp: 매매구분 · code · max 1 · required · codes.NetSellBuy: 1 순매도, 2 순매수
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10044Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10044).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10044.
        """
        answer = self._call(
            e.KA10044,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "trde_tp": trde_tp,
                "mrkt_tp": mrkt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10044Response", answer)

    daily_institution_trading_stocks = ka10044

    def ka10045(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        orgn_prsm_unp_tp: codes.EstimatedUnitPriceType | str,
        for_prsm_unp_tp: codes.EstimatedUnitPriceType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10045Response:
        """ka10045 종목별기관매매추이요청 (Institutional Trading Trend by Stock).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10045, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            orgn_prsm_unp_tp: 기관추정단가구분 · code · max 1 · required · codes.EstimatedUnitPriceType: 1 매수단가, 2 매도단가
            for_prsm_unp_tp: 외인추정단가구분 · code · max 1 · required · codes.EstimatedUnitPriceType: 1 매수단가, 2 매도단가

        Returns:
            Ka10045Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10045).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10045.
        """
        answer = self._call(
            e.KA10045,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "orgn_prsm_unp_tp": orgn_prsm_unp_tp,
                "for_prsm_unp_tp": for_prsm_unp_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10045Response", answer)

    institution_trading_trend_by_stock = ka10045

    def ka10046(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10046Response:
        """ka10046 체결강도추이시간별요청 (Execution Strength Trend by Time).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10046, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10046Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10046).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10046.
        """
        answer = self._call(
            e.KA10046,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10046Response", answer)

    trade_strength_trend_by_time = ka10046

    def ka10047(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10047Response:
        """ka10047 체결강도추이일별요청 (Execution Strength Trend Daily).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10047, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10047Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10047).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10047.
        """
        answer = self._call(
            e.KA10047,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10047Response", answer)

    trade_strength_trend_daily = ka10047

    def ka10063(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        amt_qty_tp: codes.AmountAndQuantity | str,
        invsr: codes.IntradayInvestor | str,
        frgn_all: codes.CheckFlag | str,
        smtm_netprps_tp: codes.CheckFlag | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10063Response:
        """ka10063 장중투자자별매매요청 (Intraday Trading by Investor).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10063, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountAndQuantity: 1 금액&수량
            invsr: 투자자별 · code · max 1 · required · codes.IntradayInvestor: 6 외국인, 7 기관계, 1 투신, 0 보험, 2 은행, 3 연기금, 4 국가, 5 기타법인
            frgn_all: 외국계전체 · code · max 1 · required · codes.CheckFlag: 1 체크, 0 미체크
            smtm_netprps_tp: 동시순매수구분 · code · max 1 · required · codes.CheckFlag: 1 체크, 0 미체크
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10063Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10063).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10063.
        """
        answer = self._call(
            e.KA10063,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "invsr": invsr,
                "frgn_all": frgn_all,
                "smtm_netprps_tp": smtm_netprps_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10063Response", answer)

    intraday_investor_trading = ka10063

    def ka10066(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.InvestorTradeType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10066Response:
        """ka10066 장마감후투자자별매매요청 (After-Close Trading by Investor).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10066, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.InvestorTradeType: 0 순매수, 1 매수, 2 매도
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10066Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10066).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10066.
        """
        answer = self._call(
            e.KA10066,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10066Response", answer)

    after_close_investor_trading = ka10066

    def ka10078(
        self,
        *,
        mmcm_cd: str,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10078Response:
        """ka10078 증권사별종목매매동향요청 (Broker Stock Trading Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10078, ...)` with this method's arguments, typed as here.

        Args:
            mmcm_cd: 회원사코드 · text · max 3 · required
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka10078Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10078).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10078.
        """
        answer = self._call(
            e.KA10078,
            {
                "mmcm_cd": mmcm_cd,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10078Response", answer)

    broker_stock_trading_trend = ka10078

    def ka10086(
        self,
        *,
        stk_cd: str,
        qry_dt: datetime.date | str,
        indc_tp: codes.QuantityOrAmountMillion | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10086Response:
        """ka10086 일별주가요청 (Daily Stock Price).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10086, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            qry_dt: 조회일자 · date · YYYYMMDD · max 8 · required
            indc_tp: 표시구분 · code · max 1 · required · codes.QuantityOrAmountMillion: 0 수량, 1 금액(백만원)

        Returns:
            Ka10086Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10086).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10086.
        """
        answer = self._call(
            e.KA10086,
            {
                "stk_cd": stk_cd,
                "qry_dt": qry_dt,
                "indc_tp": indc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10086Response", answer)

    daily_stock_price = ka10086

    def ka10087(
        self,
        *,
        stk_cd: str,
    ) -> Ka10087Response:
        """ka10087 시간외단일가요청 (After-Hours Single Price).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10087Response: 46 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10087).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10087.
        """
        answer = self._call(
            e.KA10087,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10087Response", answer)

    after_hours_single_price = ka10087

    def ka50010(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50010Response:
        """ka50010 금현물체결추이 (Gold Spot Execution Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50010, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka50010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50010.
        """
        answer = self._call(
            e.KA50010,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50010Response", answer)

    gold_trade_trend = ka50010

    def ka50012(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50012Response:
        """ka50012 금현물일별추이 (Gold Spot Daily Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50012, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka50012Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50012.
        """
        answer = self._call(
            e.KA50012,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50012Response", answer)

    gold_daily_trend = ka50012

    def ka50087(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50087Response:
        """ka50087 금현물예상체결 (Gold Spot Expected Execution).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50087, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka50087Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50087).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50087.
        """
        answer = self._call(
            e.KA50087,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50087Response", answer)

    gold_expected_trade = ka50087

    def ka50100(
        self,
        *,
        stk_cd: codes.GoldSpotStockCode | str,
    ) -> Ka50100Response:
        """ka50100 금현물 시세정보 (Gold Spot Price Info).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · code · max 20 · required · codes.GoldSpotStockCode: M04020000 금 99.99_1kg, M04020100 미니금 99.99_100g

        Returns:
            Ka50100Response: 11 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50100.
        """
        answer = self._call(
            e.KA50100,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka50100Response", answer)

    gold_price_info = ka50100

    def ka50101(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.TickChartInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50101Response:
        """ka50101 금현물 호가 (Gold Spot Order Book).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50101, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱

        Returns:
            Ka50101Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50101.
        """
        answer = self._call(
            e.KA50101,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50101Response", answer)

    gold_order_book = ka50101

    def ka90005(
        self,
        *,
        date: datetime.date | str,
        amt_qty_tp: codes.AmountMillionOrQuantityThousand | str,
        mrkt_tp: codes.ProgramMarketCodeByExchange | str,
        min_tic_tp: codes.TickOrMinute | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90005Response:
        """ka90005 프로그램매매추이요청 시간대별 (Program Trading Trend by Time).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90005, ...)` with this method's arguments, typed as here.

        Args:
            date: 날짜 · date · YYYYMMDD · max 8 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountMillionOrQuantityThousand: 1 금액(백만원), 2 수량(천주)
            mrkt_tp: 시장구분 · code · max 10 · required · codes.ProgramMarketCodeByExchange: P00101 코스피 KRX, P001_NX01 코스피 NXT, P001_AL01 코스피 통합, P10102 코스닥 KRX, P101_NX02 코스닥 NXT, P101_AL02 코스닥 통합
            min_tic_tp: 분틱구분 · code · max 1 · required · codes.TickOrMinute: 0 틱, 1 분
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90005Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90005.
        """
        answer = self._call(
            e.KA90005,
            {
                "date": date,
                "amt_qty_tp": amt_qty_tp,
                "mrkt_tp": mrkt_tp,
                "min_tic_tp": min_tic_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90005Response", answer)

    program_trading_trend_by_time = ka90005

    def ka90006(
        self,
        *,
        date: datetime.date | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90006Response:
        """ka90006 프로그램매매차익잔고추이요청 (Program Arbitrage Balance Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90006, ...)` with this method's arguments, typed as here.

        Args:
            date: 날짜 · date · YYYYMMDD · max 8 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90006Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90006.
        """
        answer = self._call(
            e.KA90006,
            {
                "date": date,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90006Response", answer)

    program_arbitrage_balance_trend = ka90006

    def ka90007(
        self,
        *,
        date: datetime.date | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        mrkt_tp: codes.KospiOrKosdaqBinary | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90007Response:
        """ka90007 프로그램매매누적추이요청 (Program Trading Cumulative Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90007, ...)` with this method's arguments, typed as here.

        Args:
            date: 날짜 · date · YYYYMMDD · max 8 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            mrkt_tp: 시장구분 · code · max 5 · required · codes.KospiOrKosdaqBinary: 0 코스피, 1 코스닥
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90007Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90007.
        """
        answer = self._call(
            e.KA90007,
            {
                "date": date,
                "amt_qty_tp": amt_qty_tp,
                "mrkt_tp": mrkt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90007Response", answer)

    program_trading_cumulative_trend = ka90007

    def ka90008(
        self,
        *,
        amt_qty_tp: codes.AmountOrQuantity | str,
        stk_cd: str,
        date: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90008Response:
        """ka90008 종목시간별프로그램매매추이요청 (Stock Program Trading Trend by Time).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90008, ...)` with this method's arguments, typed as here.

        Args:
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            stk_cd: 종목코드 · text · max 6 · required
            date: 날짜 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka90008Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90008.
        """
        answer = self._call(
            e.KA90008,
            {
                "amt_qty_tp": amt_qty_tp,
                "stk_cd": stk_cd,
                "date": date,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90008Response", answer)

    stock_program_trading_trend_by_time = ka90008

    def ka90010(
        self,
        *,
        date: datetime.date | str,
        amt_qty_tp: codes.AmountMillionOrQuantityThousand | str,
        mrkt_tp: codes.ProgramMarketCodeByExchange | str,
        min_tic_tp: codes.TickOrMinute | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90010Response:
        """ka90010 프로그램매매추이요청 일자별 (Program Trading Trend by Date).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90010, ...)` with this method's arguments, typed as here.

        Args:
            date: 날짜 · date · YYYYMMDD · max 8 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountMillionOrQuantityThousand: 1 금액(백만원), 2 수량(천주)
            mrkt_tp: 시장구분 · code · max 10 · required · codes.ProgramMarketCodeByExchange: P00101 코스피 KRX, P001_NX01 코스피 NXT, P001_AL01 코스피 통합, P10102 코스닥 KRX, P101_NX02 코스닥 NXT, P101_AL02 코스닥 통합
            min_tic_tp: 분틱구분 · code · max 1 · required · codes.TickOrMinute: 0 틱, 1 분
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90010.
        """
        answer = self._call(
            e.KA90010,
            {
                "date": date,
                "amt_qty_tp": amt_qty_tp,
                "mrkt_tp": mrkt_tp,
                "min_tic_tp": min_tic_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90010Response", answer)

    program_trading_trend_by_date = ka90010

    def ka90013(
        self,
        *,
        stk_cd: str,
        amt_qty_tp: codes.AmountOrQuantity | str | None = None,
        date: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90013Response:
        """ka90013 종목일별프로그램매매추이요청 (Stock Program Trading Trend Daily).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90013, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · optional · codes.AmountOrQuantity: 1 금액, 2 수량
            date: 날짜 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka90013Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90013).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90013.
        """
        answer = self._call(
            e.KA90013,
            {
                "stk_cd": stk_cd,
                "amt_qty_tp": amt_qty_tp,
                "date": date,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90013Response", answer)

    stock_program_trading_trend_daily = ka90013


class AsyncDomesticMrkcond(AsyncGroup):
    """domestic / mrkcond TRs (async)."""

    async def ka10004(
        self,
        *,
        stk_cd: str,
    ) -> Ka10004Response:
        """ka10004 주식호가요청 (Stock Order Book).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10004Response: 69 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10004.
        """
        answer = await self._call(
            e.KA10004,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10004Response", answer)

    stock_order_book = ka10004

    async def ka10005(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10005Response:
        """ka10005 주식일주월시분요청 (Stock Daily/Weekly/Monthly/Time Prices).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10005, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10005Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10005.
        """
        answer = await self._call(
            e.KA10005,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10005Response", answer)

    stock_daily_weekly_monthly = ka10005

    async def ka10006(
        self,
        *,
        stk_cd: str,
    ) -> Ka10006Response:
        """ka10006 주식시분요청 (Stock Intraday Time/Minute Price).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10006Response: 10 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10006.
        """
        answer = await self._call(
            e.KA10006,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10006Response", answer)

    stock_intraday_price = ka10006

    async def ka10007(
        self,
        *,
        stk_cd: str,
    ) -> Ka10007Response:
        """ka10007 시세표성정보요청 (Stock Quote Sheet Info).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10007Response: 124 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10007.
        """
        answer = await self._call(
            e.KA10007,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10007Response", answer)

    stock_quote_sheet = ka10007

    async def ka10011(
        self,
        *,
        newstk_recvrht_tp: codes.SubscriptionRightType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10011Response:
        """ka10011 신주인수권전체시세요청 (Subscription Rights Warrant Prices).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10011, ...)` with this method's arguments, typed as here.

        Args:
            newstk_recvrht_tp: 신주인수권구분 · code · max 2 · required · codes.SubscriptionRightType: 00 전체, 05 신주인수권증권, 07 신주인수권증서

        Returns:
            Ka10011Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10011).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10011.
        """
        answer = await self._call(
            e.KA10011,
            {
                "newstk_recvrht_tp": newstk_recvrht_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10011Response", answer)

    rights_warrant_prices = ka10011

    async def ka10044(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        trde_tp: codes.NetSellBuy | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10044Response:
        """ka10044 일별기관매매종목요청 (Daily Institutional Trading Stocks).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10044, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            trde_tp: 매매구분 · code · max 1 · required · codes.NetSellBuy: 1 순매도, 2 순매수
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10044Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10044).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10044.
        """
        answer = await self._call(
            e.KA10044,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "trde_tp": trde_tp,
                "mrkt_tp": mrkt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10044Response", answer)

    daily_institution_trading_stocks = ka10044

    async def ka10045(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        orgn_prsm_unp_tp: codes.EstimatedUnitPriceType | str,
        for_prsm_unp_tp: codes.EstimatedUnitPriceType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10045Response:
        """ka10045 종목별기관매매추이요청 (Institutional Trading Trend by Stock).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10045, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            orgn_prsm_unp_tp: 기관추정단가구분 · code · max 1 · required · codes.EstimatedUnitPriceType: 1 매수단가, 2 매도단가
            for_prsm_unp_tp: 외인추정단가구분 · code · max 1 · required · codes.EstimatedUnitPriceType: 1 매수단가, 2 매도단가

        Returns:
            Ka10045Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10045).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10045.
        """
        answer = await self._call(
            e.KA10045,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "orgn_prsm_unp_tp": orgn_prsm_unp_tp,
                "for_prsm_unp_tp": for_prsm_unp_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10045Response", answer)

    institution_trading_trend_by_stock = ka10045

    async def ka10046(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10046Response:
        """ka10046 체결강도추이시간별요청 (Execution Strength Trend by Time).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10046, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10046Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10046).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10046.
        """
        answer = await self._call(
            e.KA10046,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10046Response", answer)

    trade_strength_trend_by_time = ka10046

    async def ka10047(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10047Response:
        """ka10047 체결강도추이일별요청 (Execution Strength Trend Daily).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10047, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10047Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10047).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10047.
        """
        answer = await self._call(
            e.KA10047,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10047Response", answer)

    trade_strength_trend_daily = ka10047

    async def ka10063(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        amt_qty_tp: codes.AmountAndQuantity | str,
        invsr: codes.IntradayInvestor | str,
        frgn_all: codes.CheckFlag | str,
        smtm_netprps_tp: codes.CheckFlag | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10063Response:
        """ka10063 장중투자자별매매요청 (Intraday Trading by Investor).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10063, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountAndQuantity: 1 금액&수량
            invsr: 투자자별 · code · max 1 · required · codes.IntradayInvestor: 6 외국인, 7 기관계, 1 투신, 0 보험, 2 은행, 3 연기금, 4 국가, 5 기타법인
            frgn_all: 외국계전체 · code · max 1 · required · codes.CheckFlag: 1 체크, 0 미체크
            smtm_netprps_tp: 동시순매수구분 · code · max 1 · required · codes.CheckFlag: 1 체크, 0 미체크
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10063Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10063).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10063.
        """
        answer = await self._call(
            e.KA10063,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "invsr": invsr,
                "frgn_all": frgn_all,
                "smtm_netprps_tp": smtm_netprps_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10063Response", answer)

    intraday_investor_trading = ka10063

    async def ka10066(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.InvestorTradeType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10066Response:
        """ka10066 장마감후투자자별매매요청 (After-Close Trading by Investor).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10066, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.InvestorTradeType: 0 순매수, 1 매수, 2 매도
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10066Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10066).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10066.
        """
        answer = await self._call(
            e.KA10066,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10066Response", answer)

    after_close_investor_trading = ka10066

    async def ka10078(
        self,
        *,
        mmcm_cd: str,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10078Response:
        """ka10078 증권사별종목매매동향요청 (Broker Stock Trading Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10078, ...)` with this method's arguments, typed as here.

        Args:
            mmcm_cd: 회원사코드 · text · max 3 · required
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka10078Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10078).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10078.
        """
        answer = await self._call(
            e.KA10078,
            {
                "mmcm_cd": mmcm_cd,
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10078Response", answer)

    broker_stock_trading_trend = ka10078

    async def ka10086(
        self,
        *,
        stk_cd: str,
        qry_dt: datetime.date | str,
        indc_tp: codes.QuantityOrAmountMillion | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10086Response:
        """ka10086 일별주가요청 (Daily Stock Price).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10086, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            qry_dt: 조회일자 · date · YYYYMMDD · max 8 · required
            indc_tp: 표시구분 · code · max 1 · required · codes.QuantityOrAmountMillion: 0 수량, 1 금액(백만원)

        Returns:
            Ka10086Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10086).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10086.
        """
        answer = await self._call(
            e.KA10086,
            {
                "stk_cd": stk_cd,
                "qry_dt": qry_dt,
                "indc_tp": indc_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10086Response", answer)

    daily_stock_price = ka10086

    async def ka10087(
        self,
        *,
        stk_cd: str,
    ) -> Ka10087Response:
        """ka10087 시간외단일가요청 (After-Hours Single Price).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10087Response: 46 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka10087).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10087.
        """
        answer = await self._call(
            e.KA10087,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10087Response", answer)

    after_hours_single_price = ka10087

    async def ka50010(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50010Response:
        """ka50010 금현물체결추이 (Gold Spot Execution Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50010, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka50010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50010.
        """
        answer = await self._call(
            e.KA50010,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50010Response", answer)

    gold_trade_trend = ka50010

    async def ka50012(
        self,
        *,
        stk_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50012Response:
        """ka50012 금현물일별추이 (Gold Spot Daily Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50012, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka50012Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50012.
        """
        answer = await self._call(
            e.KA50012,
            {
                "stk_cd": stk_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50012Response", answer)

    gold_daily_trend = ka50012

    async def ka50087(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50087Response:
        """ka50087 금현물예상체결 (Gold Spot Expected Execution).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50087, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka50087Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50087).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50087.
        """
        answer = await self._call(
            e.KA50087,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50087Response", answer)

    gold_expected_trade = ka50087

    async def ka50100(
        self,
        *,
        stk_cd: codes.GoldSpotStockCode | str,
    ) -> Ka50100Response:
        """ka50100 금현물 시세정보 (Gold Spot Price Info).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · code · max 20 · required · codes.GoldSpotStockCode: M04020000 금 99.99_1kg, M04020100 미니금 99.99_100g

        Returns:
            Ka50100Response: 11 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50100.
        """
        answer = await self._call(
            e.KA50100,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka50100Response", answer)

    gold_price_info = ka50100

    async def ka50101(
        self,
        *,
        stk_cd: str,
        tic_scope: codes.TickChartInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka50101Response:
        """ka50101 금현물 호가 (Gold Spot Order Book).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka50101, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tic_scope: 틱범위 · code · max 2 · required · codes.TickChartInterval: 1 1틱, 3 3틱, 5 5틱, 10 10틱, 30 30틱

        Returns:
            Ka50101Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka50101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka50101.
        """
        answer = await self._call(
            e.KA50101,
            {
                "stk_cd": stk_cd,
                "tic_scope": tic_scope,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka50101Response", answer)

    gold_order_book = ka50101

    async def ka90005(
        self,
        *,
        date: datetime.date | str,
        amt_qty_tp: codes.AmountMillionOrQuantityThousand | str,
        mrkt_tp: codes.ProgramMarketCodeByExchange | str,
        min_tic_tp: codes.TickOrMinute | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90005Response:
        """ka90005 프로그램매매추이요청 시간대별 (Program Trading Trend by Time).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90005, ...)` with this method's arguments, typed as here.

        Args:
            date: 날짜 · date · YYYYMMDD · max 8 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountMillionOrQuantityThousand: 1 금액(백만원), 2 수량(천주)
            mrkt_tp: 시장구분 · code · max 10 · required · codes.ProgramMarketCodeByExchange: P00101 코스피 KRX, P001_NX01 코스피 NXT, P001_AL01 코스피 통합, P10102 코스닥 KRX, P101_NX02 코스닥 NXT, P101_AL02 코스닥 통합
            min_tic_tp: 분틱구분 · code · max 1 · required · codes.TickOrMinute: 0 틱, 1 분
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90005Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90005.
        """
        answer = await self._call(
            e.KA90005,
            {
                "date": date,
                "amt_qty_tp": amt_qty_tp,
                "mrkt_tp": mrkt_tp,
                "min_tic_tp": min_tic_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90005Response", answer)

    program_trading_trend_by_time = ka90005

    async def ka90006(
        self,
        *,
        date: datetime.date | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90006Response:
        """ka90006 프로그램매매차익잔고추이요청 (Program Arbitrage Balance Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90006, ...)` with this method's arguments, typed as here.

        Args:
            date: 날짜 · date · YYYYMMDD · max 8 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90006Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90006.
        """
        answer = await self._call(
            e.KA90006,
            {
                "date": date,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90006Response", answer)

    program_arbitrage_balance_trend = ka90006

    async def ka90007(
        self,
        *,
        date: datetime.date | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        mrkt_tp: codes.KospiOrKosdaqBinary | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90007Response:
        """ka90007 프로그램매매누적추이요청 (Program Trading Cumulative Trend).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90007, ...)` with this method's arguments, typed as here.

        Args:
            date: 날짜 · date · YYYYMMDD · max 8 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            mrkt_tp: 시장구분 · code · max 5 · required · codes.KospiOrKosdaqBinary: 0 코스피, 1 코스닥
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90007Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90007.
        """
        answer = await self._call(
            e.KA90007,
            {
                "date": date,
                "amt_qty_tp": amt_qty_tp,
                "mrkt_tp": mrkt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90007Response", answer)

    program_trading_cumulative_trend = ka90007

    async def ka90008(
        self,
        *,
        amt_qty_tp: codes.AmountOrQuantity | str,
        stk_cd: str,
        date: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90008Response:
        """ka90008 종목시간별프로그램매매추이요청 (Stock Program Trading Trend by Time).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90008, ...)` with this method's arguments, typed as here.

        Args:
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            stk_cd: 종목코드 · text · max 6 · required
            date: 날짜 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka90008Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90008.
        """
        answer = await self._call(
            e.KA90008,
            {
                "amt_qty_tp": amt_qty_tp,
                "stk_cd": stk_cd,
                "date": date,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90008Response", answer)

    stock_program_trading_trend_by_time = ka90008

    async def ka90010(
        self,
        *,
        date: datetime.date | str,
        amt_qty_tp: codes.AmountMillionOrQuantityThousand | str,
        mrkt_tp: codes.ProgramMarketCodeByExchange | str,
        min_tic_tp: codes.TickOrMinute | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90010Response:
        """ka90010 프로그램매매추이요청 일자별 (Program Trading Trend by Date).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90010, ...)` with this method's arguments, typed as here.

        Args:
            date: 날짜 · date · YYYYMMDD · max 8 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountMillionOrQuantityThousand: 1 금액(백만원), 2 수량(천주)
            mrkt_tp: 시장구분 · code · max 10 · required · codes.ProgramMarketCodeByExchange: P00101 코스피 KRX, P001_NX01 코스피 NXT, P001_AL01 코스피 통합, P10102 코스닥 KRX, P101_NX02 코스닥 NXT, P101_AL02 코스닥 통합
            min_tic_tp: 분틱구분 · code · max 1 · required · codes.TickOrMinute: 0 틱, 1 분
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90010.
        """
        answer = await self._call(
            e.KA90010,
            {
                "date": date,
                "amt_qty_tp": amt_qty_tp,
                "mrkt_tp": mrkt_tp,
                "min_tic_tp": min_tic_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90010Response", answer)

    program_trading_trend_by_date = ka90010

    async def ka90013(
        self,
        *,
        stk_cd: str,
        amt_qty_tp: codes.AmountOrQuantity | str | None = None,
        date: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90013Response:
        """ka90013 종목일별프로그램매매추이요청 (Stock Program Trading Trend Daily).

        POST /api/dostk/mrkcond · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90013, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · optional · codes.AmountOrQuantity: 1 금액, 2 수량
            date: 날짜 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka90013Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-mrkcond/#ka90013).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90013.
        """
        answer = await self._call(
            e.KA90013,
            {
                "stk_cd": stk_cd,
                "amt_qty_tp": amt_qty_tp,
                "date": date,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90013Response", answer)

    stock_program_trading_trend_daily = ka90013
