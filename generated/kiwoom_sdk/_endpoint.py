"""What the client knows of each HTTP TR, and the validation of a request before it is sent."""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ValidationError

from ._exceptions import FieldProblem, RequestInvalid, excerpt
from ._models import KiwoomRequest, KiwoomResponse
from ._types import NUMBER


@dataclass(frozen=True)
class Grid:
    """A price grid of specs/market.yaml: (bound, tick) steps, a price below `bound` moving in steps of `tick`;
    the last step has no bound."""

    name: str
    steps: tuple[tuple[Decimal | None, Decimal], ...]

    def tick(self, price: Decimal) -> Decimal:
        """The step of the grid at this price."""
        return next(tick for bound, tick in self.steps if bound is None or price < bound)

    def allows(self, price: Decimal) -> bool:
        """A positive price on the grid."""
        return price > 0 and price % self.tick(price) == 0

    def neighbours(self, price: Decimal) -> tuple[Decimal, Decimal]:
        """The grid's prices just below and just above an off-grid price."""
        tick = self.tick(price)
        below = price - price % tick
        return below, below + tick


@dataclass(frozen=True)
class Rule:
    """A rule of the spec about one request field (`target`), checked on the wire body:
    - `require`: required when every field named in `when` holds one of its listed codes (always, without `when`);
    - `blank_otherwise`: blank unless those conditions hold;
    - `allow_blank`: a required field that may be blank when they hold;
    - `minimum`: a value given is at least this number;
    - `grids`: a value given is a positive price on one of these grids.
    `source` says where the rule comes from (the guide, an exchange rule, a recorded refusal)."""

    target: str
    when: tuple[tuple[str, tuple[str, ...]], ...]
    require: bool = False
    blank_otherwise: bool = False
    allow_blank: bool = False
    minimum: int | None = None
    grids: tuple[Grid, ...] = ()
    source: str = ""

    def applies(self, body: dict[str, Any]) -> bool:
        return all(str(body.get(name, "")) in codes for name, codes in self.when)

    def broken(self, body: dict[str, Any]) -> tuple[str, str] | None:
        """(rule name, what is wrong) when the body breaks this rule."""
        value = str(body.get(self.target, "")).strip()
        condition = " and ".join(f"{name} is {' or '.join(codes)}" for name, codes in self.when)
        applies = self.applies(body)
        if self.require and applies and not value:
            if self.when:
                return "required_when", f"required when {condition}"
            return "required", "must not be blank (the server refuses a blank value)"
        if self.blank_otherwise and not applies and value:
            return "blank_unless", f"must be blank unless {condition}, not {excerpt(value)}"
        if not value or NUMBER.fullmatch(value) is None:  # blank, or refused by its kind already
            return None
        number = Decimal(value)
        if self.minimum is not None and number < self.minimum:
            return "minimum", f"must be at least {self.minimum}, not {value}"
        if self.grids and not any(grid.allows(number) for grid in self.grids):
            return "tick", _off_grid(number, self.grids)
        return None


def _off_grid(price: Decimal, grids: tuple[Grid, ...]) -> str:
    if price <= 0:
        return f"a price must be positive, not {price}"
    steps = "; ".join(f"{grid.name} moves by {grid.tick(price)} there" for grid in grids)
    nearest = sorted({n for grid in grids for n in grid.neighbours(price) if n > 0})
    return f"{price} is off the tick grid ({steps}): the nearest prices are {' and '.join(map(str, nearest))}"


@dataclass(frozen=True)
class ItemCode:
    """A kind of item code of specs/api.yaml (item_codes): `pattern` is the shape a whole value matches (a regular
    expression, not anchored), `shape` the same in words. A request field that carries such a code is refused
    before sending when it holds a value of another shape ("05930", "005930_NXT", "nvda")."""

    name: str
    pattern: str
    shape: str

    @functools.cached_property
    def _compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def fits(self, value: str) -> bool:
        """Whether `value` has this shape."""
        return self._compiled.fullmatch(value) is not None

    def problem(self, value: str) -> str | None:
        """What is wrong with a value given for a field of this kind (None when it fits, or is blank: a blank is
        the field's "not given", judged by its required rule)."""
        if not value.strip() or self.fits(value):
            return None
        return f"{excerpt(value)} is not an item code of its shape ({self.name}): {self.shape}"


@dataclass(frozen=True)
class Endpoint:
    """One HTTP TR: its id, names, URL path and where its models are."""

    api_id: str
    name_ko: str
    name_en: str
    path: str
    models: str  # module under kiwoom_sdk.models
    request_class: str  # model classes in that module
    response_class: str
    order: bool = False  # places, changes or cancels an order: never retried automatically
    paging: bool = False  # answers with cont-yn / next-key headers
    mock_supported: bool = True
    rules: tuple[Rule, ...] = ()
    mock_refused: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (field, NXT / SOR codes) the mock server refuses
    alias: str = ""  # the English alias of its client method (`stock_basic_info` for ka10001)
    look_up: tuple[str, ...] = ()  # an order's: the query TRs that show whether it stands (the spec's look_up)
    item_codes: tuple[tuple[str, ItemCode], ...] = ()  # (field, kind) of the fields that carry an item code

    def _model(self, name: str) -> Any:
        return getattr(importlib.import_module(f"kiwoom_sdk.models.{self.models}"), name)

    @functools.cached_property
    def request_model(self) -> type[KiwoomRequest]:
        model: type[KiwoomRequest] = self._model(self.request_class)
        return model

    @functools.cached_property
    def response_model(self) -> type[KiwoomResponse]:
        model: type[KiwoomResponse] = self._model(self.response_class)
        return model

    def validate(self, params: dict[str, Any], *, grids: bool = True) -> dict[str, Any]:
        """The JSON body for these arguments, or RequestInvalid naming every broken rule: each value checked by
        its kind (see kiwoom_sdk._types), required fields present and not blank, an item code of its field's shape
        (`item_codes`), then the spec's rules. With `grids=False` the price grids are left to the caller (the
        simulator checks an item's own grid, as the exchange does, and answers as Kiwoom does)."""
        model = self.request_model
        given = {name: value for name, value in params.items() if value is not None}
        try:
            body = model.model_validate(given).wire()
        except ValidationError as error:
            raise RequestInvalid(self.api_id, self.name_ko, _problems(model, error)) from None
        problems = [
            FieldProblem(name, _korean(model, name), "required", "must not be blank")
            for name in self._required
            if str(body.get(name, "")).strip() == "" and not self._blank_allowed(name, body)
        ]
        problems += [
            FieldProblem(name, _korean(model, name), "item_code", wrong)
            for name, kind in self.item_codes
            if isinstance(body.get(name), str) and (wrong := kind.problem(body[name])) is not None
        ]
        problems += [
            FieldProblem(rule.target, _korean(model, rule.target), *broken)
            for rule in self.rules
            if (grids or not rule.grids) and (broken := rule.broken(body)) is not None
        ]
        if problems:
            raise RequestInvalid(self.api_id, self.name_ko, problems)
        return body

    @functools.cached_property
    def _required(self) -> tuple[str, ...]:
        """The wire names of the required fields."""
        return tuple(info.alias or name for name, info in self.request_model.model_fields.items() if info.is_required())

    def _blank_allowed(self, name: str, body: dict[str, Any]) -> bool:
        return any(rule.allow_blank and rule.target == name and rule.applies(body) for rule in self.rules)


def _korean(model: type[BaseModel], name: str) -> str:
    for attribute, info in model.model_fields.items():
        if name in (attribute, info.alias):
            return info.description or ""
    return ""


SECRET_FIELDS = frozenset({"appkey", "secretkey", "token"})  # their values never appear in errors


def _problems(model: type[BaseModel], error: ValidationError) -> list[FieldProblem]:
    problems: dict[str, FieldProblem] = {}
    for item in error.errors(include_url=False):
        name = str(item["loc"][0]) if item["loc"] else ""
        if name in problems:  # a coded field is "a code or blank": report the code, not both
            continue
        kind = item["type"]
        context = item.get("ctx") or {}
        given = "(hidden)" if name in SECRET_FIELDS else excerpt(item.get("input"))
        if kind == "missing":
            rule, detail = "required", "required field missing"
        elif kind in ("string_too_long", "too_long"):
            rule, detail = "max_length", f"longer than {context.get('max_length')} characters: {given}"
        elif kind == "string_pattern_mismatch":  # a text written in a format (YYYYMM, HHMM, ...)
            rule, detail = "format", f"{given} is not written as {context.get('pattern')} asks"
        elif kind == "enum":
            rule, detail = "code", f"{given} is not one of the codes {context.get('expected')}"
        elif kind == "literal_error":  # a field the spec fixes to one value (const)
            rule, detail = "const", f"{given} is not {context.get('expected')}, the one value it takes"
        elif kind == "extra_forbidden":
            rule, detail = "unknown_field", "not a field of this request"
        elif kind == "code_table":  # a member of another code table (kiwoom_sdk._types.code_argument)
            rule, detail = "code", item["msg"]
        elif kind.startswith("kind_"):  # refused by its value kind (kiwoom_sdk._types), a secret's value unquoted
            rule, detail = "kind", item["msg"] if name not in SECRET_FIELDS else str(context.get("message", "not text"))
        else:
            rule, detail = "type", f"{item['msg']}: {given}"
        problems[name] = FieldProblem(name, _korean(model, name), rule, detail)
    return list(problems.values())
