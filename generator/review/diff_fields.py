"""The spec diff of an API's request and response fields: added, removed, renamed (same Korean name and kind) or
moved (same wire name, another parent), and changed (required, type, length, unit, scale, format); diff.py diffs the
API itself."""

from __future__ import annotations

from collections.abc import Iterator

from ..names import (
    KIND_TYPES,
    argument_type,
    field_attribute,
    item_class,
    model_class,
    request_value_type,
    response_value_type,
    scaled,
)
from ..spec.kinds import normalized_ko, request_shape
from ..spec.model import Field
from .change import Change


def _flatten(fields: list[Field], prefix: str = "") -> dict[str, Field]:
    """Every field by its dotted path ("list.stk_cd")."""
    out: dict[str, Field] = {}
    for f in fields:
        path = f"{prefix}{f.name}"
        out[path] = f
        out.update(_flatten(f.fields, path + "."))
    return out


def _parent(path: str) -> str:
    return path.rpartition(".")[0]


def _leaf(path: str) -> str:
    return path.rpartition(".")[2]


def request_python_type(f: Field) -> str:
    """What a method accepts for a request field, and the request model's validating type."""
    if f.kind in ("list", "object"):
        return "list of objects" if f.kind == "list" else "object"
    return f"{argument_type(f.kind, f.enum)} ({_class(request_value_type(f))})"


def response_python_type(f: Field) -> str:
    """The annotated type of a response model attribute (a nested model for a list or an object)."""
    if f.kind == "list":
        return "list[model]"
    if f.kind == "object":
        return "model"
    return _class(response_value_type(f))


def _class(path: str) -> str:
    """'kiwoom_sdk._types.DateArgument' -> 'DateArgument'."""
    return path.rpartition(".")[2]


def _python(path: str) -> str:
    """The attribute path a caller writes for a dotted wire path: `20ord_alow_amt` is `n20ord_alow_amt`, `from` is
    `from_` (field_attribute), the names every report line and action use."""
    return ".".join(field_attribute(part) for part in path.split("."))


def _model(api_id: str, path: str, fields: dict[str, Field]) -> str:
    """The model class of a response list's items or of a nested object (model_schema names them the same way):
    'Ka90012DbrtTrdePrpsItem'."""
    owner, parts = model_class(api_id, ""), path.split(".")
    for n, part in enumerate(parts):
        owner = item_class(owner, part, fields[".".join(parts[: n + 1])].kind)
    return owner


def _called(path: str) -> str:
    """' `from_`' where a caller's name differs from the wire name the subject shows, else ''."""
    return f" `{_python(path)}`" if _python(path) != path else ""


def _matched_renames(
    gone: dict[str, Field], added: dict[str, Field]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(renamed, moved, carried) pairs of (old path, new path): a field that went away and one that appeared with
    the same Korean name, renamed in the same parent; moved (same wire name) to another parent; carried along with a
    parent that was renamed or moved (the same relative path under it: its parent's change says it)."""
    renamed: list[tuple[str, str]] = []
    moved: list[tuple[str, str]] = []
    carried: list[tuple[str, str]] = []
    went: dict[str, str] = {}
    free = dict(added)
    for old_path, old in gone.items():  # parents before their members
        parent = went.get(_parent(old_path), _parent(old_path))  # where its parent is now
        if f"{parent}.{_leaf(old_path)}" in free and parent != _parent(old_path):
            new_path = f"{parent}.{_leaf(old_path)}"
            carried.append((old_path, new_path))
        else:
            for new_path, new in list(free.items()):
                same_ko = normalized_ko(new.ko) == normalized_ko(old.ko)
                if _leaf(new_path) == _leaf(old_path) and _parent(new_path) != parent:
                    moved.append((old_path, new_path))
                elif same_ko and _parent(new_path) == parent and new.kind == old.kind:
                    renamed.append((old_path, new_path))
                else:
                    continue
                break
            else:
                continue
        went[old_path] = new_path
        del free[new_path]
    return renamed, moved, carried


def field_changes(api_id: str, part: str, old: list[Field], new: list[Field], request: bool) -> Iterator[Change]:
    before, after = _flatten(old), _flatten(new)
    gone = {p: f for p, f in before.items() if p not in after}
    added = {p: f for p, f in after.items() if p not in before}
    renamed, moved, carried = _matched_renames(gone, added)
    noun = "argument" if request else "attribute"
    for old_path, new_path in renamed + moved + carried:
        gone.pop(old_path)
        added.pop(new_path)
    for old_path, new_path in renamed + moved:
        verb = "renamed" if (old_path, new_path) in renamed else "moved"
        was, now = _python(old_path), _python(new_path)
        what = f"{noun} {verb}: `{was}` -> `{now}`"
        if part == "response" and before[old_path].kind in ("list", "object"):
            what += f"; its model {_model(api_id, old_path, before)} is now {_model(api_id, new_path, after)}"
        yield Change(
            api_id,
            f"{part}-field-{verb}",
            f"{part}.{old_path}",
            what,
            f"use `{now}` instead of `{was}`",
            True,
        )
    for path in gone:
        if _parent(path) in gone:
            continue  # its parent's removal says it
        name = _python(path)
        action = f"drop the argument `{name}`" if request else f"stop reading `{name}`"
        what = f"{noun}{_called(path)} removed"
        yield Change(api_id, f"{part}-field-removed", f"{part}.{path}", what, action, True)
    for path, f in added.items():
        if _parent(path) in added:
            continue
        if request and f.required:
            yield Change(
                api_id,
                "request-field-added-required",
                f"{part}.{path}",
                f"new required {noun}{_called(path)} ({f.ko}, {f.kind})",
                f"pass `{_python(path)}` on every call",
                True,
            )
        else:
            what = f"new {'optional ' if request else ''}{noun}{_called(path)} ({f.ko}, {f.kind})"
            yield Change(api_id, f"{part}-field-added", f"{part}.{path}", what, "", True)
    # the facts of every field on both sides, in field order; a renamed or moved one under its new path
    position = {path: n for n, path in enumerate(before)}
    pairs = [(p, p) for p in before if p in after] + renamed + moved + carried
    for old_path, new_path in sorted(pairs, key=lambda pair: position[pair[0]]):
        yield from _field_facts(api_id, f"{part}.{new_path}", before[old_path], after[new_path], request)


def _field_facts(api_id: str, subject: str, old: Field, new: Field, request: bool) -> Iterator[Change]:
    if request and old.required != new.required:
        if new.required:
            yield Change(
                api_id,
                "request-field-required",
                subject,
                "now required",
                f"pass `{field_attribute(new.name)}` on every call",
                True,
            )
        else:
            yield Change(api_id, "request-field-optional", subject, "now optional", "", True)
    elif old.required != new.required:
        what = f"now marked {'required' if new.required else 'optional'} (answers are not checked for it)"
        yield Change(api_id, "response-field-required-changed", subject, what)
    yield from _type_changes(api_id, subject, old, new, request)
    if old.length != new.length:
        yield _length_change(api_id, subject, old.length, new.length, request)
    if request and old.kind == new.kind and request_shape(old) != request_shape(new):
        yield _shape_change(api_id, subject, old, new)
    if request and old.item_code != new.item_code:
        yield _item_code_change(api_id, subject, old.item_code, new.item_code)
    yield from _meaning_changes(api_id, subject, old, new, request)
    if (old.ko, old.notes) != (new.ko, new.notes):
        yield Change(api_id, "field-docs-changed", subject, "Korean name or notes changed")


def _same_python_type(old: Field, new: Field) -> str | None:
    """The Python type of a response value under both fields' annotated types where only the reading of the text
    differs (TimeValue and ClockTimeValue: a time either way, all zeros None or midnight); None where it differs."""
    if old.enum or new.enum or scaled(old) or scaled(new) or old.array != new.array:
        return None
    before, after = KIND_TYPES.get(old.kind), KIND_TYPES.get(new.kind)
    return after[0] if before and after and before[0] == after[0] else None


def _type_changes(api_id: str, subject: str, old: Field, new: Field, request: bool) -> Iterator[Change]:
    typed = request_python_type if request else response_python_type
    before, after = typed(old), typed(new)
    if not request and before != after and (python := _same_python_type(old, new)):
        before = after = python  # as a FID whose kind changes and whose annotation stays (diff.py)
    if before != after or old.array != new.array:
        yield Change(
            api_id,
            "field-type-changed",
            subject,
            f"type {before} -> {after} ({_kinds(old, new)})",
            f"pass {after.split(' (')[0]}" if request else f"read it as {after}",
            True,
        )
    elif old.kind != new.kind:
        # the same Python type: only the validation (request) or the parsing (response) of the text changes
        yield Change(
            api_id,
            "request-field-kind-changed" if request else "field-kind-changed",
            subject,
            f"kind {old.kind} -> {new.kind}, the Python type stays {after}",
            f"send values valid as {new.kind}" if request else "",
        )


def _kinds(old: Field, new: Field) -> str:
    """'kind int -> decimal', 'codes trade_type -> None', 'array False -> True': what made the type change."""
    pairs = [("kind", old.kind, new.kind), ("codes", old.enum, new.enum), ("scale", old.value.scale, new.value.scale)]
    pairs += [("decimals", old.value.decimals, new.value.decimals), ("array", old.array, new.array)]
    return ", ".join(f"{label} {a} -> {b}" for label, a, b in pairs if a != b)


def _length_change(api_id: str, subject: str, old: int | None, new: int | None, request: bool) -> Change:
    what = f"length {old or 'unlimited'} -> {new or 'unlimited'}"
    if not request:
        return Change(api_id, "response-length-changed", subject, what + " (responses are not checked by length)")
    if new is not None and (old is None or new < old):
        return Change(api_id, "request-length-shrunk", subject, what, f"values longer than {new} are refused")
    return Change(api_id, "request-length-grown", subject, what)


def unit_change(api_id: str, subject: str, old: str | None, new: str | None, what: str) -> Change:
    """A value's unit: another unit is another meaning of the same number (breaking); a unit written where there was
    none, or dropped, only documents it."""
    if old and new:
        return Change(
            api_id,
            f"{what}-unit-changed",
            subject,
            f"unit {old} -> {new}",
            f"values are now in {new}: rescale",
        )
    return Change(api_id, f"{what}-unit-documented", subject, f"unit {old} -> {new}")


def _shape_change(api_id: str, subject: str, old: Field, new: Field) -> Change:
    """A request text field held to another shape (its format's): values of the old shape may now be refused."""
    was, now = old.value.format if request_shape(old) else None, new.value.format if request_shape(new) else None
    what = f"format {was or 'free'} -> {now or 'free'}"
    if now is None:
        return Change(api_id, "request-format-relaxed", subject, what + ": any text of its length is sent")
    return Change(api_id, "request-format-changed", subject, what, f"write it as {now}: other values are refused")


def _item_code_change(api_id: str, subject: str, old: str | None, new: str | None) -> Change:
    """A request field held to the shape of another kind of item code (api.yaml item_codes), or to none."""
    what = f"item code {old or 'unchecked'} -> {new or 'unchecked'}"
    if new is None:
        return Change(api_id, "request-item-code-relaxed", subject, what + ": any text of its length is sent")
    return Change(api_id, "request-item-code-changed", subject, what, f"give a {new} item code: others are refused")


def _unit_of(f: Field) -> str | None:
    """'KRW', or a unit by a request switch: 'by crnc_tp (1: KRW, 2: USD)'."""
    if f.unit_by is None:
        return f.value.unit
    units = ", ".join(f"{code}: {unit}" for code, unit in f.unit_by.units.items())
    return f"by {f.unit_by.field} ({units})"


def _meaning_changes(api_id: str, subject: str, old: Field, new: Field, request: bool) -> Iterator[Change]:
    """Unit, scale and format: the same type, a different meaning of its value."""
    old_unit, new_unit = _unit_of(old), _unit_of(new)
    if old_unit != new_unit:
        yield unit_change(api_id, subject, old_unit, new_unit, "field")
    if old.value.scale != new.value.scale and response_python_type(old) == response_python_type(new):
        yield Change(
            api_id,
            "field-scale-changed",
            subject,
            f"scale {old.value.scale} -> {new.value.scale}",
            "values are divided differently: rescale",
        )
    for key in ("format", "digits", "decimals", "signed", "const"):
        before, after = getattr(old.value, key), getattr(new.value, key)
        if key == "format" and request and old.kind == new.kind and request_shape(old) != request_shape(new):
            continue  # said as the shape it is held to
        if before != after and not (key == "decimals" and old.kind == "price" and request):
            yield Change(api_id, f"field-{key}-changed", subject, f"{key} {before} -> {after}")
    if old.tuple != new.tuple:
        yield Change(api_id, "field-shape-changed", subject, f"tuple {old.tuple} -> {new.tuple}")
