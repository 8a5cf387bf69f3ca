"""The importer's rule for a push the guide shows only by example (generator/guide/pushes.py): usa20290's US realtime
condition-search push (type S2), which the sheet does not table, comes from its 실시간데이터 example, named by
ka10173's push table; re-importing keeps it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from generator.guide.facts import api_facts
from generator.guide.importer import compare
from generator.guide.pushes import example_push
from generator.guide.workbook import Guide, read_guide
from generator.output.writing import write_all
from generator.spec import yamlio

from .conftest import CURRENT_GUIDE

SPEC = Path("us") / "websocket" / "usa20290.yaml"
FIDS = [(841, "일련번호"), (9001, "종목코드"), (843, "삽입삭제 구분"), (20, "체결시간"), (907, "매도/수 구분")]


@functools.cache
def _guide() -> Guide:
    return read_guide(CURRENT_GUIDE)


def _flat(fields: list[dict[str, Any]], prefix: str = "") -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for item in fields:
        out[prefix + item["name"]] = item
        out.update(_flat(item.get("fields", []), f"{prefix}{item['name']}/"))
    return out


def test_the_us_push_is_inferred_from_the_example_and_named_by_the_domestic_table() -> None:
    guide = _guide()
    facts = api_facts(guide.apis["usa20290"], "2026-07-04", guide)
    assert facts["source"]["push"] == {"example": "실시간데이터", "named_by": "ka10173"}
    push = _flat(facts["push"])
    assert list(push) == ["data", "data/type", "data/name", "data/values", "data/stexTp", "trnm"]
    assert push["data"]["kind"] == "list" and push["data/values"]["kind"] == "object"
    assert [(e["fid"], e["ko"]) for e in push["data/values"]["fids"]] == FIDS
    assert (push["data/type"]["ko"], push["data/type"]["length"]) == ("실시간 항목", 2)
    assert (push["data/stexTp"]["ko"], push["data/stexTp"]["required"]) == ("거래소구분", False)  # the answer table's
    assert "data/item" not in push  # no table names it


def test_a_sheet_that_tables_its_push_and_one_that_shows_none_get_no_inferred_push() -> None:
    guide = _guide()
    assert "push" not in api_facts(guide.apis["ka10173"], "2026-07-04", guide)["source"]
    assert "push" not in api_facts(guide.apis["usa20281"], "2026-07-04", guide)


def test_a_response_example_that_is_no_object_is_no_push() -> None:
    """The guide's examples are not always objects (a list, a bare string): none of them is taken for a push."""
    guide = _guide()
    examples = [{"part": "response", "body": body} for body in ([{"trnm": "REAL"}], "REAL", None)]
    assert example_push(guide.apis["usa20290"], guide, examples) is None


def test_without_a_push_table_of_the_same_fids_nothing_is_inferred() -> None:
    guide = _guide()
    model = guide.apis["ka10173"]
    table = model.response.pop()  # the guide without ka10173's push table: nothing to name the US push by
    try:
        assert "push" not in api_facts(guide.apis["usa20290"], "2026-07-04", guide)
    finally:
        model.response.append(table)


def test_reimport_keeps_the_push_and_its_curation(specs_copy: Path) -> None:
    """The committed spec is what the importer writes (nothing to change); a spec whose push was removed gets it back
    from the workbook, with the facts the committed spec has."""
    guide = _guide()
    path = specs_copy / SPEC
    committed = yamlio.load(path)
    assert compare(guide, specs_copy).writes == {}
    stripped = dict(committed)
    del stripped["push"]
    path.write_text(yamlio.dump(stripped, "x"), encoding="utf-8")
    result = compare(guide, specs_copy)
    assert any("push.data/values: only in the workbook" in line for line in result.changed["usa20290"])
    write_all(result.writes)
    rebuilt = yamlio.load(path)
    keys = ("name", "ko", "required", "length", "kind")
    assert {p: {k: f.get(k) for k in keys} for p, f in _flat(rebuilt["push"]).items()} == {
        p: {k: f.get(k) for k in keys} for p, f in _flat(committed["push"]).items()
    }
    assert rebuilt["push"][0]["fields"][2]["fids"] == [{"fid": fid, "ko": ko} for fid, ko in FIDS]
