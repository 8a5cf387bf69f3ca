"""us / acnt: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.us.acnt import (
        Usa21670Response,
        Usa21680Response,
        Usa21690Response,
        Usa21730Response,
        Usa21731Response,
        Usa21732Response,
        Ust21050Response,
        Ust21070Response,
        Ust21100Response,
        Ust21110Response,
        Ust21111Response,
        Ust21120Response,
        Ust21121Response,
        Ust21131Response,
        Ust21132Response,
        Ust21150Response,
        Ust21160Response,
        Ust21170Response,
        Ust21180Response,
        Ust21510Response,
        Ust21530Response,
        Ust21610Response,
        Ust21620Response,
        Ust21630Response,
        Ust21640Response,
        Ust21650Response,
        Ust21660Response,
        Ust21661Response,
    )


class UsAcnt(SyncGroup):
    """us / acnt TRs (sync)."""

    def usa21670(
        self,
        *,
        from_: datetime.date | str,
        to: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21670Response:
        """usa21670 미국주식 일별계좌수익률현황 (US Daily Account Return).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21670, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 일자 · date · YYYYMMDD · required
            to: to 일자 · date · YYYYMMDD · required

        Returns:
            Usa21670Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21670).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21670.
        """
        answer = self._call(
            e.USA21670,
            {
                "from": from_,
                "to": to,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21670Response", answer)

    us_daily_account_return = usa21670

    def usa21680(
        self,
        *,
        from_: str,
        to: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21680Response:
        """usa21680 미국주식 월별계좌수익률현황 (US Monthly Account Return).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21680, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 년월 · text · YYYYMM · required
            to: to 년월 · text · YYYYMM · required

        Returns:
            Usa21680Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21680).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21680.
        """
        answer = self._call(
            e.USA21680,
            {
                "from": from_,
                "to": to,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21680Response", answer)

    us_monthly_account_return = usa21680

    def usa21690(
        self,
        *,
        from_: str,
        to: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21690Response:
        """usa21690 미국주식 연도별계좌수익률현황 (US Yearly Account Return).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21690, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 년도 · text · YYYY · required
            to: to 년도 · text · YYYY · required

        Returns:
            Usa21690Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21690).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21690.
        """
        answer = self._call(
            e.USA21690,
            {
                "from": from_,
                "to": to,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21690Response", answer)

    us_yearly_account_return = usa21690

    def usa21730(
        self,
        *,
        from_: datetime.date | str,
        to: datetime.date | str,
        stk_cd: str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21730Response:
        """usa21730 미국주식 일별종목수익률현황 (US Daily Return by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21730, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 일자 · date · YYYYMMDD · required
            to: to 일자 · date · YYYYMMDD · required
            stk_cd: 종목코드 · text · required
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa21730Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21730).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21730.
        """
        answer = self._call(
            e.USA21730,
            {
                "from": from_,
                "to": to,
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21730Response", answer)

    us_daily_stock_return = usa21730

    def usa21731(
        self,
        *,
        from_: str,
        to: str,
        stk_cd: str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21731Response:
        """usa21731 미국주식 월별종목수익률현황 (US Monthly Return by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21731, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 년월 · text · YYYYMM · required
            to: to 년월 · text · YYYYMM · required
            stk_cd: 종목코드 · text · required
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa21731Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21731).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21731.
        """
        answer = self._call(
            e.USA21731,
            {
                "from": from_,
                "to": to,
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21731Response", answer)

    us_monthly_stock_return = usa21731

    def usa21732(
        self,
        *,
        from_: str,
        to: str,
        stk_cd: str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21732Response:
        """usa21732 미국주식 연도별종목수익률현황 (US Yearly Return by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21732, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 년도 · text · YYYY · required
            to: to 년도 · text · YYYY · required
            stk_cd: 종목코드 · text · required
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa21732Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21732).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21732.
        """
        answer = self._call(
            e.USA21732,
            {
                "from": from_,
                "to": to,
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21732Response", answer)

    us_yearly_stock_return = usa21732

    def ust21050(
        self,
        *,
        ord_dt: datetime.date | str | None = None,
        slby_tp: codes.UsSellBuyWithAll | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21050Response:
        """ust21050 미국주식 원장 미체결 (US Ledger Open Orders).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21050, ...)` with this method's arguments, typed as here.

        Args:
            ord_dt: 주문일자 · date · max 8 · optional
            slby_tp: 매도매수구분 · code · max 1 · optional · codes.UsSellBuyWithAll: 0 전체(기본값), 1 매도, 2 매수
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21050Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21050).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21050.
        """
        answer = self._call(
            e.UST21050,
            {
                "ord_dt": ord_dt,
                "slby_tp": slby_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21050Response", answer)

    us_open_orders = ust21050

    def ust21070(
        self,
        *,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21070Response:
        """ust21070 미국주식 원장잔고확인 (US Ledger Balance).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21070, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21070Response: 15 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21070).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21070.
        """
        answer = self._call(
            e.UST21070,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21070Response", answer)

    us_balance = ust21070

    def ust21100(
        self,
        *,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        tp: codes.UsTransactionType | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        krw_repl_skip_yn: codes.KrwSubstituteExclusion | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21100Response:
        """ust21100 미국주식 거래내역 (US Transaction History).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21100, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            tp: 구분 · code · max 1 · optional · codes.UsTransactionType (16 codes)
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional
            krw_repl_skip_yn: 원화대용입출금제외여부 · code · max 1 · optional · codes.KrwSubstituteExclusion: Y 제외, N 비제외

        Returns:
            Ust21100Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21100.
        """
        answer = self._call(
            e.UST21100,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "tp": tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "krw_repl_skip_yn": krw_repl_skip_yn,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21100Response", answer)

    us_transaction_history = ust21100

    def ust21110(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21110Response:
        """ust21110 해외주식 예수금 (Overseas Stock Deposit).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21110, ...)` with this method's arguments, typed as here.

        Returns:
            Ust21110Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21110).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21110.
        """
        answer = self._call(
            e.UST21110,
            {},
            cont_yn,
            next_key,
        )
        return cast("Ust21110Response", answer)

    us_deposit = ust21110

    def ust21111(
        self,
    ) -> Ust21111Response:
        """ust21111 원화출금가능 금액 조회(원화대용 포함) (KRW Withdrawable Amount (Incl. KRW Substitute)).

        POST /api/us/acnt · mock server: yes.

        Returns:
            Ust21111Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21111).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21111.
        """
        answer = self._call(
            e.UST21111,
            {},
        )
        return cast("Ust21111Response", answer)

    us_krw_withdrawable_amount = ust21111

    def ust21120(
        self,
        *,
        cmsn_incl_tp: codes.IncludeFlag | str | None = None,
        exrt_tp: codes.ExchangeRateType | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21120Response:
        """ust21120 통화별 예수금 및 증권 평가금현황 (Deposit and Securities Valuation by Currency).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21120, ...)` with this method's arguments, typed as here.

        Args:
            cmsn_incl_tp: 수수료포함구분 · code · max 1 · optional · codes.IncludeFlag: 0 미포함, 1 포함
            exrt_tp: 환율구분 · code · max 1 · optional · codes.ExchangeRateType: 0 기준환율, 1 계좌적용환율, 2 전일최종환율

        Returns:
            Ust21120Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21120).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21120.
        """
        answer = self._call(
            e.UST21120,
            {
                "cmsn_incl_tp": cmsn_incl_tp,
                "exrt_tp": exrt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21120Response", answer)

    us_currency_deposit_evaluation = ust21120

    def ust21121(
        self,
        *,
        cmsn_incl_tp: codes.IncludeFlag | str | None = None,
        exrt_tp: codes.ExchangeRateType | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21121Response:
        """ust21121 해외증권 원장 평가금액현황 (Overseas Securities Ledger Valuation).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21121, ...)` with this method's arguments, typed as here.

        Args:
            cmsn_incl_tp: 수수료포함구분 · code · max 1 · optional · codes.IncludeFlag: 0 미포함, 1 포함
            exrt_tp: 환율구분 · code · max 1 · optional · codes.ExchangeRateType: 0 기준환율, 1 계좌적용환율, 2 전일최종환율

        Returns:
            Ust21121Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21121).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21121.
        """
        answer = self._call(
            e.UST21121,
            {
                "cmsn_incl_tp": cmsn_incl_tp,
                "exrt_tp": exrt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21121Response", answer)

    us_ledger_evaluation = ust21121

    def ust21131(
        self,
        *,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21131Response:
        """ust21131 해외증권 특정일 평가금액 (Overseas Securities Valuation on Date).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21131, ...)` with this method's arguments, typed as here.

        Args:
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ust21131Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21131).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21131.
        """
        answer = self._call(
            e.UST21131,
            {
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21131Response", answer)

    us_evaluation_on_date = ust21131

    def ust21132(
        self,
        *,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21132Response:
        """ust21132 특정일 통화별 예수금 및 증권 평가금 (Deposit and Valuation by Currency on Date).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21132, ...)` with this method's arguments, typed as here.

        Args:
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ust21132Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21132).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21132.
        """
        answer = self._call(
            e.UST21132,
            {
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21132Response", answer)

    us_currency_deposit_evaluation_on_date = ust21132

    def ust21150(
        self,
        *,
        query_tp: codes.UsOrderHistoryQueryType | str,
        slby_tp: codes.SellBuyWithAll | str,
        ord_dt: datetime.date | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        oppo_trde_tp: codes.ForcedLiquidationType | str | None = None,
        fr_ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21150Response:
        """ust21150 미국주식 일별 주문체결내역 (US Daily Order Executions).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21150, ...)` with this method's arguments, typed as here.

        Args:
            query_tp: 조회구분 · code · max 1 · required · codes.UsOrderHistoryQueryType: 1 주문순, 2 주문역순, 3 미체결주문순, 4 미체결역순, 5 체결주문순, 6 체결역순
            slby_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            ord_dt: 주문일자 · date · max 8 · optional
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional
            oppo_trde_tp: 반대매매구분 · code · max 1 · optional · codes.ForcedLiquidationType: % 전체, 0 일반, 1 반대매매
            fr_ord_no: 시작주문번호 · text · max 9 · optional

        Returns:
            Ust21150Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21150).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21150.
        """
        answer = self._call(
            e.UST21150,
            {
                "query_tp": query_tp,
                "slby_tp": slby_tp,
                "ord_dt": ord_dt,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "oppo_trde_tp": oppo_trde_tp,
                "fr_ord_no": fr_ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21150Response", answer)

    us_daily_order_executions = ust21150

    def ust21160(
        self,
    ) -> Ust21160Response:
        """ust21160 미국주식 예수금 상세 (US Deposit Detail).

        POST /api/us/acnt · mock server: yes.

        Returns:
            Ust21160Response: 32 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21160).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21160.
        """
        answer = self._call(
            e.UST21160,
            {},
        )
        return cast("Ust21160Response", answer)

    us_deposit_detail = ust21160

    def ust21170(
        self,
        *,
        fc_krw_tp: codes.CurrencyBasis | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21170Response:
        """ust21170 미국주식 당일 종목별 실현손익 (US Today's Realized P&L by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21170, ...)` with this method's arguments, typed as here.

        Args:
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화

        Returns:
            Ust21170Response: 8 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21170).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21170.
        """
        answer = self._call(
            e.UST21170,
            {
                "fc_krw_tp": fc_krw_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21170Response", answer)

    us_today_realized_pnl_by_stock = ust21170

    def ust21180(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        slby_tp: codes.UsSellBuyWithAll | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        oppo_trde_tp: codes.ForcedLiquidationType | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21180Response:
        """ust21180 미국주식 기간별 주문내역 (US Order History by Period).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21180, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작주문일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료주문일자 · date · YYYYMMDD · max 8 · required
            slby_tp: 매도수구분 · code · max 1 · optional · codes.UsSellBuyWithAll: 0 전체(기본값), 1 매도, 2 매수
            stex_tp: 거래소구분 · code · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional
            oppo_trde_tp: 반대매매구분 · code · max 1 · optional · codes.ForcedLiquidationType: % 전체, 0 일반, 1 반대매매

        Returns:
            Ust21180Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21180).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21180.
        """
        answer = self._call(
            e.UST21180,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "slby_tp": slby_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "oppo_trde_tp": oppo_trde_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21180Response", answer)

    us_period_order_history = ust21180

    def ust21510(
        self,
        *,
        slby_tp: codes.SellBuyWithAll | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21510Response:
        """ust21510 미국주식 당일 주문체결 확인 (US Today's Order Executions).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21510, ...)` with this method's arguments, typed as here.

        Args:
            slby_tp: 매도매수구분 · code · max 1 · optional · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21510Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21510).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21510.
        """
        answer = self._call(
            e.UST21510,
            {
                "slby_tp": slby_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21510Response", answer)

    us_today_order_executions = ust21510

    def ust21530(
        self,
        *,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        fc_krw_tp: codes.CurrencyBasis | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21530Response:
        """ust21530 미국주식 실현손익 (US Realized P&L).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21530, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            fc_krw_tp: 외화원화구분 · code · max 1 · optional · codes.CurrencyBasis: 0 외화, 1 원화

        Returns:
            Ust21530Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21530).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21530.
        """
        answer = self._call(
            e.UST21530,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "fc_krw_tp": fc_krw_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21530Response", answer)

    us_realized_pnl = ust21530

    def ust21610(
        self,
        *,
        qry_tp: codes.UsDayTradeSellScope | str,
        fc_krw_tp: codes.CurrencyBasis | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21610Response:
        """ust21610 미국주식 당일매매 (US Today's Trades).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21610, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.UsDayTradeSellScope: 0 당일매수에대한당일매도, 1 당일매도전체
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ust21610Response: 8 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21610).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21610.
        """
        answer = self._call(
            e.UST21610,
            {
                "qry_tp": qry_tp,
                "fc_krw_tp": fc_krw_tp,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21610Response", answer)

    us_today_trades = ust21610

    def ust21620(
        self,
        *,
        fc_krw_tp: codes.CurrencyBasis | str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21620Response:
        """ust21620 미국주식 당일매매정리 (US Today's Trade Summary).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21620, ...)` with this method's arguments, typed as here.

        Args:
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21620Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21620).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21620.
        """
        answer = self._call(
            e.UST21620,
            {
                "fc_krw_tp": fc_krw_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21620Response", answer)

    us_today_trade_summary = ust21620

    def ust21630(
        self,
        *,
        fc_krw_tp: codes.CurrencyBasis | str,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21630Response:
        """ust21630 미국주식 당일 실현손익 (US Today's Realized P&L).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21630, ...)` with this method's arguments, typed as here.

        Args:
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화
            stex_tp: 거래소구분 · code · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21630Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21630).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21630.
        """
        answer = self._call(
            e.UST21630,
            {
                "fc_krw_tp": fc_krw_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21630Response", answer)

    us_today_realized_pnl = ust21630

    def ust21640(
        self,
        *,
        cntr_dt: datetime.date | str,
        fc_krw_tp: codes.CurrencyBasis | str,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21640Response:
        """ust21640 미국주식 일별 종목별 실현손익 (US Daily Realized P&L by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21640, ...)` with this method's arguments, typed as here.

        Args:
            cntr_dt: 체결일자 · date · YYYYMMDD · max 8 · required
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화
            stex_tp: 거래소구분 · code · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21640Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21640).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21640.
        """
        answer = self._call(
            e.UST21640,
            {
                "cntr_dt": cntr_dt,
                "fc_krw_tp": fc_krw_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21640Response", answer)

    us_daily_realized_pnl_by_stock = ust21640

    def ust21650(
        self,
        *,
        fr_dt: datetime.date | str | None = None,
        to_dt: datetime.date | str | None = None,
    ) -> Ust21650Response:
        """ust21650 미국주식 기간별 수익률 현황 (US Return by Period).

        POST /api/us/acnt · mock server: yes.

        Args:
            fr_dt: 조회시작일자 · date · YYYYMMDD · max 8 · optional
            to_dt: 조회종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ust21650Response: 27 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21650).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21650.
        """
        answer = self._call(
            e.UST21650,
            {
                "fr_dt": fr_dt,
                "to_dt": to_dt,
            },
        )
        return cast("Ust21650Response", answer)

    us_period_return = ust21650

    def ust21660(
        self,
        *,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21660Response:
        """ust21660 미국주식 일별 실현손익 (US Daily Realized P&L).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21660, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ust21660Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21660).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21660.
        """
        answer = self._call(
            e.UST21660,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21660Response", answer)

    us_daily_realized_pnl = ust21660

    def ust21661(
        self,
        *,
        strt_dt: str | None = None,
        end_dt: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21661Response:
        """ust21661 미국주식 월별 실현손익 (US Monthly Realized P&L).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21661, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · text · YYYYMM · max 6 · optional
            end_dt: 종료일자 · text · YYYYMM · max 6 · optional

        Returns:
            Ust21661Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21661).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21661.
        """
        answer = self._call(
            e.UST21661,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21661Response", answer)

    us_monthly_realized_pnl = ust21661


class AsyncUsAcnt(AsyncGroup):
    """us / acnt TRs (async)."""

    async def usa21670(
        self,
        *,
        from_: datetime.date | str,
        to: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21670Response:
        """usa21670 미국주식 일별계좌수익률현황 (US Daily Account Return).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21670, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 일자 · date · YYYYMMDD · required
            to: to 일자 · date · YYYYMMDD · required

        Returns:
            Usa21670Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21670).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21670.
        """
        answer = await self._call(
            e.USA21670,
            {
                "from": from_,
                "to": to,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21670Response", answer)

    us_daily_account_return = usa21670

    async def usa21680(
        self,
        *,
        from_: str,
        to: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21680Response:
        """usa21680 미국주식 월별계좌수익률현황 (US Monthly Account Return).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21680, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 년월 · text · YYYYMM · required
            to: to 년월 · text · YYYYMM · required

        Returns:
            Usa21680Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21680).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21680.
        """
        answer = await self._call(
            e.USA21680,
            {
                "from": from_,
                "to": to,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21680Response", answer)

    us_monthly_account_return = usa21680

    async def usa21690(
        self,
        *,
        from_: str,
        to: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21690Response:
        """usa21690 미국주식 연도별계좌수익률현황 (US Yearly Account Return).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21690, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 년도 · text · YYYY · required
            to: to 년도 · text · YYYY · required

        Returns:
            Usa21690Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21690).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21690.
        """
        answer = await self._call(
            e.USA21690,
            {
                "from": from_,
                "to": to,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21690Response", answer)

    us_yearly_account_return = usa21690

    async def usa21730(
        self,
        *,
        from_: datetime.date | str,
        to: datetime.date | str,
        stk_cd: str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21730Response:
        """usa21730 미국주식 일별종목수익률현황 (US Daily Return by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21730, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 일자 · date · YYYYMMDD · required
            to: to 일자 · date · YYYYMMDD · required
            stk_cd: 종목코드 · text · required
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa21730Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21730).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21730.
        """
        answer = await self._call(
            e.USA21730,
            {
                "from": from_,
                "to": to,
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21730Response", answer)

    us_daily_stock_return = usa21730

    async def usa21731(
        self,
        *,
        from_: str,
        to: str,
        stk_cd: str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21731Response:
        """usa21731 미국주식 월별종목수익률현황 (US Monthly Return by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21731, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 년월 · text · YYYYMM · required
            to: to 년월 · text · YYYYMM · required
            stk_cd: 종목코드 · text · required
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa21731Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21731).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21731.
        """
        answer = await self._call(
            e.USA21731,
            {
                "from": from_,
                "to": to,
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21731Response", answer)

    us_monthly_stock_return = usa21731

    async def usa21732(
        self,
        *,
        from_: str,
        to: str,
        stk_cd: str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa21732Response:
        """usa21732 미국주식 연도별종목수익률현황 (US Yearly Return by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa21732, ...)` with this method's arguments, typed as here.

        Args:
            from_: from 년도 · text · YYYY · required
            to: to 년도 · text · YYYY · required
            stk_cd: 종목코드 · text · required
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa21732Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21732).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa21732.
        """
        answer = await self._call(
            e.USA21732,
            {
                "from": from_,
                "to": to,
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa21732Response", answer)

    us_yearly_stock_return = usa21732

    async def ust21050(
        self,
        *,
        ord_dt: datetime.date | str | None = None,
        slby_tp: codes.UsSellBuyWithAll | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21050Response:
        """ust21050 미국주식 원장 미체결 (US Ledger Open Orders).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21050, ...)` with this method's arguments, typed as here.

        Args:
            ord_dt: 주문일자 · date · max 8 · optional
            slby_tp: 매도매수구분 · code · max 1 · optional · codes.UsSellBuyWithAll: 0 전체(기본값), 1 매도, 2 매수
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21050Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21050).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21050.
        """
        answer = await self._call(
            e.UST21050,
            {
                "ord_dt": ord_dt,
                "slby_tp": slby_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21050Response", answer)

    us_open_orders = ust21050

    async def ust21070(
        self,
        *,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21070Response:
        """ust21070 미국주식 원장잔고확인 (US Ledger Balance).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21070, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21070Response: 15 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21070).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21070.
        """
        answer = await self._call(
            e.UST21070,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21070Response", answer)

    us_balance = ust21070

    async def ust21100(
        self,
        *,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        tp: codes.UsTransactionType | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        krw_repl_skip_yn: codes.KrwSubstituteExclusion | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21100Response:
        """ust21100 미국주식 거래내역 (US Transaction History).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21100, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            tp: 구분 · code · max 1 · optional · codes.UsTransactionType (16 codes)
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional
            krw_repl_skip_yn: 원화대용입출금제외여부 · code · max 1 · optional · codes.KrwSubstituteExclusion: Y 제외, N 비제외

        Returns:
            Ust21100Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21100.
        """
        answer = await self._call(
            e.UST21100,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "tp": tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "krw_repl_skip_yn": krw_repl_skip_yn,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21100Response", answer)

    us_transaction_history = ust21100

    async def ust21110(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21110Response:
        """ust21110 해외주식 예수금 (Overseas Stock Deposit).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21110, ...)` with this method's arguments, typed as here.

        Returns:
            Ust21110Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21110).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21110.
        """
        answer = await self._call(
            e.UST21110,
            {},
            cont_yn,
            next_key,
        )
        return cast("Ust21110Response", answer)

    us_deposit = ust21110

    async def ust21111(
        self,
    ) -> Ust21111Response:
        """ust21111 원화출금가능 금액 조회(원화대용 포함) (KRW Withdrawable Amount (Incl. KRW Substitute)).

        POST /api/us/acnt · mock server: yes.

        Returns:
            Ust21111Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21111).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21111.
        """
        answer = await self._call(
            e.UST21111,
            {},
        )
        return cast("Ust21111Response", answer)

    us_krw_withdrawable_amount = ust21111

    async def ust21120(
        self,
        *,
        cmsn_incl_tp: codes.IncludeFlag | str | None = None,
        exrt_tp: codes.ExchangeRateType | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21120Response:
        """ust21120 통화별 예수금 및 증권 평가금현황 (Deposit and Securities Valuation by Currency).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21120, ...)` with this method's arguments, typed as here.

        Args:
            cmsn_incl_tp: 수수료포함구분 · code · max 1 · optional · codes.IncludeFlag: 0 미포함, 1 포함
            exrt_tp: 환율구분 · code · max 1 · optional · codes.ExchangeRateType: 0 기준환율, 1 계좌적용환율, 2 전일최종환율

        Returns:
            Ust21120Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21120).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21120.
        """
        answer = await self._call(
            e.UST21120,
            {
                "cmsn_incl_tp": cmsn_incl_tp,
                "exrt_tp": exrt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21120Response", answer)

    us_currency_deposit_evaluation = ust21120

    async def ust21121(
        self,
        *,
        cmsn_incl_tp: codes.IncludeFlag | str | None = None,
        exrt_tp: codes.ExchangeRateType | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21121Response:
        """ust21121 해외증권 원장 평가금액현황 (Overseas Securities Ledger Valuation).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21121, ...)` with this method's arguments, typed as here.

        Args:
            cmsn_incl_tp: 수수료포함구분 · code · max 1 · optional · codes.IncludeFlag: 0 미포함, 1 포함
            exrt_tp: 환율구분 · code · max 1 · optional · codes.ExchangeRateType: 0 기준환율, 1 계좌적용환율, 2 전일최종환율

        Returns:
            Ust21121Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21121).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21121.
        """
        answer = await self._call(
            e.UST21121,
            {
                "cmsn_incl_tp": cmsn_incl_tp,
                "exrt_tp": exrt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21121Response", answer)

    us_ledger_evaluation = ust21121

    async def ust21131(
        self,
        *,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21131Response:
        """ust21131 해외증권 특정일 평가금액 (Overseas Securities Valuation on Date).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21131, ...)` with this method's arguments, typed as here.

        Args:
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ust21131Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21131).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21131.
        """
        answer = await self._call(
            e.UST21131,
            {
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21131Response", answer)

    us_evaluation_on_date = ust21131

    async def ust21132(
        self,
        *,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21132Response:
        """ust21132 특정일 통화별 예수금 및 증권 평가금 (Deposit and Valuation by Currency on Date).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21132, ...)` with this method's arguments, typed as here.

        Args:
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ust21132Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21132).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21132.
        """
        answer = await self._call(
            e.UST21132,
            {
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21132Response", answer)

    us_currency_deposit_evaluation_on_date = ust21132

    async def ust21150(
        self,
        *,
        query_tp: codes.UsOrderHistoryQueryType | str,
        slby_tp: codes.SellBuyWithAll | str,
        ord_dt: datetime.date | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        oppo_trde_tp: codes.ForcedLiquidationType | str | None = None,
        fr_ord_no: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21150Response:
        """ust21150 미국주식 일별 주문체결내역 (US Daily Order Executions).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21150, ...)` with this method's arguments, typed as here.

        Args:
            query_tp: 조회구분 · code · max 1 · required · codes.UsOrderHistoryQueryType: 1 주문순, 2 주문역순, 3 미체결주문순, 4 미체결역순, 5 체결주문순, 6 체결역순
            slby_tp: 매도수구분 · code · max 1 · required · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            ord_dt: 주문일자 · date · max 8 · optional
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional
            oppo_trde_tp: 반대매매구분 · code · max 1 · optional · codes.ForcedLiquidationType: % 전체, 0 일반, 1 반대매매
            fr_ord_no: 시작주문번호 · text · max 9 · optional

        Returns:
            Ust21150Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21150).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21150.
        """
        answer = await self._call(
            e.UST21150,
            {
                "query_tp": query_tp,
                "slby_tp": slby_tp,
                "ord_dt": ord_dt,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "oppo_trde_tp": oppo_trde_tp,
                "fr_ord_no": fr_ord_no,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21150Response", answer)

    us_daily_order_executions = ust21150

    async def ust21160(
        self,
    ) -> Ust21160Response:
        """ust21160 미국주식 예수금 상세 (US Deposit Detail).

        POST /api/us/acnt · mock server: yes.

        Returns:
            Ust21160Response: 32 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21160).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21160.
        """
        answer = await self._call(
            e.UST21160,
            {},
        )
        return cast("Ust21160Response", answer)

    us_deposit_detail = ust21160

    async def ust21170(
        self,
        *,
        fc_krw_tp: codes.CurrencyBasis | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21170Response:
        """ust21170 미국주식 당일 종목별 실현손익 (US Today's Realized P&L by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21170, ...)` with this method's arguments, typed as here.

        Args:
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화

        Returns:
            Ust21170Response: 8 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21170).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21170.
        """
        answer = await self._call(
            e.UST21170,
            {
                "fc_krw_tp": fc_krw_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21170Response", answer)

    us_today_realized_pnl_by_stock = ust21170

    async def ust21180(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        slby_tp: codes.UsSellBuyWithAll | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        oppo_trde_tp: codes.ForcedLiquidationType | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21180Response:
        """ust21180 미국주식 기간별 주문내역 (US Order History by Period).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21180, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작주문일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료주문일자 · date · YYYYMMDD · max 8 · required
            slby_tp: 매도수구분 · code · max 1 · optional · codes.UsSellBuyWithAll: 0 전체(기본값), 1 매도, 2 매수
            stex_tp: 거래소구분 · code · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional
            oppo_trde_tp: 반대매매구분 · code · max 1 · optional · codes.ForcedLiquidationType: % 전체, 0 일반, 1 반대매매

        Returns:
            Ust21180Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21180).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21180.
        """
        answer = await self._call(
            e.UST21180,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "slby_tp": slby_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "oppo_trde_tp": oppo_trde_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21180Response", answer)

    us_period_order_history = ust21180

    async def ust21510(
        self,
        *,
        slby_tp: codes.SellBuyWithAll | str | None = None,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21510Response:
        """ust21510 미국주식 당일 주문체결 확인 (US Today's Order Executions).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21510, ...)` with this method's arguments, typed as here.

        Args:
            slby_tp: 매도매수구분 · code · max 1 · optional · codes.SellBuyWithAll: 0 전체, 1 매도, 2 매수
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21510Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21510).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21510.
        """
        answer = await self._call(
            e.UST21510,
            {
                "slby_tp": slby_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21510Response", answer)

    us_today_order_executions = ust21510

    async def ust21530(
        self,
        *,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        fc_krw_tp: codes.CurrencyBasis | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21530Response:
        """ust21530 미국주식 실현손익 (US Realized P&L).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21530, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            fc_krw_tp: 외화원화구분 · code · max 1 · optional · codes.CurrencyBasis: 0 외화, 1 원화

        Returns:
            Ust21530Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21530).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21530.
        """
        answer = await self._call(
            e.UST21530,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "fc_krw_tp": fc_krw_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21530Response", answer)

    us_realized_pnl = ust21530

    async def ust21610(
        self,
        *,
        qry_tp: codes.UsDayTradeSellScope | str,
        fc_krw_tp: codes.CurrencyBasis | str,
        base_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21610Response:
        """ust21610 미국주식 당일매매 (US Today's Trades).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21610, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · max 1 · required · codes.UsDayTradeSellScope: 0 당일매수에대한당일매도, 1 당일매도전체
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ust21610Response: 8 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21610).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21610.
        """
        answer = await self._call(
            e.UST21610,
            {
                "qry_tp": qry_tp,
                "fc_krw_tp": fc_krw_tp,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21610Response", answer)

    us_today_trades = ust21610

    async def ust21620(
        self,
        *,
        fc_krw_tp: codes.CurrencyBasis | str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21620Response:
        """ust21620 미국주식 당일매매정리 (US Today's Trade Summary).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21620, ...)` with this method's arguments, typed as here.

        Args:
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21620Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21620).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21620.
        """
        answer = await self._call(
            e.UST21620,
            {
                "fc_krw_tp": fc_krw_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21620Response", answer)

    us_today_trade_summary = ust21620

    async def ust21630(
        self,
        *,
        fc_krw_tp: codes.CurrencyBasis | str,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21630Response:
        """ust21630 미국주식 당일 실현손익 (US Today's Realized P&L).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21630, ...)` with this method's arguments, typed as here.

        Args:
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화
            stex_tp: 거래소구분 · code · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21630Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21630).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21630.
        """
        answer = await self._call(
            e.UST21630,
            {
                "fc_krw_tp": fc_krw_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21630Response", answer)

    us_today_realized_pnl = ust21630

    async def ust21640(
        self,
        *,
        cntr_dt: datetime.date | str,
        fc_krw_tp: codes.CurrencyBasis | str,
        stex_tp: codes.UsExchange | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21640Response:
        """ust21640 미국주식 일별 종목별 실현손익 (US Daily Realized P&L by Stock).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21640, ...)` with this method's arguments, typed as here.

        Args:
            cntr_dt: 체결일자 · date · YYYYMMDD · max 8 · required
            fc_krw_tp: 외화원화구분 · code · max 1 · required · codes.CurrencyBasis: 0 외화, 1 원화
            stex_tp: 거래소구분 · code · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Ust21640Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21640).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21640.
        """
        answer = await self._call(
            e.UST21640,
            {
                "cntr_dt": cntr_dt,
                "fc_krw_tp": fc_krw_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21640Response", answer)

    us_daily_realized_pnl_by_stock = ust21640

    async def ust21650(
        self,
        *,
        fr_dt: datetime.date | str | None = None,
        to_dt: datetime.date | str | None = None,
    ) -> Ust21650Response:
        """ust21650 미국주식 기간별 수익률 현황 (US Return by Period).

        POST /api/us/acnt · mock server: yes.

        Args:
            fr_dt: 조회시작일자 · date · YYYYMMDD · max 8 · optional
            to_dt: 조회종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ust21650Response: 27 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21650).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21650.
        """
        answer = await self._call(
            e.UST21650,
            {
                "fr_dt": fr_dt,
                "to_dt": to_dt,
            },
        )
        return cast("Ust21650Response", answer)

    us_period_return = ust21650

    async def ust21660(
        self,
        *,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21660Response:
        """ust21660 미국주식 일별 실현손익 (US Daily Realized P&L).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21660, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ust21660Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21660).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21660.
        """
        answer = await self._call(
            e.UST21660,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21660Response", answer)

    us_daily_realized_pnl = ust21660

    async def ust21661(
        self,
        *,
        strt_dt: str | None = None,
        end_dt: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ust21661Response:
        """ust21661 미국주식 월별 실현손익 (US Monthly Realized P&L).

        POST /api/us/acnt · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ust21661, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · text · YYYYMM · max 6 · optional
            end_dt: 종료일자 · text · YYYYMM · max 6 · optional

        Returns:
            Ust21661Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21661).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust21661.
        """
        answer = await self._call(
            e.UST21661,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ust21661Response", answer)

    us_monthly_realized_pnl = ust21661
