"""How the simulator's WebSocket side paces and shapes what it sends (its own module, so that the command line reads
its defaults without loading the server)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Timing:
    """How the WebSocket side paces and shapes what it sends."""

    ping_interval: float = 20.0  # seconds between PINGs
    ping_timeout: float = 10.0  # close the session when a PING is not echoed this soon
    stream_interval: float = 0.5  # seconds between REAL frames; 0 streams as fast as the client reads
    entries_per_frame: int = 1  # REAL entries per registered (type, item) in each frame; each is one more trade
    deflate: bool = False  # permessage-deflate when the client offers it; off, as it costs more than the frames
