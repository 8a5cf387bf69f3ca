"""The generated package's version follows the spec history by semantic versioning.

generator/review/releases.yaml lists the releases: each version and the git commit whose specs it was built from. The next
version is the last one bumped by the spec diff since that commit: a breaking change bumps the major, a compatible
one the minor, a docs-only one the patch. `python -m generator changelog` writes generated/CHANGELOG.md from the
spec diffs between consecutive releases (and since the last one, as "Unreleased").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..spec.model import Corpus
from .change import SpecDiff
from .classes import BUMPS

RELEASES = Path(__file__).parent / "releases.yaml"
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True)
class Release:
    version: str
    ref: str  # the git commit whose specs/ the release was built from


def read_releases(path: Path = RELEASES) -> list[Release]:
    """The releases, oldest first; ValueError (naming the file) when it cannot be read, is not a list of releases
    each with a version and a ref, a version is not MAJOR.MINOR.PATCH, or versions do not grow."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot be read: {' '.join(str(exc).split())}") from exc
    entries = data.get("releases") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{path}: expected `releases:`, a list of {{version, ref}}, oldest first")
    releases = []
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) and entry[k] for k in ("ref", "version")
        ):
            raise ValueError(f"{path}: release {n + 1} needs a version and a ref, each a string: {entry!r}")
        releases.append(Release(entry["version"], entry["ref"]))
    keys = [_parts(r.version) for r in releases]
    if keys != sorted(set(keys)):
        raise ValueError(f"{path}: versions must grow from one release to the next")
    return releases


def current_version(path: Path = RELEASES) -> str:
    """The version of the last release, which the build stamps on the package."""
    return read_releases(path)[-1].version


def _parts(version: str) -> tuple[int, int, int]:
    match = SEMVER.match(version)
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def bump(version: str, worst: str | None) -> str:
    """The next version after `version` for a diff whose most severe change is `worst` (None: no change)."""
    major, minor, patch = _parts(version)
    part = BUMPS.get(worst) if worst is not None else None
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def next_version(version: str, diff: SpecDiff) -> str:
    return bump(version, diff.worst)


def guide_workbook(corpus: Corpus) -> str:
    """The guide workbook version the specs follow: the one most of the APIs were imported from."""
    versions = Counter(str(api.source.get("workbook")) for api in corpus.apis.values() if api.source.get("workbook"))
    return max(versions, key=lambda v: (versions[v], v)) if versions else "unknown"
