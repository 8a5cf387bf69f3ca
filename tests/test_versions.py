"""The package version follows the spec history: the bump of each planted scenario, `release` and `changelog` in a
git repository of their own, and the version and guide workbook the build stamps on the package."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from generator.review.change import BREAKING, COMPATIBLE, DOCS
from generator.review.diff import diff_corpora
from generator.review.versions import bump, current_version, guide_workbook, next_version, read_releases
from generator.spec.lint import lint

from .conftest import ROOT, SPECS
from .test_spec_diff import TREE, copy_tree, edit, linted, plant, run_diff


def test_bump_rules() -> None:
    assert bump("0.1.0", BREAKING) == "1.0.0"
    assert bump("1.4.2", BREAKING) == "2.0.0"
    assert bump("1.4.2", COMPATIBLE) == "1.5.0"
    assert bump("1.4.2", DOCS) == "1.4.3"
    assert bump("1.4.2", None) == "1.4.2"
    with pytest.raises(ValueError, match=r"not a MAJOR\.MINOR\.PATCH version: '1\.4'"):
        bump("1.4", DOCS)


def add_ka10131(root: Path) -> None:
    shutil.copy(SPECS / "domestic/frgnistt/ka10131.yaml", root / "domestic/frgnistt/ka10131.yaml")


def rename_in_english(root: Path) -> None:
    edit(root / "domestic/ordr/kt10000.yaml", lambda d: d.update(name_en="Stock Buy Order (cash)"))


def nothing(root: Path) -> None:
    pass


@pytest.mark.parametrize(
    ("scenario", "worst", "version"),
    [
        (plant, BREAKING, "1.0.0"),
        (add_ka10131, COMPATIBLE, "0.2.0"),
        (rename_in_english, DOCS, "0.1.1"),
        (nothing, None, "0.1.0"),
    ],
    ids=["planted-breaking", "api-added", "docs-only", "no-change"],
)
def test_the_bump_of_each_scenario(tmp_path: Path, scenario: object, worst: str | None, version: str) -> None:
    base = copy_tree(tmp_path / "base", TREE)
    head = tmp_path / "head"
    shutil.copytree(base, head)
    assert callable(scenario)
    scenario(head)
    diff = diff_corpora(linted(base), linted(head))
    assert diff.worst == worst
    assert next_version("0.1.0", diff) == version


GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]


def commit(repo: Path, message: str) -> str:
    subprocess.run([*GIT, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-qm", message], cwd=repo, check=True)
    return subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_release_and_changelog(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    specs = copy_tree(repo / "specs", TREE)
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    first = commit(repo, "first")
    releases = tmp_path / "releases.yaml"
    releases.write_text(f"releases:\n  - version: 0.1.0\n    ref: {first}\n", encoding="utf-8")
    common = ("--specs", str(specs))

    add_ka10131(specs)
    dirty = run_diff(*common, "release", "--releases", str(releases))
    assert dirty.returncode == 2 and "has uncommitted changes" in dirty.stderr
    second = commit(repo, "ka10131")
    run = run_diff(*common, "release", "--releases", str(releases))
    assert (run.returncode, run.stdout) == (0, "release: 0.1.0 -> 0.2.0 (compatible)\n"), run.stderr
    again = run_diff(*common, "release", "--releases", str(releases))
    assert again.returncode == 1 and "nothing changed since 0.2.0" in again.stderr

    edit(specs / "domestic/slb/ka90012.yaml", lambda d: d.update(alias="stock_lending_trades"))
    third = commit(repo, "alias")
    run = run_diff(*common, "release", "--releases", str(releases))
    assert run.stdout == "release: 0.2.0 -> 1.0.0 (breaking)\n", run.stderr
    assert [(r.version, r.ref) for r in read_releases(releases)] == [
        ("0.1.0", first),
        ("0.2.0", second),
        ("1.0.0", third),
    ]

    rename_in_english(specs)  # not committed: the changelog shows it as unreleased
    out = tmp_path / "CHANGELOG.md"
    run = run_diff(*common, "changelog", "--releases", str(releases), "--out", str(out))
    assert run.returncode == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Unreleased",
        f"## 1.0.0 (specs at {third[:12]})",
        f"## 0.2.0 (specs at {second[:12]})",
        f"## 0.1.0 (specs at {first[:12]})",
    ]
    assert "- ka90012: `alias`: method alias renamed: `stock_lending_history` -> `stock_lending_trades`." in text
    assert "- ka10131: `ka10131`: new API client.frgnistt.ka10131()" in text
    assert "1 docs-only change(s)" in text


def test_the_projects_own_releases_can_be_read(tmp_path: Path) -> None:
    """generator/review/releases.yaml as it is: the changelog reads every release's specs from this repository's
    history (0.1.0 once named a commit whose specs today's loader refuses, and every release then failed)."""
    out = tmp_path / "CHANGELOG.md"
    run = run_diff("changelog", "--out", str(out))
    assert run.returncode == 0, run.stderr
    headings = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    assert headings[-1] == f"## {read_releases()[0].version} (specs at {read_releases()[0].ref[:12]})"


def test_the_build_stamps_the_version_and_the_guide_workbook() -> None:
    metadata = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert metadata["version"] == current_version() == read_releases()[-1].version
    workbook = guide_workbook(lint(SPECS).corpus)
    assert workbook == "2026-07-04"
    assert metadata["description"].endswith(f"(Kiwoom REST API guide {workbook})")
    init = (ROOT / "generated" / "kiwoom_sdk" / "__init__.py").read_text(encoding="utf-8")
    assert f'__guide_workbook__ = "{workbook}"' in init


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("releases: [{version: 0.1.0}]\n", "release 1 needs a version and a ref, each a string: {'version': '0.1.0'}"),
        ("releases: [\n", "cannot be read: while parsing a flow node"),
        ("", "expected `releases:`, a list of {version, ref}, oldest first"),
        ("releases:\n  - version: 1.0\n    ref: abc\n", "release 1 needs a version and a ref, each a string"),
        ("releases:\n  - {version: 0.2.0, ref: a}\n  - {version: 0.1.0, ref: b}\n", "versions must grow"),
    ],
    ids=["no-ref", "not-yaml", "empty", "a-number", "shrinking"],
)
def test_a_releases_file_that_cannot_be_used(tmp_path: Path, text: str, message: str) -> None:
    """release and changelog name the file and what is wrong with it, in one line (no internal error)."""
    releases = tmp_path / "releases.yaml"
    releases.write_text(text, encoding="utf-8")
    for command in ("release", "changelog"):
        run = run_diff(command, "--releases", str(releases), *(["--dry-run"] if command == "release" else []))
        assert run.returncode == 2, run.stderr
        [line] = run.stderr.splitlines()
        assert line.startswith(f"{command}: {releases}: ") and message in line, line


def test_release_appends_to_a_file_without_a_final_newline(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    specs = copy_tree(repo / "specs", TREE)
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    first = commit(repo, "first")
    add_ka10131(specs)
    second = commit(repo, "ka10131")
    releases = tmp_path / "releases.yaml"
    releases.write_text(f"releases:\n  - version: 0.1.0\n    ref: {first}", encoding="utf-8")
    run = run_diff("--specs", str(specs), "release", "--releases", str(releases))
    assert run.returncode == 0, run.stderr
    assert [(r.version, r.ref) for r in read_releases(releases)] == [("0.1.0", first), ("0.2.0", second)]
