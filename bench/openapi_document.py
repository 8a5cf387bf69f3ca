"""An OpenAPI 3.1 document of every HTTP TR, built from the specs, for the cold-build anchor.

The anchor is openapi-python-client generating a client from the same HTTP TRs that our build covers, so the
document carries what a careful hand-written OpenAPI description of Kiwoom would: one operation per TR with its
`api-id` header, a typed JSON request body (lengths, required fields, code tables as shared enums) and the JSON
response (lists as arrays of item objects). Every value is a string, as Kiwoom sends them.

Run `python -m bench.openapi_document out.json` from the repository root to write the document for inspection.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from generator.spec.lint import lint
from generator.spec.model import Api, Corpus
from generator.spec.model import Field as SpecField

ROOT = Path(__file__).resolve().parent.parent
Schema = dict[str, Any]


def pascal(name: str) -> str:
    """`stk_cd` -> `StkCd`, `upName` -> `UpName`, `ka10001` -> `Ka10001`: a schema-name part from a spec name."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


class _Schemas:
    """components/schemas, with a check that no two schemas share a name."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.table: dict[str, Schema] = {}

    def add(self, name: str, schema: Schema) -> Schema:
        if name in self.table:
            raise ValueError(f"two schemas named {name}")
        self.table[name] = schema
        return {"$ref": f"#/components/schemas/{name}"}

    def code_table(self, table: str) -> Schema:
        """A code table as one shared string enum, the way a hand-written document would reuse it."""
        name = f"{pascal(table)}Code"
        if name not in self.table:
            self.table[name] = {"type": "string", "enum": [code.code for code in self.corpus.codes[table].codes]}
        return {"$ref": f"#/components/schemas/{name}"}

    def leaf(self, field: SpecField) -> Schema:
        """A value field: a string, with its maximum length and code table when the spec gives them."""
        if field.enum:
            return self.code_table(field.enum)
        schema: Schema = {"type": "string", "description": field.ko}
        if field.length:
            schema["maxLength"] = field.length
        return schema

    def obj(self, name: str, fields: list[SpecField], description: str) -> Schema:
        """An object schema named `name`; list and object members get their own `<name><Field>Item` schemas."""
        properties: dict[str, Schema] = {}
        for field in fields:
            if field.kind == "list":
                item = self.obj(f"{name}{pascal(field.name)}Item", field.fields, field.ko)
                properties[field.name] = {"type": "array", "items": item, "description": field.ko}
            elif field.kind == "object":
                properties[field.name] = self.obj(f"{name}{pascal(field.name)}", field.fields, field.ko)
            else:
                properties[field.name] = self.leaf(field)
        schema: Schema = {"type": "object", "description": description, "properties": properties}
        required = [field.name for field in fields if field.required]
        if required:
            schema["required"] = required
        return self.add(name, schema)


def _operation(api: Api, schemas: _Schemas) -> Schema:
    base = pascal(api.id)
    request = schemas.obj(f"{base}Request", api.request, f"{api.name_en} request")
    response = schemas.obj(f"{base}Response", api.response, f"{api.name_en} response")
    return {
        "operationId": api.id,
        "summary": api.name_en,
        "description": api.name_ko,
        "tags": [f"{api.section}-{api.category}" if api.section != api.category else api.category],
        # A string with the TR id as default: openapi-python-client refuses `const` (a Literal) in a header.
        "parameters": [
            {"name": "api-id", "in": "header", "required": True, "schema": {"type": "string", "default": api.id}}
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": request}}},
        "responses": {"200": {"description": api.name_en, "content": {"application/json": {"schema": response}}}},
    }


def document(corpus: Corpus) -> Schema:
    """The OpenAPI document of every HTTP TR in `corpus`."""
    schemas = _Schemas(corpus)
    paths: dict[str, Schema] = {}
    for api in corpus.http_apis():
        # Kiwoom serves many TRs at one URL and picks the TR by the `api-id` header, but OpenAPI allows one
        # operation per (path, method). So each TR gets its own path: the shared path plus `/<api id>`. Not
        # `#<api id>`: a fragment is no part of an OpenAPI path (servers never see it, tools drop or reject it).
        paths[f"{api.path}/{api.id}"] = {api.method.lower(): _operation(api, schemas)}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Kiwoom REST API", "version": "1.0.0"},
        "servers": [{"url": "https://api.kiwoom.com"}],
        "paths": paths,
        "components": {"schemas": dict(sorted(schemas.table.items()))},
    }


def build(root: Path = ROOT) -> Schema:
    """The document, from the specs under `root` loaded with the project's own loader."""
    return document(lint(root / "specs").corpus)


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path("kiwoom-openapi.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1), encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
