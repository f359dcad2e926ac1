from datetime import timedelta

import pytest

from core import clock, security
from core.errors import NotAuthenticated

SECRET = "s" * 40


def test_a_token_reads_back():
    token = security.issue_access_token(5, 2, SECRET, clock.now(), timedelta(hours=1))
    claims = security.read_access_token(token, SECRET, clock.now())
    assert (claims.user_id, claims.token_version) == (5, 2)


def test_an_expired_token_is_refused():
    token = security.issue_access_token(5, 0, SECRET, clock.now(), timedelta(minutes=1))
    with pytest.raises(NotAuthenticated) as caught:
        security.read_access_token(token, SECRET, clock.now() + timedelta(minutes=2))
    assert caught.value.code == "TOKEN_EXPIRED"


@pytest.mark.parametrize("token", ["", "abc", "a.b.c"])
def test_malformed_tokens_are_refused(token):
    with pytest.raises(NotAuthenticated):
        security.read_access_token(token, SECRET, clock.now())


def test_a_token_signed_with_another_key_is_refused():
    token = security.issue_access_token(5, 0, "o" * 40, clock.now(), timedelta(hours=1))
    with pytest.raises(NotAuthenticated):
        security.read_access_token(token, SECRET, clock.now())


def test_passwords_hash_with_argon2_and_verify():
    hashed = security.hash_password("正确的密码123")
    assert hashed.startswith("$argon2")
    assert security.verify_password("正确的密码123", hashed)
    assert not security.verify_password("wrong", hashed)
    assert not security.verify_password("anything", None)


def test_a_rotated_key_still_verifies_until_it_is_dropped():
    old, new = "o" * 40, "n" * 40
    token = security.issue_access_token(5, 0, old, clock.now(), timedelta(hours=1))
    assert security.read_access_token(token, [new, old], clock.now()).user_id == 5
    with pytest.raises(NotAuthenticated):
        security.read_access_token(token, [new, ""], clock.now())
