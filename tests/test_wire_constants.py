"""The wire's constants of specs/api.yaml (its content type, each section's WebSocket path) are read from the
generated `kiwoom_sdk._protocol` by the request core, the realtime session and the simulator, never written out a
second time; the build refuses a realtime or WebSocket spec whose path is not its section's."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from kiwoom_sdk import AsyncKiwoom, _protocol
from kiwoom_sdk.sim import Simulator, running

from generator.spec import yamlio
from generator.spec.lint import lint
from generator.targets.views import item_suffixes, websocket_paths

from .conftest import SPECS


def test_the_content_type_and_websocket_paths_are_api_yamls() -> None:
    api = yamlio.load(SPECS / "api.yaml")
    assert _protocol.CONTENT_TYPE == api["content_type"] == "application/json;charset=UTF-8"
    assert api["websocket_paths"] == _protocol.WEBSOCKET_PATHS
    assert _protocol.WEBSOCKET_PATHS == {"domestic": "/api/dostk/websocket", "us": "/api/us/websocket"}


def test_the_build_refuses_a_websocket_spec_on_another_path() -> None:
    corpus = lint(SPECS).corpus
    assert dict(websocket_paths(corpus)) == _protocol.WEBSOCKET_PATHS
    corpus.apis["0B"].path = "/api/dostk/ws"
    with pytest.raises(ValueError, match=r"these specs give another path: \['0B \(domestic\) /api/dostk/ws'\]"):
        websocket_paths(corpus)


@pytest.mark.parametrize("section", ["domestic", "us"])
def test_a_session_logs_in_on_its_sections_path(section: str) -> None:
    """The session's URL is the ws_url and the section's path, which the simulator serves (its catalog's, the same
    api.yaml): a LOGIN there is answered."""

    async def main(sim: Simulator) -> str:
        async with (
            AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url) as client,
            client.realtime(section) as live,
        ):
            return live.url

    with running() as sim:
        assert asyncio.run(main(sim)) == sim.ws_url + _protocol.WEBSOCKET_PATHS[section]
        assert sim.state.catalog.websocket_paths == _protocol.WEBSOCKET_PATHS


def test_the_simulators_answers_carry_the_content_type() -> None:
    with running() as sim:
        answer = httpx.post(sim.url + "/oauth2/token", json={}, headers={"api-id": "au10001"})
    assert answer.headers["content-type"] == _protocol.CONTENT_TYPE


def test_the_item_suffixes_are_api_yamls_and_what_the_mock_refuses() -> None:
    """_NX (NXT) and _AL (SOR): api.yaml's suffixes of the domestic item code kind, which its pattern must accept; the client's
    mock check refuses an item with either before sending, as the simulator's REG on the mock env does."""
    from kiwoom_sdk import MockUnsupported
    from kiwoom_sdk._core import mock_check
    from kiwoom_sdk._endpoints import ENDPOINTS
    from kiwoom_sdk._registration import ITEM_FORMS
    from kiwoom_sdk.sim import websocket

    shape = yamlio.load(SPECS / "api.yaml")["item_codes"]["domestic"]
    assert _protocol.ITEM_SUFFIXES == shape["suffixes"] == {"_NX": "NXT", "_AL": "SOR"}
    assert websocket.SUFFIXES == ("_NX", "_AL")
    assert "the exchange suffix _NX (NXT) or _AL (SOR): '005930_NX'" in ITEM_FORMS  # what a refused item is told
    for suffix in _protocol.ITEM_SUFFIXES:
        with pytest.raises(MockUnsupported, match=r"trades on KRX only \(no NXT / SOR\)"):
            mock_check(ENDPOINTS["ka10001"], {"stk_cd": "005930" + suffix})
    corpus = lint(SPECS).corpus
    corpus.protocol["item_codes"]["domestic"]["suffixes"]["_KX"] = "KRX"
    with pytest.raises(ValueError, match=r"kind 'domestic' refuses its own suffixes \['_KX'\]"):
        item_suffixes(corpus)
