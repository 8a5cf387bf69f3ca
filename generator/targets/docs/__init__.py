"""The package's Markdown reference (kiwoom_sdk/docs): an index, a page per category, the code tables, the errors;
and the navigation of the documentation site that shows them (generated/site-nav.yml, see site.py)."""

from __future__ import annotations

from pathlib import Path

from ...output.templates import environment
from ...spec.model import Corpus
from ..views import enum_views, error_forms_view, error_views
from .site import NAV_FILE, site_nav
from .views import category_docs, notice_outcome


def files(corpus: Corpus) -> dict[str, str]:
    env = environment(Path(__file__).parent / "templates")
    categories = category_docs(corpus)
    classes, errors = error_views(corpus)
    forms = error_forms_view(corpus)
    out = {
        "kiwoom_sdk/docs/index.md": env.get_template("docs_index.md.j2").render(
            categories=categories, total=len(corpus.apis)
        ),
        "kiwoom_sdk/docs/codes.md": env.get_template("docs_codes.md.j2").render(enums=enum_views(corpus)),
        "kiwoom_sdk/docs/errors.md": env.get_template("docs_errors.md.j2").render(
            classes=classes, errors=errors, forms=forms, notices=[(n, notice_outcome(n)) for n in forms.notices]
        ),
    }
    for category in categories:
        out[f"kiwoom_sdk/docs/{category.slug}.md"] = env.get_template("docs_category.md.j2").render(category=category)
    out[NAV_FILE] = site_nav(categories)
    return out
