"""The order journal: on disk, what an order of `kiwoom mcp` (`order_submit`) or of `kiwoom call ... --confirm` placed
or may have placed, from before its order goes until its result is told, so that its user is told of it even when
the process that sent it was killed.

Where: `$KIWOOM_CONFIG_DIR/orders/` (by default `~/.config/kiwoom/orders/`, beside the credentials file of
`kiwoom auth`), a directory only its owner can open (0700), one file an entry (0600), written whole (a file of its
own, then renamed into place) so a reader never sees half an entry. An entry holds the server's pid, the env and
base URL its order went to, its state, and what the agent is to be told: records of orders in doubt (`in_doubt`, as
`_errors.doubt_record` gives them: the request as sent, which holds no credentials) and the result of the call
(`result`, as the server writes it: account numbers masked). No token, app key or secret key is ever written here.

An entry's states:

- `sending`: the order is on its way (written before it goes; a server that cannot write it sends nothing);
- `answered`: its result was handed over to be written to the client (a cancel may still cross it);
- `untold`: the client will never get its result (it cancelled the call, or its cancel crossed the result).

`kiwoom call` writes an entry `sending` before its order goes (sending nothing when it cannot) and removes it once
the order's outcome is written (the order number, the refusal or the record of an order in doubt); a command killed
before that (SIGKILL, a crash, a closed terminal's SIGHUP) leaves it, told as an entry of a server that has ended:
by the next `kiwoom call` of an order or `order_submit` of the same env and base URL, whichever comes first.

Who tells an entry: the server that wrote it, for its own `untold` entries; any server of the same env and base URL
for the entries of a server that has ended (its pid gone; a pid taken since by another process keeps them waiting
until that one ends), whatever their state: it ended before it could tell of
them, or before a cancel that crossed their result could be read. Two servers on one journal each claim an entry by
renaming it (atomic: one of them gets it), keep what tells of it as an entry of their own, then remove it: an entry
is told once, unless its claimer dies between those two writes (then the next server tells it again rather than
never). A server that ends cleanly (its client closed stdin) removes its `answered` entries: no cancel can cross them
any more. An entry left `sending` or `answered` by a killed server may tell the agent of a result it already had:
the journal errs on the side of telling twice.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._auth import config_dir

SUFFIX = ".json"
CLAIMED = ".claimed-"  # `.NAME.claimed-PID`: the entry NAME, taken by the server PID to tell it


def _claimer(file_name: str) -> int | None:
    """The pid of the server that took an entry to tell it (from its file's name), None for an entry in place."""
    claimer = file_name.rpartition(CLAIMED)[2]
    return int(claimer) if CLAIMED in file_name and claimer.isdigit() else None


def order_record(api_id: str, body: dict[str, Any], why: str) -> dict[str, Any]:
    """The record of an order about to go, as `_errors.doubt_record` gives one (`at`: None until it is told): the
    request without its secret fields, `sent_at` now (before it can leave), `why` it is told, the TRs to look it up
    with (its spec's look_up)."""
    from .._endpoint import SECRET_FIELDS
    from .._endpoints import ENDPOINTS
    from .._policy import now

    return {
        "api_id": api_id,
        "request": {name: value for name, value in body.items() if name not in SECRET_FIELDS},
        "sent_at": now().isoformat(),
        "at": None,
        "why": why,
        "look_up": list(ENDPOINTS[api_id].look_up),
    }


class Claimed:
    """Entries taken to be told (`entries`, their content); `done()` removes their files."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []
        self.files: list[Path] = []

    def done(self) -> None:
        for taken in self.files:
            with contextlib.suppress(FileNotFoundError):
                taken.unlink()


def to_tell(entries: list[dict[str, Any]], at: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """What entries tell: (the records of orders in doubt, `at` set where it is not yet: when they are told; the
    results of orders answered, as written). A refusal that was to tell earlier entries (an `order_submit`'s
    ToolRefused, kept as its result) tells what it carried."""
    in_doubt: list[dict[str, Any]] = []
    untold: list[dict[str, Any]] = []
    for entry in entries:
        in_doubt += [{**record, "at": record.get("at") or at} for record in entry.get("in_doubt") or []]
        result = entry.get("result")
        if not result:
            continue
        error = result.get("error", {})
        if error.get("class") == "ToolRefused":
            in_doubt += error.get("in_doubt", [])
            untold += error.get("untold", [])
        else:
            untold.append(result)
    return in_doubt, untold


def journal_dir() -> Path:
    """The journal's directory: `orders/` in the command line's config directory (KIWOOM_CONFIG_DIR)."""
    return config_dir() / "orders"


def _alive(pid: int) -> bool:
    """Is process `pid` running? (One of another user's would be too, but the journal is its owner's alone.)"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Entry:
    """One entry of the journal, of this process; `set` rewrites it whole, `drop` removes it."""

    def __init__(self, journal: Journal, name: str, content: dict[str, Any]) -> None:
        self.journal, self.name, self.content = journal, name, content

    @property
    def state(self) -> str:
        state: str = self.content["state"]
        return state

    def set(
        self, state: str, *, result: dict[str, Any] | None = None, in_doubt: list[dict[str, Any]] | None = None
    ) -> None:
        """The entry in `state`, with the result and records to tell (the ones given replace the ones it had)."""
        self.content["state"] = state
        if result is not None:
            self.content["result"] = result
        if in_doubt is not None:
            self.content["in_doubt"] = in_doubt
        self.journal.write(self.name, self.content)

    def drop(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.journal.directory / self.name).unlink()


class Journal:
    """The journal in `directory` (None: `journal_dir()`) for the orders of one target (`env`, `base_url`)."""

    def __init__(self, env: str, base_url: str, directory: Path | None = None) -> None:
        self.env, self.base_url = env, base_url
        self.directory = directory or journal_dir()
        self.pid = os.getpid()

    def open(
        self, state: str, *, in_doubt: list[dict[str, Any]] | None = None, result: dict[str, Any] | None = None
    ) -> Entry:
        """A new entry, written (OSError when it cannot be)."""
        name = f"{datetime.datetime.now(datetime.UTC):%Y%m%dT%H%M%S%f}-{self.pid}-{uuid.uuid4().hex[:12]}{SUFFIX}"
        content = {
            "pid": self.pid,
            "env": self.env,
            "base_url": self.base_url,
            "state": state,
            "in_doubt": in_doubt or [],
            "result": result,
        }
        self.write(name, content)
        return Entry(self, name, content)

    def write(self, name: str, content: dict[str, Any]) -> None:
        """Write an entry whole: a file of its own (0600), flushed to disk, renamed over the entry."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.directory, 0o700)  # one made before keeps its mode through mkdir
        partial = self.directory / f".{name}.{uuid.uuid4().hex[:8]}.partial"
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(content, handle, ensure_ascii=False, default=str)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, self.directory / name)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise

    def _entries(self) -> Iterator[tuple[str, Path, dict[str, Any]]]:
        """(entry name, file, content) of this target's entries, oldest first: those in place, and those taken by a
        claim (`.NAME.claimed-PID`); unreadable ones, which no whole write leaves, are skipped."""
        try:
            paths = sorted(self.directory.iterdir())
        except FileNotFoundError:
            return
        for path in paths:
            name = path.name.lstrip(".").split(CLAIMED)[0]
            if not name.endswith(SUFFIX) or path.name not in (name, f".{name}{CLAIMED}{_claimer(path.name)}"):
                continue
            try:
                content = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(content, dict) and (content.get("env"), content.get("base_url")) == (self.env, self.base_url):
                yield name, path, content

    def _tellable(self, path: Path, content: dict[str, Any]) -> bool:
        claimer = _claimer(path.name)
        if claimer is not None:  # taken by a server that ended before it told it (or just after: told again)
            return claimer != self.pid and not _alive(claimer)
        pid = content.get("pid")
        if pid == self.pid:
            return bool(content.get("state") == "untold")
        return not (isinstance(pid, int) and _alive(pid))

    def claim(self) -> Claimed:
        """The entries this server is to tell now (its own `untold` ones, and every entry of a server that has
        ended), each taken from its place as it is claimed (a rename: of two servers, one gets it); `Claimed.done()`
        removes them once what tells of them is kept (a server that ends before that leaves them to the next)."""
        claimed = Claimed()
        for name, path, _content in self._entries():
            if not self._tellable(path, _content):
                continue
            taken = self.directory / f".{name}{CLAIMED}{self.pid}"
            try:
                os.rename(path, taken)
                content = json.loads(taken.read_text(encoding="utf-8"))  # as it was when taken
            except (OSError, ValueError):  # another server took it first
                continue
            claimed.entries.append(content)
            claimed.files.append(taken)
        return claimed

    def ended(self) -> None:
        """This server ends cleanly: its `answered` entries were told (no cancel can cross them any more)."""
        for name, path, content in self._entries():
            if path.name == name and content.get("pid") == self.pid and content.get("state") == "answered":
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
