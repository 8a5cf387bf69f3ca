"""A semantic diff of two spec corpora on the intermediate model, classified for the library's users.

Every change says what it does to a caller of the generated `kiwoom_sdk`:
- breaking: a method, argument, attribute, enum member or error class goes away or changes type; a request
  field becomes required; a request value is refused that was accepted (a length shrinks, a rule is added);
  a value means something else (its unit or scale changes); a code is removed.
- compatible: additions and relaxations; transport facts (hosts, paths) that need no change in code.
- docs: names in Korean, notes, examples, errata and response lengths (responses are not checked by length).

`surface` tells whether the change shows in the generated Python API (names, signatures, annotations):
the API diff of the two generated packages (apidiff.py) must see exactly the breaking ones of those.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from ..names import (
    NUMERIC_KINDS,
    VALUE_TYPES,
    argument_type,
    attribute,
    camel,
    code_argument_type,
    code_value_type,
    fid_type,
    group_attribute,
    member,
    price_argument_type,
    request_type,
    scaled_family,
    scaled_value_type,
)
from ..spec.kinds import normalized_ko
from ..spec.model import Api, Corpus, Erratum, FidRef, Field, Rule

BREAKING, COMPATIBLE, DOCS = "breaking", "compatible", "docs"
SEVERITIES = (BREAKING, COMPATIBLE, DOCS)

# Groups that are not an API, in the order the report shows them after the APIs.
CODES, FIDS, ERRORS, ERRATA, PROTOCOL = "codes", "fids", "errors", "errata", "protocol"


@dataclass(frozen=True)
class Change:
    """One change, as a reviewer and a caller see it.

    group: the API id, or one of "codes", "fids", "errors", "errata", "protocol".
    kind: what changed, a stable token for tools ("api-removed", "request-field-required", ...).
    subject: the thing that changed ("request.stk_cd", "codes.TradeType.BUY", "FID 20").
    what: the change in words; action: what a caller must change ("" when nothing).
    surface: the generated Python API (names, signatures, annotations) changes.
    """

    group: str
    kind: str
    severity: str
    subject: str
    what: str
    action: str = ""
    surface: bool = False

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SpecDiff:
    """The changes from a base corpus to a head corpus, and a title for each API group."""

    base: str
    head: str
    changes: list[Change] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)

    def count(self, severity: str) -> int:
        return sum(1 for c in self.changes if c.severity == severity)

    @property
    def worst(self) -> str | None:
        """The most severe class present (breaking before compatible before docs), None when nothing changed."""
        return next((s for s in SEVERITIES if self.count(s)), None)


def diff_corpora(base: Corpus, head: Corpus, base_name: str = "base", head_name: str = "head") -> SpecDiff:
    """Every change from `base` to `head`, APIs by id first, then code tables, FIDs, errors, errata, protocol."""
    out = SpecDiff(base_name, head_name)
    for api_id in sorted(base.apis.keys() | head.apis.keys()):
        old, new = base.apis.get(api_id), head.apis.get(api_id)
        shown = new or old
        assert shown is not None
        out.titles[api_id] = f"{api_id} {shown.name_ko} ({shown.name_en}, `{shown.alias}`)"
        out.changes.extend(_api_changes(api_id, old, new, base, head))
    out.changes.extend(_code_changes(base, head))
    out.changes.extend(_fid_changes(base, head))
    out.changes.extend(_error_changes(base, head))
    out.changes.extend(_errata_changes(base.all_errata(), head.all_errata()))
    out.changes.extend(_protocol_changes(base, head))
    return out


# --- APIs ---------------------------------------------------------------------------------------------------------


def _call(api: Api) -> str:
    """How a caller reaches the API: `client.stkinfo.ka10001()` (or the realtime event class)."""
    if api.protocol == "realtime":
        return f"realtime.{camel(api.alias)}"
    return f"client.{group_attribute(api.section, api.category)}.{api.id}()"


SESSION_SENDS = (
    "the realtime session writes this message (RealtimeSession.register / remove, hand-written in"
    " generator/runtime/_session.py): make it send the new form; tests/test_contract_websocket.py checks what it"
    " sends against asyncapi.yaml"
)


def _sent_by_the_session(change: Change) -> Change:
    """A change of a realtime type's REG request, which no generated method takes: the session builds the message,
    so the action is the session's, and the generated Python API does not change."""
    what = change.what.replace("argument", "field of the REG message")
    return replace(change, what=what, action=SESSION_SENDS if change.action else "", surface=False)


def _api_changes(api_id: str, old: Api | None, new: Api | None, base: Corpus, head: Corpus) -> Iterator[Change]:
    if old is None:
        assert new is not None
        yield Change(api_id, "api-added", COMPATIBLE, api_id, f"new API {_call(new)} (alias `{new.alias}`)", "", True)
        return
    if new is None:
        yield Change(
            api_id,
            "api-removed",
            BREAKING,
            api_id,
            f"API removed: {_call(old)} and `{old.alias}` no longer exist",
            f"stop calling {_call(old)}",
            True,
        )
        return
    yield from _api_facts(api_id, old, new)
    requested = _field_changes(api_id, "request", old.request, new.request, True)
    yield from (_sent_by_the_session(change) for change in requested) if new.protocol == "realtime" else requested
    yield from _field_changes(api_id, "response", old.response, new.response, False)
    yield from _field_changes(api_id, "push", old.push, new.push, False)
    yield from _realtime_changes(api_id, old, new, base, head)
    yield from _rule_changes(api_id, old.rules, new.rules)
    if [(e.part, e.label, e.body) for e in old.examples] != [(e.part, e.label, e.body) for e in new.examples]:
        yield Change(api_id, "examples-changed", DOCS, "examples", "the examples changed (generated tests and docs)")


def _api_facts(api_id: str, old: Api, new: Api) -> Iterator[Change]:
    if old.alias != new.alias:
        kind = "realtime class" if new.protocol == "realtime" else "method alias"
        yield Change(
            api_id,
            "api-renamed",
            BREAKING,
            "alias",
            f"{kind} renamed: `{old.alias}` -> `{new.alias}`",
            f"rename uses of `{old.alias}` to `{new.alias}`"
            + ("" if new.protocol == "realtime" else f" (or {api_id})"),
            True,
        )
    if (old.section, old.category) != (new.section, new.category):
        yield Change(
            api_id,
            "api-moved",
            BREAKING,
            "category",
            f"moved from {old.section}/{old.category} to {new.section}/{new.category}: now {_call(new)}",
            f"call {_call(new)} instead of {_call(old)}",
            True,
        )
    if old.protocol != new.protocol:
        yield Change(
            api_id, "protocol-changed", BREAKING, "protocol", f"protocol {old.protocol} -> {new.protocol}", "", True
        )
    if (old.method, old.path) != (new.method, new.path):
        yield Change(
            api_id,
            "path-changed",
            COMPATIBLE,
            "path",
            f"served at {new.method} {new.path} (was {old.method} {old.path}); the client follows",
        )
    if old.paging != new.paging:
        if new.paging:
            yield Change(
                api_id, "paging-added", COMPATIBLE, "paging", "now pages: new arguments cont_yn, next_key", "", True
            )
        else:
            yield Change(
                api_id,
                "paging-removed",
                BREAKING,
                "paging",
                "no longer pages: the arguments cont_yn and next_key go away",
                "drop cont_yn/next_key from calls",
                True,
            )
    if old.order != new.order:
        what = "now places an order: never retried" if new.order else "no longer an order: queries may be retried"
        yield Change(api_id, "order-flag-changed", BREAKING if new.order else COMPATIBLE, "order", what)
    yield from _mock_changes(api_id, old, new)
    for attr, label in (("name_ko", "Korean name"), ("name_en", "English name"), ("notes", "notes")):
        if getattr(old, attr) != getattr(new, attr):
            yield Change(api_id, f"{attr.replace('_', '-')}-changed", DOCS, attr, f"{label} changed")


def _mock_changes(api_id: str, old: Api, new: Api) -> Iterator[Change]:
    if old.mock_supported and not new.mock_supported:
        yield Change(
            api_id,
            "mock-removed",
            BREAKING,
            "mock",
            "the mock server no longer serves it",
            "test it against the real server",
        )
    elif new.mock_supported and not old.mock_supported:
        yield Change(api_id, "mock-added", COMPATIBLE, "mock", "the mock server now serves it")
    elif old.mock_supported:
        gone = sorted(set(old.mock_exchanges) - set(new.mock_exchanges))
        added = sorted(set(new.mock_exchanges) - set(old.mock_exchanges))
        if gone:
            yield Change(
                api_id,
                "mock-exchange-removed",
                BREAKING,
                "mock",
                f"mock server exchanges removed: {', '.join(gone)}",
                "test those exchanges against the real server",
            )
        if added:
            yield Change(
                api_id, "mock-exchange-added", COMPATIBLE, "mock", f"mock server exchanges added: {', '.join(added)}"
            )


# --- fields -------------------------------------------------------------------------------------------------------


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
    if f.enum:
        model = code_argument_type(f.enum)
    elif f.kind == "price":
        model = price_argument_type(f.value.decimals or 0)
    else:
        model = request_type(f.kind)
    return f"{argument_type(f.kind, f.enum)} ({model})"


def response_python_type(f: Field) -> str:
    """The annotated type of a response model attribute (a nested model for a list or an object)."""
    if f.kind == "list":
        return "list[model]"
    if f.kind == "object":
        return "model"
    if f.enum:
        return code_value_type(f.enum)
    if f.value.scale and f.kind in NUMERIC_KINDS:
        return scaled_value_type(scaled_family(f.kind), f.value.scale)
    return VALUE_TYPES.get(f.kind, "TextValue")


def _matched_renames(
    gone: dict[str, Field], added: dict[str, Field]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(renamed, moved) pairs of (old path, new path): a field that went away and one that appeared with the same
    Korean name; renamed in the same parent, moved (same wire name) to another parent."""
    renamed, moved = [], []
    free = dict(added)
    for old_path, old in gone.items():
        for new_path, new in list(free.items()):
            same_ko = normalized_ko(new.ko) == normalized_ko(old.ko)
            if _leaf(new_path) == _leaf(old_path) and _parent(new_path) != _parent(old_path):
                moved.append((old_path, new_path))
            elif same_ko and _parent(new_path) == _parent(old_path) and new.kind == old.kind:
                renamed.append((old_path, new_path))
            else:
                continue
            del free[new_path]
            break
    return renamed, moved


def _field_changes(api_id: str, part: str, old: list[Field], new: list[Field], request: bool) -> Iterator[Change]:
    before, after = _flatten(old), _flatten(new)
    gone = {p: f for p, f in before.items() if p not in after}
    added = {p: f for p, f in after.items() if p not in before}
    renamed, moved = _matched_renames(gone, added)
    noun = "argument" if request else "attribute"
    for old_path, new_path in renamed + moved:
        verb = "renamed" if (old_path, new_path) in renamed else "moved"
        gone.pop(old_path)
        added.pop(new_path)
        yield Change(
            api_id,
            f"{part}-field-{verb}",
            BREAKING,
            f"{part}.{old_path}",
            f"{noun} {verb}: `{old_path}` -> `{new_path}`",
            f"use `{new_path}` instead of `{old_path}`",
            True,
        )
    for path in gone:
        if _parent(path) in gone:
            continue  # its parent's removal says it
        action = f"drop the argument `{path}`" if request else f"stop reading `{path}`"
        yield Change(api_id, f"{part}-field-removed", BREAKING, f"{part}.{path}", f"{noun} removed", action, True)
    for path, f in added.items():
        if _parent(path) in added:
            continue
        if request and f.required:
            yield Change(
                api_id,
                "request-field-added-required",
                BREAKING,
                f"{part}.{path}",
                f"new required {noun} ({f.ko}, {f.kind})",
                f"pass `{path}` on every call",
                True,
            )
        else:
            what = f"new {'optional ' if request else ''}{noun} ({f.ko}, {f.kind})"
            yield Change(api_id, f"{part}-field-added", COMPATIBLE, f"{part}.{path}", what, "", True)
    for path in [p for p in before if p in after]:  # in field order
        yield from _field_facts(api_id, f"{part}.{path}", before[path], after[path], request)


def _field_facts(api_id: str, subject: str, old: Field, new: Field, request: bool) -> Iterator[Change]:
    if request and old.required != new.required:
        if new.required:
            yield Change(
                api_id,
                "request-field-required",
                BREAKING,
                subject,
                "now required",
                f"pass `{new.name}` on every call",
                True,
            )
        else:
            yield Change(api_id, "request-field-optional", COMPATIBLE, subject, "now optional", "", True)
    yield from _type_changes(api_id, subject, old, new, request)
    if old.length != new.length:
        yield _length_change(api_id, subject, old.length, new.length, request)
    yield from _meaning_changes(api_id, subject, old, new)
    if (old.ko, old.notes) != (new.ko, new.notes):
        yield Change(api_id, "field-docs-changed", DOCS, subject, "Korean name or notes changed")


def _type_changes(api_id: str, subject: str, old: Field, new: Field, request: bool) -> Iterator[Change]:
    typed = request_python_type if request else response_python_type
    before, after = typed(old), typed(new)
    if before != after or old.array != new.array:
        yield Change(
            api_id,
            "field-type-changed",
            BREAKING,
            subject,
            f"type {before} -> {after} ({_kinds(old, new)})",
            f"pass a {after.split(' (')[0]}" if request else f"read it as {after}",
            True,
        )
    elif old.kind != new.kind:
        # the same Python type: only the validation (request) or the parsing (response) of the text changes
        yield Change(
            api_id,
            "field-kind-changed",
            BREAKING if request else COMPATIBLE,
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
        return Change(api_id, "response-length-changed", DOCS, subject, what + " (responses are not checked by length)")
    if new is not None and (old is None or new < old):
        return Change(api_id, "request-length-shrunk", BREAKING, subject, what, f"values longer than {new} are refused")
    return Change(api_id, "request-length-grown", COMPATIBLE, subject, what)


def _meaning_changes(api_id: str, subject: str, old: Field, new: Field) -> Iterator[Change]:
    """Unit, scale and format: the same type, a different meaning of its value."""
    old_unit = old.value.unit or (old.unit_by and repr(old.unit_by))
    new_unit = new.value.unit or (new.unit_by and repr(new.unit_by))
    if old_unit != new_unit:
        if old_unit and new_unit:
            yield Change(
                api_id,
                "field-unit-changed",
                BREAKING,
                subject,
                f"unit {old_unit} -> {new_unit}",
                f"values are now in {new_unit}: rescale",
            )
        else:
            yield Change(api_id, "field-unit-documented", DOCS, subject, f"unit {old_unit} -> {new_unit}")
    if old.value.scale != new.value.scale and response_python_type(old) == response_python_type(new):
        yield Change(
            api_id,
            "field-scale-changed",
            BREAKING,
            subject,
            f"scale {old.value.scale} -> {new.value.scale}",
            "values are divided differently: rescale",
        )
    for key in ("format", "digits", "decimals", "signed", "const"):
        before, after = getattr(old.value, key), getattr(new.value, key)
        if before != after and not (key == "decimals" and old.kind == "price" and "request." in subject):
            yield Change(api_id, f"field-{key}-changed", COMPATIBLE, subject, f"{key} {before} -> {after}")
    if old.tuple != new.tuple:
        yield Change(api_id, "field-shape-changed", COMPATIBLE, subject, f"tuple {old.tuple} -> {new.tuple}")


# --- realtime FIDs and rules --------------------------------------------------------------------------------------


def _fid_attributes(fields: list[Field], corpus: Corpus) -> dict[int, tuple[str, str]]:
    """FID number -> (attribute, annotation) of the realtime class, as render.realtime_views makes them."""
    out: dict[int, tuple[str, str]] = {}
    stack = list(fields)
    refs: list[FidRef] = []
    while stack:
        f = stack.pop(0)
        refs.extend(f.fids)
        stack[:0] = f.fields
    for ref in refs:
        fid = corpus.fids.get(ref.fid)
        if fid is not None and ref.fid not in out:
            out[ref.fid] = (attribute(fid.name), fid_type(ref, fid).annotation)
    return out


def _realtime_changes(api_id: str, old: Api, new: Api, base: Corpus, head: Corpus) -> Iterator[Change]:
    part = "response" if new.protocol == "realtime" else "push"
    before = _fid_attributes(getattr(old, part), base)
    after = _fid_attributes(getattr(new, part), head)
    for number in sorted(before.keys() - after.keys()):
        yield Change(
            api_id,
            "fid-removed",
            BREAKING,
            f"FID {number}",
            f"FID {number} (`{before[number][0]}`) no longer sent",
            f"stop reading `{before[number][0]}`",
            True,
        )
    for number in sorted(after.keys() - before.keys()):
        name, annotation = after[number]
        yield Change(api_id, "fid-added", COMPATIBLE, f"FID {number}", f"new FID `{name}` ({annotation})", "", True)
    for number in sorted(before.keys() & after.keys()):
        (old_name, old_type), (new_name, new_type) = before[number], after[number]
        if old_name != new_name:
            yield Change(
                api_id,
                "fid-renamed",
                BREAKING,
                f"FID {number}",
                f"attribute renamed: `{old_name}` -> `{new_name}`",
                f"read `{new_name}` instead of `{old_name}`",
                True,
            )
        if old_type != new_type:
            yield Change(
                api_id,
                "fid-type-changed",
                BREAKING,
                f"FID {number}",
                f"`{new_name}`: type {old_type} -> {new_type}",
                f"read `{new_name}` as {new_type}",
                True,
            )


def _rule_changes(api_id: str, old: list[Rule], new: list[Rule]) -> Iterator[Change]:
    """Rules added (stricter: breaking), dropped (compatible), or the one rule of a field changed (breaking)."""
    before, after = {r.in_words() for r in old}, {r.in_words() for r in new}
    added, dropped = sorted(after - before), sorted(before - after)
    targets = [text.partition(":")[0] for text in added + dropped]
    for text in added:
        target = text.partition(":")[0]
        if targets.count(target) == 2 and len([d for d in dropped if d.partition(":")[0] == target]) == 1:
            [was] = [d for d in dropped if d.partition(":")[0] == target]
            dropped.remove(was)
            what = f"rule changed: {was.partition(': ')[2]} -> {text.partition(': ')[2]}"
            kind = "rule-changed"
        else:
            what, kind = f"new rule: {text}", "rule-added"
        yield Change(
            api_id, kind, BREAKING, f"rule {target}", what, "calls that break the rule are refused before sending"
        )
    for text in dropped:
        yield Change(api_id, "rule-removed", COMPATIBLE, f"rule {text.partition(':')[0]}", f"rule dropped: {text}")


# --- code tables, FID dictionary, errors, errata, protocol ---------------------------------------------------------


def _code_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    for name in sorted(base.codes.keys() | head.codes.keys()):
        old, new = base.codes.get(name), head.codes.get(name)
        enum = f"codes.{camel(name)}"
        if new is None:
            yield Change(CODES, "code-table-removed", BREAKING, enum, "code table removed", f"stop using {enum}", True)
            continue
        if old is None:
            yield Change(CODES, "code-table-added", COMPATIBLE, enum, f"new code table ({new.name_ko})", "", True)
            continue
        before = {c.code: c for c in old.codes}
        after = {c.code: c for c in new.codes}
        for code in [c for c in before if c not in after]:
            gone = member(before[code].name)
            yield Change(
                CODES,
                "code-removed",
                BREAKING,
                f"{enum}.{gone}",
                f"code {code} ({before[code].ko}) removed",
                f"stop using {enum}.{gone}",
                True,
            )
        for code in [c for c in after if c not in before]:
            yield Change(
                CODES,
                "code-added",
                COMPATIBLE,
                f"{enum}.{member(after[code].name)}",
                f"new code {code} ({after[code].ko})",
                "",
                True,
            )
        for code in [c for c in before if c in after]:
            was, now = member(before[code].name), member(after[code].name)
            if was != now:
                yield Change(
                    CODES,
                    "code-renamed",
                    BREAKING,
                    f"{enum}.{was}",
                    f"member of code {code} renamed: {was} -> {now}",
                    f"use {enum}.{now}",
                    True,
                )
            elif before[code].ko != after[code].ko:
                yield Change(CODES, "code-docs-changed", DOCS, f"{enum}.{now}", f"Korean text of code {code} changed")
        if old.name_ko != new.name_ko:
            yield Change(CODES, "code-table-docs-changed", DOCS, enum, "Korean name changed")


def _fid_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    """The FID dictionary; what each realtime type's attributes become is reported under its API."""
    for number in sorted(base.fids.keys() | head.fids.keys()):
        old, new = base.fids.get(number), head.fids.get(number)
        if old is None or new is None:
            what = "added to" if old is None else "removed from"
            yield Change(
                FIDS,
                f"fid-{'added' if old is None else 'removed'}",
                DOCS,
                f"FID {number}",
                f"{what} the FID dictionary",
            )
        elif (old.ko, old.notes) != (new.ko, new.notes):
            yield Change(FIDS, "fid-docs-changed", DOCS, f"FID {number}", "Korean name or notes changed")
        elif old.unit != new.unit:
            yield Change(
                FIDS,
                "fid-unit-changed",
                BREAKING if old.unit and new.unit else DOCS,
                f"FID {number}",
                f"unit {old.unit} -> {new.unit}",
                "values are in another unit: rescale" if old.unit and new.unit else "",
            )


def _error_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    for code in sorted(base.errors.keys() | head.errors.keys()):
        old, new = base.errors.get(code), head.errors.get(code)
        if new is None:
            assert old is not None
            yield Change(
                ERRORS,
                "error-removed",
                BREAKING,
                f"errors.{old.name}",
                f"error code {code} removed: errors.{old.name} no longer exists",
                f"stop catching errors.{old.name}",
                True,
            )
        elif old is None:
            yield Change(
                ERRORS,
                "error-added",
                COMPATIBLE,
                f"errors.{new.name}",
                f"new error code {code} ({new.error_class})",
                "",
                True,
            )
        elif old.name != new.name:
            yield Change(
                ERRORS,
                "error-renamed",
                BREAKING,
                f"errors.{old.name}",
                f"error code {code}: errors.{old.name} -> errors.{new.name}",
                f"catch errors.{new.name}",
                True,
            )
        elif old.error_class != new.error_class:
            yield Change(
                ERRORS,
                "error-class-changed",
                BREAKING,
                f"errors.{new.name}",
                f"error code {code} is now a {new.error_class} error (was {old.error_class})",
                f"catch it as a {new.error_class} error",
                True,
            )
        elif (old.message_ko, old.meaning) != (new.message_ko, new.meaning):
            yield Change(
                ERRORS, "error-docs-changed", DOCS, f"errors.{new.name}", f"message of error code {code} changed"
            )


def _errata_changes(old: list[Erratum], new: list[Erratum]) -> Iterator[Change]:
    before, after = {e.id: e for e in old}, {e.id: e for e in new}
    for erratum_id in sorted(after.keys() - before.keys()):
        yield Change(ERRATA, "erratum-added", DOCS, erratum_id, f"new erratum: {after[erratum_id].says}")
    for erratum_id in sorted(before.keys() - after.keys()):
        yield Change(ERRATA, "erratum-resolved", DOCS, erratum_id, f"erratum resolved: {before[erratum_id].says}")


def _protocol_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    old_hosts, new_hosts = base.protocol.get("hosts", {}), head.protocol.get("hosts", {})
    for env in sorted(old_hosts.keys() | new_hosts.keys()):
        if old_hosts.get(env) != new_hosts.get(env):
            yield Change(
                PROTOCOL, "host-changed", COMPATIBLE, f"hosts.{env}", f"hosts of {env} changed; the client follows"
            )
    rest = {k: v for k, v in base.protocol.items() if k != "hosts"}
    if rest != {k: v for k, v in head.protocol.items() if k != "hosts"}:
        yield Change(PROTOCOL, "protocol-changed", COMPATIBLE, "api.yaml", "headers or WebSocket protocol changed")
    if base.market != head.market:
        yield Change(
            PROTOCOL, "market-changed", COMPATIBLE, "market.yaml", "tick grids, price limits or calendar changed"
        )
