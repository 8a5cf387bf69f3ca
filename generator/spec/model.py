"""The intermediate model: plain dataclasses that know nothing of YAML, JSON Schema or Jinja."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = (
    "text",
    "code",
    "int",
    "signed_int",
    "price",
    "decimal",
    "rate",
    "directed_rate",
    "date",
    "time",
    "clock_time",
    "datetime",
    "flag",
    "list",
    "object",
)


@dataclass(frozen=True)
class Loc:
    """Where something was written, for messages of the form `path:line: message`."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class ValueFormat:
    """How a value is written: unit, sign, zero padding, decimals, implied scale, date/time format."""

    unit: str | None = None
    signed: bool = False
    digits: int | None = None
    decimals: int | None = None
    scale: int | None = None
    format: str | None = None
    const: str | None = None

    KEYS = ("unit", "signed", "digits", "decimals", "scale", "format", "const")


@dataclass(frozen=True)
class UnitBy:
    """A unit that depends on a request switch: the request field, and the unit of each of its codes."""

    field: str
    units: dict[str, str]


@dataclass(frozen=True)
class ItemCodeKind:
    """A kind of item code (api.yaml item_codes): its shape in words, the pattern a whole value matches (not
    anchored) and the codes it must accept."""

    name: str
    shape: str
    pattern: str
    examples: tuple[str, ...]


@dataclass
class Field:
    name: str
    ko: str
    required: bool
    loc: Loc
    length: int | None = None
    kind: str = "text"
    kind_source: str = "declared"  # declared, derived (from enum/format/const), reviewed (fields.yaml) or inferred
    kind_rule: str | None = None  # the rule that gave `kind` when derived or inferred
    enum: str | None = None
    value: ValueFormat = field(default_factory=ValueFormat)
    item_code: str | None = None  # a request field's kind of item code (api.yaml item_codes), held to its shape
    notes: str | None = None
    unit_by: UnitBy | None = None
    source: str | None = None  # where a field the guide does not list comes from (recorded traffic)
    tuple: bool = False  # list members arrive as arrays in field order, not as objects
    array: bool = False  # the value is a JSON array of such values (REG item/type)
    fields: list[Field] = field(default_factory=list)
    fids: list[FidRef] = field(default_factory=list)

    @property
    def inferred(self) -> bool:
        """The kind is a rule's guess that no review has confirmed."""
        return self.kind_source == "inferred"

    @property
    def caller_gives(self) -> bool:
        """A request field the caller must give: required and not fixed by its spec (a fixed one, au10001's
        grant_type, is sent with its one value unless given)."""
        return self.required and self.value.const is None

    @property
    def unit_words(self) -> str | None:
        """The unit for a reader: 'KRW_100million', or one that follows a request switch 'KRW_million when
        amt_qty_tp=1, shares when amt_qty_tp=2'; None without one."""
        if self.unit_by:
            return ", ".join(f"{unit} when {self.unit_by.field}={code}" for code, unit in self.unit_by.units.items())
        return self.value.unit


def walk(fields: list[Field]) -> Iterator[Field]:
    """Every field of a field tree, parents before their members."""
    for item in fields:
        yield item
        yield from walk(item.fields)


@dataclass
class FidRef:
    """A FID used by a realtime type (or a condition-search row), in the guide's order."""

    fid: int
    ko: str
    loc: Loc
    overrides: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rule:
    """A rule of a request field, as structure: required or blank by condition, a minimum, a price grid."""

    target: str  # the request field the rule is about (`field:` in the spec)
    loc: Loc
    when: dict[str, list[str]] = field(default_factory=dict)
    require: bool = False
    blank_otherwise: bool = False
    allow_blank: bool = False
    minimum: int | None = None  # a value given is at least this number
    grid: list[str] = field(default_factory=list)  # a value given is a positive price on one of these grids
    source: str = ""  # the guide, an exchange rule, a recorded refusal or the project's choice
    notes: str | None = None

    def in_words(self) -> str:
        """The rule as one sentence, the same in docstrings, reference pages, the exported documents, the command
        line's help and spec reviews: 'ord_uv: required when trde_tp is one of 0, 5; a positive price on the stock tick grid'."""
        condition = " and ".join(
            f"{name} is {codes[0]}" if len(codes) == 1 else f"{name} is one of {', '.join(codes)}"
            for name, codes in sorted(self.when.items())
        )
        parts = []
        if self.require:
            parts.append(f"required when {condition}" if condition else "must not be blank")
        if self.blank_otherwise:
            parts.append(f"blank unless {condition}")
        if self.allow_blank:
            parts.append(f"may be blank when {condition}" if condition else "may be blank")
        if self.minimum is not None:
            parts.append(f"at least {self.minimum}")
        if self.grid:
            parts.append(f"a positive price on the {' or '.join(self.grid)} tick grid")
        return f"{self.target}: {'; '.join(parts)}"

    def with_source(self) -> str:
        """The rule in words and where it comes from: 'ord_qty: at least 1 (source: guide)'."""
        return f"{self.in_words()} (source: {self.source})" if self.source else self.in_words()


@dataclass
class Erratum:
    id: str
    source: str
    says: str
    instead: str
    loc: Loc
    api: str | None = None
    fact: dict[str, Any] | None = None


@dataclass
class Example:
    part: str
    label: str
    body: Any
    repaired: list[str]
    loc: Loc


@dataclass
class Api:
    id: str
    name_ko: str
    name_en: str
    alias: str
    section: str
    category: str
    protocol: str
    method: str
    path: str
    order: bool
    paging: bool
    mock_supported: bool
    mock_exchanges: list[str]
    source: dict[str, Any]
    loc: Loc
    request: list[Field] = field(default_factory=list)
    response: list[Field] = field(default_factory=list)
    push: list[Field] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    errata: list[Erratum] = field(default_factory=list)
    notes: str | None = None
    key_lines: dict[str, int] = field(default_factory=dict)  # line of each top-level key
    look_up: list[str] = field(default_factory=list)  # an order's: the query TRs that show whether it stands

    def at(self, key: str) -> Loc:
        return Loc(self.loc.path, self.key_lines.get(key, self.loc.line))

    @property
    def guide_source(self) -> str:
        """Where the spec comes from, for a reader: 'Kiwoom REST API guide workbook 2026-07-04, sheet kt10000'."""
        return f"Kiwoom REST API guide workbook {self.source.get('workbook')}, sheet {self.source.get('sheet')}"

    @property
    def push_source(self) -> str:
        """Where the push comes from: the guide's sheet, and when the importer inferred the push from the sheet's
        example (`source.push`, generator/guide/pushes.py), that it is an inference and from what."""
        inferred = self.source.get("push")
        if not isinstance(inferred, dict):
            return self.guide_source
        return (
            f"{self.guide_source}; the sheet has no table of the push: its fields are inferred from the"
            f" {inferred.get('example')} example, named by {inferred.get('named_by')}'s table (not confirmed)"
        )

    def example_errata(self, example: Example) -> list[Erratum]:
        """The errata recording the guide's mistakes in this example: their fact is at `examples/<part>` (or
        `examples/<part>:<label>`) and names values that do not fit their field (`odd_values`) or keys the field
        table lacks (`unlisted`)."""
        at = f"examples/{example.part}" + (f":{example.label}" if example.label else "")
        return [
            e
            for e in self.errata
            if e.fact and e.fact.get("at") == at and (e.fact.get("odd_values") or e.fact.get("unlisted"))
        ]


@dataclass
class Code:
    code: str
    ko: str
    name: str
    loc: Loc
    notes: str | None = None


@dataclass
class CodeTable:
    name: str
    name_ko: str
    codes: list[Code]
    loc: Loc
    notes: str | None = None


@dataclass
class Fid:
    fid: int
    name: str
    ko: str
    kind: str
    loc: Loc
    enum: str | None = None
    notes: str | None = None
    unit: str | None = None
    scale: int | None = None


@dataclass
class ErrorCode:
    code: int
    message_ko: str
    name: str
    error_class: str
    loc: Loc
    meaning: str = ""
    reissue_token: bool = False  # the token itself was refused: a new one is issued and the call sent again, once
    # How the servers answer it where not as {return_code: code, return_msg: message} (return_code, return_msg with
    # {code} and {message}); the simulator answers so.
    answer: dict[str, Any] | None = None


@dataclass
class ErrorForm:
    """What the servers send beyond the guide's error sheet (errors.yaml: embedded, refusal, refine,
    no_data), as written there."""

    embedded: list[dict[str, Any]] = field(default_factory=list)  # patterns of codes inside return_msg, in order
    refusal: dict[str, Any] = field(default_factory=dict)
    refine: list[dict[str, Any]] = field(default_factory=list)  # (codes, message pattern) -> a more precise class
    no_data: dict[str, Any] = field(default_factory=dict)
    locs: dict[str, Loc] = field(default_factory=dict)  # "embedded.0.pattern", "refusal.name", ... -> where
    recorded: list[tuple[str, Loc]] = field(default_factory=list)  # file ids of specs/recorded/ named as sources


@dataclass
class KindRule:
    id: str
    when: dict[str, Any]
    kind: str
    loc: Loc
    derived: bool = False  # the kind follows from a declared attribute, not from a guess


@dataclass
class ReviewedKind:
    """The reviewed kind of one wire name with one Korean name (specs/fields.yaml)."""

    name: str
    ko: str  # spaces and brackets removed, as the rules compare Korean names
    kind: str
    loc: Loc
    why: str | None = None
    doubt: str | None = None


@dataclass
class Corpus:
    root: Path
    apis: dict[str, Api] = field(default_factory=dict)
    codes: dict[str, CodeTable] = field(default_factory=dict)
    fids: dict[int, Fid] = field(default_factory=dict)
    errors: dict[int, ErrorCode] = field(default_factory=dict)
    error_classes: dict[str, str] = field(default_factory=dict)  # class -> how to handle it
    error_forms: ErrorForm = field(default_factory=ErrorForm)
    kind_rules: list[KindRule] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)  # unit token -> meaning
    unit_factors: dict[str, int] = field(default_factory=dict)  # unit token -> its worth in won, dollars or shares
    kinds: dict[str, str] = field(default_factory=dict)  # value kind -> meaning (kinds.yaml vocabulary)
    reviewed: dict[tuple[str, str], ReviewedKind] = field(default_factory=dict)  # (wire name, Korean name)
    protocol: dict[str, Any] = field(default_factory=dict)
    market: dict[str, Any] = field(default_factory=dict)  # specs/market.yaml: KRX tick grid, price limit, calendar
    market_loc: Loc | None = None
    errata: list[Erratum] = field(default_factory=list)

    def item_codes(self) -> dict[str, ItemCodeKind]:
        """The kinds of item codes (api.yaml item_codes) by name, in the order the spec lists them."""
        listed = self.protocol.get("item_codes") or {}
        return {
            name: ItemCodeKind(name, str(raw["shape"]), str(raw["pattern"]), tuple(map(str, raw["examples"])))
            for name, raw in listed.items()
        }

    def all_errata(self) -> list[Erratum]:
        """Corpus-wide errata first, then each API's own."""
        return self.errata + [e for api in self.apis.values() for e in api.errata]

    def http_apis(self) -> list[Api]:
        """The TRs called over HTTP (OAuth included), in id order."""
        return sorted((a for a in self.apis.values() if a.protocol == "rest"), key=lambda a: a.id)

    def realtime_sources(self) -> list[tuple[Api, str, list[Field]]]:
        """(API, realtime type id, fields holding its FIDs), by type id: the realtime types, and the pushes of
        WebSocket APIs (condition search) whose `type` field names a fixed type id."""
        out = []
        for api in sorted(self.apis.values(), key=lambda a: a.id):
            if api.protocol == "realtime":
                out.append((api, api.id, api.response))
            elif api.protocol == "websocket" and any(f.fids for f in walk(api.push)):
                type_id = next((f.value.const for f in walk(api.push) if f.name == "type" and f.value.const), None)
                if type_id is not None:
                    out.append((api, type_id, api.push))
        return sorted(out, key=lambda source: source[1])
