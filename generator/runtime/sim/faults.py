"""Faults the simulator can inject, so clients are tested against what real sessions meet."""

from __future__ import annotations

import random
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Faults:
    """All off by default. Fractions are probabilities per request (or per frame)."""

    rate_limit_per_second: float | None = None  # answer 1700 / HTTP 429 past this many requests a second
    rate_limit_fraction: float = 0.0  # ... or at random, for this fraction of queries
    server_error_fraction: float = 0.0  # answer HTTP 500 for this fraction of requests
    slow_seconds: float = 0.0  # wait this long before every answer, once the request is processed
    token_ttl_seconds: float | None = None  # tokens expire this soon (default: a day)
    ws_drop_every_seconds: float | None = None  # close every WebSocket after this long
    ws_drop_after_frames: int | None = None  # ... or after sending this many frames
    malformed_fraction: float = 0.0  # send this fraction of REAL frames as broken JSON
    broken_entry_fraction: float = 0.0  # ... or with one more entry, left without its values (the others intact)
    drop_after_order_accept: int = 0  # the first this many accepted orders stand, their connections dropped unanswered
    garble_after_order_accept: int = 0  # ... or (after those) answered HTTP 200 with a body that is not JSON
    ws_login_refusals: int = 0  # refuse this many LOGINs (valid tokens included) as an invalid token, 805004 form
    ws_notice: tuple[str, str] | None = None  # (code, message): a SYSTEM notice to every session once logged in ...
    ws_notice_after_seconds: float = 0.0  # ... this long after its LOGIN ...
    ws_notice_closes: bool = False  # ... and then the session closed (a disconnect notice)
    ws_login_silences: int = 0  # leave this many LOGINs unanswered, the socket open (a server that hangs)
    ws_stalls: int = 0  # this many sessions go silent ws_stall_after_seconds after their LOGIN: from then on
    ws_stall_after_seconds: float = 0.0  # ... no frame and no PING is sent, and the socket stays open
    ws_reg_refusals: int = 0  # refuse this many REGs in the guide's form of an error answer (return_code 1)
    # api-id -> (HTTP status, JSON body): the next calls of that api-id get these answers, one each, in order,
    # before anything else is checked (for answers of a recorded form the simulator does not produce)
    canned: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=dict)


@dataclass
class Limiter:
    """A sliding one-second window: is one more request allowed now?"""

    per_second: float
    stamps: deque[float] = field(default_factory=deque)

    def allow(self, now: float | None = None) -> bool:
        moment = time.monotonic() if now is None else now
        while self.stamps and moment - self.stamps[0] >= 1.0:
            self.stamps.popleft()
        if len(self.stamps) >= self.per_second:
            return False
        self.stamps.append(moment)
        return True


def chance(rng: random.Random, fraction: float) -> bool:
    return fraction > 0 and rng.random() < fraction
