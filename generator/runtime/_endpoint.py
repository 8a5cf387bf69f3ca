"""What the client knows of each HTTP TR, and the validation of a request before it is sent."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from ._exceptions import FieldProblem, RequestInvalid, excerpt
from ._models import KiwoomRequest, KiwoomResponse


@dataclass(frozen=True)
class Rule:
    """A conditional requirement of the spec: `target` is required (or must stay blank) when
    every field named in `when` holds one of its listed codes."""

    target: str
    when: tuple[tuple[str, tuple[str, ...]], ...]
    require: bool = False
    blank_otherwise: bool = False

    def applies(self, body: dict[str, Any]) -> bool:
        return all(str(body.get(name, "")) in codes for name, codes in self.when)

    def broken(self, body: dict[str, Any]) -> str | None:
        blank = str(body.get(self.target, "")).strip() == ""
        condition = " and ".join(f"{name} is {' or '.join(codes)}" for name, codes in self.when)
        applies = self.applies(body)
        if self.require and applies and blank:
            return f"required when {condition}" if self.when else "must not be blank (the server refuses a blank value)"
        if self.blank_otherwise and not applies and not blank:
            return f"must be blank unless {condition}"
        return None


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

    def _model(self, name: str) -> Any:
        return getattr(importlib.import_module(f"kiwoom_sdk.models.{self.models}"), name)

    @property
    def request_model(self) -> type[KiwoomRequest]:
        model: type[KiwoomRequest] = self._model(self.request_class)
        return model

    @property
    def response_model(self) -> type[KiwoomResponse]:
        model: type[KiwoomResponse] = self._model(self.response_class)
        return model

    def validate(self, params: dict[str, Any]) -> dict[str, Any]:
        """The JSON body for these arguments, or RequestInvalid naming every broken rule."""
        model = self.request_model
        given = {name: value for name, value in params.items() if value is not None}
        try:
            body = model.model_validate(given).wire()
        except ValidationError as error:
            raise RequestInvalid(self.api_id, self.name_ko, _problems(model, error)) from None
        problems = [
            FieldProblem(rule.target, _korean(model, rule.target), "conditional", broken)
            for rule in self.rules
            if (broken := rule.broken(body)) is not None
        ]
        if problems:
            raise RequestInvalid(self.api_id, self.name_ko, problems)
        return body


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
        elif kind == "string_too_long":
            rule, detail = "max_length", f"longer than {context.get('max_length')} characters: {given}"
        elif kind == "enum":
            rule, detail = "code", f"{given} is not one of the codes {context.get('expected')}"
        elif kind == "extra_forbidden":
            rule, detail = "unknown_field", "not a field of this request"
        else:
            rule, detail = "type", f"{item['msg']}: {given}"
        problems[name] = FieldProblem(name, _korean(model, name), rule, detail)
    return list(problems.values())
