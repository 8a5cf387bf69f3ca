"""A field's value kind when its spec does not declare one: derived from its code table or format,
reviewed in specs/fields.yaml, or inferred by the rules of specs/kinds.yaml (see there)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from .model import Field, KindRule, ReviewedKind

_IGNORED = re.compile(r"[\s()\[\]]")

# What a value of each scalar kind looks like on the wire, blank aside, written so that Python's `re` and ECMA-262
# (JSON Schema's `pattern`) read it alike. Signs may be doubled ("--714"): the guide's examples (and Kiwoom's
# servers) put a direction sign in front of a signed number; a few TRs write thousands separators ("56,900"). Lint
# holds every example and recorded value to these; the OpenAPI and AsyncAPI exports describe response values by them.
WIRE_SHAPES = {
    "int": r"[+-]{0,2}[0-9][0-9,]*",
    "signed_int": r"[+-]{0,2}[0-9][0-9,]*",
    "price": r"[+-]{0,2}[0-9][0-9,]*(\.[0-9]+)?",
    "decimal": r"[+-]{0,2}[0-9,]*\.?[0-9]+",
    "rate": r"[+-]{0,2}[0-9]*\.?[0-9]+%?",
    "directed_rate": r"[+-]{0,2}[0-9]*\.?[0-9]+%?",
    "date": r"[0-9]{8}|0+|[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?)?",
    "time": r"[0-9]{6}|[0-9]{2}:[0-9]{2}:[0-9]{2}",
    "clock_time": r"[0-9]{6}|[0-9]{2}:[0-9]{2}:[0-9]{2}",
    "datetime": r"[0-9]{14}|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?",
    "flag": r"[YN]",
}
# The shape of each date or time format a field may declare (`format:`), for the fields that are text of that shape
# (kinds.yaml: format-other); requests are held to it (the models' pattern), the exports describe values by it.
FORMAT_SHAPES = {
    "YYYYMMDDHHMMSS": "[0-9]{14}",
    "YYYYMMDD": "[0-9]{8}",
    "YYYYMM": "[0-9]{6}",
    "YYYY": "[0-9]{4}",
    "HHMMSS": "[0-9]{6}",
    "HH:MM:SS": "[0-9]{2}:[0-9]{2}:[0-9]{2}",
    "HHMM": "[0-9]{4}",
    "HH:MM": "[0-9]{2}:[0-9]{2}",
}


def request_shape(f: Field) -> str | None:
    """The shape a request text field is held to (its format's, FORMAT_SHAPES), None when only its length is."""
    return FORMAT_SHAPES.get(f.value.format or "") if f.kind == "text" else None


@lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def normalized_ko(ko: str) -> str:
    """A Korean name as rules and reviews compare it: without spaces and brackets."""
    return _IGNORED.sub("", ko)


def _ko(raw: Mapping[str, Any]) -> str:
    return normalized_ko(str(raw.get("ko", "")))


@lru_cache(maxsize=1024)
def _suffixes(expected: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_IGNORED.sub("", s) for s in expected)


def matches(when: Mapping[str, Any], raw: Mapping[str, Any], samples: Sequence[str], ko: str | None = None) -> bool:
    """Whether every condition of a rule holds for a field (as written in its spec); `ko` is the field's Korean
    name as rules compare it, when the caller has it already."""
    ko = _ko(raw) if ko is None else ko
    for condition, expected in when.items():
        if condition == "has" and not all(key in raw for key in expected):
            return False
        if condition == "lacks" and any(key in raw for key in expected):
            return False
        if condition in ("format", "unit", "enum") and raw.get(condition) not in expected:
            return False
        if condition == "signed" and bool(raw.get("signed", False)) != expected:
            return False
        if condition == "length" and raw.get("length") not in expected:
            return False
        if condition == "ko_suffix" and not ko.endswith(_suffixes(tuple(expected))):
            return False
        if condition == "ko_contains" and not any(s in ko for s in expected):
            return False
        if condition == "ko_excludes" and any(s in ko for s in expected):
            return False
        if condition == "name_suffix" and not str(raw.get("name", "")).endswith(tuple(expected)):
            return False
        if condition == "examples":
            present = [s for s in samples if s.strip()]
            if not present or not all(_regex(expected).match(s.strip()) for s in present):
                return False
    return True


def infer_kind(
    raw: Mapping[str, Any],
    samples: Sequence[str],
    rules: Sequence[KindRule],
    reviewed: Mapping[tuple[str, str], ReviewedKind] | None = None,
) -> tuple[str, str, str | None]:
    """(kind, source, rule id) for a field that declares no kind; source is derived, reviewed or inferred."""
    if raw.get("fields") or raw.get("fids"):
        return "list", "derived", "nested-group"
    ko = _ko(raw)
    for rule in rules:
        if rule.derived and matches(rule.when, raw, samples, ko):
            return rule.kind, "derived", rule.id
    review = (reviewed or {}).get((str(raw.get("name", "")), ko))
    if review is not None:
        return review.kind, "reviewed", None
    for rule in rules:
        if not rule.derived and matches(rule.when, raw, samples, ko):
            return rule.kind, "inferred", rule.id
    return "text", "inferred", "no-rule"
