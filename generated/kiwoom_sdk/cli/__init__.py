"""The `kiwoom` command line and MCP server (`pip install kiwoom-sdk[cli]`, `[mcp]` for the server).

Everything the commands know of the APIs comes from `catalog.jsonl` (read by `_catalog`), generated from the specs;
the calls go through the library itself (`kiwoom_sdk.Kiwoom`): the same validation, token cache, rate limiter and
retry policy. Modules are imported on first use so that `kiwoom --help` starts quickly.

Exit codes (stable; `kiwoom --help` lists them): see `EXIT_CODES` in `kiwoom_sdk.cli._errors`.
"""

from __future__ import annotations


def main() -> None:
    """The console script `kiwoom`."""
    from ._app import run

    run()
