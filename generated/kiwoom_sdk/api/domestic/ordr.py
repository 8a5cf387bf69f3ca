"""domestic / ordr: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.ordr import (
        Kt10000Response,
        Kt10001Response,
        Kt10002Response,
        Kt10003Response,
        Kt50000Response,
        Kt50001Response,
        Kt50002Response,
        Kt50003Response,
    )


class DomesticOrdr(SyncGroup):
    """domestic / ordr TRs (sync)."""

    def kt10000(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.TradeType | str,
        ord_uv: Decimal | int | str | None = None,
        cond_uv: Decimal | int | str | None = None,
    ) -> Kt10000Response:
        """kt10000 주식 매수주문 (Stock Buy Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / ka10076.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.TradeType (18 codes)
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            cond_uv: 조건단가 · price · KRW · max 12 · optional
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 0, 5, 10, 20, 28, 62; blank unless trde_tp is one of 0, 5, 10, 20, 28, 62.
            ord_uv: a positive price on the stock or fund tick grid.
            cond_uv: required when trde_tp is 28; blank unless trde_tp is 28.
            cond_uv: a positive price on the stock or fund tick grid.

        Returns:
            Kt10000Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10000).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / ka10076.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10000.
        """
        answer = self._call(
            e.KT10000,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
                "cond_uv": cond_uv,
            },
        )
        return cast("Kt10000Response", answer)

    buy_order = kt10000

    def kt10001(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.TradeType | str,
        ord_uv: Decimal | int | str | None = None,
        cond_uv: Decimal | int | str | None = None,
    ) -> Kt10001Response:
        """kt10001 주식 매도주문 (Stock Sell Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / ka10076.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.TradeType (18 codes)
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            cond_uv: 조건단가 · price · KRW · max 12 · optional
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 0, 5, 10, 20, 28, 62; blank unless trde_tp is one of 0, 5, 10, 20, 28, 62.
            ord_uv: a positive price on the stock or fund tick grid.
            cond_uv: required when trde_tp is 28; blank unless trde_tp is 28.
            cond_uv: a positive price on the stock or fund tick grid.

        Returns:
            Kt10001Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / ka10076.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10001.
        """
        answer = self._call(
            e.KT10001,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
                "cond_uv": cond_uv,
            },
        )
        return cast("Kt10001Response", answer)

    sell_order = kt10001

    def kt10002(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        orig_ord_no: str,
        stk_cd: str,
        mdfy_qty: int | str,
        mdfy_uv: Decimal | int | str,
        mdfy_cond_uv: Decimal | int | str | None = None,
    ) -> Kt10002Response:
        """kt10002 주식 정정주문 (Stock Modify Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / ka10076.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            orig_ord_no: 원주문번호 · text · max 7 · required
            stk_cd: 종목코드 · text · max 12 · required
            mdfy_qty: 정정수량 · int · shares · max 12 · required
            mdfy_uv: 정정단가 · price · KRW · max 12 · required
            mdfy_cond_uv: 정정조건단가 · price · KRW · max 12 · optional
            mdfy_qty: at least 1.
            mdfy_uv: a positive price on the stock or fund tick grid.
            mdfy_cond_uv: a positive price on the stock or fund tick grid.

        Returns:
            Kt10002Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / ka10076.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10002.
        """
        answer = self._call(
            e.KT10002,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "mdfy_qty": mdfy_qty,
                "mdfy_uv": mdfy_uv,
                "mdfy_cond_uv": mdfy_cond_uv,
            },
        )
        return cast("Kt10002Response", answer)

    modify_order = kt10002

    def kt10003(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        orig_ord_no: str,
        stk_cd: str,
        cncl_qty: int | str,
    ) -> Kt10003Response:
        """kt10003 주식 취소주문 (Stock Cancel Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / ka10076.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            orig_ord_no: 원주문번호 · text · max 7 · required
            stk_cd: 종목코드 · text · max 12 · required
            cncl_qty: 취소수량 · int · shares · max 12 · required

        Returns:
            Kt10003Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / ka10076.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10003.
        """
        answer = self._call(
            e.KT10003,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "cncl_qty": cncl_qty,
            },
        )
        return cast("Kt10003Response", answer)

    cancel_order = kt10003

    def kt50000(
        self,
        *,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.GoldTradeType | str,
        ord_uv: Decimal | int | str | None = None,
    ) -> Kt50000Response:
        """kt50000 금현물 매수주문 (Gold Spot Buy Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with kt50075 / kt50031.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · grams · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.GoldTradeType: 00 보통, 10 보통(IOC), 20 보통(FOK)
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            ord_qty: at least 1.
            ord_uv: must not be blank.
            ord_uv: a positive price on the gold tick grid.

        Returns:
            Kt50000Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50000).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with kt50075 / kt50031.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50000.
        """
        answer = self._call(
            e.KT50000,
            {
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
            },
        )
        return cast("Kt50000Response", answer)

    gold_buy_order = kt50000

    def kt50001(
        self,
        *,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.GoldTradeType | str,
        ord_uv: Decimal | int | str | None = None,
    ) -> Kt50001Response:
        """kt50001 금현물 매도주문 (Gold Spot Sell Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with kt50075 / kt50031.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · grams · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.GoldTradeType: 00 보통, 10 보통(IOC), 20 보통(FOK)
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            ord_qty: at least 1.
            ord_uv: must not be blank.
            ord_uv: a positive price on the gold tick grid.

        Returns:
            Kt50001Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with kt50075 / kt50031.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50001.
        """
        answer = self._call(
            e.KT50001,
            {
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
            },
        )
        return cast("Kt50001Response", answer)

    gold_sell_order = kt50001

    def kt50002(
        self,
        *,
        stk_cd: str,
        orig_ord_no: str,
        mdfy_qty: int | str,
        mdfy_uv: Decimal | int | str,
    ) -> Kt50002Response:
        """kt50002 금현물 정정주문 (Gold Spot Modify Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with kt50075 / kt50031.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            orig_ord_no: 원주문번호 · text · max 7 · required
            mdfy_qty: 정정수량 · int · grams · max 12 · required
            mdfy_uv: 정정단가 · price · KRW · max 12 · required
            mdfy_qty: at least 1.
            mdfy_uv: a positive price on the gold tick grid.

        Returns:
            Kt50002Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with kt50075 / kt50031.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50002.
        """
        answer = self._call(
            e.KT50002,
            {
                "stk_cd": stk_cd,
                "orig_ord_no": orig_ord_no,
                "mdfy_qty": mdfy_qty,
                "mdfy_uv": mdfy_uv,
            },
        )
        return cast("Kt50002Response", answer)

    gold_modify_order = kt50002

    def kt50003(
        self,
        *,
        orig_ord_no: str,
        stk_cd: str,
        cncl_qty: int | str,
    ) -> Kt50003Response:
        """kt50003 금현물 취소주문 (Gold Spot Cancel Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with kt50075 / kt50031.

        Args:
            orig_ord_no: 원주문번호 · text · max 7 · required
            stk_cd: 종목코드 · text · max 12 · required
            cncl_qty: 취소수량 · int · grams · max 12 · required

        Returns:
            Kt50003Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with kt50075 / kt50031.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50003.
        """
        answer = self._call(
            e.KT50003,
            {
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "cncl_qty": cncl_qty,
            },
        )
        return cast("Kt50003Response", answer)

    gold_cancel_order = kt50003


class AsyncDomesticOrdr(AsyncGroup):
    """domestic / ordr TRs (async)."""

    async def kt10000(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.TradeType | str,
        ord_uv: Decimal | int | str | None = None,
        cond_uv: Decimal | int | str | None = None,
    ) -> Kt10000Response:
        """kt10000 주식 매수주문 (Stock Buy Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / ka10076.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.TradeType (18 codes)
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            cond_uv: 조건단가 · price · KRW · max 12 · optional
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 0, 5, 10, 20, 28, 62; blank unless trde_tp is one of 0, 5, 10, 20, 28, 62.
            ord_uv: a positive price on the stock or fund tick grid.
            cond_uv: required when trde_tp is 28; blank unless trde_tp is 28.
            cond_uv: a positive price on the stock or fund tick grid.

        Returns:
            Kt10000Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10000).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / ka10076.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10000.
        """
        answer = await self._call(
            e.KT10000,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
                "cond_uv": cond_uv,
            },
        )
        return cast("Kt10000Response", answer)

    buy_order = kt10000

    async def kt10001(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.TradeType | str,
        ord_uv: Decimal | int | str | None = None,
        cond_uv: Decimal | int | str | None = None,
    ) -> Kt10001Response:
        """kt10001 주식 매도주문 (Stock Sell Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / ka10076.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.TradeType (18 codes)
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            cond_uv: 조건단가 · price · KRW · max 12 · optional
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 0, 5, 10, 20, 28, 62; blank unless trde_tp is one of 0, 5, 10, 20, 28, 62.
            ord_uv: a positive price on the stock or fund tick grid.
            cond_uv: required when trde_tp is 28; blank unless trde_tp is 28.
            cond_uv: a positive price on the stock or fund tick grid.

        Returns:
            Kt10001Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / ka10076.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10001.
        """
        answer = await self._call(
            e.KT10001,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
                "cond_uv": cond_uv,
            },
        )
        return cast("Kt10001Response", answer)

    sell_order = kt10001

    async def kt10002(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        orig_ord_no: str,
        stk_cd: str,
        mdfy_qty: int | str,
        mdfy_uv: Decimal | int | str,
        mdfy_cond_uv: Decimal | int | str | None = None,
    ) -> Kt10002Response:
        """kt10002 주식 정정주문 (Stock Modify Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / ka10076.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            orig_ord_no: 원주문번호 · text · max 7 · required
            stk_cd: 종목코드 · text · max 12 · required
            mdfy_qty: 정정수량 · int · shares · max 12 · required
            mdfy_uv: 정정단가 · price · KRW · max 12 · required
            mdfy_cond_uv: 정정조건단가 · price · KRW · max 12 · optional
            mdfy_qty: at least 1.
            mdfy_uv: a positive price on the stock or fund tick grid.
            mdfy_cond_uv: a positive price on the stock or fund tick grid.

        Returns:
            Kt10002Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / ka10076.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10002.
        """
        answer = await self._call(
            e.KT10002,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "mdfy_qty": mdfy_qty,
                "mdfy_uv": mdfy_uv,
                "mdfy_cond_uv": mdfy_cond_uv,
            },
        )
        return cast("Kt10002Response", answer)

    modify_order = kt10002

    async def kt10003(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        orig_ord_no: str,
        stk_cd: str,
        cncl_qty: int | str,
    ) -> Kt10003Response:
        """kt10003 주식 취소주문 (Stock Cancel Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / ka10076.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            orig_ord_no: 원주문번호 · text · max 7 · required
            stk_cd: 종목코드 · text · max 12 · required
            cncl_qty: 취소수량 · int · shares · max 12 · required

        Returns:
            Kt10003Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt10003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / ka10076.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10003.
        """
        answer = await self._call(
            e.KT10003,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "cncl_qty": cncl_qty,
            },
        )
        return cast("Kt10003Response", answer)

    cancel_order = kt10003

    async def kt50000(
        self,
        *,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.GoldTradeType | str,
        ord_uv: Decimal | int | str | None = None,
    ) -> Kt50000Response:
        """kt50000 금현물 매수주문 (Gold Spot Buy Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with kt50075 / kt50031.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · grams · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.GoldTradeType: 00 보통, 10 보통(IOC), 20 보통(FOK)
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            ord_qty: at least 1.
            ord_uv: must not be blank.
            ord_uv: a positive price on the gold tick grid.

        Returns:
            Kt50000Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50000).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with kt50075 / kt50031.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50000.
        """
        answer = await self._call(
            e.KT50000,
            {
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
            },
        )
        return cast("Kt50000Response", answer)

    gold_buy_order = kt50000

    async def kt50001(
        self,
        *,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.GoldTradeType | str,
        ord_uv: Decimal | int | str | None = None,
    ) -> Kt50001Response:
        """kt50001 금현물 매도주문 (Gold Spot Sell Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with kt50075 / kt50031.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · grams · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.GoldTradeType: 00 보통, 10 보통(IOC), 20 보통(FOK)
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            ord_qty: at least 1.
            ord_uv: must not be blank.
            ord_uv: a positive price on the gold tick grid.

        Returns:
            Kt50001Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with kt50075 / kt50031.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50001.
        """
        answer = await self._call(
            e.KT50001,
            {
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
            },
        )
        return cast("Kt50001Response", answer)

    gold_sell_order = kt50001

    async def kt50002(
        self,
        *,
        stk_cd: str,
        orig_ord_no: str,
        mdfy_qty: int | str,
        mdfy_uv: Decimal | int | str,
    ) -> Kt50002Response:
        """kt50002 금현물 정정주문 (Gold Spot Modify Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with kt50075 / kt50031.

        Args:
            stk_cd: 종목코드 · text · max 12 · required
            orig_ord_no: 원주문번호 · text · max 7 · required
            mdfy_qty: 정정수량 · int · grams · max 12 · required
            mdfy_uv: 정정단가 · price · KRW · max 12 · required
            mdfy_qty: at least 1.
            mdfy_uv: a positive price on the gold tick grid.

        Returns:
            Kt50002Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with kt50075 / kt50031.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50002.
        """
        answer = await self._call(
            e.KT50002,
            {
                "stk_cd": stk_cd,
                "orig_ord_no": orig_ord_no,
                "mdfy_qty": mdfy_qty,
                "mdfy_uv": mdfy_uv,
            },
        )
        return cast("Kt50002Response", answer)

    gold_modify_order = kt50002

    async def kt50003(
        self,
        *,
        orig_ord_no: str,
        stk_cd: str,
        cncl_qty: int | str,
    ) -> Kt50003Response:
        """kt50003 금현물 취소주문 (Gold Spot Cancel Order).

        POST /api/dostk/ordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with kt50075 / kt50031.

        Args:
            orig_ord_no: 원주문번호 · text · max 7 · required
            stk_cd: 종목코드 · text · max 12 · required
            cncl_qty: 취소수량 · int · grams · max 12 · required

        Returns:
            Kt50003Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-ordr/#kt50003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with kt50075 / kt50031.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt50003.
        """
        answer = await self._call(
            e.KT50003,
            {
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "cncl_qty": cncl_qty,
            },
        )
        return cast("Kt50003Response", answer)

    gold_cancel_order = kt50003
