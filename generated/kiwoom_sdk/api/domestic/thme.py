"""domestic / thme: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.thme import (
        Ka90001Response,
        Ka90002Response,
    )


class DomesticThme(SyncGroup):
    """domestic / thme TRs (sync)."""

    def ka90001(
        self,
        *,
        qry_tp: codes.ThemeSearchType | str,
        date_tp: int | str,
        flu_pl_amt_tp: codes.ThemeReturnRankType | str,
        stex_tp: codes.ExchangeType | str,
        stk_cd: str | None = None,
        thema_nm: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90001Response:
        """ka90001 테마그룹별요청 (Theme Groups).

        POST /api/dostk/thme · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90001, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 검색구분 · code · max 1 · required · codes.ThemeSearchType: 0 전체검색, 1 테마검색, 2 종목검색
            date_tp: 날짜구분 · int · days · max 2 · required
            flu_pl_amt_tp: 등락수익구분 · code · max 1 · required · codes.ThemeReturnRankType: 1 상위기간수익률, 2 하위기간수익률, 3 상위등락률, 4 하위등락률
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            stk_cd: 종목코드 · text · max 6 · optional
            thema_nm: 테마명 · text · max 50 · optional

        Returns:
            Ka90001Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-thme/#ka90001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90001.
        """
        answer = self._call(
            e.KA90001,
            {
                "qry_tp": qry_tp,
                "date_tp": date_tp,
                "flu_pl_amt_tp": flu_pl_amt_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "thema_nm": thema_nm,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90001Response", answer)

    theme_groups = ka90001

    def ka90002(
        self,
        *,
        thema_grp_cd: str,
        stex_tp: codes.ExchangeType | str,
        date_tp: int | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90002Response:
        """ka90002 테마구성종목요청 (Theme Constituent Stocks).

        POST /api/dostk/thme · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90002, ...)` with this method's arguments, typed as here.

        Args:
            thema_grp_cd: 테마그룹코드 · text · max 6 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            date_tp: 날짜구분 · int · days · max 1 · optional

        Returns:
            Ka90002Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-thme/#ka90002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90002.
        """
        answer = self._call(
            e.KA90002,
            {
                "thema_grp_cd": thema_grp_cd,
                "stex_tp": stex_tp,
                "date_tp": date_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90002Response", answer)

    theme_stocks = ka90002


class AsyncDomesticThme(AsyncGroup):
    """domestic / thme TRs (async)."""

    async def ka90001(
        self,
        *,
        qry_tp: codes.ThemeSearchType | str,
        date_tp: int | str,
        flu_pl_amt_tp: codes.ThemeReturnRankType | str,
        stex_tp: codes.ExchangeType | str,
        stk_cd: str | None = None,
        thema_nm: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90001Response:
        """ka90001 테마그룹별요청 (Theme Groups).

        POST /api/dostk/thme · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90001, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 검색구분 · code · max 1 · required · codes.ThemeSearchType: 0 전체검색, 1 테마검색, 2 종목검색
            date_tp: 날짜구분 · int · days · max 2 · required
            flu_pl_amt_tp: 등락수익구분 · code · max 1 · required · codes.ThemeReturnRankType: 1 상위기간수익률, 2 하위기간수익률, 3 상위등락률, 4 하위등락률
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            stk_cd: 종목코드 · text · max 6 · optional
            thema_nm: 테마명 · text · max 50 · optional

        Returns:
            Ka90001Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-thme/#ka90001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90001.
        """
        answer = await self._call(
            e.KA90001,
            {
                "qry_tp": qry_tp,
                "date_tp": date_tp,
                "flu_pl_amt_tp": flu_pl_amt_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "thema_nm": thema_nm,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90001Response", answer)

    theme_groups = ka90001

    async def ka90002(
        self,
        *,
        thema_grp_cd: str,
        stex_tp: codes.ExchangeType | str,
        date_tp: int | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90002Response:
        """ka90002 테마구성종목요청 (Theme Constituent Stocks).

        POST /api/dostk/thme · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90002, ...)` with this method's arguments, typed as here.

        Args:
            thema_grp_cd: 테마그룹코드 · text · max 6 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            date_tp: 날짜구분 · int · days · max 1 · optional

        Returns:
            Ka90002Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-thme/#ka90002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90002.
        """
        answer = await self._call(
            e.KA90002,
            {
                "thema_grp_cd": thema_grp_cd,
                "stex_tp": stex_tp,
                "date_tp": date_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90002Response", answer)

    theme_stocks = ka90002
