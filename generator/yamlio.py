"""YAML in and out for spec files.

Loading keeps the line of every mapping key and sequence item, so lint can say `path:line`,
and refuses duplicate keys (PyYAML would silently keep the last one). Dumping is our own small
emitter: block style, keys in the order given, scalars quoted only when YAML would misread them,
so that a re-import produces byte-identical files and spec diffs stay small.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.SafeLoader("")  # only used to turn scalar nodes into Python values
_STR = "tag:yaml.org,2002:str"


class SpecSyntaxError(Exception):
    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class LineDict(dict[str, Any]):
    """A mapping that remembers the 1-based line of itself and of each key."""

    line: int = 0
    lines: dict[str, int]


class LineList(list[Any]):
    line: int = 0
    lines: list[int]


def _convert(node: yaml.Node, path: Path) -> Any:
    if isinstance(node, yaml.MappingNode):
        out = LineDict()
        out.line = node.start_mark.line + 1
        out.lines = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, path)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                raise SpecSyntaxError(path, line, f"duplicate key '{key}' (first at line {out.lines[key]})")
            out[key] = _convert(value_node, path)
            out.lines[key] = line
        return out
    if isinstance(node, yaml.SequenceNode):
        items = LineList(_convert(child, path) for child in node.value)
        items.line = node.start_mark.line + 1
        items.lines = [child.start_mark.line + 1 for child in node.value]
        return items
    if node.tag == _STR:  # most values; the same as the constructor gives, without its bookkeeping
        return node.value
    return _constructor.construct_object(node)


def load(path: Path) -> Any:
    """Load one YAML file with line information; raise SpecSyntaxError on any defect."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SpecSyntaxError(path, 1, f"not UTF-8 text ({exc.reason})") from exc
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise SpecSyntaxError(path, line, f"invalid YAML: {exc.problem or exc.context}") from exc
    except yaml.YAMLError as exc:
        raise SpecSyntaxError(path, 1, f"invalid YAML: {exc}") from exc
    if node is None:
        raise SpecSyntaxError(path, 1, "empty file")
    try:
        return _convert(node, path)
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        raise SpecSyntaxError(path, mark.line + 1 if mark else 1, f"invalid value: {exc.problem}") from exc


# ---- emitting ---------------------------------------------------------------------------

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#]*$")
# Strings that some YAML reader (1.1 or 1.2) could take for a number, bool or null are quoted.
_AMBIGUOUS = re.compile(r"^(?:[-+.]?\d.*|[-+]?\.(?:inf|nan)|y|n|yes|no|on|off|true|false|null|~)$", re.IGNORECASE)


def _scalar(value: Any, flow: bool = False, key: bool = False) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    return text if _plain_ok(text, flow, key) else _quote(text)


@lru_cache(maxsize=65536)
def _plain_ok(text: str, flow: bool, key: bool) -> bool:
    """Whether `text` can be written unquoted: it must read back as itself, in its context."""
    if not (text.isprintable() and _PLAIN.match(text)) or _AMBIGUOUS.match(text):
        return False
    if text.endswith((" ", ":")) or ": " in text or text.startswith(("---", "...")):
        return False
    if flow and any(c in text for c in ",[]{}?"):
        return False
    probe, expected = (f"{text}: 1", {text: 1}) if key else (f"[{text}]", [text]) if flow else (text, text)
    try:
        return bool(yaml.load(probe, Loader=_Loader) == expected)
    except yaml.YAMLError:
        return False


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _quote(text: str) -> str:
    """A YAML double-quoted scalar; characters that are not printable are escaped by code point."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif not char.isprintable():
            code = ord(char)
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _is_flat_list(value: list[Any]) -> bool:
    return all(not isinstance(v, (dict, list)) for v in value)


def _emit(value: Any, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            head = f"{pad}{_scalar(key, key=True)}:"
            _emit_member(head, item, indent, out)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:
                first = True
                for key, sub in item.items():
                    head = f"{pad}- {_scalar(key, key=True)}:" if first else f"{pad}  {_scalar(key, key=True)}:"
                    _emit_member(head, sub, indent + 2, out)
                    first = False
            elif isinstance(item, list) and item and not _is_flat_list(item):
                out.append(f"{pad}-")
                _emit(item, indent + 2, out)
            else:
                out.append(f"{pad}- {_inline(item)}")


def _inline(value: Any, flow: bool = False) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_inline(v, flow=True) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{_scalar(k, flow=True, key=True)}: {_inline(v, flow=True)}" for k, v in value.items())
            + "}"
        )
    return _scalar(value, flow)


def _emit_member(head: str, item: Any, indent: int, out: list[str]) -> None:
    if (isinstance(item, dict) and item) or (isinstance(item, list) and item and not _is_flat_list(item)):
        out.append(head)
        _emit(item, indent + 2, out)
    else:
        out.append(f"{head} {_inline(item)}")


def dump(value: dict[str, Any], header: str = "") -> str:
    out: list[str] = [f"# {line}" if line else "#" for line in header.splitlines()]
    _emit(value, 0, out)
    return "\n".join(out) + "\n"
