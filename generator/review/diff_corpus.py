"""The spec diff of what the APIs share: code tables, the FID dictionary, errors and their classes, errata, the
protocol and the price grids (diff.py: the APIs themselves)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..names import camel, member
from ..spec.model import Corpus, Erratum
from .change import CODES, ERRATA, ERRORS, FIDS, PROTOCOL, Change


def code_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    for name in sorted(base.codes.keys() | head.codes.keys()):
        old, new = base.codes.get(name), head.codes.get(name)
        enum = f"codes.{camel(name)}"
        if new is None:
            yield Change(CODES, "code-table-removed", enum, "code table removed", f"stop using {enum}", True)
            continue
        if old is None:
            yield Change(CODES, "code-table-added", enum, f"new code table ({new.name_ko})", "", True)
            continue
        before = {c.code: c for c in old.codes}
        after = {c.code: c for c in new.codes}
        for code in [c for c in before if c not in after]:
            gone = member(before[code].name)
            yield Change(
                CODES,
                "code-removed",
                f"{enum}.{gone}",
                f"code {code} ({before[code].ko}) removed",
                f"stop using {enum}.{gone}",
                True,
            )
        for code in [c for c in after if c not in before]:
            yield Change(
                CODES,
                "code-added",
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
                    f"{enum}.{was}",
                    f"member of code {code} renamed: {was} -> {now}",
                    f"use {enum}.{now}",
                    True,
                )
            if before[code].ko != after[code].ko:
                what = f"Korean text of code {code} changed: {before[code].ko} -> {after[code].ko}"
                yield Change(CODES, "code-docs-changed", f"{enum}.{now}", what)
        if old.name_ko != new.name_ko:
            yield Change(CODES, "code-table-docs-changed", enum, "Korean name changed")


def fid_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    """The FID dictionary's own words; what each realtime type's attributes become (names, types, units, scales) is
    reported under its API, as the type reads the FID."""
    for number in sorted(base.fids.keys() | head.fids.keys()):
        old, new = base.fids.get(number), head.fids.get(number)
        if old is None or new is None:
            what = "added to" if old is None else "removed from"
            yield Change(
                FIDS,
                f"fid-dictionary-{'added' if old is None else 'removed'}",
                f"FID {number}",
                f"{what} the FID dictionary",
            )
        elif (old.ko, old.notes) != (new.ko, new.notes):
            yield Change(FIDS, "fid-docs-changed", f"FID {number}", "Korean name or notes changed")


def error_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    for code in sorted(base.errors.keys() | head.errors.keys()):
        old, new = base.errors.get(code), head.errors.get(code)
        if new is None:
            assert old is not None
            yield Change(
                ERRORS,
                "error-removed",
                f"errors.{old.name}",
                f"error code {code} removed: errors.{old.name} no longer exists",
                f"stop catching errors.{old.name}",
                True,
            )
            continue
        if old is None:
            yield Change(
                ERRORS,
                "error-added",
                f"errors.{new.name}",
                f"new error code {code} ({new.error_class})",
                "",
                True,
            )
            continue
        if old.name != new.name:
            yield Change(
                ERRORS,
                "error-renamed",
                f"errors.{old.name}",
                f"error code {code}: errors.{old.name} -> errors.{new.name}",
                f"catch errors.{new.name}",
                True,
            )
        if old.error_class != new.error_class:
            yield Change(
                ERRORS,
                "error-class-changed",
                f"errors.{new.name}",
                f"error code {code} is now a {new.error_class} error (was {old.error_class})",
                f"catch it as a {new.error_class} error",
                True,
            )
        form = ("return_code", "return_msg")
        if [(old.answer or {}).get(k) for k in form] != [(new.answer or {}).get(k) for k in form]:
            what = f"the simulator answers error code {code} in another form (errors.yaml answer)"
            yield Change(ERRORS, "error-answer-changed", f"errors.{new.name}", what)
        elif (old.answer or {}).get("sources") != (new.answer or {}).get("sources"):
            yield Change(ERRORS, "error-docs-changed", f"errors.{new.name}", f"sources of error code {code} changed")
        if (old.message_ko, old.meaning) != (new.message_ko, new.meaning):
            yield Change(ERRORS, "error-docs-changed", f"errors.{new.name}", f"message of error code {code} changed")
    yield from _error_class_changes(base, head)
    yield from _error_form_changes(base, head)


def _error_classes(corpus: Corpus) -> dict[str, tuple[str, str]]:
    """The classes of kiwoom_sdk.errors that no guide error code names (the classes of errors, the refusal, the
    refused order, the refinements, the SYSTEM notices), as errors.py prints them: name -> (base, when raised)."""
    from ..targets.views import error_forms_view, error_views

    bases, _ = error_views(corpus)
    forms = error_forms_view(corpus)
    out = {view.name: ("KiwoomError", f"errors of class {view.key}") for view in bases}
    refusal = f"code {forms.refusal_code} with return_code {forms.refusal_return_code}"
    out[forms.refusal_name] = (forms.refusal_base, refusal)
    out[forms.order_name] = (forms.refusal_name, f"{refusal} to an order")
    for r in forms.refined:
        out[r.name] = (r.base, f"codes {', '.join(map(str, r.codes))} with a message matching {r.pattern!r}")
    for n in forms.notices:
        out[n.name] = (
            "SessionEnded",
            f"SYSTEM {n.code}" + (", then reconnects" if n.reconnect else ", ends the session"),
        )
    return out


def _error_class_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    before, after = _error_classes(base), _error_classes(head)
    gone = {name: before[name] for name in before.keys() - after.keys()}
    added = {name: after[name] for name in after.keys() - before.keys()}
    for old_name in sorted(gone):
        new_name = next((n for n in sorted(added) if added[n] == gone[old_name]), None)
        if new_name is not None:
            del added[new_name]
            yield Change(
                ERRORS,
                "error-class-renamed",
                f"errors.{old_name}",
                f"errors.{old_name} -> errors.{new_name} ({gone[old_name][1]})",
                f"catch errors.{new_name}",
                True,
            )
        else:
            yield Change(
                ERRORS,
                "error-class-removed",
                f"errors.{old_name}",
                f"errors.{old_name} no longer exists ({gone[old_name][1]})",
                f"stop catching errors.{old_name}",
                True,
            )
    for name in sorted(added):
        what = f"new error class errors.{name}({added[name][0]}): {added[name][1]}"
        yield Change(ERRORS, "error-class-added", f"errors.{name}", what, "", True)
    for name in sorted(before.keys() & after.keys()):
        (old_base, old_when), (new_base, new_when) = before[name], after[name]
        if old_base != new_base:
            yield Change(
                ERRORS,
                "error-class-base-changed",
                f"errors.{name}",
                f"errors.{name} is now a {new_base} (was a {old_base})",
                f"catch it as a {new_base}",
                True,
            )
        if old_when != new_when:
            yield Change(
                ERRORS,
                "error-class-raised-changed",
                f"errors.{name}",
                f"errors.{name} is raised for {new_when} (was {old_when})",
                "answers that raised it may raise another class now: check what you catch",
            )


def _error_form_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    """The answers read as empty results (no_data) and the codes read out of messages (embedded)."""
    old, new = base.error_forms, head.error_forms
    old_empty = {*map(str, old.no_data.get("return_codes", [])), *old.no_data.get("patterns", [])}
    new_empty = {*map(str, new.no_data.get("return_codes", [])), *new.no_data.get("patterns", [])}
    if old_empty - new_empty:
        yield Change(
            ERRORS,
            "no-data-narrowed",
            "errors.NO_DATA",
            f"answers are no longer read as empty results for {', '.join(sorted(old_empty - new_empty))}",
            "such answers raise an error now instead of returning no rows",
        )
    if new_empty - old_empty:
        what = f"answers are now read as empty results for {', '.join(sorted(new_empty - old_empty))}"
        yield Change(ERRORS, "no-data-widened", "errors.NO_DATA", what + " (they raised an error)")
    if [e.get("pattern") for e in old.embedded] != [e.get("pattern") for e in new.embedded]:
        what = "the patterns that read an error code out of a message changed (errors.EMBEDDED_CODES)"
        yield Change(ERRORS, "embedded-codes-changed", "errors.EMBEDDED_CODES", what)
    for section in ("embedded", "refusal", "refine", "no_data"):
        if _words(getattr(old, section)) != _words(getattr(new, section)):
            what = f"the meaning, notes or sources of errors.yaml {section} changed"
            yield Change(ERRORS, "error-docs-changed", f"errors.yaml {section}", what)


def _words(value: Any) -> Any:
    """Only what documents (meanings, notes, forms and sources), at every level of a section of errors.yaml."""
    if isinstance(value, dict):
        kept = {k: v for k, v in value.items() if k in _ERROR_WORDS or isinstance(v, (dict, list))}
        return {k: v if k in _ERROR_WORDS else _words(v) for k, v in kept.items()}
    if isinstance(value, list):
        return [_words(v) for v in value if isinstance(v, (dict, list))]
    return value


_ERROR_WORDS = frozenset(("meaning", "note", "notes", "sources", "form"))


def errata_changes(old: list[Erratum], new: list[Erratum]) -> Iterator[Change]:
    before, after = {e.id: e for e in old}, {e.id: e for e in new}
    for erratum_id in sorted(after.keys() - before.keys()):
        yield Change(ERRATA, "erratum-added", erratum_id, f"new erratum: {after[erratum_id].says}")
    for erratum_id in sorted(before.keys() - after.keys()):
        yield Change(ERRATA, "erratum-resolved", erratum_id, f"erratum resolved: {before[erratum_id].says}")
    for erratum_id in sorted(before.keys() & after.keys()):
        was, now = before[erratum_id], after[erratum_id]
        changed = [
            key for key in ("api", "source", "says", "instead", "fact") if getattr(was, key) != getattr(now, key)
        ]
        if changed:
            # the fact of an erratum decides which example values the simulator and the generated tests keep
            what = f"erratum changed ({', '.join(changed)}): {now.says}"
            yield Change(ERRATA, "erratum-changed", erratum_id, what)


def _changed_keys(old: Any, new: Any, prefix: str = "", depth: int = 2) -> list[str]:
    """The dotted keys (`depth` levels deep, -1: every level of mappings) whose values differ: 'websocket.SYSTEM',
    'headers.request'."""
    if old == new:
        return []
    if depth == 0 or not (isinstance(old, dict) and isinstance(new, dict)):
        return [prefix.rstrip(".") or "(the whole file)"]
    keys = sorted(old.keys() | new.keys(), key=str)
    return [k for key in keys for k in _changed_keys(old.get(key), new.get(key), f"{prefix}{key}.", depth - 1)]


# Keys of specs/api.yaml that only document (words and the sources of facts): no generated code reads them.
_WORDS = frozenset(("notes", "sources", "meaning", "ko", "examples", "shape"))


def _fact(read: Callable[[Corpus], Any], corpus: Corpus) -> Any:
    """A fact the generator reads from the specs, None where the specs do not give it: older specs (a release's)
    from before the generator read it, or realtime specs that disagree (which lint names)."""
    try:
        return read(corpus)
    except (KeyError, TypeError, ValueError):
        return None


def session_fact_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    """The facts the generated package takes from the REG of the realtime specs and from specs/api.yaml, which
    RealtimeSession.register checks callers' values against or reads answers by (targets.views): the group number's
    length (realtime.GROUP_LENGTH), the shape of a domestic item (realtime.ITEM_CODE) and the market prefix a
    condition search's rows carry (realtime.bare_code). The REG fields themselves are the session's (diff.py). A
    fact one side does not give came or went with the generator, not with a spec change: it is not reported."""
    from ..targets.views import group_length, item_code_pattern, market_prefix_pattern

    before, after = _fact(group_length, base), _fact(group_length, head)
    if before is not None and after is not None and before != after:
        kind = "group-length-shrunk" if after < before else "group-length-grown"
        what = f"a REG's grp_no is at most {after} characters (was {before}): realtime.GROUP_LENGTH"
        action = f"use group numbers of at most {after} characters" if after < before else ""
        yield Change(PROTOCOL, kind, "request.grp_no", what, action)
    before, after = _fact(item_code_pattern, base), _fact(item_code_pattern, head)
    if before is not None and after is not None and before != after:
        what = f"domestic REG items are held to {after} (was {before}): realtime.ITEM_CODE"
        action = "register items of the new shape: others are refused before sending"
        yield Change(PROTOCOL, "item-code-changed", "websocket.REG.item_code.domestic", what, action)
    before, after = _fact(market_prefix_pattern, base), _fact(market_prefix_pattern, head)
    if before is not None and after is not None and before != after:
        what = f"the market prefix of an item code is {after} (was {before})"
        action = "check the item codes read from condition search rows (realtime.bare_code)"
        yield Change(PROTOCOL, "market-prefix-changed", "websocket.REG.item_code.market_prefix", what, action)


def item_code_kind_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    """The patterns of the kinds of item codes (api.yaml item_codes), which the TRs' item code fields are held to
    before sending (kiwoom_sdk._endpoints.ITEM_CODES): each pattern that changed, old and new written out."""
    old, new = _fact(Corpus.item_codes, base) or {}, _fact(Corpus.item_codes, head) or {}
    for name in sorted(old.keys() | new.keys()):
        was, now = old.get(name), new.get(name)
        if was is not None and now is not None and was.pattern != now.pattern:
            what = f"item codes of kind {name} are held to {now.pattern!r} (was {was.pattern!r}): ITEM_CODES[{name!r}]"
            action = f"give {name} item codes of the new shape: others are refused before sending"
            yield Change(PROTOCOL, "item-code-kind-changed", f"item_codes.{name}.pattern", what, action)


def protocol_changes(base: Corpus, head: Corpus) -> Iterator[Change]:
    from .versions import guide_workbook

    if guide_workbook(base) != guide_workbook(head):
        what = f"the specs follow the guide workbook {guide_workbook(head)} (was {guide_workbook(base)})"
        what += ": kiwoom_sdk.__guide_workbook__ and the package's description"
        yield Change(PROTOCOL, "guide-workbook-changed", "source.workbook", what)
    old_hosts, new_hosts = base.protocol.get("hosts", {}), head.protocol.get("hosts", {})
    for env in sorted(old_hosts.keys() | new_hosts.keys()):
        was, now = old_hosts.get(env) or {}, new_hosts.get(env) or {}
        if was != now:
            # where the keys, tokens and orders go: each address written out for the reviewer
            moved = [
                f"{k}: {was.get(k)} -> {now.get(k)}"
                for k in sorted(was.keys() | now.keys())
                if was.get(k) != now.get(k)
            ]
            what = f"hosts of {env} changed ({'; '.join(moved)}); the client follows"
            yield Change(PROTOCOL, "host-changed", f"hosts.{env}", what)
    facts = list(session_fact_changes(base, head))
    yield from facts
    kinds = list(item_code_kind_changes(base, head))
    yield from kinds
    said = ("hosts", *(c.subject for c in facts + kinds if c.subject.startswith(("websocket.", "item_codes."))))
    for key in _changed_keys(base.protocol, head.protocol, depth=-1):
        if not key.startswith(said):
            kind = "protocol-docs-changed" if key.rpartition(".")[2] in _WORDS else "protocol-changed"
            yield Change(PROTOCOL, kind, f"api.yaml {key}", f"{key} changed")
    for key in _changed_keys(base.market, head.market, depth=1):
        if key == "grids":
            yield from _grid_changes(base.market.get("grids", {}), head.market.get("grids", {}))
        else:
            what = f"{key} changed (the simulator's market)"
            yield Change(PROTOCOL, "market-changed", f"market.yaml {key}", what)


def _grid_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """The tick grids the client holds order prices to (the rules `grid:`): another grid refuses other prices."""
    for name in sorted(old.keys() | new.keys()):
        if old.get(name) != new.get(name):
            yield Change(
                PROTOCOL,
                "grid-changed",
                f"market.yaml grids.{name}",
                f"the {name} tick grid changed: order prices are checked against the new ticks",
                "prices that were on the old grid may be refused before sending",
            )
