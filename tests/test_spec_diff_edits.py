"""`generator diff` on one edit at a time, as a reviewer makes them: each edit of a real spec file is reported once,
in the caller's names, with the class its consequence has (what a renamed field also changed, a list renamed with its
members, Python names that differ from wire names, request formats, an API's id, the order flag, the units and scales
of FIDs, errata, the error classes beyond the guide's codes, the protocol's keys)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.review.change import BREAKING, COMPATIBLE, DOCS, Change
from generator.review.diff import diff_corpora

from .test_spec_diff import TREE, copy_tree, edit, field, linted

EXTRA = [
    "domestic/chart/ka10081.yaml",
    "domestic/realtime/0A-stock_nominal_price.yaml",
    "domestic/realtime/0J-sector_index.yaml",
    "domestic/stkinfo/ka10003.yaml",
]
KT10000, KA90012, KA10081 = "domestic/ordr/kt10000.yaml", "domestic/slb/ka90012.yaml", "domestic/chart/ka10081.yaml"
Edit = Callable[[Path], None]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_tree(tmp_path_factory.mktemp("edits") / "base", TREE + EXTRA)


def changes(tmp_path: Path, tree: Path, head: Edit, base: Edit | None = None) -> list[Change]:
    """The changes from the tree (after `base`, when given) to the tree after `head` too."""
    before = tmp_path / "base"
    shutil.copytree(tree, before)
    if base is not None:
        base(before)
    after = tmp_path / "head"
    shutil.copytree(before, after)
    head(after)
    return diff_corpora(linted(before), linted(after)).changes


def seen(found: list[Change]) -> set[tuple[str, str, str, str]]:
    return {(c.group, c.kind, c.subject, c.severity) for c in found}


def in_api(rel: str, change: Callable[[Any], None]) -> Edit:
    return lambda root: edit(root / rel, change)


def text(rel: str, old: str, new: str) -> Edit:
    def replace(root: Path) -> None:
        path = root / rel
        content = path.read_text(encoding="utf-8")
        assert old in content, old
        path.write_text(content.replace(old, new), encoding="utf-8")

    return replace


def test_a_renamed_field_reports_what_else_changed(tmp_path: Path, tree: Path) -> None:
    def rename(data: dict[str, Any]) -> None:
        renamed = field(data["request"], "upd_stkpc_tp")
        renamed.update(name="upd_tp", required=False, length=3)
        for example in data["examples"]:
            if "upd_stkpc_tp" in example["body"]:
                example["body"]["upd_tp"] = example["body"].pop("upd_stkpc_tp")

    found = changes(tmp_path, tree, in_api(KA10081, rename))
    assert seen(found) == {
        ("ka10081", "request-field-renamed", "request.upd_stkpc_tp", BREAKING),
        ("ka10081", "request-field-optional", "request.upd_tp", COMPATIBLE),
        ("ka10081", "request-length-grown", "request.upd_tp", COMPATIBLE),
        ("ka10081", "examples-changed", "examples", DOCS),
    }


def test_a_renamed_list_carries_its_members(tmp_path: Path, tree: Path) -> None:
    """The members of a renamed list keep their names under it: the list's rename says it, once; what changed in
    a member is still reported, under its new path."""

    def rename(data: dict[str, Any]) -> None:
        field(data["response"], "dbrt_trde_prps")["name"] = "dbrt_trde_list"
        members = field(data["response"], "dbrt_trde_list")["fields"]
        field(members, "remn_amt")["length"] = 30
        field(members, "dbrt_trde_rpy")["name"] = "dbrt_trde_rpy_qty"  # renamed inside the renamed list
        for example in data["examples"]:
            if "dbrt_trde_prps" in example["body"]:
                example["body"]["dbrt_trde_list"] = example["body"].pop("dbrt_trde_prps")
                for row in example["body"]["dbrt_trde_list"]:
                    row["dbrt_trde_rpy_qty"] = row.pop("dbrt_trde_rpy")

    found = changes(tmp_path, tree, in_api(KA90012, rename))
    [renamed] = [c for c in found if c.subject == "response.dbrt_trde_prps"]
    assert renamed.what == (
        "attribute renamed: `dbrt_trde_prps` -> `dbrt_trde_list`; its model Ka90012DbrtTrdePrpsItem is now"
        " Ka90012DbrtTrdeListItem"
    )
    assert seen(found) == {
        ("ka90012", "response-field-renamed", "response.dbrt_trde_prps", BREAKING),
        ("ka90012", "response-field-renamed", "response.dbrt_trde_prps.dbrt_trde_rpy", BREAKING),
        ("ka90012", "response-length-changed", "response.dbrt_trde_list.remn_amt", DOCS),
        ("ka90012", "examples-changed", "examples", DOCS),
    }


def test_callers_are_told_the_python_names(tmp_path: Path, tree: Path) -> None:
    """A wire name that is a keyword or starts with a digit is another name in Python (`from_`, `n20ord_qty`)."""

    def plant(data: dict[str, Any]) -> None:
        data["request"].append({"name": "from", "ko": "시작월", "required": False, "length": 6})
        data["response"].append({"name": "20ord_qty", "ko": "20%주문수량", "required": False, "length": 10})

    def change(data: dict[str, Any]) -> None:
        field(data["request"], "from")["required"] = True
        data["response"] = [f for f in data["response"] if f["name"] != "20ord_qty"]
        for example in data["examples"]:
            if example["part"] == "request":
                example["body"]["from"] = "202601"

    found = {c.kind: c for c in changes(tmp_path, tree, in_api(KT10000, change), in_api(KT10000, plant))}
    assert found["request-field-required"].action == "pass `from_` on every call"
    assert found["response-field-removed"].what == "attribute `n20ord_qty` removed"
    assert found["response-field-removed"].action == "stop reading `n20ord_qty`"


def test_a_request_held_to_another_format_is_breaking(tmp_path: Path, tree: Path) -> None:
    def plant(data: dict[str, Any]) -> None:
        data["request"].append({"name": "tm", "ko": "시간", "required": False, "length": 5, "format": "HHMM"})

    found = changes(
        tmp_path,
        tree,
        in_api(KA90012, lambda d: field(d["request"], "tm").update(format="HH:MM")),
        in_api(KA90012, plant),
    )
    assert seen(found) == {("ka90012", "request-format-changed", "request.tm", BREAKING)}
    [change] = found
    assert change.what == "format HHMM -> HH:MM" and change.action == "write it as HH:MM: other values are refused"


def test_an_api_whose_id_changed_keeps_its_alias(tmp_path: Path, tree: Path) -> None:
    def renumber(root: Path) -> None:
        old = root / "domestic/frgnistt/ka10008.yaml"
        new = root / "domestic/frgnistt/ka10018.yaml"
        new.write_text(old.read_text(encoding="utf-8").replace("ka10008", "ka10018"), encoding="utf-8")
        old.unlink()

    found = changes(tmp_path, tree, renumber)
    assert seen(found) == {("ka10008", "api-id-changed", "ka10008", BREAKING)}
    [change] = found
    assert (
        "now client.frgnistt.ka10018()" in change.what and "the alias `foreign_trading_by_stock` stays" in change.what
    )
    assert "Ka10008Response are now Ka10018Request, Ka10018Response" in change.what
    assert change.surface


@pytest.mark.parametrize(("order", "kind"), [(False, "order-flag-removed"), (True, "order-flag-added")])
def test_the_order_flag_either_way_is_breaking(tmp_path: Path, tree: Path, order: bool, kind: str) -> None:
    """The order safeguards (never retried, --confirm, the MCP order tools) follow the flag."""
    api = KT10000 if not order else KA90012

    def flag(data: Any) -> None:  # an order names its look-ups, and only an order (lint)
        data["order"] = order
        if order:
            data["look_up"] = ["ka10075", "ka10076"]
        else:
            del data["look_up"]

    [change] = changes(tmp_path, tree, in_api(api, flag))
    assert (change.kind, change.severity) == (kind, BREAKING)
    assert change.action and ("--confirm" in change.what)


def test_other_look_ups_of_an_order_are_advice_to_traders(tmp_path: Path, tree: Path) -> None:
    """The TRs an order in doubt is looked up with change the errors' messages and `look_up`, no Python name."""
    [change] = changes(tmp_path, tree, in_api(KT10000, lambda d: d.update(look_up=["ka10076"])))
    assert (change.group, change.kind, change.subject, change.severity) == (
        "kt10000",
        "look-up-changed",
        "look_up",
        COMPATIBLE,
    )
    assert "ka10076 (was ka10075 / ka10076)" in change.what and "ka10076" in change.action and not change.surface


def test_units_and_scales_of_fids_as_each_type_reads_them(tmp_path: Path, tree: Path) -> None:
    """A FID's unit in the dictionary, a type's override of it, and a type's scale: each realtime type that reads
    the FID says it; a Korean name changed with the unit does not hide the unit."""
    fid_10 = text(
        "fids.yaml",
        "    ko: 현재가\n    kind: price\n    unit: KRW",
        "    ko: 현재 가격\n    kind: price\n    unit: USD",
    )
    rel = "domestic/realtime/0J-sector_index.yaml"
    fid_11 = text(
        rel,
        "            kind: decimal\n            unit: index_points\n",
        "            kind: decimal\n            unit: KRW\n            scale: 100\n",
    )

    def both(root: Path) -> None:
        fid_10(root)
        fid_11(root)

    found = seen(changes(tmp_path, tree, both))
    assert ("0A", "fid-unit-changed", "FID 10", BREAKING) in found
    assert ("0J", "fid-unit-changed", "FID 11", BREAKING) in found
    assert ("0J", "fid-scale-changed", "FID 11", BREAKING) in found
    assert ("fids", "fid-docs-changed", "FID 10", DOCS) in found


def test_an_erratum_that_changed(tmp_path: Path, tree: Path) -> None:
    def reword(data: dict[str, Any]) -> None:
        data["errata"][0]["instead"] = "something else"

    found = changes(tmp_path, tree, in_api("domestic/realtime/0A-stock_nominal_price.yaml", reword))
    assert seen(found) == {("errata", "erratum-changed", "0A-reg-example-flattened", DOCS)}
    assert found[0].what.startswith("erratum changed (instead): ")


def test_error_classes_beyond_the_guide_codes(tmp_path: Path, tree: Path) -> None:
    """errors.yaml's refusal, refinements and empty answers, and the SYSTEM notices of api.yaml, are classes and
    behaviour of kiwoom_sdk.errors as much as the guide's codes are."""

    def forms(data: dict[str, Any]) -> None:
        data["refusal"]["name"] = "Refused"
        data["refine"][0].update(name="NotOnMock", **{"class": "server"})
        data["no_data"]["patterns"] = data["no_data"]["patterns"][:1]
        coded = next(e for e in data["errors"] if e["code"] == 1501)
        coded.update(name="ApiIdAbsent", **{"class": "server"})

    def notice(data: dict[str, Any]) -> None:
        data["websocket"]["SYSTEM"]["codes"]["R10001"]["name"] = "SessionTaken"

    def both(root: Path) -> None:
        edit(root / "errors.yaml", forms)
        edit(root / "api.yaml", notice)

    found = seen(changes(tmp_path, tree, both))
    assert {
        ("errors", "error-renamed", "errors.ApiIdMissing", BREAKING),
        ("errors", "error-class-changed", "errors.ApiIdAbsent", BREAKING),
        ("errors", "error-class-renamed", "errors.RequestRefused", BREAKING),
        ("errors", "error-class-base-changed", "errors.OrderRefused", BREAKING),
        ("errors", "error-class-removed", "errors.ServiceNotOfferedOnMock", BREAKING),
        ("errors", "error-class-added", "errors.NotOnMock", COMPATIBLE),
        ("errors", "error-class-renamed", "errors.SessionTakenOver", BREAKING),
        ("errors", "no-data-narrowed", "errors.NO_DATA", BREAKING),
        ("protocol", "protocol-changed", "api.yaml websocket.SYSTEM.codes.R10001.name", COMPATIBLE),
    } <= found


def test_the_words_of_the_error_forms_are_documentation(tmp_path: Path, tree: Path) -> None:
    """A meaning, note or source of errors.yaml's refusal, refinements, embedded codes or empty answers changes
    what a reader is told, not what the package does: docs-only, and reported."""

    def reword(data: dict[str, Any]) -> None:
        data["no_data"]["meaning"] = "reworded"
        data["embedded"][0]["sources"].append({"repo": "someone/else", "path": "notes.md"})

    found = changes(tmp_path, tree, lambda root: edit(root / "errors.yaml", reword))
    assert seen(found) == {
        ("errors", "error-docs-changed", "errors.yaml no_data", DOCS),
        ("errors", "error-docs-changed", "errors.yaml embedded", DOCS),
    }


def test_the_servers_form_of_an_error_changes_the_simulator_only(tmp_path: Path, tree: Path) -> None:
    """errors.yaml `answer` (how the servers word an error: 1700 as return_code 5) changes what the simulator
    answers; the library reads either form: compatible."""

    def reform(data: dict[str, Any]) -> None:
        coded = next(e for e in data["errors"] if e["code"] == 1700)
        coded["answer"]["return_code"] = 6

    found = changes(tmp_path, tree, lambda root: edit(root / "errors.yaml", reform))
    assert seen(found) == {("errors", "error-answer-changed", "errors.ApiRateLimitExceeded", COMPATIBLE)}


def test_a_code_whose_korean_text_changed_shows_both(tmp_path: Path, tree: Path) -> None:
    def reword(data: dict[str, Any]) -> None:
        data["codes"][0]["ko"] = "바뀐 뜻"

    found = changes(tmp_path, tree, in_api("codes/trade_type.yaml", reword))
    [change] = found
    assert (change.kind, change.subject) == ("code-docs-changed", "codes.TradeType.LIMIT")
    assert change.what == "Korean text of code 0 changed: 보통 -> 바뀐 뜻"


def test_yaml_reordered_and_rewritten_is_no_change(tmp_path: Path, tree: Path) -> None:
    """Every file written again with its keys sorted (an API's `errata:` before its `id:`), its comments and
    quoting gone, and the lists whose order means nothing (code tables, error codes, errata, an API's rules)
    reversed (kinds.yaml's rules are in the order they are tried)."""
    import yaml

    def rewrite(root: Path) -> None:
        for path in root.rglob("*.yaml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            unordered = {"codes", "errors", "errata", "rules"} if "id" in data else {"codes", "errors", "errata"}
            for key in unordered & set(data):
                if isinstance(data[key], list):
                    data[key].reverse()
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=80), encoding="utf-8")

    assert changes(tmp_path, tree, rewrite) == []


def test_a_tick_grid_is_a_rule_of_order_prices(tmp_path: Path, tree: Path) -> None:
    """market.yaml's grids hold order prices before sending (rules with `grid:`); its session and holidays are the
    simulator's."""
    coarser = text(
        "market.yaml", "    - {below: 2000, tick: 1}\n    - {below: 5000, tick: 5}", "    - {below: 5000, tick: 5}"
    )
    later = text("market.yaml", 'session: {open: "09:00"', 'session: {open: "09:30"')

    def both(root: Path) -> None:
        coarser(root)
        later(root)

    assert seen(changes(tmp_path, tree, both)) == {
        ("protocol", "grid-changed", "market.yaml grids.stock", BREAKING),
        ("protocol", "market-changed", "market.yaml session", COMPATIBLE),
    }


def test_a_response_field_marked_required_is_documentation(tmp_path: Path, tree: Path) -> None:
    found = changes(tmp_path, tree, in_api(KT10000, lambda d: field(d["response"], "ord_no").update(required=True)))
    assert seen(found) == {("kt10000", "response-field-required-changed", "response.ord_no", DOCS)}


def test_websocket_messages_are_no_python_api(tmp_path: Path, tree: Path) -> None:
    """A condition search has no generated method: callers send its messages with RealtimeSession.send and read its
    answers as SystemMessage.body; its alias names the class of its answer's rows (realtime.ConditionSearchRow), so
    renaming it renames that class."""

    def change(data: dict[str, Any]) -> None:
        data["alias"] = "condition_search_standard"
        field(data["request"], "next_key")["required"] = True
        data["response"] = [f for f in data["response"] if f["name"] != "cont_yn"]
        for example in data["examples"]:
            if example["part"] == "request":
                example["body"]["next_key"] = ""
            example["body"].pop("cont_yn", None)

    found = {c.kind: c for c in changes(tmp_path, tree, in_api("domestic/websocket/ka10172.yaml", change))}
    assert [kind for kind, c in found.items() if c.surface] == ["api-renamed"]
    renamed = found["api-renamed"]
    assert renamed.severity == BREAKING
    assert renamed.action == "rename uses of `realtime.ConditionSearchRow` to `realtime.ConditionSearchStandardRow`"
    assert found["request-field-required"].severity == BREAKING
    assert found["request-field-required"].action == "pass `next_key` on every call (the CNSRREQ message)"
    assert found["response-field-removed"].what == "key of the CNSRREQ answer (SystemMessage.body) removed"


def test_the_list_of_condition_searches_names_its_entries(tmp_path: Path, tree: Path) -> None:
    """ka10171's alias names the NamedTuple of its [seq, name] arrays (realtime.ConditionSearchListEntry)."""
    found = changes(tmp_path, tree, in_api("domestic/websocket/ka10171.yaml", lambda d: d.update(alias="conditions")))
    [renamed] = [c for c in found if c.kind == "api-renamed"]
    assert renamed.severity == BREAKING and renamed.surface
    assert renamed.what.startswith(
        "answer class renamed: `realtime.ConditionSearchListEntry` -> `realtime.ConditionsEntry`"
    )


def frame_key_removed(data: dict[str, Any]) -> None:
    """A realtime frame without its `name` key (its spec and its examples)."""
    members = field(data["response"], "data")["fields"]
    members[:] = [f for f in members if f["name"] != "name"]
    for example in data["examples"]:
        for row in example["body"].get("data") or []:
            if isinstance(row, dict):
                row.pop("name", None)


def test_a_realtime_frame_is_read_by_the_session(tmp_path: Path, tree: Path) -> None:
    """The keys of a realtime frame around its FIDs are read by the hand-written session, not a generated class."""

    [change_] = [
        c
        for c in changes(tmp_path, tree, in_api("domestic/realtime/0A-stock_nominal_price.yaml", frame_key_removed))
        if c.kind != "examples-changed"
    ]
    assert (change_.kind, change_.severity, change_.surface) == ("response-field-removed", COMPATIBLE, False)
    assert change_.what == "key of the frame removed" and "generator/runtime/_session.py" in change_.action


def test_the_second_opinion_sees_types(tmp_path: Path, tree: Path) -> None:
    """griffe leaves annotations out of its breakages: a type changed alone (a response attribute, a request
    argument) is a break both opinions see, and an argument that takes more than it did (optional now) none."""
    from generator.review.apidiff import Owners, api_breakages, build_package, disagreements
    from generator.review.change import SpecDiff

    def change(root: Path) -> None:
        def integer(data: dict[str, Any]) -> None:
            code = field(data["request"], "stk_cd")
            code.update(kind="int")
            code.pop("item_code")  # an item code's kind is text's (lint) ...
            code["notes"] = "a test's: the code as a number"  # ... and a stk_cd without one says why

        edit(root / KA10081, integer)
        edit(root / KA90012, lambda d: field(d["request"], "mrkt_tp").update(required=False))

        def response(data: dict[str, Any]) -> None:
            field(field(data["response"], "dbrt_trde_prps")["fields"], "dbrt_trde_cntrcnt")["kind"] = "decimal"

        def member(data: dict[str, Any]) -> None:
            field(field(data["response"], "stk_frgnr")["fields"], "close_pric")["kind"] = "decimal"

        edit(root / "domestic/frgnistt/ka10008.yaml", member)
        edit(root / "domestic/slb/ka90012.yaml", response)

    found = changes(tmp_path, tree, change)
    for side in ("base", "head"):
        build_package(tmp_path / side, tmp_path / f"{side}-package")
    owners = Owners(linted(tmp_path / "base"), linted(tmp_path / "head"))
    breakages = api_breakages(tmp_path / "base-package", tmp_path / "head-package", owners)
    assert disagreements(SpecDiff("base", "head", found), breakages) == []
    assert {b.group for b in breakages} == {"ka10081", "ka10008", "ka90012"}
    assert {b.kind for b in breakages} == {"ATTRIBUTE_CHANGED_TYPE"}
    assert not [b for b in breakages if b.path.endswith("mrkt_tp")]


def test_the_guide_workbook_the_specs_follow(tmp_path: Path, tree: Path) -> None:
    def newer(root: Path) -> None:
        for path in root.rglob("*.yaml"):
            text = path.read_text(encoding="utf-8")
            if 'workbook: "2026-07-04"' in text:
                path.write_text(text.replace('workbook: "2026-07-04"', 'workbook: "2026-09-01"'), encoding="utf-8")

    [change] = changes(tmp_path, tree, newer)
    assert (change.kind, change.severity) == ("guide-workbook-changed", DOCS)
    assert change.what.startswith("the specs follow the guide workbook 2026-09-01 (was 2026-07-04)")


def test_the_fids_of_a_condition_search_answer(tmp_path: Path, tree: Path) -> None:
    """A condition search's rows carry FIDs that realtime.ConditionSearchRow reads typed: one gone is an attribute
    gone, one read at another scale a value divided differently."""

    def change(data: dict[str, Any]) -> None:
        listed = field(data["response"], "data")
        listed["fids"] = [ref for ref in listed["fids"] if ref["fid"] != 18]
        for example in data["examples"]:
            for row in example["body"].get("data") or []:
                if isinstance(row, dict):
                    row.pop("18", None)

    found = changes(tmp_path, tree, in_api("domestic/websocket/ka10172.yaml", change))
    assert seen(found) - {("ka10172", "examples-changed", "examples", DOCS)} == {
        ("ka10172", "answer-fid-removed", "FID 18", BREAKING)
    }
    [removed] = [c for c in found if c.kind == "answer-fid-removed"]
    assert removed.what == "FID 18 (`low_price`) no longer in the CNSRREQ answer (realtime.ConditionSearchRow)"
    assert removed.surface and removed.action == "stop reading `low_price`"

    def rescaled(data: dict[str, Any]) -> None:
        next(ref for ref in field(data["response"], "data")["fids"] if ref["fid"] == 12)["scale"] = 100

    (tmp_path / "rescaled").mkdir()
    found = changes(tmp_path / "rescaled", tree, in_api("domestic/websocket/ka10172.yaml", rescaled))
    assert seen(found) == {("ka10172", "fid-scale-changed", "FID 12", BREAKING)}


def test_a_time_that_becomes_a_clock_time_keeps_its_python_type(tmp_path: Path, tree: Path) -> None:
    """A response field whose time of all zeros reads as midnight, not None: compatible, as the same edit of a FID
    is, and not a new type for callers to read (TimeValue and ClockTimeValue are both a datetime.time), in both
    opinions."""
    from generator.review.apidiff import Owners, api_breakages, build_package, disagreements
    from generator.review.change import SpecDiff

    def clock_time(data: dict[str, Any]) -> None:
        field(field(data["response"], "cntr_infr")["fields"], "tm")["kind"] = "clock_time"

    found = changes(tmp_path, tree, in_api("domestic/stkinfo/ka10003.yaml", clock_time))
    assert [(c.kind, c.severity, c.what) for c in found] == [
        (
            "field-kind-changed",
            COMPATIBLE,
            "kind time -> clock_time, the Python type stays datetime.time | str | None",
        )
    ]
    for side in ("base", "head"):
        build_package(tmp_path / side, tmp_path / f"{side}-package")
    owners = Owners(linted(tmp_path / "base"), linted(tmp_path / "head"))
    breakages = api_breakages(tmp_path / "base-package", tmp_path / "head-package", owners)
    assert breakages == [] and disagreements(SpecDiff("base", "head", found), breakages) == []
