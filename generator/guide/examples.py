"""Read the guide's request/response examples, which are not always valid JSON.

Known defects: single quotes, missing commas between members, trailing commas, and several
payloads in one cell under "#요청" / "#실시간 수신" style headings. Each example is parsed
leniently and the repairs it needed are returned, so the spec can record them as errata.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from typing import Any

_HEADING = re.compile(r"^\s*#\s*(.*?)\s*$")
_MISSING_COMMA = re.compile(r'("|\d|true|false|null|\]|\})([ \t]*)\n(\s*["\'])')
_TRAILING_COMMA = re.compile(r",(\s*[\]}])")
_BARE_KEY = re.compile(r"^(\s*)([A-Za-z_][A-Za-z0-9_]*)(\s*:)", re.MULTILINE)


@dataclass
class Example:
    label: str
    body: Any
    repairs: list[str] = field(default_factory=list)


class ExampleError(ValueError):
    pass


def _parse_one(text: str) -> tuple[Any, list[str]]:
    try:
        return json.loads(text), []
    except json.JSONDecodeError:
        pass
    repairs: list[str] = []
    try:
        return json.loads(text, strict=False), ["raw_newline_in_string"]
    except json.JSONDecodeError:
        pass
    candidate = text
    if "'" in candidate and '"' not in candidate.replace('\\"', ""):
        candidate = candidate.replace("'", '"')
        repairs.append("single_quotes")
    elif "'" in candidate:
        try:
            value = ast.literal_eval(candidate)
            return value, ["python_literal"]
        except (ValueError, SyntaxError):
            pass
    fixed = _MISSING_COMMA.sub(r"\1,\2\n\3", candidate)
    if fixed != candidate:
        repairs.append("missing_comma")
        candidate = fixed
    fixed = _BARE_KEY.sub(r'\1"\2"\3', candidate)
    if fixed != candidate:
        repairs.append("unquoted_key")
        candidate = fixed
    fixed = _TRAILING_COMMA.sub(r"\1", candidate)
    if fixed != candidate:
        repairs.append("trailing_comma")
        candidate = fixed
    try:
        return json.loads(candidate, strict=False), repairs
    except json.JSONDecodeError as exc:
        raise ExampleError(f"not JSON even after repairs {repairs}: {exc}") from exc


def parse_examples(text: str) -> list[Example]:
    """Split a cell into its labelled payloads and parse each one."""
    if not text.strip():
        return []
    chunks: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            chunks.append((heading.group(1), []))
        else:
            chunks[-1][1].append(line)
    out: list[Example] = []
    for label, lines in chunks:
        body = "\n".join(lines).strip()
        if not body:
            continue
        value, repairs = _parse_one(body)
        out.append(Example(label=label, body=value, repairs=repairs))
    return out
