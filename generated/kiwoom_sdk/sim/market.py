"""A simulated market: one price per item that walks a few ticks at a time, deterministic for a seed.

Domestic items (six-character codes such as 005930) and gold spot (M04020000) trade in whole KRW on the
KRX tick table; US items (alphabetic codes such as AAPL) trade in USD with two decimals. Every item draws
its base price and its walk from its own `random.Random` seeded with the market seed and the code, so a
price path does not depend on which other items were asked about, or in which order.
"""

from __future__ import annotations

import random
from decimal import Decimal

Price = int | Decimal  # whole KRW for domestic items, USD with two decimals for US items

CENT = Decimal("0.01")
GOLD_TICK = Decimal(10)
LIMIT = Decimal("0.30")  # KRX daily price limit: the walk stays within ±30% of the previous close
MAX_STEP_TICKS = 3

NAMES = {
    "005930": "삼성전자",
    "000660": "SK하이닉스",
    "035420": "NAVER",
    "035720": "카카오",
    "005380": "현대차",
    "M04020000": "금 99.99_1kg",
    "M04020100": "미니금 99.99_100g",
    "AAPL": "애플",
    "NVDA": "엔비디아",
    "TSLA": "테슬라",
    "MSFT": "마이크로소프트",
}

# KRX tick table: (prices below this bound, tick).
KRX_TICKS = ((2_000, 1), (5_000, 5), (20_000, 10), (50_000, 50), (200_000, 100), (500_000, 500))


def is_us(code: str) -> bool:
    """A US item: letters only, with the '.' or '-' of share classes (BRK.B)."""
    letters = code.replace(".", "").replace("-", "")
    return letters.isascii() and letters.isalpha()


def is_gold(code: str) -> bool:
    """A KRX gold spot item (M04020000 금 99.99_1kg, M04020100 미니금 99.99_100g)."""
    return code.startswith("M04")


def currency(code: str) -> str:
    return "USD" if is_us(code) else "KRW"


class Market:
    """Current price, previous close and best quotes per item; `step` moves one item's price."""

    def __init__(self, seed: int = 0, *, usd_krw: Decimal = Decimal("1380.00")) -> None:
        self.seed = seed
        self.usd_krw = usd_krw  # the exchange rate the account converts USD amounts with
        self._rngs: dict[str, random.Random] = {}
        self._close: dict[str, Decimal] = {}
        self._last: dict[str, Decimal] = {}

    @staticmethod
    def tick_size(price: int) -> int:
        """The KRX tick for a stock price."""
        for bound, tick in KRX_TICKS:
            if price < bound:
                return tick
        return 1_000

    def tick(self, code: str, price: Price) -> Decimal:
        """The tick of an item at a price level: KRX table, 10 KRW for gold, one cent for US items."""
        if is_us(code):
            return CENT
        if is_gold(code):
            return GOLD_TICK
        return Decimal(self.tick_size(int(price)))

    def name(self, code: str) -> str:
        return NAMES.get(code, f"모의종목{code}")

    def price(self, code: str) -> Price:
        """The current (last traded) price."""
        return self._out(code, self._current(code))

    def close(self, code: str) -> Price:
        """The previous close, the base for change, sign and the price limits."""
        self._current(code)
        return self._out(code, self._close[code])

    def best_quotes(self, code: str) -> tuple[Price, Price]:
        """(best ask, best bid): one tick above and one tick below the current price."""
        last = self._current(code)
        return self._out(code, self._up(code, last)), self._out(code, self._down(code, last))

    def change(self, code: str) -> tuple[Price, Decimal]:
        """(difference to the previous close, change rate in percent with two decimals)."""
        last, close = self._current(code), self._close[code]
        rate = ((last - close) * 100 / close).quantize(CENT)
        return self._out(code, last - close), rate

    def sign(self, code: str, price: Price) -> str:
        """'+' above the previous close, '-' below, '' at it: how Kiwoom marks a price's direction."""
        self._current(code)
        close = self._close[code]
        return "+" if price > close else "-" if price < close else ""

    def step(self, code: str) -> Price:
        """Walk the price up to a few ticks up or down, within the daily limit, and return it."""
        last = self._current(code)
        self._last[code] = self._walk(code, last)
        return self._out(code, self._last[code])

    def set_price(self, code: str, price: Price) -> None:
        """Put the current price where a test needs it (the previous close stays)."""
        self._current(code)
        self._last[code] = Decimal(price)

    def _current(self, code: str) -> Decimal:
        """The current price, first drawing the item's previous close and opening walk."""
        if code not in self._last:
            rng = self._rngs[code] = random.Random(f"{self.seed}:{code}")
            close = self._base(code, rng)
            self._close[code] = close
            self._last[code] = self._walk(code, close)
        return self._last[code]

    def _base(self, code: str, rng: random.Random) -> Decimal:
        if is_us(code):
            return Decimal(rng.randint(2_000, 50_000)) * CENT
        if is_gold(code):
            return Decimal(rng.randint(12_000, 18_000)) * GOLD_TICK
        raw = rng.randint(5_000, 200_000)
        return Decimal(raw - raw % self.tick_size(raw))

    def _walk(self, code: str, price: Decimal) -> Decimal:
        close = self._close[code]
        low, high = close * (1 - LIMIT), close * (1 + LIMIT)
        moves = self._rngs[code].randint(-MAX_STEP_TICKS, MAX_STEP_TICKS)
        for _ in range(abs(moves)):
            moved = self._up(code, price) if moves > 0 else self._down(code, price)
            if not low <= moved <= high:
                break
            price = moved
        return price

    def _up(self, code: str, price: Decimal) -> Decimal:
        return price + self.tick(code, price)

    def _down(self, code: str, price: Decimal) -> Decimal:
        """One tick down, using the tick of the level below (2,000 -> 1,999, 2,005 -> 2,000)."""
        unit = CENT if is_us(code) else Decimal(1)
        return price - self.tick(code, price - unit)

    @staticmethod
    def _out(code: str, value: Decimal) -> Price:
        return value.quantize(CENT) if is_us(code) else int(value)
