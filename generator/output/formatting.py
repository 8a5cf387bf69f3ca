"""Formatting generated Python with the pinned ruff: imports sorted and pruned, then `ruff format`."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

# Explicit, so that a file sorts its imports the same whichever other files are formatted with it.
SETTINGS = [
    "--isolated",
    "--line-length",
    "120",
    "--target-version",
    "py311",
    "--quiet",
    "--config",
    "lint.isort.known-first-party = ['kiwoom_sdk']",
]


def format_python(files: dict[str, str]) -> dict[str, str]:
    """The files with every .py file formatted (two ruff calls in all); other files as given."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            if rel.endswith(".py"):
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(text, encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", *SETTINGS, "--select", "I,F401", "--fix", "--exit-zero", tmp], check=True)
        subprocess.run([*ruff, "format", *SETTINGS, tmp], check=True)
        return {
            rel: (root / rel).read_text(encoding="utf-8") if rel.endswith(".py") else text
            for rel, text in files.items()
        }
