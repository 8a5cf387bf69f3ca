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


class RequestInvalid(KiwoomError, ValueError):
    """A request that breaks its spec, refused before anything is sent.

    `problems` lists each broken rule: the field, its Korean name and what is wrong.
    """

    def __init__(self, api_id: str, name_ko: str, problems: list[FieldProblem]) -> None:
        self.problems = problems
        listed = "; ".join(str(p) for p in problems)
        super().__init__(f"{name_ko}: invalid request: {listed}", api_id=api_id)


class FieldProblem:
    """One broken rule of a request field."""

    def __init__(self, field: str, ko: str, rule: str, detail: str) -> None:
        self.field = field
        self.ko = ko
        self.rule = rule  # required, max_length, code, type, unknown_field or conditional
        self.detail = detail

    def __str__(self) -> str:
        named = f"{self.field} ({self.ko})" if self.ko else self.field
        return f"{named}: {self.detail}"

    def __repr__(self) -> str:
        return f"FieldProblem({self.field!r}, rule={self.rule!r}, detail={self.detail!r})"


class ResponseInvalid(KiwoomError):
    """A response that is not Kiwoom's JSON envelope (not JSON, or not an object)."""


class TransportFailed(KiwoomError):
    """The connection failed (refused, reset, timed out) before an answer arrived."""


class OrderStateUnknown(KiwoomError):
    """An order was sent, or may have been, but no answer arrived: it may or may not stand.

    Never send it again blindly: look it up first with the open-orders and fills TRs
    (ka10075 미체결요청, ka10076 체결요청; kt00007 계좌별주문체결내역상세요청; US: ust21150)."""

    def __init__(self, api_id: str, cause: str) -> None:
        super().__init__(
            f"order state unknown: the connection failed ({cause}) after the order may have reached the server; "
            "check ka10075 / ka10076 (US: ust21150) before sending it again",
            api_id=api_id,
        )


class MockUnsupported(KiwoomError):
    """A call the mock server does not serve (NXT / SOR, or a TR it lacks), refused before sending."""


class MissingCredentials(KiwoomError):
    """No app key or secret key was given (arguments or KIWOOM_APPKEY / KIWOOM_SECRETKEY)."""
