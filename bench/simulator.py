"""The simulator the network figures run against: a subprocess of its own (`python -m kiwoom_sdk.sim`), so that
the load generator in this process does not share its GIL, on a free loopback port, with a token issued for it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
if str(GENERATED) not in sys.path:  # the client figures import the generated package in this process
    sys.path.insert(0, str(GENERATED))
BANNER = re.compile(r"(?P<url>http://\S+) \(env \w+; appkey (?P<appkey>\S+); secretkey (?P<secretkey>\S+)\)")


@dataclass(frozen=True)
class Server:
    url: str
    appkey: str
    secretkey: str
    token: str

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://", 1)

    @property
    def keys(self) -> tuple[str, str]:
        return self.appkey, self.secretkey


@contextmanager
def serving(*options: str) -> Iterator[Server]:
    """A simulator subprocess (seed 1, plus `options` of its command line), stopped on the way out."""
    command = [sys.executable, "-m", "kiwoom_sdk.sim", "--port", "0", "--seed", "1", *options]
    environment = {**os.environ, "PYTHONPATH": str(GENERATED)}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=environment, text=True)
    try:
        assert process.stdout is not None
        banner = BANNER.match(process.stdout.readline())
        if banner is None:
            raise RuntimeError(f"the simulator did not start: {command}")
        url, appkey, secretkey = banner["url"], banner["appkey"], banner["secretkey"]
        yield Server(url, appkey, secretkey, _token(url, appkey, secretkey))
    finally:
        process.terminate()
        process.wait(timeout=10)


def _token(url: str, appkey: str, secretkey: str) -> str:
    body = {"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey}
    answer = httpx.post(url + "/oauth2/token", json=body, headers={"api-id": "au10001"})
    token: str = answer.json()["token"]
    return token
