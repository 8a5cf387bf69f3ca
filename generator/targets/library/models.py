"""Request and response models: one in-process datamodel-code-generator run over all TRs."""

from __future__ import annotations

import importlib
import json
import tempfile
from pathlib import Path

from datamodel_code_generator import InputFileType, PythonVersion, generate
from datamodel_code_generator.enums import DataModelType

from .model_schema import ModelSchema

HEADER = "# Request and response models of every HTTP TR. Generated from the specs; do not edit."
PACKAGE = "kiwoom_sdk/models"
# What datamodel-code-generator imports on its first call (about a quarter of a second).
FIRST_CALL_IMPORTS = (
    "datamodel_code_generator.config",
    "datamodel_code_generator.parser.generation",
    "datamodel_code_generator.parser.jsonschema",
    "datamodel_code_generator.model.pydantic_v2.base_model",
)


def preload() -> None:
    """Import what the first call would, so that a process started early is ready when the schema comes."""
    for module in FIRST_CALL_IMPORTS:
        importlib.import_module(module)


def render_models(schema: ModelSchema) -> dict[str, str]:
    """Relative path (under generated/) -> module text, before formatting."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "models"
        generate(
            json.dumps(schema.document, ensure_ascii=False),
            input_file_type=InputFileType.JsonSchema,
            output=out,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            aliases=schema.aliases,
            use_annotated=True,
            field_constraints=True,
            use_schema_description=True,
            use_standard_collections=True,
            use_union_operator=True,
            strict_nullable=True,
            disable_timestamp=True,
            custom_file_header=HEADER,
            formatters=[],
        )
        files = {
            f"{PACKAGE}/{path.relative_to(out).as_posix()}": path.read_text(encoding="utf-8")
            for path in sorted(out.rglob("*.py"))
        }
    # The root document itself is not a model; each package gets a plain docstring instead.
    for rel in files:
        if rel.endswith("__init__.py"):
            files[rel] = f'"""{_package_doc(rel)}"""\n'
    return files


def _package_doc(rel: str) -> str:
    parts = rel[len(PACKAGE) :].strip("/").split("/")[:-1]
    where = ".".join(["kiwoom_sdk.models", *parts])
    return f"{where}: request and response models, one module per category. Generated from the specs; do not edit."
