"""What the command line knows of the APIs: `catalog.jsonl` and `index.json`, generated from the specs
(generator/targets/cli.py). The catalog's first line holds `codes` and `realtime`, each further line one API; the
index gives each API's line, with its alias, names and flags, so that one TR's command reads one line.

Shapes (plain JSON): an API has id, alias, name_ko, name_en, section, category, path, order, look_up (an order's
query TRs that show whether it stands), paging, mock_supported, mock_exchanges, notes, request and response (field trees: name, ko, kind, and where known
required, length, unit, unit_by, format, item_code, decimals, signed, const, enum, notes, fields), rules (sentences) and
errata ({id, says, instead}); `codes[table]` has name_ko and codes ([code, Korean, English]); `realtime[type]` has
name_ko, name_en and section; `account_fields` names every account number (wire names and realtime attributes).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, NamedTuple

import orjson

CATALOG = Path(__file__).with_name("catalog.jsonl")
INDEX = Path(__file__).with_name("index.json")
CODES_SHOWN = 40  # codes listed in an option's help before "…"

Api = dict[str, Any]
FieldSpec = dict[str, Any]


@functools.cache
def _lines() -> list[bytes]:
    return CATALOG.read_bytes().splitlines()


@functools.cache
def _head() -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(_lines()[0])
    return data


@functools.cache
def account_fields() -> frozenset[str]:
    """The names of the account numbers the specs know (a field whose Korean name is 계좌번호): masked for agents."""
    return frozenset(_head()["account_fields"])


@functools.cache
def index() -> dict[str, Any]:
    """`apis[id]`: alias, name_ko, name_en, order, paging, mock_supported and its catalog line; `realtime`; `elsewhere`
    (an API another command serves: name_ko, name_en, by: its kind, SERVED_BY)."""
    data: dict[str, Any] = orjson.loads(INDEX.read_bytes())
    return data


@functools.cache
def api(api_id: str) -> Api:
    """The whole catalog entry of one API (KeyError for an unknown id)."""
    data: Api = orjson.loads(_lines()[index()["apis"][api_id]["line"]])
    return data


def apis() -> dict[str, Api]:
    """Every API by id (reads the whole catalog)."""
    return {api_id: api(api_id) for api_id in index()["apis"]}


@functools.cache
def _aliases() -> dict[str, str]:
    return {api["alias"].replace("_", "-"): api_id for api_id, api in index()["apis"].items()}


def resolve(name: str) -> str | None:
    """The id of the API named by its id (`ka10001`, any case) or alias (`stock_basic_info`, `stock-basic-info`)."""
    key = name.strip().lower()
    if key in index()["apis"]:
        return key
    return _aliases().get(key.replace("_", "-"))


# What serves an API of the specs that `kiwoom call` does not, by its kind (the index's `elsewhere`).
SERVED_BY = {
    "oauth": "the token TR, which every command calls itself",
    "websocket": "a condition search over the WebSocket: `kiwoom conditions` (the MCP server's condition_search)",
    "realtime": "a realtime type: `kiwoom stream` (the MCP server's realtime_snapshot)",
}


def unknown(name: str, hint: str) -> str:
    """What a command says of a name that is no TR's: the nearest ids and aliases (one rule with the library's
    `client.call`, `_nearest`), then `hint` (where to look for one)."""
    from .._nearest import did_you_mean

    known = index()["elsewhere"].get(name)
    if known is not None:  # an API of the specs that another command serves
        served = SERVED_BY.get(known["by"], f"a {known['by']} API")
        return f"{name} is not a TR this serves: {known['name_ko']} ({known['name_en']}) is {served}"
    names = [name for api_id, api in index()["apis"].items() for name in (api_id, api["alias"])]
    close = did_you_mean(name, names)
    return f"unknown TR {name!r}: {close} {hint}" if close else f"unknown TR {name!r}: {hint}"


def find(name: str) -> Api | None:
    """The whole catalog entry of the API named by its id or alias; None if there is none."""
    api_id = resolve(name)
    return api(api_id) if api_id else None


def option(field: str) -> str:
    """The command line option of a request field: `stk_cd` -> `--stk-cd`."""
    return "--" + field.replace("_", "-")


def codes(table: str | None) -> list[list[str]]:
    if not table:
        return []
    found: list[list[str]] = _head()["codes"].get(table, {}).get("codes", [])
    return found


def field_summary(field: FieldSpec) -> str:
    """`종목코드 · text · max 20 · domestic item code · required` plus unit, format and code table: one line for help
    and describe."""
    parts = [field.get("ko") or field["name"], field["kind"]]
    if field.get("length"):
        parts.append(f"max {field['length']}")
    if field.get("unit"):
        parts.append(f"unit {field['unit']}")
    if field.get("unit_by"):
        by = field["unit_by"]
        parts.append(
            f"unit by {by['field']} (" + ", ".join(f"{code}: {unit}" for code, unit in by["units"].items()) + ")"
        )
    if field.get("format"):
        parts.append(field["format"])
    if field.get("item_code"):
        parts.append(f"{field['item_code']} item code")
    if field.get("required"):
        parts.append("required")
    return " · ".join(parts)


def units(api: Api, request: dict[str, Any]) -> dict[str, str]:
    """The unit of each response field of `api` that has one, for this `request` (wire names: a field whose unit
    follows a request field, `unit_by`, takes the unit of the value sent; none when that value names none):
    `{"mac": "KRW_100million", "stk_dt_pole_chart_qry[].trde_prica": "KRW_million"}`, a list's members as
    `list[].field`."""
    found: dict[str, str] = {}

    def walk(fields: list[FieldSpec], prefix: str) -> None:
        for field in fields:
            by = field.get("unit_by")
            unit = field.get("unit") or (by["units"].get(str(request.get(by["field"]))) if by else None)
            if unit:
                found[prefix + field["name"]] = unit
            walk(field.get("fields", []), f"{prefix}{field['name']}[].")

    walk(api["response"], "")
    return found


def code_summary(table: str | None, limit: int = CODES_SHOWN) -> str:
    """`0=보통 (regular), 3=시장가 (market), …` for a code table."""
    listed = codes(table)
    shown = [f"{code}={ko}" + (f" ({en})" if en and en != ko else "") for code, ko, en in listed[:limit]]
    more = f", … ({len(listed)} codes)" if len(listed) > limit else ""
    return ", ".join(shown) + more


def _words(api: Api) -> str:
    names = [api["id"], api["alias"], api["name_ko"], api["name_en"], api["category"], api["section"]]

    def fields(items: list[FieldSpec]) -> list[str]:
        return [text for f in items for text in (f["name"], f.get("ko", ""), *fields(f.get("fields", [])))]

    return " ".join(names + fields(api["request"]) + fields(api["response"])).lower()


SEARCH_SHOWN = 50  # the TRs a search lists; the rest are counted (`Found.total`), so a cut list never looks whole


class Found(NamedTuple):
    """The first SEARCH_SHOWN TRs of a search, best first, and how many matched in all."""

    apis: list[Api]
    total: int

    def listed(self) -> list[dict[str, Any]]:
        """Each TR shown, by what a search lists of it: id, alias, names, and whether it is an order, pages, and
        is served by the mock server."""
        keys = ("id", "alias", "name_ko", "name_en", "order", "paging", "mock_supported")
        return [{key: api[key] for key in keys} for api in self.apis]

    def cut(self) -> str | None:
        """What a cut list says: `50 of the 112 TRs that match are shown: add words to narrow them`; None if whole."""
        if self.total <= len(self.apis):
            return None
        return f"{len(self.apis)} of the {self.total} TRs that match are shown: add words to narrow them"


def search(words: list[str]) -> Found:
    """APIs whose ids, names or field names (Korean or English) contain every word, best first: a word in the id,
    alias or name counts more than one in a field name. ValueError when no word is given (blank ones are none)."""
    wanted = [w.lower() for w in words if w.strip()]
    if not wanted:
        raise ValueError("name at least one word")
    found = []
    for api in apis().values():
        text = _words(api)
        if all(w in text for w in wanted):
            title = " ".join([api["id"], api["alias"], api["name_ko"], api["name_en"]]).lower()
            found.append((-sum(w in title for w in wanted), api["id"], api))
    ranked = [api for _score, _id, api in sorted(found, key=lambda item: item[:2])]
    return Found(ranked[:SEARCH_SHOWN], len(ranked))


def describe_lines(api: Api) -> list[str]:
    """Everything the spec says of one API, as text lines (what `kiwoom describe` prints)."""
    mock = "yes" if api["mock_supported"] else "no"
    if api["mock_supported"] and api.get("mock_exchanges"):
        mock += f" ({', '.join(api['mock_exchanges'])} only)"
    lines = [
        f"{api['id']} {api['name_ko']} ({api['name_en']})",
        f"  alias: {api['alias']}  ·  POST {api['path']}  ·  {api['section']}/{api['category']}",
        f"  order: {'yes (needs --confirm)' if api['order'] else 'no'}  ·  paging: {'yes' if api['paging'] else 'no'}"
        f"  ·  mock server: {mock}",
    ]
    if api.get("look_up"):
        lines.append(f"  in doubt (answer lost): look it up with {', '.join(api['look_up'])}")
    if api.get("notes"):
        lines.append(f"  notes: {api['notes']}")
    lines.append("request:")
    lines += [f"  {option(f['name'])} ({f['name']}): {field_summary(f)}" for f in api["request"]] or ["  (no fields)"]
    for f in api["request"]:
        if f.get("enum"):
            lines.append(f"    {f['name']} codes: {code_summary(f['enum'], limit=1000)}")
    if api["rules"]:
        lines.append("rules:")
        lines += [f"  {rule}" for rule in api["rules"]]
    lines.append("response:")
    lines += _tree(api["response"], "  ")
    if api["errata"]:
        lines.append("errata (where the guide is wrong):")
        lines += [f"  {e['id']}: the guide says {e['says']}; instead {e['instead']}" for e in api["errata"]]
    return lines


def _tree(fields: list[FieldSpec], indent: str) -> list[str]:
    lines = []
    for f in fields:
        lines.append(f"{indent}{f['name']}: {field_summary(f)}" + (f" · codes {f['enum']}" if f.get("enum") else ""))
        lines += _tree(f.get("fields", []), indent + "  ")
    return lines
