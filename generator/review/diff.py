"""A semantic diff of two spec corpora on the intermediate model, classified for the library's users.

Every change says what it does to a caller of the generated `kiwoom_sdk`; its class (breaking, compatible, docs)
and the reason for it come from its kind, by the one rule of classes.py. A change of a realtime type's REG / REMOVE
or frame is marked `session`: only the hand-written session writes and reads those messages.

Arguments and attributes are named as callers write them (field_attribute), subjects by the spec's wire names.

`surface` tells whether the change shows in the generated Python API (names, signatures, annotations):
the API diff of the two generated packages (apidiff.py) must see exactly the breaking ones of those.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..names import (
    attribute,
    camel,
    fid_type,
    group_attribute,
    model_class,
)
from ..spec.model import Api, Corpus, FidRef, Field, Rule
from .change import Change, SpecDiff
from .diff_corpus import code_changes, errata_changes, error_changes, fid_changes, protocol_changes
from .diff_fields import field_changes, unit_change


def diff_corpora(base: Corpus, head: Corpus, base_name: str = "base", head_name: str = "head") -> SpecDiff:
    """Every change from `base` to `head`, APIs by id first, then code tables, FIDs, errors, errata, protocol."""
    out = SpecDiff(base_name, head_name)
    renumbered = _renumbered(base, head)
    for api_id in sorted(base.apis.keys() | head.apis.keys()):
        old, new = base.apis.get(api_id), head.apis.get(api_id)
        shown = new or old
        assert shown is not None
        out.titles[api_id] = f"{api_id} {shown.name_ko} ({shown.name_en}, `{shown.alias}`)"
        if api_id in renumbered.values():
            continue  # said under its old id
        if api_id in renumbered:
            new = head.apis[renumbered[api_id]]
            out.titles[api_id] = f"{api_id} -> {new.id} {new.name_ko} ({new.name_en}, `{new.alias}`)"
        out.changes.extend(_api_changes(api_id, old, new, base, head))
    out.changes.extend(code_changes(base, head))
    out.changes.extend(fid_changes(base, head))
    out.changes.extend(error_changes(base, head))
    out.changes.extend(errata_changes(base.all_errata(), head.all_errata()))
    out.changes.extend(protocol_changes(base, head))
    return out


# --- APIs ---------------------------------------------------------------------------------------------------------


def _call(api: Api) -> str:
    """How a caller reaches the API: `client.stkinfo.ka10001()`, the realtime event class, or for the other
    WebSocket APIs (condition search) the message a caller sends with RealtimeSession.send."""
    if api.protocol == "realtime":
        return f"realtime.{camel(api.alias)}"
    if api.protocol == "websocket":
        return f"the {_trnm(api)} message (RealtimeSession.send)"
    return f"client.{group_attribute(api.section, api.category)}.{api.id}()"


def _trnm(api: Api) -> str:
    """The service name a WebSocket API's messages carry (its request's fixed `trnm`), else its id."""
    return next((str(f.value.const) for f in api.request if f.name == "trnm" and f.value.const), api.id)


def _surfaced(api: Api | None, corpus: Corpus) -> bool:
    """The API has a generated Python API of its own: methods and models (HTTP), or a realtime event class (a
    realtime type, or a WebSocket API whose pushes name a type: Corpus.realtime_sources)."""
    if api is None:
        return False
    if api.protocol == "websocket" and _answer_class(api, corpus):
        return True  # its answer is read into a class of the realtime module (ConditionSearchRow)
    return api.protocol == "rest" or any(source.id == api.id for source, _, _ in corpus.realtime_sources())


def _row_fids(api: Api, corpus: Corpus) -> list[FidRef]:
    from ..targets.views import row_fids

    return row_fids(api, corpus)


def _answer_class(api: Api, corpus: Corpus) -> str | None:
    from ..targets.views import answer_class

    found = answer_class(api, corpus)
    return f"realtime.{found}" if found else None


SESSION_READS = (
    "the realtime session reads this frame (hand-written in generator/runtime/_session.py and _realtime.py): make"
    " it read the new form"
)


def _in_a_frame(change: Change, api: Api) -> Change:
    """A field of a WebSocket frame, which no generated model holds: a realtime type's REG (the session writes it)
    and the frames the session reads into its events; a condition search's messages, which callers send with
    RealtimeSession.send and read as SystemMessage.body."""
    if change.subject.startswith("request.") and api.protocol == "realtime":
        return _sent_by_the_session(change)
    if api.protocol == "realtime":
        what = change.what.replace("attribute", "key of the frame")
        return replace(change, what=what, action=SESSION_READS if change.action else "", surface=False, session=True)
    if change.subject.startswith("request."):
        what = change.what.replace("argument", f"field of the {_trnm(api)} message")
        action = f"{change.action} (the {_trnm(api)} message)" if change.action else ""
        return replace(change, what=what, action=action, surface=False)
    what = change.what.replace("attribute", f"key of the {_trnm(api)} answer (SystemMessage.body)")
    return replace(change, what=what, surface=False)


def _a_rule_of_a_message(change: Change, api: Api) -> Change:
    """A rule of a condition search's message, which callers write and RealtimeSession.send sends as it is: the
    server, not the client, refuses a message that breaks it."""
    if not change.action:
        return change
    return replace(change, action=f"write the {_trnm(api)} message by the rule: the server refuses one that breaks it")


SESSION_SENDS = (
    "the realtime session writes this message (RealtimeSession.register / remove, hand-written in"
    " generator/runtime/_session.py): make it send the new form; tests/test_contract_websocket.py checks what it"
    " sends against asyncapi.yaml"
)


def _sent_by_the_session(change: Change) -> Change:
    """A change of a realtime type's REG request (its fields and rules), which no generated method takes: the session
    builds the message, so the action is the session's, the generated Python API does not change and the change is
    a session change (classes.class_of). The facts the package takes from the REG (the group number's length, the
    items a type's REG names) are compared as such: _registration_change, diff_corpus.session_fact_changes."""
    what = change.what.replace("argument", "field of the REG message")
    return replace(change, what=what, action=SESSION_SENDS if change.action else "", surface=False, session=True)


def _moved_off_rest(old: Api, new: Api) -> Change:
    """A realtime type or a WebSocket API in another section or category: no client group names it, so a category
    is the docs' grouping only; another section is another session (the type's SECTION: a session of the old section
    refuses to register it, and a condition search's messages go to the other endpoint)."""
    what = f"moved from {old.section}/{old.category} to {new.section}/{new.category}"
    if old.section == new.section:
        return Change(old.id, "api-category-changed", "category", what)
    session = f"a session of section {new.section!r}"
    if new.protocol == "realtime":
        action = f"register `{new.id}` on {session}"
    else:
        action = f"send the {_trnm(new)} message on {session}"
    return Change(old.id, "api-section-changed", "section", what, action)


def _renumbered(base: Corpus, head: Corpus) -> dict[str, str]:
    """Old id -> new id of the APIs whose id changed: one that went away and one that appeared with its alias and
    protocol (the alias is the API's name for callers; the id alone changed)."""
    gone = {(a.alias, a.protocol): a.id for i, a in base.apis.items() if i not in head.apis}
    added = {(a.alias, a.protocol): a.id for i, a in head.apis.items() if i not in base.apis}
    return {gone[key]: added[key] for key in gone.keys() & added.keys()}


def _renumbering(old: Api, new: Api) -> Change:
    """The id of an API changed: its method (or realtime type id) and its model classes are named by the id."""
    what = f"id {old.id} -> {new.id}: now {_call(new)}"
    if new.protocol == "realtime":
        action = f"register the type as '{new.id}' instead of '{old.id}'"
    else:
        models = ", ".join(model_class(old.id, suffix) for suffix in ("Request", "Response"))
        what += f"; the models {models} are now {model_class(new.id, 'Request')}, {model_class(new.id, 'Response')}"
        what += f"; the alias `{new.alias}` stays"
        action = f"call {_call(new)} (or `{new.alias}`) instead of {_call(old)}"
    return Change(old.id, "api-id-changed", old.id, what, action, True)


def _api_changes(api_id: str, old: Api | None, new: Api | None, base: Corpus, head: Corpus) -> Iterator[Change]:
    if old is not None and new is not None and old.id != new.id:
        yield replace(_renumbering(old, new), surface=_surfaced(old, base))
    if old is None:
        assert new is not None
        what = f"new API {_call(new)} (alias `{new.alias}`)"
        yield Change(api_id, "api-added", api_id, what, "", _surfaced(new, head))
        return
    if new is None:
        gone = f"{_call(old)} and `{old.alias}` no longer exist" if _surfaced(old, base) else f"{_call(old)} is gone"
        yield Change(
            api_id,
            "api-removed",
            api_id,
            f"API removed: {gone}",
            f"stop {'sending' if old.protocol == 'websocket' else 'calling'} {_call(old)}",
            _surfaced(old, base),
        )
        return
    surfaced = _surfaced(old, base) or _surfaced(new, head)
    for change in _api_facts(api_id, old, new, base, head):
        if change.kind == "api-moved" and new.protocol != "rest":
            yield _moved_off_rest(old, new)
        elif change.kind == "api-renamed" and not surfaced:
            what = f"alias renamed: `{old.alias}` -> `{new.alias}` (names in asyncapi.yaml and the docs only)"
            yield replace(change, kind="api-alias-renamed", what=what, action="", surface=False)
        else:
            yield change if surfaced else replace(change, surface=False)
    fields = [
        *field_changes(api_id, "request", old.request, new.request, True),
        *field_changes(api_id, "response", old.response, new.response, False),
        *field_changes(api_id, "push", old.push, new.push, False),
    ]
    yield from fields if new.protocol == "rest" else (_in_a_frame(change, new) for change in fields)
    yield from _realtime_changes(api_id, old, new, base, head)
    rules = _rule_changes(api_id, old.rules, new.rules)
    if new.protocol == "realtime":
        yield from map(_sent_by_the_session, rules)
    elif new.protocol == "websocket":
        yield from (_a_rule_of_a_message(change, new) for change in rules)
    else:
        yield from rules
    if [(e.part, e.label, e.body) for e in old.examples] != [(e.part, e.label, e.body) for e in new.examples]:
        yield Change(api_id, "examples-changed", "examples", "the examples changed (generated tests and docs)")


def _api_facts(api_id: str, old: Api, new: Api, base: Corpus, head: Corpus) -> Iterator[Change]:
    before, after = _answer_class(old, base), _answer_class(new, head)
    if old.alias != new.alias and before and after:
        what = f"answer class renamed: `{before}` -> `{after}` (alias `{new.alias}`)"
        yield Change(api_id, "api-renamed", "alias", what, f"rename uses of `{before}` to `{after}`", True)
    elif old.alias != new.alias:
        kind = "realtime class" if new.protocol == "realtime" else "method alias"
        yield Change(
            api_id,
            "api-renamed",
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
            "category",
            f"moved from {old.section}/{old.category} to {new.section}/{new.category}: now {_call(new)}",
            f"call {_call(new)} instead of {_call(old)}",
            True,
        )
    if old.protocol != new.protocol:
        yield Change(api_id, "api-protocol-changed", "protocol", f"protocol {old.protocol} -> {new.protocol}", "", True)
    if (old.method, old.path) != (new.method, new.path):
        yield Change(
            api_id,
            "path-changed",
            "path",
            f"served at {new.method} {new.path} (was {old.method} {old.path}); the client follows",
        )
    if old.paging != new.paging:
        if new.paging:
            yield Change(api_id, "paging-added", "paging", "now pages: new arguments cont_yn, next_key", "", True)
        else:
            yield Change(
                api_id,
                "paging-removed",
                "paging",
                "no longer pages: the arguments cont_yn and next_key go away",
                "drop cont_yn/next_key from calls",
                True,
            )
    if old.order != new.order:
        yield _order_change(api_id, new.order)
    elif new.order and old.look_up != new.look_up:
        yield _look_up_change(api_id, old.look_up, new.look_up)
    yield from _mock_changes(api_id, old, new)
    for attr, label in (("name_ko", "Korean name"), ("name_en", "English name"), ("notes", "notes")):
        if getattr(old, attr) != getattr(new, attr):
            yield Change(api_id, f"{attr.replace('_', '-')}-changed", attr, f"{label} changed")


def _order_change(api_id: str, order: bool) -> Change:
    """An API that becomes an order or stops being one: the safeguards of orders (never retried, nothing sent by
    `kiwoom call` without --confirm, only the MCP server's order tools and only where they are allowed) follow the
    flag, so both ways change what a call does."""
    if order:
        return Change(
            api_id,
            "order-flag-added",
            "order",
            "now an order: never retried, `kiwoom call` sends it only with --confirm, the MCP server only through"
            " order_preview / order_submit",
            "pass --confirm to `kiwoom call`, use the MCP order tools, and handle OrderStateUnknown",
        )
    return Change(
        api_id,
        "order-flag-removed",
        "order",
        "no longer an order: retried on failure, sent by `kiwoom call` without --confirm and by the MCP query tool"
        " without KIWOOM_MCP_ALLOW_ORDERS",
        "check that it places no order: the safeguards of orders no longer hold it",
    )


def _look_up_change(api_id: str, old: list[str], new: list[str]) -> Change:
    """Other TRs named to look an order in doubt up with: advice to traders (OrderStateUnknown's message and
    `look_up`, the record's `look_up`, the command line's and the MCP server's envelopes), no name or signature of
    the package; a caller who looks up what it used to look up may be checking the wrong TRs."""
    was = " / ".join(old) or "none"
    return Change(
        api_id,
        "look-up-changed",
        "look_up",
        f"an order in doubt is looked up with {' / '.join(new)} (was {was})",
        f"look its orders in doubt up with {' / '.join(new)}",
    )


def _mock_changes(api_id: str, old: Api, new: Api) -> Iterator[Change]:
    if old.mock_supported and not new.mock_supported:
        yield Change(
            api_id,
            "mock-removed",
            "mock",
            "the mock server no longer serves it",
            "test it against the real server",
        )
    elif new.mock_supported and not old.mock_supported:
        yield Change(api_id, "mock-added", "mock", "the mock server now serves it")
    elif old.mock_supported:
        gone = sorted(set(old.mock_exchanges) - set(new.mock_exchanges))
        added = sorted(set(new.mock_exchanges) - set(old.mock_exchanges))
        if gone:
            yield Change(
                api_id,
                "mock-exchange-removed",
                "mock",
                f"mock server exchanges removed: {', '.join(gone)}",
                "test those exchanges against the real server",
            )
        if added:
            yield Change(api_id, "mock-exchange-added", "mock", f"mock server exchanges added: {', '.join(added)}")


# --- realtime FIDs and rules --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _FidUse:
    """A FID as one realtime type reads it: its attribute, annotation, and the kind, unit and scale behind them."""

    name: str
    annotation: str
    kind: str
    unit: str | None
    scale: int | None


def _fid_uses(fields: list[Field], corpus: Corpus) -> dict[int, _FidUse]:
    """FID number -> how the realtime class reads it (targets.views.realtime_views: a type's overrides over
    the FID's own)."""
    stack = list(fields)
    refs: list[FidRef] = []
    while stack:
        f = stack.pop(0)
        refs.extend(f.fids)
        stack[:0] = f.fields
    return _uses(refs, corpus)


def _uses(refs: list[FidRef], corpus: Corpus) -> dict[int, _FidUse]:
    out: dict[int, _FidUse] = {}
    for ref in refs:
        fid = corpus.fids.get(ref.fid)
        if fid is not None and ref.fid not in out:
            unit, scale = ref.overrides.get("unit", fid.unit), ref.overrides.get("scale", fid.scale)
            kind = str(ref.overrides.get("kind", fid.kind))
            out[ref.fid] = _FidUse(attribute(fid.name), fid_type(ref, fid).annotation, kind, unit, scale)
    return out


def _answer_fid_changes(api_id: str, old: Api, new: Api, base: Corpus, head: Corpus) -> Iterator[Change]:
    """The FIDs of a WebSocket API's answer rows (a condition search's), which its row class reads typed
    (realtime.ConditionSearchRow): an attribute gone, added, renamed, retyped or rescaled, as for a realtime type."""
    before, after = _uses(_row_fids(old, base), base), _uses(_row_fids(new, head), head)
    answer = f"the {_trnm(new)} answer ({_answer_class(new, head)})"
    for number in sorted(before.keys() - after.keys()):
        name = before[number].name
        what = f"FID {number} (`{name}`) no longer in {answer}"
        yield Change(api_id, "answer-fid-removed", f"FID {number}", what, f"stop reading `{name}`", True)
    for number in sorted(after.keys() - before.keys()):
        use = after[number]
        what = f"FID {number} (`{use.name}`, {use.annotation}) now in {answer}"
        yield Change(api_id, "answer-fid-added", f"FID {number}", what, "", True)
    for number in sorted(before.keys() & after.keys()):
        yield from _fid_use_changes(api_id, f"FID {number}", before[number], after[number])


def _registration_change(api_id: str, old: Api, new: Api) -> Iterator[Change]:
    """How a REG names the type's items (targets.views.registered_by, from its REG examples: the generated
    REGISTERED that RealtimeSession.register checks items by): codes, or none (the empty item)."""
    from ..targets.views import registered_by

    before, after = registered_by(old), registered_by(new)
    if before == after or not (before and after):
        return
    if after == "none":
        what, action = "a REG of the type now names no item (the empty item)", f"register `{new.id}` without items"
    else:
        what, action = "a REG of the type now names item codes", f"pass item codes when registering `{new.id}`"
    yield Change(
        api_id, "registration-changed", "registration", f"{what} (realtime REGISTERED {before} -> {after})", action
    )


def _realtime_changes(api_id: str, old: Api, new: Api, base: Corpus, head: Corpus) -> Iterator[Change]:
    if new.protocol == "websocket":
        yield from _answer_fid_changes(api_id, old, new, base, head)
    if new.protocol == "realtime" and old.protocol == "realtime":
        yield from _registration_change(api_id, old, new)
    part = "response" if new.protocol == "realtime" else "push"
    before = _fid_uses(getattr(old, part), base)
    after = _fid_uses(getattr(new, part), head)
    for number in sorted(before.keys() - after.keys()):
        name = before[number].name
        yield Change(
            api_id,
            "fid-removed",
            f"FID {number}",
            f"FID {number} (`{name}`) no longer sent",
            f"stop reading `{name}`",
            True,
        )
    for number in sorted(after.keys() - before.keys()):
        use = after[number]
        yield Change(api_id, "fid-added", f"FID {number}", f"new FID `{use.name}` ({use.annotation})", "", True)
    for number in sorted(before.keys() & after.keys()):
        yield from _fid_use_changes(api_id, f"FID {number}", before[number], after[number])


def _fid_use_changes(api_id: str, subject: str, old: _FidUse, new: _FidUse) -> Iterator[Change]:
    """A FID both sides send: its attribute's name and type, and the kind, unit and scale of its values."""
    if old.name != new.name:
        yield Change(
            api_id,
            "fid-renamed",
            subject,
            f"attribute renamed: `{old.name}` -> `{new.name}`",
            f"read `{new.name}` instead of `{old.name}`",
            True,
        )
    if old.annotation != new.annotation:
        yield Change(
            api_id,
            "fid-type-changed",
            subject,
            f"`{new.name}`: type {old.annotation} -> {new.annotation}",
            f"read `{new.name}` as {new.annotation}",
            True,
        )
    elif old.kind != new.kind:
        yield Change(
            api_id,
            "fid-kind-changed",
            subject,
            f"`{new.name}`: kind {old.kind} -> {new.kind}, the Python type stays {new.annotation}",
        )
    if old.unit != new.unit:
        yield unit_change(api_id, subject, old.unit, new.unit, "fid")
    if old.scale != new.scale and old.annotation == new.annotation:
        yield Change(
            api_id,
            "fid-scale-changed",
            subject,
            f"`{new.name}`: scale {old.scale} -> {new.scale}",
            "values are divided differently: rescale",
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
        yield Change(api_id, kind, f"rule {target}", what, "calls that break the rule are refused before sending")
    for text in dropped:
        yield Change(api_id, "rule-removed", f"rule {text.partition(':')[0]}", f"rule dropped: {text}")
