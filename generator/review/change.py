"""What a spec diff is made of: each Change with its severity and group, and the SpecDiff of two corpora."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .classes import BREAKING, COMPATIBLE, DOCS, SEVERITIES, class_of

__all__ = ["BREAKING", "COMPATIBLE", "DOCS", "SEVERITIES", "Change", "SpecDiff"]

# Groups that are not an API, in the order the report shows them after the APIs.
CODES, FIDS, ERRORS, ERRATA, PROTOCOL = "codes", "fids", "errors", "errata", "protocol"


@dataclass(frozen=True)
class Change:
    """One change, as a reviewer and a caller see it.

    group: the API id, or one of "codes", "fids", "errors", "errata", "protocol".
    kind: what changed, a stable token for tools ("api-removed", "request-field-required", ...).
    subject: the thing that changed ("request.stk_cd", "codes.TradeType.BUY", "FID 20").
    what: the change in words; action: what a caller (or, for a session change, the session) must change ("" when
    nothing).
    surface: the generated Python API (names, signatures, annotations) changes.
    session: a change of a realtime type's REG / REMOVE or frame, which only the hand-written session handles.
    severity and why: the class of the kind (classes.class_of), never given by the code that finds the change.
    """

    group: str
    kind: str
    subject: str
    what: str
    action: str = ""
    surface: bool = False
    session: bool = False
    severity: str = field(init=False)
    why: str = field(init=False)

    def __post_init__(self) -> None:
        found = class_of(self.kind, self.session)
        object.__setattr__(self, "severity", found.severity)
        object.__setattr__(self, "why", found.why)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SpecDiff:
    """The changes from a base corpus to a head corpus, and a title for each API group."""

    base: str
    head: str
    changes: list[Change] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)

    def count(self, severity: str) -> int:
        return sum(1 for c in self.changes if c.severity == severity)

    @property
    def worst(self) -> str | None:
        """The most severe class present (breaking before compatible before docs), None when nothing changed."""
        return next((s for s in SEVERITIES if self.count(s)), None)
