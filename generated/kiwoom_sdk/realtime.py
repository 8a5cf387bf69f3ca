"""Realtime events: one class per realtime type, with a typed attribute per FID.

`decode(frame)` turns one WebSocket frame into events. Values convert when an attribute is read;
`event.values` keeps every FID as Kiwoom sent it, including FIDs the spec does not list.
Generated from specs/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from . import codes
from ._realtime import Event, RealtimeDecodeError, RealtimeEvent, SystemMessage, SystemNotice, decode_frame
from ._values import (
    DecimalPrice,
    DirectedRate,
    Price,
    to_code,
    to_date,
    to_decimal,
    to_directed_rate,
    to_flag,
    to_int,
    to_price,
    to_text,
    to_time,
)

__all__ = [
    "REGISTRY",
    "Event",
    "RealtimeDecodeError",
    "RealtimeEvent",
    "SystemMessage",
    "SystemNotice",
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
]


class OrderExecution(RealtimeEvent):
    """00 주문체결: Order Execution (Real-Time)."""

    __slots__ = ()
    TYPE = "00"
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

    @property
    def account_no(self) -> str | None:
        """FID 9201 계좌번호 (text)"""
        return to_text(self.values.get("9201"))

    @property
    def order_no(self) -> str | None:
        """FID 9203 주문번호 (text)"""
        return to_text(self.values.get("9203"))

    @property
    def manager_employee_no(self) -> str | None:
        """FID 9205 관리자사번 (text)"""
        return to_text(self.values.get("9205"))

    @property
    def item_code(self) -> str | None:
        """FID 9001 종목코드,업종코드 (text)"""
        return to_text(self.values.get("9001"))

    @property
    def order_business_type(self) -> str | None:
        """FID 912 주문업무분류 (text)"""
        return to_text(self.values.get("912"))

    @property
    def order_status(self) -> str | None:
        """FID 913 주문상태 (text)"""
        return to_text(self.values.get("913"))

    @property
    def item_name(self) -> str | None:
        """FID 302 종목명 (text)"""
        return to_text(self.values.get("302"))

    @property
    def order_qty(self) -> int | str | None:
        """FID 900 주문수량 (int)"""
        return to_int(self.values.get("900"))

    @property
    def order_price(self) -> Price | DecimalPrice | str | None:
        """FID 901 주문가격 (price)"""
        return to_price(self.values.get("901"))

    @property
    def unfilled_qty(self) -> int | str | None:
        """FID 902 미체결수량 (int)"""
        return to_int(self.values.get("902"))

    @property
    def cumulative_exec_amount(self) -> int | str | None:
        """FID 903 체결누계금액 (int)"""
        return to_int(self.values.get("903"))

    @property
    def original_order_no(self) -> str | None:
        """FID 904 원주문번호 (text)"""
        return to_text(self.values.get("904"))

    @property
    def order_type(self) -> str | None:
        """FID 905 주문구분 (text)"""
        return to_text(self.values.get("905"))

    @property
    def trade_type(self) -> str | None:
        """FID 906 매매구분 (text)"""
        return to_text(self.values.get("906"))

    @property
    def side(self) -> codes.SellBuy | str | None:
        """FID 907 매도수구분 (code)"""
        return to_code(self.values.get("907"), codes.SellBuy)

    @property
    def order_exec_time(self) -> datetime.time | str | None:
        """FID 908 주문/체결시간 (time)"""
        return to_time(self.values.get("908"))

    @property
    def exec_no(self) -> str | None:
        """FID 909 체결번호 (text)"""
        return to_text(self.values.get("909"))

    @property
    def exec_price(self) -> Price | DecimalPrice | str | None:
        """FID 910 체결가 (price)"""
        return to_price(self.values.get("910"))

    @property
    def exec_qty(self) -> int | str | None:
        """FID 911 체결량 (int)"""
        return to_int(self.values.get("911"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def best_ask(self) -> Price | DecimalPrice | str | None:
        """FID 27 (최우선)매도호가 (price)"""
        return to_price(self.values.get("27"))

    @property
    def best_bid(self) -> Price | DecimalPrice | str | None:
        """FID 28 (최우선)매수호가 (price)"""
        return to_price(self.values.get("28"))

    @property
    def unit_exec_price(self) -> Price | DecimalPrice | str | None:
        """FID 914 단위체결가 (price)"""
        return to_price(self.values.get("914"))

    @property
    def unit_exec_qty(self) -> int | str | None:
        """FID 915 단위체결량 (int)"""
        return to_int(self.values.get("915"))

    @property
    def today_commission(self) -> int | str | None:
        """FID 938 당일매매수수료 (int)"""
        return to_int(self.values.get("938"))

    @property
    def today_tax(self) -> int | str | None:
        """FID 939 당일매매세금 (int)"""
        return to_int(self.values.get("939"))

    @property
    def reject_reason(self) -> str | None:
        """FID 919 거부사유 (text)"""
        return to_text(self.values.get("919"))

    @property
    def screen_no(self) -> str | None:
        """FID 920 화면번호 (text)"""
        return to_text(self.values.get("920"))

    @property
    def terminal_no(self) -> str | None:
        """FID 921 터미널번호 (text)"""
        return to_text(self.values.get("921"))

    @property
    def order_credit_type(self) -> str | None:
        """FID 922 신용구분 (text)"""
        return to_text(self.values.get("922"))

    @property
    def order_loan_date(self) -> datetime.date | str | None:
        """FID 923 대출일 (date)"""
        return to_date(self.values.get("923"))

    @property
    def after_hours_single_price(self) -> Price | DecimalPrice | str | None:
        """FID 10010 시간외단일가_현재가 (price)"""
        return to_price(self.values.get("10010"))

    @property
    def order_exchange_type(self) -> codes.AccountExchangeType | str | None:
        """FID 2134 거래소구분 (code)"""
        return to_code(self.values.get("2134"), codes.AccountExchangeType)

    @property
    def order_exchange_name(self) -> str | None:
        """FID 2135 거래소구분명 (text)"""
        return to_text(self.values.get("2135"))

    @property
    def sor_flag(self) -> bool | str | None:
        """FID 2136 SOR여부 (flag)"""
        return to_flag(self.values.get("2136"))


class ConditionSearchRealtime(RealtimeEvent):
    """02 조건검색 요청 실시간: Condition Search (Real-Time)."""

    __slots__ = ()
    TYPE = "02"
    FIDS = {
        "841": "serial_no",
        "9001": "item_code",
        "843": "insert_delete_type",
        "20": "trade_time",
        "907": "side",
    }

    @property
    def serial_no(self) -> str | None:
        """FID 841 일련번호 (text)"""
        return to_text(self.values.get("841"))

    @property
    def item_code(self) -> str | None:
        """FID 9001 종목코드 (text)"""
        return to_text(self.values.get("9001"))

    @property
    def insert_delete_type(self) -> codes.ConditionInsertDelete | str | None:
        """FID 843 삽입삭제 구분 (code)"""
        return to_code(self.values.get("843"), codes.ConditionInsertDelete)

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def side(self) -> codes.SellBuy | str | None:
        """FID 907 매도/수 구분 (code)"""
        return to_code(self.values.get("907"), codes.SellBuy)


class Balance(RealtimeEvent):
    """04 잔고: Balance (Real-Time)."""

    __slots__ = ()
    TYPE = "04"
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

    @property
    def account_no(self) -> str | None:
        """FID 9201 계좌번호 (text)"""
        return to_text(self.values.get("9201"))

    @property
    def item_code(self) -> str | None:
        """FID 9001 종목코드,업종코드 (text)"""
        return to_text(self.values.get("9001"))

    @property
    def credit_type(self) -> str | None:
        """FID 917 신용구분 (text)"""
        return to_text(self.values.get("917"))

    @property
    def loan_date(self) -> datetime.date | str | None:
        """FID 916 대출일 (date)"""
        return to_date(self.values.get("916"))

    @property
    def item_name(self) -> str | None:
        """FID 302 종목명 (text)"""
        return to_text(self.values.get("302"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def holding_qty(self) -> int | str | None:
        """FID 930 보유수량 (int)"""
        return to_int(self.values.get("930"))

    @property
    def avg_purchase_price(self) -> Price | DecimalPrice | str | None:
        """FID 931 매입단가 (price)"""
        return to_price(self.values.get("931"))

    @property
    def total_purchase_amount(self) -> int | str | None:
        """FID 932 총매입가(당일누적) (int)"""
        return to_int(self.values.get("932"))

    @property
    def orderable_qty(self) -> int | str | None:
        """FID 933 주문가능수량 (int)"""
        return to_int(self.values.get("933"))

    @property
    def today_net_buy_qty(self) -> int | str | None:
        """FID 945 당일순매수량 (signed_int)"""
        return to_int(self.values.get("945"))

    @property
    def balance_side(self) -> codes.SellBuy | str | None:
        """FID 946 매도/매수구분 (code)"""
        return to_code(self.values.get("946"), codes.SellBuy)

    @property
    def today_total_sell_pnl(self) -> int | str | None:
        """FID 950 당일총매도손익 (signed_int)"""
        return to_int(self.values.get("950"))

    @property
    def extra_item_951(self) -> str | None:
        """FID 951 Extra Item (text)"""
        return to_text(self.values.get("951"))

    @property
    def best_ask(self) -> Price | DecimalPrice | str | None:
        """FID 27 (최우선)매도호가 (price)"""
        return to_price(self.values.get("27"))

    @property
    def best_bid(self) -> Price | DecimalPrice | str | None:
        """FID 28 (최우선)매수호가 (price)"""
        return to_price(self.values.get("28"))

    @property
    def base_price(self) -> Price | DecimalPrice | str | None:
        """FID 307 기준가 (price)"""
        return to_price(self.values.get("307"))

    @property
    def profit_loss_rate(self) -> Decimal | str | None:
        """FID 8019 손익률(실현손익) (rate)"""
        return to_decimal(self.values.get("8019"))

    @property
    def credit_amount(self) -> int | str | None:
        """FID 957 신용금액 (int)"""
        return to_int(self.values.get("957"))

    @property
    def credit_interest(self) -> int | str | None:
        """FID 958 신용이자 (int)"""
        return to_int(self.values.get("958"))

    @property
    def maturity_date(self) -> datetime.date | str | None:
        """FID 918 만기일 (date)"""
        return to_date(self.values.get("918"))

    @property
    def realized_pnl_cash(self) -> int | str | None:
        """FID 990 당일실현손익(유가) (signed_int)"""
        return to_int(self.values.get("990"))

    @property
    def realized_pnl_rate_cash(self) -> Decimal | str | None:
        """FID 991 당일실현손익율(유가) (rate)"""
        return to_decimal(self.values.get("991"))

    @property
    def realized_pnl_credit(self) -> int | str | None:
        """FID 992 당일실현손익(신용) (signed_int)"""
        return to_int(self.values.get("992"))

    @property
    def realized_pnl_rate_credit(self) -> Decimal | str | None:
        """FID 993 당일실현손익율(신용) (rate)"""
        return to_decimal(self.values.get("993"))

    @property
    def collateral_loan_qty(self) -> int | str | None:
        """FID 959 담보대출수량 (int)"""
        return to_int(self.values.get("959"))

    @property
    def extra_item_924(self) -> str | None:
        """FID 924 Extra Item (text)"""
        return to_text(self.values.get("924"))


class StockNominalPrice(RealtimeEvent):
    """0A 주식기세: Stock Nominal Price (Real-Time)."""

    __slots__ = ()
    TYPE = "0A"
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

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change(self) -> int | str | None:
        """FID 11 전일대비 (signed_int)"""
        return to_int(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))

    @property
    def best_ask(self) -> Price | DecimalPrice | str | None:
        """FID 27 (최우선)매도호가 (price)"""
        return to_price(self.values.get("27"))

    @property
    def best_bid(self) -> Price | DecimalPrice | str | None:
        """FID 28 (최우선)매수호가 (price)"""
        return to_price(self.values.get("28"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def cumulative_trade_value(self) -> int | str | None:
        """FID 14 누적거래대금 (int)"""
        return to_int(self.values.get("14"))

    @property
    def open_price(self) -> Price | DecimalPrice | str | None:
        """FID 16 시가 (price)"""
        return to_price(self.values.get("16"))

    @property
    def high_price(self) -> Price | DecimalPrice | str | None:
        """FID 17 고가 (price)"""
        return to_price(self.values.get("17"))

    @property
    def low_price(self) -> Price | DecimalPrice | str | None:
        """FID 18 저가 (price)"""
        return to_price(self.values.get("18"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)

    @property
    def volume_change_vs_prev_day(self) -> int | str | None:
        """FID 26 전일거래량대비(계약,주) (signed_int)"""
        return to_int(self.values.get("26"))

    @property
    def trade_value_change(self) -> int | str | None:
        """FID 29 거래대금증감 (signed_int)"""
        return to_int(self.values.get("29"))

    @property
    def volume_ratio_vs_prev_day(self) -> DirectedRate | str | None:
        """FID 30 전일거래량대비(비율) (directed_rate)"""
        return to_directed_rate(self.values.get("30"))

    @property
    def turnover_rate(self) -> Decimal | str | None:
        """FID 31 거래회전율 (rate)"""
        return to_decimal(self.values.get("31"))

    @property
    def trade_cost(self) -> int | str | None:
        """FID 32 거래비용 (int)"""
        return to_int(self.values.get("32"))

    @property
    def market_cap(self) -> int | str | None:
        """FID 311 시가총액(억) (int)"""
        return to_int(self.values.get("311"))

    @property
    def upper_limit_time(self) -> datetime.time | str | None:
        """FID 567 상한가발생시간 (time)"""
        return to_time(self.values.get("567"))

    @property
    def lower_limit_time(self) -> datetime.time | str | None:
        """FID 568 하한가발생시간 (time)"""
        return to_time(self.values.get("568"))


class StockTrade(RealtimeEvent):
    """0B 주식체결: Stock Trade (Real-Time)."""

    __slots__ = ()
    TYPE = "0B"
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

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change(self) -> int | str | None:
        """FID 11 전일대비 (signed_int)"""
        return to_int(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))

    @property
    def best_ask(self) -> Price | DecimalPrice | str | None:
        """FID 27 (최우선)매도호가 (price)"""
        return to_price(self.values.get("27"))

    @property
    def best_bid(self) -> Price | DecimalPrice | str | None:
        """FID 28 (최우선)매수호가 (price)"""
        return to_price(self.values.get("28"))

    @property
    def trade_volume(self) -> int | str | None:
        """FID 15 거래량 (signed_int)"""
        return to_int(self.values.get("15"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def cumulative_trade_value(self) -> int | str | None:
        """FID 14 누적거래대금 (int)"""
        return to_int(self.values.get("14"))

    @property
    def open_price(self) -> Price | DecimalPrice | str | None:
        """FID 16 시가 (price)"""
        return to_price(self.values.get("16"))

    @property
    def high_price(self) -> Price | DecimalPrice | str | None:
        """FID 17 고가 (price)"""
        return to_price(self.values.get("17"))

    @property
    def low_price(self) -> Price | DecimalPrice | str | None:
        """FID 18 저가 (price)"""
        return to_price(self.values.get("18"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)

    @property
    def volume_change_vs_prev_day(self) -> int | str | None:
        """FID 26 전일거래량대비(계약,주) (signed_int)"""
        return to_int(self.values.get("26"))

    @property
    def trade_value_change(self) -> int | str | None:
        """FID 29 거래대금증감 (signed_int)"""
        return to_int(self.values.get("29"))

    @property
    def volume_ratio_vs_prev_day(self) -> DirectedRate | str | None:
        """FID 30 전일거래량대비(비율) (directed_rate)"""
        return to_directed_rate(self.values.get("30"))

    @property
    def turnover_rate(self) -> Decimal | str | None:
        """FID 31 거래회전율 (rate)"""
        return to_decimal(self.values.get("31"))

    @property
    def trade_cost(self) -> int | str | None:
        """FID 32 거래비용 (int)"""
        return to_int(self.values.get("32"))

    @property
    def trade_strength(self) -> Decimal | str | None:
        """FID 228 체결강도 (rate)"""
        return to_decimal(self.values.get("228"))

    @property
    def market_cap(self) -> int | str | None:
        """FID 311 시가총액(억) (int)"""
        return to_int(self.values.get("311"))

    @property
    def session_type(self) -> codes.TradingSession | str | None:
        """FID 290 장구분 (code)"""
        return to_code(self.values.get("290"), codes.TradingSession)

    @property
    def knockout_proximity(self) -> Decimal | str | None:
        """FID 691 K.O 접근도 (rate)"""
        return to_decimal(self.values.get("691"))

    @property
    def upper_limit_time(self) -> datetime.time | str | None:
        """FID 567 상한가발생시간 (time)"""
        return to_time(self.values.get("567"))

    @property
    def lower_limit_time(self) -> datetime.time | str | None:
        """FID 568 하한가발생시간 (time)"""
        return to_time(self.values.get("568"))

    @property
    def volume_ratio_vs_prev_day_same_time(self) -> Decimal | str | None:
        """FID 851 전일 동시간 거래량 비율 (rate)"""
        return to_decimal(self.values.get("851"), 100)

    @property
    def open_time(self) -> datetime.time | str | None:
        """FID 1890 시가시간 (time)"""
        return to_time(self.values.get("1890"))

    @property
    def high_time(self) -> datetime.time | str | None:
        """FID 1891 고가시간 (time)"""
        return to_time(self.values.get("1891"))

    @property
    def low_time(self) -> datetime.time | str | None:
        """FID 1892 저가시간 (time)"""
        return to_time(self.values.get("1892"))

    @property
    def sell_trade_volume(self) -> int | str | None:
        """FID 1030 매도체결량 (int)"""
        return to_int(self.values.get("1030"))

    @property
    def buy_trade_volume(self) -> int | str | None:
        """FID 1031 매수체결량 (int)"""
        return to_int(self.values.get("1031"))

    @property
    def buy_trade_ratio(self) -> Decimal | str | None:
        """FID 1032 매수비율 (rate)"""
        return to_decimal(self.values.get("1032"))

    @property
    def sell_trade_count(self) -> int | str | None:
        """FID 1071 매도체결건수 (int)"""
        return to_int(self.values.get("1071"))

    @property
    def buy_trade_count(self) -> int | str | None:
        """FID 1072 매수체결건수 (int)"""
        return to_int(self.values.get("1072"))

    @property
    def instant_trade_value(self) -> int | str | None:
        """FID 1313 순간거래대금 (signed_int)"""
        return to_int(self.values.get("1313"))

    @property
    def sell_trade_volume_single(self) -> int | str | None:
        """FID 1315 매도체결량_단건 (signed_int)"""
        return to_int(self.values.get("1315"))

    @property
    def buy_trade_volume_single(self) -> int | str | None:
        """FID 1316 매수체결량_단건 (signed_int)"""
        return to_int(self.values.get("1316"))

    @property
    def net_buy_trade_volume(self) -> int | str | None:
        """FID 1314 순매수체결량 (signed_int)"""
        return to_int(self.values.get("1314"))

    @property
    def cfd_margin_amount(self) -> int | str | None:
        """FID 1497 CFD증거금 (int)"""
        return to_int(self.values.get("1497"))

    @property
    def maintenance_margin_amount(self) -> int | str | None:
        """FID 1498 유지증거금 (int)"""
        return to_int(self.values.get("1498"))

    @property
    def avg_trade_price_today(self) -> Price | DecimalPrice | str | None:
        """FID 620 당일거래평균가 (price)"""
        return to_price(self.values.get("620"))

    @property
    def cfd_trade_cost(self) -> int | str | None:
        """FID 732 CFD거래비용 (int)"""
        return to_int(self.values.get("732"))

    @property
    def stock_borrow_cost(self) -> int | str | None:
        """FID 852 대주거래비용 (int)"""
        return to_int(self.values.get("852"))

    @property
    def exchange_type(self) -> str | None:
        """FID 9081 거래소구분 (text)"""
        return to_text(self.values.get("9081"))


class StockBestQuote(RealtimeEvent):
    """0C 주식우선호가: Stock Best Bid/Ask (Real-Time)."""

    __slots__ = ()
    TYPE = "0C"
    FIDS = {
        "27": "best_ask",
        "28": "best_bid",
    }

    @property
    def best_ask(self) -> Price | DecimalPrice | str | None:
        """FID 27 (최우선)매도호가 (price)"""
        return to_price(self.values.get("27"))

    @property
    def best_bid(self) -> Price | DecimalPrice | str | None:
        """FID 28 (최우선)매수호가 (price)"""
        return to_price(self.values.get("28"))


class StockOrderBookVolume(RealtimeEvent):
    """0D 주식호가잔량: Stock Order Book Volume (Real-Time)."""

    __slots__ = ()
    TYPE = "0D"
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

    @property
    def quote_time(self) -> datetime.time | str | None:
        """FID 21 호가시간 (time)"""
        return to_time(self.values.get("21"))

    @property
    def ask_price_1(self) -> Price | DecimalPrice | str | None:
        """FID 41 매도호가1 (price)"""
        return to_price(self.values.get("41"))

    @property
    def ask_qty_1(self) -> int | str | None:
        """FID 61 매도호가수량1 (int)"""
        return to_int(self.values.get("61"))

    @property
    def ask_qty_change_1(self) -> int | str | None:
        """FID 81 매도호가직전대비1 (signed_int)"""
        return to_int(self.values.get("81"))

    @property
    def bid_price_1(self) -> Price | DecimalPrice | str | None:
        """FID 51 매수호가1 (price)"""
        return to_price(self.values.get("51"))

    @property
    def bid_qty_1(self) -> int | str | None:
        """FID 71 매수호가수량1 (int)"""
        return to_int(self.values.get("71"))

    @property
    def bid_qty_change_1(self) -> int | str | None:
        """FID 91 매수호가직전대비1 (signed_int)"""
        return to_int(self.values.get("91"))

    @property
    def ask_price_2(self) -> Price | DecimalPrice | str | None:
        """FID 42 매도호가2 (price)"""
        return to_price(self.values.get("42"))

    @property
    def ask_qty_2(self) -> int | str | None:
        """FID 62 매도호가수량2 (int)"""
        return to_int(self.values.get("62"))

    @property
    def ask_qty_change_2(self) -> int | str | None:
        """FID 82 매도호가직전대비2 (signed_int)"""
        return to_int(self.values.get("82"))

    @property
    def bid_price_2(self) -> Price | DecimalPrice | str | None:
        """FID 52 매수호가2 (price)"""
        return to_price(self.values.get("52"))

    @property
    def bid_qty_2(self) -> int | str | None:
        """FID 72 매수호가수량2 (int)"""
        return to_int(self.values.get("72"))

    @property
    def bid_qty_change_2(self) -> int | str | None:
        """FID 92 매수호가직전대비2 (signed_int)"""
        return to_int(self.values.get("92"))

    @property
    def ask_price_3(self) -> Price | DecimalPrice | str | None:
        """FID 43 매도호가3 (price)"""
        return to_price(self.values.get("43"))

    @property
    def ask_qty_3(self) -> int | str | None:
        """FID 63 매도호가수량3 (int)"""
        return to_int(self.values.get("63"))

    @property
    def ask_qty_change_3(self) -> int | str | None:
        """FID 83 매도호가직전대비3 (signed_int)"""
        return to_int(self.values.get("83"))

    @property
    def bid_price_3(self) -> Price | DecimalPrice | str | None:
        """FID 53 매수호가3 (price)"""
        return to_price(self.values.get("53"))

    @property
    def bid_qty_3(self) -> int | str | None:
        """FID 73 매수호가수량3 (int)"""
        return to_int(self.values.get("73"))

    @property
    def bid_qty_change_3(self) -> int | str | None:
        """FID 93 매수호가직전대비3 (signed_int)"""
        return to_int(self.values.get("93"))

    @property
    def ask_price_4(self) -> Price | DecimalPrice | str | None:
        """FID 44 매도호가4 (price)"""
        return to_price(self.values.get("44"))

    @property
    def ask_qty_4(self) -> int | str | None:
        """FID 64 매도호가수량4 (int)"""
        return to_int(self.values.get("64"))

    @property
    def ask_qty_change_4(self) -> int | str | None:
        """FID 84 매도호가직전대비4 (signed_int)"""
        return to_int(self.values.get("84"))

    @property
    def bid_price_4(self) -> Price | DecimalPrice | str | None:
        """FID 54 매수호가4 (price)"""
        return to_price(self.values.get("54"))

    @property
    def bid_qty_4(self) -> int | str | None:
        """FID 74 매수호가수량4 (int)"""
        return to_int(self.values.get("74"))

    @property
    def bid_qty_change_4(self) -> int | str | None:
        """FID 94 매수호가직전대비4 (signed_int)"""
        return to_int(self.values.get("94"))

    @property
    def ask_price_5(self) -> Price | DecimalPrice | str | None:
        """FID 45 매도호가5 (price)"""
        return to_price(self.values.get("45"))

    @property
    def ask_qty_5(self) -> int | str | None:
        """FID 65 매도호가수량5 (int)"""
        return to_int(self.values.get("65"))

    @property
    def ask_qty_change_5(self) -> int | str | None:
        """FID 85 매도호가직전대비5 (signed_int)"""
        return to_int(self.values.get("85"))

    @property
    def bid_price_5(self) -> Price | DecimalPrice | str | None:
        """FID 55 매수호가5 (price)"""
        return to_price(self.values.get("55"))

    @property
    def bid_qty_5(self) -> int | str | None:
        """FID 75 매수호가수량5 (int)"""
        return to_int(self.values.get("75"))

    @property
    def bid_qty_change_5(self) -> int | str | None:
        """FID 95 매수호가직전대비5 (signed_int)"""
        return to_int(self.values.get("95"))

    @property
    def ask_price_6(self) -> Price | DecimalPrice | str | None:
        """FID 46 매도호가6 (price)"""
        return to_price(self.values.get("46"))

    @property
    def ask_qty_6(self) -> int | str | None:
        """FID 66 매도호가수량6 (int)"""
        return to_int(self.values.get("66"))

    @property
    def ask_qty_change_6(self) -> int | str | None:
        """FID 86 매도호가직전대비6 (signed_int)"""
        return to_int(self.values.get("86"))

    @property
    def bid_price_6(self) -> Price | DecimalPrice | str | None:
        """FID 56 매수호가6 (price)"""
        return to_price(self.values.get("56"))

    @property
    def bid_qty_6(self) -> int | str | None:
        """FID 76 매수호가수량6 (int)"""
        return to_int(self.values.get("76"))

    @property
    def bid_qty_change_6(self) -> int | str | None:
        """FID 96 매수호가직전대비6 (signed_int)"""
        return to_int(self.values.get("96"))

    @property
    def ask_price_7(self) -> Price | DecimalPrice | str | None:
        """FID 47 매도호가7 (price)"""
        return to_price(self.values.get("47"))

    @property
    def ask_qty_7(self) -> int | str | None:
        """FID 67 매도호가수량7 (int)"""
        return to_int(self.values.get("67"))

    @property
    def ask_qty_change_7(self) -> int | str | None:
        """FID 87 매도호가직전대비7 (signed_int)"""
        return to_int(self.values.get("87"))

    @property
    def bid_price_7(self) -> Price | DecimalPrice | str | None:
        """FID 57 매수호가7 (price)"""
        return to_price(self.values.get("57"))

    @property
    def bid_qty_7(self) -> int | str | None:
        """FID 77 매수호가수량7 (int)"""
        return to_int(self.values.get("77"))

    @property
    def bid_qty_change_7(self) -> int | str | None:
        """FID 97 매수호가직전대비7 (signed_int)"""
        return to_int(self.values.get("97"))

    @property
    def ask_price_8(self) -> Price | DecimalPrice | str | None:
        """FID 48 매도호가8 (price)"""
        return to_price(self.values.get("48"))

    @property
    def ask_qty_8(self) -> int | str | None:
        """FID 68 매도호가수량8 (int)"""
        return to_int(self.values.get("68"))

    @property
    def ask_qty_change_8(self) -> int | str | None:
        """FID 88 매도호가직전대비8 (signed_int)"""
        return to_int(self.values.get("88"))

    @property
    def bid_price_8(self) -> Price | DecimalPrice | str | None:
        """FID 58 매수호가8 (price)"""
        return to_price(self.values.get("58"))

    @property
    def bid_qty_8(self) -> int | str | None:
        """FID 78 매수호가수량8 (int)"""
        return to_int(self.values.get("78"))

    @property
    def bid_qty_change_8(self) -> int | str | None:
        """FID 98 매수호가직전대비8 (signed_int)"""
        return to_int(self.values.get("98"))

    @property
    def ask_price_9(self) -> Price | DecimalPrice | str | None:
        """FID 49 매도호가9 (price)"""
        return to_price(self.values.get("49"))

    @property
    def ask_qty_9(self) -> int | str | None:
        """FID 69 매도호가수량9 (int)"""
        return to_int(self.values.get("69"))

    @property
    def ask_qty_change_9(self) -> int | str | None:
        """FID 89 매도호가직전대비9 (signed_int)"""
        return to_int(self.values.get("89"))

    @property
    def bid_price_9(self) -> Price | DecimalPrice | str | None:
        """FID 59 매수호가9 (price)"""
        return to_price(self.values.get("59"))

    @property
    def bid_qty_9(self) -> int | str | None:
        """FID 79 매수호가수량9 (int)"""
        return to_int(self.values.get("79"))

    @property
    def bid_qty_change_9(self) -> int | str | None:
        """FID 99 매수호가직전대비9 (signed_int)"""
        return to_int(self.values.get("99"))

    @property
    def ask_price_10(self) -> Price | DecimalPrice | str | None:
        """FID 50 매도호가10 (price)"""
        return to_price(self.values.get("50"))

    @property
    def ask_qty_10(self) -> int | str | None:
        """FID 70 매도호가수량10 (int)"""
        return to_int(self.values.get("70"))

    @property
    def ask_qty_change_10(self) -> int | str | None:
        """FID 90 매도호가직전대비10 (signed_int)"""
        return to_int(self.values.get("90"))

    @property
    def bid_price_10(self) -> Price | DecimalPrice | str | None:
        """FID 60 매수호가10 (price)"""
        return to_price(self.values.get("60"))

    @property
    def bid_qty_10(self) -> int | str | None:
        """FID 80 매수호가수량10 (int)"""
        return to_int(self.values.get("80"))

    @property
    def bid_qty_change_10(self) -> int | str | None:
        """FID 100 매수호가직전대비10 (signed_int)"""
        return to_int(self.values.get("100"))

    @property
    def total_ask_qty(self) -> int | str | None:
        """FID 121 매도호가총잔량 (int)"""
        return to_int(self.values.get("121"))

    @property
    def total_ask_qty_change(self) -> int | str | None:
        """FID 122 매도호가총잔량직전대비 (signed_int)"""
        return to_int(self.values.get("122"))

    @property
    def total_bid_qty(self) -> int | str | None:
        """FID 125 매수호가총잔량 (int)"""
        return to_int(self.values.get("125"))

    @property
    def total_bid_qty_change(self) -> int | str | None:
        """FID 126 매수호가총잔량직전대비 (signed_int)"""
        return to_int(self.values.get("126"))

    @property
    def expected_price(self) -> Price | DecimalPrice | str | None:
        """FID 23 예상체결가 (price)"""
        return to_price(self.values.get("23"))

    @property
    def expected_qty(self) -> int | str | None:
        """FID 24 예상체결수량 (int)"""
        return to_int(self.values.get("24"))

    @property
    def net_bid_qty(self) -> int | str | None:
        """FID 128 순매수잔량 (signed_int)"""
        return to_int(self.values.get("128"))

    @property
    def bid_ratio(self) -> Decimal | str | None:
        """FID 129 매수비율 (rate)"""
        return to_decimal(self.values.get("129"))

    @property
    def net_ask_qty(self) -> int | str | None:
        """FID 138 순매도잔량 (signed_int)"""
        return to_int(self.values.get("138"))

    @property
    def ask_ratio(self) -> Decimal | str | None:
        """FID 139 매도비율 (rate)"""
        return to_decimal(self.values.get("139"))

    @property
    def expected_change_vs_prev_close(self) -> int | str | None:
        """FID 200 예상체결가전일종가대비 (signed_int)"""
        return to_int(self.values.get("200"))

    @property
    def expected_change_rate_vs_prev_close(self) -> Decimal | str | None:
        """FID 201 예상체결가전일종가대비등락율 (rate)"""
        return to_decimal(self.values.get("201"))

    @property
    def expected_change_sign_vs_prev_close(self) -> codes.PriceChangeSign | str | None:
        """FID 238 예상체결가전일종가대비기호 (code)"""
        return to_code(self.values.get("238"), codes.PriceChangeSign)

    @property
    def expected_price_auction(self) -> Price | DecimalPrice | str | None:
        """FID 291 예상체결가 (price)"""
        return to_price(self.values.get("291"))

    @property
    def expected_qty_auction(self) -> int | str | None:
        """FID 292 예상체결량 (int)"""
        return to_int(self.values.get("292"))

    @property
    def expected_change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 293 예상체결가전일대비기호 (code)"""
        return to_code(self.values.get("293"), codes.PriceChangeSign)

    @property
    def expected_change(self) -> int | str | None:
        """FID 294 예상체결가전일대비 (signed_int)"""
        return to_int(self.values.get("294"))

    @property
    def expected_change_rate(self) -> Decimal | str | None:
        """FID 295 예상체결가전일대비등락율 (rate)"""
        return to_decimal(self.values.get("295"))

    @property
    def lp_ask_qty_1(self) -> int | str | None:
        """FID 621 LP매도호가수량1 (int)"""
        return to_int(self.values.get("621"))

    @property
    def lp_bid_qty_1(self) -> int | str | None:
        """FID 631 LP매수호가수량1 (int)"""
        return to_int(self.values.get("631"))

    @property
    def lp_ask_qty_2(self) -> int | str | None:
        """FID 622 LP매도호가수량2 (int)"""
        return to_int(self.values.get("622"))

    @property
    def lp_bid_qty_2(self) -> int | str | None:
        """FID 632 LP매수호가수량2 (int)"""
        return to_int(self.values.get("632"))

    @property
    def lp_ask_qty_3(self) -> int | str | None:
        """FID 623 LP매도호가수량3 (int)"""
        return to_int(self.values.get("623"))

    @property
    def lp_bid_qty_3(self) -> int | str | None:
        """FID 633 LP매수호가수량3 (int)"""
        return to_int(self.values.get("633"))

    @property
    def lp_ask_qty_4(self) -> int | str | None:
        """FID 624 LP매도호가수량4 (int)"""
        return to_int(self.values.get("624"))

    @property
    def lp_bid_qty_4(self) -> int | str | None:
        """FID 634 LP매수호가수량4 (int)"""
        return to_int(self.values.get("634"))

    @property
    def lp_ask_qty_5(self) -> int | str | None:
        """FID 625 LP매도호가수량5 (int)"""
        return to_int(self.values.get("625"))

    @property
    def lp_bid_qty_5(self) -> int | str | None:
        """FID 635 LP매수호가수량5 (int)"""
        return to_int(self.values.get("635"))

    @property
    def lp_ask_qty_6(self) -> int | str | None:
        """FID 626 LP매도호가수량6 (int)"""
        return to_int(self.values.get("626"))

    @property
    def lp_bid_qty_6(self) -> int | str | None:
        """FID 636 LP매수호가수량6 (int)"""
        return to_int(self.values.get("636"))

    @property
    def lp_ask_qty_7(self) -> int | str | None:
        """FID 627 LP매도호가수량7 (int)"""
        return to_int(self.values.get("627"))

    @property
    def lp_bid_qty_7(self) -> int | str | None:
        """FID 637 LP매수호가수량7 (int)"""
        return to_int(self.values.get("637"))

    @property
    def lp_ask_qty_8(self) -> int | str | None:
        """FID 628 LP매도호가수량8 (int)"""
        return to_int(self.values.get("628"))

    @property
    def lp_bid_qty_8(self) -> int | str | None:
        """FID 638 LP매수호가수량8 (int)"""
        return to_int(self.values.get("638"))

    @property
    def lp_ask_qty_9(self) -> int | str | None:
        """FID 629 LP매도호가수량9 (int)"""
        return to_int(self.values.get("629"))

    @property
    def lp_bid_qty_9(self) -> int | str | None:
        """FID 639 LP매수호가수량9 (int)"""
        return to_int(self.values.get("639"))

    @property
    def lp_ask_qty_10(self) -> int | str | None:
        """FID 630 LP매도호가수량10 (int)"""
        return to_int(self.values.get("630"))

    @property
    def lp_bid_qty_10(self) -> int | str | None:
        """FID 640 LP매수호가수량10 (int)"""
        return to_int(self.values.get("640"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def expected_qty_to_prev_day_volume_rate(self) -> DirectedRate | str | None:
        """FID 299 전일거래량대비예상체결율 (directed_rate)"""
        return to_directed_rate(self.values.get("299"))

    @property
    def market_operation(self) -> codes.MarketOperationEvent | str | None:
        """FID 215 장운영구분 (code)"""
        return to_code(self.values.get("215"), codes.MarketOperationEvent)

    @property
    def investor_ticker(self) -> str | None:
        """FID 216 투자자별ticker (text)"""
        return to_text(self.values.get("216"))

    @property
    def krx_ask_qty_1(self) -> int | str | None:
        """FID 6044 KRX 매도호가잔량1 (int)"""
        return to_int(self.values.get("6044"))

    @property
    def krx_ask_qty_2(self) -> int | str | None:
        """FID 6045 KRX 매도호가잔량2 (int)"""
        return to_int(self.values.get("6045"))

    @property
    def krx_ask_qty_3(self) -> int | str | None:
        """FID 6046 KRX 매도호가잔량3 (int)"""
        return to_int(self.values.get("6046"))

    @property
    def krx_ask_qty_4(self) -> int | str | None:
        """FID 6047 KRX 매도호가잔량4 (int)"""
        return to_int(self.values.get("6047"))

    @property
    def krx_ask_qty_5(self) -> int | str | None:
        """FID 6048 KRX 매도호가잔량5 (int)"""
        return to_int(self.values.get("6048"))

    @property
    def krx_ask_qty_6(self) -> int | str | None:
        """FID 6049 KRX 매도호가잔량6 (int)"""
        return to_int(self.values.get("6049"))

    @property
    def krx_ask_qty_7(self) -> int | str | None:
        """FID 6050 KRX 매도호가잔량7 (int)"""
        return to_int(self.values.get("6050"))

    @property
    def krx_ask_qty_8(self) -> int | str | None:
        """FID 6051 KRX 매도호가잔량8 (int)"""
        return to_int(self.values.get("6051"))

    @property
    def krx_ask_qty_9(self) -> int | str | None:
        """FID 6052 KRX 매도호가잔량9 (int)"""
        return to_int(self.values.get("6052"))

    @property
    def krx_ask_qty_10(self) -> int | str | None:
        """FID 6053 KRX 매도호가잔량10 (int)"""
        return to_int(self.values.get("6053"))

    @property
    def krx_bid_qty_1(self) -> int | str | None:
        """FID 6054 KRX 매수호가잔량1 (int)"""
        return to_int(self.values.get("6054"))

    @property
    def krx_bid_qty_2(self) -> int | str | None:
        """FID 6055 KRX 매수호가잔량2 (int)"""
        return to_int(self.values.get("6055"))

    @property
    def krx_bid_qty_3(self) -> int | str | None:
        """FID 6056 KRX 매수호가잔량3 (int)"""
        return to_int(self.values.get("6056"))

    @property
    def krx_bid_qty_4(self) -> int | str | None:
        """FID 6057 KRX 매수호가잔량4 (int)"""
        return to_int(self.values.get("6057"))

    @property
    def krx_bid_qty_5(self) -> int | str | None:
        """FID 6058 KRX 매수호가잔량5 (int)"""
        return to_int(self.values.get("6058"))

    @property
    def krx_bid_qty_6(self) -> int | str | None:
        """FID 6059 KRX 매수호가잔량6 (int)"""
        return to_int(self.values.get("6059"))

    @property
    def krx_bid_qty_7(self) -> int | str | None:
        """FID 6060 KRX 매수호가잔량7 (int)"""
        return to_int(self.values.get("6060"))

    @property
    def krx_bid_qty_8(self) -> int | str | None:
        """FID 6061 KRX 매수호가잔량8 (int)"""
        return to_int(self.values.get("6061"))

    @property
    def krx_bid_qty_9(self) -> int | str | None:
        """FID 6062 KRX 매수호가잔량9 (int)"""
        return to_int(self.values.get("6062"))

    @property
    def krx_bid_qty_10(self) -> int | str | None:
        """FID 6063 KRX 매수호가잔량10 (int)"""
        return to_int(self.values.get("6063"))

    @property
    def krx_total_ask_qty(self) -> int | str | None:
        """FID 6064 KRX 매도호가총잔량 (int)"""
        return to_int(self.values.get("6064"))

    @property
    def krx_total_bid_qty(self) -> int | str | None:
        """FID 6065 KRX 매수호가총잔량 (int)"""
        return to_int(self.values.get("6065"))

    @property
    def nxt_ask_qty_1(self) -> int | str | None:
        """FID 6066 NXT 매도호가잔량1 (int)"""
        return to_int(self.values.get("6066"))

    @property
    def nxt_ask_qty_2(self) -> int | str | None:
        """FID 6067 NXT 매도호가잔량2 (int)"""
        return to_int(self.values.get("6067"))

    @property
    def nxt_ask_qty_3(self) -> int | str | None:
        """FID 6068 NXT 매도호가잔량3 (int)"""
        return to_int(self.values.get("6068"))

    @property
    def nxt_ask_qty_4(self) -> int | str | None:
        """FID 6069 NXT 매도호가잔량4 (int)"""
        return to_int(self.values.get("6069"))

    @property
    def nxt_ask_qty_5(self) -> int | str | None:
        """FID 6070 NXT 매도호가잔량5 (int)"""
        return to_int(self.values.get("6070"))

    @property
    def nxt_ask_qty_6(self) -> int | str | None:
        """FID 6071 NXT 매도호가잔량6 (int)"""
        return to_int(self.values.get("6071"))

    @property
    def nxt_ask_qty_7(self) -> int | str | None:
        """FID 6072 NXT 매도호가잔량7 (int)"""
        return to_int(self.values.get("6072"))

    @property
    def nxt_ask_qty_8(self) -> int | str | None:
        """FID 6073 NXT 매도호가잔량8 (int)"""
        return to_int(self.values.get("6073"))

    @property
    def nxt_ask_qty_9(self) -> int | str | None:
        """FID 6074 NXT 매도호가잔량9 (int)"""
        return to_int(self.values.get("6074"))

    @property
    def nxt_ask_qty_10(self) -> int | str | None:
        """FID 6075 NXT 매도호가잔량10 (int)"""
        return to_int(self.values.get("6075"))

    @property
    def nxt_bid_qty_1(self) -> int | str | None:
        """FID 6076 NXT 매수호가잔량1 (int)"""
        return to_int(self.values.get("6076"))

    @property
    def nxt_bid_qty_2(self) -> int | str | None:
        """FID 6077 NXT 매수호가잔량2 (int)"""
        return to_int(self.values.get("6077"))

    @property
    def nxt_bid_qty_3(self) -> int | str | None:
        """FID 6078 NXT 매수호가잔량3 (int)"""
        return to_int(self.values.get("6078"))

    @property
    def nxt_bid_qty_4(self) -> int | str | None:
        """FID 6079 NXT 매수호가잔량4 (int)"""
        return to_int(self.values.get("6079"))

    @property
    def nxt_bid_qty_5(self) -> int | str | None:
        """FID 6080 NXT 매수호가잔량5 (int)"""
        return to_int(self.values.get("6080"))

    @property
    def nxt_bid_qty_6(self) -> int | str | None:
        """FID 6081 NXT 매수호가잔량6 (int)"""
        return to_int(self.values.get("6081"))

    @property
    def nxt_bid_qty_7(self) -> int | str | None:
        """FID 6082 NXT 매수호가잔량7 (int)"""
        return to_int(self.values.get("6082"))

    @property
    def nxt_bid_qty_8(self) -> int | str | None:
        """FID 6083 NXT 매수호가잔량8 (int)"""
        return to_int(self.values.get("6083"))

    @property
    def nxt_bid_qty_9(self) -> int | str | None:
        """FID 6084 NXT 매수호가잔량9 (int)"""
        return to_int(self.values.get("6084"))

    @property
    def nxt_bid_qty_10(self) -> int | str | None:
        """FID 6085 NXT 매수호가잔량10 (int)"""
        return to_int(self.values.get("6085"))

    @property
    def nxt_total_ask_qty(self) -> int | str | None:
        """FID 6086 NXT 매도호가총잔량 (int)"""
        return to_int(self.values.get("6086"))

    @property
    def nxt_total_bid_qty(self) -> int | str | None:
        """FID 6087 NXT 매수호가총잔량 (int)"""
        return to_int(self.values.get("6087"))

    @property
    def krx_mid_total_ask_qty_change(self) -> int | str | None:
        """FID 6100 KRX 중간가 매도 총잔량 증감 (signed_int)"""
        return to_int(self.values.get("6100"))

    @property
    def krx_mid_total_ask_qty(self) -> int | str | None:
        """FID 6101 KRX 중간가 매도 총잔량 (int)"""
        return to_int(self.values.get("6101"))

    @property
    def krx_mid_price(self) -> Price | DecimalPrice | str | None:
        """FID 6102 KRX 중간가 (price)"""
        return to_price(self.values.get("6102"))

    @property
    def krx_mid_total_bid_qty(self) -> int | str | None:
        """FID 6103 KRX 중간가 매수 총잔량 (int)"""
        return to_int(self.values.get("6103"))

    @property
    def krx_mid_total_bid_qty_change(self) -> int | str | None:
        """FID 6104 KRX 중간가 매수 총잔량 증감 (signed_int)"""
        return to_int(self.values.get("6104"))

    @property
    def nxt_mid_total_ask_qty_change(self) -> int | str | None:
        """FID 6105 NXT중간가 매도 총잔량 증감 (signed_int)"""
        return to_int(self.values.get("6105"))

    @property
    def nxt_mid_total_ask_qty(self) -> int | str | None:
        """FID 6106 NXT중간가 매도 총잔량 (int)"""
        return to_int(self.values.get("6106"))

    @property
    def nxt_mid_price(self) -> Price | DecimalPrice | str | None:
        """FID 6107 NXT중간가 (price)"""
        return to_price(self.values.get("6107"))

    @property
    def nxt_mid_total_bid_qty(self) -> int | str | None:
        """FID 6108 NXT중간가 매수 총잔량 (int)"""
        return to_int(self.values.get("6108"))

    @property
    def nxt_mid_total_bid_qty_change(self) -> int | str | None:
        """FID 6109 NXT중간가 매수 총잔량 증감 (signed_int)"""
        return to_int(self.values.get("6109"))

    @property
    def krx_mid_price_change(self) -> int | str | None:
        """FID 6110 KRX중간가대비 (signed_int)"""
        return to_int(self.values.get("6110"))

    @property
    def krx_mid_price_change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 6111 KRX중간가대비 기호 (code)"""
        return to_code(self.values.get("6111"), codes.PriceChangeSign)

    @property
    def krx_mid_price_change_rate(self) -> Decimal | str | None:
        """FID 6112 KRX중간가대비등락율 (rate)"""
        return to_decimal(self.values.get("6112"))

    @property
    def nxt_mid_price_change(self) -> int | str | None:
        """FID 6113 NXT중간가대비 (signed_int)"""
        return to_int(self.values.get("6113"))

    @property
    def nxt_mid_price_change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 6114 NXT중간가대비 기호 (code)"""
        return to_code(self.values.get("6114"), codes.PriceChangeSign)

    @property
    def nxt_mid_price_change_rate(self) -> Decimal | str | None:
        """FID 6115 NXT중간가대비등락율 (rate)"""
        return to_decimal(self.values.get("6115"))


class StockAfterHoursQuote(RealtimeEvent):
    """0E 주식시간외호가: Stock After-Hours Quote (Real-Time)."""

    __slots__ = ()
    TYPE = "0E"
    FIDS = {
        "21": "quote_time",
        "131": "after_hours_total_ask_qty",
        "132": "after_hours_total_ask_qty_change",
        "135": "after_hours_total_bid_qty",
        "136": "after_hours_total_bid_qty_change",
    }

    @property
    def quote_time(self) -> datetime.time | str | None:
        """FID 21 호가시간 (time)"""
        return to_time(self.values.get("21"))

    @property
    def after_hours_total_ask_qty(self) -> int | str | None:
        """FID 131 시간외매도호가총잔량 (int)"""
        return to_int(self.values.get("131"))

    @property
    def after_hours_total_ask_qty_change(self) -> int | str | None:
        """FID 132 시간외매도호가총잔량직전대비 (signed_int)"""
        return to_int(self.values.get("132"))

    @property
    def after_hours_total_bid_qty(self) -> int | str | None:
        """FID 135 시간외매수호가총잔량 (int)"""
        return to_int(self.values.get("135"))

    @property
    def after_hours_total_bid_qty_change(self) -> int | str | None:
        """FID 136 시간외매수호가총잔량직전대비 (signed_int)"""
        return to_int(self.values.get("136"))


class StockTodayBroker(RealtimeEvent):
    """0F 주식당일거래원: Stock Today's Broker (Real-Time)."""

    __slots__ = ()
    TYPE = "0F"
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

    @property
    def sell_broker_1(self) -> str | None:
        """FID 141 매도거래원1 (text)"""
        return to_text(self.values.get("141"))

    @property
    def sell_broker_qty_1(self) -> int | str | None:
        """FID 161 매도거래원수량1 (int)"""
        return to_int(self.values.get("161"))

    @property
    def sell_broker_qty_change_1(self) -> int | str | None:
        """FID 166 매도거래원별증감1 (signed_int)"""
        return to_int(self.values.get("166"))

    @property
    def sell_broker_code_1(self) -> str | None:
        """FID 146 매도거래원코드1 (text)"""
        return to_text(self.values.get("146"))

    @property
    def sell_broker_color_1(self) -> str | None:
        """FID 271 매도거래원색깔1 (text)"""
        return to_text(self.values.get("271"))

    @property
    def buy_broker_1(self) -> str | None:
        """FID 151 매수거래원1 (text)"""
        return to_text(self.values.get("151"))

    @property
    def buy_broker_qty_1(self) -> int | str | None:
        """FID 171 매수거래원수량1 (int)"""
        return to_int(self.values.get("171"))

    @property
    def buy_broker_qty_change_1(self) -> int | str | None:
        """FID 176 매수거래원별증감1 (signed_int)"""
        return to_int(self.values.get("176"))

    @property
    def buy_broker_code_1(self) -> str | None:
        """FID 156 매수거래원코드1 (text)"""
        return to_text(self.values.get("156"))

    @property
    def buy_broker_color_1(self) -> str | None:
        """FID 281 매수거래원색깔1 (text)"""
        return to_text(self.values.get("281"))

    @property
    def sell_broker_2(self) -> str | None:
        """FID 142 매도거래원2 (text)"""
        return to_text(self.values.get("142"))

    @property
    def sell_broker_qty_2(self) -> int | str | None:
        """FID 162 매도거래원수량2 (int)"""
        return to_int(self.values.get("162"))

    @property
    def sell_broker_qty_change_2(self) -> int | str | None:
        """FID 167 매도거래원별증감2 (signed_int)"""
        return to_int(self.values.get("167"))

    @property
    def sell_broker_code_2(self) -> str | None:
        """FID 147 매도거래원코드2 (text)"""
        return to_text(self.values.get("147"))

    @property
    def sell_broker_color_2(self) -> str | None:
        """FID 272 매도거래원색깔2 (text)"""
        return to_text(self.values.get("272"))

    @property
    def buy_broker_2(self) -> str | None:
        """FID 152 매수거래원2 (text)"""
        return to_text(self.values.get("152"))

    @property
    def buy_broker_qty_2(self) -> int | str | None:
        """FID 172 매수거래원수량2 (int)"""
        return to_int(self.values.get("172"))

    @property
    def buy_broker_qty_change_2(self) -> int | str | None:
        """FID 177 매수거래원별증감2 (signed_int)"""
        return to_int(self.values.get("177"))

    @property
    def buy_broker_code_2(self) -> str | None:
        """FID 157 매수거래원코드2 (text)"""
        return to_text(self.values.get("157"))

    @property
    def buy_broker_color_2(self) -> str | None:
        """FID 282 매수거래원색깔2 (text)"""
        return to_text(self.values.get("282"))

    @property
    def sell_broker_3(self) -> str | None:
        """FID 143 매도거래원3 (text)"""
        return to_text(self.values.get("143"))

    @property
    def sell_broker_qty_3(self) -> int | str | None:
        """FID 163 매도거래원수량3 (int)"""
        return to_int(self.values.get("163"))

    @property
    def sell_broker_qty_change_3(self) -> int | str | None:
        """FID 168 매도거래원별증감3 (signed_int)"""
        return to_int(self.values.get("168"))

    @property
    def sell_broker_code_3(self) -> str | None:
        """FID 148 매도거래원코드3 (text)"""
        return to_text(self.values.get("148"))

    @property
    def sell_broker_color_3(self) -> str | None:
        """FID 273 매도거래원색깔3 (text)"""
        return to_text(self.values.get("273"))

    @property
    def buy_broker_3(self) -> str | None:
        """FID 153 매수거래원3 (text)"""
        return to_text(self.values.get("153"))

    @property
    def buy_broker_qty_3(self) -> int | str | None:
        """FID 173 매수거래원수량3 (int)"""
        return to_int(self.values.get("173"))

    @property
    def buy_broker_qty_change_3(self) -> int | str | None:
        """FID 178 매수거래원별증감3 (signed_int)"""
        return to_int(self.values.get("178"))

    @property
    def buy_broker_code_3(self) -> str | None:
        """FID 158 매수거래원코드3 (text)"""
        return to_text(self.values.get("158"))

    @property
    def buy_broker_color_3(self) -> str | None:
        """FID 283 매수거래원색깔3 (text)"""
        return to_text(self.values.get("283"))

    @property
    def sell_broker_4(self) -> str | None:
        """FID 144 매도거래원4 (text)"""
        return to_text(self.values.get("144"))

    @property
    def sell_broker_qty_4(self) -> int | str | None:
        """FID 164 매도거래원수량4 (int)"""
        return to_int(self.values.get("164"))

    @property
    def sell_broker_qty_change_4(self) -> int | str | None:
        """FID 169 매도거래원별증감4 (signed_int)"""
        return to_int(self.values.get("169"))

    @property
    def sell_broker_code_4(self) -> str | None:
        """FID 149 매도거래원코드4 (text)"""
        return to_text(self.values.get("149"))

    @property
    def sell_broker_color_4(self) -> str | None:
        """FID 274 매도거래원색깔4 (text)"""
        return to_text(self.values.get("274"))

    @property
    def buy_broker_4(self) -> str | None:
        """FID 154 매수거래원4 (text)"""
        return to_text(self.values.get("154"))

    @property
    def buy_broker_qty_4(self) -> int | str | None:
        """FID 174 매수거래원수량4 (int)"""
        return to_int(self.values.get("174"))

    @property
    def buy_broker_qty_change_4(self) -> int | str | None:
        """FID 179 매수거래원별증감4 (signed_int)"""
        return to_int(self.values.get("179"))

    @property
    def buy_broker_code_4(self) -> str | None:
        """FID 159 매수거래원코드4 (text)"""
        return to_text(self.values.get("159"))

    @property
    def buy_broker_color_4(self) -> str | None:
        """FID 284 매수거래원색깔4 (text)"""
        return to_text(self.values.get("284"))

    @property
    def sell_broker_5(self) -> str | None:
        """FID 145 매도거래원5 (text)"""
        return to_text(self.values.get("145"))

    @property
    def sell_broker_qty_5(self) -> int | str | None:
        """FID 165 매도거래원수량5 (int)"""
        return to_int(self.values.get("165"))

    @property
    def sell_broker_qty_change_5(self) -> int | str | None:
        """FID 170 매도거래원별증감5 (signed_int)"""
        return to_int(self.values.get("170"))

    @property
    def sell_broker_code_5(self) -> str | None:
        """FID 150 매도거래원코드5 (text)"""
        return to_text(self.values.get("150"))

    @property
    def sell_broker_color_5(self) -> str | None:
        """FID 275 매도거래원색깔5 (text)"""
        return to_text(self.values.get("275"))

    @property
    def buy_broker_5(self) -> str | None:
        """FID 155 매수거래원5 (text)"""
        return to_text(self.values.get("155"))

    @property
    def buy_broker_qty_5(self) -> int | str | None:
        """FID 175 매수거래원수량5 (int)"""
        return to_int(self.values.get("175"))

    @property
    def buy_broker_qty_change_5(self) -> int | str | None:
        """FID 180 매수거래원별증감5 (signed_int)"""
        return to_int(self.values.get("180"))

    @property
    def buy_broker_code_5(self) -> str | None:
        """FID 160 매수거래원코드5 (text)"""
        return to_text(self.values.get("160"))

    @property
    def buy_broker_color_5(self) -> str | None:
        """FID 285 매수거래원색깔5 (text)"""
        return to_text(self.values.get("285"))

    @property
    def foreign_sell_est_total(self) -> int | str | None:
        """FID 261 외국계매도추정합 (int)"""
        return to_int(self.values.get("261"))

    @property
    def foreign_sell_est_total_change(self) -> int | str | None:
        """FID 262 외국계매도추정합변동 (signed_int)"""
        return to_int(self.values.get("262"))

    @property
    def foreign_buy_est_total(self) -> int | str | None:
        """FID 263 외국계매수추정합 (int)"""
        return to_int(self.values.get("263"))

    @property
    def foreign_buy_est_total_change(self) -> int | str | None:
        """FID 264 외국계매수추정합변동 (signed_int)"""
        return to_int(self.values.get("264"))

    @property
    def foreign_net_buy_est_total(self) -> int | str | None:
        """FID 267 외국계순매수추정합 (signed_int)"""
        return to_int(self.values.get("267"))

    @property
    def foreign_net_buy_est_change(self) -> int | str | None:
        """FID 268 외국계순매수변동 (signed_int)"""
        return to_int(self.values.get("268"))

    @property
    def broker_exchange_type(self) -> str | None:
        """FID 337 거래소구분 (text)"""
        return to_text(self.values.get("337"))


class EtfNav(RealtimeEvent):
    """0G ETF NAV: ETF NAV (Real-Time)."""

    __slots__ = ()
    TYPE = "0G"
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

    @property
    def nav(self) -> Price | DecimalPrice | str | None:
        """FID 36 NAV (price)"""
        return to_price(self.values.get("36"))

    @property
    def nav_change(self) -> Decimal | str | None:
        """FID 37 NAV전일대비 (decimal)"""
        return to_decimal(self.values.get("37"))

    @property
    def nav_change_rate(self) -> Decimal | str | None:
        """FID 38 NAV등락율 (rate)"""
        return to_decimal(self.values.get("38"))

    @property
    def tracking_error_rate(self) -> Decimal | str | None:
        """FID 39 추적오차율 (rate)"""
        return to_decimal(self.values.get("39"))

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change(self) -> int | str | None:
        """FID 11 전일대비 (signed_int)"""
        return to_int(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)

    @property
    def elw_gearing_ratio(self) -> Decimal | str | None:
        """FID 667 ELW기어링비율 (decimal)"""
        return to_decimal(self.values.get("667"))

    @property
    def elw_breakeven_rate(self) -> Decimal | str | None:
        """FID 668 ELW손익분기율 (rate)"""
        return to_decimal(self.values.get("668"))

    @property
    def elw_capital_support_point(self) -> Decimal | str | None:
        """FID 669 ELW자본지지점 (rate)"""
        return to_decimal(self.values.get("669"))

    @property
    def nav_index_deviation_rate(self) -> Decimal | str | None:
        """FID 265 NAV/지수괴리율 (rate)"""
        return to_decimal(self.values.get("265"))

    @property
    def nav_etf_deviation_rate(self) -> Decimal | str | None:
        """FID 266 NAV/ETF괴리율 (rate)"""
        return to_decimal(self.values.get("266"))


class StockExpectedTrade(RealtimeEvent):
    """0H 주식예상체결: Stock Expected Execution (Real-Time)."""

    __slots__ = ()
    TYPE = "0H"
    FIDS = {
        "20": "trade_time",
        "10": "current_price",
        "11": "change",
        "12": "change_rate",
        "15": "trade_volume",
        "13": "cumulative_volume",
        "25": "change_sign",
    }

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change(self) -> int | str | None:
        """FID 11 전일대비 (signed_int)"""
        return to_int(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))

    @property
    def trade_volume(self) -> int | str | None:
        """FID 15 거래량 (signed_int)"""
        return to_int(self.values.get("15"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)


class IntlGoldConvertedPrice(RealtimeEvent):
    """0I 국제금환산가격: International Gold Converted Price (Real-Time)."""

    __slots__ = ()
    TYPE = "0I"
    FIDS = {
        "10": "current_price",
        "25": "change_sign",
        "11": "change",
        "12": "change_rate",
    }

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)

    @property
    def change(self) -> int | str | None:
        """FID 11 전일대비 (signed_int)"""
        return to_int(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))


class SectorIndex(RealtimeEvent):
    """0J 업종지수: Sector Index (Real-Time)."""

    __slots__ = ()
    TYPE = "0J"
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

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change(self) -> Decimal | str | None:
        """FID 11 전일대비 (decimal)"""
        return to_decimal(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))

    @property
    def trade_volume(self) -> int | str | None:
        """FID 15 거래량 (signed_int)"""
        return to_int(self.values.get("15"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def cumulative_trade_value(self) -> int | str | None:
        """FID 14 누적거래대금 (int)"""
        return to_int(self.values.get("14"))

    @property
    def open_price(self) -> Price | DecimalPrice | str | None:
        """FID 16 시가 (price)"""
        return to_price(self.values.get("16"))

    @property
    def high_price(self) -> Price | DecimalPrice | str | None:
        """FID 17 고가 (price)"""
        return to_price(self.values.get("17"))

    @property
    def low_price(self) -> Price | DecimalPrice | str | None:
        """FID 18 저가 (price)"""
        return to_price(self.values.get("18"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)

    @property
    def volume_change_vs_prev_day(self) -> int | str | None:
        """FID 26 전일거래량대비 (signed_int)"""
        return to_int(self.values.get("26"))


class SectorAdvanceDecline(RealtimeEvent):
    """0U 업종등락: Sector Advance/Decline (Real-Time)."""

    __slots__ = ()
    TYPE = "0U"
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

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def rising_count(self) -> int | str | None:
        """FID 252 상승종목수 (int)"""
        return to_int(self.values.get("252"))

    @property
    def upper_limit_count(self) -> int | str | None:
        """FID 251 상한종목수 (int)"""
        return to_int(self.values.get("251"))

    @property
    def unchanged_count(self) -> int | str | None:
        """FID 253 보합종목수 (int)"""
        return to_int(self.values.get("253"))

    @property
    def falling_count(self) -> int | str | None:
        """FID 255 하락종목수 (int)"""
        return to_int(self.values.get("255"))

    @property
    def lower_limit_count(self) -> int | str | None:
        """FID 254 하한종목수 (int)"""
        return to_int(self.values.get("254"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def cumulative_trade_value(self) -> int | str | None:
        """FID 14 누적거래대금 (int)"""
        return to_int(self.values.get("14"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change(self) -> Decimal | str | None:
        """FID 11 전일대비 (decimal)"""
        return to_decimal(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))

    @property
    def traded_item_count(self) -> int | str | None:
        """FID 256 거래형성종목수 (int)"""
        return to_int(self.values.get("256"))

    @property
    def traded_item_ratio(self) -> Decimal | str | None:
        """FID 257 거래형성비율 (rate)"""
        return to_decimal(self.values.get("257"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)


class StockStatusEvent(RealtimeEvent):
    """0g 주식종목정보: Stock Status Event (Real-Time)."""

    __slots__ = ()
    TYPE = "0g"
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

    @property
    def arbitrary_extension(self) -> str | None:
        """FID 297 임의연장 (text)"""
        return to_text(self.values.get("297"))

    @property
    def pre_market_extension(self) -> str | None:
        """FID 592 장전임의연장 (text)"""
        return to_text(self.values.get("592"))

    @property
    def post_market_extension(self) -> str | None:
        """FID 593 장후임의연장 (text)"""
        return to_text(self.values.get("593"))

    @property
    def upper_limit_price(self) -> Price | DecimalPrice | str | None:
        """FID 305 상한가 (price)"""
        return to_price(self.values.get("305"))

    @property
    def lower_limit_price(self) -> Price | DecimalPrice | str | None:
        """FID 306 하한가 (price)"""
        return to_price(self.values.get("306"))

    @property
    def base_price(self) -> Price | DecimalPrice | str | None:
        """FID 307 기준가 (price)"""
        return to_price(self.values.get("307"))

    @property
    def elw_early_termination(self) -> bool | str | None:
        """FID 689 조기종료ELW발생 (flag)"""
        return to_flag(self.values.get("689"))

    @property
    def currency_unit(self) -> str | None:
        """FID 594 통화단위 (text)"""
        return to_text(self.values.get("594"))

    @property
    def margin_rate_display(self) -> str | None:
        """FID 382 증거금율표시 (text)"""
        return to_text(self.values.get("382"))

    @property
    def item_info(self) -> str | None:
        """FID 370 종목정보 (text)"""
        return to_text(self.values.get("370"))


class ElwTheoreticalPrice(RealtimeEvent):
    """0m ELW 이론가: ELW Theoretical Price (Real-Time)."""

    __slots__ = ()
    TYPE = "0m"
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

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def elw_theoretical_price(self) -> Price | DecimalPrice | str | None:
        """FID 670 ELW이론가 (price)"""
        return to_price(self.values.get("670"))

    @property
    def elw_implied_volatility(self) -> Decimal | str | None:
        """FID 671 ELW내재변동성 (rate)"""
        return to_decimal(self.values.get("671"))

    @property
    def elw_delta(self) -> Decimal | str | None:
        """FID 672 ELW델타 (decimal)"""
        return to_decimal(self.values.get("672"), 1000000)

    @property
    def elw_gamma(self) -> Decimal | str | None:
        """FID 673 ELW감마 (decimal)"""
        return to_decimal(self.values.get("673"), 1000000)

    @property
    def elw_theta(self) -> Decimal | str | None:
        """FID 674 ELW쎄타 (decimal)"""
        return to_decimal(self.values.get("674"))

    @property
    def elw_vega(self) -> Decimal | str | None:
        """FID 675 ELW베가 (decimal)"""
        return to_decimal(self.values.get("675"))

    @property
    def elw_rho(self) -> Decimal | str | None:
        """FID 676 ELW로 (decimal)"""
        return to_decimal(self.values.get("676"))

    @property
    def lp_implied_volatility(self) -> Decimal | str | None:
        """FID 706 LP호가내재변동성 (rate)"""
        return to_decimal(self.values.get("706"))


class MarketSessionTime(RealtimeEvent):
    """0s 장시작시간: Market Session Time (Real-Time)."""

    __slots__ = ()
    TYPE = "0s"
    FIDS = {
        "215": "market_operation",
        "20": "trade_time",
        "214": "time_to_market_open",
    }

    @property
    def market_operation(self) -> codes.MarketOperationEvent | str | None:
        """FID 215 장운영구분 (code)"""
        return to_code(self.values.get("215"), codes.MarketOperationEvent)

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def time_to_market_open(self) -> datetime.time | str | None:
        """FID 214 장시작예상잔여시간 (time)"""
        return to_time(self.values.get("214"))


class ElwIndicator(RealtimeEvent):
    """0u ELW 지표: ELW Indicators (Real-Time)."""

    __slots__ = ()
    TYPE = "0u"
    FIDS = {
        "20": "trade_time",
        "666": "elw_parity",
        "1211": "elw_premium",
        "667": "elw_gearing_ratio",
        "668": "elw_breakeven_rate",
        "669": "elw_capital_support_point",
    }

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def elw_parity(self) -> Decimal | str | None:
        """FID 666 ELW패리티 (rate)"""
        return to_decimal(self.values.get("666"))

    @property
    def elw_premium(self) -> Decimal | str | None:
        """FID 1211 ELW프리미엄 (rate)"""
        return to_decimal(self.values.get("1211"))

    @property
    def elw_gearing_ratio(self) -> Decimal | str | None:
        """FID 667 ELW기어링비율 (decimal)"""
        return to_decimal(self.values.get("667"))

    @property
    def elw_breakeven_rate(self) -> Decimal | str | None:
        """FID 668 ELW손익분기율 (rate)"""
        return to_decimal(self.values.get("668"))

    @property
    def elw_capital_support_point(self) -> Decimal | str | None:
        """FID 669 ELW자본지지점 (rate)"""
        return to_decimal(self.values.get("669"))


class StockProgramTrading(RealtimeEvent):
    """0w 종목프로그램매매: Stock Program Trading (Real-Time)."""

    __slots__ = ()
    TYPE = "0w"
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

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 체결시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)

    @property
    def change(self) -> int | str | None:
        """FID 11 전일대비 (signed_int)"""
        return to_int(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def program_sell_qty(self) -> int | str | None:
        """FID 202 매도수량 (int)"""
        return to_int(self.values.get("202"))

    @property
    def program_sell_amount(self) -> int | str | None:
        """FID 204 매도금액 (int)"""
        return to_int(self.values.get("204"))

    @property
    def program_buy_qty(self) -> int | str | None:
        """FID 206 매수수량 (int)"""
        return to_int(self.values.get("206"))

    @property
    def program_buy_amount(self) -> int | str | None:
        """FID 208 매수금액 (int)"""
        return to_int(self.values.get("208"))

    @property
    def program_net_buy_qty(self) -> int | str | None:
        """FID 210 순매수수량 (signed_int)"""
        return to_int(self.values.get("210"))

    @property
    def program_net_buy_qty_change(self) -> int | str | None:
        """FID 211 순매수수량증감 (signed_int)"""
        return to_int(self.values.get("211"))

    @property
    def program_net_buy_amount(self) -> int | str | None:
        """FID 212 순매수금액 (signed_int)"""
        return to_int(self.values.get("212"))

    @property
    def program_net_buy_amount_change(self) -> int | str | None:
        """FID 213 순매수금액증감 (signed_int)"""
        return to_int(self.values.get("213"))

    @property
    def time_to_market_open(self) -> datetime.time | str | None:
        """FID 214 장시작예상잔여시간 (time)"""
        return to_time(self.values.get("214"))

    @property
    def market_operation(self) -> codes.MarketOperationEvent | str | None:
        """FID 215 장운영구분 (code)"""
        return to_code(self.values.get("215"), codes.MarketOperationEvent)

    @property
    def investor_ticker(self) -> str | None:
        """FID 216 투자자별ticker (text)"""
        return to_text(self.values.get("216"))


class ViTriggerRelease(RealtimeEvent):
    """1h VI발동/해제: VI Trigger/Release (Real-Time)."""

    __slots__ = ()
    TYPE = "1h"
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

    @property
    def item_code(self) -> str | None:
        """FID 9001 종목코드 (text)"""
        return to_text(self.values.get("9001"))

    @property
    def item_name(self) -> str | None:
        """FID 302 종목명 (text)"""
        return to_text(self.values.get("302"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def cumulative_trade_value(self) -> int | str | None:
        """FID 14 누적거래대금 (int)"""
        return to_int(self.values.get("14"))

    @property
    def vi_trigger_type(self) -> codes.ViTriggerType | str | None:
        """FID 9068 VI발동구분 (code)"""
        return to_code(self.values.get("9068"), codes.ViTriggerType)

    @property
    def market_type(self) -> codes.MarketType | str | None:
        """FID 9008 KOSPI,KOSDAQ,전체구분 (code)"""
        return to_code(self.values.get("9008"), codes.MarketType)

    @property
    def pre_market_type(self) -> codes.MarketSession | str | None:
        """FID 9075 장전구분 (code)"""
        return to_code(self.values.get("9075"), codes.MarketSession)

    @property
    def vi_trigger_price(self) -> Price | DecimalPrice | str | None:
        """FID 1221 VI발동가격 (price)"""
        return to_price(self.values.get("1221"))

    @property
    def vi_trade_process_time(self) -> datetime.time | str | None:
        """FID 1223 매매체결처리시각 (time)"""
        return to_time(self.values.get("1223"))

    @property
    def vi_release_time(self) -> datetime.time | str | None:
        """FID 1224 VI해제시각 (time)"""
        return to_time(self.values.get("1224"))

    @property
    def vi_apply_type(self) -> str | None:
        """FID 1225 VI적용구분 (text)"""
        return to_text(self.values.get("1225"))

    @property
    def vi_static_base_price(self) -> Price | DecimalPrice | str | None:
        """FID 1236 기준가격 정적 (price)"""
        return to_price(self.values.get("1236"))

    @property
    def vi_dynamic_base_price(self) -> Price | DecimalPrice | str | None:
        """FID 1237 기준가격 동적 (price)"""
        return to_price(self.values.get("1237"))

    @property
    def vi_static_deviation_rate(self) -> Decimal | str | None:
        """FID 1238 괴리율 정적 (rate)"""
        return to_decimal(self.values.get("1238"))

    @property
    def vi_dynamic_deviation_rate(self) -> Decimal | str | None:
        """FID 1239 괴리율 동적 (rate)"""
        return to_decimal(self.values.get("1239"))

    @property
    def vi_trigger_change_rate(self) -> Decimal | str | None:
        """FID 1489 VI발동가 등락율 (rate)"""
        return to_decimal(self.values.get("1489"))

    @property
    def vi_trigger_count(self) -> int | str | None:
        """FID 1490 VI발동횟수 (int)"""
        return to_int(self.values.get("1490"))

    @property
    def vi_trigger_direction(self) -> codes.ViTriggerDirection | str | None:
        """FID 9069 발동방향구분 (code)"""
        return to_code(self.values.get("9069"), codes.ViTriggerDirection)

    @property
    def extra_item_1279(self) -> str | None:
        """FID 1279 Extra Item (text)"""
        return to_text(self.values.get("1279"))


class UsRealtimeOrderConfirm(RealtimeEvent):
    """F4 미국주식 실시간 주문 확인: US Real-Time Order Confirmation."""

    __slots__ = ()
    TYPE = "F4"
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

    @property
    def account_no(self) -> str | None:
        """FID 9201 계좌번호 (text)"""
        return to_text(self.values.get("9201"))

    @property
    def order_no(self) -> str | None:
        """FID 9203 주문번호 (text)"""
        return to_text(self.values.get("9203"))

    @property
    def item_code(self) -> str | None:
        """FID 9001 종목,업종코드 (text)"""
        return to_text(self.values.get("9001"))

    @property
    def order_type(self) -> str | None:
        """FID 905 주문구분 (text)"""
        return to_text(self.values.get("905"))

    @property
    def side(self) -> codes.UsSellBuy | str | None:
        """FID 907 매도수구분 (code)"""
        return to_code(self.values.get("907"), codes.UsSellBuy)

    @property
    def original_order_no(self) -> str | None:
        """FID 904 원주문번호 (text)"""
        return to_text(self.values.get("904"))

    @property
    def order_qty(self) -> int | str | None:
        """FID 900 주문수량 (int)"""
        return to_int(self.values.get("900"))

    @property
    def order_price(self) -> Price | DecimalPrice | str | None:
        """FID 901 주문가격 (price)"""
        return to_price(self.values.get("901"))

    @property
    def trade_type(self) -> codes.UsSellTradeType | str | None:
        """FID 906 매매구분 (code)"""
        return to_code(self.values.get("906"), codes.UsSellTradeType)

    @property
    def order_status(self) -> str | None:
        """FID 913 주문상태 (text)"""
        return to_text(self.values.get("913"))

    @property
    def order_exec_time(self) -> datetime.time | str | None:
        """FID 908 주문/체결시간 (time)"""
        return to_time(self.values.get("908"))

    @property
    def stop_price(self) -> Price | DecimalPrice | str | None:
        """FID 50810 주문STOP가격 (price)"""
        return to_price(self.values.get("50810"))

    @property
    def currency_code(self) -> str | None:
        """FID 8043 통화코드 (text)"""
        return to_text(self.values.get("8043"))

    @property
    def reservation_type(self) -> codes.UsReservationOrderType | str | None:
        """FID 50841 예약구분 (code)"""
        return to_code(self.values.get("50841"), codes.UsReservationOrderType)

    @property
    def country_code(self) -> str | None:
        """FID 55190 (재무)국가코드 사용 (text)"""
        return to_text(self.values.get("55190"))

    @property
    def country_name(self) -> str | None:
        """FID 1091 국가명 (text)"""
        return to_text(self.values.get("1091"))

    @property
    def side_name(self) -> str | None:
        """FID 50072 매도수구분명 (text)"""
        return to_text(self.values.get("50072"))

    @property
    def item_name(self) -> str | None:
        """FID 302 종목명 (text)"""
        return to_text(self.values.get("302"))

    @property
    def trade_type_name(self) -> str | None:
        """FID 50073 매매구분명 (text)"""
        return to_text(self.values.get("50073"))

    @property
    def exchange_code(self) -> str | None:
        """FID 8046 거래소코드 (text)"""
        return to_text(self.values.get("8046"))


class UsRealtimeOrderExecution(RealtimeEvent):
    """F5 미국주식 실시간 체결: US Real-Time Order Execution."""

    __slots__ = ()
    TYPE = "F5"
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

    @property
    def country_name(self) -> str | None:
        """FID 1091 국가명 (text)"""
        return to_text(self.values.get("1091"))

    @property
    def exchange_code(self) -> str | None:
        """FID 8046 거래소코드 (text)"""
        return to_text(self.values.get("8046"))

    @property
    def item_code(self) -> str | None:
        """FID 9001 종목코드 (text)"""
        return to_text(self.values.get("9001"))

    @property
    def item_name(self) -> str | None:
        """FID 302 종목명 (text)"""
        return to_text(self.values.get("302"))

    @property
    def original_order_no(self) -> str | None:
        """FID 904 원주문번호 (text)"""
        return to_text(self.values.get("904"))

    @property
    def order_no(self) -> str | None:
        """FID 9203 주문번호 (text)"""
        return to_text(self.values.get("9203"))

    @property
    def order_type(self) -> str | None:
        """FID 905 주문구분 (text)"""
        return to_text(self.values.get("905"))

    @property
    def side(self) -> codes.UsSellBuy | str | None:
        """FID 907 매도수구분 (code)"""
        return to_code(self.values.get("907"), codes.UsSellBuy)

    @property
    def order_exec_time(self) -> datetime.time | str | None:
        """FID 908 주문/체결시간 (time)"""
        return to_time(self.values.get("908"))

    @property
    def order_status(self) -> str | None:
        """FID 913 주문상태 (text)"""
        return to_text(self.values.get("913"))

    @property
    def order_qty(self) -> int | str | None:
        """FID 900 주문수량 (int)"""
        return to_int(self.values.get("900"))

    @property
    def order_price(self) -> Price | DecimalPrice | str | None:
        """FID 901 주문가격 (price)"""
        return to_price(self.values.get("901"))

    @property
    def unfilled_qty(self) -> int | str | None:
        """FID 902 미체결수량 (int)"""
        return to_int(self.values.get("902"))

    @property
    def exec_no(self) -> str | None:
        """FID 909 체결번호 (text)"""
        return to_text(self.values.get("909"))

    @property
    def exec_price(self) -> Price | DecimalPrice | str | None:
        """FID 910 체결가 (price)"""
        return to_price(self.values.get("910"))

    @property
    def exec_qty(self) -> int | str | None:
        """FID 911 체결량 (int)"""
        return to_int(self.values.get("911"))

    @property
    def holding_qty(self) -> int | str | None:
        """FID 930 보유수량 (int)"""
        return to_int(self.values.get("930"))

    @property
    def avg_purchase_price(self) -> Price | DecimalPrice | str | None:
        """FID 931 매입단가 (price)"""
        return to_price(self.values.get("931"))

    @property
    def today_sell_qty(self) -> int | str | None:
        """FID 934 당일매도수량 사용 (int)"""
        return to_int(self.values.get("934"))

    @property
    def today_buy_qty(self) -> int | str | None:
        """FID 936 당일매수수량 사용 (int)"""
        return to_int(self.values.get("936"))

    @property
    def prev_day_sell_qty(self) -> int | str | None:
        """FID 8004 전일매도수량 (int)"""
        return to_int(self.values.get("8004"))

    @property
    def prev_day_buy_qty(self) -> int | str | None:
        """FID 8005 전일매수수량 (int)"""
        return to_int(self.values.get("8005"))

    @property
    def profit_loss_amount(self) -> Decimal | str | None:
        """FID 8018 손익금액 (decimal)"""
        return to_decimal(self.values.get("8018"))

    @property
    def profit_loss_rate(self) -> Decimal | str | None:
        """FID 8019 손익율 (rate)"""
        return to_decimal(self.values.get("8019"))

    @property
    def currency_code(self) -> str | None:
        """FID 8043 통화코드 (text)"""
        return to_text(self.values.get("8043"))

    @property
    def tax_amount(self) -> Decimal | str | None:
        """FID 8075 세금 사용 (decimal)"""
        return to_decimal(self.values.get("8075"))

    @property
    def account_no(self) -> str | None:
        """FID 9201 계좌번호 (text)"""
        return to_text(self.values.get("9201"))

    @property
    def commission_amount(self) -> Decimal | str | None:
        """FID 13006 수수료 사용 (decimal)"""
        return to_decimal(self.values.get("13006"))

    @property
    def side_name(self) -> str | None:
        """FID 50072 매도수구분명 (text)"""
        return to_text(self.values.get("50072"))

    @property
    def trade_type_name(self) -> str | None:
        """FID 50073 매매구분명 (text)"""
        return to_text(self.values.get("50073"))

    @property
    def realized_pnl_purchase_amount(self) -> Decimal | str | None:
        """FID 50724 실현손익매입금 사용 (decimal)"""
        return to_decimal(self.values.get("50724"))

    @property
    def fx_realized_pnl_purchase_amount(self) -> int | str | None:
        """FID 50725 환전실현손익매입금액 사용 (int)"""
        return to_int(self.values.get("50725"))

    @property
    def stop_price(self) -> Price | DecimalPrice | str | None:
        """FID 50810 주문STOP가격 (price)"""
        return to_price(self.values.get("50810"))

    @property
    def reservation_type(self) -> codes.UsReservationOrderType | str | None:
        """FID 50841 예약구분 (code)"""
        return to_code(self.values.get("50841"), codes.UsReservationOrderType)

    @property
    def fx_realized_pnl_amount(self) -> int | str | None:
        """FID 50844 환전실현손익금액 사용 (signed_int)"""
        return to_int(self.values.get("50844"))

    @property
    def country_code(self) -> str | None:
        """FID 55190 (재무)국가코드 사용 (text)"""
        return to_text(self.values.get("55190"))


class UsRealtimeTradePrice(RealtimeEvent):
    """FE 미국주식 실시간 체결가: US Real-Time Trade Price."""

    __slots__ = ()
    TYPE = "FE"
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

    @property
    def current_price(self) -> Price | DecimalPrice | str | None:
        """FID 10 현재가 (price)"""
        return to_price(self.values.get("10"))

    @property
    def change(self) -> Decimal | str | None:
        """FID 11 전일대비 (decimal)"""
        return to_decimal(self.values.get("11"))

    @property
    def change_rate(self) -> Decimal | str | None:
        """FID 12 등락율 (rate)"""
        return to_decimal(self.values.get("12"))

    @property
    def cumulative_volume(self) -> int | str | None:
        """FID 13 누적거래량 (int)"""
        return to_int(self.values.get("13"))

    @property
    def cumulative_trade_value(self) -> Decimal | str | None:
        """FID 14 누적거래대금 (decimal)"""
        return to_decimal(self.values.get("14"))

    @property
    def trade_volume(self) -> int | str | None:
        """FID 15 체결량 (signed_int)"""
        return to_int(self.values.get("15"))

    @property
    def open_price(self) -> Price | DecimalPrice | str | None:
        """FID 16 시가 (price)"""
        return to_price(self.values.get("16"))

    @property
    def high_price(self) -> Price | DecimalPrice | str | None:
        """FID 17 고가 (price)"""
        return to_price(self.values.get("17"))

    @property
    def low_price(self) -> Price | DecimalPrice | str | None:
        """FID 18 저가 (price)"""
        return to_price(self.values.get("18"))

    @property
    def trade_time(self) -> datetime.time | str | None:
        """FID 20 시간 (time)"""
        return to_time(self.values.get("20"))

    @property
    def trade_date(self) -> datetime.date | str | None:
        """FID 22 체결일자 (date)"""
        return to_date(self.values.get("22"))

    @property
    def change_sign(self) -> codes.PriceChangeSign | str | None:
        """FID 25 전일대비기호 (code)"""
        return to_code(self.values.get("25"), codes.PriceChangeSign)

    @property
    def best_ask(self) -> Price | DecimalPrice | str | None:
        """FID 27 (최우선)매도호가 (price)"""
        return to_price(self.values.get("27"))

    @property
    def best_bid(self) -> Price | DecimalPrice | str | None:
        """FID 28 (최우선)매수호가 (price)"""
        return to_price(self.values.get("28"))

    @property
    def volume_ratio_vs_prev_day(self) -> DirectedRate | str | None:
        """FID 30 전일거래량대비(비율) (directed_rate)"""
        return to_directed_rate(self.values.get("30"))

    @property
    def trade_strength(self) -> Decimal | str | None:
        """FID 228 체결강도 (rate)"""
        return to_decimal(self.values.get("228"))

    @property
    def session_type(self) -> str | None:
        """FID 290 장구분 (text)"""
        return to_text(self.values.get("290"))

    @property
    def local_trade_time(self) -> datetime.time | str | None:
        """FID 51020 현지 체결시간 (time)"""
        return to_time(self.values.get("51020"))


class UsRealtimeOrderBook(RealtimeEvent):
    """FT 미국주식 10호가: US Real-Time 10-Level Order Book."""

    __slots__ = ()
    TYPE = "FT"
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

    @property
    def quote_time(self) -> datetime.time | str | None:
        """FID 21 시간 (time)"""
        return to_time(self.values.get("21"))

    @property
    def ask_price_1(self) -> Price | DecimalPrice | str | None:
        """FID 41 매도1호가 (price)"""
        return to_price(self.values.get("41"))

    @property
    def ask_qty_1(self) -> int | str | None:
        """FID 61 매도1호가잔량 (int)"""
        return to_int(self.values.get("61"))

    @property
    def ask_qty_change_1(self) -> int | str | None:
        """FID 81 매도1호가직전대비 (signed_int)"""
        return to_int(self.values.get("81"))

    @property
    def bid_price_1(self) -> Price | DecimalPrice | str | None:
        """FID 51 매수1호가 (price)"""
        return to_price(self.values.get("51"))

    @property
    def bid_qty_1(self) -> int | str | None:
        """FID 71 매수1호가잔량 (int)"""
        return to_int(self.values.get("71"))

    @property
    def bid_qty_change_1(self) -> int | str | None:
        """FID 91 매수1호가직전대비 (signed_int)"""
        return to_int(self.values.get("91"))

    @property
    def ask_price_2(self) -> Price | DecimalPrice | str | None:
        """FID 42 매도2호가 (price)"""
        return to_price(self.values.get("42"))

    @property
    def ask_qty_2(self) -> int | str | None:
        """FID 62 매도2호가잔량 (int)"""
        return to_int(self.values.get("62"))

    @property
    def ask_qty_change_2(self) -> int | str | None:
        """FID 82 매도2호가직전대비 (signed_int)"""
        return to_int(self.values.get("82"))

    @property
    def bid_price_2(self) -> Price | DecimalPrice | str | None:
        """FID 52 매수2호가 (price)"""
        return to_price(self.values.get("52"))

    @property
    def bid_qty_2(self) -> int | str | None:
        """FID 72 매수2호가잔량 (int)"""
        return to_int(self.values.get("72"))

    @property
    def bid_qty_change_2(self) -> int | str | None:
        """FID 92 매수2호가직전대비 (signed_int)"""
        return to_int(self.values.get("92"))

    @property
    def ask_price_3(self) -> Price | DecimalPrice | str | None:
        """FID 43 매도3호가 (price)"""
        return to_price(self.values.get("43"))

    @property
    def ask_qty_3(self) -> int | str | None:
        """FID 63 매도3호가잔량 (int)"""
        return to_int(self.values.get("63"))

    @property
    def ask_qty_change_3(self) -> int | str | None:
        """FID 83 매도3호가직전대비 (signed_int)"""
        return to_int(self.values.get("83"))

    @property
    def bid_price_3(self) -> Price | DecimalPrice | str | None:
        """FID 53 매수3호가 (price)"""
        return to_price(self.values.get("53"))

    @property
    def bid_qty_3(self) -> int | str | None:
        """FID 73 매수3호가잔량 (int)"""
        return to_int(self.values.get("73"))

    @property
    def bid_qty_change_3(self) -> int | str | None:
        """FID 93 매수3호가직전대비 (signed_int)"""
        return to_int(self.values.get("93"))

    @property
    def ask_price_4(self) -> Price | DecimalPrice | str | None:
        """FID 44 매도4호가 (price)"""
        return to_price(self.values.get("44"))

    @property
    def ask_qty_4(self) -> int | str | None:
        """FID 64 매도4호가잔량 (int)"""
        return to_int(self.values.get("64"))

    @property
    def ask_qty_change_4(self) -> int | str | None:
        """FID 84 매도4호가직전대비 (signed_int)"""
        return to_int(self.values.get("84"))

    @property
    def bid_price_4(self) -> Price | DecimalPrice | str | None:
        """FID 54 매수4호가 (price)"""
        return to_price(self.values.get("54"))

    @property
    def bid_qty_4(self) -> int | str | None:
        """FID 74 매수4호가잔량 (int)"""
        return to_int(self.values.get("74"))

    @property
    def bid_qty_change_4(self) -> int | str | None:
        """FID 94 매수4호가직전대비 (signed_int)"""
        return to_int(self.values.get("94"))

    @property
    def ask_price_5(self) -> Price | DecimalPrice | str | None:
        """FID 45 매도5호가 (price)"""
        return to_price(self.values.get("45"))

    @property
    def ask_qty_5(self) -> int | str | None:
        """FID 65 매도5호가잔량 (int)"""
        return to_int(self.values.get("65"))

    @property
    def ask_qty_change_5(self) -> int | str | None:
        """FID 85 매도5호가직전대비 (signed_int)"""
        return to_int(self.values.get("85"))

    @property
    def bid_price_5(self) -> Price | DecimalPrice | str | None:
        """FID 55 매수5호가 (price)"""
        return to_price(self.values.get("55"))

    @property
    def bid_qty_5(self) -> int | str | None:
        """FID 75 매수5호가잔량 (int)"""
        return to_int(self.values.get("75"))

    @property
    def bid_qty_change_5(self) -> int | str | None:
        """FID 95 매수5호가직전대비 (signed_int)"""
        return to_int(self.values.get("95"))

    @property
    def ask_price_6(self) -> Price | DecimalPrice | str | None:
        """FID 46 매도6호가 (price)"""
        return to_price(self.values.get("46"))

    @property
    def ask_qty_6(self) -> int | str | None:
        """FID 66 매도6호가잔량 (int)"""
        return to_int(self.values.get("66"))

    @property
    def ask_qty_change_6(self) -> int | str | None:
        """FID 86 매도6호가직전대비 (signed_int)"""
        return to_int(self.values.get("86"))

    @property
    def bid_price_6(self) -> Price | DecimalPrice | str | None:
        """FID 56 매수6호가 (price)"""
        return to_price(self.values.get("56"))

    @property
    def bid_qty_6(self) -> int | str | None:
        """FID 76 매수6호가잔량 (int)"""
        return to_int(self.values.get("76"))

    @property
    def bid_qty_change_6(self) -> int | str | None:
        """FID 96 매수6호가직전대비 (signed_int)"""
        return to_int(self.values.get("96"))

    @property
    def ask_price_7(self) -> Price | DecimalPrice | str | None:
        """FID 47 매도7호가 (price)"""
        return to_price(self.values.get("47"))

    @property
    def ask_qty_7(self) -> int | str | None:
        """FID 67 매도7호가잔량 (int)"""
        return to_int(self.values.get("67"))

    @property
    def ask_qty_change_7(self) -> int | str | None:
        """FID 87 매도7호가직전대비 (signed_int)"""
        return to_int(self.values.get("87"))

    @property
    def bid_price_7(self) -> Price | DecimalPrice | str | None:
        """FID 57 매수7호가 (price)"""
        return to_price(self.values.get("57"))

    @property
    def bid_qty_7(self) -> int | str | None:
        """FID 77 매수7호가잔량 (int)"""
        return to_int(self.values.get("77"))

    @property
    def bid_qty_change_7(self) -> int | str | None:
        """FID 97 매수7호가직전대비 (signed_int)"""
        return to_int(self.values.get("97"))

    @property
    def ask_price_8(self) -> Price | DecimalPrice | str | None:
        """FID 48 매도8호가 (price)"""
        return to_price(self.values.get("48"))

    @property
    def ask_qty_8(self) -> int | str | None:
        """FID 68 매도8호가잔량 (int)"""
        return to_int(self.values.get("68"))

    @property
    def ask_qty_change_8(self) -> int | str | None:
        """FID 88 매도8호가직전대비 (signed_int)"""
        return to_int(self.values.get("88"))

    @property
    def bid_price_8(self) -> Price | DecimalPrice | str | None:
        """FID 58 매수8호가 (price)"""
        return to_price(self.values.get("58"))

    @property
    def bid_qty_8(self) -> int | str | None:
        """FID 78 매수8호가잔량 (int)"""
        return to_int(self.values.get("78"))

    @property
    def bid_qty_change_8(self) -> int | str | None:
        """FID 98 매수8호가직전대비 (signed_int)"""
        return to_int(self.values.get("98"))

    @property
    def ask_price_9(self) -> Price | DecimalPrice | str | None:
        """FID 49 매도9호가 (price)"""
        return to_price(self.values.get("49"))

    @property
    def ask_qty_9(self) -> int | str | None:
        """FID 69 매도9호가잔량 (int)"""
        return to_int(self.values.get("69"))

    @property
    def ask_qty_change_9(self) -> int | str | None:
        """FID 89 매도9호가직전대비 (signed_int)"""
        return to_int(self.values.get("89"))

    @property
    def bid_price_9(self) -> Price | DecimalPrice | str | None:
        """FID 59 매수9호가 (price)"""
        return to_price(self.values.get("59"))

    @property
    def bid_qty_9(self) -> int | str | None:
        """FID 79 매수9호가잔량 (int)"""
        return to_int(self.values.get("79"))

    @property
    def bid_qty_change_9(self) -> int | str | None:
        """FID 99 매수9호가직전대비 (signed_int)"""
        return to_int(self.values.get("99"))

    @property
    def ask_price_10(self) -> Price | DecimalPrice | str | None:
        """FID 50 매도10호가 (price)"""
        return to_price(self.values.get("50"))

    @property
    def ask_qty_10(self) -> int | str | None:
        """FID 70 매도10호가잔량 (int)"""
        return to_int(self.values.get("70"))

    @property
    def ask_qty_change_10(self) -> int | str | None:
        """FID 90 매도10호가직전대비 (signed_int)"""
        return to_int(self.values.get("90"))

    @property
    def bid_price_10(self) -> Price | DecimalPrice | str | None:
        """FID 60 매수10호가 (price)"""
        return to_price(self.values.get("60"))

    @property
    def bid_qty_10(self) -> int | str | None:
        """FID 80 매수10호가잔량 (int)"""
        return to_int(self.values.get("80"))

    @property
    def bid_qty_change_10(self) -> int | str | None:
        """FID 100 매수10호가직전대비 (signed_int)"""
        return to_int(self.values.get("100"))

    @property
    def total_ask_qty(self) -> int | str | None:
        """FID 121 매도호가총잔량 (int)"""
        return to_int(self.values.get("121"))

    @property
    def total_ask_qty_change(self) -> int | str | None:
        """FID 122 매도호가총잔량직전대비 (signed_int)"""
        return to_int(self.values.get("122"))

    @property
    def total_bid_qty(self) -> int | str | None:
        """FID 125 매수호가총잔량 (int)"""
        return to_int(self.values.get("125"))

    @property
    def total_bid_qty_change(self) -> int | str | None:
        """FID 126 매수호가총잔량직전대비 (signed_int)"""
        return to_int(self.values.get("126"))


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
}


def decode(frame: bytes | str) -> list[Event]:
    """Decode one WebSocket frame; raise RealtimeDecodeError (with the raw frame) if malformed."""
    return decode_frame(frame, REGISTRY)
