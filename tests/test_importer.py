"""import-guide against both published workbooks, on copies of the committed specs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from generator.guide.importer import compare
from generator.guide.workbook import WorkbookError, read_guide
from generator.output.writing import write_all

from .conftest import OLDER_GUIDE, ROOT, guide_report


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def older_report() -> subprocess.CompletedProcess[str]:
    return guide_report(OLDER_GUIDE)


def test_current_workbook_reports_no_difference(current_guide: Path) -> None:
    run = guide_report(current_guide)
    assert run.returncode == 0, run.stdout
    assert run.stdout == ""


def test_older_workbook_differs(older_report: subprocess.CompletedProcess[str]) -> None:
    assert older_report.returncode == 1
    lines = older_report.stdout.splitlines()
    assert "ka10009: only in the workbook (주식기관요청, /api/dostk/frgnistt)" in lines
    assert "ka01300: only in specs (not in the workbook)" in lines
    assert "ka01301: only in specs (not in the workbook)" in lines
    assert "kt00015: request.qry_sort_tp: only in specs: 조회정렬구분 (optional, length 1)" in lines
    assert "ka10100: response.listCount: length differs: specs 16, workbook None" in lines
    assert "ka10100: response.regDay: length differs: specs 8, workbook None" in lines


def test_reordered_fields_are_reported_as_reordered(older_report: subprocess.CompletedProcess[str]) -> None:
    ka10001 = [line for line in older_report.stdout.splitlines() if line.startswith("ka10001:")]
    assert any("fields reordered" in line for line in ka10001), ka10001
    assert not any("only in" in line for line in ka10001), ka10001


def test_write_on_committed_specs_is_a_no_op(current_guide: Path, specs_copy: Path) -> None:
    before = _snapshot(specs_copy)
    run = _run("--specs", str(specs_copy), "import-guide", str(current_guide), "--write")
    assert run.returncode == 0, run.stderr
    assert _snapshot(specs_copy) == before


def test_write_brings_specs_to_an_older_workbook(older_guide: Path, specs_copy: Path) -> None:
    guide = read_guide(older_guide)
    result = compare(guide, specs_copy)
    assert result.added == ["ka10009"]
    write_all(result.writes)
    again = compare(guide, specs_copy)
    assert again.added == [] and list(again.changed) == ["(shared)"]
    assert all("only in" in line for line in again.changed["(shared)"])  # messages were updated
    assert sorted(again.removed) == sorted(result.removed)  # never deletes curated files
    assert (specs_copy / "domestic" / "frgnistt" / "ka10009.yaml").is_file()
    kt00015 = (specs_copy / "domestic" / "acnt" / "kt00015.yaml").read_text(encoding="utf-8")
    assert "qry_sort_tp" not in kt00015
    assert "alias: comprehensive_transaction_history" in kt00015  # curated enrichment survives


def test_write_is_all_or_nothing(tmp_path: Path) -> None:
    good = tmp_path / "a.yaml"
    good.write_text("old\n", encoding="utf-8")
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError):
        write_all({good: "new\n", blocked / "b.yaml": "x\n"})
    assert good.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".import-")] == []


# A workbook that cannot be read is refused whatever the specs: the three tests below pass a small spec set, which
# loads in a fraction of the time the repository's takes.
def test_not_a_workbook_exits_2(tmp_path: Path, mini_specs: Path) -> None:
    bogus = tmp_path / "guide.xlsx"
    bogus.write_text("this is not a workbook", encoding="utf-8")
    run = _run("--specs", str(mini_specs), "import-guide", str(bogus), "--report")
    assert run.returncode == 2
    assert str(bogus) in run.stderr and "Kiwoom REST API guide" in run.stderr
    assert "Traceback" not in run.stderr


def test_other_workbook_exits_2(tmp_path: Path, mini_specs: Path) -> None:
    other = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["month", "amount"])
    book.save(other)
    run = _run("--specs", str(mini_specs), "import-guide", str(other), "--report")
    assert run.returncode == 2
    assert "no API sheets found" in run.stderr


def test_missing_workbook_exits_2(tmp_path: Path, mini_specs: Path) -> None:
    run = _run("--specs", str(mini_specs), "import-guide", str(tmp_path / "nope.xlsx"))
    assert run.returncode == 2
    assert "no such file" in run.stderr


def test_reader_rejects_a_truncated_workbook(tmp_path: Path, current_guide: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(current_guide.read_bytes()[:50_000])
    with pytest.raises(WorkbookError, match=r"broken\.xlsx"):
        read_guide(broken)


def test_import_into_empty_specs_is_stable(current_guide: Path, tmp_path: Path) -> None:
    """A first import creates every API file; a second one finds nothing to change."""
    guide = read_guide(current_guide)
    first = compare(guide, tmp_path)
    assert len(first.added) == 337
    write_all(first.writes)
    assert len(list(tmp_path.rglob("*.yaml"))) == len(first.writes)
    second = compare(guide, tmp_path)
    assert second.added == [] and second.changed == {} and second.writes == {}


def test_the_api_list_sheet_matches_the_api_sheets(current_guide: Path, older_guide: Path) -> None:
    for path, count in ((current_guide, 337), (older_guide, 207)):
        guide = read_guide(path)
        assert len(guide.listed) == count
        assert sorted(guide.listed) == sorted(guide.apis)
