"""Generator timings: a full build into an empty folder, and `check` with nothing changed."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _seconds(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        cold = min(_seconds("build", "--out", str(Path(tmp) / f"out{i}")) for i in range(3))
    check = min(_seconds("check") for _ in range(3))
    return [
        "Generator (best of 3)",
        f"  cold build of all {337} APIs into an empty folder: {cold:.2f} s (anchor openapi-python-client: not measured yet)",
        f"  check with nothing changed: {check:.2f} s (target <= 1 s; no content-hash cache yet)",
    ]
