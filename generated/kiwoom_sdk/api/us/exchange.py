"""us / exchange: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.us.exchange import (
        Ust31300Response,
        Ust31301Response,
        Ust31302Response,
    )


class UsExchange(SyncGroup):
    """us / exchange TRs (sync)."""

    def ust31300(
        self,
        *,
        exch_tp: codes.CurrencyExchangeDirection | str,
        fc_exmn_amt: Decimal | int | str | None = None,
    ) -> Ust31300Response:
        """ust31300 환전 예상 금액 조회 (Currency Exchange Estimate).

        POST /api/us/exchange · mock server: yes.

        Args:
            exch_tp: 환전구분 · code · max 1 · required · codes.CurrencyExchangeDirection: 1 원화(KRW)->달러(USD), 2 달러(USD)->원화(KRW)
            fc_exmn_amt: 매도통화기준 환전금액 · decimal · KRW when exch_tp=1, USD when exch_tp=2 · max 12 · optional
            fc_exmn_amt: at least 0.

        Returns:
            Ust31300Response: 20 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31300).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust31300.
        """
        answer = self._call(
            e.UST31300,
            {
                "exch_tp": exch_tp,
                "fc_exmn_amt": fc_exmn_amt,
            },
        )
        return cast("Ust31300Response", answer)

    us_currency_exchange_estimate = ust31300

    def ust31301(
        self,
        *,
        exch_tp: codes.CurrencyExchangeDirection | str,
    ) -> Ust31301Response:
        """ust31301 환율 조회 (Exchange Rate Lookup).

        POST /api/us/exchange · mock server: yes.

        Args:
            exch_tp: 환전구분 · code · max 1 · required · codes.CurrencyExchangeDirection: 1 원화(KRW)->달러(USD), 2 달러(USD)->원화(KRW)

        Returns:
            Ust31301Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31301).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust31301.
        """
        answer = self._call(
            e.UST31301,
            {
                "exch_tp": exch_tp,
            },
        )
        return cast("Ust31301Response", answer)

    us_exchange_rate = ust31301

    def ust31302(
        self,
        *,
        exch_tp: codes.CurrencyExchangeDirection | str,
        fc_exmn_amt: Decimal | int | str,
    ) -> Ust31302Response:
        """ust31302 환전 신청 (Currency Exchange Request).

        POST /api/us/exchange · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21100 / ust21120.

        Args:
            exch_tp: 환전구분 · code · max 1 · required · codes.CurrencyExchangeDirection: 1 원화(KRW)->달러(USD), 2 달러(USD)->원화(KRW)
            fc_exmn_amt: 매도통화기준 환전금액 · decimal · KRW when exch_tp=1, USD when exch_tp=2 · max 12 · required
            fc_exmn_amt: at least 0.

        Returns:
            Ust31302Response: 28 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31302).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21100 / ust21120.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust31302.
        """
        answer = self._call(
            e.UST31302,
            {
                "exch_tp": exch_tp,
                "fc_exmn_amt": fc_exmn_amt,
            },
        )
        return cast("Ust31302Response", answer)

    us_currency_exchange = ust31302


class AsyncUsExchange(AsyncGroup):
    """us / exchange TRs (async)."""

    async def ust31300(
        self,
        *,
        exch_tp: codes.CurrencyExchangeDirection | str,
        fc_exmn_amt: Decimal | int | str | None = None,
    ) -> Ust31300Response:
        """ust31300 환전 예상 금액 조회 (Currency Exchange Estimate).

        POST /api/us/exchange · mock server: yes.

        Args:
            exch_tp: 환전구분 · code · max 1 · required · codes.CurrencyExchangeDirection: 1 원화(KRW)->달러(USD), 2 달러(USD)->원화(KRW)
            fc_exmn_amt: 매도통화기준 환전금액 · decimal · KRW when exch_tp=1, USD when exch_tp=2 · max 12 · optional
            fc_exmn_amt: at least 0.

        Returns:
            Ust31300Response: 20 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31300).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust31300.
        """
        answer = await self._call(
            e.UST31300,
            {
                "exch_tp": exch_tp,
                "fc_exmn_amt": fc_exmn_amt,
            },
        )
        return cast("Ust31300Response", answer)

    us_currency_exchange_estimate = ust31300

    async def ust31301(
        self,
        *,
        exch_tp: codes.CurrencyExchangeDirection | str,
    ) -> Ust31301Response:
        """ust31301 환율 조회 (Exchange Rate Lookup).

        POST /api/us/exchange · mock server: yes.

        Args:
            exch_tp: 환전구분 · code · max 1 · required · codes.CurrencyExchangeDirection: 1 원화(KRW)->달러(USD), 2 달러(USD)->원화(KRW)

        Returns:
            Ust31301Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31301).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust31301.
        """
        answer = await self._call(
            e.UST31301,
            {
                "exch_tp": exch_tp,
            },
        )
        return cast("Ust31301Response", answer)

    us_exchange_rate = ust31301

    async def ust31302(
        self,
        *,
        exch_tp: codes.CurrencyExchangeDirection | str,
        fc_exmn_amt: Decimal | int | str,
    ) -> Ust31302Response:
        """ust31302 환전 신청 (Currency Exchange Request).

        POST /api/us/exchange · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21100 / ust21120.

        Args:
            exch_tp: 환전구분 · code · max 1 · required · codes.CurrencyExchangeDirection: 1 원화(KRW)->달러(USD), 2 달러(USD)->원화(KRW)
            fc_exmn_amt: 매도통화기준 환전금액 · decimal · KRW when exch_tp=1, USD when exch_tp=2 · max 12 · required
            fc_exmn_amt: at least 0.

        Returns:
            Ust31302Response: 28 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-exchange/#ust31302).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21100 / ust21120.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust31302.
        """
        answer = await self._call(
            e.UST31302,
            {
                "exch_tp": exch_tp,
                "fc_exmn_amt": fc_exmn_amt,
            },
        )
        return cast("Ust31302Response", answer)

    us_currency_exchange = ust31302
