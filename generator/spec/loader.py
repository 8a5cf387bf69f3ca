"""Load specs/ into the intermediate model, checking every file against its JSON Schema.

Problems are collected, not raised, so that lint can report all of them as `path:line: message`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import yamlio
from .kinds import infer_kind, normalized_ko
from .model import (
    Api,
    Code,
    CodeTable,
    Corpus,
    Erratum,
    ErrorCode,
    ErrorForm,
    Example,
    Fid,
    FidRef,
    Field,
    KindRule,
    Loc,
    ReviewedKind,
    Rule,
    UnitBy,
    ValueFormat,
)

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

# The top-level key that tells what a spec file is, and the schema it must follow.
FILE_TYPES = {
    "id": "api",
    "enum": "codes",
    "fids": "fids",
    "errors": "errors",
    "vocabulary": "kinds",
    "fields": "fields",
    "errata": "errata",
    "hosts": "protocol",
    "grids": "market",
}
# The dictionaries: one file each, at the top of the spec folder. A spec set cannot do without any of them: each
# changes what the package is (without kinds.yaml every inferred field would silently become text, without
# fields.yaml every reviewed kind would fall back to a rule, without market.yaml the price grid is gone...).
DICTIONARIES = {
    "kinds": "kinds.yaml",
    "protocol": "api.yaml",
    "errors": "errors.yaml",
    "fids": "fids.yaml",
    "fields": "fields.yaml",
    "market": "market.yaml",
    "errata": "errata.yaml",
}
# The folders a spec set cannot do without, and what they hold.
FOLDERS = {
    "schema": "the JSON Schema of each kind of spec file",
    "codes": "the code tables",
    "recorded": "the answers recorded from Kiwoom's servers",
}
SCHEMA_FOLDER = "schema"
RECORDED_FOLDER = "recorded"
RECORDED_SCHEMA = "recorded"  # schema/recorded.schema.json: the recorded answers (JSON files)


@dataclass
class Problem:
    loc: Loc
    message: str

    def __str__(self) -> str:
        """`path:line: message` on one line (`path: message` for a file or folder as a whole: line 0)."""
        where = str(self.loc) if self.loc.line else str(self.loc.path)
        return f"{where}: {' '.join(self.message.split())}"


@dataclass
class Loaded:
    corpus: Corpus
    problems: list[Problem] = field(default_factory=list)


def _validators(root: Path) -> dict[str, Draft202012Validator]:
    """The validator of each kind of spec file, from schema/; the schemas are taken to be there and valid (see
    `schema_problems`)."""
    # Imported here, not above: a build reads the specs and starts the models before it validates (see build.py),
    # and this import would delay that by a twentieth of a second.
    from jsonschema import Draft202012Validator

    out = {}
    for path in sorted((root / SCHEMA_FOLDER).glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        # formats are checked: a `"format": "regex"` must compile before any rule or error form uses it
        checker = Draft202012Validator.FORMAT_CHECKER
        out[path.name.removesuffix(".schema.json")] = Draft202012Validator(schema, format_checker=checker)
    return out


def schema_problems(root: Path) -> list[Problem]:
    """Why the JSON Schemas of schema/ cannot check the spec files: one missing, not JSON, or not a schema."""
    problems = []
    for name in sorted({*FILE_TYPES.values(), RECORDED_SCHEMA}):
        path = root / SCHEMA_FOLDER / f"{name}.schema.json"
        schema, problem = _json(path)
        if problem is None and (error := _not_a_schema(json.dumps(schema))) is not None:
            problem = Problem(Loc(path, 1), f"not a JSON Schema: {error}")
        if problem is not None:
            problems.append(problem)
    return problems


@functools.lru_cache(maxsize=64)
def _not_a_schema(text: str) -> str | None:
    """Why a schema (as JSON text) is no JSON Schema, or None. Checking it against the metaschema takes
    most of a small spec set's lint; a process that reads spec sets again (the tests, a diff of two sides) checks
    each distinct schema once."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    try:
        Draft202012Validator.check_schema(json.loads(text))
    except SchemaError as error:
        return error.message
    return None


def _json(path: Path) -> tuple[Any, Problem | None]:
    """A JSON file's value, or why it has none."""
    try:
        if not path.is_file():
            return None, Problem(Loc(path, 0), "missing" if not path.exists() else "not a regular file")
        if path.stat().st_size > yamlio.MAX_BYTES:
            return None, Problem(Loc(path, 1), f"larger than {yamlio.MAX_BYTES:,} bytes")
        return json.loads(path.read_text(encoding="utf-8")), None
    except UnicodeDecodeError as error:
        return None, Problem(Loc(path, 1), f"not UTF-8 text ({error.reason})")
    except json.JSONDecodeError as error:
        return None, Problem(Loc(path, error.lineno), f"invalid JSON: {error.msg}")
    except RecursionError:
        return None, Problem(Loc(path, 1), "invalid JSON: nested too deeply")
    except OSError as error:
        return None, Problem(Loc(path, 1), f"cannot read: {error.strerror or error}")


def line_of(data: Any, path: Iterable[Any]) -> int:
    """The line of the deepest node on `path` that still has line information."""
    line = getattr(data, "line", 1)
    node = data
    for step in path:
        if isinstance(node, yamlio.LineDict) and step in node:
            line = node.lines.get(step, line)
            node = node[step]
        elif isinstance(node, yamlio.LineList) and isinstance(step, int) and step < len(node):
            line = node.lines[step]
            node = node[step]
        else:
            break
        line = getattr(node, "line", line) if isinstance(node, (yamlio.LineDict, yamlio.LineList)) else line
    return line


def _schema_problem(path: Path, data: Any, error: ValidationError) -> Problem:
    where = list(error.absolute_path)
    line = line_of(data, where)
    location = "/".join(str(p) for p in where) or "(top)"
    message = error.message
    if (
        error.validator == "additionalProperties"
        and isinstance(error.instance, dict)
        and isinstance(error.schema, dict)
    ):
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        if extra and isinstance(error.instance, yamlio.LineDict):
            line = error.instance.lines.get(extra[0], line)
        message = f"unknown key {', '.join(repr(k) for k in extra)}"
    elif error.validator == "required":
        message = error.message.replace("is a required property", "is missing")
    elif len(message) > 160:
        message = message[:157] + "..."
    return Problem(Loc(path, line), f"{location}: {message}")


@dataclass
class SpecFiles:
    """The spec files read, sorted by what they are (FILE_TYPES); the problems of those that could not be."""

    root: Path
    typed: dict[str, list[tuple[Path, Any]]]
    problems: list[Problem] = field(default_factory=list)

    def merged(self, other: SpecFiles) -> SpecFiles:
        """Both sets of files, in path order, as if read together."""
        typed = {kind: sorted([*self.typed[kind], *other.typed[kind]], key=lambda e: e[0]) for kind in self.typed}
        return SpecFiles(self.root, typed, sorted([*self.problems, *other.problems], key=lambda p: p.loc.path))


def spec_paths(root: Path) -> list[Path]:
    return sorted(root.rglob("*.yaml"))


def spec_set_problems(root: Path) -> list[Problem]:
    """Why `root` is not a spec set at all, before any file is read: not a folder, no spec file in it, a
    dictionary or folder missing. Each is one problem; the checks of the schemas and files wait for them."""
    if not root.exists():
        return [Problem(Loc(root, 0), "no such spec folder")]
    if not root.is_dir():
        return [Problem(Loc(root, 0), "not a folder (--specs names the spec folder)")]
    if next(root.rglob("*.yaml"), None) is None:
        return [Problem(Loc(root, 0), "no spec files (*.yaml) in this folder")]
    problems = []
    for kind, name in DICTIONARIES.items():
        path = root / name
        if not path.exists():
            keys = " or ".join(repr(k) for k, v in FILE_TYPES.items() if v == kind)
            problems.append(Problem(Loc(path, 0), f"missing: the spec set needs its {kind} dictionary ({keys})"))
    for name, holds in FOLDERS.items():
        if not (root / name).is_dir():
            problems.append(Problem(Loc(root / name, 0), f"missing: the folder of {holds}"))
        elif name == "codes" and not any((root / name).rglob("*.yaml")):
            problems.append(Problem(Loc(root / name, 0), f"empty: the folder of {holds}"))
    return problems


def _placement(root: Path, path: Path, kind: str) -> Problem | None:
    """A dictionary lives in its own file (DICTIONARIES), and that file holds that dictionary."""
    home = root / DICTIONARIES[kind] if kind in DICTIONARIES else None
    if home is not None and path != home:
        return Problem(Loc(path, 1), f"a {kind} dictionary belongs in {home} (one per spec set)")
    owner = next((k for k, name in DICTIONARIES.items() if path == root / name), None)
    if owner is not None and owner != kind:
        return Problem(Loc(path, 1), f"expected the {owner} dictionary here, found a {kind} file")
    return None


# Keys whose strings are regular expressions or copies of payloads: the generated code writes them with repr() or as
# JSON, so they may hold backslashes and quotes. Every other string may end up in a docstring as it is.
_VERBATIM = frozenset({"pattern", "examples", "body", "guide"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # not in Python source: NUL, lone surrogates...
_QUOTING = re.compile(r'\\|"""')


def text_problems(path: Path, data: Any) -> list[Problem]:
    """Strings that the generated code could not hold as they are: a control character (but newline and tab) or a
    lone surrogate anywhere; a backslash or a triple quote outside regexes and payloads (_VERBATIM)."""
    problems: list[Problem] = []

    def visit(node: Any, line: int, verbatim: bool) -> None:
        if isinstance(node, yamlio.LineDict):
            for key, value in node.items():
                visit(key, node.lines[key], False)
                visit(value, node.lines[key], verbatim or key in _VERBATIM)
        elif isinstance(node, yamlio.LineList):
            for value, at in zip(node, node.lines, strict=True):
                visit(value, at, verbatim)
        elif isinstance(node, str):
            odd = _CONTROL.search(node) or (None if verbatim else _QUOTING.search(node))
            if odd is not None:
                what = "a backslash or triple quote" if odd.group()[:1] in '\\"' else f"the character {odd.group()!r}"
                problems.append(
                    Problem(Loc(path, line), f"{node[:40]!r}: {what} cannot be written into generated code")
                )

    visit(data, getattr(data, "line", 1), False)
    return problems


def read_specs(root: Path, paths: list[Path] | None = None) -> SpecFiles:
    """The spec files (all, or those given) as YAML with line information, not yet checked against their schemas."""
    files = SpecFiles(root, {kind: [] for kind in sorted(set(FILE_TYPES.values()))})
    for path in spec_paths(root) if paths is None else paths:
        try:
            data = yamlio.load(path)
        except yamlio.SpecSyntaxError as exc:
            files.problems.append(Problem(Loc(path, exc.line), exc.message))
            continue
        if not isinstance(data, dict):
            files.problems.append(Problem(Loc(path, 1), "a spec file must be a mapping"))
            continue
        # by FILE_TYPES' order, not the file's: an API file may write its `errata:` before its `id:`
        kind = next((kind for key, kind in FILE_TYPES.items() if key in data), None)
        if kind is None:
            keys = ", ".join(sorted(FILE_TYPES))
            files.problems.append(
                Problem(Loc(path, 1), f"unknown spec file: expected one of the top-level keys {keys}")
            )
            continue
        misplaced = _placement(root, path, kind)
        odd = [misplaced] if misplaced is not None else text_problems(path, data)
        if odd:
            files.problems.extend(odd)
            continue
        files.typed[kind].append((path, data))
    return files


def recorded_problems(root: Path) -> list[Problem]:
    """The recorded answers (recorded/*.json) that are not JSON or do not follow schema/recorded.schema.json."""
    validator = _validators(root)[RECORDED_SCHEMA]
    problems = []
    for path in sorted((root / RECORDED_FOLDER).glob("*.json")):
        data, problem = _json(path)
        if problem is not None:
            problems.append(problem)
            continue
        errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
        problems.extend(_schema_problem(path, data, e) for e in errors)
    return problems


def validated(files: SpecFiles) -> SpecFiles:
    """The files that follow their JSON Schema; the others become problems."""
    validators = _validators(files.root)
    out = SpecFiles(files.root, {kind: [] for kind in files.typed}, list(files.problems))
    for kind, entries in files.typed.items():
        for path, data in entries:
            errors = sorted(validators[kind].iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
            if errors:
                out.problems.extend(_schema_problem(path, data, e) for e in errors)
            else:
                out.typed[kind].append((path, data))
    out.problems.sort(key=lambda p: p.loc.path)
    return out


def load_corpus(root: Path) -> Loaded:
    """The corpus of the spec set at `root`; or, when the set or one of its files is broken, only the problems
    that say so (the cross-file checks of lint would only repeat them)."""
    problems = spec_set_problems(root) or schema_problems(root)
    if problems:
        return Loaded(Corpus(root=root), problems)
    files = validated(read_specs(root))
    problems = files.problems + recorded_problems(root)
    if problems:
        return Loaded(Corpus(root=root), problems)
    return build_corpus(files)


def build_corpus(files: SpecFiles) -> Loaded:
    """The intermediate model of the files, which are taken to follow their schemas (see `validated`)."""
    corpus = Corpus(root=files.root)
    loaded = Loaded(corpus, list(files.problems))
    typed = files.typed
    for path, data in typed["kinds"]:
        corpus.kind_rules = [
            KindRule(
                r["id"], dict(r["when"]), r["kind"], Loc(path, line_of(data, ["rules", i])), r.get("derived", False)
            )
            for i, r in enumerate(data["rules"])
        ]
        corpus.units = dict(data["units"])
        corpus.unit_factors = dict(data.get("unit_factors", {}))
        corpus.kinds = dict(data["vocabulary"])
    for path, data in typed["fields"]:
        for name, by_ko in data["fields"].items():
            for ko, entry in by_ko.items():
                decision = entry if isinstance(entry, dict) else {"kind": entry}
                loc = Loc(path, line_of(data, ["fields", name, ko]))
                key = (name, normalized_ko(ko))
                if key in corpus.reviewed:
                    loaded.problems.append(Problem(loc, f"'{name}' ({ko}) reviewed twice"))
                corpus.reviewed[key] = ReviewedKind(
                    name, key[1], decision["kind"], loc, decision.get("why"), decision.get("doubt")
                )
    for path, data in typed["codes"]:
        table = CodeTable(
            name=data["enum"],
            name_ko=data["name_ko"],
            codes=[
                Code(str(c["code"]), c["ko"], c["name"], Loc(path, line_of(data, ["codes", i])), c.get("notes"))
                for i, c in enumerate(data["codes"])
            ],
            loc=Loc(path, 1),
            notes=data.get("notes"),
        )
        if table.name in corpus.codes:
            loaded.problems.append(
                Problem(table.loc, f"code table '{table.name}' also defined in {corpus.codes[table.name].loc.path}")
            )
        corpus.codes[table.name] = table
    for path, data in typed["fids"]:
        for i, entry in enumerate(data["fids"]):
            loc = Loc(path, line_of(data, ["fids", i]))
            fid = Fid(
                entry["fid"],
                entry["name"],
                entry["ko"],
                entry["kind"],
                loc,
                entry.get("enum"),
                entry.get("notes"),
                entry.get("unit"),
                entry.get("scale"),
            )
            if fid.fid in corpus.fids:
                loaded.problems.append(
                    Problem(loc, f"FID {fid.fid} defined twice (first at line {corpus.fids[fid.fid].loc.line})")
                )
            corpus.fids[fid.fid] = fid
    for path, data in typed["errors"]:
        corpus.error_classes.update(data["classes"])
        for i, entry in enumerate(data["errors"]):
            loc = Loc(path, line_of(data, ["errors", i]))
            error = ErrorCode(
                entry["code"],
                entry["message_ko"],
                entry["name"],
                entry["class"],
                loc,
                entry["meaning"],
                entry.get("reissue_token", False),
                entry.get("answer"),
            )
            if error.code in corpus.errors:
                loaded.problems.append(Problem(loc, f"error code {error.code} defined twice"))
            corpus.errors[error.code] = error
        forms = ErrorForm(data["embedded"], data["refusal"], data["refine"], data["no_data"])
        for part, name in [(p, n) for p in ("embedded", "refine") for n in ("pattern", "name")]:
            for i in range(len(data[part])):
                forms.locs[f"{part}.{i}.{name}"] = Loc(path, line_of(data, [part, i, name]))
        for name in ("name", "code"):
            forms.locs[f"refusal.{name}"] = Loc(path, line_of(data, ["refusal", name]))
        forms.locs["refusal.order.name"] = Loc(path, line_of(data, ["refusal", "order", "name"]))
        entries: list[list[Any]] = [["embedded", i] for i in range(len(data["embedded"]))]
        entries += [["refine", i] for i in range(len(data["refine"]))] + [["refusal"], ["no_data"]]
        for steps in entries:
            node = data
            for step in steps:
                node = node[step]
            for j, source in enumerate(node["sources"]):
                if "recorded" in source:
                    where = Loc(path, line_of(data, [*steps, "sources", j]))
                    forms.recorded.append((source["recorded"], where))
        corpus.error_forms = forms
    for _path, data in typed["protocol"]:
        corpus.protocol = data
    for path, data in typed["market"]:
        corpus.market = data
        corpus.market_loc = Loc(path, line_of(data, ["grids"]))
    for path, data in typed["errata"]:
        corpus.errata.extend(_erratum(e, Loc(path, line_of(data, ["errata", i]))) for i, e in enumerate(data["errata"]))
    for path, data in typed["api"]:
        api = _api(path, data, corpus)
        if api.id in corpus.apis:
            first = corpus.apis[api.id].loc
            loaded.problems.append(Problem(Loc(path, data.lines["id"]), f"API id '{api.id}' already used by {first}"))
            continue
        corpus.apis[api.id] = api
    return loaded


def _erratum(entry: dict[str, Any], loc: Loc) -> Erratum:
    return Erratum(
        entry["id"], entry["source"], entry["says"], entry["instead"], loc, entry.get("api"), entry.get("fact")
    )


def example_values(examples: list[Example], part: str) -> dict[str, list[str]]:
    """Every string value seen under each key in the API's examples of one part."""
    values: dict[str, list[str]] = {}

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str):
                    values.setdefault(str(key), []).append(value)
                else:
                    visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    for example in examples:
        if example.part == part:
            visit(example.body)
    return values


def _fields(
    items: list[Any], path: Path, data: Any, where: list[Any], corpus: Corpus, samples: dict[str, list[str]]
) -> list[Field]:
    out: list[Field] = []
    for i, raw in enumerate(items):
        at = [*where, i]
        loc = Loc(path, line_of(data, at))
        item = Field(
            name=str(raw["name"]),
            ko=raw["ko"],
            required=raw["required"],
            loc=loc,
            length=raw.get("length"),
            enum=raw.get("enum"),
            value=ValueFormat(**{k: raw[k] for k in ValueFormat.KEYS if k in raw}),
            item_code=raw.get("item_code"),
            notes=raw.get("notes"),
            unit_by=UnitBy(raw["unit_by"]["field"], dict(raw["unit_by"]["units"])) if "unit_by" in raw else None,
            source=raw.get("source"),
            tuple=raw.get("tuple", False),
            array=raw.get("array", False),
        )
        item.fields = _fields(raw.get("fields", []), path, data, [*at, "fields"], corpus, samples)
        item.fids = [
            FidRef(
                e["fid"],
                e["ko"],
                Loc(path, line_of(data, [*at, "fids", j])),
                {k: v for k, v in e.items() if k not in ("fid", "ko")},
            )
            for j, e in enumerate(raw.get("fids", []))
        ]
        if "kind" in raw:
            item.kind = raw["kind"]
        else:
            item.kind, item.kind_source, item.kind_rule = infer_kind(
                raw, samples.get(item.name, []), corpus.kind_rules, corpus.reviewed
            )
        out.append(item)
    return out


def _api(path: Path, data: Any, corpus: Corpus) -> Api:
    examples = [
        Example(
            e["part"],
            e.get("label", ""),
            e["body"],
            list(e.get("repaired", [])),
            Loc(path, line_of(data, ["examples", i])),
        )
        for i, e in enumerate(data.get("examples", []))
    ]
    api = Api(
        id=str(data["id"]),
        name_ko=data["name_ko"],
        name_en=data["name_en"],
        alias=data["alias"],
        section=data["section"],
        category=data["category"],
        protocol=data["protocol"],
        method=data["method"],
        path=data["path"],
        order=data["order"],
        paging=data["paging"],
        mock_supported=data["mock"]["supported"],
        mock_exchanges=list(data["mock"].get("exchanges", [])),
        source=dict(data["source"]),
        loc=Loc(path, data.lines.get("id", 1)),
        examples=examples,
        notes=data.get("notes"),
        key_lines=dict(data.lines),
        look_up=[str(i) for i in data.get("look_up", [])],
    )
    for part in ("request", "response", "push"):
        samples = example_values(examples, "request" if part == "request" else "response")
        setattr(api, part, _fields(data.get(part, []), path, data, [part], corpus, samples))
    api.rules = [
        Rule(
            target=r["field"],
            loc=Loc(path, line_of(data, ["rules", i])),
            when={k: [str(v) for v in vs] for k, vs in r.get("when", {}).items()},
            require=r.get("require", False),
            blank_otherwise=r.get("blank_otherwise", False),
            allow_blank=r.get("allow_blank", False),
            minimum=r.get("minimum"),
            grid=list(r.get("grid", [])),
            source=r["source"],
            notes=r.get("notes"),
        )
        for i, r in enumerate(data.get("rules", []))
    ]
    api.errata = [_erratum(e, Loc(path, line_of(data, ["errata", i]))) for i, e in enumerate(data.get("errata", []))]
    for erratum in api.errata:
        erratum.api = api.id
    return api
