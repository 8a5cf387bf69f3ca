"""How fast the `kiwoom` command starts: `--help`, `call --help` and one TR's help, in fresh interpreters, against a
bare interpreter measured in the same run (target: each under 300 ms on the wall clock)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (("kiwoom --help", ["--help"]), ("kiwoom call --help", ["call", "--help"]),
            ("kiwoom call ka10001 --help", ["call", "ka10001", "--help"]))  # fmt: skip


def _wall(arguments: list[str], repeat: int = 7) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, *arguments], check=True, env=env, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def run() -> list[str]:
    bare = _wall(["-c", "pass"])
    lines = ["CLI start (best of 7 fresh interpreters; target: under 300 ms each)"]
    for label, arguments in COMMANDS:
        seconds = _wall(["-m", "kiwoom_sdk.cli", *arguments])
        lines.append(
            f"  {label}: {seconds * 1000:.0f} ms vs bare interpreter {bare * 1000:.0f} ms"
            f" -> start cost {(seconds - bare) * 1000:.0f} ms, ratio {seconds / bare:.2f}"
        )
    return lines
