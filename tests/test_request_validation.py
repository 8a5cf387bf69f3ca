"""Requests are checked by kind and by the spec's trading rules before anything is sent.

Every bad argument of the table below is refused by the client with the field and the rule named, and the
simulator counts zero requests (not even a token request). The simulator reads the same spec rules: sent
raw, past the client, the same bodies are refused by it (1517 naming the field), and every order type the
rules allow is one it accepts.
"""

from __future__ import annotations

import datetime
import functools
import json
import numbers
import typing
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import httpx
import kiwoom_sdk
import pytest
from kiwoom_sdk import Kiwoom, RequestInvalid, codes
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._values import to_price
from kiwoom_sdk.sim import running
from pydantic import TypeAdapter, ValidationError

CASES: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent.parent / "generated" / "tests" / "http_cases.json").read_text(encoding="utf-8")
)
ORDER = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "10", "trde_tp": "0", "ord_uv": "60000"}
US_ORDER = {"stex_tp": "ND", "stk_cd": "AAPL", "ord_qty": "1", "trde_tp": "00", "ord_uv": "210.05"}
MODIFY = {"dmst_stex_tp": "KRX", "orig_ord_no": "0000001", "stk_cd": "005930", "mdfy_qty": "1", "mdfy_uv": "60000"}
BASES: dict[str, dict[str, Any]] = {
    "kt10000": ORDER,
    "kt10001": ORDER,
    "kt10006": ORDER,
    "kt10002": MODIFY,
    "kt10008": MODIFY,
    "kt10003": {"dmst_stex_tp": "KRX", "orig_ord_no": "0000001", "stk_cd": "005930", "cncl_qty": "0"},
    "kt50000": {"stk_cd": "M04020000", "ord_qty": "1", "ord_uv": "150000", "trde_tp": "00"},
    "ust20000": US_ORDER,
    "ust20001": {**US_ORDER, "stop_pric": ""},
    "ust20002": {"orig_ord_no": "000000050", "stex_tp": "ND", "stk_cd": "AAPL", "mdfy_uv": "210"},
}


def base(api_id: str) -> dict[str, Any]:
    return dict(BASES.get(api_id) or CASES[api_id]["request"])


HUGE = "9" * 100_000


class NumpyLikeInt:
    """An integer that is no int, as numpy's are: an `numbers.Integral` with `__index__`."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"NumpyLikeInt({self.value})"


numbers.Integral.register(NumpyLikeInt)
# (api_id, changed arguments, field named, rule named)
BAD: list[tuple[str, dict[str, Any], str, str]] = [
    # quantities: whole numbers of at least one share
    ("kt10000", {"ord_qty": -5}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": 0}, "ord_qty", "minimum"),
    ("kt10000", {"ord_qty": "0"}, "ord_qty", "minimum"),
    ("kt10000", {"ord_qty": 1.5}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": Decimal("2.5")}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": "abc"}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": "1e3"}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": "-1"}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": " 1"}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": True}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": float("nan")}, "ord_qty", "kind"),
    ("kt10000", {"ord_qty": ""}, "ord_qty", "required"),
    ("kt10000", {"ord_qty": HUGE}, "ord_qty", "max_length"),
    ("kt10000", {"ord_qty": float(2**53 + 2)}, "ord_qty", "kind"),  # a float that large may not be the number meant
    ("kt10001", {"ord_qty": 0}, "ord_qty", "minimum"),
    ("kt10006", {"ord_qty": -1}, "ord_qty", "kind"),
    ("kt10002", {"mdfy_qty": 0}, "mdfy_qty", "minimum"),
    ("kt10008", {"mdfy_qty": "x"}, "mdfy_qty", "kind"),
    ("kt10003", {"cncl_qty": -1}, "cncl_qty", "kind"),
    ("kt50000", {"ord_qty": 0}, "ord_qty", "minimum"),
    ("ust20000", {"ord_qty": 0}, "ord_qty", "minimum"),
    ("ust20001", {"ord_qty": 2.5}, "ord_qty", "kind"),
    # prices: positive, whole won, on a tick grid of the market
    ("kt10000", {"ord_uv": -100}, "ord_uv", "kind"),
    ("kt10000", {"ord_uv": 0}, "ord_uv", "tick"),
    ("kt10000", {"ord_uv": 60003}, "ord_uv", "tick"),
    ("kt10000", {"ord_uv": "60001"}, "ord_uv", "tick"),
    ("kt10000", {"ord_uv": 2001}, "ord_uv", "tick"),
    ("kt10000", {"ord_uv": Decimal("100.5")}, "ord_uv", "kind"),
    ("kt10000", {"ord_uv": 60000.5}, "ord_uv", "kind"),
    ("kt10000", {"ord_uv": "60,000"}, "ord_uv", "kind"),
    ("kt10000", {"ord_uv": "6e4"}, "ord_uv", "kind"),
    ("kt10000", {"ord_uv": [60000]}, "ord_uv", "kind"),
    ("kt10000", {"ord_uv": Decimal("Infinity")}, "ord_uv", "kind"),
    ("kt10000", {"ord_uv": "+60000"}, "ord_uv", "kind"),  # a sign is a direction in Kiwoom's answers, never a price's
    ("kt10000", {"ord_uv": "-0"}, "ord_uv", "kind"),
    ("ust20000", {"ord_uv": "+210.05"}, "ord_uv", "kind"),
    ("kt10001", {"ord_uv": "60007"}, "ord_uv", "tick"),
    ("kt10002", {"mdfy_uv": "59999"}, "mdfy_uv", "tick"),
    ("kt10002", {"mdfy_uv": ""}, "mdfy_uv", "required"),
    ("kt10008", {"mdfy_uv": -1}, "mdfy_uv", "kind"),
    ("kt50000", {"ord_uv": 150005}, "ord_uv", "tick"),
    ("kt50000", {"ord_uv": None}, "ord_uv", "required"),
    ("ust20000", {"ord_uv": "210.055"}, "ord_uv", "tick"),
    ("ust20000", {"ord_uv": Decimal("210.00001")}, "ord_uv", "kind"),
    ("ust20000", {"ord_uv": "-1"}, "ord_uv", "kind"),
    ("ust20002", {"mdfy_uv": "1.005"}, "mdfy_uv", "tick"),
    # which order types need, take or forbid a price
    ("kt10000", {"ord_uv": None}, "ord_uv", "required_when"),
    ("kt10000", {"ord_uv": ""}, "ord_uv", "required_when"),
    ("kt10000", {"trde_tp": "3"}, "ord_uv", "blank_unless"),
    ("kt10000", {"trde_tp": "6"}, "ord_uv", "blank_unless"),
    ("kt10000", {"trde_tp": "28"}, "cond_uv", "required_when"),
    ("kt10000", {"cond_uv": "59000"}, "cond_uv", "blank_unless"),
    ("kt10001", {"trde_tp": "13"}, "ord_uv", "blank_unless"),
    ("kt10006", {"trde_tp": "62", "ord_uv": ""}, "ord_uv", "required_when"),
    ("ust20000", {"trde_tp": "03"}, "ord_uv", "blank_unless"),
    ("ust20001", {"trde_tp": "34"}, "stop_pric", "required_when"),
    ("ust20001", {"trde_tp": "35", "ord_uv": ""}, "stop_pric", "required_when"),
    ("ust20001", {"stop_pric": "200"}, "stop_pric", "blank_unless"),
    # identifiers are text; codes are the table's; required fields are not blank
    ("kt10000", {"stk_cd": 5930}, "stk_cd", "kind"),
    ("kt10000", {"stk_cd": ""}, "stk_cd", "required"),
    ("kt10000", {"stk_cd": "   "}, "stk_cd", "required"),
    ("kt10000", {"dmst_stex_tp": ""}, "dmst_stex_tp", "required"),
    ("kt10000", {"dmst_stex_tp": "KRXX"}, "dmst_stex_tp", "code"),
    ("kt10000", {"trde_tp": 0}, "trde_tp", "code"),
    ("kt10000", {"trde_tp": "99"}, "trde_tp", "code"),
    ("kt10000", {"trde_tp": codes.AccountExchangeType("0")}, "trde_tp", "code"),  # '0' of another table: no limit order
    ("kt10000", {"trde_tp": b"0"}, "trde_tp", "code"),
    ("kt10000", {"stk_cd": "005930 "}, "stk_cd", "kind"),  # spaces around an item code would be sent with it
    ("kt10000", {"stk_cd": "\t005930"}, "stk_cd", "kind"),
    ("kt10000", {"stk_cd": "005930\n"}, "stk_cd", "kind"),
    ("kt10000", {"stk_cd": "005930\x00"}, "stk_cd", "kind"),
    ("kt10000", {"stk_cd": "\uff10\uff10\uff15\uff19\uff13\uff10"}, "stk_cd", "kind"),  # full-width digits
    ("kt10000", {"stk_cd": "\u0660\u0660\u0665\u0669\u0663\u0660"}, "stk_cd", "kind"),  # Arabic-Indic digits
    ("kt10000", {"stk_cd": "\udcff"}, "stk_cd", "kind"),  # a byte a locale could not decode: no character
    ("kt10000", {"ord_qty": "\uff11"}, "ord_qty", "kind"),
    ("kt10002", {"orig_ord_no": "\u0967"}, "orig_ord_no", "kind"),  # a Devanagari one
    ("ka10081", {"base_dt": "\uff12\uff10\uff12\uff16\uff10\uff12\uff12\uff10"}, "base_dt", "kind"),
    ("kt10002", {"orig_ord_no": "0000001 "}, "orig_ord_no", "kind"),
    ("kt10002", {"orig_ord_no": 1}, "orig_ord_no", "kind"),
    ("kt10003", {"orig_ord_no": ""}, "orig_ord_no", "required"),
    ("ka10001", {"stk_cd": ""}, "stk_cd", "required"),
    ("ka10001", {"stk_cd": 5930}, "stk_cd", "kind"),
    ("ka10001", {"stk_cd": b"005930"}, "stk_cd", "kind"),
    ("ka10001", {"stk_cd": HUGE}, "stk_cd", "max_length"),
    # dates: a datetime.date or a real YYYYMMDD
    ("ka10081", {"base_dt": "20261399"}, "base_dt", "kind"),
    ("ka10081", {"base_dt": "20260230"}, "base_dt", "kind"),
    ("ka10081", {"base_dt": 20260220}, "base_dt", "kind"),
    ("ka10081", {"base_dt": "2026-02-20"}, "base_dt", "kind"),
    ("ka10081", {"base_dt": "2026022"}, "base_dt", "kind"),
    ("ka10081", {"base_dt": ""}, "base_dt", "required"),
    ("ka10081", {"upd_stkpc_tp": "2"}, "upd_stkpc_tp", "code"),
    ("ka10080", {"base_dt": "20260132"}, "base_dt", "kind"),
    ("ka10086", {"qry_dt": datetime.time(9, 0)}, "qry_dt", "kind"),
    # a datetime's time of day would be dropped, and its day depends on the timezone (16:00 UTC is tomorrow in Seoul)
    ("ka10081", {"base_dt": datetime.datetime(2026, 2, 20, 23, 30)}, "base_dt", "kind"),
    ("ka10081", {"base_dt": datetime.datetime(2026, 2, 20, 16, 0, tzinfo=datetime.UTC)}, "base_dt", "kind"),
    ("ka10081", {"base_dt": datetime.datetime(2026, 2, 20, tzinfo=datetime.UTC)}, "base_dt", "kind"),
    ("usa06011", {"strt_dt": "2026030"}, "strt_dt", "kind"),
    # counts, ranks and amounts of queries
    ("ka10031", {"rank_strt": -1}, "rank_strt", "kind"),
    ("ka10031", {"rank_end": "ten"}, "rank_end", "kind"),
    ("ka10016", {"dt": 1.5}, "dt", "kind"),
    ("ka10054", {"min_trde_qty": ""}, "min_trde_qty", "required"),
    ("ka10054", {"min_trde_prica": -10}, "min_trde_prica", "kind"),
    ("ka10025", {"prps_cnctr_rt": "half"}, "prps_cnctr_rt", "kind"),
    ("kt00010", {"uv": -267000}, "uv", "kind"),
    ("kt00010", {"uv": "267000.5"}, "uv", "kind"),
    ("ust31302", {"fc_exmn_amt": ""}, "fc_exmn_amt", "required"),
    ("ust31302", {"fc_exmn_amt": "ten"}, "fc_exmn_amt", "kind"),
    ("ust31302", {"fc_exmn_amt": -5}, "fc_exmn_amt", "minimum"),  # an amount to exchange is never negative
    ("ust31300", {"fc_exmn_amt": "-0.5"}, "fc_exmn_amt", "minimum"),
    ("ka10025", {"prps_cnctr_rt": -5}, "prps_cnctr_rt", "minimum"),  # nor a concentration ratio
]


@pytest.fixture(scope="module")
def sim() -> Any:
    with running(seed=5) as simulator:
        yield simulator


@pytest.fixture(scope="module")
def kiwoom(sim: Any) -> Any:
    with Kiwoom(*sim.keys, base_url=sim.url) as client:
        yield client


def test_the_table_covers_orders_queries_and_charts() -> None:
    apis = {api_id for api_id, *_ in BAD}
    assert len(BAD) >= 60
    assert {a for a in apis if ENDPOINTS[a].order} >= {"kt10000", "kt10002", "kt10003", "kt50000", "ust20001"}
    assert {"ka10001", "ka10031", "ka10081", "ka10080", "usa06011"} <= apis  # queries and charts
    assert {rule for *_, rule in BAD} == {
        "kind", "minimum", "tick", "required", "required_when", "blank_unless", "code", "max_length"
    }  # fmt: skip


@pytest.mark.parametrize(("api_id", "change", "field", "rule"), BAD)
def test_a_bad_argument_is_refused_before_anything_is_sent(
    sim: Any, kiwoom: Any, api_id: str, change: dict[str, Any], field: str, rule: str
) -> None:
    before = sim.state.requests
    arguments = {**base(api_id), **change}
    with pytest.raises(RequestInvalid) as refused:
        getattr(kiwoom, api_id)(**arguments)
    assert sim.state.requests == before == 0  # nothing was sent, not even a token request
    assert (field, rule) in {(p.field, p.rule) for p in refused.value.problems}, refused.value.problems
    message = str(refused.value)
    assert field in message and len(message) < 600  # bounded, however large the input


def test_each_base_request_is_valid() -> None:
    """The table's refusals come from its changes, not from its starting points."""
    for api_id in {api_id for api_id, *_ in BAD}:
        ENDPOINTS[api_id].validate(base(api_id))


@pytest.mark.parametrize(
    ("api_id", "arguments", "wire"),
    [
        ("kt10000", {**ORDER, "ord_qty": 10, "ord_uv": 60000}, {"ord_qty": "10", "ord_uv": "60000"}),
        ("kt10000", {**ORDER, "ord_qty": 10.0, "ord_uv": Decimal("60000")}, {"ord_qty": "10", "ord_uv": "60000"}),
        ("kt10000", {**ORDER, "ord_uv": 60005}, {"ord_uv": "60005"}),  # an ETF's 5-won step: the client allows it
        ("kt10000", {**ORDER, "trde_tp": codes.TradeType.MARKET, "ord_uv": None}, {"trde_tp": "3"}),
        ("ust20000", {**US_ORDER, "ord_uv": Decimal("0.5123")}, {"ord_uv": "0.5123"}),  # sub-dollar: 1/100 cent
        ("ust20000", {**US_ORDER, "ord_uv": 210.05}, {"ord_uv": "210.05"}),
        ("ust20000", {**US_ORDER, "ord_uv": "210.050"}, {"ord_uv": "210.05"}),
        ("kt10000", {**ORDER, "ord_uv": Decimal("60000.00")}, {"ord_uv": "60000"}),  # won: never with a point
        ("kt10000", {**ORDER, "ord_uv": Decimal("6E+4")}, {"ord_uv": "60000"}),
        ("kt10003", BASES["kt10003"], {"cncl_qty": "0"}),  # 0: cancel all that remains
        ("ka10081", {**base("ka10081"), "base_dt": datetime.date(2026, 2, 20)}, {"base_dt": "20260220"}),
        ("ka10081", {**base("ka10081"), "base_dt": datetime.datetime(2026, 2, 20)}, {"base_dt": "20260220"}),  # a day
        ("ka10081", {**base("ka10081"), "base_dt": datetime.date(999, 1, 2)}, {"base_dt": "09990102"}),  # eight digits
        (
            "kt10000",
            {**ORDER, "ord_qty": NumpyLikeInt(7), "ord_uv": NumpyLikeInt(60000)},
            {"ord_qty": "7", "ord_uv": "60000"},
        ),
        ("kt10000", {**ORDER, "ord_uv": to_price("-60000")}, {"ord_uv": "60000"}),  # an answer's price, falling: 60000
        ("kt10000", {**ORDER, "trde_tp": codes.TradeType("0")}, {"trde_tp": "0"}),
        ("ka10016", {**base("ka10016"), "dt": 20}, {"dt": "20"}),
        ("ust21180", base("ust21180"), {"strt_dt": ""}),  # blank allowed: the guide's own example
    ],
)
def test_good_arguments_are_sent_as_the_wire_writes_them(
    api_id: str, arguments: dict[str, Any], wire: dict[str, str]
) -> None:
    body = ENDPOINTS[api_id].validate(arguments)
    assert {name: body[name] for name in wire} == wire


# ---- every request field of every TR, by its kind: a value of the wrong kind is refused, never reshaped --------


def _request_fields() -> dict[str, list[tuple[str, str, Any]]]:
    """kind -> (TR, wire name, the field's validating type) of every request field, the kind as the package's
    OpenAPI document gives it (`x-kiwoom-kind`, from the specs)."""
    document = json.loads(Path(kiwoom_sdk.__file__).with_name("openapi.json").read_text(encoding="utf-8"))
    fields: dict[str, list[tuple[str, str, Any]]] = {}
    for endpoint in ENDPOINTS.values():
        schema = document["components"]["schemas"][endpoint.request_class]
        model_fields = {info.alias or name: info for name, info in endpoint.request_model.model_fields.items()}
        for wire, described in schema["properties"].items():
            info = model_fields[wire]
            typed = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
            fields.setdefault(described["x-kiwoom-kind"], []).append((endpoint.api_id, wire, typed))
    return fields


FIELDS = _request_fields()
DAY_AND_TIME = datetime.datetime(2026, 2, 20, 9, 30)
EVERY_KIND = [True, False, b"1", ["1"], DAY_AND_TIME, "1\n", " 1", "1 ", "1\x00"]
# wrong for the kind; a kind's values that may still be right (a fraction for a decimal) are not listed for it
WRONG: dict[str, list[Any]] = {
    "text": [*EVERY_KIND, 5930, datetime.date(2026, 2, 20)],
    "code": [*EVERY_KIND, 0, 1, "one of no table"],
    "int": [*EVERY_KIND, 1.5, Decimal("1.5"), -1, "+1", "1e3", float("nan"), float(2**53 + 2), NumpyLikeInt(-1)],
    "price": [*EVERY_KIND, -1, "+1", "-1", Decimal("0.00001"), 1e-5, float("inf"), "1e3"],
    "rate": [*EVERY_KIND, float("nan"), Decimal("Infinity"), "1,5", "1e3"],
    "decimal": [*EVERY_KIND, float("nan"), Decimal("Infinity"), "1,5", "1e3"],
    "date": [
        *EVERY_KIND,
        20260220,
        "2026-02-20",
        "2026/02/20",
        "20260230",
        "00000000",
        datetime.datetime(2026, 2, 20, tzinfo=datetime.UTC),
        datetime.datetime(2026, 2, 20, 16, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9))),
    ],
}


def test_the_sweep_covers_every_kind_of_request_field() -> None:
    assert set(FIELDS) == set(WRONG), "a request field kind without wrong values to try"
    assert sum(map(len, FIELDS.values())) > 1000


@functools.cache
def _adapter(typed: Any) -> TypeAdapter[Any]:
    return TypeAdapter(typed)


def _tables(typed: Any) -> set[type[Enum]]:
    """The code tables a field's type names."""
    if isinstance(typed, type):
        return {typed} if issubclass(typed, Enum) else set()
    return set().union(*map(_tables, typing.get_args(typed)))


def _other_table_member(typed: Any) -> Enum | None:
    """A member of another code table whose value is a code of this field's table (it means something else)."""
    (table,) = _tables(typed)
    values = {member.value for member in table}
    others = (t for t in vars(codes).values() if isinstance(t, type) and issubclass(t, Enum) and t is not table)
    return next((member for other in others for member in other if member.value in values), None)


@pytest.mark.parametrize("kind", sorted(WRONG))
def test_a_value_of_the_wrong_kind_is_refused_by_every_field_of_that_kind(kind: str) -> None:
    accepted = []
    for api_id, wire, typed in FIELDS[kind]:
        wrong = WRONG[kind] + ([member] if kind == "code" and (member := _other_table_member(typed)) else [])
        for value in wrong:
            try:
                sent = _adapter(typed).validate_python(value)
            except ValidationError:
                continue
            accepted.append(f"{api_id}.{wire}: {value!r} -> {sent!r}")
    assert not accepted, accepted[:20]


# ---- one source: the simulator refuses by the same rules, and accepts what they allow -------------------------


def _token(sim: Any) -> str:
    answer = httpx.post(
        sim.url + "/oauth2/token",
        json={"grant_type": "client_credentials", "appkey": sim.keys[0], "secretkey": sim.keys[1]},
        headers={"api-id": "au10001", "content-type": "application/json;charset=UTF-8"},
    ).json()
    return str(answer["token"])


def _post(sim: Any, token: str, api_id: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = httpx.post(
        sim.url + ENDPOINTS[api_id].path,
        json=body,
        headers={
            "api-id": api_id,
            "content-type": "application/json;charset=UTF-8",
            "authorization": f"Bearer {token}",
        },
    )
    result: dict[str, Any] = answer.json()
    return result


def _json_value(value: Any) -> bool:
    """A value JSON carries as it is, within the simulator's body limit."""
    if isinstance(value, float):
        return value == value and abs(value) != float("inf")
    if isinstance(value, str) and value != value.encode("utf-8", "replace").decode("utf-8"):
        return False  # a lone surrogate: no JSON text holds it
    return value is None or (isinstance(value, (str, int)) and not isinstance(value, Enum) and value != HUGE)


# Past the client, the simulator refuses by the same rules; an off-grid price is the exchange's refusal instead
# (tests/test_sim_market.py), since the server knows the item's own grid.
RAW = [row for row in BAD if row[3] != "tick" and row[0].startswith("kt1") and all(map(_json_value, row[1].values()))]


@pytest.mark.parametrize(("api_id", "change", "field", "rule"), RAW)
def test_the_simulator_refuses_a_bad_body_sent_past_the_client(
    sim: Any, api_id: str, change: dict[str, Any], field: str, rule: str
) -> None:
    body = {k: v for k, v in {**base(api_id), **change}.items() if v is not None}
    answer = _post(sim, _token(sim), api_id, body)
    assert answer["return_code"] in (1511, 1517), answer  # missing, or of the wrong form
    assert field in answer["return_msg"]


@pytest.mark.parametrize(
    ("api_id", "field", "value"),
    [("kt10000", "ord_qty", 5), ("kt10000", "ord_uv", 0), ("kt10003", "cncl_qty", 0), ("ka10081", "base_dt", 20260223)],
)
def test_the_simulator_refuses_a_value_that_is_no_string(sim: Any, api_id: str, field: str, value: Any) -> None:
    """On the wire every value is a string (the documents say so, the client sends so): a JSON number for a numeric
    field is refused by name, as the documents' contract testers expect (schemathesis found them taken)."""
    body = {**base(api_id), field: value}
    answer = _post(sim, _token(sim), api_id, body)
    assert answer["return_code"] == 1517 and field in answer["return_msg"], answer
    assert _post(sim, _token(sim), api_id, {**body, field: str(value)})["return_code"] != 1517


@pytest.mark.parametrize("trde_tp", [c.value for c in codes.TradeType])
def test_every_order_type_the_rules_allow_is_one_the_simulator_takes(trde_tp: str) -> None:
    """The client builds each type's order as the rules say (a price, a stop price or none) and the
    simulator, reading the same rules, accepts it: the two never disagree on which types are priced."""
    with running(seed=2) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        price = int(kiwoom.ka10001(stk_cd="005930").raw["cur_prc"].lstrip("+-"))
        arguments: dict[str, Any] = {**ORDER, "trde_tp": trde_tp, "ord_qty": 1, "ord_uv": price, "cond_uv": price}
        for rule in ENDPOINTS["kt10000"].rules:
            if rule.blank_otherwise and not rule.applies(arguments):
                arguments[rule.target] = None
        answer = kiwoom.kt10000(**arguments)
        assert answer.return_code == 0 and answer.ord_no
