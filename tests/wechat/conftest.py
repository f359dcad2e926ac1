"""Every client test runs twice: into the fake in process (what most other tests use) and over loopback HTTP
through aiohttp (what production uses), the fake served by uvicorn in the test's loop."""

import pytest
import pytest_asyncio

from tests.conftest import fake_wechat_client, served
from wechat.client import WeChatClient


@pytest.fixture(params=["in_process", "loopback"])
def route(request) -> str:
    return request.param


@pytest_asyncio.fixture(loop_scope="session")
async def make_client(route, fake_wechat, sleeps):
    """A factory of clients to the test's fake by this route; each is closed after the test."""
    opened = []
    async with served(fake_wechat.app) as base_url:
        def make(**options) -> WeChatClient:
            options.setdefault("secret", fake_wechat.secret)
            if route == "in_process":
                client = fake_wechat_client(fake_wechat, sleeps, **options)
            else:
                client = fake_wechat_client(fake_wechat, sleeps, base_url=base_url, **options)
            opened.append(client)
            return client

        yield make
        for client in opened:
            await client.aclose()


@pytest_asyncio.fixture(loop_scope="session")
async def wechat_client(make_client):
    return make_client()
