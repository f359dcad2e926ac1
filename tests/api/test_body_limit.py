"""Request bodies over the limit are 413 BODY_TOO_LARGE before the route acts, whether the size is declared or
streamed, and nothing is written."""

import json

from core.models import AuditEntry
from enterprises.models import Region
from core.identity import Role
from tests import builders


def _region(padding: int, name: str = "新街道") -> bytes:
    # Padded with whitespace, which JSON allows anywhere between tokens: a body has no room for an unknown field.
    return (json.dumps({"name": name, "level": "district"}) + " " * padding).encode()


async def _chunks(body: bytes, size: int = 256):
    for start in range(0, len(body), size):
        yield body[start:start + size]


async def _nothing_written() -> bool:
    return not await Region.filter(name="新街道").exists() and not await AuditEntry.filter(
        action="region.created").exists()


class TestJsonBodies:
    async def test_a_declared_length_over_the_limit_is_413_in_chinese(self, client, settings):
        settings.request_max_bytes = 1000
        admin = await builders.user(Role.ADMIN)
        answer = await client.post("/api/v1/regions", content=_region(2000),
                                   headers={**builders.auth(admin), "Content-Type": "application/json"})
        assert answer.status_code == 413
        assert answer.json() == {"code": "BODY_TOO_LARGE", "message": "请求内容过大,不能超过 1000 字节",
                                 "detail": {"max_bytes": 1000}}
        assert await _nothing_written()

    async def test_a_streamed_body_is_cut_off_at_the_limit(self, client, settings):
        settings.request_max_bytes = 1000
        admin = await builders.user(Role.ADMIN)
        answer = await client.post("/api/v1/regions", content=_chunks(_region(5000)),
                                   headers={**builders.auth(admin), "Content-Type": "application/json"})
        assert answer.status_code == 413 and answer.json()["code"] == "BODY_TOO_LARGE"
        assert await _nothing_written()

    async def test_a_body_within_the_limit_is_served_streamed_or_not(self, client, settings):
        settings.request_max_bytes = 1000
        admin = await builders.user(Role.ADMIN)
        headers = {**builders.auth(admin), "Content-Type": "application/json"}
        answer = await client.post("/api/v1/regions", content=_region(100), headers=headers)
        assert answer.status_code == 201, answer.text
        streamed = await client.post("/api/v1/regions", content=_chunks(_region(100, "另一街道"), 50), headers=headers)
        assert streamed.status_code == 201

    async def test_the_default_limit_is_one_megabyte(self, client):
        admin = await builders.user(Role.ADMIN)
        answer = await client.post("/api/v1/regions", content=_region(1024 * 1024),
                                   headers={**builders.auth(admin), "Content-Type": "application/json"})
        assert answer.status_code == 413 and answer.json()["detail"] == {"max_bytes": 1024 * 1024}
        assert answer.json()["message"] == "请求内容过大,不能超过 1.0 MB"


async def test_the_import_takes_more_but_not_without_end(client):
    admin = await builders.user(Role.ADMIN)
    big = {"file": ("企业.xlsx", b"\0" * (6 * 1024 * 1024), "application/octet-stream")}
    answer = await client.post("/api/v1/enterprises/import", files=big, headers=builders.auth(admin))
    assert answer.status_code == 413 and answer.json()["code"] == "BODY_TOO_LARGE"
    small = {"file": ("企业.xlsx", b"not a workbook" * 100_000, "application/octet-stream")}
    answer = await client.post("/api/v1/enterprises/import", files=small, headers=builders.auth(admin))
    assert answer.status_code != 413  # 1.4 MB is over the JSON limit but within the import's
