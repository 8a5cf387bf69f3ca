"""frames.to_polars of REST answers reads their rows' raw values a column at a time (kiwoom_sdk._columnar): the frame
that the rows' typed values make one by one, for every TR with rows, every option and whatever the values: the
simulator's answers (the guide's example with odd values, and values synthesized by kind), values drawn by hypothesis
from the shapes Kiwoom sends and from shapes it does not, and rows that are no longer as their answer made them
(a copy given other values, a row read already, a value sent as a number), which are read by their typed values."""

from __future__ import annotations

import decimal
import typing
from decimal import Decimal
from functools import cache
from typing import Any

import orjson
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kiwoom_sdk import _columnar, _values, frames, merged
from kiwoom_sdk._core import Config, Core
from kiwoom_sdk._endpoints import ENDPOINTS, HOSTS
from kiwoom_sdk._models import KiwoomModel, KiwoomResponse
from kiwoom_sdk._reading import plan_of
from kiwoom_sdk.models.domestic.chart import Ka10081Response
from kiwoom_sdk.sim import Simulator, rest
from polars.testing import assert_frame_equal

from .test_decode_to_polars import ODD, OPTIONS, _common, assert_same_outcome, outcome, signed

CORE = Core(Config.create("key", "secret", "mock", None, None, 10.0, HOSTS))


def respond(api_id: str, body: dict[str, Any]) -> KiwoomResponse:
    """The response the client makes of an answer, read as it is from the bytes on the wire."""
    return CORE.incoming(ENDPOINTS[api_id], 200, {}, orjson.dumps({**body, "return_code": 0, "return_msg": ""}))


@cache
def simulator(seed: int) -> Simulator:
    return Simulator(seed=seed)


def simulated(api_id: str, page: int, rows: int = 12) -> KiwoomResponse:
    """The simulator's answer: page 1 is the guide's example (with the odd values the spec records), page 2 values
    synthesized by kind."""
    body, _ = rest.synthesized(simulator(page).state, api_id, {}, page=page, rows=rows)
    return respond(api_id, body)


def list_field(response: type[KiwoomResponse]) -> str | None:
    lists = [name for name, info in response.model_fields.items() if typing.get_origin(info.annotation) is list]
    return lists[0] if lists else None


def chart(page: int, rows: int) -> Ka10081Response:
    response = simulated("ka10081", page, rows)
    assert isinstance(response, Ka10081Response)
    return response


@cache
def response_class(api_id: str) -> type[KiwoomResponse]:
    return type(simulated(api_id, 2, rows=1))


# by the declared models, which the answers are (test_every_answer_with_rows...): an answer of every TR, made here,
# built every model's validator at collection, in each xdist worker
LISTED = [api_id for api_id in ENDPOINTS if list_field(ENDPOINTS[api_id].response_model) is not None]


def row_class(api_id: str) -> type[KiwoomModel]:
    response = response_class(api_id)
    [row] = typing.get_args(response.model_fields[list_field(response) or ""].annotation)
    return typing.cast(type[KiwoomModel], row)


def by_value(rows: list[Any], of: type[KiwoomModel], **options: Any) -> pl.DataFrame:
    """What to_polars promises: the frame of the rows' typed values, made one by one."""
    settings = {"decimals": "decimal", "codes": "value", "directions": False, "errors": "raise", **options}
    return frames._polars_by_value(of, rows, **settings)


def assert_same(response: KiwoomResponse, of: type[KiwoomModel], **options: Any) -> None:
    """to_polars of a fresh response, read a column at a time, gives the frame (or the error) of its rows' typed
    values."""
    rows = getattr(response, list_field(type(response)) or "")
    assert _columnar.model_columns(rows, of) is not None or not rows  # the fast way is taken
    assert_same_either_way(response, of, **options)


def assert_same_either_way(response: KiwoomResponse, of: type[KiwoomModel], **options: Any) -> None:
    """to_polars of a fresh response, whichever way it reads it, gives the frame (or the error) of its rows' typed
    values."""
    rows = getattr(response, list_field(type(response)) or "")
    assert_same_outcome(
        outcome(lambda: frames.to_polars(response, **options)), outcome(lambda: by_value(rows, of, **options))
    )


@pytest.mark.parametrize("api_id", LISTED)
def test_every_answer_with_rows_is_the_frame_of_its_typed_values(api_id: str) -> None:
    """Each page under two of the 16 sets of options, taken in turn over the TRs: every set is tried on a few dozen
    TRs, every TR's columns under floats and decimals alike."""
    assert response_class(api_id) is ENDPOINTS[api_id].response_model  # LISTED's premise
    place = LISTED.index(api_id)
    for page in (1, 2):
        for turn in (0, 1):
            options = OPTIONS[(place + page + turn * 5) % len(OPTIONS)]
            errors = ("raise", "coerce")[(place + turn) % 2]
            assert_same(simulated(api_id, page), row_class(api_id), errors=errors, **options)


def test_answers_of_kiwoom_s_shapes_are_read_with_no_value_converted_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages = [chart(2, rows=200) for _ in range(3)]

    def one_by_one(*args: Any) -> None:
        raise AssertionError("a column was converted value by value")

    monkeypatch.setattr(frames, "_Cells", one_by_one)
    monkeypatch.setattr(frames, "_polars_by_value", one_by_one)
    frame = merged(pages).to_polars(directions=True)
    assert frame.height == 600
    assert all(not row.__dict__ for page in pages for row in page.stk_dt_pole_chart_qry)  # still unread


# ---- values of every shape -----------------------------------------------------------------------------------------


def _shapes(source: _columnar.Source) -> st.SearchStrategy[str]:
    """Values of the shapes Kiwoom sends for a field's converter (a number for those without a column form)."""
    try:
        return _common(source.function, source.arguments)
    except KeyError:  # to_datetime, a scaled price
        return signed(1, 9) | st.sampled_from(["20260223143050", "2026-02-23 14:30:50"])


@st.composite
def answers(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """An answer of a TR with rows, some of whose fields hold values of shapes Kiwoom does not send."""
    api_id = draw(st.sampled_from(LISTED))
    of = row_class(api_id)
    plan = plan_of(of)
    found = _columnar.sources(of)
    assert plan is not None and found is not None
    keys = dict(zip(found, plan.read_keys, strict=True))  # field -> wire key
    odd = draw(st.sets(st.sampled_from(sorted(found)), max_size=3))
    rows = []
    for _ in range(draw(st.integers(1, 5))):
        row: dict[str, Any] = {}
        for name, source in found.items():
            if name in odd:
                row[keys[name]] = draw(_shapes(source) | st.sampled_from(ODD) | st.none())
            elif draw(st.integers(0, 20)):  # now and then a field is not sent
                row[keys[name]] = draw(_shapes(source))
        rows.append(row)
    response = response_class(api_id)
    name = list_field(response) or ""
    return api_id, {response.model_fields[name].alias or name: rows}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers(), st.sampled_from(OPTIONS), st.sampled_from(["raise", "coerce"]))
def test_any_answer_gives_the_frame_or_the_error_of_its_typed_values(
    answer: tuple[str, dict[str, Any]], options: dict[str, Any], errors: str
) -> None:
    api_id, body = answer
    assert_same(respond(api_id, body), row_class(api_id), errors=errors, **options)


def test_each_odd_value_in_every_field_of_a_chart() -> None:
    of = row_class("ka10081")
    plan = plan_of(of)
    assert plan is not None
    for odd in ODD:
        body = {"stk_dt_pole_chart_qry": [dict.fromkeys(plan.read_keys, odd), {}]}
        for decimals in ("decimal", "float"):
            assert_same(respond("ka10081", body), of, errors="coerce", directions=True, decimals=decimals)


# ---- rows that are no longer as their answer made them --------------------------------------------------------------


def test_rows_read_already_copied_with_other_values_or_sent_as_numbers_are_read_by_their_values() -> None:
    of = row_class("ka10081")
    page = chart(2, rows=3)
    rows = page.stk_dt_pole_chart_qry
    changed = rows[0].model_copy(update={"cur_prc": 1, "trde_qty": 2})  # raw still says otherwise
    made = of.model_construct(cur_prc=7)  # no raw at all
    for listed in ([changed, *rows[1:]], [*rows, made]):
        assert _columnar.model_columns(listed, of) is None
        frame = frames.to_polars(listed)
        assert_frame_equal(frame, by_value(listed, of), check_exact=True)
    assert frames.to_polars([changed]).row(0, named=True)["cur_prc"] == 1

    fresh = chart(2, rows=3)
    fresh.stk_dt_pole_chart_qry[1].cur_prc  # noqa: B018  # read: its rows now hold their typed values
    assert _columnar.model_columns(fresh.stk_dt_pole_chart_qry, of) is None
    assert_frame_equal(fresh.to_polars(), page.to_polars(), check_exact=True)  # the same answer, read either way

    body = orjson.loads(orjson.dumps(page.raw))
    body["stk_dt_pole_chart_qry"][0]["trde_qty"] = 123  # a number: the model reads its text
    numbered = respond("ka10081", body)
    assert isinstance(numbered, Ka10081Response)
    assert _columnar.model_columns(numbered.stk_dt_pole_chart_qry, of) is None
    assert numbered.to_polars().row(0, named=True)["trde_qty"] == 123


# ---- errors --------------------------------------------------------------------------------------------------------


def test_the_first_column_with_a_value_that_fits_no_column_names_the_error() -> None:
    """A number beyond polars' 38 digits (25 whole digits, and 21 decimals in another row) in a column converted value
    by value, and a value kept raw in a later column: the frame of the typed values named the later column (it
    converted every column before it made any), the columnar read the earlier one. Both name the earlier now."""
    of = row_class("ka10081")
    body = {"stk_dt_pole_chart_qry": [{"cur_prc": "9" * 25, "trde_qty": "x"}, {"cur_prc": "0." + "0" * 20 + "1"}]}
    for decimals in ("decimal", "float"):
        assert_same(respond("ka10081", body), of, decimals=decimals)
    with pytest.raises(ValueError, match=r"\.cur_prc, row 0: Decimal\('9{25}'\) needs 46 digits"):
        respond("ka10081", body).to_polars()
    assert respond("ka10081", body).to_polars(errors="coerce").row(0)[:2] == (None, None)


def test_a_callers_decimal_context_that_traps_nothing_changes_no_value() -> None:
    """Rows read with their list read "1-2" with Decimal(), which a context that traps nothing makes NaN, where the
    column read value by value (and a row read alone) keeps it as sent: the two frames named other values."""
    of = row_class("ka10081")
    rows = [{"trde_tern_rt": "1-2", "cur_prc": "1..2"}, {"trde_tern_rt": "1.5", "cur_prc": "3"}]
    with decimal.localcontext(decimal.Context(traps=[])):
        for errors in ("raise", "coerce"):
            assert_same(respond("ka10081", {"stk_dt_pole_chart_qry": rows}), of, errors=errors)
        read = respond("ka10081", {"stk_dt_pole_chart_qry": rows})
        assert isinstance(read, Ka10081Response)
        assert [(row.trde_tern_rt, row.cur_prc) for row in read.stk_dt_pole_chart_qry] == [
            ("1-2", "1..2"),
            (Decimal("1.5"), 3),
        ]


def test_a_lone_surrogate_is_read_by_value() -> None:
    """A response validated from a dict that was never JSON may hold a lone surrogate, which no polars string holds:
    the columnar read failed with UnicodeEncodeError where the frame of the typed values names the value kept raw
    (or, with errors="coerce", makes it null)."""
    of = row_class("ka10081")
    for row in ({"trde_qty": "\ud800", "cur_prc": "+1"}, {"cur_prc": "\udfff"}):
        for errors in ("raise", "coerce"):
            response = Ka10081Response.model_validate({"stk_dt_pole_chart_qry": [row, {"cur_prc": "2"}]})
            assert_same_either_way(response, of, errors=errors)
    response = Ka10081Response.model_validate({"stk_dt_pole_chart_qry": [{"trde_qty": "\ud800", "cur_prc": "+1"}]})
    assert response.to_polars(errors="coerce").row(0)[:2] == (1, None)


def test_a_text_no_polars_string_holds_fits_no_column() -> None:
    """A lone surrogate in a text or code column: the frame failed with UnicodeEncodeError, naming neither column nor
    row, and errors="coerce" did not make it null."""
    rows = [{"stk_nm": "A", "stk_cd": "005930"}, {"stk_nm": "B\ud800", "stk_cd": "\udfff"}]
    with pytest.raises(ValueError, match=r"\.stk_nm, row 1: 'B\\ud800' holds a lone surrogate"):
        ka00198_with(rows[0], rows[1]).to_polars()
    frame = ka00198_with(rows[0], rows[1]).to_polars(errors="coerce")
    assert frame.select("stk_nm", "stk_cd").rows() == [("A", "005930"), (None, None)]
    assert_same_either_way(ka00198_with(rows[0], rows[1]), row_class("ka00198"), errors="coerce")
    pred_pre_sig = [{"pred_pre_sig": "2"}, {"pred_pre_sig": "\ud800"}]
    for codes in ("value", "label"):
        response = Ka10081Response.model_validate({"stk_dt_pole_chart_qry": pred_pre_sig})
        assert response.to_polars(errors="coerce", codes=codes).get_column("pred_pre_sig").null_count() == 1


class Tagged(str):
    """A str subclass (as numpy.str_ is, in a dict made of a pandas frame) that shows where a value came from."""

    def __repr__(self) -> str:
        return f"Tagged({str(self)!r})"


def test_a_str_subclass_is_read_as_its_text() -> None:
    """A str subclass in a response validated from a dict: a text column refused it as a value kept raw, and a
    remembering converter (to_time) kept the one it could not read and gave it for the same text in any later
    answer."""
    of = row_class("ka10081")
    _values.forget()  # the texts below not remembered yet
    sent = {"cur_prc": Tagged("+5"), "dt": Tagged("20261301"), "pred_pre_sig": Tagged("Z9")}
    response = Ka10081Response.model_validate({"stk_dt_pole_chart_qry": [sent]})
    [row] = response.stk_dt_pole_chart_qry
    assert (row.cur_prc, row.dt, row.pred_pre_sig) == (5, "20261301", "Z9")
    assert {type(row.dt), type(row.pred_pre_sig)} == {str}
    for errors in ("raise", "coerce"):
        response = Ka10081Response.model_validate({"stk_dt_pole_chart_qry": [sent]})
        assert_same_either_way(response, of, errors=errors)
    [later] = chart_with({"dt": "20261301", "pred_pre_sig": "Z9"}).stk_dt_pole_chart_qry
    assert {type(later.dt), type(later.pred_pre_sig)} == {str}
    named = ka00198_with({"stk_nm": Tagged("삼성전자"), "stk_cd": Tagged("005930")})
    assert named.to_polars().row(0, named=True)["stk_nm"] == "삼성전자"


def chart_with(row: dict[str, Any]) -> Ka10081Response:
    response = respond("ka10081", {"stk_dt_pole_chart_qry": [row]})
    assert isinstance(response, Ka10081Response)
    return response


def ka00198_with(*rows: dict[str, Any]) -> KiwoomResponse:
    response = response_class("ka00198")
    name = list_field(response) or ""
    return response.model_validate({response.model_fields[name].alias or name: list(rows)})
