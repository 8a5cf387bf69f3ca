"""Value types of response fields: Kiwoom's strings parsed by value kind, for pydantic models.

Each type is an `Annotated` alias whose validator runs the converter of `_values` on the wire
string. Converters never raise: a value they cannot read stays the raw string, and every model
keeps its raw payload, so a response is never rejected or altered beyond recognition.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, TypeVar

from pydantic import PlainSerializer, PlainValidator

from ._values import (
    DecimalPrice,
    DirectedRate,
    Price,
    to_code,
    to_date,
    to_datetime,
    to_decimal,
    to_directed_rate,
    to_flag,
    to_int,
    to_price,
    to_scaled_price,
    to_text,
    to_time,
)

E = TypeVar("E", bound=Enum)


def parsing(convert: Callable[[str | None], Any]) -> PlainValidator:
    """Validate by converting strings; numbers are read as their text; anything else is kept as sent."""

    def validate(value: Any) -> Any:
        if value is None or isinstance(value, str):
            return convert(value)
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return convert(str(value))
        return value

    return PlainValidator(validate)


def _plain(value: Any) -> Any:
    """Serialize parsed values as plain JSON values (dates as ISO text, decimals as text)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.time, Decimal)):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return value


AS_PLAIN = PlainSerializer(_plain)

TextValue = Annotated[str | None, parsing(to_text), AS_PLAIN]
IntValue = Annotated[int | str | None, parsing(to_int), AS_PLAIN]
PriceValue = Annotated[Price | DecimalPrice | str | None, parsing(to_price), AS_PLAIN]
DecimalValue = Annotated[Decimal | str | None, parsing(to_decimal), AS_PLAIN]
DirectedRateValue = Annotated[DirectedRate | str | None, parsing(to_directed_rate), AS_PLAIN]
DateValue = Annotated[datetime.date | str | None, parsing(to_date), AS_PLAIN]
TimeValue = Annotated[datetime.time | str | None, parsing(to_time), AS_PLAIN]
DateTimeValue = Annotated[datetime.datetime | str | None, parsing(to_datetime), AS_PLAIN]
FlagValue = Annotated[bool | str | None, parsing(to_flag), AS_PLAIN]


def code_parser(enum: type[E]) -> PlainValidator:
    """The validator of a coded field: the enum member, or the raw code when the server adds one."""
    return parsing(lambda raw: to_code(raw, enum))


def scaled_parser(scale: int) -> PlainValidator:
    """The validator of a number written without its decimal point: '1234' at scale 100 is 12.34."""
    return parsing(lambda raw: to_decimal(raw, scale))


def scaled_directed_rate_parser(scale: int) -> PlainValidator:
    """The validator of a directed percentage written without its decimal point."""
    return parsing(lambda raw: to_directed_rate(raw, scale))


def scaled_price_parser(scale: int) -> PlainValidator:
    """The validator of a price written without its decimal point: '-388193' at scale 100 is 3881.93, falling."""
    return parsing(lambda raw: to_scaled_price(raw, scale))
