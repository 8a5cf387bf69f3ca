"""The main job (`make run`): the scripted session against the simulator runs to its end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_session_runs_to_its_end() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    run = subprocess.run(
        [sys.executable, "-m", "demo"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert lines[-1].endswith("done")
    assert any("not sent, ord_uv" in line for line in lines)  # refused by the client before sending
    assert any("RC4003" in line for line in lines)  # refused by the server, on its own grid
