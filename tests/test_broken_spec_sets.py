"""Broken spec sets, beyond one defective file (those are tests/broken/): a --specs that is no spec folder, a
dictionary, folder or schema missing, files that cannot be read, references into nothing, names the generated code
cannot take. Every command that reads specs refuses each with exactly one `path[:line]: message` line on stderr,
exit status 1 and no traceback, and a build writes nothing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.spec import yamlio
from generator.spec.loader import DICTIONARIES, FOLDERS

from .conftest import ROOT

# a path, its line where there is one, and the message
LINE = re.compile(r"^(?P<path>[^:]+)(:(?P<line>\d+))?: (?P<message>.+)$")
BROKEN = Path(__file__).parent / "broken"


def _run(specs: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """`python -m generator --specs SPECS COMMAND...`; a generous deadline catches a hang (an alias bomb, a FIFO)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "--specs", str(specs), *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _edit(root: Path, rel: str, old: str, new: str) -> str:
    """Replace the first `old` in a spec file; `path:line` of the replacement."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return f"{path}:{text.count(chr(10), 0, at) + 1}"


# Each case breaks a valid spec tree (tests/conftest.py mini_specs) and says what --specs to pass, and where and what
# the one problem is.
Breaker = Callable[[Path], tuple[Path, str, str]]


def _missing_folder(root: Path) -> tuple[Path, str, str]:
    shutil.rmtree(root)
    return root, str(root), "no such spec folder"


def _file_not_folder(root: Path) -> tuple[Path, str, str]:
    shutil.rmtree(root)
    root.write_text("kinds.yaml\n", encoding="utf-8")
    return root, str(root), "not a folder"


def _empty_folder(root: Path) -> tuple[Path, str, str]:
    shutil.rmtree(root)
    root.mkdir()
    return root, str(root), "no spec files (*.yaml) in this folder"


def _folder_without_specs(root: Path) -> tuple[Path, str, str]:
    shutil.rmtree(root)
    (root / "schema").mkdir(parents=True)
    (root / "README.md").write_text("specs\n", encoding="utf-8")
    return root, str(root), "no spec files (*.yaml) in this folder"


def _without(rel: str, message: str) -> Breaker:
    def remove(root: Path) -> tuple[Path, str, str]:
        target = root / rel
        shutil.rmtree(target) if target.is_dir() else target.unlink()
        return root, str(target), message

    return remove


def _empty_codes(root: Path) -> tuple[Path, str, str]:
    shutil.rmtree(root / "codes")
    (root / "codes").mkdir()
    return root, str(root / "codes"), "empty: the folder of the code tables"


def _writing(rel: str, content: str | bytes, line: int, message: str) -> Breaker:
    def write(root: Path) -> tuple[Path, str, str]:
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
        return root, f"{target}:{line}" if line else str(target), message

    return write


def _directory_named_yaml(root: Path) -> tuple[Path, str, str]:
    (root / "domestic" / "odd.yaml").mkdir()
    return root, f"{root / 'domestic' / 'odd.yaml'}:1", "not a regular file"


def _fifo_named_yaml(root: Path) -> tuple[Path, str, str]:
    os.mkfifo(root / "domestic" / "pipe.yaml")  # reading it would wait forever for a writer
    return root, f"{root / 'domestic' / 'pipe.yaml'}:1", "not a regular file"


def _recorded_without_payload(root: Path) -> tuple[Path, str, str]:
    target = root / "recorded" / "998-kt10000-no-payload.json"
    source = {"repo": "x/y", "path": "a.json", "commit": "0123456789abcdef"}
    case = {"api_id": "kt10000", "kind": "rest_response", "source": source, "confidence": "real"}
    target.write_text(json.dumps(case), encoding="utf-8")
    return root, f"{target}:1", "'payload' is missing"


def _runtime_api_missing(root: Path) -> tuple[Path, str, str]:
    (root / "oauth" / "au10002.yaml").unlink()
    return root, str(root), "API au10002 is missing: the client revokes its token with it"


def _line(path: Path, text: str) -> str:
    """`path:line` of the first line of the file that is `text` (stripped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return f"{path}:{next(n for n, line in enumerate(lines, 1) if line.strip() == text)}"


def _code_table_missing(root: Path) -> tuple[Path, str, str]:
    (root / "codes" / "trade_type.yaml").unlink()
    where = _line(root / "domestic" / "ordr" / "kt10000.yaml", "- name: trde_tp")
    return root, where, "field 'trde_tp': unknown enum 'trade_type'"


def _fid_missing(root: Path) -> tuple[Path, str, str]:
    path = root / "fids.yaml"
    data = yamlio.load(path)
    data["fids"] = [entry for entry in data["fids"] if entry["fid"] != 215]
    path.write_text(yamlio.dump(data), encoding="utf-8")
    realtime = root / "domestic" / "realtime" / "0s-market_session_time.yaml"
    return root, _line(realtime, "- fid: 215"), "FID 215 is not in the FID dictionary"


def _fid_named_values(root: Path) -> tuple[Path, str, str]:
    where = _edit(root, "fids.yaml", "  - fid: 215\n    name: market_operation\n", "  - fid: 215\n    name: values\n")
    return root, where, "FID 215 'values' would shadow the attribute 'values' of realtime events"


def _realtime_class_named_like_an_import(root: Path) -> tuple[Path, str, str]:
    folder = root / "domestic" / "realtime"
    (folder / "0s-market_session_time.yaml").rename(folder / "0s-price.yaml")
    where = _edit(root, "domestic/realtime/0s-price.yaml", "alias: market_session_time", "alias: price")
    return root, where, "alias 'price': class Price is a name realtime.py imports"


def _error_code_negative(root: Path) -> tuple[Path, str, str]:
    return root, _edit(root, "errors.yaml", "code: 1501", "code: -1"), "-1 is less than the minimum of 1"


def _header_length_absurd(root: Path) -> tuple[Path, str, str]:
    where = _edit(root, "api.yaml", "length: 1000", "length: 1000000")
    return root, where, "1000000 is greater than the maximum of 10000"


def _request_field_named_cont_yn(root: Path) -> tuple[Path, str, str]:
    field = "request:\n  - name: cont_yn\n    ko: 연속조회여부\n    required: false\n    length: 1\n"
    _edit(root, "domestic/ordr/kt10000.yaml", "request:\n", field)
    where = _line(root / "domestic" / "ordr" / "kt10000.yaml", "- name: cont_yn")
    return root, where, "field 'cont_yn' would shadow the attribute 'cont_yn' of a request model or its client method"


def _response_field_named_like_a_direction_column(root: Path) -> tuple[Path, str, str]:
    # to_polars(directions=True) adds ord_uv_direction after the price ord_uv: a field of that name would be lost
    fields = (
        "response:\n  - name: ord_uv\n    ko: 주문단가\n    required: false\n    length: 12\n    kind: price\n"
        "  - name: ord_uv_direction\n    ko: 주문단가방향\n    required: false\n    length: 2\n    kind: text\n"
    )
    _edit(root, "domestic/ordr/kt10000.yaml", "response:\n", fields)
    where = _line(root / "domestic" / "ordr" / "kt10000.yaml", "- name: ord_uv_direction")
    return root, where, "field 'ord_uv_direction' would clash with the direction column of the price 'ord_uv'"


def _fid_named_like_a_direction_column(root: Path) -> tuple[Path, str, str]:
    # 0s listing FID 10 (current_price, a price) beside FID 215 named current_price_direction: the frame of its events
    # with directions=True would have that column twice
    listed = "          - fid: 215\n            ko: 장운영구분\n"
    _edit(
        root,
        "domestic/realtime/0s-market_session_time.yaml",
        listed,
        listed + "          - fid: 10\n            ko: 현재가\n",
    )
    _edit(
        root,
        "fids.yaml",
        "  - fid: 215\n    name: market_operation\n",
        "  - fid: 215\n    name: current_price_direction\n",
    )
    where = _line(root / "domestic" / "realtime" / "0s-market_session_time.yaml", "- fid: 215")
    return root, where, "'current_price_direction' would clash with the direction column of the price 'current_price'"


def _regex_that_does_not_compile(root: Path) -> tuple[Path, str, str]:
    where = _edit(root, "kinds.yaml", 'when: {examples: "^[YN]$"}', 'when: {examples: "^[YN$"}')
    return root, where, "rules/10/when/examples: '^[YN$' is not a 'regex'"


def _triple_quote_in_a_name(root: Path) -> tuple[Path, str, str]:
    # a name goes into docstrings as it is: three quotes would end one in the middle of the generated module
    where = _edit(root, "domestic/ordr/kt10000.yaml", "name_ko: 주식 매수주문", 'name_ko: \'주식 """ 매수주문\'')
    return root, where, '\'주식 """ 매수주문\': a backslash or triple quote cannot be written into generated code'


def _escaped_nul_in_a_name(root: Path) -> tuple[Path, str, str]:
    where = _edit(root, "domestic/ordr/kt10000.yaml", "name_en: Stock Buy Order", 'name_en: "Stock\\0Buy"')
    return root, where, "the character '\\x00' cannot be written into generated code"


def _deep_nesting(root: Path) -> tuple[Path, str, str]:
    # libyaml's composer recurses per level: 100,000 levels crash the process rather than raise
    (root / "codes" / "deep.yaml").write_text("- " * 100_000 + "x\n", encoding="utf-8")
    return root, f"{root / 'codes' / 'deep.yaml'}:1", "nested deeper than 50 levels"


CASES: dict[str, Breaker] = {
    "missing-folder": _missing_folder,
    "file-not-folder": _file_not_folder,
    "empty-folder": _empty_folder,
    "folder-without-specs": _folder_without_specs,
    **{
        f"missing-{name}": _without(name, f"missing: the spec set needs its {kind} dictionary")
        for kind, name in DICTIONARIES.items()
    },
    **{f"missing-{name}-folder": _without(name, f"missing: the folder of {what}") for name, what in FOLDERS.items()},
    "empty-codes-folder": _empty_codes,
    "missing-schema": _without("schema/api.schema.json", "missing"),
    "schema-not-json": _writing(
        "schema/kinds.schema.json", '{\n  "type": "object",\n  "required": [\n', 4, "invalid JSON"
    ),
    "schema-not-a-schema": _writing("schema/fids.schema.json", '{"type": 12}\n', 1, "not a JSON Schema"),
    "binary-garbage": _writing("codes/garbage.yaml", bytes(range(256)) * 4, 1, "not UTF-8 text"),
    "not-utf-8": _writing("codes/korean.yaml", "enum: x\nname_ko: 시험\n".encode("euc-kr"), 1, "not UTF-8 text"),
    "control-character": _writing("codes/nul.yaml", "enum: x\nname_ko: \x00\n", 2, "character #x0000"),
    "huge-file": _writing("codes/huge.yaml", "notes: " + "x" * (3 << 20) + "\n", 1, "a spec file holds at most"),
    "deep-nesting": _deep_nesting,
    "directory-named-yaml": _directory_named_yaml,
    "fifo-named-yaml": _fifo_named_yaml,
    "recorded-not-json": _writing("recorded/999-kt10000-cut.json", '{\n "api_id": "kt10000",\n', 3, "invalid JSON"),
    "recorded-without-payload": _recorded_without_payload,
    "runtime-api-missing": _runtime_api_missing,
    "code-table-missing": _code_table_missing,
    "fid-missing": _fid_missing,
    "fid-named-values": _fid_named_values,
    "realtime-class-named-like-an-import": _realtime_class_named_like_an_import,
    "error-code-negative": _error_code_negative,
    "header-length-absurd": _header_length_absurd,
    "regex-that-does-not-compile": _regex_that_does_not_compile,
    "triple-quote-in-a-name": _triple_quote_in_a_name,
    "escaped-nul-in-a-name": _escaped_nul_in_a_name,
    "request-field-named-cont-yn": _request_field_named_cont_yn,
    "response-field-named-like-a-direction-column": _response_field_named_like_a_direction_column,
    "fid-named-like-a-direction-column": _fid_named_like_a_direction_column,
}


def _assert_refused(run: subprocess.CompletedProcess[str], where: str, message: str) -> None:
    assert run.returncode == 1, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [line for line in run.stderr.splitlines() if line], run.stderr
    [line] = run.stderr.splitlines()
    assert LINE.match(line) and line.startswith(f"{where}: ") and message in line, line


def test_the_mini_tree_is_a_valid_spec_set(mini_specs: Path) -> None:
    run = _run(mini_specs, "lint")
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith("lint: 8 APIs")


@pytest.mark.parametrize("case", sorted(CASES), ids=sorted(CASES))
def test_lint_refuses_a_broken_spec_set_in_one_line(case: str, mini_specs: Path) -> None:
    specs, where, message = CASES[case](mini_specs)
    _assert_refused(_run(specs, "lint"), where, message)


@pytest.mark.parametrize("case", ["41-yaml-alias-bomb", "42-yaml-recursive-alias", "56-response-field-shadows-raw"])
def test_lint_refuses_a_broken_file_in_one_line(case: str, mini_specs: Path) -> None:
    text = (BROKEN / f"{case}.yaml").read_text(encoding="utf-8")
    target = mini_specs / text.splitlines()[0].removeprefix("# target: ")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.endswith("# <- here"))
    expect = text.splitlines()[1].removeprefix("# expect: ")
    _assert_refused(_run(mini_specs, "lint"), f"{target}:{line}", expect)


COMMANDS = {
    "build": ("build", "--out", "{out}"),
    "check": ("check", "--out", "{out}"),
    "summary": ("summary",),
    "import-guide-report": ("import-guide", "{guide}", "--report"),
    "import-guide-write": ("import-guide", "{guide}", "--write"),
}
# What the importer needs: a spec set that loads. Cross-file problems (names, references) are lint's and the
# build's; the importer may be what resolves them.
LOADING = ["missing-folder", "missing-kinds.yaml", "deep-nesting"]


BROKEN_FOR = (
    [(command, case) for command in sorted(COMMANDS) for case in LOADING]
    + [
        (command, case)
        for command in ("build", "check", "summary")
        for case in ("request-field-named-cont-yn", "runtime-api-missing")
    ]
    + [
        (command, case)
        for command in ("build", "check")
        for case in ("schema-not-json", "recorded-not-json", "fifo-named-yaml", "triple-quote-in-a-name")
    ]
)


@pytest.mark.parametrize(("command", "case"), BROKEN_FOR, ids=[f"{c}-{k}" for c, k in BROKEN_FOR])
def test_every_command_refuses_a_broken_spec_set(command: str, case: str, mini_specs: Path, tmp_path: Path) -> None:
    specs, where, message = CASES[case](mini_specs)
    out = tmp_path / "out"
    before = _snapshot(mini_specs)
    arguments = [a.format(out=out, guide=tmp_path / "guide-2026-07-04.xlsx") for a in COMMANDS[command]]
    _assert_refused(_run(specs, *arguments), where, message)
    assert not out.exists()  # nothing built
    assert _snapshot(mini_specs) == before  # nor written


def _snapshot(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
