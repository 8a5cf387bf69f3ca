"""Generator timings: a full build into an empty folder, and `check` with nothing changed.

The cold build is measured side by side with its anchor: openapi-python-client (pinned, in a venv of the bench's own
at .venv-bench) generating a client from an OpenAPI document of the same HTTP TRs, built from the specs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from generator.spec.lint import lint

from . import openapi_document

ROOT = Path(__file__).resolve().parent.parent
ANCHOR_VERSION = "0.29.1"
ANCHOR_VENV = ROOT / ".venv-bench"
ANCHOR_BIN = ANCHOR_VENV / "bin"
RUNS = 3


class AnchorUnavailable(Exception):
    """The anchor could not be installed or run; the message says why."""


@dataclass
class Generated:
    """What the anchor wrote: counted so that a reader sees it really generated every operation."""

    operations: int
    models: int
    py_files: int
    warnings: int


def _seconds(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def _our_build(tmp: Path, run: int) -> float:
    """Our cold build: `python -m generator build` into an empty folder (emptied first if a run before used it)."""
    out = tmp / f"ours{run}"
    shutil.rmtree(out, ignore_errors=True)
    return _seconds("build", "--out", str(out))


def _why(result: subprocess.CompletedProcess[str]) -> str:
    """The last line of a failed command's output that says something, for a one-line reason."""
    lines = [line.strip() for line in (result.stderr + result.stdout).splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR")]
    return (errors or lines or [f"exit status {result.returncode}"])[-1]


def _installed_version() -> str | None:
    python = ANCHOR_BIN / "python"
    if not python.exists():
        return None
    code = "import importlib.metadata as m; print(m.version('openapi-python-client'))"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else None


def _anchor_venv() -> Path:
    """The anchor's executable, installing the pinned version into .venv-bench once (kept between runs)."""
    if _installed_version() != ANCHOR_VERSION:
        steps = (
            [sys.executable, "-m", "venv", str(ANCHOR_VENV)],
            [str(ANCHOR_BIN / "python"), "-m", "pip", "install", f"openapi-python-client=={ANCHOR_VERSION}"],
        )
        for step in steps:
            result = subprocess.run(step, capture_output=True, text=True)
            if result.returncode != 0:
                raise AnchorUnavailable(f"`{' '.join(step[-3:])}` failed: {_why(result)}")
        if _installed_version() != ANCHOR_VERSION:
            raise AnchorUnavailable(f"{ANCHOR_VENV} holds no openapi-python-client {ANCHOR_VERSION} after pip install")
    return ANCHOR_BIN / "openapi-python-client"


def _anchor_seconds(tool: Path, doc: Path, out: Path) -> tuple[float, str]:
    """One run of the anchor with its default settings, post-hooks (ruff check --fix, ruff format) included.

    Its post-hooks call `ruff` from PATH and are skipped with a warning when it is missing, so the venv's bin goes
    first on PATH: the anchor then formats with the ruff it installed, as its users get it.
    """
    env = {**os.environ, "PATH": f"{ANCHOR_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    args = [str(tool), "generate", "--path", str(doc), "--output-path", str(out), "--overwrite"]
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if result.returncode != 0 or not out.is_dir():
        raise AnchorUnavailable(f"openapi-python-client generate failed: {_why(result)}")
    return seconds, result.stdout + result.stderr


def _count(out: Path, log: str) -> Generated:
    """Operations are the endpoint modules (one per operation, each with a sync_detailed), models the model modules."""
    package = next((path.parent for path in out.glob("*/client.py")), None)
    if package is None:
        raise AnchorUnavailable(f"openapi-python-client wrote no client package into {out}")
    endpoints = [path for path in (package / "api").glob("*/*.py") if path.name != "__init__.py"]
    return Generated(
        operations=sum("def sync_detailed(" in path.read_text(encoding="utf-8") for path in endpoints),
        models=sum(1 for path in (package / "models").glob("*.py") if path.name != "__init__.py"),
        py_files=sum(1 for _ in out.rglob("*.py")),
        warnings=sum(1 for line in log.splitlines() if line.upper().startswith(("WARNING", "SKIPPING", "ERROR"))),
    )


def _cold_builds(tmp: Path, doc: Path) -> tuple[float, float | str, Generated | None]:
    """Best of RUNS of our cold build and of the anchor, interleaved so that both see the same machine load.

    Returns our seconds, then the anchor's seconds (or why it could not be measured) and what it generated.
    """
    ours, anchor, generated = float("inf"), float("inf"), None
    try:
        tool = _anchor_venv()
        for i in range(RUNS):
            ours = min(ours, _our_build(tmp, i))
            seconds, log = _anchor_seconds(tool, doc, tmp / f"anchor{i}")
            anchor, generated = min(anchor, seconds), _count(tmp / f"anchor{i}", log)
    except AnchorUnavailable as error:
        for i in range(RUNS):
            ours = min(ours, _our_build(tmp, i))
        return ours, str(error), None
    return ours, anchor, generated


def _cold_lines(apis: int, http: int, ours: float, anchor: float | str, generated: Generated | None) -> list[str]:
    label = f"  cold build of all {apis} APIs ({http} HTTP TRs, models, clients, decoders, tests, docs): {ours:.2f} s"
    if isinstance(anchor, str) or generated is None:
        return [f"{label} (anchor openapi-python-client {ANCHOR_VERSION} could not be measured: {anchor})"]
    return [
        f"{label} vs openapi-python-client {ANCHOR_VERSION} on the same {http} HTTP TRs: {anchor:.2f} s"
        f" -> ratio {ours / anchor:.2f} (target <= 1)",
        f"    anchor output: {generated.operations} operations, {generated.models} models,"
        f" {generated.py_files} .py files, {generated.warnings} warning lines (default post-hooks ran: ruff check --fix-only, ruff format)",
    ]


def run() -> list[str]:
    corpus = lint(ROOT / "specs").corpus
    document = openapi_document.document(corpus)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        doc = tmp / "kiwoom-openapi.json"
        doc.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        ours, anchor, generated = _cold_builds(tmp, doc)
        # `check` against a folder this run just built, not generated/: "nothing changed" holds by construction,
        # even while generator/ is being edited and generated/ has not been rebuilt yet.
        check = min(_seconds("check", "--out", str(tmp / "ours0")) for _ in range(RUNS))
    return [
        f"Generator (best of {RUNS})",
        *_cold_lines(len(corpus.apis), len(document["paths"]), ours, anchor, generated),
        f"  check with nothing changed: {check:.2f} s (target <= 1 s; answered from the BUILD-HASH stamp)",
    ]
