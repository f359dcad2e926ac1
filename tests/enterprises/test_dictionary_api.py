"""Industry and category as dictionaries over HTTP: read by every signed-in user (the registration form needs them),
a code, name or synonym stored as the name by registration, edits and imports, and an unknown word a 422 that
lists the choices and writes nothing. The work flags of the profile are set where production info is edited."""

from core.identity import Role
from core.models import AuditEntry
from enterprises import dictionary
from enterprises.credit_code import complete
from enterprises.models import Enterprise
from tests import builders
from tests.enterprises.test_enterprises_api import new_enterprise
from tests.enterprises.test_importing import _upload, row, xlsx


async def _counts():
    return await Enterprise.all().count(), await AuditEntry.all().count()


class TestRead:
    async def test_a_wechat_user_without_a_role_reads_both_dictionaries(self, client):
        public = await builders.user(Role.PUBLIC)
        industries = await client.get("/api/v1/dictionaries/industries", headers=builders.auth(public))
        assert industries.status_code == 200
        chemical = next(e for e in industries.json() if e["name"] == "化工")
        assert chemical["code"] == "chemical" and "涂料制造" in chemical["synonyms"]
        assert (chemical["section"], chemical["section_name"]) == ("C", "制造业")
        assert [e["name"] for e in industries.json()] == dictionary.choices(dictionary.Kind.INDUSTRY)
        categories = (await client.get("/api/v1/dictionaries/categories", headers=builders.auth(public))).json()
        assert [(e["code"], e["name"]) for e in categories] == [
            ("above_scale", "规上"), ("below_scale", "规下"), ("nine_small", "九小场所")]
        assert "规模以上" in categories[0]["synonyms"]

    async def test_anonymous_is_401(self, client):
        assert (await client.get("/api/v1/dictionaries/industries")).status_code == 401


class TestRegistration:
    async def test_a_synonym_is_stored_as_the_dictionary_name(self, client):
        tree = await builders.region_tree()
        public = await builders.user(Role.PUBLIC)
        made = await client.post("/api/v1/enterprises", headers=builders.auth(public),
                                 json=new_enterprise(tree["north_grid"].id, industry="涂料制造", category="规模以上"))
        assert made.status_code == 201, made.text
        assert (made.json()["industry"], made.json()["category"]) == ("化工", "规上")
        stored = await Enterprise.get(id=made.json()["id"])
        assert (stored.industry, stored.category) == ("化工", "规上")

    async def test_an_unknown_industry_is_422_listing_the_choices_and_writes_nothing(self, client):
        tree = await builders.region_tree()
        public = await builders.user(Role.PUBLIC)
        before = await _counts()
        for field, value, code in (("industry", "航天", "INDUSTRY_UNKNOWN"), ("category", "中型", "CATEGORY_UNKNOWN")):
            answer = await client.post("/api/v1/enterprises", headers=builders.auth(public),
                                       json=new_enterprise(tree["north_grid"].id, **{field: value}))
            assert answer.status_code == 422 and answer.json()["code"] == code
            assert value in answer.json()["message"]
            assert answer.json()["detail"][0]["field"] == field
            assert answer.json()["detail"][0]["choices"] == dictionary.choices(dictionary.Kind(field))
        assert await _counts() == before


class TestEditing:
    async def test_an_admin_changes_the_industry_by_a_synonym_and_an_unknown_one_changes_nothing(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        enterprise = await builders.enterprise(tree["north_grid"])
        url = f"/api/v1/enterprises/{enterprise.id}"
        changed = await client.patch(url, headers=builders.auth(admin), json={"industry": "食品加工"})
        assert changed.status_code == 200 and changed.json()["industry"] == "食品"
        before = await _counts()
        refused = await client.patch(url, headers=builders.auth(admin), json={"industry": "航天", "category": "规上"})
        assert refused.status_code == 422 and refused.json()["code"] == "INDUSTRY_UNKNOWN"
        assert await _counts() == before
        stored = await Enterprise.get(id=enterprise.id)
        assert (stored.industry, stored.category, stored.version) == ("食品", "规下", 2)

    async def test_the_enterprise_declares_its_work_and_staff_see_it(self, client):
        tree = await builders.region_tree()
        enterprise = await builders.enterprise(tree["north_grid"])
        manager = await builders.user(Role.ENTERPRISE, enterprise=enterprise)
        work = {"confined_space": True, "dust_explosion": True, "hot_work": True, "gas_use": True}
        answer = await client.patch(f"/api/v1/enterprises/{enterprise.id}", headers=builders.auth(manager), json=work)
        assert answer.status_code == 200, answer.text
        assert {k: answer.json()[k] for k in work} == work
        entry = await AuditEntry.filter(action="enterprise.updated", object_id=str(enterprise.id)).get()
        assert entry.after["dust_explosion"] is True and entry.before["dust_explosion"] is False
        admin = await builders.user(Role.ADMIN, tree["street"])
        undone = await client.patch(f"/api/v1/enterprises/{enterprise.id}", headers=builders.auth(admin),
                                    json={"gas_use": False})
        assert undone.json()["gas_use"] is False and undone.json()["hot_work"] is True
        for bad in ({"hot_work": "是"}, {"hot_work": None}):
            refused = await client.patch(f"/api/v1/enterprises/{enterprise.id}", headers=builders.auth(admin), json=bad)
            assert refused.status_code == 422

    async def test_the_list_filter_takes_a_synonym(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        machine = await builders.enterprise(tree["north_grid"])
        await builders.enterprise(tree["north_grid"], industry="餐饮")
        listed = await client.get("/api/v1/enterprises", headers=builders.auth(admin), params={"industry": "机械制造"})
        assert [e["id"] for e in listed.json()["items"]] == [machine.id]


class TestImport:
    async def test_a_row_with_an_unknown_industry_is_reported_by_row_and_column_and_not_written(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        good, bad = complete("91370602MA1000001"), complete("91370602MA1000002")
        answer = await _upload(client, admin, xlsx([
            row(good, industry="涂料制造", category="规模以下", hot_work="是", confined_space="否"),
            row(bad, industry="航天", category="中型", gas_use="也许")]))
        assert answer.status_code == 200
        body = answer.json()
        assert (body["created"], body["updated"]) == (1, 0)
        choices = "、".join(dictionary.choices(dictionary.Kind.INDUSTRY))
        assert body["errors"] == [
            {"row": 3, "field": "行业", "message": f"“航天”不在行业字典中,请选择:{choices}"},
            {"row": 3, "field": "类别", "message": "“中型”不在类别字典中,请选择:规上、规下、九小场所"},
            {"row": 3, "field": "使用燃气", "message": "请填写“是”或“否”"}]
        imported = await Enterprise.get(credit_code=good)
        assert (imported.industry, imported.category, imported.hot_work, imported.confined_space) == (
            "化工", "规下", True, False)
        assert not await Enterprise.exists(credit_code=bad)
        assert await AuditEntry.filter(action="enterprise.imported").count() == 1
