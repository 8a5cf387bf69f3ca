"""Base classes of the generated request and response models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from pydantic import (
    BaseModel,
    ConfigDict,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    ValidatorFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from ._reading import _Plan, fill, plan_of

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, unused-ignore]
    import polars

    from .frames import FrameOptions


class KiwoomModel(BaseModel):
    """A parsed response object. Lossless: `raw` is the object exactly as received, and fields the
    spec does not know are kept (as `model_extra`), never dropped or rejected.

    An answer is read by its model's plan (`_reading`: one converter call a value) or, for input of
    another shape, validated by pydantic; both make the same model. The rows of an answer's lists
    are read when first used: the first time a field of a row is read (or the row is compared,
    hashed, iterated, printed or serialized), every row of its list is read, column by column
    (`_reading.Rows`); until then a row holds its `raw` object and `vars(row)` is empty."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True, frozen=True)

    _raw: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_raw(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        if data.__class__ is dict:
            plan = plan_of(cls)
            read = plan.read(data) if plan is not None else None
            if read is not None:
                return read
        model = handler(data)
        if isinstance(data, Mapping) and isinstance(model, KiwoomModel):
            model._raw = data if data.__class__ is dict else dict(data)
        return model

    def _complete(self) -> None:
        """Read the fields not read yet (a row of an answer before its first use) from `raw`: every row of its list
        at once (`_reading.Rows`), or this row alone."""
        plan = plan_of(type(self))
        if plan is None:
            return
        private: dict[str, Any] | None = self.__pydantic_private__
        rows = private.pop("_rows", None) if private else None  # read or not, it leaves its list (`==` compares these)
        fields = self.__dict__
        if len(fields) < len(plan.names):
            if rows is not None:
                rows.read()
                if len(fields) == len(plan.names):
                    return
            values = plan.values_of(self.raw)
            if values is not None:
                fill(fields, values)

    if not TYPE_CHECKING:  # pydantic's own __getattr__ is hidden from type checkers the same way

        def __getattr__(self, name: str) -> Any:
            plan = plan_of(type(self))
            if plan is not None:
                if name in plan.names:
                    self._complete()
                    return self.__dict__[name]
                if name not in self.__private_attributes__ and self._set_from_raw(plan):
                    return getattr(self, name)  # the fields set, the extra fields, or an extra field
            return super().__getattr__(name)

    def _set_from_raw(self, plan: _Plan) -> bool:
        """Set the fields set and the extra fields of a row not read yet (`_Plan.unread_all`): True if they were not
        set."""
        private: dict[str, Any] | None = self.__pydantic_private__
        return private is not None and "_raw" in private and plan.set_from_raw(self, private["_raw"])

    @model_serializer(mode="wrap")
    def _complete_first(self, handler: SerializerFunctionWrapHandler) -> Any:
        self._complete()
        return handler(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, KiwoomModel):
            self._complete()
            other._complete()
        return super().__eq__(other)

    def __hash__(self) -> int:
        self._complete()
        return hash(tuple(self.__dict__.get(name) for name in type(self).model_fields))

    def __iter__(self) -> Any:
        self._complete()
        return super().__iter__()

    def __getstate__(self) -> dict[Any, Any]:
        """Pickled without the list of rows it would read with (`_reading.Rows`): it reads itself once unpickled."""
        state = super().__getstate__()
        private = state.get("__pydantic_private__")
        if private and "_rows" in private:
            state["__pydantic_private__"] = {name: value for name, value in private.items() if name != "_rows"}
        return state

    def __repr_args__(self) -> Any:
        self._complete()
        plan = plan_of(type(self))
        if plan is not None:
            self._set_from_raw(plan)  # pydantic looks for the extra fields without __getattr__
        return _hiding_credentials(super().__repr_args__())

    @property
    def raw(self) -> dict[str, Any]:
        """The JSON object as the server sent it, every value still a string (for a row, the row's object
        within its answer's `raw`, the same dict)."""
        private: dict[str, Any] = self.__pydantic_private__  # type: ignore[assignment]
        return private["_raw"]  # type: ignore[no-any-return]


class KiwoomResponse(KiwoomModel):
    """A whole response body: the result code and message, the body fields, and the paging headers."""

    return_code: int | None = None
    return_msg: str | None = None

    _headers: dict[str, str] = PrivateAttr(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        """The response headers Kiwoom defines (api-id, cont-yn, next-key), lower-cased."""
        return self._headers

    @property
    def cont_yn(self) -> bool:
        """True when another page follows (the `cont-yn: Y` header)."""
        return self._headers.get("cont-yn", "").upper() == "Y"

    @property
    def next_key(self) -> str | None:
        """The key to send back for the next page (the `next-key` header), or None."""
        return self._headers.get("next-key") or None

    def to_pandas(self, field: str | None = None, **options: Unpack[FrameOptions]) -> pandas.DataFrame:
        """The rows of this response's list field as a pandas DataFrame with typed columns; `field` names it
        where there are several. Options and dtypes: `kiwoom_sdk.frames.to_pandas`. Needs the `pandas` extra."""
        from .frames import to_pandas

        return to_pandas(self, field=field, **options)

    def to_polars(self, field: str | None = None, **options: Unpack[FrameOptions]) -> polars.DataFrame:
        """The rows of this response's list field as a polars DataFrame with typed columns; `field` names it
        where there are several. Options and dtypes: `kiwoom_sdk.frames.to_polars`. Needs the `polars` extra."""
        from .frames import to_polars

        return to_polars(self, field=field, **options)


class KiwoomRequest(BaseModel):
    """A request body, validated before anything is sent: required fields, lengths and codes.
    Numbers are accepted where the wire wants digits (`ord_qty=10` is sent as "10")."""

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, defer_build=True, coerce_numbers_to_str=True, use_enum_values=True
    )

    def wire(self) -> dict[str, Any]:
        """The JSON body: fields under their wire names, unset optional fields left out."""
        return self.model_dump(by_alias=True, exclude_none=True)

    def __repr_args__(self) -> Any:
        return _hiding_credentials(super().__repr_args__())


def _hiding_credentials(arguments: Any) -> list[tuple[str | None, Any]]:
    """A model's repr arguments, a credential (`_endpoints.CREDENTIALS`: app key, secret key, token) shown as "…"."""
    from ._endpoints import CREDENTIALS  # imported here: _endpoints imports the models' module

    return [(name, "…" if name in CREDENTIALS and value else value) for name, value in arguments]
