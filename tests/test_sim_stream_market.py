"""The simulator's realtime frames agree with its market and with its REST answers: 0B trades on the tick grid with
signs, change, rate and sign code from price and base, OHLC around the price, volumes and values that add up trade
by trade, times from a clock that moves forward inside the session; 0D books a tick apart around the price. Frames
come over a loopback WebSocket through the public realtime session; the rules are worked out here from
specs/market.yaml, apart from the simulator."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal

import pytest
from kiwoom_sdk import Kiwoom, realtime
from kiwoom_sdk.sim import Simulator, Timing, running

from tests.test_sim_market import MARKET, change, direction, limits, price, rate, tick

ITEMS = ("005930", "000660", "035720")
TRADES = 120  # 0B entries read per item
OPENS, CLOSES = (MARKET["session"][key].replace(":", "") + "00" for key in ("open", "close"))
MILLION = 1_000_000
ASKS = [str(fid) for fid in range(41, 51)]
BIDS = [str(fid) for fid in range(51, 61)]
ASK_QTYS = [str(fid) for fid in range(61, 71)]
BID_QTYS = [str(fid) for fid in range(71, 81)]
FAST = Timing(stream_interval=0.0)


def up(value: int) -> int:
    """The next price on the grid above."""
    return value + tick(Decimal(value))


def down(value: int) -> int:
    """The next price on the grid below (with the tick of the level below: 2,000 -> 1,999)."""
    return value - tick(Decimal(value - 1))


def sign_code(value: int, base: int) -> str:
    lower, upper = limits(base)
    return "1" if value >= upper else "4" if value <= lower else "2" if value > base else "5" if value < base else "3"


def quote(value: int, base: int, lower: int, upper: int) -> str:
    """A book level as Kiwoom sends it: the price with its direction, "0" beyond the day's limits."""
    return direction(str(value), base) + str(value) if lower <= value <= upper else "0"


@pytest.fixture(scope="module", params=[1, 2, 3])
def sim(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    with running(seed=request.param, timing=FAST) as simulator:
        yield simulator


def client(sim: Simulator) -> Kiwoom:
    return Kiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url, rate=1000, burst=100)


def stream(kiwoom: Kiwoom, items: list[str], count: int) -> list[realtime.RealtimeEvent]:
    """Register 0B and 0D, then read REAL entries until `count` 0B entries per item came."""
    events: list[realtime.RealtimeEvent] = []
    trades = 0
    with kiwoom.realtime() as live:
        live.register(items, ["0B", "0D"])
        while trades < count * len(items):
            event = live.get(timeout=10)
            assert event is not None, "the stream stopped"
            if isinstance(event, realtime.RealtimeEvent):
                events.append(event)
                trades += event.type == "0B"
        assert live.dropped == 0 and live.session.dropped == 0  # every trade read: the sums below hold entry by entry
    return events


def test_trades_and_books_fit_the_market_frame_by_frame(sim: Simulator) -> None:
    with client(sim) as kiwoom:
        days = {code: kiwoom.ka10001(stk_cd=code).raw for code in ITEMS}
        events = stream(kiwoom, list(ITEMS), TRADES)
    last: dict[str, dict[str, str]] = {}  # per item, the latest 0B entry's values
    times: dict[tuple[str, str], str] = {}
    for event in events:
        values, code = event.values, event.item
        base = int(days[code]["base_pric"])
        lower, upper = limits(base)
        assert (lower, upper) == (price(days[code]["lst_pric"]), price(days[code]["upl_pric"]))
        at = values["20" if event.type == "0B" else "21"]
        assert OPENS <= at <= CLOSES and at >= times.get((event.type, code), OPENS), (code, at)
        times[event.type, code] = at
        if event.type == "0B":
            check_trade(values, last.get(code), base, lower, upper)
            last[code] = values
        else:
            trade = last[code]  # the 0B entry of the same frame: the book is the one after that trade
            assert at == trade["20"]
            check_book(values, price(trade["10"]), base, lower, upper)
    assert all(len({v for v in (e.values["10"] for e in events if e.item == c and e.type == "0B")}) > 3 for c in ITEMS)


def check_trade(values: dict[str, str], before: dict[str, str] | None, base: int, lower: int, upper: int) -> None:
    now = price(values["10"])
    assert lower <= now <= upper and now % tick(Decimal(now)) == 0, values["10"]
    for fid in ("10", "16", "17", "18"):
        assert values[fid] == direction(values[fid], base) + str(price(values[fid])), (fid, values[fid], base)
    opening, high, low = (price(values[fid]) for fid in ("16", "17", "18"))
    assert lower <= low <= min(opening, now) <= max(opening, now) <= high <= upper
    assert values["11"] == change(now - base)
    assert values["12"] == rate(now - base, base)
    assert values["25"] == sign_code(now, base)
    assert values["27"] == quote(up(now), base, lower, upper)
    assert values["28"] == quote(down(now), base, lower, upper)
    qty = int(values["15"])
    volume, value, vwap = int(values["13"]), int(values["14"]), int(values["620"])
    assert qty != 0 and values["15"][0] in "+-"
    assert low <= vwap <= high and abs(value * MILLION - volume * vwap) <= (MILLION + volume) // 2 + 1
    assert values["1314"] == values["15"] and values["1316" if qty > 0 else "1315"] == values["15"]
    assert int(values["1031"]) + int(values["1030"]) <= volume
    buys, sells = int(values["1031"]), int(values["1030"])
    assert values["228"] == rate(buys, sells).lstrip("+")
    if before is None:
        return
    then = price(before["10"])
    if now != then:  # a rise is a buyer taking the ask, a fall a seller hitting the bid
        assert (qty > 0) == (now > then), (before["10"], values["10"], values["15"])
    assert volume == int(before["13"]) + abs(qty)  # one trade per entry
    assert abs((value - int(before["14"])) * MILLION - now * abs(qty)) <= MILLION
    side = "1031" if qty > 0 else "1030"
    assert int(values[side]) == int(before[side]) + abs(qty)
    assert high >= price(before["17"]) and low <= price(before["18"]) and values["16"] == before["16"]


def check_book(values: dict[str, str], now: int, base: int, lower: int, upper: int) -> None:
    asks, bids = [now], [now]
    for _ in ASKS:
        asks.append(up(asks[-1]))
        bids.append(down(bids[-1]))
    assert [values[fid] for fid in ASKS] == [quote(p, base, lower, upper) for p in asks[1:]]
    assert [values[fid] for fid in BIDS] == [quote(p, base, lower, upper) for p in bids[1:]]
    shown = [(price(values[p]), int(values[q])) for p, q in zip(ASKS + BIDS, ASK_QTYS + BID_QTYS, strict=True)]
    assert all((qty > 0) == (level > 0) for level, qty in shown)  # a level beyond the limits has no quantity
    ask_prices = [price(values[fid]) for fid in ASKS if price(values[fid])]
    bid_prices = [price(values[fid]) for fid in BIDS if price(values[fid])]
    assert ask_prices == sorted(set(ask_prices)) and bid_prices == sorted(set(bid_prices), reverse=True)
    if ask_prices and bid_prices:
        assert bid_prices[0] < now < ask_prices[0]
    assert int(values["121"]) == sum(int(values[fid]) for fid in ASK_QTYS)
    assert int(values["125"]) == sum(int(values[fid]) for fid in BID_QTYS)


def test_a_streamed_trade_is_what_ka10001_and_ka10004_answer_after_it(sim: Simulator) -> None:
    """Once the stream stops (REMOVE), the market stands where its last 0B entry left it."""
    code = ITEMS[1]
    with client(sim) as kiwoom, kiwoom.realtime() as live:
        live.register([code], ["0B"])
        trades: list[realtime.StockTrade] = []
        while len(trades) < 20:
            event = live.get(timeout=10)
            if isinstance(event, realtime.StockTrade):
                trades.append(event)
        live.remove([code], ["0B"])
        while not (isinstance(event, realtime.SystemMessage) and event.trnm == "REMOVE"):
            event = live.get(timeout=10)
            if isinstance(event, realtime.StockTrade):
                trades.append(event)
        info, book = kiwoom.ka10001(stk_cd=code).raw, kiwoom.ka10004(stk_cd=code).raw
    last = trades[-1].values
    assert price(info["lst_pric"]) <= price(last["10"]) <= price(info["upl_pric"])
    pairs = {"cur_prc": "10", "pred_pre": "11", "flu_rt": "12", "pre_sig": "25", "trde_qty": "13"}
    pairs |= {"open_pric": "16", "high_pric": "17", "low_pric": "18"}
    assert {key: info[key] for key in pairs} == {key: last[fid] for key, fid in pairs.items()}
    assert (book["sel_fpr_bid"], book["buy_fpr_bid"]) == (last["27"], last["28"])
    assert book["bid_req_base_tm"] == last["20"]  # the same clock
    first, final = trades[0].trade_time, trades[-1].trade_time  # decoded by the public API
    assert isinstance(first, datetime.time) and isinstance(final, datetime.time) and first <= final


def test_at_the_upper_limit_the_book_has_no_asks() -> None:
    code = ITEMS[0]
    with running(seed=5, timing=FAST) as sim, client(sim) as kiwoom:
        base = int(kiwoom.ka10001(stk_cd=code).raw["base_pric"])
        lower, upper = limits(base)
        sim.state.market.set_price(code, upper)
        events = stream(kiwoom, [code], 60)
    at_limit = [e.values for e in events if e.type == "0B" and price(e.values["10"]) == upper]
    assert at_limit, "the walk left the limit at once"
    for values in at_limit:
        assert (values["25"], values["27"]) == ("1", "0")
        assert values["28"] == quote(down(upper), base, lower, upper)
    assert all(e.values["567"] != "000000" for e in events if e.type == "0B")  # the limit was reached today
    assert all(price(e.values["10"]) <= upper for e in events if e.type == "0B")
    books = [e.values for e in events if e.type == "0D"]
    assert any(all(v[fid] == "0" for fid in ASKS) for v in books)


def test_the_quote_types_carry_the_trade_of_their_moment(sim: Simulator) -> None:
    """0A (nominal price), 0C (best quotes) and 0H (expected trade) carry the FIDs 0B has with the same values: a
    frame's entries of one item are all of the same moment (its types in order: 0A, 0B, 0C, 0H)."""
    code = ITEMS[2]
    types = ["0A", "0B", "0C", "0H"]
    with client(sim) as kiwoom, kiwoom.realtime() as live:
        base = int(kiwoom.ka10001(stk_cd=code).raw["base_pric"])
        live.register([code], types)
        events: list[realtime.RealtimeEvent] = []
        while len(events) < 40 * len(types):
            event = live.get(timeout=10)
            if isinstance(event, realtime.RealtimeEvent):
                events.append(event)
    lower, upper = limits(base)
    frames = [events[i : i + len(types)] for i in range(0, len(events), len(types))]
    for frame in frames:
        assert [e.type for e in frame] == types
        trade = frame[1].values
        check_trade(trade, None, base, lower, upper)
        for entry in frame:
            shared = set(entry.values) & set(trade)
            assert shared and {fid: entry.values[fid] for fid in shared} == {fid: trade[fid] for fid in shared}
