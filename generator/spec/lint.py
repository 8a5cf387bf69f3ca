"""Cross-file rules over the loaded corpus (the JSON Schemas check each file alone)."""

from __future__ import annotations

import datetime
import itertools
import keyword
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..names import (
    CLIENT_ATTRIBUTES,
    DIRECTED_KINDS,
    REALTIME_IMPORTS,
    RESERVED_ATTRIBUTES,
    RESERVED_PREFIXES,
    attribute,
    camel,
    direction_column,
    fid_table,
    field_attribute,
    group_attribute,
    item_class,
    model_class,
    models_module,
)
from .item_codes import ITEM_CODE_FIELDS, seen_codes
from .kinds import WIRE_SHAPES, normalized_ko
from .layout import spec_path
from .loader import Loaded, Problem, line_of, load_corpus
from .model import Api, Corpus, Field, Loc, Rule, walk
from .recorded import recorded_cases

ENVELOPE = {"return_code", "return_msg"}
# What an example value of each scalar kind may look like (see kinds.WIRE_SHAPES).
VALUE_SHAPES = {kind: re.compile(f"^(?:{shape})$") for kind, shape in WIRE_SHAPES.items()}


def lint(root: Path) -> Loaded:
    """The spec set's problems: those of the set or its files (then nothing more), else those of the corpus."""
    loaded = load_corpus(root)
    return loaded if loaded.problems else check_corpus(root, loaded)


def check_corpus(root: Path, loaded: Loaded) -> Loaded:
    """The cross-file rules, on a corpus that loaded (its problems are added to `loaded`)."""
    corpus = loaded.corpus
    problems = loaded.problems
    problems.extend(_check_codes(corpus))
    problems.extend(_check_fid_dictionary(corpus))
    aliases: dict[str, Api] = {}
    fid_kinds = {number: fid.kind for number, fid in corpus.fids.items()}
    for api in corpus.apis.values():
        problems.extend(_check_location(root, api))
        if api.alias in aliases:
            problems.append(Problem(api.at("alias"), f"alias '{api.alias}' already used by {aliases[api.alias].id}"))
        aliases.setdefault(api.alias, api)
        for part in (api.request, api.response, api.push):
            problems.extend(_check_fields(corpus, part))
            problems.extend(_check_units(corpus, api, part))
        problems.extend(_check_rules(corpus, api))
        problems.extend(_check_look_up(corpus, api))
        problems.extend(_check_request_kinds(api))
        problems.extend(_check_examples(api, fid_kinds, corpus))
    problems.extend(_check_errata(corpus))
    problems.extend(_check_reviews(corpus))
    problems.extend(_check_recorded(corpus, fid_kinds))
    problems.extend(_check_market(corpus))
    problems.extend(_check_error_forms(corpus))
    problems.extend(_check_recorded_sources(corpus))
    problems.extend(_check_item_codes(corpus))
    problems.extend(_check_runtime_apis(corpus))
    problems.extend(_check_model_names(corpus))
    problems.extend(_check_realtime_names(corpus))
    problems.extend(_check_method_names(corpus))
    problems.extend(_check_dates(corpus))
    problems.sort(key=lambda p: (str(p.loc.path), p.loc.line, p.message))
    return loaded


def _check_error_forms(corpus: Corpus) -> list[Problem]:
    """errors.yaml beyond the guide: patterns that compile (an embedded one names its `code`), class names
    that no other class uses, a refusal code that is not a guide code."""
    forms = corpus.error_forms
    if not forms.locs:  # no errors.yaml in this tree
        return []
    problems = []
    for part, entries in (("embedded", forms.embedded), ("refine", forms.refine)):
        for i, entry in enumerate(entries):
            loc = forms.locs[f"{part}.{i}.pattern"]
            try:
                groups = re.compile(entry["pattern"]).groupindex
            except re.error as error:
                problems.append(Problem(loc, f"pattern {entry['pattern']!r} does not compile: {error}"))
                continue
            if part == "embedded" and "code" not in groups:
                problems.append(Problem(loc, f"embedded pattern {entry['pattern']!r} has no (?P<code>...) group"))
    for code in corpus.errors.values():
        if code.reissue_token and code.error_class != "auth":
            problems.append(Problem(code.loc, f"error {code.code} re-issues the token but is not an auth error"))
    taken = {e.name for e in corpus.errors.values()}
    names = [("refusal.name", forms.refusal["name"]), ("refusal.order.name", forms.refusal["order"]["name"])]
    names += [(f"refine.{i}.name", r["name"]) for i, r in enumerate(forms.refine)]
    for where, name in names:
        if name in taken:
            problems.append(Problem(forms.locs[where], f"error class name {name!r} is used twice"))
        taken.add(name)
    if forms.refusal["code"] in corpus.errors:
        problems.append(Problem(forms.locs["refusal.code"], f"refusal code {forms.refusal['code']} is a guide code"))
    return problems


def _check_recorded_sources(corpus: Corpus) -> list[Problem]:
    """Every recorded answer that errors.yaml or api.yaml's WebSocket messages name as a source is a file of
    specs/recorded/."""
    named = list(corpus.error_forms.recorded)
    messages = corpus.protocol.get("websocket", {})
    for trnm, message in messages.items():
        for j, source in enumerate(message.get("sources", [])):
            if "recorded" in source:
                line = line_of(corpus.protocol, ["websocket", trnm, "sources", j])
                named.append((source["recorded"], Loc(corpus.root / "api.yaml", line)))
    if not named:
        return []
    files = {case.path.name.split("-", 1)[0] for case in recorded_cases(corpus.root)}
    return [
        Problem(loc, f"recorded answer {ident} is not in specs/recorded/") for ident, loc in named if ident not in files
    ]


def _check_item_codes(corpus: Corpus) -> list[Problem]:
    """The kinds of item codes (api.yaml item_codes) and the fields that name one: each kind's pattern accepts the
    codes it lists; the REG's kinds (websocket REG item_code) and each field's `item_code` name a kind, on a request
    text field of an HTTP TR; and the kind of each section accepts every item code of the section's examples and
    recorded cases (`item_codes.seen_codes`): a client refuses what it does not accept, so it must not refuse what
    the guide or a recording shows."""
    kinds = corpus.item_codes()
    if not kinds:
        return []
    where = Loc(corpus.root / "api.yaml", line_of(corpus.protocol, ["item_codes"]))
    problems: list[Problem] = []
    patterns: dict[str, re.Pattern[str]] = {}
    for kind in kinds.values():
        try:
            patterns[kind.name] = re.compile(kind.pattern)
        except re.error as error:
            at = Loc(where.path, line_of(corpus.protocol, ["item_codes", kind.name, "pattern"]))
            problems.append(Problem(at, f"item code kind {kind.name!r}: pattern {kind.pattern!r}: {error}"))
            continue
        at = Loc(where.path, line_of(corpus.protocol, ["item_codes", kind.name, "pattern"]))
        problems += [
            Problem(at, f"item code {code!r} does not fit item code kind {kind.name!r} ({kind.pattern!r})")
            for code in kind.examples
            if not patterns[kind.name].fullmatch(code)
        ]
    reg = corpus.protocol.get("websocket", {}).get("REG", {}).get("item_code") or {}
    reg_loc = Loc(corpus.root / "api.yaml", line_of(corpus.protocol, ["websocket", "REG", "item_code"]))
    problems += [
        Problem(reg_loc, f"websocket REG item_code {section}: {reg[section]!r} is no kind of item_codes")
        for section in ("domestic", "us")
        if reg.get(section) not in kinds
    ]
    for api in corpus.apis.values():
        for f in walk(api.request):
            if f.item_code is None:
                if api.protocol == "rest" and f.name in ITEM_CODE_FIELDS and not (f.enum or f.notes):
                    problems.append(
                        Problem(
                            f.loc,
                            f"'{f.name}' carries an item code: name its kind ({', '.join(kinds)}) with item_code, or say in notes why it has none",
                        )
                    )
                continue
            if f.item_code not in kinds:
                problems.append(Problem(f.loc, f"item_code {f.item_code!r} of '{f.name}' is no kind of item_codes"))
            elif api.protocol != "rest" or f.kind != "text" or f.enum or f.value.format or f.value.const:
                problems.append(Problem(f.loc, f"item_code on '{f.name}', which is no plain text field of a TR"))
            elif reg.get(api.section) != f.item_code:
                problems.append(
                    Problem(
                        f.loc,
                        f"item_code {f.item_code!r} of '{f.name}': {api.section} codes are {reg.get(api.section)!r}",
                    )
                )
        for f in walk(api.response + api.push):
            if f.item_code is not None:
                problems.append(Problem(f.loc, f"item_code on '{f.name}' of an answer (requests only)"))
    for seen in seen_codes(corpus):
        named = reg.get(seen.section)
        if named in patterns and not patterns[named].fullmatch(seen.code):
            problems.append(
                Problem(seen.loc, f"item code {seen.code!r} ({seen.where}) does not fit item code kind {named!r}")
            )
    return problems


def _check_location(root: Path, api: Api) -> list[Problem]:
    expected = spec_path(
        root,
        {"id": api.id, "section": api.section, "category": api.category, "protocol": api.protocol, "alias": api.alias},
    )
    if api.loc.path.resolve() != expected.resolve():
        return [Problem(api.loc, f"API {api.id} belongs in {expected}")]
    return []


def _check_codes(corpus: Corpus) -> list[Problem]:
    problems = []
    for table in corpus.codes.values():
        for what in ("code", "name"):
            counts = Counter(getattr(c, what) for c in table.codes)
            for code in table.codes:
                if counts[getattr(code, what)] > 1:
                    problems.append(
                        Problem(code.loc, f"{what} {getattr(code, what)!r} repeated in code table '{table.name}'")
                    )
    return problems


def _check_fid_dictionary(corpus: Corpus) -> list[Problem]:
    problems = []
    for fid in corpus.fids.values():
        if fid.enum and fid.enum not in corpus.codes:
            problems.append(Problem(fid.loc, f"FID {fid.fid}: unknown enum '{fid.enum}'"))
        if fid.kind == "code" and not fid.enum:
            problems.append(Problem(fid.loc, f"FID {fid.fid} is kind code but names no enum"))
        if fid.kind in ("list", "object"):
            problems.append(Problem(fid.loc, f"FID {fid.fid}: a FID holds one value, not a {fid.kind}"))
    return problems


def _check_units(corpus: Corpus, api: Api, fields: list[Field]) -> list[Problem]:
    """Units are tokens of kinds.yaml; a unit that depends on a request switch names a coded request field."""
    problems = []
    request = {f.name: f for f in api.request}
    for item in walk(fields):
        units = [item.value.unit] if item.value.unit else []
        if item.unit_by:
            units.extend(item.unit_by.units.values())
            switch = request.get(item.unit_by.field)
            if switch is None:
                problems.append(
                    Problem(item.loc, f"'{item.name}': unit_by names unknown request field '{item.unit_by.field}'")
                )
            elif switch.enum in corpus.codes:
                known = {c.code for c in corpus.codes[switch.enum].codes}
                problems.extend(
                    Problem(item.loc, f"'{item.name}': unit_by code {code!r} is not a code of '{switch.enum}'")
                    for code in item.unit_by.units
                    if code not in known
                )
            else:
                problems.append(Problem(item.loc, f"'{item.name}': unit_by field '{switch.name}' has no code table"))
        problems.extend(
            Problem(item.loc, f"'{item.name}': unit '{unit}' is not one of the units of kinds.yaml")
            for unit in units
            if unit not in corpus.units
        )
        percent = [unit == "percent" for unit in units]
        if item.kind in ("rate", "directed_rate") and not all(percent):
            problems.append(Problem(item.loc, f"'{item.name}': a {item.kind} is a percentage, not {', '.join(units)}"))
        elif item.kind not in ("rate", "directed_rate") and any(percent):
            problems.append(Problem(item.loc, f"'{item.name}': unit percent on a {item.kind} (a percentage is a rate)"))
        for ref in item.fids:
            unit = ref.overrides.get("unit")
            if unit and unit not in corpus.units:
                problems.append(Problem(ref.loc, f"FID {ref.fid}: unit '{unit}' is not one of the units of kinds.yaml"))
    return problems


def _check_reviews(corpus: Corpus) -> list[Problem]:
    """Every reviewed kind of fields.yaml still names a field, and is not overruled by a rule it cannot beat."""
    used = {
        (f.name, normalized_ko(f.ko))
        for api in corpus.apis.values()
        for part in (api.request, api.response, api.push)
        for f in walk(part)
    }
    return [
        Problem(review.loc, f"reviewed kind of '{review.name}' ({review.ko}) matches no field")
        for key, review in corpus.reviewed.items()
        if key not in used
    ]


def _check_recorded(corpus: Corpus, fid_kinds: dict[int, str]) -> list[Problem]:
    """Recorded answers and REAL frames (specs/recorded/) fit their API's fields, as the guide's examples must."""
    problems: list[Problem] = []
    for case in recorded_cases(corpus.root):
        api = corpus.apis.get(case.api_id)
        if api is None:
            continue
        if not (case.kind == "rest_response" or (case.kind == "ws_frame" and api.protocol == "realtime")):
            continue
        messages = conform(case.payload, api.response, True, fid_kinds=fid_kinds)
        problems.extend(Problem(Loc(case.path, 1), f"recorded {case.api_id}: {m}") for m in dict.fromkeys(messages))
    for fid in corpus.fids.values():
        if fid.unit and fid.unit not in corpus.units:
            problems.append(Problem(fid.loc, f"FID {fid.fid}: unit '{fid.unit}' is not one of the units of kinds.yaml"))
    kinds = Loc(corpus.root / "kinds.yaml", 1)
    for unit in corpus.unit_factors.keys() - corpus.units.keys():
        problems.append(Problem(kinds, f"unit_factors: '{unit}' is not one of the units of kinds.yaml"))
    return problems


def _check_fields(corpus: Corpus, fields: list[Field]) -> list[Problem]:
    problems = []
    seen: dict[str, Loc] = {}
    for item in fields:
        if item.name in seen:
            problems.append(Problem(item.loc, f"duplicate field '{item.name}' (first at line {seen[item.name].line})"))
        seen.setdefault(item.name, item.loc)
        grouped = bool(item.fields or item.fids)
        if grouped and item.kind not in ("list", "object"):
            problems.append(
                Problem(
                    item.loc, f"field '{item.name}' has nested fields but kind '{item.kind}' (expected list or object)"
                )
            )
        if item.kind in ("list", "object") and not grouped:
            problems.append(Problem(item.loc, f"field '{item.name}' is a {item.kind} without nested fields"))
        if item.kind == "code" and not item.enum:
            problems.append(Problem(item.loc, f"field '{item.name}' is kind code but names no enum"))
        if item.enum and item.enum not in corpus.codes:
            problems.append(Problem(item.loc, f"field '{item.name}': unknown enum '{item.enum}'"))
        for ref in item.fids:
            if ref.fid not in corpus.fids:
                problems.append(Problem(ref.loc, f"FID {ref.fid} is not in the FID dictionary"))
            elif "enum" in ref.overrides and ref.overrides["enum"] not in corpus.codes:
                problems.append(Problem(ref.loc, f"FID {ref.fid}: unknown enum '{ref.overrides['enum']}'"))
        problems.extend(_check_fields(corpus, item.fields))
    return problems


def _check_look_up(corpus: Corpus, api: Api) -> list[Problem]:
    """An order names the query TRs that show whether it stands (`look_up`: told to the caller when its answer is
    lost), each an HTTP TR of its section that is not an order; any other API names none."""
    if not api.order:
        return [Problem(api.at("look_up"), f"look_up on {api.id}, which is not an order")] if api.look_up else []
    if not api.look_up:
        return [Problem(api.at("order"), f"order {api.id} has no look_up: name the TRs that show whether it stands")]
    problems = []
    for api_id in api.look_up:
        found = corpus.apis.get(api_id)
        if found is None or found.protocol != "rest":
            why = "is no HTTP TR of the specs" if found is None else f"is a {found.protocol} API, not an HTTP TR"
        elif found.order:
            why = "is an order itself"
        elif found.section != api.section:
            why = f"is of section {found.section}, not {api.section}"
        else:
            continue
        problems.append(Problem(api.at("look_up"), f"look_up {api_id} {why}"))
    return problems


def _check_rules(corpus: Corpus, api: Api) -> list[Problem]:
    problems = []
    fields = {f.name: f for f in api.request}
    for rule in api.rules:
        target = fields.get(rule.target)
        if target is None:
            problems.append(Problem(rule.loc, f"rule names unknown request field '{rule.target}'"))
        for name, values in rule.when.items():
            other = fields.get(name)
            if other is None:
                problems.append(Problem(rule.loc, f"rule condition names unknown request field '{name}'"))
            elif other.enum and other.enum in corpus.codes:
                known = {c.code for c in corpus.codes[other.enum].codes}
                problems.extend(
                    Problem(rule.loc, f"rule condition {name}={value!r} is not a code of '{other.enum}'")
                    for value in values
                    if value not in known
                )
        if not (rule.require or rule.blank_otherwise or rule.allow_blank or rule.grid or rule.minimum is not None):
            problems.append(
                Problem(rule.loc, "rule says nothing: set require, blank_otherwise, allow_blank, minimum or grid")
            )
        problems.extend(Problem(rule.loc, message) for message in _rule_fits(corpus, rule, target))
    return problems


def _rule_fits(corpus: Corpus, rule: Rule, target: Field | None) -> list[str]:
    """A minimum belongs to a number, a grid to a price, and a grid is one specs/market.yaml has."""
    out = []
    grids = corpus.market.get("grids", {})
    out += [f"rule grid '{name}' is not a grid of specs/market.yaml" for name in rule.grid if name not in grids]
    if target is None:
        return out
    if rule.grid and target.kind != "price":
        out.append(f"rule grid on '{target.name}', which is a {target.kind}, not a price")
    if rule.minimum is not None and target.kind not in ("int", "price", "decimal", "rate"):
        out.append(f"rule minimum on '{target.name}', which is a {target.kind}, not a number")
    return out


def _check_request_kinds(api: Api) -> list[Problem]:
    """What request validation needs to know: a price not in won says how many decimals it takes, and a date
    is written YYYYMMDD (the only date form a request takes)."""
    problems = []
    for f in api.request:
        if f.kind == "price" and f.value.unit not in (None, "KRW") and f.value.decimals is None:
            problems.append(Problem(f.loc, f"request price '{f.name}' in {f.value.unit} must declare its decimals"))
        if f.kind == "date" and f.value.format not in (None, "YYYYMMDD"):
            problems.append(Problem(f.loc, f"request date '{f.name}' is written {f.value.format}, not YYYYMMDD"))
    return problems


def _declared_values(body: Any, fields: list[Field], corpus: Corpus, skip: set[str], prefix: str = "") -> list[str]:
    """Example values outside their field's code table or longer than its length, list rows included (paths as
    odd_values names them: `rows[].name`). The exported OpenAPI document holds the servers' answers to the same."""
    if not isinstance(body, dict):
        return []
    out = []
    for item in fields:
        value, path = body.get(item.name), f"{prefix}{item.name}"
        if item.fids:
            for member in value if isinstance(value, list) else [value]:
                out.extend(_fid_codes(member, item, corpus, skip, f"{path}[]." if item.kind == "list" else f"{path}."))
            continue
        if item.kind == "list" and isinstance(value, list) and not item.tuple:
            for row in value:
                out.extend(_declared_values(row, item.fields, corpus, skip, f"{path}[]."))
            continue
        if not isinstance(value, str) or not value.strip() or path in skip:
            continue
        if item.enum in corpus.codes and value not in {c.code for c in corpus.codes[item.enum].codes}:
            out.append(f"'{path}' = {value!r} is not a code of '{item.enum}'")
        if item.length is not None and len(value) > item.length:
            out.append(f"'{path}' = {value!r} is longer than its length {item.length}")
    return out


def _fid_codes(member: Any, item: Field, corpus: Corpus, skip: set[str], prefix: str) -> list[str]:
    """Example values of FIDs outside the code table a realtime type reads them against (`names.fid_table`)."""
    if not isinstance(member, dict):
        return []
    out = []
    for ref in item.fids:
        value, path = member.get(str(ref.fid)), f"{prefix}{ref.fid}"
        table = fid_table(ref, corpus.fids[ref.fid]) if ref.fid in corpus.fids else None
        if not (table in corpus.codes and isinstance(value, str) and value.strip()) or path in skip:
            continue
        if value not in {c.code for c in corpus.codes[table].codes}:
            out.append(f"'{path}' = {value!r} is not a code of '{table}'")
    return out


def _check_examples(api: Api, fid_kinds: dict[int, str], corpus: Corpus) -> list[Problem]:
    problems: list[Problem] = []
    unlisted = _unlisted(api)
    responses_seen = 0
    for example in api.examples:
        if example.part == "request":
            fields = api.request
        else:
            # with a push body, the second response payload is the push
            fields = api.push if api.push and responses_seen > 0 else api.response
            responses_seen += 1
        where = f"{example.part} example{' ' + repr(example.label) if example.label else ''}"
        skip = unlisted.get((example.part, example.label), set())
        messages = conform(example.body, fields, example.part == "response", skip, fid_kinds=fid_kinds)
        messages += _declared_values(example.body, fields, corpus, skip)
        problems.extend(Problem(example.loc, f"{where}: {m}") for m in dict.fromkeys(messages))
    return problems


def _unlisted(api: Api) -> dict[tuple[str, str], set[str]]:
    """Example keys and values that an erratum records as the guide's mistakes: keys missing
    from the field table (`unlisted`) and values that do not fit their field (`odd_values`)."""
    out: dict[tuple[str, str], set[str]] = {}
    for erratum in api.errata:
        fact = erratum.fact or {}
        at = str(fact.get("at", ""))
        if at.startswith("examples/"):
            part, _, label = at.removeprefix("examples/").partition(":")
            out.setdefault((part, label), set()).update(fact.get("unlisted", []), fact.get("odd_values", []))
    return out


def conform(
    body: Any,
    fields: list[Field],
    envelope: bool,
    unlisted: set[str] | None = None,
    prefix: str = "",
    fid_kinds: dict[int, str] | None = None,
) -> list[str]:
    """Why an example payload does not fit the fields ([] when it does)."""
    if not isinstance(body, dict):
        return [f"expected an object, found {type(body).__name__}"]
    skip = unlisted or set()
    known = {f.name: f for f in fields}
    out: list[str] = []
    for key, value in body.items():
        path = f"{prefix}{key}"
        item = known.get(str(key))
        if item is None:
            if not (envelope and key in ENVELOPE) and path not in skip:
                out.append(f"key '{path}' is not a field")
            continue
        if item.kind == "list":
            if value is None or value == "":
                continue
            if not isinstance(value, list):
                out.append(f"'{path}' should be a list")
                continue
            for member in value:
                out.extend(_conform_member(member, item, skip, f"{path}[].", fid_kinds or {}))
        elif item.kind == "object":
            out.extend(_conform_member(value, item, skip, f"{path}.", fid_kinds or {}))
        elif item.array:
            if not isinstance(value, list):
                out.append(f"'{path}' should be an array")
        elif isinstance(value, (dict, list)):
            out.append(f"'{path}' should be a plain value")
        elif path in skip:
            continue
        elif item.value.const is not None and value != item.value.const:
            out.append(f"'{path}' = {value!r} is not its fixed value {item.value.const!r}")
        else:
            out.extend(_check_value(path, value, item.kind))
    return out


def _check_value(path: str, value: Any, kind: str) -> list[str]:
    shape = VALUE_SHAPES.get(kind)
    if shape is None or not isinstance(value, str) or not value.strip():
        return []
    if not shape.match(value.strip()):
        return [f"'{path}' = {value!r} does not look like a {kind}"]
    if kind == "int" and value.strip().startswith("-") and value.strip("-+0, "):
        return [f"'{path}' = {value!r} is negative, but an int counts something (signed_int?)"]
    return []


def _conform_member(member: Any, item: Field, skip: set[str], prefix: str, fid_kinds: dict[int, str]) -> list[str]:
    if item.tuple:
        if not isinstance(member, list) or len(member) != len(item.fields):
            return [f"'{prefix.rstrip('.')}' members should be arrays of {len(item.fields)} values"]
        return []
    if item.fids:
        if not isinstance(member, dict):
            return [f"'{prefix.rstrip('.')}' expected an object, found {type(member).__name__}"]
        kinds = {str(ref.fid): str(ref.overrides.get("kind", fid_kinds.get(ref.fid, "text"))) for ref in item.fids}
        out = []
        for key, value in member.items():
            path = f"{prefix}{key}"
            if path in skip:
                continue
            if str(key) not in kinds:
                out.append(f"FID '{key}' is not listed")
            else:
                out.extend(_check_value(path, value, kinds[str(key)]))
        return out
    return conform(member, item.fields, False, skip, prefix, fid_kinds)


def _check_market(corpus: Corpus) -> list[Problem]:
    """Each price grid rises: bounds ascending, ticks not shrinking, and only the last entry open-ended."""
    if corpus.market_loc is None:
        return []
    problems = []
    for name, entries in corpus.market["grids"].items():
        bounds = [e.get("below") for e in entries]
        ticks = [Decimal(str(e["tick"])) for e in entries]
        if None in bounds[:-1] or bounds[-1] is not None:
            message = f"grids.{name}: every entry but the last needs `below`, the last none"
        elif not all(a < b for a, b in itertools.pairwise(bounds[:-1])) or ticks != sorted(ticks):
            message = f"grids.{name}: bounds must ascend and ticks must not shrink"
        else:
            continue
        problems.append(Problem(corpus.market_loc, message))
    return problems


def _check_errata(corpus: Corpus) -> list[Problem]:
    problems = []
    ids = Counter(e.id for e in corpus.all_errata())
    for erratum in corpus.all_errata():
        if ids[erratum.id] > 1:
            problems.append(Problem(erratum.loc, f"erratum id '{erratum.id}' is not unique"))
        if erratum.api and erratum.api not in corpus.apis:
            problems.append(Problem(erratum.loc, f"erratum names unknown API '{erratum.api}'"))
        if erratum.fact and erratum.api in corpus.apis:
            problems.extend(Problem(erratum.loc, m) for m in _resolve_fact(corpus.apis[erratum.api], erratum.fact))
    return problems


def _resolve_fact(api: Api, fact: dict[str, Any]) -> list[str]:
    head, _, rest = str(fact["at"]).partition("/")
    if head == "examples":
        part, _, label = rest.partition(":")
        if not any(e.part == part and e.label == label for e in api.examples):
            return [f"erratum fact: no {part} example labelled {label!r}"]
        return []
    if head in ("request", "response", "push"):
        fields = getattr(api, head)
        for name in rest.split("/") if rest else []:
            found = next((f for f in fields if f.name == name), None)
            if found is None:
                return [f"erratum fact: no field {fact['at']}"]
            fields = found.fields
        return []
    return [f"erratum fact: cannot resolve '{fact['at']}'"]


# ---- what the generated code and its runtime take from the specs ----------------------------

# The TRs that the hand-written runtime and the build name, and why: a spec set without one builds a package that
# cannot work (or does not build).
RUNTIME_APIS = {
    "au10001": "the client gets its token with it (runtime/_client.py)",
    "au10002": "the client revokes its token with it (runtime/_client.py)",
    "ka10171": "the simulator lists its condition searches from it (targets/sim.py)",
    "ka10172": "the simulator answers a condition search with its rows (targets/sim.py)",
}


def _check_runtime_apis(corpus: Corpus) -> list[Problem]:
    return [
        Problem(Loc(corpus.root, 0), f"API {api_id} is missing: {why}")
        for api_id, why in RUNTIME_APIS.items()
        if api_id not in corpus.apis
    ]


def _name_problem(item: Field, role: str, taken: dict[str, Field]) -> Problem | None:
    """Why a field's Python attribute would not work in a generated class of `role` (RESERVED_ATTRIBUTES)."""
    name = field_attribute(item.name)
    if not name.isidentifier():
        return Problem(item.loc, f"field '{item.name}' gives no Python name ({name!r})")
    if name.startswith(RESERVED_PREFIXES):
        return Problem(item.loc, f"field '{item.name}': pydantic reserves names that start with _ or model_")
    if name in RESERVED_ATTRIBUTES[role]:
        what = {"request": "a request model or its client method", "response": "a response", "item": "a nested model"}
        return Problem(item.loc, f"field '{item.name}' would shadow the attribute {name!r} of {what[role]}")
    first = taken.get(name)
    if first is not None and first.name != item.name:  # the same name twice: _check_fields says so
        return Problem(item.loc, f"field '{item.name}' and '{first.name}' (line {first.loc.line}) are both {name!r}")
    return None


def _direction_clashes(columns: dict[str, tuple[str, Loc]], what: str) -> list[Problem]:
    """A column of one frame (`columns`: its name -> the kind and place of its field or FID) named as the direction
    column `to_pandas` / `to_polars(directions=True)` add after a price or directed rate of the same frame."""
    problems = []
    for name, (kind, loc) in columns.items():
        clash = direction_column(name)
        if kind in DIRECTED_KINDS and clash in columns:
            problems.append(
                Problem(
                    columns[clash][1],
                    f"{what} '{clash}' would clash with the direction column of the {kind} '{name}' (line {loc.line})"
                    " in to_pandas / to_polars(directions=True)",
                )
            )
    return problems


def _fields_names(fields: list[Field], role: str, owner: str, classes: dict[str, Loc]) -> list[Problem]:
    """The attribute of each field, and the class of each nested object, in one generated model (and below); and
    no field named as the direction column of another (a response's, a row's)."""
    problems = []
    taken: dict[str, Field] = {}
    for item in fields:
        problem = _name_problem(item, role, taken)
        if problem is not None:
            problems.append(problem)
            continue
        taken[field_attribute(item.name)] = item
        if item.kind in ("list", "object") and item.fields:
            name = item_class(owner, item.name, item.kind)
            if name in classes:
                problems.append(Problem(item.loc, f"field '{item.name}': class {name} is already {classes[name]}"))
                continue
            classes[name] = item.loc
            problems.extend(_fields_names(item.fields, "item", name, classes))
    if role != "request":
        columns = {name: (item.kind, item.loc) for name, item in taken.items()}
        problems.extend(_direction_clashes(columns, "field"))
    return problems


def _check_model_names(corpus: Corpus) -> list[Problem]:
    """The request and response models of the HTTP TRs: every field a Python attribute that hides nothing of its
    class and no other field; every class name once in its module."""
    problems = []
    modules: dict[str, dict[str, Loc]] = {}
    for api in corpus.http_apis():
        classes = modules.setdefault(models_module(api.section, api.category), {})
        for name in (model_class(api.id, "Request"), model_class(api.id, "Response")):
            classes.setdefault(name, api.loc)
        problems.extend(_fields_names(api.request, "request", model_class(api.id, "Request"), classes))
        problems.extend(_fields_names(api.response, "response", model_class(api.id, ""), classes))
    return problems


def _check_realtime_names(corpus: Corpus) -> list[Problem]:
    """Each realtime type's class (from its alias) and its FID attributes (from fids.yaml's names)."""
    problems = []
    classes: dict[str, Api] = {}
    for api, type_id, fields in corpus.realtime_sources():
        name = camel(api.alias)
        if name in REALTIME_IMPORTS or name in classes:
            other = "a name realtime.py imports" if name in REALTIME_IMPORTS else f"the class of {classes[name].id}"
            problems.append(Problem(api.at("alias"), f"alias '{api.alias}': class {name} is {other}"))
        classes.setdefault(name, api)
        fids: dict[str, int] = {}
        columns: dict[str, tuple[str, Loc]] = {}
        for ref in (ref for f in walk(fields) for ref in f.fids):
            fid = corpus.fids.get(ref.fid)
            if fid is None:
                continue  # _check_fields says so
            name = attribute(fid.name)
            columns.setdefault(name, (str(ref.overrides.get("kind", fid.kind)), ref.loc))
            if name in RESERVED_ATTRIBUTES["realtime"]:
                problems.append(
                    Problem(
                        fid.loc, f"FID {fid.fid} '{fid.name}' would shadow the attribute {name!r} of realtime events"
                    )
                )
            elif fids.setdefault(name, fid.fid) != fid.fid:
                problems.append(Problem(ref.loc, f"FID {fid.fid} and FID {fids[name]} are both {name!r} in {type_id}"))
        problems.extend(_direction_clashes(columns, f"a FID of {type_id},"))
    unique = {str(p): p for p in problems}  # a FID shared by several types is one problem
    return list(unique.values())


def _check_method_names(corpus: Corpus) -> list[Problem]:
    """Every HTTP TR is a client method by id and by alias: each a Python name that hides no group and no attribute
    of the client, and an alias that is no other TR's id (aliases used twice: see check_corpus)."""
    problems = []
    apis = corpus.http_apis()
    groups = {group_attribute(a.section, a.category) for a in apis}
    ids = {api.id: api for api in apis}
    for api in apis:
        for name, key in ((api.id, "id"), (api.alias, "alias")):
            if not name.isidentifier() or keyword.iskeyword(name):
                problems.append(Problem(api.at(key), f"{key} '{name}' is not a Python name for a client method"))
            elif name in CLIENT_ATTRIBUTES or name in groups:
                problems.append(Problem(api.at(key), f"{key} '{name}' would hide an attribute of the client"))
            elif key == "alias" and name in ids:
                problems.append(Problem(api.at(key), f"alias '{name}' is the id of {ids[name].loc.path.name}"))
    return problems


def _check_dates(corpus: Corpus) -> list[Problem]:
    """Dates the schemas can only shape (YYYY-MM-DD) are real days: the market's holidays, each API's guide version."""
    problems = []
    market = corpus.market_loc
    for i, day in enumerate(corpus.market.get("holidays", []) if market else []):
        if _day(day) is None and market is not None:
            where = Loc(market.path, line_of(corpus.market, ["holidays", i]))
            problems.append(Problem(where, f"holiday {day!r} is not a date"))
    for api in corpus.apis.values():
        version = str(api.source.get("workbook", ""))
        if _day(version) is None:
            problems.append(Problem(api.at("source"), f"source.workbook {version!r} is not a date (YYYY-MM-DD)"))
    return problems


def _day(text: Any) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text) if isinstance(text, str) and len(text) == 10 else None
    except ValueError:
        return None
