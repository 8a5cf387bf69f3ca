"""Code tables shared by request and response fields, one enum each.

Responses keep a code the enum does not know as its raw string (see `_values.to_code`).
Generated from specs/codes/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AccountExchangeType(StrEnum):
    """거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#account_exchange_type"""

    UNIFIED = "0"  # 통합
    KRX = "1"  # KRX
    NXT = "2"  # NXT


class AdministrativeIssueInclusion(StrEnum):
    """관리종목포함: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#administrative_issue_inclusion"""

    EXCLUDE = "0"  # 관리종목 미포함
    INCLUDE = "1"  # 관리종목 포함


class AfterHoursStockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#after_hours_stock_condition"""

    ALL = "0"  # 전체조회
    EXCLUDE_ADMINISTRATIVE_ISSUE = "1"  # 관리종목제외
    EXCLUDE_LIQUIDATION_TRADING = "2"  # 정리매매종목제외
    EXCLUDE_PREFERRED_STOCK = "3"  # 우선주제외
    EXCLUDE_PREFERRED_AND_ADMINISTRATIVE = "4"  # 관리종목우선주제외
    EXCLUDE_MARGIN_100 = "5"  # 증100제외
    ONLY_MARGIN_100 = "6"  # 증100만보기
    ONLY_MARGIN_40 = "7"  # 증40만보기
    ONLY_MARGIN_30 = "8"  # 증30만보기
    ONLY_MARGIN_20 = "9"  # 증20만보기
    ONLY_MARGIN_50 = "12"  # 증50만보기
    ONLY_MARGIN_60 = "13"  # 증60만보기
    EXCLUDE_ETF = "14"  # ETF제외
    EXCLUDE_SPAC = "15"  # 스팩제외
    EXCLUDE_ETF_ETN = "16"  # ETF+ETN제외
    EXCLUDE_ETN = "17"  # ETN제외


class AfterHoursTradingValue(StrEnum):
    """거래대금: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#after_hours_trading_value"""

    ALL = "0"  # 전체조회
    MIN_5M = "5"  # 5백만원이상
    MIN_10M = "10"  # 1천만원이상
    MIN_30M = "30"  # 3천만원이상
    MIN_50M = "50"  # 5천만원이상
    MIN_100M = "100"  # 1억원이상
    MIN_300M = "300"  # 3억원이상
    MIN_500M = "500"  # 5억원이상
    MIN_1B = "1000"  # 10억원이상
    MIN_3B = "3000"  # 30억원이상
    MIN_5B = "5000"  # 50억원이상
    MIN_10B = "10000"  # 100억원이상


class AfterHoursVolumeCondition(StrEnum):
    """거래량조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#after_hours_volume_condition"""

    ALL = "0"  # 전체조회
    MIN_100 = "10"  # 백주이상
    MIN_500 = "50"  # 5백주이상
    MIN_1K = "100"  # 천주이상
    MIN_5K = "500"  # 5천주이상
    MIN_10K = "1000"  # 만주이상
    MIN_50K = "5000"  # 5만주이상
    MIN_100K = "10000"  # 10만주이상


class AllOnlyFilter(StrEnum):
    """추적지수: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#all_only_filter"""

    ALL = "0"  # 전체


class AllOrSingleStock(StrEnum):
    """전체종목구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#all_or_single_stock"""

    ALL = "0"  # 전체
    SINGLE_STOCK = "1"  # 종목


class AmountAndQuantity(StrEnum):
    """금액수량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#amount_and_quantity"""

    AMOUNT_AND_QUANTITY = "1"  # 금액&수량


class AmountMillionOrQuantityThousand(StrEnum):
    """금액수량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#amount_million_or_quantity_thousand"""

    AMOUNT_MILLION_KRW = "1"  # 금액(백만원)
    QUANTITY_THOUSAND_SHARES = "2"  # 수량(천주)


class AmountOrQuantity(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#amount_or_quantity"""

    AMOUNT = "1"  # 금액
    QUANTITY = "2"  # 수량


class AmountOrQuantityZeroBased(StrEnum):
    """금액수량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#amount_or_quantity_zero_based"""

    AMOUNT = "0"  # 금액
    QUANTITY = "1"  # 수량


class AmountTenMillionOrQuantityThousand(StrEnum):
    """금액수량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#amount_ten_million_or_quantity_thousand"""

    AMOUNT_TEN_MILLION_KRW = "1"  # 금액(천만)
    QUANTITY_THOUSAND_SHARES = "2"  # 수량(천)


class BalanceAggregation(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#balance_aggregation"""

    COMBINED = "1"  # 합산
    SEPARATE = "2"  # 개별


class BaseDateType(StrEnum):
    """기준일구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#base_date_type"""

    TODAY = "0"  # 당일기준
    PREVIOUS_DAY = "1"  # 전일기준


class BrokerRankPeriod(StrEnum):
    """기간: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#broker_rank_period"""

    TODAY = "0"  # 당일
    PREVIOUS_DAY = "1"  # 전일
    DAYS_5 = "5"  # 5일
    DAYS_10 = "10"  # 10일
    DAYS_60 = "60"  # 60일


class BrokerRankVolumeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#broker_rank_volume_filter"""

    ALL = "0"  # 전체
    SHARES_5K = "5"  # 5000주
    SHARES_10K = "10"  # 1만주
    SHARES_50K = "50"  # 5만주
    SHARES_100K = "100"  # 10만주
    SHARES_500K = "500"  # 50만주
    SHARES_1M = "1000"  # 100만주


class BrokerStockRankPeriod(StrEnum):
    """기간: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#broker_stock_rank_period"""

    PREVIOUS_DAY = "1"  # 전일
    DAYS_5 = "4"  # 5일
    DAYS_10 = "9"  # 10일
    DAYS_20 = "19"  # 20일
    DAYS_40 = "39"  # 40일
    DAYS_60 = "59"  # 60일
    DAYS_120 = "119"  # 120일


class BuySellRatioType(StrEnum):
    """비율구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#buy_sell_ratio_type"""

    BUY_TO_SELL = "1"  # 매수/매도비율
    SELL_TO_BUY = "2"  # 매도/매수비율


class CashCreditType(StrEnum):
    """현금신용구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#cash_credit_type"""

    ALL = "0"  # 전체
    CASH_ONLY = "1"  # 현금매매만
    CREDIT_ONLY = "2"  # 신용매매만


class ChangeRateRankStockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#change_rate_rank_stock_condition"""

    ALL = "0"  # 전체조회
    EXCLUDE_ADMINISTRATIVE_ISSUE = "1"  # 관리종목제외
    EXCLUDE_PREFERRED_AND_ADMINISTRATIVE = "4"  # 우선주+관리주제외
    EXCLUDE_PREFERRED_STOCK = "3"  # 우선주제외
    EXCLUDE_MARGIN_100 = "5"  # 증100제외
    ONLY_MARGIN_100 = "6"  # 증100만보기
    ONLY_MARGIN_40 = "7"  # 증40만보기
    ONLY_MARGIN_30 = "8"  # 증30만보기
    ONLY_MARGIN_20 = "9"  # 증20만보기
    EXCLUDE_LIQUIDATION_TRADING = "11"  # 정리매매종목제외
    ONLY_MARGIN_50 = "12"  # 증50만보기
    ONLY_MARGIN_60 = "13"  # 증60만보기
    EXCLUDE_ETF = "14"  # ETF제외
    EXCLUDE_SPAC = "15"  # 스펙제외
    EXCLUDE_ETF_ETN = "16"  # ETF+ETN제외


class ChangeRateSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#change_rate_sort"""

    RISE_RATE = "1"  # 상승률
    RISE_AMOUNT = "2"  # 상승폭
    FALL_RATE = "3"  # 하락률
    FALL_AMOUNT = "4"  # 하락폭
    UNCHANGED = "5"  # 보합


class CheckFlag(StrEnum):
    """외국계전체: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#check_flag"""

    CHECKED = "1"  # 체크
    UNCHECKED = "0"  # 미체크


class CloseOrDateSort(StrEnum):
    """정렬기준: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#close_or_date_sort"""

    CLOSE_PRICE = "1"  # 종가순
    DATE = "2"  # 날짜순


class ComparePriceBasis(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#compare_price_basis"""

    OPEN = "1"  # 시가
    HIGH = "2"  # 고가
    LOW = "3"  # 저가
    BASE_PRICE = "4"  # 기준가


class CompositeIndexCode(StrEnum):
    """업종코드: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#composite_index_code"""

    KOSPI_COMPOSITE = "001"  # 종합(KOSPI)
    KOSDAQ_COMPOSITE = "101"  # 종합(KOSDAQ)


class ConditionInsertDelete(StrEnum):
    """삽입삭제 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#condition_insert_delete"""

    INSERT = "I"  # 삽입
    DELETE = "D"  # 삭제


class ConditionSearchExchange(StrEnum):
    """거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#condition_search_exchange"""

    KRX = "K"  # KRX


class ConditionSearchRealtimeType(StrEnum):
    """조회타입: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#condition_search_realtime_type"""

    CONDITION_SEARCH_WITH_REALTIME = "1"  # 조건검색+실시간조건검색


class ConditionSearchType(StrEnum):
    """조회타입: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#condition_search_type"""

    CONDITION_SEARCH = "0"  # 조건검색


class ConsecutiveNetTrade(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#consecutive_net_trade"""

    CONSECUTIVE_NET_SELL = "1"  # 연속순매도
    CONSECUTIVE_NET_BUY = "2"  # 연속순매수


class ConsecutiveTradePeriod(StrEnum):
    """기간: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#consecutive_trade_period"""

    LATEST_DAY = "1"  # 최근일
    DAYS_3 = "3"  # 3일
    DAYS_5 = "5"  # 5일
    DAYS_10 = "10"  # 10일
    DAYS_20 = "20"  # 20일
    DAYS_120 = "120"  # 120일
    CUSTOM_DATE_RANGE = "0"  # 시작일자/종료일자로 조회


class ConsignmentTransactionType(StrEnum):
    """구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#consignment_transaction_type"""

    ALL = "0"  # 전체
    DEPOSIT_WITHDRAWAL = "1"  # 입출금
    SECURITIES_IN_OUT = "2"  # 입출고
    TRADE = "3"  # 매매
    BUY = "4"  # 매수
    SELL = "5"  # 매도
    DEPOSIT = "6"  # 입금
    WITHDRAWAL = "7"  # 출금
    DEPOSIT_COLLATERAL_LOAN_DEPOSIT = "A"  # 예탁담보대출입금
    SALE_COLLATERAL_LOAN_DEPOSIT = "B"  # 매도담보대출입금
    CASH_REPAYMENT = "C"  # 현금상환(융자,담보상환)
    CURRENCY_EXCHANGE = "F"  # 환전
    DEPOSIT_WITHDRAWAL_AND_EXCHANGE = "M"  # 입출금+환전
    FOREIGN_CURRENCY_BUY = "G"  # 외화매수
    FOREIGN_CURRENCY_SELL = "H"  # 외화매도
    EXCHANGE_SETTLEMENT_DEPOSIT = "I"  # 환전정산입금
    EXCHANGE_SETTLEMENT_WITHDRAWAL = "J"  # 환전정산출금


class ContinuationRequest(StrEnum):
    """연속조회여부: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#continuation_request"""

    CONTINUATION = "Y"  # 연속조회요청
    NO_CONTINUATION = "N"  # 연속조회미요청


class CreditCondition(StrEnum):
    """신용조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_condition"""

    ALL = "0"  # 전체조회
    CREDIT_LOAN_GROUP_A = "1"  # 신용융자A군
    CREDIT_LOAN_GROUP_B = "2"  # 신용융자B군
    CREDIT_LOAN_GROUP_C = "3"  # 신용융자C군
    CREDIT_LOAN_GROUP_D = "4"  # 신용융자D군
    CREDIT_LOAN_GROUP_E = "7"  # 신용융자E군
    CREDIT_LOAN_ALL = "9"  # 신용융자전체


class CreditConditionAfterHours(StrEnum):
    """신용조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_condition_after_hours"""

    ALL = "0"  # 전체조회
    CREDIT_LOAN_ALL = "9"  # 신용융자전체
    CREDIT_LOAN_GROUP_A = "1"  # 신용융자A군
    CREDIT_LOAN_GROUP_B = "2"  # 신용융자B군
    CREDIT_LOAN_GROUP_C = "3"  # 신용융자C군
    CREDIT_LOAN_GROUP_D = "4"  # 신용융자D군
    CREDIT_LOAN_GROUP_E = "7"  # 신용융자E군
    CREDIT_STOCK_LOAN = "8"  # 신용대주
    EXCLUDE_CREDIT_LIMIT_EXCEEDED = "5"  # 신용한도초과제외


class CreditConditionWithStockLoan(StrEnum):
    """신용조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_condition_with_stock_loan"""

    ALL = "0"  # 전체조회
    CREDIT_LOAN_GROUP_A = "1"  # 신용융자A군
    CREDIT_LOAN_GROUP_B = "2"  # 신용융자B군
    CREDIT_LOAN_GROUP_C = "3"  # 신용융자C군
    CREDIT_LOAN_GROUP_D = "4"  # 신용융자D군
    EXCLUDE_CREDIT_LIMIT_EXCEEDED = "5"  # 신용한도초과제외
    CREDIT_LOAN_GROUP_E = "7"  # 신용융자E군
    CREDIT_STOCK_LOAN = "8"  # 신용대주
    CREDIT_LOAN_ALL = "9"  # 신용융자전체


class CreditDealType(StrEnum):
    """신용거래구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_deal_type"""

    LOAN = "33"  # 융자
    LOAN_COMBINED = "99"  # 융자합


class CreditLimitExceededText(StrEnum):
    """신용한도초과: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_limit_exceeded_text"""

    BLANK = "N"  # 공란
    COMPANY_LIMIT_EXCEEDED = "Y"  # 회사한도 초과


class CreditLoanMarketType(StrEnum):
    """시장거래구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_loan_market_type"""

    ALL = "%"  # 전체
    KOSPI = "1"  # 코스피
    KOSDAQ = "0"  # 코스닥


class CreditRatioVolumeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_ratio_volume_filter"""

    ALL = "0"  # 전체조회
    MIN_10K = "10"  # 만주이상
    MIN_50K = "50"  # 5만주이상
    MIN_100K = "100"  # 10만주이상
    MIN_200K = "200"  # 20만주이상
    MIN_300K = "300"  # 30만주이상
    MIN_500K = "500"  # 50만주이상
    MIN_1M = "1000"  # 백만주이상


class CreditStockGrade(StrEnum):
    """신용종목등급구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_stock_grade"""

    ALL = "%"  # 전체
    GROUP_A = "A"  # A군
    GROUP_B = "B"  # B군
    GROUP_C = "C"  # C군
    GROUP_D = "D"  # D군
    GROUP_E = "E"  # E군


class CreditType(StrEnum):
    """신용구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#credit_type"""

    ALL = "0"  # 전체조회
    CREDIT_LOAN_ALL = "9"  # 신용융자전체
    CREDIT_LOAN_GROUP_A = "1"  # 신용융자A군
    CREDIT_LOAN_GROUP_B = "2"  # 신용융자B군
    CREDIT_LOAN_GROUP_C = "3"  # 신용융자C군
    CREDIT_LOAN_GROUP_D = "4"  # 신용융자D군
    CREDIT_STOCK_LOAN = "8"  # 신용대주


class CurrencyBasis(StrEnum):
    """외화원화구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#currency_basis"""

    FOREIGN_CURRENCY = "0"  # 외화
    KRW = "1"  # 원화


class CurrencyExchangeDirection(StrEnum):
    """환전구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#currency_exchange_direction"""

    KRW_TO_USD = "1"  # 원화(KRW)->달러(USD)
    USD_TO_KRW = "2"  # 달러(USD)->원화(KRW)


class CurrentPriceEntryInclusion(StrEnum):
    """현재가진입: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#current_price_entry_inclusion"""

    EXCLUDE = "0"  # 현재가 매물대 진입 포함안함
    INCLUDE = "1"  # 현재가 매물대 진입포함


class CycleDays(StrEnum):
    """주기구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#cycle_days"""

    DAYS_5 = "5"  # 5일
    DAYS_10 = "10"  # 10일
    DAYS_20 = "20"  # 20일
    DAYS_60 = "60"  # 60일
    DAYS_250 = "250"  # 250일


class DailyVolumeTopFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#daily_volume_top_filter"""

    ALL = "0"  # 전체조회
    MIN_5K = "5"  # 5천주이상
    MIN_10K = "10"  # 1만주이상
    MIN_50K = "50"  # 5만주이상
    MIN_100K = "100"  # 10만주이상
    MIN_200K = "200"  # 20만주이상
    MIN_300K = "300"  # 30만주이상
    MIN_500K = "500"  # 500만주이상
    MIN_1M = "1000"  # 백만주이상


class DateRangeType(StrEnum):
    """시간구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#date_range_type"""

    START_DATE = "0"  # 시작일
    PERIOD = "1"  # 기간


class DateUnit(StrEnum):
    """일,주,월단위구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#date_unit"""

    DAY = "D"  # 일
    WEEK = "W"  # 주
    MONTH = "M"  # 월


class DayTradeSellScope(StrEnum):
    """단주구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#day_trade_sell_scope"""

    SELL_OF_TODAY_BUY = "1"  # 당일매수에 대한 당일매도
    ALL_TODAY_SELL = "2"  # 당일매도 전체


class DelistedFilter(StrEnum):
    """상장폐지조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#delisted_filter"""

    ALL = "0"  # 전체
    EXCLUDE_DELISTED = "1"  # 상장폐지종목제외


class DepositQueryType(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#deposit_query_type"""

    ESTIMATED = "3"  # 추정조회
    NORMAL = "2"  # 일반조회


class DisplayAll(StrEnum):
    """전체구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#display_all"""

    SHOW_ALL = "1"  # 전체표시


class DisplayInputStockOnly(StrEnum):
    """전체구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#display_input_stock_only"""

    INPUT_STOCK_ONLY = "0"  # 종목코드 입력종목만 표시


class DomesticExchange(StrEnum):
    """국내거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#domestic_exchange"""

    KRX = "KRX"  # 한국거래소
    NXT = "NXT"  # 넥스트트레이드


class DomesticExchangeWithAll(StrEnum):
    """국내거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#domestic_exchange_with_all"""

    ALL = "%"  # (전체)
    KRX = "KRX"  # 한국거래소
    NXT = "NXT"  # 넥스트트레이드


class DomesticExchangeWithAllAndSor(StrEnum):
    """국내거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#domestic_exchange_with_all_and_sor"""

    ALL = "%"  # (전체)
    KRX = "KRX"  # 한국거래소
    NXT = "NXT"  # 넥스트트레이드
    SOR = "SOR"  # 최선주문집행


class DomesticExchangeWithSor(StrEnum):
    """국내거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#domestic_exchange_with_sor"""

    KRX = "KRX"  # KRX
    NXT = "NXT"  # NXT
    SOR = "SOR"  # SOR


class ElwBrokerPeriod(StrEnum):
    """기간: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_broker_period"""

    PREVIOUS_DAY = "1"  # 전일
    DAYS_5 = "5"  # 5일
    DAYS_10 = "10"  # 10일
    DAYS_40 = "40"  # 40일
    DAYS_60 = "60"  # 60일


class ElwChangeRateSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_change_rate_sort"""

    RISE_RATE = "1"  # 상승률
    RISE_AMOUNT = "2"  # 상승폭
    FALL_RATE = "3"  # 하락률
    FALL_AMOUNT = "4"  # 하락폭


class ElwNetTradeVolumeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_net_trade_volume_filter"""

    ALL = "0"  # 전체
    SHARES_5K = "5"  # 5천주
    SHARES_10K = "10"  # 만주
    SHARES_50K = "50"  # 5만주
    SHARES_100K = "100"  # 10만주
    SHARES_500K = "500"  # 50만주
    SHARES_1M = "1000"  # 백만주


class ElwRemainingQtySort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_remaining_qty_sort"""

    NET_BUY_REMAINING_TOP = "1"  # 순매수잔량상위
    NET_SELL_REMAINING_TOP = "2"  # 순매도 잔량상위


class ElwRightType(StrEnum):
    """권리구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_right_type"""

    ALL = "000"  # 전체
    CALL = "001"  # 콜
    PUT = "002"  # 풋
    DC = "003"  # DC
    DP = "004"  # DP
    EX = "005"  # EX
    EARLY_TERMINATION_CALL = "006"  # 조기종료콜
    EARLY_TERMINATION_PUT = "007"  # 조기종료풋


class ElwRightTypeSingleDigit(StrEnum):
    """권리구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_right_type_single_digit"""

    ALL = "0"  # 전체
    CALL = "1"  # 콜
    PUT = "2"  # 풋
    DC = "3"  # DC
    DP = "4"  # DP
    EX = "5"  # EX
    EARLY_TERMINATION_CALL = "6"  # 조기종료콜
    EARLY_TERMINATION_PUT = "7"  # 조기종료풋


class ElwRightTypeWithoutEx(StrEnum):
    """권리구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_right_type_without_ex"""

    ALL = "000"  # 전체
    CALL = "001"  # 콜
    PUT = "002"  # 풋
    DC = "003"  # DC
    DP = "004"  # DP
    EARLY_TERMINATION_CALL = "006"  # 조기종료콜
    EARLY_TERMINATION_PUT = "007"  # 조기종료풋


class ElwSearchSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_search_sort"""

    NONE = "0"  # 정렬없음
    RISE_RATE = "1"  # 상승율순
    RISE_AMOUNT = "2"  # 상승폭순
    FALL_RATE = "3"  # 하락율순
    FALL_AMOUNT = "4"  # 하락폭순
    VOLUME = "5"  # 거래량순
    TRADING_VALUE = "6"  # 거래대금순
    REMAINING_DAYS = "7"  # 잔존일순


class ElwSurgeVolumeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#elw_surge_volume_filter"""

    ALL = "0"  # 전체
    MIN_10K = "10"  # 만주이상
    MIN_50K = "50"  # 5만주이상
    MIN_100K = "100"  # 10만주이상
    MIN_300K = "300"  # 30만주이상
    MIN_500K = "500"  # 50만주이상
    MIN_1M = "1000"  # 백만주이상


class EndedElwFilter(StrEnum):
    """거래종료ELW제외: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#ended_elw_filter"""

    EXCLUDE_ENDED_ELW = "1"  # 거래종료ELW제외
    INCLUDE_ENDED_ELW = "0"  # 거래종료ELW포함


class EndedElwInclusion(StrEnum):
    """거래종료ELW제외: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#ended_elw_inclusion"""

    INCLUDE = "0"  # 포함
    EXCLUDE = "1"  # 제외


class EndedTradingFilter(StrEnum):
    """거래종료제외: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#ended_trading_filter"""

    EXCLUDE_ENDED = "1"  # 거래종료제외
    INCLUDE_ENDED = "0"  # 거래종료포함


class EstimatedUnitPriceType(StrEnum):
    """기관추정단가구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#estimated_unit_price_type"""

    BUY_PRICE = "1"  # 매수단가
    SELL_PRICE = "2"  # 매도단가


class EtfAssetManager(StrEnum):
    """운용사: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#etf_asset_manager"""

    ALL = "0000"  # 전체
    KODEX_SAMSUNG = "3020"  # KODEX(삼성)
    KOSEF_KIWOOM = "3027"  # KOSEF(키움)
    TIGER_MIRAE_ASSET = "3191"  # TIGER(미래에셋)
    KINDEX_KOREA_INVESTMENT = "3228"  # KINDEX(한국투자)
    KSTAR_KB = "3023"  # KStar(KB)
    ARIRANG_HANWHA = "3022"  # 아리랑(한화)
    OTHER_MANAGER = "9999"  # 기타운용사


class EtfCategoryLevel(StrEnum):
    """구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#etf_category_level"""

    ALL = "%"  # 전체
    PRIMARY_CATEGORY = "1"  # 카테고리1차
    SECONDARY_CATEGORY = "2"  # 카테고리2차


class EtfReturnPeriod(StrEnum):
    """기간: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#etf_return_period"""

    ONE_WEEK = "0"  # 1주
    ONE_MONTH = "1"  # 1달
    SIX_MONTHS = "2"  # 6개월
    ONE_YEAR = "3"  # 1년


class EtfTaxableFilter(StrEnum):
    """과세여부: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#etf_taxable_filter"""

    ALL = "0"  # 전체
    TAXABLE = "1"  # 과세
    TAX_EXEMPT = "2"  # 비과세


class EtfTaxationType(StrEnum):
    """과세유형: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#etf_taxation_type"""

    ALL = "0"  # 전체
    TAX_EXEMPT = "1"  # 비과세
    HOLDING_PERIOD_TAXED = "2"  # 보유기간과세
    CORPORATE_TYPE = "3"  # 회사형
    FOREIGN = "4"  # 외국
    TAX_EXEMPT_OVERSEAS_HOLDING_PERIOD = "5"  # 비과세해외(보유기간관세)


class ExchangeRateType(StrEnum):
    """환율구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#exchange_rate_type"""

    BASE_RATE = "0"  # 기준환율
    ACCOUNT_APPLIED_RATE = "1"  # 계좌적용환율
    PREVIOUS_DAY_FINAL_RATE = "2"  # 전일최종환율


class ExchangeType(StrEnum):
    """거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#exchange_type"""

    KRX = "1"  # KRX
    NXT = "2"  # NXT
    UNIFIED = "3"  # 통합


class ExecutionDayType(StrEnum):
    """당일전일: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#execution_day_type"""

    TODAY = "1"  # 당일
    PREVIOUS_DAY = "2"  # 전일


class ExpectedExecutionChangeSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#expected_execution_change_sort"""

    RISE_RATE = "1"  # 상승률
    RISE_AMOUNT = "2"  # 상승폭
    UNCHANGED = "3"  # 보합
    FALL_RATE = "4"  # 하락률
    FALL_AMOUNT = "5"  # 하락폭
    EXECUTION_VOLUME = "6"  # 체결량
    UPPER_LIMIT = "7"  # 상한
    LOWER_LIMIT = "8"  # 하한


class ExpectedExecutionVolumeCondition(StrEnum):
    """거래량조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#expected_execution_volume_condition"""

    ALL = "0"  # 전체조회
    MIN_1K = "1"  # 천주이상
    MIN_3K = "3"  # 3천주
    MIN_5K = "5"  # 5천주
    MIN_10K = "10"  # 만주이상
    MIN_50K = "50"  # 5만주이상
    MIN_100K = "100"  # 10만주이상


class FillFilter(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#fill_filter"""

    ALL = "0"  # 전체
    FILLED = "1"  # 체결


class ForcedLiquidationType(StrEnum):
    """반대매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#forced_liquidation_type"""

    ALL = "%"  # 전체
    NORMAL = "0"  # 일반
    FORCED_LIQUIDATION = "1"  # 반대매매


class ForeignTradeType(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#foreign_trade_type"""

    LIMIT = "00"  # 지정가
    MARKET = "03"  # 시장가
    ENHANCED_LIMIT = "11"  # Enhanced Limit Order
    SPECIAL_LIMIT = "12"  # Special Limit Order
    LIMIT_ON_CLOSE = "30"  # Limit On Close
    MARKET_ON_CLOSE = "33"  # Market On Close
    STOP_LIMIT = "34"  # Stop Limit
    STOP_MARKET = "35"  # Stop Market
    VWAP = "36"  # VWAP
    TWAP = "37"  # TWAP


class GoldSpotExchangeWithAllAndSor(StrEnum):
    """국내거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#gold_spot_exchange_with_all_and_sor"""

    ALL = "%"  # (전체)
    KRX = "KRX"  # KRX
    NXT = "NXT"  # NXT
    SOR = "SOR"  # SOR


class GoldSpotStockCode(StrEnum):
    """종목코드: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#gold_spot_stock_code"""

    GOLD_9999_1KG = "M04020000"  # 금 99.99_1kg
    MINI_GOLD_9999_100G = "M04020100"  # 미니금 99.99_100g


class GoldTradeType(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#gold_trade_type"""

    LIMIT = "00"  # 보통
    LIMIT_IOC = "10"  # 보통(IOC)
    LIMIT_FOK = "20"  # 보통(FOK)


class GoldTransactionType(StrEnum):
    """구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#gold_transaction_type"""

    ALL = "0"  # 전체
    DEPOSIT_WITHDRAWAL = "1"  # 입출금
    TRANSFER_OUT = "2"  # 출고
    TRADE = "3"  # 매매
    BUY = "4"  # 매수
    SELL = "5"  # 매도
    DEPOSIT = "6"  # 입금
    WITHDRAWAL = "7"  # 출금


class HighLowLookback(StrEnum):
    """기간구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#high_low_lookback"""

    YEAR_TO_DATE = "0"  # 연중
    WEEKS_52 = "1"  # 52주


class HighLowOrCloseBasis(StrEnum):
    """고저종구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#high_low_or_close_basis"""

    HIGH_LOW = "1"  # 고저기준
    CLOSE = "2"  # 종가기준


class HighOrLow(StrEnum):
    """고저구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#high_or_low"""

    HIGH = "1"  # 고가
    LOW = "2"  # 저가


class IncludeFlag(StrEnum):
    """상하한포함: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#include_flag"""

    NOT_INCLUDED = "0"  # 미포함
    INCLUDED = "1"  # 포함


class IncludeLimitPrice(StrEnum):
    """상하한포함: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#include_limit_price"""

    NOT_INCLUDED = "0"  # 불 포함
    INCLUDED = "1"  # 포함


class IncludeUpperLowerLimit(StrEnum):
    """상하한포함: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#include_upper_lower_limit"""

    NOT_INCLUDED = "0"  # 상하한 미포함
    INCLUDED = "1"  # 상하한포함


class IndustryListCountry(StrEnum):
    """구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#industry_list_country"""

    ALL = "%"  # 전체
    US = "1"  # 미국


class IndustryMarketType(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#industry_market_type"""

    KOSPI = "0"  # 코스피
    KOSDAQ = "1"  # 코스닥
    KOSPI200 = "2"  # 코스피200


class IndustryMarketTypeWithKrx100(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#industry_market_type_with_krx100"""

    KOSPI = "0"  # 코스피(거래소)
    KOSDAQ = "1"  # 코스닥
    KOSPI200 = "2"  # KOSPI200
    KOSPI100 = "4"  # KOSPI100
    KRX100 = "7"  # KRX100(통합지수)


class InstitutionType(StrEnum):
    """기관구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#institution_type"""

    FOREIGN = "9000"  # 외국인
    FOREIGN_AFFILIATED = "9100"  # 외국계
    FINANCIAL_INVESTMENT = "1000"  # 금융투자
    INVESTMENT_TRUST = "3000"  # 투신
    OTHER_FINANCIAL = "5000"  # 기타금융
    BANK = "4000"  # 은행
    INSURANCE = "2000"  # 보험
    PENSION_FUND = "6000"  # 연기금
    GOVERNMENT = "7000"  # 국가
    OTHER_CORPORATION = "7100"  # 기타법인
    INSTITUTION_TOTAL = "9999"  # 기관계


class IntradayInvestor(StrEnum):
    """투자자별: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#intraday_investor"""

    FOREIGN = "6"  # 외국인
    INSTITUTION_TOTAL = "7"  # 기관계
    INVESTMENT_TRUST = "1"  # 투신
    INSURANCE = "0"  # 보험
    BANK = "2"  # 은행
    PENSION_FUND = "3"  # 연기금
    GOVERNMENT = "4"  # 국가
    OTHER_CORPORATION = "5"  # 기타법인


class InvestmentCautionStatus(StrEnum):
    """투자유의종목여부: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#investment_caution_status"""

    NONE = "0"  # 해당없음
    LIQUIDATION_TRADING = "2"  # 정리매매
    SHORT_TERM_OVERHEATED = "3"  # 단기과열
    INVESTMENT_RISK = "4"  # 투자위험
    INVESTMENT_WARNING = "5"  # 투자경과
    ETF_INVESTMENT_CAUTION = "1"  # ETF투자주의요망(ETF인 경우만 전달


class InvestorQuantityUnit(StrEnum):
    """단위구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#investor_quantity_unit"""

    THOUSAND_SHARES = "1000"  # 천주
    SINGLE_SHARE = "1"  # 단주


class InvestorTradeType(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#investor_trade_type"""

    NET_BUY = "0"  # 순매수
    BUY = "1"  # 매수
    SELL = "2"  # 매도


class InvestorType(StrEnum):
    """투자자구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#investor_type"""

    INDIVIDUAL = "8000"  # 개인
    FOREIGN = "9000"  # 외국인
    FINANCIAL_INVESTMENT = "1000"  # 금융투자
    INVESTMENT_TRUST = "3000"  # 투신
    PRIVATE_EQUITY_FUND = "3100"  # 사모펀드
    OTHER_FINANCIAL = "5000"  # 기타금융
    BANK = "4000"  # 은행
    INSURANCE = "2000"  # 보험
    PENSION_FUND = "6000"  # 연기금
    GOVERNMENT = "7000"  # 국가
    OTHER_CORPORATION = "7100"  # 기타법인
    INSTITUTION_TOTAL = "9999"  # 기관계


class KiwoomRankChangeSign(StrEnum):
    """키움상위순위등락부호: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#kiwoom_rank_change_sign"""

    NEW = "0"  # 신규
    RISE = "1"  # 상승
    FALL = "2"  # 하락
    UNCHANGED = "3"  # 동일


class KospiOrKosdaq(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#kospi_or_kosdaq"""

    KOSPI = "001"  # 코스피
    KOSDAQ = "101"  # 코스닥


class KospiOrKosdaqBinary(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#kospi_or_kosdaq_binary"""

    KOSPI = "0"  # 코스피
    KOSDAQ = "1"  # 코스닥


class KrwSubstituteExclusion(StrEnum):
    """원화대용입출금제외여부: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#krw_substitute_exclusion"""

    EXCLUDE = "Y"  # 제외
    NOT_EXCLUDE = "N"  # 비제외


class KrwSubstituteRegistration(StrEnum):
    """등록해지구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#krw_substitute_registration"""

    REGISTERED = "1"  # 신청
    CANCELLED_OR_NOT_REGISTERED = "2"  # 해지 또는 미신청


class LoanOrStockLoan(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#loan_or_stock_loan"""

    LOAN = "1"  # 융자
    STOCK_LOAN = "2"  # 대주


class MarginReductionType(StrEnum):
    """증거금감면적용구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#margin_reduction_type"""

    NORMAL = "0"  # 일반
    REDUCTION_60_PCT = "1"  # 60%감면


class MarketOperationEvent(StrEnum):
    """장운영구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#market_operation_event"""

    PRE_OPEN_NOTICE = "0"  # 장시작전 알림(8:40~)
    OPEN = "3"  # 장시작(09:00)
    CLOSE_NOTICE = "2"  # 장마감 알림(15:20~)
    CLOSE = "4"  # 장마감(15:30)
    REGULAR_SESSION_CLOSED = "8"  # 정규장마감(거래소 수신시 15:30 이후)
    ALL_SESSIONS_CLOSED = "9"  # 전체장마감(거래소 수신시 18:00 이후)
    CLOSING_PRICE_TRADING_START = "a"  # 시간외 종가매매 시작(15:40)
    CLOSING_PRICE_TRADING_END = "b"  # 시간외 종가매매 종료(16:00)
    SINGLE_PRICE_TRADING_START = "c"  # 시간외 단일가 시작(16:00)
    SINGLE_PRICE_TRADING_END = "d"  # 시간외 단일가 종료(18:00)
    DERIVATIVES_CLOSING_AUCTION_END = "e"  # 선옵 장마감전 동시호가 종료
    DERIVATIVES_EARLY_OPEN_NOTICE = "f"  # 선물옵션 장운영시간 알림(조기개장 상품)
    DERIVATIVES_OPEN = "o"  # 선옵 장시작
    DERIVATIVES_CLOSING_AUCTION_START = "s"  # 선옵 장마감전 동시호가 시작
    NXT_PRE_MARKET_START = "P"  # NXT 프리마켓 시작 알림
    NXT_PRE_MARKET_END = "Q"  # NXT 프리마켓 종료 알림
    NXT_MAIN_MARKET_START = "R"  # NXT 메인마켓 시작 알림
    NXT_MAIN_MARKET_END = "S"  # NXT 메인마켓 종료 알림
    NXT_AFTER_MARKET_SINGLE_PRICE_START = "T"  # NXT 에프터마켓 단일가 시작 알림
    NXT_AFTER_MARKET_START = "U"  # NXT 에프터마켓 시작 알림
    NXT_AFTER_MARKET_END = "V"  # NXT 에프터마켓 종료 알림


class MarketOperationType(StrEnum):
    """장운영구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#market_operation_type"""

    ALL = "0"  # 전체조회
    INTRADAY = "1"  # 장중
    PRE_MARKET_AFTER_HOURS = "2"  # 장전시간외
    POST_MARKET_AFTER_HOURS = "3"  # 장후시간외


class MarketSecurityType(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#market_security_type"""

    KOSPI = "0"  # 코스피
    KOSDAQ = "10"  # 코스닥
    K_OTC = "30"  # K-OTC
    KONEX = "50"  # 코넥스
    ETN = "60"  # ETN
    LOSS_LIMITED_ETN = "70"  # 손실제한 ETN
    GOLD_SPOT = "80"  # 금현물
    VOLATILITY_ETN = "90"  # 변동성 ETN
    INFRASTRUCTURE_FUND = "2"  # 인프라투융자
    ELW = "3"  # ELW
    MUTUAL_FUND = "4"  # 뮤추얼펀드
    SUBSCRIPTION_WARRANT = "5"  # 신주인수권
    REITS = "6"  # 리츠종목
    SUBSCRIPTION_RIGHT_CERTIFICATE = "7"  # 신주인수권증서
    ETF = "8"  # ETF
    HIGH_YIELD_FUND = "9"  # 하이일드펀드


class MarketSession(StrEnum):
    """장전구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#market_session"""

    ALL = "0"  # 전체
    REGULAR_MARKET = "1"  # 정규시장
    AFTER_HOURS_SINGLE_PRICE = "2"  # 시간외단일가


class MarketType(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#market_type"""

    ALL = "000"  # 전체
    KOSPI = "001"  # 코스피
    KOSDAQ = "101"  # 코스닥


class MarketTypeOrStock(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#market_type_or_stock"""

    ALL = "0"  # 전체
    KOSPI = "1"  # 코스피
    KOSDAQ = "2"  # 코스닥
    STOCK = "3"  # 종목


class MarketTypeWithKospi200(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#market_type_with_kospi200"""

    ALL = "000"  # 전체
    KOSPI = "001"  # 코스피
    KOSDAQ = "101"  # 코스닥
    KOSPI200 = "201"  # 코스피200


class MarketTypeWithOtc(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#market_type_with_otc"""

    ALL = "0"  # 전체
    KOSPI = "1"  # 코스피
    KOSDAQ = "2"  # 코스닥
    OTCBB = "3"  # OTCBB
    ECN = "4"  # ECN


class MinPriceCondition(StrEnum):
    """가격구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#min_price_condition"""

    ALL = "0"  # 전체조회
    AT_LEAST_50000 = "2"  # 5만원이상
    AT_LEAST_10000 = "5"  # 1만원이상
    AT_LEAST_5000 = "6"  # 5천원이상
    AT_LEAST_1000 = "8"  # 1천원이상
    AT_LEAST_100000 = "9"  # 10만원이상


class MinuteChartInterval(StrEnum):
    """틱범위: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#minute_chart_interval"""

    MIN_1 = "1"  # 1분
    MIN_3 = "3"  # 3분
    MIN_5 = "5"  # 5분
    MIN_10 = "10"  # 10분
    MIN_15 = "15"  # 15분
    MIN_30 = "30"  # 30분
    MIN_45 = "45"  # 45분
    MIN_60 = "60"  # 60분


class MinutesOrDaysAgo(StrEnum):
    """시간구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#minutes_or_days_ago"""

    MINUTES_AGO = "1"  # 분전
    DAYS_AGO = "2"  # 일전


class NavVsPreviousClose(StrEnum):
    """NAV대비: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#nav_vs_previous_close"""

    ALL = "0"  # 전체
    NAV_ABOVE_PREVIOUS_CLOSE = "1"  # NAV > 전일종가
    NAV_BELOW_PREVIOUS_CLOSE = "2"  # NAV < 전일종가


class NetAndGrossSide(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_and_gross_side"""

    NET_BUY = "1"  # 순매수
    NET_SELL = "2"  # 순매도
    BUY = "3"  # 매수
    SELL = "4"  # 매도


class NetBuyBrokerPeriod(StrEnum):
    """기간: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_buy_broker_period"""

    DAYS_5 = "5"  # 5일
    DAYS_10 = "10"  # 10일
    DAYS_20 = "20"  # 20일
    DAYS_40 = "40"  # 40일
    DAYS_60 = "60"  # 60일
    DAYS_120 = "120"  # 120일


class NetBuyOnly(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_buy_only"""

    NET_BUY = "0"  # 순매수


class NetBuySell(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_buy_sell"""

    NET_BUY = "1"  # 순매수
    NET_SELL = "2"  # 순매도


class NetSellBuy(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_sell_buy"""

    NET_SELL = "1"  # 순매도
    NET_BUY = "2"  # 순매수


class NetSellBuyTrade(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_sell_buy_trade"""

    NET_SELL = "1"  # 순매도
    NET_BUY = "2"  # 순매수
    NET_TRADE = "3"  # 순매매


class NetSellBuyType(StrEnum):
    """순매도수구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_sell_buy_type"""

    NET_BUY = "2"  # 순매수(고정값)


class NetTradeRankOrder(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_trade_rank_order"""

    NET_SELL_RANK = "1"  # 순매도순위정렬
    NET_BUY_RANK = "2"  # 순매수순위정렬


class NetTradeRankQuantityUnit(StrEnum):
    """단위구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#net_trade_rank_quantity_unit"""

    SINGLE_SHARE = "1"  # 단주
    THOUSAND_SHARES = "1000"  # 천주


class NewHighOrLow(StrEnum):
    """신고저구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#new_high_or_low"""

    NEW_HIGH = "1"  # 신고가
    NEW_LOW = "2"  # 신저가


class NxtAvailable(StrEnum):
    """NXT가능여부: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#nxt_available"""

    AVAILABLE = "Y"  # 가능


class OpenChangeStockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#open_change_stock_condition"""

    ALL = "0"  # 전체조회
    EXCLUDE_ADMINISTRATIVE_ISSUE = "1"  # 관리종목제외
    EXCLUDE_PREFERRED_AND_ADMINISTRATIVE = "4"  # 우선주+관리주제외
    EXCLUDE_PREFERRED_STOCK = "3"  # 우선주제외
    EXCLUDE_MARGIN_100 = "5"  # 증100제외
    ONLY_MARGIN_100 = "6"  # 증100만보기
    ONLY_MARGIN_40 = "7"  # 증40만보기
    ONLY_MARGIN_30 = "8"  # 증30만보기
    ONLY_MARGIN_20 = "9"  # 증20만보기


class OpenChangeVolumeCondition(StrEnum):
    """거래량조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#open_change_volume_condition"""

    ALL = "0000"  # 전체조회
    MIN_10K = "0010"  # 만주이상
    MIN_50K = "0050"  # 5만주이상
    MIN_100K = "0100"  # 10만주이상
    MIN_500K = "0500"  # 50만주이상
    MIN_1M = "1000"  # 백만주이상


class OrderHistoryQueryType(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#order_history_query_type"""

    ORDER_SEQUENCE = "1"  # 주문순
    REVERSE = "2"  # 역순
    UNFILLED = "3"  # 미체결
    FILLED_ONLY = "4"  # 체결내역만


class OrderKind(StrEnum):
    """주문종류: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#order_kind"""

    ORIGINAL_ORDER = "10"  # 원주문
    MODIFY_ORDER = "11"  # 정정주문
    CANCEL_ORDER = "12"  # 취소주문


class OrderListSort(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#order_list_sort"""

    ORDER_SEQUENCE = "1"  # 주문순
    REVERSE = "2"  # 역순


class OrderbookSurgeSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#orderbook_surge_sort"""

    SURGE_QUANTITY = "1"  # 급증량
    SURGE_RATE = "2"  # 급증률


class OrderbookSurgeVolumeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#orderbook_surge_volume_filter"""

    MIN_1K = "1"  # 천주이상
    MIN_5K = "5"  # 5천주이상
    MIN_10K = "10"  # 만주이상
    MIN_50K = "50"  # 5만주이상
    MIN_100K = "100"  # 10만주이상


class OrderbookTopSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#orderbook_top_sort"""

    NET_BUY_REMAINING = "1"  # 순매수잔량순
    NET_SELL_REMAINING = "2"  # 순매도잔량순
    BUY_RATIO = "3"  # 매수비율순
    SELL_RATIO = "4"  # 매도비율순


class OrderbookTopVolumeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#orderbook_top_volume_filter"""

    PRE_MARKET_MIN_0 = "0000"  # 장시작전(0주이상)
    MIN_10K = "0010"  # 만주이상
    MIN_50K = "0050"  # 5만주이상
    MIN_100K = "00100"  # 10만주이상


class PreviousDayTop100Type(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#previous_day_top100_type"""

    TOP100_VOLUME = "1"  # 전일거래량 상위100종목
    TOP100_TRADING_VALUE = "2"  # 전일거래대금 상위100종목


class PriceChangeSign(StrEnum):
    """기준가 대비 부호: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#price_change_sign"""

    UPPER_LIMIT = "1"  # 상한가
    RISE = "2"  # 상승
    UNCHANGED = "3"  # 보합
    LOWER_LIMIT = "4"  # 하한가
    FALL = "5"  # 하락


class PriceConditionExtended(StrEnum):
    """가격구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#price_condition_extended"""

    ALL = "0"  # 전체조회
    UNDER_1000 = "1"  # 1천원미만
    AT_LEAST_1000 = "2"  # 1천원이상
    FROM_1000_TO_2000 = "3"  # 1천원~2천원
    FROM_2000_TO_5000 = "4"  # 2천원~5천원
    AT_LEAST_5000 = "5"  # 5천원이상
    FROM_5000_TO_10000 = "6"  # 5천원~1만원
    UNDER_10000 = "10"  # 1만원미만
    AT_LEAST_10000 = "7"  # 1만원이상
    AT_LEAST_50000 = "8"  # 5만원이상
    AT_LEAST_100000 = "9"  # 10만원이상


class PriceConditionStandard(StrEnum):
    """가격구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#price_condition_standard"""

    ALL = "0"  # 전체
    UNDER_1000 = "1"  # 1천원 미만
    AT_LEAST_1000 = "8"  # 1천원 이상
    FROM_1000_TO_2000 = "2"  # 1천원 ~ 2천원
    FROM_2000_TO_5000 = "3"  # 2천원 ~ 5천원
    FROM_5000_TO_10000 = "4"  # 5천원 ~ 1만원
    AT_LEAST_10000 = "5"  # 1만원 이상


class PriceConditionWithUnder10000(StrEnum):
    """가격조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#price_condition_with_under_10000"""

    ALL = "0"  # 전체조회
    UNDER_1000 = "1"  # 1천원미만
    FROM_1000_TO_2000 = "2"  # 1천원~2천원
    FROM_2000_TO_5000 = "3"  # 2천원~5천원
    FROM_5000_TO_10000 = "4"  # 5천원~1만원
    AT_LEAST_10000 = "5"  # 1만원이상
    AT_LEAST_1000 = "8"  # 1천원이상
    UNDER_10000 = "10"  # 1만원미만


class ProcessResult(StrEnum):
    """처리결과: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#process_result"""

    SUCCESS = "S"  # 성공
    FAILURE = "F"  # 실패


class ProductType(StrEnum):
    """상품구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#product_type"""

    ALL = "0"  # 전체
    DOMESTIC_STOCK = "1"  # 국내주식
    BENEFICIARY_CERTIFICATE = "2"  # 수익증권
    OVERSEAS_STOCK = "3"  # 해외주식
    FINANCIAL_PRODUCT = "4"  # 금융상품


class ProgramMarketCode(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#program_market_code"""

    KOSPI = "P00101"  # 코스피
    KOSDAQ = "P10102"  # 코스닥


class ProgramMarketCodeByExchange(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#program_market_code_by_exchange"""

    KOSPI_KRX = "P00101"  # 코스피 KRX
    KOSPI_NXT = "P001_NX01"  # 코스피 NXT
    KOSPI_COMBINED = "P001_AL01"  # 코스피 통합
    KOSDAQ_KRX = "P10102"  # 코스닥 KRX
    KOSDAQ_NXT = "P101_NX02"  # 코스닥 NXT
    KOSDAQ_COMBINED = "P101_AL02"  # 코스닥 통합


class ProgramNetTradeTop(StrEnum):
    """매매상위구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#program_net_trade_top"""

    NET_SELL_TOP = "1"  # 순매도상위
    NET_BUY_TOP = "2"  # 순매수상위


class ProximityRate(StrEnum):
    """근접율: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#proximity_rate"""

    PCT_0_5 = "05"  # 0:5
    PCT_1_0 = "10"  # 1:0
    PCT_1_5 = "15"  # 1:5
    PCT_2_0 = "20"  # 2:0.
    PCT_2_5 = "25"  # 2:5
    PCT_3_0 = "30"  # 3:0


class QuantityOrAmount(StrEnum):
    """정렬조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#quantity_or_amount"""

    QUANTITY = "1"  # 수량
    AMOUNT = "2"  # 금액


class QuantityOrAmountMillion(StrEnum):
    """표시구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#quantity_or_amount_million"""

    QUANTITY = "0"  # 수량
    AMOUNT_MILLION_KRW = "1"  # 금액(백만원)


class QueryDateInclusion(StrEnum):
    """조회일자구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#query_date_inclusion"""

    EXCLUDE = "0"  # 조회일자 미포함
    INCLUDE = "1"  # 조회일자 포함


class QueryPeriodMode(StrEnum):
    """조회일자구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#query_period_mode"""

    BY_PERIOD = "0"  # 기간으로 조회
    BY_DATES = "1"  # 시작일자, 종료일자로 조회


class QueryRankInterval(StrEnum):
    """구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#query_rank_interval"""

    ONE_MINUTE = "1"  # 1분
    TEN_MINUTES = "2"  # 10분
    ONE_HOUR = "3"  # 1시간
    TODAY_CUMULATIVE = "4"  # 당일 누적
    THIRTY_SECONDS = "5"  # 30초


class RankChangeSymbol(StrEnum):
    """순위등락부호: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#rank_change_symbol"""

    RISE = "+"  # 상승
    FALL = "-"  # 하락
    NO_CHANGE = "0"  # 순위변동없음
    NEW_ENTRY = "N"  # 신규진입


class RankPeriod(StrEnum):
    """기간: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#rank_period"""

    TODAY = "0"  # 당일
    PREVIOUS_DAY = "1"  # 전일
    DAYS_5 = "5"  # 5일
    DAYS_10 = "10"  # 10일
    DAYS_20 = "20"  # 20일
    DAYS_60 = "60"  # 60일


class RankingStockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#ranking_stock_condition"""

    ALL = "0"  # 전체조회
    EXCLUDE_ADMINISTRATIVE_ISSUE = "1"  # 관리종목제외
    EXCLUDE_MARGIN_100 = "5"  # 증100제외
    ONLY_MARGIN_100 = "6"  # 증100만보기
    ONLY_MARGIN_40 = "7"  # 증40만보기
    ONLY_MARGIN_30 = "8"  # 증30만보기
    ONLY_MARGIN_20 = "9"  # 증20만보기


class RealtimeRefresh(StrEnum):
    """기존등록유지여부: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#realtime_refresh"""

    REPLACE = "0"  # 기존유지안함
    KEEP = "1"  # 기존유지


class RealtimeRegAction(StrEnum):
    """서비스명: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#realtime_reg_action"""

    REGISTER = "REG"  # 등록
    REMOVE = "REMOVE"  # 해지


class RemainingOrderSide(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#remaining_order_side"""

    BUY_REMAINING = "1"  # 매수잔량
    SELL_REMAINING = "2"  # 매도잔량


class RemainingRatioSurgeVolumeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#remaining_ratio_surge_volume_filter"""

    MIN_5K = "5"  # 5천주이상
    MIN_10K = "10"  # 만주이상
    MIN_50K = "50"  # 5만주이상
    MIN_100K = "100"  # 10만주이상


class SellBuy(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#sell_buy"""

    SELL = "1"  # 매도
    BUY = "2"  # 매수


class SellBuyWithAll(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#sell_buy_with_all"""

    ALL = "0"  # 전체
    SELL = "1"  # 매도
    BUY = "2"  # 매수


class StockBondType(StrEnum):
    """주식채권구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#stock_bond_type"""

    ALL = "0"  # 전체
    STOCK = "1"  # 주식
    BOND = "2"  # 채권


class StockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#stock_condition"""

    ALL = "0"  # 전체조회
    EXCLUDE_ADMINISTRATIVE_ISSUE = "1"  # 관리종목제외
    EXCLUDE_PREFERRED_STOCK = "3"  # 우선주제외
    EXCLUDE_MARGIN_100 = "5"  # 증100제외
    ONLY_MARGIN_100 = "6"  # 증100만보기
    ONLY_MARGIN_40 = "7"  # 증40만보기
    ONLY_MARGIN_30 = "8"  # 증30만보기


class StockOrSector(StrEnum):
    """종목업종구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#stock_or_sector"""

    STOCK = "0"  # 종목(주식)
    SECTOR = "1"  # 업종


class SubscriptionRightType(StrEnum):
    """신주인수권구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#subscription_right_type"""

    ALL = "00"  # 전체
    SUBSCRIPTION_WARRANT = "05"  # 신주인수권증권
    SUBSCRIPTION_RIGHT_CERTIFICATE = "07"  # 신주인수권증서


class SupplyZoneCycleDays(StrEnum):
    """주기구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#supply_zone_cycle_days"""

    DAYS_50 = "50"  # 50일
    DAYS_100 = "100"  # 100일
    DAYS_150 = "150"  # 150일
    DAYS_200 = "200"  # 200일
    DAYS_250 = "250"  # 250일
    DAYS_300 = "300"  # 300일


class SupplyZonePosition(StrEnum):
    """조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#supply_zone_position"""

    ALL = "0"  # 전체
    ENTERING_SUPPLY_ZONE = "1"  # 현재가 매물대 진입
    ABOVE_SUPPLY_ZONE = "2"  # 현재가 매물대 위
    BELOW_SUPPLY_ZONE = "3"  # 현재가 매물대 아래


class SurgeOrPlunge(StrEnum):
    """등락구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#surge_or_plunge"""

    SURGE = "1"  # 급등
    PLUNGE = "2"  # 급락


class SurgeOrPlungeWatchlist(StrEnum):
    """정렬 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#surge_or_plunge_watchlist"""

    SURGE = "1"  # 급등(기본값)
    PLUNGE = "2"  # 급락


class ThemeReturnRankType(StrEnum):
    """등락수익구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#theme_return_rank_type"""

    TOP_PERIOD_RETURN = "1"  # 상위기간수익률
    BOTTOM_PERIOD_RETURN = "2"  # 하위기간수익률
    TOP_CHANGE_RATE = "3"  # 상위등락률
    BOTTOM_CHANGE_RATE = "4"  # 하위등락률


class ThemeSearchType(StrEnum):
    """검색구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#theme_search_type"""

    ALL = "0"  # 전체검색
    THEME = "1"  # 테마검색
    STOCK = "2"  # 종목검색


class TickChartInterval(StrEnum):
    """틱범위: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#tick_chart_interval"""

    TICK_1 = "1"  # 1틱
    TICK_3 = "3"  # 3틱
    TICK_5 = "5"  # 5틱
    TICK_10 = "10"  # 10틱
    TICK_30 = "30"  # 30틱


class TickOrMinute(StrEnum):
    """틱분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#tick_or_minute"""

    TICK = "0"  # 틱
    MINUTE = "1"  # 분


class TimePoint(StrEnum):
    """시점구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#time_point"""

    TODAY = "0"  # 당일
    PREVIOUS_DAY = "1"  # 전일


class TopOrBottom(StrEnum):
    """등락조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#top_or_bottom"""

    TOP = "1"  # 상위
    BOTTOM = "2"  # 하위


class TradePriceCondition(StrEnum):
    """매매금구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#trade_price_condition"""

    ALL = "0"  # 전체조회
    UNDER_1000 = "1"  # 1천원미만
    FROM_1000_TO_2000 = "2"  # 1천원~2천원
    FROM_2000_TO_3000 = "3"  # 2천원~3천원
    FROM_5000_TO_10000 = "4"  # 5천원~1만원
    AT_LEAST_10000 = "5"  # 1만원이상
    AT_LEAST_1000 = "8"  # 1천원이상


class TradeType(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#trade_type"""

    LIMIT = "0"  # 보통
    MARKET = "3"  # 시장가
    CONDITIONAL_LIMIT = "5"  # 조건부지정가
    POST_MARKET_AFTER_HOURS = "81"  # 장마감후시간외
    PRE_MARKET_AFTER_HOURS = "61"  # 장시작전시간외
    AFTER_HOURS_SINGLE_PRICE = "62"  # 시간외단일가
    BEST_LIMIT = "6"  # 최유리지정가
    PRIORITY_LIMIT = "7"  # 최우선지정가
    LIMIT_IOC = "10"  # 보통(IOC)
    MARKET_IOC = "13"  # 시장가(IOC)
    BEST_LIMIT_IOC = "16"  # 최유리(IOC)
    LIMIT_FOK = "20"  # 보통(FOK)
    MARKET_FOK = "23"  # 시장가(FOK)
    BEST_LIMIT_FOK = "26"  # 최유리(FOK)
    STOP_LIMIT = "28"  # 스톱지정가
    MID_PRICE = "29"  # 중간가
    MID_PRICE_IOC = "30"  # 중간가(IOC)
    MID_PRICE_FOK = "31"  # 중간가(FOK)


class TradingSession(StrEnum):
    """장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#trading_session"""

    PRE_MARKET_AFTER_HOURS = "1"  # 장전 시간외
    REGULAR = "2"  # 장중
    POST_MARKET_AFTER_HOURS = "3"  # 장후 시간외


class TradingValueCondition(StrEnum):
    """거래대금조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#trading_value_condition"""

    ALL = "0"  # 전체조회
    MIN_30M = "3"  # 3천만원이상
    MIN_50M = "5"  # 5천만원이상
    MIN_100M = "10"  # 1억원이상
    MIN_300M = "30"  # 3억원이상
    MIN_500M = "50"  # 5억원이상
    MIN_1B = "100"  # 10억원이상
    MIN_3B = "300"  # 30억원이상
    MIN_5B = "500"  # 50억원이상
    MIN_10B = "1000"  # 100억원이상
    MIN_30B = "3000"  # 300억원이상
    MIN_50B = "5000"  # 500억원이상


class TradingValueFilter(StrEnum):
    """거래대금구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#trading_value_filter"""

    ALL = "0"  # 전체조회
    MIN_10M = "1"  # 1천만원이상
    MIN_30M = "3"  # 3천만원이상
    MIN_50M = "4"  # 5천만원이상
    MIN_100M = "10"  # 1억원이상
    MIN_300M = "30"  # 3억원이상
    MIN_500M = "50"  # 5억원이상
    MIN_1B = "100"  # 10억원이상
    MIN_3B = "300"  # 30억원이상
    MIN_5B = "500"  # 50억원이상
    MIN_10B = "1000"  # 100억원이상
    MIN_30B = "3000"  # 300억원이상
    MIN_50B = "5000"  # 500억원이상


class TransactionKind(StrEnum):
    """거래종류구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#transaction_kind"""

    DEPOSIT_WITHDRAWAL = "1"  # 입출금
    FUND = "2"  # 펀드
    ELS = "3"  # ELS
    BOND = "4"  # 채권
    OVERSEAS_BOND = "5"  # 해외채권
    FOREIGN_CURRENCY_RP = "6"  # 외화RP
    FOREIGN_CURRENCY_ISSUED_NOTE = "7"  # 외화발행어음


class TransactionSortOrder(StrEnum):
    """조회정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#transaction_sort_order"""

    NEWEST_FIRST = "1"  # 최근거래순
    OLDEST_FIRST = "2"  # 과거거래순(미입력시 과거거래순)


class UpperLowerLimitSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#upper_lower_limit_sort"""

    STOCK_CODE = "1"  # 종목코드순
    CONSECUTIVE_COUNT_TOP100 = "2"  # 연속횟수순(상위100개)
    CHANGE_RATE = "3"  # 등락률순


class UpperLowerLimitStockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#upper_lower_limit_stock_condition"""

    ALL = "0"  # 전체조회
    EXCLUDE_ADMINISTRATIVE_ISSUE = "1"  # 관리종목제외
    EXCLUDE_PREFERRED_STOCK = "3"  # 우선주제외
    EXCLUDE_PREFERRED_AND_ADMINISTRATIVE = "4"  # 우선주+관리종목제외
    EXCLUDE_MARGIN_100 = "5"  # 증100제외
    ONLY_MARGIN_100 = "6"  # 증100만 보기
    ONLY_MARGIN_40 = "7"  # 증40만 보기
    ONLY_MARGIN_30 = "8"  # 증30만 보기
    ONLY_MARGIN_20 = "9"  # 증20만 보기
    EXCLUDE_PREFERRED_ADMINISTRATIVE_ALERT = "10"  # 우선주+관리종목+환기종목제외


class UpperLowerLimitType(StrEnum):
    """상하한구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#upper_lower_limit_type"""

    UPPER_LIMIT = "1"  # 상한
    RISE = "2"  # 상승
    UNCHANGED = "3"  # 보합
    LOWER_LIMIT = "4"  # 하한
    FALL = "5"  # 하락
    PREV_DAY_UPPER_LIMIT = "6"  # 전일상한
    PREV_DAY_LOWER_LIMIT = "7"  # 전일하한


class UsAllOrStock(StrEnum):
    """종목구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_all_or_stock"""

    ALL = "0"  # 전체
    STOCK = "1"  # 주식


class UsApplyFlag(StrEnum):
    """수정주가구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_apply_flag"""

    NOT_APPLIED = "0"  # 미적용
    APPLIED = "1"  # 적용


class UsBuySellRatioType(StrEnum):
    """비율 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_buy_sell_ratio_type"""

    BUY_TO_SELL = "0"  # 매수/매도
    SELL_TO_BUY = "1"  # 매도/매수


class UsBuyTradeType(StrEnum):
    """해외매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_buy_trade_type"""

    LIMIT = "00"  # 지정가
    MARKET = "03"  # 시장가
    VWAP_LIMIT = "26"  # VWAP지정가
    TWAP_LIMIT = "27"  # TWAP지정가
    LIMIT_ON_CLOSE = "30"  # LOC
    VWAP_MARKET = "36"  # VWAP시장가
    TWAP_MARKET = "37"  # TWAP시장가


class UsConsecutiveRiseFallSort(StrEnum):
    """정렬기준: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_consecutive_rise_fall_sort"""

    CONSECUTIVE_DAYS_RISE = "0"  # 연속일수상승
    CONSECUTIVE_DAYS_UNCHANGED = "1"  # 연속일수보합
    CONSECUTIVE_DAYS_FALL = "2"  # 연속일수하락
    RISE_VS_BASE_DATE = "3"  # 기준일대비상승
    UNCHANGED_VS_BASE_DATE = "4"  # 기준일대비보합
    FALL_VS_BASE_DATE = "5"  # 기준일대비 하락


class UsCumulativeChangeSort(StrEnum):
    """정렬기준구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_cumulative_change_sort"""

    RISE_RATE = "0"  # 상승률
    RISE_AMOUNT = "1"  # 상승폭
    FALL_RATE = "3"  # 하락률
    FALL_AMOUNT = "4"  # 하락폭


class UsDateRiseFallSort(StrEnum):
    """정렬기준 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_date_rise_fall_sort"""

    RISE = "0"  # 상승
    FALL = "2"  # 하락


class UsDayTradeSellScope(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_day_trade_sell_scope"""

    SELL_OF_TODAY_BUY = "0"  # 당일매수에대한당일매도
    ALL_TODAY_SELL = "1"  # 당일매도전체


class UsDaysAgoPeriod(StrEnum):
    """n일전: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_days_ago_period"""

    PREVIOUS_DAY = "1"  # 전일
    DAYS_5 = "5"  # 5일
    DAYS_10 = "10"  # 10일
    DAYS_30 = "30"  # 30일


class UsDaytimeDisparitySort(StrEnum):
    """정렬기준 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_daytime_disparity_sort"""

    RISE_RATE = "0"  # 상승률
    RISE_AMOUNT = "1"  # 상승폭
    UNCHANGED = "2"  # 보합
    FALL_RATE = "3"  # 하락율
    FALL_AMOUNT = "4"  # 하락폭


class UsExchange(StrEnum):
    """거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_exchange"""

    NASDAQ = "ND"  # NASDAQ
    NYSE = "NY"  # NYSE
    AMEX = "NA"  # AMEX


class UsExchangeChartProfit(StrEnum):
    """거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_exchange_chart_profit"""

    AMEX = "NA"  # AMEX
    NASDAQ = "ND"  # NASDAQ
    NYSE = "NY"  # NYSE


class UsExchangeNumNyseAmexNasdaq(StrEnum):
    """거래소 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_exchange_num_nyse_amex_nasdaq"""

    ALL = "0"  # 전체
    NYSE = "1"  # NYSE
    AMEX = "2"  # AMEX
    NASDAQ = "3"  # NASDAQ


class UsExchangeNumNyseNasdaqAmex(StrEnum):
    """거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_exchange_num_nyse_nasdaq_amex"""

    ALL = "0"  # 전체
    NYSE = "1"  # NYSE
    NASDAQ = "2"  # NASDAQ
    AMEX = "3"  # AMEX


class UsExchangeWithAll(StrEnum):
    """거래소구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_exchange_with_all"""

    ALL = "%"  # 전체
    AMEX = "NA"  # AMEX
    NASDAQ = "ND"  # NASDAQ
    NYSE = "NY"  # NYSE


class UsGapDirection(StrEnum):
    """등락구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_gap_direction"""

    GAP_UP = "1"  # 갭상승
    GAP_DOWN = "2"  # 갭하락


class UsGapRatio(StrEnum):
    """괴리율: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_gap_ratio"""

    PCT_3_OR_MORE = "3"  # 3% 이상
    PCT_5_OR_MORE = "5"  # 5% 이상
    PCT_10_OR_MORE = "10"  # 10% 이상
    PCT_50_OR_MORE = "50"  # 50% 이상
    PCT_100_OR_MORE = "100"  # 100% 이상
    PCT_150_OR_MORE = "150"  # 150% 이상
    PCT_200_OR_MORE = "200"  # 200% 이상


class UsGapSort(StrEnum):
    """정렬기준: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_gap_sort"""

    GAP_RATIO = "1"  # 갭비율
    PREV_DAY_CHANGE = "2"  # 전일대비


class UsGapStockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_gap_stock_condition"""

    ALL = "0"  # 전체
    MARGIN_100 = "1"  # 증거금100%
    MARGIN_50 = "2"  # 증거금50%


class UsHighLowCompareSort(StrEnum):
    """정렬기준구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_high_low_compare_sort"""

    RISE_FROM_LOW = "0"  # 저가대비상승
    FALL_FROM_HIGH = "1"  # 고가대비하락


class UsHighLowOrCloseBasis(StrEnum):
    """고저기준: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_high_low_or_close_basis"""

    HIGH_LOW = "1"  # 고가저가기준
    CLOSE = "2"  # 종가기준


class UsIndex(StrEnum):
    """업종지수구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_index"""

    ALL = "%"  # 전체
    NASDAQ = "NQ"  # 나스닥
    SP500 = "NS"  # S&P500
    DOW_JONES = "NW"  # 다우


class UsIndexMembership(StrEnum):
    """지수구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_index_membership"""

    ALL = "0"  # 전체
    DOW_30 = "1"  # 다우30
    NASDAQ_100 = "2"  # 나스닥100
    SP_500 = "3"  # S&P500


class UsKiwoomTopQueryType(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_kiwoom_top_query_type"""

    BUY_TOP = "1"  # 매수상위
    SELL_TOP = "2"  # 매도상위
    NET_BUY_TOP = "3"  # 순매수상위
    HOLDING_BALANCE_TOP = "4"  # 보유잔고상위
    HOLDING_CUSTOMERS_TOP = "5"  # 보유고객상위
    TRADE_WEIGHT_TOP = "6"  # 거래비중상위
    TRADING_VALUE_TOP = "7"  # 거래대금상위


class UsOpenChangeSort(StrEnum):
    """정렬기준: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_open_change_sort"""

    RISE_RATE = "1"  # 상승률
    FALL_RATE = "2"  # 하락률


class UsOrderHistoryQueryType(StrEnum):
    """조회구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_order_history_query_type"""

    ORDER_SEQUENCE = "1"  # 주문순
    ORDER_REVERSE = "2"  # 주문역순
    UNFILLED_SEQUENCE = "3"  # 미체결주문순
    UNFILLED_REVERSE = "4"  # 미체결역순
    FILLED_SEQUENCE = "5"  # 체결주문순
    FILLED_REVERSE = "6"  # 체결역순


class UsOrderbookTopSort(StrEnum):
    """정렬기준: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_orderbook_top_sort"""

    NET_BUY_REMAINING = "1"  # 순매수잔량순
    NET_SELL_REMAINING = "2"  # 순매도잔량순
    NET_BUY_RATIO = "3"  # 순매수비율순
    NET_SELL_RATIO = "4"  # 순매도비율순


class UsPrevDayChangeSort(StrEnum):
    """정렬기준: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_prev_day_change_sort"""

    RISE_RATE = "1"  # 전일대비 상승률
    RISE_AMOUNT = "2"  # 전일대비 상승폭
    UNCHANGED = "3"  # 보합
    FALL_RATE = "4"  # 전일대비 하락률
    FALL_AMOUNT = "5"  # 전일대비 하락폭


class UsPreviousDayRankSort(StrEnum):
    """정렬기준구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_previous_day_rank_sort"""

    TOP_PREVIOUS_DAY_VOLUME = "0"  # 전일거래량상위
    TOP_PREVIOUS_DAY_TRADING_VALUE = "1"  # 전일거래대금상위


class UsPriceCondition(StrEnum):
    """가격조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_price_condition"""

    ALL = "0"  # 전체
    UNDER_5 = "1"  # 5미만
    UNDER_10 = "2"  # 10미만
    AT_LEAST_10 = "3"  # 10이상
    FROM_10_TO_20 = "4"  # 10~20
    FROM_20_TO_50 = "5"  # 20~50
    AT_LEAST_50 = "6"  # 50이상
    FROM_50_TO_100 = "7"  # 50~100
    UNDER_100 = "8"  # 100미만
    AT_LEAST_100 = "9"  # 100이상
    AT_LEAST_500 = "10"  # 500이상


class UsPriceConditionWithUsd(StrEnum):
    """가격조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_price_condition_with_usd"""

    USD = "USD"  # USD
    ALL = "0"  # 전체
    UNDER_5 = "1"  # 5미만
    UNDER_10 = "2"  # 10미만
    AT_LEAST_10 = "3"  # 10이상
    FROM_10_TO_20 = "4"  # 10~20
    FROM_20_TO_50 = "5"  # 20~50
    AT_LEAST_50 = "6"  # 50이상
    FROM_50_TO_100 = "7"  # 50~100
    UNDER_100 = "8"  # 100미만
    AT_LEAST_100 = "9"  # 100이상
    AT_LEAST_500 = "10"  # 500이상


class UsPriceSurgeTimeBasis(StrEnum):
    """분전, 전일 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_price_surge_time_basis"""

    MINUTES_AGO = "1"  # 분전
    DAYS_AGO = "2"  # 일전
    SPECIFIED_DATE = "3"  # 지정일


class UsProximityRate(StrEnum):
    """근접율: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_proximity_rate"""

    PCT_0_5 = "0.5"  # 0.5%
    PCT_1_0 = "1.0"  # 1.0%
    PCT_1_5 = "1.5"  # 1.5%
    PCT_2_0 = "2.0"  # 2.0%
    PCT_2_5 = "2.5"  # 2.5%
    PCT_3_5 = "3.5"  # 3.5%


class UsRealtimeRankPeriod(StrEnum):
    """서비스 유형: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_realtime_rank_period"""

    SEC_30 = "B286"  # 30초
    MIN_1 = "B281"  # 1분
    MIN_10 = "B282"  # 10분
    HOUR_1 = "B283"  # 1시간
    TODAY = "B284"  # 당일


class UsReservationOrderType(StrEnum):
    """예약주문구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_reservation_order_type"""

    NORMAL = "0"  # 일반
    RESERVED = "1"  # 예약


class UsSectorChangeRateSort(StrEnum):
    """정렬기준구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_sector_change_rate_sort"""

    CHANGE_RATE_TOP = "1"  # 등락율상위
    CHANGE_RATE_BOTTOM = "2"  # 등락율하위


class UsSectorExchange(StrEnum):
    """거래소 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_sector_exchange"""

    ALL = "0"  # 전체
    NYSE = "1"  # NY(NYSE)
    AMEX = "2"  # NA(AMEX)
    NASDAQ = "3"  # ND(NASDAQ)


class UsSecurityType(StrEnum):
    """종목구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_security_type"""

    ALL = "0"  # 전체
    STOCK = "1"  # 주식
    ETF = "2"  # ETF


class UsSecurityTypeLetter(StrEnum):
    """시장구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_security_type_letter"""

    ALL = "A"  # 전체
    STOCK = "S"  # 주식
    ETF = "E"  # ETF


class UsSellBuy(StrEnum):
    """매도수구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_sell_buy"""

    SELL = "01"  # 매도
    BUY = "02"  # 매수


class UsSellBuyWithAll(StrEnum):
    """매도매수구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_sell_buy_with_all"""

    ALL = "0"  # 전체(기본값)
    SELL = "1"  # 매도
    BUY = "2"  # 매수


class UsSellTradeType(StrEnum):
    """매매구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_sell_trade_type"""

    LIMIT = "00"  # 지정가
    MARKET = "03"  # 시장가
    VWAP_LIMIT = "26"  # VWAP지정가
    TWAP_LIMIT = "27"  # TWAP지정가
    LIMIT_ON_CLOSE = "30"  # LOC
    MARKET_ON_CLOSE = "33"  # MOC
    VWAP_MARKET = "36"  # VWAP시장가
    TWAP_MARKET = "37"  # TWAP시장가
    STOP_MARKET = "35"  # STOP
    STOP_LIMIT = "34"  # STOP LIMIT


class UsStockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_stock_condition"""

    ALL = "0"  # 전체
    MARGIN_100 = "1"  # 증100%
    MARGIN_50 = "2"  # 증50%


class UsStockFilter(StrEnum):
    """종목필터 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_stock_filter"""

    ALL = "0"  # 전체
    ONLY_MARGIN_100 = "1"  # 증100%만보기
    ONLY_MARGIN_50 = "2"  # 증50%만보기


class UsStockOrEtf(StrEnum):
    """주식/ETF 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_stock_or_etf"""

    US_STOCK = "0"  # 미국주식
    GLOBAL_ETF = "1"  # 글로벌ETF


class UsTradeRankPeriodUnit(StrEnum):
    """기간단위: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_trade_rank_period_unit"""

    DAY = "1"  # 일
    WEEK = "2"  # 주
    MONTH = "3"  # 월
    YEAR = "4"  # 년
    MINUTES_10 = "5"  # 10분
    MINUTES_30 = "6"  # 30분
    MINUTES_60 = "7"  # 60분
    MINUTES_5 = "8"  # 5분


class UsTradingValueCondition(StrEnum):
    """거래대금조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_trading_value_condition"""

    ALL = "0"  # 전체
    USD_10K_OR_MORE = "1"  # USD 1만 이상
    USD_30K_OR_MORE = "3"  # USD 3만 이상
    USD_50K_OR_MORE = "5"  # USD 5만 이상
    USD_100K_OR_MORE = "10"  # USD 10만 이상
    USD_300K_OR_MORE = "30"  # USD 30만 이상
    USD_500K_OR_MORE = "50"  # USD 50만 이상
    USD_1000K_OR_MORE = "100"  # USD 100만 이상
    USD_3000K_OR_MORE = "300"  # USD 300만 이상
    USD_5000K_OR_MORE = "500"  # USD 500만 이상
    USD_10000K_OR_MORE = "1000"  # USD 1000만 이상
    USD_30000K_OR_MORE = "3000"  # USD 3000만 이상
    USD_50000K_OR_MORE = "5000"  # USD 5000만 이상


class UsTransactionType(StrEnum):
    """구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_transaction_type"""

    ALL = "0"  # 전체
    DEPOSIT_WITHDRAWAL = "1"  # 입출금
    TRANSFER_IN_OUT = "2"  # 입출고
    TRADE = "3"  # 매매
    BUY = "4"  # 매수
    SELL = "5"  # 매도
    CURRENCY_EXCHANGE = "F"  # 환전
    DEPOSIT_WITHDRAWAL_AND_EXCHANGE = "M"  # 입출금+환전(매체전용)
    CURRENCY_EXCHANGE_BUY = "G"  # 환전매수
    CURRENCY_EXCHANGE_SELL = "H"  # 환전매도
    CURRENCY_EXCHANGE_SETTLEMENT_DEPOSIT = "I"  # 환전정산입금
    CURRENCY_EXCHANGE_SETTLEMENT_WITHDRAWAL = "J"  # 환전정산출금
    DEPOSIT = "6"  # 입금
    WITHDRAWAL = "7"  # 출금
    DIVIDEND_DEPOSIT = "8"  # 배당금입금
    CURRENCY_EXCHANGE_AND_SETTLEMENT_IN_OUT = "K"  # 환전+환전정산입출금


class UsVolumeCondition(StrEnum):
    """거래량조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_volume_condition"""

    ALL = "0"  # 전체
    SHARES_100K_OR_MORE = "10"  # 10만주 이상
    SHARES_150K_OR_MORE = "15"  # 15만주 이상
    SHARES_200K_OR_MORE = "20"  # 20만주 이상
    SHARES_300K_OR_MORE = "30"  # 30만주 이상
    SHARES_500K_OR_MORE = "50"  # 50만주 이상
    SHARES_1000K_OR_MORE = "100"  # 100만주 이상
    SHARES_3000K_OR_MORE = "300"  # 300만주 이상
    SHARES_5000K_OR_MORE = "500"  # 500만주 이상


class UsVolumeRankSort(StrEnum):
    """정렬기준 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_volume_rank_sort"""

    TOP_VOLUME = "0"  # 거래량상위
    TOP_TRADING_VALUE = "1"  # 거래대금상위
    TOP_TURNOVER_RATE = "2"  # 거래회전율상위


class UsWatchlistSurgeTimeBasis(StrEnum):
    """기준 구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#us_watchlist_surge_time_basis"""

    MINUTES_AGO = "1"  # 분전(기본값)
    DAYS_AGO = "2"  # 일전
    SPECIFIED_DATE = "3"  # 지정일


class UseFlag(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#use_flag"""

    NOT_USED = "0"  # 사용안함
    USED = "1"  # 사용


class ValuationRankType(StrEnum):
    """PER구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#valuation_rank_type"""

    LOW_PBR = "1"  # 저PBR
    HIGH_PBR = "2"  # 고PBR
    LOW_PER = "3"  # 저PER
    HIGH_PER = "4"  # 고PER
    LOW_ROE = "5"  # 저ROE
    HIGH_ROE = "6"  # 고ROE


class ViTriggerDirection(StrEnum):
    """발동방향: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#vi_trigger_direction"""

    ALL = "0"  # 전체
    RISE = "1"  # 상승
    FALL = "2"  # 하락


class ViTriggerType(StrEnum):
    """발동구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#vi_trigger_type"""

    ALL = "0"  # 전체
    STATIC_VI = "1"  # 정적VI
    DYNAMIC_VI = "2"  # 동적VI
    DYNAMIC_AND_STATIC_VI = "3"  # 동적VI + 정적VI


class VolumeCondition(StrEnum):
    """거래량조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#volume_condition"""

    ALL = "0000"  # 전체조회
    MIN_10K = "0010"  # 만주이상
    MIN_50K = "0050"  # 5만주이상
    MIN_100K = "0100"  # 10만주이상
    MIN_150K = "0150"  # 15만주이상
    MIN_200K = "0200"  # 20만주이상
    MIN_300K = "0300"  # 30만주이상
    MIN_500K = "0500"  # 50만주이상
    MIN_1M = "1000"  # 백만주이상


class VolumeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#volume_filter"""

    ALL = "00000"  # 전체조회
    MIN_10K = "00010"  # 만주이상
    MIN_50K = "00050"  # 5만주이상
    MIN_100K = "00100"  # 10만주이상
    MIN_150K = "00150"  # 15만주이상
    MIN_200K = "00200"  # 20만주이상
    MIN_300K = "00300"  # 30만주이상
    MIN_500K = "00500"  # 50만주이상
    MIN_1M = "01000"  # 백만주이상


class VolumeSurgeFilter(StrEnum):
    """거래량구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#volume_surge_filter"""

    MIN_5K = "5"  # 5천주이상
    MIN_10K = "10"  # 만주이상
    MIN_50K = "50"  # 5만주이상
    MIN_100K = "100"  # 10만주이상
    MIN_200K = "200"  # 20만주이상
    MIN_300K = "300"  # 30만주이상
    MIN_500K = "500"  # 50만주이상
    MIN_1M = "1000"  # 백만주이상


class VolumeSurgeSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#volume_surge_sort"""

    SURGE_QUANTITY = "1"  # 급증량
    SURGE_RATE = "2"  # 급증률
    DROP_QUANTITY = "3"  # 급감량
    DROP_RATE = "4"  # 급감률


class VolumeSurgeStockCondition(StrEnum):
    """종목조건: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#volume_surge_stock_condition"""

    ALL = "0"  # 전체조회
    EXCLUDE_ADMINISTRATIVE = "1"  # 관리종목제외
    EXCLUDE_PREFERRED = "3"  # 우선주제외
    EXCLUDE_ADMINISTRATIVE_AND_PREFERRED = "4"  # 관리종목,우선주제외
    EXCLUDE_MARGIN_100 = "5"  # 증100제외
    ONLY_MARGIN_100 = "6"  # 증100만보기
    ONLY_MARGIN_40 = "7"  # 증40만보기
    ONLY_MARGIN_30 = "8"  # 증30만보기
    ONLY_MARGIN_20 = "9"  # 증20만보기
    EXCLUDE_LIQUIDATION = "11"  # 정리매매종목제외
    ONLY_MARGIN_50 = "12"  # 증50만보기
    ONLY_MARGIN_60 = "13"  # 증60만보기
    EXCLUDE_ETF = "14"  # ETF제외
    EXCLUDE_SPAC = "15"  # 스팩제외
    EXCLUDE_ETN = "17"  # ETN제외
    EXCLUDE_ETF_ETN = "18"  # ETF+ETN제외
    EXCLUDE_ETF_ETN_SPAC = "20"  # ETF+ETN+스팩제외


class VolumeSurgeTimeBasis(StrEnum):
    """시간구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#volume_surge_time_basis"""

    MINUTE = "1"  # 분
    PREVIOUS_DAY = "2"  # 전일


class VolumeTopSort(StrEnum):
    """정렬구분: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#volume_top_sort"""

    VOLUME = "1"  # 거래량
    TURNOVER_RATE = "2"  # 거래회전율
    TRADING_VALUE = "3"  # 거래대금


class YearOrAverage(StrEnum):
    """연도: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#year_or_average"""

    AVERAGE = "0"  # 평균
    YEAR = "YYYY"  # 년도


class YesNo(StrEnum):
    """SOR 여부값: https://kiwoom-sdk.readthedocs.io/en/latest/reference/codes/#yes_no"""

    YES = "Y"  # Y
    NO = "N"  # N
