"""Error answers in the forms Kiwoom's servers send (specs/recorded, each with its source), through
the public client against the simulator: the simulator answers the
next call of a TR with the recorded body (Faults.canned), the client turns it into its typed error
or its typed empty answer."""

from __future__ import annotations

from typing import Any

import pytest
from kiwoom_sdk import Kiwoom, KiwoomError, OrderStateUnknown, Retry, errors
from kiwoom_sdk.sim import Faults, Simulator, running

from .conftest import recorded_payload as recorded

ONCE = Retry(attempts=1)  # no retry: the first answer's error is raised
FAST = Retry(attempts=5, base=0.005, cap=0.02)
ORDER: dict[str, Any] = {"dmst_stex_tp": "KRX", "stk_cd": "005930", "ord_qty": 1, "trde_tp": "3"}
# The recorded TRs, called with arguments that pass validation (the canned answer is what matters).
CALLS: dict[str, dict[str, Any]] = {
    "kt10000": ORDER,
    "kt10001": ORDER,
    "ka10080": {"stk_cd": "005930", "tic_scope": "1", "upd_stkpc_tp": "1"},
    "ka10075": {"all_stk_tp": "0", "trde_tp": "0", "stex_tp": "0"},
    "kt00018": {"qry_tp": "1", "dmst_stex_tp": "KRX"},
    "ka10001": {"stk_cd": "005930"},
}
MOCK_1999 = "예기치 못한 에러가 발생했습니다. 실패사유=모의투자에서는 해당업무가 제공되지 않습니다"


class Seen:
    """A hook that keeps what the client reports."""

    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, event: str, details: dict[str, Any]) -> None:
        self.events.append((event, details))

    def count(self, event: str, api_id: str) -> int:
        return sum(1 for e, d in self.events if e == event and d.get("api_id") == api_id)


def _call(sim: Simulator, api_id: str, *, retry: Retry = ONCE, hook: Seen | None = None) -> Any:
    with Kiwoom(*sim.keys, base_url=sim.url, rate=1000, burst=100, retry=retry, hook=hook) as client:
        return getattr(client, api_id)(**CALLS[api_id])


def _canned(*answers: tuple[str, int, dict[str, Any]]) -> Faults:
    canned: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for api_id, status, body in answers:
        canned.setdefault(api_id, []).append((status, body))
    return Faults(canned=canned)


@pytest.mark.parametrize(
    ("prefix", "expected", "code", "reason_code", "reason"),
    [
        ("019", errors.OrderRefused, 2000, "RC4058", "모의투자 장종료"),
        (
            "020",
            errors.ApiRateLimitExceeded,
            1700,
            None,
            "허용된 API 요청 개수를 초과하였습니다. 유량=5, API ID=ka10080",
        ),
        ("022", errors.OrderRefused, 2000, "571557", "주문단가를 잘못입력하셨습니다"),
    ],
)
def test_recorded_error_answers_raise_their_class_code_and_reason(
    prefix: str, expected: type[KiwoomError], code: int, reason_code: str | None, reason: str
) -> None:
    case = recorded(prefix)
    api_id, payload = case["api_id"], case["payload"]
    seen = Seen()
    faults = _canned((api_id, case["http_status"] or 200, payload))
    with running(seed=60, faults=faults) as sim, pytest.raises(KiwoomError) as caught:
        _call(sim, api_id, hook=seen)
    error = caught.value
    assert type(error) is expected, error
    assert (error.api_id, error.returned_code, error.reason_code, error.reason) == (api_id, code, reason_code, reason)
    assert error.message == payload["return_msg"] and error.response == payload
    assert seen.count("request", api_id) == 1


@pytest.mark.parametrize("prefix", ["019", "022"])
def test_an_order_refusal_says_the_order_was_not_placed_and_is_not_retried(prefix: str) -> None:
    case = recorded(prefix)
    api_id = case["api_id"]
    seen = Seen()
    with running(seed=61, faults=_canned((api_id, 200, case["payload"]))) as sim:
        with pytest.raises(errors.OrderRefused) as caught:
            _call(sim, api_id, retry=FAST, hook=seen)
        orders = len(sim.state.account.orders)
    assert isinstance(caught.value, errors.RequestRefused) and isinstance(caught.value, errors.InputError)
    assert not isinstance(caught.value, OrderStateUnknown)
    assert "NOT placed" in str(caught.value) and "NOT placed" in (errors.OrderRefused.__doc__ or "")
    assert seen.count("request", api_id) == 1 and seen.count("retry", api_id) == 0
    assert orders == 0  # the simulator's account never saw it


def test_a_refusal_to_a_query_is_a_request_refusal_not_an_order_refusal() -> None:
    body = {"return_code": 20, "return_msg": "[2000](RC7006:모의투자 조회실패)"}
    with running(seed=62, faults=_canned(("ka10001", 200, body))) as sim, pytest.raises(KiwoomError) as caught:
        _call(sim, "ka10001")
    assert type(caught.value) is errors.RequestRefused
    assert (caught.value.reason_code, caught.value.reason) == ("RC7006", "모의투자 조회실패")


def test_the_rate_limit_answer_of_020_is_retried_and_the_query_succeeds() -> None:
    case = recorded("020")
    seen = Seen()
    with running(seed=63, faults=_canned(("ka10080", 429, case["payload"]))) as sim:
        answer = _call(sim, "ka10080", retry=FAST, hook=seen)
    assert answer.return_code == 0 and answer.stk_min_pole_chart_qry
    assert [d["code"] for e, d in seen.events if e == "retry"] == [1700]


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (429, {"return_code": 5, "return_msg": "새로운 제한[4321:아직 모르는 코드]"}, errors.RateLimitError),
        (500, {"return_code": 9, "return_msg": "[CODE=4321, MESSAGE=아직 모르는 코드]"}, errors.ServerError),
        (200, {"return_code": 7, "return_msg": "무언가 [4321:아직 모르는 코드]"}, KiwoomError),
    ],
)
def test_an_unknown_embedded_code_keeps_the_code_and_takes_its_class_from_the_status(
    status: int, body: dict[str, Any], expected: type[KiwoomError]
) -> None:
    with running(seed=64, faults=_canned(("ka10001", status, body))) as sim, pytest.raises(KiwoomError) as caught:
        _call(sim, "ka10001")
    assert type(caught.value) is expected
    assert caught.value.returned_code == 4321 and caught.value.message == body["return_msg"]
    assert caught.value.reason == "아직 모르는 코드"


def test_the_websocket_form_of_8005_over_rest_re_issues_the_token_once() -> None:
    body = {"return_code": 805004, "return_msg": recorded("027")["payload"]["return_msg"]}
    seen = Seen()
    with running(seed=65, faults=_canned(("ka10001", 401, body))) as sim:
        answer = _call(sim, "ka10001", retry=FAST, hook=seen)
        issued = len(sim.state.tokens)
    assert answer.return_code == 0
    assert [d["reason"] for e, d in seen.events if e == "token"] == [8005] and issued == 2


@pytest.mark.parametrize("message", ["조회된 데이터가 없습니다", "모의투자 해당조회내역이 없습니다."])
def test_a_query_answered_no_data_with_return_code_20_is_an_empty_answer(message: str) -> None:
    body = {"return_code": 20, "return_msg": message}
    with running(seed=66, faults=_canned(("ka10075", 200, body))) as sim:
        answer = _call(sim, "ka10075")
    assert type(answer).__name__ == "Ka10075Response"
    assert answer.oso == [] and answer.return_code == 20 and answer.return_msg == message


@pytest.mark.parametrize("prefix", ["014", "017"])
def test_recorded_empty_answers_with_return_code_0_have_empty_lists(prefix: str) -> None:
    case = recorded(prefix)
    api_id, payload = case["api_id"], case["payload"]
    with running(seed=67, faults=_canned((api_id, 200, payload))) as sim:
        answer = _call(sim, api_id)
    lists = {name: value for name, value in answer if isinstance(value, list)}
    assert lists and all(value == [] for value in lists.values()), lists
    assert answer.raw == payload


def test_no_data_wording_does_not_turn_an_order_refusal_into_an_answer() -> None:
    body = {"return_code": 20, "return_msg": "조회된 데이터가 없습니다"}
    with running(seed=68, faults=_canned(("kt10000", 200, body))) as sim, pytest.raises(errors.OrderRefused):
        _call(sim, "kt10000")


def test_1999_not_offered_on_mock_is_an_environment_error_and_is_not_retried() -> None:
    refused = {"return_code": 1999, "return_msg": MOCK_1999}
    ok = {"return_code": 0, "return_msg": "정상적으로 처리되었습니다", "stk_cd": "005930"}
    seen = Seen()
    faults = _canned(("ka10001", 500, refused), ("ka10001", 200, ok))
    with running(seed=69, faults=faults) as sim:
        with pytest.raises(KiwoomError) as caught:
            _call(sim, "ka10001", retry=FAST, hook=seen)
        left = len(sim.state.faults.canned["ka10001"])
    error = caught.value
    assert type(error) is errors.ServiceNotOfferedOnMock and isinstance(error, errors.KiwoomEnvironmentError)
    assert not isinstance(error, errors.ServerError) and error.returned_code == 1999
    assert seen.count("retry", "ka10001") == 0 and left == 1  # the second answer was never asked for


def test_a_plain_1999_is_still_a_server_error_and_is_retried() -> None:
    failed = {"return_code": 1999, "return_msg": "예기치 못한 에러가 발생했습니다. 실패사유=timeout"}
    seen = Seen()
    with running(seed=70, faults=_canned(("ka10001", 500, failed))) as sim:
        answer = _call(sim, "ka10001", retry=FAST, hook=seen)
    assert answer.return_code == 0 and seen.count("retry", "ka10001") == 1


def test_the_mock_refusal_rc9000_to_an_order_is_an_environment_error() -> None:
    body = {"return_code": 20, "return_msg": "[2000](RC9000:모의투자에서는 해당업무가 제공되지 않습니다.)"}
    with running(seed=71, faults=_canned(("kt10000", 200, body))) as sim, pytest.raises(KiwoomError) as caught:
        _call(sim, "kt10000")
    assert type(caught.value) is errors.ServiceNotOfferedOnMock and caught.value.reason_code == "RC9000"
