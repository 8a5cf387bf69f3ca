"""Decode WebSocket frames into events. The generated `realtime` module supplies one event
class per realtime type; this module holds what they share.

Decoding is lazy: a REAL entry keeps its FID values as the strings Kiwoom sent, and nothing is
converted until a typed attribute is read (a value sent as anything but a string converts as its JSON
text: 60700 as "60700"). A frame costs little more than parsing its JSON,
nothing is lost (unknown FIDs stay in `values`), and a value the spec did not foresee is returned
as its raw string instead of failing the frame.

A typed attribute (`Typed`) converts on its first read and keeps the value in the event's
`__dict__`, where every later read finds it at the cost of a plain attribute. The first typed
read of an event converts its own FID; the second converts every listed FID at once (the
generated `_read`, which converts the FIDs of a group together: the whole numbers of a frame in
one orjson call), so a reader of one field pays for one conversion and a reader of every field for
one pass, about what a typed decoder costs. A value is read from `values` when it is converted,
not at every read.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar, Generic, NamedTuple, Self, TypeVar, overload

import orjson

from ._exceptions import rebuilt
from ._values import to_flag

T = TypeVar("T")
_loads = orjson.loads
_dumps = orjson.dumps


class UsItem(NamedTuple):
    """A US item to register for realtime types: its code and its exchange ("ND" NASDAQ, "NY" NYSE, "NA" AMEX:
    `codes.UsExchange`). A US REG carries each item as {"jmcode": code, "stex_tp": exchange}, as the guide's REG
    example writes it (its field table says text; nothing recorded shows a US registration). A session also takes
    ("NVDA", "ND") or "ND:NVDA", which is how the command line and the MCP server write it."""

    code: str
    exchange: str


class ConditionSearch(NamedTuple):
    """The messages of one section's condition search over WebSocket (`realtime.CONDITION_SEARCHES`, from the specs):
    the trnm that lists the saved conditions (domestic CNSRLST, US GCNSRLST), the one that searches (CNSRREQ /
    GCNSRREQ), the one that ends a realtime search (CNSRCLR / GCNSRCLR), the realtime type of those pushes (02 / S2),
    the ids of the list's API and the one-off search's (ka10171 / usa20280, ka10172 / usa20281), the search_type
    of a one-off search ("0") and of a realtime one ("1", which brings the pushes), and the codes of a search's
    exchange (stex_tp: ("K",) domestic, () where a search names none, the US one's), and the cont_yn of a one-off
    search's page that another follows ("Y": also what asks for it) and of its last ("N"). "" where the specs have no
    such message."""

    listing: str
    search: str
    clear: str
    push: str
    listing_api: str
    search_api: str
    search_type_once: str = ""
    search_type_realtime: str = ""
    exchanges: tuple[str, ...] = ()
    next_page: str = ""
    last_page: str = ""


class Registration(NamedTuple):
    """The trnms that register realtime types and remove them (`realtime.REGISTRATION`, from the realtime specs'
    trnm code table: REG, REMOVE) and the codes of a REG's `refresh`: keep the group's earlier registrations ("1")
    or replace them ("0"). "" where the specs have no realtime type."""

    register: str
    remove: str
    keep: str
    replace: str


class SessionTrnms(NamedTuple):
    """The trnms of the session's own messages (`realtime.SESSION_TRNMS`, from specs/api.yaml's websocket): the LOGIN
    it sends first and the server answers, the PING it echoes, the server's SYSTEM notice."""

    login: str
    ping: str
    system: str


class RealtimeDecodeError(ValueError):
    """A frame that is not a Kiwoom WebSocket message; `raw` is the frame as received, `events` what could be read
    of it: the good entries of a REAL frame in which some entry is broken (the session hands them on)."""

    def __init__(self, message: str, raw: bytes | str, events: list[Event] | None = None) -> None:
        super().__init__(message)
        self.raw = raw
        self.events: list[Event] = events or []

    def __reduce__(self) -> tuple[Any, ...]:
        return rebuilt, (type(self), self.args), self.__dict__  # pickle and copy keep the error as it is


class FidRow:
    """Values keyed by FID number, as Kiwoom sent them (raw strings), read typed on demand: what a REAL entry and a
    row of a condition search's answer share.

    A generated subclass has a `Typed` attribute per listed FID (`FIDS` names them), converted on demand (see the
    module's docstring); FIDs the spec does not list stay in `values` (`unknown_values`).
    """

    __slots__ = ("values",)
    FIDS: ClassVar[dict[str, str]] = {}  # FID number (as sent; a row's member that is no FID: its key) -> attribute

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def __reduce__(self) -> tuple[Any, ...]:  # every pickle protocol; the values read so far come along
        return type(self), (self.values,), getattr(self, "__dict__", None) or None

    def _read(self, values: Mapping[str, str | None]) -> None:
        """Convert every listed FID of `values` (the row's own, as strings) into the row's __dict__ (generated
        per class: the FIDs of a group together, with a converter of kiwoom_sdk._values for many values, the others
        one by one)."""

    @property
    def unknown_values(self) -> dict[str, str]:
        """Values the spec does not list for this class, as sent (the server may add FIDs)."""
        return {k: v for k, v in self.values.items() if k not in self.FIDS}

    def as_dict(self) -> dict[str, Any]:
        """Every listed FID as a typed value, by attribute name."""
        return {attribute: getattr(self, attribute) for attribute in self.FIDS.values()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(values={len(self.values)})"


_ENTRY_KEYS = frozenset(("type", "name", "item", "values"))  # the members of a REAL entry every type has
_NO_EXTRA: Mapping[str, Any] = MappingProxyType({})


class RealtimeEvent(FidRow):
    """One entry of a REAL frame: its realtime type, item code and FID values (raw strings), and in `extra` the
    entry's other members as sent ({"stexTp": "ND"}: a US entry names its item's exchange, as the guide's FE / FT / S2
    examples do; empty for a domestic one).

    A generated subclass has a `Typed` attribute per listed FID (`FIDS` names them), converted on
    demand (see the module's docstring).

    An event's fields are the data the server sent, read-only: setting or deleting one (a typed FID's attribute,
    `item`, `type`, `name`, `values`, `extra`) raises AttributeError, so that every reader of the event (its typed
    attributes, `frames.to_polars`, which reads `values` a column at a time) sees the same values; a note of the
    caller's under another name (`event.seen = True`) is kept. `values` is the entry's own dict as decoded; it is
    not to be changed either (a typed attribute keeps what it read of it first). To change a value, make an event
    of the changed values: `StockTrade(e.type, e.name, e.item, {**e.values, "10": "+1"}, e.extra)`.
    """

    # the entry itself, whose members give type, name, item, values and extra: the decoder sets this one slot, and
    # nothing else, so that an event costs no more than before it was read-only
    __slots__ = ("_members",)
    _members: Mapping[str, Any]
    TYPE: ClassVar[str] = ""
    SECTION: ClassVar[str] = ""  # the WebSocket section whose REG registers the type: "domestic" or "us"
    REGISTERED: ClassVar[str] = ""  # a REG names "codes" or "none" (an empty item); "": no REG registers the type

    def __init__(
        self, type: str, name: str, item: str, values: dict[str, str], extra: Mapping[str, Any] = _NO_EXTRA
    ) -> None:
        _set_members(self, {**extra, "type": type, "name": name, "item": item, "values": values})

    @property
    def type(self) -> str:
        """The realtime type as sent ("0B")."""
        kind: str = self._members.get("type", "")
        return kind

    @property
    def name(self) -> str:
        """The type's name as sent ("주식체결"; "" when the entry has none)."""
        name: str = self._members.get("name", "")
        return name

    @property
    def item(self) -> str:
        """The item code as sent ("005930"; "" for a type registered without items)."""
        item: str = self._members.get("item", "")
        return item

    @property
    def values(self) -> dict[str, str]:  # type: ignore[override]  # FidRow's slot, read-only here
        """Every FID as sent, by FID number: the entry's own dict (not to be changed)."""
        values: dict[str, str] = self._members["values"]
        return values

    @property
    def extra(self) -> Mapping[str, Any]:
        """The entry's members beside type, name, item and values, as sent ({"stexTp": "ND"}; {} for none)."""
        members = self._members
        if _ENTRY_KEYS.issuperset(members):
            return _NO_EXTRA
        return MappingProxyType({k: v for k, v in members.items() if k not in _ENTRY_KEYS})

    def __setattr__(self, name: str, value: Any) -> None:
        if hasattr(type(self), name):  # a field (or anything else of the class): a note of the caller's is not
            raise AttributeError(
                f"{type(self).__name__}.{name} cannot be set: a realtime event's fields are the data the server sent, "
                f"read-only; make an event of changed values instead ({type(self).__name__}(type, name, item, values))"
            )
        _set_attribute(self, name, value)

    def __delattr__(self, name: str) -> None:
        if hasattr(type(self), name):
            raise AttributeError(
                f"{type(self).__name__}.{name} cannot be deleted: a realtime event's fields are the data the server "
                "sent, read-only"
            )
        _delete_attribute(self, name)

    def __reduce__(self) -> tuple[Any, ...]:  # every pickle protocol; the values read so far come along
        state = getattr(self, "__dict__", None) or None
        return type(self), (self.type, self.name, self.item, self.values, dict(self.extra)), state

    def __repr__(self) -> str:
        return f"{type(self).__name__}(item={self.item!r}, values={len(self.values)})"


_set_members = RealtimeEvent.__dict__["_members"].__set__  # the slot, past __setattr__
_new_object = object.__new__
_set_attribute = object.__setattr__
_delete_attribute = object.__delattr__


class AnswerRow(FidRow):
    """A row of a WebSocket answer keyed by FID number (a condition search's CNSRREQ answer: {"9001": "A005930",
    "10": "000075000", ...}), typed as a realtime type's values are. A generated subclass names its answer (`API_ID`,
    `TRNM`) and the answer's field that lists the rows (`ROWS`)."""

    __slots__ = ()
    API_ID: ClassVar[str] = ""
    TRNM: ClassVar[str] = ""
    ROWS: ClassVar[str] = "data"
    ALIASES: ClassVar[dict[str, str]] = {}  # a key another answer of TRNM gives a listed FID -> that FID number

    @property
    def unknown_values(self) -> dict[str, str]:
        """Values the spec lists neither as a FID of this class nor as another answer's name of one."""
        return {k: v for k, v in self.values.items() if k not in self.FIDS and k not in self.ALIASES}

    @classmethod
    def rows(cls, answer: SystemMessage | Mapping[str, Any]) -> list[Self]:
        """Every row of one answer (a SystemMessage or its body), in order; the body stays as it is (`values` of a
        row is the answer's own dict, or a copy with the FID of a key in ALIASES added: {"jmcode": "A005930",
        "9001": "A005930"}). Raises ValueError for an answer of another trnm or rows that are no objects."""
        body = answer.body if isinstance(answer, SystemMessage) else answer
        if body.get("trnm") != cls.TRNM:
            raise ValueError(f"{cls.__name__} reads {cls.TRNM} answers, not {body.get('trnm')!r}")
        rows = body.get(cls.ROWS) or []
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise ValueError(f"{cls.TRNM} answer's {cls.ROWS} is not a list of objects")
        return [cls(_aliased(row, cls.ALIASES)) for row in rows]


def _aliased(row: dict[str, Any], aliases: Mapping[str, str]) -> dict[str, Any]:
    """A row with each value that another answer names by a field (ka10173's jmcode) also under its FID number, as
    the listed FIDs read it; the row itself when it has none."""
    named = {aliases[key]: value for key, value in row.items() if key in aliases and aliases[key] not in row}
    return {**row, **named} if named else row


class Typed(Generic[T]):
    """A typed attribute of a realtime event or another FidRow: its FID's raw value as `convert(raw, *arguments)` gives it.

    A non-data descriptor: the value it returns goes into the event's __dict__, which shadows it from
    then on. Reading the class attribute gives the descriptor (`StockTrade.current_price.fid`).
    """

    def __init__(self, convert: Callable[..., T], fid: str, *arguments: Any, doc: str = "") -> None:
        self.convert = convert
        self.fid = fid
        self.arguments = arguments
        self.__doc__ = doc
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, event: None, owner: type | None = None) -> Typed[T]: ...
    @overload
    def __get__(self, event: FidRow, owner: type | None = None) -> T: ...
    def __get__(self, event: FidRow | None, owner: type | None = None) -> Typed[T] | T:
        if event is None:
            return self
        read: dict[str, Any] = event.__dict__  # every generated class has one
        if read:  # a second typed attribute: every FID at once
            values = event.values
            # the converters read strings: a frame whose values are not all strings is read as their JSON texts
            event._read(values if _all_text(values) else _texts(values))
            value: T = event.__dict__[self.name]  # a new __dict__
            return value
        raw = event.values.get(self.fid)
        if raw.__class__ is not str:
            raw = _json_text(raw)
        value = read[self.name] = self.convert(raw, *self.arguments)
        return value


def _all_text(values: dict[str, Any]) -> bool:
    """Whether every value is a str, exactly (a str subclass, in an event made by hand, is read as its text by
    `_json_text`, so that a converter never keeps or remembers one)."""
    return {*map(type, values.values())} <= _STR


_STR = frozenset({str})


def _texts(values: dict[str, Any]) -> dict[str, str | None]:
    return {fid: _json_text(raw) for fid, raw in values.items()}


def _json_text(value: Any) -> str | None:
    """A FID's value as the converters read it: as sent, a str subclass as its text (a plain str), or for a value
    that is no string (Kiwoom sends strings; a frame may carry 60700, true, a list) its JSON text ("60700")."""
    if value is None or value.__class__ is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    return _dumps(value).decode()


@dataclass(frozen=True, slots=True)
class Gap:
    """A span in which the session was not receiving: from losing a logged-in connection (`lost_at`) until the
    next one was logged in with every registration replayed (`restored_at`; None while it is not). Events of that
    span never arrive; a reader who keeps ticks fetches it again over REST. Times are Kiwoom's clock (KST), aware."""

    lost_at: _dt.datetime
    restored_at: _dt.datetime | None
    cause: str  # why the connection was lost, in a few words (as logged)


@dataclass(frozen=True, slots=True)
class SystemMessage:
    """A non-REAL message: LOGIN, PING, REG/REMOVE acknowledgements, condition search, SYSTEM notices.
    `body` is the whole frame (LOGIN's sor_yn, for one, is only there)."""

    trnm: str
    return_code: int | None
    return_msg: str | None
    body: dict[str, Any] = field(repr=False)

    @property
    def ok(self) -> bool:
        """True for an answer without a return_code or with 0 (LOGIN, REG accepted); False for a refusal."""
        return self.return_code in (None, 0)


@dataclass(frozen=True, slots=True)
class SystemNotice(SystemMessage):
    """A SYSTEM frame: the server's notice about the session, never ok. `code` ('R10001') and
    `message` are the notice's (a SYSTEM frame with return_code / return_msg gives those instead).
    The session ends on the codes of `errors.SESSION_NOTICES` and hands every other notice on."""

    code: str = ""
    message: str = ""

    @property
    def ok(self) -> bool:
        """Always False: a SYSTEM notice reports something wrong (`code`, `message`)."""
        return False


@dataclass(frozen=True, slots=True)
class LoginAnswer(SystemMessage):
    """The answer to LOGIN: ok, or refused (return_code 805004, `ok` False). Beyond the guide it carries `sor_yn`
    (recorded 024: "sor_yn": "Y"; specs/api.yaml), a yes/no flag read as the REST answers' flags are."""

    @property
    def sor_yn(self) -> bool | str | None:
        """Whether the account's orders may be routed by SOR: True for 'Y', False for 'N', None when the answer has
        none (a refusal); another value as sent (its JSON text if it is no string)."""
        return to_flag(_json_text(self.body.get("sor_yn")))


Event = RealtimeEvent | SystemMessage


def decoder(
    registry: dict[str, type[RealtimeEvent]], push: str, session: SessionTrnms
) -> Callable[[bytes | str], list[Event]]:
    """The decoder of frames whose REAL entries become the event classes of `registry` (by type id); `push` is the
    trnm of a frame of entries (`realtime.PUSH_TRNM`: REAL), `session` those of the session's own messages
    (`realtime.SESSION_TRNMS`: a LOGIN answer is a LoginAnswer, a SYSTEM notice a SystemNotice)."""
    event_class = registry.get

    def decode(frame: bytes | str) -> list[Event]:
        """Decode one WebSocket frame: a REAL frame into one typed event per entry (RealtimeEvent for a type the
        spec does not list), any other into one SystemMessage (SystemNotice for SYSTEM). Raises
        RealtimeDecodeError, carrying the frame, if it is malformed (and the entries it could read, when some entry
        of a REAL frame is broken)."""
        try:
            body = _loads(frame)
        except orjson.JSONDecodeError as exc:
            raise RealtimeDecodeError(f"not JSON: {exc}", frame) from exc
        if type(body) is not dict or body.get("trnm") != push:  # orjson gives plain dicts, lists and strs
            return [_message(body, frame, session)]
        entries = body.get("data")
        if type(entries) is not list:
            raise RealtimeDecodeError("REAL frame without a data list", frame)
        events: list[Event] = []
        broken = 0
        for entry in entries:
            if type(entry) is not dict or type(entry.get("values")) is not dict:
                broken += 1  # the frame's other entries are still read: they are raised with the error
                continue
            kind, name, item = entry.get("type", ""), entry.get("name", ""), entry.get("item", "")
            if type(kind) is not str or type(name) is not str or type(item) is not str:
                kind, name, item = str(kind), str(name), str(item)
                entry = {**entry, "type": kind, "name": name, "item": item}
            # made without __init__, whose dict of members the entry already is
            event = _new_object(event_class(kind, RealtimeEvent))
            _set_members(event, entry)
            events.append(event)
        if broken:
            raise RealtimeDecodeError(f"{broken} of {len(entries)} REAL entries without values", frame, events)
        return events

    return decode


def _message(body: Any, frame: bytes | str, session: SessionTrnms) -> SystemMessage:
    """A frame other than REAL: LOGIN (a LoginAnswer), PING, REG, SYSTEM (a SystemNotice)..."""
    if not isinstance(body, dict) or not isinstance(body.get("trnm"), str):
        raise RealtimeDecodeError("not a Kiwoom message: no trnm", frame)
    code = body.get("return_code")
    try:
        return_code = int(code) if code is not None and code != "" else None
    except (TypeError, ValueError) as exc:
        raise RealtimeDecodeError(f"return_code is not a number: {code!r}", frame) from exc
    if body["trnm"] == session.system:
        code = str(body.get("code") or (return_code if return_code is not None else ""))
        message = str(body.get("message") or body.get("return_msg") or "")
        return SystemNotice(session.system, return_code, body.get("return_msg"), body, code, message)
    answer = LoginAnswer if body["trnm"] == session.login else SystemMessage
    return answer(body["trnm"], return_code, body.get("return_msg"), body)
