"""The class of each kind of spec change, as a caller who upgrades and the wire see it, and the version it bumps: one
edit of real spec files per case (the cases test_spec_diff's planted scenario does not hold), the report a maintainer
reads for a change of a realtime session's messages (tests/diff_scenarios/session.md), and `generator release` on
such a change."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.review.change import BREAKING, COMPATIBLE, DOCS, Change, SpecDiff
from generator.review.classes import BUMPS, KINDS
from generator.review.diff import diff_corpora
from generator.review.diff_report import markdown

from .test_spec_diff import TREE, copy_tree, edit, field, linted, run_diff
from .test_spec_diff_edits import EXTRA, Edit, frame_key_removed, in_api, text
from .test_versions import GIT, commit

GOLDEN = Path(__file__).parent / "diff_scenarios" / "session.md"
REALTIME = [
    "domestic/realtime/0s-market_session_time.yaml",
    "domestic/realtime/0A-stock_nominal_price.yaml",
    "domestic/realtime/0J-sector_index.yaml",
]
US = ["us/realtime/FE-us_realtime_trade_price.yaml", "us/stkinfo/usa10100.yaml"]
SECTOR = "domestic/realtime/0J-sector_index.yaml"


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_tree(tmp_path_factory.mktemp("semver") / "base", TREE + EXTRA + US)


def diff(tmp_path: Path, tree: Path, change: Edit) -> SpecDiff:
    before, after = tmp_path / "base", tmp_path / "head"
    shutil.copytree(tree, before)
    shutil.copytree(before, after)
    change(after)
    return diff_corpora(linted(before), linted(after), "base", "head")


def every_realtime(change: Any, rels: list[str] = REALTIME) -> Edit:
    """The same edit of every domestic realtime spec of the tree (their REG must agree: asyncapi.registration)."""

    def apply(root: Path) -> None:
        for rel in rels:
            edit(root / rel, change)

    return apply


def reg_examples(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["body"] for e in data["examples"] if e["part"] == "request"]


def reg_field_required(data: dict[str, Any]) -> None:
    data["request"].append({"name": "stex_tp", "ko": "거래소구분", "required": True, "length": 1})
    for body in reg_examples(data):
        body["stex_tp"] = "K"


def reg_field_removed(data: dict[str, Any]) -> None:
    data["request"] = [f for f in data["request"] if f["name"] != "refresh"]
    data["rules"] = [r for r in data.get("rules", []) if r["field"] != "refresh"]
    for body in reg_examples(data):
        body.pop("refresh", None)


def reg_rule_added(data: dict[str, Any]) -> None:
    data.setdefault("rules", []).append(
        {"field": "grp_no", "when": {"trnm": ["REG"]}, "require": True, "source": "a test"}
    )


def reg_item_shorter(data: dict[str, Any]) -> None:
    field(field(data["request"], "data")["fields"], "item")["length"] = 50


def group_length(length: int) -> Any:
    return lambda data: field(data["request"], "grp_no").update(length=length)


def registered_without_items(data: dict[str, Any]) -> None:
    for body in reg_examples(data):
        for entry in body["data"]:
            entry["item"] = [""]


def us_reg_exchange_optional(data: dict[str, Any]) -> None:
    item = field(field(data["request"], "data")["fields"], "item")
    field(item["fields"], "stex_tp")["required"] = False


def item_codes_narrowed(data: dict[str, Any]) -> None:
    """Nine-character codes held to a letter and eight digits: every code the specs show still fits (J0036221D
    no longer would, so it leaves the kind's examples), the shape is narrower."""
    kind = data["item_codes"]["domestic"]
    kind["pattern"] = "(?:[0-9A-Z]{3}|[A-Z]?[0-9A-Z]{6}|[A-Z][0-9]{4}[0-9A-Z]{4})(?:_NX|_AL)?"


def without_item_code(item: dict[str, Any]) -> None:
    del item["item_code"]
    item["notes"] = "unchecked"  # lint asks why a stk_cd has no kind of item code


def next_key_required(data: dict[str, Any]) -> None:
    field(data["request"], "next_key")["required"] = True
    for body in reg_examples(data):
        body["next_key"] = ""


def last_response_field_removed(data: dict[str, Any]) -> None:
    gone = data["response"].pop()["name"]
    for example in data["examples"]:
        if example["part"] == "response":
            example["body"].pop(gone, None)


def moved_to_us(rel: str) -> Edit:
    """The API of `rel` in the US section (its file where lint wants it: us/<category>/)."""

    def move(root: Path) -> None:
        edit(root / rel, lambda d: d.update(section="us", path="/api/us/websocket"))
        target = root / "us" / Path(rel).relative_to("domestic")
        target.parent.mkdir(parents=True, exist_ok=True)
        (root / rel).rename(target)

    return move


# (case, edit, {(group, kind, severity)} but examples-changed, the part of the version it bumps). The cases whose class
# was wrong before (the report's table says what it was) and neighbours that show the line between the classes.
CASES: list[tuple[str, Edit, set[tuple[str, str, str]], str]] = [
    # a realtime session's messages: only the hand-written session writes the REG and reads the frame
    (
        "reg-field-added-required",
        every_realtime(reg_field_required),
        {(g, "request-field-added-required", COMPATIBLE) for g in ("0s", "0A", "0J")},
        "minor",
    ),
    (
        "reg-field-removed",
        every_realtime(reg_field_removed),
        {(g, k, COMPATIBLE) for g in ("0s", "0A", "0J") for k in ("request-field-removed", "rule-removed")},
        "minor",
    ),
    (
        "reg-field-made-required",
        every_realtime(lambda d: field(d["request"], "data").update(required=True)),
        {(g, "request-field-required", COMPATIBLE) for g in ("0s", "0A", "0J")},
        "minor",
    ),
    (
        "reg-rule-added",
        every_realtime(reg_rule_added),
        {(g, "rule-added", COMPATIBLE) for g in ("0s", "0A", "0J")},
        "minor",
    ),
    (
        "reg-item-length-shrunk",
        every_realtime(reg_item_shorter),
        {(g, "request-length-shrunk", COMPATIBLE) for g in ("0s", "0A", "0J")},
        "minor",
    ),
    (
        "us-reg-item-exchange-optional",
        in_api(US[0], us_reg_exchange_optional),
        {("FE", "request-field-optional", COMPATIBLE)},
        "minor",
    ),
    ("frame-key-removed", in_api(SECTOR, frame_key_removed), {("0J", "response-field-removed", COMPATIBLE)}, "minor"),
    (
        "reg-field-notes",
        in_api(SECTOR, lambda d: field(d["request"], "grp_no").update(notes="a group")),
        {("0J", "field-docs-changed", DOCS)},
        "patch",
    ),
    # what the generated package takes from those messages, and checks callers' values by
    (
        "group-length-shrunk",
        every_realtime(group_length(2)),
        {("protocol", "group-length-shrunk", BREAKING)}
        | {(g, "request-length-shrunk", COMPATIBLE) for g in ("0s", "0A", "0J")},
        "major",
    ),
    (
        "group-length-grown",
        every_realtime(group_length(8)),
        {("protocol", "group-length-grown", COMPATIBLE)}
        | {(g, "request-length-grown", COMPATIBLE) for g in ("0s", "0A", "0J")},
        "minor",
    ),
    (
        "registered-without-items",
        in_api(SECTOR, registered_without_items),
        {("0J", "registration-changed", BREAKING)},
        "major",
    ),
    (
        "realtime-section-changed",
        moved_to_us(SECTOR),
        {("0J", "api-section-changed", BREAKING), ("0J", "path-changed", COMPATIBLE)},
        "major",
    ),
    (
        "condition-search-section-changed",
        moved_to_us("domestic/websocket/ka10171.yaml"),
        {("ka10171", "api-section-changed", BREAKING), ("ka10171", "path-changed", COMPATIBLE)},
        "major",
    ),
    (
        "item-code-narrowed",
        lambda root: edit(root / "api.yaml", item_codes_narrowed),
        {("protocol", "item-code-changed", BREAKING), ("protocol", "item-code-kind-changed", BREAKING)},
        "major",
    ),
    (
        "market-prefix-changed",
        text("api.yaml", "market_prefix: '^[A-Z](?=", "market_prefix: '^[AJQ](?="),
        {("protocol", "market-prefix-changed", BREAKING)},
        "major",
    ),
    (
        "api-yaml-notes",
        text("api.yaml", "Account types (00, 04) use an empty item.", "Account types use an empty item."),
        {("protocol", "protocol-docs-changed", DOCS)},
        "patch",
    ),
    # the caller writes a condition search's messages, and a REST call's arguments: the same edits break
    (
        "condition-search-field-required",
        in_api("domestic/websocket/ka10172.yaml", next_key_required),
        {("ka10172", "request-field-required", BREAKING)},
        "major",
    ),
    (
        "us-rest-field-removed",
        in_api(US[1], last_response_field_removed),
        {("usa10100", "response-field-removed", BREAKING)},
        "major",
    ),
    (
        "request-kind-changed",
        in_api("domestic/acnt/ka10076.yaml", lambda d: field(d["request"], "ord_no").update(kind="time")),
        {("ka10076", "request-field-kind-changed", BREAKING)},
        "major",
    ),
    (
        "request-item-code-relaxed",
        in_api("domestic/chart/ka10081.yaml", lambda d: without_item_code(field(d["request"], "stk_cd"))),
        {("ka10081", "request-item-code-relaxed", COMPATIBLE), ("ka10081", "field-docs-changed", DOCS)},
        "minor",
    ),
    (
        "request-item-code-declared",
        in_api("domestic/acnt/ka10076.yaml", lambda d: field(d["request"], "ord_no").update(item_code="domestic")),
        {("ka10076", "request-item-code-changed", BREAKING)},
        "major",
    ),
    (
        "rest-method-changed",
        in_api("domestic/chart/ka10081.yaml", lambda d: d.update(method="GET")),
        {("ka10081", "path-changed", COMPATIBLE)},
        "minor",
    ),
]


@pytest.mark.parametrize(("case", "change", "expected", "part"), CASES, ids=[c[0] for c in CASES])
def test_the_class_of_each_change(
    tmp_path: Path, tree: Path, case: str, change: Edit, expected: set[tuple[str, str, str]], part: str
) -> None:
    found = diff(tmp_path, tree, change)
    assert {(c.group, c.kind, c.severity) for c in found.changes if c.kind != "examples-changed"} == expected
    assert found.worst is not None and BUMPS[found.worst] == part
    for c in found.changes:
        assert c.why, c
        assert c.action or c.severity != BREAKING, f"a breaking change says what a caller must change: {c}"


def test_every_kind_has_a_class_and_a_reason() -> None:
    assert all(c.severity in BUMPS and c.why for c in KINDS.values())
    with pytest.raises(KeyError):
        Change("ka10081", "no-such-kind", "x", "x")


def test_the_report_of_a_session_change_says_why(tmp_path: Path, tree: Path) -> None:
    """What a maintainer reads for a change of the REG and the frame: compatible, the session's to follow, why."""

    def change(root: Path) -> None:
        every_realtime(reg_field_required)(root)
        edit(root / SECTOR, frame_key_removed)

    report = markdown(diff(tmp_path, tree, change))
    assert report == GOLDEN.read_text(encoding="utf-8")
    assert "Release: a **minor** version" in report and "**Callers:**" not in report


def test_release_of_a_session_change_is_minor(tmp_path: Path) -> None:
    """`generator release` on a commit that only changes the REG of the realtime specs."""
    repo = tmp_path / "repo"
    specs = copy_tree(repo / "specs", TREE + EXTRA)
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    first = commit(repo, "first")
    releases = tmp_path / "releases.yaml"
    releases.write_text(f"releases:\n  - version: 1.2.3\n    ref: {first}\n", encoding="utf-8")
    every_realtime(reg_field_required)(specs)
    commit(repo, "REG")
    run = run_diff("--specs", str(specs), "release", "--releases", str(releases), "--dry-run")
    assert (run.returncode, run.stdout) == (0, "release: 1.2.3 -> 1.3.0 (compatible)\n"), run.stderr


def test_a_rule_of_a_condition_search_message_is_the_servers(tmp_path: Path, tree: Path) -> None:
    """Callers write a condition search's messages and RealtimeSession.send sends them as they are: a new rule breaks
    callers, but it is the server that refuses a message breaking it, not the client before sending."""

    def rule(data: dict[str, Any]) -> None:
        data.setdefault("rules", []).append(
            {"field": "next_key", "when": {"cont_yn": ["Y"]}, "require": True, "source": "a test"}
        )

    [change] = diff(tmp_path, tree, in_api("domestic/websocket/ka10172.yaml", rule)).changes
    assert (change.kind, change.severity) == ("rule-added", BREAKING)
    assert change.action == "write the CNSRREQ message by the rule: the server refuses one that breaks it"


def test_a_fact_older_specs_do_not_give_is_a_key_of_api_yaml() -> None:
    """A release's specs from before the generator read the market prefix: the key is reported as added to api.yaml
    (the generator's change, which `--api` sees), not compared as a fact, and not left out."""
    import copy

    from generator.spec.loader import load_corpus

    from .conftest import SPECS

    head = load_corpus(SPECS).corpus
    base = copy.deepcopy(head)
    del base.protocol["websocket"]["REG"]["item_code"]["market_prefix"]
    found = [(c.group, c.kind, c.subject, c.severity) for c in diff_corpora(base, head).changes]
    assert found == [
        ("protocol", "protocol-changed", "api.yaml websocket.REG.item_code.market_prefix", COMPATIBLE),
    ]
