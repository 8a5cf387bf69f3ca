"""`python -m generator release` (the next version, from the spec diff since the last release) and
`python -m generator changelog` (generated/CHANGELOG.md from the spec diffs between releases)."""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
from pathlib import Path

from .change import BREAKING, COMPATIBLE, DOCS, SpecDiff
from .diff_cli import SideError, spec_diff
from .diff_report import summary_line
from .versions import RELEASES, Release, next_version, read_releases


def _head_commit(specs: Path) -> str:
    """The commit of HEAD in the repository that holds `specs`; SideError when specs/ has uncommitted changes."""
    cwd = specs.resolve()
    status = subprocess.run(
        ["git", "status", "--porcelain", "--", "."], cwd=cwd, capture_output=True, text=True, check=False
    )
    if status.returncode != 0:
        raise SideError(f"{specs} is not in a git repository")
    if status.stdout.strip():
        raise SideError(f"{specs} has uncommitted changes; a release names a commit")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, check=True)
    return head.stdout.strip()


def _release(args: argparse.Namespace) -> int:
    try:
        releases = read_releases(args.releases)
        commit = _head_commit(args.specs)
        diff, _ = spec_diff(releases[-1].ref, commit, args.specs)
    except (SideError, ValueError) as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 2
    version = next_version(releases[-1].version, diff)
    print(summary_line(diff), file=sys.stderr)
    if version == releases[-1].version:
        print(f"release: nothing changed since {version}", file=sys.stderr)
        return 1
    if not args.dry_run:
        text = args.releases.read_text(encoding="utf-8")
        separator = "" if text.endswith("\n") else "\n"
        with args.releases.open("a", encoding="utf-8") as out:
            out.write(f'{separator}  - version: {version}\n    ref: "{commit}"\n')
    print(f"release: {releases[-1].version} -> {version} ({diff.worst})")
    return 0


def _lines(diff: SpecDiff, severity: str) -> list[str]:
    out = []
    for change in diff.changes:
        if change.severity == severity:
            line = f"- {change.group}: `{change.subject}`: {change.what}"
            who = "Session" if change.session else "Callers"
            out.append(line + (f". {who}: {change.action}." if change.action else "."))
    return out


def changelog_section(title: str, diff: SpecDiff) -> list[str]:
    """A release's section: breaking and compatible changes one a line, docs-only ones counted."""
    lines = [f"## {title}", "", summary_line(diff)]
    for severity, heading in ((BREAKING, "Breaking"), (COMPATIBLE, "Compatible")):
        found = _lines(diff, severity)
        if found:
            lines += ["", f"### {heading}", "", *found]
    if diff.count(DOCS):
        lines += ["", f"{diff.count(DOCS)} docs-only change(s) (names, notes, examples, errata)."]
    return [*lines, ""]


def changelog(releases: list[Release], specs: Path) -> str:
    """CHANGELOG.md: unreleased changes first (the working specs against the last release), then each release
    against the one before it, newest first; the first release has no diff."""
    sections: list[list[str]] = []
    for before, after in itertools.pairwise(releases):
        diff, _ = spec_diff(before.ref, after.ref, specs)
        sections.append(changelog_section(f"{after.version} (specs at {after.ref[:12]})", diff))
    diff, _ = spec_diff(releases[-1].ref, str(specs), specs)
    if diff.changes:
        sections.append(changelog_section("Unreleased", diff))
    first = releases[0]
    text = ["# Changelog of kiwoom-sdk", "", "Generated from the spec diffs by `python -m generator changelog`.", ""]
    for section in reversed(sections):
        text += section
    text += [f"## {first.version} (specs at {first.ref[:12]})", "", "The first release.", ""]
    return "\n".join(text)


def _changelog(args: argparse.Namespace) -> int:
    try:
        text = changelog(read_releases(args.releases), args.specs)
    except (SideError, ValueError) as exc:
        print(f"changelog: {exc}", file=sys.stderr)
        return 2
    args.out.write_text(text, encoding="utf-8")
    print(f"changelog: wrote {args.out}", file=sys.stderr)
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `release` and `changelog` subcommands."""
    p_release = commands.add_parser("release", help="append the next version (from the spec diff) to releases.yaml")
    p_release.add_argument("--releases", type=Path, default=RELEASES)
    p_release.add_argument("--dry-run", action="store_true", help="print the next version, write nothing")
    p_release.set_defaults(run=_release)
    p_changelog = commands.add_parser("changelog", help="write CHANGELOG.md from the spec diffs between releases")
    p_changelog.add_argument("--releases", type=Path, default=RELEASES)
    p_changelog.add_argument("--out", type=Path, default=Path("generated/CHANGELOG.md"))
    p_changelog.set_defaults(run=_changelog)
