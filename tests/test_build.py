"""The generator's build: deterministic, complete, and `check` notices drift."""

from __future__ import annotations

import multiprocessing
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from generator import build as build_module
from generator.build import build, check, stale_files, up_to_date
from generator.spec.loader import load_corpus
from generator.targets.library import models
from generator.targets.library.model_schema import ModelSchema, model_schema
from generator.targets.library.worker import ModelsFailed, ModelWorker, formatted_models

from .conftest import ROOT, SPECS


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_a_build_in_another_folder_is_the_committed_one(tmp_path: Path) -> None:
    """The committed generated/ was built from specs/ into the repository's folder; a build of a copy of the specs
    elsewhere must be the same, byte for byte (no paths, no timestamps, no order of a set or a hash seed)."""
    specs_copy = tmp_path / "copied" / "specs"
    shutil.copytree(SPECS, specs_copy)
    elsewhere = tmp_path / "two" / "elsewhere"
    assert build(specs_copy, elsewhere) == 0
    assert _tree(elsewhere) == _tree(ROOT / "generated")


def test_the_committed_tree_is_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    assert check(SPECS, out) == 0


def test_check_lists_stale_and_extra_files(tmp_path: Path, mini_specs: Path) -> None:
    """On a small spec set: what check compares does not depend on the size of the corpus."""
    out = tmp_path / "generated"
    assert build(mini_specs, out) == 0
    assert check(mini_specs, out) == 0
    (out / "kiwoom_sdk" / "errors.py").write_text("# edited by hand\n", encoding="utf-8")
    (out / "kiwoom_sdk" / "extra.py").write_text("", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "generator", "--specs", str(mini_specs), "check", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert f"{out}/kiwoom_sdk/errors.py: stale" in run.stdout
    assert f"{out}/kiwoom_sdk/extra.py: stale" in run.stdout
    assert build(mini_specs, out) == 0
    assert not (out / "kiwoom_sdk" / "extra.py").exists()
    assert check(mini_specs, out) == 0


def test_a_broken_spec_stops_the_build(tmp_path: Path, mini_specs: Path) -> None:
    (mini_specs / "fids.yaml").write_text("fids: [\n", encoding="utf-8")
    out = tmp_path / "generated"
    assert build(mini_specs, out) == 1
    assert not out.exists()
    assert multiprocessing.active_children() == []  # the model worker is stopped


def test_an_invalid_spec_stops_the_build_though_its_models_had_started(
    tmp_path: Path, mini_specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = mini_specs / "domestic" / "ordr" / "kt10000.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("required: true", "required: maybe", 1), "utf-8")
    assert build(mini_specs, tmp_path / "generated") == 1
    assert re.search(
        r"kt10000\.yaml:\d+: request/\d+/required: 'maybe' is not of type 'boolean'", capsys.readouterr().err
    )
    assert multiprocessing.active_children() == []


def test_the_model_worker_survives_a_changed_code_generator_and_is_replaced_when_it_dies(
    mini_specs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = model_schema(load_corpus(mini_specs).corpus)
    expected = formatted_models(schema)
    monkeypatch.setattr(models, "FIRST_CALL_IMPORTS", ("datamodel_code_generator.no_such_module",))
    with ModelWorker() as worker:
        worker.start(schema)
        assert worker.result() == expected
    with ModelWorker() as worker:
        worker._process.kill()  # type: ignore[union-attr]  # a worker that died before its schema came
        worker._process.join()  # type: ignore[union-attr]
        worker.start(schema)
        assert worker.result() == expected
    with ModelWorker() as worker, pytest.raises(ModelsFailed, match="ended without a result"):
        worker.start(schema)
        worker._process.kill()  # type: ignore[union-attr]  # dies while rendering: the build must not go on
        worker.result()
    assert multiprocessing.active_children() == []


class _Recording(ModelWorker):
    schemas: ClassVar[list[ModelSchema]] = []

    def start(self, schema: ModelSchema) -> None:
        self.schemas.append(schema)
        super().start(schema)


def test_models_come_from_the_whole_validated_corpus_even_when_the_early_one_misses_a_file(
    mini_specs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The models start on every spec file but the code tables; were a file the models need among them (here: the
    OAuth TRs taken for the code tables), that early schema would be wrong, and the models are rendered again from
    the right one. A small spec set (tests/conftest.py) says it as well as the whole one."""
    monkeypatch.setattr(build_module, "CODE_TABLES", "oauth")
    monkeypatch.setattr(build_module, "ModelWorker", _Recording)
    _Recording.schemas.clear()
    files, problems = build_module.produce(mini_specs)
    assert problems == [] and files is not None
    early, final = _Recording.schemas
    whole = model_schema(load_corpus(mini_specs).corpus)
    assert early != final == whole
    expected = formatted_models(whole)
    models = {rel: text for rel, text in files.items() if rel.startswith("kiwoom_sdk/models/")}
    assert "kiwoom_sdk/models/oauth.py" in models  # the file of the TRs the early schema missed
    assert models == {rel: text for rel, text in expected.items() if rel.startswith("kiwoom_sdk/models/")}


def test_stale_files_of_an_empty_folder_are_everything(tmp_path: Path) -> None:
    files = {"a.py": "x = 1\n", "b/c.py": ""}
    assert stale_files(files, tmp_path) == ["a.py", "b/c.py"]


def test_the_reference_lists_every_api_and_its_links_resolve() -> None:
    docs = ROOT / "generated" / "kiwoom_sdk" / "docs"
    index = (docs / "index.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([\w-]+\.md)#([^)]+)\)", index)
    assert len(links) == 337
    anchors = {
        page.name: set(re.findall(r'<a id="([^"]+)"></a>', page.read_text(encoding="utf-8")))
        for page in docs.glob("*.md")
    }
    assert all(anchor in anchors[page] for page, anchor in links)
    for page in docs.glob("*.md"):
        for target, anchor in re.findall(r"\]\(([\w-]+\.md)#([^)]+)\)", page.read_text(encoding="utf-8")):
            assert anchor in anchors[target], (page.name, target, anchor)


def test_the_build_stamp_notices_changed_specs(tmp_path: Path, mini_specs: Path) -> None:
    specs = mini_specs  # a small spec set: the stamp hashes every spec file, whatever their number
    out = tmp_path / "generated"
    assert build(specs, out) == 0
    assert up_to_date(specs, out)
    table = specs / "codes" / "trade_type.yaml"
    table.write_text(table.read_text(encoding="utf-8").replace("ko: 보통", "ko: 보통가"), encoding="utf-8")
    assert not up_to_date(specs, out)
    assert check(specs, out) == 1
    assert build(specs, out) == 0 and up_to_date(specs, out)
    assert "보통가" in (out / "kiwoom_sdk" / "codes.py").read_text(encoding="utf-8")


def test_the_generated_package_installs_and_imports_on_its_own(tmp_path: Path) -> None:
    target, source = tmp_path / "site", tmp_path / "source"  # a copy: building leaves build/ behind
    shutil.copytree(
        ROOT / "generated", source, ignore=shutil.ignore_patterns("__pycache__", ".*", "build", "*.egg-info")
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    assert (target / "kiwoom_sdk" / "py.typed").is_file()
    assert (target / "kiwoom_sdk" / "sim" / "catalog.json").is_file()  # the simulator's data ships too
    code = "import kiwoom_sdk, kiwoom_sdk.realtime as r; print(kiwoom_sdk.__file__); print(len(r.REGISTRY))"
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
        check=True,
    )
    where, count = run.stdout.split()
    assert where.startswith(str(target)) and count == "25"  # 23 realtime types and the condition-search pushes 02, S2
