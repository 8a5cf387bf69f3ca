"""The classes of value kinds that were wrong before the review, each held by a decoded value and by a
corpus-wide check, so a new field of the same class cannot come back wrong."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from functools import cache

import pytest
from kiwoom_sdk import realtime
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._values import DecimalPrice, DirectedRate, Price, to_clock_time, to_date, to_datetime, to_time

from generator.names import NUMERIC_KINDS
from generator.spec.kinds import normalized_ko
from generator.spec.loader import load_corpus
from generator.spec.model import Corpus, Field, walk

from .conftest import SPECS

TIMES = ("time", "clock_time")


@cache
def corpus() -> Corpus:
    return load_corpus(SPECS).corpus


def fields() -> list[tuple[str, Field]]:
    return [
        (api.id, f)
        for api in corpus().apis.values()
        for part in (api.request, api.response, api.push)
        for f in walk(part)
        if f.kind not in ("list", "object")
    ]


def answer(api_id: str, body: dict[str, object]) -> object:
    return ENDPOINTS[api_id].response_model.model_validate({"return_code": 0, "return_msg": "", **body})


def test_an_index_level_written_at_100x_is_the_index() -> None:
    page = answer("ka20006", {"inds_dt_pole_qry": [{"cur_prc": "388193", "low_pric": "-387010", "dt": "20260223"}]})
    row = page.inds_dt_pole_qry[0]  # type: ignore[attr-defined]
    assert isinstance(row.cur_prc, DecimalPrice) and row.cur_prc == Decimal("3881.93")
    assert row.low_pric == Decimal("3870.10") and row.low_pric.direction == -1


def test_a_greek_sent_without_its_point_scales() -> None:
    page = answer("ka10050", {"elwsnst_ix_array": [{"delta": "590470", "gam": "-904"}]})
    row = page.elwsnst_ix_array[0]  # type: ignore[attr-defined]
    assert row.delta == Decimal("0.590470") and not isinstance(row.delta, DecimalPrice)
    assert row.gam == Decimal("-0.000904")


def test_identifiers_stay_text() -> None:
    info = answer("ka10001", {"stk_cd": "005930", "fav_unit": "원"})
    assert info.stk_cd == "005930" and info.fav_unit == "원"  # type: ignore[attr-defined]
    fills = answer("ka10076", {"cntr": [{"ord_no": "0060327", "orig_ord_no": "0000000", "stk_cd": "005930"}]})
    row = fills.cntr[0]  # type: ignore[attr-defined]
    assert (row.ord_no, row.orig_ord_no, row.stk_cd) == ("0060327", "0000000", "005930")


def test_an_exchange_rate_is_not_a_percentage() -> None:
    quote = answer("ust31300", {"aplc_exrt": "1380.500000", "sell_aplc_exrt": "1,507.70"})
    assert quote.aplc_exrt == Decimal("1380.5")  # type: ignore[attr-defined]
    assert quote.sell_aplc_exrt == Decimal("1507.70")  # type: ignore[attr-defined]


def test_all_zero_dates_and_times_are_none() -> None:
    assert to_time("000000") is None and to_date("00000000") is None and to_datetime("00000000000000") is None
    assert to_time("090000") == datetime.time(9, 0)
    assert to_date("2026-06-29 00:00:00.0") == datetime.date(2026, 6, 29)
    frame = '{"trnm":"REAL","data":[{"type":"0B","name":"","item":"005930","values":{"567":"000000","20":"102756"}}]}'
    trade = realtime.decode(frame)[0]
    assert trade.upper_limit_time is None and trade.trade_time == datetime.time(10, 27, 56)  # type: ignore[union-attr]


def _us_frame(type_id: str, values: dict[str, str]) -> realtime.Event:
    entry = {"type": type_id, "name": "", "item": "AAPL", "stexTp": "ND", "values": values}
    return realtime.decode(json.dumps({"trnm": "REAL", "data": [entry]}))[0]


def test_a_us_time_of_all_zeros_is_midnight_not_no_value() -> None:
    """A US trade, quote, order or condition hit at 00:00:00 KST (inside the US session) keeps its time; a blank one
    is still no value, and a domestic 'not yet' time (a limit not reached) is still None."""
    midnight = datetime.time(0, 0)
    assert to_clock_time("000000") == to_clock_time("00:00:00") == midnight and to_clock_time("") is None
    assert to_clock_time("235959") == to_time("235959") == datetime.time(23, 59, 59)
    trade = _us_frame("FE", {"20": "000000", "51020": "000000", "10": "+198.5000"})
    assert (trade.trade_time, trade.local_trade_time) == (midnight, midnight)  # type: ignore[union-attr]
    assert _us_frame("FT", {"21": "000000"}).quote_time == midnight  # type: ignore[union-attr]
    for type_id in ("F4", "F5"):
        assert _us_frame(type_id, {"908": "000000"}).order_exec_time == midnight  # type: ignore[union-attr]
    assert _us_frame("S2", {"20": "000000", "9001": "COIN"}).trade_time == midnight  # type: ignore[union-attr]
    assert answer("usa01980", {"base_time": "000000"}).base_time == midnight  # type: ignore[attr-defined]
    rows = {"ord_time": "00:00:00", "ord_resp_time": "00:00:00", "cntr_time": "00:00:00"}
    [filled] = answer("ust21510", {"result_list": [rows]}).result_list  # type: ignore[attr-defined]
    assert (filled.ord_time, filled.ord_resp_time, filled.cntr_time) == (midnight,) * 3
    [waiting] = answer("ust21510", {"result_list": [{"cntr_time": ""}]}).result_list  # type: ignore[attr-defined]
    assert waiting.cntr_time is None  # the guide's example: an order not yet filled has a blank fill time
    [trade_row] = answer("usa20150", {"result_list": [{"cntr_tm": "000000"}]}).result_list  # type: ignore[attr-defined]
    assert trade_row.cntr_tm == midnight
    domestic = realtime.decode(
        '{"trnm":"REAL","data":[{"type":"0B","name":"","item":"005930","values":{"567":"000000","568":"000000"}}]}'
    )[0]
    assert domestic.upper_limit_time is None and domestic.lower_limit_time is None  # type: ignore[union-attr]


def test_every_us_time_is_a_clock_time_and_every_domestic_one_a_time() -> None:
    """The class: a time of the US section (field or FID, as its type reads it) is a clock_time, whose zeros are
    midnight; a domestic time is a time, whose zeros are 'not yet' (specs/kinds.yaml says why)."""
    wrong = []
    for api in corpus().apis.values():
        for f in (f for part in (api.response, api.push) for f in walk(part)):
            kinds = [(f.name, f.kind)] + [
                (f"FID {ref.fid}", str(ref.overrides.get("kind", corpus().fids[ref.fid].kind))) for ref in f.fids
            ]
            expected = "clock_time" if api.section == "us" else "time"
            wrong += [(api.id, name, kind) for name, kind in kinds if kind in TIMES and kind != expected]
    assert not wrong


def test_a_yearly_low_is_a_price_with_a_falling_direction() -> None:
    info = answer("ka10001", {"oyr_lwst": "-18220", "250lwst": "-17790", "upl_pric": "+44350"})
    low = info.oyr_lwst  # type: ignore[attr-defined]
    assert isinstance(low, Price) and (int(low), low.direction) == (18220, -1)
    assert info.n250lwst == 17790 and info.upl_pric.direction == 1  # type: ignore[attr-defined]


def test_a_volume_ratio_keeps_its_sign_as_a_direction() -> None:
    frame = '{"trnm":"REAL","data":[{"type":"0B","name":"","item":"005930","values":{"30":"-37.24","1497":"100400"}}]}'
    trade = realtime.decode(frame)[0]
    ratio = trade.volume_ratio_vs_prev_day  # type: ignore[union-attr]
    assert isinstance(ratio, DirectedRate) and ratio == Decimal("37.24") and ratio.direction == -1
    assert trade.cfd_margin_amount == 100400  # type: ignore[union-attr]


# ---- the same classes over the whole corpus -----------------------------------------------------


def test_no_field_is_inferred_without_a_review() -> None:
    guessed = [f"{api} {f.name} ({f.ko}): {f.kind} by {f.kind_rule}" for api, f in fields() if f.inferred]
    assert len(guessed) <= 0.05 * len(fields()), guessed[:20]


@pytest.mark.parametrize(
    ("suffixes", "allowed"),
    [
        (("코드", "번호", "계좌", "종목"), ("text", "code")),  # identifiers are never numbers
        (("환율",), ("decimal", "price")),  # won per dollar (a price where the field is also a unit price), never a %
    ],
)
def test_a_class_of_names_has_one_family_of_kinds(suffixes: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    wrong = [
        f"{api} {f.name} ({f.ko}): {f.kind}"
        for api, f in fields()
        if normalized_ko(f.ko).endswith(suffixes) and f.kind not in allowed
    ]
    assert not wrong, wrong


def test_every_high_low_and_limit_level_is_a_price() -> None:
    levels = ("최고가", "최저가", "상한가", "하한가", "연중최고", "연중최저", "250최고", "250최저", "고가", "저가")
    wrong = [
        f"{api} {f.name} ({f.ko}): {f.kind}"
        for api, f in fields()
        if normalized_ko(f.ko).endswith(levels) and f.kind != "price" and not f.enum
    ]
    assert not wrong, wrong


def test_scale_is_only_on_numbers() -> None:
    wrong = [
        f"{api} {f.name}: {f.kind} with scale" for api, f in fields() if f.value.scale and f.kind not in NUMERIC_KINDS
    ]
    assert not wrong, wrong
