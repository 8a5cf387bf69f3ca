"""domestic / acnt: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.acnt import (
        Ka00001Response,
        Ka01690Response,
        Ka10072Response,
        Ka10073Response,
        Ka10074Response,
        Ka10075Response,
        Ka10076Response,
        Ka10077Response,
        Ka10085Response,
        Ka10088Response,
        Ka10170Response,
        Kt00001Response,
        Kt00002Response,
        Kt00003Response,
        Kt00004Response,
        Kt00005Response,
        Kt00007Response,
        Kt00008Response,
        Kt00009Response,
        Kt00010Response,
        Kt00011Response,
        Kt00012Response,
        Kt00013Response,
        Kt00015Response,
        Kt00016Response,
        Kt00017Response,
        Kt00018Response,
        Kt50020Response,
        Kt50021Response,
        Kt50030Response,
        Kt50031Response,
        Kt50032Response,
        Kt50075Response,
    )


class DomesticAcnt(SyncGroup):
    """domestic / acnt TRs (sync)."""

    def ka00001(
        self,
    ) -> Ka00001Response:
        """ka00001 계좌번호조회 (Account Number Lookup).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Returns:
            Ka00001Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka00001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka00001.
        """
        answer = self._call(
            e.KA00001,
            {},
        )
        return cast("Ka00001Response", answer)

    account_numbers = ka00001

    def ka01690(
        self,
        *,
        qry_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka01690Response:
        """ka01690 일별잔고수익률 (Daily Holdings Return).

        POST /api/dostk/acnt · not on the mock server.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka01690, ...)` with this method's arguments, typed as here.

        Args:
            qry_dt: 조회일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka01690Response: 9 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka01690).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka01690.
        """
        answer = self._call(
            e.KA01690,
            {
                "qry_dt": qry_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka01690Response", answer)

    daily_balance_return = ka01690

    def ka10072(
        self,
        *,
        strt_dt: datetime.date | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10072Response:
        """ka10072 일자별종목별실현손익요청_일자 (Realized P&L by Stock for a Date).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10072, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            stk_cd: 종목코드 · text · max 6 · optional

        Returns:
            Ka10072Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10072).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10072.
        """
        answer = self._call(
            e.KA10072,
            {
                "strt_dt": strt_dt,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10072Response", answer)

    daily_stock_realized_pnl_by_date = ka10072

    def ka10073(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10073Response:
        """ka10073 일자별종목별실현손익요청_기간 (Realized P&L by Stock for a Period).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10073, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            stk_cd: 종목코드 · text · max 6 · optional

        Returns:
            Ka10073Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10073).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10073.
        """
        answer = self._call(
            e.KA10073,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10073Response", answer)

    daily_stock_realized_pnl_by_period = ka10073

    def ka10074(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10074Response:
        """ka10074 일자별실현손익요청 (Daily Realized P&L).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10074, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka10074Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10074).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10074.
        """
        answer = self._call(
            e.KA10074,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10074Response", answer)

    daily_realized_pnl = ka10074

    def ka10075(
        self,
        *,
        all_stk_tp: codes.AllOrSingleStock | str,
        trde_tp: codes.SellBuyWithAll | str,
        stex_tp: codes.AccountExchangeType | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10075Response:
        """ka10075 미체결요청 (Open (Unfilled) Orders).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10075, ...)` with this method's arguments, typed as here.

        Args:
            all_stk_tp: 전체종목구분 · code · max 1 · required · codes.AllOrSingleStock: 0 전체, 1 종목
            trde_tp: 매매구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            stex_tp: 거래소구분 · code · max 1 · required · codes.AccountExchangeType: 0 통합, 1 KRX, 2 NXT
            stk_cd: 종목코드 · text · max 6 · optional

        Returns:
            Ka10075Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10075).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10075.
        """
        answer = self._call(
            e.KA10075,
            {
                "all_stk_tp": all_stk_tp,
                "trde_tp": trde_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10075Response", answer)

    open_orders = ka10075

    def ka10076(
        self,
        *,
        qry_tp: codes.AllOrSingleStock | str,
        sell_tp: codes.SellBuyWithAll | str,
        stex_tp: codes.AccountExchangeType | str,
        stk_cd: str | None = None,
        ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10076Response:
        """ka10076 체결요청 (Filled Orders (Executions)).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10076, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.AllOrSingleStock: 0 전체, 1 종목
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            stex_tp: 거래소구분 · code · max 1 · required · codes.AccountExchangeType: 0 통합, 1 KRX, 2 NXT
            stk_cd: 종목코드 · text · max 6 · optional
            ord_no: 주문번호 · text · max 10 · optional

        Returns:
            Ka10076Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10076).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10076.
        """
        answer = self._call(
            e.KA10076,
            {
                "qry_tp": qry_tp,
                "sell_tp": sell_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "ord_no": ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10076Response", answer)

    filled_orders = ka10076

    def ka10077(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10077Response:
        """ka10077 당일실현손익상세요청 (Today's Realized P&L Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10077, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10077Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10077).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10077.
        """
        answer = self._call(
            e.KA10077,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10077Response", answer)

    today_realized_pnl_detail = ka10077

    def ka10085(
        self,
        *,
        stex_tp: codes.AccountExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10085Response:
        """ka10085 계좌수익률요청 (Account Return).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10085, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · max 1 · required · codes.AccountExchangeType: 0 통합, 1 KRX, 2 NXT

        Returns:
            Ka10085Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10085).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10085.
        """
        answer = self._call(
            e.KA10085,
            {
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10085Response", answer)

    account_return = ka10085

    def ka10088(
        self,
        *,
        ord_no: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10088Response:
        """ka10088 미체결 분할주문 상세 (Open Split Order Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10088, ...)` with this method's arguments, typed as here.

        Args:
            ord_no: 주문번호 · text · max 20 · required

        Returns:
            Ka10088Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10088).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10088.
        """
        answer = self._call(
            e.KA10088,
            {
                "ord_no": ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10088Response", answer)

    open_split_order_detail = ka10088

    def ka10170(
        self,
        *,
        ottks_tp: codes.DayTradeSellScope | str,
        ch_crd_tp: codes.CashCreditType | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10170Response:
        """ka10170 당일매매일지요청 (Today's Trading Journal).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10170, ...)` with this method's arguments, typed as here.

        Args:
            ottks_tp: 단주구분 · code · max 1 · required · codes.DayTradeSellScope: 1 당일매수에 대한 당일매도, 2 당일매도 전체
            ch_crd_tp: 현금신용구분 · code · max 1 · required · codes.CashCreditType: 0 전체, 1 현금매매만, 2 신용매매만
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10170Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10170).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10170.
        """
        answer = self._call(
            e.KA10170,
            {
                "ottks_tp": ottks_tp,
                "ch_crd_tp": ch_crd_tp,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10170Response", answer)

    today_trading_journal = ka10170

    def kt00001(
        self,
        *,
        qry_tp: codes.DepositQueryType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00001Response:
        """kt00001 예수금상세현황요청 (Deposit Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00001, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.DepositQueryType: 3 추정조회, 2 일반조회

        Returns:
            Kt00001Response: 70 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00001.
        """
        answer = self._call(
            e.KT00001,
            {
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00001Response", answer)

    deposit_detail = kt00001

    def kt00002(
        self,
        *,
        start_dt: datetime.date | str,
        end_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00002Response:
        """kt00002 일별추정예탁자산현황요청 (Daily Estimated Deposit Assets).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00002, ...)` with this method's arguments, typed as here.

        Args:
            start_dt: 시작조회기간 · date · YYYYMMDD · max 8 · required
            end_dt: 종료조회기간 · date · YYYYMMDD · max 8 · required

        Returns:
            Kt00002Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00002.
        """
        answer = self._call(
            e.KT00002,
            {
                "start_dt": start_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00002Response", answer)

    daily_estimated_deposit_assets = kt00002

    def kt00003(
        self,
        *,
        qry_tp: codes.DelistedFilter | str,
    ) -> Kt00003Response:
        """kt00003 추정자산조회요청 (Estimated Assets).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            qry_tp: 상장폐지조회구분 · code · max 1 · required · codes.DelistedFilter: 0 전체, 1 상장폐지종목제외

        Returns:
            Kt00003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00003.
        """
        answer = self._call(
            e.KT00003,
            {
                "qry_tp": qry_tp,
            },
        )
        return cast("Kt00003Response", answer)

    estimated_assets = kt00003

    def kt00004(
        self,
        *,
        qry_tp: codes.DelistedFilter | str,
        dmst_stex_tp: codes.DomesticExchange | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00004Response:
        """kt00004 계좌평가현황요청 (Account Evaluation Status).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00004, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 상장폐지조회구분 · code · max 1 · required · codes.DelistedFilter: 0 전체, 1 상장폐지종목제외
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchange: KRX 한국거래소, NXT 넥스트트레이드

        Returns:
            Kt00004Response: 19 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00004.
        """
        answer = self._call(
            e.KT00004,
            {
                "qry_tp": qry_tp,
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00004Response", answer)

    account_evaluation = kt00004

    def kt00005(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchange | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00005Response:
        """kt00005 체결잔고요청 (Execution Balance).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00005, ...)` with this method's arguments, typed as here.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchange: KRX 한국거래소, NXT 넥스트트레이드

        Returns:
            Kt00005Response: 31 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00005.
        """
        answer = self._call(
            e.KT00005,
            {
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00005Response", answer)

    filled_balance = kt00005

    def kt00007(
        self,
        *,
        qry_tp: codes.OrderHistoryQueryType | str,
        stk_bond_tp: codes.StockBondType | str,
        sell_tp: codes.SellBuyWithAll | str,
        dmst_stex_tp: codes.DomesticExchangeWithAllAndSor | str,
        ord_dt: datetime.date | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00007Response:
        """kt00007 계좌별주문체결내역상세요청 (Account Order Execution History Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00007, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.OrderHistoryQueryType: 1 주문순, 2 역순, 3 미체결, 4 체결내역만
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchangeWithAllAndSor: % (전체), KRX 한국거래소, NXT 넥스트트레이드, SOR 최선주문집행
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · optional
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional

        Returns:
            Kt00007Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00007.
        """
        answer = self._call(
            e.KT00007,
            {
                "qry_tp": qry_tp,
                "stk_bond_tp": stk_bond_tp,
                "sell_tp": sell_tp,
                "dmst_stex_tp": dmst_stex_tp,
                "ord_dt": ord_dt,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00007Response", answer)

    account_order_history_detail = kt00007

    def kt00008(
        self,
        *,
        strt_dcd_seq: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00008Response:
        """kt00008 계좌별익일결제예정내역요청 (Next-Day Settlement Schedule).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00008, ...)` with this method's arguments, typed as here.

        Args:
            strt_dcd_seq: 시작결제번호 · text · max 7 · optional

        Returns:
            Kt00008Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00008.
        """
        answer = self._call(
            e.KT00008,
            {
                "strt_dcd_seq": strt_dcd_seq,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00008Response", answer)

    next_day_settlement = kt00008

    def kt00009(
        self,
        *,
        stk_bond_tp: codes.StockBondType | str,
        mrkt_tp: codes.MarketTypeWithOtc | str,
        sell_tp: codes.SellBuyWithAll | str,
        qry_tp: codes.FillFilter | str,
        dmst_stex_tp: codes.DomesticExchangeWithAllAndSor | str,
        ord_dt: datetime.date | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00009Response:
        """kt00009 계좌별주문체결현황요청 (Account Order Execution Status).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00009, ...)` with this method's arguments, typed as here.

        Args:
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            mrkt_tp: 시장구분 · code · max 1 · required · codes.MarketTypeWithOtc: 0 전체, 1 코스피, 2 코스닥, 3 OTCBB, 4 ECN
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            qry_tp: 조회구분 · code · max 1 · required · codes.FillFilter: 0 전체, 1 체결
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchangeWithAllAndSor: % (전체), KRX 한국거래소, NXT 넥스트트레이드, SOR 최선주문집행
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · optional
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional

        Returns:
            Kt00009Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00009.
        """
        answer = self._call(
            e.KT00009,
            {
                "stk_bond_tp": stk_bond_tp,
                "mrkt_tp": mrkt_tp,
                "sell_tp": sell_tp,
                "qry_tp": qry_tp,
                "dmst_stex_tp": dmst_stex_tp,
                "ord_dt": ord_dt,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00009Response", answer)

    account_order_execution_status = kt00009

    def kt00010(
        self,
        *,
        stk_cd: str,
        trde_tp: codes.SellBuy | str,
        uv: Decimal | int | str,
        io_amt: int | str | None = None,
        trde_qty: int | str | None = None,
        exp_buy_unp: Decimal | int | str | None = None,
    ) -> Kt00010Response:
        """kt00010 주문인출가능금액요청 (Orderable/Withdrawable Amount).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            stk_cd: 종목번호 · text · max 12 · required
            trde_tp: 매매구분 · code · max 1 · required · codes.SellBuy: 1 매도, 2 매수
            uv: 매수가격 · price · KRW · max 10 · required
            io_amt: 입출금액 · int · KRW · max 12 · optional
            trde_qty: 매매수량 · int · shares · max 10 · optional
            exp_buy_unp: 예상매수단가 · price · KRW · max 10 · optional

        Returns:
            Kt00010Response: 28 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00010.
        """
        answer = self._call(
            e.KT00010,
            {
                "stk_cd": stk_cd,
                "trde_tp": trde_tp,
                "uv": uv,
                "io_amt": io_amt,
                "trde_qty": trde_qty,
                "exp_buy_unp": exp_buy_unp,
            },
        )
        return cast("Kt00010Response", answer)

    orderable_withdrawable_amount = kt00010

    def kt00011(
        self,
        *,
        stk_cd: str,
        uv: Decimal | int | str | None = None,
    ) -> Kt00011Response:
        """kt00011 증거금율별주문가능수량조회요청 (Orderable Quantity by Margin Rate).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            stk_cd: 종목번호 · text · max 12 · required
            uv: 매수가격 · price · KRW · max 10 · optional

        Returns:
            Kt00011Response: 36 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00011).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00011.
        """
        answer = self._call(
            e.KT00011,
            {
                "stk_cd": stk_cd,
                "uv": uv,
            },
        )
        return cast("Kt00011Response", answer)

    orderable_qty_by_margin_rate = kt00011

    def kt00012(
        self,
        *,
        stk_cd: str,
        uv: Decimal | int | str | None = None,
    ) -> Kt00012Response:
        """kt00012 신용보증금율별주문가능수량조회요청 (Orderable Quantity by Credit Deposit Rate).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            stk_cd: 종목번호 · text · max 12 · required
            uv: 매수가격 · price · KRW · max 10 · optional

        Returns:
            Kt00012Response: 27 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00012.
        """
        answer = self._call(
            e.KT00012,
            {
                "stk_cd": stk_cd,
                "uv": uv,
            },
        )
        return cast("Kt00012Response", answer)

    orderable_qty_by_credit_deposit_rate = kt00012

    def kt00013(
        self,
    ) -> Kt00013Response:
        """kt00013 증거금세부내역조회요청 (Margin Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Returns:
            Kt00013Response: 50 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00013).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00013.
        """
        answer = self._call(
            e.KT00013,
            {},
        )
        return cast("Kt00013Response", answer)

    margin_detail = kt00013

    def kt00015(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        tp: codes.ConsignmentTransactionType | str,
        gds_tp: codes.ProductType | str,
        dmst_stex_tp: codes.DomesticExchangeWithAll | str,
        stk_cd: str | None = None,
        crnc_cd: str | None = None,
        frgn_stex_code: str | None = None,
        qry_sort_tp: codes.TransactionSortOrder | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00015Response:
        """kt00015 위탁종합거래내역요청 (Consignment Comprehensive Transaction History).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00015, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            tp: 구분 · code · max 1 · required · codes.ConsignmentTransactionType (17 codes)
            gds_tp: 상품구분 · code · max 1 · required · codes.ProductType: 0 전체, 1 국내주식, 2 수익증권, 3 해외주식, 4 금융상품
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchangeWithAll: % (전체), KRX 한국거래소, NXT 넥스트트레이드
            stk_cd: 종목코드 · text · max 12 · optional
            crnc_cd: 통화코드 · text · max 3 · optional
            frgn_stex_code: 해외거래소코드 · text · max 10 · optional
            qry_sort_tp: 조회정렬구분 · code · max 1 · optional · codes.TransactionSortOrder: 1 최근거래순, 2 과거거래순(미입력시 과거거래순)

        Returns:
            Kt00015Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00015).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00015.
        """
        answer = self._call(
            e.KT00015,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "tp": tp,
                "gds_tp": gds_tp,
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "crnc_cd": crnc_cd,
                "frgn_stex_code": frgn_stex_code,
                "qry_sort_tp": qry_sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00015Response", answer)

    comprehensive_transaction_history = kt00015

    def kt00016(
        self,
        *,
        fr_dt: datetime.date | str,
        to_dt: datetime.date | str,
    ) -> Kt00016Response:
        """kt00016 일별계좌수익률상세현황요청 (Daily Account Return Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            fr_dt: 평가시작일 · date · YYYYMMDD · max 8 · required
            to_dt: 평가종료일 · date · YYYYMMDD · max 8 · required

        Returns:
            Kt00016Response: 39 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00016).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00016.
        """
        answer = self._call(
            e.KT00016,
            {
                "fr_dt": fr_dt,
                "to_dt": to_dt,
            },
        )
        return cast("Kt00016Response", answer)

    daily_account_return_detail = kt00016

    def kt00017(
        self,
    ) -> Kt00017Response:
        """kt00017 계좌별당일현황요청 (Account Today Status).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Returns:
            Kt00017Response: 25 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00017).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00017.
        """
        answer = self._call(
            e.KT00017,
            {},
        )
        return cast("Kt00017Response", answer)

    account_today_status = kt00017

    def kt00018(
        self,
        *,
        qry_tp: codes.BalanceAggregation | str,
        dmst_stex_tp: codes.DomesticExchange | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00018Response:
        """kt00018 계좌평가잔고내역요청 (Account Evaluation Balance Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00018, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.BalanceAggregation: 1 합산, 2 개별
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchange: KRX 한국거래소, NXT 넥스트트레이드

        Returns:
            Kt00018Response: 9 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00018).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00018.
        """
        answer = self._call(
            e.KT00018,
            {
                "qry_tp": qry_tp,
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00018Response", answer)

    account_evaluation_balance = kt00018

    def kt50020(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50020Response:
        """kt50020 금현물 잔고확인 (Gold Spot Balance).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50020, ...)` with this method's arguments, typed as here.

        Returns:
            Kt50020Response: 9 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50020).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50020.
        """
        answer = self._call(
            e.KT50020,
            {},
            cont_yn,
            next_key,
        )
        return cast("Kt50020Response", answer)

    gold_balance = kt50020

    def kt50021(
        self,
    ) -> Kt50021Response:
        """kt50021 금현물 예수금 (Gold Spot Deposit).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Returns:
            Kt50021Response: 14 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50021).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50021.
        """
        answer = self._call(
            e.KT50021,
            {},
        )
        return cast("Kt50021Response", answer)

    gold_deposit = kt50021

    def kt50030(
        self,
        *,
        ord_dt: datetime.date | str,
        mrkt_deal_tp: str,
        stk_bond_tp: codes.StockBondType | str,
        slby_tp: codes.SellBuyWithAll | str,
        qry_tp: codes.OrderListSort | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        dmst_stex_tp: codes.GoldSpotExchangeWithAllAndSor | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50030Response:
        """kt50030 금현물 주문체결전체조회 (Gold Spot All Orders and Executions).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50030, ...)` with this method's arguments, typed as here.

        Args:
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · required
            mrkt_deal_tp: 시장구분 · text · max 1 · required
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            slby_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            qry_tp: 조회구분 · code · max 1 · optional · codes.OrderListSort: 1 주문순, 2 역순
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional
            dmst_stex_tp: 국내거래소구분 · code · max 6 · optional · codes.GoldSpotExchangeWithAllAndSor: % (전체), KRX KRX, NXT NXT, SOR SOR

        Returns:
            Kt50030Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50030).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50030.
        """
        answer = self._call(
            e.KT50030,
            {
                "ord_dt": ord_dt,
                "mrkt_deal_tp": mrkt_deal_tp,
                "stk_bond_tp": stk_bond_tp,
                "slby_tp": slby_tp,
                "qry_tp": qry_tp,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt50030Response", answer)

    gold_all_order_executions = kt50030

    def kt50031(
        self,
        *,
        qry_tp: codes.OrderHistoryQueryType | str,
        stk_bond_tp: codes.StockBondType | str,
        sell_tp: codes.SellBuyWithAll | str,
        dmst_stex_tp: codes.DomesticExchangeWithAllAndSor | str,
        ord_dt: datetime.date | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50031Response:
        """kt50031 금현물 주문체결조회 (Gold Spot Order Executions).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50031, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.OrderHistoryQueryType: 1 주문순, 2 역순, 3 미체결, 4 체결내역만
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchangeWithAllAndSor: % (전체), KRX 한국거래소, NXT 넥스트트레이드, SOR 최선주문집행
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · optional
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional

        Returns:
            Kt50031Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50031).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50031.
        """
        answer = self._call(
            e.KT50031,
            {
                "qry_tp": qry_tp,
                "stk_bond_tp": stk_bond_tp,
                "sell_tp": sell_tp,
                "dmst_stex_tp": dmst_stex_tp,
                "ord_dt": ord_dt,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt50031Response", answer)

    gold_order_executions = kt50031

    def kt50032(
        self,
        *,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        tp: codes.GoldTransactionType | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50032Response:
        """kt50032 금현물 거래내역조회 (Gold Spot Transaction History).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50032, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            tp: 구분 · code · max 1 · optional · codes.GoldTransactionType: 0 전체, 1 입출금, 2 출고, 3 매매, 4 매수, 5 매도, 6 입금, 7 출금
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Kt50032Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50032).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50032.
        """
        answer = self._call(
            e.KT50032,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "tp": tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt50032Response", answer)

    gold_transaction_history = kt50032

    def kt50075(
        self,
        *,
        ord_dt: datetime.date | str,
        mrkt_deal_tp: str,
        stk_bond_tp: codes.StockBondType | str,
        sell_tp: codes.SellBuyWithAll | str,
        qry_tp: codes.OrderListSort | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        dmst_stex_tp: codes.GoldSpotExchangeWithAllAndSor | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50075Response:
        """kt50075 금현물 미체결조회 (Gold Spot Open Orders).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50075, ...)` with this method's arguments, typed as here.

        Args:
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · required
            mrkt_deal_tp: 시장구분 · text · max 1 · required
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            qry_tp: 조회구분 · code · max 1 · optional · codes.OrderListSort: 1 주문순, 2 역순
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional
            dmst_stex_tp: 국내거래소구분 · code · max 6 · optional · codes.GoldSpotExchangeWithAllAndSor: % (전체), KRX KRX, NXT NXT, SOR SOR

        Returns:
            Kt50075Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50075).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50075.
        """
        answer = self._call(
            e.KT50075,
            {
                "ord_dt": ord_dt,
                "mrkt_deal_tp": mrkt_deal_tp,
                "stk_bond_tp": stk_bond_tp,
                "sell_tp": sell_tp,
                "qry_tp": qry_tp,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt50075Response", answer)

    gold_open_orders = kt50075


class AsyncDomesticAcnt(AsyncGroup):
    """domestic / acnt TRs (async)."""

    async def ka00001(
        self,
    ) -> Ka00001Response:
        """ka00001 계좌번호조회 (Account Number Lookup).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Returns:
            Ka00001Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka00001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka00001.
        """
        answer = await self._call(
            e.KA00001,
            {},
        )
        return cast("Ka00001Response", answer)

    account_numbers = ka00001

    async def ka01690(
        self,
        *,
        qry_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka01690Response:
        """ka01690 일별잔고수익률 (Daily Holdings Return).

        POST /api/dostk/acnt · not on the mock server.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka01690, ...)` with this method's arguments, typed as here.

        Args:
            qry_dt: 조회일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka01690Response: 9 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka01690).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka01690.
        """
        answer = await self._call(
            e.KA01690,
            {
                "qry_dt": qry_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka01690Response", answer)

    daily_balance_return = ka01690

    async def ka10072(
        self,
        *,
        strt_dt: datetime.date | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10072Response:
        """ka10072 일자별종목별실현손익요청_일자 (Realized P&L by Stock for a Date).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10072, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            stk_cd: 종목코드 · text · max 6 · optional

        Returns:
            Ka10072Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10072).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10072.
        """
        answer = await self._call(
            e.KA10072,
            {
                "strt_dt": strt_dt,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10072Response", answer)

    daily_stock_realized_pnl_by_date = ka10072

    async def ka10073(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10073Response:
        """ka10073 일자별종목별실현손익요청_기간 (Realized P&L by Stock for a Period).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10073, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            stk_cd: 종목코드 · text · max 6 · optional

        Returns:
            Ka10073Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10073).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10073.
        """
        answer = await self._call(
            e.KA10073,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10073Response", answer)

    daily_stock_realized_pnl_by_period = ka10073

    async def ka10074(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10074Response:
        """ka10074 일자별실현손익요청 (Daily Realized P&L).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10074, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka10074Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10074).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10074.
        """
        answer = await self._call(
            e.KA10074,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10074Response", answer)

    daily_realized_pnl = ka10074

    async def ka10075(
        self,
        *,
        all_stk_tp: codes.AllOrSingleStock | str,
        trde_tp: codes.SellBuyWithAll | str,
        stex_tp: codes.AccountExchangeType | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10075Response:
        """ka10075 미체결요청 (Open (Unfilled) Orders).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10075, ...)` with this method's arguments, typed as here.

        Args:
            all_stk_tp: 전체종목구분 · code · max 1 · required · codes.AllOrSingleStock: 0 전체, 1 종목
            trde_tp: 매매구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            stex_tp: 거래소구분 · code · max 1 · required · codes.AccountExchangeType: 0 통합, 1 KRX, 2 NXT
            stk_cd: 종목코드 · text · max 6 · optional

        Returns:
            Ka10075Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10075).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10075.
        """
        answer = await self._call(
            e.KA10075,
            {
                "all_stk_tp": all_stk_tp,
                "trde_tp": trde_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10075Response", answer)

    open_orders = ka10075

    async def ka10076(
        self,
        *,
        qry_tp: codes.AllOrSingleStock | str,
        sell_tp: codes.SellBuyWithAll | str,
        stex_tp: codes.AccountExchangeType | str,
        stk_cd: str | None = None,
        ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10076Response:
        """ka10076 체결요청 (Filled Orders (Executions)).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10076, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.AllOrSingleStock: 0 전체, 1 종목
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            stex_tp: 거래소구분 · code · max 1 · required · codes.AccountExchangeType: 0 통합, 1 KRX, 2 NXT
            stk_cd: 종목코드 · text · max 6 · optional
            ord_no: 주문번호 · text · max 10 · optional

        Returns:
            Ka10076Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10076).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10076.
        """
        answer = await self._call(
            e.KA10076,
            {
                "qry_tp": qry_tp,
                "sell_tp": sell_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "ord_no": ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10076Response", answer)

    filled_orders = ka10076

    async def ka10077(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10077Response:
        """ka10077 당일실현손익상세요청 (Today's Realized P&L Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10077, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10077Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10077).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10077.
        """
        answer = await self._call(
            e.KA10077,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10077Response", answer)

    today_realized_pnl_detail = ka10077

    async def ka10085(
        self,
        *,
        stex_tp: codes.AccountExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10085Response:
        """ka10085 계좌수익률요청 (Account Return).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10085, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · max 1 · required · codes.AccountExchangeType: 0 통합, 1 KRX, 2 NXT

        Returns:
            Ka10085Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10085).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10085.
        """
        answer = await self._call(
            e.KA10085,
            {
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10085Response", answer)

    account_return = ka10085

    async def ka10088(
        self,
        *,
        ord_no: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10088Response:
        """ka10088 미체결 분할주문 상세 (Open Split Order Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10088, ...)` with this method's arguments, typed as here.

        Args:
            ord_no: 주문번호 · text · max 20 · required

        Returns:
            Ka10088Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10088).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10088.
        """
        answer = await self._call(
            e.KA10088,
            {
                "ord_no": ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10088Response", answer)

    open_split_order_detail = ka10088

    async def ka10170(
        self,
        *,
        ottks_tp: codes.DayTradeSellScope | str,
        ch_crd_tp: codes.CashCreditType | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10170Response:
        """ka10170 당일매매일지요청 (Today's Trading Journal).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10170, ...)` with this method's arguments, typed as here.

        Args:
            ottks_tp: 단주구분 · code · max 1 · required · codes.DayTradeSellScope: 1 당일매수에 대한 당일매도, 2 당일매도 전체
            ch_crd_tp: 현금신용구분 · code · max 1 · required · codes.CashCreditType: 0 전체, 1 현금매매만, 2 신용매매만
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10170Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10170).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10170.
        """
        answer = await self._call(
            e.KA10170,
            {
                "ottks_tp": ottks_tp,
                "ch_crd_tp": ch_crd_tp,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10170Response", answer)

    today_trading_journal = ka10170

    async def kt00001(
        self,
        *,
        qry_tp: codes.DepositQueryType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00001Response:
        """kt00001 예수금상세현황요청 (Deposit Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00001, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.DepositQueryType: 3 추정조회, 2 일반조회

        Returns:
            Kt00001Response: 70 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00001.
        """
        answer = await self._call(
            e.KT00001,
            {
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00001Response", answer)

    deposit_detail = kt00001

    async def kt00002(
        self,
        *,
        start_dt: datetime.date | str,
        end_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00002Response:
        """kt00002 일별추정예탁자산현황요청 (Daily Estimated Deposit Assets).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00002, ...)` with this method's arguments, typed as here.

        Args:
            start_dt: 시작조회기간 · date · YYYYMMDD · max 8 · required
            end_dt: 종료조회기간 · date · YYYYMMDD · max 8 · required

        Returns:
            Kt00002Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00002.
        """
        answer = await self._call(
            e.KT00002,
            {
                "start_dt": start_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00002Response", answer)

    daily_estimated_deposit_assets = kt00002

    async def kt00003(
        self,
        *,
        qry_tp: codes.DelistedFilter | str,
    ) -> Kt00003Response:
        """kt00003 추정자산조회요청 (Estimated Assets).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            qry_tp: 상장폐지조회구분 · code · max 1 · required · codes.DelistedFilter: 0 전체, 1 상장폐지종목제외

        Returns:
            Kt00003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00003.
        """
        answer = await self._call(
            e.KT00003,
            {
                "qry_tp": qry_tp,
            },
        )
        return cast("Kt00003Response", answer)

    estimated_assets = kt00003

    async def kt00004(
        self,
        *,
        qry_tp: codes.DelistedFilter | str,
        dmst_stex_tp: codes.DomesticExchange | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00004Response:
        """kt00004 계좌평가현황요청 (Account Evaluation Status).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00004, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 상장폐지조회구분 · code · max 1 · required · codes.DelistedFilter: 0 전체, 1 상장폐지종목제외
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchange: KRX 한국거래소, NXT 넥스트트레이드

        Returns:
            Kt00004Response: 19 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00004.
        """
        answer = await self._call(
            e.KT00004,
            {
                "qry_tp": qry_tp,
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00004Response", answer)

    account_evaluation = kt00004

    async def kt00005(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchange | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00005Response:
        """kt00005 체결잔고요청 (Execution Balance).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00005, ...)` with this method's arguments, typed as here.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchange: KRX 한국거래소, NXT 넥스트트레이드

        Returns:
            Kt00005Response: 31 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00005.
        """
        answer = await self._call(
            e.KT00005,
            {
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00005Response", answer)

    filled_balance = kt00005

    async def kt00007(
        self,
        *,
        qry_tp: codes.OrderHistoryQueryType | str,
        stk_bond_tp: codes.StockBondType | str,
        sell_tp: codes.SellBuyWithAll | str,
        dmst_stex_tp: codes.DomesticExchangeWithAllAndSor | str,
        ord_dt: datetime.date | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00007Response:
        """kt00007 계좌별주문체결내역상세요청 (Account Order Execution History Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00007, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.OrderHistoryQueryType: 1 주문순, 2 역순, 3 미체결, 4 체결내역만
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchangeWithAllAndSor: % (전체), KRX 한국거래소, NXT 넥스트트레이드, SOR 최선주문집행
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · optional
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional

        Returns:
            Kt00007Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00007.
        """
        answer = await self._call(
            e.KT00007,
            {
                "qry_tp": qry_tp,
                "stk_bond_tp": stk_bond_tp,
                "sell_tp": sell_tp,
                "dmst_stex_tp": dmst_stex_tp,
                "ord_dt": ord_dt,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00007Response", answer)

    account_order_history_detail = kt00007

    async def kt00008(
        self,
        *,
        strt_dcd_seq: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00008Response:
        """kt00008 계좌별익일결제예정내역요청 (Next-Day Settlement Schedule).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00008, ...)` with this method's arguments, typed as here.

        Args:
            strt_dcd_seq: 시작결제번호 · text · max 7 · optional

        Returns:
            Kt00008Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00008.
        """
        answer = await self._call(
            e.KT00008,
            {
                "strt_dcd_seq": strt_dcd_seq,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00008Response", answer)

    next_day_settlement = kt00008

    async def kt00009(
        self,
        *,
        stk_bond_tp: codes.StockBondType | str,
        mrkt_tp: codes.MarketTypeWithOtc | str,
        sell_tp: codes.SellBuyWithAll | str,
        qry_tp: codes.FillFilter | str,
        dmst_stex_tp: codes.DomesticExchangeWithAllAndSor | str,
        ord_dt: datetime.date | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00009Response:
        """kt00009 계좌별주문체결현황요청 (Account Order Execution Status).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00009, ...)` with this method's arguments, typed as here.

        Args:
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            mrkt_tp: 시장구분 · code · max 1 · required · codes.MarketTypeWithOtc: 0 전체, 1 코스피, 2 코스닥, 3 OTCBB, 4 ECN
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            qry_tp: 조회구분 · code · max 1 · required · codes.FillFilter: 0 전체, 1 체결
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchangeWithAllAndSor: % (전체), KRX 한국거래소, NXT 넥스트트레이드, SOR 최선주문집행
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · optional
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional

        Returns:
            Kt00009Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00009.
        """
        answer = await self._call(
            e.KT00009,
            {
                "stk_bond_tp": stk_bond_tp,
                "mrkt_tp": mrkt_tp,
                "sell_tp": sell_tp,
                "qry_tp": qry_tp,
                "dmst_stex_tp": dmst_stex_tp,
                "ord_dt": ord_dt,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00009Response", answer)

    account_order_execution_status = kt00009

    async def kt00010(
        self,
        *,
        stk_cd: str,
        trde_tp: codes.SellBuy | str,
        uv: Decimal | int | str,
        io_amt: int | str | None = None,
        trde_qty: int | str | None = None,
        exp_buy_unp: Decimal | int | str | None = None,
    ) -> Kt00010Response:
        """kt00010 주문인출가능금액요청 (Orderable/Withdrawable Amount).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            stk_cd: 종목번호 · text · max 12 · required
            trde_tp: 매매구분 · code · max 1 · required · codes.SellBuy: 1 매도, 2 매수
            uv: 매수가격 · price · KRW · max 10 · required
            io_amt: 입출금액 · int · KRW · max 12 · optional
            trde_qty: 매매수량 · int · shares · max 10 · optional
            exp_buy_unp: 예상매수단가 · price · KRW · max 10 · optional

        Returns:
            Kt00010Response: 28 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00010.
        """
        answer = await self._call(
            e.KT00010,
            {
                "stk_cd": stk_cd,
                "trde_tp": trde_tp,
                "uv": uv,
                "io_amt": io_amt,
                "trde_qty": trde_qty,
                "exp_buy_unp": exp_buy_unp,
            },
        )
        return cast("Kt00010Response", answer)

    orderable_withdrawable_amount = kt00010

    async def kt00011(
        self,
        *,
        stk_cd: str,
        uv: Decimal | int | str | None = None,
    ) -> Kt00011Response:
        """kt00011 증거금율별주문가능수량조회요청 (Orderable Quantity by Margin Rate).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            stk_cd: 종목번호 · text · max 12 · required
            uv: 매수가격 · price · KRW · max 10 · optional

        Returns:
            Kt00011Response: 36 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00011).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00011.
        """
        answer = await self._call(
            e.KT00011,
            {
                "stk_cd": stk_cd,
                "uv": uv,
            },
        )
        return cast("Kt00011Response", answer)

    orderable_qty_by_margin_rate = kt00011

    async def kt00012(
        self,
        *,
        stk_cd: str,
        uv: Decimal | int | str | None = None,
    ) -> Kt00012Response:
        """kt00012 신용보증금율별주문가능수량조회요청 (Orderable Quantity by Credit Deposit Rate).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            stk_cd: 종목번호 · text · max 12 · required
            uv: 매수가격 · price · KRW · max 10 · optional

        Returns:
            Kt00012Response: 27 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00012.
        """
        answer = await self._call(
            e.KT00012,
            {
                "stk_cd": stk_cd,
                "uv": uv,
            },
        )
        return cast("Kt00012Response", answer)

    orderable_qty_by_credit_deposit_rate = kt00012

    async def kt00013(
        self,
    ) -> Kt00013Response:
        """kt00013 증거금세부내역조회요청 (Margin Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Returns:
            Kt00013Response: 50 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00013).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00013.
        """
        answer = await self._call(
            e.KT00013,
            {},
        )
        return cast("Kt00013Response", answer)

    margin_detail = kt00013

    async def kt00015(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        tp: codes.ConsignmentTransactionType | str,
        gds_tp: codes.ProductType | str,
        dmst_stex_tp: codes.DomesticExchangeWithAll | str,
        stk_cd: str | None = None,
        crnc_cd: str | None = None,
        frgn_stex_code: str | None = None,
        qry_sort_tp: codes.TransactionSortOrder | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00015Response:
        """kt00015 위탁종합거래내역요청 (Consignment Comprehensive Transaction History).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00015, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            tp: 구분 · code · max 1 · required · codes.ConsignmentTransactionType (17 codes)
            gds_tp: 상품구분 · code · max 1 · required · codes.ProductType: 0 전체, 1 국내주식, 2 수익증권, 3 해외주식, 4 금융상품
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchangeWithAll: % (전체), KRX 한국거래소, NXT 넥스트트레이드
            stk_cd: 종목코드 · text · max 12 · optional
            crnc_cd: 통화코드 · text · max 3 · optional
            frgn_stex_code: 해외거래소코드 · text · max 10 · optional
            qry_sort_tp: 조회정렬구분 · code · max 1 · optional · codes.TransactionSortOrder: 1 최근거래순, 2 과거거래순(미입력시 과거거래순)

        Returns:
            Kt00015Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00015).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00015.
        """
        answer = await self._call(
            e.KT00015,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "tp": tp,
                "gds_tp": gds_tp,
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "crnc_cd": crnc_cd,
                "frgn_stex_code": frgn_stex_code,
                "qry_sort_tp": qry_sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00015Response", answer)

    comprehensive_transaction_history = kt00015

    async def kt00016(
        self,
        *,
        fr_dt: datetime.date | str,
        to_dt: datetime.date | str,
    ) -> Kt00016Response:
        """kt00016 일별계좌수익률상세현황요청 (Daily Account Return Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Args:
            fr_dt: 평가시작일 · date · YYYYMMDD · max 8 · required
            to_dt: 평가종료일 · date · YYYYMMDD · max 8 · required

        Returns:
            Kt00016Response: 39 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00016).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00016.
        """
        answer = await self._call(
            e.KT00016,
            {
                "fr_dt": fr_dt,
                "to_dt": to_dt,
            },
        )
        return cast("Kt00016Response", answer)

    daily_account_return_detail = kt00016

    async def kt00017(
        self,
    ) -> Kt00017Response:
        """kt00017 계좌별당일현황요청 (Account Today Status).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Returns:
            Kt00017Response: 25 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00017).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00017.
        """
        answer = await self._call(
            e.KT00017,
            {},
        )
        return cast("Kt00017Response", answer)

    account_today_status = kt00017

    async def kt00018(
        self,
        *,
        qry_tp: codes.BalanceAggregation | str,
        dmst_stex_tp: codes.DomesticExchange | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt00018Response:
        """kt00018 계좌평가잔고내역요청 (Account Evaluation Balance Detail).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt00018, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.BalanceAggregation: 1 합산, 2 개별
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchange: KRX 한국거래소, NXT 넥스트트레이드

        Returns:
            Kt00018Response: 9 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00018).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt00018.
        """
        answer = await self._call(
            e.KT00018,
            {
                "qry_tp": qry_tp,
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt00018Response", answer)

    account_evaluation_balance = kt00018

    async def kt50020(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50020Response:
        """kt50020 금현물 잔고확인 (Gold Spot Balance).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50020, ...)` with this method's arguments, typed as here.

        Returns:
            Kt50020Response: 9 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50020).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50020.
        """
        answer = await self._call(
            e.KT50020,
            {},
            cont_yn,
            next_key,
        )
        return cast("Kt50020Response", answer)

    gold_balance = kt50020

    async def kt50021(
        self,
    ) -> Kt50021Response:
        """kt50021 금현물 예수금 (Gold Spot Deposit).

        POST /api/dostk/acnt · mock server: yes (KRX only).

        Returns:
            Kt50021Response: 14 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50021).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50021.
        """
        answer = await self._call(
            e.KT50021,
            {},
        )
        return cast("Kt50021Response", answer)

    gold_deposit = kt50021

    async def kt50030(
        self,
        *,
        ord_dt: datetime.date | str,
        mrkt_deal_tp: str,
        stk_bond_tp: codes.StockBondType | str,
        slby_tp: codes.SellBuyWithAll | str,
        qry_tp: codes.OrderListSort | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        dmst_stex_tp: codes.GoldSpotExchangeWithAllAndSor | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50030Response:
        """kt50030 금현물 주문체결전체조회 (Gold Spot All Orders and Executions).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50030, ...)` with this method's arguments, typed as here.

        Args:
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · required
            mrkt_deal_tp: 시장구분 · text · max 1 · required
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            slby_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            qry_tp: 조회구분 · code · max 1 · optional · codes.OrderListSort: 1 주문순, 2 역순
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional
            dmst_stex_tp: 국내거래소구분 · code · max 6 · optional · codes.GoldSpotExchangeWithAllAndSor: % (전체), KRX KRX, NXT NXT, SOR SOR

        Returns:
            Kt50030Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50030).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50030.
        """
        answer = await self._call(
            e.KT50030,
            {
                "ord_dt": ord_dt,
                "mrkt_deal_tp": mrkt_deal_tp,
                "stk_bond_tp": stk_bond_tp,
                "slby_tp": slby_tp,
                "qry_tp": qry_tp,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt50030Response", answer)

    gold_all_order_executions = kt50030

    async def kt50031(
        self,
        *,
        qry_tp: codes.OrderHistoryQueryType | str,
        stk_bond_tp: codes.StockBondType | str,
        sell_tp: codes.SellBuyWithAll | str,
        dmst_stex_tp: codes.DomesticExchangeWithAllAndSor | str,
        ord_dt: datetime.date | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50031Response:
        """kt50031 금현물 주문체결조회 (Gold Spot Order Executions).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50031, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.OrderHistoryQueryType: 1 주문순, 2 역순, 3 미체결, 4 체결내역만
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            dmst_stex_tp: 국내거래소구분 · code · max 6 · required · codes.DomesticExchangeWithAllAndSor: % (전체), KRX 한국거래소, NXT 넥스트트레이드, SOR 최선주문집행
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · optional
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional

        Returns:
            Kt50031Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50031).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50031.
        """
        answer = await self._call(
            e.KT50031,
            {
                "qry_tp": qry_tp,
                "stk_bond_tp": stk_bond_tp,
                "sell_tp": sell_tp,
                "dmst_stex_tp": dmst_stex_tp,
                "ord_dt": ord_dt,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt50031Response", answer)

    gold_order_executions = kt50031

    async def kt50032(
        self,
        *,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        tp: codes.GoldTransactionType | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50032Response:
        """kt50032 금현물 거래내역조회 (Gold Spot Transaction History).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50032, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            tp: 구분 · code · max 1 · optional · codes.GoldTransactionType: 0 전체, 1 입출금, 2 출고, 3 매매, 4 매수, 5 매도, 6 입금, 7 출금
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Kt50032Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50032).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50032.
        """
        answer = await self._call(
            e.KT50032,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "tp": tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt50032Response", answer)

    gold_transaction_history = kt50032

    async def kt50075(
        self,
        *,
        ord_dt: datetime.date | str,
        mrkt_deal_tp: str,
        stk_bond_tp: codes.StockBondType | str,
        sell_tp: codes.SellBuyWithAll | str,
        qry_tp: codes.OrderListSort | str | None = None,
        stk_cd: str | None = None,
        fr_ord_no: str | None = None,
        dmst_stex_tp: codes.GoldSpotExchangeWithAllAndSor | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt50075Response:
        """kt50075 금현물 미체결조회 (Gold Spot Open Orders).

        POST /api/dostk/acnt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt50075, ...)` with this method's arguments, typed as here.

        Args:
            ord_dt: 주문일자 · date · YYYYMMDD · max 8 · required
            mrkt_deal_tp: 시장구분 · text · max 1 · required
            stk_bond_tp: 주식채권구분 · code · max 1 · required · codes.StockBondType: 0 전체, 1 주식, 2 채권
            sell_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            qry_tp: 조회구분 · code · max 1 · optional · codes.OrderListSort: 1 주문순, 2 역순
            stk_cd: 종목코드 · text · max 12 · optional
            fr_ord_no: 시작주문번호 · text · max 7 · optional
            dmst_stex_tp: 국내거래소구분 · code · max 6 · optional · codes.GoldSpotExchangeWithAllAndSor: % (전체), KRX KRX, NXT NXT, SOR SOR

        Returns:
            Kt50075Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50075).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50075.
        """
        answer = await self._call(
            e.KT50075,
            {
                "ord_dt": ord_dt,
                "mrkt_deal_tp": mrkt_deal_tp,
                "stk_bond_tp": stk_bond_tp,
                "sell_tp": sell_tp,
                "qry_tp": qry_tp,
                "stk_cd": stk_cd,
                "fr_ord_no": fr_ord_no,
                "dmst_stex_tp": dmst_stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt50075Response", answer)

    gold_open_orders = kt50075
