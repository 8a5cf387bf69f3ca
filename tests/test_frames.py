"""DataFrames of answers and realtime events (kiwoom_sdk.frames): the answers and frames recorded from Kiwoom's
servers (specs/recorded/) become pandas and polars frames whose columns are the row model's fields, typed by the
field's kind in the specs, holding the typed model's values; an empty list is an empty frame with the same columns
and dtypes, for every TR and realtime type; merged pages and realtime batches work the same way."""

from __future__ import annotations

import datetime
import json
import sys
import typing
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

import kiwoom_sdk
import pandas as pd
import polars as pl
import pytest
from kiwoom_sdk import Kiwoom, codes, frames, merged, realtime
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk._models import KiwoomModel, KiwoomResponse
from kiwoom_sdk.sim import running

from generator.names import DIRECTED_KINDS, direction_column, response_table
from generator.spec.loader import load_corpus
from generator.spec.model import Corpus, Field, walk
from generator.spec.recorded import RecordedCase, recorded_cases
from generator.targets.library.dependencies import EXTRAS

from .conftest import SPECS

CASES = recorded_cases(SPECS)
LISTED = [c for c in CASES if c.kind == "rest_response" and any(isinstance(v, list) and v for v in c.payload.values())]
REAL_FRAMES = [c for c in CASES if c.kind == "ws_frame" and c.payload.get("trnm") == "REAL"]
NUMBERS = ("price", "decimal", "rate", "directed_rate")

# A column's dtype by the kind of its field in the specs (the expectation of kiwoom_sdk.frames' table).
PANDAS = {
    "text": "string",
    "int": "Int64",
    "signed_int": "Int64",
    **dict.fromkeys(NUMBERS, "object"),
    "date": "datetime64[us]",
    "datetime": "datetime64[us]",
    "time": "object",
    "clock_time": "object",
    "flag": "boolean",
    "code": "category",
}
POLARS: dict[str, Any] = {
    "text": pl.String,
    "int": pl.Int64,
    "signed_int": pl.Int64,
    **dict.fromkeys(NUMBERS, pl.Decimal),
    "date": pl.Date,
    "datetime": pl.Datetime("us"),
    "time": pl.Time,
    "clock_time": pl.Time,
    "flag": pl.Boolean,
    "code": pl.Enum,
}


@cache
def corpus() -> Corpus:
    return load_corpus(SPECS).corpus


def column_kind(f: Field) -> str:
    """The kind a field's column has: a field that decodes to its code table's members is a code (a flag whose table
    documents its Y/N is a flag: `names.response_table`), a code without one is text, a number written without its
    point (scale) is a decimal unless it is a price."""
    if response_table(f):
        return "code"
    if f.kind == "code":
        return "text"
    if f.value.scale and f.kind in ("int", "signed_int", "rate"):
        return "decimal"
    return f.kind


def list_field(api_id: str) -> Field:
    [field] = [f for f in corpus().apis[api_id].response if f.kind == "list"]
    return field


def row_kinds(api_id: str) -> dict[str, str]:
    """Column name -> kind of the rows of a TR's list field, from the specs."""
    item = row_model(api_id)
    wire = {(info.alias or name): name for name, info in item.model_fields.items()}
    return {wire[f.name]: column_kind(f) for f in list_field(api_id).fields}


def list_annotations(response: type[KiwoomResponse]) -> list[Any]:
    return [info.annotation for info in response.model_fields.values() if typing.get_origin(info.annotation) is list]


def row_model(api_id: str) -> type[KiwoomModel]:
    [annotation] = list_annotations(ENDPOINTS[api_id].response_model)
    [item] = typing.get_args(annotation)
    return item  # type: ignore[no-any-return]


def fid_kinds(event_type: type[realtime.RealtimeEvent]) -> dict[str, str]:
    """Attribute -> kind of a realtime type's FIDs (the type's overrides first), `item` being text."""
    [fields] = [fields for _, type_id, fields in corpus().realtime_sources() if type_id == event_type.TYPE]
    out = {"item": "text"}
    for ref in (r for member in walk(fields) for r in member.fids):
        fid = corpus().fids[ref.fid]
        kind = str(ref.overrides.get("kind", fid.kind))
        scale = ref.overrides.get("scale", fid.scale)
        if kind == "code":
            kind = "code" if ref.overrides.get("enum", fid.enum) else "text"  # a code without a table is text
        elif scale and kind in ("int", "signed_int", "rate"):
            kind = "decimal"
        out[event_type.FIDS[str(ref.fid)]] = kind
    return out


def answer(case: RecordedCase) -> KiwoomResponse:
    response: KiwoomResponse = ENDPOINTS[case.api_id].response_model.model_validate(case.payload)
    return response


def expected(value: Any, kind: str) -> Any:
    """What a frame cell holds for a typed model value: the code's value, an exact Decimal, the rest as is."""
    if value is None:
        return None
    if kind == "code":
        return value.value if isinstance(value, Enum) else value
    if kind in NUMBERS:
        return Decimal(value) if isinstance(value, Decimal) else Decimal(int(value))
    return value


def pandas_cell(frame: pd.DataFrame, column: str, row: int, kind: str) -> Any:
    cell = frame[column].iloc[row]
    if cell is pd.NA or cell is pd.NaT or cell is None or (isinstance(cell, float) and cell != cell):
        return None
    if isinstance(cell, pd.Timestamp):
        return cell.date() if kind == "date" else cell.to_pydatetime()
    return cell


def assert_frames_hold(rows: list[Any], kinds: dict[str, str], table: pd.DataFrame, lazy: pl.DataFrame) -> None:
    """Both frames have exactly these columns, the dtypes of their kinds, and the rows' typed values."""
    assert list(table.columns) == list(kinds) == lazy.columns
    for column, kind in kinds.items():
        assert str(table[column].dtype) == PANDAS[kind], (column, kind, table[column].dtype)
        assert lazy.schema[column] == POLARS[kind], (column, kind, lazy.schema[column])
    assert len(table) == len(lazy) == len(rows)
    for i, row in enumerate(rows):
        for column, kind in kinds.items():
            want = expected(getattr(row, column), kind)
            assert pandas_cell(table, column, i, kind) == want, (i, column)
            assert lazy[column][i] == want, (i, column)


# ---- answers --------------------------------------------------------------------------------------------------


def test_the_recorded_answers_have_rows() -> None:
    assert len(LISTED) >= 10


@pytest.mark.parametrize("case", LISTED, ids=[c.name for c in LISTED])
def test_a_recorded_answer_becomes_frames_typed_by_the_specs_that_hold_the_models_values(case: RecordedCase) -> None:
    response = answer(case)
    rows = getattr(response, next(n for n, v in response if isinstance(v, list)))
    assert_frames_hold(rows, row_kinds(case.api_id), response.to_pandas(), response.to_polars())


@pytest.mark.parametrize("api_id", sorted(a for a, e in ENDPOINTS.items() if list_annotations(e.response_model)))
def test_an_empty_list_is_an_empty_frame_with_the_columns_and_dtypes_of_its_rows(api_id: str) -> None:
    empty = ENDPOINTS[api_id].response_model.model_validate(
        {"return_code": 0, "return_msg": "조회된 데이터가 없습니다"}
    )
    kinds = row_kinds(api_id)
    assert_frames_hold([], kinds, empty.to_pandas(), empty.to_polars())


def test_a_tr_without_rows_names_what_to_do() -> None:
    [case] = [c for c in CASES if c.name.startswith("001-ka10001")]
    for field in (None, "stk_nm"):  # not "list fields: none; name one (field=...)": there is none to name
        with pytest.raises(ValueError) as caught:
            answer(case).to_pandas(field)
        assert str(caught.value) == (
            "Ka10001Response has no list field, so no rows to make a frame of: read its values as attributes "
            "or all at once with .model_dump()"
        )
    with pytest.raises(ValueError, match="no list field 'cntr'"):
        answer(LISTED[0]).to_polars("cntr")


def test_the_direction_columns_the_lint_keeps_free_are_those_the_frames_add() -> None:
    """The spec lint refuses a field or FID named as a direction column of its frame (generator.names.DIRECTED_KINDS,
    direction_column): those are the columns `directions=True` adds, after each column of those kinds."""
    assert frames.DIRECTED == DIRECTED_KINDS
    [case] = [c for c in LISTED if c.api_id == "ka10081"]
    response = answer(case)
    plain, directed = response.to_polars(), response.to_polars(directions=True)
    added = [name for name in directed.columns if name not in plain.columns]
    [rows] = [f for f in corpus().apis["ka10081"].response if f.kind == "list"]
    kinds = {item.name: item.kind for item in rows.fields}  # the spec's kinds (ka10081's names are attributes)
    assert added == [direction_column(name) for name in plain.columns if kinds[name] in DIRECTED_KINDS] != []


def test_floats_labels_and_directions_are_asked_for() -> None:
    [case] = [c for c in LISTED if c.api_id == "ka10081"]
    response = answer(case)
    [row] = response.stk_dt_pole_chart_qry  # type: ignore[attr-defined]
    table = response.to_pandas(decimals="float", codes="label", directions=True)
    lazy = response.to_polars(decimals="float", codes="label", directions=True)
    assert list(table.columns) == lazy.columns
    assert table.columns.get_loc("cur_prc_direction") == table.columns.get_loc("cur_prc") + 1
    assert str(table["cur_prc"].dtype) == "Float64" and lazy.schema["trde_tern_rt"] == pl.Float64
    assert table["trde_tern_rt"][0] == lazy["trde_tern_rt"][0] == float(row.trde_tern_rt) == 0.48
    assert str(table["cur_prc_direction"].dtype) == "Int8" and lazy.schema["cur_prc_direction"] == pl.Int8
    assert table["cur_prc_direction"][0] == lazy["cur_prc_direction"][0] == row.cur_prc.direction
    assert "trde_qty_direction" not in table.columns  # a count has no direction
    labels = list(codes.PriceChangeSign.__members__)
    enum = lazy.schema["pred_pre_sig"]
    assert (
        isinstance(enum, pl.Enum) and list(table["pred_pre_sig"].cat.categories) == labels == enum.categories.to_list()
    )
    assert table["pred_pre_sig"][0] == lazy["pred_pre_sig"][0] == row.pred_pre_sig.name == "FALL"


def test_a_code_the_table_lacks_is_kept_after_the_tables_codes() -> None:
    [case] = [c for c in LISTED if c.api_id == "ka10081"]
    payload = json.loads(json.dumps(case.payload))
    payload["stk_dt_pole_chart_qry"][0]["pred_pre_sig"] = "9"
    response = ENDPOINTS["ka10081"].response_model.model_validate(payload)
    table, lazy = response.to_pandas(), response.to_polars()
    assert list(table["pred_pre_sig"].cat.categories) == ["1", "2", "3", "4", "5", "9"]
    assert table["pred_pre_sig"][0] == lazy["pred_pre_sig"][0] == "9"


def test_a_value_the_model_could_not_read_raises_or_is_coerced_to_null() -> None:
    [case] = [c for c in LISTED if c.api_id == "ka10081"]
    payload = json.loads(json.dumps(case.payload))
    payload["stk_dt_pole_chart_qry"][0] |= {"trde_qty": "n/a", "dt": "2026-13-45"}
    response = ENDPOINTS["ka10081"].response_model.model_validate(payload)
    for convert in (response.to_pandas, response.to_polars):
        with pytest.raises(ValueError, match=r"trde_qty, row 0: 'n/a' does not fit a int column"):
            convert()
    table, lazy = response.to_pandas(errors="coerce"), response.to_polars(errors="coerce")
    assert table["trde_qty"].isna().all() and table["dt"].isna().all()
    assert lazy["trde_qty"].to_list() == lazy["dt"].to_list() == [None]
    assert table["cur_prc"][0] == 239500  # the rest of the row is there


def test_bad_options_are_refused() -> None:
    response = answer(LISTED[0])
    for convert in (frames.to_pandas, frames.to_polars):  # not an empty frame: its rows are of one class
        with pytest.raises(ValueError, match=r"of=StockTrade: the rows of .*'s list field .* are .*Item"):
            convert(response, of=realtime.StockTrade)
    with pytest.raises(ValueError, match="decimals='exact': one of 'decimal', 'float'"):
        response.to_pandas(decimals="exact")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="of= takes"):
        frames.to_polars([], of=dict)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="an empty list: say which rows"):
        frames.to_pandas([])


@pytest.mark.parametrize(
    ("library", "convert"),
    [
        ("pandas", frames.to_pandas),
        ("polars", frames.to_polars),
        ("polars", lambda _: frames.decode_to_polars([], realtime.StockTrade)),
    ],
)
def test_without_the_library_the_error_names_the_extra_that_brings_it(
    library: str, convert: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, library, None)  # import fails as when the library is not installed
    monkeypatch.delitem(sys.modules, "kiwoom_sdk._columnar", raising=False)  # which imports polars: imported anew
    monkeypatch.delattr(kiwoom_sdk, "_columnar", raising=False)
    with pytest.raises(ImportError, match=rf'pip install "kiwoom-sdk\[{library}\]"'):
        convert(answer(LISTED[0]))
    assert EXTRAS[library][0].name == library  # polars' extra brings pyarrow too, which decode_to_polars parses with


# ---- merged pages ---------------------------------------------------------------------------------------------


def test_merged_pages_are_one_response_of_their_tr_and_one_frame() -> None:
    with running(seed=5) as sim, Kiwoom(*sim.keys, base_url=sim.url) as client:
        pages = list(client.pages(client.ka10081, stk_cd="005930", base_dt="20260223", upd_stkpc_tp="1"))
    whole = merged(pages)
    assert type(whole) is type(pages[0]) and len(pages) == 3
    rows = [row for page in pages for row in page.stk_dt_pole_chart_qry]
    assert whole.stk_dt_pole_chart_qry == rows and len(rows) > len(pages[0].stk_dt_pole_chart_qry)
    assert whole.raw["stk_dt_pole_chart_qry"] == [r for p in pages for r in p.raw["stk_dt_pole_chart_qry"]]
    assert whole.headers == pages[-1].headers and not whole.cont_yn
    assert pages[0].cont_yn and len(pages[0].stk_dt_pole_chart_qry) < len(rows)  # the pages are as they were
    assert_frames_hold(rows, row_kinds("ka10081"), whole.to_pandas(), whole.to_polars())
    assert whole.to_polars()["dt"].is_sorted(descending=True)  # the pages walk back over trading days


def test_merged_refuses_no_pages_and_pages_of_different_trs() -> None:
    with pytest.raises(ValueError, match="at least one page"):
        merged([])
    first, other = (answer(next(c for c in LISTED if c.api_id == a)) for a in ("ka10081", "ka10080"))
    with pytest.raises(ValueError, match="Ka10081Response and Ka10080Response"):
        merged([first, other])


# ---- realtime batches -----------------------------------------------------------------------------------------


def recorded_events() -> list[realtime.Event]:
    return [event for case in REAL_FRAMES for event in realtime.decode(json.dumps(case.payload))]


def test_a_realtime_batch_becomes_one_frame_per_type() -> None:
    batch = [*recorded_events(), realtime.SystemMessage("PING", None, None, {"trnm": "PING"})]
    types = sorted({type(e) for e in batch if isinstance(e, realtime.RealtimeEvent)}, key=lambda t: t.TYPE)
    assert len(types) >= 5
    for event_type in types:
        events = [e for e in batch if type(e) is event_type]
        table = frames.to_pandas(batch, of=event_type)
        lazy = frames.to_polars(batch, of=event_type)
        assert_frames_hold(events, fid_kinds(event_type), table, lazy)
    with pytest.raises(ValueError, match=r"rows of several classes \(.*StockTrade.*SystemMessage"):
        frames.to_pandas(batch)


def test_an_empty_batch_of_every_realtime_type_has_its_columns() -> None:
    for event_type in realtime.REGISTRY.values():
        kinds = fid_kinds(event_type)
        assert_frames_hold([], kinds, frames.to_pandas([], of=event_type), frames.to_polars([], of=event_type))


def test_directions_of_a_realtime_batch() -> None:
    trades = [e for e in recorded_events() if isinstance(e, realtime.StockTrade)]
    lazy = frames.to_polars(trades, directions=True)
    assert lazy["current_price_direction"].to_list() == [e.current_price.direction for e in trades]  # type: ignore[union-attr]
    assert lazy["volume_ratio_vs_prev_day_direction"].to_list() == [-1]  # a directed rate: 37.24 %, below


# ---- model_dump -----------------------------------------------------------------------------------------------


def test_model_dump_keeps_typed_values_and_json_mode_gives_json() -> None:
    response = answer(next(c for c in LISTED if c.api_id == "ka10081"))
    [row] = response.model_dump()["stk_dt_pole_chart_qry"]
    assert row["dt"] == datetime.date(2026, 8, 3) and row["trde_tern_rt"] == Decimal("0.48")
    assert row["pred_pre_sig"] is codes.PriceChangeSign.FALL and row["cur_prc"].direction == 0
    [plain] = response.model_dump(mode="json")["stk_dt_pole_chart_qry"]
    assert (plain["dt"], plain["trde_tern_rt"], plain["pred_pre_sig"], plain["cur_prc"]) == (
        "2026-08-03",
        "0.48",
        "5",
        239500,
    )
    assert json.loads(response.model_dump_json())["stk_dt_pole_chart_qry"] == [plain]


def test_a_number_beyond_the_columns_range_is_named_not_silently_null() -> None:
    """polars' Decimal holds 38 digits and Int64 18 and a bit: a value beyond them (a malformed answer) is refused by
    name, or made null with errors='coerce', as a raw value is; the frame libraries would make it a silent null
    (polars, beside a value of more decimals) or an error that names no column."""
    [case] = [c for c in LISTED if c.api_id == "ka10081"]
    payload = json.loads(json.dumps(case.payload))
    [row] = payload["stk_dt_pole_chart_qry"]
    wide = {**row, "trde_tern_rt": "1" + "0" * 36}  # 37 digits: with the other row's 2 decimals, 39
    payload["stk_dt_pole_chart_qry"] = [row, wide]
    response = ENDPOINTS["ka10081"].response_model.model_validate(payload)
    assert response.to_pandas()["trde_tern_rt"][1] == Decimal("1" + "0" * 36)  # pandas holds the Decimal itself
    with pytest.raises(ValueError, match=r"trde_tern_rt, row 1: .* needs 39 digits; polars' Decimal holds 38"):
        response.to_polars()
    lazy = response.to_polars(errors="coerce")
    assert lazy["trde_tern_rt"].to_list() == [Decimal("0.48"), None]
    assert response.to_polars(decimals="float")["trde_tern_rt"][1] == 1e36
    payload["stk_dt_pole_chart_qry"] = [row, {**row, "trde_qty": str(2**63)}]
    response = ENDPOINTS["ka10081"].response_model.model_validate(payload)
    for convert in (response.to_pandas, response.to_polars):
        with pytest.raises(ValueError, match=r"trde_qty, row 1: 9223372036854775808 is beyond Int64"):
            convert()
        assert convert(errors="coerce")["trde_qty"].to_list()[1] in (None, pd.NA)
