"""The generated package's dependencies: one range of versions per library, kept here and nowhere else.

A library is admitted from the lowest version the package works with up to, not including, its next major
version (1.0 for a 0.x library): a major release may remove what the package uses. The build renders the ranges
into generated/pyproject.toml and the lowest versions into generated/tests/constraints-lowest.txt, under which
`make test-lowest` installs the package with the extras of LOWEST_EXTRAS in a virtualenv of its own and runs its
tests (the lowest end); the project's own environment pins a version inside every range (pyproject.toml, checked
by tests/test_dependencies.py), which `make test` runs (the pinned end).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Supported:
    """A dependency and the versions the package supports: `lowest` <= version < `below`."""

    name: str
    lowest: str
    below: str
    why: str  # why `lowest`: what the release before it lacks (found by running the tests), or why none is claimed

    @property
    def requirement(self) -> str:
        """The PEP 508 requirement of generated/pyproject.toml, e.g. "httpx>=0.24.0,<1"."""
        return f"{self.name}>={self.lowest},<{self.below}"

    @property
    def lowest_pin(self) -> str:
        """The constraint that installs the lowest supported version, e.g. "httpx==0.24.0"."""
        return f"{self.name}=={self.lowest}"


RUNTIME = (
    Supported("orjson", "3.7.7", "4", "the first release with wheels for CPython 3.11 (older ones build from Rust)"),
    Supported("pydantic", "2.7.0", "3", "2.6 coerces an int to a str enum's value: trde_tp=0 is sent as a code"),
    Supported("httpx", "0.24.0", "1", "0.23 logs only under HTTPX_LOG_LEVEL; the secrets test sees no httpx record"),
    # httpcore (under httpx) looks for sniffio on every async request and, when it is missing, pays a failed import
    # each time (a fifth of AsyncKiwoom's CPU over httpx); httpx 0.28 no longer requires it, so the package does
    Supported("sniffio", "1.1.0", "2", "1.0 detects asyncio too; 1.1 is the lowest anyio 3 (httpcore 0.17's) accepts"),
    # before 14.0 websockets.connect is the legacy implementation, whose DEBUG frame logs carry the LOGIN token
    Supported("websockets", "14.1", "18", "14.0 refuses max_queue=None; 13 and before log the token (legacy)"),
    # AsyncKiwoom's default transport (and the simulator's server): 3.10 tells a connect timeout from a read timeout
    # (ConnectionTimeoutError, SocketTimeoutError), 3.11 has WebSocketResponse.send_frame for the simulator's frames
    Supported("aiohttp", "3.11.0", "4", "WebSocketResponse.send_frame: the simulator's realtime frames"),
)
SIMULATOR: tuple[Supported, ...] = ()  # the simulator needs nothing beyond the client's aiohttp; `[sim]` stays valid
# The command's bounds are the ones it was written for: its tests are few (and run without a keyring), so older
# releases that pass them (click 7.0, rich 11.0, keyring 22.0) are not claimed.
CLI = (  # the `kiwoom` command
    Supported("click", "8.1.0", "9", "written for click 8; 7.0 passes the command's tests, 6.7 does not"),
    Supported("rich", "13.0.0", "16", "written for rich 13; 11.0 passes the tests, 10.0 caps typing_extensions<4"),
    Supported("keyring", "24.0.0", "26", "written for keyring 24; the tests run without one (KIWOOM_NO_KEYRING)"),
)
MCP = Supported("mcp", "2.3.0", "3", "the release the server is written against; it requires pydantic>=2.12")
# the server holds each tool call to the tool's input schema (cli/_arguments.py): its own import, not mcp's business
MCP_SCHEMAS = Supported("jsonschema", "4.20.0", "5", "the lowest mcp 2.3.0 admits (Draft202012Validator is older)")
# kiwoom_sdk.frames (response.to_pandas() / to_polars()): one extra per library, which its ImportError names. Their
# tests need the library, so they are not in the lowest run; the release written against is the lowest claimed.
PANDAS = Supported(
    "pandas", "3.1.1", "4", "the release kiwoom_sdk.frames is written against (Int64, string, datetime64[us])"
)
POLARS = Supported("polars", "2.1.0", "3", "the release kiwoom_sdk.frames is written against (Enum, Decimal(38, s))")
# frames.decode_to_polars parses a batch of frames with pyarrow's JSON reader (explicit schema); without it, a batch
# is decoded message by message, to the same frame
PYARROW = Supported("pyarrow", "26.0.1", "27", "the release kiwoom_sdk._columnar is written against")
EXTRAS = {
    "sim": SIMULATOR,
    "cli": CLI,
    "mcp": (*CLI, MCP, MCP_SCHEMAS),
    "pandas": (PANDAS,),
    "polars": (POLARS, PYARROW),
}  # pip install kiwoom-sdk[<extra>]
# mcp's lowest release needs a pydantic above the lowest one: `kiwoom mcp` is tested at its pinned end only
LOWEST_EXTRAS = ("sim", "cli")


def lowest() -> tuple[Supported, ...]:
    """Every dependency that `make test-lowest` installs, each once, in the order of the requirements."""
    found = {d.name: d for d in RUNTIME} | {d.name: d for extra in LOWEST_EXTRAS for d in EXTRAS[extra]}
    return tuple(found.values())


def lowest_constraints() -> str:
    """generated/tests/constraints-lowest.txt: a pip constraints file of every dependency at its lowest version."""
    header = (
        "# Generated by `python -m generator build` from generator/targets/library/dependencies.py; do not edit.\n"
        f"# The lowest version of every dependency of kiwoom-sdk[{','.join(LOWEST_EXTRAS)}]: `make test-lowest`\n"
        "# installs the package under these constraints (pip install -c) and runs its tests there.\n"
    )
    return header + "".join(f"{dependency.lowest_pin}\n" for dependency in lowest())
