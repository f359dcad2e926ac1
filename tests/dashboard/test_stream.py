"""The live feed over a real socket: uvicorn serves the app, an httpx client reads the event stream."""

import asyncio
import json

from datetime import timedelta

import httpx
import pytest_asyncio

from core.identity import Role
from core import clock, events, outbox
from tests import builders
from tests.conftest import served as serve


@pytest_asyncio.fixture(loop_scope="session")
async def served(app, settings):
    settings.dashboard_stream_poll_seconds = 0.05
    settings.dashboard_stream_ping_seconds = 0.3
    async with serve(app) as base_url:
        yield base_url


@pytest_asyncio.fixture(loop_scope="session")
async def people(db_clean):
    tree = await builders.region_tree()
    return {"mine": await builders.enterprise(tree["north_grid"], name="北区化工厂"),
            "other": await builders.enterprise(tree["south_grid"], name="南区食品厂"),
            "inspector": await builders.user(Role.INSPECTOR, tree["north"]),
            "owner": await builders.user(Role.ENTERPRISE)}


async def read_events(response: httpx.Response, count: int) -> list[dict]:
    """The next `count` events (comment lines are heartbeats and counted apart)."""
    events, current = [], {}
    async with asyncio.timeout(10):
        async for line in response.aiter_lines():
            if line.startswith(":"):
                current.setdefault("pings", 0)
            elif not line:
                if "event" in current:
                    events.append(current)
                    if len(events) == count:
                        return events
                current = {}
            else:
                name, _, value = line.partition(": ")
                current[name] = value
    return events


async def record(name: str, payload: dict) -> None:
    """Record the domain event a payload describes, as the writing services do."""
    await outbox.record(events.load(name, payload))


async def ticket_url(http: httpx.AsyncClient, who, query: str = "") -> str:
    """The page's way in: a single-use ticket fetched with the bearer token, then the stream with the ticket."""
    answer = await http.post("/api/v1/dashboard/stream-ticket", headers=builders.auth(who))
    assert answer.status_code == 200, answer.text
    return f"/api/v1/dashboard/stream?ticket={answer.json()['ticket']}{query}"


async def test_events_of_the_subtree_arrive_and_a_reconnection_resumes(served, people):
    async with httpx.AsyncClient(base_url=served) as http:
        async with http.stream("GET", await ticket_url(http, people["inspector"])) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            await record("hazard.reported", {"hazard_id": 1, "enterprise_id": people["other"].id,
                                             "title": "别人的隐患", "deadline": "2026-12-31"})
            await record("hazard.reported", {"hazard_id": 2, "enterprise_id": people["mine"].id,
                                             "title": "消防通道堵塞", "deadline": "2026-12-31"})
            [first] = await read_events(response, 1)
        assert first["event"] == "hazard_created"
        data = json.loads(first["data"])
        assert (data["hazard_id"], data["enterprise_name"]) == (2, "北区化工厂")

        # While the page is offline a hazard is closed and a colour changes; the browser resumes with its last id.
        await record("hazard.closed", {"hazard_id": 2, "enterprise_id": people["mine"].id, "title": "消防通道堵塞"})
        await record("risk.changed", {"enterprise_id": people["mine"].id, "color": "yellow"})
        async with http.stream("GET", "/api/v1/dashboard/stream", headers={
                **builders.auth(people["inspector"]), "Last-Event-ID": first["id"]}) as response:
            closed, changed = await read_events(response, 2)
        # The page reconnects with a new ticket (the old one is spent) and says where it stopped.
        async with http.stream("GET", await ticket_url(http, people["inspector"], f"&after={first['id']}")) as again:
            resumed = await read_events(again, 2)
    assert (closed["event"], changed["event"]) == ("hazard_closed", "risk_changed")
    assert int(first["id"]) < int(closed["id"]) < int(changed["id"])
    assert [e["id"] for e in resumed] == [closed["id"], changed["id"]]


async def test_heartbeats_keep_an_idle_stream_open(served, people):
    """Nothing happens, so the first line is a heartbeat: the configured 0.3 s one, well before sse-starlette's
    15 s default (no `ping=`) or a stream that ends."""
    async with httpx.AsyncClient(base_url=served) as http:
        async with http.stream("GET", await ticket_url(http, people["inspector"])) as response:
            assert response.status_code == 200
            async with asyncio.timeout(3):
                first = await anext(response.aiter_lines(), None)
    assert first is not None and first.startswith(": ping"), first


async def test_the_stream_refuses_enterprises_and_bad_tokens(served, people):
    async with httpx.AsyncClient(base_url=served) as http:
        owner = await http.get("/api/v1/dashboard/stream", headers=builders.auth(people["owner"]))
        assert (owner.status_code, owner.json()["code"]) == (403, "ROLE_FORBIDDEN")
        owner = await http.post("/api/v1/dashboard/stream-ticket", headers=builders.auth(people["owner"]))
        assert (owner.status_code, owner.json()["code"]) == (403, "ROLE_FORBIDDEN")
        assert (await http.get("/api/v1/dashboard/stream?ticket=garbage")).status_code == 401
        assert (await http.get("/api/v1/dashboard/stream")).status_code == 401


async def test_a_login_token_in_the_query_is_refused(served, people):
    token = builders.token_for(people["inspector"])
    async with httpx.AsyncClient(base_url=served) as http:
        answer = await http.get(f"/api/v1/dashboard/stream?access_token={token}")
    assert (answer.status_code, answer.json()["code"]) == (401, "TOKEN_IN_QUERY_REFUSED")


async def test_a_ticket_opens_the_stream_once_while_fresh_and_dies_with_a_logout(served, people, settings):
    async with httpx.AsyncClient(base_url=served) as http:
        url = await ticket_url(http, people["inspector"])
        async with http.stream("GET", url) as response:
            assert response.status_code == 200
        spent = await http.get(url)
        assert (spent.status_code, spent.json()["code"]) == (401, "STREAM_TICKET_INVALID")

        unused = await ticket_url(http, people["inspector"])
        assert (await http.post("/api/v1/auth/logout", headers=builders.auth(people["inspector"]))).status_code == 204
        assert (await http.get(unused)).json()["code"] == "TOKEN_REVOKED"

        await people["inspector"].refresh_from_db()
        stale = await ticket_url(http, people["inspector"])
        clock.travel(timedelta(seconds=settings.stream_ticket_ttl_seconds + 1))
        assert (await http.get(stale)).json()["code"] == "STREAM_TICKET_INVALID"
