"""Python names and types for the generated code, decided here (not in templates)."""

from __future__ import annotations

import builtins
import keyword
from dataclasses import dataclass

from .spec.model import Fid, FidRef, Field

# kind -> (annotation, converter of kiwoom_sdk._values that reads the raw value); code is handled apart.
KIND_TYPES: dict[str, tuple[str, str]] = {
    "text": ("str | None", "to_text"),
    "int": ("int | str | None", "to_int"),
    "signed_int": ("int | str | None", "to_int"),
    "price": ("Price | DecimalPrice | str | None", "to_price"),
    "decimal": ("Decimal | str | None", "to_decimal"),
    "rate": ("Decimal | str | None", "to_decimal"),
    "directed_rate": ("DirectedRate | str | None", "to_directed_rate"),
    "date": ("datetime.date | str | None", "to_date"),
    "time": ("datetime.time | str | None", "to_time"),
    "clock_time": ("datetime.time | str | None", "to_clock_time"),
    "datetime": ("datetime.datetime | str | None", "to_datetime"),
    "flag": ("bool | str | None", "to_flag"),
}


def camel(snake: str) -> str:
    """'trade_type' -> 'TradeType'; 'us_realtime_order_book' -> 'UsRealtimeOrderBook'."""
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_") if part)


def member(name: str) -> str:
    """An enum member name: upper case, never a keyword."""
    upper = name.upper()
    return f"{upper}_" if keyword.iskeyword(upper) else upper


def class_name(snake: str, suffix: str = "") -> str:
    """A class name that does not shadow a builtin (EnvironmentError -> KiwoomEnvironmentError)."""
    name = camel(snake) + suffix
    return f"Kiwoom{name}" if hasattr(builtins, name) else name


def attribute(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) or hasattr(builtins, name) else name


# Numeric kinds may be written without their decimal point (`scale:`). What they become then, by family
# (a price and a directed rate keep their direction, every other number is a Decimal): the annotation, the
# converter of a realtime attribute (given the scale after the raw value), and the validator factory of
# kiwoom_sdk._types for a model field.
NUMERIC_KINDS = ("int", "signed_int", "price", "decimal", "rate", "directed_rate")
SCALED: dict[str, tuple[str, str, str]] = {
    "price": ("DecimalPrice | str | None", "to_scaled_price", "scaled_price_parser"),
    "directed_rate": ("DirectedRate | str | None", "to_directed_rate", "scaled_directed_rate_parser"),
    "decimal": ("Decimal | str | None", "to_decimal", "scaled_parser"),
}


# converter -> its form for many values at once (kiwoom_sdk._values.to_ints...): a realtime event converts the FIDs
# that a converter reads without further arguments together, with that form (RealtimeView.grouped in
# targets/views.py).
MANY_AT_ONCE = {"to_int": "to_ints", "to_price": "to_prices", "to_decimal": "to_decimals"}
MANY = 3  # FIDs: below this, a group costs more than reading them one by one


@dataclass(frozen=True)
class FidType:
    """How a realtime attribute reads its FID: `converter(raw{arguments})`, e.g. to_code(raw, codes.SellBuy)."""

    annotation: str  # 'Price | DecimalPrice | str | None'
    converter: str  # a converter of kiwoom_sdk._values: 'to_price'
    arguments: str  # what the converter takes after the raw value: '', ', codes.SellBuy', ', 100'
    enum: str | None  # the code table's class, for a code


def fid_table(ref: FidRef, fid: Fid) -> str | None:
    """The code table whose codes a FID's values are, as one realtime type uses it: none where the type overrides
    the kind away from code (FE reads the session type as text), though the FID keeps its table elsewhere."""
    enum = ref.overrides.get("enum", fid.enum)
    return str(enum) if enum and ref.overrides.get("kind", fid.kind) == "code" else None


def fid_type(ref: FidRef, fid: Fid) -> FidType:
    """How a FID reads as one realtime type uses it (a type may override the FID's kind, code table or scale)."""
    kind = str(ref.overrides.get("kind", fid.kind))
    enum = fid_table(ref, fid)
    scale = ref.overrides.get("scale", fid.scale)
    if enum:
        enum_class = camel(enum)
        return FidType(f"codes.{enum_class} | str | None", "to_code", f", codes.{enum_class}", enum_class)
    if scale and kind in NUMERIC_KINDS:
        annotation, converter, _ = SCALED[scaled_family(kind)]
        return FidType(annotation, converter, f", {int(scale)}", None)
    annotation, converter = KIND_TYPES.get(kind, KIND_TYPES["text"])
    return FidType(annotation, converter, "", None)


# Response value kind -> the annotated type in kiwoom_sdk._types that parses it.
VALUE_TYPES: dict[str, str] = {
    "text": "TextValue",
    "code": "TextValue",  # a code field without a code table
    "int": "IntValue",
    "signed_int": "IntValue",
    "price": "PriceValue",
    "decimal": "DecimalValue",
    "rate": "DecimalValue",
    "directed_rate": "DirectedRateValue",
    "date": "DateValue",
    "time": "TimeValue",
    "clock_time": "ClockTimeValue",
    "datetime": "DateTimeValue",
    "flag": "FlagValue",
}


# Attributes that pydantic's BaseModel gives every generated model (pydantic 2.x; tests/test_broken_specs.py holds
# this against the installed pydantic). Names starting with "_" or "model_" are pydantic's own as well.
PYDANTIC_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "model_computed_fields",
        "model_config",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    }
)
# What a field's or FID's attribute must not be, by where it is generated: the attributes that each kind of class
# already has (runtime/_models.py, runtime/_realtime.py) and, for a request field, which is also a keyword argument
# of its client method, the names that method uses (targets/library/templates/api_group.py.j2) and the client's `pages`
# takes beside them (runtime/_client.py). A field named like one would silently shadow it (`raw`, `cont_yn`, a
# `max_pages` that `pages` keeps) or break the class (`model_dump`). The tests hold these against the classes and the
# generated methods.
RESERVED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "request": PYDANTIC_ATTRIBUTES | {"wire", "self", "cont_yn", "next_key", "e", "cast", "answer", "max_pages"},
    "response": PYDANTIC_ATTRIBUTES | {"raw", "headers", "cont_yn", "next_key", "to_pandas", "to_polars"},
    "item": PYDANTIC_ATTRIBUTES | {"raw"},
    "realtime": frozenset(
        {
            "item",
            "name",
            "type",
            "values",
            "extra",
            "unknown_values",
            "as_dict",
            "TYPE",
            "FIDS",
            "SECTION",
            "REGISTERED",
        }
    ),
}
RESERVED_PREFIXES = ("_", "model_")  # pydantic's private attributes and its namespace
# The attributes of a client (runtime/_client.py): no TR's method, by id or by alias, may take their names.
CLIENT_ATTRIBUTES = frozenset(
    {"close", "aclose", "call", "config", "raw", "headers", "token", "revoke", "realtime", "pages", "orders_in_doubt"}
)
# The classes realtime.py imports (targets/library/templates/realtime.py.j2): a realtime type's class must not take their names.
REALTIME_IMPORTS = frozenset(
    {
        "AnswerRow",
        "Any",
        "ConditionSearch",
        "Decimal",
        "DecimalPrice",
        "DirectedRate",
        "Event",
        "FidRow",
        "Gap",
        "LoginAnswer",
        "Mapping",
        "NamedTuple",
        "Price",
        "RealtimeDecodeError",
        "RealtimeEvent",
        "Registration",
        "SessionTrnms",
        "SystemMessage",
        "SystemNotice",
        "Typed",
        "UsItem",
    }
)


# The kinds whose values carry Kiwoom's direction sign, and the column `to_pandas` / `to_polars(directions=True)` add
# after each column of one (the runtime's frames.DIRECTED and its `<name>_direction`: tests/test_frames.py holds them
# equal). No field or FID of the same frame may take that name (lint).
DIRECTED_KINDS = ("price", "directed_rate")


def direction_column(name: str) -> str:
    """The frame column of the direction of the column `name` (a price or directed rate): 'cur_prc_direction'."""
    return f"{name}_direction"


def field_attribute(name: str) -> str:
    """A model attribute for a wire field name: '20stk_ord_alow_amt' -> 'n20stk_ord_alow_amt'."""
    python = f"n{name}" if name[:1].isdigit() else name
    return f"{python}_" if keyword.iskeyword(python) else python


def item_class(owner: str, wire: str, kind: str) -> str:
    """The model class of a nested object or of the items of a list: 'Ka10001', 'stk_list', 'list' ->
    'Ka10001StkListItem'."""
    return owner + camel(field_attribute(wire)) + ("Item" if kind == "list" else "")


def code_value_type(table: str) -> str:
    """The response type of a field coded by `table`: the enum, or the raw code when unknown."""
    return f"{camel(table)}Value"


def code_argument_type(table: str) -> str:
    """The request type of a field coded by `table`: the enum, or "" for "not given"."""
    return f"{camel(table)}OrBlank"


def scaled_family(kind: str) -> str:
    """The family (a key of SCALED) of a numeric kind written without its decimal point."""
    return kind if kind in SCALED else "decimal"


def scaled_value_type(family: str, scale: int) -> str:
    """The response type of a scaled number: 'price', 100 -> 'PriceBy100Value'."""
    return f"{camel(family)}By{scale}Value"


def model_class(api_id: str, suffix: str) -> str:
    """'ka10001', 'Request' -> 'Ka10001Request'."""
    return api_id[:1].upper() + api_id[1:] + suffix


def models_module(section: str, category: str) -> str:
    """Where an API's models live, under kiwoom_sdk.models: 'domestic.stkinfo', 'us.acnt', 'oauth'."""
    return section if section == category else f"{section}.{category}"


# Request value kind -> what a client method accepts (numbers are sent as their digits).
ARGUMENT_TYPES: dict[str, str] = {
    "int": "int | str",
    "signed_int": "int | str",
    "price": "Decimal | int | str",
    "decimal": "Decimal | int | str",
    "rate": "Decimal | int | str",
    "directed_rate": "Decimal | int | str",
    "date": "datetime.date | str",
}

# Request value kind -> its validating type in kiwoom_sdk._types (prices: see `price_argument_type`).
REQUEST_TYPES: dict[str, str] = {
    "int": "WholeArgument",
    "signed_int": "SignedWholeArgument",
    "decimal": "DecimalArgument",
    "rate": "DecimalArgument",
    "directed_rate": "DecimalArgument",
    "date": "DateArgument",
}


def request_type(kind: str) -> str:
    """The validating type of a request value of this kind; text for every kind a request writes as text."""
    return REQUEST_TYPES.get(kind, "TextArgument")


def price_argument_type(decimals: int) -> str:
    """The validating type of a request price with at most so many decimals: 0 -> 'PriceArgument0'."""
    return f"PriceArgument{decimals}"


def price_decimals(f: Field) -> int:
    """The decimals a request price takes: none (won) unless its spec declares them (lint: a price not in won
    declares its decimals)."""
    return f.value.decimals or 0


def scaled(f: Field) -> tuple[str, int] | None:
    """(family, scale) of a number written without its decimal point: ('price', 100); None for any other field."""
    if f.value.scale and f.kind in NUMERIC_KINDS:
        return scaled_family(f.kind), f.value.scale
    return None


TYPES_MODULE = "kiwoom_sdk._types"  # the value types of every kind
VALUE_TYPES_MODULE = "kiwoom_sdk._value_types"  # the generated ones: code tables, scaled numbers, request prices


def request_value_type(f: Field) -> str:
    """The type that validates a request value (not a list or object), with its module: a code table's type (a
    blank means "not given"), a price's type of its decimals, else its kind's: 'kiwoom_sdk._types.DateArgument'."""
    if f.enum:
        return f"{VALUE_TYPES_MODULE}.{code_argument_type(f.enum)}"
    if f.kind == "price":
        return f"{VALUE_TYPES_MODULE}.{price_argument_type(price_decimals(f))}"
    return f"{TYPES_MODULE}.{request_type(f.kind)}"


def response_table(f: Field) -> str | None:
    """The code table whose members a response value decodes to: none where the kind is not code, as for a FID
    (`fid_table`): a flag with the yes_no table (Y/N) is a bool, whose table only documents the wire."""
    return f.enum if f.kind == "code" else None


def response_value_type(f: Field) -> str:
    """The annotated type of a response value (not a list or object), with its module: a code table's type, a scaled
    number's, else its kind's: 'kiwoom_sdk._value_types.PriceBy100Value'."""
    if table := response_table(f):
        return f"{VALUE_TYPES_MODULE}.{code_value_type(table)}"
    number = scaled(f)
    if number:
        return f"{VALUE_TYPES_MODULE}.{scaled_value_type(*number)}"
    return f"{TYPES_MODULE}.{VALUE_TYPES[f.kind]}"


def argument_type(kind: str, enum: str | None) -> str:
    if enum:
        return f"codes.{camel(enum)} | str"
    return ARGUMENT_TYPES.get(kind, "str")


def group_attribute(section: str, category: str) -> str:
    """The client attribute of a category: `stkinfo` (domestic), `us_stkinfo`, `oauth`."""
    if section in ("domestic", category):
        return category
    return f"{section}_{category}"


def group_class(section: str, category: str) -> str:
    """'domestic', 'stkinfo' -> 'DomesticStkinfo'; 'oauth', 'oauth' -> 'Oauth'."""
    return camel(section) if section == category else camel(section) + camel(category)


def endpoint_constant(api_id: str) -> str:
    return api_id.upper()


def docs_page(section: str, category: str) -> str:
    """The reference page of a category under generated/docs: 'domestic-stkinfo', 'oauth'."""
    return section if section == category else f"{section}-{category}"


# Where the documentation site is published: Read the Docs serves a project's default branch under /en/latest/.
# Changing it is changing this line and running `python -m generator build` (docstrings and the site's navigation
# follow).
SITE_URL = "https://kiwoom-sdk.readthedocs.io/en/latest/"
SITE_REFERENCE = "reference"  # docs/reference on the site: the generated pages (generated/kiwoom_sdk/docs)


def reference_anchor(api_id: str, alias: str, protocol: str) -> str:
    """An API's anchor on its reference page: 'ka10081'; a realtime type's names its alias too, since 0G and 0g
    differ only by case: '0b-stock_trade'."""
    return api_id.lower() + ("-" + alias if protocol == "realtime" else "")


def reference_url(section: str, category: str, anchor: str) -> str:
    """The address of an API's entry on the site: reference_url('domestic', 'chart', 'ka10081') ->
    'https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-chart/#ka10081' (mkdocs' directory URLs)."""
    return f"{SITE_URL}{SITE_REFERENCE}/{docs_page(section, category)}/#{anchor}"


def codes_url(table: str) -> str:
    """The address of a code table on the site: codes_url('price_change_sign') -> '.../reference/codes/#price_change_sign'."""
    return f"{SITE_URL}{SITE_REFERENCE}/codes/#{table}"
