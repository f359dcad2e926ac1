"""Checklists that fit the enterprise, end to end: a self-registered 涂料制造 is a 化工 enterprise, so it gets the
street's 化工 notice and campaign and, with 甲苯, a 压力容器 and a 叉车 in its profile, a checklist with the library's
危险化学品 and 特种设备 items and none of the shop or 九小场所 items."""

from datetime import timedelta

from core import clock
from core.identity import Role
from core.models import AuditEntry
from inspections import library
from inspections.models import CampaignTask, CheckItem, Inspection, Template
from notify.models import Notice, NoticeRecipient
from tests import builders
from tests.enterprises.test_enterprises_api import new_enterprise


async def _paint_works(client, tree, **profile) -> int:
    """A WeChat user registers 涂料制造 and the street approves it."""
    public = await builders.user(Role.PUBLIC)
    admin = await builders.user(Role.ADMIN, tree["street"])
    made = await client.post("/api/v1/enterprises", headers=builders.auth(public), json=new_enterprise(
        tree["north_grid"].id, name="雁鸣涂料有限公司", industry="涂料制造", category="规上", **profile))
    assert made.status_code == 201, made.text
    enterprise_id = made.json()["id"]
    await client.post(f"/api/v1/enterprises/{enterprise_id}/approve", headers=builders.auth(admin))
    return enterprise_id


async def _checklist(client, inspector, enterprise_id: int, **extra) -> dict:
    answer = await client.post("/api/v1/inspections", json={"enterprise_id": enterprise_id, **extra},
                               headers={**builders.auth(inspector), "Idempotency-Key": f"fit-{enterprise_id}"})
    assert answer.status_code == 201, answer.text
    return answer.json()


async def _codes(checklist: dict) -> set[str]:
    ids = [i["check_item_id"] for i in checklist["items"] if i["check_item_id"]]
    return set(await CheckItem.filter(id__in=ids).values_list("code", flat=True))


async def test_a_paint_works_gets_the_chemical_notice_and_campaign(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    paint = await _paint_works(client, tree)
    await builders.enterprise(tree["north_grid"], industry="餐饮")
    notice = await client.post("/api/v1/notices", headers=builders.auth(admin),
                               json={"title": "危化品专项整治", "body": "请自查", "target": {"industries": ["化工"]}})
    assert notice.status_code == 201, notice.text
    assert await NoticeRecipient.filter(notice_id=notice.json()["id"]).values_list("enterprise_id", flat=True) == [paint]
    by_code = await client.post("/api/v1/notices", headers=builders.auth(admin), json={
        "title": "通知", "body": "正文", "target": {"industries": ["chemical"], "categories": ["规模以上"]}})
    assert (await Notice.get(id=by_code.json()["id"])).target == {"industries": ["化工"], "categories": ["规上"]}
    template = await builders.template(await builders.check_items(1))
    campaign = await client.post("/api/v1/campaigns", headers=builders.auth(admin), json={
        "title": "化工专项", "template_id": template.id, "target": {"industries": ["化学原料和化学制品制造业"]},
        "deadline": (clock.now() + timedelta(days=7)).date().isoformat()})
    assert campaign.status_code == 201, campaign.text
    assert campaign.json()["target"]["industries"] == ["化工"]
    assert await CampaignTask.filter(campaign_id=campaign.json()["id"]).values_list("enterprise_id", flat=True) == [
        paint]


async def test_the_chemical_plant_of_the_issue_gets_chemical_and_equipment_items(client):
    await library.load_presets()
    tree = await builders.region_tree()
    paint = await _paint_works(client, tree, hazardous_materials=["甲苯"], special_equipment=["压力容器", "叉车"])
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    checklist = await _checklist(client, inspector, paint)
    codes = await _codes(checklist)
    assert {c for c in codes if c.startswith("WH")} == {f"WH-{n:02d}" for n in range(1, 11)}
    assert {c for c in codes if c.startswith("TS")} == {"TS-01", "TS-02", "TS-03", "TS-04", "TS-05"}
    assert not {c for c in codes if c.startswith(("RQ", "CC", "YK", "FC"))}
    assert {"XF-10", "XF-12"}.isdisjoint(codes)  # the 九小场所 and shop items
    assert len(codes) == 61
    keys = await Template.filter(id__in=(await Inspection.get(id=checklist["id"])).template_ids).values_list(
        "key", flat=True)
    assert sorted(keys) == ["general", "ts", "wh"]


async def test_declared_work_and_hazard_points_bring_their_items(client):
    await library.load_presets()
    tree = await builders.region_tree()
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    plain = await builders.enterprise(tree["north_grid"], industry="电子")
    worked = await builders.enterprise(tree["north_grid"], industry="电子", confined_space=True, dust_explosion=True,
                                       hot_work=True, gas_use=True)
    owner = await builders.user(Role.ENTERPRISE, enterprise=worked)
    point = await client.post(f"/api/v1/enterprises/{worked.id}/hazard-points", headers=builders.auth(owner),
                              json={"name": "污水池", "place": "厂区北", "risk_level": "orange",
                                    "control_measures": ["先通风再检测"]})
    assert point.status_code == 201
    plain_codes = await _codes(await _checklist(client, inspector, plain.id))
    worked_checklist = await _checklist(client, inspector, worked.id)
    worked_codes = await _codes(worked_checklist)
    for prefix, count in (("YK", 5), ("FC", 9), ("RQ", 9)):
        assert len({c for c in worked_codes if c.startswith(prefix)}) == count
        assert not {c for c in plain_codes if c.startswith(prefix)}
    assert "XF-20" in worked_codes and "XF-20" not in plain_codes
    assert [i["text"] for i in worked_checklist["items"] if i["check_item_id"] is None] == [
        "污水池(厂区北)管控措施落实情况:先通风再检测"]


async def test_a_template_asked_for_is_taken_whole(client):
    await library.load_presets()
    tree = await builders.region_tree()
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    factory = await builders.enterprise(tree["north_grid"], industry="机械", category="规上")
    nine_small = await Template.get(key="nine_small")
    codes = await _codes(await _checklist(client, inspector, factory.id, template_id=nine_small.id))
    assert codes == {f"XF-{n:02d}" for n in range(1, 13)}


async def test_presets_loaded_before_take_the_shipped_audiences(db_clean):
    await library.load_presets()
    await CheckItem.filter(code="WH-01").update(features=[])
    await Template.filter(key="rq").update(industries=["餐饮"], features=[])
    assert (await library.load_presets())["retargeted"] == 2
    assert (await CheckItem.get(code="WH-01")).features == ["hazardous_chemicals"]
    assert ((await Template.get(key="rq")).industries, (await Template.get(key="rq")).features) == ([], ["gas_use"])
    assert (await AuditEntry.filter(action="check_library.presets_loaded").order_by("-id").first()).after[
        "retargeted"] == 2
    assert (await library.load_presets())["retargeted"] == 0


async def test_an_admin_names_industries_by_synonym_and_an_unknown_one_is_422(client):
    admin = await builders.user(Role.ADMIN)
    item = await client.post("/api/v1/check-items", headers=builders.auth(admin), json={
        "code": "LOCAL-02", "category": "危险化学品", "text": "调漆间未设防爆排风", "industries": ["涂料制造"],
        "features": ["hazardous_chemicals"]})
    assert item.status_code == 201, item.text
    assert (item.json()["industries"], item.json()["features"]) == (["化工"], ["hazardous_chemicals"])
    before = await CheckItem.all().count(), await AuditEntry.all().count()
    for body, code in (({"industries": ["航天"]}, "INDUSTRY_UNKNOWN"), ({"features": ["飞行"]}, "VALIDATION_FAILED")):
        refused = await client.post("/api/v1/check-items", headers=builders.auth(admin), json={
            "code": "LOCAL-03", "category": "危险化学品", "text": "调漆间未设防爆排风", **body})
        assert refused.status_code == 422 and refused.json()["code"] == code
    assert (await CheckItem.all().count(), await AuditEntry.all().count()) == before
