"""From the intermediate model to the views the templates print, shared by the targets: the code tables, errors and
realtime types that the library's modules, its docs and its tests all show; the library's value types. Every decision
is made here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..names import (
    MANY,
    MANY_AT_ONCE,
    SCALED,
    attribute,
    camel,
    class_name,
    code_argument_type,
    code_value_type,
    codes_url,
    fid_type,
    member,
    price_argument_type,
    scaled_value_type,
)
from ..spec.model import Api, Corpus, walk


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
    value_type: str  # the response type of fields coded by this table
    argument_type: str  # the request type of fields coded by this table
    url: str  # its entry on the documentation site


@dataclass
class FidView:
    fid: int
    attribute: str
    ko: str
    kind: str
    annotation: str
    converter: str  # FidType.converter: 'to_price'
    arguments: str  # FidType.arguments: '', ', codes.SellBuy', ', 100'
    source: str = ""  # what `_read` gives the attribute: 'g0[3]' (its place in a group) or 'to_time(sent("20"))'

    @property
    def doc(self) -> str:
        """The attribute's docstring: 'FID 10 현재가 (price)'."""
        return f"FID {self.fid} {self.ko} ({self.kind})"

    @property
    def reader(self) -> str:
        """The arguments of the FID's Typed attribute (one FID alone): 'to_price, "10"'."""
        return f'{self.converter}, "{self.fid}"{self.arguments}'


@dataclass
class FidGroup:
    """FIDs of one realtime type that `_read` converts together: `converter(raw values)`."""

    converter: str  # 'to_ints'
    fids: list[FidView]

    @property
    def numbers(self) -> tuple[str, ...]:
        return tuple(str(f.fid) for f in self.fids)


@dataclass
class RealtimeView:
    name: str
    type_id: str
    name_ko: str
    name_en: str
    section: str
    registered: str  # "codes", "none" or "" (see `registered_by`)
    fids: list[FidView] = field(default_factory=list)
    groups: list[FidGroup] = field(default_factory=list)  # what `_read` converts many at once (see grouped)

    def grouped(self) -> RealtimeView:
        """The view with its groups, and the source of each FID's value in `_read`: the FIDs that a converter of
        names.MANY_AT_ONCE reads go together (whole numbers by kind: a signed one, "+8", takes a slower path, which
        should not slow the others), in the order of their first FID; a group of fewer than MANY is read one by one,
        which costs less."""
        groups: dict[tuple[str, str], FidGroup] = {}
        for f in self.fids:
            if f.converter in MANY_AT_ONCE and not f.arguments:
                kind = f.kind if f.converter == "to_int" else ""
                groups.setdefault((f.converter, kind), FidGroup(MANY_AT_ONCE[f.converter], [])).fids.append(f)
        self.groups = [group for group in groups.values() if len(group.fids) >= MANY]
        for number, group in enumerate(self.groups):
            for place, f in enumerate(group.fids):
                f.source = f"g{number}[{place}]"
        for f in self.fids:
            f.source = f.source or f'{f.converter}(sent("{f.fid}"){f.arguments})'
        return self

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


@dataclass
class RefinedView:
    name: str
    base: str
    meaning: str
    codes: list[int]
    pattern: str


@dataclass
class NoticeView:
    code: str
    name: str
    message: str
    meaning: str
    reconnect: bool


@dataclass
class ErrorFormsView:
    """errors.yaml beyond the guide, and the SYSTEM notices of api.yaml, as errors.py prints them."""

    refusal_code: int
    refusal_return_code: int
    refusal_name: str
    refusal_base: str
    refusal_meaning: str
    order_name: str
    order_meaning: str
    order_note: str
    embedded: list[str]  # patterns, tried in order
    embedded_forms: list[str]  # an example of each
    refined: list[RefinedView]
    no_data_return_codes: list[int]
    no_data_pattern: str
    no_data_patterns: list[str]
    notices: list[NoticeView]

    @property
    def session_notices(self) -> list[NoticeView]:
        """The notices after which a realtime session ends instead of reconnecting."""
        return [n for n in self.notices if not n.reconnect]


def error_forms_view(corpus: Corpus) -> ErrorFormsView:
    forms = corpus.error_forms
    base_of = {key: class_name(key, "Error") for key in corpus.error_classes}
    refusal = forms.refusal
    refined = [
        RefinedView(r["name"], base_of[r["class"]], r["meaning"], sorted(r["codes"]), r["pattern"])
        for r in forms.refine
    ]
    system = corpus.protocol["websocket"].get("SYSTEM", {})
    notices = [
        NoticeView(code, n["name"], n["message"], n["meaning"], n["reconnect"])
        for code, n in sorted(system.get("codes", {}).items())
    ]
    return ErrorFormsView(
        refusal["code"],
        refusal["return_code"],
        refusal["name"],
        base_of[refusal["class"]],
        refusal["meaning"],
        refusal["order"]["name"],
        refusal["order"]["meaning"],
        refusal["order"]["note"],
        [e["pattern"] for e in forms.embedded],
        [e["form"] for e in forms.embedded],
        refined,
        sorted(forms.no_data["return_codes"]),
        "|".join(re.escape(p) for p in forms.no_data["patterns"]),
        list(forms.no_data["patterns"]),
        notices,
    )


def enum_views(corpus: Corpus) -> list[EnumView]:
    return [
        EnumView(
            camel(t.name),
            t.name,
            t.name_ko,
            [(member(c.name), c.code, c.ko) for c in t.codes],
            code_value_type(t.name),
            code_argument_type(t.name),
            codes_url(t.name),
        )
        for t in sorted(corpus.codes.values(), key=lambda t: t.name)
    ]


@dataclass
class ScaleView:
    name: str
    scale: int
    parser: str  # the validator factory in kiwoom_sdk._types
    annotation: str


def scale_views(scales: list[tuple[str, int]]) -> list[ScaleView]:
    return [
        ScaleView(scaled_value_type(family, scale), scale, SCALED[family][2], SCALED[family][0])
        for family, scale in scales
    ]


@dataclass
class PriceArgumentView:
    name: str
    decimals: int


def price_argument_views(decimals: list[int]) -> list[PriceArgumentView]:
    return [PriceArgumentView(price_argument_type(d), d) for d in decimals]


def registered_by(api: Api) -> str:
    """How a REG names a realtime type's items: "none" when the spec's REG example registers the empty item (the
    account types 00 / 04, and 0s / 1h, which the guide registers that way only), "codes" for any other realtime
    type, "" for a type that no REG registers (a realtime condition search's pushes)."""
    if api.protocol != "realtime":
        return ""
    examples = [e.body for e in api.examples if e.part == "request" and isinstance(e.body, dict)]
    entries = [entry for body in examples for entry in body.get("data") or [] if isinstance(entry, dict)]
    return "none" if entries and all(entry.get("item") in ([""], "", None) for entry in entries) else "codes"


def item_code_pattern(corpus: Corpus) -> str:
    """The shape of a domestic REG item (specs/api.yaml, websocket REG item_code)."""
    return str(corpus.protocol["websocket"]["REG"]["item_code"]["domestic"])


def group_length(corpus: Corpus) -> int:
    """The length of a REG's group number: the `grp_no` field of the realtime types' REG requests (the domestic
    sheets give 4; the US sheets give no length, and the same rule serves both sections). ValueError if the specs
    give none or disagree, rather than pick one."""
    lengths = {
        f.length
        for api in corpus.apis.values()
        if api.protocol == "realtime"
        for f in api.request
        if f.name == "grp_no" and f.length is not None
    }
    if len(lengths) != 1:
        raise ValueError(f"the realtime specs give grp_no the lengths {sorted(lengths)}; one was expected")
    return lengths.pop()


def realtime_views(corpus: Corpus) -> list[RealtimeView]:
    views = []
    for api, type_id, fields in corpus.realtime_sources():
        view = RealtimeView(camel(api.alias), type_id, api.name_ko, api.name_en, api.section, registered_by(api))
        seen: set[str] = set()
        for ref in (ref for f in walk(fields) for ref in f.fids):
            fid = corpus.fids[ref.fid]
            name = attribute(fid.name)
            if name in seen:
                continue
            seen.add(name)
            typed = fid_type(ref, fid)
            kind = str(ref.overrides.get("kind", fid.kind))
            view.fids.append(FidView(ref.fid, name, ref.ko, kind, typed.annotation, typed.converter, typed.arguments))
        views.append(view.grouped())
    return views
