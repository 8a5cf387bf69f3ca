"""The simulator over loopback sockets, driven by the generated client and by raw HTTP /
WebSocket where the client would refuse to send something wrong."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets
from kiwoom_sdk import Kiwoom, KiwoomError, MockUnsupported, errors
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._models import KiwoomResponse
from kiwoom_sdk.sim import Simulator, Timing, running

from generator.names import field_attribute

REFUSAL = re.compile(r"\[2000\]\([0-9A-Z]+:[^()]+\)")  # a business refusal's return_msg, as Kiwoom words it
CASES: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent.parent / "generated" / "tests" / "http_cases.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with running(seed=1) as simulator:
        yield simulator


@pytest.fixture(scope="module")
def client(sim: Simulator) -> Iterator[Kiwoom]:
    with Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100) as kiwoom:
        yield kiwoom


@pytest.fixture(scope="module")
def real_client() -> Iterator[Kiwoom]:
    """A client of a simulator in the real environment, where every TR is served."""
    with (
        running(seed=1, env="real") as simulator,
        Kiwoom(*simulator.keys, env="real", base_url=simulator.url, rate=1000, burst=100) as kiwoom,
    ):
        yield kiwoom


def _post(sim: Simulator, path: str, body: Any, headers: dict[str, str]) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    base = {"content-type": "application/json;charset=UTF-8"}
    return httpx.post(sim.url + path, content=content, headers={**base, **headers})


# OAuth (au10001 / au10002) is exercised by the token tests below.
@pytest.mark.parametrize("api_id", sorted(a for a in CASES if not a.startswith("au")))
def test_every_http_tr_round_trips_through_the_client(real_client: Kiwoom, api_id: str) -> None:
    arguments = {field_attribute(key): value for key, value in CASES[api_id]["request"].items()}
    method = getattr(real_client, api_id)
    try:
        response = method(**arguments)
    except KiwoomError as refused:  # an order the account cannot carry out (unknown orig_ord_no, ...)
        assert ENDPOINTS[api_id].order, f"{api_id} refused: {refused}"
        assert isinstance(refused.response, dict), refused
        if refused.response["return_code"] == 20:  # a business rule: [2000](code:reason)
            assert REFUSAL.fullmatch(refused.message), refused
        else:  # a value the account cannot read (an empty amount), named as 1517 names it
            assert "실패사유" in refused.message, f"{api_id} failed validation: {refused}"
        return
    assert isinstance(response, KiwoomResponse) and response.return_code == 0
    assert response.headers.get("api-id") == api_id


def test_missing_or_unknown_api_id_and_wrong_url(sim: Simulator, client: Kiwoom) -> None:
    auth = {"authorization": f"Bearer {client.token()}"}
    cases = [
        ({}, "/api/dostk/stkinfo", 1501),
        ({"api-id": "ka99999"}, "/api/dostk/stkinfo", 1505),
        ({"api-id": "ka10001"}, "/api/dostk/ordr", 1504),
        ({"api-id": "ka10001"}, "/api/nowhere", 1504),
    ]
    for headers, path, code in cases:
        answer = _post(sim, path, {"stk_cd": "005930"}, {**auth, **headers})
        assert answer.status_code >= 400 and answer.json()["return_code"] == code, (headers, path, answer.text)


def test_the_mock_server_refuses_what_it_does_not_serve(sim: Simulator, client: Kiwoom) -> None:
    """The client refuses before sending; the server refuses what a careless client sends anyway."""
    with pytest.raises(MockUnsupported):
        client.ka01690(qry_dt="20260223")
    with pytest.raises(MockUnsupported, match="KRX only"):
        client.kt10000(dmst_stex_tp="NXT", stk_cd="005930", ord_qty=1, trde_tp="3")
    auth = {"authorization": f"Bearer {client.token()}"}
    answer = _post(sim, "/api/dostk/acnt", {"qry_dt": "20260223"}, {**auth, "api-id": "ka01690"})
    assert answer.json()["return_code"] == 8104
    order = {"dmst_stex_tp": "NXT", "stk_cd": "005930", "ord_qty": "1", "trde_tp": "3"}
    answer = _post(sim, "/api/dostk/ordr", order, {**auth, "api-id": "kt10000"})
    assert answer.json()["return_code"] == 1517 and "KRX" in answer.json()["return_msg"]


def test_a_missing_required_field_is_named(sim: Simulator, client: Kiwoom) -> None:
    headers = {"authorization": f"Bearer {client.token()}", "api-id": "kt10000"}
    answer = _post(sim, "/api/dostk/ordr", {"dmst_stex_tp": "KRX", "ord_qty": "1", "trde_tp": "3"}, headers)
    assert answer.json()["return_code"] == 1511 and "stk_cd" in answer.json()["return_msg"]


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"[1, 2]", "application/json"),
        (b"{}", "text/plain"),
        (b"x" * 70000, "application/json"),
    ],
)
def test_bad_bodies_get_kiwoom_errors_and_the_server_keeps_serving(
    sim: Simulator, client: Kiwoom, body: bytes, content_type: str
) -> None:
    headers = {"authorization": f"Bearer {client.token()}", "api-id": "ka10001", "content-type": content_type}
    answer = httpx.post(sim.url + "/api/dostk/stkinfo", content=body, headers=headers)
    assert answer.status_code >= 400 and answer.json()["return_code"] in (1512, 1517)
    assert client.ka10001(stk_cd="005930").return_code == 0


def test_tokens_missing_bad_revoked_and_of_the_other_environment(sim: Simulator) -> None:
    with Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        token = kiwoom.token()
        for headers, code in [
            ({}, 1513),
            ({"authorization": "Basic abc"}, 1514),
            ({"authorization": "Bearer nope"}, 8005),
        ]:
            answer = _post(sim, "/api/dostk/stkinfo", {"stk_cd": "005930"}, {"api-id": "ka10001", **headers})
            assert answer.json()["return_code"] == code
        kiwoom.revoke()
        answer = _post(
            sim, "/api/dostk/stkinfo", {"stk_cd": "005930"}, {"api-id": "ka10001", "authorization": f"Bearer {token}"}
        )
        assert answer.json()["return_code"] == 8005
    real_keys = sim.state.keys["real"]
    with Kiwoom(*real_keys, base_url=sim.url) as wrong_env, pytest.raises(errors.AppKeyEnvironmentMismatch):
        wrong_env.ka10001(stk_cd="005930")


def test_the_token_method_sends_the_grant_type_its_spec_fixes_without_being_given_it(sim: Simulator) -> None:
    with Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        for issue in (kiwoom.au10001, kiwoom.issue_token):
            answer = issue(appkey=sim.keys[0], secretkey=sim.keys[1])
            assert answer.return_code == 0 and answer.token


def test_the_grant_type_the_simulator_takes_is_the_one_its_catalog_fixes() -> None:
    """Missing: 8011; another value: 8012, each with its own guide message; which value is right comes from the
    catalog (the spec's const), so a catalog that fixed another value would be followed."""

    def issued(sim: Simulator, **grant: str) -> dict[str, Any]:
        body = {**grant, "appkey": sim.keys[0], "secretkey": sim.keys[1]}
        return _post(sim, "/oauth2/token", body, {"api-id": "au10001"}).json()  # type: ignore[no-any-return]

    with running(seed=1) as sim:
        catalog = sim.state.catalog
        assert catalog.fixed("au10001", "grant_type") == "client_credentials"
        assert catalog.fixed("au10001", "appkey") is None
        assert issued(sim, grant_type="client_credentials")["return_code"] == 0
        for grant, code in (({}, 8011), ({"grant_type": ""}, 8011), ({"grant_type": "password"}, 8012)):
            answer = issued(sim, **grant)
            assert (answer["return_code"], answer["return_msg"]) == (code, catalog.message(code)), grant
        catalog.apis["au10001"]["fixed"]["grant_type"] = "password"  # this simulator's own copy of the catalog
        assert issued(sim, grant_type="password")["return_code"] == 0
        assert issued(sim, grant_type="client_credentials")["return_code"] == 8012


def test_continuation_paging_over_three_pages(client: Kiwoom) -> None:
    pages, next_key, cont = [], None, False
    while True:
        page = client.ka10081(stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", cont_yn=cont, next_key=next_key)
        pages.append(page)
        if not page.cont_yn:
            break
        cont, next_key = True, page.next_key
    assert len(pages) == 3 and all(p.stk_dt_pole_chart_qry for p in pages)
    with pytest.raises(errors.InputFormatInvalid):
        client.ka10081(stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", cont_yn=True, next_key="forged")


def test_a_next_key_in_other_digits_is_not_one_the_simulator_issued(client: Kiwoom, sim: Simulator) -> None:
    """The page number of a next-key is 0-9 (`_digits`): "ka10081-\uff10\uff10\uff10\uff12" in full-width digits is
    refused as a key never issued, not read as page 2."""
    headers = {b"authorization": f"Bearer {client.token()}".encode(), b"api-id": b"ka10081", b"cont-yn": b"Y"}
    body = {"stk_cd": "005930", "base_dt": "20260223", "upd_stkpc_tp": "1"}
    for key, code in (("ka10081-0002", 0), ("ka10081-\uff10\uff10\uff10\uff12", 1517)):
        answer = httpx.post(sim.url + "/api/dostk/chart", json=body, headers={**headers, b"next-key": key.encode()})
        assert answer.json()["return_code"] == code, (key, answer.text)


def test_answers_are_deterministic_for_a_seed() -> None:
    bodies = []
    for _ in range(2):
        with running(seed=5) as simulator, Kiwoom(*simulator.keys, base_url=simulator.url) as kiwoom:
            page = kiwoom.ka10081(
                stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1", cont_yn=True, next_key="ka10081-0002"
            )
            bodies.append(page.raw)
    assert bodies[0] == bodies[1]


async def _ws_session(
    sim: Simulator, token: str, messages: list[dict[str, Any]], until: str, limit: int = 50
) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    async with websockets.connect(sim.ws_url + "/api/dostk/websocket") as ws:
        await ws.send(json.dumps({"trnm": "LOGIN", "token": token}))
        for message in messages:
            await ws.send(json.dumps(message))
        async for frame in ws:
            seen.append(json.loads(frame))
            if seen[-1].get("trnm") == until or len(seen) >= limit:
                break
    return seen


def test_login_reg_real_and_remove() -> None:
    with running(seed=2, timing=Timing(stream_interval=0.05)) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        token = kiwoom.token()
        reg = {"trnm": "REG", "grp_no": "1", "refresh": "1", "data": [{"item": ["005930"], "type": ["0B"]}]}
        seen = asyncio.run(_ws_session(sim, token, [reg], "REAL"))
        assert [m["trnm"] for m in seen[:2]] == ["LOGIN", "REG"] and seen[0]["return_code"] == 0
        entry = seen[-1]["data"][0]
        assert entry["type"] == "0B" and entry["item"] == "005930" and "10" in entry["values"]
        refused = asyncio.run(_ws_session(sim, "bad-token", [], "LOGIN"))
        assert refused[0]["return_code"] == 805004  # the recorded form (027): the guide's code inside return_msg
        assert "[CODE=8005, MESSAGE=" in refused[0]["return_msg"]
        remove = {"trnm": "REMOVE", "grp_no": "1", "data": [{"item": ["005930"], "type": ["0B"]}]}
        seen = asyncio.run(_ws_session(sim, token, [reg, remove], "REMOVE"))
        assert seen[-1]["return_code"] == 0


def test_a_ping_that_is_not_echoed_closes_the_session() -> None:
    timing = Timing(ping_interval=0.2, ping_timeout=0.3, stream_interval=10)
    with running(seed=3, timing=timing) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        seen = asyncio.run(_ws_session(sim, kiwoom.token(), [], "never"))
        assert [m["trnm"] for m in seen] == ["LOGIN", "PING"]  # then the server closed the socket
