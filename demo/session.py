"""The main job: a scripted session of the generated client against the simulator, printed as a
transcript. Everything goes over loopback sockets; nothing needs credentials or the internet."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from kiwoom_sdk import AsyncKiwoom, RequestInvalid, errors, realtime
from kiwoom_sdk.sim import Simulator, Timing

ITEM = "005930"


def _say(started: float) -> Callable[[str], None]:
    def say(line: str) -> None:
        print(f"[{time.perf_counter() - started:6.2f}s] {line}", flush=True)

    return say


async def _collect(session: Any, seconds: float, seen: Counter[str], say: Callable[[str], None]) -> None:
    """Read events for a while; print the first of each realtime type and every account push."""

    async def read() -> None:
        async for event in session:
            if isinstance(event, realtime.RealtimeEvent):
                seen[event.type] += 1
                if event.type in ("00", "04") or seen[event.type] == 1:
                    say(f"  realtime {event.type} {type(event).__name__} {_brief(event)}")

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(read(), seconds)


SHOWN = {  # the attributes worth a glance, per realtime type
    "0B": ("trade_time", "current_price", "change", "change_rate", "best_ask", "best_bid", "trade_volume"),
    "0D": ("quote_time", "ask_price_1", "ask_qty_1", "bid_price_1", "bid_qty_1"),
    "00": ("order_no", "order_status", "side", "order_qty", "order_price", "exec_qty", "exec_price", "unfilled_qty"),
    "04": ("item_code", "holding_qty", "avg_purchase_price", "current_price"),
}


def _refusal(refused: errors.OrderRefused) -> str:
    """A refused order: the broker's reason; it was not placed, so it is safe to fix and send again."""
    return f"refused: {type(refused).__name__} {refused.reason_code} {refused.reason} (not placed)"


def _brief(event: realtime.RealtimeEvent) -> str:
    names = SHOWN.get(event.type, tuple(event.FIDS.values())[:4])
    return ", ".join(f"{name}={getattr(event, name)!r}" for name in names)


async def main() -> None:
    started = time.perf_counter()
    say = _say(started)
    async with Simulator(seed=7, timing=Timing(stream_interval=0.1)) as sim:
        say(f"simulator at {sim.url} (mock environment, seed 7)")
        async with AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url) as client:
            await client.token()
            say("au10001 issue_token: token issued")

            info = await client.ka10001(stk_cd=ITEM)
            raw = info.raw
            say(
                f"ka10001 stock_basic_info: {info.stk_cd} {info.stk_nm} {raw['cur_prc']} ({raw['pred_pre']}, {raw['flu_rt']}%)"
            )
            say(
                f"  base {raw['base_pric']}, open {raw['open_pric']} high {raw['high_pric']} low {raw['low_pric']},"
                f" limits {raw['lst_pric']} .. {raw['upl_pric']}, 250-day {raw['250lwst']} .. {raw['250hgst']}"
            )

            pages, rows, next_key = 0, 0, None
            while True:
                chart = await client.ka10081(
                    stk_cd=ITEM, base_dt="20260223", upd_stkpc_tp="1", cont_yn=next_key is not None, next_key=next_key
                )
                pages += 1
                bars = chart.stk_dt_pole_chart_qry
                rows += len(bars)
                days = ", ".join(f"{bar.dt:%m-%d} {int(bar.cur_prc or 0):,}" for bar in bars)
                say(f"ka10081 daily chart page {pages}: {days}; next-key {chart.next_key or '-'}")
                if not chart.cont_yn:
                    break
                next_key = chart.next_key
            say(f"ka10081: {pages} pages, {rows} trading days (설날 2026-02-16..18 skipped)")

            price = int(raw["cur_prc"].lstrip("+-"))
            try:  # off every KRX grid: refused before sending
                await client.kt10000(dmst_stex_tp="KRX", stk_cd=ITEM, ord_qty=1, trde_tp="0", ord_uv=price + 1)
            except RequestInvalid as invalid:
                say(f"kt10000 buy at {price + 1:,}: not sent, {invalid.problems[0]}")
            try:  # on an ETF's 5-won grid, which the client allows, but off this stock's: the server refuses
                await client.kt10000(dmst_stex_tp="KRX", stk_cd=ITEM, ord_qty=1, trde_tp="0", ord_uv=price + 5)
            except errors.OrderRefused as refused:
                say(f"kt10000 buy at {price + 5:,} (off the stock's tick grid): {_refusal(refused)}")

            seen: Counter[str] = Counter()
            async with client.realtime() as live:
                await live.register([ITEM], ["0B", "0D"], grp_no="1")
                await live.register([""], ["00", "04"], grp_no="2")
                say("websocket: LOGIN ok, REG 0B/0D for 005930 and 00/04 for the account")
                await _collect(live, 0.5, seen, say)

                bought = await client.kt10000(dmst_stex_tp="KRX", stk_cd=ITEM, ord_qty=10, trde_tp="3")
                say(f"kt10000 buy_order (market, 10 shares): order {bought.ord_no}")
                await _collect(live, 0.5, seen, say)

                floor = int(raw["lst_pric"].lstrip("+-"))
                resting = await client.kt10000(dmst_stex_tp="KRX", stk_cd=ITEM, ord_qty=5, trde_tp="0", ord_uv=floor)
                say(
                    f"kt10000 buy_order (limit {floor:,} KRW, the lower limit, 5 shares, rests): order {resting.ord_no}"
                )
                book = await client.ka10004(stk_cd=ITEM)
                higher = int(book.buy_10th_pre_bid or 0)
                say(
                    f"ka10004 order book: best ask {book.raw['sel_fpr_bid']}, best bid {book.raw['buy_fpr_bid']}, 10th bid {higher:,}"
                )
                modified = await client.kt10002(
                    dmst_stex_tp="KRX", orig_ord_no=str(resting.ord_no), stk_cd=ITEM, mdfy_qty=3, mdfy_uv=higher
                )
                say(
                    f"kt10002 modify_order (3 shares at the 10th bid): order {modified.ord_no} from {modified.base_orig_ord_no}"
                )
                cancelled = await client.kt10003(
                    dmst_stex_tp="KRX", orig_ord_no=str(modified.ord_no), stk_cd=ITEM, cncl_qty="0"
                )
                say(f"kt10003 cancel_order (all remaining): order {cancelled.ord_no}, cancelled {cancelled.cncl_qty}")
                await _collect(live, 0.5, seen, say)
            say("realtime events: " + ", ".join(f"{t} x{n}" for t, n in sorted(seen.items())))

            balance = await client.kt00018(qry_tp="1", dmst_stex_tp="KRX")
            holdings = ", ".join(f"{h.stk_cd} {h.stk_nm} x{h.rmnd_qty}" for h in balance.acnt_evlt_remn_indv_tot)
            say(f"kt00018 account balance: purchase total {balance.tot_pur_amt}, holdings: {holdings}")

            sim.market_open = False
            try:
                await client.kt10000(dmst_stex_tp="KRX", stk_cd=ITEM, ord_qty=1, trde_tp="3")
            except errors.OrderRefused as refused:
                say(f"market closed (sim.market_open = False); kt10000 market buy: {_refusal(refused)}")

            await client.revoke()
            say("au10002 revoke_token: token revoked")
    say("done")


def run() -> None:
    asyncio.run(main())
