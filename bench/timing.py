"""Timing for the benchmarks: best-of-N, or medians of interleaved rounds, so that one slow spell of a busy machine
does not decide a figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best_of(work: Callable[[], object], number: int, repeat: int = 7) -> float:
    """Seconds per call of `work`, the best of `repeat` runs of `number` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            work()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def ratio_line(label: str, subject: float, anchor_label: str, anchor: float, target: str) -> str:
    return f"{label}: {subject * 1e6:.1f} us vs {anchor_label} {anchor * 1e6:.1f} us -> ratio {subject / anchor:.2f} ({target})"


def interleaved_medians(works: dict[str, Callable[[], object]], number: int, rounds: int = 11) -> dict[str, float]:
    """Seconds of CPU time per call of each work: the median over `rounds` rounds, where a round times every work
    in turn for `number` calls. Interleaving spreads a busy spell of a shared machine over all the works compared,
    and CPU time (of this single-threaded process) leaves out the time other processes hold the cores."""
    seconds: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(rounds):
        for name, work in works.items():
            start = time.process_time()
            for _ in range(number):
                work()
            seconds[name].append((time.process_time() - start) / number)
    return {name: statistics.median(values) for name, values in seconds.items()}
