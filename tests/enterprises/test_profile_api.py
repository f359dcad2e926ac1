import pytest

from core.models import AuditEntry
from enterprises.models import HazardPoint, SafetyDocument, SafetyPerson
from core.identity import Role
from tests import builders

ITEMS = {
    "personnel": ({"name": "赵安全", "role": "safety_manager", "phone": "13900000001", "certificate_type": "安全管理人员证",
                   "certificate_no": "A123", "certificate_expires_date": "2027-06-30"},
                  {"certificate_expires_date": "2028-06-30"}, SafetyPerson),
    "documents": ({"doc_type": "emergency_plan", "title": "综合应急预案", "issued_date": "2026-01-01",
                   "valid_until_date": "2029-01-01"}, {"title": "综合应急预案(修订)"}, SafetyDocument),
    "hazard-points": ({"name": "冲压车间", "place": "一号厂房", "risk_level": "orange",
                       "control_measures": ["双手按钮", "光电保护"], "responsible_person": "钱主任"},
                      {"risk_level": "yellow"}, HazardPoint),
}


@pytest.mark.parametrize("path", ITEMS)
class TestProfileItems:
    async def test_the_owner_adds_edits_lists_and_deletes(self, client, path):
        body, patch, model = ITEMS[path]
        tree = await builders.region_tree()
        mine = await builders.enterprise(tree["north_grid"])
        owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
        base = f"/api/v1/enterprises/{mine.id}/{path}"
        made = await client.post(base, headers=builders.auth(owner), json=body)
        assert made.status_code == 201, made.text
        item_id = made.json()["id"]
        edited = await client.patch(f"{base}/{item_id}", headers=builders.auth(owner), json=patch)
        assert edited.status_code == 200 and all(edited.json()[k] == v for k, v in patch.items())
        listed = (await client.get(base, headers=builders.auth(owner))).json()
        assert [i["id"] for i in listed] == [item_id]
        assert (await client.delete(f"{base}/{item_id}", headers=builders.auth(owner))).status_code == 204
        assert await model.all().count() == 0
        actions = await AuditEntry.filter(object_id=str(item_id)).order_by("seq").values_list("action", flat=True)
        assert [a.rsplit(".", 1)[1] for a in actions] == ["created", "updated", "deleted"]

    async def test_another_enterprise_sees_nothing_and_writes_nothing(self, client, path):
        body, patch, model = ITEMS[path]
        tree = await builders.region_tree()
        mine, theirs = await builders.enterprise(tree["north_grid"]), await builders.enterprise(tree["north_grid"])
        owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
        other = await builders.user(Role.ENTERPRISE, enterprise=theirs)
        base = f"/api/v1/enterprises/{mine.id}/{path}"
        item_id = (await client.post(base, headers=builders.auth(owner), json=body)).json()["id"]
        assert (await client.get(base, headers=builders.auth(other))).status_code == 404
        assert (await client.post(base, headers=builders.auth(other), json=body)).status_code == 404
        assert (await client.delete(f"{base}/{item_id}", headers=builders.auth(other))).status_code == 404
        # An item id of another enterprise under one's own path is not found either.
        theirs_path = f"/api/v1/enterprises/{theirs.id}/{path}/{item_id}"
        assert (await client.patch(theirs_path, headers=builders.auth(other), json=patch)).status_code == 404
        assert await model.all().count() == 1

    async def test_inspectors_read_but_do_not_edit(self, client, path):
        body, _, _ = ITEMS[path]
        tree = await builders.region_tree()
        mine = await builders.enterprise(tree["north_grid"])
        inspector = await builders.user(Role.INSPECTOR, tree["north"])
        base = f"/api/v1/enterprises/{mine.id}/{path}"
        assert (await client.get(base, headers=builders.auth(inspector))).status_code == 200
        assert (await client.post(base, headers=builders.auth(inspector), json=body)).status_code == 403


async def test_a_document_cannot_expire_before_it_was_issued(client):
    tree = await builders.region_tree()
    mine = await builders.enterprise(tree["north_grid"])
    owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
    answer = await client.post(f"/api/v1/enterprises/{mine.id}/documents", headers=builders.auth(owner),
                               json={"doc_type": "rules", "title": "制度汇编", "issued_date": "2026-05-01",
                                     "valid_until_date": "2026-04-01"})
    assert answer.status_code == 422 and answer.json()["code"] == "DATE_RANGE_INVALID"
    assert await SafetyDocument.all().count() == 0


async def test_an_unknown_risk_level_is_422(client):
    tree = await builders.region_tree()
    mine = await builders.enterprise(tree["north_grid"])
    owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
    answer = await client.post(f"/api/v1/enterprises/{mine.id}/hazard-points", headers=builders.auth(owner),
                               json={"name": "仓库", "risk_level": "purple"})
    assert answer.status_code == 422


async def test_documents_attach_only_uploads_the_caller_may_read(client):
    from tests.files import samples

    tree = await builders.region_tree()
    mine, theirs = await builders.enterprise(tree["north_grid"]), await builders.enterprise(tree["north_grid"])
    owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
    other = await builders.user(Role.ENTERPRISE, enterprise=theirs)
    own_pdf = (await client.post("/api/v1/uploads", headers=builders.auth(owner),
                                 files={"file": ("预案.pdf", samples.pdf(), "application/pdf")})).json()["id"]
    foreign_png = (await client.post("/api/v1/uploads", headers=builders.auth(other),
                                     files={"file": ("x.png", samples.png(), "image/png")})).json()["id"]
    url = f"/api/v1/enterprises/{mine.id}/documents"
    body = {"doc_type": "emergency_plan", "title": "综合应急预案"}
    refused = await client.post(url, headers=builders.auth(owner), json={**body, "upload_ids": [foreign_png]})
    assert refused.status_code == 404 and refused.json()["code"] == "UPLOAD_NOT_FOUND"
    assert await SafetyDocument.all().count() == 0
    made = await client.post(url, headers=builders.auth(owner), json={**body, "upload_ids": [own_pdf]})
    assert made.status_code == 201 and made.json()["upload_ids"] == [own_pdf]


async def test_a_full_list_refuses_one_more_and_writes_nothing(client):
    from enterprises.profile import MAX_ITEMS_PER_KIND

    tree = await builders.region_tree()
    mine = await builders.enterprise(tree["north_grid"])
    owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
    await HazardPoint.bulk_create([HazardPoint(enterprise_id=mine.id, name=f"点位{n}", risk_level="blue")
                                   for n in range(MAX_ITEMS_PER_KIND)])
    answer = await client.post(f"/api/v1/enterprises/{mine.id}/hazard-points", headers=builders.auth(owner),
                               json={"name": "再加一个", "risk_level": "blue"})
    assert answer.status_code == 409 and answer.json()["code"] == "PROFILE_ITEMS_FULL"
    assert answer.json()["detail"] == {"max_items": MAX_ITEMS_PER_KIND}
    assert await HazardPoint.filter(enterprise_id=mine.id).count() == MAX_ITEMS_PER_KIND
    assert not await AuditEntry.filter(action="hazard_point.created").exists()
    listed = await client.get(f"/api/v1/enterprises/{mine.id}/hazard-points", headers=builders.auth(owner))
    assert len(listed.json()) == MAX_ITEMS_PER_KIND
