"""Value types of response fields: Kiwoom's strings parsed by value kind, for pydantic models.

Each type is an `Annotated` alias whose validator runs the converter of `_values` on the wire
string. Converters never raise: a value they cannot read stays the raw string, and every model
keeps its raw payload, so a response is never rejected or altered beyond recognition.
"""

from __future__ import annotations

import datetime
import numbers
import operator
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, TypeVar

from pydantic import BeforeValidator, PlainSerializer, PlainValidator
from pydantic_core import PydanticCustomError

from ._digits import DIGITS, foreign_digits
from ._exceptions import bounded, excerpt
from ._values import (
    DecimalPrice,
    DirectedRate,
    Price,
    to_clock_time,
    to_code,
    to_date,
    to_datetime,
    to_decimal,
    to_decimals,
    to_directed_rate,
    to_flag,
    to_int,
    to_ints,
    to_price,
    to_prices,
    to_scaled_price,
    to_text,
    to_time,
)

E = TypeVar("E", bound=Enum)


Many = Callable[[Sequence[str | None]], list[Any]]


Converter = tuple[Callable[..., Any], tuple[Any, ...]]  # a converter of _values and its arguments after the value


class Parse:
    """The validator of one value type: `convert` reads a wire string (or None); a str subclass or a number is read
    as its text (a plain str); anything else is kept as sent. The response models' reader (`_reading`) calls
    `convert` directly on strings, or `many` on a column of them (wire strings and None only), which gives what
    `convert` gives each but at a fraction of a call a value. `converter` names what `convert` is: the converter of
    `_values` and its arguments after the value (`(to_decimal, (100,))`: convert(raw) is to_decimal(raw, 100)), which
    frames' column forms are keyed by."""

    __slots__ = ("convert", "converter", "many")

    def __init__(
        self, convert: Callable[[str | None], Any], many: Many | None = None, converter: Converter | None = None
    ) -> None:
        self.convert = convert
        self.many = many
        self.converter = converter or (convert, ())

    def __call__(self, value: Any) -> Any:
        if value is None or value.__class__ is str:
            return self.convert(value)
        if isinstance(value, str):  # a str subclass (numpy.str_ of a pandas frame): read as its text, as a str is (a
            return self.convert(str.__str__(value))  # converter keeps or remembers what it cannot read, as given)
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            try:
                text = str(value)
            except ValueError:  # an int of more digits than str() writes (sys.get_int_max_str_digits): kept as sent
                return value
            return self.convert(text)
        return value


def parsing(
    convert: Callable[[str | None], Any], many: Many | None = None, converter: Converter | None = None
) -> PlainValidator:
    """The pydantic validator of a value type whose wire strings `convert` reads, and `many` a column of; `converter`
    what `convert` is, where it is not a converter of `_values` itself (see `Parse`)."""
    return PlainValidator(Parse(convert, many, converter))


_date_from_digits = datetime.date.fromisoformat  # reads YYYYMMDD


def _date(raw: str | None) -> datetime.date | str | None:
    """`to_date`, with Kiwoom's usual YYYYMMDD read at once (the same value; every other form as `to_date` reads it)."""
    if raw is not None and len(raw) == 8 and raw.isdigit() and raw.isascii():
        try:
            return _date_from_digits(raw)
        except ValueError:  # "00000000" (no date) or no real date: as to_date says
            pass
    return to_date(raw)


def _dates(raws: Sequence[str | None]) -> list[datetime.date | str | None]:
    """[_date(raw) for raw in raws]: all at once when every value is eight ASCII digits of a real date."""
    try:
        joined = "".join(raws)  # type: ignore[arg-type]
        if len(joined) == 8 * len(raws) and joined.isdigit() and joined.isascii():
            return list(map(_date_from_digits, raws))  # type: ignore[arg-type]
    except (TypeError, ValueError):  # None (a field not sent), a blank, "00000000" (no date), no real date
        pass
    return list(map(_date, raws))


def _code(enum: type[E]) -> Callable[[str | None], E | str | None]:
    """`to_code` for one enum, a code sent exactly as the enum's value looked up at once (the same member)."""
    members: dict[object, E] = dict(enum._value2member_map_)

    def convert(raw: str | None) -> E | str | None:
        member = members.get(raw)
        return member if member is not None else to_code(raw, enum)

    return convert


def _codes(enum: type[E], convert: Callable[[str | None], E | str | None]) -> Many:
    """[convert(raw) for raw in raws] for `convert = _code(enum)`: one lookup over all of them when every value is
    a code sent exactly as a member's value."""
    member = dict(enum._value2member_map_).get

    def many(raws: Sequence[str | None]) -> list[Any]:
        members = list(map(member, raws))
        return list(map(convert, raws)) if None in members else members

    return many


def _plain(value: Any) -> Any:
    """A parsed value as a plain JSON value (dates as ISO text, decimals as text, codes as their values)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.time, Decimal)):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return value


# JSON output only (`model_dump(mode="json")`, `model_dump_json()`): `model_dump()` keeps the typed values
# (Price with its direction, Decimal, datetime.date, the code's enum member).
AS_PLAIN = PlainSerializer(_plain, when_used="json")

TextValue = Annotated[str | None, parsing(to_text), AS_PLAIN]
IntValue = Annotated[int | str | None, parsing(to_int, to_ints), AS_PLAIN]
PriceValue = Annotated[Price | DecimalPrice | str | None, parsing(to_price, to_prices), AS_PLAIN]
DecimalValue = Annotated[Decimal | str | None, parsing(to_decimal, to_decimals), AS_PLAIN]
DirectedRateValue = Annotated[DirectedRate | str | None, parsing(to_directed_rate), AS_PLAIN]
DateValue = Annotated[datetime.date | str | None, parsing(_date, _dates, (to_date, ())), AS_PLAIN]
TimeValue = Annotated[datetime.time | str | None, parsing(to_time), AS_PLAIN]  # all zeros is None (not yet)
ClockTimeValue = Annotated[datetime.time | str | None, parsing(to_clock_time), AS_PLAIN]  # all zeros is midnight
DateTimeValue = Annotated[datetime.datetime | str | None, parsing(to_datetime), AS_PLAIN]
FlagValue = Annotated[bool | str | None, parsing(to_flag), AS_PLAIN]


def code_parser(enum: type[E]) -> PlainValidator:
    """The validator of a coded field: the enum member, or the raw code when the server adds one."""
    convert = _code(enum)
    return parsing(convert, _codes(enum, convert), (to_code, (enum,)))


def scaled_parser(scale: int) -> PlainValidator:
    """The validator of a number written without its decimal point: '1234' at scale 100 is 12.34."""
    return parsing(lambda raw: to_decimal(raw, scale), converter=(to_decimal, (scale,)))


def scaled_directed_rate_parser(scale: int) -> PlainValidator:
    """The validator of a directed percentage written without its decimal point."""
    return parsing(lambda raw: to_directed_rate(raw, scale), converter=(to_directed_rate, (scale,)))


def scaled_price_parser(scale: int) -> PlainValidator:
    """The validator of a price written without its decimal point: '-388193' at scale 100 is 3881.93, falling."""
    return parsing(lambda raw: to_scaled_price(raw, scale), converter=(to_scaled_price, (scale,)))


# ---- request arguments ---------------------------------------------------------------------------
# A request value is checked by its field's kind before anything is sent, and becomes the string the
# wire carries. "" stays "" (an optional field left blank); a required field's blank is refused by
# the endpoint. Each refusal is a `kind_<name>` error, which names the kind in RequestInvalid. Nothing is
# changed on the way but the spelling of a number: a value whose meaning would be lost or guessed (a fraction
# of a share, a datetime's time of day, a sign on a price, spaces around an item code, a code of another
# table) is refused, never rounded, cut or trimmed.

SIGNED_DIGITS = re.compile(r"[+-]?[0-9]+")
NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")
UNSIGNED_NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?")
# Never part of a value: C0, DEL and C1 controls, and what nobody sees in a value pasted from a page or a chat: the
# soft hyphen, the Arabic letter mark, the Mongolian vowel separator, zero-width spaces and joiners, the direction
# marks and overrides, the line and paragraph separators, word joiners and invisible operators, the byte-order mark,
# the interlinear annotation marks (the documents' pattern says the same: generator/targets/wire_schema.py).
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")
SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair, alone in a str: no character, not encodable
FLOAT_EXACT = 2**53  # beyond it a float no longer holds every whole number: 2**53 + 1 is 2**53


def _refuse(kind: str, message: str, value: Any) -> PydanticCustomError:
    return PydanticCustomError(f"kind_{kind}", "{message}: {given}", {"message": message, "given": excerpt(value)})


def text_problem(value: str) -> str | None:
    """What would make `value` another value on the way, or none at all (None when nothing does): a control or
    invisible character (CONTROL: a newline, a tab, NUL, a zero-width space, a byte-order mark, ...), spaces (what
    str.strip() strips) around a value that is not blank, a lone surrogate (SURROGATE), a digit other than 0-9
    (`_digits`: "００５９３０", "٠٠٥٩٣٠"). The rule of request text (TextArgument) and of a US realtime item's code."""
    if CONTROL.search(value):
        return (
            "a control or invisible character (a newline, tab, NUL, zero-width space, byte-order mark, ...) is never"
            " part of a value"
        )
    if value != value.strip() and value.strip():
        return "spaces around a value would be sent as part of it"
    if SURROGATE.search(value):
        return "a lone surrogate is no character and cannot be sent as UTF-8 (bytes a locale could not decode?)"
    foreign = foreign_digits(value)
    if foreign:
        return f"digits are written 0-9, not {foreign[:10]!r} (full width, other scripts, ...)"
    return None


def _text_argument(value: Any) -> Any:
    """Text as given; refused: not a str, or what `text_problem` names (a blank is the endpoint's to judge: "not
    given", or refused where required)."""
    if not isinstance(value, str):
        raise _refuse("text", "text expected (an item code or number is written as a string, e.g. '005930')", value)
    problem = text_problem(value)
    if problem is not None:
        raise _refuse("text", problem, value)
    return value


def _exact_number(value: Any) -> Decimal | None:
    """The exact value of a number given as one: an int (numpy's too), a Decimal, a float (its shortest repr, the
    number as written in the source: 0.1 is 0.1); None for anything else, bools included."""
    if isinstance(value, (bool, str)):  # numpy.bool_ is no Integral either
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, numbers.Integral):
        return Decimal(operator.index(value))
    return None


def _whole(value: Any, signed: bool) -> Any:
    """A whole number: an int, an integral Decimal or float, or a string of digits; never a bool or a fraction."""
    if isinstance(value, str):
        if value == "" or (SIGNED_DIGITS if signed else DIGITS).fullmatch(value):
            return value
    else:
        number = _exact_number(value)
        if (
            number is not None
            and number.is_finite()
            and number == number.to_integral_value()
            and (signed or number >= 0)
        ):
            if isinstance(value, float) and abs(value) > FLOAT_EXACT:
                raise _refuse("int", "a float beyond 2**53 may not hold the number meant: write it as an int", value)
            return str(int(number))
    raise _refuse("int", "a whole number expected" if signed else "a whole number of zero or more expected", value)


def _number(value: Any, kind: str, decimals: int | None, signed: bool) -> str:
    if isinstance(value, str):
        if value == "":
            return value
        if (NUMBER if signed else UNSIGNED_NUMBER).fullmatch(value) is None:
            if not signed and NUMBER.fullmatch(value) is not None:
                # "+60000" or "-60000": in Kiwoom's answers the sign of a price is a direction, never part of it
                raise _refuse(kind, "a price is written without a sign (never negative; no direction)", value)
            raise _refuse(kind, "a number expected, written with digits and at most one point", value)
        number = Decimal(value)
    else:
        exact = _exact_number(value)
        if exact is None:
            raise _refuse(kind, "a number expected (int, Decimal or a string of digits)", value)
        number = exact
        if not number.is_finite():
            raise _refuse(kind, "a finite number expected", value)
    if number < 0 and not signed:
        raise _refuse(kind, "a price is never negative", value)
    places = -int(number.normalize().as_tuple().exponent)
    if decimals is not None and places > decimals:
        allowed = "whole units" if decimals == 0 else f"at most {decimals} decimals"
        raise _refuse(kind, f"{allowed} expected", value)
    if isinstance(value, str) and "." not in value:
        return value  # digits as given (a zero-padded value stays padded)
    return format(number.normalize(), "f")  # no exponent, no trailing zeros: 60000.00 is sent as 60000


def price_argument(decimals: int) -> BeforeValidator:
    """A price: not negative, with at most `decimals` decimals (0 for won)."""
    return BeforeValidator(lambda value: _number(value, "price", decimals, signed=False))


def _decimal_argument(value: Any) -> Any:
    return _number(value, "decimal", None, signed=True)


def _date_argument(value: Any) -> Any:
    """A date: a datetime.date, a naive datetime at midnight (a date held as a datetime: a pandas Timestamp of a
    day), or a real date written YYYYMMDD. Any other datetime is refused: its time of day or timezone would be
    dropped, and the day it names may not be the day meant (15:30 UTC is the next day in Seoul)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None or value.time() != datetime.time(0):
            raise _refuse(
                "date",
                "a datetime.date expected, not a datetime with a time of day or a timezone (which day is meant?): "
                "pass .date() of the day in Korea",
                value,
            )
        value = value.date()
    if isinstance(value, datetime.date):
        return f"{value.year:04d}{value.month:02d}{value.day:02d}"
    if isinstance(value, str):
        if value == "":
            return value
        if DIGITS.fullmatch(value) and len(value) == 8:
            try:
                datetime.datetime.strptime(value, "%Y%m%d")
            except ValueError:
                pass
            else:
                return value
    raise _refuse("date", "a datetime.date or a real date written YYYYMMDD expected", value)


def code_argument(table: type[Enum]) -> BeforeValidator:
    """A code of `table`: its member, or its value as a string. Refused: a member of another table, even where its
    value is one of this table's codes (it means something else there: an AccountExchangeType '0' is no limit
    order), and anything not text (0 for '0', b'0')."""

    def check(value: Any) -> Any:
        if isinstance(value, Enum) and not isinstance(value, table):
            message = f"a code of {table.__name__} expected, not {type(value).__name__}.{value.name}"
        elif not isinstance(value, str):
            codes = ", ".join(repr(member.value) for member in table)
            message = f"a code of {table.__name__} expected: its member or its value as text ({bounded(codes, 100)})"
        else:
            return value
        raise PydanticCustomError("code_table", "{message}: {given}", {"message": message, "given": excerpt(value)})

    return BeforeValidator(check)


TextArgument = Annotated[str, BeforeValidator(_text_argument)]
WholeArgument = Annotated[str, BeforeValidator(lambda value: _whole(value, signed=False))]
SignedWholeArgument = Annotated[str, BeforeValidator(lambda value: _whole(value, signed=True))]
DecimalArgument = Annotated[str, BeforeValidator(_decimal_argument)]
DateArgument = Annotated[str, BeforeValidator(_date_argument)]
