"""Shared fixtures: the repository's specs, the guide workbooks, and a small valid spec tree."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GUIDE_DIR = Path(os.environ.get("KIWOOM_GUIDE_DIR", ROOT.parent / "shared" / "reference"))
CURRENT_GUIDE = GUIDE_DIR / "kiwoom-rest-api-guide-2026-07-04.xlsx"
OLDER_GUIDE = GUIDE_DIR / "kiwoom-rest-api-guide-2026-05-07.xlsx"

# The few files a minimal spec tree needs: the dictionaries, kt10000 and one realtime type.
MINIMAL = [
    "schema",
    "kinds.yaml",
    "market.yaml",
    "fids.yaml",
    "codes",
    "domestic/ordr/kt10000.yaml",
    "domestic/realtime/0s-market_session_time.yaml",
]


def guide(path: Path) -> Path:
    if not path.is_file():
        pytest.fail(f"guide workbook not found: {path} (set KIWOOM_GUIDE_DIR to the folder that holds it)")
    return path


@pytest.fixture
def current_guide() -> Path:
    return guide(CURRENT_GUIDE)


@pytest.fixture
def older_guide() -> Path:
    return guide(OLDER_GUIDE)


@pytest.fixture
def mini_specs(tmp_path: Path) -> Path:
    """A copy of a few real spec files: small enough to lint quickly, valid as it is."""
    root = tmp_path / "specs"
    for rel in MINIMAL:
        source, target = SPECS / rel, root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)
    return root


@pytest.fixture
def specs_copy(tmp_path: Path) -> Path:
    root = tmp_path / "specs"
    shutil.copytree(SPECS, root)
    return root


def recorded_payload(prefix: str) -> dict[str, Any]:
    """The recorded case whose file name starts with `prefix` (specs/recorded/), as a dict."""
    [path] = (SPECS / "recorded").glob(f"{prefix}-*.json")
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return case


@pytest.fixture(scope="module", autouse=True)
def _tokens_of_this_module_only() -> None:
    """Each module starts its simulators afresh, and a simulator's keys are always the same: a token
    cached for an earlier module's simulator (on a port the operating system may hand out again) is
    forgotten, as a process would forget it after pointing its clients at another server."""
    from kiwoom_sdk._policy import TOKENS

    TOKENS.clear()
