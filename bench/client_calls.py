"""Calls per second of the clients against the simulator, beside raw HTTP clients sending the same request.

Every figure calls ka10001 on the simulator in its own process (bench/simulator.py) for SECONDS: the sync client
one call after another, against a raw httpx.Client; `AsyncKiwoom` with WORKERS calls in flight, on each of its
transports, against raw httpx.AsyncClient and raw aiohttp with as many in flight. A raw client posts the same bytes
with the same headers and reads the answer with orjson, nothing more: the ratio is what the SDK costs per call
(validation of the arguments, the token, the rate limiter, the typed answer, the order-safety bookkeeping). The
client's rate limiter is opened wide (Kiwoom's own limits would make every figure 5 calls/s). Rounds alternate
between the subjects so that a machine that gets busier hurts them alike; each figure is the median of ROUNDS.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiohttp
import httpx
import orjson

from .simulator import Server, serving

SECONDS = 1.5
ROUNDS = 3
WORKERS = 32
BODY = b'{"stk_cd":"005930"}'
PATH = "/api/dostk/stkinfo"


def _headers(server: Server) -> dict[str, str]:
    return {
        "api-id": "ka10001",
        "authorization": f"Bearer {server.token}",
        "content-type": "application/json;charset=UTF-8",
    }


def _checked(answer: bytes) -> None:
    if orjson.loads(answer).get("return_code") != 0:
        raise RuntimeError(f"the simulator refused a call: {answer[:200]!r}")


# ---- sync -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    """Calls a second on the wall clock, and this process's CPU seconds per call (the client's own cost, whatever
    the server's speed: while it waits for the server the process sleeps)."""

    per_second: float
    cpu_per_call: float


def _sync_rate(call: Callable[[], object]) -> Rate:
    call()  # warm: a connection and, for the client, its token
    count, start, cpu = 0, time.perf_counter(), time.process_time()
    deadline = start + SECONDS
    while time.perf_counter() < deadline:
        call()
        count += 1
    return Rate(count / (time.perf_counter() - start), (time.process_time() - cpu) / count)


def _sync_kiwoom(server: Server) -> Rate:
    from kiwoom_sdk import Kiwoom

    with Kiwoom(*server.keys, base_url=server.url, rate=1e9, burst=1e9) as client:
        return _sync_rate(lambda: client.ka10001(stk_cd="005930"))


def _sync_httpx(server: Server) -> Rate:
    headers, url = _headers(server), server.url + PATH
    with httpx.Client() as http:
        return _sync_rate(lambda: _checked(http.post(url, content=BODY, headers=headers).content))


# ---- async ------------------------------------------------------------------------------------------------------


async def _async_rate(call: Callable[[], Awaitable[object]]) -> Rate:
    await call()
    loop = asyncio.get_running_loop()
    count = 0

    async def worker(deadline: float) -> None:
        nonlocal count
        while loop.time() < deadline:
            await call()
            count += 1

    start, cpu = loop.time(), time.process_time()
    await asyncio.gather(*(worker(start + SECONDS) for _ in range(WORKERS)))
    return Rate(count / (loop.time() - start), (time.process_time() - cpu) / count)


async def _async_kiwoom(server: Server, transport: str) -> Rate:
    from kiwoom_sdk import AsyncKiwoom

    async with AsyncKiwoom(*server.keys, base_url=server.url, rate=1e9, burst=1e9, transport=transport) as client:
        return await _async_rate(lambda: client.ka10001(stk_cd="005930"))


async def _async_httpx(server: Server) -> Rate:
    headers, url = _headers(server), server.url + PATH
    limits = httpx.Limits(max_connections=WORKERS, max_keepalive_connections=WORKERS)
    async with httpx.AsyncClient(limits=limits) as http:

        async def call() -> None:
            _checked((await http.post(url, content=BODY, headers=headers)).content)

        return await _async_rate(call)


async def _async_aiohttp(server: Server) -> Rate:
    headers, url = _headers(server), server.url + PATH
    async with aiohttp.ClientSession() as http:

        async def call() -> None:
            async with http.post(url, data=BODY, headers=headers) as answer:
                _checked(await answer.read())

        return await _async_rate(call)


def _transports() -> tuple[str, ...]:
    """The async client's transports (the default first)."""
    from kiwoom_sdk._transport import ASYNC_TRANSPORTS

    return ASYNC_TRANSPORTS


def _subjects(server: Server) -> dict[str, Callable[[], Rate]]:
    subjects: dict[str, Callable[[], Rate]] = {
        "Kiwoom": lambda: _sync_kiwoom(server),
        "raw httpx.Client": lambda: _sync_httpx(server),
        "raw httpx.AsyncClient": lambda: asyncio.run(_async_httpx(server)),
        "raw aiohttp": lambda: asyncio.run(_async_aiohttp(server)),
    }
    for index, name in enumerate(_transports()):
        label = f"AsyncKiwoom(transport={name!r})" + (" (default)" if index == 0 else "")
        subjects[label] = lambda name=name: asyncio.run(_async_kiwoom(server, name))  # type: ignore[misc]
    return subjects


def measure() -> dict[str, Rate]:
    """Every subject's figures: the medians of ROUNDS interleaved rounds."""
    with serving() as server:
        subjects = _subjects(server)
        rates: dict[str, list[Rate]] = {label: [] for label in subjects}
        for _ in range(ROUNDS):
            for label, subject in subjects.items():
                rates[label].append(subject())
    return {
        label: Rate(statistics.median(r.per_second for r in values), statistics.median(r.cpu_per_call for r in values))
        for label, values in rates.items()
    }


def _versus(rate: Rate, anchor_label: str, anchor: Rate) -> str:
    return (
        f"vs {anchor_label} {anchor.per_second:,.0f}/s, {anchor.cpu_per_call * 1e6:.0f} us -> "
        f"{anchor.per_second / rate.per_second:.2f}x slower, {rate.cpu_per_call / anchor.cpu_per_call:.2f}x the CPU"
    )


def run() -> list[str]:
    rates = measure()
    lines = [
        f"Client calls/s against the simulator (ka10001; calls/s on the wall clock and the client process's CPU per "
        f"call, medians of {ROUNDS} interleaved rounds of {SECONDS:.1f} s)"
    ]
    sync = rates["Kiwoom"]
    lines.append(
        f"  Kiwoom, one call at a time: {sync.per_second:,.0f} calls/s, {sync.cpu_per_call * 1e6:.0f} us CPU a call "
        + _versus(sync, "raw httpx.Client", rates["raw httpx.Client"])
    )
    default, *others = (label for label in rates if label.startswith("AsyncKiwoom"))
    for label in (default, *others):
        rate = rates[label]
        lines.append(
            f"  {label}, {WORKERS} in flight: {rate.per_second:,.0f} calls/s, {rate.cpu_per_call * 1e6:.0f} us CPU a call"
        )
        lines.append("    " + _versus(rate, "raw aiohttp", rates["raw aiohttp"]) + " (target <= 1.5)")
        lines.append("    " + _versus(rate, "raw httpx.AsyncClient", rates["raw httpx.AsyncClient"]))
    for label in others:  # before issue 13 AsyncKiwoom called over httpx (and without sniffio: slower still)
        lines.append(
            f"  {default} against {label}: {rates[default].per_second / rates[label].per_second:.1f}x the calls/s, "
            f"{rates[label].cpu_per_call / rates[default].cpu_per_call:.1f}x less CPU a call (target >= 3)"
        )
    return lines


if __name__ == "__main__":
    for printed in run():
        print(printed)
