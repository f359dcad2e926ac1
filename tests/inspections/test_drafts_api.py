"""On a draft the inspector adds library items and findings off the list (随手拍); a draft can be cancelled with a
reason, and one nobody touches expires."""

from datetime import timedelta

import bootstrap
from core import clock
from core.identity import Role
from core.models import AuditEntry
from inspections import service as inspections_service
from inspections.models import Hazard, Inspection
from inspections.schemas import ItemResultWrite
from tests import builders
from tests.inspections.test_inspections_api import accounts_principal, counts, fill, start
from tests.querycount import count_queries


def url(checklist, action: str) -> str:
    return f"/api/v1/inspections/{checklist['id']}/{action}"


async def submitted(client, street) -> dict:
    checklist = (await start(client, street)).json()
    await fill(client, street, checklist)
    answer = await client.post(url(checklist, "submit"), headers=builders.auth(street.inspector))
    assert answer.status_code == 200, answer.text
    return checklist


class TestAddItems:
    async def test_the_picker_finds_library_items_by_words_and_category(self, client, street):
        [wanted] = await builders.check_items(1, text="液化气钢瓶与灶具间距不小于 0.5 米", category="燃气安全")
        await builders.check_items(1, text="液化气钢瓶存放在专用间", category="危险化学品")
        found = await client.get("/api/v1/check-items", params={"q": "钢瓶", "category": "燃气安全"},
                                 headers=builders.auth(street.inspector))
        assert found.status_code == 200
        assert [i["id"] for i in found.json()] == [wanted.id]
        by_code = await client.get("/api/v1/check-items", params={"q": wanted.code},
                                   headers=builders.auth(street.inspector))
        assert [i["id"] for i in by_code.json()] == [wanted.id]

    async def test_library_items_join_the_checklist_after_its_last_item(self, client, street):
        checklist = (await start(client, street)).json()
        extra = await builders.check_items(2, category="燃气安全", photo_required=True)
        answer = await client.post(url(checklist, "items"), json={"check_item_ids": [extra[1].id, extra[0].id]},
                                   headers=builders.auth(street.inspector))
        assert answer.status_code == 200, answer.text
        items = answer.json()["items"]
        assert [i["position"] for i in items] == list(range(1, len(checklist["items"]) + 3))
        added = items[-2:]
        assert [(i["check_item_id"], i["text"], i["photo_required"], i["result"]) for i in added] == [
            (extra[1].id, extra[1].text, True, None), (extra[0].id, extra[0].text, True, None)]
        entry = await AuditEntry.get(action="inspection.items_added")
        assert entry.object_id == str(checklist["id"]) and entry.actor_user_id == street.inspector.id
        assert entry.after["check_item_ids"] == [extra[1].id, extra[0].id]
        # The added items are answered and submitted like the others.
        await fill(client, street, answer.json(), {len(items): {"result": "fail", "photo_ids": [
            (await builders.photo(street.inspector)).id]}})
        done = await client.post(url(checklist, "submit"), headers=builders.auth(street.inspector))
        assert [h["title"] for h in done.json()["hazards"]] == [extra[0].text]

    async def test_bad_additions_are_refused_naming_the_item_and_write_nothing(self, client, street):
        checklist = (await start(client, street)).json()
        [retired] = await builders.check_items(1, retired_at=clock.now())
        [fresh] = await builders.check_items(1)
        on_list = street.items[0]
        before = await counts()
        for body, status, code, named in [
            ({"check_item_ids": [fresh.id, on_list.id]}, 409, "CHECK_ITEM_ALREADY_ON_CHECKLIST", on_list.id),
            ({"check_item_ids": [fresh.id, fresh.id]}, 422, "CHECK_ITEM_DUPLICATE", fresh.id),
            ({"check_item_ids": [fresh.id, 99999]}, 422, "CHECK_ITEM_NOT_FOUND", 99999),
            ({"check_item_ids": [retired.id]}, 422, "CHECK_ITEM_NOT_FOUND", retired.id),
        ]:
            answer = await client.post(url(checklist, "items"), json=body, headers=builders.auth(street.inspector))
            assert (answer.status_code, answer.json()["code"]) == (status, code), answer.text
            assert [d["check_item_id"] for d in answer.json()["detail"]] == [named]
            assert all(d["field"] == "check_item_ids" for d in answer.json()["detail"])
        refused = await client.post(url(checklist, "items"), json={"check_item_ids": [fresh.id]},
                                    headers=builders.auth(street.inspector))
        assert refused.status_code == 200  # the refusals left the draft as it was
        again = await client.post(url(checklist, "items"), json={"check_item_ids": [fresh.id]},
                                  headers=builders.auth(street.inspector))
        assert again.status_code == 409 and fresh.text in again.json()["message"]
        empty = await client.post(url(checklist, "items"), json={"check_item_ids": []},
                                  headers=builders.auth(street.inspector))
        assert empty.status_code == 422 and empty.json()["detail"][0]["field"] == "body.check_item_ids"
        assert (await counts())[1] == before[1] + 1

    async def test_only_the_own_draft_takes_items(self, client, street):
        done = await submitted(client, street)
        draft = (await start(client, street)).json()
        [fresh] = await builders.check_items(1)
        body = {"check_item_ids": [fresh.id]}
        before = await counts()
        for checklist, who, status, code in [
            (done, street.inspector, 409, "INSPECTION_ALREADY_SUBMITTED"),
            (draft, street.other_inspector, 403, "NOT_YOUR_INSPECTION"),
            (draft, street.owner, 403, "NOT_YOUR_INSPECTION"),
            (draft, street.outsider, 404, "INSPECTION_NOT_FOUND"),
        ]:
            answer = await client.post(url(checklist, "items"), json=body, headers=builders.auth(who))
            assert (answer.status_code, answer.json()["code"]) == (status, code), answer.text
        assert await counts() == before

    async def test_adding_one_item_or_fifty_costs_the_same_queries(self, client, street):
        costs = []
        for n in (1, 50):
            checklist = (await start(client, street)).json()
            items = await builders.check_items(n)
            with count_queries() as statements:
                answer = await client.post(url(checklist, "items"), json={"check_item_ids": [i.id for i in items]},
                                           headers=builders.auth(street.inspector))
            assert answer.status_code == 200 and len(answer.json()["items"]) == len(checklist["items"]) + n
            costs.append(len(statements))
        assert costs[0] == costs[1], costs
        print(f"queries: add items={costs[0]}")


class TestFindings:
    async def test_a_finding_is_a_failed_item_off_the_list_and_becomes_a_hazard(self, client, street):
        checklist = (await start(client, street)).json()
        evidence = await builders.photo(street.inspector)
        later = (clock.now() + timedelta(days=3)).date().isoformat()
        findings = [
            {"text": "配电箱前堆放纸箱", "photo_ids": [evidence.id], "severity": "general"},
            {"text": "员工宿舍设在仓库内", "photo_ids": [], "severity": "major", "hazard_type": "management"},
            {"text": "电动车在楼道充电", "photo_ids": [], "severity": "general", "deadline": later,
             "hazard_type": "person"},
        ]
        for body in findings:
            answer = await client.post(url(checklist, "findings"), json=body, headers=builders.auth(street.inspector))
            assert answer.status_code == 200, answer.text
        items = answer.json()["items"]
        off_list = [i for i in items if i["off_list"]]
        assert [(i["text"], i["result"], i["check_item_id"], i["category"]) for i in off_list] == [
            (f["text"], "fail", None, "随手拍") for f in findings]
        assert off_list[0]["photo_ids"] == [evidence.id]
        assert await AuditEntry.filter(action="inspection.finding_recorded").count() == 3
        await fill(client, street, {**checklist, "items": [i for i in items if not i["off_list"]]})
        done = await client.post(url(checklist, "submit"), headers=builders.auth(street.inspector))
        assert done.status_code == 200, done.text
        today = clock.now().date()
        assert [(h["title"], h["description"], h["severity"], h["hazard_type"], h["deadline"])
                for h in done.json()["hazards"]] == [
            ("配电箱前堆放纸箱", "配电箱前堆放纸箱", "general", "thing", (today + timedelta(days=7)).isoformat()),
            ("员工宿舍设在仓库内", "员工宿舍设在仓库内", "major", "management",
             (today + timedelta(days=inspections_service.PLAN_DEADLINE_DAYS)).isoformat()),
            ("电动车在楼道充电", "电动车在楼道充电", "general", "person", later)]
        assert (await Hazard.get(id=done.json()["hazards"][0]["id"])).photo_ids == [evidence.id]

    async def test_bad_findings_are_refused_naming_the_field_and_write_nothing(self, client, street):
        checklist = (await start(client, street)).json()
        done = await submitted(client, street)
        foreign = await builders.photo(street.outsider)
        before = await counts()
        for checklist_, who, body, status, code, field in [
            (checklist, street.inspector, {"photo_ids": [], "severity": "general"}, 422, "VALIDATION_FAILED",
             "body.text"),
            (checklist, street.inspector, {"text": "   ", "severity": "general"}, 422, "VALIDATION_FAILED",
             "body.text"),
            (checklist, street.inspector, {"text": "x" * 301}, 422, "VALIDATION_FAILED", "body.text"),
            (checklist, street.inspector, {"text": "堵塞", "severity": "serious"}, 422, "VALIDATION_FAILED",
             "body.severity"),
            (checklist, street.inspector, {"text": "堵塞", "deadline": "2000-01-01"}, 422, "DEADLINE_IN_PAST",
             "deadline"),
            (checklist, street.inspector, {"text": "堵塞", "photo_ids": [foreign.id]}, 422, "PHOTO_NOT_FOUND",
             "photo_ids"),
            (checklist, street.inspector, {"text": "堵塞", "title": "多余"}, 422, "VALIDATION_FAILED", "body.title"),
            (done, street.inspector, {"text": "堵塞"}, 409, "INSPECTION_ALREADY_SUBMITTED", None),
            (checklist, street.other_inspector, {"text": "堵塞"}, 403, "NOT_YOUR_INSPECTION", None),
        ]:
            answer = await client.post(url(checklist_, "findings"), json=body, headers=builders.auth(who))
            assert (answer.status_code, answer.json()["code"]) == (status, code), (body, answer.text)
            if field:
                assert field in [d["field"] for d in answer.json()["detail"]], answer.text
        assert await counts() == before


class TestCancel:
    async def test_the_inspector_cancels_a_draft_with_a_reason(self, client, street):
        checklist = (await start(client, street)).json()
        answer = await client.post(url(checklist, "cancel"), json={"reason": "扫错了企业"},
                                   headers=builders.auth(street.inspector))
        assert answer.status_code == 200, answer.text
        assert (answer.json()["status"], answer.json()["cancel_reason"]) == ("cancelled", "扫错了企业")
        assert answer.json()["cancelled_at"] is not None
        entry = await AuditEntry.get(action="inspection.cancelled")
        assert (entry.actor_user_id, entry.before, entry.after) == (
            street.inspector.id, {"status": "draft"}, {"status": "cancelled", "reason": "扫错了企业"})
        before = await counts()
        item_url = url(checklist, f"items/{checklist['items'][0]['id']}")
        late = await client.put(item_url, json={"result": "pass"}, headers=builders.auth(street.inspector))
        assert (late.status_code, late.json()["code"]) == (409, "INSPECTION_CANCELLED")
        submit = await client.post(url(checklist, "submit"), headers=builders.auth(street.inspector))
        assert (submit.status_code, submit.json()["code"]) == (409, "INSPECTION_CANCELLED")
        twice = await client.post(url(checklist, "cancel"), json={"reason": "再次"},
                                  headers=builders.auth(street.inspector))
        assert (twice.status_code, twice.json()["code"]) == (409, "INSPECTION_CANCELLED")
        assert await counts() == before
        listed = await client.get("/api/v1/inspections", params={"status": "cancelled"},
                                  headers=builders.auth(street.inspector))
        assert [i["id"] for i in listed.json()["items"]] == [checklist["id"]]

    async def test_an_admin_in_scope_cancels_anothers_draft(self, client, street):
        checklist = (await start(client, street)).json()
        admin = await builders.user(Role.ADMIN, street.tree["north"])
        answer = await client.post(url(checklist, "cancel"), json={"reason": "检查员已调离"},
                                   headers=builders.auth(admin))
        assert answer.status_code == 200 and answer.json()["status"] == "cancelled"
        assert (await Inspection.get(id=checklist["id"])).cancelled_by_id == admin.id

    async def test_bad_cancels_write_nothing(self, client, street):
        checklist = (await start(client, street)).json()
        done = await submitted(client, street)
        command = await builders.user(Role.COMMAND, street.tree["street"])
        far_admin = await builders.user(Role.ADMIN, street.tree["south"])
        before = await counts()
        for checklist_, who, body, status, code in [
            (checklist, street.inspector, {}, 422, "VALIDATION_FAILED"),
            (checklist, street.inspector, {"reason": "  "}, 422, "VALIDATION_FAILED"),
            (checklist, street.other_inspector, {"reason": "不要了"}, 403, "NOT_YOUR_INSPECTION"),
            (checklist, command, {"reason": "不要了"}, 403, "NOT_YOUR_INSPECTION"),
            (checklist, far_admin, {"reason": "不要了"}, 404, "INSPECTION_NOT_FOUND"),
            (done, street.inspector, {"reason": "不要了"}, 409, "INSPECTION_ALREADY_SUBMITTED"),
        ]:
            answer = await client.post(url(checklist_, "cancel"), json=body, headers=builders.auth(who))
            assert (answer.status_code, answer.json()["code"]) == (status, code), (body, answer.text)
        no_reason = await client.post(url(checklist, "cancel"), json={}, headers=builders.auth(street.inspector))
        assert no_reason.json()["detail"][0]["field"] == "body.reason"
        assert await counts() == before
        assert (await Inspection.get(id=checklist["id"])).status == "draft"
        assert (await Inspection.get(id=done["id"])).status == "submitted"


class TestExpiry:
    async def test_drafts_untouched_for_the_expiry_days_are_cancelled_by_the_system(self, client, street, settings):
        stale = (await start(client, street)).json()
        touched = (await start(client, street)).json()
        done = await submitted(client, street)
        clock.travel(timedelta(days=5))  # (tokens are not valid in the future: through the service)
        await inspections_service.record_result(await accounts_principal(street.inspector), touched["id"],
                                                touched["items"][0]["id"], ItemResultWrite(result="pass"))
        clock.travel(timedelta(days=3))  # stale: 8 days untouched; touched: 3
        jobs = bootstrap.worker_jobs()
        interval, job = jobs["draft_expiry"]
        await job(settings.model_copy(update={"inspection_draft_expiry_days": 7}))
        statuses = dict(await Inspection.filter(id__in=[stale["id"], touched["id"], done["id"]]).values_list(
            "id", "status"))
        assert statuses == {stale["id"]: "cancelled", touched["id"]: "draft", done["id"]: "submitted"}
        expired = await Inspection.get(id=stale["id"])
        assert expired.cancelled_by_id is None and "7 天" in expired.cancel_reason
        [entry] = await AuditEntry.filter(action="inspection.expired")
        assert (entry.object_id, entry.actor_user_id, entry.actor_role) == (str(stale["id"]), None, "system")
        assert await inspections_service.expire_stale_drafts(7) == 0  # a second run finds nothing
        assert await inspections_service.expire_stale_drafts(2) == 1  # the touched one, with a shorter setting
