"""The simulator agrees with its market and with Kiwoom's recorded answers: quotes whose limits, OHLC, signs and
changes fit together, charts that walk back over trading days, business refusals in the recorded form, and a
recorded mode. Everything goes through the generated client over loopback sockets."""

from __future__ import annotations

import datetime
import itertools
import json
import math
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from kiwoom_sdk import Kiwoom, KiwoomError
from kiwoom_sdk.sim import running

ROOT = Path(__file__).resolve().parent.parent
MARKET = yaml.safe_load((ROOT / "specs" / "market.yaml").read_text(encoding="utf-8"))
HOLIDAYS = {datetime.date.fromisoformat(day) for day in MARKET["holidays"]}
RECORDED = ROOT / "specs" / "recorded"
ITEMS = ("005930", "000660", "035720", "123456")


def recorded(name: str) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((RECORDED / name).read_text(encoding="utf-8"))["payload"]
    return payload


def tick(price: Decimal) -> int:
    return next(int(e["tick"]) for e in MARKET["grids"]["stock"] if "below" not in e or price < e["below"])


def limits(base: int) -> tuple[int, int]:
    """(lower, upper): KRX's limits as specs/market.yaml states them, worked out apart from the simulator."""
    rate = Decimal(MARKET["price_limit"]["rate"])
    upper, lower = base * (1 + rate), base * (1 - rate)
    return math.ceil(lower / tick(lower)) * tick(lower), math.floor(upper / tick(upper)) * tick(upper)


def price(raw: str) -> int:
    return int(raw.lstrip("+-") or 0)


def direction(raw: str, base: int) -> str:
    """The sign Kiwoom puts on a price: + above the base, - below, none at it."""
    value = price(raw)
    return "+" if value > base else "-" if value < base else ""


def change(value: int) -> str:
    return f"{value:+d}" if value else "0"


def rate(part: int, whole: int) -> str:
    value = (Decimal(part) * 100 / whole).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{value:+.2f}" if value else "0.00"


@pytest.fixture(scope="module", params=[1, 2, 3])
def client(request: pytest.FixtureRequest) -> Iterator[Kiwoom]:
    with (
        running(seed=request.param) as sim,
        Kiwoom(*sim.keys, base_url=sim.url, rate=1000, burst=100) as kiwoom,
    ):
        yield kiwoom


@pytest.mark.parametrize("code", ITEMS)
def test_a_quote_fits_its_base_limits_and_range(client: Kiwoom, code: str) -> None:
    raw = client.ka10001(stk_cd=code).raw
    base = int(raw["base_pric"])
    cur, opening, high, low = (price(raw[k]) for k in ("cur_prc", "open_pric", "high_pric", "low_pric"))
    lower, upper = limits(base)
    assert (price(raw["lst_pric"]), price(raw["upl_pric"])) == (lower, upper)
    assert raw["upl_pric"].startswith("+") and raw["lst_pric"].startswith("-")
    assert lower <= low <= min(opening, cur) <= max(opening, cur) <= high <= upper
    for key in ("cur_prc", "open_pric", "high_pric", "low_pric", "upl_pric", "lst_pric", "250hgst", "oyr_lwst"):
        value = price(raw[key])
        assert value % tick(Decimal(value)) == 0, (key, value)  # on the grid
        assert raw[key] == direction(raw[key], base) + str(value), (key, raw[key], base)
    assert raw["pred_pre"] == change(cur - base)
    assert raw["flu_rt"] == rate(cur - base, base)
    assert raw["pre_sig"] == (
        "1" if cur == upper else "4" if cur == lower else "2" if cur > base else "5" if cur < base else "3"
    )
    assert price(raw["250hgst"]) >= max(high, price(raw["oyr_hgst"]))
    assert price(raw["250lwst"]) <= min(low, price(raw["oyr_lwst"]))
    assert price(raw["oyr_hgst"]) >= high and price(raw["oyr_lwst"]) <= low
    assert raw["250hgst_pric_pre_rt"] == rate(cur - price(raw["250hgst"]), price(raw["250hgst"]))
    assert raw["250lwst_pric_dt"] <= "20260223" and raw["250hgst_pric_dt"] <= "20260223"
    assert int(raw["mac"]) == round(cur * int(raw["flo_stk"]) * 1000 / 10**8)


@pytest.mark.parametrize("code", ITEMS[:2])
def test_the_order_book_steps_away_from_the_price_on_the_grid(client: Kiwoom, code: str) -> None:
    raw, quote = client.ka10004(stk_cd=code).raw, client.ka10001(stk_cd=code).raw
    cur, base = price(quote["cur_prc"]), int(quote["base_pric"])
    lower, upper = limits(base)
    asks = [price(raw["sel_fpr_bid"])] + [price(raw[f"sel_{n}th_pre_bid"]) for n in range(2, 11)]
    bids = [price(raw["buy_fpr_bid"])] + [price(raw[f"buy_{n}th_pre_bid"]) for n in range(2, 11)]
    asks, bids = [a for a in asks if a], [b for b in bids if b]  # "0": a level beyond the limits
    assert asks and bids and bids[0] < cur < asks[0]
    assert asks == sorted(set(asks)) and bids == sorted(set(bids), reverse=True)
    assert all(lower <= p <= upper and p % tick(Decimal(p)) == 0 for p in asks + bids)
    assert raw["sel_fpr_bid"] == direction(raw["sel_fpr_bid"], base) + str(asks[0])


def test_rows_of_items_quote_each_item_like_its_own_quote(client: Kiwoom) -> None:
    rows = client.ka10095(stk_cd="005930|000660").raw["atn_stk_infr"]
    assert [row["stk_cd"] for row in rows] == ["005930", "000660"]
    for row in rows:
        quote = client.ka10001(stk_cd=row["stk_cd"]).raw
        for key in ("cur_prc", "base_pric", "upl_pric", "lst_pric", "open_pric", "high_pric", "low_pric", "pred_pre"):
            assert row[key] == quote[key], key
        assert row["stk_nm"] == quote["stk_nm"]


def _pages(client: Kiwoom, method: Any, list_field: str, **arguments: Any) -> list[list[dict[str, Any]]]:
    pages, next_key = [], None
    for _ in range(3):
        page = method(**arguments, cont_yn=next_key is not None, next_key=next_key)
        pages.append(page.raw[list_field])
        next_key = page.next_key
    assert not page.cont_yn
    return pages


def test_a_daily_chart_walks_back_over_trading_days_across_pages(client: Kiwoom) -> None:
    pages = _pages(
        client, client.ka10081, "stk_dt_pole_chart_qry", stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1"
    )
    rows = [row for page in pages for row in page]
    days = [datetime.datetime.strptime(row["dt"], "%Y%m%d").date() for row in rows]
    assert len(days) == 15 and all(len(page) == 5 for page in pages)
    assert all(a > b for a, b in itertools.pairwise(days))  # strictly back in time: no repeats
    assert all(day.weekday() < 5 and day not in HOLIDAYS for day in days)
    assert datetime.date(2026, 2, 16) not in days and datetime.date(2026, 2, 13) in days  # 설날 2026-02-16..18
    for row, earlier in itertools.pairwise(rows):
        opening, high, low, close = (int(row[k]) for k in ("open_pric", "high_pric", "low_pric", "cur_prc"))
        assert low <= min(opening, close) <= max(opening, close) <= high
        assert row["pred_pre"] == change(close - int(earlier["cur_prc"]))  # against the row before it
        lower, upper = limits(int(earlier["cur_prc"]))
        assert lower <= low and high <= upper
    today = client.ka10001(stk_cd="005930").raw
    assert rows[0]["dt"] == "20260223" and rows[0]["cur_prc"] == today["cur_prc"].lstrip("+-")
    assert rows[0]["high_pric"] == today["high_pric"].lstrip("+-")


def test_a_chart_starts_at_its_base_date() -> None:
    with running(seed=1) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        rows = kiwoom.ka10081(stk_cd="005930", base_dt="20260101", upd_stkpc_tp="1").raw["stk_dt_pole_chart_qry"]
        assert [row["dt"] for row in rows] == ["20251230", "20251229", "20251226", "20251224", "20251223"]
        weeks = kiwoom.ka10082(stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1").raw["stk_stk_pole_chart_qry"]
        starts = [datetime.datetime.strptime(row["dt"], "%Y%m%d").date() for row in weeks]
        assert starts[:2] == [datetime.date(2026, 2, 23), datetime.date(2026, 2, 19)]  # that week began after 설날
        assert len({day.isocalendar()[:2] for day in starts}) == len(starts)


def test_a_minute_chart_walks_back_within_the_session(client: Kiwoom) -> None:
    pages = _pages(client, client.ka10080, "stk_min_pole_chart_qry", stk_cd="005930", tic_scope="30", upd_stkpc_tp="1")
    moments = [datetime.datetime.strptime(row["cntr_tm"], "%Y%m%d%H%M%S") for page in pages for row in page]
    assert all(a > b for a, b in itertools.pairwise(moments))
    assert len({m.date() for m in moments}) >= 2  # crossed into the trading day before
    for moment in moments:
        assert moment.date().weekday() < 5 and moment.date() not in HOLIDAYS
        assert datetime.time(9, 0) < moment.time() <= datetime.time(15, 30)
    for row in (row for page in pages for row in page):
        opening, high, low, close = (price(row[k]) for k in ("open_pric", "high_pric", "low_pric", "cur_prc"))
        assert low <= min(opening, close) <= max(opening, close) <= high


# A price 5 won off a stock's 100-won step passes the client, which allows any KRX grid (an ETF could trade there),
# and is refused by the server, which checks the item's own grid.
STOCK_ONLY_OFF_GRID = 5


def _order_body(price_text: str) -> dict[str, str]:
    return {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "ord_uv": price_text, "trde_tp": "0"}


def _refusal(kiwoom: Kiwoom, api_id: str, body: dict[str, str]) -> dict[str, Any]:
    with pytest.raises(KiwoomError) as refused:
        getattr(kiwoom, api_id)(**body)
    assert isinstance(refused.value.response, dict)
    return refused.value.response


def test_an_off_grid_price_is_refused_as_the_real_server_words_it() -> None:
    with running(seed=1, env="real") as sim, Kiwoom(*sim.keys, env="real", base_url=sim.url) as kiwoom:
        cur = price(kiwoom.ka10001(stk_cd="005930").raw["cur_prc"])
        answer = _refusal(kiwoom, "kt10001", _order_body(str(cur + STOCK_ONLY_OFF_GRID)))
        assert answer == recorded("022-kt10001-rc20-571557-bad-price.json")


def test_the_mock_server_refuses_an_off_grid_price_with_its_own_code() -> None:
    with running(seed=1) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        cur = price(kiwoom.ka10001(stk_cd="005930").raw["cur_prc"])
        answer = _refusal(kiwoom, "kt10000", _order_body(str(cur + STOCK_ONLY_OFF_GRID)))
        assert answer == {"return_code": 20, "return_msg": "[2000](RC4003:모의투자 호가단위 오류입니다.)"}


def test_the_mock_server_refuses_orders_once_the_market_closed() -> None:
    with running(seed=1, market_open=False) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        market = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "trde_tp": "3"}
        assert _refusal(kiwoom, "kt10000", market) == recorded("019-kt10000-rc20-rc4058-market-closed.json")
        sim.market_open = True
        accepted = kiwoom.kt10000(**market)
        assert accepted.return_code == 0 and accepted.return_msg == "모의투자 매수주문완료"
        sim.market_open = False
        cancel = {"dmst_stex_tp": "KRX", "orig_ord_no": str(accepted.ord_no), "stk_cd": "005930", "cncl_qty": "0"}
        assert _refusal(kiwoom, "kt10003", cancel)["return_msg"] == "[2000](RC4058:모의투자 장종료)"


def test_recorded_mode_answers_with_the_recorded_payloads() -> None:
    with running(seed=1, recorded=True) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        assert kiwoom.ka10001(stk_cd="005930").raw == recorded("001-ka10001-006360-after-hours.json")
        chart = kiwoom.ka10081(stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1")
        assert chart.raw == recorded("007-ka10081-005930-row.json") and not chart.cont_yn  # rows cut as recorded
        assert kiwoom.kt00018(qry_tp="1", dmst_stex_tp="KRX").raw == recorded("014-kt00018-mock-empty.json")
        assert kiwoom.ka10004(stk_cd="005930").raw["return_msg"] == "정상적으로 처리되었습니다"  # none recorded
        order = kiwoom.kt10000(dmst_stex_tp="KRX", stk_cd="005930", ord_qty=1, trde_tp="3")
        assert order.ord_no == "0000001"  # orders stay with the simulated account
    chosen = ["015-kt00018-mock-holding.json"]
    with running(seed=1, recorded=chosen) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        assert kiwoom.kt00018(qry_tp="1", dmst_stex_tp="KRX").raw == recorded(chosen[0])
        assert kiwoom.ka10001(stk_cd="005930").raw["stk_cd"] == "005930"  # not chosen: from the market
    with pytest.raises(ValueError, match=r"no recorded answer named nope\.json"), running(recorded=["nope.json"]):
        pass


def test_an_orders_time_is_the_markets_clock() -> None:
    """An order's time (00's FID 908 order_exec_time, ka10075's tm) is the simulated moment it was placed, the clock
    every quote and trade reads (11:00 when the simulator starts), and a credit buy's loan date (FID 923) the
    simulated day: not the machine's."""
    from kiwoom_sdk import realtime

    with running(seed=1) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom, kiwoom.realtime() as live:
        live.register([], ["00"])
        lower = kiwoom.ka10001(stk_cd="005930").lst_pric  # the lower limit: the order rests
        assert isinstance(lower, int)
        before = sim.state.market.now().time().replace(microsecond=0)
        placed = kiwoom.kt10000(dmst_stex_tp="KRX", stk_cd="005930", ord_qty=1, trde_tp="0", ord_uv=int(lower))
        after = sim.state.market.now().time()
        pushed = next(event for event in live if isinstance(event, realtime.OrderExecution))
        at = pushed.order_exec_time
        assert pushed.order_no == placed.ord_no and isinstance(at, datetime.time) and before <= at <= after, pushed
        listed = kiwoom.ka10075(all_stk_tp="0", trde_tp="0", stex_tp="0").oso
        [row] = [row for row in listed if row.ord_no == placed.ord_no]
        assert isinstance(row.tm, datetime.time) and before <= row.tm <= after, row.tm
        credit = kiwoom.kt10006(dmst_stex_tp="KRX", stk_cd="005930", ord_qty=1, trde_tp="3")
        pushed = next(e for e in live if isinstance(e, realtime.OrderExecution) and e.order_no == credit.ord_no)
        assert pushed.order_loan_date == sim.state.market.today, pushed.order_loan_date


def test_a_condition_searchs_rows_quote_each_item_like_its_own_quote() -> None:
    """A condition search's rows (ka10172, usa20281) give each item as the market stands: its name, price, change,
    rate and the day's open, high and low as its own ka10001 quote gives them; a US item in dollars and cents."""
    from kiwoom_sdk import DecimalPrice, realtime

    with running(seed=1) as sim, Kiwoom(*sim.keys, base_url=sim.url) as kiwoom:
        with kiwoom.realtime() as live:
            live.send({"trnm": "CNSRREQ", "seq": "1", "search_type": "0", "stex_tp": "K"})
            answer = next(e for e in live if isinstance(e, realtime.SystemMessage) and e.trnm == "CNSRREQ")
        rows = realtime.ConditionSearchRow.rows(answer)
        assert rows
        for row in rows:
            assert row.code is not None
            quote = kiwoom.ka10001(stk_cd=row.code)
            assert row.item_name == quote.stk_nm and not str(row.item_name).startswith("모의종목"), row.item_name
            row_prices = (row.current_price, row.open_price, row.high_price, row.low_price)
            assert row_prices == (quote.cur_prc, quote.open_pric, quote.high_pric, quote.low_pric), row.values
            assert (row.change, row.change_rate) == (quote.pred_pre, quote.flu_rt), row.values
        with kiwoom.realtime("us") as live:
            live.send({"trnm": "GCNSRREQ", "seq": "1", "search_type": "0"})
            answer = next(e for e in live if isinstance(e, realtime.SystemMessage) and e.trnm == "GCNSRREQ")
        for us_row in realtime.UsConditionSearchRow.rows(answer):
            low, current, high = us_row.low_price, us_row.current_price, us_row.high_price
            assert isinstance(us_row.open_price, DecimalPrice), us_row.values
            assert isinstance(low, DecimalPrice) and isinstance(current, DecimalPrice), us_row.values
            assert isinstance(high, DecimalPrice) and low <= current <= high, us_row.values
