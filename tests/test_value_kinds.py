"""The classes of value kinds that were wrong before the review, each held by a decoded value and by a
corpus-wide check, so a new field of the same class cannot come back wrong."""

from __future__ import annotations

import datetime
from decimal import Decimal
from functools import cache

import pytest
from kiwoom_sdk import realtime
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._values import DecimalPrice, DirectedRate, Price, to_date, to_datetime, to_time

from generator.names import NUMERIC_KINDS
from generator.spec.kinds import normalized_ko
from generator.spec.loader import load_corpus
from generator.spec.model import Corpus, Field, walk

from .conftest import SPECS


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
