"""A condition search's answer read typed: the rows of CNSRREQ (keyed by FID number, as ka10172's answer sends them)
become `realtime.ConditionSearchRow`s whose attributes read each FID as the realtime types read it (kind, table,
scale of the spec), keeping the raw values and the FIDs the spec does not list; from the guide's examples, from the
simulator over loopback (every page), and through `kiwoom conditions`."""

from __future__ import annotations

import asyncio
import copy
import csv
import io
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from kiwoom_sdk import AsyncKiwoom, codes, realtime
from kiwoom_sdk._values import Price
from kiwoom_sdk.sim import running
from kiwoom_sdk.sim.websocket import CONDITION_ITEMS, CONDITION_PAGE

from generator.spec.loader import load_corpus
from generator.spec.model import Corpus
from tests.cli_support import cli_env, envelope, kiwoom

SPECS = Path(__file__).resolve().parent.parent / "specs"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(SPECS).corpus


def _example(corpus: Corpus, api_id: str, label: str | None = None) -> dict[str, Any]:
    [body] = [
        e.body for e in corpus.apis[api_id].examples if e.part == "response" and (label is None or e.label == label)
    ]
    assert isinstance(body, dict)
    return body


def test_the_guides_one_off_answer_reads_typed(corpus: Corpus) -> None:
    body = _example(corpus, "ka10172")
    sent = copy.deepcopy(body)
    rows = realtime.answer_rows(body)
    assert [type(row) for row in rows] == [realtime.ConditionSearchRow] * len(body["data"])
    row = rows[3]  # the example's one traded row: 75,000, down 100 (-0.13 %), 10,386,116 shares
    assert isinstance(row, realtime.ConditionSearchRow)
    assert (row.item_code, row.code, row.item_name) == ("A005930", "005930", "삼성전자")
    assert row.current_price == 75000 and isinstance(row.current_price, Price)
    assert row.change_sign is codes.PriceChangeSign.FALL
    assert row.change == -100
    assert row.change_rate == Decimal("-0.13")  # FID 12 at x1000 in this answer (ka10172's override)
    assert (row.cumulative_volume, row.open_price, row.high_price, row.low_price) == (10386116, 75100, 75600, 74700)
    assert row.values is body["data"][3] and row.unknown_values == {}  # the raw row, nothing unlisted
    assert body == sent  # reading leaves the answer as it came
    assert pickle.loads(pickle.dumps(row)).as_dict() == row.as_dict()
    assert set(row.as_dict()) == set(realtime.ConditionSearchRow.FIDS.values())


def test_a_realtime_searchs_answer_gives_its_codes_by_the_fid_they_are(corpus: Corpus) -> None:
    """ka10173 answers CNSRREQ with rows of jmcode only: the spec's 종목코드, FID 9001 of the row class."""
    body = _example(corpus, "ka10173", "조회데이터")
    rows = realtime.answer_rows(realtime.SystemMessage("CNSRREQ", 0, None, body))
    assert rows and all(isinstance(row, realtime.ConditionSearchRow) for row in rows)
    row = rows[0]
    assert isinstance(row, realtime.ConditionSearchRow)
    assert (row.item_code, row.code, row.current_price) == ("A005930", "005930", None)
    assert row.values["jmcode"] == "A005930" and row.unknown_values == {}
    assert body["data"][0] == {"jmcode": "A005930"}


def test_a_value_the_converter_cannot_read_stays_raw_and_unlisted_fids_stay() -> None:
    body = {"trnm": "CNSRREQ", "data": [{"9001": "A005930", "10": "12x", "12": "1.2.3", "13": "", "77777": "new"}]}
    [row] = realtime.answer_rows(body)
    assert isinstance(row, realtime.ConditionSearchRow)
    assert (row.current_price, row.change_rate, row.cumulative_volume) == ("12x", "1.2.3", None)
    assert row.unknown_values == {"77777": "new"}


def test_answers_that_are_no_condition_rows_are_refused() -> None:
    with pytest.raises(ValueError, match="REG"):
        realtime.answer_rows({"trnm": "REG", "data": []})
    with pytest.raises(ValueError, match="not a list of objects"):
        realtime.answer_rows({"trnm": "CNSRREQ", "data": [["A005930"]]})
    assert realtime.answer_rows({"trnm": "CNSRREQ", "return_code": 0}) == []


def test_item_codes_lose_only_a_market_letter() -> None:
    assert [realtime.bare_code(c) for c in ("A005930", "Q530036", "A005930_NX", "005930", "57JBHH", "001", "")] == [
        "005930",
        "530036",
        "005930_NX",
        "005930",
        "57JBHH",
        "001",
        "",
    ]


def test_a_sessions_answer_reads_typed_on_every_page() -> None:
    """Over loopback: CNSRREQ (search_type 0) answers in pages; each page's rows read typed, every item once."""

    async def main(sim: Any) -> list[realtime.SystemMessage]:
        async with (
            AsyncKiwoom(*sim.keys, base_url=sim.url, ws_url=sim.ws_url) as client,
            client.realtime() as live,
        ):
            message: dict[str, Any] = {"trnm": "CNSRREQ", "seq": "1", "search_type": "0", "stex_tp": "K"}
            pages: list[realtime.SystemMessage] = []
            while True:
                await live.send(message)
                async for event in live:
                    if isinstance(event, realtime.SystemMessage) and event.trnm == "CNSRREQ":
                        pages.append(event)
                        break
                if pages[-1].body.get("cont_yn") != "Y":
                    return pages
                message = {**message, "cont_yn": "Y", "next_key": pages[-1].body["next_key"]}

    with running(seed=71) as sim:
        pages = asyncio.run(asyncio.wait_for(main(sim), 30))
    assert len(pages) == -(-CONDITION_ITEMS // CONDITION_PAGE) > 1
    rows = [row for page in pages for row in realtime.ConditionSearchRow.rows(page)]
    assert len(rows) == CONDITION_ITEMS
    for row in rows:
        assert isinstance(row, realtime.ConditionSearchRow)
        assert row.code is not None and row.code.isdecimal() and row.item_code == "A" + row.code
        assert isinstance(row.current_price, Price) and row.current_price > 0
        assert isinstance(row.cumulative_volume, int) and isinstance(row.change_rate, Decimal)
        assert "." not in row.values["12"]  # written x1000 without a point, as ka10172's answer writes FID 12
        assert row.unknown_values == {}
    assert len({row.code for row in rows}) == CONDITION_ITEMS


def test_kiwoom_conditions_prints_typed_columns() -> None:
    with running(seed=72) as sim:
        found = kiwoom("conditions", "1", "--format", "json", sim=sim)
        table = kiwoom("conditions", "1", "--format", "csv", sim=sim)
        shown = kiwoom("conditions", "1", "--format", "table", env=cli_env(sim, COLUMNS="250"))
    assert found.returncode == 0, found.stderr
    items = envelope(found)["data"]["items"]
    assert len(items) == CONDITION_ITEMS
    for item in items:
        assert "9001" not in item and item["item_code"] == "A" + item["code"]
        assert isinstance(item["current_price"], int) and isinstance(item["cumulative_volume"], int)
        assert isinstance(item["change_rate"], str) and Decimal(item["change_rate"]) == Decimal(item["change_rate"])
        assert item["change_sign"] in {c.value for c in codes.PriceChangeSign}
    assert table.returncode == 0, table.stderr
    records = list(csv.DictReader(io.StringIO(table.stdout)))
    assert [r["code"] for r in records] == [item["code"] for item in items]
    assert [r["current_price"] for r in records] == [str(item["current_price"]) for item in items]
    assert shown.returncode == 0, shown.stderr
    assert "current_price" in shown.stdout and "change_rate" in shown.stdout and "9001" not in shown.stdout


def test_the_command_lines_row_keeps_what_it_cannot_read() -> None:
    from kiwoom_sdk.cli._output import answer_row

    [row] = realtime.answer_rows({"trnm": "CNSRREQ", "data": [{"9001": "A005930", "10": "12x", "77777": "new"}]})
    printed = answer_row(row)
    assert printed["code"] == "005930" and printed["current_price"] == "12x" and printed["77777"] == "new"


def test_the_list_of_conditions_reads_as_named_entries(corpus: Corpus) -> None:
    body = _example(corpus, "ka10171")
    entries = realtime.answer_entries(body)
    assert entries[0] == realtime.ConditionSearchListEntry("0", "조건1") and entries[0].name == "조건1"
    assert [e.seq for e in entries] == [str(n) for n in range(5)]
    us = realtime.answer_entries(_example(corpus, "usa20280"))
    assert isinstance(us[0], realtime.UsConditionSearchListEntry) and us[0]._asdict() == {"seq": "0", "name": "조건1"}
    with pytest.raises(ValueError, match="arrays of 2"):
        realtime.answer_entries({"trnm": "CNSRLST", "data": [["0"]]})


def test_the_us_answers_read_typed_by_the_fids_their_fields_are(corpus: Corpus) -> None:
    """usa20281 lists its rows' FIDs as fields named "9001", "10", ...: each reads as that FID with the field's
    declared kind and unit (USD decimals), its other member (stex_tp) by its table; usa20290's rows of jmcode and
    stexTp are the same members by their Korean names."""
    body = _example(corpus, "usa20281")
    [first, _] = realtime.UsConditionSearchRow.rows(body)
    assert (first.item_code, first.item_name, first.sub_industry) == ("GPUS", "하이퍼스케일 데이터", None)
    assert first.current_price == Decimal("0.1602") and first.change == Decimal("-0.0265")
    assert first.change_rate == Decimal("-14.19") and first.cumulative_volume == 70213118
    assert first.change_sign is codes.PriceChangeSign.FALL and first.stex_tp is codes.UsExchange.AMEX
    assert first.unknown_values == {} and not hasattr(first, "code")  # a US ticker has no market letter
    answer = _example(corpus, "usa20290", "조회데이터")
    rows = realtime.answer_rows({**answer, "data": [*answer["data"], {"jmcode": "NVDA", "stexTp": "NY"}]})
    assert [(r.item_code, r.stex_tp) for r in rows if isinstance(r, realtime.UsConditionSearchRow)][-2:] == [
        ("ALAB", codes.UsExchange.NASDAQ),
        ("NVDA", codes.UsExchange.NYSE),
    ]
