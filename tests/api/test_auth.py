import asyncio
import time
from datetime import timedelta

from core import clock, security
from core.models import AuditEntry
from enterprises.models import LoginFailure, User
from core.identity import Role
from tests import builders

PASSWORD = "correct horse 9"


class TestPasswordLogin:
    async def test_right_password_gives_a_token_that_works(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"], username="admin1", password=PASSWORD)
        answer = await client.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD})
        assert answer.status_code == 200
        body = answer.json()
        assert body["token_type"] == "bearer" and body["user"]["id"] == admin.id
        me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
        assert me.json() == {"id": admin.id, "name": admin.name, "role": "admin",
                             "region_id": tree["street"].id, "enterprise_id": None}
        assert await AuditEntry.filter(action="auth.password_login", actor_user_id=admin.id).exists()

    async def test_the_password_check_does_not_stall_the_event_loop(self, client):
        await builders.user(username="admin1", password=PASSWORD)
        stored = (await User.get(username="admin1")).password_hash
        argon2_seconds = min(_timed(security.verify_password, PASSWORD, stored) for _ in range(3))
        gaps: list[float] = []

        async def tick_until(done: asyncio.Event) -> None:
            last = time.perf_counter()
            while not done.is_set():
                await asyncio.sleep(0.001)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        done = asyncio.Event()
        ticker = asyncio.create_task(tick_until(done))
        answer = await client.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD})
        done.set()
        await ticker
        assert answer.status_code == 200
        # On the loop, one tick would wait the whole argon2 check; in a thread the loop keeps turning.
        assert max(gaps) < argon2_seconds / 2, (max(gaps), argon2_seconds)

    async def test_wrong_password_is_401_in_chinese(self, client):
        await builders.user(username="admin1", password=PASSWORD)
        answer = await client.post("/api/v1/auth/password", json={"username": "admin1", "password": "nope"})
        assert answer.status_code == 401
        assert answer.json() == {"code": "LOGIN_FAILED", "message": "用户名或密码错误", "detail": None}

    async def test_unknown_user_looks_like_a_wrong_password(self, client):
        answer = await client.post("/api/v1/auth/password", json={"username": "ghost", "password": "x"})
        assert answer.status_code == 401 and answer.json()["code"] == "LOGIN_FAILED"

    async def test_failures_slow_the_pair_down_and_then_lock_only_that_pair(self, app, client_from, settings):
        await builders.user(username="admin1", password=PASSWORD)
        attacker, desk = client_from(app, "203.0.113.9"), client_from(app, "198.51.100.1")
        waits = []
        for _ in range(settings.login_failures_per_pair):
            answer = await attacker.post("/api/v1/auth/password", json={"username": "admin1", "password": "nope"})
            if answer.status_code == 429:  # too soon: wait as told, then guess again
                waits.append(int(answer.headers["Retry-After"]))
                clock.travel(timedelta(seconds=waits[-1]))
                answer = await attacker.post("/api/v1/auth/password", json={"username": "admin1", "password": "nope"})
            assert answer.status_code == 401
        assert waits == [1, 2, 4, 8, 16, 32]  # three typos are free, then the wait doubles
        locked = await attacker.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD})
        assert locked.status_code == 429 and locked.json()["code"] == "LOGIN_RATE_LIMITED"
        assert 0 < int(locked.headers["Retry-After"]) <= settings.login_failure_window_seconds
        # The attacker locked only their own pair: the admin at another IP still logs in.
        answer = await desk.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD})
        assert answer.status_code == 200
        clock.travel(timedelta(seconds=settings.login_failure_window_seconds))
        answer = await attacker.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD})
        assert answer.status_code == 200

    async def test_failures_for_a_username_from_many_ips_do_not_lock_out_its_known_desk(self, app, client_from,
                                                                                       settings):
        await builders.user(username="admin1", password=PASSWORD)
        desk = client_from(app, "198.51.100.1")
        assert (await desk.post("/api/v1/auth/password",
                                json={"username": "admin1", "password": PASSWORD})).status_code == 200
        for n in range(settings.login_failures_per_username):
            botnet = client_from(app, f"203.0.113.{n + 1}")
            await botnet.post("/api/v1/auth/password", json={"username": "admin1", "password": "x"})
        stranger = client_from(app, "192.0.2.77")
        answer = await stranger.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD})
        assert answer.status_code == 429  # an unknown place waits while the username is under attack
        answer = await desk.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD})
        assert answer.status_code == 200  # the known desk does not

    async def test_one_ip_trying_many_usernames_holds_back_unknown_pairs_only(self, app, client_from, settings):
        await builders.user(username="clerk", password=PASSWORD)
        office = client_from(app, "203.0.113.9")
        assert (await office.post("/api/v1/auth/password",
                                  json={"username": "clerk", "password": PASSWORD})).status_code == 200
        for n in range(settings.login_failures_per_ip):
            await office.post("/api/v1/auth/password", json={"username": f"u{n}", "password": "x"})
        answer = await office.post("/api/v1/auth/password", json={"username": "fresh", "password": "x"})
        assert answer.status_code == 429
        # The office's known user behind the same NAT still logs in; other IPs are not concerned at all.
        assert (await office.post("/api/v1/auth/password",
                                  json={"username": "clerk", "password": PASSWORD})).status_code == 200
        other = client_from(app, "198.51.100.1")
        assert (await other.post("/api/v1/auth/password",
                                 json={"username": "fresh", "password": "x"})).status_code == 401

    async def test_success_clears_the_pairs_failures_only(self, app, client_from):
        await builders.user(username="admin1", password=PASSWORD)
        elsewhere = client_from(app, "203.0.113.9")
        await elsewhere.post("/api/v1/auth/password", json={"username": "admin1", "password": "nope"})
        client = client_from(app, "10.0.0.1")
        await client.post("/api/v1/auth/password", json={"username": "admin1", "password": "nope"})
        await client.post("/api/v1/auth/password", json={"username": "admin1", "password": PASSWORD})
        assert await LoginFailure.filter(username="admin1").values_list("ip", flat=True) == ["203.0.113.9"]

    async def test_missing_fields_are_422_with_the_fields(self, client):
        answer = await client.post("/api/v1/auth/password", json={"username": ""})
        assert answer.status_code == 422
        body = answer.json()
        assert body["code"] == "VALIDATION_FAILED"
        assert {"field": "body.password", "message": "必填"} in body["detail"]
        assert {"field": "body.username", "message": "长度不足"} in body["detail"]

    async def test_a_malformed_body_is_422_not_500(self, client):
        answer = await client.post("/api/v1/auth/password", content=b"{not json",
                                   headers={"Content-Type": "application/json"})
        assert answer.status_code == 422


class TestBearerTokens:
    async def test_no_token_is_401(self, client):
        answer = await client.get("/api/v1/me")
        assert answer.status_code == 401 and answer.json()["code"] == "NOT_AUTHENTICATED"

    async def test_garbage_token_is_401(self, client):
        answer = await client.get("/api/v1/me", headers={"Authorization": "Bearer not-a-jwt"})
        assert answer.status_code == 401 and answer.json()["code"] == "TOKEN_INVALID"

    async def test_expired_token_is_401(self, client):
        who = await builders.user()
        headers = builders.auth(who)
        clock.travel(timedelta(hours=2))
        answer = await client.get("/api/v1/me", headers=headers)
        assert answer.status_code == 401 and answer.json()["code"] == "TOKEN_EXPIRED"

    async def test_revoked_and_disabled_accounts_are_401(self, client):
        who = await builders.user()
        headers = builders.auth(who)
        await User.filter(id=who.id).update(token_version=1)
        assert (await client.get("/api/v1/me", headers=headers)).json()["code"] == "TOKEN_REVOKED"
        await User.filter(id=who.id).update(token_version=0, is_active=False)
        assert (await client.get("/api/v1/me", headers=headers)).status_code == 401


class TestWeChatLogin:
    async def test_an_unknown_wechat_user_becomes_public(self, client, fake_wechat):
        fake_wechat.seed_login_code("c1", "openid-new")
        answer = await client.post("/api/v1/auth/wechat", json={"code": "c1"})
        assert answer.status_code == 200
        user = answer.json()["user"]
        assert user["role"] == "public"
        stored = await User.get(id=user["id"])
        assert stored.openid == "openid-new" and stored.session_key  # kept on the server
        assert "session_key" not in answer.text

    async def test_the_same_wechat_user_gets_the_same_account(self, client, fake_wechat):
        fake_wechat.seed_login_code("c1", "openid-1")
        fake_wechat.seed_login_code("c2", "openid-1")
        first = (await client.post("/api/v1/auth/wechat", json={"code": "c1"})).json()["user"]["id"]
        second = (await client.post("/api/v1/auth/wechat", json={"code": "c2"})).json()["user"]["id"]
        assert first == second and await User.all().count() == 1

    async def test_an_invite_binds_the_wechat_user_to_the_invited_account(self, client, fake_wechat):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        created = (await client.post("/api/v1/users", headers=builders.auth(admin),
                                     json={"name": "王检查", "role": "inspector",
                                           "region_id": tree["north"].id})).json()
        fake_wechat.seed_login_code("c1", "openid-wang")
        answer = await client.post("/api/v1/auth/wechat",
                                   json={"code": "c1", "invite_code": created["invite_code"].lower()})
        assert answer.status_code == 200
        assert answer.json()["user"]["id"] == created["id"]
        assert answer.json()["user"]["role"] == "inspector"
        fake_wechat.seed_login_code("c2", "openid-other")
        reused = await client.post("/api/v1/auth/wechat",
                                   json={"code": "c2", "invite_code": created["invite_code"]})
        assert reused.status_code == 401 and reused.json()["code"] == "INVITE_INVALID"

    async def test_a_public_account_merges_into_its_invite(self, client, fake_wechat):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        fake_wechat.seed_login_code("c1", "openid-1")
        public_id = (await client.post("/api/v1/auth/wechat", json={"code": "c1"})).json()["user"]["id"]
        created = (await client.post("/api/v1/users", headers=builders.auth(admin),
                                     json={"name": "王检查", "role": "inspector",
                                           "region_id": tree["north"].id})).json()
        fake_wechat.seed_login_code("c2", "openid-1")
        answer = await client.post("/api/v1/auth/wechat", json={"code": "c2", "invite_code": created["invite_code"]})
        assert answer.json()["user"]["id"] == created["id"]
        assert not (await User.get(id=public_id)).is_active

    async def test_an_expired_invite_is_refused(self, client, fake_wechat, settings):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        created = (await client.post("/api/v1/users", headers=builders.auth(admin),
                                     json={"name": "王", "role": "command", "region_id": tree["street"].id})).json()
        clock.travel(timedelta(seconds=settings.invite_ttl_seconds + 1))
        fake_wechat.seed_login_code("c1", "openid-1")
        answer = await client.post("/api/v1/auth/wechat", json={"code": "c1", "invite_code": created["invite_code"]})
        assert answer.status_code == 401 and await User.filter(openid="openid-1").count() == 0

    async def test_an_invalid_code_asks_to_log_in_again(self, client, fake_wechat):
        answer = await client.post("/api/v1/auth/wechat", json={"code": "never-issued"})
        assert answer.status_code == 401
        assert answer.json()["code"] == "WECHAT_CODE_INVALID" and "重新登录" in answer.json()["message"]
        assert len(fake_wechat.calls_to("/sns/jscode2session")) == 1

    async def test_a_used_code_is_401(self, client, fake_wechat):
        fake_wechat.seed_login_code("c1", "openid-1")
        await client.post("/api/v1/auth/wechat", json={"code": "c1"})
        assert (await client.post("/api/v1/auth/wechat", json={"code": "c1"})).status_code == 401

    async def test_a_blocked_user_is_403(self, client, fake_wechat):
        fake_wechat.seed_login_code("c1", "openid-1", blocked=True)
        answer = await client.post("/api/v1/auth/wechat", json={"code": "c1"})
        assert answer.status_code == 403 and answer.json()["code"] == "WECHAT_LOGIN_BLOCKED"
        assert await User.all().count() == 0

    async def test_busy_once_is_retried_and_succeeds(self, client, fake_wechat):
        fake_wechat.seed_login_code("c1", "openid-1")
        fake_wechat.inject_fault("/sns/jscode2session", errcode=-1)
        assert (await client.post("/api/v1/auth/wechat", json={"code": "c1"})).status_code == 200

    async def test_a_wechat_outage_is_503_not_500(self, client, fake_wechat):
        fake_wechat.inject_fault("/sns/jscode2session", http_status=502, times=3)
        answer = await client.post("/api/v1/auth/wechat", json={"code": "c1"})
        assert answer.status_code == 503 and answer.json()["code"] == "WECHAT_UNAVAILABLE"

    async def test_wechat_minute_limit_is_429(self, client, fake_wechat):
        fake_wechat.inject_fault("/sns/jscode2session", errcode=45011)
        answer = await client.post("/api/v1/auth/wechat", json={"code": "c1"})
        assert answer.status_code == 429 and answer.headers["Retry-After"] == "60"


def _timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started
