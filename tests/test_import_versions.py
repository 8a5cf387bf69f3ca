"""import-guide compares the workbook's version (the date in its name, or --version) with the guide the specs follow
(their `source.workbook`): `--write` of an older workbook is refused unless `--force`; the reports say which is newer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, guide_report


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600
    )


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_write_of_an_older_workbook_is_refused(older_guide: Path, specs_copy: Path) -> None:
    before = _snapshot(specs_copy)
    run = _run("--specs", str(specs_copy), "import-guide", str(older_guide), "--write")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    [line] = run.stderr.splitlines()
    apis = [p for p in specs_copy.rglob("*.yaml") if p.read_text("utf-8").count("\nid: ") == 1]
    first = min(apis, key=str)
    source = first.read_text("utf-8").splitlines().index("source:") + 1
    assert line.startswith(f"{first}:{source}: ")  # where the specs name their guide: the first API by path
    assert "the specs follow guide 2026-07-04" in line and f"{older_guide.name} is older (2026-05-07)" in line
    assert "--force" in line
    assert _snapshot(specs_copy) == before


def test_write_of_an_older_workbook_with_force_takes_the_specs_back(older_guide: Path, specs_copy: Path) -> None:
    run = _run("--specs", str(specs_copy), "import-guide", str(older_guide), "--write", "--force")
    assert run.returncode == 0, run.stderr
    assert "(guide 2026-05-07, older than the specs (2026-07-04))" in run.stdout
    assert (specs_copy / "domestic" / "frgnistt" / "ka10009.yaml").is_file()  # only in the older guide
    assert 'workbook: "2026-05-07"' in (specs_copy / "domestic" / "ordr" / "kt10000.yaml").read_text("utf-8")


def test_the_report_says_which_is_newer(older_guide: Path, current_guide: Path, tmp_path: Path) -> None:
    later = tmp_path / "kiwoom-rest-api-guide-2026-09-01.xlsx"
    shutil.copy(current_guide, later)
    expected = {
        older_guide: "(guide 2026-05-07, older than the specs (2026-07-04))",
        current_guide: "(guide 2026-07-04, the version of the specs)",
        later: "(guide 2026-09-01, newer than the specs (2026-07-04))",
    }
    for workbook, says in expected.items():
        run = guide_report(workbook)  # the older and the current report are the importer's tests' too
        assert f"import-guide: {workbook.name} {says}: " in run.stderr.splitlines()[-1], run.stderr


def test_a_workbook_without_a_date_needs_a_version_to_write(current_guide: Path, specs_copy: Path) -> None:
    undated = specs_copy.parent / "guide.xlsx"
    shutil.copy(current_guide, undated)
    before = _snapshot(specs_copy)
    run = _run("--specs", str(specs_copy), "import-guide", str(undated), "--write", "--force")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [
        f"{undated}: guide version unknown ('guide.xlsx' is not a date; see --version): --write needs it;"
        " pass --version YYYY-MM-DD"
    ]
    assert _snapshot(specs_copy) == before
    run = _run("--specs", str(specs_copy), "import-guide", str(undated), "--write", "--version", "2026-07-04")
    assert run.returncode == 0, run.stderr
    assert _snapshot(specs_copy) == before  # the same guide as the specs': nothing to change


def test_a_version_that_is_not_a_date_is_refused(current_guide: Path) -> None:
    run = _run("import-guide", str(current_guide), "--report", "--version", "2026-13-01")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "argument --version: '2026-13-01' is not a date (YYYY-MM-DD)" in run.stderr
