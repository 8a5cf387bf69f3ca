"""The arguments of an MCP tool call, checked against the tool's declared input schema (JSON Schema 2020-12, by
`jsonschema`) before the tool runs: what `tools/list` promises is what `tools/call` enforces, whatever the client
checked or did not. Each broken rule becomes a problem naming the argument and what the schema expects.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

LISTED_ENUM = 8  # an enum longer than this is named by its size, not spelled out (api_id lists every TR)


def schema_problems(schema: Mapping[str, Any], arguments: Mapping[str, Any]) -> list[dict[str, str]]:
    """The rules of `schema` that `arguments` break, each `{argument, rule, expected, given}`: `argument` the
    path (`all_pages`, `types[0]`), `rule` the JSON Schema keyword, `expected` what the schema asks for, `given`
    the value sent (JSON; "" when missing). Empty when the arguments are valid."""
    from jsonschema import Draft202012Validator

    errors = list(Draft202012Validator(schema).iter_errors(arguments))
    mistyped = {tuple(error.absolute_path) for error in errors if error.validator == "type"}
    problems: list[dict[str, str]] = []
    for error in errors:
        if error.validator == "type" or tuple(error.absolute_path) not in mistyped:  # its enum says nothing more
            problems += _problems(error)
    unique = {(p["argument"], p["expected"]): p for p in problems}  # `required` repeats every missing name
    return sorted(unique.values(), key=lambda p: p["argument"])


def _problems(error: Any) -> list[dict[str, str]]:
    keyword, at, instance, schema = error.validator, _path(error.absolute_path), error.instance, error.schema
    if keyword == "required" and isinstance(instance, dict):
        properties = schema.get("properties", {})
        return [
            _problem(_join(at, name), keyword, expected(properties.get(name, {})), None)
            for name in error.validator_value
            if name not in instance
        ]
    if keyword == "additionalProperties" and isinstance(instance, dict):
        known = sorted(schema.get("properties", {}))
        takes = f"one of the arguments {', '.join(known)}" if known else "no arguments"
        return [_problem(_join(at, name), keyword, takes, instance[name]) for name in instance if name not in known]
    return [_problem(at or "(arguments)", keyword, expected(schema), instance)]


def _problem(argument: str, rule: str, wanted: str, given: Any) -> dict[str, str]:
    shown = "" if given is None and rule == "required" else json.dumps(given, ensure_ascii=False, default=str)
    return {"argument": argument, "rule": rule, "expected": wanted, "given": shown}


def expected(schema: Mapping[str, Any]) -> str:
    """What a (sub)schema admits, in words: `a boolean`, `an integer >= 1`, `true`, `one of "0B", "0D"`,
    `a list of 1 or more strings, no repeats`."""
    if "const" in schema:
        return json.dumps(schema["const"])
    if "enum" in schema:
        values = schema["enum"]
        if len(values) > LISTED_ENUM:
            return f"one of the {len(values)} values the tool's input schema lists"
        return "one of " + ", ".join(json.dumps(value, ensure_ascii=False) for value in values)
    kinds = schema.get("type", "any value")
    words = " or ".join(_ARTICLES.get(str(kind), str(kind)) for kind in (kinds if isinstance(kinds, list) else [kinds]))
    if kinds == "array":
        words = _array(schema)
    bounds = [
        f"{sign} {schema[key]:g}"
        for key, sign in (("exclusiveMinimum", ">"), ("minimum", ">="), ("maximum", "<="), ("exclusiveMaximum", "<"))
        if key in schema
    ]
    if "maxLength" in schema:
        bounds.append(f"at most {schema['maxLength']} characters")
    return " ".join([words, ", ".join(bounds)]).strip()


_ARTICLES = {
    "boolean": "a boolean (true or false)",
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "object": "an object",
    "array": "a list",
    "null": "null",
}


def _array(schema: Mapping[str, Any]) -> str:
    items = schema.get("items", {})
    of = expected(items) if "enum" in items or "const" in items else _ARTICLES.get(items.get("type", ""), "")
    low, high = schema.get("minItems"), schema.get("maxItems")
    size = f"{low} to {high}" if low and high else f"{low} or more" if low else f"at most {high}" if high else ""
    text = "a list" + (f" of {size}" if size else "") + (f" items, each {of}" if of else "")
    return text + (", no repeats" if schema.get("uniqueItems") else "")


def _path(parts: Any) -> str:
    text = ""
    for part in parts:
        text = f"{text}[{part}]" if isinstance(part, int) else _join(text, str(part))
    return text


def _join(at: str, name: str) -> str:
    return f"{at}.{name}" if at else name


def refusal(tool: str, problems: list[dict[str, str]]) -> str:
    """One line: `query: all_pages: expected a boolean (true or false), not "false"`; a missing argument
    `describe_api: api_id: missing, expected a string`; an unknown one `query: allpages: unknown argument, expected
    one of the arguments ...`."""
    parts = []
    for problem in problems:
        what = {"required": "missing, expected", "additionalProperties": "unknown argument, expected"}
        given = f", not {problem['given']}" if problem["given"] and problem["rule"] != "additionalProperties" else ""
        parts.append(f"{problem['argument']}: {what.get(problem['rule'], 'expected')} {problem['expected']}{given}")
    return f"{tool}: " + "; ".join(parts)
