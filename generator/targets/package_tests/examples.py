"""The guide's realtime frames that the generated realtime tests decode."""

from __future__ import annotations

from typing import Any

from ...spec.model import Corpus


def realtime_examples(corpus: Corpus) -> dict[str, Any]:
    """The guide's REAL frames per realtime type, for the generated tests."""
    out: dict[str, Any] = {}
    for api, type_id, _ in corpus.realtime_sources():
        out[type_id] = [e.body for e in api.examples if e.part == "response" and _is_real(e.body)]
    return out


def _is_real(body: Any) -> bool:
    return (
        isinstance(body, dict)
        and isinstance(body.get("data"), list)
        and any("values" in d for d in body["data"] if isinstance(d, dict))
    )
