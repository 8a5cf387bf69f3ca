"""build / check: render the intermediate model into generated/ (or compare with it).

Output is deterministic: files are rendered in a fixed order from sorted model data, formatted
with the pinned ruff, and carry no timestamps or paths.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .cases import http_cases
from .clients import VARIANTS, endpoint_views, group_views, hosts
from .importer import write_all
from .lint import check_corpus
from .loader import load_corpus
from .model import Corpus
from .models import render_models
from .render import category_docs, enum_views, error_views, realtime_examples, realtime_views, scale_views
from .schemas import ModelSchema, model_schema
from .simdata import catalog

VERSION = "0.1.0"
DEPENDENCIES = ["orjson==3.13.0", "pydantic==2.14.3", "httpx==0.28.1", "websockets==17.4"]
SIMULATOR_DEPENDENCIES = ["aiohttp==3.14.5"]
TEMPLATES = Path(__file__).parent / "templates"
RUNTIME = Path(__file__).parent / "runtime"
OWNED = ("pyproject.toml", "kiwoom_sdk", "tests", "docs")  # what generated/ holds; all of it is ours
STAMP = "BUILD-HASH"  # generated/BUILD-HASH: hashes of the inputs and outputs of the last build
GENERATOR = Path(__file__).parent


def _markdown_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["cell"] = _markdown_cell
    return env


def render(corpus: Corpus, schema: ModelSchema, models: dict[str, str]) -> dict[str, str]:
    """Relative path -> file text, before formatting; `models` are rendered apart from `schema`."""
    env = _environment()
    classes, errors = error_views(corpus)
    types = realtime_views(corpus)
    enums = enum_views(corpus)
    files = {
        "pyproject.toml": env.get_template("pyproject.toml.j2").render(
            version=VERSION, dependencies=DEPENDENCIES, simulator=SIMULATOR_DEPENDENCIES
        ),
        "kiwoom_sdk/__init__.py": env.get_template("package_init.py.j2").render(version=VERSION),
        "kiwoom_sdk/py.typed": "",
        "kiwoom_sdk/errors.py": env.get_template("errors.py.j2").render(classes=classes, errors=errors),
        "kiwoom_sdk/codes.py": env.get_template("codes.py.j2").render(enums=enums),
        "kiwoom_sdk/realtime.py": env.get_template("realtime.py.j2").render(types=types),
        "tests/test_realtime.py": env.get_template("test_realtime.py.j2").render(
            types=types, examples=sorted(realtime_examples(corpus).items())
        ),
    }
    files["kiwoom_sdk/_value_types.py"] = env.get_template("value_types.py.j2").render(
        enums=enums, scales=scale_views(schema.scales)
    )
    files.update(models)
    files["kiwoom_sdk/_endpoints.py"] = env.get_template("endpoints.py.j2").render(
        endpoints=endpoint_views(corpus), hosts=hosts(corpus)
    )
    groups = group_views(corpus)
    for group in groups:
        files[f"kiwoom_sdk/api/{group.module.replace('.', '/')}.py"] = env.get_template("api_group.py.j2").render(
            group=group, variants=VARIANTS
        )
    for package in sorted({"api", *(f"api/{g.module.rsplit('.', 1)[0]}" for g in groups if "." in g.module)}):
        files[f"kiwoom_sdk/{package}/__init__.py"] = (
            f'"""kiwoom_sdk.{package.replace("/", ".")}: generated; do not edit."""\n'
        )
    files["tests/http_cases.json"] = json.dumps(http_cases(corpus), ensure_ascii=False, indent=1) + "\n"
    files["tests/test_http.py"] = env.get_template("test_http.py.j2").render()
    files["kiwoom_sdk/client.py"] = env.get_template("client.py.j2").render(groups=groups, variants=VARIANTS)
    categories = category_docs(corpus)
    files["docs/index.md"] = env.get_template("docs_index.md.j2").render(categories=categories, total=len(corpus.apis))
    files["docs/codes.md"] = env.get_template("docs_codes.md.j2").render(enums=enums)
    files["docs/errors.md"] = env.get_template("docs_errors.md.j2").render(classes=classes, errors=errors)
    for category in categories:
        files[f"docs/{category.slug}.md"] = env.get_template("docs_category.md.j2").render(category=category)
    for source in sorted(RUNTIME.rglob("*.py")):
        files[f"kiwoom_sdk/{source.relative_to(RUNTIME).as_posix()}"] = source.read_text(encoding="utf-8")
    files["kiwoom_sdk/sim/catalog.json"] = json.dumps(catalog(corpus), ensure_ascii=False, indent=1) + "\n"
    return files


def format_python(files: dict[str, str]) -> dict[str, str]:
    """Sort and prune imports, then format every .py file, with the pinned ruff (one call each)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            if rel.endswith(".py"):
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(text, encoding="utf-8")
        settings = ["--isolated", "--line-length", "120", "--target-version", "py311", "--quiet"]
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", *settings, "--select", "I,F401", "--fix", "--exit-zero", str(root)], check=True)
        subprocess.run([*ruff, "format", *settings, str(root)], check=True)
        return {
            rel: (root / rel).read_text(encoding="utf-8") if rel.endswith(".py") else text
            for rel, text in files.items()
        }


@contextmanager
def _models_apart(schema: ModelSchema) -> Iterator[Callable[[], dict[str, str]]]:
    """The model modules, rendered in a forked process where the platform allows it (the caller
    meanwhile finishes lint and renders everything else); yields how to get them."""
    if "fork" not in multiprocessing.get_all_start_methods():
        yield lambda: render_models(schema)
        return
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        future = pool.submit(render_models, schema)
        try:
            yield future.result
        finally:
            future.cancel()


def produce(specs: Path) -> tuple[dict[str, str] | None, list[str]]:
    """Every output file, formatted; or the lint problems that stop the build.
    datamodel-code-generator takes most of a build, so it starts as soon as the specs load."""
    loaded = load_corpus(specs)
    if loaded.problems:
        return None, [str(p) for p in loaded.problems]
    schema = model_schema(loaded.corpus)
    with _models_apart(schema) as models:
        loaded = check_corpus(specs, loaded)
        if loaded.problems:
            return None, [str(p) for p in loaded.problems]
        files = render(loaded.corpus, schema, models())
    return format_python(files), []


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
    """Everything the output depends on: spec files, generator sources and templates, tool versions."""
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
        print("\n".join(problems))
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
        print("\n".join(problems))
        return 1
    stale = stale_files(files, out)
    stamp = out / STAMP
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != _stamp_text(specs, files):
        stale.append(STAMP)  # the generator or its tools changed since the last build
    for rel in stale:
        print(f"{out / rel}: stale (run `python -m generator build`)")
    return 1 if stale else 0
