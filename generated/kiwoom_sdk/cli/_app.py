"""The click application of `kiwoom`. Only click is imported up front; each command imports what it needs."""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .. import __version__
from ._errors import EXIT_CODES, INTERRUPTED, STDOUT_CLOSED, USAGE, CliFailure

FORMATS = ("table", "json", "jsonl", "csv")  # what `call` writes; `_format_option` offers each command's own
FORMAT_HELP = " | ".join(FORMATS) + " (default: table on a terminal, json when piped)"
COMMON = ("format", "env", "base_url", "ws_url", "profile", "timeout", "all_pages", "max_pages", "confirm", "yes")


def _exit_codes_epilog() -> str:
    return "\b\nExit codes:\n" + "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES.items())


class StdoutClosed(Exception):
    """stdout's reader went away (EPIPE: `kiwoom ... | head`). Not an OSError, so that click, which turns an EPIPE
    into exit status 1 (a bug, by EXIT_CODES), lets it through to `run`."""


@contextlib.contextmanager
def _reader_kept() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise StdoutClosed() from None


class CommandGroup(click.Group):
    """A group of commands named without one (`kiwoom call`) is bad input, one line like any other: not its help
    folded into one error line (click >= 8.2) nor its help on stdout and exit 0 (click 8.1)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args and not ctx.resilient_parsing:
            path = ctx.command_path
            raise CliFailure(f"`{path}` needs a command: `{path} --help` lists them", USAGE, "UsageError")
        return super().parse_args(ctx, args)


class OnceCommand(click.Command):
    """A command whose options are each given once: click keeps the last of an option given twice
    (`--stk-cd 005930 --stk-cd 000660` would ask for 000660 alone), so the first would do nothing, and an option
    that would do nothing is refused (`refuse_unused`)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:
            _refuse_repeated(ctx, args)
        return super().parse_args(ctx, args)


def _refuse_repeated(ctx: click.Context, args: list[str]) -> None:
    """A usage error naming an option given more than once among `args` (under any of its names: `--stk-cd` and
    `--stk_cd` are one option); the value after an option that takes one is not read as an option."""
    options = {
        name: param
        for param in ctx.command.params
        if isinstance(param, click.Option) and not (param.multiple or param.count)
        for name in (*param.opts, *param.secondary_opts)
    }
    given: dict[str, list[str]] = {}
    tokens = iter(args)
    for token in tokens:
        if token == "--":
            break
        name, equals, _ = token.partition("=")
        param = options.get(name)
        if param is None:
            continue
        given.setdefault(str(param.name), []).append(name)
        if not (param.is_flag or equals):
            next(tokens, None)  # its value
    for names in given.values():
        if len(names) > 1:
            spelt = f" (as {', '.join(dict.fromkeys(names))})" if len(set(names)) > 1 else ""
            raise click.UsageError(
                f"{names[0]} is given {len(names)} times{spelt}: give it once; a second value would silently replace"
                " the first",
                ctx,
            )


class KiwoomGroup(CommandGroup):
    """The top group: a write to a stdout whose reader is gone, while the arguments are parsed (`--help`,
    `--version`) or a command runs, ends as StdoutClosed."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        with _reader_kept():
            return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        with _reader_kept():
            return super().invoke(ctx)


@click.group(
    cls=KiwoomGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
    epilog=_exit_codes_epilog(),
)
@click.version_option(version=__version__, message="kiwoom %(version)s")
def cli() -> None:
    """Call the Kiwoom REST API from the terminal: every HTTP TR of the specs, validated before sending.

    Keys come from `--profile`, else KIWOOM_APPKEY / KIWOOM_SECRETKEY (both), else the profile KIWOOM_PROFILE or
    "default" saved by `kiwoom auth login`; never from the command line, and a profile only for the env it was saved
    for. The mock server is the default; `--env real` must be said. Orders send nothing without `--confirm`, and
    say the host they go to. With `--format json` (the default when piped) stdout holds exactly one JSON envelope.
    """


def refuse_unused(ctx: click.Context, unused: dict[str, str]) -> None:
    """A usage error for an option given (on the command line, not left at its default) that has no effect in this
    combination: `unused` maps each such parameter's name to why (`"with --section us: ..."`). An option is refused
    rather than ignored, so that nobody believes it did what it says."""
    from click.core import ParameterSource

    for name, why in unused.items():
        if ctx.get_parameter_source(name) in (None, ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP):
            continue
        flag = next(param.opts[0] for param in ctx.command.params if param.name == name)
        raise click.UsageError(f"{flag} has no effect {why}; leave it out", ctx)


def _format_option(*formats: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--format`, offering the formats the command writes (by default all of them)."""
    offered = formats or FORMATS
    shown = FORMAT_HELP.replace(" | ".join(FORMATS), " | ".join(offered))
    decorate: Callable[[Callable[..., Any]], Callable[..., Any]] = click.option(
        "--format", "format_", type=click.Choice(offered), help=shown
    )
    return decorate


def _timeout(ctx: click.Context, param: click.Parameter, seconds: float) -> float:
    """`--timeout` held to the library's own rule (finite, above 0), refused while the command line is parsed."""
    from .._exceptions import ArgumentInvalid
    from .._policy import check_timeout

    try:
        return check_timeout(seconds)
    except ArgumentInvalid as refused:
        raise click.BadParameter(str(refused)) from None


def _connection_options(websocket: bool = True) -> list[click.Option]:
    """The options of every command that connects; without `websocket` (a command that opens none) `--ws-url` is
    hidden, and refused when given (`refuse_unused`)."""
    return [
        click.Option(
            ["--env"],
            type=click.Choice(["mock", "real"]),
            default="mock",
            show_default=True,
            help="mock or real; real must be said explicitly",
        ),
        # The URLs and the profile are read from the environment by `_settings`, which keeps each pair from one place.
        click.Option(["--base-url"], help="REST base URL (e.g. the simulator's or a proxy's) [env KIWOOM_BASE_URL]"),
        click.Option(
            ["--ws-url"],
            hidden=not websocket,
            help="WebSocket URL (default: the base URL's host with ws://) [env KIWOOM_WS_URL, only with KIWOOM_BASE_URL]",
        ),
        click.Option(
            ["--profile"],
            help="credentials profile saved by `kiwoom auth login`, for the same --env (beats KIWOOM_APPKEY /"
            " KIWOOM_SECRETKEY) [env KIWOOM_PROFILE]",
        ),
        click.Option(
            ["--timeout"], type=float, callback=_timeout, default=10.0, show_default=True, help="seconds per request"
        ),
    ]


class CallGroup(CommandGroup):
    """`kiwoom call ID|ALIAS`: one command per HTTP TR, built from the catalog when it is named."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        from ._catalog import index

        return sorted(index()["apis"])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        from ._catalog import find

        api = find(cmd_name)
        return tr_command(api) if api is not None else None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        command = self.get_command(ctx, args[0])
        if command is None:
            from ._catalog import unknown

            raise CliFailure(unknown(args[0], "`kiwoom search WORDS` finds TRs"), USAGE, "UnknownTR")
        return command.name, command, args[1:]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """One plain line per TR (click's wrapped definition list takes longer than everything else here)."""
        from ._catalog import index

        listed = sorted(index()["apis"].items())
        formatter.write("\nTRs (their aliases work too; `kiwoom search WORDS` finds one):\n")
        formatter.write("".join(f"  {api_id}  {api['name_ko']} ({api['name_en']})\n" for api_id, api in listed))


@cli.group(cls=CallGroup, context_settings={"help_option_names": ["-h", "--help"]})
def call() -> None:
    """Call one HTTP TR: `kiwoom call ka10001 --stk-cd 005930`. `kiwoom call ID --help` lists its options."""


def _field_help(field: dict[str, Any]) -> str:
    from ._catalog import code_summary, field_summary

    text = f"{field['name']}: {field_summary(field)}"
    if field.get("enum"):
        text += f"; codes: {code_summary(field['enum'])}"
    if field.get("notes"):
        text += f"; {field['notes']}"
    return text


def tr_command(api: dict[str, Any]) -> click.Command:
    """The command of one TR: an option per request field (kebab-case and the Kiwoom name), then the common ones."""
    from ._catalog import option

    params: list[click.Parameter] = []
    for field in api["request"]:
        names = [option(field["name"])] + ([f"--{field['name']}"] if "_" in field["name"] else [])
        params.append(click.Option([*names, field["name"]], metavar=field["kind"].upper(), help=_field_help(field)))
    params.append(click.Option(["--format", "format_"], type=click.Choice(FORMATS), help=FORMAT_HELP))
    params += _connection_options(websocket=False)
    if api["paging"]:
        params.append(click.Option(["--all-pages"], is_flag=True, help="follow next-key until the last page"))
        params.append(
            click.Option(
                ["--max-pages"], type=click.IntRange(min=1), help="stop after this many pages (implies --all-pages)"
            )
        )
    if api["order"]:
        params.append(
            click.Option(
                ["--confirm"],
                is_flag=True,
                help="send the order (without it: print the validated request, send nothing)",
            )
        )
        params.append(click.Option(["--yes"], is_flag=True, help="with --env real: do not ask before sending"))
    kind = "ORDER: sends nothing without --confirm. " if api["order"] else ""
    mock = "" if api["mock_supported"] else " Not served by the mock server."
    return OnceCommand(
        api["id"],
        params=params,
        callback=lambda **values: _run_call(api, values),
        help=f"{api['name_ko']} ({api['name_en']}). {kind}POST {api['path']}.{mock}\n\n"
        f"Rules: {'; '.join(api['rules']) or 'none beyond the fields'}. Full spec: `kiwoom describe {api['id']}`.",
        short_help=f"{api['name_ko']} ({api['name_en']})",
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
    )


def _run_call(api: dict[str, Any], values: dict[str, Any]) -> None:
    from ._commands import call_tr

    common = {name: values.pop(name, None) for name in (*COMMON, "format_")}
    ctx = click.get_current_context()
    refuse_unused(ctx, {"ws_url": "on `kiwoom call`, which opens no WebSocket (stream, conditions and mcp do)"})
    if api["order"] and not common["confirm"]:  # a preview: nothing is sent, so nothing is asked nor answered
        refuse_unused(ctx, {"yes": "without --confirm (a preview sends nothing and asks nothing)"})
        if common["format_"] in ("jsonl", "csv"):
            raise click.UsageError(
                f"--format {common['format_']} writes the rows of an answer, and a preview (nothing sent) has none:"
                " --format table or json",
                ctx,
            )
    params = {name: value for name, value in values.items() if value is not None}
    call_tr(api, params, common)


@cli.command(cls=OnceCommand)
@click.argument("api_id")
@_format_option("table", "json")
def describe(api_id: str, format_: str | None) -> None:
    """Everything the spec says of one TR: fields, kinds, units, codes, rules, mock support, errata."""
    from ._commands import describe_api

    describe_api(api_id, format_)


@cli.command(cls=OnceCommand)
@click.argument("words", nargs=-1, required=True)
@_format_option()
def search(words: tuple[str, ...], format_: str | None) -> None:
    """Find TRs by words (Korean or English) in their ids, names and field names: the best 50 (stderr says how many
    matched when more did; the JSON envelope's `total`)."""
    from ._commands import search_apis

    search_apis(list(words), format_)


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sim(args: tuple[str, ...]) -> None:
    """Start the simulator (the options of `python -m kiwoom_sdk.sim --help`)."""
    from ..sim.__main__ import main as serve

    raise SystemExit(serve(list(args), prog="kiwoom sim"))  # its exit status: 1 when it cannot listen


@cli.group(cls=CommandGroup)
def auth() -> None:
    """Credentials profiles in the OS keyring, or a 0600 file where there is none (KIWOOM_NO_KEYRING=1: the file
    always; KIWOOM_CONFIG_DIR: its directory)."""


@auth.command(cls=OnceCommand)
@click.option("--profile", help="profile name [env KIWOOM_PROFILE; default: default]")
@click.option("--env", type=click.Choice(["mock", "real"]), default="mock", show_default=True)
def login(profile: str | None, env: str) -> None:
    """Save an app key and secret key (prompted, never echoed) under a profile."""
    from ._commands import auth_login

    auth_login(profile, env)


@auth.command(cls=OnceCommand)
@click.option("--profile", help="profile name")
@click.option("--env", type=click.Choice(["mock", "real"]), help="refuse, as a command would, a profile of another env")
@_format_option("table", "json")
def status(profile: str | None, env: str | None, format_: str | None) -> None:
    """Where the keys would come from (environment, keyring or file); the keys are never shown."""
    from ._commands import auth_status

    auth_status(profile, env, format_)


@auth.command(cls=OnceCommand)
@click.option("--profile", help="profile name")
def logout(profile: str | None) -> None:
    """Remove a saved profile."""
    from ._commands import auth_logout

    auth_logout(profile)


@cli.command(cls=OnceCommand)
@click.argument("types")
@click.argument("items", required=False, default="")
@click.option(
    "--section", type=click.Choice(["domestic", "us"]), help="the types' own section (the default); another is refused"
)
@click.option("--count", type=click.IntRange(min=1), help="stop after this many events")
@click.option(
    "--format", "format_", type=click.Choice(["table", "jsonl"]), help="jsonl (default when piped) or a live table"
)
def stream(
    types: str, items: str, section: str | None, count: int | None, format_: str | None, **connection: Any
) -> None:
    """Realtime events of TYPES (comma-separated, e.g. 0B,0D; all of one section) for ITEMS (e.g. 005930,000660)
    until Ctrl-C; the types that take no items (00, 04, 0s, 1h) are given without ITEMS: `kiwoom stream 00`.

    A US item names its exchange (a code of the spec's us_exchange table): `kiwoom stream FE ND:NVDA,NY:BRK.B`."""
    from ._realtime_commands import stream_events

    stream_events(types.split(","), items.split(",") if items else [], section, count, format_, connection)


for _option in _connection_options():
    stream.params.append(_option)


if TYPE_CHECKING:  # click's ParamType is generic from 8.4 on (the value and the input), plain before
    _TextType = click.ParamType[str, Any]
else:
    _TextType = click.ParamType


class ConditionExchange(_TextType):
    """A condition search's exchange (stex_tp): one of the codes its spec's table gives (`realtime.CONDITION_SEARCHES`'
    exchanges, ka10172 / ka10173: K), read when the option is used, not when the command line starts."""

    name = "exchange"

    @staticmethod
    def codes() -> list[str]:
        from ..realtime import CONDITION_SEARCHES

        return sorted({code for search in CONDITION_SEARCHES.values() for code in search.exchanges})

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "[" + "|".join(self.codes()) + "]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        codes = self.codes()
        if value not in codes:
            self.fail(f"{value!r} is not one of {', '.join(map(repr, codes))}", param, ctx)
        return str(value)


def _condition_number(ctx: click.Context, param: click.Parameter, seq: str | None) -> str | None:
    """A condition search's number as `kiwoom conditions` lists them: digits, at most `realtime.SEQ_LENGTH` (the
    searches' `seq`, length 3; the guide's examples send "4"). Anything else is bad input, refused before connecting."""
    from .._digits import ascii_digits
    from ..realtime import SEQ_LENGTH

    if seq is not None and not (ascii_digits(seq) and len(seq) <= SEQ_LENGTH):
        raise click.BadParameter(
            f"{seq!r} is not a condition number (1 to {SEQ_LENGTH} digits; `kiwoom conditions` lists them)"
        )
    return seq


@cli.command(cls=OnceCommand)
@click.argument("seq", required=False, callback=_condition_number)
@click.option(
    "--section",
    type=click.Choice(["domestic", "us"]),
    default="domestic",
    show_default=True,
    help="whose condition searches: domestic (ka10171 / ka10172) or us (usa20280 / usa20281)",
)
@click.option(
    "--exchange",
    "stex_tp",
    type=ConditionExchange(),
    help="the exchange of a domestic search (with SEQ): a code of its stex_tp, by default the first; the list and US"
    " searches name no exchange",
)
@click.option(
    "--watch",
    is_flag=True,
    help="with SEQ: search in realtime (ka10173 / usa20290) and print each push (02 / S2: an item entering or"
    " leaving it) until Ctrl-C, as `kiwoom stream` prints events",
)
@click.option("--count", type=click.IntRange(min=1), help="with --watch: stop after this many pushes")
@_format_option()
def conditions(
    seq: str | None,
    section: str,
    stex_tp: str | None,
    watch: bool,
    count: int | None,
    format_: str | None,
    **connection: Any,
) -> None:
    """The saved condition searches (ka10171; --section us: usa20280); with SEQ, the items one of them finds now
    (ka10172; usa20281), every page; with SEQ and --watch, its realtime pushes."""
    from ._realtime_commands import condition_request, run_conditions, watch_condition

    ctx = click.get_current_context()
    if watch and seq is None:
        raise click.UsageError("--watch needs SEQ (the condition to watch)", ctx)
    if not watch:
        refuse_unused(ctx, {"count": "without --watch (it counts the pushes watched)"})
    message, api_id = condition_request(seq, section, stex_tp)
    if "stex_tp" not in message:
        refuse_unused(ctx, {"stex_tp": f"on {message['trnm']} ({api_id}), which names no exchange"})
    if watch and seq is not None:
        watch_condition(seq, section, stex_tp, count, format_, connection)
        return
    run_conditions(seq, section, stex_tp, format_, connection)


for _option in _connection_options():
    conditions.params.append(_option)


@cli.command(cls=OnceCommand, name="mcp")
def mcp_command(**connection: Any) -> None:
    """Serve the MCP server over stdio (for AI agents). Orders only with KIWOOM_MCP_ALLOW_ORDERS=1 (mock) or =real."""
    from ._mcp import serve

    serve(connection)


for _option in _connection_options():
    mcp_command.params.append(_option)


PROTOCOL_STDOUT = frozenset({"mcp"})  # commands whose stdout carries a protocol: nothing else is written there


def _wants_json(argv: list[str], ctx: click.Context | None = None) -> bool:
    """Whether the error of these arguments goes out as a JSON envelope: `--format json`, or no usable `--format`
    and stdout not a terminal; never for a command (`ctx`, when click knows it) whose formats have no json
    (`kiwoom stream` writes JSON lines of events, and an envelope among them would read as one), nor for one whose
    stdout is a protocol's (`kiwoom mcp`: its client would read the envelope as a malformed message)."""
    from ._output import default_format

    command = ctx.command.name if ctx else (argv[0] if argv else None)
    if command in PROTOCOL_STDOUT:
        return False
    params = ctx.command.params if ctx else []
    formats = [p.type.choices for p in params if p.name == "format_" and isinstance(p.type, click.Choice)]
    if formats and "json" not in formats[0]:
        return False
    given = [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--format"]
    given += [arg.split("=", 1)[1] for arg in argv if arg.startswith("--format=")]
    usable = [value for value in given if value in FORMATS]
    return (usable[-1] if usable else default_format()) == "json"


def fail(error: BaseException, as_json: bool, order: bool = False) -> NoReturn:
    """One line on stderr; with JSON output, the error envelope on stdout; the error's exit code."""
    from ._errors import envelope, exit_code, one_line

    if as_json:
        from ._output import json_line

        try:
            sys.stdout.write(json_line(envelope(error, order), sys.stdout))
            sys.stdout.flush()
        except BrokenPipeError:  # nobody reads the envelope: the line on stderr and the exit code still say it
            _drop_stdout()
    sys.stderr.write(f"kiwoom: {one_line(error)}\n")
    raise SystemExit(exit_code(error))


def _drop_stdout() -> None:
    """Point stdout at the null device, so that what is still buffered for a reader that went away is dropped
    instead of failing again when the interpreter exits."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)


def escaping_streams() -> None:
    """stdout and stderr write a character their encoding lacks as a backslash escape instead of failing
    (UnicodeEncodeError on an ASCII locale, a pipe without UTF-8, a legacy console): a command prints its text
    whatever the locale, and its JSON goes through `_output.json_line`, which escapes it as JSON does. A UTF-8
    stream that writes undecodable argument bytes back as they came (surrogateescape: Python's UTF-8 mode) is left
    so."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        errors = getattr(stream, "errors", None)
        if reconfigure is None or errors not in ("strict", "surrogateescape"):
            continue
        if errors == "surrogateescape" and _utf8(getattr(stream, "encoding", None)):
            continue
        reconfigure(errors="backslashreplace")


def _utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "").name == "utf-8"
    except LookupError:
        return False


def _as_typed(arg: str) -> str:
    """An argument as typed: bytes the locale could not decode (Korean typed in UTF-8 under an ASCII locale without
    Python's UTF-8 mode, kept as surrogates) read as UTF-8 when they are; anything else as it is."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return os.fsencode(arg).decode("utf-8")
        except UnicodeError:
            return arg
    return arg


def run(argv: list[str] | None = None) -> None:
    """The command line: the exit status of EXIT_CODES, whatever happens (one line on stderr, never a traceback)."""
    from ._errors import log_lines

    args = [_as_typed(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    escaping_streams()
    log_lines()
    try:
        try:
            code: Any = _run(args)
        except SystemExit as exiting:  # `fail`, a stream interrupted, the simulator's own exit
            code = exiting.code
        sys.stdout.flush()  # what is still buffered is written here, where a reader gone is still ours to report
    except (StdoutClosed, BrokenPipeError):
        _drop_stdout()
        code = STDOUT_CLOSED
    raise SystemExit(code)


def _run(args: list[str]) -> int:
    try:
        cli.main(args, prog_name="kiwoom", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.Abort:
        return INTERRUPTED
    except click.UsageError as error:
        fail(CliFailure(error.format_message(), USAGE, "UsageError"), _wants_json(args, error.ctx))
    except CliFailure as error:
        fail(error, _wants_json(args))
    except KeyboardInterrupt as error:
        fail(error, _wants_json(args))
    except StdoutClosed:
        raise
    except Exception as error:  # anything else still ends in one line and the envelope, never a traceback
        fail(error, _wants_json(args))
    return 0
