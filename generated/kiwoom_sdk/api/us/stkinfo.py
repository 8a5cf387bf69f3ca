"""us / stkinfo: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.us.stkinfo import (
        Usa10098Response,
        Usa10099Response,
        Usa10100Response,
        Usa10101Response,
        Usa10102Response,
        Usa10104Response,
        Usa10105Response,
        Usa20520Response,
        Usa20521Response,
        Usa20570Response,
        Usa20571Response,
        Usa20930Response,
        Usa20931Response,
        Usa20932Response,
        Usa20970Response,
        Usa20971Response,
        Usa20972Response,
        Usa23400Response,
        Usa23401Response,
        Usa23402Response,
        Usa24100Response,
        Usa24101Response,
        Usa24140Response,
        Usa24141Response,
        Usa24210Response,
        Usa24211Response,
        Usa24220Response,
        Usa24221Response,
        Usa26410Response,
        Usa26411Response,
        Usa26412Response,
        Usa26413Response,
        Usa26414Response,
    )


class UsStkinfo(SyncGroup):
    """us / stkinfo TRs (sync)."""

    def usa10098(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10098Response:
        """usa10098 미국주식 거래소구분 조회 (US Exchange Types).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10098, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · required

        Returns:
            Usa10098Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10098).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10098.
        """
        answer = self._call(
            e.USA10098,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10098Response", answer)

    us_exchange_types = usa10098

    def usa10099(
        self,
        *,
        stex_tp: codes.UsExchangeWithAll | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10099Response:
        """usa10099 미국주식 종목리스트 (US Stock List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10099, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeWithAll: % 전체, NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa10099Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10099).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10099.
        """
        answer = self._call(
            e.USA10099,
            {
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10099Response", answer)

    us_stock_list = usa10099

    def usa10100(
        self,
        *,
        stk_cd: str,
        stex_tp: codes.UsExchange | str | None = None,
    ) -> Usa10100Response:
        """usa10100 미국주식 종목 조회 (US Stock Info Lookup).

        POST /api/us/stkinfo · mock server: yes.

        Args:
            stk_cd: 종목코드 · text · required
            stex_tp: 거래소구분 · code · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX

        Returns:
            Usa10100Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10100.
        """
        answer = self._call(
            e.USA10100,
            {
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
            },
        )
        return cast("Usa10100Response", answer)

    us_stock_info = usa10100

    def usa10101(
        self,
        *,
        gubun: codes.IndustryListCountry | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10101Response:
        """usa10101 미국주식 업종리스트 (US Sector List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10101, ...)` with this method's arguments, typed as here.

        Args:
            gubun: 구분 · code · optional · codes.IndustryListCountry: % 전체, 1 미국

        Returns:
            Usa10101Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10101.
        """
        answer = self._call(
            e.USA10101,
            {
                "gubun": gubun,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10101Response", answer)

    us_sector_list = usa10101

    def usa10102(
        self,
        *,
        index_qry_tp: codes.UsIndex | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10102Response:
        """usa10102 미국지수 리스트 (US Index List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10102, ...)` with this method's arguments, typed as here.

        Args:
            index_qry_tp: 업종지수구분 · code · optional · codes.UsIndex: % 전체, NQ 나스닥, NS S&P500, NW 다우

        Returns:
            Usa10102Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10102).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10102.
        """
        answer = self._call(
            e.USA10102,
            {
                "index_qry_tp": index_qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10102Response", answer)

    us_index_list = usa10102

    def usa10104(
        self,
        *,
        stex_tp: codes.UsExchangeWithAll | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10104Response:
        """usa10104 미국 ETF,ETN 리스트 (US ETF/ETN List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10104, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeWithAll: % 전체, NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa10104Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10104).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10104.
        """
        answer = self._call(
            e.USA10104,
            {
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10104Response", answer)

    us_etf_etn_list = usa10104

    def usa10105(
        self,
        *,
        gubun: codes.EtfCategoryLevel | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10105Response:
        """usa10105 미국 ETF 카테고리 리스트 (US ETF Category List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10105, ...)` with this method's arguments, typed as here.

        Args:
            gubun: 구분 · code · optional · codes.EtfCategoryLevel: % 전체, 1 카테고리1차, 2 카테고리2차

        Returns:
            Usa10105Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10105).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10105.
        """
        answer = self._call(
            e.USA10105,
            {
                "gubun": gubun,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10105Response", answer)

    us_etf_category_list = usa10105

    def usa20520(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        tm: int | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20520Response:
        """usa20520 미국주식 거래량급등락(주식/업종) (US Volume Surge/Plunge (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20520, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            tm: x일평균대비 · int · days · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20520Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20520).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20520.
        """
        answer = self._call(
            e.USA20520,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "tm": tm,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20520Response", answer)

    us_volume_surge_plunge = usa20520

    def usa20521(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        tm: int | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20521Response:
        """usa20521 미국주식 거래량급등락(ETF) (US Volume Surge/Plunge (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20521, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            tm: x일평균대비 · int · days · optional
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20521Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20521).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20521.
        """
        answer = self._call(
            e.USA20521,
            {
                "stex_tp": stex_tp,
                "tm": tm,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20521Response", answer)

    us_volume_surge_plunge_etf = usa20521

    def usa20570(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        inds_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd1: Decimal | int | str | None = None,
        pric_cnd2: Decimal | int | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20570Response:
        """usa20570 미국주식 가격대별주가(주식/업종) (US Prices by Price Range (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20570, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            inds_cd: 업종코드 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd1: 가격조건1 · price · USD · optional
            pric_cnd2: 가격조건2 · price · USD · optional
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20570Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20570).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20570.
        """
        answer = self._call(
            e.USA20570,
            {
                "stex_tp": stex_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "inds_cd": inds_cd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd1": pric_cnd1,
                "pric_cnd2": pric_cnd2,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20570Response", answer)

    us_stocks_by_price_range = usa20570

    def usa20571(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd1: Decimal | int | str | None = None,
        pric_cnd2: Decimal | int | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20571Response:
        """usa20571 미국주식 가격대별주가(ETF) (US Prices by Price Range (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20571, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd1: 가격조건1 · price · USD · optional
            pric_cnd2: 가격조건2 · price · USD · optional
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20571Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20571).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20571.
        """
        answer = self._call(
            e.USA20571,
            {
                "stex_tp": stex_tp,
                "stk_cnd": stk_cnd,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd1": pric_cnd1,
                "pric_cnd2": pric_cnd2,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20571Response", answer)

    us_stocks_by_price_range_etf = usa20571

    def usa20930(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        inds_cd: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        flu_tp: codes.SurgeOrPlunge | str | None = None,
        tm_tp: codes.UsPriceSurgeTimeBasis | str | None = None,
        tm: int | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20930Response:
        """usa20930 미국주식 가격급등락(주식/업종) (US Price Surge/Plunge (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20930, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            inds_cd: 업종코드 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            flu_tp: 급등.급락 구분 · code · optional · codes.SurgeOrPlunge: 1 급등, 2 급락
            tm_tp: 분전, 전일 구분 · code · optional · codes.UsPriceSurgeTimeBasis: 1 분전, 2 일전, 3 지정일
            tm: 분,일자 설정 · int · minutes when tm_tp=1, days when tm_tp=2 · optional
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20930Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20930).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20930.
        """
        answer = self._call(
            e.USA20930,
            {
                "stex_tp": stex_tp,
                "stk_tp": stk_tp,
                "inds_cd": inds_cd,
                "stk_cnd": stk_cnd,
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20930Response", answer)

    us_price_surge_plunge = usa20930

    def usa20931(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        flu_tp: codes.SurgeOrPlunge | str | None = None,
        tm_tp: codes.UsPriceSurgeTimeBasis | str | None = None,
        tm: int | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20931Response:
        """usa20931 미국주식 가격급등락(ETF) (US Price Surge/Plunge (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20931, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            flu_tp: 급등.급락 구분 · code · optional · codes.SurgeOrPlunge: 1 급등, 2 급락
            tm_tp: 분전, 전일 구분 · code · optional · codes.UsPriceSurgeTimeBasis: 1 분전, 2 일전, 3 지정일
            tm: 분,일자 설정 · int · minutes when tm_tp=1, days when tm_tp=2 · optional
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20931Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20931).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20931.
        """
        answer = self._call(
            e.USA20931,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20931Response", answer)

    us_price_surge_plunge_etf = usa20931

    def usa20932(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        stk_cd: str | None = None,
        flu_tp: codes.SurgeOrPlungeWatchlist | str | None = None,
        tm_tp: codes.UsWatchlistSurgeTimeBasis | str | None = None,
        tm: int | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20932Response:
        """usa20932 미국주식 가격급등락(관심종목) (US Price Surge/Plunge (Watchlist)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20932, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            stk_cd: 관심종목 · text · optional
            flu_tp: 정렬 구분 · code · optional · codes.SurgeOrPlungeWatchlist: 1 급등(기본값), 2 급락
            tm_tp: 기준 구분 · code · optional · codes.UsWatchlistSurgeTimeBasis: 1 분전(기본값), 2 일전, 3 지정일
            tm: 분전 값 · int · minutes when tm_tp=1, days when tm_tp=2 · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20932Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20932).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20932.
        """
        answer = self._call(
            e.USA20932,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20932Response", answer)

    us_price_surge_plunge_watchlist = usa20932

    def usa20970(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        high_low_tp: codes.HighOrLow | str | None = None,
        alacc_rt: codes.UsProximityRate | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd_st: Decimal | int | str | None = None,
        pric_cnd_ed: Decimal | int | str | None = None,
        trde_pric_cnd_st: codes.UsTradingValueCondition | str | None = None,
        trde_qty_cnd_fr: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20970Response:
        """usa20970 미국주식 고가/저가 접근(주식/업종) (US Stocks Near High/Low (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20970, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            high_low_tp: 고가,저가구분 · code · optional · codes.HighOrLow: 1 고가, 2 저가
            alacc_rt: 근접률 · code · optional · codes.UsProximityRate: 0.5 0.5%, 1.0 1.0%, 1.5 1.5%, 2.0 2.0%, 2.5 2.5%, 3.5 3.5%
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd_st: 가격조건 시작 · price · USD · optional
            pric_cnd_ed: 가격조건 끝 · price · USD · optional
            trde_pric_cnd_st: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_cnd_fr: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20970Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20970).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20970.
        """
        answer = self._call(
            e.USA20970,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "high_low_tp": high_low_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd_st": pric_cnd_st,
                "pric_cnd_ed": pric_cnd_ed,
                "trde_pric_cnd_st": trde_pric_cnd_st,
                "trde_qty_cnd_fr": trde_qty_cnd_fr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20970Response", answer)

    us_near_high_low = usa20970

    def usa20971(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        high_low_tp: codes.HighOrLow | str | None = None,
        alacc_rt: codes.UsProximityRate | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd_st: Decimal | int | str | None = None,
        pric_cnd_ed: Decimal | int | str | None = None,
        trde_pric_cnd_st: codes.UsTradingValueCondition | str | None = None,
        trde_qty_cnd_fr: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20971Response:
        """usa20971 미국주식 고가/저가 접근(ETF) (US Stocks Near High/Low (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20971, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            high_low_tp: 고가,저가구분 · code · optional · codes.HighOrLow: 1 고가, 2 저가
            alacc_rt: 근접률 · code · optional · codes.UsProximityRate: 0.5 0.5%, 1.0 1.0%, 1.5 1.5%, 2.0 2.0%, 2.5 2.5%, 3.5 3.5%
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd_st: 가격조건 시작 · price · USD · optional
            pric_cnd_ed: 가격조건 끝 · price · USD · optional
            trde_pric_cnd_st: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_cnd_fr: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20971Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20971).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20971.
        """
        answer = self._call(
            e.USA20971,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "high_low_tp": high_low_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd_st": pric_cnd_st,
                "pric_cnd_ed": pric_cnd_ed,
                "trde_pric_cnd_st": trde_pric_cnd_st,
                "trde_qty_cnd_fr": trde_qty_cnd_fr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20971Response", answer)

    us_near_high_low_etf = usa20971

    def usa20972(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        stk_cd: str | None = None,
        high_low_tp: codes.HighOrLow | str | None = None,
        alacc_rt: codes.UsProximityRate | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd_st: Decimal | int | str | None = None,
        pric_cnd_ed: Decimal | int | str | None = None,
        trde_pric_cnd_st: codes.UsTradingValueCondition | str | None = None,
        trde_qty_cnd_fr: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20972Response:
        """usa20972 미국주식 고가/저가 접근(관심종목) (US Stocks Near High/Low (Watchlist)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20972, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            stk_cd: 관심종목코드 · text · optional
            high_low_tp: 고가,저가구분 · code · optional · codes.HighOrLow: 1 고가, 2 저가
            alacc_rt: 근접률 · code · optional · codes.UsProximityRate: 0.5 0.5%, 1.0 1.0%, 1.5 1.5%, 2.0 2.0%, 2.5 2.5%, 3.5 3.5%
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd_st: 가격조건 시작 · price · USD · optional
            pric_cnd_ed: 가격조건 끝 · price · USD · optional
            trde_pric_cnd_st: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_cnd_fr: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20972Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20972).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20972.
        """
        answer = self._call(
            e.USA20972,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "high_low_tp": high_low_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd_st": pric_cnd_st,
                "pric_cnd_ed": pric_cnd_ed,
                "trde_pric_cnd_st": trde_pric_cnd_st,
                "trde_qty_cnd_fr": trde_qty_cnd_fr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20972Response", answer)

    us_near_high_low_watchlist = usa20972

    def usa23400(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        stk_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        dt_tp: codes.CycleDays | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23400Response:
        """usa23400 미국주식 거래량갱신(주식/업종) (US Volume Record Renewal (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23400, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            stk_cd: 업종검색 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            dt_tp: 일자구분 · code · optional · codes.CycleDays: 5 5일, 10 10일, 20 20일, 60 60일, 250 250일

        Returns:
            Usa23400Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23400).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23400.
        """
        answer = self._call(
            e.USA23400,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "dt_tp": dt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23400Response", answer)

    us_volume_renewal = usa23400

    def usa23401(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        dt_tp: codes.CycleDays | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23401Response:
        """usa23401 미국주식 거래량갱신(ETF) (US Volume Record Renewal (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23401, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            dt_tp: 일자구분 · code · optional · codes.CycleDays: 5 5일, 10 10일, 20 20일, 60 60일, 250 250일

        Returns:
            Usa23401Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23401).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23401.
        """
        answer = self._call(
            e.USA23401,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "dt_tp": dt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23401Response", answer)

    us_volume_renewal_etf = usa23401

    def usa23402(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        dt_tp: codes.CycleDays | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23402Response:
        """usa23402 미국주식 거래량갱신(관심종목) (US Volume Record Renewal (Watchlist)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23402, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_cd: 관심종목 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            dt_tp: 일자구분 · code · optional · codes.CycleDays: 5 5일, 10 10일, 20 20일, 60 60일, 250 250일

        Returns:
            Usa23402Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23402).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23402.
        """
        answer = self._call(
            e.USA23402,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "dt_tp": dt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23402Response", answer)

    us_volume_renewal_watchlist = usa23402

    def usa24100(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        inds_cd: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        ntl_tp: codes.NewHighOrLow | str | None = None,
        high_low_tp: codes.UsHighLowOrCloseBasis | str | None = None,
        dt: int | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24100Response:
        """usa24100 미국주식 신고가/신저가(주식/업종) (US New High/Low (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24100, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            inds_cd: 업종코드 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            ntl_tp: 신고가신저가구분 · code · optional · codes.NewHighOrLow: 1 신고가, 2 신저가
            high_low_tp: 고저기준 · code · optional · codes.UsHighLowOrCloseBasis: 1 고가저가기준, 2 종가기준
            dt: 기간입력 · int · days · optional
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24100Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24100.
        """
        answer = self._call(
            e.USA24100,
            {
                "stex_tp": stex_tp,
                "stk_tp": stk_tp,
                "inds_cd": inds_cd,
                "stk_cnd": stk_cnd,
                "ntl_tp": ntl_tp,
                "high_low_tp": high_low_tp,
                "dt": dt,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24100Response", answer)

    us_new_high_low = usa24100

    def usa24101(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        ntl_tp: codes.NewHighOrLow | str | None = None,
        high_low_tp: codes.UsHighLowOrCloseBasis | str | None = None,
        dt: int | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24101Response:
        """usa24101 미국주식 신고가/신저가(ETF) (US New High/Low (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24101, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            ntl_tp: 신고가신저가구분 · code · optional · codes.NewHighOrLow: 1 신고가, 2 신저가
            high_low_tp: 고저기준 · code · optional · codes.UsHighLowOrCloseBasis: 1 고가저가기준, 2 종가기준
            dt: 기간입력 · int · days · optional
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24101Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24101.
        """
        answer = self._call(
            e.USA24101,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "ntl_tp": ntl_tp,
                "high_low_tp": high_low_tp,
                "dt": dt,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24101Response", answer)

    us_new_high_low_etf = usa24101

    def usa24140(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        sort_tp: codes.UsGapSort | str | None = None,
        updown_tp: codes.UsGapDirection | str | None = None,
        alacc_rt: codes.UsGapRatio | str | None = None,
        stk_cnd: codes.UsGapStockCondition | str | None = None,
        pric_cnd: codes.UsPriceConditionWithUsd | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24140Response:
        """usa24140 미국주식 갭상승/갭하락(주식/업종) (US Gap Up/Gap Down (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24140, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            sort_tp: 정렬기준 · code · optional · codes.UsGapSort: 1 갭비율, 2 전일대비
            updown_tp: 등락구분 · code · optional · codes.UsGapDirection: 1 갭상승, 2 갭하락
            alacc_rt: 비율1(근접율) · code · optional · codes.UsGapRatio: 3 3% 이상, 5 5% 이상, 10 10% 이상, 50 50% 이상, 100 100% 이상, 150 150% 이상, 200 200% 이상
            stk_cnd: 종목조건 · code · optional · codes.UsGapStockCondition: 0 전체, 1 증거금100%, 2 증거금50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceConditionWithUsd: USD USD, 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa24140Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24140).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24140.
        """
        answer = self._call(
            e.USA24140,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "sort_tp": sort_tp,
                "updown_tp": updown_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24140Response", answer)

    us_gap_up_down = usa24140

    def usa24141(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsGapSort | str | None = None,
        updown_tp: codes.UsGapDirection | str | None = None,
        alacc_rt: codes.UsGapRatio | str | None = None,
        stk_cnd: codes.UsGapStockCondition | str | None = None,
        pric_cnd: codes.UsPriceConditionWithUsd | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24141Response:
        """usa24141 미국주식 갭상승/갭하락(ETF) (US Gap Up/Gap Down (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24141, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준 · code · optional · codes.UsGapSort: 1 갭비율, 2 전일대비
            updown_tp: 등락구분 · code · optional · codes.UsGapDirection: 1 갭상승, 2 갭하락
            alacc_rt: 비율1(근접율) · code · optional · codes.UsGapRatio: 3 3% 이상, 5 5% 이상, 10 10% 이상, 50 50% 이상, 100 100% 이상, 150 150% 이상, 200 200% 이상
            stk_cnd: 종목조건 · code · optional · codes.UsGapStockCondition: 0 전체, 1 증거금100%, 2 증거금50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceConditionWithUsd: USD USD, 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa24141Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24141).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24141.
        """
        answer = self._call(
            e.USA24141,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "updown_tp": updown_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24141Response", answer)

    us_gap_up_down_etf = usa24141

    def usa24210(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        rt_tp: codes.UsBuySellRatioType | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        tm: int | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceConditionWithUsd | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24210Response:
        """usa24210 미국주식 잔량률급증(주식/업종) (US Order Book Ratio Surge (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24210, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            rt_tp: 비율 구분 · code · optional · codes.UsBuySellRatioType: 0 매수/매도, 1 매도/매수
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            tm: xxx분전 설정 · int · minutes · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceConditionWithUsd: USD USD, 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24210Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24210).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24210.
        """
        answer = self._call(
            e.USA24210,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "rt_tp": rt_tp,
                "stk_tp": stk_tp,
                "tm": tm,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24210Response", answer)

    us_order_book_ratio_surge = usa24210

    def usa24211(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        rt_tp: codes.UsBuySellRatioType | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        tm: int | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceConditionWithUsd | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24211Response:
        """usa24211 미국주식 잔량률급증(ETF) (US Order Book Ratio Surge (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24211, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            rt_tp: 비율 구분 · code · optional · codes.UsBuySellRatioType: 0 매수/매도, 1 매도/매수
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            tm: xxx분전 설정 · int · minutes · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceConditionWithUsd: USD USD, 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24211Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24211).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24211.
        """
        answer = self._call(
            e.USA24211,
            {
                "stex_tp": stex_tp,
                "rt_tp": rt_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "tm": tm,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24211Response", answer)

    us_order_book_ratio_surge_etf = usa24211

    def usa24220(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        dt: int | str | None = None,
        prps_cnctr_rt: Decimal | int | str | None = None,
        cond: codes.SupplyZonePosition | str | None = None,
        prpscnt: int | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24220Response:
        """usa24220 미국주식 매물대집중(주식/업종) (US Volume Profile Concentration (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24220, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            dt: 기간 · int · days · optional
            prps_cnctr_rt: 매물대 집중비율 · rate · percent · optional
            cond: 조건 · code · optional · codes.SupplyZonePosition: 0 전체, 1 현재가 매물대 진입, 2 현재가 매물대 위, 3 현재가 매물대 아래
            prpscnt: 매물대수 · int · count · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            prps_cnctr_rt: at least 0.

        Returns:
            Usa24220Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24220).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24220.
        """
        answer = self._call(
            e.USA24220,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "dt": dt,
                "prps_cnctr_rt": prps_cnctr_rt,
                "cond": cond,
                "prpscnt": prpscnt,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24220Response", answer)

    us_volume_profile_concentration = usa24220

    def usa24221(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        dt: int | str | None = None,
        prps_cnctr_rt: Decimal | int | str | None = None,
        cond: codes.SupplyZonePosition | str | None = None,
        prpscnt: int | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24221Response:
        """usa24221 미국주식 매물대집중(ETF) (US Volume Profile Concentration (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24221, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            dt: 기간 · int · days · optional
            prps_cnctr_rt: 매물대 집중비율 · rate · percent · optional
            cond: 조건 · code · optional · codes.SupplyZonePosition: 0 전체, 1 현재가 매물대 진입, 2 현재가 매물대 위, 3 현재가 매물대 아래
            prpscnt: 매물대수 · int · count · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24221Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24221).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24221.
        """
        answer = self._call(
            e.USA24221,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "dt": dt,
                "prps_cnctr_rt": prps_cnctr_rt,
                "cond": cond,
                "prpscnt": prpscnt,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24221Response", answer)

    us_volume_profile_concentration_etf = usa24221

    def usa26410(
        self,
        *,
        stex_tp: codes.UsExchange | str,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26410Response:
        """usa26410 미국주식 연도별 등락률(종목) (US Yearly Change Rate (Stock)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26410, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · required

        Returns:
            Usa26410Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26410).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26410.
        """
        answer = self._call(
            e.USA26410,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26410Response", answer)

    us_yearly_stock_change_rate = usa26410

    def usa26411(
        self,
        *,
        inds_cd: str | None = None,
        srch_yr: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26411Response:
        """usa26411 미국주식 연도별 업종별 종목등락률 (US Yearly Stock Change Rate by Sector).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26411, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · optional
            srch_yr: 조회연도 · text · YYYY · optional

        Returns:
            Usa26411Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26411).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26411.
        """
        answer = self._call(
            e.USA26411,
            {
                "inds_cd": inds_cd,
                "srch_yr": srch_yr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26411Response", answer)

    us_yearly_change_rate_by_sector = usa26411

    def usa26412(
        self,
        *,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        srch_yr: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26412Response:
        """usa26412 미국주식 연도별 ETF 카테고리별 종목등락률 (US Yearly Stock Change Rate by ETF Category).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26412, ...)` with this method's arguments, typed as here.

        Args:
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            srch_yr: 조회연도 · text · YYYY · optional

        Returns:
            Usa26412Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26412).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26412.
        """
        answer = self._call(
            e.USA26412,
            {
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "srch_yr": srch_yr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26412Response", answer)

    us_yearly_change_rate_by_etf_category = usa26412

    def usa26413(
        self,
        *,
        inds_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26413Response:
        """usa26413 미국주식 연도별 등락률(업종) (US Yearly Change Rate (Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26413, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · optional

        Returns:
            Usa26413Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26413).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26413.
        """
        answer = self._call(
            e.USA26413,
            {
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26413Response", answer)

    us_yearly_sector_change_rate = usa26413

    def usa26414(
        self,
        *,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26414Response:
        """usa26414 미국주식 연도별 등락률(ETF) (US Yearly Change Rate (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26414, ...)` with this method's arguments, typed as here.

        Args:
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional

        Returns:
            Usa26414Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26414).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26414.
        """
        answer = self._call(
            e.USA26414,
            {
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26414Response", answer)

    us_yearly_etf_change_rate = usa26414


class AsyncUsStkinfo(AsyncGroup):
    """us / stkinfo TRs (async)."""

    async def usa10098(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10098Response:
        """usa10098 미국주식 거래소구분 조회 (US Exchange Types).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10098, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · required

        Returns:
            Usa10098Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10098).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10098.
        """
        answer = await self._call(
            e.USA10098,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10098Response", answer)

    us_exchange_types = usa10098

    async def usa10099(
        self,
        *,
        stex_tp: codes.UsExchangeWithAll | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10099Response:
        """usa10099 미국주식 종목리스트 (US Stock List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10099, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchangeWithAll: % 전체, NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa10099Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10099).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10099.
        """
        answer = await self._call(
            e.USA10099,
            {
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10099Response", answer)

    us_stock_list = usa10099

    async def usa10100(
        self,
        *,
        stk_cd: str,
        stex_tp: codes.UsExchange | str | None = None,
    ) -> Usa10100Response:
        """usa10100 미국주식 종목 조회 (US Stock Info Lookup).

        POST /api/us/stkinfo · mock server: yes.

        Args:
            stk_cd: 종목코드 · text · required
            stex_tp: 거래소구분 · code · optional · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX

        Returns:
            Usa10100Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10100.
        """
        answer = await self._call(
            e.USA10100,
            {
                "stk_cd": stk_cd,
                "stex_tp": stex_tp,
            },
        )
        return cast("Usa10100Response", answer)

    us_stock_info = usa10100

    async def usa10101(
        self,
        *,
        gubun: codes.IndustryListCountry | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10101Response:
        """usa10101 미국주식 업종리스트 (US Sector List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10101, ...)` with this method's arguments, typed as here.

        Args:
            gubun: 구분 · code · optional · codes.IndustryListCountry: % 전체, 1 미국

        Returns:
            Usa10101Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10101.
        """
        answer = await self._call(
            e.USA10101,
            {
                "gubun": gubun,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10101Response", answer)

    us_sector_list = usa10101

    async def usa10102(
        self,
        *,
        index_qry_tp: codes.UsIndex | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10102Response:
        """usa10102 미국지수 리스트 (US Index List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10102, ...)` with this method's arguments, typed as here.

        Args:
            index_qry_tp: 업종지수구분 · code · optional · codes.UsIndex: % 전체, NQ 나스닥, NS S&P500, NW 다우

        Returns:
            Usa10102Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10102).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10102.
        """
        answer = await self._call(
            e.USA10102,
            {
                "index_qry_tp": index_qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10102Response", answer)

    us_index_list = usa10102

    async def usa10104(
        self,
        *,
        stex_tp: codes.UsExchangeWithAll | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10104Response:
        """usa10104 미국 ETF,ETN 리스트 (US ETF/ETN List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10104, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeWithAll: % 전체, NA AMEX, ND NASDAQ, NY NYSE

        Returns:
            Usa10104Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10104).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10104.
        """
        answer = await self._call(
            e.USA10104,
            {
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10104Response", answer)

    us_etf_etn_list = usa10104

    async def usa10105(
        self,
        *,
        gubun: codes.EtfCategoryLevel | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa10105Response:
        """usa10105 미국 ETF 카테고리 리스트 (US ETF Category List).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa10105, ...)` with this method's arguments, typed as here.

        Args:
            gubun: 구분 · code · optional · codes.EtfCategoryLevel: % 전체, 1 카테고리1차, 2 카테고리2차

        Returns:
            Usa10105Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10105).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa10105.
        """
        answer = await self._call(
            e.USA10105,
            {
                "gubun": gubun,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa10105Response", answer)

    us_etf_category_list = usa10105

    async def usa20520(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        tm: int | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20520Response:
        """usa20520 미국주식 거래량급등락(주식/업종) (US Volume Surge/Plunge (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20520, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            tm: x일평균대비 · int · days · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20520Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20520).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20520.
        """
        answer = await self._call(
            e.USA20520,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "tm": tm,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20520Response", answer)

    us_volume_surge_plunge = usa20520

    async def usa20521(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        tm: int | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20521Response:
        """usa20521 미국주식 거래량급등락(ETF) (US Volume Surge/Plunge (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20521, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            tm: x일평균대비 · int · days · optional
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20521Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20521).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20521.
        """
        answer = await self._call(
            e.USA20521,
            {
                "stex_tp": stex_tp,
                "tm": tm,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20521Response", answer)

    us_volume_surge_plunge_etf = usa20521

    async def usa20570(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        inds_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd1: Decimal | int | str | None = None,
        pric_cnd2: Decimal | int | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20570Response:
        """usa20570 미국주식 가격대별주가(주식/업종) (US Prices by Price Range (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20570, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            inds_cd: 업종코드 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd1: 가격조건1 · price · USD · optional
            pric_cnd2: 가격조건2 · price · USD · optional
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20570Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20570).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20570.
        """
        answer = await self._call(
            e.USA20570,
            {
                "stex_tp": stex_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "inds_cd": inds_cd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd1": pric_cnd1,
                "pric_cnd2": pric_cnd2,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20570Response", answer)

    us_stocks_by_price_range = usa20570

    async def usa20571(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd1: Decimal | int | str | None = None,
        pric_cnd2: Decimal | int | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20571Response:
        """usa20571 미국주식 가격대별주가(ETF) (US Prices by Price Range (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20571, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd1: 가격조건1 · price · USD · optional
            pric_cnd2: 가격조건2 · price · USD · optional
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20571Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20571).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20571.
        """
        answer = await self._call(
            e.USA20571,
            {
                "stex_tp": stex_tp,
                "stk_cnd": stk_cnd,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd1": pric_cnd1,
                "pric_cnd2": pric_cnd2,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20571Response", answer)

    us_stocks_by_price_range_etf = usa20571

    async def usa20930(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        inds_cd: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        flu_tp: codes.SurgeOrPlunge | str | None = None,
        tm_tp: codes.UsPriceSurgeTimeBasis | str | None = None,
        tm: int | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20930Response:
        """usa20930 미국주식 가격급등락(주식/업종) (US Price Surge/Plunge (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20930, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            inds_cd: 업종코드 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            flu_tp: 급등.급락 구분 · code · optional · codes.SurgeOrPlunge: 1 급등, 2 급락
            tm_tp: 분전, 전일 구분 · code · optional · codes.UsPriceSurgeTimeBasis: 1 분전, 2 일전, 3 지정일
            tm: 분,일자 설정 · int · minutes when tm_tp=1, days when tm_tp=2 · optional
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20930Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20930).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20930.
        """
        answer = await self._call(
            e.USA20930,
            {
                "stex_tp": stex_tp,
                "stk_tp": stk_tp,
                "inds_cd": inds_cd,
                "stk_cnd": stk_cnd,
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20930Response", answer)

    us_price_surge_plunge = usa20930

    async def usa20931(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        flu_tp: codes.SurgeOrPlunge | str | None = None,
        tm_tp: codes.UsPriceSurgeTimeBasis | str | None = None,
        tm: int | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20931Response:
        """usa20931 미국주식 가격급등락(ETF) (US Price Surge/Plunge (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20931, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            flu_tp: 급등.급락 구분 · code · optional · codes.SurgeOrPlunge: 1 급등, 2 급락
            tm_tp: 분전, 전일 구분 · code · optional · codes.UsPriceSurgeTimeBasis: 1 분전, 2 일전, 3 지정일
            tm: 분,일자 설정 · int · minutes when tm_tp=1, days when tm_tp=2 · optional
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20931Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20931).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20931.
        """
        answer = await self._call(
            e.USA20931,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20931Response", answer)

    us_price_surge_plunge_etf = usa20931

    async def usa20932(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        stk_cd: str | None = None,
        flu_tp: codes.SurgeOrPlungeWatchlist | str | None = None,
        tm_tp: codes.UsWatchlistSurgeTimeBasis | str | None = None,
        tm: int | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20932Response:
        """usa20932 미국주식 가격급등락(관심종목) (US Price Surge/Plunge (Watchlist)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20932, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            stk_cd: 관심종목 · text · optional
            flu_tp: 정렬 구분 · code · optional · codes.SurgeOrPlungeWatchlist: 1 급등(기본값), 2 급락
            tm_tp: 기준 구분 · code · optional · codes.UsWatchlistSurgeTimeBasis: 1 분전(기본값), 2 일전, 3 지정일
            tm: 분전 값 · int · minutes when tm_tp=1, days when tm_tp=2 · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20932Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20932).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20932.
        """
        answer = await self._call(
            e.USA20932,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20932Response", answer)

    us_price_surge_plunge_watchlist = usa20932

    async def usa20970(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        high_low_tp: codes.HighOrLow | str | None = None,
        alacc_rt: codes.UsProximityRate | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd_st: Decimal | int | str | None = None,
        pric_cnd_ed: Decimal | int | str | None = None,
        trde_pric_cnd_st: codes.UsTradingValueCondition | str | None = None,
        trde_qty_cnd_fr: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20970Response:
        """usa20970 미국주식 고가/저가 접근(주식/업종) (US Stocks Near High/Low (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20970, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            high_low_tp: 고가,저가구분 · code · optional · codes.HighOrLow: 1 고가, 2 저가
            alacc_rt: 근접률 · code · optional · codes.UsProximityRate: 0.5 0.5%, 1.0 1.0%, 1.5 1.5%, 2.0 2.0%, 2.5 2.5%, 3.5 3.5%
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd_st: 가격조건 시작 · price · USD · optional
            pric_cnd_ed: 가격조건 끝 · price · USD · optional
            trde_pric_cnd_st: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_cnd_fr: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20970Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20970).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20970.
        """
        answer = await self._call(
            e.USA20970,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "high_low_tp": high_low_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd_st": pric_cnd_st,
                "pric_cnd_ed": pric_cnd_ed,
                "trde_pric_cnd_st": trde_pric_cnd_st,
                "trde_qty_cnd_fr": trde_qty_cnd_fr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20970Response", answer)

    us_near_high_low = usa20970

    async def usa20971(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        high_low_tp: codes.HighOrLow | str | None = None,
        alacc_rt: codes.UsProximityRate | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd_st: Decimal | int | str | None = None,
        pric_cnd_ed: Decimal | int | str | None = None,
        trde_pric_cnd_st: codes.UsTradingValueCondition | str | None = None,
        trde_qty_cnd_fr: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20971Response:
        """usa20971 미국주식 고가/저가 접근(ETF) (US Stocks Near High/Low (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20971, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            high_low_tp: 고가,저가구분 · code · optional · codes.HighOrLow: 1 고가, 2 저가
            alacc_rt: 근접률 · code · optional · codes.UsProximityRate: 0.5 0.5%, 1.0 1.0%, 1.5 1.5%, 2.0 2.0%, 2.5 2.5%, 3.5 3.5%
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd_st: 가격조건 시작 · price · USD · optional
            pric_cnd_ed: 가격조건 끝 · price · USD · optional
            trde_pric_cnd_st: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_cnd_fr: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20971Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20971).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20971.
        """
        answer = await self._call(
            e.USA20971,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "high_low_tp": high_low_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd_st": pric_cnd_st,
                "pric_cnd_ed": pric_cnd_ed,
                "trde_pric_cnd_st": trde_pric_cnd_st,
                "trde_qty_cnd_fr": trde_qty_cnd_fr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20971Response", answer)

    us_near_high_low_etf = usa20971

    async def usa20972(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        stk_cd: str | None = None,
        high_low_tp: codes.HighOrLow | str | None = None,
        alacc_rt: codes.UsProximityRate | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd_st: Decimal | int | str | None = None,
        pric_cnd_ed: Decimal | int | str | None = None,
        trde_pric_cnd_st: codes.UsTradingValueCondition | str | None = None,
        trde_qty_cnd_fr: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20972Response:
        """usa20972 미국주식 고가/저가 접근(관심종목) (US Stocks Near High/Low (Watchlist)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20972, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            stk_cd: 관심종목코드 · text · optional
            high_low_tp: 고가,저가구분 · code · optional · codes.HighOrLow: 1 고가, 2 저가
            alacc_rt: 근접률 · code · optional · codes.UsProximityRate: 0.5 0.5%, 1.0 1.0%, 1.5 1.5%, 2.0 2.0%, 2.5 2.5%, 3.5 3.5%
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd_st: 가격조건 시작 · price · USD · optional
            pric_cnd_ed: 가격조건 끝 · price · USD · optional
            trde_pric_cnd_st: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_cnd_fr: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20972Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20972).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20972.
        """
        answer = await self._call(
            e.USA20972,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "high_low_tp": high_low_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd_st": pric_cnd_st,
                "pric_cnd_ed": pric_cnd_ed,
                "trde_pric_cnd_st": trde_pric_cnd_st,
                "trde_qty_cnd_fr": trde_qty_cnd_fr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20972Response", answer)

    us_near_high_low_watchlist = usa20972

    async def usa23400(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        stk_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        dt_tp: codes.CycleDays | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23400Response:
        """usa23400 미국주식 거래량갱신(주식/업종) (US Volume Record Renewal (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23400, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            stk_cd: 업종검색 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            dt_tp: 일자구분 · code · optional · codes.CycleDays: 5 5일, 10 10일, 20 20일, 60 60일, 250 250일

        Returns:
            Usa23400Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23400).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23400.
        """
        answer = await self._call(
            e.USA23400,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "dt_tp": dt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23400Response", answer)

    us_volume_renewal = usa23400

    async def usa23401(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        dt_tp: codes.CycleDays | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23401Response:
        """usa23401 미국주식 거래량갱신(ETF) (US Volume Record Renewal (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23401, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            dt_tp: 일자구분 · code · optional · codes.CycleDays: 5 5일, 10 10일, 20 20일, 60 60일, 250 250일

        Returns:
            Usa23401Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23401).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23401.
        """
        answer = await self._call(
            e.USA23401,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "dt_tp": dt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23401Response", answer)

    us_volume_renewal_etf = usa23401

    async def usa23402(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        dt_tp: codes.CycleDays | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa23402Response:
        """usa23402 미국주식 거래량갱신(관심종목) (US Volume Record Renewal (Watchlist)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa23402, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_cd: 관심종목 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            dt_tp: 일자구분 · code · optional · codes.CycleDays: 5 5일, 10 10일, 20 20일, 60 60일, 250 250일

        Returns:
            Usa23402Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23402).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa23402.
        """
        answer = await self._call(
            e.USA23402,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "dt_tp": dt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa23402Response", answer)

    us_volume_renewal_watchlist = usa23402

    async def usa24100(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        inds_cd: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        ntl_tp: codes.NewHighOrLow | str | None = None,
        high_low_tp: codes.UsHighLowOrCloseBasis | str | None = None,
        dt: int | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24100Response:
        """usa24100 미국주식 신고가/신저가(주식/업종) (US New High/Low (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24100, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            inds_cd: 업종코드 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            ntl_tp: 신고가신저가구분 · code · optional · codes.NewHighOrLow: 1 신고가, 2 신저가
            high_low_tp: 고저기준 · code · optional · codes.UsHighLowOrCloseBasis: 1 고가저가기준, 2 종가기준
            dt: 기간입력 · int · days · optional
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24100Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24100.
        """
        answer = await self._call(
            e.USA24100,
            {
                "stex_tp": stex_tp,
                "stk_tp": stk_tp,
                "inds_cd": inds_cd,
                "stk_cnd": stk_cnd,
                "ntl_tp": ntl_tp,
                "high_low_tp": high_low_tp,
                "dt": dt,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24100Response", answer)

    us_new_high_low = usa24100

    async def usa24101(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        ntl_tp: codes.NewHighOrLow | str | None = None,
        high_low_tp: codes.UsHighLowOrCloseBasis | str | None = None,
        dt: int | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24101Response:
        """usa24101 미국주식 신고가/신저가(ETF) (US New High/Low (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24101, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            ntl_tp: 신고가신저가구분 · code · optional · codes.NewHighOrLow: 1 신고가, 2 신저가
            high_low_tp: 고저기준 · code · optional · codes.UsHighLowOrCloseBasis: 1 고가저가기준, 2 종가기준
            dt: 기간입력 · int · days · optional
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24101Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24101.
        """
        answer = await self._call(
            e.USA24101,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "ntl_tp": ntl_tp,
                "high_low_tp": high_low_tp,
                "dt": dt,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24101Response", answer)

    us_new_high_low_etf = usa24101

    async def usa24140(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        sort_tp: codes.UsGapSort | str | None = None,
        updown_tp: codes.UsGapDirection | str | None = None,
        alacc_rt: codes.UsGapRatio | str | None = None,
        stk_cnd: codes.UsGapStockCondition | str | None = None,
        pric_cnd: codes.UsPriceConditionWithUsd | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24140Response:
        """usa24140 미국주식 갭상승/갭하락(주식/업종) (US Gap Up/Gap Down (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24140, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            sort_tp: 정렬기준 · code · optional · codes.UsGapSort: 1 갭비율, 2 전일대비
            updown_tp: 등락구분 · code · optional · codes.UsGapDirection: 1 갭상승, 2 갭하락
            alacc_rt: 비율1(근접율) · code · optional · codes.UsGapRatio: 3 3% 이상, 5 5% 이상, 10 10% 이상, 50 50% 이상, 100 100% 이상, 150 150% 이상, 200 200% 이상
            stk_cnd: 종목조건 · code · optional · codes.UsGapStockCondition: 0 전체, 1 증거금100%, 2 증거금50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceConditionWithUsd: USD USD, 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa24140Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24140).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24140.
        """
        answer = await self._call(
            e.USA24140,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "sort_tp": sort_tp,
                "updown_tp": updown_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24140Response", answer)

    us_gap_up_down = usa24140

    async def usa24141(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsGapSort | str | None = None,
        updown_tp: codes.UsGapDirection | str | None = None,
        alacc_rt: codes.UsGapRatio | str | None = None,
        stk_cnd: codes.UsGapStockCondition | str | None = None,
        pric_cnd: codes.UsPriceConditionWithUsd | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24141Response:
        """usa24141 미국주식 갭상승/갭하락(ETF) (US Gap Up/Gap Down (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24141, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준 · code · optional · codes.UsGapSort: 1 갭비율, 2 전일대비
            updown_tp: 등락구분 · code · optional · codes.UsGapDirection: 1 갭상승, 2 갭하락
            alacc_rt: 비율1(근접율) · code · optional · codes.UsGapRatio: 3 3% 이상, 5 5% 이상, 10 10% 이상, 50 50% 이상, 100 100% 이상, 150 150% 이상, 200 200% 이상
            stk_cnd: 종목조건 · code · optional · codes.UsGapStockCondition: 0 전체, 1 증거금100%, 2 증거금50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceConditionWithUsd: USD USD, 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa24141Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24141).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24141.
        """
        answer = await self._call(
            e.USA24141,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "updown_tp": updown_tp,
                "alacc_rt": alacc_rt,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24141Response", answer)

    us_gap_up_down_etf = usa24141

    async def usa24210(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        rt_tp: codes.UsBuySellRatioType | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        tm: int | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceConditionWithUsd | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24210Response:
        """usa24210 미국주식 잔량률급증(주식/업종) (US Order Book Ratio Surge (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24210, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            rt_tp: 비율 구분 · code · optional · codes.UsBuySellRatioType: 0 매수/매도, 1 매도/매수
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            tm: xxx분전 설정 · int · minutes · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceConditionWithUsd: USD USD, 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24210Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24210).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24210.
        """
        answer = await self._call(
            e.USA24210,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "rt_tp": rt_tp,
                "stk_tp": stk_tp,
                "tm": tm,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24210Response", answer)

    us_order_book_ratio_surge = usa24210

    async def usa24211(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        rt_tp: codes.UsBuySellRatioType | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        tm: int | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceConditionWithUsd | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24211Response:
        """usa24211 미국주식 잔량률급증(ETF) (US Order Book Ratio Surge (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24211, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            rt_tp: 비율 구분 · code · optional · codes.UsBuySellRatioType: 0 매수/매도, 1 매도/매수
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            tm: xxx분전 설정 · int · minutes · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceConditionWithUsd: USD USD, 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24211Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24211).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24211.
        """
        answer = await self._call(
            e.USA24211,
            {
                "stex_tp": stex_tp,
                "rt_tp": rt_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "tm": tm,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24211Response", answer)

    us_order_book_ratio_surge_etf = usa24211

    async def usa24220(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        dt: int | str | None = None,
        prps_cnctr_rt: Decimal | int | str | None = None,
        cond: codes.SupplyZonePosition | str | None = None,
        prpscnt: int | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24220Response:
        """usa24220 미국주식 매물대집중(주식/업종) (US Volume Profile Concentration (Stock/Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24220, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            dt: 기간 · int · days · optional
            prps_cnctr_rt: 매물대 집중비율 · rate · percent · optional
            cond: 조건 · code · optional · codes.SupplyZonePosition: 0 전체, 1 현재가 매물대 진입, 2 현재가 매물대 위, 3 현재가 매물대 아래
            prpscnt: 매물대수 · int · count · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            prps_cnctr_rt: at least 0.

        Returns:
            Usa24220Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24220).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24220.
        """
        answer = await self._call(
            e.USA24220,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "dt": dt,
                "prps_cnctr_rt": prps_cnctr_rt,
                "cond": cond,
                "prpscnt": prpscnt,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24220Response", answer)

    us_volume_profile_concentration = usa24220

    async def usa24221(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        dt: int | str | None = None,
        prps_cnctr_rt: Decimal | int | str | None = None,
        cond: codes.SupplyZonePosition | str | None = None,
        prpscnt: int | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24221Response:
        """usa24221 미국주식 매물대집중(ETF) (US Volume Profile Concentration (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24221, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            dt: 기간 · int · days · optional
            prps_cnctr_rt: 매물대 집중비율 · rate · percent · optional
            cond: 조건 · code · optional · codes.SupplyZonePosition: 0 전체, 1 현재가 매물대 진입, 2 현재가 매물대 위, 3 현재가 매물대 아래
            prpscnt: 매물대수 · int · count · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24221Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24221).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24221.
        """
        answer = await self._call(
            e.USA24221,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "dt": dt,
                "prps_cnctr_rt": prps_cnctr_rt,
                "cond": cond,
                "prpscnt": prpscnt,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24221Response", answer)

    us_volume_profile_concentration_etf = usa24221

    async def usa26410(
        self,
        *,
        stex_tp: codes.UsExchange | str,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26410Response:
        """usa26410 미국주식 연도별 등락률(종목) (US Yearly Change Rate (Stock)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26410, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · required · codes.UsExchange: ND NASDAQ, NY NYSE, NA AMEX
            stk_cd: 종목코드 · text · required

        Returns:
            Usa26410Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26410).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26410.
        """
        answer = await self._call(
            e.USA26410,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26410Response", answer)

    us_yearly_stock_change_rate = usa26410

    async def usa26411(
        self,
        *,
        inds_cd: str | None = None,
        srch_yr: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26411Response:
        """usa26411 미국주식 연도별 업종별 종목등락률 (US Yearly Stock Change Rate by Sector).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26411, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · optional
            srch_yr: 조회연도 · text · YYYY · optional

        Returns:
            Usa26411Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26411).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26411.
        """
        answer = await self._call(
            e.USA26411,
            {
                "inds_cd": inds_cd,
                "srch_yr": srch_yr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26411Response", answer)

    us_yearly_change_rate_by_sector = usa26411

    async def usa26412(
        self,
        *,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        srch_yr: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26412Response:
        """usa26412 미국주식 연도별 ETF 카테고리별 종목등락률 (US Yearly Stock Change Rate by ETF Category).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26412, ...)` with this method's arguments, typed as here.

        Args:
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            srch_yr: 조회연도 · text · YYYY · optional

        Returns:
            Usa26412Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26412).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26412.
        """
        answer = await self._call(
            e.USA26412,
            {
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "srch_yr": srch_yr,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26412Response", answer)

    us_yearly_change_rate_by_etf_category = usa26412

    async def usa26413(
        self,
        *,
        inds_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26413Response:
        """usa26413 미국주식 연도별 등락률(업종) (US Yearly Change Rate (Sector)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26413, ...)` with this method's arguments, typed as here.

        Args:
            inds_cd: 업종코드 · text · optional

        Returns:
            Usa26413Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26413).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26413.
        """
        answer = await self._call(
            e.USA26413,
            {
                "inds_cd": inds_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26413Response", answer)

    us_yearly_sector_change_rate = usa26413

    async def usa26414(
        self,
        *,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa26414Response:
        """usa26414 미국주식 연도별 등락률(ETF) (US Yearly Change Rate (ETF)).

        POST /api/us/stkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa26414, ...)` with this method's arguments, typed as here.

        Args:
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional

        Returns:
            Usa26414Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26414).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa26414.
        """
        answer = await self._call(
            e.USA26414,
            {
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa26414Response", answer)

    us_yearly_etf_change_rate = usa26414
