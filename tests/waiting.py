"""Waiting in tests for what they assert, not for a time: a condition polled until it holds, with a deadline generous
enough that a loaded machine (CI: three pytest runs on two cores) makes a test slower, not red. The deadline fails only
what truly never happens."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

WITHIN = 30.0  # seconds


def eventually(condition: Callable[[], bool], within: float = WITHIN) -> None:
    """Return once `condition()` holds; AssertionError after `within` seconds without."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, f"not so after {within} s"
        time.sleep(0.01)


async def until(condition: Callable[[], bool], within: float = WITHIN) -> None:
    """`eventually` in an event loop (asyncio, or anyio's asyncio backend)."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, f"not so after {within} s"
        await asyncio.sleep(0.01)
