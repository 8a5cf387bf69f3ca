"""The model modules, rendered by datamodel-code-generator in a process of their own.

The worker is forked before the specs are read, imports datamodel-code-generator while the build reads them, and
renders the models as soon as it is sent their schema; the build meanwhile validates, lints and renders everything
else on the other core. Where the platform cannot fork, the models are rendered in the build's own process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import traceback
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from ...output.formatting import format_python
from .model_schema import ModelSchema
from .models import preload, render_models


class ModelsFailed(Exception):
    """datamodel-code-generator failed in the worker; the message holds its traceback."""


def formatted_models(schema: ModelSchema) -> dict[str, str]:
    """Relative path (under generated/) -> formatted text of every model module."""
    return format_python(render_models(schema))


def _serve(connection: Connection) -> None:
    with contextlib.suppress(ImportError):  # another version of the code generator: its first call imports them
        preload()
    try:
        schema = connection.recv()
    except EOFError:  # the build stopped before it had a schema to send
        return
    try:
        connection.send((True, formatted_models(schema)))
    except Exception:  # the build shows the worker's traceback; the worker itself has no one to tell
        connection.send((False, traceback.format_exc()))


class ModelWorker:
    """`start(schema)`, then `result()`; `close()` stops a worker whose result is no longer wanted.

    `start` may be called again: with the schema the worker already has, it changes nothing; with another, the
    worker is stopped and the models of the new schema are rendered in this process."""

    def __init__(self) -> None:
        self._schema: ModelSchema | None = None
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        if "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self._connection, child = context.Pipe()
            self._process = context.Process(target=_serve, args=(child,), name="models", daemon=True)
            self._process.start()
            child.close()

    def start(self, schema: ModelSchema) -> None:
        if self._schema is not None:
            if schema == self._schema:
                return
            self.close()
        self._schema = schema
        if self._connection is not None:
            try:
                self._connection.send(schema)
            except OSError:  # the worker is gone; result() renders the models here
                self.close()

    def result(self) -> dict[str, str]:
        if self._schema is None:
            raise RuntimeError("ModelWorker.result() before start()")
        if self._process is None or self._connection is None:
            return formatted_models(self._schema)
        try:
            ok, value = self._connection.recv()
        except (EOFError, OSError):  # closed, or reset when the worker died with our schema unread
            self._process.join()
            raise ModelsFailed(
                f"the model worker ended without a result (exit code {self._process.exitcode})"
            ) from None
        finally:
            self.close()
        if not ok:
            raise ModelsFailed(value)
        models: dict[str, str] = value
        return models

    def close(self) -> None:
        if self._process is not None:
            self._process.terminate()  # a worker that has sent its result has ended already
            self._process.join()
            self._process = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> ModelWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
