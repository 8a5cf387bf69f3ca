"""The value converters as they were before realtime events read their FIDs many at once (kiwoom_sdk._values at
commit 70c5cd1, the direction of a price on each value): the reference that tests/test_value_semantics.py holds
today's converters and value classes to. Not imported by the package. Changes since, made in both: a number is
digits with at most one point (`_digits`), so "NaN", "Infinity", "1e3" and "1_000" stay the raw string; `to_clock_time`,
the converter of kind clock_time, reads a time as `to_time` does but all zeros as midnight; a price of zero, whatever
its sign, is None (`_no_zero`)."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Self, TypeVar

E = TypeVar("E", bound=Enum)
KST = _dt.timezone(_dt.timedelta(hours=9), "KST")  # Kiwoom's clock; Korea keeps no daylight saving time


class Price(int):
    """An absolute price; `direction` is +1, -1 or 0: the sign Kiwoom put in front of it."""

    direction: int

    def __new__(cls, value: int, direction: int = 0) -> Price:
        price = super().__new__(cls, value)
        price.direction = direction
        return price

    def __repr__(self) -> str:
        sign = {1: "+", -1: "-"}.get(self.direction, "")
        return f"Price({sign}{int(self)})"


class _Directed(Decimal):
    """An absolute decimal with the direction Kiwoom put in front of it: +1, -1 or 0."""

    direction: int

    def __new__(cls, value: str | Decimal, direction: int = 0) -> Self:
        number = super().__new__(cls, value)
        number.direction = direction
        return number

    def __repr__(self) -> str:
        sign = {1: "+", -1: "-"}.get(self.direction, "")
        return f"{type(self).__name__}({sign}{Decimal(self)})"


class DecimalPrice(_Directed):
    """An absolute price with decimals (US quotes, index levels); `direction` as for Price."""


class DirectedRate(_Directed):
    """An absolute percentage; `direction` is the sign Kiwoom put in front of it ("-37.24" as
    today's volume against the previous day's is 37.24 %, below it)."""


def _split_sign(text: str) -> tuple[int, int, str]:
    """(direction, arithmetic sign, digits) of '+600', '-0.24', '--714', '+-121', '000123', '1,507.70'."""
    text = text.replace(",", "")
    signs = ""
    while text[:1] in ("+", "-"):
        signs, text = signs + text[0], text[1:]
    direction = {"+": 1, "-": -1}.get(signs[:1], 0)
    arithmetic = -1 if signs[-1:] == "-" else 1
    return direction, arithmetic, text


def to_text(raw: str | None) -> str | None:
    return raw if raw and raw.strip() else None


def to_int(raw: str | None) -> int | str | None:
    if raw is None:
        return None
    if raw.isdecimal() or (raw[:1] in ("+", "-") and raw[1:].isdecimal()):
        return int(raw)  # the common shapes ("000123", "-000123") at C speed
    if not raw.strip():
        return None
    _, sign, digits = _split_sign(raw.strip())
    return sign * int(digits) if digits.isdecimal() else raw


def _digits(text: str) -> str:
    if not text.replace(".", "", 1).isdecimal():
        raise InvalidOperation(text)
    return text


def _no_zero(value: Price | DecimalPrice | str | None) -> Price | DecimalPrice | str | None:
    """A price of zero is no price (specs/kinds.yaml)."""
    return None if isinstance(value, (Price, DecimalPrice)) and value == 0 else value


def to_price(raw: str | None, decimals: bool = False) -> Price | DecimalPrice | str | None:
    return _no_zero(_price(raw, decimals))


def _price(raw: str | None, decimals: bool = False) -> Price | DecimalPrice | str | None:
    """A price with its direction; '+60700' -> Price(60700, +1), '-162.6000' -> DecimalPrice('162.6000', -1)."""
    if raw is None:
        return None
    if not decimals:  # the common shapes ("+60700", "-60700", "60700") without the general path
        sign = raw[:1]
        if sign in ("+", "-") and raw[1:].isdecimal():
            return Price(int(raw[1:]), 1 if sign == "+" else -1)
        if raw.isdecimal():
            return Price(int(raw), 0)
    if not raw.strip():
        return None
    direction, _, digits = _split_sign(raw.strip())
    if digits.isdecimal() and not decimals:
        return Price(int(digits), direction)
    try:
        return DecimalPrice(_digits(digits), direction)
    except InvalidOperation:
        return raw


def to_scaled_price(raw: str | None, scale: int) -> DecimalPrice | str | None:
    value = _no_zero(_scaled_price(raw, scale))
    assert not isinstance(value, Price)
    return value


def _scaled_price(raw: str | None, scale: int) -> DecimalPrice | str | None:
    """A price written without its decimal point: '-388193' at scale 100 is DecimalPrice('3881.93', -1)."""
    if raw is None or not raw.strip():
        return None
    direction, _, digits = _split_sign(raw.strip())
    try:
        return DecimalPrice(Decimal(_digits(digits)) / scale, direction)
    except InvalidOperation:
        return raw


def to_decimal(raw: str | None, scale: int | None = None) -> Decimal | str | None:
    if raw is None:
        return None
    body = raw[1:] if raw[:1] in ("+", "-") else raw
    if body.replace(".", "", 1).isdecimal():  # the common shapes ("-0.24", "000012.50") directly
        value = Decimal(raw)
        return value / scale if scale else value
    if not raw.strip():
        return None
    _, sign, digits = _split_sign(raw.strip().rstrip("%"))
    try:
        value = Decimal(_digits(digits)) * sign
    except InvalidOperation:
        return raw
    return value / scale if scale else value


def to_directed_rate(raw: str | None, scale: int | None = None) -> DirectedRate | str | None:
    """A percentage with its direction: '-37.24' -> DirectedRate('37.24', -1)."""
    if raw is None or not raw.strip():
        return None
    direction, _, digits = _split_sign(raw.strip().rstrip("%"))
    try:
        value = Decimal(_digits(digits))
    except InvalidOperation:
        return raw
    return DirectedRate(value / scale if scale else value, direction)


def _blank_or_zero(raw: str) -> bool:
    """No value: blank, or all zeros ("00000000", "000000", "00:00:00"), Kiwoom's 'not yet' (a limit never reached, a date not set)."""
    return raw.strip().replace(":", "").strip("0") == ""


def to_date(raw: str | None) -> _dt.date | str | None:
    if raw is None or _blank_or_zero(raw):
        return None
    text = raw.strip()
    if text[4:5] == "-":  # some US TRs send "2026-06-29" or "2026-06-29 00:00:00.0"
        text = text[:10].replace("-", "")
    try:
        return _dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])) if len(text) == 8 and text.isdecimal() else raw
    except ValueError:
        return raw


def to_time(raw: str | None) -> _dt.time | str | None:
    if raw is None or _blank_or_zero(raw):
        return None
    text = raw.strip().replace(":", "")
    try:
        return _dt.time(int(text[:2]), int(text[2:4]), int(text[4:6])) if len(text) == 6 and text.isdecimal() else raw
    except ValueError:
        return raw


def to_clock_time(raw: str | None) -> _dt.time | str | None:
    if raw is None or not raw.strip():
        return None
    text = raw.strip().replace(":", "")
    try:
        return _dt.time(int(text[:2]), int(text[2:4]), int(text[4:6])) if len(text) == 6 and text.isdecimal() else raw
    except ValueError:
        return raw


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


def to_flag(raw: str | None) -> bool | str | None:
    if raw is None or not raw.strip():
        return None
    return {"Y": True, "N": False, "1": True, "0": False}.get(raw.strip().upper(), raw)


def to_code(raw: str | None, enum: type[E]) -> E | str | None:
    """The enum member, or the raw code when the server sends one the spec does not know."""
    if raw is None or not raw.strip():
        return None
    try:
        return enum(raw.strip())
    except ValueError:
        return raw
