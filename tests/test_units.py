"""Unit tests of the importer's parsers, the YAML emitter and the kind rules."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.guide.describe import describe, parse_codes
from generator.guide.examples import ExampleError, parse_examples
from generator.guide.workbook import split_element
from generator.spec import yamlio
from generator.spec.kinds import infer_kind, matches
from generator.spec.model import KindRule, Loc, ReviewedKind

from .conftest import SPECS


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("0:보통 , 3:시장가 , 5:조건부지정가", [("0", "보통"), ("3", "시장가"), ("5", "조건부지정가")]),
        ("1:매도, 2:매수", [("1", "매도"), ("2", "매수")]),
        ("%:(전체), KRX, NXT, SOR", [("%", "(전체)"), ("KRX", "KRX"), ("NXT", "NXT"), ("SOR", "SOR")]),
        ("1:KRX, 2:NXT 3.통합", [("1", "KRX"), ("2", "NXT"), ("3", "통합")]),
        ("0 : 장시작전 알림(8:40~),\n3 : 장시작(09:00)", [("0", "장시작전 알림(8:40~)"), ("3", "장시작(09:00)")]),
        ("K:KRX", [("K", "KRX")]),
        ("단위: 원", []),
        ("YYYYMMDD", []),
        ("통합,KRX,NXT", []),
        ("1:매도, 1:매수", []),
    ],
)
def test_code_tables_are_read_from_descriptions(text: str, codes: list[tuple[str, str]]) -> None:
    assert parse_codes(text) == codes


def test_units_formats_and_numbers_are_read_from_descriptions() -> None:
    price = describe("단위: 원, 좌측 0-padding 처리된 부호 포함 12자리 숫자")
    assert (price.unit, price.signed, price.digits) == ("KRW", True, 12)
    rate = describe("단위: %, 부호 포함 소수점 둘째 자리까지 포맷된 백분율")
    assert (rate.unit, rate.signed, rate.decimals) == ("percent", True, 2)
    assert describe("YYYYMMDD").format == "YYYYMMDD"
    assert describe("HHmmss").format == "HHMMSS"
    assert describe("YYYYMMDDHHmmss").format == "YYYYMMDDHHMMSS"
    assert describe("CNSRLST 고정값").const == "CNSRLST"
    assert describe("소수점 제거 된 100배 값으로 제공").scale == 100
    assert describe("조건검색은 영웅문4에서").leftover


def test_examples_with_guide_defects_are_repaired() -> None:
    [missing] = parse_examples('{\n    "ord_no" : "00024"\n    "return_code":0\n}')
    assert missing.body == {"ord_no": "00024", "return_code": 0}
    assert missing.repairs == ["missing_comma"]
    first, second = parse_examples(
        "#요청\n{\n    'trnm': 'REG',\n    'return_code': 0\n}\n\n#실시간 수신\n{'trnm': 'REAL'}"
    )
    assert (first.label, first.body, first.repairs) == ("요청", {"trnm": "REG", "return_code": 0}, ["single_quotes"])
    assert (second.label, second.body) == ("실시간 수신", {"trnm": "REAL"})
    [trailing] = parse_examples('{"a": [1, 2,],}')
    assert trailing.body == {"a": [1, 2]}
    [bare] = parse_examples('{\n    list: [\n        {"a": "1"}\n    ]\n}')
    assert bare.body == {"list": [{"a": "1"}]} and bare.repairs == ["unquoted_key"]
    assert parse_examples("") == []
    with pytest.raises(ExampleError):
        parse_examples("{ not json at all ::: }")


def test_elements_give_their_nesting_depth() -> None:
    assert split_element("stk_cd") == (0, "stk_cd")
    assert split_element("- cur_prc") == (1, "cur_prc")
    assert split_element("- - 9201") == (2, "9201")


json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(min_size=1, max_size=10), children, max_size=4)
    ),
    max_leaves=25,
)


@given(st.dictionaries(st.text(min_size=1, max_size=12), json_like, max_size=6))
def test_dump_then_load_is_identity(data: dict[str, Any]) -> None:
    text = yamlio.dump(data)
    assert yaml.safe_load(text) == (data or {}) or (data == {} and yaml.safe_load(text) is None)


def test_ambiguous_strings_are_quoted() -> None:
    text = yamlio.dump({"a": ["005930", "Y", "N", "no", "1e3", "+600", "-0.24", "null", "x[].y"]})
    assert text == 'a: ["005930", "Y", "N", "no", "1e3", "+600", "-0.24", "null", "x[].y"]\n'


def test_loader_keeps_lines_and_refuses_duplicate_keys(tmp_path: Any) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\nb:\n  - c: 2\n    d: 3\n", encoding="utf-8")
    data = yamlio.load(path)
    assert data.lines == {"a": 1, "b": 2}
    assert data["b"][0].lines == {"c": 3, "d": 4}
    path.write_text("a: 1\nb: 2\na: 3\n", encoding="utf-8")
    with pytest.raises(yamlio.SpecSyntaxError, match="duplicate key 'a' \\(first at line 1\\)"):
        yamlio.load(path)


RULES = [
    KindRule("code-table", {"has": ["enum"]}, "code", Loc(SPECS, 1), derived=True),
    KindRule("price-name", {"ko_suffix": ["가", "현재가"], "ko_excludes": ["대비"]}, "price", Loc(SPECS, 2)),
    KindRule("change-name", {"ko_contains": ["대비"]}, "signed_int", Loc(SPECS, 3)),
    KindRule("digit-examples", {"examples": "^\\d+$"}, "int", Loc(SPECS, 4)),
    KindRule("default-text", {}, "text", Loc(SPECS, 5)),
]


def test_kind_rules_apply_in_order() -> None:
    assert infer_kind({"ko": "현재가", "enum": "x"}, [], RULES) == ("code", "derived", "code-table")
    assert infer_kind({"ko": "현재가"}, [], RULES) == ("price", "inferred", "price-name")
    assert infer_kind({"ko": "전일대비"}, [], RULES) == ("signed_int", "inferred", "change-name")
    assert infer_kind({"ko": "건수"}, ["12", "0003"], RULES) == ("int", "inferred", "digit-examples")
    assert infer_kind({"ko": "건수"}, ["12", "N"], RULES) == ("text", "inferred", "default-text")
    assert infer_kind({"ko": "x", "fields": [{}]}, [], RULES) == ("list", "derived", "nested-group")


def test_a_review_beats_every_inference_but_not_a_code_table() -> None:
    reviewed = {("cur_prc", "현재가"): ReviewedKind("cur_prc", "현재가", "decimal", Loc(SPECS, 1))}
    assert infer_kind({"name": "cur_prc", "ko": "현재 가"}, [], RULES, reviewed) == ("decimal", "reviewed", None)
    assert infer_kind({"name": "cur_prc", "ko": "종가"}, [], RULES, reviewed) == ("price", "inferred", "price-name")
    assert infer_kind({"name": "cur_prc", "ko": "현재가", "enum": "x"}, [], RULES, reviewed)[:2] == ("code", "derived")


def test_example_condition_needs_a_value() -> None:
    assert not matches({"examples": "^Y|N$"}, {"ko": "여부"}, ["", " "])
    assert matches({"examples": "^[YN]$"}, {"ko": "여부"}, ["Y", "N", ""])
