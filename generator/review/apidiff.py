"""The second opinion on a spec diff: build both sides and compare the public API of the two `kiwoom_sdk` packages
with griffe. Where the two opinions disagree, one of them has a bug; the report lists those places."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..names import camel, model_class
from ..spec.model import Corpus
from .change import BREAKING, CODES, ERRORS, SpecDiff

OTHER = "(other)"


@dataclass(frozen=True)
class Breakage:
    """One breaking change griffe finds: its kind (griffe's BreakageKind name), the object's path, and the group
    (API id, "codes", "errors" or "(other)") it belongs to."""

    kind: str
    path: str
    group: str


@dataclass
class ApiDiff:
    breakages: list[Breakage] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)


def build_package(specs: Path, out: Path) -> None:
    """Generate the package of the (linted) specs into `out`."""
    from ..build import produce
    from ..output.writing import write_all

    files, problems = produce(specs)
    if files is None:
        raise ValueError(f"{specs}: the specs do not build: {problems[0]}")
    write_all({out / rel: text for rel, text in files.items()})


class Owners:
    """Which group an object of the generated package belongs to, from the names the generator gives."""

    def __init__(self, *corpora: Corpus) -> None:
        self.methods: dict[str, str] = {}
        self.classes: dict[str, str] = {}
        self.models: dict[str, str] = {}
        for corpus in corpora:
            for api in corpus.apis.values():
                self.methods.setdefault(api.id, api.id)
                self.methods.setdefault(api.alias, api.id)
                self.classes.setdefault(camel(api.alias), api.id)
                self.models.setdefault(model_class(api.id, ""), api.id)

    def __call__(self, path: str) -> str:
        parts = path.split(".")
        module = parts[1] if len(parts) > 1 else ""
        if module == "codes" or (len(parts) > 2 and parts[2].endswith(("Value", "OrBlank"))):
            return CODES
        if module == "errors":
            return ERRORS
        if module == "realtime" and len(parts) > 2:
            return self.classes.get(parts[2], OTHER)
        if module == "models":
            for part in parts[2:]:
                owners = [api for prefix, api in self.models.items() if part.startswith(prefix)]
                if owners:
                    return max(owners, key=len)
            return OTHER
        return self.methods.get(parts[-1], OTHER)


def _class_bases(module: Any, out: dict[str, set[str]]) -> dict[str, set[str]]:
    """Every public class of a griffe module tree (aliases not followed) -> the paths of its bases."""
    for name, member in module.members.items():
        if name.startswith("_") or member.is_alias:
            continue
        if member.is_class:
            out[member.path] = {str(base) for base in member.bases}
            _class_bases(member, out)
        elif member.is_module:
            _class_bases(member, out)
    return out


def _changed_bases(old: Any, new: Any) -> set[tuple[str, str]]:
    """Classes that lost a base class, also when another took its place (griffe reports only fewer bases)."""
    before, after = _class_bases(old, {}), _class_bases(new, {})
    return {("CLASS_CHANGED_BASE", path) for path in before.keys() & after.keys() if before[path] - after[path]}


def _plain(annotation: Any) -> str:
    """An annotation without the metadata of `Annotated[T, Field(description=...)]`: T (a description is docs)."""
    import griffe

    if isinstance(annotation, griffe.ExprSubscript) and str(annotation.left).rpartition(".")[2] == "Annotated":
        inner = annotation.slice
        if isinstance(inner, griffe.ExprTuple) and inner.elements:
            return str(inner.elements[0])
    return str(annotation)


INPUT_BASE = "KiwoomRequest"  # the base of the request models: what a caller writes, like a parameter


def _annotations(
    node: Any, out: dict[tuple[str, str], tuple[str, str, bool]], written: bool = False
) -> dict[tuple[str, str], tuple[str, str, bool]]:
    """Every annotation of the public API under a griffe module or class (aliases not followed): (path, what) ->
    (breakage kind, annotation, written by callers), `what` naming a function's parameter or its return ("" for an
    attribute); a request model's attributes are written by callers, like parameters."""
    for name, member in node.members.items():
        if name.startswith("_") or member.is_alias:
            continue
        if member.is_module:
            _annotations(member, out)
        elif member.is_class:
            _annotations(member, out, any(str(base).rpartition(".")[2] == INPUT_BASE for base in member.bases))
        elif member.is_attribute and member.annotation is not None:
            out[(member.path, "")] = ("ATTRIBUTE_CHANGED_TYPE", _plain(member.annotation), written)
        elif member.is_function:
            for parameter in member.parameters:
                if parameter.annotation is not None:
                    out[(member.path, parameter.name)] = ("PARAMETER_CHANGED_TYPE", _plain(parameter.annotation), True)
            if member.returns is not None:
                out[(member.path, "return")] = ("RETURN_CHANGED_TYPE", _plain(member.returns), False)
    return out


def _union(annotation: str) -> set[str]:
    """The members of a union annotation: 'int | str | None' -> {'int', 'str', 'None'} (brackets kept whole)."""
    members, depth, start = set(), 0, 0
    for i, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.add(annotation[start:i].strip())
            start = i + 1
    return members | {annotation[start:].strip()}


def _value_types(package: Any) -> dict[str, set[str]]:
    """The value types of kiwoom_sdk._types by name, each as the members of the union it annotates: TimeValue and
    ClockTimeValue (`Annotated[datetime.time | str | None, parsing(...)]`) are both {datetime.time, str, None}, a
    type that differs only in how the text is read."""
    import griffe

    module = package.members.get("_types")
    if module is None:
        return {}
    return {
        name: _union(_plain(member.value))
        for name, member in module.members.items()
        if not member.is_alias
        and member.is_attribute
        and isinstance(member.value, griffe.ExprSubscript)
        and str(member.value.left).rpartition(".")[2] == "Annotated"
    }


def _types(annotation: str, value_types: dict[str, set[str]]) -> set[str]:
    """The members of an annotation's union, a value type of kiwoom_sdk._types read as the members it annotates."""
    return {member for name in _union(annotation) for member in value_types.get(name, {name})}


def _changed_annotations(old: Any, new: Any) -> set[tuple[str, str]]:
    """Attributes, parameters and returns whose type changed (griffe leaves annotations out of its breakages): what
    callers read, any change; what they write (parameters, request models), a type that no longer takes all it did.
    What callers read is the Python type: a value type of kiwoom_sdk._types is the type it annotates, its parser no
    part of it; what they write keeps its validator (DateArgument takes less than TextArgument, though both are str)."""
    before, after = _annotations(old, {}), _annotations(new, {})
    old_types, new_types = _value_types(old), _value_types(new)
    changed = set()
    for key in before.keys() & after.keys():
        (kind, was, written), (_, now, _) = before[key], after[key]
        if written:
            if was != now and not _union(was) <= _union(now):
                changed.add((kind, key[0]))
        elif _types(was, old_types) != _types(now, new_types):
            changed.add((kind, key[0]))
    return changed


def api_breakages(old_root: Path, new_root: Path, owners: Owners) -> list[Breakage]:
    """griffe's breaking changes from the package under `old_root` to the one under `new_root`, sorted by path.
    A value assigned to an attribute (a model field's description, say) is not an API break and is left out; a
    class whose base was replaced, and an attribute, parameter or return whose type changed, are added."""
    import griffe

    old = griffe.load("kiwoom_sdk", search_paths=[str(old_root)], resolve_aliases=False)
    new = griffe.load("kiwoom_sdk", search_paths=[str(new_root)], resolve_aliases=False)
    found = {
        (b.kind.name, b.obj.path)
        for b in griffe.find_breaking_changes(old, new)
        if b.kind is not griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE
    }
    found |= _changed_bases(old, new)
    found |= _changed_annotations(old, new)
    return [Breakage(kind, path, owners(path)) for kind, path in sorted(found, key=lambda e: (e[1], e[0]))]


def disagreements(spec: SpecDiff, breakages: list[Breakage]) -> list[str]:
    """Groups where one opinion sees a breaking change of the Python API and the other does not."""
    by_spec: dict[str, str] = {}
    for change in spec.changes:
        if change.severity == BREAKING and change.surface:
            by_spec.setdefault(change.group, change.subject)
    by_api: dict[str, Breakage] = {}
    for breakage in breakages:
        by_api.setdefault(breakage.group, breakage)
    out = [
        f"{group}: the spec diff breaks the Python API ({by_spec[group]}), the generated API does not change so"
        for group in sorted(by_spec.keys() - by_api.keys())
    ]
    out += [
        f"{group}: the generated API breaks ({by_api[group].kind} {by_api[group].path}), no breaking spec change says"
        " so (a change of the generator, or a bug of the spec diff)"
        for group in sorted(by_api.keys() - by_spec.keys())
    ]
    return out


def api_diff(
    spec: SpecDiff,
    base: tuple[Path, Corpus],
    head: tuple[Path, Corpus],
    scratch: Path,
    packages: tuple[Path | None, Path | None] = (None, None),
) -> ApiDiff:
    """Compare the packages of both sides (spec folder, linted corpus) with `spec`: each side's `packages` entry
    (the folder holding its kiwoom_sdk, as committed with its specs), or built under `scratch` when None. A change
    of the generator between the commits then shows as breakages no spec change explains."""
    found = []
    for label, (root, _), package in (("base-package", base, packages[0]), ("head-package", head, packages[1])):
        if package is None:
            build_package(root, scratch / label)
            package = scratch / label
        found.append(package)
    breakages = api_breakages(found[0], found[1], Owners(base[1], head[1]))
    return ApiDiff(breakages, disagreements(spec, breakages))
