"""The client against the fake WeChat server, through the documented wire format (wechat-api.md §9, §10)."""

import asyncio

import pytest

from tests.conftest import fake_wechat_client, free_port
from wechat import errors
from wechat.fake import SUBSCRIBE_SEND

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

    async def test_a_wrong_secret_is_a_permanent_error(self, fake_wechat, make_client):
        client = make_client(secret="wrong")
        with pytest.raises(errors.WeChatRequestError) as caught:
            await client.code2session("c1")
        assert caught.value.errcode == 40125

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


class TestTransport:
    async def test_an_answer_slower_than_the_timeout_is_unavailable_and_retried(self, fake_wechat, make_client):
        fake_wechat.seed_login_code("c1", "openid-1")
        fake_wechat.inject_fault("/sns/jscode2session", delay=0.5, times=1)
        client = make_client(timeout=0.2)
        assert (await client.code2session("c1")).openid == "openid-1"  # the second attempt answers in time
        fake_wechat.inject_fault("/sns/jscode2session", delay=0.5, times=3)
        with pytest.raises(errors.WeChatUnavailable) as caught:
            await client.code2session("c2")
        assert "Timeout" in caught.value.errmsg

    async def test_nobody_listening_is_unavailable_after_three_attempts(self, fake_wechat, sleeps):
        client = fake_wechat_client(fake_wechat, sleeps, base_url=f"http://127.0.0.1:{free_port()}")
        try:
            with pytest.raises(errors.WeChatUnavailable) as caught:
                await client.code2session("c1")
        finally:
            await client.aclose()
        assert caught.value.errmsg.startswith("transport:") and len(sleeps) == 2

    async def test_a_gateway_error_is_unavailable_and_a_4xx_an_error(self, fake_wechat, wechat_client):
        fake_wechat.inject_fault(QUOTA, http_status=503)
        with pytest.raises(errors.WeChatUnavailable):
            await wechat_client.call("POST", QUOTA, {})
        fake_wechat.inject_fault(QUOTA, http_status=404)
        with pytest.raises(errors.WeChatError) as caught:
            await wechat_client.call("POST", QUOTA, {})
        assert caught.value.errcode == 404


class TestSubscribeMessage:
    async def test_a_granted_send_answers_its_msgid_with_raw_utf8_and_a_second_is_43101(self, fake_wechat,
                                                                                        wechat_client):
        fake_wechat.register_templates({"tpl": ["thing1"]})
        fake_wechat.grant("o1", "tpl")
        msgid = await wechat_client.send_subscribe_message("o1", "tpl", {"thing1": {"value": "隐患已整改"}},
                                                           page="pages/index")
        assert msgid == str(fake_wechat.sent[0]["msgid"])
        assert fake_wechat.sent[0]["data"] == {"thing1": {"value": "隐患已整改"}}
        with pytest.raises(errors.WeChatSubscriptionRefused):
            await wechat_client.send_subscribe_message("o1", "tpl", {"thing1": {"value": "再一次"}})
        assert len(fake_wechat.calls_to(SUBSCRIBE_SEND)) == 2  # 43101 is never retried

    async def test_busy_and_quota_are_not_retried_on_a_send(self, fake_wechat, wechat_client, sleeps):
        fake_wechat.register_templates({"tpl": ["thing1"]})
        fake_wechat.grant("o1", "tpl", times=5)
        for errcode, error in ((-1, errors.WeChatUnavailable), (45009, errors.WeChatQuotaExceeded),
                               (45011, errors.WeChatRateLimited)):
            fake_wechat.inject_fault(SUBSCRIBE_SEND, errcode=errcode)
            with pytest.raises(error):
                await wechat_client.send_subscribe_message("o1", "tpl", {"thing1": {"value": "x"}})
        assert len(fake_wechat.calls_to(SUBSCRIBE_SEND)) == 3 and sleeps == []


class TestImage:
    async def test_a_code_is_png_bytes_and_a_bad_scene_a_json_error(self, fake_wechat, wechat_client):
        png = await wechat_client.get_unlimited_qrcode("e=12", "pages/scan/index")
        assert png.startswith(b"\x89PNG")
        with pytest.raises(errors.WeChatRequestError) as caught:
            await wechat_client.get_unlimited_qrcode("中文", "pages/scan/index")
        assert caught.value.errcode == 40129
