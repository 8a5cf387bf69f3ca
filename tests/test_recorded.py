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
    api = corpus().apis[case.api_id]
    model = ENDPOINTS[case.api_id].response_model.model_validate(case.payload)
    return {path: (item, value) for path, item, value in _walk_model(model, api.response, "")}


@pytest.mark.parametrize("case", _params(ANSWERS))
def test_recorded_answer_decodes_to_typed_values(case: RecordedCase) -> None:
    problems = []
    for path, (item, value) in decoded_answer(case).items():
        if item is None:
            problems.append(f"{path}: not a field of {case.api_id} (kept untyped in model_extra)")
        elif (why := misfit("code" if item.enum else item.kind, value)) is not None:
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
