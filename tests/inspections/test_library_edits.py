"""Editing the library (PATCH /check-items/{id}, PATCH /templates/{id}, docs/decisions/070): the top of the tree
corrects an item or a template; checklists already opened keep their snapshot; bad input is a Chinese message, a
stable code and nothing written. Campaigns naming single enterprises, and the street's report list with names."""

from datetime import timedelta

import pytest

from core import clock
from core.identity import Role
from core.models import AuditEntry
from enterprises.models import Enterprise
from inspections import library
from inspections.models import Campaign, CampaignTask, CheckItem, DailyReport, Template
from tests import builders
from tests.inspections.conftest import key

EDIT = {"text": "疏散通道、安全出口保持畅通,未堆放杂物", "basis": "《中华人民共和国消防法》第二十八条",
        "severity": "major", "deadline_days": None, "photo_required": True, "industries": ["餐饮"],
        "categories": ["规上"], "features": ["gas_use"], "hazard_type": "management",
        "major_condition": "堵塞全部安全出口"}


async def _written(item_id: int) -> tuple:
    item = await CheckItem.get(id=item_id)
    return (item.text, item.basis, item.severity, item.deadline_days, item.photo_required, item.industries,
            await AuditEntry.all().count())


async def _start(client, street, who=None) -> dict:
    answer = await client.post("/api/v1/inspections", json={"enterprise_id": street.enterprise.id},
                               headers={**builders.auth(who or street.inspector), **key()})
    assert answer.status_code == 201, answer.text
    return answer.json()


async def _answer_all(client, who, checklist: dict, failing: int | None = None) -> dict:
    """Every item passed but the library item `failing`, failed with a photo; then submitted."""
    for item in checklist["items"]:
        body = {"result": "pass"}
        if failing is not None and item["check_item_id"] == failing:
            body = {"result": "fail", "photo_ids": [(await builders.photo(who)).id]}
        put = await client.put(f"/api/v1/inspections/{checklist['id']}/items/{item['id']}", json=body,
                               headers=builders.auth(who))
        assert put.status_code == 200, put.text
    submitted = await client.post(f"/api/v1/inspections/{checklist['id']}/submit", headers=builders.auth(who))
    assert submitted.status_code == 200, submitted.text
    return submitted.json()


class TestEditingAnItem:
    async def test_the_top_of_the_tree_edits_every_field_but_the_code_and_the_audit_keeps_both_sides(self, client,
                                                                                                     street):
        top = builders.auth(await builders.user(Role.ADMIN, street.tree["district"]))
        item = street.items[0]
        answer = await client.patch(f"/api/v1/check-items/{item.id}", json=EDIT, headers=top)
        assert answer.status_code == 200, answer.text
        read = answer.json()
        assert {k: read[k] for k in EDIT} == EDIT and read["code"] == item.code
        stored = await CheckItem.get(id=item.id)
        assert (stored.text, stored.severity, stored.deadline_days, stored.features) == (
            EDIT["text"], "major", None, ["gas_use"])
        [entry] = await AuditEntry.filter(action="check_item.updated", object_id=str(item.id))
        assert entry.before["text"] == item.text and entry.after["text"] == EDIT["text"]
        assert entry.before["deadline_days"] == 7 and entry.after["deadline_days"] is None
        # Sending the same values again changes nothing and writes no second entry (a retried PATCH succeeds).
        again = await client.patch(f"/api/v1/check-items/{item.id}", json=EDIT, headers=top)
        assert again.status_code == 200 and again.json()["text"] == EDIT["text"]
        assert await AuditEntry.filter(action="check_item.updated").count() == 1
        # Dictionary names: a synonym or code is stored as the dictionary's name.
        listed = (await client.get("/api/v1/check-items", params={"q": "疏散通道"}, headers=top)).json()
        assert [i["id"] for i in listed] == [item.id]

    async def test_checklists_already_opened_keep_their_snapshot_and_new_ones_take_the_edit(self, client, street):
        top = builders.auth(await builders.user(Role.ADMIN))
        item = street.items[0]
        submitted = await _answer_all(client, street.inspector, await _start(client, street))
        draft = await _start(client, street)
        answer = await client.patch(f"/api/v1/check-items/{item.id}", json={"text": "改过的检查内容", "basis": "新依据"},
                                    headers=top)
        assert answer.status_code == 200, answer.text

        def wording(checklist: dict) -> tuple:
            [row] = [i for i in checklist["items"] if i["check_item_id"] == item.id]
            return row["text"], row["basis"]

        inspector = builders.auth(street.inspector)
        before_edit = (item.text, item.basis)
        assert wording((await client.get(f"/api/v1/inspections/{submitted['inspection']['id']}",
                                         headers=inspector)).json()) == before_edit
        assert wording((await client.get(f"/api/v1/inspections/{draft['id']}", headers=inspector)).json()) == \
            before_edit
        # The draft is submitted after the edit: its hazard is what the inspector saw and answered.
        done = await _answer_all(client, street.inspector, draft, failing=item.id)
        assert [h["title"] for h in done["hazards"]] == [item.text]
        assert wording(await _start(client, street)) == ("改过的检查内容", "新依据")

    async def test_bad_edits_are_refused_in_chinese_and_write_nothing(self, client, street):
        top = builders.auth(await builders.user(Role.ADMIN))
        item = street.items[0]
        [retired] = await builders.check_items(1, retired_at=clock.now())
        await library.load_presets()
        preset = await CheckItem.filter(preset=True).order_by("id").first()
        before = await _written(item.id)
        for item_id, body, status, code in [
            (item.id, {}, 422, "CHECK_ITEM_NOTHING_CHANGED"),
            (item.id, {"code": "NEW-CODE"}, 422, "VALIDATION_FAILED"),  # the code never changes
            (item.id, {"wording": "x"}, 422, "VALIDATION_FAILED"),
            (item.id, {"text": "安"}, 422, "VALIDATION_FAILED"),
            (item.id, {"text": "字" * 301}, 422, "VALIDATION_FAILED"),
            (item.id, {"text": None}, 422, "FIELD_REQUIRED"),
            (item.id, {"severity": "serious"}, 422, "VALIDATION_FAILED"),
            (item.id, {"deadline_days": 366}, 422, "VALIDATION_FAILED"),
            (item.id, {"deadline_days": True}, 422, "VALIDATION_FAILED"),  # JSON true is not 1
            (item.id, {"photo_required": "yes"}, 422, "VALIDATION_FAILED"),
            (item.id, {"features": ["flying"]}, 422, "VALIDATION_FAILED"),
            (item.id, {"industries": ["无此行业"]}, 422, "INDUSTRY_UNKNOWN"),
            (item.id, {"text": "含控制\x07字符的内容"}, 422, "VALIDATION_FAILED"),
            (99999, {"text": "安全出口畅通"}, 404, "CHECK_ITEM_NOT_FOUND"),
            (retired.id, {"text": "安全出口畅通"}, 409, "CHECK_ITEM_RETIRED"),
            (preset.id, {"industries": ["餐饮"], "text": "预置项的新内容"}, 409, "CHECK_ITEM_PRESET_AUDIENCE"),
        ]:
            answer = await client.patch(f"/api/v1/check-items/{item_id}", json=body, headers=top)
            problem = answer.json()
            assert (answer.status_code, problem["code"]) == (status, code), (body, answer.text)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in problem["message"]), problem
        assert await _written(item.id) == before
        assert (await CheckItem.get(id=preset.id)).text == preset.text
        # A preset's wording and basis are the street's to correct; only its audience follows the shipped library.
        fixed = await client.patch(f"/api/v1/check-items/{preset.id}", json={"basis": "本街道补充的依据"}, headers=top)
        assert fixed.status_code == 200 and fixed.json()["basis"] == "本街道补充的依据"
        await library.load_presets()
        assert (await CheckItem.get(id=preset.id)).basis == "本街道补充的依据"

    @pytest.mark.parametrize("level", ["north", "street"])  # a community's admin; a street's under a district
    async def test_an_admin_below_the_top_and_an_inspector_are_refused(self, client, street, level):
        item = street.items[0]
        before = await _written(item.id)
        below = await builders.user(Role.ADMIN, street.tree[level])
        answer = await client.patch(f"/api/v1/check-items/{item.id}", json={"text": "社区改的内容"},
                                    headers=builders.auth(below))
        assert (answer.status_code, answer.json()["code"]) == (403, "STREET_CONFIG_FORBIDDEN")
        answer = await client.patch(f"/api/v1/check-items/{item.id}", json={"text": "检查员改的内容"},
                                    headers=builders.auth(street.inspector))
        assert (answer.status_code, answer.json()["code"]) == (403, "ROLE_FORBIDDEN")
        assert await _written(item.id) == before


class TestEditingATemplate:
    async def test_rename_reorder_and_retarget(self, client, street):
        top = builders.auth(await builders.user(Role.ADMIN))
        a, b, c = street.items
        body = {"name": "餐饮燃气检查表", "item_ids": [c.id, a.id], "industries": ["餐饮", "住宿"],
                "categories": ["规下"], "features": ["gas_use"]}
        answer = await client.patch(f"/api/v1/templates/{street.template.id}", json=body, headers=top)
        assert answer.status_code == 200, answer.text
        assert {k: answer.json()[k] for k in body} == body
        stored = await Template.get(id=street.template.id)
        assert (stored.name, stored.item_ids) == ("餐饮燃气检查表", [c.id, a.id])
        [entry] = await AuditEntry.filter(action="template.updated")
        assert entry.before["item_ids"] == [a.id, b.id, c.id] and entry.after["item_ids"] == [c.id, a.id]
        # A checklist opened now (at a restaurant using gas) follows the new order.
        await Enterprise.filter(id=street.enterprise.id).update(gas_use=True)
        checklist = await _start(client, street)
        assert [i["check_item_id"] for i in checklist["items"] if i["check_item_id"]] == [c.id, a.id]

    async def test_bad_template_edits_write_nothing(self, client, street):
        top = builders.auth(await builders.user(Role.ADMIN))
        [retired] = await builders.check_items(1, retired_at=clock.now())
        a = street.items[0]
        await library.load_presets()
        preset = await Template.filter(key__isnull=False).order_by("id").first()
        below = builders.auth(await builders.user(Role.ADMIN, street.tree["north"]))
        audit_before = await AuditEntry.all().count()
        for who, template_id, body, status, code in [
            (top, street.template.id, {}, 422, "TEMPLATE_NOTHING_CHANGED"),
            (top, street.template.id, {"name": ""}, 422, "VALIDATION_FAILED"),
            (top, street.template.id, {"name": None}, 422, "FIELD_REQUIRED"),
            (top, street.template.id, {"item_ids": []}, 422, "VALIDATION_FAILED"),
            (top, street.template.id, {"item_ids": [a.id, a.id]}, 422, "TEMPLATE_ITEM_DUPLICATE"),
            (top, street.template.id, {"item_ids": [a.id, retired.id]}, 422, "CHECK_ITEM_NOT_FOUND"),
            (top, street.template.id, {"categories": ["超大型"]}, 422, "CATEGORY_UNKNOWN"),
            (top, street.template.id, {"is_active": False}, 422, "VALIDATION_FAILED"),
            (top, 99999, {"name": "x"}, 404, "TEMPLATE_NOT_FOUND"),
            (top, preset.id, {"industries": ["餐饮"]}, 409, "TEMPLATE_PRESET_AUDIENCE"),
            (below, street.template.id, {"name": "社区的名字"}, 403, "STREET_CONFIG_FORBIDDEN"),
        ]:
            answer = await client.patch(f"/api/v1/templates/{template_id}", json=body, headers=who)
            assert (answer.status_code, answer.json()["code"]) == (status, code), (body, answer.text)
        stored = await Template.get(id=street.template.id)
        assert stored.name == street.template.name and stored.item_ids == street.template.item_ids
        assert await AuditEntry.all().count() == audit_before


class TestCampaignToNamedEnterprises:
    async def test_named_enterprises_only_and_only_those_in_scope(self, client, street):
        admin = await builders.user(Role.ADMIN, street.tree["north"])
        tomorrow = (clock.now() + timedelta(days=1)).date().isoformat()
        north_other = await builders.enterprise(street.tree["north_grid"], industry="机械")
        await builders.enterprise(street.tree["north_grid"], industry="餐饮")  # not named
        south = await builders.enterprise(street.tree["south_grid"], industry="餐饮")
        pending = await builders.enterprise(street.tree["north_grid"], status="pending")
        body = {"title": "两家企业的专项", "template_id": street.template.id, "deadline": tomorrow,
                "target": {"enterprise_ids": [street.enterprise.id, north_other.id]}}
        audit_before = await AuditEntry.all().count()
        for ids, code in [([street.enterprise.id, south.id], "CAMPAIGN_TARGET_ENTERPRISE_INVALID"),
                          ([pending.id], "CAMPAIGN_TARGET_ENTERPRISE_INVALID"),
                          ([99999], "CAMPAIGN_TARGET_ENTERPRISE_INVALID"),
                          ([north_other.id, north_other.id], "CAMPAIGN_TARGET_DUPLICATE")]:
            refused = await client.post("/api/v1/campaigns", json={**body, "target": {"enterprise_ids": ids}},
                                        headers=builders.auth(admin))
            assert (refused.status_code, refused.json()["code"]) == (422, code), refused.text
            assert "企业" in refused.json()["message"]
        assert await Campaign.all().count() == 0 and await AuditEntry.all().count() == audit_before
        made = await client.post("/api/v1/campaigns", json=body, headers=builders.auth(admin))
        assert made.status_code == 201, made.text
        assert made.json()["target"]["enterprise_ids"] == [street.enterprise.id, north_other.id]
        assert sorted(await CampaignTask.filter(campaign_id=made.json()["id"]).values_list("enterprise_id", flat=True)) \
            == sorted([street.enterprise.id, north_other.id])
        # With an industry as well: those of them that are of it.
        both = await client.post("/api/v1/campaigns", json={**body, "target": {**body["target"],
                                                                               "industries": ["餐饮"]}},
                                 headers=builders.auth(admin))
        assert both.status_code == 201 and both.json()["progress"]["targets"] == 1
        tasks = (await client.get(f"/api/v1/campaigns/{both.json()['id']}/tasks", headers=builders.auth(admin))).json()
        assert [(t["enterprise_name"], t["status"]) for t in tasks["items"]] == [(street.enterprise.name, "open")]


class TestReportList:
    async def test_the_street_sees_each_report_with_its_enterprise_name(self, client, street):
        await DailyReport.create(enterprise_id=street.enterprise.id, report_date=clock.now().date(),
                                 answers={"daily_check_done": True}, submitted_by_id=street.owner.id,
                                 submitted_at=clock.now())
        page = (await client.get("/api/v1/reports", headers=builders.auth(street.inspector))).json()
        assert [(r["enterprise_id"], r["enterprise_name"]) for r in page["items"]] == [
            (street.enterprise.id, street.enterprise.name)]
