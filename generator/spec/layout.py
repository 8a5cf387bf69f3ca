"""Where each spec file lives in specs/."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def spec_path(root: Path, spec: dict[str, Any]) -> Path:
    """Where an API's spec file lives. Realtime ids differ only by case (0G, 0g), so their
    file names carry the alias too, keeping them apart on case-insensitive file systems."""
    section, category = spec["section"], spec["category"]
    folder = root / "oauth" if section == "oauth" else root / section / category
    if spec["protocol"] == "realtime" and spec.get("alias"):
        return folder / f"{spec['id']}-{spec['alias']}.yaml"
    return folder / f"{spec['id']}.yaml"
