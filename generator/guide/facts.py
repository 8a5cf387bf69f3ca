"""The guide-derived facts of one API, in the shape they take in a spec file.

Facts are what the importer owns: ids, names, URL, required flags, lengths, nesting and the
examples. Everything else in a spec file is curated enrichment that the importer never touches.
"""

from __future__ import annotations

import re
from typing import Any

from .examples import parse_examples
from .pushes import example_push
from .workbook import Guide, GuideApi, GuideField

API_KEYS = ("id", "name_ko", "section", "category", "protocol", "method", "path", "source")
CONTAINER_KINDS = ("list", "object")
_TR_ID = re.compile(r"^[a-z]{2,3}\d{5}$")


def classify(api: GuideApi) -> tuple[str, str, str]:
    """(section, category, protocol) from the URL and the kind of id."""
    parts = [p for p in api.url.split("/") if p]
    if parts and parts[0] == "oauth2":
        return "oauth", "oauth", "rest"
    section = {"dostk": "domestic", "us": "us"}.get(parts[1] if len(parts) > 1 else "", "other")
    category = parts[-1] if parts else "unknown"
    if category == "websocket":
        if _TR_ID.match(api.id):
            return section, "websocket", "websocket"
        return section, "realtime", "realtime"
    return section, category, "rest"


def field_facts(item: GuideField, examples: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"name": item.name, "ko": item.ko, "required": item.required, "length": item.length}
    if item.children:
        out["kind"] = "object" if item.guide_type != "List<Map>" and _looks_object(item.name, examples) else "list"
        if all(child.name.isdigit() for child in item.children):  # realtime values, keyed by FID
            out["fids"] = [{"fid": int(child.name), "ko": child.ko} for child in item.children]
        else:
            out["fields"] = [field_facts(child, examples) for child in item.children]
    return out


def _looks_object(name: str, examples: list[Any]) -> bool:
    """A nested group is a list unless some example shows it as a single object."""
    found: list[bool] = []

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            for key, sub in value.items():
                if key == name:
                    found.append(isinstance(sub, dict))
                visit(sub)
        elif isinstance(value, list):
            for sub in value:
                visit(sub)

    for example in examples:
        visit(example)
    return bool(found) and all(found)


def workbook_version(name: str) -> str:
    match = re.search(r"\d{4}-\d{2}-\d{2}", name)
    return match.group(0) if match else name


def api_facts(api: GuideApi, version: str, guide: Guide) -> dict[str, Any]:
    """The facts of one API of `guide`; a push its sheet shows only by example is inferred (pushes.example_push)."""
    section, category, protocol = classify(api)
    examples: list[dict[str, Any]] = []
    for part, text in (("request", api.request_example), ("response", api.response_example)):
        for example in parse_examples(text):
            entry: dict[str, Any] = {"part": part}
            if example.label:
                entry["label"] = example.label
            entry["body"] = example.body
            if example.repairs:
                entry["repaired"] = example.repairs
            examples.append(entry)
    bodies = [e["body"] for e in examples]
    facts: dict[str, Any] = {
        "id": api.id,
        "name_ko": api.name_ko,
        "section": section,
        "category": category,
        "protocol": protocol,
        "method": api.method,
        "path": api.url,
        "source": {"workbook": version, "sheet": api.sheet, "menu": api.menu},
        "request": [field_facts(f, bodies) for body in api.request[:1] for f in body.fields],
        "response": [field_facts(f, bodies) for body in api.response[:1] for f in body.fields],
    }
    if len(api.response) > 1:
        facts["push"] = [field_facts(f, bodies) for body in api.response[1:2] for f in body.fields]
        facts["source"]["bodies"] = [body.label for body in api.response]
    inferred = example_push(api, guide, examples)
    if inferred is not None:
        facts["push"], facts["source"]["push"] = inferred
    facts["examples"] = examples
    return facts
