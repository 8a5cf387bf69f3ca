"""`kiwoom mcp`: an MCP server over stdio (the official MCP Python SDK) for AI agents.

Tools: `search_apis` and `describe_api` (the spec, with each TR's input schema: types, codes, required fields,
descriptions); `query` calls any HTTP TR that is not an order, its arguments validated by the library before
anything is sent; `realtime_snapshot` subscribes to realtime types for items, collects events for a bounded time
and count, unsubscribes and returns them typed; `condition_search` reads the condition searches saved for the account
(their list, or the items one finds now, domestic or US); `order_preview` and `order_submit` (which needs `confirm: true`)
exist only when the environment variable KIWOOM_MCP_ALLOW_ORDERS allows orders on the server's env (`orders_allowed`:
"1" for the mock env, "real" for either; `confirm` is the agent's to set, so a real order needs the user to have said
"real"). Every call's arguments are
checked against the tool's declared input schema before it runs (`_arguments`). Account numbers in results are
masked. Calls go through `AsyncKiwoom.call` and `AsyncKiwoom.realtime`: the library's validation, token cache, rate
limiter (one budget per app key), retry policy and order safety. The mock environment is the default; where the
server connects and with whose keys is decided by `_settings`, as for the command line (the keys from `--profile`,
the environment or a profile of the same env, never from the agent); the env and URL are checked when the server
starts and named in every result that went to, or would go to, the server. An order_submit cancelled by the client
after its order may have left gets no result (the SDK never answers a cancelled call): the next order_submit is refused
once with that order's record, or with the result it would have had (its order number) when its answer had come.
What the agent is to be told is kept in the order journal (`_journal`, on disk) from before the order goes until it
is told, so a server started after one that was killed tells it too.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import json
import math
import os
import sys
import time
from typing import TYPE_CHECKING, Any, NamedTuple

from ._catalog import SEARCH_SHOWN, Api, FieldSpec, apis, describe_lines, find, index, search, unknown

if TYPE_CHECKING:
    from .. import AsyncKiwoom, Kiwoom
    from .._core import OrderInDoubt
    from ._auth import Credentials
    from ._journal import Entry, Journal
    from ._settings import Target

ALLOW_ORDERS = "KIWOOM_MCP_ALLOW_ORDERS"
NUMBER_KINDS = frozenset({"int", "signed_int", "price", "decimal", "rate", "directed_rate"})
# The bounds of a realtime snapshot: a tool call that returns within half a minute, a result an agent can read.
SNAPSHOT_SECONDS = 5.0  # by default
SNAPSHOT_MAX_SECONDS = 30.0
SNAPSHOT_EVENTS = 50  # by default
SNAPSHOT_MAX_EVENTS = 500
SNAPSHOT_MAX_ITEMS = 100  # one REG message (the session's items_per_reg)
# The pages of one query: at Kiwoom's 5 queries a second about 4 s and a result an agent can read; a chart's all
# pages back to listing would otherwise be hundreds of calls in one tool call.
QUERY_MAX_PAGES = 20


ORDER_SWITCHES = {"mock": "1", "real": "real"}  # the value of ALLOW_ORDERS that allows the orders of each env


def orders_allowed(env: str) -> bool:
    """Does the server offer the order tools on `env`? Only when ALLOW_ORDERS is exactly "1" (the mock env) or
    "real" (either env): the agent sets `confirm` itself, so the user's switch is what stands between an agent and
    a real order, and a switch set for mock trading does not reach the real env."""
    given = os.environ.get(ALLOW_ORDERS)
    return given == ORDER_SWITCHES["real"] or (env == "mock" and given == ORDER_SWITCHES["mock"])


def order_switch(env: str) -> str:
    """The setting that allows the orders of `env`, as a person would write it: `KIWOOM_MCP_ALLOW_ORDERS=real`."""
    return f"{ALLOW_ORDERS}={ORDER_SWITCHES.get(env, ORDER_SWITCHES['real'])}"


def _property(field: FieldSpec) -> dict[str, Any]:
    from ._catalog import codes, field_summary

    schema: dict[str, Any] = {"description": f"{field['name']}: {field_summary(field)}"}
    schema["type"] = ["string", "number"] if field["kind"] in NUMBER_KINDS else "string"
    listed = codes(field.get("enum"))
    if listed:
        schema["enum"] = [code for code, _ko, _en in listed]
        schema["description"] += "; codes: " + ", ".join(f"{code}={ko}" for code, ko, _en in listed)
    if field.get("length") and schema["type"] == "string":
        schema["maxLength"] = field["length"]
    return schema


def input_schema(api: Api) -> dict[str, Any]:
    """The JSON Schema of one TR's arguments, from its spec: a property per request field, the required ones."""
    return {
        "type": "object",
        "properties": {field["name"]: _property(field) for field in api["request"]},
        "required": [field["name"] for field in api["request"] if field.get("required")],
        "additionalProperties": False,
    }


def _ids(order: bool) -> list[str]:
    return sorted(api_id for api_id, api in apis().items() if bool(api["order"]) == order)


def tool_schemas(env: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """name -> (description, input schema) of every tool offered now by a server of `env`."""
    call = {
        "params": {
            "type": "object",
            "description": "the TR's arguments by wire name (describe_api gives their schema)",
        },
    }
    tools: dict[str, tuple[str, dict[str, Any]]] = {
        "search_apis": (
            "Find Kiwoom TRs by words (Korean or English) in their ids, names and field names: the best "
            f"{SEARCH_SHOWN}, and how many matched in all (total).",
            _arguments(
                {
                    "words": {
                        "type": "string",
                        "description": "words separated by spaces, each of which a TR must contain, e.g. '일봉' or "
                        "'daily chart'",
                    }
                },
                "words",
            ),
        ),
        "describe_api": (
            "Everything the spec says of one TR (fields, kinds, units, codes, rules, mock support, errata) and the "
            "JSON Schema of its arguments (input_schema).",
            _arguments({"api_id": {"type": "string", "description": "a TR id or alias, e.g. ka10001"}}, "api_id"),
        ),
        "query": (
            "Call a Kiwoom query TR (never an order) and return its typed result (data) with the unit of each value "
            "that has one (units: KRW_100million, thousand_shares, ...; a list's members as list[].field); arguments "
            "are validated against the spec before anything is sent. Account numbers are masked.",
            _arguments(
                {
                    "api_id": {"type": "string", "enum": _ids(order=False)},
                    **call,
                    "all_pages": {
                        "type": "boolean",
                        "description": f"follow next-key to the last page, at most {QUERY_MAX_PAGES} pages (the"
                        " result's cont_yn is Y when more remain: narrow the query)",
                    },
                    "max_pages": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": QUERY_MAX_PAGES,
                        "description": "stop after this many pages",
                    },
                },
                "api_id",
            ),
        ),
    }
    tools["realtime_snapshot"] = _snapshot_schema()
    tools["condition_search"] = _condition_schema()
    if orders_allowed(env):
        order_ids = {"type": "string", "enum": _ids(order=True)}
        tools["order_preview"] = (
            "Validate an order and show the request that would be sent; sends nothing.",
            _arguments({"api_id": order_ids, **call}, "api_id", "params"),
        )
        tools["order_submit"] = (
            "Send an order. Needs confirm: true (after order_preview and the user's agreement).",
            _arguments(
                {
                    "api_id": order_ids,
                    **call,
                    "confirm": {"type": "boolean", "const": True, "description": "true: the user agreed to send it"},
                },
                "api_id",
                "params",
                "confirm",
            ),
        )
    return tools


def _arguments(properties: dict[str, Any], *required: str) -> dict[str, Any]:
    """A tool's input schema: these arguments, the `required` ones, no other."""
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False}


def _snapshot_schema() -> tuple[str, dict[str, Any]]:
    from .._registration import types_of, us_exchanges

    catalog = index()["realtime"]
    # The catalog has every realtime type of the specs; a snapshot registers only those a REG takes (02 comes of a
    # condition search, not of a REG).
    registered = {kind for section in {entry["section"] for entry in catalog.values()} for kind in types_of(section)}
    realtime = {kind: entry for kind, entry in catalog.items() if kind in registered}
    listed = ", ".join(f"{code}={entry['name_ko']} ({entry['name_en']})" for code, entry in realtime.items())
    description = (
        "Subscribe to realtime types for items, collect the events that arrive within `seconds` or until "
        "`max_events`, unsubscribe and return them, typed by the spec (account numbers masked). Kiwoom keeps one "
        "WebSocket session per app key: a snapshot replaces any other session of the same key (a running "
        f"`kiwoom stream`, say), and snapshots run one at a time. Types: {listed}."
    )
    return description, _arguments(
        {
            "types": {
                "type": "array",
                "items": {"type": "string", "enum": sorted(realtime)},
                "minItems": 1,
                "uniqueItems": True,
                "description": 'realtime types of one section (domestic or us), e.g. ["0B", "0D"]',
            },
            "items": {
                "type": "array",
                "items": {"type": "string"},
                "maxItems": SNAPSHOT_MAX_ITEMS,
                "description": (
                    'item codes, e.g. ["005930"]; [] for the types that take none (00, 04, 0s, 1h); a US item'
                    f" names its exchange ({us_exchanges()}): "
                    '["ND:NVDA", "NY:BRK.B"], for F4 / F5 too'
                ),
            },
            "seconds": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": SNAPSHOT_MAX_SECONDS,
                "default": SNAPSHOT_SECONDS,
                "description": "how long to collect events",
            },
            "max_events": {
                "type": "integer",
                "minimum": 1,
                "maximum": SNAPSHOT_MAX_EVENTS,
                "default": SNAPSHOT_EVENTS,
                "description": "stop after this many events",
            },
        },
        "types",
    )


def _condition_schema() -> tuple[str, dict[str, Any]]:
    from ..realtime import CONDITION_SEARCHES, SEQ_LENGTH

    sections = sorted(section for section, messages in CONDITION_SEARCHES.items() if messages.listing_api)
    apis_used = "; ".join(
        f"{section}: {CONDITION_SEARCHES[section].listing_api} / {CONDITION_SEARCHES[section].search_api}"
        for section in sections
    )
    description = (
        "The condition searches saved for the account (made in Kiwoom's trading app), over the WebSocket: without "
        "seq their list (seq, name); with seq the items that condition finds now, every page, typed by the spec "
        f"({apis_used}). It uses the app key's one WebSocket session, as realtime_snapshot does: one at a time."
    )
    return description, _arguments(
        {
            "section": {
                "type": "string",
                "enum": sections,
                "default": "domestic",
                "description": "whose condition searches: domestic or us",
            },
            "seq": {
                "type": "string",
                "pattern": f"^[0-9]{{1,{SEQ_LENGTH}}}$",
                "description": 'a condition\'s number as the list gives it, e.g. "1"',
            },
        }
    )


class Snapshot(NamedTuple):
    """The checked arguments of `realtime_snapshot`."""

    section: str
    types: list[str]
    items: list[str]
    seconds: float
    max_events: int

    @classmethod
    def of(cls, arguments: dict[str, Any]) -> Snapshot:
        """The arguments, already checked against the tool's input schema (types, bounds, defaults), or ToolRefused
        for what the schema cannot say: types of one section, the items the session would refuse."""
        from .._exceptions import ArgumentInvalid
        from .._registration import section_of
        from .._session import registration

        types, items = arguments["types"], arguments.get("items", [])
        try:
            section = section_of(types)
            registration(section, items, types)  # what the session would refuse, refused here
        except ArgumentInvalid as refused:
            raise ToolRefused(str(refused)) from None
        seconds = float(arguments.get("seconds", SNAPSHOT_SECONDS))
        max_events = int(arguments.get("max_events", SNAPSHOT_EVENTS))
        return cls(section, list(dict.fromkeys(types)), list(dict.fromkeys(items)), seconds, max_events)


class ToolRefused(Exception):
    """A tool call refused before anything was sent (the message says why; `problems` name the arguments that
    break the tool's input schema, see `_arguments.schema_problems`; `in_doubt` the orders the agent must look up
    first, as `_errors.doubt_record` gives them)."""

    def __init__(
        self,
        message: str,
        problems: list[dict[str, str]] | None = None,
        in_doubt: list[dict[str, Any]] | None = None,
        untold: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.problems = problems or []
        self.in_doubt = in_doubt or []
        self.untold = untold or []


WRITTEN_KEPT = 16  # order_submit results remembered after they were written, for a cancel that crossed them
ENDED = "the MCP server that sent it ended before its outcome was told"  # the why of a `sending` entry told


class Submission:
    """One order_submit call: has the client cancelled it, its result, and its journal entry (from before its order
    goes until its result is told)."""

    def __init__(self) -> None:
        self.cancelled = False
        self.result: dict[str, Any] | None = None
        self.entry: Entry | None = None


SUBMISSION: contextvars.ContextVar[Submission | None] = contextvars.ContextVar("kiwoom_mcp_submission", default=None)


def tells_of_an_order(result: dict[str, Any]) -> bool:
    """Does an order_submit result tell of an order: placed (its number), in doubt, or earlier ones it was to tell?"""
    error = result.get("error", {})
    return bool(result.get("ok") or error.get("in_doubt") or error.get("untold"))


class Tools:
    """The tool implementations; `settings` are the connection options of `kiwoom mcp`, their target checked here
    (ArgumentInvalid or CliFailure: the server does not start)."""

    def __init__(self, settings: dict[str, Any]) -> None:
        from ._settings import target

        self.settings = settings
        self.target: Target = target(settings)
        self._realtime = asyncio.Lock()  # one WebSocket session per app key: a second LOGIN takes the first over
        from ._journal import Journal

        # What the agent is to be told of its orders, on disk until it is (`_journal`).
        self.journal: Journal = Journal(self.target.env, self.target.base_url)
        self._unrecorded: list[dict[str, Any]] = []  # entries the journal failed to keep once their order went
        self._submitting: dict[str, Submission] = {}  # order_submit calls under way, by request id
        self._written: dict[str, Submission] = {}  # the last order_submits whose result was written, by request id

    async def run(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """Run a tool once its arguments keep to its input schema (ToolRefused naming each one that does not)."""
        from ._arguments import refusal, schema_problems

        env = self.target.env
        offered = tool_schemas(env)
        if name not in offered:
            absent = "" if orders_allowed(env) else f" (orders on the {env} env need {order_switch(env)})"
            raise ToolRefused(f"no tool {name!r}{absent}")
        problems = schema_problems(offered[name][1], arguments)
        for problem in problems:
            if problem["argument"] == "api_id" and problem["rule"] == "enum":  # a string, not one of the enum
                problem["expected"] = _wanted_api(arguments["api_id"], order=name != "query", env=env)
        if problems:
            raise ToolRefused(refusal(name, problems), problems)
        handler = getattr(self, f"tool_{name}")
        result: dict[str, Any] = await handler(arguments)
        return result

    async def tool_search_apis(self, arguments: dict[str, Any]) -> dict[str, Any]:
        try:
            matched = search(str(arguments.get("words", "")).split())
        except ValueError as refused:
            raise ToolRefused(f"search_apis: {refused}") from None
        result: dict[str, Any] = {"apis": matched.listed(), "total": matched.total}
        cut = matched.cut()
        if cut:
            result["note"] = cut
        return result

    async def tool_describe_api(self, arguments: dict[str, Any]) -> dict[str, Any]:
        api = self._api(arguments)
        return {"api": api, "input_schema": input_schema(api), "text": "\n".join(describe_lines(api))}

    def _api(self, arguments: dict[str, Any]) -> Api:
        api = find(arguments["api_id"])
        if api is None:
            raise ToolRefused(unknown(arguments["api_id"], "search_apis finds TRs"))
        return api

    def _validated(self, api: Api, arguments: dict[str, Any]) -> dict[str, Any]:
        from .._endpoints import ENDPOINTS

        body: dict[str, Any] = ENDPOINTS[api["id"]].validate(arguments.get("params", {}))
        self.target.check_served(api["id"], body)  # an order preview too: never one the mock server refuses
        return body

    async def tool_query(self, arguments: dict[str, Any]) -> dict[str, Any]:
        api = self._api(arguments)
        if api["order"]:  # the schema's enum holds none; kept here too, since query sends without confirm
            raise ToolRefused(f"query: api_id: expected {_wanted_api(api['id'], order=False, env=self.target.env)}")
        _paging_given(api, arguments)
        body = self._validated(api, arguments)
        limit = arguments.get("max_pages")
        follow = arguments.get("all_pages", False) or limit is not None
        return await self._send(api, arguments.get("params", {}), body, follow, int(limit or QUERY_MAX_PAGES))

    async def tool_order_preview(self, arguments: dict[str, Any]) -> dict[str, Any]:
        from ._output import masked

        api = self._api(arguments)
        body = self._validated(api, arguments)
        where = self.target
        return {
            "sent": False,
            "api_id": api["id"],
            "env": where.env,
            "base_url": where.base_url,
            "request": masked(body),
        }

    async def tool_order_submit(self, arguments: dict[str, Any]) -> dict[str, Any]:
        api = self._api(arguments)
        body = self._validated(api, arguments)
        if arguments.get("confirm") is not True:  # the schema's const: kept here too, this one sends an order
            raise ToolRefused("order_submit needs confirm: true; nothing was sent (use order_preview first)")
        submission = SUBMISSION.get() or Submission()
        self._tell_untold(submission)
        submission.entry = self._record(api, body)
        doubts: list[OrderInDoubt] = []
        try:
            return await self._send(api, arguments["params"], body, False, None, doubts)
        except BaseException as error:
            if not isinstance(error, Exception):  # cancelled: no result carries the record, the next order will
                from ._errors import doubt_record

                if doubts:
                    self._keep(submission, "untold", in_doubt=[doubt_record(d) for d in doubts])
                else:  # nothing was sent
                    submission.entry.drop()
            raise

    def _record(self, api: Api, body: dict[str, Any]) -> Entry:
        """The journal's entry of an order about to go (told as in doubt if this server ends before its outcome is
        told); ToolRefused, nothing sent, when it cannot be written."""
        from ._journal import order_record

        try:
            return self.journal.open("sending", in_doubt=[order_record(api["id"], body, ENDED)])
        except OSError as error:
            raise self._unusable(error) from None

    def _unusable(self, error: OSError) -> ToolRefused:
        return ToolRefused(
            f"order_submit: nothing was sent: the order journal {self.journal.directory} cannot be read or written"
            f" ({type(error).__name__}: {error.strerror or error}), and an order's result must be kept there"
            " until it is told (KIWOOM_CONFIG_DIR chooses its directory)"
        )

    def _keep(
        self,
        submission: Submission,
        state: str,
        result: dict[str, Any] | None = None,
        in_doubt: list[dict[str, Any]] | None = None,
    ) -> None:
        """The submission's journal entry in `state` with what it is to tell (a result replaces the record of the
        order as sent: it tells of it); an entry the journal fails to write is kept here, told by this server."""
        in_doubt = [] if result is not None else in_doubt
        try:
            if submission.entry is None:
                submission.entry = self.journal.open(state, result=result, in_doubt=in_doubt)
            else:
                submission.entry.set(state, result=result, in_doubt=in_doubt)
        except OSError as error:
            sys.stderr.write(f"kiwoom mcp: the order journal cannot be written ({error}): an order's outcome is kept in"
                             " memory until the next order_submit tells it\n")  # fmt: skip
            if state == "untold":
                self._unrecorded.append({"pid": self.journal.pid, "in_doubt": in_doubt or [], "result": result})

    def submit_begun(self, request_id: object) -> str:
        key = str(request_id)
        submission = self._submitting[key] = Submission()
        SUBMISSION.set(submission)
        return key

    def submit_aborted(self, key: str, error: BaseException) -> None:
        """The call ended without a result: cancelled (`tool_order_submit` kept what it is to tell), or failed in a
        way no result says (an order that went is then in doubt, told by the next order_submit)."""
        submission = self._submitting.pop(key, None)
        entry = submission.entry if submission is not None else None
        if submission is None or entry is None or entry.state != "sending" or not isinstance(error, Exception):
            return
        why = f"{type(error).__name__}: the MCP server failed before its outcome was told"
        self._keep(submission, "untold", in_doubt=[{**record, "why": why} for record in entry.content["in_doubt"]])

    def submit_ended(self, key: str, result: dict[str, Any], cancelled: bool) -> None:
        """An order_submit's result, about to be written: kept in the journal until the next order_submit tells it
        when the client cancelled the call (the SDK writes no result of a cancelled call), else kept there as
        `answered` (and remembered here) in case a cancel comes after it."""
        submission = self._submitting.pop(key)
        if not tells_of_an_order(result):
            if submission.entry is not None:
                submission.entry.drop()
            return
        submission.result = result
        if submission.cancelled or cancelled:
            self._keep(submission, "untold", result=result)
            return
        self._keep(submission, "answered", result=result)
        self._written[key] = submission
        while len(self._written) > WRITTEN_KEPT:
            oldest = self._written.pop(next(iter(self._written)))
            if oldest.entry is not None:
                oldest.entry.drop()

    def cancelled(self, request_id: object) -> None:
        """notifications/cancelled: the client gave up on the call (its timeout), so a result written for it
        crossed the cancel and was dropped by the client: an order_submit's is kept for the next order_submit."""
        key = str(request_id)
        if key in self._submitting:
            self._submitting[key].cancelled = True
        elif key in self._written:
            submission = self._written.pop(key)
            self._keep(submission, "untold", result=submission.result)

    def _tell_untold(self, submission: Submission) -> None:
        """ToolRefused carrying the orders no result told the agent of, once: the orders in doubt, and the results of
        orders answered (placed, their order number) that never reached it; its own (their calls were cancelled, or
        their results crossed a cancel) and those of a server that ended before it told them (`_journal`). An agent
        that never got an answer would send the order again, and it may stand. What it tells is kept in the journal
        as `submission`'s before the entries it tells leave it."""
        from .._policy import now
        from ._journal import to_tell

        try:
            claimed = self.journal.claim()
        except OSError as error:
            raise self._unusable(error) from None
        entries, self._unrecorded = [*claimed.entries, *self._unrecorded], []
        if not entries:
            return
        in_doubt, told = to_tell(entries, now().isoformat())
        self._keep(
            submission,
            "answered",
            result={"ok": False, "error": {"class": "ToolRefused", "in_doubt": in_doubt, "untold": told}},
        )
        claimed.done()
        ended = any(entry.get("pid") != self.journal.pid for entry in entries)
        said = [f"{d['api_id']} {d['request']}" for d in in_doubt]
        said += [
            f"{r.get('api_id') or r['error'].get('in_doubt', {}).get('api_id')} (untold[{i}])"
            for i, r in enumerate(told)
        ]
        raise ToolRefused(
            f"order_submit: nothing was sent: an earlier order_submit was cancelled after its order reached or may have"
            f" reached the server, or its server ended before telling its outcome ({', '.join(said)}), and its result"
            " never reached you"
            + (" (or reached you just before that server ended)" if ended else "")
            + ": read untold[] (the results of orders answered: ok with the order number, or their errors) and look"
            " each order of in_doubt[] up with the TRs of its look_up (query) before sending it again, then submit"
            " again",
            in_doubt=in_doubt,
            untold=told,
        )

    def _client(self) -> AsyncKiwoom:
        """A client of the library for one tool call, with the keys `_settings` chooses (never the agent's; looked
        up per call, so a profile saved while the server runs is used); the token cache and rate limiter are the
        library's, shared by every client of the same key."""
        from ._settings import client

        made: AsyncKiwoom = client(self.target, self._keys(), asynchronous=True)
        return made

    def _sync_client(self) -> Kiwoom:
        """As `_client`, a Kiwoom: for the command line's functions, run in a worker thread."""
        from ._settings import client

        made: Kiwoom = client(self.target, self._keys())
        return made

    def _keys(self) -> Credentials:
        from ._errors import CliFailure
        from ._settings import credentials

        try:
            return credentials(self.settings, self.target.env, ask=False)
        except CliFailure as refused:
            raise ToolRefused(refused.message) from None

    async def _send(
        self,
        api: Api,
        params: dict[str, Any],
        body: dict[str, Any],
        follow: bool,
        limit: int | None,
        doubts: list[OrderInDoubt] | None = None,
    ) -> dict[str, Any]:
        """Call the TR (every page when `follow`, up to `limit`): its typed data, account numbers masked, with the
        unit of each value (`_catalog.units` of the validated `body`) and where it went. The client's orders in
        doubt go to `doubts`, however the call ends."""
        import anyio

        from ._catalog import units
        from ._output import masked, page_data

        client = self._client()
        try:
            if follow:
                read = client.pages(functools.partial(client.call, api["id"], params), max_pages=limit)
                pages = [page async for page in read]
            else:
                pages = [await client.call(api["id"], params)]
        finally:
            if doubts is not None:
                doubts.extend(client.orders_in_doubt)
            with anyio.CancelScope(shield=True):  # the call is over: a cancellation now would lose its outcome
                await client.aclose()
        last = pages[-1]
        stopped = follow and last.cont_yn  # the page bound reached with more to come
        return {
            **({"note": f"stopped after {len(pages)} pages with more to come: narrow the query"} if stopped else {}),
            "api_id": api["id"],
            "name_ko": api["name_ko"],
            "env": self.target.env,
            "base_url": self.target.base_url,
            "pages": len(pages),
            "cont_yn": last.cont_yn,
            "return_msg": pages[0].return_msg,
            "data": masked(page_data(pages)),
            "units": units(api, body),
        }

    async def tool_condition_search(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The list of a section's condition searches, or the items one finds now: the command line's
        `kiwoom conditions` (its functions, in a worker thread: they drive a sync session)."""
        from ._output import masked
        from ._realtime_commands import condition_answer, condition_request, condition_rows

        section, seq = str(arguments.get("section", "domestic")), arguments.get("seq")
        message, api_id = condition_request(seq, section)
        made = self._sync_client()
        async with self._realtime:
            body = await asyncio.to_thread(condition_answer, message, api_id, section, lambda: made)
        rows = condition_rows(body, api_id, listing=seq is None)
        return {
            "env": self.target.env,
            "ws_url": self.target.ws_url,
            "section": section,
            "api_id": api_id,
            "conditions" if seq is None else "items": masked(rows),
        }

    async def tool_realtime_snapshot(self, arguments: dict[str, Any]) -> dict[str, Any]:
        from .._realtime import RealtimeEvent
        from ._output import event_row, masked

        asked = Snapshot.of(arguments)
        events: list[dict[str, Any]] = []
        async with self._realtime, self._client() as client, client.realtime(asked.section) as live:
            await live.register(asked.items, asked.types)
            started = time.monotonic()
            deadline = asyncio.timeout(asked.seconds)
            try:
                async with deadline:
                    async for event in live:
                        if isinstance(event, RealtimeEvent):  # not LOGIN, REG answers or notices
                            events.append(event_row(event))
                            if len(events) >= asked.max_events:
                                break
            except TimeoutError:
                if not deadline.expired():
                    raise
            elapsed = time.monotonic() - started
            # no REMOVE: closing the session ends its registrations, and the events collected are the result (a
            # REMOVE left unanswered would lose them to its timeout)
        return {
            "env": self.target.env,
            "ws_url": self.target.ws_url,
            "section": asked.section,
            "types": asked.types,
            "items": asked.items,
            "seconds": round(elapsed, 3),
            "ended": "max_events" if len(events) >= asked.max_events else "seconds",
            "count": len(events),
            "dropped": live.dropped,
            "events": masked(events),
        }


def _paging_given(api: Api, arguments: dict[str, Any]) -> None:
    """ToolRefused for a paging argument of `query` that would have no effect, as the command line refuses an option
    that does nothing (`refuse_unused`): `all_pages: true` or `max_pages` for a TR that does not page (one answer),
    and `all_pages: false` beside `max_pages`, which reads pages."""
    from ._arguments import refusal

    problems = []
    if not api["paging"]:
        pages = f"nothing: {api['id']} does not page (it answers once; describe_api says paging)"
        problems = [
            {"argument": name, "rule": "paging", "expected": pages, "given": json.dumps(arguments[name])}
            for name in ("all_pages", "max_pages")
            if name in arguments and arguments[name] is not False
        ]
    elif arguments.get("all_pages") is False and "max_pages" in arguments:
        problems = [
            {
                "argument": "all_pages",
                "rule": "paging",
                "expected": "true or nothing beside max_pages (which reads up to that many pages)",
                "given": "false",
            }
        ]
    if problems:
        raise ToolRefused(refusal("query", problems), problems)


def _wanted_api(api_id: str, order: bool, env: str) -> str:
    """What the api_id of a query (`order` False) or an order tool expects, said for the TR sent, in terms true of
    the tools a server of `env` offers now (the order tools exist only when `orders_allowed(env)`)."""
    api = find(api_id)
    if api is None:
        return f"the id of a TR ({unknown(api_id, 'search_apis finds TRs')})"
    if bool(api["order"]) == order:
        return f"the TR's id, {api['id']}, not an alias"
    if order:
        return f"an order TR ({api['id']} is not an order: use query)"
    if orders_allowed(env):
        return f"a TR that is not an order ({api['id']} is an order: use order_preview, then order_submit)"
    return (
        f"a TR that is not an order ({api['id']} is an order, and this server offers no order tools: they exist only"
        f" on the {env} env when its environment has {order_switch(env)})"
    )


def _error(error: BaseException, order: bool) -> dict[str, Any]:
    from ._errors import envelope

    if isinstance(error, ToolRefused):
        refused: dict[str, Any] = {"class": "ToolRefused", "message": str(error), "retryable": False}
        if error.problems:
            refused["problems"] = error.problems
        if error.in_doubt:
            refused["in_doubt"] = error.in_doubt
        if error.untold:
            refused["untold"] = error.untold
        return {"ok": False, "error": refused}
    body = envelope(error, order, cli=False)
    body["error"].pop("exit_code")
    for problem in body["error"].get("problems", []):
        problem.pop("option")
    return body


def build_server(settings: dict[str, Any], tools: Tools | None = None) -> Any:
    """The MCP server (a low-level `mcp.server.lowlevel.Server`): tools/list and tools/call, by `tools` (None: the
    Tools of `settings`)."""
    import anyio
    import mcp_types as types
    from mcp.server.lowlevel import Server

    from .._exceptions import KiwoomError
    from ._errors import CliFailure

    tools = tools or Tools(settings)

    async def list_tools(_ctx: Any, _params: Any) -> Any:
        listed = [
            types.Tool(name=name, description=description, input_schema=schema)
            for name, (description, schema) in tool_schemas(tools.target.env).items()
        ]
        return types.ListToolsResult(tools=listed)

    async def result_of(params: Any) -> dict[str, Any]:
        try:
            return {"ok": True, **await tools.run(params.name, dict(params.arguments or {}))}
        except (ToolRefused, KiwoomError, CliFailure) as error:  # CliFailure: a condition search left unanswered
            return _error(error, order=params.name == "order_submit")

    async def call_tool(ctx: Any, params: Any) -> Any:
        if params.name != "order_submit":
            result = await result_of(params)
        else:
            key = tools.submit_begun(ctx.request_id)
            try:
                result = await result_of(params)
            except BaseException as error:
                tools.submit_aborted(key, error)  # told by its journal entry
                raise
            # cancelled (its scope is, no deadline left) once the order's outcome was in hand: the SDK drops it
            tools.submit_ended(key, result, cancelled=anyio.current_effective_deadline() == -math.inf)
        text = json.dumps(result, ensure_ascii=False, default=str)
        return types.CallToolResult(
            content=[types.TextContent(text=text)], structured_content=result, is_error=not result["ok"]
        )

    async def cancelled(_ctx: Any, params: Any) -> None:
        tools.cancelled(params.request_id)

    server = Server("kiwoom", version=_version(), on_list_tools=list_tools, on_call_tool=call_tool)
    server.add_notification_handler("notifications/cancelled", types.CancelledNotificationParams, cancelled)
    return server


def _version() -> str:
    from .. import __version__

    return __version__


def serve(settings: dict[str, Any] | None = None) -> None:
    """Serve over stdin / stdout until the client closes them."""
    import anyio
    from mcp.server.stdio import stdio_server

    from ._settings import target

    settings = settings or {}
    tools = Tools(settings)  # refuses a target the library or `_settings` refuses: nothing is served
    server = build_server(settings, tools)
    where = target(settings)
    orders = "on" if orders_allowed(where.env) else f"off ({order_switch(where.env)} allows them)"
    sys.stderr.write(f"kiwoom mcp: {where.said()}; orders {orders}\n")  # for the client's log: where tool calls go

    async def main() -> None:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    anyio.run(main)
    tools.journal.ended()  # the client closed stdin: no cancel can cross a result written
