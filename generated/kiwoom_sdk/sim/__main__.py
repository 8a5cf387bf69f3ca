"""`python -m kiwoom_sdk.sim [--host 127.0.0.1] [--port 0] [--seed N] [--env mock|real] [--closed] [--recorded]`

Prints its URL and keys on one line of stdout and serves until SIGINT (Ctrl-C) or SIGTERM, then closes its
connections and exits 0. A bad argument is one line on stderr and exit status 2; an address it cannot listen on
(in use, not this machine's, a privileged port) is one line and exit status 1.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import math
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from .faults import Faults
from .timing import Timing

if TYPE_CHECKING:
    from .server import Simulator

PROG = "python -m kiwoom_sdk.sim"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, not argparse's usage block: `python -m kiwoom_sdk.sim: error: argument --port: ...`."""
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


class _Once(argparse.Action):
    """Store an option's value once: argparse keeps the last of an option given twice (`--port 1 --port 2`), so the
    first would do nothing, and is refused instead."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        given: set[str] = namespace.__dict__.setdefault("_given", set())
        if self.dest in given:
            parser.error(f"argument {'/'.join(self.option_strings)}: given twice: give it once")
        given.add(self.dest)
        setattr(namespace, self.dest, self.const if self.nargs == 0 else values)


class _OnceFlag(_Once):
    """A flag (store_true) given once."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, const=True, default=False, **kwargs)  # type: ignore[arg-type]


def _address(text: str) -> str:
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an IP address (e.g. 127.0.0.1 or ::1)") from None


def _port(text: str) -> int:
    port = _integer(text)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a TCP port (0 to 65535; 0 picks a free one)")
    return port


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _positive(convert: Callable[[str], float], *, zero: bool = False) -> Callable[[str], float]:
    """A finite number above 0 (or 0 too, where `zero` says 0 means something)."""
    wanted = "a number of 0 or more" if zero else "a number above 0"

    def check(text: str) -> float:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not (math.isfinite(value) and (value > 0 or (zero and value == 0))):
            raise argparse.ArgumentTypeError(f"{text!r} is not {wanted}")
        return value

    return check


def _count(text: str) -> int:
    count = _integer(text)
    if count < 1:
        raise argparse.ArgumentTypeError(f"{count} is not a count of 1 or more")
    return count


def parser(prog: str = PROG) -> argparse.ArgumentParser:
    p = _Parser(prog=prog, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument(
        "--host", action=_Once, type=_address, default="127.0.0.1", help="an IP address; loopback unless --allow-remote"
    )
    p.add_argument("--port", action=_Once, type=_port, default=0, help="0 picks a free port")
    p.add_argument("--seed", action=_Once, type=_integer, default=0)
    p.add_argument("--env", action=_Once, choices=("mock", "real"), default="mock")
    p.add_argument("--allow-remote", action=_OnceFlag, help="serve a --host that is not loopback")
    p.add_argument(
        "--rate-limit", action=_Once, type=_positive(float), default=None, help="requests per second before 1700"
    )
    p.add_argument("--token-ttl", action=_Once, type=_positive(float), default=None, help="seconds a token lives")
    p.add_argument(
        "--stream-interval",
        action=_Once,
        type=_positive(float, zero=True),
        default=Timing.stream_interval,
        help="seconds between REAL frames (0: as fast as the client reads)",
    )
    p.add_argument(
        "--entries-per-frame",
        action=_Once,
        type=_count,
        default=Timing.entries_per_frame,
        help="REAL entries per item in a frame",
    )
    p.add_argument("--deflate", action=_OnceFlag, help="permessage-deflate for clients that offer it")
    p.add_argument("--closed", action=_OnceFlag, help="the market has closed for the day (mock: RC4058)")
    p.add_argument("--recorded", action=_OnceFlag, help="answer queries recorded from Kiwoom as recorded")
    return p


def main(argv: list[str] | None = None, prog: str = PROG) -> int:
    """Serve until stopped; the exit status (0 stopped by a signal, 1 could not listen; 2, bad arguments, exits
    from the parser). `prog` names the command in its messages (`kiwoom sim` runs this too)."""
    p = parser(prog)
    options = p.parse_args(argv)
    loopback = ipaddress.ip_address(options.host).is_loopback
    if not options.allow_remote and not loopback:
        p.error(f"argument --host: {options.host} is not a loopback address (pass --allow-remote to serve it)")
    if options.allow_remote and loopback:  # refused rather than ignored: it would still serve this machine only
        p.error(
            f"argument --allow-remote: no effect with the loopback --host {options.host}; give --host the address to"
            " serve on (e.g. 0.0.0.0), or leave it out"
        )
    from .server import Simulator  # after the arguments: a bad one is answered without loading the server

    faults = Faults(rate_limit_per_second=options.rate_limit, token_ttl_seconds=options.token_ttl)
    timing = Timing(
        stream_interval=options.stream_interval, entries_per_frame=options.entries_per_frame, deflate=options.deflate
    )
    simulator = Simulator(
        seed=options.seed,
        env=options.env,
        faults=faults,
        timing=timing,
        market_open=not options.closed,
        recorded=options.recorded,
    )
    try:
        asyncio.run(_serve(simulator, options))
    except OSError as exc:  # from listening: the address is in use, not this machine's, or needs privileges
        print(f"{prog}: cannot listen on {options.host} port {options.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # a second Ctrl-C while it was closing, or no signal handlers on this platform
        return 130
    return 0


async def _serve(simulator: Simulator, options: argparse.Namespace) -> None:
    stop = _stop_on_signals()
    url = await simulator.start(options.host, options.port, allow_remote=options.allow_remote)
    try:
        appkey, secretkey = simulator.keys
        print(f"{url} (env {options.env}; appkey {appkey}; secretkey {secretkey})", flush=True)
        await stop.wait()
    finally:
        await simulator.stop()


def _stop_on_signals() -> asyncio.Event:
    """An event that SIGINT or SIGTERM sets; the first signal also gives each back its default, so that a second
    one stops a shutdown that hangs."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def first(_: signal.Signals) -> None:
        for each in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(each)
        stop.set()

    for each in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises KeyboardInterrupt instead
            loop.add_signal_handler(each, first, each)
    return stop


if __name__ == "__main__":
    sys.exit(main())
