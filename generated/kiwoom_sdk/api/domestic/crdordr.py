"""domestic / crdordr: one method per TR, by id and by English alias.

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
    from kiwoom_sdk.models.domestic.crdordr import (
        Kt10006Response,
        Kt10007Response,
        Kt10008Response,
        Kt10009Response,
    )


class DomesticCrdordr(SyncGroup):
    """domestic / crdordr TRs (sync)."""

    def kt10006(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.TradeType | str,
        ord_uv: Decimal | int | str | None = None,
        cond_uv: Decimal | int | str | None = None,
    ) -> Kt10006Response:
        """kt10006 신용 매수주문 (Credit Buy Order).

        POST /api/dostk/crdordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / kt00007.

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
            Kt10006Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / kt00007.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10006.
        """
        answer = self._call(
            e.KT10006,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
                "cond_uv": cond_uv,
            },
        )
        return cast("Kt10006Response", answer)

    credit_buy_order = kt10006

    def kt10007(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.TradeType | str,
        crd_deal_tp: codes.CreditDealType | str,
        ord_uv: Decimal | int | str | None = None,
        crd_loan_dt: datetime.date | str | None = None,
        cond_uv: Decimal | int | str | None = None,
    ) -> Kt10007Response:
        """kt10007 신용 매도주문 (Credit Sell Order).

        POST /api/dostk/crdordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / kt00007.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.TradeType (18 codes)
            crd_deal_tp: 신용거래구분 · code · max 2 · required · codes.CreditDealType: 33 융자, 99 융자합
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            crd_loan_dt: 대출일 · date · YYYYMMDD · max 8 · optional
            cond_uv: 조건단가 · price · KRW · max 12 · optional
            crd_loan_dt: required when crd_deal_tp is 33.
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 0, 5, 10, 20, 28, 62; blank unless trde_tp is one of 0, 5, 10, 20, 28, 62.
            ord_uv: a positive price on the stock or fund tick grid.
            cond_uv: required when trde_tp is 28; blank unless trde_tp is 28.
            cond_uv: a positive price on the stock or fund tick grid.

        Returns:
            Kt10007Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / kt00007.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10007.
        """
        answer = self._call(
            e.KT10007,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "crd_deal_tp": crd_deal_tp,
                "ord_uv": ord_uv,
                "crd_loan_dt": crd_loan_dt,
                "cond_uv": cond_uv,
            },
        )
        return cast("Kt10007Response", answer)

    credit_sell_order = kt10007

    def kt10008(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        orig_ord_no: str,
        stk_cd: str,
        mdfy_qty: int | str,
        mdfy_uv: Decimal | int | str,
        mdfy_cond_uv: Decimal | int | str | None = None,
    ) -> Kt10008Response:
        """kt10008 신용 정정주문 (Credit Modify Order).

        POST /api/dostk/crdordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / kt00007.

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
            Kt10008Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / kt00007.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10008.
        """
        answer = self._call(
            e.KT10008,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "mdfy_qty": mdfy_qty,
                "mdfy_uv": mdfy_uv,
                "mdfy_cond_uv": mdfy_cond_uv,
            },
        )
        return cast("Kt10008Response", answer)

    credit_modify_order = kt10008

    def kt10009(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        orig_ord_no: str,
        stk_cd: str,
        cncl_qty: int | str,
    ) -> Kt10009Response:
        """kt10009 신용 취소주문 (Credit Cancel Order).

        POST /api/dostk/crdordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / kt00007.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            orig_ord_no: 원주문번호 · text · max 7 · required
            stk_cd: 종목코드 · text · max 12 · required
            cncl_qty: 취소수량 · int · shares · max 12 · required

        Returns:
            Kt10009Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / kt00007.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10009.
        """
        answer = self._call(
            e.KT10009,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "cncl_qty": cncl_qty,
            },
        )
        return cast("Kt10009Response", answer)

    credit_cancel_order = kt10009


class AsyncDomesticCrdordr(AsyncGroup):
    """domestic / crdordr TRs (async)."""

    async def kt10006(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.TradeType | str,
        ord_uv: Decimal | int | str | None = None,
        cond_uv: Decimal | int | str | None = None,
    ) -> Kt10006Response:
        """kt10006 신용 매수주문 (Credit Buy Order).

        POST /api/dostk/crdordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / kt00007.

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
            Kt10006Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10006).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / kt00007.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10006.
        """
        answer = await self._call(
            e.KT10006,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "ord_uv": ord_uv,
                "cond_uv": cond_uv,
            },
        )
        return cast("Kt10006Response", answer)

    credit_buy_order = kt10006

    async def kt10007(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        stk_cd: str,
        ord_qty: int | str,
        trde_tp: codes.TradeType | str,
        crd_deal_tp: codes.CreditDealType | str,
        ord_uv: Decimal | int | str | None = None,
        crd_loan_dt: datetime.date | str | None = None,
        cond_uv: Decimal | int | str | None = None,
    ) -> Kt10007Response:
        """kt10007 신용 매도주문 (Credit Sell Order).

        POST /api/dostk/crdordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / kt00007.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            stk_cd: 종목코드 · text · max 12 · required
            ord_qty: 주문수량 · int · shares · max 12 · required
            trde_tp: 매매구분 · code · max 2 · required · codes.TradeType (18 codes)
            crd_deal_tp: 신용거래구분 · code · max 2 · required · codes.CreditDealType: 33 융자, 99 융자합
            ord_uv: 주문단가 · price · KRW · max 12 · optional
            crd_loan_dt: 대출일 · date · YYYYMMDD · max 8 · optional
            cond_uv: 조건단가 · price · KRW · max 12 · optional
            crd_loan_dt: required when crd_deal_tp is 33.
            ord_qty: at least 1.
            ord_uv: required when trde_tp is one of 0, 5, 10, 20, 28, 62; blank unless trde_tp is one of 0, 5, 10, 20, 28, 62.
            ord_uv: a positive price on the stock or fund tick grid.
            cond_uv: required when trde_tp is 28; blank unless trde_tp is 28.
            cond_uv: a positive price on the stock or fund tick grid.

        Returns:
            Kt10007Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10007).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / kt00007.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10007.
        """
        answer = await self._call(
            e.KT10007,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "stk_cd": stk_cd,
                "ord_qty": ord_qty,
                "trde_tp": trde_tp,
                "crd_deal_tp": crd_deal_tp,
                "ord_uv": ord_uv,
                "crd_loan_dt": crd_loan_dt,
                "cond_uv": cond_uv,
            },
        )
        return cast("Kt10007Response", answer)

    credit_sell_order = kt10007

    async def kt10008(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        orig_ord_no: str,
        stk_cd: str,
        mdfy_qty: int | str,
        mdfy_uv: Decimal | int | str,
        mdfy_cond_uv: Decimal | int | str | None = None,
    ) -> Kt10008Response:
        """kt10008 신용 정정주문 (Credit Modify Order).

        POST /api/dostk/crdordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / kt00007.

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
            Kt10008Response: 4 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / kt00007.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10008.
        """
        answer = await self._call(
            e.KT10008,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "mdfy_qty": mdfy_qty,
                "mdfy_uv": mdfy_uv,
                "mdfy_cond_uv": mdfy_cond_uv,
            },
        )
        return cast("Kt10008Response", answer)

    credit_modify_order = kt10008

    async def kt10009(
        self,
        *,
        dmst_stex_tp: codes.DomesticExchangeWithSor | str,
        orig_ord_no: str,
        stk_cd: str,
        cncl_qty: int | str,
    ) -> Kt10009Response:
        """kt10009 신용 취소주문 (Credit Cancel Order).

        POST /api/dostk/crdordr · mock server: yes (KRX only).
        Places or changes an order: never retried automatically.
        When its answer is lost (OrderStateUnknown), look it up with ka10075 / kt00007.

        Args:
            dmst_stex_tp: 국내거래소구분 · code · max 3 · required · codes.DomesticExchangeWithSor: KRX KRX, NXT NXT, SOR SOR
            orig_ord_no: 원주문번호 · text · max 7 · required
            stk_cd: 종목코드 · text · max 12 · required
            cncl_qty: 취소수량 · int · shares · max 12 · required

        Returns:
            Kt10009Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-crdordr/#kt10009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.
            OrderStateUnknown: the answer was lost; look the order up with ka10075 / kt00007.
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt10009.
        """
        answer = await self._call(
            e.KT10009,
            {
                "dmst_stex_tp": dmst_stex_tp,
                "orig_ord_no": orig_ord_no,
                "stk_cd": stk_cd,
                "cncl_qty": cncl_qty,
            },
        )
        return cast("Kt10009Response", answer)

    credit_cancel_order = kt10009
