"""One-shot submission for weak signal: every answer in one request under an Idempotency-Key, all or nothing, at
the same cost in queries for 5 items or 100."""

from datetime import timedelta

from core import audit, clock
from core.audit import SYSTEM
from core.identity import Role
from core.models import AuditEntry, OutboxEvent
from inspections import service as inspections_service
from inspections.models import IdempotencyRecord, InspectionItem
from inspections.schemas import InspectionStart, SubmitWrite
from tests import builders
from tests.inspections.test_inspections_api import counts, start
from tests.querycount import count_queries


def submit_url(checklist) -> str:
    return f"/api/v1/inspections/{checklist['id']}/submit"


async def one_shot(client, street, checklist, body, key: str | None = "offline-1", who=None):
    headers = builders.auth(who or street.inspector)
    if key is not None:
        headers["Idempotency-Key"] = key
    return await client.post(submit_url(checklist), json=body, headers=headers)


class TestOneShot:
    async def test_every_answer_in_one_request_becomes_the_submitted_checklist(self, client, street):
        checklist = (await start(client, street)).json()
        first, second, photo_item, point = checklist["items"]
        evidence = await builders.photo(street.inspector)
        deadline = (clock.now() + timedelta(days=2)).date().isoformat()
        body = {"answers": [
            {"item_id": first["id"], "result": "fail", "note": "灭火器压力不足", "deadline": deadline},
            {"item_id": second["id"], "result": "na"},
            {"item_id": photo_item["id"], "result": "fail", "photo_ids": [evidence.id], "severity": "major"},
            {"item_id": point["id"], "result": "pass", "note": "报警器正常"}]}
        answer = await one_shot(client, street, checklist, body)
        assert answer.status_code == 200, answer.text
        result = answer.json()
        assert result["inspection"]["status"] == "submitted"
        assert [(i["result"], i["note"]) for i in result["inspection"]["items"]] == [
            ("fail", "灭火器压力不足"), ("na", ""), ("fail", ""), ("pass", "报警器正常")]
        item_deadline = clock.now().date() + timedelta(days=photo_item["deadline_days"])
        assert [(h["title"], h["severity"], h["deadline"], h["description"]) for h in result["hazards"]] == [
            (first["text"], "general", deadline, "灭火器压力不足"),
            (photo_item["text"], "major", item_deadline.isoformat(), "")]
        assert await AuditEntry.filter(action="inspection.answers_recorded").count() == 1
        assert await AuditEntry.filter(action="hazard.reported").count() == 2
        assert await OutboxEvent.filter(name="hazard.reported").count() == 2
        [submitted] = await OutboxEvent.filter(name="inspection.submitted")
        assert {k: submitted.payload[k] for k in ("items", "passed", "failed", "not_applicable", "hazards")} == {
            "items": 4, "passed": 1, "failed": 2, "not_applicable": 1, "hazards": 2}
        # The phone retries (the answer was lost on the way back): the first answer, nothing written.
        before = await counts()
        again = await one_shot(client, street, checklist, body)
        assert again.status_code == 200 and again.json() == result
        assert await counts() == before
        reused = await one_shot(client, street, checklist, {**body, "rest_passed": True})
        assert (reused.status_code, reused.json()["code"]) == (422, "IDEMPOTENCY_KEY_REUSED")
        other_key = await one_shot(client, street, checklist, body, key="offline-2")
        assert (other_key.status_code, other_key.json()["code"]) == (409, "INSPECTION_ALREADY_SUBMITTED")
        assert await counts() == before

    async def test_the_rest_passed_flag_passes_what_is_left_and_keeps_earlier_answers(self, client, street):
        checklist = (await start(client, street)).json()
        first, second, *_ = checklist["items"]
        earlier = await client.put(f"/api/v1/inspections/{checklist['id']}/items/{second['id']}",
                                   json={"result": "na"}, headers=builders.auth(street.inspector))
        assert earlier.status_code == 200
        finding = await client.post(f"/api/v1/inspections/{checklist['id']}/findings",
                                    json={"text": "楼道堆放杂物"}, headers=builders.auth(street.inspector))
        assert finding.status_code == 200
        answer = await one_shot(client, street, checklist, {
            "answers": [{"item_id": first["id"], "result": "fail", "note": "疏散指示灯不亮"}], "rest_passed": True})
        assert answer.status_code == 200, answer.text
        assert [i["result"] for i in answer.json()["inspection"]["items"]] == ["fail", "na", "pass", "pass", "fail"]
        assert [h["title"] for h in answer.json()["hazards"]] == [first["text"], "楼道堆放杂物"]
        entry = await AuditEntry.get(action="inspection.answers_recorded")
        assert entry.after["rest_passed"] == 2

    async def test_bad_bodies_are_refused_naming_the_items_and_write_nothing(self, client, street):
        checklist = (await start(client, street)).json()
        other = (await start(client, street)).json()
        first, second, photo_item, point = checklist["items"]
        foreign = await builders.photo(street.outsider)
        past = (clock.now() - timedelta(days=1)).date().isoformat()
        everything_else = [{"item_id": i["id"], "result": "pass"} for i in (second, photo_item, point)]
        before = await counts()
        cases = [
            # an item id that is not on this checklist (one of another draft's, one that does not exist)
            ({"answers": [{"item_id": other["items"][0]["id"], "result": "pass"},
                          {"item_id": 999999, "result": "pass"}], "rest_passed": True},
             422, "INSPECTION_ITEM_UNKNOWN", ["answers.0.item_id", "answers.1.item_id"]),
            # answers missing and no flag: the missing items are named
            ({"answers": [{"item_id": first["id"], "result": "pass"}]}, 422, "ITEMS_UNANSWERED", ["answers"]),
            ({"answers": [{"item_id": first["id"], "result": "pass"}, {"item_id": first["id"], "result": "fail"},
                          *everything_else]}, 422, "ANSWER_INVALID", ["answers.1.item_id"]),
            ({"answers": [{"item_id": photo_item["id"], "result": "fail"}], "rest_passed": True},
             422, "ANSWER_INVALID", ["answers.0.photo_ids"]),
            ({"answers": [{"item_id": first["id"], "result": "fail", "deadline": past}], "rest_passed": True},
             422, "ANSWER_INVALID", ["answers.0.deadline"]),
            ({"answers": [{"item_id": first["id"], "result": "fail", "photo_ids": [foreign.id]}],
              "rest_passed": True}, 422, "PHOTO_NOT_FOUND", ["answers"]),
            ({"answers": [{"item_id": first["id"], "result": "maybe"}]}, 422, "VALIDATION_FAILED",
             ["body.answers.0.result"]),
            ({"answers": [{"item_id": first["id"], "result": "pass", "score": 5}]}, 422, "VALIDATION_FAILED",
             ["body.answers.0.score"]),
            ({"answers": [{"result": "pass"}]}, 422, "VALIDATION_FAILED", ["body.answers.0.item_id"]),
        ]
        for n, (body, status, code, fields) in enumerate(cases):
            answer = await one_shot(client, street, checklist, body, key=f"bad-{n}")
            assert (answer.status_code, answer.json()["code"]) == (status, code), (body, answer.text)
            assert [d["field"] for d in answer.json()["detail"]] == fields, answer.text
            assert answer.json()["message"]
        missing = (await one_shot(client, street, checklist, cases[1][0], key="bad-again")).json()
        assert missing["detail"][0]["item_ids"] == [second["id"], photo_item["id"], point["id"]]
        assert "999999" in (await one_shot(client, street, checklist, cases[0][0], key="bad-x")).json()["message"]
        no_key = await one_shot(client, street, checklist, {"answers": everything_else, "rest_passed": True},
                                key=None)
        assert (no_key.status_code, no_key.json()["code"]) == (422, "IDEMPOTENCY_KEY_REQUIRED")
        not_mine = await one_shot(client, street, checklist, {"answers": everything_else, "rest_passed": True},
                                  who=street.other_inspector)
        assert (not_mine.status_code, not_mine.json()["code"]) == (403, "NOT_YOUR_INSPECTION")
        assert await counts() == before
        assert await IdempotencyRecord.filter(key__startswith="bad").count() == 0
        assert await InspectionItem.filter(inspection_id=checklist["id"], result__isnull=False).count() == 0
        # The same key, now with a good body: the refusals left nothing behind it.
        good = await one_shot(client, street, checklist, {"answers": everything_else, "rest_passed": True},
                              key="bad-0")
        assert good.status_code == 200, good.text


async def _one_shot_cost(item_count: int) -> int:
    tree = await builders.region_tree()
    industry = f"一次提交{item_count}"  # each run's template fits only its own enterprise
    enterprise = await builders.enterprise(tree["north_grid"], industry=industry)
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    await builders.template(await builders.check_items(item_count), industries=[industry])
    principal = inspections_service.Principal(inspector.id, inspector.name, Role.INSPECTOR, tree["north"].id,
                                              tree["north"].path, None)
    checklist = await inspections_service.start_inspection(principal, InspectionStart(token=enterprise.qr_token),
                                                           f"start-{item_count}")
    photos = [(await builders.photo(inspector)).id for _ in range(2)]
    # Two failures with photos either way: the submit's cost follows the hazards, never the checklist's length.
    answers = [{"item_id": item.id, "result": "fail" if n < 2 else "pass", "photo_ids": photos if n < 2 else [],
                "note": f"第{n}项"} for n, item in enumerate(checklist.items)]
    body = SubmitWrite.model_validate({"answers": answers})
    with count_queries() as statements:
        done = await inspections_service.submit_inspection(principal, checklist.id, body, f"submit-{item_count}")
    assert len(done.hazards) == 2 and done.inspection.status == "submitted"
    assert await InspectionItem.filter(inspection_id=checklist.id, result="pass").count() == item_count - 2
    return len(statements)


async def test_a_one_shot_submit_costs_the_same_queries_for_5_items_or_100(db_clean):
    await audit.record(SYSTEM, "test.warm_up", "test")  # the first entry ever also creates the chain's head
    small, large = await _one_shot_cost(5), await _one_shot_cost(100)
    assert small == large, (small, large)
    print(f"queries: one-shot submit with 2 hazards={small}")
