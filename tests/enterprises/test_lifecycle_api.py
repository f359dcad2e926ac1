"""The account lifecycle over HTTP: each change revokes the account's tokens at once, is audited, and a disabled
account cannot come back through a login (docs/decisions/035-account-lifecycle-and-tokens.md)."""

import pytest

from core.identity import Role
from core.models import AuditEntry
from enterprises.models import User
from tests import builders

PASSWORD = "correct horse 9"
NEW_PASSWORD = "battery staple 10"


async def login(client, username: str, password: str = PASSWORD):
    return await client.post("/api/v1/auth/password", json={"username": username, "password": password})


def bearer(answer) -> dict:
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


async def me_code(client, headers: dict) -> str | None:
    answer = await client.get("/api/v1/me", headers=headers)
    return None if answer.status_code == 200 else answer.json()["code"]


@pytest.fixture
async def street(db_clean):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"], username="street-admin", password=PASSWORD)
    inspector = await builders.user(Role.INSPECTOR, tree["north_grid"], username="inspector1", password=PASSWORD,
                                    openid="openid-inspector1")
    return tree, admin, inspector


class TestSelfService:
    async def test_logout_revokes_every_token_of_the_caller_on_every_device(self, client, street):
        _, _, inspector = street
        phone, laptop = bearer(await login(client, "inspector1")), bearer(await login(client, "inspector1"))
        assert (await client.post("/api/v1/auth/logout", headers=phone)).status_code == 204
        assert await me_code(client, phone) == await me_code(client, laptop) == "TOKEN_REVOKED"
        assert await AuditEntry.filter(action="auth.logout", actor_user_id=inspector.id).count() == 1
        assert await me_code(client, bearer(await login(client, "inspector1"))) is None  # may log in again

    async def test_a_password_change_revokes_the_other_tokens_and_answers_the_new_one(self, client, street):
        _, _, inspector = street
        current, other = bearer(await login(client, "inspector1")), bearer(await login(client, "inspector1"))
        answer = await client.post("/api/v1/me/password", headers=current,
                                   json={"old_password": PASSWORD, "new_password": NEW_PASSWORD})
        assert answer.status_code == 200, answer.text
        assert await me_code(client, bearer(answer)) is None
        assert await me_code(client, other) == await me_code(client, current) == "TOKEN_REVOKED"
        assert (await login(client, "inspector1")).status_code == 401
        assert (await login(client, "inspector1", NEW_PASSWORD)).status_code == 200
        assert await AuditEntry.filter(action="user.password_changed", object_id=str(inspector.id)).count() == 1

    async def test_a_wrong_old_password_changes_nothing_and_counts_as_a_failed_login(self, client, street):
        _, _, inspector = street
        headers = bearer(await login(client, "inspector1"))
        before = await User.get(id=inspector.id)
        answer = await client.post("/api/v1/me/password", headers=headers,
                                   json={"old_password": "guess", "new_password": NEW_PASSWORD})
        assert (answer.status_code, answer.json()["code"]) == (403, "PASSWORD_INCORRECT")
        after = await User.get(id=inspector.id)
        assert (after.password_hash, after.token_version) == (before.password_hash, before.token_version)
        assert await me_code(client, headers) is None
        assert not await AuditEntry.filter(action="user.password_changed").exists()


class TestAdministered:
    async def test_deactivation_revokes_tokens_and_refuses_both_logins_without_a_fresh_public_account(
            self, client, street, fake_wechat):
        _, admin, inspector = street
        token = bearer(await login(client, "inspector1"))
        answer = await client.post(f"/api/v1/users/{inspector.id}/deactivate", headers=builders.auth(admin))
        assert answer.status_code == 200 and answer.json()["is_active"] is False
        assert await me_code(client, token) == "TOKEN_REVOKED"
        refused = await login(client, "inspector1")
        assert (refused.status_code, refused.json()["code"]) == (403, "ACCOUNT_DISABLED")
        accounts = await User.all().count()
        fake_wechat.seed_login_code("c1", "openid-inspector1")
        refused = await client.post("/api/v1/auth/wechat", json={"code": "c1"})
        assert (refused.status_code, refused.json()["code"]) == (403, "ACCOUNT_DISABLED")
        assert await User.all().count() == accounts  # not turned into a fresh public account
        assert await AuditEntry.filter(action="user.deactivated", object_id=str(inspector.id)).count() == 1

        answer = await client.post(f"/api/v1/users/{inspector.id}/reactivate", headers=builders.auth(admin))
        assert answer.json()["is_active"] is True
        assert (await login(client, "inspector1")).status_code == 200

    async def test_a_role_or_region_change_revokes_tokens_and_a_rename_does_not(self, client, street):
        tree, admin, inspector = street
        token = bearer(await login(client, "inspector1"))
        renamed = await client.patch(f"/api/v1/users/{inspector.id}", headers=builders.auth(admin),
                                     json={"name": "王检查"})
        assert renamed.json()["name"] == "王检查" and await me_code(client, token) is None
        moved = await client.patch(f"/api/v1/users/{inspector.id}", headers=builders.auth(admin),
                                   json={"region_id": tree["south_grid"].id})
        assert moved.status_code == 200 and moved.json()["region_id"] == tree["south_grid"].id
        assert await me_code(client, token) == "TOKEN_REVOKED"
        token = bearer(await login(client, "inspector1"))
        promoted = await client.patch(f"/api/v1/users/{inspector.id}", headers=builders.auth(admin),
                                      json={"role": "command"})
        assert promoted.json()["role"] == "command" and await me_code(client, token) == "TOKEN_REVOKED"
        assert await AuditEntry.filter(action="user.updated", object_id=str(inspector.id)).count() == 3

    @pytest.mark.parametrize("body, status, code", [
        ({"role": "public"}, 422, "ROLE_CHANGE_INVALID"),
        ({"role": "enterprise"}, 422, "ROLE_CHANGE_INVALID"),
        ({"region_id": None}, 422, "REGION_REQUIRED"),
        ({"name": "王\u0001"}, 422, "VALIDATION_FAILED"),
        ({"is_active": False}, 422, "VALIDATION_FAILED"),
    ])
    async def test_bad_changes_write_nothing(self, client, street, body, status, code):
        _, admin, inspector = street
        before, entries = await User.get(id=inspector.id), await AuditEntry.all().count()
        answer = await client.patch(f"/api/v1/users/{inspector.id}", headers=builders.auth(admin), json=body)
        assert (answer.status_code, answer.json()["code"]) == (status, code)
        after = await User.get(id=inspector.id)
        assert (after.role, after.region_id, after.name, after.token_version) == (
            before.role, before.region_id, before.name, before.token_version)
        assert await AuditEntry.all().count() == entries

    async def test_a_community_admin_manages_only_its_subtree(self, client, street):
        tree, admin, inspector = street
        north_admin = builders.auth(await builders.user(Role.ADMIN, tree["north"]))
        south_inspector = await builders.user(Role.INSPECTOR, tree["south_grid"])
        for path in (f"/api/v1/users/{south_inspector.id}/deactivate", f"/api/v1/users/{admin.id}/deactivate",
                     f"/api/v1/users/{south_inspector.id}/reset-password"):
            answer = await client.post(path, headers=north_admin)
            assert (answer.status_code, answer.json()["code"]) == (404, "USER_NOT_FOUND"), path
        moved = await client.patch(f"/api/v1/users/{inspector.id}", headers=north_admin,
                                   json={"region_id": tree["south_grid"].id})
        assert (moved.status_code, moved.json()["code"]) == (404, "REGION_NOT_FOUND")
        listed = (await client.get("/api/v1/users", headers=north_admin)).json()
        assert inspector.id in {u["id"] for u in listed["items"]}
        assert not {south_inspector.id, admin.id} & {u["id"] for u in listed["items"]}

    async def test_an_admin_does_not_deactivate_themselves(self, client, street):
        _, admin, _ = street
        answer = await client.post(f"/api/v1/users/{admin.id}/deactivate", headers=builders.auth(admin))
        assert (answer.status_code, answer.json()["code"]) == (409, "ACCOUNT_IS_SELF")
        assert (await User.get(id=admin.id)).is_active

    async def test_unbinding_wechat_revokes_tokens_and_frees_the_wechat(self, client, street, fake_wechat):
        _, admin, inspector = street
        fake_wechat.seed_login_code("c1", "openid-inspector1")
        token = bearer(await client.post("/api/v1/auth/wechat", json={"code": "c1"}))
        answer = await client.post(f"/api/v1/users/{inspector.id}/unbind-wechat", headers=builders.auth(admin))
        assert answer.status_code == 200 and answer.json()["wechat_bound"] is False
        assert await me_code(client, token) == "TOKEN_REVOKED"
        fake_wechat.seed_login_code("c2", "openid-inspector1")
        again = await client.post("/api/v1/auth/wechat", json={"code": "c2"})
        assert again.json()["user"]["role"] == "public" and again.json()["user"]["id"] != inspector.id
        assert await AuditEntry.filter(action="user.wechat_unbound", object_id=str(inspector.id)).count() == 1

    async def test_a_disabled_account_keeps_its_wechat(self, client, street):
        _, admin, inspector = street
        await client.post(f"/api/v1/users/{inspector.id}/deactivate", headers=builders.auth(admin))
        answer = await client.post(f"/api/v1/users/{inspector.id}/unbind-wechat", headers=builders.auth(admin))
        assert (answer.status_code, answer.json()["code"]) == (409, "ACCOUNT_DISABLED")
        assert (await User.get(id=inspector.id)).openid == "openid-inspector1"

    async def test_a_password_reset_is_a_one_time_code_that_revokes_the_old_password_and_tokens(self, client, street):
        _, admin, inspector = street
        token = bearer(await login(client, "inspector1"))
        answer = await client.post(f"/api/v1/users/{inspector.id}/reset-password", headers=builders.auth(admin))
        assert answer.status_code == 200 and set(answer.json()) == {"reset_code", "reset_expires_at"}
        code = answer.json()["reset_code"]
        assert await me_code(client, token) == "TOKEN_REVOKED"
        assert (await login(client, "inspector1")).status_code == 401
        entry = await AuditEntry.get(action="user.password_reset", object_id=str(inspector.id))
        assert code not in str(entry.after)

        redeem = {"username": "inspector1", "reset_code": code, "new_password": NEW_PASSWORD}
        answer = await client.post("/api/v1/auth/password/reset", json=redeem)
        assert answer.status_code == 200 and await me_code(client, bearer(answer)) is None
        again = await client.post("/api/v1/auth/password/reset", json={**redeem, "new_password": "another one 11"})
        assert (again.status_code, again.json()["code"]) == (401, "RESET_CODE_INVALID")
        assert (await login(client, "inspector1", NEW_PASSWORD)).status_code == 200


class TestColleagues:
    async def test_an_enterprise_user_removes_a_colleague_and_no_one_else(self, client, street):
        tree, _, inspector = street
        own, other = await builders.enterprise(tree["north_grid"]), await builders.enterprise(tree["south_grid"])
        manager = await builders.user(Role.ENTERPRISE, enterprise=own)
        colleague = await builders.user(Role.ENTERPRISE, enterprise=own)
        stranger = await builders.user(Role.ENTERPRISE, enterprise=other)
        headers = builders.auth(manager)
        listed = (await client.get("/api/v1/users", headers=headers)).json()
        assert {u["id"] for u in listed["items"]} == {manager.id, colleague.id}
        assert (await client.post(f"/api/v1/users/{colleague.id}/deactivate", headers=headers)).status_code == 200
        assert await me_code(client, builders.auth(colleague)) == "TOKEN_REVOKED"
        for target in (stranger, inspector):
            answer = await client.post(f"/api/v1/users/{target.id}/deactivate", headers=headers)
            assert (answer.status_code, answer.json()["code"]) == (404, "USER_NOT_FOUND")
        answer = await client.post(f"/api/v1/users/{manager.id}/deactivate", headers=headers)
        assert (answer.status_code, answer.json()["code"]) == (409, "ACCOUNT_IS_SELF")
        assert (await User.get(id=stranger.id)).is_active and (await User.get(id=manager.id)).is_active
        # Changing role or region, unbinding or resetting stays with the admins.
        answer = await client.patch(f"/api/v1/users/{colleague.id}", headers=headers, json={"name": "某人"})
        assert answer.status_code == 403


class TestInvites:
    """A new invite for an account without a WeChat (never bound, or unbound after a lost phone), shown once."""

    async def test_after_unbinding_a_new_invite_binds_the_new_phone_and_the_old_code_stops(self, client, street,
                                                                                         fake_wechat):
        tree, admin, inspector = street
        await client.post(f"/api/v1/users/{inspector.id}/unbind-wechat", headers=builders.auth(admin))
        first = await client.post(f"/api/v1/users/{inspector.id}/invite", headers=builders.auth(admin))
        assert first.status_code == 200 and set(first.json()) == {"invite_code", "invite_expires_at"}
        listed = (await client.get("/api/v1/users?role=inspector", headers=builders.auth(admin))).json()["items"]
        assert [u["invite_expires_at"] is not None for u in listed if u["id"] == inspector.id] == [True]
        second = await client.post(f"/api/v1/users/{inspector.id}/invite", headers=builders.auth(admin))
        fake_wechat.seed_login_code("old", "openid-new-phone")
        stale = await client.post("/api/v1/auth/wechat",
                                  json={"code": "old", "invite_code": first.json()["invite_code"]})
        assert (stale.status_code, stale.json()["code"]) == (401, "INVITE_INVALID")
        fake_wechat.seed_login_code("new", "openid-new-phone")
        bound = await client.post("/api/v1/auth/wechat",
                                  json={"code": "new", "invite_code": second.json()["invite_code"]})
        assert bound.status_code == 200 and bound.json()["user"]["id"] == inspector.id
        entries = await AuditEntry.filter(action="user.invite_issued", object_id=str(inspector.id)).order_by("seq")
        assert [e.after["replaced_earlier"] for e in entries] == [False, True]
        assert all(second.json()["invite_code"] not in str(e.after) for e in entries)

    async def test_a_bound_or_disabled_account_gets_no_invite_and_nothing_changes(self, client, street):
        tree, admin, inspector = street
        bound = await client.post(f"/api/v1/users/{inspector.id}/invite", headers=builders.auth(admin))
        assert bound.status_code == 409 and bound.json()["code"] == "WECHAT_ALREADY_BOUND"
        assert bound.json()["message"] == "该账号已绑定微信,如需换绑请先解绑微信"
        idle = await builders.user(Role.INSPECTOR, tree["north_grid"], is_active=False)
        disabled = await client.post(f"/api/v1/users/{idle.id}/invite", headers=builders.auth(admin))
        assert (disabled.status_code, disabled.json()["code"]) == (409, "ACCOUNT_DISABLED")
        assert (await User.get(id=idle.id)).invite_digest is None
        assert not await AuditEntry.filter(action="user.invite_issued").exists()

    async def test_a_community_admin_invites_only_inside_its_subtree(self, client, street):
        tree, _, _ = street
        north_admin = await builders.user(Role.ADMIN, tree["north"])
        south = await builders.user(Role.INSPECTOR, tree["south_grid"])
        north = await builders.user(Role.INSPECTOR, tree["north_grid"])
        outside = await client.post(f"/api/v1/users/{south.id}/invite", headers=builders.auth(north_admin))
        assert (outside.status_code, outside.json()["code"]) == (404, "USER_NOT_FOUND")
        assert (await User.get(id=south.id)).invite_digest is None
        inside = await client.post(f"/api/v1/users/{north.id}/invite", headers=builders.auth(north_admin))
        assert inside.status_code == 200
