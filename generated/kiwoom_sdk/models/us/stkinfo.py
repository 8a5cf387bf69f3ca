# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    DecimalArgument,
    DecimalValue,
    FlagValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
    WholeArgument,
)
from kiwoom_sdk._value_types import (
    CycleDaysOrBlank,
    EtfCategoryLevelOrBlank,
    EtfCategoryLevelValue,
    HighOrLowOrBlank,
    IndustryListCountryOrBlank,
    IndustryListCountryValue,
    NewHighOrLowOrBlank,
    PriceArgument4,
    PriceChangeSignValue,
    SupplyZonePositionOrBlank,
    SurgeOrPlungeOrBlank,
    SurgeOrPlungeWatchlistOrBlank,
    UsAllOrStockOrBlank,
    UsBuySellRatioTypeOrBlank,
    UsExchangeChartProfitValue,
    UsExchangeNumNyseAmexNasdaqOrBlank,
    UsExchangeNumNyseNasdaqAmexOrBlank,
    UsExchangeOrBlank,
    UsExchangeValue,
    UsExchangeWithAllOrBlank,
    UsGapDirectionOrBlank,
    UsGapRatioOrBlank,
    UsGapSortOrBlank,
    UsGapStockConditionOrBlank,
    UsHighLowOrCloseBasisOrBlank,
    UsIndexOrBlank,
    UsIndexValue,
    UsPriceConditionOrBlank,
    UsPriceConditionWithUsdOrBlank,
    UsPriceSurgeTimeBasisOrBlank,
    UsProximityRateOrBlank,
    UsStockConditionOrBlank,
    UsStockFilterOrBlank,
    UsTradingValueConditionOrBlank,
    UsVolumeConditionOrBlank,
    UsWatchlistSurgeTimeBasisOrBlank,
)


class Usa10098ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    mkgb: Annotated[TextValue | None, Field(description="거래소명")] = None
    upgb: Annotated[TextValue | None, Field(description="업종명")] = None
    isEtf: Annotated[FlagValue | None, Field(description="ETF 여부")] = None


class Usa10098Request(KiwoomRequest):
    """
    usa10098 미국주식 거래소구분 조회 (US Exchange Types): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa10098Response(KiwoomResponse):
    """
    usa10098 미국주식 거래소구분 조회 (US Exchange Types): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10098
    """

    list_: Annotated[list[Usa10098ListItem], Field(alias="list", description="결과리스트", validate_default=True)] = []


class Usa10099ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    mkgb: Annotated[TextValue | None, Field(description="거래소명")] = None
    upgb: Annotated[TextValue | None, Field(description="업종명")] = None
    isEtf: Annotated[FlagValue | None, Field(description="ETF 여부")] = None


class Usa10099Request(KiwoomRequest):
    """
    usa10099 미국주식 종목리스트 (US Stock List): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeWithAllOrBlank, Field(description="거래소구분")]


class Usa10099Response(KiwoomResponse):
    """
    usa10099 미국주식 종목리스트 (US Stock List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10099
    """

    list_: Annotated[list[Usa10099ListItem], Field(alias="list", description="결과리스트", validate_default=True)] = []


class Usa10100Request(KiwoomRequest):
    """
    usa10100 미국주식 종목 조회 (US Stock Info Lookup): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa10100Response(KiwoomResponse):
    """
    usa10100 미국주식 종목 조회 (US Stock Info Lookup): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10100
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    mkgb: Annotated[TextValue | None, Field(description="거래소명")] = None
    upgb: Annotated[TextValue | None, Field(description="업종명")] = None
    isEtf: Annotated[FlagValue | None, Field(description="ETF 여부")] = None


class Usa10101ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    gubun: Annotated[IndustryListCountryValue | None, Field(description="구분")] = None
    inds_cd: Annotated[TextValue | None, Field(description="업종코드")] = None
    inds_nm: Annotated[TextValue | None, Field(description="업종명")] = None
    inds_enm: Annotated[TextValue | None, Field(description="업종영문명")] = None


class Usa10101Request(KiwoomRequest):
    """
    usa10101 미국주식 업종리스트 (US Sector List): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    gubun: Annotated[IndustryListCountryOrBlank | None, Field(description="구분")] = None


class Usa10101Response(KiwoomResponse):
    """
    usa10101 미국주식 업종리스트 (US Sector List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10101
    """

    list_: Annotated[list[Usa10101ListItem], Field(alias="list", description="결과리스트", validate_default=True)] = []


class Usa10102ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsIndexValue | None, Field(description="거래소구분")] = None
    index_cd: Annotated[TextValue | None, Field(description="지수코드")] = None
    index_nm: Annotated[TextValue | None, Field(description="지수명")] = None
    index_enm: Annotated[TextValue | None, Field(description="지수영문명")] = None


class Usa10102Request(KiwoomRequest):
    """
    usa10102 미국지수 리스트 (US Index List): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    index_qry_tp: Annotated[UsIndexOrBlank | None, Field(description="업종지수구분")] = None


class Usa10102Response(KiwoomResponse):
    """
    usa10102 미국지수 리스트 (US Index List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10102
    """

    list_: Annotated[list[Usa10102ListItem], Field(alias="list", description="결과리스트", validate_default=True)] = []


class Usa10104ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeValue | None, Field(description="거래소구분")] = None
    code: Annotated[TextValue | None, Field(description="종목코드")] = None
    cate1: Annotated[TextValue | None, Field(description="카테고리1")] = None
    cate2: Annotated[TextValue | None, Field(description="카테고리2")] = None
    etn: Annotated[FlagValue | None, Field(description="ETN여부")] = None
    mkgb: Annotated[TextValue | None, Field(description="거래소명")] = None
    upnm: Annotated[TextValue | None, Field(description="업종명")] = None


class Usa10104Request(KiwoomRequest):
    """
    usa10104 미국 ETF,ETN 리스트 (US ETF/ETN List): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeWithAllOrBlank | None, Field(description="거래소구분")] = None


class Usa10104Response(KiwoomResponse):
    """
    usa10104 미국 ETF,ETN 리스트 (US ETF/ETN List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10104
    """

    list_: Annotated[list[Usa10104ListItem], Field(alias="list", description="결과리스트", validate_default=True)] = []


class Usa10105ListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    gubun: Annotated[EtfCategoryLevelValue | None, Field(description="구분")] = None
    cate1: Annotated[TextValue | None, Field(description="카테고리1차")] = None
    cate1nam: Annotated[TextValue | None, Field(description="카테고리1차명")] = None
    cate2: Annotated[TextValue | None, Field(description="카테고리2차")] = None
    cate2nam: Annotated[TextValue | None, Field(description="카테고리2차명")] = None


class Usa10105Request(KiwoomRequest):
    """
    usa10105 미국 ETF 카테고리 리스트 (US ETF Category List): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    gubun: Annotated[EtfCategoryLevelOrBlank | None, Field(description="구분")] = None


class Usa10105Response(KiwoomResponse):
    """
    usa10105 미국 ETF 카테고리 리스트 (US ETF Category List): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa10105
    """

    list_: Annotated[list[Usa10105ListItem], Field(alias="list", description="결과리스트", validate_default=True)] = []


class Usa20520Request(KiwoomRequest):
    """
    usa20520 미국주식 거래량급등락(주식/업종) (US Volume Surge/Plunge (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    tm: Annotated[WholeArgument | None, Field(description="x일평균대비")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa20520ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None


class Usa20521Request(KiwoomRequest):
    """
    usa20521 미국주식 거래량급등락(ETF) (US Volume Surge/Plunge (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    tm: Annotated[WholeArgument | None, Field(description="x일평균대비")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa20521ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None


class Usa20570Request(KiwoomRequest):
    """
    usa20570 미국주식 가격대별주가(주식/업종) (US Prices by Price Range (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd1: Annotated[PriceArgument4 | None, Field(description="가격조건1")] = None
    pric_cnd2: Annotated[PriceArgument4 | None, Field(description="가격조건2")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20570ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None


class Usa20571Request(KiwoomRequest):
    """
    usa20571 미국주식 가격대별주가(ETF) (US Prices by Price Range (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd1: Annotated[PriceArgument4 | None, Field(description="가격조건1")] = None
    pric_cnd2: Annotated[PriceArgument4 | None, Field(description="가격조건2")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20571ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rank: Annotated[IntValue | None, Field(description="순위")] = None
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None


class Usa20930Request(KiwoomRequest):
    """
    usa20930 미국주식 가격급등락(주식/업종) (US Price Surge/Plunge (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    flu_tp: Annotated[SurgeOrPlungeOrBlank | None, Field(description="급등.급락 구분")] = None
    tm_tp: Annotated[UsPriceSurgeTimeBasisOrBlank | None, Field(description="분전, 전일 구분")] = None
    tm: Annotated[WholeArgument | None, Field(description="분,일자 설정")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20930ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명한글")] = None
    stk_enm: Annotated[TextValue | None, Field(description="영문종목명")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · USD")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    base_pre: Annotated[DecimalValue | None, Field(description="기준대비 · USD")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None


class Usa20931Request(KiwoomRequest):
    """
    usa20931 미국주식 가격급등락(ETF) (US Price Surge/Plunge (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    flu_tp: Annotated[SurgeOrPlungeOrBlank | None, Field(description="급등.급락 구분")] = None
    tm_tp: Annotated[UsPriceSurgeTimeBasisOrBlank | None, Field(description="분전, 전일 구분")] = None
    tm: Annotated[WholeArgument | None, Field(description="분,일자 설정")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20931ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명한글")] = None
    stk_enm: Annotated[TextValue | None, Field(description="영문종목명")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · USD")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    base_pre: Annotated[DecimalValue | None, Field(description="기준대비 · USD")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None


class Usa20932Request(KiwoomRequest):
    """
    usa20932 미국주식 가격급등락(관심종목) (US Price Surge/Plunge (Watchlist)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="관심종목")] = None
    flu_tp: Annotated[SurgeOrPlungeWatchlistOrBlank | None, Field(description="정렬 구분")] = None
    tm_tp: Annotated[UsWatchlistSurgeTimeBasisOrBlank | None, Field(description="기준 구분")] = None
    tm: Annotated[WholeArgument | None, Field(description="분전 값")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa20932ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    base_pric: Annotated[PriceValue | None, Field(description="기준가 · USD")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    base_pre: Annotated[DecimalValue | None, Field(description="기준가 대비 · USD")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급등락율 · percent")] = None


class Usa20970Request(KiwoomRequest):
    """
    usa20970 미국주식 고가/저가 접근(주식/업종) (US Stocks Near High/Low (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    high_low_tp: Annotated[HighOrLowOrBlank | None, Field(description="고가,저가구분")] = None
    alacc_rt: Annotated[UsProximityRateOrBlank | None, Field(description="근접률")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd_st: Annotated[PriceArgument4 | None, Field(description="가격조건 시작")] = None
    pric_cnd_ed: Annotated[PriceArgument4 | None, Field(description="가격조건 끝")] = None
    trde_pric_cnd_st: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_cnd_fr: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa20970ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="당일고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="당일저가 · USD")] = None


class Usa20971Request(KiwoomRequest):
    """
    usa20971 미국주식 고가/저가 접근(ETF) (US Stocks Near High/Low (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    high_low_tp: Annotated[HighOrLowOrBlank | None, Field(description="고가,저가구분")] = None
    alacc_rt: Annotated[UsProximityRateOrBlank | None, Field(description="근접률")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd_st: Annotated[PriceArgument4 | None, Field(description="가격조건 시작")] = None
    pric_cnd_ed: Annotated[PriceArgument4 | None, Field(description="가격조건 끝")] = None
    trde_pric_cnd_st: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_cnd_fr: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa20971ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="당일고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="당일저가 · USD")] = None


class Usa20972Request(KiwoomRequest):
    """
    usa20972 미국주식 고가/저가 접근(관심종목) (US Stocks Near High/Low (Watchlist)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="관심종목코드")] = None
    high_low_tp: Annotated[HighOrLowOrBlank | None, Field(description="고가,저가구분")] = None
    alacc_rt: Annotated[UsProximityRateOrBlank | None, Field(description="근접률")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd_st: Annotated[PriceArgument4 | None, Field(description="가격조건 시작")] = None
    pric_cnd_ed: Annotated[PriceArgument4 | None, Field(description="가격조건 끝")] = None
    trde_pric_cnd_st: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_cnd_fr: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa20972ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="누적거래량 · shares")] = None
    tp: Annotated[TextValue | None, Field(description="신종목구분자")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="(최우선)매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="(최우선)매수호가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="저가 · USD")] = None


class Usa23400Request(KiwoomRequest):
    """
    usa23400 미국주식 거래량갱신(주식/업종) (US Volume Record Renewal (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="업종검색")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    dt_tp: Annotated[CycleDaysOrBlank | None, Field(description="일자구분")] = None


class Usa23400ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    prev_trde_qty: Annotated[IntValue | None, Field(description="이전거래량 · shares")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None


class Usa23401Request(KiwoomRequest):
    """
    usa23401 미국주식 거래량갱신(ETF) (US Volume Record Renewal (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    dt_tp: Annotated[CycleDaysOrBlank | None, Field(description="일자구분")] = None


class Usa23401ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    prev_trde_qty: Annotated[IntValue | None, Field(description="이전거래량 · shares")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None


class Usa23402Request(KiwoomRequest):
    """
    usa23402 미국주식 거래량갱신(관심종목) (US Volume Record Renewal (Watchlist)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="관심종목")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    dt_tp: Annotated[CycleDaysOrBlank | None, Field(description="일자구분")] = None


class Usa23402ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    prev_trde_qty: Annotated[IntValue | None, Field(description="이전거래량 · shares")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None


class Usa24100Request(KiwoomRequest):
    """
    usa24100 미국주식 신고가/신저가(주식/업종) (US New High/Low (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    ntl_tp: Annotated[NewHighOrLowOrBlank | None, Field(description="신고가신저가구분")] = None
    high_low_tp: Annotated[UsHighLowOrCloseBasisOrBlank | None, Field(description="고저기준")] = None
    dt: Annotated[WholeArgument | None, Field(description="기간입력")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24100ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pre_trde_rt: Annotated[DecimalValue | None, Field(description="전일거래대비 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="250일고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="250일저가 · USD")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None


class Usa24101Request(KiwoomRequest):
    """
    usa24101 미국주식 신고가/신저가(ETF) (US New High/Low (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    stk_cnd: Annotated[UsStockConditionOrBlank | None, Field(description="종목조건")] = None
    ntl_tp: Annotated[NewHighOrLowOrBlank | None, Field(description="신고가신저가구분")] = None
    high_low_tp: Annotated[UsHighLowOrCloseBasisOrBlank | None, Field(description="고저기준")] = None
    dt: Annotated[WholeArgument | None, Field(description="기간입력")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24101ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pre_trde_rt: Annotated[DecimalValue | None, Field(description="전일거래대비 · percent")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · USD")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · USD")] = None
    high_pric: Annotated[PriceValue | None, Field(description="250일고가 · USD")] = None
    low_pric: Annotated[PriceValue | None, Field(description="250일저가 · USD")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None


class Usa24140Request(KiwoomRequest):
    """
    usa24140 미국주식 갭상승/갭하락(주식/업종) (US Gap Up/Gap Down (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    sort_tp: Annotated[UsGapSortOrBlank | None, Field(description="정렬기준")] = None
    updown_tp: Annotated[UsGapDirectionOrBlank | None, Field(description="등락구분")] = None
    alacc_rt: Annotated[UsGapRatioOrBlank | None, Field(description="비율1(근접율)")] = None
    stk_cnd: Annotated[UsGapStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionWithUsdOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa24140ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    base_close_pric: Annotated[PriceValue | None, Field(description="전일종가 · USD")] = None
    gap_rt: Annotated[DecimalValue | None, Field(description="갭비율 · percent")] = None
    pre_high_pric: Annotated[PriceValue | None, Field(description="전일고가 · USD")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None


class Usa24141Request(KiwoomRequest):
    """
    usa24141 미국주식 갭상승/갭하락(ETF) (US Gap Up/Gap Down (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    sort_tp: Annotated[UsGapSortOrBlank | None, Field(description="정렬기준")] = None
    updown_tp: Annotated[UsGapDirectionOrBlank | None, Field(description="등락구분")] = None
    alacc_rt: Annotated[UsGapRatioOrBlank | None, Field(description="비율1(근접율)")] = None
    stk_cnd: Annotated[UsGapStockConditionOrBlank | None, Field(description="종목조건")] = None
    pric_cnd: Annotated[UsPriceConditionWithUsdOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None


class Usa24141ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    open_pric: Annotated[PriceValue | None, Field(description="시가 · USD")] = None
    base_close_pric: Annotated[PriceValue | None, Field(description="전일종가 · USD")] = None
    gap_rt: Annotated[DecimalValue | None, Field(description="갭비율 · percent")] = None
    pre_high_pric: Annotated[PriceValue | None, Field(description="전일고가 · USD")] = None
    pred_trde_qty: Annotated[IntValue | None, Field(description="전일거래량 · shares")] = None


class Usa24210Request(KiwoomRequest):
    """
    usa24210 미국주식 잔량률급증(주식/업종) (US Order Book Ratio Surge (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    rt_tp: Annotated[UsBuySellRatioTypeOrBlank | None, Field(description="비율 구분")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목 구분")] = None
    tm: Annotated[WholeArgument | None, Field(description="xxx분전 설정")] = None
    stk_cnd: Annotated[UsStockFilterOrBlank | None, Field(description="종목조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionWithUsdOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24210ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    int: Annotated[DecimalValue | None, Field(description="기준비율 · percent")] = None
    now_rt: Annotated[DecimalValue | None, Field(description="현재비율 · percent")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="총매도잔량")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="총매수잔량")] = None


class Usa24211Request(KiwoomRequest):
    """
    usa24211 미국주식 잔량률급증(ETF) (US Order Book Ratio Surge (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseAmexNasdaqOrBlank | None, Field(description="거래소 구분")] = None
    rt_tp: Annotated[UsBuySellRatioTypeOrBlank | None, Field(description="비율 구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    tm: Annotated[WholeArgument | None, Field(description="xxx분전 설정")] = None
    stk_cnd: Annotated[UsStockFilterOrBlank | None, Field(description="종목조건")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionWithUsdOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24211ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    int: Annotated[DecimalValue | None, Field(description="기준비율 · percent")] = None
    now_rt: Annotated[DecimalValue | None, Field(description="현재비율 · percent")] = None
    sdnin_rt: Annotated[DecimalValue | None, Field(description="급증률 · percent")] = None
    tot_sel_req: Annotated[IntValue | None, Field(description="총매도잔량")] = None
    tot_buy_req: Annotated[IntValue | None, Field(description="총매수잔량")] = None


class Usa24220Request(KiwoomRequest):
    """
    usa24220 미국주식 매물대집중(주식/업종) (US Volume Profile Concentration (Stock/Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    stk_tp: Annotated[UsAllOrStockOrBlank | None, Field(description="종목구분")] = None
    dt: Annotated[WholeArgument | None, Field(description="기간")] = None
    prps_cnctr_rt: Annotated[DecimalArgument | None, Field(description="매물대 집중비율")] = None
    cond: Annotated[SupplyZonePositionOrBlank | None, Field(description="조건")] = None
    prpscnt: Annotated[WholeArgument | None, Field(description="매물대수")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24220ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pric_cnd_st: Annotated[PriceValue | None, Field(description="가격대시작 · USD")] = None
    pric_cnd_ed: Annotated[PriceValue | None, Field(description="가격대끝 · USD")] = None
    pric_end: Annotated[PriceValue | None, Field(description="가격대끝 · USD")] = None
    prps_qty: Annotated[IntValue | None, Field(description="매물량 · shares")] = None
    prps_rt: Annotated[DecimalValue | None, Field(description="매물비 · percent")] = None


class Usa24221Request(KiwoomRequest):
    """
    usa24221 미국주식 매물대집중(ETF) (US Volume Profile Concentration (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeNumNyseNasdaqAmexOrBlank | None, Field(description="거래소구분")] = None
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    dt: Annotated[WholeArgument | None, Field(description="기간")] = None
    prps_cnctr_rt: Annotated[DecimalArgument | None, Field(description="매물대 집중비율")] = None
    cond: Annotated[SupplyZonePositionOrBlank | None, Field(description="조건")] = None
    prpscnt: Annotated[WholeArgument | None, Field(description="매물대수")] = None
    trde_qty_tp: Annotated[UsVolumeConditionOrBlank | None, Field(description="거래량조건")] = None
    pric_cnd: Annotated[UsPriceConditionOrBlank | None, Field(description="가격조건")] = None
    trde_prica_cnd: Annotated[UsTradingValueConditionOrBlank | None, Field(description="거래대금조건")] = None


class Usa24221ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mgn_type: Annotated[DecimalValue | None, Field(description="증거금률")] = None
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    pred_pre_sig: Annotated[PriceChangeSignValue | None, Field(description="전일대비기호")] = None
    pred_pre: Annotated[DecimalValue | None, Field(description="전일대비 · USD")] = None
    flu_rt: Annotated[DecimalValue | None, Field(description="등락률 · percent")] = None
    acc_trde_qty: Annotated[IntValue | None, Field(description="거래량 · shares")] = None
    pric_cnd_st: Annotated[PriceValue | None, Field(description="가격대시작 · USD")] = None
    pric_cnd_ed: Annotated[PriceValue | None, Field(description="가격대끝 · USD")] = None
    pric_end: Annotated[PriceValue | None, Field(description="가격대끝 · USD")] = None
    prps_qty: Annotated[IntValue | None, Field(description="매물량 · shares")] = None
    prps_rt: Annotated[DecimalValue | None, Field(description="매물비 · percent")] = None


class Usa26410Request(KiwoomRequest):
    """
    usa26410 미국주식 연도별 등락률(종목) (US Yearly Change Rate (Stock)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeOrBlank, Field(description="거래소구분")]
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa26410ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[TextValue | None, Field(description="연도")] = None
    m01_prft_rt: Annotated[DecimalValue | None, Field(description="1월 수익률")] = None
    m02_prft_rt: Annotated[DecimalValue | None, Field(description="2월 수익률")] = None
    m03_prft_rt: Annotated[DecimalValue | None, Field(description="3월 수익률")] = None
    m04_prft_rt: Annotated[DecimalValue | None, Field(description="4월 수익률")] = None
    m05_prft_rt: Annotated[DecimalValue | None, Field(description="5월 수익률")] = None
    m06_prft_rt: Annotated[DecimalValue | None, Field(description="6월 수익률")] = None
    m07_prft_rt: Annotated[DecimalValue | None, Field(description="7월 수익률")] = None
    m08_prft_rt: Annotated[DecimalValue | None, Field(description="8월 수익률")] = None
    m09_prft_rt: Annotated[DecimalValue | None, Field(description="9월 수익률")] = None
    m10_prft_rt: Annotated[DecimalValue | None, Field(description="10월 수익률")] = None
    m11_prft_rt: Annotated[DecimalValue | None, Field(description="11월 수익률")] = None
    m12_prft_rt: Annotated[DecimalValue | None, Field(description="12월 수익률")] = None


class Usa26411Request(KiwoomRequest):
    """
    usa26411 미국주식 연도별 업종별 종목등락률 (US Yearly Stock Change Rate by Sector): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None
    srch_yr: Annotated[TextArgument | None, Field(description="조회연도", pattern="^([0-9]{4})?$")] = None


class Usa26411ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    m01_prft_rt: Annotated[DecimalValue | None, Field(description="1월 수익률")] = None
    m02_prft_rt: Annotated[DecimalValue | None, Field(description="2월 수익률")] = None
    m03_prft_rt: Annotated[DecimalValue | None, Field(description="3월 수익률")] = None
    m04_prft_rt: Annotated[DecimalValue | None, Field(description="4월 수익률")] = None
    m05_prft_rt: Annotated[DecimalValue | None, Field(description="5월 수익률")] = None
    m06_prft_rt: Annotated[DecimalValue | None, Field(description="6월 수익률")] = None
    m07_prft_rt: Annotated[DecimalValue | None, Field(description="7월 수익률")] = None
    m08_prft_rt: Annotated[DecimalValue | None, Field(description="8월 수익률")] = None
    m09_prft_rt: Annotated[DecimalValue | None, Field(description="9월 수익률")] = None
    m10_prft_rt: Annotated[DecimalValue | None, Field(description="10월 수익률")] = None
    m11_prft_rt: Annotated[DecimalValue | None, Field(description="11월 수익률")] = None
    m12_prft_rt: Annotated[DecimalValue | None, Field(description="12월 수익률")] = None


class Usa26412Request(KiwoomRequest):
    """
    usa26412 미국주식 연도별 ETF 카테고리별 종목등락률 (US Yearly Stock Change Rate by ETF Category): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None
    srch_yr: Annotated[TextArgument | None, Field(description="조회연도", pattern="^([0-9]{4})?$")] = None


class Usa26412ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitValue | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    stk_enm: Annotated[TextValue | None, Field(description="종목영문명")] = None
    m01_prft_rt: Annotated[DecimalValue | None, Field(description="1월 수익률")] = None
    m02_prft_rt: Annotated[DecimalValue | None, Field(description="2월 수익률")] = None
    m03_prft_rt: Annotated[DecimalValue | None, Field(description="3월 수익률")] = None
    m04_prft_rt: Annotated[DecimalValue | None, Field(description="4월 수익률")] = None
    m05_prft_rt: Annotated[DecimalValue | None, Field(description="5월 수익률")] = None
    m06_prft_rt: Annotated[DecimalValue | None, Field(description="6월 수익률")] = None
    m07_prft_rt: Annotated[DecimalValue | None, Field(description="7월 수익률")] = None
    m08_prft_rt: Annotated[DecimalValue | None, Field(description="8월 수익률")] = None
    m09_prft_rt: Annotated[DecimalValue | None, Field(description="9월 수익률")] = None
    m10_prft_rt: Annotated[DecimalValue | None, Field(description="10월 수익률")] = None
    m11_prft_rt: Annotated[DecimalValue | None, Field(description="11월 수익률")] = None
    m12_prft_rt: Annotated[DecimalValue | None, Field(description="12월 수익률")] = None


class Usa26413Request(KiwoomRequest):
    """
    usa26413 미국주식 연도별 등락률(업종) (US Yearly Change Rate (Sector)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    inds_cd: Annotated[TextArgument | None, Field(description="업종코드")] = None


class Usa26413ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[TextValue | None, Field(description="연도")] = None
    m01_prft_rt: Annotated[DecimalValue | None, Field(description="1월 수익률")] = None
    m02_prft_rt: Annotated[DecimalValue | None, Field(description="2월 수익률")] = None
    m03_prft_rt: Annotated[DecimalValue | None, Field(description="3월 수익률")] = None
    m04_prft_rt: Annotated[DecimalValue | None, Field(description="4월 수익률")] = None
    m05_prft_rt: Annotated[DecimalValue | None, Field(description="5월 수익률")] = None
    m06_prft_rt: Annotated[DecimalValue | None, Field(description="6월 수익률")] = None
    m07_prft_rt: Annotated[DecimalValue | None, Field(description="7월 수익률")] = None
    m08_prft_rt: Annotated[DecimalValue | None, Field(description="8월 수익률")] = None
    m09_prft_rt: Annotated[DecimalValue | None, Field(description="9월 수익률")] = None
    m10_prft_rt: Annotated[DecimalValue | None, Field(description="10월 수익률")] = None
    m11_prft_rt: Annotated[DecimalValue | None, Field(description="11월 수익률")] = None
    m12_prft_rt: Annotated[DecimalValue | None, Field(description="12월 수익률")] = None


class Usa26414Request(KiwoomRequest):
    """
    usa26414 미국주식 연도별 등락률(ETF) (US Yearly Change Rate (ETF)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    etf_cat1: Annotated[TextArgument | None, Field(description="ETF카테고리코드1")] = None
    etf_cat2: Annotated[TextArgument | None, Field(description="ETF카테고리코드2")] = None


class Usa26414ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[TextValue | None, Field(description="연도")] = None
    m01_prft_rt: Annotated[DecimalValue | None, Field(description="1월 수익률")] = None
    m02_prft_rt: Annotated[DecimalValue | None, Field(description="2월 수익률")] = None
    m03_prft_rt: Annotated[DecimalValue | None, Field(description="3월 수익률")] = None
    m04_prft_rt: Annotated[DecimalValue | None, Field(description="4월 수익률")] = None
    m05_prft_rt: Annotated[DecimalValue | None, Field(description="5월 수익률")] = None
    m06_prft_rt: Annotated[DecimalValue | None, Field(description="6월 수익률")] = None
    m07_prft_rt: Annotated[DecimalValue | None, Field(description="7월 수익률")] = None
    m08_prft_rt: Annotated[DecimalValue | None, Field(description="8월 수익률")] = None
    m09_prft_rt: Annotated[DecimalValue | None, Field(description="9월 수익률")] = None
    m10_prft_rt: Annotated[DecimalValue | None, Field(description="10월 수익률")] = None
    m11_prft_rt: Annotated[DecimalValue | None, Field(description="11월 수익률")] = None
    m12_prft_rt: Annotated[DecimalValue | None, Field(description="12월 수익률")] = None


class Usa20520Response(KiwoomResponse):
    """
    usa20520 미국주식 거래량급등락(주식/업종) (US Volume Surge/Plunge (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20520
    """

    result_list: Annotated[list[Usa20520ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20521Response(KiwoomResponse):
    """
    usa20521 미국주식 거래량급등락(ETF) (US Volume Surge/Plunge (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20521
    """

    result_list: Annotated[list[Usa20521ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20570Response(KiwoomResponse):
    """
    usa20570 미국주식 가격대별주가(주식/업종) (US Prices by Price Range (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20570
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_num: Annotated[IntValue | None, Field(description="종목수 · items")] = None
    rising_stk_num: Annotated[IntValue | None, Field(description="상승 · items")] = None
    flat_stk_num: Annotated[IntValue | None, Field(description="보합 · items")] = None
    fall_stk_num: Annotated[IntValue | None, Field(description="하락 · items")] = None
    result_list: Annotated[list[Usa20570ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20571Response(KiwoomResponse):
    """
    usa20571 미국주식 가격대별주가(ETF) (US Prices by Price Range (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20571
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_num: Annotated[IntValue | None, Field(description="종목수 · items")] = None
    rising_stk_num: Annotated[IntValue | None, Field(description="상승 · items")] = None
    flat_stk_num: Annotated[IntValue | None, Field(description="보합 · items")] = None
    fall_stk_num: Annotated[IntValue | None, Field(description="하락 · items")] = None
    result_list: Annotated[list[Usa20571ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20930Response(KiwoomResponse):
    """
    usa20930 미국주식 가격급등락(주식/업종) (US Price Surge/Plunge (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20930
    """

    result_list: Annotated[list[Usa20930ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20931Response(KiwoomResponse):
    """
    usa20931 미국주식 가격급등락(ETF) (US Price Surge/Plunge (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20931
    """

    result_list: Annotated[list[Usa20931ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20932Response(KiwoomResponse):
    """
    usa20932 미국주식 가격급등락(관심종목) (US Price Surge/Plunge (Watchlist)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20932
    """

    result_list: Annotated[list[Usa20932ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20970Response(KiwoomResponse):
    """
    usa20970 미국주식 고가/저가 접근(주식/업종) (US Stocks Near High/Low (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20970
    """

    result_list: Annotated[list[Usa20970ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20971Response(KiwoomResponse):
    """
    usa20971 미국주식 고가/저가 접근(ETF) (US Stocks Near High/Low (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20971
    """

    result_list: Annotated[list[Usa20971ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa20972Response(KiwoomResponse):
    """
    usa20972 미국주식 고가/저가 접근(관심종목) (US Stocks Near High/Low (Watchlist)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa20972
    """

    result_list: Annotated[list[Usa20972ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa23400Response(KiwoomResponse):
    """
    usa23400 미국주식 거래량갱신(주식/업종) (US Volume Record Renewal (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23400
    """

    result_list: Annotated[list[Usa23400ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa23401Response(KiwoomResponse):
    """
    usa23401 미국주식 거래량갱신(ETF) (US Volume Record Renewal (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23401
    """

    result_list: Annotated[list[Usa23401ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa23402Response(KiwoomResponse):
    """
    usa23402 미국주식 거래량갱신(관심종목) (US Volume Record Renewal (Watchlist)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa23402
    """

    result_list: Annotated[list[Usa23402ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24100Response(KiwoomResponse):
    """
    usa24100 미국주식 신고가/신저가(주식/업종) (US New High/Low (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24100
    """

    result_list: Annotated[list[Usa24100ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24101Response(KiwoomResponse):
    """
    usa24101 미국주식 신고가/신저가(ETF) (US New High/Low (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24101
    """

    result_list: Annotated[list[Usa24101ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24140Response(KiwoomResponse):
    """
    usa24140 미국주식 갭상승/갭하락(주식/업종) (US Gap Up/Gap Down (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24140
    """

    result_list: Annotated[list[Usa24140ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24141Response(KiwoomResponse):
    """
    usa24141 미국주식 갭상승/갭하락(ETF) (US Gap Up/Gap Down (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24141
    """

    result_list: Annotated[list[Usa24141ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24210Response(KiwoomResponse):
    """
    usa24210 미국주식 잔량률급증(주식/업종) (US Order Book Ratio Surge (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24210
    """

    result_list: Annotated[list[Usa24210ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24211Response(KiwoomResponse):
    """
    usa24211 미국주식 잔량률급증(ETF) (US Order Book Ratio Surge (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24211
    """

    result_list: Annotated[list[Usa24211ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24220Response(KiwoomResponse):
    """
    usa24220 미국주식 매물대집중(주식/업종) (US Volume Profile Concentration (Stock/Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24220
    """

    result_list: Annotated[list[Usa24220ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa24221Response(KiwoomResponse):
    """
    usa24221 미국주식 매물대집중(ETF) (US Volume Profile Concentration (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa24221
    """

    result_list: Annotated[list[Usa24221ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa26410Response(KiwoomResponse):
    """
    usa26410 미국주식 연도별 등락률(종목) (US Yearly Change Rate (Stock)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26410
    """

    result_list: Annotated[list[Usa26410ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa26411Response(KiwoomResponse):
    """
    usa26411 미국주식 연도별 업종별 종목등락률 (US Yearly Stock Change Rate by Sector): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26411
    """

    result_list: Annotated[list[Usa26411ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa26412Response(KiwoomResponse):
    """
    usa26412 미국주식 연도별 ETF 카테고리별 종목등락률 (US Yearly Stock Change Rate by ETF Category): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26412
    """

    result_list: Annotated[list[Usa26412ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa26413Response(KiwoomResponse):
    """
    usa26413 미국주식 연도별 등락률(업종) (US Yearly Change Rate (Sector)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26413
    """

    result_list: Annotated[list[Usa26413ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa26414Response(KiwoomResponse):
    """
    usa26414 미국주식 연도별 등락률(ETF) (US Yearly Change Rate (ETF)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-stkinfo/#usa26414
    """

    result_list: Annotated[list[Usa26414ResultListItem], Field(description="결과리스트", validate_default=True)] = []
