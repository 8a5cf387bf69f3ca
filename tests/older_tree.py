"""A spec tree imported from the 2026-05-07 workbook and curated until it lints, as a curator would."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from generator.guide.importer import compare
from generator.guide.workbook import read_guide
from generator.output.writing import write_all
from generator.spec.lint import lint

STALE_REVIEW = re.compile(r"reviewed kind of '(?P<name>[^']+)' \((?P<ko>.+)\) matches no field$")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path}: {old!r} found {text.count(old)} times"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _drop_stale_reviews(root: Path) -> None:
    """Remove the reviewed kinds of (name, Korean name) pairs no field of the tree has any more."""
    stale = [m for p in lint(root).problems if (m := STALE_REVIEW.search(p.message))]
    path = root / "fields.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for match in stale:
        entries = data["fields"][match["name"]]
        del entries[match["ko"]]
        if not entries:
            del data["fields"][match["name"]]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


def older_tree(specs: Path, workbook: Path, into: Path) -> Path:
    """A copy of `specs` brought to `workbook` by the importer, without the APIs the workbook lacks, then curated:
    the API it adds gets an alias and an English name, two fields their kinds, and reviews of names it lacks go."""
    shutil.copytree(specs, into)
    result = compare(read_guide(workbook), into)
    write_all(result.writes)
    for api_id in result.removed:  # by file name: the set does not load until it is curated below
        [path] = [p for p in into.rglob("*.yaml") if p.stem == api_id or p.stem.startswith(f"{api_id}-")]
        path.unlink()
    _edit(
        into / "domestic/frgnistt/ka10009.yaml",
        "name_ko: 주식기관요청\n",
        "name_ko: 주식기관요청\nname_en: Stock Institution\nalias: stock_institution\n",
    )
    _edit(
        into / "domestic/rkinfo/ka10021.yaml",
        "ko: 기준률\n        required: false\n        length: 20\n        unit: shares\n",
        "ko: 기준률\n        required: false\n        length: 20\n        kind: int\n        unit: shares\n",
    )
    _edit(
        into / "domestic/rkinfo/ka10065.yaml",
        "ko: 매도량\n        required: false\n",
        "ko: 매도량\n        required: false\n        kind: signed_int\n",
    )
    _drop_stale_reviews(into)
    return into
