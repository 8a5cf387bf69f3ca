"""Everything the simulator remembers: the catalog, issued tokens, the market, the account,
the WebSocket sessions, and the fault settings."""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Collection
from dataclasses import InitVar, dataclass, field
from importlib import resources
from typing import Any, Literal

from ..realtime import PUSH_TRNM
from .account import Account
from .faults import Faults, Limiter
from .market import TODAY, Market, Rules
from .stream import Pool

Env = Literal["mock", "real"]
DAY = 86400.0

# The key pairs the simulator knows, per environment; keys of the other environment get 8030.
DEFAULT_KEYS: dict[Env, tuple[str, str]] = {
    "mock": ("SIM-MOCK-APPKEY", "SIM-MOCK-SECRETKEY"),
    "real": ("SIM-REAL-APPKEY", "SIM-REAL-SECRETKEY"),
}


class Catalog:
    """The simulator's view of the specs (kiwoom_sdk/sim/catalog.json, generated)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.apis: dict[str, dict[str, Any]] = data["apis"]
        self.realtime: dict[str, dict[str, Any]] = data["realtime"]
        self.errors: dict[str, str] = data["errors"]
        # errors the servers answer in a form of their own (errors.yaml answer): HTTP 429 for 1700 is return_code 5
        self.error_answers: dict[str, dict[str, Any]] = data["error_answers"]
        self.websocket_paths: dict[str, str] = data["websocket_paths"]
        self.websocket: dict[str, Any] = data["websocket"]  # LOGIN's answer and refusal, SYSTEM notices
        # per section: "list", the answer listing the saved conditions; "rows", the FIDs of a one-off search's rows
        self.conditions: dict[str, dict[str, Any]] = data["conditions"]
        self.rules = Rules.of(data["market"])
        self.unit_factors: dict[str, int] = data["unit_factors"]  # kinds.yaml: an amount's unit in won, dollars, shares
        self.recorded: list[dict[str, Any]] = data["recorded"]  # specs/recorded/*.json answers: name, api_id, payload
        self.paths = sorted({api["path"] for api in self.apis.values()})

    @classmethod
    def load(cls) -> Catalog:
        text = resources.files("kiwoom_sdk.sim").joinpath("catalog.json").read_text(encoding="utf-8")
        return cls(json.loads(text))

    def recordings(self, chosen: bool | Collection[str]) -> dict[str, dict[str, Any]]:
        """api-id -> recorded payload of the queries to answer as recorded: every TR with a recording (True; the
        first file by name where a TR has several), those of the files named (a collection of file names), or
        none (False). Orders stay with the account: a recorded acceptance would place nothing."""
        names = {case["name"] for case in self.recorded}
        unknown = sorted(set() if isinstance(chosen, bool) else set(chosen) - names)
        if unknown:
            raise ValueError(
                f"no recorded answer named {', '.join(unknown)} (recorded answers: {', '.join(sorted(names))})"
            )
        out: dict[str, dict[str, Any]] = {}
        for case in self.recorded:
            wanted = chosen is True or (not isinstance(chosen, bool) and case["name"] in chosen)
            if wanted and not self.apis[case["api_id"]]["order"]:
                out.setdefault(case["api_id"], case["payload"])
        return out

    def error_body(self, code: int, message: str) -> dict[str, Any]:
        """The body answering error `code` with its filled `message`: {return_code: code, return_msg: message}, or
        the form the servers use for it (errors.yaml answer)."""
        form = self.error_answers.get(str(code))
        if form is None:
            return {"return_code": code, "return_msg": message}
        text = str(form["return_msg"]).replace("{code}", str(code)).replace("{message}", message)
        return {"return_code": form["return_code"], "return_msg": text}

    def fixed(self, api_id: str, name: str) -> str | None:
        """The one value the spec fixes a request field of a TR to (its `const`: au10001's grant_type is
        "client_credentials"), or None for a field of any value."""
        value = self.apis[api_id]["fixed"].get(name)
        return None if value is None else str(value)

    def message(self, code: int, *fill: str) -> str:
        """The guide's message for a code, its {?} placeholders filled in order; a placeholder left
        unfilled reads "-", so that no answer carries the guide's template syntax."""
        text = self.errors.get(str(code), "")
        for item in fill:
            text = text.replace("{?}", item, 1)
        return text.replace("{?}", "-")


@dataclass
class Token:
    value: str
    env: Env
    expires_at: float  # time.time() seconds
    revoked: bool = False


@dataclass
class State:
    catalog: Catalog
    env: Env
    seed: int
    faults: Faults
    pages: int = 3
    today: datetime.date = TODAY
    market_open: InitVar[bool] = True  # then `market.is_open`
    recorded: bool | Collection[str] = False
    keys: dict[Env, tuple[str, str]] = field(default_factory=lambda: dict(DEFAULT_KEYS))
    tokens: dict[str, Token] = field(default_factory=dict)
    rng: random.Random = field(init=False)
    market: Market = field(init=False)
    account: Account = field(init=False)
    limiter: Limiter | None = field(init=False)
    recordings: dict[str, dict[str, Any]] = field(init=False)
    sessions: set[Any] = field(default_factory=set)  # websocket.Session
    pools: dict[str, Pool] = field(default_factory=dict)  # serialized REAL entries per realtime type
    streams: int = 0  # WebSocket sessions whose REAL stream started
    orders_accepted: int = 0
    requests: int = 0

    def __post_init__(self, market_open: bool) -> None:
        self.rng = random.Random(self.seed)
        self.market = Market(self.seed, rules=self.catalog.rules, today=self.today, is_open=market_open)
        self.account = Account(self.market, mock=self.env == "mock", listener=self.push)
        self.recordings = self.catalog.recordings(self.recorded)
        rate = self.faults.rate_limit_per_second
        self.limiter = Limiter(rate) if rate else None

    def token_ttl(self) -> float:
        return self.faults.token_ttl_seconds or DAY

    def pool(self, type_id: str) -> Pool:
        """The REAL entries streamed for a type, built once per simulator and shared by its sessions."""
        pool = self.pools.get(type_id)
        if pool is None:
            pool = self.pools[type_id] = Pool.build(type_id, self.catalog.realtime[type_id], self.seed)
        return pool

    def push(self, type_id: str, values: dict[str, str]) -> None:
        """Send an account push (00 order execution, 04 balance) to every session that registered it."""
        entry = {"type": type_id, "name": self.catalog.realtime[type_id]["name"], "item": values.get("9001", "")}
        for session in list(self.sessions):
            if session.wants(type_id):
                session.send({"trnm": PUSH_TRNM, "data": [{**entry, "values": values}]})
