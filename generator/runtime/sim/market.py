"""A simulated market: one price per item that walks a few ticks at a time, deterministic for a seed.

Domestic items (six-character codes such as 005930) and gold spot (M04020000) trade in whole KRW, US items
(alphabetic codes such as AAPL) in USD, each on its grid of specs/market.yaml (`grid`: the same grids the
client checks order prices with, from kiwoom_sdk._endpoints). The daily price limit, the session and the
holidays are KRX's rules of specs/market.yaml too (`Rules`, read from the catalog). Every item draws its day and its walk from its own `random.Random` seeded with the market seed
and the code, so a price path does not depend on which other items were asked about, or in which order.

Each item has today's bar (base = previous close, open, high, low, last, volume) and a history of daily
bars walking back over trading days from the previous close, drawn as far back as someone asks. Today also has
a tape: the value traded, the buy- and sell-initiated volumes, when the high and low were made, the last trade.
The market's clock starts at 11:00 of the session and every trade moves it on a little, never past the close.
"""

from __future__ import annotations

import datetime
import functools
import json
import random
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from importlib import resources
from typing import Any

from .._endpoint import Grid
from .._endpoints import GRIDS

Price = int | Decimal  # whole KRW for domestic items, USD with two decimals for US items

CENT = Decimal("0.01")
MAX_STEP_TICKS = 3
TODAY = datetime.date(2026, 2, 23)  # the simulated trading day: fixed, so that answers are reproducible
DAY_MOVE = Decimal("0.02")  # a history day moves its close up to about 2 % from the day before
HISTORY_SPAN = (Decimal("0.6"), Decimal("1.6"))  # ... and drifts back toward today's level beyond this band
HISTORY_YEARS = 5  # years of daily history before the first year of the specs' holidays (600-row charts fit)
STARTS = datetime.time(11, 0)  # where the simulated clock stands when the simulator starts
TRADE_GAP_MS = 1000  # a trade moves the clock on by up to this many milliseconds
GAPS = tuple(datetime.timedelta(milliseconds=ms) for ms in range(TRADE_GAP_MS + 1))

NAMES = {
    "005930": "삼성전자",
    "000660": "SK하이닉스",
    "035420": "NAVER",
    "035720": "카카오",
    "005380": "현대차",
    "051910": "LG화학",
    "006400": "삼성SDI",
    "M04020000": "금 99.99_1kg",
    "M04020100": "미니금 99.99_100g",
    "AAPL": "애플",
    "NVDA": "엔비디아",
    "TSLA": "테슬라",
    "MSFT": "마이크로소프트",
    "COIN": "코인베이스",
    "SOFI": "소파이 테크놀로지스",
    "KO": "코카콜라",
    "SPY": "SPDR S&P 500 ETF",
}


@functools.cache
def is_us(code: str) -> bool:
    """A US item: letters only, with the '.' or '-' of share classes (BRK.B)."""
    letters = code.replace(".", "").replace("-", "")
    return letters.isascii() and letters.isalpha()


def is_gold(code: str) -> bool:
    """A KRX gold spot item (M04020000 금 99.99_1kg, M04020100 미니금 99.99_100g)."""
    return code.startswith("M04")


def grid(code: str) -> Grid:
    """The price grid an item trades on: US stocks', KRX gold's, or KRX stocks' (the simulator lists no funds)."""
    return GRIDS["us" if is_us(code) else "gold" if is_gold(code) else "stock"]


def currency(code: str) -> str:
    return "USD" if is_us(code) else "KRW"


@dataclass(frozen=True)
class Rules:
    """KRX's rules as specs/market.yaml states them: daily price limit, session, holidays."""

    limit_rate: Decimal
    opens: datetime.time
    closes: datetime.time
    holidays: frozenset[datetime.date]

    @classmethod
    def of(cls, data: dict[str, Any]) -> Rules:
        def clock(text: str) -> datetime.time:
            return datetime.time.fromisoformat(text)

        return cls(
            Decimal(data["price_limit"]["rate"]),
            clock(data["session"]["open"]),
            clock(data["session"]["close"]),
            frozenset(datetime.date.fromisoformat(day) for day in data["holidays"]),
        )

    @staticmethod
    @functools.cache
    def load() -> Rules:
        """The rules of the generated catalog (read once per process)."""
        text = resources.files("kiwoom_sdk.sim").joinpath("catalog.json").read_text(encoding="utf-8")
        return Rules.of(json.loads(text)["market"])

    @property
    def first_day(self) -> datetime.date:
        """The first day of the simulated market's history: January 1, HISTORY_YEARS before the first year of the
        specs' holidays (before that year every weekday counts as a trading day). A bound, so that a query for a
        date centuries back answers at once instead of walking back day by day."""
        return datetime.date(min(self.holidays).year - HISTORY_YEARS, 1, 1)

    def trading_day(self, day: datetime.date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def previous_trading_day(self, day: datetime.date) -> datetime.date:
        day -= datetime.timedelta(days=1)
        while not self.trading_day(day):
            day -= datetime.timedelta(days=1)
        return day

    def on_or_before(self, day: datetime.date) -> datetime.date:
        """The day itself when KRX trades on it, else the last trading day before it."""
        return day if self.trading_day(day) else self.previous_trading_day(day)


@dataclass(frozen=True)
class Bar:
    """One day of an item: its base (the previous close), OHLC, and volume in shares."""

    date: datetime.date
    base: Decimal
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: int


@dataclass
class Tape:
    """Today's trading of an item beyond its bar: value traded (KRW), volumes and trade counts by the side that
    initiated them, when the open, high and low were made and the limits first reached, and the last trade."""

    value: Decimal
    buy_volume: int
    sell_volume: int
    buy_count: int
    sell_count: int
    opened_at: datetime.datetime
    high_at: datetime.datetime
    low_at: datetime.datetime
    upper_at: datetime.datetime | None = None
    lower_at: datetime.datetime | None = None
    # shares of the last trade: positive when a buyer took the ask, negative when a seller hit the bid
    last_qty: int = 0


class Market:
    """Today's bar and the daily history per item; `step` moves one item's price."""

    def __init__(
        self,
        seed: int = 0,
        *,
        usd_krw: Decimal = Decimal("1380.00"),
        rules: Rules | None = None,
        today: datetime.date = TODAY,
        is_open: bool = True,
    ) -> None:
        self.seed = seed
        self.usd_krw = usd_krw  # the exchange rate the account converts USD amounts with
        self.rules = rules or Rules.load()
        self.today = self.rules.on_or_before(today)
        self.is_open = is_open  # the regular session (09:00-15:30 KST) is under way; closed: after 15:30
        self._rngs: dict[str, random.Random] = {}
        self._days: dict[str, Bar] = {}
        self._tapes: dict[str, Tape] = {}
        self._limits: dict[tuple[str, Decimal], tuple[Decimal, Decimal]] = {}
        self._books: dict[tuple[str, Decimal, Decimal, int], tuple[list[Price | None], list[Price | None]]] = {}
        self._near: dict[tuple[str, Decimal], tuple[Decimal, Decimal]] = {}  # (code, price) -> (a tick down, up)
        self._clock = datetime.datetime.combine(self.today, STARTS)
        self._clock_rng = random.Random(f"{seed}:clock")
        self._last_second = datetime.datetime.combine(self.today, self.rules.closes) - datetime.timedelta(seconds=1)
        self._history: dict[str, list[Bar]] = {}  # [0] is the previous trading day
        self._past_extremes: dict[tuple[str, int, bool, bool], Bar | None] = {}
        self._dates: list[datetime.date] = [self.today]  # trading days, today first

    @staticmethod
    def tick_size(price: int) -> int:
        """The KRX tick for a stock price."""
        return int(GRIDS["stock"].tick(Decimal(price)))

    @staticmethod
    def tick(code: str, price: Price) -> Decimal:
        """The tick of an item at a price level, by its grid."""
        return grid(code).tick(Decimal(price))

    @staticmethod
    def on_grid(code: str, price: Price) -> bool:
        """A positive price on the item's grid (an order off it is refused as the exchange refuses it)."""
        return grid(code).allows(Decimal(price))

    def name(self, code: str) -> str:
        return NAMES.get(code, f"모의종목{code}")

    def now(self) -> datetime.datetime:
        """The simulated moment (KST): the clock while the session runs (from 11:00 on, moved by every trade), its
        close (15:30) after it."""
        return self._clock if self.is_open else datetime.datetime.combine(self.today, self.rules.closes)

    def price(self, code: str) -> Price:
        """The current (last traded) price."""
        return self._out(code, self._day(code).close)

    def close(self, code: str) -> Price:
        """The previous close, the base for change, sign and the price limits."""
        return self._out(code, self._day(code).base)

    def today_bar(self, code: str) -> Bar:
        """Today's bar as it stands (close is the current price)."""
        return self._day(code)

    def limits(self, code: str, base: Decimal | None = None) -> tuple[Decimal, Decimal]:
        """(lower, upper) limit of a day with this base (today's by default): base -/+ the limit rate, the upper
        rounded down and the lower rounded up to the tick at that level."""
        base = self._day(code).base if base is None else base
        cached = self._limits.get((code, base))
        if cached is not None:
            return cached
        rate = self.rules.limit_rate
        upper, lower = base * (1 + rate), base * (1 - rate)
        up_tick, low_tick = self.tick(code, upper), self.tick(code, lower)
        upper = (upper / up_tick).to_integral_value(ROUND_FLOOR) * up_tick
        lower = -((-lower / low_tick).to_integral_value(ROUND_FLOOR)) * low_tick
        self._limits[code, base] = lower, upper
        return lower, upper

    def tape(self, code: str) -> Tape:
        """Today's tape of an item as it stands."""
        self._day(code)
        return self._tapes[code]

    def book(self, code: str, levels: int) -> tuple[list[Price | None], list[Price | None]]:
        """Today's order book around the current price: `levels` asks from one tick above it upward and as many
        bids from one tick below it downward, a tick apart (as `level` has them); None for a level beyond the
        day's limits."""
        day = self._day(code)
        key = (code, day.close, day.base, levels)
        cached = self._books.get(key)
        if cached is not None:
            return cached
        lower, upper = self.limits(code, day.base)
        sides: list[list[Price | None]] = []
        for step in (self._up, self._down):
            out: list[Price | None] = []
            price = day.close
            for _ in range(levels):
                moved = step(code, price)
                out.append(self._out(code, moved) if lower <= moved <= upper and moved != price else None)
                price = moved
            sides.append(out)
        book = self._books[key] = (sides[0], sides[1])  # a walk comes back to the same few prices
        return book

    def level(self, code: str, price: Decimal, ticks: int, base: Decimal) -> Decimal | None:
        """The order book level `ticks` ticks above a price (below, when negative), None beyond the limits of a day
        with this base."""
        lower, upper = self.limits(code, base)
        moved = self.move(code, price, ticks)
        return moved if lower <= moved <= upper else None

    def best_quotes(self, code: str) -> tuple[Price, Price]:
        """(best ask, best bid): one tick above and one tick below the current price."""
        last = self._day(code).close
        return self._out(code, self._up(code, last)), self._out(code, self._down(code, last))

    def change(self, code: str) -> tuple[Price, Decimal]:
        """(difference to the previous close, change rate in percent with two decimals)."""
        day = self._day(code)
        rate = ((day.close - day.base) * 100 / day.base).quantize(CENT)
        return self._out(code, day.close - day.base), rate

    def sign(self, code: str, price: Price) -> str:
        """'+' above the previous close, '-' below, '' at it: how Kiwoom marks a price's direction."""
        base = self._day(code).base
        return "+" if price > base else "-" if price < base else ""

    def step(self, code: str) -> Price:
        """Trade once: walk the price up to a few ticks up or down, within the daily limit, move the clock on, and
        return the price. A rise is a buyer taking the ask, a fall a seller hitting the bid."""
        day = self._day(code)
        rng = self._rngs[code]
        price = self._walk(code, day.close, day.base)
        qty = rng.randint(1, 500)
        side = 1 if price > day.close else -1 if price < day.close else rng.choice((1, -1))
        if self.is_open:
            self._clock = min(self._clock + GAPS[self._clock_rng.randint(0, TRADE_GAP_MS)], self._last_second)
        self._trade(code, price, qty * side)
        return self._out(code, self._days[code].close)

    def set_price(self, code: str, price: Price) -> None:
        """Put the current price where a test needs it. The previous close stays unless the price lies beyond the
        day's limits; then the day starts over from that price, so that limits and quotes stay consistent."""
        day = self._day(code)
        value = Decimal(price)
        lower, upper = self.limits(code)
        if not lower <= value <= upper:
            self._days[code] = Bar(day.date, value, value, value, value, value, day.volume)
            tape = self._tapes[code]
            tape.value = value * day.volume  # the day's trades at its one price
            tape.high_at = tape.low_at = self.now()
            tape.upper_at = tape.lower_at = None
            return
        self._trade(code, value, 0)

    # ---- history -----------------------------------------------------------------------------------

    def bar(self, code: str, day: datetime.date) -> Bar:
        """An item's bar of one trading day up to today (today's bar for a later day)."""
        index = self._index(day)
        if index == 0:
            return self._day(code)
        history = self._history.setdefault(code, [])
        self._day(code)
        while len(history) < index:
            history.append(self._earlier(code, history))
        return history[index - 1]

    def past(self, code: str, days: int) -> list[Bar]:
        """The bars of the `days` trading days before today, newest first."""
        self.bar(code, self._date(days))
        return self._history[code][:days]

    def past_extreme(self, code: str, days: int, *, this_year: bool, high: bool) -> Bar | None:
        """The bar of the highest high (the latest of equals) or the lowest low (the earliest of equals) of the
        `days` trading days before today (only those of today's year with `this_year`); past bars never change."""
        key = (code, days, this_year, high)
        if key not in self._past_extremes:
            bars = [b for b in self.past(code, days) if not this_year or b.date.year == self.today.year]
            self._past_extremes[key] = extreme_of(bars, high)
        return self._past_extremes[key]

    def _index(self, day: datetime.date) -> int:
        """How many trading days before today `day` is (0 for today and any later day)."""
        if day >= self.today:
            return 0
        while self._dates[-1] > day:
            self._dates.append(self.rules.previous_trading_day(self._dates[-1]))
        return self._dates.index(self.rules.on_or_before(day))

    def _date(self, index: int) -> datetime.date:
        """The trading day `index` trading days before today."""
        while len(self._dates) <= index:
            self._dates.append(self.rules.previous_trading_day(self._dates[-1]))
        return self._dates[index]

    def _earlier(self, code: str, history: list[Bar]) -> Bar:
        """The bar of the trading day before the oldest one drawn: its close is the base of the day after."""
        later = history[-1] if history else self._days[code]
        rng = random.Random(f"{self.seed}:{code}:day:{len(history) + 1}")
        close = later.base
        spread = max(1, int(close * DAY_MOVE / self.tick(code, close)))
        moves = rng.randint(-spread, spread)
        anchor = self._days[code].base
        if close > anchor * HISTORY_SPAN[1]:
            moves = -abs(moves)  # walking back, an earlier base below the close brings the price back down
        elif close < anchor * HISTORY_SPAN[0]:
            moves = abs(moves)
        base = self.move(code, close, -moves)
        lower, upper = self.limits(code, base)
        opening = min(max(self.move(code, base, rng.randint(-spread // 2, spread // 2)), lower), upper)
        high = min(self.move(code, max(opening, close), rng.randint(0, spread // 2)), upper)
        low = max(self.move(code, min(opening, close), -rng.randint(0, spread // 2)), lower)
        return Bar(self._date(len(history) + 1), base, opening, high, low, close, self._volume(rng))

    # ---- today -------------------------------------------------------------------------------------

    def _day(self, code: str) -> Bar:
        """Today's bar, first drawing the item's previous close and its session so far."""
        day = self._days.get(code)
        if day is None:
            rng = self._rngs[code] = random.Random(f"{self.seed}:{code}")
            base = self._base(code, rng)
            opening = self._walk(code, base, base)
            last = self._walk(code, opening, base)
            lower, upper = self.limits(code, base)
            high = min(self.move(code, max(opening, last), rng.randint(0, 4)), upper)
            low = max(self.move(code, min(opening, last), -rng.randint(0, 4)), lower)
            day = self._days[code] = Bar(self.today, base, opening, high, low, last, self._volume(rng))
            self._tapes[code] = self._morning(code, day, rng)
        return day

    def _morning(self, code: str, day: Bar, rng: random.Random) -> Tape:
        """The tape of the session before the clock started: trades averaging the day's range so far."""
        opened = datetime.datetime.combine(self.today, self.rules.opens)
        span = max(int((self._clock - opened).total_seconds()), 1)
        buys = day.volume * rng.randint(35, 65) // 100
        sells = day.volume - buys
        lower, upper = self.limits(code, day.base)
        high_at = opened + datetime.timedelta(seconds=rng.randint(0, span)) if day.high != day.open else opened
        low_at = opened + datetime.timedelta(seconds=rng.randint(0, span)) if day.low != day.open else opened
        return Tape(
            value=day.volume * (day.high + day.low + day.close) / 3,
            buy_volume=buys,
            sell_volume=sells,
            buy_count=buys // rng.randint(50, 300) + 1,
            sell_count=sells // rng.randint(50, 300) + 1,
            opened_at=opened,
            high_at=high_at,
            low_at=low_at,
            upper_at=high_at if day.high >= upper else None,
            lower_at=low_at if day.low <= lower else None,
        )

    def _trade(self, code: str, price: Decimal, qty: int) -> None:
        """A trade of `qty` shares at `price` (positive when buyer-initiated, negative when seller-initiated)."""
        day, tape, now = self._days[code], self._tapes[code], self.now()
        volume = abs(qty)
        if price > day.high:
            tape.high_at = now
        if price < day.low:
            tape.low_at = now
        lower, upper = self.limits(code, day.base)
        if price >= upper and tape.upper_at is None:
            tape.upper_at = now
        if price <= lower and tape.lower_at is None:
            tape.lower_at = now
        if volume:
            tape.value += price * volume
            if qty > 0:
                tape.buy_volume, tape.buy_count = tape.buy_volume + volume, tape.buy_count + 1
            else:
                tape.sell_volume, tape.sell_count = tape.sell_volume + volume, tape.sell_count + 1
            tape.last_qty = qty
        high, low = max(day.high, price), min(day.low, price)
        self._days[code] = Bar(day.date, day.base, day.open, high, low, price, day.volume + volume)

    @staticmethod
    def _volume(rng: random.Random) -> int:
        return rng.randint(50_000, 20_000_000)

    def _base(self, code: str, rng: random.Random) -> Decimal:
        if is_us(code):
            return Decimal(rng.randint(2_000, 50_000)) * CENT
        if is_gold(code):
            return Decimal(rng.randint(12_000, 18_000)) * grid(code).tick(Decimal(0))
        raw = rng.randint(5_000, 200_000)
        return Decimal(raw - raw % self.tick_size(raw))

    def _walk(self, code: str, price: Decimal, base: Decimal) -> Decimal:
        low, high = self.limits(code, base)
        moves = self._rngs[code].randint(-MAX_STEP_TICKS, MAX_STEP_TICKS)
        for _ in range(abs(moves)):
            moved = self._up(code, price) if moves > 0 else self._down(code, price)
            if not low <= moved <= high:
                break
            price = moved
        return price

    def move(self, code: str, price: Decimal, ticks: int) -> Decimal:
        """`ticks` ticks up (or down, when negative), one tick at a time across the grid's levels."""
        for _ in range(abs(ticks)):
            price = self._up(code, price) if ticks > 0 else self._down(code, price)
        return price

    def _up(self, code: str, price: Decimal) -> Decimal:
        return (self._near.get((code, price)) or self._neighbours(code, price))[1]

    def _down(self, code: str, price: Decimal) -> Decimal:
        return (self._near.get((code, price)) or self._neighbours(code, price))[0]

    def _neighbours(self, code: str, price: Decimal) -> tuple[Decimal, Decimal]:
        """(one tick down, one tick up) from a price, worked out once per item and price (a walk revisits a few):
        down with the tick of the level below (2,000 -> 1,999, 2,005 -> 2,000), never to zero."""
        unit = CENT if is_us(code) else Decimal(1)
        down = price if price - unit <= 0 else price - self.tick(code, price - unit)
        near = self._near[code, price] = (down, price + self.tick(code, price))
        return near

    @staticmethod
    def _out(code: str, value: Decimal) -> Price:
        return value.quantize(CENT) if is_us(code) else int(value)


def extreme_of(bars: list[Bar], high: bool) -> Bar | None:
    """The highest high (the latest of equals) or the lowest low (the earliest of equals) of some bars."""
    if not bars:
        return None
    if high:
        return max(bars, key=lambda b: (b.high, b.date))
    return min(bars, key=lambda b: (b.low, -b.date.toordinal()))
