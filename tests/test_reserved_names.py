"""The names lint keeps spec names away from (generator/names.py, generator/targets/library/clients.py) are the names the
generated classes and methods really have: a new attribute of a base class, of pydantic or of the client, or a new
name in a generated method, fails here until it is reserved too."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pydantic
import pytest
from kiwoom_sdk._client import AsyncClientBase, SyncClientBase
from kiwoom_sdk._models import KiwoomModel, KiwoomRequest, KiwoomResponse
from kiwoom_sdk._realtime import RealtimeEvent

from generator.names import (
    CLIENT_ATTRIBUTES,
    PYDANTIC_ATTRIBUTES,
    REALTIME_IMPORTS,
    RESERVED_ATTRIBUTES,
    RESERVED_PREFIXES,
)

from .conftest import ROOT

PACKAGE = ROOT / "generated" / "kiwoom_sdk"


def _public(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


def test_pydantic_attributes_are_those_of_the_installed_pydantic() -> None:
    assert _public(pydantic.BaseModel) == PYDANTIC_ATTRIBUTES


@pytest.mark.parametrize(
    ("role", "base"), [("request", KiwoomRequest), ("response", KiwoomResponse), ("item", KiwoomModel)]
)
def test_every_attribute_of_a_model_base_is_reserved(role: str, base: type) -> None:
    assert _public(base) - set(RESERVED_ATTRIBUTES[role]) == set()
    assert all(name.startswith(RESERVED_PREFIXES) for name in set(dir(base)) - _public(base))


def test_every_attribute_of_a_realtime_event_is_reserved() -> None:
    assert _public(RealtimeEvent) == set(RESERVED_ATTRIBUTES["realtime"])


def test_every_attribute_of_the_clients_is_reserved() -> None:
    assert _public(SyncClientBase) | _public(AsyncClientBase) <= CLIENT_ATTRIBUTES


@pytest.mark.parametrize("client", [SyncClientBase, AsyncClientBase])
def test_the_names_pages_takes_beside_a_methods_arguments_are_reserved_for_request_fields(
    client: type[SyncClientBase | AsyncClientBase],
) -> None:
    parameters = inspect.signature(client.pages).parameters.values()
    own = {p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)} - {"self"}
    assert own == {"max_pages"}  # the test sees what it should
    assert own <= RESERVED_ATTRIBUTES["request"]


def _method_names(module: Path) -> set[str]:
    """The names the generated TR methods of a module take or use besides their fields' arguments."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            fields = {
                value.id
                for call in ast.walk(node)
                if isinstance(call, ast.Dict)
                for value in call.values
                if isinstance(value, ast.Name)
            }
            names |= {a.arg for a in [*node.args.args, *node.args.kwonlyargs]} - fields
            # annotations are read in the module's scope, where arguments do not reach: only the body counts
            names |= {n.id for statement in node.body for n in ast.walk(statement) if isinstance(n, ast.Name)} - fields
    return names


@pytest.mark.parametrize("module", ["domestic/ordr.py", "domestic/acnt.py", "us/chart.py"])
def test_every_name_of_a_generated_method_is_reserved_for_request_fields(module: str) -> None:
    names = _method_names(PACKAGE / "api" / module)
    assert {"self", "e", "cast"} <= names  # the test sees what it should
    assert names - set(RESERVED_ATTRIBUTES["request"]) == set()


def test_every_class_realtime_py_imports_is_reserved_for_realtime_types() -> None:
    tree = ast.parse((PACKAGE / "realtime.py").read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for alias in n.names
    }
    assert {name for name in imported if name[:1].isupper()} == REALTIME_IMPORTS
