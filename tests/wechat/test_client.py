"""The client against the fake WeChat server, through the documented wire format (wechat-api.md §9, §10)."""

import asyncio

import pytest

from wechat import errors
from wechat.client import WeChatClient

QUOTA = "/cgi-bin/openapi/quota/get"


class TestCode2Session:
    async def test_a_seeded_code_logs_in_once(self, fake_wechat, wechat_client):
        fake_wechat.seed_login_code("c1", "openid-1", unionid="union-1")
        session = await wechat_client.code2session("c1")
        assert (session.openid, session.unionid) == ("openid-1", "union-1")
        with pytest.raises(errors.WeChatLoginCodeInvalid) as caught:
            await wechat_client.code2session("c1")
        assert caught.value.errcode == 40163
        assert len(fake_wechat.calls_to("/sns/jscode2session")) == 2

    async def test_an_expired_code_is_40029_without_retry(self, fake_wechat, wechat_client):
        fake_wechat.seed_login_code("c1", "openid-1")
        fake_wechat.advance(301)
        with pytest.raises(errors.WeChatLoginCodeInvalid) as caught:
            await wechat_client.code2session("c1")
        assert caught.value.errcode == 40029 and caught.value.rid
        assert len(fake_wechat.calls_to("/sns/jscode2session")) == 1

    async def test_a_blocked_user_is_40226(self, fake_wechat, wechat_client):
        fake_wechat.seed_login_code("c1", "openid-1", blocked=True)
        with pytest.raises(errors.WeChatLoginBlocked):
            await wechat_client.code2session("c1")

    async def test_busy_is_retried_with_growing_backoff(self, fake_wechat, wechat_client, sleeps):
        fake_wechat.seed_login_code("c1", "openid-1")
        fake_wechat.inject_fault("/sns/jscode2session", errcode=-1, times=2)
        assert (await wechat_client.code2session("c1")).openid == "openid-1"
        assert len(fake_wechat.calls_to("/sns/jscode2session")) == 3
        assert len(sleeps) == 2 and 0.5 <= sleeps[0] < sleeps[1] <= 1.25

    async def test_an_outage_gives_up_after_three_attempts(self, fake_wechat, wechat_client):
        fake_wechat.inject_fault("/sns/jscode2session", http_status=502, times=5)
        with pytest.raises(errors.WeChatUnavailable):
            await wechat_client.code2session("c1")
        assert len(fake_wechat.calls_to("/sns/jscode2session")) == 3

    async def test_a_wrong_secret_is_a_permanent_error(self, fake_wechat):
        import httpx
        client = WeChatClient(fake_wechat.appid, "wrong", transport=httpx.ASGITransport(app=fake_wechat.app))
        with pytest.raises(errors.WeChatRequestError) as caught:
            await client.code2session("c1")
        assert caught.value.errcode == 40125
        await client.aclose()

    async def test_the_control_api_seeds_codes_over_http(self, fake_wechat, wechat_client):
        import httpx
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake_wechat.app),
                                     base_url="http://fake") as control:
            await control.post("/__control/login_codes", json={"code": "c9", "openid": "o9"})
            await control.post("/__control/faults", json={"path": "/sns/jscode2session", "errcode": -1})
            assert (await wechat_client.code2session("c9")).openid == "o9"
            calls = (await control.get("/__control/calls")).json()
        assert [c["query"]["js_code"] for c in calls] == ["c9", "c9"]


class TestAccessToken:
    async def test_the_stable_token_is_fetched_once_and_cached(self, fake_wechat, wechat_client):
        tokens = await asyncio.gather(*(wechat_client.access_token() for _ in range(10)))
        assert len(set(tokens)) == 1
        assert len(fake_wechat.calls_to("/cgi-bin/stable_token")) == 1
        body = fake_wechat.calls_to("/cgi-bin/stable_token")[0]["body"]
        assert body == {"grant_type": "client_credential", "appid": fake_wechat.appid,
                        "secret": fake_wechat.secret, "force_refresh": False}

    async def test_an_expired_token_is_refreshed_and_the_call_retried_once(self, fake_wechat, wechat_client):
        await wechat_client.call("POST", QUOTA, {"cgi_path": "/sns/jscode2session"})
        # The server expires the token while our cache still believes it (clocks differ).
        fake_wechat.advance(7200)
        fake_wechat.tokens = {t: fake_wechat.now() - 1 for t in fake_wechat.tokens}
        await wechat_client.call("POST", QUOTA, {"cgi_path": "/sns/jscode2session"})
        calls = fake_wechat.calls_to(QUOTA)
        assert len(calls) == 3
        assert calls[1]["query"]["access_token"] != calls[2]["query"]["access_token"]
        assert len(fake_wechat.calls_to("/cgi-bin/stable_token")) == 2

    async def test_a_revoked_token_under_concurrency_is_refetched_once(self, fake_wechat, wechat_client):
        old = await wechat_client.access_token()
        fake_wechat.revoked.add(old)
        fake_wechat.inject_fault(QUOTA, delay=0.01, times=10)  # keep all ten calls in flight together
        await asyncio.gather(*(wechat_client.call("POST", QUOTA, {}) for _ in range(10)))
        assert len(fake_wechat.calls_to("/cgi-bin/stable_token")) == 2  # the first fetch and one refetch
        assert len(fake_wechat.calls_to(QUOTA)) == 20  # every call retried exactly once

    async def test_a_token_that_stays_invalid_raises_after_one_retry(self, fake_wechat, wechat_client):
        fake_wechat.inject_fault(QUOTA, errcode=40001, times=100)
        with pytest.raises(errors.WeChatTokenError):
            await wechat_client.call("POST", QUOTA, {})
        assert len(fake_wechat.calls_to(QUOTA)) == 2
