"""domestic / elw: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.domestic.elw import (
        Ka10048Response,
        Ka10050Response,
        Ka30001Response,
        Ka30002Response,
        Ka30003Response,
        Ka30004Response,
        Ka30005Response,
        Ka30009Response,
        Ka30010Response,
        Ka30011Response,
        Ka30012Response,
    )


class DomesticElw(SyncGroup):
    """domestic / elw TRs (sync)."""

    def ka10048(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10048Response:
        """ka10048 ELW일별민감도지표요청 (ELW Daily Sensitivity Indicators).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10048, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10048Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka10048).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10048.
        """
        answer = self._call(
            e.KA10048,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10048Response", answer)

    elw_daily_sensitivity = ka10048

    def ka10050(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10050Response:
        """ka10050 ELW민감도지표요청 (ELW Sensitivity Indicators).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10050, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10050Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka10050).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10050.
        """
        answer = self._call(
            e.KA10050,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10050Response", answer)

    elw_sensitivity = ka10050

    def ka30001(
        self,
        *,
        flu_tp: codes.SurgeOrPlunge | str,
        tm_tp: codes.MinutesOrDaysAgo | str,
        tm: int | str,
        trde_qty_tp: codes.ElwSurgeVolumeFilter | str,
        isscomp_cd: str,
        bsis_aset_cd: str,
        rght_tp: codes.ElwRightType | str,
        lpcd: str,
        trde_end_elwskip: codes.EndedElwInclusion | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30001Response:
        """ka30001 ELW가격급등락요청 (ELW Price Surge/Plunge).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30001, ...)` with this method's arguments, typed as here.

        Args:
            flu_tp: 등락구분 · code · max 1 · required · codes.SurgeOrPlunge: 1 급등, 2 급락
            tm_tp: 시간구분 · code · max 1 · required · codes.MinutesOrDaysAgo: 1 분전, 2 일전
            tm: 시간 · int · minutes when tm_tp=1, days when tm_tp=2 · max 2 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.ElwSurgeVolumeFilter: 0 전체, 10 만주이상, 50 5만주이상, 100 10만주이상, 300 30만주이상, 500 50만주이상, 1000 백만주이상
            isscomp_cd: 발행사코드 · text · max 12 · required
            bsis_aset_cd: 기초자산코드 · text · max 12 · required
            rght_tp: 권리구분 · code · max 3 · required · codes.ElwRightType: 000 전체, 001 콜, 002 풋, 003 DC, 004 DP, 005 EX, 006 조기종료콜, 007 조기종료풋
            lpcd: LP코드 · text · max 12 · required
            trde_end_elwskip: 거래종료ELW제외 · code · max 1 · required · codes.EndedElwInclusion: 0 포함, 1 제외

        Returns:
            Ka30001Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30001.
        """
        answer = self._call(
            e.KA30001,
            {
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "isscomp_cd": isscomp_cd,
                "bsis_aset_cd": bsis_aset_cd,
                "rght_tp": rght_tp,
                "lpcd": lpcd,
                "trde_end_elwskip": trde_end_elwskip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30001Response", answer)

    elw_price_surge_plunge = ka30001

    def ka30002(
        self,
        *,
        isscomp_cd: str,
        trde_qty_tp: codes.ElwNetTradeVolumeFilter | str,
        trde_tp: codes.NetBuySell | str,
        dt: codes.ElwBrokerPeriod | str,
        trde_end_elwskip: codes.EndedElwInclusion | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30002Response:
        """ka30002 거래원별ELW순매매상위요청 (Top ELW Net Trading by Broker).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30002, ...)` with this method's arguments, typed as here.

        Args:
            isscomp_cd: 발행사코드 · text · max 3 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.ElwNetTradeVolumeFilter: 0 전체, 5 5천주, 10 만주, 50 5만주, 100 10만주, 500 50만주, 1000 백만주
            trde_tp: 매매구분 · code · max 1 · required · codes.NetBuySell: 1 순매수, 2 순매도
            dt: 기간 · code · max 2 · required · codes.ElwBrokerPeriod: 1 전일, 5 5일, 10 10일, 40 40일, 60 60일
            trde_end_elwskip: 거래종료ELW제외 · code · max 1 · required · codes.EndedElwInclusion: 0 포함, 1 제외

        Returns:
            Ka30002Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30002.
        """
        answer = self._call(
            e.KA30002,
            {
                "isscomp_cd": isscomp_cd,
                "trde_qty_tp": trde_qty_tp,
                "trde_tp": trde_tp,
                "dt": dt,
                "trde_end_elwskip": trde_end_elwskip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30002Response", answer)

    elw_top_net_trading_by_broker = ka30002

    def ka30003(
        self,
        *,
        bsis_aset_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30003Response:
        """ka30003 ELWLP보유일별추이요청 (ELW LP Holdings Daily Trend).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30003, ...)` with this method's arguments, typed as here.

        Args:
            bsis_aset_cd: 기초자산코드 · text · max 12 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka30003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30003.
        """
        answer = self._call(
            e.KA30003,
            {
                "bsis_aset_cd": bsis_aset_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30003Response", answer)

    elw_lp_holding_daily_trend = ka30003

    def ka30004(
        self,
        *,
        isscomp_cd: str,
        bsis_aset_cd: str,
        rght_tp: codes.ElwRightType | str,
        lpcd: str,
        trde_end_elwskip: codes.EndedElwFilter | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30004Response:
        """ka30004 ELW괴리율요청 (ELW Disparity Rate).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30004, ...)` with this method's arguments, typed as here.

        Args:
            isscomp_cd: 발행사코드 · text · max 12 · required
            bsis_aset_cd: 기초자산코드 · text · max 12 · required
            rght_tp: 권리구분 · code · max 3 · required · codes.ElwRightType: 000 전체, 001 콜, 002 풋, 003 DC, 004 DP, 005 EX, 006 조기종료콜, 007 조기종료풋
            lpcd: LP코드 · text · max 12 · required
            trde_end_elwskip: 거래종료ELW제외 · code · max 1 · required · codes.EndedElwFilter: 1 거래종료ELW제외, 0 거래종료ELW포함

        Returns:
            Ka30004Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30004.
        """
        answer = self._call(
            e.KA30004,
            {
                "isscomp_cd": isscomp_cd,
                "bsis_aset_cd": bsis_aset_cd,
                "rght_tp": rght_tp,
                "lpcd": lpcd,
                "trde_end_elwskip": trde_end_elwskip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30004Response", answer)

    elw_disparity_rate = ka30004

    def ka30005(
        self,
        *,
        isscomp_cd: str,
        bsis_aset_cd: str,
        rght_tp: codes.ElwRightTypeSingleDigit | str,
        lpcd: str,
        sort_tp: codes.ElwSearchSort | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30005Response:
        """ka30005 ELW조건검색요청 (ELW Condition Search).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30005, ...)` with this method's arguments, typed as here.

        Args:
            isscomp_cd: 발행사코드 · text · max 12 · required
            bsis_aset_cd: 기초자산코드 · text · max 12 · required
            rght_tp: 권리구분 · code · max 1 · required · codes.ElwRightTypeSingleDigit: 0 전체, 1 콜, 2 풋, 3 DC, 4 DP, 5 EX, 6 조기종료콜, 7 조기종료풋
            lpcd: LP코드 · text · max 12 · required
            sort_tp: 정렬구분 · code · max 1 · required · codes.ElwSearchSort: 0 정렬없음, 1 상승율순, 2 상승폭순, 3 하락율순, 4 하락폭순, 5 거래량순, 6 거래대금순, 7 잔존일순

        Returns:
            Ka30005Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30005.
        """
        answer = self._call(
            e.KA30005,
            {
                "isscomp_cd": isscomp_cd,
                "bsis_aset_cd": bsis_aset_cd,
                "rght_tp": rght_tp,
                "lpcd": lpcd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30005Response", answer)

    elw_condition_search = ka30005

    def ka30009(
        self,
        *,
        sort_tp: codes.ElwChangeRateSort | str,
        rght_tp: codes.ElwRightTypeWithoutEx | str,
        trde_end_skip: codes.EndedTradingFilter | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30009Response:
        """ka30009 ELW등락율순위요청 (ELW Change Rate Ranking).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30009, ...)` with this method's arguments, typed as here.

        Args:
            sort_tp: 정렬구분 · code · max 1 · required · codes.ElwChangeRateSort: 1 상승률, 2 상승폭, 3 하락률, 4 하락폭
            rght_tp: 권리구분 · code · max 3 · required · codes.ElwRightTypeWithoutEx: 000 전체, 001 콜, 002 풋, 003 DC, 004 DP, 006 조기종료콜, 007 조기종료풋
            trde_end_skip: 거래종료제외 · code · max 1 · required · codes.EndedTradingFilter: 1 거래종료제외, 0 거래종료포함

        Returns:
            Ka30009Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30009.
        """
        answer = self._call(
            e.KA30009,
            {
                "sort_tp": sort_tp,
                "rght_tp": rght_tp,
                "trde_end_skip": trde_end_skip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30009Response", answer)

    elw_change_rate_ranking = ka30009

    def ka30010(
        self,
        *,
        sort_tp: codes.ElwRemainingQtySort | str,
        rght_tp: codes.ElwRightTypeWithoutEx | str,
        trde_end_skip: codes.EndedTradingFilter | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30010Response:
        """ka30010 ELW잔량순위요청 (ELW Remaining Volume Ranking).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30010, ...)` with this method's arguments, typed as here.

        Args:
            sort_tp: 정렬구분 · code · max 1 · required · codes.ElwRemainingQtySort: 1 순매수잔량상위, 2 순매도 잔량상위
            rght_tp: 권리구분 · code · max 3 · required · codes.ElwRightTypeWithoutEx: 000 전체, 001 콜, 002 풋, 003 DC, 004 DP, 006 조기종료콜, 007 조기종료풋
            trde_end_skip: 거래종료제외 · code · max 1 · required · codes.EndedTradingFilter: 1 거래종료제외, 0 거래종료포함

        Returns:
            Ka30010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30010.
        """
        answer = self._call(
            e.KA30010,
            {
                "sort_tp": sort_tp,
                "rght_tp": rght_tp,
                "trde_end_skip": trde_end_skip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30010Response", answer)

    elw_remaining_volume_ranking = ka30010

    def ka30011(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30011Response:
        """ka30011 ELW근접율요청 (ELW Proximity Rate).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30011, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka30011Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30011).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30011.
        """
        answer = self._call(
            e.KA30011,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30011Response", answer)

    elw_proximity_rate = ka30011

    def ka30012(
        self,
        *,
        stk_cd: str,
    ) -> Ka30012Response:
        """ka30012 ELW종목상세정보요청 (ELW Detail Info).

        POST /api/dostk/elw · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka30012Response: 65 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30012.
        """
        answer = self._call(
            e.KA30012,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka30012Response", answer)

    elw_detail_info = ka30012


class AsyncDomesticElw(AsyncGroup):
    """domestic / elw TRs (async)."""

    async def ka10048(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10048Response:
        """ka10048 ELW일별민감도지표요청 (ELW Daily Sensitivity Indicators).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10048, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10048Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka10048).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10048.
        """
        answer = await self._call(
            e.KA10048,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10048Response", answer)

    elw_daily_sensitivity = ka10048

    async def ka10050(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka10050Response:
        """ka10050 ELW민감도지표요청 (ELW Sensitivity Indicators).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka10050, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka10050Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka10050).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10050.
        """
        answer = await self._call(
            e.KA10050,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka10050Response", answer)

    elw_sensitivity = ka10050

    async def ka30001(
        self,
        *,
        flu_tp: codes.SurgeOrPlunge | str,
        tm_tp: codes.MinutesOrDaysAgo | str,
        tm: int | str,
        trde_qty_tp: codes.ElwSurgeVolumeFilter | str,
        isscomp_cd: str,
        bsis_aset_cd: str,
        rght_tp: codes.ElwRightType | str,
        lpcd: str,
        trde_end_elwskip: codes.EndedElwInclusion | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30001Response:
        """ka30001 ELW가격급등락요청 (ELW Price Surge/Plunge).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30001, ...)` with this method's arguments, typed as here.

        Args:
            flu_tp: 등락구분 · code · max 1 · required · codes.SurgeOrPlunge: 1 급등, 2 급락
            tm_tp: 시간구분 · code · max 1 · required · codes.MinutesOrDaysAgo: 1 분전, 2 일전
            tm: 시간 · int · minutes when tm_tp=1, days when tm_tp=2 · max 2 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.ElwSurgeVolumeFilter: 0 전체, 10 만주이상, 50 5만주이상, 100 10만주이상, 300 30만주이상, 500 50만주이상, 1000 백만주이상
            isscomp_cd: 발행사코드 · text · max 12 · required
            bsis_aset_cd: 기초자산코드 · text · max 12 · required
            rght_tp: 권리구분 · code · max 3 · required · codes.ElwRightType: 000 전체, 001 콜, 002 풋, 003 DC, 004 DP, 005 EX, 006 조기종료콜, 007 조기종료풋
            lpcd: LP코드 · text · max 12 · required
            trde_end_elwskip: 거래종료ELW제외 · code · max 1 · required · codes.EndedElwInclusion: 0 포함, 1 제외

        Returns:
            Ka30001Response: 2 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30001).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30001.
        """
        answer = await self._call(
            e.KA30001,
            {
                "flu_tp": flu_tp,
                "tm_tp": tm_tp,
                "tm": tm,
                "trde_qty_tp": trde_qty_tp,
                "isscomp_cd": isscomp_cd,
                "bsis_aset_cd": bsis_aset_cd,
                "rght_tp": rght_tp,
                "lpcd": lpcd,
                "trde_end_elwskip": trde_end_elwskip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30001Response", answer)

    elw_price_surge_plunge = ka30001

    async def ka30002(
        self,
        *,
        isscomp_cd: str,
        trde_qty_tp: codes.ElwNetTradeVolumeFilter | str,
        trde_tp: codes.NetBuySell | str,
        dt: codes.ElwBrokerPeriod | str,
        trde_end_elwskip: codes.EndedElwInclusion | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30002Response:
        """ka30002 거래원별ELW순매매상위요청 (Top ELW Net Trading by Broker).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30002, ...)` with this method's arguments, typed as here.

        Args:
            isscomp_cd: 발행사코드 · text · max 3 · required
            trde_qty_tp: 거래량구분 · code · max 4 · required · codes.ElwNetTradeVolumeFilter: 0 전체, 5 5천주, 10 만주, 50 5만주, 100 10만주, 500 50만주, 1000 백만주
            trde_tp: 매매구분 · code · max 1 · required · codes.NetBuySell: 1 순매수, 2 순매도
            dt: 기간 · code · max 2 · required · codes.ElwBrokerPeriod: 1 전일, 5 5일, 10 10일, 40 40일, 60 60일
            trde_end_elwskip: 거래종료ELW제외 · code · max 1 · required · codes.EndedElwInclusion: 0 포함, 1 제외

        Returns:
            Ka30002Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30002).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30002.
        """
        answer = await self._call(
            e.KA30002,
            {
                "isscomp_cd": isscomp_cd,
                "trde_qty_tp": trde_qty_tp,
                "trde_tp": trde_tp,
                "dt": dt,
                "trde_end_elwskip": trde_end_elwskip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30002Response", answer)

    elw_top_net_trading_by_broker = ka30002

    async def ka30003(
        self,
        *,
        bsis_aset_cd: str,
        base_dt: datetime.date | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30003Response:
        """ka30003 ELWLP보유일별추이요청 (ELW LP Holdings Daily Trend).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30003, ...)` with this method's arguments, typed as here.

        Args:
            bsis_aset_cd: 기초자산코드 · text · max 12 · required
            base_dt: 기준일자 · date · YYYYMMDD · max 8 · required

        Returns:
            Ka30003Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30003).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30003.
        """
        answer = await self._call(
            e.KA30003,
            {
                "bsis_aset_cd": bsis_aset_cd,
                "base_dt": base_dt,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30003Response", answer)

    elw_lp_holding_daily_trend = ka30003

    async def ka30004(
        self,
        *,
        isscomp_cd: str,
        bsis_aset_cd: str,
        rght_tp: codes.ElwRightType | str,
        lpcd: str,
        trde_end_elwskip: codes.EndedElwFilter | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30004Response:
        """ka30004 ELW괴리율요청 (ELW Disparity Rate).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30004, ...)` with this method's arguments, typed as here.

        Args:
            isscomp_cd: 발행사코드 · text · max 12 · required
            bsis_aset_cd: 기초자산코드 · text · max 12 · required
            rght_tp: 권리구분 · code · max 3 · required · codes.ElwRightType: 000 전체, 001 콜, 002 풋, 003 DC, 004 DP, 005 EX, 006 조기종료콜, 007 조기종료풋
            lpcd: LP코드 · text · max 12 · required
            trde_end_elwskip: 거래종료ELW제외 · code · max 1 · required · codes.EndedElwFilter: 1 거래종료ELW제외, 0 거래종료ELW포함

        Returns:
            Ka30004Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30004).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30004.
        """
        answer = await self._call(
            e.KA30004,
            {
                "isscomp_cd": isscomp_cd,
                "bsis_aset_cd": bsis_aset_cd,
                "rght_tp": rght_tp,
                "lpcd": lpcd,
                "trde_end_elwskip": trde_end_elwskip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30004Response", answer)

    elw_disparity_rate = ka30004

    async def ka30005(
        self,
        *,
        isscomp_cd: str,
        bsis_aset_cd: str,
        rght_tp: codes.ElwRightTypeSingleDigit | str,
        lpcd: str,
        sort_tp: codes.ElwSearchSort | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30005Response:
        """ka30005 ELW조건검색요청 (ELW Condition Search).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30005, ...)` with this method's arguments, typed as here.

        Args:
            isscomp_cd: 발행사코드 · text · max 12 · required
            bsis_aset_cd: 기초자산코드 · text · max 12 · required
            rght_tp: 권리구분 · code · max 1 · required · codes.ElwRightTypeSingleDigit: 0 전체, 1 콜, 2 풋, 3 DC, 4 DP, 5 EX, 6 조기종료콜, 7 조기종료풋
            lpcd: LP코드 · text · max 12 · required
            sort_tp: 정렬구분 · code · max 1 · required · codes.ElwSearchSort: 0 정렬없음, 1 상승율순, 2 상승폭순, 3 하락율순, 4 하락폭순, 5 거래량순, 6 거래대금순, 7 잔존일순

        Returns:
            Ka30005Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30005).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30005.
        """
        answer = await self._call(
            e.KA30005,
            {
                "isscomp_cd": isscomp_cd,
                "bsis_aset_cd": bsis_aset_cd,
                "rght_tp": rght_tp,
                "lpcd": lpcd,
                "sort_tp": sort_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30005Response", answer)

    elw_condition_search = ka30005

    async def ka30009(
        self,
        *,
        sort_tp: codes.ElwChangeRateSort | str,
        rght_tp: codes.ElwRightTypeWithoutEx | str,
        trde_end_skip: codes.EndedTradingFilter | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30009Response:
        """ka30009 ELW등락율순위요청 (ELW Change Rate Ranking).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30009, ...)` with this method's arguments, typed as here.

        Args:
            sort_tp: 정렬구분 · code · max 1 · required · codes.ElwChangeRateSort: 1 상승률, 2 상승폭, 3 하락률, 4 하락폭
            rght_tp: 권리구분 · code · max 3 · required · codes.ElwRightTypeWithoutEx: 000 전체, 001 콜, 002 풋, 003 DC, 004 DP, 006 조기종료콜, 007 조기종료풋
            trde_end_skip: 거래종료제외 · code · max 1 · required · codes.EndedTradingFilter: 1 거래종료제외, 0 거래종료포함

        Returns:
            Ka30009Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30009).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30009.
        """
        answer = await self._call(
            e.KA30009,
            {
                "sort_tp": sort_tp,
                "rght_tp": rght_tp,
                "trde_end_skip": trde_end_skip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30009Response", answer)

    elw_change_rate_ranking = ka30009

    async def ka30010(
        self,
        *,
        sort_tp: codes.ElwRemainingQtySort | str,
        rght_tp: codes.ElwRightTypeWithoutEx | str,
        trde_end_skip: codes.EndedTradingFilter | str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30010Response:
        """ka30010 ELW잔량순위요청 (ELW Remaining Volume Ranking).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30010, ...)` with this method's arguments, typed as here.

        Args:
            sort_tp: 정렬구분 · code · max 1 · required · codes.ElwRemainingQtySort: 1 순매수잔량상위, 2 순매도 잔량상위
            rght_tp: 권리구분 · code · max 3 · required · codes.ElwRightTypeWithoutEx: 000 전체, 001 콜, 002 풋, 003 DC, 004 DP, 006 조기종료콜, 007 조기종료풋
            trde_end_skip: 거래종료제외 · code · max 1 · required · codes.EndedTradingFilter: 1 거래종료제외, 0 거래종료포함

        Returns:
            Ka30010Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30010).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30010.
        """
        answer = await self._call(
            e.KA30010,
            {
                "sort_tp": sort_tp,
                "rght_tp": rght_tp,
                "trde_end_skip": trde_end_skip,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30010Response", answer)

    elw_remaining_volume_ranking = ka30010

    async def ka30011(
        self,
        *,
        stk_cd: str,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Ka30011Response:
        """ka30011 ELW근접율요청 (ELW Proximity Rate).

        POST /api/dostk/elw · mock server: yes (KRX only).
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.ka30011, ...)` with this method's arguments, typed as here.

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka30011Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30011).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30011.
        """
        answer = await self._call(
            e.KA30011,
            {
                "stk_cd": stk_cd,
            },
            cont_yn,
            next_key,
        )
        return cast("Ka30011Response", answer)

    elw_proximity_rate = ka30011

    async def ka30012(
        self,
        *,
        stk_cd: str,
    ) -> Ka30012Response:
        """ka30012 ELW종목상세정보요청 (ELW Detail Info).

        POST /api/dostk/elw · mock server: yes (KRX only).

        Args:
            stk_cd: 종목코드 · text · max 6 · required

        Returns:
            Ka30012Response: 65 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-elw/#ka30012).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka30012.
        """
        answer = await self._call(
            e.KA30012,
            {
                "stk_cd": stk_cd,
            },
        )
        return cast("Ka30012Response", answer)

    elw_detail_info = ka30012
