"""python -m generator [--specs DIR] lint | summary | import-guide WORKBOOK [--report | --write [--force]] | build | check |
diff | release | changelog

Every command that reads the spec set refuses a broken one first: each problem one `path:line: message` line on stderr
(`path: message` for a file or folder as a whole), exit status 1, nothing written.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from .build import build, check
from .review import diff_cli, release_cli
from .spec.lint import lint
from .spec.loader import Problem, load_corpus
from .spec.summary import errata_lines, inferred_lines, summary_lines
from .spec.yamlio import SpecSyntaxError

SPECS = Path("specs")


def _refused(problems: list[Problem]) -> int:
    """Print each problem on one line of stderr (`path:line: message`); 1 when there is any."""
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def _lint(args: argparse.Namespace) -> int:
    loaded = lint(args.specs)
    if loaded.problems:
        return _refused(loaded.problems)
    if args.report_inferred:
        print("\n".join(inferred_lines(loaded.corpus)))
    if args.errata:
        print("\n".join(errata_lines(loaded.corpus)))
    apis = len(loaded.corpus.apis)
    print(
        f"lint: {apis} APIs, {len(loaded.corpus.codes)} code tables, {len(loaded.corpus.fids)} FIDs: ok",
        file=sys.stderr,
    )
    return 0


def _summary(args: argparse.Namespace) -> int:
    loaded = lint(args.specs)
    if loaded.problems:
        return _refused(loaded.problems)
    print("\n".join(summary_lines(loaded.corpus)))
    return 0


def _import(args: argparse.Namespace) -> int:
    # Only this command reads workbooks; openpyxl would add a tenth of a second to every other one.
    from .guide.facts import workbook_version
    from .guide.importer import compare, guide_versions, write_refusal
    from .guide.workbook import WorkbookError, read_guide
    from .output.writing import write_all

    loaded = load_corpus(args.specs)  # the importer reads and rewrites the spec set: it must be one
    if loaded.problems:
        return _refused(loaded.problems)
    version = args.version or workbook_version(args.workbook.name)
    versions = guide_versions(version, loaded.corpus)
    if args.write:
        refusal = write_refusal(versions, args.workbook, args.force)
        if refusal is not None:
            return _refused([Problem(*refusal)])
    try:
        guide = read_guide(args.workbook)
    except WorkbookError as exc:
        print(f"import-guide: {exc}", file=sys.stderr)
        return 2
    try:
        result = compare(guide, args.specs, version)
    except SpecSyntaxError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.write:
        write_all(result.writes)
        print(f"import-guide: wrote {len(result.writes)} file(s) ({versions.describe()})")
        return 0
    for api_id in result.added:
        api = guide.apis[api_id]
        print(f"{api_id}: only in the workbook ({api.name_ko}, {api.url})")
    for api_id in result.removed:
        print(f"{api_id}: only in specs (not in the workbook)")
    for api_id, lines in result.changed.items():
        for line in lines:
            print(f"{api_id}: {line}")
    counts = (
        f"{len(result.added)} only in the workbook, {len(result.removed)} only in specs, {len(result.changed)} differ"
    )
    print(f"import-guide: {guide.path.name} ({versions.describe()}): {counts}", file=sys.stderr)
    return 1 if result.differs else 0


def _version(text: str) -> str:
    from .guide.importer import guide_date

    if guide_date(text) is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)")
    return text


def _build(args: argparse.Namespace) -> int:
    return build(args.specs, args.out)


def _check(args: argparse.Namespace) -> int:
    return check(args.specs, args.out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator")
    parser.add_argument("--specs", type=Path, default=SPECS, help="the spec folder (default: specs)")
    commands = parser.add_subparsers(dest="command", required=True)
    p_lint = commands.add_parser("lint", help="check every spec file and the cross-file rules")
    p_lint.add_argument("--report-inferred", action="store_true", help="list fields whose kind comes from a rule")
    p_lint.add_argument("--errata", action="store_true", help="list every erratum")
    p_lint.set_defaults(run=_lint)
    p_summary = commands.add_parser("summary", help="print a summary of the spec corpus")
    p_summary.set_defaults(run=_summary)
    p_import = commands.add_parser("import-guide", help="compare or update specs/ from a guide workbook")
    p_import.add_argument("workbook", type=Path)
    mode = p_import.add_mutually_exclusive_group()
    mode.add_argument("--report", action="store_true", help="list differences; exit 1 if any (default)")
    mode.add_argument("--write", action="store_true", help="update the guide-derived facts in specs/")
    p_import.add_argument(
        "--version", type=_version, help="workbook version, YYYY-MM-DD (default: the date in its file name)"
    )
    p_import.add_argument(
        "--force", action="store_true", help="with --write: write even a workbook older than the specs' version"
    )
    p_import.set_defaults(run=_import)
    p_build = commands.add_parser("build", help="generate the kiwoom_sdk package into generated/")
    p_build.add_argument("--out", type=Path, default=Path("generated"))
    p_build.set_defaults(run=_build)
    p_check = commands.add_parser(
        "check", help="exit 1, listing stale files, if generated/ differs from what the specs produce"
    )
    p_check.add_argument("--out", type=Path, default=Path("generated"))
    p_check.set_defaults(run=_check)
    diff_cli.register(commands)
    release_cli.register(commands)
    args = parser.parse_args(argv)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    """The command's exit status; what it did not foresee is one line on stderr too, never a traceback."""
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        print(f"python -m generator {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of the output has gone (`| head`): it had what it wanted
        return 1
    except OSError as exc:  # a file or folder that cannot be read or written (the output folder, a workbook)
        print(f"{exc.filename or args.specs}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # the last resort: every defect of a spec set known is a problem line; this is not
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        print(
            f"{frame.filename}:{frame.lineno}: internal error: {type(exc).__name__}: {' '.join(str(exc).split())}"
            " (a bug of the generator, or a defect of the specs that no check names yet)",
            file=sys.stderr,
        )
        return 1
    return code
