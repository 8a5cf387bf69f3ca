"""The JSON Schema of what the wire carries for a spec field, shared by the OpenAPI and AsyncAPI exports.

Kiwoom sends and takes strings: a field's schema is a string whose pattern follows its value kind (the shapes of
`kinds.WIRE_SHAPES` for what the servers send, the checks of the package's request arguments for what a request may
hold), a code table's codes with their labels, and every spec attribute that a schema keyword cannot say as an
`x-kiwoom-*` extension, so that nothing of a field is dropped. A construct this writer has no way to say (a kind or
date format it does not know, a rule it cannot write, two members under one name) is an `Unexpressible` problem
naming the spec file and the construct: the build stops rather than export less than the specs say.

Two dialects: OpenAPI 3.1 embeds JSON Schema 2020-12 (a `$ref` may stand beside other keywords, tuples are
`prefixItems`); AsyncAPI 3.0's default schema format follows draft-07 (keywords beside a `$ref` are ignored, so a
reference is wrapped in `allOf`; tuples are `items` arrays).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..names import camel, fid_table, price_decimals
from ..spec.kinds import FORMAT_SHAPES, WIRE_SHAPES
from ..spec.loader import Problem
from ..spec.model import Api, Corpus, Erratum, FidRef, Field, Loc, Rule

Dialect = Literal["2020-12", "draft-07"]

# The shape of a request value of each kind, as the package's request arguments accept it (kiwoom_sdk._types:
# TextArgument, WholeArgument, SignedWholeArgument, DecimalArgument, DateArgument, PriceArgumentN); None: any text
# (kinds no request field has, and codes, which their tables say). The simulator
# validates with the same arguments, so a request that fits these patterns is one it accepts.
_YEAR = "[1-9][0-9]{3}"
REAL_DATE = (
    f"{_YEAR}(0[13578]|1[02])(0[1-9]|[12][0-9]|3[01])"
    f"|{_YEAR}(0[469]|11)(0[1-9]|[12][0-9]|30)"
    f"|{_YEAR}02(0[1-9]|1[0-9]|2[0-8])"
    "|([1-9][0-9](0[48]|[2468][048]|[13579][26])|(1[26]|[2468][048]|[3579][26])00)0229"
)
# What the package and the simulator strip as blank (Python's str.strip(): the characters of str.isspace(), the
# separators U+001C..U+001F among them), written out: JSON Schema's \s (ECMA-262) leaves those four out.
SPACE = "\\t\\n\\u000b\\u000c\\r\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
NOT_BLANK = f"[^{SPACE}]"  # a required value: the package and the simulator refuse a blank one
# Request text (kiwoom_sdk._types: TextArgument): no control character (C0, DEL, C1) nor invisible one (_types.CONTROL:
# the soft hyphen, zero-width spaces, direction marks, the byte-order mark, ...), no space around a value that is not
# blank; a blank of spaces is left to the required check.
CONTROL = (
    "\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f"
    "\\ufeff\\ufff9-\\ufffb"
)
# Nor a digit other than 0-9 (kiwoom_sdk._digits: the full-width, other scripts', superscript and circled digits that
# str.isdigit takes): written out for the Basic Multilingual Plane, which both dialects of these patterns (ECMA-262 and
# Python's re) write as \uXXXX; the package refuses the few beyond it (mathematical digits) too.
FOREIGN_DIGITS = (
    "\\u00b2-\\u00b3\\u00b9\\u0660-\\u0669\\u06f0-\\u06f9\\u07c0-\\u07c9\\u0966-\\u096f\\u09e6-\\u09ef"
    "\\u0a66-\\u0a6f\\u0ae6-\\u0aef\\u0b66-\\u0b6f\\u0be6-\\u0bef\\u0c66-\\u0c6f\\u0ce6-\\u0cef"
    "\\u0d66-\\u0d6f\\u0de6-\\u0def\\u0e50-\\u0e59\\u0ed0-\\u0ed9\\u0f20-\\u0f29\\u1040-\\u1049"
    "\\u1090-\\u1099\\u1369-\\u1371\\u17e0-\\u17e9\\u1810-\\u1819\\u1946-\\u194f\\u19d0-\\u19da"
    "\\u1a80-\\u1a89\\u1a90-\\u1a99\\u1b50-\\u1b59\\u1bb0-\\u1bb9\\u1c40-\\u1c49\\u1c50-\\u1c59\\u2070"
    "\\u2074-\\u2079\\u2080-\\u2089\\u2460-\\u2468\\u2474-\\u247c\\u2488-\\u2490\\u24ea\\u24f5-\\u24fd"
    "\\u24ff\\u2776-\\u277e\\u2780-\\u2788\\u278a-\\u2792\\ua620-\\ua629\\ua8d0-\\ua8d9\\ua900-\\ua909"
    "\\ua9d0-\\ua9d9\\ua9f0-\\ua9f9\\uaa50-\\uaa59\\uabf0-\\uabf9\\uff10-\\uff19"
)
# The digits are looked for once, ahead (`.` stops at a line break, which CONTROL refuses anyway). The package also
# refuses a lone surrogate (_types.SURROGATE), which no JSON document holds as text and which the two dialects cannot
# say alike (ECMA-262 without the u flag reads an astral character as two surrogates).
TEXT = f"(?!.*[{FOREIGN_DIGITS}])[^{SPACE}{CONTROL}](?:[^{CONTROL}]*[^{SPACE}{CONTROL}])?"
SPACES = "\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000"  # SPACE less CONTROL
NUMBER = r"[+-]?[0-9]+(\.[0-9]+)?"
REQUEST_SHAPES: dict[str, str | None] = {
    "text": TEXT,
    "code": None,
    "time": None,
    "clock_time": None,
    "datetime": None,
    "flag": None,
    "int": "[0-9]+",
    "signed_int": "[+-]?[0-9]+",
    "decimal": NUMBER,
    "rate": NUMBER,
    "directed_rate": NUMBER,
    "date": REAL_DATE,
}
BLANK = f"^[{SPACE}]*$"
CONTAINERS = ("list", "object")
# The environments whose servers the documents list, in this order: tools take the first as the default (code
# generators, Swagger UI, Postman), and the default is the mock server, as the package's own is.
ENVS = ("mock", "real")
# The result envelope of every answer (specs/api.yaml: envelope), whatever kind an API's own table gives it: the
# servers send the code as a JSON number.
ENVELOPE: dict[str, dict[str, Any]] = {
    "return_code": {"type": "integer", "description": "결과코드 (0 on success; otherwise an error code)"},
    "return_msg": {"type": "string", "description": "결과메시지 (the result as text)"},
}
# What a realtime type may say of a FID beyond fids.yaml (schema/api.schema.json: fid).
FID_OVERRIDES = frozenset(
    {"kind", "enum", "unit", "signed", "digits", "decimals", "scale", "format", "notes", "source"}
)


class Unexpressible(Exception):
    """Spec constructs an export cannot say; each problem names the spec file, its line and the construct."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def kind_schema_name(kind: str) -> str:
    """The component holding a kind's wire shape: 'signed_int' -> 'SignedIntValue'."""
    return f"{camel(kind)}Value"


def code_schema_name(table: str) -> str:
    """The component holding a code table: 'trade_type' -> 'TradeType' (the enum's name in kiwoom_sdk.codes)."""
    return camel(table)


@dataclass
class WireSchemas:
    """Schemas of one corpus for one document: `refs` is where the document keeps its shared schemas
    ('#/components/schemas/'); the kinds and code tables used are collected for `components()`."""

    corpus: Corpus
    refs: str
    dialect: Dialect
    target: str  # 'openapi' or 'asyncapi': named in problems
    problems: list[Problem] = field(default_factory=list)
    kinds_used: set[str] = field(default_factory=set)
    tables_used: set[str] = field(default_factory=set)

    # ---- shared pieces -------------------------------------------------------------------------------------

    def refuse(self, loc: Loc, construct: str) -> dict[str, Any]:
        self.problems.append(Problem(loc, f"{self.target}: {construct}: cannot be expressed in the export"))
        return {}

    def ref(self, name: str, **beside: Any) -> dict[str, Any]:
        """A reference to a shared schema with keywords beside it, in the dialect's way."""
        target = {"$ref": self.refs + name}
        if not beside:
            return target
        if self.dialect == "draft-07":
            return {"allOf": [target], **beside}
        return {**target, **beside}

    def code_ref(self, table: str, loc: Loc, **beside: Any) -> dict[str, Any]:
        if table not in self.corpus.codes:
            return self.refuse(loc, f"code table '{table}' (not in specs/codes)")
        self.tables_used.add(table)
        return self.ref(code_schema_name(table), **beside)

    def components(self) -> dict[str, Any]:
        """The kinds' shapes and the code tables that the schemas written so far refer to."""
        out: dict[str, Any] = {}
        for kind in sorted(self.kinds_used):
            shape = WIRE_SHAPES.get(kind)
            schema: dict[str, Any] = {"type": "string", "description": self.corpus.kinds.get(kind, kind)}
            if shape is not None:
                schema["pattern"] = f"^ *(?:{shape})? *$"  # blank is no value; real frames pad with spaces
            out[kind_schema_name(kind)] = {"title": kind, **schema}
        for name in sorted(self.tables_used):
            table = self.corpus.codes[name]
            schema = {
                "title": code_schema_name(name),
                "description": f"{table.name_ko} (specs/codes/{name}.yaml)"
                + (f": {table.notes}" if table.notes else ""),
                "type": "string",
                "enum": [c.code for c in table.codes],
                "x-enum-varnames": [c.name for c in table.codes],
                "x-enum-descriptions": [c.ko for c in table.codes],
            }
            if any(c.notes for c in table.codes):
                schema["x-enum-notes"] = [c.notes or "" for c in table.codes]
            out[code_schema_name(name)] = schema
        return out

    def _describe(self, f: Field) -> str:
        """The Korean name, then in English: kind, unit and the spec's notes."""
        english = [f.kind]
        if f.value.unit:
            english.append(self.corpus.units.get(f.value.unit, f.value.unit))
        text = f"{f.ko} ({', '.join(english)})"
        return f"{text}: {f.notes}" if f.notes else text

    def _extensions(self, f: Field) -> dict[str, Any]:
        """Every attribute of the field that no keyword above says."""
        value = f.value
        out: dict[str, Any] = {
            "x-kiwoom-kind": f.kind,
            "x-kiwoom-unit": value.unit,
            "x-kiwoom-unit-by": {"field": f.unit_by.field, "units": f.unit_by.units} if f.unit_by else None,
            "x-kiwoom-signed": value.signed or None,
            "x-kiwoom-digits": value.digits,
            "x-kiwoom-decimals": value.decimals,
            "x-kiwoom-scale": value.scale,
            "x-kiwoom-format": value.format,
            "x-kiwoom-item-code": f.item_code,
            "x-kiwoom-source": f.source,
        }
        return {key: item for key, item in out.items() if item is not None}

    @staticmethod
    def _length(f: Field) -> dict[str, Any]:
        """The guide's length: maxLength of a free value; of a coded or fixed one, whose codes say its values (and
        are at times longer than the guide's length: the package and the simulator go by the codes), an extension."""
        if not f.length:
            return {}
        return {"x-kiwoom-length": f.length} if f.enum or f.value.const is not None else {"maxLength": f.length}

    def _members(self, fields: list[Field]) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        for f in fields:
            if f.name in properties:
                self.refuse(f.loc, f"field '{f.name}' given twice in one object")
                continue
            properties[f.name] = ENVELOPE[f.name] if f.name in ENVELOPE else self.value(f)
        return properties

    # ---- values the servers send ---------------------------------------------------------------------------

    def value(self, f: Field) -> dict[str, Any]:
        """The schema of a field's value as the servers send it, or as a WebSocket message holds it (requests over
        HTTP have `request_body`, held to what the package's request arguments accept)."""
        if f.kind in CONTAINERS:
            if f.array:
                return self.refuse(f.loc, f"array of {f.kind} field '{f.name}' (an array of arrays)")
            if f.tuple and f.fids:
                return self.refuse(f.loc, f"tuple {f.kind} field '{f.name}' keyed by FID")
            return self._container(f)
        if f.fields or f.fids:
            return self.refuse(f.loc, f"members under the {f.kind} field '{f.name}'")
        if f.tuple:
            return self.refuse(f.loc, f"tuple of the {f.kind} field '{f.name}' (only lists hold tuples)")
        scalar = self._scalar(f)
        if f.array:
            return {"type": "array", "items": scalar, "description": self._describe(f), **self._extensions(f)}
        return scalar

    def _scalar(self, f: Field) -> dict[str, Any]:
        beside: dict[str, Any] = {"description": self._describe(f)}
        beside.update(self._length(f))
        beside.update(self._extensions(f))
        if f.value.const is not None:
            return {"type": "string", "const": f.value.const, **beside}
        if f.enum:
            reference = self.code_ref(f.enum, f.loc)
            return {"anyOf": [reference, {"const": ""}], **beside} if reference else {}
        if f.kind not in WIRE_SHAPES and f.kind not in ("text", "code"):
            return self.refuse(f.loc, f"value kind '{f.kind}' of field '{f.name}' (no wire shape for it)")
        if f.value.format and f.value.format not in FORMAT_SHAPES:
            return self.refuse(f.loc, f"format '{f.value.format}' of field '{f.name}' (no pattern for it)")
        if f.kind in ("text", "code") and f.value.format:
            return {"type": "string", "pattern": f"^ *(?:{FORMAT_SHAPES[f.value.format]})? *$", **beside}
        self.kinds_used.add(f.kind)
        return self.ref(kind_schema_name(f.kind), **beside)

    def _container(self, f: Field) -> dict[str, Any]:
        described = {"description": self._describe(f), **self._extensions(f)}
        if f.fids:
            member = self.fid_object(f.fids, f.loc)
        elif f.tuple:
            items = [self.value(m) for m in f.fields]
            member = (
                {"type": "array", "prefixItems": items, "items": False}
                if self.dialect == "2020-12"
                else {"type": "array", "items": items, "additionalItems": False}
            )
            member["x-kiwoom-members"] = [m.name for m in f.fields]
        else:
            member = {"type": "object", "properties": self._members(f.fields)}
            required = [m.name for m in f.fields if m.required]
            if required:
                member["required"] = required
        if f.kind == "object":
            return {**member, **described}
        return {"type": "array", "items": member, **described}

    def fid_object(self, refs: list[FidRef], loc: Loc) -> dict[str, Any]:
        """The `values` of a realtime entry: one property per FID, keyed by its number as the frames key it."""
        properties: dict[str, Any] = {}
        for ref in refs:
            key = str(ref.fid)
            if key in properties:
                self.refuse(ref.loc, f"FID {ref.fid} listed twice in one realtime type")
                continue
            properties[key] = self.fid(ref)
        return {"type": "object", "properties": properties}

    def fid(self, ref: FidRef) -> dict[str, Any]:
        entry = self.corpus.fids.get(ref.fid)
        if entry is None:
            return self.refuse(ref.loc, f"FID {ref.fid} (not in specs/fids.yaml)")
        overrides = ref.overrides
        unknown = sorted(set(overrides) - FID_OVERRIDES)
        if unknown:
            return self.refuse(ref.loc, f"FID {ref.fid} override {unknown}")
        kind = str(overrides.get("kind", entry.kind))
        enum = fid_table(ref, entry)
        unit = overrides.get("unit", entry.unit)
        notes = overrides.get("notes", entry.notes)
        english = [kind] + ([self.corpus.units.get(str(unit), str(unit))] if unit else [])
        extensions = {
            "x-kiwoom-fid": ref.fid,
            "x-kiwoom-name": entry.name,
            "x-kiwoom-kind": kind,
            "x-kiwoom-unit": unit,
            "x-kiwoom-scale": overrides.get("scale", entry.scale),
            **{
                f"x-kiwoom-{key}": overrides[key]
                for key in ("signed", "digits", "decimals", "format", "source")
                if key in overrides
            },
        }
        beside: dict[str, Any] = {
            "title": entry.name,
            "description": f"FID {ref.fid} {ref.ko} ({', '.join(english)})" + (f": {notes}" if notes else ""),
            **{key: value for key, value in extensions.items() if value is not None},
        }
        form = overrides.get("format")
        if enum:
            reference = self.code_ref(enum, ref.loc)
            return {"anyOf": [reference, {"const": ""}], **beside} if reference else {}
        if kind not in WIRE_SHAPES and kind not in ("text", "code"):
            return self.refuse(ref.loc, f"value kind '{kind}' of FID {ref.fid} (no wire shape for it)")
        if form is not None and form not in FORMAT_SHAPES:
            return self.refuse(ref.loc, f"format '{form}' of FID {ref.fid} (no pattern for it)")
        if kind in ("text", "code") and form:
            return {"type": "string", "pattern": f"^ *(?:{FORMAT_SHAPES[str(form)]})? *$", **beside}
        self.kinds_used.add(kind)
        return self.ref(kind_schema_name(kind), **beside)

    def response_body(self, api: Api, title: str) -> dict[str, Any]:
        """A TR's answer: the result envelope and the response fields (more may come: the servers add fields)."""
        properties = {**ENVELOPE, **self._members(api.response)}
        schema: dict[str, Any] = {
            "title": title,
            "description": f"{api.id} {api.name_ko} ({api.name_en}): the answer.",
            "type": "object",
            "properties": properties,
        }
        required = [f.name for f in api.response if f.required]
        if required:
            schema["required"] = required
        return schema

    # ---- what a request over HTTP may hold -----------------------------------------------------------------

    def request_body(self, api: Api, title: str) -> dict[str, Any]:
        """A TR's request body: each field as the package's request arguments accept it, the required ones, and
        the spec's rules as conditions (`if`/`then`/`else`); price grids, which no schema keyword can say, as
        `x-kiwoom-grid` on the field and in `x-kiwoom-rules`."""
        blank_allowed = {r.target for r in api.rules if r.allow_blank}
        properties: dict[str, Any] = {}
        for f in api.request:
            if f.name in properties:
                self.refuse(f.loc, f"request field '{f.name}' given twice")
                continue
            properties[f.name] = self._argument(f, blank=not f.required or f.name in blank_allowed)
        schema: dict[str, Any] = {
            "title": title,
            "description": f"{api.id} {api.name_ko} ({api.name_en}): the request body.",
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        return self.ruled(schema, [f.name for f in api.request if f.required], api.rules)

    def ruled(self, schema: dict[str, Any], required: list[str], rules: list[Rule]) -> dict[str, Any]:
        """A request (or WebSocket message) schema with its required fields and its rules: as conditions on the
        body (`allOf`), grids on the fields, and as the spec writes them (`x-kiwoom-rules`)."""
        conditions = [c for rule in rules if (c := self._rule(rule, schema["properties"]))]
        if required:
            schema["required"] = required
        if conditions:
            schema["allOf"] = conditions
        if rules:
            schema["x-kiwoom-rules"] = rules_data(rules)
        return schema

    def _argument(self, f: Field, blank: bool) -> dict[str, Any]:
        if f.kind in CONTAINERS or f.fields or f.fids or f.array or f.tuple:
            return self.refuse(f.loc, f"{f.kind} request field '{f.name}' (requests over HTTP take plain values)")
        beside: dict[str, Any] = {"description": self._describe(f)}
        beside.update(self._length(f))
        beside.update(self._extensions(f))
        if f.value.const is not None:
            return {"type": "string", "const": f.value.const, **beside}
        if f.enum:
            reference = self.code_ref(f.enum, f.loc)
            if not reference:
                return {}
            return {"anyOf": [reference, {"const": ""}], **beside} if blank else {**reference, **beside}
        if f.value.format and f.value.format not in FORMAT_SHAPES:
            return self.refuse(f.loc, f"format '{f.value.format}' of request field '{f.name}' (no pattern for it)")
        if f.item_code in self.corpus.item_codes():  # an item code of its kind's shape (specs/api.yaml item_codes)
            shape: str | None = self.corpus.item_codes()[f.item_code].pattern
            beside["description"] += f"; an item code: {self.corpus.item_codes()[f.item_code].shape}"
        elif f.kind == "price":
            decimals = price_decimals(f)
            shape = "[0-9]+" + (f"(\\.[0-9]{{1,{decimals}}})?" if decimals else "")
        elif f.kind in REQUEST_SHAPES:
            shape = REQUEST_SHAPES[f.kind]
            if f.value.format and (shape is None or shape == TEXT):  # text written in a date or time format
                shape = FORMAT_SHAPES[f.value.format]
        else:
            return self.refuse(f.loc, f"value kind '{f.kind}' of request field '{f.name}' (no argument shape for it)")
        if shape is None:
            return {"type": "string", **({} if blank else {"pattern": NOT_BLANK}), **beside}
        if shape == TEXT and blank:  # or a blank of spaces, which the endpoint judges
            return {"type": "string", "pattern": f"^(?:[{SPACES}]*|{TEXT})$", **beside}
        return {"type": "string", "pattern": f"^(?:{shape})" + ("?$" if blank else "$"), **beside}

    def _rule(self, rule: Rule, properties: dict[str, Any]) -> dict[str, Any] | None:
        """A rule as a condition on the body; None for the parts that are only extensions (grids, allow_blank
        without a condition, which the field's own schema says)."""
        if rule.target not in properties or any(name not in properties for name in rule.when):
            return self.refuse(rule.loc, f"rule on '{rule.target}' naming a field the request does not have")
        if rule.grid:
            properties[rule.target]["x-kiwoom-grid"] = list(rule.grid)
        parts: list[dict[str, Any]] = []
        condition = _condition(rule.when)
        target = rule.target
        if rule.require:
            demand = {"required": [target], "properties": {target: {"pattern": NOT_BLANK}}}
            parts.append({"if": condition, "then": demand} if condition else demand)
        if rule.blank_otherwise:
            if not condition:
                return self.refuse(rule.loc, f"rule blank_otherwise on '{target}' without a condition")
            parts.append({"if": condition, "else": {"properties": {target: {"pattern": BLANK}}}})
        if rule.allow_blank and condition:
            parts.append({"if": condition, "else": {"properties": {target: {"pattern": NOT_BLANK}}}})
        if rule.minimum is not None:
            parts.append({"properties": {target: {"pattern": at_least(rule.minimum)}}})
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else {"allOf": parts}


def at_least(minimum: int) -> str:
    """A pattern of blank or a number of at least `minimum` (a whole number of zero or more): its whole part, leading
    zeros aside, is longer than the minimum's digits, or as long and not smaller, digit by digit."""
    if minimum <= 0:
        return BLANK + r"|^\+?[0-9]+(\.[0-9]+)?$"
    digits = str(minimum)
    longer = f"[1-9][0-9]{{{len(digits)},}}"
    larger = [
        digits[:i] + f"[{int(d) + 1}-9]" + (f"[0-9]{{{len(digits) - i - 1}}}" if i < len(digits) - 1 else "")
        for i, d in enumerate(digits)
        if d != "9"
    ]
    whole = "|".join([longer, digits, *larger])
    return BLANK + rf"|^\+?0*({whole})(\.[0-9]+)?$"


def _condition(when: dict[str, list[str]]) -> dict[str, Any]:
    """The body holds one of the listed codes in every named field (a field left out counts as blank)."""
    if not when:
        return {}
    return {
        "properties": {name: {"enum": list(codes)} for name, codes in when.items()},
        "required": [name for name, codes in when.items() if "" not in codes],
    }


def errata_data(errata: list[Erratum]) -> list[dict[str, str]]:
    """An API's errata (`x-kiwoom-errata`): what the guide says, and what holds instead."""
    return [{"id": e.id, "source": e.source, "says": e.says, "instead": e.instead} for e in errata]


def rules_data(rules: list[Rule]) -> list[dict[str, Any]]:
    """The rules as the spec writes them (`x-kiwoom-rules`), what is unset left out."""
    return [_rule_data(rule) for rule in rules]


def _rule_data(rule: Rule) -> dict[str, Any]:
    data: dict[str, Any] = {
        "field": rule.target,
        "when": rule.when,
        "require": rule.require,
        "blank_otherwise": rule.blank_otherwise,
        "allow_blank": rule.allow_blank,
        "minimum": rule.minimum,
        "grid": rule.grid,
        "source": rule.source,
        "notes": rule.notes,
    }
    return {key: value for key, value in data.items() if value not in (None, False, [], {}, "")}
