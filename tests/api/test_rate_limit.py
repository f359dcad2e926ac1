"""Scans and uploads are limited per user and per IP: 429 with a code and Retry-After, and nothing recorded for
the refused request. The counts can be shared between API processes through Redis."""

import random
import socket

import pytest

from api.app import create_app
from api.rate_limit import retry_after_seconds
from enterprises.models import ScanLog
from core.identity import Role
from enterprises.scans import scan_log
from files.models import Upload
from tests import builders
from tests.conftest import asgi_client
from tests.files import samples


def test_retry_after_is_whole_seconds_and_never_zero():
    assert retry_after_seconds(reset_at=100.2, now=90.0) == 11
    assert retry_after_seconds(reset_at=100.0, now=100.0) == 1
    assert retry_after_seconds(reset_at=99.0, now=100.0) == 1


def _a_private_ip() -> str:
    return f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


async def _scanned(enterprise) -> int:
    await scan_log.flush()
    return await ScanLog.filter(enterprise_id=enterprise.id).count()


class TestScans:
    async def test_one_user_past_the_limit_is_429_from_any_ip_and_others_go_on(self, app, client_from, settings):
        settings.scan_rate_per_user = "3/minute"
        tree = await builders.region_tree()
        enterprise = await builders.enterprise(tree["north_grid"])
        inspector = await builders.user(Role.INSPECTOR, tree["street"])
        colleague = await builders.user(Role.INSPECTOR, tree["street"])
        url = f"/api/v1/scan/{enterprise.qr_token}"
        for n in range(3):
            answer = await client_from(app, f"10.0.1.{n}").get(url, headers=builders.auth(inspector))
            assert answer.status_code == 200
        refused = await client_from(app, "10.0.1.9").get(url, headers=builders.auth(inspector))
        assert refused.status_code == 429
        assert refused.json() == {"code": "SCAN_RATE_LIMITED", "message": "扫码过于频繁,请稍后再试",
                                 "detail": {"retry_after": int(refused.headers["Retry-After"])}}
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert await _scanned(enterprise) == 3
        assert (await client_from(app, "10.0.1.9").get(url, headers=builders.auth(colleague))).status_code == 200

    async def test_one_ip_past_its_limit_is_429_for_the_api_and_the_page(self, app, client_from, settings):
        settings.scan_rate_per_ip = "2/minute"
        tree = await builders.region_tree()
        enterprise = await builders.enterprise(tree["north_grid"])
        office = client_from(app, "203.0.113.7")
        assert (await office.get(f"/api/v1/scan/{enterprise.qr_token}")).status_code == 200
        assert (await office.get(f"/q/{enterprise.qr_token}")).status_code == 200
        refused = await office.get(f"/api/v1/scan/{enterprise.qr_token}")
        assert refused.status_code == 429 and refused.json()["code"] == "SCAN_RATE_LIMITED"
        page = await office.get(f"/q/{enterprise.qr_token}")
        assert page.status_code == 429 and "扫码过于频繁" in page.text and int(page.headers["Retry-After"]) >= 1
        assert page.headers["content-security-policy"].startswith("default-src 'none'")
        assert (await client_from(app, "198.51.100.2").get(f"/q/{enterprise.qr_token}")).status_code == 200
        assert await _scanned(enterprise) == 3


async def test_uploads_past_the_user_limit_are_429_and_store_nothing(client, settings):
    settings.upload_rate_per_user = "2/minute"
    owner = await builders.user(Role.ADMIN)
    headers = builders.auth(owner)
    for size in ((64, 48), (65, 48)):
        answer = await client.post("/api/v1/uploads", headers=headers,
                                   files={"file": ("a.png", samples.png(size), "image/png")})
        assert answer.status_code == 201
    refused = await client.post("/api/v1/uploads", headers=headers,
                                files={"file": ("b.png", samples.png((66, 48)), "image/png")})
    assert refused.status_code == 429 and refused.json()["code"] == "UPLOAD_RATE_LIMITED"
    assert "Retry-After" in refused.headers
    assert await Upload.all().count() == 2


def _redis_is_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _redis_is_up(), reason="no Redis on 127.0.0.1:6379")
async def test_two_processes_share_one_count_through_redis(db_clean, settings, wechat_client):
    shared = settings.model_copy(update={"rate_limit_storage_url": "async+redis://127.0.0.1:6379/0",
                                         "scan_rate_per_ip": "3/minute"})
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"])
    ip = _a_private_ip()  # a fresh key in a Redis that outlives test runs
    first, second = (asgi_client(create_app(shared, wechat=wechat_client, manage_database=False), ip)
                     for _ in range(2))
    url = f"/api/v1/scan/{enterprise.qr_token}"
    async with first, second:
        assert [(await c.get(url)).status_code for c in (first, second, first)] == [200, 200, 200]
        assert (await second.get(url)).status_code == 429


async def test_when_the_count_store_is_down_scans_go_on(db_clean, settings, wechat_client):
    down = settings.model_copy(update={"rate_limit_storage_url": "async+redis://127.0.0.1:1/0",
                                       "scan_rate_per_ip": "1/minute"})
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"])
    async with asgi_client(create_app(down, wechat=wechat_client, manage_database=False)) as http:
        for _ in range(2):
            assert (await http.get(f"/api/v1/scan/{enterprise.qr_token}")).status_code == 200
