"""Base classes of the generated request and response models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidatorFunctionWrapHandler, model_validator

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, unused-ignore]
    import polars

    from .frames import FrameOptions


class KiwoomModel(BaseModel):
    """A parsed response object. Lossless: `raw` is the object exactly as received, and fields the
    spec does not know are kept (as `model_extra`), never dropped or rejected."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True, frozen=True)

    _raw: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_raw(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        model = handler(data)
        if isinstance(data, Mapping) and isinstance(model, KiwoomModel):
            model._raw = dict(data)
        return model

    @property
    def raw(self) -> dict[str, Any]:
        """The JSON object as the server sent it, every value still a string."""
        return self._raw


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
