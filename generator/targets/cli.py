"""The catalog of the `kiwoom` command line and MCP server (`kiwoom_sdk/cli/catalog.jsonl` and its `index.json`).

The command line and the MCP server are hand-written (generator/runtime/cli/, copied into the package like the rest
of the runtime); what they know of the APIs comes from this catalog: each HTTP TR's ids, names, flags, request
fields (kind, length, unit, format, code table), response field tree, rules and errata, the code tables the fields
name, and the realtime types. Nothing here is rendered by a template: the data is the output.
"""

from __future__ import annotations

import json
from typing import Any

from ..spec.model import Api, Corpus, Field, walk

# JSON lines: the code tables and realtime types on the first line, then one API a line in id order, so that the
# command of one TR reads one line of it; the index says which line (and holds what `kiwoom call --help` lists).
CATALOG = "kiwoom_sdk/cli/catalog.jsonl"
INDEX = "kiwoom_sdk/cli/index.json"
INDEX_KEYS = ("alias", "name_ko", "name_en", "order", "paging", "mock_supported")
ACCOUNT_NUMBER = "계좌번호"  # the Korean name of every account number, which the command line masks for agents
SKIPPED_CATEGORIES = frozenset({"oauth"})  # the token TRs: the session issues and revokes tokens itself
# The options every `kiwoom call ID` has besides the request fields (generator/runtime/cli/_app.py): a request
# field of the same name would be shadowed by one of them.
COMMON_OPTIONS = frozenset(
    {"format", "env", "base_url", "ws_url", "profile", "timeout", "all_pages", "max_pages", "confirm", "yes", "help"}
)


def _field(f: Field) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": f.name, "ko": f.ko, "kind": f.kind}
    optional = {
        "required": f.required or None,
        "length": f.length,
        "unit": f.value.unit,
        "unit_by": {"field": f.unit_by.field, "units": f.unit_by.units} if f.unit_by else None,
        "format": f.value.format,
        "item_code": f.item_code,
        "decimals": f.value.decimals,
        "signed": f.value.signed or None,
        "const": f.value.const,
        "enum": f.enum,
        "notes": f.notes,
        "fields": [_field(member) for member in f.fields] or None,
    }
    entry.update({key: value for key, value in optional.items() if value is not None})
    return entry


def _api(api: Api) -> dict[str, Any]:
    clashes = sorted(f.name for f in api.request if f.name.replace("-", "_") in COMMON_OPTIONS)
    if clashes:
        raise ValueError(f"{api.loc}: request field {', '.join(clashes)} would clash with an option of `kiwoom call`")
    return {
        "id": api.id,
        "alias": api.alias,
        "name_ko": api.name_ko,
        "name_en": api.name_en,
        "section": api.section,
        "category": api.category,
        "path": api.path,
        "order": api.order,
        "look_up": api.look_up,
        "paging": api.paging,
        "mock_supported": api.mock_supported,
        "mock_exchanges": api.mock_exchanges,
        "notes": api.notes,
        "request": [_field(f) for f in api.request],
        "response": [_field(f) for f in api.response],
        "rules": [rule.with_source() for rule in api.rules],
        "errata": [{"id": e.id, "says": e.says, "instead": e.instead} for e in api.errata],
    }


def _used_tables(apis: list[Api]) -> set[str]:
    def tables(fields: list[Field]) -> set[str]:
        return {f.enum for f in fields if f.enum} | {t for f in fields for t in tables(f.fields)}

    return {t for api in apis for t in tables(api.request) | tables(api.response)}


def cli_catalog(corpus: Corpus) -> dict[str, Any]:
    """What the command line and the MCP server know of the specs, as JSON-ready data."""
    apis = [api for api in corpus.http_apis() if api.category not in SKIPPED_CATEGORIES]
    codes = {
        name: {"name_ko": table.name_ko, "codes": [[c.code, c.ko, c.name] for c in table.codes]}
        for name, table in sorted(corpus.codes.items())
        if name in _used_tables(apis)
    }
    realtime = {
        type_id: {"name_ko": api.name_ko, "name_en": api.name_en, "section": api.section}
        for api, type_id, _fields in corpus.realtime_sources()
    }
    return {
        "apis": {api.id: _api(api) for api in apis},
        "codes": codes,
        "realtime": realtime,
        "elsewhere": _elsewhere(corpus, {api.id for api in apis}),
        "account_fields": account_fields(corpus, apis),
    }


def _elsewhere(corpus: Corpus, called: set[str]) -> dict[str, dict[str, str]]:
    """The APIs of the specs that are not `kiwoom call` TRs, by id and alias: names, and `by`, what kind of API it is
    (oauth, websocket, realtime: the runtime's `_catalog.SERVED_BY` says which command serves it)."""
    out: dict[str, dict[str, str]] = {}
    for api in sorted(corpus.apis.values(), key=lambda a: a.id):
        if api.id not in called:
            by = api.category if api.category in SKIPPED_CATEGORIES else api.protocol
            entry = {"name_ko": api.name_ko, "name_en": api.name_en, "by": by}
            out |= {name: entry for name in (api.id, api.alias) if name}
    return out


def account_fields(corpus: Corpus, apis: list[Api]) -> list[str]:
    """The names of every account number the command line and the MCP server may show: the wire names of the TRs'
    fields and the attribute names of the realtime FIDs whose Korean name is ACCOUNT_NUMBER."""
    wire = {f.name for api in apis for f in walk(api.request + api.response) if f.ko == ACCOUNT_NUMBER}
    return sorted(wire | {fid.name for fid in corpus.fids.values() if fid.ko == ACCOUNT_NUMBER})


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def catalog_lines(catalog: dict[str, Any]) -> str:
    """The catalog as CATALOG holds it: `{"codes", "realtime", "account_fields"}`, then each API (sorted by id), one a
    line."""
    head = _line({key: catalog[key] for key in ("codes", "realtime", "account_fields")})
    return head + "".join(_line(catalog["apis"][api_id]) for api_id in sorted(catalog["apis"]))


def cli_index(catalog: dict[str, Any]) -> dict[str, Any]:
    """The index of a catalog: each API's id with INDEX_KEYS and its line in CATALOG (0-based); the realtime types; the
    APIs served by another command (`elsewhere`)."""
    apis = {
        api_id: {**{key: catalog["apis"][api_id][key] for key in INDEX_KEYS}, "line": line}
        for line, api_id in enumerate(sorted(catalog["apis"]), start=1)
    }
    return {"apis": apis, "realtime": catalog["realtime"], "elsewhere": catalog["elsewhere"]}


def files(corpus: Corpus) -> dict[str, str]:
    """The command's catalog (one JSON line per TR, read on demand) and its search index."""
    catalog = cli_catalog(corpus)
    return {CATALOG: catalog_lines(catalog), INDEX: json.dumps(cli_index(catalog), ensure_ascii=False, indent=1) + "\n"}
