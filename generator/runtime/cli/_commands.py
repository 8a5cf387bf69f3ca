"""What the commands do, once click has parsed them: a TR's call, the catalog's describe and search, the credentials
profiles (`kiwoom stream` and `kiwoom conditions`: `_realtime_commands`)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import click

from ._catalog import Api, describe_lines, find, search, unknown
from ._errors import DECLINED, USAGE, CliFailure
from ._interrupts import OrderOutcome
from ._output import default_format, json_line, page_data, write_csv, write_jsonl, write_result

if TYPE_CHECKING:
    from ._settings import Target


def _format(given: str | None) -> str:
    return given or default_format()


def _emit(envelope: dict[str, Any]) -> None:
    sys.stdout.write(json_line(envelope, sys.stdout))


def call_tr(api: Api, params: dict[str, Any], common: dict[str, Any]) -> None:
    """Validate, preview or confirm an order, call (every page if asked), print the result in the chosen format."""
    from .._endpoints import ENDPOINTS
    from .._exceptions import KiwoomError
    from ._app import fail
    from ._call_journal import kept_until_told, order_journal, record, tell_untold
    from ._settings import command_client, target

    output = _format(common.get("format_"))
    order = bool(api["order"])
    outcome = OrderOutcome(api["id"])
    try:
        body = ENDPOINTS[api["id"]].validate(params)  # refused here, before any credentials are looked for
        where = target(common)
        where.check_served(api["id"], body)
        if order and not common.get("confirm"):
            _preview(api, body, where, output)
            return
        kept: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
        if order:  # told of the orders a killed command left untold, and journaled until its outcome is written
            journal = order_journal(where)
            tell_untold(journal, output == "json")
        asked = order and where.env == "real" and not common.get("yes")
        if asked:
            _ask_real_order(api, body, where)
        if order:
            kept = kept_until_told(record(journal, api["id"], body), outcome)
        with kept, command_client(where, common, outcome.hook if order else None) as client:
            if order and not asked:  # the prompt said where; --yes and mock orders say it here
                sys.stderr.write(f"kiwoom: sending {api['id']} to {where.said()}\n")
            with outcome.kept() if order else contextlib.nullcontext():  # until the outcome is written
                try:
                    try:
                        pages = _pages(client, api, params, common)
                    finally:
                        outcome.settle()  # the call is over: a signal now waits for its outcome to be written
                except KiwoomError as error:
                    _explain_doubt(client, error)
                    fail(error, output == "json", order)
                except KeyboardInterrupt as interrupted:
                    unknown = _interrupted_order(client, interrupted)
                    _explain_doubt(client, unknown)
                    fail(unknown, output == "json", order)
                _print_result(api, pages, where, output, order)
    except (KiwoomError, CliFailure) as error:
        fail(error, output == "json", order)


def _preview(api: Api, body: dict[str, Any], where: Target, output: str) -> None:
    message = f"preview only: nothing was sent; add --confirm to send this {where.env} order to {where.base_url}"
    if output == "json":
        _emit(
            {
                "ok": True,
                "sent": False,
                "api_id": api["id"],
                "env": where.env,
                "base_url": where.base_url,
                "request": body,
                "message": message,
            }
        )
        return
    sys.stdout.write(f"{api['id']} {api['name_ko']} ({api['name_en']}) on {where.said()}:\n")
    for name, value in body.items():
        sys.stdout.write(f"  {name} = {value}\n")
    sys.stderr.write(f"kiwoom: {message}\n")


def _ask_real_order(api: Api, body: dict[str, Any], where: Target) -> None:
    shown = ", ".join(f"{name}={value}" for name, value in body.items())
    if not sys.stdin.isatty():
        raise CliFailure(
            "a real order needs --yes when there is no terminal to ask; nothing was sent", DECLINED, "Declined"
        )
    with contextlib.redirect_stdout(sys.stderr):  # older clicks hand input() a bit of the prompt: not on stdout
        agreed = click.confirm(f"send this REAL order to {where.host()}? {api['id']} {shown}", err=True, default=False)
    if not agreed:
        raise CliFailure("the real order was not confirmed; nothing was sent", DECLINED, "Declined")


def _interrupted_order(client: Any, interrupted: KeyboardInterrupt) -> Exception:
    """An interrupt (Ctrl-C, a wrapper's SIGINT or SIGTERM) after the order may have left is an order in doubt (exit
    7, its record in the envelope), not a bare interrupt; one before is raised as it is (exit 130: nothing was
    sent)."""
    from .._exceptions import OrderStateUnknown

    if not client.orders_in_doubt:
        raise interrupted
    record = client.orders_in_doubt[-1]
    unknown = OrderStateUnknown(record.api_id, f"interrupted: {record.why}", look_up=record.look_up)
    unknown.record = record
    return unknown


def _explain_doubt(client: Any, error: Exception) -> None:
    """Each order in doubt on stderr: what was sent, and the `kiwoom call`s of the TRs that show whether it stands
    (its spec's look_up)."""
    from .._endpoints import ENDPOINTS
    from .._exceptions import OrderStateUnknown

    if isinstance(error, OrderStateUnknown):
        for doubt in client.orders_in_doubt:
            sys.stderr.write(f"kiwoom: order in doubt: {doubt.api_id} {doubt.request} ({doubt.why})\n")
            calls = " and ".join(f"`kiwoom call {i}` ({ENDPOINTS[i].name_en})" for i in doubt.look_up)
            sys.stderr.write(f"kiwoom: look {doubt.api_id} up with {calls} before sending it again\n")


def _pages(client: Any, api: Api, params: dict[str, Any], common: dict[str, Any]) -> list[Any]:
    """Every page asked for through `client.call`: one, or (--all-pages / --max-pages) until cont-yn is no longer Y
    or the cap, with a progress line on stderr while they are read."""
    import functools

    limit = common.get("max_pages")
    if not (common.get("all_pages") or limit is not None):
        return [client.call(api["id"], params)]
    pages = []
    with _page_progress(api, limit) as advance:
        for page in client.pages(functools.partial(client.call, api["id"], params), max_pages=limit):
            pages.append(page)
            advance(len(pages))
    return pages


@contextlib.contextmanager
def _page_progress(api: Api, limit: int | None) -> Iterator[Callable[[int], None]]:
    """A rich progress line on stderr (the pages read, the time taken), gone when the pages are read; only when
    stderr is a terminal: piped or redirected, the command writes nothing there but its messages."""
    if not sys.stderr.isatty():
        yield lambda count: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    of = f" of at most {limit}" if limit else ""
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} pages" + of),
    )
    with Progress(*columns, TimeElapsedColumn(), console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(f"{api['id']} {api['name_ko']}", total=limit)
        yield lambda count: progress.update(task, completed=count)


def _print_result(api: Api, pages: list[Any], where: Target, output: str, order: bool) -> None:
    """The result on stdout; a placed order's whose stdout's reader is gone goes to stderr as its JSON envelope, on
    one line (its order number is not lost with the output), and the pipe's exit status follows."""
    envelope = _result_envelope(api, pages, where)
    try:
        write_result(output, envelope, api["response"], f"{api['id']} {api['name_ko']} ({len(pages)} page(s))")
        if order:
            sys.stdout.flush()
    except BrokenPipeError:
        if order:
            sys.stderr.write(f"kiwoom: stdout is closed: {api['id']} was answered: {json_line(envelope, sys.stderr)}")
        raise


def _result_envelope(api: Api, pages: list[Any], where: Target) -> dict[str, Any]:
    last = pages[-1]
    envelope = {
        "ok": True,
        "api_id": api["id"],
        "name_ko": api["name_ko"],
        "env": where.env,
        "base_url": where.base_url,
        "sent": True,
        "pages": len(pages),
        "cont_yn": last.cont_yn,
        "next_key": last.next_key,
        "return_msg": pages[0].return_msg,
        "data": page_data(pages),
    }
    return envelope


def describe_api(api_id: str, given: str | None) -> None:
    from ._app import fail

    output = _format(given)
    api = find(api_id)
    if api is None:
        fail(CliFailure(unknown(api_id, "`kiwoom search WORDS` finds TRs"), USAGE, "UnknownTR"), output == "json")
    if output == "json":
        _emit({"ok": True, "data": api})
    else:
        sys.stdout.write("\n".join(describe_lines(api)) + "\n")


def search_apis(words: list[str], given: str | None) -> None:
    from ._app import fail

    output = _format(given)
    try:
        matched = search(words)
    except ValueError as refused:
        fail(CliFailure(f"search: {refused}", USAGE, "UsageError"), output == "json")
    found = matched.listed()
    if output == "json":
        _emit({"ok": True, "data": found, "total": matched.total})
    elif not found:
        sys.stderr.write("kiwoom: nothing matches\n")
    elif output == "jsonl":
        write_jsonl({"apis": found}, sys.stdout)
    elif output == "csv":
        write_csv({"apis": found}, sys.stdout)
    else:
        _search_lines(found)
    cut = matched.cut()
    if cut:
        sys.stderr.write(f"kiwoom: {cut}\n")


def _search_lines(found: list[dict[str, Any]]) -> None:
    for api in found:
        flags = "".join(("order " if api["order"] else "", "paging" if api["paging"] else "")).strip()
        sys.stdout.write(f"{api['id']}  {api['name_ko']}  ({api['name_en']}; {api['alias']}) {flags}\n".rstrip() + "\n")


def auth_login(profile: str | None, env: str) -> None:
    from ._auth import profile_name, save, typed_keys

    name = profile_name(profile)
    appkey, secretkey = _key("app key"), _key("secret key")
    where = save(name, *typed_keys(appkey, secretkey, "saved"), env)
    sys.stderr.write(f"kiwoom: profile {name!r} ({env}) saved in {where}\n")


def _key(label: str) -> str:
    """A key prompted for on a terminal (not echoed), else the next line of stdin (`printf 'KEY\nSECRET\n' | kiwoom
    auth login`: nothing echoes a pipe, so no prompt and no getpass warning); CliFailure when stdin has ended."""
    if sys.stdin.isatty():
        typed: str = click.prompt(label, hide_input=True, err=True)
        return typed
    line = sys.stdin.readline()
    if not line:
        raise CliFailure(f"no {label} on stdin (it ended): nothing was saved", USAGE, "UsageError")
    return line.rstrip("\r\n")


def auth_status(profile: str | None, env: str | None, given: str | None) -> None:
    """Where the keys would come from (the rule of `_settings.keys`); with `env`, refused as a command under that
    env would refuse them."""
    from ._app import fail
    from ._auth import profile_name
    from ._settings import held_to_env, keys

    try:
        found = keys(profile)
        if env is not None and found is not None:
            held_to_env(found, profile, env)
    except CliFailure as error:
        fail(error, _format(given) == "json")
    info: dict[str, Any] = {"profile": profile_name(profile), "found": found is not None}
    if found is not None:
        info.update(source=found.source, env=found.env, appkey=f"{found.appkey[:4]}…")
    if _format(given) == "json":
        _emit({"ok": True, "data": info})
    elif found is None:
        sys.stdout.write(f"no credentials (profile {info['profile']!r}; nor KIWOOM_APPKEY / KIWOOM_SECRETKEY)\n")
    else:
        sys.stdout.write(f"credentials from {found.source} (env {found.env or 'any'}; app key {info['appkey']})\n")


def auth_logout(profile: str | None) -> None:
    from ._auth import delete, profile_name

    name = profile_name(profile)
    removed = delete(name)
    sys.stderr.write(f"kiwoom: profile {name!r} {'removed' if removed else 'was not saved'}\n")
