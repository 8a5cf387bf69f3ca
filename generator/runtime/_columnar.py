"""Rows into typed polars columns, with no Python object per value: a batch of REAL frames
(`frames.decode_to_polars`), decoded realtime events and a response's unread rows (`frames.to_polars`).

The raw values come as one string column per field: parsed from a batch's JSON by pyarrow (`raw_columns`), or taken
from events (`event_columns`) or rows (`model_columns`). Each column is converted by the column form of its converter
(`SHAPES`): polars expressions that give what the converter of kiwoom_sdk._values gives, but only for the shapes
Kiwoom sends ("+60700", "-0.24", "143050", a code of the table, a blank). `Shape.exact` says whether every value of a
column has such a shape; a column where one has not is converted by the converter itself, value by value, and a batch
pyarrow might read otherwise than `realtime.decode` is decoded message by message. The bounds in the shapes keep
every value inside its column (Int64; the 38 digits of a Decimal), so that a value that would not fit is never
converted here either. Imported only once polars is: it needs it.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

import polars

from . import frames  # its column model; frames imports this module only when it reads a batch
from ._models import KiwoomModel
from ._reading import plan_of, raw_values, text_only
from ._realtime import Event, RealtimeEvent, _all_text
from ._values import (
    FLAGS,
    to_clock_time,
    to_code,
    to_date,
    to_decimal,
    to_directed_rate,
    to_flag,
    to_int,
    to_price,
    to_text,
    to_time,
)

_NUMBER = r"^(?:[+-]?[0-9]{1,20}(?:\.[0-9]{1,18})?)?$"  # or blank
_ZERO = r"^[+-]?0+(?:\.0+)?$"  # a zero of _NUMBER's shapes: no price (to_price)
_SCALED_NUMBER = r"^(?:[+-]?[0-9]{1,14}(?:\.[0-9]{1,12})?)?$"  # its quotient by up to 10**6 keeps to 38 digits
_TIME_OF_DAY = r"^(?:(?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9])?$"  # or blank
_TEXT = r"^$|[!-~\p{L}\p{N}]"  # a character that is no white space (to_text keeps the value), or blank
_DATE = r"^(?:(?:19|20)[0-9]{6}|00000000)?$"  # years where polars' calendar and Python's agree (Python has no year 0)
MOST_DECIMALS = 18  # of a number read here
_WHOLE = 19  # the longest whole number (with its sign) read as an Int64 whose absolute value is one too
_MOST_POWER = 6  # of ten, that a number sent without its point is divided by
CHUNK_BYTES = 1 << 28  # the most bytes of a batch pyarrow parses into one chunk (its block_size; `raw_columns`)


@dataclass(frozen=True)
class Options:
    """What a column is read as: `scale` of a Decimal column, `codes` of a code table, `floats` for decimals="float",
    `labels` for codes="label"; of a number sent without its point, the `power` of ten it is divided by (FID 851,
    x100: 2) and the `places` (decimals) every value of the column is written with."""

    scale: int = 0
    codes: type[Enum] | None = None
    floats: bool = False
    labels: bool = False
    power: int = 0
    places: int = 0


Read = Callable[
    [polars.Expr, Options], polars.Expr
]  # (raw, options) -> the typed column; null, never an error, where not exact
Exact = Callable[[polars.Expr, polars.Expr, Options], polars.Expr]  # (raw, read, options) -> per row: read is exact
Measure = Callable[[polars.Expr, Options], dict[str, polars.Expr]]  # an Options field -> its value, aggregated


def _unmeasured(raw: polars.Expr, options: Options) -> dict[str, polars.Expr]:
    return {}


@dataclass(frozen=True)
class Shape:
    """The column form of one converter: `read` gives the typed column (absolute for a directed value), `exact`
    where that is what the converter gives, and `measure` what `read` needs to know of the whole column first."""

    read: Read
    exact: Exact
    directed: bool = False  # its values carry a direction sign (the `<name>_direction` column)
    measure: Measure = _unmeasured


def _matching(pattern: str) -> Exact:
    def exact(raw: polars.Expr, read: polars.Expr, options: Options) -> polars.Expr:
        return raw.is_null() | raw.str.contains(pattern)

    return exact


def _read_or_blank(raw: polars.Expr, read: polars.Expr, options: Options) -> polars.Expr:
    """polars read the value, or it is blank: for a reading that refuses (null) whatever it does not read exactly."""
    return raw.is_null() | (raw == "") | read.is_not_null()


def _given(raw: polars.Expr) -> polars.Expr:
    """Null for a blank value (the converters' None), the raw value otherwise."""
    return polars.when(raw != "").then(raw)


def direction(raw: polars.Expr) -> polars.Expr:
    """+1, -1 or 0 (Int8): the sign in front of a value of a directed shape; null for a blank."""
    sign = polars.when(raw.str.starts_with("+")).then(1).when(raw.str.starts_with("-")).then(-1)
    return sign.when(raw != "").then(0).cast(polars.Int8)


def _text(raw: polars.Expr, options: Options) -> polars.Expr:
    return _given(raw)


def _int(raw: polars.Expr, options: Options) -> polars.Expr:
    return raw.str.to_integer(strict=False)  # [+-]?[0-9]+ within Int64, as int() reads it; null for anything else


def _places(raw: polars.Expr) -> polars.Expr:
    """The decimals each value is written with (0 without a point; null for a blank)."""
    point = raw.str.find(".", literal=True)
    return polars.when(raw != "").then((raw.str.len_chars() - point - 1).fill_null(0))


def _number_scale(raw: polars.Expr, options: Options) -> dict[str, polars.Expr]:
    """The scale of a Decimal column: the most decimals of a value (0 when none has a point)."""
    return {"scale": _places(raw).max().fill_null(0)}


def _number(raw: polars.Expr, options: Options, absolute: bool) -> polars.Expr:
    if options.scale == 0:  # whole numbers ("+60700"), read as Int64
        whole = raw.str.to_integer(strict=False)
        if absolute:
            return whole.abs().cast(
                polars.Float64 if options.floats else polars.Decimal(frames.PRECISION, 0), strict=False
            )
        if not options.floats:
            return whole.cast(polars.Decimal(frames.PRECISION, 0), strict=False)
        # an Int64 has no -0: "-0" is -0.0, as float(Decimal("-0")) is
        negative_zero = (whole == 0) & raw.str.starts_with("-")
        return polars.when(negative_zero).then(polars.lit(-0.0)).otherwise(whole.cast(polars.Float64))
    text = raw.str.strip_chars_start("+-") if absolute else raw  # "+-5" is of no shape here: never read
    if options.floats:
        return _given(text).cast(polars.Float64, strict=False)
    return text.str.to_decimal(scale=options.scale).cast(polars.Decimal(frames.PRECISION, options.scale), strict=False)


def _absolute(raw: polars.Expr, options: Options) -> polars.Expr:
    return _number(raw, options, absolute=True)


def _price(raw: polars.Expr, options: Options) -> polars.Expr:
    """Absolute, and null for a zero ("-0", "0.0000"): no price, as to_price reads it."""
    value = _absolute(raw, options)
    return polars.when(value != 0).then(value)


def _signed(raw: polars.Expr, options: Options) -> polars.Expr:
    return _number(raw, options, absolute=False)


def _number_exact(raw: polars.Expr, read: polars.Expr, options: Options) -> polars.Expr:
    if options.scale == 0:
        return _read_or_blank(raw, read, options) & (raw.is_null() | (raw.str.len_bytes() <= _WHOLE))
    return raw.is_null() | raw.str.contains(_NUMBER)


def _price_exact(raw: polars.Expr, read: polars.Expr, options: Options) -> polars.Expr:
    """As _number_exact, where a zero, which _price reads as null, is exact too."""
    return _number_exact(raw, read, options) | raw.str.contains(_ZERO).fill_null(False)


def _price_scale(raw: polars.Expr, options: Options) -> dict[str, polars.Expr]:
    """As _number_scale, of the values that are not zero: a zero is no price, which has no decimals."""
    return _number_scale(polars.when(~raw.str.contains(_ZERO)).then(raw), options)


def _scaled_measure(raw: polars.Expr, options: Options) -> dict[str, polars.Expr]:
    """Of a number sent without its point: the decimals all its values are written with (`places`; more than
    MOST_DECIMALS when they differ), and the column's scale, the most decimals of a quotient as Decimal division
    gives it: the raw value's, or more where the division leaves digits that are not trailing zeros
    (Decimal("-1480") / 100 is -14.8, Decimal("1.50") / 100 is 0.015, Decimal("0.00") / 100 is 0.00)."""
    places = _places(raw)
    digits = raw.str.strip_chars_start("+-").str.replace(".", "", literal=True)
    zeros = digits.str.len_chars() - digits.str.strip_chars_end("0").str.len_chars()
    quotient = (
        polars.when(zeros == digits.str.len_chars())
        .then(places)
        .otherwise(polars.max_horizontal(places, places + options.power - zeros))
    )
    uniform = places.min() == places.max()
    return {
        "places": polars.when(uniform).then(places.max()).otherwise(MOST_DECIMALS + 1).fill_null(0),
        "scale": quotient.max().fill_null(0),
    }


def _scaled(raw: polars.Expr, options: Options) -> polars.Expr:
    """The quotient of a number by 10 ** power, by moving its point: exact at the column's scale."""
    shift = options.places + options.power
    digits = raw.str.strip_chars_start("+-").str.replace(".", "", literal=True).str.zfill(shift + 1)
    sign = polars.when(raw.str.starts_with("-")).then(polars.lit("-")).otherwise(polars.lit(""))
    text = polars.concat_str(sign, digits.str.head(-shift), polars.lit("."), digits.str.tail(shift))
    number = text.str.to_decimal(scale=options.scale).cast(
        polars.Decimal(frames.PRECISION, options.scale), strict=False
    )
    return polars.when(raw != "").then(number)


def _time(raw: polars.Expr, options: Options) -> polars.Expr:
    return polars.when((raw != "") & (raw != "000000")).then(raw.str.to_time("%H%M%S", strict=False))


def _clock_time(raw: polars.Expr, options: Options) -> polars.Expr:
    """As _time, but all zeros is midnight (to_clock_time)."""
    return polars.when(raw != "").then(raw.str.to_time("%H%M%S", strict=False))


def _date(raw: polars.Expr, options: Options) -> polars.Expr:
    return polars.when((raw != "") & (raw != "00000000")).then(raw.str.to_date("%Y%m%d", strict=False))


def _date_exact(raw: polars.Expr, read: polars.Expr, options: Options) -> polars.Expr:
    """YYYYMMDD of a day that exists ("20260230" has the shape but is no day: the converter keeps it raw)."""
    return raw.is_null() | (raw.str.contains(_DATE) & (raw.is_in(["", "00000000"]) | read.is_not_null()))


_FLAGS_AS_SENT = {written: value for code, value in FLAGS.items() for written in (code, code.lower())}


def _flag(raw: polars.Expr, options: Options) -> polars.Expr:
    written = [[code for code, value in _FLAGS_AS_SENT.items() if value is flag] for flag in (True, False)]
    return polars.when(raw.is_in(written[0])).then(True).when(raw.is_in(written[1])).then(False)


def _flag_exact(raw: polars.Expr, read: polars.Expr, options: Options) -> polars.Expr:
    """A flag's code as to_flag reads it without stripping it, or blank."""
    return raw.is_null() | raw.is_in(["", *_FLAGS_AS_SENT])


def _code(raw: polars.Expr, options: Options) -> polars.Expr:
    assert options.codes is not None
    values = {str(member.value): member.name for member in options.codes}
    if options.labels:
        return _given(raw).replace_strict(values, default=None).cast(polars.Enum(list(values.values())))
    return _given(raw).cast(polars.Enum(list(values)), strict=False)


def _code_exact(raw: polars.Expr, read: polars.Expr, options: Options) -> polars.Expr:
    """A member's value as sent, or blank: to_code strips a value before its look-up and keeps an unknown one."""
    assert options.codes is not None
    return raw.is_null() | raw.is_in(["", *(str(member.value) for member in options.codes)])


SHAPES: dict[Callable[..., object], Shape] = {
    to_text: Shape(_text, _matching(_TEXT)),
    to_int: Shape(_int, _read_or_blank),
    to_price: Shape(_price, _price_exact, directed=True, measure=_price_scale),
    to_directed_rate: Shape(_absolute, _number_exact, directed=True, measure=_number_scale),
    to_decimal: Shape(_signed, _number_exact, measure=_number_scale),
    to_time: Shape(_time, _matching(_TIME_OF_DAY)),
    to_clock_time: Shape(_clock_time, _matching(_TIME_OF_DAY)),
    to_date: Shape(_date, _date_exact),
    to_flag: Shape(_flag, _flag_exact),
    to_code: Shape(_code, _code_exact),
}
_SCALED = Shape(_scaled, _matching(_SCALED_NUMBER), measure=_scaled_measure)  # to_decimal(raw, 100)


def shape_of(convert: Callable[..., object], arguments: tuple[object, ...], floats: bool) -> tuple[Shape, int] | None:
    """The column form of a FID's converter with its arguments, and the power of ten it divides by; None where it
    has none: a number sent without its point read as a float, whose rounding is Python's, or a scaled rate."""
    if convert is to_decimal and arguments and not floats:
        power = len(str(arguments[0])) - 1
        return (_SCALED, power) if arguments[0] == 10**power and 0 < power <= _MOST_POWER else None
    if convert is not to_code and arguments:
        return None
    shape = SHAPES.get(convert)
    return None if shape is None else (shape, 0)


# ---- typed columns of rows -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """Where a typed column of a frame comes from: the raw column `key` (a FID number; a response field's place), read
    value by value by `convert` as the row reads it, which is `function(raw, *arguments)` (a converter of
    kiwoom_sdk._values and its arguments), and column by column by its column form, `shape_of(function, arguments)`."""

    key: str
    convert: Callable[[str | None], object]
    function: Callable[..., object]
    arguments: tuple[object, ...]


Measured = tuple[str, str]  # (attribute, Options field): a measure of a batch's column


@dataclass(frozen=True)
class _Plan:
    """How the raw columns of rows of one class become typed ones, for one set of options and measures."""

    shapes: dict[str, Shape]  # attribute -> the column form it is read by, where it has one
    reads: list[polars.Expr]  # each such column read (attribute), and its direction (attribute_direction)
    exact: list[polars.Expr]  # for each such column (attribute): whether it reads exactly what the converter gives


def registered(of: object) -> bool:
    """Whether `of` is the event class of kiwoom_sdk.realtime for its type (what a batch is read as)."""
    from .realtime import REGISTRY

    return isinstance(of, type) and REGISTRY.get(getattr(of, "TYPE", "")) is of


RowClass = type[RealtimeEvent] | type[KiwoomModel]  # a registered event class, or a response row model
F = TypeVar("F", bound=Callable[..., object])


def _per_class(function: F) -> F:
    """functools.cache, typed as the function: mypy takes a model class for unhashable (its __hash__ is its rows')."""
    return functools.cache(function)  # type: ignore[return-value]


@_per_class
def sources(of: RowClass) -> dict[str, Source] | None:
    """attribute -> its Source, for each typed column of a frame of `of`: an event's FIDs (its `item` is kept as
    sent), or a response row's fields, the raw column of each named by its place ("0", "1"...: no field name then
    reads the typed column where the raw one was meant); None for a model with a field no converter reads."""
    if issubclass(of, RealtimeEvent):
        found = {}
        for fid, attribute in of.FIDS.items():
            typed = getattr(of, attribute)
            convert = functools.partial(_convert, typed.convert, typed.arguments)
            found[attribute] = Source(fid, convert, typed.convert, typed.arguments)
        return found
    plan = plan_of(of)
    if plan is None or plan.passed or plan.rows:
        return None
    found = {}
    for place, (_, name, _, parse) in enumerate(plan.values):
        function, arguments = parse.converter
        found[name] = Source(str(place), parse.convert, function, arguments)
    return found


def _convert(function: Callable[..., object], arguments: tuple[object, ...], raw: str | None) -> object:
    return function(raw, *arguments)


@_per_class
def _forms(of: RowClass, decimals: str, codes: str) -> dict[str, tuple[Shape, Options]]:
    """The column form of each typed column of `of` that has one, with the options it is read with (before
    measures)."""
    typed = sources(of) or {}
    forms = {}
    for column in frames._columns(of):
        source = typed.get(column.name)
        form = None if source is None else shape_of(source.function, source.arguments, decimals == "float")
        if form is not None:
            shape, power = form
            options = Options(codes=column.codes, floats=decimals == "float", labels=codes == "label", power=power)
            forms[column.name] = shape, options
    return forms


@_per_class
def _measures(of: RowClass, decimals: str, codes: str) -> tuple[tuple[Measured, ...], list[polars.Expr]]:
    """What the plan of a batch needs to know of its columns first: what each measure is of, and its expression (in
    the same order, each with a name of its own)."""
    typed = sources(of) or {}
    measures = [
        ((name, field), expression)
        for name, (shape, options) in _forms(of, decimals, codes).items()
        for field, expression in shape.measure(polars.col(typed[name].key), options).items()
    ]
    return tuple(what for what, _ in measures), [
        expression.alias(str(at)) for at, (_, expression) in enumerate(measures)
    ]


@_per_class
def _plan(
    of: RowClass, decimals: str, codes: str, directions: bool, measured: frozenset[tuple[Measured, int]]
) -> _Plan:
    typed = sources(of) or {}
    found: dict[str, dict[str, int]] = {}
    for (name, field), value in measured:
        found.setdefault(name, {})[field] = value
    shapes, reads, exact = {}, [], []
    for name, (shape, options) in _forms(of, decimals, codes).items():
        sizes = found.get(name, {})
        options = dataclasses.replace(options, scale=sizes.get("scale", 0), places=sizes.get("places", 0))
        if max(options.scale, options.places) > MOST_DECIMALS:  # some value is of no shape of its converter
            continue
        raw = polars.col(typed[name].key)
        shapes[name] = shape
        read = shape.read(raw, options)
        reads.append(read.alias(name))
        if directions and shape.directed:  # a value that is None (a blank, a zero price) has no direction
            reads.append(polars.when(read.is_not_null()).then(direction(raw)).alias(f"{name}_direction"))
        exact.append(shape.exact(raw, polars.col(name), options).all().alias(name))
    return _Plan(shapes, reads, exact)


def typed_frame(
    raw: polars.DataFrame, of: RowClass, decimals: str, codes: str, directions: bool, errors: str
) -> polars.DataFrame:
    """The frame `frames.to_polars` makes of the rows of the raw columns (`raw_columns`, `event_columns`,
    `model_columns`): each column read by its converter's column form where that is exact for every value,
    otherwise by the converter value by value; an event's `item` as sent."""
    measured, measures = _measures(of, decimals, codes)
    sizes = raw.select(measures).row(0) if measures else ()
    plan = _plan(of, decimals, codes, directions, frozenset(zip(measured, sizes, strict=True)))
    read = raw.with_columns(plan.reads)
    verdict = read.select(plan.exact).row(0, named=True) if plan.exact else {}
    typed = sources(of) or {}
    series = []
    for column in frames._columns(of):
        source = typed.get(column.name)
        if source is None:  # an event's item
            series.append(read.get_column(column.name))
        elif verdict.get(column.name):
            series.append(read.get_column(column.name))
            if directions and plan.shapes[column.name].directed:
                series.append(read.get_column(f"{column.name}_direction"))
        else:
            values = list(map(source.convert, raw.get_column(source.key)))
            options = (decimals, codes, directions, errors)  # checked by the caller
            series.extend(frames._polars_column(polars, of, column, values, *options))  # type: ignore[arg-type]
    return polars.DataFrame(series)


def model_columns(rows: Sequence[KiwoomModel], of: type[KiwoomModel]) -> polars.DataFrame | None:
    """The raw values of response rows of model `of`, one String column per field (named by its place, `sources`),
    as `typed_frame` reads them; None unless every row is still unread, as its answer made it (its fields are then
    what its model reads of its `raw`: a copy given other values, or a row read already, is read by value) and every
    value of a field is a string (that polars holds: no lone surrogate) or absent. The caller then reads the rows'
    typed values."""
    typed = sources(of)
    plan = plan_of(of)
    if typed is None or plan is None or any(map(len, map(_fields_of, rows))):
        return None
    try:
        raws = list(map(_raw_of, map(_private_of, rows)))
    except (TypeError, KeyError):  # no private attributes, or no raw
        return None
    if not {*map(type, raws)} <= _DICT:
        return None
    columns = raw_values(raws, plan.read_keys)
    if not all(map(text_only, columns)):
        return None  # a value sent as a number, or anything else a model validates otherwise
    try:
        return polars.DataFrame(
            [
                polars.Series(source.key, column, dtype=polars.String)
                for source, column in zip(typed.values(), columns, strict=True)
            ]
        )
    except UnicodeEncodeError:  # a lone surrogate (a model validated from a dict that was never JSON), which no
        return None  # polars string holds: a converter keeps it raw, as a misfit or a text column's error


_fields_of = operator.attrgetter("__dict__")
_private_of = operator.attrgetter("__pydantic_private__")
_raw_of = operator.itemgetter("_raw")
_DICT = frozenset({dict})


def _event_class(type_id: str) -> type[RealtimeEvent]:
    from .realtime import REGISTRY

    return REGISTRY[type_id]


@functools.cache
def _raw_schema(type_id: str) -> dict[str, polars.DataType]:
    return {"item": polars.String(), **dict.fromkeys(_event_class(type_id).FIDS, polars.String())}


def event_columns(events: Sequence[RealtimeEvent], of: type[RealtimeEvent]) -> polars.DataFrame | None:
    """`item` and the listed FIDs (raw strings, by FID number) of decoded events of type `of`, as `raw_columns` gives
    them of the messages; None where a value is no string (a FID sent as a JSON number or null), an item is neither
    a string nor None, or a string holds a lone surrogate (an event made by hand), which the caller then reads from
    the events' typed values."""
    if not all(_all_text(event.values) for event in events):
        return None
    if not all(event.item is None or event.item.__class__ is str for event in events):
        return None
    try:
        return polars.from_dicts(
            [{**event.values, "item": event.item} for event in events], schema=_raw_schema(of.TYPE)
        )
    except UnicodeEncodeError:  # a lone surrogate (an event made by hand), as `model_columns`
        return None


@functools.cache
def _parse_options(type_id: str) -> object:
    """pyarrow's options for REAL frames of a type: its FIDs as strings; the type of any other member of a frame, an
    entry or its values is pyarrow's guess (`_strings_only`)."""
    import pyarrow  # type: ignore[import-untyped, unused-ignore]
    from pyarrow import json as arrow_json  # type: ignore[import-untyped, unused-ignore]

    text = pyarrow.string()
    values = pyarrow.struct([(fid, text) for fid in _event_class(type_id).FIDS])
    entry = pyarrow.struct([("type", text), ("item", text), ("values", values)])
    schema = pyarrow.schema([("trnm", text), ("data", pyarrow.list_(entry))])
    return arrow_json.ParseOptions(explicit_schema=schema, unexpected_field_behavior="infer")


_DEEPEST = 512  # brackets in a message given to pyarrow: orjson refuses nesting past 1024, pyarrow crashes far past


def _row_for_pyarrow(frame: bytes) -> bool:
    """Whether pyarrow may read this message (UTF-8 bytes) as a row of its own: one JSON object on one line, no byte
    order mark before it (which orjson, realtime.decode's parser, refuses), and not nested so deep that it might be
    past orjson's limit (or past what pyarrow's reader survives). What else pyarrow reads and orjson refuses (NaN,
    1e400) is a member of a type other than string, which `_strings_only` finds once the batch is read."""
    if frame[:1] != b"{" or b"\n" in frame or b"\r" in frame:
        return False
    return len(frame) < 2 * _DEEPEST or frame.count(b"{") + frame.count(b"[") < _DEEPEST  # as deep, as many brackets


def _utf8(joined: bytes) -> bool:
    """Whether the bytes are UTF-8 as orjson reads it (no surrogate, no overlong form), checked by pyarrow in place."""
    import pyarrow

    if joined.isascii():
        return True
    offsets = pyarrow.array([0, len(joined)], pyarrow.int64()).buffers()[1]
    text = pyarrow.Array.from_buffers(pyarrow.large_string(), 1, [None, offsets, pyarrow.py_buffer(joined)])
    try:
        text.validate(full=True)
    except pyarrow.ArrowInvalid:
        return False
    return True


def _strings_only(schema: object) -> bool:
    """Whether every member pyarrow read (`schema`: a batch's) of the frames, entries and values, beyond the schema of
    `_parse_options`, is a string (or null): anything else is a member Kiwoom does not send, and maybe one that
    orjson refuses where pyarrow reads it (NaN, Infinity, 1e400, 400 digits, nesting past orjson's limit)."""
    import pyarrow

    entry = schema.field("data").type.value_type  # type: ignore[attr-defined]
    members = [
        *(field for field in schema if field.name != "data"),  # type: ignore[attr-defined]
        *(field for field in entry if field.name != "values"),
        *entry.field("values").type,
    ]
    return all(pyarrow.types.is_string(field.type) or pyarrow.types.is_null(field.type) for field in members)


_SAMPLE = 1 << 16  # bytes (or characters) of a batch's first messages whose entries say whether `of` is a minority


@functools.cache
def _type_members(type_id: str) -> tuple[tuple[bytes, ...], tuple[str, ...]]:
    """An entry's type member as orjson and as json.dumps write it, for type `type_id`, as bytes and as text."""
    written = (f'"type":"{type_id}"', f'"type": "{type_id}"')
    return tuple(text.encode() for text in written), written


def _mostly_others(messages: Sequence[bytes | str], type_id: str) -> bool:
    """Whether fewer than half of the entries of the batch's first messages (_SAMPLE bytes or so) are of type
    `type_id`, by counting the `"type"` members as written (a guess, which chooses the faster way and no value):
    pyarrow, reading a batch, makes a column of every FID of every type it meets, filled for every entry, and costs
    then more than decoding each message, up to twice for a type that is one of the fifteen of a domestic stream."""
    entries = ours = size = 0
    as_bytes, as_text = _type_members(type_id)
    for message in messages:
        if isinstance(message, str):
            entries += message.count('"type"')
            ours += sum(map(message.count, as_text))
        else:
            entries += message.count(b'"type"')
            ours += sum(map(message.count, as_bytes))
        size += len(message)
        if size >= _SAMPLE:
            break
    return 2 * ours < entries


def raw_columns(
    messages: Sequence[bytes | str], of: type[RealtimeEvent], decode: Callable[[bytes | str], list[Event]]
) -> polars.DataFrame | None:
    """`item` and the listed FIDs (raw strings, by FID number) of every entry of type `of` in the messages, in order,
    parsed by pyarrow; or None where pyarrow is missing, where `of` looks like a minority of the batch's entries
    (`_mostly_others`: decoding is faster then), or where the batch holds anything pyarrow might read otherwise than
    `decode` reads each message (the caller then decodes them): a value that is no string (a JSON number), a repeated
    key, an entry without values or item, a message that is not JSON or is on several lines, one that is no UTF-8...
    A message pyarrow might read where orjson refuses it (`_row_for_pyarrow`, `_strings_only`) is decoded, so that
    decode's error fails the batch.

    pyarrow reads the batch in chunks of at most CHUNK_BYTES (a string column's chunk has 32-bit offsets: 2 GB at
    most), and every step here works on the chunked columns as they are, never on one array of the whole batch, so
    that a batch of any size is read; a message longer than a chunk is decoded with its batch."""
    try:
        import pyarrow
        from pyarrow import ArrowException, compute
        from pyarrow import json as arrow_json
    except ImportError:
        return None
    if _mostly_others(messages, of.TYPE):
        return None
    from .realtime import PUSH_TRNM

    pushed = f'"{PUSH_TRNM}"'.encode()  # b'"REAL"': in a frame that may be one of realtime entries
    real = []
    for message in messages:
        try:
            frame = message.encode() if isinstance(message, str) else message
        except UnicodeEncodeError:  # a lone surrogate, which orjson refuses as well
            frame = b""
        if pushed in frame and _row_for_pyarrow(frame):
            real.append(frame)
            continue
        try:  # LOGIN, PING, REG answers...: decoded here, so that one that decode refuses fails the batch as it should
            events = decode(message)
        except ValueError:  # RealtimeDecodeError
            return None
        if any(type(event) is of for event in events):  # a REAL frame written otherwise: the slow way keeps the order
            return None
    joined = b"\n".join(real)
    if not _utf8(joined):  # some message is no UTF-8: decode refuses it
        return None
    read = arrow_json.ReadOptions(use_threads=False, block_size=min(max(len(joined) + 1, 1 << 20), CHUNK_BYTES))
    try:
        table = arrow_json.read_json(io.BytesIO(joined), read_options=read, parse_options=_parse_options(of.TYPE))
    except (ArrowException, ValueError):  # not JSON, not UTF-8, a value of another JSON type, a repeated key, a
        return None  # message longer than a chunk
    if table.num_rows != len(real) or not _strings_only(table.schema):  # two texts on a line; NaN, 1e400, a list...
        return None
    trnm, data = table.column("trnm"), table.column("data")  # chunked arrays, kept so: each step reads every chunk
    if trnm.null_count or not compute.all(compute.equal(trnm, PUSH_TRNM)).as_py() or data.null_count:
        return None  # a frame that is not REAL after all, or a REAL frame without a data list
    entries = compute.list_flatten(data)
    if entries.null_count or compute.struct_field(entries, "values").null_count:
        return None  # an entry that is no object, or one without values: decode refuses its frame
    ours = compute.equal(compute.struct_field(entries, "type"), of.TYPE)
    if ours.null_count or not compute.all(ours).as_py():  # other types (or none) in the batch
        entries = entries.filter(compute.fill_null(ours, False))
    items = compute.struct_field(entries, "item")
    if items.null_count:
        return None  # decode gives a missing item as "" and a null one as "None"
    values = compute.struct_field(entries, "values")
    columns = pyarrow.Table.from_struct_array(values).select(list(of.FIDS))  # unlisted FIDs left out
    columns = columns.add_column(0, "item", items)
    # one polars chunk (its strings are views into buffers, never past 32-bit offsets): the expressions read it whole
    found = polars.from_arrow(columns, rechunk=True)
    assert isinstance(found, polars.DataFrame)
    return found
