"""Readable reports over the corpus: the main job's summary, inferred kinds, errata."""

from __future__ import annotations

from collections import Counter

from .model import KINDS, Corpus, Field, walk


def _all_fields(corpus: Corpus) -> list[Field]:
    return [f for api in corpus.apis.values() for part in (api.request, api.response, api.push) for f in walk(part)]


def summary_lines(corpus: Corpus) -> list[str]:
    apis = corpus.apis.values()
    by_section = Counter((a.section, a.protocol) for a in apis)
    fields = _all_fields(corpus)
    kinds = Counter(f.kind for f in fields)
    sources = Counter(f.kind_source for f in fields)
    inferred = sources["inferred"]
    groups = sum(1 for f in fields if f.kind in ("list", "object"))
    fid_refs = sum(len(f.fids) for f in fields)
    rules = Counter(f.kind_rule for f in fields if f.inferred)
    repaired = sum(1 for api in apis for example in api.examples if example.repaired)
    lines = [
        f"Kiwoom API specs in {corpus.root}: {len(corpus.apis)} APIs",
        *(f"  {section:<9} {protocol:<10} {n:>4}" for (section, protocol), n in sorted(by_section.items())),
        f"  orders (never retried): {sum(a.order for a in apis)}; paging TRs: {sum(a.paging for a in apis)};"
        f" not on the mock server: {sum(not a.mock_supported for a in apis)}",
        f"Fields: {len(fields)} ({groups} nesting groups); kinds declared {sources['declared']}, derived from a code"
        f" table or format {sources['derived']}, reviewed {sources['reviewed']}, inferred by rule {inferred}"
        f" ({100 * inferred / len(fields):.1f} %); FID uses: {fid_refs}",
        "  by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]),
        "  inferred by rule: " + (", ".join(f"{r} {n}" for r, n in rules.most_common()) or "none"),
        f"Code tables: {len(corpus.codes)} ({sum(len(t.codes) for t in corpus.codes.values())} codes)",
        f"FID dictionary: {len(corpus.fids)} FIDs; error codes: {len(corpus.errors)}",
        f"Errata: {len(corpus.all_errata())} curated, {repaired} guide examples repaired on import",
    ]
    return lines


def inferred_lines(corpus: Corpus) -> list[str]:
    return [f"{f.loc}: {f.name} ({f.ko}): {f.kind} by rule {f.kind_rule}" for f in _all_fields(corpus) if f.inferred]


def errata_lines(corpus: Corpus) -> list[str]:
    out = []
    for erratum in corpus.all_errata():
        subject = f" [{erratum.api}]" if erratum.api else ""
        out.append(
            f"{erratum.loc}: erratum {erratum.id}{subject} ({erratum.source}): {erratum.says} -> {erratum.instead}"
        )
    for api in corpus.apis.values():
        for example in api.examples:
            if example.repaired:
                out.append(
                    f"{example.loc}: {api.id} {example.part} example is not valid JSON in the guide ({', '.join(example.repaired)}); stored repaired"
                )
    return out
