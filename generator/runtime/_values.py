"""Turn Kiwoom's string values into Python values, by value kind.

Kiwoom sends almost everything as a string: zero-padded ("000000017598258"), signed
("-00000000196888"), prices whose sign marks the direction against the previous close
("+60700"), doubled signs ("--714": a direction sign in front of a signed number), rates
("-0.24"), dates ("20260223"), times ("143050"), and "" or all zeros ("000000") for no value (but in a clock time,
`to_clock_time`, all zeros is midnight: see specs/kinds.yaml); a price of zero ("0", "-0", "0.0000": an empty
order-book level, a market order's limit) is no price either. Every converter returns
None for an empty value and never raises on one it cannot read: it returns the raw string, so a
response is never rejected for a value the spec did not foresee. A number is digits with at most one
point: what else Decimal() reads ("NaN", "Infinity", "1e3", "1_000") is such a value.
"""

from __future__ import annotations

import datetime as _dt
import operator
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from enum import Enum
from functools import cache, wraps
from itertools import repeat
from typing import Any, ClassVar, Self, TypeVar, cast

import orjson

E = TypeVar("E", bound=Enum)
T = TypeVar("T")
KST = _dt.timezone(_dt.timedelta(hours=9), "KST")  # Kiwoom's clock; Korea keeps no daylight saving time
_SIGNS = {1: "+", -1: "-", 0: ""}
_new_int = int.__new__  # builds a value of a given Price class without the public constructor's dispatch
_new_decimal = Decimal.__new__
# The arithmetic of a scaled value ("-1480" at x100) and of a sign, in Python's default context whatever the caller's
# (a `decimal.localcontext(prec=5)` around a read would otherwise round "12345678" at x100 to 123460.00): the same
# value in every thread and in the columnar read (kiwoom_sdk._columnar), which is exact.
_ARITHMETIC = Context(
    prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, traps=[InvalidOperation, DivisionByZero, Overflow]
)
_divide = _ARITHMETIC.divide
_multiply = _ARITHMETIC.multiply
# ISO 8601's basic format is Kiwoom's: fromisoformat reads 6 ASCII digits as HHMMSS and 8 as YYYYMMDD, in C,
# and refuses what the constructors refuse (an hour of 24, a 30th of February)
_time_from_digits = _dt.time.fromisoformat
_date_from_digits = _dt.date.fromisoformat
_REMEMBERED = 100_000  # raw strings per remembering converter: more than a day has seconds
_TABLES: list[dict[Any, Any]] = []  # what the remembering converters remember (see forget)
_UNSEEN = object()


# A value's direction is its class's, not an attribute of each value: a price is then a plain int in memory (an
# int subclass cannot have slots, and a per-value __dict__ costs 200 bytes and most of a conversion). Each family
# (Price, DecimalPrice, DirectedRate) is the class of direction 0 and has one subclass per other direction; the
# family's constructor picks the class, and `isinstance(value, Price)` holds for all three.


class Price(int):
    """An absolute price; `direction` is +1, -1 or 0: the sign Kiwoom put in front of it.

    `Price(60700, -1)` is an instance of a subclass of Price whose class attribute `direction` is -1; it compares,
    hashes and computes as the int 60700 (arithmetic gives plain ints). Raises ValueError for another direction.
    """

    __slots__ = ()
    direction: ClassVar[int] = 0

    def __new__(cls, value: int | str, direction: int = 0) -> Price:
        try:
            return _new_int(_PRICES[direction], value)
        except KeyError:
            raise ValueError(f"a direction is +1, -1 or 0, not {direction!r}") from None

    def __getnewargs__(self) -> tuple[int, int]:  # type: ignore[override]  # copy and pickle keep the direction
        return int(self), self.direction

    def __repr__(self) -> str:
        return f"Price({_SIGNS[self.direction]}{int(self)})"


class _RisingPrice(Price):
    __slots__ = ()
    direction = 1


class _FallingPrice(Price):
    __slots__ = ()
    direction = -1


_PRICES: dict[int, type[Price]] = {0: Price, 1: _RisingPrice, -1: _FallingPrice}


class _Directed(Decimal):
    """An absolute decimal with the direction Kiwoom put in front of it: +1, -1 or 0 (on its class, as for Price)."""

    __slots__ = ()
    direction: ClassVar[int] = 0
    _BY_DIRECTION: ClassVar[Mapping[int, type[_Directed]]]  # the family's class of each direction

    def __new__(cls, value: str | Decimal, direction: int = 0) -> Self:
        try:
            return cast(Self, _new_decimal(cls._BY_DIRECTION[direction], value))
        except KeyError:
            raise ValueError(f"a direction is +1, -1 or 0, not {direction!r}") from None

    def __reduce__(self) -> tuple[type[_Directed], tuple[str, int]]:  # type: ignore[override]  # keeps the direction
        return self._BY_DIRECTION[0], (str(self), self.direction)

    def __repr__(self) -> str:
        return f"{self._BY_DIRECTION[0].__name__}({_SIGNS[self.direction]}{Decimal(self)})"


class DecimalPrice(_Directed):
    """An absolute price with decimals (US quotes, index levels); `direction` as for Price."""

    __slots__ = ()


class _RisingDecimalPrice(DecimalPrice):
    __slots__ = ()
    direction = 1


class _FallingDecimalPrice(DecimalPrice):
    __slots__ = ()
    direction = -1


class DirectedRate(_Directed):
    """An absolute percentage; `direction` is the sign Kiwoom put in front of it ("-37.24" as
    today's volume against the previous day's is 37.24 %, below it)."""

    __slots__ = ()


class _RisingDirectedRate(DirectedRate):
    __slots__ = ()
    direction = 1


class _FallingDirectedRate(DirectedRate):
    __slots__ = ()
    direction = -1


_DECIMAL_PRICES: dict[int, type[DecimalPrice]] = {0: DecimalPrice, 1: _RisingDecimalPrice, -1: _FallingDecimalPrice}
_DIRECTED_RATES: dict[int, type[DirectedRate]] = {0: DirectedRate, 1: _RisingDirectedRate, -1: _FallingDirectedRate}
DecimalPrice._BY_DIRECTION = _DECIMAL_PRICES
DirectedRate._BY_DIRECTION = _DIRECTED_RATES
_BY_SIGN = {"+": 1, "-": -1}


def _split_sign(text: str) -> tuple[int, int, str]:
    """(direction, arithmetic sign, digits) of '+600', '-0.24', '--714', '+-121', '000123', '1,507.70'."""
    text = text.replace(",", "")
    signs = ""
    while text[:1] in ("+", "-"):
        signs, text = signs + text[0], text[1:]
    direction = {"+": 1, "-": -1}.get(signs[:1], 0)
    arithmetic = -1 if signs[-1:] == "-" else 1
    return direction, arithmetic, text


def _digits(text: str) -> str:
    """`text` (a number's digits, its signs and commas taken off) when it is written as Kiwoom writes a number:
    digits with at most one point. InvalidOperation for what Decimal() would read besides ("NaN", "Infinity",
    "1e3", "1_000"): such a value stays its raw string, as it does for a whole number."""
    if not text.replace(".", "", 1).isdecimal():
        raise InvalidOperation(text)
    return text


def to_text(raw: str | None) -> str | None:
    return raw if raw and not raw.isspace() else None


def to_int(raw: str | None) -> int | str | None:
    if raw is None:
        return None
    try:
        if raw.isdecimal() or (raw[:1] in _BY_SIGN and raw[1:].isdecimal()):
            return int(raw)  # the common shapes ("000123", "-000123") at C speed
        if not raw.strip():
            return None
        _, sign, digits = _split_sign(raw.strip())
        return sign * int(digits) if digits.isdecimal() else raw
    except ValueError:  # more digits than int() reads (sys.get_int_max_str_digits)
        return raw


def to_price(raw: str | None, decimals: bool = False) -> Price | DecimalPrice | str | None:
    """A price with its direction; '+60700' -> Price(60700, +1), '-162.6000' -> DecimalPrice('162.6000', -1).
    Zero, with any sign ('0', '-0', '0.0000'), is None: no price (specs/kinds.yaml, kind price); a zero is falsy,
    hence the `or None` of each return."""
    if raw is None:
        return None
    try:
        if not decimals:  # the common shapes ("+60700", "-60700", "60700", "+198.5000") without the general path
            if raw.isdecimal():
                return _new_int(Price, raw) or None
            direction = _BY_SIGN.get(raw[:1])
            body = raw if direction is None else raw[1:]
            if direction is not None and body.isdecimal():
                return _new_int(_PRICES[direction], body) or None
            if body.replace(".", "", 1).isdecimal():
                return _new_decimal(_DECIMAL_PRICES[direction or 0], body) or None
        if not raw.strip():
            return None
        direction, _, digits = _split_sign(raw.strip())
        if digits.isdecimal() and not decimals:
            return Price(int(digits), direction) or None
        return DecimalPrice(_digits(digits), direction) or None
    except (ValueError, ArithmeticError):  # not a number (InvalidOperation), or more digits than int() reads
        return raw


def to_scaled_price(raw: str | None, scale: int) -> DecimalPrice | str | None:
    """A price written without its decimal point: '-388193' at scale 100 is DecimalPrice('3881.93', -1); zero is
    None, as in to_price."""
    if raw is None:
        return None
    try:
        direction = _BY_SIGN.get(raw[:1], 0)
        body = raw[1:] if direction else raw
        if body.replace(".", "", 1).isdecimal():  # the common shapes ("-388193") without the general path
            return _new_decimal(_DECIMAL_PRICES[direction], _divide(Decimal(body), scale)) or None
        if not raw.strip():
            return None
        direction, _, digits = _split_sign(raw.strip())
        return DecimalPrice(_divide(Decimal(_digits(digits)), scale), direction) or None
    except ArithmeticError:  # not a number (InvalidOperation), or out of Decimal's range once scaled (Overflow)
        return raw


def to_decimal(raw: str | None, scale: int | None = None) -> Decimal | str | None:
    if raw is None:
        return None
    try:
        body = raw[1:] if raw[:1] in _BY_SIGN else raw
        if body.replace(".", "", 1).isdecimal():  # the common shapes ("-0.24", "000012.50") directly
            value = Decimal(raw)
            return _divide(value, scale) if scale else value
        if not raw.strip():
            return None
        _, sign, digits = _split_sign(raw.strip().rstrip("%"))
        value = _multiply(Decimal(_digits(digits)), sign)
        return _divide(value, scale) if scale else value
    except ArithmeticError:  # not a number (InvalidOperation), or out of Decimal's range (Overflow)
        return raw


def to_directed_rate(raw: str | None, scale: int | None = None) -> DirectedRate | str | None:
    """A percentage with its direction: '-37.24' -> DirectedRate('37.24', -1)."""
    if raw is None:
        return None
    try:
        direction = _BY_SIGN.get(raw[:1], 0)
        body = raw[1:] if direction else raw
        if body.replace(".", "", 1).isdecimal():  # the common shapes ("-37.24", "0.17") without the general path
            return _new_decimal(_DIRECTED_RATES[direction], _divide(Decimal(body), scale) if scale else body)
        if not raw.strip():
            return None
        direction, _, digits = _split_sign(raw.strip().rstrip("%"))
        value = Decimal(_digits(digits))
        return DirectedRate(_divide(value, scale) if scale else value, direction)
    except ArithmeticError:  # not a number (InvalidOperation), or out of Decimal's range once scaled (Overflow)
        return raw


def _blank_or_zero(raw: str) -> bool:
    """No value: blank, or all zeros ("00000000", "000000", "00:00:00"), Kiwoom's 'not yet' (a limit never reached, a date not set)."""
    return raw.strip().replace(":", "").strip("0") == ""


def _date(raw: str | None) -> _dt.date | str | None:
    if raw is not None and len(raw) == 8 and raw.isdigit() and raw.isascii() and raw != "00000000":  # "20260223"
        try:
            return _date_from_digits(raw)  # a date as YYYYMMDD, or ValueError
        except ValueError:
            return raw
    if raw is None or _blank_or_zero(raw):
        return None
    text = raw.strip()
    if text[4:5] == "-":  # some US TRs send "2026-06-29" or "2026-06-29 00:00:00.0"
        text = text[:10].replace("-", "")
    try:
        return _dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])) if len(text) == 8 and text.isdecimal() else raw
    except ValueError:
        return raw


def _time(raw: str | None) -> _dt.time | str | None:
    return _time_of_day(raw, zeros_are_midnight=False)


def _clock_time(raw: str | None) -> _dt.time | str | None:
    """A time of the row's or frame's own event (kind clock_time): it always has one, so all zeros is midnight."""
    return _time_of_day(raw, zeros_are_midnight=True)


def _time_of_day(raw: str | None, zeros_are_midnight: bool) -> _dt.time | str | None:
    """HHMMSS or HH:MM:SS; blank is no value, and so is all zeros ('not yet') unless `zeros_are_midnight`."""
    if (
        raw is not None
        and len(raw) == 6
        and raw.isdigit()
        and raw.isascii()
        and (zeros_are_midnight or raw != "000000")
    ):
        try:
            return _time_from_digits(raw)  # a time as HHMMSS ("143050"), or ValueError
        except ValueError:
            return raw
    if raw is None or not raw.strip() or (not zeros_are_midnight and _blank_or_zero(raw)):
        return None
    text = raw.strip().replace(":", "")
    try:
        return _dt.time(int(text[:2]), int(text[2:4]), int(text[4:6])) if len(text) == 6 and text.isdecimal() else raw
    except ValueError:
        return raw


def _remembered(convert: Callable[[str | None], T]) -> Callable[[str | None], T]:
    """The converter, remembering its (immutable) value of each raw string: times of day and dates come back in
    every frame of a day (a trade's second, the day's open time, "000000" for a limit not reached). It starts over
    after _REMEMBERED strings, so that a long run of unusual strings cannot fill the memory."""
    seen: dict[str | None, T] = {}
    _TABLES.append(seen)

    @wraps(convert)
    def remembered(raw: str | None) -> T:
        value = seen.get(raw, _UNSEEN)
        if value is _UNSEEN:
            if len(seen) >= _REMEMBERED:
                seen.clear()
            value = seen[raw] = convert(raw)
        return value  # type: ignore[return-value]  # not _UNSEEN

    return remembered


to_date = _remembered(_date)
to_time = _remembered(_time)
to_clock_time = _remembered(_clock_time)


def to_datetime(raw: str | None) -> _dt.datetime | str | None:
    if raw is None or _blank_or_zero(raw):
        return None
    text = raw.strip()
    if text[4:5] == "-":  # "2026-06-29 15:30:00.0"
        text = text[:19].replace("-", "").replace(":", "").replace(" ", "")
    try:
        return _dt.datetime.strptime(text, "%Y%m%d%H%M%S") if len(text) == 14 else raw
    except ValueError:
        return raw


FLAGS = {"Y": True, "N": False, "1": True, "0": False}  # a flag's codes, read in either case


def to_flag(raw: str | None) -> bool | str | None:
    if raw is None or not raw.strip():
        return None
    return FLAGS.get(raw.strip().upper(), raw)


@cache
def _codes(enum: type[Enum]) -> dict[str | None, Any]:
    """What each raw code seen so far reads as in a code table (a member, the raw code, None): `to_code` of a code
    it has seen is one lookup, where the enum's own lookup (and its ValueError for an unknown code) costs far more."""
    seen: dict[str | None, Any] = {}
    _TABLES.append(seen)
    return seen


def to_code(raw: str | None, enum: type[E]) -> E | str | None:
    """The enum member, or the raw code when the server sends one the spec does not know."""
    seen = _codes(enum)
    value: E | str | None = seen.get(raw, _UNSEEN)
    if value is _UNSEEN:
        value = _code(raw, enum)
        if len(seen) < _REMEMBERED:  # a code table has a few codes; a flood of odd ones is not remembered
            seen[raw] = value
    return value


def _code(raw: str | None, enum: type[E]) -> E | str | None:
    if raw is None or not raw.strip():
        return None
    try:
        return enum(raw.strip())
    except ValueError:
        return raw


# ---- many values at once -------------------------------------------------------------------------------------------
# A realtime event reads the FIDs of one kind together (`_read` of the generated classes). Each function gives, for a
# sequence of raw values, exactly what its converter gives value by value; when every value has the common shape it
# converts them all in C, and otherwise it falls back to a slower common path or to the converter for each value.

_PRICE_BY_FIRST: dict[str, type[Price]] = {**dict.fromkeys("0123456789", Price), "+": _RisingPrice, "-": _FallingPrice}
_DECIMAL_PRICE_BY_FIRST: dict[str, type[DecimalPrice]] = {
    **dict.fromkeys("0123456789.", DecimalPrice),
    "+": _RisingDecimalPrice,
    "-": _FallingDecimalPrice,
}
_first = operator.itemgetter(0)


def to_ints(raws: Sequence[str | None]) -> list[int | str | None]:
    """[to_int(raw) for raw in raws]. Kiwoom's whole numbers ("10055036", "-4000", "+8" without its plus) are JSON
    integers: orjson reads them all at once; zero-padded or blank-padded ones ("000123", " 0") take one int() each."""
    try:
        joined = ",".join(raws)  # type: ignore[arg-type]
        plus = joined.count("+")
        if plus and plus == joined.count(",+") + joined.startswith("+"):  # each in front of a value
            joined = joined.replace("+", "")  # which JSON refuses and int() ignores
        # Digits and minus signs only: whatever JSON reads of them is whole numbers, as many as the values unless
        # one has a comma in it, and ints unless one is too long for 64 bits (orjson gives a float then).
        if joined.replace(",", "").replace("-", "").isdigit():
            values: list[int | str | None] = orjson.loads(f"[{joined}]")
            if len(values) == len(raws) and type(sum(values)) is int:  # type: ignore[arg-type]
                return values
    except (TypeError, ValueError):  # None (a FID not sent); not JSON: a leading zero, a blank, "-"...
        pass
    try:
        if "_" not in "".join(raws):  # type: ignore[arg-type]  # int() reads "1_000"; to_int keeps it as sent
            return list(map(int, raws))  # type: ignore[arg-type]
    except (TypeError, ValueError):  # None, a blank, a doubled sign, a comma...
        pass
    return list(map(to_int, raws))


def to_prices(raws: Sequence[str | None]) -> list[Price | DecimalPrice | str | None]:
    """[to_price(raw) for raw in raws]: the class from the first character ("+" rising, "-" falling, a digit
    neither), the value from what follows the signs, when all are whole ("-251000") or all have one decimal point
    ("+198.5000"); a zero is None, as there (an empty level of an order book: 0D sends "-0")."""
    try:
        firsts = list(map(_first, raws))  # type: ignore[arg-type]
        digits = list(map(str.lstrip, raws, repeat("+-")))  # type: ignore[arg-type]
        joined = "".join(digits)
        values: list[Price | DecimalPrice | str | None]
        if joined.isdecimal():
            values = list(map(_new_int, map(_PRICE_BY_FIRST.__getitem__, firsts), digits))
            return [value or None for value in values] if 0 in values else values
        # one point each (Decimal refuses a second, and a value without one leaves another with two)
        if joined.count(".") == len(digits) and joined.replace(".", "").isdecimal():
            # Decimal(text, _ARITHMETIC) raises for a malformed text, whatever the caller's context (one that traps
            # nothing would make it NaN, where the value alone stays as sent)
            classes = map(_DECIMAL_PRICE_BY_FIRST.__getitem__, firsts)
            values = list(map(_new_decimal, classes, digits, repeat(_ARITHMETIC)))
            return [value or None for value in values] if 0 in values else values
    except (TypeError, KeyError, IndexError, ValueError, InvalidOperation):  # None, a blank, "+ 5", "1,000"...
        pass
    return list(map(to_price, raws))


def to_decimals(raws: Sequence[str | None]) -> list[Decimal | str | None]:
    """[to_decimal(raw) for raw in raws]: Decimal(raw) each when all are plain numbers ("-0.24", "000012.50")."""
    try:  # digits, points and signs only: no exponent, no NaN, no blank (Decimal refuses what is left: "1-2", ".")
        if "".join(raws).replace(".", "").replace("-", "").replace("+", "").isdigit():  # type: ignore[arg-type]
            return list(map(Decimal, raws, repeat(_ARITHMETIC)))  # type: ignore[arg-type]  # raises as to_prices
    except (TypeError, InvalidOperation):  # None, "", "+", "1-2", "1.2.3": not a number as written
        pass
    return list(map(to_decimal, raws))


def forget() -> None:
    """Forget every value the converters remember (they start over by themselves past _REMEMBERED strings each):
    the memory back, or a measurement that must not find the values of an earlier run."""
    for table in _TABLES:
        table.clear()
