"""A simulated account: cash, positions and orders that fill against the simulated `Market`.

`Account.order` takes the body of an order TR (domestic, credit, gold spot, US, currency exchange) and
answers with that TR's response fields; `Account.answer` answers the account queries the state can back
(balance, deposit, open orders, executions, US balance). Every order event is pushed to the listener as
Kiwoom's 00 (주문체결) realtime values, every fill also as 04 (잔고). Liquidity is unlimited and there are
no fees, taxes or settlement delays, so amounts add up exactly.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any, Literal

from .._digits import DIGITS, ascii_digits
from .._endpoint import Rule
from .._endpoints import ENDPOINTS
from ..codes import AccountExchangeType, AllOrSingleStock, SellBuyWithAll
from .market import CENT, Market, Price, currency, is_gold, is_us

INPUT_INVALID = 1517  # errors.yaml InputFormatInvalid: a value of the wrong form
UNEXPECTED = 1999  # errors.yaml UnexpectedServerError
REFUSED = 20  # the return_code of a business refusal; return_msg "[2000](code:reason)" says which

Side = Literal["buy", "sell"]
Status = Literal["open", "filled", "cancelled", "modified"]
Kind = Literal["new", "modify", "cancel"]
Product = Literal["stock", "gold", "us"]
Listener = Callable[[str, dict[str, str]], None]

SIDE_CODES: dict[Side, str] = {"sell": "1", "buy": "2"}  # FID 907 / 946, sell_buy code table
EXCHANGES = {  # an order's exchange -> its account_exchange_type code (SOR: 통합, unified) and text
    "KRX": (AccountExchangeType.KRX.value, "KRX"),
    "NXT": (AccountExchangeType.NXT.value, "NXT"),
    "SOR": (AccountExchangeType.UNIFIED.value, "SOR"),
}
NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?")


class SimOrderError(Exception):
    """An order the simulated server refuses; `code` and `message` become return_code and return_msg, `reason`
    is the broker's reason code of a business refusal (RC4058, 571557, ...)."""

    def __init__(self, code: int, message: str, reason: str | None = None) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message
        self.reason = reason


def refused(field: str, reason: str) -> SimOrderError:
    """Kiwoom's 1517 answer, naming the field and the reason as the guide's message template does."""
    return SimOrderError(INPUT_INVALID, f"입력 값 형식이 올바르지 않습니다. 파라미터={field} 실패사유= {reason}")


@dataclass(frozen=True)
class Refusal:
    """A business rule the server enforces. Kiwoom answers HTTP 200, return_code 20 and return_msg
    "[2000](code:reason)"; the mock server words its reasons "모의투자 ..." and uses codes of its own for some."""

    code: str
    reason: str
    mock_code: str | None = None
    mock_reason: str | None = None

    def error(self, mock: bool) -> SimOrderError:
        code, reason = self.code, self.reason
        if mock:
            code = self.mock_code or code
            reason = self.mock_reason or (reason if reason.startswith("모의투자") else f"모의투자 {reason}")
        return SimOrderError(REFUSED, f"[2000]({code}:{reason})", code)


# Recorded from Kiwoom (specs/recorded): a price off the grid on the real server, an order after the close on the
# mock server. Observed on the mock server and published (Samsung 244,750 at a 500-won tick; a sell over the
# sellable quantity): RC4003, 800033. Observed on the real server: 407022 (greatbps/kiwoom_trading, 2025-11-17).
BAD_PRICE = Refusal("571557", "주문단가를 잘못입력하셨습니다", "RC4003", "모의투자 호가단위 오류입니다.")
MARKET_CLOSED = Refusal("RC4058", "모의투자 장종료")  # the mock server after 15:30
NOT_SELLABLE = Refusal("800033", "매도가능수량이 부족합니다.")
BAD_TRADE_TYPE = Refusal("407022", "매매구분을 확인하십시요")
# Invented: no answer of Kiwoom's is known for these rules, so the codes are the simulator's own (SIM....).
NO_CASH = Refusal("SIM4001", "주문가능금액이 부족합니다")
NO_ORDER = Refusal("SIM4002", "원주문번호가 존재하지 않습니다")
NOT_OPEN = Refusal("SIM4003", "정정/취소 가능한 미체결수량이 없습니다")
OVER_REMAINING = Refusal("SIM4004", "정정/취소수량이 미체결수량을 초과합니다")
OTHER_ITEM = Refusal("SIM4005", "원주문의 종목코드와 다릅니다")
NO_CURRENCY = Refusal("SIM4006", "환전가능금액이 부족합니다")


@dataclass(frozen=True)
class TradeType:
    """How one trde_tp code trades."""

    name: str  # the Korean label of the code table, as FID 906 and the order lists show it
    pricing: Literal["limit", "market", "quote"]  # quote: the own side's best quote becomes the limit
    immediate: bool = False  # IOC/FOK: what does not trade at once is cancelled (unlimited liquidity: FOK acts as IOC)
    stop: bool = False  # waits until the price reaches the stop price (cond_uv, stop_pric)


# How the exchange matches each trde_tp code, beyond what the spec's rules say: its label (as FID 906 and the
# order lists show it), whether the own side's best quote becomes its limit, whether what does not trade at once
# is cancelled (IOC/FOK). Which codes carry a limit price and which a stop price are the spec's rules of each
# order TR (kiwoom_sdk._endpoints), read by `_trade_types`: one source for the client's checks and these.
Matching = tuple[str, bool, bool]  # (label, quote-priced, immediate)
STOCK_MATCHING: dict[str, Matching] = {  # trade_type
    "0": ("보통", False, False),
    "3": ("시장가", False, False),
    "5": ("조건부지정가", False, False),
    "81": ("장마감후시간외", False, False),
    "61": ("장시작전시간외", False, False),
    "62": ("시간외단일가", False, False),
    "6": ("최유리지정가", False, False),
    "7": ("최우선지정가", True, False),
    "10": ("보통(IOC)", False, True),
    "13": ("시장가(IOC)", False, True),
    "16": ("최유리(IOC)", False, True),
    "20": ("보통(FOK)", False, True),
    "23": ("시장가(FOK)", False, True),
    "26": ("최유리(FOK)", False, True),
    "28": ("스톱지정가", False, False),
    "29": ("중간가", True, False),
    "30": ("중간가(IOC)", True, True),
    "31": ("중간가(FOK)", True, True),
}
GOLD_MATCHING: dict[str, Matching] = {  # gold_trade_type
    "00": ("보통", False, False),
    "10": ("보통(IOC)", False, True),
    "20": ("보통(FOK)", False, True),
}
US_MATCHING: dict[str, Matching] = {  # us_sell_trade_type; the buy side has all but MOC, STOP LIMIT and STOP
    "00": ("지정가", False, False),
    "03": ("시장가", False, False),
    "26": ("VWAP지정가", False, False),
    "27": ("TWAP지정가", False, False),
    "30": ("LOC", False, False),
    "33": ("MOC", False, False),
    "34": ("STOP LIMIT", False, False),
    "35": ("STOP", False, False),
    "36": ("VWAP시장가", False, False),
    "37": ("TWAP시장가", False, False),
}
US_SELL_ONLY = ("33", "34", "35")


@dataclass(frozen=True)
class OrderTr:
    """What an order TR does."""

    action: Literal["buy", "sell", "modify", "cancel"]
    product: Product
    credit: bool = False

    @property
    def stop_field(self) -> str:
        return "stop_pric" if self.product == "us" else "cond_uv"


ORDER_TRS = {
    "kt10000": OrderTr("buy", "stock"),
    "kt10001": OrderTr("sell", "stock"),
    "kt10002": OrderTr("modify", "stock"),
    "kt10003": OrderTr("cancel", "stock"),
    "kt10006": OrderTr("buy", "stock", credit=True),
    "kt10007": OrderTr("sell", "stock", credit=True),
    "kt10008": OrderTr("modify", "stock", credit=True),
    "kt10009": OrderTr("cancel", "stock", credit=True),
    "kt50000": OrderTr("buy", "gold"),
    "kt50001": OrderTr("sell", "gold"),
    "kt50002": OrderTr("modify", "gold"),
    "kt50003": OrderTr("cancel", "gold"),
    "ust20000": OrderTr("buy", "us"),
    "ust20001": OrderTr("sell", "us"),
    "ust20002": OrderTr("modify", "us"),
    "ust20003": OrderTr("cancel", "us"),
}
CURRENCY_EXCHANGE = "ust31302"  # 환전 신청: an order TR too (order: true), moving cash between KRW and USD

# kt00001's top-level amounts; the simulator has no credit, substitutes or receivables, so most stay zero.
DEPOSIT_FIELDS = (
    "entr", "profa_ch", "bncr_profa_ch", "nxdy_bncr_sell_exct", "fc_stk_krw_repl_set_amt", "crd_grnta_ch",
    "crd_grnt_ch", "add_grnt_ch", "etc_profa", "uncl_stk_amt", "shrts_prica", "crd_set_grnta", "chck_ina_amt",
    "etc_chck_ina_amt", "crd_grnt_ruse", "knx_asset_evltv", "elwdpst_evlta", "crd_ls_rght_frcs_amt",
    "lvlh_join_amt", "lvlh_trns_alowa", "repl_amt", "remn_repl_evlta", "trst_remn_repl_evlta",
    "bncr_remn_repl_evlta", "profa_repl", "crd_grnta_repl", "crd_grnt_repl", "add_grnt_repl", "rght_repl_amt",
    "pymn_alow_amt", "wrap_pymn_alow_amt", "ord_alow_amt", "bncr_buy_alowa", "20stk_ord_alow_amt",
    "30stk_ord_alow_amt", "40stk_ord_alow_amt", "100stk_ord_alow_amt", "ch_uncla", "ch_uncla_dlfe",
    "ch_uncla_tot", "crd_int_npay", "int_npay_amt_dlfe", "int_npay_amt_tot", "etc_loana", "etc_loana_dlfe",
    "etc_loan_tot", "nrpy_loan", "loan_sum", "ls_sum", "mdstrm_usfe", "min_ord_alow_yn", "loan_remn_evlt_amt",
    "dpst_grntl_remn", "sell_grntl_remn", "d1_entra", "d1_slby_exct_amt", "d1_buy_exct_amt", "d1_out_rep_mor",
    "d1_sel_exct_amt", "d1_pymn_alow_amt", "d2_entra", "d2_slby_exct_amt", "d2_buy_exct_amt", "d2_out_rep_mor",
    "d2_sel_exct_amt", "d2_pymn_alow_amt", "50stk_ord_alow_amt", "60stk_ord_alow_amt",
)  # fmt: skip
DEPOSIT_ORDERABLE = (
    "pymn_alow_amt", "ord_alow_amt", "bncr_buy_alowa", "20stk_ord_alow_amt", "30stk_ord_alow_amt",
    "40stk_ord_alow_amt", "50stk_ord_alow_amt", "60stk_ord_alow_amt", "100stk_ord_alow_amt",
    "d1_pymn_alow_amt", "d2_pymn_alow_amt",
)  # fmt: skip


@dataclass
class Fill:
    no: str
    price: Decimal
    qty: int


@dataclass
class Order:
    """One order as the exchange holds it; a modify creates a new order, a cancel only withdraws quantity."""

    ord_no: str
    api_id: str
    side: Side
    code: str
    qty: int
    price: Decimal  # 0 for market-priced orders
    trade_type: str  # the trde_tp code
    trade: TradeType
    exchange: str  # KRX/NXT/SOR, or the US exchange (ND/NY/NA)
    time: str  # HHMMSS of acceptance
    kind: Kind = "new"
    orig_ord_no: str = ""
    base_ord_no: str = ""  # 모주문번호: the first order of a modify chain
    stop: Decimal | None = None
    triggered: bool = False
    credit: str = "00"  # FID 922: 00 cash, 03 credit buy, the crd_deal_tp of a credit sell
    loan_date: str = ""
    filled: int = 0
    withdrawn: int = 0  # quantity taken away by modify and cancel orders
    amount: Decimal = Decimal(0)  # sum of fill price x quantity
    last_fill: Fill | None = None
    status: Status = "open"

    def __post_init__(self) -> None:
        self.base_ord_no = self.base_ord_no or self.ord_no

    @property
    def remaining(self) -> int:
        return self.qty - self.filled - self.withdrawn

    @property
    def product(self) -> Product:
        return ORDER_TRS[self.api_id].product

    @property
    def label(self) -> str:
        """주문구분 (FID 905, io_tp_nm): +매수, -매도, +매수정정, -매도정정, 매수취소, 매도취소."""
        word = "매수" if self.side == "buy" else "매도"
        if self.kind == "cancel":
            return f"{word}취소"
        sign = "+" if self.side == "buy" else "-"
        return f"{sign}{word}{'정정' if self.kind == 'modify' else ''}"


@dataclass
class Position:
    qty: int
    avg_price: Decimal  # exact average purchase price; answers round it
    exchange: str = "KRX"


@dataclass
class Day:
    """Today's trading in one item, for the 04 push and the balance answers."""

    bought: int = 0
    sold: int = 0
    realized: Decimal = Decimal(0)
    sold_cost: Decimal = Decimal(0)  # purchase cost of the quantity sold, the base of the realized rate


class Account:
    """One account's cash (KRW and USD), positions and orders."""

    def __init__(
        self,
        market: Market,
        *,
        account_no: str = "8100000011",
        cash: int = 100_000_000,
        usd_cash: Decimal = Decimal("100000.00"),
        positions: dict[str, int] | None = None,
        mock: bool = True,
        listener: Listener | None = None,
        fill_lot: int | None = None,
    ) -> None:
        """`fill_lot` caps one fill: None fills whole orders; with a lot, a resting limit order trades one lot
        per market move, so partial fills and partly filled open orders happen."""
        self.market = market
        self.account_no = account_no
        self.mock = mock
        self.listener = listener
        self.fill_lot = fill_lot
        self.orders: dict[str, Order] = {}
        self.positions = {
            code: Position(qty, Decimal(market.price(code)), "ND" if is_us(code) else "KRX")
            for code, qty in (positions or {}).items()
            if qty > 0
        }
        self._cash = {"KRW": Decimal(cash), "USD": Decimal(usd_cash)}
        self._day: dict[str, Day] = {}
        self._order_seq = 0
        self._fill_seq = 0

    @property
    def cash(self) -> int:
        """KRW deposit."""
        return int(self._cash["KRW"])

    @property
    def usd_cash(self) -> Decimal:
        """USD deposit."""
        return self._cash["USD"]

    # ---- orders -------------------------------------------------------------------------------------

    def order(self, api_id: str, body: Mapping[str, Any]) -> dict[str, str]:
        """Accept, modify or cancel an order (or exchange currency); the TR's response fields."""
        if api_id == CURRENCY_EXCHANGE:
            return self._exchange_currency(body)
        tr = ORDER_TRS.get(api_id)
        if tr is None:
            raise SimOrderError(
                UNEXPECTED, f"예기치 못한 에러가 발생했습니다. 실패사유=시뮬레이터가 {api_id} 주문을 처리하지 않습니다"
            )
        if self.mock and tr.product != "us" and not self.market.is_open:
            raise MARKET_CLOSED.error(self.mock)  # KRX's session; US orders follow New York's hours
        if tr.action == "modify":
            return self._modify(api_id, tr, body)
        if tr.action == "cancel":
            return self._cancel(api_id, tr, body)
        return self._place(api_id, tr, "buy" if tr.action == "buy" else "sell", body)

    def on_price(self, code: str) -> None:
        """Match the open orders of an item against its price after the market moved."""
        for order in sorted(self.orders.values(), key=lambda o: o.ord_no):
            if order.code == code and order.status == "open":
                self._match(order)

    def _place(self, api_id: str, tr: OrderTr, side: Side, body: Mapping[str, Any]) -> dict[str, str]:
        code = _text(body, "stk_cd")
        exchange = self._exchange(tr, body)
        trade_type = _text(body, "trde_tp")
        trade = _trade_types(api_id, tr, side).get(trade_type)
        if trade is None:
            raise BAD_TRADE_TYPE.error(self.mock)
        qty = _quantity(body, "ord_qty")
        price = self._order_price(code, side, trade, body)
        stop = self._stop_price(code, trade, body, tr.stop_field, None)
        if side == "buy":
            self._check_cash(code, qty * (price or self._quote(code, side)))
        else:
            self._check_holding(code, qty)
        credit, loan_date = _credit(tr, side, body, self.market.today)
        number = self._next_no(tr.product)
        order = Order(number, api_id, side, code, qty, price, trade_type, trade, exchange, self._now(), stop=stop)
        order.credit, order.loan_date = credit, loan_date
        self.orders[order.ord_no] = order
        self._push_order(order, "접수")
        self._match(order)
        return self._placed_answer(order)

    def _modify(self, api_id: str, tr: OrderTr, body: Mapping[str, Any]) -> dict[str, str]:
        self._exchange(tr, body)
        orig = self._original(tr, body)
        qty = orig.remaining if tr.product == "us" else _quantity(body, "mdfy_qty")
        if qty > orig.remaining:
            raise OVER_REMAINING.error(self.mock)
        price = Decimal(0) if orig.trade.pricing == "market" else self._limit_price(orig.code, body, "mdfy_uv")
        stop_field = "stop_pric" if tr.product == "us" else "mdfy_cond_uv"
        stop = self._stop_price(orig.code, orig.trade, body, stop_field, orig.stop)
        if orig.side == "buy" and price > orig.price:
            self._check_cash(orig.code, qty * (price - orig.price))
        orig.withdrawn += qty
        if orig.remaining == 0:
            orig.status = "modified"
        order = self._follow_up(orig, api_id, "modify", qty)
        order.price, order.stop = price, stop
        self.orders[order.ord_no] = order
        self._push_order(order, "접수")
        self._push_order(order, "확인")
        self._match(order)
        if tr.product == "us":
            return {
                "stk_nm": self.market.name(order.code),
                "ord_no": order.ord_no,
                **self._us_cash_fields(order),
                "mdfy_ord_qty": _pad(qty, 12),
            }
        answer = {"ord_no": order.ord_no, "base_orig_ord_no": order.base_ord_no, "mdfy_qty": _pad(qty, 12)}
        if tr.product == "stock":
            answer["dmst_stex_tp"] = order.exchange
        return answer

    def _cancel(self, api_id: str, tr: OrderTr, body: Mapping[str, Any]) -> dict[str, str]:
        self._exchange(tr, body)
        orig = self._original(tr, body)
        qty = orig.remaining if tr.product == "us" else _quantity(body, "cncl_qty", whole=orig.remaining)
        if qty > orig.remaining:
            raise OVER_REMAINING.error(self.mock)
        orig.withdrawn += qty
        if orig.remaining == 0:
            orig.status = "cancelled"
        cancel = self._follow_up(orig, api_id, "cancel", qty)
        cancel.withdrawn, cancel.status = qty, "cancelled"
        self._push_order(cancel, "접수")
        self._push_order(cancel, "확인")
        if tr.product == "us":
            return {"stk_nm": self.market.name(orig.code), "ord_no": cancel.ord_no, "cncl_ord_qty": _pad(qty, 12)}
        return {"ord_no": cancel.ord_no, "base_orig_ord_no": cancel.base_ord_no, "cncl_qty": _pad(qty, 12)}

    def _follow_up(self, orig: Order, api_id: str, kind: Kind, qty: int) -> Order:
        """A modify or cancel order: a new number for the original's item, side, type, exchange and chain."""
        return replace(
            orig,
            ord_no=self._next_no(orig.product),
            api_id=api_id,
            kind=kind,
            qty=qty,
            time=self._now(),
            orig_ord_no=orig.ord_no,
            filled=0,
            withdrawn=0,
            amount=Decimal(0),
            last_fill=None,
            status="open",
        )

    def _exchange(self, tr: OrderTr, body: Mapping[str, Any]) -> str:
        """The exchange an order goes to; the mock server takes domestic orders for KRX only."""
        if tr.product == "us":
            return _text(body, "stex_tp") or "ND"
        if tr.product == "gold":
            return "KRX"
        exchange = _text(body, "dmst_stex_tp") or "KRX"
        if exchange not in EXCHANGES:
            raise refused("dmst_stex_tp", f"지원하지 않는 거래소구분입니다({exchange})")
        if self.mock and exchange != "KRX":
            raise refused("dmst_stex_tp", f"모의투자는 KRX 주문만 지원합니다({exchange})")
        return exchange

    def _original(self, tr: OrderTr, body: Mapping[str, Any]) -> Order:
        """The open order a modify or cancel refers to (same product, same item)."""
        number = _text(body, "orig_ord_no")
        if ascii_digits(number):
            number = number.zfill(9 if tr.product == "us" else 7)
        orig = self.orders.get(number)
        if orig is None or orig.product != tr.product:
            raise NO_ORDER.error(self.mock)
        code = _text(body, "stk_cd")
        if code != orig.code:
            raise OTHER_ITEM.error(self.mock)
        if orig.status != "open":
            raise NOT_OPEN.error(self.mock)
        return orig

    def _order_price(self, code: str, side: Side, trade: TradeType, body: Mapping[str, Any]) -> Decimal:
        """The limit of a new order: 0 for market pricing, the own side's best quote for quote pricing."""
        if trade.pricing == "market":
            return Decimal(0)
        if trade.pricing == "quote":
            ask, bid = self.market.best_quotes(code)
            return Decimal(bid if side == "buy" else ask)
        return self._limit_price(code, body, "ord_uv")

    def _limit_price(self, code: str, body: Mapping[str, Any], field: str) -> Decimal:
        """The order's price; the spec's rules have made sure that a limit-priced order has one."""
        text = _text(body, field)
        if not text:  # ust20002 names no price rule: whether a modify needs one depends on the original order
            raise refused(field, "지정가 주문은 단가가 필요합니다")
        return self._valid_price(code, text)

    def _stop_price(
        self, code: str, trade: TradeType, body: Mapping[str, Any], field: str, current: Decimal | None
    ) -> Decimal | None:
        """The stop price of a stop order (kept from the original on a modify that gives none)."""
        if not trade.stop:
            return None
        text = _text(body, field)
        if text:
            return self._valid_price(code, text)
        if current is None:
            raise refused(field, "스톱 주문은 스톱가격이 필요합니다")
        return current

    def _valid_price(self, code: str, text: str) -> Decimal:
        """A positive price on the item's own grid (the client allows any grid of its market, not knowing the
        item's); off it, Kiwoom's refusal. The request's validation has made sure that the text is a number."""
        price = Decimal(text)
        if not self.market.on_grid(code, price):
            raise BAD_PRICE.error(self.mock)
        return price

    def _check_cash(self, code: str, cost: Decimal) -> None:
        available = self._orderable(currency(code))
        if cost > available:
            raise NO_CASH.error(self.mock)

    def _check_holding(self, code: str, qty: int) -> None:
        sellable = self._sellable(code)
        if qty > sellable:
            raise NOT_SELLABLE.error(self.mock)

    def _orderable(self, cur: str) -> Decimal:
        """Cash minus what the open buy orders in that currency hold back."""
        buys = (o for o in self.orders.values() if o.status == "open" and o.side == "buy" and currency(o.code) == cur)
        return self._cash[cur] - sum((o.remaining * o.price for o in buys), Decimal(0))

    def _sellable(self, code: str) -> int:
        """Holding minus the quantity open sell orders already offer."""
        held = self.positions[code].qty if code in self.positions else 0
        pending = sum(
            o.remaining for o in self.orders.values() if o.status == "open" and o.side == "sell" and o.code == code
        )
        return held - pending

    def _next_no(self, product: Product) -> str:
        """Order numbers count up across products: 7 digits domestic, 9 digits US, as Kiwoom sends them."""
        self._order_seq += 1
        return str(self._order_seq).zfill(9 if product == "us" else 7)

    def _quote(self, code: str, side: Side) -> Decimal:
        """The quote an order of that side trades against: the best ask for a buy, the best bid for a sell."""
        ask, bid = self.market.best_quotes(code)
        return Decimal(ask if side == "buy" else bid)

    # ---- matching -----------------------------------------------------------------------------------

    def _match(self, order: Order) -> None:
        """Fill what the price allows; an IOC/FOK order loses what does not fill at once."""
        while order.status == "open":
            price = self._fill_price(order)
            if price is None:
                break
            self._fill(order, min(order.remaining, self.fill_lot or order.remaining), price)
            if order.trade.pricing != "market" and not order.trade.immediate:
                break  # a resting limit order trades one lot per market move
        if order.trade.immediate and order.status == "open":
            order.withdrawn += order.remaining
            order.status = "cancelled"
            self._push_order(order, "취소")

    def _fill_price(self, order: Order) -> Decimal | None:
        """Market pricing trades at the opposite best quote; a limit trades at the current price once that is
        at or better than the limit; a stop order first waits for its stop price."""
        last = Decimal(self.market.price(order.code))
        if order.stop is not None and not order.triggered:
            order.triggered = last >= order.stop if order.side == "buy" else last <= order.stop
            if not order.triggered:
                return None
        if order.trade.pricing == "market":
            return self._quote(order.code, order.side)
        marketable = order.price >= last if order.side == "buy" else order.price <= last
        return last if marketable else None

    def _fill(self, order: Order, qty: int, price: Decimal) -> None:
        self._fill_seq += 1
        order.filled += qty
        order.amount += qty * price
        order.last_fill = Fill(str(self._fill_seq).zfill(9 if order.product == "us" else 7), price, qty)
        if order.remaining == 0:
            order.status = "filled"
        self._settle(order, qty, price)
        self._push_order(order, "체결")
        self._push_balance(order)

    def _settle(self, order: Order, qty: int, price: Decimal) -> None:
        """Move cash and the position by one fill; keep the average purchase price and today's figures."""
        cur, code, amount = currency(order.code), order.code, qty * price
        day = self._day.setdefault(code, Day())
        held = self.positions.get(code)
        if order.side == "buy":
            self._cash[cur] -= amount
            day.bought += qty
            if held is None:
                self.positions[code] = Position(qty, price, order.exchange)
            else:
                held.avg_price = (held.qty * held.avg_price + amount) / (held.qty + qty)
                held.qty += qty
            return
        assert held is not None  # sells never exceed the sellable quantity
        self._cash[cur] += amount
        day.sold += qty
        day.realized += qty * (price - held.avg_price)
        day.sold_cost += qty * held.avg_price
        held.qty -= qty
        if held.qty == 0:
            del self.positions[code]

    # ---- realtime pushes ----------------------------------------------------------------------------

    def _push_order(self, order: Order, status: str) -> None:
        """00 주문체결. US orders push nothing: their F4/F5 frames belong to the US socket."""
        if self.listener is None or order.product == "us":
            return
        code, fill = order.code, order.last_fill if status == "체결" else None
        ask, bid = self.market.best_quotes(code)
        exchange_code, exchange_name = EXCHANGES[order.exchange]
        values = {
            "9201": self.account_no,
            "9203": order.ord_no,
            "9001": code,
            "912": "JJ",  # 주문업무분류: stock order
            "913": status,
            "302": self.market.name(code),
            "900": str(order.qty),
            "901": _won(order.price),
            "902": str(order.remaining),
            "903": _won(order.amount),
            "904": order.orig_ord_no or "0000000",
            "905": order.label,
            "906": order.trade.name,
            "907": SIDE_CODES[order.side],
            "908": self._now(),
            "909": fill.no if fill else "",
            "910": _won(fill.price) if fill else "",
            "911": str(order.filled) if fill else "",  # cumulative; 915 is this fill's quantity
            "914": _won(fill.price) if fill else "",
            "915": str(fill.qty) if fill else "",
            "10": self._signed(code, self.market.price(code)),
            "27": self._signed(code, ask),
            "28": self._signed(code, bid),
            "938": "0",
            "939": "0",
            "919": "0",
            "922": order.credit,
            "923": order.loan_date or "00000000",
            "2134": exchange_code,
            "2135": exchange_name,
            "2136": "Y" if order.exchange == "SOR" else "N",
        }
        if order.product == "gold":
            del values["912"]  # the guide gives no business code for gold spot orders
        self.listener("00", values)

    def _push_balance(self, order: Order) -> None:
        """04 잔고 after a fill: the position of the filled item as it now stands."""
        if self.listener is None or order.product == "us":
            return
        code = order.code
        held = self.positions.get(code)
        qty, avg = (held.qty, held.avg_price) if held else (0, Decimal(0))
        day = self._day[code]
        ask, bid = self.market.best_quotes(code)
        rate = _percent(day.realized, day.sold_cost)
        self.listener(
            "04",
            {
                "9201": self.account_no,
                "9001": code,
                "917": order.credit,
                "916": order.loan_date or "00000000",
                "302": self.market.name(code),
                "10": self._signed(code, self.market.price(code)),
                "930": str(qty),
                "931": _won(avg),
                "932": _won(qty * avg),
                "933": str(self._sellable(code)),
                "945": str(day.bought - day.sold),
                "946": SIDE_CODES[order.side],
                "950": _won(day.realized),
                "27": self._signed(code, ask),
                "28": self._signed(code, bid),
                "307": _won(Decimal(self.market.close(code))),
                "8019": rate,
                "957": "0",
                "958": "0",
                "918": "00000000",
                "990": _won(day.realized),
                "991": rate,
                "992": "0",
                "993": "0.00",
                "959": "0",
            },
        )

    def _now(self) -> str:
        """The moment of an order or fill, HHMMSS: the market's clock, which its quotes and trades read too."""
        return self.market.now().strftime("%H%M%S")

    def _signed(self, code: str, price: Price) -> str:
        """A price marked + or - against the previous close, as realtime values carry it."""
        return f"{self.market.sign(code, price)}{_won(Decimal(price))}"

    # ---- order answers ------------------------------------------------------------------------------

    def _placed_answer(self, order: Order) -> dict[str, str]:
        if order.product == "stock":
            return {"ord_no": order.ord_no, "dmst_stex_tp": order.exchange}
        if order.product == "gold":
            return {"ord_no": order.ord_no}
        name = self.market.name(order.code)
        if order.side == "buy":
            return {"stk_nm": name, "ord_no": order.ord_no, **self._us_cash_fields(order)}
        held = self.positions[order.code].qty if order.code in self.positions else 0
        return {
            "stk_nm": name,
            "ord_no": order.ord_no,
            "poss_qty": _pad(held, 12),
            "tdy_resel_usedq": _pad(0, 12),
            "pred_resel_usedq": _pad(0, 12),
        }

    def _us_cash_fields(self, order: Order) -> dict[str, str]:
        """USD deposit and the amount this order still holds back (사용증거금)."""
        return {
            "fc_entra": _decimal(self._cash["USD"], 4),
            "tdy_rebuy_useda": _decimal(0, 4),
            "pred_rebuy_useda": _decimal(0, 4),
            "trst_prof_ch": _decimal(order.remaining * order.price if order.side == "buy" else 0, 4),
        }

    def _exchange_currency(self, body: Mapping[str, Any]) -> dict[str, str]:
        """ust31302: exch_tp 1 sells KRW for USD, 2 sells USD for KRW; fc_exmn_amt is in the sold currency."""
        direction = _text(body, "exch_tp")
        if direction not in ("1", "2"):
            raise refused("exch_tp", f"환전구분이 올바르지 않습니다({direction})")
        text = _text(body, "fc_exmn_amt")
        pattern = DIGITS if direction == "1" else NUMBER
        if not pattern.fullmatch(text) or Decimal(text) <= 0:
            raise refused("fc_exmn_amt", f"환전금액이 올바르지 않습니다({text})")
        rate, before = self.market.usd_krw, dict(self._cash)
        sold = Decimal(text)
        if direction == "1":
            sold_cur, bought_cur, bought = "KRW", "USD", (sold / rate).quantize(CENT, ROUND_DOWN)
        else:
            sold_cur, bought_cur, bought = "USD", "KRW", (sold * rate).quantize(Decimal(1), ROUND_DOWN)
        if sold > self._orderable(sold_cur):
            raise NO_CURRENCY.error(self.mock)
        self._cash[sold_cur] -= sold
        self._cash[bought_cur] += bought
        zero, fc_zero = _pad(0, 15), _decimal(0, 2)
        return {
            "sell_aplc_exrt": _decimal(rate if direction == "2" else 0, 2),
            "buy_aplc_exrt": _decimal(rate if direction == "1" else 0, 2),
            "aplc_exrt": _decimal(rate, 6),
            "entra_prerm": _pad(before["KRW"], 15),
            "ch_uncla_prerm": zero,
            "etc_loana_prerm": zero,
            "entra_nowrm": _pad(self._cash["KRW"], 15),
            "ch_uncla_nowrm": zero,
            "etc_loana_nowrm": zero,
            "krw_exmn_alow_amt": _pad(self._orderable("KRW"), 15),
            "ch_uncl_rpym_amt": zero,
            "ch_uncl_dlfe": zero,
            "etc_loan_npay_rpym_amt": zero,
            "etc_loan_npay_dlfe": zero,
            "fc_entra_prerm": _decimal(before["USD"], 2),
            "fc_ch_uncla_prerm": fc_zero,
            "fc_etc_loana_prerm": fc_zero,
            "fc_entra_nowrm": _decimal(self._cash["USD"], 2),
            "fc_ch_uncla_nowrm": fc_zero,
            "fc_etc_loana_nowrm": fc_zero,
            "fc_exmn_alow_amt": _decimal(self._orderable("USD"), 2),
            "fc_ch_uncl_rpym_amt": fc_zero,
            "fc_ch_uncl_dlfe": fc_zero,
            "fc_etc_loan_npay_rpym_amt": fc_zero,
            "fc_etc_loan_npay_dlfe": fc_zero,
            "krw_exmn_amt": _pad(sold if direction == "1" else bought, 15),
            "sell_fc_amt": _decimal(sold, 2),
            "buy_fc_amt": _decimal(bought, 2),
        }

    # ---- account queries ----------------------------------------------------------------------------

    def answer(self, api_id: str, body: Mapping[str, Any]) -> dict[str, Any] | None:
        """The response body of an account query the state backs; None for every other api-id."""
        handlers: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
            "ka00001": self._account_number,
            "kt00018": self._balance,
            "kt00001": self._deposit,
            "ka10075": self._open_orders,
            "ka10076": self._executions,
            "ust21070": self._us_balance,
        }
        handler = handlers.get(api_id)
        return handler(body) if handler else None

    def _account_number(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """ka00001 계좌번호조회: the number the account's pushes (FID 9201) and order lists carry."""
        return {"acctNo": self.account_no}

    def _balance(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """kt00018 계좌평가잔고내역: domestic stock holdings (A-prefixed codes, 15/12-digit padding as the guide)."""
        holdings = [(code, held) for code, held in sorted(self.positions.items()) if _product(code) == "stock"]
        total_cost = sum((_whole(h.qty * h.avg_price) for _, h in holdings), 0)
        rows: list[dict[str, str]] = []
        total_value = 0
        for code, held in holdings:
            cost = _whole(held.qty * held.avg_price)
            value = held.qty * int(self.market.price(code))
            total_value += value
            day = self._day.get(code, Day())
            rows.append(
                {
                    "stk_cd": f"A{code}",
                    "stk_nm": self.market.name(code),
                    "evltv_prft": _pad(value - cost, 15),
                    "prft_rt": _percent(value - cost, cost),
                    "pur_pric": _pad(held.avg_price, 15),
                    "pred_close_pric": _pad(self.market.close(code), 12),
                    "rmnd_qty": _pad(held.qty, 15),
                    "trde_able_qty": _pad(self._sellable(code), 15),
                    "cur_prc": _pad(self.market.price(code), 12),
                    "pred_buyq": _pad(0, 15),
                    "pred_sellq": _pad(0, 15),
                    "tdy_buyq": _pad(day.bought, 15),
                    "tdy_sellq": _pad(day.sold, 15),
                    "pur_amt": _pad(cost, 15),
                    "pur_cmsn": _pad(0, 15),
                    "evlt_amt": _pad(value, 15),
                    "sell_cmsn": _pad(0, 15),
                    "tax": _pad(0, 15),
                    "sum_cmsn": _pad(0, 15),
                    "poss_rt": _percent(cost, total_cost),
                    "crd_tp": "00",
                    "crd_tp_nm": "",
                    "crd_loan_dt": "",
                }
            )
        return {
            "tot_pur_amt": _pad(total_cost, 15),
            "tot_evlt_amt": _pad(total_value, 15),
            "tot_evlt_pl": _pad(total_value - total_cost, 15),
            "tot_prft_rt": _percent(total_value - total_cost, total_cost),
            "prsm_dpst_aset_amt": _pad(self._cash["KRW"] + total_value, 15),
            "tot_loan_amt": _pad(0, 15),
            "tot_crd_loan_amt": _pad(0, 15),
            "tot_crd_ls_amt": _pad(0, 15),
            "acnt_evlt_remn_indv_tot": rows,
        }

    def _deposit(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """kt00001 예수금상세현황: settlement is immediate, so D+1 and D+2 equal today."""
        cash, orderable = self._cash["KRW"], self._orderable("KRW")
        answer: dict[str, Any] = dict.fromkeys(DEPOSIT_FIELDS, _pad(0, 15))
        answer.update(dict.fromkeys(DEPOSIT_ORDERABLE, _pad(orderable, 15)))
        answer.update(
            {
                "entr": _pad(cash, 15),
                "profa_ch": _pad(cash - orderable, 15),
                "d1_entra": _pad(cash, 15),
                "d2_entra": _pad(cash, 15),
                "crd_grnt_rt": "0.00",
                "stk_entr_prst": [],
            }
        )
        return answer

    def _open_orders(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """ka10075 미체결: open domestic stock orders, newest first."""
        rows: list[dict[str, str]] = []
        for order in self._listed(body, "all_stk_tp", "trde_tp"):
            if order.status != "open":
                continue
            ask, bid = self.market.best_quotes(order.code)
            fill = order.last_fill
            rows.append(
                {
                    "acnt_no": self.account_no,
                    "ord_no": order.ord_no,
                    "mang_empno": "",
                    "stk_cd": order.code,
                    "tsk_tp": "",
                    "ord_stt": "체결" if order.filled else "접수",
                    "stk_nm": self.market.name(order.code),
                    "ord_qty": str(order.qty),
                    "ord_pric": _won(order.price),
                    "oso_qty": str(order.remaining),
                    "cntr_tot_amt": _won(order.amount),
                    "orig_ord_no": order.orig_ord_no or "0000000",
                    "io_tp_nm": order.label,
                    "trde_tp": order.trade.name,
                    "tm": order.time,
                    "cntr_no": fill.no if fill else "",
                    "cntr_pric": _won(fill.price) if fill else "0",
                    "cntr_qty": str(order.filled),
                    "cur_prc": self._signed(order.code, self.market.price(order.code)),
                    "sel_bid": self._signed(order.code, ask),
                    "buy_bid": self._signed(order.code, bid),
                    "unit_cntr_pric": _won(fill.price) if fill else "",
                    "unit_cntr_qty": str(fill.qty) if fill else "",
                    "tdy_trde_cmsn": "0",
                    "tdy_trde_tax": "0",
                    "ind_invsr": "",
                    **self._exchange_fields(order),
                    "stop_pric": _won(order.stop) if order.stop is not None else "",
                }
            )
        return {"oso": rows}

    def _executions(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """ka10076 체결: domestic stock orders with fills, newest first (cntr_pric is the average fill price)."""
        wanted = _text(body, "ord_no")
        rows: list[dict[str, str]] = []
        for order in self._listed(body, "qry_tp", "sell_tp"):
            if not order.filled or (wanted and order.ord_no != wanted.zfill(7)):
                continue
            rows.append(
                {
                    "ord_no": order.ord_no,
                    "stk_nm": self.market.name(order.code),
                    "io_tp_nm": order.label,
                    "ord_pric": _won(order.price),
                    "ord_qty": str(order.qty),
                    "cntr_pric": _won(order.amount / order.filled),
                    "cntr_qty": str(order.filled),
                    "oso_qty": str(order.remaining),
                    "tdy_trde_cmsn": "0",
                    "tdy_trde_tax": "0",
                    "ord_stt": "체결",
                    "trde_tp": order.trade.name,
                    "orig_ord_no": order.orig_ord_no or "0000000",
                    "ord_tm": order.time,
                    "stk_cd": order.code,
                    **self._exchange_fields(order),
                    "stop_pric": _won(order.stop) if order.stop is not None else "",
                }
            )
        return {"cntr": rows}

    def _listed(self, body: Mapping[str, Any], single_field: str, side_field: str) -> list[Order]:
        """Domestic stock orders, newest first, filtered by item (when single), side and exchange."""
        single = _text(body, single_field) == AllOrSingleStock.SINGLE_STOCK
        code = _text(body, "stk_cd")
        sides = {SellBuyWithAll.SELL.value: "sell", SellBuyWithAll.BUY.value: "buy"}
        exchanges = {AccountExchangeType.KRX.value: "KRX", AccountExchangeType.NXT.value: "NXT"}
        side, exchange = sides.get(_text(body, side_field)), exchanges.get(_text(body, "stex_tp"))
        return [
            order
            for order in sorted(self.orders.values(), key=lambda o: o.ord_no, reverse=True)
            if order.product == "stock"
            and (not single or order.code == code)
            and side in (None, order.side)
            and exchange in (None, order.exchange)
        ]

    @staticmethod
    def _exchange_fields(order: Order) -> dict[str, str]:
        exchange_code, exchange_name = EXCHANGES[order.exchange]
        return {
            "stex_tp": exchange_code,
            "stex_tp_txt": exchange_name,
            "sor_yn": "Y" if order.exchange == "SOR" else "N",
        }

    def _us_balance(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """ust21070 미국주식 원장잔고확인: US holdings in USD (4 decimals) and KRW at the market's rate."""
        rate = self.market.usd_krw
        exchange, code_filter = _text(body, "stex_tp"), _text(body, "stk_cd")
        rows: list[dict[str, str]] = []
        total_cost = total_value = Decimal(0)
        for code, held in sorted(self.positions.items()):
            if not is_us(code) or (exchange and held.exchange != exchange) or (code_filter and code != code_filter):
                continue
            price = Decimal(self.market.price(code))
            cost, value = held.qty * held.avg_price, held.qty * price
            total_cost += cost
            total_value += value
            day = self._day.get(code, Day())
            rows.append(
                {
                    "stex_nm": "미국",
                    "crnc_code": "USD",
                    "stk_cd": code,
                    "frgn_stk_nm": self.market.name(code),
                    "qty": _pad(held.qty, 12),
                    "poss_qty": _pad(held.qty, 12),
                    "sell_alowq": _pad(self._sellable(code), 12),
                    "pred_cntr_sellq": _pad(0, 12),
                    "pred_cntr_buyq": _pad(0, 12),
                    "tdy_cntr_sellq": _pad(day.sold, 12),
                    "tdy_cntr_buyq": _pad(day.bought, 12),
                    "frgn_stk_book_uv": _decimal(held.avg_price, 4),
                    "now_pric": _decimal(price, 4),
                    "evlt_amt": _decimal(value, 4),
                    "pl_amt": _decimal(value - cost, 4),
                    "pl_rt": _percent(value - cost, cost),
                    "evlt_amt_krw": _pad(value * rate, 12),
                    "pl_amt_krw": _pad((value - cost) * rate, 12),
                    "natn_nm": "미국",
                    "exch_rate": _decimal(rate, 2),
                    "frgn_stk_book_uv_krw": _pad(held.avg_price * rate, 12),
                    "now_pric_krw": _pad(price * rate, 12),
                    "frgn_stk_book_amt": _decimal(cost, 4),
                    "frgn_stk_book_amt_krw": _pad(cost * rate, 12),
                }
            )
        us_days = [day for code, day in self._day.items() if is_us(code)]
        realized = sum((day.realized for day in us_days), Decimal(0))
        realized_cost = sum((day.sold_cost for day in us_days), Decimal(0))
        return {
            "crnc_code": "USD",
            "tot_evlt_amt": _decimal(total_value, 4),
            "tot_prch_amt": _decimal(total_cost, 4),
            "tot_pl_amt": _decimal(total_value - total_cost, 4),
            "tot_pl_rt": _percent(total_value - total_cost, total_cost),
            "tdy_book_amt": _decimal(realized_cost, 4),
            "tdy_pl_amt": _decimal(realized, 4),
            "tdy_pl_rt": _percent(realized, realized_cost),
            "tot_evlt_amt_krw": _pad(total_value * rate, 15),
            "tot_prch_amt_krw": _pad(total_cost * rate, 15),
            "tot_pl_amt_krw": _pad((total_value - total_cost) * rate, 15),
            "tdy_book_amt_krw": _pad(realized_cost * rate, 15),
            "tdy_pl_amt_krw": _pad(realized * rate, 15),
            "result_list": rows,
        }


# ---- helpers ------------------------------------------------------------------------------------------


def _text(body: Mapping[str, Any], field: str) -> str:
    value = body.get(field)
    return "" if value is None else str(value).strip()


def _quantity(body: Mapping[str, Any], field: str, *, whole: int | None = None) -> int:
    """The quantity of a validated request (digits; the spec's rules keep a new or modified order above 0); with
    `whole`, 0 stands for it (cancel all that remains)."""
    qty = int(_text(body, field))
    return whole if qty == 0 and whole is not None else qty


def _trade_types(api_id: str, tr: OrderTr, side: Side) -> dict[str, TradeType]:
    """The trde_tp codes an order TR takes, priced as its spec's rules say (see STOCK_MATCHING)."""
    return _types_of(api_id, tr.product, side, tr.stop_field)


@functools.cache
def _types_of(api_id: str, product: Product, side: Side, stop_field: str) -> dict[str, TradeType]:
    matching = GOLD_MATCHING if product == "gold" else US_MATCHING if product == "us" else STOCK_MATCHING
    if product == "us" and side == "buy":
        matching = {code: m for code, m in matching.items() if code not in US_SELL_ONLY}
    rules = ENDPOINTS[api_id].rules
    limit, stop = _required_for(rules, "ord_uv", matching), _required_for(rules, stop_field, matching)
    return {
        code: TradeType(label, "limit" if code in limit else "quote" if quote else "market", immediate, code in stop)
        for code, (label, quote, immediate) in matching.items()
    }


def _required_for(rules: tuple[Rule, ...], field: str, codes: Mapping[str, Any]) -> set[str]:
    """The trde_tp codes for which a rule requires `field` (every code, for a rule without condition)."""
    out: set[str] = set()
    for rule in rules:
        if rule.target == field and rule.require:
            conditions = dict(rule.when)
            out |= set(conditions.get("trde_tp", ())) if conditions else set(codes)
    return out


def _credit(tr: OrderTr, side: Side, body: Mapping[str, Any], today: datetime.date) -> tuple[str, str]:
    """(신용구분, 대출일) of a new order: cash 00; a credit buy 03 (자기융자) with the market's day as its loan date; a
    credit sell its crd_deal_tp (33 융자, 99 융자합) and crd_loan_dt."""
    if not tr.credit:
        return "00", ""
    if side == "buy":
        return "03", today.strftime("%Y%m%d")
    return _text(body, "crd_deal_tp") or "99", _text(body, "crd_loan_dt")


def _product(code: str) -> Product:
    return "us" if is_us(code) else "gold" if is_gold(code) else "stock"


def _whole(value: Decimal | int) -> int:
    return int(Decimal(value).quantize(Decimal(1), ROUND_HALF_UP))


def _won(value: Decimal | int) -> str:
    """A whole amount without padding: '60700', '-196888'."""
    return str(_whole(value))


def _pad(value: Decimal | int, width: int) -> str:
    """A whole amount zero-padded to width, the sign taking the first place: '000000000373500', '-00000000196888'."""
    number = _whole(value)
    return "-" + str(-number).zfill(width - 1) if number < 0 else str(number).zfill(width)


def _decimal(value: Decimal | int, places: int) -> str:
    """A fixed-point amount: '275.2400', '-1599.6616'."""
    return f"{Decimal(value).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP):f}"


def _percent(part: Decimal | int, whole: Decimal | int) -> str:
    """part / whole in percent with two decimals; '0.00' when whole is zero."""
    return _decimal(Decimal(part) * 100 / whole, 2) if whole else "0.00"
