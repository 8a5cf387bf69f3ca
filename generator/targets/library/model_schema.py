"""JSON Schema of every HTTP TR's request and response, the input of datamodel-code-generator.

One document holds every model under `$defs`. A definition's name is `<module>.<Class>`, so the
code generator writes one module per category (`kiwoom_sdk.models.domestic.stkinfo`); value
types and code tables are classes the package already has, named by `customTypePath`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...names import (
    field_attribute,
    item_class,
    model_class,
    models_module,
    price_decimals,
    reference_anchor,
    reference_url,
    request_value_type,
    response_value_type,
    scaled,
)
from ...spec.kinds import request_shape
from ...spec.model import Api, Corpus, Field

REQUEST_BASE = "kiwoom_sdk._models.KiwoomRequest"
RESPONSE_BASE = "kiwoom_sdk._models.KiwoomResponse"
ITEM_BASE = "kiwoom_sdk._models.KiwoomModel"


@dataclass
class ModelSchema:
    document: dict[str, Any]
    aliases: dict[str, str] = field(default_factory=dict)  # wire name -> attribute, where they differ
    scales: list[tuple[str, int]] = field(default_factory=list)  # (price or decimal, scale) that need a value type
    price_decimals: list[int] = field(default_factory=list)  # decimals of request prices that need a type


def _description(f: Field) -> str:
    """A field's Korean name, and its unit where it has one: '시가총액 · KRW_100million'."""
    return f"{f.ko} · {f.unit_words}" if f.unit_words else f.ko


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}
        self.aliases: dict[str, str] = {}
        self.scales: set[tuple[str, int]] = set()
        self.price_decimals: set[int] = set()

    @staticmethod
    def imported(path: str) -> dict[str, str]:
        """A value typed by a class the package already has (a code table, a value type)."""
        return {"type": "string", "customTypePath": path}

    def name(self, wire: str) -> None:
        attribute = field_attribute(wire)
        if attribute != wire:
            self.aliases[wire] = attribute

    def request_field(self, f: Field) -> dict[str, Any]:
        self.name(f.name)
        if f.value.const is not None:  # the one value it takes (au10001's grant_type), given unless said otherwise
            return {"type": "string", "const": f.value.const, "default": f.value.const, "description": f.ko}
        schema: dict[str, Any] = {
            **self.imported(request_value_type(f)),
            "description": f.ko,
        }  # RequestInvalid names a field by it
        if f.enum:  # a blank code means "not given": the guide's own examples send "" for coded fields
            return schema
        if f.kind == "price":
            self.price_decimals.add(price_decimals(f))
        if f.length:
            schema["maxLength"] = f.length
        shape = request_shape(f)
        if shape is not None:  # written in its format, or blank (not given)
            schema["pattern"] = f"^({shape})?$"
        return schema

    def response_field(self, f: Field, module: str, owner: str) -> dict[str, Any]:
        self.name(f.name)
        if f.kind in ("list", "object"):
            item = item_class(owner, f.name, f.kind)
            self.object(f"{module}.{item}", f.fields, module, item, ITEM_BASE)
            ref = {"$ref": f"#/$defs/{module}.{item}"}
            if f.kind == "list":
                return {"type": "array", "items": ref, "default": [], "description": f.ko}
            return {**ref, "description": f.ko}
        number = scaled(f)
        if number and not f.enum:
            self.scales.add(number)
        return {**self.imported(response_value_type(f)), "description": _description(f)}

    def object(self, key: str, fields: list[Field], module: str, owner: str, base: str) -> None:
        self.defs[key] = {
            "type": "object",
            "title": key.rsplit(".", 1)[-1],
            "customBasePath": base,
            "properties": {f.name: self.response_field(f, module, owner) for f in fields},
        }

    def api(self, api: Api) -> None:
        module = models_module(api.section, api.category)
        request = model_class(api.id, "Request")
        self.defs[f"{module}.{request}"] = {
            "type": "object",
            "title": request,
            "description": f"{api.id} {api.name_ko} ({api.name_en}): the request body.",
            "customBasePath": REQUEST_BASE,
            "properties": {f.name: self.request_field(f) for f in api.request},
            "required": [f.name for f in api.request if f.caller_gives],
        }
        response = model_class(api.id, "Response")
        self.object(f"{module}.{response}", api.response, module, model_class(api.id, ""), RESPONSE_BASE)
        self.defs[f"{module}.{response}"]["description"] = (
            f"{api.id} {api.name_ko} ({api.name_en}): the response body; every field with its kind and unit: "
            f"{reference_url(api.section, api.category, reference_anchor(api.id, api.alias, api.protocol))}"
        )


def model_schema(corpus: Corpus) -> ModelSchema:
    builder = _Builder()
    for api in corpus.http_apis():
        builder.api(api)
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "KiwoomModels",
        "$defs": dict(sorted(builder.defs.items())),
    }
    return ModelSchema(
        document, dict(sorted(builder.aliases.items())), sorted(builder.scales), sorted(builder.price_decimals)
    )
