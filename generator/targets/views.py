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
    reference_anchor,
    reference_url,
    scaled_value_type,
)
from ..spec.model import Api, CodeTable, Corpus, Fid, FidRef, Field, walk


@dataclass
class ErrorView:
    name: str
    base: str
    code: int
    message_ko: str
    meaning: str
    reissue_token: bool


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
    fid: int | str  # a FID's number; the name of a row's member that is no FID (usa20281's stex_tp)
    attribute: str
    ko: str
    kind: str
    annotation: str
    converter: str  # FidType.converter: 'to_price'
    arguments: str  # FidType.arguments: '', ', codes.SellBuy', ', 100'
    source: str = ""  # what `_read` gives the attribute: 'g0[3]' (its place in a group) or 'to_time(sent("20"))'
    unit: str | None = None  # the type's own where it overrides the FID's: 'thousand_shares' for a sector's volume

    @property
    def doc(self) -> str:
        """The attribute's docstring: 'FID 10 현재가 (price, KRW)', 'stex_tp 거래소구분 (code)'."""
        what = ", ".join(filter(None, (self.kind, self.unit)))
        return f"{'FID ' if isinstance(self.fid, int) else ''}{self.fid} {self.ko} ({what})"

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
    url: str  # its entry on the documentation site
    source: str  # the guide workbook and sheet it follows
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
        ErrorView(e.name, base_of[e.error_class], e.code, e.message_ko, e.meaning, e.reissue_token)
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


def item_code_pattern(corpus: Corpus, section: str = "domestic") -> str:
    """The shape of a REG item's code in `section`, anchored: the pattern of the kind of item code that
    specs/api.yaml's websocket REG item_code names (an older spec wrote the domestic pattern there itself)."""
    reg = corpus.protocol["websocket"]["REG"]["item_code"]
    kinds = corpus.item_codes()
    if reg.get(section) not in kinds:
        return str(reg[section])
    return f"^(?:{kinds[reg[section]].pattern})$"


def item_code_shape(corpus: Corpus, section: str = "domestic") -> str:
    """The shape in words of a REG item's code in `section` (the kind websocket REG item_code names)."""
    return corpus.item_codes()[corpus.protocol["websocket"]["REG"]["item_code"][section]].shape


def market_prefix_pattern(corpus: Corpus) -> str:
    """The optional leading letter of a domestic item code (specs/api.yaml, websocket REG item_code)."""
    return str(corpus.protocol["websocket"]["REG"]["item_code"]["market_prefix"])


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


@dataclass(frozen=True)
class ConditionSearchView:
    """A section's condition search over WebSocket, as its specs give it: the trnm of its list (CNSRLST), of a search
    (CNSRREQ, one-off or realtime), of the message that ends a realtime one (CNSRCLR), the realtime type of the pushes
    a realtime one brings (02), the APIs of its list and of its one-off search, the search_type of a one-off search
    (0) and of a realtime one (1), the codes of a search's exchange (stex_tp: K; none where a search names no
    exchange, the US one's), and the cont_yn of a page that another follows (Y) and of the last (N); "" / None where
    the spec set has no such API (a partial one)."""

    section: str
    listing: str
    search: str
    clear: str
    push: str
    listing_api: Api | None
    rows_api: Api | None
    search_type_once: str
    search_type_realtime: str
    exchanges: tuple[str, ...]
    next_page: str
    last_page: str


def _trnm(api: Api | None) -> str:
    return str(next((f.value.const for f in api.request if f.name == "trnm"), None) or "") if api else ""


def _search_type(api: Api | None, corpus: Corpus) -> str:
    """The one value a search API's search_type takes (its const, or the one code of its table: ka10172's "0",
    ka10173's "1"); "" without the API. ValueError for a search_type that takes several values or none."""
    if api is None:
        return ""
    f = next((f for f in api.request if f.name == "search_type"), None)
    values = (
        [f.value.const] if f and f.value.const else [c.code for c in corpus.codes[f.enum].codes] if f and f.enum else []
    )
    if len(values) != 1:
        raise ValueError(f"{api.loc}: its search_type takes {len(values)} values; the search it sends needs one")
    return str(values[0])


def _exchanges(searches: list[Api], corpus: Corpus) -> tuple[str, ...]:
    """The codes of the searches' stex_tp (the code table it names: ka10172's and ka10173's K), () where they name no
    exchange. ValueError for searches that disagree, or a stex_tp without a code table."""
    found = set()
    for api in searches:
        f = next((f for f in api.request if f.name == "stex_tp"), None)
        if f is not None and not f.enum:
            raise ValueError(f"{api.loc}: its stex_tp names no code table; a search's exchange is one of its codes")
        found.add(tuple(c.code for c in corpus.codes[f.enum].codes) if f and f.enum else ())
    if len(found) > 1:
        raise ValueError(f"the searches {[a.id for a in searches]} name their exchanges differently: {sorted(found)}")
    return found.pop() if found else ()


def _continuation(api: Api | None, corpus: Corpus) -> tuple[str, str]:
    """The codes of a one-off search's cont_yn (its table, continuation_request: continuation "Y", no_continuation
    "N"), ("", "") without the API. ValueError for a cont_yn without a table, or one whose codes are named
    otherwise."""
    if api is None:
        return "", ""
    f = next((f for f in api.request if f.name == "cont_yn"), None)
    if f is None or not f.enum:
        raise ValueError(f"{api.loc}: its cont_yn names no code table; a search's pages are asked for with its codes")
    codes = _codes_named(corpus.codes[f.enum], ("continuation", "no_continuation"), f"{api.loc}: its cont_yn")
    return codes["continuation"], codes["no_continuation"]


def _codes_named(table: CodeTable, names: tuple[str, ...], whose: str) -> dict[str, str]:
    """The codes of `table` by their names, which must be `names` (what is sent is picked by name): ValueError,
    saying `whose` codes they are, for a table whose codes are named otherwise."""
    codes = {c.name: c.code for c in table.codes}
    if sorted(codes) != sorted(names):
        raise ValueError(f"{whose} codes are named {sorted(codes)}, not {', '.join(names)}")
    return codes


def condition_search_views(corpus: Corpus) -> list[ConditionSearchView]:
    """One per section with WebSocket APIs (their protocol: the condition search; REG is a realtime type's): its list
    is the API whose answer lists arrays (tuple: ka10171, usa20280), its one-off search the one whose answer rows are
    keyed by FID (ka10172, usa20281), its realtime search the one whose push names a realtime type (ka10173,
    usa20290), its end the one whose request is trnm and seq alone (ka10174, usa20291). ValueError for two APIs of
    one role, or searches of two trnms."""
    pushes = {api.id: type_id for api, type_id, fields in corpus.realtime_sources() if fields is api.push}
    views = []
    for section in sorted({a.section for a in corpus.apis.values() if a.protocol == "websocket"}):
        peers = sorted(
            (a for a in corpus.apis.values() if a.protocol == "websocket" and a.section == section), key=lambda a: a.id
        )

        def one(role: str, found: list[Api], section: str = section) -> Api | None:
            if len(found) > 1:
                raise ValueError(
                    f"the {section} condition search has {len(found)} {role} APIs: {[a.id for a in found]}"
                )
            return found[0] if found else None

        listing = one("list", [a for a in peers if any(f.kind == "list" and f.tuple for f in a.response)])
        rows = one("one-off search", [a for a in peers if row_fids(a, corpus)])
        realtime = one("realtime search", [a for a in peers if a.id in pushes])
        clear = one("end", [a for a in peers if [f.name for f in a.request] == ["trnm", "seq"]])
        searches = {_trnm(api) for api in (rows, realtime) if api is not None}
        if len(searches) > 1:
            raise ValueError(f"the {section} condition searches send two trnms: {sorted(searches)}")
        push = pushes[realtime.id] if realtime is not None else ""
        search = searches.pop() if searches else ""
        once, live = _search_type(rows, corpus), _search_type(realtime, corpus)
        exchanges = _exchanges([api for api in (rows, realtime) if api is not None], corpus)
        views.append(
            ConditionSearchView(
                section,
                _trnm(listing),
                search,
                _trnm(clear),
                push,
                listing,
                rows,
                once,
                live,
                exchanges,
                *_continuation(rows, corpus),
            )
        )
    return views


def push_trnm(corpus: Corpus) -> str:
    """The trnm of a frame of realtime entries (specs/api.yaml: websocket REAL), to which every push spec that fixes
    its trnm (a realtime condition search's: ka10173, usa20290) fixes it too. ValueError where one says another."""
    trnm = str(corpus.protocol["websocket"]["REAL"]["fields"]["trnm"])
    other = sorted(
        f"{api.id} {f.value.const}"
        for api in corpus.apis.values()
        for f in api.push
        if f.name == "trnm" and f.value.const is not None and f.value.const != trnm
    )
    if other:
        raise ValueError(f"the realtime frames' trnm is {trnm} (api.yaml), but pushes fix it otherwise: {other}")
    return trnm


@dataclass(frozen=True)
class RegistrationView:
    """The messages that register realtime types and remove them (REG, REMOVE: the code table every realtime spec's
    trnm names) and the codes of a REG's refresh (the table of its `refresh`): keep the group's earlier
    registrations ("1") or replace them ("0"); "" where the spec set has no realtime type (a partial one)."""

    register: str
    remove: str
    keep: str
    replace: str


def _realtime_codes(corpus: Corpus, field: str, names: tuple[str, ...]) -> dict[str, str]:
    """The codes, by their names, of the one code table that the request field `field` of every realtime spec names;
    {} without realtime specs. ValueError for a spec without that table, for two tables, or for a table whose codes
    are not named `names` (what the session sends is picked by name)."""
    apis = sorted((a for a in corpus.apis.values() if a.protocol == "realtime"), key=lambda a: a.id)
    tables = {api.id: next((f.enum for f in api.request if f.name == field), None) for api in apis}
    if not tables:
        return {}
    if len(set(tables.values())) != 1 or None in tables.values():
        named = sorted(f"{api_id} {table}" for api_id, table in tables.items())
        raise ValueError(f"the realtime specs' {field} should name one code table, but they name: {named}")
    table = corpus.codes[str(next(iter(tables.values())))]
    return _codes_named(table, names, f"{table.loc}: a REG's {field}")


def registration_view(corpus: Corpus) -> RegistrationView:
    """REG / REMOVE and the refresh codes, from the realtime specs' code tables (realtime_reg_action: register,
    remove; realtime_refresh: keep, replace), which api.yaml's websocket REG and REMOVE must agree with. ValueError
    where the specs disagree, rather than pick one."""
    actions = _realtime_codes(corpus, "trnm", ("register", "remove"))
    refresh = _realtime_codes(corpus, "refresh", ("keep", "replace"))
    if not actions:
        return RegistrationView("", "", "", "")
    messages = corpus.protocol.get("websocket", {})
    for message, name in (("REG", "register"), ("REMOVE", "remove")):
        said = str(messages.get(message, {}).get("fields", {}).get("trnm"))
        if said != actions[name]:
            raise ValueError(
                f"the realtime specs {name} with trnm {actions[name]}, but api.yaml's websocket {message} says {said}"
            )
    return RegistrationView(actions["register"], actions["remove"], refresh["keep"], refresh["replace"])


@dataclass(frozen=True)
class SessionTrnmsView:
    """The trnms of the session's own messages (specs/api.yaml websocket): the LOGIN it sends and the server answers,
    the PING it echoes, the SYSTEM notice."""

    login: str
    ping: str
    system: str


def session_trnms(corpus: Corpus) -> SessionTrnmsView:
    """LOGIN, PING and SYSTEM, as api.yaml's websocket messages fix their trnm (the LOGIN's answer and refusal with
    it). ValueError for a message without its trnm, or a LOGIN answered with another."""
    messages = corpus.protocol.get("websocket", {})
    found = {}
    for name in ("LOGIN", "PING", "SYSTEM"):
        trnm = messages.get(name, {}).get("fields", {}).get("trnm")
        if not isinstance(trnm, str) or not trnm:
            raise ValueError(f"api.yaml's websocket {name} fixes no trnm; the session sends or reads it")
        found[name] = trnm
    login = messages["LOGIN"]
    other = sorted({login[form]["trnm"] for form in ("answer", "refusal") if form in login} - {found["LOGIN"]})
    if other:
        raise ValueError(f"api.yaml's websocket LOGIN sends trnm {found['LOGIN']} but is answered with {other}")
    return SessionTrnmsView(found["LOGIN"], found["PING"], found["SYSTEM"])


def websocket_paths(corpus: Corpus) -> list[tuple[str, str]]:
    """(section, path) of each section's WebSocket (specs/api.yaml websocket_paths), by section, which every realtime
    and WebSocket spec's `path` must be. ValueError for a spec whose path is another, or a section with none."""
    paths = {str(section): str(path) for section, path in corpus.protocol.get("websocket_paths", {}).items()}
    other = sorted(
        f"{api.id} ({api.section}) {api.path}"
        for api in corpus.apis.values()
        if api.protocol in ("realtime", "websocket") and api.path != paths.get(api.section)
    )
    if other:
        raise ValueError(f"api.yaml's websocket_paths are {paths}, but these specs give another path: {other}")
    return sorted(paths.items())


def item_suffixes(corpus: Corpus) -> list[tuple[str, str]]:
    """(suffix, exchange) of a domestic item code (specs/api.yaml: the suffixes of the kind of item code a domestic
    REG item is: _NX NXT, _AL SOR), each of which that kind's pattern must accept ("005930_NX"). ValueError for one
    it refuses."""
    kind = corpus.protocol["websocket"]["REG"]["item_code"]["domestic"]
    given = corpus.protocol.get("item_codes", {}).get(kind, {}).get("suffixes", {})
    suffixes = [(str(suffix), str(exchange)) for suffix, exchange in given.items()]  # as given
    pattern = item_code_pattern(corpus)
    refused = [suffix for suffix, _ in suffixes if not re.fullmatch(pattern, "005930" + suffix)]
    if refused:
        raise ValueError(f"api.yaml's item code kind {kind!r} refuses its own suffixes {refused}: {pattern}")
    return suffixes


def condition_seq_length(corpus: Corpus) -> int:
    """The length of a condition search's `seq`: the request field of the WebSocket APIs that search (those with a
    `search_type`: ka10172 / ka10173 / usa20281 / usa20290 give 3), to which the guide's answer pads it ("2  ").
    ValueError if the specs give none or disagree, rather than pick one."""
    lengths = {
        f.length
        for api in corpus.apis.values()
        if api.protocol == "websocket" and any(f.name == "search_type" for f in api.request)
        for f in api.request
        if f.name == "seq" and f.length is not None
    }
    if len(lengths) != 1:
        raise ValueError(f"the condition searches give seq the lengths {sorted(lengths)}; one was expected")
    return lengths.pop()


def realtime_views(corpus: Corpus) -> list[RealtimeView]:
    views = []
    for api, type_id, fields in corpus.realtime_sources():
        url = reference_url(api.section, api.category, reference_anchor(api.id, api.alias, api.protocol))
        view = RealtimeView(
            camel(api.alias),
            type_id,
            api.name_ko,
            api.name_en,
            api.section,
            registered_by(api),
            url,
            api.push_source if fields is api.push else api.guide_source,
        )
        view.fids = fid_views([ref for f in walk(fields) for ref in f.fids], corpus)
        views.append(view.grouped())
    return views


def fid_views(refs: list[FidRef], corpus: Corpus) -> list[FidView]:
    """The typed attributes of these FIDs, as a realtime type or a condition search's row reads them: the name of
    fids.yaml, the kind, table and scale of the FID as the listing overrides them."""
    views: list[FidView] = []
    seen: set[str] = set()
    for ref in refs:
        fid = corpus.fids[ref.fid]
        name = attribute(fid.name)
        if name in seen:
            continue
        seen.add(name)
        typed = fid_type(ref, fid)
        kind = str(ref.overrides.get("kind", fid.kind))
        unit = ref.overrides.get("unit", fid.unit)
        views.append(
            FidView(ref.fid, name, ref.ko, kind, typed.annotation, typed.converter, typed.arguments, unit=unit)
        )
    return views


def row_class(api: Api) -> str:
    """The name of the class of a WebSocket API's answer rows: ConditionSearchRow (ka10172)."""
    return camel(api.alias) + "Row"


def answer_class(api: Api, corpus: Corpus) -> str | None:
    """The class of the realtime module that a WebSocket API's answer is read into, named after its alias: the row
    class of rows of FIDs (ConditionSearchRow), the NamedTuple of arrays (ConditionSearchListEntry); else None."""
    if row_fids(api, corpus):
        return row_class(api)
    if api.protocol == "websocket" and any(f.kind == "list" and f.tuple for f in api.response):
        return camel(api.alias) + "Entry"
    return None


def row_fids(api: Api, corpus: Corpus) -> list[FidRef]:
    """The FIDs of a WebSocket API's answer rows as its row class reads them (none: the API has no row class)."""
    if api.protocol != "websocket":
        return []
    for f in api.response:
        refs = _row_members(f, corpus)[0] if f.kind == "list" and not f.tuple else []
        if refs:
            return refs
    return []


def _row_members(f: Field, corpus: Corpus) -> tuple[list[FidRef], list[Field]]:
    """The FIDs of a list's rows and its other members: the list's `fids` (ka10172), or its members named by a FID
    number (usa20281 lists "9001", "10", ... as fields), each the FID as the member declares it (its kind, table,
    unit and scale override the FID's), beside members of other names (usa20281's stex_tp)."""
    if f.fids:
        return list(f.fids), list(f.fields)
    refs: list[FidRef] = []
    others: list[Field] = []
    for listed in f.fields:
        if not (listed.name.isdecimal() and int(listed.name) in corpus.fids):
            others.append(listed)
            continue
        declared = {"kind": listed.kind, "enum": listed.enum, "unit": listed.value.unit, "scale": listed.value.scale}
        overrides = {key: value for key, value in declared.items() if value is not None}
        refs.append(FidRef(int(listed.name), listed.ko, listed.loc, overrides))
    return refs, others


def _field_view(member: Field) -> FidView:
    """A row's member that is no FID (usa20281's stex_tp), typed as a FID of its kind and table would be."""
    fid = Fid(0, member.name, member.ko, member.kind, member.loc, member.enum, None, member.value.unit)
    typed = fid_type(FidRef(0, member.ko, member.loc), fid)
    return FidView(
        member.name, attribute(member.name), member.ko, member.kind, typed.annotation, typed.converter, typed.arguments
    )


@dataclass
class AnswerRowView(RealtimeView):
    """The rows of a WebSocket answer whose members are keyed by FID number (a condition search's CNSRREQ answer):
    one class, read as a realtime type's values are."""

    api_id: str = ""
    trnm: str = ""  # the answer's trnm (its request's: the answer carries it)
    list_field: str = ""  # the answer's field that holds the rows
    aliases: dict[str, str] = field(default_factory=dict)  # another answer's row key -> the FID it gives (jmcode: 9001)

    @property
    def bare_code(self) -> bool:
        """Whether the row class offers `code`, its item code without the market letter: a domestic answer's rows,
        whose item codes carry it ("A005930": the spec's websocket.REG.item_code.market_prefix)."""
        return self.section == "domestic" and any(f.attribute == "item_code" for f in self.fids)


def answer_row_views(corpus: Corpus) -> list[AnswerRowView]:
    """One row class per WebSocket API whose answer lists rows of FIDs, named after the API (ConditionSearchRow)."""
    views = []
    for api in sorted(corpus.apis.values(), key=lambda a: a.id):
        if api.protocol != "websocket":
            continue
        for f in api.response:
            refs, others = _row_members(f, corpus) if f.kind == "list" and not f.tuple else ([], [])
            if refs:
                trnm = next(r.value.const for r in api.request if r.name == "trnm")
                url = reference_url(api.section, api.category, reference_anchor(api.id, api.alias, api.protocol))
                view = AnswerRowView(
                    row_class(api), "", api.name_ko, api.name_en, api.section, "", url, api.guide_source
                )
                view.api_id, view.trnm, view.list_field = api.id, str(trnm), f.name
                view.fids = fid_views(refs, corpus) + [_field_view(other) for other in others]
                views.append(view)
                view.grouped()
    trnms = [view.trnm for view in views]
    if len(trnms) != len(set(trnms)):
        raise ValueError(f"two WebSocket APIs answer one trnm with FID rows: {sorted(trnms)}")
    for view in views:
        view.aliases = _row_aliases(view, corpus)
    return views


def _row_aliases(view: AnswerRowView, corpus: Corpus) -> dict[str, str]:
    """The keys by which the other answers of the same trnm name a row's members: a realtime condition search
    (ka10173) answers CNSRREQ too, with rows of named fields ({"jmcode": "A005930"}); each such field is the member of
    the row class with its Korean name (jmcode, 종목코드: FID 9001; usa20290's stexTp, 거래소구분: usa20281's stex_tp).
    ValueError for a field that is no member of the class."""
    by_ko = {f.ko: str(f.fid) for f in view.fids}  # a FID by its number, another member by its name
    aliases: dict[str, str] = {}
    for api in sorted(corpus.apis.values(), key=lambda a: a.id):
        trnm = next((r.value.const for r in api.request if r.name == "trnm"), None)
        if api.protocol != "websocket" or api.id == view.api_id or trnm != view.trnm:
            continue
        for listed in (m for f in api.response if f.name == view.list_field for m in f.fields):
            if listed.ko not in by_ko:
                raise ValueError(f"{api.id} answers {trnm} with {listed.name!r}, which is no FID of {view.name}")
            aliases[listed.name] = by_ko[listed.ko]
    return aliases


@dataclass
class AnswerEntryView:
    """The members of a WebSocket answer's list that arrive as arrays in field order (tuple: true; CNSRLST's
    [seq, name]): a NamedTuple of those fields."""

    name: str
    api_id: str
    name_ko: str
    name_en: str
    trnm: str
    list_field: str
    members: list[tuple[str, str]]  # (attribute, Korean name), in the array's order


def answer_entry_views(corpus: Corpus) -> list[AnswerEntryView]:
    views = []
    for api in sorted(corpus.apis.values(), key=lambda a: a.id):
        if api.protocol != "websocket":
            continue
        for f in api.response:
            if f.kind == "list" and f.tuple:
                trnm = next(r.value.const for r in api.request if r.name == "trnm")
                members = [(attribute(m.name), m.ko) for m in f.fields]
                views.append(
                    AnswerEntryView(
                        str(answer_class(api, corpus)), api.id, api.name_ko, api.name_en, str(trnm), f.name, members
                    )
                )
    return views
