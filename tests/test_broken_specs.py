"""Every file in tests/broken/ is a defective spec; lint must name its file and line, and exit 1.

Each broken file starts with `# target: <path inside specs/>` and `# expect: <message part>`; the
defective line carries the comment `# <- here` (no marker: line 1).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.spec.lint import lint

from .conftest import ROOT

BROKEN = sorted((Path(__file__).parent / "broken").glob("*.yaml"))
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): (?P<message>.+)$")


def _header(text: str, key: str) -> str:
    match = re.search(rf"^# {key}: (.+)$", text, re.MULTILINE)
    assert match, f"broken spec without '# {key}:'"
    return match.group(1).strip()


def _place(case: Path, specs: Path) -> tuple[Path, str, int]:
    text = case.read_text(encoding="utf-8")
    target = specs / _header(text, "target")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    marked = [n for n, line in enumerate(text.splitlines(), 1) if line.endswith("# <- here")]
    return target, _header(text, "expect"), marked[0] if marked else 1


def test_the_corpus_is_large_enough() -> None:
    assert len(BROKEN) >= 20
    assert len({_header(p.read_text(encoding="utf-8"), "expect") for p in BROKEN}) == len(BROKEN)


def test_the_minimal_tree_is_valid(mini_specs: Path) -> None:
    assert [str(p) for p in lint(mini_specs).problems] == []


@pytest.mark.parametrize("case", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_spec_is_rejected_at_its_line(case: Path, mini_specs: Path) -> None:
    target, expect, line = _place(case, mini_specs)
    problems = [str(p) for p in lint(mini_specs).problems]
    assert any(p.startswith(f"{target}:{line}: ") and expect in p for p in problems), problems


@pytest.mark.parametrize("case", BROKEN[:3] + BROKEN[-3:], ids=[p.stem for p in BROKEN[:3] + BROKEN[-3:]])
def test_command_line_gives_one_line_errors_and_exit_1(case: Path, mini_specs: Path) -> None:
    target, expect, line = _place(case, mini_specs)
    run = subprocess.run(
        [sys.executable, "-m", "generator", "--specs", str(mini_specs), "lint"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert lines and all(LINE.match(out) for out in lines), run.stderr
    assert any(out.startswith(f"{target}:{line}: ") and expect in out for out in lines), run.stderr


def test_a_realtime_example_value_outside_its_fids_code_table_is_named(mini_specs: Path) -> None:
    """A guide example's FID value that is not a code of the table the realtime type reads it against is a problem
    at the example, as a REST example's code is (the AsyncAPI message would refuse the example), until an erratum
    records it as the guide's."""
    path = mini_specs / "domestic/realtime/0s-market_session_time.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"215": b\n', '"215": "#"\n', 1), encoding="utf-8")
    problems = [str(p) for p in lint(mini_specs).problems]
    assert [p for p in problems if "'data[].values.215' = '#' is not a code of 'market_operation_event'" in p], problems


def test_a_unit_factor_of_no_unit_is_named(mini_specs: Path) -> None:
    kinds = mini_specs / "kinds.yaml"
    text = kinds.read_text(encoding="utf-8")
    kinds.write_text(text.replace("unit_factors:\n", "unit_factors:\n  KRW_billion: 1000000000\n"), encoding="utf-8")
    problems = [str(p) for p in lint(mini_specs).problems]
    assert any("unit_factors: 'KRW_billion' is not one of the units of kinds.yaml" in p for p in problems), problems
