"""Per HTTP TR: the guide's request example validates; a request missing a required field, with
an over-length value or with an unknown code is refused before sending, naming the field; the
guide's response examples parse losslessly into typed values.

Generated from specs/ by `python -m generator build`; do not edit. The cases are in
http_cases.json beside this file.
"""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from kiwoom_sdk import FieldProblem, RequestInvalid, codes
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._models import KiwoomModel
from kiwoom_sdk._values import DecimalPrice, DirectedRate, Price

CASES: dict[str, Any] = json.loads((Path(__file__).parent / "http_cases.json").read_text(encoding="utf-8"))
TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "code": (str,),
    "int": (int,),
    "signed_int": (int,),
    "price": (Price, DecimalPrice),
    "decimal": (Decimal,),
    "rate": (Decimal,),
    "directed_rate": (DirectedRate,),
    "date": (datetime.date,),
    "time": (datetime.time,),
    "clock_time": (datetime.time,),
    "datetime": (datetime.datetime,),
    "flag": (bool,),
}


def _refused(api_id: str, body: dict[str, Any]) -> FieldProblem:
    with pytest.raises(RequestInvalid) as caught:
        ENDPOINTS[api_id].validate(body)
    assert caught.value.api_id == api_id
    assert api_id in str(caught.value)
    return caught.value.problems[0]


@pytest.mark.parametrize("api_id", sorted(CASES))
def test_request_example_validates(api_id: str) -> None:
    """The guide's example (or, without one, a request built from the spec) is accepted as is."""
    body = ENDPOINTS[api_id].validate(CASES[api_id]["request"])
    assert body == {key: value for key, value in CASES[api_id]["request"].items() if value is not None}
    guide = CASES[api_id]["guide_request"]
    if guide is not None and not CASES[api_id]["odd"]:
        assert ENDPOINTS[api_id].validate(guide) == {k: v for k, v in guide.items() if v is not None}


@pytest.mark.parametrize("api_id", sorted(a for a in CASES if CASES[a]["odd"]))
def test_guide_example_with_recorded_errors_is_refused(api_id: str) -> None:
    with pytest.raises(RequestInvalid) as caught:
        ENDPOINTS[api_id].validate(CASES[api_id]["guide_request"])
    assert sorted({p.field for p in caught.value.problems}) == CASES[api_id]["odd"]


@pytest.mark.parametrize("api_id, name", [(a, n) for a in sorted(CASES) for n in CASES[a]["required"]])
def test_missing_required_field_is_refused(api_id: str, name: str) -> None:
    body = {key: value for key, value in CASES[api_id]["request"].items() if key != name}
    problem = _refused(api_id, body)
    assert (problem.field, problem.rule) == (name, "required")
    assert problem.ko and problem.ko in str(problem)


@pytest.mark.parametrize("api_id, name", [(a, n) for a in sorted(CASES) for n in CASES[a]["lengths"]])
def test_over_length_value_is_refused(api_id: str, name: str) -> None:
    length = CASES[api_id]["lengths"][name]
    problem = _refused(api_id, {**CASES[api_id]["request"], name: "1" * (length + 1)})
    assert (problem.field, problem.rule) == (name, "max_length")
    assert str(length) in problem.detail


@pytest.mark.parametrize("api_id, name", [(a, n) for a in sorted(CASES) for n in CASES[a]["codes"]])
def test_unknown_code_is_refused(api_id: str, name: str) -> None:
    problem = _refused(api_id, {**CASES[api_id]["request"], name: "?unknown?"})
    assert (problem.field, problem.rule) == (name, "code")


def _no_value(kind: str, value: str) -> bool:
    """A zero placeholder, which reads as None: all zeros (no date, no time), or a price of zero whatever its sign
    (no price: specs/kinds.yaml)."""
    return not value.strip("0 ") or (kind == "price" and re.fullmatch(r"[+-]*0+(?:\.0+)?", value.strip()) is not None)


def _check(model: KiwoomModel, raw: dict[str, Any], kinds: dict[str, Any], where: str, odd: list[str]) -> None:
    """Assert every known field holds its kind's type (None when blank) and values an erratum calls
    wrong stay raw strings."""
    prefix = where.partition(":")[2]
    assert model.raw == raw, where
    fields = {info.alias or name: name for name, info in type(model).model_fields.items()}
    for key, value in raw.items():
        if key not in kinds:
            if key not in fields:  # a field the spec does not know is kept, not dropped
                assert (model.model_extra or {}).get(key) == value, f"{where}{key}"
            continue
        kind, parsed = kinds[key], getattr(model, fields[key])
        if isinstance(kind, dict):
            items = value if "list" in kind else [value]
            parsed_items = parsed if "list" in kind else [parsed]
            assert len(parsed_items) == len(items), f"{where}{key}"
            nested: dict[str, Any] = kind["list"] if "list" in kind else kind["object"]
            inner = f"{where}{key}{'[].' if 'list' in kind else '.'}"
            for parsed_item, item in zip(parsed_items, items, strict=True):
                _check(parsed_item, item, nested, inner, odd)
            continue
        if prefix + key in odd:
            assert parsed == value, f"{where}{key}: an odd value is kept as sent"
            continue
        if not isinstance(value, str) or not value.strip():
            assert parsed is None or not isinstance(value, str), f"{where}{key}: {value!r} -> {parsed!r}"
            continue
        if kind.startswith("code:"):
            enum: type[Enum] = getattr(codes, kind[5:])
            expected: tuple[type, ...] = (enum,) if value.strip() in {m.value for m in enum} else (str,)
        else:
            expected = TYPES[kind]
        assert isinstance(parsed, expected) or (parsed is None and _no_value(kind, value)), (
            f"{where}{key}: {value!r} -> {parsed!r}, expected {expected}"
        )


@pytest.mark.parametrize("api_id", sorted(a for a in CASES if CASES[a]["responses"]))
def test_response_example_parses_into_typed_values(api_id: str) -> None:
    for example in CASES[api_id]["responses"]:
        response = ENDPOINTS[api_id].response_model.model_validate(example)
        _check(response, example, CASES[api_id]["kinds"], f"{api_id}:", CASES[api_id]["odd_responses"])
