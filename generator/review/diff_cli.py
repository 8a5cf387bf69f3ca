"""`python -m generator diff BASE HEAD`: each side a folder of specs or a git ref (read with `git archive` into a
temporary folder; the working tree is never touched)."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..spec.model import Corpus
from .apidiff import ApiDiff, api_diff
from .change import BREAKING, COMPATIBLE, SpecDiff
from .diff import diff_corpora
from .diff_report import as_json, markdown, summary_line

FORMATS = ("markdown", "json", "summary")


class SideError(Exception):
    """One side of a diff cannot be read: the message names the side and the problem in one line."""


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)


def checkout_specs(label: str, ref: str, specs: Path, into: Path, package: bool = False) -> Path:
    """The spec folder `specs` as it is at git `ref`, extracted under `into`; SideError when there is none. With
    `package`, the package generated from them and committed beside them (generated/kiwoom_sdk) is extracted too,
    when the ref has it: it is what the generator of that commit made of those specs."""
    cwd = specs.resolve().parent if specs.resolve().parent.is_dir() else Path.cwd()
    top = _git("rev-parse", "--show-toplevel", cwd=cwd)
    if top.returncode != 0:
        raise SideError(f"{label}: '{ref}' is not a folder, and {cwd} is not in a git repository")
    repo = Path(top.stdout.decode().strip())
    commit = _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=repo)
    if commit.returncode != 0:
        raise SideError(f"{label}: '{ref}' is neither a spec folder nor a git ref of {repo}")
    rel = specs.resolve().relative_to(repo).as_posix()
    sha = commit.stdout.decode().strip()
    archive = _git("archive", "--format=tar", sha, "--", rel, cwd=repo)
    if archive.returncode != 0:
        raise SideError(f"{label}: '{ref}' has no {rel}/ folder")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    if package:
        committed = (specs.resolve().parent / PACKAGE).relative_to(repo).as_posix()
        archive = _git("archive", "--format=tar", sha, "--", committed, cwd=repo)
        if archive.returncode == 0:
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(into, filter="data")
    return into / rel


PACKAGE = Path("generated") / "kiwoom_sdk"  # beside the spec folder, as committed


def committed_package(specs: Path) -> Path | None:
    """The folder holding the kiwoom_sdk package committed beside a spec folder a git ref was extracted to."""
    package = specs.parent / PACKAGE
    return package.parent if (package / "__init__.py").is_file() else None


def load_side(label: str, side: str, specs: Path, scratch: Path, package: bool = False) -> tuple[Path, Corpus]:
    """The spec folder and corpus of one side: a folder of specs, linted; or a git ref of the repository that holds
    `specs`, extracted under `scratch` and read as committed. A commit's specs are history: they passed the lint of
    their day, and a rule added since (an erratum it now asks for) must not make an old release or a pull request's
    base unreadable, so a ref's files must load (parse, and fit their own schema/) but the cross-file rules are not
    applied to them."""
    from ..spec.lint import lint
    from ..spec.loader import load_corpus

    folder = Path(side).is_dir()
    root = Path(side) if folder else checkout_specs(label, side, specs, scratch / label, package)
    if not (root / "schema").is_dir():
        raise SideError(f"{label}: {side} is not a spec folder (it has no schema/)")
    loaded = lint(root) if folder else load_corpus(root)
    if loaded.problems:
        first = str(loaded.problems[0]).replace(str(scratch / label), side)
        failure = "do not lint" if folder else "cannot be read"
        raise SideError(f"{label}: the specs of {side} {failure} ({len(loaded.problems)} problem(s); first: {first})")
    return root, loaded.corpus


def _load_in_child(label: str, side: str, specs: Path, scratch: Path, package: bool) -> tuple[Path, Corpus] | SideError:
    try:
        return load_side(label, side, specs, scratch, package)
    except SideError as exc:
        return exc


def spec_diff(base: str, head: str, specs: Path, with_api: bool = False) -> tuple[SpecDiff, ApiDiff | None]:
    """The semantic diff of two sides, and with `with_api` the API diff of the two generated packages.
    The head side loads in a second process while this one loads the base."""
    with tempfile.TemporaryDirectory(prefix="kiwoom-diff-") as tmp:
        scratch = Path(tmp)
        with ProcessPoolExecutor(max_workers=1) as pool:
            future = pool.submit(_load_in_child, "HEAD", head, specs, scratch, with_api)
            old: tuple[Path, Corpus] | SideError
            try:
                old = load_side("BASE", base, specs, scratch, with_api)
            except SideError as exc:
                old = exc
            new = future.result()
        if isinstance(old, SideError):
            raise old
        if isinstance(new, SideError):
            raise new
        diff = diff_corpora(old[1], new[1], base, head)
        if not with_api:
            return diff, None
        # a ref's package as its commit generated it (a change of the generator shows), a folder's built now
        packages = [
            None if Path(side).is_dir() else committed_package(root) for side, root in ((base, old[0]), (head, new[0]))
        ]
        return diff, api_diff(diff, old, new, scratch, packages=(packages[0], packages[1]))


def failed(diff: SpecDiff, fail_on: str | None) -> bool:
    """Whether the diff has a change at least as severe as `fail_on` (None: never)."""
    if fail_on is None:
        return False
    levels = (BREAKING,) if fail_on == BREAKING else (BREAKING, COMPATIBLE)
    return any(diff.count(level) for level in levels)


def run(args: argparse.Namespace) -> int:
    try:
        diff, second = spec_diff(args.base, args.head, args.specs, args.api)
    except SideError as exc:
        print(f"diff: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        text = as_json(diff, second)
    elif args.format == "markdown":
        text = markdown(diff, second)
    else:
        text = summary_line(diff, second) + "\n"
    sys.stdout.write(text)
    if args.format != "summary":
        print(summary_line(diff, second), file=sys.stderr)
    return 1 if failed(diff, args.fail_on) else 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `diff` subcommand."""
    p_diff = commands.add_parser("diff", help="what a spec change does to the library's callers (BASE -> HEAD)")
    p_diff.add_argument("base", help="a folder of specs, or a git ref (its --specs folder is read)")
    p_diff.add_argument("head", help="a folder of specs, or a git ref")
    p_diff.add_argument("--format", choices=FORMATS, default="markdown")
    p_diff.add_argument(
        "--fail-on", choices=(BREAKING, COMPATIBLE), help="exit 1 on a change of this class (or a worse one)"
    )
    p_diff.add_argument(
        "--api", action="store_true", help="also build both sides and compare the generated APIs with griffe"
    )
    p_diff.set_defaults(run=run)
