"""Start-up: what a user runs first (`import kiwoom_sdk`, the code tables, a client made) in fresh interpreters against
a bare interpreter, and the construction of the first client in a fresh interpreter (the connections and TLS context
wait for the first call).

The fresh interpreters take the subjects in turn, round after round, the bare interpreter among them, so that a
machine that gets busier or quieter during the run weighs on every figure alike; a figure is the median of its rounds.
Bytecode is written and read as an installed package's is (the first round compiles what later rounds read).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 9
IMPORT_TARGET_MS = 20.0
CONSTRUCTION_TARGET_MS = 5.0
BARE = "pass"
# (label, code, target): what a fresh interpreter runs.
SUBJECTS = (
    ("import kiwoom_sdk", "import kiwoom_sdk", f"target <= {IMPORT_TARGET_MS:.0f} ms"),
    ("from kiwoom_sdk import codes", "from kiwoom_sdk import codes", "no target"),
    ("from kiwoom_sdk import Kiwoom", "from kiwoom_sdk import Kiwoom", "no target"),
    ("from kiwoom_sdk import Kiwoom; Kiwoom()", 'from kiwoom_sdk import Kiwoom; Kiwoom("key", "secret")', "no target"),
    (
        "from kiwoom_sdk import AsyncKiwoom; AsyncKiwoom()",
        'from kiwoom_sdk import AsyncKiwoom; AsyncKiwoom("key", "secret")',
        "no target",
    ),
)
# The first client of a fresh interpreter: the time of its construction alone, printed in microseconds.
CONSTRUCTION = """
import time
from kiwoom_sdk import {kind}
start = time.perf_counter()
client = {kind}("key", "secret")
print((time.perf_counter() - start) * 1e6)
"""


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "generated"), "PYTHONDONTWRITEBYTECODE": ""}


def _once(code: str) -> float:
    """The wall-clock seconds of one fresh interpreter running `code`."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_environment())
    return time.perf_counter() - start


def walls(codes: dict[str, str], rounds: int = ROUNDS) -> dict[str, float]:
    """The median wall-clock seconds of a fresh interpreter running each code, the codes taken in turn each round
    (after one round unmeasured, which writes the bytecode)."""
    for code in codes.values():
        _once(code)
    runs: dict[str, list[float]] = {label: [] for label in codes}
    for _ in range(rounds):
        for label, code in codes.items():
            runs[label].append(_once(code))
    return {label: statistics.median(seconds) for label, seconds in runs.items()}


def _construction(kind: str) -> float:
    """The best seconds a fresh interpreter's first `kind(...)` takes to construct."""
    command = [sys.executable, "-c", CONSTRUCTION.format(kind=kind)]
    runs = (subprocess.run(command, check=True, env=_environment(), capture_output=True, text=True) for _ in range(3))
    return min(float(run.stdout) for run in runs) / 1e6


def run() -> list[str]:
    medians = walls({BARE: BARE} | {label: code for label, code, _ in SUBJECTS})
    bare = medians[BARE]
    lines = [
        f"Start-up (median of {ROUNDS} interleaved rounds of fresh interpreters; bare interpreter {bare * 1000:.0f} ms;"
        f" load average {os.getloadavg()[0]:.2f})"
    ]
    for label, _, target in SUBJECTS:
        seconds = medians[label]
        lines.append(
            f"  {label}: {seconds * 1000:.0f} ms -> {(seconds - bare) * 1000:.0f} ms over the bare interpreter, "
            f"ratio {seconds / bare:.2f} ({target})"
        )
    for kind in ("Kiwoom", "AsyncKiwoom"):
        lines.append(
            f"  first {kind}(...) of an interpreter: {_construction(kind) * 1000:.2f} ms to construct "
            f"(target <= {CONSTRUCTION_TARGET_MS:.0f} ms)"
        )
    return lines


if __name__ == "__main__":
    for printed in run():
        print(printed)
