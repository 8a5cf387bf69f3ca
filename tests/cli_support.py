"""Running the `kiwoom` command of generated/ as a subprocess, against a simulator of this process."""

from __future__ import annotations

import atexit
import fcntl
import itertools
import json
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
KIWOOM = [sys.executable, "-m", "kiwoom_sdk.cli"]


CONFIG_DIRS = Path(tempfile.mkdtemp(prefix="kiwoom-test-config-"))  # the subprocesses' own, gone with this process
atexit.register(shutil.rmtree, CONFIG_DIRS, ignore_errors=True)
_config_dirs = itertools.count()


def cli_env(sim: Any = None, **extra: str) -> dict[str, str]:
    """The environment of a `kiwoom` subprocess: this worktree's package, the simulator's URLs and keys, no
    credentials, keyring or config directory of the machine: profiles and the order journal go to the
    `KIWOOM_CONFIG_DIR` (or under the `HOME`) a test sets, else to a directory of this environment's own."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("KIWOOM_") and key != "PYTHONPATH"}
    env.update(PYTHONPATH=str(GENERATED), KIWOOM_NO_KEYRING="1", PYTHONIOENCODING="utf-8")
    if "HOME" not in extra:
        env.update(KIWOOM_CONFIG_DIR=str(CONFIG_DIRS / str(next(_config_dirs))))
    if sim is not None:
        appkey, secretkey = sim.keys
        env.update(KIWOOM_APPKEY=appkey, KIWOOM_SECRETKEY=secretkey, KIWOOM_BASE_URL=sim.url, KIWOOM_WS_URL=sim.ws_url)
    env.update(extra)
    return env


def kiwoom(*args: str, sim: Any = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KIWOOM, *args], env=env or cli_env(sim), capture_output=True, text=True, timeout=120, check=False
    )


def registered(sim: Any, type_id: str) -> bool:
    """Whether a WebSocket session of the simulator has registered `type_id` (its REG was handled): an event of that
    type sent from now on reaches it."""
    try:
        return any(session.wants(type_id) for session in list(sim.state.sessions))
    except RuntimeError:  # the simulator's thread changed the set while it was copied
        return False


def envelope(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """The one JSON envelope on stdout (anything else there fails the test)."""
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    value: dict[str, Any] = json.loads(lines[0])
    return value


# `kiwoom` on a terminal of its own: a new session (start_new_session) whose first open of the pseudo-terminal makes
# it the controlling one, so that getpass and click prompt there as they would for a person.
ON_TERMINAL = "import os, runpy; os.close(os.open(os.ttyname(0), os.O_RDWR)); runpy.run_module('kiwoom_sdk.cli', run_name='__main__')"  # fmt: skip


@dataclass
class TerminalRun:
    returncode: int
    stdout: str  # the pipe: what a script reading the command's output gets
    screen: str  # everything the terminal showed: prompts, echoes, progress (stderr and /dev/tty)


def on_terminal(
    *args: str, env: dict[str, str], answers: Sequence[tuple[str, str]] = (), timeout: float = 60.0
) -> TerminalRun:
    """Run `kiwoom ARGS` with stdin, stderr and its controlling terminal on a pseudo-terminal and stdout on a pipe;
    each (prompt, answer) types the answer once the prompt has appeared. The process is killed at `timeout`."""
    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 200, 0, 0))  # wide enough not to wrap
    process = subprocess.Popen(
        [sys.executable, "-c", ON_TERMINAL, *args],
        stdin=side,
        stdout=subprocess.PIPE,
        stderr=side,
        env={**env, "TERM": "xterm-256color", "COLUMNS": "200"},
        start_new_session=True,
    )
    os.close(side)
    assert process.stdout is not None
    out = process.stdout.fileno()
    screen, stdout, pending, seen = b"", b"", list(answers), 0
    deadline = time.monotonic() + timeout
    readers = {main, out}
    try:
        while readers:
            left = deadline - time.monotonic()
            assert left > 0, f"kiwoom {' '.join(args)} still running after {timeout} s; screen: {screen!r}"
            for ready in select.select(list(readers), [], [], left)[0]:
                try:
                    chunk = os.read(ready, 65536)
                except OSError:  # EIO: the terminal's other side closed with the process
                    chunk = b""
                if not chunk:
                    readers.discard(ready)
                elif ready == main:
                    screen += chunk
                else:
                    stdout += chunk
            if pending and (found := screen.find(pending[0][0].encode(), seen)) >= 0:
                seen = found + len(pending[0][0].encode())
                os.write(main, pending.pop(0)[1].encode())
        returncode = process.wait(timeout=max(deadline - time.monotonic(), 1.0))
    finally:
        os.close(main)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        process.stdout.close()
    return TerminalRun(returncode, stdout.decode(), screen.decode("utf-8", "replace"))
