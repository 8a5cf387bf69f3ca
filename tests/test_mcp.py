"""`kiwoom mcp` driven by the MCP SDK's own client over stdio, against the simulator: the tools offered with and
without the order switch, every tool's arguments held to its declared input schema, a typed query, a refused
argument, masked account numbers, orders behind confirm, and realtime snapshots bounded in time and count."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from kiwoom_sdk import Kiwoom
from kiwoom_sdk.sim import Faults, Simulator, Timing, running
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.shared.exceptions import MCPError

from tests.cli_support import cli_env, kiwoom, registered
from tests.waiting import eventually, until

LATE_SIGNAL = Path(__file__).resolve().parent / "late_signal"  # its sitecustomize stalls the server (its docstring)
BUY = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "trde_tp": "3"}


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with running() as simulator:
        yield simulator


def session_with(
    sim: Simulator,
    work: Callable[[ClientSession], Awaitable[Any]],
    *args: str,
    environment: dict[str, str] | None = None,
    **env: str,
) -> Any:
    """Start `kiwoom mcp ARGS` as a subprocess (in `environment`, else the simulator's with `env`), initialize a
    client session over its stdio, run `work`."""
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "kiwoom_sdk.cli", "mcp", *args], env=environment or cli_env(sim, **env)
    )

    async def main() -> Any:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            init = await session.initialize()
            assert init.server_info.name == "kiwoom"
            return await work(session)

    return anyio.run(main)


async def _given_up(
    session: ClientSession, name: str, arguments: dict[str, Any], when: Callable[[], bool]
) -> list[Any]:
    """Call tool `name` and give it up once `when()` holds: the SDK sends notifications/cancelled, as it does at its
    read timeout, but at the moment the test means rather than after a time a loaded machine may overrun. The results
    the call returned (none, when it was given up)."""
    results: list[Any] = []

    async def call() -> None:
        results.append(await session.call_tool(name, arguments))

    async with anyio.create_task_group() as group:
        group.start_soon(call)
        await until(lambda: bool(results) or when())
        group.cancel_scope.cancel()
    return results


async def _tools(session: ClientSession) -> dict[str, Any]:
    return {tool.name: tool for tool in (await session.list_tools()).tools}


TOOLS = {"search_apis", "describe_api", "query", "realtime_snapshot", "condition_search"}  # without the order switch


def test_no_order_tools_without_the_switch(sim: Simulator) -> None:
    for value in (None, "true", "0", " 1"):
        extra: dict[str, str] = {} if value is None else {"KIWOOM_MCP_ALLOW_ORDERS": value}
        tools = session_with(sim, _tools, environment=cli_env(sim, **extra))
        assert set(tools) == TOOLS, value
        assert not any(
            api_id.startswith("kt1") for api_id in tools["query"].input_schema["properties"]["api_id"]["enum"]
        )


def test_order_tools_with_the_switch(sim: Simulator) -> None:
    tools = session_with(sim, _tools, KIWOOM_MCP_ALLOW_ORDERS="1")
    assert set(tools) == {*TOOLS, "order_preview", "order_submit"}
    assert "confirm" in tools["order_submit"].input_schema["required"]
    assert "kt10000" in tools["order_preview"].input_schema["properties"]["api_id"]["enum"]


# A value of another JSON type than each declared one (what a client that checks nothing may send).
WRONG_TYPE: dict[str, Any] = {
    "string": 7,
    "boolean": "false",
    "integer": "2",
    "number": "1",
    "object": "x",
    "array": "0B",
}


def test_every_tool_refuses_arguments_its_input_schema_refuses(sim: Simulator) -> None:
    """Each argument of each tool offered (the order tools too) sent with a wrong type, and an unknown argument: a
    tool error naming the argument and what was expected; nothing reaches the server."""
    sent: dict[tuple[str, str], dict[str, Any]] = {}

    async def work(session: ClientSession) -> dict[tuple[str, str], Any]:
        results = {}
        for name, tool in (await _tools(session)).items():
            properties = tool.input_schema["properties"]
            for argument, schema in [*properties.items(), ("bogus", {"type": "boolean"})]:
                sent[name, argument] = {argument: WRONG_TYPE[schema["type"]]}
                results[name, argument] = await session.call_tool(name, sent[name, argument])
        return results

    before = sim.state.requests
    results = session_with(sim, work, KIWOOM_MCP_ALLOW_ORDERS="1")
    assert sim.state.requests == before
    assert {name for name, _ in results} == {*TOOLS, "order_preview", "order_submit"}
    for (name, argument), result in results.items():
        error = result.structured_content["error"]
        assert result.is_error is True and error["class"] == "ToolRefused", (name, argument, error)
        [problem] = [p for p in error["problems"] if p["argument"] == argument]
        assert problem["expected"] and problem["given"] == json.dumps(sent[name, argument][argument])
        assert f"{argument}: " in error["message"] and problem["expected"] in error["message"]
        assert problem["rule"] == ("additionalProperties" if argument == "bogus" else "type"), (name, problem)


def test_all_pages_stops_at_the_servers_bound_and_says_more_remain() -> None:
    """An agent's all_pages is bounded (a chart back to listing is hundreds of calls): the query stops at
    QUERY_MAX_PAGES, says more remain, and a max_pages above the bound is refused before anything is sent."""
    from kiwoom_sdk.cli._mcp import QUERY_MAX_PAGES

    paged = {"api_id": "ka10081", "params": {"stk_cd": "005930", "base_dt": "20260105", "upd_stkpc_tp": "1"}}

    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("query", {**paged, "all_pages": True}),
            await session.call_tool("query", {**paged, "max_pages": QUERY_MAX_PAGES + 1}),
        ]

    with running(pages=QUERY_MAX_PAGES + 5) as many:
        bounded, too_many = session_with(many, work)
    assert bounded.is_error is False
    result = bounded.structured_content
    assert (result["pages"], result["cont_yn"]) == (QUERY_MAX_PAGES, True), result["pages"]
    assert "more to come" in result["note"]
    message = too_many.structured_content["error"]["message"]
    assert (
        too_many.is_error is True and f"max_pages: expected an integer >= 1, <= {QUERY_MAX_PAGES}, not 21" in message
    ), message


def test_a_string_is_not_a_boolean_and_a_required_argument_is_required(sim: Simulator) -> None:
    async def work(session: ClientSession) -> list[Any]:
        paged = {"api_id": "ka10081", "params": {"stk_cd": "005930", "base_dt": "20260105", "upd_stkpc_tp": "1"}}
        return [
            await session.call_tool("query", {**paged, "all_pages": "false"}),
            await session.call_tool("describe_api", {}),
            await session.call_tool("query", {**paged, "max_pages": 0}),
            await session.call_tool("query", {"api_id": "stock_basic_info", "params": {"stk_cd": "005930"}}),
            await session.call_tool("query", paged),
        ]

    before = sim.state.requests
    as_text, no_id, no_pages, alias, one_page = session_with(sim, work)
    message = as_text.structured_content["error"]["message"]
    assert as_text.is_error is True and 'all_pages: expected a boolean (true or false), not "false"' in message
    message = no_id.structured_content["error"]["message"]
    assert no_id.is_error is True and "api_id: missing, expected a string" in message
    message = no_pages.structured_content["error"]["message"]
    assert no_pages.is_error is True and "max_pages: expected an integer >= 1, <= 20, not 0" in message
    message = alias.structured_content["error"]["message"]
    assert alias.is_error is True and "api_id: expected the TR's id, ka10001, not an alias" in message
    assert sim.state.requests > before  # only the last one was sent, and read one page
    assert one_page.is_error is False and one_page.structured_content["pages"] == 1


def test_describe_gives_the_input_schema_from_the_spec(sim: Simulator) -> None:
    async def work(session: ClientSession) -> Any:
        return (await session.call_tool("describe_api", {"api_id": "kt10000"})).structured_content

    result = session_with(sim, work)
    schema = result["input_schema"]
    assert set(schema["required"]) == {"dmst_stex_tp", "stk_cd", "ord_qty", "trde_tp"}
    assert (
        "3" in schema["properties"]["trde_tp"]["enum"] and "주문수량" in schema["properties"]["ord_qty"]["description"]
    )
    assert schema["properties"]["stk_cd"]["maxLength"] == 12


def test_query_returns_a_typed_result(sim: Simulator) -> None:
    async def work(session: ClientSession) -> Any:
        return await session.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": "005930"}})

    result = session_with(sim, work)
    assert result.is_error is False
    data = result.structured_content["data"]
    assert data["stk_cd"] == "005930" and isinstance(data["cur_prc"], int)


def test_account_numbers_are_masked(sim: Simulator) -> None:
    async def work(session: ClientSession) -> Any:
        return await session.call_tool("query", {"api_id": "ka00001", "params": {}})

    with Kiwoom(*sim.keys, base_url=sim.url) as client:
        number = client.ka00001().raw["acctNo"]
    result = session_with(sim, work)
    assert result.is_error is False, result.structured_content
    masked = result.structured_content["data"]["acctNo"]
    assert len(number) > 4 and masked == number[:2] + "*" * (len(number) - 4) + number[-2:]
    assert number not in str(result.content)


def test_refused_argument_sends_nothing(sim: Simulator) -> None:
    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": " "}}),
            await session.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": "005930", "bogus": "1"}}),
        ]

    before = sim.state.requests
    blank, unknown = session_with(sim, work)
    assert sim.state.requests == before
    for result, field, rule in ((blank, "stk_cd", "required"), (unknown, "bogus", "unknown_field")):
        assert result.is_error is True
        error = result.structured_content["error"]
        assert error["class"] == "RequestInvalid" and error["retryable"] is False
        assert [(p["field"], p["rule"]) for p in error["problems"]] == [(field, rule)]
        assert "종목코드" in error["message"] if field == "stk_cd" else field in error["message"]


def test_an_order_cannot_go_through_query(sim: Simulator) -> None:
    async def work(session: ClientSession) -> Any:
        return await session.call_tool("query", {"api_id": "kt10000", "params": BUY})

    before = sim.state.orders_accepted
    result = session_with(sim, work, KIWOOM_MCP_ALLOW_ORDERS="1")
    message = result.structured_content["error"]["message"]
    assert result.is_error is True and "kt10000 is an order: use order_preview" in message
    assert sim.state.orders_accepted == before


def test_preview_and_submit_without_confirm_send_nothing_then_confirm_sends_one(sim: Simulator) -> None:
    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("order_preview", {"api_id": "kt10000", "params": BUY}),
            await session.call_tool("order_submit", {"api_id": "kt10000", "params": BUY}),
            await session.call_tool("order_submit", {"api_id": "kt10000", "params": BUY, "confirm": False}),
        ]

    before_orders, before_requests = sim.state.orders_accepted, sim.state.requests
    preview, unconfirmed, refused = session_with(sim, work, KIWOOM_MCP_ALLOW_ORDERS="1")
    assert preview.is_error is False and preview.structured_content["sent"] is False
    assert (preview.structured_content["env"], preview.structured_content["base_url"]) == ("mock", sim.url)
    assert preview.structured_content["request"]["ord_qty"] == "1"
    assert unconfirmed.is_error is True and refused.is_error is True
    assert (sim.state.orders_accepted, sim.state.requests) == (before_orders, before_requests)

    async def submit(session: ClientSession) -> Any:
        return await session.call_tool("order_submit", {"api_id": "kt10000", "params": BUY, "confirm": True})

    sent = session_with(sim, submit, KIWOOM_MCP_ALLOW_ORDERS="1")
    assert sent.is_error is False and sent.structured_content["data"]["ord_no"]
    assert sent.structured_content["base_url"] == sim.url
    assert sim.state.orders_accepted == before_orders + 1


def test_an_order_in_doubt_tells_the_agent_what_was_sent() -> None:
    """The agent has no `client.orders_in_doubt` to look in: the error result carries the order's record."""

    async def submit(session: ClientSession) -> Any:
        return await session.call_tool("order_submit", {"api_id": "kt10000", "params": BUY, "confirm": True})

    with running(seed=74, faults=Faults(drop_after_order_accept=1)) as dropping:
        result = session_with(dropping, submit, KIWOOM_MCP_ALLOW_ORDERS="1")
        assert dropping.state.orders_accepted == 1
    error = result.structured_content["error"]
    assert result.is_error is True and error["class"] == "OrderStateUnknown" and error["retryable"] is False
    assert error["in_doubt"]["api_id"] == "kt10000" and error["in_doubt"]["request"] == BUY
    assert error["in_doubt"]["why"].startswith("RemoteProtocolError")


def test_an_order_in_doubt_names_its_own_look_ups_to_the_agent() -> None:
    """A currency exchange in doubt is looked up with ust21100 / ust21120 (its spec's look_up), not with the stock
    order's ka10075 / ka10076: the message and the record say so."""
    exchange = {"exch_tp": "1", "fc_exmn_amt": "100000"}

    async def submit(session: ClientSession) -> Any:
        return await session.call_tool("order_submit", {"api_id": "ust31302", "params": exchange, "confirm": True})

    with running(seed=75, faults=Faults(drop_after_order_accept=1)) as dropping:
        result = session_with(dropping, submit, KIWOOM_MCP_ALLOW_ORDERS="1")
        assert dropping.state.orders_accepted == 1
    error = result.structured_content["error"]
    assert error["class"] == "OrderStateUnknown" and "ust21100 / ust21120" in error["message"]
    assert "ka10075" not in error["message"] and error["in_doubt"]["look_up"] == ["ust21100", "ust21120"]


def test_order_tools_absent_means_refused(sim: Simulator) -> None:
    """Without the switch, neither the order tools nor query send an order, and query's refusal points to no tool
    that is not there."""

    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("order_submit", {"api_id": "kt10000", "params": BUY, "confirm": True}),
            await session.call_tool("query", {"api_id": "kt10000", "params": BUY}),
        ]

    before = sim.state.orders_accepted
    submitted, queried = session_with(sim, work)
    assert submitted.is_error is True and queried.is_error is True
    message = queried.structured_content["error"]["message"]
    assert "kt10000 is an order" in message and "KIWOOM_MCP_ALLOW_ORDERS=1" in message
    assert "order_preview" not in message and "order_submit" not in message
    assert sim.state.orders_accepted == before


def test_a_realtime_snapshot_keeps_its_events_when_the_feed_stalls() -> None:
    """The events a snapshot collected are its result, whatever the connection does once they are in: a feed that
    goes silent (nothing more answered) after some events still gives them, within the snapshot's bounds."""

    stalled: list[bool] = []

    def stall_once_it_streams() -> bool:
        """Silence (Faults.ws_stalls' silence: no frame, no PING, the socket open) the session that has sent its
        LOGIN and REG answers and some REAL frames: the stall comes after events, however slow the machine."""
        for session in list(stalling.state.sessions):
            if session.frames_sent >= 5:
                session.stalled = True
                stalled.append(True)
                return True
        return False

    async def work(session: ClientSession) -> Any:
        async with anyio.create_task_group() as group:
            group.start_soon(until, stall_once_it_streams)
            result = await session.call_tool(
                "realtime_snapshot", {"types": ["0B"], "items": ["005930"], "seconds": 2.0}
            )
        return result

    with running(seed=5, timing=Timing(stream_interval=0.05)) as stalling:
        result = session_with(stalling, work)
    assert result.is_error is False, result.structured_content
    assert result.structured_content["count"] > 0 and result.structured_content["ended"] == "seconds"
    assert stalled  # an open session (the simulator's): the snapshot's end and close met a silent feed


def test_realtime_snapshot_returns_typed_events_within_its_bounds(sim: Simulator) -> None:
    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("realtime_snapshot", {"types": ["0B"], "items": ["005930"], "max_events": 3}),
            await session.call_tool("realtime_snapshot", {"types": ["04"], "items": [], "seconds": 0.5}),
            await session.call_tool("realtime_snapshot", {"types": ["FE"], "items": ["ND:AAPL"], "max_events": 2}),
            await session.call_tool("realtime_snapshot", {"types": ["0B"], "items": ["005930"], "seconds": 31}),
            await session.call_tool("realtime_snapshot", {"types": ["0B", "FE"], "items": ["005930"]}),
            await session.call_tool("realtime_snapshot", {"types": ["0B"], "items": ["005930"], "max_events": 0}),
            await session.call_tool("realtime_snapshot", {"types": ["FE"], "items": ["AAPL"]}),
        ]

    counted, timed, us, *refused = session_with(sim, work)
    assert counted.is_error is False, counted.structured_content
    result = counted.structured_content
    assert result["ended"] == "max_events" and result["count"] == len(result["events"]) == 3
    for event in result["events"]:
        assert event["type"] == "0B" and event["item"] == "005930" and event["name"] == "주식체결"
        assert isinstance(event["values"]["current_price"], int)  # typed by the FID's kind, not the wire's text
        assert isinstance(event["values"]["change_rate"], str) and "." in event["values"]["change_rate"]
    assert timed.is_error is False and timed.structured_content["ended"] == "seconds"
    assert timed.structured_content["count"] == 0 and 0.5 <= timed.structured_content["seconds"] < 5
    messages = [result.structured_content["error"]["message"] for result in refused]
    assert all(result.is_error for result in refused), messages
    assert "seconds: expected a number > 0, <= 30, not 31" in messages[0]
    assert (
        "one section at a time" in messages[1] and "max_events: expected an integer >= 1, <= 500, not 0" in messages[2]
    )
    assert "a US item names its exchange" in messages[3] and "'ND:AAPL'" in messages[3]
    assert us.is_error is False and us.structured_content["section"] == "us", us.structured_content
    assert [(e["type"], e["item"]) for e in us.structured_content["events"]] == [("FE", "AAPL")] * 2


def test_condition_search_lists_and_runs_domestic_and_us_searches(sim: Simulator) -> None:
    """The condition searches of either section: their list, the items one finds now (typed, every page; a US item
    with its exchange), a refused number as Kiwoom's error of its code, a malformed one refused by the schema."""

    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("condition_search", {}),
            await session.call_tool("condition_search", {"seq": "1"}),
            await session.call_tool("condition_search", {"section": "us"}),
            await session.call_tool("condition_search", {"section": "us", "seq": "2"}),
            await session.call_tool("condition_search", {"section": "us", "seq": "99"}),
            await session.call_tool("condition_search", {"seq": "1234"}),
        ]

    listed, found, us_listed, us_found, unknown, malformed = session_with(sim, work)
    for result, api_id in ((listed, "ka10171"), (us_listed, "usa20280")):
        assert result.is_error is False and result.structured_content["api_id"] == api_id, result.structured_content
        assert all(set(row) == {"seq", "name"} for row in result.structured_content["conditions"])
    assert found.is_error is False and found.structured_content["api_id"] == "ka10172"
    items = found.structured_content["items"]
    assert items and all(row["item_code"] == "A" + row["code"] for row in items)
    assert us_found.is_error is False and us_found.structured_content["api_id"] == "usa20281"
    us_items = us_found.structured_content["items"]
    assert us_items and all(row["stex_tp"] in ("ND", "NY", "NA") for row in us_items), us_items
    error = unknown.structured_content["error"]
    assert unknown.is_error and error["code"] == 1517 and "no condition '99'" in error["message"], error
    assert malformed.is_error and malformed.structured_content["error"]["class"] == "ToolRefused"


def test_realtime_snapshot_refuses_what_no_registration_takes(sim: Simulator) -> None:
    """The session's own rule, as a tool error before anything is sent: items a type needs, of a plausible shape;
    none for the types that take none."""
    wrong = [
        {"types": ["0B"]},
        {"types": ["0B"], "items": [""]},
        {"types": ["0B"], "items": ["5930"]},
        {"types": ["0B"], "items": ["a b c"]},
        {"types": ["0B"], "items": ["%06d"]},
        {"types": ["00"], "items": ["005930"]},
        {"types": ["04"], "items": ["005930"]},
    ]

    async def work(session: ClientSession) -> list[Any]:
        return [await session.call_tool("realtime_snapshot", arguments) for arguments in wrong]

    results = session_with(sim, work)
    messages = [result.structured_content["error"]["message"] for result in results]
    assert all(result.is_error for result in results), messages
    assert "no item given: 0B register item codes" in messages[0] and "an empty item" in messages[1], messages
    assert all("not an item code of 0B" in message for message in messages[2:5]), messages
    assert "00 take no items" in messages[5] and "04 take no items" in messages[6], messages


def test_realtime_snapshot_of_order_executions_masks_the_account(sim: Simulator) -> None:
    """A snapshot of 00 waits while an order of the same MCP session (a concurrent tool call) fills."""

    async def work(session: ClientSession) -> Any:
        results: dict[str, Any] = {}

        async def snapshot() -> None:
            arguments = {"types": ["00"], "items": [], "seconds": 20, "max_events": 1}
            results["snapshot"] = await session.call_tool("realtime_snapshot", arguments)

        async with anyio.create_task_group() as group:
            group.start_soon(snapshot)
            await until(lambda: registered(sim, "00"))
            results["order"] = await session.call_tool(
                "order_submit", {"api_id": "kt10000", "params": BUY, "confirm": True}
            )
        return results

    number = sim.state.account.account_no  # what the simulator's 00 frames carry (FID 9201)
    results = session_with(sim, work, KIWOOM_MCP_ALLOW_ORDERS="1")
    assert results["order"].is_error is False, results["order"].structured_content
    snapshot = results["snapshot"]
    assert snapshot.is_error is False, snapshot.structured_content
    [event] = snapshot.structured_content["events"]
    assert (
        event["type"] == "00" and event["values"]["order_no"] == results["order"].structured_content["data"]["ord_no"]
    )
    assert event["values"]["account_no"] == number[:2] + "*" * (len(number) - 4) + number[-2:]
    assert number not in str(snapshot.content)


def test_keys_and_hosts_follow_the_command_lines_rule(sim: Simulator, tmp_path: Path) -> None:
    """The server resolves its keys as `kiwoom` does (`_settings`): a mock profile is refused under `--env real`, half
    a key pair in the environment is refused naming the other half; nothing reaches the server either way."""
    (tmp_path / "credentials.json").write_text(
        json.dumps({"default": {"appkey": sim.keys[0], "secretkey": sim.keys[1], "env": "mock"}}), encoding="utf-8"
    )
    profile = cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path), KIWOOM_MCP_ALLOW_ORDERS="real")

    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": "005930"}}),
            await session.call_tool("order_preview", {"api_id": "kt10000", "params": BUY}),
        ]

    before = sim.state.requests
    query, preview = session_with(sim, work, "--env", "real", "--base-url", sim.url, environment=profile)
    assert query.is_error is True and query.structured_content["error"]["class"] == "ToolRefused"
    message = query.structured_content["error"]["message"]
    assert "profile 'default' was saved for env 'mock', and this command runs with --env real" in message
    assert preview.structured_content == {
        "ok": True, "sent": False, "api_id": "kt10000", "env": "real", "base_url": sim.url, "request": BUY,
    }  # fmt: skip
    half = {**profile, "KIWOOM_SECRETKEY": "SET-BY-THE-USER"}
    [refused, _preview] = session_with(sim, work, "--base-url", sim.url, environment=half)
    assert "KIWOOM_SECRETKEY is set but KIWOOM_APPKEY is not" in refused.structured_content["error"]["message"]
    pasted = {**profile, "KIWOOM_APPKEY": sim.keys[0] + "\r", "KIWOOM_SECRETKEY": sim.keys[1]}
    [refused, _preview] = session_with(sim, work, "--base-url", sim.url, environment=pasted)
    error = refused.structured_content["error"]  # the variable named, not a field `appkey` of the agent's
    assert error["class"] == "ToolRefused" and "KIWOOM_APPKEY: a control or invisible" in error["message"], error
    assert sim.state.requests == before


def test_every_realtime_type_the_schema_offers_is_one_a_snapshot_registers(sim: Simulator) -> None:
    """The `types` enum of realtime_snapshot promises what the tool takes: each type it lists is known to the session
    (refused here only for the junk item sent with it, before anything is sent), and its description lists no
    other."""

    async def work(session: ClientSession) -> tuple[Any, dict[str, Any]]:
        tool = (await _tools(session))["realtime_snapshot"]
        offered = tool.input_schema["properties"]["types"]["items"]["enum"]
        calls = {
            kind: await session.call_tool("realtime_snapshot", {"types": [kind], "items": ["#"]}) for kind in offered
        }
        return tool, calls

    before = sim.state.requests
    tool, results = session_with(sim, work)
    assert sim.state.requests == before and {"0B", "00", "FE"} <= set(results)
    for kind, result in results.items():
        message = result.structured_content["error"]["message"]
        assert result.is_error is True and "unknown realtime types" not in message, (kind, message)
    listed = tool.description.split("Types: ", 1)[1]
    assert {entry.split("=", 1)[0] for entry in listed.rstrip(".").split(", ") if "=" in entry} == set(results)


def test_query_results_carry_the_unit_of_each_value(sim: Simulator) -> None:
    """An agent reads `mac: 40034` as a market cap in KRW 100 million, not in won: each result names the unit of
    every field that has one (a list's members as `list[].field`), and a unit that follows a request field (ka10013's
    `new`: KRW million for loans, shares for stock loans) as that request chose it."""

    async def work(session: ClientSession) -> list[Any]:
        credit = {"stk_cd": "005930", "dt": "20260105"}
        return [
            await session.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": "005930"}}),
            await session.call_tool(
                "query",
                {"api_id": "ka10081", "params": {"stk_cd": "005930", "base_dt": "20260105", "upd_stkpc_tp": "1"}},
            ),
            await session.call_tool("query", {"api_id": "ka10013", "params": {**credit, "qry_tp": "1"}}),
            await session.call_tool("query", {"api_id": "ka10013", "params": {**credit, "qry_tp": "2"}}),
        ]

    basic, daily, loans, stock_loans = (result.structured_content for result in session_with(sim, work))
    assert basic["units"]["mac"] == "KRW_100million" and basic["units"]["cur_prc"] == "KRW", basic.get("units")
    assert basic["units"]["flo_stk"] == "thousand_shares" and "stk_nm" not in basic["units"]
    assert daily["units"]["stk_dt_pole_chart_qry[].trde_prica"] == "KRW_million", daily.get("units")
    assert loans["units"]["crd_trde_trend[].new"] == "KRW_million", loans.get("units")
    assert stock_loans["units"]["crd_trde_trend[].new"] == "shares", stock_loans.get("units")
    assert "crd_trde_trend[].rpya" not in stock_loans["units"]  # the guide gives it no unit for stock loans


def test_search_apis_says_how_many_matched_and_refuses_no_word(sim: Simulator) -> None:
    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("search_apis", {"words": "미국"}),
            await session.call_tool("search_apis", {"words": "미국 차트"}),
            await session.call_tool("search_apis", {"words": "  "}),
        ]

    wide, narrow, blank = (result.structured_content for result in session_with(sim, work))
    assert wide["total"] > len(wide["apis"]) == 50 and "add words to narrow" in wide["note"], wide.get("total")
    assert narrow["total"] == len(narrow["apis"]) > 0 and "note" not in narrow
    assert blank["ok"] is False and blank["error"]["message"] == "search_apis: name at least one word"


def test_order_preview_refuses_what_the_mock_server_would_refuse(sim: Simulator) -> None:
    async def work(session: ClientSession) -> Any:
        return await session.call_tool("order_preview", {"api_id": "kt10000", "params": {**BUY, "dmst_stex_tp": "NXT"}})

    result = session_with(sim, work, KIWOOM_MCP_ALLOW_ORDERS="1")
    assert result.is_error is True and result.structured_content["error"]["class"] == "MockUnsupported"
    assert "KRX only" in result.structured_content["error"]["message"]


def test_a_mistyped_tr_suggests_the_nearest_to_the_agent(sim: Simulator) -> None:
    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("describe_api", {"api_id": "ka1001"}),
            await session.call_tool("query", {"api_id": "ka10O01", "params": {"stk_cd": "005930"}}),
        ]

    described, queried = session_with(sim, work)
    for result in (described, queried):
        assert result.is_error is True
        assert "did you mean 'ka10001'" in result.structured_content["error"]["message"], result.structured_content


def test_an_item_code_in_full_width_digits_is_refused_and_nothing_sent(sim: Simulator) -> None:
    async def work(session: ClientSession) -> Any:
        return await session.call_tool(
            "query", {"api_id": "ka10001", "params": {"stk_cd": "\uff10\uff10\uff15\uff19\uff13\uff10"}}
        )

    before = sim.state.requests
    result = session_with(sim, work)
    assert result.is_error is True and result.structured_content["error"]["retryable"] is False
    assert "stk_cd" in result.structured_content["error"]["message"]
    assert sim.state.requests == before


def test_paging_arguments_that_would_do_nothing_are_refused(sim: Simulator) -> None:
    """`all_pages` / `max_pages` for a TR that does not page, or `all_pages: false` beside `max_pages` (which reads
    pages): a tool error naming the argument, nothing sent, as the command line refuses an option that does nothing.
    `all_pages: false` alone is what a TR that answers once does, and is taken."""
    once = {"api_id": "ka10001", "params": {"stk_cd": "005930"}}
    paged = {"api_id": "ka10081", "params": {"stk_cd": "005930", "base_dt": "20260105", "upd_stkpc_tp": "1"}}
    refused = [
        ({**once, "all_pages": True}, "all_pages"),
        ({**once, "max_pages": 3}, "max_pages"),
        ({**paged, "all_pages": False, "max_pages": 2}, "all_pages"),
    ]

    async def work(session: ClientSession) -> tuple[list[Any], Any]:
        results = [await session.call_tool("query", arguments) for arguments, _ in refused]
        return results, await session.call_tool("query", {**once, "all_pages": False})

    before = sim.state.requests
    results, taken = session_with(sim, work)
    assert sim.state.requests == before + 2  # the one query taken: its token, its call
    for (arguments, argument), result in zip(refused, results, strict=True):
        error = result.structured_content["error"]
        assert result.is_error is True and error["class"] == "ToolRefused", (arguments, error)
        [problem] = error["problems"]
        assert problem["argument"] == argument and problem["rule"] == "paging", problem
        assert error["message"].startswith(f"query: {argument}: expected "), error["message"]
    assert taken.is_error is False and taken.structured_content["pages"] == 1


@pytest.mark.parametrize(
    "args",
    [("--base-url", "ftp://x"), ("--ws-url", "ws://127.0.0.1:1"), ("--timeout", "0"), ("--bogus",)],
    ids=["bad URL", "ws-url alone", "timeout 0", "unknown option"],
)
def test_a_server_that_cannot_start_writes_nothing_on_its_protocols_stdout(args: tuple[str, ...]) -> None:
    """`kiwoom mcp` refused at its start says why in one line on stderr (the client's log) and exits 2; its stdout
    is the protocol's, where an error envelope would reach the client as a malformed message: nothing is written
    there."""
    result = kiwoom("mcp", *args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and result.stderr.startswith("kiwoom: ") and result.stderr.count("\n") == 1


def test_a_real_order_needs_its_own_switch_not_the_mock_one() -> None:
    """KIWOOM_MCP_ALLOW_ORDERS=1 lets an agent place mock orders; on `--env real` (here a simulator of the real server)
    it offers no order tool, so an agent that sets `confirm: true` itself sends nothing real: real orders need the
    switch said as `real`."""

    async def submit(session: ClientSession) -> list[Any]:
        return [
            set(await _tools(session)),
            await session.call_tool("order_submit", {"api_id": "kt10000", "params": BUY, "confirm": True}),
            await session.call_tool("query", {"api_id": "kt10000", "params": BUY}),
        ]

    with running(env="real") as real:
        tools, submitted, queried = session_with(real, submit, "--env", "real", KIWOOM_MCP_ALLOW_ORDERS="1")
        assert real.state.orders_accepted == 0 and tools == TOOLS
        for refused in (submitted, queried):
            assert (
                refused.is_error is True
                and "KIWOOM_MCP_ALLOW_ORDERS=real" in refused.structured_content["error"]["message"]
            )
        tools, submitted, _ = session_with(real, submit, "--env", "real", KIWOOM_MCP_ALLOW_ORDERS="real")
        assert tools == {*TOOLS, "order_preview", "order_submit"}
        assert submitted.is_error is False and submitted.structured_content["env"] == "real"
        assert real.state.orders_accepted == 1


def test_an_order_whose_tool_call_was_cancelled_is_told_before_the_next_order_goes() -> None:
    """A client that gives up on order_submit (its read timeout, a cancellation: the SDK sends notifications/cancelled, and the server
    stops the call) gets no result, yet the order may stand. The next order_submit sends nothing and carries the
    record (what was sent, when, the TRs to look it up with); the one after it goes."""
    submit = {"api_id": "kt10000", "params": BUY, "confirm": True}

    async def work(session: ClientSession) -> list[Any]:
        await session.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": "005930"}})  # the token, cached
        server.state.faults = Faults(slow_seconds=600.0)  # placed at once, answered only as the simulator stops
        assert await _given_up(session, "order_submit", submit, lambda: server.state.orders_accepted == 1) == []
        server.state.faults = Faults()
        return [await session.call_tool("order_submit", submit), await session.call_tool("order_submit", submit)]

    with running(seed=76) as server:
        told, sent = session_with(server, work, KIWOOM_MCP_ALLOW_ORDERS="1")
        assert server.state.orders_accepted == 2  # the cancelled one and the last one, not the one told
    error = told.structured_content["error"]
    assert told.is_error is True and error["class"] == "ToolRefused" and "nothing was sent" in error["message"]
    [record] = error["in_doubt"]
    assert record["api_id"] == "kt10000" and record["request"] == BUY and record["why"] == "cancelled"
    assert record["look_up"] == ["ka10075", "ka10076"] and record["sent_at"] <= record["at"]
    assert sent.is_error is False and sent.structured_content["data"]["ord_no"]


def test_a_placed_orders_result_the_client_never_got_is_told_before_the_next_order_goes(tmp_path: Path) -> None:
    """The client gives up on order_submit (notifications/cancelled) while the server, stalled, has the placed order's
    answer in hand: the SDK drops a cancelled call's result, so the server keeps it, and the next order_submit sends
    nothing and carries it (the order number the server gave); the one after goes."""
    submit = {"api_id": "kt10000", "params": BUY, "confirm": True}
    held = tmp_path / "held"  # there while the server is stalled on the answer (late_signal's KIWOOM_TEST_HOLD)

    async def work(session: ClientSession) -> list[Any]:
        assert await _given_up(session, "order_submit", submit, held.exists) == []
        await anyio.sleep(0.2)  # the client's writer task (ready at once) puts the cancellation in the server's pipe
        held.unlink()  # the server goes on, the cancellation before it
        return [await session.call_tool("order_submit", submit), await session.call_tool("order_submit", submit)]

    with running(seed=77) as server:
        environment = cli_env(
            server, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_TEST_SIGNAL_AT="answer", KIWOOM_TEST_HOLD=str(held)
        )
        environment["PYTHONPATH"] = os.pathsep.join((str(LATE_SIGNAL), environment["PYTHONPATH"]))
        told, sent = session_with(server, work, environment=environment)
        first = min(server.state.account.orders)
        assert server.state.orders_accepted == 2  # the one whose result was lost and the last one, not the one told
    error = told.structured_content["error"]
    assert told.is_error is True and error["class"] == "ToolRefused" and "nothing was sent" in error["message"]
    [untold] = error["untold"]
    assert untold["ok"] is True and untold["api_id"] == "kt10000" and untold["data"]["ord_no"] == first
    assert "in_doubt" not in error
    assert sent.is_error is False and sent.structured_content["data"]["ord_no"] != first


def test_the_snapshots_us_exchanges_are_the_specs_table(sim: Simulator) -> None:
    """The exchanges the realtime_snapshot schema tells an agent a US item names are the us_exchange code table's
    (code and name, as the session's refusal words them), not a list of its own."""
    from generator.spec import yamlio

    from .conftest import SPECS

    async def work(session: ClientSession) -> Any:
        return (await _tools(session))["realtime_snapshot"]

    tool = session_with(sim, work)
    table = yamlio.load(SPECS / "codes" / "us_exchange.yaml")["codes"]
    told = ", ".join(f"{code['code']} {code['name'].upper()}" for code in table)
    assert f"names its exchange ({told}):" in tool.input_schema["properties"]["items"]["description"]


async def _journaled(store: Path, state: str) -> dict[str, Any]:
    """The one entry of the order journal in `store` once it is in `state` (the server writes it as the call goes)."""
    journal = store / "orders"
    for _ in range(1200):  # a generous deadline for a loaded machine, not a timing assert
        entries: list[dict[str, Any]] = [
            json.loads(path.read_text(encoding="utf-8")) for path in journal.glob("*.json")
        ]
        if entries and entries[0]["state"] == state:
            [entry] = entries
            return entry
        await anyio.sleep(0.05)
    raise AssertionError(f"no journal entry in state {state!r}: {list(journal.glob('*'))}")


def _kill(entry: dict[str, Any]) -> None:
    os.kill(entry["pid"], signal.SIGKILL)  # the server that wrote it: no chance to tidy anything


def test_a_placed_orders_result_the_client_never_got_is_told_by_the_next_server_when_its_own_was_killed(
    tmp_path: Path,
) -> None:
    """The client gives up on order_submit as the placed order's answer comes (its result is dropped), then the server
    is killed (SIGKILL): the result was kept in the order journal (0600, in KIWOOM_CONFIG_DIR, no key or secret in
    it), so the next server on that journal refuses the next order_submit with it (the order number), once; the
    order after that goes."""
    submit = {"api_id": "kt10000", "params": BUY, "confirm": True}
    store = tmp_path / "config"
    held = tmp_path / "held"  # there while the server is stalled on the answer (late_signal's KIWOOM_TEST_HOLD)

    async def dropped(session: ClientSession) -> dict[str, Any]:
        assert await _given_up(session, "order_submit", submit, held.exists) == []
        await anyio.sleep(0.2)  # the client's writer task (ready at once) puts the cancellation in the server's pipe
        held.unlink()  # the server goes on, the cancellation before it
        entry = await _journaled(store, "untold")
        _kill(entry)
        return entry

    async def after(session: ClientSession) -> list[Any]:
        return [await session.call_tool("order_submit", submit), await session.call_tool("order_submit", submit)]

    with running(seed=78) as server:
        stalled = cli_env(
            server,
            KIWOOM_MCP_ALLOW_ORDERS="1",
            KIWOOM_CONFIG_DIR=str(store),
            KIWOOM_TEST_SIGNAL_AT="answer",
            KIWOOM_TEST_HOLD=str(held),
        )
        stalled["PYTHONPATH"] = os.pathsep.join((str(LATE_SIGNAL), stalled["PYTHONPATH"]))
        entry = session_with(server, dropped, environment=stalled)
        [first] = server.state.account.orders
        journal = store / "orders"
        [kept] = journal.glob("*.json")
        assert stat.S_IMODE(journal.stat().st_mode) == 0o700 and stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert not any(secret in kept.read_text(encoding="utf-8") for secret in server.keys)
        assert entry["result"]["data"]["ord_no"] == first
        told, sent = session_with(server, after, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_CONFIG_DIR=str(store))
        assert server.state.orders_accepted == 2  # the one whose result was lost and the last one, not the one told
    error = told.structured_content["error"]
    assert told.is_error is True and error["class"] == "ToolRefused" and "nothing was sent" in error["message"]
    [untold] = error["untold"]
    assert untold["ok"] is True and untold["api_id"] == "kt10000" and untold["data"]["ord_no"] == first
    assert "in_doubt" not in error
    assert sent.is_error is False and sent.structured_content["data"]["ord_no"] != first
    assert list(journal.glob("*")) == []  # told, and the last order's result was written: nothing left to tell


def test_an_order_on_its_way_when_its_server_was_killed_is_told_in_doubt_by_the_next_server(tmp_path: Path) -> None:
    """The server is killed (SIGKILL) while an order it sent awaits its answer: the journal's record of the order,
    written before it went, makes the next server on that journal refuse the next order_submit with the order in
    doubt (what was sent, when, the TRs to look it up with), once; the order after that goes."""
    submit = {"api_id": "kt10000", "params": BUY, "confirm": True}
    store = tmp_path / "config"

    async def killed(session: ClientSession) -> None:
        async def call() -> None:
            with pytest.raises(Exception):  # noqa: B017 (the SDK's error of a call whose server ended)
                await session.call_tool("order_submit", submit, read_timeout_seconds=60.0)

        await session.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": "005930"}})  # the token, cached
        server.state.faults = Faults(slow_seconds=30.0)  # the order is placed at once, answered 30 s later
        async with anyio.create_task_group() as calls:
            calls.start_soon(call)
            while not server.state.account.orders:  # placed; its answer held back
                await anyio.sleep(0.02)
            _kill(await _journaled(store, "sending"))

    async def after(session: ClientSession) -> list[Any]:
        return [await session.call_tool("order_submit", submit), await session.call_tool("order_submit", submit)]

    with running(seed=79) as server:
        session_with(server, killed, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_CONFIG_DIR=str(store))
        server.state.faults = Faults()
        told, sent = session_with(server, after, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_CONFIG_DIR=str(store))
        assert server.state.orders_accepted == 2
    error = told.structured_content["error"]
    assert told.is_error is True and error["class"] == "ToolRefused" and "nothing was sent" in error["message"]
    [record] = error["in_doubt"]
    assert record["api_id"] == "kt10000" and record["request"] == BUY and record["look_up"] == ["ka10075", "ka10076"]
    assert record["why"].startswith("the MCP server that sent it ended") and record["sent_at"] <= record["at"]
    assert sent.is_error is False


def test_two_servers_on_one_journal_each_tell_their_own_orders_while_they_run(tmp_path: Path) -> None:
    """Two servers of one env share a journal (KIWOOM_CONFIG_DIR): the order in doubt that one's agent was not told
    of (its call cancelled) is told to that agent, not taken by the other server's next order_submit, which goes."""
    submit = {"api_id": "kt10000", "params": BUY, "confirm": True}
    store = tmp_path / "config"

    async def both() -> list[Any]:
        environment = cli_env(server, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_CONFIG_DIR=str(store))
        params = StdioServerParameters(command=sys.executable, args=["-m", "kiwoom_sdk.cli", "mcp"], env=environment)
        async with (
            stdio_client(params) as (read_a, write_a),
            ClientSession(read_a, write_a) as first,
            stdio_client(params) as (read_b, write_b),
            ClientSession(read_b, write_b) as second,
        ):
            await first.initialize()
            await second.initialize()
            await first.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": "005930"}})  # the token, cached
            server.state.faults = Faults(slow_seconds=600.0)  # placed at once, answered only as the simulator stops
            assert await _given_up(first, "order_submit", submit, lambda: server.state.orders_accepted == 1) == []
            await _journaled(store, "untold")
            server.state.faults = Faults()
            others = await second.call_tool("order_submit", submit)
            own = await first.call_tool("order_submit", submit)
            return [others, own]

    with running(seed=80) as server:
        others, own = anyio.run(both)
        assert server.state.orders_accepted == 2  # the cancelled one and the other server's
    assert others.is_error is False and others.structured_content["data"]["ord_no"]
    error = own.structured_content["error"]
    assert own.is_error is True and error["class"] == "ToolRefused" and "nothing was sent" in error["message"]
    [record] = error["in_doubt"]
    assert record["api_id"] == "kt10000" and record["why"] == "cancelled"


def test_an_order_whose_result_the_server_failed_to_make_is_told_in_doubt_before_the_next_order_goes(
    tmp_path: Path,
) -> None:
    """The order is placed, then the server fails to make its result (an error no result envelope says, as a bug
    would): the agent gets an error that says nothing of the order, so the next order_submit sends nothing and carries
    the order in doubt (what was sent, the TRs to look it up with), once; the one after goes (and fails alike)."""
    submit = {"api_id": "kt10000", "params": BUY, "confirm": True}

    async def work(session: ClientSession) -> Any:
        with pytest.raises(MCPError, match="struck as the result was made"):  # an error, not a result
            await session.call_tool("order_submit", submit)
        told = await session.call_tool("order_submit", submit)
        with pytest.raises(MCPError):  # the same fault: this one was placed too, and is kept in its turn
            await session.call_tool("order_submit", submit)
        return told

    with running(seed=81) as server:
        environment = cli_env(
            server, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_CONFIG_DIR=str(tmp_path), KIWOOM_TEST_SIGNAL_AT="result"
        )
        environment["PYTHONPATH"] = os.pathsep.join((str(LATE_SIGNAL), environment["PYTHONPATH"]))
        told = session_with(server, work, environment=environment)
        assert server.state.orders_accepted == 2  # the one whose result failed and the last one, not the one told
    error = told.structured_content["error"]
    assert told.is_error is True and error["class"] == "ToolRefused" and "nothing was sent" in error["message"]
    [record] = error["in_doubt"]
    assert record["api_id"] == "kt10000" and record["request"] == BUY and record["look_up"] == ["ka10075", "ka10076"]
    assert record["why"].startswith("RuntimeError: ")


def test_an_order_a_killed_server_left_untold_is_told_by_the_next_kiwoom_call(tmp_path: Path) -> None:
    """The command line shares the journal: a server killed (SIGKILL) while its order awaits the answer leaves the
    order's record, and the next `kiwoom call` of an order on that journal sends nothing and prints it (exit 10,
    `error.in_doubt`), once; the call after that goes."""
    submit = {"api_id": "kt10000", "params": BUY, "confirm": True}
    store = tmp_path / "config"

    async def killed(session: ClientSession) -> None:
        async def call() -> None:
            with pytest.raises(Exception):  # noqa: B017 (the SDK's error of a call whose server ended)
                await session.call_tool("order_submit", submit, read_timeout_seconds=60.0)

        await session.call_tool("query", {"api_id": "ka10001", "params": {"stk_cd": "005930"}})  # the token, cached
        server.state.faults = Faults(slow_seconds=30.0)  # the order is placed at once, answered 30 s later
        async with anyio.create_task_group() as calls:
            calls.start_soon(call)
            while not server.state.account.orders:  # placed; its answer held back
                await anyio.sleep(0.02)
            _kill(await _journaled(store, "sending"))

    order = ("call", "kt10000", "--dmst-stex-tp", "KRX", "--stk-cd", "005930", "--ord-qty", "1", "--trde-tp", "3")
    with running(seed=83) as server:
        session_with(server, killed, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_CONFIG_DIR=str(store))
        server.state.faults = Faults()
        environment = cli_env(server, KIWOOM_CONFIG_DIR=str(store))
        told = kiwoom(*order, "--confirm", "--format", "json", env=environment)
        assert server.state.orders_accepted == 1
        sent = kiwoom(*order, "--confirm", "--format", "json", env=environment)
        assert server.state.orders_accepted == 2
    assert told.returncode == 10, told.stderr
    error = json.loads(told.stdout)["error"]
    assert error["class"] == "OrderUntold" and "nothing was sent" in error["message"]
    [record] = error["in_doubt"]
    assert record["api_id"] == "kt10000" and record["request"] == BUY
    assert record["why"].startswith("the MCP server that sent it ended")
    assert sent.returncode == 0, sent.stderr


def test_an_order_a_killed_kiwoom_call_left_untold_is_told_by_the_next_order_submit(tmp_path: Path) -> None:
    """`kiwoom call kt10000 --confirm` killed (SIGKILL) with its placed order's answer in hand, before writing it: the
    next server on that journal refuses its first order_submit with the order in doubt, once; the one after goes."""
    submit = {"api_id": "kt10000", "params": BUY, "confirm": True}
    order = ("call", "kt10000", "--dmst-stex-tp", "KRX", "--stk-cd", "005930", "--ord-qty", "1", "--trde-tp", "3")
    store = tmp_path / "config"
    held = tmp_path / "held"

    async def after(session: ClientSession) -> list[Any]:
        return [await session.call_tool("order_submit", submit), await session.call_tool("order_submit", submit)]

    with running(seed=84) as server:
        stalled = cli_env(
            server, KIWOOM_CONFIG_DIR=str(store), KIWOOM_TEST_SIGNAL_AT="handed", KIWOOM_TEST_HOLD=str(held)
        )
        stalled["PYTHONPATH"] = os.pathsep.join((str(LATE_SIGNAL), stalled["PYTHONPATH"]))
        process = subprocess.Popen([sys.executable, "-m", "kiwoom_sdk.cli", *order, "--confirm", "--format", "json"],
                                   env=stalled, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        try:
            eventually(lambda: held.exists() or process.poll() is not None)
            os.kill(process.pid, signal.SIGKILL)
            process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            held.unlink(missing_ok=True)
        assert server.state.orders_accepted == 1
        told, sent = session_with(server, after, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_CONFIG_DIR=str(store))
        assert server.state.orders_accepted == 2
    error = told.structured_content["error"]
    assert told.is_error is True and error["class"] == "ToolRefused" and "nothing was sent" in error["message"]
    [record] = error["in_doubt"]
    assert record["api_id"] == "kt10000" and record["request"] == BUY
    assert record["why"] == "the kiwoom call that sent it ended before its outcome was told"
    assert sent.is_error is False


def test_no_order_goes_when_the_order_journal_cannot_be_written(sim: Simulator, tmp_path: Path) -> None:
    """The journal's directory is a file: order_submit is refused naming it, nothing sent."""
    (tmp_path / "orders").write_text("not a directory", encoding="utf-8")

    async def work(session: ClientSession) -> Any:
        return await session.call_tool("order_submit", {"api_id": "kt10000", "params": BUY, "confirm": True})

    before = sim.state.orders_accepted
    refused = session_with(sim, work, KIWOOM_MCP_ALLOW_ORDERS="1", KIWOOM_CONFIG_DIR=str(tmp_path))
    assert sim.state.orders_accepted == before
    error = refused.structured_content["error"]
    assert refused.is_error is True and error["class"] == "ToolRefused" and "nothing was sent" in error["message"]
    assert str(tmp_path / "orders") in error["message"]
