"""make bench: performance figures as ratios against anchors measured side by side in this run.

Run with `python -m bench` from the repository root (after `make generate`). Each section runs in an interpreter of
its own: what one section leaves in memory (the realtime section's frames, a client's pools) would otherwise weigh
on the next section's subjects and anchors unevenly, as allocation and the caches then work through a larger heap.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = (
    "realtime_decode",
    "rest_answer",
    "client_calls",
    "sim_throughput",
    "import_time",
    "cli_startup",
    "build_times",
)


def main() -> None:
    for section in SECTIONS:
        program = f"from bench import {section}\nfor line in {section}.run():\n    print(line, flush=True)"
        if subprocess.run([sys.executable, "-c", program], cwd=ROOT, check=False).returncode:
            sys.exit(f"bench: the {section} section failed")


main()
