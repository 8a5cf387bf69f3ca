"""A push the guide shows only by its example: the importer's rule for a WebSocket TR whose sheet tables its answer but
not the REAL frames that follow it.

The domestic realtime condition search (ka10173) tables both bodies, the answer and the push (type 02); the US one
(usa20290) tables the answer only and shows its push (type S2) by the example labelled 실시간데이터. The guide is
silent on that push's fields, so the rule infers them:

- the fields are the example's keys (its REAL frame's, its entries', the FIDs of their `values`);
- each is named (Korean name, required flag, length) by the guide's own table of the push with the same FIDs, the
  model (ka10173's: FIDs 841, 9001, 843, 20, 907), in that table's order; a key the model lacks is named by the
  sheet's own answer table where that lists it (usa20290's stexTp, 거래소구분), in the example's order;
- a key no table names (the entries' item) stays out, as the model leaves it out: an erratum of the spec records it.

Nesting comes from the example, never from the model's table (ka10173's table nests its members under trnm: an
erratum of that spec). The spec's `source.push` records the example and the model, and an erratum in the spec says
that the push is an inference; a sheet that tables its push, or a push with no model, gets no push from this rule.
"""

from __future__ import annotations

from typing import Any

from .workbook import Guide, GuideApi, GuideField


def _is_push(body: Any) -> bool:
    """A REAL frame: {"trnm": "REAL", "data": [{..., "values": {FID: value}}]}."""
    if not isinstance(body, dict):
        return False
    data = body.get("data")
    return (
        body.get("trnm") == "REAL"
        and isinstance(data, list)
        and bool(data)
        and all(isinstance(entry, dict) and isinstance(entry.get("values"), dict) for entry in data)
    )


def _rows(fields: list[GuideField]) -> list[GuideField]:
    """Every row of a table, in the sheet's order, whatever it nests under what."""
    out: list[GuideField] = []
    for item in fields:
        out.append(item)
        out.extend(_rows(item.children))
    return out


def _fids(rows: list[GuideField]) -> list[str]:
    return [row.name for row in rows if row.name.isdigit()]


def _keys(objects: list[dict[str, Any]]) -> list[str]:
    """The keys of these objects, each once, in the order they first appear."""
    return list(dict.fromkeys(key for item in objects for key in item))


def _model(guide: Guide, fids: list[str]) -> GuideApi | None:
    """The first API (in the workbook's order) whose push table lists exactly these FIDs."""
    for api_id in guide.order:
        other = guide.apis[api_id]
        if len(other.response) > 1 and sorted(_fids(_rows(other.response[1].fields))) == sorted(fids):
            return other
    return None


def example_push(
    api: GuideApi, guide: Guide, examples: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, str]] | None:
    """The push facts of `api` inferred from its REAL example (see the module's docstring), and where they come from
    ({"example": its label, "named_by": the model's id}, for the spec's `source.push`); None when the sheet tables
    its push, shows none, or no push table of the guide has the example's FIDs."""
    if api.response[1:]:
        return None
    found = next((e for e in examples if e.get("part") == "response" and _is_push(e.get("body"))), None)
    if found is None:
        return None
    entries: list[dict[str, Any]] = found["body"]["data"]
    fids = [key for key in _keys([entry["values"] for entry in entries]) if key.isdigit()]
    model = _model(guide, fids)
    if model is None:
        return None
    pushed = _rows(model.response[1].fields)
    own = _rows(api.response[0].fields) if api.response else []
    names: dict[str, GuideField] = {}
    for row in pushed + own:
        names.setdefault(row.name, row)
    order = [row.name for row in pushed]

    def ordered(keys: list[str]) -> list[str]:
        known = [key for key in order if key in keys]
        return known + [key for key in keys if key not in known and key in names]

    def field(name: str, values: list[Any]) -> dict[str, Any]:
        row = names[name]
        out: dict[str, Any] = {"name": name, "ko": row.ko, "required": row.required, "length": row.length}
        members = [value for value in values if isinstance(value, dict)]
        lists = [member for value in values if isinstance(value, list) for member in value if isinstance(member, dict)]
        if lists:
            out["kind"] = "list"
            keys = _keys(lists)
            out["fields"] = [field(key, [member.get(key) for member in lists]) for key in ordered(keys)]
        elif members and all(key.isdigit() for key in _keys(members)):
            out["kind"] = "object"
            out["fids"] = [{"fid": int(fid), "ko": names[fid].ko} for fid in ordered(_keys(members))]
        return out

    body = found["body"]
    push = [field(key, [body[key]]) for key in ordered(list(body))]
    return push, {"example": str(found.get("label", "")), "named_by": model.id}
