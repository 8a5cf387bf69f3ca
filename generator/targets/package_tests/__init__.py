"""The generated package's own tests (generated/tests): every HTTP TR's valid request and broken rules against the
simulator, and every realtime type's guide frames through the decoder."""

from __future__ import annotations

import json
from pathlib import Path

from ...output.templates import environment
from ...spec.model import Corpus
from ..views import realtime_views
from .cases import http_cases
from .examples import realtime_examples

HERE = Path(__file__).parent


def files(corpus: Corpus) -> dict[str, str]:
    template = environment(HERE / "templates").get_template("test_realtime.py.j2")
    return {
        "tests/test_realtime.py": template.render(
            types=realtime_views(corpus), examples=sorted(realtime_examples(corpus).items())
        ),
        "tests/http_cases.json": json.dumps(http_cases(corpus), ensure_ascii=False, indent=1) + "\n",
        "tests/test_http.py": (HERE / "static" / "test_http.py").read_text(encoding="utf-8"),
    }
