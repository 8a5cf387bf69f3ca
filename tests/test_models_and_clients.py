"""Decisions the generator makes for models and clients, and the generated clients in use
(everything short of the network, which the simulator tests cover)."""

from __future__ import annotations

import inspect
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from kiwoom_sdk import (
    ArgumentInvalid,
    AsyncKiwoom,
    Kiwoom,
    KiwoomError,
    MissingCredentials,
    RequestInvalid,
    codes,
    errors,
)
from kiwoom_sdk._core import Core
from kiwoom_sdk._endpoints import CREDENTIALS, ENDPOINTS
from kiwoom_sdk._values import Price
from kiwoom_sdk.models.domestic.ordr import Kt10000Request
from kiwoom_sdk.models.domestic.stkinfo import Ka10001Response

from generator.names import argument_type, field_attribute, group_attribute, group_class, models_module
from generator.spec.lint import lint
from generator.spec.model import Corpus
from generator.targets.library.clients import ArgumentView, MethodView, _mock_refused, group_views
from generator.targets.library.model_schema import model_schema

SPECS = Path(__file__).resolve().parent.parent / "specs"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return lint(SPECS).corpus


def test_python_names_of_wire_fields() -> None:
    assert field_attribute("stk_cd") == "stk_cd"
    assert field_attribute("250hgst") == "n250hgst"
    assert field_attribute("from") == "from_"


def test_argument_types_accept_numbers_where_digits_go() -> None:
    assert argument_type("int", None) == "int | str"
    assert argument_type("rate", None) == "Decimal | int | str"
    assert argument_type("code", "trade_type") == "codes.TradeType | str"
    assert argument_type("date", None) == "datetime.date | str"
    assert argument_type("price", None) == "Decimal | int | str"
    assert argument_type("text", None) == "str"


def test_groups_are_named_by_section_and_category() -> None:
    assert (group_attribute("domestic", "stkinfo"), group_class("domestic", "stkinfo")) == (
        "stkinfo",
        "DomesticStkinfo",
    )
    assert (group_attribute("us", "stkinfo"), group_class("us", "stkinfo")) == ("us_stkinfo", "UsStkinfo")
    assert (group_attribute("oauth", "oauth"), models_module("oauth", "oauth")) == ("oauth", "oauth")
    assert models_module("us", "acnt") == "us.acnt"


def test_the_model_schema_covers_every_http_tr(corpus: Corpus) -> None:
    schema = model_schema(corpus)
    defs = schema.document["$defs"]
    for api in corpus.http_apis():
        module = models_module(api.section, api.category)
        request = defs[f"{module}.{api.id[0].upper()}{api.id[1:]}Request"]
        # a field its spec fixes to one value is given that value by default, so not required of the caller
        assert request["required"] == [f.name for f in api.request if f.required and f.value.const is None]
        assert list(request["properties"]) == [f.name for f in api.request]
        for f in api.request:
            if f.value.const is not None:
                fixed = {"type": "string", "const": f.value.const, "default": f.value.const, "description": f.ko}
                assert request["properties"][f.name] == fixed
    kt10000 = defs["domestic.ordr.Kt10000Request"]["properties"]
    # each value checked by its kind: a type of the package (kiwoom_sdk._types, prices by their decimals)
    assert kt10000["stk_cd"] == {
        "type": "string",
        "customTypePath": "kiwoom_sdk._types.TextArgument",
        "description": "종목코드",
        "maxLength": 12,
    }
    assert kt10000["ord_qty"]["customTypePath"] == "kiwoom_sdk._types.WholeArgument"
    assert kt10000["ord_uv"]["customTypePath"] == "kiwoom_sdk._value_types.PriceArgument0"
    assert defs["us.ordr.Ust20000Request"]["properties"]["ord_uv"]["customTypePath"].endswith("PriceArgument4")
    # the code or "" for "not given": a type of the package, so datamodel-code-generator parses no union
    assert kt10000["trde_tp"] == {
        "type": "string",
        "customTypePath": "kiwoom_sdk._value_types.TradeTypeOrBlank",
        "description": "매매구분",
    }
    assert schema.aliases["250hgst"] == "n250hgst"
    assert ("price", 100) in schema.scales  # index levels written at 100x keep their direction
    assert ("decimal", 1000000) in schema.scales  # ELW Greeks without their decimal point


def test_optional_arguments_default_to_none() -> None:
    assert ArgumentView("ord_uv", "ord_uv", "int | str", False).declaration == "ord_uv: int | str | None = None"
    assert ArgumentView("stk_cd", "stk_cd", "str", True).declaration == "stk_cd: str"


def test_docstrings_cannot_break_out_of_their_quotes() -> None:
    method = MethodView("ka1", "alias", "KA1", "Ka1Response", [], False, ['say """hi""" \\ there'])
    compile(f'def f():\n    """{method.docstring}"""\n', "<doc>", "exec")


def test_every_http_tr_is_a_method_by_id_and_alias_on_both_clients(corpus: Corpus) -> None:
    apis = corpus.http_apis()
    assert len(apis) == len(ENDPOINTS) == 306
    for api in apis:
        for client in (Kiwoom, AsyncKiwoom):
            method = getattr(client, api.id)
            assert getattr(client, api.alias) is method
            assert inspect.iscoroutinefunction(method) is (client is AsyncKiwoom)
            assert api.name_ko in (method.__doc__ or "") and api.path in (method.__doc__ or "")
    for group in group_views(corpus):
        for client in (Kiwoom, AsyncKiwoom):
            bound = getattr(client(appkey="k", secretkey="s"), group.attribute)
            assert all(callable(getattr(bound, m.api_id)) for m in group.methods)


def test_production_is_never_the_default() -> None:
    client = Kiwoom(appkey="k", secretkey="s")
    assert client.config.env == "mock" and "mockapi" in client.config.base_url
    assert Kiwoom(appkey="k", secretkey="s", env="real").config.base_url == "https://api.kiwoom.com"
    with pytest.raises(ValueError, match="env='prod': must be one of 'mock', 'real'"):  # ArgumentInvalid
        Kiwoom(appkey="k", secretkey="s", env="prod")  # type: ignore[arg-type]


def test_missing_keys_are_refused_before_anything_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIWOOM_APPKEY", raising=False)
    monkeypatch.delenv("KIWOOM_SECRETKEY", raising=False)
    with Kiwoom(base_url="http://127.0.0.1:9") as client, pytest.raises(MissingCredentials, match="KIWOOM_APPKEY"):
        client.ka10001(stk_cd="005930")
    monkeypatch.setenv("KIWOOM_APPKEY", "from-env")
    assert Kiwoom(secretkey="s").config.appkey == "from-env"


def test_secrets_stay_out_of_reprs() -> None:
    client = Kiwoom(appkey="APPKEY-0123456789", secretkey="SECRET-0123456789")
    assert "0123456789" not in repr(client) and "SECRET" not in repr(client.config)


def test_every_model_with_a_credential_shows_it_as_an_ellipsis_in_its_repr() -> None:
    """The app key, secret key and token of the OAuth TRs (and any field the specs name so) never show in a repr or
    str of their request or answer; the value itself stays readable."""
    seen: set[str] = set()
    for endpoint in ENDPOINTS.values():
        for model in (endpoint.request_model, endpoint.response_model):
            names = CREDENTIALS & set(model.model_fields)
            if not names:
                continue
            secrets = {name: f"SECRET-{name}-0123456789" for name in names}
            others = {name: "x" for name, field in model.model_fields.items() if field.is_required()}
            made = model.model_validate({**others, **secrets})
            assert "0123456789" not in repr(made) and "0123456789" not in str(made), model.__name__
            assert {name: getattr(made, name) for name in names} == secrets
            seen |= names
    assert seen == CREDENTIALS == {"appkey", "secretkey", "token"}


@pytest.mark.parametrize(
    ("options", "refused"),
    [
        ({"base_url": "https://api.kiwoom.com"}, "base_url"),
        ({"base_url": "https://API.Kiwoom.com:443/"}, "base_url"),
        ({"ws_url": "wss://api.kiwoom.com:10000"}, "ws_url"),
        ({"env": "real", "base_url": "https://mockapi.kiwoom.com"}, "base_url"),
        ({"base_url": "https://api.kiwoom.com./"}, "base_url"),  # the same host, written fully qualified
        ({"ws_url": "wss://API.kiwoom.com.:10000"}, "ws_url"),
        ({"env": "real", "base_url": "https://mockapi.kiwoom.com."}, "base_url"),
    ],
)
def test_a_kiwoom_host_of_the_other_environment_is_refused(options: dict[str, Any], refused: str) -> None:
    with pytest.raises(ArgumentInvalid, match=f"^{refused}=.*Kiwoom's .* host while env is"):
        Kiwoom("k", "s", **options)


def test_the_websocket_url_follows_the_base_url_unless_given() -> None:
    def urls(**options: Any) -> tuple[str, str]:
        config = Kiwoom("k", "s", **options).config
        return config.base_url, config.ws_url

    assert urls(base_url="http://127.0.0.1:8000/") == ("http://127.0.0.1:8000", "ws://127.0.0.1:8000")
    assert urls(base_url="https://proxy.example:8443") == ("https://proxy.example:8443", "wss://proxy.example:8443")
    assert urls(base_url="http://127.0.0.1:8000", ws_url="ws://127.0.0.1:9") == (
        "http://127.0.0.1:8000",
        "ws://127.0.0.1:9",
    )
    assert urls(env="real", base_url="https://api.kiwoom.com") == (
        "https://api.kiwoom.com",
        "wss://api.kiwoom.com:10000",
    )
    assert urls() == ("https://mockapi.kiwoom.com", "wss://mockapi.kiwoom.com:10000")


@pytest.mark.parametrize("env", ["mock", "real"])
def test_a_websocket_url_without_its_base_url_is_refused_as_the_command_line_refuses_it(env: str) -> None:
    """The REST calls (the token's too) would go to Kiwoom's own host of the env and the token to another WebSocket
    host, maybe a server of the other environment: one rule (`_core.unpaired_websocket`) for the library, the
    command line and the MCP server."""
    for make in (Kiwoom, AsyncKiwoom):
        with pytest.raises(ArgumentInvalid, match=r"^ws_url=.*: ws_url is given but base_url is not: give both"):
            make("k", "s", env=env, ws_url="ws://127.0.0.1:9")  # type: ignore[arg-type]


def test_a_bad_request_is_refused_before_any_io_naming_tr_field_and_korean_name() -> None:
    client = Kiwoom(appkey="k", secretkey="s", base_url="http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(RequestInvalid) as caught:
        client.kt10000(dmst_stex_tp="KRX", stk_cd="005930", ord_qty=1, trde_tp="99")
    text = str(caught.value)
    assert "kt10000" in text and "trde_tp" in text and "매매구분" in text and "'99'" in text
    assert [p.rule for p in caught.value.problems] == ["code"]


def test_the_appkey_never_appears_in_a_validation_error() -> None:
    with pytest.raises(RequestInvalid) as caught:
        ENDPOINTS["au10001"].validate({"grant_type": "client_credentials", "appkey": ["SECRET"], "secretkey": 1})
    assert "SECRET" not in str(caught.value)


def test_a_field_its_spec_fixes_takes_that_value_alone_and_by_default(corpus: Corpus) -> None:
    """au10001's grant_type (`const` in its spec: the guide's 'client_credentials 입력', 8012 otherwise): the request
    model fills it in, refuses any other value naming the field and the value it takes, and the client methods take
    it as an argument that defaults to it."""
    fixed = str(next(f.value.const for f in corpus.apis["au10001"].request if f.name == "grant_type"))
    endpoint = ENDPOINTS["au10001"]
    assert endpoint.validate({"appkey": "k", "secretkey": "s"}) == {
        "grant_type": fixed,
        "appkey": "k",
        "secretkey": "s",
    }
    for other in ("password", "", f"{fixed} ", fixed.upper()):
        with pytest.raises(RequestInvalid) as caught:
            endpoint.validate({"grant_type": other, "appkey": "k", "secretkey": "s"})
        assert [(p.field, p.rule) for p in caught.value.problems] == [("grant_type", "const")]
        assert f"{other!r} is not {fixed!r}, the one value it takes" in str(caught.value)
    for method in (Kiwoom.au10001, AsyncKiwoom.au10001, Kiwoom.issue_token):
        parameter = inspect.signature(method).parameters["grant_type"]
        assert parameter.default == fixed and parameter.kind is inspect.Parameter.KEYWORD_ONLY


@pytest.mark.parametrize(
    ("body", "broken"),
    [
        ({"trde_tp": "00", "stk_cd": "AAPL", "ord_qty": "1"}, "ord_uv"),  # limit order without a price
        ({"trde_tp": "34", "stk_cd": "AAPL", "ord_qty": "1", "ord_uv": "1"}, "stop_pric"),
    ],
)
def test_conditional_rules_are_checked(body: dict[str, Any], broken: str) -> None:
    api = ENDPOINTS["ust20001"]
    required = {f: "1" for f in api.request_model.model_fields if api.request_model.model_fields[f].is_required()}
    with pytest.raises(RequestInvalid) as caught:
        api.validate({**required, "stex_tp": "ND", **body})
    assert [(p.field, p.rule) for p in caught.value.problems] == [(broken, "required_when")]


def test_requests_take_numbers_and_enums_and_send_digits() -> None:
    request = Kt10000Request.model_validate(
        {
            "dmst_stex_tp": codes.DomesticExchangeWithSor.KRX,
            "stk_cd": "005930",
            "ord_qty": 10,
            "trde_tp": "3",
            "ord_uv": Decimal(0),
        }
    )
    assert request.wire() == {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "10", "trde_tp": "3", "ord_uv": "0"}


def test_responses_are_typed_and_lossless() -> None:
    raw = {
        "stk_cd": "005930",
        "cur_prc": "-60700",
        "flu_rt": "+0.34",
        "250hgst": "+124000",
        "new_field": "x",
        "bps": "",
    }
    response = Ka10001Response.model_validate(raw)
    assert isinstance(response.cur_prc, Price) and response.cur_prc == 60700 and response.cur_prc.direction == -1
    assert response.flu_rt == Decimal("0.34") and response.n250hgst == 124000 and response.bps is None
    assert response.raw == raw and response.model_extra == {"new_field": "x"}
    assert response.model_dump(by_alias=True)["250hgst"] == 124000


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (
            200,
            b'{"return_code": 3, "return_msg": "[8005:Token\\uc774 \\uc720\\ud6a8\\ud558\\uc9c0 \\uc54a\\uc2b5\\ub2c8\\ub2e4]"}',
            errors.TokenInvalid,
        ),
        (401, b'{"return_code": 8005, "return_msg": "Token invalid"}', errors.TokenInvalid),
        (200, b'{"return_code": 1700, "return_msg": "too many"}', errors.ApiRateLimitExceeded),
        (429, b"", errors.RateLimitError),
        (502, b"<html>bad gateway</html>", errors.ServerError),
        (200, b'{"return_code": 9999, "return_msg": "a code the guide does not list"}', KiwoomError),
    ],
)
def test_answers_map_to_the_generated_error_classes(status: int, body: bytes, expected: type[KiwoomError]) -> None:
    core = Core(Kiwoom(appkey="k", secretkey="s").config)
    with pytest.raises(expected) as caught:
        core.incoming(ENDPOINTS["ka10001"], status, {}, body)
    assert caught.value.api_id == "ka10001" and "ka10001" in str(caught.value)
    assert type(caught.value) is expected or expected in (errors.RateLimitError, errors.ServerError)


def test_a_blank_code_is_not_given_and_a_code_is_sent_as_its_value() -> None:
    body = {"strt_dt": "20260601", "end_dt": "20260613", "slby_tp": "", "stex_tp": codes.UsExchange.NYSE}
    assert ENDPOINTS["ust21180"].validate(body) == {**body, "stex_tp": "NY"}
    required = {"dt": "20250101", "stk_cd": "005930", "amt_qty_tp": "", "trde_tp": "0", "unit_tp": "1000"}
    with pytest.raises(RequestInvalid) as caught:  # a required code is not blank
        ENDPOINTS["ka10060"].validate(required)
    assert [(p.field, p.rule) for p in caught.value.problems] == [("amt_qty_tp", "required")]


def test_each_tr_methods_docstring_gives_units_formats_errors_and_source(corpus: Corpus) -> None:
    """help(client.kt10000): the unit of each argument that has one (or the switch it follows), each format, the
    errors it raises and where it comes from (the guide workbook and sheet); a model field's description its unit."""
    for api in corpus.http_apis():
        doc = getattr(Kiwoom, api.id).__doc__ or ""
        args, _, rest = doc.partition("Returns:")
        for f in api.request:
            line = next(line for line in args.splitlines() if line.strip().startswith(f"{field_attribute(f.name)}: "))
            for detail in (f.value.unit, f.value.format, f.unit_by and f.unit_by.field):
                assert not detail or detail in line, (api.id, line, detail)
        raises = rest.partition("Raises:")[2]
        assert "RequestInvalid" in raises and "KiwoomError" in raises, api.id
        assert ("OrderStateUnknown" in raises and "errors.OrderRefused" in raises) is api.order, api.id
        assert ("MockUnsupported" in raises) is (not api.mock_supported or bool(_mock_refused(api, corpus))), api.id
        assert f"guide workbook {api.source['workbook']}, sheet {api.source['sheet']}" in doc, api.id
    assert Ka10001Response.model_fields["mac"].description == "시가총액 · KRW_100million"
