from enterprises.models import Region
from core.identity import Role
from tests import builders


class TestCreateRegion:
    async def test_admin_adds_a_grid_under_a_community(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        answer = await client.post("/api/v1/regions", headers=builders.auth(admin),
                                   json={"name": "北二网格", "level": "grid", "parent_id": tree["north"].id})
        assert answer.status_code == 201
        made = await Region.get(id=answer.json()["id"])
        assert made.path == f"{tree['north'].path}{made.id}/"

    async def test_the_level_must_follow_the_tree(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        answer = await client.post("/api/v1/regions", headers=builders.auth(admin),
                                   json={"name": "错层", "level": "street", "parent_id": tree["north"].id})
        assert answer.status_code == 422 and answer.json()["code"] == "REGION_LEVEL_INVALID"

    async def test_a_parent_outside_scope_is_404(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["north"])
        answer = await client.post("/api/v1/regions", headers=builders.auth(admin),
                                   json={"name": "南二网格", "level": "grid", "parent_id": tree["south"].id})
        assert answer.status_code == 404

    async def test_a_scoped_admin_cannot_add_a_district(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        answer = await client.post("/api/v1/regions", headers=builders.auth(admin),
                                   json={"name": "新区", "level": "district"})
        assert answer.status_code == 403

    async def test_a_sibling_with_the_same_name_is_409(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        answer = await client.post("/api/v1/regions", headers=builders.auth(admin),
                                   json={"name": "北一网格", "level": "grid", "parent_id": tree["north"].id})
        assert answer.status_code == 409


class TestListRegions:
    async def test_staff_see_only_their_subtree(self, client):
        tree = await builders.region_tree()
        inspector = await builders.user(Role.INSPECTOR, tree["north"])
        names = [r["name"] for r in (await client.get("/api/v1/regions", headers=builders.auth(inspector))).json()]
        assert names == ["北社区", "北一网格"]

    async def test_enterprises_see_the_tree_to_pick_their_grid(self, client):
        tree = await builders.region_tree()
        owner = await builders.user(Role.ENTERPRISE, None, enterprise=await builders.enterprise(tree["north_grid"]))
        answer = await client.get("/api/v1/regions", headers=builders.auth(owner))
        assert len(answer.json()) == 6
