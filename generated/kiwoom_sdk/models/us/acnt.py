# Request and response models of every HTTP TR. Generated from the specs; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._types import (
    ClockTimeValue,
    DateArgument,
    DateValue,
    DecimalValue,
    IntValue,
    PriceValue,
    TextArgument,
    TextValue,
)
from kiwoom_sdk._value_types import (
    CurrencyBasisOrBlank,
    ExchangeRateTypeOrBlank,
    ForcedLiquidationTypeOrBlank,
    ForeignTradeTypeValue,
    IncludeFlagOrBlank,
    KrwSubstituteExclusionOrBlank,
    KrwSubstituteRegistrationValue,
    OrderKindValue,
    SellBuyValue,
    SellBuyWithAllOrBlank,
    UsDayTradeSellScopeOrBlank,
    UsExchangeChartProfitOrBlank,
    UsExchangeOrBlank,
    UsOrderHistoryQueryTypeOrBlank,
    UsReservationOrderTypeValue,
    UsSellBuyWithAllOrBlank,
    UsTransactionTypeOrBlank,
)


class Usa21670Request(KiwoomRequest):
    """
    usa21670 미국주식 일별계좌수익률현황 (US Daily Account Return): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    from_: Annotated[DateArgument, Field(alias="from", description="from 일자")]
    to: Annotated[DateArgument, Field(description="to 일자")]


class Usa21670ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_dt: Annotated[DateValue | None, Field(description="기준일")] = None
    stk_evlta: Annotated[IntValue | None, Field(description="주식평가금 · KRW")] = None
    pl_amt: Annotated[IntValue | None, Field(description="손익금액 · KRW")] = None
    dvid_amt: Annotated[IntValue | None, Field(description="배당금액 · KRW")] = None
    cmsn_tax: Annotated[IntValue | None, Field(description="수수료+세금 · KRW")] = None
    acum_pl_amt: Annotated[IntValue | None, Field(description="누적손익 · KRW")] = None
    pymn_amt: Annotated[IntValue | None, Field(description="출금금액 · KRW")] = None
    dast: Annotated[IntValue | None, Field(description="예탁자산 · KRW")] = None
    dly_amt: Annotated[IntValue | None, Field(description="연체금액 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금액 · KRW")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금액 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    frgn_stk_outq_amt: Annotated[IntValue | None, Field(description="출고금액 · KRW")] = None
    frgn_stk_inq_amt: Annotated[IntValue | None, Field(description="입고금액 · KRW")] = None
    ina_amt: Annotated[IntValue | None, Field(description="입금금액 · KRW")] = None
    exrt: Annotated[DecimalValue | None, Field(description="환율 · KRW_per_USD")] = None


class Usa21680Request(KiwoomRequest):
    """
    usa21680 미국주식 월별계좌수익률현황 (US Monthly Account Return): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    from_: Annotated[TextArgument, Field(alias="from", description="from 년월", pattern="^([0-9]{6})?$")]
    to: Annotated[TextArgument, Field(description="to 년월", pattern="^([0-9]{6})?$")]


class Usa21680ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_dt: Annotated[TextValue | None, Field(description="기준일")] = None
    stk_evlta: Annotated[IntValue | None, Field(description="주식평가금 · KRW")] = None
    pl_amt: Annotated[IntValue | None, Field(description="손익금액 · KRW")] = None
    dvid_amt: Annotated[IntValue | None, Field(description="배당금액 · KRW")] = None
    cmsn_tax: Annotated[IntValue | None, Field(description="수수료+세금 · KRW")] = None
    acum_pl_amt: Annotated[IntValue | None, Field(description="누적손익 · KRW")] = None
    pymn_amt: Annotated[IntValue | None, Field(description="출금금액 · KRW")] = None
    dast: Annotated[IntValue | None, Field(description="예탁자산 · KRW")] = None
    dly_amt: Annotated[IntValue | None, Field(description="연체금액 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금액 · KRW")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금액 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    frgn_stk_outq_amt: Annotated[IntValue | None, Field(description="출고금액 · KRW")] = None
    frgn_stk_inq_amt: Annotated[IntValue | None, Field(description="입고금액 · KRW")] = None
    ina_amt: Annotated[IntValue | None, Field(description="입금금액 · KRW")] = None
    exrt: Annotated[DecimalValue | None, Field(description="환율 · KRW_per_USD")] = None


class Usa21690Request(KiwoomRequest):
    """
    usa21690 미국주식 연도별계좌수익률현황 (US Yearly Account Return): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    from_: Annotated[TextArgument, Field(alias="from", description="from 년도", pattern="^([0-9]{4})?$")]
    to: Annotated[TextArgument, Field(description="to 년도", pattern="^([0-9]{4})?$")]


class Usa21690ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_dt: Annotated[TextValue | None, Field(description="기준일")] = None
    stk_evlta: Annotated[IntValue | None, Field(description="주식평가금 · KRW")] = None
    pl_amt: Annotated[IntValue | None, Field(description="손익금액 · KRW")] = None
    dvid_amt: Annotated[IntValue | None, Field(description="배당금액 · KRW")] = None
    cmsn_tax: Annotated[IntValue | None, Field(description="수수료+세금 · KRW")] = None
    acum_pl_amt: Annotated[IntValue | None, Field(description="누적손익 · KRW")] = None
    pymn_amt: Annotated[IntValue | None, Field(description="출금금액 · KRW")] = None
    dast: Annotated[IntValue | None, Field(description="예탁자산 · KRW")] = None
    dly_amt: Annotated[IntValue | None, Field(description="연체금액 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금액 · KRW")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금액 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    frgn_stk_outq_amt: Annotated[IntValue | None, Field(description="출고금액 · KRW")] = None
    frgn_stk_inq_amt: Annotated[IntValue | None, Field(description="입고금액 · KRW")] = None
    ina_amt: Annotated[IntValue | None, Field(description="입금금액 · KRW")] = None
    exrt: Annotated[DecimalValue | None, Field(description="환율 · KRW_per_USD")] = None


class Usa21730Request(KiwoomRequest):
    """
    usa21730 미국주식 일별종목수익률현황 (US Daily Return by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    from_: Annotated[DateArgument, Field(alias="from", description="from 일자")]
    to: Annotated[DateArgument, Field(description="to 일자")]
    stex_tp: Annotated[UsExchangeChartProfitOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa21730ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    frst_base_dt: Annotated[DateValue | None, Field(description="최초기준일")] = None
    last_base_dt: Annotated[DateValue | None, Field(description="최종기준일")] = None
    pl_amt: Annotated[IntValue | None, Field(description="매매수익 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    frst_stk_evlta: Annotated[IntValue | None, Field(description="최초주식평가금 · KRW")] = None
    last_stk_evlta: Annotated[IntValue | None, Field(description="최종주식평가금 · KRW")] = None
    frst_qty: Annotated[IntValue | None, Field(description="최초수량 · shares")] = None
    last_qty: Annotated[IntValue | None, Field(description="최종수량 · shares")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · shares")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금 · KRW")] = None
    frgn_stk_inq_amt: Annotated[IntValue | None, Field(description="입고평가금 · KRW")] = None
    frgn_stk_outq_amt: Annotated[IntValue | None, Field(description="출고평가금 · KRW")] = None
    cmsn_tax: Annotated[IntValue | None, Field(description="수수료+세금 · KRW")] = None
    dvid_amt: Annotated[IntValue | None, Field(description="배당금 · KRW")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None


class Usa21731Request(KiwoomRequest):
    """
    usa21731 미국주식 월별종목수익률현황 (US Monthly Return by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    from_: Annotated[TextArgument, Field(alias="from", description="from 년월", pattern="^([0-9]{6})?$")]
    to: Annotated[TextArgument, Field(description="to 년월", pattern="^([0-9]{6})?$")]
    stex_tp: Annotated[UsExchangeChartProfitOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa21731ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    frst_base_dt: Annotated[DateValue | None, Field(description="최초기준일")] = None
    last_base_dt: Annotated[DateValue | None, Field(description="최종기준일")] = None
    pl_amt: Annotated[IntValue | None, Field(description="매매수익 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    frst_stk_evlta: Annotated[IntValue | None, Field(description="최초주식평가금 · KRW")] = None
    last_stk_evlta: Annotated[IntValue | None, Field(description="최종주식평가금 · KRW")] = None
    frst_qty: Annotated[IntValue | None, Field(description="최초수량 · shares")] = None
    last_qty: Annotated[IntValue | None, Field(description="최종수량 · shares")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · shares")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금 · KRW")] = None
    frgn_stk_inq_amt: Annotated[IntValue | None, Field(description="입고평가금 · KRW")] = None
    frgn_stk_outq_amt: Annotated[IntValue | None, Field(description="출고평가금 · KRW")] = None
    cmsn_tax: Annotated[IntValue | None, Field(description="수수료+세금 · KRW")] = None
    dvid_amt: Annotated[IntValue | None, Field(description="배당금 · KRW")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None


class Usa21732Request(KiwoomRequest):
    """
    usa21732 미국주식 연도별종목수익률현황 (US Yearly Return by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    from_: Annotated[TextArgument, Field(alias="from", description="from 년도", pattern="^([0-9]{4})?$")]
    to: Annotated[TextArgument, Field(description="to 년도", pattern="^([0-9]{4})?$")]
    stex_tp: Annotated[UsExchangeChartProfitOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument, Field(description="종목코드")]


class Usa21732ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    frst_base_dt: Annotated[DateValue | None, Field(description="최초기준일")] = None
    last_base_dt: Annotated[DateValue | None, Field(description="최종기준일")] = None
    pl_amt: Annotated[IntValue | None, Field(description="매매수익 · KRW")] = None
    prft_rt: Annotated[DecimalValue | None, Field(description="수익률 · percent")] = None
    frst_stk_evlta: Annotated[IntValue | None, Field(description="최초주식평가금 · KRW")] = None
    last_stk_evlta: Annotated[IntValue | None, Field(description="최종주식평가금 · KRW")] = None
    frst_qty: Annotated[IntValue | None, Field(description="최초수량 · shares")] = None
    last_qty: Annotated[IntValue | None, Field(description="최종수량 · shares")] = None
    buy_qty: Annotated[IntValue | None, Field(description="매수수량 · shares")] = None
    sell_qty: Annotated[IntValue | None, Field(description="매도수량 · shares")] = None
    buy_amt: Annotated[IntValue | None, Field(description="매수금 · KRW")] = None
    sell_amt: Annotated[IntValue | None, Field(description="매도금 · KRW")] = None
    frgn_stk_inq_amt: Annotated[IntValue | None, Field(description="입고평가금 · KRW")] = None
    frgn_stk_outq_amt: Annotated[IntValue | None, Field(description="출고평가금 · KRW")] = None
    cmsn_tax: Annotated[IntValue | None, Field(description="수수료+세금 · KRW")] = None
    dvid_amt: Annotated[IntValue | None, Field(description="배당금 · KRW")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None


class Ust21050Request(KiwoomRequest):
    """
    ust21050 미국주식 원장 미체결 (US Ledger Open Orders): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_dt: Annotated[DateArgument | None, Field(description="주문일자", max_length=8)] = None
    slby_tp: Annotated[UsSellBuyWithAllOrBlank | None, Field(description="매도매수구분")] = None
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None


class Ust21050ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_cntr_tp: Annotated[OrderKindValue | None, Field(description="주문종류")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    orig_ord_no: Annotated[TextValue | None, Field(description="원주문번호")] = None
    frgn_ord_id: Annotated[TextValue | None, Field(description="해외주문ID")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    frgn_stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    frgn_trde_tp: Annotated[ForeignTradeTypeValue | None, Field(description="매매구분")] = None
    frgn_trde_nm: Annotated[TextValue | None, Field(description="매매구분명")] = None
    slby_tp: Annotated[SellBuyValue | None, Field(description="매도매수구분")] = None
    slby_tp_nm: Annotated[TextValue | None, Field(description="매도매수구분명")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · USD")] = None
    stop_pric: Annotated[PriceValue | None, Field(description="STOP가격 · USD")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · shares")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · USD")] = None
    mdfy_qty: Annotated[IntValue | None, Field(description="정정수량 · shares")] = None
    mdfy_uv: Annotated[PriceValue | None, Field(description="정정단가 · USD")] = None
    cncl_qty: Annotated[IntValue | None, Field(description="취소수량 · shares")] = None
    ord_remnq: Annotated[IntValue | None, Field(description="주문잔량 · shares")] = None
    ord_time: Annotated[ClockTimeValue | None, Field(description="주문시간")] = None
    ord_resp_time: Annotated[ClockTimeValue | None, Field(description="주문응답시간")] = None
    ord_stat: Annotated[TextValue | None, Field(description="주문상태명")] = None
    rsrv_tp: Annotated[UsReservationOrderTypeValue | None, Field(description="예약주문구분")] = None
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None


class Ust21070Request(KiwoomRequest):
    """
    ust21070 미국주식 원장잔고확인 (US Ledger Balance): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None


class Ust21070ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_nm: Annotated[TextValue | None, Field(description="거래소명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    frgn_stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    qty: Annotated[IntValue | None, Field(description="결제기준수량 · shares")] = None
    poss_qty: Annotated[IntValue | None, Field(description="보유수량 · shares")] = None
    sell_alowq: Annotated[IntValue | None, Field(description="매도가능수량 · shares")] = None
    pred_cntr_sellq: Annotated[IntValue | None, Field(description="전일매도수량 · shares")] = None
    pred_cntr_buyq: Annotated[IntValue | None, Field(description="전일매수수량 · shares")] = None
    tdy_cntr_sellq: Annotated[IntValue | None, Field(description="금일매도수량 · shares")] = None
    tdy_cntr_buyq: Annotated[IntValue | None, Field(description="금일매수수량 · shares")] = None
    frgn_stk_book_uv: Annotated[PriceValue | None, Field(description="매입단가 · USD")] = None
    now_pric: Annotated[PriceValue | None, Field(description="현재가 · USD")] = None
    evlt_amt: Annotated[DecimalValue | None, Field(description="평가금액 · USD")] = None
    pl_amt: Annotated[DecimalValue | None, Field(description="손익금액 · USD")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="손익율(%)")] = None
    evlt_amt_krw: Annotated[IntValue | None, Field(description="평가금액(원) · KRW")] = None
    pl_amt_krw: Annotated[IntValue | None, Field(description="손익금액(원) · KRW")] = None
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None
    exch_rate: Annotated[DecimalValue | None, Field(description="환율 · KRW_per_USD")] = None
    frgn_stk_book_uv_krw: Annotated[PriceValue | None, Field(description="매입단가(원) · KRW")] = None
    now_pric_krw: Annotated[PriceValue | None, Field(description="현재가(원) · KRW")] = None
    frgn_stk_book_amt: Annotated[DecimalValue | None, Field(description="매입금액 · USD")] = None
    frgn_stk_book_amt_krw: Annotated[IntValue | None, Field(description="매입금액(원) · KRW")] = None


class Ust21100Request(KiwoomRequest):
    """
    ust21100 미국주식 거래내역 (US Transaction History): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    tp: Annotated[UsTransactionTypeOrBlank | None, Field(description="구분")] = None
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    krw_repl_skip_yn: Annotated[KrwSubstituteExclusionOrBlank | None, Field(description="원화대용입출금제외여부")] = (
        None
    )


class Ust21100ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    deal_dt: Annotated[DateValue | None, Field(description="거래일자")] = None
    deal_kind_nm: Annotated[TextValue | None, Field(description="거래종류명")] = None
    rmrk_nm: Annotated[TextValue | None, Field(description="적요명")] = None
    deal_amt: Annotated[IntValue | None, Field(description="거래금액 · KRW")] = None
    tax_tot_amt: Annotated[IntValue | None, Field(description="소득/주민세")] = None
    exct_amt: Annotated[IntValue | None, Field(description="정산금액 · KRW")] = None
    uncl_ocr: Annotated[IntValue | None, Field(description="미수(원/주)")] = None
    fc_uncl_ocr: Annotated[DecimalValue | None, Field(description="미수(외)")] = None
    entra_remn: Annotated[IntValue | None, Field(description="예수금잔고 · KRW")] = None
    deal_no: Annotated[TextValue | None, Field(description="거래번호")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    deal_qty: Annotated[IntValue | None, Field(description="거래수량 · shares")] = None
    fc_deal_tax: Annotated[DecimalValue | None, Field(description="거래세(외)")] = None
    frgn_pay_txam: Annotated[DecimalValue | None, Field(description="외국납부세액(외)")] = None
    rpym_sum: Annotated[IntValue | None, Field(description="변제합 · KRW")] = None
    fc_rpym_sum: Annotated[DecimalValue | None, Field(description="변제합(외)")] = None
    fc_entra: Annotated[DecimalValue | None, Field(description="외화예수금잔고")] = None
    mdia_nm: Annotated[TextValue | None, Field(description="메체구분명")] = None
    orig_deal_no: Annotated[TextValue | None, Field(description="원거래번호")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    uv_exrt: Annotated[PriceValue | None, Field(description="거래단가/환율")] = None
    fc_cmsn: Annotated[DecimalValue | None, Field(description="수수료(외)")] = None
    fc_exct_amt: Annotated[DecimalValue | None, Field(description="정산금액(외)")] = None
    dly_sum: Annotated[IntValue | None, Field(description="연체합 · KRW")] = None
    fc_dly_sum: Annotated[DecimalValue | None, Field(description="연체합(외)")] = None
    vlbl_nowrm: Annotated[IntValue | None, Field(description="유가금잔")] = None
    isin_code: Annotated[TextValue | None, Field(description="국제표준코드")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소구분명")] = None
    fc_deal_amt: Annotated[DecimalValue | None, Field(description="거래금액(외) · USD")] = None
    wrkr_id: Annotated[TextValue | None, Field(description="처리자ID")] = None
    proc_brch: Annotated[TextValue | None, Field(description="처리점")] = None
    proc_time: Annotated[ClockTimeValue | None, Field(description="처리시간")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None


class Ust21110Request(KiwoomRequest):
    """
    ust21110 해외주식 예수금 (Overseas Stock Deposit): the request body.
    """


class Ust21110ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    crnc_nm: Annotated[TextValue | None, Field(description="통화명")] = None
    fc_entra: Annotated[DecimalValue | None, Field(description="외화예수금")] = None
    fc_pymn_alowa: Annotated[DecimalValue | None, Field(description="외화출금가능금액")] = None
    futr_repl_profa: Annotated[DecimalValue | None, Field(description="선물대용증거금")] = None
    fc_booka: Annotated[IntValue | None, Field(description="외화장부금액 · KRW")] = None
    fc_ord_alowa: Annotated[DecimalValue | None, Field(description="외화주문가능금액")] = None
    futr_profa_booka: Annotated[IntValue | None, Field(description="선물증거금장부금액")] = None
    fc_ch_uncla: Annotated[DecimalValue | None, Field(description="외화현금미수금")] = None
    fc_etc_loana: Annotated[DecimalValue | None, Field(description="외화기타대여금")] = None


class Ust21111Request(KiwoomRequest):
    """
    ust21111 원화출금가능 금액 조회(원화대용 포함) (KRW Withdrawable Amount (Incl. KRW Substitute)): the request body.
    """


class Ust21111Response(KiwoomResponse):
    """
    ust21111 원화출금가능 금액 조회(원화대용 포함) (KRW Withdrawable Amount (Incl. KRW Substitute)): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21111
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    rgst_abnd_tp: Annotated[KrwSubstituteRegistrationValue | None, Field(description="원화대용등록해지구분")] = None
    krw_pymn_alow_amt: Annotated[IntValue | None, Field(description="원화출금가능금액 · KRW")] = None
    krw_repl_abnd_amt: Annotated[IntValue | None, Field(description="원화대용해지가능금액 · KRW")] = None


class Ust21120Request(KiwoomRequest):
    """
    ust21120 통화별 예수금 및 증권 평가금현황 (Deposit and Securities Valuation by Currency): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cmsn_incl_tp: Annotated[IncludeFlagOrBlank | None, Field(description="수수료포함구분")] = None
    exrt_tp: Annotated[ExchangeRateTypeOrBlank | None, Field(description="환율구분")] = None


class Ust21120ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    fx_entr: Annotated[DecimalValue | None, Field(description="외화예수금")] = None
    evlt_amt: Annotated[DecimalValue | None, Field(description="해외증권평가금")] = None
    crnc_rt: Annotated[DecimalValue | None, Field(description="기준환율")] = None
    chg_entr: Annotated[IntValue | None, Field(description="환전예수금 · KRW")] = None
    chg_evlt_amt: Annotated[IntValue | None, Field(description="환전평가금 · KRW")] = None
    evlt_amt_wght: Annotated[DecimalValue | None, Field(description="평가금액비중 · percent")] = None


class Ust21121Request(KiwoomRequest):
    """
    ust21121 해외증권 원장 평가금액현황 (Overseas Securities Ledger Valuation): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    cmsn_incl_tp: Annotated[IncludeFlagOrBlank | None, Field(description="수수료포함구분")] = None
    exrt_tp: Annotated[ExchangeRateTypeOrBlank | None, Field(description="환율구분")] = None


class Ust21121ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소코드명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    crnc_nm: Annotated[TextValue | None, Field(description="통화코드명")] = None
    evlt_amt: Annotated[DecimalValue | None, Field(description="평가금액 · USD")] = None
    chg_evlt_amt: Annotated[IntValue | None, Field(description="환전평가금액 · KRW")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="평가수익율(%) · percent")] = None
    pl_amt: Annotated[DecimalValue | None, Field(description="평가손익")] = None
    chg_profit_amt: Annotated[IntValue | None, Field(description="환전평가손익 · KRW")] = None
    evlt_amt_wght: Annotated[DecimalValue | None, Field(description="평가금액비중 · percent")] = None


class Ust21131Request(KiwoomRequest):
    """
    ust21131 해외증권 특정일 평가금액 (Overseas Securities Valuation on Date): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]


class Ust21131ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소코드명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    crnc_nm: Annotated[TextValue | None, Field(description="통화코드명")] = None
    evlt_amt: Annotated[DecimalValue | None, Field(description="평가금액 · USD")] = None
    chg_evlt_amt: Annotated[IntValue | None, Field(description="환전평가금액 · KRW")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="평가수익율(%) · percent")] = None
    pl_amt: Annotated[DecimalValue | None, Field(description="평가손익 · USD")] = None
    chg_profit_amt: Annotated[IntValue | None, Field(description="환전평가손익 · KRW")] = None
    evlt_amt_wght: Annotated[DecimalValue | None, Field(description="평가금액비중 · percent")] = None


class Ust21132Request(KiwoomRequest):
    """
    ust21132 특정일 통화별 예수금 및 증권 평가금 (Deposit and Valuation by Currency on Date): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_dt: Annotated[DateArgument, Field(description="기준일자", max_length=8)]


class Ust21132ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    fx_entr: Annotated[DecimalValue | None, Field(description="외화예수금")] = None
    evlt_amt: Annotated[DecimalValue | None, Field(description="해외증권평가금")] = None
    crnc_rt: Annotated[DecimalValue | None, Field(description="기준환율")] = None
    chg_entr: Annotated[IntValue | None, Field(description="환전예수금 · KRW")] = None
    chg_evlt_amt: Annotated[IntValue | None, Field(description="환전평가금 · KRW")] = None
    evlt_amt_wght: Annotated[DecimalValue | None, Field(description="평가금액비중 · percent")] = None


class Ust21150Request(KiwoomRequest):
    """
    ust21150 미국주식 일별 주문체결내역 (US Daily Order Executions): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_dt: Annotated[DateArgument | None, Field(description="주문일자", max_length=8)] = None
    query_tp: Annotated[UsOrderHistoryQueryTypeOrBlank, Field(description="조회구분")]
    slby_tp: Annotated[SellBuyWithAllOrBlank, Field(description="매도수구분")]
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    oppo_trde_tp: Annotated[ForcedLiquidationTypeOrBlank | None, Field(description="반대매매구분")] = None
    fr_ord_no: Annotated[TextArgument | None, Field(description="시작주문번호", max_length=9)] = None


class Ust21150ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    isin_code: Annotated[TextValue | None, Field(description="국제표준코드")] = None
    frgn_trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · shares")] = None
    mdfy_qty: Annotated[IntValue | None, Field(description="정정수량 · shares")] = None
    cncl_qty: Annotated[IntValue | None, Field(description="취소수량 · shares")] = None
    frgn_msg_code: Annotated[TextValue | None, Field(description="해외메세지코드")] = None
    rsrv_tp: Annotated[TextValue | None, Field(description="예약구분")] = None
    oppo_trde_tp_nm: Annotated[TextValue | None, Field(description="반대매매구분명")] = None
    comm_ord_tp_nm: Annotated[TextValue | None, Field(description="통신주문구분명")] = None
    ord_time: Annotated[ClockTimeValue | None, Field(description="주문시간")] = None
    crnc_nm: Annotated[TextValue | None, Field(description="통화코드명")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소코드명")] = None
    frgn_stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    slby_tp_nm: Annotated[TextValue | None, Field(description="매도매수구분명")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · USD")] = None
    stop_pric: Annotated[PriceValue | None, Field(description="STOP가격 · USD")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · USD")] = None
    mdfy_uv: Annotated[PriceValue | None, Field(description="정정단가 · USD")] = None
    ord_remnq: Annotated[IntValue | None, Field(description="주문잔량 · shares")] = None
    ord_stat_nm: Annotated[TextValue | None, Field(description="주문상태명")] = None
    text1: Annotated[TextValue | None, Field(description="거부사유")] = None
    inpt_chnl_tp: Annotated[TextValue | None, Field(description="입력매체구분명")] = None
    ord_resp_time: Annotated[ClockTimeValue | None, Field(description="주문응답수신시간")] = None
    cntr_time: Annotated[ClockTimeValue | None, Field(description="체결시간")] = None


class Ust21160Request(KiwoomRequest):
    """
    ust21160 미국주식 예수금 상세 (US Deposit Detail): the request body.
    """


class Ust21160Response(KiwoomResponse):
    """
    ust21160 미국주식 예수금 상세 (US Deposit Detail): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21160
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    won_entr: Annotated[IntValue | None, Field(description="원화 예수금 · KRW")] = None
    won_dfr_amt: Annotated[IntValue | None, Field(description="미수금 · KRW")] = None
    won_etc_loana: Annotated[IntValue | None, Field(description="기타 대여금 · KRW")] = None
    krw_ord_set_amt: Annotated[IntValue | None, Field(description="해외원화주문설정금 · KRW")] = None
    usd_exch_rate: Annotated[TextValue | None, Field(description="매도환율(USD) · KRW_per_USD")] = None
    d0_setl_dt: Annotated[DateValue | None, Field(description="D0 국내결제일자")] = None
    d0_won_conv_alow_ch: Annotated[IntValue | None, Field(description="D0 원화환산추정인출가능금 · KRW")] = None
    d0_usd_fx_entr: Annotated[DecimalValue | None, Field(description="D0 외화예수금(USD) · USD")] = None
    d1_setl_dt: Annotated[DateValue | None, Field(description="D1 국내결제일자")] = None
    d1_won_conv_alow_ch: Annotated[IntValue | None, Field(description="D1 원화환산추정인출가능금 · KRW")] = None
    d1_usd_fx_entr: Annotated[DecimalValue | None, Field(description="D1 외화예수금(USD) · USD")] = None
    d1_usd_exct_amt: Annotated[DecimalValue | None, Field(description="D1 해외정산금(USD) · USD")] = None
    d1_usd_buy_excta: Annotated[DecimalValue | None, Field(description="D1 해외매수정산금(USD) · USD")] = None
    d1_usd_sell_excta: Annotated[DecimalValue | None, Field(description="D1 해외매도정산금(USD) · USD")] = None
    d2_setl_dt: Annotated[DateValue | None, Field(description="D2 국내결제일자")] = None
    d2_won_conv_alow_ch: Annotated[IntValue | None, Field(description="D2 원화환산추정인출가능금 · KRW")] = None
    d2_usd_fx_entr: Annotated[DecimalValue | None, Field(description="D2 외화예수금(USD) · USD")] = None
    d2_usd_exct_amt: Annotated[DecimalValue | None, Field(description="D2 해외정산금(USD) · USD")] = None
    d2_usd_buy_excta: Annotated[DecimalValue | None, Field(description="D2 해외매수정산금(USD) · USD")] = None
    d2_usd_sell_excta: Annotated[DecimalValue | None, Field(description="D2 해외매도정산금(USD) · USD")] = None
    d3_setl_dt: Annotated[DateValue | None, Field(description="D3 국내결제일자")] = None
    d3_won_conv_alow_ch: Annotated[IntValue | None, Field(description="D3 원화환산추정인출가능금 · KRW")] = None
    d3_usd_fx_entr: Annotated[DecimalValue | None, Field(description="D3 외화예수금(USD) · USD")] = None
    d3_usd_exct_amt: Annotated[DecimalValue | None, Field(description="D3 해외정산금(USD) · USD")] = None
    d3_usd_buy_excta: Annotated[DecimalValue | None, Field(description="D3 해외매수정산금(USD) · USD")] = None
    d3_usd_sell_excta: Annotated[DecimalValue | None, Field(description="D3 해외매도정산금(USD) · USD")] = None
    d4_setl_dt: Annotated[DateValue | None, Field(description="D4 국내결제일자")] = None
    d4_won_conv_alow_ch: Annotated[IntValue | None, Field(description="D4 원화환산추정인출가능금 · KRW")] = None
    d4_usd_fx_entr: Annotated[DecimalValue | None, Field(description="D4 외화예수금(USD) · USD")] = None
    d4_usd_exct_amt: Annotated[DecimalValue | None, Field(description="D4 해외정산금(USD) · USD")] = None
    d4_usd_buy_excta: Annotated[DecimalValue | None, Field(description="D4 해외매수정산금(USD) · USD")] = None
    d4_usd_sell_excta: Annotated[DecimalValue | None, Field(description="D4 해외매도정산금(USD) · USD")] = None


class Ust21170Request(KiwoomRequest):
    """
    ust21170 미국주식 당일 종목별 실현손익 (US Today's Realized P&L by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    fc_krw_tp: Annotated[CurrencyBasisOrBlank, Field(description="외화원화구분")]


class Ust21170ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_nm: Annotated[TextValue | None, Field(description="거래소명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    frgn_stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    tdy_pl_amt: Annotated[
        DecimalValue | None, Field(description="당일실현손익금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    evlt_pl_amt: Annotated[DecimalValue | None, Field(description="평가손익금액 · USD")] = None
    evlt_pl_rt: Annotated[DecimalValue | None, Field(description="평가수익율(%) · percent")] = None
    prch_uv: Annotated[PriceValue | None, Field(description="매입단가")] = None
    poss_qty: Annotated[IntValue | None, Field(description="보유수량 · shares")] = None
    sell_alowq: Annotated[IntValue | None, Field(description="매도가능수량 · shares")] = None
    now_pric: Annotated[PriceValue | None, Field(description="현재가")] = None
    prch_amt: Annotated[DecimalValue | None, Field(description="매입금액")] = None
    evlt_amt: Annotated[DecimalValue | None, Field(description="평가금액 · USD")] = None
    prch_exrt: Annotated[DecimalValue | None, Field(description="매입환율 · KRW_per_USD")] = None
    sell_exrt: Annotated[DecimalValue | None, Field(description="매도환율 · KRW_per_USD")] = None
    krw_chg_dfrn_pl_amt: Annotated[IntValue | None, Field(description="환차손익(원) · KRW")] = None
    krw_chg_pl_amt: Annotated[IntValue | None, Field(description="환실현손익(원) · KRW")] = None
    evlt_amt_cmsn: Annotated[DecimalValue | None, Field(description="평가금액수수료 · USD")] = None
    evlt_amt_tax: Annotated[DecimalValue | None, Field(description="평가금액세금 · USD")] = None
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None


class Ust21180Request(KiwoomRequest):
    """
    ust21180 미국주식 기간별 주문내역 (US Order History by Period): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument, Field(description="시작주문일자", max_length=8)]
    end_dt: Annotated[DateArgument, Field(description="종료주문일자", max_length=8)]
    slby_tp: Annotated[UsSellBuyWithAllOrBlank | None, Field(description="매도수구분")] = None
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    oppo_trde_tp: Annotated[ForcedLiquidationTypeOrBlank | None, Field(description="반대매매구분")] = None


class Ust21180ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_dt: Annotated[DateValue | None, Field(description="주문일")] = None
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    crnc_code: Annotated[TextValue | None, Field(description="해당통화코드")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    trde_tp: Annotated[TextValue | None, Field(description="매매구분")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · shares")] = None
    mdfy_qty: Annotated[IntValue | None, Field(description="정정수량 · shares")] = None
    cncl_qty: Annotated[IntValue | None, Field(description="취소수량 · shares")] = None
    rsrv_tp: Annotated[TextValue | None, Field(description="예약구분")] = None
    oppo_trde_tp_nm: Annotated[TextValue | None, Field(description="반대매매구분명")] = None
    inpt_chnl_tp_nm: Annotated[TextValue | None, Field(description="입력매체명")] = None
    ord_time: Annotated[ClockTimeValue | None, Field(description="주문시간")] = None
    crnc_nm: Annotated[TextValue | None, Field(description="통화명")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소명")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    slby_tp_nm: Annotated[TextValue | None, Field(description="매도매수구분명")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · USD")] = None
    stop_pric: Annotated[PriceValue | None, Field(description="STOP가격 · USD")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · USD")] = None
    mdfy_uv: Annotated[PriceValue | None, Field(description="정정단가 · USD")] = None
    ord_remnq: Annotated[IntValue | None, Field(description="주문잔량 · shares")] = None
    cntr_amt: Annotated[DecimalValue | None, Field(description="체결금액")] = None
    comm_ord_tp_nm: Annotated[TextValue | None, Field(description="통신주문구분명")] = None


class Ust21510Request(KiwoomRequest):
    """
    ust21510 미국주식 당일 주문체결 확인 (US Today's Order Executions): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    slby_tp: Annotated[SellBuyWithAllOrBlank | None, Field(description="매도매수구분")] = None
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None


class Ust21510ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    ord_no: Annotated[TextValue | None, Field(description="주문번호")] = None
    orig_ord_no: Annotated[TextValue | None, Field(description="원주문번호")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    frgn_stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    frgn_trde_tp: Annotated[ForeignTradeTypeValue | None, Field(description="매매구분")] = None
    frgn_trde_nm: Annotated[TextValue | None, Field(description="매매구분명")] = None
    slby_tp: Annotated[SellBuyValue | None, Field(description="매도매수구분")] = None
    slby_tp_nm: Annotated[TextValue | None, Field(description="매도매수구분명")] = None
    ord_qty: Annotated[IntValue | None, Field(description="주문수량 · shares")] = None
    ord_uv: Annotated[PriceValue | None, Field(description="주문단가 · USD")] = None
    stop_pric: Annotated[PriceValue | None, Field(description="STOP가격 · USD")] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · shares")] = None
    cntr_uv: Annotated[PriceValue | None, Field(description="체결단가 · USD")] = None
    cnfm_qty: Annotated[IntValue | None, Field(description="확인수량 · shares")] = None
    ord_remnq: Annotated[IntValue | None, Field(description="주문잔량 · shares")] = None
    ord_time: Annotated[ClockTimeValue | None, Field(description="주문시간")] = None
    ord_resp_time: Annotated[ClockTimeValue | None, Field(description="주문응답시간")] = None
    ord_stat: Annotated[TextValue | None, Field(description="주문상태명")] = None
    rsrv_tp: Annotated[UsReservationOrderTypeValue | None, Field(description="예약주문구분")] = None
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None
    cntr_time: Annotated[ClockTimeValue | None, Field(description="체결시간")] = None


class Ust21530Request(KiwoomRequest):
    """
    ust21530 미국주식 실현손익 (US Realized P&L): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None
    fc_krw_tp: Annotated[CurrencyBasisOrBlank | None, Field(description="외화원화구분")] = None


class Ust21530ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    sell_dt: Annotated[DateValue | None, Field(description="매도일자")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    frgn_stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    sell_qty: Annotated[IntValue | None, Field(description="청산수량 · shares")] = None
    avg_buy_uv: Annotated[
        PriceValue | None, Field(description="매입평균가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    buy_amt: Annotated[
        DecimalValue | None, Field(description="매입금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    avg_sell_uv: Annotated[
        PriceValue | None, Field(description="매도평균가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    sell_amt: Annotated[
        DecimalValue | None, Field(description="매도금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    cmsn_tax: Annotated[
        DecimalValue | None, Field(description="수수료제세금 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    pl_amt: Annotated[DecimalValue | None, Field(description="손익금액")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="실현수익률(%)")] = None
    prch_exrt: Annotated[DecimalValue | None, Field(description="매입환율 · KRW_per_USD")] = None
    sell_exrt: Annotated[DecimalValue | None, Field(description="매도환율 · KRW_per_USD")] = None
    krw_chg_dfrn_pl_amt: Annotated[IntValue | None, Field(description="환차손익(원) · KRW")] = None
    krw_chg_pl_amt: Annotated[IntValue | None, Field(description="환실현손익(원) · KRW")] = None
    comm_ord_tp: Annotated[TextValue | None, Field(description="매체구분")] = None
    stex_nm: Annotated[TextValue | None, Field(description="거래소명")] = None
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None


class Ust21610Request(KiwoomRequest):
    """
    ust21610 미국주식 당일매매 (US Today's Trades): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    base_dt: Annotated[DateArgument | None, Field(description="기준일자", max_length=8)] = None
    qry_tp: Annotated[UsDayTradeSellScopeOrBlank, Field(description="조회구분")]
    fc_krw_tp: Annotated[CurrencyBasisOrBlank, Field(description="외화원화구분")]


class Ust21610ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_nm: Annotated[TextValue | None, Field(description="거래소코드명")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    tdy_avg_buy_uv: Annotated[
        PriceValue | None, Field(description="금일매수평균가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tdy_buyq: Annotated[IntValue | None, Field(description="금일매수수량 · shares")] = None
    tdy_buy_amt: Annotated[
        DecimalValue | None, Field(description="금일매입금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tdy_avg_sell_uv: Annotated[
        PriceValue | None, Field(description="금일매도평균가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tdy_sellq: Annotated[IntValue | None, Field(description="금일매도수량 · shares")] = None
    tdy_sell_amt: Annotated[
        DecimalValue | None, Field(description="금일매도금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    cmsn_altx: Annotated[
        DecimalValue | None, Field(description="수수료제세금 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    pl_amt: Annotated[DecimalValue | None, Field(description="실현손익 · USD")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="실현손익률 · percent")] = None
    bf_prch_uv: Annotated[
        PriceValue | None, Field(description="이전매입가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    exch_rate: Annotated[DecimalValue | None, Field(description="기준환율 · KRW_per_USD")] = None


class Ust21620Request(KiwoomRequest):
    """
    ust21620 미국주식 당일매매정리 (US Today's Trade Summary): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeChartProfitOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    fc_krw_tp: Annotated[CurrencyBasisOrBlank, Field(description="외화원화구분")]


class Ust21620ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_nm: Annotated[TextValue | None, Field(description="거래소코드명")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    slby_tp_nm: Annotated[TextValue | None, Field(description="매도수구분명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    cntr_uv: Annotated[
        PriceValue | None, Field(description="체결단가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    cntr_qty: Annotated[IntValue | None, Field(description="체결수량 · shares")] = None
    engg_amt: Annotated[DecimalValue | None, Field(description="약정금액 · USD")] = None
    cmsn: Annotated[DecimalValue | None, Field(description="수수료 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")] = (
        None
    )
    altx: Annotated[DecimalValue | None, Field(description="제세금 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")] = (
        None
    )
    exct_amt: Annotated[DecimalValue | None, Field(description="정산금액 · USD")] = None
    exch_rate: Annotated[DecimalValue | None, Field(description="환율 · KRW_per_USD")] = None
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None


class Ust21630Request(KiwoomRequest):
    """
    ust21630 미국주식 당일 실현손익 (US Today's Realized P&L): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    fc_krw_tp: Annotated[CurrencyBasisOrBlank, Field(description="외화원화구분")]


class Ust21630ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_nm: Annotated[TextValue | None, Field(description="거래소코드명")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    cntr_sellq: Annotated[IntValue | None, Field(description="체결매도수량 · shares")] = None
    avg_buy_uv: Annotated[
        PriceValue | None, Field(description="매입평균가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    cntr_sella: Annotated[
        PriceValue | None, Field(description="체결매도가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tdy_pl_amt: Annotated[
        DecimalValue | None, Field(description="당일실현손익 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="실현수익률")] = None
    cmsn: Annotated[DecimalValue | None, Field(description="수수료 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")] = (
        None
    )
    altx: Annotated[DecimalValue | None, Field(description="제세금 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")] = (
        None
    )
    exch_rate: Annotated[DecimalValue | None, Field(description="환율 · KRW_per_USD")] = None
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None


class Ust21640Request(KiwoomRequest):
    """
    ust21640 미국주식 일별 종목별 실현손익 (US Daily Realized P&L by Stock): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[UsExchangeOrBlank | None, Field(description="거래소구분")] = None
    stk_cd: Annotated[TextArgument | None, Field(description="종목코드", max_length=12)] = None
    cntr_dt: Annotated[DateArgument, Field(description="체결일자", max_length=8)]
    fc_krw_tp: Annotated[CurrencyBasisOrBlank, Field(description="외화원화구분")]


class Ust21640ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_nm: Annotated[TextValue | None, Field(description="거래소코드명")] = None
    stk_nm: Annotated[TextValue | None, Field(description="종목명")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    cntr_sellq: Annotated[IntValue | None, Field(description="체결매도수량 · shares")] = None
    avg_buy_uv: Annotated[
        PriceValue | None, Field(description="매입평균가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    cntr_sella: Annotated[
        PriceValue | None, Field(description="체결매도가 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    pl_amt: Annotated[DecimalValue | None, Field(description="실현손익")] = None
    pl_rt: Annotated[DecimalValue | None, Field(description="실현수익률")] = None
    stk_cd: Annotated[TextValue | None, Field(description="종목코드")] = None
    cmsn: Annotated[DecimalValue | None, Field(description="수수료 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")] = (
        None
    )
    altx: Annotated[DecimalValue | None, Field(description="제세금 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")] = (
        None
    )
    exch_rate: Annotated[DecimalValue | None, Field(description="환율 · KRW_per_USD")] = None
    natn_nm: Annotated[TextValue | None, Field(description="국가명")] = None


class Ust21650Request(KiwoomRequest):
    """
    ust21650 미국주식 기간별 수익률 현황 (US Return by Period): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    fr_dt: Annotated[DateArgument | None, Field(description="조회시작일자", max_length=8)] = None
    to_dt: Annotated[DateArgument | None, Field(description="조회종료일자", max_length=8)] = None


class Ust21650Response(KiwoomResponse):
    """
    ust21650 미국주식 기간별 수익률 현황 (US Return by Period): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21650
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    fr_entr: Annotated[IntValue | None, Field(description="기간초예수금 · KRW")] = None
    fr_dfr_amt: Annotated[IntValue | None, Field(description="기간초현금미수금 · KRW")] = None
    fr_etc_loana: Annotated[IntValue | None, Field(description="기간초기타대여금 · KRW")] = None
    fr_fc_entr: Annotated[IntValue | None, Field(description="기간초외화예수금 · KRW")] = None
    fr_fc_dfr_amt: Annotated[IntValue | None, Field(description="기간초외화미수금 · KRW")] = None
    fr_fc_etc_loana: Annotated[IntValue | None, Field(description="기간초외화기타대여금 · KRW")] = None
    fr_frgn_stk_evltv: Annotated[IntValue | None, Field(description="기간초해외증권평가금 · KRW")] = None
    fr_tot_evltv: Annotated[IntValue | None, Field(description="기간초순자산액계 · KRW")] = None
    to_entr: Annotated[IntValue | None, Field(description="기간말예수금 · KRW")] = None
    to_dfr_amt: Annotated[IntValue | None, Field(description="기간말현금미수금 · KRW")] = None
    to_etc_loana: Annotated[IntValue | None, Field(description="기간말기타대여금 · KRW")] = None
    to_fc_entr: Annotated[IntValue | None, Field(description="기간말외화예수금 · KRW")] = None
    to_fc_dfr_amt: Annotated[IntValue | None, Field(description="기간말외화미수금 · KRW")] = None
    to_fc_etc_loana: Annotated[IntValue | None, Field(description="기간말외화기타대여금 · KRW")] = None
    to_frgn_stk_evltv: Annotated[IntValue | None, Field(description="기간말해외증권평가금 · KRW")] = None
    to_tot_evltv: Annotated[IntValue | None, Field(description="기간말순자산액계 · KRW")] = None
    fc_rcpta: Annotated[IntValue | None, Field(description="기간내총외화입금 · KRW")] = None
    fc_payma: Annotated[IntValue | None, Field(description="기간내총외화출금 · KRW")] = None
    chg_rcpta: Annotated[IntValue | None, Field(description="기간내외화매도 · KRW")] = None
    chg_payma: Annotated[IntValue | None, Field(description="기간내외화매수 · KRW")] = None
    frgn_stk_inqa: Annotated[IntValue | None, Field(description="기간내해외증권입고 · KRW")] = None
    frgn_stk_outqa: Annotated[IntValue | None, Field(description="기간내해외증권출고 · KRW")] = None
    invt_bsamt: Annotated[IntValue | None, Field(description="투자원금평잔 · KRW")] = None
    evlt_profit: Annotated[IntValue | None, Field(description="평가손익 · KRW")] = None
    profit_rate: Annotated[DecimalValue | None, Field(description="수익율 · percent")] = None
    io_bsamt: Annotated[IntValue | None, Field(description="기간내총입출금고평잔 · KRW")] = None
    tern_rt: Annotated[DecimalValue | None, Field(description="회전율 · percent")] = None


class Ust21660Request(KiwoomRequest):
    """
    ust21660 미국주식 일별 실현손익 (US Daily Realized P&L): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[DateArgument | None, Field(description="시작일자", max_length=8)] = None
    end_dt: Annotated[DateArgument | None, Field(description="종료일자", max_length=8)] = None


class Ust21660ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    trde_dt: Annotated[DateValue | None, Field(description="매매일자")] = None
    buy_amt: Annotated[DecimalValue | None, Field(description="매수금액")] = None
    sell_amt: Annotated[DecimalValue | None, Field(description="매도금액 · USD")] = None
    pl_amt: Annotated[DecimalValue | None, Field(description="실현손익금액")] = None
    cmsn: Annotated[DecimalValue | None, Field(description="수수료")] = None
    tax: Annotated[DecimalValue | None, Field(description="세금")] = None


class Ust21661Request(KiwoomRequest):
    """
    ust21661 미국주식 월별 실현손익 (US Monthly Realized P&L): the request body.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    strt_dt: Annotated[TextArgument | None, Field(description="시작일자", max_length=6, pattern="^([0-9]{6})?$")] = None
    end_dt: Annotated[TextArgument | None, Field(description="종료일자", max_length=6, pattern="^([0-9]{6})?$")] = None


class Ust21661ResultListItem(KiwoomModel):
    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    trde_dt: Annotated[TextValue | None, Field(description="매매일자")] = None
    buy_amt: Annotated[DecimalValue | None, Field(description="매수금액")] = None
    sell_amt: Annotated[DecimalValue | None, Field(description="매도금액 · USD")] = None
    pl_amt: Annotated[DecimalValue | None, Field(description="실현손익금액")] = None
    cmsn: Annotated[DecimalValue | None, Field(description="수수료")] = None
    tax: Annotated[DecimalValue | None, Field(description="세금")] = None


class Usa21670Response(KiwoomResponse):
    """
    usa21670 미국주식 일별계좌수익률현황 (US Daily Account Return): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21670
    """

    result_list: Annotated[list[Usa21670ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa21680Response(KiwoomResponse):
    """
    usa21680 미국주식 월별계좌수익률현황 (US Monthly Account Return): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21680
    """

    result_list: Annotated[list[Usa21680ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa21690Response(KiwoomResponse):
    """
    usa21690 미국주식 연도별계좌수익률현황 (US Yearly Account Return): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21690
    """

    result_list: Annotated[list[Usa21690ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa21730Response(KiwoomResponse):
    """
    usa21730 미국주식 일별종목수익률현황 (US Daily Return by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21730
    """

    result_list: Annotated[list[Usa21730ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa21731Response(KiwoomResponse):
    """
    usa21731 미국주식 월별종목수익률현황 (US Monthly Return by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21731
    """

    result_list: Annotated[list[Usa21731ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Usa21732Response(KiwoomResponse):
    """
    usa21732 미국주식 연도별종목수익률현황 (US Yearly Return by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#usa21732
    """

    result_list: Annotated[list[Usa21732ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21050Response(KiwoomResponse):
    """
    ust21050 미국주식 원장 미체결 (US Ledger Open Orders): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21050
    """

    result_list: Annotated[list[Ust21050ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21070Response(KiwoomResponse):
    """
    ust21070 미국주식 원장잔고확인 (US Ledger Balance): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21070
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    stex_tp: Annotated[TextValue | None, Field(description="거래소구분")] = None
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    tot_evlt_amt: Annotated[DecimalValue | None, Field(description="총평가금액 · USD")] = None
    tot_prch_amt: Annotated[DecimalValue | None, Field(description="총매입금액 · USD")] = None
    tot_pl_amt: Annotated[DecimalValue | None, Field(description="총손익금액 · USD")] = None
    tot_pl_rt: Annotated[DecimalValue | None, Field(description="총수익율")] = None
    tdy_book_amt: Annotated[DecimalValue | None, Field(description="당일실현손익매입금액 · USD")] = None
    tdy_pl_amt: Annotated[DecimalValue | None, Field(description="당일실현손익 · USD")] = None
    tdy_pl_rt: Annotated[DecimalValue | None, Field(description="당일실현손익율(%)")] = None
    tot_evlt_amt_krw: Annotated[IntValue | None, Field(description="총평가금액(원) · KRW")] = None
    tot_prch_amt_krw: Annotated[IntValue | None, Field(description="총매입금액(원) · KRW")] = None
    tot_pl_amt_krw: Annotated[IntValue | None, Field(description="총손익금액(원) · KRW")] = None
    tdy_book_amt_krw: Annotated[IntValue | None, Field(description="당일실현손익매입금액(원) · KRW")] = None
    tdy_pl_amt_krw: Annotated[IntValue | None, Field(description="당일실현손익(원) · KRW")] = None
    result_list: Annotated[list[Ust21070ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21100Response(KiwoomResponse):
    """
    ust21100 미국주식 거래내역 (US Transaction History): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21100
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    acnt_print: Annotated[TextValue | None, Field(description="계좌번호")] = None
    sell_sum: Annotated[DecimalValue | None, Field(description="매도합계")] = None
    buy_sum: Annotated[DecimalValue | None, Field(description="매수합계")] = None
    result_list: Annotated[list[Ust21100ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21110Response(KiwoomResponse):
    """
    ust21110 해외주식 예수금 (Overseas Stock Deposit): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21110
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    krw_entra: Annotated[IntValue | None, Field(description="원화예수금 · KRW")] = None
    ch_uncla: Annotated[IntValue | None, Field(description="현금미수금 · KRW")] = None
    etc_loana: Annotated[IntValue | None, Field(description="기타대여금 · KRW")] = None
    result_list: Annotated[list[Ust21110ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21120Response(KiwoomResponse):
    """
    ust21120 통화별 예수금 및 증권 평가금현황 (Deposit and Securities Valuation by Currency): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21120
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    won_entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    aset_evlt_amt: Annotated[IntValue | None, Field(description="원화추정자산 · KRW")] = None
    result_list: Annotated[list[Ust21120ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21121Response(KiwoomResponse):
    """
    ust21121 해외증권 원장 평가금액현황 (Overseas Securities Ledger Valuation): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21121
    """

    result_list: Annotated[list[Ust21121ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21131Response(KiwoomResponse):
    """
    ust21131 해외증권 특정일 평가금액 (Overseas Securities Valuation on Date): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21131
    """

    result_list: Annotated[list[Ust21131ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21132Response(KiwoomResponse):
    """
    ust21132 특정일 통화별 예수금 및 증권 평가금 (Deposit and Valuation by Currency on Date): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21132
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    won_entr: Annotated[IntValue | None, Field(description="예수금 · KRW")] = None
    tot_evlt_amt: Annotated[IntValue | None, Field(description="총평가금액 · KRW")] = None
    book_amt: Annotated[IntValue | None, Field(description="총매입금액 · KRW")] = None
    tot_pl: Annotated[IntValue | None, Field(description="총손익금액 · KRW")] = None
    tot_pl_rt: Annotated[DecimalValue | None, Field(description="총수익률 · percent")] = None
    aset_evlt_amt: Annotated[IntValue | None, Field(description="원화추정자산 · KRW")] = None
    result_list: Annotated[list[Ust21132ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21150Response(KiwoomResponse):
    """
    ust21150 미국주식 일별 주문체결내역 (US Daily Order Executions): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21150
    """

    result_list: Annotated[list[Ust21150ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21170Response(KiwoomResponse):
    """
    ust21170 미국주식 당일 종목별 실현손익 (US Today's Realized P&L by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21170
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    crnc_code: Annotated[TextValue | None, Field(description="통화코드")] = None
    tot_evlt_amt: Annotated[
        DecimalValue | None, Field(description="총평가금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_prch_amt: Annotated[
        DecimalValue | None, Field(description="총매입금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_pl_amt: Annotated[
        DecimalValue | None, Field(description="총손익금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_pl_rt: Annotated[DecimalValue | None, Field(description="총수익율 · percent")] = None
    tdy_pl_amt: Annotated[
        DecimalValue | None, Field(description="당일실현손익 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    prsm_aseta_krw: Annotated[IntValue | None, Field(description="추정자산(원) · KRW")] = None
    result_list: Annotated[list[Ust21170ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21180Response(KiwoomResponse):
    """
    ust21180 미국주식 기간별 주문내역 (US Order History by Period): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21180
    """

    result_list: Annotated[list[Ust21180ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21510Response(KiwoomResponse):
    """
    ust21510 미국주식 당일 주문체결 확인 (US Today's Order Executions): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21510
    """

    result_list: Annotated[
        list[Ust21510ResultListItem], Field(description="조회결과리스트", validate_default=True)
    ] = []


class Ust21530Response(KiwoomResponse):
    """
    ust21530 미국주식 실현손익 (US Realized P&L): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21530
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_sell_amt: Annotated[
        DecimalValue | None, Field(description="총매도금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_buy_amt: Annotated[
        DecimalValue | None, Field(description="총매수금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_cmsn_tax: Annotated[
        DecimalValue | None, Field(description="총수수료제세금 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_exct_amt: Annotated[
        DecimalValue | None, Field(description="총정산금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_pl_amt: Annotated[
        DecimalValue | None, Field(description="총손익금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_pl_rt: Annotated[DecimalValue | None, Field(description="총실현수익률(%)")] = None
    result_list: Annotated[list[Ust21530ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21610Response(KiwoomResponse):
    """
    ust21610 미국주식 당일매매 (US Today's Trades): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21610
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_sell_amt: Annotated[
        DecimalValue | None, Field(description="총매도금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_buy_amt: Annotated[
        DecimalValue | None, Field(description="총매수금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_cmsn_altx: Annotated[
        DecimalValue | None, Field(description="총수수료제세금 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_exct_amt: Annotated[
        DecimalValue | None, Field(description="총정산금액 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_pl_amt: Annotated[
        DecimalValue | None, Field(description="총실현손익 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_pl_rt: Annotated[DecimalValue | None, Field(description="총실현손익률 · percent")] = None
    exch_rate: Annotated[DecimalValue | None, Field(description="기준환율 · KRW_per_USD")] = None
    result_list: Annotated[list[Ust21610ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21620Response(KiwoomResponse):
    """
    ust21620 미국주식 당일매매정리 (US Today's Trade Summary): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21620
    """

    result_list: Annotated[list[Ust21620ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21630Response(KiwoomResponse):
    """
    ust21630 미국주식 당일 실현손익 (US Today's Realized P&L): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21630
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_tdy_pl_amt: Annotated[
        DecimalValue | None, Field(description="총당일실현손익 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_tdy_pl_amt_krw: Annotated[IntValue | None, Field(description="총당일실현손익(원) · KRW")] = None
    result_list: Annotated[list[Ust21630ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21640Response(KiwoomResponse):
    """
    ust21640 미국주식 일별 종목별 실현손익 (US Daily Realized P&L by Stock): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21640
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_pl_amt: Annotated[
        DecimalValue | None, Field(description="총실현손익 · USD when fc_krw_tp=0, KRW when fc_krw_tp=1")
    ] = None
    tot_pl_amt_krw: Annotated[IntValue | None, Field(description="총실현손익(원) · KRW")] = None
    result_list: Annotated[list[Ust21640ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21660Response(KiwoomResponse):
    """
    ust21660 미국주식 일별 실현손익 (US Daily Realized P&L): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21660
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_buy_amt: Annotated[DecimalValue | None, Field(description="총매수금액")] = None
    tot_sell_amt: Annotated[DecimalValue | None, Field(description="총매도금액")] = None
    tot_pl_amt: Annotated[DecimalValue | None, Field(description="총실현손익금액")] = None
    tot_cmsn: Annotated[DecimalValue | None, Field(description="수수료합")] = None
    tot_tax: Annotated[DecimalValue | None, Field(description="세금합")] = None
    result_list: Annotated[list[Ust21660ResultListItem], Field(description="결과리스트", validate_default=True)] = []


class Ust21661Response(KiwoomResponse):
    """
    ust21661 미국주식 월별 실현손익 (US Monthly Realized P&L): the response body; every field with its kind and unit: https://kiwoom-sdk.readthedocs.io/en/latest/reference/us-acnt/#ust21661
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    tot_buy_amt: Annotated[DecimalValue | None, Field(description="총매수금액")] = None
    tot_sell_amt: Annotated[DecimalValue | None, Field(description="총매도금액")] = None
    tot_pl_amt: Annotated[DecimalValue | None, Field(description="총실현손익금액")] = None
    tot_cmsn: Annotated[DecimalValue | None, Field(description="수수료합")] = None
    tot_tax: Annotated[DecimalValue | None, Field(description="세금합")] = None
    result_list: Annotated[list[Ust21661ResultListItem], Field(description="결과리스트", validate_default=True)] = []
