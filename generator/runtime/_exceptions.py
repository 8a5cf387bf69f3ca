"""The base of every error the SDK raises; generated subclasses add one class per Kiwoom code."""

from __future__ import annotations

from typing import Any, ClassVar


class KiwoomError(Exception):
    """An error answer from Kiwoom: the API id, the code and the message, never credentials."""

    code: ClassVar[int | None] = None
    error_class: ClassVar[str] = ""

    def __init__(
        self, message: str, *, api_id: str | None = None, code: int | None = None, response: Any = None
    ) -> None:
        self.api_id = api_id
        self.message = message
        self.response = response
        self.returned_code: int | None = code if code is not None else type(self).code
        where = f"{api_id}: " if api_id else ""
        number = f"[{self.returned_code}] " if self.returned_code is not None else ""
        super().__init__(f"{where}{number}{message}")
