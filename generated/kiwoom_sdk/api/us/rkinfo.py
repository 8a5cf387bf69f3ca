"""us / rkinfo: one method per TR, by id and by English alias.

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
    from kiwoom_sdk.models.us.rkinfo import (
        Usa01980Response,
        Usa01990Response,
        Usa20510Response,
        Usa20511Response,
        Usa20512Response,
        Usa20530Response,
        Usa20531Response,
        Usa20540Response,
        Usa20541Response,
        Usa20550Response,
        Usa20551Response,
        Usa20880Response,
        Usa20881Response,
        Usa20910Response,
        Usa20911Response,
        Usa20920Response,
        Usa20921Response,
        Usa20922Response,
        Usa20940Response,
        Usa20941Response,
        Usa20960Response,
        Usa20961Response,
        Usa24110Response,
        Usa24111Response,
        Usa24120Response,
        Usa24121Response,
        Usa24150Response,
        Usa24151Response,
        Usa24160Response,
        Usa24161Response,
        Usa24162Response,
        Usa24200Response,
        Usa24201Response,
        Usa24290Response,
        Usa24291Response,
    )


class UsRkinfo(SyncGroup):
    """us / rkinfo TRs (sync)."""

    def usa01980(
        self,
        *,
        svc_type: codes.UsRealtimeRankPeriod | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa01980Response:
        """usa01980 미국주식 실시간 종목 조회 순위 (US Real-Time Most Viewed Stock Ranking).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa01980, ...)` with this method's arguments, typed as here.

        Args:
            svc_type: 서비스 유형 · code · max 4 · optional · codes.UsRealtimeRankPeriod: B286 30초, B281 1분, B282 10분, B283 1시간, B284 당일

        Returns:
            Usa01980Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa01980).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa01980.
        """
        answer = self._call(
            e.USA01980,
            {
                "svc_type": svc_type,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa01980Response", answer)

    us_realtime_stock_view_ranking = usa01980

    def usa01990(
        self,
        *,
        dt_unit_tp: codes.DateUnit | str | None = None,
        stk_tp: codes.UsSecurityTypeLetter | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa01990Response:
        """usa01990 미국주식 관심종목 등록 상위 (US Top Watchlist Registrations).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa01990, ...)` with this method's arguments, typed as here.

        Args:
            dt_unit_tp: 일,주,월단위구분 · code · optional · codes.DateUnit: D 일, W 주, M 월
            stk_tp: 시장구분 · code · optional · codes.UsSecurityTypeLetter: A 전체, S 주식, E ETF

        Returns:
            Usa01990Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa01990).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa01990.
        """
        answer = self._call(
            e.USA01990,
            {
                "dt_unit_tp": dt_unit_tp,
                "stk_tp": stk_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa01990Response", answer)

    us_top_watchlist_registrations = usa01990

    def usa20510(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        tm: codes.UsDaysAgoPeriod | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20510Response:
        """usa20510 미국주식 기간별 등락률상위(주식/업종) (US Top Change Rate by Period (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20510, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            tm: n일전 구분 · code · optional · codes.UsDaysAgoPeriod: 1 전일, 5 5일, 10 10일, 30 30일
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20510Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20510).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20510.
        """
        answer = self._call(
            e.USA20510,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20510Response", answer)

    us_top_period_change_rate = usa20510

    def usa20511(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        tm: codes.UsDaysAgoPeriod | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20511Response:
        """usa20511 미국주식 기간별 등락률상위(ETF) (US Top Change Rate by Period (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20511, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF코드1 · text · optional
            etf_cat2: ETF코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            tm: n일전 구분 · code · optional · codes.UsDaysAgoPeriod: 1 전일, 5 5일, 10 10일, 30 30일
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20511Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20511).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20511.
        """
        answer = self._call(
            e.USA20511,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20511Response", answer)

    us_top_period_change_rate_etf = usa20511

    def usa20512(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_cd: str | None = None,
        tm: codes.UsDaysAgoPeriod | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20512Response:
        """usa20512 미국주식 기간별 등락률상위(관심종목) (US Top Change Rate by Period (Watchlist)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20512, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_cd: 종목코드 · text · optional
            tm: n일전 설정 · code · optional · codes.UsDaysAgoPeriod: 1 전일, 5 5일, 10 10일, 30 30일
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20512Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20512).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20512.
        """
        answer = self._call(
            e.USA20512,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20512Response", answer)

    us_top_period_change_rate_watchlist = usa20512

    def usa20530(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        qry_tp: codes.UsVolumeRankSort | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20530Response:
        """usa20530 미국주식 당일 거래량 상위(주식/업종) (US Top Volume Today (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20530, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            qry_tp: 정렬기준 구분 · code · optional · codes.UsVolumeRankSort: 0 거래량상위, 1 거래대금상위, 2 거래회전율상위
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20530Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20530).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20530.
        """
        answer = self._call(
            e.USA20530,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "trde_qty_tp": trde_qty_tp,
                "qry_tp": qry_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20530Response", answer)

    us_top_today_volume = usa20530

    def usa20531(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        qry_tp: codes.UsVolumeRankSort | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20531Response:
        """usa20531 미국주식 당일 거래량 상위(ETF) (US Top Volume Today (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20531, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            qry_tp: 정렬기준 구분 · code · optional · codes.UsVolumeRankSort: 0 거래량상위, 1 거래대금상위, 2 거래회전율상위
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20531Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20531).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20531.
        """
        answer = self._call(
            e.USA20531,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "qry_tp": qry_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20531Response", answer)

    us_top_today_volume_etf = usa20531

    def usa20540(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20540Response:
        """usa20540 미국주식 당일 거래대금 상위(주식/업종) (US Top Trading Value Today (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20540, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20540Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20540).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20540.
        """
        answer = self._call(
            e.USA20540,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20540Response", answer)

    us_top_today_trading_value = usa20540

    def usa20541(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20541Response:
        """usa20541 미국주식 당일 거래대금 상위(ETF) (US Top Trading Value Today (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20541, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20541Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20541).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20541.
        """
        answer = self._call(
            e.USA20541,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20541Response", answer)

    us_top_today_trading_value_etf = usa20541

    def usa20550(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20550Response:
        """usa20550 미국주식 시가총액상위(주식/업종) (US Top Market Cap (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20550, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20550Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20550).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20550.
        """
        answer = self._call(
            e.USA20550,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20550Response", answer)

    us_top_market_cap = usa20550

    def usa20551(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20551Response:
        """usa20551 미국주식 시가총액상위(ETF) (US Top Market Cap (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20551, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20551Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20551).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20551.
        """
        answer = self._call(
            e.USA20551,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20551Response", answer)

    us_top_market_cap_etf = usa20551

    def usa20880(
        self,
        *,
        qry_tp: codes.UsKiwoomTopQueryType | str | None = None,
        dt_unit_tp: codes.UsTradeRankPeriodUnit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20880Response:
        """usa20880 키움 거래 상위 종목(미국주식) (Kiwoom Top Traded US Stocks).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20880, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · optional · codes.UsKiwoomTopQueryType: 1 매수상위, 2 매도상위, 3 순매수상위, 4 보유잔고상위, 5 보유고객상위, 6 거래비중상위, 7 거래대금상위
            dt_unit_tp: 일,주,월단위구분 · code · optional · codes.UsTradeRankPeriodUnit: 1 일, 2 주, 3 월, 4 년, 5 10분, 6 30분, 7 60분, 8 5분

        Returns:
            Usa20880Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20880).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20880.
        """
        answer = self._call(
            e.USA20880,
            {
                "qry_tp": qry_tp,
                "dt_unit_tp": dt_unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20880Response", answer)

    us_kiwoom_top_traded_stocks = usa20880

    def usa20881(
        self,
        *,
        qry_tp: codes.UsKiwoomTopQueryType | str | None = None,
        dt_unit_tp: codes.UsTradeRankPeriodUnit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20881Response:
        """usa20881 키움 거래 상위 종목(미국 ETF) (Kiwoom Top Traded US ETFs).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20881, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · optional · codes.UsKiwoomTopQueryType: 1 매수상위, 2 매도상위, 3 순매수상위, 4 보유잔고상위, 5 보유고객상위, 6 거래비중상위, 7 거래대금상위
            dt_unit_tp: 일,주,월단위구분 · code · optional · codes.UsTradeRankPeriodUnit: 1 일, 2 주, 3 월, 4 년, 5 10분, 6 30분, 7 60분, 8 5분

        Returns:
            Usa20881Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20881).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20881.
        """
        answer = self._call(
            e.USA20881,
            {
                "qry_tp": qry_tp,
                "dt_unit_tp": dt_unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20881Response", answer)

    us_kiwoom_top_traded_etfs = usa20881

    def usa20910(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        inds_cls_tp: codes.UsIndexMembership | str | None = None,
        sort_tp: codes.UsPrevDayChangeSort | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20910Response:
        """usa20910 미국주식 전일대비 등락률상위(주식/업종) (US Top Change Rate vs Prev Close (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20910, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            inds_cls_tp: 미국업종구분 · code · optional · codes.UsIndexMembership: 0 전체, 1 다우30, 2 나스닥100, 3 S&P500
            sort_tp: 정렬기준 · code · optional · codes.UsPrevDayChangeSort: 1 전일대비 상승률, 2 전일대비 상승폭, 3 보합, 4 전일대비 하락률, 5 전일대비 하락폭
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20910Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20910).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20910.
        """
        answer = self._call(
            e.USA20910,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "inds_cls_tp": inds_cls_tp,
                "sort_tp": sort_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20910Response", answer)

    us_top_change_rate_vs_prev_close = usa20910

    def usa20911(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsPrevDayChangeSort | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20911Response:
        """usa20911 미국주식 전일대비 등락률상위(ETF) (US Top Change Rate vs Prev Close (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20911, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준 · code · optional · codes.UsPrevDayChangeSort: 1 전일대비 상승률, 2 전일대비 상승폭, 3 보합, 4 전일대비 하락률, 5 전일대비 하락폭
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20911Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20911).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20911.
        """
        answer = self._call(
            e.USA20911,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20911Response", answer)

    us_top_change_rate_vs_prev_close_etf = usa20911

    def usa20920(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsOpenChangeSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20920Response:
        """usa20920 미국주식 시가대비 등락률상위(주식/업종) (US Top Change Rate vs Open (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20920, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsOpenChangeSort: 1 상승률, 2 하락률

        Returns:
            Usa20920Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20920).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20920.
        """
        answer = self._call(
            e.USA20920,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20920Response", answer)

    us_top_change_rate_vs_open = usa20920

    def usa20921(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsOpenChangeSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20921Response:
        """usa20921 미국주식 시가대비 등락률상위(ETF) (US Top Change Rate vs Open (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20921, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsOpenChangeSort: 1 상승률, 2 하락률

        Returns:
            Usa20921Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20921).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20921.
        """
        answer = self._call(
            e.USA20921,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20921Response", answer)

    us_top_change_rate_vs_open_etf = usa20921

    def usa20922(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_cd: str | None = None,
        sort_tp: codes.UsOpenChangeSort | str | None = None,
        stk_tp: codes.UsSecurityType | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20922Response:
        """usa20922 미국주식 시가대비 등락률상위(관심종목) (US Top Change Rate vs Open (Watchlist)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20922, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_cd: 관심종목코드 · text · optional
            sort_tp: 정렬기준 · code · optional · codes.UsOpenChangeSort: 1 상승률, 2 하락률
            stk_tp: 종목구분 · code · optional · codes.UsSecurityType: 0 전체, 1 주식, 2 ETF
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20922Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20922).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20922.
        """
        answer = self._call(
            e.USA20922,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "sort_tp": sort_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20922Response", answer)

    us_top_change_rate_vs_open_watchlist = usa20922

    def usa20940(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        sort_tp: codes.UsCumulativeChangeSort | str | None = None,
        pric_cnd1: Decimal | int | str | None = None,
        pric_cnd2: Decimal | int | str | None = None,
        base_dt: datetime.date | str | None = None,
        stk_cnd: codes.AllOnlyFilter | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20940Response:
        """usa20940 미국주식 누적 등락률 상위(주식/업종) (US Top Cumulative Change Rate (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20940, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            sort_tp: 정렬기준구분 · code · optional · codes.UsCumulativeChangeSort: 0 상승률, 1 상승폭, 3 하락률, 4 하락폭
            pric_cnd1: 가격1 구분 · rate · optional
            pric_cnd2: 가격2 구분 · rate · optional
            base_dt: 기준일자 · date · YYYYMMDD · optional
            stk_cnd: 종목조건 · code · optional · codes.AllOnlyFilter: 0 전체
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20940Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20940).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20940.
        """
        answer = self._call(
            e.USA20940,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "sort_tp": sort_tp,
                "pric_cnd1": pric_cnd1,
                "pric_cnd2": pric_cnd2,
                "base_dt": base_dt,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20940Response", answer)

    us_top_cumulative_change_rate = usa20940

    def usa20941(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsCumulativeChangeSort | str | None = None,
        pric_cnd1: Decimal | int | str | None = None,
        pric_cnd2: Decimal | int | str | None = None,
        base_dt: datetime.date | str | None = None,
        stk_cnd: codes.AllOnlyFilter | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20941Response:
        """usa20941 미국주식 누적 등락률 상위(ETF) (US Top Cumulative Change Rate (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20941, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준구분 · code · optional · codes.UsCumulativeChangeSort: 0 상승률, 1 상승폭, 3 하락률, 4 하락폭
            pric_cnd1: 가격1 구분 · rate · optional
            pric_cnd2: 가격2 구분 · rate · optional
            base_dt: 기준일자 · date · YYYYMMDD · optional
            stk_cnd: 종목조건 · code · optional · codes.AllOnlyFilter: 0 전체
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20941Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20941).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20941.
        """
        answer = self._call(
            e.USA20941,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "pric_cnd1": pric_cnd1,
                "pric_cnd2": pric_cnd2,
                "base_dt": base_dt,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20941Response", answer)

    us_top_cumulative_change_rate_etf = usa20941

    def usa20960(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        qry_tp: codes.UsPreviousDayRankSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20960Response:
        """usa20960 미국주식 전일 거래상위(주식/업종) (US Top Trading Previous Day (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20960, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            qry_tp: 정렬기준구분 · code · optional · codes.UsPreviousDayRankSort: 0 전일거래량상위, 1 전일거래대금상위

        Returns:
            Usa20960Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20960).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20960.
        """
        answer = self._call(
            e.USA20960,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20960Response", answer)

    us_top_prev_day_trading = usa20960

    def usa20961(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        qry_tp: codes.UsPreviousDayRankSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20961Response:
        """usa20961 미국주식 전일 거래상위(ETF) (US Top Trading Previous Day (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20961, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            qry_tp: 정렬기준구분 · code · optional · codes.UsPreviousDayRankSort: 0 전일거래량상위, 1 전일거래대금상위

        Returns:
            Usa20961Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20961).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20961.
        """
        answer = self._call(
            e.USA20961,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20961Response", answer)

    us_top_prev_day_trading_etf = usa20961

    def usa24110(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        sort_tp: codes.UsHighLowCompareSort | str | None = None,
        dt_tp: codes.HighLowLookback | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24110Response:
        """usa24110 미국주식 최고최저가대비 상승하락(주식/업종) (US Rise/Fall vs Highest/Lowest (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24110, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            sort_tp: 정렬기준구분 · code · optional · codes.UsHighLowCompareSort: 0 저가대비상승, 1 고가대비하락
            dt_tp: 기간구분 · code · optional · codes.HighLowLookback: 0 연중, 1 52주
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24110Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24110).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24110.
        """
        answer = self._call(
            e.USA24110,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "sort_tp": sort_tp,
                "dt_tp": dt_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24110Response", answer)

    us_rise_fall_vs_high_low = usa24110

    def usa24111(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsHighLowCompareSort | str | None = None,
        dt_tp: codes.HighLowLookback | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24111Response:
        """usa24111 미국주식 최고최저가대비 상승하락(ETF) (US Rise/Fall vs Highest/Lowest (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24111, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준구분 · code · optional · codes.UsHighLowCompareSort: 0 저가대비상승, 1 고가대비하락
            dt_tp: 기간구분 · code · optional · codes.HighLowLookback: 0 연중, 1 52주
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24111Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24111).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24111.
        """
        answer = self._call(
            e.USA24111,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "dt_tp": dt_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24111Response", answer)

    us_rise_fall_vs_high_low_etf = usa24111

    def usa24120(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        base_dt: datetime.date | str | None = None,
        sort_tp: codes.UsDateRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24120Response:
        """usa24120 미국주식 특정일자 상승/하락 (주식/업종) (US Rise/Fall on Specific Date (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24120, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            base_dt: 기간 · date · YYYYMMDD · optional
            sort_tp: 정렬기준 구분 · code · optional · codes.UsDateRiseFallSort: 0 상승, 2 하락

        Returns:
            Usa24120Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24120).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24120.
        """
        answer = self._call(
            e.USA24120,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
                "base_dt": base_dt,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24120Response", answer)

    us_rise_fall_on_date = usa24120

    def usa24121(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        base_dt: datetime.date | str | None = None,
        sort_tp: codes.UsDateRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24121Response:
        """usa24121 미국주식 특정일자 상승/하락(ETF) (US Rise/Fall on Specific Date (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24121, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            base_dt: 기간 · date · YYYYMMDD · optional
            sort_tp: 정렬기준 구분 · code · optional · codes.UsDateRiseFallSort: 0 상승, 2 하락

        Returns:
            Usa24121Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24121).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24121.
        """
        answer = self._call(
            e.USA24121,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
                "base_dt": base_dt,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24121Response", answer)

    us_rise_fall_on_date_etf = usa24121

    def usa24150(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24150Response:
        """usa24150 미국주식 회전율 상위(주식/업종) (US Top Turnover Rate (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24150, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24150Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24150).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24150.
        """
        answer = self._call(
            e.USA24150,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24150Response", answer)

    us_top_turnover = usa24150

    def usa24151(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24151Response:
        """usa24151 미국주식 회전율 상위(ETF) (US Top Turnover Rate (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24151, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24151Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24151).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24151.
        """
        answer = self._call(
            e.USA24151,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24151Response", answer)

    us_top_turnover_etf = usa24151

    def usa24160(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsConsecutiveRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24160Response:
        """usa24160 미국주식 연속상승/하락 순위(주식/업종) (US Consecutive Rise/Fall Ranking (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24160, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsConsecutiveRiseFallSort: 0 연속일수상승, 1 연속일수보합, 2 연속일수하락, 3 기준일대비상승, 4 기준일대비보합, 5 기준일대비 하락

        Returns:
            Usa24160Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24160).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24160.
        """
        answer = self._call(
            e.USA24160,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24160Response", answer)

    us_consecutive_rise_fall = usa24160

    def usa24161(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsConsecutiveRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24161Response:
        """usa24161 미국주식 연속상승/하락 순위(ETF) (US Consecutive Rise/Fall Ranking (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24161, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsConsecutiveRiseFallSort: 0 연속일수상승, 1 연속일수보합, 2 연속일수하락, 3 기준일대비상승, 4 기준일대비보합, 5 기준일대비 하락

        Returns:
            Usa24161Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24161).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24161.
        """
        answer = self._call(
            e.USA24161,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24161Response", answer)

    us_consecutive_rise_fall_etf = usa24161

    def usa24162(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        stk_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsConsecutiveRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24162Response:
        """usa24162 미국주식 연속상승/하락 순위(관심종목) (US Consecutive Rise/Fall Ranking (Watchlist)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24162, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            stk_cd: 관심종목 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsConsecutiveRiseFallSort: 0 연속일수상승, 1 연속일수보합, 2 연속일수하락, 3 기준일대비상승, 4 기준일대비보합, 5 기준일대비 하락

        Returns:
            Usa24162Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24162).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24162.
        """
        answer = self._call(
            e.USA24162,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24162Response", answer)

    us_consecutive_rise_fall_watchlist = usa24162

    def usa24200(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        sort_tp: codes.UsOrderbookTopSort | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24200Response:
        """usa24200 미국주식 호가잔량상위(주식/업종) (US Top Order Book Volume (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24200, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            sort_tp: 정렬기준 · code · optional · codes.UsOrderbookTopSort: 1 순매수잔량순, 2 순매도잔량순, 3 순매수비율순, 4 순매도비율순
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24200Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24200).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24200.
        """
        answer = self._call(
            e.USA24200,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "sort_tp": sort_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24200Response", answer)

    us_top_order_book_volume = usa24200

    def usa24201(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsOrderbookTopSort | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24201Response:
        """usa24201 미국주식 호가잔량상위(ETF) (US Top Order Book Volume (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24201, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준 · code · optional · codes.UsOrderbookTopSort: 1 순매수잔량순, 2 순매도잔량순, 3 순매수비율순, 4 순매도비율순
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24201Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24201).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24201.
        """
        answer = self._call(
            e.USA24201,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24201Response", answer)

    us_top_order_book_volume_etf = usa24201

    def usa24290(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        inds_cls_tp: codes.UsIndexMembership | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsDaytimeDisparitySort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24290Response:
        """usa24290 미국주식 주간거래 괴리율 상위(주식/업종) (US Top Day-Session Disparity (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24290, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            inds_cls_tp: 해외주식업종분류구분 · code · optional · codes.UsIndexMembership: 0 전체, 1 다우30, 2 나스닥100, 3 S&P500
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 구분 · code · optional · codes.UsDaytimeDisparitySort: 0 상승률, 1 상승폭, 2 보합, 3 하락율, 4 하락폭

        Returns:
            Usa24290Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24290).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24290.
        """
        answer = self._call(
            e.USA24290,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "inds_cls_tp": inds_cls_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24290Response", answer)

    us_top_day_session_disparity = usa24290

    def usa24291(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsDaytimeDisparitySort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24291Response:
        """usa24291 미국주식 주간거래 괴리율 상위(ETF) (US Top Day-Session Disparity (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24291, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 구분 · code · optional · codes.UsDaytimeDisparitySort: 0 상승률, 1 상승폭, 2 보합, 3 하락율, 4 하락폭

        Returns:
            Usa24291Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24291).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24291.
        """
        answer = self._call(
            e.USA24291,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24291Response", answer)

    us_top_day_session_disparity_etf = usa24291


class AsyncUsRkinfo(AsyncGroup):
    """us / rkinfo TRs (async)."""

    async def usa01980(
        self,
        *,
        svc_type: codes.UsRealtimeRankPeriod | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa01980Response:
        """usa01980 미국주식 실시간 종목 조회 순위 (US Real-Time Most Viewed Stock Ranking).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa01980, ...)` with this method's arguments, typed as here.

        Args:
            svc_type: 서비스 유형 · code · max 4 · optional · codes.UsRealtimeRankPeriod: B286 30초, B281 1분, B282 10분, B283 1시간, B284 당일

        Returns:
            Usa01980Response: 3 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa01980).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa01980.
        """
        answer = await self._call(
            e.USA01980,
            {
                "svc_type": svc_type,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa01980Response", answer)

    us_realtime_stock_view_ranking = usa01980

    async def usa01990(
        self,
        *,
        dt_unit_tp: codes.DateUnit | str | None = None,
        stk_tp: codes.UsSecurityTypeLetter | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa01990Response:
        """usa01990 미국주식 관심종목 등록 상위 (US Top Watchlist Registrations).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa01990, ...)` with this method's arguments, typed as here.

        Args:
            dt_unit_tp: 일,주,월단위구분 · code · optional · codes.DateUnit: D 일, W 주, M 월
            stk_tp: 시장구분 · code · optional · codes.UsSecurityTypeLetter: A 전체, S 주식, E ETF

        Returns:
            Usa01990Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa01990).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa01990.
        """
        answer = await self._call(
            e.USA01990,
            {
                "dt_unit_tp": dt_unit_tp,
                "stk_tp": stk_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa01990Response", answer)

    us_top_watchlist_registrations = usa01990

    async def usa20510(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        tm: codes.UsDaysAgoPeriod | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20510Response:
        """usa20510 미국주식 기간별 등락률상위(주식/업종) (US Top Change Rate by Period (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20510, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            tm: n일전 구분 · code · optional · codes.UsDaysAgoPeriod: 1 전일, 5 5일, 10 10일, 30 30일
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20510Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20510).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20510.
        """
        answer = await self._call(
            e.USA20510,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20510Response", answer)

    us_top_period_change_rate = usa20510

    async def usa20511(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        tm: codes.UsDaysAgoPeriod | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20511Response:
        """usa20511 미국주식 기간별 등락률상위(ETF) (US Top Change Rate by Period (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20511, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF코드1 · text · optional
            etf_cat2: ETF코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            tm: n일전 구분 · code · optional · codes.UsDaysAgoPeriod: 1 전일, 5 5일, 10 10일, 30 30일
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20511Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20511).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20511.
        """
        answer = await self._call(
            e.USA20511,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20511Response", answer)

    us_top_period_change_rate_etf = usa20511

    async def usa20512(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_cd: str | None = None,
        tm: codes.UsDaysAgoPeriod | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20512Response:
        """usa20512 미국주식 기간별 등락률상위(관심종목) (US Top Change Rate by Period (Watchlist)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20512, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_cd: 종목코드 · text · optional
            tm: n일전 설정 · code · optional · codes.UsDaysAgoPeriod: 1 전일, 5 5일, 10 10일, 30 30일
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20512Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20512).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20512.
        """
        answer = await self._call(
            e.USA20512,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20512Response", answer)

    us_top_period_change_rate_watchlist = usa20512

    async def usa20530(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        qry_tp: codes.UsVolumeRankSort | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20530Response:
        """usa20530 미국주식 당일 거래량 상위(주식/업종) (US Top Volume Today (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20530, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            qry_tp: 정렬기준 구분 · code · optional · codes.UsVolumeRankSort: 0 거래량상위, 1 거래대금상위, 2 거래회전율상위
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20530Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20530).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20530.
        """
        answer = await self._call(
            e.USA20530,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "trde_qty_tp": trde_qty_tp,
                "qry_tp": qry_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20530Response", answer)

    us_top_today_volume = usa20530

    async def usa20531(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        qry_tp: codes.UsVolumeRankSort | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20531Response:
        """usa20531 미국주식 당일 거래량 상위(ETF) (US Top Volume Today (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20531, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            qry_tp: 정렬기준 구분 · code · optional · codes.UsVolumeRankSort: 0 거래량상위, 1 거래대금상위, 2 거래회전율상위
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20531Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20531).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20531.
        """
        answer = await self._call(
            e.USA20531,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "qry_tp": qry_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20531Response", answer)

    us_top_today_volume_etf = usa20531

    async def usa20540(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20540Response:
        """usa20540 미국주식 당일 거래대금 상위(주식/업종) (US Top Trading Value Today (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20540, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20540Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20540).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20540.
        """
        answer = await self._call(
            e.USA20540,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20540Response", answer)

    us_top_today_trading_value = usa20540

    async def usa20541(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20541Response:
        """usa20541 미국주식 당일 거래대금 상위(ETF) (US Top Trading Value Today (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20541, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20541Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20541).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20541.
        """
        answer = await self._call(
            e.USA20541,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20541Response", answer)

    us_top_today_trading_value_etf = usa20541

    async def usa20550(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20550Response:
        """usa20550 미국주식 시가총액상위(주식/업종) (US Top Market Cap (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20550, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20550Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20550).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20550.
        """
        answer = await self._call(
            e.USA20550,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20550Response", answer)

    us_top_market_cap = usa20550

    async def usa20551(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockFilter | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20551Response:
        """usa20551 미국주식 시가총액상위(ETF) (US Top Market Cap (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20551, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목필터 구분 · code · optional · codes.UsStockFilter: 0 전체, 1 증100%만보기, 2 증50%만보기
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20551Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20551).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20551.
        """
        answer = await self._call(
            e.USA20551,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20551Response", answer)

    us_top_market_cap_etf = usa20551

    async def usa20880(
        self,
        *,
        qry_tp: codes.UsKiwoomTopQueryType | str | None = None,
        dt_unit_tp: codes.UsTradeRankPeriodUnit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20880Response:
        """usa20880 키움 거래 상위 종목(미국주식) (Kiwoom Top Traded US Stocks).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20880, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · optional · codes.UsKiwoomTopQueryType: 1 매수상위, 2 매도상위, 3 순매수상위, 4 보유잔고상위, 5 보유고객상위, 6 거래비중상위, 7 거래대금상위
            dt_unit_tp: 일,주,월단위구분 · code · optional · codes.UsTradeRankPeriodUnit: 1 일, 2 주, 3 월, 4 년, 5 10분, 6 30분, 7 60분, 8 5분

        Returns:
            Usa20880Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20880).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20880.
        """
        answer = await self._call(
            e.USA20880,
            {
                "qry_tp": qry_tp,
                "dt_unit_tp": dt_unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20880Response", answer)

    us_kiwoom_top_traded_stocks = usa20880

    async def usa20881(
        self,
        *,
        qry_tp: codes.UsKiwoomTopQueryType | str | None = None,
        dt_unit_tp: codes.UsTradeRankPeriodUnit | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20881Response:
        """usa20881 키움 거래 상위 종목(미국 ETF) (Kiwoom Top Traded US ETFs).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20881, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 조회구분 · code · optional · codes.UsKiwoomTopQueryType: 1 매수상위, 2 매도상위, 3 순매수상위, 4 보유잔고상위, 5 보유고객상위, 6 거래비중상위, 7 거래대금상위
            dt_unit_tp: 일,주,월단위구분 · code · optional · codes.UsTradeRankPeriodUnit: 1 일, 2 주, 3 월, 4 년, 5 10분, 6 30분, 7 60분, 8 5분

        Returns:
            Usa20881Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20881).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20881.
        """
        answer = await self._call(
            e.USA20881,
            {
                "qry_tp": qry_tp,
                "dt_unit_tp": dt_unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20881Response", answer)

    us_kiwoom_top_traded_etfs = usa20881

    async def usa20910(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        inds_cls_tp: codes.UsIndexMembership | str | None = None,
        sort_tp: codes.UsPrevDayChangeSort | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20910Response:
        """usa20910 미국주식 전일대비 등락률상위(주식/업종) (US Top Change Rate vs Prev Close (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20910, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            inds_cls_tp: 미국업종구분 · code · optional · codes.UsIndexMembership: 0 전체, 1 다우30, 2 나스닥100, 3 S&P500
            sort_tp: 정렬기준 · code · optional · codes.UsPrevDayChangeSort: 1 전일대비 상승률, 2 전일대비 상승폭, 3 보합, 4 전일대비 하락률, 5 전일대비 하락폭
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20910Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20910).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20910.
        """
        answer = await self._call(
            e.USA20910,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "inds_cls_tp": inds_cls_tp,
                "sort_tp": sort_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20910Response", answer)

    us_top_change_rate_vs_prev_close = usa20910

    async def usa20911(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsPrevDayChangeSort | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20911Response:
        """usa20911 미국주식 전일대비 등락률상위(ETF) (US Top Change Rate vs Prev Close (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20911, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준 · code · optional · codes.UsPrevDayChangeSort: 1 전일대비 상승률, 2 전일대비 상승폭, 3 보합, 4 전일대비 하락률, 5 전일대비 하락폭
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20911Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20911).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20911.
        """
        answer = await self._call(
            e.USA20911,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20911Response", answer)

    us_top_change_rate_vs_prev_close_etf = usa20911

    async def usa20920(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsOpenChangeSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20920Response:
        """usa20920 미국주식 시가대비 등락률상위(주식/업종) (US Top Change Rate vs Open (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20920, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsOpenChangeSort: 1 상승률, 2 하락률

        Returns:
            Usa20920Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20920).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20920.
        """
        answer = await self._call(
            e.USA20920,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20920Response", answer)

    us_top_change_rate_vs_open = usa20920

    async def usa20921(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsOpenChangeSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20921Response:
        """usa20921 미국주식 시가대비 등락률상위(ETF) (US Top Change Rate vs Open (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20921, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsOpenChangeSort: 1 상승률, 2 하락률

        Returns:
            Usa20921Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20921).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20921.
        """
        answer = await self._call(
            e.USA20921,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20921Response", answer)

    us_top_change_rate_vs_open_etf = usa20921

    async def usa20922(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        stk_cd: str | None = None,
        sort_tp: codes.UsOpenChangeSort | str | None = None,
        stk_tp: codes.UsSecurityType | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20922Response:
        """usa20922 미국주식 시가대비 등락률상위(관심종목) (US Top Change Rate vs Open (Watchlist)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20922, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            stk_cd: 관심종목코드 · text · optional
            sort_tp: 정렬기준 · code · optional · codes.UsOpenChangeSort: 1 상승률, 2 하락률
            stk_tp: 종목구분 · code · optional · codes.UsSecurityType: 0 전체, 1 주식, 2 ETF
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상

        Returns:
            Usa20922Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20922).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20922.
        """
        answer = await self._call(
            e.USA20922,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "sort_tp": sort_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "trde_qty_tp": trde_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20922Response", answer)

    us_top_change_rate_vs_open_watchlist = usa20922

    async def usa20940(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        sort_tp: codes.UsCumulativeChangeSort | str | None = None,
        pric_cnd1: Decimal | int | str | None = None,
        pric_cnd2: Decimal | int | str | None = None,
        base_dt: datetime.date | str | None = None,
        stk_cnd: codes.AllOnlyFilter | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20940Response:
        """usa20940 미국주식 누적 등락률 상위(주식/업종) (US Top Cumulative Change Rate (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20940, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            sort_tp: 정렬기준구분 · code · optional · codes.UsCumulativeChangeSort: 0 상승률, 1 상승폭, 3 하락률, 4 하락폭
            pric_cnd1: 가격1 구분 · rate · optional
            pric_cnd2: 가격2 구분 · rate · optional
            base_dt: 기준일자 · date · YYYYMMDD · optional
            stk_cnd: 종목조건 · code · optional · codes.AllOnlyFilter: 0 전체
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20940Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20940).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20940.
        """
        answer = await self._call(
            e.USA20940,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "sort_tp": sort_tp,
                "pric_cnd1": pric_cnd1,
                "pric_cnd2": pric_cnd2,
                "base_dt": base_dt,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20940Response", answer)

    us_top_cumulative_change_rate = usa20940

    async def usa20941(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsCumulativeChangeSort | str | None = None,
        pric_cnd1: Decimal | int | str | None = None,
        pric_cnd2: Decimal | int | str | None = None,
        base_dt: datetime.date | str | None = None,
        stk_cnd: codes.AllOnlyFilter | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20941Response:
        """usa20941 미국주식 누적 등락률 상위(ETF) (US Top Cumulative Change Rate (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20941, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준구분 · code · optional · codes.UsCumulativeChangeSort: 0 상승률, 1 상승폭, 3 하락률, 4 하락폭
            pric_cnd1: 가격1 구분 · rate · optional
            pric_cnd2: 가격2 구분 · rate · optional
            base_dt: 기준일자 · date · YYYYMMDD · optional
            stk_cnd: 종목조건 · code · optional · codes.AllOnlyFilter: 0 전체
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 검색가격대 구분 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa20941Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20941).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20941.
        """
        answer = await self._call(
            e.USA20941,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "pric_cnd1": pric_cnd1,
                "pric_cnd2": pric_cnd2,
                "base_dt": base_dt,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20941Response", answer)

    us_top_cumulative_change_rate_etf = usa20941

    async def usa20960(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        qry_tp: codes.UsPreviousDayRankSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20960Response:
        """usa20960 미국주식 전일 거래상위(주식/업종) (US Top Trading Previous Day (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20960, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            qry_tp: 정렬기준구분 · code · optional · codes.UsPreviousDayRankSort: 0 전일거래량상위, 1 전일거래대금상위

        Returns:
            Usa20960Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20960).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20960.
        """
        answer = await self._call(
            e.USA20960,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20960Response", answer)

    us_top_prev_day_trading = usa20960

    async def usa20961(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        qry_tp: codes.UsPreviousDayRankSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa20961Response:
        """usa20961 미국주식 전일 거래상위(ETF) (US Top Trading Previous Day (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa20961, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            qry_tp: 정렬기준구분 · code · optional · codes.UsPreviousDayRankSort: 0 전일거래량상위, 1 전일거래대금상위

        Returns:
            Usa20961Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa20961).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20961.
        """
        answer = await self._call(
            e.USA20961,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa20961Response", answer)

    us_top_prev_day_trading_etf = usa20961

    async def usa24110(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        sort_tp: codes.UsHighLowCompareSort | str | None = None,
        dt_tp: codes.HighLowLookback | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24110Response:
        """usa24110 미국주식 최고최저가대비 상승하락(주식/업종) (US Rise/Fall vs Highest/Lowest (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24110, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목 구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            sort_tp: 정렬기준구분 · code · optional · codes.UsHighLowCompareSort: 0 저가대비상승, 1 고가대비하락
            dt_tp: 기간구분 · code · optional · codes.HighLowLookback: 0 연중, 1 52주
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24110Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24110).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24110.
        """
        answer = await self._call(
            e.USA24110,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "sort_tp": sort_tp,
                "dt_tp": dt_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24110Response", answer)

    us_rise_fall_vs_high_low = usa24110

    async def usa24111(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsHighLowCompareSort | str | None = None,
        dt_tp: codes.HighLowLookback | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24111Response:
        """usa24111 미국주식 최고최저가대비 상승하락(ETF) (US Rise/Fall vs Highest/Lowest (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24111, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소 구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준구분 · code · optional · codes.UsHighLowCompareSort: 0 저가대비상승, 1 고가대비하락
            dt_tp: 기간구분 · code · optional · codes.HighLowLookback: 0 연중, 1 52주
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24111Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24111).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24111.
        """
        answer = await self._call(
            e.USA24111,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "dt_tp": dt_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24111Response", answer)

    us_rise_fall_vs_high_low_etf = usa24111

    async def usa24120(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        base_dt: datetime.date | str | None = None,
        sort_tp: codes.UsDateRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24120Response:
        """usa24120 미국주식 특정일자 상승/하락 (주식/업종) (US Rise/Fall on Specific Date (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24120, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            base_dt: 기간 · date · YYYYMMDD · optional
            sort_tp: 정렬기준 구분 · code · optional · codes.UsDateRiseFallSort: 0 상승, 2 하락

        Returns:
            Usa24120Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24120).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24120.
        """
        answer = await self._call(
            e.USA24120,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
                "base_dt": base_dt,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24120Response", answer)

    us_rise_fall_on_date = usa24120

    async def usa24121(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        base_dt: datetime.date | str | None = None,
        sort_tp: codes.UsDateRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24121Response:
        """usa24121 미국주식 특정일자 상승/하락(ETF) (US Rise/Fall on Specific Date (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24121, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            base_dt: 기간 · date · YYYYMMDD · optional
            sort_tp: 정렬기준 구분 · code · optional · codes.UsDateRiseFallSort: 0 상승, 2 하락

        Returns:
            Usa24121Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24121).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24121.
        """
        answer = await self._call(
            e.USA24121,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
                "base_dt": base_dt,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24121Response", answer)

    us_rise_fall_on_date_etf = usa24121

    async def usa24150(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24150Response:
        """usa24150 미국주식 회전율 상위(주식/업종) (US Top Turnover Rate (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24150, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24150Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24150).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24150.
        """
        answer = await self._call(
            e.USA24150,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24150Response", answer)

    us_top_turnover = usa24150

    async def usa24151(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24151Response:
        """usa24151 미국주식 회전율 상위(ETF) (US Top Turnover Rate (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24151, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24151Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24151).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24151.
        """
        answer = await self._call(
            e.USA24151,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24151Response", answer)

    us_top_turnover_etf = usa24151

    async def usa24160(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsConsecutiveRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24160Response:
        """usa24160 미국주식 연속상승/하락 순위(주식/업종) (US Consecutive Rise/Fall Ranking (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24160, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsConsecutiveRiseFallSort: 0 연속일수상승, 1 연속일수보합, 2 연속일수하락, 3 기준일대비상승, 4 기준일대비보합, 5 기준일대비 하락

        Returns:
            Usa24160Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24160).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24160.
        """
        answer = await self._call(
            e.USA24160,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24160Response", answer)

    us_consecutive_rise_fall = usa24160

    async def usa24161(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsConsecutiveRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24161Response:
        """usa24161 미국주식 연속상승/하락 순위(ETF) (US Consecutive Rise/Fall Ranking (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24161, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsConsecutiveRiseFallSort: 0 연속일수상승, 1 연속일수보합, 2 연속일수하락, 3 기준일대비상승, 4 기준일대비보합, 5 기준일대비 하락

        Returns:
            Usa24161Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24161).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24161.
        """
        answer = await self._call(
            e.USA24161,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24161Response", answer)

    us_consecutive_rise_fall_etf = usa24161

    async def usa24162(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        stk_cd: str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsConsecutiveRiseFallSort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24162Response:
        """usa24162 미국주식 연속상승/하락 순위(관심종목) (US Consecutive Rise/Fall Ranking (Watchlist)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24162, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            stk_cd: 관심종목 · text · optional
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 · code · optional · codes.UsConsecutiveRiseFallSort: 0 연속일수상승, 1 연속일수보합, 2 연속일수하락, 3 기준일대비상승, 4 기준일대비보합, 5 기준일대비 하락

        Returns:
            Usa24162Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24162).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24162.
        """
        answer = await self._call(
            e.USA24162,
            {
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24162Response", answer)

    us_consecutive_rise_fall_watchlist = usa24162

    async def usa24200(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        inds_cd: str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        sort_tp: codes.UsOrderbookTopSort | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24200Response:
        """usa24200 미국주식 호가잔량상위(주식/업종) (US Top Order Book Volume (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24200, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            inds_cd: 업종코드 · text · optional
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            sort_tp: 정렬기준 · code · optional · codes.UsOrderbookTopSort: 1 순매수잔량순, 2 순매도잔량순, 3 순매수비율순, 4 순매도비율순
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24200Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24200).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24200.
        """
        answer = await self._call(
            e.USA24200,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "stk_tp": stk_tp,
                "sort_tp": sort_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24200Response", answer)

    us_top_order_book_volume = usa24200

    async def usa24201(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseNasdaqAmex | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        sort_tp: codes.UsOrderbookTopSort | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24201Response:
        """usa24201 미국주식 호가잔량상위(ETF) (US Top Order Book Volume (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24201, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseNasdaqAmex: 0 전체, 1 NYSE, 2 NASDAQ, 3 AMEX
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            sort_tp: 정렬기준 · code · optional · codes.UsOrderbookTopSort: 1 순매수잔량순, 2 순매도잔량순, 3 순매수비율순, 4 순매도비율순
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)

        Returns:
            Usa24201Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24201).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24201.
        """
        answer = await self._call(
            e.USA24201,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "sort_tp": sort_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24201Response", answer)

    us_top_order_book_volume_etf = usa24201

    async def usa24290(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        inds_cd: str | None = None,
        inds_cls_tp: codes.UsIndexMembership | str | None = None,
        stk_tp: codes.UsAllOrStock | str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsDaytimeDisparitySort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24290Response:
        """usa24290 미국주식 주간거래 괴리율 상위(주식/업종) (US Top Day-Session Disparity (Stock/Sector)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24290, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            inds_cd: 업종코드 · text · optional
            inds_cls_tp: 해외주식업종분류구분 · code · optional · codes.UsIndexMembership: 0 전체, 1 다우30, 2 나스닥100, 3 S&P500
            stk_tp: 종목구분 · code · optional · codes.UsAllOrStock: 0 전체, 1 주식
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 구분 · code · optional · codes.UsDaytimeDisparitySort: 0 상승률, 1 상승폭, 2 보합, 3 하락율, 4 하락폭

        Returns:
            Usa24290Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24290).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24290.
        """
        answer = await self._call(
            e.USA24290,
            {
                "stex_tp": stex_tp,
                "inds_cd": inds_cd,
                "inds_cls_tp": inds_cls_tp,
                "stk_tp": stk_tp,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24290Response", answer)

    us_top_day_session_disparity = usa24290

    async def usa24291(
        self,
        *,
        stex_tp: codes.UsExchangeNumNyseAmexNasdaq | str | None = None,
        etf_cat1: str | None = None,
        etf_cat2: str | None = None,
        stk_cnd: codes.UsStockCondition | str | None = None,
        pric_cnd: codes.UsPriceCondition | str | None = None,
        trde_qty_tp: codes.UsVolumeCondition | str | None = None,
        trde_prica_cnd: codes.UsTradingValueCondition | str | None = None,
        sort_tp: codes.UsDaytimeDisparitySort | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24291Response:
        """usa24291 미국주식 주간거래 괴리율 상위(ETF) (US Top Day-Session Disparity (ETF)).

        POST /api/us/rkinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24291, ...)` with this method's arguments, typed as here.

        Args:
            stex_tp: 거래소구분 · code · optional · codes.UsExchangeNumNyseAmexNasdaq: 0 전체, 1 NYSE, 2 AMEX, 3 NASDAQ
            etf_cat1: ETF카테고리코드1 · text · optional
            etf_cat2: ETF카테고리코드2 · text · optional
            stk_cnd: 종목조건 · code · optional · codes.UsStockCondition: 0 전체, 1 증100%, 2 증50%
            pric_cnd: 가격조건 · code · optional · codes.UsPriceCondition: 0 전체, 1 5미만, 2 10미만, 3 10이상, 4 10~20, 5 20~50, 6 50이상, 7 50~100, 8 100미만, 9 100이상, 10 500이상
            trde_qty_tp: 거래량조건 · code · optional · codes.UsVolumeCondition: 0 전체, 10 10만주 이상, 15 15만주 이상, 20 20만주 이상, 30 30만주 이상, 50 50만주 이상, 100 100만주 이상, 300 300만주 이상, 500 500만주 이상
            trde_prica_cnd: 거래대금조건 · code · optional · codes.UsTradingValueCondition (13 codes)
            sort_tp: 정렬기준 구분 · code · optional · codes.UsDaytimeDisparitySort: 0 상승률, 1 상승폭, 2 보합, 3 하락율, 4 하락폭

        Returns:
            Usa24291Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-rkinfo/#usa24291).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24291.
        """
        answer = await self._call(
            e.USA24291,
            {
                "stex_tp": stex_tp,
                "etf_cat1": etf_cat1,
                "etf_cat2": etf_cat2,
                "stk_cnd": stk_cnd,
                "pric_cnd": pric_cnd,
                "trde_qty_tp": trde_qty_tp,
                "trde_prica_cnd": trde_prica_cnd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24291Response", answer)

    us_top_day_session_disparity_etf = usa24291
