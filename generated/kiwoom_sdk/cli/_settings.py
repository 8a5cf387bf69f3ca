"""Where a command connects and with whose keys: one rule for every command that connects (`kiwoom call`,
`stream`, `conditions`, `auth status` and `kiwoom mcp`).

Each setting comes from one place, the first that has it, and a pair is never put together from two places:

- env: `--env` (mock unless `real` is said).
- hosts: `--base-url` / `--ws-url` when either is given on the command line; else KIWOOM_BASE_URL (with
  KIWOOM_WS_URL, or its host's WebSocket URL); else Kiwoom's own hosts of the env. KIWOOM_WS_URL without
  KIWOOM_BASE_URL, or --ws-url without --base-url, is refused by the library's rule (`_core.unpaired_websocket`):
  the token of one host would go to another. The library checks the URLs (`Config.create`: a Kiwoom host of the
  other env is refused).
- keys: the profile `--profile NAME`; else KIWOOM_APPKEY and KIWOOM_SECRETKEY (one without the other is refused,
  naming the missing one; both with KIWOOM_PROFILE is refused as ambiguous); else the profile KIWOOM_PROFILE, else
  "default"; else (on a terminal, for the command line) a prompt. A profile keeps the env it was saved for, and is
  refused under the other one.

Every refusal here is a CliFailure (exit code 3 for the keys, 2 for the hosts) raised before anything is sent.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._auth import DEFAULT_PROFILE, Credentials, key_problem, load, profile_name, typed_keys
from ._errors import AUTH, USAGE, CliFailure

if TYPE_CHECKING:
    from .._client import Hook

KEY_VARIABLES = ("KIWOOM_APPKEY", "KIWOOM_SECRETKEY")


@dataclass(frozen=True)
class Target:
    """Where the requests go: the env (whether orders are real), the REST and WebSocket URLs, the timeout."""

    env: Literal["mock", "real"]
    base_url: str
    ws_url: str
    timeout: float

    @property
    def kiwoom_host(self) -> bool:
        """Whether the REST URL is Kiwoom's own host of the env (not a proxy or a simulator)."""
        from .._core import kiwoom_env_of
        from .._endpoints import HOSTS

        return kiwoom_env_of(self.base_url, HOSTS) == self.env

    def host(self) -> str:
        """The REST URL for people, saying when it is not Kiwoom's own (a proxy's, a simulator's)."""
        return self.base_url + ("" if self.kiwoom_host else " (not Kiwoom's own host)")

    def check_served(self, api_id: str, body: dict[str, Any]) -> None:
        """MockUnsupported for a validated request the mock server does not serve (`_core.mock_check`, the rule
        `Kiwoom.call` applies before sending), so that a preview never offers to send what would be refused."""
        if self.env == "mock":
            from .._core import mock_check
            from .._endpoints import ENDPOINTS

            mock_check(ENDPOINTS[api_id], body)

    def said(self) -> str:
        """The env and the host for people: `real at https://api.kiwoom.com`."""
        return f"{self.env} at {self.host()}"


def target(settings: Mapping[str, Any]) -> Target:
    """The Target of the connection options (`--env`, `--base-url`, `--ws-url`, `--timeout`) and the environment;
    ArgumentInvalid for a URL the library refuses, CliFailure for a WebSocket URL without its REST URL
    (KIWOOM_WS_URL alone, or --ws-url without --base-url)."""
    from .._core import Config, unpaired_websocket
    from .._endpoints import HOSTS

    env: Literal["mock", "real"] = "real" if settings.get("env") == "real" else "mock"
    base_url, ws_url = settings.get("base_url"), settings.get("ws_url")
    names = ("--base-url", "--ws-url")
    if base_url is None and ws_url is None:
        base_url = os.environ.get("KIWOOM_BASE_URL") or None
        ws_url = os.environ.get("KIWOOM_WS_URL") or None
        names = ("KIWOOM_BASE_URL", "KIWOOM_WS_URL")
    unpaired = unpaired_websocket(base_url, ws_url, env, names)
    if unpaired:
        raise CliFailure(unpaired, USAGE, "UsageError")
    timeout = settings.get("timeout")
    config = Config.create("", "", env, base_url, ws_url, 10.0 if timeout is None else timeout, HOSTS)
    return Target(config.env, config.base_url, config.ws_url, config.timeout)


def keys(profile: str | None) -> Credentials | None:
    """The keys by the rule above, any env (`profile` is `--profile`, None when not given); None when nothing has
    them. CliFailure for a pair half set or set beside KIWOOM_PROFILE."""
    appkey, secretkey = (os.environ.get(name) or None for name in KEY_VARIABLES)
    if (appkey is None) != (secretkey is None):
        given, absent = KEY_VARIABLES if appkey is not None else reversed(KEY_VARIABLES)
        raise CliFailure(
            f"{given} is set but {absent} is not: set both, or neither to use a profile; nothing was sent",
            AUTH,
            "CredentialsConflict",
        )
    if profile is None and appkey is not None and secretkey is not None:
        chosen = os.environ.get("KIWOOM_PROFILE")
        if chosen:
            raise CliFailure(
                f"KIWOOM_APPKEY / KIWOOM_SECRETKEY and KIWOOM_PROFILE={chosen} are all set: unset one, or choose with"
                " --profile; nothing was sent",
                AUTH,
                "CredentialsConflict",
            )
        why = key_problem(appkey, secretkey, KEY_VARIABLES)
        if why:
            raise CliFailure(
                f"the keys of the environment cannot be sent ({why}): set them again; nothing was sent",
                AUTH,
                "CredentialsUnreadable",
            )
        return Credentials(appkey, secretkey, "environment")
    return load(profile_name(profile))


def credentials(settings: Mapping[str, Any], env: str, ask: bool) -> Credentials:
    """The keys to use under `env` (see `keys`), a profile held to its env; with `ask` and a terminal, prompted
    when nothing has them. CliFailure (exit code 3) otherwise."""
    profile = settings.get("profile")
    found = keys(profile)
    if found is None:
        if ask and sys.stdin.isatty():
            return _prompted()
        raise CliFailure(missing(profile, env), AUTH, "MissingCredentials")
    held_to_env(found, profile, env)
    return found


def held_to_env(found: Credentials, profile: str | None, env: str) -> None:
    """CliFailure (exit code 3) for a profile's keys used under an env other than the one it was saved for."""
    if found.source not in ("environment", "prompt") and found.env != env:
        raise CliFailure(mismatch(profile_name(profile), found.env, env), AUTH, "ProfileEnvMismatch")


def _prompted() -> Credentials:
    import click

    appkey = click.prompt("app key", hide_input=True, err=True)
    secretkey = click.prompt("secret key", hide_input=True, err=True)
    return Credentials(*typed_keys(appkey, secretkey, "sent"), "prompt")


def missing(profile: str | None, env: str) -> str:
    """Why `keys(profile)` found nothing, naming the profile looked for and how to save it."""
    name = profile_name(profile)
    login = "kiwoom auth login" + ("" if name == DEFAULT_PROFILE else f" --profile {name}")
    login += " --env real" if env == "real" else ""
    return f"no credentials: KIWOOM_APPKEY / KIWOOM_SECRETKEY are not set and no profile {name!r} is saved ({login})"


def mismatch(name: str, saved: str | None, env: str) -> str:
    """A profile used under an env it was not saved for: the profile, its env and the flag, in one line."""
    flag = f"--env {env}" + (" (mock is the default)" if env == "mock" else "")
    saved_for = f"was saved for env {saved!r}" if saved else "records no env"
    return (
        f"profile {name!r} {saved_for}, and this command runs with {flag}: nothing was sent (a profile for {env}:"
        f" kiwoom auth login --profile NAME --env {env}, then --profile NAME)"
    )


def client(where: Target, found: Credentials, asynchronous: bool = False, hook: Hook | None = None) -> Any:
    """A Kiwoom (or AsyncKiwoom) client for this target and these keys (and `hook`, the library's, told of each
    request and answer); nothing else decides either."""
    from .. import AsyncKiwoom, Kiwoom

    kind = AsyncKiwoom if asynchronous else Kiwoom
    return kind(
        found.appkey, found.secretkey, env=where.env, base_url=where.base_url, ws_url=where.ws_url,
        timeout=where.timeout, hook=hook,
    )  # fmt: skip


def command_client(where: Target, settings: Mapping[str, Any], hook: Hook | None = None) -> Any:
    """The client of a command-line command: `where`, with the keys `credentials` chooses (asked for on a terminal)."""
    return client(where, credentials(settings, where.env, ask=True), hook=hook)
