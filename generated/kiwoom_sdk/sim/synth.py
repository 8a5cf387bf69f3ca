"""Values that look like Kiwoom's, by value kind: zero-padded integers, signed prices, rates,
dates and times, codes from the field's table. Deterministic for a given random generator."""

from __future__ import annotations

import datetime
import random
from typing import Any

BASE_DATE = datetime.date(2026, 2, 23)  # a fixed trading day keeps answers reproducible
US_HOURS = (22, 23, 0, 1, 2, 3, 4, 5)  # of a US regular session in KST (22:30-05:00 in summer, 23:30-06:00 in winter)


def value(field: dict[str, Any], rng: random.Random, row: int = 0, *, padded: bool = True) -> str:
    """One value for a field of the catalog (name, kind, length, codes, ...); numbers zero-padded to the field's
    length when `padded` (account TRs such as kt00018 pad, quotes and charts do not). A value never exceeds the
    field's length."""
    if "const" in field:
        return str(field["const"])
    codes = field.get("codes")
    if codes:
        return str(rng.choice(codes))
    limit = int(field.get("length") or 0)
    text = _value(field, rng, row, limit if padded else 0)
    return text if not limit or len(text) <= limit else _shortened(field["kind"], text, rng, limit)


def _value(field: dict[str, Any], rng: random.Random, row: int, length: int) -> str:
    kind = field["kind"]
    if kind == "int":
        return _padded(rng.randint(0, 10**6), length)
    if kind == "signed_int":
        return _signed(rng.randint(-5000, 5000), length)
    if kind == "price":
        price = rng.randint(1000, 200000)
        if field.get("decimals"):
            return f"{rng.choice('+-')}{price / 100:.{field['decimals']}f}"
        return f"{rng.choice(('+', '-', ''))}{price}"
    if kind in ("decimal", "rate", "directed_rate"):
        if field.get("scale"):
            return _padded(rng.randint(0, 10**5), length)
        places = field.get("decimals") or 2
        return f"{rng.uniform(-30, 30):+.{places}f}"
    if kind == "date":
        return (BASE_DATE - datetime.timedelta(days=row)).strftime("%Y%m%d")
    if kind == "time":
        return f"{rng.randint(9, 15):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    if kind == "clock_time":  # a US event's time in KST: the session runs over midnight, which is 000000
        return f"{rng.choice(US_HOURS):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    if kind == "datetime":
        return BASE_DATE.strftime("%Y%m%d") + f"{rng.randint(9, 15):02d}{rng.randint(0, 59):02d}00"
    if kind == "flag":
        return rng.choice(("Y", "N"))
    return _text(field, rng)


def _shortened(kind: str, text: str, rng: random.Random, limit: int) -> str:
    """A value of the kind in `limit` characters: a smaller number with the same sign (without its decimals
    when they do not fit), or the text cut short."""
    if kind not in ("int", "signed_int", "price", "decimal", "rate", "directed_rate"):
        return text[:limit]
    sign = text[:1] if text[:1] in "+-" else ""
    digits = max(limit - len(sign), 1)
    places = len(text.partition(".")[2])
    if places and digits >= places + 2:
        whole = digits - places - 1
        return f"{sign}{rng.randint(0, 10**whole - 1)}.{rng.randint(0, 10**places - 1):0{places}d}"
    return f"{sign}{rng.randint(0, 10**digits - 1)}"[:limit]


def _padded(number: int, length: int) -> str:
    return str(number).zfill(min(length, 15)) if length else str(number)


def _signed(number: int, length: int) -> str:
    sign = "-" if number < 0 else "+"
    digits = str(abs(number))
    return sign + (digits.zfill(min(length, 15) - 1) if length > 1 else digits)


def _text(field: dict[str, Any], rng: random.Random) -> str:
    name = field["name"]
    if name.endswith("stk_cd") or name == "stk_cd":
        return rng.choice(("005930", "000660", "035420", "035720", "005380"))
    if name.endswith("stex_tp"):
        return "KRX"
    if name.endswith("stk_nm"):
        return rng.choice(("삼성전자", "SK하이닉스", "NAVER", "카카오", "현대차"))
    return f"{name[:4].upper()}{rng.randint(0, 9999):04d}"


def body(fields: list[dict[str, Any]], rng: random.Random, rows: int = 5, *, padded: bool = True) -> dict[str, Any]:
    """A whole response body: every field, lists with `rows` members, objects nested."""
    out: dict[str, Any] = {}
    for field in fields:
        if field["kind"] == "list":
            out[field["name"]] = [
                {member["name"]: _nested(member, rng, row, padded) for member in field.get("fields", [])}
                for row in range(rows)
            ]
        elif field["kind"] == "object":
            out[field["name"]] = body(field.get("fields", []), rng, rows, padded=padded)
        else:
            out[field["name"]] = value(field, rng, padded=padded)
    return out


def _nested(field: dict[str, Any], rng: random.Random, row: int, padded: bool) -> Any:
    if field["kind"] in ("list", "object"):
        return body([field], rng, 2, padded=padded)[field["name"]]
    return value(field, rng, row, padded=padded)


def fid_value(
    kind: str, codes: list[str] | None, rng: random.Random, price: int | None = None, scale: int | None = None
) -> str:
    """A realtime FID value of a kind, around `price` for prices when one is given; with a scale, a number written
    without its point (as the spec's scale says the FID comes)."""
    if codes:
        return str(rng.choice(codes))
    if kind == "price" and not scale:
        base = price if price is not None else rng.randint(1000, 200000)
        return f"{rng.choice(('+', '-'))}{base}"
    return value({"name": "", "kind": kind, "scale": scale}, rng)


def replace(body: dict[str, Any], fields: list[dict[str, Any]], paths: list[str], rng: random.Random) -> None:
    """Give the values at `paths` (`name`, or `rows[].name` in every row of a list) values of their field."""
    by_name = {f["name"]: f for f in fields}
    for path in paths:
        head, _, rest = path.partition("[].")
        field = by_name.get(head)
        if field is None:
            continue
        if not rest:
            if head in body:
                body[head] = value(field, rng)
            continue
        for row in body.get(head) or []:
            if isinstance(row, dict):
                replace(row, field.get("fields", []), [rest], rng)
