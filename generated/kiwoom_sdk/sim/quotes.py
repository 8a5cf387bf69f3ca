"""Answers that follow the simulated market, field by field, in the forms Kiwoom sends.

A query that names a domestic item (stk_cd) gets that item's quote in its top-level fields; list rows get
the bar of their date (daily, weekly, monthly and yearly charts, daily prices), their moment (minute and
tick charts, trades) or their own item (rows that carry a stk_cd). Fields are recognised by name, the same
names across TRs: cur_prc, open_pric, high_pric, low_pric, upl_pric, lst_pric, base_pric, pred_pre, flu_rt,
sel_1th_bid, 250hgst, ... A field no rule knows keeps the value synthesized for its kind.

Forms, as recorded from Kiwoom (specs/recorded/001-ka10001-006360-after-hours.json): a signed price field
carries the direction against the base ("+35900" above, "-32100" below, "34150" at it), a change its
arithmetic sign ("+800", "-23000", "0"), a change rate its sign too ("+2.34"); unsigned price fields (the
daily chart's, base_pric) are plain digits.

Dated rows walk back over KRX trading days from the request's date (base_dt, qry_dt, dt, end_dt) and
intraday rows back in time within the session; a page ends with a cursor (the date or moment of the row
that comes next), which the next-key carries to the following page.
"""

from __future__ import annotations

import datetime
import functools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from .._digits import ascii_digits
from . import synth
from .market import Bar, Market, extreme_of, is_us

SIGN_TABLE = "price_change_sign"  # 1 upper limit, 2 rise, 3 unchanged, 4 lower limit, 5 fall
BOOK_LEVEL = re.compile(r"^(?P<side>sel|buy)_(?:(?P<level>\d+)(?:th)?_?(?:pre_)?bid|fpr_bid|bid)$")
LEVEL_PRICES = {"cur_prc", "close_pric", "exp_cntr_pric", "open_pric", "high_pric", "low_pric"}
LIMIT_PRICES = {"upl_pric": "upper", "lst_pric": "lower"}
BASE_PRICES = {"base_pric", "pred_close_pric"}
BEST_QUOTES = {"pri_sel_bid_unit": ("sel", 1), "pri_buy_bid_unit": ("buy", 1)}
CHANGES = {"pred_pre", "pre", "pred_rt"}  # pred_rt is a change amount where its kind is signed_int, else a rate
CHANGE_RATES = {"flu_rt", "pre_rt", "pred_rt"}
EXTREMES = {"250hgst", "250lwst", "oyr_hgst", "oyr_lwst", "250hgst_pric_dt", "250lwst_pric_dt"} | {
    "250hgst_pric_pre_rt",
    "250lwst_pric_pre_rt",
}
VOLUMES = {"trde_qty", "acc_trde_qty", "now_trde_qty"}
AMOUNTS = {"trde_prica", "acc_trde_prica"}
DATES = ("dt", "date")
TIMES = ("cntr_tm", "tm", "bid_req_base_tm", "bid_tm")
TIME_KINDS = ("time", "clock_time", "datetime")  # the kinds of a row's time (or date and time) of day
REQUEST_DATES = ("base_dt", "qry_dt", "dt", "end_dt")  # where a request says from which day to walk back
PERIODS = {  # charts whose rows are weeks, months or years rather than days
    "ka10082": "week", "ka20007": "week", "ka50082": "week",
    "ka10083": "month", "ka20008": "month", "ka50083": "month",
    "ka10094": "year", "ka20019": "year",
}  # fmt: skip
MINUTE_CHARTS = {"ka10080", "ka20005", "ka50080", "ka50092"}  # tic_scope counts minutes; in other charts, ticks


@dataclass(frozen=True)
class Moment:
    """What one answer or row quotes: a bar (today's, a past day's, a period's or a minute's) of an item, the
    base its signs and changes refer to, and when it is."""

    code: str
    bar: Bar
    at: datetime.datetime | None = None  # for intraday rows and today's quote
    acc_volume: int | None = None  # the day's volume up to this moment (intraday rows)


@dataclass(frozen=True)
class Profile:
    """An item's company figures, drawn once per seed and item (ka10001's fundamentals)."""

    face_value: int
    shares_thousands: int
    float_rate: Decimal
    eps: int
    bps: int
    sales: int  # 100 million KRW
    credit_rate: Decimal
    foreign_rate: Decimal

    @classmethod
    @functools.cache
    def of(cls, seed: int, code: str) -> Profile:
        rng = random.Random(f"{seed}:{code}:profile")
        return cls(
            face_value=rng.choice((100, 500, 1000, 5000)),
            shares_thousands=rng.randint(10_000, 6_000_000),
            float_rate=Decimal(rng.randint(450, 950)) / 10,
            eps=rng.randint(-2_000, 12_000),
            bps=rng.randint(5_000, 120_000),
            sales=rng.randint(1_000, 3_000_000),
            credit_rate=Decimal(rng.randint(0, 600)) / 100,
            foreign_rate=Decimal(rng.randint(0, 6_000)) / 100,
        )


def _volume_ratio(volume: int, previous: int) -> str:
    """A volume as a percentage of another, signed as Kiwoom signs it: "+162.95" above, "-37.24" below."""
    ratio = Decimal(volume) * 100 / previous if previous else Decimal(0)
    return f"{'+' if ratio >= 100 else '-'}{ratio:.2f}"


def item(code: str) -> str:
    """The market code of an item as requests and rows name it: A005930, 005930_AL -> 005930."""
    code = code.strip().split("_")[0]
    return code[1:] if len(code) == 7 and code[0] == "A" and ascii_digits(code[1:]) else code


def quotable(code: str) -> bool:
    """A domestic item code: six letters or digits (005930, 0009K0). Anything else names no item of the market."""
    return len(code) == 6 and code.isascii() and code.isalnum() and not is_us(code)


class Quoter:
    """Fills one answer of one TR from the market."""

    def __init__(
        self, market: Market, api_id: str, api: dict[str, Any], request: dict[str, Any], unit_factors: dict[str, int]
    ) -> None:
        self.market = market
        self.unit_factors = unit_factors  # what one of a unit is worth in won, dollars or shares (kinds.yaml)
        self.api_id = api_id
        self.api = api
        self.request = request
        self.code = item(str(request.get("stk_cd", "")))
        self.quotes_item = quotable(self.code)  # the request names one item of the market
        self._figures: dict[str, dict[str, Callable[[dict[str, Any]], str]]] = {}

    def _in_unit(self, field: dict[str, Any], value: Decimal | int, default: str) -> str:
        """`value` (won, dollars or shares) written in the field's unit, as the server writes an amount or a count (a
        trade value in won in ka10003, in millions in ka10081, in thousands of dollars in usa20540); in `default`
        where the field's unit has no factor in the specs (one that follows a request switch, grams)."""
        factors = self.unit_factors
        return _plain(Decimal(value) / factors.get(field.get("unit") or "", factors[default]))

    def fill(self, answer: dict[str, Any], cursor: str | None, rows: int) -> str | None:
        """Set what the market decides in `answer`; the cursor of the next page of its series, if any."""
        following: str | None = None
        fields = {f["name"]: f for f in self.api["response"]}
        if self.quotes_item:
            today = self.market.today_bar(self.code)
            self._apply(answer, fields, Moment(self.code, today, self.market.now()), top=True)
        for name, field in fields.items():
            if field["kind"] == "list" and isinstance(answer.get(name), list):
                answer[name], after = self._rows(field, answer[name], cursor, rows)
                following = following or after
        return following

    # ---- rows --------------------------------------------------------------------------------------

    def _rows(
        self, field: dict[str, Any], rows: list[Any], cursor: str | None, count: int
    ) -> tuple[list[Any], str | None]:
        """Dated or timed rows of a series, `count` to a page (rows as synthesized, their market fields set);
        rows of items quoted one by one; any other rows as they are."""
        members = {m["name"]: m for m in field.get("fields", [])}
        code = self.code if self.quotes_item else ""
        if "stk_cd" in members:
            return self._items([row for row in rows if isinstance(row, dict)], members), None
        if any(members.get(n, {}).get("kind") == "date" for n in DATES):
            moments, following = self._days(code, cursor, count)
        elif any(members.get(n, {}).get("kind") in TIME_KINDS for n in TIMES):
            moments, following = self._intraday(code, cursor, count)
        else:
            return rows, None
        rng = random.Random(f"{self.market.seed}:{self.api_id}:{code}:{cursor}")
        template = synth.body([field], rng, len(moments), padded=self.api_id.startswith("kt"))
        out = template[field["name"]]
        for row, moment in zip(out, moments, strict=True):
            self._apply(row, members, moment, top=False)
        return out, following

    def _items(self, rows: list[dict[str, Any]], members: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows of items (watch lists, rankings): each row quotes its own item; a request listing items (a|b|c)
        gets one row per listed item."""
        asked = [item(code) for code in str(self.request.get("stk_cd", "")).split("|") if quotable(item(code))]
        if len(asked) > 1:
            rows = [dict(rows[i % len(rows)], stk_cd=code) for i, code in enumerate(asked)] if rows else []
        for row in rows:
            code = item(str(row.get("stk_cd", "")))
            if quotable(code):
                if "stk_nm" in row:
                    row["stk_nm"] = self.market.name(code)
                bar = self.market.today_bar(code)
                named = row["stk_cd"]  # as the row names it (000660_AL): kept
                self._apply(row, members, Moment(code, bar, self.market.now()), top=True)
                row["stk_cd"] = named
        return rows

    def _start(self, cursor: str | None) -> datetime.date:
        if cursor:
            return datetime.datetime.strptime(cursor[:8], "%Y%m%d").date()
        for name in REQUEST_DATES:
            text = str(self.request.get(name) or "")
            if len(text) == 8 and ascii_digits(text):
                return min(datetime.datetime.strptime(text, "%Y%m%d").date(), self.market.today)
        return self.market.today

    def _days(self, code: str, cursor: str | None, count: int) -> tuple[list[Moment], str]:
        """Daily rows (or weeks, months, years) walking back over trading days, down to the first day of the
        market's history (fewer rows, or none, for a series that would start before it)."""
        period = PERIODS.get(self.api_id, "day")
        start = self._start(cursor)
        first = self.market.rules.first_day
        moments: list[Moment] = []
        day = self.market.rules.on_or_before(start)
        for _ in range(count):
            if day < first:
                break
            days = [day]
            while period != "day":
                earlier = self.market.rules.previous_trading_day(days[-1])
                if _period_key(earlier, period) != _period_key(day, period) or earlier < first:
                    break
                days.append(earlier)
            moments.append(Moment(code, self._bar(code, days)))
            day = self.market.rules.previous_trading_day(days[-1])
        return moments, day.strftime("%Y%m%d")

    def _bar(self, code: str, days: list[datetime.date]) -> Bar:
        """One row's bar: a day's, or the period of `days` (newest first) put together; an empty bar (dates only)
        where the rows name no item of the market (sector charts)."""
        if not code:
            zero = Decimal(0)
            return Bar(days[-1], zero, zero, zero, zero, zero, 0)
        bars = [self.market.bar(code, day) for day in days]
        if len(bars) == 1:
            return bars[0]
        return Bar(
            days[-1],
            bars[-1].base,
            bars[-1].open,
            max(b.high for b in bars),
            min(b.low for b in bars),
            bars[0].close,
            sum(b.volume for b in bars),
        )

    def _intraday(self, code: str, cursor: str | None, count: int) -> tuple[list[Moment], str]:
        """Minute bars or ticks walking back from now (or the cursor) within the session, day by day."""
        minutes = 0
        if self.api_id in MINUTE_CHARTS:
            scope = str(self.request.get("tic_scope", "1"))
            minutes = int(scope) if ascii_digits(scope) and int(scope) > 0 else 1
        at = datetime.datetime.strptime(cursor, "%Y%m%d%H%M%S") if cursor else self.market.now()
        moments: list[Moment] = []
        path = _Path(self.market, code, at.date(), minutes)
        while len(moments) < count:
            found = path.upto(at, count - len(moments))
            moments.extend(found)
            if len(moments) >= count:
                at = found[-1].at - datetime.timedelta(seconds=1) if found[-1].at else at
                break
            previous = self.market.rules.previous_trading_day(at.date())
            at = datetime.datetime.combine(previous, self.market.rules.closes)
            path = _Path(self.market, code, previous, minutes)
        return moments, at.strftime("%Y%m%d%H%M%S")

    # ---- fields ------------------------------------------------------------------------------------

    def _apply(self, row: dict[str, Any], fields: dict[str, dict[str, Any]], moment: Moment, *, top: bool) -> None:
        if moment.code and "stk_cd" in row and top:
            row["stk_cd"] = moment.code
        if moment.code and "stk_nm" in row and top:
            row["stk_nm"] = self.market.name(moment.code)
        for name in list(row):
            field = fields.get(name)
            if field is not None and field["kind"] not in ("list", "object"):
                value = self._value(name, field, moment, top)
                if value is not None:
                    row[name] = value

    def _value(self, name: str, field: dict[str, Any], moment: Moment, top: bool) -> str | None:
        bar, market, code = moment.bar, self.market, moment.code
        if name in DATES and field["kind"] == "date":
            return bar.date.strftime("%Y%m%d")
        if name in TIMES and moment.at is not None and field["kind"] in TIME_KINDS:
            return moment.at.strftime("%Y%m%d%H%M%S" if field["kind"] == "datetime" else "%H%M%S")
        if not code:
            return None  # a row of no item of the market (a sector's): its date or time only
        lower, upper = market.limits(code, bar.base)
        if name in LEVEL_PRICES:
            price = {"open_pric": bar.open, "high_pric": bar.high, "low_pric": bar.low}.get(name, bar.close)
            return _level(field, price, bar.base)
        if name in LIMIT_PRICES:
            return _level(field, upper if LIMIT_PRICES[name] == "upper" else lower, bar.base)
        if name in BASE_PRICES:
            return _plain(bar.base)
        book = BOOK_LEVEL.match(name)
        if book is not None or name in BEST_QUOTES:
            side, level = (book["side"], int(book["level"] or 1)) if book else BEST_QUOTES[name]
            return _level(field, market.level(code, bar.close, level if side == "sel" else -level, bar.base), bar.base)
        if field.get("enum") == SIGN_TABLE:
            return _sign_code(bar.close, bar.base, lower, upper)
        if name in CHANGES and field["kind"] != "rate":
            return _signed(bar.close - bar.base)
        if name in CHANGE_RATES:
            return _rate(field, (bar.close - bar.base) * 100 / bar.base if bar.base else Decimal(0))
        if name in VOLUMES and field["kind"] == "int":
            return self._in_unit(field, moment.acc_volume if moment.acc_volume is not None else bar.volume, "shares")
        if name in AMOUNTS and field["kind"] == "int":
            if moment.acc_volume is None and bar.date == market.today:
                # what today's trades came to, as 0B streams it
                return self._in_unit(field, market.tape(code).value, "KRW_million")
            volume = moment.acc_volume if moment.acc_volume is not None else bar.volume
            return self._in_unit(field, volume * (bar.high + bar.low + bar.close) / 3, "KRW_million")
        profile = Profile.of(market.seed, code)
        if name == "cntr_str":  # 체결강도: buy volume per 100 of sell volume
            return f"{Decimal(50 + bar.volume % 15_000 / 100):.2f}"
        if name == "trde_tern_rt":
            return _rate(field, Decimal(bar.volume) * 100 / (profile.shares_thousands * 1000))
        if top:
            return self._fundamental(name, field, moment, profile)
        return None

    def _extreme(self, moment: Moment, *, yearly: bool, high: bool) -> Bar:
        """The bar of the 250-day (or this year's) high or low, today's bar included."""
        past = self.market.past_extreme(moment.code, 249, this_year=yearly, high=high)
        return extreme_of([moment.bar] if past is None else [moment.bar, past], high) or moment.bar

    def _fundamental(self, name: str, field: dict[str, Any], moment: Moment, profile: Profile) -> str | None:
        """ka10001's company figures and 250-day / yearly extremes, consistent with the price."""
        bar = moment.bar
        if name in EXTREMES:
            extreme = self._extreme(moment, yearly=name.startswith("oyr"), high="hgst" in name)
            price = extreme.high if "hgst" in name else extreme.low
            if name.endswith("_dt"):
                return extreme.date.strftime("%Y%m%d")
            if name.endswith("_pre_rt"):
                return _rate(field, (bar.close - price) * 100 / price)
            return _level(field, price, bar.base)
        figures = self._figures.get(moment.code)
        if figures is None:
            figures = self._figures[moment.code] = self._company(moment, profile)
        make = figures.get(name)
        return make(field) if make is not None else None

    def _company(self, moment: Moment, profile: Profile) -> dict[str, Callable[[dict[str, Any]], str]]:
        """How each of ka10001's company figures is written, given its field."""
        bar, market = moment.bar, self.market
        shares = profile.shares_thousands * 1000
        figures: dict[str, Callable[[dict[str, Any]], str]] = {
            "setl_mm": lambda _: "12",
            "fav": lambda _: str(profile.face_value),
            "fav_unit": lambda _: "원",
            "cap": lambda field: self._in_unit(field, profile.face_value * shares, "KRW_100million"),
            "flo_stk": lambda field: self._in_unit(field, shares, "thousand_shares"),
            "stkcnt": lambda field: self._in_unit(field, shares, "thousand_shares"),
            "dstr_stk": lambda field: self._in_unit(field, shares * profile.float_rate / 100, "thousand_shares"),
            "dstr_rt": lambda _: f"{profile.float_rate:.1f}",
            "mac": lambda field: self._in_unit(field, bar.close * shares, "KRW_100million"),
            "crd_rt": lambda field: _rate(field, profile.credit_rate),
            "for_exh_rt": lambda field: _rate(field, profile.foreign_rate),
            "repl_pric": lambda _: _plain((bar.base * Decimal("0.7") / 10).to_integral_value(ROUND_FLOOR) * 10),
            "eps": lambda _: str(profile.eps),
            "bps": lambda _: str(profile.bps),
            "per": lambda _: f"{bar.close / profile.eps:.2f}" if profile.eps > 0 else "",
            "pbr": lambda _: f"{bar.close / profile.bps:.2f}",
            "roe": lambda _: f"{Decimal(profile.eps) * 100 / profile.bps:.1f}",
            "ev": lambda _: f"{Decimal(profile.bps) / 10_000 + 2:.2f}",
            "sale_amt": lambda _: str(profile.sales),
            "bus_pro": lambda _: str(profile.sales // 12),
            "cup_nga": lambda _: str(profile.sales // 20),
            "exp_cntr_qty": lambda _: str(bar.volume // 1000 + 1),
            # today's volume as a percentage OF the previous day's, its sign saying above (+) or below (-) it
            "trde_pre": lambda _: _volume_ratio(bar.volume, market.past(moment.code, 1)[0].volume),
        }
        figures["pred_trde_qty_pre"] = figures["trde_pre"]
        return figures


class _Path:
    """One day's minute bars (or ticks) of an item, newest first, from the session's close (today: from now)
    back to its open, within the day's range; drawn whole, the same for every page."""

    def __init__(self, market: Market, code: str, day: datetime.date, minutes: int) -> None:
        self.moments: list[Moment] = []
        rules = market.rules
        opens = datetime.datetime.combine(day, rules.opens)
        end = market.now() if day == market.today else datetime.datetime.combine(day, rules.closes)
        if not code:
            bar = Bar(day, Decimal(0), Decimal(0), Decimal(0), Decimal(0), Decimal(0), 0)
        else:
            bar = market.bar(code, day)
        rng = random.Random(f"{market.seed}:{code}:{day}:{minutes}")
        at, price, acc = end, bar.close, bar.volume
        while at > opens:
            close = price
            if code and minutes:
                opening = _clamp(market.move(code, close, rng.randint(-2, 2)), bar)
                high = _clamp(market.move(code, max(opening, close), rng.randint(0, 1)), bar)
                low = _clamp(market.move(code, min(opening, close), -rng.randint(0, 1)), bar)
            else:
                opening = high = low = close
            volume = rng.randint(1, 5_000) * (minutes or 1)
            minute = Bar(day, bar.base, opening, high, low, close, volume)
            self.moments.append(Moment(code, minute, at, max(acc, 0)))
            acc -= volume
            at -= datetime.timedelta(minutes=minutes) if minutes else datetime.timedelta(seconds=rng.randint(1, 40))
            price = _clamp(market.move(code, opening, rng.randint(-1, 1)), bar) if code else close

    def upto(self, at: datetime.datetime, count: int) -> list[Moment]:
        """Up to `count` moments at or before `at`, newest first."""
        return [m for m in self.moments if m.at is not None and m.at <= at][:count]


def _clamp(price: Decimal, bar: Bar) -> Decimal:
    return min(max(price, bar.low), bar.high)


def _period_key(day: datetime.date, period: str) -> tuple[int, ...]:
    if period == "week":
        return tuple(day.isocalendar()[:2])
    if period == "month":
        return (day.year, day.month)
    return (day.year,)


def _plain(value: Decimal | int) -> str:
    return str(int(Decimal(value).quantize(Decimal(1), ROUND_HALF_UP)))


def _level(field: dict[str, Any], price: Decimal | None, base: Decimal) -> str:
    """A price, marked with its direction against the base when the field is signed; "0" for none."""
    if price is None:
        return "0"
    sign = ("+" if price > base else "-" if price < base else "") if field.get("signed") else ""
    return f"{sign}{_plain(price)}"


def _signed(value: Decimal) -> str:
    number = int(value)
    return f"{number:+d}" if number else "0"


def _rate(field: dict[str, Any], value: Decimal) -> str:
    """A change rate with its sign ("+2.34", "-22.07"), "0.00" when nothing changed."""
    places = field.get("decimals") or 2
    rounded = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return f"{rounded:+.{places}f}" if rounded else f"{Decimal(0):.{places}f}"


def _sign_code(price: Decimal, base: Decimal, lower: Decimal, upper: Decimal) -> str:
    if price >= upper:
        return "1"
    if price <= lower:
        return "4"
    return "2" if price > base else "5" if price < base else "3"
