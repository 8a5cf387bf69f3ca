"""Views of the client layer: endpoints, API groups (one per category) and their methods.

Every name, annotation and docstring line is decided here; the templates only print them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ...names import (
    CLIENT_ATTRIBUTES,
    argument_type,
    camel,
    endpoint_constant,
    field_attribute,
    group_attribute,
    group_class,
    model_class,
    models_module,
    reference_anchor,
    reference_url,
)
from ...spec.model import Api, Corpus, Field, walk

CODES_INLINE = 12  # code tables up to this size are listed in full in docstrings


@dataclass
class ArgumentView:
    name: str  # the Python parameter
    wire: str  # the JSON field
    annotation: str
    required: bool
    const: str | None = None  # the one value the spec fixes it to, its default

    @property
    def declaration(self) -> str:
        """The parameter as written in the signature; optional ones default to None, a fixed one to its value."""
        if self.const is not None:
            value = json.dumps(self.const)
            return f"{self.name}: Literal[{value}] = {value}"
        return f"{self.name}: {self.annotation}" + ("" if self.required else " | None = None")


@dataclass
class MethodView:
    api_id: str
    alias: str
    constant: str
    response: str
    arguments: list[ArgumentView]
    paging: bool
    doc: list[str]

    @property
    def keyword_only(self) -> bool:
        return bool(self.arguments) or self.paging

    @property
    def docstring(self) -> str:
        return "\n".join(self.doc).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


@dataclass(frozen=True)
class Variant:
    """The sync or the async flavour of the generated groups and clients."""

    prefix: str  # of class names
    define: str  # "def" or "async def"
    wait: str  # "" or "await "
    group_base: str
    client_base: str
    label: str


VARIANTS = (
    Variant("", "def", "", "SyncGroup", "SyncClientBase", "sync"),
    Variant("Async", "async def", "await ", "AsyncGroup", "AsyncClientBase", "async"),
)


@dataclass
class GroupView:
    attribute: str
    name: str  # the class; the async one adds the variant's prefix
    module: str  # kiwoom_sdk.api.<module>, and kiwoom_sdk.models.<module>
    section: str
    category: str
    methods: list[MethodView] = field(default_factory=list)


@dataclass
class RuleView:
    target: str
    when: list[tuple[str, list[str]]]
    require: bool
    blank_otherwise: bool
    allow_blank: bool
    minimum: str  # a Python literal: "1" or "None"
    grids: list[str]
    source: str


@dataclass
class GridView:
    name: str
    steps: list[str]  # each step as a Python literal: (Decimal("2000"), Decimal("1")); the last bound None


def _decimal_literal(value: object) -> str:
    return "None" if value is None else f'Decimal("{value}")'


def grid_views(corpus: Corpus) -> list[GridView]:
    """The price grids of specs/market.yaml, for the client's rules and the simulator's market."""
    grids = corpus.market.get("grids", {})
    return [
        GridView(name, [f"({_decimal_literal(e.get('below'))}, {_decimal_literal(e['tick'])})" for e in grids[name]])
        for name in sorted(grids)
    ]


@dataclass
class EndpointView:
    constant: str
    api_id: str
    name_ko: str
    name_en: str
    path: str
    models: str
    request_class: str
    response_class: str
    order: bool
    paging: bool
    mock_supported: bool
    rules: list[RuleView]
    mock_refused: list[tuple[str, list[str]]]  # (field, codes of NXT / SOR) the mock server refuses
    alias: str
    look_up: list[str]  # an order's: the query TRs that show whether it stands
    item_codes: list[tuple[str, str]]  # (field, kind of item code) of the fields that carry one


def _code_text(corpus: Corpus, table: str) -> str:
    codes = corpus.codes[table].codes
    if len(codes) > CODES_INLINE:
        return f"codes.{camel(table)} ({len(codes)} codes)"
    return f"codes.{camel(table)}: " + ", ".join(f"{c.code} {c.ko}" for c in codes)


def _argument_doc(f: Field, corpus: Corpus) -> str:
    parts = [f.ko, f.kind]
    parts += [detail for detail in (f.unit_words, f.value.format) if detail]
    if f.length:
        parts.append(f"max {f.length}")
    if f.value.const is not None:  # sent as the spec fixes it: the argument need not be given
        parts.append(f"always {json.dumps(f.value.const)}, the default")
    else:
        parts.append("required" if f.required else "optional")
    if f.enum:
        parts.append(_code_text(corpus, f.enum))
    return f"{field_attribute(f.name)}: " + " · ".join(parts)


def _doc(api: Api, corpus: Corpus) -> list[str]:
    flags = []
    if api.order:
        flags.append("places or changes an order: never retried automatically")
        flags.append(f"when its answer is lost (OrderStateUnknown), look it up with {' / '.join(api.look_up)}")
    if api.paging:
        flags.append("pages: pass cont_yn=True and the previous response's next_key for the next page")
        flags.append(f"every page: `client.pages(client.{api.id}, ...)` with this method's arguments, typed as here")
    mock = "not on the mock server" if not api.mock_supported else "mock server: yes"
    if api.mock_supported and api.mock_exchanges:
        mock += f" ({', '.join(api.mock_exchanges)} only)"
    lines = [f"{api.id} {api.name_ko} ({api.name_en}).", "", f"POST {api.path} · {mock}."]
    lines += [flag[:1].upper() + flag[1:] + "." for flag in flags]
    if api.request:
        ordered = sorted(api.request, key=lambda f: not f.caller_gives)
        lines += ["", "Args:"] + [f"    {_argument_doc(f, corpus)}" for f in ordered]
    lines += [f"    {rule.in_words()}." for rule in api.rules if not rule.allow_blank]
    lines += [
        "",
        "Returns:",
        f"    {model_class(api.id, 'Response')}: {len(api.response)} fields, values typed by kind",
        f"    (every field: {reference_url(api.section, api.category, reference_anchor(api.id, api.alias, api.protocol))}).",
        "",
        "Raises:",
        *(f"    {line}" for line in _raises(api, corpus)),
        "",
        f"Source: {api.guide_source}.",
    ]
    return lines


def _raises(api: Api, corpus: Corpus) -> list[str]:
    """The errors a TR's method raises, in the order a call meets them."""
    lines = ["RequestInvalid: an argument breaks the spec (kind, required, a rule); nothing was sent."]
    if not api.mock_supported or _mock_refused(api, corpus):
        lines.append("MockUnsupported: the mock server does not serve this call; nothing was sent.")
    if api.order:
        lines += [
            "errors.OrderRefused: the broker refused the order (reason_code, reason); it was NOT placed.",
            f"OrderStateUnknown: the answer was lost; look the order up with {' / '.join(api.look_up)}.",
        ]
    else:
        lines.append("errors.RequestRefused: the server refused the request (reason_code, reason).")
    lines += [
        "KiwoomError: the class of any other Kiwoom code (errors.AuthError; errors.RateLimitError and",
        "    errors.ServerError once retries are spent; ...), TransportFailed, ResponseInvalid, ClientClosed.",
    ]
    return lines


def _method(api: Api, corpus: Corpus) -> MethodView:
    if api.alias in CLIENT_ATTRIBUTES:
        raise ValueError(f"{api.loc}: alias {api.alias!r} would hide a client attribute")
    arguments = [
        ArgumentView(
            field_attribute(f.name),
            f.name,
            argument_type(f.kind, f.enum),
            f.caller_gives,
            f.value.const,
        )
        for f in api.request
    ]
    arguments.sort(key=lambda a: not a.required)  # keyword-only, so order is for reading only
    return MethodView(
        api.id,
        api.alias,
        endpoint_constant(api.id),
        model_class(api.id, "Response"),
        arguments,
        api.paging,
        _doc(api, corpus),
    )


def group_views(corpus: Corpus) -> list[GroupView]:
    groups: dict[tuple[str, str], GroupView] = {}
    for api in corpus.http_apis():
        key = (api.section, api.category)
        if key not in groups:
            groups[key] = GroupView(
                group_attribute(*key),
                group_class(*key),
                models_module(*key),
                *key,
            )
        groups[key].methods.append(_method(api, corpus))
    return [groups[key] for key in sorted(groups)]


def endpoint_views(corpus: Corpus) -> list[EndpointView]:
    return [
        EndpointView(
            endpoint_constant(api.id),
            api.id,
            api.name_ko,
            api.name_en,
            api.path,
            models_module(api.section, api.category),
            model_class(api.id, "Request"),
            model_class(api.id, "Response"),
            api.order,
            api.paging,
            api.mock_supported,
            [
                RuleView(
                    r.target,
                    sorted(r.when.items()),
                    r.require,
                    r.blank_otherwise,
                    r.allow_blank,
                    str(r.minimum),
                    r.grid,
                    r.source,
                )
                for r in api.rules
            ],
            _mock_refused(api, corpus),
            api.alias,
            api.look_up,
            [(f.name, f.item_code) for f in api.request if f.item_code],
        )
        for api in corpus.http_apis()
    ]


MOCK_REFUSED_CODES = ("nxt", "sor")  # English names of the codes for exchanges the mock server lacks


def _mock_refused(api: Api, corpus: Corpus) -> list[tuple[str, list[str]]]:
    out = []
    for f in api.request:
        if f.enum:
            codes = [c.code for c in corpus.codes[f.enum].codes if c.name in MOCK_REFUSED_CODES]
            if codes:
                out.append((f.name, codes))
    return out


CREDENTIALS_KO = ("앱키", "시크릿키", "접근토큰")  # app key, secret key, access token: never shown in a repr


def credential_fields(corpus: Corpus) -> list[str]:
    """The wire names of the fields that carry a credential (their Korean name is one of CREDENTIALS_KO)."""
    return sorted(
        {f.name for api in corpus.apis.values() for f in walk(api.request + api.response) if f.ko in CREDENTIALS_KO}
    )


def hosts(corpus: Corpus) -> list[tuple[str, str, str]]:
    """(env, REST base URL, WebSocket base URL) per environment."""
    return [(env, h["rest"], h["websocket"]) for env, h in sorted(corpus.protocol["hosts"].items())]
