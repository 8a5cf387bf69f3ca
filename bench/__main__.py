"""make bench: performance figures as ratios against anchors measured side by side in this run.

Run with `python -m bench` from the repository root (after `make generate`).
"""

from __future__ import annotations

from . import build_times, cli_startup, import_time, realtime_decode, sim_throughput


def main() -> None:
    for section in (realtime_decode.run, sim_throughput.run, import_time.run, cli_startup.run, build_times.run):
        for line in section():
            print(line)


main()
