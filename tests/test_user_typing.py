"""A user's code under `mypy --strict`, against the generated package as pip installs it: every name a user annotates
with has a public home that mypy accepts, and a name the package does not have is an error, not a silent Any."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

GENERATED = ROOT / "generated"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """mypy's cache, shared by the module's runs: the package and its dependencies are analysed once (5 s), not
    once per run."""
    return tmp_path_factory.mktemp("mypy-cache")


def mypy_strict(tmp_path: Path, cache: Path, source: str) -> list[str]:
    """mypy --strict's error lines for one user file (run from generated/, where kiwoom_sdk is importable)."""
    user = tmp_path / "user_code.py"
    user.write_text(textwrap.dedent(source), encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "/dev/null", "--no-error-summary"]
    result = subprocess.run(
        [*command, "--cache-dir", str(cache), str(user)],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return [line for line in result.stdout.splitlines() if ": error: " in line]


def test_the_types_a_user_annotates_with_have_a_public_home(tmp_path: Path, cache: Path) -> None:
    import kiwoom_sdk

    public = ["Price", "DecimalPrice", "DirectedRate", "RealtimeSession", "SyncRealtime"]
    assert set(public) <= set(kiwoom_sdk.__all__)
    errors = mypy_strict(
        tmp_path,
        cache,
        """
        from decimal import Decimal

        from kiwoom_sdk import (
            AsyncKiwoom, DecimalPrice, DirectedRate, Kiwoom, Price, RealtimeSession, SyncRealtime, realtime,
        )


        def price_of(value: Price | DecimalPrice | str | None) -> int:
            return value.direction if isinstance(value, (Price, DecimalPrice)) else 0


        def rate_of(value: DirectedRate) -> Decimal:
            return value * value.direction


        def follow(live: SyncRealtime) -> None:
            live.register(["005930"], ["0B"])
            for event in live:
                if isinstance(event, realtime.StockTrade):
                    print(price_of(event.current_price))


        async def follow_async(live: RealtimeSession) -> None:
            await live.register(["005930"], ["0B"])
            async for event in live:
                print(event)


        def sessions(client: Kiwoom, other: AsyncKiwoom) -> tuple[SyncRealtime, RealtimeSession]:
            return client.realtime(), other.realtime()
        """,
    )
    assert errors == []


def test_a_name_the_package_lacks_or_an_argument_it_does_not_take_is_a_type_error(tmp_path: Path, cache: Path) -> None:
    errors = mypy_strict(
        tmp_path,
        cache,
        """
        import kiwoom_sdk
        from kiwoom_sdk import Kiwom
        from kiwoom_sdk.sim import running

        client = kiwoom_sdk.AsyncKiwom()
        with running(seed="1") as sim:
            pass
        with running(sed=1) as sim:
            pass
        with running(seed=1, env="mock", pages=2) as sim:
            print(sim.url)
        """,
    )
    assert len(errors) == 4, errors
    assert ["Kiwom" in line for line in errors] == [True, True, False, False], errors
    assert '"seed"' in errors[2] and '"sed"' in errors[3], errors


PAGED = """
import functools

from kiwoom_sdk import AsyncKiwoom, Kiwoom, KiwoomResponse, merged
from kiwoom_sdk.models.domestic.chart import Ka10081Response, Ka10081StkDtPoleChartQryItem


def chart(client: Kiwoom) -> list[Ka10081StkDtPoleChartQryItem]:
    pages: list[Ka10081Response] = list(
        client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", max_pages=3)
    )
    resumed = client.pages(
        client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", cont_yn=True, next_key=pages[0].next_key
    )
    named: list[KiwoomResponse] = list(client.pages(functools.partial(client.call, "ka10081", {}), max_pages=None))
    print(named)
    return merged(pages).stk_dt_pole_chart_qry + [row for page in resumed for row in page.stk_dt_pole_chart_qry]


async def chart_async(client: AsyncKiwoom) -> list[Ka10081StkDtPoleChartQryItem]:
    paged = client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", max_pages=2)
    pages = [page async for page in paged]
    return merged(pages).stk_dt_pole_chart_qry
"""


def test_paging_a_tr_checks_its_arguments_and_types_its_pages_like_a_direct_call(tmp_path: Path, cache: Path) -> None:
    assert mypy_strict(tmp_path, cache, PAGED) == []
    errors = mypy_strict(
        tmp_path,
        cache,
        """
        from kiwoom_sdk import AsyncKiwoom, Kiwoom


        def chart(client: Kiwoom) -> None:
            for page in client.pages(client.ka10081, stk_cdd="005930", base_dt="20260223", upd_stkpc_tp="1"):
                print(page)
            client.pages(client.ka10081, stk_cd=5930, base_dt="20260223", upd_stkpc_tp="1")
            client.pages(client.ka10081, stk_cd="005930", upd_stkpc_tp="1")
            client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", max_pages="2")
            page_count: int = next(client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1"))


        async def chart_async(client: AsyncKiwoom) -> None:
            async for page in client.pages(client.ka10081, stk_cd="005930", base_dt=20260223, upd_stkpc_tp="1"):
                print(page)
            client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", max_page=2)
        """,
    )
    expected = [
        ('"stk_cdd"', 6),
        ('"stk_cd"', 8),
        ('"base_dt"', 9),
        ('"max_pages"', 10),
        ("Ka10081Response", 11),
        ('"base_dt"', 15),
        ('"max_page"', 17),
    ]
    assert len(errors) == len(expected), errors
    for line, (name, number) in zip(errors, expected, strict=True):
        assert f"user_code.py:{number}: " in line and name in line, (line, name, number)
