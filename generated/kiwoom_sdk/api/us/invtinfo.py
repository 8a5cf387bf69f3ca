"""us / invtinfo: one method per TR, by id and by English alias.

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kiwoom_sdk import _endpoints as e
from kiwoom_sdk._client import AsyncGroup, SyncGroup

if TYPE_CHECKING:  # the code tables load with the first request model (a client made and not used yet needs none)
    from kiwoom_sdk import codes
    from kiwoom_sdk.models.us.invtinfo import (
        Usa24300Response,
    )


class UsInvtinfo(SyncGroup):
    """us / invtinfo TRs (sync)."""

    def usa24300(
        self,
        *,
        qry_tp: codes.UsStockOrEtf | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24300Response:
        """usa24300 미국주식 리서치(미국주식/ETF) (US Stock/ETF Research).

        POST /api/us/invtinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24300, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 주식/ETF 구분 · code · optional · codes.UsStockOrEtf: 0 미국주식, 1 글로벌ETF

        Returns:
            Usa24300Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-invtinfo/#usa24300).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24300.
        """
        answer = self._call(
            e.USA24300,
            {
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24300Response", answer)

    us_research = usa24300


class AsyncUsInvtinfo(AsyncGroup):
    """us / invtinfo TRs (async)."""

    async def usa24300(
        self,
        *,
        qry_tp: codes.UsStockOrEtf | str | None = None,
        cont_yn: bool = False,
        next_key: str | None = None,
    ) -> Usa24300Response:
        """usa24300 미국주식 리서치(미국주식/ETF) (US Stock/ETF Research).

        POST /api/us/invtinfo · mock server: yes.
        Pages: pass cont_yn=True and the previous response's next_key for the next page.
        Every page: `client.pages(client.usa24300, ...)` with this method's arguments, typed as here.

        Args:
            qry_tp: 주식/ETF 구분 · code · optional · codes.UsStockOrEtf: 0 미국주식, 1 글로벌ETF

        Returns:
            Usa24300Response: 1 fields, values typed by kind
            (every field: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-invtinfo/#usa24300).

        Raises:
            RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent.
            errors.RequestRefused: the server refused the request (reason_code, reason).
            KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and
                errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.

        Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa24300.
        """
        answer = await self._call(
            e.USA24300,
            {
                "qry_tp": qry_tp,
            },
            cont_yn,
            next_key,
        )
        return cast("Usa24300Response", answer)

    us_research = usa24300
