"""Behind a reverse proxy: X-Forwarded-For names the client only when the peer is a trusted proxy
(FORWARDED_ALLOW_IPS, handed to uvicorn by `jinyan serve`); the per-IP login guard and the audit trail use it."""

import httpx
import pytest

from api.cli import proxy_options
from core.identity import Role
from core.models import AuditEntry
from enterprises.models import LoginFailure
from tests import builders
from tests.conftest import served

PASSWORD = "correct horse 9"
FORGED = {"X-Forwarded-For": "203.0.113.7"}


@pytest.mark.parametrize("trusted, seen_as", [
    ("127.0.0.1", "203.0.113.7"),  # the proxy on this host: its header names the client
    ("10.9.9.9", "127.0.0.1"),  # some other proxy: the header is anybody's claim, the peer is the client
    ("", "127.0.0.1"),  # none configured (the default)
])
async def test_the_client_address_comes_from_a_trusted_proxy_only(app, settings, trusted, seen_as):
    settings.forwarded_allow_ips = trusted
    admin = await builders.user(Role.ADMIN, username="admin1", password=PASSWORD)
    async with served(app, **proxy_options(settings)) as base_url, httpx.AsyncClient(base_url=base_url) as http:
        wrong = await http.post("/api/v1/auth/password", json={"username": "admin1", "password": "x"}, headers=FORGED)
        assert wrong.status_code == 401
        assert await LoginFailure.filter(username="admin1").values_list("ip", flat=True) == [seen_as]
        right = await http.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD},
                                headers=FORGED)
    assert right.status_code == 200
    entry = await AuditEntry.get(action="auth.password_login", actor_user_id=admin.id)
    assert entry.ip == seen_as


def test_serve_hands_the_setting_to_uvicorn(settings):
    settings.forwarded_allow_ips = "10.0.0.2,10.0.0.3"
    assert proxy_options(settings) == {"proxy_headers": True, "forwarded_allow_ips": "10.0.0.2,10.0.0.3"}
    settings.forwarded_allow_ips = ""
    assert proxy_options(settings)["proxy_headers"] is False
