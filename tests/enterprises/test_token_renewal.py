"""POST /auth/refresh: a wall screen stays signed in, revocation still applies, and no renewal outlasts
SESSION_MAX_DAYS from the login it descends from (docs/decisions/058-token-renewal.md)."""

from datetime import timedelta

import pytest

from core import clock, security
from core.identity import Role
from core.models import AuditEntry
from tests import builders

PASSWORD = "correct horse 9"
DAY = timedelta(days=1)


async def login(client) -> dict:
    answer = await client.post("/api/v1/auth/password", json={"username": "duty", "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


async def refresh(client, headers: dict):
    return await client.post("/api/v1/auth/refresh", headers=headers)


def claims(answer, settings):
    return security.read_access_token(answer.json()["access_token"], settings.secret_key, clock.now())


@pytest.fixture
async def duty_officer(db_clean):
    tree = await builders.region_tree()
    return await builders.user(Role.COMMAND, tree["street"], username="duty", password=PASSWORD)


async def test_a_renewed_token_works_and_keeps_its_login_time(client, duty_officer, settings):
    headers = await login(client)
    first = security.read_access_token(headers["Authorization"][7:], settings.secret_key, clock.now())
    clock.travel(6 * DAY)  # the 7-day token is about to expire
    renewed = await refresh(client, headers)
    assert renewed.status_code == 200, renewed.text
    assert claims(renewed, settings).signed_in_at == first.signed_in_at
    clock.travel(3 * DAY)  # past the first token's expiry, within the renewed one's
    fresh = {"Authorization": f"Bearer {renewed.json()['access_token']}"}
    assert (await client.get("/api/v1/me", headers=fresh)).status_code == 200
    assert (await client.get("/api/v1/me", headers=headers)).json()["code"] == "TOKEN_EXPIRED"
    assert await AuditEntry.filter(action="auth.token_renewed", actor_user_id=duty_officer.id).count() == 1


async def test_no_renewal_outlasts_the_session_cap(client, duty_officer, settings):
    headers = await login(client)
    for _ in range((settings.session_max_days - 1) // 6):  # every six days, as a screen would, to day 24
        clock.travel(6 * DAY)
        answer = await refresh(client, headers)
        assert answer.status_code == 200, answer.text
        headers = {"Authorization": f"Bearer {answer.json()['access_token']}"}
    clock.travel(6 * DAY)  # day 30: the day-24 token is still valid, but the login is past the cap
    refused = await refresh(client, headers)
    assert refused.status_code == 401 and refused.json()["code"] == "SESSION_TOO_OLD"
    assert "请重新登录" in refused.json()["message"]


async def test_a_revoked_token_cannot_be_renewed(client, duty_officer):
    headers = await login(client)
    assert (await client.post("/api/v1/auth/logout", headers=headers)).status_code == 204
    refused = await refresh(client, headers)
    assert refused.status_code == 401 and refused.json()["code"] == "TOKEN_REVOKED"
    assert await AuditEntry.filter(action="auth.token_renewed").count() == 0


async def test_without_a_token_it_is_401(client, duty_officer):
    answer = await client.post("/api/v1/auth/refresh")
    assert answer.status_code == 401 and answer.json()["code"] == "NOT_AUTHENTICATED"
