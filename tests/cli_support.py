"""Running the `kiwoom` command of generated/ as a subprocess, against a simulator of this process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
KIWOOM = [sys.executable, "-m", "kiwoom_sdk.cli"]


def cli_env(sim: Any = None, **extra: str) -> dict[str, str]:
    """The environment of a `kiwoom` subprocess: this worktree's package, the simulator's URLs and keys, no
    credentials or keyring of the machine (profiles go to `KIWOOM_CONFIG_DIR` when a test sets one)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("KIWOOM_") and key != "PYTHONPATH"}
    env.update(PYTHONPATH=str(GENERATED), KIWOOM_NO_KEYRING="1", PYTHONIOENCODING="utf-8")
    if sim is not None:
        appkey, secretkey = sim.keys
        env.update(KIWOOM_APPKEY=appkey, KIWOOM_SECRETKEY=secretkey, KIWOOM_BASE_URL=sim.url, KIWOOM_WS_URL=sim.ws_url)
    env.update(extra)
    return env


def kiwoom(*args: str, sim: Any = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KIWOOM, *args], env=env or cli_env(sim), capture_output=True, text=True, timeout=120, check=False
    )


def envelope(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """The one JSON envelope on stdout (anything else there fails the test)."""
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    value: dict[str, Any] = json.loads(lines[0])
    return value
