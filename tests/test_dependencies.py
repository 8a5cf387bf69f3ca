"""The generated package's dependency ranges (generator/targets/library/dependencies.py) and the run at their lowest end.

The ranges are valid requirements, rendered as declared; the project pins every dependency exactly and inside its
range (the pinned end, which `make test` runs); the lowest constraints pin every dependency at the start of its
range; and `make test-lowest` runs every test file that needs nothing but the package.
"""

from __future__ import annotations

import ast
import itertools
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.version import Version

from generator.targets.library.dependencies import EXTRAS, LOWEST_EXTRAS, RUNTIME, Supported, lowest

from .conftest import ROOT

SUPPORTED = tuple({d.name: d for d in [*RUNTIME, *(d for extra in EXTRAS.values() for d in extra)]}.values())
GENERATED = ROOT / "generated"
CONSTRAINTS = GENERATED / "tests" / "constraints-lowest.txt"


def _project(path: Path) -> dict[str, Any]:
    project: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))["project"]
    return project


def _project_requirements() -> list[Requirement]:
    project = _project(ROOT / "pyproject.toml")
    return [Requirement(line) for line in [*project["dependencies"], *project["optional-dependencies"]["dev"]]]


def _pinned(requirement: Requirement) -> Version:
    [specifier] = requirement.specifier
    assert specifier.operator == "==", f"pyproject.toml: {requirement} is not pinned exactly"
    return Version(specifier.version)


def test_the_project_pins_every_requirement_exactly() -> None:
    for requirement in _project_requirements():
        _pinned(requirement)


def test_the_project_pins_each_dependency_of_the_package_inside_its_range_below_the_next_major() -> None:
    pins = {requirement.name: _pinned(requirement) for requirement in _project_requirements()}
    for supported in SUPPORTED:
        assert supported.name in pins, f"pyproject.toml pins no {supported.name}: nothing runs its pinned end"
        pin, lowest, below = pins[supported.name], Version(supported.lowest), Version(supported.below)
        assert lowest <= pin < below, f"{supported.name}=={pin} outside {supported.requirement}"
        # a major release after the pinned one is untested and may remove what the runtime uses (0.x: up to 1.0)
        assert below == Version(str(pin.major + 1)), f"{supported.requirement}: the next major after {pin}"
        assert supported.why, supported.name


def _admits(requirement: Requirement, supported: Supported) -> None:
    assert requirement.name == supported.name
    assert {str(s) for s in requirement.specifier} == {f">={supported.lowest}", f"<{supported.below}"}, requirement
    assert requirement.specifier.contains(supported.lowest) and not requirement.specifier.contains(supported.below)
    assert requirement.marker is None and not requirement.extras, requirement


def test_the_generated_package_requires_the_ranges() -> None:
    project = _project(GENERATED / "pyproject.toml")
    declared = {"": project["dependencies"], **project["optional-dependencies"]}
    for extra, supported in {"": RUNTIME, **EXTRAS}.items():
        requirements = [Requirement(line) for line in declared.pop(extra)]
        assert [r.name for r in requirements] == [s.name for s in supported], extra
        for requirement, dependency in zip(requirements, supported, strict=True):
            _admits(requirement, dependency)
    assert declared == {}, "extras that generator/targets/library/dependencies.py does not know"


def test_the_lowest_constraints_pin_every_dependency_at_the_start_of_its_range() -> None:
    lines = [line for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    pins = {requirement.name: _pinned(requirement) for requirement in map(Requirement, lines)}
    assert pins == {supported.name: Version(supported.lowest) for supported in lowest()}


def _makefile_variables(pattern: str) -> list[str]:
    """The values of the Makefile's variables whose names match `pattern`, continued lines joined."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    values = re.findall(rf"^{pattern} := ((?:.*\\\n)*.*)$", text, re.MULTILINE)
    assert values, f"Makefile: no {pattern}"
    return [value.replace("\\\n", " ") for value in values]


def _test_tools() -> set[str]:
    """What the lowest venv installs beside the package: the project's pins of the names TEST_TOOLS greps for."""
    [tools] = _makefile_variables("TEST_TOOLS")
    match = re.search(r'"\(([\w|-]+)\)==', tools)
    assert match, "Makefile: TEST_TOOLS greps no names"
    return set(match.group(1).split("|"))


LOCAL_PROGRAMS = {"demo"}  # the repository's own programs that tests run; what they import counts as the test's


def _imports(path: Path, top_level: bool = False) -> tuple[set[str], set[Path]]:
    """The modules a test file imports (only those at module level if `top_level`), or runs with `python -m`: others
    by name, the repository's own test modules by file."""
    modules, local = set(), set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body if top_level else ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level:
            names = [node.module] if node.module else [alias.name for alias in node.names]
            local |= {path.parents[node.level - 1] / f"{name.replace('.', '/')}.py" for name in names}
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module or "")
        elif isinstance(node, ast.List | ast.Tuple):  # a command line running `python -m MODULE`
            words = [e.value if isinstance(e, ast.Constant) else None for e in node.elts]
            modules |= {str(module) for flag, module in itertools.pairwise(words) if flag == "-m" and module}
    local |= {ROOT / f"{m.replace('.', '/')}.py" for m in modules if m.startswith("tests.")}
    local |= {ROOT / m / "__main__.py" for m in modules if m in LOCAL_PROGRAMS}
    modules -= LOCAL_PROGRAMS
    return {m for m in modules if not m.startswith("tests.")}, {p for p in local if p.is_file()}


def _beyond_lowest(modules: set[str]) -> set[str]:
    allowed = {*sys.stdlib_module_names, "kiwoom_sdk", *(s.name for s in lowest()), *_test_tools()}
    return {module for module in modules if module.split(".")[0] not in allowed}


def _foreign(path: Path, seen: frozenset[Path] = frozenset()) -> set[str]:
    """What `path` imports, itself or through other test modules, beyond the lowest venv: the standard library,
    the package, its dependencies and the test tools."""
    # conftest's fixtures for the generator's tests import the generator when they run: every run loads its module
    # level only (a package-only test that asks for such a fixture fails in the lowest run itself)
    modules, local = _imports(path, top_level=path.name == "conftest.py")
    foreign = _beyond_lowest(modules)
    for module_file in local - seen - {path}:
        foreign |= _foreign(module_file, seen | {path})
    return foreign


def test_the_lowest_run_covers_every_test_that_needs_only_the_package() -> None:
    listed = " ".join(_makefile_variables(r"LOWEST_TESTS_\d+")).split()
    assert "generated/tests" in listed and len(listed) == len(set(listed))
    assert _foreign(ROOT / "tests" / "conftest.py") == set(), "tests/conftest.py is loaded by every run"
    tests = (ROOT / "tests").rglob("test_*.py")
    package_only = {p.relative_to(ROOT).as_posix() for p in tests if not _foreign(p)}
    missing_or_extra = {path for path in listed if path.startswith("tests/")} ^ package_only
    assert not missing_or_extra, (
        f"Makefile LOWEST_TESTS_*: {sorted(missing_or_extra)} (list exactly the tests that need only the package)"
    )


def test_the_lowest_run_installs_the_lowest_extras_and_test_tools_that_the_project_pins() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = re.findall(
        r'pip install .*--constraint \$\(LOWEST_CONSTRAINTS\) "\$\(LOWEST\)/package\[([\w,]*)\]"', makefile
    )
    assert installs == [",".join(LOWEST_EXTRAS)]
    pinned = {requirement.name for requirement in _project_requirements()}
    assert "pytest" in _test_tools() and pinned >= _test_tools()
