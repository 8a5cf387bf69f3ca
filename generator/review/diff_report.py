"""The spec diff as Markdown (a pull request comment), JSON (tools) and one summary line."""

from __future__ import annotations

import json
from typing import Any

from .apidiff import ApiDiff
from .change import BREAKING, COMPATIBLE, DOCS, SEVERITIES, Change, SpecDiff
from .classes import BUMPS

LABELS = {BREAKING: "**breaking**", COMPATIBLE: "compatible", DOCS: "docs-only"}
ADDED = "added"  # new APIs share one section, one line each, after the APIs that changed
OTHER_GROUPS = {
    ADDED: "New APIs",
    "codes": "Code tables (`kiwoom_sdk.codes`)",
    "fids": "FID dictionary",
    "errors": "Error codes (`kiwoom_sdk.errors`)",
    "errata": "Errata",
    "protocol": "Hosts and protocol",
}


def _api_counts(diff: SpecDiff) -> tuple[int, int, int]:
    """(APIs added, removed, changed otherwise)."""
    added = {c.group for c in diff.changes if c.kind == "api-added"}
    removed = {c.group for c in diff.changes if c.kind == "api-removed"}
    changed = {c.group for c in diff.changes if c.group in diff.titles} - added - removed
    return len(added), len(removed), len(changed)


def summary_line(diff: SpecDiff, api: ApiDiff | None = None) -> str:
    """'spec diff A..B: 1 breaking, 3 compatible, 2 docs-only; APIs: 2 added, 1 removed, 4 changed', and with the
    API diff '; generated API: 5 breaking change(s), 0 disagreement(s)'."""
    counts = f"{diff.count(BREAKING)} breaking, {diff.count(COMPATIBLE)} compatible, {diff.count(DOCS)} docs-only"
    added, removed, changed = _api_counts(diff)
    line = f"spec diff {diff.base}..{diff.head}: {counts}; APIs: {added} added, {removed} removed, {changed} changed"
    if api is not None:
        line += f"; generated API: {len(api.breakages)} breaking change(s), {len(api.disagreements)} disagreement(s)"
    return line


def _groups(diff: SpecDiff) -> list[tuple[str, list[Change]]]:
    """Groups with their changes, breaking first: the groups by their worst change, then APIs by id, then the
    shared groups; inside a group, breaking before compatible before docs-only."""
    by_group: dict[str, list[Change]] = {}
    for change in diff.changes:
        by_group.setdefault(ADDED if change.kind == "api-added" else change.group, []).append(change)
    order = list(OTHER_GROUPS)

    def group_key(item: tuple[str, list[Change]]) -> tuple[int, int, str]:
        name, changes = item
        worst = min(SEVERITIES.index(c.severity) for c in changes)
        return worst, order.index(name) + 1 if name in OTHER_GROUPS else 0, name

    out = []
    for name, changes in sorted(by_group.items(), key=group_key):
        out.append((name, sorted(changes, key=lambda c: SEVERITIES.index(c.severity))))
    return out


def _line(change: Change, diff: SpecDiff) -> str:
    """'- **breaking** · `subject`: what. **Callers:** action. *Why breaking:* the class's reason.' A session
    change's action is the session's (the maintainer's), not the callers'."""
    subject = diff.titles[change.group] if change.kind == "api-added" else f"`{change.subject}`"
    line = f"- {LABELS[change.severity]} · {subject}: {change.what}"
    if change.action:
        line += f". **{'Session' if change.session else 'Callers'}:** {change.action}"
    return line + f". *Why {LABELS[change.severity].strip('*')}:* {change.why}."


def _bump_line(diff: SpecDiff) -> list[str]:
    """What `generator release` would bump for this diff, and by which class."""
    if diff.worst is None:
        return []
    return ["", f"Release: a **{BUMPS[diff.worst]}** version (the most severe change is {LABELS[diff.worst]})."]


def _api_section(api: ApiDiff) -> list[str]:
    lines = ["", "### Generated API (griffe)", ""]
    if not api.disagreements:
        lines.append(f"{len(api.breakages)} breaking change(s) of the generated API; both opinions agree.")
    else:
        lines.append(f"{len(api.disagreements)} disagreement(s) with the spec diff (a bug in one of them):")
        lines += [""] + [f"- {line}" for line in api.disagreements]
    return lines


# GitHub refuses a pull request comment longer than this (characters); the report is shortened to fit.
COMMENT_LIMIT = 65_536


def _folded(changes: list[Change], severities: tuple[str, ...], diff: SpecDiff) -> list[str]:
    """A group's lines with the changes of `severities` counted in one line each instead of listed."""
    lines = [_line(c, diff) for c in changes if c.severity not in severities]
    for severity in severities:
        count = sum(1 for c in changes if c.severity == severity)
        if count:
            lines.append(f"- {LABELS[severity]}: {count} change(s), not listed here (`--format json` lists them).")
    return lines


def _body(diff: SpecDiff, folded: tuple[str, ...]) -> list[str]:
    lines = []
    for group, changes in _groups(diff):
        title = OTHER_GROUPS[group] if group in OTHER_GROUPS else diff.titles[group]
        lines += ["", f"### {title}", ""]
        lines += _folded(changes, folded, diff)
    return lines


def markdown(diff: SpecDiff, api: ApiDiff | None = None, limit: int = COMMENT_LIMIT) -> str:
    """The report for a pull request comment; a diff with no change says so in one line. A report longer than
    `limit` characters counts its docs-only changes instead of listing them, then its compatible ones, and then cuts
    what still does not fit, saying so: the breaking changes are the last to go (`--format json` has everything)."""
    head = [f"## Spec diff `{diff.base}` → `{diff.head}`", "", summary_line(diff, api), *_bump_line(diff)]
    if not diff.changes:
        head += ["", "No change to the API of the library."]
    tail = _api_section(api) if api is not None else []
    for folded in ((), (DOCS,), (DOCS, COMPATIBLE)):
        lines = [*head, *_body(diff, folded), *tail]
        text = "\n".join(lines) + "\n"
        if len(text) <= limit:
            return text
    return _cut(head, _body(diff, (DOCS, COMPATIBLE)), tail, limit)


def _cut(head: list[str], body: list[str], tail: list[str], limit: int) -> str:
    """The heading and summary, as much of `body` as fits in `limit` characters, and the API section."""
    room = limit - len("\n".join([*head, *tail])) - 200  # the note about what was cut
    shown: list[str] = []
    for line in body:
        if room - len(line) - 1 < 0:
            break
        shown.append(line)
        room -= len(line) + 1
    while shown and (not shown[-1] or shown[-1].startswith("### ")):
        shown.pop()  # a heading whose lines were cut
    left = sum(1 for line in body[len(shown) :] if line.startswith("- "))
    note = f"(The report is cut here: {left} more line(s) do not fit in a comment; `--format json` lists every change.)"
    return "\n".join([*head, *shown, "", note, *tail]) + "\n"


def as_json(diff: SpecDiff, api: ApiDiff | None = None) -> str:
    document: dict[str, Any] = {
        "base": diff.base,
        "head": diff.head,
        "summary": {severity: diff.count(severity) for severity in SEVERITIES},
        "worst": diff.worst,
        "changes": [c.as_json() for c in diff.changes],
    }
    if api is not None:
        document["api"] = {
            "breakages": [{"kind": b.kind, "path": b.path, "group": b.group} for b in api.breakages],
            "disagreements": api.disagreements,
        }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
