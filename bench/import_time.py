"""`import kiwoom_sdk` in a fresh interpreter, against a fresh interpreter that imports nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _wall(code: str, repeat: int = 9) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated"), "PYTHONDONTWRITEBYTECODE": ""}
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def run() -> list[str]:
    bare = _wall("pass")
    package = _wall("import kiwoom_sdk")
    return [
        "Import time (best of 9 fresh interpreters)",
        f"  python -c 'import kiwoom_sdk': {package * 1000:.0f} ms vs bare interpreter {bare * 1000:.0f} ms"
        f" -> import cost {(package - bare) * 1000:.0f} ms, ratio {package / bare:.2f} (target: whole command <= 150 ms)",
    ]
