"""The public names of `kiwoom_sdk` as a user meets them: each is on a page of the site's Python API (docs/api/), and
every public method and property of its classes says what it does (help() shows nothing else)."""

from __future__ import annotations

import inspect
import re

import kiwoom_sdk

from .conftest import ROOT


def _public_objects() -> dict[str, object]:
    return {
        name: getattr(kiwoom_sdk, name)
        for name in kiwoom_sdk.__all__
        if not inspect.ismodule(getattr(kiwoom_sdk, name))
    }


def test_every_public_class_and_function_is_on_an_api_page() -> None:
    pages = "\n".join(page.read_text(encoding="utf-8") for page in (ROOT / "docs" / "api").glob("*.md"))
    rendered = set(re.findall(r"^::: kiwoom_sdk\.(?:_\w+\.)?(\w+)\s*$", pages, re.MULTILINE))
    assert sorted(set(_public_objects()) - rendered) == []


def test_every_public_method_and_property_has_a_docstring() -> None:
    undocumented = []
    for name, obj in _public_objects().items():
        if not inspect.isclass(obj):
            continue
        for attribute in dir(obj):
            owner = next((klass for klass in obj.__mro__ if attribute in vars(klass)), None)
            if attribute.startswith("_") or owner is None or not owner.__module__.startswith("kiwoom_sdk"):
                continue
            member = vars(owner)[attribute]
            function = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
            if callable(function) and not (function.__doc__ or "").strip():
                undocumented.append(f"{name}.{attribute}")
    assert undocumented == []
