"""REAL entries that follow the market, fast enough to load-test a client.

Synthesizing every FID of every entry with `random` costs tens of microseconds an entry (0D has 163
FIDs), which would make the simulator, not the client, the bottleneck. So each type gets a pool of
entries drawn once and serialized once, split at the item code and at every FID the market decides
(`LIVE`, by the FID's name in fids.yaml: prices, changes, volumes, the order book, times, ...). A frame then
costs one market move per item, the market's values of that moment (`Snapshot`) and a `bytes.join` per entry.
The other FIDs keep the values drawn for their kind. Items outside the market (sectors, the empty item of
account types) get values of their kind in the market's FIDs too.

Forms, as recorded from Kiwoom (specs/recorded/031-0B-005930.json, 035-0D-...json): prices carry their
direction against the previous close ("-251000"), changes and trade volumes an arithmetic sign ("-4000",
"+8": a buyer took the ask), rates a sign ("-1.57"), times HHMMSS, an order book level beyond the day's limits "0".
"""

from __future__ import annotations

import datetime
import functools
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import orjson

from . import synth
from .market import CENT, Market, Price, is_gold, is_us
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
    """Serialized REAL entries of one type: each is the part before the item code, then the rest split at the
    market's FIDs, whose names `slots` gives in order, with `fallback` values of their kind for items outside the
    market. Nothing else depends on the item, so one pool serves every item, and a REG of a hundred items costs
    nothing more than one of a single item."""

    entries: tuple[tuple[bytes, tuple[bytes, ...], tuple[bytes, ...]], ...]
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
            head, rest = entry.split(ITEM_MARK.encode())
            chunks = [rest]
            for name in slots:
                before, after = chunks[-1].split(SLOT.format(name).encode(), 1)
                chunks[-1:] = [before, after]
            entries.append((head, tuple(chunks), tuple(fallback)))
        return cls(tuple(entries), slots, spec["section"])

    def entry(self, rng: random.Random, item: bytes, snapshot: dict[str, bytes] | None) -> bytes:
        """One serialized entry for `item` (JSON-escaped, unquoted) with the market's values of `snapshot` (None:
        an item outside the market, whose values stay those of their kind)."""
        head, chunks, fallback = self.entries[rng.randrange(POOL_SIZE)]
        values = fallback if snapshot is None else [snapshot[name] for name in self.slots]
        parts = [head, item, chunks[0]]
        for value, chunk in zip(values, chunks[1:], strict=True):
            parts += (value, chunk)
        return b"".join(parts)


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
        return {name: LIVE[name][1](self).encode() for name in names}

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
    def rate(value: Decimal, *, signed: bool = True) -> str:
        rounded = value.quantize(CENT, ROUND_HALF_UP)
        if not rounded:
            return "0.00"
        return f"{rounded:+.2f}" if signed else f"{rounded:.2f}"

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

    def previous_volume(self) -> int:
        return self.market.past(self.code, 1)[0].volume

    def volume_ratio(self) -> str:
        """Today's volume as a percent of the previous day's, signed like the difference (recorded: "-37.24")."""
        previous = self.previous_volume()
        ratio = self.rate(Decimal(self.bar.volume) * 100 / previous, signed=False)
        difference = self.bar.volume - previous
        return ("+" if difference > 0 else "-" if difference < 0 else "") + ratio

    def value_change(self) -> str:
        """Today's value traded less the previous day's (KRW), that day's valued at its typical price."""
        day = self.market.past(self.code, 1)[0]
        return self.count(int(self.tape.value - day.volume * (day.high + day.low + day.close) / 3))

    @property
    def shares(self) -> int:
        return _shares(self.market.seed, self.code)

    def single(self, side: int) -> str:
        """The last trade's shares if it was initiated by this side (+1 buyer, -1 seller), else 0."""
        qty = self.tape.last_qty
        return self.count(qty) if qty * side > 0 else "0"


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
# The FIDs the market decides, by name: the units they are in (None: no unit), and their value at a moment.
LIVE: dict[str, tuple[frozenset[str | None], Callable[[Snapshot], str]]] = {
    "current_price": (PRICES, lambda s: s.price(s.last)),
    "change": (PRICES, lambda s: s.signed(s.last - s.base)),
    "change_rate": (frozenset({"percent"}), Snapshot.change_rate),
    "change_sign": (frozenset({None}), Snapshot.sign_code),
    "open_price": (PRICES, lambda s: s.price(s.bar.open)),
    "high_price": (PRICES, lambda s: s.price(s.bar.high)),
    "low_price": (PRICES, lambda s: s.price(s.bar.low)),
    "best_ask": (PRICES, _level(0, 0)),
    "best_bid": (PRICES, _level(1, 0)),
    "trade_volume": (frozenset({"shares"}), lambda s: s.count(s.tape.last_qty)),
    "cumulative_volume": (frozenset({"shares"}), lambda s: str(s.bar.volume)),
    "cumulative_trade_value": (frozenset({"KRW_million"}), lambda s: s.plain(s.tape.value / MILLION)),
    "trade_time": (frozenset({None}), lambda s: s.time(s.market.now())),
    "quote_time": (frozenset({None}), lambda s: s.time(s.market.now())),
    "volume_change_vs_prev_day": (frozenset({"shares"}), lambda s: s.count(s.bar.volume - s.previous_volume())),
    "volume_ratio_vs_prev_day": (frozenset({"percent"}), Snapshot.volume_ratio),
    "trade_value_change": (frozenset({"KRW"}), Snapshot.value_change),
    "turnover_rate": (frozenset({"percent"}), lambda s: s.rate(Decimal(s.bar.volume) * 100 / s.shares, signed=False)),
    "market_cap": (frozenset({"KRW_100million"}), lambda s: s.plain(s.last * s.shares / 10**8)),
    "trade_strength": (
        frozenset({"percent"}),
        lambda s: s.rate(Decimal(s.tape.buy_volume) * 100 / max(s.tape.sell_volume, 1), signed=False),
    ),
    "upper_limit_time": (frozenset({None}), lambda s: s.time(s.tape.upper_at)),
    "lower_limit_time": (frozenset({None}), lambda s: s.time(s.tape.lower_at)),
    "open_time": (frozenset({None}), lambda s: s.time(s.tape.opened_at)),
    "high_time": (frozenset({None}), lambda s: s.time(s.tape.high_at)),
    "low_time": (frozenset({None}), lambda s: s.time(s.tape.low_at)),
    "sell_trade_volume": (frozenset({"shares"}), lambda s: str(s.tape.sell_volume)),
    "buy_trade_volume": (frozenset({"shares"}), lambda s: str(s.tape.buy_volume)),
    "buy_trade_ratio": (
        frozenset({"percent"}),
        lambda s: s.rate(Decimal(s.tape.buy_volume) * 100 / max(s.tape.buy_volume + s.tape.sell_volume, 1)),
    ),
    "sell_trade_count": (frozenset({"count"}), lambda s: str(s.tape.sell_count)),
    "buy_trade_count": (frozenset({"count"}), lambda s: str(s.tape.buy_count)),
    "instant_trade_value": (
        frozenset({"KRW_thousand"}),
        lambda s: s.count(int(s.last * s.tape.last_qty / 1000)),
    ),
    "sell_trade_volume_single": (frozenset({"shares"}), lambda s: s.single(-1)),
    "buy_trade_volume_single": (frozenset({"shares"}), lambda s: s.single(1)),
    "net_buy_trade_volume": (frozenset({"shares"}), lambda s: s.count(s.tape.last_qty)),
    "avg_trade_price_today": (PRICES, lambda s: s.plain(s.tape.value / max(s.bar.volume, 1))),
    "session_type": (frozenset({None}), lambda s: "2"),  # the regular session: the clock stays inside it
    **{f"ask_price_{n + 1}": (PRICES, _level(0, n)) for n in range(BOOK_LEVELS)},
    **{f"bid_price_{n + 1}": (PRICES, _level(1, n)) for n in range(BOOK_LEVELS)},
    **{f"ask_qty_{n + 1}": (frozenset({"shares"}), _size(0, n)) for n in range(BOOK_LEVELS)},
    **{f"bid_qty_{n + 1}": (frozenset({"shares"}), _size(1, n)) for n in range(BOOK_LEVELS)},
    "total_ask_qty": (frozenset({"shares"}), lambda s: str(sum(s.sizes()[0]))),
    "total_bid_qty": (frozenset({"shares"}), lambda s: str(sum(s.sizes()[1]))),
    "net_bid_qty": (frozenset({"shares"}), lambda s: s.count(sum(s.sizes()[1]) - sum(s.sizes()[0]))),
    "net_ask_qty": (frozenset({"shares"}), lambda s: s.count(sum(s.sizes()[0]) - sum(s.sizes()[1]))),
    "bid_ratio": (
        frozenset({"percent"}),
        lambda s: s.rate(Decimal(sum(s.sizes()[1])) * 100 / max(sum(s.sizes()[0]), 1), signed=False),
    ),
    "ask_ratio": (
        frozenset({"percent"}),
        lambda s: s.rate(Decimal(sum(s.sizes()[0])) * 100 / max(sum(s.sizes()[1]), 1), signed=False),
    ),
}


def _live(name: str, unit: str | None) -> bool:
    """The market decides this FID: it knows the name, and the type keeps the FID's unit (the index types
    0J / 0U count volumes in thousands and levels in points)."""
    live = LIVE.get(name)
    return live is not None and unit in live[0]
