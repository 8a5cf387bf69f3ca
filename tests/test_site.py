"""The documentation site's wiring: `make test` builds it with `mkdocs build --strict` (`make docs`), whose checks
are all turned to warnings, so a broken link or anchor, a page missing from the navigation or a missing snippet fails
the build; the navigation and address come from the generator (generated/site-nav.yml) and name exactly the pages
there are. The build itself is the `docs` step of `make test`, not a test here: it takes half a minute."""

from __future__ import annotations

import re
from typing import Any

import yaml

from generator.names import SITE_REFERENCE as REFERENCE
from generator.names import SITE_URL
from generator.targets.docs.site import NAV_FILE

from .conftest import ROOT

DOCS = ROOT / "docs"


def _config() -> dict[str, Any]:
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return config


def _nav_pages(entries: list[Any]) -> list[str]:
    pages: list[str] = []
    for entry in entries:
        for value in entry.values():
            pages += _nav_pages(value) if isinstance(value, list) else [value]
    return pages


def test_the_site_inherits_its_address_and_navigation_from_the_generator() -> None:
    config = _config()
    assert config["INHERIT"] == f"generated/{NAV_FILE}" and "nav" not in config and "site_url" not in config
    generated = yaml.safe_load((ROOT / "generated" / NAV_FILE).read_text(encoding="utf-8"))
    assert generated["site_url"] == SITE_URL


def test_the_build_is_strict_and_every_check_warns() -> None:
    config = _config()
    assert config["strict"] is True and config["docs_dir"] == "docs" and config["site_dir"] == "site"
    checks = {"omitted_files", "absolute_links", "unrecognized_links", "anchors", "not_found"}
    assert config["validation"] == dict.fromkeys(checks, "warn")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^docs: .*\n\t.*-m mkdocs build --strict", makefile, re.MULTILINE)
    assert "docs" in re.search(r"^test:(.*)$", makefile, re.MULTILINE)[1].split()  # type: ignore[index]
    assert "site/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_the_navigation_lists_every_page_once_and_the_reference_is_the_generated_one() -> None:
    assert (DOCS / REFERENCE).resolve() == (ROOT / "generated" / "kiwoom_sdk" / "docs").resolve()
    generated = yaml.safe_load((ROOT / "generated" / NAV_FILE).read_text(encoding="utf-8"))
    listed = _nav_pages(generated["nav"])
    pages = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.glob("**/*.md"))
    pages += sorted(f"{REFERENCE}/{path.name}" for path in (DOCS / REFERENCE).glob("*.md"))  # glob skips the link
    assert sorted(listed) == sorted(pages) and len(listed) == len(set(listed))
    assert sum(page.startswith(f"{REFERENCE}/") for page in listed) == 33  # index, 30 categories, codes, errors


def test_every_snippet_names_a_marked_section_of_the_readme() -> None:
    included = [
        (page, match[1], match[2])
        for page in DOCS.glob("**/*.md")
        for match in re.finditer(r'^--8<-- "([^":]+)(?::([\w-]+))?"$', page.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert {name for _, _, name in included} >= {"usage", "frames", "simulator", "cli", "mcp", "specs"}
    for page, path, section in included:
        text = (ROOT / path).read_text(encoding="utf-8")
        if section:
            start, end = f"<!-- --8<-- [start:{section}] -->", f"<!-- --8<-- [end:{section}] -->"
            assert text.count(start) == text.count(end) == 1 and text.index(start) < text.index(end), (page, section)
