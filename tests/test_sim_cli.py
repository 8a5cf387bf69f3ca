"""`python -m kiwoom_sdk.sim` as a user runs it: bad arguments and addresses are one line on stderr, never a
traceback; SIGINT (Ctrl-C) and SIGTERM stop it cleanly."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from .conftest import ROOT

GENERATED = ROOT / "generated"
BANNER = re.compile(
    r"^(?P<url>http://127\.0\.0\.1:\d+) \(env mock; appkey (?P<appkey>\S+); secretkey (?P<secretkey>\S+)\)$"
)
DEADLINE = 60  # seconds: generous; a hang fails here rather than blocking the suite


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(GENERATED)}


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiwoom_sdk.sim", *arguments],
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        check=False,
    )


def _one_line(run: subprocess.CompletedProcess[str], status: int, *parts: str) -> None:
    assert run.returncode == status, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr
    assert run.stdout == ""
    [line] = run.stderr.splitlines()
    assert line.startswith("python -m kiwoom_sdk.sim: ")
    assert all(part in line for part in parts), line


@pytest.mark.parametrize(
    ("arguments", "parts"),
    [
        (["--port", "70000"], ["argument --port", "70000 is not a TCP port"]),
        (["--port", "-1"], ["argument --port", "-1 is not a TCP port"]),
        (["--port", "http"], ["argument --port", "'http' is not a whole number"]),
        (["--port", "80.5"], ["argument --port", "'80.5' is not a whole number"]),
        (["--host", "no such host"], ["argument --host", "'no such host' is not an IP address"]),
        (["--host", "127.0.0.256"], ["argument --host", "is not an IP address"]),
        (["--host", "8.8.8.8"], ["argument --host", "8.8.8.8 is not a loopback address"]),
        # an option that would do nothing is refused, not ignored: the simulator would still listen on loopback only
        (["--allow-remote"], ["argument --allow-remote", "no effect with the loopback --host 127.0.0.1"]),
        (["--host", "::1", "--allow-remote"], ["argument --allow-remote", "no effect with the loopback --host ::1"]),
        (["--seed", "x"], ["argument --seed", "not a whole number"]),
        (["--env", "prod"], ["argument --env", "invalid choice"]),
        (["--stream-interval", "-0.5"], ["argument --stream-interval", "'-0.5' is not a number of 0 or more"]),
        (["--stream-interval", "nan"], ["argument --stream-interval", "'nan' is not a number of 0 or more"]),
        (["--rate-limit", "-5"], ["argument --rate-limit", "'-5' is not a number above 0"]),
        (["--token-ttl", "soon"], ["argument --token-ttl", "'soon' is not a number"]),
        (["--entries-per-frame", "0"], ["argument --entries-per-frame", "0 is not a count of 1 or more"]),
        (["--no-such-option"], ["unrecognized arguments: --no-such-option"]),
        (["--port", "0", "--port", "8080"], ["argument --port", "given twice: give it once"]),
        (["--env", "real", "--env", "mock"], ["argument --env", "given twice"]),
        (["--closed", "--closed"], ["argument --closed", "given twice"]),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) and value[0].startswith("--") else "",
)
def test_a_bad_argument_is_one_line_and_status_2(arguments: list[str], parts: list[str]) -> None:
    _one_line(_run(*arguments), 2, *parts)


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A loopback port something else listens on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def test_a_port_in_use_is_one_line_and_status_1(taken_port: int) -> None:
    _one_line(_run("--port", str(taken_port)), 1, f"cannot listen on 127.0.0.1 port {taken_port}", "in use")


def test_an_address_of_no_interface_is_one_line_and_status_1() -> None:
    # 192.0.2.1 (TEST-NET-1, RFC 5737) is on no interface of this machine: binding it fails; nothing is served
    _one_line(_run("--host", "192.0.2.1", "--allow-remote"), 1, "cannot listen on 192.0.2.1 port 0")


@pytest.mark.parametrize(
    ("stop", "options"),
    [(signal.SIGINT, []), (signal.SIGTERM, ["--stream-interval", "0", "--entries-per-frame", "2"])],  # make bench's
    ids=["SIGINT", "SIGTERM"],
)
def test_a_signal_stops_it_cleanly(stop: signal.Signals, options: list[str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "kiwoom_sdk.sim", "--port", "0", *options],
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = BANNER.match(process.stdout.readline().strip())
        assert banner, "no banner"
        keys = {"grant_type": "client_credentials", "appkey": banner["appkey"], "secretkey": banner["secretkey"]}
        answer = httpx.post(banner["url"] + "/oauth2/token", json=keys, headers={"api-id": "au10001"}, timeout=DEADLINE)
        assert answer.json()["token"]  # it serves
        process.send_signal(stop)
        out, err = process.communicate(timeout=DEADLINE)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert err == "" and out == ""
    with pytest.raises(httpx.ConnectError):  # and it no longer listens
        httpx.post(banner["url"] + "/oauth2/token", json={}, headers={"api-id": "au10001"}, timeout=DEADLINE)
