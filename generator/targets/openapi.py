"""The OpenAPI 3.1 documents of the HTTP TRs (`openapi.json`, `openapi-tools.json`; copies in the package).

Kiwoom serves several TRs on one URL and tells them apart by the `api-id` header; OpenAPI keys an operation by path
and method, and no header can tell two operations of one path apart. Hence two documents, built from the same
schemas:

- `openapi.json`, the faithful one: Kiwoom's real URLs, one POST operation per URL, the `api-id` header an enum of
  the TRs served there, the request body and the answer `anyOf` the TRs' schemas, and `x-kiwoom-api-ids` mapping
  each api-id to its own request and response schema. It describes exactly what a client sends to Kiwoom.
- `openapi-tools.json`, the one for tools (code generators, mock servers, Postman, contract testers): one operation
  per TR (operationId the api-id) on the pseudo-path `<URL>/<api-id>`, e.g. `/api/dostk/stkinfo/ka10001`, still with
  its `api-id` header; `x-kiwoom-path` gives the real URL. Kiwoom's servers know only the real URLs; the package's
  simulator serves the pseudo-paths as aliases, so that tools run against it.

Every field comes from the intermediate model through `wire_schema` (no YAML here); a construct the schemas cannot
say stops the build (`wire_schema.Unexpressible`).
"""

from __future__ import annotations

from itertools import takewhile
from typing import Any

import orjson

from ..names import model_class
from ..review.versions import current_version, guide_workbook
from ..spec.model import Api, Corpus
from .wire_schema import ENVS, Unexpressible, WireSchemas, errata_data

FAITHFUL = "openapi.json"
TOOLS = "openapi-tools.json"
PACKAGE = "kiwoom_sdk"  # each document also ships inside the package, beside its modules
REFS = "#/components/schemas/"
ERROR = "KiwoomError"
SECURITY = "bearer"
TOKEN_CATEGORY = "oauth"  # the token TRs: they take keys in the body, not a token
SECTIONS = {"oauth": "OAuth", "domestic": "domestic stocks", "us": "US stocks"}
SIMULATOR = "http://127.0.0.1:{port}"  # `kiwoom sim` listens on loopback (README: the simulator)
SIMULATOR_PORT = "8080"  # the port of the README's examples


def tools_path(api: Api) -> str:
    """The pseudo-path of a TR in the tools document: '/api/dostk/stkinfo' + '/ka10001'."""
    return f"{api.path}/{api.id}"


def tag(api: Api) -> str:
    return api.section if api.section == api.category else f"{api.section}/{api.category}"


def _header(spec: dict[str, Any], schema: dict[str, Any] | None = None) -> dict[str, Any]:
    text = f"{spec['ko']}" + (f": {spec['notes']}" if spec.get("notes") else "")
    return {
        "description": text,
        "required": bool(spec.get("required")),
        "schema": schema or {"type": "string", "maxLength": spec["length"]},
    }


class _Document:
    """The parts both documents share: components, headers, error answers; one WireSchemas for both."""

    def __init__(self, corpus: Corpus, version: str, workbook: str) -> None:
        self.corpus = corpus
        self.version = version
        self.workbook = workbook
        self.apis = corpus.http_apis()
        self.wire = WireSchemas(corpus, REFS, "2020-12", "openapi")
        self.bodies: dict[str, Any] = {}
        for api in self.apis:
            if api.method != "POST":  # every operation is a POST with a JSON body, as every TR of the guide is
                self.wire.refuse(api.at("method"), f"method {api.method} of {api.id}")
            if api.push:
                self.wire.refuse(api.at("push"), f"push messages of the HTTP TR {api.id}")
            self.bodies[model_class(api.id, "Request")] = self.wire.request_body(api, model_class(api.id, "Request"))
            self.bodies[model_class(api.id, "Response")] = self.wire.response_body(api, model_class(api.id, "Response"))
        if self.wire.problems:
            raise Unexpressible(self.wire.problems)
        headers = corpus.protocol["headers"]
        self.request_headers = {h["name"]: h for h in headers["request"]}
        self.response_headers = {h["name"]: h for h in headers["response"]}
        self.media = corpus.protocol["content_type"]

    # ---- pieces ------------------------------------------------------------------------------------------

    def api_id_parameter(self, ids: list[Api], tools: bool) -> dict[str, Any]:
        spec = self.request_headers["api-id"]
        if tools:  # not a const: code generators make it a literal type, which openapi-python-client refuses in a
            # header; the default lets a generated client send it unasked
            schema: dict[str, Any] = {"type": "string", "enum": [ids[0].id], "default": ids[0].id}
        else:
            schema = {
                "type": "string",
                "enum": [api.id for api in ids],
                "x-enum-descriptions": [f"{api.name_ko} ({api.name_en})" for api in ids],
            }
        return {"name": "api-id", "in": "header", **_header(spec, schema)}

    def paging_parameters(self) -> list[dict[str, Any]]:
        return [
            {"name": name, "in": "header", **_header(self.request_headers[name])} for name in ("cont-yn", "next-key")
        ]

    def answer(self, apis: list[Api]) -> dict[str, Any]:
        """The 200 answer of one TR (or of the TRs of one URL): headers and body."""
        spec = self.response_headers["api-id"]
        api_id = {"type": "string", "const": apis[0].id} if len(apis) == 1 else {"enum": [a.id for a in apis]}
        headers = {"api-id": _header(spec, {"type": "string", **api_id})}
        if any(api.paging for api in apis):
            headers.update({name: _header(self.response_headers[name]) for name in ("cont-yn", "next-key")})
        refs = [{"$ref": REFS + model_class(api.id, "Response")} for api in apis]
        schema = refs[0] if len(refs) == 1 else {"anyOf": refs}
        media: dict[str, Any] = {"schema": schema, **self.examples(apis, "response")}
        return {
            "description": "The answer, return_code 0; an order the broker refuses also comes as 200, with its own "
            "return_code and return_msg and no other field.",
            "headers": headers,
            "content": {self.media: media},
        }

    def examples(self, apis: list[Api], part: str) -> dict[str, Any]:
        """The guide's examples of this part, named by TR (and label), as a media type holds them: under `examples`
        those that fit their schema; under `x-kiwoom-guide-examples`, naming their errata, those an erratum records
        as wrong (tools take an example for a valid request or answer)."""
        fitting: dict[str, Any] = {}
        aside: dict[str, Any] = {}
        for api in apis:
            for number, example in enumerate(e for e in api.examples if e.part == part):
                name = api.id + (f"-{number + 1}" if number else "")
                value = {"summary": f"{api.id} {example.label or api.name_en} (the guide's example)"}
                value["value"] = example.body
                if errata := api.example_errata(example):
                    aside[name] = {**value, "x-kiwoom-errata": [e.id for e in errata]}
                else:
                    fitting[name] = value
        return {key: found for key, found in (("examples", fitting), ("x-kiwoom-guide-examples", aside)) if found}

    def request_body(self, apis: list[Api]) -> dict[str, Any]:
        refs = [{"$ref": REFS + model_class(api.id, "Request")} for api in apis]
        media: dict[str, Any] = {"schema": refs[0] if len(refs) == 1 else {"anyOf": refs}}
        media.update(self.examples(apis, "request"))
        return {"required": True, "content": {self.media: media}}

    def errors(self) -> dict[str, Any]:
        return {
            "4XX": {"$ref": "#/components/responses/RequestRefused"},
            "5XX": {"$ref": "#/components/responses/ServerFailed"},
        }

    def security(self, api: Api) -> list[dict[str, list[str]]]:
        return [] if api.category == TOKEN_CATEGORY else [{SECURITY: []}]

    def describe(self, api: Api) -> str:
        lines = [f"{api.name_ko} ({api.name_en}): POST {api.path} with the header api-id: {api.id}."]
        if api.order:
            lines.append(
                "Places, changes or cancels an order: never retry it blindly; when its answer is lost, look it up"
                f" with {' / '.join(api.look_up)} first."
            )
        if api.paging:
            lines.append("Answers page by page: send back cont-yn and next-key of an answer for the next page.")
        mock = "no" if not api.mock_supported else ", ".join(api.mock_exchanges) or "yes"
        lines.append(f"Mock server: {mock}.")
        lines += [f"Rule: {r.with_source()}" for r in api.rules]
        lines += [f"Erratum {e.id}: the guide says {e.says}; instead: {e.instead}" for e in api.errata]
        if api.notes:
            lines.append(api.notes)
        return "\n\n".join(lines)

    def extensions(self, api: Api) -> dict[str, Any]:
        return {
            "x-kiwoom-api-id": api.id,
            "x-kiwoom-alias": api.alias,
            "x-kiwoom-path": api.path,
            "x-kiwoom-order": api.order,
            **({"x-kiwoom-look-up": api.look_up} if api.order else {}),
            "x-kiwoom-paging": api.paging,
            "x-kiwoom-mock": {"supported": api.mock_supported, "exchanges": api.mock_exchanges},
            "x-kiwoom-source": api.source,
            "x-kiwoom-errata": errata_data(api.errata),
        }

    # ---- documents ---------------------------------------------------------------------------------------

    def tools_operation(self, api: Api) -> dict[str, Any]:
        parameters = [self.api_id_parameter([api], tools=True)] + (self.paging_parameters() if api.paging else [])
        return {
            "operationId": api.id,
            "summary": f"{api.id} {api.name_ko} ({api.name_en})",
            "description": self.describe(api),
            "tags": [tag(api)],
            "parameters": parameters,
            "requestBody": self.request_body([api]),
            "responses": {"200": self.answer([api]), **self.errors()},
            "security": self.security(api),
            **self.extensions(api),
        }

    def url_operation(self, path: str, apis: list[Api]) -> dict[str, Any]:
        paging = any(api.paging for api in apis)
        return {
            "operationId": path.strip("/").replace("/", "_"),
            "summary": f"{path}: {len(apis)} TR(s), told apart by the api-id header",
            "description": "\n".join(f"- {api.id}: {api.name_ko} ({api.name_en})" for api in apis),
            "tags": sorted({tag(api) for api in apis}),
            "parameters": [self.api_id_parameter(apis, tools=False)] + (self.paging_parameters() if paging else []),
            "requestBody": self.request_body(apis),
            "responses": {"200": self.answer(apis), **self.errors()},
            "security": self.security(apis[0]),
            "x-kiwoom-api-ids": {
                api.id: {
                    "summary": f"{api.name_ko} ({api.name_en})",
                    "request": REFS + model_class(api.id, "Request"),
                    "response": REFS + model_class(api.id, "Response"),
                    "order": api.order,
                    "paging": api.paging,
                }
                for api in apis
            },
        }

    def document(self, tools: bool) -> dict[str, Any]:
        if tools:
            paths = {tools_path(api): {"post": self.tools_operation(api)} for api in self.apis}
        else:
            by_url: dict[str, list[Api]] = {}
            for api in self.apis:
                by_url.setdefault(api.path, []).append(api)
            paths = {url: {"post": self.url_operation(url, apis)} for url, apis in sorted(by_url.items())}
        return {
            "openapi": "3.1.0",
            "info": self.info(tools),
            "servers": self.simulator() if tools else self.servers(),
            "tags": self.tags(),
            "paths": paths,
            "components": self.components(),
            "x-kiwoom-guide-workbook": self.workbook,
        }

    def tags(self) -> list[dict[str, str]]:
        """A tag per section and category, described by the part of the guide's menu its TRs share ('domestic
        stocks, chart: 국내주식 > 차트')."""
        menus: dict[str, list[list[str]]] = {}
        sections: dict[str, str] = {}
        for api in self.apis:
            menus.setdefault(tag(api), []).append(str(api.source.get("menu", "")).split(" > "))
            sections[tag(api)] = SECTIONS.get(api.section, api.section) + (
                "" if api.section == api.category else f", {api.category}"
            )
        out = []
        for name in sorted(menus):
            alike = takewhile(lambda parts: len(set(parts)) == 1, zip(*menus[name], strict=False))
            shared = [parts[0] for parts in alike]
            menu = f": {' > '.join(shared)}" if shared else ""
            out.append({"name": name, "description": f"{sections[name]}{menu} ({len(menus[name])} TRs)"})
        return out

    def info(self, tools: bool) -> dict[str, Any]:
        kind = (
            "One operation per TR, on the pseudo-path <URL>/<api-id>: for code generators, mock servers and "
            "contract testers. Kiwoom's servers serve the real URL (x-kiwoom-path) with the api-id header; the "
            "kiwoom_sdk simulator serves the pseudo-paths too, and is this document's server. openapi.json "
            "describes the real URLs on Kiwoom's servers."
            if tools
            else "Kiwoom's real URLs: one operation per URL, the TR chosen by the api-id header (x-kiwoom-api-ids "
            "maps each api-id to its request and response schema). openapi-tools.json has one operation per TR."
        )
        return {
            "title": "Kiwoom Securities REST API" + (" (one operation per TR)" if tools else ""),
            "version": self.version,
            "description": f"Every HTTP TR of Kiwoom's REST API guide ({self.workbook}), from the reviewed specs of "
            "kiwoom-sdk. Every value travels as a string: patterns give its shape by value kind (x-kiwoom-kind), "
            f"code fields list their codes with labels (x-enum-descriptions). {kind}",
        }

    def servers(self) -> list[dict[str, Any]]:
        """Both servers, the mock one first (ENVS)."""
        hosts = self.corpus.protocol["hosts"]
        return [
            {
                "url": hosts[env]["rest"],
                "description": f"{env}" + (f": {hosts[env]['notes']}" if hosts[env].get("notes") else ""),
            }
            for env in ENVS
        ]

    @staticmethod
    def simulator() -> list[dict[str, Any]]:
        """The server of the tools document: the package's simulator, the only one that serves its pseudo-paths
        (Kiwoom's know the real URLs only), on loopback where it listens unless told otherwise."""
        return [
            {
                "url": SIMULATOR,
                "description": "the kiwoom_sdk simulator (`kiwoom sim --port PORT`), the one server of these "
                "pseudo-paths: Kiwoom's servers serve the real URLs only (x-kiwoom-path; openapi.json lists them, the "
                "mock one first)",
                "variables": {"port": {"default": SIMULATOR_PORT, "description": "the port the simulator listens on"}},
            }
        ]

    def components(self) -> dict[str, Any]:
        authorization = self.request_headers["authorization"]
        error_schema = {
            "title": ERROR,
            "description": "An error answer: a code of the guide's error sheet (x-kiwoom-errors) or a business "
            "error code, and its message.",
            "type": "object",
            "required": ["return_code", "return_msg"],
            "properties": {
                "return_code": {"type": "integer", "description": "결과코드 (the error's code)"},
                "return_msg": {"type": "string", "description": "결과메시지 (may embed a code: '[8005:...]')"},
            },
            "x-kiwoom-errors": [
                {
                    "code": e.code,
                    "name": e.name,
                    "class": e.error_class,
                    "message_ko": e.message_ko,
                    "meaning": e.meaning,
                }
                for e in sorted(self.corpus.errors.values(), key=lambda e: e.code)
            ],
            "x-kiwoom-error-classes": dict(sorted(self.corpus.error_classes.items())),
        }
        body = {self.media: {"schema": {"$ref": REFS + ERROR}}}
        return {
            "schemas": {**dict(sorted(self.bodies.items())), **self.wire.components(), ERROR: error_schema},
            "responses": {
                "RequestRefused": {
                    "description": "Refused: the request, the token or the rate (see KiwoomError).",
                    "content": body,
                },
                "ServerFailed": {"description": "The server failed (1999 and the like).", "content": body},
            },
            "securitySchemes": {
                SECURITY: {
                    "type": "http",
                    "scheme": "bearer",
                    "description": f"{authorization['ko']}: {authorization['notes']} (au10001, POST /oauth2/token)",
                }
            },
        }


def documents(corpus: Corpus, version: str, workbook: str) -> dict[str, dict[str, Any]]:
    """File name -> document: the faithful one and the one for tools. Raises Unexpressible."""
    document = _Document(corpus, version, workbook)
    return {FAITHFUL: document.document(tools=False), TOOLS: document.document(tools=True)}


def files(corpus: Corpus) -> dict[str, str]:
    """Relative path under generated/ -> text: each document at the top and inside the package."""
    out = {}
    for name, document in documents(corpus, current_version(), guide_workbook(corpus)).items():
        text = orjson.dumps(document, option=orjson.OPT_INDENT_2).decode() + "\n"  # json's indenting is slow
        out[name] = text
        out[f"{PACKAGE}/{name}"] = text
    return out
