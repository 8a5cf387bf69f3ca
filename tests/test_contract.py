"""A contract test of the simulator by a tool this project did not write: schemathesis reads openapi-tools.json,
generates requests for every query TR (orders excluded: the tool sends random bodies; the token TRs too) and checks
each answer of the simulator, over loopback, against the document: no server error, a documented status, content
type and headers, the response schema; a request the document calls valid is accepted, one it calls invalid is
refused (requests of both modes are drawn).

The examples per TR are bounded (EXAMPLES) and derandomized, so that a run is the same from run to run and stays
about a minute on two cores."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import jsonschema
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from kiwoom_sdk.sim import running
from kiwoom_sdk.sim.server import Simulator
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from generator.spec.loader import load_corpus
from tests.conftest import ROOT

EXAMPLES = 5  # generated requests per TR, valid and invalid ones
TOOLS = json.loads((ROOT / "generated/openapi-tools.json").read_text(encoding="utf-8"))
QUERIES = sorted(
    path
    for path, item in TOOLS["paths"].items()
    if not item["post"]["x-kiwoom-order"] and item["post"]["security"]  # orders and the token TRs left out
)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    positive_data_acceptance,  # each of these two checks the cases of its own mode
    negative_data_rejection,
]
# Paging headers carry a key the server issued for the previous page; a generated one is refused (400), rightly.
STATEFUL_HEADERS = ("cont-yn", "next-key")
CONTENT = "application/json;charset=UTF-8"


@pytest.fixture(scope="module")
def simulator() -> Iterator[tuple[Simulator, dict[str, str]]]:
    """A simulator of the real environment (every TR served), and the authorization header of a token it issued."""
    with running(seed=15, env="real") as sim:
        appkey, secretkey = sim.keys
        answer = httpx.post(
            f"{sim.url}/oauth2/token",
            json={"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey},
            headers={"api-id": "au10001", "content-type": "application/json;charset=UTF-8"},
        )
        yield sim, {"authorization": f"Bearer {answer.json()['token']}"}


SCHEMA = schemathesis.openapi.from_dict(TOOLS)


def test_every_query_tr_is_tested() -> None:
    orders = {item["post"]["operationId"] for item in TOOLS["paths"].values() if item["post"]["x-kiwoom-order"]}
    assert len(QUERIES) + len(orders) + 2 == len(TOOLS["paths"]) == 306
    assert {"kt10000", "kt50000", "ust20000"} <= orders and "ka10001" not in orders


def _run(path: str, sim: Simulator, authorization: dict[str, str], drawn: Counter[str]) -> None:
    """EXAMPLES generated requests of one TR, each sent and its answer checked; `drawn` counts them by mode and
    by how the simulator answered."""
    operation = SCHEMA[path]["POST"]
    cases = operation.as_strategy(GenerationMode.POSITIVE) | operation.as_strategy(GenerationMode.NEGATIVE)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def check(data: Any) -> None:
        case = data.draw(cases)
        for name in STATEFUL_HEADERS:
            (case.headers or {}).pop(name, None)
        response = case.call(base_url=sim.url, headers=authorization)
        drawn[case.meta.generation.mode.value if case.meta else "unknown"] += 1
        drawn["answered" if response.status_code == 200 else "refused"] += 1
        case.validate_response(response, checks=CHECKS)

    check()


def test_the_simulator_keeps_the_contract(
    simulator: tuple[Simulator, dict[str, str]], report_figure: Callable[[str], None]
) -> None:
    """Every query TR of the specs, EXAMPLES requests each: the figures of the run are reported (and held to their
    floor, so that a run testing less fails), then each TR's first failure."""
    sim, authorization = simulator
    corpus = load_corpus(ROOT / "specs").corpus
    queries = {api.id for api in corpus.http_apis() if not api.order and api.category != "oauth"}
    drawn: Counter[str] = Counter()
    tested: list[str] = []
    failures: dict[str, str] = {}
    for path in QUERIES:
        api_id = path.rsplit("/", 1)[1]
        before = sum(drawn[mode] for mode in ("positive", "negative"))
        try:
            _run(path, sim, authorization, drawn)
        except Exception as error:  # every TR runs; the failures are listed at the end
            failures[api_id] = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if sum(drawn[mode] for mode in ("positive", "negative")) > before:
            tested.append(api_id)
    examples = drawn["positive"] + drawn["negative"]
    report_figure(
        f"{len(tested)} operations of {len(queries)} query TRs, {examples} requests "
        f"({drawn['positive']} valid, {drawn['negative']} invalid; {drawn['answered']} answered 200, "
        f"{drawn['refused']} refused), {len(failures)} failing"
    )
    assert set(tested) == queries
    assert examples >= EXAMPLES * len(queries) * 9 // 10  # hypothesis stops early only for TRs with few bodies
    assert drawn["positive"] >= examples // 4 and drawn["negative"] >= examples // 4
    assert drawn["answered"] >= drawn["positive"] // 2  # valid requests are answered, not only refused
    assert failures == {}


def test_a_pseudo_path_is_an_alias_of_the_real_url(simulator: tuple[Simulator, dict[str, str]]) -> None:
    sim, authorization = simulator
    headers = {**authorization, "api-id": "ka10001", "content-type": "application/json;charset=UTF-8"}
    body = {"stk_cd": "005930"}
    real = httpx.post(f"{sim.url}/api/dostk/stkinfo", json=body, headers=headers)
    alias = httpx.post(f"{sim.url}/api/dostk/stkinfo/ka10001", json=body, headers=headers)
    assert real.status_code == alias.status_code == 200
    assert real.json()["stk_cd"] == alias.json()["stk_cd"] == "005930"
    assert alias.headers["api-id"] == "ka10001"
    # the pseudo-path names its TR: another api-id, or the TR under another URL, is refused as a wrong URL
    other = httpx.post(f"{sim.url}/api/dostk/stkinfo/ka10001", json=body, headers={**headers, "api-id": "ka10002"})
    assert other.json()["return_code"] == 1504
    elsewhere = httpx.post(f"{sim.url}/api/dostk/chart/ka10001", json=body, headers=headers)
    assert elsewhere.status_code == 404 and elsewhere.json()["return_code"] == 1504


def test_the_tools_documents_server_serves_its_paths(simulator: tuple[Simulator, dict[str, str]]) -> None:
    """A tool sends to the document's first server, its variables at their defaults, unless told otherwise (Postman,
    Swagger UI, generated clients): for the pseudo-paths that is the simulator, on loopback, the only server that
    serves them. Its token operation and a query, sent as the document says, are answered there."""
    sim, _ = simulator
    server = TOOLS["servers"][0]
    defaults = {name: variable["default"] for name, variable in server.get("variables", {}).items()}
    assert urlsplit(server["url"].format(**defaults)).hostname == "127.0.0.1", server  # nothing leaves the machine
    base = server["url"].format(**{**defaults, "port": str(urlsplit(sim.url).port)})
    token_operation = TOOLS["paths"]["/oauth2/token/au10001"]["post"]
    example = token_operation["requestBody"]["content"][CONTENT]["examples"]["au10001"]["value"]
    appkey, secretkey = sim.keys
    body = {**example, "appkey": appkey, "secretkey": secretkey}
    issued = httpx.post(f"{base}/oauth2/token/au10001", json=body, headers={"api-id": "au10001"})
    assert issued.status_code == 200 and issued.json()["token_type"] == "bearer"
    (requirement,) = TOOLS["paths"]["/api/dostk/stkinfo/ka10001"]["post"]["security"]
    scheme = TOOLS["components"]["securitySchemes"][next(iter(requirement))]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    headers = {"authorization": f"Bearer {issued.json()['token']}", "api-id": "ka10001"}
    answer = httpx.post(f"{base}/api/dostk/stkinfo/ka10001", json={"stk_cd": "005930"}, headers=headers)
    assert answer.status_code == 200 and answer.json()["stk_cd"] == "005930"


def test_the_token_operation_takes_what_the_simulator_takes(simulator: tuple[Simulator, dict[str, str]]) -> None:
    """The token TRs are out of the generated run (it would spend the keys): a request body of au10001 that the tools
    document calls valid is one the simulator issues a token for, and the other way round (grant_type is fixed:
    the guide's 'client_credentials 입력', 8012 otherwise)."""
    sim, _ = simulator
    schemas = TOOLS["components"]["schemas"]
    validator = jsonschema.Draft202012Validator({**schemas["Au10001Request"], "components": TOOLS["components"]})
    appkey, secretkey = sim.keys
    verdicts = {}
    for grant_type in ("client_credentials", "password", "CLIENT_CREDENTIALS", "client_credentials "):
        body = {"grant_type": grant_type, "appkey": appkey, "secretkey": secretkey}
        answer = httpx.post(f"{sim.url}/oauth2/token/au10001", json=body, headers={"api-id": "au10001"})
        verdicts[grant_type] = (validator.is_valid(body), answer.status_code == 200)
    assert all(documented == served for documented, served in verdicts.values()), verdicts
    assert verdicts["client_credentials"] == (True, True)
