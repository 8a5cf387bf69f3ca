"""Value types of coded and scaled fields. A request takes the enum member or its code, or "" for "not
given" (`...OrBlank`; a member of another table is refused); a response holds the enum member, or the
raw code when the server sends one the spec does not know (`...Value`), and decimals written without
their point.

Generated from specs/codes/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from . import codes
from ._types import (
    AS_PLAIN,
    code_argument,
    code_parser,
    price_argument,
    scaled_parser,
    scaled_price_parser,
)
from ._values import DecimalPrice

AccountExchangeTypeOrBlank = Annotated[
    codes.AccountExchangeType | Literal[""], code_argument(codes.AccountExchangeType)
]
AdministrativeIssueInclusionOrBlank = Annotated[
    codes.AdministrativeIssueInclusion | Literal[""], code_argument(codes.AdministrativeIssueInclusion)
]
AfterHoursStockConditionOrBlank = Annotated[
    codes.AfterHoursStockCondition | Literal[""], code_argument(codes.AfterHoursStockCondition)
]
AfterHoursTradingValueOrBlank = Annotated[
    codes.AfterHoursTradingValue | Literal[""], code_argument(codes.AfterHoursTradingValue)
]
AfterHoursVolumeConditionOrBlank = Annotated[
    codes.AfterHoursVolumeCondition | Literal[""], code_argument(codes.AfterHoursVolumeCondition)
]
AllOnlyFilterOrBlank = Annotated[codes.AllOnlyFilter | Literal[""], code_argument(codes.AllOnlyFilter)]
AllOrSingleStockOrBlank = Annotated[codes.AllOrSingleStock | Literal[""], code_argument(codes.AllOrSingleStock)]
AmountAndQuantityOrBlank = Annotated[codes.AmountAndQuantity | Literal[""], code_argument(codes.AmountAndQuantity)]
AmountMillionOrQuantityThousandOrBlank = Annotated[
    codes.AmountMillionOrQuantityThousand | Literal[""], code_argument(codes.AmountMillionOrQuantityThousand)
]
AmountOrQuantityOrBlank = Annotated[codes.AmountOrQuantity | Literal[""], code_argument(codes.AmountOrQuantity)]
AmountOrQuantityZeroBasedOrBlank = Annotated[
    codes.AmountOrQuantityZeroBased | Literal[""], code_argument(codes.AmountOrQuantityZeroBased)
]
AmountTenMillionOrQuantityThousandOrBlank = Annotated[
    codes.AmountTenMillionOrQuantityThousand | Literal[""], code_argument(codes.AmountTenMillionOrQuantityThousand)
]
BalanceAggregationOrBlank = Annotated[codes.BalanceAggregation | Literal[""], code_argument(codes.BalanceAggregation)]
BaseDateTypeOrBlank = Annotated[codes.BaseDateType | Literal[""], code_argument(codes.BaseDateType)]
BrokerRankPeriodOrBlank = Annotated[codes.BrokerRankPeriod | Literal[""], code_argument(codes.BrokerRankPeriod)]
BrokerRankVolumeFilterOrBlank = Annotated[
    codes.BrokerRankVolumeFilter | Literal[""], code_argument(codes.BrokerRankVolumeFilter)
]
BrokerStockRankPeriodOrBlank = Annotated[
    codes.BrokerStockRankPeriod | Literal[""], code_argument(codes.BrokerStockRankPeriod)
]
BuySellRatioTypeOrBlank = Annotated[codes.BuySellRatioType | Literal[""], code_argument(codes.BuySellRatioType)]
CashCreditTypeOrBlank = Annotated[codes.CashCreditType | Literal[""], code_argument(codes.CashCreditType)]
ChangeRateRankStockConditionOrBlank = Annotated[
    codes.ChangeRateRankStockCondition | Literal[""], code_argument(codes.ChangeRateRankStockCondition)
]
ChangeRateSortOrBlank = Annotated[codes.ChangeRateSort | Literal[""], code_argument(codes.ChangeRateSort)]
CheckFlagOrBlank = Annotated[codes.CheckFlag | Literal[""], code_argument(codes.CheckFlag)]
CloseOrDateSortOrBlank = Annotated[codes.CloseOrDateSort | Literal[""], code_argument(codes.CloseOrDateSort)]
ComparePriceBasisOrBlank = Annotated[codes.ComparePriceBasis | Literal[""], code_argument(codes.ComparePriceBasis)]
CompositeIndexCodeOrBlank = Annotated[codes.CompositeIndexCode | Literal[""], code_argument(codes.CompositeIndexCode)]
ConditionInsertDeleteOrBlank = Annotated[
    codes.ConditionInsertDelete | Literal[""], code_argument(codes.ConditionInsertDelete)
]
ConditionSearchExchangeOrBlank = Annotated[
    codes.ConditionSearchExchange | Literal[""], code_argument(codes.ConditionSearchExchange)
]
ConditionSearchRealtimeTypeOrBlank = Annotated[
    codes.ConditionSearchRealtimeType | Literal[""], code_argument(codes.ConditionSearchRealtimeType)
]
ConditionSearchTypeOrBlank = Annotated[
    codes.ConditionSearchType | Literal[""], code_argument(codes.ConditionSearchType)
]
ConsecutiveNetTradeOrBlank = Annotated[
    codes.ConsecutiveNetTrade | Literal[""], code_argument(codes.ConsecutiveNetTrade)
]
ConsecutiveTradePeriodOrBlank = Annotated[
    codes.ConsecutiveTradePeriod | Literal[""], code_argument(codes.ConsecutiveTradePeriod)
]
ConsignmentTransactionTypeOrBlank = Annotated[
    codes.ConsignmentTransactionType | Literal[""], code_argument(codes.ConsignmentTransactionType)
]
ContinuationRequestOrBlank = Annotated[
    codes.ContinuationRequest | Literal[""], code_argument(codes.ContinuationRequest)
]
CreditConditionOrBlank = Annotated[codes.CreditCondition | Literal[""], code_argument(codes.CreditCondition)]
CreditConditionAfterHoursOrBlank = Annotated[
    codes.CreditConditionAfterHours | Literal[""], code_argument(codes.CreditConditionAfterHours)
]
CreditConditionWithStockLoanOrBlank = Annotated[
    codes.CreditConditionWithStockLoan | Literal[""], code_argument(codes.CreditConditionWithStockLoan)
]
CreditDealTypeOrBlank = Annotated[codes.CreditDealType | Literal[""], code_argument(codes.CreditDealType)]
CreditLimitExceededTextOrBlank = Annotated[
    codes.CreditLimitExceededText | Literal[""], code_argument(codes.CreditLimitExceededText)
]
CreditLoanMarketTypeOrBlank = Annotated[
    codes.CreditLoanMarketType | Literal[""], code_argument(codes.CreditLoanMarketType)
]
CreditRatioVolumeFilterOrBlank = Annotated[
    codes.CreditRatioVolumeFilter | Literal[""], code_argument(codes.CreditRatioVolumeFilter)
]
CreditStockGradeOrBlank = Annotated[codes.CreditStockGrade | Literal[""], code_argument(codes.CreditStockGrade)]
CreditTypeOrBlank = Annotated[codes.CreditType | Literal[""], code_argument(codes.CreditType)]
CurrencyBasisOrBlank = Annotated[codes.CurrencyBasis | Literal[""], code_argument(codes.CurrencyBasis)]
CurrencyExchangeDirectionOrBlank = Annotated[
    codes.CurrencyExchangeDirection | Literal[""], code_argument(codes.CurrencyExchangeDirection)
]
CurrentPriceEntryInclusionOrBlank = Annotated[
    codes.CurrentPriceEntryInclusion | Literal[""], code_argument(codes.CurrentPriceEntryInclusion)
]
CycleDaysOrBlank = Annotated[codes.CycleDays | Literal[""], code_argument(codes.CycleDays)]
DailyVolumeTopFilterOrBlank = Annotated[
    codes.DailyVolumeTopFilter | Literal[""], code_argument(codes.DailyVolumeTopFilter)
]
DateRangeTypeOrBlank = Annotated[codes.DateRangeType | Literal[""], code_argument(codes.DateRangeType)]
DateUnitOrBlank = Annotated[codes.DateUnit | Literal[""], code_argument(codes.DateUnit)]
DayTradeSellScopeOrBlank = Annotated[codes.DayTradeSellScope | Literal[""], code_argument(codes.DayTradeSellScope)]
DelistedFilterOrBlank = Annotated[codes.DelistedFilter | Literal[""], code_argument(codes.DelistedFilter)]
DepositQueryTypeOrBlank = Annotated[codes.DepositQueryType | Literal[""], code_argument(codes.DepositQueryType)]
DisplayAllOrBlank = Annotated[codes.DisplayAll | Literal[""], code_argument(codes.DisplayAll)]
DisplayInputStockOnlyOrBlank = Annotated[
    codes.DisplayInputStockOnly | Literal[""], code_argument(codes.DisplayInputStockOnly)
]
DomesticExchangeOrBlank = Annotated[codes.DomesticExchange | Literal[""], code_argument(codes.DomesticExchange)]
DomesticExchangeWithAllOrBlank = Annotated[
    codes.DomesticExchangeWithAll | Literal[""], code_argument(codes.DomesticExchangeWithAll)
]
DomesticExchangeWithAllAndSorOrBlank = Annotated[
    codes.DomesticExchangeWithAllAndSor | Literal[""], code_argument(codes.DomesticExchangeWithAllAndSor)
]
DomesticExchangeWithSorOrBlank = Annotated[
    codes.DomesticExchangeWithSor | Literal[""], code_argument(codes.DomesticExchangeWithSor)
]
ElwBrokerPeriodOrBlank = Annotated[codes.ElwBrokerPeriod | Literal[""], code_argument(codes.ElwBrokerPeriod)]
ElwChangeRateSortOrBlank = Annotated[codes.ElwChangeRateSort | Literal[""], code_argument(codes.ElwChangeRateSort)]
ElwNetTradeVolumeFilterOrBlank = Annotated[
    codes.ElwNetTradeVolumeFilter | Literal[""], code_argument(codes.ElwNetTradeVolumeFilter)
]
ElwRemainingQtySortOrBlank = Annotated[
    codes.ElwRemainingQtySort | Literal[""], code_argument(codes.ElwRemainingQtySort)
]
ElwRightTypeOrBlank = Annotated[codes.ElwRightType | Literal[""], code_argument(codes.ElwRightType)]
ElwRightTypeSingleDigitOrBlank = Annotated[
    codes.ElwRightTypeSingleDigit | Literal[""], code_argument(codes.ElwRightTypeSingleDigit)
]
ElwRightTypeWithoutExOrBlank = Annotated[
    codes.ElwRightTypeWithoutEx | Literal[""], code_argument(codes.ElwRightTypeWithoutEx)
]
ElwSearchSortOrBlank = Annotated[codes.ElwSearchSort | Literal[""], code_argument(codes.ElwSearchSort)]
ElwSurgeVolumeFilterOrBlank = Annotated[
    codes.ElwSurgeVolumeFilter | Literal[""], code_argument(codes.ElwSurgeVolumeFilter)
]
EndedElwFilterOrBlank = Annotated[codes.EndedElwFilter | Literal[""], code_argument(codes.EndedElwFilter)]
EndedElwInclusionOrBlank = Annotated[codes.EndedElwInclusion | Literal[""], code_argument(codes.EndedElwInclusion)]
EndedTradingFilterOrBlank = Annotated[codes.EndedTradingFilter | Literal[""], code_argument(codes.EndedTradingFilter)]
EstimatedUnitPriceTypeOrBlank = Annotated[
    codes.EstimatedUnitPriceType | Literal[""], code_argument(codes.EstimatedUnitPriceType)
]
EtfAssetManagerOrBlank = Annotated[codes.EtfAssetManager | Literal[""], code_argument(codes.EtfAssetManager)]
EtfCategoryLevelOrBlank = Annotated[codes.EtfCategoryLevel | Literal[""], code_argument(codes.EtfCategoryLevel)]
EtfReturnPeriodOrBlank = Annotated[codes.EtfReturnPeriod | Literal[""], code_argument(codes.EtfReturnPeriod)]
EtfTaxableFilterOrBlank = Annotated[codes.EtfTaxableFilter | Literal[""], code_argument(codes.EtfTaxableFilter)]
EtfTaxationTypeOrBlank = Annotated[codes.EtfTaxationType | Literal[""], code_argument(codes.EtfTaxationType)]
ExchangeRateTypeOrBlank = Annotated[codes.ExchangeRateType | Literal[""], code_argument(codes.ExchangeRateType)]
ExchangeTypeOrBlank = Annotated[codes.ExchangeType | Literal[""], code_argument(codes.ExchangeType)]
ExecutionDayTypeOrBlank = Annotated[codes.ExecutionDayType | Literal[""], code_argument(codes.ExecutionDayType)]
ExpectedExecutionChangeSortOrBlank = Annotated[
    codes.ExpectedExecutionChangeSort | Literal[""], code_argument(codes.ExpectedExecutionChangeSort)
]
ExpectedExecutionVolumeConditionOrBlank = Annotated[
    codes.ExpectedExecutionVolumeCondition | Literal[""], code_argument(codes.ExpectedExecutionVolumeCondition)
]
FillFilterOrBlank = Annotated[codes.FillFilter | Literal[""], code_argument(codes.FillFilter)]
ForcedLiquidationTypeOrBlank = Annotated[
    codes.ForcedLiquidationType | Literal[""], code_argument(codes.ForcedLiquidationType)
]
ForeignTradeTypeOrBlank = Annotated[codes.ForeignTradeType | Literal[""], code_argument(codes.ForeignTradeType)]
GoldSpotExchangeWithAllAndSorOrBlank = Annotated[
    codes.GoldSpotExchangeWithAllAndSor | Literal[""], code_argument(codes.GoldSpotExchangeWithAllAndSor)
]
GoldSpotStockCodeOrBlank = Annotated[codes.GoldSpotStockCode | Literal[""], code_argument(codes.GoldSpotStockCode)]
GoldTradeTypeOrBlank = Annotated[codes.GoldTradeType | Literal[""], code_argument(codes.GoldTradeType)]
GoldTransactionTypeOrBlank = Annotated[
    codes.GoldTransactionType | Literal[""], code_argument(codes.GoldTransactionType)
]
HighLowLookbackOrBlank = Annotated[codes.HighLowLookback | Literal[""], code_argument(codes.HighLowLookback)]
HighLowOrCloseBasisOrBlank = Annotated[
    codes.HighLowOrCloseBasis | Literal[""], code_argument(codes.HighLowOrCloseBasis)
]
HighOrLowOrBlank = Annotated[codes.HighOrLow | Literal[""], code_argument(codes.HighOrLow)]
IncludeFlagOrBlank = Annotated[codes.IncludeFlag | Literal[""], code_argument(codes.IncludeFlag)]
IncludeLimitPriceOrBlank = Annotated[codes.IncludeLimitPrice | Literal[""], code_argument(codes.IncludeLimitPrice)]
IncludeUpperLowerLimitOrBlank = Annotated[
    codes.IncludeUpperLowerLimit | Literal[""], code_argument(codes.IncludeUpperLowerLimit)
]
IndustryListCountryOrBlank = Annotated[
    codes.IndustryListCountry | Literal[""], code_argument(codes.IndustryListCountry)
]
IndustryMarketTypeOrBlank = Annotated[codes.IndustryMarketType | Literal[""], code_argument(codes.IndustryMarketType)]
IndustryMarketTypeWithKrx100OrBlank = Annotated[
    codes.IndustryMarketTypeWithKrx100 | Literal[""], code_argument(codes.IndustryMarketTypeWithKrx100)
]
InstitutionTypeOrBlank = Annotated[codes.InstitutionType | Literal[""], code_argument(codes.InstitutionType)]
IntradayInvestorOrBlank = Annotated[codes.IntradayInvestor | Literal[""], code_argument(codes.IntradayInvestor)]
InvestmentCautionStatusOrBlank = Annotated[
    codes.InvestmentCautionStatus | Literal[""], code_argument(codes.InvestmentCautionStatus)
]
InvestorQuantityUnitOrBlank = Annotated[
    codes.InvestorQuantityUnit | Literal[""], code_argument(codes.InvestorQuantityUnit)
]
InvestorTradeTypeOrBlank = Annotated[codes.InvestorTradeType | Literal[""], code_argument(codes.InvestorTradeType)]
InvestorTypeOrBlank = Annotated[codes.InvestorType | Literal[""], code_argument(codes.InvestorType)]
KiwoomRankChangeSignOrBlank = Annotated[
    codes.KiwoomRankChangeSign | Literal[""], code_argument(codes.KiwoomRankChangeSign)
]
KospiOrKosdaqOrBlank = Annotated[codes.KospiOrKosdaq | Literal[""], code_argument(codes.KospiOrKosdaq)]
KospiOrKosdaqBinaryOrBlank = Annotated[
    codes.KospiOrKosdaqBinary | Literal[""], code_argument(codes.KospiOrKosdaqBinary)
]
KrwSubstituteExclusionOrBlank = Annotated[
    codes.KrwSubstituteExclusion | Literal[""], code_argument(codes.KrwSubstituteExclusion)
]
KrwSubstituteRegistrationOrBlank = Annotated[
    codes.KrwSubstituteRegistration | Literal[""], code_argument(codes.KrwSubstituteRegistration)
]
LoanOrStockLoanOrBlank = Annotated[codes.LoanOrStockLoan | Literal[""], code_argument(codes.LoanOrStockLoan)]
MarginReductionTypeOrBlank = Annotated[
    codes.MarginReductionType | Literal[""], code_argument(codes.MarginReductionType)
]
MarketOperationEventOrBlank = Annotated[
    codes.MarketOperationEvent | Literal[""], code_argument(codes.MarketOperationEvent)
]
MarketOperationTypeOrBlank = Annotated[
    codes.MarketOperationType | Literal[""], code_argument(codes.MarketOperationType)
]
MarketSecurityTypeOrBlank = Annotated[codes.MarketSecurityType | Literal[""], code_argument(codes.MarketSecurityType)]
MarketSessionOrBlank = Annotated[codes.MarketSession | Literal[""], code_argument(codes.MarketSession)]
MarketTypeOrBlank = Annotated[codes.MarketType | Literal[""], code_argument(codes.MarketType)]
MarketTypeOrStockOrBlank = Annotated[codes.MarketTypeOrStock | Literal[""], code_argument(codes.MarketTypeOrStock)]
MarketTypeWithKospi200OrBlank = Annotated[
    codes.MarketTypeWithKospi200 | Literal[""], code_argument(codes.MarketTypeWithKospi200)
]
MarketTypeWithOtcOrBlank = Annotated[codes.MarketTypeWithOtc | Literal[""], code_argument(codes.MarketTypeWithOtc)]
MinPriceConditionOrBlank = Annotated[codes.MinPriceCondition | Literal[""], code_argument(codes.MinPriceCondition)]
MinuteChartIntervalOrBlank = Annotated[
    codes.MinuteChartInterval | Literal[""], code_argument(codes.MinuteChartInterval)
]
MinutesOrDaysAgoOrBlank = Annotated[codes.MinutesOrDaysAgo | Literal[""], code_argument(codes.MinutesOrDaysAgo)]
NavVsPreviousCloseOrBlank = Annotated[codes.NavVsPreviousClose | Literal[""], code_argument(codes.NavVsPreviousClose)]
NetAndGrossSideOrBlank = Annotated[codes.NetAndGrossSide | Literal[""], code_argument(codes.NetAndGrossSide)]
NetBuyBrokerPeriodOrBlank = Annotated[codes.NetBuyBrokerPeriod | Literal[""], code_argument(codes.NetBuyBrokerPeriod)]
NetBuyOnlyOrBlank = Annotated[codes.NetBuyOnly | Literal[""], code_argument(codes.NetBuyOnly)]
NetBuySellOrBlank = Annotated[codes.NetBuySell | Literal[""], code_argument(codes.NetBuySell)]
NetSellBuyOrBlank = Annotated[codes.NetSellBuy | Literal[""], code_argument(codes.NetSellBuy)]
NetSellBuyTradeOrBlank = Annotated[codes.NetSellBuyTrade | Literal[""], code_argument(codes.NetSellBuyTrade)]
NetSellBuyTypeOrBlank = Annotated[codes.NetSellBuyType | Literal[""], code_argument(codes.NetSellBuyType)]
NetTradeRankOrderOrBlank = Annotated[codes.NetTradeRankOrder | Literal[""], code_argument(codes.NetTradeRankOrder)]
NetTradeRankQuantityUnitOrBlank = Annotated[
    codes.NetTradeRankQuantityUnit | Literal[""], code_argument(codes.NetTradeRankQuantityUnit)
]
NewHighOrLowOrBlank = Annotated[codes.NewHighOrLow | Literal[""], code_argument(codes.NewHighOrLow)]
NxtAvailableOrBlank = Annotated[codes.NxtAvailable | Literal[""], code_argument(codes.NxtAvailable)]
OpenChangeStockConditionOrBlank = Annotated[
    codes.OpenChangeStockCondition | Literal[""], code_argument(codes.OpenChangeStockCondition)
]
OpenChangeVolumeConditionOrBlank = Annotated[
    codes.OpenChangeVolumeCondition | Literal[""], code_argument(codes.OpenChangeVolumeCondition)
]
OrderHistoryQueryTypeOrBlank = Annotated[
    codes.OrderHistoryQueryType | Literal[""], code_argument(codes.OrderHistoryQueryType)
]
OrderKindOrBlank = Annotated[codes.OrderKind | Literal[""], code_argument(codes.OrderKind)]
OrderListSortOrBlank = Annotated[codes.OrderListSort | Literal[""], code_argument(codes.OrderListSort)]
OrderbookSurgeSortOrBlank = Annotated[codes.OrderbookSurgeSort | Literal[""], code_argument(codes.OrderbookSurgeSort)]
OrderbookSurgeVolumeFilterOrBlank = Annotated[
    codes.OrderbookSurgeVolumeFilter | Literal[""], code_argument(codes.OrderbookSurgeVolumeFilter)
]
OrderbookTopSortOrBlank = Annotated[codes.OrderbookTopSort | Literal[""], code_argument(codes.OrderbookTopSort)]
OrderbookTopVolumeFilterOrBlank = Annotated[
    codes.OrderbookTopVolumeFilter | Literal[""], code_argument(codes.OrderbookTopVolumeFilter)
]
PreviousDayTop100TypeOrBlank = Annotated[
    codes.PreviousDayTop100Type | Literal[""], code_argument(codes.PreviousDayTop100Type)
]
PriceChangeSignOrBlank = Annotated[codes.PriceChangeSign | Literal[""], code_argument(codes.PriceChangeSign)]
PriceConditionExtendedOrBlank = Annotated[
    codes.PriceConditionExtended | Literal[""], code_argument(codes.PriceConditionExtended)
]
PriceConditionStandardOrBlank = Annotated[
    codes.PriceConditionStandard | Literal[""], code_argument(codes.PriceConditionStandard)
]
PriceConditionWithUnder10000OrBlank = Annotated[
    codes.PriceConditionWithUnder10000 | Literal[""], code_argument(codes.PriceConditionWithUnder10000)
]
ProcessResultOrBlank = Annotated[codes.ProcessResult | Literal[""], code_argument(codes.ProcessResult)]
ProductTypeOrBlank = Annotated[codes.ProductType | Literal[""], code_argument(codes.ProductType)]
ProgramMarketCodeOrBlank = Annotated[codes.ProgramMarketCode | Literal[""], code_argument(codes.ProgramMarketCode)]
ProgramMarketCodeByExchangeOrBlank = Annotated[
    codes.ProgramMarketCodeByExchange | Literal[""], code_argument(codes.ProgramMarketCodeByExchange)
]
ProgramNetTradeTopOrBlank = Annotated[codes.ProgramNetTradeTop | Literal[""], code_argument(codes.ProgramNetTradeTop)]
ProximityRateOrBlank = Annotated[codes.ProximityRate | Literal[""], code_argument(codes.ProximityRate)]
QuantityOrAmountOrBlank = Annotated[codes.QuantityOrAmount | Literal[""], code_argument(codes.QuantityOrAmount)]
QuantityOrAmountMillionOrBlank = Annotated[
    codes.QuantityOrAmountMillion | Literal[""], code_argument(codes.QuantityOrAmountMillion)
]
QueryDateInclusionOrBlank = Annotated[codes.QueryDateInclusion | Literal[""], code_argument(codes.QueryDateInclusion)]
QueryPeriodModeOrBlank = Annotated[codes.QueryPeriodMode | Literal[""], code_argument(codes.QueryPeriodMode)]
QueryRankIntervalOrBlank = Annotated[codes.QueryRankInterval | Literal[""], code_argument(codes.QueryRankInterval)]
RankChangeSymbolOrBlank = Annotated[codes.RankChangeSymbol | Literal[""], code_argument(codes.RankChangeSymbol)]
RankPeriodOrBlank = Annotated[codes.RankPeriod | Literal[""], code_argument(codes.RankPeriod)]
RankingStockConditionOrBlank = Annotated[
    codes.RankingStockCondition | Literal[""], code_argument(codes.RankingStockCondition)
]
RealtimeRefreshOrBlank = Annotated[codes.RealtimeRefresh | Literal[""], code_argument(codes.RealtimeRefresh)]
RealtimeRegActionOrBlank = Annotated[codes.RealtimeRegAction | Literal[""], code_argument(codes.RealtimeRegAction)]
RemainingOrderSideOrBlank = Annotated[codes.RemainingOrderSide | Literal[""], code_argument(codes.RemainingOrderSide)]
RemainingRatioSurgeVolumeFilterOrBlank = Annotated[
    codes.RemainingRatioSurgeVolumeFilter | Literal[""], code_argument(codes.RemainingRatioSurgeVolumeFilter)
]
SellBuyOrBlank = Annotated[codes.SellBuy | Literal[""], code_argument(codes.SellBuy)]
SellBuyWithAllOrBlank = Annotated[codes.SellBuyWithAll | Literal[""], code_argument(codes.SellBuyWithAll)]
StockBondTypeOrBlank = Annotated[codes.StockBondType | Literal[""], code_argument(codes.StockBondType)]
StockConditionOrBlank = Annotated[codes.StockCondition | Literal[""], code_argument(codes.StockCondition)]
StockOrSectorOrBlank = Annotated[codes.StockOrSector | Literal[""], code_argument(codes.StockOrSector)]
SubscriptionRightTypeOrBlank = Annotated[
    codes.SubscriptionRightType | Literal[""], code_argument(codes.SubscriptionRightType)
]
SupplyZoneCycleDaysOrBlank = Annotated[
    codes.SupplyZoneCycleDays | Literal[""], code_argument(codes.SupplyZoneCycleDays)
]
SupplyZonePositionOrBlank = Annotated[codes.SupplyZonePosition | Literal[""], code_argument(codes.SupplyZonePosition)]
SurgeOrPlungeOrBlank = Annotated[codes.SurgeOrPlunge | Literal[""], code_argument(codes.SurgeOrPlunge)]
SurgeOrPlungeWatchlistOrBlank = Annotated[
    codes.SurgeOrPlungeWatchlist | Literal[""], code_argument(codes.SurgeOrPlungeWatchlist)
]
ThemeReturnRankTypeOrBlank = Annotated[
    codes.ThemeReturnRankType | Literal[""], code_argument(codes.ThemeReturnRankType)
]
ThemeSearchTypeOrBlank = Annotated[codes.ThemeSearchType | Literal[""], code_argument(codes.ThemeSearchType)]
TickChartIntervalOrBlank = Annotated[codes.TickChartInterval | Literal[""], code_argument(codes.TickChartInterval)]
TickOrMinuteOrBlank = Annotated[codes.TickOrMinute | Literal[""], code_argument(codes.TickOrMinute)]
TimePointOrBlank = Annotated[codes.TimePoint | Literal[""], code_argument(codes.TimePoint)]
TopOrBottomOrBlank = Annotated[codes.TopOrBottom | Literal[""], code_argument(codes.TopOrBottom)]
TradePriceConditionOrBlank = Annotated[
    codes.TradePriceCondition | Literal[""], code_argument(codes.TradePriceCondition)
]
TradeTypeOrBlank = Annotated[codes.TradeType | Literal[""], code_argument(codes.TradeType)]
TradingSessionOrBlank = Annotated[codes.TradingSession | Literal[""], code_argument(codes.TradingSession)]
TradingValueConditionOrBlank = Annotated[
    codes.TradingValueCondition | Literal[""], code_argument(codes.TradingValueCondition)
]
TradingValueFilterOrBlank = Annotated[codes.TradingValueFilter | Literal[""], code_argument(codes.TradingValueFilter)]
TransactionKindOrBlank = Annotated[codes.TransactionKind | Literal[""], code_argument(codes.TransactionKind)]
TransactionSortOrderOrBlank = Annotated[
    codes.TransactionSortOrder | Literal[""], code_argument(codes.TransactionSortOrder)
]
UpperLowerLimitSortOrBlank = Annotated[
    codes.UpperLowerLimitSort | Literal[""], code_argument(codes.UpperLowerLimitSort)
]
UpperLowerLimitStockConditionOrBlank = Annotated[
    codes.UpperLowerLimitStockCondition | Literal[""], code_argument(codes.UpperLowerLimitStockCondition)
]
UpperLowerLimitTypeOrBlank = Annotated[
    codes.UpperLowerLimitType | Literal[""], code_argument(codes.UpperLowerLimitType)
]
UsAllOrStockOrBlank = Annotated[codes.UsAllOrStock | Literal[""], code_argument(codes.UsAllOrStock)]
UsApplyFlagOrBlank = Annotated[codes.UsApplyFlag | Literal[""], code_argument(codes.UsApplyFlag)]
UsBuySellRatioTypeOrBlank = Annotated[codes.UsBuySellRatioType | Literal[""], code_argument(codes.UsBuySellRatioType)]
UsBuyTradeTypeOrBlank = Annotated[codes.UsBuyTradeType | Literal[""], code_argument(codes.UsBuyTradeType)]
UsConsecutiveRiseFallSortOrBlank = Annotated[
    codes.UsConsecutiveRiseFallSort | Literal[""], code_argument(codes.UsConsecutiveRiseFallSort)
]
UsCumulativeChangeSortOrBlank = Annotated[
    codes.UsCumulativeChangeSort | Literal[""], code_argument(codes.UsCumulativeChangeSort)
]
UsDateRiseFallSortOrBlank = Annotated[codes.UsDateRiseFallSort | Literal[""], code_argument(codes.UsDateRiseFallSort)]
UsDayTradeSellScopeOrBlank = Annotated[
    codes.UsDayTradeSellScope | Literal[""], code_argument(codes.UsDayTradeSellScope)
]
UsDaysAgoPeriodOrBlank = Annotated[codes.UsDaysAgoPeriod | Literal[""], code_argument(codes.UsDaysAgoPeriod)]
UsDaytimeDisparitySortOrBlank = Annotated[
    codes.UsDaytimeDisparitySort | Literal[""], code_argument(codes.UsDaytimeDisparitySort)
]
UsExchangeOrBlank = Annotated[codes.UsExchange | Literal[""], code_argument(codes.UsExchange)]
UsExchangeChartProfitOrBlank = Annotated[
    codes.UsExchangeChartProfit | Literal[""], code_argument(codes.UsExchangeChartProfit)
]
UsExchangeNumNyseAmexNasdaqOrBlank = Annotated[
    codes.UsExchangeNumNyseAmexNasdaq | Literal[""], code_argument(codes.UsExchangeNumNyseAmexNasdaq)
]
UsExchangeNumNyseNasdaqAmexOrBlank = Annotated[
    codes.UsExchangeNumNyseNasdaqAmex | Literal[""], code_argument(codes.UsExchangeNumNyseNasdaqAmex)
]
UsExchangeWithAllOrBlank = Annotated[codes.UsExchangeWithAll | Literal[""], code_argument(codes.UsExchangeWithAll)]
UsGapDirectionOrBlank = Annotated[codes.UsGapDirection | Literal[""], code_argument(codes.UsGapDirection)]
UsGapRatioOrBlank = Annotated[codes.UsGapRatio | Literal[""], code_argument(codes.UsGapRatio)]
UsGapSortOrBlank = Annotated[codes.UsGapSort | Literal[""], code_argument(codes.UsGapSort)]
UsGapStockConditionOrBlank = Annotated[
    codes.UsGapStockCondition | Literal[""], code_argument(codes.UsGapStockCondition)
]
UsHighLowCompareSortOrBlank = Annotated[
    codes.UsHighLowCompareSort | Literal[""], code_argument(codes.UsHighLowCompareSort)
]
UsHighLowOrCloseBasisOrBlank = Annotated[
    codes.UsHighLowOrCloseBasis | Literal[""], code_argument(codes.UsHighLowOrCloseBasis)
]
UsIndexOrBlank = Annotated[codes.UsIndex | Literal[""], code_argument(codes.UsIndex)]
UsIndexMembershipOrBlank = Annotated[codes.UsIndexMembership | Literal[""], code_argument(codes.UsIndexMembership)]
UsKiwoomTopQueryTypeOrBlank = Annotated[
    codes.UsKiwoomTopQueryType | Literal[""], code_argument(codes.UsKiwoomTopQueryType)
]
UsOpenChangeSortOrBlank = Annotated[codes.UsOpenChangeSort | Literal[""], code_argument(codes.UsOpenChangeSort)]
UsOrderHistoryQueryTypeOrBlank = Annotated[
    codes.UsOrderHistoryQueryType | Literal[""], code_argument(codes.UsOrderHistoryQueryType)
]
UsOrderbookTopSortOrBlank = Annotated[codes.UsOrderbookTopSort | Literal[""], code_argument(codes.UsOrderbookTopSort)]
UsPrevDayChangeSortOrBlank = Annotated[
    codes.UsPrevDayChangeSort | Literal[""], code_argument(codes.UsPrevDayChangeSort)
]
UsPreviousDayRankSortOrBlank = Annotated[
    codes.UsPreviousDayRankSort | Literal[""], code_argument(codes.UsPreviousDayRankSort)
]
UsPriceConditionOrBlank = Annotated[codes.UsPriceCondition | Literal[""], code_argument(codes.UsPriceCondition)]
UsPriceConditionWithUsdOrBlank = Annotated[
    codes.UsPriceConditionWithUsd | Literal[""], code_argument(codes.UsPriceConditionWithUsd)
]
UsPriceSurgeTimeBasisOrBlank = Annotated[
    codes.UsPriceSurgeTimeBasis | Literal[""], code_argument(codes.UsPriceSurgeTimeBasis)
]
UsProximityRateOrBlank = Annotated[codes.UsProximityRate | Literal[""], code_argument(codes.UsProximityRate)]
UsRealtimeRankPeriodOrBlank = Annotated[
    codes.UsRealtimeRankPeriod | Literal[""], code_argument(codes.UsRealtimeRankPeriod)
]
UsReservationOrderTypeOrBlank = Annotated[
    codes.UsReservationOrderType | Literal[""], code_argument(codes.UsReservationOrderType)
]
UsSectorChangeRateSortOrBlank = Annotated[
    codes.UsSectorChangeRateSort | Literal[""], code_argument(codes.UsSectorChangeRateSort)
]
UsSectorExchangeOrBlank = Annotated[codes.UsSectorExchange | Literal[""], code_argument(codes.UsSectorExchange)]
UsSecurityTypeOrBlank = Annotated[codes.UsSecurityType | Literal[""], code_argument(codes.UsSecurityType)]
UsSecurityTypeLetterOrBlank = Annotated[
    codes.UsSecurityTypeLetter | Literal[""], code_argument(codes.UsSecurityTypeLetter)
]
UsSellBuyOrBlank = Annotated[codes.UsSellBuy | Literal[""], code_argument(codes.UsSellBuy)]
UsSellBuyWithAllOrBlank = Annotated[codes.UsSellBuyWithAll | Literal[""], code_argument(codes.UsSellBuyWithAll)]
UsSellTradeTypeOrBlank = Annotated[codes.UsSellTradeType | Literal[""], code_argument(codes.UsSellTradeType)]
UsStockConditionOrBlank = Annotated[codes.UsStockCondition | Literal[""], code_argument(codes.UsStockCondition)]
UsStockFilterOrBlank = Annotated[codes.UsStockFilter | Literal[""], code_argument(codes.UsStockFilter)]
UsStockOrEtfOrBlank = Annotated[codes.UsStockOrEtf | Literal[""], code_argument(codes.UsStockOrEtf)]
UsTradeRankPeriodUnitOrBlank = Annotated[
    codes.UsTradeRankPeriodUnit | Literal[""], code_argument(codes.UsTradeRankPeriodUnit)
]
UsTradingValueConditionOrBlank = Annotated[
    codes.UsTradingValueCondition | Literal[""], code_argument(codes.UsTradingValueCondition)
]
UsTransactionTypeOrBlank = Annotated[codes.UsTransactionType | Literal[""], code_argument(codes.UsTransactionType)]
UsVolumeConditionOrBlank = Annotated[codes.UsVolumeCondition | Literal[""], code_argument(codes.UsVolumeCondition)]
UsVolumeRankSortOrBlank = Annotated[codes.UsVolumeRankSort | Literal[""], code_argument(codes.UsVolumeRankSort)]
UsWatchlistSurgeTimeBasisOrBlank = Annotated[
    codes.UsWatchlistSurgeTimeBasis | Literal[""], code_argument(codes.UsWatchlistSurgeTimeBasis)
]
UseFlagOrBlank = Annotated[codes.UseFlag | Literal[""], code_argument(codes.UseFlag)]
ValuationRankTypeOrBlank = Annotated[codes.ValuationRankType | Literal[""], code_argument(codes.ValuationRankType)]
ViTriggerDirectionOrBlank = Annotated[codes.ViTriggerDirection | Literal[""], code_argument(codes.ViTriggerDirection)]
ViTriggerTypeOrBlank = Annotated[codes.ViTriggerType | Literal[""], code_argument(codes.ViTriggerType)]
VolumeConditionOrBlank = Annotated[codes.VolumeCondition | Literal[""], code_argument(codes.VolumeCondition)]
VolumeFilterOrBlank = Annotated[codes.VolumeFilter | Literal[""], code_argument(codes.VolumeFilter)]
VolumeSurgeFilterOrBlank = Annotated[codes.VolumeSurgeFilter | Literal[""], code_argument(codes.VolumeSurgeFilter)]
VolumeSurgeSortOrBlank = Annotated[codes.VolumeSurgeSort | Literal[""], code_argument(codes.VolumeSurgeSort)]
VolumeSurgeStockConditionOrBlank = Annotated[
    codes.VolumeSurgeStockCondition | Literal[""], code_argument(codes.VolumeSurgeStockCondition)
]
VolumeSurgeTimeBasisOrBlank = Annotated[
    codes.VolumeSurgeTimeBasis | Literal[""], code_argument(codes.VolumeSurgeTimeBasis)
]
VolumeTopSortOrBlank = Annotated[codes.VolumeTopSort | Literal[""], code_argument(codes.VolumeTopSort)]
YearOrAverageOrBlank = Annotated[codes.YearOrAverage | Literal[""], code_argument(codes.YearOrAverage)]
YesNoOrBlank = Annotated[codes.YesNo | Literal[""], code_argument(codes.YesNo)]
AccountExchangeTypeValue = Annotated[
    codes.AccountExchangeType | str | None, code_parser(codes.AccountExchangeType), AS_PLAIN
]
AdministrativeIssueInclusionValue = Annotated[
    codes.AdministrativeIssueInclusion | str | None, code_parser(codes.AdministrativeIssueInclusion), AS_PLAIN
]
AfterHoursStockConditionValue = Annotated[
    codes.AfterHoursStockCondition | str | None, code_parser(codes.AfterHoursStockCondition), AS_PLAIN
]
AfterHoursTradingValueValue = Annotated[
    codes.AfterHoursTradingValue | str | None, code_parser(codes.AfterHoursTradingValue), AS_PLAIN
]
AfterHoursVolumeConditionValue = Annotated[
    codes.AfterHoursVolumeCondition | str | None, code_parser(codes.AfterHoursVolumeCondition), AS_PLAIN
]
AllOnlyFilterValue = Annotated[codes.AllOnlyFilter | str | None, code_parser(codes.AllOnlyFilter), AS_PLAIN]
AllOrSingleStockValue = Annotated[codes.AllOrSingleStock | str | None, code_parser(codes.AllOrSingleStock), AS_PLAIN]
AmountAndQuantityValue = Annotated[codes.AmountAndQuantity | str | None, code_parser(codes.AmountAndQuantity), AS_PLAIN]
AmountMillionOrQuantityThousandValue = Annotated[
    codes.AmountMillionOrQuantityThousand | str | None, code_parser(codes.AmountMillionOrQuantityThousand), AS_PLAIN
]
AmountOrQuantityValue = Annotated[codes.AmountOrQuantity | str | None, code_parser(codes.AmountOrQuantity), AS_PLAIN]
AmountOrQuantityZeroBasedValue = Annotated[
    codes.AmountOrQuantityZeroBased | str | None, code_parser(codes.AmountOrQuantityZeroBased), AS_PLAIN
]
AmountTenMillionOrQuantityThousandValue = Annotated[
    codes.AmountTenMillionOrQuantityThousand | str | None,
    code_parser(codes.AmountTenMillionOrQuantityThousand),
    AS_PLAIN,
]
BalanceAggregationValue = Annotated[
    codes.BalanceAggregation | str | None, code_parser(codes.BalanceAggregation), AS_PLAIN
]
BaseDateTypeValue = Annotated[codes.BaseDateType | str | None, code_parser(codes.BaseDateType), AS_PLAIN]
BrokerRankPeriodValue = Annotated[codes.BrokerRankPeriod | str | None, code_parser(codes.BrokerRankPeriod), AS_PLAIN]
BrokerRankVolumeFilterValue = Annotated[
    codes.BrokerRankVolumeFilter | str | None, code_parser(codes.BrokerRankVolumeFilter), AS_PLAIN
]
BrokerStockRankPeriodValue = Annotated[
    codes.BrokerStockRankPeriod | str | None, code_parser(codes.BrokerStockRankPeriod), AS_PLAIN
]
BuySellRatioTypeValue = Annotated[codes.BuySellRatioType | str | None, code_parser(codes.BuySellRatioType), AS_PLAIN]
CashCreditTypeValue = Annotated[codes.CashCreditType | str | None, code_parser(codes.CashCreditType), AS_PLAIN]
ChangeRateRankStockConditionValue = Annotated[
    codes.ChangeRateRankStockCondition | str | None, code_parser(codes.ChangeRateRankStockCondition), AS_PLAIN
]
ChangeRateSortValue = Annotated[codes.ChangeRateSort | str | None, code_parser(codes.ChangeRateSort), AS_PLAIN]
CheckFlagValue = Annotated[codes.CheckFlag | str | None, code_parser(codes.CheckFlag), AS_PLAIN]
CloseOrDateSortValue = Annotated[codes.CloseOrDateSort | str | None, code_parser(codes.CloseOrDateSort), AS_PLAIN]
ComparePriceBasisValue = Annotated[codes.ComparePriceBasis | str | None, code_parser(codes.ComparePriceBasis), AS_PLAIN]
CompositeIndexCodeValue = Annotated[
    codes.CompositeIndexCode | str | None, code_parser(codes.CompositeIndexCode), AS_PLAIN
]
ConditionInsertDeleteValue = Annotated[
    codes.ConditionInsertDelete | str | None, code_parser(codes.ConditionInsertDelete), AS_PLAIN
]
ConditionSearchExchangeValue = Annotated[
    codes.ConditionSearchExchange | str | None, code_parser(codes.ConditionSearchExchange), AS_PLAIN
]
ConditionSearchRealtimeTypeValue = Annotated[
    codes.ConditionSearchRealtimeType | str | None, code_parser(codes.ConditionSearchRealtimeType), AS_PLAIN
]
ConditionSearchTypeValue = Annotated[
    codes.ConditionSearchType | str | None, code_parser(codes.ConditionSearchType), AS_PLAIN
]
ConsecutiveNetTradeValue = Annotated[
    codes.ConsecutiveNetTrade | str | None, code_parser(codes.ConsecutiveNetTrade), AS_PLAIN
]
ConsecutiveTradePeriodValue = Annotated[
    codes.ConsecutiveTradePeriod | str | None, code_parser(codes.ConsecutiveTradePeriod), AS_PLAIN
]
ConsignmentTransactionTypeValue = Annotated[
    codes.ConsignmentTransactionType | str | None, code_parser(codes.ConsignmentTransactionType), AS_PLAIN
]
ContinuationRequestValue = Annotated[
    codes.ContinuationRequest | str | None, code_parser(codes.ContinuationRequest), AS_PLAIN
]
CreditConditionValue = Annotated[codes.CreditCondition | str | None, code_parser(codes.CreditCondition), AS_PLAIN]
CreditConditionAfterHoursValue = Annotated[
    codes.CreditConditionAfterHours | str | None, code_parser(codes.CreditConditionAfterHours), AS_PLAIN
]
CreditConditionWithStockLoanValue = Annotated[
    codes.CreditConditionWithStockLoan | str | None, code_parser(codes.CreditConditionWithStockLoan), AS_PLAIN
]
CreditDealTypeValue = Annotated[codes.CreditDealType | str | None, code_parser(codes.CreditDealType), AS_PLAIN]
CreditLimitExceededTextValue = Annotated[
    codes.CreditLimitExceededText | str | None, code_parser(codes.CreditLimitExceededText), AS_PLAIN
]
CreditLoanMarketTypeValue = Annotated[
    codes.CreditLoanMarketType | str | None, code_parser(codes.CreditLoanMarketType), AS_PLAIN
]
CreditRatioVolumeFilterValue = Annotated[
    codes.CreditRatioVolumeFilter | str | None, code_parser(codes.CreditRatioVolumeFilter), AS_PLAIN
]
CreditStockGradeValue = Annotated[codes.CreditStockGrade | str | None, code_parser(codes.CreditStockGrade), AS_PLAIN]
CreditTypeValue = Annotated[codes.CreditType | str | None, code_parser(codes.CreditType), AS_PLAIN]
CurrencyBasisValue = Annotated[codes.CurrencyBasis | str | None, code_parser(codes.CurrencyBasis), AS_PLAIN]
CurrencyExchangeDirectionValue = Annotated[
    codes.CurrencyExchangeDirection | str | None, code_parser(codes.CurrencyExchangeDirection), AS_PLAIN
]
CurrentPriceEntryInclusionValue = Annotated[
    codes.CurrentPriceEntryInclusion | str | None, code_parser(codes.CurrentPriceEntryInclusion), AS_PLAIN
]
CycleDaysValue = Annotated[codes.CycleDays | str | None, code_parser(codes.CycleDays), AS_PLAIN]
DailyVolumeTopFilterValue = Annotated[
    codes.DailyVolumeTopFilter | str | None, code_parser(codes.DailyVolumeTopFilter), AS_PLAIN
]
DateRangeTypeValue = Annotated[codes.DateRangeType | str | None, code_parser(codes.DateRangeType), AS_PLAIN]
DateUnitValue = Annotated[codes.DateUnit | str | None, code_parser(codes.DateUnit), AS_PLAIN]
DayTradeSellScopeValue = Annotated[codes.DayTradeSellScope | str | None, code_parser(codes.DayTradeSellScope), AS_PLAIN]
DelistedFilterValue = Annotated[codes.DelistedFilter | str | None, code_parser(codes.DelistedFilter), AS_PLAIN]
DepositQueryTypeValue = Annotated[codes.DepositQueryType | str | None, code_parser(codes.DepositQueryType), AS_PLAIN]
DisplayAllValue = Annotated[codes.DisplayAll | str | None, code_parser(codes.DisplayAll), AS_PLAIN]
DisplayInputStockOnlyValue = Annotated[
    codes.DisplayInputStockOnly | str | None, code_parser(codes.DisplayInputStockOnly), AS_PLAIN
]
DomesticExchangeValue = Annotated[codes.DomesticExchange | str | None, code_parser(codes.DomesticExchange), AS_PLAIN]
DomesticExchangeWithAllValue = Annotated[
    codes.DomesticExchangeWithAll | str | None, code_parser(codes.DomesticExchangeWithAll), AS_PLAIN
]
DomesticExchangeWithAllAndSorValue = Annotated[
    codes.DomesticExchangeWithAllAndSor | str | None, code_parser(codes.DomesticExchangeWithAllAndSor), AS_PLAIN
]
DomesticExchangeWithSorValue = Annotated[
    codes.DomesticExchangeWithSor | str | None, code_parser(codes.DomesticExchangeWithSor), AS_PLAIN
]
ElwBrokerPeriodValue = Annotated[codes.ElwBrokerPeriod | str | None, code_parser(codes.ElwBrokerPeriod), AS_PLAIN]
ElwChangeRateSortValue = Annotated[codes.ElwChangeRateSort | str | None, code_parser(codes.ElwChangeRateSort), AS_PLAIN]
ElwNetTradeVolumeFilterValue = Annotated[
    codes.ElwNetTradeVolumeFilter | str | None, code_parser(codes.ElwNetTradeVolumeFilter), AS_PLAIN
]
ElwRemainingQtySortValue = Annotated[
    codes.ElwRemainingQtySort | str | None, code_parser(codes.ElwRemainingQtySort), AS_PLAIN
]
ElwRightTypeValue = Annotated[codes.ElwRightType | str | None, code_parser(codes.ElwRightType), AS_PLAIN]
ElwRightTypeSingleDigitValue = Annotated[
    codes.ElwRightTypeSingleDigit | str | None, code_parser(codes.ElwRightTypeSingleDigit), AS_PLAIN
]
ElwRightTypeWithoutExValue = Annotated[
    codes.ElwRightTypeWithoutEx | str | None, code_parser(codes.ElwRightTypeWithoutEx), AS_PLAIN
]
ElwSearchSortValue = Annotated[codes.ElwSearchSort | str | None, code_parser(codes.ElwSearchSort), AS_PLAIN]
ElwSurgeVolumeFilterValue = Annotated[
    codes.ElwSurgeVolumeFilter | str | None, code_parser(codes.ElwSurgeVolumeFilter), AS_PLAIN
]
EndedElwFilterValue = Annotated[codes.EndedElwFilter | str | None, code_parser(codes.EndedElwFilter), AS_PLAIN]
EndedElwInclusionValue = Annotated[codes.EndedElwInclusion | str | None, code_parser(codes.EndedElwInclusion), AS_PLAIN]
EndedTradingFilterValue = Annotated[
    codes.EndedTradingFilter | str | None, code_parser(codes.EndedTradingFilter), AS_PLAIN
]
EstimatedUnitPriceTypeValue = Annotated[
    codes.EstimatedUnitPriceType | str | None, code_parser(codes.EstimatedUnitPriceType), AS_PLAIN
]
EtfAssetManagerValue = Annotated[codes.EtfAssetManager | str | None, code_parser(codes.EtfAssetManager), AS_PLAIN]
EtfCategoryLevelValue = Annotated[codes.EtfCategoryLevel | str | None, code_parser(codes.EtfCategoryLevel), AS_PLAIN]
EtfReturnPeriodValue = Annotated[codes.EtfReturnPeriod | str | None, code_parser(codes.EtfReturnPeriod), AS_PLAIN]
EtfTaxableFilterValue = Annotated[codes.EtfTaxableFilter | str | None, code_parser(codes.EtfTaxableFilter), AS_PLAIN]
EtfTaxationTypeValue = Annotated[codes.EtfTaxationType | str | None, code_parser(codes.EtfTaxationType), AS_PLAIN]
ExchangeRateTypeValue = Annotated[codes.ExchangeRateType | str | None, code_parser(codes.ExchangeRateType), AS_PLAIN]
ExchangeTypeValue = Annotated[codes.ExchangeType | str | None, code_parser(codes.ExchangeType), AS_PLAIN]
ExecutionDayTypeValue = Annotated[codes.ExecutionDayType | str | None, code_parser(codes.ExecutionDayType), AS_PLAIN]
ExpectedExecutionChangeSortValue = Annotated[
    codes.ExpectedExecutionChangeSort | str | None, code_parser(codes.ExpectedExecutionChangeSort), AS_PLAIN
]
ExpectedExecutionVolumeConditionValue = Annotated[
    codes.ExpectedExecutionVolumeCondition | str | None, code_parser(codes.ExpectedExecutionVolumeCondition), AS_PLAIN
]
FillFilterValue = Annotated[codes.FillFilter | str | None, code_parser(codes.FillFilter), AS_PLAIN]
ForcedLiquidationTypeValue = Annotated[
    codes.ForcedLiquidationType | str | None, code_parser(codes.ForcedLiquidationType), AS_PLAIN
]
ForeignTradeTypeValue = Annotated[codes.ForeignTradeType | str | None, code_parser(codes.ForeignTradeType), AS_PLAIN]
GoldSpotExchangeWithAllAndSorValue = Annotated[
    codes.GoldSpotExchangeWithAllAndSor | str | None, code_parser(codes.GoldSpotExchangeWithAllAndSor), AS_PLAIN
]
GoldSpotStockCodeValue = Annotated[codes.GoldSpotStockCode | str | None, code_parser(codes.GoldSpotStockCode), AS_PLAIN]
GoldTradeTypeValue = Annotated[codes.GoldTradeType | str | None, code_parser(codes.GoldTradeType), AS_PLAIN]
GoldTransactionTypeValue = Annotated[
    codes.GoldTransactionType | str | None, code_parser(codes.GoldTransactionType), AS_PLAIN
]
HighLowLookbackValue = Annotated[codes.HighLowLookback | str | None, code_parser(codes.HighLowLookback), AS_PLAIN]
HighLowOrCloseBasisValue = Annotated[
    codes.HighLowOrCloseBasis | str | None, code_parser(codes.HighLowOrCloseBasis), AS_PLAIN
]
HighOrLowValue = Annotated[codes.HighOrLow | str | None, code_parser(codes.HighOrLow), AS_PLAIN]
IncludeFlagValue = Annotated[codes.IncludeFlag | str | None, code_parser(codes.IncludeFlag), AS_PLAIN]
IncludeLimitPriceValue = Annotated[codes.IncludeLimitPrice | str | None, code_parser(codes.IncludeLimitPrice), AS_PLAIN]
IncludeUpperLowerLimitValue = Annotated[
    codes.IncludeUpperLowerLimit | str | None, code_parser(codes.IncludeUpperLowerLimit), AS_PLAIN
]
IndustryListCountryValue = Annotated[
    codes.IndustryListCountry | str | None, code_parser(codes.IndustryListCountry), AS_PLAIN
]
IndustryMarketTypeValue = Annotated[
    codes.IndustryMarketType | str | None, code_parser(codes.IndustryMarketType), AS_PLAIN
]
IndustryMarketTypeWithKrx100Value = Annotated[
    codes.IndustryMarketTypeWithKrx100 | str | None, code_parser(codes.IndustryMarketTypeWithKrx100), AS_PLAIN
]
InstitutionTypeValue = Annotated[codes.InstitutionType | str | None, code_parser(codes.InstitutionType), AS_PLAIN]
IntradayInvestorValue = Annotated[codes.IntradayInvestor | str | None, code_parser(codes.IntradayInvestor), AS_PLAIN]
InvestmentCautionStatusValue = Annotated[
    codes.InvestmentCautionStatus | str | None, code_parser(codes.InvestmentCautionStatus), AS_PLAIN
]
InvestorQuantityUnitValue = Annotated[
    codes.InvestorQuantityUnit | str | None, code_parser(codes.InvestorQuantityUnit), AS_PLAIN
]
InvestorTradeTypeValue = Annotated[codes.InvestorTradeType | str | None, code_parser(codes.InvestorTradeType), AS_PLAIN]
InvestorTypeValue = Annotated[codes.InvestorType | str | None, code_parser(codes.InvestorType), AS_PLAIN]
KiwoomRankChangeSignValue = Annotated[
    codes.KiwoomRankChangeSign | str | None, code_parser(codes.KiwoomRankChangeSign), AS_PLAIN
]
KospiOrKosdaqValue = Annotated[codes.KospiOrKosdaq | str | None, code_parser(codes.KospiOrKosdaq), AS_PLAIN]
KospiOrKosdaqBinaryValue = Annotated[
    codes.KospiOrKosdaqBinary | str | None, code_parser(codes.KospiOrKosdaqBinary), AS_PLAIN
]
KrwSubstituteExclusionValue = Annotated[
    codes.KrwSubstituteExclusion | str | None, code_parser(codes.KrwSubstituteExclusion), AS_PLAIN
]
KrwSubstituteRegistrationValue = Annotated[
    codes.KrwSubstituteRegistration | str | None, code_parser(codes.KrwSubstituteRegistration), AS_PLAIN
]
LoanOrStockLoanValue = Annotated[codes.LoanOrStockLoan | str | None, code_parser(codes.LoanOrStockLoan), AS_PLAIN]
MarginReductionTypeValue = Annotated[
    codes.MarginReductionType | str | None, code_parser(codes.MarginReductionType), AS_PLAIN
]
MarketOperationEventValue = Annotated[
    codes.MarketOperationEvent | str | None, code_parser(codes.MarketOperationEvent), AS_PLAIN
]
MarketOperationTypeValue = Annotated[
    codes.MarketOperationType | str | None, code_parser(codes.MarketOperationType), AS_PLAIN
]
MarketSecurityTypeValue = Annotated[
    codes.MarketSecurityType | str | None, code_parser(codes.MarketSecurityType), AS_PLAIN
]
MarketSessionValue = Annotated[codes.MarketSession | str | None, code_parser(codes.MarketSession), AS_PLAIN]
MarketTypeValue = Annotated[codes.MarketType | str | None, code_parser(codes.MarketType), AS_PLAIN]
MarketTypeOrStockValue = Annotated[codes.MarketTypeOrStock | str | None, code_parser(codes.MarketTypeOrStock), AS_PLAIN]
MarketTypeWithKospi200Value = Annotated[
    codes.MarketTypeWithKospi200 | str | None, code_parser(codes.MarketTypeWithKospi200), AS_PLAIN
]
MarketTypeWithOtcValue = Annotated[codes.MarketTypeWithOtc | str | None, code_parser(codes.MarketTypeWithOtc), AS_PLAIN]
MinPriceConditionValue = Annotated[codes.MinPriceCondition | str | None, code_parser(codes.MinPriceCondition), AS_PLAIN]
MinuteChartIntervalValue = Annotated[
    codes.MinuteChartInterval | str | None, code_parser(codes.MinuteChartInterval), AS_PLAIN
]
MinutesOrDaysAgoValue = Annotated[codes.MinutesOrDaysAgo | str | None, code_parser(codes.MinutesOrDaysAgo), AS_PLAIN]
NavVsPreviousCloseValue = Annotated[
    codes.NavVsPreviousClose | str | None, code_parser(codes.NavVsPreviousClose), AS_PLAIN
]
NetAndGrossSideValue = Annotated[codes.NetAndGrossSide | str | None, code_parser(codes.NetAndGrossSide), AS_PLAIN]
NetBuyBrokerPeriodValue = Annotated[
    codes.NetBuyBrokerPeriod | str | None, code_parser(codes.NetBuyBrokerPeriod), AS_PLAIN
]
NetBuyOnlyValue = Annotated[codes.NetBuyOnly | str | None, code_parser(codes.NetBuyOnly), AS_PLAIN]
NetBuySellValue = Annotated[codes.NetBuySell | str | None, code_parser(codes.NetBuySell), AS_PLAIN]
NetSellBuyValue = Annotated[codes.NetSellBuy | str | None, code_parser(codes.NetSellBuy), AS_PLAIN]
NetSellBuyTradeValue = Annotated[codes.NetSellBuyTrade | str | None, code_parser(codes.NetSellBuyTrade), AS_PLAIN]
NetSellBuyTypeValue = Annotated[codes.NetSellBuyType | str | None, code_parser(codes.NetSellBuyType), AS_PLAIN]
NetTradeRankOrderValue = Annotated[codes.NetTradeRankOrder | str | None, code_parser(codes.NetTradeRankOrder), AS_PLAIN]
NetTradeRankQuantityUnitValue = Annotated[
    codes.NetTradeRankQuantityUnit | str | None, code_parser(codes.NetTradeRankQuantityUnit), AS_PLAIN
]
NewHighOrLowValue = Annotated[codes.NewHighOrLow | str | None, code_parser(codes.NewHighOrLow), AS_PLAIN]
NxtAvailableValue = Annotated[codes.NxtAvailable | str | None, code_parser(codes.NxtAvailable), AS_PLAIN]
OpenChangeStockConditionValue = Annotated[
    codes.OpenChangeStockCondition | str | None, code_parser(codes.OpenChangeStockCondition), AS_PLAIN
]
OpenChangeVolumeConditionValue = Annotated[
    codes.OpenChangeVolumeCondition | str | None, code_parser(codes.OpenChangeVolumeCondition), AS_PLAIN
]
OrderHistoryQueryTypeValue = Annotated[
    codes.OrderHistoryQueryType | str | None, code_parser(codes.OrderHistoryQueryType), AS_PLAIN
]
OrderKindValue = Annotated[codes.OrderKind | str | None, code_parser(codes.OrderKind), AS_PLAIN]
OrderListSortValue = Annotated[codes.OrderListSort | str | None, code_parser(codes.OrderListSort), AS_PLAIN]
OrderbookSurgeSortValue = Annotated[
    codes.OrderbookSurgeSort | str | None, code_parser(codes.OrderbookSurgeSort), AS_PLAIN
]
OrderbookSurgeVolumeFilterValue = Annotated[
    codes.OrderbookSurgeVolumeFilter | str | None, code_parser(codes.OrderbookSurgeVolumeFilter), AS_PLAIN
]
OrderbookTopSortValue = Annotated[codes.OrderbookTopSort | str | None, code_parser(codes.OrderbookTopSort), AS_PLAIN]
OrderbookTopVolumeFilterValue = Annotated[
    codes.OrderbookTopVolumeFilter | str | None, code_parser(codes.OrderbookTopVolumeFilter), AS_PLAIN
]
PreviousDayTop100TypeValue = Annotated[
    codes.PreviousDayTop100Type | str | None, code_parser(codes.PreviousDayTop100Type), AS_PLAIN
]
PriceChangeSignValue = Annotated[codes.PriceChangeSign | str | None, code_parser(codes.PriceChangeSign), AS_PLAIN]
PriceConditionExtendedValue = Annotated[
    codes.PriceConditionExtended | str | None, code_parser(codes.PriceConditionExtended), AS_PLAIN
]
PriceConditionStandardValue = Annotated[
    codes.PriceConditionStandard | str | None, code_parser(codes.PriceConditionStandard), AS_PLAIN
]
PriceConditionWithUnder10000Value = Annotated[
    codes.PriceConditionWithUnder10000 | str | None, code_parser(codes.PriceConditionWithUnder10000), AS_PLAIN
]
ProcessResultValue = Annotated[codes.ProcessResult | str | None, code_parser(codes.ProcessResult), AS_PLAIN]
ProductTypeValue = Annotated[codes.ProductType | str | None, code_parser(codes.ProductType), AS_PLAIN]
ProgramMarketCodeValue = Annotated[codes.ProgramMarketCode | str | None, code_parser(codes.ProgramMarketCode), AS_PLAIN]
ProgramMarketCodeByExchangeValue = Annotated[
    codes.ProgramMarketCodeByExchange | str | None, code_parser(codes.ProgramMarketCodeByExchange), AS_PLAIN
]
ProgramNetTradeTopValue = Annotated[
    codes.ProgramNetTradeTop | str | None, code_parser(codes.ProgramNetTradeTop), AS_PLAIN
]
ProximityRateValue = Annotated[codes.ProximityRate | str | None, code_parser(codes.ProximityRate), AS_PLAIN]
QuantityOrAmountValue = Annotated[codes.QuantityOrAmount | str | None, code_parser(codes.QuantityOrAmount), AS_PLAIN]
QuantityOrAmountMillionValue = Annotated[
    codes.QuantityOrAmountMillion | str | None, code_parser(codes.QuantityOrAmountMillion), AS_PLAIN
]
QueryDateInclusionValue = Annotated[
    codes.QueryDateInclusion | str | None, code_parser(codes.QueryDateInclusion), AS_PLAIN
]
QueryPeriodModeValue = Annotated[codes.QueryPeriodMode | str | None, code_parser(codes.QueryPeriodMode), AS_PLAIN]
QueryRankIntervalValue = Annotated[codes.QueryRankInterval | str | None, code_parser(codes.QueryRankInterval), AS_PLAIN]
RankChangeSymbolValue = Annotated[codes.RankChangeSymbol | str | None, code_parser(codes.RankChangeSymbol), AS_PLAIN]
RankPeriodValue = Annotated[codes.RankPeriod | str | None, code_parser(codes.RankPeriod), AS_PLAIN]
RankingStockConditionValue = Annotated[
    codes.RankingStockCondition | str | None, code_parser(codes.RankingStockCondition), AS_PLAIN
]
RealtimeRefreshValue = Annotated[codes.RealtimeRefresh | str | None, code_parser(codes.RealtimeRefresh), AS_PLAIN]
RealtimeRegActionValue = Annotated[codes.RealtimeRegAction | str | None, code_parser(codes.RealtimeRegAction), AS_PLAIN]
RemainingOrderSideValue = Annotated[
    codes.RemainingOrderSide | str | None, code_parser(codes.RemainingOrderSide), AS_PLAIN
]
RemainingRatioSurgeVolumeFilterValue = Annotated[
    codes.RemainingRatioSurgeVolumeFilter | str | None, code_parser(codes.RemainingRatioSurgeVolumeFilter), AS_PLAIN
]
SellBuyValue = Annotated[codes.SellBuy | str | None, code_parser(codes.SellBuy), AS_PLAIN]
SellBuyWithAllValue = Annotated[codes.SellBuyWithAll | str | None, code_parser(codes.SellBuyWithAll), AS_PLAIN]
StockBondTypeValue = Annotated[codes.StockBondType | str | None, code_parser(codes.StockBondType), AS_PLAIN]
StockConditionValue = Annotated[codes.StockCondition | str | None, code_parser(codes.StockCondition), AS_PLAIN]
StockOrSectorValue = Annotated[codes.StockOrSector | str | None, code_parser(codes.StockOrSector), AS_PLAIN]
SubscriptionRightTypeValue = Annotated[
    codes.SubscriptionRightType | str | None, code_parser(codes.SubscriptionRightType), AS_PLAIN
]
SupplyZoneCycleDaysValue = Annotated[
    codes.SupplyZoneCycleDays | str | None, code_parser(codes.SupplyZoneCycleDays), AS_PLAIN
]
SupplyZonePositionValue = Annotated[
    codes.SupplyZonePosition | str | None, code_parser(codes.SupplyZonePosition), AS_PLAIN
]
SurgeOrPlungeValue = Annotated[codes.SurgeOrPlunge | str | None, code_parser(codes.SurgeOrPlunge), AS_PLAIN]
SurgeOrPlungeWatchlistValue = Annotated[
    codes.SurgeOrPlungeWatchlist | str | None, code_parser(codes.SurgeOrPlungeWatchlist), AS_PLAIN
]
ThemeReturnRankTypeValue = Annotated[
    codes.ThemeReturnRankType | str | None, code_parser(codes.ThemeReturnRankType), AS_PLAIN
]
ThemeSearchTypeValue = Annotated[codes.ThemeSearchType | str | None, code_parser(codes.ThemeSearchType), AS_PLAIN]
TickChartIntervalValue = Annotated[codes.TickChartInterval | str | None, code_parser(codes.TickChartInterval), AS_PLAIN]
TickOrMinuteValue = Annotated[codes.TickOrMinute | str | None, code_parser(codes.TickOrMinute), AS_PLAIN]
TimePointValue = Annotated[codes.TimePoint | str | None, code_parser(codes.TimePoint), AS_PLAIN]
TopOrBottomValue = Annotated[codes.TopOrBottom | str | None, code_parser(codes.TopOrBottom), AS_PLAIN]
TradePriceConditionValue = Annotated[
    codes.TradePriceCondition | str | None, code_parser(codes.TradePriceCondition), AS_PLAIN
]
TradeTypeValue = Annotated[codes.TradeType | str | None, code_parser(codes.TradeType), AS_PLAIN]
TradingSessionValue = Annotated[codes.TradingSession | str | None, code_parser(codes.TradingSession), AS_PLAIN]
TradingValueConditionValue = Annotated[
    codes.TradingValueCondition | str | None, code_parser(codes.TradingValueCondition), AS_PLAIN
]
TradingValueFilterValue = Annotated[
    codes.TradingValueFilter | str | None, code_parser(codes.TradingValueFilter), AS_PLAIN
]
TransactionKindValue = Annotated[codes.TransactionKind | str | None, code_parser(codes.TransactionKind), AS_PLAIN]
TransactionSortOrderValue = Annotated[
    codes.TransactionSortOrder | str | None, code_parser(codes.TransactionSortOrder), AS_PLAIN
]
UpperLowerLimitSortValue = Annotated[
    codes.UpperLowerLimitSort | str | None, code_parser(codes.UpperLowerLimitSort), AS_PLAIN
]
UpperLowerLimitStockConditionValue = Annotated[
    codes.UpperLowerLimitStockCondition | str | None, code_parser(codes.UpperLowerLimitStockCondition), AS_PLAIN
]
UpperLowerLimitTypeValue = Annotated[
    codes.UpperLowerLimitType | str | None, code_parser(codes.UpperLowerLimitType), AS_PLAIN
]
UsAllOrStockValue = Annotated[codes.UsAllOrStock | str | None, code_parser(codes.UsAllOrStock), AS_PLAIN]
UsApplyFlagValue = Annotated[codes.UsApplyFlag | str | None, code_parser(codes.UsApplyFlag), AS_PLAIN]
UsBuySellRatioTypeValue = Annotated[
    codes.UsBuySellRatioType | str | None, code_parser(codes.UsBuySellRatioType), AS_PLAIN
]
UsBuyTradeTypeValue = Annotated[codes.UsBuyTradeType | str | None, code_parser(codes.UsBuyTradeType), AS_PLAIN]
UsConsecutiveRiseFallSortValue = Annotated[
    codes.UsConsecutiveRiseFallSort | str | None, code_parser(codes.UsConsecutiveRiseFallSort), AS_PLAIN
]
UsCumulativeChangeSortValue = Annotated[
    codes.UsCumulativeChangeSort | str | None, code_parser(codes.UsCumulativeChangeSort), AS_PLAIN
]
UsDateRiseFallSortValue = Annotated[
    codes.UsDateRiseFallSort | str | None, code_parser(codes.UsDateRiseFallSort), AS_PLAIN
]
UsDayTradeSellScopeValue = Annotated[
    codes.UsDayTradeSellScope | str | None, code_parser(codes.UsDayTradeSellScope), AS_PLAIN
]
UsDaysAgoPeriodValue = Annotated[codes.UsDaysAgoPeriod | str | None, code_parser(codes.UsDaysAgoPeriod), AS_PLAIN]
UsDaytimeDisparitySortValue = Annotated[
    codes.UsDaytimeDisparitySort | str | None, code_parser(codes.UsDaytimeDisparitySort), AS_PLAIN
]
UsExchangeValue = Annotated[codes.UsExchange | str | None, code_parser(codes.UsExchange), AS_PLAIN]
UsExchangeChartProfitValue = Annotated[
    codes.UsExchangeChartProfit | str | None, code_parser(codes.UsExchangeChartProfit), AS_PLAIN
]
UsExchangeNumNyseAmexNasdaqValue = Annotated[
    codes.UsExchangeNumNyseAmexNasdaq | str | None, code_parser(codes.UsExchangeNumNyseAmexNasdaq), AS_PLAIN
]
UsExchangeNumNyseNasdaqAmexValue = Annotated[
    codes.UsExchangeNumNyseNasdaqAmex | str | None, code_parser(codes.UsExchangeNumNyseNasdaqAmex), AS_PLAIN
]
UsExchangeWithAllValue = Annotated[codes.UsExchangeWithAll | str | None, code_parser(codes.UsExchangeWithAll), AS_PLAIN]
UsGapDirectionValue = Annotated[codes.UsGapDirection | str | None, code_parser(codes.UsGapDirection), AS_PLAIN]
UsGapRatioValue = Annotated[codes.UsGapRatio | str | None, code_parser(codes.UsGapRatio), AS_PLAIN]
UsGapSortValue = Annotated[codes.UsGapSort | str | None, code_parser(codes.UsGapSort), AS_PLAIN]
UsGapStockConditionValue = Annotated[
    codes.UsGapStockCondition | str | None, code_parser(codes.UsGapStockCondition), AS_PLAIN
]
UsHighLowCompareSortValue = Annotated[
    codes.UsHighLowCompareSort | str | None, code_parser(codes.UsHighLowCompareSort), AS_PLAIN
]
UsHighLowOrCloseBasisValue = Annotated[
    codes.UsHighLowOrCloseBasis | str | None, code_parser(codes.UsHighLowOrCloseBasis), AS_PLAIN
]
UsIndexValue = Annotated[codes.UsIndex | str | None, code_parser(codes.UsIndex), AS_PLAIN]
UsIndexMembershipValue = Annotated[codes.UsIndexMembership | str | None, code_parser(codes.UsIndexMembership), AS_PLAIN]
UsKiwoomTopQueryTypeValue = Annotated[
    codes.UsKiwoomTopQueryType | str | None, code_parser(codes.UsKiwoomTopQueryType), AS_PLAIN
]
UsOpenChangeSortValue = Annotated[codes.UsOpenChangeSort | str | None, code_parser(codes.UsOpenChangeSort), AS_PLAIN]
UsOrderHistoryQueryTypeValue = Annotated[
    codes.UsOrderHistoryQueryType | str | None, code_parser(codes.UsOrderHistoryQueryType), AS_PLAIN
]
UsOrderbookTopSortValue = Annotated[
    codes.UsOrderbookTopSort | str | None, code_parser(codes.UsOrderbookTopSort), AS_PLAIN
]
UsPrevDayChangeSortValue = Annotated[
    codes.UsPrevDayChangeSort | str | None, code_parser(codes.UsPrevDayChangeSort), AS_PLAIN
]
UsPreviousDayRankSortValue = Annotated[
    codes.UsPreviousDayRankSort | str | None, code_parser(codes.UsPreviousDayRankSort), AS_PLAIN
]
UsPriceConditionValue = Annotated[codes.UsPriceCondition | str | None, code_parser(codes.UsPriceCondition), AS_PLAIN]
UsPriceConditionWithUsdValue = Annotated[
    codes.UsPriceConditionWithUsd | str | None, code_parser(codes.UsPriceConditionWithUsd), AS_PLAIN
]
UsPriceSurgeTimeBasisValue = Annotated[
    codes.UsPriceSurgeTimeBasis | str | None, code_parser(codes.UsPriceSurgeTimeBasis), AS_PLAIN
]
UsProximityRateValue = Annotated[codes.UsProximityRate | str | None, code_parser(codes.UsProximityRate), AS_PLAIN]
UsRealtimeRankPeriodValue = Annotated[
    codes.UsRealtimeRankPeriod | str | None, code_parser(codes.UsRealtimeRankPeriod), AS_PLAIN
]
UsReservationOrderTypeValue = Annotated[
    codes.UsReservationOrderType | str | None, code_parser(codes.UsReservationOrderType), AS_PLAIN
]
UsSectorChangeRateSortValue = Annotated[
    codes.UsSectorChangeRateSort | str | None, code_parser(codes.UsSectorChangeRateSort), AS_PLAIN
]
UsSectorExchangeValue = Annotated[codes.UsSectorExchange | str | None, code_parser(codes.UsSectorExchange), AS_PLAIN]
UsSecurityTypeValue = Annotated[codes.UsSecurityType | str | None, code_parser(codes.UsSecurityType), AS_PLAIN]
UsSecurityTypeLetterValue = Annotated[
    codes.UsSecurityTypeLetter | str | None, code_parser(codes.UsSecurityTypeLetter), AS_PLAIN
]
UsSellBuyValue = Annotated[codes.UsSellBuy | str | None, code_parser(codes.UsSellBuy), AS_PLAIN]
UsSellBuyWithAllValue = Annotated[codes.UsSellBuyWithAll | str | None, code_parser(codes.UsSellBuyWithAll), AS_PLAIN]
UsSellTradeTypeValue = Annotated[codes.UsSellTradeType | str | None, code_parser(codes.UsSellTradeType), AS_PLAIN]
UsStockConditionValue = Annotated[codes.UsStockCondition | str | None, code_parser(codes.UsStockCondition), AS_PLAIN]
UsStockFilterValue = Annotated[codes.UsStockFilter | str | None, code_parser(codes.UsStockFilter), AS_PLAIN]
UsStockOrEtfValue = Annotated[codes.UsStockOrEtf | str | None, code_parser(codes.UsStockOrEtf), AS_PLAIN]
UsTradeRankPeriodUnitValue = Annotated[
    codes.UsTradeRankPeriodUnit | str | None, code_parser(codes.UsTradeRankPeriodUnit), AS_PLAIN
]
UsTradingValueConditionValue = Annotated[
    codes.UsTradingValueCondition | str | None, code_parser(codes.UsTradingValueCondition), AS_PLAIN
]
UsTransactionTypeValue = Annotated[codes.UsTransactionType | str | None, code_parser(codes.UsTransactionType), AS_PLAIN]
UsVolumeConditionValue = Annotated[codes.UsVolumeCondition | str | None, code_parser(codes.UsVolumeCondition), AS_PLAIN]
UsVolumeRankSortValue = Annotated[codes.UsVolumeRankSort | str | None, code_parser(codes.UsVolumeRankSort), AS_PLAIN]
UsWatchlistSurgeTimeBasisValue = Annotated[
    codes.UsWatchlistSurgeTimeBasis | str | None, code_parser(codes.UsWatchlistSurgeTimeBasis), AS_PLAIN
]
UseFlagValue = Annotated[codes.UseFlag | str | None, code_parser(codes.UseFlag), AS_PLAIN]
ValuationRankTypeValue = Annotated[codes.ValuationRankType | str | None, code_parser(codes.ValuationRankType), AS_PLAIN]
ViTriggerDirectionValue = Annotated[
    codes.ViTriggerDirection | str | None, code_parser(codes.ViTriggerDirection), AS_PLAIN
]
ViTriggerTypeValue = Annotated[codes.ViTriggerType | str | None, code_parser(codes.ViTriggerType), AS_PLAIN]
VolumeConditionValue = Annotated[codes.VolumeCondition | str | None, code_parser(codes.VolumeCondition), AS_PLAIN]
VolumeFilterValue = Annotated[codes.VolumeFilter | str | None, code_parser(codes.VolumeFilter), AS_PLAIN]
VolumeSurgeFilterValue = Annotated[codes.VolumeSurgeFilter | str | None, code_parser(codes.VolumeSurgeFilter), AS_PLAIN]
VolumeSurgeSortValue = Annotated[codes.VolumeSurgeSort | str | None, code_parser(codes.VolumeSurgeSort), AS_PLAIN]
VolumeSurgeStockConditionValue = Annotated[
    codes.VolumeSurgeStockCondition | str | None, code_parser(codes.VolumeSurgeStockCondition), AS_PLAIN
]
VolumeSurgeTimeBasisValue = Annotated[
    codes.VolumeSurgeTimeBasis | str | None, code_parser(codes.VolumeSurgeTimeBasis), AS_PLAIN
]
VolumeTopSortValue = Annotated[codes.VolumeTopSort | str | None, code_parser(codes.VolumeTopSort), AS_PLAIN]
YearOrAverageValue = Annotated[codes.YearOrAverage | str | None, code_parser(codes.YearOrAverage), AS_PLAIN]
YesNoValue = Annotated[codes.YesNo | str | None, code_parser(codes.YesNo), AS_PLAIN]
DecimalBy100Value = Annotated[Decimal | str | None, scaled_parser(100), AS_PLAIN]
DecimalBy1000000Value = Annotated[Decimal | str | None, scaled_parser(1000000), AS_PLAIN]
PriceBy100Value = Annotated[DecimalPrice | str | None, scaled_price_parser(100), AS_PLAIN]
PriceArgument0 = Annotated[str, price_argument(0)]
PriceArgument4 = Annotated[str, price_argument(4)]
