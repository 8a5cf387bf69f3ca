"""The OpenAPI and AsyncAPI documents ship inside the package: `make dist` runs this against the installed wheel,
the tests against generated/. The OpenAPI documents parse and hold 306 TR operations and 27 URLs; the AsyncAPI one
says its version and both channels (read as text: the package does not depend on a YAML parser)."""

from __future__ import annotations

import json
import sys
from importlib.resources.abc import Traversable


def document_problems(package: Traversable) -> list[str]:
    """What is missing or unreadable among the package's documents ([] when all is there)."""
    problems = []
    try:
        tools = json.loads(package.joinpath("openapi-tools.json").read_text(encoding="utf-8"))
        faithful = json.loads(package.joinpath("openapi.json").read_text(encoding="utf-8"))
        events = package.joinpath("asyncapi.yaml").read_text(encoding="utf-8")
    except (OSError, ValueError) as error:
        return [f"a document is missing or unreadable: {error}"]
    if len(tools["paths"]) != 306 or not str(tools["openapi"]).startswith("3.1"):
        problems.append(f"openapi-tools.json: {len(tools['paths'])} operations, OpenAPI {tools['openapi']}")
    if len(faithful["paths"]) != 27:
        problems.append(f"openapi.json: {len(faithful['paths'])} URLs")
    for line in ('asyncapi: "3.0.0"', "channels:", "  domestic:", "  us:"):
        if f"\n{line}\n" not in events:
            problems.append(f"asyncapi.yaml: no line {line!r}")
    return problems


def main() -> int:
    from importlib.resources import files

    problems = document_problems(files("kiwoom_sdk"))
    for line in problems:
        print(f"documents: {line}", file=sys.stderr)
    print(f"documents: openapi.json, openapi-tools.json, asyncapi.yaml in the package: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
