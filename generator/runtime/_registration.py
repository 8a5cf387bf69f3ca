"""What a REG / REMOVE may name, checked before anything is sent. One rule, used by the realtime session, the CLI's
`kiwoom stream`, the MCP server's `realtime_snapshot` and the simulator (which answers 1517 where this refuses).

- Types: realtime types that a REG registers (`realtime.REGISTRY`: a class's REGISTERED is not ""), all of the
  session's section (`SECTION`: domestic `/api/dostk/websocket`, us `/api/us/websocket`). A type of the other
  section, an unknown one or a realtime condition search's 02 / S2 (brought by CNSRREQ / GCNSRREQ) is refused.
- Domestic items: codes of the shape `realtime.ITEM_CODE`, the kind of item code the domestic TRs' item code
  fields are held to as well (specs/api.yaml item_codes says which forms the guide and the recordings show:
  "005930", "001", "MGD", "57JBHH", "039490_NX", "039490_AL" ...); an empty or blank item is refused. The types
  whose REG the guide writes with the empty item (REGISTERED "none": 00, 04, 0s, 1h) take no items: a REG of only
  such types refuses items (00 / 04 bring the account's orders and balance whatever the item, so an item would only
  mislead) and is sent with the empty item. Next to types that take items, they ride along
  on the same REG, as the guide's 00 / 04 sheets allow ("regardless of the registered item").
- Groups: `grp_no` is text of 1 to `realtime.GROUP_LENGTH` (4) letters or digits, as the REG request's field gives
  it ("1" in every example of the guide). An int is refused like an item code given as one: the server reads 1 and
  "1" as one group, a session would hold two, and every group it holds is replayed on a reconnect.
- US items are parsed by `_session.registration` (each names its exchange); their codes have the shape
  `realtime.US_ITEM_CODE` (`us_code_problem`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import realtime
from ._exceptions import ArgumentInvalid

_ITEM_CODE = re.compile(realtime.ITEM_CODE)
_US_ITEM_CODE = re.compile(realtime.US_ITEM_CODE)
ITEM_FORMS = f"an item code is {realtime.ITEM_CODE_SHAPE}"


def us_exchanges() -> str:
    """The exchanges a US item names, code and name: "ND NASDAQ, NY NYSE, NA AMEX" (`codes.UsExchange`, the spec's
    us_exchange table; imported when asked, not with the session)."""
    from .codes import UsExchange

    return ", ".join(f"{member.value} {member.name.upper()}" for member in UsExchange)


def types_of(section: str) -> list[str]:
    """The realtime types a REG of `section` ("domestic" or "us") registers, sorted."""
    return sorted(t for t, event in realtime.REGISTRY.items() if section == event.SECTION and event.REGISTERED)


def section_of(types: Sequence[str]) -> str:
    """The section of `types` (where a session for them connects); ArgumentInvalid for an unknown type, one no REG
    registers, no type, or types of both sections."""
    chosen = _strings("types", types)
    if not chosen:
        raise ArgumentInvalid("types", types, "name at least one realtime type, e.g. ['0B']")
    known = {t: event.SECTION for t, event in realtime.REGISTRY.items() if event.REGISTERED}
    unknown = [t for t in chosen if t not in known]
    if unknown:
        raise ArgumentInvalid("types", unknown, f"unknown realtime types; {_listing()}")
    sections = sorted({known[t] for t in chosen})
    if len(sections) > 1:
        by = {s: [t for t in chosen if known[t] == s] for s in sections}
        mixed = " and ".join(f"{s} {', '.join(by[s])}" for s in sections)
        raise ArgumentInvalid("types", chosen, f"types of one section at a time, not {mixed}")
    return sections[0]


def check_types(section: str, types: Sequence[str]) -> list[str]:
    """`types` as a list, each a type a REG of `section` registers; ArgumentInvalid naming the section's types."""
    chosen = _strings("types", types)
    if not chosen:
        raise ArgumentInvalid("types", types, f"name at least one realtime type: {_listing(section)}")
    foreign = [t for t in chosen if t not in types_of(section)]
    if foreign:
        hints = [_elsewhere(t) for t in foreign if t in realtime.REGISTRY]
        hint = f" ({'; '.join(hints)})" if hints else ""
        raise ArgumentInvalid("types", foreign, f"not realtime types of a {section} session{hint}; {_listing(section)}")
    return chosen


def _elsewhere(type_id: str) -> str:
    event = realtime.REGISTRY[type_id]
    if not event.REGISTERED:
        condition = realtime.CONDITION_SEARCHES.get(event.SECTION)
        search = (
            f" ({condition.search}, search_type {condition.search_type_realtime})"
            if condition and condition.search
            else ""
        )
        return f"{type_id} is no REG's: a realtime condition search{search} brings it"
    return f"{type_id} is a {event.SECTION} type: client.realtime({event.SECTION!r}) registers it"


def check_codes(types: list[str], codes: Sequence[str]) -> list[str]:
    """The domestic items of a REG / REMOVE of `types` (checked by `check_types`): the codes as given, or `[""]`
    when every type takes no items (given as `[]` or `[""]`). ArgumentInvalid for an item of another shape, no
    item for a type that needs one, or an item for types that take none."""
    codes = _strings("items", codes)
    itemless = [t for t in types if realtime.REGISTRY[t].REGISTERED == "none"]
    if len(itemless) == len(types):
        if any(codes):
            raise ArgumentInvalid(
                "items", codes, f"{', '.join(itemless)} take no items (registered with an empty item): give []"
            )
        return [""]
    wanting = ", ".join(t for t in types if t not in itemless)
    if not codes:
        raise ArgumentInvalid("items", codes, f"no item given: {wanting} register item codes, e.g. ['005930']")
    for code in codes:
        if not code.strip():
            raise ArgumentInvalid("items", code, f"an empty item: {wanting} register item codes; {ITEM_FORMS}")
        if not _ITEM_CODE.fullmatch(code):
            raise ArgumentInvalid("items", code, f"not an item code of {wanting}; {ITEM_FORMS}")
    return list(codes)


def us_code_problem(code: str) -> str | None:
    """What is wrong with the code of a US item (its jmcode), None when it has the shape `realtime.US_ITEM_CODE`
    (the kind of item code the US TRs' item code fields are held to as well)."""
    if _US_ITEM_CODE.fullmatch(code):
        return None
    return f"{code!r} is not of the shape of a US item code: {realtime.US_ITEM_CODE_SHAPE}"


def check_group(grp_no: object) -> str:
    """`grp_no` as a REG / REMOVE sends it: text of 1 to `realtime.GROUP_LENGTH` ASCII letters or digits;
    ArgumentInvalid for anything else (an int, a blank, spaces around it, a longer one)."""
    if not (
        isinstance(grp_no, str) and 0 < len(grp_no) <= realtime.GROUP_LENGTH and grp_no.isascii() and grp_no.isalnum()
    ):
        hint = f": give {str(grp_no)!r}" if isinstance(grp_no, int) and not isinstance(grp_no, bool) else ""
        raise ArgumentInvalid(
            "grp_no", grp_no, f"a group number is text of 1 to {realtime.GROUP_LENGTH} letters or digits ('1'){hint}"
        )
    return grp_no


def _strings(name: str, values: Sequence[str]) -> list[str]:
    """`values` as a list of strings (a bare string would name its characters)."""
    if isinstance(values, str | bytes) or not all(isinstance(value, str) for value in values):
        shown = "one string" if isinstance(values, str | bytes) else "anything else"
        raise ArgumentInvalid(name, values, f"a list of strings (codes), not {shown}")
    return list(values)


def _listing(section: str | None = None) -> str:
    sections = [section] if section else sorted({e.SECTION for e in realtime.REGISTRY.values() if e.REGISTERED})
    return "; ".join(f"the {s} types: {', '.join(types_of(s))}" for s in sections)
