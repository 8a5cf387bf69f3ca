"""Rendering results: a JSON envelope, JSON lines, CSV, or rich tables for people.

`data` is a response body as JSON (typed values rendered by the models: numbers as numbers, decimals as strings,
dates as ISO text); its list fields are its rows.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import IO, Any, TextIO

from ._catalog import FieldSpec, account_fields


def default_format(stream: TextIO | None = None) -> str:
    """A table on a terminal, JSON when piped."""
    return "table" if (stream or sys.stdout).isatty() else "json"


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _writes(out: IO[str], text: str) -> bool:
    """Whether `out` can write `text` in its encoding (an ASCII locale or a legacy console cannot write Korean)."""
    try:
        text.encode(getattr(out, "encoding", None) or "utf-8")
    except UnicodeEncodeError:
        return False
    except LookupError:  # an encoding Python does not know: the stream will say so itself
        return True
    return True


def json_line(value: Any, out: IO[str]) -> str:
    """`value` as one line of JSON for `out`: its text as it is where `out` can write it, else every character beyond
    ASCII as a JSON escape (the same value for a reader of the JSON, never a lossy replacement)."""
    text = dumps(value)
    return (text if _writes(out, text) else json.dumps(value, default=str)) + "\n"


def shown(text: str, out: IO[str]) -> str:
    """`text` as `out` can write it: each character its encoding lacks as a backslash escape (`\\uc885`), as the
    command's streams write any other text (`_app.escaping_streams`); for what measures text before writing it (a
    table)."""
    if _writes(out, text):
        return text
    encoding = getattr(out, "encoding", None) or "utf-8"
    return text.encode(encoding, "backslashreplace").decode(encoding)


def page_data(pages: list[Any]) -> dict[str, Any]:
    """The body of the first page with the list fields of every page concatenated, as JSON (typed values)."""
    first = pages[0].model_dump(mode="json", by_alias=True, exclude={"return_code", "return_msg"})
    for page in pages[1:]:
        for name, value in page.model_dump(mode="json", by_alias=True).items():
            if isinstance(value, list) and isinstance(first.get(name), list):
                first[name] = first[name] + value
    return dict(first)


def lists(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The list fields of a response body (name -> rows)."""
    return {
        name: value
        for name, value in data.items()
        if isinstance(value, list) and all(isinstance(row, dict) for row in value)
    }


def scalars(data: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in data.items() if name not in lists(data)}


def rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a response for jsonl / csv: the rows of its one list field; with several list fields each row
    names its list in `_list`; without any, the body itself as one row."""
    found = lists(data)
    if not found:
        return [data]
    if len(found) == 1:
        return next(iter(found.values()))
    return [{"_list": name, **row} for name, items in found.items() for row in items]


def write_jsonl(data: dict[str, Any], out: TextIO) -> None:
    for row in rows(data):
        out.write(json_line(row, out))


def write_csv(data: dict[str, Any], out: TextIO) -> None:
    found = rows(data)
    columns = list(dict.fromkeys(key for row in found for key in row if not isinstance(row[key], list | dict)))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in found:
        writer.writerow({key: _cell(row.get(key)) for key in columns})
    out.write(buffer.getvalue())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    return str(value)


def _korean(fields: list[FieldSpec]) -> dict[str, str]:
    return {f["name"]: f.get("ko", "") for f in fields}


def write_table(data: dict[str, Any], response: list[FieldSpec], out: TextIO, title: str = "") -> None:
    """The scalar fields as one table (field, Korean name, value), each list field as a table of its rows."""
    from rich.console import Console
    from rich.table import Table

    class Piped(Console):
        def on_broken_pipe(self) -> None:  # rich's own exits 1 (a bug, by EXIT_CODES): the command's rule applies
            raise BrokenPipeError()

    console = Piped(file=out, soft_wrap=False)
    names = _korean(response)
    single = scalars(data)

    def fit(text: str) -> str:
        return shown(text, out)  # escaped before rich measures it, so that its columns stay aligned

    if single:
        table = Table(title=fit(title) or None, show_header=True)
        for column in ("field", "이름", "value"):
            table.add_column(fit(column))
        for name, value in single.items():
            table.add_row(fit(name), fit(names.get(name, "")), fit(_cell(value)))
        console.print(table)
    members = {f["name"]: _korean(f.get("fields", [])) for f in response}
    for name, items in lists(data).items():
        table = Table(title=fit(f"{name} {names.get(name, '')} ({len(items)} rows)"))
        columns = list(dict.fromkeys(key for row in items for key in row))
        for column in columns:
            korean = members.get(name, {}).get(column, "")
            table.add_column(fit(f"{column}\n{korean}" if korean else column), overflow="fold")
        for row in items:
            table.add_row(*(fit(_cell(row.get(column))) for column in columns))
        console.print(table)


def write_result(output: str, envelope: dict[str, Any], response: list[FieldSpec], title: str) -> None:
    """A command's result on stdout in the chosen format: the JSON envelope as one line, else the envelope's `data`
    as JSON lines, CSV or tables (`response`: its fields, for their Korean names)."""
    data = envelope["data"]
    if output == "json":
        sys.stdout.write(json_line(envelope, sys.stdout))
    elif output == "jsonl":
        write_jsonl(data, sys.stdout)
    elif output == "csv":
        write_csv(data, sys.stdout)
    else:
        write_table(data, response, sys.stdout, title)


def event_row(event: Any) -> dict[str, Any]:
    """A realtime event as plain JSON: its type, name and item, the entry's other members as sent (`extra`: a US
    entry's stexTp), every listed FID as a typed value by attribute name (prices and counts as numbers, rates as
    decimal strings, times as ISO text), and, when there are any, the FIDs the spec does not list as sent, by FID
    number (`unknown_values`: every FID of a type the spec lacks)."""
    values = json.loads(dumps(event.as_dict()))
    extra = json.loads(dumps(dict(event.extra))) if event.extra else {}
    row = {"type": event.type, "name": event.name, "item": event.item, **extra, "values": values}
    unknown = event.unknown_values
    if unknown:
        row["unknown_values"] = json.loads(dumps(unknown))
    return row


def answer_row(row: Any) -> dict[str, Any]:
    """A row of a WebSocket answer keyed by FID number (`realtime.AnswerRow`: a condition search's item) as plain
    JSON, flat for a table or CSV: `code` (the item code without its market letter) when the row has one, every
    listed FID as a typed value by attribute name (as `event_row` renders them; a value the converter cannot read
    stays the string sent), then whatever the spec does not list, as sent, by its key (FID number)."""
    code = {"code": row.code} if hasattr(row, "code") else {}
    typed = json.loads(dumps(row.as_dict()))
    unknown = json.loads(dumps(row.unknown_values))
    return {**code, **typed, **{key: value for key, value in unknown.items() if key not in typed}}


def mask(value: Any) -> Any:
    """An account number with all but its first two and last two characters hidden."""
    text = str(value)
    if len(text) <= 4:
        return "*" * len(text)
    return text[:2] + "*" * (len(text) - 4) + text[-2:]


def masked(data: Any) -> Any:
    """A copy of a response body with every account number masked (at any depth)."""
    return _masked(data, account_fields())


def _masked(data: Any, accounts: frozenset[str]) -> Any:
    if isinstance(data, dict):
        return {
            key: mask(value) if key in accounts and isinstance(value, str | int) and value else _masked(value, accounts)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_masked(item, accounts) for item in data]
    return data
