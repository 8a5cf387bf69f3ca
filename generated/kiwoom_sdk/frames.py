"""Responses and realtime events as pandas or polars DataFrames, one typed column per field.

    client.ka10081(...).to_pandas()                          # the rows of the response's list field
    merged(pages).to_polars(decimals="float")                # every page's rows in one frame
    frames.to_pandas(events, of=realtime.StockTrade)         # the 0B events of a realtime batch
    frames.decode_to_polars(messages, realtime.StockTrade)   # the 0B entries of raw WebSocket messages

The columns come from the row class, never from the data: a response's list field gives its row model's
fields in order (nested lists and objects left out), a realtime type gives `item` and then its FIDs by
attribute name. An empty list is an empty frame with the same columns and dtypes. Each column's dtype follows
the Python type the model gives the field:

| value (model)                         | pandas                          | polars                          |
|---------------------------------------|---------------------------------|---------------------------------|
| int (counts, amounts, signed changes) | `Int64`                         | `Int64`                         |
| Price, DecimalPrice, Decimal, DirectedRate | `object` of Decimal; `Float64` with `decimals="float"` | `Decimal(38, s)`, s the most decimals of a value (0 when none); `Float64` |
| datetime.date                         | `datetime64[us]` (midnight)     | `Date`                          |
| datetime.datetime                     | `datetime64[us]`                | `Datetime("us")`                |
| datetime.time                         | `object` of datetime.time       | `Time`                          |
| bool (flags)                          | `boolean`                       | `Boolean`                       |
| a code (enum member)                  | `category`                      | `Enum`                          |
| text                                  | `string`                        | `String`                        |

Nulls are pandas' NA / NaT and polars' null. Prices and directed rates are absolute, as in the model; with
`directions=True` each gets a `<name>_direction` column right after it (`Int8`: +1, -1 or 0, the sign Kiwoom
put in front). A code column holds the codes' values ("2"), or with `codes="label"` the members' names
("RISE"); its categories are the whole code table in table order, followed by any code the server sent that
the table lacks (kept, never dropped). A value the model kept as its raw string because it could not read it
does not fit a typed column, nor does a number beyond its column (Int64; the 38 digits of polars' Decimal at the
column's scale), nor in polars a text no polars string holds (a lone surrogate, which no JSON answer has): it raises
ValueError naming the column and row (of the first column, in order, that holds one), or becomes null with
`errors="coerce"`.

pandas and polars are optional: `pip install "kiwoom-sdk[pandas]"` or `"kiwoom-sdk[polars]"`.
"""

from __future__ import annotations

import datetime
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from ._models import KiwoomModel, KiwoomResponse
from ._realtime import RealtimeEvent, SystemMessage
from ._values import DecimalPrice, DirectedRate, Price

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, unused-ignore]
    import polars

__all__ = ["FrameOptions", "decode_to_polars", "to_pandas", "to_polars"]

Decimals = Literal["decimal", "float"]
Codes = Literal["value", "label"]
Errors = Literal["raise", "coerce"]
Row = KiwoomModel | RealtimeEvent  # what a frame's rows are
Rows = KiwoomResponse | Iterable[Row | SystemMessage]  # a realtime batch may hold messages as well


class FrameOptions(TypedDict, total=False):
    """The options of `to_pandas` / `to_polars` that a response's own `to_pandas()` / `to_polars()` pass on."""

    decimals: Decimals
    codes: Codes
    directions: bool
    errors: Errors


DIRECTED = ("price", "directed_rate")  # kinds whose values carry Kiwoom's direction sign
NUMBERS = ("price", "decimal", "directed_rate")
INT64 = range(-(2**63), 2**63)  # what an Int64 column holds
PRECISION = 38  # the digits a polars Decimal holds


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # text, int, price, decimal, directed_rate, date, datetime, time, flag or code
    codes: type[Enum] | None = None


def _leaves(annotation: Any) -> set[Any]:
    """The types an annotation admits: Optional, unions and Annotated unwrapped."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _leaves(typing.get_args(annotation)[0])
    if origin is typing.Union or origin is types.UnionType:
        return {leaf for arg in typing.get_args(annotation) for leaf in _leaves(arg)}
    return {annotation}


def _kind(annotation: Any) -> tuple[str, type[Enum] | None] | None:
    """A column's kind from the Python types of a field (None: not a column, e.g. a nested list)."""
    leaves = _leaves(annotation) - {type(None), str}
    enums = [leaf for leaf in leaves if isinstance(leaf, type) and issubclass(leaf, Enum)]
    if enums:
        return "code", enums[0]
    if leaves & {Price, DecimalPrice}:
        return "price", None
    simple = {
        frozenset(): "text",
        frozenset({int}): "int",
        frozenset({bool}): "flag",
        frozenset({Decimal}): "decimal",
        frozenset({DirectedRate}): "directed_rate",
        frozenset({datetime.date}): "date",
        frozenset({datetime.datetime}): "datetime",
        frozenset({datetime.time}): "time",
    }
    kind = simple.get(frozenset(leaves))
    return None if kind is None else (kind, None)


_COLUMNS: dict[type[Row], tuple[_Column, ...]] = {}


def _columns(row_type: type[Row]) -> tuple[_Column, ...]:
    """The columns of a frame of `row_type` rows, from its fields (a model) or FIDs (a realtime type)."""
    if row_type not in _COLUMNS:
        _COLUMNS[row_type] = _columns_of_class(row_type)
    return _COLUMNS[row_type]


def _columns_of_class(row_type: type[Row]) -> tuple[_Column, ...]:
    if issubclass(row_type, RealtimeEvent):
        fields: dict[str, Any] = {"item": str}
        hints = typing.get_type_hints(row_type)  # each FID's attribute is a Typed[value type]
        for attribute in row_type.FIDS.values():
            fields[attribute] = typing.get_args(hints[attribute])[0]
    else:
        fields = {name: info.annotation for name, info in row_type.model_fields.items()}
    columns = []
    for name, annotation in fields.items():
        if (found := _kind(annotation)) is not None:
            columns.append(_Column(name, *found))
    return tuple(columns)


def _rows(source: Rows, of: type[Row] | None, field: str | None) -> tuple[type[Row], list[Row]]:
    """The row class and the rows of what a frame is asked of."""
    if isinstance(source, KiwoomResponse):
        response_type = type(source)
        lists = [
            name for name, info in response_type.model_fields.items() if typing.get_origin(info.annotation) is list
        ]
        if not lists:
            raise ValueError(
                f"{response_type.__name__} has no list field, so no rows to make a frame of: read its values as "
                "attributes or all at once with .model_dump()"
            )
        if field is None:
            if len(lists) != 1:
                raise ValueError(f"{response_type.__name__} has list fields: {', '.join(lists)}; name one (field=...)")
            field = lists[0]
        elif field not in lists:
            raise ValueError(f"{response_type.__name__} has no list field {field!r} (list fields: {', '.join(lists)})")
        [item_type] = typing.get_args(response_type.model_fields[field].annotation)
        if of not in (None, item_type):  # no row would be of it: an empty frame that hides the mistake
            name = getattr(of, "__name__", repr(of))
            raise ValueError(
                f"of={name}: the rows of {response_type.__name__}'s list field {field} are {item_type.__name__}"
            )
        of = item_type
        source = getattr(source, field)
    elif field is not None:
        raise ValueError("field= names a list field of a response; pass the response itself")
    rows: list[Any] = list(source)
    row_type: Any = of
    if row_type is None:
        classes = sorted({type(row).__name__ for row in rows})
        if len(classes) != 1:
            what = "an empty list" if not classes else f"rows of several classes ({', '.join(classes)})"
            raise ValueError(f"{what}: say which rows make the frame (of=ModelClass or of=realtime.EventClass)")
        row_type = type(rows[0])
    if not (isinstance(row_type, type) and issubclass(row_type, (KiwoomModel, RealtimeEvent))):
        raise TypeError(f"of= takes a response model or a realtime event class, not {row_type!r}")
    return row_type, [row for row in rows if type(row) is row_type]


class _Cells:
    """Turns the typed values of one column into the plain values a frame column is built from."""

    def __init__(self, owner: type[Row], column: _Column, decimals: Decimals, codes: Codes, errors: Errors) -> None:
        self.owner, self.column, self.decimals, self.codes, self.errors = owner, column, decimals, codes, errors

    def misfit(self, index: int, value: Any, why: str = "") -> None:
        """A value the column cannot hold: ValueError naming the column and the row, or nothing (the cell is null)
        with errors='coerce'. `why`: what the value lacks; by default, it is one the model kept raw."""
        if self.errors == "raise":
            why = why or (
                f"does not fit a {self.column.kind} column (the model kept a value it could not read as sent)"
            )
            raise ValueError(
                f"{self.owner.__name__}.{self.column.name}, row {index}: {value!r} {why}; errors='coerce' makes it null"
            )

    def decimal_scale(self, cells: list[Any]) -> tuple[int, list[Any]]:
        """The scale of a polars Decimal column of these cells (the most decimals of a value), and the cells, a value
        that would need more than its 38 digits at that scale a misfit (polars would make it null or fail unnamed)."""
        scale = min(PRECISION, max([0, *(_decimals(cell) for cell in cells if cell is not None)]))
        out = []
        for index, cell in enumerate(cells):
            if cell is not None and (digits := _whole_digits(cell) + scale) > PRECISION:
                self.misfit(index, cell, f"needs {digits} digits; polars' Decimal holds {PRECISION} (decimals='float')")
                cell = None
            out.append(cell)
        return scale, out

    def values(self, raw: list[Any]) -> tuple[list[Any], list[int | None]]:
        """(cell values, directions) of one column; a misfit is None."""
        kind = self.column.kind
        cells: list[Any] = []
        directions: list[int | None] = []
        for index, value in enumerate(raw):
            cell, direction = None, None
            if value is None:
                pass
            elif kind == "code" and isinstance(value, Enum):
                cell = value.name if self.codes == "label" else value.value
            elif kind == "code" and isinstance(value, str):
                cell = value  # a code the table lacks, kept as sent
            elif kind in NUMBERS and _finite(value):
                number = Decimal(value) if isinstance(value, Decimal) else Decimal(int(value))
                cell = float(number) if self.decimals == "float" else number
                direction = getattr(value, "direction", 0) if kind in DIRECTED else None
            elif kind == "int" and _whole(value) and value not in INT64:
                self.misfit(index, value, "is beyond Int64")
            elif self._fits(value):
                cell = value
            else:
                self.misfit(index, value)
            cells.append(cell)
            directions.append(direction)
        return cells, directions

    def _fits(self, value: Any) -> bool:
        kind = self.column.kind
        if kind == "int":
            return _whole(value)
        exact = {"text": str, "flag": bool, "date": datetime.date, "datetime": datetime.datetime, "time": datetime.time}
        return type(value) is exact.get(kind)

    def categories(self, cells: list[Any]) -> list[str]:
        """The code table's values (or names) in table order, then the codes it lacks that the rows hold."""
        assert self.column.codes is not None
        table = [member.name if self.codes == "label" else str(member.value) for member in self.column.codes]
        return table + sorted({cell for cell in cells if cell is not None} - set(table))


def _finite(value: Any) -> bool:
    """A number a numeric column holds: an int (a Price) or a finite Decimal."""
    if isinstance(value, Decimal):
        return value.is_finite()
    return _whole(value)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _decimals(value: Decimal) -> int:
    return max(0, -int(value.as_tuple().exponent))


def _whole_digits(value: Decimal) -> int:
    """The digits of a Decimal before its point (none for a value below 1)."""
    return 0 if value.is_zero() else max(0, value.adjusted() + 1)


def _typed_columns(
    row_type: type[Row], rows: list[Row], decimals: Decimals, codes: Codes, errors: Errors
) -> list[tuple[_Column, _Cells, list[Any], list[int | None]]]:
    out = []
    for column in _columns(row_type):
        cells = _Cells(row_type, column, decimals, codes, errors)
        values, directions = cells.values([getattr(row, column.name) for row in rows])
        out.append((column, cells, values, directions))
    return out


def _check_options(decimals: Decimals, codes: Codes, errors: Errors) -> None:
    for name, value, allowed in (("decimals", decimals, Decimals), ("codes", codes, Codes), ("errors", errors, Errors)):
        if value not in typing.get_args(allowed):
            raise ValueError(f"{name}={value!r}: one of {', '.join(map(repr, typing.get_args(allowed)))}")


def _missing(library: str) -> ImportError:
    return ImportError(f'kiwoom_sdk.frames needs {library}, an optional extra: pip install "kiwoom-sdk[{library}]"')


def to_pandas(
    source: Rows,
    of: type[Row] | None = None,
    *,
    field: str | None = None,
    decimals: Decimals = "decimal",
    codes: Codes = "value",
    directions: bool = False,
    errors: Errors = "raise",
) -> pandas.DataFrame:
    """A pandas DataFrame of typed rows, one column per field (dtypes in the module's table).

    Args:
        source: a response (the rows of its list field), or rows: response models, the items of a list
            field, or realtime events.
        of: the class of the rows, needed for an empty list; rows of other classes are left out (a realtime
            batch mixes types: `of=realtime.StockTrade` keeps the 0B events). Default: the one class the rows have;
            of a response, its list field's row class (another is a ValueError).
        field: the list field of a response that has several (none does today).
        decimals: "decimal" (exact Decimal objects) or "float" (`Float64`) for prices, decimals and rates.
        codes: "value" (the code, "2") or "label" (the member's name, "RISE") in code columns.
        directions: add `<name>_direction` (+1, -1, 0) after each price and directed rate.
        errors: "raise" on a value the model kept raw or a number beyond its column, or "coerce" it to null.

    Returns:
        The frame: a RangeIndex, one row per row of `source` of class `of`.

    Raises:
        ImportError: pandas is not installed (`pip install "kiwoom-sdk[pandas]"`).
        ValueError: the rows' class cannot be told, a bad option, or a value that fits no column.
    """
    try:
        import pandas  # type: ignore[import-untyped, unused-ignore]
    except ImportError as exc:
        raise _missing("pandas") from exc
    data = {}
    _check_options(decimals, codes, errors)
    row_type, rows = _rows(source, of, field)
    for column, cells, values, signs in _typed_columns(row_type, rows, decimals, codes, errors):
        data[column.name] = pandas.Series(values, dtype=_pandas_dtype(pandas, column, cells, values, decimals))
        if directions and column.kind in DIRECTED:
            data[f"{column.name}_direction"] = pandas.Series(signs, dtype="Int8")
    return pandas.DataFrame(data)


def _pandas_dtype(pandas: Any, column: _Column, cells: _Cells, values: list[Any], decimals: Decimals) -> Any:
    if column.kind == "code":
        return pandas.CategoricalDtype(cells.categories(values))
    if column.kind in NUMBERS:
        return "Float64" if decimals == "float" else object
    dtypes = {"int": "Int64", "text": "string", "flag": "boolean", "time": object}
    return dtypes.get(column.kind, "datetime64[us]")  # date, datetime


def to_polars(
    source: Rows,
    of: type[Row] | None = None,
    *,
    field: str | None = None,
    decimals: Decimals = "decimal",
    codes: Codes = "value",
    directions: bool = False,
    errors: Errors = "raise",
) -> polars.DataFrame:
    """A polars DataFrame of typed rows, one column per field (dtypes in the module's table).

    Rows as their answer or frame made them (a response's rows not read yet, decoded realtime events) are read from
    their raw values a column at a time (`kiwoom_sdk._columnar`); other rows (read already, copied with other values,
    made by hand, holding a value sent as a number) from their typed values one by one. Either way the same frame.

    Args:
        source: a response (the rows of its list field), or rows: response models, the items of a list
            field, or realtime events.
        of: the class of the rows, needed for an empty list; rows of other classes are left out (of a
            response, only its list field's row class).
        field: the list field of a response that has several (none does today).
        decimals: "decimal" (`Decimal(38, s)`) or "float" (`Float64`) for prices, decimals and rates.
        codes: "value" (the code, "2") or "label" (the member's name, "RISE") in code columns (`Enum`).
        directions: add `<name>_direction` (+1, -1, 0) after each price and directed rate.
        errors: "raise" on a value the model kept raw or a number beyond its column, or "coerce" it to null.

    Returns:
        The frame, one row per row of `source` of class `of`. Of realtime events, their `item` and `values` as sent
        are read a column at a time (`kiwoom_sdk._columnar`), which give their typed attributes: an event's fields
        are read-only (`RealtimeEvent`), so both are always the same.

    Raises:
        ImportError: polars is not installed (`pip install "kiwoom-sdk[polars]"`).
        ValueError: the rows' class cannot be told, a bad option, or a value that fits no column.
    """
    try:
        from . import _columnar  # which needs polars
    except ImportError as exc:
        raise _missing("polars") from exc
    _check_options(decimals, codes, errors)
    row_type, rows = _rows(source, of, field)
    raw = None
    if issubclass(row_type, RealtimeEvent):
        if _columnar.registered(row_type):
            raw = _columnar.event_columns(rows, row_type)  # type: ignore[arg-type]  # rows of row_type
    elif rows:
        raw = _columnar.model_columns(rows, row_type)  # type: ignore[arg-type]  # rows of row_type
    if raw is not None:
        return _columnar.typed_frame(raw, row_type, decimals, codes, directions, errors)
    return _polars_by_value(row_type, rows, decimals, codes, directions, errors)


def _polars_by_value(
    row_type: type[Row], rows: list[Row], decimals: Decimals, codes: Codes, directions: bool, errors: Errors
) -> polars.DataFrame:
    """The frame of typed rows made from their typed values, one by one."""
    import polars

    series = []
    for column in _columns(row_type):
        values = [getattr(row, column.name) for row in rows]
        series.extend(_polars_column(polars, row_type, column, values, decimals, codes, directions, errors))
    return polars.DataFrame(series)


def _polars_column(
    polars: Any,
    row_type: type[Row],
    column: _Column,
    values: list[Any],
    decimals: Decimals,
    codes: Codes,
    directions: bool,
    errors: Errors,
) -> list[polars.Series]:
    """The series of one column (and its direction's, with `directions`) from its typed values. A column is made
    whole before the next is read, so that the error of a value that fits no column is the first column's, whichever
    way each column is read (`_columnar.typed_frame` reads most a column at a time)."""
    cells = _Cells(row_type, column, decimals, codes, errors)
    values, signs = cells.values(values)
    if column.kind in ("text", "code"):
        values = _polars_texts(cells, values)
    return _polars_series(polars, column, cells, values, signs, directions)


def _polars_texts(cells: _Cells, values: list[Any]) -> list[Any]:
    """The cells of a text or code column, a text no polars string holds (a lone surrogate, in a model validated
    from a dict or an event made by hand: no JSON answer has one) a misfit."""
    texts = [value for value in values if isinstance(value, str)]
    try:
        "".join(texts).encode()
    except UnicodeEncodeError:
        pass
    else:
        return values
    out = []
    for index, value in enumerate(values):
        if isinstance(value, str) and not _encodable(value):
            cells.misfit(index, value, "holds a lone surrogate, which no polars string holds")
            value = None
        out.append(value)
    return out


def _encodable(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def _polars_series(
    polars: Any, column: _Column, cells: _Cells, values: list[Any], signs: list[int | None], directions: bool
) -> list[polars.Series]:
    """The series of one column (and its direction's, with `directions`) from its cells."""
    if column.kind in NUMBERS and cells.decimals == "decimal":
        scale, values = cells.decimal_scale(values)
        dtype = polars.Decimal(PRECISION, scale)
    else:
        dtype = _polars_dtype(polars, column, cells, values)
    series = [polars.Series(column.name, values, dtype=dtype)]
    if directions and column.kind in DIRECTED:
        series.append(polars.Series(f"{column.name}_direction", signs, dtype=polars.Int8))
    return series


def decode_to_polars(
    messages: Iterable[bytes | str],
    of: type[RealtimeEvent],
    *,
    decimals: Decimals = "decimal",
    codes: Codes = "value",
    directions: bool = False,
    errors: Errors = "raise",
) -> polars.DataFrame:
    """The entries of type `of` in a batch of WebSocket messages, decoded into a polars DataFrame: the frame
    `to_polars(events, of=of, ...)` gives of the events `realtime.decode` makes of the messages, without a Python
    object per value. For a quant who keeps ticks: millions of raw frames into typed columns.

    pyarrow parses the batch's JSON and polars converts each FID's column (`kiwoom_sdk._columnar`); a column holding a
    value of a shape Kiwoom does not send is converted value by value as `to_polars` does, and a batch pyarrow might
    read otherwise than `realtime.decode` (a value sent as a JSON number, a member that is no string, a broken frame, a
    byte order mark or bytes that are no UTF-8, which orjson refuses) is decoded message by message.
    Without pyarrow every batch is. Messages other than REAL frames (PING, REG answers) are checked and left out.

    Args:
        messages: WebSocket messages as received (bytes or str), in order; REAL frames may mix types and items.
        of: the realtime event class whose entries make the rows (`realtime.StockTrade` for 0B).
        decimals, codes, directions, errors: as for `to_polars`.

    Returns:
        The frame: `item`, then one column per FID by attribute name (dtypes in the module's table), one row per entry.

    Raises:
        ImportError: polars is not installed (`pip install "kiwoom-sdk[polars]"`, which brings pyarrow too).
        TypeError: `of` is not an event class of kiwoom_sdk.realtime.
        RealtimeDecodeError: a message that `realtime.decode` refuses (not JSON, a REAL entry without values...).
        ValueError: a bad option, or a value that fits no column (as for `to_polars`).
    """
    from . import realtime

    _check_options(decimals, codes, errors)
    try:
        from . import _columnar  # which needs polars
    except ImportError as exc:
        raise _missing("polars") from exc
    if not _columnar.registered(of):
        raise TypeError(f"of= takes a realtime event class of kiwoom_sdk.realtime (StockTrade...), not {of!r}")
    batch = list(messages)
    raw = _columnar.raw_columns(batch, of, realtime.decode)
    if raw is None:
        events = [event for message in batch for event in realtime.decode(message)]
        return to_polars(events, of, decimals=decimals, codes=codes, directions=directions, errors=errors)
    return _columnar.typed_frame(raw, of, decimals, codes, directions, errors)


def _polars_dtype(polars: Any, column: _Column, cells: _Cells, values: Sequence[Any]) -> Any:
    """The dtype of a column but a Decimal one (`_Cells.decimal_scale`)."""
    if column.kind == "code":
        return polars.Enum(cells.categories(list(values)))
    if column.kind in NUMBERS:
        return polars.Float64
    dtypes = {
        "int": polars.Int64,
        "text": polars.String,
        "flag": polars.Boolean,
        "date": polars.Date,
        "datetime": polars.Datetime("us"),
        "time": polars.Time,
    }
    return dtypes[column.kind]
