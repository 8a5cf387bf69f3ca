"""Python names and types for the generated code, decided here (not in templates)."""

from __future__ import annotations

import builtins
import keyword

from .model import Fid, FidRef

# kind -> (annotation, converter call with {v} for the raw value); code is handled apart.
KIND_TYPES: dict[str, tuple[str, str]] = {
    "text": ("str | None", "to_text({v})"),
    "int": ("int | str | None", "to_int({v})"),
    "signed_int": ("int | str | None", "to_int({v})"),
    "price": ("Price | DecimalPrice | str | None", "to_price({v})"),
    "decimal": ("Decimal | str | None", "to_decimal({v})"),
    "rate": ("Decimal | str | None", "to_decimal({v})"),
    "date": ("datetime.date | str | None", "to_date({v})"),
    "time": ("datetime.time | str | None", "to_time({v})"),
    "datetime": ("datetime.datetime | str | None", "to_datetime({v})"),
    "flag": ("bool | str | None", "to_flag({v})"),
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


def fid_type(ref: FidRef, fid: Fid) -> tuple[str, str, str | None]:
    """(annotation, converter expression, enum class or None) of a FID as one realtime type uses it."""
    kind = str(ref.overrides.get("kind", fid.kind))
    enum = ref.overrides.get("enum", fid.enum)
    raw = f'self.values.get("{ref.fid}")'
    if kind == "code" and enum:
        enum_class = camel(str(enum))
        return f"codes.{enum_class} | str | None", f"to_code({raw}, codes.{enum_class})", enum_class
    annotation, template = KIND_TYPES.get(kind, KIND_TYPES["text"])
    return annotation, template.format(v=raw), None
