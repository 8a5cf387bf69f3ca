"""Timing for the benchmarks: best-of-N, or the best of interleaved rounds, so that one slow spell of a busy machine
does not decide a figure."""

from __future__ import annotations

import gc
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


def interleaved(subjects: dict[str, Callable[[], object]], number: int, rounds: int = 15) -> dict[str, float]:
    """Seconds of CPU time per call of each subject, the best of `rounds` runs of `number` calls; the rounds take the
    subjects in turn, so that a machine that gets busier or quieter during the run weighs on all of them alike, and
    the time is this process's CPU time, which leaves out the spells when other work holds the cores. As timeit does,
    the garbage collector is off while a run is timed (and collects before it): its passes over the whole heap,
    started by whichever subject happens to allocate past a threshold, would be charged to that one."""
    best = dict.fromkeys(subjects, float("inf"))
    for _ in range(rounds):
        for label, work in subjects.items():
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                for _ in range(number):
                    work()
                best[label] = min(best[label], (time.process_time() - start) / number)
            finally:
                gc.enable()
    return best
