"""The class of every kind of spec change, and why: the one rule the spec diff reports by, `generator release` bumps
the version by (breaking: major, compatible: minor, docs: patch) and README's table repeats.

A class says what the change does to a caller of the generated `kiwoom_sdk` who upgrades, and to what the library
puts on the wire:
- breaking: code written for the previous version stops working or means something else: a name, argument,
  annotation, enum member or error class goes away or changes; a call is refused that was accepted (required, a
  rule, a shorter length, a format, a tick grid, a realtime type's section or items); a value is read at another
  unit or scale; a call is made differently where it matters (the safeguards of orders, retries, errors raised).
- compatible: what callers wrote keeps working and means the same, but the package does more or sends or reads
  something else: new names, relaxed checks, other transport facts (hosts, paths) the client follows, and the
  messages of a realtime type's session (its REG / REMOVE and the frames around its FIDs), which only the
  hand-written session writes and reads: a maintainer makes the session follow (the change's action says how), no
  caller changes a line. Only a generated fact taken from those messages (the group number's length, whether a
  type's REG names items) can break callers, and is reported as its own change.
- docs: nothing the package does changes: names in Korean, notes, examples, errata, response lengths.
"""

from __future__ import annotations

from dataclasses import dataclass

BREAKING, COMPATIBLE, DOCS = "breaking", "compatible", "docs"
SEVERITIES = (BREAKING, COMPATIBLE, DOCS)
BUMPS = {BREAKING: "major", COMPATIBLE: "minor", DOCS: "patch"}  # the part of the version a class bumps


@dataclass(frozen=True)
class Class:
    """A kind of change's severity and the reason for it, as the report prints it after the change."""

    severity: str
    why: str


_GONE = "code using the old name, argument or type stops working"
_REFUSED = "calls that were accepted may now be refused before sending"
_MEANING = "the same number now means something else"
_ADDED = "only adds to the package: code written for the previous version keeps working"
_RELAXED = "accepts more than before: calls that were accepted still are"
_FOLLOWS = "the generated client follows by itself: callers change nothing"
_READ = "the value is parsed differently but keeps its Python type: callers change nothing"
_DOCS = "documentation only: nothing the package does changes"
_SESSION = (
    "only the hand-written realtime session writes or reads this message: callers' code and the generated API do"
    " not change; the session must follow (see the action)"
)

_BREAKING = {
    "api-removed": _GONE,
    "api-id-changed": _GONE,
    "api-renamed": _GONE,
    "api-moved": _GONE,
    "api-section-changed": "the type is registered (the message sent) on the other section's session, which refuses"
    " it on the old one",
    "api-protocol-changed": _GONE,
    "paging-removed": _GONE,
    "order-flag-added": "calls behave differently: an order is never retried and needs a deliberate act",
    "order-flag-removed": "calls behave differently: the safeguards of orders no longer hold it",
    "mock-removed": "the client refuses it on the mock server",
    "mock-exchange-removed": "the mock server refuses those exchanges",
    "request-field-renamed": _GONE,
    "request-field-moved": _GONE,
    "response-field-renamed": _GONE,
    "response-field-moved": _GONE,
    "push-field-renamed": _GONE,
    "push-field-moved": _GONE,
    "request-field-removed": _GONE,
    "response-field-removed": _GONE,
    "push-field-removed": _GONE,
    "request-field-added-required": "calls without the new argument are refused",
    "request-field-required": "calls without the argument are refused",
    "field-type-changed": _GONE,
    "request-field-kind-changed": _REFUSED,
    "request-length-shrunk": _REFUSED,
    "request-format-changed": _REFUSED,
    "field-unit-changed": _MEANING,
    "field-scale-changed": _MEANING,
    "fid-unit-changed": _MEANING,
    "fid-scale-changed": _MEANING,
    "fid-removed": _GONE,
    "fid-renamed": _GONE,
    "fid-type-changed": _GONE,
    "answer-fid-removed": _GONE,
    "rule-added": _REFUSED,
    "rule-changed": _REFUSED,
    "registration-changed": "a REG of the type is checked for other items: registrations that were accepted may be"
    " refused",
    "group-length-shrunk": _REFUSED,
    "item-code-changed": _REFUSED,
    "item-code-kind-changed": _REFUSED,
    "request-item-code-changed": _REFUSED,
    "market-prefix-changed": "condition search rows read their item codes differently",
    "grid-changed": _REFUSED,
    "code-table-removed": _GONE,
    "code-removed": _GONE,
    "code-renamed": _GONE,
    "error-removed": _GONE,
    "error-renamed": _GONE,
    "error-class-changed": "the error is raised as another class: code catching the old one misses it",
    "error-class-renamed": _GONE,
    "error-class-removed": _GONE,
    "error-class-base-changed": "code catching the old base class misses it",
    "error-class-raised-changed": "answers that raised it may raise another class: code catching it may miss them",
    "no-data-narrowed": "answers that returned no rows now raise an error",
}
_COMPATIBLE = {
    "api-added": _ADDED,
    "path-changed": _FOLLOWS,
    "paging-added": "new optional arguments: calls written without them still work",
    "look-up-changed": "advice in error messages only: no name or signature changes",
    "mock-added": _ADDED,
    "mock-exchange-added": _ADDED,
    "request-field-added": _ADDED,
    "response-field-added": _ADDED,
    "push-field-added": _ADDED,
    "request-field-optional": _RELAXED,
    "field-kind-changed": _READ,
    "fid-kind-changed": _READ,
    "request-length-grown": _RELAXED,
    "request-format-relaxed": _RELAXED,
    "request-item-code-relaxed": _RELAXED,
    "field-format-changed": _READ,
    "field-digits-changed": _READ,
    "field-decimals-changed": _READ,
    "field-signed-changed": _READ,
    "field-const-changed": _FOLLOWS,
    "field-shape-changed": _READ,
    "fid-added": _ADDED,
    "answer-fid-added": _ADDED,
    "rule-removed": _RELAXED,
    "group-length-grown": _RELAXED,
    "code-table-added": _ADDED,
    "code-added": _ADDED,
    "error-added": _ADDED,
    "error-class-added": _ADDED,
    "no-data-widened": "answers that raised an error now return no rows",
    "embedded-codes-changed": "error codes are read out of messages differently; the classes stay",
    "host-changed": _FOLLOWS,
    "protocol-changed": _FOLLOWS,
    "market-changed": "only the simulator's market changes",
    "error-answer-changed": "only the simulator's answer of the error changes: the library reads either form",
}
_DOCUMENTATION = {
    "api-category-changed": "the type keeps its name and section: only the docs' grouping changes",
    "api-alias-renamed": "the alias names no Python object: asyncapi.yaml and the docs only",
    "name-ko-changed": _DOCS,
    "name-en-changed": _DOCS,
    "notes-changed": _DOCS,
    "examples-changed": "only the examples change (the docs, the generated tests, the simulator's answers)",
    "response-field-required-changed": "answers are not checked for it",
    "response-length-changed": "answers are not checked by length",
    "field-unit-documented": "a unit written where there was none (or dropped): the number is read the same",
    "fid-unit-documented": "a unit written where there was none (or dropped): the number is read the same",
    "field-docs-changed": _DOCS,
    "fid-dictionary-added": "the dictionary's words only: what a realtime type reads is reported under the type",
    "fid-dictionary-removed": "the dictionary's words only: what a realtime type reads is reported under the type",
    "fid-docs-changed": _DOCS,
    "code-docs-changed": _DOCS,
    "code-table-docs-changed": _DOCS,
    "error-docs-changed": _DOCS,
    "erratum-added": _DOCS,
    "erratum-resolved": _DOCS,
    "erratum-changed": _DOCS,
    "guide-workbook-changed": "only the package's description and __guide_workbook__ change",
    "protocol-docs-changed": _DOCS,
}
KINDS: dict[str, Class] = {
    **{kind: Class(BREAKING, why) for kind, why in _BREAKING.items()},
    **{kind: Class(COMPATIBLE, why) for kind, why in _COMPATIBLE.items()},
    **{kind: Class(DOCS, why) for kind, why in _DOCUMENTATION.items()},
}


def class_of(kind: str, session: bool = False) -> Class:
    """The class of a change of `kind`; `session`: a change of a realtime type's REG / REMOVE or of the frame around
    its FIDs, which only the hand-written session handles (compatible, unless it is documentation). KeyError for a
    kind this table does not know (a kind is added here, with its reason, before it is reported)."""
    found = KINDS[kind]
    if session and found.severity != DOCS:
        return Class(COMPATIBLE, _SESSION)
    return found
