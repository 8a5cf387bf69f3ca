"""The Jinja environment every target renders its templates with: strict (an undefined name is an error), no
autoescaping, and two filters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment


def _markdown_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def environment(folder: Path) -> Environment:
    """Templates of `folder`; jinja2 is imported here, not at module level, so that the build's model worker starts
    before it (see build.produce)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(folder),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["cell"] = _markdown_cell
    env.filters["pyrepr"] = repr
    return env
