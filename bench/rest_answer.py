"""A big REST answer: the simulator's ka10081 daily chart of 600 trading days, read by the SDK, against orjson alone,
a typed msgspec decode and a plain typed pydantic model of the same answer.

The anchors make the same Python values (checked before anything is timed): msgspec decodes each row into a Struct,
with its own conversions where it reads Kiwoom's forms (counts, the rate as a Decimal, the sign code as its enum)
and dec_hook where it cannot (a price with its direction sign, a signed change written "+50", a YYYYMMDD date);
the pydantic model is what a user writes without the SDK (int prices, no direction; the date through one
BeforeValidator). The SDK reads an answer's rows when they are first used, so two figures: the parse alone (what a
call costs: `Core.incoming`, from bytes to the typed response), and the parse with every typed field of every row
read (what a user who stores the rows pays; the anchors' fields are read too). A floor beside them: orjson.loads,
then the cheapest straight-line Python that makes the SDK's values of each row (no check, no fallback; checked
equal to the SDK's on this answer), the least that a reader of every field into these objects can cost, and so the
most any such reader can gain on the pydantic model.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import msgspec
import orjson
from pydantic import BaseModel, BeforeValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

from kiwoom_sdk import codes, frames, merged  # noqa: E402
from kiwoom_sdk._core import Config, Core  # noqa: E402
from kiwoom_sdk._endpoints import HOSTS, KA10081  # noqa: E402
from kiwoom_sdk._values import _PRICE_BY_FIRST, Price, _new_int, forget, to_date, to_price  # noqa: E402
from kiwoom_sdk.sim import Simulator  # noqa: E402

from .timing import interleaved  # noqa: E402

ROWS = 600
PAGES = 10  # of a merged chart read into one frame
REQUEST = {"stk_cd": "005930", "base_dt": "20260223", "upd_stkpc_tp": "1"}
LIST = "stk_dt_pole_chart_qry"


class _Ymd(datetime.date):
    """A YYYYMMDD date (msgspec reads only ISO dates)."""


class _Signed(int):
    """A count with an explicit sign, "+50" (msgspec reads "-50" but not "+50")."""


class _Row(msgspec.Struct):
    cur_prc: Price
    trde_qty: int
    trde_prica: int
    dt: _Ymd
    open_pric: Price
    high_pric: Price
    low_pric: Price
    pred_pre: _Signed
    pred_pre_sig: codes.PriceChangeSign
    trde_tern_rt: Decimal


FIELDS = _Row.__struct_fields__  # the answer's row fields, in its order


class _Answer(msgspec.Struct):
    stk_cd: str
    stk_dt_pole_chart_qry: list[_Row]
    return_code: int
    return_msg: str


def _hook(kind: type, raw: Any) -> Any:
    if kind is Price:
        return to_price(raw)
    if kind is _Ymd:
        return _Ymd(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    if kind is _Signed:
        return _Signed(raw)
    raise NotImplementedError(kind)


class _PlainRow(BaseModel):
    cur_prc: int
    trde_qty: int
    trde_prica: int
    dt: Annotated[datetime.date, BeforeValidator(lambda raw: f"{raw[:4]}-{raw[4:6]}-{raw[6:]}")]
    open_pric: int
    high_pric: int
    low_pric: int
    pred_pre: int
    pred_pre_sig: codes.PriceChangeSign
    trde_tern_rt: Decimal


class _PlainAnswer(BaseModel):
    stk_cd: str
    stk_dt_pole_chart_qry: list[_PlainRow]
    return_code: int
    return_msg: str


def chart_answer() -> bytes:
    """The simulator's answer to a daily chart of ROWS trading days, as bytes on the wire."""
    return orjson.dumps(Simulator(seed=1).answer("ka10081", REQUEST, rows=ROWS))


def _rows(answer: Any) -> list[Any]:
    rows: list[Any] = getattr(answer, LIST)
    return rows


def _every_field(answer: Any) -> list[tuple[Any, ...]]:
    return [tuple(getattr(row, name) for name in FIELDS) for row in _rows(answer)]


def _check(ours: list[tuple[Any, ...]], theirs: list[tuple[Any, ...]], typed: bool, anchor: str) -> None:
    """The anchor's values are the SDK's: equal, and for a typed anchor of the same types (a Price's direction too)."""
    for mine, other in zip(ours, theirs, strict=True):
        for name, a, b in zip(FIELDS, mine, other, strict=True):
            same_type = not typed or isinstance(b, type(a)) or isinstance(a, type(b))
            directed = not typed or getattr(a, "direction", None) == getattr(b, "direction", None)
            if a != b or not same_type or not directed:
                raise AssertionError(f"{anchor} reads {name} as {b!r}, the SDK as {a!r}")


_SIGN_CODES = {member.value: member for member in codes.PriceChangeSign}


def _floor_row(v: dict[str, str]) -> tuple[Any, ...]:
    """A row's values in FIELDS' order, made the cheapest way for the shapes of this answer ("25400", "+50", "+11.71")."""
    return (
        _new_int(_PRICE_BY_FIRST[(r := v["cur_prc"])[0]], r.lstrip("+-")),
        int(v["trde_qty"]),
        int(v["trde_prica"]),
        to_date(v["dt"]),  # remembers: a look-up, as for the SDK
        _new_int(_PRICE_BY_FIRST[(r := v["open_pric"])[0]], r.lstrip("+-")),
        _new_int(_PRICE_BY_FIRST[(r := v["high_pric"])[0]], r.lstrip("+-")),
        _new_int(_PRICE_BY_FIRST[(r := v["low_pric"])[0]], r.lstrip("+-")),
        int(v["pred_pre"]),
        _SIGN_CODES[v["pred_pre_sig"]],
        Decimal(v["trde_tern_rt"]),
    )


def _floor(body: bytes) -> list[tuple[Any, ...]]:
    return [_floor_row(row) for row in orjson.loads(body)[LIST]]


def _by_value(answer: Any) -> Any:
    """The frame to_polars makes of the answer's rows, made of their typed values one by one (its way for rows that
    are no longer as their answer made them)."""
    rows = _rows(answer)
    return frames._polars_by_value(type(rows[0]), rows, "decimal", "value", False, "raise")


def fresh(work: Callable[[], Any]) -> Callable[[], Any]:
    """The work with nothing remembered from an earlier round (the converters remember dates and codes they
    read): what a new answer costs."""

    def run() -> Any:
        forget()
        return work()

    return run


def run() -> list[str]:
    body = chart_answer()
    core = Core(Config.create("key", "secret", "mock", None, None, 10.0, HOSTS))
    decoder = msgspec.json.Decoder(_Answer, strict=False, dec_hook=_hook)
    ours: Callable[[], Any] = lambda: core.incoming(KA10081, 200, {}, body)  # noqa: E731
    _check(_every_field(ours()), _every_field(decoder.decode(body)), True, "msgspec")
    _check(_every_field(ours()), _every_field(_PlainAnswer.model_validate_json(body)), False, "pydantic")
    _check(_every_field(ours()), _floor(body), True, "the floor")
    _check(_every_field(ours()), ours().to_polars().select(FIELDS).rows(), False, "to_polars")
    _check(_every_field(ours()), _by_value(ours()).select(FIELDS).rows(), False, "to_polars by value")
    pages: Callable[[], Any] = lambda: merged([ours() for _ in range(PAGES)])  # noqa: E731
    times = interleaved(
        {
            "orjson": lambda: orjson.loads(body),
            "ours": fresh(ours),
            "msgspec": lambda: decoder.decode(body),
            "pydantic": lambda: _PlainAnswer.model_validate_json(body),
            "ours, every field": fresh(lambda: _every_field(ours())),
            "msgspec, every field": lambda: _every_field(decoder.decode(body)),
            "pydantic, every field": lambda: _every_field(_PlainAnswer.model_validate_json(body)),
            "floor": fresh(lambda: _floor(body)),
            "ours, to_polars": fresh(lambda: ours().to_polars()),
            "ours, to_polars by value": fresh(lambda: _by_value(ours())),
            "ours, pages to_polars": fresh(lambda: pages().to_polars()),
        },
        number=2,
    )
    lines = [
        f"REST answer: ka10081 daily chart, {ROWS} rows ({len(body) / 1024:.0f} KiB), same values checked "
        "(best of 15 interleaved rounds; lower is better)"
    ]
    against_pydantic = {
        "": "target >= 2",
        ", every field": "no target: the goal is the parse, after which a row's fields are typed on first use; a "
        "read of every field into these objects is bounded by the floor below",
    }
    for label, suffix in (("parse", ""), ("parse + read every typed field", ", every field")):
        mine = times["ours" + suffix]
        lines.append(
            f"  {label}: {mine * 1e3:.2f} ms; orjson.loads {times['orjson'] * 1e3:.2f} ms -> ratio "
            f"{mine / times['orjson']:.2f}; typed msgspec {times['msgspec' + suffix] * 1e3:.2f} ms -> ratio "
            f"{mine / times['msgspec' + suffix]:.2f} (target <= 2); plain pydantic "
            f"{times['pydantic' + suffix] * 1e3:.2f} ms -> {times['pydantic' + suffix] / mine:.2f}x faster "
            f"({against_pydantic[suffix]})"
        )
    floor, pydantic = times["floor"], times["pydantic, every field"]
    lines.append(
        f"  floor: orjson.loads + straight-line values {floor * 1e3:.2f} ms vs parse + read every typed field "
        f"{times['ours, every field'] * 1e3:.2f} ms -> ratio {floor / times['ours, every field']:.2f} (the least a read "
        f"of every field into these objects can cost); plain pydantic / floor {pydantic / floor:.2f} (the most any such "
        "reader can gain on it: the plain model makes plain ints and no directions, in Rust)"
    )
    frame, pages_frame = times["ours, to_polars"], times["ours, pages to_polars"] / PAGES
    lines.append(
        f"  parse + to_polars() (every typed field into columns): {frame * 1e3:.2f} ms; {PAGES} pages merged, a page: "
        f"{pages_frame * 1e3:.2f} ms; plain pydantic, every field {pydantic * 1e3:.2f} ms -> {pydantic / frame:.2f}x "
        f"and {pydantic / pages_frame:.2f}x faster (no target: the columnar read of a response's rows); the same frame "
        f"made of the rows' typed values {times['ours, to_polars by value'] * 1e3:.2f} ms -> "
        f"{times['ours, to_polars by value'] / frame:.2f}x slower"
    )
    return lines


if __name__ == "__main__":
    for printed in run():
        print(printed)
