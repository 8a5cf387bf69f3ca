"""domestic / frgnistt: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.frgnistt import (
        Ka10008Response,
        Ka10131Response,
        Ka52301Response,
    )


class DomesticFrgnistt(SyncGroup):
    """domestic / frgnistt TRs (sync)."""

    def ka10008(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10008Response:
        """ka10008 주식외국인종목별매매동향 (Foreign Trading Trend by Stock).

        POST /api/dostk/frgnistt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10008, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10008Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka10008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10008.
        """
        answer = self._call(
            e.KA10008,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10008Response", answer)

    foreign_trading_by_stock = ka10008

    def ka10131(
        self,
        *,
        dt: codes.ConsecutiveTradePeriod | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        netslmt_tp: codes.NetSellBuyType | str,
        stk_inds_tp: codes.StockOrSector | str,
        amt_qty_tp: codes.AmountOrQuantityZeroBased | str,
        stex_tp: codes.ExchangeType | str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10131Response:
        """ka10131 기관외국인연속매매현황요청 (Institution/Foreign Consecutive Trading).

        POST /api/dostk/frgnistt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10131, ...)` with this method's arguments, typed as here.

        Args:
            dt: 기간 · code · max 3 · required · codes.ConsecutiveTradePeriod: 1 최근일, 3 3일, 5 5일, 10 10일, 20 20일, 120 120일, 0 시작일자/종료일자로 조회
            mrkt_tp: 장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            netslmt_tp: 순매도수구분 · code · max 1 · required · codes.NetSellBuyType: 2 순매수(고정값)
            stk_inds_tp: 종목업종구분 · code · max 1 · required · codes.StockOrSector: 0 종목(주식), 1 업종
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantityZeroBased: 0 금액, 1 수량
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10131Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka10131).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10131.
        """
        answer = self._call(
            e.KA10131,
            {
                "dt": dt,
                "mrkt_tp": mrkt_tp,
                "netslmt_tp": netslmt_tp,
                "stk_inds_tp": stk_inds_tp,
                "amt_qty_tp": amt_qty_tp,
                "stex_tp": stex_tp,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10131Response", answer)

    institution_foreign_consecutive_trading = ka10131

    def ka52301(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka52301Response:
        """ka52301 금현물투자자현황 (Gold Spot Investor Status).

        POST /api/dostk/frgnistt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka52301, ...)` with this method's arguments, typed as here.

        Returns:
            Ka52301Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka52301).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka52301.
        """
        answer = self._call(
            e.KA52301,
            {},
            cont_yn,
            next_key,
        )
        return cast("Ka52301Response", answer)

    gold_investor_status = ka52301


class AsyncDomesticFrgnistt(AsyncGroup):
    """domestic / frgnistt TRs (async)."""

    async def ka10008(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10008Response:
        """ka10008 주식외국인종목별매매동향 (Foreign Trading Trend by Stock).

        POST /api/dostk/frgnistt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10008, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10008Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka10008).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10008.
        """
        answer = await self._call(
            e.KA10008,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10008Response", answer)

    foreign_trading_by_stock = ka10008

    async def ka10131(
        self,
        *,
        dt: codes.ConsecutiveTradePeriod | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        netslmt_tp: codes.NetSellBuyType | str,
        stk_inds_tp: codes.StockOrSector | str,
        amt_qty_tp: codes.AmountOrQuantityZeroBased | str,
        stex_tp: codes.ExchangeType | str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10131Response:
        """ka10131 기관외국인연속매매현황요청 (Institution/Foreign Consecutive Trading).

        POST /api/dostk/frgnistt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10131, ...)` with this method's arguments, typed as here.

        Args:
            dt: 기간 · code · max 3 · required · codes.ConsecutiveTradePeriod: 1 최근일, 3 3일, 5 5일, 10 10일, 20 20일, 120 120일, 0 시작일자/종료일자로 조회
            mrkt_tp: 장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            netslmt_tp: 순매도수구분 · code · max 1 · required · codes.NetSellBuyType: 2 순매수(고정값)
            stk_inds_tp: 종목업종구분 · code · max 1 · required · codes.StockOrSector: 0 종목(주식), 1 업종
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantityZeroBased: 0 금액, 1 수량
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10131Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka10131).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10131.
        """
        answer = await self._call(
            e.KA10131,
            {
                "dt": dt,
                "mrkt_tp": mrkt_tp,
                "netslmt_tp": netslmt_tp,
                "stk_inds_tp": stk_inds_tp,
                "amt_qty_tp": amt_qty_tp,
                "stex_tp": stex_tp,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10131Response", answer)

    institution_foreign_consecutive_trading = ka10131

    async def ka52301(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka52301Response:
        """ka52301 금현물투자자현황 (Gold Spot Investor Status).

        POST /api/dostk/frgnistt · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka52301, ...)` with this method's arguments, typed as here.

        Returns:
            Ka52301Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-frgnistt/#ka52301).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka52301.
        """
        answer = await self._call(
            e.KA52301,
            {},
            cont_yn,
            next_key,
        )
        return cast("Ka52301Response", answer)

    gold_investor_status = ka52301
