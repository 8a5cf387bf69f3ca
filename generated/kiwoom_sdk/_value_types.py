"""Value types of coded and scaled fields. A request takes the enum member, or "" for "not given"
(`...OrBlank`); a response holds the enum member, or the raw code when the server sends one the
spec does not know (`...Value`), and decimals written without their point.

Generated from specs/codes/ by `python -m generator build`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from . import codes
from ._types import (
    AS_PLAIN,
    code_parser,
    price_argument,
    scaled_parser,
    scaled_price_parser,
)
from ._values import DecimalPrice

AccountExchangeTypeOrBlank = codes.AccountExchangeType | Literal[""]
AdministrativeIssueInclusionOrBlank = codes.AdministrativeIssueInclusion | Literal[""]
AfterHoursStockConditionOrBlank = codes.AfterHoursStockCondition | Literal[""]
AfterHoursTradingValueOrBlank = codes.AfterHoursTradingValue | Literal[""]
AfterHoursVolumeConditionOrBlank = codes.AfterHoursVolumeCondition | Literal[""]
AllOnlyFilterOrBlank = codes.AllOnlyFilter | Literal[""]
AllOrSingleStockOrBlank = codes.AllOrSingleStock | Literal[""]
AmountAndQuantityOrBlank = codes.AmountAndQuantity | Literal[""]
AmountMillionOrQuantityThousandOrBlank = codes.AmountMillionOrQuantityThousand | Literal[""]
AmountOrQuantityOrBlank = codes.AmountOrQuantity | Literal[""]
AmountOrQuantityZeroBasedOrBlank = codes.AmountOrQuantityZeroBased | Literal[""]
AmountTenMillionOrQuantityThousandOrBlank = codes.AmountTenMillionOrQuantityThousand | Literal[""]
BalanceAggregationOrBlank = codes.BalanceAggregation | Literal[""]
BaseDateTypeOrBlank = codes.BaseDateType | Literal[""]
BrokerRankPeriodOrBlank = codes.BrokerRankPeriod | Literal[""]
BrokerRankVolumeFilterOrBlank = codes.BrokerRankVolumeFilter | Literal[""]
BrokerStockRankPeriodOrBlank = codes.BrokerStockRankPeriod | Literal[""]
BuySellRatioTypeOrBlank = codes.BuySellRatioType | Literal[""]
CashCreditTypeOrBlank = codes.CashCreditType | Literal[""]
ChangeRateRankStockConditionOrBlank = codes.ChangeRateRankStockCondition | Literal[""]
ChangeRateSortOrBlank = codes.ChangeRateSort | Literal[""]
CheckFlagOrBlank = codes.CheckFlag | Literal[""]
CloseOrDateSortOrBlank = codes.CloseOrDateSort | Literal[""]
ComparePriceBasisOrBlank = codes.ComparePriceBasis | Literal[""]
CompositeIndexCodeOrBlank = codes.CompositeIndexCode | Literal[""]
ConditionInsertDeleteOrBlank = codes.ConditionInsertDelete | Literal[""]
ConditionSearchExchangeOrBlank = codes.ConditionSearchExchange | Literal[""]
ConditionSearchRealtimeTypeOrBlank = codes.ConditionSearchRealtimeType | Literal[""]
ConditionSearchTypeOrBlank = codes.ConditionSearchType | Literal[""]
ConsecutiveNetTradeOrBlank = codes.ConsecutiveNetTrade | Literal[""]
ConsecutiveTradePeriodOrBlank = codes.ConsecutiveTradePeriod | Literal[""]
ConsignmentTransactionTypeOrBlank = codes.ConsignmentTransactionType | Literal[""]
ContinuationRequestOrBlank = codes.ContinuationRequest | Literal[""]
CreditConditionOrBlank = codes.CreditCondition | Literal[""]
CreditConditionAfterHoursOrBlank = codes.CreditConditionAfterHours | Literal[""]
CreditConditionWithStockLoanOrBlank = codes.CreditConditionWithStockLoan | Literal[""]
CreditDealTypeOrBlank = codes.CreditDealType | Literal[""]
CreditLimitExceededTextOrBlank = codes.CreditLimitExceededText | Literal[""]
CreditLoanMarketTypeOrBlank = codes.CreditLoanMarketType | Literal[""]
CreditRatioVolumeFilterOrBlank = codes.CreditRatioVolumeFilter | Literal[""]
CreditStockGradeOrBlank = codes.CreditStockGrade | Literal[""]
CreditTypeOrBlank = codes.CreditType | Literal[""]
CurrencyBasisOrBlank = codes.CurrencyBasis | Literal[""]
CurrencyExchangeDirectionOrBlank = codes.CurrencyExchangeDirection | Literal[""]
CurrentPriceEntryInclusionOrBlank = codes.CurrentPriceEntryInclusion | Literal[""]
CycleDaysOrBlank = codes.CycleDays | Literal[""]
DailyVolumeTopFilterOrBlank = codes.DailyVolumeTopFilter | Literal[""]
DateRangeTypeOrBlank = codes.DateRangeType | Literal[""]
DateUnitOrBlank = codes.DateUnit | Literal[""]
DayTradeSellScopeOrBlank = codes.DayTradeSellScope | Literal[""]
DelistedFilterOrBlank = codes.DelistedFilter | Literal[""]
DepositQueryTypeOrBlank = codes.DepositQueryType | Literal[""]
DisplayAllOrBlank = codes.DisplayAll | Literal[""]
DisplayInputStockOnlyOrBlank = codes.DisplayInputStockOnly | Literal[""]
DomesticExchangeOrBlank = codes.DomesticExchange | Literal[""]
DomesticExchangeWithAllOrBlank = codes.DomesticExchangeWithAll | Literal[""]
DomesticExchangeWithAllAndSorOrBlank = codes.DomesticExchangeWithAllAndSor | Literal[""]
DomesticExchangeWithSorOrBlank = codes.DomesticExchangeWithSor | Literal[""]
ElwBrokerPeriodOrBlank = codes.ElwBrokerPeriod | Literal[""]
ElwChangeRateSortOrBlank = codes.ElwChangeRateSort | Literal[""]
ElwNetTradeVolumeFilterOrBlank = codes.ElwNetTradeVolumeFilter | Literal[""]
ElwRemainingQtySortOrBlank = codes.ElwRemainingQtySort | Literal[""]
ElwRightTypeOrBlank = codes.ElwRightType | Literal[""]
ElwRightTypeSingleDigitOrBlank = codes.ElwRightTypeSingleDigit | Literal[""]
ElwRightTypeWithoutExOrBlank = codes.ElwRightTypeWithoutEx | Literal[""]
ElwSearchSortOrBlank = codes.ElwSearchSort | Literal[""]
ElwSurgeVolumeFilterOrBlank = codes.ElwSurgeVolumeFilter | Literal[""]
EndedElwFilterOrBlank = codes.EndedElwFilter | Literal[""]
EndedElwInclusionOrBlank = codes.EndedElwInclusion | Literal[""]
EndedTradingFilterOrBlank = codes.EndedTradingFilter | Literal[""]
EstimatedUnitPriceTypeOrBlank = codes.EstimatedUnitPriceType | Literal[""]
EtfAssetManagerOrBlank = codes.EtfAssetManager | Literal[""]
EtfCategoryLevelOrBlank = codes.EtfCategoryLevel | Literal[""]
EtfReturnPeriodOrBlank = codes.EtfReturnPeriod | Literal[""]
EtfTaxableFilterOrBlank = codes.EtfTaxableFilter | Literal[""]
EtfTaxationTypeOrBlank = codes.EtfTaxationType | Literal[""]
ExchangeRateTypeOrBlank = codes.ExchangeRateType | Literal[""]
ExchangeTypeOrBlank = codes.ExchangeType | Literal[""]
ExecutionDayTypeOrBlank = codes.ExecutionDayType | Literal[""]
ExpectedExecutionChangeSortOrBlank = codes.ExpectedExecutionChangeSort | Literal[""]
ExpectedExecutionVolumeConditionOrBlank = codes.ExpectedExecutionVolumeCondition | Literal[""]
FillFilterOrBlank = codes.FillFilter | Literal[""]
ForcedLiquidationTypeOrBlank = codes.ForcedLiquidationType | Literal[""]
ForeignTradeTypeOrBlank = codes.ForeignTradeType | Literal[""]
GoldSpotExchangeWithAllAndSorOrBlank = codes.GoldSpotExchangeWithAllAndSor | Literal[""]
GoldSpotStockCodeOrBlank = codes.GoldSpotStockCode | Literal[""]
GoldTradeTypeOrBlank = codes.GoldTradeType | Literal[""]
GoldTransactionTypeOrBlank = codes.GoldTransactionType | Literal[""]
HighLowLookbackOrBlank = codes.HighLowLookback | Literal[""]
HighLowOrCloseBasisOrBlank = codes.HighLowOrCloseBasis | Literal[""]
HighOrLowOrBlank = codes.HighOrLow | Literal[""]
IncludeFlagOrBlank = codes.IncludeFlag | Literal[""]
IncludeLimitPriceOrBlank = codes.IncludeLimitPrice | Literal[""]
IncludeUpperLowerLimitOrBlank = codes.IncludeUpperLowerLimit | Literal[""]
IndustryListCountryOrBlank = codes.IndustryListCountry | Literal[""]
IndustryMarketTypeOrBlank = codes.IndustryMarketType | Literal[""]
IndustryMarketTypeWithKrx100OrBlank = codes.IndustryMarketTypeWithKrx100 | Literal[""]
InstitutionTypeOrBlank = codes.InstitutionType | Literal[""]
IntradayInvestorOrBlank = codes.IntradayInvestor | Literal[""]
InvestmentCautionStatusOrBlank = codes.InvestmentCautionStatus | Literal[""]
InvestorQuantityUnitOrBlank = codes.InvestorQuantityUnit | Literal[""]
InvestorTradeTypeOrBlank = codes.InvestorTradeType | Literal[""]
InvestorTypeOrBlank = codes.InvestorType | Literal[""]
KiwoomRankChangeSignOrBlank = codes.KiwoomRankChangeSign | Literal[""]
KospiOrKosdaqOrBlank = codes.KospiOrKosdaq | Literal[""]
KospiOrKosdaqBinaryOrBlank = codes.KospiOrKosdaqBinary | Literal[""]
KrwSubstituteExclusionOrBlank = codes.KrwSubstituteExclusion | Literal[""]
KrwSubstituteRegistrationOrBlank = codes.KrwSubstituteRegistration | Literal[""]
LoanOrStockLoanOrBlank = codes.LoanOrStockLoan | Literal[""]
MarginReductionTypeOrBlank = codes.MarginReductionType | Literal[""]
MarketOperationEventOrBlank = codes.MarketOperationEvent | Literal[""]
MarketOperationTypeOrBlank = codes.MarketOperationType | Literal[""]
MarketSecurityTypeOrBlank = codes.MarketSecurityType | Literal[""]
MarketSessionOrBlank = codes.MarketSession | Literal[""]
MarketTypeOrBlank = codes.MarketType | Literal[""]
MarketTypeOrStockOrBlank = codes.MarketTypeOrStock | Literal[""]
MarketTypeWithKospi200OrBlank = codes.MarketTypeWithKospi200 | Literal[""]
MarketTypeWithOtcOrBlank = codes.MarketTypeWithOtc | Literal[""]
MinPriceConditionOrBlank = codes.MinPriceCondition | Literal[""]
MinuteChartIntervalOrBlank = codes.MinuteChartInterval | Literal[""]
MinutesOrDaysAgoOrBlank = codes.MinutesOrDaysAgo | Literal[""]
NavVsPreviousCloseOrBlank = codes.NavVsPreviousClose | Literal[""]
NetAndGrossSideOrBlank = codes.NetAndGrossSide | Literal[""]
NetBuyBrokerPeriodOrBlank = codes.NetBuyBrokerPeriod | Literal[""]
NetBuyOnlyOrBlank = codes.NetBuyOnly | Literal[""]
NetBuySellOrBlank = codes.NetBuySell | Literal[""]
NetSellBuyOrBlank = codes.NetSellBuy | Literal[""]
NetSellBuyTradeOrBlank = codes.NetSellBuyTrade | Literal[""]
NetSellBuyTypeOrBlank = codes.NetSellBuyType | Literal[""]
NetTradeRankOrderOrBlank = codes.NetTradeRankOrder | Literal[""]
NetTradeRankQuantityUnitOrBlank = codes.NetTradeRankQuantityUnit | Literal[""]
NewHighOrLowOrBlank = codes.NewHighOrLow | Literal[""]
NxtAvailableOrBlank = codes.NxtAvailable | Literal[""]
OpenChangeStockConditionOrBlank = codes.OpenChangeStockCondition | Literal[""]
OpenChangeVolumeConditionOrBlank = codes.OpenChangeVolumeCondition | Literal[""]
OrderHistoryQueryTypeOrBlank = codes.OrderHistoryQueryType | Literal[""]
OrderKindOrBlank = codes.OrderKind | Literal[""]
OrderListSortOrBlank = codes.OrderListSort | Literal[""]
OrderbookSurgeSortOrBlank = codes.OrderbookSurgeSort | Literal[""]
OrderbookSurgeVolumeFilterOrBlank = codes.OrderbookSurgeVolumeFilter | Literal[""]
OrderbookTopSortOrBlank = codes.OrderbookTopSort | Literal[""]
OrderbookTopVolumeFilterOrBlank = codes.OrderbookTopVolumeFilter | Literal[""]
PreviousDayTop100TypeOrBlank = codes.PreviousDayTop100Type | Literal[""]
PriceChangeSignOrBlank = codes.PriceChangeSign | Literal[""]
PriceConditionExtendedOrBlank = codes.PriceConditionExtended | Literal[""]
PriceConditionStandardOrBlank = codes.PriceConditionStandard | Literal[""]
PriceConditionWithUnder10000OrBlank = codes.PriceConditionWithUnder10000 | Literal[""]
ProcessResultOrBlank = codes.ProcessResult | Literal[""]
ProductTypeOrBlank = codes.ProductType | Literal[""]
ProgramMarketCodeOrBlank = codes.ProgramMarketCode | Literal[""]
ProgramMarketCodeByExchangeOrBlank = codes.ProgramMarketCodeByExchange | Literal[""]
ProgramNetTradeTopOrBlank = codes.ProgramNetTradeTop | Literal[""]
ProximityRateOrBlank = codes.ProximityRate | Literal[""]
QuantityOrAmountOrBlank = codes.QuantityOrAmount | Literal[""]
QuantityOrAmountMillionOrBlank = codes.QuantityOrAmountMillion | Literal[""]
QueryDateInclusionOrBlank = codes.QueryDateInclusion | Literal[""]
QueryPeriodModeOrBlank = codes.QueryPeriodMode | Literal[""]
QueryRankIntervalOrBlank = codes.QueryRankInterval | Literal[""]
RankChangeSymbolOrBlank = codes.RankChangeSymbol | Literal[""]
RankPeriodOrBlank = codes.RankPeriod | Literal[""]
RankingStockConditionOrBlank = codes.RankingStockCondition | Literal[""]
RealtimeRefreshOrBlank = codes.RealtimeRefresh | Literal[""]
RealtimeRegActionOrBlank = codes.RealtimeRegAction | Literal[""]
RemainingOrderSideOrBlank = codes.RemainingOrderSide | Literal[""]
RemainingRatioSurgeVolumeFilterOrBlank = codes.RemainingRatioSurgeVolumeFilter | Literal[""]
SellBuyOrBlank = codes.SellBuy | Literal[""]
SellBuyWithAllOrBlank = codes.SellBuyWithAll | Literal[""]
StockBondTypeOrBlank = codes.StockBondType | Literal[""]
StockConditionOrBlank = codes.StockCondition | Literal[""]
StockOrSectorOrBlank = codes.StockOrSector | Literal[""]
SubscriptionRightTypeOrBlank = codes.SubscriptionRightType | Literal[""]
SupplyZoneCycleDaysOrBlank = codes.SupplyZoneCycleDays | Literal[""]
SupplyZonePositionOrBlank = codes.SupplyZonePosition | Literal[""]
SurgeOrPlungeOrBlank = codes.SurgeOrPlunge | Literal[""]
SurgeOrPlungeWatchlistOrBlank = codes.SurgeOrPlungeWatchlist | Literal[""]
ThemeReturnRankTypeOrBlank = codes.ThemeReturnRankType | Literal[""]
ThemeSearchTypeOrBlank = codes.ThemeSearchType | Literal[""]
TickChartIntervalOrBlank = codes.TickChartInterval | Literal[""]
TickOrMinuteOrBlank = codes.TickOrMinute | Literal[""]
TimePointOrBlank = codes.TimePoint | Literal[""]
TopOrBottomOrBlank = codes.TopOrBottom | Literal[""]
TradePriceConditionOrBlank = codes.TradePriceCondition | Literal[""]
TradeTypeOrBlank = codes.TradeType | Literal[""]
TradingSessionOrBlank = codes.TradingSession | Literal[""]
TradingValueConditionOrBlank = codes.TradingValueCondition | Literal[""]
TradingValueFilterOrBlank = codes.TradingValueFilter | Literal[""]
TransactionKindOrBlank = codes.TransactionKind | Literal[""]
TransactionSortOrderOrBlank = codes.TransactionSortOrder | Literal[""]
UpperLowerLimitSortOrBlank = codes.UpperLowerLimitSort | Literal[""]
UpperLowerLimitStockConditionOrBlank = codes.UpperLowerLimitStockCondition | Literal[""]
UpperLowerLimitTypeOrBlank = codes.UpperLowerLimitType | Literal[""]
UsAllOrStockOrBlank = codes.UsAllOrStock | Literal[""]
UsApplyFlagOrBlank = codes.UsApplyFlag | Literal[""]
UsBuySellRatioTypeOrBlank = codes.UsBuySellRatioType | Literal[""]
UsBuyTradeTypeOrBlank = codes.UsBuyTradeType | Literal[""]
UsConsecutiveRiseFallSortOrBlank = codes.UsConsecutiveRiseFallSort | Literal[""]
UsCumulativeChangeSortOrBlank = codes.UsCumulativeChangeSort | Literal[""]
UsDateRiseFallSortOrBlank = codes.UsDateRiseFallSort | Literal[""]
UsDayTradeSellScopeOrBlank = codes.UsDayTradeSellScope | Literal[""]
UsDaysAgoPeriodOrBlank = codes.UsDaysAgoPeriod | Literal[""]
UsDaytimeDisparitySortOrBlank = codes.UsDaytimeDisparitySort | Literal[""]
UsExchangeOrBlank = codes.UsExchange | Literal[""]
UsExchangeChartProfitOrBlank = codes.UsExchangeChartProfit | Literal[""]
UsExchangeNumNyseAmexNasdaqOrBlank = codes.UsExchangeNumNyseAmexNasdaq | Literal[""]
UsExchangeNumNyseNasdaqAmexOrBlank = codes.UsExchangeNumNyseNasdaqAmex | Literal[""]
UsExchangeWithAllOrBlank = codes.UsExchangeWithAll | Literal[""]
UsGapDirectionOrBlank = codes.UsGapDirection | Literal[""]
UsGapRatioOrBlank = codes.UsGapRatio | Literal[""]
UsGapSortOrBlank = codes.UsGapSort | Literal[""]
UsGapStockConditionOrBlank = codes.UsGapStockCondition | Literal[""]
UsHighLowCompareSortOrBlank = codes.UsHighLowCompareSort | Literal[""]
UsHighLowOrCloseBasisOrBlank = codes.UsHighLowOrCloseBasis | Literal[""]
UsIndexOrBlank = codes.UsIndex | Literal[""]
UsIndexMembershipOrBlank = codes.UsIndexMembership | Literal[""]
UsKiwoomTopQueryTypeOrBlank = codes.UsKiwoomTopQueryType | Literal[""]
UsOpenChangeSortOrBlank = codes.UsOpenChangeSort | Literal[""]
UsOrderHistoryQueryTypeOrBlank = codes.UsOrderHistoryQueryType | Literal[""]
UsOrderbookTopSortOrBlank = codes.UsOrderbookTopSort | Literal[""]
UsPrevDayChangeSortOrBlank = codes.UsPrevDayChangeSort | Literal[""]
UsPreviousDayRankSortOrBlank = codes.UsPreviousDayRankSort | Literal[""]
UsPriceConditionOrBlank = codes.UsPriceCondition | Literal[""]
UsPriceConditionWithUsdOrBlank = codes.UsPriceConditionWithUsd | Literal[""]
UsPriceSurgeTimeBasisOrBlank = codes.UsPriceSurgeTimeBasis | Literal[""]
UsProximityRateOrBlank = codes.UsProximityRate | Literal[""]
UsRealtimeRankPeriodOrBlank = codes.UsRealtimeRankPeriod | Literal[""]
UsReservationOrderTypeOrBlank = codes.UsReservationOrderType | Literal[""]
UsSectorChangeRateSortOrBlank = codes.UsSectorChangeRateSort | Literal[""]
UsSectorExchangeOrBlank = codes.UsSectorExchange | Literal[""]
UsSecurityTypeOrBlank = codes.UsSecurityType | Literal[""]
UsSecurityTypeLetterOrBlank = codes.UsSecurityTypeLetter | Literal[""]
UsSellBuyOrBlank = codes.UsSellBuy | Literal[""]
UsSellBuyWithAllOrBlank = codes.UsSellBuyWithAll | Literal[""]
UsSellTradeTypeOrBlank = codes.UsSellTradeType | Literal[""]
UsStockConditionOrBlank = codes.UsStockCondition | Literal[""]
UsStockFilterOrBlank = codes.UsStockFilter | Literal[""]
UsStockOrEtfOrBlank = codes.UsStockOrEtf | Literal[""]
UsTradeRankPeriodUnitOrBlank = codes.UsTradeRankPeriodUnit | Literal[""]
UsTradingValueConditionOrBlank = codes.UsTradingValueCondition | Literal[""]
UsTransactionTypeOrBlank = codes.UsTransactionType | Literal[""]
UsVolumeConditionOrBlank = codes.UsVolumeCondition | Literal[""]
UsVolumeRankSortOrBlank = codes.UsVolumeRankSort | Literal[""]
UsWatchlistSurgeTimeBasisOrBlank = codes.UsWatchlistSurgeTimeBasis | Literal[""]
UseFlagOrBlank = codes.UseFlag | Literal[""]
ValuationRankTypeOrBlank = codes.ValuationRankType | Literal[""]
ViTriggerDirectionOrBlank = codes.ViTriggerDirection | Literal[""]
ViTriggerTypeOrBlank = codes.ViTriggerType | Literal[""]
VolumeConditionOrBlank = codes.VolumeCondition | Literal[""]
VolumeFilterOrBlank = codes.VolumeFilter | Literal[""]
VolumeSurgeFilterOrBlank = codes.VolumeSurgeFilter | Literal[""]
VolumeSurgeSortOrBlank = codes.VolumeSurgeSort | Literal[""]
VolumeSurgeStockConditionOrBlank = codes.VolumeSurgeStockCondition | Literal[""]
VolumeSurgeTimeBasisOrBlank = codes.VolumeSurgeTimeBasis | Literal[""]
VolumeTopSortOrBlank = codes.VolumeTopSort | Literal[""]
YearOrAverageOrBlank = codes.YearOrAverage | Literal[""]
YesNoOrBlank = codes.YesNo | Literal[""]
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
