"""Response models read by their plans (kiwoom_sdk._reading) make exactly what pydantic's own validation makes: every
typed value (its type and a price's direction too), the fields set, the extra fields and `raw`, for the guide's
example answers of every TR, the recorded answers, random answers of every response model and a 600-row chart of
the simulator checked against the converters of its fields' kinds; the rows of an answer, read when first used,
behave as rows read at once; the faster converters of `_types` agree with those of `_values`."""

from __future__ import annotations

import copy
import datetime
import json
import operator
import pickle
import typing
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kiwoom_sdk import codes
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._models import KiwoomModel, KiwoomResponse
from kiwoom_sdk._reading import plan_of
from kiwoom_sdk._types import PriceValue, _code, _codes, _date, _dates
from kiwoom_sdk._values import DecimalPrice, Price, to_code, to_date, to_decimal, to_int, to_price
from kiwoom_sdk.models.domestic.chart import Ka10081Response, Ka10081StkDtPoleChartQryItem
from kiwoom_sdk.models.domestic.stkinfo import Ka10001Response
from kiwoom_sdk.models.us.rkinfo import Usa24110Response
from kiwoom_sdk.sim import Simulator
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

ROOT = Path(__file__).resolve().parent.parent
CASES: dict[str, Any] = json.loads((ROOT / "generated" / "tests" / "http_cases.json").read_text(encoding="utf-8"))
RECORDED = [
    json.loads(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "specs" / "recorded").glob("*.json"))
]
CHART = {"stk_cd": "005930", "base_dt": "20260223", "upd_stkpc_tp": "1"}
RESPONSES = sorted({endpoint.response_model for endpoint in ENDPOINTS.values()}, key=lambda model: model.__name__)


class _Given(dict[str, Any]):
    """A dict of another class: the models' plans leave it to pydantic, which validates it field by field."""


def _by_pydantic(data: Any) -> Any:
    """`data` with every object a _Given, so that pydantic validates all of it (the reading before the plans)."""
    if isinstance(data, dict):
        return _Given({key: _by_pydantic(value) for key, value in data.items()})
    if isinstance(data, list):
        return [_by_pydantic(item) for item in data]
    return data


def _typed(value: Any) -> Any:
    """A value with its type (and a directed value's direction), so that Price(5) and 5 differ."""
    if isinstance(value, KiwoomModel):
        return _state(value)
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return type(value), value, getattr(value, "direction", None)


def _state(model: KiwoomModel) -> dict[str, Any]:
    return {
        "type": type(model),
        "fields": {name: _typed(getattr(model, name)) for name in type(model).model_fields},
        "extra": model.model_extra,
        "set": model.model_fields_set,
        "raw": model.raw,
        "dump": model.model_dump(mode="json", by_alias=True),
    }


def _same_reading(model: type[KiwoomResponse], answer: Any) -> None:
    try:
        validated = model.model_validate(_by_pydantic(answer))
    except ValidationError as refused:  # then the plan refuses it too, with pydantic's own error
        with pytest.raises(ValidationError) as caught:
            model.model_validate(answer)
        assert caught.value.errors() == refused.errors()
        return
    read = model.model_validate(answer)
    assert _state(read) == _state(validated)
    assert read == validated and list(read.model_dump()) == list(validated.model_dump())  # the same order too


def _examples() -> list[Any]:
    answers = [(api_id, example) for api_id, case in CASES.items() for example in case["responses"]]
    answers += [(case["api_id"], case["payload"]) for case in RECORDED if case["kind"] == "rest_response"]
    return [pytest.param(ENDPOINTS[api_id].response_model, answer, id=api_id) for api_id, answer in answers]


@pytest.mark.parametrize(("model", "answer"), _examples())
def test_every_example_and_recorded_answer_reads_as_pydantic_validates_it(
    model: type[KiwoomResponse], answer: dict[str, Any]
) -> None:
    _same_reading(model, answer)


WIRE = st.one_of(
    st.from_regex(r"\A[+-]{0,2}[0-9]{0,10}(\.[0-9]{0,4})?\Z"),
    st.from_regex(r"\A(19|20)[0-9]{2}(0[0-9]|1[0-3])[0-3][0-9]\Z"),
    st.sampled_from(["", " ", "0", "00000000", "Y", "N", "1", "2", "5", "+-121", "--714", "1,507.70", "%"]),
    st.text(max_size=8),
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)


@st.composite
def _answers(draw: st.DrawFn) -> tuple[type[KiwoomResponse], dict[str, Any]]:
    """A response model, and an answer to it: any of its fields (by wire name) with any value, rows of its lists
    likewise, and keys the spec does not know."""
    model = draw(st.sampled_from(RESPONSES))

    def body(of: type[BaseModel]) -> dict[str, Any]:
        answer: dict[str, Any] = {}
        for name, field in of.model_fields.items():
            if draw(st.booleans()):
                continue
            key = field.alias or name
            row = _row_model(field.annotation)
            if row is not None:
                answer[key] = [body(row) for _ in range(draw(st.integers(0, 3)))]
            elif name == "return_code":
                answer[key] = draw(st.one_of(st.integers(-5, 5), st.none()))
            else:
                answer[key] = draw(WIRE)
        answer.update(draw(st.dictionaries(st.sampled_from(["new_field", "x", "y_z"]), WIRE, max_size=2)))
        return answer

    return model, body(model)


def _row_model(annotation: Any) -> type[BaseModel] | None:
    if typing.get_origin(annotation) is not list:
        return None
    [row] = typing.get_args(annotation)
    return row if isinstance(row, type) and issubclass(row, BaseModel) else None


@settings(max_examples=300, deadline=None)
@given(_answers())
def test_any_answer_of_any_response_model_reads_as_pydantic_validates_it(drawn: tuple[type[Any], Any]) -> None:
    _same_reading(*drawn)


def test_answers_of_other_shapes_are_left_to_pydantic_and_read_as_before() -> None:
    """A key naming a field by its Python name, a return_code that is not an int, rows that are not objects: the
    plan declines, pydantic validates (and refuses what it refused before)."""
    by_name = {"return_code": 0, "n250hgst": "+124000", "250lwst": "-1"}
    assert Ka10001Response.model_validate(by_name).n250hgst == Price(124000, 1)
    _same_reading(Ka10001Response, by_name)
    _same_reading(Ka10081Response, {"return_code": "0", "stk_dt_pole_chart_qry": []})
    for refused in ({"return_code": "zero"}, {"stk_dt_pole_chart_qry": "rows"}, {"stk_dt_pole_chart_qry": [1]}):
        with pytest.raises(ValidationError):
            Ka10081Response.model_validate(refused)


def _big_chart(change: Callable[[list[Any]], None]) -> dict[str, Any]:
    answer = Simulator(seed=5).answer("ka10081", CHART, rows=600)
    change(answer["stk_dt_pole_chart_qry"])
    return answer


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda rows: rows[300].update(new_field="x", cur_prc_2="+1"), id="extra-keys"),
        pytest.param(lambda rows: rows[599].pop("dt"), id="missing-key"),
        pytest.param(lambda rows: rows[10].update(cur_prc=None, trde_qty=5), id="other-values"),
        pytest.param(lambda rows: rows.insert(200, ["005930"]), id="a-list-among-rows"),
        pytest.param(lambda rows: rows.insert(599, None), id="null-among-rows"),
        pytest.param(lambda rows: rows.append("row"), id="text-after-rows"),
        pytest.param(lambda rows: rows[3].update(cur_prc="1" * 5000, trde_tern_rt="1e9999999"), id="oversized"),
    ],
)
def test_a_long_list_with_one_row_unlike_the_others_reads_as_pydantic_validates_it(change: Any) -> None:
    """Rows are made together: one row with other keys or values reads as pydantic reads it, the others too, and an
    item that is not an object makes pydantic validate the whole answer (and refuse it as it always did)."""
    _same_reading(Ka10081Response, _big_chart(change))


def test_an_unread_row_gives_its_fields_set_and_extra_fields_before_its_values_are_read() -> None:
    """A row's fields set and extra fields follow from its raw when first asked for, and do not read the list."""
    extra = "new_field"
    answer = _big_chart(lambda rows: rows[3].update({extra: "x"}))
    rows = Ka10081Response.model_validate(answer).stk_dt_pole_chart_qry
    at_once = Ka10081Response.model_validate(_by_pydantic(answer)).stk_dt_pole_chart_qry
    assert getattr(rows[3], extra) == "x" and rows[3].model_extra == {extra: "x"} == at_once[3].model_extra
    assert rows[3].model_fields_set == at_once[3].model_fields_set and rows[4].model_extra == {}
    assert rows[4].model_fields_set is rows[4].model_fields_set  # set once, then kept
    with pytest.raises(AttributeError):
        getattr(rows[4], extra)
    assert all(vars(row) == {} for row in rows)
    assert [row.model_dump(exclude_unset=True) for row in rows] == [
        row.model_dump(exclude_unset=True) for row in at_once
    ]


def test_renamed_row_fields_named_by_their_python_names_are_left_to_pydantic() -> None:
    """A row with a key naming a renamed field by its Python name: pydantic validates the answer."""
    row = {"stk_cd": "AAPL", "52wk_hgst_pric": "+1"}
    _same_reading(Usa24110Response, {"return_code": 0, "result_list": [row, {**row, "n52wk_lwst_pric": "-2"}]})
    _same_reading(Usa24110Response, {"return_code": 0, "result_list": [row, {**row, "new_field": "x"}]})


KIND_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "price": to_price,
    "int": to_int,
    "signed_int": to_int,
    "rate": to_decimal,
    "date": to_date,
}


def test_a_600_row_chart_reads_every_value_as_the_converter_of_its_kind() -> None:
    """The reference is built from the spec's kinds (http_cases.json), with the value converters themselves."""
    answer = Simulator(seed=3).answer("ka10081", CHART, rows=600)
    kinds = CASES["ka10081"]["kinds"]["stk_dt_pole_chart_qry"]["list"]
    rows = Ka10081Response.model_validate(answer).stk_dt_pole_chart_qry
    assert len(rows) == 600
    for row, raw in zip(rows, answer["stk_dt_pole_chart_qry"], strict=True):
        for name, kind in kinds.items():
            if kind.startswith("code:"):
                expected = to_code(raw[name], getattr(codes, kind[5:]))
            else:
                expected = KIND_CONVERTERS[kind](raw[name])
            assert _typed(getattr(row, name)) == _typed(expected), (name, raw[name])
        assert isinstance(row.cur_prc, Price | DecimalPrice) and row.raw is raw


def _chart(by_pydantic: bool = False) -> Ka10081Response:
    """Three rows, the second with a key the spec does not know."""
    answer = Simulator(seed=4).answer("ka10081", CHART, rows=3)
    answer["stk_dt_pole_chart_qry"][1]["new_field"] = "x"
    return Ka10081Response.model_validate(_by_pydantic(answer) if by_pydantic else answer)


def test_a_row_is_read_on_first_use_and_then_is_what_a_row_read_at_once_is() -> None:
    answer = Simulator(seed=4).answer("ka10081", CHART, rows=3)
    at_once = Ka10081Response.model_validate(_by_pydantic(answer)).stk_dt_pole_chart_qry
    first, *_ = rows = Ka10081Response.model_validate(answer).stk_dt_pole_chart_qry
    assert vars(first) == {} and first.model_fields_set == set(answer["stk_dt_pole_chart_qry"][0])
    assert vars(rows[2]) == {}
    assert first.dt == at_once[0].dt and vars(first) == vars(at_once[0])  # one field read: all of them are
    assert [vars(row) for row in rows] == [vars(row) for row in at_once]  # and those of every row of the list
    raws = answer["stk_dt_pole_chart_qry"]
    assert all(row.__pydantic_private__ == {"_raw": raw} for row, raw in zip(rows, raws, strict=True))
    assert rows == at_once and [hash(row) for row in rows] == [hash(row) for row in at_once]


def test_rows_read_at_once_by_threads_or_already_read_are_what_rows_read_alone_are() -> None:
    answer = Simulator(seed=6).answer("ka10081", CHART, rows=600)
    at_once = [vars(row) for row in Ka10081Response.model_validate(_by_pydantic(answer)).stk_dt_pole_chart_qry]
    rows = Ka10081Response.model_validate(answer).stk_dt_pole_chart_qry
    plan = plan_of(Ka10081StkDtPoleChartQryItem)
    assert plan is not None
    alone = plan.values_of(rows[5].raw)  # a row another thread has read meanwhile keeps what it read
    object.__setattr__(rows[5], "__dict__", alone)
    _ = rows[0].cur_prc
    assert [vars(row) for row in rows] == at_once and vars(rows[5]) is alone
    rows = Ka10081Response.model_validate(answer).stk_dt_pole_chart_qry
    with ThreadPoolExecutor(8) as threads:  # eight rows first used at once
        assert list(threads.map(lambda row: row.dt, rows[::75])) == [fields["dt"] for fields in at_once[::75]]
    assert [vars(row) for row in rows] == at_once
    theirs = Ka10081Response.model_validate(_by_pydantic(answer)).stk_dt_pole_chart_qry
    for _ in range(3):  # rows compared while their list is being read: equal (a read row leaves its list at once)
        rows = Ka10081Response.model_validate(answer).stk_dt_pole_chart_qry
        with ThreadPoolExecutor(4) as threads:
            assert all(threads.map(operator.eq, rows, theirs))


def _each_its_own_raw(rows: list[Any]) -> None:
    for row in rows:
        if isinstance(row, Ka10081StkDtPoleChartQryItem):
            assert _state(row) == _state(Ka10081StkDtPoleChartQryItem.model_validate(_by_pydantic(row.raw)))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda rows, raws: rows.reverse(), id="rows-reversed"),
        pytest.param(lambda rows, raws: rows.__delitem__(0), id="first-row-deleted"),
        pytest.param(lambda rows, raws: raws.reverse(), id="raw-rows-reversed"),
        pytest.param(lambda rows, raws: rows.append(None), id="none-appended"),
        pytest.param(
            lambda rows, raws: rows.insert(1, _chart().stk_dt_pole_chart_qry[0]), id="a-row-of-another-answer"
        ),
    ],
)
def test_rows_changed_in_either_list_before_their_first_use_read_each_its_own_raw(change: Any) -> None:
    """The response's list of rows and its raw list are the user's to reorder: each row still reads its raw."""
    answer = Ka10081Response.model_validate(Simulator(seed=7).answer("ka10081", CHART, rows=40))
    change(answer.stk_dt_pole_chart_qry, answer.raw["stk_dt_pole_chart_qry"])
    _each_its_own_raw(answer.stk_dt_pole_chart_qry)


def test_a_copy_with_an_update_is_pydantics_copy_in_value_order_and_state() -> None:
    answer = Simulator(seed=4).answer("ka10081", CHART, rows=3)
    every = dict.fromkeys(Ka10081StkDtPoleChartQryItem.model_fields)
    for update in (every, {"trde_qty": None}, {"dt": datetime.date(2026, 1, 2), "cur_prc": Price(1, 1)}):
        ours = Ka10081Response.model_validate(answer).stk_dt_pole_chart_qry[1].model_copy(update=update)
        theirs = Ka10081Response.model_validate(_by_pydantic(answer)).stk_dt_pole_chart_qry[1].model_copy(update=update)
        assert ours.model_dump_json() == theirs.model_dump_json()  # the same fields in the same order
        assert ours == theirs and list(vars(ours)) == list(vars(theirs))
        assert set(ours.__pydantic_private__ or {}) == {"_raw"}  # out of its list once used


class _PlainRow(KiwoomModel):
    """A user's row model with a plain field, which pydantic converts (True -> 1) or refuses."""

    px: Annotated[PriceValue | None, Field()] = None
    n: int | None = None


class _PlainAnswer(KiwoomResponse):
    rows: Annotated[list[_PlainRow], Field(validate_default=True)] = []  # noqa: RUF012  # as generated (pydantic copies it)


@pytest.mark.parametrize("n", [5, None, True, "x", 1.0, [1]])
def test_rows_with_a_plain_field_pydantic_converts_or_refuses_read_as_pydantic_reads_them(n: Any) -> None:
    assert plan_of(_PlainAnswer) is not None
    _same_reading(_PlainAnswer, {"return_code": 0, "rows": [{"px": "+5", "n": 7}, {"px": "-6", "n": n}]})


def test_an_unread_row_is_pickled_and_copied_without_its_list() -> None:
    answer = Ka10081Response.model_validate(Simulator(seed=4).answer("ka10081", CHART, rows=600))
    row = answer.stk_dt_pole_chart_qry[7]
    assert len(pickle.dumps(row)) < 2_000 < len(pickle.dumps(answer.raw))  # its siblings stay behind
    copied, deep = row.model_copy(), copy.deepcopy(row)
    assert vars(answer.stk_dt_pole_chart_qry[8]) == {}
    assert copied.cur_prc == row.cur_prc and deep.dt == row.dt  # a copy reads the list's rows, then itself
    assert vars(answer.stk_dt_pole_chart_qry[8]) != {} and copied == row == deep


@pytest.mark.parametrize(
    "use",
    [
        pytest.param(lambda row: row.model_dump(), id="model_dump"),
        pytest.param(lambda row: row.model_dump_json(), id="model_dump_json"),
        pytest.param(lambda row: row.model_dump(exclude_unset=True), id="model_dump-unset"),
        pytest.param(lambda row: (row.model_fields_set, row.model_extra), id="fields-set-extra"),
        pytest.param(lambda row: row.new_field, id="extra-field"),
        pytest.param(lambda row: repr(row), id="repr"),
        pytest.param(lambda row: str(row), id="str"),
        pytest.param(lambda row: copy.copy(row).model_dump(), id="copy"),
        pytest.param(lambda row: dict(row), id="iter"),
        pytest.param(lambda row: hash(row), id="hash"),
        pytest.param(lambda row: row == _chart(by_pydantic=True).stk_dt_pole_chart_qry[1], id="eq"),
        pytest.param(lambda row: pickle.loads(pickle.dumps(row)).model_dump(), id="pickle"),
        pytest.param(lambda row: copy.deepcopy(row).model_dump(), id="deepcopy"),
        pytest.param(lambda row: row.model_copy(update={"cur_prc": Price(1)}).model_dump(), id="model_copy"),
        pytest.param(lambda row: TypeAdapter(list[Ka10081StkDtPoleChartQryItem]).dump_python([row]), id="adapter"),
        pytest.param(lambda row: _Holder(rows=[row]).model_dump(), id="in-another-model"),
    ],
)
def test_a_row_not_read_yet_gives_every_value_to_every_use(use: Any) -> None:
    unread = _chart().stk_dt_pole_chart_qry[1]
    read = _chart().stk_dt_pole_chart_qry[1]
    _ = read.cur_prc
    assert vars(unread) == {}
    assert use(unread) == use(read) == use(_chart(by_pydantic=True).stk_dt_pole_chart_qry[1])


class _Holder(BaseModel):
    """A user's own model holding the SDK's rows."""

    rows: list[Ka10081StkDtPoleChartQryItem]


def test_a_copy_with_an_update_reads_the_other_fields_from_raw() -> None:
    row = _chart().stk_dt_pole_chart_qry[0]
    changed = row.model_copy(update={"cur_prc": Price(1, -1)})
    assert changed.cur_prc == Price(1, -1) and changed.dt == row.dt and isinstance(changed.dt, datetime.date)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=10), st.from_regex(r"\A[0-9]{8}\Z"), st.none()))
def test_the_faster_converters_agree_with_the_value_converters(raw: str | None) -> None:
    assert _typed(_date(raw)) == _typed(to_date(raw))
    for enum in (codes.PriceChangeSign, codes.SellBuy, codes.ExchangeType):
        assert _typed(_code(enum)(raw)) == _typed(to_code(raw, enum))


_DATE_OR_CODE = st.one_of(
    st.from_regex(r"\A[0-9]{8}\Z"), st.sampled_from(["20260223", "00000000", "2", "+", "٢" * 8]), st.text(max_size=9)
)


@settings(max_examples=300)
@given(
    st.lists(st.one_of(_DATE_OR_CODE, st.none()), max_size=8),
    st.lists(st.dates().map(lambda day: f"{day.year:04}{day.month:02}{day.day:02}"), max_size=8),
)
def test_a_column_read_at_once_reads_each_value_as_alone(raws: list[str | None], dates: list[str]) -> None:
    """The many-values forms of dates and codes (a column of an answer's rows), on any values and on real dates."""
    for column in (raws, dates, [*dates, *raws]):
        assert [_typed(value) for value in _dates(column)] == [_typed(_date(raw)) for raw in column]
        for enum in (codes.PriceChangeSign, codes.SellBuy, codes.ExchangeType):
            one = _code(enum)
            assert [_typed(value) for value in _codes(enum, one)(column)] == [_typed(one(raw)) for raw in column]
            codes_sent = [member.value for member in enum][: len(column)]
            assert _codes(enum, one)(codes_sent) == [one(raw) for raw in codes_sent]


def test_values_read_from_numbers_as_pydantic_reads_them() -> None:
    """Numbers where the wire has strings are read as their text, as the validators always did."""
    row = {"cur_prc": 60700, "trde_tern_rt": 0.48, "dt": 20260223, "trde_qty": Decimal(5), "pred_pre_sig": 2}
    _same_reading(Ka10081Response, {"return_code": 0, "stk_dt_pole_chart_qry": [row]})
