"""import-guide: compare a guide workbook with specs/ (--report) or bring specs/ up to it (--write).

Only guide-derived facts (see facts.py) are compared and written. Curated enrichment in the
spec files (kinds, enums, units, English names, rules, errata, notes) is carried over untouched.
An erratum in a spec file that records the guide's value for a fact makes that guide value count
as "no difference": the spec keeps its corrected value until the guide changes again.
"""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..spec import yamlio
from ..spec.item_codes import ITEM_CODE_FIELDS
from ..spec.layout import spec_path
from ..spec.model import Corpus, Loc, ValueFormat
from .describe import describe
from .facts import API_KEYS, CONTAINER_KINDS, api_facts, workbook_version
from .workbook import Guide, GuideApi, GuideField

CURATED_FIELD_KEYS = (
    "kind",
    "enum",
    "unit",
    "unit_by",
    "source",
    "signed",
    "digits",
    "decimals",
    "scale",
    "format",
    "item_code",
    "const",
    "tuple",
    "array",
    "notes",
)
ERRORS_HEADER = (
    "Error codes from the guide's error sheet (code, message_ko), with a class and an English meaning.\n"
    "The importer compares code and message_ko with the workbook.\n"
    "embedded, refusal, refine and no_data: what the servers send beyond the guide, each with its sources\n"
    "(recorded: a file id in specs/recorded/; repo: where it was published)."
)
HEADER = "Kiwoom REST API spec. Facts come from the guide workbook (see source); the rest is curated.\nEdit by hand or with `python -m generator import-guide`; see README."


@dataclass
class SpecTree:
    root: Path
    apis: dict[str, tuple[Path, dict[str, Any]]] = field(default_factory=dict)


def load_tree(root: Path) -> SpecTree:
    tree = SpecTree(root)
    for path in sorted(root.rglob("*.yaml")):
        data = yamlio.load(path)
        if isinstance(data, dict) and "id" in data:
            tree.apis[str(data["id"])] = (path, data)
    return tree


# ---- errata: the guide's value for a fact, and the spec's correction ------------------------


def _find_field(fields: list[dict[str, Any]], path: list[str]) -> dict[str, Any] | None:
    for item in fields:
        if str(item.get("name")) == path[0]:
            if len(path) == 1:
                return item
            return _find_field(item.get("fields", []), path[1:])
    return None


def _example(examples: list[dict[str, Any]], target: str) -> dict[str, Any] | None:
    part, _, label = target.partition(":")
    for entry in examples:
        if entry.get("part") == part and entry.get("label", "") == label:
            return entry
    return None


def apply_errata(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    """Where the guide still says what an erratum recorded, take the spec's corrected value."""
    for erratum in spec.get("errata", []) or []:
        fact = erratum.get("fact")
        if not isinstance(fact, dict):
            continue
        where, key, guide_value = str(fact.get("at", "")), str(fact.get("key", "")), fact.get("guide")
        head, _, rest = where.partition("/")
        if head == "examples":
            mine, theirs = _example(spec.get("examples", []), rest), _example(facts.get("examples", []), rest)
            if mine is not None and theirs is not None and theirs.get("body") == guide_value:
                theirs.clear()
                theirs.update(copy.deepcopy(mine))
            continue
        if head in ("request", "response", "push") and not rest:
            if facts_only(facts.get(head, [])) == guide_value:
                facts[head] = facts_only(spec.get(head, []))
            continue
        if head in ("request", "response", "push"):
            theirs_field = _find_field(facts.get(head, []), rest.split("/"))
            mine_field = _find_field(spec.get(head, []), rest.split("/"))
            if theirs_field is not None and mine_field is not None and theirs_field.get(key) == guide_value:
                theirs_field[key] = mine_field.get(key)
        elif head in facts and not key and facts[head] == guide_value:
            facts[head] = spec.get(head)


def facts_only(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The guide-derived part of a field list, as api_facts() produces it."""
    out = []
    for item in fields:
        if "source" in item:  # a field the server sends and the guide omits
            continue
        kept: dict[str, Any] = {k: item[k] for k in ("name", "ko", "required", "length") if k in item}
        kept.setdefault("length", None)
        if item.get("kind") in CONTAINER_KINDS:
            kept["kind"] = item["kind"]
        if "fields" in item:
            kept["fields"] = facts_only(item["fields"])
        if "fids" in item:
            kept["fids"] = [{"fid": e["fid"], "ko": e["ko"]} for e in item["fids"] if "source" not in e]
        out.append(kept)
    return out


# ---- the report -----------------------------------------------------------------------------


def _flatten(fields: list[dict[str, Any]], prefix: str = "") -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for item in fields:
        path = f"{prefix}{item['name']}"
        out.append((path, item))
        out.extend(_flatten(item.get("fields", []), path + "/"))
    return out


def _describe_field(item: dict[str, Any]) -> str:
    need = "required" if item.get("required") else "optional"
    length = f", length {item['length']}" if item.get("length") is not None else ""
    return f"{item.get('ko', '')} ({need}{length})"


def diff_fields(where: str, guide: list[dict[str, Any]], spec: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    theirs, mine = dict(_flatten(guide)), dict(_flatten(spec))
    added = [p for p in theirs if p not in mine]
    removed = [p for p in mine if p not in theirs]
    moved: set[str] = set()
    for path in added:
        leaf = path.rsplit("/", 1)[-1]
        twins = [p for p in removed if p.rsplit("/", 1)[-1] == leaf and p not in moved]
        if twins:
            moved.add(twins[0])
            lines.append(f"{where}.{path}: nesting changed (specs have it at {where}.{twins[0]})")
        else:
            lines.append(f"{where}.{path}: only in the workbook: {_describe_field(theirs[path])}")
    lines += [f"{where}.{path}: only in specs: {_describe_field(mine[path])}" for path in removed if path not in moved]
    for path, item in theirs.items():
        if path not in mine:
            continue
        other = mine[path]
        for key in ("ko", "required", "length"):
            if item.get(key) != other.get(key):
                lines.append(f"{where}.{path}: {key} differs: specs {other.get(key)!r}, workbook {item.get(key)!r}")
        if (item.get("kind") in CONTAINER_KINDS) != (other.get("kind") in CONTAINER_KINDS):
            lines.append(f"{where}.{path}: nesting differs (a group in one, a plain field in the other)")
        if item.get("fids") != other.get("fids") and "fids" in item:
            lines.extend(_diff_fids(f"{where}.{path}", item["fids"], other.get("fids", [])))
    lines.extend(_diff_order(where, guide, spec))
    return lines


def _diff_fids(where: str, guide: list[dict[str, Any]], spec: list[dict[str, Any]]) -> list[str]:
    theirs = {e["fid"]: e for e in guide}
    mine = {e["fid"]: e for e in spec}
    lines = [f"{where}: FID {n} only in the workbook ({theirs[n].get('ko')})" for n in theirs if n not in mine]
    lines += [f"{where}: FID {n} only in specs" for n in mine if n not in theirs]
    lines += [
        f"{where}: FID {n} Korean name differs: specs {mine[n].get('ko')!r}, workbook {theirs[n].get('ko')!r}"
        for n in theirs
        if n in mine and theirs[n].get("ko") != mine[n].get("ko")
    ]
    common_theirs = [n for n in theirs if n in mine]
    common_mine = [n for n in mine if n in theirs]
    if common_theirs != common_mine:
        lines.append(f"{where}: FIDs reordered: workbook order {common_theirs}")
    return lines


def _diff_order(where: str, guide: list[dict[str, Any]], spec: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    names_theirs = [str(f["name"]) for f in guide]
    names_mine = [str(f["name"]) for f in spec]
    common_theirs = [n for n in names_theirs if n in names_mine]
    common_mine = [n for n in names_mine if n in names_theirs]
    if common_theirs != common_mine:
        lines.append(f"{where}: fields reordered; workbook order: {', '.join(common_theirs)}")
    by_name = {str(f["name"]): f for f in spec}
    for item in guide:
        other = by_name.get(str(item["name"]))
        if other is not None and item.get("fields") and other.get("fields"):
            lines.extend(_diff_order(f"{where}.{item['name']}", item["fields"], other["fields"]))
    return lines


def diff_api(facts: dict[str, Any], spec: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key in ("name_ko", "method", "path", "protocol"):
        if facts.get(key) != spec.get(key):
            lines.append(f"{key} differs: specs {spec.get(key)!r}, workbook {facts.get(key)!r}")
    for part in ("request", "response", "push"):
        # fields and FIDs the guide omits but the server sends (`source:`) are not the guide's to report
        lines.extend(diff_fields(part, facts.get(part, []), facts_only(spec.get(part, []))))
    for part in ("request", "response"):
        theirs = [(e.get("label", ""), e.get("body")) for e in facts.get("examples", []) if e.get("part") == part]
        mine = [(e.get("label", ""), e.get("body")) for e in spec.get("examples", []) if e.get("part") == part]
        if theirs != mine:
            lines.append(f"examples: the {part} example differs")
    return lines


# ---- merging facts into a spec file -----------------------------------------------------------


class CodeBook:
    """Code tables in specs/codes, found by their codes so fields share one table."""

    def __init__(self, root: Path) -> None:
        self.root = root / "codes"
        self.tables: dict[str, dict[str, Any]] = {}
        self.by_codes: dict[tuple[tuple[str, str], ...], str] = {}
        self.new: dict[str, dict[str, Any]] = {}
        for path in sorted(self.root.glob("*.yaml")) if self.root.is_dir() else []:
            data = yamlio.load(path)
            name = str(data.get("enum"))
            self.tables[name] = data
            self.by_codes.setdefault(tuple((str(c["code"]), str(c["ko"])) for c in data.get("codes", [])), name)

    def find_or_create(self, codes: list[tuple[str, str]], hint: str, ko: str) -> str:
        key = tuple(codes)
        if key in self.by_codes:
            return self.by_codes[key]
        name, n = hint.lower(), 1
        while name in self.tables:
            n += 1
            name = f"{hint.lower()}_{n}"
        table = {"enum": name, "name_ko": ko, "codes": [{"code": c, "ko": label, "name": None} for c, label in codes]}
        self.tables[name] = self.new[name] = table
        self.by_codes[key] = name
        return name


def bootstrap_field(item: GuideField, codes: CodeBook) -> dict[str, Any]:
    """Curated keys for a field seen for the first time, read from its description."""
    found = describe(item.description)
    out: dict[str, Any] = {}
    if found.codes:
        out["enum"] = codes.find_or_create(found.codes, item.name, item.ko)
    for key in ValueFormat.KEYS:
        value = getattr(found, key)
        if value is not None and value is not False:
            out[key] = value
    return out


def merge_fields(
    facts: list[dict[str, Any]], spec: list[dict[str, Any]], guide: list[GuideField], codes: CodeBook
) -> list[dict[str, Any]]:
    old = {str(f["name"]): f for f in spec}
    rows = {g.name: g for g in guide}
    out: list[dict[str, Any]] = []
    for item in facts:
        before = old.get(str(item["name"]))
        merged = {k: item[k] for k in ("name", "ko", "required", "length")}
        if item.get("length") is None:
            merged.pop("length")
        source = (
            before if before is not None else bootstrap_field(rows[item["name"]], codes) if item["name"] in rows else {}
        )
        curated = {k: source[k] for k in CURATED_FIELD_KEYS if k in source}
        if "kind" in item:
            merged["kind"] = item["kind"]
            curated.pop("kind", None)
        merged.update(curated)
        if "fields" in item:
            children = rows[item["name"]].children if item["name"] in rows else []
            merged["fields"] = merge_fields(item["fields"], before.get("fields", []) if before else [], children, codes)
        if "fids" in item:
            merged["fids"] = merge_fids(item["fids"], before.get("fids", []) if before else [])
        out.append(merged)
    return _keep_unlisted(out, spec)


def _keep_unlisted(merged: list[dict[str, Any]], spec: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fields the guide omits but the server sends (they carry `source`) stay, after the field they followed."""
    out = list(merged)
    for i, item in enumerate(spec):
        names = [str(f["name"]) for f in out]
        if "source" not in item or item["name"] in names:
            continue
        before = str(spec[i - 1]["name"]) if i else None
        out.insert(names.index(before) + 1 if before in names else 0, item)
    return out


def merge_fids(facts: list[dict[str, Any]], spec: list[dict[str, Any]]) -> list[dict[str, Any]]:
    old = {e["fid"]: e for e in spec}
    out = []
    for entry in facts:
        merged = {"fid": entry["fid"], "ko": entry["ko"]}
        merged.update({k: v for k, v in old.get(entry["fid"], {}).items() if k not in merged})
        out.append(merged)
    listed = {e["fid"] for e in out}
    return out + [e for e in spec if "source" in e and e["fid"] not in listed]


# The order of keys in an API spec file; keys not listed here (errata) follow at the end.
SPEC_ORDER = (
    "id", "name_ko", "name_en", "alias", "section", "category", "protocol", "method", "path", "source",
    "order", "look_up", "paging", "mock", "request", "response", "push", "rules", "notes", "examples",
)  # fmt: skip


def merge_api(facts: dict[str, Any], spec: dict[str, Any] | None, api: GuideApi, codes: CodeBook) -> dict[str, Any]:
    """The spec file's content: the guide's facts over the curated enrichment (or first guesses)."""
    merged = dict(spec) if spec else default_flags(facts, api)
    merged.update({key: facts[key] for key in API_KEYS})
    known = {str(f["name"]) for f in merged.get("request", [])}
    merged["request"] = merge_fields(facts["request"], merged.get("request", []), _body(api.request, 0), codes)
    for new in (f for f in merged["request"] if f["name"] not in known):
        if new["name"] in ITEM_CODE_FIELDS and "enum" not in new:  # a first guess: the section's kind of item code
            new["item_code"] = facts["section"]
    merged["response"] = merge_fields(facts["response"], merged.get("response", []), _body(api.response, 0), codes)
    if "push" in facts:
        merged["push"] = merge_fields(facts["push"], merged.get("push", []), _body(api.response, 1), codes)
    else:
        merged.pop("push", None)
    merged["examples"] = facts["examples"]
    ordered = {key: merged[key] for key in SPEC_ORDER if key in merged}
    return ordered | {key: value for key, value in merged.items() if key not in ordered}


def _body(bodies: list[Any], index: int) -> list[GuideField]:
    return bodies[index].fields if len(bodies) > index else []


def default_flags(facts: dict[str, Any], api: GuideApi) -> dict[str, Any]:
    """First guesses for a new API's curated flags; a reviewer confirms them."""
    is_order = (
        facts["protocol"] == "rest"
        and facts["category"] in ("ordr", "crdordr")
        and "주문" in api.name_ko
        and "가능" not in api.name_ko
    )
    pages = facts["protocol"] == "rest" and any(f.get("kind") == "list" for f in facts["response"])
    mock: dict[str, Any] = {"supported": "모의투자를 지원하지 않" not in api.overview}
    if facts["section"] == "domestic":
        mock["exchanges"] = ["KRX"]
    return {"order": is_order, "paging": pages, "mock": mock}


# ---- the command ---------------------------------------------------------------------------


@dataclass
class ImportResult:
    added: list[str]
    removed: list[str]
    changed: dict[str, list[str]]
    writes: dict[Path, str]

    @property
    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def compare(guide: Guide, root: Path, version: str | None = None) -> ImportResult:
    version = version or workbook_version(guide.path.name)
    tree = load_tree(root)
    codes = CodeBook(root)
    result = ImportResult(added=[], removed=[], changed={}, writes={})
    for api_id in guide.order:
        api = guide.apis[api_id]
        facts = api_facts(api, version, guide)
        existing = tree.apis.get(api_id)
        if existing is None:
            result.added.append(api_id)
            merged = merge_api(facts, None, api, codes)
            result.writes[spec_path(root, facts)] = yamlio.dump(merged, HEADER)
            continue
        path, spec = existing
        apply_errata(facts, spec)
        lines = diff_api(facts, spec)
        if lines:
            result.changed[api_id] = lines
        merged = merge_api(facts, spec, api, codes)
        text = yamlio.dump(merged, HEADER)
        if text != path.read_text(encoding="utf-8"):
            result.writes[path] = text
    result.removed = [i for i in tree.apis if i not in guide.apis]
    shared = _compare_shared(guide, root)
    if shared:
        result.changed["(shared)"] = shared
    errors_update = _updated_error_messages(guide, root)
    if errors_update is not None:
        result.writes[root / "errors.yaml"] = errors_update
    for name, table in codes.new.items():
        result.writes[codes.root / f"{name}.yaml"] = yamlio.dump(table, "Code table. Fill in English names.")
    return result


def _compare_shared(guide: Guide, root: Path) -> list[str]:
    """The error sheet against errors.yaml, and every API's headers against api.yaml."""
    lines = [
        f"workbook: {api_id} is on the API list sheet but has no sheet of its own"
        for api_id in guide.listed
        if api_id not in guide.apis
    ]
    errors_file, protocol_file = root / "errors.yaml", root / "api.yaml"
    if errors_file.is_file() and guide.errors:
        mine = {int(e["code"]): str(e["message_ko"]) for e in yamlio.load(errors_file).get("errors", [])}
        theirs = {e.code: e.message for e in guide.errors}
        lines += [f"errors: code {c} only in the workbook ({theirs[c]})" for c in theirs if c not in mine]
        lines += [f"errors: code {c} only in specs" for c in mine if c not in theirs]
        lines += [
            f"errors: code {c} message differs: specs {mine[c]!r}, workbook {theirs[c]!r}"
            for c in theirs
            if c in mine and mine[c] != theirs[c]
        ]
    if protocol_file.is_file():
        headers = yamlio.load(protocol_file).get("headers", {})
        for part in ("request", "response"):
            expected = [(h["name"], h["ko"], h.get("required", False), h.get("length")) for h in headers.get(part, [])]
            for api_id in guide.order:
                api = guide.apis[api_id]
                rows = api.request_headers if part == "request" else api.response_headers
                found = [(h.name, h.ko, h.required, h.length) for h in rows]
                if found != expected:
                    lines.append(f"headers: {api_id} {part} headers differ from api.yaml: {found}")
    return lines


def _updated_error_messages(guide: Guide, root: Path) -> str | None:
    """errors.yaml with the workbook's message for every code both know; None if nothing changes.
    Codes that are new or gone are only reported: a person gives a new code its name and class."""
    path = root / "errors.yaml"
    if not path.is_file() or not guide.errors:
        return None
    data = copy.deepcopy(dict(yamlio.load(path)))
    messages = {e.code: e.message for e in guide.errors}
    for entry in data.get("errors", []):
        entry["message_ko"] = messages.get(int(entry["code"]), entry["message_ko"])
    text = yamlio.dump(data, ERRORS_HEADER)
    return None if text == path.read_text(encoding="utf-8") else text


# ---- which guide is newer -------------------------------------------------------------------


def guide_date(version: str) -> datetime.date | None:
    """A guide version (YYYY-MM-DD, the date in the workbook's name) as a date; None when it is not one."""
    try:
        return datetime.date.fromisoformat(version) if len(version) == 10 else None
    except ValueError:
        return None


@dataclass(frozen=True)
class GuideVersions:
    """A workbook's version against the newest guide the specs were imported from (their `source.workbook`)."""

    workbook: str
    specs: datetime.date | None
    where: Loc | None  # the first spec file (by path) that names the specs' version

    @property
    def workbook_date(self) -> datetime.date | None:
        return guide_date(self.workbook)

    @property
    def older(self) -> bool:
        """True when the workbook is older than the specs: writing it would take them back."""
        return self.workbook_date is not None and self.specs is not None and self.workbook_date < self.specs

    def describe(self) -> str:
        """'guide 2026-05-07, older than the specs (2026-07-04)' and the like."""
        if self.workbook_date is None:
            return f"guide version unknown ({self.workbook!r} is not a date; see --version)"
        if self.specs is None:
            return f"guide {self.workbook}; the specs name no guide version"
        if self.workbook_date == self.specs:
            return f"guide {self.workbook}, the version of the specs"
        relation = "older" if self.older else "newer"
        return f"guide {self.workbook}, {relation} than the specs ({self.specs.isoformat()})"


def guide_versions(version: str, corpus: Corpus) -> GuideVersions:
    """The workbook's `version` against the newest `source.workbook` of the APIs of `corpus`."""
    dated = {api.id: guide_date(str(api.source.get("workbook", ""))) for api in corpus.apis.values()}
    known = [d for d in dated.values() if d is not None]
    if not known:
        return GuideVersions(version, None, None)
    newest = max(known)
    first = min((corpus.apis[i] for i, d in dated.items() if d == newest), key=lambda api: str(api.loc.path))
    return GuideVersions(version, newest, first.at("source"))


def write_refusal(versions: GuideVersions, workbook: Path, force: bool) -> tuple[Loc, str] | None:
    """Why `import-guide --write` must not write this workbook (None: it may): its version is unknown, or it is older
    than the specs and `force` is not given."""
    if versions.workbook_date is None:
        return Loc(workbook, 0), f"{versions.describe()}: --write needs it; pass --version YYYY-MM-DD"
    if versions.older and not force and versions.where is not None:
        return versions.where, (
            f"the specs follow guide {versions.specs}; {workbook.name} is older ({versions.workbook}):"
            " --write would take them back (pass --force to do so)"
        )
    return None
