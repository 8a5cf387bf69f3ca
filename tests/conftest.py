"""Shared fixtures: the repository's specs, the guide workbooks, and a small valid spec tree."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Property tests check values, not speed: on a loaded machine example generation and single examples can be slow,
# which hypothesis would report as a failure (too_slow, deadline) although every property holds.
settings.register_profile("kiwoom", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("kiwoom")

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GUIDE_DIR = Path(os.environ.get("KIWOOM_GUIDE_DIR", ROOT.parent / "shared" / "reference"))
CURRENT_GUIDE = GUIDE_DIR / "kiwoom-rest-api-guide-2026-07-04.xlsx"
OLDER_GUIDE = GUIDE_DIR / "kiwoom-rest-api-guide-2026-05-07.xlsx"

# The few files a minimal spec tree needs: the dictionaries and folders of every spec set, the TRs the runtime
# names (the token's, the simulator's condition search), kt10000 and one realtime type. fields.yaml and errata.yaml
# are cut down to what these APIs use (see _trimmed).
MINIMAL_APIS = [
    "oauth/au10001.yaml",
    "oauth/au10002.yaml",
    "domestic/websocket/ka10171.yaml",
    "domestic/websocket/ka10172.yaml",
    "domestic/ordr/kt10000.yaml",
    "domestic/acnt/ka10075.yaml",  # kt10000's look_up
    "domestic/acnt/ka10076.yaml",
    "domestic/realtime/0s-market_session_time.yaml",
]
MINIMAL = [
    "schema",
    "codes",
    "recorded",
    "kinds.yaml",
    "fids.yaml",
    "api.yaml",
    "errors.yaml",
    "market.yaml",
    *MINIMAL_APIS,
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


@functools.cache
def guide_report(workbook: Path) -> subprocess.CompletedProcess[str]:
    """`python -m generator import-guide WORKBOOK --report` on the repository's specs (which no test changes), run
    once per workbook for the whole session: the importer's tests and the version tests read the same reports."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "--specs", str(SPECS), "import-guide", str(guide(workbook)), "--report"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@functools.cache
def _trimmed() -> dict[str, str]:
    """fields.yaml and errata.yaml with only the entries that concern the APIs of MINIMAL_APIS."""
    from generator.spec import yamlio
    from generator.spec.kinds import normalized_ko

    apis = [yamlio.load(SPECS / rel) for rel in MINIMAL_APIS]

    def names(fields: list[Any]) -> set[tuple[str, str]]:
        return {(str(f["name"]), normalized_ko(f["ko"])) for f in fields} | {
            pair for f in fields for pair in names(f.get("fields", []))
        }

    used = {pair for api in apis for part in ("request", "response", "push") for pair in names(api.get(part, []))}
    reviews = yamlio.load(SPECS / "fields.yaml")["fields"]
    fields = {
        name: kept
        for name, by_ko in reviews.items()
        if (kept := {ko: kind for ko, kind in by_ko.items() if (name, normalized_ko(ko)) in used})
    }
    ids = {str(api["id"]) for api in apis}
    errata = [e for e in yamlio.load(SPECS / "errata.yaml")["errata"] if e.get("api", next(iter(ids))) in ids]
    return {"fields.yaml": yamlio.dump({"fields": fields}), "errata.yaml": yamlio.dump({"errata": errata})}


def copy_spec_files(root: Path, rels: list[str]) -> Path:
    """The spec files and folders named (each once), copied from the repository's specs into `root`."""
    for rel in dict.fromkeys(rels):
        source, target = SPECS / rel, root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)
    return root


@pytest.fixture
def mini_specs(tmp_path: Path) -> Path:
    """A copy of a few real spec files: small enough to lint quickly, valid as it is."""
    root = copy_spec_files(tmp_path / "specs", MINIMAL)
    for name, text in _trimmed().items():
        (root / name).write_text(text, encoding="utf-8")
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


@pytest.fixture(autouse=True)
def _tokens_of_this_test_only() -> None:
    """A simulator's keys are always the same, and a test's simulator may get the port of one that an earlier test
    (of any module) closed: a token cached for that one is forgotten, as a process would forget it after pointing
    its clients at another server. (Per module, two simulators of one module on the same port shared a token,
    and a test that looked its token up in its own simulator did not find it.)"""
    from kiwoom_sdk._policy import TOKENS

    TOKENS.clear()


FIGURE = "figure"  # a test's user property: its report carries it to the process that prints (pytest-xdist's too)
FIGURES: list[str] = []  # the run's figures, in the order their tests ended


@pytest.fixture
def report_figure(request: pytest.FixtureRequest) -> Any:
    """Say a test's figures (what it covered) in the run's summary, under 'figures'."""

    def report(line: str) -> None:
        request.node.user_properties.append((FIGURE, f"{request.node.name}: {line}"))

    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        FIGURES.extend(str(line) for name, line in report.user_properties if name == FIGURE)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if FIGURES:
        terminalreporter.section("figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
