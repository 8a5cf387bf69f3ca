"""REAL entries that follow the market, fast enough to load-test a client.

Synthesizing every FID of every entry with `random` costs tens of microseconds an entry (0D has 163
FIDs), which would make the simulator, not the client, the bottleneck. So each type gets a pool of
entries drawn once and serialized once, split at the item code and at every FID the market decides
(`UNITS`, by the FID's name in fids.yaml: prices, changes, volumes, the order book, times, ...). An entry of a
market item then costs one trade, the market's values of that moment (`Item.moment`, one tuple shared by the
item's types; those that follow from the price alone are worked out once per price) and one %-format of its
template. The other FIDs keep the values drawn for their kind. Items outside the market (sectors, the empty
item of account types) get values of their kind in the market's FIDs too.

Forms, as recorded from Kiwoom (specs/recorded/031-0B-005930.json, 035-0D-...json): prices carry their
direction against the previous close ("-251000"), changes and trade volumes an arithmetic sign ("-4000",
"+8": a buyer took the ask), rates a sign ("-1.57"), times HHMMSS, an order book level beyond the day's limits "0".
"""

from __future__ import annotations

import datetime
import functools
import operator
import random
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import orjson

from ..realtime import PUSH_TRNM
from . import synth
from .market import CENT, Bar, Market, Price, is_gold, is_us
from .quotes import Profile, _sign_code

POOL_SIZE = 64  # value sets per type: enough that consecutive entries differ
ITEM_MARK = "@ITEM@"  # where the item code goes
SLOT = "@FID{}@"  # where a market value goes; no value of any kind looks like it
FRAME_HEAD = b'{"trnm":' + orjson.dumps(PUSH_TRNM) + b',"data":['
FRAME_TAIL = b"]}"
BOOK_LEVELS = 10
SIZES = range(10, 50_001, 10)  # shares resting at a level
MILLION = Decimal(1_000_000)
NO_TIME = b"000000"  # a time that has not come (a limit not reached)
Moment = tuple[bytes | int, ...]  # the values of the market's FIDs at a moment (POSITIONS)


@dataclass(frozen=True)
class Pool:
    """Serialized REAL entries of one type, each as two %-templates with a place for the item code: one with a
    place for each of the market's FIDs (their names in `slots`, in order; %d for a whole number, %b for a form),
    one with values of their kind for items outside the market. Nothing else depends on the item, so one pool
    serves every item, and a REG of a hundred items costs nothing more than one of a single item."""

    entries: tuple[tuple[bytes, bytes], ...]  # (template for a market item, template for an item outside it)
    slots: tuple[str, ...]
    section: str  # domestic or us: the items whose market the type streams
    pick: Callable[[Moment], Moment]  # a moment's values of the slots, in order
    trades: bool  # a slot is of the day's trading (TRADE)
    books: bool  # a slot is a size of the book (BOOK)

    @classmethod
    def build(cls, type_id: str, spec: dict[str, Any], seed: int) -> Pool:
        rng = random.Random(f"{seed}:pool:{type_id}")
        slots = tuple(name for _, _, _, name, unit, _ in spec["fids"] if _live(name, unit))
        entries = []
        for _ in range(POOL_SIZE):
            values: dict[str, str] = {}
            drawn: dict[str, str] = {}
            for fid, kind, codes, name, unit, scale in spec["fids"]:
                drawn[str(fid)] = synth.fid_value(kind, codes, rng, scale=scale)
                values[str(fid)] = SLOT.format(name) if _live(name, unit) else drawn[str(fid)]
            market, outside = (_template(type_id, spec["name"], v) for v in (values, drawn))
            for name in slots:  # filling a template is a single call, whatever the number of slots
                market = market.replace(SLOT.format(name).encode(), b"%d" if name in WHOLE else b"%b", 1)
            entries.append((market, outside))
        trades, books = (any(name in group for name in slots) for group in (TRADE, BOOK))
        return cls(tuple(entries), slots, spec["section"], _picker(slots), trades, books)

    def entry(self, rng: random.Random, item: bytes, moment: Moment | None) -> bytes:
        """One serialized entry for `item` (JSON-escaped, unquoted) with the market's values of a moment (None: an
        item outside the market, whose values stay those of their kind)."""
        market, outside = self.entries[rng.randrange(POOL_SIZE)]
        return outside % item if moment is None else market % (item, *self.pick(moment))


def _template(type_id: str, name: str, values: dict[str, str]) -> bytes:
    entry = orjson.dumps({"type": type_id, "name": name, "item": ITEM_MARK, "values": values})
    return entry.replace(b"%", b"%%").replace(ITEM_MARK.encode(), b"%b")


EXCHANGE = (
    "stexTp"  # a US entry's member beside its item: the item's exchange (the guide's F4 table, FE / FT / S2 examples)
)


@dataclass(frozen=True)
class Stream:
    """One streamed (type, item): its type's pool, the item as it goes into an entry (a US one followed by its
    exchange, the entry's EXCHANGE member), its market code (empty for an item outside the market)."""

    pool: Pool
    item: bytes
    code: str

    @classmethod
    def of(cls, pool: Pool, item: str, exchange: str | None = None) -> Stream:
        code = item.split("_")[0]
        written = orjson.dumps(item)[1:-1]
        if exchange:  # the template's "item":"%b" becomes "item":"NVDA","stexTp":"ND"
            written += b'","' + EXCHANGE.encode() + b'":"' + orjson.dumps(exchange)[1:-1]
        return cls(pool, written, code if in_market(code, pool.section) else "")


def in_market(code: str, section: str) -> bool:
    """An item whose market a type of this section streams: for domestic types a six-character code (005930,
    ELWs) or gold spot (M04...), not a sector (001) nor the empty item of account types; for US types a ticker."""
    if section == "us":
        return bool(code) and is_us(code)
    return (len(code) == 6 and not is_us(code)) or is_gold(code)


def frame(entries: list[bytes]) -> bytes:
    """A whole REAL frame from serialized entries."""
    return FRAME_HEAD + b",".join(entries) + FRAME_TAIL


# ---- the market's values ---------------------------------------------------------------------------------------
#
# A moment of an item is one tuple of the values of every FID the market decides, in the order of `POSITIONS`:
# the clock and the volume, then what follows from the price alone (worked out once per price the item trades at),
# then the day's trading and the book's sizes, each worked out only when a streamed type has one of its FIDs (an
# empty group stands in otherwise). A type picks its FIDs from a moment with one itemgetter.

HEAD = ("trade_time", "cumulative_volume")
ASKS = tuple(f"ask_price_{n + 1}" for n in range(BOOK_LEVELS))
BIDS = tuple(f"bid_price_{n + 1}" for n in range(BOOK_LEVELS))
# Amounts per share in won that 0B carries as a share of the price, as recorded (031-0B: at 251,000, a trade
# cost of 579, CFD cost 1,260, borrow cost 1,008, CFD margin 100,400, maintenance margin 80,320).
PER_SHARE = {
    "trade_cost": Decimal("0.0023"),
    "cfd_trade_cost": Decimal("0.005"),
    "stock_borrow_cost": Decimal("0.004"),
    "cfd_margin_amount": Decimal("0.4"),
    "maintenance_margin_amount": Decimal("0.32"),
}
PRICE = ("current_price", "change", "change_rate", "change_sign", *PER_SHARE, "market_cap", *ASKS, *BIDS)
TRADE = (
    "open_price", "high_price", "low_price", "trade_volume", "cumulative_trade_value", "volume_change_vs_prev_day",
    "volume_ratio_vs_prev_day", "trade_value_change", "turnover_rate", "trade_strength", "upper_limit_time",
    "lower_limit_time", "open_time", "high_time", "low_time", "sell_trade_volume", "buy_trade_volume",
    "buy_trade_ratio", "sell_trade_count", "buy_trade_count", "instant_trade_value", "sell_trade_volume_single",
    "buy_trade_volume_single", "avg_trade_price_today", "session_type",
)  # fmt: skip
BOOK = (
    *(f"ask_qty_{n + 1}" for n in range(BOOK_LEVELS)),
    *(f"bid_qty_{n + 1}" for n in range(BOOK_LEVELS)),
    *("total_ask_qty", "total_bid_qty", "net_bid_qty", "net_ask_qty", "bid_ratio", "ask_ratio"),
)
SAME = {  # FIDs of one value under two names
    "quote_time": "trade_time",
    "best_ask": "ask_price_1",
    "best_bid": "bid_price_1",
    "net_buy_trade_volume": "trade_volume",
}
POSITIONS = {name: n for n, name in enumerate(HEAD + PRICE + TRADE + BOOK)}
POSITIONS |= {name: POSITIONS[same] for name, same in SAME.items()}
NO_TRADE: Moment = (0,) * len(TRADE)
NO_BOOK: Moment = (0,) * len(BOOK)
# the FIDs whose values are whole numbers as they are (the template writes them with %d)
WHOLE = frozenset({"cumulative_volume", "sell_trade_volume", "buy_trade_volume", "sell_trade_count"})
WHOLE |= {"buy_trade_count", "total_ask_qty", "total_bid_qty", *BOOK[: 2 * BOOK_LEVELS]}

PRICES = frozenset({"KRW", "USD"})
SHARES = frozenset({"shares"})
PERCENT = frozenset({"percent"})
NO_UNIT: frozenset[str | None] = frozenset({None})
KRW = frozenset({"KRW"})
COUNT = frozenset({"count"})
# The units each FID the market decides comes in (a type that overrides the FID's unit keeps values of its kind).
UNITS: dict[str, frozenset[str | None]] = {
    **dict.fromkeys(("current_price", "change", *ASKS, *BIDS, "best_ask", "best_bid"), PRICES),
    **dict.fromkeys(("open_price", "high_price", "low_price", "avg_trade_price_today"), PRICES),
    **dict.fromkeys(("change_rate", "volume_ratio_vs_prev_day", "turnover_rate", "trade_strength"), PERCENT),
    **dict.fromkeys(("buy_trade_ratio", "bid_ratio", "ask_ratio"), PERCENT),
    **dict.fromkeys(("change_sign", "trade_time", "quote_time", "upper_limit_time", "lower_limit_time"), NO_UNIT),
    **dict.fromkeys(("open_time", "high_time", "low_time", "session_type"), NO_UNIT),
    **dict.fromkeys((*PER_SHARE, "trade_value_change"), KRW),
    **dict.fromkeys(("sell_trade_count", "buy_trade_count"), COUNT),
    "market_cap": frozenset({"KRW_100million"}),
    "cumulative_trade_value": frozenset({"KRW_million"}),
    "instant_trade_value": frozenset({"KRW_thousand"}),
}
UNITS |= {name: SHARES for name in POSITIONS if name not in UNITS}  # volumes and book sizes


class Item:
    """What an item's moments need that stays while its base does: its limits, shares, the previous trading day,
    and the values of each price it trades at."""

    def __init__(self, market: Market, code: str) -> None:
        self.market, self.code = market, code
        self.us = is_us(code)
        self.base = market.today_bar(code).base
        self.lower, self.upper = market.limits(code)
        self.shares = _shares(market.seed, code)
        previous = market.past(code, 1)[0]
        self.previous_volume = previous.volume
        self.previous_value = previous.volume * (previous.high + previous.low + previous.close) / 3  # typical price
        self._forms: dict[Price, bytes] = {}  # price -> as Kiwoom writes it, with its direction
        self._prices: dict[Decimal, Moment] = {}  # price -> the PRICE group
        self._times: tuple[datetime.datetime | None, ...] = ()  # the tape's times, as last written
        self._time_forms: Moment = ()

    @staticmethod
    def of(market: Market, code: str) -> Item:
        """The item as it stands (a new one once its day started over from another base)."""
        items = _ITEMS.setdefault(market, {})
        key = (code, market.today_bar(code).base)
        item = items.get(key)
        if item is None:
            item = items[key] = Item(market, code)
        return item

    def moment(self, rng: random.Random, trade: bool, book: bool) -> Moment:
        """The values of the item's FIDs now; the day's trading when `trade`, the book's sizes (drawn) when `book`."""
        bar = self.market.today_bar(self.code)
        head = (_hhmmss(self.market.now()), bar.volume)
        prices = self._prices.get(bar.close) or self._price_group(bar.close)
        return head + prices + (self._trade_group(bar) if trade else NO_TRADE) + (self._book(rng) if book else NO_BOOK)

    def _form(self, value: Price | None) -> bytes:
        """A price with its direction against the base; "0" for none (a book level beyond the limits)."""
        if value is None:
            return b"0"
        form = self._forms.get(value)
        if form is None:
            sign = "+" if value > self.base else "-" if value < self.base else ""
            form = self._forms[value] = (sign + self.plain(value)).encode()
        return form

    def money(self, value: Decimal) -> bytes:
        """An amount as `plain` writes it (once per trade: whole won straight from the Decimal)."""
        return self.plain(value).encode() if self.us else b"%d" % value.to_integral_value(ROUND_HALF_UP)

    def plain(self, value: Price | Decimal) -> str:
        if self.us:
            return f"{Decimal(value).quantize(CENT, ROUND_HALF_UP)}"
        if isinstance(value, int):
            return str(value)
        return str(int(value.to_integral_value(ROUND_HALF_UP)))

    def _price_group(self, last: Decimal) -> Moment:
        change = last - self.base
        text = self.plain(abs(change))
        asks, bids = self.market.book(self.code, BOOK_LEVELS)
        values = (
            self._form(last),
            text.encode() if not change else (("+" if change > 0 else "-") + text).encode(),
            _rate(change * 100 / self.base).encode(),
            _sign_code(last, self.base, self.lower, self.upper).encode(),
            *(self.plain(last * share).encode() for share in PER_SHARE.values()),
            self.plain(last * self.shares / 10**8).encode(),
            *(self._form(p) for p in asks),
            *(self._form(p) for p in bids),
        )
        self._prices[last] = values
        return values

    def _trade_group(self, bar: Bar) -> Moment:
        tape, volume = self.market.tape(self.code), bar.volume
        qty, buys, sells = tape.last_qty, tape.buy_volume, tape.sell_volume
        trade = _count(qty)
        difference = volume - self.previous_volume
        direction = b"+" if difference > 0 else b"-" if difference < 0 else b""
        times = (tape.upper_at, tape.lower_at, tape.opened_at, tape.high_at, tape.low_at)
        if times != self._times:  # they move only when the day makes a new high, low or limit
            self._times, self._time_forms = times, tuple(_time(at) for at in times)
        return (
            self._form(bar.open),
            self._form(bar.high),
            self._form(bar.low),
            trade,
            self.money(tape.value / MILLION),
            _count(difference),
            direction + percent(volume, self.previous_volume),
            _count(int(tape.value - self.previous_value)),
            percent(volume, self.shares),
            percent(buys, sells),
            *self._time_forms,
            sells,
            buys,
            percent(buys, buys + sells, signed=True),
            tape.sell_count,
            tape.buy_count,
            _count(int(bar.close * qty / 1000)),
            trade if qty < 0 else b"0",
            trade if qty > 0 else b"0",
            self.money(tape.value / max(volume, 1)),
            b"2",  # the regular session: the clock stays inside it
        )

    def _book(self, rng: random.Random) -> Moment:
        """Shares resting at each level (none beyond the limits), drawn for this moment, and their totals."""
        asks, bids = self.market.book(self.code, BOOK_LEVELS)
        drawn = rng.choices(SIZES, k=2 * BOOK_LEVELS)
        if None in asks or None in bids:
            drawn = [size if p is not None else 0 for p, size in zip((*asks, *bids), drawn, strict=True)]
        ask, bid = sum(drawn[:BOOK_LEVELS]), sum(drawn[BOOK_LEVELS:])
        return (
            *drawn,
            ask,
            bid,
            _count(bid - ask),
            _count(ask - bid),
            percent(bid, ask),
            percent(ask, bid),
        )


# per market: (code, base) -> the item
_ITEMS: weakref.WeakKeyDictionary[Market, dict[tuple[str, Decimal], Item]] = weakref.WeakKeyDictionary()


def _rate(value: Decimal) -> str:
    """A change rate with its sign ("-1.57"), "0.00" for none."""
    rounded = value.quantize(CENT, ROUND_HALF_UP)
    return f"{rounded:+.2f}" if rounded else "0.00"


def _count(value: int) -> bytes:
    """A count with its arithmetic sign ("+8", "-23000"), "0" for none."""
    return b"%+d" % value if value else b"0"


def _time(at: datetime.datetime | None) -> bytes:
    return _hhmmss(at) if at is not None else NO_TIME


def _hhmmss(at: datetime.datetime) -> bytes:
    return b"%06d" % (at.hour * 10_000 + at.minute * 100 + at.second)


@functools.cache
def _shares(seed: int, code: str) -> int:
    return Profile.of(seed, code).shares_thousands * 1000


def percent(part: int, whole: int, *, signed: bool = False) -> bytes:
    """part / whole in percent with two decimals, rounded half up, in whole numbers (this runs for every trade);
    "+" in front when `signed` (Kiwoom signs 1032 "+54.63" and not 228 "120.42"), "0.00" for nothing."""
    hundredths = (part * 20_000 // whole + 1) // 2 if whole > 0 and part > 0 else 0
    if not hundredths:
        return b"0.00"
    return (b"+%d.%02d" if signed else b"%d.%02d") % divmod(hundredths, 100)


def named_values(market: Market, code: str, rng: random.Random, fids: list[list[Any]]) -> dict[str, str]:
    """The values of the FIDs (catalog entries: fid, kind, codes, name, unit, scale) that the market decides for
    `code` as it stands now, by their name as a REAL entry's are (price, change, rate, sign, volume, open, high,
    low, ...), and its name; a FID of a scale written without its point (ka10172's 12 at x1000: "-130" is -0.13 %).
    The other FIDs are left out."""
    moment = Item.of(market, code).moment(rng, trade=True, book=False)
    values: dict[str, str] = {}
    for fid, _kind, _codes, name, unit, scale in fids:
        if name == "item_name":
            values[str(fid)] = market.name(code)
        elif _live(name, unit):
            value = moment[POSITIONS[name]]
            text = value.decode() if isinstance(value, bytes) else str(value)
            values[str(fid)] = f"{int(Decimal(text) * scale):+d}" if scale else text
    return values


def _picker(names: tuple[str, ...]) -> Callable[[Moment], Moment]:
    """The values of these FIDs from a moment, as a tuple (one itemgetter, which gives a tuple from two names on)."""
    if len(names) > 1:
        return operator.itemgetter(*(POSITIONS[name] for name in names))
    return lambda moment: tuple(moment[POSITIONS[name]] for name in names)


def _live(name: str, unit: str | None) -> bool:
    """The market decides this FID: it knows the name, and the type keeps the FID's unit (the index types
    0J / 0U count volumes in thousands and levels in points)."""
    units = UNITS.get(name)
    return units is not None and unit in units
