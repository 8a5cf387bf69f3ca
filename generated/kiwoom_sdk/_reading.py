"""How a response model is read from an answer: one plan per model class, one validator call per value.

pydantic validates a model field by field, through the wrap and plain validators of every value and every row: for
a 600-row chart that is thousands of calls between Rust and Python, each with its own bookkeeping. Kiwoom's answers
have a fixed shape, which the generated models share: value fields (one `Parse` of `_types` per value type), lists
of row models made of value fields only, and `return_code` / `return_msg`. For such a model a plan reads an answer
directly: each value through its type's converter (the very function pydantic would call), each row built as the
model's instance with `__dict__`, the fields set, the extra fields and `raw` filled in, as `model_construct` does.

A plan makes what pydantic's own validation makes of the same input, or declines (`None`) and pydantic validates as
before: an input that is not a dict of the plan's fields, an extra key that names a field by its Python name, a
`return_code` that is not an int, a row that is not an object. tests/test_response_reading.py compares both readings.
`raw` is each object as received, kept once: a row's `raw` is the row's dict within its answer's `raw`, not a copy.

The rows of a list are read together, column by column, the first time one of them is used (`Rows`): the values of
one field in every row go through one call of its value type's form for many values where it has one (`Parse.many`:
whole numbers in one orjson call, dates and codes in one map), which costs a fraction of one call a value, and each
row's fields are made by one call of a function generated for its model (`fields_of_row`). Until then a row
holds only its `raw`: its fields set and extra fields, which follow from `raw`, are set the first time either is
asked for (`_Plan.set_from_raw`, through `KiwoomModel.__getattr__`), so that making a 600-row answer's rows is a few
calls over all of them, with nothing done row by row in Python.
"""

from __future__ import annotations

import operator
import threading
import types
import typing
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import repeat
from operator import itemgetter
from typing import Any

from pydantic import BaseModel, PlainValidator

from ._types import Parse

_object_setattr = object.__setattr__
_object_getattribute = object.__getattribute__
_PASSED = {int: (int,), str: (str,)}  # plain fields: the exact types pydantic returns unchanged (bool is no int here)
_DICT = frozenset({dict})
_TEXT = frozenset({str, type(None)})  # a column of wire strings (and absent values), which the converters read


@dataclass(frozen=True)
class _Plan:
    cls: type[BaseModel]
    values: tuple[tuple[str, str, Callable[[str | None], Any], Parse], ...]  # wire key, name, convert, validate
    rows: tuple[tuple[str, str, _Plan], ...]  # wire key, name, the row model's plan
    passed: tuple[tuple[str, str, tuple[type, ...]], ...]  # wire key, name, the types kept as they are
    keys: frozenset[str]  # the wire keys of every field
    names: frozenset[str]  # the names of every field
    order: tuple[str, ...]  # the names in the model's order, when rows or plain fields follow its values
    renamed: dict[str, str]  # wire key -> field name, where they differ
    private: tuple[tuple[str, Callable[[], Any]], ...]  # private attributes but `_raw`, and their default factories

    @cached_property
    def read_keys(self) -> tuple[str, ...]:
        """The wire keys of the value fields, then of the plain fields (the order of `read_names`)."""
        return tuple(key for key, *_ in self.values) + tuple(key for key, *_ in self.passed)

    @cached_property
    def read_names(self) -> tuple[str, ...]:
        return tuple(name for _, name, *_ in self.values) + tuple(name for _, name, *_ in self.passed)

    def values_of(self, data: dict[str, Any]) -> dict[str, Any] | None:
        """The fields' values read from `data` (rows as unread instances), or None when pydantic must validate it.
        A value field that is absent or None is None (its default, and what its converter makes of None: `_made`
        checks)."""
        get = data.get
        values = {
            name: None if (raw := get(key)) is None else convert(raw) if raw.__class__ is str else validate(raw)
            for key, name, convert, validate in self.values
        }
        for key, name, row in self.rows:
            items = get(key, [])
            built = row.unread_all(items) if items.__class__ is list else None
            if built is None:
                return None
            values[name] = built
        for key, name, kinds in self.passed:
            value = get(key)
            if not _kept((value,), kinds):
                return None
            values[name] = value
        return {name: values[name] for name in self.order} if self.order else values

    def read(self, data: dict[str, Any]) -> BaseModel | None:
        """The model read from `data`, or None when pydantic must validate it."""
        values = self.values_of(data)
        return None if values is None else self._model(data, values)

    def unread_all(self, items: list[Any]) -> list[BaseModel] | None:
        """The models of a list of rows, their fields still to be read (see `KiwoomModel`): an answer's rows, all
        read when a field of one of them is first wanted (`Rows`). None when pydantic must validate them (an item
        that is not an object, or whose extra keys name a field by its Python name).

        A row is made with its `raw` alone: its fields set and extra fields, which follow from `raw`, are left unset
        until first asked for (`set_from_raw`). Each step is one call over all rows: a Python loop over
        them would cost more than the work. Rows whose keys are renamed are made one by one, complete."""
        if not {*map(type, items)} <= _DICT:
            return None
        for key, _, kinds in self.passed:  # a plain field pydantic would convert or refuse: pydantic's, now
            if not _kept([item.get(key) for item in items], kinds):
                return None
        if self.renamed:  # an extra key may name a field by its Python name: seen at once, row by row
            made = [self._model(item, {}) for item in items]
            return None if None in made else made  # type: ignore[return-value]
        cls = self.cls
        models = list(map(cls.__new__, repeat(cls, len(items))))
        rows = Rows(self, models.copy(), items.copy())  # each row by its raw, whatever is done to either list
        privates = [{"_raw": item, "_rows": rows} for item in items]
        deque(map(_object_setattr, models, repeat("__pydantic_private__"), privates), 0)
        return models

    def set_from_raw(self, model: BaseModel, raw: dict[str, Any]) -> bool:
        """Set the fields set and the extra fields of a row made by `unread_all` from its `raw`, if not set yet
        (then True)."""
        if _is_set(model):
            return False
        with _aside_lock:  # once: two threads asking at once get the same objects
            if _is_set(model):
                return False
            keys = self.keys
            _object_setattr(model, "__pydantic_fields_set__", set(raw))
            _object_setattr(model, "__pydantic_extra__", {key: value for key, value in raw.items() if key not in keys})
            return True

    def read_columns(self, models: list[BaseModel], raws: list[dict[str, Any]]) -> None:
        """Read the fields of the rows not read yet (`raws[i]` is the `raw` of `models[i]`), column by column; a row
        whose plain fields pydantic must validate is left to be read alone."""
        read = list(map(len, map(_fields_of, models)))
        if any(read):  # rows read already (another thread reading the same list)
            unread = [i for i, fields in enumerate(read) if fields < len(self.names)]
            models, raws = [models[i] for i in unread], [raws[i] for i in unread]
        sent = raw_values(raws, self.read_keys)
        split = len(self.values)
        columns = [_column(column, validate) for column, (*_, validate) in zip(sent[:split], self.values, strict=True)]
        for column, (_, _, kinds) in zip(sent[split:], self.passed, strict=True):
            if not _kept(column, kinds):
                return  # pydantic validates such a row (each row then reads itself)
            columns.append(column)
        if self.order:  # the columns in the model's order
            by_name = dict(zip(self.read_names, columns, strict=True))
            columns = [by_name[name] for name in self.order]
        made = map(self.fields_of_row, *columns) if columns else ({} for _ in models)
        if not any(read):  # nothing read nor given: every row's fields set at once
            deque(map(_object_setattr, models, repeat("__dict__"), made), 0)
            return
        for model, values in zip(models, made, strict=True):
            fill(model.__dict__, values)

    @cached_property
    def fields_of_row(self) -> Callable[..., dict[str, Any]]:
        """A function making a row's fields (its `__dict__`) from its values, given in the model's order: one call
        with the keys constant, which costs less than a dict of a zip."""
        names = self.order or self.read_names
        arguments = [f"v{place}" for place in range(len(names))]
        pairs = [f"{name!r}: {argument}" for name, argument in zip(names, arguments, strict=True)]
        source = f"def fields({', '.join(arguments)}):\n    return {{{', '.join(pairs)}}}"
        namespace: dict[str, Any] = {}
        exec(source, namespace)  # names are the model's field names; nothing else enters the source
        made: Callable[..., dict[str, Any]] = namespace["fields"]
        return made

    def _model(self, data: dict[str, Any], values: dict[str, Any]) -> BaseModel | None:
        extra: dict[str, Any] = {}
        if not data.keys() <= self.keys:  # keys the spec does not know: kept in their order, as pydantic keeps them
            extra = {key: value for key, value in data.items() if key not in self.keys}
            if not extra.keys().isdisjoint(self.renamed.values()):  # a field named by its Python name: pydantic's
                return None
        renamed = self.renamed
        fields_set = {renamed.get(key, key) for key in data} if renamed else set(data)  # the fields given, and extras
        model = self.cls.__new__(self.cls)
        _object_setattr(model, "__dict__", values)
        _object_setattr(model, "__pydantic_fields_set__", fields_set)
        _object_setattr(model, "__pydantic_extra__", extra)
        private = {name: default() for name, default in self.private} if self.private else {}
        private["_raw"] = data
        _object_setattr(model, "__pydantic_private__", private)
        return model


def fill(fields: dict[str, Any], values: dict[str, Any]) -> None:
    """Fill a row's fields with the values read, in the model's order (the order of `values`); a field already there
    stays as it is (given to model_copy(update=...), or read by another thread)."""
    values.update(fields)
    fields.clear()
    fields.update(values)


def _kept(values: Sequence[Any], kinds: tuple[type, ...]) -> bool:
    """Whether pydantic keeps each of `values` of a plain field as it is: None, or exactly one of `kinds`."""
    return {value.__class__ for value in values} <= {*kinds, type(None)}


def raw_values(raws: list[dict[str, Any]], keys: tuple[str, ...]) -> list[list[Any]]:
    """The values of each key in every row (None where a row lacks it), one list a key."""
    if len(keys) < 2 or not raws:  # itemgetter of one key gives the value, not a tuple
        return [[raw.get(key) for raw in raws] for key in keys]
    try:
        return list(map(list, zip(*map(itemgetter(*keys), raws), strict=True)))
    except KeyError:  # a row without a field
        return [[raw.get(key) for raw in raws] for key in keys]


def text_only(raws: list[Any]) -> bool:
    """Whether a column holds wire strings and absent values only, which the converters read (and nothing that a
    value type reads otherwise, such as a number)."""
    return {raw.__class__ for raw in raws} <= _TEXT


def _column(raws: list[Any], validate: Parse) -> list[Any]:
    """The values of one field in every row, as its validator reads them."""
    many = validate.many
    if many is not None and text_only(raws):
        return many(raws)
    convert = validate.convert
    return [None if raw is None else convert(raw) if raw.__class__ is str else validate(raw) for raw in raws]


_fields_of = operator.attrgetter("__dict__")
_private_of = operator.attrgetter("__pydantic_private__")


def _is_set(model: BaseModel) -> bool:
    """Whether the extra fields (and so the fields set) of a model are set (see `_Plan.set_from_raw`)."""
    try:
        _object_getattribute(model, "__pydantic_extra__")
    except AttributeError:
        return False
    return True


class Rows:
    """The rows of one list of an answer, read together (column by column) when one of them is first used; each row
    holds it as its private `_rows` until then. Copies of a row share it (a deep copy too: the rows it reads are
    the originals, and the copy then reads itself), and pickling leaves it out (`KiwoomModel.__getstate__`)."""

    __slots__ = ("models", "plan", "raws")

    def __init__(self, plan: _Plan, models: list[BaseModel], raws: list[dict[str, Any]]) -> None:
        self.plan = plan
        self.models = models
        self.raws = raws  # each model's `raw`

    def read(self) -> None:
        """Read every row of the list not read yet, and forget the list in each (which also makes a read row's
        private attributes those of a row read at once)."""
        self.plan.read_columns(self.models, self.raws)
        deque(map(dict.pop, map(_private_of, self.models), repeat("_rows"), repeat(None)), 0)

    def __deepcopy__(self, memo: dict[int, Any]) -> Rows:
        return self


_plans: dict[type[BaseModel], _Plan | None] = {}
_plans_lock = threading.RLock()  # a plan makes the plans of its rows
_aside_lock = threading.Lock()


def plan_of(cls: type[BaseModel]) -> _Plan | None:
    """The plan of a model class (made once), or None if one of its fields is of a shape plans do not read."""
    try:
        return _plans[cls]
    except KeyError:
        pass
    with _plans_lock:
        if cls not in _plans:
            _plans[cls] = _made(cls)
        return _plans[cls]


def _made(cls: type[BaseModel]) -> _Plan | None:
    if not cls.__pydantic_complete__:
        cls.model_rebuild()
    if cls.model_config.get("extra") != "allow" or set(cls.__private_attributes__) - {"_raw", "_headers"}:
        return None
    values: list[tuple[str, str, Callable[[str | None], Any], Parse]] = []
    rows: list[tuple[str, str, _Plan]] = []
    passed: list[tuple[str, str, tuple[type, ...]]] = []
    named: list[tuple[str, str]] = []  # (wire key, name) of every field
    for name, field in cls.model_fields.items():
        key = field.validation_alias if isinstance(field.validation_alias, str) else (field.alias or name)
        if field.metadata or field.default_factory is not None:
            return None
        parse, row, kinds = _parse_of(field.annotation), _row_of(field.annotation), _passed_of(field.annotation)
        plain = field.default is None and not field.validate_default
        if parse is not None and plain and parse(None) is None:
            values.append((key, name, parse.convert, parse))
        elif row is not None and field.default == [] and (plan := plan_of(row)) is not None and not plan.rows:
            rows.append((key, name, plan))
        elif kinds is not None and plain:
            passed.append((key, name, kinds))
        else:
            return None
        named.append((key, name))
    renamed = {key: name for key, name in named if key != name}
    private = tuple((name, _factory(attribute)) for name, attribute in cls.__private_attributes__.items())
    fresh = tuple((name, factory) for name, factory in private if name != "_raw")
    keys, names = frozenset(key for key, _ in named), frozenset(name for _, name in named)
    order = tuple(cls.model_fields) if rows or passed else ()  # a row's values are in the model's order already
    return _Plan(cls, tuple(values), tuple(rows), tuple(passed), keys, names, order, renamed, fresh)


def _factory(attribute: Any) -> Callable[[], Any]:
    factory = attribute.default_factory
    if factory is not None:
        return factory  # type: ignore[no-any-return]
    default = attribute.default
    return lambda: default


def _members(annotation: Any) -> tuple[Any, ...]:
    """The members of `X | None` / `Optional[X]` other than None, or the annotation itself."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return tuple(member for member in typing.get_args(annotation) if member is not type(None))
    return (annotation,)


def _parse_of(annotation: Any) -> Parse | None:
    """The `Parse` of a value type (`Annotated[..., PlainValidator(Parse), ...]`, optional or not)."""
    members = _members(annotation)
    if len(members) != 1 or typing.get_origin(members[0]) is not typing.Annotated:
        return None
    validators = [m.func for m in members[0].__metadata__ if isinstance(m, PlainValidator)]
    return validators[0] if len(validators) == 1 and isinstance(validators[0], Parse) else None


def _row_of(annotation: Any) -> type[BaseModel] | None:
    """The row model of a `list[Row]` field."""
    if typing.get_origin(annotation) is not list:
        return None
    [row] = typing.get_args(annotation)
    return row if isinstance(row, type) and issubclass(row, BaseModel) else None


def _passed_of(annotation: Any) -> tuple[type, ...] | None:
    """The exact types of an `int | None` or `str | None` field that pydantic keeps as they are."""
    members = _members(annotation)
    if len(members) != 1 or members[0] not in _PASSED:
        return None
    return _PASSED[members[0]]
