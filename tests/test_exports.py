"""The OpenAPI and AsyncAPI exports (generated/openapi.json, openapi-tools.json, asyncapi.yaml): valid by
third-party validators (openapi-spec-validator; AsyncAPI's official JSON Schema from @asyncapi/specs, installed by
`make setup` into tests/npm), complete against the specs, true to the answers recorded from Kiwoom's servers, and
refusing what they cannot say."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator.names import model_class
from generator.spec.loader import load_corpus
from generator.spec.model import Corpus, walk
from generator.targets import asyncapi, openapi
from generator.targets.wire_schema import Unexpressible
from tests.conftest import ROOT, SPECS, copy_spec_files

GENERATED = ROOT / "generated"
ASYNCAPI_SCHEMA = ROOT / "tests/npm/node_modules/@asyncapi/specs/schemas/3.0.0-without-$id.json"


@functools.cache
def corpus() -> Corpus:
    return load_corpus(SPECS).corpus


@functools.cache
def document(name: str) -> dict[str, Any]:
    text = (GENERATED / name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.load(text, Loader=yaml.CSafeLoader) if name.endswith(".yaml") else json.loads(text)
    return loaded


def refs(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        if isinstance(value.get("$ref"), str):
            yield value["$ref"]
        for item in value.values():
            yield from refs(item)
    elif isinstance(value, list):
        for item in value:
            yield from refs(item)


def resolve(doc: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def schema_validator(doc: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator of one schema of a document, its references resolved inside the document."""
    return jsonschema.Draft202012Validator({**schema, "components": doc["components"]})


# ---- OpenAPI -------------------------------------------------------------------------------------------------


def _openapi_problem(name: str) -> str:
    """openapi-spec-validator's verdict on a document of generated/ ('' when it is valid)."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(json.loads((GENERATED / name).read_text(encoding="utf-8")))
    except OpenAPIValidationError as error:
        return f"{name}: {error}"
    return ""


def test_openapi_documents_validate() -> None:
    from concurrent.futures import ProcessPoolExecutor

    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    assert all(document(name)["openapi"] == "3.1.0" for name in (openapi.FAITHFUL, openapi.TOOLS))
    with ProcessPoolExecutor(max_workers=2) as pool:  # a document takes the validator 10-20 s: both at once
        assert list(pool.map(_openapi_problem, [openapi.FAITHFUL, openapi.TOOLS])) == ["", ""]
    broken = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"post": {"responses": []}}}}
    with pytest.raises(OpenAPIValidationError):  # the validator does look
        validate(broken)


def test_every_http_tr_is_one_operation_of_the_tools_document() -> None:
    apis = corpus().http_apis()
    operations = [op["post"] for op in document(openapi.TOOLS)["paths"].values()]
    assert len(operations) == len(apis) == 306
    assert sorted(op["operationId"] for op in operations) == [api.id for api in apis]
    by_id = {op["operationId"]: op for op in operations}
    for api in apis:
        operation = by_id[api.id]
        assert operation["x-kiwoom-path"] == api.path
        [header] = [p for p in operation["parameters"] if p["name"] == "api-id"]
        # an enum of one that is its default, not a const: openapi-python-client refuses a Literal in a header (and
        # generated none of the 306 operations); with the default, a generated client sends the api-id unasked
        assert header["schema"] == {"type": "string", "enum": [api.id], "default": api.id} and header["required"]
        assert ("cont-yn" in {p["name"] for p in operation["parameters"]}) == api.paging
        assert operation["security"] == ([] if api.category == "oauth" else [{"bearer": []}])


def test_the_faithful_document_serves_every_tr_on_its_real_url() -> None:
    doc = document(openapi.FAITHFUL)
    served = {
        api_id: url
        for url, item in doc["paths"].items()
        for api_id in next(p for p in item["post"]["parameters"] if p["name"] == "api-id")["schema"]["enum"]
    }
    assert served == {api.id: api.path for api in corpus().http_apis()}
    for item in doc["paths"].values():
        operation = item["post"]
        body = operation["requestBody"]["content"]["application/json;charset=UTF-8"]["schema"]
        assert [r["$ref"] for r in body.get("anyOf", [body])] == [
            m["request"] for m in operation["x-kiwoom-api-ids"].values()
        ]
    assert {s["url"] for s in doc["servers"]} == {"https://api.kiwoom.com", "https://mockapi.kiwoom.com"}


def test_fields_keep_their_spec_attributes() -> None:
    schemas = document(openapi.TOOLS)["components"]["schemas"]
    request = schemas["Kt10000Request"]
    assert request["additionalProperties"] is False
    assert set(request["required"]) >= {"dmst_stex_tp", "stk_cd", "ord_qty", "trde_tp"}
    assert request["properties"]["trde_tp"]["$ref"] == "#/components/schemas/TradeType"
    assert request["properties"]["ord_uv"]["x-kiwoom-grid"] == ["stock", "fund"]
    assert {rule["field"] for rule in request["x-kiwoom-rules"]} >= {"ord_qty", "ord_uv"}
    trade_type = schemas["TradeType"]
    assert len(trade_type["enum"]) == len(trade_type["x-enum-descriptions"]) == len(trade_type["x-enum-varnames"])
    answer = schemas["Ka10001Response"]["properties"]
    assert answer["oyr_lwst"]["$ref"] == "#/components/schemas/PriceValue"
    assert answer["cap"]["x-kiwoom-unit"] == "KRW_100million"
    assert answer["crd_rt"]["x-kiwoom-decimals"] == 2 and answer["crd_rt"]["maxLength"] == 20
    assert "시가총액" in answer["mac"]["description"]
    # every field of every TR is there, nested ones included
    for api in corpus().http_apis():
        body = schemas[model_class(api.id, "Response")]
        names = json.dumps(body)
        assert all(f'"{f.name}"' in names for f in walk(api.response)), api.id
        assert set(schemas[model_class(api.id, "Request")]["properties"]) == {f.name for f in api.request}


def test_request_schemas_say_the_rules() -> None:
    doc = document(openapi.TOOLS)
    check = schema_validator(doc, doc["components"]["schemas"]["Kt10000Request"])
    order = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": "1", "trde_tp": "0", "ord_uv": "70000"}
    assert check.is_valid(order)
    assert not check.is_valid({**order, "ord_uv": ""})  # a limit order needs a price
    assert not check.is_valid({**order, "trde_tp": "3"})  # a market order takes none
    assert check.is_valid({**order, "trde_tp": "3", "ord_uv": ""})
    assert not check.is_valid({**order, "ord_qty": "0"})  # at least one share
    assert not check.is_valid({**order, "ord_qty": "1.5"})
    assert not check.is_valid({**order, "surprise": "1"})
    dated = schema_validator(doc, doc["components"]["schemas"]["Ka10081Request"])
    base = {"stk_cd": "005930", "upd_stkpc_tp": "1"}
    assert dated.is_valid({**base, "base_dt": "20240229"})
    assert not dated.is_valid({**base, "base_dt": "20230229"})  # no such day
    assert not dated.is_valid({**base, "base_dt": ""})  # required


def test_recorded_answers_fit_the_documents() -> None:
    """What Kiwoom's servers sent (specs/recorded) is what the documents describe."""
    rest, frames = 0, 0
    tools = document(openapi.TOOLS)
    schemas = tools["components"]["schemas"]
    events = document(asyncapi.FILE)
    messages = events["components"]["messages"]
    for path in sorted((SPECS / "recorded").glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        payload = case["payload"]
        if case["kind"] == "rest_response":
            schema = schemas[model_class(case["api_id"], "Response")]
            errors = list(schema_validator(tools, schema).iter_errors(payload))
            rest += 1
        elif case["kind"] == "rest_error":
            errors = list(schema_validator(tools, schemas["KiwoomError"]).iter_errors(payload))
            rest += 1
        else:
            trnm = payload["trnm"]
            if trnm == "REAL":
                names = [real_message(events, entry["type"]) for entry in payload["data"]]
            else:
                names = {"LOGIN": ["loginAnswer" if payload.get("return_code") == 0 else "loginRefused"]}.get(
                    trnm, [trnm.lower()] if trnm.lower() in messages else [f"{case['api_id'].lower()}Answer"]
                )
            errors = []
            for name in names:
                if name not in messages:  # CNSRLST: its TR's answer
                    name = next(n for n, m in messages.items() if m["title"].startswith(f"{trnm} answer"))
                checker = jsonschema.Draft7Validator({**messages[name]["payload"], "components": events["components"]})
                errors += list(checker.iter_errors(payload))
            frames += 1
        assert not errors, f"{path.name}: {[e.message for e in errors][:3]}"
    assert rest >= 15 and frames >= 8


# ---- AsyncAPI ------------------------------------------------------------------------------------------------


def test_asyncapi_document_validates_against_the_official_schema() -> None:
    if not ASYNCAPI_SCHEMA.is_file():
        pytest.fail(f"{ASYNCAPI_SCHEMA} missing: `make setup` installs @asyncapi/specs (npm ci in tests/npm)")
    schema = json.loads(ASYNCAPI_SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "AsyncAPI 3.0.0 schema."
    assert (
        json.loads((ROOT / "tests/npm/node_modules/@asyncapi/specs/package.json").read_text())["license"]
        == "Apache-2.0"
    )
    validator = jsonschema.Draft7Validator(schema)
    doc = document(asyncapi.FILE)
    assert [e.message for e in validator.iter_errors(doc)] == []
    broken = json.loads(json.dumps(doc))
    broken["operations"]["domestic.login"]["action"] = "shout"
    assert list(validator.iter_errors(broken))  # the schema does look


@pytest.mark.parametrize("name", [openapi.FAITHFUL, openapi.TOOLS, asyncapi.FILE])
def test_every_reference_resolves(name: str) -> None:
    doc = document(name)
    for ref in set(refs(doc)):
        resolve(doc, ref)
    packaged = (GENERATED / "kiwoom_sdk" / name).read_text(encoding="utf-8")
    assert packaged == (GENERATED / name).read_text(encoding="utf-8")


def real_message(doc: dict[str, Any], type_id: str) -> str:
    """The REAL message of a realtime type (its x-kiwoom-realtime-type)."""
    messages = doc["components"]["messages"]
    (name,) = [str(name) for name, message in messages.items() if message.get("x-kiwoom-realtime-type") == type_id]
    return name


def realtime_entry(doc: dict[str, Any], type_id: str) -> dict[str, Any]:
    """The schema of a REAL entry of one realtime type (the first its message allows), which every REAL message of
    its endpoint may carry."""
    data = doc["components"]["messages"][real_message(doc, type_id)]["payload"]["properties"]["data"]
    entry: dict[str, Any] = resolve(doc, data["items"]["anyOf"][0]["$ref"])
    return entry


def test_every_realtime_type_is_a_message_with_its_fids() -> None:
    c = corpus()
    doc = document(asyncapi.FILE)
    messages = doc["components"]["messages"]
    realtime = [a for a in c.apis.values() if a.protocol == "realtime"]
    assert len(realtime) == 23
    sources = c.realtime_sources()
    names = {type_id: asyncapi.real_message(api.alias) for api, type_id, _ in sources}
    assert set(names.values()) == {n for n in messages if n.startswith("real")}
    for api, type_id, fields in sources:
        assert real_message(doc, type_id) == names[type_id]
        data = messages[names[type_id]]["payload"]["properties"]["data"]
        assert data["contains"]["properties"]["type"] == {"const": type_id}
        assert data["items"]["anyOf"][0] == {"$ref": f"{asyncapi.REFS}{asyncapi.entry_schema(api.alias)}"}
        entry = realtime_entry(doc, type_id)["properties"]
        assert entry["type"]["const"] == type_id
        values = entry["values"]["properties"]
        fids = [ref.fid for f in walk(fields) for ref in f.fids]
        assert list(values) == [str(fid) for fid in fids], type_id
        assert all(values[str(fid)]["title"] == c.fids[fid].name for fid in fids)
        channel = doc["channels"]["domestic" if api.section == "domestic" else "us"]
        assert names[type_id] in channel["messages"]
    price = realtime_entry(doc, "0B")["properties"]["values"]["properties"]["10"]
    assert price["title"] == "current_price" and price["allOf"] == [{"$ref": "#/components/schemas/PriceValue"}]


def test_protocol_and_condition_search_messages() -> None:
    doc = document(asyncapi.FILE)
    messages = doc["components"]["messages"]
    protocol = ("login", "loginAnswer", "loginRefused", "ping", "system", "regAnswer", "removeAnswer", "error")
    for name in (*protocol, "regDomestic", "removeDomestic", "regUs", "removeUs"):
        assert name in messages
    trnms = {m["payload"]["properties"]["trnm"].get("const") for m in messages.values()}
    assert {"LOGIN", "PING", "SYSTEM", "REG", "REMOVE", "REAL", "CNSRLST", "CNSRREQ", "CNSRCLR"} <= trnms
    assert {"GCNSRLST", "GCNSRREQ", "GCNSRCLR"} <= trnms
    websocket = [a.id for a in corpus().apis.values() if a.protocol == "websocket"]
    assert len(websocket) == 8
    for api_id in websocket:
        assert {f"{api_id}Request", f"{api_id}Answer"} <= set(messages)
    assert set(doc["channels"]) == {"domestic", "us"}
    assert doc["channels"]["us"]["address"] == "/api/us/websocket"
    reply = doc["operations"]["domestic.login"]["reply"]["messages"]
    assert reply == [
        {"$ref": "#/channels/domestic/messages/loginAnswer"},
        {"$ref": "#/channels/domestic/messages/loginRefused"},
    ]


def server_messages(doc: dict[str, Any], section: str) -> list[str]:
    """The messages a server may send on a channel, as an AsyncAPI tool reads them: those of the channel's receive
    operations and the replies of its send operations."""
    names: list[str] = []
    for operation in doc["operations"].values():
        if operation["channel"]["$ref"] != f"#/channels/{section}":
            continue
        refs = (
            operation["messages"]
            if operation["action"] == "receive"
            else operation.get("reply", {}).get("messages", [])
        )
        names += [ref["$ref"].rsplit("/", 1)[1] for ref in refs if ref["$ref"].rsplit("/", 1)[1] not in names]
    return names


def fitting(doc: dict[str, Any], section: str, frame: Any) -> set[str]:
    """The messages of a channel that a frame from the server fits: what a consumer without the package's own
    dispatch learns of it (the channel's messages resolved from the document)."""
    messages = doc["components"]["messages"]
    return {
        name
        for name in server_messages(doc, section)
        if not list(
            jsonschema.Draft7Validator({**messages[name]["payload"], "components": doc["components"]}).iter_errors(
                frame
            )
        )
    }


def test_a_frame_fits_the_messages_it_is_and_no_other() -> None:
    """A consumer that matches a frame against its channel's messages learns what it is: each frame recorded from
    Kiwoom fits its own message (a refused LOGIN is an error answer too); a REAL frame carrying entries of two types
    fits both types' messages, as one frame may; a frame that is none of them (no trnm, no entries, a type of the
    other endpoint, a value of the wrong shape) fits none."""
    doc = document(asyncapi.FILE)
    recorded = {
        path.name[:3]: json.loads(path.read_text(encoding="utf-8"))["payload"]
        for path in (SPECS / "recorded").glob("*.json")
    }
    expected = {
        "024": {"loginAnswer"},
        "026": {"system"},
        "027": {"loginRefused", "error"},
        "029": {"ping"},
        "031": {real_message(doc, "0B")},
        "032": {real_message(doc, "0F")},
        "033": {real_message(doc, "0w")},
        "035": {real_message(doc, "0D")},
        "036": {real_message(doc, "0J")},
        "039": {"ka10171Answer"},
    }
    assert {number: fitting(doc, "domestic", recorded[number]) for number in expected} == expected
    trade, book = recorded["031"], recorded["035"]
    mixed = {"trnm": "REAL", "data": [*trade["data"], *book["data"]]}
    assert fitting(doc, "domestic", mixed) == {real_message(doc, "0B"), real_message(doc, "0D")}
    entry = trade["data"][0]
    broken = {**entry, "values": {**entry["values"], "10": "ten"}}
    us_entry = {"type": "FE", "name": "해외주식체결", "item": "AAPL", "values": {}}
    for frame in (
        {"hello": 1},
        {"trnm": "REAL"},
        {"trnm": "REAL", "data": []},
        {"trnm": "REAL", "data": [{"item": "005930", "values": {}}]},
        {"trnm": "REAL", "data": [us_entry]},
        {"trnm": "REAL", "data": [broken]},
        {"trnm": "REAL", "data": [broken, *book["data"]]},
        {"data": trade["data"]},
        {"trnm": "REAL", "data": [{"type": "0B", "name": "주식체결", "item": "005930"}]},  # broken: no values
    ):
        assert fitting(doc, "domestic", frame) == set(), frame
    # an error answer to a condition search is the error message, not the search's answer
    refused = {"trnm": "CNSRREQ", "return_code": 1517, "return_msg": "입력 값 형식이 올바르지 않습니다. 파라미터=seq"}
    assert fitting(doc, "domestic", refused) == {"error"}


def _names(name: str) -> Iterator[tuple[str, list[str]]]:
    """The names a document defines that code generators make into identifiers and file names."""
    doc = document(name)
    yield "schemas", list(doc["components"]["schemas"])
    if name == asyncapi.FILE:
        yield "messages", list(doc["components"]["messages"])
        yield "operations", list(doc["operations"])
        for channel, item in doc["channels"].items():
            yield f"channel {channel}", list(item["messages"])
    else:
        yield "operationIds", [item["post"]["operationId"] for item in doc["paths"].values()]
        yield "tags", [t["name"] for t in doc["tags"]]


@pytest.mark.parametrize("name", [openapi.FAITHFUL, openapi.TOOLS, asyncapi.FILE])
def test_no_two_names_differ_by_case_alone(name: str) -> None:
    """Generators write a file per schema, message or operation: on a file system that ignores case (macOS,
    Windows) two names that differ by case alone (the realtime types 0G and 0g) would overwrite each other."""
    for part, names in _names(name):
        folded: dict[str, list[str]] = {}
        for each in names:
            folded.setdefault(each.casefold(), []).append(each)
        assert [same for same in folded.values() if len(same) > 1] == [], (name, part)


def _objects(schema: Any) -> Iterator[dict[str, Any]]:
    """The object schemas written out in a schema (a reference is where it points)."""
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            yield schema
        for value in schema.values():
            yield from _objects(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _objects(value)


def titles(doc: dict[str, Any]) -> list[str | None]:
    """The title of every object schema of the AsyncAPI document's messages and shared schemas, None where none."""
    parts = [m["payload"] for m in doc["components"]["messages"].values()] + list(doc["components"]["schemas"].values())
    return [obj.get("title") for part in parts for obj in _objects(part)]


def test_every_object_of_the_asyncapi_document_has_a_name_of_its_own() -> None:
    """Model generators (AsyncAPI Modelina) name a class by its schema's title: without one they number it
    (AnonymousSchema69, another number with the next version of the document), and two titles alike but for case
    would overwrite each other's files where case is ignored."""
    named = titles(document(asyncapi.FILE))
    assert None not in named
    folded = [str(title).casefold() for title in named]
    assert sorted({t for t in folded if folded.count(t) > 1}) == []
    assert {"LoginAnswer", "RealStockTrade", "StockTradeEntry", "StockTradeEntryValues", "Ka10172AnswerDataItem"} <= {
        str(title) for title in named
    }


# ---- refusals ------------------------------------------------------------------------------------------------


def test_a_construct_the_export_cannot_say_stops_the_build(mini_specs: Path) -> None:
    """Two realtime types whose REG requests differ: AsyncAPI has one REG message, which cannot be both."""
    from generator.build import produce
    from generator.spec.lint import lint

    copy_spec_files(mini_specs, ["domestic/realtime/0B-stock_trade.yaml"])
    path = mini_specs / "domestic/realtime/0B-stock_trade.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "  - name: grp_no\n    ko: 그룹번호\n    required: true",
            "  - name: grp_no\n    ko: 그룹번호\n    required: false",
            1,
        ),
        encoding="utf-8",
    )
    assert lint(mini_specs).problems == []  # a valid spec set
    files, problems = produce(mini_specs)
    assert files is None
    other = mini_specs / "domestic/realtime/0s-market_session_time.yaml"
    assert [
        p for p in problems if "asyncapi: REG request of 0s that differs from 0B's" in p and p.startswith(f"{other}:")
    ], problems


def test_the_exporters_name_the_spec_and_the_construct(mini_specs: Path) -> None:
    c = load_corpus(mini_specs).corpus
    field = next(f for f in c.apis["kt10000"].response if f.name == "ord_no")
    field.value.format = "YYYY-MM"
    with pytest.raises(Unexpressible) as refused:
        openapi.documents(c, "0", "guide")
    message = "openapi: format 'YYYY-MM' of field 'ord_no' (no pattern for it): cannot be expressed in the export"
    assert str(refused.value) == f"{field.loc}: {message}"
    c = load_corpus(mini_specs).corpus
    realtime = c.apis["0s"]
    ref = next(r for f in walk(realtime.response) for r in f.fids if not r.overrides and not c.fids[r.fid].enum)
    c.fids[ref.fid].kind = "colour"
    with pytest.raises(Unexpressible) as refused:
        asyncapi.document(c, "0", "guide")
    assert f"{ref.loc}: asyncapi: value kind 'colour' of FID {ref.fid}" in str(refused.value)


def test_blank_is_what_the_package_strips() -> None:
    """A required value may not be blank as the package and the simulator read it (str.strip()); JSON Schema's \\s
    is not that set, so the documents spell it out."""
    import re

    from generator.targets.wire_schema import BLANK, NOT_BLANK

    spaces = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert re.fullmatch(BLANK, spaces) and not any(re.search(NOT_BLANK, c) for c in spaces)
    assert all(re.search(NOT_BLANK, c) for c in "a0\x1b\u200b가")


TEXTS = [
    "005930",
    "A 005930",
    "005930 ",
    " 005930",
    "\u3000가",
    "005930\n",
    "\t",
    "x\x00y",
    "x\x85",
    "",
    "   ",
    "\u2028",
    "0059\u200b30",
    "\ufeff005930",
    "00\u202e5930",
    "005\u00ad930",
    "005930\u2060",
    "\uff10\uff10\uff15\uff19\uff13\uff10",  # full-width digits
    "\u0660\u0660\u0665\u0669\u0663\u0660",  # Arabic-Indic digits
    "00593\u00b2",  # a superscript two
    "005930\u2460",  # a circled one
    "\uc0bc\uc131",  # Korean text without digits: fits
]


def test_the_documents_foreign_digits_are_every_digit_python_takes_beyond_0_9() -> None:
    """The documents refuse in request text the digits the package refuses (`kiwoom_sdk._digits`), those of the Basic
    Multilingual Plane written out: every character str.isdigit takes there but 0-9, and no other."""
    import re

    from generator.targets.wire_schema import FOREIGN_DIGITS

    taken = {chr(c) for c in range(0x10000) if chr(c).isdigit() and not chr(c).isascii()}
    written = {chr(c) for c in range(0x10000) if re.fullmatch(f"[{FOREIGN_DIGITS}]", chr(c))}
    assert written == taken


@pytest.mark.parametrize("text", TEXTS)
def test_a_request_text_fits_the_documents_as_it_fits_the_package(text: str) -> None:
    """The documents' pattern of request text is the package's TextArgument: a value fits both or neither (a
    required field: not blank either)."""
    import re

    from kiwoom_sdk._endpoints import ENDPOINTS
    from pydantic import ValidationError

    schemas = document("openapi.json")["components"]["schemas"]
    for api_id, name in (("ka10095", "stk_cd"), ("ka10076", "ord_no")):  # required; optional (free text, no item code)
        endpoint = ENDPOINTS[api_id]
        required = endpoint.request_model.model_fields[name].is_required()
        try:
            endpoint.request_model.__pydantic_validator__.validate_assignment(
                endpoint.request_model.model_construct(), name, text
            )
            package = not required or bool(text.strip())
        except ValidationError:
            package = False
        pattern = schemas[model_class(api_id, "Request")]["properties"][name]["pattern"]
        ecma = pattern.replace("$", r"\Z")  # ECMA-262's $ is the end; Python's also matches before a final newline
        assert bool(re.search(ecma, text)) == package, (api_id, name, text)


ITEM_CODES = ["005930", "A005930", "039490_NX", "57JBHH", "M04020000", "NVDA", "BRK.B", "05930", "005930_NXT", "nvda"]


@pytest.mark.parametrize("code", ITEM_CODES + TEXTS)
def test_an_item_code_fits_the_documents_as_it_fits_the_package(code: str) -> None:
    """The documents' pattern of an item code field is the shape the package holds it to (specs/api.yaml
    item_codes): a value fits both or neither."""
    import re

    from kiwoom_sdk import RequestInvalid
    from kiwoom_sdk._endpoints import ENDPOINTS

    schemas = document("openapi.json")["components"]["schemas"]
    orders = {
        "kt10000": {"dmst_stex_tp": "KRX", "ord_qty": "1", "trde_tp": "3"},
        "ust20000": {"stex_tp": "ND", "ord_qty": "1", "ord_uv": "213.04", "trde_tp": "00"},
    }
    for api_id, others in orders.items():
        try:
            ENDPOINTS[api_id].validate({**others, "stk_cd": code})
            package = True
        except RequestInvalid:
            package = False
        pattern = schemas[model_class(api_id, "Request")]["properties"]["stk_cd"]["pattern"]
        assert bool(re.search(pattern.replace("$", r"\Z"), code)) == package, (api_id, code, pattern)


# Each plants a construct that the specs' schema allows and an export cannot say in one spec file of the mini tree:
# (file, text replaced, its replacement, the line the problem names, the document refusing, the construct).
PLANTED = {
    "tuple-of-a-scalar": (
        "domestic/ordr/kt10000.yaml",
        "  - name: ord_no\n",
        "  - name: ord_no\n    tuple: true\n",
        "- name: ord_no",
        "openapi",
        "tuple of the text field 'ord_no' (only lists hold tuples)",
    ),
    "array-of-a-list": (
        "domestic/websocket/ka10171.yaml",
        "    kind: list\n    tuple: true\n",
        "    kind: list\n    tuple: true\n    array: true\n",
        "- name: data",
        "asyncapi",
        "array of list field 'data' (an array of arrays)",
    ),
    "method-get": (
        "domestic/ordr/kt10000.yaml",
        "method: POST",
        "method: GET",
        "method: GET",
        "openapi",
        "method GET of kt10000",
    ),
    "push-of-an-http-tr": (
        "domestic/ordr/kt10000.yaml",
        "rules:\n",
        "push:\n  - name: ord_no\n    ko: 주문번호\n    required: false\nrules:\n",
        "push:",
        "openapi",
        "push messages of the HTTP TR kt10000",
    ),
    "push-without-a-realtime-type": (
        "domestic/websocket/ka10171.yaml",
        "examples:\n",
        "push:\n  - name: seq\n    ko: 일련번호\n    required: false\nexamples:\n",
        "push:",
        "asyncapi",
        "push of ka10171 without FIDs and a fixed realtime type",
    ),
    "blank-otherwise-without-a-condition": (
        "domestic/ordr/kt10000.yaml",
        "  - field: ord_qty\n",
        "  - field: ord_qty\n    blank_otherwise: true\n",
        "- field: ord_qty",
        "openapi",
        "rule blank_otherwise on 'ord_qty' without a condition",
    ),
    "list-in-an-http-request": (
        "domestic/ordr/kt10000.yaml",
        "request:\n",
        "request:\n  - name: legs\n    ko: 주문목록\n    required: false\n    kind: list\n    fields:\n"
        "      - name: leg\n        ko: 주문\n        required: false\n",
        "- name: legs",
        "openapi",
        "list request field 'legs' (requests over HTTP take plain values)",
    ),
}


@pytest.mark.parametrize("case", sorted(PLANTED))
def test_a_planted_construct_is_refused_by_name(case: str, mini_specs: Path) -> None:
    from tests.test_broken_spec_sets import _edit, _line

    rel, old, new, line, target, construct = PLANTED[case]
    _edit(mini_specs, rel, old, new)
    loaded = load_corpus(mini_specs)
    assert loaded.problems == []  # the specs' schema allows it: the export is what refuses it
    with pytest.raises(Unexpressible) as refused:
        if target == "openapi":
            openapi.documents(loaded.corpus, "0", "guide")
        else:
            asyncapi.document(loaded.corpus, "0", "guide")
    where = _line(mini_specs / rel, line)
    assert f"{where}: {target}: {construct}: cannot be expressed in the export" in str(refused.value).splitlines()


def test_rule_and_code_notes_reach_the_documents() -> None:
    c = corpus()
    kt10000 = document(openapi.TOOLS)["components"]["schemas"]["Kt10000Request"]["x-kiwoom-rules"]
    assert [rule.get("notes") for rule in kt10000] == [rule.notes for rule in c.apis["kt10000"].rules]
    assert any(rule.notes for rule in c.apis["kt10000"].rules)
    reg = document(asyncapi.FILE)["components"]["messages"]["regDomestic"]["payload"]
    assert reg["x-kiwoom-rules"][0]["notes"] == "REMOVE needs no refresh value"
    assert "refresh" not in reg["required"]
    check = jsonschema.Draft7Validator({**reg, "components": document(asyncapi.FILE)["components"]})
    registration = {"trnm": "REG", "grp_no": "1", "data": [{"item": ["005930"], "type": ["0B"]}]}
    assert not check.is_valid(registration) and check.is_valid({**registration, "refresh": "1"})


def _media_examples(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(api-id, media type object, the TR's own schema of it) of every request and 200 answer."""
    for item in doc["paths"].values():
        operation = item["post"]
        ids = operation.get("x-kiwoom-api-ids") or {operation["operationId"]: None}
        schemas = doc["components"]["schemas"]
        for part, media in (
            ("Request", operation["requestBody"]["content"]),
            ("Response", operation["responses"]["200"]["content"]),
        ):
            [content] = media.values()
            for api_id in ids:
                yield api_id, content, schemas[model_class(api_id, part)]


@pytest.mark.parametrize("name", [openapi.FAITHFUL, openapi.TOOLS])
def test_every_example_fits_its_own_schema(name: str) -> None:
    """Tools take an example for a valid request or answer (Spectral's oas3-valid-media-example, mock servers): the
    guide's examples that an erratum records as wrong (odd values, unlisted keys) are kept aside, named by erratum,
    under x-kiwoom-guide-examples; every other example fits the TR's schema."""
    doc = document(name)
    c = corpus()
    checked, aside = 0, set()
    for api_id, media, schema in _media_examples(doc):
        check = schema_validator(doc, schema)
        for label, example in media.get("examples", {}).items():
            if label.split("-")[0] == api_id:
                errors = [f"{list(e.absolute_path)}: {e.message[:80]}" for e in check.iter_errors(example["value"])]
                assert errors == [], (name, label, errors)
                checked += 1
        for label, example in media.get("x-kiwoom-guide-examples", {}).items():
            if label.split("-")[0] == api_id:
                known = {e.id for e in c.apis[api_id].errata}
                assert example["x-kiwoom-errata"] and set(example["x-kiwoom-errata"]) <= known, label
                aside.add(label)
    assert checked >= 500
    assert {"ka10017", "ka10001", "ust31302"} <= aside


def test_the_mock_server_comes_first_where_tools_take_the_first_as_the_default() -> None:
    """Code generators, Swagger UI and Postman send to the first server unless told otherwise: that is the mock
    server, as the package's own default is (production is a deliberate choice); the tools document, whose
    pseudo-paths Kiwoom's servers do not serve, has the simulator only (test_contract)."""
    servers = document(openapi.FAITHFUL)["servers"]
    assert [s["url"] for s in servers] == ["https://mockapi.kiwoom.com", "https://api.kiwoom.com"]
    assert servers[0]["description"].startswith("mock")
    assert [s["url"] for s in document(openapi.TOOLS)["servers"]] == ["http://127.0.0.1:{port}"]
    events = document(asyncapi.FILE)
    assert list(events["servers"]) == ["mock", "real"]
    for channel in events["channels"].values():
        assert channel["servers"] == [{"$ref": "#/servers/mock"}, {"$ref": "#/servers/real"}]


def test_the_condition_search_examples_fit_their_messages() -> None:
    """The guide's examples of the condition-search TRs fit the AsyncAPI messages, those an erratum records as wrong
    aside: a US answer's trnm is the one its example and its request carry (the field tables disagree once)."""
    doc = document(asyncapi.FILE)
    messages = doc["components"]["messages"]
    checked = 0
    for api in corpus().apis.values():
        if api.protocol != "websocket":
            continue
        answers = [e for e in api.examples if e.part == "response" and not api.example_errata(e)]
        for part, name, examples in (
            ("request", f"{api.id}Request", [e for e in api.examples if e.part == "request"]),
            ("response", f"{api.id}Answer", answers[:1]),  # a second one is a push (02 / the realtime REAL)
        ):
            check = jsonschema.Draft7Validator({**messages[name]["payload"], "components": doc["components"]})
            for example in examples:
                assert [e.message for e in check.iter_errors(example.body)] == [], (api.id, part)
                checked += 1
    assert checked >= 14
    assert messages["usa20280Answer"]["payload"]["properties"]["trnm"]["const"] == "GCNSRLST"


def _realtime_message(api_section: str, body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(message, payload) pairs a realtime spec's example is: a REG / REMOVE request or its answer, or a REAL frame,
    which fits the message of each type of its entries."""
    trnm = body.get("trnm")
    if trnm == "REAL":
        kinds = sorted({entry["type"] for entry in body["data"]})
        return [(real_message(document(asyncapi.FILE), kind), body) for kind in kinds]
    if "return_code" in body:
        return [(f"{str(trnm).lower()}Answer", body)]
    return [(asyncapi.registration_message(str(trnm), api_section), body)]


def test_the_realtime_examples_fit_their_messages() -> None:
    """The guide's examples of every realtime type fit the AsyncAPI messages (REG and REMOVE, their answers, REAL
    entries), those an erratum records as wrong aside; a FID a type reads as another kind than code (FE's session
    type, text there) is no code of a table in the document either, as in the package."""
    doc = document(asyncapi.FILE)
    messages = doc["components"]["messages"]
    checked = 0
    for api in corpus().apis.values():
        if api.protocol != "realtime":
            continue
        for example in api.examples:
            if not isinstance(example.body, dict) or api.example_errata(example):
                continue
            for name, payload in _realtime_message(api.section, example.body):
                check = jsonschema.Draft7Validator({**messages[name]["payload"], "components": doc["components"]})
                errors = [f"{list(e.absolute_path)}: {e.message[:80]}" for e in check.iter_errors(payload)]
                assert errors == [], (api.id, example.label, name, errors)
                checked += 1
    assert checked >= 60
    entry = realtime_entry(doc, "FE")["properties"]["values"]["properties"]["290"]
    assert entry["x-kiwoom-kind"] == "text" and "anyOf" not in entry


@pytest.mark.parametrize("name", [openapi.FAITHFUL, openapi.TOOLS])
def test_every_tag_is_described(name: str) -> None:
    """API linters' recommended rules (Redocly's tag-description) want each tag declared with a description; here
    the part of the guide's menu that its TRs share."""
    doc = document(name)
    declared = {t["name"]: t.get("description", "") for t in doc["tags"]}
    used = {each for item in doc["paths"].values() for each in item["post"]["tags"]}
    assert used == set(declared) and all(declared.values())
    assert declared["domestic/chart"].startswith("domestic stocks, chart: 국내주식 > 차트")
    assert declared["oauth"].startswith("OAuth: OAuth 인증 (")


@pytest.mark.parametrize("name", [openapi.FAITHFUL, openapi.TOOLS])
def test_no_parameter_is_a_const(name: str) -> None:
    """Code generators map a const to a literal type, which openapi-python-client does not take in a header: every
    parameter's schema says a fixed value as an enum."""
    for item in document(name)["paths"].values():
        for parameter in item["post"]["parameters"]:
            assert "const" not in json.dumps(parameter["schema"]), (name, parameter)
