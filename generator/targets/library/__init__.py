"""The kiwoom_sdk package: its metadata, clients and endpoint table, code tables, errors, realtime types, value types
and the hand-written runtime (generator/runtime/, copied as it is). The request and response models are rendered
apart, by datamodel-code-generator in a process of its own (worker.py), because they take most of a build."""

from __future__ import annotations

from pathlib import Path

from ...names import SITE_URL
from ...output.templates import environment
from ...review.versions import current_version, guide_workbook
from ...spec.model import Corpus
from ..views import (
    answer_entry_views,
    answer_row_views,
    condition_search_views,
    condition_seq_length,
    enum_views,
    error_forms_view,
    error_views,
    group_length,
    item_code_pattern,
    item_code_shape,
    item_suffixes,
    market_prefix_pattern,
    price_argument_views,
    push_trnm,
    realtime_views,
    registration_view,
    scale_views,
    session_trnms,
    websocket_paths,
)
from . import dependencies
from .clients import VARIANTS, credential_fields, endpoint_views, grid_views, group_views, hosts
from .model_schema import ModelSchema

RUNTIME = Path(__file__).parents[2] / "runtime"
VERSION = current_version()  # the last release in generator/review/releases.yaml


def files(corpus: Corpus, schema: ModelSchema) -> dict[str, str]:
    """Every file of the package but the models; `schema` (the models' input) names the value types they use."""
    env = environment(Path(__file__).parent / "templates")
    workbook = guide_workbook(corpus)
    classes, errors = error_views(corpus)
    enums = enum_views(corpus)
    types = realtime_views(corpus)
    groups = group_views(corpus)
    out = {
        "pyproject.toml": env.get_template("pyproject.toml.j2").render(
            version=VERSION,
            workbook=workbook,
            requirements=[d.requirement for d in dependencies.RUNTIME],
            extras={extra: [d.requirement for d in needs] for extra, needs in dependencies.EXTRAS.items()},
        ),
        "tests/constraints-lowest.txt": dependencies.lowest_constraints(),
        "README.md": env.get_template("package_readme.md.j2").render(
            version=VERSION,
            workbook=workbook,
            http=len(endpoint_views(corpus)),
            realtime=len(types),
            site_url=SITE_URL,
        ),
        "kiwoom_sdk/__init__.py": env.get_template("package_init.py.j2").render(
            version=VERSION, workbook=workbook, site_url=SITE_URL
        ),
        "kiwoom_sdk/py.typed": "",
        "kiwoom_sdk/errors.py": env.get_template("errors.py.j2").render(
            classes=classes, errors=errors, forms=error_forms_view(corpus)
        ),
        "kiwoom_sdk/codes.py": env.get_template("codes.py.j2").render(enums=enums),
        "kiwoom_sdk/realtime.py": env.get_template("realtime.py.j2").render(
            types=types,
            rows=answer_row_views(corpus),
            entries=answer_entry_views(corpus),
            item_code=item_code_pattern(corpus),
            item_code_shape=item_code_shape(corpus),
            us_item_code=item_code_pattern(corpus, "us"),
            us_item_code_shape=item_code_shape(corpus, "us"),
            market_prefix=market_prefix_pattern(corpus),
            group_length=group_length(corpus),
            seq_length=condition_seq_length(corpus),
            conditions=condition_search_views(corpus),
            push_trnm=push_trnm(corpus),
            registration=registration_view(corpus),
            session=session_trnms(corpus),
        ),
        "kiwoom_sdk/_protocol.py": env.get_template("protocol.py.j2").render(
            content_type=corpus.protocol["content_type"],
            websocket_paths=websocket_paths(corpus),
            item_suffixes=item_suffixes(corpus),
        ),
        "kiwoom_sdk/_value_types.py": env.get_template("value_types.py.j2").render(
            enums=enums,
            scales=scale_views(schema.scales),
            price_arguments=price_argument_views(schema.price_decimals),
        ),
        "kiwoom_sdk/_endpoints.py": env.get_template("endpoints.py.j2").render(
            endpoints=endpoint_views(corpus),
            hosts=hosts(corpus),
            grids=grid_views(corpus),
            credentials=credential_fields(corpus),
            item_codes=list(corpus.item_codes().values()),
        ),
        "kiwoom_sdk/client.py": env.get_template("client.py.j2").render(groups=groups, variants=VARIANTS),
    }
    for group in groups:
        out[f"kiwoom_sdk/api/{group.module.replace('.', '/')}.py"] = env.get_template("api_group.py.j2").render(
            group=group, variants=VARIANTS
        )
    for package in sorted({"api", *(f"api/{g.module.rsplit('.', 1)[0]}" for g in groups if "." in g.module)}):
        out[f"kiwoom_sdk/{package}/__init__.py"] = (
            f'"""kiwoom_sdk.{package.replace("/", ".")}: generated; do not edit."""\n'
        )
    for source in sorted(RUNTIME.rglob("*.py")):
        out[f"kiwoom_sdk/{source.relative_to(RUNTIME).as_posix()}"] = source.read_text(encoding="utf-8")
    return out
