"""The GitHub workflow files: valid by GitHub's schema (check-jsonschema's vendored copy), and every command they
run is a Makefile target (so `make test` exercises it locally), but for the steps that talk to GitHub itself."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
# Steps that publish to GitHub (a job summary, a pull request comment) have no local equivalent.
GITHUB_ONLY = {"Job summary", "Pull request comment"}


def _lint(*paths: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows"]
    return subprocess.run([*command, *map(str, paths)], capture_output=True, text=True, check=False)


def _targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return {m[1] for m in re.finditer(r"^([a-z][\w-]*):", text, re.MULTILINE)}


def test_the_three_workflows_pass_the_linter() -> None:
    assert [p.name for p in WORKFLOWS] == ["ci.yml", "release.yml", "spec-review.yml"]
    run = _lint(*WORKFLOWS)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_linter_refuses_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step: []\n", encoding="utf-8")
    run = _lint(broken)
    assert run.returncode == 1
    assert "broken.yml" in run.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_every_command_is_a_makefile_target(path: Path) -> None:
    targets = _targets()
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "run" not in step or step.get("name") in GITHUB_ONLY:
                continue
            words = step["run"].split()
            assert words[0] == "make", step
            named = [w for w in words[1:] if "=" not in w]
            assert named and set(named) <= targets, (step, set(named) - targets)


def test_make_test_runs_what_the_workflows_run() -> None:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    prerequisites = set(re.search(r"^test:(.*)$", text, re.MULTILINE)[1].split())  # type: ignore[index]
    assert {"lint", "check", "workflows", "spec-review", "dist", "docs"} <= prerequisites


def test_docstring_links_resolve_in_the_package() -> None:
    from dist_check.links import broken_links, site_links
    from generator.names import SITE_URL

    found, broken = broken_links(ROOT / "generated" / "kiwoom_sdk")
    from kiwoom_sdk.realtime import REGISTRY

    tables = len(list((ROOT / "specs" / "codes").glob("*.yaml")))
    # per HTTP TR, its sync and async methods and its response model link its reference entry; each realtime
    # type's class links its entry; each code table's enum links its table
    assert found == 3 * 306 + len(set(REGISTRY.values())) + tables and broken == []
    assert {site for _, site, _, _ in site_links(ROOT / "generated" / "kiwoom_sdk")} == {SITE_URL}


def test_the_package_holds_the_documents() -> None:
    from importlib.resources.readers import MultiplexedPath

    from dist_check.documents import document_problems

    assert document_problems(MultiplexedPath(ROOT / "generated" / "kiwoom_sdk")) == []
    assert document_problems(MultiplexedPath(ROOT / "tests")) != []  # a folder without them


@pytest.mark.parametrize(("tag", "status"), [("v{version}", 0), ("v9.9.9", 2)], ids=["the-version", "another"])
def test_make_release_tag_checks_the_tag_against_the_version(tag: str, status: int) -> None:
    """The release workflow's step, as make runs it (its virtualenv set-up taken as done)."""
    from generator.review.versions import current_version

    run = subprocess.run(
        [
            "make",
            "-s",
            "-o",
            "setup",
            "release-tag",
            f"TAG={tag.format(version=current_version())}",
            f"PY={sys.executable}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == status, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    if status:
        assert f"release-tag: the tag 'v9.9.9' is not v{current_version()}," in run.stderr


def _spec_review(tmp_path: Path, base: str) -> tuple[subprocess.CompletedProcess[str], str]:
    report = tmp_path / "spec-review.md"
    command = ["make", "-s", "-o", "setup", "spec-review", f"BASE={base}", f"REVIEW={report}", f"PY={sys.executable}"]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    return run, report.read_text(encoding="utf-8")


def test_make_spec_review_writes_the_report(tmp_path: Path) -> None:
    run, report = _spec_review(tmp_path, "specs")
    assert run.returncode == 0, run.stderr
    assert report.startswith("## Spec diff `specs` → `specs`\n") and "No change to the API of the library." in report


def test_make_spec_review_that_cannot_run_says_why_in_the_report(tmp_path: Path) -> None:
    """The report is the pull request's comment: a base that is no ref (or a side that does not lint) is said there,
    not only in the job's log, and the step fails."""
    run, report = _spec_review(tmp_path, "no-such-ref")
    assert run.returncode != 0
    line = f"diff: BASE: 'no-such-ref' is neither a spec folder nor a git ref of {ROOT}"
    assert line in run.stderr
    assert report.startswith("## Spec diff `no-such-ref` → `specs`\n\nThe spec diff could not run:\n")
    assert line in report
