"""Simulator throughput over loopback: REST requests/s and realtime entries/s.

The simulator is meant to load-test the client, so it must not be the bottleneck. It runs in its own
process (`python -m kiwoom_sdk.sim`), so that the load generator here does not share its GIL, and the
load generator is as light as it can be: raw asyncio streams with pre-built keep-alive requests for
REST, one aiohttp WebSocket whose frames are parsed with orjson for realtime.
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import urlsplit

import aiohttp
import orjson

from .simulator import Server, serving

SECONDS = 3.0
WORKERS = 32
REST_TARGET = 2_000
STREAM_TARGET = 50_000
ITEMS = ("005930", "000660", "035420", "035720")


def _request(server: Server) -> bytes:
    """One ka10001 request as bytes, written again and again on a keep-alive connection."""
    split = urlsplit(server.url)
    body = b'{"stk_cd":"005930"}'
    head = (
        f"POST /api/dostk/stkinfo HTTP/1.1\r\nHost: {split.netloc}\r\napi-id: ka10001\r\n"
        f"authorization: Bearer {server.token}\r\ncontent-type: application/json;charset=UTF-8\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    raise ValueError("an answer without content-length")


async def _rest_worker(server: Server, request: bytes, deadline: float) -> tuple[int, int]:
    """Requests answered and errors (anything but HTTP 200 with return_code 0) on one connection."""
    split = urlsplit(server.url)
    reader, writer = await asyncio.open_connection(split.hostname, split.port)
    loop = asyncio.get_running_loop()
    answered = errors = 0
    try:
        while loop.time() < deadline:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            payload = await reader.readexactly(_content_length(head))
            answered += 1
            if not head.startswith(b"HTTP/1.1 200") or orjson.loads(payload).get("return_code") != 0:
                errors += 1
    finally:
        writer.close()
    return answered, errors


async def _rest_load(server: Server, seconds: float) -> tuple[float, int]:
    """(requests per second, errors) with WORKERS connections for `seconds`."""
    loop = asyncio.get_running_loop()
    request = _request(server)
    await _rest_worker(server, request, loop.time() + 0.3)  # warm up
    start = loop.time()
    results = await asyncio.gather(*(_rest_worker(server, request, start + seconds) for _ in range(WORKERS)))
    elapsed = loop.time() - start
    return sum(n for n, _ in results) / elapsed, sum(e for _, e in results)


async def _stream(server: Server, type_id: str, seconds: float) -> tuple[float, float, int]:
    """(entries per second, frames per second, entries per frame) of REAL frames for `seconds`."""
    from kiwoom_sdk.realtime import (
        PUSH_TRNM,
        REGISTRATION,
        SESSION_TRNMS,
    )  # the generated package, on the path of .simulator

    loop = asyncio.get_running_loop()
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(server.ws_url + "/api/dostk/websocket", max_msg_size=1 << 24) as ws,
    ):
        await ws.send_str(json.dumps({"trnm": SESSION_TRNMS.login, "token": server.token}))
        reg = REGISTRATION
        data = [{"item": ITEMS, "type": [type_id]}]
        registration = {"trnm": reg.register, "grp_no": "1", "refresh": reg.keep, "data": data}
        await ws.send_str(json.dumps(registration))
        entries = frames = 0
        start: float | None = None
        async for message in ws:
            frame = orjson.loads(message.data)
            if frame.get("trnm") == SESSION_TRNMS.ping:
                await ws.send_str(message.data)
            if frame.get("trnm") != PUSH_TRNM:
                continue
            if start is None:
                start = loop.time()  # count from the first frame, after LOGIN and REG
                continue
            frames += 1
            entries += len(frame["data"])
            if loop.time() - start >= seconds:
                break
        elapsed = loop.time() - (start or loop.time())
    return entries / elapsed, frames / elapsed, entries // max(frames, 1)


def _rest_line() -> str:
    with serving() as server:
        rate, errors = asyncio.run(_rest_load(server, SECONDS))
    return (
        f"  REST ka10001 over loopback: {rate:,.0f} requests/s with {WORKERS} concurrent clients, "
        f"{errors} errors (target >= {REST_TARGET:,})"
    )


def _stream_line(type_id: str, entries_per_item: int) -> str:
    options = ("--stream-interval", "0", "--entries-per-frame", str(entries_per_item))
    with serving(*options) as server:
        entries, frames, per_frame = asyncio.run(_stream(server, type_id, SECONDS))
    return (
        f"  realtime {type_id}: {entries:,.0f} entries/s in {frames:,.0f} frames/s ({per_frame} entries per frame) "
        f"(target >= {STREAM_TARGET:,} entries/s)"
    )


def run() -> list[str]:
    lines = [f"Simulator throughput (server in its own process, {SECONDS:.0f} s each; higher is better)"]
    lines.append(_rest_line())
    lines.append(_stream_line("0B", 2))
    lines.append(_stream_line("0D", 2))
    return lines


if __name__ == "__main__":
    for printed in run():
        print(printed)
