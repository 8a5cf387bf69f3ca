"""make bench: performance figures as ratios against anchors measured side by side in this run.

Run with `python -m bench` from the repository root (after `make generate`).
"""

from __future__ import annotations

from . import build_times, cli_startup, client_calls, import_time, realtime_decode, rest_answer, sim_throughput


def main() -> None:
    sections = (realtime_decode.run, rest_answer.run, client_calls.run, sim_throughput.run, import_time.run)
    for section in (*sections, cli_startup.run, build_times.run):
        for line in section():
            print(line)


main()
