"""YAML in and out for spec files.

Loading keeps the line of every mapping key and sequence item, so lint can say `path:line`. It builds the values
from the parser's events, never from a composed node graph, and refuses on the way what plain spec files never
hold: duplicate keys (PyYAML would silently keep the last one), anchors, aliases and tags, a second document, a
nesting deeper than MAX_DEPTH, a file larger than MAX_BYTES. Dumping is our own small
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
_constructor = yaml.SafeLoader("")  # only used to turn plain scalars other than text into Python values
_resolver: Any = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"

# Bounds on what a spec file may be. The largest spec file (fields.yaml) is about 150 KB and nests 5 levels; the
# deepest (a WebSocket API's push) nests 10. A file beyond these is a mistake or an attack, and refusing it before
# parsing keeps the reader's time and memory bounded (libyaml's own composer would crash the process on a deep
# enough nesting, and aliases could expand a small file into billions of nodes).
MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 50


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


def _text(path: Path) -> str:
    """The file's text, refused unless it is a regular UTF-8 file of at most MAX_BYTES."""
    try:
        if not path.exists():
            raise SpecSyntaxError(path, 1, "no such file")
        if not path.is_file():
            raise SpecSyntaxError(path, 1, "not a regular file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SpecSyntaxError(path, 1, f"{size:,} bytes: a spec file holds at most {MAX_BYTES:,}")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SpecSyntaxError(path, 1, f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise SpecSyntaxError(path, 1, f"cannot read: {exc.strerror or exc}") from exc


@lru_cache(maxsize=65536)
def _plain(value: str) -> Any:
    """The Python value of a plain (unquoted) scalar: text, or what YAML reads it as (a number, a bool, null...)."""
    tag = _resolver.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR:
        return value
    return _constructor.construct_object(yaml.ScalarNode(tag, value))


def _refusal(event: Any) -> str | None:
    """Why an event has no place in a spec file: anchors, aliases and tags (the specs use none; an alias can
    repeat a subtree exponentially or contain itself)."""
    if type(event) is yaml.AliasEvent:
        return f"YAML alias *{event.anchor} is not allowed (the specs use no anchors or aliases)"
    if event.anchor is not None:
        return f"YAML anchor &{event.anchor} is not allowed (the specs use no anchors or aliases)"
    if event.tag is not None and not (type(event) is not yaml.ScalarEvent and event.implicit):
        return f"YAML tag {event.tag} is not allowed (the specs use none)"
    return None


def _document(loader: Any, path: Path) -> Any:
    """The value of the one document in `loader`'s stream, built from the parser's events.

    Reading events one by one (not composing a node graph first) refuses what YAML could make costly before it
    exists: an anchor, alias or tag (see _refusal), a nesting deeper than MAX_DEPTH, a second document; and a
    repeated key, which PyYAML would silently let win."""
    loader.get_event()  # StreamStart
    if loader.check_event(yaml.StreamEndEvent):
        raise SpecSyntaxError(path, 1, "empty file")
    loader.get_event()  # DocumentStart
    stack: list[Any] = []  # the open collections
    keys: list[Any] = []  # per open mapping: the key waiting for its value, and its line (None: no key yet)
    while True:
        event = loader.get_event()
        kind = type(event)
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            value = stack.pop()
            keys.pop()
            if not stack:
                break
            line = value.line
        else:
            line = event.start_mark.line + 1
            if kind is yaml.AliasEvent or event.anchor is not None or event.tag is not None:
                reason = _refusal(event)
                if reason:
                    raise SpecSyntaxError(path, line, reason)
            if kind is not yaml.ScalarEvent:
                if len(stack) >= MAX_DEPTH:
                    raise SpecSyntaxError(path, line, f"nested deeper than {MAX_DEPTH} levels")
                opened = LineDict() if kind is yaml.MappingStartEvent else LineList()
                opened.line = line
                opened.lines = {} if kind is yaml.MappingStartEvent else []
                stack.append(opened)
                keys.append(None)
                continue
            value = _scalar_value(event, path, line)
            if not stack:
                break
        collection = stack[-1]
        if type(collection) is LineList:
            list.append(collection, value)
            collection.lines.append(line)
        elif keys[-1] is None:
            key = value if type(value) is str else str(value)
            if key in collection:
                raise SpecSyntaxError(path, line, f"duplicate key '{key}' (first at line {collection.lines[key]})")
            keys[-1] = (key, line)
        else:
            key, key_line = keys[-1]
            keys[-1] = None
            collection[key] = value
            collection.lines[key] = key_line
    loader.get_event()  # DocumentEnd
    if not loader.check_event(yaml.StreamEndEvent):
        raise SpecSyntaxError(
            path, loader.peek_event().start_mark.line + 1, "a second YAML document (a spec file holds one)"
        )
    return value


def _scalar_value(event: Any, path: Path, line: int) -> Any:
    if not event.implicit[0]:  # quoted or a block scalar: always text
        return event.value
    try:
        return _plain(event.value)
    except Exception as exc:  # PyYAML's constructors raise anything on odd values ("2025-13-45", 10**5000)
        message = exc.problem if isinstance(exc, yaml.MarkedYAMLError) else str(exc)
        raise SpecSyntaxError(path, line, f"invalid value {event.value[:40]!r}: {message}") from exc


def load(path: Path) -> Any:
    """Load one YAML file with line information; raise SpecSyntaxError on any defect."""
    text = _text(path)
    loader = _Loader(text)
    try:
        return _document(loader, path)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise SpecSyntaxError(path, line, f"invalid YAML: {exc.problem or exc.context}") from exc
    except yaml.reader.ReaderError as exc:
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        line = text.count("\n", 0, max(text.find(chr(character)), 0)) + 1  # the reader stops at its first one
        raise SpecSyntaxError(path, line, f"invalid YAML: character #x{character:04x}: {exc.reason}") from exc
    except yaml.YAMLError as exc:
        raise SpecSyntaxError(path, 1, f"invalid YAML: {exc}") from exc
    finally:
        loader.dispose()


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
