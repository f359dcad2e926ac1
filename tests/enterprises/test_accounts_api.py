from core.models import AuditEntry
from enterprises.models import User
from core.identity import Role
from tests import builders


async def _setup():
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["north"])
    return tree, admin


class TestCreateUser:
    async def test_admin_creates_an_inspector_in_scope_with_an_invite(self, client):
        tree, admin = await _setup()
        answer = await client.post("/api/v1/users", headers=builders.auth(admin),
                                   json={"name": "王检查", "role": "inspector", "region_id": tree["north_grid"].id,
                                         "phone": "13800000001"})
        assert answer.status_code == 201
        body = answer.json()
        assert body["role"] == "inspector" and len(body["invite_code"]) == 10
        entry = await AuditEntry.get(action="user.created", object_id=str(body["id"]))
        assert entry.actor_user_id == admin.id and entry.ip == "10.0.0.1"
        assert entry.after["name"] == "王检查"

    async def test_a_region_outside_the_admins_subtree_is_404(self, client):
        tree, admin = await _setup()
        answer = await client.post("/api/v1/users", headers=builders.auth(admin),
                                   json={"name": "王", "role": "inspector", "region_id": tree["south_grid"].id})
        assert answer.status_code == 404 and answer.json()["code"] == "REGION_NOT_FOUND"

    async def test_an_enterprise_account_needs_an_enterprise_in_scope(self, client):
        tree, admin = await _setup()
        theirs = await builders.enterprise(tree["south_grid"])
        ours = await builders.enterprise(tree["north_grid"])
        headers = builders.auth(admin)
        missing = await client.post("/api/v1/users", headers=headers, json={"name": "安全员", "role": "enterprise"})
        assert missing.status_code == 422 and missing.json()["code"] == "ENTERPRISE_REQUIRED"
        foreign = await client.post("/api/v1/users", headers=headers,
                                    json={"name": "安全员", "role": "enterprise", "enterprise_id": theirs.id})
        assert foreign.status_code == 404
        made = await client.post("/api/v1/users", headers=headers,
                                 json={"name": "安全员", "role": "enterprise", "enterprise_id": ours.id})
        assert made.status_code == 201 and made.json()["enterprise_id"] == ours.id

    async def test_non_admins_are_403_and_anonymous_401(self, client):
        tree, _ = await _setup()
        inspector = await builders.user(Role.INSPECTOR, tree["north"])
        body = {"name": "王", "role": "inspector", "region_id": tree["north"].id}
        assert (await client.post("/api/v1/users", headers=builders.auth(inspector), json=body)).status_code == 403
        assert (await client.post("/api/v1/users", json=body)).status_code == 401

    async def test_bad_input_writes_nothing(self, client):
        tree, admin = await _setup()
        before_users, before_audit = await User.all().count(), await AuditEntry.all().count()
        for body in ({"name": "王", "role": "public"},
                     {"name": "王", "role": "inspector"},
                     {"name": "王", "role": "inspector", "region_id": tree["north"].id, "phone": "123"},
                     {"name": "王", "role": "boss", "region_id": tree["north"].id},
                     {"name": "王", "role": "admin", "region_id": tree["north"].id, "password": "longenough"}):
            answer = await client.post("/api/v1/users", headers=builders.auth(admin), json=body)
            assert answer.status_code == 422, body
        assert (await User.all().count(), await AuditEntry.all().count()) == (before_users, before_audit)

    async def test_a_taken_username_is_409(self, client):
        tree, admin = await _setup()
        body = {"name": "王", "role": "command", "region_id": tree["north"].id, "username": "wang",
                "password": "longenough"}
        assert (await client.post("/api/v1/users", headers=builders.auth(admin), json=body)).status_code == 201
        again = await client.post("/api/v1/users", headers=builders.auth(admin), json=body)
        assert again.status_code == 409 and again.json()["code"] == "USERNAME_TAKEN"
