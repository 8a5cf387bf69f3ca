"""Realtime events: one class per realtime type, with a typed attribute per FID.

`decode(frame)` turns one WebSocket frame into events; `answer_rows(answer)` reads the rows of an answer keyed by FID
number (a condition search's CNSRREQ) into one class per answer, typed the same way. Nothing converts until a typed attribute
is read: the first read converts its FID, the second every FID of the event at once, and later
reads find the value in the event's __dict__. `event.values` keeps every FID as Kiwoom sent it, including FIDs
the spec does not list.
Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from . import codes
from ._realtime import (
    AnswerRow,
    ConditionSearch,
    Event,
    FidRow,
    Gap,
    LoginAnswer,
    RealtimeDecodeError,
    RealtimeEvent,
    Registration,
    SessionTrnms,
    SystemMessage,
    SystemNotice,
    Typed,
    UsItem,
    decoder,
)
from ._values import (
    DecimalPrice,
    DirectedRate,
    Price,
    to_clock_time,
    to_code,
    to_date,
    to_decimal,
    to_decimals,
    to_directed_rate,
    to_flag,
    to_int,
    to_ints,
    to_price,
    to_prices,
    to_text,
    to_time,
)

_set_attribute = object.__setattr__

__all__ = [
    "ANSWER_ENTRIES",
    "ANSWER_ROWS",
    "CONDITION_SEARCHES",
    "GROUP_LENGTH",
    "ITEM_CODE",
    "ITEM_CODE_SHAPE",
    "PUSH_TRNM",
    "REGISTRATION",
    "REGISTRY",
    "SEQ_LENGTH",
    "SESSION_TRNMS",
    "US_ITEM_CODE",
    "US_ITEM_CODE_SHAPE",
    "AnswerRow",
    "ConditionSearch",
    "Event",
    "FidRow",
    "Gap",
    "LoginAnswer",
    "RealtimeDecodeError",
    "RealtimeEvent",
    "Registration",
    "SessionTrnms",
    "SystemMessage",
    "SystemNotice",
    "UsItem",
    "answer_entries",
    "answer_rows",
    "bare_code",
    "decode",
    "OrderExecution",
    "ConditionSearchRealtime",
    "Balance",
    "StockNominalPrice",
    "StockTrade",
    "StockBestQuote",
    "StockOrderBookVolume",
    "StockAfterHoursQuote",
    "StockTodayBroker",
    "EtfNav",
    "StockExpectedTrade",
    "IntlGoldConvertedPrice",
    "SectorIndex",
    "SectorAdvanceDecline",
    "StockStatusEvent",
    "ElwTheoreticalPrice",
    "MarketSessionTime",
    "ElwIndicator",
    "StockProgramTrading",
    "ViTriggerRelease",
    "UsRealtimeOrderConfirm",
    "UsRealtimeOrderExecution",
    "UsRealtimeTradePrice",
    "UsRealtimeOrderBook",
    "UsConditionSearchRealtime",
    "ConditionSearchRow",
    "UsConditionSearchRow",
    "ConditionSearchListEntry",
    "UsConditionSearchListEntry",
]


class OrderExecution(RealtimeEvent):
    """00 주문체결: Order Execution (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#00-order_execution
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주문체결(00).
    """

    __slots__ = ("__dict__",)
    TYPE = "00"
    SECTION = "domestic"
    REGISTERED = "none"
    FIDS = {
        "9201": "account_no",
        "9203": "order_no",
        "9205": "manager_employee_no",
        "9001": "item_code",
        "912": "order_business_type",
        "913": "order_status",
        "302": "item_name",
        "900": "order_qty",
        "901": "order_price",
        "902": "unfilled_qty",
        "903": "cumulative_exec_amount",
        "904": "original_order_no",
        "905": "order_type",
        "906": "trade_type",
        "907": "side",
        "908": "order_exec_time",
        "909": "exec_no",
        "910": "exec_price",
        "911": "exec_qty",
        "10": "current_price",
        "27": "best_ask",
        "28": "best_bid",
        "914": "unit_exec_price",
        "915": "unit_exec_qty",
        "938": "today_commission",
        "939": "today_tax",
        "919": "reject_reason",
        "920": "screen_no",
        "921": "terminal_no",
        "922": "order_credit_type",
        "923": "order_loan_date",
        "10010": "after_hours_single_price",
        "2134": "order_exchange_type",
        "2135": "order_exchange_name",
        "2136": "sor_flag",
    }
    account_no: Typed[str | None] = Typed(to_text, "9201", doc="FID 9201 계좌번호 (text)")
    order_no: Typed[str | None] = Typed(to_text, "9203", doc="FID 9203 주문번호 (text)")
    manager_employee_no: Typed[str | None] = Typed(to_text, "9205", doc="FID 9205 관리자사번 (text)")
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목코드,업종코드 (text)")
    order_business_type: Typed[str | None] = Typed(to_text, "912", doc="FID 912 주문업무분류 (text)")
    order_status: Typed[str | None] = Typed(to_text, "913", doc="FID 913 주문상태 (text)")
    item_name: Typed[str | None] = Typed(to_text, "302", doc="FID 302 종목명 (text)")
    order_qty: Typed[int | str | None] = Typed(to_int, "900", doc="FID 900 주문수량 (int, shares)")
    order_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "901", doc="FID 901 주문가격 (price, KRW)")
    unfilled_qty: Typed[int | str | None] = Typed(to_int, "902", doc="FID 902 미체결수량 (int, shares)")
    cumulative_exec_amount: Typed[int | str | None] = Typed(to_int, "903", doc="FID 903 체결누계금액 (int, KRW)")
    original_order_no: Typed[str | None] = Typed(to_text, "904", doc="FID 904 원주문번호 (text)")
    order_type: Typed[str | None] = Typed(to_text, "905", doc="FID 905 주문구분 (text)")
    trade_type: Typed[str | None] = Typed(to_text, "906", doc="FID 906 매매구분 (text)")
    side: Typed[codes.SellBuy | str | None] = Typed(to_code, "907", codes.SellBuy, doc="FID 907 매도수구분 (code)")
    order_exec_time: Typed[datetime.time | str | None] = Typed(to_time, "908", doc="FID 908 주문/체결시간 (time)")
    exec_no: Typed[str | None] = Typed(to_text, "909", doc="FID 909 체결번호 (text)")
    exec_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "910", doc="FID 910 체결가 (price, KRW)")
    exec_qty: Typed[int | str | None] = Typed(to_int, "911", doc="FID 911 체결량 (int, shares)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    best_ask: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "27", doc="FID 27 (최우선)매도호가 (price, KRW)"
    )
    best_bid: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "28", doc="FID 28 (최우선)매수호가 (price, KRW)"
    )
    unit_exec_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "914", doc="FID 914 단위체결가 (price, KRW)"
    )
    unit_exec_qty: Typed[int | str | None] = Typed(to_int, "915", doc="FID 915 단위체결량 (int, shares)")
    today_commission: Typed[int | str | None] = Typed(to_int, "938", doc="FID 938 당일매매수수료 (int, KRW)")
    today_tax: Typed[int | str | None] = Typed(to_int, "939", doc="FID 939 당일매매세금 (int, KRW)")
    reject_reason: Typed[str | None] = Typed(to_text, "919", doc="FID 919 거부사유 (text)")
    screen_no: Typed[str | None] = Typed(to_text, "920", doc="FID 920 화면번호 (text)")
    terminal_no: Typed[str | None] = Typed(to_text, "921", doc="FID 921 터미널번호 (text)")
    order_credit_type: Typed[str | None] = Typed(to_text, "922", doc="FID 922 신용구분 (text)")
    order_loan_date: Typed[datetime.date | str | None] = Typed(to_date, "923", doc="FID 923 대출일 (date)")
    after_hours_single_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "10010", doc="FID 10010 시간외단일가_현재가 (price, KRW)"
    )
    order_exchange_type: Typed[codes.AccountExchangeType | str | None] = Typed(
        to_code, "2134", codes.AccountExchangeType, doc="FID 2134 거래소구분 (code)"
    )
    order_exchange_name: Typed[str | None] = Typed(to_text, "2135", doc="FID 2135 거래소구분명 (text)")
    sor_flag: Typed[bool | str | None] = Typed(to_flag, "2136", doc="FID 2136 SOR여부 (flag)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_ints(list(map(sent, ("900", "902", "903", "911", "915", "938", "939"))))
        g1 = to_prices(list(map(sent, ("901", "910", "10", "27", "28", "914", "10010"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "account_no": to_text(sent("9201")),
                "order_no": to_text(sent("9203")),
                "manager_employee_no": to_text(sent("9205")),
                "item_code": to_text(sent("9001")),
                "order_business_type": to_text(sent("912")),
                "order_status": to_text(sent("913")),
                "item_name": to_text(sent("302")),
                "order_qty": g0[0],
                "order_price": g1[0],
                "unfilled_qty": g0[1],
                "cumulative_exec_amount": g0[2],
                "original_order_no": to_text(sent("904")),
                "order_type": to_text(sent("905")),
                "trade_type": to_text(sent("906")),
                "side": to_code(sent("907"), codes.SellBuy),
                "order_exec_time": to_time(sent("908")),
                "exec_no": to_text(sent("909")),
                "exec_price": g1[1],
                "exec_qty": g0[3],
                "current_price": g1[2],
                "best_ask": g1[3],
                "best_bid": g1[4],
                "unit_exec_price": g1[5],
                "unit_exec_qty": g0[4],
                "today_commission": g0[5],
                "today_tax": g0[6],
                "reject_reason": to_text(sent("919")),
                "screen_no": to_text(sent("920")),
                "terminal_no": to_text(sent("921")),
                "order_credit_type": to_text(sent("922")),
                "order_loan_date": to_date(sent("923")),
                "after_hours_single_price": g1[6],
                "order_exchange_type": to_code(sent("2134"), codes.AccountExchangeType),
                "order_exchange_name": to_text(sent("2135")),
                "sor_flag": to_flag(sent("2136")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class ConditionSearchRealtime(RealtimeEvent):
    """02 조건검색 요청 실시간: Condition Search (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-websocket/#ka10173
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet ka10173.
    """

    __slots__ = ("__dict__",)
    TYPE = "02"
    SECTION = "domestic"
    REGISTERED = ""
    FIDS = {
        "841": "serial_no",
        "9001": "item_code",
        "843": "insert_delete_type",
        "20": "trade_time",
        "907": "side",
    }
    serial_no: Typed[str | None] = Typed(to_text, "841", doc="FID 841 일련번호 (text)")
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목코드 (text)")
    insert_delete_type: Typed[codes.ConditionInsertDelete | str | None] = Typed(
        to_code, "843", codes.ConditionInsertDelete, doc="FID 843 삽입삭제 구분 (code)"
    )
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    side: Typed[codes.SellBuy | str | None] = Typed(to_code, "907", codes.SellBuy, doc="FID 907 매도/수 구분 (code)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "serial_no": to_text(sent("841")),
                "item_code": to_text(sent("9001")),
                "insert_delete_type": to_code(sent("843"), codes.ConditionInsertDelete),
                "trade_time": to_time(sent("20")),
                "side": to_code(sent("907"), codes.SellBuy),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class Balance(RealtimeEvent):
    """04 잔고: Balance (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#04-balance
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 잔고(04).
    """

    __slots__ = ("__dict__",)
    TYPE = "04"
    SECTION = "domestic"
    REGISTERED = "none"
    FIDS = {
        "9201": "account_no",
        "9001": "item_code",
        "917": "credit_type",
        "916": "loan_date",
        "302": "item_name",
        "10": "current_price",
        "930": "holding_qty",
        "931": "avg_purchase_price",
        "932": "total_purchase_amount",
        "933": "orderable_qty",
        "945": "today_net_buy_qty",
        "946": "balance_side",
        "950": "today_total_sell_pnl",
        "951": "extra_item_951",
        "27": "best_ask",
        "28": "best_bid",
        "307": "base_price",
        "8019": "profit_loss_rate",
        "957": "credit_amount",
        "958": "credit_interest",
        "918": "maturity_date",
        "990": "realized_pnl_cash",
        "991": "realized_pnl_rate_cash",
        "992": "realized_pnl_credit",
        "993": "realized_pnl_rate_credit",
        "959": "collateral_loan_qty",
        "924": "extra_item_924",
    }
    account_no: Typed[str | None] = Typed(to_text, "9201", doc="FID 9201 계좌번호 (text)")
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목코드,업종코드 (text)")
    credit_type: Typed[str | None] = Typed(to_text, "917", doc="FID 917 신용구분 (text)")
    loan_date: Typed[datetime.date | str | None] = Typed(to_date, "916", doc="FID 916 대출일 (date)")
    item_name: Typed[str | None] = Typed(to_text, "302", doc="FID 302 종목명 (text)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    holding_qty: Typed[int | str | None] = Typed(to_int, "930", doc="FID 930 보유수량 (int, shares)")
    avg_purchase_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "931", doc="FID 931 매입단가 (price, KRW)"
    )
    total_purchase_amount: Typed[int | str | None] = Typed(to_int, "932", doc="FID 932 총매입가(당일누적) (int, KRW)")
    orderable_qty: Typed[int | str | None] = Typed(to_int, "933", doc="FID 933 주문가능수량 (int, shares)")
    today_net_buy_qty: Typed[int | str | None] = Typed(to_int, "945", doc="FID 945 당일순매수량 (signed_int, shares)")
    balance_side: Typed[codes.SellBuy | str | None] = Typed(
        to_code, "946", codes.SellBuy, doc="FID 946 매도/매수구분 (code)"
    )
    today_total_sell_pnl: Typed[int | str | None] = Typed(to_int, "950", doc="FID 950 당일총매도손익 (signed_int, KRW)")
    extra_item_951: Typed[str | None] = Typed(to_text, "951", doc="FID 951 Extra Item (text)")
    best_ask: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "27", doc="FID 27 (최우선)매도호가 (price, KRW)"
    )
    best_bid: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "28", doc="FID 28 (최우선)매수호가 (price, KRW)"
    )
    base_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "307", doc="FID 307 기준가 (price, KRW)")
    profit_loss_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "8019", doc="FID 8019 손익률(실현손익) (rate, percent)"
    )
    credit_amount: Typed[int | str | None] = Typed(to_int, "957", doc="FID 957 신용금액 (int, KRW)")
    credit_interest: Typed[int | str | None] = Typed(to_int, "958", doc="FID 958 신용이자 (int, KRW)")
    maturity_date: Typed[datetime.date | str | None] = Typed(to_date, "918", doc="FID 918 만기일 (date)")
    realized_pnl_cash: Typed[int | str | None] = Typed(
        to_int, "990", doc="FID 990 당일실현손익(유가) (signed_int, KRW)"
    )
    realized_pnl_rate_cash: Typed[Decimal | str | None] = Typed(
        to_decimal, "991", doc="FID 991 당일실현손익율(유가) (rate, percent)"
    )
    realized_pnl_credit: Typed[int | str | None] = Typed(
        to_int, "992", doc="FID 992 당일실현손익(신용) (signed_int, KRW)"
    )
    realized_pnl_rate_credit: Typed[Decimal | str | None] = Typed(
        to_decimal, "993", doc="FID 993 당일실현손익율(신용) (rate, percent)"
    )
    collateral_loan_qty: Typed[int | str | None] = Typed(to_int, "959", doc="FID 959 담보대출수량 (int, shares)")
    extra_item_924: Typed[str | None] = Typed(to_text, "924", doc="FID 924 Extra Item (text)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(list(map(sent, ("10", "931", "27", "28", "307"))))
        g1 = to_ints(list(map(sent, ("930", "932", "933", "957", "958", "959"))))
        g2 = to_ints(list(map(sent, ("945", "950", "990", "992"))))
        g3 = to_decimals(list(map(sent, ("8019", "991", "993"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "account_no": to_text(sent("9201")),
                "item_code": to_text(sent("9001")),
                "credit_type": to_text(sent("917")),
                "loan_date": to_date(sent("916")),
                "item_name": to_text(sent("302")),
                "current_price": g0[0],
                "holding_qty": g1[0],
                "avg_purchase_price": g0[1],
                "total_purchase_amount": g1[1],
                "orderable_qty": g1[2],
                "today_net_buy_qty": g2[0],
                "balance_side": to_code(sent("946"), codes.SellBuy),
                "today_total_sell_pnl": g2[1],
                "extra_item_951": to_text(sent("951")),
                "best_ask": g0[2],
                "best_bid": g0[3],
                "base_price": g0[4],
                "profit_loss_rate": g3[0],
                "credit_amount": g1[3],
                "credit_interest": g1[4],
                "maturity_date": to_date(sent("918")),
                "realized_pnl_cash": g2[2],
                "realized_pnl_rate_cash": g3[1],
                "realized_pnl_credit": g2[3],
                "realized_pnl_rate_credit": g3[2],
                "collateral_loan_qty": g1[5],
                "extra_item_924": to_text(sent("924")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockNominalPrice(RealtimeEvent):
    """0A 주식기세: Stock Nominal Price (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0a-stock_nominal_price
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주식기세(0A).
    """

    __slots__ = ("__dict__",)
    TYPE = "0A"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "10": "current_price",
        "11": "change",
        "12": "change_rate",
        "27": "best_ask",
        "28": "best_bid",
        "13": "cumulative_volume",
        "14": "cumulative_trade_value",
        "16": "open_price",
        "17": "high_price",
        "18": "low_price",
        "25": "change_sign",
        "26": "volume_change_vs_prev_day",
        "29": "trade_value_change",
        "30": "volume_ratio_vs_prev_day",
        "31": "turnover_rate",
        "32": "trade_cost",
        "311": "market_cap",
        "567": "upper_limit_time",
        "568": "lower_limit_time",
    }
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    change: Typed[int | str | None] = Typed(to_int, "11", doc="FID 11 전일대비 (signed_int, KRW)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")
    best_ask: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "27", doc="FID 27 (최우선)매도호가 (price, KRW)"
    )
    best_bid: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "28", doc="FID 28 (최우선)매수호가 (price, KRW)"
    )
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    cumulative_trade_value: Typed[int | str | None] = Typed(to_int, "14", doc="FID 14 누적거래대금 (int, KRW_million)")
    open_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "16", doc="FID 16 시가 (price, KRW)")
    high_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "17", doc="FID 17 고가 (price, KRW)")
    low_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "18", doc="FID 18 저가 (price, KRW)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    volume_change_vs_prev_day: Typed[int | str | None] = Typed(
        to_int, "26", doc="FID 26 전일거래량대비(계약,주) (signed_int, shares)"
    )
    trade_value_change: Typed[int | str | None] = Typed(to_int, "29", doc="FID 29 거래대금증감 (signed_int, KRW)")
    volume_ratio_vs_prev_day: Typed[DirectedRate | str | None] = Typed(
        to_directed_rate, "30", doc="FID 30 전일거래량대비(비율) (directed_rate, percent)"
    )
    turnover_rate: Typed[Decimal | str | None] = Typed(to_decimal, "31", doc="FID 31 거래회전율 (rate, percent)")
    trade_cost: Typed[int | str | None] = Typed(to_int, "32", doc="FID 32 거래비용 (int, KRW)")
    market_cap: Typed[int | str | None] = Typed(to_int, "311", doc="FID 311 시가총액(억) (int, KRW_100million)")
    upper_limit_time: Typed[datetime.time | str | None] = Typed(to_time, "567", doc="FID 567 상한가발생시간 (time)")
    lower_limit_time: Typed[datetime.time | str | None] = Typed(to_time, "568", doc="FID 568 하한가발생시간 (time)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(list(map(sent, ("10", "27", "28", "16", "17", "18"))))
        g1 = to_ints(list(map(sent, ("11", "26", "29"))))
        g2 = to_ints(list(map(sent, ("13", "14", "32", "311"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "current_price": g0[0],
                "change": g1[0],
                "change_rate": to_decimal(sent("12")),
                "best_ask": g0[1],
                "best_bid": g0[2],
                "cumulative_volume": g2[0],
                "cumulative_trade_value": g2[1],
                "open_price": g0[3],
                "high_price": g0[4],
                "low_price": g0[5],
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                "volume_change_vs_prev_day": g1[1],
                "trade_value_change": g1[2],
                "volume_ratio_vs_prev_day": to_directed_rate(sent("30")),
                "turnover_rate": to_decimal(sent("31")),
                "trade_cost": g2[2],
                "market_cap": g2[3],
                "upper_limit_time": to_time(sent("567")),
                "lower_limit_time": to_time(sent("568")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockTrade(RealtimeEvent):
    """0B 주식체결: Stock Trade (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0b-stock_trade
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주식체결(0B).
    """

    __slots__ = ("__dict__",)
    TYPE = "0B"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "20": "trade_time",
        "10": "current_price",
        "11": "change",
        "12": "change_rate",
        "27": "best_ask",
        "28": "best_bid",
        "15": "trade_volume",
        "13": "cumulative_volume",
        "14": "cumulative_trade_value",
        "16": "open_price",
        "17": "high_price",
        "18": "low_price",
        "25": "change_sign",
        "26": "volume_change_vs_prev_day",
        "29": "trade_value_change",
        "30": "volume_ratio_vs_prev_day",
        "31": "turnover_rate",
        "32": "trade_cost",
        "228": "trade_strength",
        "311": "market_cap",
        "290": "session_type",
        "691": "knockout_proximity",
        "567": "upper_limit_time",
        "568": "lower_limit_time",
        "851": "volume_ratio_vs_prev_day_same_time",
        "1890": "open_time",
        "1891": "high_time",
        "1892": "low_time",
        "1030": "sell_trade_volume",
        "1031": "buy_trade_volume",
        "1032": "buy_trade_ratio",
        "1071": "sell_trade_count",
        "1072": "buy_trade_count",
        "1313": "instant_trade_value",
        "1315": "sell_trade_volume_single",
        "1316": "buy_trade_volume_single",
        "1314": "net_buy_trade_volume",
        "1497": "cfd_margin_amount",
        "1498": "maintenance_margin_amount",
        "620": "avg_trade_price_today",
        "732": "cfd_trade_cost",
        "852": "stock_borrow_cost",
        "9081": "exchange_type",
    }
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    change: Typed[int | str | None] = Typed(to_int, "11", doc="FID 11 전일대비 (signed_int, KRW)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")
    best_ask: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "27", doc="FID 27 (최우선)매도호가 (price, KRW)"
    )
    best_bid: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "28", doc="FID 28 (최우선)매수호가 (price, KRW)"
    )
    trade_volume: Typed[int | str | None] = Typed(to_int, "15", doc="FID 15 거래량 (signed_int, shares)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    cumulative_trade_value: Typed[int | str | None] = Typed(to_int, "14", doc="FID 14 누적거래대금 (int, KRW_million)")
    open_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "16", doc="FID 16 시가 (price, KRW)")
    high_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "17", doc="FID 17 고가 (price, KRW)")
    low_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "18", doc="FID 18 저가 (price, KRW)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    volume_change_vs_prev_day: Typed[int | str | None] = Typed(
        to_int, "26", doc="FID 26 전일거래량대비(계약,주) (signed_int, shares)"
    )
    trade_value_change: Typed[int | str | None] = Typed(to_int, "29", doc="FID 29 거래대금증감 (signed_int, KRW)")
    volume_ratio_vs_prev_day: Typed[DirectedRate | str | None] = Typed(
        to_directed_rate, "30", doc="FID 30 전일거래량대비(비율) (directed_rate, percent)"
    )
    turnover_rate: Typed[Decimal | str | None] = Typed(to_decimal, "31", doc="FID 31 거래회전율 (rate, percent)")
    trade_cost: Typed[int | str | None] = Typed(to_int, "32", doc="FID 32 거래비용 (int, KRW)")
    trade_strength: Typed[Decimal | str | None] = Typed(to_decimal, "228", doc="FID 228 체결강도 (rate, percent)")
    market_cap: Typed[int | str | None] = Typed(to_int, "311", doc="FID 311 시가총액(억) (int, KRW_100million)")
    session_type: Typed[codes.TradingSession | str | None] = Typed(
        to_code, "290", codes.TradingSession, doc="FID 290 장구분 (code)"
    )
    knockout_proximity: Typed[Decimal | str | None] = Typed(to_decimal, "691", doc="FID 691 K.O 접근도 (rate, percent)")
    upper_limit_time: Typed[datetime.time | str | None] = Typed(to_time, "567", doc="FID 567 상한가발생시간 (time)")
    lower_limit_time: Typed[datetime.time | str | None] = Typed(to_time, "568", doc="FID 568 하한가발생시간 (time)")
    volume_ratio_vs_prev_day_same_time: Typed[Decimal | str | None] = Typed(
        to_decimal, "851", 100, doc="FID 851 전일 동시간 거래량 비율 (rate, percent)"
    )
    open_time: Typed[datetime.time | str | None] = Typed(to_time, "1890", doc="FID 1890 시가시간 (time)")
    high_time: Typed[datetime.time | str | None] = Typed(to_time, "1891", doc="FID 1891 고가시간 (time)")
    low_time: Typed[datetime.time | str | None] = Typed(to_time, "1892", doc="FID 1892 저가시간 (time)")
    sell_trade_volume: Typed[int | str | None] = Typed(to_int, "1030", doc="FID 1030 매도체결량 (int, shares)")
    buy_trade_volume: Typed[int | str | None] = Typed(to_int, "1031", doc="FID 1031 매수체결량 (int, shares)")
    buy_trade_ratio: Typed[Decimal | str | None] = Typed(to_decimal, "1032", doc="FID 1032 매수비율 (rate, percent)")
    sell_trade_count: Typed[int | str | None] = Typed(to_int, "1071", doc="FID 1071 매도체결건수 (int, count)")
    buy_trade_count: Typed[int | str | None] = Typed(to_int, "1072", doc="FID 1072 매수체결건수 (int, count)")
    instant_trade_value: Typed[int | str | None] = Typed(
        to_int, "1313", doc="FID 1313 순간거래대금 (signed_int, KRW_thousand)"
    )
    sell_trade_volume_single: Typed[int | str | None] = Typed(
        to_int, "1315", doc="FID 1315 매도체결량_단건 (signed_int, shares)"
    )
    buy_trade_volume_single: Typed[int | str | None] = Typed(
        to_int, "1316", doc="FID 1316 매수체결량_단건 (signed_int, shares)"
    )
    net_buy_trade_volume: Typed[int | str | None] = Typed(
        to_int, "1314", doc="FID 1314 순매수체결량 (signed_int, shares)"
    )
    cfd_margin_amount: Typed[int | str | None] = Typed(to_int, "1497", doc="FID 1497 CFD증거금 (int, KRW)")
    maintenance_margin_amount: Typed[int | str | None] = Typed(to_int, "1498", doc="FID 1498 유지증거금 (int, KRW)")
    avg_trade_price_today: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "620", doc="FID 620 당일거래평균가 (price, KRW)"
    )
    cfd_trade_cost: Typed[int | str | None] = Typed(to_int, "732", doc="FID 732 CFD거래비용 (int, KRW)")
    stock_borrow_cost: Typed[int | str | None] = Typed(to_int, "852", doc="FID 852 대주거래비용 (int, KRW)")
    exchange_type: Typed[str | None] = Typed(to_text, "9081", doc="FID 9081 거래소구분 (text)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(list(map(sent, ("10", "27", "28", "16", "17", "18", "620"))))
        g1 = to_ints(list(map(sent, ("11", "15", "26", "29", "1313", "1315", "1316", "1314"))))
        g2 = to_decimals(list(map(sent, ("12", "31", "228", "691", "1032"))))
        g3 = to_ints(
            list(map(sent, ("13", "14", "32", "311", "1030", "1031", "1071", "1072", "1497", "1498", "732", "852")))
        )
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "trade_time": to_time(sent("20")),
                "current_price": g0[0],
                "change": g1[0],
                "change_rate": g2[0],
                "best_ask": g0[1],
                "best_bid": g0[2],
                "trade_volume": g1[1],
                "cumulative_volume": g3[0],
                "cumulative_trade_value": g3[1],
                "open_price": g0[3],
                "high_price": g0[4],
                "low_price": g0[5],
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                "volume_change_vs_prev_day": g1[2],
                "trade_value_change": g1[3],
                "volume_ratio_vs_prev_day": to_directed_rate(sent("30")),
                "turnover_rate": g2[1],
                "trade_cost": g3[2],
                "trade_strength": g2[2],
                "market_cap": g3[3],
                "session_type": to_code(sent("290"), codes.TradingSession),
                "knockout_proximity": g2[3],
                "upper_limit_time": to_time(sent("567")),
                "lower_limit_time": to_time(sent("568")),
                "volume_ratio_vs_prev_day_same_time": to_decimal(sent("851"), 100),
                "open_time": to_time(sent("1890")),
                "high_time": to_time(sent("1891")),
                "low_time": to_time(sent("1892")),
                "sell_trade_volume": g3[4],
                "buy_trade_volume": g3[5],
                "buy_trade_ratio": g2[4],
                "sell_trade_count": g3[6],
                "buy_trade_count": g3[7],
                "instant_trade_value": g1[4],
                "sell_trade_volume_single": g1[5],
                "buy_trade_volume_single": g1[6],
                "net_buy_trade_volume": g1[7],
                "cfd_margin_amount": g3[8],
                "maintenance_margin_amount": g3[9],
                "avg_trade_price_today": g0[6],
                "cfd_trade_cost": g3[10],
                "stock_borrow_cost": g3[11],
                "exchange_type": to_text(sent("9081")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockBestQuote(RealtimeEvent):
    """0C 주식우선호가: Stock Best Bid/Ask (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0c-stock_best_quote
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주식우선호가(0C).
    """

    __slots__ = ("__dict__",)
    TYPE = "0C"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "27": "best_ask",
        "28": "best_bid",
    }
    best_ask: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "27", doc="FID 27 (최우선)매도호가 (price, KRW)"
    )
    best_bid: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "28", doc="FID 28 (최우선)매수호가 (price, KRW)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "best_ask": to_price(sent("27")),
                "best_bid": to_price(sent("28")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockOrderBookVolume(RealtimeEvent):
    """0D 주식호가잔량: Stock Order Book Volume (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0d-stock_order_book_volume
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주식호가잔량(0D).
    """

    __slots__ = ("__dict__",)
    TYPE = "0D"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "21": "quote_time",
        "41": "ask_price_1",
        "61": "ask_qty_1",
        "81": "ask_qty_change_1",
        "51": "bid_price_1",
        "71": "bid_qty_1",
        "91": "bid_qty_change_1",
        "42": "ask_price_2",
        "62": "ask_qty_2",
        "82": "ask_qty_change_2",
        "52": "bid_price_2",
        "72": "bid_qty_2",
        "92": "bid_qty_change_2",
        "43": "ask_price_3",
        "63": "ask_qty_3",
        "83": "ask_qty_change_3",
        "53": "bid_price_3",
        "73": "bid_qty_3",
        "93": "bid_qty_change_3",
        "44": "ask_price_4",
        "64": "ask_qty_4",
        "84": "ask_qty_change_4",
        "54": "bid_price_4",
        "74": "bid_qty_4",
        "94": "bid_qty_change_4",
        "45": "ask_price_5",
        "65": "ask_qty_5",
        "85": "ask_qty_change_5",
        "55": "bid_price_5",
        "75": "bid_qty_5",
        "95": "bid_qty_change_5",
        "46": "ask_price_6",
        "66": "ask_qty_6",
        "86": "ask_qty_change_6",
        "56": "bid_price_6",
        "76": "bid_qty_6",
        "96": "bid_qty_change_6",
        "47": "ask_price_7",
        "67": "ask_qty_7",
        "87": "ask_qty_change_7",
        "57": "bid_price_7",
        "77": "bid_qty_7",
        "97": "bid_qty_change_7",
        "48": "ask_price_8",
        "68": "ask_qty_8",
        "88": "ask_qty_change_8",
        "58": "bid_price_8",
        "78": "bid_qty_8",
        "98": "bid_qty_change_8",
        "49": "ask_price_9",
        "69": "ask_qty_9",
        "89": "ask_qty_change_9",
        "59": "bid_price_9",
        "79": "bid_qty_9",
        "99": "bid_qty_change_9",
        "50": "ask_price_10",
        "70": "ask_qty_10",
        "90": "ask_qty_change_10",
        "60": "bid_price_10",
        "80": "bid_qty_10",
        "100": "bid_qty_change_10",
        "121": "total_ask_qty",
        "122": "total_ask_qty_change",
        "125": "total_bid_qty",
        "126": "total_bid_qty_change",
        "23": "expected_price",
        "24": "expected_qty",
        "128": "net_bid_qty",
        "129": "bid_ratio",
        "138": "net_ask_qty",
        "139": "ask_ratio",
        "200": "expected_change_vs_prev_close",
        "201": "expected_change_rate_vs_prev_close",
        "238": "expected_change_sign_vs_prev_close",
        "291": "expected_price_auction",
        "292": "expected_qty_auction",
        "293": "expected_change_sign",
        "294": "expected_change",
        "295": "expected_change_rate",
        "621": "lp_ask_qty_1",
        "631": "lp_bid_qty_1",
        "622": "lp_ask_qty_2",
        "632": "lp_bid_qty_2",
        "623": "lp_ask_qty_3",
        "633": "lp_bid_qty_3",
        "624": "lp_ask_qty_4",
        "634": "lp_bid_qty_4",
        "625": "lp_ask_qty_5",
        "635": "lp_bid_qty_5",
        "626": "lp_ask_qty_6",
        "636": "lp_bid_qty_6",
        "627": "lp_ask_qty_7",
        "637": "lp_bid_qty_7",
        "628": "lp_ask_qty_8",
        "638": "lp_bid_qty_8",
        "629": "lp_ask_qty_9",
        "639": "lp_bid_qty_9",
        "630": "lp_ask_qty_10",
        "640": "lp_bid_qty_10",
        "13": "cumulative_volume",
        "299": "expected_qty_to_prev_day_volume_rate",
        "215": "market_operation",
        "216": "investor_ticker",
        "6044": "krx_ask_qty_1",
        "6045": "krx_ask_qty_2",
        "6046": "krx_ask_qty_3",
        "6047": "krx_ask_qty_4",
        "6048": "krx_ask_qty_5",
        "6049": "krx_ask_qty_6",
        "6050": "krx_ask_qty_7",
        "6051": "krx_ask_qty_8",
        "6052": "krx_ask_qty_9",
        "6053": "krx_ask_qty_10",
        "6054": "krx_bid_qty_1",
        "6055": "krx_bid_qty_2",
        "6056": "krx_bid_qty_3",
        "6057": "krx_bid_qty_4",
        "6058": "krx_bid_qty_5",
        "6059": "krx_bid_qty_6",
        "6060": "krx_bid_qty_7",
        "6061": "krx_bid_qty_8",
        "6062": "krx_bid_qty_9",
        "6063": "krx_bid_qty_10",
        "6064": "krx_total_ask_qty",
        "6065": "krx_total_bid_qty",
        "6066": "nxt_ask_qty_1",
        "6067": "nxt_ask_qty_2",
        "6068": "nxt_ask_qty_3",
        "6069": "nxt_ask_qty_4",
        "6070": "nxt_ask_qty_5",
        "6071": "nxt_ask_qty_6",
        "6072": "nxt_ask_qty_7",
        "6073": "nxt_ask_qty_8",
        "6074": "nxt_ask_qty_9",
        "6075": "nxt_ask_qty_10",
        "6076": "nxt_bid_qty_1",
        "6077": "nxt_bid_qty_2",
        "6078": "nxt_bid_qty_3",
        "6079": "nxt_bid_qty_4",
        "6080": "nxt_bid_qty_5",
        "6081": "nxt_bid_qty_6",
        "6082": "nxt_bid_qty_7",
        "6083": "nxt_bid_qty_8",
        "6084": "nxt_bid_qty_9",
        "6085": "nxt_bid_qty_10",
        "6086": "nxt_total_ask_qty",
        "6087": "nxt_total_bid_qty",
        "6100": "krx_mid_total_ask_qty_change",
        "6101": "krx_mid_total_ask_qty",
        "6102": "krx_mid_price",
        "6103": "krx_mid_total_bid_qty",
        "6104": "krx_mid_total_bid_qty_change",
        "6105": "nxt_mid_total_ask_qty_change",
        "6106": "nxt_mid_total_ask_qty",
        "6107": "nxt_mid_price",
        "6108": "nxt_mid_total_bid_qty",
        "6109": "nxt_mid_total_bid_qty_change",
        "6110": "krx_mid_price_change",
        "6111": "krx_mid_price_change_sign",
        "6112": "krx_mid_price_change_rate",
        "6113": "nxt_mid_price_change",
        "6114": "nxt_mid_price_change_sign",
        "6115": "nxt_mid_price_change_rate",
    }
    quote_time: Typed[datetime.time | str | None] = Typed(to_time, "21", doc="FID 21 호가시간 (time)")
    ask_price_1: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "41", doc="FID 41 매도호가1 (price, KRW)")
    ask_qty_1: Typed[int | str | None] = Typed(to_int, "61", doc="FID 61 매도호가수량1 (int, shares)")
    ask_qty_change_1: Typed[int | str | None] = Typed(to_int, "81", doc="FID 81 매도호가직전대비1 (signed_int, shares)")
    bid_price_1: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "51", doc="FID 51 매수호가1 (price, KRW)")
    bid_qty_1: Typed[int | str | None] = Typed(to_int, "71", doc="FID 71 매수호가수량1 (int, shares)")
    bid_qty_change_1: Typed[int | str | None] = Typed(to_int, "91", doc="FID 91 매수호가직전대비1 (signed_int, shares)")
    ask_price_2: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "42", doc="FID 42 매도호가2 (price, KRW)")
    ask_qty_2: Typed[int | str | None] = Typed(to_int, "62", doc="FID 62 매도호가수량2 (int, shares)")
    ask_qty_change_2: Typed[int | str | None] = Typed(to_int, "82", doc="FID 82 매도호가직전대비2 (signed_int, shares)")
    bid_price_2: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "52", doc="FID 52 매수호가2 (price, KRW)")
    bid_qty_2: Typed[int | str | None] = Typed(to_int, "72", doc="FID 72 매수호가수량2 (int, shares)")
    bid_qty_change_2: Typed[int | str | None] = Typed(to_int, "92", doc="FID 92 매수호가직전대비2 (signed_int, shares)")
    ask_price_3: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "43", doc="FID 43 매도호가3 (price, KRW)")
    ask_qty_3: Typed[int | str | None] = Typed(to_int, "63", doc="FID 63 매도호가수량3 (int, shares)")
    ask_qty_change_3: Typed[int | str | None] = Typed(to_int, "83", doc="FID 83 매도호가직전대비3 (signed_int, shares)")
    bid_price_3: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "53", doc="FID 53 매수호가3 (price, KRW)")
    bid_qty_3: Typed[int | str | None] = Typed(to_int, "73", doc="FID 73 매수호가수량3 (int, shares)")
    bid_qty_change_3: Typed[int | str | None] = Typed(to_int, "93", doc="FID 93 매수호가직전대비3 (signed_int, shares)")
    ask_price_4: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "44", doc="FID 44 매도호가4 (price, KRW)")
    ask_qty_4: Typed[int | str | None] = Typed(to_int, "64", doc="FID 64 매도호가수량4 (int, shares)")
    ask_qty_change_4: Typed[int | str | None] = Typed(to_int, "84", doc="FID 84 매도호가직전대비4 (signed_int, shares)")
    bid_price_4: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "54", doc="FID 54 매수호가4 (price, KRW)")
    bid_qty_4: Typed[int | str | None] = Typed(to_int, "74", doc="FID 74 매수호가수량4 (int, shares)")
    bid_qty_change_4: Typed[int | str | None] = Typed(to_int, "94", doc="FID 94 매수호가직전대비4 (signed_int, shares)")
    ask_price_5: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "45", doc="FID 45 매도호가5 (price, KRW)")
    ask_qty_5: Typed[int | str | None] = Typed(to_int, "65", doc="FID 65 매도호가수량5 (int, shares)")
    ask_qty_change_5: Typed[int | str | None] = Typed(to_int, "85", doc="FID 85 매도호가직전대비5 (signed_int, shares)")
    bid_price_5: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "55", doc="FID 55 매수호가5 (price, KRW)")
    bid_qty_5: Typed[int | str | None] = Typed(to_int, "75", doc="FID 75 매수호가수량5 (int, shares)")
    bid_qty_change_5: Typed[int | str | None] = Typed(to_int, "95", doc="FID 95 매수호가직전대비5 (signed_int, shares)")
    ask_price_6: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "46", doc="FID 46 매도호가6 (price, KRW)")
    ask_qty_6: Typed[int | str | None] = Typed(to_int, "66", doc="FID 66 매도호가수량6 (int, shares)")
    ask_qty_change_6: Typed[int | str | None] = Typed(to_int, "86", doc="FID 86 매도호가직전대비6 (signed_int, shares)")
    bid_price_6: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "56", doc="FID 56 매수호가6 (price, KRW)")
    bid_qty_6: Typed[int | str | None] = Typed(to_int, "76", doc="FID 76 매수호가수량6 (int, shares)")
    bid_qty_change_6: Typed[int | str | None] = Typed(to_int, "96", doc="FID 96 매수호가직전대비6 (signed_int, shares)")
    ask_price_7: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "47", doc="FID 47 매도호가7 (price, KRW)")
    ask_qty_7: Typed[int | str | None] = Typed(to_int, "67", doc="FID 67 매도호가수량7 (int, shares)")
    ask_qty_change_7: Typed[int | str | None] = Typed(to_int, "87", doc="FID 87 매도호가직전대비7 (signed_int, shares)")
    bid_price_7: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "57", doc="FID 57 매수호가7 (price, KRW)")
    bid_qty_7: Typed[int | str | None] = Typed(to_int, "77", doc="FID 77 매수호가수량7 (int, shares)")
    bid_qty_change_7: Typed[int | str | None] = Typed(to_int, "97", doc="FID 97 매수호가직전대비7 (signed_int, shares)")
    ask_price_8: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "48", doc="FID 48 매도호가8 (price, KRW)")
    ask_qty_8: Typed[int | str | None] = Typed(to_int, "68", doc="FID 68 매도호가수량8 (int, shares)")
    ask_qty_change_8: Typed[int | str | None] = Typed(to_int, "88", doc="FID 88 매도호가직전대비8 (signed_int, shares)")
    bid_price_8: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "58", doc="FID 58 매수호가8 (price, KRW)")
    bid_qty_8: Typed[int | str | None] = Typed(to_int, "78", doc="FID 78 매수호가수량8 (int, shares)")
    bid_qty_change_8: Typed[int | str | None] = Typed(to_int, "98", doc="FID 98 매수호가직전대비8 (signed_int, shares)")
    ask_price_9: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "49", doc="FID 49 매도호가9 (price, KRW)")
    ask_qty_9: Typed[int | str | None] = Typed(to_int, "69", doc="FID 69 매도호가수량9 (int, shares)")
    ask_qty_change_9: Typed[int | str | None] = Typed(to_int, "89", doc="FID 89 매도호가직전대비9 (signed_int, shares)")
    bid_price_9: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "59", doc="FID 59 매수호가9 (price, KRW)")
    bid_qty_9: Typed[int | str | None] = Typed(to_int, "79", doc="FID 79 매수호가수량9 (int, shares)")
    bid_qty_change_9: Typed[int | str | None] = Typed(to_int, "99", doc="FID 99 매수호가직전대비9 (signed_int, shares)")
    ask_price_10: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "50", doc="FID 50 매도호가10 (price, KRW)")
    ask_qty_10: Typed[int | str | None] = Typed(to_int, "70", doc="FID 70 매도호가수량10 (int, shares)")
    ask_qty_change_10: Typed[int | str | None] = Typed(
        to_int, "90", doc="FID 90 매도호가직전대비10 (signed_int, shares)"
    )
    bid_price_10: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "60", doc="FID 60 매수호가10 (price, KRW)")
    bid_qty_10: Typed[int | str | None] = Typed(to_int, "80", doc="FID 80 매수호가수량10 (int, shares)")
    bid_qty_change_10: Typed[int | str | None] = Typed(
        to_int, "100", doc="FID 100 매수호가직전대비10 (signed_int, shares)"
    )
    total_ask_qty: Typed[int | str | None] = Typed(to_int, "121", doc="FID 121 매도호가총잔량 (int, shares)")
    total_ask_qty_change: Typed[int | str | None] = Typed(
        to_int, "122", doc="FID 122 매도호가총잔량직전대비 (signed_int, shares)"
    )
    total_bid_qty: Typed[int | str | None] = Typed(to_int, "125", doc="FID 125 매수호가총잔량 (int, shares)")
    total_bid_qty_change: Typed[int | str | None] = Typed(
        to_int, "126", doc="FID 126 매수호가총잔량직전대비 (signed_int, shares)"
    )
    expected_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "23", doc="FID 23 예상체결가 (price, KRW)"
    )
    expected_qty: Typed[int | str | None] = Typed(to_int, "24", doc="FID 24 예상체결수량 (int, shares)")
    net_bid_qty: Typed[int | str | None] = Typed(to_int, "128", doc="FID 128 순매수잔량 (signed_int, shares)")
    bid_ratio: Typed[Decimal | str | None] = Typed(to_decimal, "129", doc="FID 129 매수비율 (rate, percent)")
    net_ask_qty: Typed[int | str | None] = Typed(to_int, "138", doc="FID 138 순매도잔량 (signed_int, shares)")
    ask_ratio: Typed[Decimal | str | None] = Typed(to_decimal, "139", doc="FID 139 매도비율 (rate, percent)")
    expected_change_vs_prev_close: Typed[int | str | None] = Typed(
        to_int, "200", doc="FID 200 예상체결가전일종가대비 (signed_int, KRW)"
    )
    expected_change_rate_vs_prev_close: Typed[Decimal | str | None] = Typed(
        to_decimal, "201", doc="FID 201 예상체결가전일종가대비등락율 (rate, percent)"
    )
    expected_change_sign_vs_prev_close: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "238", codes.PriceChangeSign, doc="FID 238 예상체결가전일종가대비기호 (code)"
    )
    expected_price_auction: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "291", doc="FID 291 예상체결가 (price, KRW)"
    )
    expected_qty_auction: Typed[int | str | None] = Typed(to_int, "292", doc="FID 292 예상체결량 (int, shares)")
    expected_change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "293", codes.PriceChangeSign, doc="FID 293 예상체결가전일대비기호 (code)"
    )
    expected_change: Typed[int | str | None] = Typed(to_int, "294", doc="FID 294 예상체결가전일대비 (signed_int, KRW)")
    expected_change_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "295", doc="FID 295 예상체결가전일대비등락율 (rate, percent)"
    )
    lp_ask_qty_1: Typed[int | str | None] = Typed(to_int, "621", doc="FID 621 LP매도호가수량1 (int, shares)")
    lp_bid_qty_1: Typed[int | str | None] = Typed(to_int, "631", doc="FID 631 LP매수호가수량1 (int, shares)")
    lp_ask_qty_2: Typed[int | str | None] = Typed(to_int, "622", doc="FID 622 LP매도호가수량2 (int, shares)")
    lp_bid_qty_2: Typed[int | str | None] = Typed(to_int, "632", doc="FID 632 LP매수호가수량2 (int, shares)")
    lp_ask_qty_3: Typed[int | str | None] = Typed(to_int, "623", doc="FID 623 LP매도호가수량3 (int, shares)")
    lp_bid_qty_3: Typed[int | str | None] = Typed(to_int, "633", doc="FID 633 LP매수호가수량3 (int, shares)")
    lp_ask_qty_4: Typed[int | str | None] = Typed(to_int, "624", doc="FID 624 LP매도호가수량4 (int, shares)")
    lp_bid_qty_4: Typed[int | str | None] = Typed(to_int, "634", doc="FID 634 LP매수호가수량4 (int, shares)")
    lp_ask_qty_5: Typed[int | str | None] = Typed(to_int, "625", doc="FID 625 LP매도호가수량5 (int, shares)")
    lp_bid_qty_5: Typed[int | str | None] = Typed(to_int, "635", doc="FID 635 LP매수호가수량5 (int, shares)")
    lp_ask_qty_6: Typed[int | str | None] = Typed(to_int, "626", doc="FID 626 LP매도호가수량6 (int, shares)")
    lp_bid_qty_6: Typed[int | str | None] = Typed(to_int, "636", doc="FID 636 LP매수호가수량6 (int, shares)")
    lp_ask_qty_7: Typed[int | str | None] = Typed(to_int, "627", doc="FID 627 LP매도호가수량7 (int, shares)")
    lp_bid_qty_7: Typed[int | str | None] = Typed(to_int, "637", doc="FID 637 LP매수호가수량7 (int, shares)")
    lp_ask_qty_8: Typed[int | str | None] = Typed(to_int, "628", doc="FID 628 LP매도호가수량8 (int, shares)")
    lp_bid_qty_8: Typed[int | str | None] = Typed(to_int, "638", doc="FID 638 LP매수호가수량8 (int, shares)")
    lp_ask_qty_9: Typed[int | str | None] = Typed(to_int, "629", doc="FID 629 LP매도호가수량9 (int, shares)")
    lp_bid_qty_9: Typed[int | str | None] = Typed(to_int, "639", doc="FID 639 LP매수호가수량9 (int, shares)")
    lp_ask_qty_10: Typed[int | str | None] = Typed(to_int, "630", doc="FID 630 LP매도호가수량10 (int, shares)")
    lp_bid_qty_10: Typed[int | str | None] = Typed(to_int, "640", doc="FID 640 LP매수호가수량10 (int, shares)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    expected_qty_to_prev_day_volume_rate: Typed[DirectedRate | str | None] = Typed(
        to_directed_rate, "299", doc="FID 299 전일거래량대비예상체결율 (directed_rate, percent)"
    )
    market_operation: Typed[codes.MarketOperationEvent | str | None] = Typed(
        to_code, "215", codes.MarketOperationEvent, doc="FID 215 장운영구분 (code)"
    )
    investor_ticker: Typed[str | None] = Typed(to_text, "216", doc="FID 216 투자자별ticker (text)")
    krx_ask_qty_1: Typed[int | str | None] = Typed(to_int, "6044", doc="FID 6044 KRX 매도호가잔량1 (int, shares)")
    krx_ask_qty_2: Typed[int | str | None] = Typed(to_int, "6045", doc="FID 6045 KRX 매도호가잔량2 (int, shares)")
    krx_ask_qty_3: Typed[int | str | None] = Typed(to_int, "6046", doc="FID 6046 KRX 매도호가잔량3 (int, shares)")
    krx_ask_qty_4: Typed[int | str | None] = Typed(to_int, "6047", doc="FID 6047 KRX 매도호가잔량4 (int, shares)")
    krx_ask_qty_5: Typed[int | str | None] = Typed(to_int, "6048", doc="FID 6048 KRX 매도호가잔량5 (int, shares)")
    krx_ask_qty_6: Typed[int | str | None] = Typed(to_int, "6049", doc="FID 6049 KRX 매도호가잔량6 (int, shares)")
    krx_ask_qty_7: Typed[int | str | None] = Typed(to_int, "6050", doc="FID 6050 KRX 매도호가잔량7 (int, shares)")
    krx_ask_qty_8: Typed[int | str | None] = Typed(to_int, "6051", doc="FID 6051 KRX 매도호가잔량8 (int, shares)")
    krx_ask_qty_9: Typed[int | str | None] = Typed(to_int, "6052", doc="FID 6052 KRX 매도호가잔량9 (int, shares)")
    krx_ask_qty_10: Typed[int | str | None] = Typed(to_int, "6053", doc="FID 6053 KRX 매도호가잔량10 (int, shares)")
    krx_bid_qty_1: Typed[int | str | None] = Typed(to_int, "6054", doc="FID 6054 KRX 매수호가잔량1 (int, shares)")
    krx_bid_qty_2: Typed[int | str | None] = Typed(to_int, "6055", doc="FID 6055 KRX 매수호가잔량2 (int, shares)")
    krx_bid_qty_3: Typed[int | str | None] = Typed(to_int, "6056", doc="FID 6056 KRX 매수호가잔량3 (int, shares)")
    krx_bid_qty_4: Typed[int | str | None] = Typed(to_int, "6057", doc="FID 6057 KRX 매수호가잔량4 (int, shares)")
    krx_bid_qty_5: Typed[int | str | None] = Typed(to_int, "6058", doc="FID 6058 KRX 매수호가잔량5 (int, shares)")
    krx_bid_qty_6: Typed[int | str | None] = Typed(to_int, "6059", doc="FID 6059 KRX 매수호가잔량6 (int, shares)")
    krx_bid_qty_7: Typed[int | str | None] = Typed(to_int, "6060", doc="FID 6060 KRX 매수호가잔량7 (int, shares)")
    krx_bid_qty_8: Typed[int | str | None] = Typed(to_int, "6061", doc="FID 6061 KRX 매수호가잔량8 (int, shares)")
    krx_bid_qty_9: Typed[int | str | None] = Typed(to_int, "6062", doc="FID 6062 KRX 매수호가잔량9 (int, shares)")
    krx_bid_qty_10: Typed[int | str | None] = Typed(to_int, "6063", doc="FID 6063 KRX 매수호가잔량10 (int, shares)")
    krx_total_ask_qty: Typed[int | str | None] = Typed(to_int, "6064", doc="FID 6064 KRX 매도호가총잔량 (int, shares)")
    krx_total_bid_qty: Typed[int | str | None] = Typed(to_int, "6065", doc="FID 6065 KRX 매수호가총잔량 (int, shares)")
    nxt_ask_qty_1: Typed[int | str | None] = Typed(to_int, "6066", doc="FID 6066 NXT 매도호가잔량1 (int, shares)")
    nxt_ask_qty_2: Typed[int | str | None] = Typed(to_int, "6067", doc="FID 6067 NXT 매도호가잔량2 (int, shares)")
    nxt_ask_qty_3: Typed[int | str | None] = Typed(to_int, "6068", doc="FID 6068 NXT 매도호가잔량3 (int, shares)")
    nxt_ask_qty_4: Typed[int | str | None] = Typed(to_int, "6069", doc="FID 6069 NXT 매도호가잔량4 (int, shares)")
    nxt_ask_qty_5: Typed[int | str | None] = Typed(to_int, "6070", doc="FID 6070 NXT 매도호가잔량5 (int, shares)")
    nxt_ask_qty_6: Typed[int | str | None] = Typed(to_int, "6071", doc="FID 6071 NXT 매도호가잔량6 (int, shares)")
    nxt_ask_qty_7: Typed[int | str | None] = Typed(to_int, "6072", doc="FID 6072 NXT 매도호가잔량7 (int, shares)")
    nxt_ask_qty_8: Typed[int | str | None] = Typed(to_int, "6073", doc="FID 6073 NXT 매도호가잔량8 (int, shares)")
    nxt_ask_qty_9: Typed[int | str | None] = Typed(to_int, "6074", doc="FID 6074 NXT 매도호가잔량9 (int, shares)")
    nxt_ask_qty_10: Typed[int | str | None] = Typed(to_int, "6075", doc="FID 6075 NXT 매도호가잔량10 (int, shares)")
    nxt_bid_qty_1: Typed[int | str | None] = Typed(to_int, "6076", doc="FID 6076 NXT 매수호가잔량1 (int, shares)")
    nxt_bid_qty_2: Typed[int | str | None] = Typed(to_int, "6077", doc="FID 6077 NXT 매수호가잔량2 (int, shares)")
    nxt_bid_qty_3: Typed[int | str | None] = Typed(to_int, "6078", doc="FID 6078 NXT 매수호가잔량3 (int, shares)")
    nxt_bid_qty_4: Typed[int | str | None] = Typed(to_int, "6079", doc="FID 6079 NXT 매수호가잔량4 (int, shares)")
    nxt_bid_qty_5: Typed[int | str | None] = Typed(to_int, "6080", doc="FID 6080 NXT 매수호가잔량5 (int, shares)")
    nxt_bid_qty_6: Typed[int | str | None] = Typed(to_int, "6081", doc="FID 6081 NXT 매수호가잔량6 (int, shares)")
    nxt_bid_qty_7: Typed[int | str | None] = Typed(to_int, "6082", doc="FID 6082 NXT 매수호가잔량7 (int, shares)")
    nxt_bid_qty_8: Typed[int | str | None] = Typed(to_int, "6083", doc="FID 6083 NXT 매수호가잔량8 (int, shares)")
    nxt_bid_qty_9: Typed[int | str | None] = Typed(to_int, "6084", doc="FID 6084 NXT 매수호가잔량9 (int, shares)")
    nxt_bid_qty_10: Typed[int | str | None] = Typed(to_int, "6085", doc="FID 6085 NXT 매수호가잔량10 (int, shares)")
    nxt_total_ask_qty: Typed[int | str | None] = Typed(to_int, "6086", doc="FID 6086 NXT 매도호가총잔량 (int, shares)")
    nxt_total_bid_qty: Typed[int | str | None] = Typed(to_int, "6087", doc="FID 6087 NXT 매수호가총잔량 (int, shares)")
    krx_mid_total_ask_qty_change: Typed[int | str | None] = Typed(
        to_int, "6100", doc="FID 6100 KRX 중간가 매도 총잔량 증감 (signed_int, shares)"
    )
    krx_mid_total_ask_qty: Typed[int | str | None] = Typed(
        to_int, "6101", doc="FID 6101 KRX 중간가 매도 총잔량 (int, shares)"
    )
    krx_mid_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "6102", doc="FID 6102 KRX 중간가 (price, KRW)"
    )
    krx_mid_total_bid_qty: Typed[int | str | None] = Typed(
        to_int, "6103", doc="FID 6103 KRX 중간가 매수 총잔량 (int, shares)"
    )
    krx_mid_total_bid_qty_change: Typed[int | str | None] = Typed(
        to_int, "6104", doc="FID 6104 KRX 중간가 매수 총잔량 증감 (signed_int, shares)"
    )
    nxt_mid_total_ask_qty_change: Typed[int | str | None] = Typed(
        to_int, "6105", doc="FID 6105 NXT중간가 매도 총잔량 증감 (signed_int, shares)"
    )
    nxt_mid_total_ask_qty: Typed[int | str | None] = Typed(
        to_int, "6106", doc="FID 6106 NXT중간가 매도 총잔량 (int, shares)"
    )
    nxt_mid_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "6107", doc="FID 6107 NXT중간가 (price, KRW)"
    )
    nxt_mid_total_bid_qty: Typed[int | str | None] = Typed(
        to_int, "6108", doc="FID 6108 NXT중간가 매수 총잔량 (int, shares)"
    )
    nxt_mid_total_bid_qty_change: Typed[int | str | None] = Typed(
        to_int, "6109", doc="FID 6109 NXT중간가 매수 총잔량 증감 (signed_int, shares)"
    )
    krx_mid_price_change: Typed[int | str | None] = Typed(
        to_int, "6110", doc="FID 6110 KRX중간가대비 (signed_int, KRW)"
    )
    krx_mid_price_change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "6111", codes.PriceChangeSign, doc="FID 6111 KRX중간가대비 기호 (code)"
    )
    krx_mid_price_change_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "6112", doc="FID 6112 KRX중간가대비등락율 (rate, percent)"
    )
    nxt_mid_price_change: Typed[int | str | None] = Typed(
        to_int, "6113", doc="FID 6113 NXT중간가대비 (signed_int, KRW)"
    )
    nxt_mid_price_change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "6114", codes.PriceChangeSign, doc="FID 6114 NXT중간가대비 기호 (code)"
    )
    nxt_mid_price_change_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "6115", doc="FID 6115 NXT중간가대비등락율 (rate, percent)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(
            list(
                map(
                    sent,
                    (
                        "41",
                        "51",
                        "42",
                        "52",
                        "43",
                        "53",
                        "44",
                        "54",
                        "45",
                        "55",
                        "46",
                        "56",
                        "47",
                        "57",
                        "48",
                        "58",
                        "49",
                        "59",
                        "50",
                        "60",
                        "23",
                        "291",
                        "6102",
                        "6107",
                    ),
                )
            )
        )
        g1 = to_ints(
            list(
                map(
                    sent,
                    (
                        "61",
                        "71",
                        "62",
                        "72",
                        "63",
                        "73",
                        "64",
                        "74",
                        "65",
                        "75",
                        "66",
                        "76",
                        "67",
                        "77",
                        "68",
                        "78",
                        "69",
                        "79",
                        "70",
                        "80",
                        "121",
                        "125",
                        "24",
                        "292",
                        "621",
                        "631",
                        "622",
                        "632",
                        "623",
                        "633",
                        "624",
                        "634",
                        "625",
                        "635",
                        "626",
                        "636",
                        "627",
                        "637",
                        "628",
                        "638",
                        "629",
                        "639",
                        "630",
                        "640",
                        "13",
                        "6044",
                        "6045",
                        "6046",
                        "6047",
                        "6048",
                        "6049",
                        "6050",
                        "6051",
                        "6052",
                        "6053",
                        "6054",
                        "6055",
                        "6056",
                        "6057",
                        "6058",
                        "6059",
                        "6060",
                        "6061",
                        "6062",
                        "6063",
                        "6064",
                        "6065",
                        "6066",
                        "6067",
                        "6068",
                        "6069",
                        "6070",
                        "6071",
                        "6072",
                        "6073",
                        "6074",
                        "6075",
                        "6076",
                        "6077",
                        "6078",
                        "6079",
                        "6080",
                        "6081",
                        "6082",
                        "6083",
                        "6084",
                        "6085",
                        "6086",
                        "6087",
                        "6101",
                        "6103",
                        "6106",
                        "6108",
                    ),
                )
            )
        )
        g2 = to_ints(
            list(
                map(
                    sent,
                    (
                        "81",
                        "91",
                        "82",
                        "92",
                        "83",
                        "93",
                        "84",
                        "94",
                        "85",
                        "95",
                        "86",
                        "96",
                        "87",
                        "97",
                        "88",
                        "98",
                        "89",
                        "99",
                        "90",
                        "100",
                        "122",
                        "126",
                        "128",
                        "138",
                        "200",
                        "294",
                        "6100",
                        "6104",
                        "6105",
                        "6109",
                        "6110",
                        "6113",
                    ),
                )
            )
        )
        g3 = to_decimals(list(map(sent, ("129", "139", "201", "295", "6112", "6115"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "quote_time": to_time(sent("21")),
                "ask_price_1": g0[0],
                "ask_qty_1": g1[0],
                "ask_qty_change_1": g2[0],
                "bid_price_1": g0[1],
                "bid_qty_1": g1[1],
                "bid_qty_change_1": g2[1],
                "ask_price_2": g0[2],
                "ask_qty_2": g1[2],
                "ask_qty_change_2": g2[2],
                "bid_price_2": g0[3],
                "bid_qty_2": g1[3],
                "bid_qty_change_2": g2[3],
                "ask_price_3": g0[4],
                "ask_qty_3": g1[4],
                "ask_qty_change_3": g2[4],
                "bid_price_3": g0[5],
                "bid_qty_3": g1[5],
                "bid_qty_change_3": g2[5],
                "ask_price_4": g0[6],
                "ask_qty_4": g1[6],
                "ask_qty_change_4": g2[6],
                "bid_price_4": g0[7],
                "bid_qty_4": g1[7],
                "bid_qty_change_4": g2[7],
                "ask_price_5": g0[8],
                "ask_qty_5": g1[8],
                "ask_qty_change_5": g2[8],
                "bid_price_5": g0[9],
                "bid_qty_5": g1[9],
                "bid_qty_change_5": g2[9],
                "ask_price_6": g0[10],
                "ask_qty_6": g1[10],
                "ask_qty_change_6": g2[10],
                "bid_price_6": g0[11],
                "bid_qty_6": g1[11],
                "bid_qty_change_6": g2[11],
                "ask_price_7": g0[12],
                "ask_qty_7": g1[12],
                "ask_qty_change_7": g2[12],
                "bid_price_7": g0[13],
                "bid_qty_7": g1[13],
                "bid_qty_change_7": g2[13],
                "ask_price_8": g0[14],
                "ask_qty_8": g1[14],
                "ask_qty_change_8": g2[14],
                "bid_price_8": g0[15],
                "bid_qty_8": g1[15],
                "bid_qty_change_8": g2[15],
                "ask_price_9": g0[16],
                "ask_qty_9": g1[16],
                "ask_qty_change_9": g2[16],
                "bid_price_9": g0[17],
                "bid_qty_9": g1[17],
                "bid_qty_change_9": g2[17],
                "ask_price_10": g0[18],
                "ask_qty_10": g1[18],
                "ask_qty_change_10": g2[18],
                "bid_price_10": g0[19],
                "bid_qty_10": g1[19],
                "bid_qty_change_10": g2[19],
                "total_ask_qty": g1[20],
                "total_ask_qty_change": g2[20],
                "total_bid_qty": g1[21],
                "total_bid_qty_change": g2[21],
                "expected_price": g0[20],
                "expected_qty": g1[22],
                "net_bid_qty": g2[22],
                "bid_ratio": g3[0],
                "net_ask_qty": g2[23],
                "ask_ratio": g3[1],
                "expected_change_vs_prev_close": g2[24],
                "expected_change_rate_vs_prev_close": g3[2],
                "expected_change_sign_vs_prev_close": to_code(sent("238"), codes.PriceChangeSign),
                "expected_price_auction": g0[21],
                "expected_qty_auction": g1[23],
                "expected_change_sign": to_code(sent("293"), codes.PriceChangeSign),
                "expected_change": g2[25],
                "expected_change_rate": g3[3],
                "lp_ask_qty_1": g1[24],
                "lp_bid_qty_1": g1[25],
                "lp_ask_qty_2": g1[26],
                "lp_bid_qty_2": g1[27],
                "lp_ask_qty_3": g1[28],
                "lp_bid_qty_3": g1[29],
                "lp_ask_qty_4": g1[30],
                "lp_bid_qty_4": g1[31],
                "lp_ask_qty_5": g1[32],
                "lp_bid_qty_5": g1[33],
                "lp_ask_qty_6": g1[34],
                "lp_bid_qty_6": g1[35],
                "lp_ask_qty_7": g1[36],
                "lp_bid_qty_7": g1[37],
                "lp_ask_qty_8": g1[38],
                "lp_bid_qty_8": g1[39],
                "lp_ask_qty_9": g1[40],
                "lp_bid_qty_9": g1[41],
                "lp_ask_qty_10": g1[42],
                "lp_bid_qty_10": g1[43],
                "cumulative_volume": g1[44],
                "expected_qty_to_prev_day_volume_rate": to_directed_rate(sent("299")),
                "market_operation": to_code(sent("215"), codes.MarketOperationEvent),
                "investor_ticker": to_text(sent("216")),
                "krx_ask_qty_1": g1[45],
                "krx_ask_qty_2": g1[46],
                "krx_ask_qty_3": g1[47],
                "krx_ask_qty_4": g1[48],
                "krx_ask_qty_5": g1[49],
                "krx_ask_qty_6": g1[50],
                "krx_ask_qty_7": g1[51],
                "krx_ask_qty_8": g1[52],
                "krx_ask_qty_9": g1[53],
                "krx_ask_qty_10": g1[54],
                "krx_bid_qty_1": g1[55],
                "krx_bid_qty_2": g1[56],
                "krx_bid_qty_3": g1[57],
                "krx_bid_qty_4": g1[58],
                "krx_bid_qty_5": g1[59],
                "krx_bid_qty_6": g1[60],
                "krx_bid_qty_7": g1[61],
                "krx_bid_qty_8": g1[62],
                "krx_bid_qty_9": g1[63],
                "krx_bid_qty_10": g1[64],
                "krx_total_ask_qty": g1[65],
                "krx_total_bid_qty": g1[66],
                "nxt_ask_qty_1": g1[67],
                "nxt_ask_qty_2": g1[68],
                "nxt_ask_qty_3": g1[69],
                "nxt_ask_qty_4": g1[70],
                "nxt_ask_qty_5": g1[71],
                "nxt_ask_qty_6": g1[72],
                "nxt_ask_qty_7": g1[73],
                "nxt_ask_qty_8": g1[74],
                "nxt_ask_qty_9": g1[75],
                "nxt_ask_qty_10": g1[76],
                "nxt_bid_qty_1": g1[77],
                "nxt_bid_qty_2": g1[78],
                "nxt_bid_qty_3": g1[79],
                "nxt_bid_qty_4": g1[80],
                "nxt_bid_qty_5": g1[81],
                "nxt_bid_qty_6": g1[82],
                "nxt_bid_qty_7": g1[83],
                "nxt_bid_qty_8": g1[84],
                "nxt_bid_qty_9": g1[85],
                "nxt_bid_qty_10": g1[86],
                "nxt_total_ask_qty": g1[87],
                "nxt_total_bid_qty": g1[88],
                "krx_mid_total_ask_qty_change": g2[26],
                "krx_mid_total_ask_qty": g1[89],
                "krx_mid_price": g0[22],
                "krx_mid_total_bid_qty": g1[90],
                "krx_mid_total_bid_qty_change": g2[27],
                "nxt_mid_total_ask_qty_change": g2[28],
                "nxt_mid_total_ask_qty": g1[91],
                "nxt_mid_price": g0[23],
                "nxt_mid_total_bid_qty": g1[92],
                "nxt_mid_total_bid_qty_change": g2[29],
                "krx_mid_price_change": g2[30],
                "krx_mid_price_change_sign": to_code(sent("6111"), codes.PriceChangeSign),
                "krx_mid_price_change_rate": g3[4],
                "nxt_mid_price_change": g2[31],
                "nxt_mid_price_change_sign": to_code(sent("6114"), codes.PriceChangeSign),
                "nxt_mid_price_change_rate": g3[5],
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockAfterHoursQuote(RealtimeEvent):
    """0E 주식시간외호가: Stock After-Hours Quote (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0e-stock_after_hours_quote
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주식시간외호가(0E).
    """

    __slots__ = ("__dict__",)
    TYPE = "0E"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "21": "quote_time",
        "131": "after_hours_total_ask_qty",
        "132": "after_hours_total_ask_qty_change",
        "135": "after_hours_total_bid_qty",
        "136": "after_hours_total_bid_qty_change",
    }
    quote_time: Typed[datetime.time | str | None] = Typed(to_time, "21", doc="FID 21 호가시간 (time)")
    after_hours_total_ask_qty: Typed[int | str | None] = Typed(
        to_int, "131", doc="FID 131 시간외매도호가총잔량 (int, shares)"
    )
    after_hours_total_ask_qty_change: Typed[int | str | None] = Typed(
        to_int, "132", doc="FID 132 시간외매도호가총잔량직전대비 (signed_int, shares)"
    )
    after_hours_total_bid_qty: Typed[int | str | None] = Typed(
        to_int, "135", doc="FID 135 시간외매수호가총잔량 (int, shares)"
    )
    after_hours_total_bid_qty_change: Typed[int | str | None] = Typed(
        to_int, "136", doc="FID 136 시간외매수호가총잔량직전대비 (signed_int, shares)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "quote_time": to_time(sent("21")),
                "after_hours_total_ask_qty": to_int(sent("131")),
                "after_hours_total_ask_qty_change": to_int(sent("132")),
                "after_hours_total_bid_qty": to_int(sent("135")),
                "after_hours_total_bid_qty_change": to_int(sent("136")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockTodayBroker(RealtimeEvent):
    """0F 주식당일거래원: Stock Today's Broker (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0f-stock_today_broker
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주식당일거래원(0F).
    """

    __slots__ = ("__dict__",)
    TYPE = "0F"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "141": "sell_broker_1",
        "161": "sell_broker_qty_1",
        "166": "sell_broker_qty_change_1",
        "146": "sell_broker_code_1",
        "271": "sell_broker_color_1",
        "151": "buy_broker_1",
        "171": "buy_broker_qty_1",
        "176": "buy_broker_qty_change_1",
        "156": "buy_broker_code_1",
        "281": "buy_broker_color_1",
        "142": "sell_broker_2",
        "162": "sell_broker_qty_2",
        "167": "sell_broker_qty_change_2",
        "147": "sell_broker_code_2",
        "272": "sell_broker_color_2",
        "152": "buy_broker_2",
        "172": "buy_broker_qty_2",
        "177": "buy_broker_qty_change_2",
        "157": "buy_broker_code_2",
        "282": "buy_broker_color_2",
        "143": "sell_broker_3",
        "163": "sell_broker_qty_3",
        "168": "sell_broker_qty_change_3",
        "148": "sell_broker_code_3",
        "273": "sell_broker_color_3",
        "153": "buy_broker_3",
        "173": "buy_broker_qty_3",
        "178": "buy_broker_qty_change_3",
        "158": "buy_broker_code_3",
        "283": "buy_broker_color_3",
        "144": "sell_broker_4",
        "164": "sell_broker_qty_4",
        "169": "sell_broker_qty_change_4",
        "149": "sell_broker_code_4",
        "274": "sell_broker_color_4",
        "154": "buy_broker_4",
        "174": "buy_broker_qty_4",
        "179": "buy_broker_qty_change_4",
        "159": "buy_broker_code_4",
        "284": "buy_broker_color_4",
        "145": "sell_broker_5",
        "165": "sell_broker_qty_5",
        "170": "sell_broker_qty_change_5",
        "150": "sell_broker_code_5",
        "275": "sell_broker_color_5",
        "155": "buy_broker_5",
        "175": "buy_broker_qty_5",
        "180": "buy_broker_qty_change_5",
        "160": "buy_broker_code_5",
        "285": "buy_broker_color_5",
        "261": "foreign_sell_est_total",
        "262": "foreign_sell_est_total_change",
        "263": "foreign_buy_est_total",
        "264": "foreign_buy_est_total_change",
        "267": "foreign_net_buy_est_total",
        "268": "foreign_net_buy_est_change",
        "337": "broker_exchange_type",
    }
    sell_broker_1: Typed[str | None] = Typed(to_text, "141", doc="FID 141 매도거래원1 (text)")
    sell_broker_qty_1: Typed[int | str | None] = Typed(to_int, "161", doc="FID 161 매도거래원수량1 (int, shares)")
    sell_broker_qty_change_1: Typed[int | str | None] = Typed(
        to_int, "166", doc="FID 166 매도거래원별증감1 (signed_int, shares)"
    )
    sell_broker_code_1: Typed[str | None] = Typed(to_text, "146", doc="FID 146 매도거래원코드1 (text)")
    sell_broker_color_1: Typed[str | None] = Typed(to_text, "271", doc="FID 271 매도거래원색깔1 (text)")
    buy_broker_1: Typed[str | None] = Typed(to_text, "151", doc="FID 151 매수거래원1 (text)")
    buy_broker_qty_1: Typed[int | str | None] = Typed(to_int, "171", doc="FID 171 매수거래원수량1 (int, shares)")
    buy_broker_qty_change_1: Typed[int | str | None] = Typed(
        to_int, "176", doc="FID 176 매수거래원별증감1 (signed_int, shares)"
    )
    buy_broker_code_1: Typed[str | None] = Typed(to_text, "156", doc="FID 156 매수거래원코드1 (text)")
    buy_broker_color_1: Typed[str | None] = Typed(to_text, "281", doc="FID 281 매수거래원색깔1 (text)")
    sell_broker_2: Typed[str | None] = Typed(to_text, "142", doc="FID 142 매도거래원2 (text)")
    sell_broker_qty_2: Typed[int | str | None] = Typed(to_int, "162", doc="FID 162 매도거래원수량2 (int, shares)")
    sell_broker_qty_change_2: Typed[int | str | None] = Typed(
        to_int, "167", doc="FID 167 매도거래원별증감2 (signed_int, shares)"
    )
    sell_broker_code_2: Typed[str | None] = Typed(to_text, "147", doc="FID 147 매도거래원코드2 (text)")
    sell_broker_color_2: Typed[str | None] = Typed(to_text, "272", doc="FID 272 매도거래원색깔2 (text)")
    buy_broker_2: Typed[str | None] = Typed(to_text, "152", doc="FID 152 매수거래원2 (text)")
    buy_broker_qty_2: Typed[int | str | None] = Typed(to_int, "172", doc="FID 172 매수거래원수량2 (int, shares)")
    buy_broker_qty_change_2: Typed[int | str | None] = Typed(
        to_int, "177", doc="FID 177 매수거래원별증감2 (signed_int, shares)"
    )
    buy_broker_code_2: Typed[str | None] = Typed(to_text, "157", doc="FID 157 매수거래원코드2 (text)")
    buy_broker_color_2: Typed[str | None] = Typed(to_text, "282", doc="FID 282 매수거래원색깔2 (text)")
    sell_broker_3: Typed[str | None] = Typed(to_text, "143", doc="FID 143 매도거래원3 (text)")
    sell_broker_qty_3: Typed[int | str | None] = Typed(to_int, "163", doc="FID 163 매도거래원수량3 (int, shares)")
    sell_broker_qty_change_3: Typed[int | str | None] = Typed(
        to_int, "168", doc="FID 168 매도거래원별증감3 (signed_int, shares)"
    )
    sell_broker_code_3: Typed[str | None] = Typed(to_text, "148", doc="FID 148 매도거래원코드3 (text)")
    sell_broker_color_3: Typed[str | None] = Typed(to_text, "273", doc="FID 273 매도거래원색깔3 (text)")
    buy_broker_3: Typed[str | None] = Typed(to_text, "153", doc="FID 153 매수거래원3 (text)")
    buy_broker_qty_3: Typed[int | str | None] = Typed(to_int, "173", doc="FID 173 매수거래원수량3 (int, shares)")
    buy_broker_qty_change_3: Typed[int | str | None] = Typed(
        to_int, "178", doc="FID 178 매수거래원별증감3 (signed_int, shares)"
    )
    buy_broker_code_3: Typed[str | None] = Typed(to_text, "158", doc="FID 158 매수거래원코드3 (text)")
    buy_broker_color_3: Typed[str | None] = Typed(to_text, "283", doc="FID 283 매수거래원색깔3 (text)")
    sell_broker_4: Typed[str | None] = Typed(to_text, "144", doc="FID 144 매도거래원4 (text)")
    sell_broker_qty_4: Typed[int | str | None] = Typed(to_int, "164", doc="FID 164 매도거래원수량4 (int, shares)")
    sell_broker_qty_change_4: Typed[int | str | None] = Typed(
        to_int, "169", doc="FID 169 매도거래원별증감4 (signed_int, shares)"
    )
    sell_broker_code_4: Typed[str | None] = Typed(to_text, "149", doc="FID 149 매도거래원코드4 (text)")
    sell_broker_color_4: Typed[str | None] = Typed(to_text, "274", doc="FID 274 매도거래원색깔4 (text)")
    buy_broker_4: Typed[str | None] = Typed(to_text, "154", doc="FID 154 매수거래원4 (text)")
    buy_broker_qty_4: Typed[int | str | None] = Typed(to_int, "174", doc="FID 174 매수거래원수량4 (int, shares)")
    buy_broker_qty_change_4: Typed[int | str | None] = Typed(
        to_int, "179", doc="FID 179 매수거래원별증감4 (signed_int, shares)"
    )
    buy_broker_code_4: Typed[str | None] = Typed(to_text, "159", doc="FID 159 매수거래원코드4 (text)")
    buy_broker_color_4: Typed[str | None] = Typed(to_text, "284", doc="FID 284 매수거래원색깔4 (text)")
    sell_broker_5: Typed[str | None] = Typed(to_text, "145", doc="FID 145 매도거래원5 (text)")
    sell_broker_qty_5: Typed[int | str | None] = Typed(to_int, "165", doc="FID 165 매도거래원수량5 (int, shares)")
    sell_broker_qty_change_5: Typed[int | str | None] = Typed(
        to_int, "170", doc="FID 170 매도거래원별증감5 (signed_int, shares)"
    )
    sell_broker_code_5: Typed[str | None] = Typed(to_text, "150", doc="FID 150 매도거래원코드5 (text)")
    sell_broker_color_5: Typed[str | None] = Typed(to_text, "275", doc="FID 275 매도거래원색깔5 (text)")
    buy_broker_5: Typed[str | None] = Typed(to_text, "155", doc="FID 155 매수거래원5 (text)")
    buy_broker_qty_5: Typed[int | str | None] = Typed(to_int, "175", doc="FID 175 매수거래원수량5 (int, shares)")
    buy_broker_qty_change_5: Typed[int | str | None] = Typed(
        to_int, "180", doc="FID 180 매수거래원별증감5 (signed_int, shares)"
    )
    buy_broker_code_5: Typed[str | None] = Typed(to_text, "160", doc="FID 160 매수거래원코드5 (text)")
    buy_broker_color_5: Typed[str | None] = Typed(to_text, "285", doc="FID 285 매수거래원색깔5 (text)")
    foreign_sell_est_total: Typed[int | str | None] = Typed(to_int, "261", doc="FID 261 외국계매도추정합 (int, shares)")
    foreign_sell_est_total_change: Typed[int | str | None] = Typed(
        to_int, "262", doc="FID 262 외국계매도추정합변동 (signed_int, shares)"
    )
    foreign_buy_est_total: Typed[int | str | None] = Typed(to_int, "263", doc="FID 263 외국계매수추정합 (int, shares)")
    foreign_buy_est_total_change: Typed[int | str | None] = Typed(
        to_int, "264", doc="FID 264 외국계매수추정합변동 (signed_int, shares)"
    )
    foreign_net_buy_est_total: Typed[int | str | None] = Typed(
        to_int, "267", doc="FID 267 외국계순매수추정합 (signed_int, shares)"
    )
    foreign_net_buy_est_change: Typed[int | str | None] = Typed(
        to_int, "268", doc="FID 268 외국계순매수변동 (signed_int, shares)"
    )
    broker_exchange_type: Typed[str | None] = Typed(to_text, "337", doc="FID 337 거래소구분 (text)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_ints(
            list(map(sent, ("161", "171", "162", "172", "163", "173", "164", "174", "165", "175", "261", "263")))
        )
        g1 = to_ints(
            list(
                map(
                    sent,
                    ("166", "176", "167", "177", "168", "178", "169", "179", "170", "180", "262", "264", "267", "268"),
                )
            )
        )
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "sell_broker_1": to_text(sent("141")),
                "sell_broker_qty_1": g0[0],
                "sell_broker_qty_change_1": g1[0],
                "sell_broker_code_1": to_text(sent("146")),
                "sell_broker_color_1": to_text(sent("271")),
                "buy_broker_1": to_text(sent("151")),
                "buy_broker_qty_1": g0[1],
                "buy_broker_qty_change_1": g1[1],
                "buy_broker_code_1": to_text(sent("156")),
                "buy_broker_color_1": to_text(sent("281")),
                "sell_broker_2": to_text(sent("142")),
                "sell_broker_qty_2": g0[2],
                "sell_broker_qty_change_2": g1[2],
                "sell_broker_code_2": to_text(sent("147")),
                "sell_broker_color_2": to_text(sent("272")),
                "buy_broker_2": to_text(sent("152")),
                "buy_broker_qty_2": g0[3],
                "buy_broker_qty_change_2": g1[3],
                "buy_broker_code_2": to_text(sent("157")),
                "buy_broker_color_2": to_text(sent("282")),
                "sell_broker_3": to_text(sent("143")),
                "sell_broker_qty_3": g0[4],
                "sell_broker_qty_change_3": g1[4],
                "sell_broker_code_3": to_text(sent("148")),
                "sell_broker_color_3": to_text(sent("273")),
                "buy_broker_3": to_text(sent("153")),
                "buy_broker_qty_3": g0[5],
                "buy_broker_qty_change_3": g1[5],
                "buy_broker_code_3": to_text(sent("158")),
                "buy_broker_color_3": to_text(sent("283")),
                "sell_broker_4": to_text(sent("144")),
                "sell_broker_qty_4": g0[6],
                "sell_broker_qty_change_4": g1[6],
                "sell_broker_code_4": to_text(sent("149")),
                "sell_broker_color_4": to_text(sent("274")),
                "buy_broker_4": to_text(sent("154")),
                "buy_broker_qty_4": g0[7],
                "buy_broker_qty_change_4": g1[7],
                "buy_broker_code_4": to_text(sent("159")),
                "buy_broker_color_4": to_text(sent("284")),
                "sell_broker_5": to_text(sent("145")),
                "sell_broker_qty_5": g0[8],
                "sell_broker_qty_change_5": g1[8],
                "sell_broker_code_5": to_text(sent("150")),
                "sell_broker_color_5": to_text(sent("275")),
                "buy_broker_5": to_text(sent("155")),
                "buy_broker_qty_5": g0[9],
                "buy_broker_qty_change_5": g1[9],
                "buy_broker_code_5": to_text(sent("160")),
                "buy_broker_color_5": to_text(sent("285")),
                "foreign_sell_est_total": g0[10],
                "foreign_sell_est_total_change": g1[10],
                "foreign_buy_est_total": g0[11],
                "foreign_buy_est_total_change": g1[11],
                "foreign_net_buy_est_total": g1[12],
                "foreign_net_buy_est_change": g1[13],
                "broker_exchange_type": to_text(sent("337")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class EtfNav(RealtimeEvent):
    """0G ETF NAV: ETF NAV (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0g-etf_nav
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet ETF NAV(0G).
    """

    __slots__ = ("__dict__",)
    TYPE = "0G"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "36": "nav",
        "37": "nav_change",
        "38": "nav_change_rate",
        "39": "tracking_error_rate",
        "20": "trade_time",
        "10": "current_price",
        "11": "change",
        "12": "change_rate",
        "13": "cumulative_volume",
        "25": "change_sign",
        "667": "elw_gearing_ratio",
        "668": "elw_breakeven_rate",
        "669": "elw_capital_support_point",
        "265": "nav_index_deviation_rate",
        "266": "nav_etf_deviation_rate",
    }
    nav: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "36", doc="FID 36 NAV (price, KRW)")
    nav_change: Typed[Decimal | str | None] = Typed(to_decimal, "37", doc="FID 37 NAV전일대비 (decimal, KRW)")
    nav_change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "38", doc="FID 38 NAV등락율 (rate, percent)")
    tracking_error_rate: Typed[Decimal | str | None] = Typed(to_decimal, "39", doc="FID 39 추적오차율 (rate, percent)")
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    change: Typed[int | str | None] = Typed(to_int, "11", doc="FID 11 전일대비 (signed_int, KRW)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    elw_gearing_ratio: Typed[Decimal | str | None] = Typed(to_decimal, "667", doc="FID 667 ELW기어링비율 (decimal)")
    elw_breakeven_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "668", doc="FID 668 ELW손익분기율 (rate, percent)"
    )
    elw_capital_support_point: Typed[Decimal | str | None] = Typed(
        to_decimal, "669", doc="FID 669 ELW자본지지점 (rate, percent)"
    )
    nav_index_deviation_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "265", doc="FID 265 NAV/지수괴리율 (rate, percent)"
    )
    nav_etf_deviation_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "266", doc="FID 266 NAV/ETF괴리율 (rate, percent)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_decimals(list(map(sent, ("37", "38", "39", "12", "667", "668", "669", "265", "266"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "nav": to_price(sent("36")),
                "nav_change": g0[0],
                "nav_change_rate": g0[1],
                "tracking_error_rate": g0[2],
                "trade_time": to_time(sent("20")),
                "current_price": to_price(sent("10")),
                "change": to_int(sent("11")),
                "change_rate": g0[3],
                "cumulative_volume": to_int(sent("13")),
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                "elw_gearing_ratio": g0[4],
                "elw_breakeven_rate": g0[5],
                "elw_capital_support_point": g0[6],
                "nav_index_deviation_rate": g0[7],
                "nav_etf_deviation_rate": g0[8],
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockExpectedTrade(RealtimeEvent):
    """0H 주식예상체결: Stock Expected Execution (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0h-stock_expected_trade
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주식예상체결(0H).
    """

    __slots__ = ("__dict__",)
    TYPE = "0H"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "20": "trade_time",
        "10": "current_price",
        "11": "change",
        "12": "change_rate",
        "15": "trade_volume",
        "13": "cumulative_volume",
        "25": "change_sign",
    }
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    change: Typed[int | str | None] = Typed(to_int, "11", doc="FID 11 전일대비 (signed_int, KRW)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")
    trade_volume: Typed[int | str | None] = Typed(to_int, "15", doc="FID 15 거래량 (signed_int, shares)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "trade_time": to_time(sent("20")),
                "current_price": to_price(sent("10")),
                "change": to_int(sent("11")),
                "change_rate": to_decimal(sent("12")),
                "trade_volume": to_int(sent("15")),
                "cumulative_volume": to_int(sent("13")),
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class IntlGoldConvertedPrice(RealtimeEvent):
    """0I 국제금환산가격: International Gold Converted Price (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0i-intl_gold_converted_price
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 국제금환산가격(0I).
    """

    __slots__ = ("__dict__",)
    TYPE = "0I"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "10": "current_price",
        "25": "change_sign",
        "11": "change",
        "12": "change_rate",
    }
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    change: Typed[int | str | None] = Typed(to_int, "11", doc="FID 11 전일대비 (signed_int, KRW)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "current_price": to_price(sent("10")),
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                "change": to_int(sent("11")),
                "change_rate": to_decimal(sent("12")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class SectorIndex(RealtimeEvent):
    """0J 업종지수: Sector Index (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0j-sector_index
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 업종지수(0J).
    """

    __slots__ = ("__dict__",)
    TYPE = "0J"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "20": "trade_time",
        "10": "current_price",
        "11": "change",
        "12": "change_rate",
        "15": "trade_volume",
        "13": "cumulative_volume",
        "14": "cumulative_trade_value",
        "16": "open_price",
        "17": "high_price",
        "18": "low_price",
        "25": "change_sign",
        "26": "volume_change_vs_prev_day",
    }
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "10", doc="FID 10 현재가 (price, index_points)"
    )
    change: Typed[Decimal | str | None] = Typed(to_decimal, "11", doc="FID 11 전일대비 (decimal, index_points)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")
    trade_volume: Typed[int | str | None] = Typed(to_int, "15", doc="FID 15 거래량 (signed_int, thousand_shares)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, thousand_shares)")
    cumulative_trade_value: Typed[int | str | None] = Typed(to_int, "14", doc="FID 14 누적거래대금 (int, KRW_million)")
    open_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "16", doc="FID 16 시가 (price, index_points)"
    )
    high_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "17", doc="FID 17 고가 (price, index_points)"
    )
    low_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "18", doc="FID 18 저가 (price, index_points)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    volume_change_vs_prev_day: Typed[int | str | None] = Typed(
        to_int, "26", doc="FID 26 전일거래량대비 (signed_int, thousand_shares)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(list(map(sent, ("10", "16", "17", "18"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "trade_time": to_time(sent("20")),
                "current_price": g0[0],
                "change": to_decimal(sent("11")),
                "change_rate": to_decimal(sent("12")),
                "trade_volume": to_int(sent("15")),
                "cumulative_volume": to_int(sent("13")),
                "cumulative_trade_value": to_int(sent("14")),
                "open_price": g0[1],
                "high_price": g0[2],
                "low_price": g0[3],
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                "volume_change_vs_prev_day": to_int(sent("26")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class SectorAdvanceDecline(RealtimeEvent):
    """0U 업종등락: Sector Advance/Decline (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0u-sector_advance_decline
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 업종등락(0U).
    """

    __slots__ = ("__dict__",)
    TYPE = "0U"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "20": "trade_time",
        "252": "rising_count",
        "251": "upper_limit_count",
        "253": "unchanged_count",
        "255": "falling_count",
        "254": "lower_limit_count",
        "13": "cumulative_volume",
        "14": "cumulative_trade_value",
        "10": "current_price",
        "11": "change",
        "12": "change_rate",
        "256": "traded_item_count",
        "257": "traded_item_ratio",
        "25": "change_sign",
    }
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    rising_count: Typed[int | str | None] = Typed(to_int, "252", doc="FID 252 상승종목수 (int, items)")
    upper_limit_count: Typed[int | str | None] = Typed(to_int, "251", doc="FID 251 상한종목수 (int, items)")
    unchanged_count: Typed[int | str | None] = Typed(to_int, "253", doc="FID 253 보합종목수 (int, items)")
    falling_count: Typed[int | str | None] = Typed(to_int, "255", doc="FID 255 하락종목수 (int, items)")
    lower_limit_count: Typed[int | str | None] = Typed(to_int, "254", doc="FID 254 하한종목수 (int, items)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, thousand_shares)")
    cumulative_trade_value: Typed[int | str | None] = Typed(to_int, "14", doc="FID 14 누적거래대금 (int, KRW_million)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "10", doc="FID 10 현재가 (price, index_points)"
    )
    change: Typed[Decimal | str | None] = Typed(to_decimal, "11", doc="FID 11 전일대비 (decimal, index_points)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")
    traded_item_count: Typed[int | str | None] = Typed(to_int, "256", doc="FID 256 거래형성종목수 (int, items)")
    traded_item_ratio: Typed[Decimal | str | None] = Typed(
        to_decimal, "257", doc="FID 257 거래형성비율 (rate, percent)"
    )
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_ints(list(map(sent, ("252", "251", "253", "255", "254", "13", "14", "256"))))
        g1 = to_decimals(list(map(sent, ("11", "12", "257"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "trade_time": to_time(sent("20")),
                "rising_count": g0[0],
                "upper_limit_count": g0[1],
                "unchanged_count": g0[2],
                "falling_count": g0[3],
                "lower_limit_count": g0[4],
                "cumulative_volume": g0[5],
                "cumulative_trade_value": g0[6],
                "current_price": to_price(sent("10")),
                "change": g1[0],
                "change_rate": g1[1],
                "traded_item_count": g0[7],
                "traded_item_ratio": g1[2],
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockStatusEvent(RealtimeEvent):
    """0g 주식종목정보: Stock Status Event (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0g-stock_status_event
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 주식종목정보(0g).
    """

    __slots__ = ("__dict__",)
    TYPE = "0g"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "297": "arbitrary_extension",
        "592": "pre_market_extension",
        "593": "post_market_extension",
        "305": "upper_limit_price",
        "306": "lower_limit_price",
        "307": "base_price",
        "689": "elw_early_termination",
        "594": "currency_unit",
        "382": "margin_rate_display",
        "370": "item_info",
    }
    arbitrary_extension: Typed[str | None] = Typed(to_text, "297", doc="FID 297 임의연장 (text)")
    pre_market_extension: Typed[str | None] = Typed(to_text, "592", doc="FID 592 장전임의연장 (text)")
    post_market_extension: Typed[str | None] = Typed(to_text, "593", doc="FID 593 장후임의연장 (text)")
    upper_limit_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "305", doc="FID 305 상한가 (price, KRW)"
    )
    lower_limit_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "306", doc="FID 306 하한가 (price, KRW)"
    )
    base_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "307", doc="FID 307 기준가 (price, KRW)")
    elw_early_termination: Typed[bool | str | None] = Typed(to_flag, "689", doc="FID 689 조기종료ELW발생 (flag)")
    currency_unit: Typed[str | None] = Typed(to_text, "594", doc="FID 594 통화단위 (text)")
    margin_rate_display: Typed[str | None] = Typed(to_text, "382", doc="FID 382 증거금율표시 (text)")
    item_info: Typed[str | None] = Typed(to_text, "370", doc="FID 370 종목정보 (text)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(list(map(sent, ("305", "306", "307"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "arbitrary_extension": to_text(sent("297")),
                "pre_market_extension": to_text(sent("592")),
                "post_market_extension": to_text(sent("593")),
                "upper_limit_price": g0[0],
                "lower_limit_price": g0[1],
                "base_price": g0[2],
                "elw_early_termination": to_flag(sent("689")),
                "currency_unit": to_text(sent("594")),
                "margin_rate_display": to_text(sent("382")),
                "item_info": to_text(sent("370")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class ElwTheoreticalPrice(RealtimeEvent):
    """0m ELW 이론가: ELW Theoretical Price (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0m-elw_theoretical_price
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet ELW 이론가(0m).
    """

    __slots__ = ("__dict__",)
    TYPE = "0m"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "20": "trade_time",
        "10": "current_price",
        "670": "elw_theoretical_price",
        "671": "elw_implied_volatility",
        "672": "elw_delta",
        "673": "elw_gamma",
        "674": "elw_theta",
        "675": "elw_vega",
        "676": "elw_rho",
        "706": "lp_implied_volatility",
    }
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    elw_theoretical_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "670", doc="FID 670 ELW이론가 (price, KRW)"
    )
    elw_implied_volatility: Typed[Decimal | str | None] = Typed(
        to_decimal, "671", doc="FID 671 ELW내재변동성 (rate, percent)"
    )
    elw_delta: Typed[Decimal | str | None] = Typed(to_decimal, "672", 1000000, doc="FID 672 ELW델타 (decimal)")
    elw_gamma: Typed[Decimal | str | None] = Typed(to_decimal, "673", 1000000, doc="FID 673 ELW감마 (decimal)")
    elw_theta: Typed[Decimal | str | None] = Typed(to_decimal, "674", doc="FID 674 ELW쎄타 (decimal)")
    elw_vega: Typed[Decimal | str | None] = Typed(to_decimal, "675", doc="FID 675 ELW베가 (decimal)")
    elw_rho: Typed[Decimal | str | None] = Typed(to_decimal, "676", doc="FID 676 ELW로 (decimal)")
    lp_implied_volatility: Typed[Decimal | str | None] = Typed(
        to_decimal, "706", doc="FID 706 LP호가내재변동성 (rate, percent)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_decimals(list(map(sent, ("671", "674", "675", "676", "706"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "trade_time": to_time(sent("20")),
                "current_price": to_price(sent("10")),
                "elw_theoretical_price": to_price(sent("670")),
                "elw_implied_volatility": g0[0],
                "elw_delta": to_decimal(sent("672"), 1000000),
                "elw_gamma": to_decimal(sent("673"), 1000000),
                "elw_theta": g0[1],
                "elw_vega": g0[2],
                "elw_rho": g0[3],
                "lp_implied_volatility": g0[4],
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class MarketSessionTime(RealtimeEvent):
    """0s 장시작시간: Market Session Time (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0s-market_session_time
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 장시작시간(0s).
    """

    __slots__ = ("__dict__",)
    TYPE = "0s"
    SECTION = "domestic"
    REGISTERED = "none"
    FIDS = {
        "215": "market_operation",
        "20": "trade_time",
        "214": "time_to_market_open",
    }
    market_operation: Typed[codes.MarketOperationEvent | str | None] = Typed(
        to_code, "215", codes.MarketOperationEvent, doc="FID 215 장운영구분 (code)"
    )
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    time_to_market_open: Typed[datetime.time | str | None] = Typed(
        to_time, "214", doc="FID 214 장시작예상잔여시간 (time)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "market_operation": to_code(sent("215"), codes.MarketOperationEvent),
                "trade_time": to_time(sent("20")),
                "time_to_market_open": to_time(sent("214")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class ElwIndicator(RealtimeEvent):
    """0u ELW 지표: ELW Indicators (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0u-elw_indicator
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet ELW 지표(0u).
    """

    __slots__ = ("__dict__",)
    TYPE = "0u"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "20": "trade_time",
        "666": "elw_parity",
        "1211": "elw_premium",
        "667": "elw_gearing_ratio",
        "668": "elw_breakeven_rate",
        "669": "elw_capital_support_point",
    }
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    elw_parity: Typed[Decimal | str | None] = Typed(to_decimal, "666", doc="FID 666 ELW패리티 (rate, percent)")
    elw_premium: Typed[Decimal | str | None] = Typed(to_decimal, "1211", doc="FID 1211 ELW프리미엄 (rate, percent)")
    elw_gearing_ratio: Typed[Decimal | str | None] = Typed(to_decimal, "667", doc="FID 667 ELW기어링비율 (decimal)")
    elw_breakeven_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "668", doc="FID 668 ELW손익분기율 (rate, percent)"
    )
    elw_capital_support_point: Typed[Decimal | str | None] = Typed(
        to_decimal, "669", doc="FID 669 ELW자본지지점 (rate, percent)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_decimals(list(map(sent, ("666", "1211", "667", "668", "669"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "trade_time": to_time(sent("20")),
                "elw_parity": g0[0],
                "elw_premium": g0[1],
                "elw_gearing_ratio": g0[2],
                "elw_breakeven_rate": g0[3],
                "elw_capital_support_point": g0[4],
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class StockProgramTrading(RealtimeEvent):
    """0w 종목프로그램매매: Stock Program Trading (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#0w-stock_program_trading
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 종목프로그램매매(0w).
    """

    __slots__ = ("__dict__",)
    TYPE = "0w"
    SECTION = "domestic"
    REGISTERED = "codes"
    FIDS = {
        "20": "trade_time",
        "10": "current_price",
        "25": "change_sign",
        "11": "change",
        "12": "change_rate",
        "13": "cumulative_volume",
        "202": "program_sell_qty",
        "204": "program_sell_amount",
        "206": "program_buy_qty",
        "208": "program_buy_amount",
        "210": "program_net_buy_qty",
        "211": "program_net_buy_qty_change",
        "212": "program_net_buy_amount",
        "213": "program_net_buy_amount_change",
        "214": "time_to_market_open",
        "215": "market_operation",
        "216": "investor_ticker",
    }
    trade_time: Typed[datetime.time | str | None] = Typed(to_time, "20", doc="FID 20 체결시간 (time)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    change: Typed[int | str | None] = Typed(to_int, "11", doc="FID 11 전일대비 (signed_int, KRW)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    program_sell_qty: Typed[int | str | None] = Typed(to_int, "202", doc="FID 202 매도수량 (int, shares)")
    program_sell_amount: Typed[int | str | None] = Typed(to_int, "204", doc="FID 204 매도금액 (int, KRW_million)")
    program_buy_qty: Typed[int | str | None] = Typed(to_int, "206", doc="FID 206 매수수량 (int, shares)")
    program_buy_amount: Typed[int | str | None] = Typed(to_int, "208", doc="FID 208 매수금액 (int, KRW_million)")
    program_net_buy_qty: Typed[int | str | None] = Typed(to_int, "210", doc="FID 210 순매수수량 (signed_int, shares)")
    program_net_buy_qty_change: Typed[int | str | None] = Typed(
        to_int, "211", doc="FID 211 순매수수량증감 (signed_int, shares)"
    )
    program_net_buy_amount: Typed[int | str | None] = Typed(
        to_int, "212", doc="FID 212 순매수금액 (signed_int, KRW_million)"
    )
    program_net_buy_amount_change: Typed[int | str | None] = Typed(
        to_int, "213", doc="FID 213 순매수금액증감 (signed_int, KRW_million)"
    )
    time_to_market_open: Typed[datetime.time | str | None] = Typed(
        to_time, "214", doc="FID 214 장시작예상잔여시간 (time)"
    )
    market_operation: Typed[codes.MarketOperationEvent | str | None] = Typed(
        to_code, "215", codes.MarketOperationEvent, doc="FID 215 장운영구분 (code)"
    )
    investor_ticker: Typed[str | None] = Typed(to_text, "216", doc="FID 216 투자자별ticker (text)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_ints(list(map(sent, ("11", "210", "211", "212", "213"))))
        g1 = to_ints(list(map(sent, ("13", "202", "204", "206", "208"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "trade_time": to_time(sent("20")),
                "current_price": to_price(sent("10")),
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                "change": g0[0],
                "change_rate": to_decimal(sent("12")),
                "cumulative_volume": g1[0],
                "program_sell_qty": g1[1],
                "program_sell_amount": g1[2],
                "program_buy_qty": g1[3],
                "program_buy_amount": g1[4],
                "program_net_buy_qty": g0[1],
                "program_net_buy_qty_change": g0[2],
                "program_net_buy_amount": g0[3],
                "program_net_buy_amount_change": g0[4],
                "time_to_market_open": to_time(sent("214")),
                "market_operation": to_code(sent("215"), codes.MarketOperationEvent),
                "investor_ticker": to_text(sent("216")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class ViTriggerRelease(RealtimeEvent):
    """1h VI발동/해제: VI Trigger/Release (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-realtime/#1h-vi_trigger_release
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet VI발동|해제(1h).
    """

    __slots__ = ("__dict__",)
    TYPE = "1h"
    SECTION = "domestic"
    REGISTERED = "none"
    FIDS = {
        "9001": "item_code",
        "302": "item_name",
        "13": "cumulative_volume",
        "14": "cumulative_trade_value",
        "9068": "vi_trigger_type",
        "9008": "market_type",
        "9075": "pre_market_type",
        "1221": "vi_trigger_price",
        "1223": "vi_trade_process_time",
        "1224": "vi_release_time",
        "1225": "vi_apply_type",
        "1236": "vi_static_base_price",
        "1237": "vi_dynamic_base_price",
        "1238": "vi_static_deviation_rate",
        "1239": "vi_dynamic_deviation_rate",
        "1489": "vi_trigger_change_rate",
        "1490": "vi_trigger_count",
        "9069": "vi_trigger_direction",
        "1279": "extra_item_1279",
    }
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목코드 (text)")
    item_name: Typed[str | None] = Typed(to_text, "302", doc="FID 302 종목명 (text)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    cumulative_trade_value: Typed[int | str | None] = Typed(to_int, "14", doc="FID 14 누적거래대금 (int, KRW_million)")
    vi_trigger_type: Typed[codes.ViTriggerType | str | None] = Typed(
        to_code, "9068", codes.ViTriggerType, doc="FID 9068 VI발동구분 (code)"
    )
    market_type: Typed[codes.MarketType | str | None] = Typed(
        to_code, "9008", codes.MarketType, doc="FID 9008 KOSPI,KOSDAQ,전체구분 (code)"
    )
    pre_market_type: Typed[codes.MarketSession | str | None] = Typed(
        to_code, "9075", codes.MarketSession, doc="FID 9075 장전구분 (code)"
    )
    vi_trigger_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "1221", doc="FID 1221 VI발동가격 (price, KRW)"
    )
    vi_trade_process_time: Typed[datetime.time | str | None] = Typed(
        to_time, "1223", doc="FID 1223 매매체결처리시각 (time)"
    )
    vi_release_time: Typed[datetime.time | str | None] = Typed(to_time, "1224", doc="FID 1224 VI해제시각 (time)")
    vi_apply_type: Typed[str | None] = Typed(to_text, "1225", doc="FID 1225 VI적용구분 (text)")
    vi_static_base_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "1236", doc="FID 1236 기준가격 정적 (price, KRW)"
    )
    vi_dynamic_base_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "1237", doc="FID 1237 기준가격 동적 (price, KRW)"
    )
    vi_static_deviation_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "1238", doc="FID 1238 괴리율 정적 (rate, percent)"
    )
    vi_dynamic_deviation_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "1239", doc="FID 1239 괴리율 동적 (rate, percent)"
    )
    vi_trigger_change_rate: Typed[Decimal | str | None] = Typed(
        to_decimal, "1489", doc="FID 1489 VI발동가 등락율 (rate, percent)"
    )
    vi_trigger_count: Typed[int | str | None] = Typed(to_int, "1490", doc="FID 1490 VI발동횟수 (int, count)")
    vi_trigger_direction: Typed[codes.ViTriggerDirection | str | None] = Typed(
        to_code, "9069", codes.ViTriggerDirection, doc="FID 9069 발동방향구분 (code)"
    )
    extra_item_1279: Typed[str | None] = Typed(to_text, "1279", doc="FID 1279 Extra Item (text)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_ints(list(map(sent, ("13", "14", "1490"))))
        g1 = to_prices(list(map(sent, ("1221", "1236", "1237"))))
        g2 = to_decimals(list(map(sent, ("1238", "1239", "1489"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "item_code": to_text(sent("9001")),
                "item_name": to_text(sent("302")),
                "cumulative_volume": g0[0],
                "cumulative_trade_value": g0[1],
                "vi_trigger_type": to_code(sent("9068"), codes.ViTriggerType),
                "market_type": to_code(sent("9008"), codes.MarketType),
                "pre_market_type": to_code(sent("9075"), codes.MarketSession),
                "vi_trigger_price": g1[0],
                "vi_trade_process_time": to_time(sent("1223")),
                "vi_release_time": to_time(sent("1224")),
                "vi_apply_type": to_text(sent("1225")),
                "vi_static_base_price": g1[1],
                "vi_dynamic_base_price": g1[2],
                "vi_static_deviation_rate": g2[0],
                "vi_dynamic_deviation_rate": g2[1],
                "vi_trigger_change_rate": g2[2],
                "vi_trigger_count": g0[2],
                "vi_trigger_direction": to_code(sent("9069"), codes.ViTriggerDirection),
                "extra_item_1279": to_text(sent("1279")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class UsRealtimeOrderConfirm(RealtimeEvent):
    """F4 미국주식 실시간 주문 확인: US Real-Time Order Confirmation.

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-realtime/#f4-us_realtime_order_confirm
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 미국주식 실시간 주문 확인(F4).
    """

    __slots__ = ("__dict__",)
    TYPE = "F4"
    SECTION = "us"
    REGISTERED = "codes"
    FIDS = {
        "9201": "account_no",
        "9203": "order_no",
        "9001": "item_code",
        "905": "order_type",
        "907": "side",
        "904": "original_order_no",
        "900": "order_qty",
        "901": "order_price",
        "906": "trade_type",
        "913": "order_status",
        "908": "order_exec_time",
        "50810": "stop_price",
        "8043": "currency_code",
        "50841": "reservation_type",
        "55190": "country_code",
        "1091": "country_name",
        "50072": "side_name",
        "302": "item_name",
        "50073": "trade_type_name",
        "8046": "exchange_code",
    }
    account_no: Typed[str | None] = Typed(to_text, "9201", doc="FID 9201 계좌번호 (text)")
    order_no: Typed[str | None] = Typed(to_text, "9203", doc="FID 9203 주문번호 (text)")
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목,업종코드 (text)")
    order_type: Typed[str | None] = Typed(to_text, "905", doc="FID 905 주문구분 (text)")
    side: Typed[codes.UsSellBuy | str | None] = Typed(to_code, "907", codes.UsSellBuy, doc="FID 907 매도수구분 (code)")
    original_order_no: Typed[str | None] = Typed(to_text, "904", doc="FID 904 원주문번호 (text)")
    order_qty: Typed[int | str | None] = Typed(to_int, "900", doc="FID 900 주문수량 (int, shares)")
    order_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "901", doc="FID 901 주문가격 (price, USD)")
    trade_type: Typed[codes.UsSellTradeType | str | None] = Typed(
        to_code, "906", codes.UsSellTradeType, doc="FID 906 매매구분 (code)"
    )
    order_status: Typed[str | None] = Typed(to_text, "913", doc="FID 913 주문상태 (text)")
    order_exec_time: Typed[datetime.time | str | None] = Typed(
        to_clock_time, "908", doc="FID 908 주문/체결시간 (clock_time)"
    )
    stop_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "50810", doc="FID 50810 주문STOP가격 (price, USD)"
    )
    currency_code: Typed[str | None] = Typed(to_text, "8043", doc="FID 8043 통화코드 (text)")
    reservation_type: Typed[codes.UsReservationOrderType | str | None] = Typed(
        to_code, "50841", codes.UsReservationOrderType, doc="FID 50841 예약구분 (code)"
    )
    country_code: Typed[str | None] = Typed(to_text, "55190", doc="FID 55190 (재무)국가코드 사용 (text)")
    country_name: Typed[str | None] = Typed(to_text, "1091", doc="FID 1091 국가명 (text)")
    side_name: Typed[str | None] = Typed(to_text, "50072", doc="FID 50072 매도수구분명 (text)")
    item_name: Typed[str | None] = Typed(to_text, "302", doc="FID 302 종목명 (text)")
    trade_type_name: Typed[str | None] = Typed(to_text, "50073", doc="FID 50073 매매구분명 (text)")
    exchange_code: Typed[str | None] = Typed(to_text, "8046", doc="FID 8046 거래소코드 (text)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "account_no": to_text(sent("9201")),
                "order_no": to_text(sent("9203")),
                "item_code": to_text(sent("9001")),
                "order_type": to_text(sent("905")),
                "side": to_code(sent("907"), codes.UsSellBuy),
                "original_order_no": to_text(sent("904")),
                "order_qty": to_int(sent("900")),
                "order_price": to_price(sent("901")),
                "trade_type": to_code(sent("906"), codes.UsSellTradeType),
                "order_status": to_text(sent("913")),
                "order_exec_time": to_clock_time(sent("908")),
                "stop_price": to_price(sent("50810")),
                "currency_code": to_text(sent("8043")),
                "reservation_type": to_code(sent("50841"), codes.UsReservationOrderType),
                "country_code": to_text(sent("55190")),
                "country_name": to_text(sent("1091")),
                "side_name": to_text(sent("50072")),
                "item_name": to_text(sent("302")),
                "trade_type_name": to_text(sent("50073")),
                "exchange_code": to_text(sent("8046")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class UsRealtimeOrderExecution(RealtimeEvent):
    """F5 미국주식 실시간 체결: US Real-Time Order Execution.

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-realtime/#f5-us_realtime_order_execution
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 미국주식 실시간 체결(F5).
    """

    __slots__ = ("__dict__",)
    TYPE = "F5"
    SECTION = "us"
    REGISTERED = "codes"
    FIDS = {
        "1091": "country_name",
        "8046": "exchange_code",
        "9001": "item_code",
        "302": "item_name",
        "904": "original_order_no",
        "9203": "order_no",
        "905": "order_type",
        "907": "side",
        "908": "order_exec_time",
        "913": "order_status",
        "900": "order_qty",
        "901": "order_price",
        "902": "unfilled_qty",
        "909": "exec_no",
        "910": "exec_price",
        "911": "exec_qty",
        "930": "holding_qty",
        "931": "avg_purchase_price",
        "934": "today_sell_qty",
        "936": "today_buy_qty",
        "8004": "prev_day_sell_qty",
        "8005": "prev_day_buy_qty",
        "8018": "profit_loss_amount",
        "8019": "profit_loss_rate",
        "8043": "currency_code",
        "8075": "tax_amount",
        "9201": "account_no",
        "13006": "commission_amount",
        "50072": "side_name",
        "50073": "trade_type_name",
        "50724": "realized_pnl_purchase_amount",
        "50725": "fx_realized_pnl_purchase_amount",
        "50810": "stop_price",
        "50841": "reservation_type",
        "50844": "fx_realized_pnl_amount",
        "55190": "country_code",
    }
    country_name: Typed[str | None] = Typed(to_text, "1091", doc="FID 1091 국가명 (text)")
    exchange_code: Typed[str | None] = Typed(to_text, "8046", doc="FID 8046 거래소코드 (text)")
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목코드 (text)")
    item_name: Typed[str | None] = Typed(to_text, "302", doc="FID 302 종목명 (text)")
    original_order_no: Typed[str | None] = Typed(to_text, "904", doc="FID 904 원주문번호 (text)")
    order_no: Typed[str | None] = Typed(to_text, "9203", doc="FID 9203 주문번호 (text)")
    order_type: Typed[str | None] = Typed(to_text, "905", doc="FID 905 주문구분 (text)")
    side: Typed[codes.UsSellBuy | str | None] = Typed(to_code, "907", codes.UsSellBuy, doc="FID 907 매도수구분 (code)")
    order_exec_time: Typed[datetime.time | str | None] = Typed(
        to_clock_time, "908", doc="FID 908 주문/체결시간 (clock_time)"
    )
    order_status: Typed[str | None] = Typed(to_text, "913", doc="FID 913 주문상태 (text)")
    order_qty: Typed[int | str | None] = Typed(to_int, "900", doc="FID 900 주문수량 (int, shares)")
    order_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "901", doc="FID 901 주문가격 (price, USD)")
    unfilled_qty: Typed[int | str | None] = Typed(to_int, "902", doc="FID 902 미체결수량 (int, shares)")
    exec_no: Typed[str | None] = Typed(to_text, "909", doc="FID 909 체결번호 (text)")
    exec_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "910", doc="FID 910 체결가 (price, USD)")
    exec_qty: Typed[int | str | None] = Typed(to_int, "911", doc="FID 911 체결량 (int, shares)")
    holding_qty: Typed[int | str | None] = Typed(to_int, "930", doc="FID 930 보유수량 (int, shares)")
    avg_purchase_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "931", doc="FID 931 매입단가 (price, USD)"
    )
    today_sell_qty: Typed[int | str | None] = Typed(to_int, "934", doc="FID 934 당일매도수량 사용 (int, shares)")
    today_buy_qty: Typed[int | str | None] = Typed(to_int, "936", doc="FID 936 당일매수수량 사용 (int, shares)")
    prev_day_sell_qty: Typed[int | str | None] = Typed(to_int, "8004", doc="FID 8004 전일매도수량 (int, shares)")
    prev_day_buy_qty: Typed[int | str | None] = Typed(to_int, "8005", doc="FID 8005 전일매수수량 (int, shares)")
    profit_loss_amount: Typed[Decimal | str | None] = Typed(to_decimal, "8018", doc="FID 8018 손익금액 (decimal, USD)")
    profit_loss_rate: Typed[Decimal | str | None] = Typed(to_decimal, "8019", doc="FID 8019 손익율 (rate, percent)")
    currency_code: Typed[str | None] = Typed(to_text, "8043", doc="FID 8043 통화코드 (text)")
    tax_amount: Typed[Decimal | str | None] = Typed(to_decimal, "8075", doc="FID 8075 세금 사용 (decimal, USD)")
    account_no: Typed[str | None] = Typed(to_text, "9201", doc="FID 9201 계좌번호 (text)")
    commission_amount: Typed[Decimal | str | None] = Typed(
        to_decimal, "13006", doc="FID 13006 수수료 사용 (decimal, USD)"
    )
    side_name: Typed[str | None] = Typed(to_text, "50072", doc="FID 50072 매도수구분명 (text)")
    trade_type_name: Typed[str | None] = Typed(to_text, "50073", doc="FID 50073 매매구분명 (text)")
    realized_pnl_purchase_amount: Typed[Decimal | str | None] = Typed(
        to_decimal, "50724", doc="FID 50724 실현손익매입금 사용 (decimal, USD)"
    )
    fx_realized_pnl_purchase_amount: Typed[int | str | None] = Typed(
        to_int, "50725", doc="FID 50725 환전실현손익매입금액 사용 (int, KRW)"
    )
    stop_price: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "50810", doc="FID 50810 주문STOP가격 (price, USD)"
    )
    reservation_type: Typed[codes.UsReservationOrderType | str | None] = Typed(
        to_code, "50841", codes.UsReservationOrderType, doc="FID 50841 예약구분 (code)"
    )
    fx_realized_pnl_amount: Typed[int | str | None] = Typed(
        to_int, "50844", doc="FID 50844 환전실현손익금액 사용 (signed_int, KRW)"
    )
    country_code: Typed[str | None] = Typed(to_text, "55190", doc="FID 55190 (재무)국가코드 사용 (text)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_ints(list(map(sent, ("900", "902", "911", "930", "934", "936", "8004", "8005", "50725"))))
        g1 = to_prices(list(map(sent, ("901", "910", "931", "50810"))))
        g2 = to_decimals(list(map(sent, ("8018", "8019", "8075", "13006", "50724"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "country_name": to_text(sent("1091")),
                "exchange_code": to_text(sent("8046")),
                "item_code": to_text(sent("9001")),
                "item_name": to_text(sent("302")),
                "original_order_no": to_text(sent("904")),
                "order_no": to_text(sent("9203")),
                "order_type": to_text(sent("905")),
                "side": to_code(sent("907"), codes.UsSellBuy),
                "order_exec_time": to_clock_time(sent("908")),
                "order_status": to_text(sent("913")),
                "order_qty": g0[0],
                "order_price": g1[0],
                "unfilled_qty": g0[1],
                "exec_no": to_text(sent("909")),
                "exec_price": g1[1],
                "exec_qty": g0[2],
                "holding_qty": g0[3],
                "avg_purchase_price": g1[2],
                "today_sell_qty": g0[4],
                "today_buy_qty": g0[5],
                "prev_day_sell_qty": g0[6],
                "prev_day_buy_qty": g0[7],
                "profit_loss_amount": g2[0],
                "profit_loss_rate": g2[1],
                "currency_code": to_text(sent("8043")),
                "tax_amount": g2[2],
                "account_no": to_text(sent("9201")),
                "commission_amount": g2[3],
                "side_name": to_text(sent("50072")),
                "trade_type_name": to_text(sent("50073")),
                "realized_pnl_purchase_amount": g2[4],
                "fx_realized_pnl_purchase_amount": g0[8],
                "stop_price": g1[3],
                "reservation_type": to_code(sent("50841"), codes.UsReservationOrderType),
                "fx_realized_pnl_amount": to_int(sent("50844")),
                "country_code": to_text(sent("55190")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class UsRealtimeTradePrice(RealtimeEvent):
    """FE 미국주식 실시간 체결가: US Real-Time Trade Price.

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-realtime/#fe-us_realtime_trade_price
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 미국주식 실시간 체결가(FE).
    """

    __slots__ = ("__dict__",)
    TYPE = "FE"
    SECTION = "us"
    REGISTERED = "codes"
    FIDS = {
        "10": "current_price",
        "11": "change",
        "12": "change_rate",
        "13": "cumulative_volume",
        "14": "cumulative_trade_value",
        "15": "trade_volume",
        "16": "open_price",
        "17": "high_price",
        "18": "low_price",
        "20": "trade_time",
        "22": "trade_date",
        "25": "change_sign",
        "27": "best_ask",
        "28": "best_bid",
        "30": "volume_ratio_vs_prev_day",
        "228": "trade_strength",
        "290": "session_type",
        "51020": "local_trade_time",
    }
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, USD)")
    change: Typed[Decimal | str | None] = Typed(to_decimal, "11", doc="FID 11 전일대비 (decimal, USD)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락율 (rate, percent)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    cumulative_trade_value: Typed[Decimal | str | None] = Typed(
        to_decimal, "14", doc="FID 14 누적거래대금 (decimal, thousand_USD)"
    )
    trade_volume: Typed[int | str | None] = Typed(to_int, "15", doc="FID 15 체결량 (signed_int, shares)")
    open_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "16", doc="FID 16 시가 (price, USD)")
    high_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "17", doc="FID 17 고가 (price, USD)")
    low_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "18", doc="FID 18 저가 (price, USD)")
    trade_time: Typed[datetime.time | str | None] = Typed(to_clock_time, "20", doc="FID 20 시간 (clock_time)")
    trade_date: Typed[datetime.date | str | None] = Typed(to_date, "22", doc="FID 22 체결일자 (date)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    best_ask: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "27", doc="FID 27 (최우선)매도호가 (price, USD)"
    )
    best_bid: Typed[Price | DecimalPrice | str | None] = Typed(
        to_price, "28", doc="FID 28 (최우선)매수호가 (price, USD)"
    )
    volume_ratio_vs_prev_day: Typed[DirectedRate | str | None] = Typed(
        to_directed_rate, "30", doc="FID 30 전일거래량대비(비율) (directed_rate, percent)"
    )
    trade_strength: Typed[Decimal | str | None] = Typed(to_decimal, "228", doc="FID 228 체결강도 (rate, percent)")
    session_type: Typed[str | None] = Typed(to_text, "290", doc="FID 290 장구분 (text)")
    local_trade_time: Typed[datetime.time | str | None] = Typed(
        to_clock_time, "51020", doc="FID 51020 현지 체결시간 (clock_time)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(list(map(sent, ("10", "16", "17", "18", "27", "28"))))
        g1 = to_decimals(list(map(sent, ("11", "12", "14", "228"))))
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "current_price": g0[0],
                "change": g1[0],
                "change_rate": g1[1],
                "cumulative_volume": to_int(sent("13")),
                "cumulative_trade_value": g1[2],
                "trade_volume": to_int(sent("15")),
                "open_price": g0[1],
                "high_price": g0[2],
                "low_price": g0[3],
                "trade_time": to_clock_time(sent("20")),
                "trade_date": to_date(sent("22")),
                "change_sign": to_code(sent("25"), codes.PriceChangeSign),
                "best_ask": g0[4],
                "best_bid": g0[5],
                "volume_ratio_vs_prev_day": to_directed_rate(sent("30")),
                "trade_strength": g1[3],
                "session_type": to_text(sent("290")),
                "local_trade_time": to_clock_time(sent("51020")),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class UsRealtimeOrderBook(RealtimeEvent):
    """FT 미국주식 10호가: US Real-Time 10-Level Order Book.

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-realtime/#ft-us_realtime_order_book
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet 미국주식 10호가(FT).
    """

    __slots__ = ("__dict__",)
    TYPE = "FT"
    SECTION = "us"
    REGISTERED = "codes"
    FIDS = {
        "21": "quote_time",
        "41": "ask_price_1",
        "61": "ask_qty_1",
        "81": "ask_qty_change_1",
        "51": "bid_price_1",
        "71": "bid_qty_1",
        "91": "bid_qty_change_1",
        "42": "ask_price_2",
        "62": "ask_qty_2",
        "82": "ask_qty_change_2",
        "52": "bid_price_2",
        "72": "bid_qty_2",
        "92": "bid_qty_change_2",
        "43": "ask_price_3",
        "63": "ask_qty_3",
        "83": "ask_qty_change_3",
        "53": "bid_price_3",
        "73": "bid_qty_3",
        "93": "bid_qty_change_3",
        "44": "ask_price_4",
        "64": "ask_qty_4",
        "84": "ask_qty_change_4",
        "54": "bid_price_4",
        "74": "bid_qty_4",
        "94": "bid_qty_change_4",
        "45": "ask_price_5",
        "65": "ask_qty_5",
        "85": "ask_qty_change_5",
        "55": "bid_price_5",
        "75": "bid_qty_5",
        "95": "bid_qty_change_5",
        "46": "ask_price_6",
        "66": "ask_qty_6",
        "86": "ask_qty_change_6",
        "56": "bid_price_6",
        "76": "bid_qty_6",
        "96": "bid_qty_change_6",
        "47": "ask_price_7",
        "67": "ask_qty_7",
        "87": "ask_qty_change_7",
        "57": "bid_price_7",
        "77": "bid_qty_7",
        "97": "bid_qty_change_7",
        "48": "ask_price_8",
        "68": "ask_qty_8",
        "88": "ask_qty_change_8",
        "58": "bid_price_8",
        "78": "bid_qty_8",
        "98": "bid_qty_change_8",
        "49": "ask_price_9",
        "69": "ask_qty_9",
        "89": "ask_qty_change_9",
        "59": "bid_price_9",
        "79": "bid_qty_9",
        "99": "bid_qty_change_9",
        "50": "ask_price_10",
        "70": "ask_qty_10",
        "90": "ask_qty_change_10",
        "60": "bid_price_10",
        "80": "bid_qty_10",
        "100": "bid_qty_change_10",
        "121": "total_ask_qty",
        "122": "total_ask_qty_change",
        "125": "total_bid_qty",
        "126": "total_bid_qty_change",
    }
    quote_time: Typed[datetime.time | str | None] = Typed(to_clock_time, "21", doc="FID 21 시간 (clock_time)")
    ask_price_1: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "41", doc="FID 41 매도1호가 (price, USD)")
    ask_qty_1: Typed[int | str | None] = Typed(to_int, "61", doc="FID 61 매도1호가잔량 (int, shares)")
    ask_qty_change_1: Typed[int | str | None] = Typed(to_int, "81", doc="FID 81 매도1호가직전대비 (signed_int, shares)")
    bid_price_1: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "51", doc="FID 51 매수1호가 (price, USD)")
    bid_qty_1: Typed[int | str | None] = Typed(to_int, "71", doc="FID 71 매수1호가잔량 (int, shares)")
    bid_qty_change_1: Typed[int | str | None] = Typed(to_int, "91", doc="FID 91 매수1호가직전대비 (signed_int, shares)")
    ask_price_2: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "42", doc="FID 42 매도2호가 (price, USD)")
    ask_qty_2: Typed[int | str | None] = Typed(to_int, "62", doc="FID 62 매도2호가잔량 (int, shares)")
    ask_qty_change_2: Typed[int | str | None] = Typed(to_int, "82", doc="FID 82 매도2호가직전대비 (signed_int, shares)")
    bid_price_2: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "52", doc="FID 52 매수2호가 (price, USD)")
    bid_qty_2: Typed[int | str | None] = Typed(to_int, "72", doc="FID 72 매수2호가잔량 (int, shares)")
    bid_qty_change_2: Typed[int | str | None] = Typed(to_int, "92", doc="FID 92 매수2호가직전대비 (signed_int, shares)")
    ask_price_3: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "43", doc="FID 43 매도3호가 (price, USD)")
    ask_qty_3: Typed[int | str | None] = Typed(to_int, "63", doc="FID 63 매도3호가잔량 (int, shares)")
    ask_qty_change_3: Typed[int | str | None] = Typed(to_int, "83", doc="FID 83 매도3호가직전대비 (signed_int, shares)")
    bid_price_3: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "53", doc="FID 53 매수3호가 (price, USD)")
    bid_qty_3: Typed[int | str | None] = Typed(to_int, "73", doc="FID 73 매수3호가잔량 (int, shares)")
    bid_qty_change_3: Typed[int | str | None] = Typed(to_int, "93", doc="FID 93 매수3호가직전대비 (signed_int, shares)")
    ask_price_4: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "44", doc="FID 44 매도4호가 (price, USD)")
    ask_qty_4: Typed[int | str | None] = Typed(to_int, "64", doc="FID 64 매도4호가잔량 (int, shares)")
    ask_qty_change_4: Typed[int | str | None] = Typed(to_int, "84", doc="FID 84 매도4호가직전대비 (signed_int, shares)")
    bid_price_4: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "54", doc="FID 54 매수4호가 (price, USD)")
    bid_qty_4: Typed[int | str | None] = Typed(to_int, "74", doc="FID 74 매수4호가잔량 (int, shares)")
    bid_qty_change_4: Typed[int | str | None] = Typed(to_int, "94", doc="FID 94 매수4호가직전대비 (signed_int, shares)")
    ask_price_5: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "45", doc="FID 45 매도5호가 (price, USD)")
    ask_qty_5: Typed[int | str | None] = Typed(to_int, "65", doc="FID 65 매도5호가잔량 (int, shares)")
    ask_qty_change_5: Typed[int | str | None] = Typed(to_int, "85", doc="FID 85 매도5호가직전대비 (signed_int, shares)")
    bid_price_5: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "55", doc="FID 55 매수5호가 (price, USD)")
    bid_qty_5: Typed[int | str | None] = Typed(to_int, "75", doc="FID 75 매수5호가잔량 (int, shares)")
    bid_qty_change_5: Typed[int | str | None] = Typed(to_int, "95", doc="FID 95 매수5호가직전대비 (signed_int, shares)")
    ask_price_6: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "46", doc="FID 46 매도6호가 (price, USD)")
    ask_qty_6: Typed[int | str | None] = Typed(to_int, "66", doc="FID 66 매도6호가잔량 (int, shares)")
    ask_qty_change_6: Typed[int | str | None] = Typed(to_int, "86", doc="FID 86 매도6호가직전대비 (signed_int, shares)")
    bid_price_6: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "56", doc="FID 56 매수6호가 (price, USD)")
    bid_qty_6: Typed[int | str | None] = Typed(to_int, "76", doc="FID 76 매수6호가잔량 (int, shares)")
    bid_qty_change_6: Typed[int | str | None] = Typed(to_int, "96", doc="FID 96 매수6호가직전대비 (signed_int, shares)")
    ask_price_7: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "47", doc="FID 47 매도7호가 (price, USD)")
    ask_qty_7: Typed[int | str | None] = Typed(to_int, "67", doc="FID 67 매도7호가잔량 (int, shares)")
    ask_qty_change_7: Typed[int | str | None] = Typed(to_int, "87", doc="FID 87 매도7호가직전대비 (signed_int, shares)")
    bid_price_7: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "57", doc="FID 57 매수7호가 (price, USD)")
    bid_qty_7: Typed[int | str | None] = Typed(to_int, "77", doc="FID 77 매수7호가잔량 (int, shares)")
    bid_qty_change_7: Typed[int | str | None] = Typed(to_int, "97", doc="FID 97 매수7호가직전대비 (signed_int, shares)")
    ask_price_8: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "48", doc="FID 48 매도8호가 (price, USD)")
    ask_qty_8: Typed[int | str | None] = Typed(to_int, "68", doc="FID 68 매도8호가잔량 (int, shares)")
    ask_qty_change_8: Typed[int | str | None] = Typed(to_int, "88", doc="FID 88 매도8호가직전대비 (signed_int, shares)")
    bid_price_8: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "58", doc="FID 58 매수8호가 (price, USD)")
    bid_qty_8: Typed[int | str | None] = Typed(to_int, "78", doc="FID 78 매수8호가잔량 (int, shares)")
    bid_qty_change_8: Typed[int | str | None] = Typed(to_int, "98", doc="FID 98 매수8호가직전대비 (signed_int, shares)")
    ask_price_9: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "49", doc="FID 49 매도9호가 (price, USD)")
    ask_qty_9: Typed[int | str | None] = Typed(to_int, "69", doc="FID 69 매도9호가잔량 (int, shares)")
    ask_qty_change_9: Typed[int | str | None] = Typed(to_int, "89", doc="FID 89 매도9호가직전대비 (signed_int, shares)")
    bid_price_9: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "59", doc="FID 59 매수9호가 (price, USD)")
    bid_qty_9: Typed[int | str | None] = Typed(to_int, "79", doc="FID 79 매수9호가잔량 (int, shares)")
    bid_qty_change_9: Typed[int | str | None] = Typed(to_int, "99", doc="FID 99 매수9호가직전대비 (signed_int, shares)")
    ask_price_10: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "50", doc="FID 50 매도10호가 (price, USD)")
    ask_qty_10: Typed[int | str | None] = Typed(to_int, "70", doc="FID 70 매도10호가잔량 (int, shares)")
    ask_qty_change_10: Typed[int | str | None] = Typed(
        to_int, "90", doc="FID 90 매도10호가직전대비 (signed_int, shares)"
    )
    bid_price_10: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "60", doc="FID 60 매수10호가 (price, USD)")
    bid_qty_10: Typed[int | str | None] = Typed(to_int, "80", doc="FID 80 매수10호가잔량 (int, shares)")
    bid_qty_change_10: Typed[int | str | None] = Typed(
        to_int, "100", doc="FID 100 매수10호가직전대비 (signed_int, shares)"
    )
    total_ask_qty: Typed[int | str | None] = Typed(to_int, "121", doc="FID 121 매도호가총잔량 (int, shares)")
    total_ask_qty_change: Typed[int | str | None] = Typed(
        to_int, "122", doc="FID 122 매도호가총잔량직전대비 (signed_int, shares)"
    )
    total_bid_qty: Typed[int | str | None] = Typed(to_int, "125", doc="FID 125 매수호가총잔량 (int, shares)")
    total_bid_qty_change: Typed[int | str | None] = Typed(
        to_int, "126", doc="FID 126 매수호가총잔량직전대비 (signed_int, shares)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(
            list(
                map(
                    sent,
                    (
                        "41",
                        "51",
                        "42",
                        "52",
                        "43",
                        "53",
                        "44",
                        "54",
                        "45",
                        "55",
                        "46",
                        "56",
                        "47",
                        "57",
                        "48",
                        "58",
                        "49",
                        "59",
                        "50",
                        "60",
                    ),
                )
            )
        )
        g1 = to_ints(
            list(
                map(
                    sent,
                    (
                        "61",
                        "71",
                        "62",
                        "72",
                        "63",
                        "73",
                        "64",
                        "74",
                        "65",
                        "75",
                        "66",
                        "76",
                        "67",
                        "77",
                        "68",
                        "78",
                        "69",
                        "79",
                        "70",
                        "80",
                        "121",
                        "125",
                    ),
                )
            )
        )
        g2 = to_ints(
            list(
                map(
                    sent,
                    (
                        "81",
                        "91",
                        "82",
                        "92",
                        "83",
                        "93",
                        "84",
                        "94",
                        "85",
                        "95",
                        "86",
                        "96",
                        "87",
                        "97",
                        "88",
                        "98",
                        "89",
                        "99",
                        "90",
                        "100",
                        "122",
                        "126",
                    ),
                )
            )
        )
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "quote_time": to_clock_time(sent("21")),
                "ask_price_1": g0[0],
                "ask_qty_1": g1[0],
                "ask_qty_change_1": g2[0],
                "bid_price_1": g0[1],
                "bid_qty_1": g1[1],
                "bid_qty_change_1": g2[1],
                "ask_price_2": g0[2],
                "ask_qty_2": g1[2],
                "ask_qty_change_2": g2[2],
                "bid_price_2": g0[3],
                "bid_qty_2": g1[3],
                "bid_qty_change_2": g2[3],
                "ask_price_3": g0[4],
                "ask_qty_3": g1[4],
                "ask_qty_change_3": g2[4],
                "bid_price_3": g0[5],
                "bid_qty_3": g1[5],
                "bid_qty_change_3": g2[5],
                "ask_price_4": g0[6],
                "ask_qty_4": g1[6],
                "ask_qty_change_4": g2[6],
                "bid_price_4": g0[7],
                "bid_qty_4": g1[7],
                "bid_qty_change_4": g2[7],
                "ask_price_5": g0[8],
                "ask_qty_5": g1[8],
                "ask_qty_change_5": g2[8],
                "bid_price_5": g0[9],
                "bid_qty_5": g1[9],
                "bid_qty_change_5": g2[9],
                "ask_price_6": g0[10],
                "ask_qty_6": g1[10],
                "ask_qty_change_6": g2[10],
                "bid_price_6": g0[11],
                "bid_qty_6": g1[11],
                "bid_qty_change_6": g2[11],
                "ask_price_7": g0[12],
                "ask_qty_7": g1[12],
                "ask_qty_change_7": g2[12],
                "bid_price_7": g0[13],
                "bid_qty_7": g1[13],
                "bid_qty_change_7": g2[13],
                "ask_price_8": g0[14],
                "ask_qty_8": g1[14],
                "ask_qty_change_8": g2[14],
                "bid_price_8": g0[15],
                "bid_qty_8": g1[15],
                "bid_qty_change_8": g2[15],
                "ask_price_9": g0[16],
                "ask_qty_9": g1[16],
                "ask_qty_change_9": g2[16],
                "bid_price_9": g0[17],
                "bid_qty_9": g1[17],
                "bid_qty_change_9": g2[17],
                "ask_price_10": g0[18],
                "ask_qty_10": g1[18],
                "ask_qty_change_10": g2[18],
                "bid_price_10": g0[19],
                "bid_qty_10": g1[19],
                "bid_qty_change_10": g2[19],
                "total_ask_qty": g1[20],
                "total_ask_qty_change": g2[20],
                "total_bid_qty": g1[21],
                "total_bid_qty_change": g2[21],
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class UsConditionSearchRealtime(RealtimeEvent):
    """S2 미국주식 조건검색 요청 실시간: US Condition Search (Real-Time).

    Each attribute is one FID, typed by its kind (its docstring gives the FID, kind and unit); `values` keeps every
    FID as sent. Every FID: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-websocket/#usa20290
    Source: Kiwoom REST API guide workbook 2026-07-04, sheet usa20290; the sheet has no table of the push: its fields are inferred from the 실시간데이터 example, named by ka10173's table (not confirmed).
    """

    __slots__ = ("__dict__",)
    TYPE = "S2"
    SECTION = "us"
    REGISTERED = ""
    FIDS = {
        "841": "serial_no",
        "9001": "item_code",
        "843": "insert_delete_type",
        "20": "trade_time",
        "907": "side",
    }
    serial_no: Typed[str | None] = Typed(to_text, "841", doc="FID 841 일련번호 (text)")
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목코드 (text)")
    insert_delete_type: Typed[codes.ConditionInsertDelete | str | None] = Typed(
        to_code, "843", codes.ConditionInsertDelete, doc="FID 843 삽입삭제 구분 (code)"
    )
    trade_time: Typed[datetime.time | str | None] = Typed(to_clock_time, "20", doc="FID 20 체결시간 (clock_time)")
    side: Typed[codes.SellBuy | str | None] = Typed(to_code, "907", codes.SellBuy, doc="FID 907 매도/수 구분 (code)")

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        _set_attribute(
            self,
            "__dict__",
            {  # past the event's __setattr__, which refuses its fields
                "serial_no": to_text(sent("841")),
                "item_code": to_text(sent("9001")),
                "insert_delete_type": to_code(sent("843"), codes.ConditionInsertDelete),
                "trade_time": to_clock_time(sent("20")),
                "side": to_code(sent("907"), codes.SellBuy),
                **self.__dict__,  # an attribute read before (the same value) and a note set on the event
            },
        )


class ConditionSearchRow(AnswerRow):
    """A row of ka10172 조건검색 요청 일반 (Condition Search (Standard)): a member of the CNSRREQ answer's `data`, keyed by FID number.
    `code` is the item code without its market letter ("A005930" -> "005930").
    """

    __slots__ = ("__dict__",)
    API_ID = "ka10172"
    TRNM = "CNSRREQ"
    ROWS = "data"
    ALIASES = {"jmcode": "9001"}
    FIDS = {
        "9001": "item_code",
        "302": "item_name",
        "10": "current_price",
        "25": "change_sign",
        "11": "change",
        "12": "change_rate",
        "13": "cumulative_volume",
        "16": "open_price",
        "17": "high_price",
        "18": "low_price",
    }
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목코드 (text)")
    item_name: Typed[str | None] = Typed(to_text, "302", doc="FID 302 종목명 (text)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, KRW)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    change: Typed[int | str | None] = Typed(to_int, "11", doc="FID 11 전일대비 (signed_int, KRW)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", 1000, doc="FID 12 등락율 (rate, percent)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    open_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "16", doc="FID 16 시가 (price, KRW)")
    high_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "17", doc="FID 17 고가 (price, KRW)")
    low_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "18", doc="FID 18 저가 (price, KRW)")

    @property
    def code(self) -> str | None:
        """The item code as REG and the TRs take it: `item_code` without the market letter in front of it."""
        return bare_code(self.item_code)

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(list(map(sent, ("10", "16", "17", "18"))))
        self.__dict__ = {
            "item_code": to_text(sent("9001")),
            "item_name": to_text(sent("302")),
            "current_price": g0[0],
            "change_sign": to_code(sent("25"), codes.PriceChangeSign),
            "change": to_int(sent("11")),
            "change_rate": to_decimal(sent("12"), 1000),
            "cumulative_volume": to_int(sent("13")),
            "open_price": g0[1],
            "high_price": g0[2],
            "low_price": g0[3],
            **self.__dict__,  # an attribute read before (the same value) and anything set on the row
        }


class UsConditionSearchRow(AnswerRow):
    """A row of usa20281 미국주식 조건검색 요청 일반 (US Condition Search (Standard)): a member of the GCNSRREQ answer's `data`, keyed by FID number."""

    __slots__ = ("__dict__",)
    API_ID = "usa20281"
    TRNM = "GCNSRREQ"
    ROWS = "data"
    ALIASES = {"jmcode": "9001", "stexTp": "stex_tp"}
    FIDS = {
        "9001": "item_code",
        "302": "item_name",
        "10": "current_price",
        "25": "change_sign",
        "11": "change",
        "12": "change_rate",
        "13": "cumulative_volume",
        "16": "open_price",
        "17": "high_price",
        "18": "low_price",
        "318": "sub_industry",
        "stex_tp": "stex_tp",
    }
    item_code: Typed[str | None] = Typed(to_text, "9001", doc="FID 9001 종목코드 (text)")
    item_name: Typed[str | None] = Typed(to_text, "302", doc="FID 302 종목명 (text)")
    current_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "10", doc="FID 10 현재가 (price, USD)")
    change_sign: Typed[codes.PriceChangeSign | str | None] = Typed(
        to_code, "25", codes.PriceChangeSign, doc="FID 25 전일대비기호 (code)"
    )
    change: Typed[Decimal | str | None] = Typed(to_decimal, "11", doc="FID 11 전일대비 (decimal, USD)")
    change_rate: Typed[Decimal | str | None] = Typed(to_decimal, "12", doc="FID 12 등락률 (rate, percent)")
    cumulative_volume: Typed[int | str | None] = Typed(to_int, "13", doc="FID 13 누적거래량 (int, shares)")
    open_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "16", doc="FID 16 시가 (price, USD)")
    high_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "17", doc="FID 17 고가 (price, USD)")
    low_price: Typed[Price | DecimalPrice | str | None] = Typed(to_price, "18", doc="FID 18 저가 (price, USD)")
    sub_industry: Typed[str | None] = Typed(to_text, "318", doc="FID 318 소업종 (text)")
    stex_tp: Typed[codes.UsExchange | str | None] = Typed(
        to_code, "stex_tp", codes.UsExchange, doc="stex_tp 거래소구분 (code)"
    )

    def _read(self, values: Mapping[str, str | None]) -> None:
        sent = values.get
        g0 = to_prices(list(map(sent, ("10", "16", "17", "18"))))
        self.__dict__ = {
            "item_code": to_text(sent("9001")),
            "item_name": to_text(sent("302")),
            "current_price": g0[0],
            "change_sign": to_code(sent("25"), codes.PriceChangeSign),
            "change": to_decimal(sent("11")),
            "change_rate": to_decimal(sent("12")),
            "cumulative_volume": to_int(sent("13")),
            "open_price": g0[1],
            "high_price": g0[2],
            "low_price": g0[3],
            "sub_industry": to_text(sent("318")),
            "stex_tp": to_code(sent("stex_tp"), codes.UsExchange),
            **self.__dict__,  # an attribute read before (the same value) and anything set on the row
        }


class ConditionSearchListEntry(NamedTuple):
    """A member of ka10171 조건검색 목록조회 (Condition Search List): the CNSRLST answer's `data` sends each as an array of these fields, in order."""

    seq: Any  # 조건검색식 일련번호
    name: Any  # 조건검색식 명


class UsConditionSearchListEntry(NamedTuple):
    """A member of usa20280 미국주식 조건검색 목록조회 (US Condition Search List): the GCNSRLST answer's `data` sends each as an array of these fields, in order."""

    seq: Any  # 조건검색식 일련번호
    name: Any  # 조건검색식 명


REGISTRY: dict[str, type[RealtimeEvent]] = {
    "00": OrderExecution,
    "02": ConditionSearchRealtime,
    "04": Balance,
    "0A": StockNominalPrice,
    "0B": StockTrade,
    "0C": StockBestQuote,
    "0D": StockOrderBookVolume,
    "0E": StockAfterHoursQuote,
    "0F": StockTodayBroker,
    "0G": EtfNav,
    "0H": StockExpectedTrade,
    "0I": IntlGoldConvertedPrice,
    "0J": SectorIndex,
    "0U": SectorAdvanceDecline,
    "0g": StockStatusEvent,
    "0m": ElwTheoreticalPrice,
    "0s": MarketSessionTime,
    "0u": ElwIndicator,
    "0w": StockProgramTrading,
    "1h": ViTriggerRelease,
    "F4": UsRealtimeOrderConfirm,
    "F5": UsRealtimeOrderExecution,
    "FE": UsRealtimeTradePrice,
    "FT": UsRealtimeOrderBook,
    "S2": UsConditionSearchRealtime,
}


ANSWER_ROWS: dict[str, type[AnswerRow]] = {  # trnm -> the class of its answer's rows
    "CNSRREQ": ConditionSearchRow,
    "GCNSRREQ": UsConditionSearchRow,
}


def answer_rows(answer: SystemMessage | Mapping[str, Any]) -> list[AnswerRow]:
    """The rows of a WebSocket answer keyed by FID number (a SystemMessage or its body), typed by the class of its
    trnm (ANSWER_ROWS: CNSRREQ rows are ConditionSearchRow, UsConditionSearchRow). Raises ValueError for an answer of
    another trnm or rows that are no objects; the answer itself is left as it is."""
    body = answer.body if isinstance(answer, SystemMessage) else answer
    row_class = ANSWER_ROWS.get(str(body.get("trnm")))
    if row_class is None:
        raise ValueError(
            f"no rows keyed by FID in a {body.get('trnm')!r} answer (these have: {', '.join(ANSWER_ROWS)})"
        )
    return list(row_class.rows(body))


ANSWER_ENTRIES: dict[str, tuple[type[tuple[Any, ...]], str]] = {  # trnm -> the class of its list's arrays, the list
    "CNSRLST": (ConditionSearchListEntry, "data"),
    "GCNSRLST": (UsConditionSearchListEntry, "data"),
}


def answer_entries(answer: SystemMessage | Mapping[str, Any]) -> list[Any]:
    """The members of a WebSocket answer whose list sends arrays in field order (a SystemMessage or its body), as
    the NamedTuple of its trnm (ANSWER_ENTRIES: CNSRLST as ConditionSearchListEntry, GCNSRLST as UsConditionSearchListEntry). Raises
    ValueError for an answer of another trnm, or a member that is no array of as many values."""
    body = answer.body if isinstance(answer, SystemMessage) else answer
    listed = ANSWER_ENTRIES.get(str(body.get("trnm")))
    if listed is None:
        raise ValueError(f"no arrays in a {body.get('trnm')!r} answer (these have: {', '.join(ANSWER_ENTRIES)})")
    entry_class, name = listed
    members = body.get(name) or []
    size = len(entry_class._fields)  # type: ignore[attr-defined]
    if not isinstance(members, list) or not all(isinstance(m, list) and len(m) == size for m in members):
        raise ValueError(f"{body.get('trnm')} answer's {name} is not a list of arrays of {size} values")
    return [entry_class(*member) for member in members]


def bare_code(code: str | None) -> str | None:
    """An item code without the market letter in front of a six-character code ("A005930" -> "005930", "A005930_NX"
    -> "005930_NX"); any other value as it is (specs/api.yaml: websocket REG item_code market_prefix)."""
    return _MARKET_PREFIX.sub("", code, count=1) if code else code


_MARKET_PREFIX = re.compile("^[A-Z](?=[0-9A-Z]{6}(?:_NX|_AL)?$)")
ITEM_CODE = "^(?:(?:[0-9A-Z]{3}|[A-Z]?[0-9A-Z]{6}|[A-Z][0-9A-Z]{8})(?:_NX|_AL)?)$"  # the shape of a domestic REG item (specs/api.yaml: websocket REG item_code)
ITEM_CODE_SHAPE = "6 upper-case letters or digits ('005930', ETF '069500', ELW '57JBHH'), optionally after one letter ('A005930'); 3 (sector '001', gold 'MGD'); or 9 starting with a letter (gold spot 'M04020000', rights 'J0036221D'); each optionally with the exchange suffix _NX (NXT) or _AL (SOR): '005930_NX'"  # the same in words
US_ITEM_CODE = (
    "^(?:[0-9A-Z]+(?:[./-][0-9A-Z]+)*)$"  # the shape of a US REG item's code (specs/api.yaml: websocket REG item_code)
)
US_ITEM_CODE_SHAPE = "upper-case letters or digits, share classes joined by '.', '-' or '/' ('NVDA', 'SOXL', 'BRK.B')"  # the same in words
GROUP_LENGTH = 4  # the most characters of a REG's grp_no (the realtime specs' REG request)
SEQ_LENGTH = 3  # the most characters of a condition search's seq (its request's); the guide's answer pads it ("2  ")
CONDITION_SEARCHES: dict[str, ConditionSearch] = {  # section -> the trnms of its condition search, its pushes' type
    "domestic": ConditionSearch(
        listing="CNSRLST",
        search="CNSRREQ",
        clear="CNSRCLR",
        push="02",
        listing_api="ka10171",
        search_api="ka10172",
        search_type_once="0",
        search_type_realtime="1",
        exchanges=("K",),
        next_page="Y",
        last_page="N",
    ),
    "us": ConditionSearch(
        listing="GCNSRLST",
        search="GCNSRREQ",
        clear="GCNSRCLR",
        push="S2",
        listing_api="usa20280",
        search_api="usa20281",
        search_type_once="0",
        search_type_realtime="1",
        exchanges=(),
        next_page="Y",
        last_page="N",
    ),
}
# the trnms of a registration and of its removal, and a REG's refresh codes (the realtime specs' trnm and refresh)
REGISTRATION = Registration(
    register="REG",
    remove="REMOVE",
    keep="1",
    replace="0",
)
# the trnms of the session's own messages (specs/api.yaml websocket LOGIN, PING, SYSTEM)
SESSION_TRNMS = SessionTrnms(login="LOGIN", ping="PING", system="SYSTEM")
PUSH_TRNM = "REAL"  # the trnm of a frame of realtime entries (specs/api.yaml: websocket REAL; the pushes' const)
decode = decoder(
    REGISTRY, PUSH_TRNM, SESSION_TRNMS
)  # decode(frame: bytes | str) -> list[Event]; RealtimeDecodeError if malformed
