"""The committed specs against the acceptance counts, read straight from the workbook."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from generator.spec import yamlio
from generator.spec.lint import lint
from generator.spec.loader import Loaded
from generator.spec.model import KINDS, walk

from .conftest import SPECS


@pytest.fixture(scope="module")
def loaded() -> Loaded:
    return lint(SPECS)


def _workbook_ids(path: Path) -> set[str]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ids = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows(max_row=12, values_only=True):
            if row and row[0] == "API ID":
                ids.add(str(row[2]).strip())
    book.close()
    return ids


def test_specs_lint_clean(loaded: Loaded) -> None:
    assert [str(p) for p in loaded.problems] == []


def test_one_file_per_workbook_api(loaded: Loaded, current_guide: Path) -> None:
    ids = _workbook_ids(current_guide)
    assert len(ids) == 337
    assert set(loaded.corpus.apis) == ids


def test_only_api_files_have_a_top_level_id() -> None:
    with_id = []
    for path in SPECS.rglob("*.yaml"):
        data = yamlio.load(path)
        if "id" in data:
            with_id.append(path)
            assert (
                path.is_relative_to(SPECS / "domestic")
                or path.is_relative_to(SPECS / "us")
                or path.is_relative_to(SPECS / "oauth")
            )
    assert len(with_id) == 337


def test_counts_by_section_and_protocol(loaded: Loaded) -> None:
    counts = Counter((a.section, a.protocol) for a in loaded.corpus.apis.values())
    assert counts == {
        ("oauth", "rest"): 2,
        ("domestic", "rest"): 183,
        ("domestic", "websocket"): 4,
        ("domestic", "realtime"): 19,
        ("us", "rest"): 121,
        ("us", "websocket"): 4,
        ("us", "realtime"): 4,
    }
    condition_search = sorted(
        a.id for a in loaded.corpus.apis.values() if a.section == "domestic" and a.protocol == "websocket"
    )
    assert condition_search == ["ka10171", "ka10172", "ka10173", "ka10174"]


def test_aliases_are_unique_snake_case(loaded: Loaded) -> None:
    aliases = [a.alias for a in loaded.corpus.apis.values()]
    assert len(set(aliases)) == len(aliases) == 337
    assert all(a.replace("_", "").isalnum() and a == a.lower() for a in aliases)


def test_every_realtime_fid_resolves_with_a_kind(loaded: Loaded) -> None:
    corpus = loaded.corpus
    realtime = [a for a in corpus.apis.values() if a.protocol == "realtime"]
    assert len(realtime) == 23
    for api in realtime:
        refs = [ref for f in walk(api.response) for ref in f.fids]
        assert refs, f"{api.id} lists no FIDs"
        for ref in refs:
            assert ref.fid in corpus.fids, (api.id, ref.fid)
            assert corpus.fids[ref.fid].kind in KINDS


def test_orders_are_the_state_changing_trs(loaded: Loaded) -> None:
    orders = sorted(a.id for a in loaded.corpus.apis.values() if a.order)
    assert {
        "kt10000",
        "kt10001",
        "kt10002",
        "kt10003",
        "kt10006",
        "kt10009",
        "kt50000",
        "kt50003",
        "ust20000",
        "ust20003",
        "ust31302",
    } <= set(orders)
    assert not any(i.startswith("ka") for i in orders)


def test_every_field_has_a_kind_from_the_closed_set(loaded: Loaded) -> None:
    fields = [f for a in loaded.corpus.apis.values() for part in (a.request, a.response, a.push) for f in walk(part)]
    assert len(fields) > 6000
    assert {f.kind for f in fields} <= set(KINDS)
    assert all(f.kind != "code" or f.enum for f in fields)


def test_error_codes_match_the_error_sheet(loaded: Loaded, current_guide: Path) -> None:
    book = openpyxl.load_workbook(current_guide, read_only=True, data_only=True)
    sheet = book[book.sheetnames[-1]]
    rows = [r for r in sheet.iter_rows(values_only=True) if r and str(r[1] or "").isdigit()]
    book.close()
    assert {int(r[1]): str(r[2]).strip() for r in rows} == {c: e.message_ko for c, e in loaded.corpus.errors.items()}
    assert {e.error_class for e in loaded.corpus.errors.values()} == {
        "auth",
        "rate_limit",
        "input",
        "server",
        "environment",
    }
