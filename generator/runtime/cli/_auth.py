"""Credentials of the command line: never on the command line, never printed.

Profiles (`--profile`, KIWOOM_PROFILE, else "default") stored by `kiwoom auth login` in the OS keyring (service
`kiwoom-sdk`), or, where no keyring can be opened, in a JSON file with 0600 permissions
(`$KIWOOM_CONFIG_DIR/credentials.json`, by default `~/.config/kiwoom/credentials.json`). A profile also keeps the
environment it was saved for (mock or real). Which keys a command uses is decided in `_settings`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._errors import AUTH, USAGE, CliFailure

SERVICE = "kiwoom-sdk"
DEFAULT_PROFILE = "default"


@dataclass(frozen=True, repr=False)
class Credentials:
    appkey: str
    secretkey: str
    source: str  # "environment", "prompt", "keyring:NAME" or "file:NAME"
    env: str | None = None  # the environment a profile was saved for

    def __repr__(self) -> str:  # never shows the keys
        return f"Credentials(source={self.source!r}, env={self.env!r})"


def config_dir() -> Path:
    configured = os.environ.get("KIWOOM_CONFIG_DIR")
    return Path(configured) if configured else Path.home() / ".config" / "kiwoom"


def profile_name(given: str | None) -> str:
    """The profile `--profile` names (`given`; None when not given), else KIWOOM_PROFILE, else "default".
    CliFailure for a blank `given` (an unset shell variable, say): it names no profile, and is not the default."""
    if given is not None and not given.strip():
        raise CliFailure("--profile: a profile's name is not blank", USAGE, "UsageError")
    return given or os.environ.get("KIWOOM_PROFILE") or DEFAULT_PROFILE


def typed_keys(appkey: str, secretkey: str, use: str) -> tuple[str, str]:
    """Keys typed at a prompt, without the spaces around them; CliFailure for a blank one, or one the token request
    would refuse (`use`: what would have been done with them, "saved" or "sent")."""
    appkey, secretkey = appkey.strip(), secretkey.strip()
    if not (appkey and secretkey):
        raise CliFailure(f"a blank key is not {use}: nothing was {use}", USAGE, "UsageError")
    why = key_problem(appkey, secretkey, ("the app key", "the secret key"))
    if why:
        raise CliFailure(f"{why}: nothing was {use}", USAGE, "UsageError")
    return appkey, secretkey


def key_problem(appkey: str, secretkey: str, names: tuple[str, str]) -> str | None:
    """Why the token request (au10001) would refuse these keys, by the library's own check of its fields (a control or
    invisible character, spaces around a key: a line ending pasted with it), each key named by `names` (where it came
    from) and never shown; None when both would be sent."""
    from .._endpoints import ENDPOINTS
    from .._exceptions import RequestInvalid

    try:
        ENDPOINTS["au10001"].validate({"appkey": appkey, "secretkey": secretkey})  # grant_type: the model's fixed one
    except RequestInvalid as refused:
        named = dict(zip(("appkey", "secretkey"), names, strict=True))
        return "; ".join(f"{named.get(problem.field, problem.field)}: {problem.detail}" for problem in refused.problems)
    return None


def _keyring() -> Any:
    """The OS keyring, or None where none can be opened (a headless machine; KIWOOM_NO_KEYRING=1 forces that)."""
    if os.environ.get("KIWOOM_NO_KEYRING") == "1":
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # an unusable keyring of any kind means: use the file
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def unreadable(where: str, why: str) -> CliFailure:
    """The failure of a credentials store that cannot be read (exit 3, like credentials missing): where, why, and what
    to do; never the keys."""
    return CliFailure(
        f"the saved credentials in {where} cannot be read ({why}): fix or remove them, or save the profile again"
        " with `kiwoom auth login`; nothing was sent",
        AUTH,
        "CredentialsUnreadable",
    )


def _profile(entry: object, where: str, source: str) -> Credentials:
    """A saved profile (`entry`: {"appkey", "secretkey", "env"}) as Credentials; CliFailure (exit 3) for any other
    shape."""
    if isinstance(entry, str):
        try:
            entry = json.loads(entry)
        except ValueError:
            raise unreadable(where, "not JSON") from None
    if not (isinstance(entry, dict) and all(isinstance(entry.get(key), str) for key in ("appkey", "secretkey"))):
        raise unreadable(where, "not a profile of an appkey and a secretkey")
    why = key_problem(entry["appkey"], entry["secretkey"], ("its app key", "its secret key"))
    if why:
        raise unreadable(where, why)
    env = entry.get("env")
    return Credentials(entry["appkey"], entry["secretkey"], source, env if isinstance(env, str) else None)


class FileStore:
    """Profiles in a JSON file readable only by its owner (0600), for machines without a keyring."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or config_dir()) / "credentials.json"

    def _read(self) -> dict[str, Any]:
        """The file's profiles by name; CliFailure (exit 3) when it cannot be read or is not an object of them."""
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:  # a directory, no permission, not UTF-8, not JSON
            raise unreadable(str(self.path), f"{type(error).__name__}: {error}") from None
        if not isinstance(data, dict):
            raise unreadable(str(self.path), f"a JSON {type(data).__name__}, not an object of profiles")
        return data

    def _write(self, data: dict[str, Any]) -> None:
        """Write the profiles; CliFailure (exit 3) when the file cannot be written (its directory is a file, a
        read-only disk, no permission)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            os.chmod(self.path, 0o600)  # an existing file keeps its mode through os.open
        except OSError as error:
            why = f"{type(error).__name__}: {error.strerror or error}"
            raise CliFailure(
                f"the credentials file {self.path} cannot be written ({why}): nothing was changed there"
                " (KIWOOM_CONFIG_DIR chooses its directory)",
                AUTH,
                "CredentialsUnwritable",
            ) from None

    def get(self, profile: str) -> dict[str, Any] | None:
        found: dict[str, Any] | None = self._read().get(profile)
        return found

    def put(self, profile: str, entry: dict[str, str]) -> None:
        data = self._read()
        data[profile] = entry
        self._write(data)

    def delete(self, profile: str) -> bool:
        data = self._read()
        if data.pop(profile, None) is None:
            return False
        self._write(data)
        return True


def save(profile: str, appkey: str, secretkey: str, env: str) -> str:
    """Store a profile; returns where ("keyring" or the file's path)."""
    entry = {"appkey": appkey, "secretkey": secretkey, "env": env}
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, profile, json.dumps(entry))
            return "keyring"
        except Exception:  # a keyring that refuses to store: fall back to the file
            pass
    store = FileStore()
    store.put(profile, entry)
    return str(store.path)


def load(profile: str) -> Credentials | None:
    """A stored profile, from the keyring or the file; None if there is none."""
    ring = _keyring()
    if ring is not None:
        try:
            stored = ring.get_password(SERVICE, profile)
        except Exception:
            stored = None
        if stored:
            return _profile(stored, f"the keyring (profile {profile!r})", f"keyring:{profile}")
    store = FileStore()
    found = store.get(profile)
    if found is not None:
        return _profile(found, f"{store.path} (profile {profile!r})", f"file:{profile}")
    return None


def delete(profile: str) -> bool:
    """Remove a profile from the keyring and the file; True if it was anywhere."""
    removed = False
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(SERVICE, profile)
            removed = True
        except Exception:  # not there, or a keyring that refuses
            pass
    return FileStore().delete(profile) or removed
