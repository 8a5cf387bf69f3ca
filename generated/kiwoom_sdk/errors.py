"""Errors Kiwoom answers with: one class per code of the guide's error sheet, and the forms the
servers use beyond it (refusals, codes embedded in return_msg, message-based refinements, no-data
answers, SYSTEM notices that end a realtime session).

Generated from specs/errors.yaml and specs/api.yaml by `python -m generator build`; do not edit.
"""

from __future__ import annotations

import re

from ._exceptions import KiwoomError, SessionEnded

__all__ = [
    "EMBEDDED_CODES",
    "ERRORS_BY_CODE",
    "KiwoomError",
    "NO_DATA",
    "NO_DATA_RETURN_CODES",
    "REFINEMENTS",
    "REISSUE_TOKEN_CODES",
    "REFUSAL_CODE",
    "REFUSAL_RETURN_CODE",
    "SESSION_NOTICES",
    "SessionEnded",
    "error_class_for",
    "AuthError",
    "KiwoomEnvironmentError",
    "InputError",
    "RateLimitError",
    "ServerError",
    "ApiIdMissing",
    "ApiIdNotServedAtUrl",
    "ApiIdUnknown",
    "RequiredValueMissing",
    "HeaderUnreadable",
    "AuthorizationHeaderMissing",
    "AuthorizationHeaderMalformed",
    "AuthorizationGrantTypeInvalid",
    "AuthorizationTokenMissing",
    "InputFormatInvalid",
    "RecursiveCallBlocked",
    "ApiRateLimitExceeded",
    "TotalRateLimitExceeded",
    "GroupRateLimitExceeded",
    "MarketCodeNotFound",
    "ItemNotFound",
    "ItemNotFoundOnExchange",
    "UnexpectedServerError",
    "AppKeyVerificationFailed",
    "AppKeyVerificationFailedWithReason",
    "TokenLookupFailed",
    "TokenInvalid",
    "TokenCreationFailed",
    "TokenIssueFailed",
    "TokenIpMismatch",
    "GrantTypeMissing",
    "GrantTypeWrong",
    "TokenRevokeFailed",
    "RevokeTokenMissing",
    "AppKeyOrSecretMissing",
    "AppKeyEnvironmentMismatch",
    "TokenEnvironmentMismatch",
    "DeviceAuthFailed",
    "DesignatedDeviceAuthFailed",
    "TokenOrDeviceAuthFailed",
    "NotSupportedOnMock",
    "CorporateCustomerNotSupported",
    "RequestRefused",
    "OrderRefused",
    "ServiceNotOfferedOnMock",
    "SessionTakenOver",
]


class AuthError(KiwoomError):
    """Credentials or the access token were refused; where the token itself was refused, issue a new token and send the call again once, then give up."""

    error_class = "auth"


class KiwoomEnvironmentError(KiwoomError):
    """The account, key or server environment does not allow this call."""

    error_class = "environment"


class InputError(KiwoomError):
    """The request is wrong; fix the call, retrying does not help."""

    error_class = "input"


class RateLimitError(KiwoomError):
    """Too many requests; back off with jitter and retry queries (never orders)."""

    error_class = "rate_limit"


class ServerError(KiwoomError):
    """The server failed; queries may be retried, an order's state is unknown."""

    error_class = "server"


class ApiIdMissing(InputError):
    """1501: The api-id header is absent or empty.

    Guide message: API ID가 Null이거나 값이 없습니다
    """

    code = 1501
    note = "The api-id header is absent or empty"  # the server's message is Korean: str() says what the code means


class ApiIdNotServedAtUrl(InputError):
    """1504: The api-id is valid but is not served at the requested URL.

    Guide message: 해당 URI에서는 지원하는 API ID가 아닙니다. API ID={?}, URI={?}
    """

    code = 1504
    note = "The api-id is valid but is not served at the requested URL"  # the server's message is Korean: str() says what the code means


class ApiIdUnknown(InputError):
    """1505: No API has this api-id.

    Guide message: 해당 API ID는 존재하지 않습니다. API ID={?}
    """

    code = 1505
    note = "No API has this api-id"  # the server's message is Korean: str() says what the code means


class RequiredValueMissing(InputError):
    """1511: A required request field is missing; the message names it.

    Guide message: 필수 입력 값에 값이 존재하지 않습니다. 필수입력 파라미터={?}
    """

    code = 1511
    note = "A required request field is missing; the message names it"  # the server's message is Korean: str() says what the code means


class HeaderUnreadable(InputError):
    """1512: An HTTP header is missing or cannot be read.

    Guide message: Http header에 값이 설정되지 않았거나 읽을 수 없습니다
    """

    code = 1512
    note = (
        "An HTTP header is missing or cannot be read"  # the server's message is Korean: str() says what the code means
    )


class AuthorizationHeaderMissing(AuthError):
    """1513: The authorization header is absent.

    Guide message: Http Header에 authorization 필드가 설정되어 있어야 합니다
    """

    code = 1513
    note = "The authorization header is absent"  # the server's message is Korean: str() says what the code means


class AuthorizationHeaderMalformed(AuthError):
    """1514: The authorization header is not in the expected form.

    Guide message: 입력으로 들어온 Http Header의 authorization 필드 형식이 맞지 않습니다
    """

    code = 1514
    note = "The authorization header is not in the expected form"  # the server's message is Korean: str() says what the code means


class AuthorizationGrantTypeInvalid(AuthError):
    """1515: The token type in the authorization header is not the expected one (Bearer).

    Guide message: Http Header의 authorization 필드 내 Grant Type이 미리 정의된 형식이 아닙니다
    """

    code = 1515
    note = "The token type in the authorization header is not the expected one (Bearer)"  # the server's message is Korean: str() says what the code means


class AuthorizationTokenMissing(AuthError):
    """1516: The authorization header carries no token.

    Guide message: Http Header의 authorization 필드 내 Token이 정의되어 있지 않습니다
    """

    code = 1516
    note = "The authorization header carries no token"  # the server's message is Korean: str() says what the code means


class InputFormatInvalid(InputError):
    """1517: A request value has the wrong format; the message names the field and the reason.

    Guide message: 입력 값 형식이 올바르지 않습니다. 파라미터={?} 실패사유= {?}
    """

    code = 1517
    note = "A request value has the wrong format; the message names the field and the reason"  # the server's message is Korean: str() says what the code means


class RecursiveCallBlocked(RateLimitError):
    """1687: Calls were refused because a recursive call pattern was detected.

    Guide message: 재귀 호출이 발생하여 API 호출을 제한합니다, API ID={?}
    """

    code = 1687
    note = "Calls were refused because a recursive call pattern was detected"  # the server's message is Korean: str() says what the code means


class ApiRateLimitExceeded(RateLimitError):
    """1700: Too many requests for this API; slow down and retry later.

    Guide message: 허용된 API 요청 개수를 초과하였습니다. 유량={?}, API ID={?}
    """

    code = 1700
    note = "Too many requests for this API; slow down and retry later"  # the server's message is Korean: str() says what the code means


class TotalRateLimitExceeded(RateLimitError):
    """1701: Too many requests in total across APIs.

    Guide message: 허용된 전체 요청 개수를 초과하였습니다. 총유량={?}
    """

    code = 1701
    note = "Too many requests in total across APIs"  # the server's message is Korean: str() says what the code means


class GroupRateLimitExceeded(RateLimitError):
    """1702: Too many requests for this API's rate-limit group.

    Guide message: 허용된 그룹 요청 개수를 초과하였습니다. 총유량={?}, API_ID={?}
    """

    code = 1702
    note = "Too many requests for this API's rate-limit group"  # the server's message is Korean: str() says what the code means


class MarketCodeNotFound(InputError):
    """1901: The market of the given item code does not exist.

    Guide message: 시장 코드값이 존재하지 않습니다. 종목코드={?}
    """

    code = 1901
    note = "The market of the given item code does not exist"  # the server's message is Korean: str() says what the code means


class ItemNotFound(InputError):
    """1902: No item matches the given code.

    Guide message: 종목 정보가 없습니다. 입력한 종목코드 값을 확인바랍니다. 종목코드={?}
    """

    code = 1902
    note = "No item matches the given code"  # the server's message is Korean: str() says what the code means


class ItemNotFoundOnExchange(InputError):
    """1903: No item matches the given code on the given exchange.

    Guide message: 종목 정보가 없습니다. 입력한 종목코드, 거래소구분 값을 확인바랍니다. 거래소구분={?}, 종목코드={?}
    """

    code = 1903
    note = "No item matches the given code on the given exchange"  # the server's message is Korean: str() says what the code means


class UnexpectedServerError(ServerError):
    """1999: The server failed unexpectedly.

    Guide message: 예기치 못한 에러가 발생했습니다. 실패사유={?}
    """

    code = 1999
    note = "The server failed unexpectedly"  # the server's message is Korean: str() says what the code means


class AppKeyVerificationFailed(AuthError):
    """8001: The app key and secret key were not accepted.

    Guide message: App Key와 Secret Key 검증에 실패했습니다
    """

    code = 8001
    note = (
        "The app key and secret key were not accepted"  # the server's message is Korean: str() says what the code means
    )


class AppKeyVerificationFailedWithReason(AuthError):
    """8002: The app key and secret key were not accepted; the message gives a reason.

    Guide message: App Key와 Secret Key 검증에 실패했습니다. 실패사유={?}
    """

    code = 8002
    note = "The app key and secret key were not accepted; the message gives a reason"  # the server's message is Korean: str() says what the code means


class TokenLookupFailed(AuthError):
    """8003: The access token could not be looked up.

    Guide message: Access Token을 조회하는데 실패했습니다. 실패사유={?}
    """

    code = 8003
    note = "The access token could not be looked up"  # the server's message is Korean: str() says what the code means


class TokenInvalid(AuthError):
    """8005: The access token is not valid (expired, revoked or unknown); issue a new one.

    Guide message: Token이 유효하지 않습니다
    """

    code = 8005
    note = "The access token is not valid (expired, revoked or unknown); issue a new one"  # the server's message is Korean: str() says what the code means


class TokenCreationFailed(AuthError):
    """8006: The access token could not be created.

    Guide message: Access Token을 생성하는데 실패했습니다. 실패사유={?}
    """

    code = 8006
    note = "The access token could not be created"  # the server's message is Korean: str() says what the code means


class TokenIssueFailed(AuthError):
    """8009: The access token could not be issued.

    Guide message: Access Token을 발급하는데 실패했습니다. 실패사유={?}
    """

    code = 8009
    note = "The access token could not be issued"  # the server's message is Korean: str() says what the code means


class TokenIpMismatch(KiwoomEnvironmentError):
    """8010: The token was issued to a different IP address than the caller's.

    Guide message: Token을 발급받은 IP와 서비스를 요청한 IP가 동일하지 않습니다
    """

    code = 8010
    note = "The token was issued to a different IP address than the caller's"  # the server's message is Korean: str() says what the code means


class GrantTypeMissing(InputError):
    """8011: The token request has no grant_type.

    Guide message: Access Token을 발급하는데 실패했습니다. 입력값에 grant_type이 들어오지 않았습니다
    """

    code = 8011
    note = "The token request has no grant_type"  # the server's message is Korean: str() says what the code means


class GrantTypeWrong(InputError):
    """8012: The token request's grant_type is not client_credentials.

    Guide message: Access Token을 발급하는데 실패했습니다. grant_type의 값이 맞지 않습니다
    """

    code = 8012
    note = "The token request's grant_type is not client_credentials"  # the server's message is Korean: str() says what the code means


class TokenRevokeFailed(AuthError):
    """8015: The access token could not be revoked.

    Guide message: Access Token을 폐기하는데 실패했습니다. 실패사유={?}
    """

    code = 8015
    note = "The access token could not be revoked"  # the server's message is Korean: str() says what the code means


class RevokeTokenMissing(InputError):
    """8016: The revoke request carries no token.

    Guide message: Access Token을 폐기하는데 실패했습니다. 입력값에 Token이 들어오지 않았습니다
    """

    code = 8016
    note = "The revoke request carries no token"  # the server's message is Korean: str() says what the code means


class AppKeyOrSecretMissing(InputError):
    """8020: The token request has no appkey or secretkey.

    Guide message: 입력파라미터로 appkey 또는 secretkey가 들어오지 않았습니다.
    """

    code = 8020
    note = (
        "The token request has no appkey or secretkey"  # the server's message is Korean: str() says what the code means
    )


class AppKeyEnvironmentMismatch(KiwoomEnvironmentError):
    """8030: The app key belongs to the other environment (real vs mock).

    Guide message: 투자구분(실전/모의)이 달라서 Appkey를 사용할수가 없습니다
    """

    code = 8030
    note = "The app key belongs to the other environment (real vs mock)"  # the server's message is Korean: str() says what the code means


class TokenEnvironmentMismatch(KiwoomEnvironmentError):
    """8031: The token belongs to the other environment (real vs mock).

    Guide message: 투자구분(실전/모의)이 달라서 Token를 사용할수가 없습니다
    """

    code = 8031
    note = "The token belongs to the other environment (real vs mock)"  # the server's message is Korean: str() says what the code means


class DeviceAuthFailed(AuthError):
    """8040: Device authentication failed.

    Guide message: 단말기 인증에 실패했습니다
    """

    code = 8040
    note = "Device authentication failed"  # the server's message is Korean: str() says what the code means


class DesignatedDeviceAuthFailed(AuthError):
    """8050: Designated-device authentication failed.

    Guide message: 지정단말기 인증에 실패했습니다
    """

    code = 8050
    note = "Designated-device authentication failed"  # the server's message is Korean: str() says what the code means


class TokenOrDeviceAuthFailed(AuthError):
    """8103: Token or device authentication failed; the message gives a reason.

    Guide message: 토큰 인증 또는 단말기인증에 실패했습니다. 실패사유={?}
    """

    code = 8103
    note = "Token or device authentication failed; the message gives a reason"  # the server's message is Korean: str() says what the code means


class NotSupportedOnMock(KiwoomEnvironmentError):
    """8104: This API is not available on the mock (paper trading) server.

    Guide message: 모의투자에서 지원하지 않는 API 입니다.
    """

    code = 8104
    note = "This API is not available on the mock (paper trading) server"  # the server's message is Korean: str() says what the code means


class CorporateCustomerNotSupported(KiwoomEnvironmentError):
    """8200: This API is not available to corporate customers.

    Guide message: 법인 고객은 해당 API를 지원하지 않습니다. API ID={?}, URI={?}
    """

    code = 8200
    note = "This API is not available to corporate customers"  # the server's message is Korean: str() says what the code means


class RequestRefused(InputError):
    """2000: The broker refused the request before acting on it (return_code 20, "[2000](CODE:reason)"); reason_code and reason are the broker's ('RC4058', '모의투자 장종료'). Fix the request; sending it again unchanged does not help."""

    code = 2000


class OrderRefused(RequestRefused):
    """2000, to an order. The broker refused the order: it was NOT placed, so (unlike OrderStateUnknown) it is safe to fix and send again. reason_code and reason are the broker's ('571557', '주문단가를 잘못입력하셨습니다')."""

    note = "the order was NOT placed; fix it and send it again"


class ServiceNotOfferedOnMock(KiwoomEnvironmentError):
    """1999, 2000 with a message matching '모의투자에서는 해당업무가 제공되지 않습니다': The mock server does not offer this service (1999, or a refusal "[2000](RC9000:모의투자에서는 해당업무가 제공되지 않습니다)"); use the real server. Not a server failure: never retried."""


class SessionTakenOver(SessionEnded):
    """SYSTEM R10001: Another connection logged in with this app key and the server closed this session. Reconnecting would take the key back from that connection, so the session ends and says so.

    Server message: 동일한 App key로 접속이 되었습니다. 기존 세션은 종료가 됩니다
    """

    notice = "R10001"


ERRORS_BY_CODE: dict[int, type[KiwoomError]] = {
    1501: ApiIdMissing,
    1504: ApiIdNotServedAtUrl,
    1505: ApiIdUnknown,
    1511: RequiredValueMissing,
    1512: HeaderUnreadable,
    1513: AuthorizationHeaderMissing,
    1514: AuthorizationHeaderMalformed,
    1515: AuthorizationGrantTypeInvalid,
    1516: AuthorizationTokenMissing,
    1517: InputFormatInvalid,
    1687: RecursiveCallBlocked,
    1700: ApiRateLimitExceeded,
    1701: TotalRateLimitExceeded,
    1702: GroupRateLimitExceeded,
    1901: MarketCodeNotFound,
    1902: ItemNotFound,
    1903: ItemNotFoundOnExchange,
    1999: UnexpectedServerError,
    8001: AppKeyVerificationFailed,
    8002: AppKeyVerificationFailedWithReason,
    8003: TokenLookupFailed,
    8005: TokenInvalid,
    8006: TokenCreationFailed,
    8009: TokenIssueFailed,
    8010: TokenIpMismatch,
    8011: GrantTypeMissing,
    8012: GrantTypeWrong,
    8015: TokenRevokeFailed,
    8016: RevokeTokenMissing,
    8020: AppKeyOrSecretMissing,
    8030: AppKeyEnvironmentMismatch,
    8031: TokenEnvironmentMismatch,
    8040: DeviceAuthFailed,
    8050: DesignatedDeviceAuthFailed,
    8103: TokenOrDeviceAuthFailed,
    8104: NotSupportedOnMock,
    8200: CorporateCustomerNotSupported,
    2000: RequestRefused,
}

# Where return_msg names a code, tried in order: (?P<code>), and the broker's (?P<reason_code>) and (?P<reason>).
EMBEDDED_CODES: tuple[re.Pattern[str], ...] = (
    re.compile("\\[(?P<code>\\d+)\\]\\((?P<reason_code>[^:()]+):(?P<reason>.*)\\)"),
    re.compile("\\[CODE=(?P<code>\\d+),\\s*MESSAGE=(?P<reason>[^\\]]*)\\]"),
    re.compile("\\[(?P<code>\\d+)\\s*:(?P<reason>[^\\]]*)\\]"),
)
# Auth codes that refuse the token itself (errors.yaml reissue_token): a new token is issued and the call sent again,
# once; the other auth codes (a key refused, a device not allowed) give up at once.
REISSUE_TOKEN_CODES = frozenset({1516, 8003, 8005})
REFUSAL_CODE = 2000
REFUSAL_RETURN_CODE = 20  # a refusal's return_code, with or without an embedded code
# (codes, message pattern, class): a code whose message says more than the code.
REFINEMENTS: tuple[tuple[frozenset[int], re.Pattern[str], type[KiwoomError]], ...] = (
    (frozenset({1999, 2000}), re.compile("모의투자에서는 해당업무가 제공되지 않습니다"), ServiceNotOfferedOnMock),
)
# A query answered with one of these return codes and a message matching NO_DATA has no rows.
NO_DATA_RETURN_CODES = frozenset({0, 20})
NO_DATA = re.compile("조회된\\ 데이터가\\ 없습니다|해당조회내역이\\ 없습니다")
# SYSTEM notices after which a realtime session ends instead of reconnecting.
SESSION_NOTICES: dict[str, type[SessionEnded]] = {
    "R10001": SessionTakenOver,
}


def error_class_for(code: int) -> type[KiwoomError]:
    """The class for a Kiwoom error code; KiwoomError itself for a code the spec does not know."""
    return ERRORS_BY_CODE.get(code, KiwoomError)
