import json

from core.models import AuditEntry
from core.identity import Role
from inspections import library
from inspections.models import CheckItem, Template
from tests import builders

PRESETS = json.loads(library.PRESETS_PATH.read_text(encoding="utf-8"))


class TestPresets:
    async def test_the_preset_library_of_domain_md_loads_once(self, db_clean):
        assert await library.load_presets() == {"items": 101, "templates": len(PRESETS["templates"]), "retargeted": 0,
                                               "rebased": 0}
        assert await library.load_presets() == {"items": 0, "templates": 0, "retargeted": 0, "rebased": 0}
        assert await CheckItem.filter(preset=True).count() == 101
        major = await CheckItem.get(code="YD-08")
        assert (major.severity, major.deadline_days) == ("major", 0)
        assert major.basis == ("《中华人民共和国安全生产法》第三十条第一款；"
                               "《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（二）项")
        assert (await CheckItem.get(code="FC-01")).deadline_days is None  # set by the treatment plan


class TestListCheckItems:
    async def test_filters_by_category_and_industry(self, client):
        await library.load_presets()
        tree = await builders.region_tree()
        inspector = await builders.user(Role.INSPECTOR, tree["street"])
        gas = await client.get("/api/v1/check-items", params={"category": "燃气安全"},
                               headers=builders.auth(inspector))
        assert gas.status_code == 200 and len(gas.json()) == 9
        for_machines = (await client.get("/api/v1/check-items", params={"industry": "机械"},
                                         headers=builders.auth(inspector))).json()
        assert "仓储" not in {i["category"] for i in for_machines}
        assert "机械防护" in {i["category"] for i in for_machines}

    async def test_anonymous_is_401(self, client):
        assert (await client.get("/api/v1/check-items")).status_code == 401


class TestAddAndRetire:
    BODY = {"code": "LOCAL-01", "category": "消防安全", "text": "沿街门店卷帘门下堆放杂物", "deadline_days": 0}

    async def test_admin_adds_and_retires_an_item(self, client):
        admin = await builders.user(Role.ADMIN)
        made = await client.post("/api/v1/check-items", json=self.BODY, headers=builders.auth(admin))
        assert made.status_code == 201, made.text
        item_id = made.json()["id"]
        retired = await client.post(f"/api/v1/check-items/{item_id}/retire", headers=builders.auth(admin))
        assert retired.status_code == 200 and retired.json()["retired_at"]
        listed = (await client.get("/api/v1/check-items", headers=builders.auth(admin))).json()
        assert item_id not in [i["id"] for i in listed]
        again = await client.post(f"/api/v1/check-items/{item_id}/retire", headers=builders.auth(admin))
        assert again.status_code == 409 and again.json()["code"] == "CHECK_ITEM_RETIRED"
        assert await AuditEntry.filter(object_type="check_item").count() == 2

    async def test_inspector_may_not_and_a_taken_code_is_409(self, client):
        tree = await builders.region_tree()
        admin, inspector = await builders.user(Role.ADMIN), await builders.user(Role.INSPECTOR, tree["street"])
        refused = await client.post("/api/v1/check-items", json=self.BODY, headers=builders.auth(inspector))
        assert refused.status_code == 403
        await client.post("/api/v1/check-items", json=self.BODY, headers=builders.auth(admin))
        audit_before = await AuditEntry.all().count()
        taken = await client.post("/api/v1/check-items", json=self.BODY, headers=builders.auth(admin))
        assert taken.status_code == 409 and taken.json()["code"] == "CHECK_ITEM_CODE_TAKEN"
        assert await CheckItem.all().count() == 1 and await AuditEntry.all().count() == audit_before


class TestTemplates:
    async def test_admin_builds_an_ordered_template(self, client):
        admin = await builders.user(Role.ADMIN)
        items = await builders.check_items(3)
        body = {"name": "餐饮检查", "industries": ["餐饮"], "item_ids": [items[2].id, items[0].id]}
        made = await client.post("/api/v1/templates", json=body, headers=builders.auth(admin))
        assert made.status_code == 201, made.text
        assert made.json()["item_ids"] == [items[2].id, items[0].id]
        listed = (await client.get("/api/v1/templates", headers=builders.auth(admin))).json()
        assert [t["name"] for t in listed] == ["餐饮检查"]

    async def test_unknown_retired_or_repeated_items_are_refused(self, client):
        admin = await builders.user(Role.ADMIN)
        items = await builders.check_items(2)
        retired = (await builders.check_items(1, retired_at=builders.clock.now()))[0]
        for item_ids, code in (([items[0].id, 99999], "CHECK_ITEM_NOT_FOUND"),
                               ([items[0].id, retired.id], "CHECK_ITEM_NOT_FOUND"),
                               ([items[0].id, items[0].id], "TEMPLATE_ITEM_DUPLICATE")):
            answer = await client.post("/api/v1/templates", json={"name": "x", "item_ids": item_ids},
                                       headers=builders.auth(admin))
            assert (answer.status_code, answer.json()["code"]) == (422, code)
        assert await Template.all().count() == 0
