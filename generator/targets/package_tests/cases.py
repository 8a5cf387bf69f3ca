"""The data of the generated per-TR tests: a valid request, the rules to break, the guide's
response examples and the kind of every response field."""

from __future__ import annotations

from typing import Any

from ...names import camel, response_table, scaled
from ...spec.model import Api, Corpus, Field


def _kinds(fields: list[Field]) -> dict[str, Any]:
    """Wire name -> kind; `code:<Enum>` for coded fields; a nested map for lists and objects."""
    kinds: dict[str, Any] = {}
    for f in fields:
        if f.kind in ("list", "object"):
            kinds[f.name] = {f.kind: _kinds(f.fields)}
        elif table := response_table(f):
            kinds[f.name] = f"code:{camel(table)}"
        elif number := scaled(f):
            kinds[f.name] = number[0]  # its family
        else:
            kinds[f.name] = f.kind
    return kinds


VALID_BY_KIND = {"date": "20260105", "price": "1000"}  # a trading day; a price on every grid


def _valid_value(f: Field, corpus: Corpus) -> str:
    return corpus.codes[f.enum].codes[0].code if f.enum else VALID_BY_KIND.get(f.kind, "1")


def _synthesized(api: Api, corpus: Corpus) -> dict[str, str]:
    """A request that satisfies the spec, for TRs whose guide page has no request example."""
    fields = {f.name: f for f in api.request}
    body = {f.name: _valid_value(f, corpus) for f in api.request if f.required}
    for rule in api.rules:
        applies = all(body.get(name, "") in codes for name, codes in rule.when.items())
        if rule.require and applies:
            body[rule.target] = _valid_value(fields[rule.target], corpus)
        if rule.blank_otherwise and not applies:
            body[rule.target] = ""
    return body


def _examples(api: Api, part: str) -> list[Any]:
    return [e.body for e in api.examples if e.part == part and isinstance(e.body, dict)]


def _odd_values(api: Api, part: str) -> list[str]:
    """Example values an erratum records as the guide's mistakes (`a[].b` inside lists)."""
    return sorted(
        name
        for e in api.errata
        if e.fact and str(e.fact.get("at", "")).partition(":")[0] == f"examples/{part}"
        for name in e.fact.get("odd_values", [])
    )


def http_cases(corpus: Corpus) -> dict[str, Any]:
    cases = {}
    for api in corpus.http_apis():
        requests = _examples(api, "request")
        odd = _odd_values(api, "request")
        fields = {f.name: f for f in api.request}
        request = dict(requests[0]) if requests else _synthesized(api, corpus)
        repaired = {name: _valid_value(fields[name], corpus) for name in odd}
        cases[api.id] = {
            "guide_request": requests[0] if requests else None,
            "odd": odd,  # the guide example is refused for these fields
            "request": {**request, **repaired},
            "required": [f.name for f in api.request if f.caller_gives],
            # a date's length follows from its kind (YYYYMMDD), which refuses a longer value first
            "lengths": {f.name: f.length for f in api.request if f.length and not f.enum and f.kind != "date"},
            "codes": [f.name for f in api.request if f.enum],
            "responses": _examples(api, "response"),
            "odd_responses": _odd_values(api, "response"),  # kept as the raw string
            "kinds": _kinds(api.response),
        }
    return cases
