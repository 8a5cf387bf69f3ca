"""The public names of `kiwoom_sdk` as a user meets them: each is on a page of the site's Python API (docs/api/), and
every public class, function, method and property of it and of its public modules says what it does (help() shows
nothing else)."""

from __future__ import annotations

import importlib
import inspect
import re

import kiwoom_sdk
import pytest

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


@pytest.mark.parametrize("module", ["kiwoom_sdk", "kiwoom_sdk.realtime", "kiwoom_sdk.sim", "kiwoom_sdk.frames"])
def test_every_public_class_function_method_and_property_has_a_docstring(module: str) -> None:
    loaded = importlib.import_module(module)
    undocumented = []
    for name in loaded.__all__:
        obj = getattr(loaded, name)
        if (inspect.isclass(obj) or inspect.isfunction(obj)) and not (obj.__doc__ or "").strip():
            undocumented.append(name)
        if not inspect.isclass(obj):
            continue
        for attribute in dir(obj):
            owner = next((klass for klass in obj.__mro__ if attribute in vars(klass)), None)
            if attribute.startswith("_") or owner is None or not owner.__module__.startswith("kiwoom_sdk"):
                continue
            member = vars(owner)[attribute]
            function = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
            if inspect.isfunction(function) and not (function.__doc__ or "").strip():
                undocumented.append(f"{name}.{attribute}")
    assert undocumented == []


def test_the_objects_a_user_holds_say_what_they_are_in_their_repr() -> None:
    """A client, a realtime session and a simulator in a REPL or a log: what and where, and whether open, never the
    default `<... object at 0x...>` nor a key or token."""
    from kiwoom_sdk import Kiwoom
    from kiwoom_sdk.sim import running

    seen: list[str] = []
    with running(seed=62) as sim:
        appkey, secretkey = sim.keys
        seen.append(repr(sim))
        assert sim.url in seen[-1] and "mock" in seen[-1]
        client = Kiwoom(appkey, secretkey, base_url=sim.url)
        with client:
            live = client.realtime()
            seen.append(repr(live))
            assert "not opened" in seen[-1]
            with live:
                live.register(["005930"], ["0B"])
                seen += [repr(live), repr(live.session)]
                assert all("open" in text and "registrations=1" in text and sim.ws_url in text for text in seen[-2:])
            seen += [repr(live), repr(live.session)]
            assert all("closed" in text for text in seen[-2:])
            token = client.token()
        seen.append(repr(client))
        assert seen[-1].endswith(", closed)")
    assert not any("object at 0x" in text or secretkey in text or token in text for text in seen), seen


def test_the_constructors_a_user_calls_document_every_argument() -> None:
    """help(Kiwoom) / help(Simulator): each argument with its unit and default, and what a bad one raises."""
    from kiwoom_sdk.sim import Simulator

    for made in (kiwoom_sdk.Kiwoom, kiwoom_sdk.AsyncKiwoom, Simulator):
        doc = inspect.getdoc(made.__init__) or ""
        missing = [name for name in inspect.signature(made.__init__).parameters if name != "self" and name not in doc]
        assert missing == [], made.__name__
    doc = inspect.getdoc(kiwoom_sdk.Kiwoom.__init__) or ""
    assert all(words in doc for words in ("seconds", "calls a second", "ArgumentInvalid", 'env="real"')), doc


def test_dir_lists_the_names_loaded_on_first_use() -> None:
    """`kiwoom_sdk.<TAB>` in a REPL completes from dir(): the clients are there before anything loaded them."""
    import subprocess
    import sys

    listed = subprocess.run(
        [sys.executable, "-c", "import kiwoom_sdk; print(' '.join(dir(kiwoom_sdk)))"],
        cwd=ROOT / "generated",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert set(kiwoom_sdk.__all__) - set(listed) == set()
