# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    DateArgument,
    DateValue,
    DecimalValue,
    FlagValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
    TimeValue,
    WholeArgument,
)
from kiwoom_sdk._value_types import (
    AccountExchangeTypeOrBlank,
    AccountExchangeTypeValue,
    AllOrSingleStockOrBlank,
    BalanceAggregationOrBlank,
    CashCreditTypeOrBlank,
    ConsignmentTransactionTypeOrBlank,
    DayTradeSellScopeOrBlank,
    DelistedFilterOrBlank,
    DepositQueryTypeOrBlank,
    DomesticExchangeOrBlank,
    DomesticExchangeWithAllAndSorOrBlank,
    DomesticExchangeWithAllOrBlank,
    FillFilterOrBlank,
    GoldSpotExchangeWithAllAndSorOrBlank,
    GoldTransactionTypeOrBlank,
    MarginReductionTypeValue,
    MarketTypeWithOtcOrBlank,
    OrderHistoryQueryTypeOrBlank,
    OrderListSortOrBlank,
    PriceArgument0,
    ProductTypeOrBlank,
    SellBuyOrBlank,
    SellBuyValue,
    SellBuyWithAllOrBlank,
    StockBondTypeOrBlank,
    StockBondTypeValue,
    TransactionKindValue,
    TransactionSortOrderOrBlank,
)


class Ka00001Request(KiwoomRequest):
    """
    ka00001 계좌번호조회 (Account Number Lookup): the request body.
    """


class Ka00001Response(KiwoomResponse):
    """
    ka00001 계좌번호조회 (Account Number Lookup): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka00001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acctNo: Annotated[TextValue | None, Field(description="계좌번호")] = None


class Ka01690DayBalRtItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    rmnd_qty: Annotated[IntValue | None, Field(description="보유 수량 · shares")] = None
    buy_uv: Annotated[PriceValue | None, Field(description="매입 단가 · KRW")] = None
    buy_wght: Annotated[DecimalValue | None, Field(description="매수비중 · percent")] = None
    evltv_prft: Annotated[IntValue | None, Field(description="평가손익 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    evlt_amt: Annotated[IntValue | None, Field(description="평가금액 · KRW")] = None
    evlt_wght: Annotated[DecimalValue | None, Field(description="평가비중 · percent")] = None


class Ka01690Request(KiwoomRequest):
    """
    ka01690 일별잔고수익률 (Daily Holdings Return): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_dt: Annotated[DateArgument, Field(description="조회일자", max_length=8)]


class Ka01690Response(KiwoomResponse):
    """
    ka01690 일별잔고수익률 (Daily Holdings Return): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka01690
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    tot_buy_amt: Annotated[IntValue | None, Field(description="총 매입가 · KRW")] = None
    tot_evlt_amt: Annotated[IntValue | None, Field(description="총 평가금액 · KRW")] = None
    tot_evltv_prft: Annotated[IntValue | None, Field(description="총 평가손익 · KRW")] = None
    tot_prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    dbst_bal: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    day_stk_asst: Annotated[IntValue | None, Field(description="추정자산 · KRW")] = None
    buy_wght: Annotated[DecimalValue | None, Field(description="현금비중 · percent")] = None
    day_bal_rt: Annotated[list[Ka01690DayBalRtItem], Field(description="일별잔고수익률", validate_default=True)] = []


class Ka10072DtStkDivRlztPlItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    buy_uv: Annotated[PriceValue | None, Field(description="매입단가 · KRW")] = None
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    tdy_sel_pl: Annotated[DecimalValue | None, Field(description="당일매도손익 · KRW")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="손익율 · percent")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    tdy_trde_cmsn: Annotated[IntValue | None, Field(description="당일매매수수료 · KRW")] = None
    tdy_trde_tax: Annotated[IntValue | None, Field(description="당일매매세금 · KRW")] = None
    wthd_alowa: Annotated[IntValue | None, Field(description="인출가능금액 · KRW")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    crd_tp: Annotated[TextValue | None, Field(description="신용구분")] = None
    stk_cd_1: Annotated[TextValue | None, Field(description="종목코드1")] = None
    tdy_sel_pl_1: Annotated[DecimalValue | None, Field(description="당일매도손익1 · KRW")] = None


class Ka10072Request(KiwoomRequest):
    """
    ka10072 일자별종목별실현손익요청_일자 (Realized P&L by Stock for a Date): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=6)] = None
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]


class Ka10072Response(KiwoomResponse):
    """
    ka10072 일자별종목별실현손익요청_일자 (Realized P&L by Stock for a Date): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10072
    """

    dt_stk_div_rlzt_pl: Annotated[
        list[Ka10072DtStkDivRlztPlItem], Field(description="일자별종목별실현손익", validate_default=True)
    ] = []


class Ka10073DtStkRlztPlItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    tdy_htssel_cmsn: Annotated[IntValue | None, Field(description="당일hts매도수수료 · KRW")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    buy_uv: Annotated[PriceValue | None, Field(description="매입단가 · KRW")] = None
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    tdy_sel_pl: Annotated[DecimalValue | None, Field(description="당일매도손익 · KRW")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="손익율 · percent")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    tdy_trde_cmsn: Annotated[IntValue | None, Field(description="당일매매수수료 · KRW")] = None
    tdy_trde_tax: Annotated[IntValue | None, Field(description="당일매매세금 · KRW")] = None
    wthd_alowa: Annotated[IntValue | None, Field(description="인출가능금액 · KRW")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    crd_tp: Annotated[TextValue | None, Field(description="신용구분")] = None


class Ka10073Request(KiwoomRequest):
    """
    ka10073 일자별종목별실현손익요청_기간 (Realized P&L by Stock for a Period): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=6)] = None
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]


class Ka10073Response(KiwoomResponse):
    """
    ka10073 일자별종목별실현손익요청_기간 (Realized P&L by Stock for a Period): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10073
    """

    dt_stk_rlzt_pl: Annotated[
        list[Ka10073DtStkRlztPlItem], Field(description="일자별종목별실현손익", validate_default=True)
    ] = []


class Ka10074DtRlztPlItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금액 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금액 · KRW")] = None
    tdy_sel_pl: Annotated[IntValue | None, Field(description="당일매도손익 · KRW")] = None
    tdy_trde_cmsn: Annotated[IntValue | None, Field(description="당일매매수수료 · KRW")] = None
    tdy_trde_tax: Annotated[IntValue | None, Field(description="당일매매세금 · KRW")] = None


class Ka10074Request(KiwoomRequest):
    """
    ka10074 일자별실현손익요청 (Daily Realized P&L): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]


class Ka10074Response(KiwoomResponse):
    """
    ka10074 일자별실현손익요청 (Daily Realized P&L): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10074
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_buy_amt: Annotated[IntValue | None, Field(description="총매수금액 · KRW")] = None
    tot_sell_amt: Annotated[IntValue | None, Field(description="총매도금액 · KRW")] = None
    rlzt_pl: Annotated[IntValue | None, Field(description="실현손익 · KRW")] = None
    trde_cmsn: Annotated[IntValue | None, Field(description="매매수수료 · KRW")] = None
    trde_tax: Annotated[IntValue | None, Field(description="매매세금 · KRW")] = None
    dt_rlzt_pl: Annotated[list[Ka10074DtRlztPlItem], Field(description="일자별실현손익", validate_default=True)] = []


class Ka10075OsoItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_no: Annotated[TextValue | None, Field(description="계좌번호")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    mang_empno: Annotated[TextValue | None, Field(description="관리사번")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    tsk_tp: Annotated[TextValue | None, Field(description="업무구분")] = None
    ord_stt: Annotated[TextValue | None, Field(description="주문상태")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    ord_pric: Annotated[PriceValue | None, Field(description="주문가격 · KRW")] = None
    oso_qty: Annotated[IntValue | None, Field(description="미체결수량 · shares")] = None
    cntr_tot_amt: Annotated[IntValue | None, Field(description="체결누계금액 · KRW")] = None
    orig_ord_no: Annotated[TextValue | None, Field(description="원주문번호")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="주문구분")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    tm: Annotated[TimeValue | None, Field(description="시간")] = None
    cntr_no: Annotated[TextValue | None, Field(description="체결번호")] = None
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    sel_bid: Annotated[PriceValue | None, Field(description="매도호가 · KRW")] = None
    buy_bid: Annotated[PriceValue | None, Field(description="매수호가 · KRW")] = None
    unit_cntr_pric: Annotated[PriceValue | None, Field(description="단위체결가 · KRW")] = None
    unit_cntr_qty: Annotated[IntValue | None, Field(description="단위체결량 · shares")] = None
    tdy_trde_cmsn: Annotated[IntValue | None, Field(description="당일매매수수료 · KRW")] = None
    tdy_trde_tax: Annotated[IntValue | None, Field(description="당일매매세금 · KRW")] = None
    ind_invsr: Annotated[TextValue | None, Field(description="개인투자자")] = None
    stex_tp: Annotated[AccountExchangeTypeValue | None, Field(description="거래소구분")] = None
    stex_tp_txt: Annotated[TextValue | None, Field(description="거래소구분텍스트")] = None
    sor_yn: Annotated[FlagValue | None, Field(description="SOR 여부값")] = None
    stop_pric: Annotated[PriceValue | None, Field(description="스톱가 · KRW")] = None


class Ka10075Request(KiwoomRequest):
    """
    ka10075 미체결요청 (Open (Unfilled) Orders): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    all_stk_tp: Annotated[AllOrSingleStockOrBlank, Field(description="전체종목구분")]
    trde_tp: Annotated[SellBuyWithAllOrBlank, Field(description="매매구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=6)] = None
    stex_tp: Annotated[AccountExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10075Response(KiwoomResponse):
    """
    ka10075 미체결요청 (Open (Unfilled) Orders): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10075
    """

    oso: Annotated[list[Ka10075OsoItem], Field(description="미체결", validate_default=True)] = []


class Ka10076CntrItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="주문구분")] = None
    ord_pric: Annotated[PriceValue | None, Field(description="주문가격 · KRW")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    oso_qty: Annotated[IntValue | None, Field(description="미체결수량 · shares")] = None
    tdy_trde_cmsn: Annotated[IntValue | None, Field(description="당일매매수수료 · KRW")] = None
    tdy_trde_tax: Annotated[IntValue | None, Field(description="당일매매세금 · KRW")] = None
    ord_stt: Annotated[TextValue | None, Field(description="주문상태")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    orig_ord_no: Annotated[TextValue | None, Field(description="원주문번호")] = None
    ord_tm: Annotated[TimeValue | None, Field(description="주문시간")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stex_tp: Annotated[AccountExchangeTypeValue | None, Field(description="거래소구분")] = None
    stex_tp_txt: Annotated[TextValue | None, Field(description="거래소구분텍스트")] = None
    sor_yn: Annotated[FlagValue | None, Field(description="SOR 여부값")] = None
    stop_pric: Annotated[PriceValue | None, Field(description="스톱가 · KRW")] = None


class Ka10076Request(KiwoomRequest):
    """
    ka10076 체결요청 (Filled Orders (Executions)): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=6)] = None
    qry_tp: Annotated[AllOrSingleStockOrBlank, Field(description="조회구분")]
    sell_tp: Annotated[SellBuyWithAllOrBlank, Field(description="매도수구분")]
    ord_no: Annotated[TextArgument | None, Field(description="주문번호", max_length=10)] = None
    stex_tp: Annotated[AccountExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10076Response(KiwoomResponse):
    """
    ka10076 체결요청 (Filled Orders (Executions)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10076
    """

    cntr: Annotated[list[Ka10076CntrItem], Field(description="체결", validate_default=True)] = []


class Ka10077Request(KiwoomRequest):
    """
    ka10077 당일실현손익상세요청 (Today's Realized P&L Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목코드", max_length=6)]


class Ka10077TdyRlztPlDtlItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    buy_uv: Annotated[PriceValue | None, Field(description="매입단가 · KRW")] = None
    cntr_pric: Annotated[PriceValue | None, Field(description="체결가 · KRW")] = None
    tdy_sel_pl: Annotated[DecimalValue | None, Field(description="당일매도손익 · KRW")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="손익율 · percent")] = None
    tdy_trde_cmsn: Annotated[IntValue | None, Field(description="당일매매수수료 · KRW")] = None
    tdy_trde_tax: Annotated[IntValue | None, Field(description="당일매매세금 · KRW")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None


class Ka10085AcntPrftRtItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pur_pric: Annotated[PriceValue | None, Field(description="매입가 · KRW")] = None
    pur_amt: Annotated[IntValue | None, Field(description="매입금액 · KRW")] = None
    rmnd_qty: Annotated[IntValue | None, Field(description="보유수량 · shares")] = None
    tdy_sel_pl: Annotated[DecimalValue | None, Field(description="당일매도손익 · KRW")] = None
    tdy_trde_cmsn: Annotated[IntValue | None, Field(description="당일매매수수료 · KRW")] = None
    tdy_trde_tax: Annotated[IntValue | None, Field(description="당일매매세금 · KRW")] = None
    crd_tp: Annotated[TextValue | None, Field(description="신용구분")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    setl_remn: Annotated[IntValue | None, Field(description="결제잔고 · shares")] = None
    clrn_alow_qty: Annotated[IntValue | None, Field(description="청산가능수량 · shares")] = None
    crd_amt: Annotated[IntValue | None, Field(description="신용금액 · KRW")] = None
    crd_int: Annotated[IntValue | None, Field(description="신용이자 · KRW")] = None
    expr_dt: Annotated[DateValue | None, Field(description="만기일")] = None


class Ka10085Request(KiwoomRequest):
    """
    ka10085 계좌수익률요청 (Account Return): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[AccountExchangeTypeOrBlank, Field(description="거래소구분")]


class Ka10085Response(KiwoomResponse):
    """
    ka10085 계좌수익률요청 (Account Return): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10085
    """

    acnt_prft_rt: Annotated[list[Ka10085AcntPrftRtItem], Field(description="계좌수익률", validate_default=True)] = []


class Ka10088OsopItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    acnt_no: Annotated[TextValue | None, Field(description="계좌번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    ord_pric: Annotated[PriceValue | None, Field(description="주문가격 · KRW")] = None
    osop_qty: Annotated[IntValue | None, Field(description="미체결수량 · shares")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="주문구분")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    sell_tp: Annotated[SellBuyValue | None, Field(description="매도/수 구분")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결량 · shares")] = None
    ord_stt: Annotated[TextValue | None, Field(description="주문상태")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    stex_tp: Annotated[AccountExchangeTypeValue | None, Field(description="거래소구분")] = None
    stex_tp_txt: Annotated[TextValue | None, Field(description="거래소구분텍스트")] = None


class Ka10088Request(KiwoomRequest):
    """
    ka10088 미체결 분할주문 상세 (Open Split Order Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextArgument, Field(description="주문번호", max_length=20)]


class Ka10088Response(KiwoomResponse):
    """
    ka10088 미체결 분할주문 상세 (Open Split Order Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10088
    """

    osop: Annotated[list[Ka10088OsopItem], Field(description="미체결분할주문리스트", validate_default=True)] = []


class Ka10170Request(KiwoomRequest):
    """
    ka10170 당일매매일지요청 (Today's Trading Journal): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_dt: Annotated[DateArgument | None, Field(description="기준일자", max_length=8)] = None
    ottks_tp: Annotated[DayTradeSellScopeOrBlank, Field(description="단주구분")]
    ch_crd_tp: Annotated[CashCreditTypeOrBlank, Field(description="현금신용구분")]


class Ka10170TdyTrdeDiaryItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    buy_avg_pric: Annotated[PriceValue | None, Field(description="매수평균가 · KRW")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · shares")] = None
    sel_avg_pric: Annotated[PriceValue | None, Field(description="매도평균가 · KRW")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None
    cmsn_alm_tax: Annotated[IntValue | None, Field(description="수수료_제세금 · KRW")] = None
    pl_amt: Annotated[IntValue | None, Field(description="손익금액 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금액 · KRW")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금액 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None


class Kt00001Request(KiwoomRequest):
    """
    kt00001 예수금상세현황요청 (Deposit Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[DepositQueryTypeOrBlank, Field(description="조회구분")]


class Kt00001StkEntrPrstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crnc_cd: Annotated[TextValue | None, Field(description="통화코드")] = None
    fx_entr: Annotated[IntValue | None, Field(description="외화예수금 · KRW")] = None
    fc_krw_repl_evlta: Annotated[IntValue | None, Field(description="원화대용평가금 · KRW")] = None
    fc_trst_profa: Annotated[IntValue | None, Field(description="해외주식증거금 · KRW")] = None
    pymn_alow_amt: Annotated[IntValue | None, Field(description="출금가능금액 · KRW")] = None
    pymn_alow_amt_entr: Annotated[IntValue | None, Field(description="출금가능금액(예수금) · KRW")] = None
    ord_alow_amt_entr: Annotated[IntValue | None, Field(description="주문가능금액(예수금) · KRW")] = None
    fc_uncla: Annotated[IntValue | None, Field(description="외화미수(합계) · KRW")] = None
    fc_ch_uncla: Annotated[IntValue | None, Field(description="외화현금미수금 · KRW")] = None
    dly_amt: Annotated[IntValue | None, Field(description="연체료 · KRW")] = None
    d1_fx_entr: Annotated[IntValue | None, Field(description="d+1외화예수금 · KRW")] = None
    d2_fx_entr: Annotated[IntValue | None, Field(description="d+2외화예수금 · KRW")] = None
    d3_fx_entr: Annotated[IntValue | None, Field(description="d+3외화예수금 · KRW")] = None
    d4_fx_entr: Annotated[IntValue | None, Field(description="d+4외화예수금 · KRW")] = None


class Kt00002DalyPrsmDpstAsetAmtPrstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dt: Annotated[DateValue | None, Field(description="일자")] = None
    entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    grnt_use_amt: Annotated[IntValue | None, Field(description="담보대출금 · KRW")] = None
    crd_loan: Annotated[IntValue | None, Field(description="신용융자금 · KRW")] = None
    ls_grnt: Annotated[IntValue | None, Field(description="대주담보금 · KRW")] = None
    repl_amt: Annotated[IntValue | None, Field(description="대용금 · KRW")] = None
    prsm_dpst_aset_amt: Annotated[IntValue | None, Field(description="추정예탁자산 · KRW")] = None
    prsm_dpst_aset_amt_bncr_skip: Annotated[IntValue | None, Field(description="추정예탁자산수익증권제외 · KRW")] = None


class Kt00002Request(KiwoomRequest):
    """
    kt00002 일별추정예탁자산현황요청 (Daily Estimated Deposit Assets): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    start_dt: Annotated[DateArgument, Field(description="시작조회기간", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료조회기간", max_length=8)]


class Kt00002Response(KiwoomResponse):
    """
    kt00002 일별추정예탁자산현황요청 (Daily Estimated Deposit Assets): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00002
    """

    daly_prsm_dpst_aset_amt_prst: Annotated[
        list[Kt00002DalyPrsmDpstAsetAmtPrstItem], Field(description="일별추정예탁자산현황", validate_default=True)
    ] = []


class Kt00003Request(KiwoomRequest):
    """
    kt00003 추정자산조회요청 (Estimated Assets): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[DelistedFilterOrBlank, Field(description="상장폐지조회구분")]


class Kt00003Response(KiwoomResponse):
    """
    kt00003 추정자산조회요청 (Estimated Assets): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00003
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    prsm_dpst_aset_amt: Annotated[IntValue | None, Field(description="추정예탁자산 · KRW")] = None


class Kt00004Request(KiwoomRequest):
    """
    kt00004 계좌평가현황요청 (Account Evaluation Status): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[DelistedFilterOrBlank, Field(description="상장폐지조회구분")]
    dmst_stex_tp: Annotated[DomesticExchangeOrBlank, Field(description="국내거래소구분")]


class Kt00004StkAcntEvltPrstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    rmnd_qty: Annotated[IntValue | None, Field(description="보유수량 · shares")] = None
    avg_prc: Annotated[PriceValue | None, Field(description="평균단가 · KRW")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    evlt_amt: Annotated[IntValue | None, Field(description="평가금액 · KRW")] = None
    pl_amt: Annotated[IntValue | None, Field(description="손익금액 · KRW")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="손익율 · percent")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    pur_amt: Annotated[IntValue | None, Field(description="매입금액 · KRW")] = None
    setl_remn: Annotated[IntValue | None, Field(description="결제잔고 · shares")] = None
    pred_buyq: Annotated[IntValue | None, Field(description="전일매수수량 · shares")] = None
    pred_sellq: Annotated[IntValue | None, Field(description="전일매도수량 · shares")] = None
    tdy_buyq: Annotated[IntValue | None, Field(description="금일매수수량 · shares")] = None
    tdy_sellq: Annotated[IntValue | None, Field(description="금일매도수량 · shares")] = None


class Kt00005Request(KiwoomRequest):
    """
    kt00005 체결잔고요청 (Execution Balance): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    dmst_stex_tp: Annotated[DomesticExchangeOrBlank, Field(description="국내거래소구분")]


class Kt00005StkCntrRemnItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crd_tp: Annotated[TextValue | None, Field(description="신용구분")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    expr_dt: Annotated[DateValue | None, Field(description="만기일")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    setl_remn: Annotated[IntValue | None, Field(description="결제잔고 · shares")] = None
    cur_qty: Annotated[IntValue | None, Field(description="현재잔고 · shares")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    buy_uv: Annotated[PriceValue | None, Field(description="매입단가 · KRW")] = None
    pur_amt: Annotated[IntValue | None, Field(description="매입금액 · KRW")] = None
    evlt_amt: Annotated[IntValue | None, Field(description="평가금액 · KRW")] = None
    evltv_prft: Annotated[IntValue | None, Field(description="평가손익 · KRW")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="손익률 · percent")] = None


class Kt00007AcntOrdCntrPrpsDtlItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목번호")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    crd_tp: Annotated[TextValue | None, Field(description="신용구분")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · KRW")] = None
    cnfm_qty: Annotated[IntValue | None, Field(description="확인수량 · shares")] = None
    acpt_tp: Annotated[TextValue | None, Field(description="접수구분")] = None
    rsrv_tp: Annotated[TextValue | None, Field(description="반대여부")] = None
    ord_tm: Annotated[TimeValue | None, Field(description="주문시간")] = None
    ori_ord: Annotated[TextValue | None, Field(description="원주문")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="주문구분")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · shares")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · KRW")] = None
    ord_remnq: Annotated[IntValue | None, Field(description="주문잔량 · shares")] = None
    comm_ord_tp: Annotated[TextValue | None, Field(description="통신구분")] = None
    mdfy_cncl: Annotated[TextValue | None, Field(description="정정취소")] = None
    cnfm_tm: Annotated[TimeValue | None, Field(description="확인시간")] = None
    dmst_stex_tp: Annotated[TextValue | None, Field(description="국내거래소구분")] = None
    cond_uv: Annotated[PriceValue | None, Field(description="스톱가 · KRW")] = None


class Kt00007Request(KiwoomRequest):
    """
    kt00007 계좌별주문체결내역상세요청 (Account Order Execution History Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_dt: Annotated[DateArgument | None, Field(description="주문일자", max_length=8)] = None
    qry_tp: Annotated[OrderHistoryQueryTypeOrBlank, Field(description="조회구분")]
    stk_bond_tp: Annotated[StockBondTypeOrBlank, Field(description="주식채권구분")]
    sell_tp: Annotated[SellBuyWithAllOrBlank, Field(description="매도수구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    fr_ord_no: Annotated[TextArgument | None, Field(description="시작주문번호", max_length=7)] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithAllAndSorOrBlank, Field(description="국내거래소구분")]


class Kt00007Response(KiwoomResponse):
    """
    kt00007 계좌별주문체결내역상세요청 (Account Order Execution History Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00007
    """

    acnt_ord_cntr_prps_dtl: Annotated[
        list[Kt00007AcntOrdCntrPrpsDtlItem], Field(description="계좌별주문체결내역상세", validate_default=True)
    ] = []


class Kt00008AcntNxdySetlFrcsPrpsArrayItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    seq: Annotated[TextValue | None, Field(description="일련번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목번호")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    qty: Annotated[IntValue | None, Field(description="수량 · shares")] = None
    engg_amt: Annotated[IntValue | None, Field(description="약정금액 · KRW")] = None
    cmsn: Annotated[IntValue | None, Field(description="수수료 · KRW")] = None
    incm_tax: Annotated[IntValue | None, Field(description="소득세 · KRW")] = None
    rstx: Annotated[IntValue | None, Field(description="농특세 · KRW")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    sell_tp: Annotated[TextValue | None, Field(description="매도수구분")] = None
    unp: Annotated[PriceValue | None, Field(description="단가 · KRW")] = None
    exct_amt: Annotated[IntValue | None, Field(description="정산금액 · KRW")] = None
    trde_tax: Annotated[IntValue | None, Field(description="거래세 · KRW")] = None
    resi_tax: Annotated[IntValue | None, Field(description="주민세 · KRW")] = None
    crd_tp: Annotated[TextValue | None, Field(description="신용구분")] = None


class Kt00008Request(KiwoomRequest):
    """
    kt00008 계좌별익일결제예정내역요청 (Next-Day Settlement Schedule): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dcd_seq: Annotated[TextArgument | None, Field(description="시작결제번호", max_length=7)] = None


class Kt00008Response(KiwoomResponse):
    """
    kt00008 계좌별익일결제예정내역요청 (Next-Day Settlement Schedule): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00008
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    trde_dt: Annotated[DateValue | None, Field(description="매매일자")] = None
    setl_dt: Annotated[DateValue | None, Field(description="결제일자")] = None
    sell_amt_sum: Annotated[IntValue | None, Field(description="매도정산합 · KRW")] = None
    buy_amt_sum: Annotated[IntValue | None, Field(description="매수정산합 · KRW")] = None
    acnt_nxdy_setl_frcs_prps_array: Annotated[
        list[Kt00008AcntNxdySetlFrcsPrpsArrayItem],
        Field(description="계좌별익일결제예정내역배열", validate_default=True),
    ] = []


class Kt00009AcntOrdCntrPrstArrayItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_bond_tp: Annotated[StockBondTypeValue | None, Field(description="주식채권구분")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목번호")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="주문유형구분")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · KRW")] = None
    cnfm_qty: Annotated[IntValue | None, Field(description="확인수량 · shares")] = None
    rsrv_oppo: Annotated[TextValue | None, Field(description="예약/반대")] = None
    cntr_no: Annotated[TextValue | None, Field(description="체결번호")] = None
    acpt_tp: Annotated[TextValue | None, Field(description="접수구분")] = None
    orig_ord_no: Annotated[TextValue | None, Field(description="원주문번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    setl_tp: Annotated[TextValue | None, Field(description="결제구분")] = None
    crd_deal_tp: Annotated[TextValue | None, Field(description="신용거래구분")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · shares")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · KRW")] = None
    comm_ord_tp: Annotated[TextValue | None, Field(description="통신구분")] = None
    mdfy_cncl_tp: Annotated[TextValue | None, Field(description="정정/취소구분")] = None
    cntr_tm: Annotated[TimeValue | None, Field(description="체결시간")] = None
    dmst_stex_tp: Annotated[TextValue | None, Field(description="국내거래소구분")] = None
    cond_uv: Annotated[PriceValue | None, Field(description="스톱가 · KRW")] = None


class Kt00009Request(KiwoomRequest):
    """
    kt00009 계좌별주문체결현황요청 (Account Order Execution Status): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_dt: Annotated[DateArgument | None, Field(description="주문일자", max_length=8)] = None
    stk_bond_tp: Annotated[StockBondTypeOrBlank, Field(description="주식채권구분")]
    mrkt_tp: Annotated[MarketTypeWithOtcOrBlank, Field(description="시장구분")]
    sell_tp: Annotated[SellBuyWithAllOrBlank, Field(description="매도수구분")]
    qry_tp: Annotated[FillFilterOrBlank, Field(description="조회구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    fr_ord_no: Annotated[TextArgument | None, Field(description="시작주문번호", max_length=7)] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithAllAndSorOrBlank, Field(description="국내거래소구분")]


class Kt00009Response(KiwoomResponse):
    """
    kt00009 계좌별주문체결현황요청 (Account Order Execution Status): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00009
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sell_grntl_engg_amt: Annotated[IntValue | None, Field(description="매도약정금액 · KRW")] = None
    buy_engg_amt: Annotated[IntValue | None, Field(description="매수약정금액 · KRW")] = None
    engg_amt: Annotated[IntValue | None, Field(description="약정금액 · KRW")] = None
    acnt_ord_cntr_prst_array: Annotated[
        list[Kt00009AcntOrdCntrPrstArrayItem], Field(description="계좌별주문체결현황배열", validate_default=True)
    ] = []


class Kt00010Request(KiwoomRequest):
    """
    kt00010 주문인출가능금액요청 (Orderable/Withdrawable Amount): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    io_amt: Annotated[WholeArgument | None, Field(description="입출금액", max_length=12)] = None
    stk_cd: Annotated[TextArgument, Field(description="종목번호", max_length=12)]
    trde_tp: Annotated[SellBuyOrBlank, Field(description="매매구분")]
    trde_qty: Annotated[WholeArgument | None, Field(description="매매수량", max_length=10)] = None
    uv: Annotated[PriceArgument0, Field(description="매수가격", max_length=10)]
    exp_buy_unp: Annotated[PriceArgument0 | None, Field(description="예상매수단가", max_length=10)] = None


class Kt00010Response(KiwoomResponse):
    """
    kt00010 주문인출가능금액요청 (Orderable/Withdrawable Amount): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00010
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    profa_20ord_alow_amt: Annotated[IntValue | None, Field(description="증거금20%주문가능금액 · KRW")] = None
    profa_20ord_alowq: Annotated[IntValue | None, Field(description="증거금20%주문가능수량 · shares")] = None
    profa_30ord_alow_amt: Annotated[IntValue | None, Field(description="증거금30%주문가능금액 · KRW")] = None
    profa_30ord_alowq: Annotated[IntValue | None, Field(description="증거금30%주문가능수량 · shares")] = None
    profa_40ord_alow_amt: Annotated[IntValue | None, Field(description="증거금40%주문가능금액 · KRW")] = None
    profa_40ord_alowq: Annotated[IntValue | None, Field(description="증거금40%주문가능수량 · shares")] = None
    profa_50ord_alow_amt: Annotated[IntValue | None, Field(description="증거금50%주문가능금액 · KRW")] = None
    profa_50ord_alowq: Annotated[IntValue | None, Field(description="증거금50%주문가능수량 · shares")] = None
    profa_60ord_alow_amt: Annotated[IntValue | None, Field(description="증거금60%주문가능금액 · KRW")] = None
    profa_60ord_alowq: Annotated[IntValue | None, Field(description="증거금60%주문가능수량 · shares")] = None
    profa_rdex_60ord_alow_amt: Annotated[IntValue | None, Field(description="증거금감면60%주문가능금 · KRW")] = None
    profa_rdex_60ord_alowq: Annotated[IntValue | None, Field(description="증거금감면60%주문가능수 · shares")] = None
    profa_100ord_alow_amt: Annotated[IntValue | None, Field(description="증거금100%주문가능금액 · KRW")] = None
    profa_100ord_alowq: Annotated[IntValue | None, Field(description="증거금100%주문가능수량 · shares")] = None
    pred_reu_alowa: Annotated[IntValue | None, Field(description="전일재사용가능금액 · KRW")] = None
    tdy_reu_alowa: Annotated[IntValue | None, Field(description="금일재사용가능금액 · KRW")] = None
    entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    repl_amt: Annotated[IntValue | None, Field(description="대용금 · KRW")] = None
    uncla: Annotated[IntValue | None, Field(description="미수금 · KRW")] = None
    ord_pos_repl: Annotated[IntValue | None, Field(description="주문가능대용 · KRW")] = None
    ord_alowa: Annotated[IntValue | None, Field(description="주문가능현금 · KRW")] = None
    wthd_alowa: Annotated[IntValue | None, Field(description="인출가능금액 · KRW")] = None
    nxdy_wthd_alowa: Annotated[IntValue | None, Field(description="익일인출가능금액 · KRW")] = None
    pur_amt: Annotated[IntValue | None, Field(description="매입금액 · KRW")] = None
    cmsn: Annotated[IntValue | None, Field(description="수수료 · KRW")] = None
    pur_exct_amt: Annotated[IntValue | None, Field(description="매입정산금 · KRW")] = None
    d2entra: Annotated[IntValue | None, Field(description="D2추정예수금 · KRW")] = None
    profa_rdex_aplc_tp: Annotated[MarginReductionTypeValue | None, Field(description="증거금감면적용구분")] = None


class Kt00011Request(KiwoomRequest):
    """
    kt00011 증거금율별주문가능수량조회요청 (Orderable Quantity by Margin Rate): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목번호", max_length=12)]
    uv: Annotated[PriceArgument0 | None, Field(description="매수가격", max_length=10)] = None


class Kt00011Response(KiwoomResponse):
    """
    kt00011 증거금율별주문가능수량조회요청 (Orderable Quantity by Margin Rate): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00011
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_profa_rt: Annotated[DecimalValue | None, Field(description="종목증거금율 · percent")] = None
    profa_rt: Annotated[DecimalValue | None, Field(description="계좌증거금율 · percent")] = None
    aplc_rt: Annotated[DecimalValue | None, Field(description="적용증거금율 · percent")] = None
    profa_20ord_alow_amt: Annotated[IntValue | None, Field(description="증거금20%주문가능금액 · KRW")] = None
    profa_20ord_alowq: Annotated[IntValue | None, Field(description="증거금20%주문가능수량 · shares")] = None
    profa_20pred_reu_amt: Annotated[IntValue | None, Field(description="증거금20%전일재사용금액 · KRW")] = None
    profa_20tdy_reu_amt: Annotated[IntValue | None, Field(description="증거금20%금일재사용금액 · KRW")] = None
    profa_30ord_alow_amt: Annotated[IntValue | None, Field(description="증거금30%주문가능금액 · KRW")] = None
    profa_30ord_alowq: Annotated[IntValue | None, Field(description="증거금30%주문가능수량 · shares")] = None
    profa_30pred_reu_amt: Annotated[IntValue | None, Field(description="증거금30%전일재사용금액 · KRW")] = None
    profa_30tdy_reu_amt: Annotated[IntValue | None, Field(description="증거금30%금일재사용금액 · KRW")] = None
    profa_40ord_alow_amt: Annotated[IntValue | None, Field(description="증거금40%주문가능금액 · KRW")] = None
    profa_40ord_alowq: Annotated[IntValue | None, Field(description="증거금40%주문가능수량 · shares")] = None
    profa_40pred_reu_amt: Annotated[IntValue | None, Field(description="증거금40전일재사용금액 · KRW")] = None
    profa_40tdy_reu_amt: Annotated[IntValue | None, Field(description="증거금40%금일재사용금액 · KRW")] = None
    profa_50ord_alow_amt: Annotated[IntValue | None, Field(description="증거금50%주문가능금액 · KRW")] = None
    profa_50ord_alowq: Annotated[IntValue | None, Field(description="증거금50%주문가능수량 · shares")] = None
    profa_50pred_reu_amt: Annotated[IntValue | None, Field(description="증거금50%전일재사용금액 · KRW")] = None
    profa_50tdy_reu_amt: Annotated[IntValue | None, Field(description="증거금50%금일재사용금액 · KRW")] = None
    profa_60ord_alow_amt: Annotated[IntValue | None, Field(description="증거금60%주문가능금액 · KRW")] = None
    profa_60ord_alowq: Annotated[IntValue | None, Field(description="증거금60%주문가능수량 · shares")] = None
    profa_60pred_reu_amt: Annotated[IntValue | None, Field(description="증거금60%전일재사용금액 · KRW")] = None
    profa_60tdy_reu_amt: Annotated[IntValue | None, Field(description="증거금60%금일재사용금액 · KRW")] = None
    profa_100ord_alow_amt: Annotated[IntValue | None, Field(description="증거금100%주문가능금액 · KRW")] = None
    profa_100ord_alowq: Annotated[IntValue | None, Field(description="증거금100%주문가능수량 · shares")] = None
    profa_100pred_reu_amt: Annotated[IntValue | None, Field(description="증거금100%전일재사용금액 · KRW")] = None
    profa_100tdy_reu_amt: Annotated[IntValue | None, Field(description="증거금100%금일재사용금액 · KRW")] = None
    min_ord_alow_amt: Annotated[IntValue | None, Field(description="미수불가주문가능금액 · KRW")] = None
    min_ord_alowq: Annotated[IntValue | None, Field(description="미수불가주문가능수량 · shares")] = None
    min_pred_reu_amt: Annotated[IntValue | None, Field(description="미수불가전일재사용금액 · KRW")] = None
    min_tdy_reu_amt: Annotated[IntValue | None, Field(description="미수불가금일재사용금액 · KRW")] = None
    entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    repl_amt: Annotated[IntValue | None, Field(description="대용금 · KRW")] = None
    uncla: Annotated[IntValue | None, Field(description="미수금 · KRW")] = None
    ord_pos_repl: Annotated[IntValue | None, Field(description="주문가능대용 · KRW")] = None
    ord_alowa: Annotated[IntValue | None, Field(description="주문가능현금 · KRW")] = None


class Kt00012Request(KiwoomRequest):
    """
    kt00012 신용보증금율별주문가능수량조회요청 (Orderable Quantity by Credit Deposit Rate): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextArgument, Field(description="종목번호", max_length=12)]
    uv: Annotated[PriceArgument0 | None, Field(description="매수가격", max_length=10)] = None


class Kt00012Response(KiwoomResponse):
    """
    kt00012 신용보증금율별주문가능수량조회요청 (Orderable Quantity by Credit Deposit Rate): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00012
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_assr_rt: Annotated[TextValue | None, Field(description="종목보증금율")] = None
    stk_assr_rt_nm: Annotated[TextValue | None, Field(description="종목보증금율명")] = None
    assr_30ord_alow_amt: Annotated[IntValue | None, Field(description="보증금30%주문가능금액 · KRW")] = None
    assr_30ord_alowq: Annotated[IntValue | None, Field(description="보증금30%주문가능수량 · shares")] = None
    assr_30pred_reu_amt: Annotated[IntValue | None, Field(description="보증금30%전일재사용금액 · KRW")] = None
    assr_30tdy_reu_amt: Annotated[IntValue | None, Field(description="보증금30%금일재사용금액 · KRW")] = None
    assr_40ord_alow_amt: Annotated[IntValue | None, Field(description="보증금40%주문가능금액 · KRW")] = None
    assr_40ord_alowq: Annotated[IntValue | None, Field(description="보증금40%주문가능수량 · shares")] = None
    assr_40pred_reu_amt: Annotated[IntValue | None, Field(description="보증금40%전일재사용금액 · KRW")] = None
    assr_40tdy_reu_amt: Annotated[IntValue | None, Field(description="보증금40%금일재사용금액 · KRW")] = None
    assr_50ord_alow_amt: Annotated[IntValue | None, Field(description="보증금50%주문가능금액 · KRW")] = None
    assr_50ord_alowq: Annotated[IntValue | None, Field(description="보증금50%주문가능수량 · shares")] = None
    assr_50pred_reu_amt: Annotated[IntValue | None, Field(description="보증금50%전일재사용금액 · KRW")] = None
    assr_50tdy_reu_amt: Annotated[IntValue | None, Field(description="보증금50%금일재사용금액 · KRW")] = None
    assr_60ord_alow_amt: Annotated[IntValue | None, Field(description="보증금60%주문가능금액 · KRW")] = None
    assr_60ord_alowq: Annotated[IntValue | None, Field(description="보증금60%주문가능수량 · shares")] = None
    assr_60pred_reu_amt: Annotated[IntValue | None, Field(description="보증금60%전일재사용금액 · KRW")] = None
    assr_60tdy_reu_amt: Annotated[IntValue | None, Field(description="보증금60%금일재사용금액 · KRW")] = None
    entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    repl_amt: Annotated[IntValue | None, Field(description="대용금 · KRW")] = None
    uncla: Annotated[IntValue | None, Field(description="미수금 · KRW")] = None
    ord_pos_repl: Annotated[IntValue | None, Field(description="주문가능대용 · KRW")] = None
    ord_alowa: Annotated[IntValue | None, Field(description="주문가능현금 · KRW")] = None
    out_alowa: Annotated[IntValue | None, Field(description="미수가능금액 · KRW")] = None
    out_pos_qty: Annotated[IntValue | None, Field(description="미수가능수량 · shares")] = None
    min_amt: Annotated[IntValue | None, Field(description="미수불가금액 · KRW")] = None
    min_qty: Annotated[IntValue | None, Field(description="미수불가수량 · shares")] = None


class Kt00013Request(KiwoomRequest):
    """
    kt00013 증거금세부내역조회요청 (Margin Detail): the request body.
    """


class Kt00013Response(KiwoomResponse):
    """
    kt00013 증거금세부내역조회요청 (Margin Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00013
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tdy_reu_objt_amt: Annotated[IntValue | None, Field(description="금일재사용대상금액 · KRW")] = None
    tdy_reu_use_amt: Annotated[IntValue | None, Field(description="금일재사용사용금액 · KRW")] = None
    tdy_reu_alowa: Annotated[IntValue | None, Field(description="금일재사용가능금액 · KRW")] = None
    tdy_reu_lmtt_amt: Annotated[IntValue | None, Field(description="금일재사용제한금액 · KRW")] = None
    tdy_reu_alowa_fin: Annotated[IntValue | None, Field(description="금일재사용가능금액최종 · KRW")] = None
    pred_reu_objt_amt: Annotated[IntValue | None, Field(description="전일재사용대상금액 · KRW")] = None
    pred_reu_use_amt: Annotated[IntValue | None, Field(description="전일재사용사용금액 · KRW")] = None
    pred_reu_alowa: Annotated[IntValue | None, Field(description="전일재사용가능금액 · KRW")] = None
    pred_reu_lmtt_amt: Annotated[IntValue | None, Field(description="전일재사용제한금액 · KRW")] = None
    pred_reu_alowa_fin: Annotated[IntValue | None, Field(description="전일재사용가능금액최종 · KRW")] = None
    ch_amt: Annotated[IntValue | None, Field(description="현금금액 · KRW")] = None
    ch_profa: Annotated[IntValue | None, Field(description="현금증거금 · KRW")] = None
    use_pos_ch: Annotated[IntValue | None, Field(description="사용가능현금 · KRW")] = None
    ch_use_lmtt_amt: Annotated[IntValue | None, Field(description="현금사용제한금액 · KRW")] = None
    use_pos_ch_fin: Annotated[IntValue | None, Field(description="사용가능현금최종 · KRW")] = None
    repl_amt_amt: Annotated[IntValue | None, Field(description="대용금액 · KRW")] = None
    repl_profa: Annotated[IntValue | None, Field(description="대용증거금 · KRW")] = None
    use_pos_repl: Annotated[IntValue | None, Field(description="사용가능대용 · KRW")] = None
    repl_use_lmtt_amt: Annotated[IntValue | None, Field(description="대용사용제한금액 · KRW")] = None
    use_pos_repl_fin: Annotated[IntValue | None, Field(description="사용가능대용최종 · KRW")] = None
    crd_grnta_ch: Annotated[IntValue | None, Field(description="신용보증금현금 · KRW")] = None
    crd_grnta_repl: Annotated[IntValue | None, Field(description="신용보증금대용 · KRW")] = None
    crd_grnt_ch: Annotated[IntValue | None, Field(description="신용담보금현금 · KRW")] = None
    crd_grnt_repl: Annotated[IntValue | None, Field(description="신용담보금대용 · KRW")] = None
    uncla: Annotated[IntValue | None, Field(description="미수금 · KRW")] = None
    ls_grnt_reu_gold: Annotated[IntValue | None, Field(description="대주담보금재사용금 · KRW")] = None
    n20ord_alow_amt: Annotated[IntValue | None, Field(alias="20ord_alow_amt", description="20%주문가능금액 · KRW")] = (
        None
    )
    n30ord_alow_amt: Annotated[IntValue | None, Field(alias="30ord_alow_amt", description="30%주문가능금액 · KRW")] = (
        None
    )
    n40ord_alow_amt: Annotated[IntValue | None, Field(alias="40ord_alow_amt", description="40%주문가능금액 · KRW")] = (
        None
    )
    n50ord_alow_amt: Annotated[IntValue | None, Field(alias="50ord_alow_amt", description="50%주문가능금액 · KRW")] = (
        None
    )
    n60ord_alow_amt: Annotated[IntValue | None, Field(alias="60ord_alow_amt", description="60%주문가능금액 · KRW")] = (
        None
    )
    n100ord_alow_amt: Annotated[
        IntValue | None, Field(alias="100ord_alow_amt", description="100%주문가능금액 · KRW")
    ] = None
    tdy_crd_rpya_loss_amt: Annotated[IntValue | None, Field(description="금일신용상환손실금액 · KRW")] = None
    pred_crd_rpya_loss_amt: Annotated[IntValue | None, Field(description="전일신용상환손실금액 · KRW")] = None
    tdy_ls_rpya_loss_repl_profa: Annotated[IntValue | None, Field(description="금일대주상환손실대용증거금 · KRW")] = (
        None
    )
    pred_ls_rpya_loss_repl_profa: Annotated[IntValue | None, Field(description="전일대주상환손실대용증거금 · KRW")] = (
        None
    )
    evlt_repl_amt_spg_use_skip: Annotated[IntValue | None, Field(description="평가대용금(현물사용제외) · KRW")] = None
    evlt_repl_rt: Annotated[DecimalValue | None, Field(description="평가대용비율 · percent")] = None
    crd_repl_profa: Annotated[IntValue | None, Field(description="신용대용증거금 · KRW")] = None
    ch_ord_repl_profa: Annotated[IntValue | None, Field(description="현금주문대용증거금 · KRW")] = None
    crd_ord_repl_profa: Annotated[IntValue | None, Field(description="신용주문대용증거금 · KRW")] = None
    crd_repl_conv_gold: Annotated[IntValue | None, Field(description="신용대용환산금 · KRW")] = None
    repl_alowa: Annotated[IntValue | None, Field(description="대용가능금액(현금제한) · KRW")] = None
    repl_alowa_2: Annotated[IntValue | None, Field(description="대용가능금액2(신용제한) · KRW")] = None
    ch_repl_lck_gold: Annotated[IntValue | None, Field(description="현금대용부족금 · KRW")] = None
    crd_repl_lck_gold: Annotated[IntValue | None, Field(description="신용대용부족금 · KRW")] = None
    ch_ord_alow_repla: Annotated[IntValue | None, Field(description="현금주문가능대용금 · KRW")] = None
    crd_ord_alow_repla: Annotated[IntValue | None, Field(description="신용주문가능대용금 · KRW")] = None
    d2vexct_entr: Annotated[IntValue | None, Field(description="D2가정산예수금 · KRW")] = None
    d2ch_ord_alow_amt: Annotated[IntValue | None, Field(description="D2현금주문가능금액 · KRW")] = None


class Kt00015Request(KiwoomRequest):
    """
    kt00015 위탁종합거래내역요청 (Consignment Comprehensive Transaction History): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument, Field(description="시작일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료일자", max_length=8)]
    tp: Annotated[ConsignmentTransactionTypeOrBlank, Field(description="구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    crnc_cd: Annotated[TextArgument | None, Field(description="통화코드", max_length=3)] = None
    gds_tp: Annotated[ProductTypeOrBlank, Field(description="상품구분")]
    frgn_stex_code: Annotated[TextArgument | None, Field(description="해외거래소코드", max_length=10)] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithAllOrBlank, Field(description="국내거래소구분")]
    qry_sort_tp: Annotated[TransactionSortOrderOrBlank | None, Field(description="조회정렬구분")] = None


class Kt00015TrstOvrlTrdePrpsArrayItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    trde_dt: Annotated[DateValue | None, Field(description="거래일자")] = None
    trde_no: Annotated[TextValue | None, Field(description="거래번호")] = None
    rmrk_nm: Annotated[TextValue | None, Field(description="적요명")] = None
    crd_deal_tp_nm: Annotated[TextValue | None, Field(description="신용거래구분명")] = None
    exct_amt: Annotated[IntValue | None, Field(description="정산금액 · KRW")] = None
    loan_amt_rpya: Annotated[IntValue | None, Field(description="대출금상환 · KRW")] = None
    fc_trde_amt: Annotated[DecimalValue | None, Field(description="거래금액(외)")] = None
    fc_exct_amt: Annotated[DecimalValue | None, Field(description="정산금액(외)")] = None
    entra_remn: Annotated[IntValue | None, Field(description="예수금잔고 · KRW")] = None
    crnc_cd: Annotated[TextValue | None, Field(description="통화코드")] = None
    trde_ocr_tp: Annotated[TransactionKindValue | None, Field(description="거래종류구분")] = None
    trde_kind_nm: Annotated[TextValue | None, Field(description="거래종류명")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    trde_amt: Annotated[IntValue | None, Field(description="거래금액 · KRW")] = None
    trde_agri_tax: Annotated[IntValue | None, Field(description="거래및농특세 · KRW")] = None
    rpy_diffa: Annotated[IntValue | None, Field(description="상환차금 · KRW")] = None
    fc_trde_tax: Annotated[DecimalValue | None, Field(description="거래세(외)")] = None
    dly_sum: Annotated[IntValue | None, Field(description="연체합 · KRW")] = None
    fc_entra: Annotated[DecimalValue | None, Field(description="외화예수금잔고")] = None
    mdia_tp_nm: Annotated[TextValue | None, Field(description="매체구분명")] = None
    io_tp: Annotated[TextValue | None, Field(description="입출구분")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="입출구분명")] = None
    orig_deal_no: Annotated[TextValue | None, Field(description="원거래번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    trde_qty_jwa_cnt: Annotated[IntValue | None, Field(description="거래수량/좌수")] = None
    cmsn: Annotated[IntValue | None, Field(description="수수료 · KRW")] = None
    int_ls_usfe: Annotated[IntValue | None, Field(description="이자/대주이용 · KRW")] = None
    fc_cmsn: Annotated[DecimalValue | None, Field(description="수수료(외)")] = None
    fc_dly_sum: Annotated[DecimalValue | None, Field(description="연체합(외)")] = None
    vlbl_nowrm: Annotated[IntValue | None, Field(description="유가금잔")] = None
    proc_tm: Annotated[TimeValue | None, Field(description="처리시간")] = None
    isin_cd: Annotated[TextValue | None, Field(description="ISIN코드")] = None
    stex_cd: Annotated[TextValue | None, Field(description="거래소코드")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소명")] = None
    trde_unit: Annotated[PriceValue | None, Field(description="거래단가/환율")] = None
    incm_resi_tax: Annotated[IntValue | None, Field(description="소득/주민세 · KRW")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    uncl_ocr: Annotated[IntValue | None, Field(description="미수(원/주)")] = None
    rpym_sum: Annotated[IntValue | None, Field(description="변제합 · KRW")] = None
    cntr_dt: Annotated[DateValue | None, Field(description="체결일")] = None
    rcpy_no: Annotated[TextValue | None, Field(description="출납번호")] = None
    prcsr: Annotated[TextValue | None, Field(description="처리자")] = None
    proc_brch: Annotated[TextValue | None, Field(description="처리점")] = None
    trde_stle: Annotated[TextValue | None, Field(description="매매형태")] = None
    txon_base_pric: Annotated[PriceValue | None, Field(description="과세기준가")] = None
    tax_sum_cmsn: Annotated[IntValue | None, Field(description="세금수수료합 · KRW")] = None
    frgn_pay_txam: Annotated[DecimalValue | None, Field(description="외국납부세액(외)")] = None
    fc_uncl_ocr: Annotated[DecimalValue | None, Field(description="미수(외)")] = None
    rpym_sum_fr: Annotated[DecimalValue | None, Field(description="변제합(외)")] = None
    rcpmnyer: Annotated[TextValue | None, Field(description="입금자")] = None
    trde_prtc_tp: Annotated[TextValue | None, Field(description="거래내역구분")] = None


class Kt00016Request(KiwoomRequest):
    """
    kt00016 일별계좌수익률상세현황요청 (Daily Account Return Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    fr_dt: Annotated[DateArgument, Field(description="평가시작일", max_length=8)]
    to_dt: Annotated[DateArgument, Field(description="평가종료일", max_length=8)]


class Kt00016Response(KiwoomResponse):
    """
    kt00016 일별계좌수익률상세현황요청 (Daily Account Return Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00016
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    mang_empno: Annotated[TextValue | None, Field(description="관리사원번호")] = None
    mngr_nm: Annotated[TextValue | None, Field(description="관리자명")] = None
    dept_nm: Annotated[TextValue | None, Field(description="관리자지점")] = None
    entr_fr: Annotated[IntValue | None, Field(description="예수금_초 · KRW")] = None
    entr_to: Annotated[IntValue | None, Field(description="예수금_말 · KRW")] = None
    scrt_evlt_amt_fr: Annotated[IntValue | None, Field(description="유가증권평가금액_초 · KRW")] = None
    scrt_evlt_amt_to: Annotated[IntValue | None, Field(description="유가증권평가금액_말 · KRW")] = None
    ls_grnt_fr: Annotated[IntValue | None, Field(description="대주담보금_초 · KRW")] = None
    ls_grnt_to: Annotated[IntValue | None, Field(description="대주담보금_말 · KRW")] = None
    crd_loan_fr: Annotated[IntValue | None, Field(description="신용융자금_초 · KRW")] = None
    crd_loan_to: Annotated[IntValue | None, Field(description="신용융자금_말 · KRW")] = None
    ch_uncla_fr: Annotated[IntValue | None, Field(description="현금미수금_초 · KRW")] = None
    ch_uncla_to: Annotated[IntValue | None, Field(description="현금미수금_말 · KRW")] = None
    krw_asgna_fr: Annotated[IntValue | None, Field(description="원화대용금_초 · KRW")] = None
    krw_asgna_to: Annotated[IntValue | None, Field(description="원화대용금_말 · KRW")] = None
    ls_evlta_fr: Annotated[IntValue | None, Field(description="대주평가금_초 · KRW")] = None
    ls_evlta_to: Annotated[IntValue | None, Field(description="대주평가금_말 · KRW")] = None
    rght_evlta_fr: Annotated[IntValue | None, Field(description="권리평가금_초 · KRW")] = None
    rght_evlta_to: Annotated[IntValue | None, Field(description="권리평가금_말 · KRW")] = None
    loan_amt_fr: Annotated[IntValue | None, Field(description="대출금_초 · KRW")] = None
    loan_amt_to: Annotated[IntValue | None, Field(description="대출금_말 · KRW")] = None
    etc_loana_fr: Annotated[IntValue | None, Field(description="기타대여금_초 · KRW")] = None
    etc_loana_to: Annotated[IntValue | None, Field(description="기타대여금_말 · KRW")] = None
    crd_int_npay_gold_fr: Annotated[IntValue | None, Field(description="신용이자미납금_초 · KRW")] = None
    crd_int_npay_gold_to: Annotated[IntValue | None, Field(description="신용이자미납금_말 · KRW")] = None
    crd_int_fr: Annotated[IntValue | None, Field(description="신용이자_초 · KRW")] = None
    crd_int_to: Annotated[IntValue | None, Field(description="신용이자_말 · KRW")] = None
    tot_amt_fr: Annotated[IntValue | None, Field(description="순자산액계_초 · KRW")] = None
    tot_amt_to: Annotated[IntValue | None, Field(description="순자산액계_말 · KRW")] = None
    invt_bsamt: Annotated[IntValue | None, Field(description="투자원금평잔 · KRW")] = None
    evltv_prft: Annotated[IntValue | None, Field(description="평가손익 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    tern_rt: Annotated[DecimalValue | None, Field(description="회전율 · percent")] = None
    termin_tot_trns: Annotated[IntValue | None, Field(description="기간내총입금 · KRW")] = None
    termin_tot_pymn: Annotated[IntValue | None, Field(description="기간내총출금 · KRW")] = None
    termin_tot_inq: Annotated[IntValue | None, Field(description="기간내총입고 · KRW")] = None
    termin_tot_outq: Annotated[IntValue | None, Field(description="기간내총출고 · KRW")] = None
    futr_repl_sella: Annotated[IntValue | None, Field(description="선물대용매도금액 · KRW")] = None
    trst_repl_sella: Annotated[IntValue | None, Field(description="위탁대용매도금액 · KRW")] = None


class Kt00017Request(KiwoomRequest):
    """
    kt00017 계좌별당일현황요청 (Account Today Status): the request body.
    """


class Kt00017Response(KiwoomResponse):
    """
    kt00017 계좌별당일현황요청 (Account Today Status): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00017
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    d2_entra: Annotated[IntValue | None, Field(description="D+2추정예수금 · KRW")] = None
    crd_int_npay_gold: Annotated[IntValue | None, Field(description="신용이자미납금 · KRW")] = None
    etc_loana: Annotated[IntValue | None, Field(description="기타대여금 · KRW")] = None
    gnrl_stk_evlt_amt_d2: Annotated[IntValue | None, Field(description="일반주식평가금액D+2 · KRW")] = None
    dpst_grnt_use_amt_d2: Annotated[IntValue | None, Field(description="예탁담보대출금D+2 · KRW")] = None
    crd_stk_evlt_amt_d2: Annotated[IntValue | None, Field(description="예탁담보주식평가금액D+2 · KRW")] = None
    crd_loan_d2: Annotated[IntValue | None, Field(description="신용융자금D+2 · KRW")] = None
    crd_loan_evlta_d2: Annotated[IntValue | None, Field(description="신용융자평가금D+2 · KRW")] = None
    crd_ls_grnt_d2: Annotated[IntValue | None, Field(description="신용대주담보금D+2 · KRW")] = None
    crd_ls_evlta_d2: Annotated[IntValue | None, Field(description="신용대주평가금D+2 · KRW")] = None
    ina_amt: Annotated[IntValue | None, Field(description="입금금액 · KRW")] = None
    outa: Annotated[IntValue | None, Field(description="출금금액 · KRW")] = None
    inq_amt: Annotated[IntValue | None, Field(description="입고금액 · KRW")] = None
    outq_amt: Annotated[IntValue | None, Field(description="출고금액 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금액 · KRW")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금액 · KRW")] = None
    cmsn: Annotated[IntValue | None, Field(description="수수료 · KRW")] = None
    tax: Annotated[IntValue | None, Field(description="세금 · KRW")] = None
    stk_pur_cptal_loan_amt: Annotated[IntValue | None, Field(description="주식매입자금대출금 · KRW")] = None
    rp_evlt_amt: Annotated[IntValue | None, Field(description="RP평가금액 · KRW")] = None
    bd_evlt_amt: Annotated[IntValue | None, Field(description="채권평가금액 · KRW")] = None
    elsevlt_amt: Annotated[IntValue | None, Field(description="ELS평가금액 · KRW")] = None
    crd_int_amt: Annotated[IntValue | None, Field(description="신용이자금액 · KRW")] = None
    sel_prica_grnt_loan_int_amt_amt: Annotated[IntValue | None, Field(description="매도대금담보대출이자금액 · KRW")] = (
        None
    )
    dvida_amt: Annotated[IntValue | None, Field(description="배당금액 · KRW")] = None


class Kt00018AcntEvltRemnIndvTotItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    evltv_prft: Annotated[IntValue | None, Field(description="평가손익 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률(%) · percent")] = None
    pur_pric: Annotated[PriceValue | None, Field(description="매입가 · KRW")] = None
    pred_close_pric: Annotated[PriceValue | None, Field(description="전일종가 · KRW")] = None
    rmnd_qty: Annotated[IntValue | None, Field(description="보유수량 · shares")] = None
    trde_able_qty: Annotated[IntValue | None, Field(description="매매가능수량 · shares")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    pred_buyq: Annotated[IntValue | None, Field(description="전일매수수량 · shares")] = None
    pred_sellq: Annotated[IntValue | None, Field(description="전일매도수량 · shares")] = None
    tdy_buyq: Annotated[IntValue | None, Field(description="금일매수수량 · shares")] = None
    tdy_sellq: Annotated[IntValue | None, Field(description="금일매도수량 · shares")] = None
    pur_amt: Annotated[IntValue | None, Field(description="매입금액 · KRW")] = None
    pur_cmsn: Annotated[IntValue | None, Field(description="매입수수료 · KRW")] = None
    evlt_amt: Annotated[IntValue | None, Field(description="평가금액 · KRW")] = None
    sell_cmsn: Annotated[IntValue | None, Field(description="평가수수료 · KRW")] = None
    tax: Annotated[IntValue | None, Field(description="세금 · KRW")] = None
    sum_cmsn: Annotated[IntValue | None, Field(description="수수료합 · KRW")] = None
    poss_rt: Annotated[DecimalValue | None, Field(description="보유비중(%) · percent")] = None
    crd_tp: Annotated[TextValue | None, Field(description="신용구분")] = None
    crd_tp_nm: Annotated[TextValue | None, Field(description="신용구분명")] = None
    crd_loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None


class Kt00018Request(KiwoomRequest):
    """
    kt00018 계좌평가잔고내역요청 (Account Evaluation Balance Detail): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    qry_tp: Annotated[BalanceAggregationOrBlank, Field(description="조회구분")]
    dmst_stex_tp: Annotated[DomesticExchangeOrBlank, Field(description="국내거래소구분")]


class Kt00018Response(KiwoomResponse):
    """
    kt00018 계좌평가잔고내역요청 (Account Evaluation Balance Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00018
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_pur_amt: Annotated[IntValue | None, Field(description="총매입금액 · KRW")] = None
    tot_evlt_amt: Annotated[IntValue | None, Field(description="총평가금액 · KRW")] = None
    tot_evlt_pl: Annotated[IntValue | None, Field(description="총평가손익금액 · KRW")] = None
    tot_prft_rt: Annotated[DecimalValue | None, Field(description="총수익률(%) · percent")] = None
    prsm_dpst_aset_amt: Annotated[IntValue | None, Field(description="추정예탁자산 · KRW")] = None
    tot_loan_amt: Annotated[IntValue | None, Field(description="총대출금 · KRW")] = None
    tot_crd_loan_amt: Annotated[IntValue | None, Field(description="총융자금액 · KRW")] = None
    tot_crd_ls_amt: Annotated[IntValue | None, Field(description="총대주금액 · KRW")] = None
    acnt_evlt_remn_indv_tot: Annotated[
        list[Kt00018AcntEvltRemnIndvTotItem], Field(description="계좌평가잔고개별합산", validate_default=True)
    ] = []


class Kt50020GoldAcntEvltPrstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    real_qty: Annotated[IntValue | None, Field(description="보유수량 · grams")] = None
    avg_prc: Annotated[PriceValue | None, Field(description="평균단가 · KRW")] = None
    cur_prc: Annotated[PriceValue | None, Field(description="현재가 · KRW")] = None
    est_amt: Annotated[IntValue | None, Field(description="평가금액 · KRW")] = None
    est_lspft: Annotated[IntValue | None, Field(description="손익금액 · KRW")] = None
    est_ratio: Annotated[DecimalValue | None, Field(description="손익율 · percent")] = None
    cmsn: Annotated[IntValue | None, Field(description="수수료 · KRW")] = None
    vlad_tax: Annotated[IntValue | None, Field(description="부가가치세 · KRW")] = None
    book_amt2: Annotated[IntValue | None, Field(description="매입금액 · KRW")] = None
    pl_prch_prc: Annotated[PriceValue | None, Field(description="손익분기매입가 · KRW")] = None
    qty: Annotated[IntValue | None, Field(description="결제잔고 · grams")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · grams")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · grams")] = None
    able_qty: Annotated[IntValue | None, Field(description="가능수량 · grams")] = None


class Kt50020Request(KiwoomRequest):
    """
    kt50020 금현물 잔고확인 (Gold Spot Balance): the request body.
    """


class Kt50020Response(KiwoomResponse):
    """
    kt50020 금현물 잔고확인 (Gold Spot Balance): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50020
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    net_entr: Annotated[IntValue | None, Field(description="추정예수금 · KRW")] = None
    tot_est_amt: Annotated[IntValue | None, Field(description="잔고평가액 · KRW")] = None
    net_amt: Annotated[IntValue | None, Field(description="예탁자산평가액 · KRW")] = None
    tot_book_amt2: Annotated[IntValue | None, Field(description="총매입금액 · KRW")] = None
    tot_dep_amt: Annotated[IntValue | None, Field(description="추정예탁자산 · KRW")] = None
    paym_alowa: Annotated[IntValue | None, Field(description="출금가능금액 · KRW")] = None
    pl_amt: Annotated[IntValue | None, Field(description="실현손익 · KRW")] = None
    gold_acnt_evlt_prst: Annotated[
        list[Kt50020GoldAcntEvltPrstItem], Field(description="금현물계좌평가현황", validate_default=True)
    ] = []


class Kt50021Request(KiwoomRequest):
    """
    kt50021 금현물 예수금 (Gold Spot Deposit): the request body.
    """


class Kt50021Response(KiwoomResponse):
    """
    kt50021 금현물 예수금 (Gold Spot Deposit): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50021
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    entra: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    profa_ch: Annotated[IntValue | None, Field(description="증거금현금 · KRW")] = None
    chck_ina_amt: Annotated[IntValue | None, Field(description="수표입금액 · KRW")] = None
    etc_loan: Annotated[IntValue | None, Field(description="기타대여금 · KRW")] = None
    etc_loan_dlfe: Annotated[IntValue | None, Field(description="기타대여금연체료 · KRW")] = None
    etc_loan_tot: Annotated[IntValue | None, Field(description="기타대여금합계 · KRW")] = None
    prsm_entra: Annotated[IntValue | None, Field(description="추정예수금 · KRW")] = None
    buy_exct_amt: Annotated[IntValue | None, Field(description="매수정산금 · KRW")] = None
    sell_exct_amt: Annotated[IntValue | None, Field(description="매도정산금 · KRW")] = None
    sell_buy_exct_amt: Annotated[IntValue | None, Field(description="매도매수정산금 · KRW")] = None
    dly_amt: Annotated[IntValue | None, Field(description="미수변제소요금 · KRW")] = None
    prsm_pymn_alow_amt: Annotated[IntValue | None, Field(description="추정출금가능금액 · KRW")] = None
    pymn_alow_amt: Annotated[IntValue | None, Field(description="출금가능금액 · KRW")] = None
    ord_alow_amt: Annotated[IntValue | None, Field(description="주문가능금액 · KRW")] = None


class Kt50030AcntOrdCntrPrstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_bond_tp: Annotated[StockBondTypeValue | None, Field(description="주식채권구분")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="상품코드")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="주문유형구분")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · grams")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · KRW")] = None
    cnfm_qty: Annotated[IntValue | None, Field(description="확인수량 · grams")] = None
    data_send_end_tp: Annotated[TextValue | None, Field(description="접수구분")] = None
    mrkt_deal_tp: Annotated[TextValue | None, Field(description="시장구분")] = None
    rsrv_tp: Annotated[TextValue | None, Field(description="예약/반대여부")] = None
    orig_ord_no: Annotated[TextValue | None, Field(description="원주문번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    dcd_tp_nm: Annotated[TextValue | None, Field(description="결제구분")] = None
    crd_deal_tp: Annotated[TextValue | None, Field(description="신용거래구분")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · grams")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · KRW")] = None
    ord_remnq: Annotated[IntValue | None, Field(description="미체결수량 · grams")] = None
    comm_ord_tp: Annotated[TextValue | None, Field(description="통신구분")] = None
    mdfy_cncl_tp: Annotated[TextValue | None, Field(description="정정취소구분")] = None
    dmst_stex_tp: Annotated[TextValue | None, Field(description="국내거래소구분")] = None
    cond_uv: Annotated[PriceValue | None, Field(description="스톱가 · KRW")] = None


class Kt50030Request(KiwoomRequest):
    """
    kt50030 금현물 주문체결전체조회 (Gold Spot All Orders and Executions): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_dt: Annotated[DateArgument, Field(description="주문일자", max_length=8)]
    qry_tp: Annotated[OrderListSortOrBlank | None, Field(description="조회구분")] = None
    mrkt_deal_tp: Annotated[TextArgument, Field(description="시장구분", max_length=1)]
    stk_bond_tp: Annotated[StockBondTypeOrBlank, Field(description="주식채권구분")]
    slby_tp: Annotated[SellBuyWithAllOrBlank, Field(description="매도수구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    fr_ord_no: Annotated[TextArgument | None, Field(description="시작주문번호", max_length=7)] = None
    dmst_stex_tp: Annotated[GoldSpotExchangeWithAllAndSorOrBlank | None, Field(description="국내거래소구분")] = None


class Kt50030Response(KiwoomResponse):
    """
    kt50030 금현물 주문체결전체조회 (Gold Spot All Orders and Executions): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50030
    """

    acnt_ord_cntr_prst: Annotated[
        list[Kt50030AcntOrdCntrPrstItem], Field(description="계좌별주문체결현황", validate_default=True)
    ] = []


class Kt50031AcntOrdCntrPrpsDtlItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목번호")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    crd_tp: Annotated[TextValue | None, Field(description="신용구분")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · grams")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · KRW")] = None
    cnfm_qty: Annotated[IntValue | None, Field(description="확인수량 · grams")] = None
    acpt_tp: Annotated[TextValue | None, Field(description="접수구분")] = None
    rsrv_tp: Annotated[TextValue | None, Field(description="반대여부")] = None
    ord_tm: Annotated[TimeValue | None, Field(description="주문시간")] = None
    ori_ord: Annotated[TextValue | None, Field(description="원주문")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="주문구분")] = None
    loan_dt: Annotated[DateValue | None, Field(description="대출일")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · grams")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · KRW")] = None
    ord_remnq: Annotated[IntValue | None, Field(description="주문잔량 · grams")] = None
    comm_ord_tp: Annotated[TextValue | None, Field(description="통신구분")] = None
    mdfy_cncl: Annotated[TextValue | None, Field(description="정정취소")] = None
    cnfm_tm: Annotated[TimeValue | None, Field(description="확인시간")] = None
    dmst_stex_tp: Annotated[TextValue | None, Field(description="국내거래소구분")] = None
    cond_uv: Annotated[PriceValue | None, Field(description="스톱가 · KRW")] = None


class Kt50031Request(KiwoomRequest):
    """
    kt50031 금현물 주문체결조회 (Gold Spot Order Executions): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_dt: Annotated[DateArgument | None, Field(description="주문일자", max_length=8)] = None
    qry_tp: Annotated[OrderHistoryQueryTypeOrBlank, Field(description="조회구분")]
    stk_bond_tp: Annotated[StockBondTypeOrBlank, Field(description="주식채권구분")]
    sell_tp: Annotated[SellBuyWithAllOrBlank, Field(description="매도수구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    fr_ord_no: Annotated[TextArgument | None, Field(description="시작주문번호", max_length=7)] = None
    dmst_stex_tp: Annotated[DomesticExchangeWithAllAndSorOrBlank, Field(description="국내거래소구분")]


class Kt50031Response(KiwoomResponse):
    """
    kt50031 금현물 주문체결조회 (Gold Spot Order Executions): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50031
    """

    acnt_ord_cntr_prps_dtl: Annotated[
        list[Kt50031AcntOrdCntrPrpsDtlItem], Field(description="계좌별주문체결내역상세", validate_default=True)
    ] = []


class Kt50032GoldTrdeHistItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    deal_dt: Annotated[DateValue | None, Field(description="거래일자")] = None
    deal_no: Annotated[TextValue | None, Field(description="거래번호")] = None
    rmrk_nm: Annotated[TextValue | None, Field(description="적요명")] = None
    deal_qty: Annotated[IntValue | None, Field(description="거래수량 · grams")] = None
    gold_spot_vat: Annotated[IntValue | None, Field(description="금현물부가가치세 · KRW")] = None
    exct_amt: Annotated[IntValue | None, Field(description="정산금액 · KRW")] = None
    dly_sum: Annotated[IntValue | None, Field(description="연체합 · KRW")] = None
    entra_remn: Annotated[IntValue | None, Field(description="예수금잔고 · KRW")] = None
    mdia_nm: Annotated[TextValue | None, Field(description="메체구분명")] = None
    orig_deal_no: Annotated[TextValue | None, Field(description="원거래번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    uv_exrt: Annotated[PriceValue | None, Field(description="거래단가")] = None
    cmsn: Annotated[IntValue | None, Field(description="수수료 · KRW")] = None
    uncl_ocr: Annotated[IntValue | None, Field(description="미수(원/g) · KRW")] = None
    rpym_sum: Annotated[IntValue | None, Field(description="변제합 · KRW")] = None
    spot_remn: Annotated[IntValue | None, Field(description="현물잔고 · grams")] = None
    proc_time: Annotated[TimeValue | None, Field(description="처리시간")] = None
    rcpy_no: Annotated[TextValue | None, Field(description="출납번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    deal_amt: Annotated[IntValue | None, Field(description="거래금액 · KRW")] = None
    tax_tot_amt: Annotated[IntValue | None, Field(description="소득/주민세 · KRW")] = None
    cntr_dt: Annotated[DateValue | None, Field(description="체결일")] = None
    proc_brch_nm: Annotated[TextValue | None, Field(description="처리점")] = None
    prcsr: Annotated[TextValue | None, Field(description="처리자")] = None


class Kt50032Request(KiwoomRequest):
    """
    kt50032 금현물 거래내역조회 (Gold Spot Transaction History): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    tp: Annotated[GoldTransactionTypeOrBlank | None, Field(description="구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None


class Kt50032Response(KiwoomResponse):
    """
    kt50032 금현물 거래내역조회 (Gold Spot Transaction History): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50032
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_print: Annotated[TextValue | None, Field(description="계좌번호")] = None
    gold_trde_hist: Annotated[
        list[Kt50032GoldTrdeHistItem], Field(description="금현물거래내역", validate_default=True)
    ] = []


class Kt50075AcntOrdOsoPrstItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_bond_tp: Annotated[StockBondTypeValue | None, Field(description="주식채권구분")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="상품코드")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    io_tp_nm: Annotated[TextValue | None, Field(description="주문유형구분")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · grams")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · KRW")] = None
    cnfm_qty: Annotated[IntValue | None, Field(description="확인수량 · grams")] = None
    data_send_end_tp: Annotated[TextValue | None, Field(description="접수구분")] = None
    mrkt_deal_tp: Annotated[TextValue | None, Field(description="시장구분")] = None
    rsrv_tp: Annotated[TextValue | None, Field(description="예약/반대여부")] = None
    orig_ord_no: Annotated[TextValue | None, Field(description="원주문번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    dcd_tp_nm: Annotated[TextValue | None, Field(description="결제구분")] = None
    crd_deal_tp: Annotated[TextValue | None, Field(description="신용거래구분")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · grams")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · KRW")] = None
    ord_remnq: Annotated[IntValue | None, Field(description="미체결수량 · grams")] = None
    comm_ord_tp: Annotated[TextValue | None, Field(description="통신구분")] = None
    mdfy_cncl_tp: Annotated[TextValue | None, Field(description="정정취소구분")] = None
    dmst_stex_tp: Annotated[TextValue | None, Field(description="국내거래소구분")] = None
    cond_uv: Annotated[PriceValue | None, Field(description="스톱가 · KRW")] = None


class Kt50075Request(KiwoomRequest):
    """
    kt50075 금현물 미체결조회 (Gold Spot Open Orders): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_dt: Annotated[DateArgument, Field(description="주문일자", max_length=8)]
    qry_tp: Annotated[OrderListSortOrBlank | None, Field(description="조회구분")] = None
    mrkt_deal_tp: Annotated[TextArgument, Field(description="시장구분", max_length=1)]
    stk_bond_tp: Annotated[StockBondTypeOrBlank, Field(description="주식채권구분")]
    sell_tp: Annotated[SellBuyWithAllOrBlank, Field(description="매도수구분")]
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    fr_ord_no: Annotated[TextArgument | None, Field(description="시작주문번호", max_length=7)] = None
    dmst_stex_tp: Annotated[GoldSpotExchangeWithAllAndSorOrBlank | None, Field(description="국내거래소구분")] = None


class Kt50075Response(KiwoomResponse):
    """
    kt50075 금현물 미체결조회 (Gold Spot Open Orders): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt50075
    """

    acnt_ord_oso_prst: Annotated[
        list[Kt50075AcntOrdOsoPrstItem], Field(description="계좌별주문미체결현황", validate_default=True)
    ] = []


class Ka10077Response(KiwoomResponse):
    """
    ka10077 당일실현손익상세요청 (Today's Realized P&L Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10077
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tdy_rlzt_pl: Annotated[IntValue | None, Field(description="당일실현손익 · KRW")] = None
    tdy_rlzt_pl_dtl: Annotated[
        list[Ka10077TdyRlztPlDtlItem], Field(description="당일실현손익상세", validate_default=True)
    ] = []


class Ka10170Response(KiwoomResponse):
    """
    ka10170 당일매매일지요청 (Today's Trading Journal): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#ka10170
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_sell_amt: Annotated[IntValue | None, Field(description="총매도금액 · KRW")] = None
    tot_buy_amt: Annotated[IntValue | None, Field(description="총매수금액 · KRW")] = None
    tot_cmsn_tax: Annotated[IntValue | None, Field(description="총수수료_세금 · KRW")] = None
    tot_exct_amt: Annotated[IntValue | None, Field(description="총정산금액 · KRW")] = None
    tot_pl_amt: Annotated[IntValue | None, Field(description="총손익금액 · KRW")] = None
    tot_prft_rt: Annotated[DecimalValue | None, Field(description="총수익률 · percent")] = None
    tdy_trde_diary: Annotated[
        list[Ka10170TdyTrdeDiaryItem], Field(description="당일매매일지", validate_default=True)
    ] = []


class Kt00001Response(KiwoomResponse):
    """
    kt00001 예수금상세현황요청 (Deposit Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00001
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    profa_ch: Annotated[IntValue | None, Field(description="주식증거금현금 · KRW")] = None
    bncr_profa_ch: Annotated[IntValue | None, Field(description="수익증권증거금현금 · KRW")] = None
    nxdy_bncr_sell_exct: Annotated[IntValue | None, Field(description="익일수익증권매도정산대금 · KRW")] = None
    fc_stk_krw_repl_set_amt: Annotated[IntValue | None, Field(description="해외주식원화대용설정금 · KRW")] = None
    crd_grnta_ch: Annotated[IntValue | None, Field(description="신용보증금현금 · KRW")] = None
    crd_grnt_ch: Annotated[IntValue | None, Field(description="신용담보금현금 · KRW")] = None
    add_grnt_ch: Annotated[IntValue | None, Field(description="추가담보금현금 · KRW")] = None
    etc_profa: Annotated[IntValue | None, Field(description="기타증거금 · KRW")] = None
    uncl_stk_amt: Annotated[IntValue | None, Field(description="미수확보금 · KRW")] = None
    shrts_prica: Annotated[IntValue | None, Field(description="공매도대금 · KRW")] = None
    crd_set_grnta: Annotated[IntValue | None, Field(description="신용설정평가금 · KRW")] = None
    chck_ina_amt: Annotated[IntValue | None, Field(description="수표입금액 · KRW")] = None
    etc_chck_ina_amt: Annotated[IntValue | None, Field(description="기타수표입금액 · KRW")] = None
    crd_grnt_ruse: Annotated[IntValue | None, Field(description="신용담보재사용 · KRW")] = None
    knx_asset_evltv: Annotated[IntValue | None, Field(description="코넥스기본예탁금 · KRW")] = None
    elwdpst_evlta: Annotated[IntValue | None, Field(description="ELW예탁평가금 · KRW")] = None
    crd_ls_rght_frcs_amt: Annotated[IntValue | None, Field(description="신용대주권리예정금액 · KRW")] = None
    lvlh_join_amt: Annotated[IntValue | None, Field(description="생계형가입금액 · KRW")] = None
    lvlh_trns_alowa: Annotated[IntValue | None, Field(description="생계형입금가능금액 · KRW")] = None
    repl_amt: Annotated[IntValue | None, Field(description="대용금평가금액(합계) · KRW")] = None
    remn_repl_evlta: Annotated[IntValue | None, Field(description="잔고대용평가금액 · KRW")] = None
    trst_remn_repl_evlta: Annotated[IntValue | None, Field(description="위탁대용잔고평가금액 · KRW")] = None
    bncr_remn_repl_evlta: Annotated[IntValue | None, Field(description="수익증권대용평가금액 · KRW")] = None
    profa_repl: Annotated[IntValue | None, Field(description="위탁증거금대용 · KRW")] = None
    crd_grnta_repl: Annotated[IntValue | None, Field(description="신용보증금대용 · KRW")] = None
    crd_grnt_repl: Annotated[IntValue | None, Field(description="신용담보금대용 · KRW")] = None
    add_grnt_repl: Annotated[IntValue | None, Field(description="추가담보금대용 · KRW")] = None
    rght_repl_amt: Annotated[IntValue | None, Field(description="권리대용금 · KRW")] = None
    pymn_alow_amt: Annotated[IntValue | None, Field(description="출금가능금액 · KRW")] = None
    wrap_pymn_alow_amt: Annotated[IntValue | None, Field(description="랩출금가능금액 · KRW")] = None
    ord_alow_amt: Annotated[IntValue | None, Field(description="주문가능금액 · KRW")] = None
    bncr_buy_alowa: Annotated[IntValue | None, Field(description="수익증권매수가능금액 · KRW")] = None
    n20stk_ord_alow_amt: Annotated[
        IntValue | None, Field(alias="20stk_ord_alow_amt", description="20%종목주문가능금액 · KRW")
    ] = None
    n30stk_ord_alow_amt: Annotated[
        IntValue | None, Field(alias="30stk_ord_alow_amt", description="30%종목주문가능금액 · KRW")
    ] = None
    n40stk_ord_alow_amt: Annotated[
        IntValue | None, Field(alias="40stk_ord_alow_amt", description="40%종목주문가능금액 · KRW")
    ] = None
    n100stk_ord_alow_amt: Annotated[
        IntValue | None, Field(alias="100stk_ord_alow_amt", description="100%종목주문가능금액 · KRW")
    ] = None
    ch_uncla: Annotated[IntValue | None, Field(description="현금미수금 · KRW")] = None
    ch_uncla_dlfe: Annotated[IntValue | None, Field(description="현금미수연체료 · KRW")] = None
    ch_uncla_tot: Annotated[IntValue | None, Field(description="현금미수금합계 · KRW")] = None
    crd_int_npay: Annotated[IntValue | None, Field(description="신용이자미납 · KRW")] = None
    int_npay_amt_dlfe: Annotated[IntValue | None, Field(description="신용이자미납연체료 · KRW")] = None
    int_npay_amt_tot: Annotated[IntValue | None, Field(description="신용이자미납합계 · KRW")] = None
    etc_loana: Annotated[IntValue | None, Field(description="기타대여금 · KRW")] = None
    etc_loana_dlfe: Annotated[IntValue | None, Field(description="기타대여금연체료 · KRW")] = None
    etc_loan_tot: Annotated[IntValue | None, Field(description="기타대여금합계 · KRW")] = None
    nrpy_loan: Annotated[IntValue | None, Field(description="미상환융자금 · KRW")] = None
    loan_sum: Annotated[IntValue | None, Field(description="융자금합계 · KRW")] = None
    ls_sum: Annotated[IntValue | None, Field(description="대주금합계 · KRW")] = None
    crd_grnt_rt: Annotated[DecimalValue | None, Field(description="신용담보비율 · percent")] = None
    mdstrm_usfe: Annotated[IntValue | None, Field(description="중도이용료 · KRW")] = None
    min_ord_alow_yn: Annotated[IntValue | None, Field(description="최소주문가능금액 · KRW")] = None
    loan_remn_evlt_amt: Annotated[IntValue | None, Field(description="대출총평가금액 · KRW")] = None
    dpst_grntl_remn: Annotated[IntValue | None, Field(description="예탁담보대출잔고 · KRW")] = None
    sell_grntl_remn: Annotated[IntValue | None, Field(description="매도담보대출잔고 · KRW")] = None
    d1_entra: Annotated[IntValue | None, Field(description="d+1추정예수금 · KRW")] = None
    d1_slby_exct_amt: Annotated[IntValue | None, Field(description="d+1매도매수정산금 · KRW")] = None
    d1_buy_exct_amt: Annotated[IntValue | None, Field(description="d+1매수정산금 · KRW")] = None
    d1_out_rep_mor: Annotated[IntValue | None, Field(description="d+1미수변제소요금 · KRW")] = None
    d1_sel_exct_amt: Annotated[IntValue | None, Field(description="d+1매도정산금 · KRW")] = None
    d1_pymn_alow_amt: Annotated[IntValue | None, Field(description="d+1출금가능금액 · KRW")] = None
    d2_entra: Annotated[IntValue | None, Field(description="d+2추정예수금 · KRW")] = None
    d2_slby_exct_amt: Annotated[IntValue | None, Field(description="d+2매도매수정산금 · KRW")] = None
    d2_buy_exct_amt: Annotated[IntValue | None, Field(description="d+2매수정산금 · KRW")] = None
    d2_out_rep_mor: Annotated[IntValue | None, Field(description="d+2미수변제소요금 · KRW")] = None
    d2_sel_exct_amt: Annotated[IntValue | None, Field(description="d+2매도정산금 · KRW")] = None
    d2_pymn_alow_amt: Annotated[IntValue | None, Field(description="d+2출금가능금액 · KRW")] = None
    n50stk_ord_alow_amt: Annotated[
        IntValue | None, Field(alias="50stk_ord_alow_amt", description="50%종목주문가능금액 · KRW")
    ] = None
    n60stk_ord_alow_amt: Annotated[
        IntValue | None, Field(alias="60stk_ord_alow_amt", description="60%종목주문가능금액 · KRW")
    ] = None
    stk_entr_prst: Annotated[
        list[Kt00001StkEntrPrstItem], Field(description="종목별예수금", validate_default=True)
    ] = []


class Kt00004Response(KiwoomResponse):
    """
    kt00004 계좌평가현황요청 (Account Evaluation Status): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00004
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_nm: Annotated[TextValue | None, Field(description="계좌명")] = None
    brch_nm: Annotated[TextValue | None, Field(description="지점명")] = None
    entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    d2_entra: Annotated[IntValue | None, Field(description="D+2추정예수금 · KRW")] = None
    tot_est_amt: Annotated[IntValue | None, Field(description="유가잔고평가액 · KRW")] = None
    aset_evlt_amt: Annotated[IntValue | None, Field(description="예탁자산평가액 · KRW")] = None
    tot_pur_amt: Annotated[IntValue | None, Field(description="총매입금액 · KRW")] = None
    prsm_dpst_aset_amt: Annotated[IntValue | None, Field(description="추정예탁자산 · KRW")] = None
    tot_grnt_sella: Annotated[IntValue | None, Field(description="매도담보대출금 · KRW")] = None
    tdy_lspft_amt: Annotated[IntValue | None, Field(description="당일투자원금 · KRW")] = None
    invt_bsamt: Annotated[IntValue | None, Field(description="당월투자원금 · KRW")] = None
    lspft_amt: Annotated[IntValue | None, Field(description="누적투자원금 · KRW")] = None
    tdy_lspft: Annotated[IntValue | None, Field(description="당일투자손익 · KRW")] = None
    lspft2: Annotated[IntValue | None, Field(description="당월투자손익 · KRW")] = None
    lspft: Annotated[IntValue | None, Field(description="누적투자손익 · KRW")] = None
    tdy_lspft_rt: Annotated[DecimalValue | None, Field(description="당일손익율 · percent")] = None
    lspft_ratio: Annotated[DecimalValue | None, Field(description="당월손익율 · percent")] = None
    lspft_rt: Annotated[DecimalValue | None, Field(description="누적손익율 · percent")] = None
    stk_acnt_evlt_prst: Annotated[
        list[Kt00004StkAcntEvltPrstItem], Field(description="종목별계좌평가현황", validate_default=True)
    ] = []


class Kt00005Response(KiwoomResponse):
    """
    kt00005 체결잔고요청 (Execution Balance): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00005
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    entr_d1: Annotated[IntValue | None, Field(description="예수금D+1 · KRW")] = None
    entr_d2: Annotated[IntValue | None, Field(description="예수금D+2 · KRW")] = None
    pymn_alow_amt: Annotated[IntValue | None, Field(description="출금가능금액 · KRW")] = None
    uncl_stk_amt: Annotated[IntValue | None, Field(description="미수확보금 · KRW")] = None
    repl_amt: Annotated[IntValue | None, Field(description="대용금 · KRW")] = None
    rght_repl_amt: Annotated[IntValue | None, Field(description="권리대용금 · KRW")] = None
    ord_alowa: Annotated[IntValue | None, Field(description="주문가능현금 · KRW")] = None
    ch_uncla: Annotated[IntValue | None, Field(description="현금미수금 · KRW")] = None
    crd_int_npay_gold: Annotated[IntValue | None, Field(description="신용이자미납금 · KRW")] = None
    etc_loana: Annotated[IntValue | None, Field(description="기타대여금 · KRW")] = None
    nrpy_loan: Annotated[IntValue | None, Field(description="미상환융자금 · KRW")] = None
    profa_ch: Annotated[IntValue | None, Field(description="증거금현금 · KRW")] = None
    repl_profa: Annotated[IntValue | None, Field(description="증거금대용 · KRW")] = None
    stk_buy_tot_amt: Annotated[IntValue | None, Field(description="주식매수총액 · KRW")] = None
    evlt_amt_tot: Annotated[IntValue | None, Field(description="평가금액합계 · KRW")] = None
    tot_pl_tot: Annotated[IntValue | None, Field(description="총손익합계 · KRW")] = None
    tot_pl_rt: Annotated[DecimalValue | None, Field(description="총손익률 · percent")] = None
    tot_re_buy_alowa: Annotated[IntValue | None, Field(description="총재매수가능금액 · KRW")] = None
    n20ord_alow_amt: Annotated[IntValue | None, Field(alias="20ord_alow_amt", description="20%주문가능금액 · KRW")] = (
        None
    )
    n30ord_alow_amt: Annotated[IntValue | None, Field(alias="30ord_alow_amt", description="30%주문가능금액 · KRW")] = (
        None
    )
    n40ord_alow_amt: Annotated[IntValue | None, Field(alias="40ord_alow_amt", description="40%주문가능금액 · KRW")] = (
        None
    )
    n50ord_alow_amt: Annotated[IntValue | None, Field(alias="50ord_alow_amt", description="50%주문가능금액 · KRW")] = (
        None
    )
    n60ord_alow_amt: Annotated[IntValue | None, Field(alias="60ord_alow_amt", description="60%주문가능금액 · KRW")] = (
        None
    )
    n100ord_alow_amt: Annotated[
        IntValue | None, Field(alias="100ord_alow_amt", description="100%주문가능금액 · KRW")
    ] = None
    crd_loan_tot: Annotated[IntValue | None, Field(description="신용융자합계 · KRW")] = None
    crd_loan_ls_tot: Annotated[IntValue | None, Field(description="신용융자대주합계 · KRW")] = None
    crd_grnt_rt: Annotated[DecimalValue | None, Field(description="신용담보비율 · percent")] = None
    dpst_grnt_use_amt_amt: Annotated[IntValue | None, Field(description="예탁담보대출금액 · KRW")] = None
    grnt_loan_amt: Annotated[IntValue | None, Field(description="매도담보대출금액 · KRW")] = None
    stk_cntr_remn: Annotated[
        list[Kt00005StkCntrRemnItem], Field(description="종목별체결잔고", validate_default=True)
    ] = []


class Kt00015Response(KiwoomResponse):
    """
    kt00015 위탁종합거래내역요청 (Consignment Comprehensive Transaction History): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/domestic-acnt/#kt00015
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_no: Annotated[TextValue | None, Field(description="계좌번호")] = None
    trst_ovrl_trde_prps_array: Annotated[
        list[Kt00015TrstOvrlTrdePrpsArrayItem], Field(description="위탁종합거래내역배열", validate_default=True)
    ] = []
