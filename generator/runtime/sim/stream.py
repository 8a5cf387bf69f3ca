"""REAL entries fast enough to load-test a client.

Synthesizing every FID of every entry with `random` costs tens of microseconds an entry (0D has 163
FIDs), which would make the simulator, not the client, the bottleneck. So each type gets a pool of
entries with kind-correct values, drawn once and serialized once, split where the item code and the
item's current price go. A frame then costs one market move per item, a `bytes.join` per entry and one
more for the frame; the market still moves every frame, and every price FID follows it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import orjson

from . import synth

POOL_SIZE = 64  # value sets per type: enough that consecutive entries differ
ITEM_MARK = "@ITEM@"  # where the item code goes
PRICE_MARK = "@PRICE@"  # where the item's current price goes; no value of any kind looks like either mark
FRAME_HEAD = b'{"trnm":"REAL","data":['
FRAME_TAIL = b"]}"


@dataclass(frozen=True)
class Pool:
    """Serialized REAL entries of one type: each is the part before the item code, and the rest split
    at the price FIDs. Values other than prices do not depend on the item, so one pool serves every
    item, and a REG of a hundred items costs nothing more than one of a single item."""

    entries: tuple[tuple[bytes, tuple[bytes, ...]], ...]

    @classmethod
    def build(cls, type_id: str, spec: dict[str, Any], seed: int) -> Pool:
        rng = random.Random(f"{seed}:pool:{type_id}")
        entries = []
        for _ in range(POOL_SIZE):
            values = {
                str(fid): PRICE_MARK if kind == "price" and not codes else synth.fid_value(kind, codes, rng)
                for fid, kind, codes in spec["fids"]
            }
            entry = orjson.dumps({"type": type_id, "name": spec["name"], "item": ITEM_MARK, "values": values})
            head, rest = entry.split(ITEM_MARK.encode())
            entries.append((head, tuple(rest.split(PRICE_MARK.encode()))))
        return cls(tuple(entries))

    def entry(self, rng: random.Random, item: bytes, price: bytes) -> bytes:
        """One serialized entry for `item` (JSON-escaped, unquoted), its price FIDs set to `price`
        (a signed price such as b"+60700")."""
        head, rest = self.entries[rng.randrange(POOL_SIZE)]
        return head + item + price.join(rest)


@dataclass(frozen=True)
class Stream:
    """One streamed (type, item): its type's pool, the item as it goes into an entry, its market code."""

    pool: Pool
    item: bytes
    code: str

    @classmethod
    def of(cls, pool: Pool, item: str) -> Stream:
        return cls(pool, orjson.dumps(item)[1:-1], item.split("_")[0])


def frame(entries: list[bytes]) -> bytes:
    """A whole REAL frame from serialized entries."""
    return FRAME_HEAD + b",".join(entries) + FRAME_TAIL
