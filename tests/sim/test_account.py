"""The simulator's trading state: market prices, orders, fills, pushes and account answers (no network)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from kiwoom_sdk.sim.account import Account, SimOrderError
from kiwoom_sdk.sim.market import Market

ROOT = Path(__file__).resolve().parents[2]

CODE = "005930"


def _spec_fids(type_id: str) -> set[str]:
    (path,) = (ROOT / "specs" / "domestic" / "realtime").glob(f"{type_id}-*.yaml")
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    values = next(f for f in spec["response"] if f["name"] == "data")["fields"]
    return {str(fid["fid"]) for field in values if field["name"] == "values" for fid in field["fids"]}


def answered(account: Account, api_id: str, body: dict[str, str]) -> dict[str, Any]:
    answer = account.answer(api_id, body)
    assert answer is not None, f"the account does not answer {api_id}"
    return answer


def buy(code: str = CODE, qty: int = 1, price: int | None = None, exchange: str = "KRX") -> dict[str, str]:
    """A kt10000 body: a limit order when a price is given, a market order otherwise."""
    return {
        "dmst_stex_tp": exchange,
        "stk_cd": code,
        "ord_qty": str(qty),
        "ord_uv": "" if price is None else str(price),
        "trde_tp": "3" if price is None else "0",
        "cond_uv": "",
    }


@pytest.fixture
def market() -> Any:
    market = Market(seed=1)
    market.set_price(CODE, 60_000)
    return market


@pytest.fixture
def pushes() -> list[tuple[str, dict[str, str]]]:
    return []


@pytest.fixture
def account(market: Any, pushes: list[tuple[str, dict[str, str]]]) -> Any:
    return Account(market, cash=10_000_000, positions={"000660": 5}, listener=lambda t, v: pushes.append((t, v)))


def test_market_is_deterministic_per_seed() -> None:
    def path(seed: int) -> list[Any]:
        market = Market(seed)
        return [market.step(code) for _ in range(5) for code in ("005930", "AAPL", "000660")]

    assert path(7) == path(7)
    assert path(7) != path(8)


def test_market_prices_stay_on_the_tick_grid() -> None:
    market = Market(seed=3)
    assert [Market.tick_size(p) for p in (1_999, 2_000, 4_999, 19_999, 49_999, 199_999, 499_999, 500_000)] == [
        1, 5, 5, 10, 50, 100, 500, 1_000,
    ]  # fmt: skip
    for code in ("005930", "000660", "123456"):
        for _ in range(20):
            price = market.step(code)
            assert isinstance(price, int) and price % Market.tick_size(price) == 0
        ask, bid = market.best_quotes(code)
        assert bid < market.price(code) < ask
    us = market.step("AAPL")
    assert isinstance(us, Decimal) and us == us.quantize(Decimal("0.01"))
    assert market.name("005930") == "삼성전자" and market.name("AAPL") == "애플"


def test_market_change_against_previous_close() -> None:
    market = Market(seed=5)
    close = market.close(CODE)
    market.set_price(CODE, close + 1_000)
    diff, rate = market.change(CODE)
    assert diff == 1_000
    assert rate == (Decimal(1_000) * 100 / close).quantize(Decimal("0.01"))


def test_market_buy_fills_at_the_ask(account: Any, market: Any) -> None:
    ask, _ = market.best_quotes(CODE)
    answer = account.order("kt10000", buy(qty=3))
    assert answer == {"ord_no": "0000001", "dmst_stex_tp": "KRX"}
    assert account.orders["0000001"].status == "filled"
    assert account.cash == 10_000_000 - 3 * ask
    assert account.positions[CODE].qty == 3
    assert account.positions[CODE].avg_price == ask


def test_limit_buy_rests_until_the_price_falls_to_it(account: Any, market: Any) -> None:
    account.order("kt10000", buy(qty=2, price=59_000))
    order = account.orders["0000001"]
    assert order.status == "open" and order.price == 59_000
    deposit = account.answer("kt00001", {"qry_tp": "2"})
    assert deposit["entr"] == "000000010000000"
    assert deposit["ord_alow_amt"] == "000000009882000"  # 2 x 59,000 held back
    market.set_price(CODE, 59_100)
    account.on_price(CODE)
    assert order.status == "open"
    market.set_price(CODE, 58_900)
    account.on_price(CODE)
    assert order.status == "filled" and order.filled == 2
    assert account.cash == 10_000_000 - 2 * 58_900
    assert account.positions[CODE].qty == 2


def test_modify_moves_quantity_to_a_new_order(account: Any) -> None:
    account.order("kt10000", buy(qty=10, price=59_000))
    body = {"dmst_stex_tp": "KRX", "orig_ord_no": "0000001", "stk_cd": CODE, "mdfy_qty": "4", "mdfy_uv": "58000"}
    answer = account.order("kt10002", body)
    assert answer == {
        "ord_no": "0000002",
        "base_orig_ord_no": "0000001",
        "mdfy_qty": "000000000004",
        "dmst_stex_tp": "KRX",
    }
    orig, new = account.orders["0000001"], account.orders["0000002"]
    assert (orig.status, orig.remaining) == ("open", 6)
    assert (new.status, new.qty, new.price, new.orig_ord_no) == ("open", 4, 58_000, "0000001")
    whole = {**body, "orig_ord_no": "0000002", "mdfy_qty": "4", "mdfy_uv": "57000"}  # all that remains
    assert account.order("kt10002", whole)["base_orig_ord_no"] == "0000001"  # the first order of the chain
    assert new.status == "modified"
    assert account.orders["0000003"].qty == 4


def test_cancel_zero_withdraws_all_that_remains(account: Any) -> None:
    account.order("kt10000", buy(qty=10, price=59_000))
    answer = account.order(
        "kt10003", {"dmst_stex_tp": "KRX", "orig_ord_no": "0000001", "stk_cd": CODE, "cncl_qty": "0"}
    )
    assert answer == {"ord_no": "0000002", "base_orig_ord_no": "0000001", "cncl_qty": "000000000010"}
    order = account.orders["0000001"]
    assert (order.status, order.remaining) == ("cancelled", 0)
    assert account.answer("ka10075", {"all_stk_tp": "0", "trde_tp": "0", "stk_cd": "", "stex_tp": "0"}) == {"oso": []}
    assert account.answer("kt00001", {"qry_tp": "2"})["ord_alow_amt"] == "000000010000000"


@pytest.mark.parametrize(
    ("orig", "code", "qty", "reason"),
    [
        ("0000099", CODE, "1", "SIM4002"),  # unknown
        ("0000001", CODE, "1", "SIM4003"),  # already filled
        ("0000002", "000660", "1", "SIM4005"),  # another item
        ("0000002", CODE, "6", "SIM4004"),  # more than remains
    ],
)
def test_cancel_needs_an_open_order_of_the_item(account: Any, orig: str, code: str, qty: str, reason: str) -> None:
    account.order("kt10000", buy())
    account.order("kt10000", buy(qty=5, price=50_000))
    with pytest.raises(SimOrderError) as refused:
        account.order("kt10003", {"dmst_stex_tp": "KRX", "orig_ord_no": orig, "stk_cd": code, "cncl_qty": qty})
    assert refused.value.code == 20 and refused.value.reason == reason
    assert refused.value.message.startswith(f"[2000]({reason}:모의투자 ")


def test_modify_of_a_filled_order_is_refused(account: Any) -> None:
    account.order("kt10000", buy())
    body = {"dmst_stex_tp": "KRX", "orig_ord_no": "0000001", "stk_cd": CODE, "mdfy_qty": "1", "mdfy_uv": "59000"}
    with pytest.raises(SimOrderError, match="미체결수량이 없습니다") as refused:
        account.order("kt10002", body)
    assert refused.value.reason == "SIM4003"


@pytest.mark.parametrize("exchange", ["NXT", "SOR"])
def test_mock_account_takes_krx_only(market: Any, exchange: str) -> None:
    with pytest.raises(SimOrderError, match="KRX") as refused:
        Account(market).order("kt10000", buy(exchange=exchange))
    assert refused.value.code == 1517
    real = Account(market, mock=False)
    assert real.order("kt10000", buy(exchange=exchange))["dmst_stex_tp"] == exchange


def test_selling_more_than_held_is_refused(account: Any) -> None:
    sell = {**buy(code="000660", qty=6), "trde_tp": "3"}
    with pytest.raises(SimOrderError) as refused:
        account.order("kt10001", sell)
    assert refused.value.message == "[2000](800033:모의투자 매도가능수량이 부족합니다.)"  # as the mock server words it
    high = account.market.price("000660") * 2
    account.order("kt10001", {**sell, "ord_qty": "3", "ord_uv": str(high - high % 1000), "trde_tp": "0"})
    account.order("kt10001", {**sell, "ord_qty": "2"})
    with pytest.raises(SimOrderError, match="800033"):
        account.order("kt10001", {**sell, "ord_qty": "1"})  # the 5 are all offered or sold


def test_sell_realizes_profit(account: Any, market: Any, pushes: list[tuple[str, dict[str, str]]]) -> None:
    cost = int(account.positions["000660"].avg_price)
    market.set_price("000660", cost + 10 * Market.tick_size(cost))
    _, bid = market.best_quotes("000660")
    account.order("kt10001", {**buy(code="000660", qty=5), "trde_tp": "3"})
    assert "000660" not in account.positions
    assert account.cash == 10_000_000 + 5 * bid
    type_id, balance = pushes[-1]
    assert type_id == "04" and balance["930"] == "0" and balance["946"] == "1"
    assert balance["990"] == balance["950"] == str(5 * (bid - cost))


@pytest.mark.parametrize(
    ("change", "answer"),
    [
        ({"ord_uv": "59050"}, "[2000](RC4003:모의투자 호가단위 오류입니다.)"),  # off the 100-won tick
        ({"trde_tp": "99"}, "[2000](407022:모의투자 매매구분을 확인하십시요)"),
        ({"ord_qty": "1000"}, "[2000](SIM4001:모의투자 주문가능금액이 부족합니다)"),  # 59 million won > 10 million
    ],
)
def test_order_values_are_checked(account: Any, change: dict[str, str], answer: str) -> None:
    """Broken business rules are [2000](code:reason). (Values of the wrong form never reach the account: the
    simulator refuses them by the spec's rules first, see tests/test_request_validation.py.)"""
    with pytest.raises(SimOrderError) as refused:
        account.order("kt10000", {**buy(price=59_000), **change})
    assert answer in refused.value.message
    assert refused.value.code == (20 if answer.startswith("[2000]") else 1517)
    assert account.orders == {}


def test_the_real_server_words_a_bad_price_as_recorded(market: Any) -> None:
    """specs/recorded/022: the real server refuses an off-grid price with 571557."""
    with pytest.raises(SimOrderError) as refused:
        Account(market, mock=False).order("kt10001", {**buy(price=59_050), "trde_tp": "0"})
    assert (refused.value.code, refused.value.message) == (20, "[2000](571557:주문단가를 잘못입력하셨습니다)")


def test_the_mock_server_refuses_orders_after_the_close(market: Any) -> None:
    """specs/recorded/019: RC4058 on the mock server once the session is over; the real server takes the order."""
    market.is_open = False
    with pytest.raises(SimOrderError) as refused:
        Account(market).order("kt10000", buy())
    assert (refused.value.code, refused.value.message) == (20, "[2000](RC4058:모의투자 장종료)")
    assert Account(market, mock=False).order("kt10000", buy())["ord_no"] == "0000001"
    market.is_open = True
    assert Account(market).order("kt10000", buy())["ord_no"] == "0000001"


def test_pushes_follow_the_realtime_specs(account: Any, pushes: list[tuple[str, dict[str, str]]]) -> None:
    account.order("kt10000", buy(qty=3))
    assert [type_id for type_id, _ in pushes] == ["00", "00", "04"]
    (_, accepted), (_, filled), (_, balance) = pushes
    assert accepted["9203"] == filled["9203"] == "0000001"
    assert accepted["9001"] == balance["9001"] == CODE
    assert (accepted["913"], accepted["902"], accepted["911"]) == ("접수", "3", "")
    assert (filled["913"], filled["911"], filled["915"], filled["902"]) == ("체결", "3", "3", "0")
    assert filled["905"] == "+매수" and filled["907"] == "2" and filled["906"] == "시장가"
    assert int(filled["903"]) == 3 * int(filled["910"])
    assert filled["10"].lstrip("+-") == "60000"
    assert (balance["930"], balance["933"], balance["945"]) == ("3", "3", "3")
    assert set(accepted) <= _spec_fids("00") and set(filled) <= _spec_fids("00")
    assert set(balance) <= _spec_fids("04")


def test_the_account_number_is_one_in_every_answer_and_push(
    account: Any, pushes: list[tuple[str, dict[str, str]]]
) -> None:
    account.order("kt10000", buy(qty=2, price=59_000))
    number = answered(account, "ka00001", {})["acctNo"]
    (row,) = answered(account, "ka10075", {"all_stk_tp": "0", "trde_tp": "0", "stk_cd": "", "stex_tp": "0"})["oso"]
    assert pushes and {values["9201"] for type_id, values in pushes if type_id == "00"} == {number} == {row["acnt_no"]}


def test_modify_and_cancel_push_accept_and_confirm(account: Any, pushes: list[tuple[str, dict[str, str]]]) -> None:
    account.order("kt10000", buy(qty=2, price=59_000))
    account.order(
        "kt10002", {"dmst_stex_tp": "KRX", "orig_ord_no": "1", "stk_cd": CODE, "mdfy_qty": "0", "mdfy_uv": "58000"}
    )
    account.order("kt10003", {"dmst_stex_tp": "KRX", "orig_ord_no": "2", "stk_cd": CODE, "cncl_qty": "0"})
    events = [(v["9203"], v["913"], v["905"], v["904"]) for _, v in pushes]
    assert events == [
        ("0000001", "접수", "+매수", "0000000"),
        ("0000002", "접수", "+매수정정", "0000001"),
        ("0000002", "확인", "+매수정정", "0000001"),
        ("0000003", "접수", "매수취소", "0000002"),
        ("0000003", "확인", "매수취소", "0000002"),
    ]


def test_ioc_limit_that_cannot_trade_is_cancelled(account: Any, pushes: list[tuple[str, dict[str, str]]]) -> None:
    account.order("kt10000", {**buy(qty=2, price=59_000), "trde_tp": "10"})
    assert account.orders["0000001"].status == "cancelled"
    assert [v["913"] for _, v in pushes] == ["접수", "취소"]


def test_fill_lot_gives_partial_fills(market: Any) -> None:
    account = Account(market, fill_lot=4)
    account.order("kt10000", buy(qty=10, price=59_000))
    market.set_price(CODE, 59_000)
    account.on_price(CODE)
    order = account.orders["0000001"]
    assert (order.status, order.filled, order.remaining) == ("open", 4, 6)
    (row,) = answered(account, "ka10075", {"all_stk_tp": "1", "trde_tp": "2", "stk_cd": CODE, "stex_tp": "0"})["oso"]
    assert (row["ord_stt"], row["oso_qty"], row["cntr_qty"]) == ("체결", "6", "4")
    account.order("kt10003", {"dmst_stex_tp": "KRX", "orig_ord_no": "0000001", "stk_cd": CODE, "cncl_qty": "0"})
    assert (order.status, order.filled, order.remaining) == ("cancelled", 4, 0)
    (fill,) = answered(account, "ka10076", {"stk_cd": "", "qry_tp": "0", "sell_tp": "0", "ord_no": "", "stex_tp": "0"})[
        "cntr"
    ]
    assert (fill["ord_no"], fill["cntr_qty"], fill["cntr_pric"], fill["oso_qty"]) == ("0000001", "4", "59000", "0")


def test_balance_lists_holdings_like_the_guide(account: Any, market: Any) -> None:
    account.order("kt10000", buy(qty=3))
    answer = answered(account, "kt00018", {"qry_tp": "1", "dmst_stex_tp": "KRX"})
    rows = {row["stk_cd"]: row for row in answer["acnt_evlt_remn_indv_tot"]}
    assert set(rows) == {"A005930", "A000660"}
    row = rows["A005930"]
    ask, _ = market.best_quotes(CODE)
    assert row["rmnd_qty"] == "000000000000003"
    assert row["pur_amt"] == str(3 * ask).zfill(15)
    assert row["evlt_amt"] == "000000000180000"
    assert row["evltv_prft"] == "-" + str(3 * ask - 180_000).zfill(14)
    assert len(answer["tot_pur_amt"]) == 15
    assert account.answer("kt99999", {}) is None


def test_us_orders_trade_in_dollars(market: Any, pushes: list[tuple[str, dict[str, str]]]) -> None:
    account = Account(market, listener=lambda t, v: pushes.append((t, v)))
    market.set_price("AAPL", Decimal("200.00"))
    body = {"stex_tp": "ND", "stk_cd": "AAPL", "ord_qty": "10", "ord_uv": "200.50", "trde_tp": "00"}
    answer = account.order("ust20000", body)
    assert answer["ord_no"] == "000000001" and answer["stk_nm"] == "애플"
    assert account.usd_cash == Decimal("100000.00") - 10 * Decimal("200.00")
    assert answer["fc_entra"] == "98000.0000"
    (row,) = answered(account, "ust21070", {"stex_tp": "", "stk_cd": ""})["result_list"]
    assert (row["stk_cd"], row["poss_qty"], row["frgn_stk_book_uv"]) == ("AAPL", "000000000010", "200.0000")
    assert pushes == []  # US executions are F4/F5 frames of the US socket, not 00/04
    with pytest.raises(SimOrderError, match="호가단위"):
        account.order("ust20000", {**body, "ord_uv": "200.505"})  # a cent is the US grid


def test_currency_exchange_moves_cash(market: Any) -> None:
    account = Account(market, cash=1_000_000, usd_cash=Decimal(0))
    answer = account.order("ust31302", {"exch_tp": "1", "fc_exmn_amt": "138000"})
    assert account.cash == 862_000 and account.usd_cash == Decimal("100.00")
    assert (answer["krw_exmn_amt"], answer["buy_fc_amt"], answer["fc_entra_nowrm"]) == (
        "000000000138000",
        "100.00",
        "100.00",
    )
    with pytest.raises(SimOrderError, match=r"\[2000\]\(SIM4006:모의투자 환전가능금액이"):
        account.order("ust31302", {"exch_tp": "2", "fc_exmn_amt": "100.01"})
