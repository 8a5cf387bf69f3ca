"""Writing a set of files all or nothing: import-guide's spec files, build's generated tree."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_all(writes: dict[Path, str]) -> None:
    """Write every file or none: stage all to temporary files first, then rename."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in writes.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".writing-", suffix=".tmp")
            staged.append((Path(tmp), path))
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)
