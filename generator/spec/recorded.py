"""Recorded traffic: answers and frames captured from Kiwoom's real and mock servers (specs/recorded/).

The guide says what Kiwoom documents; these say what it sends. Lint holds every field's kind
against them as against the guide's examples, and the tests decode each one through the library.
Adding a capture is dropping a JSON file in the folder (see its README).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FOLDER = "recorded"


@dataclass(frozen=True)
class RecordedCase:
    path: Path
    api_id: str
    kind: str  # rest_response, rest_error or ws_frame
    payload: Any
    source: dict[str, Any]
    confidence: str
    http_status: int | None = None
    expect: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.stem


def recorded_cases(root: Path) -> list[RecordedCase]:
    """Every case under `root`/recorded, in file order."""
    cases = []
    for path in sorted((root / FOLDER).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append(
            RecordedCase(
                path,
                str(data["api_id"]),
                str(data["kind"]),
                data["payload"],
                dict(data.get("source") or {}),
                str(data.get("confidence", "")),
                data.get("http_status"),
                dict(data.get("expect") or {}),
            )
        )
    return cases
