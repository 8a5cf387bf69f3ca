"""The Markdown reference of the package (kiwoom_sdk/docs): one page per category, the code tables and the errors."""

from __future__ import annotations

from dataclasses import dataclass

from ...names import docs_page, group_attribute, model_class, models_module, reference_anchor
from ...spec.model import Api, Corpus, Field
from ..views import NoticeView


@dataclass
class FieldRow:
    name: str  # indented by nesting depth
    ko: str
    required: str
    length: str
    kind: str
    detail: str


@dataclass
class ApiDoc:
    id: str
    anchor: str
    name_ko: str
    name_en: str
    alias: str
    method: str
    path: str
    protocol: str
    flags: str
    mock: str
    request: list[FieldRow]
    response: list[FieldRow]
    push: list[FieldRow]
    rules: list[str]
    errata: list[str]
    call: str  # how the generated client calls it ("" for WebSocket messages)
    order_cell: str  # the index's order column: "yes" or ""
    pages_cell: str  # the index's pages column: "yes" or ""


@dataclass
class CategoryDoc:
    slug: str
    section: str  # its section's title: "Domestic stocks"
    category: str  # "chart"
    apis: list[ApiDoc]

    @property
    def title(self) -> str:
        return f"{self.section}: {self.category}"


SECTION_TITLES = {"oauth": "OAuth", "domestic": "Domestic stocks", "us": "US stocks"}


def _detail(f: Field) -> str:
    parts = []
    if f.enum:
        parts.append(f"codes: [{f.enum}](codes.md#{f.enum})")
    value = f.value
    for label, item in (
        ("unit", value.unit),
        ("format", value.format),
        ("item code", f.item_code),
        ("fixed", value.const),
    ):
        if item:
            parts.append(f"{label} {item}")
    if value.digits:
        parts.append(f"{value.digits} digits")
    if value.decimals is not None:
        parts.append(f"{value.decimals} decimals")
    if value.scale:
        parts.append(f"x1/{value.scale}")
    if f.unit_by:
        parts.append(f"unit {f.unit_words}")
    if value.signed:
        parts.append("signed")
    if f.notes:
        parts.append(f.notes)
    return "; ".join(parts).replace("|", "\\|")


def _rows(fields: list[Field], corpus: Corpus, depth: int = 0) -> list[FieldRow]:
    rows = []
    for f in fields:
        rule = f" (by rule {f.kind_rule}, not reviewed)" if f.inferred else ""
        rows.append(
            FieldRow(
                "&nbsp;&nbsp;" * depth + f"`{f.name}`",
                f.ko,
                "Y" if f.required else "",
                "" if f.length is None else str(f.length),
                f.kind + rule,
                _detail(f),
            )
        )
        rows.extend(_rows(f.fields, corpus, depth + 1))
        for ref in f.fids:
            fid = corpus.fids[ref.fid]
            kind = str(ref.overrides.get("kind", fid.kind))
            rows.append(
                FieldRow("&nbsp;&nbsp;" * (depth + 1) + f"FID {ref.fid}", ref.ko, "", "", kind, f"`{fid.name}`")
            )
    return rows


def _call(api: Api) -> str:
    if api.protocol != "rest":
        return ""
    group = group_attribute(api.section, api.category)
    module = models_module(api.section, api.category)
    return (
        f"Python: `client.{api.id}(...)`, `client.{api.alias}(...)` or `client.{group}.{api.id}(...)`"
        f" → `kiwoom_sdk.models.{module}.{model_class(api.id, 'Response')}`"
    )


def category_docs(corpus: Corpus) -> list[CategoryDoc]:
    groups: dict[tuple[str, str], list[ApiDoc]] = {}
    for api in sorted(corpus.apis.values(), key=lambda a: (a.section, a.category, a.id)):
        in_doubt = f"order, never retried; in doubt, look it up with {' / '.join(api.look_up)}"
        flags = ", ".join(
            text for text, on in ((in_doubt, api.order), ("pages with cont-yn / next-key", api.paging)) if on
        )
        mock = (
            ("yes" + (f" ({', '.join(api.mock_exchanges)} only)" if api.mock_exchanges else ""))
            if api.mock_supported
            else "no"
        )
        rules = [r.with_source() for r in api.rules]
        errata = [f"{e.says} → {e.instead} ({e.source})" for e in api.errata]
        doc = ApiDoc(
            api.id,
            reference_anchor(api.id, api.alias, api.protocol),
            api.name_ko,
            api.name_en,
            api.alias,
            api.method,
            api.path,
            api.protocol,
            flags or "query",
            mock,
            _rows(api.request, corpus),
            _rows(api.response, corpus),
            _rows(api.push, corpus),
            rules,
            errata,
            _call(api),
            "yes" if api.order else "",
            "yes" if api.paging else "",
        )
        groups.setdefault((api.section, api.category), []).append(doc)
    return [
        CategoryDoc(docs_page(section, category), SECTION_TITLES[section], category, docs)
        for (section, category), docs in sorted(groups.items())
    ]


def notice_outcome(notice: NoticeView) -> str:
    """What a realtime SYSTEM notice does to the session, as errors.md says it."""
    if notice.reconnect:
        return "is handed to the consumer"
    return f"ends the session with `{notice.name}` (no reconnect)"
