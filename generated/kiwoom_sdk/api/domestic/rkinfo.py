"""domestic / rkinfo: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.rkinfo import (
        Ka10020Response,
        Ka10021Response,
        Ka10022Response,
        Ka10023Response,
        Ka10027Response,
        Ka10029Response,
        Ka10030Response,
        Ka10031Response,
        Ka10032Response,
        Ka10033Response,
        Ka10034Response,
        Ka10035Response,
        Ka10036Response,
        Ka10037Response,
        Ka10038Response,
        Ka10039Response,
        Ka10040Response,
        Ka10042Response,
        Ka10053Response,
        Ka10062Response,
        Ka10065Response,
        Ka10098Response,
        Ka90009Response,
    )


class DomesticRkinfo(SyncGroup):
    """domestic / rkinfo TRs (sync)."""

    def ka10020(
        self,
        *,
        mrkt_tp: codes.KospiOrKosdaq | str,
        sort_tp: codes.OrderbookTopSort | str,
        trde_qty_tp: codes.OrderbookTopVolumeFilter | str,
        stk_cnd: codes.RankingStockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10020Response:
        """ka10020 호가잔량상위요청 (Top Order Book Volume).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10020, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.OrderbookTopSort: 1 순매수잔량순, 2 순매도잔량순, 3 매수비율순, 4 매도비율순
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.OrderbookTopVolumeFilter: 0000 장시작전(0주이상), 0010 만주이상, 0050 5만주이상, 00100 10만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.RankingStockCondition: 0 전체조회, 1 관리종목제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10020Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10020).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10020.
        """
        answer = self._call(
            e.KA10020,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10020Response", answer)

    top_order_book_volume = ka10020

    def ka10021(
        self,
        *,
        mrkt_tp: codes.KospiOrKosdaq | str,
        trde_tp: codes.RemainingOrderSide | str,
        sort_tp: codes.OrderbookSurgeSort | str,
        tm_tp: int | str,
        trde_qty_tp: codes.OrderbookSurgeVolumeFilter | str,
        stk_cnd: codes.RankingStockCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10021Response:
        """ka10021 호가잔량급증요청 (Order Book Volume Surge).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10021, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            trde_tp: 매매구분 · code · max 1 · required · codes.RemainingOrderSide: 1 매수잔량, 2 매도잔량
            sort_tp: 정렬구분 · code · max 1 · required · codes.OrderbookSurgeSort: 1 급증량, 2 급증률
            tm_tp: 시간구분 · int · minutes · max 2 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.OrderbookSurgeVolumeFilter: 1 천주이상, 5 5천주이상, 10 만주이상, 50 5만주이상, 100 10만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.RankingStockCondition: 0 전체조회, 1 관리종목제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10021Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10021).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10021.
        """
        answer = self._call(
            e.KA10021,
            {
                "mrkt_tp": mrkt_tp,
                "trde_tp": trde_tp,
                "sort_tp": sort_tp,
                "tm_tp": tm_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10021Response", answer)

    order_book_volume_surge = ka10021

    def ka10022(
        self,
        *,
        mrkt_tp: codes.KospiOrKosdaq | str,
        rt_tp: codes.BuySellRatioType | str,
        tm_tp: int | str,
        trde_qty_tp: codes.RemainingRatioSurgeVolumeFilter | str,
        stk_cnd: codes.RankingStockCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10022Response:
        """ka10022 잔량율급증요청 (Order Book Remaining Ratio Surge).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10022, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            rt_tp: 비율구분 · code · max 1 · required · codes.BuySellRatioType: 1 매수/매도비율, 2 매도/매수비율
            tm_tp: 시간구분 · int · minutes · max 2 · required
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.RemainingRatioSurgeVolumeFilter: 5 5천주이상, 10 만주이상, 50 5만주이상, 100 10만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.RankingStockCondition: 0 전체조회, 1 관리종목제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10022Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10022).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10022.
        """
        answer = self._call(
            e.KA10022,
            {
                "mrkt_tp": mrkt_tp,
                "rt_tp": rt_tp,
                "tm_tp": tm_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10022Response", answer)

    order_book_ratio_surge = ka10022

    def ka10023(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_tp: codes.VolumeSurgeSort | str,
        tm_tp: codes.VolumeSurgeTimeBasis | str,
        trde_qty_tp: codes.VolumeSurgeFilter | str,
        stk_cnd: codes.VolumeSurgeStockCondition | str,
        pric_tp: codes.MinPriceCondition | str,
        stex_tp: codes.ExchangeType | str,
        tm: int | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10023Response:
        """ka10023 거래량급증요청 (Trading Volume Surge).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10023, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.VolumeSurgeSort: 1 급증량, 2 급증률, 3 급감량, 4 급감률
            tm_tp: 시간구분 · code · max 1 · required · codes.VolumeSurgeTimeBasis: 1 분, 2 전일
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.VolumeSurgeFilter: 5 5천주이상, 10 만주이상, 50 5만주이상, 100 10만주이상, 200 20만주이상, 300 30만주이상, 500 50만주이상, 1000 백만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.VolumeSurgeStockCondition (17 codes)
            pric_tp: 가격구분 · code · max 1 · required · codes.MinPriceCondition: 0 전체조회, 2 5만원이상, 5 1만원이상, 6 5천원이상, 8 1천원이상, 9 10만원이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            tm: 시간 · int · minutes · max 2 · optional

        Returns:
            Ka10023Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10023).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10023.
        """
        answer = self._call(
            e.KA10023,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "tm_tp": tm_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_tp": pric_tp,
                "stex_tp": stex_tp,
                "tm": tm,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10023Response", answer)

    volume_surge = ka10023

    def ka10027(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_tp: codes.ChangeRateSort | str,
        trde_qty_cnd: codes.VolumeCondition | str,
        stk_cnd: codes.ChangeRateRankStockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        updown_incls: codes.IncludeLimitPrice | str,
        pric_cnd: codes.PriceConditionWithUnder10000 | str,
        trde_prica_cnd: codes.TradingValueCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10027Response:
        """ka10027 전일대비등락률상위요청 (Top Change Rate vs Previous Close).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10027, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.ChangeRateSort: 1 상승률, 2 상승폭, 3 하락률, 4 하락폭, 5 보합
            trde_qty_cnd: 거래량조건 · code · max 5 · required · codes.VolumeCondition: 0000 전체조회, 0010 만주이상, 0050 5만주이상, 0100 10만주이상, 0150 15만주이상, 0200 20만주이상, 0300 30만주이상, 0500 50만주이상, 1000 백만주이상
            stk_cnd: 종목조건 · code · max 2 · required · codes.ChangeRateRankStockCondition (15 codes)
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            updown_incls: 상하한포함 · code · max 2 · required · codes.IncludeLimitPrice: 0 불 포함, 1 포함
            pric_cnd: 가격조건 · code · max 2 · required · codes.PriceConditionWithUnder10000: 0 전체조회, 1 1천원미만, 2 1천원~2천원, 3 2천원~5천원, 4 5천원~1만원, 5 1만원이상, 8 1천원이상, 10 1만원미만
            trde_prica_cnd: 거래대금조건 · code · max 4 · required · codes.TradingValueCondition: 0 전체조회, 3 3천만원이상, 5 5천만원이상, 10 1억원이상, 30 3억원이상, 50 5억원이상, 100 10억원이상, 300 30억원이상, 500 50억원이상, 1000 100억원이상, 3000 300억원이상, 5000 500억원이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10027Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10027).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10027.
        """
        answer = self._call(
            e.KA10027,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "trde_qty_cnd": trde_qty_cnd,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "updown_incls": updown_incls,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10027Response", answer)

    top_change_rate_vs_prev_close = ka10027

    def ka10029(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_tp: codes.ExpectedExecutionChangeSort | str,
        trde_qty_cnd: codes.ExpectedExecutionVolumeCondition | str,
        stk_cnd: codes.ChangeRateRankStockCondition | str,
        crd_cnd: codes.CreditConditionWithStockLoan | str,
        pric_cnd: codes.PriceConditionWithUnder10000 | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10029Response:
        """ka10029 예상체결등락률상위요청 (Top Expected Execution Change Rate).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10029, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.ExpectedExecutionChangeSort: 1 상승률, 2 상승폭, 3 보합, 4 하락률, 5 하락폭, 6 체결량, 7 상한, 8 하한
            trde_qty_cnd: 거래량조건 · code · max 5 · required · codes.ExpectedExecutionVolumeCondition: 0 전체조회, 1 천주이상, 3 3천주, 5 5천주, 10 만주이상, 50 5만주이상, 100 10만주이상
            stk_cnd: 종목조건 · code · max 2 · required · codes.ChangeRateRankStockCondition (15 codes)
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditConditionWithStockLoan: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 5 신용한도초과제외, 7 신용융자E군, 8 신용대주, 9 신용융자전체
            pric_cnd: 가격조건 · code · max 2 · required · codes.PriceConditionWithUnder10000: 0 전체조회, 1 1천원미만, 2 1천원~2천원, 3 2천원~5천원, 4 5천원~1만원, 5 1만원이상, 8 1천원이상, 10 1만원미만
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10029Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10029).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10029.
        """
        answer = self._call(
            e.KA10029,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "trde_qty_cnd": trde_qty_cnd,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "pric_cnd": pric_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10029Response", answer)

    top_expected_trade_change_rate = ka10029

    def ka10030(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_tp: codes.VolumeTopSort | str,
        mang_stk_incls: codes.ChangeRateRankStockCondition | str,
        crd_tp: codes.CreditType | str,
        trde_qty_tp: codes.DailyVolumeTopFilter | str,
        pric_tp: codes.PriceConditionExtended | str,
        trde_prica_tp: codes.TradingValueFilter | str,
        mrkt_open_tp: codes.MarketOperationType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10030Response:
        """ka10030 당일거래량상위요청 (Top Trading Volume Today).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10030, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.VolumeTopSort: 1 거래량, 2 거래회전율, 3 거래대금
            mang_stk_incls: 관리종목포함 · code · max 1 · required · codes.ChangeRateRankStockCondition (15 codes)
            crd_tp: 신용구분 · code · max 1 · required · codes.CreditType: 0 전체조회, 9 신용융자전체, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 8 신용대주
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.DailyVolumeTopFilter: 0 전체조회, 5 5천주이상, 10 1만주이상, 50 5만주이상, 100 10만주이상, 200 20만주이상, 300 30만주이상, 500 500만주이상, 1000 백만주이상
            pric_tp: 가격구분 · code · max 1 · required · codes.PriceConditionExtended: 0 전체조회, 1 1천원미만, 2 1천원이상, 3 1천원~2천원, 4 2천원~5천원, 5 5천원이상, 6 5천원~1만원, 10 1만원미만, 7 1만원이상, 8 5만원이상, 9 10만원이상
            trde_prica_tp: 거래대금구분 · code · max 1 · required · codes.TradingValueFilter (13 codes)
            mrkt_open_tp: 장운영구분 · code · max 1 · required · codes.MarketOperationType: 0 전체조회, 1 장중, 2 장전시간외, 3 장후시간외
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10030Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10030).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10030.
        """
        answer = self._call(
            e.KA10030,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "mang_stk_incls": mang_stk_incls,
                "crd_tp": crd_tp,
                "trde_qty_tp": trde_qty_tp,
                "pric_tp": pric_tp,
                "trde_prica_tp": trde_prica_tp,
                "mrkt_open_tp": mrkt_open_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10030Response", answer)

    top_today_volume = ka10030

    def ka10031(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        qry_tp: codes.PreviousDayTop100Type | str,
        rank_strt: int | str,
        rank_end: int | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10031Response:
        """ka10031 전일거래량상위요청 (Top Trading Volume Previous Day).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10031, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            qry_tp: 조회구분 · code · max 1 · required · codes.PreviousDayTop100Type: 1 전일거래량 상위100종목, 2 전일거래대금 상위100종목
            rank_strt: 순위시작 · int · max 3 · required
            rank_end: 순위끝 · int · max 3 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10031Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10031).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10031.
        """
        answer = self._call(
            e.KA10031,
            {
                "mrkt_tp": mrkt_tp,
                "qry_tp": qry_tp,
                "rank_strt": rank_strt,
                "rank_end": rank_end,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10031Response", answer)

    top_prev_day_volume = ka10031

    def ka10032(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        mang_stk_incls: codes.AdministrativeIssueInclusion | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10032Response:
        """ka10032 거래대금상위요청 (Top Trading Value).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10032, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            mang_stk_incls: 관리종목포함 · code · max 1 · required · codes.AdministrativeIssueInclusion: 0 관리종목 미포함, 1 관리종목 포함
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10032Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10032).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10032.
        """
        answer = self._call(
            e.KA10032,
            {
                "mrkt_tp": mrkt_tp,
                "mang_stk_incls": mang_stk_incls,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10032Response", answer)

    top_trading_value = ka10032

    def ka10033(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        trde_qty_tp: codes.CreditRatioVolumeFilter | str,
        stk_cnd: codes.RankingStockCondition | str,
        updown_incls: codes.IncludeUpperLowerLimit | str,
        crd_cnd: codes.CreditCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10033Response:
        """ka10033 신용비율상위요청 (Top Credit Ratio).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10033, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_qty_tp: 거래량구분 · code · max 3 · required · codes.CreditRatioVolumeFilter: 0 전체조회, 10 만주이상, 50 5만주이상, 100 10만주이상, 200 20만주이상, 300 30만주이상, 500 50만주이상, 1000 백만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.RankingStockCondition: 0 전체조회, 1 관리종목제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            updown_incls: 상하한포함 · code · max 1 · required · codes.IncludeUpperLowerLimit: 0 상하한 미포함, 1 상하한포함
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10033Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10033).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10033.
        """
        answer = self._call(
            e.KA10033,
            {
                "mrkt_tp": mrkt_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "updown_incls": updown_incls,
                "crd_cnd": crd_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10033Response", answer)

    top_credit_ratio = ka10033

    def ka10034(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        trde_tp: codes.NetSellBuyTrade | str,
        dt: codes.RankPeriod | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10034Response:
        """ka10034 외인기간별매매상위요청 (Top Foreign Trading by Period).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10034, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_tp: 매매구분 · code · max 1 · required · codes.NetSellBuyTrade: 1 순매도, 2 순매수, 3 순매매
            dt: 기간 · code · max 2 · required · codes.RankPeriod: 0 당일, 1 전일, 5 5일, 10 10일, 20 20일, 60 60일
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10034Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10034).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10034.
        """
        answer = self._call(
            e.KA10034,
            {
                "mrkt_tp": mrkt_tp,
                "trde_tp": trde_tp,
                "dt": dt,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10034Response", answer)

    top_foreign_period_trading = ka10034

    def ka10035(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        trde_tp: codes.ConsecutiveNetTrade | str,
        base_dt_tp: codes.BaseDateType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10035Response:
        """ka10035 외인연속순매매상위요청 (Top Foreign Consecutive Net Trading).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10035, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_tp: 매매구분 · code · max 1 · required · codes.ConsecutiveNetTrade: 1 연속순매도, 2 연속순매수
            base_dt_tp: 기준일구분 · code · max 1 · required · codes.BaseDateType: 0 당일기준, 1 전일기준
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10035Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10035).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10035.
        """
        answer = self._call(
            e.KA10035,
            {
                "mrkt_tp": mrkt_tp,
                "trde_tp": trde_tp,
                "base_dt_tp": base_dt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10035Response", answer)

    top_foreign_consecutive_net_trading = ka10035

    def ka10036(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        dt: codes.RankPeriod | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10036Response:
        """ka10036 외인한도소진율증가상위 (Top Foreign Limit Exhaustion Rate Increase).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10036, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            dt: 기간 · code · max 2 · required · codes.RankPeriod: 0 당일, 1 전일, 5 5일, 10 10일, 20 20일, 60 60일
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10036Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10036).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10036.
        """
        answer = self._call(
            e.KA10036,
            {
                "mrkt_tp": mrkt_tp,
                "dt": dt,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10036Response", answer)

    top_foreign_limit_exhaustion_increase = ka10036

    def ka10037(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        dt: codes.RankPeriod | str,
        trde_tp: codes.NetAndGrossSide | str,
        sort_tp: codes.AmountOrQuantity | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10037Response:
        """ka10037 외국계창구매매상위요청 (Top Foreign Broker Desk Trading).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10037, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            dt: 기간 · code · max 2 · required · codes.RankPeriod: 0 당일, 1 전일, 5 5일, 10 10일, 20 20일, 60 60일
            trde_tp: 매매구분 · code · max 1 · required · codes.NetAndGrossSide: 1 순매수, 2 순매도, 3 매수, 4 매도
            sort_tp: 정렬구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10037Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10037).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10037.
        """
        answer = self._call(
            e.KA10037,
            {
                "mrkt_tp": mrkt_tp,
                "dt": dt,
                "trde_tp": trde_tp,
                "sort_tp": sort_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10037Response", answer)

    top_foreign_broker_trading = ka10037

    def ka10038(
        self,
        *,
        stk_cd: str,
        qry_tp: codes.NetTradeRankOrder | str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        dt: codes.BrokerStockRankPeriod | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10038Response:
        """ka10038 종목별증권사순위요청 (Broker Ranking by Stock).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10038, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required
            qry_tp: 조회구분 · code · max 1 · required · codes.NetTradeRankOrder: 1 순매도순위정렬, 2 순매수순위정렬
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            dt: 기간 · code · max 2 · optional · codes.BrokerStockRankPeriod: 1 전일, 4 5일, 9 10일, 19 20일, 39 40일, 59 60일, 119 120일

        Returns:
            Ka10038Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10038).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10038.
        """
        answer = self._call(
            e.KA10038,
            {
                "stk_cd": stk_cd,
                "qry_tp": qry_tp,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "dt": dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10038Response", answer)

    broker_ranking_by_stock = ka10038

    def ka10039(
        self,
        *,
        mmcm_cd: str,
        trde_qty_tp: codes.BrokerRankVolumeFilter | str,
        trde_tp: codes.NetBuySell | str,
        dt: codes.BrokerRankPeriod | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10039Response:
        """ka10039 증권사별매매상위요청 (Top Trading by Broker).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10039, ...)` with this method's arguments, typed as here.

        Args:
            mmcm_cd: 회원사코드 · text · max 3 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.BrokerRankVolumeFilter: 0 전체, 5 5000주, 10 1만주, 50 5만주, 100 10만주, 500 50만주, 1000 100만주
            trde_tp: 매매구분 · code · max 2 · required · codes.NetBuySell: 1 순매수, 2 순매도
            dt: 기간 · code · max 2 · required · codes.BrokerRankPeriod: 0 당일, 1 전일, 5 5일, 10 10일, 60 60일
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10039Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10039).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10039.
        """
        answer = self._call(
            e.KA10039,
            {
                "mmcm_cd": mmcm_cd,
                "trde_qty_tp": trde_qty_tp,
                "trde_tp": trde_tp,
                "dt": dt,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10039Response", answer)

    top_trading_by_broker = ka10039

    def ka10040(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10040Response:
        """ka10040 당일주요거래원요청 (Today's Major Brokers).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10040, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10040Response: 45 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10040).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10040.
        """
        answer = self._call(
            e.KA10040,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10040Response", answer)

    today_major_brokers = ka10040

    def ka10042(
        self,
        *,
        stk_cd: str,
        qry_dt_tp: codes.QueryPeriodMode | str,
        pot_tp: codes.TimePoint | str,
        sort_base: codes.CloseOrDateSort | str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        dt: codes.NetBuyBrokerPeriod | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10042Response:
        """ka10042 순매수거래원순위요청 (Net Buy Broker Ranking).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10042, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required
            qry_dt_tp: 조회기간구분 · code · max 1 · required · codes.QueryPeriodMode: 0 기간으로 조회, 1 시작일자, 종료일자로 조회
            pot_tp: 시점구분 · code · max 1 · required · codes.TimePoint: 0 당일, 1 전일
            sort_base: 정렬기준 · code · max 1 · required · codes.CloseOrDateSort: 1 종가순, 2 날짜순
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            dt: 기간 · code · max 4 · optional · codes.NetBuyBrokerPeriod: 5 5일, 10 10일, 20 20일, 40 40일, 60 60일, 120 120일

        Returns:
            Ka10042Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10042).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10042.
        """
        answer = self._call(
            e.KA10042,
            {
                "stk_cd": stk_cd,
                "qry_dt_tp": qry_dt_tp,
                "pot_tp": pot_tp,
                "sort_base": sort_base,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "dt": dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10042Response", answer)

    net_buy_broker_ranking = ka10042

    def ka10053(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10053Response:
        """ka10053 당일상위이탈원요청 (Today's Top Broker Exits).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10053, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10053Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10053).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10053.
        """
        answer = self._call(
            e.KA10053,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10053Response", answer)

    today_top_broker_exit = ka10053

    def ka10062(
        self,
        *,
        strt_dt: datetime.date | str,
        mrkt_tp: codes.MarketType | str,
        trde_tp: codes.NetBuySell | str,
        sort_cnd: codes.QuantityOrAmount | str,
        unit_tp: codes.NetTradeRankQuantityUnit | str,
        stex_tp: codes.ExchangeType | str,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10062Response:
        """ka10062 동일순매매순위요청 (Same-Direction Net Trading Ranking).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10062, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_tp: 매매구분 · code · max 1 · required · codes.NetBuySell: 1 순매수, 2 순매도
            sort_cnd: 정렬조건 · code · max 1 · required · codes.QuantityOrAmount: 1 수량, 2 금액
            unit_tp: 단위구분 · code · max 1 · required · codes.NetTradeRankQuantityUnit: 1 단주, 1000 천주
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10062Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10062).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10062.
        """
        answer = self._call(
            e.KA10062,
            {
                "strt_dt": strt_dt,
                "mrkt_tp": mrkt_tp,
                "trde_tp": trde_tp,
                "sort_cnd": sort_cnd,
                "unit_tp": unit_tp,
                "stex_tp": stex_tp,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10062Response", answer)

    same_net_trading_ranking = ka10062

    def ka10065(
        self,
        *,
        trde_tp: codes.NetBuySell | str,
        mrkt_tp: codes.MarketType | str,
        orgn_tp: codes.InstitutionType | str,
        amt_qty_tp: codes.AmountOrQuantity | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10065Response:
        """ka10065 장중투자자별매매상위요청 (Top Intraday Trading by Investor).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10065, ...)` with this method's arguments, typed as here.

        Args:
            trde_tp: 매매구분 · code · max 1 · required · codes.NetBuySell: 1 순매수, 2 순매도
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            orgn_tp: 기관구분 · code · max 4 · required · codes.InstitutionType: 9000 외국인, 9100 외국계, 1000 금융투자, 3000 투신, 5000 기타금융, 4000 은행, 2000 보험, 6000 연기금, 7000 국가, 7100 기타법인, 9999 기관계
            amt_qty_tp: 금액수량구분 · code · max 1 · optional · codes.AmountOrQuantity: 1 금액, 2 수량

        Returns:
            Ka10065Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10065).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10065.
        """
        answer = self._call(
            e.KA10065,
            {
                "trde_tp": trde_tp,
                "mrkt_tp": mrkt_tp,
                "orgn_tp": orgn_tp,
                "amt_qty_tp": amt_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10065Response", answer)

    top_intraday_investor_trading = ka10065

    def ka10098(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_base: codes.ChangeRateSort | str,
        stk_cnd: codes.AfterHoursStockCondition | str,
        trde_qty_cnd: codes.AfterHoursVolumeCondition | str,
        crd_cnd: codes.CreditConditionAfterHours | str,
        trde_prica: codes.AfterHoursTradingValue | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10098Response:
        """ka10098 시간외단일가등락율순위요청 (After-Hours Single Price Change Rate Ranking).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10098, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_base: 정렬기준 · code · max 1 · required · codes.ChangeRateSort: 1 상승률, 2 상승폭, 3 하락률, 4 하락폭, 5 보합
            stk_cnd: 종목조건 · code · max 2 · required · codes.AfterHoursStockCondition (16 codes)
            trde_qty_cnd: 거래량조건 · code · max 5 · required · codes.AfterHoursVolumeCondition: 0 전체조회, 10 백주이상, 50 5백주이상, 100 천주이상, 500 5천주이상, 1000 만주이상, 5000 5만주이상, 10000 10만주이상
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditConditionAfterHours: 0 전체조회, 9 신용융자전체, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 8 신용대주, 5 신용한도초과제외
            trde_prica: 거래대금 · code · max 5 · required · codes.AfterHoursTradingValue: 0 전체조회, 5 5백만원이상, 10 1천만원이상, 30 3천만원이상, 50 5천만원이상, 100 1억원이상, 300 3억원이상, 500 5억원이상, 1000 10억원이상, 3000 30억원이상, 5000 50억원이상, 10000 100억원이상

        Returns:
            Ka10098Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10098).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10098.
        """
        answer = self._call(
            e.KA10098,
            {
                "mrkt_tp": mrkt_tp,
                "sort_base": sort_base,
                "stk_cnd": stk_cnd,
                "trde_qty_cnd": trde_qty_cnd,
                "crd_cnd": crd_cnd,
                "trde_prica": trde_prica,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10098Response", answer)

    after_hours_single_price_change_rank = ka10098

    def ka90009(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        amt_qty_tp: codes.AmountTenMillionOrQuantityThousand | str,
        qry_dt_tp: codes.QueryDateInclusion | str,
        stex_tp: codes.ExchangeType | str,
        date: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90009Response:
        """ka90009 외국인기관매매상위요청 (Top Foreign/Institution Trading).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90009, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountTenMillionOrQuantityThousand: 1 금액(천만), 2 수량(천)
            qry_dt_tp: 조회일자구분 · code · max 1 · required · codes.QueryDateInclusion: 0 조회일자 미포함, 1 조회일자 포함
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            date: 날짜 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka90009Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka90009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90009.
        """
        answer = self._call(
            e.KA90009,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "qry_dt_tp": qry_dt_tp,
                "stex_tp": stex_tp,
                "date": date,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90009Response", answer)

    top_foreign_institution_trading = ka90009


class AsyncDomesticRkinfo(AsyncGroup):
    """domestic / rkinfo TRs (async)."""

    async def ka10020(
        self,
        *,
        mrkt_tp: codes.KospiOrKosdaq | str,
        sort_tp: codes.OrderbookTopSort | str,
        trde_qty_tp: codes.OrderbookTopVolumeFilter | str,
        stk_cnd: codes.RankingStockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10020Response:
        """ka10020 호가잔량상위요청 (Top Order Book Volume).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10020, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.OrderbookTopSort: 1 순매수잔량순, 2 순매도잔량순, 3 매수비율순, 4 매도비율순
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.OrderbookTopVolumeFilter: 0000 장시작전(0주이상), 0010 만주이상, 0050 5만주이상, 00100 10만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.RankingStockCondition: 0 전체조회, 1 관리종목제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10020Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10020).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10020.
        """
        answer = await self._call(
            e.KA10020,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10020Response", answer)

    top_order_book_volume = ka10020

    async def ka10021(
        self,
        *,
        mrkt_tp: codes.KospiOrKosdaq | str,
        trde_tp: codes.RemainingOrderSide | str,
        sort_tp: codes.OrderbookSurgeSort | str,
        tm_tp: int | str,
        trde_qty_tp: codes.OrderbookSurgeVolumeFilter | str,
        stk_cnd: codes.RankingStockCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10021Response:
        """ka10021 호가잔량급증요청 (Order Book Volume Surge).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10021, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            trde_tp: 매매구분 · code · max 1 · required · codes.RemainingOrderSide: 1 매수잔량, 2 매도잔량
            sort_tp: 정렬구분 · code · max 1 · required · codes.OrderbookSurgeSort: 1 급증량, 2 급증률
            tm_tp: 시간구분 · int · minutes · max 2 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.OrderbookSurgeVolumeFilter: 1 천주이상, 5 5천주이상, 10 만주이상, 50 5만주이상, 100 10만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.RankingStockCondition: 0 전체조회, 1 관리종목제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10021Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10021).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10021.
        """
        answer = await self._call(
            e.KA10021,
            {
                "mrkt_tp": mrkt_tp,
                "trde_tp": trde_tp,
                "sort_tp": sort_tp,
                "tm_tp": tm_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10021Response", answer)

    order_book_volume_surge = ka10021

    async def ka10022(
        self,
        *,
        mrkt_tp: codes.KospiOrKosdaq | str,
        rt_tp: codes.BuySellRatioType | str,
        tm_tp: int | str,
        trde_qty_tp: codes.RemainingRatioSurgeVolumeFilter | str,
        stk_cnd: codes.RankingStockCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10022Response:
        """ka10022 잔량율급증요청 (Order Book Remaining Ratio Surge).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10022, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            rt_tp: 비율구분 · code · max 1 · required · codes.BuySellRatioType: 1 매수/매도비율, 2 매도/매수비율
            tm_tp: 시간구분 · int · minutes · max 2 · required
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.RemainingRatioSurgeVolumeFilter: 5 5천주이상, 10 만주이상, 50 5만주이상, 100 10만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.RankingStockCondition: 0 전체조회, 1 관리종목제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10022Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10022).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10022.
        """
        answer = await self._call(
            e.KA10022,
            {
                "mrkt_tp": mrkt_tp,
                "rt_tp": rt_tp,
                "tm_tp": tm_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10022Response", answer)

    order_book_ratio_surge = ka10022

    async def ka10023(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_tp: codes.VolumeSurgeSort | str,
        tm_tp: codes.VolumeSurgeTimeBasis | str,
        trde_qty_tp: codes.VolumeSurgeFilter | str,
        stk_cnd: codes.VolumeSurgeStockCondition | str,
        pric_tp: codes.MinPriceCondition | str,
        stex_tp: codes.ExchangeType | str,
        tm: int | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10023Response:
        """ka10023 거래량급증요청 (Trading Volume Surge).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10023, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.VolumeSurgeSort: 1 급증량, 2 급증률, 3 급감량, 4 급감률
            tm_tp: 시간구분 · code · max 1 · required · codes.VolumeSurgeTimeBasis: 1 분, 2 전일
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.VolumeSurgeFilter: 5 5천주이상, 10 만주이상, 50 5만주이상, 100 10만주이상, 200 20만주이상, 300 30만주이상, 500 50만주이상, 1000 백만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.VolumeSurgeStockCondition (17 codes)
            pric_tp: 가격구분 · code · max 1 · required · codes.MinPriceCondition: 0 전체조회, 2 5만원이상, 5 1만원이상, 6 5천원이상, 8 1천원이상, 9 10만원이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            tm: 시간 · int · minutes · max 2 · optional

        Returns:
            Ka10023Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10023).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10023.
        """
        answer = await self._call(
            e.KA10023,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "tm_tp": tm_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "pric_tp": pric_tp,
                "stex_tp": stex_tp,
                "tm": tm,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10023Response", answer)

    volume_surge = ka10023

    async def ka10027(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_tp: codes.ChangeRateSort | str,
        trde_qty_cnd: codes.VolumeCondition | str,
        stk_cnd: codes.ChangeRateRankStockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        updown_incls: codes.IncludeLimitPrice | str,
        pric_cnd: codes.PriceConditionWithUnder10000 | str,
        trde_prica_cnd: codes.TradingValueCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10027Response:
        """ka10027 전일대비등락률상위요청 (Top Change Rate vs Previous Close).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10027, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.ChangeRateSort: 1 상승률, 2 상승폭, 3 하락률, 4 하락폭, 5 보합
            trde_qty_cnd: 거래량조건 · code · max 5 · required · codes.VolumeCondition: 0000 전체조회, 0010 만주이상, 0050 5만주이상, 0100 10만주이상, 0150 15만주이상, 0200 20만주이상, 0300 30만주이상, 0500 50만주이상, 1000 백만주이상
            stk_cnd: 종목조건 · code · max 2 · required · codes.ChangeRateRankStockCondition (15 codes)
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            updown_incls: 상하한포함 · code · max 2 · required · codes.IncludeLimitPrice: 0 불 포함, 1 포함
            pric_cnd: 가격조건 · code · max 2 · required · codes.PriceConditionWithUnder10000: 0 전체조회, 1 1천원미만, 2 1천원~2천원, 3 2천원~5천원, 4 5천원~1만원, 5 1만원이상, 8 1천원이상, 10 1만원미만
            trde_prica_cnd: 거래대금조건 · code · max 4 · required · codes.TradingValueCondition: 0 전체조회, 3 3천만원이상, 5 5천만원이상, 10 1억원이상, 30 3억원이상, 50 5억원이상, 100 10억원이상, 300 30억원이상, 500 50억원이상, 1000 100억원이상, 3000 300억원이상, 5000 500억원이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10027Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10027).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10027.
        """
        answer = await self._call(
            e.KA10027,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "trde_qty_cnd": trde_qty_cnd,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "updown_incls": updown_incls,
                "pric_cnd": pric_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10027Response", answer)

    top_change_rate_vs_prev_close = ka10027

    async def ka10029(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_tp: codes.ExpectedExecutionChangeSort | str,
        trde_qty_cnd: codes.ExpectedExecutionVolumeCondition | str,
        stk_cnd: codes.ChangeRateRankStockCondition | str,
        crd_cnd: codes.CreditConditionWithStockLoan | str,
        pric_cnd: codes.PriceConditionWithUnder10000 | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10029Response:
        """ka10029 예상체결등락률상위요청 (Top Expected Execution Change Rate).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10029, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.ExpectedExecutionChangeSort: 1 상승률, 2 상승폭, 3 보합, 4 하락률, 5 하락폭, 6 체결량, 7 상한, 8 하한
            trde_qty_cnd: 거래량조건 · code · max 5 · required · codes.ExpectedExecutionVolumeCondition: 0 전체조회, 1 천주이상, 3 3천주, 5 5천주, 10 만주이상, 50 5만주이상, 100 10만주이상
            stk_cnd: 종목조건 · code · max 2 · required · codes.ChangeRateRankStockCondition (15 codes)
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditConditionWithStockLoan: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 5 신용한도초과제외, 7 신용융자E군, 8 신용대주, 9 신용융자전체
            pric_cnd: 가격조건 · code · max 2 · required · codes.PriceConditionWithUnder10000: 0 전체조회, 1 1천원미만, 2 1천원~2천원, 3 2천원~5천원, 4 5천원~1만원, 5 1만원이상, 8 1천원이상, 10 1만원미만
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10029Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10029).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10029.
        """
        answer = await self._call(
            e.KA10029,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "trde_qty_cnd": trde_qty_cnd,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "pric_cnd": pric_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10029Response", answer)

    top_expected_trade_change_rate = ka10029

    async def ka10030(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_tp: codes.VolumeTopSort | str,
        mang_stk_incls: codes.ChangeRateRankStockCondition | str,
        crd_tp: codes.CreditType | str,
        trde_qty_tp: codes.DailyVolumeTopFilter | str,
        pric_tp: codes.PriceConditionExtended | str,
        trde_prica_tp: codes.TradingValueFilter | str,
        mrkt_open_tp: codes.MarketOperationType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10030Response:
        """ka10030 당일거래량상위요청 (Top Trading Volume Today).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10030, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_tp: 정렬구분 · code · max 1 · required · codes.VolumeTopSort: 1 거래량, 2 거래회전율, 3 거래대금
            mang_stk_incls: 관리종목포함 · code · max 1 · required · codes.ChangeRateRankStockCondition (15 codes)
            crd_tp: 신용구분 · code · max 1 · required · codes.CreditType: 0 전체조회, 9 신용융자전체, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 8 신용대주
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.DailyVolumeTopFilter: 0 전체조회, 5 5천주이상, 10 1만주이상, 50 5만주이상, 100 10만주이상, 200 20만주이상, 300 30만주이상, 500 500만주이상, 1000 백만주이상
            pric_tp: 가격구분 · code · max 1 · required · codes.PriceConditionExtended: 0 전체조회, 1 1천원미만, 2 1천원이상, 3 1천원~2천원, 4 2천원~5천원, 5 5천원이상, 6 5천원~1만원, 10 1만원미만, 7 1만원이상, 8 5만원이상, 9 10만원이상
            trde_prica_tp: 거래대금구분 · code · max 1 · required · codes.TradingValueFilter (13 codes)
            mrkt_open_tp: 장운영구분 · code · max 1 · required · codes.MarketOperationType: 0 전체조회, 1 장중, 2 장전시간외, 3 장후시간외
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10030Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10030).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10030.
        """
        answer = await self._call(
            e.KA10030,
            {
                "mrkt_tp": mrkt_tp,
                "sort_tp": sort_tp,
                "mang_stk_incls": mang_stk_incls,
                "crd_tp": crd_tp,
                "trde_qty_tp": trde_qty_tp,
                "pric_tp": pric_tp,
                "trde_prica_tp": trde_prica_tp,
                "mrkt_open_tp": mrkt_open_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10030Response", answer)

    top_today_volume = ka10030

    async def ka10031(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        qry_tp: codes.PreviousDayTop100Type | str,
        rank_strt: int | str,
        rank_end: int | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10031Response:
        """ka10031 전일거래량상위요청 (Top Trading Volume Previous Day).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10031, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            qry_tp: 조회구분 · code · max 1 · required · codes.PreviousDayTop100Type: 1 전일거래량 상위100종목, 2 전일거래대금 상위100종목
            rank_strt: 순위시작 · int · max 3 · required
            rank_end: 순위끝 · int · max 3 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10031Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10031).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10031.
        """
        answer = await self._call(
            e.KA10031,
            {
                "mrkt_tp": mrkt_tp,
                "qry_tp": qry_tp,
                "rank_strt": rank_strt,
                "rank_end": rank_end,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10031Response", answer)

    top_prev_day_volume = ka10031

    async def ka10032(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        mang_stk_incls: codes.AdministrativeIssueInclusion | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10032Response:
        """ka10032 거래대금상위요청 (Top Trading Value).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10032, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            mang_stk_incls: 관리종목포함 · code · max 1 · required · codes.AdministrativeIssueInclusion: 0 관리종목 미포함, 1 관리종목 포함
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10032Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10032).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10032.
        """
        answer = await self._call(
            e.KA10032,
            {
                "mrkt_tp": mrkt_tp,
                "mang_stk_incls": mang_stk_incls,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10032Response", answer)

    top_trading_value = ka10032

    async def ka10033(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        trde_qty_tp: codes.CreditRatioVolumeFilter | str,
        stk_cnd: codes.RankingStockCondition | str,
        updown_incls: codes.IncludeUpperLowerLimit | str,
        crd_cnd: codes.CreditCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10033Response:
        """ka10033 신용비율상위요청 (Top Credit Ratio).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10033, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_qty_tp: 거래량구분 · code · max 3 · required · codes.CreditRatioVolumeFilter: 0 전체조회, 10 만주이상, 50 5만주이상, 100 10만주이상, 200 20만주이상, 300 30만주이상, 500 50만주이상, 1000 백만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.RankingStockCondition: 0 전체조회, 1 관리종목제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            updown_incls: 상하한포함 · code · max 1 · required · codes.IncludeUpperLowerLimit: 0 상하한 미포함, 1 상하한포함
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10033Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10033).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10033.
        """
        answer = await self._call(
            e.KA10033,
            {
                "mrkt_tp": mrkt_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "updown_incls": updown_incls,
                "crd_cnd": crd_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10033Response", answer)

    top_credit_ratio = ka10033

    async def ka10034(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        trde_tp: codes.NetSellBuyTrade | str,
        dt: codes.RankPeriod | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10034Response:
        """ka10034 외인기간별매매상위요청 (Top Foreign Trading by Period).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10034, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_tp: 매매구분 · code · max 1 · required · codes.NetSellBuyTrade: 1 순매도, 2 순매수, 3 순매매
            dt: 기간 · code · max 2 · required · codes.RankPeriod: 0 당일, 1 전일, 5 5일, 10 10일, 20 20일, 60 60일
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10034Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10034).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10034.
        """
        answer = await self._call(
            e.KA10034,
            {
                "mrkt_tp": mrkt_tp,
                "trde_tp": trde_tp,
                "dt": dt,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10034Response", answer)

    top_foreign_period_trading = ka10034

    async def ka10035(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        trde_tp: codes.ConsecutiveNetTrade | str,
        base_dt_tp: codes.BaseDateType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10035Response:
        """ka10035 외인연속순매매상위요청 (Top Foreign Consecutive Net Trading).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10035, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_tp: 매매구분 · code · max 1 · required · codes.ConsecutiveNetTrade: 1 연속순매도, 2 연속순매수
            base_dt_tp: 기준일구분 · code · max 1 · required · codes.BaseDateType: 0 당일기준, 1 전일기준
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10035Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10035).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10035.
        """
        answer = await self._call(
            e.KA10035,
            {
                "mrkt_tp": mrkt_tp,
                "trde_tp": trde_tp,
                "base_dt_tp": base_dt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10035Response", answer)

    top_foreign_consecutive_net_trading = ka10035

    async def ka10036(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        dt: codes.RankPeriod | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10036Response:
        """ka10036 외인한도소진율증가상위 (Top Foreign Limit Exhaustion Rate Increase).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10036, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            dt: 기간 · code · max 2 · required · codes.RankPeriod: 0 당일, 1 전일, 5 5일, 10 10일, 20 20일, 60 60일
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10036Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10036).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10036.
        """
        answer = await self._call(
            e.KA10036,
            {
                "mrkt_tp": mrkt_tp,
                "dt": dt,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10036Response", answer)

    top_foreign_limit_exhaustion_increase = ka10036

    async def ka10037(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        dt: codes.RankPeriod | str,
        trde_tp: codes.NetAndGrossSide | str,
        sort_tp: codes.AmountOrQuantity | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10037Response:
        """ka10037 외국계창구매매상위요청 (Top Foreign Broker Desk Trading).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10037, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            dt: 기간 · code · max 2 · required · codes.RankPeriod: 0 당일, 1 전일, 5 5일, 10 10일, 20 20일, 60 60일
            trde_tp: 매매구분 · code · max 1 · required · codes.NetAndGrossSide: 1 순매수, 2 순매도, 3 매수, 4 매도
            sort_tp: 정렬구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10037Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10037).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10037.
        """
        answer = await self._call(
            e.KA10037,
            {
                "mrkt_tp": mrkt_tp,
                "dt": dt,
                "trde_tp": trde_tp,
                "sort_tp": sort_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10037Response", answer)

    top_foreign_broker_trading = ka10037

    async def ka10038(
        self,
        *,
        stk_cd: str,
        qry_tp: codes.NetTradeRankOrder | str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        dt: codes.BrokerStockRankPeriod | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10038Response:
        """ka10038 종목별증권사순위요청 (Broker Ranking by Stock).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10038, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required
            qry_tp: 조회구분 · code · max 1 · required · codes.NetTradeRankOrder: 1 순매도순위정렬, 2 순매수순위정렬
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            dt: 기간 · code · max 2 · optional · codes.BrokerStockRankPeriod: 1 전일, 4 5일, 9 10일, 19 20일, 39 40일, 59 60일, 119 120일

        Returns:
            Ka10038Response: 5 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10038).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10038.
        """
        answer = await self._call(
            e.KA10038,
            {
                "stk_cd": stk_cd,
                "qry_tp": qry_tp,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "dt": dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10038Response", answer)

    broker_ranking_by_stock = ka10038

    async def ka10039(
        self,
        *,
        mmcm_cd: str,
        trde_qty_tp: codes.BrokerRankVolumeFilter | str,
        trde_tp: codes.NetBuySell | str,
        dt: codes.BrokerRankPeriod | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10039Response:
        """ka10039 증권사별매매상위요청 (Top Trading by Broker).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10039, ...)` with this method's arguments, typed as here.

        Args:
            mmcm_cd: 회원사코드 · text · max 3 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.BrokerRankVolumeFilter: 0 전체, 5 5000주, 10 1만주, 50 5만주, 100 10만주, 500 50만주, 1000 100만주
            trde_tp: 매매구분 · code · max 2 · required · codes.NetBuySell: 1 순매수, 2 순매도
            dt: 기간 · code · max 2 · required · codes.BrokerRankPeriod: 0 당일, 1 전일, 5 5일, 10 10일, 60 60일
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10039Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10039).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10039.
        """
        answer = await self._call(
            e.KA10039,
            {
                "mmcm_cd": mmcm_cd,
                "trde_qty_tp": trde_qty_tp,
                "trde_tp": trde_tp,
                "dt": dt,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10039Response", answer)

    top_trading_by_broker = ka10039

    async def ka10040(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10040Response:
        """ka10040 당일주요거래원요청 (Today's Major Brokers).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10040, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10040Response: 45 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10040).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10040.
        """
        answer = await self._call(
            e.KA10040,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10040Response", answer)

    today_major_brokers = ka10040

    async def ka10042(
        self,
        *,
        stk_cd: str,
        qry_dt_tp: codes.QueryPeriodMode | str,
        pot_tp: codes.TimePoint | str,
        sort_base: codes.CloseOrDateSort | str,
        strt_dt: datetime.date | str | None = None,
        end_dt: datetime.date | str | None = None,
        dt: codes.NetBuyBrokerPeriod | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10042Response:
        """ka10042 순매수거래원순위요청 (Net Buy Broker Ranking).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10042, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required
            qry_dt_tp: 조회기간구분 · code · max 1 · required · codes.QueryPeriodMode: 0 기간으로 조회, 1 시작일자, 종료일자로 조회
            pot_tp: 시점구분 · code · max 1 · required · codes.TimePoint: 0 당일, 1 전일
            sort_base: 정렬기준 · code · max 1 · required · codes.CloseOrDateSort: 1 종가순, 2 날짜순
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · optional
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional
            dt: 기간 · code · max 4 · optional · codes.NetBuyBrokerPeriod: 5 5일, 10 10일, 20 20일, 40 40일, 60 60일, 120 120일

        Returns:
            Ka10042Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10042).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10042.
        """
        answer = await self._call(
            e.KA10042,
            {
                "stk_cd": stk_cd,
                "qry_dt_tp": qry_dt_tp,
                "pot_tp": pot_tp,
                "sort_base": sort_base,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "dt": dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10042Response", answer)

    net_buy_broker_ranking = ka10042

    async def ka10053(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10053Response:
        """ka10053 당일상위이탈원요청 (Today's Top Broker Exits).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10053, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10053Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10053).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10053.
        """
        answer = await self._call(
            e.KA10053,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10053Response", answer)

    today_top_broker_exit = ka10053

    async def ka10062(
        self,
        *,
        strt_dt: datetime.date | str,
        mrkt_tp: codes.MarketType | str,
        trde_tp: codes.NetBuySell | str,
        sort_cnd: codes.QuantityOrAmount | str,
        unit_tp: codes.NetTradeRankQuantityUnit | str,
        stex_tp: codes.ExchangeType | str,
        end_dt: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10062Response:
        """ka10062 동일순매매순위요청 (Same-Direction Net Trading Ranking).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10062, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_tp: 매매구분 · code · max 1 · required · codes.NetBuySell: 1 순매수, 2 순매도
            sort_cnd: 정렬조건 · code · max 1 · required · codes.QuantityOrAmount: 1 수량, 2 금액
            unit_tp: 단위구분 · code · max 1 · required · codes.NetTradeRankQuantityUnit: 1 단주, 1000 천주
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka10062Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10062).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10062.
        """
        answer = await self._call(
            e.KA10062,
            {
                "strt_dt": strt_dt,
                "mrkt_tp": mrkt_tp,
                "trde_tp": trde_tp,
                "sort_cnd": sort_cnd,
                "unit_tp": unit_tp,
                "stex_tp": stex_tp,
                "end_dt": end_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10062Response", answer)

    same_net_trading_ranking = ka10062

    async def ka10065(
        self,
        *,
        trde_tp: codes.NetBuySell | str,
        mrkt_tp: codes.MarketType | str,
        orgn_tp: codes.InstitutionType | str,
        amt_qty_tp: codes.AmountOrQuantity | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10065Response:
        """ka10065 장중투자자별매매상위요청 (Top Intraday Trading by Investor).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10065, ...)` with this method's arguments, typed as here.

        Args:
            trde_tp: 매매구분 · code · max 1 · required · codes.NetBuySell: 1 순매수, 2 순매도
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            orgn_tp: 기관구분 · code · max 4 · required · codes.InstitutionType: 9000 외국인, 9100 외국계, 1000 금융투자, 3000 투신, 5000 기타금융, 4000 은행, 2000 보험, 6000 연기금, 7000 국가, 7100 기타법인, 9999 기관계
            amt_qty_tp: 금액수량구분 · code · max 1 · optional · codes.AmountOrQuantity: 1 금액, 2 수량

        Returns:
            Ka10065Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10065).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10065.
        """
        answer = await self._call(
            e.KA10065,
            {
                "trde_tp": trde_tp,
                "mrkt_tp": mrkt_tp,
                "orgn_tp": orgn_tp,
                "amt_qty_tp": amt_qty_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10065Response", answer)

    top_intraday_investor_trading = ka10065

    async def ka10098(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        sort_base: codes.ChangeRateSort | str,
        stk_cnd: codes.AfterHoursStockCondition | str,
        trde_qty_cnd: codes.AfterHoursVolumeCondition | str,
        crd_cnd: codes.CreditConditionAfterHours | str,
        trde_prica: codes.AfterHoursTradingValue | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10098Response:
        """ka10098 시간외단일가등락율순위요청 (After-Hours Single Price Change Rate Ranking).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10098, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            sort_base: 정렬기준 · code · max 1 · required · codes.ChangeRateSort: 1 상승률, 2 상승폭, 3 하락률, 4 하락폭, 5 보합
            stk_cnd: 종목조건 · code · max 2 · required · codes.AfterHoursStockCondition (16 codes)
            trde_qty_cnd: 거래량조건 · code · max 5 · required · codes.AfterHoursVolumeCondition: 0 전체조회, 10 백주이상, 50 5백주이상, 100 천주이상, 500 5천주이상, 1000 만주이상, 5000 5만주이상, 10000 10만주이상
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditConditionAfterHours: 0 전체조회, 9 신용융자전체, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 8 신용대주, 5 신용한도초과제외
            trde_prica: 거래대금 · code · max 5 · required · codes.AfterHoursTradingValue: 0 전체조회, 5 5백만원이상, 10 1천만원이상, 30 3천만원이상, 50 5천만원이상, 100 1억원이상, 300 3억원이상, 500 5억원이상, 1000 10억원이상, 3000 30억원이상, 5000 50억원이상, 10000 100억원이상

        Returns:
            Ka10098Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka10098).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10098.
        """
        answer = await self._call(
            e.KA10098,
            {
                "mrkt_tp": mrkt_tp,
                "sort_base": sort_base,
                "stk_cnd": stk_cnd,
                "trde_qty_cnd": trde_qty_cnd,
                "crd_cnd": crd_cnd,
                "trde_prica": trde_prica,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10098Response", answer)

    after_hours_single_price_change_rank = ka10098

    async def ka90009(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        amt_qty_tp: codes.AmountTenMillionOrQuantityThousand | str,
        qry_dt_tp: codes.QueryDateInclusion | str,
        stex_tp: codes.ExchangeType | str,
        date: datetime.date | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90009Response:
        """ka90009 외국인기관매매상위요청 (Top Foreign/Institution Trading).

        POST /api/dostk/rkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90009, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountTenMillionOrQuantityThousand: 1 금액(천만), 2 수량(천)
            qry_dt_tp: 조회일자구분 · code · max 1 · required · codes.QueryDateInclusion: 0 조회일자 미포함, 1 조회일자 포함
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            date: 날짜 · date · YYYYMMDD · max 8 · optional

        Returns:
            Ka90009Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-rkinfo/#ka90009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90009.
        """
        answer = await self._call(
            e.KA90009,
            {
                "mrkt_tp": mrkt_tp,
                "amt_qty_tp": amt_qty_tp,
                "qry_dt_tp": qry_dt_tp,
                "stex_tp": stex_tp,
                "date": date,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90009Response", answer)

    top_foreign_institution_trading = ka90009
