"""Read the official Kiwoom guide workbook (any published version) into plain data.

The workbook has one sheet per API plus an API list sheet and an error-code sheet.
Sheet names differ between versions ("kt10000" vs "주식 매수주문(kt10000)"), so every
API sheet is recognised by its "API ID" row, never by its name.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

SECTION_LABELS = ("Request", "Response", "Request Example", "Response Example")
INFO_LABELS = {
    "메뉴 위치": "menu",
    "API 명": "name_ko",
    "API ID": "id",
    "Method": "method",
    "운영 도메인": "domain",
    "모의투자 도메인": "mock_domain",
    "URL": "url",
    "Format": "format",
    "Content-Type": "content_type",
}
TABLE_HEADER = ("구분", "Element", "한글명", "Type", "Required", "Length", "Description")
_DASHES = re.compile(r"^((?:-\s*)+)")


class WorkbookError(Exception):
    """The file is not a readable guide workbook."""


@dataclass
class GuideField:
    """One Element row of a Request/Response table, with its children."""

    name: str
    ko: str
    required: bool
    length: int | None
    description: str
    guide_type: str
    row: int
    depth: int = 0
    children: list[GuideField] = field(default_factory=list)


@dataclass
class GuideBody:
    """A response body variant; most APIs have one, unnamed."""

    label: str
    fields: list[GuideField] = field(default_factory=list)


@dataclass
class GuideApi:
    id: str
    sheet: str
    name_ko: str = ""
    menu: str = ""
    method: str = ""
    domain: str = ""
    mock_domain: str = ""
    url: str = ""
    overview: str = ""
    request_headers: list[GuideField] = field(default_factory=list)
    response_headers: list[GuideField] = field(default_factory=list)
    request: list[GuideBody] = field(default_factory=list)
    response: list[GuideBody] = field(default_factory=list)
    request_example: str = ""
    response_example: str = ""


@dataclass
class GuideError:
    code: int
    message: str


@dataclass
class Guide:
    path: Path
    apis: dict[str, GuideApi]
    errors: list[GuideError]
    order: list[str]
    listed: list[str] = field(default_factory=list)  # ids on the "API 리스트" sheet


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip() if not isinstance(value, str) else value.strip()


def _length(value: Any) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


def split_element(element: str) -> tuple[int, str]:
    """'- - 9201' -> (2, '9201'); 'stk_cd' -> (0, 'stk_cd')."""
    match = _DASHES.match(element)
    if not match:
        return 0, element.strip()
    return match.group(1).count("-"), element[match.end() :].strip()


def _padded(row: tuple[Any, ...]) -> list[Any]:
    cells = list(row)
    return cells + [None] * (7 - len(cells))


def _build_tree(rows: list[GuideField]) -> list[GuideField]:
    roots: list[GuideField] = []
    stack: list[GuideField] = []
    for item in rows:
        while stack and stack[-1].depth >= item.depth:
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


def _parse_table(rows: list[tuple[int, list[Any]]]) -> tuple[list[GuideField], list[GuideBody]]:
    headers: list[GuideField] = []
    bodies: list[GuideBody] = []
    current: list[GuideField] | None = None
    part = ""
    flat: dict[int, list[GuideField]] = {}
    for number, cells in rows:
        gubun, element = _text(cells[0]), _text(cells[1])
        if gubun in ("Header", "Body"):
            part = gubun
        if not element:
            continue
        if part == "Body" and gubun == "Body" and cells[2] is None and cells[4] is None:
            bodies.append(GuideBody(label=element))
            current = None
            continue
        depth, name = split_element(element)
        item = GuideField(
            name=name,
            ko=_text(cells[2]),
            required=_text(cells[4]).upper() == "Y",
            length=_length(cells[5]),
            description=_text(cells[6]),
            guide_type=_text(cells[3]),
            row=number,
            depth=depth,
        )
        if part == "Header":
            headers.append(item)
            continue
        if not bodies:
            bodies.append(GuideBody(label=""))
        if current is None:
            current = flat.setdefault(len(bodies), [])
        current.append(item)
    for index, body in enumerate(bodies, 1):
        body.fields = _build_tree(flat.get(index, []))
    return headers, bodies


def _parse_api_sheet(sheet_name: str, rows: list[list[Any]]) -> GuideApi | None:
    info: dict[str, str] = {}
    sections: dict[str, list[tuple[int, list[Any]]]] = {}
    section = ""
    overview_next = False
    for number, cells in enumerate(rows, 1):
        first = _text(cells[0])
        if overview_next:
            info["overview"] = first
            overview_next = False
            continue
        if first == "개요":
            overview_next = True
            continue
        if first in INFO_LABELS and not section:
            info[INFO_LABELS[first]] = _text(cells[2])
            continue
        if first in SECTION_LABELS and all(c is None for c in cells[1:]):
            section = first
            sections[section] = []
            continue
        if section and tuple(_text(c) for c in cells[:7]) == TABLE_HEADER:
            continue
        if section:
            sections[section].append((number, cells))
    api_id = info.get("id", "")
    if not api_id:
        return None
    api = GuideApi(id=api_id, sheet=sheet_name)
    for key in ("name_ko", "menu", "method", "domain", "mock_domain", "url", "overview"):
        setattr(api, key, info.get(key, ""))
    api.request_headers, api.request = _parse_table(sections.get("Request", []))
    api.response_headers, api.response = _parse_table(sections.get("Response", []))
    api.request_example = _example_text(sections.get("Request Example", []))
    api.response_example = _example_text(sections.get("Response Example", []))
    return api


def _example_text(rows: list[tuple[int, list[Any]]]) -> str:
    return "\n".join(_text(cells[0]) for _, cells in rows if _text(cells[0]))


def read_guide(path: Path) -> Guide:
    """Parse a guide workbook; raise WorkbookError if it is not one."""
    if not path.is_file():
        raise WorkbookError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise WorkbookError(f"{path}: not an .xlsx workbook (expected the Kiwoom REST API guide)")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many unrelated types for corrupt files
        raise WorkbookError(f"{path}: cannot read workbook ({exc.__class__.__name__}: {exc})") from exc
    apis: dict[str, GuideApi] = {}
    order: list[str] = []
    errors: list[GuideError] = []
    listed: list[str] = []
    try:
        for sheet_name in book.sheetnames:
            rows = [_padded(r) for r in book[sheet_name].iter_rows(values_only=True)]
            header = _find_row(rows, ("No.", "API ID"))
            if header is not None:
                listed.extend(_parse_api_list(rows, header))
                continue
            header = _find_row(rows, ("No.", "오류코드"))
            if header is not None:
                errors.extend(_parse_errors(rows, header))
                continue
            api = _parse_api_sheet(sheet_name, rows)
            if api is None:
                continue
            if api.id in apis:
                raise WorkbookError(
                    f"{path}: API id {api.id} appears in two sheets ({apis[api.id].sheet}, {sheet_name})"
                )
            apis[api.id] = api
            order.append(api.id)
    finally:
        book.close()
    if not apis:
        raise WorkbookError(
            f"{path}: no API sheets found (expected sheets with an 'API ID' row, as in the Kiwoom REST API guide)"
        )
    return Guide(path=path, apis=apis, errors=errors, order=order, listed=listed)


def _find_row(rows: list[list[Any]], prefix: tuple[str, ...]) -> int | None:
    for index, cells in enumerate(rows[:6]):
        if tuple(_text(c) for c in cells[: len(prefix)]) == prefix:
            return index
    return None


def _parse_api_list(rows: list[list[Any]], header: int) -> list[str]:
    names = [_text(c) for c in rows[header]]
    ids, urls = names.index("API ID"), names.index("URL") if "URL" in names else None
    # rows without a URL link to other sheets (the error-code sheet), not to an API
    return [_text(c[ids]) for c in rows[header + 1 :] if _text(c[ids]) and (urls is None or _text(c[urls]))]


def _parse_errors(rows: list[list[Any]], header: int) -> list[GuideError]:
    out: list[GuideError] = []
    for cells in rows[header + 1 :]:
        code, message = _text(cells[1]), _text(cells[2])
        if code.isdigit():
            out.append(GuideError(code=int(code), message=message))
    return out
