"""domestic / stkinfo: one method per TR, by id and by English alias.

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
    from kiwoom_sdk.models.domestic.stkinfo import (
        Ka00198Response,
        Ka10001Response,
        Ka10002Response,
        Ka10003Response,
        Ka10013Response,
        Ka10015Response,
        Ka10016Response,
        Ka10017Response,
        Ka10018Response,
        Ka10019Response,
        Ka10024Response,
        Ka10025Response,
        Ka10026Response,
        Ka10028Response,
        Ka10043Response,
        Ka10052Response,
        Ka10054Response,
        Ka10055Response,
        Ka10058Response,
        Ka10059Response,
        Ka10061Response,
        Ka10084Response,
        Ka10095Response,
        Ka10099Response,
        Ka10100Response,
        Ka10101Response,
        Ka10102Response,
        Ka90003Response,
        Ka90004Response,
        Kt20016Response,
        Kt20017Response,
    )


class DomesticStkinfo(SyncGroup):
    """domestic / stkinfo TRs (sync)."""

    def ka00198(
        self,
        *,
        qry_tp: codes.QueryRankInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka00198Response:
        """ka00198 실시간종목조회순위 (Real-Time Most Viewed Stock Ranking).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka00198, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 구분 · code · max 1 · required · codes.QueryRankInterval: 1 1분, 2 10분, 3 1시간, 4 당일 누적, 5 30초

        Returns:
            Ka00198Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka00198).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka00198.
        """
        answer = self._call(
            e.KA00198,
            {
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka00198Response", answer)

    realtime_stock_view_ranking = ka00198

    def ka10001(
        self,
        *,
        stk_cd: str,
    ) -> Ka10001Response:
        """ka10001 주식기본정보요청 (Stock Basic Info).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10001Response: 45 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10001.
        """
        answer = self._call(
            e.KA10001,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10001Response", answer)

    stock_basic_info = ka10001

    def ka10002(
        self,
        *,
        stk_cd: str,
    ) -> Ka10002Response:
        """ka10002 주식거래원요청 (Stock Broker (Member) Info).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10002Response: 37 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10002.
        """
        answer = self._call(
            e.KA10002,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10002Response", answer)

    stock_brokers = ka10002

    def ka10003(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10003Response:
        """ka10003 체결정보요청 (Trade Execution Info).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10003, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10003.
        """
        answer = self._call(
            e.KA10003,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10003Response", answer)

    trade_info = ka10003

    def ka10013(
        self,
        *,
        stk_cd: str,
        dt: datetime.date | str,
        qry_tp: codes.LoanOrStockLoan | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10013Response:
        """ka10013 신용매매동향요청 (Credit Trading Trend).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10013, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            dt: 일자 · date · YYYYMMDD · max 8 · required
            qry_tp: 조회구분 · code · max 1 · required · codes.LoanOrStockLoan: 1 융자, 2 대주

        Returns:
            Ka10013Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10013).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10013.
        """
        answer = self._call(
            e.KA10013,
            {
                "stk_cd": stk_cd,
                "dt": dt,
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10013Response", answer)

    credit_trading_trend = ka10013

    def ka10015(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10015Response:
        """ka10015 일별거래상세요청 (Daily Trade Detail).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10015, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · max 8 · required

        Returns:
            Ka10015Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10015).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10015.
        """
        answer = self._call(
            e.KA10015,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10015Response", answer)

    daily_trade_detail = ka10015

    def ka10016(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        ntl_tp: codes.NewHighOrLow | str,
        high_low_close_tp: codes.HighLowOrCloseBasis | str,
        stk_cnd: codes.StockCondition | str,
        trde_qty_tp: codes.VolumeFilter | str,
        crd_cnd: codes.CreditCondition | str,
        updown_incls: codes.IncludeFlag | str,
        dt: int | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10016Response:
        """ka10016 신고저가요청 (New High/Low Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10016, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            ntl_tp: 신고저구분 · code · max 1 · required · codes.NewHighOrLow: 1 신고가, 2 신저가
            high_low_close_tp: 고저종구분 · code · max 1 · required · codes.HighLowOrCloseBasis: 1 고저기준, 2 종가기준
            stk_cnd: 종목조건 · code · max 1 · required · codes.StockCondition: 0 전체조회, 1 관리종목제외, 3 우선주제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기
            trde_qty_tp: 거래량구분 · code · max 5 · required · codes.VolumeFilter: 00000 전체조회, 00010 만주이상, 00050 5만주이상, 00100 10만주이상, 00150 15만주이상, 00200 20만주이상, 00300 30만주이상, 00500 50만주이상, 01000 백만주이상
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            updown_incls: 상하한포함 · code · max 1 · required · codes.IncludeFlag: 0 미포함, 1 포함
            dt: 기간 · int · days · max 3 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10016Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10016).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10016.
        """
        answer = self._call(
            e.KA10016,
            {
                "mrkt_tp": mrkt_tp,
                "ntl_tp": ntl_tp,
                "high_low_close_tp": high_low_close_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "crd_cnd": crd_cnd,
                "updown_incls": updown_incls,
                "dt": dt,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10016Response", answer)

    new_high_low = ka10016

    def ka10017(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        updown_tp: codes.UpperLowerLimitType | str,
        sort_tp: codes.UpperLowerLimitSort | str,
        stk_cnd: codes.UpperLowerLimitStockCondition | str,
        trde_qty_tp: codes.VolumeFilter | str,
        crd_cnd: codes.CreditCondition | str,
        trde_gold_tp: codes.TradePriceCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10017Response:
        """ka10017 상하한가요청 (Upper/Lower Limit Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10017, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            updown_tp: 상하한구분 · code · max 1 · required · codes.UpperLowerLimitType: 1 상한, 2 상승, 3 보합, 4 하한, 5 하락, 6 전일상한, 7 전일하한
            sort_tp: 정렬구분 · code · max 1 · required · codes.UpperLowerLimitSort: 1 종목코드순, 2 연속횟수순(상위100개), 3 등락률순
            stk_cnd: 종목조건 · code · max 1 · required · codes.UpperLowerLimitStockCondition: 0 전체조회, 1 관리종목제외, 3 우선주제외, 4 우선주+관리종목제외, 5 증100제외, 6 증100만 보기, 7 증40만 보기, 8 증30만 보기, 9 증20만 보기, 10 우선주+관리종목+환기종목제외
            trde_qty_tp: 거래량구분 · code · max 5 · required · codes.VolumeFilter: 00000 전체조회, 00010 만주이상, 00050 5만주이상, 00100 10만주이상, 00150 15만주이상, 00200 20만주이상, 00300 30만주이상, 00500 50만주이상, 01000 백만주이상
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            trde_gold_tp: 매매금구분 · code · max 1 · required · codes.TradePriceCondition: 0 전체조회, 1 1천원미만, 2 1천원~2천원, 3 2천원~3천원, 4 5천원~1만원, 5 1만원이상, 8 1천원이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10017Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10017).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10017.
        """
        answer = self._call(
            e.KA10017,
            {
                "mrkt_tp": mrkt_tp,
                "updown_tp": updown_tp,
                "sort_tp": sort_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "crd_cnd": crd_cnd,
                "trde_gold_tp": trde_gold_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10017Response", answer)

    upper_lower_limit = ka10017

    def ka10018(
        self,
        *,
        high_low_tp: codes.HighOrLow | str,
        alacc_rt: codes.ProximityRate | str,
        mrkt_tp: codes.MarketType | str,
        trde_qty_tp: codes.VolumeFilter | str,
        stk_cnd: codes.StockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10018Response:
        """ka10018 고저가근접요청 (Stocks Near High/Low).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10018, ...)` with this method's arguments, typed as here.

        Args:
            high_low_tp: 고저구분 · code · max 1 · required · codes.HighOrLow: 1 고가, 2 저가
            alacc_rt: 근접율 · code · max 2 · required · codes.ProximityRate: 05 0:5, 10 1:0, 15 1:5, 20 2:0., 25 2:5, 30 3:0
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_qty_tp: 거래량구분 · code · max 5 · required · codes.VolumeFilter: 00000 전체조회, 00010 만주이상, 00050 5만주이상, 00100 10만주이상, 00150 15만주이상, 00200 20만주이상, 00300 30만주이상, 00500 50만주이상, 01000 백만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.StockCondition: 0 전체조회, 1 관리종목제외, 3 우선주제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10018Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10018).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10018.
        """
        answer = self._call(
            e.KA10018,
            {
                "high_low_tp": high_low_tp,
                "alacc_rt": alacc_rt,
                "mrkt_tp": mrkt_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10018Response", answer)

    near_high_low = ka10018

    def ka10019(
        self,
        *,
        mrkt_tp: codes.MarketTypeWithKospi200 | str,
        flu_tp: codes.SurgeOrPlunge | str,
        tm_tp: codes.MinutesOrDaysAgo | str,
        tm: int | str,
        trde_qty_tp: codes.VolumeFilter | str,
        stk_cnd: codes.StockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        pric_cnd: codes.TradePriceCondition | str,
        updown_incls: codes.IncludeFlag | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10019Response:
        """ka10019 가격급등락요청 (Price Surge/Plunge Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10019, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketTypeWithKospi200: 000 전체, 001 코스피, 101 코스닥, 201 코스피200
            flu_tp: 등락구분 · code · max 1 · required · codes.SurgeOrPlunge: 1 급등, 2 급락
            tm_tp: 시간구분 · code · max 1 · required · codes.MinutesOrDaysAgo: 1 분전, 2 일전
            tm: 시간 · int · minutes when tm_tp=1, days when tm_tp=2 · max 2 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.VolumeFilter: 00000 전체조회, 00010 만주이상, 00050 5만주이상, 00100 10만주이상, 00150 15만주이상, 00200 20만주이상, 00300 30만주이상, 00500 50만주이상, 01000 백만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.StockCondition: 0 전체조회, 1 관리종목제외, 3 우선주제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            pric_cnd: 가격조건 · code · max 1 · required · codes.TradePriceCondition: 0 전체조회, 1 1천원미만, 2 1천원~2천원, 3 2천원~3천원, 4 5천원~1만원, 5 1만원이상, 8 1천원이상
            updown_incls: 상하한포함 · code · max 1 · required · codes.IncludeFlag: 0 미포함, 1 포함
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10019Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10019).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10019.
        """
        answer = self._call(
            e.KA10019,
            {
                "mrkt_tp": mrkt_tp,
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "pric_cnd": pric_cnd,
                "updown_incls": updown_incls,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10019Response", answer)

    price_surge_plunge = ka10019

    def ka10024(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        cycle_tp: codes.CycleDays | str,
        trde_qty_tp: codes.VolumeSurgeFilter | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10024Response:
        """ka10024 거래량갱신요청 (Trading Volume Record Renewal).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10024, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            cycle_tp: 주기구분 · code · max 1 · required · codes.CycleDays: 5 5일, 10 10일, 20 20일, 60 60일, 250 250일
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.VolumeSurgeFilter: 5 5천주이상, 10 만주이상, 50 5만주이상, 100 10만주이상, 200 20만주이상, 300 30만주이상, 500 50만주이상, 1000 백만주이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10024Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10024).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10024.
        """
        answer = self._call(
            e.KA10024,
            {
                "mrkt_tp": mrkt_tp,
                "cycle_tp": cycle_tp,
                "trde_qty_tp": trde_qty_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10024Response", answer)

    volume_renewal = ka10024

    def ka10025(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        prps_cnctr_rt: Decimal | int | str,
        cur_prc_entry: codes.CurrentPriceEntryInclusion | str,
        prpscnt: int | str,
        cycle_tp: codes.SupplyZoneCycleDays | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10025Response:
        """ka10025 매물대집중요청 (Volume Profile (Supply Zone) Concentration).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10025, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            prps_cnctr_rt: 매물집중비율 · rate · percent · max 3 · required
            cur_prc_entry: 현재가진입 · code · max 1 · required · codes.CurrentPriceEntryInclusion: 0 현재가 매물대 진입 포함안함, 1 현재가 매물대 진입포함
            prpscnt: 매물대수 · int · count · max 2 · required
            cycle_tp: 주기구분 · code · max 2 · required · codes.SupplyZoneCycleDays: 50 50일, 100 100일, 150 150일, 200 200일, 250 250일, 300 300일
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            prps_cnctr_rt: at least 0.

        Returns:
            Ka10025Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10025).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10025.
        """
        answer = self._call(
            e.KA10025,
            {
                "mrkt_tp": mrkt_tp,
                "prps_cnctr_rt": prps_cnctr_rt,
                "cur_prc_entry": cur_prc_entry,
                "prpscnt": prpscnt,
                "cycle_tp": cycle_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10025Response", answer)

    volume_profile_concentration = ka10025

    def ka10026(
        self,
        *,
        pertp: codes.ValuationRankType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10026Response:
        """ka10026 고저PER요청 (High/Low PER Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10026, ...)` with this method's arguments, typed as here.

        Args:
            pertp: PER구분 · code · max 1 · required · codes.ValuationRankType: 1 저PBR, 2 고PBR, 3 저PER, 4 고PER, 5 저ROE, 6 고ROE
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10026Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10026).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10026.
        """
        answer = self._call(
            e.KA10026,
            {
                "pertp": pertp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10026Response", answer)

    high_low_per = ka10026

    def ka10028(
        self,
        *,
        sort_tp: codes.ComparePriceBasis | str,
        trde_qty_cnd: codes.OpenChangeVolumeCondition | str,
        mrkt_tp: codes.MarketType | str,
        updown_incls: codes.IncludeLimitPrice | str,
        stk_cnd: codes.OpenChangeStockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        trde_prica_cnd: codes.TradingValueCondition | str,
        flu_cnd: codes.TopOrBottom | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10028Response:
        """ka10028 시가대비등락률요청 (Change Rate vs Open Price).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10028, ...)` with this method's arguments, typed as here.

        Args:
            sort_tp: 정렬구분 · code · max 1 · required · codes.ComparePriceBasis: 1 시가, 2 고가, 3 저가, 4 기준가
            trde_qty_cnd: 거래량조건 · code · max 4 · required · codes.OpenChangeVolumeCondition: 0000 전체조회, 0010 만주이상, 0050 5만주이상, 0100 10만주이상, 0500 50만주이상, 1000 백만주이상
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            updown_incls: 상하한포함 · code · max 1 · required · codes.IncludeLimitPrice: 0 불 포함, 1 포함
            stk_cnd: 종목조건 · code · max 2 · required · codes.OpenChangeStockCondition: 0 전체조회, 1 관리종목제외, 4 우선주+관리주제외, 3 우선주제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            trde_prica_cnd: 거래대금조건 · code · max 4 · required · codes.TradingValueCondition: 0 전체조회, 3 3천만원이상, 5 5천만원이상, 10 1억원이상, 30 3억원이상, 50 5억원이상, 100 10억원이상, 300 30억원이상, 500 50억원이상, 1000 100억원이상, 3000 300억원이상, 5000 500억원이상
            flu_cnd: 등락조건 · code · max 1 · required · codes.TopOrBottom: 1 상위, 2 하위
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10028Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10028).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10028.
        """
        answer = self._call(
            e.KA10028,
            {
                "sort_tp": sort_tp,
                "trde_qty_cnd": trde_qty_cnd,
                "mrkt_tp": mrkt_tp,
                "updown_incls": updown_incls,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "flu_cnd": flu_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10028Response", answer)

    change_rate_vs_open = ka10028

    def ka10043(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        qry_dt_tp: codes.QueryPeriodMode | str,
        pot_tp: codes.TimePoint | str,
        dt: codes.NetBuyBrokerPeriod | str,
        sort_base: codes.CloseOrDateSort | str,
        mmcm_cd: str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10043Response:
        """ka10043 거래원매물대분석요청 (Broker Volume Profile Analysis).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10043, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            qry_dt_tp: 조회기간구분 · code · max 1 · required · codes.QueryPeriodMode: 0 기간으로 조회, 1 시작일자, 종료일자로 조회
            pot_tp: 시점구분 · code · max 1 · required · codes.TimePoint: 0 당일, 1 전일
            dt: 기간 · code · max 4 · required · codes.NetBuyBrokerPeriod: 5 5일, 10 10일, 20 20일, 40 40일, 60 60일, 120 120일
            sort_base: 정렬기준 · code · max 1 · required · codes.CloseOrDateSort: 1 종가순, 2 날짜순
            mmcm_cd: 회원사코드 · text · max 3 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10043Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10043).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10043.
        """
        answer = self._call(
            e.KA10043,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "qry_dt_tp": qry_dt_tp,
                "pot_tp": pot_tp,
                "dt": dt,
                "sort_base": sort_base,
                "mmcm_cd": mmcm_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10043Response", answer)

    broker_volume_profile_analysis = ka10043

    def ka10052(
        self,
        *,
        mmcm_cd: str,
        mrkt_tp: codes.MarketTypeOrStock | str,
        qty_tp: int | str,
        pric_tp: codes.PriceConditionStandard | str,
        stex_tp: codes.ExchangeType | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10052Response:
        """ka10052 거래원순간거래량요청 (Broker Instant Trading Volume).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10052, ...)` with this method's arguments, typed as here.

        Args:
            mmcm_cd: 회원사코드 · text · max 3 · required
            mrkt_tp: 시장구분 · code · max 1 · required · codes.MarketTypeOrStock: 0 전체, 1 코스피, 2 코스닥, 3 종목
            qty_tp: 수량구분 · int · thousand_shares · max 3 · required
            pric_tp: 가격구분 · code · max 1 · required · codes.PriceConditionStandard: 0 전체, 1 1천원 미만, 8 1천원 이상, 2 1천원 ~ 2천원, 3 2천원 ~ 5천원, 4 5천원 ~ 1만원, 5 1만원 이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            stk_cd: 종목코드 · text · max 20 · optional

        Returns:
            Ka10052Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10052).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10052.
        """
        answer = self._call(
            e.KA10052,
            {
                "mmcm_cd": mmcm_cd,
                "mrkt_tp": mrkt_tp,
                "qty_tp": qty_tp,
                "pric_tp": pric_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10052Response", answer)

    broker_instant_volume = ka10052

    def ka10054(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        bf_mkrt_tp: codes.MarketSession | str,
        motn_tp: codes.ViTriggerType | str,
        skip_stk: str,
        trde_qty_tp: codes.UseFlag | str,
        min_trde_qty: int | str,
        max_trde_qty: int | str,
        trde_prica_tp: codes.UseFlag | str,
        min_trde_prica: int | str,
        max_trde_prica: int | str,
        motn_drc: codes.ViTriggerDirection | str,
        stex_tp: codes.ExchangeType | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10054Response:
        """ka10054 변동성완화장치발동종목요청 (VI (Volatility Interruption) Triggered Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10054, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            bf_mkrt_tp: 장전구분 · code · max 1 · required · codes.MarketSession: 0 전체, 1 정규시장, 2 시간외단일가
            motn_tp: 발동구분 · code · max 1 · required · codes.ViTriggerType: 0 전체, 1 정적VI, 2 동적VI, 3 동적VI + 정적VI
            skip_stk: 제외종목 · text · max 9 · required
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.UseFlag: 0 사용안함, 1 사용
            min_trde_qty: 최소거래량 · int · shares · max 12 · required
            max_trde_qty: 최대거래량 · int · shares · max 12 · required
            trde_prica_tp: 거래대금구분 · code · max 1 · required · codes.UseFlag: 0 사용안함, 1 사용
            min_trde_prica: 최소거래대금 · int · KRW_million · max 10 · required
            max_trde_prica: 최대거래대금 · int · KRW_million · max 10 · required
            motn_drc: 발동방향 · code · max 1 · required · codes.ViTriggerDirection: 0 전체, 1 상승, 2 하락
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            stk_cd: 종목코드 · text · max 20 · optional
            min_trde_qty: must not be blank.
            max_trde_qty: must not be blank.
            min_trde_prica: must not be blank.
            max_trde_prica: must not be blank.

        Returns:
            Ka10054Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10054).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10054.
        """
        answer = self._call(
            e.KA10054,
            {
                "mrkt_tp": mrkt_tp,
                "bf_mkrt_tp": bf_mkrt_tp,
                "motn_tp": motn_tp,
                "skip_stk": skip_stk,
                "trde_qty_tp": trde_qty_tp,
                "min_trde_qty": min_trde_qty,
                "max_trde_qty": max_trde_qty,
                "trde_prica_tp": trde_prica_tp,
                "min_trde_prica": min_trde_prica,
                "max_trde_prica": max_trde_prica,
                "motn_drc": motn_drc,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10054Response", answer)

    vi_triggered_stocks = ka10054

    def ka10055(
        self,
        *,
        stk_cd: str,
        tdy_pred: codes.ExecutionDayType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10055Response:
        """ka10055 당일전일체결량요청 (Today/Previous Day Execution Volume).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10055, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tdy_pred: 당일전일 · code · max 1 · required · codes.ExecutionDayType: 1 당일, 2 전일

        Returns:
            Ka10055Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10055).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10055.
        """
        answer = self._call(
            e.KA10055,
            {
                "stk_cd": stk_cd,
                "tdy_pred": tdy_pred,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10055Response", answer)

    today_prev_trade_volume = ka10055

    def ka10058(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        trde_tp: codes.NetSellBuy | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        invsr_tp: codes.InvestorType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10058Response:
        """ka10058 투자자별일별매매종목요청 (Daily Trading Stocks by Investor).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10058, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            trde_tp: 매매구분 · code · max 1 · required · codes.NetSellBuy: 1 순매도, 2 순매수
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            invsr_tp: 투자자구분 · code · max 4 · required · codes.InvestorType: 8000 개인, 9000 외국인, 1000 금융투자, 3000 투신, 3100 사모펀드, 5000 기타금융, 4000 은행, 2000 보험, 6000 연기금, 7000 국가, 7100 기타법인, 9999 기관계
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10058Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10058).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10058.
        """
        answer = self._call(
            e.KA10058,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "trde_tp": trde_tp,
                "mrkt_tp": mrkt_tp,
                "invsr_tp": invsr_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10058Response", answer)

    investor_daily_trading_stocks = ka10058

    def ka10059(
        self,
        *,
        dt: datetime.date | str,
        stk_cd: str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.InvestorTradeType | str,
        unit_tp: codes.InvestorQuantityUnit | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10059Response:
        """ka10059 종목별투자자기관별요청 (Investor/Institution Trading by Stock).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10059, ...)` with this method's arguments, typed as here.

        Args:
            dt: 일자 · date · YYYYMMDD · max 8 · required
            stk_cd: 종목코드 · text · max 20 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.InvestorTradeType: 0 순매수, 1 매수, 2 매도
            unit_tp: 단위구분 · code · max 4 · required · codes.InvestorQuantityUnit: 1000 천주, 1 단주

        Returns:
            Ka10059Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10059).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10059.
        """
        answer = self._call(
            e.KA10059,
            {
                "dt": dt,
                "stk_cd": stk_cd,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "unit_tp": unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10059Response", answer)

    investor_institution_by_stock = ka10059

    def ka10061(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.NetBuyOnly | str,
        unit_tp: codes.InvestorQuantityUnit | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10061Response:
        """ka10061 종목별투자자기관별합계요청 (Investor/Institution Totals by Stock).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10061, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.NetBuyOnly: 0 순매수
            unit_tp: 단위구분 · code · max 4 · required · codes.InvestorQuantityUnit: 1000 천주, 1 단주

        Returns:
            Ka10061Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10061).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10061.
        """
        answer = self._call(
            e.KA10061,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "unit_tp": unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10061Response", answer)

    investor_institution_total_by_stock = ka10061

    def ka10084(
        self,
        *,
        stk_cd: str,
        tdy_pred: codes.ExecutionDayType | str,
        tic_min: codes.TickOrMinute | str,
        tm: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10084Response:
        """ka10084 당일전일체결요청 (Today/Previous Day Executions).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10084, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tdy_pred: 당일전일 · code · max 1 · required · codes.ExecutionDayType: 1 당일, 2 전일
            tic_min: 틱분 · code · max 1 · required · codes.TickOrMinute: 0 틱, 1 분
            tm: 시간 · text · HHMM · max 4 · optional

        Returns:
            Ka10084Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10084).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10084.
        """
        answer = self._call(
            e.KA10084,
            {
                "stk_cd": stk_cd,
                "tdy_pred": tdy_pred,
                "tic_min": tic_min,
                "tm": tm,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10084Response", answer)

    today_prev_trades = ka10084

    def ka10095(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10095Response:
        """ka10095 지정종목 정보요청 (Specified Stocks Info).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10095, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10095Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10095).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10095.
        """
        answer = self._call(
            e.KA10095,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10095Response", answer)

    specified_stocks_info = ka10095

    def ka10099(
        self,
        *,
        mrkt_tp: codes.MarketSecurityType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10099Response:
        """ka10099 종목정보 리스트 (Stock List).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10099, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 2 · required · codes.MarketSecurityType (16 codes)

        Returns:
            Ka10099Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10099).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10099.
        """
        answer = self._call(
            e.KA10099,
            {
                "mrkt_tp": mrkt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10099Response", answer)

    stock_list = ka10099

    def ka10100(
        self,
        *,
        stk_cd: str,
    ) -> Ka10100Response:
        """ka10100 종목정보 조회 (Stock Info Lookup).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10100Response: 14 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10100.
        """
        answer = self._call(
            e.KA10100,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10100Response", answer)

    stock_info = ka10100

    def ka10101(
        self,
        *,
        mrkt_tp: codes.IndustryMarketTypeWithKrx100 | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10101Response:
        """ka10101 업종코드 리스트 (Sector Code List).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10101, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.IndustryMarketTypeWithKrx100: 0 코스피(거래소), 1 코스닥, 2 KOSPI200, 4 KOSPI100, 7 KRX100(통합지수)

        Returns:
            Ka10101Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10101.
        """
        answer = self._call(
            e.KA10101,
            {
                "mrkt_tp": mrkt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10101Response", answer)

    sector_code_list = ka10101

    def ka10102(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10102Response:
        """ka10102 회원사 리스트 (Member Firm (Broker) List).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10102, ...)` with this method's arguments, typed as here.

        Returns:
            Ka10102Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10102).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10102.
        """
        answer = self._call(
            e.KA10102,
            {},
            cont_yn,
            next_key,
        )
        return cast("Ka10102Response", answer)

    member_firm_list = ka10102

    def ka90003(
        self,
        *,
        trde_upper_tp: codes.ProgramNetTradeTop | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        mrkt_tp: codes.ProgramMarketCode | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90003Response:
        """ka90003 프로그램순매수상위50요청 (Top 50 Program Net Buy).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90003, ...)` with this method's arguments, typed as here.

        Args:
            trde_upper_tp: 매매상위구분 · code · max 1 · required · codes.ProgramNetTradeTop: 1 순매도상위, 2 순매수상위
            amt_qty_tp: 금액수량구분 · code · max 2 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            mrkt_tp: 시장구분 · code · max 10 · required · codes.ProgramMarketCode: P00101 코스피, P10102 코스닥
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka90003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90003.
        """
        answer = self._call(
            e.KA90003,
            {
                "trde_upper_tp": trde_upper_tp,
                "amt_qty_tp": amt_qty_tp,
                "mrkt_tp": mrkt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90003Response", answer)

    top50_program_net_buy = ka90003

    def ka90004(
        self,
        *,
        dt: datetime.date | str,
        mrkt_tp: codes.ProgramMarketCode | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90004Response:
        """ka90004 종목별프로그램매매현황요청 (Program Trading Status by Stock).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90004, ...)` with this method's arguments, typed as here.

        Args:
            dt: 일자 · date · YYYYMMDD · max 8 · required
            mrkt_tp: 시장구분 · code · max 10 · required · codes.ProgramMarketCode: P00101 코스피, P10102 코스닥
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90004Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka90004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90004.
        """
        answer = self._call(
            e.KA90004,
            {
                "dt": dt,
                "mrkt_tp": mrkt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90004Response", answer)

    program_trading_by_stock = ka90004

    def kt20016(
        self,
        *,
        mrkt_deal_tp: codes.CreditLoanMarketType | str,
        crd_stk_grde_tp: codes.CreditStockGrade | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt20016Response:
        """kt20016 신용융자 가능종목요청 (Credit Loan Eligible Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt20016, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_deal_tp: 시장거래구분 · code · max 1 · required · codes.CreditLoanMarketType: % 전체, 1 코스피, 0 코스닥
            crd_stk_grde_tp: 신용종목등급구분 · code · max 1 · optional · codes.CreditStockGrade: % 전체, A A군, B B군, C C군, D D군, E E군
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Kt20016Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#kt20016).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt20016.
        """
        answer = self._call(
            e.KT20016,
            {
                "mrkt_deal_tp": mrkt_deal_tp,
                "crd_stk_grde_tp": crd_stk_grde_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt20016Response", answer)

    credit_loan_eligible_stocks = kt20016

    def kt20017(
        self,
        *,
        stk_cd: str,
    ) -> Kt20017Response:
        """kt20017 신용융자 가능문의 (Credit Loan Availability Inquiry).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 12 · required

        Returns:
            Kt20017Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#kt20017).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt20017.
        """
        answer = self._call(
            e.KT20017,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Kt20017Response", answer)

    credit_loan_availability = kt20017


class AsyncDomesticStkinfo(AsyncGroup):
    """domestic / stkinfo TRs (async)."""

    async def ka00198(
        self,
        *,
        qry_tp: codes.QueryRankInterval | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka00198Response:
        """ka00198 실시간종목조회순위 (Real-Time Most Viewed Stock Ranking).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka00198, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 구분 · code · max 1 · required · codes.QueryRankInterval: 1 1분, 2 10분, 3 1시간, 4 당일 누적, 5 30초

        Returns:
            Ka00198Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka00198).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka00198.
        """
        answer = await self._call(
            e.KA00198,
            {
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka00198Response", answer)

    realtime_stock_view_ranking = ka00198

    async def ka10001(
        self,
        *,
        stk_cd: str,
    ) -> Ka10001Response:
        """ka10001 주식기본정보요청 (Stock Basic Info).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10001Response: 45 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10001.
        """
        answer = await self._call(
            e.KA10001,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10001Response", answer)

    stock_basic_info = ka10001

    async def ka10002(
        self,
        *,
        stk_cd: str,
    ) -> Ka10002Response:
        """ka10002 주식거래원요청 (Stock Broker (Member) Info).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10002Response: 37 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10002.
        """
        answer = await self._call(
            e.KA10002,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10002Response", answer)

    stock_brokers = ka10002

    async def ka10003(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10003Response:
        """ka10003 체결정보요청 (Trade Execution Info).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10003, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10003.
        """
        answer = await self._call(
            e.KA10003,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10003Response", answer)

    trade_info = ka10003

    async def ka10013(
        self,
        *,
        stk_cd: str,
        dt: datetime.date | str,
        qry_tp: codes.LoanOrStockLoan | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10013Response:
        """ka10013 신용매매동향요청 (Credit Trading Trend).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10013, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            dt: 일자 · date · YYYYMMDD · max 8 · required
            qry_tp: 조회구분 · code · max 1 · required · codes.LoanOrStockLoan: 1 융자, 2 대주

        Returns:
            Ka10013Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10013).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10013.
        """
        answer = await self._call(
            e.KA10013,
            {
                "stk_cd": stk_cd,
                "dt": dt,
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10013Response", answer)

    credit_trading_trend = ka10013

    async def ka10015(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10015Response:
        """ka10015 일별거래상세요청 (Daily Trade Detail).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10015, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · max 8 · required

        Returns:
            Ka10015Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10015).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10015.
        """
        answer = await self._call(
            e.KA10015,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10015Response", answer)

    daily_trade_detail = ka10015

    async def ka10016(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        ntl_tp: codes.NewHighOrLow | str,
        high_low_close_tp: codes.HighLowOrCloseBasis | str,
        stk_cnd: codes.StockCondition | str,
        trde_qty_tp: codes.VolumeFilter | str,
        crd_cnd: codes.CreditCondition | str,
        updown_incls: codes.IncludeFlag | str,
        dt: int | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10016Response:
        """ka10016 신고저가요청 (New High/Low Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10016, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            ntl_tp: 신고저구분 · code · max 1 · required · codes.NewHighOrLow: 1 신고가, 2 신저가
            high_low_close_tp: 고저종구분 · code · max 1 · required · codes.HighLowOrCloseBasis: 1 고저기준, 2 종가기준
            stk_cnd: 종목조건 · code · max 1 · required · codes.StockCondition: 0 전체조회, 1 관리종목제외, 3 우선주제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기
            trde_qty_tp: 거래량구분 · code · max 5 · required · codes.VolumeFilter: 00000 전체조회, 00010 만주이상, 00050 5만주이상, 00100 10만주이상, 00150 15만주이상, 00200 20만주이상, 00300 30만주이상, 00500 50만주이상, 01000 백만주이상
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            updown_incls: 상하한포함 · code · max 1 · required · codes.IncludeFlag: 0 미포함, 1 포함
            dt: 기간 · int · days · max 3 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10016Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10016).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10016.
        """
        answer = await self._call(
            e.KA10016,
            {
                "mrkt_tp": mrkt_tp,
                "ntl_tp": ntl_tp,
                "high_low_close_tp": high_low_close_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "crd_cnd": crd_cnd,
                "updown_incls": updown_incls,
                "dt": dt,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10016Response", answer)

    new_high_low = ka10016

    async def ka10017(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        updown_tp: codes.UpperLowerLimitType | str,
        sort_tp: codes.UpperLowerLimitSort | str,
        stk_cnd: codes.UpperLowerLimitStockCondition | str,
        trde_qty_tp: codes.VolumeFilter | str,
        crd_cnd: codes.CreditCondition | str,
        trde_gold_tp: codes.TradePriceCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10017Response:
        """ka10017 상하한가요청 (Upper/Lower Limit Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10017, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            updown_tp: 상하한구분 · code · max 1 · required · codes.UpperLowerLimitType: 1 상한, 2 상승, 3 보합, 4 하한, 5 하락, 6 전일상한, 7 전일하한
            sort_tp: 정렬구분 · code · max 1 · required · codes.UpperLowerLimitSort: 1 종목코드순, 2 연속횟수순(상위100개), 3 등락률순
            stk_cnd: 종목조건 · code · max 1 · required · codes.UpperLowerLimitStockCondition: 0 전체조회, 1 관리종목제외, 3 우선주제외, 4 우선주+관리종목제외, 5 증100제외, 6 증100만 보기, 7 증40만 보기, 8 증30만 보기, 9 증20만 보기, 10 우선주+관리종목+환기종목제외
            trde_qty_tp: 거래량구분 · code · max 5 · required · codes.VolumeFilter: 00000 전체조회, 00010 만주이상, 00050 5만주이상, 00100 10만주이상, 00150 15만주이상, 00200 20만주이상, 00300 30만주이상, 00500 50만주이상, 01000 백만주이상
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            trde_gold_tp: 매매금구분 · code · max 1 · required · codes.TradePriceCondition: 0 전체조회, 1 1천원미만, 2 1천원~2천원, 3 2천원~3천원, 4 5천원~1만원, 5 1만원이상, 8 1천원이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10017Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10017).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10017.
        """
        answer = await self._call(
            e.KA10017,
            {
                "mrkt_tp": mrkt_tp,
                "updown_tp": updown_tp,
                "sort_tp": sort_tp,
                "stk_cnd": stk_cnd,
                "trde_qty_tp": trde_qty_tp,
                "crd_cnd": crd_cnd,
                "trde_gold_tp": trde_gold_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10017Response", answer)

    upper_lower_limit = ka10017

    async def ka10018(
        self,
        *,
        high_low_tp: codes.HighOrLow | str,
        alacc_rt: codes.ProximityRate | str,
        mrkt_tp: codes.MarketType | str,
        trde_qty_tp: codes.VolumeFilter | str,
        stk_cnd: codes.StockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10018Response:
        """ka10018 고저가근접요청 (Stocks Near High/Low).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10018, ...)` with this method's arguments, typed as here.

        Args:
            high_low_tp: 고저구분 · code · max 1 · required · codes.HighOrLow: 1 고가, 2 저가
            alacc_rt: 근접율 · code · max 2 · required · codes.ProximityRate: 05 0:5, 10 1:0, 15 1:5, 20 2:0., 25 2:5, 30 3:0
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            trde_qty_tp: 거래량구분 · code · max 5 · required · codes.VolumeFilter: 00000 전체조회, 00010 만주이상, 00050 5만주이상, 00100 10만주이상, 00150 15만주이상, 00200 20만주이상, 00300 30만주이상, 00500 50만주이상, 01000 백만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.StockCondition: 0 전체조회, 1 관리종목제외, 3 우선주제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10018Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10018).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10018.
        """
        answer = await self._call(
            e.KA10018,
            {
                "high_low_tp": high_low_tp,
                "alacc_rt": alacc_rt,
                "mrkt_tp": mrkt_tp,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10018Response", answer)

    near_high_low = ka10018

    async def ka10019(
        self,
        *,
        mrkt_tp: codes.MarketTypeWithKospi200 | str,
        flu_tp: codes.SurgeOrPlunge | str,
        tm_tp: codes.MinutesOrDaysAgo | str,
        tm: int | str,
        trde_qty_tp: codes.VolumeFilter | str,
        stk_cnd: codes.StockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        pric_cnd: codes.TradePriceCondition | str,
        updown_incls: codes.IncludeFlag | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10019Response:
        """ka10019 가격급등락요청 (Price Surge/Plunge Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10019, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketTypeWithKospi200: 000 전체, 001 코스피, 101 코스닥, 201 코스피200
            flu_tp: 등락구분 · code · max 1 · required · codes.SurgeOrPlunge: 1 급등, 2 급락
            tm_tp: 시간구분 · code · max 1 · required · codes.MinutesOrDaysAgo: 1 분전, 2 일전
            tm: 시간 · int · minutes when tm_tp=1, days when tm_tp=2 · max 2 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.VolumeFilter: 00000 전체조회, 00010 만주이상, 00050 5만주이상, 00100 10만주이상, 00150 15만주이상, 00200 20만주이상, 00300 30만주이상, 00500 50만주이상, 01000 백만주이상
            stk_cnd: 종목조건 · code · max 1 · required · codes.StockCondition: 0 전체조회, 1 관리종목제외, 3 우선주제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            pric_cnd: 가격조건 · code · max 1 · required · codes.TradePriceCondition: 0 전체조회, 1 1천원미만, 2 1천원~2천원, 3 2천원~3천원, 4 5천원~1만원, 5 1만원이상, 8 1천원이상
            updown_incls: 상하한포함 · code · max 1 · required · codes.IncludeFlag: 0 미포함, 1 포함
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10019Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10019).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10019.
        """
        answer = await self._call(
            e.KA10019,
            {
                "mrkt_tp": mrkt_tp,
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "pric_cnd": pric_cnd,
                "updown_incls": updown_incls,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10019Response", answer)

    price_surge_plunge = ka10019

    async def ka10024(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        cycle_tp: codes.CycleDays | str,
        trde_qty_tp: codes.VolumeSurgeFilter | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10024Response:
        """ka10024 거래량갱신요청 (Trading Volume Record Renewal).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10024, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            cycle_tp: 주기구분 · code · max 1 · required · codes.CycleDays: 5 5일, 10 10일, 20 20일, 60 60일, 250 250일
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.VolumeSurgeFilter: 5 5천주이상, 10 만주이상, 50 5만주이상, 100 10만주이상, 200 20만주이상, 300 30만주이상, 500 50만주이상, 1000 백만주이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10024Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10024).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10024.
        """
        answer = await self._call(
            e.KA10024,
            {
                "mrkt_tp": mrkt_tp,
                "cycle_tp": cycle_tp,
                "trde_qty_tp": trde_qty_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10024Response", answer)

    volume_renewal = ka10024

    async def ka10025(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        prps_cnctr_rt: Decimal | int | str,
        cur_prc_entry: codes.CurrentPriceEntryInclusion | str,
        prpscnt: int | str,
        cycle_tp: codes.SupplyZoneCycleDays | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10025Response:
        """ka10025 매물대집중요청 (Volume Profile (Supply Zone) Concentration).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10025, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            prps_cnctr_rt: 매물집중비율 · rate · percent · max 3 · required
            cur_prc_entry: 현재가진입 · code · max 1 · required · codes.CurrentPriceEntryInclusion: 0 현재가 매물대 진입 포함안함, 1 현재가 매물대 진입포함
            prpscnt: 매물대수 · int · count · max 2 · required
            cycle_tp: 주기구분 · code · max 2 · required · codes.SupplyZoneCycleDays: 50 50일, 100 100일, 150 150일, 200 200일, 250 250일, 300 300일
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            prps_cnctr_rt: at least 0.

        Returns:
            Ka10025Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10025).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10025.
        """
        answer = await self._call(
            e.KA10025,
            {
                "mrkt_tp": mrkt_tp,
                "prps_cnctr_rt": prps_cnctr_rt,
                "cur_prc_entry": cur_prc_entry,
                "prpscnt": prpscnt,
                "cycle_tp": cycle_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10025Response", answer)

    volume_profile_concentration = ka10025

    async def ka10026(
        self,
        *,
        pertp: codes.ValuationRankType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10026Response:
        """ka10026 고저PER요청 (High/Low PER Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10026, ...)` with this method's arguments, typed as here.

        Args:
            pertp: PER구분 · code · max 1 · required · codes.ValuationRankType: 1 저PBR, 2 고PBR, 3 저PER, 4 고PER, 5 저ROE, 6 고ROE
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10026Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10026).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10026.
        """
        answer = await self._call(
            e.KA10026,
            {
                "pertp": pertp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10026Response", answer)

    high_low_per = ka10026

    async def ka10028(
        self,
        *,
        sort_tp: codes.ComparePriceBasis | str,
        trde_qty_cnd: codes.OpenChangeVolumeCondition | str,
        mrkt_tp: codes.MarketType | str,
        updown_incls: codes.IncludeLimitPrice | str,
        stk_cnd: codes.OpenChangeStockCondition | str,
        crd_cnd: codes.CreditCondition | str,
        trde_prica_cnd: codes.TradingValueCondition | str,
        flu_cnd: codes.TopOrBottom | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10028Response:
        """ka10028 시가대비등락률요청 (Change Rate vs Open Price).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10028, ...)` with this method's arguments, typed as here.

        Args:
            sort_tp: 정렬구분 · code · max 1 · required · codes.ComparePriceBasis: 1 시가, 2 고가, 3 저가, 4 기준가
            trde_qty_cnd: 거래량조건 · code · max 4 · required · codes.OpenChangeVolumeCondition: 0000 전체조회, 0010 만주이상, 0050 5만주이상, 0100 10만주이상, 0500 50만주이상, 1000 백만주이상
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            updown_incls: 상하한포함 · code · max 1 · required · codes.IncludeLimitPrice: 0 불 포함, 1 포함
            stk_cnd: 종목조건 · code · max 2 · required · codes.OpenChangeStockCondition: 0 전체조회, 1 관리종목제외, 4 우선주+관리주제외, 3 우선주제외, 5 증100제외, 6 증100만보기, 7 증40만보기, 8 증30만보기, 9 증20만보기
            crd_cnd: 신용조건 · code · max 1 · required · codes.CreditCondition: 0 전체조회, 1 신용융자A군, 2 신용융자B군, 3 신용융자C군, 4 신용융자D군, 7 신용융자E군, 9 신용융자전체
            trde_prica_cnd: 거래대금조건 · code · max 4 · required · codes.TradingValueCondition: 0 전체조회, 3 3천만원이상, 5 5천만원이상, 10 1억원이상, 30 3억원이상, 50 5억원이상, 100 10억원이상, 300 30억원이상, 500 50억원이상, 1000 100억원이상, 3000 300억원이상, 5000 500억원이상
            flu_cnd: 등락조건 · code · max 1 · required · codes.TopOrBottom: 1 상위, 2 하위
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10028Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10028).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10028.
        """
        answer = await self._call(
            e.KA10028,
            {
                "sort_tp": sort_tp,
                "trde_qty_cnd": trde_qty_cnd,
                "mrkt_tp": mrkt_tp,
                "updown_incls": updown_incls,
                "stk_cnd": stk_cnd,
                "crd_cnd": crd_cnd,
                "trde_prica_cnd": trde_prica_cnd,
                "flu_cnd": flu_cnd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10028Response", answer)

    change_rate_vs_open = ka10028

    async def ka10043(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        qry_dt_tp: codes.QueryPeriodMode | str,
        pot_tp: codes.TimePoint | str,
        dt: codes.NetBuyBrokerPeriod | str,
        sort_base: codes.CloseOrDateSort | str,
        mmcm_cd: str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10043Response:
        """ka10043 거래원매물대분석요청 (Broker Volume Profile Analysis).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10043, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            qry_dt_tp: 조회기간구분 · code · max 1 · required · codes.QueryPeriodMode: 0 기간으로 조회, 1 시작일자, 종료일자로 조회
            pot_tp: 시점구분 · code · max 1 · required · codes.TimePoint: 0 당일, 1 전일
            dt: 기간 · code · max 4 · required · codes.NetBuyBrokerPeriod: 5 5일, 10 10일, 20 20일, 40 40일, 60 60일, 120 120일
            sort_base: 정렬기준 · code · max 1 · required · codes.CloseOrDateSort: 1 종가순, 2 날짜순
            mmcm_cd: 회원사코드 · text · max 3 · required
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10043Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10043).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10043.
        """
        answer = await self._call(
            e.KA10043,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "qry_dt_tp": qry_dt_tp,
                "pot_tp": pot_tp,
                "dt": dt,
                "sort_base": sort_base,
                "mmcm_cd": mmcm_cd,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10043Response", answer)

    broker_volume_profile_analysis = ka10043

    async def ka10052(
        self,
        *,
        mmcm_cd: str,
        mrkt_tp: codes.MarketTypeOrStock | str,
        qty_tp: int | str,
        pric_tp: codes.PriceConditionStandard | str,
        stex_tp: codes.ExchangeType | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10052Response:
        """ka10052 거래원순간거래량요청 (Broker Instant Trading Volume).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10052, ...)` with this method's arguments, typed as here.

        Args:
            mmcm_cd: 회원사코드 · text · max 3 · required
            mrkt_tp: 시장구분 · code · max 1 · required · codes.MarketTypeOrStock: 0 전체, 1 코스피, 2 코스닥, 3 종목
            qty_tp: 수량구분 · int · thousand_shares · max 3 · required
            pric_tp: 가격구분 · code · max 1 · required · codes.PriceConditionStandard: 0 전체, 1 1천원 미만, 8 1천원 이상, 2 1천원 ~ 2천원, 3 2천원 ~ 5천원, 4 5천원 ~ 1만원, 5 1만원 이상
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            stk_cd: 종목코드 · text · max 20 · optional

        Returns:
            Ka10052Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10052).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10052.
        """
        answer = await self._call(
            e.KA10052,
            {
                "mmcm_cd": mmcm_cd,
                "mrkt_tp": mrkt_tp,
                "qty_tp": qty_tp,
                "pric_tp": pric_tp,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10052Response", answer)

    broker_instant_volume = ka10052

    async def ka10054(
        self,
        *,
        mrkt_tp: codes.MarketType | str,
        bf_mkrt_tp: codes.MarketSession | str,
        motn_tp: codes.ViTriggerType | str,
        skip_stk: str,
        trde_qty_tp: codes.UseFlag | str,
        min_trde_qty: int | str,
        max_trde_qty: int | str,
        trde_prica_tp: codes.UseFlag | str,
        min_trde_prica: int | str,
        max_trde_prica: int | str,
        motn_drc: codes.ViTriggerDirection | str,
        stex_tp: codes.ExchangeType | str,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10054Response:
        """ka10054 변동성완화장치발동종목요청 (VI (Volatility Interruption) Triggered Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10054, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 3 · required · codes.MarketType: 000 전체, 001 코스피, 101 코스닥
            bf_mkrt_tp: 장전구분 · code · max 1 · required · codes.MarketSession: 0 전체, 1 정규시장, 2 시간외단일가
            motn_tp: 발동구분 · code · max 1 · required · codes.ViTriggerType: 0 전체, 1 정적VI, 2 동적VI, 3 동적VI + 정적VI
            skip_stk: 제외종목 · text · max 9 · required
            trde_qty_tp: 거래량구분 · code · max 1 · required · codes.UseFlag: 0 사용안함, 1 사용
            min_trde_qty: 최소거래량 · int · shares · max 12 · required
            max_trde_qty: 최대거래량 · int · shares · max 12 · required
            trde_prica_tp: 거래대금구분 · code · max 1 · required · codes.UseFlag: 0 사용안함, 1 사용
            min_trde_prica: 최소거래대금 · int · KRW_million · max 10 · required
            max_trde_prica: 최대거래대금 · int · KRW_million · max 10 · required
            motn_drc: 발동방향 · code · max 1 · required · codes.ViTriggerDirection: 0 전체, 1 상승, 2 하락
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합
            stk_cd: 종목코드 · text · max 20 · optional
            min_trde_qty: must not be blank.
            max_trde_qty: must not be blank.
            min_trde_prica: must not be blank.
            max_trde_prica: must not be blank.

        Returns:
            Ka10054Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10054).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10054.
        """
        answer = await self._call(
            e.KA10054,
            {
                "mrkt_tp": mrkt_tp,
                "bf_mkrt_tp": bf_mkrt_tp,
                "motn_tp": motn_tp,
                "skip_stk": skip_stk,
                "trde_qty_tp": trde_qty_tp,
                "min_trde_qty": min_trde_qty,
                "max_trde_qty": max_trde_qty,
                "trde_prica_tp": trde_prica_tp,
                "min_trde_prica": min_trde_prica,
                "max_trde_prica": max_trde_prica,
                "motn_drc": motn_drc,
                "stex_tp": stex_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10054Response", answer)

    vi_triggered_stocks = ka10054

    async def ka10055(
        self,
        *,
        stk_cd: str,
        tdy_pred: codes.ExecutionDayType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10055Response:
        """ka10055 당일전일체결량요청 (Today/Previous Day Execution Volume).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10055, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tdy_pred: 당일전일 · code · max 1 · required · codes.ExecutionDayType: 1 당일, 2 전일

        Returns:
            Ka10055Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10055).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10055.
        """
        answer = await self._call(
            e.KA10055,
            {
                "stk_cd": stk_cd,
                "tdy_pred": tdy_pred,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10055Response", answer)

    today_prev_trade_volume = ka10055

    async def ka10058(
        self,
        *,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        trde_tp: codes.NetSellBuy | str,
        mrkt_tp: codes.KospiOrKosdaq | str,
        invsr_tp: codes.InvestorType | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10058Response:
        """ka10058 투자자별일별매매종목요청 (Daily Trading Stocks by Investor).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10058, ...)` with this method's arguments, typed as here.

        Args:
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            trde_tp: 매매구분 · code · max 1 · required · codes.NetSellBuy: 1 순매도, 2 순매수
            mrkt_tp: 시장구분 · code · max 3 · required · codes.KospiOrKosdaq: 001 코스피, 101 코스닥
            invsr_tp: 투자자구분 · code · max 4 · required · codes.InvestorType: 8000 개인, 9000 외국인, 1000 금융투자, 3000 투신, 3100 사모펀드, 5000 기타금융, 4000 은행, 2000 보험, 6000 연기금, 7000 국가, 7100 기타법인, 9999 기관계
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka10058Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10058).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10058.
        """
        answer = await self._call(
            e.KA10058,
            {
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "trde_tp": trde_tp,
                "mrkt_tp": mrkt_tp,
                "invsr_tp": invsr_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10058Response", answer)

    investor_daily_trading_stocks = ka10058

    async def ka10059(
        self,
        *,
        dt: datetime.date | str,
        stk_cd: str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.InvestorTradeType | str,
        unit_tp: codes.InvestorQuantityUnit | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10059Response:
        """ka10059 종목별투자자기관별요청 (Investor/Institution Trading by Stock).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10059, ...)` with this method's arguments, typed as here.

        Args:
            dt: 일자 · date · YYYYMMDD · max 8 · required
            stk_cd: 종목코드 · text · max 20 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.InvestorTradeType: 0 순매수, 1 매수, 2 매도
            unit_tp: 단위구분 · code · max 4 · required · codes.InvestorQuantityUnit: 1000 천주, 1 단주

        Returns:
            Ka10059Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10059).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10059.
        """
        answer = await self._call(
            e.KA10059,
            {
                "dt": dt,
                "stk_cd": stk_cd,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "unit_tp": unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10059Response", answer)

    investor_institution_by_stock = ka10059

    async def ka10061(
        self,
        *,
        stk_cd: str,
        strt_dt: datetime.date | str,
        end_dt: datetime.date | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        trde_tp: codes.NetBuyOnly | str,
        unit_tp: codes.InvestorQuantityUnit | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10061Response:
        """ka10061 종목별투자자기관별합계요청 (Investor/Institution Totals by Stock).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10061, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            strt_dt: 시작일자 · date · YYYYMMDD · max 8 · required
            end_dt: 종료일자 · date · YYYYMMDD · max 8 · required
            amt_qty_tp: 금액수량구분 · code · max 1 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            trde_tp: 매매구분 · code · max 1 · required · codes.NetBuyOnly: 0 순매수
            unit_tp: 단위구분 · code · max 4 · required · codes.InvestorQuantityUnit: 1000 천주, 1 단주

        Returns:
            Ka10061Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10061).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10061.
        """
        answer = await self._call(
            e.KA10061,
            {
                "stk_cd": stk_cd,
                "strt_dt": strt_dt,
                "end_dt": end_dt,
                "amt_qty_tp": amt_qty_tp,
                "trde_tp": trde_tp,
                "unit_tp": unit_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10061Response", answer)

    investor_institution_total_by_stock = ka10061

    async def ka10084(
        self,
        *,
        stk_cd: str,
        tdy_pred: codes.ExecutionDayType | str,
        tic_min: codes.TickOrMinute | str,
        tm: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10084Response:
        """ka10084 당일전일체결요청 (Today/Previous Day Executions).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10084, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required
            tdy_pred: 당일전일 · code · max 1 · required · codes.ExecutionDayType: 1 당일, 2 전일
            tic_min: 틱분 · code · max 1 · required · codes.TickOrMinute: 0 틱, 1 분
            tm: 시간 · text · HHMM · max 4 · optional

        Returns:
            Ka10084Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10084).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10084.
        """
        answer = await self._call(
            e.KA10084,
            {
                "stk_cd": stk_cd,
                "tdy_pred": tdy_pred,
                "tic_min": tic_min,
                "tm": tm,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10084Response", answer)

    today_prev_trades = ka10084

    async def ka10095(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10095Response:
        """ka10095 지정종목 정보요청 (Specified Stocks Info).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10095, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 20 · required

        Returns:
            Ka10095Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10095).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10095.
        """
        answer = await self._call(
            e.KA10095,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10095Response", answer)

    specified_stocks_info = ka10095

    async def ka10099(
        self,
        *,
        mrkt_tp: codes.MarketSecurityType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10099Response:
        """ka10099 종목정보 리스트 (Stock List).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10099, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 2 · required · codes.MarketSecurityType (16 codes)

        Returns:
            Ka10099Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10099).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10099.
        """
        answer = await self._call(
            e.KA10099,
            {
                "mrkt_tp": mrkt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10099Response", answer)

    stock_list = ka10099

    async def ka10100(
        self,
        *,
        stk_cd: str,
    ) -> Ka10100Response:
        """ka10100 종목정보 조회 (Stock Info Lookup).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10100Response: 14 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10100).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10100.
        """
        answer = await self._call(
            e.KA10100,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka10100Response", answer)

    stock_info = ka10100

    async def ka10101(
        self,
        *,
        mrkt_tp: codes.IndustryMarketTypeWithKrx100 | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10101Response:
        """ka10101 업종코드 리스트 (Sector Code List).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10101, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_tp: 시장구분 · code · max 1 · required · codes.IndustryMarketTypeWithKrx100: 0 코스피(거래소), 1 코스닥, 2 KOSPI200, 4 KOSPI100, 7 KRX100(통합지수)

        Returns:
            Ka10101Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10101).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10101.
        """
        answer = await self._call(
            e.KA10101,
            {
                "mrkt_tp": mrkt_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10101Response", answer)

    sector_code_list = ka10101

    async def ka10102(
        self,
        *,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10102Response:
        """ka10102 회원사 리스트 (Member Firm (Broker) List).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10102, ...)` with this method's arguments, typed as here.

        Returns:
            Ka10102Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka10102).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10102.
        """
        answer = await self._call(
            e.KA10102,
            {},
            cont_yn,
            next_key,
        )
        return cast("Ka10102Response", answer)

    member_firm_list = ka10102

    async def ka90003(
        self,
        *,
        trde_upper_tp: codes.ProgramNetTradeTop | str,
        amt_qty_tp: codes.AmountOrQuantity | str,
        mrkt_tp: codes.ProgramMarketCode | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90003Response:
        """ka90003 프로그램순매수상위50요청 (Top 50 Program Net Buy).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90003, ...)` with this method's arguments, typed as here.

        Args:
            trde_upper_tp: 매매상위구분 · code · max 1 · required · codes.ProgramNetTradeTop: 1 순매도상위, 2 순매수상위
            amt_qty_tp: 금액수량구분 · code · max 2 · required · codes.AmountOrQuantity: 1 금액, 2 수량
            mrkt_tp: 시장구분 · code · max 10 · required · codes.ProgramMarketCode: P00101 코스피, P10102 코스닥
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka90003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90003.
        """
        answer = await self._call(
            e.KA90003,
            {
                "trde_upper_tp": trde_upper_tp,
                "amt_qty_tp": amt_qty_tp,
                "mrkt_tp": mrkt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90003Response", answer)

    top50_program_net_buy = ka90003

    async def ka90004(
        self,
        *,
        dt: datetime.date | str,
        mrkt_tp: codes.ProgramMarketCode | str,
        stex_tp: codes.ExchangeType | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka90004Response:
        """ka90004 종목별프로그램매매현황요청 (Program Trading Status by Stock).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka90004, ...)` with this method's arguments, typed as here.

        Args:
            dt: 일자 · date · YYYYMMDD · max 8 · required
            mrkt_tp: 시장구분 · code · max 10 · required · codes.ProgramMarketCode: P00101 코스피, P10102 코스닥
            stex_tp: 거래소구분 · code · max 1 · required · codes.ExchangeType: 1 KRX, 2 NXT, 3 통합

        Returns:
            Ka90004Response: 7 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#ka90004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            MockUnsupported: the mock server does not serve this call; nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka90004.
        """
        answer = await self._call(
            e.KA90004,
            {
                "dt": dt,
                "mrkt_tp": mrkt_tp,
                "stex_tp": stex_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka90004Response", answer)

    program_trading_by_stock = ka90004

    async def kt20016(
        self,
        *,
        mrkt_deal_tp: codes.CreditLoanMarketType | str,
        crd_stk_grde_tp: codes.CreditStockGrade | str | None = None,
        stk_cd: str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Kt20016Response:
        """kt20016 신용융자 가능종목요청 (Credit Loan Eligible Stocks).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.kt20016, ...)` with this method's arguments, typed as here.

        Args:
            mrkt_deal_tp: 시장거래구분 · code · max 1 · required · codes.CreditLoanMarketType: % 전체, 1 코스피, 0 코스닥
            crd_stk_grde_tp: 신용종목등급구분 · code · max 1 · optional · codes.CreditStockGrade: % 전체, A A군, B B군, C C군, D D군, E E군
            stk_cd: 종목코드 · text · max 12 · optional

        Returns:
            Kt20016Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#kt20016).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt20016.
        """
        answer = await self._call(
            e.KT20016,
            {
                "mrkt_deal_tp": mrkt_deal_tp,
                "crd_stk_grde_tp": crd_stk_grde_tp,
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Kt20016Response", answer)

    credit_loan_eligible_stocks = kt20016

    async def kt20017(
        self,
        *,
        stk_cd: str,
    ) -> Kt20017Response:
        """kt20017 신용융자 가능문의 (Credit Loan Availability Inquiry).

        POST /api/dostk/stkinfo · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 12 · required

        Returns:
            Kt20017Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-stkinfo/#kt20017).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet kt20017.
        """
        answer = await self._call(
            e.KT20017,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Kt20017Response", answer)

    credit_loan_availability = kt20017
