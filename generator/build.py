"""build / check: render the intermediate model into generated/ (or compare with it).

Output is deterministic: files are rendered in a fixed order from sorted model data, formatted
with the pinned ruff, and carry no timestamps or paths.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from .output.formatting import format_python
from .output.writing import write_all
from .spec.lint import check_corpus
from .spec.loader import (
    Loaded,
    SpecFiles,
    build_corpus,
    read_specs,
    recorded_problems,
    schema_problems,
    spec_paths,
    spec_set_problems,
    validated,
)
from .spec.model import Corpus
from .targets import asyncapi, cli, docs, library, openapi, package_tests, sim
from .targets.docs.site import NAV_FILE
from .targets.library.model_schema import ModelSchema, model_schema
from .targets.library.worker import ModelWorker
from .targets.wire_schema import Unexpressible

# jinja2 and importlib.metadata are imported where they are used: the models start as soon as the specs are read,
# and every import before that point delays the whole build.

# what generated/ holds; all of it is ours
OWNED = ("pyproject.toml", "README.md", "kiwoom_sdk", "tests", NAV_FILE, openapi.FAITHFUL, openapi.TOOLS, asyncapi.FILE)
STAMP = "BUILD-HASH"  # generated/BUILD-HASH: hashes of the inputs and outputs of the last build
GENERATOR = Path(__file__).parent
CODE_TABLES = "codes"  # specs/codes/: the code tables
TARGETS = (
    docs.files,
    package_tests.files,
    sim.files,
    cli.files,
    openapi.files,
    asyncapi.files,
)  # besides the library, which needs the models' schema


def render(corpus: Corpus, schema: ModelSchema) -> dict[str, str]:
    """Relative path -> file text, before formatting, of every target (the models aside: see worker.py).

    Raises:
        ValueError: two targets write one path."""
    out = library.files(corpus, schema)
    for target in TARGETS:
        for rel, text in target(corpus).items():
            if rel in out:
                raise ValueError(f"{target.__module__} and another target both write {rel}")
            out[rel] = text
    return out


def _unchecked_corpus(files: SpecFiles) -> Loaded | None:
    """The corpus built before the specs are validated, so that the models can start early; None if the files do
    not build, or build with problems (validation, or building again from the valid files, then says why)."""
    if files.problems:
        return None
    try:
        loaded = build_corpus(files)
    except Exception:  # invalid specs can fail in any way here; the validation that follows explains them
        return None
    return None if loaded.problems else loaded


def produce(specs: Path) -> tuple[dict[str, str] | None, list[str]]:
    """Every output file, formatted; or the problems that stop the build.

    datamodel-code-generator takes most of a build, so it starts as early as it can: on a corpus of every spec file
    but the code tables (which the model schema does not need), before anything is validated. Meanwhile this process
    reads the code tables, validates, lints and renders the rest. Validation does not change the data, so when it
    passes, the schema of the whole corpus is the early one; should it not be, the models are rendered again."""
    refused = spec_set_problems(specs)
    if refused:
        return None, [str(p) for p in refused]
    tables = specs / CODE_TABLES
    paths = spec_paths(specs)
    with ModelWorker() as models:
        first = read_specs(specs, [p for p in paths if tables not in p.parents])
        early = _unchecked_corpus(first)
        if early is not None:
            models.start(model_schema(early.corpus))
        files = first.merged(read_specs(specs, [p for p in paths if tables in p.parents]))
        problems = schema_problems(specs)
        if problems:
            return None, [str(p) for p in problems]
        checked = validated(files)
        problems = checked.problems + recorded_problems(specs)
        if problems:
            return None, [str(p) for p in problems]
        loaded = build_corpus(files)
        if not loaded.problems:
            check_corpus(specs, loaded)
        if loaded.problems:
            return None, [str(p) for p in loaded.problems]
        schema = model_schema(loaded.corpus)
        models.start(schema)
        try:
            rendered = format_python(render(loaded.corpus, schema))
        except Unexpressible as unsaid:  # a spec construct an export cannot say: never export less than the specs
            return None, [str(p) for p in unsaid.problems]
        return {**rendered, **models.result()}, []


def _ignored(rel: Path) -> bool:
    """Caches that tools leave in generated/ are not part of the build."""
    return any(part.startswith(".") or part == "__pycache__" for part in rel.parts)


def _existing(out: Path) -> dict[str, str]:
    found = {}
    for top in OWNED:
        base = out / top
        paths = (
            [base]
            if base.is_file()
            else sorted(p for p in base.rglob("*") if p.is_file() and not _ignored(p.relative_to(out)))
            if base.is_dir()
            else []
        )
        for path in paths:
            found[str(path.relative_to(out))] = path.read_text(encoding="utf-8")
    return found


def stale_files(files: dict[str, str], out: Path) -> list[str]:
    existing = _existing(out)
    return sorted(
        {rel for rel in files if existing.get(rel) != files[rel]} | {rel for rel in existing if rel not in files}
    )


def inputs_hash(specs: Path) -> str:
    """Everything the output depends on: spec files (recorded answers included), generator sources and templates, tool
    versions."""
    from importlib import metadata

    digest = hashlib.sha256()
    for label, root in (("specs", specs), ("generator", GENERATOR)):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".yaml", ".json", ".py", ".j2")):
            digest.update(f"{label}/{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    for tool in ("ruff", "jinja2", "pyyaml", "jsonschema", "datamodel-code-generator"):
        digest.update(f"{tool}={metadata.version(tool)}\0".encode())
    return digest.hexdigest()


def outputs_hash(files: dict[str, str]) -> str:
    digest = hashlib.sha256()
    for rel in sorted(files):
        digest.update(f"{rel}\0{files[rel]}\0".encode())
    return digest.hexdigest()


def _stamp_text(specs: Path, files: dict[str, str]) -> str:
    return f"inputs {inputs_hash(specs)}\noutputs {outputs_hash(files)}\n"


def up_to_date(specs: Path, out: Path) -> bool:
    """True when generated/ was built from exactly these inputs and nobody changed it since."""
    stamp = out / STAMP
    if not stamp.is_file():
        return False
    return stamp.read_text(encoding="utf-8") == _stamp_text(specs, _existing(out))


def build(specs: Path, out: Path) -> int:
    if up_to_date(specs, out):
        print(f"build: {out} is up to date", file=sys.stderr)
        return 0
    files, problems = produce(specs)
    if files is None:
        print("\n".join(problems), file=sys.stderr)
        return 1
    stale = stale_files(files, out)
    writes = {out / rel: files[rel] for rel in stale if rel in files}
    writes[out / STAMP] = _stamp_text(specs, files)
    write_all(writes)
    for rel in stale:
        if rel not in files:
            (out / rel).unlink()
    print(f"build: {len(files)} files in {out}, {len(stale)} changed", file=sys.stderr)
    return 0


def check(specs: Path, out: Path) -> int:
    if up_to_date(specs, out):
        return 0
    files, problems = produce(specs)
    if files is None:
        print("\n".join(problems), file=sys.stderr)
        return 1
    stale = stale_files(files, out)
    stamp = out / STAMP
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != _stamp_text(specs, files):
        stale.append(STAMP)  # the generator or its tools changed since the last build
    for rel in stale:
        print(f"{out / rel}: stale (run `python -m generator build`)")
    return 1 if stale else 0
