"""The command line's catalog against the corpus, for every TR at once: a command whose options are the request
fields, an MCP input schema that is valid JSON Schema and agrees with the request model; and the keyring fallback."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import click
import jsonschema
import pytest
from kiwoom_sdk._endpoints import ENDPOINTS
from kiwoom_sdk.cli import _app, _catalog, _mcp, _output

from generator.spec.loader import load_corpus
from generator.spec.model import Api, Corpus, walk
from generator.targets.cli import ACCOUNT_NUMBER, COMMON_OPTIONS, cli_catalog
from tests.cli_support import KIWOOM, cli_env, envelope, kiwoom
from tests.conftest import SPECS


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(SPECS).corpus


def test_every_http_tr_but_the_token_ones_is_in_the_catalog(corpus: Corpus) -> None:
    expected = {api.id for api in corpus.http_apis() if api.category != "oauth"}
    assert set(_catalog.apis()) == expected
    assert set(_catalog.index()["apis"]) == expected
    assert cli_catalog(corpus)["apis"].keys() == expected


def test_every_command_has_an_option_per_request_field_and_no_clash() -> None:
    for api_id, api in _catalog.apis().items():
        command = _app.tr_command(api)
        fields = [param for param in command.params if param.name in {f["name"] for f in api["request"]}]
        assert [p.name for p in fields] == [f["name"] for f in api["request"]], api_id
        for param, field in zip(fields, api["request"], strict=True):
            assert isinstance(param, click.Option) and _catalog.option(field["name"]) in param.opts
            assert field["ko"] in (param.help or "")
        assert ("--confirm" in {o for p in command.params for o in p.opts}) == api["order"], api_id
        assert not {f["name"] for f in api["request"]} & COMMON_OPTIONS


def test_every_input_schema_is_valid_and_matches_the_request_model() -> None:
    for api_id, api in _catalog.apis().items():
        schema = _mcp.input_schema(api)
        jsonschema.Draft202012Validator.check_schema(schema)
        model = ENDPOINTS[api_id].request_model
        wire = {info.alias or name for name, info in model.model_fields.items()}
        assert set(schema["properties"]) == wire, api_id
        required = {info.alias or name for name, info in model.model_fields.items() if info.is_required()}
        assert set(schema["required"]) == required, api_id


def test_a_field_that_clashes_with_an_option_stops_the_build() -> None:
    corpus = load_corpus(SPECS).corpus  # its own copy: this test changes it
    api: Api = corpus.apis["ka10001"]
    api.request[0].name = "format"
    with pytest.raises(ValueError, match="request field format would clash"):
        cli_catalog(corpus)


def test_every_account_number_the_specs_know_is_masked_at_any_depth(corpus: Corpus) -> None:
    wire = {f.name for api in corpus.http_apis() for f in walk(api.request + api.response) if f.ko == ACCOUNT_NUMBER}
    realtime = {fid.name for fid in corpus.fids.values() if fid.ko == ACCOUNT_NUMBER}
    assert {"acctNo", "acnt_no", "acnt_print"} <= wire and "account_no" in realtime  # ka00001, ka10075, ust21100, 00
    assert _catalog.account_fields() == wire | realtime
    body = {"rows": [{name: "1234567890", "nested": [{name: 5512345678}]} for name in sorted(wire | realtime)]}
    shown = _output.masked(body)
    assert "1234567890" not in str(shown) and "5512345678" not in str(shown)
    assert {row["nested"][0][name] for row in shown["rows"] for name in row if name != "nested"} == {"55******78"}


def test_a_new_account_number_field_is_masked_without_a_code_change() -> None:
    corpus = load_corpus(SPECS).corpus  # its own copy: this test changes it
    field = corpus.apis["ka10001"].response[0]
    field.ko = ACCOUNT_NUMBER
    assert field.name in cli_catalog(corpus)["account_fields"]


def test_a_keyring_that_cannot_store_falls_back_to_a_0600_file(tmp_path: Path) -> None:
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    del env["KIWOOM_NO_KEYRING"]  # the real keyring library decides, and finds nothing usable
    login = subprocess.run([*KIWOOM, "auth", "login", "--profile", "p"], input="key-1\nsecret-1\n", env=env,
                           capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert login.returncode == 0, login.stderr
    assert str(tmp_path / "credentials.json") in login.stderr
    assert (tmp_path / "credentials.json").stat().st_mode & 0o777 == 0o600
    status = envelope(kiwoom("auth", "status", "--profile", "p", "--format", "json", env=env))["data"]
    assert status["source"] == "file:p" and status["appkey"] == "key-…"
    assert "secret-1" not in login.stdout + login.stderr


def test_an_api_another_command_serves_is_named_with_that_command_not_called_unknown(corpus: Corpus) -> None:
    """Every API of the specs that `kiwoom call` does not serve (the token TRs, the condition searches over the
    WebSocket, the realtime types) is known by id and alias: `call` and `describe` say what it is and which command
    serves it, never `unknown TR` with other TRs' names, and the MCP server says the same."""
    called = {api.id for api in corpus.http_apis() if api.category != "oauth"}
    others = [api for api in corpus.apis.values() if api.id not in called]
    assert {api.protocol for api in others} >= {"websocket", "realtime"} and any(a.id == "au10001" for a in others)
    for api in others:
        for name in (api.id, api.alias):
            if name:
                said = _catalog.unknown(name, "HINT")
                assert said.startswith(f"{name} is not a TR this serves: {api.name_ko} ({api.name_en}) is ")
                assert "unknown" not in said and "HINT" not in said
    for args, command in [(("call", "ka10172"), "`kiwoom conditions`"), (("describe", "0B"), "`kiwoom stream`")]:
        result = kiwoom(*args, "--format", "json")
        assert result.returncode == 2 and command in envelope(result)["error"]["message"], result.stderr


RING = '''
import json, os
from keyring.backend import KeyringBackend


class Keyring(KeyringBackend):
    """A keyring of a JSON file (TEST_KEYRING), so that processes share it as they share the OS's."""

    priority = 1

    def _entries(self):
        path = os.environ["TEST_KEYRING"]
        return json.load(open(path)) if os.path.exists(path) else {}

    def get_password(self, service, username):
        return self._entries().get(service + "/" + username)

    def set_password(self, service, username, password):
        entries = self._entries()
        entries[service + "/" + username] = password
        json.dump(entries, open(os.environ["TEST_KEYRING"], "w"))

    def delete_password(self, service, username):
        entries = self._entries()
        del entries[service + "/" + username]
        json.dump(entries, open(os.environ["TEST_KEYRING"], "w"))
'''


def test_profiles_go_to_a_usable_keyring_unless_kiwoom_no_keyring(tmp_path: Path) -> None:
    """Where a keyring can be opened, `auth login` saves the profile there (not in the file); KIWOOM_NO_KEYRING=1
    (README) uses the 0600 file even then, and reads the profile from there."""
    (tmp_path / "ring.py").write_text(RING, encoding="utf-8")
    ring = tmp_path / "ring.json"
    env = cli_env(None, KIWOOM_CONFIG_DIR=str(tmp_path), PYTHON_KEYRING_BACKEND="ring.Keyring", TEST_KEYRING=str(ring))
    env["PYTHONPATH"] += os.pathsep + str(tmp_path)
    del env["KIWOOM_NO_KEYRING"]
    for profile, variables in (("ringed", {}), ("filed", {"KIWOOM_NO_KEYRING": "1"})):
        login = subprocess.run([*KIWOOM, "auth", "login", "--profile", profile], input="key-1\nsecret-1\n",
                               env={**env, **variables}, capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
        assert login.returncode == 0, login.stderr
        status = kiwoom("auth", "status", "--profile", profile, "--format", "json", env={**env, **variables})
        assert envelope(status)["data"]["source"] == ("keyring" if profile == "ringed" else "file") + f":{profile}"
    assert set(json.loads(ring.read_text(encoding="utf-8"))) == {"kiwoom-sdk/ringed"}
    assert set(json.loads((tmp_path / "credentials.json").read_text(encoding="utf-8"))) == {"filed"}
