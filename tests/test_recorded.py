"""Recorded traffic through the public API: every answer and frame captured from Kiwoom's servers
(specs/recorded/) decodes to what its `expect` says, and every other value to a typed value that
fits its field: no raw strings, no unknown fields, no sign or scale against the field's meaning."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

import pytest
from kiwoom_sdk import Kiwoom, KiwoomError, Retry, errors, realtime
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._models import KiwoomModel
from kiwoom_sdk._values import DecimalPrice, DirectedRate, Price
from kiwoom_sdk.sim import Faults, running

from generator.spec.loader import load_corpus
from generator.spec.model import Corpus, Field
from generator.spec.recorded import RecordedCase, recorded_cases

from .conftest import ROOT, SPECS

CASES = recorded_cases(SPECS)
RATE_BOUND = Decimal(5000)  # a percentage beyond ±5000 % in a capture means a scale error


@cache
def corpus() -> Corpus:
    return load_corpus(SPECS).corpus


def _params(cases: list[RecordedCase]) -> list[Any]:
    return [pytest.param(case, id=case.name) for case in cases]


ANSWERS = [c for c in CASES if c.kind == "rest_response"]
REAL_FRAMES = [c for c in CASES if c.kind == "ws_frame" and c.payload.get("trnm") == "REAL"]


def test_recorded_cases_are_there() -> None:
    assert len(CASES) >= 28
    assert all(case.source.get("repo") or case.confidence == "likely-real" for case in CASES)


# ---- what a value must be, by kind ------------------------------------------------------------


def misfit(kind: str, value: Any) -> str | None:
    """Why a decoded value does not fit its kind (None when it does; None values always fit)."""
    if value is None or kind in ("text", "list", "object"):
        return None if value is None or kind != "text" or isinstance(value, str) else f"{value!r} is not text"
    expected: dict[str, tuple[type, ...]] = {
        "code": (Enum,),
        "int": (int, Decimal),
        "signed_int": (int, Decimal),
        "price": (Price, DecimalPrice),
        "decimal": (Decimal,),
        "rate": (Decimal,),
        "directed_rate": (DirectedRate,),
        "date": (datetime.date,),
        "time": (datetime.time,),
        "datetime": (datetime.datetime,),
        "clock_time": (datetime.time,),
        "flag": (bool,),
    }
    if not isinstance(value, expected[kind]) or type(value) is str:
        return f"{value!r} stays {type(value).__name__}, not a {kind}"
    typed: Any = value
    if kind in ("int", "signed_int") and isinstance(value, (Price, DecimalPrice)):
        return f"{value!r} is a price, not a {kind}"
    if kind == "int" and typed < 0:
        return f"{value!r} is negative, but a {kind} counts something"
    if kind in ("rate", "directed_rate") and abs(typed) > RATE_BOUND:
        return f"{value!r} % is beyond any plausible percentage (a scale error?)"
    if kind == "date" and not 1980 <= typed.year <= 2100:
        return f"{value!r} is not a plausible date"
    return None


def expected_problem(expect: Any, value: Any) -> str | None:
    """Why a decoded value differs from the case's `expect` (see specs/recorded/README.md)."""
    if isinstance(expect, dict) and "price" in expect:
        if not isinstance(value, (Price, DecimalPrice)):
            return f"{value!r} is not a price"
        if Decimal(value) != Decimal(str(expect["price"])) or value.direction != expect["direction"]:
            return (
                f"{value!r} (direction {value.direction}) is not {expect['price']} with direction {expect['direction']}"
            )
        return None
    if isinstance(expect, dict) and "text" in expect:
        return (
            None
            if value == expect["text"] and isinstance(value, str)
            else f"{value!r} is not the text {expect['text']!r}"
        )
    if expect is None:
        return None if value is None else f"{value!r} is not None"
    if isinstance(expect, bool):
        return None if value is expect else f"{value!r} is not {expect}"
    if isinstance(expect, int):
        plain = isinstance(value, int) and not isinstance(value, (bool, Price))
        return None if plain and value == expect else f"{value!r} is not the number {expect}"
    if isinstance(expect, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", expect):
        return None if value == datetime.date.fromisoformat(expect) else f"{value!r} is not the date {expect}"
    if isinstance(expect, str) and re.fullmatch(r"[+-]?\d+\.\d+", expect):
        plain = isinstance(value, Decimal) and not isinstance(value, DecimalPrice)
        return None if plain and value == Decimal(expect) else f"{value!r} is not the decimal {expect}"
    raise AssertionError(f"an expect this test cannot read: {expect!r}")


# ---- REST answers -----------------------------------------------------------------------------


def _by_wire(model: KiwoomModel) -> dict[str, Any]:
    return {(info.alias or name): getattr(model, name) for name, info in type(model).model_fields.items()}


def _walk_model(model: KiwoomModel, fields: list[Field], path: str) -> Iterator[tuple[str, Field | None, Any]]:
    """(path, field, decoded value) of every value in the answer; field None for a key the spec lacks."""
    values = _by_wire(model)
    known = {f.name: f for f in fields}
    for key in model.raw:
        item = known.get(key)
        if item is None:
            if key not in ("return_code", "return_msg"):
                yield f"{path}{key}", None, model.raw[key]
            continue
        value = values[key]
        if item.kind == "list":
            for i, member in enumerate(value or []):
                yield from _walk_model(member, item.fields, f"{path}{key}[{i}].")
        elif item.kind == "object" and isinstance(value, KiwoomModel):
            yield from _walk_model(value, item.fields, f"{path}{key}.")
        else:
            yield f"{path}{key}", item, value


def decoded_answer(case: RecordedCase) -> dict[str, tuple[Field | None, Any]]:
    return _decoded(case.api_id, ENDPOINTS[case.api_id].response_model.model_validate(case.payload))


def _decoded(api_id: str, model: KiwoomModel) -> dict[str, tuple[Field | None, Any]]:
    return {path: (item, value) for path, item, value in _walk_model(model, corpus().apis[api_id].response, "")}


@pytest.mark.parametrize("case", _params(ANSWERS))
def test_recorded_answer_decodes_to_typed_values(case: RecordedCase) -> None:
    problems = []
    for path, (item, value) in decoded_answer(case).items():
        if item is None:
            problems.append(f"{path}: not a field of {case.api_id} (kept untyped in model_extra)")
        elif (why := misfit(item.kind, value)) is not None:  # a flag with the yes_no table is a bool
            problems.append(f"{path} ({item.ko}, {item.kind}): {why}")
    assert not problems, f"{case.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("case", _params([c for c in ANSWERS if c.expect]))
def test_recorded_answer_meets_its_expectations(case: RecordedCase) -> None:
    decoded = decoded_answer(case)
    problems = []
    for path, expect in case.expect.items():
        if path not in decoded:
            problems.append(f"{path}: not in the decoded answer")
        elif (why := expected_problem(expect, decoded[path][1])) is not None:
            problems.append(f"{path}: {why}")
    assert not problems, f"{case.name}:\n" + "\n".join(problems)


def test_recorded_answers_read_through_the_client_as_through_their_model() -> None:
    """Each recorded answer, served by the simulator to a call of its TR, comes out of the client with every value
    its model gives: no row dropped (015 says "해당조회내역이 없습니다" beside its holding row), nothing left out."""
    canned: dict[str, list[tuple[int, Any]]] = {}
    for case in ANSWERS:
        canned.setdefault(case.api_id, []).append((200, case.payload))
    problems = []
    with (
        running(seed=3, faults=Faults(canned=canned)) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, retry=Retry(attempts=1)) as client,
    ):
        for case in ANSWERS:
            request = {k: v for k, v in HTTP_CASES[case.api_id]["request"].items() if v not in (None, "")}
            read = _decoded(case.api_id, getattr(client, case.api_id)(**request))
            expected = decoded_answer(case)
            if {k: repr(v) for k, (_, v) in read.items()} != {k: repr(v) for k, (_, v) in expected.items()}:
                problems.append(f"{case.name}: {sorted(set(expected) ^ set(read)) or 'values differ'}")
    assert not problems, "\n".join(problems)


# ---- REAL frames ------------------------------------------------------------------------------


def _fid_kinds(type_id: str) -> dict[str, str]:
    api = corpus().apis[type_id]
    out = {}
    for f in api.response:
        for ref in (r for member in [f, *f.fields] for r in member.fids):
            fid = corpus().fids[ref.fid]
            out[str(ref.fid)] = (
                "code" if ref.overrides.get("enum", fid.enum) else str(ref.overrides.get("kind", fid.kind))
            )
    return out


def _real_events(case: RecordedCase) -> list[realtime.RealtimeEvent]:
    events = realtime.decode(json.dumps(case.payload))
    assert events and all(isinstance(e, realtime.RealtimeEvent) for e in events)
    return [e for e in events if isinstance(e, realtime.RealtimeEvent)]


@pytest.mark.parametrize("case", _params(REAL_FRAMES))
def test_recorded_frame_decodes_to_typed_values(case: RecordedCase) -> None:
    problems = []
    for event in _real_events(case):
        assert type(event) is not realtime.RealtimeEvent, f"type {event.type} has no event class"
        kinds = _fid_kinds(event.type)
        problems += [f"FID {fid} = {raw!r}: not listed for {event.type}" for fid, raw in event.unknown_values.items()]
        for fid, attribute in event.FIDS.items():
            if fid in event.values and (why := misfit(kinds[fid], getattr(event, attribute))) is not None:
                problems.append(f"FID {fid} {attribute} ({kinds[fid]}): {why}")
    assert not problems, f"{case.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("case", _params([c for c in REAL_FRAMES if c.expect]))
def test_recorded_frame_meets_its_expectations(case: RecordedCase) -> None:
    event = _real_events(case)[0]
    problems = []
    for fid, expect in case.expect.items():
        value = getattr(event, event.FIDS[fid])
        if isinstance(expect, str) and not re.fullmatch(r"[\d.+-]+|\d{4}-\d{2}-\d{2}", expect):
            expect = DECISIONS[(case.api_id, fid)]  # the case asks for a decision; the spec records it
        if (why := expected_problem(expect, value)) is not None:
            problems.append(f"FID {fid} {event.FIDS[fid]}: {why}")
    assert not problems, f"{case.name}:\n" + "\n".join(problems)


# Where a case's `expect` asks for a decision instead of stating a value, the decision the specs took
# (fids.yaml gives the evidence).
DECISIONS: dict[tuple[str, str], Any] = {("0B", "851"): "116.90"}  # x100, an inference: see FID 851 in fids.yaml


# ---- scale: amounts, counts and prices that must agree --------------------------------------------

MONEY = ("KRW", "USD")
# Pairs of (amount, shares) labels an answer or frame carries next to its current price: a market cap is the listed
# shares at the price (a few % off at most: the cap is rounded down to 100 million won), a traded value the volume at
# the day's average price (which a closing price misses by much less than a factor of 1.5).
RELATIONS: list[tuple[re.Pattern[str], re.Pattern[str], Decimal]] = [
    (re.compile(r"^시가총액"), re.compile(r"^(?:상장주식수?|주식수)$"), Decimal("0.05")),
    (re.compile(r"^누적거래대금$"), re.compile(r"^누적거래량$"), Decimal("0.5")),
    (re.compile(r"^거래대금$"), re.compile(r"^(?:현재)?거래량$"), Decimal("0.5")),
    (re.compile(r"^매도금액$"), re.compile(r"^매도수량$"), Decimal("0.5")),  # program trading (0w)
    (re.compile(r"^매수금액$"), re.compile(r"^매수수량$"), Decimal("0.5")),
]


def _base(unit: str | None, value: Any) -> Decimal | None:
    """`value` in its unit's base (won, dollars, shares); None for a value without a known unit or not a number."""
    factors = corpus().unit_factors  # what one of each unit is worth in won, dollars or shares
    if unit not in factors or isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return None
    return Decimal(value) * factors[unit]


def scale_problems(row: dict[str, tuple[str, str | None, Any]]) -> list[str]:
    """Why the amounts of one row (label -> (ko, unit, value)) contradict its share counts at its price: the mark
    of a unit off by a power of ten."""
    prices = [(unit, v) for ko, unit, v in row.values() if ko == "현재가" and unit in MONEY and v]
    if not prices:
        return []
    unit, price = prices[0]
    problems = []
    for amount_ko, shares_ko, tolerance in RELATIONS:
        amounts = [(label, _base(u, v), u) for label, (ko, u, v) in row.items() if amount_ko.search(ko)]
        counts = [(label, _base(u, v), u) for label, (ko, u, v) in row.items() if shares_ko.search(ko)]
        for (a_label, amount, a_unit), (s_label, shares, s_unit) in (
            (a, s) for a in amounts for s in counts if a[1] and s[1]
        ):
            assert amount is not None and shares is not None
            ratio = amount / (shares * Decimal(price))
            if abs(ratio - 1) > tolerance:
                problems.append(
                    f"{a_label} ({a_unit}) is {ratio:.3g} x {s_label} ({s_unit}) at the price {price} {unit}:"
                    " one of the two units is off"
                )
    return problems


def _answer_rows(decoded: dict[str, tuple[Field | None, Any]]) -> dict[str, dict[str, tuple[str, str | None, Any]]]:
    rows: dict[str, dict[str, tuple[str, str | None, Any]]] = {}
    for path, (item, value) in decoded.items():
        if item is not None:
            prefix, _, _ = path.rpartition(".")
            rows.setdefault(prefix, {})[path] = (item.ko, item.unit_words, value)
    return rows


def _frame_rows(case: RecordedCase) -> dict[str, dict[str, tuple[str, str | None, Any]]]:
    rows = {}
    for i, event in enumerate(_real_events(case)):
        refs = {
            str(ref.fid): ref
            for f in corpus().apis[event.type].response
            for member in [f, *f.fields]
            for ref in member.fids
        }
        row = {}
        for fid, attribute in event.FIDS.items():
            if fid in event.values:
                spec = corpus().fids[int(fid)]
                unit = refs[fid].overrides.get("unit", spec.unit)
                row[f"FID {fid}"] = (spec.ko, unit, getattr(event, attribute))
        rows[f"{event.type}[{i}]"] = row
    return rows


@pytest.mark.parametrize("case", _params([*ANSWERS, *REAL_FRAMES]))
def test_recorded_amounts_agree_with_counts_and_prices(case: RecordedCase) -> None:
    rows = _answer_rows(decoded_answer(case)) if case.kind == "rest_response" else _frame_rows(case)
    problems = [f"{where or 'answer'}: {why}" for where, row in rows.items() for why in scale_problems(row)]
    assert not problems, f"{case.name}:\n" + "\n".join(problems)


def test_the_simulator_answers_in_the_recorded_scale() -> None:
    """The simulator's answers to the recorded TRs hold the same relations: it writes its amounts and counts in
    the units the server uses, and the specs read them so."""
    problems = []
    with running(seed=3) as sim, Kiwoom(*sim.keys, base_url=sim.url, retry=Retry(attempts=1)) as client:
        for api_id in sorted({c.api_id for c in ANSWERS if not ENDPOINTS[c.api_id].order}):
            request = {k: v for k, v in HTTP_CASES[api_id]["request"].items() if v not in (None, "")}
            rows = _answer_rows(_decoded(api_id, getattr(client, api_id)(**request)))
            problems += [f"{api_id} {where}: {why}" for where, row in rows.items() for why in scale_problems(row)]
    assert not problems, "\n".join(problems)


def test_the_scale_check_sees_a_unit_off_by_a_thousand() -> None:
    """The relation holds for a right row and fails when a count is read in the wrong unit."""
    row = {"mac": ("시가총액", "KRW_100million", 29911), "cur_prc": ("현재가", "KRW", Price(34950))}
    assert not scale_problems({**row, "flo_stk": ("상장주식", "thousand_shares", 85581)})
    assert scale_problems({**row, "stkcnt": ("주식수", "shares", 85581)})


# ---- error answers and control frames ---------------------------------------------------------

HTTP_CASES: dict[str, Any] = json.loads((ROOT / "generated" / "tests" / "http_cases.json").read_text(encoding="utf-8"))
REFUSAL = re.compile(r"\[2000\]\((?P<code>[^:)]+):(?P<reason>[^)]*)\)")
EMBEDDED = re.compile(r"\[(?:CODE=)?(?P<code>\d+)[:,]")


@pytest.mark.parametrize("case", _params([c for c in CASES if c.kind == "rest_error"]))
def test_recorded_error_answer_raises_a_typed_error(case: RecordedCase) -> None:
    """The recorded body, answered by the simulator to a valid call of its TR, becomes the error its
    message says: a refusal with the broker's reason, or the class of its embedded code."""
    request = {k: v for k, v in HTTP_CASES[case.api_id]["request"].items() if v not in (None, "")}
    faults = Faults(canned={case.api_id: [(case.http_status or 200, case.payload)]})
    with (
        running(seed=3, faults=faults) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, retry=Retry(attempts=1)) as client,
        pytest.raises(KiwoomError) as caught,
    ):
        getattr(client, case.api_id)(**request)
    error, message = caught.value, str(case.payload.get("return_msg", ""))
    assert type(error) is not KiwoomError, f"{case.name}: a bare KiwoomError for {message!r}"
    assert error.response == case.payload and error.api_id == case.api_id
    if refusal := REFUSAL.search(message):
        expected = errors.OrderRefused if ENDPOINTS[case.api_id].order else errors.RequestRefused
        assert isinstance(error, expected), error
        assert (error.reason_code, error.reason) == (refusal["code"], refusal["reason"])
    elif embedded := EMBEDDED.search(message):
        assert error.returned_code == int(embedded["code"])


def test_the_simulator_refuses_past_the_rate_as_the_server_did() -> None:
    """Past its rate the simulator answers a query with recorded 020's body, word for word: return_code 5 (a coarse
    class, not the guide's 1700) and the guide's code and message in brackets inside return_msg."""
    [case] = [c for c in CASES if c.kind == "rest_error" and c.http_status == 429]
    request = {k: v for k, v in HTTP_CASES[case.api_id]["request"].items() if v not in (None, "")}
    refused = []
    with (
        running(seed=3, faults=Faults(rate_limit_per_second=5)) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, retry=Retry(attempts=1), rate=1000, burst=100) as client,
    ):
        for _ in range(20):
            try:
                getattr(client, case.api_id)(**request)
            except errors.ApiRateLimitExceeded as error:
                refused.append(error)
    assert refused, "20 queries at once were all answered"
    assert all(error.response == case.payload and error.returned_code == 1700 for error in refused), refused[0].response


CONTROL_FRAMES = [c for c in CASES if c.kind == "ws_frame" and c.payload.get("trnm") != "REAL"]


@pytest.mark.parametrize("case", _params(CONTROL_FRAMES))
def test_recorded_control_frame_decodes_to_a_typed_message(case: RecordedCase) -> None:
    [message] = realtime.decode(json.dumps(case.payload))
    assert isinstance(message, realtime.SystemMessage) and message.trnm == case.payload["trnm"]
    if case.payload["trnm"] == "SYSTEM":
        assert isinstance(message, realtime.SystemNotice) and not message.ok
        assert (message.code, message.message) == (case.payload.get("code"), case.payload.get("message"))
    else:
        assert message.ok == (int(case.payload.get("return_code") or 0) == 0)
        known = {f.name for f in corpus().apis[case.api_id].response} if case.api_id in corpus().apis else set()
        spec = corpus().protocol["websocket"].get(case.payload["trnm"], {})
        answer = spec.get("answer", {}) if isinstance(spec, dict) else {}
        listed = known | set(answer) | {"trnm", "return_code", "return_msg", "data"}
        assert set(case.payload) <= listed, f"{case.name}: keys the spec does not know: {set(case.payload) - listed}"


def test_every_recorded_case_is_exercised() -> None:
    tested = {c.name for c in [*ANSWERS, *REAL_FRAMES, *CONTROL_FRAMES] + [c for c in CASES if c.kind == "rest_error"]}
    assert tested == {c.name for c in CASES}
