"""Start-up: `import kiwoom_sdk` (and what a user imports next) in fresh interpreters against a bare interpreter, and
the construction of the first client in a fresh interpreter (the connections and TLS context wait for the first call).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 9
IMPORT_TARGET_MS = 20.0
CONSTRUCTION_TARGET_MS = 5.0
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


def _wall(code: str) -> float:
    """The best wall-clock seconds of REPEAT fresh interpreters running `code`."""
    best = float("inf")
    for _ in range(REPEAT):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=_environment())
        best = min(best, time.perf_counter() - start)
    return best


def _construction(kind: str) -> float:
    """The best seconds a fresh interpreter's first `kind(...)` takes to construct."""
    command = [sys.executable, "-c", CONSTRUCTION.format(kind=kind)]
    runs = (subprocess.run(command, check=True, env=_environment(), capture_output=True, text=True) for _ in range(3))
    return min(float(run.stdout) for run in runs) / 1e6


def run() -> list[str]:
    bare = _wall("pass")
    lines = [f"Start-up (best of {REPEAT} fresh interpreters; bare interpreter {bare * 1000:.0f} ms)"]
    for label, code, target in (
        ("import kiwoom_sdk", "import kiwoom_sdk", f"target <= {IMPORT_TARGET_MS:.0f} ms"),
        ("from kiwoom_sdk import codes", "from kiwoom_sdk import codes", "no target"),
        ("from kiwoom_sdk import Kiwoom", "from kiwoom_sdk import Kiwoom", "no target"),
    ):
        seconds = _wall(code)
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
