import pytest

from enterprises import credit_code

# The example of GB 32100-2015 and a published enterprise code.
VALID = ["91350100M000100Y43", "91110000600037341L"]


@pytest.mark.parametrize("code", VALID)
def test_valid_codes_pass(code):
    assert credit_code.problem(code) is None


@pytest.mark.parametrize(("code", "reason"), [
    ("91350100M000100Y4", "应为 18 位"),
    ("91350100M000100Y44", "校验位不正确"),
    ("91350100M000100YI3", "不允许的字符"),
    ("9135A100M000100Y43", "行政区划"),
])
def test_invalid_codes_say_why(code, reason):
    assert reason in credit_code.problem(code)


def test_complete_appends_the_check_character():
    assert credit_code.complete("91350100M000100Y4") == "91350100M000100Y43"
