"""A simulator round trip against the installed kiwoom_sdk: token, a query, an order, a realtime event, revoke.

Run by `make dist` with the fresh virtualenv's python from a folder outside the repository; it refuses to run
against any copy of kiwoom_sdk but the installed one (site-packages)."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import kiwoom_sdk
from kiwoom_sdk import AsyncKiwoom, realtime
from kiwoom_sdk.sim import Simulator, Timing

ITEM = "005930"


async def _first_realtime(live: Any) -> realtime.RealtimeEvent:
    async for event in live:
        if isinstance(event, realtime.RealtimeEvent):
            return event
    raise AssertionError("the realtime session ended before any event")


async def roundtrip() -> list[str]:
    lines = [f"kiwoom_sdk {kiwoom_sdk.__version__} (guide {kiwoom_sdk.__guide_workbook__}) from {kiwoom_sdk.__file__}"]
    async with (
        Simulator(seed=7, timing=Timing(stream_interval=0.1)) as sim,
        AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url) as client,
    ):
        await client.token()
        info = await client.ka10001(stk_cd=ITEM)
        lines.append(f"ka10001 {info.stk_nm} {info.cur_prc!r}")
        bought = await client.kt10000(dmst_stex_tp="KRX", stk_cd=ITEM, ord_qty=1, trde_tp="3")
        lines.append(f"kt10000 order {bought.ord_no}")
        async with client.realtime() as live:
            await live.register([ITEM], ["0B"], grp_no="1")
            event = await asyncio.wait_for(_first_realtime(live), 10)
            lines.append(f"realtime {event.type} {type(event).__name__}")
        await client.revoke()
    return lines


def main() -> int:
    if "site-packages" not in kiwoom_sdk.__file__:
        print(f"roundtrip: kiwoom_sdk comes from {kiwoom_sdk.__file__}, not an installed wheel", file=sys.stderr)
        return 1
    for line in asyncio.run(roundtrip()):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
