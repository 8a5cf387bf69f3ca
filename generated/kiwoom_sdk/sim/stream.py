"""REAL entries that follow the market, fast enough to load-test a client.

Synthesizing every FID of every entry with `random` costs tens of microseconds an entry (0D has 163
FIDs), which would make the simulator, not the client, the bottleneck. So each type gets a pool of
entries drawn once and serialized once, split at the item code and at every FID the market decides
(`LIVE`, by the FID's name in fids.yaml: prices, changes, volumes, the order book, times, ...). An entry of a
market item then costs one trade, the market's values of that moment (`Snapshot`; those that follow from the
price alone are worked out once per price) and one %-format of its template. The other FIDs keep the values
drawn for their kind. Items outside the market (sectors, the empty item of
account types) get values of their kind in the market's FIDs too.

Forms, as recorded from Kiwoom (specs/recorded/031-0B-005930.json, 035-0D-...json): prices carry their
direction against the previous close ("-251000"), changes and trade volumes an arithmetic sign ("-4000",
"+8": a buyer took the ask), rates a sign ("-1.57"), times HHMMSS, an order book level beyond the day's limits "0".
"""

from __future__ import annotations

import datetime
import functools
import random
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import orjson

from . import synth
from .market import CENT, Bar, Market, Price, is_gold, is_us
from .quotes import Profile, _sign_code

POOL_SIZE = 64  # value sets per type: enough that consecutive entries differ
ITEM_MARK = "@ITEM@"  # where the item code goes
SLOT = "@FID{}@"  # where a market value goes; no value of any kind looks like it
FRAME_HEAD = b'{"trnm":"REAL","data":['
FRAME_TAIL = b"]}"
BOOK_LEVELS = 10
SIZES = range(10, 50_001, 10)  # shares resting at a level
MILLION = Decimal(1_000_000)
NO_TIME = "000000"  # a time that has not come (a limit not reached)


@dataclass(frozen=True)
class Pool:
    """Serialized REAL entries of one type: each a template with a place for the item code and one for each of
    the market's FIDs (their names in `slots`, in order), with `fallback` values of their kind for items outside
    the market. Nothing else depends on the item, so one pool serves every item, and a REG of a hundred items
    costs nothing more than one of a single item."""

    entries: tuple[tuple[bytes, tuple[bytes, ...]], ...]  # (template, fallback values)
    slots: tuple[str, ...]
    section: str  # domestic or us: the items whose market the type streams

    @classmethod
    def build(cls, type_id: str, spec: dict[str, Any], seed: int) -> Pool:
        rng = random.Random(f"{seed}:pool:{type_id}")
        slots = tuple(name for _, _, _, name, unit in spec["fids"] if _live(name, unit))
        entries = []
        for _ in range(POOL_SIZE):
            values: dict[str, str] = {}
            fallback: list[bytes] = []
            for fid, kind, codes, name, unit in spec["fids"]:
                drawn = synth.fid_value(kind, codes, rng)
                if _live(name, unit):
                    values[str(fid)] = SLOT.format(name)
                    fallback.append(drawn.encode())
                else:
                    values[str(fid)] = drawn
            entry = orjson.dumps({"type": type_id, "name": spec["name"], "item": ITEM_MARK, "values": values})
            # one bytes %-template per entry: filling it is a single call, whatever the number of slots
            template = entry.replace(b"%", b"%%").replace(ITEM_MARK.encode(), b"%b")
            for name in slots:
                template = template.replace(SLOT.format(name).encode(), b"%b", 1)
            entries.append((template, tuple(fallback)))
        return cls(tuple(entries), slots, spec["section"])

    def entry(self, rng: random.Random, item: bytes, snapshot: dict[str, bytes] | None) -> bytes:
        """One serialized entry for `item` (JSON-escaped, unquoted) with the market's values of `snapshot` (None:
        an item outside the market, whose values stay those of their kind)."""
        template, fallback = self.entries[rng.randrange(POOL_SIZE)]
        values = fallback if snapshot is None else [snapshot[name] for name in self.slots]
        return template % (item, *values)


@dataclass(frozen=True)
class Stream:
    """One streamed (type, item): its type's pool, the item as it goes into an entry, its market code (empty for
    an item outside the market)."""

    pool: Pool
    item: bytes
    code: str

    @classmethod
    def of(cls, pool: Pool, item: str) -> Stream:
        code = item.split("_")[0]
        return cls(pool, orjson.dumps(item)[1:-1], code if in_market(code, pool.section) else "")


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


class Snapshot:
    """An item's values at this moment of the market, by FID name, as Kiwoom writes them."""

    def __init__(self, market: Market, code: str, rng: random.Random) -> None:
        self.market, self.code, self.rng = market, code, rng
        self.us = is_us(code)
        self.bar = market.today_bar(code)
        self.tape = market.tape(code)
        self.base = self.bar.base
        self.lower, self.upper = market.limits(code)
        self._book: tuple[list[Price | None], list[Price | None]] | None = None
        self._sizes: tuple[list[int], list[int]] | None = None

    def values(self, names: tuple[str, ...]) -> dict[str, bytes]:
        """The values of these FIDs (names in fids.yaml) at this moment."""
        by_price, moving = _split(names)
        forms = _FORMS.setdefault(self.market, {})
        key = (self.code, self.last, self.base, by_price)
        fixed = forms.get(key)
        if fixed is None:
            fixed = forms[key] = {name: LIVE[name].make(self).encode() for name in by_price}
        out = dict(fixed)
        for name in moving:
            out[name] = LIVE[name].make(self).encode()
        return out

    # ---- forms -----------------------------------------------------------------------------------------------

    def price(self, value: Price | Decimal | None) -> str:
        """A price with its direction against the base; "0" for none (a book level beyond the limits)."""
        if value is None:
            return "0"
        return f"{self.market.sign(self.code, value)}{self.plain(value)}"

    def plain(self, value: Price | Decimal) -> str:
        if self.us:
            return f"{Decimal(value).quantize(CENT, ROUND_HALF_UP)}"
        if isinstance(value, int):
            return str(value)
        return str(int(value.to_integral_value(ROUND_HALF_UP)))

    def signed(self, value: Price | Decimal) -> str:
        """An amount with its arithmetic sign ("+800", "-23000"), "0" for none."""
        text = self.plain(abs(Decimal(value)))
        return text if not value else ("+" if value > 0 else "-") + text

    @staticmethod
    def rate(value: Decimal) -> str:
        """A change rate with its sign ("-1.57"), "0.00" for none."""
        rounded = value.quantize(CENT, ROUND_HALF_UP)
        return f"{rounded:+.2f}" if rounded else "0.00"

    @staticmethod
    def count(value: int) -> str:
        return f"{value:+d}" if value else "0"

    @staticmethod
    def time(at: datetime.datetime | None) -> str:
        return _hhmmss(at) if at is not None else NO_TIME

    # ---- values --------------------------------------------------------------------------------------------------

    @property
    def last(self) -> Decimal:
        return self.bar.close

    def change_rate(self) -> str:
        return self.rate((self.last - self.base) * 100 / self.base)

    def sign_code(self) -> str:
        return _sign_code(self.last, self.base, self.lower, self.upper)

    def book(self) -> tuple[list[Price | None], list[Price | None]]:
        if self._book is None:
            self._book = self.market.book(self.code, BOOK_LEVELS)
        return self._book

    def sizes(self) -> tuple[list[int], list[int]]:
        """Shares resting at each level (none beyond the limits), drawn for this moment."""
        if self._sizes is None:
            asks, bids = self.book()
            drawn = self.rng.choices(SIZES, k=2 * BOOK_LEVELS)
            self._sizes = (
                [size if p is not None else 0 for p, size in zip(asks, drawn, strict=False)],
                [size if p is not None else 0 for p, size in zip(bids, drawn[BOOK_LEVELS:], strict=False)],
            )
        return self._sizes

    def totals(self) -> tuple[int, int]:
        """(shares on the ask side, on the bid side)."""
        asks, bids = self.sizes()
        return sum(asks), sum(bids)

    @functools.cached_property
    def previous(self) -> Bar:
        """The previous trading day's bar."""
        return self.market.past(self.code, 1)[0]

    def previous_volume(self) -> int:
        return self.previous.volume

    def volume_ratio(self) -> str:
        """Today's volume as a percent of the previous day's, signed like the difference (recorded: "-37.24")."""
        previous = self.previous_volume()
        difference = self.bar.volume - previous
        return ("+" if difference > 0 else "-" if difference < 0 else "") + percent(self.bar.volume, previous)

    def value_change(self) -> str:
        """Today's value traded less the previous day's (KRW), that day's valued at its typical price."""
        day = self.previous
        return self.count(int(self.tape.value - day.volume * (day.high + day.low + day.close) / 3))

    @property
    def shares(self) -> int:
        return _shares(self.market.seed, self.code)

    def single(self, side: int) -> str:
        """The last trade's shares if it was initiated by this side (+1 buyer, -1 seller), else 0."""
        qty = self.tape.last_qty
        return self.count(qty) if qty * side > 0 else "0"


# per market: (code, price, base, names) -> the values that follow from the price; a walk revisits a few prices
_FORMS: weakref.WeakKeyDictionary[Market, dict[tuple[str, Decimal, Decimal, tuple[str, ...]], dict[str, bytes]]] = (
    weakref.WeakKeyDictionary()
)


@functools.cache
def _split(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the names whose value follows from the price alone, the others)."""
    return tuple(n for n in names if LIVE[n].by_price), tuple(n for n in names if not LIVE[n].by_price)


@functools.cache
def _shares(seed: int, code: str) -> int:
    return Profile.of(seed, code).shares_thousands * 1000


@functools.lru_cache(maxsize=4096)
def _hhmmss(at: datetime.datetime) -> str:
    return at.strftime("%H%M%S")


def _level(side: int, n: int) -> Callable[[Snapshot], str]:
    return lambda s: s.price(s.book()[side][n])


def _size(side: int, n: int) -> Callable[[Snapshot], str]:
    return lambda s: str(s.sizes()[side][n])


PRICES = frozenset({"KRW", "USD"})
SHARES = frozenset({"shares"})
PERCENT = frozenset({"percent"})
NO_UNIT: frozenset[str | None] = frozenset({None})


@dataclass(frozen=True)
class Fill:
    """How the market fills a FID: the units it comes in (a type that overrides the FID's unit keeps values of
    its kind), its value at a moment, and whether that value follows from the price alone (then it is worked
    out once per price an item trades at)."""

    units: frozenset[str | None]
    make: Callable[[Snapshot], str]
    by_price: bool = False


# Amounts per share in won that 0B carries as a share of the price, as recorded (031-0B: at 251,000, a trade
# cost of 579, CFD cost 1,260, borrow cost 1,008, CFD margin 100,400, maintenance margin 80,320).
PER_SHARE = {
    "trade_cost": Decimal("0.0023"),
    "cfd_trade_cost": Decimal("0.005"),
    "stock_borrow_cost": Decimal("0.004"),
    "cfd_margin_amount": Decimal("0.4"),
    "maintenance_margin_amount": Decimal("0.32"),
}


def _per_share(share: Decimal) -> Callable[[Snapshot], str]:
    return lambda s: s.plain(s.last * share)


# The FIDs the market decides, by their name in fids.yaml.
LIVE: dict[str, Fill] = {
    "current_price": Fill(PRICES, lambda s: s.price(s.last), by_price=True),
    "change": Fill(PRICES, lambda s: s.signed(s.last - s.base), by_price=True),
    "change_rate": Fill(PERCENT, Snapshot.change_rate, by_price=True),
    "change_sign": Fill(NO_UNIT, Snapshot.sign_code, by_price=True),
    "open_price": Fill(PRICES, lambda s: s.price(s.bar.open)),
    "high_price": Fill(PRICES, lambda s: s.price(s.bar.high)),
    "low_price": Fill(PRICES, lambda s: s.price(s.bar.low)),
    "best_ask": Fill(PRICES, _level(0, 0), by_price=True),
    "best_bid": Fill(PRICES, _level(1, 0), by_price=True),
    "trade_volume": Fill(SHARES, lambda s: s.count(s.tape.last_qty)),
    "cumulative_volume": Fill(SHARES, lambda s: str(s.bar.volume)),
    "cumulative_trade_value": Fill(frozenset({"KRW_million"}), lambda s: s.plain(s.tape.value / MILLION)),
    "trade_time": Fill(NO_UNIT, lambda s: s.time(s.market.now())),
    "quote_time": Fill(NO_UNIT, lambda s: s.time(s.market.now())),
    "volume_change_vs_prev_day": Fill(SHARES, lambda s: s.count(s.bar.volume - s.previous_volume())),
    "volume_ratio_vs_prev_day": Fill(PERCENT, Snapshot.volume_ratio),
    "trade_value_change": Fill(frozenset({"KRW"}), Snapshot.value_change),
    "turnover_rate": Fill(PERCENT, lambda s: percent(s.bar.volume, s.shares)),
    "market_cap": Fill(frozenset({"KRW_100million"}), lambda s: s.plain(s.last * s.shares / 10**8), by_price=True),
    "trade_strength": Fill(PERCENT, lambda s: percent(s.tape.buy_volume, s.tape.sell_volume)),
    "upper_limit_time": Fill(NO_UNIT, lambda s: s.time(s.tape.upper_at)),
    "lower_limit_time": Fill(NO_UNIT, lambda s: s.time(s.tape.lower_at)),
    "open_time": Fill(NO_UNIT, lambda s: s.time(s.tape.opened_at)),
    "high_time": Fill(NO_UNIT, lambda s: s.time(s.tape.high_at)),
    "low_time": Fill(NO_UNIT, lambda s: s.time(s.tape.low_at)),
    "sell_trade_volume": Fill(SHARES, lambda s: str(s.tape.sell_volume)),
    "buy_trade_volume": Fill(SHARES, lambda s: str(s.tape.buy_volume)),
    "buy_trade_ratio": Fill(
        PERCENT, lambda s: percent(s.tape.buy_volume, s.tape.buy_volume + s.tape.sell_volume, signed=True)
    ),
    "sell_trade_count": Fill(frozenset({"count"}), lambda s: str(s.tape.sell_count)),
    "buy_trade_count": Fill(frozenset({"count"}), lambda s: str(s.tape.buy_count)),
    "instant_trade_value": Fill(frozenset({"KRW_thousand"}), lambda s: s.count(int(s.last * s.tape.last_qty / 1000))),
    "sell_trade_volume_single": Fill(SHARES, lambda s: s.single(-1)),
    "buy_trade_volume_single": Fill(SHARES, lambda s: s.single(1)),
    "net_buy_trade_volume": Fill(SHARES, lambda s: s.count(s.tape.last_qty)),
    "avg_trade_price_today": Fill(PRICES, lambda s: s.plain(s.tape.value / max(s.bar.volume, 1))),
    "session_type": Fill(NO_UNIT, lambda s: "2"),  # the regular session: the clock stays inside it
    **{name: Fill(frozenset({"KRW"}), _per_share(share), by_price=True) for name, share in PER_SHARE.items()},
    **{f"ask_price_{n + 1}": Fill(PRICES, _level(0, n), by_price=True) for n in range(BOOK_LEVELS)},
    **{f"bid_price_{n + 1}": Fill(PRICES, _level(1, n), by_price=True) for n in range(BOOK_LEVELS)},
    **{f"ask_qty_{n + 1}": Fill(SHARES, _size(0, n)) for n in range(BOOK_LEVELS)},
    **{f"bid_qty_{n + 1}": Fill(SHARES, _size(1, n)) for n in range(BOOK_LEVELS)},
    "total_ask_qty": Fill(SHARES, lambda s: str(s.totals()[0])),
    "total_bid_qty": Fill(SHARES, lambda s: str(s.totals()[1])),
    "net_bid_qty": Fill(SHARES, lambda s: s.count(s.totals()[1] - s.totals()[0])),
    "net_ask_qty": Fill(SHARES, lambda s: s.count(s.totals()[0] - s.totals()[1])),
    "bid_ratio": Fill(PERCENT, lambda s: percent(s.totals()[1], s.totals()[0])),
    "ask_ratio": Fill(PERCENT, lambda s: percent(s.totals()[0], s.totals()[1])),
}


def percent(part: int, whole: int, *, signed: bool = False) -> str:
    """part / whole in percent with two decimals, rounded half up, in whole numbers (this runs for every trade);
    "+" in front when `signed` (Kiwoom signs 1032 "+54.63" and not 228 "120.42"), "0.00" for nothing."""
    if whole <= 0 or part <= 0:
        return "0.00"
    hundredths = (part * 20_000 // whole + 1) // 2
    text = f"{hundredths // 100}.{hundredths % 100:02d}"
    return ("+" if signed else "") + text if hundredths else "0.00"


def _live(name: str, unit: str | None) -> bool:
    """The market decides this FID: it knows the name, and the type keeps the FID's unit (the index types
    0J / 0U count volumes in thousands and levels in points)."""
    live = LIVE.get(name)
    return live is not None and unit in live.units
