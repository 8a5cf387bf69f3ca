"""The names nearest a mistyped one: the "did you mean" of `client.call`, the `kiwoom` command and the MCP server,
one rule for all three."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable

# Characters a person types for one another in an id: a letter O for a zero, a letter l or I for a one.
_LOOKALIKES = frozenset({("o", "0"), ("0", "o"), ("l", "1"), ("1", "l"), ("i", "1"), ("1", "i")})
_LOOKALIKE_COST = 0.5  # nearer than any other change: ka10O01 is ka10001, not ka10101


def _distance(typed: str, name: str) -> float:
    """The edits from `typed` to `name`: a character left out, added or changed, or two neighbours swapped, one
    each; a lookalike changed (O for 0, l or I for 1) half of one (the optimal string alignment distance)."""
    rows = [[float(j) for j in range(len(name) + 1)]]
    for i, a in enumerate(typed, 1):
        row = [float(i)]
        for j, b in enumerate(name, 1):
            change = 0.0 if a == b else _LOOKALIKE_COST if (a, b) in _LOOKALIKES else 1.0
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + change))
            if i > 1 and j > 1 and a == name[j - 2] and typed[i - 2] == b and a != b:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def nearest(typed: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """At most `limit` of `names` nearest `typed` (compared in lower case, spaces around it dropped), nearest first:
    fewest edits (`_distance`); then the most characters typed that the name has, in any order (two digits swapped
    keep them all: ka10001 for ka01001 before ka00001); then the most in common in order (difflib's ratio); then by
    name. A name more than a third of its length of edits away (at least one edit) is no suggestion.
    ["ka10001", "ka10010", "ka10011"] for "ka1001"."""
    key = typed.strip().lower()
    if not key:
        return []
    scored = []
    for name in set(names):
        lower = name.lower()
        distance = _distance(key, lower)
        if distance <= max(1, len(name) // 3):
            shared = sum((Counter(key) & Counter(lower)).values())
            scored.append((distance, -shared, -difflib.SequenceMatcher(None, key, lower).ratio(), name))
    return [name for *_, name in sorted(scored)[:limit]]


def did_you_mean(typed: str, names: Iterable[str]) -> str:
    """`"did you mean 'ka10001' or 'ka10010'?"` naming the `nearest` names, or "" when none is near."""
    close = nearest(typed, names)
    return f"did you mean {' or '.join(map(repr, close))}?" if close else ""
