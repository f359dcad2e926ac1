"""The access log as uvicorn writes it through our handler: no query string's secret reaches a log line."""

import io
import json
import logging

import httpx

from core import logs
from core.identity import Role
from tests import builders
from tests.conftest import served


async def test_the_access_log_never_carries_a_ticket_or_a_token(app):
    inspector = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
    jwt = builders.token_for(inspector)
    lines = io.StringIO()
    access = logging.getLogger("uvicorn.access")
    ours, level = logs.handler(json_lines=True, stream=lines), access.level
    access.addHandler(ours)
    try:
        async with served(app, log_config=None, log_level="info", access_log=True) as base_url:
            async with httpx.AsyncClient(base_url=base_url) as http:
                ticket = (await http.post("/api/v1/dashboard/stream-ticket",
                                          headers=builders.auth(inspector))).json()["ticket"]
                async with http.stream("GET", f"/api/v1/dashboard/stream?region_id=3&ticket={ticket}") as response:
                    assert response.status_code in (200, 404)
                refused = await http.get(f"/api/v1/dashboard/stream?access_token={jwt}&after=1")
                assert refused.status_code == 401
    finally:
        access.removeHandler(ours)
        access.setLevel(level)
    messages = [json.loads(line)["message"] for line in lines.getvalue().splitlines()]
    paths = [m for m in messages if "/dashboard/stream?" in m]
    assert len(paths) == 2, messages
    assert ticket not in lines.getvalue() and jwt not in lines.getvalue()
    assert "region_id=3&ticket=***" in paths[0] and "access_token=***&after=1" in paths[1]


def test_redaction_keeps_everything_but_the_secret():
    assert logs.redact("GET /x?code=081abc&state=1 HTTP/1.1") == "GET /x?code=***&state=1 HTTP/1.1"
    assert logs.redact("GET /api/v1/enterprises?q=code HTTP/1.1") == "GET /api/v1/enterprises?q=code HTTP/1.1"
