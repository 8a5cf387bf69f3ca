"""`generator diff`: planted changes on a copy of real spec files, each classified for the library's callers; the
Markdown of that scenario as a golden file; griffe's diff of the two generated packages agreeing with it; the
command line (git refs, bad input, --fail-on); and the older guide workbook against the committed specs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.review.apidiff import Breakage, Owners, api_breakages, build_package, disagreements
from generator.review.change import BREAKING, COMPATIBLE, DOCS, Change, SpecDiff
from generator.review.diff import diff_corpora
from generator.review.diff_report import as_json, markdown, summary_line
from generator.spec.lint import lint
from generator.spec.model import Corpus

from .conftest import MINIMAL, ROOT, SPECS, copy_spec_files

GOLDEN = Path(__file__).parent / "diff_scenarios" / "planted.md"

# The minimal tree, the shared files a diff compares, and APIs to plant changes in (the build needs ka10171-3).
TREE = [
    *MINIMAL,
    "api.yaml",
    "errors.yaml",
    "recorded",
    "domestic/slb/ka90012.yaml",
    "domestic/frgnistt/ka10008.yaml",
    "domestic/websocket/ka10171.yaml",
    "domestic/websocket/ka10172.yaml",
    "domestic/websocket/ka10173.yaml",
]


def copy_tree(root: Path, rels: list[str]) -> Path:
    """The files named (once each, though MINIMAL names some too), with no reviewed kinds and no errata (the
    planted changes remove fields, which a review would then name in vain): kinds come from the rules."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "fields.yaml").write_text("fields: {}\n", encoding="utf-8")
    (root / "errata.yaml").write_text("errata: []\n", encoding="utf-8")
    return copy_spec_files(root, rels)


def edit(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


def field(fields: list[dict[str, Any]], name: str) -> dict[str, Any]:
    [found] = [f for f in fields if f["name"] == name]
    return found


def rows(data: dict[str, Any], part: str) -> list[dict[str, Any]]:
    """The rows of the list in each example body of `part` of ka90012."""
    return [row for e in data["examples"] if e["part"] == part for row in e["body"].get("dbrt_trde_prps", [])]


def plant_kt10000(data: dict[str, Any]) -> None:
    request = data["request"]
    field(request, "stk_cd")["length"] = 6  # shrinks
    field(request, "ord_qty")["length"] = 15  # grows
    data["request"] = [f for f in request if f["name"] != "cond_uv"]
    data["rules"] = [r for r in data["rules"] if r["field"] != "cond_uv"]
    next(r for r in data["rules"] if r["field"] == "ord_qty")["minimum"] = 10
    for example in data["examples"]:
        example["body"].pop("cond_uv", None)
    data["mock"] = {"supported": False}
    data["name_en"] = "Stock Buy Order (cash)"
    field(data["response"], "ord_no")["length"] = 10
    data.setdefault("errata", []).append(
        {"id": "kt10000-planted", "source": "a test", "says": "something", "instead": "something else"}
    )


def plant_ka90012(data: dict[str, Any]) -> None:
    data["alias"] = "stock_lending_trades"
    data["paging"] = False
    field(data["request"], "mrkt_tp")["required"] = False
    data["request"].append(
        {"name": "stk_cd", "ko": "종목코드", "required": False, "length": 20, "item_code": "domestic"}
    )
    data["request"].append({"name": "qry_dt_tp", "ko": "조회일자구분", "required": True, "length": 1})
    data["rules"] = [{"field": "stk_cd", "when": {"mrkt_tp": ["001"]}, "require": True, "source": "a test"}]
    for example in data["examples"]:
        if example["part"] == "request":
            example["body"]["qry_dt_tp"] = "1"
    items = field(data["response"], "dbrt_trde_prps")["fields"]
    field(items, "dbrt_trde_cntrcnt")["kind"] = "decimal"  # IntValue -> DecimalValue
    field(items, "rmnd")["kind"] = "signed_int"  # the same Python type, parsed as signed
    field(items, "stk_cd")["unit"] = "count"  # a unit where there was none: documentation
    field(items, "rmnd")["unit"] = "thousand_shares"
    field(items, "dbrt_trde_rpy")["name"] = "dbrt_trde_rpy_qty"
    items[:] = [f for f in items if f["name"] != "remn_amt"]
    items.append({"name": "mrkt_nm", "ko": "시장명", "required": False, "length": 20})
    for row in rows(data, "response"):
        row.pop("remn_amt")
        row["dbrt_trde_rpy_qty"] = row.pop("dbrt_trde_rpy")


def plant_0s(data: dict[str, Any]) -> None:
    values = field(field(data["response"], "data")["fields"], "values")
    values["fids"] = [f for f in values["fids"] if f["fid"] != 214] + [{"fid": 10, "ko": "현재가"}]
    for example in data["examples"]:
        for row in example["body"].get("data") or []:
            if isinstance(row, dict) and "values" in row:
                row["values"].pop("214")
                row["values"]["10"] = "+60000"


def plant_codes(root: Path) -> None:
    (root / "codes" / "credit_stock_grade.yaml").unlink()
    edit(root / "codes" / "balance_aggregation.yaml", lambda d: d["codes"].pop())
    edit(root / "codes" / "check_flag.yaml", lambda d: d["codes"].append({"code": "9", "ko": "기타", "name": "other"}))

    def rename(data: dict[str, Any]) -> None:
        data["codes"][0]["name"] = data["codes"][0]["name"] + "_all"

    edit(root / "codes" / "all_only_filter.yaml", rename)


def plant_shared(root: Path) -> None:
    def errors(data: dict[str, Any]) -> None:
        field_1501 = next(e for e in data["errors"] if e["code"] == 1501)
        field_1501["class"] = "server"
        data["errors"] = [e for e in data["errors"] if e["code"] != 1504]
        data["errors"].append(
            {"code": 9999, "name": "PlantedError", "class": "input", "message_ko": "시험", "meaning": "A test."}
        )

    edit(root / "errors.yaml", errors)
    edit(root / "api.yaml", lambda d: d["hosts"]["mock"].update(rest="https://mockapi2.kiwoom.com"))

    def rename_fid(data: dict[str, Any]) -> None:
        next(f for f in data["fids"] if f["fid"] == 215)["name"] = "market_operation_code"

    edit(root / "fids.yaml", rename_fid)


def plant(root: Path) -> None:
    """Every planted change, each in a place of its own."""
    edit(root / "domestic/ordr/kt10000.yaml", plant_kt10000)
    edit(root / "domestic/slb/ka90012.yaml", plant_ka90012)
    edit(root / "domestic/realtime/0s-market_session_time.yaml", plant_0s)
    plant_codes(root)
    plant_shared(root)
    (root / "domestic/frgnistt/ka10008.yaml").unlink()
    shutil.copy(SPECS / "domestic/frgnistt/ka10131.yaml", root / "domestic/frgnistt/ka10131.yaml")


# (group, kind, subject, severity): what each planted change must be reported as.
EXPECTED = [
    ("kt10000", "request-length-shrunk", "request.stk_cd", BREAKING),
    ("kt10000", "request-length-grown", "request.ord_qty", COMPATIBLE),
    ("kt10000", "request-field-removed", "request.cond_uv", BREAKING),
    ("kt10000", "rule-changed", "rule ord_qty", BREAKING),
    ("kt10000", "rule-removed", "rule cond_uv", COMPATIBLE),
    ("kt10000", "examples-changed", "examples", DOCS),
    ("kt10000", "mock-removed", "mock", BREAKING),
    ("kt10000", "name-en-changed", "name_en", DOCS),
    ("kt10000", "response-length-changed", "response.ord_no", DOCS),
    ("ka90012", "api-renamed", "alias", BREAKING),
    ("ka90012", "paging-removed", "paging", BREAKING),
    ("ka90012", "request-field-optional", "request.mrkt_tp", COMPATIBLE),
    ("ka90012", "request-field-added", "request.stk_cd", COMPATIBLE),
    ("ka90012", "request-field-added-required", "request.qry_dt_tp", BREAKING),
    ("ka90012", "rule-added", "rule stk_cd", BREAKING),
    ("ka90012", "field-type-changed", "response.dbrt_trde_prps.dbrt_trde_cntrcnt", BREAKING),
    ("ka90012", "field-kind-changed", "response.dbrt_trde_prps.rmnd", COMPATIBLE),
    ("ka90012", "field-unit-changed", "response.dbrt_trde_prps.rmnd", BREAKING),
    ("ka90012", "field-unit-documented", "response.dbrt_trde_prps.stk_cd", DOCS),
    ("ka90012", "response-field-renamed", "response.dbrt_trde_prps.dbrt_trde_rpy", BREAKING),
    ("ka90012", "response-field-removed", "response.dbrt_trde_prps.remn_amt", BREAKING),
    ("ka90012", "response-field-added", "response.dbrt_trde_prps.mrkt_nm", COMPATIBLE),
    ("ka90012", "examples-changed", "examples", DOCS),
    ("0s", "fid-removed", "FID 214", BREAKING),
    ("0s", "fid-added", "FID 10", COMPATIBLE),
    ("0s", "fid-renamed", "FID 215", BREAKING),
    ("0s", "examples-changed", "examples", DOCS),
    ("ka10008", "api-removed", "ka10008", BREAKING),
    ("ka10131", "api-added", "ka10131", COMPATIBLE),
    ("codes", "code-table-removed", "codes.CreditStockGrade", BREAKING),
    ("codes", "code-removed", "codes.BalanceAggregation.SEPARATE", BREAKING),
    ("codes", "code-added", "codes.CheckFlag.OTHER", COMPATIBLE),
    ("codes", "code-renamed", "codes.AllOnlyFilter.ALL", BREAKING),
    ("errors", "error-class-changed", "errors.ApiIdMissing", BREAKING),
    ("errors", "error-added", "errors.PlantedError", COMPATIBLE),
    ("errors", "error-removed", "errors.ApiIdNotServedAtUrl", BREAKING),
    ("protocol", "host-changed", "hosts.mock", COMPATIBLE),
    ("errata", "erratum-added", "kt10000-planted", DOCS),
]


def linted(root: Path) -> Corpus:
    loaded = lint(root)
    assert not loaded.problems, "\n".join(str(p) for p in loaded.problems[:10])
    return loaded.corpus


@pytest.fixture(scope="module")
def sides(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("planted")
    base = copy_tree(tmp / "base", TREE)
    head = tmp / "head"
    shutil.copytree(base, head)
    plant(head)
    return base, head


@pytest.fixture(scope="module")
def corpora(sides: tuple[Path, Path]) -> tuple[Corpus, Corpus]:
    return linted(sides[0]), linted(sides[1])


@pytest.fixture(scope="module")
def planted(corpora: tuple[Corpus, Corpus]) -> SpecDiff:
    return diff_corpora(*corpora, "base", "head")


def test_at_least_fifteen_kinds_are_planted() -> None:
    assert len({kind for _, kind, _, _ in EXPECTED}) >= 15
    assert {severity for *_, severity in EXPECTED} == {BREAKING, COMPATIBLE, DOCS}


@pytest.mark.parametrize(("group", "kind", "subject", "severity"), EXPECTED, ids=[e[1] for e in EXPECTED])
def test_each_planted_change_is_classified(
    planted: SpecDiff, group: str, kind: str, subject: str, severity: str
) -> None:
    found = [c for c in planted.changes if (c.group, c.kind, c.subject) == (group, kind, subject)]
    assert found, [c for c in planted.changes if c.group == group]
    assert {c.severity for c in found} == {severity}
    if severity == BREAKING:
        assert all(c.action for c in found), "a breaking change says what a caller must change"


def test_nothing_but_the_planted_changes(planted: SpecDiff) -> None:
    reported = {(c.group, c.kind, c.subject) for c in planted.changes}
    assert reported == {(g, k, s) for g, k, s, _ in EXPECTED}


def test_identical_trees_have_no_change(corpora: tuple[Corpus, Corpus]) -> None:
    same = diff_corpora(corpora[0], corpora[0])
    assert same.changes == [] and same.worst is None
    assert "No change to the API of the library." in markdown(same)


def test_markdown_is_the_golden_file(planted: SpecDiff) -> None:
    assert markdown(planted) == GOLDEN.read_text(encoding="utf-8")


def test_markdown_puts_breaking_first(planted: SpecDiff) -> None:
    text = markdown(planted)
    sections = text.split("\n### ")[1:]
    worst = [0 if "**breaking**" in s else 1 if "compatible ·" in s else 2 for s in sections]
    assert worst == sorted(worst)
    for section in sections:
        labels = [line.split(" · ")[0] for line in section.splitlines() if line.startswith("- ")]
        order = [["- **breaking**", "- compatible", "- docs-only"].index(label) for label in labels]
        assert order == sorted(order), section


@pytest.mark.parametrize("limit", [7_500, 6_000, 3_500])
def test_markdown_fits_a_comment(planted: SpecDiff, limit: int) -> None:
    """A report longer than a comment may be counts its docs-only, then its compatible changes, and then cuts what
    still does not fit, saying so: breaking changes go last."""
    full = markdown(planted)
    assert len(full) > 7_500
    text = markdown(planted, limit=limit)
    assert len(text) <= limit
    assert text.startswith(full.split("\n\n### ")[0])  # the heading and the summary line
    assert "- docs-only: 1 change(s), not listed here (`--format json` lists them)." in text
    assert "- docs-only · " not in text
    if limit > 7_400:
        assert text.count("- compatible · ") == planted.count(COMPATIBLE)
    elif limit > 5_800:
        assert "- compatible · " not in text
    if limit > 5_800:
        assert text.count("- **breaking** · ") == planted.count(BREAKING)
    else:
        assert 0 < text.count("- **breaking** · ") < planted.count(BREAKING)
        assert "(The report is cut here: " in text and "`--format json` lists every change.)" in text


def test_the_default_limit_is_a_github_comment(planted: SpecDiff) -> None:
    many = [
        Change("ka10131", "field-docs-changed", f"response.field_{n}", "Korean name or notes changed")
        for n in range(2_000)
    ]
    big = SpecDiff("base", "head", [*planted.changes, *many], planted.titles)
    assert len(markdown(big, limit=10**9)) > 65_536
    text = markdown(big)
    assert len(text) <= 65_536 and text.count("- **breaking** · ") == planted.count(BREAKING)
    assert "- docs-only: 2000 change(s), not listed here" in text


def test_json_and_summary(planted: SpecDiff) -> None:
    document = json.loads(as_json(planted))
    assert document["summary"] == {BREAKING: 20, COMPATIBLE: 12, DOCS: 7}  # the two rules of cond_uv count apart
    assert document["worst"] == BREAKING
    assert {(c["group"], c["kind"], c["subject"]) for c in document["changes"]} == {e[:3] for e in EXPECTED}
    line = summary_line(planted)
    assert line.startswith("spec diff base..head: 20 breaking, 12 compatible, 7 docs-only;"), line
    assert line.endswith("APIs: 1 added, 1 removed, 3 changed")


@pytest.fixture(scope="module")
def breakages(
    sides: tuple[Path, Path], corpora: tuple[Corpus, Corpus], tmp_path_factory: pytest.TempPathFactory
) -> list[Breakage]:
    """griffe's opinion: both sides built into packages, and their public APIs compared."""
    tmp = tmp_path_factory.mktemp("packages")
    for side, name in zip(sides, ("old", "new"), strict=True):
        build_package(side, tmp / name)
    return api_breakages(tmp / "old", tmp / "new", Owners(*corpora))


def test_griffe_agrees_with_the_spec_diff(planted: SpecDiff, breakages: list[Breakage]) -> None:
    assert disagreements(planted, breakages) == []
    surface = {c.group for c in planted.changes if c.severity == BREAKING and c.surface}
    assert {b.group for b in breakages} == surface
    assert {"kt10000", "ka90012", "0s", "ka10008", "codes", "errors"} <= surface
    paths = {b.path for b in breakages}
    assert "kiwoom_sdk.api.domestic.slb.DomesticSlb.stock_lending_history" in paths
    assert "kiwoom_sdk.codes.CreditStockGrade" in paths
    assert ("CLASS_CHANGED_BASE", "kiwoom_sdk.errors.ApiIdMissing") in {(b.kind, b.path) for b in breakages}


def test_griffe_finds_a_break_the_spec_diff_missed(planted: SpecDiff, breakages: list[Breakage]) -> None:
    """A spec diff that lost its findings about ka90012 is caught by the second opinion."""
    lossy = SpecDiff("base", "head", [c for c in planted.changes if c.group != "ka90012"], planted.titles)
    [line] = disagreements(lossy, breakages)
    assert line.startswith("ka90012: the generated API breaks (")
    assert line.endswith("no breaking spec change says so (a change of the generator, or a bug of the spec diff)")


def test_the_spec_diff_finds_a_break_griffe_does_not_see(planted: SpecDiff, breakages: list[Breakage]) -> None:
    invented = Change("ka10131", "request-field-removed", "request.dt", "argument removed", "drop it", True)
    lossy = SpecDiff("base", "head", [*planted.changes, invented], planted.titles)
    assert disagreements(lossy, breakages) == [
        "ka10131: the spec diff breaks the Python API (request.dt), the generated API does not change so"
    ]


def test_the_command_line_reports_both_opinions(sides: tuple[Path, Path]) -> None:
    run = run_diff("diff", str(sides[0]), str(sides[1]), "--api", "--format", "json")
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["api"]["disagreements"] == []
    assert {b["group"] for b in document["api"]["breakages"]} >= {"ka90012", "codes", "errors"}
    assert "generated API: " in run.stderr and ", 0 disagreement(s)" in run.stderr


# --- the command line --------------------------------------------------------------------------------------------


def run_diff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def repo(sides: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository whose first commit has the base tree as specs/ and whose working tree has the head."""
    root = tmp_path_factory.mktemp("repo")
    shutil.copytree(sides[0], root / "specs")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "specs"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=root, check=True)
    shutil.rmtree(root / "specs")
    shutil.copytree(sides[1], root / "specs")
    return root


def test_a_git_ref_against_the_working_tree(repo: Path) -> None:
    before = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True).stdout
    run = run_diff("--specs", str(repo / "specs"), "diff", "HEAD", str(repo / "specs"), "--format", "json")
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert {(c["group"], c["kind"], c["subject"]) for c in document["changes"]} == {e[:3] for e in EXPECTED}
    assert run.stderr.startswith(f"spec diff HEAD..{repo / 'specs'}: 20 breaking")
    after = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True).stdout
    assert after == before  # the working tree is left as it was


def test_fail_on(repo: Path) -> None:
    specs = str(repo / "specs")
    assert (
        run_diff("--specs", specs, "diff", "HEAD", specs, "--format", "summary", "--fail-on", "breaking").returncode
        == 1
    )
    same = run_diff("--specs", specs, "diff", "HEAD", "HEAD", "--format", "summary", "--fail-on", "compatible")
    assert same.returncode == 0, same.stderr
    assert (
        same.stdout
        == "spec diff HEAD..HEAD: 0 breaking, 0 compatible, 0 docs-only; APIs: 0 added, 0 removed, 0 changed\n"
    )


def test_fail_on_compatible_fails_on_an_addition(sides: tuple[Path, Path], tmp_path: Path) -> None:
    head = copy_tree(tmp_path / "head", TREE)
    shutil.copy(SPECS / "domestic/frgnistt/ka10131.yaml", head / "domestic/frgnistt/ka10131.yaml")
    lenient = run_diff("diff", str(sides[0]), str(head), "--format", "summary", "--fail-on", "breaking")
    assert lenient.returncode == 0 and ": 0 breaking, 1 compatible," in lenient.stdout
    strict = run_diff("diff", str(sides[0]), str(head), "--format", "summary", "--fail-on", "compatible")
    assert strict.returncode == 1


def test_a_ref_that_does_not_exist(repo: Path) -> None:
    run = run_diff("--specs", str(repo / "specs"), "diff", "no-such-ref", str(repo / "specs"))
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr == f"diff: BASE: 'no-such-ref' is neither a spec folder nor a git ref of {repo}\n"


def test_a_side_that_does_not_lint(sides: tuple[Path, Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(sides[1], broken)
    edit(broken / "domestic/slb/ka90012.yaml", lambda d: d.pop("alias"))
    run = run_diff("diff", str(sides[0]), str(broken))
    assert run.returncode == 2
    assert run.stdout == ""
    [line] = run.stderr.splitlines()
    assert line.startswith(f"diff: HEAD: the specs of {broken} do not lint (1 problem(s); first: ")
    assert "ka90012.yaml" in line and "'alias' is missing" in line


def test_a_commit_is_read_as_committed_not_held_to_rules_made_since(sides: tuple[Path, Path], tmp_path: Path) -> None:
    """A git ref is history (an old release, a pull request's base): its files must load, but a cross-file rule it
    breaks (here one added after it, as far as it knows) does not stop the diff; the working folder is linted."""
    root = tmp_path / "repo"
    shutil.copytree(sides[0], root / "specs")
    edit(root / "specs/domestic/slb/ka90012.yaml", lambda d: d.update(alias="foreign_trading_by_stock"))  # ka10008's
    assert any("already used" in str(problem) for problem in lint(root / "specs").problems)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "specs"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=root, check=True)
    specs = str(root / "specs")
    as_folder = run_diff("diff", specs, str(sides[0]), "--format", "summary")
    assert as_folder.returncode == 2 and "do not lint" in as_folder.stderr and "already used" in as_folder.stderr
    shutil.rmtree(root / "specs")
    shutil.copytree(sides[0], root / "specs")
    as_ref = run_diff("--specs", specs, "diff", "HEAD", specs, "--format", "json")
    assert as_ref.returncode == 0, as_ref.stderr
    changes = {(c["group"], c["subject"]) for c in json.loads(as_ref.stdout)["changes"]}
    assert changes == {("ka90012", "alias")}


def test_a_folder_that_is_not_a_spec_tree(sides: tuple[Path, Path], tmp_path: Path) -> None:
    run = run_diff("diff", str(tmp_path), str(sides[1]))
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == f"diff: BASE: {tmp_path} is not a spec folder (it has no schema/)\n"


# --- the older guide workbook --------------------------------------------------------------------------------------


def test_older_workbook_against_the_committed_specs(older_guide: Path, tmp_path: Path) -> None:
    from .older_tree import older_tree

    older = older_tree(SPECS, older_guide, tmp_path / "older")
    started = time.perf_counter()
    run = run_diff("diff", str(older), str(SPECS), "--format", "json")
    elapsed = time.perf_counter() - started
    assert run.returncode == 0, run.stderr
    changes = json.loads(run.stdout)["changes"]

    def classes(group: str, kind: str, subject: str | None = None) -> list[str]:
        return [
            c["severity"]
            for c in changes
            if (c["group"], c["kind"]) == (group, kind) and subject in (None, c["subject"])
        ]

    assert classes("ka10009", "api-removed") == [BREAKING]
    assert classes("ka01300", "api-added") == [COMPATIBLE]
    assert classes("ka01301", "api-added") == [COMPATIBLE]
    us = [c for c in changes if c["kind"] == "api-added" and c["group"].startswith(("us", "ust", "F"))]
    assert len(us) > 50 and {c["severity"] for c in us} == {COMPATIBLE}
    assert classes("kt00015", "request-field-added", "request.qry_sort_tp") == [COMPATIBLE]
    for name in ("listCount", "regDay"):
        assert classes("ka10100", "response-length-changed", f"response.{name}") == [DOCS]
    assert [c["subject"] for c in changes if c["severity"] == BREAKING] == ["ka10009"]
    assert elapsed < 60, elapsed  # generous: about 6 s of CPU, the two sides in parallel


def test_a_change_of_a_realtime_reg_request_is_the_sessions_to_make() -> None:
    """A realtime type's REG request is written by the hand-written session, not by a generated method: a change
    names the session and the contract test, leaves the generated API and callers' code alone, and so is no break."""
    from generator.spec.loader import load_corpus
    from generator.spec.model import Field

    base, head = load_corpus(SPECS).corpus, load_corpus(SPECS).corpus
    [data] = [f for f in head.apis["0B"].request if f.name == "data"]
    [item] = [f for f in data.fields if f.name == "item"]
    item.fields.append(Field(name="stex_tp", ko="거래소구분", kind="text", required=True, loc=item.loc))
    changes = [c for c in diff_corpora(base, head).changes if c.group == "0B"]
    assert [(c.kind, c.subject) for c in changes] == [("request-field-added-required", "request.data.item.stex_tp")]
    [change] = changes
    assert change.severity == COMPATIBLE and change.session and not change.surface
    assert "field of the REG message" in change.what
    assert "RealtimeSession.register" in change.action and "test_contract_websocket" in change.action


def test_against_a_ref_the_second_opinion_reads_the_committed_package(sides: tuple[Path, Path], tmp_path: Path) -> None:
    """A ref's package is the one its commit generated (generated/ is committed with specs/): a change of the
    generator that breaks the API shows against it, though no spec changed. Here the committed package has an error
    class that the generator of the working tree does not make."""
    root = tmp_path / "repo"
    shutil.copytree(sides[0], root / "specs")
    build_package(root / "specs", root / "generated")
    errors = root / "generated" / "kiwoom_sdk" / "errors.py"
    text = errors.read_text(encoding="utf-8").replace('"KiwoomError",', '"KiwoomError", "LegacyError",', 1)
    errors.write_text(text + "\n\nclass LegacyError(KiwoomError):\n    pass\n", encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "specs", "generated"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=root, check=True)
    specs = str(root / "specs")
    run = run_diff("--specs", specs, "diff", "HEAD", specs, "--api", "--format", "json")
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["changes"] == []
    assert document["api"]["breakages"] == [
        {"kind": "OBJECT_REMOVED", "path": "kiwoom_sdk.errors.LegacyError", "group": "errors"}
    ]
    assert document["api"]["disagreements"] == [
        "errors: the generated API breaks (OBJECT_REMOVED kiwoom_sdk.errors.LegacyError), no breaking spec change"
        " says so (a change of the generator, or a bug of the spec diff)"
    ]
