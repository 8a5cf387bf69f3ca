"""`python -m kiwoom_sdk.sim [--host 127.0.0.1] [--port 0] [--seed N] [--env mock|real] [--closed] [--recorded]`"""

from __future__ import annotations

import argparse
import asyncio

from .faults import Faults
from .server import Simulator
from .websocket import Timing


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m kiwoom_sdk.sim", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback unless --allow-remote")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--env", choices=("mock", "real"), default="mock")
    parser.add_argument("--allow-remote", action="store_true")
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second before 1700")
    parser.add_argument("--token-ttl", type=float, default=None, help="seconds a token lives")
    parser.add_argument(
        "--stream-interval", type=float, default=Timing.stream_interval, help="seconds between REAL frames"
    )
    parser.add_argument(
        "--entries-per-frame", type=int, default=Timing.entries_per_frame, help="REAL entries per item in a frame"
    )
    parser.add_argument("--deflate", action="store_true", help="permessage-deflate for clients that offer it")
    parser.add_argument("--closed", action="store_true", help="the market has closed for the day (mock: RC4058)")
    parser.add_argument("--recorded", action="store_true", help="answer queries recorded from Kiwoom as recorded")
    options = parser.parse_args()
    faults = Faults(rate_limit_per_second=options.rate_limit, token_ttl_seconds=options.token_ttl)
    timing = Timing(
        stream_interval=options.stream_interval, entries_per_frame=options.entries_per_frame, deflate=options.deflate
    )
    simulator = Simulator(
        seed=options.seed,
        env=options.env,
        faults=faults,
        timing=timing,
        market_open=not options.closed,
        recorded=options.recorded,
    )
    asyncio.run(_serve(simulator, options))


async def _serve(simulator: Simulator, options: argparse.Namespace) -> None:
    url = await simulator.start(options.host, options.port, allow_remote=options.allow_remote)
    appkey, secretkey = simulator.keys
    print(f"{url} (env {options.env}; appkey {appkey}; secretkey {secretkey})", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await simulator.stop()


if __name__ == "__main__":
    main()
