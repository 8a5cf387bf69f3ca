"""Turn a guide Description cell into structure: code table, unit, number format, constant.

The guide writes everything a value means into one free-text cell ("단위: 원, 좌측 0-padding
처리된 부호 포함 12자리 숫자", "0:보통 , 3:시장가", "CNSRLST 고정값"). The importer uses this
module once, when a field first appears; what it extracts is then kept (and curated) in the spec.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..spec.model import ValueFormat

UNITS = {
    "원": "KRW",
    "1주": "shares",
    "주": "shares",
    "%": "percent",
    "USD": "USD",
    "백만원": "KRW_million",
    "100주": "hundred_shares",
    "1000주": "thousand_shares",
    "1000주(천주)": "thousand_shares",
    "천주": "thousand_shares",
    "지수": "index_points",
    "종목수": "items",
    "억원": "KRW_100million",
    "천USD": "thousand_USD",
    "천원": "KRW_thousand",
    "천만": "KRW_10million",
    "계약": "contracts",
    "건": "count",
    "달러": "USD",
}
FORMATS = {
    "YYYYMMDDHHMMSS": "YYYYMMDDHHMMSS",
    "YYYYMMDD": "YYYYMMDD",
    "YYYYMM": "YYYYMM",
    "YYYY": "YYYY",
    "HHMMSS": "HHMMSS",
    "HH:MM:SS": "HH:MM:SS",
    "HHMM": "HHMM",
    "HH:MM": "HH:MM",
}
_ORDINALS = {"첫째": 1, "둘째": 2, "셋째": 3, "넷째": 4, "다섯째": 5, "여섯째": 6}
_UNIT = re.compile(r"단위\s*:\s*([^,\n|()]+?)\s*(?:,|$|\n|\()")
_PADDED = re.compile(r"0-padding 처리된[^\d]*(\d+)자리")
_DECIMALS = re.compile(r"소수점\s*(첫째|둘째|셋째|넷째|다섯째|여섯째)\s*자리")
_SCALE = re.compile(r"소수점 제거\s*된\s*(\d+)배")
_CONST = re.compile(r"^([A-Z][A-Z0-9_]*)\s*고정값$")
# one "code:label" pair; codes are short tokens (digits, letters, %, +, -)
_PAIR = re.compile(r"^\s*([0-9A-Za-z%+\-]{1,12})\s*[:;]\s*(.+?)\s*$")
_BARE = re.compile(r"^\s*[A-Z]{1,5}\s*$")
_SEPARATORS = re.compile(r"\s*(?:,|\n|/(?=\s*[0-9A-Za-z%]{1,12}\s*:))\s*")


@dataclass
class Described(ValueFormat):
    codes: list[tuple[str, str]] = field(default_factory=list)
    leftover: str = ""


def parse_codes(text: str) -> list[tuple[str, str]]:
    """'0:보통 , 3:시장가' -> [('0', '보통'), ('3', '시장가')]; [] unless the text is a code table."""
    lines = [line.strip().rstrip(",").strip() for line in text.splitlines() if line.strip()]
    if len(lines) >= 2 and all(_PAIR.match(line) for line in lines):
        by_line = [(m.group(1), m.group(2).strip()) for m in map(_PAIR.match, lines) if m]
        if len({code for code, _ in by_line}) == len(by_line):
            return by_line
    body = re.sub(r"\s+", " ", text.replace("\n", ",")).strip()
    body = re.sub(r"(\d)\.(?=\S)", r"\1:", body) if re.search(r"\d:\S", body) else body
    body = re.sub(r"(?<=[^\s,])\s+(?=[0-9A-Za-z%]{1,5}\s*:)", ",", body)
    pairs: list[tuple[str, str]] = []
    for part in _SEPARATORS.split(body):
        if not part:
            continue
        match = _PAIR.match(part)
        if match:
            code, label = match.group(1), match.group(2).strip()
        elif _BARE.match(part):
            code = label = part.strip()
        else:
            return []
        if not label or any(code == c for c, _ in pairs):
            return []
        pairs.append((code, label))
    labelled = [c for c, label in pairs if c != label]
    return pairs if labelled or len(pairs) >= 2 else []


def describe(text: str) -> Described:
    out = Described()
    if not text:
        return out
    flat = " ".join(text.split())
    consumed = False
    if match := _UNIT.search(flat + ","):
        # a unit is a token of kinds.yaml; wording that names none ("억원 혹은 1000주": it depends on a
        # request switch) is left for a curator, who writes `unit_by`
        unit = match.group(1).strip()
        out.unit = UNITS.get(unit) or UNITS.get(unit.split()[0].rstrip("※"))
        consumed = True
    if "부호" in flat:
        out.signed = True
        consumed = True
    if match := _PADDED.search(flat):
        out.digits = int(match.group(1))
    if match := _DECIMALS.search(flat):
        out.decimals = _ORDINALS[match.group(1)]
    if match := _SCALE.search(flat):
        out.scale = int(match.group(1))
    upper = flat.upper()
    for token, fmt in FORMATS.items():
        if re.search(rf"(?<![A-Z]){re.escape(token)}(?![A-Z:])", upper):
            out.format = fmt
            consumed = True
            break
    if match := _CONST.match(flat):
        out.const = match.group(1)
        consumed = True
    codes = parse_codes(text)
    if codes:
        out.codes = codes
        consumed = True
    if not consumed and out.digits is None and out.decimals is None and out.scale is None:
        out.leftover = flat
    return out
