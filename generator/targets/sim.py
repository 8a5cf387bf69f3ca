"""The simulator's catalog: what it needs of the specs to answer like Kiwoom, as one JSON file
(`kiwoom_sdk/sim/catalog.json`): each HTTP TR's URL, flags, response field tree, guide
example and the request fields the spec fixes to one value (`fixed`: au10001's grant_type); each realtime type's FIDs with their kinds; the error messages; the WebSocket paths;
the exchange's rules (specs/market.yaml); and the answers recorded from Kiwoom's servers
(specs/recorded/*.json, served by the simulator's recorded mode)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..spec.model import Api, Corpus, FidRef, Field, walk
from ..spec.recorded import recorded_cases
from .views import condition_search_views, row_fids


def _codes(corpus: Corpus, table: str | None) -> list[str] | None:
    return [c.code for c in corpus.codes[table].codes] if table else None


def _field(f: Field, corpus: Corpus) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": f.name, "kind": f.kind}
    optional = {
        "length": f.length,
        "enum": f.enum,
        "codes": _codes(corpus, f.enum),
        "signed": f.value.signed or None,
        "decimals": f.value.decimals,
        "scale": f.value.scale,
        "unit": f.value.unit,
        "const": f.value.const,
        "fields": [_field(member, corpus) for member in f.fields] or None,
    }
    entry.update({key: value for key, value in optional.items() if value is not None})
    return entry


def _example(api: Api, part: str) -> Any:
    return next((e.body for e in api.examples if e.part == part and isinstance(e.body, dict)), None)


def _odd_values(api: Api) -> list[str]:
    """The values of the guide's response example that an erratum records as not fitting their field (`rows[].name`
    or `name`): the simulator serves its own value there, not the guide's mistake."""
    return sorted(
        {
            path
            for erratum in api.errata
            if erratum.fact and str(erratum.fact.get("at", "")).startswith("examples/response")
            for path in erratum.fact.get("odd_values", [])
        }
    )


def _fids(fields: list[Field], corpus: Corpus) -> list[list[Any]]:
    """[fid, kind, codes, name, unit, scale] for each FID under these fields, in the guide's order (the name says
    what the simulator's market fills it with; a unit overridden away from the FID's own, as the index types do,
    keeps it out of the market's hands; a scale, as the listing overrides it, makes the value one written without
    its point)."""
    return _fid_entries([ref for f in walk(fields) for ref in f.fids], corpus)


def _fid_entries(refs: list[FidRef], corpus: Corpus) -> list[list[Any]]:
    out: list[list[Any]] = []
    for ref in refs:
        fid = corpus.fids[ref.fid]
        kind = str(ref.overrides.get("kind", fid.kind))
        unit = ref.overrides.get("unit", fid.unit)
        scale = ref.overrides.get("scale", fid.scale)
        out.append([ref.fid, kind, _codes(corpus, ref.overrides.get("enum", fid.enum)), fid.name, unit, scale])
    return out


def recorded(root: Path) -> list[dict[str, Any]]:
    """The recorded REST answers (kind rest_response), by file name: name, api_id, source, payload."""
    return [
        {"name": case.path.name, "api_id": case.api_id, "source": case.source, "payload": case.payload}
        for case in recorded_cases(root)
        if case.kind == "rest_response"
    ]


def _websocket_forms(corpus: Corpus) -> dict[str, Any]:
    """How the server answers LOGIN (and refuses it), and the SYSTEM notices it sends, from api.yaml."""
    messages = corpus.protocol["websocket"]
    login = messages["LOGIN"]
    notices = {code: n["message"] for code, n in messages.get("SYSTEM", {}).get("codes", {}).items()}
    return {"login_answer": login["answer"], "login_refusal": login["refusal"], "notices": notices}


def _reg_item(api: Api, corpus: Corpus) -> dict[str, Any] | None:
    """The `item` of a realtime type's REG request (data[].item): a code, or an object (US items); None for a type
    registered otherwise (a realtime condition search's 02)."""
    items = [item for f in api.request if f.name == "data" for item in f.fields if item.name == "item"]
    return _field(items[0], corpus) if items else None


def _conditions(corpus: Corpus) -> dict[str, Any]:
    """Per section, what the simulator answers a condition search with: its list (the list API's example: ka10171,
    usa20280) and the FIDs of a one-off search's rows (ka10172's `fids`, usa20281's members named by FID numbers)."""
    return {
        view.section: {
            "list": _example(view.listing_api, "response") if view.listing_api else None,
            "rows": _fid_entries(row_fids(view.rows_api, corpus), corpus) if view.rows_api else [],
        }
        for view in condition_search_views(corpus)
    }


def catalog(corpus: Corpus) -> dict[str, Any]:
    apis = {
        api.id: {
            "path": api.path,
            "section": api.section,
            "order": api.order,
            "paging": api.paging,
            "mock_supported": api.mock_supported,
            "response": [_field(f, corpus) for f in api.response],
            "example": _example(api, "response"),
            "odd_values": _odd_values(api),
            "fixed": {f.name: f.value.const for f in api.request if f.value.const is not None},
        }
        for api in corpus.http_apis()
    }
    realtime = {
        type_id: {
            "section": api.section,
            "name": api.name_ko,
            "fids": _fids(fields, corpus),
            "item": _reg_item(api, corpus),
        }
        for api, type_id, fields in corpus.realtime_sources()
    }
    return {
        "apis": apis,
        "realtime": realtime,
        "errors": {str(e.code): e.message_ko for e in sorted(corpus.errors.values(), key=lambda e: e.code)},
        "error_answers": {
            str(e.code): {"return_code": e.answer["return_code"], "return_msg": e.answer["return_msg"]}
            for e in sorted(corpus.errors.values(), key=lambda e: e.code)
            if e.answer
        },
        "websocket_paths": corpus.protocol["websocket_paths"],
        "websocket": _websocket_forms(corpus),
        "conditions": _conditions(corpus),
        "market": corpus.market,
        "unit_factors": corpus.unit_factors,
        "recorded": recorded(corpus.root),
    }


def files(corpus: Corpus) -> dict[str, str]:
    """The simulator's catalog. The simulator's code is runtime (generator/runtime/sim/), copied with the library."""
    return {"kiwoom_sdk/sim/catalog.json": json.dumps(catalog(corpus), ensure_ascii=False, indent=1) + "\n"}
