"""`Kiwoom` (sync) and `AsyncKiwoom` (async): every HTTP TR as a method named by its id and by
its English alias, and the same methods grouped by category (`client.stkinfo.ka10001`).

Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from functools import cached_property

from ._client import AsyncClientBase, SyncClientBase
from .api.domestic.acnt import (
    AsyncDomesticAcnt,
    DomesticAcnt,
)
from .api.domestic.chart import (
    AsyncDomesticChart,
    DomesticChart,
)
from .api.domestic.crdordr import (
    AsyncDomesticCrdordr,
    DomesticCrdordr,
)
from .api.domestic.elw import (
    AsyncDomesticElw,
    DomesticElw,
)
from .api.domestic.etf import (
    AsyncDomesticEtf,
    DomesticEtf,
)
from .api.domestic.frgnistt import (
    AsyncDomesticFrgnistt,
    DomesticFrgnistt,
)
from .api.domestic.mrkcond import (
    AsyncDomesticMrkcond,
    DomesticMrkcond,
)
from .api.domestic.ordr import (
    AsyncDomesticOrdr,
    DomesticOrdr,
)
from .api.domestic.rkinfo import (
    AsyncDomesticRkinfo,
    DomesticRkinfo,
)
from .api.domestic.sect import (
    AsyncDomesticSect,
    DomesticSect,
)
from .api.domestic.shsa import (
    AsyncDomesticShsa,
    DomesticShsa,
)
from .api.domestic.slb import (
    AsyncDomesticSlb,
    DomesticSlb,
)
from .api.domestic.stkinfo import (
    AsyncDomesticStkinfo,
    DomesticStkinfo,
)
from .api.domestic.thme import (
    AsyncDomesticThme,
    DomesticThme,
)
from .api.domestic.watchlist import (
    AsyncDomesticWatchlist,
    DomesticWatchlist,
)
from .api.oauth import (
    AsyncOauth,
    Oauth,
)
from .api.us.acnt import (
    AsyncUsAcnt,
    UsAcnt,
)
from .api.us.chart import (
    AsyncUsChart,
    UsChart,
)
from .api.us.exchange import (
    AsyncUsExchange,
    UsExchange,
)
from .api.us.invtinfo import (
    AsyncUsInvtinfo,
    UsInvtinfo,
)
from .api.us.mrkcond import (
    AsyncUsMrkcond,
    UsMrkcond,
)
from .api.us.ordr import (
    AsyncUsOrdr,
    UsOrdr,
)
from .api.us.rkinfo import (
    AsyncUsRkinfo,
    UsRkinfo,
)
from .api.us.sect import (
    AsyncUsSect,
    UsSect,
)
from .api.us.stkinfo import (
    AsyncUsStkinfo,
    UsStkinfo,
)
from .api.us.watchlist import (
    AsyncUsWatchlist,
    UsWatchlist,
)


class Kiwoom(
    SyncClientBase,
    DomesticAcnt,
    DomesticChart,
    DomesticCrdordr,
    DomesticElw,
    DomesticEtf,
    DomesticFrgnistt,
    DomesticMrkcond,
    DomesticOrdr,
    DomesticRkinfo,
    DomesticSect,
    DomesticShsa,
    DomesticSlb,
    DomesticStkinfo,
    DomesticThme,
    DomesticWatchlist,
    Oauth,
    UsAcnt,
    UsChart,
    UsExchange,
    UsInvtinfo,
    UsMrkcond,
    UsOrdr,
    UsRkinfo,
    UsSect,
    UsStkinfo,
    UsWatchlist,
):
    """The sync Kiwoom REST client. `env="mock"` unless told `env="real"`; keys from the
    arguments or KIWOOM_APPKEY / KIWOOM_SECRETKEY; `base_url` points it elsewhere (the simulator)."""

    @cached_property
    def acnt(self) -> DomesticAcnt:
        """domestic / acnt: 33 TRs."""
        return DomesticAcnt._bound(self._session)

    @cached_property
    def chart(self) -> DomesticChart:
        """domestic / chart: 21 TRs."""
        return DomesticChart._bound(self._session)

    @cached_property
    def crdordr(self) -> DomesticCrdordr:
        """domestic / crdordr: 4 TRs."""
        return DomesticCrdordr._bound(self._session)

    @cached_property
    def elw(self) -> DomesticElw:
        """domestic / elw: 11 TRs."""
        return DomesticElw._bound(self._session)

    @cached_property
    def etf(self) -> DomesticEtf:
        """domestic / etf: 9 TRs."""
        return DomesticEtf._bound(self._session)

    @cached_property
    def frgnistt(self) -> DomesticFrgnistt:
        """domestic / frgnistt: 3 TRs."""
        return DomesticFrgnistt._bound(self._session)

    @cached_property
    def mrkcond(self) -> DomesticMrkcond:
        """domestic / mrkcond: 25 TRs."""
        return DomesticMrkcond._bound(self._session)

    @cached_property
    def ordr(self) -> DomesticOrdr:
        """domestic / ordr: 8 TRs."""
        return DomesticOrdr._bound(self._session)

    @cached_property
    def rkinfo(self) -> DomesticRkinfo:
        """domestic / rkinfo: 23 TRs."""
        return DomesticRkinfo._bound(self._session)

    @cached_property
    def sect(self) -> DomesticSect:
        """domestic / sect: 6 TRs."""
        return DomesticSect._bound(self._session)

    @cached_property
    def shsa(self) -> DomesticShsa:
        """domestic / shsa: 1 TRs."""
        return DomesticShsa._bound(self._session)

    @cached_property
    def slb(self) -> DomesticSlb:
        """domestic / slb: 4 TRs."""
        return DomesticSlb._bound(self._session)

    @cached_property
    def stkinfo(self) -> DomesticStkinfo:
        """domestic / stkinfo: 31 TRs."""
        return DomesticStkinfo._bound(self._session)

    @cached_property
    def thme(self) -> DomesticThme:
        """domestic / thme: 2 TRs."""
        return DomesticThme._bound(self._session)

    @cached_property
    def watchlist(self) -> DomesticWatchlist:
        """domestic / watchlist: 2 TRs."""
        return DomesticWatchlist._bound(self._session)

    @cached_property
    def oauth(self) -> Oauth:
        """oauth / oauth: 2 TRs."""
        return Oauth._bound(self._session)

    @cached_property
    def us_acnt(self) -> UsAcnt:
        """us / acnt: 28 TRs."""
        return UsAcnt._bound(self._session)

    @cached_property
    def us_chart(self) -> UsChart:
        """us / chart: 7 TRs."""
        return UsChart._bound(self._session)

    @cached_property
    def us_exchange(self) -> UsExchange:
        """us / exchange: 3 TRs."""
        return UsExchange._bound(self._session)

    @cached_property
    def us_invtinfo(self) -> UsInvtinfo:
        """us / invtinfo: 1 TRs."""
        return UsInvtinfo._bound(self._session)

    @cached_property
    def us_mrkcond(self) -> UsMrkcond:
        """us / mrkcond: 5 TRs."""
        return UsMrkcond._bound(self._session)

    @cached_property
    def us_ordr(self) -> UsOrdr:
        """us / ordr: 5 TRs."""
        return UsOrdr._bound(self._session)

    @cached_property
    def us_rkinfo(self) -> UsRkinfo:
        """us / rkinfo: 35 TRs."""
        return UsRkinfo._bound(self._session)

    @cached_property
    def us_sect(self) -> UsSect:
        """us / sect: 2 TRs."""
        return UsSect._bound(self._session)

    @cached_property
    def us_stkinfo(self) -> UsStkinfo:
        """us / stkinfo: 33 TRs."""
        return UsStkinfo._bound(self._session)

    @cached_property
    def us_watchlist(self) -> UsWatchlist:
        """us / watchlist: 2 TRs."""
        return UsWatchlist._bound(self._session)


class AsyncKiwoom(
    AsyncClientBase,
    AsyncDomesticAcnt,
    AsyncDomesticChart,
    AsyncDomesticCrdordr,
    AsyncDomesticElw,
    AsyncDomesticEtf,
    AsyncDomesticFrgnistt,
    AsyncDomesticMrkcond,
    AsyncDomesticOrdr,
    AsyncDomesticRkinfo,
    AsyncDomesticSect,
    AsyncDomesticShsa,
    AsyncDomesticSlb,
    AsyncDomesticStkinfo,
    AsyncDomesticThme,
    AsyncDomesticWatchlist,
    AsyncOauth,
    AsyncUsAcnt,
    AsyncUsChart,
    AsyncUsExchange,
    AsyncUsInvtinfo,
    AsyncUsMrkcond,
    AsyncUsOrdr,
    AsyncUsRkinfo,
    AsyncUsSect,
    AsyncUsStkinfo,
    AsyncUsWatchlist,
):
    """The async Kiwoom REST client. `env="mock"` unless told `env="real"`; keys from the
    arguments or KIWOOM_APPKEY / KIWOOM_SECRETKEY; `base_url` points it elsewhere (the simulator)."""

    @cached_property
    def acnt(self) -> AsyncDomesticAcnt:
        """domestic / acnt: 33 TRs."""
        return AsyncDomesticAcnt._bound(self._session)

    @cached_property
    def chart(self) -> AsyncDomesticChart:
        """domestic / chart: 21 TRs."""
        return AsyncDomesticChart._bound(self._session)

    @cached_property
    def crdordr(self) -> AsyncDomesticCrdordr:
        """domestic / crdordr: 4 TRs."""
        return AsyncDomesticCrdordr._bound(self._session)

    @cached_property
    def elw(self) -> AsyncDomesticElw:
        """domestic / elw: 11 TRs."""
        return AsyncDomesticElw._bound(self._session)

    @cached_property
    def etf(self) -> AsyncDomesticEtf:
        """domestic / etf: 9 TRs."""
        return AsyncDomesticEtf._bound(self._session)

    @cached_property
    def frgnistt(self) -> AsyncDomesticFrgnistt:
        """domestic / frgnistt: 3 TRs."""
        return AsyncDomesticFrgnistt._bound(self._session)

    @cached_property
    def mrkcond(self) -> AsyncDomesticMrkcond:
        """domestic / mrkcond: 25 TRs."""
        return AsyncDomesticMrkcond._bound(self._session)

    @cached_property
    def ordr(self) -> AsyncDomesticOrdr:
        """domestic / ordr: 8 TRs."""
        return AsyncDomesticOrdr._bound(self._session)

    @cached_property
    def rkinfo(self) -> AsyncDomesticRkinfo:
        """domestic / rkinfo: 23 TRs."""
        return AsyncDomesticRkinfo._bound(self._session)

    @cached_property
    def sect(self) -> AsyncDomesticSect:
        """domestic / sect: 6 TRs."""
        return AsyncDomesticSect._bound(self._session)

    @cached_property
    def shsa(self) -> AsyncDomesticShsa:
        """domestic / shsa: 1 TRs."""
        return AsyncDomesticShsa._bound(self._session)

    @cached_property
    def slb(self) -> AsyncDomesticSlb:
        """domestic / slb: 4 TRs."""
        return AsyncDomesticSlb._bound(self._session)

    @cached_property
    def stkinfo(self) -> AsyncDomesticStkinfo:
        """domestic / stkinfo: 31 TRs."""
        return AsyncDomesticStkinfo._bound(self._session)

    @cached_property
    def thme(self) -> AsyncDomesticThme:
        """domestic / thme: 2 TRs."""
        return AsyncDomesticThme._bound(self._session)

    @cached_property
    def watchlist(self) -> AsyncDomesticWatchlist:
        """domestic / watchlist: 2 TRs."""
        return AsyncDomesticWatchlist._bound(self._session)

    @cached_property
    def oauth(self) -> AsyncOauth:
        """oauth / oauth: 2 TRs."""
        return AsyncOauth._bound(self._session)

    @cached_property
    def us_acnt(self) -> AsyncUsAcnt:
        """us / acnt: 28 TRs."""
        return AsyncUsAcnt._bound(self._session)

    @cached_property
    def us_chart(self) -> AsyncUsChart:
        """us / chart: 7 TRs."""
        return AsyncUsChart._bound(self._session)

    @cached_property
    def us_exchange(self) -> AsyncUsExchange:
        """us / exchange: 3 TRs."""
        return AsyncUsExchange._bound(self._session)

    @cached_property
    def us_invtinfo(self) -> AsyncUsInvtinfo:
        """us / invtinfo: 1 TRs."""
        return AsyncUsInvtinfo._bound(self._session)

    @cached_property
    def us_mrkcond(self) -> AsyncUsMrkcond:
        """us / mrkcond: 5 TRs."""
        return AsyncUsMrkcond._bound(self._session)

    @cached_property
    def us_ordr(self) -> AsyncUsOrdr:
        """us / ordr: 5 TRs."""
        return AsyncUsOrdr._bound(self._session)

    @cached_property
    def us_rkinfo(self) -> AsyncUsRkinfo:
        """us / rkinfo: 35 TRs."""
        return AsyncUsRkinfo._bound(self._session)

    @cached_property
    def us_sect(self) -> AsyncUsSect:
        """us / sect: 2 TRs."""
        return AsyncUsSect._bound(self._session)

    @cached_property
    def us_stkinfo(self) -> AsyncUsStkinfo:
        """us / stkinfo: 33 TRs."""
        return AsyncUsStkinfo._bound(self._session)

    @cached_property
    def us_watchlist(self) -> AsyncUsWatchlist:
        """us / watchlist: 2 TRs."""
        return AsyncUsWatchlist._bound(self._session)
