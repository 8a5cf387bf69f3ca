"""Item codes held to the shape of their kind (specs/api.yaml item_codes) before anything is sent: a typo in an
order's stk_cd ("05930", "005930_NXT") is refused by the library (sync and async), the `kiwoom` command and the MCP
server, through the one check of Endpoint.validate, and the simulator sees no request; the simulator refuses the
same codes from the same rule (1517). Every code the guide's examples and the recorded traffic show passes."""

from __future__ import annotations

import asyncio
import functools
import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import openpyxl
import pytest
from kiwoom_sdk import AsyncKiwoom, Kiwoom, RequestInvalid, realtime
from kiwoom_sdk._endpoints import ENDPOINTS, ITEM_CODES
from kiwoom_sdk._registration import check_codes
from kiwoom_sdk._session import registration
from kiwoom_sdk.sim import Simulator, running
from mcp import ClientSession

from generator.spec.item_codes import seen_codes
from generator.spec.loader import load_corpus
from generator.spec.model import Corpus

from .cli_support import envelope, kiwoom
from .conftest import CURRENT_GUIDE, SPECS, guide
from .test_mcp import session_with

DOMESTIC_BUY = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "trde_tp": "3"}
US_BUY = {"stex_tp": "ND", "stk_cd": "NVDA", "ord_qty": "1", "ord_uv": "213.04", "trde_tp": "00"}
# Typos of a code the server might otherwise read as another item, or refuse only after the order left: a digit
# dropped or doubled, a suffix mistyped or in lower case, a separator of another market, a name. (Spaces around a
# code, "005930 ", are refused by the rule of all request text, before its shape is looked at.)
DOMESTIC_TYPOS = ["05930", "0059300", "005930_NXT", "005930_nx", "005930.KS", "005930-NX", "a005930", "삼성전자"]
US_TYPOS = ["nvda", "NVDA.", ".B", "BRK..B", "ND:NVDA", "NVDA_US", "엔비디아"]
# Which order each section's codes go through: the domestic and the US buy orders.
ORDERS = {"domestic": ("kt10000", DOMESTIC_BUY), "us": ("ust20000", US_BUY)}
CODE_KEYS = ("stk_cd", "jmcode", "item")


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with running(seed=71) as simulator:
        yield simulator


def _client(sim: Simulator) -> Kiwoom:
    return Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000.0, burst=100.0)


@functools.cache
def _corpus() -> Corpus:
    return load_corpus(SPECS).corpus


def _section(api_id: str) -> str:
    return _corpus().apis[api_id].section


def _recorded_codes() -> Iterator[tuple[str, str, str]]:
    """(section, code, file) of every item code in the recorded traffic (specs/recorded), read on its own."""

    def codes(node: Any, coded: bool = False) -> Iterator[str]:
        if isinstance(node, str) and coded and node.strip():
            yield node
        elif isinstance(node, dict):
            for key, value in node.items():
                yield from codes(value, key in CODE_KEYS)
        elif isinstance(node, list):
            for member in node:
                yield from codes(member, coded)

    for path in sorted((SPECS / "recorded").glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if case["api_id"] in _corpus().apis:
            yield from ((_section(case["api_id"]), code, path.name) for code in codes(case["payload"]))


_GUIDE_CODE = re.compile(r"""["'](?:stk_cd|jmcode|item)["']\s*:\s*(\[[^\]]*\]|"[^"]*"|'[^']*')""")
_GUIDE_NOTE = re.compile(r"(?:KRX|NXT|SOR):([0-9A-Z_]+)")
_SHEET_ID = re.compile(r"\(([0-9A-Za-z]+)\)$")


def _guide_codes() -> Iterator[tuple[str, str, str]]:
    """(section, code, sheet) of every item code written in the guide workbook's examples (requests, answers and
    frames), read from the workbook itself rather than from the specs that transcribe it."""
    book = openpyxl.load_workbook(guide(CURRENT_GUIDE), read_only=True)
    try:
        for sheet in book.worksheets:
            named = _SHEET_ID.search(sheet.title)
            api_id = named.group(1) if named else sheet.title
            if api_id not in _corpus().apis:
                continue
            for row in sheet.iter_rows(values_only=True):
                for cell in row:
                    for found in _GUIDE_NOTE.finditer(str(cell or "")):  # "(KRX:039490,NXT:039490_NX,SOR:...)"
                        yield _section(api_id), found.group(1), sheet.title
                    for found in _GUIDE_CODE.finditer(str(cell or "")):
                        for code in re.findall(r"""["']([^"']*)["']""", found.group(1)):
                            if code.strip() and not code.startswith(("[", "{")) and code not in ("종목코드",):
                                yield _section(api_id), code, sheet.title
    finally:
        book.close()


def _order(section: str, code: str) -> dict[str, Any]:
    api_id, body = ORDERS[section]
    return ENDPOINTS[api_id].validate({**body, "stk_cd": code})


def test_every_code_of_the_guide_and_the_recordings_passes_an_order_and_a_registration() -> None:
    seen = [(s.section, s.code, s.where) for s in seen_codes(_corpus())]
    seen += list(_recorded_codes()) + list(_guide_codes())
    by_section = {section: {code for s, code, _ in seen if s == section} for section in ORDERS}
    assert len(by_section["domestic"]) >= 30 and len(by_section["us"]) >= 80, by_section  # the corpus is all there
    for must in ("005930", "57JBHH", "A005930", "039490_NX", "039490_AL", "M04020000", "J0036221D", "000660_AL"):
        assert must in by_section["domestic"], must
    assert {"NVDA", "SOXL", "EFSCP"} <= by_section["us"]
    refused = []
    for section, code, where in seen:
        try:
            assert _order(section, code)["stk_cd"] == code
        except RequestInvalid as error:
            refused.append((code, where, str(error)))
    assert refused == []
    assert check_codes(["0B"], sorted(by_section["domestic"])) == sorted(by_section["domestic"])
    us_items = [(code, "ND") for code in sorted(by_section["us"])]
    registered = registration("us", us_items, ["FE"])[0]
    assert [i.code if isinstance(i, realtime.UsItem) else i for i in registered] == sorted(by_section["us"])


def test_the_examples_of_each_kind_pass_and_the_share_class_of_a_us_ticker_too() -> None:
    for name, kind in ITEM_CODES.items():
        examples = _corpus().item_codes()[name].examples
        assert examples and all(kind.fits(code) for code in examples), name
    assert all(ITEM_CODES["us"].fits(code) for code in ("BRK.B", "BRK-B", "BRK/B"))
    # the REG's shapes are the same kinds' (one rule): realtime.ITEM_CODE / US_ITEM_CODE anchor them
    assert f"^(?:{ITEM_CODES['domestic'].pattern})$" == realtime.ITEM_CODE
    assert f"^(?:{ITEM_CODES['us'].pattern})$" == realtime.US_ITEM_CODE


@pytest.mark.parametrize(
    ("section", "code"), [*(("domestic", c) for c in DOMESTIC_TYPOS), *(("us", c) for c in US_TYPOS)]
)
def test_a_typo_is_refused_naming_the_field_the_value_and_the_shape(section: str, code: str) -> None:
    with pytest.raises(RequestInvalid) as caught:
        _order(section, code)
    [problem] = caught.value.problems
    assert (problem.field, problem.rule) == ("stk_cd", "item_code")
    assert repr(code) in str(caught.value) and ITEM_CODES[section].shape in str(caught.value)


def test_every_order_of_every_section_holds_its_item_code_to_the_shape() -> None:
    """The class, not the instance: every order TR with an item code field checks it (stock, credit, gold, US)."""
    orders = {api.id for api in _corpus().http_apis() if api.order}
    checked = {api_id for api_id in orders if dict(ENDPOINTS[api_id].item_codes).get("stk_cd")}
    with_code = {api_id for api_id in orders if any(f.name == "stk_cd" for f in _corpus().apis[api_id].request)}
    assert checked == with_code and {"kt10000", "kt10001", "kt10002", "kt10003", "kt50000", "ust20000"} <= checked


@pytest.mark.parametrize("code", ["05930", "005930_NXT"])
def test_the_library_refuses_an_order_with_a_malformed_code_and_sends_nothing(sim: Simulator, code: str) -> None:
    async def asynchronous() -> None:
        async with AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url) as client:
            with pytest.raises(RequestInvalid, match="stk_cd"):
                await client.kt10000(**{**DOMESTIC_BUY, "stk_cd": code})
            with pytest.raises(RequestInvalid, match="stk_cd"):
                await client.call("kt10001", {**DOMESTIC_BUY, "stk_cd": code})

    before = (sim.state.requests, sim.state.orders_accepted)
    with _client(sim) as client:
        with pytest.raises(RequestInvalid, match=re.escape(repr(code))):
            client.kt10000(**{**DOMESTIC_BUY, "stk_cd": code})
        with pytest.raises(RequestInvalid, match="stk_cd"):
            client.ust20000(**{**US_BUY, "stk_cd": "nvda"})
        with pytest.raises(RequestInvalid, match=r"stk_cd .*spaces around a value"):
            client.kt10000(**{**DOMESTIC_BUY, "stk_cd": "005930 "})
    asyncio.run(asynchronous())
    assert (sim.state.requests, sim.state.orders_accepted) == before


def test_the_command_refuses_an_order_with_a_malformed_code_and_sends_nothing(sim: Simulator) -> None:
    before = (sim.state.requests, sim.state.orders_accepted)
    args = ("call", "kt10000", "--dmst-stex-tp", "KRX", "--ord-qty", "1", "--trde-tp", "3", "--format", "json")
    result = kiwoom(*args, "--stk-cd", "005930_NXT", "--confirm", sim=sim)
    assert result.returncode != 0
    error = envelope(result)["error"]
    assert error["class"] == "RequestInvalid" and "'005930_NXT'" in error["message"], error
    assert error["message"].startswith("--stk-cd (종목코드): ") and "_NX (NXT)" in error["message"]
    assert (sim.state.requests, sim.state.orders_accepted) == before


def test_the_mcp_server_refuses_an_order_with_a_malformed_code_and_sends_nothing(sim: Simulator) -> None:
    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool(
                "order_submit", {"api_id": "kt10000", "params": {**DOMESTIC_BUY, "stk_cd": "05930"}, "confirm": True}
            ),
            await session.call_tool("order_preview", {"api_id": "ust20000", "params": {**US_BUY, "stk_cd": "nvda"}}),
        ]

    before = (sim.state.requests, sim.state.orders_accepted)
    results = session_with(sim, work, KIWOOM_MCP_ALLOW_ORDERS="1")
    for result, code in zip(results, ("'05930'", "'nvda'"), strict=True):
        error = result.structured_content["error"]
        assert result.is_error is True and error["class"] == "RequestInvalid", error
        assert code in error["message"] and "stk_cd" in error["message"], error
    assert (sim.state.requests, sim.state.orders_accepted) == before


def test_the_simulator_refuses_a_malformed_code_by_the_same_rule(sim: Simulator) -> None:
    """Sent past the client (raw HTTP), the simulator answers 1517 as Kiwoom does, from Endpoint.validate."""
    appkey, secretkey = sim.keys
    json_type = {"content-type": "application/json;charset=UTF-8"}
    token = httpx.post(
        f"{sim.url}/oauth2/token",
        json={"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey},
        headers={"api-id": "au10001", **json_type},
    ).json()["token"]
    headers = {"authorization": f"Bearer {token}", "api-id": "kt10000", **json_type}
    orders = sim.state.orders_accepted
    answer = httpx.post(f"{sim.url}/api/dostk/ordr", json={**DOMESTIC_BUY, "stk_cd": "05930"}, headers=headers).json()
    assert answer["return_code"] == 1517 and "stk_cd" in answer["return_msg"], answer
    assert sim.state.orders_accepted == orders


def test_a_registration_of_a_malformed_code_is_refused() -> None:
    from kiwoom_sdk import ArgumentInvalid

    with pytest.raises(ArgumentInvalid, match="005930_NXT"):
        registration("domestic", ["005930_NXT"], ["0B"])
    with pytest.raises(ArgumentInvalid, match=re.escape(realtime.US_ITEM_CODE_SHAPE)):
        registration("us", [("nvda", "ND")], ["FE"])
