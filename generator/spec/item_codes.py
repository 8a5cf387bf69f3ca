"""The item codes the specs show (the guide's examples, transcribed into the API specs, and the recorded traffic),
for lint and the tests to hold the kinds of item codes (specs/api.yaml item_codes) to: a kind that refused one of
them could stop a legitimate order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .model import Corpus, Loc
from .recorded import recorded_cases

# The keys under which a request, an answer or a frame carries an item code: a TR's stk_cd, a condition search's and
# a US REG's jmcode, a REG's or REAL frame's item, and FID 9001 (종목코드) of a realtime frame's values.
CODE_KEYS = frozenset({"stk_cd", "jmcode", "item", "9001"})
# The request fields that carry an item code by their name: each declares the kind of its code (item_code), or its
# code table, or says in notes why it has none (ka10095's codes joined by |, the US watch lists), so that a TR a new
# guide brings is not left unchecked unnoticed (lint); the importer's first guess for a new one is its section's kind.
ITEM_CODE_FIELDS = frozenset({"stk_cd"})


@dataclass(frozen=True)
class SeenCode:
    section: str  # domestic or us: the kind of item code it must fit is the REG's of this section
    code: str
    loc: Loc
    where: str  # "kt10000 request example", "recorded 012", ...


def seen_codes(corpus: Corpus) -> Iterator[SeenCode]:
    """Every item code of every API's examples (request and answer) and of every recorded case, with the section
    of its API. A value that is blank or a JSON list in a string (usa20512's watch list) is not a code."""
    for api in sorted(corpus.apis.values(), key=lambda a: a.id):
        for example in api.examples:
            where = f"{api.id} {example.part} example"
            for code in _codes(example.body):
                yield SeenCode(api.section, code, example.loc, where)
    sections = {api.id: api.section for api in corpus.apis.values()}
    for case in recorded_cases(corpus.root):
        section = sections.get(case.api_id)
        if section is None:
            continue
        for code in _codes(case.payload):
            yield SeenCode(section, code, Loc(case.path, 1), f"recorded {case.path.name}")


def _codes(node: Any, coded: bool = False) -> Iterator[str]:
    """The codes in `node`; `coded`: it is the value of a key that carries codes (a REG's item list)."""
    if isinstance(node, str):
        if coded and node.strip() and not node.startswith("["):
            yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _codes(value, key in CODE_KEYS)
    elif isinstance(node, list):
        for member in node:
            yield from _codes(member, coded)
