"""From the intermediate model to the views the templates print. Every decision is made here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .lint import walk
from .model import Corpus
from .names import attribute, camel, class_name, fid_type, member


@dataclass
class ErrorView:
    name: str
    base: str
    code: int
    message_ko: str
    meaning: str


@dataclass
class ErrorClassView:
    name: str
    key: str
    description: str


@dataclass
class EnumView:
    name: str
    table: str
    name_ko: str
    members: list[tuple[str, str, str]]  # (member, code, Korean label)


@dataclass
class FidView:
    fid: int
    attribute: str
    ko: str
    kind: str
    annotation: str
    expression: str


@dataclass
class RealtimeView:
    name: str
    type_id: str
    name_ko: str
    name_en: str
    section: str
    fids: list[FidView] = field(default_factory=list)

    @property
    def typed_fids(self) -> list[str]:
        return [str(f.fid) for f in self.fids if f.kind not in ("text", "code")]


def error_views(corpus: Corpus) -> tuple[list[ErrorClassView], list[ErrorView]]:
    classes = corpus.error_classes
    bases = [ErrorClassView(class_name(key, "Error"), key, text) for key, text in sorted(classes.items())]
    base_of = {view.key: view.name for view in bases}
    errors = [
        ErrorView(e.name, base_of[e.error_class], e.code, e.message_ko, e.meaning)
        for e in sorted(corpus.errors.values(), key=lambda e: e.code)
    ]
    return bases, errors


def enum_views(corpus: Corpus) -> list[EnumView]:
    return [
        EnumView(camel(t.name), t.name, t.name_ko, [(member(c.name), c.code, c.ko) for c in t.codes])
        for t in sorted(corpus.codes.values(), key=lambda t: t.name)
    ]


def realtime_views(corpus: Corpus) -> list[RealtimeView]:
    views = []
    for api in sorted((a for a in corpus.apis.values() if a.protocol == "realtime"), key=lambda a: a.id):
        view = RealtimeView(camel(api.alias), api.id, api.name_ko, api.name_en, api.section)
        seen: set[str] = set()
        for ref in (ref for f in walk(api.response) for ref in f.fids):
            fid = corpus.fids[ref.fid]
            name = attribute(fid.name)
            if name in seen:
                continue
            seen.add(name)
            annotation, expression, _ = fid_type(ref, fid)
            kind = str(ref.overrides.get("kind", fid.kind))
            view.fids.append(FidView(ref.fid, name, ref.ko, kind, annotation, expression))
        views.append(view)
    return views


def realtime_examples(corpus: Corpus) -> dict[str, Any]:
    """The guide's REAL frames per realtime type, for the generated tests."""
    out: dict[str, Any] = {}
    for api in sorted((a for a in corpus.apis.values() if a.protocol == "realtime"), key=lambda a: a.id):
        out[api.id] = [e.body for e in api.examples if e.part == "response" and _is_real(e.body)]
    return out


def _is_real(body: Any) -> bool:
    return (
        isinstance(body, dict)
        and isinstance(body.get("data"), list)
        and any("values" in d for d in body["data"] if isinstance(d, dict))
    )
