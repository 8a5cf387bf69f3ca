"""Random field rows read straight from the workbook must appear in the specs unchanged.

This reads the workbook with openpyxl alone (not with the importer), so a bug in the importer
cannot hide itself.
"""

from __future__ import annotations

import os
import random
import re
from pathlib import Path
from typing import Any

import openpyxl

from generator.spec import yamlio

from .conftest import SPECS

SAMPLE = 40
SEED = int(os.environ.get("KIWOOM_ROW_SEED", "20260704"))


def _rows(path: Path) -> list[tuple[str, str, list[str], bool, int | None]]:
    """(api id, part, name path, required, length) for every Body row of every API sheet."""
    out = []
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for sheet in book.worksheets:
        rows = [list(r) + [None] * 7 for r in sheet.iter_rows(values_only=True)]
        api_id = next((str(r[2]).strip() for r in rows[:12] if r[0] == "API ID"), None)
        if api_id is None:
            continue
        part, in_body = "", False
        stack: list[str] = []
        for r in rows:
            if r[0] in ("Request", "Response") and r[1] is None:
                part, in_body, stack = r[0].lower(), False, []
                continue
            if r[0] in ("Request Example", "Response Example"):
                part = ""
            if not part or r[1] is None:
                continue
            if r[0] in ("Header", "Body"):
                in_body = r[0] == "Body"
            if not in_body or r[2] is None:
                continue
            element = str(r[1])
            depth = len(re.match(r"^((?:-\s*)*)", element).group(1).replace(" ", ""))  # type: ignore[union-attr]
            name = element.lstrip("- ").strip()
            del stack[depth:]
            stack.append(name)
            length = str(r[5]).strip() if r[5] is not None else ""
            out.append((api_id, part, list(stack), str(r[4]).strip() == "Y", int(length) if length else None))
    book.close()
    return out


def _spec_index() -> dict[str, dict[str, Any]]:
    index = {}
    for path in SPECS.rglob("*.yaml"):
        data = yamlio.load(path)
        if "id" in data:
            index[str(data["id"])] = data
    return index


def _find(spec: dict[str, Any], part: str, names: list[str]) -> dict[str, Any] | None:
    for body in (part, "push") if part == "response" else (part,):
        fields = spec.get(body, [])
        found = None
        for name in names:
            found = next((f for f in fields if str(f.get("name")) == name), None)
            if found is None and name.isdigit():
                found = next((e for e in fields if e.get("fid") == int(name)), None)
            if found is None:
                break
            fields = found.get("fields") or found.get("fids") or []
        if found is not None:
            return dict(found)
    return None


def test_random_rows_match_the_specs(current_guide: Path) -> None:
    every = _rows(current_guide)
    rows = [r for r in every if not r[2][-1].isdigit()]
    assert len(rows) > 6000
    picked = random.Random(SEED).sample(rows, SAMPLE)
    index = _spec_index()
    for api_id, part, names, required, length in picked:
        spec = index[api_id]
        found = _find(spec, part, names)
        assert found is not None, f"{api_id} {part} {'/'.join(names)} not in specs"
        assert found["required"] is required, (api_id, names)
        assert found.get("length") == length, (api_id, names)


def test_fid_rows_have_no_length_to_lose(current_guide: Path) -> None:
    """FID rows are kept as numbers in the spec; the guide gives them no length."""
    fid_rows = [r for r in _rows(current_guide) if r[2][-1].isdigit()]
    assert len(fid_rows) > 600
    assert {r[4] for r in fid_rows} == {None}
