"""us / ordr: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.us.ordr import (
        Ust20000Response,
        Ust20001Response,
        Ust20002Response,
        Ust20003Response,
        Ust31490Response,
    )


class UsOrdr(SyncGroup):
    """us / ordr TRs (sync)."""

    def ust20000(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.UsBuyTradeType | str,
        ord_uv: Decimal | int | str | None = None,
    ) -> Ust20000Response:
        """ust20000 미국주식 매수 주문 (US Stock Buy Order).

        POST /api/us/ordr · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21050 / ust21510.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 해외매매구분 · code · max 2 · required · codes.UsBuyTradeType: 00 지정가, 03 시장가, 26 VWAP지정가, 27 TWAP지정가, 30 LOC, 36 VWAP시장가, 37 TWAP시장가
            ord_uv: 주문단가 · price · USD · max 12 · optional
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 00, 26, 27, 30; blank unless trde_tp is one of 00, 26, 27, 30.
            ord_uv: a positive price on the us tick grid.

        Returns:
            Ust20000Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20000).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21050 / ust21510.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust20000.
        """
        answer = self._call(
            e.UST20000,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
            },
        )
        return cast("Ust20000Response", answer)

    us_buy_order = ust20000

    def ust20001(
        self,
        *,
        stk_cd: str,
        stex_tp: codes.UsExchangeChartProfit | str,
        ord_qty: int | str,
        trde_tp: codes.UsSellTradeType | str,
        ord_uv: Decimal | int | str | None = None,
        stop_pric: Decimal | int | str | None = None,
    ) -> Ust20001Response:
        """ust20001 미국주식 매도 주문 (US Stock Sell Order).

        POST /api/us/ordr · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21050 / ust21510.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.UsSellTradeType: 00 지정가, 03 시장가, 26 VWAP지정가, 27 TWAP지정가, 30 LOC, 33 MOC, 36 VWAP시장가, 37 TWAP시장가, 35 STOP, 34 STOP LIMIT
            ord_uv: 주문단가 · price · USD · max 12 · optional
            stop_pric: STOP가격 · price · USD · max 12 · optional
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 00, 26, 27, 30, 34; blank unless trde_tp is one of 00, 26, 27, 30, 34.
            ord_uv: a positive price on the us tick grid.
            stop_pric: required when trde_tp is one of 34, 35; blank unless trde_tp is one of 34, 35.
            stop_pric: a positive price on the us tick grid.

        Returns:
            Ust20001Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21050 / ust21510.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust20001.
        """
        answer = self._call(
            e.UST20001,
            {
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
                "stop_pric": stop_pric,
            },
        )
        return cast("Ust20001Response", answer)

    us_sell_order = ust20001

    def ust20002(
        self,
        *,
        orig_ord_no: str,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
        mdfy_uv: Decimal | int | str | None = None,
        stop_pric: Decimal | int | str | None = None,
    ) -> Ust20002Response:
        """ust20002 미국주식 정정 주문 (US Stock Modify Order).

        POST /api/us/ordr · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21050 / ust21510.

        Args:
            orig_ord_no: 원주문번호 · text · max 9 · required
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · max 12 · required
            mdfy_uv: 정정단가 · price · USD · max 12 · optional
            stop_pric: STOP가격 · price · USD · max 12 · optional
            mdfy_uv: a positive price on the us tick grid.
            stop_pric: a positive price on the us tick grid.

        Returns:
            Ust20002Response: 8 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21050 / ust21510.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust20002.
        """
        answer = self._call(
            e.UST20002,
            {
                "orig_ord_no": orig_ord_no,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "mdfy_uv": mdfy_uv,
                "stop_pric": stop_pric,
            },
        )
        return cast("Ust20002Response", answer)

    us_modify_order = ust20002

    def ust20003(
        self,
        *,
        orig_ord_no: str,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
    ) -> Ust20003Response:
        """ust20003 미국주식 취소 주문 (US Stock Cancel Order).

        POST /api/us/ordr · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21050 / ust21510.

        Args:
            orig_ord_no: 원주문번호 · text · max 9 · required
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · max 12 · required

        Returns:
            Ust20003Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21050 / ust21510.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust20003.
        """
        answer = self._call(
            e.UST20003,
            {
                "orig_ord_no": orig_ord_no,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
        )
        return cast("Ust20003Response", answer)

    us_cancel_order = ust20003

    def ust31490(
        self,
        *,
        stk_cd: str,
        uv: Decimal | int | str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
    ) -> Ust31490Response:
        """ust31490 미국주식 주문가능수량(종목/증거금률별) (US Orderable Quantity by Stock/Margin Rate).

        POST /api/us/ordr · mock server: yes.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            uv: 매수가격 · price · USD · max 12 · required
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Ust31490Response: 29 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust31490).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust31490.
        """
        answer = self._call(
            e.UST31490,
            {
                "stk_cd": stk_cd,
                "uv": uv,
                "stex_tp": stex_tp,
            },
        )
        return cast("Ust31490Response", answer)

    us_orderable_qty_by_margin_rate = ust31490


class AsyncUsOrdr(AsyncGroup):
    """us / ordr TRs (async)."""

    async def ust20000(
        self,
        *,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.UsBuyTradeType | str,
        ord_uv: Decimal | int | str | None = None,
    ) -> Ust20000Response:
        """ust20000 미국주식 매수 주문 (US Stock Buy Order).

        POST /api/us/ordr · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21050 / ust21510.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 해외매매구분 · code · max 2 · required · codes.UsBuyTradeType: 00 지정가, 03 시장가, 26 VWAP지정가, 27 TWAP지정가, 30 LOC, 36 VWAP시장가, 37 TWAP시장가
            ord_uv: 주문단가 · price · USD · max 12 · optional
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 00, 26, 27, 30; blank unless trde_tp is one of 00, 26, 27, 30.
            ord_uv: a positive price on the us tick grid.

        Returns:
            Ust20000Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20000).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21050 / ust21510.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust20000.
        """
        answer = await self._call(
            e.UST20000,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
            },
        )
        return cast("Ust20000Response", answer)

    us_buy_order = ust20000

    async def ust20001(
        self,
        *,
        stk_cd: str,
        stex_tp: codes.UsExchangeChartProfit | str,
        ord_qty: int | str,
        trde_tp: codes.UsSellTradeType | str,
        ord_uv: Decimal | int | str | None = None,
        stop_pric: Decimal | int | str | None = None,
    ) -> Ust20001Response:
        """ust20001 미국주식 매도 주문 (US Stock Sell Order).

        POST /api/us/ordr · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21050 / ust21510.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.UsSellTradeType: 00 지정가, 03 시장가, 26 VWAP지정가, 27 TWAP지정가, 30 LOC, 33 MOC, 36 VWAP시장가, 37 TWAP시장가, 35 STOP, 34 STOP LIMIT
            ord_uv: 주문단가 · price · USD · max 12 · optional
            stop_pric: STOP가격 · price · USD · max 12 · optional
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 00, 26, 27, 30, 34; blank unless trde_tp is one of 00, 26, 27, 30, 34.
            ord_uv: a positive price on the us tick grid.
            stop_pric: required when trde_tp is one of 34, 35; blank unless trde_tp is one of 34, 35.
            stop_pric: a positive price on the us tick grid.

        Returns:
            Ust20001Response: 6 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21050 / ust21510.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust20001.
        """
        answer = await self._call(
            e.UST20001,
            {
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
                "stop_pric": stop_pric,
            },
        )
        return cast("Ust20001Response", answer)

    us_sell_order = ust20001

    async def ust20002(
        self,
        *,
        orig_ord_no: str,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
        mdfy_uv: Decimal | int | str | None = None,
        stop_pric: Decimal | int | str | None = None,
    ) -> Ust20002Response:
        """ust20002 미국주식 정정 주문 (US Stock Modify Order).

        POST /api/us/ordr · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21050 / ust21510.

        Args:
            orig_ord_no: 원주문번호 · text · max 9 · required
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · max 12 · required
            mdfy_uv: 정정단가 · price · USD · max 12 · optional
            stop_pric: STOP가격 · price · USD · max 12 · optional
            mdfy_uv: a positive price on the us tick grid.
            stop_pric: a positive price on the us tick grid.

        Returns:
            Ust20002Response: 8 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21050 / ust21510.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust20002.
        """
        answer = await self._call(
            e.UST20002,
            {
                "orig_ord_no": orig_ord_no,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "mdfy_uv": mdfy_uv,
                "stop_pric": stop_pric,
            },
        )
        return cast("Ust20002Response", answer)

    us_modify_order = ust20002

    async def ust20003(
        self,
        *,
        orig_ord_no: str,
        stex_tp: codes.UsExchangeChartProfit | str,
        stk_cd: str,
    ) -> Ust20003Response:
        """ust20003 미국주식 취소 주문 (US Stock Cancel Order).

        POST /api/us/ordr · mock server: yes.
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ust21050 / ust21510.

        Args:
            orig_ord_no: 원주문번호 · text · max 9 · required
            stex_tp: 거래소구분 · code · required · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE
            stk_cd: 종목코드 · text · max 12 · required

        Returns:
            Ust20003Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust20003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ust21050 / ust21510.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust20003.
        """
        answer = await self._call(
            e.UST20003,
            {
                "orig_ord_no": orig_ord_no,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
        )
        return cast("Ust20003Response", answer)

    us_cancel_order = ust20003

    async def ust31490(
        self,
        *,
        stk_cd: str,
        uv: Decimal | int | str,
        stex_tp: codes.UsExchangeChartProfit | str | None = None,
    ) -> Ust31490Response:
        """ust31490 미국주식 주문가능수량(종목/증거금률별) (US Orderable Quantity by Stock/Margin Rate).

        POST /api/us/ordr · mock server: yes.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            uv: 매수가격 · price · USD · max 12 · required
            stex_tp: 거래소구분 · code · max 2 · optional · codes.UsExchangeChartProfit: NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Ust31490Response: 29 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-ordr/#ust31490).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ust31490.
        """
        answer = await self._call(
            e.UST31490,
            {
                "stk_cd": stk_cd,
                "uv": uv,
                "stex_tp": stex_tp,
            },
        )
        return cast("Ust31490Response", answer)

    us_orderable_qty_by_margin_rate = ust31490
